/*
 * Differential fuzzing of canonicalize_file_name against glibc.
 *
 * Built in the sanitizer configuration only (the build machine's glibc,
 * clang, libFuzzer): the module's source is compiled in, so
 * canonicalize_file_name is libwildebeest's, and glibc's realpath(path,
 * NULL), which glibc's canonicalize_file_name is, is the reference. Each
 * input is read as a path built from the names of a fixed tree (files,
 * directories, links relative, absolute, dangling, looping and chained, a
 * name longer than NAME_MAX), ".", "..", and single or doubled slashes,
 * relative to the tree or absolute, up to past PATH_MAX; the two must give
 * the same path, or fail with the same errno.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char top[64];
static char longname[NAME_MAX + 2];

static const char *const names[] = {
	"d", "f", "sub", "lf", "lsub", "lsubslash", "up", "abs", "dangling",
	"loop1", "loop2", "chain", "x", ".", "..", "", longname,
};
#define NAMES (sizeof names / sizeof names[0])

static void make(const char *kind, const char *path, const char *target)
{
	char full[256];
	int fd;

	snprintf(full, sizeof full, "%s/%s", top, path);
	if (kind[0] == 'd')
		mkdir(full, 0755);
	else if (kind[0] == 'f' && (fd = open(full, O_WRONLY | O_CREAT | O_CLOEXEC, 0644)) >= 0)
		close(fd);
	else if (kind[0] == 'l' && symlink(target, full))
		abort();
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *f)
{
	(void)st;
	(void)type;
	(void)f;
	remove(path);
	return 0;
}

static void remove_tree(void)
{
	if (chdir("/") == 0)
		nftw(top, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char chain[32], prev[32];

	(void)argc;
	(void)argv;
	snprintf(top, sizeof top, "/tmp/lwb-fuzz-cfn.%ld", (long)getpid());
	if (mkdir(top, 0755))
		abort();
	atexit(remove_tree);
	memset(longname, 'n', NAME_MAX + 1);
	make("d", "d", NULL);
	make("d", "d/sub", NULL);
	make("f", "d/f", NULL);
	make("f", "f", NULL);
	make("d", "sub", NULL);
	make("l", "d/lf", "f");
	make("l", "lf", "d/f");
	make("l", "d/lsub", "sub");
	make("l", "lsub", "d/sub");
	make("l", "d/lsubslash", "sub/");
	make("l", "d/sub/up", "../f");
	make("l", "d/abs", top);
	make("l", "abs", "/");
	make("l", "dangling", "nowhere");
	make("l", "d/dangling", "../x/y");
	make("l", "loop1", "loop2");
	make("l", "loop2", "loop1");
	make("l", "d/loop1", "../loop2");
	/* 41 links, one past glibc's limit. */
	strcpy(prev, "f");
	for (int i = 1; i <= 41; i++) {
		snprintf(chain, sizeof chain, "c%d", i);
		make("l", chain, prev);
		strcpy(prev, chain);
	}
	make("l", "chain", "c40");
	make("l", "d/chain", "../c41");
	if (chdir(top))
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[3 * PATH_MAX];
	size_t len = 0;
	char *mine, *ref;
	int mine_errno, ref_errno;

	path[0] = 0;
	if (size && (data[0] & 1)) {
		len = (size_t)snprintf(path, sizeof path, "%s%s", data[0] & 2 ? "/" : "", top);
	}
	for (size_t i = 1; i < size && len + NAME_MAX + 8 < sizeof path; i++) {
		const char *name = names[data[i] % NAMES];
		const char *sep = (data[i] & 0x80) ? "//" : "/";
		if (len || i > 1 || (data[0] & 1))
			len += (size_t)snprintf(path + len, sizeof path - len, "%s", sep);
		len += (size_t)snprintf(path + len, sizeof path - len, "%s", name);
		/* Repeat a "." run to pass PATH_MAX now and then. */
		if ((data[i] & 0x40) && data[i] % NAMES == 13)
			for (int k = 0; k < 600 && len + 4 < sizeof path; k++)
				len += (size_t)snprintf(path + len, sizeof path - len, "/.");
	}
	errno = 0;
	mine = canonicalize_file_name(path);
	mine_errno = errno;
	errno = 0;
	ref = realpath(path, NULL);
	ref_errno = errno;
	if (!mine != !ref || (mine && strcmp(mine, ref)) || (!mine && mine_errno != ref_errno)) {
		fprintf(stderr, "path %s\n  libwildebeest: %s (%d)\n  glibc:         %s (%d)\n",
			path, mine ? mine : "NULL", mine_errno, ref ? ref : "NULL", ref_errno);
		abort();
	}
	free(mine);
	free(ref);
	return 0;
}
