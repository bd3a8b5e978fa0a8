/*
 * Differential fuzzing of the ftw module's walker against glibc's nftw.
 *
 * Built in the sanitizer configuration only (the build machine's glibc,
 * clang, libFuzzer): there the module's -Wl,--wrap=nftw sends nftw() to
 * libwildebeest and __real_nftw() is glibc's own. Each input builds a small
 * tree (directories, files, links to anything, dangling and looping links),
 * picks flags, a descriptor budget and the callback's answers, walks it with
 * both, and aborts on any difference in what was reported (path, type,
 * base, level, and under FTW_CHDIR the working directory), in the return
 * value or errno, or on a descriptor left open or a working directory not
 * restored. ASan, UBSan and LeakSanitizer watch the rest.
 *
 * FTW_CHDIR runs with a budget that keeps every directory open: with
 * streams closed glibc returns through "..", a documented glibc bug.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef int (*walk_fn)(const char *, const struct stat *, int, struct FTW *);
int __real_nftw(const char *, walk_fn, int, int);

#define MAX_NODES 24
#define MAX_EVENTS 512

struct event {
	char path[192];
	char cwd[256];
	int type, base, level;
};

static struct {
	struct event ev[MAX_EVENTS];
	int n;
	const uint8_t *answers;
	size_t answers_len;
	int chdir;
} run;

static char top[64];

static int answer_for(int k)
{
	static const int table[] = { 0, 0, 0, 0, FTW_SKIP_SUBTREE, FTW_SKIP_SIBLINGS, FTW_STOP, 7 };

	if (!run.answers_len)
		return 0;
	return table[run.answers[k % run.answers_len] % 8];
}

static int record(const char *path, const struct stat *st, int type, struct FTW *f)
{
	struct event *e;

	(void)st;
	if (run.n == MAX_EVENTS)
		return 99;
	e = &run.ev[run.n];
	snprintf(e->path, sizeof e->path, "%s", path);
	e->cwd[0] = 0;
	if (run.chdir && !getcwd(e->cwd, sizeof e->cwd))
		strcpy(e->cwd, "?");
	e->type = type;
	e->base = f->base;
	e->level = f->level;
	return answer_for(run.n++);
}

static void rmtree(int parent, const char *name)
{
	struct stat st;
	struct dirent *e;
	DIR *d;
	int fd;

	if (fstatat(parent, name, &st, AT_SYMLINK_NOFOLLOW))
		return;
	if (!S_ISDIR(st.st_mode)) {
		unlinkat(parent, name, 0);
		return;
	}
	fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
	if (fd >= 0 && (d = fdopendir(fd))) {
		while ((e = readdir(d)))
			if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
				rmtree(dirfd(d), e->d_name);
		closedir(d);
	} else if (fd >= 0) {
		close(fd);
	}
	unlinkat(parent, name, AT_REMOVEDIR);
}

/* Build the tree the input describes under top/r. */
static void build(const uint8_t *p, size_t n)
{
	char nodes[MAX_NODES][160];
	int is_dir[MAX_NODES];
	int count = 1;

	rmtree(AT_FDCWD, "r");
	mkdir("r", 0755);
	strcpy(nodes[0], "r");
	is_dir[0] = 1;
	for (size_t i = 0; i + 3 <= n && count < MAX_NODES; i += 3) {
		int kind = p[i] % 5, parent = p[i + 1] % count, arg = p[i + 2];
		char path[200], target[200];

		if (!is_dir[parent])
			continue;
		snprintf(path, sizeof path, "%s/n%d", nodes[parent], count);
		switch (kind) {
		case 0:
		case 1:
			if (mkdir(path, 0755))
				continue;
			is_dir[count] = 1;
			break;
		case 2:
			close(open(path, O_WRONLY | O_CREAT, 0644));
			is_dir[count] = 0;
			break;
		case 3:		/* a link to another node, by absolute path */
			snprintf(target, sizeof target, "%s/%s", top, nodes[arg % count]);
			if (symlink(target, path))
				continue;
			is_dir[count] = 0;
			break;
		default:	/* dangling, self, or parent links */
			if (symlink(arg % 3 == 0 ? "nowhere" : arg % 3 == 1 ? path + strlen(nodes[parent]) + 1 : "..", path))
				continue;
			is_dir[count] = 0;
			break;
		}
		snprintf(nodes[count++], sizeof nodes[0], "%s", path);
	}
}

static void cleanup(void)
{
	if (chdir("/") == 0)
		rmtree(AT_FDCWD, top);
}

static void walk(int (*nftw_impl)(const char *, walk_fn, int, int), const char *root,
	int budget, int flags, struct event *out, int *n, int *ret, int *err)
{
	run.n = 0;
	errno = 0;
	*ret = nftw_impl(root, record, budget, flags);
	*err = errno;
	*n = run.n;
	memcpy(out, run.ev, sizeof run.ev[0] * (size_t)run.n);
}

static struct event ours[MAX_EVENTS], theirs[MAX_EVENTS];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int flags, budget, n1, n2, r1, r2, e1, e2, fd_before, fd_after;
	char cwd[256];

	if (!top[0]) {
		/* The walks are relative to this directory; libFuzzer's own
		 * paths must be absolute (see fuzz/meson.build). */
		snprintf(top, sizeof top, "/tmp/lwbfuzz.XXXXXX");
		if (!mkdtemp(top) || chdir(top))
			abort();
		atexit(cleanup);
	}
	/* flags, budget, k, k answers, then the tree: 3 bytes per node */
	if (size < 3 || size < 3u + data[2] % 5)
		return 0;
	flags = data[0] & 31;
	budget = 1 + data[1] % 6;
	run.answers_len = data[2] % 5;
	run.answers = data + 3;
	if (flags & FTW_CHDIR)
		budget = 64;
	run.chdir = flags & FTW_CHDIR;
	build(data + 3 + run.answers_len, size - 3 - run.answers_len);

	if (!getcwd(cwd, sizeof cwd))
		abort();
	fd_before = dup(0);
	close(fd_before);
	walk(__real_nftw, "r", budget, flags, theirs, &n2, &r2, &e2);
	if (chdir(top))
		abort();
	walk(nftw, "r", budget, flags, ours, &n1, &r1, &e1);
	fd_after = dup(0);
	close(fd_after);

	if (fd_after != fd_before) {
		fprintf(stderr, "descriptor left open (flags %d budget %d)\n", flags, budget);
		abort();
	}
	{
		char now[256];

		if (!getcwd(now, sizeof now) || strcmp(now, cwd)) {
			fprintf(stderr, "working directory not restored\n");
			abort();
		}
	}
	if (r1 != r2 || (r1 == -1 && e1 != e2) || n1 != n2) {
		fprintf(stderr, "flags %d budget %d: ours %d (errno %d, %d events), glibc %d (errno %d, %d events)\n",
			flags, budget, r1, e1, n1, r2, e2, n2);
		for (int i = 0; i < n1 || i < n2; i++)
			fprintf(stderr, "  %-30s %d | %-30s %d\n", i < n1 ? ours[i].path : "", i < n1 ? ours[i].type : -1,
				i < n2 ? theirs[i].path : "", i < n2 ? theirs[i].type : -1);
		abort();
	}
	for (int i = 0; i < n1; i++) {
		if (strcmp(ours[i].path, theirs[i].path) || ours[i].type != theirs[i].type ||
			ours[i].base != theirs[i].base || ours[i].level != theirs[i].level ||
			strcmp(ours[i].cwd, theirs[i].cwd)) {
			fprintf(stderr, "flags %d budget %d, event %d: ours %s type %d base %d level %d cwd %s; glibc %s type %d base %d level %d cwd %s\n",
				flags, budget, i, ours[i].path, ours[i].type, ours[i].base, ours[i].level, ours[i].cwd,
				theirs[i].path, theirs[i].type, theirs[i].base, theirs[i].level, theirs[i].cwd);
			abort();
		}
	}
	return 0;
}
