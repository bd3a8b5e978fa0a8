/* Table-driven fnmatch cases for the Check suites of tests/fnmatch. */
#ifndef FNMATCH_CASES_H
#define FNMATCH_CASES_H

#include <stddef.h>

struct fcase {
	const char *pattern;
	const char *string;
	int flags;
	int expect;	/* 0 (match) or FNM_NOMATCH */
};

/* Run every case and fail the test naming each that gives another
 * answer. */
void check_cases(const struct fcase *c, size_t n);

#define NCASES(a) (sizeof (a) / sizeof *(a))

#endif
