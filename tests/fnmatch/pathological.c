/*
 * Patterns on which glibc 2.36 takes exponential time or overflows its
 * stack, so they run on musl only (listed in docs/compat.md). Each must
 * give its answer in well under a second of CPU time here; the limit
 * checked is 5 s, for slow machines, against the hours glibc would need.
 */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "lwbtest.h"

struct hard {
	const char *pattern;
	char fill;		/* the string: n copies of fill, then tail */
	size_t n;
	const char *tail;
	int expect;
	const char *glibc;	/* what glibc does instead */
};

static const struct hard cases[] = {
	{ "*(a|aa)b", 'a', 2000, "", FNM_NOMATCH, "about 1 s for 30 characters, doubling with each" },
	{ "*(*(*(a)))b", 'a', 2000, "", FNM_NOMATCH, "over 1 s for 20 characters" },
	{ "*(*(*(*(*(a)))))b", 'a', 300, "", FNM_NOMATCH, "over 20 s for 22 characters" },
	{ "+(a|a)+(a|a)+(a|a)b", 'a', 2000, "", FNM_NOMATCH, "over 10 s for 25 characters" },
	{ "!(!(!(!(a))))b", 'a', 2000, "", FNM_NOMATCH, "quick" },
	{ "+(a|b)", 'a', 100000, "b", 0, "stack overflow (SIGSEGV) at 10000 characters" },
	{ "*(a)", 'a', 100000, "", 0, "stack overflow (SIGSEGV) at 100000 characters" },
	{ "*(a|b)c", 'a', 100000, "b", FNM_NOMATCH, "stack overflow (SIGSEGV)" },
};

static double cpu_seconds(void)
{
	struct timespec t;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

START_TEST(bounded_time)
{
	const struct hard *h = &cases[_i];
	char *s = malloc(h->n + strlen(h->tail) + 1);
	double t;

	ck_assert_ptr_nonnull(s);
	memset(s, h->fill, h->n);
	strcpy(s + h->n, h->tail);
	t = cpu_seconds();
	ck_assert_int_eq(fnmatch(h->pattern, s, FNM_EXTMATCH), h->expect);
	t = cpu_seconds() - t;
	ck_assert_msg(t < 5, "%s took %.2f s of CPU", h->pattern, t);
	free(s);
}
END_TEST

/* 3000 nested groups: glibc overflows its stack (SIGSEGV) near 10000,
 * libwildebeest never recurses in C. */
START_TEST(deep_nesting)
{
	size_t depth = 3000;
	char *p = malloc(3 * depth + 2), *q = p;

	ck_assert_ptr_nonnull(p);
	for (size_t i = 0; i < depth; i++) {
		*q++ = i % 2 ? '@' : '+';
		*q++ = '(';
	}
	*q++ = 'a';
	memset(q, ')', depth);
	q[depth] = 0;
	ck_assert_int_eq(fnmatch(p, "a", FNM_EXTMATCH), 0);
	ck_assert_int_eq(fnmatch(p, "b", FNM_EXTMATCH), FNM_NOMATCH);
	free(p);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fnmatch pathological patterns");
	TCase *tc = tcase_create("pathological");

	tcase_add_loop_test(tc, bounded_time, 0, sizeof cases / sizeof *cases);
	tcase_add_test(tc, deep_nesting);
	tcase_set_timeout(tc, 120);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
