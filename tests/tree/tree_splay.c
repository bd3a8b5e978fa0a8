/*
 * Splay trees: a pseudo-random run of insertions, removals (of elements,
 * and of keys given by a separate probe) and lookups, checked after every
 * step against an array of which keys are in: order, size, every
 * traversal, and that a lookup brings the element found to the root.
 */
#include <string.h>
#include "lwbtest.h"
#include "treetest.h"

#define KEYS 200
#define STEPS 20000

struct node {
	int key;
	int in;
	SPLAY_ENTRY(node) link;
};

static int cmp(struct node *a, struct node *b)
{
	return a->key < b->key ? -1 : a->key > b->key;
}

SPLAY_HEAD(tree, node);
SPLAY_PROTOTYPE(tree, node, link, cmp)
SPLAY_GENERATE(tree, node, link, cmp)

static struct tree head = SPLAY_INITIALIZER(&head);
static struct node nodes[KEYS];
static int count;

static int check_subtree(struct node *n, int lo, int hi)
{
	if (n == NULL)
		return 0;
	TT_CHECK(n->key > lo);
	TT_CHECK(n->key < hi);
	TT_CHECK(n->in);
	return 1 + check_subtree(SPLAY_LEFT(n, link), lo, n->key)
		+ check_subtree(SPLAY_RIGHT(n, link), n->key, hi);
}

static void check_tree(void)
{
	struct node *n;
	int i = -1, seen = 0;

	TT_EQ(SPLAY_EMPTY(&head), count == 0);
	TT_EQ(check_subtree(SPLAY_ROOT(&head), -1, 2 * KEYS), count);
	SPLAY_FOREACH(n, tree, &head) {
		while (!nodes[++i].in)
			;
		TT_EQ(n, &nodes[i]);
		seen++;
	}
	TT_EQ(seen, count);
	/* The walk splays as it goes; the tree must still be whole. */
	TT_EQ(check_subtree(SPLAY_ROOT(&head), -1, 2 * KEYS), count);
	for (i = 0; i < KEYS && !nodes[i].in; i++)
		;
	TT_EQ(SPLAY_MIN(tree, &head), i < KEYS ? &nodes[i] : NULL);
	for (i = KEYS - 1; i >= 0 && !nodes[i].in; i--)
		;
	TT_EQ(SPLAY_MAX(tree, &head), i >= 0 ? &nodes[i] : NULL);
}

START_TEST(random_operations)
{
	unsigned rng = 521288629u;
	struct node probe;

	memset(nodes, 0, sizeof nodes);
	for (int i = 0; i < KEYS; i++)
		nodes[i].key = 2 * i;
	SPLAY_INIT(&head);
	count = 0;
	for (int s = 0; s < STEPS; s++) {
		int i = (int)(tt_rand(&rng) % KEYS);
		unsigned op = tt_rand(&rng) % 8;

		probe.key = nodes[i].key;
		if (op < 3) {
			if (nodes[i].in) {
				TT_EQ(SPLAY_INSERT(tree, &head, &probe), &nodes[i]);
			} else {
				TT_EQ(SPLAY_INSERT(tree, &head, &nodes[i]), NULL);
				TT_EQ(SPLAY_ROOT(&head), &nodes[i]);
				nodes[i].in = 1;
				count++;
			}
		} else if (op < 5) {
			/* By the element itself. */
			if (nodes[i].in) {
				TT_EQ(SPLAY_REMOVE(tree, &head, &nodes[i]), &nodes[i]);
				nodes[i].in = 0;
				count--;
			}
		} else if (op < 6) {
			/* By a key: the element that had it comes back. */
			TT_EQ(SPLAY_REMOVE(tree, &head, &probe),
					 nodes[i].in ? &nodes[i] : NULL);
			if (nodes[i].in)
				count--;
			nodes[i].in = 0;
		} else {
			/* Odd keys are never in. */
			probe.key += op & 1;
			TT_EQ(SPLAY_FIND(tree, &head, &probe),
					 nodes[i].in && !(op & 1) ? &nodes[i] : NULL);
			if (nodes[i].in && !(op & 1)) {
				TT_EQ(SPLAY_ROOT(&head), &nodes[i]);
				for (int j = i + 1; j <= KEYS; j++)
					if (j == KEYS || nodes[j].in) {
						TT_EQ(SPLAY_NEXT(tree, &head, &nodes[i]),
								 j < KEYS ? &nodes[j] : NULL);
						break;
					}
			}
		}
		check_tree();
	}
}
END_TEST

START_TEST(empty_tree)
{
	struct node probe = {.key = 4};

	SPLAY_INIT(&head);
	TT_CHECK(SPLAY_EMPTY(&head));
	TT_EQ(SPLAY_FIND(tree, &head, &probe), NULL);
	TT_EQ(SPLAY_REMOVE(tree, &head, &probe), NULL);
	TT_EQ(SPLAY_MIN(tree, &head), NULL);
	TT_EQ(SPLAY_MAX(tree, &head), NULL);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("tree_splay");
	TCase *tc = tcase_create("splay");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, random_operations);
	tcase_add_test(tc, empty_tree);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
