/*
 * canonicalize_file_name as glibc answers it: every kind of component
 * (".", "..", links relative and absolute, chains up to glibc's 40 links),
 * every error (NULL, "", ENOENT, ENOTDIR on a file followed by anything,
 * ELOOP, EACCES, ENAMETOOLONG), a leading "//", inputs longer than PATH_MAX,
 * and a working directory deeper than PATH_MAX.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"

static char *top;	/* the test's directory, resolved */

static void expect(const char *name, const char *want)
{
	char *got, *full;

	errno = 0;
	got = canonicalize_file_name(name);
	ck_assert_msg(got != NULL, "%s: NULL, errno %d", name, errno);
	if (want[0] == '/')
		full = strdup(want);
	else if (!want[0])
		full = strdup(top);
	else
		full = lwbt_path(top, want);
	ck_assert_str_eq(got, full);
	free(full);
	free(got);
}

/* Through a pointer: glibc declares the argument nonnull (so a sanitizer
 * would stop the NULL case), yet answers NULL with EINVAL. */
static char *(*volatile resolve)(const char *) = canonicalize_file_name;

static void expect_error(const char *name, int err)
{
	char *got;

	errno = 0;
	got = resolve(name);
	ck_assert_msg(got == NULL, "%s: %s, wanted errno %d", name ? name : "NULL",
		      got ? got : "", err);
	ck_assert_int_eq(errno, err);
}

static void teardown(void)
{
	ck_assert_int_eq(chdir("/"), 0);
	lwbt_rmtree(top);
	free(top);
}

static void setup_tree(void)
{
	char *dir = lwbt_tmpdir();
	char *abs;

	top = realpath(dir, NULL);
	ck_assert_ptr_nonnull(top);
	free(dir);
	ck_assert_int_eq(chdir(top), 0);
	lwbt_mkdir(top, "d", 0755);
	lwbt_mkdir(top, "d/sub", 0755);
	lwbt_touch(top, "d/f");
	lwbt_symlink(top, "f", "d/lf");
	lwbt_symlink(top, "sub", "d/lsub");
	lwbt_symlink(top, "sub/", "d/lsubslash");
	lwbt_symlink(top, "../f", "d/sub/up");
	lwbt_symlink(top, "nowhere", "d/dangling");
	lwbt_symlink(top, "loop2", "d/loop1");
	lwbt_symlink(top, "loop1", "d/loop2");
	abs = lwbt_path(top, "d");
	lwbt_symlink(top, abs, "d/abs");
	free(abs);
}

START_TEST(components)
{
	setup_tree();
	expect(".", "");
	expect("d", "d");
	expect("d/", "d");
	expect("d//", "d");
	expect("d/f", "d/f");
	expect("./d/./f", "d/f");
	expect("d/sub/..", "d");
	expect("d/sub/../f", "d/f");
	expect("d/lf", "d/f");
	expect("d/lsub", "d/sub");
	expect("d/lsub/", "d/sub");
	expect("d/lsubslash", "d/sub");
	/* A link is resolved before the ".." after it. */
	expect("d/lsub/..", "d");
	expect("d/sub/up", "d/f");
	expect("d/abs/sub/../f", "d/f");
	expect(top, "");
	expect("/", "/");
	expect("/..", "/");
	expect("/../..", "/");
	expect("/.", "/");
	/* A leading "//" is "/" (musl's realpath keeps it). */
	expect("//", "/");
	expect("///", "/");
	expect("//.", "/");
	expect("//..", "/");
	{
		char *p = malloc(strlen(top) + 3);
		sprintf(p, "/%s/", top);
		expect(p, "");
		free(p);
	}
	teardown();
}
END_TEST

START_TEST(errors)
{
	setup_tree();
	expect_error(NULL, EINVAL);
	expect_error("", ENOENT);
	expect_error("nope", ENOENT);
	expect_error("d/nope/x", ENOENT);
	expect_error("d/dangling", ENOENT);
	expect_error("d/dangling/", ENOENT);
	/* A file followed by anything at all, a slash included. */
	expect_error("d/f/", ENOTDIR);
	expect_error("d/f/.", ENOTDIR);
	expect_error("d/f/..", ENOTDIR);
	expect_error("d/f/x", ENOTDIR);
	expect_error("d/lf/", ENOTDIR);
	expect_error("d/loop1", ELOOP);
	expect_error("d/loop1/x", ELOOP);
	{
		char name[NAME_MAX + 2];
		memset(name, 'n', sizeof name - 1);
		name[sizeof name - 1] = 0;
		expect_error(name, ENAMETOOLONG);
	}
	teardown();
}
END_TEST

/* glibc follows 40 links in one resolution, counted across components. */
START_TEST(link_limit)
{
	char name[32], prev[32];

	setup_tree();
	lwbt_mkdir(top, "c", 0755);
	lwbt_touch(top, "c/target");
	strcpy(prev, "target");
	for (int i = 1; i <= 41; i++) {
		snprintf(name, sizeof name, "c/l%d", i);
		lwbt_symlink(top, prev, name);
		snprintf(prev, sizeof prev, "l%d", i);
	}
	expect("c/l40", "c/target");
	expect_error("c/l41", ELOOP);
	/* 25 links to the directory, then 15 or 16 to the file. */
	lwbt_symlink(top, "c", "dl1");
	for (int i = 2; i <= 25; i++) {
		snprintf(name, sizeof name, "dl%d", i);
		snprintf(prev, sizeof prev, "dl%d", i - 1);
		lwbt_symlink(top, prev, name);
	}
	expect("dl25/l15", "c/target");
	expect_error("dl25/l16", ELOOP);
	teardown();
}
END_TEST

/* A directory that cannot be searched hides what is in it, but "." and ".."
 * after it are taken off by name. */
START_TEST(permissions)
{
	pid_t child;
	int status;

	setup_tree();
	lwbt_mkdir(top, "closed", 0755);
	lwbt_touch(top, "closed/f");
	lwbt_chmod(top, "closed", 0);
	child = fork();
	ck_assert_int_ge(child, 0);
	if (child == 0) {
		if (lwbt_drop_privileges())
			_exit(77);
		expect_error("closed/f", EACCES);
		expect_error("closed/nope", EACCES);
		expect("closed", "closed");
		expect("closed/.", "closed");
		expect("closed/..", "");
		_exit(0);
	}
	ck_assert_int_eq(waitpid(child, &status, 0), child);
	teardown();
	ck_assert_msg(WIFEXITED(status) && (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 77),
		      "unprivileged checks failed: status %#x", status);
}
END_TEST

/* Inputs are not limited to PATH_MAX; each looked-up path is. */
START_TEST(long_input)
{
	size_t n = 3 * PATH_MAX;
	char *p = malloc(n + 8);

	setup_tree();
	p[0] = 0;
	while (strlen(p) + 2 < n)
		strcat(p, "./");
	strcat(p, "d/f");
	expect(p, "d/f");
	free(p);
	teardown();
}
END_TEST

/* A working directory deeper than PATH_MAX: "." and ".." resolve from it
 * (glibc's getcwd walks up where the kernel's answer does not fit), a name
 * in it is too long to look up. */
START_TEST(deep_cwd)
{
	char name[201], *want, *got;
	size_t len;

	setup_tree();
	memset(name, 'z', 200);
	name[200] = 0;
	want = strdup(top);
	for (int i = 0; i < 25; i++) {
		ck_assert_int_eq(mkdir(name, 0755), 0);
		ck_assert_int_eq(chdir(name), 0);
		len = strlen(want);
		want = realloc(want, len + 202);
		want[len] = '/';
		strcpy(want + len + 1, name);
	}
	ck_assert_uint_gt(strlen(want), PATH_MAX);
	close(open("f", O_WRONLY | O_CREAT | O_CLOEXEC, 0644));
	got = canonicalize_file_name(".");
	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, want);
	free(got);
	got = canonicalize_file_name("..");
	ck_assert_ptr_nonnull(got);
	want[strlen(want) - 201] = 0;
	ck_assert_str_eq(got, want);
	free(got);
	free(want);
	expect_error("f", ENAMETOOLONG);
	expect_error("nope", ENAMETOOLONG);
	expect(top, "");
	teardown();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("gnu_decls_canonicalize");
	TCase *tc = tcase_create("canonicalize");

	tcase_add_test(tc, components);
	tcase_add_test(tc, errors);
	tcase_add_test(tc, link_limit);
	tcase_add_test(tc, permissions);
	tcase_add_test(tc, long_input);
	tcase_add_test(tc, deep_cwd);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
