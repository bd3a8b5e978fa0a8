/* A caller that never includes libwildebeest's <ftw.h>: built without the
 * module's -I flags, on musl it sees musl's header, which knows nothing of
 * FTW_ACTIONRETVAL. The link still routes nftw to the GNU walk. No
 * _GNU_SOURCE either, so glibc hides its GNU names too and both libcs
 * compile the same code: the GNU values as literals, as such callers do. */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"

#ifdef FTW_ACTIONRETVAL
#error "this test must not see FTW_ACTIONRETVAL"
#endif

static int seen;

static int skip_b(const char *path, const struct stat *st, int type, struct FTW *f)
{
	(void)st;
	(void)type;
	(void)f;
	seen++;
	return strcmp(path + strlen(path) - 2, "/b") ? 0 : 2;	/* FTW_SKIP_SUBTREE */
}

START_TEST(actionretval_without_the_header)
{
	char *top = lwbt_tmpdir();

	lwbt_mkdir(top, "b", 0755);
	lwbt_touch(top, "b/x");
	lwbt_touch(top, "b/y");
	lwbt_touch(top, "z");
	/* 16 is FTW_ACTIONRETVAL: b's contents are skipped, the walk goes on. */
	ck_assert_int_eq(nftw(top, skip_b, 4, 16), 0);
	ck_assert_int_eq(seen, 3);
	/* Without it, 2 is an ordinary answer that ends the walk. */
	seen = 0;
	ck_assert_int_eq(nftw(top, skip_b, 4, 0), 2);
	lwbt_rmtree(top);
	free(top);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("nftw without the header");
	TCase *tc = tcase_create("nomask");

	tcase_add_test(tc, actionretval_without_the_header);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
