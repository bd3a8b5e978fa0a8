/*
 * Red-black trees: a long pseudo-random run of insertions (new and
 * duplicate keys), removals, lookups and key changes, checked after every
 * step against a plain array of which keys are in: the red-black rules
 * (black root, no red child of a red node, the same number of black nodes
 * on every path), parent links, order, and every traversal and lookup macro.
 */
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"
#include "treetest.h"

#define KEYS 300
#define STEPS 20000

struct node {
	int key;
	int in;
	RB_ENTRY(node) link;
};

static int cmp(struct node *a, struct node *b)
{
	return a->key < b->key ? -1 : a->key > b->key;
}

RB_HEAD(tree, node);
RB_PROTOTYPE(tree, node, link, cmp)
RB_GENERATE(tree, node, link, cmp)

static struct tree head = RB_INITIALIZER(&head);
static struct node nodes[KEYS];
static int count;

/* Black height of the subtree, checking the rules on the way; counts the
 * elements. */
static int check_subtree(struct node *n, struct node *parent, int lo, int hi, int *size)
{
	int left, right;

	if (n == NULL)
		return 1;
	++*size;
	TT_EQ(RB_PARENT(n, link), parent);
	TT_CHECK(n->key > lo);
	TT_CHECK(n->key < hi);
	TT_CHECK(RB_COLOR(n, link) == RB_RED || RB_COLOR(n, link) == RB_BLACK);
	if (RB_COLOR(n, link) == RB_RED) {
		TT_CHECK(!RB_LEFT(n, link) || RB_COLOR(RB_LEFT(n, link), link) == RB_BLACK);
		TT_CHECK(!RB_RIGHT(n, link) || RB_COLOR(RB_RIGHT(n, link), link) == RB_BLACK);
	}
	left = check_subtree(RB_LEFT(n, link), n, lo, n->key, size);
	right = check_subtree(RB_RIGHT(n, link), n, n->key, hi, size);
	TT_EQ(left, right);
	return left + (RB_COLOR(n, link) == RB_BLACK);
}

/* The red-black rules and the order, whatever the keys. */
static void check_rules(int expect)
{
	int size = 0;

	TT_EQ(RB_EMPTY(&head), expect == 0);
	if (RB_ROOT(&head))
		TT_EQ(RB_COLOR(RB_ROOT(&head), link), RB_BLACK);
	check_subtree(RB_ROOT(&head), NULL, INT_MIN, INT_MAX, &size);
	TT_EQ(size, expect);
}

static void check_tree(void)
{
	struct node *n, *tmp;
	int i, seen;

	check_rules(count);

	i = -1;
	seen = 0;
	RB_FOREACH(n, tree, &head) {
		while (!nodes[++i].in)
			;
		TT_EQ(n, &nodes[i]);
		seen++;
	}
	TT_EQ(seen, count);
	i = KEYS;
	RB_FOREACH_REVERSE(n, tree, &head) {
		while (!nodes[--i].in)
			;
		TT_EQ(n, &nodes[i]);
	}
	seen = 0;
	RB_FOREACH_SAFE(n, tree, &head, tmp)
		seen++;
	TT_EQ(seen, count);
	seen = 0;
	RB_FOREACH_REVERSE_SAFE(n, tree, &head, tmp)
		seen++;
	TT_EQ(seen, count);

	n = RB_MIN(tree, &head);
	for (i = 0; i < KEYS && !nodes[i].in; i++)
		;
	TT_EQ(n, i < KEYS ? &nodes[i] : NULL);
	n = RB_MAX(tree, &head);
	for (i = KEYS - 1; i >= 0 && !nodes[i].in; i--)
		;
	TT_EQ(n, i >= 0 ? &nodes[i] : NULL);
}

/* Keys are 2 * index, so odd keys fall between elements. */
static void check_lookups(unsigned *rng)
{
	struct node probe, *want;
	int k = (int)(tt_rand(rng) % (2 * KEYS + 2)) - 1;

	probe.key = k;
	want = (k >= 0 && k % 2 == 0 && k / 2 < KEYS && nodes[k / 2].in) ? &nodes[k / 2] : NULL;
	TT_EQ(RB_FIND(tree, &head, &probe), want);
	want = NULL;
	for (int i = k < 0 ? 0 : (k + 1) / 2; i < KEYS; i++)
		if (nodes[i].in) {
			want = &nodes[i];
			break;
		}
	TT_EQ(RB_NFIND(tree, &head, &probe), want);
	if (want) {
		struct node *prev = NULL;
		for (int i = (int)(want - nodes) - 1; i >= 0; i--)
			if (nodes[i].in) {
				prev = &nodes[i];
				break;
			}
		TT_EQ(RB_PREV(tree, &head, want), prev);
		if (prev)
			TT_EQ(RB_NEXT(tree, &head, prev), want);
	}
}

START_TEST(random_operations)
{
	unsigned rng = 88172645u;
	struct node dup;

	memset(nodes, 0, sizeof nodes);
	for (int i = 0; i < KEYS; i++)
		nodes[i].key = 2 * i;
	RB_INIT(&head);
	count = 0;
	for (int s = 0; s < STEPS; s++) {
		int i = (int)(tt_rand(&rng) % KEYS);
		unsigned op = tt_rand(&rng) % 8;

		if (op < 4 && !nodes[i].in) {
			TT_EQ(RB_INSERT(tree, &head, &nodes[i]), NULL);
			nodes[i].in = 1;
			count++;
		} else if (op < 4) {
			/* An equal key is refused: the one in the tree comes back. */
			dup.key = nodes[i].key;
			TT_EQ(RB_INSERT(tree, &head, &dup), &nodes[i]);
		} else if (op < 7 && nodes[i].in) {
			TT_EQ(RB_REMOVE(tree, &head, &nodes[i]), &nodes[i]);
			nodes[i].in = 0;
			count--;
		} else if (nodes[i].in) {
			/* Move the element to a free key and reinsert it. */
			int j = (int)(tt_rand(&rng) % KEYS);
			if (!nodes[j].in) {
				struct node tmp;
				nodes[i].key = 2 * j;
				TT_EQ(RB_REINSERT(tree, &head, &nodes[i]), NULL);
				check_rules(count);
				TT_EQ(RB_FIND(tree, &head, &nodes[i]), &nodes[i]);
				/* The element now stands for key j: swap the slots
				 * so the array stays indexed by key. */
				RB_REMOVE(tree, &head, &nodes[i]);
				tmp = nodes[i];
				nodes[i] = nodes[j];
				nodes[j] = tmp;
				nodes[i].key = 2 * i;
				TT_EQ(RB_INSERT(tree, &head, &nodes[j]), NULL);
			}
		}
		check_tree();
		check_lookups(&rng);
	}
	/* Empty it through RB_FOREACH_SAFE. */
	{
		struct node *n, *tmp;
		RB_FOREACH_SAFE(n, tree, &head, tmp) {
			RB_REMOVE(tree, &head, n);
			n->in = 0;
			count--;
		}
	}
	TT_EQ(count, 0);
	check_tree();
}
END_TEST

/* RB_REINSERT leaves an element in place when its new key still fits
 * between its neighbours, and moves it when not. */
START_TEST(reinsert)
{
	struct node n[5];
	struct node *e;
	int order[5], i;

	RB_INIT(&head);
	for (i = 0; i < 5; i++) {
		n[i].key = 10 * i;
		RB_INSERT(tree, &head, &n[i]);
	}
	n[2].key = 25;
	TT_EQ(RB_REINSERT(tree, &head, &n[2]), NULL);
	TT_EQ(RB_NEXT(tree, &head, &n[1]), &n[2]);
	n[2].key = 45;
	TT_EQ(RB_REINSERT(tree, &head, &n[2]), NULL);
	TT_EQ(RB_MAX(tree, &head), &n[2]);
	i = 0;
	RB_FOREACH(e, tree, &head)
		order[i++] = e->key;
	TT_EQ(i, 5);
	TT_EQ(order[0], 0);
	TT_EQ(order[2], 30);
	TT_EQ(order[4], 45);
	/* A key equal to another's: the other comes back, n[2] is out. */
	n[2].key = 10;
	TT_EQ(RB_REINSERT(tree, &head, &n[2]), &n[1]);
	i = 0;
	RB_FOREACH(e, tree, &head)
		i++;
	TT_EQ(i, 4);
}
END_TEST

/* Loops from a given element: the variable holding it is reused. */
START_TEST(foreach_from)
{
	struct node n[6];
	struct node *x, *y;
	int sum;

	RB_INIT(&head);
	for (int i = 0; i < 6; i++) {
		n[i].key = i;
		RB_INSERT(tree, &head, &n[i]);
	}
	y = &n[3];
	sum = 0;
	RB_FOREACH_FROM(x, tree, y)
		sum = sum * 10 + x->key;
	TT_EQ(sum, 345);
	y = &n[3];
	sum = 0;
	RB_FOREACH_REVERSE_FROM(x, tree, y)
		sum = sum * 10 + x->key;
	TT_EQ(sum, 3210);
	/* Removing as it goes is allowed. */
	y = &n[2];
	RB_FOREACH_FROM(x, tree, y)
		RB_REMOVE(tree, &head, x);
	TT_EQ(RB_MAX(tree, &head), &n[1]);
}
END_TEST

/* A hundred thousand ascending keys stay within the red-black height
 * bound, 2 log2(n + 1). */
START_TEST(height_bound)
{
	enum { N = 100000 };
	struct node *many = calloc(N, sizeof *many);
	struct node *n;
	int depth, max = 0, log2n = 0;

	ck_assert_ptr_nonnull(many);
	RB_INIT(&head);
	for (int i = 0; i < N; i++) {
		many[i].key = i;
		TT_EQ(RB_INSERT(tree, &head, &many[i]), NULL);
	}
	for (int i = 0; i < N; i++) {
		depth = 0;
		for (n = &many[i]; n; n = RB_PARENT(n, link))
			depth++;
		if (depth > max)
			max = depth;
	}
	while ((1 << log2n) < N + 1)
		log2n++;
	TT_CHECK(max <= 2 * log2n);
	for (int i = 0; i < N; i += 2)
		RB_REMOVE(tree, &head, &many[i]);
	depth = 0;
	RB_FOREACH(n, tree, &head)
		TT_EQ(n->key, 2 * depth++ + 1);
	TT_EQ(depth, N / 2);
	free(many);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("tree_rb");
	TCase *tc = tcase_create("rb");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, random_operations);
	tcase_add_test(tc, reinsert);
	tcase_add_test(tc, foreach_from);
	tcase_add_test(tc, height_bound);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
