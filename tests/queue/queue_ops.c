/*
 * Every list type glibc's <sys/queue.h> has, driven through the same long
 * pseudo-random sequence of insertions and removals (the generator is ours,
 * so both libcs see the same sequence), each checked after every step
 * against a plain array: forward and backward traversal, FIRST, LAST, NEXT,
 * PREV, EMPTY, and the link fields themselves by glibc's names (le_prev
 * points at the pointer that points here, stqh_last at the last link, ...).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>
#include "lwbtest.h"

#define NODES 64
#define STEPS 4000

struct node {
	int v;
	int in;			/* which lists hold it, one bit per kind */
	SLIST_ENTRY(node) sl;
	LIST_ENTRY(node) li;
	STAILQ_ENTRY(node) st;
	SIMPLEQ_ENTRY(node) sp;
	TAILQ_ENTRY(node) tq;
	CIRCLEQ_ENTRY(node) cq;
};

SLIST_HEAD(slhead, node);
LIST_HEAD(lihead, node);
STAILQ_HEAD(sthead, node);
SIMPLEQ_HEAD(sphead, node);
TAILQ_HEAD(tqhead, node);
CIRCLEQ_HEAD(cqhead, node);

enum { SL, LI, ST, SP, TQ, CQ, KINDS };

static struct node nodes[NODES];
static struct slhead slh;
static struct lihead lih;
static struct sthead sth, sth2;
static struct sphead sph;
static struct tqhead tqh, tqh2;
static struct cqhead cqh;

/* The model: node indices in list order, per kind. */
static int model[KINDS][NODES];
static int len[KINDS];

static unsigned rng = 2463534242u;

static unsigned next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static void model_insert(int kind, int pos, int n)
{
	memmove(&model[kind][pos + 1], &model[kind][pos],
		(size_t)(len[kind] - pos) * sizeof(int));
	model[kind][pos] = n;
	len[kind]++;
	nodes[n].in |= 1 << kind;
}

static void model_remove(int kind, int pos)
{
	nodes[model[kind][pos]].in &= ~(1 << kind);
	memmove(&model[kind][pos], &model[kind][pos + 1],
		(size_t)(len[kind] - pos - 1) * sizeof(int));
	len[kind]--;
}

static struct node *at(int kind, int pos)
{
	return &nodes[model[kind][pos]];
}

static void check_all(void)
{
	struct node *np;
	int i;

	/* SLIST */
	ck_assert_int_eq(SLIST_EMPTY(&slh), len[SL] == 0);
	i = 0;
	SLIST_FOREACH(np, &slh, sl) {
		ck_assert_ptr_eq(np, at(SL, i));
		i++;
	}
	ck_assert_ptr_null(np);
	ck_assert_int_eq(i, len[SL]);
	ck_assert_ptr_eq(SLIST_FIRST(&slh), len[SL] ? at(SL, 0) : NULL);
	ck_assert_ptr_eq(slh.slh_first, SLIST_FIRST(&slh));

	/* LIST: each element's le_prev points at the pointer to it. */
	ck_assert_int_eq(LIST_EMPTY(&lih), len[LI] == 0);
	i = 0;
	LIST_FOREACH(np, &lih, li) {
		ck_assert_ptr_eq(np, at(LI, i));
		ck_assert_ptr_eq(np->li.le_prev,
				 i ? &at(LI, i - 1)->li.le_next : &lih.lh_first);
		ck_assert_ptr_eq(LIST_NEXT(np, li),
				 i + 1 < len[LI] ? at(LI, i + 1) : NULL);
		i++;
	}
	ck_assert_int_eq(i, len[LI]);
	ck_assert_ptr_eq(LIST_FIRST(&lih), len[LI] ? at(LI, 0) : NULL);

	/* STAILQ: stqh_last points at the last link, or at stqh_first. */
	ck_assert_int_eq(STAILQ_EMPTY(&sth), len[ST] == 0);
	i = 0;
	STAILQ_FOREACH(np, &sth, st) {
		ck_assert_ptr_eq(np, at(ST, i));
		ck_assert_ptr_eq(STAILQ_NEXT(np, st),
				 i + 1 < len[ST] ? at(ST, i + 1) : NULL);
		i++;
	}
	ck_assert_int_eq(i, len[ST]);
	ck_assert_ptr_eq(sth.stqh_last,
			 len[ST] ? &at(ST, len[ST] - 1)->st.stqe_next : &sth.stqh_first);
	ck_assert_ptr_eq(STAILQ_FIRST(&sth), len[ST] ? at(ST, 0) : NULL);

	/* SIMPLEQ, the same under NetBSD's names. */
	ck_assert_int_eq(SIMPLEQ_EMPTY(&sph), len[SP] == 0);
	i = 0;
	SIMPLEQ_FOREACH(np, &sph, sp) {
		ck_assert_ptr_eq(np, at(SP, i));
		ck_assert_ptr_eq(SIMPLEQ_NEXT(np, sp),
				 i + 1 < len[SP] ? at(SP, i + 1) : NULL);
		i++;
	}
	ck_assert_int_eq(i, len[SP]);
	ck_assert_ptr_eq(sph.sqh_last,
			 len[SP] ? &at(SP, len[SP] - 1)->sp.sqe_next : &sph.sqh_first);
	ck_assert_ptr_eq(SIMPLEQ_FIRST(&sph), len[SP] ? at(SP, 0) : NULL);

	/* TAILQ, both ways. */
	ck_assert_int_eq(TAILQ_EMPTY(&tqh), len[TQ] == 0);
	i = 0;
	TAILQ_FOREACH(np, &tqh, tq) {
		ck_assert_ptr_eq(np, at(TQ, i));
		ck_assert_ptr_eq(np->tq.tqe_prev,
				 i ? &at(TQ, i - 1)->tq.tqe_next : &tqh.tqh_first);
		ck_assert_ptr_eq(TAILQ_PREV(np, tqhead, tq),
				 i ? at(TQ, i - 1) : NULL);
		ck_assert_ptr_eq(TAILQ_NEXT(np, tq),
				 i + 1 < len[TQ] ? at(TQ, i + 1) : NULL);
		i++;
	}
	ck_assert_ptr_null(np);
	ck_assert_int_eq(i, len[TQ]);
	i = len[TQ];
	TAILQ_FOREACH_REVERSE(np, &tqh, tqhead, tq)
		ck_assert_ptr_eq(np, at(TQ, --i));
	ck_assert_ptr_null(np);
	ck_assert_int_eq(i, 0);
	ck_assert_ptr_eq(TAILQ_FIRST(&tqh), len[TQ] ? at(TQ, 0) : NULL);
	ck_assert_ptr_eq(TAILQ_LAST(&tqh, tqhead), len[TQ] ? at(TQ, len[TQ] - 1) : NULL);
	ck_assert_ptr_eq(tqh.tqh_last,
			 len[TQ] ? &at(TQ, len[TQ] - 1)->tq.tqe_next : &tqh.tqh_first);

	/* CIRCLEQ: the head ends it in both directions. */
	ck_assert_int_eq(CIRCLEQ_EMPTY(&cqh), len[CQ] == 0);
	i = 0;
	CIRCLEQ_FOREACH(np, &cqh, cq) {
		ck_assert_ptr_eq(np, at(CQ, i));
		ck_assert_ptr_eq(CIRCLEQ_NEXT(np, cq),
				 i + 1 < len[CQ] ? at(CQ, i + 1) : (void *)&cqh);
		ck_assert_ptr_eq(CIRCLEQ_PREV(np, cq),
				 i ? at(CQ, i - 1) : (void *)&cqh);
		ck_assert_ptr_eq(CIRCLEQ_LOOP_NEXT(&cqh, np, cq),
				 at(CQ, (i + 1) % len[CQ]));
		ck_assert_ptr_eq(CIRCLEQ_LOOP_PREV(&cqh, np, cq),
				 at(CQ, (i + len[CQ] - 1) % len[CQ]));
		i++;
	}
	ck_assert_ptr_eq(np, (void *)&cqh);
	ck_assert_int_eq(i, len[CQ]);
	i = len[CQ];
	CIRCLEQ_FOREACH_REVERSE(np, &cqh, cq)
		ck_assert_ptr_eq(np, at(CQ, --i));
	ck_assert_ptr_eq(np, (void *)&cqh);
	ck_assert_ptr_eq(CIRCLEQ_FIRST(&cqh), len[CQ] ? at(CQ, 0) : (void *)&cqh);
	ck_assert_ptr_eq(CIRCLEQ_LAST(&cqh), len[CQ] ? at(CQ, len[CQ] - 1) : (void *)&cqh);
}

/* A node not on the given kind of list, or -1. */
static int free_node(int kind)
{
	int start = (int)(next_rand() % NODES);

	for (int k = 0; k < NODES; k++) {
		int n = (start + k) % NODES;
		if (!(nodes[n].in & (1 << kind)))
			return n;
	}
	return -1;
}

static void step(int kind)
{
	int op = (int)(next_rand() % 6);
	int n = free_node(kind);
	int pos = len[kind] ? (int)(next_rand() % (unsigned)len[kind]) : 0;
	struct node *elm = n >= 0 ? &nodes[n] : NULL;
	struct node *cur = len[kind] ? at(kind, pos) : NULL;

	/* Grow while short, so removals and insertions both get exercised. */
	if (len[kind] > NODES / 2 && op < 3)
		op += 3;
	if (!cur)
		op = 0;
	if (!elm && op < 3)
		op = 3;
	if (!cur && op >= 3)
		return;

	switch (kind) {
	case SL:
		if (op == 0 || op == 1) {
			SLIST_INSERT_HEAD(&slh, elm, sl);
			model_insert(kind, 0, n);
		} else if (op == 2) {
			SLIST_INSERT_AFTER(cur, elm, sl);
			model_insert(kind, pos + 1, n);
		} else if (op == 3) {
			SLIST_REMOVE_HEAD(&slh, sl);
			model_remove(kind, 0);
		} else {
			SLIST_REMOVE(&slh, cur, node, sl);
			model_remove(kind, pos);
		}
		break;
	case LI:
		if (op == 0) {
			LIST_INSERT_HEAD(&lih, elm, li);
			model_insert(kind, 0, n);
		} else if (op == 1) {
			LIST_INSERT_BEFORE(cur, elm, li);
			model_insert(kind, pos, n);
		} else if (op == 2) {
			LIST_INSERT_AFTER(cur, elm, li);
			model_insert(kind, pos + 1, n);
		} else {
			LIST_REMOVE(cur, li);
			model_remove(kind, pos);
		}
		break;
	case ST:
		if (op == 0) {
			STAILQ_INSERT_HEAD(&sth, elm, st);
			model_insert(kind, 0, n);
		} else if (op == 1) {
			STAILQ_INSERT_TAIL(&sth, elm, st);
			model_insert(kind, len[kind], n);
		} else if (op == 2) {
			STAILQ_INSERT_AFTER(&sth, cur, elm, st);
			model_insert(kind, pos + 1, n);
		} else if (op == 3) {
			STAILQ_REMOVE_HEAD(&sth, st);
			model_remove(kind, 0);
		} else {
			STAILQ_REMOVE(&sth, cur, node, st);
			model_remove(kind, pos);
		}
		break;
	case SP:
		if (op == 0) {
			SIMPLEQ_INSERT_HEAD(&sph, elm, sp);
			model_insert(kind, 0, n);
		} else if (op == 1) {
			SIMPLEQ_INSERT_TAIL(&sph, elm, sp);
			model_insert(kind, len[kind], n);
		} else if (op == 2) {
			SIMPLEQ_INSERT_AFTER(&sph, cur, elm, sp);
			model_insert(kind, pos + 1, n);
		} else if (op == 3) {
			SIMPLEQ_REMOVE_HEAD(&sph, sp);
			model_remove(kind, 0);
		} else {
			SIMPLEQ_REMOVE(&sph, cur, node, sp);
			model_remove(kind, pos);
		}
		break;
	case TQ:
		if (op == 0) {
			if (next_rand() & 1) {
				TAILQ_INSERT_HEAD(&tqh, elm, tq);
				model_insert(kind, 0, n);
			} else {
				TAILQ_INSERT_TAIL(&tqh, elm, tq);
				model_insert(kind, len[kind], n);
			}
		} else if (op == 1) {
			TAILQ_INSERT_BEFORE(cur, elm, tq);
			model_insert(kind, pos, n);
		} else if (op == 2) {
			TAILQ_INSERT_AFTER(&tqh, cur, elm, tq);
			model_insert(kind, pos + 1, n);
		} else {
			TAILQ_REMOVE(&tqh, cur, tq);
			model_remove(kind, pos);
		}
		break;
	case CQ:
		if (op == 0) {
			if (next_rand() & 1) {
				CIRCLEQ_INSERT_HEAD(&cqh, elm, cq);
				model_insert(kind, 0, n);
			} else {
				CIRCLEQ_INSERT_TAIL(&cqh, elm, cq);
				model_insert(kind, len[kind], n);
			}
		} else if (op == 1) {
			CIRCLEQ_INSERT_BEFORE(&cqh, cur, elm, cq);
			model_insert(kind, pos, n);
		} else if (op == 2) {
			CIRCLEQ_INSERT_AFTER(&cqh, cur, elm, cq);
			model_insert(kind, pos + 1, n);
		} else {
			CIRCLEQ_REMOVE(&cqh, cur, cq);
			model_remove(kind, pos);
		}
		break;
	}
}

static void reset(void)
{
	memset(nodes, 0, sizeof nodes);
	memset(len, 0, sizeof len);
	for (int i = 0; i < NODES; i++)
		nodes[i].v = i;
	SLIST_INIT(&slh);
	LIST_INIT(&lih);
	STAILQ_INIT(&sth);
	STAILQ_INIT(&sth2);
	SIMPLEQ_INIT(&sph);
	TAILQ_INIT(&tqh);
	TAILQ_INIT(&tqh2);
	CIRCLEQ_INIT(&cqh);
}

START_TEST(random_operations)
{
	reset();
	check_all();
	for (int s = 0; s < STEPS; s++) {
		step((int)(next_rand() % KINDS));
		check_all();
	}
}
END_TEST

/* Concatenation moves every element of the second queue to the end of the
 * first and leaves the second empty and usable; an empty second queue
 * changes nothing. */
START_TEST(concat)
{
	struct node *np;
	int i;

	reset();
	STAILQ_CONCAT(&sth, &sth2);
	TAILQ_CONCAT(&tqh, &tqh2, tq);
	ck_assert(STAILQ_EMPTY(&sth) && TAILQ_EMPTY(&tqh));
	ck_assert_ptr_eq(sth.stqh_last, &sth.stqh_first);
	ck_assert_ptr_eq(tqh.tqh_last, &tqh.tqh_first);

	for (i = 0; i < 6; i++) {
		STAILQ_INSERT_TAIL(i < 3 ? &sth : &sth2, &nodes[i], st);
		TAILQ_INSERT_TAIL(i < 3 ? &tqh : &tqh2, &nodes[i], tq);
	}
	STAILQ_CONCAT(&sth, &sth2);
	TAILQ_CONCAT(&tqh, &tqh2, tq);
	i = 0;
	STAILQ_FOREACH(np, &sth, st)
		ck_assert_int_eq(np->v, i++);
	ck_assert_int_eq(i, 6);
	i = 0;
	TAILQ_FOREACH(np, &tqh, tq)
		ck_assert_int_eq(np->v, i++);
	ck_assert_int_eq(i, 6);
	ck_assert_ptr_eq(TAILQ_LAST(&tqh, tqhead), &nodes[5]);
	ck_assert_ptr_eq(TAILQ_PREV(&nodes[3], tqhead, tq), &nodes[2]);
	ck_assert(STAILQ_EMPTY(&sth2) && TAILQ_EMPTY(&tqh2));
	ck_assert_ptr_eq(sth2.stqh_last, &sth2.stqh_first);
	ck_assert_ptr_eq(tqh2.tqh_last, &tqh2.tqh_first);
	/* The emptied heads work again. */
	STAILQ_INSERT_TAIL(&sth2, &nodes[9], st);
	TAILQ_INSERT_TAIL(&tqh2, &nodes[9], tq);
	ck_assert_ptr_eq(STAILQ_FIRST(&sth2), &nodes[9]);
	ck_assert_ptr_eq(TAILQ_LAST(&tqh2, tqhead), &nodes[9]);

	/* Onto an empty first queue. */
	STAILQ_INIT(&sth);
	TAILQ_INIT(&tqh);
	STAILQ_CONCAT(&sth, &sth2);
	TAILQ_CONCAT(&tqh, &tqh2, tq);
	ck_assert_ptr_eq(STAILQ_FIRST(&sth), &nodes[9]);
	ck_assert_ptr_eq(sth.stqh_last, &nodes[9].st.stqe_next);
	ck_assert_ptr_eq(TAILQ_FIRST(&tqh), &nodes[9]);
	ck_assert_ptr_eq(nodes[9].tq.tqe_prev, &tqh.tqh_first);
	ck_assert_ptr_eq(TAILQ_LAST(&tqh, tqhead), &nodes[9]);
}
END_TEST

/* Removing an element neither clears nor poisons its own links: glibc
 * leaves them as they were, and code walking on from a just-removed element
 * relies on it. */
START_TEST(removed_links_untouched)
{
	reset();
	for (int i = 0; i < 3; i++) {
		SLIST_INSERT_HEAD(&slh, &nodes[2 - i], sl);
		LIST_INSERT_HEAD(&lih, &nodes[2 - i], li);
		STAILQ_INSERT_TAIL(&sth, &nodes[i], st);
		SIMPLEQ_INSERT_TAIL(&sph, &nodes[i], sp);
		TAILQ_INSERT_TAIL(&tqh, &nodes[i], tq);
		CIRCLEQ_INSERT_TAIL(&cqh, &nodes[i], cq);
	}
	SLIST_REMOVE(&slh, &nodes[1], node, sl);
	LIST_REMOVE(&nodes[1], li);
	STAILQ_REMOVE(&sth, &nodes[1], node, st);
	SIMPLEQ_REMOVE(&sph, &nodes[1], node, sp);
	TAILQ_REMOVE(&tqh, &nodes[1], tq);
	CIRCLEQ_REMOVE(&cqh, &nodes[1], cq);
	ck_assert_ptr_eq(nodes[1].sl.sle_next, &nodes[2]);
	ck_assert_ptr_eq(nodes[1].li.le_next, &nodes[2]);
	ck_assert_ptr_eq(nodes[1].li.le_prev, &nodes[0].li.le_next);
	ck_assert_ptr_eq(nodes[1].st.stqe_next, &nodes[2]);
	ck_assert_ptr_eq(nodes[1].sp.sqe_next, &nodes[2]);
	ck_assert_ptr_eq(nodes[1].tq.tqe_next, &nodes[2]);
	ck_assert_ptr_eq(nodes[1].tq.tqe_prev, &nodes[0].tq.tqe_next);
	ck_assert_ptr_eq(nodes[1].cq.cqe_next, &nodes[2]);
	ck_assert_ptr_eq(nodes[1].cq.cqe_prev, &nodes[0]);
	/* The lists themselves skip it. */
	ck_assert_ptr_eq(SLIST_NEXT(&nodes[0], sl), &nodes[2]);
	ck_assert_ptr_eq(LIST_NEXT(&nodes[0], li), &nodes[2]);
	ck_assert_ptr_eq(STAILQ_NEXT(&nodes[0], st), &nodes[2]);
	ck_assert_ptr_eq(SIMPLEQ_NEXT(&nodes[0], sp), &nodes[2]);
	ck_assert_ptr_eq(TAILQ_PREV(&nodes[2], tqhead, tq), &nodes[0]);
	ck_assert_ptr_eq(CIRCLEQ_PREV(&nodes[2], cq), &nodes[0]);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("queue_ops");
	TCase *tc = tcase_create("ops");

	tcase_add_test(tc, random_operations);
	tcase_add_test(tc, concat);
	tcase_add_test(tc, removed_links_untouched);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
