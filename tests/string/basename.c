/* GNU basename from <string.h> under _GNU_SOURCE, POSIX basename from
 * <libgen.h>, in one program and in either include order: this unit has
 * only <string.h>; basename_units.c has the others. */
#define _GNU_SOURCE
#include <string.h>
#include "lwbtest.h"

char *posix_only(char *path);
char *string_then_libgen(char *path);
char *libgen_then_string(char *path);

static const struct {
	const char *path, *gnu, *posix;
} cases[] = {
	{ "/usr/lib", "lib", "lib" },
	{ "/usr/lib/", "", "lib" },
	{ "/", "", "/" },
	{ "", "", "." },
	{ "a//b//", "", "b" },
	{ "a", "a", "a" },
	{ "//a", "a", "a" },
	{ ".", ".", "." },
	{ "..", "..", ".." },
};

START_TEST(gnu_basename)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char buf[32];
		char *r;

		strcpy(buf, cases[i].path);
		r = basename(buf);
		ck_assert_str_eq(r, cases[i].gnu);
		/* A pointer into the argument, which is not modified. */
		ck_assert(r >= buf && r <= buf + strlen(buf));
		ck_assert_str_eq(buf, cases[i].path);
	}
	/* It takes a const string. */
	ck_assert_str_eq(basename((const char *)"/etc/passwd"), "passwd");
}
END_TEST

START_TEST(posix_basename)
{
	char *(*const units[])(char *) = { posix_only, string_then_libgen, libgen_then_string };

	for (size_t u = 0; u < 3; u++)
		for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
			char buf[32];

			strcpy(buf, cases[i].path);
			ck_assert_str_eq(units[u](buf), cases[i].posix);
		}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("basename");
	TCase *tc = tcase_create("basename");

	tcase_add_test(tc, gnu_basename);
	tcase_add_test(tc, posix_basename);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
