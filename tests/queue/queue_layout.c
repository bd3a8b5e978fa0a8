/*
 * What code sees of glibc's <sys/queue.h> besides the operations: the
 * structures' layout and field names, the static initializers, anonymous
 * heads, qualified tail queues (_TAILQ_HEAD), the include guard, and that
 * the header brings nothing else (NULL comes from <stddef.h>).
 */
#include <sys/queue.h>
#include <stddef.h>
#include "lwbtest.h"

#ifndef _SYS_QUEUE_H_
#error "_SYS_QUEUE_H_ is glibc's include guard; code tests it"
#endif

struct item {
	int v;
	SLIST_ENTRY(item) sl;
	LIST_ENTRY(item) li;
	STAILQ_ENTRY(item) st;
	SIMPLEQ_ENTRY(item) sp;
	TAILQ_ENTRY(item) tq;
	CIRCLEQ_ENTRY(item) cq;
};

SLIST_HEAD(slh, item);
LIST_HEAD(lih, item);
STAILQ_HEAD(sth, item);
SIMPLEQ_HEAD(sph, item);
TAILQ_HEAD(tqh, item);
CIRCLEQ_HEAD(cqh, item);

static struct slh s_slh = SLIST_HEAD_INITIALIZER(s_slh);
static struct lih s_lih = LIST_HEAD_INITIALIZER(s_lih);
static struct sth s_sth = STAILQ_HEAD_INITIALIZER(s_sth);
static struct sph s_sph = SIMPLEQ_HEAD_INITIALIZER(s_sph);
static struct tqh s_tqh = TAILQ_HEAD_INITIALIZER(s_tqh);
static struct cqh s_cqh = CIRCLEQ_HEAD_INITIALIZER(s_cqh);

START_TEST(layout)
{
	const size_t p = sizeof(void *);

	ck_assert_uint_eq(sizeof(struct slh), p);
	ck_assert_uint_eq(sizeof(struct lih), p);
	ck_assert_uint_eq(sizeof(struct sth), 2 * p);
	ck_assert_uint_eq(sizeof(struct sph), 2 * p);
	ck_assert_uint_eq(sizeof(struct tqh), 2 * p);
	ck_assert_uint_eq(sizeof(struct cqh), 2 * p);
	ck_assert_uint_eq(offsetof(struct sth, stqh_last), p);
	ck_assert_uint_eq(offsetof(struct sph, sqh_last), p);
	ck_assert_uint_eq(offsetof(struct tqh, tqh_last), p);
	ck_assert_uint_eq(offsetof(struct cqh, cqh_last), p);
	ck_assert_uint_eq(sizeof(((struct item *)0)->sl), p);
	ck_assert_uint_eq(sizeof(((struct item *)0)->li), 2 * p);
	ck_assert_uint_eq(sizeof(((struct item *)0)->st), p);
	ck_assert_uint_eq(sizeof(((struct item *)0)->sp), p);
	ck_assert_uint_eq(sizeof(((struct item *)0)->tq), 2 * p);
	ck_assert_uint_eq(sizeof(((struct item *)0)->cq), 2 * p);
	ck_assert_uint_eq(offsetof(struct item, li.le_prev) - offsetof(struct item, li), p);
	ck_assert_uint_eq(offsetof(struct item, tq.tqe_prev) - offsetof(struct item, tq), p);
	ck_assert_uint_eq(offsetof(struct item, cq.cqe_prev) - offsetof(struct item, cq), p);
}
END_TEST

START_TEST(static_initializers)
{
	struct item a = {.v = 1}, b = {.v = 2};
	struct item *np;

	ck_assert(SLIST_EMPTY(&s_slh));
	ck_assert(LIST_EMPTY(&s_lih));
	ck_assert(STAILQ_EMPTY(&s_sth));
	ck_assert(SIMPLEQ_EMPTY(&s_sph));
	ck_assert(TAILQ_EMPTY(&s_tqh));
	ck_assert(CIRCLEQ_EMPTY(&s_cqh));
	ck_assert_ptr_eq(s_sth.stqh_last, &s_sth.stqh_first);
	ck_assert_ptr_eq(s_sph.sqh_last, &s_sph.sqh_first);
	ck_assert_ptr_eq(s_tqh.tqh_last, &s_tqh.tqh_first);
	ck_assert_ptr_eq(s_cqh.cqh_first, (void *)&s_cqh);
	ck_assert_ptr_eq(s_cqh.cqh_last, (void *)&s_cqh);
	/* Usable without *_INIT. */
	STAILQ_INSERT_TAIL(&s_sth, &a, st);
	STAILQ_INSERT_TAIL(&s_sth, &b, st);
	SIMPLEQ_INSERT_TAIL(&s_sph, &a, sp);
	TAILQ_INSERT_TAIL(&s_tqh, &a, tq);
	TAILQ_INSERT_TAIL(&s_tqh, &b, tq);
	CIRCLEQ_INSERT_TAIL(&s_cqh, &b, cq);
	CIRCLEQ_INSERT_HEAD(&s_cqh, &a, cq);
	ck_assert_ptr_eq(STAILQ_FIRST(&s_sth), &a);
	ck_assert_ptr_eq(SIMPLEQ_FIRST(&s_sph), &a);
	ck_assert_ptr_eq(TAILQ_LAST(&s_tqh, tqh), &b);
	ck_assert_ptr_eq(CIRCLEQ_LAST(&s_cqh), &b);
	ck_assert_ptr_eq(CIRCLEQ_FIRST(&s_cqh), &a);
	/* A loop over an empty list leaves var NULL (the head for CIRCLEQ). */
	np = &a;
	SLIST_FOREACH(np, &s_slh, sl)
		ck_abort();
	ck_assert_ptr_null(np);
	np = &a;
	LIST_FOREACH(np, &s_lih, li)
		ck_abort();
	ck_assert_ptr_null(np);
}
END_TEST

/* Anonymous heads inside another structure, and heads passed around by
 * pointer through the tag. */
struct registry {
	TAILQ_HEAD(, item) items;
	LIST_HEAD(, item) free;
	int count;
};

static void reg_add(struct registry *r, struct item *it)
{
	TAILQ_INSERT_TAIL(&r->items, it, tq);
	r->count++;
}

START_TEST(anonymous_heads)
{
	struct registry r;
	struct item it[3] = {{.v = 0}, {.v = 1}, {.v = 2}};
	struct item *np;
	int sum = 0;

	TAILQ_INIT(&r.items);
	LIST_INIT(&r.free);
	r.count = 0;
	for (int i = 0; i < 3; i++)
		reg_add(&r, &it[i]);
	TAILQ_FOREACH(np, &r.items, tq)
		sum += np->v;
	ck_assert_int_eq(sum, 3);
	ck_assert_int_eq(r.count, 3);
	TAILQ_REMOVE(&r.items, &it[0], tq);
	LIST_INSERT_HEAD(&r.free, &it[0], li);
	ck_assert_ptr_eq(TAILQ_FIRST(&r.items), &it[1]);
	ck_assert_ptr_eq(LIST_FIRST(&r.free), &it[0]);
}
END_TEST

/* _TAILQ_HEAD and _TAILQ_ENTRY take the element type whole, with a
 * qualifier for the element and the back pointer (glibc's, after NetBSD). */
struct vitem {
	int v;
	_TAILQ_ENTRY(struct vitem, volatile) link;
};
_TAILQ_HEAD(vhead, struct vitem, volatile);

START_TEST(qualified_tailq)
{
	struct vhead h;
	struct vitem a = {.v = 1}, b = {.v = 2};
	volatile struct vitem *np;
	int sum = 0;

	TAILQ_INIT(&h);
	TAILQ_INSERT_TAIL(&h, &a, link);
	TAILQ_INSERT_HEAD(&h, &b, link);
	TAILQ_FOREACH(np, &h, link)
		sum = sum * 10 + np->v;
	ck_assert_int_eq(sum, 21);
	ck_assert_ptr_eq((void *)TAILQ_LAST(&h, vhead), &a);
	ck_assert_ptr_eq((void *)TAILQ_PREV(&a, vhead, link), &b);
	ck_assert_uint_eq(sizeof(struct vhead), 2 * sizeof(void *));
	TAILQ_REMOVE(&h, &b, link);
	ck_assert_ptr_eq((void *)TAILQ_FIRST(&h), &a);
	ck_assert_ptr_eq((void *)a.link.tqe_prev, (void *)&h.tqh_first);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("queue_layout");
	TCase *tc = tcase_create("layout");

	tcase_add_test(tc, layout);
	tcase_add_test(tc, static_initializers);
	tcase_add_test(tc, anonymous_heads);
	tcase_add_test(tc, qualified_tailq);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
