/*
 * RB_AUGMENT, defined before the header, keeps per-element data about the
 * subtree up to date (here its size, from which the k-th element is found),
 * through insertions, removals and every rotation. Also: RB_PROTOTYPE_STATIC
 * and RB_GENERATE_STATIC leave the unused functions warning-free under
 * -Werror, and the tree can be generated piece by piece.
 */
#include <stdlib.h>
#include "lwbtest.h"

struct node;
static void resize(struct node *n);
#define RB_AUGMENT(x) resize(x)
#include "treetest.h"

struct node {
	int key;
	int size;
	RB_ENTRY(node) link;
};

static void resize(struct node *n)
{
	n->size = 1 + (RB_LEFT(n, link) ? RB_LEFT(n, link)->size : 0)
		+ (RB_RIGHT(n, link) ? RB_RIGHT(n, link)->size : 0);
}

static int cmp(struct node *a, struct node *b)
{
	return a->key < b->key ? -1 : a->key > b->key;
}

RB_HEAD(tree, node);
RB_PROTOTYPE_STATIC(tree, node, link, cmp)
RB_GENERATE_STATIC(tree, node, link, cmp)

/* The same tree type generated piece by piece, only what is used. */
RB_HEAD(pieces, node);
RB_PROTOTYPE_INSERT_COLOR(pieces, node, static);
RB_PROTOTYPE_REMOVE_COLOR(pieces, node, static);
RB_PROTOTYPE_INSERT(pieces, node, static);
RB_PROTOTYPE_REMOVE(pieces, node, static);
RB_PROTOTYPE_NEXT(pieces, node, static);
RB_PROTOTYPE_MINMAX(pieces, node, static);
RB_GENERATE_INSERT_COLOR(pieces, node, link, static)
RB_GENERATE_REMOVE_COLOR(pieces, node, link, static)
RB_GENERATE_INSERT(pieces, node, link, cmp, static)
RB_GENERATE_REMOVE(pieces, node, link, static)
RB_GENERATE_NEXT(pieces, node, link, static)
RB_GENERATE_MINMAX(pieces, node, link, static)

static int check_sizes(struct node *n)
{
	int size;

	if (n == NULL)
		return 0;
	size = 1 + check_sizes(RB_LEFT(n, link)) + check_sizes(RB_RIGHT(n, link));
	TT_EQ(n->size, size);
	return size;
}

/* The k-th smallest element, from the sizes alone. */
static struct node *select_kth(struct node *n, int k)
{
	while (n) {
		int left = RB_LEFT(n, link) ? RB_LEFT(n, link)->size : 0;
		if (k < left) {
			n = RB_LEFT(n, link);
		} else if (k == left) {
			return n;
		} else {
			k -= left + 1;
			n = RB_RIGHT(n, link);
		}
	}
	return NULL;
}

START_TEST(subtree_sizes)
{
	enum { N = 500 };
	struct tree head = RB_INITIALIZER(&head);
	struct node *nodes = calloc(N, sizeof *nodes);
	char in[N] = {0};
	unsigned rng = 3141592653u;
	int count = 0;

	ck_assert_ptr_nonnull(nodes);
	for (int i = 0; i < N; i++)
		nodes[i].key = i;
	for (int s = 0; s < 5000; s++) {
		int i = (int)(tt_rand(&rng) % N);
		if (!in[i]) {
			TT_EQ(RB_INSERT(tree, &head, &nodes[i]), NULL);
			in[i] = 1;
			count++;
		} else {
			RB_REMOVE(tree, &head, &nodes[i]);
			in[i] = 0;
			count--;
		}
		TT_EQ(check_sizes(RB_ROOT(&head)), count);
		if (count) {
			int k = (int)(tt_rand(&rng) % (unsigned)count), seen = -1, j;
			for (j = 0; j < N; j++)
				if (in[j] && ++seen == k)
					break;
			TT_EQ(select_kth(RB_ROOT(&head), k), &nodes[j]);
		}
	}
	free(nodes);
}
END_TEST

START_TEST(piecewise)
{
	struct pieces head = RB_INITIALIZER(&head);
	struct node n[10];
	struct node *e;
	int i = 0;

	for (int k = 9; k >= 0; k--) {
		n[k].key = k;
		TT_EQ(RB_INSERT(pieces, &head, &n[k]), NULL);
	}
	RB_REMOVE(pieces, &head, &n[4]);
	RB_FOREACH(e, pieces, &head) {
		TT_EQ(e->key, i + (i >= 4));
		i++;
	}
	TT_EQ(i, 9);
	TT_EQ(check_sizes(RB_ROOT(&head)), 9);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("tree_augment");
	TCase *tc = tcase_create("augment");

	tcase_add_test(tc, subtree_sizes);
	tcase_add_test(tc, piecewise);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
