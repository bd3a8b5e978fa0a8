#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lwbtest.h"

char *lwbt_tmpdir(void)
{
	const char *base = getenv("TMPDIR");
	char *dir;

	if (!base || !*base)
		base = "/tmp";
	ck_assert(asprintf(&dir, "%s/lwbt.XXXXXX", base) > 0);
	ck_assert_msg(mkdtemp(dir), "mkdtemp in %s: %s", base, strerror(errno));
	ck_assert(chmod(dir, 0755) == 0);
	return dir;
}

char *lwbt_path(const char *root, const char *path)
{
	char *p;

	ck_assert(asprintf(&p, "%s/%s", root, path) > 0);
	return p;
}

void lwbt_mkdir(const char *root, const char *path, int mode)
{
	char *p = lwbt_path(root, path);

	ck_assert_msg(mkdir(p, 0700) == 0, "mkdir %s: %s", p, strerror(errno));
	ck_assert(chmod(p, (mode_t)mode) == 0);
	free(p);
}

void lwbt_touch(const char *root, const char *path)
{
	char *p = lwbt_path(root, path);
	int fd = open(p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);

	ck_assert_msg(fd >= 0, "create %s: %s", p, strerror(errno));
	close(fd);
	free(p);
}

void lwbt_symlink(const char *root, const char *target, const char *path)
{
	char *p = lwbt_path(root, path);

	ck_assert_msg(symlink(target, p) == 0, "symlink %s: %s", p, strerror(errno));
	free(p);
}

void lwbt_chmod(const char *root, const char *path, int mode)
{
	char *p = lwbt_path(root, path);

	ck_assert_msg(chmod(p, (mode_t)mode) == 0, "chmod %s: %s", p, strerror(errno));
	free(p);
}

static void rmtree_at(int parent, const char *name)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	int fd;

	if (fstatat(parent, name, &st, AT_SYMLINK_NOFOLLOW))
		return;
	if (!S_ISDIR(st.st_mode)) {
		unlinkat(parent, name, 0);
		return;
	}
	fchmodat(parent, name, 0700, 0);
	fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd >= 0 && (d = fdopendir(fd))) {
		while ((e = readdir(d)))
			if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
				rmtree_at(dirfd(d), e->d_name);
		closedir(d);
	} else if (fd >= 0) {
		close(fd);
	}
	unlinkat(parent, name, AT_REMOVEDIR);
}

void lwbt_rmtree(const char *path)
{
	rmtree_at(AT_FDCWD, path);
}

int lwbt_count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *e;
	int n = 0;

	ck_assert_msg(d, "/proc/self/fd: %s", strerror(errno));
	while ((e = readdir(d)))
		if (e->d_name[0] != '.')
			n++;
	closedir(d);
	return n - 1; /* the descriptor reading /proc/self/fd */
}

int lwbt_drop_privileges(void)
{
	if (geteuid() != 0)
		return 0;
	if (setgroups(0, NULL) || setgid(65534) || setuid(65534))
		return -1;
	return 0;
}

static int write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = write(fd, text, strlen(text));
	close(fd);
	return n == (ssize_t)strlen(text) ? 0 : -1;
}

int lwbt_private_mounts(void)
{
	uid_t uid = geteuid();
	gid_t gid = getegid();
	char map[64];

	if (uid != 0) {
		if (unshare(CLONE_NEWUSER | CLONE_NEWNS))
			return -1;
		write_file("/proc/self/setgroups", "deny");
		snprintf(map, sizeof map, "0 %u 1\n", (unsigned)uid);
		if (write_file("/proc/self/uid_map", map))
			return -1;
		snprintf(map, sizeof map, "0 %u 1\n", (unsigned)gid);
		if (write_file("/proc/self/gid_map", map))
			return -1;
	} else if (unshare(CLONE_NEWNS)) {
		return -1;
	}
	return mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);
}

static const char *fixture_for(const char *const fixtures[][2], size_t n,
	const char *name, int *found)
{
	for (size_t i = 0; i < n; i++) {
		if (!strcmp(fixtures[i][0], name)) {
			*found = 1;
			return fixtures[i][1];
		}
	}
	*found = 0;
	return NULL;
}

static int copy_file(const char *from, int dirfd, const char *name)
{
	char buf[65536];
	int in = open(from, O_RDONLY | O_CLOEXEC);
	int out;
	ssize_t n = 0;

	if (in < 0)
		return -1;
	out = openat(dirfd, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (out < 0) {
		close(in);
		return -1;
	}
	while ((n = read(in, buf, sizeof buf)) > 0)
		if (write(out, buf, (size_t)n) != n) {
			n = -1;
			break;
		}
	close(in);
	close(out);
	return n < 0 ? -1 : 0;
}

int lwbt_fake_etc(const char *const fixtures[][2], size_t n)
{
	int old = open("/etc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int new, found, r = -1;
	struct dirent *e;
	DIR *d;

	if (old < 0)
		return -1;
	if (mount("tmpfs", "/etc", "tmpfs", 0, "mode=0755"))
		goto out;
	new = open("/etc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (new < 0)
		goto out;
	d = fdopendir(dup(old));
	if (!d) {
		close(new);
		goto out;
	}
	while ((e = readdir(d))) {
		struct stat st;
		char from[64 + sizeof e->d_name], to[8 + sizeof e->d_name];

		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		fixture_for(fixtures, n, e->d_name, &found);
		if (found || fstatat(old, e->d_name, &st, AT_SYMLINK_NOFOLLOW))
			continue;
		if (S_ISLNK(st.st_mode)) {
			char target[4096];
			ssize_t len = readlinkat(old, e->d_name, target, sizeof target - 1);

			if (len < 0)
				continue;
			target[len] = 0;
			symlinkat(target, new, e->d_name);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			if (mkdirat(new, e->d_name, 0755))
				continue;
		} else {
			int fd = openat(new, e->d_name, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);

			if (fd < 0)
				continue;
			close(fd);
		}
		snprintf(from, sizeof from, "/proc/self/fd/%d/%s", old, e->d_name);
		snprintf(to, sizeof to, "/etc/%s", e->d_name);
		mount(from, to, NULL, MS_BIND | MS_REC, NULL);
	}
	closedir(d);
	r = 0;
	for (size_t i = 0; i < n; i++)
		if (fixtures[i][1] && copy_file(fixtures[i][1], new, fixtures[i][0]))
			r = -1;
	close(new);
out:
	close(old);
	return r;
}

char **lwbt_readdir_order(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0;

	ck_assert_msg(d, "opendir %s: %s", dir, strerror(errno));
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		names = realloc(names, (n + 2) * sizeof *names);
		ck_assert(names);
		names[n++] = strdup(e->d_name);
	}
	closedir(d);
	names = realloc(names, (n + 1) * sizeof *names);
	ck_assert(names);
	names[n] = NULL;
	return names;
}

void lwbt_free_names(char **names)
{
	for (size_t i = 0; names[i]; i++)
		free(names[i]);
	free(names);
}

int lwbt_run(Suite *s)
{
	SRunner *r = srunner_create(s);
	int failed;

	srunner_run_all(r, CK_ENV);
	failed = srunner_ntests_failed(r);
	srunner_free(r);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
