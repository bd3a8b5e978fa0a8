/*
 * fts64 as code written for glibc uses it: FTSENT64's fts_statp is a
 * struct stat64 *, its comparison function takes FTSENT64s. This builds
 * (under -Werror) only where, as on glibc, FTSENT64 is a structure of its
 * own whose fts_statp has the type stat64 fills; the musl build takes
 * libwildebeest-lfs64 too, where struct stat64 is a type of its own.
 */
#define _GNU_SOURCE
#include <fts.h>
#include <string.h>
#include <sys/stat.h>
#include "ftstest.h"
#include "lwbtest.h"

static int by_size64(const FTSENT64 **a, const FTSENT64 **b)
{
	const struct stat64 *sa = (*a)->fts_statp, *sb = (*b)->fts_statp;

	if (sa->st_size != sb->st_size)
		return sa->st_size < sb->st_size ? -1 : 1;
	return strcmp((*a)->fts_name, (*b)->fts_name);
}

START_TEST(fts_statp_is_a_struct_stat64)
{
	char *roots[] = { "a", NULL };
	struct stat64 st;
	FTSENT64 *e;
	FTS64 *fts;
	int files = 0;

	enter_tmpdir();
	tree_basic();
	fts = fts64_open(roots, FTS_PHYSICAL, by_size64);
	ck_assert_ptr_nonnull(fts);
	while ((e = fts64_read(fts))) {
		struct stat64 *sp = e->fts_statp;

		if (e->fts_info != FTS_F)
			continue;
		files++;
		ck_assert_int_eq(lstat64(e->fts_accpath, &st), 0);
		ck_assert_uint_eq(sp->st_ino, st.st_ino);
		ck_assert_int_eq(sp->st_size, st.st_size);
	}
	ck_assert_int_gt(files, 0);
	ck_assert_int_eq(fts64_close(fts), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fts64 with lfs64");
	TCase *tc = fts_tcase("fts64_lfs64");

	tcase_add_test(tc, fts_statp_is_a_struct_stat64);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
