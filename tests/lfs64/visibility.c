/*
 * The large-file names appear in exactly the modes glibc gives them: the
 * other files of this test are compiled with POSIX alone, with
 * _LARGEFILE64_SOURCE and POSIX, and with _LARGEFILE64_SOURCE in the
 * default mode. Names that must be missing are declared there as variables
 * (which compiles only while the headers do not declare them); names that
 * must be there are assigned to pointers of glibc's types. So this test is
 * decided at compile time; at run time each file reports a zero sum.
 */
#include "lwbtest.h"

int vis_posix(void);
int vis_lfs(void);
int vis_lfs_default(void);

START_TEST(modes)
{
	ck_assert_int_eq(vis_posix(), 0);
	ck_assert_int_eq(vis_lfs(), 0);
	ck_assert_int_eq(vis_lfs_default(), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("lfs64_visibility");
	TCase *tc = tcase_create("visibility");

	tcase_add_test(tc, modes);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
