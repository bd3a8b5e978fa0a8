#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "gltest.h"
#include "lwbtest.h"

char *glt_fixture(void)
{
	static const char *const dirs[] = { "a", "b", "c", "d", "d/e", "dd", ".hd", 0 };
	static const char *const files[] = { "a/x", "a/y", "a/.h", "ab", "ac", "b/x", "d/e/x", "dd/x", "f", "ff",
		".hid", ".hd/x", "x{y", "x}y", "x,y", "{}", "[a]", "a*b", "a\\b", 0 };
	char *top = lwbt_tmpdir();

	for (int i = 0; dirs[i]; i++)
		lwbt_mkdir(top, dirs[i], 0755);
	for (int i = 0; files[i]; i++)
		lwbt_touch(top, files[i]);
	lwbt_symlink(top, "a", "la");
	lwbt_symlink(top, "ab", "lf");
	lwbt_symlink(top, "nowhere", "dang");
	ck_assert_int_eq(chdir(top), 0);
	return top;
}

void glt_done(char *top)
{
	ck_assert_int_eq(chdir("/"), 0);
	lwbt_rmtree(top);
	free(top);
}

static void dump(const glob_t *g, const char *const *want)
{
	fprintf(stderr, "got:");
	for (size_t i = 0; i < g->gl_pathc; i++)
		fprintf(stderr, " <%s>", g->gl_pathv[g->gl_offs + i]);
	fprintf(stderr, "\nwant:");
	for (size_t i = 0; want[i]; i++)
		fprintf(stderr, " <%s>", want[i]);
	fprintf(stderr, "\n");
}

void glt_expect(const glob_t *g, const char *const *want)
{
	size_t n = 0;

	while (want[n])
		n++;
	if (g->gl_pathc != n)
		dump(g, want);
	ck_assert_uint_eq(g->gl_pathc, n);
	for (size_t i = 0; i < n; i++) {
		if (strcmp(g->gl_pathv[g->gl_offs + i], want[i]))
			dump(g, want);
		ck_assert_str_eq(g->gl_pathv[g->gl_offs + i], want[i]);
	}
	ck_assert_ptr_null(g->gl_pathv[g->gl_offs + n]);
}

void glt_expect_set(const glob_t *g, const char *const *want)
{
	size_t n = 0;

	while (want[n])
		n++;
	if (g->gl_pathc != n)
		dump(g, want);
	ck_assert_uint_eq(g->gl_pathc, n);
	for (size_t i = 0; i < n; i++) {
		size_t j = 0;

		while (j < g->gl_pathc && strcmp(g->gl_pathv[g->gl_offs + j], want[i]))
			j++;
		if (j == g->gl_pathc)
			dump(g, want);
		ck_assert_uint_lt(j, g->gl_pathc);
	}
}

void glt_glob(const char *pattern, int flags, glob_t *g, int expect)
{
	int r = glob(pattern, flags, 0, g);

	if (r != expect)
		fprintf(stderr, "glob(\"%s\", %#x) = %d\n", pattern, (unsigned)flags, r);
	ck_assert_int_eq(r, expect);
}
