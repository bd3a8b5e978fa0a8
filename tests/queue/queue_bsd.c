/*
 * The BSD macros libwildebeest's <sys/queue.h> adds to glibc's set, as the
 * BSDs' queue(3) documents them. glibc has none of them, so its build of
 * this test compiles against libwildebeest's header (the oracle then shows
 * only that the test does not depend on musl). Elements are malloc'd and
 * freed inside the *_SAFE loops, so the sanitizer build catches a loop that
 * touches a freed element.
 */
#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#ifdef __GLIBC__
#include "../../include/queue/sys/queue.h"
#else
#include <sys/queue.h>
#endif
#include "lwbtest.h"

struct e {
	int v;
	SLIST_ENTRY(e) sl;
	LIST_ENTRY(e) li;
	STAILQ_ENTRY(e) st;
	SIMPLEQ_ENTRY(e) sp;
	TAILQ_ENTRY(e) tq;
};

SLIST_HEAD(slh, e);
LIST_HEAD(lih, e);
STAILQ_HEAD(sth, e);
SIMPLEQ_HEAD(sph, e);
TAILQ_HEAD(tqh, e);

static struct e *mk(int v)
{
	struct e *p = calloc(1, sizeof *p);

	ck_assert_ptr_nonnull(p);
	p->v = v;
	return p;
}

START_TEST(foreach_safe_frees)
{
	struct slh sl;
	struct lih li;
	struct sth st;
	struct sph sp;
	struct tqh tq;
	struct e *np, *tmp;
	int n, sum;

	SLIST_INIT(&sl);
	LIST_INIT(&li);
	STAILQ_INIT(&st);
	SIMPLEQ_INIT(&sp);
	TAILQ_INIT(&tq);
	/* The macros evaluate their arguments more than once. */
	for (int i = 0; i < 5; i++) {
		np = mk(i);
		SLIST_INSERT_HEAD(&sl, np, sl);
		np = mk(i);
		LIST_INSERT_HEAD(&li, np, li);
		np = mk(i);
		STAILQ_INSERT_TAIL(&st, np, st);
		np = mk(i);
		SIMPLEQ_INSERT_TAIL(&sp, np, sp);
		np = mk(i);
		TAILQ_INSERT_TAIL(&tq, np, tq);
	}
	n = 0;
	SLIST_FOREACH_SAFE(np, &sl, sl, tmp) {
		SLIST_REMOVE(&sl, np, e, sl);
		free(np);
		n++;
	}
	ck_assert_int_eq(n, 5);
	ck_assert(SLIST_EMPTY(&sl));
	n = 0;
	LIST_FOREACH_SAFE(np, &li, li, tmp) {
		LIST_REMOVE(np, li);
		free(np);
		n++;
	}
	ck_assert_int_eq(n, 5);
	ck_assert(LIST_EMPTY(&li));
	sum = 0;
	STAILQ_FOREACH_SAFE(np, &st, st, tmp) {
		sum = sum * 10 + np->v;
		STAILQ_REMOVE(&st, np, e, st);
		free(np);
	}
	ck_assert_int_eq(sum, 1234);
	ck_assert(STAILQ_EMPTY(&st));
	ck_assert_ptr_eq(st.stqh_last, &st.stqh_first);
	n = 0;
	SIMPLEQ_FOREACH_SAFE(np, &sp, sp, tmp) {
		SIMPLEQ_REMOVE_HEAD(&sp, sp);
		free(np);
		n++;
	}
	ck_assert_int_eq(n, 5);
	ck_assert(SIMPLEQ_EMPTY(&sp));
	sum = 0;
	TAILQ_FOREACH_REVERSE_SAFE(np, &tq, tqh, tq, tmp) {
		sum = sum * 10 + np->v;
		if (np->v % 2) {
			TAILQ_REMOVE(&tq, np, tq);
			free(np);
		}
	}
	ck_assert_int_eq(sum, 43210);
	sum = 0;
	TAILQ_FOREACH_SAFE(np, &tq, tq, tmp) {
		sum = sum * 10 + np->v;
		TAILQ_REMOVE(&tq, np, tq);
		free(np);
	}
	ck_assert_int_eq(sum, 24);
	ck_assert(TAILQ_EMPTY(&tq));
	ck_assert_ptr_eq(tq.tqh_last, &tq.tqh_first);
}
END_TEST

START_TEST(foreach_from)
{
	struct e it[5];
	struct tqh tq;
	struct sth st;
	struct slh sl;
	struct lih li;
	struct e *np, *tmp;
	int sum;

	TAILQ_INIT(&tq);
	STAILQ_INIT(&st);
	SLIST_INIT(&sl);
	LIST_INIT(&li);
	for (int i = 0; i < 5; i++) {
		it[i].v = i;
		TAILQ_INSERT_TAIL(&tq, &it[i], tq);
		STAILQ_INSERT_TAIL(&st, &it[i], st);
		SLIST_INSERT_HEAD(&sl, &it[4 - i], sl);
		LIST_INSERT_HEAD(&li, &it[4 - i], li);
	}
	/* NULL: from the start. */
	np = NULL;
	sum = 0;
	TAILQ_FOREACH_FROM(np, &tq, tq)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 1234);
	ck_assert_ptr_null(np);
	/* An element: from there. */
	np = &it[2];
	sum = 0;
	TAILQ_FOREACH_FROM(np, &tq, tq)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 234);
	np = &it[2];
	sum = 0;
	TAILQ_FOREACH_REVERSE_FROM(np, &tq, tqh, tq)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 210);
	np = NULL;
	sum = 0;
	TAILQ_FOREACH_REVERSE_FROM(np, &tq, tqh, tq)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 43210);
	np = &it[3];
	sum = 0;
	TAILQ_FOREACH_FROM_SAFE(np, &tq, tq, tmp)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 34);
	np = &it[1];
	sum = 0;
	TAILQ_FOREACH_REVERSE_FROM_SAFE(np, &tq, tqh, tq, tmp)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 10);
	np = &it[1];
	sum = 0;
	STAILQ_FOREACH_FROM(np, &st, st)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 1234);
	np = &it[4];
	sum = 0;
	STAILQ_FOREACH_FROM_SAFE(np, &st, st, tmp)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 4);
	np = &it[3];
	sum = 0;
	SLIST_FOREACH_FROM(np, &sl, sl)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 34);
	np = NULL;
	sum = 0;
	SLIST_FOREACH_FROM_SAFE(np, &sl, sl, tmp)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 1234);
	np = &it[2];
	sum = 0;
	LIST_FOREACH_FROM(np, &li, li)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 234);
	np = &it[2];
	sum = 0;
	LIST_FOREACH_FROM_SAFE(np, &li, li, tmp)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 234);
}
END_TEST

START_TEST(last_prev_end_remove_after)
{
	struct e it[4];
	struct sth st;
	struct sph sp;
	struct slh sl;
	struct lih li;

	STAILQ_INIT(&st);
	SIMPLEQ_INIT(&sp);
	SLIST_INIT(&sl);
	LIST_INIT(&li);
	ck_assert_ptr_null(STAILQ_LAST(&st, e, st));
	ck_assert_ptr_null(SIMPLEQ_LAST(&sp, e, sp));
	ck_assert_ptr_null(SLIST_END(&sl));
	ck_assert_ptr_null(LIST_END(&li));
	ck_assert_ptr_null(STAILQ_END(&st));
	ck_assert_ptr_null(SIMPLEQ_END(&sp));
	for (int i = 0; i < 4; i++) {
		it[i].v = i;
		STAILQ_INSERT_TAIL(&st, &it[i], st);
		SIMPLEQ_INSERT_TAIL(&sp, &it[i], sp);
		SLIST_INSERT_HEAD(&sl, &it[3 - i], sl);
		LIST_INSERT_HEAD(&li, &it[3 - i], li);
	}
	ck_assert_ptr_eq(STAILQ_LAST(&st, e, st), &it[3]);
	ck_assert_ptr_eq(SIMPLEQ_LAST(&sp, e, sp), &it[3]);
	ck_assert_ptr_null(LIST_PREV(&it[0], &li, e, li));
	ck_assert_ptr_eq(LIST_PREV(&it[1], &li, e, li), &it[0]);
	ck_assert_ptr_eq(LIST_PREV(&it[3], &li, e, li), &it[2]);

	/* Removing the last element after another moves the tail. */
	STAILQ_REMOVE_AFTER(&st, &it[2], st);
	SIMPLEQ_REMOVE_AFTER(&sp, &it[2], sp);
	ck_assert_ptr_eq(STAILQ_LAST(&st, e, st), &it[2]);
	ck_assert_ptr_eq(SIMPLEQ_LAST(&sp, e, sp), &it[2]);
	STAILQ_INSERT_TAIL(&st, &it[3], st);
	ck_assert_ptr_eq(STAILQ_NEXT(&it[2], st), &it[3]);
	STAILQ_REMOVE_AFTER(&st, &it[0], st);
	ck_assert_ptr_eq(STAILQ_NEXT(&it[0], st), &it[2]);
	ck_assert_ptr_eq(STAILQ_LAST(&st, e, st), &it[3]);
	SLIST_REMOVE_AFTER(&it[1], sl);
	ck_assert_ptr_eq(SLIST_NEXT(&it[1], sl), &it[3]);
}
END_TEST

START_TEST(concat_and_swap)
{
	struct e it[6];
	struct slh s1, s2;
	struct lih l1, l2;
	struct sth q1, q2;
	struct sph p1, p2;
	struct tqh t1, t2;
	struct e *np;
	int sum;

	SLIST_INIT(&s1);
	SLIST_INIT(&s2);
	LIST_INIT(&l1);
	LIST_INIT(&l2);
	/* Empty onto empty, then a list onto an empty one. */
	SLIST_CONCAT(&s1, &s2, e, sl);
	LIST_CONCAT(&l1, &l2, e, li);
	ck_assert(SLIST_EMPTY(&s1) && LIST_EMPTY(&l1));
	for (int i = 0; i < 6; i++) {
		it[i].v = i;
		if (i >= 3) {
			SLIST_INSERT_HEAD(&s2, &it[8 - i], sl);
			LIST_INSERT_HEAD(&l2, &it[8 - i], li);
		}
	}
	SLIST_CONCAT(&s1, &s2, e, sl);
	LIST_CONCAT(&l1, &l2, e, li);
	ck_assert(SLIST_EMPTY(&s2) && LIST_EMPTY(&l2));
	ck_assert_ptr_eq(SLIST_FIRST(&s1), &it[3]);
	ck_assert_ptr_eq(it[3].li.le_prev, &l1.lh_first);
	/* A list onto a non-empty one. */
	for (int i = 2; i >= 0; i--) {
		SLIST_INSERT_HEAD(&s2, &it[i], sl);
		LIST_INSERT_HEAD(&l2, &it[i], li);
	}
	SLIST_CONCAT(&s2, &s1, e, sl);
	LIST_CONCAT(&l2, &l1, e, li);
	sum = 0;
	SLIST_FOREACH(np, &s2, sl)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 12345);
	sum = 0;
	LIST_FOREACH(np, &l2, li)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 12345);
	ck_assert_ptr_eq(it[3].li.le_prev, &it[2].li.le_next);
	ck_assert(SLIST_EMPTY(&s1) && LIST_EMPTY(&l1));

	/* Swaps, with one side empty: the links that point back at a head
	 * must follow it. */
	SLIST_SWAP(&s1, &s2, e);
	LIST_SWAP(&l1, &l2, e, li);
	ck_assert(SLIST_EMPTY(&s2) && LIST_EMPTY(&l2));
	ck_assert_ptr_eq(SLIST_FIRST(&s1), &it[0]);
	ck_assert_ptr_eq(it[0].li.le_prev, &l1.lh_first);
	LIST_REMOVE(&it[0], li);
	ck_assert_ptr_eq(LIST_FIRST(&l1), &it[1]);

	STAILQ_INIT(&q1);
	STAILQ_INIT(&q2);
	SIMPLEQ_INIT(&p1);
	SIMPLEQ_INIT(&p2);
	TAILQ_INIT(&t1);
	TAILQ_INIT(&t2);
	for (int i = 0; i < 3; i++) {
		STAILQ_INSERT_TAIL(&q1, &it[i], st);
		SIMPLEQ_INSERT_TAIL(&p1, &it[i], sp);
		TAILQ_INSERT_TAIL(&t1, &it[i], tq);
	}
	STAILQ_SWAP(&q1, &q2, e);
	TAILQ_SWAP(&t1, &t2, e, tq);
	ck_assert(STAILQ_EMPTY(&q1) && TAILQ_EMPTY(&t1));
	ck_assert_ptr_eq(q1.stqh_last, &q1.stqh_first);
	ck_assert_ptr_eq(t1.tqh_last, &t1.tqh_first);
	ck_assert_ptr_eq(STAILQ_LAST(&q2, e, st), &it[2]);
	ck_assert_ptr_eq(TAILQ_LAST(&t2, tqh), &it[2]);
	ck_assert_ptr_eq(it[0].tq.tqe_prev, &t2.tqh_first);
	/* Both usable after the swap. */
	STAILQ_INSERT_TAIL(&q1, &it[5], st);
	TAILQ_INSERT_TAIL(&t1, &it[5], tq);
	STAILQ_INSERT_TAIL(&q2, &it[4], st);
	TAILQ_INSERT_TAIL(&t2, &it[4], tq);
	ck_assert_ptr_eq(STAILQ_FIRST(&q1), &it[5]);
	ck_assert_ptr_eq(TAILQ_LAST(&t2, tqh), &it[4]);
	/* Two non-empty ones. */
	TAILQ_SWAP(&t1, &t2, e, tq);
	ck_assert_ptr_eq(TAILQ_FIRST(&t2), &it[5]);
	ck_assert_ptr_eq(TAILQ_LAST(&t1, tqh), &it[4]);
	ck_assert_ptr_eq(it[0].tq.tqe_prev, &t1.tqh_first);
	ck_assert_ptr_eq(it[5].tq.tqe_prev, &t2.tqh_first);

	SIMPLEQ_CONCAT(&p2, &p1);
	ck_assert(SIMPLEQ_EMPTY(&p1));
	ck_assert_ptr_eq(SIMPLEQ_LAST(&p2, e, sp), &it[2]);
	ck_assert_ptr_eq(p1.sqh_last, &p1.sqh_first);
}
END_TEST

struct c {
	int v;
	CIRCLEQ_ENTRY(c) link;
};
CIRCLEQ_HEAD(ch, c);

START_TEST(circleq_end)
{
	struct ch h;
	struct c a = {.v = 1};

	CIRCLEQ_INIT(&h);
	ck_assert_ptr_eq(CIRCLEQ_END(&h), (void *)&h);
	CIRCLEQ_INSERT_HEAD(&h, &a, link);
	ck_assert_ptr_eq(CIRCLEQ_NEXT(&a, link), CIRCLEQ_END(&h));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("queue_bsd");
	TCase *tc = tcase_create("bsd");

	tcase_add_test(tc, foreach_safe_frees);
	tcase_add_test(tc, foreach_from);
	tcase_add_test(tc, last_prev_end_remove_after);
	tcase_add_test(tc, concat_and_swap);
	tcase_add_test(tc, circleq_end);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
