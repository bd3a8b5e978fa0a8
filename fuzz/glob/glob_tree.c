/*
 * Differential fuzzing of the glob module against glibc's glob.
 *
 * Built in the sanitizer configuration only (the build machine's glibc,
 * clang, libFuzzer): there -Wl,--wrap=glob sends glob() to libwildebeest
 * and __real_glob() is glibc's own. A fixed tree (files, directories,
 * links to both, a dangling link, names with wildcards and braces in
 * them) is made once in a private directory; each input picks flags, a
 * pattern, whether to append to an earlier result, whether the directory
 * callbacks of GLOB_ALTDIRFUNC fail for some directories, and the error
 * callback's answer, and globs with both. Any difference in the return
 * value, the results, gl_pathc, gl_flags, the error callback's calls or
 * (under GLOB_ALTDIRFUNC) the directory callbacks' calls aborts. ASan,
 * UBSan and LeakSanitizer watch the rest.
 *
 * The tree sits 16 directories below the private directory, so no pattern
 * of at most 24 bytes can climb out of it ("..", or "*" under GLOB_PERIOD,
 * takes two bytes a level, and brace expansion never lengthens a pattern).
 * Patterns that could start at the root ("/proc", "{,a}/x") or in another
 * user's home ("~root") are passed over, since what they find may change
 * between the two calls; tests/glob covers absolute patterns and other
 * users' homes.
 *
 * gl_offs stays 0 under GLOB_DOOFFS: ASan's interceptor of glibc's glob
 * reads gl_pathv from 0 to gl_pathc, null slots included. Patterns are
 * at most 24 bytes, which keeps brace expansion small: every input takes
 * well under a second on both sides, and libFuzzer's -timeout (10 s,
 * fuzz/meson.build) is the bound enforced.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int __real_glob(const char *, int, int (*)(const char *, int), glob_t *);
void __real_globfree(glob_t *);
const char *__lsan_default_suppressions(void);
const char *__lsan_default_options(void);

/* glibc 2.36 leaks its GLOB_DOOFFS vector on some paths (the calloc at
 * posix/glob.c:345, for one "~/" under GLOB_DOOFFS | GLOB_TILDE_CHECK):
 * not libwildebeest's to report, nor to list after every leak check. */
const char *__lsan_default_suppressions(void)
{
	return "leak:posix/glob.c\n";
}

const char *__lsan_default_options(void)
{
	return "print_suppressions=0";
}

#define MAX_PATTERN 24

static struct {
	char log[8192];
	size_t len;
	const char *fail;	/* opendir fails for paths with this in them */
	int answer;		/* the error callback's */
} run;

static void note(const char *what, const char *path, int value)
{
	int n = snprintf(run.log + run.len, sizeof run.log - run.len, "%s(%s)%d ", what, path, value);

	if (n > 0 && (size_t)n < sizeof run.log - run.len)
		run.len += (size_t)n;
}

static int on_error(const char *path, int err)
{
	note("error", path, err);
	return run.answer;
}

static void *alt_opendir(const char *path)
{
	note("opendir", path, 0);
	if (run.fail && strstr(path, run.fail)) {
		errno = EACCES;
		return 0;
	}
	return opendir(path);
}

static struct dirent *alt_readdir(void *d)
{
	return readdir(d);
}

static void alt_closedir(void *d)
{
	note("closedir", "", 0);
	closedir(d);
}

static int alt_lstat(const char *path, struct stat *st)
{
	int r = lstat(path, st);

	note("lstat", path, r);
	return r;
}

static int alt_stat(const char *path, struct stat *st)
{
	int r = stat(path, st);

	note("stat", path, r);
	return r;
}

static char top[64];

static void make(const char *path, int dir)
{
	if (dir)
		mkdir(path, 0755);
	else
		close(open(path, O_CREAT | O_WRONLY, 0644));
}

static void cleanup(void)
{
	char cmd[96];

	if (chdir("/") == 0) {
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", top);
		if (system(cmd))
			fprintf(stderr, "could not remove %s\n", top);
	}
}

/* Whether a pattern could name something outside the private directory:
 * a '/' where a path could start once braces are expanded and backslashes
 * removed, or a '~' that could start "~name". */
static int may_leave(const char *p)
{
	for (size_t i = 0; p[i]; i++) {
		if (p[i] == '/' && (i == 0 || strchr("{,}\\", p[i - 1])))
			return 1;
		if (p[i] == '~' && p[i + 1] && p[i + 1] != '/')
			return 1;
	}
	return 0;
}

/* The tree, in top/p/p/.../p/t, 16 levels down; nothing else touches top. */
static void setup(void)
{
	static const char *const dirs[] = { "t", "t/a", "t/b", "t/c", "t/d", "t/d/e", "t/dd", "t/.hd", 0 };
	static const char *const files[] = { "t/a/x", "t/a/y", "t/a/.h", "t/ab", "t/ac", "t/b/x", "t/d/e/x", "t/dd/x",
		"t/f", "t/ff", "t/.hid", "t/.hd/x", "t/x{y", "t/x}y", "t/x,y", "t/{}", "t/[a]", "t/a*b", "t/a\\b",
		"t/~", "t/-", 0 };
	char home[256];

	snprintf(top, sizeof top, "/tmp/lwbfuzz-glob.XXXXXX");
	if (!mkdtemp(top) || chdir(top))
		abort();
	for (int i = 0; i < 16; i++)
		if (mkdir("p", 0755) || chdir("p"))
			abort();
	for (int i = 0; dirs[i]; i++)
		make(dirs[i], 1);
	for (int i = 0; files[i]; i++)
		make(files[i], 0);
	if (symlink("a", "t/la") || symlink("ab", "t/lf") || symlink("nowhere", "t/dang") || chdir("t"))
		abort();
	if (!getcwd(home, sizeof home - 4))
		abort();
	strcat(home, "/d");
	setenv("HOME", home, 1);
	atexit(cleanup);
}

static int call(int (*glob_impl)(const char *, int, int (*)(const char *, int), glob_t *),
	void (*free_impl)(glob_t *), const char *pattern, int flags, int append, char *out, size_t size)
{
	glob_t g;
	size_t k;
	int r0 = 0, r;

	memset(&g, 0, sizeof g);
	g.gl_flags = 0x7f000000;
	g.gl_opendir = alt_opendir;
	g.gl_readdir = alt_readdir;
	g.gl_closedir = alt_closedir;
	g.gl_lstat = alt_lstat;
	g.gl_stat = alt_stat;
	run.len = 0;
	run.log[0] = 0;
	if (append) {
		r0 = glob_impl("a/*", flags & GLOB_DOOFFS, 0, &g);
		flags |= GLOB_APPEND;
	}
	r = glob_impl(pattern, flags, on_error, &g);
	k = (size_t)snprintf(out, size, "r0=%d r=%d", r0, r);
	if (r != -1) {
		k += (size_t)snprintf(out + k, size - k, " pathc=%zu flags=%#x pathv=%s", g.gl_pathc,
			(unsigned)g.gl_flags, g.gl_pathv ? "set" : "null");
		for (size_t i = 0; g.gl_pathv && i <= g.gl_pathc && k < size - 300; i++)
			k += (size_t)snprintf(out + k, size - k, " <%s>", g.gl_pathv[i] ? g.gl_pathv[i] : "(null)");
		if (!(flags & GLOB_ALTDIRFUNC))
			run.len = 0;
		k += (size_t)snprintf(out + k, size - k, " | %.*s", (int)run.len, run.log);
		free_impl(&g);
	}
	return r;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char ours[16384], theirs[16384];
	char pattern[MAX_PATTERN + 1];
	size_t plen;
	int flags, append;

	if (!top[0])
		setup();
	if (size < 3)
		return 0;
	flags = (data[0] | data[1] << 8) & 0x7edf;	/* every flag but GLOB_APPEND */
	append = data[2] & 1;
	run.fail = data[2] & 2 ? (data[2] & 4 ? "b" : "d") : 0;
	run.answer = (data[2] >> 3) & 1;
	plen = size - 3 > MAX_PATTERN ? MAX_PATTERN : size - 3;
	memcpy(pattern, data + 3, plen);
	pattern[plen] = 0;
	if (may_leave(pattern))
		return 0;

	call(glob, globfree, pattern, flags, append, ours, sizeof ours);
	call(__real_glob, __real_globfree, pattern, flags, append, theirs, sizeof theirs);
	if (strcmp(ours, theirs)) {
		fprintf(stderr, "glob(\"%s\", %#x)%s:\n ours:  %s\n glibc: %s\n", pattern, (unsigned)flags,
			append ? " appending" : "", ours, theirs);
		abort();
	}
	return 0;
}
