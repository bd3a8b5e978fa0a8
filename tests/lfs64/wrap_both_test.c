/*
 * A shared object that defines both stat and stat64, lstat and lstat64
 * (wrap_both.c, as kmod's LD_PRELOAD library does) builds and links, and
 * each of its functions is its own, filling its own structure: here past
 * 4 GiB, on a sparse file and through a symbolic link. The object is
 * opened with RTLD_LOCAL so its stat interposes on no one's.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>
#include "lwbtest.h"

#define BIG ((off_t)5 << 30)

typedef int stat_fn(const char *, struct stat *);
typedef int stat64_fn(const char *, struct stat64 *);
typedef int statfs_fn(const char *, struct statfs *);
typedef int statfs64_fn(const char *, struct statfs64 *);
typedef int fstatfs_fn(int, struct statfs *);
typedef int fstatfs64_fn(int, struct statfs64 *);

static void *lookup(void *so, const char *name)
{
	void *p = dlsym(so, name);

	ck_assert_msg(p != NULL, "%s: %s", name, dlerror());
	return p;
}

START_TEST(stat_and_stat64)
{
	const char *lib = getenv("LWBT_WRAP_BOTH");
	char *dir = lwbt_tmpdir(), *path = lwbt_path(dir, "big"), *link = lwbt_path(dir, "link");
	stat_fn *s, *ls;
	stat64_fn *s64, *ls64;
	struct stat64 st64;
	struct stat st;
	void *so;
	int fd;

	ck_assert_ptr_nonnull(lib);
	so = dlopen(lib, RTLD_NOW | RTLD_LOCAL);
	ck_assert_msg(so != NULL, "%s", dlerror());
	/* POSIX's way from dlsym's void * to a function pointer. */
	*(void **)&s = lookup(so, "stat");
	*(void **)&ls = lookup(so, "lstat");
	*(void **)&s64 = lookup(so, "stat64");
	*(void **)&ls64 = lookup(so, "lstat64");
	ck_assert_ptr_ne(*(void **)&s, *(void **)&s64);
	ck_assert_ptr_ne(*(void **)&ls, *(void **)&ls64);

	fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, BIG + 1), 0);
	close(fd);
	lwbt_symlink(dir, "big", "link");

	memset(&st, 0, sizeof st);
	ck_assert_int_eq(s(link, &st), 32);
	ck_assert_int_eq(st.st_size, BIG + 1);
	memset(&st64, 0, sizeof st64);
	ck_assert_int_eq(s64(link, &st64), 64);
	ck_assert_int_eq(st64.st_size, BIG + 1);
	ck_assert_uint_eq(st64.st_ino, st.st_ino);
	ck_assert(S_ISREG(st64.st_mode));

	ck_assert_int_eq(ls(link, &st), 32);
	ck_assert(S_ISLNK(st.st_mode));
	ck_assert_int_eq(ls64(link, &st64), 64);
	ck_assert(S_ISLNK(st64.st_mode));
	ck_assert_uint_eq(st64.st_ino, st.st_ino);
	ck_assert_int_eq(st64.st_size, 3);

	errno = 0;
	ck_assert_int_eq(s64(dir, &st64), 64);
	ck_assert(S_ISDIR(st64.st_mode));
	ck_assert_int_eq(unlink(path), 0);
	ck_assert_int_eq(s64(link, &st64), -1);
	ck_assert_int_eq(errno, ENOENT);
	dlclose(so);
	lwbt_rmtree(dir);
	free(link);
	free(path);
	free(dir);
}
END_TEST

/* statfs and statfs64, fstatfs and fstatfs64: four functions, two
 * structures of one layout. */
START_TEST(statfs_and_statfs64)
{
	const char *lib = getenv("LWBT_WRAP_BOTH");
	statfs_fn *s;
	statfs64_fn *s64;
	fstatfs_fn *fs;
	fstatfs64_fn *fs64;
	struct statfs64 buf64;
	struct statfs buf;
	void *so;
	int fd = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	ck_assert_int_ge(fd, 0);
	ck_assert_uint_eq(sizeof buf64, sizeof buf);
	ck_assert_uint_eq(sizeof buf64.f_blocks, 8);
	ck_assert_uint_eq(sizeof buf64.f_files, 8);
	ck_assert_int_eq(statfs64("/", &buf64), 0);
	ck_assert_int_eq(statfs("/", &buf), 0);
	ck_assert_int_eq(buf64.f_type, buf.f_type);
	ck_assert_int_eq(buf64.f_bsize, buf.f_bsize);
	ck_assert_int_eq(fstatfs64(fd, &buf64), 0);
	ck_assert_int_eq(buf64.f_type, buf.f_type);

	ck_assert_ptr_nonnull(lib);
	so = dlopen(lib, RTLD_NOW | RTLD_LOCAL);
	ck_assert_msg(so != NULL, "%s", dlerror());
	*(void **)&s = lookup(so, "statfs");
	*(void **)&s64 = lookup(so, "statfs64");
	*(void **)&fs = lookup(so, "fstatfs");
	*(void **)&fs64 = lookup(so, "fstatfs64");
	ck_assert_int_eq(s("/", &buf), 32);
	ck_assert_int_eq(buf.f_type, 0x3232);
	ck_assert_int_eq(s64("/", &buf64), 64);
	ck_assert_int_eq(buf64.f_type, 0x6464);
	ck_assert_int_eq(fs(fd, &buf), 32);
	ck_assert_int_eq(fs64(fd, &buf64), 64);
	ck_assert_int_eq(s64("/nonexistent/lwb", &buf64), -1);
	dlclose(so);
	close(fd);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("lfs64_wrap_both");
	TCase *tc = tcase_create("wrap_both");

	tcase_add_test(tc, stat_and_stat64);
	tcase_add_test(tc, statfs_and_statfs64);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
