/*
 * Differential fuzzing of the pwdgrp module's passwd and group readers
 * against glibc's.
 *
 * Built in the sanitizer configuration only (the build machine's glibc,
 * clang, libFuzzer), where the module's functions are linked into the
 * target and glibc's own are reached with dlsym(RTLD_NEXT). The input's
 * first bytes pick buffer sizes and alignments, the rest is read as a
 * passwd file and as a group file, call by call through both
 * implementations; any difference in return value, errno, result pointer,
 * record or stream position aborts. As in fuzz/gshadow, files with a NUL
 * byte, or whose last line is indented and has no newline, are read but
 * not compared (glibc bugs, docs/compat.md).
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int pw_fn(FILE *, struct passwd *, char *, size_t, struct passwd **);
typedef int gr_fn(FILE *, struct group *, char *, size_t, struct group **);

static pw_fn *glibc_pw;
static gr_fn *glibc_gr;
static char last_call[64];

static void differ(const char *what)
{
	fprintf(stderr, "libwildebeest and glibc differ after %s: %s\n", last_call, what);
	abort();
}

static int comparable(const uint8_t *data, size_t size)
{
	size_t last = size;

	if (memchr(data, 0, size))
		return 0;
	if (!size || data[size - 1] == '\n')
		return 1;
	while (last > 0 && data[last - 1] != '\n')
		last--;
	return !isspace(data[last]);
}

static void same_str(const char *a, const char *b)
{
	if (!a != !b || (a && strcmp(a, b)))
		differ("string field");
}

static void same_pw(const struct passwd *a, const struct passwd *b)
{
	same_str(a->pw_name, b->pw_name);
	same_str(a->pw_passwd, b->pw_passwd);
	same_str(a->pw_gecos, b->pw_gecos);
	same_str(a->pw_dir, b->pw_dir);
	same_str(a->pw_shell, b->pw_shell);
	if (a->pw_uid != b->pw_uid || a->pw_gid != b->pw_gid)
		differ("uid or gid");
}

static void same_gr(const struct group *a, const struct group *b)
{
	char **x = a->gr_mem, **y = b->gr_mem;

	same_str(a->gr_name, b->gr_name);
	same_str(a->gr_passwd, b->gr_passwd);
	if (a->gr_gid != b->gr_gid)
		differ("gid");
	if (!x != !y)
		differ("NULL member list");
	for (; x && (*x || *y); x++, y++)
		if (!*x || !*y || strcmp(*x, *y))
			differ("members");
}

static void same_return(int rc0, int rc1, int e0, int e1, int null0, int null1)
{
	if (rc0 != rc1 || (rc0 && e0 != e1) || null0 != null1)
		differ("return value, errno or result");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char buf[2][8192 + 16];
	struct passwd pw[2], *pr[2];
	struct group gr[2], *gq[2];
	size_t sizes[4], n;
	int rc[2], err[2], align, same;
	FILE *f[2];

	if (!glibc_pw) {
		glibc_pw = (pw_fn *)dlsym(RTLD_NEXT, "fgetpwent_r");
		glibc_gr = (gr_fn *)dlsym(RTLD_NEXT, "fgetgrent_r");
		if (!glibc_pw || !glibc_gr)
			abort();
	}
	if (size < 5)
		return 0;
	for (int i = 0; i < 4; i++)
		sizes[i] = data[i] * (i == 3 ? 32 : 1);
	align = data[4] & 7;
	data += 5;
	size -= 5;
	same = comparable(data, size);

	for (int db = 0; db < 2; db++) {
		for (int i = 0; i < 2; i++) {
			f[i] = fmemopen((void *)data, size, "r");
			if (!f[i])
				abort();
		}
		for (int call = 0, grow = 0; call < 64; call++) {
			n = sizes[call & 3] + grow;
			if (n > 8192)
				n = 8192;
			snprintf(last_call, sizeof last_call, "%s size %zu", db ? "fgetgrent_r" : "fgetpwent_r", n);
			for (int i = 0; i < 2; i++) {
				errno = 0;
				if (db)
					rc[i] = (i ? glibc_gr : fgetgrent_r)(f[i], &gr[i], buf[i] + align, n, &gq[i]);
				else
					rc[i] = (i ? glibc_pw : fgetpwent_r)(f[i], &pw[i], buf[i] + align, n, &pr[i]);
				err[i] = errno;
			}
			if (same) {
				if (db)
					same_return(rc[0], rc[1], err[0], err[1], !gq[0], !gq[1]);
				else
					same_return(rc[0], rc[1], err[0], err[1], !pr[0], !pr[1]);
				if (ftell(f[0]) != ftell(f[1]))
					differ("stream position");
				if (!rc[0] && db)
					same_gr(&gr[0], &gr[1]);
				else if (!rc[0])
					same_pw(&pw[0], &pw[1]);
			}
			if (rc[0] == ERANGE && n < 8192) {
				grow += 64;
				continue;
			}
			if (rc[0])
				break;
		}
		fclose(f[0]);
		fclose(f[1]);
	}
	return 0;
}
