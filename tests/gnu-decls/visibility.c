/*
 * Which names each mode shows, as glibc decides: the other files of this
 * test are compiled with _POSIX_C_SOURCE alone and with _DEFAULT_SOURCE, and record what they saw; names that must stay hidden
 * are declared there as variables, which compiles only while the headers
 * do not declare them.
 */
#include "lwbtest.h"
#include "vis.h"

START_TEST(strict)
{
	ck_assert_int_eq(vis_strict[VIS_TEMP_FAILURE_RETRY], 0);
	ck_assert_int_eq(vis_strict[VIS_STRNDUPA], 0);
	ck_assert_int_eq(vis_strict[VIS_ACCESSPERMS], 0);
	ck_assert_int_eq(vis_strict[VIS_WAIT_ANY], 0);
	ck_assert_int_eq(vis_strict[VIS_W_EXITCODE], 0);
	ck_assert_int_eq(vis_strict[VIS_LOCK_SH], 0);
	ck_assert_int_eq(vis_strict[VIS_LOCK_MAND], 0);
	ck_assert_int_eq(vis_strict[VIS_ERROR_T], 0);
	ck_assert_int_eq(vis_strict[VIS_CPU_SET_S], 0);
	/* The implementation's names, in every mode. */
	ck_assert_int_eq(vis_strict[VIS_D_EXACT_NAMLEN], 1);
	ck_assert_int_eq(vis_strict[VIS_COMPAR_FN_T], 1);
	ck_assert_int_eq(vis_strict_uses(), 0);
}
END_TEST

START_TEST(default_source)
{
	ck_assert_int_eq(vis_default[VIS_ACCESSPERMS], 1);
	ck_assert_int_eq(vis_default[VIS_WAIT_ANY], 1);
	ck_assert_int_eq(vis_default[VIS_W_EXITCODE], 1);
	ck_assert_int_eq(vis_default[VIS_LOCK_SH], 1);
	ck_assert_int_eq(vis_default[VIS_D_EXACT_NAMLEN], 1);
	ck_assert_int_eq(vis_default[VIS_COMPAR_FN_T], 1);
	ck_assert_int_eq(vis_default[VIS_TEMP_FAILURE_RETRY], 0);
	ck_assert_int_eq(vis_default[VIS_STRNDUPA], 0);
	ck_assert_int_eq(vis_default[VIS_LOCK_MAND], 0);
	ck_assert_int_eq(vis_default[VIS_ERROR_T], 0);
	ck_assert_int_eq(vis_default[VIS_CPU_SET_S], 0);
	ck_assert_int_eq(vis_default_uses(), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("gnu_decls_visibility");
	TCase *tc = tcase_create("visibility");

	tcase_add_test(tc, strict);
	tcase_add_test(tc, default_source);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
