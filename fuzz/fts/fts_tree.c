/*
 * Differential fuzzing of the fts module against glibc's fts.
 *
 * Built in the sanitizer configuration only (the build machine's glibc,
 * clang, libFuzzer): there the module's -Wl,--wrap options send fts_*()
 * to libwildebeest and __real_fts_*() is glibc's own. Each input builds a
 * small tree (directories, files, a fifo, links to anything, dangling and
 * looping links), picks options (any combination, now and then an invalid
 * one), a comparison function (none, by name, reversed, or one with ties
 * to check the order of equals), one to three roots, and a script of
 * calls: fts_read, fts_children with and without FTS_NAMEONLY, fts_set
 * with FTS_AGAIN, FTS_SKIP and FTS_FOLLOW on the entry read last or on an
 * entry of the last fts_children list. Both run the script; everything
 * they report must be the same: fts_info, the path, access path, name,
 * their lengths, level, fts_errno, parent and cycle, the stat data, the
 * working directory when fts moves with fchdir, return values and errno,
 * descriptors left open. ASan, UBSan and LeakSanitizer watch the rest.
 *
 * Left out, because glibc is wrong there (tests/fts/fts_deviations.c):
 * moving with fchdir, fts_children on a directory reached through a link
 * by FTS_FOLLOW, and fts_read into such a directory when it is empty; for
 * both glibc returns by ".." and, unless the link's target sits in the
 * link's own directory, fails with ENOENT and ends the walk. And FTS_AGAIN
 * on a directory fts_children has listed: should the directory be
 * something else when stat'ed again, glibc keeps the list and later reads
 * it as another directory's, its parent freed (only a directory reached
 * through a link, or a root "." that becomes FTS_DOT, changes so:
 * FTS_AGAIN stats without following).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fts.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef int (*compar_fn)(const FTSENT **, const FTSENT **);
FTS *__real_fts_open(char *const *, int, compar_fn);
FTSENT *__real_fts_read(FTS *);
FTSENT *__real_fts_children(FTS *, int);
int __real_fts_set(FTS *, FTSENT *, int);
int __real_fts_close(FTS *);

struct impl {
	FTS *(*open)(char *const *, int, compar_fn);
	FTSENT *(*read)(FTS *);
	FTSENT *(*children)(FTS *, int);
	int (*set)(FTS *, FTSENT *, int);
	int (*close)(FTS *);
};

static const struct impl ours = { fts_open, fts_read, fts_children, fts_set, fts_close };
static const struct impl theirs = { __real_fts_open, __real_fts_read, __real_fts_children,
	__real_fts_set, __real_fts_close };

#define MAX_NODES 24
#define MAX_STEPS 400
#define LINE 600

/* glibc 2.36's fts_close leaks the roots when fts_read was never called
 * (and the entries of a walk closed early); those leaks are glibc's.
 * Anything allocated outside libc.so.6 is still checked. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libc.so.6\n";
}

static char top[64];
static char trace[2][MAX_STEPS][LINE];
static int steps[2];

static int by_name(const FTSENT **a, const FTSENT **b)
{
	return strcmp((*a)->fts_name, (*b)->fts_name);
}

static int by_name_reversed(const FTSENT **a, const FTSENT **b)
{
	return strcmp((*b)->fts_name, (*a)->fts_name);
}

/* Many ties: only the length of the name counts. */
static int by_length(const FTSENT **a, const FTSENT **b)
{
	return (int)(*a)->fts_namelen - (int)(*b)->fts_namelen;
}

/* Ties between everything of one kind. */
static int by_info(const FTSENT **a, const FTSENT **b)
{
	return (int)(*a)->fts_info - (int)(*b)->fts_info;
}

static const compar_fn compars[] = { NULL, by_name, by_name_reversed, by_length, by_info };

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

static char nodes[MAX_NODES][160];
static int node_count;

/* The tree the input describes under top/r; 3 bytes per node. */
static void build(const uint8_t *p, size_t n)
{
	int is_dir[MAX_NODES];

	rmtree(AT_FDCWD, "r");
	rmtree(AT_FDCWD, "lk");
	mkdir("r", 0755);
	symlink("r", "lk");
	strcpy(nodes[0], "r");
	is_dir[0] = 1;
	node_count = 1;
	for (size_t i = 0; i + 3 <= n && node_count < MAX_NODES; i += 3) {
		int kind = p[i] % 6, parent = p[i + 1] % node_count, arg = p[i + 2];
		char path[200], target[200];

		if (!is_dir[parent])
			continue;
		snprintf(path, sizeof path, "%s/%c%d", nodes[parent], "nmz"[arg % 3], node_count);
		switch (kind) {
		case 0:
		case 1:
			if (mkdir(path, 0755))
				continue;
			is_dir[node_count] = 1;
			break;
		case 2:
			close(open(path, O_WRONLY | O_CREAT, 0644));
			is_dir[node_count] = 0;
			break;
		case 3:		/* a link to another node, by absolute path */
			snprintf(target, sizeof target, "%s/%s", top, nodes[arg % node_count]);
			if (symlink(target, path))
				continue;
			is_dir[node_count] = 0;
			break;
		case 4:		/* dangling, self, parent, or relative to a sibling */
			if (symlink(arg % 4 == 0 ? "nowhere" : arg % 4 == 1 ? path + strlen(nodes[parent]) + 1 :
				arg % 4 == 2 ? ".." : ".", path))
				continue;
			is_dir[node_count] = 0;
			break;
		default:
			if (mkfifo(path, 0644))
				continue;
			is_dir[node_count] = 0;
			break;
		}
		snprintf(nodes[node_count++], sizeof nodes[0], "%s", path);
	}
}

static void cleanup(void)
{
	if (chdir("/") == 0)
		rmtree(AT_FDCWD, top);
}

/* Moving with fchdir, e (a directory) was reached through a link. */
static int through_link(const FTSENT *e, int chdir_mode)
{
	struct stat st;

	return chdir_mode && e->fts_info == FTS_D && e->fts_level > FTS_ROOTLEVEL &&
		!lstat(e->fts_accpath, &st) && S_ISLNK(st.st_mode);
}

static int is_link(const char *path)
{
	struct stat st;

	return !lstat(path, &st) && S_ISLNK(st.st_mode);
}

static int is_empty_dir(const char *path, int seedot)
{
	DIR *d = opendir(path);
	struct dirent *e;
	int n = 0;

	if (!d)
		return 0;
	while ((e = readdir(d)))
		if (seedot || (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")))
			n++;
	closedir(d);
	return n == 0;
}

static const char *cwd_of(int chdir_mode, char *buf, size_t size)
{
	if (!chdir_mode)
		return "";
	if (!getcwd(buf, size))
		return "?";
	return strncmp(buf, top, strlen(top)) ? buf : buf + strlen(top);
}

/* full_path: fts_path and fts_accpath are meaningful (an entry fts_read
 * returned); before the first fts_read glibc leaves a root's fts_pathlen
 * unset, so known_len is 0 for the roots fts_children gives then. */
static void describe(char *out, const FTSENT *e, int options, int chdir_mode, int full_path, int known_len)
{
	char cwd[512], stat_part[64] = "", cycle[64] = "";
	const FTSENT *parent = e->fts_parent;

	if (!(options & FTS_NOSTAT) && e->fts_info != FTS_NS && e->fts_info != FTS_NSOK && e->fts_statp)
		snprintf(stat_part, sizeof stat_part, " ino %llu mode %o",
			(unsigned long long)e->fts_statp->st_ino, (unsigned)e->fts_statp->st_mode);
	if (e->fts_info == FTS_DC && e->fts_cycle)
		snprintf(cycle, sizeof cycle, " cycle %s/%d", e->fts_cycle->fts_name, e->fts_cycle->fts_level);
	snprintf(out, LINE, "info %d path %s acc %s name %s nl %d pl %d level %d errno %d parent %s/%d%s%s cwd %s",
		e->fts_info, full_path ? e->fts_path : "-", full_path || chdir_mode ? e->fts_accpath : "-",
		e->fts_name, e->fts_namelen, known_len ? e->fts_pathlen : -1, e->fts_level, e->fts_errno,
		parent ? parent->fts_name : "-", parent ? parent->fts_level : 99, cycle, stat_part,
		cwd_of(chdir_mode, cwd, sizeof cwd));
}

static void note(int who, const char *fmt, ...)
{
	va_list ap;

	if (steps[who] >= MAX_STEPS)
		return;
	va_start(ap, fmt);
	vsnprintf(trace[who][steps[who]++], LINE, fmt, ap);
	va_end(ap);
}

/* Run the script with one implementation; its trace goes to trace[who]. */
static void run(int who, const struct impl *f, char **roots, int options, compar_fn compar,
	const uint8_t *script, size_t len)
{
	FTS *fts;
	FTSENT *last = NULL, *kids[16];
	int nkids = 0, chdir_mode, r0, read_any = 0, listed = 0;
	char line[LINE];

	steps[who] = 0;
	errno = 0;
	fts = f->open(roots, options, compar);
	if (!fts) {
		note(who, "open NULL errno %d", errno);
		return;
	}
	chdir_mode = !(fts->fts_options & FTS_NOCHDIR);
	note(who, "open ok options %#x", fts->fts_options & FTS_OPTIONMASK);
	for (size_t i = 0; i < len && steps[who] < MAX_STEPS - 20; i++) {
		int op = script[i] % 16, k = script[i] / 16;
		FTSENT *e;
		int r;

		/* See the top of the file. */
		if (last && through_link(last, chdir_mode)) {
			if (op == 9 || op == 10)
				continue;
			if (op <= 8 && is_empty_dir(last->fts_accpath, options & FTS_SEEDOT))
				break;
		}
		switch (op) {
		case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 8:
			/* A list made with FTS_NAMEONLY is read again, its
			 * entries freed: a new entry at a freed one's address
			 * is no match. */
			if (fts->fts_options & FTS_NAMEONLY)
				nkids = 0;
			errno = 0;
			e = f->read(fts);
			if (!e) {
				note(who, "read NULL errno %d", errno);
				last = NULL;
				nkids = 0;
				break;
			}
			describe(line, e, options, chdir_mode, 1, 1);
			read_any = 1;
			/* Which listed entry it is, if any: fts_read takes over
			 * fts_children's list unless FTS_NAMEONLY was asked
			 * (see above). */
			r = -1;
			for (int j = 0; j < nkids; j++)
				if (kids[j] == e)
					r = j;
			nkids = 0;	/* a read may free the list */
			listed = 0;
			note(who, "read %s listed %d options %#x", line, r,
				fts->fts_options & (FTS_OPTIONMASK | FTS_NAMEONLY));
			last = e;
			break;
		case 9:
		case 10:
			if (!last && steps[who] > 1)
				break;	/* after the end glibc's fts_children crashes */
			errno = 0;
			e = f->children(fts, op == 10 ? FTS_NAMEONLY : 0);
			note(who, "children %s errno %d", e ? "list" : "NULL", errno);
			listed = e != NULL;
			nkids = 0;
			for (; e; e = e->fts_link) {
				if (op == 10)
					snprintf(line, sizeof line, "name %s nl %d", e->fts_name, e->fts_namelen);
				else
					describe(line, e, options, chdir_mode, 0, read_any);
				note(who, "  %s", line);
				if (nkids < 16)
					kids[nkids++] = e;
			}
			break;
		case 11: case 12: case 13:
			if (!last || (op == 11 && listed && (is_link(last->fts_accpath) ||
				!strcmp(last->fts_name, ".") || !strcmp(last->fts_name, ".."))))
				break;
			errno = 0;
			r = f->set(fts, last, op == 11 ? FTS_AGAIN : op == 12 ? FTS_SKIP : FTS_FOLLOW);
			note(who, "set last %d errno %d", r, errno);
			break;
		default:
			if (!nkids)
				break;
			errno = 0;
			r = f->set(fts, kids[k % nkids], op == 14 ? FTS_SKIP : op == 15 && k & 1 ? FTS_AGAIN : FTS_FOLLOW);
			note(who, "set child %s %d errno %d", kids[k % nkids]->fts_name, r, errno);
			break;
		}
	}
	errno = 0;
	r0 = f->close(fts);
	note(who, "close %d errno %d", r0, errno);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const root_names[] = { "r", "r/", "lk", "missing", "r//", "lk/", "." };
	uint8_t script[128];
	char *roots[4], cwd[256], now[256], extra[8][160];
	size_t script_len;
	int options, nroots, fd_before, fd_after;
	compar_fn compar;

	if (!top[0]) {
		snprintf(top, sizeof top, "/tmp/lwbfuzz-fts.XXXXXX");
		if (!mkdtemp(top) || chdir(top))
			abort();
		atexit(cleanup);
	}
	/* options, compar, roots, script length, script, then the tree */
	if (size < 4)
		return 0;
	options = data[0] | (data[1] & 0x80 && data[1] & 0x40 ? FTS_NAMEONLY : 0);
	compar = compars[data[1] % 5];
	nroots = 1 + data[2] % 3;
	script_len = data[3] % 64;
	if (size < 4 + script_len)
		return 0;
	memcpy(script, data + 4, script_len);
	build(data + 4 + script_len, size - 4 - script_len);
	for (int i = 0; i < nroots; i++) {
		int pick = (data[2] >> (2 + 2 * i)) & 7;

		if (pick < 7) {
			roots[i] = (char *)root_names[pick];
		} else {	/* a node of the tree */
			snprintf(extra[i], sizeof extra[i], "%s", nodes[(data[2] + i) % node_count]);
			roots[i] = extra[i];
		}
	}
	roots[nroots] = NULL;

	if (!getcwd(cwd, sizeof cwd))
		abort();
	fd_before = dup(0);
	close(fd_before);
	run(1, &theirs, roots, options, compar, script, script_len);
	if (chdir(top))
		abort();
	run(0, &ours, roots, options, compar, script, script_len);
	fd_after = dup(0);
	close(fd_after);

	if (fd_after != fd_before) {
		fprintf(stderr, "descriptor left open\n");
		abort();
	}
	if (!getcwd(now, sizeof now) || strcmp(now, cwd)) {
		fprintf(stderr, "working directory not restored: %s\n", now);
		abort();
	}
	for (int i = 0; i < steps[0] || i < steps[1]; i++) {
		if (i >= steps[0] || i >= steps[1] || strcmp(trace[0][i], trace[1][i])) {
			fprintf(stderr, "options %#x compar %d roots", options, data[1] % 5);
			for (int k = 0; k < nroots; k++)
				fprintf(stderr, " %s", roots[k]);
			fprintf(stderr, "\nstep %d differs\n", i);
			for (int k = 0; k <= i + 2 && (k < steps[0] || k < steps[1]); k++)
				fprintf(stderr, "%s %s\n  glibc %s\n", k == i ? "**" : "  ",
					k < steps[0] ? trace[0][k] : "(none)", k < steps[1] ? trace[1][k] : "(none)");
			abort();
		}
	}
	return 0;
}
