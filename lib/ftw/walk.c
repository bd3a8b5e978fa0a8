/*
 * The file tree walk of ftw and nftw, with glibc's observable behaviour:
 *
 * - the start path loses its trailing slashes ("a//" walks as "a", "//"
 *   as "/"); a child's path is its parent's path, a slash and its name;
 * - a directory is opened before it is reported, so FTW_D is only ever
 *   seen for a directory that could be read, FTW_DNR otherwise (EACCES);
 *   any other failure to open ends the walk with -1;
 * - a failed stat of an entry is FTW_NS for ENOENT and EACCES (FTW_SLN when
 *   following symbolic links and the entry is a link) and ends the walk
 *   with -1 for any other error (ELOOP, ENAMETOOLONG, ...); for the start
 *   path every failure is -1, except a dangling link (FTW_SLN);
 * - when symbolic links are followed, a directory already walked (same
 *   device and inode) is skipped without a report, so loops end;
 * - FTW_MOUNT skips, without a report, every entry on another device;
 * - at most fd_limit descriptors are open, FTW_CHDIR's hold on the
 *   starting directory included, but always at least one directory stream;
 *   to open another, the oldest stream is read to its end into memory and
 *   closed, and the names read ahead are reached by path instead;
 * - with FTW_CHDIR an entry is reported from inside its directory, a
 *   directory's FTW_D and FTW_DNR from inside its parent and its FTW_DP
 *   from inside itself, and the working directory is restored however the
 *   walk ends.
 *
 * Directories are walked without recursion, so depth is bounded only by
 * memory, and entries are reached relative to their directory's descriptor,
 * so paths longer than PATH_MAX work wherever that descriptor is still
 * open. No state outside the walk itself: concurrent walks are safe.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "walk.h"

/* Directories are read with getdents64 into a buffer of glibc's size, not
 * through musl's DIR: fdopendir costs an fstat and two fcntl per directory
 * and musl's 2 KiB buffer an extra getdents64, about 5% of a walk. */
#define DIRBUF (32 * 1024)

struct kernel_dirent {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

/* What the walk does next, decided by a callback's answer or an error. */
enum step { GO, SKIP_SUBTREE, SKIP_SIBLINGS, STOP };

struct level {
	int fd;			/* open directory, -1 once read ahead and closed */
	char *buf;		/* getdents64 records, buf[pos, len) unread; kept
				 * for the next directory at this depth */
	size_t buf_len;
	size_t buf_pos;
	char *names;		/* names read ahead, each ending in NUL */
	size_t names_len;
	size_t names_pos;
	size_t path_len;	/* this directory's path is path[0, path_len) */
	size_t base;		/* and its name starts here */
	struct stat st;		/* reported again as FTW_DP */
};

struct seen {
	dev_t dev;
	ino_t ino;
	int used;
};

struct walk {
	__lwb_nftw_fn nftw_fn;
	__lwb_ftw_fn ftw_fn;
	int flags;
	int fd_limit;		/* directory streams allowed open at once */
	int open_dirs;
	int result;		/* the walk's return value once a step is STOP */
	char *path;
	size_t path_cap;
	size_t root_base;
	struct level *levels;
	size_t depth;
	size_t levels_cap;
	dev_t root_dev;
	int cwd;		/* FTW_CHDIR: the starting directory, else -1 */
	struct seen *seen;	/* directories entered, when following links */
	size_t seen_count;
	size_t seen_cap;
};

static enum step fail(struct walk *w)
{
	w->result = -1;
	return STOP;
}

static int reserve(void **p, size_t *cap, size_t want, size_t size)
{
	size_t n = *cap ? *cap : 16;
	void *q;

	if (want <= *cap)
		return 0;
	while (n < want) {
		if (n > SIZE_MAX / 2 / size) {
			errno = ENOMEM;
			return -1;
		}
		n *= 2;
	}
	q = realloc(*p, n * size);
	if (!q)
		return -1;
	*p = q;
	*cap = n;
	return 0;
}

/* Put name (len bytes) after the directory path[0, dir_len) and return
 * where it starts, or 0 when memory runs out. Only "/" ends in a slash. */
static size_t path_push(struct walk *w, size_t dir_len, const char *name, size_t len)
{
	size_t sep = w->path[dir_len - 1] != '/';

	if (reserve((void **)&w->path, &w->path_cap, dir_len + sep + len + 1, 1))
		return 0;
	w->path[dir_len] = '/';
	memcpy(w->path + dir_len + sep, name, len + 1);
	return dir_len + sep;
}

static size_t seen_slot(const struct walk *w, dev_t dev, ino_t ino)
{
	uint64_t h = ((uint64_t)ino * 0x9e3779b97f4a7c15u) ^ (uint64_t)dev;

	return (size_t)(h ^ h >> 29) & (w->seen_cap - 1);
}

/* 1 if the directory was entered before, 0 if it is new, -1 out of memory. */
static int seen_add(struct walk *w, const struct stat *st)
{
	size_t i;

	if (2 * (w->seen_count + 1) > w->seen_cap) {
		struct seen *old = w->seen;
		size_t old_cap = w->seen_cap;
		size_t cap = old_cap ? 2 * old_cap : 64;
		struct seen *t = calloc(cap, sizeof *t);

		if (!t)
			return -1;
		w->seen = t;
		w->seen_cap = cap;
		for (i = 0; i < old_cap; i++) {
			size_t j;

			if (!old[i].used)
				continue;
			for (j = seen_slot(w, old[i].dev, old[i].ino); t[j].used; j = (j + 1) & (cap - 1))
				;
			t[j] = old[i];
		}
		free(old);
	}
	for (i = seen_slot(w, st->st_dev, st->st_ino); w->seen[i].used; i = (i + 1) & (w->seen_cap - 1))
		if (w->seen[i].dev == st->st_dev && w->seen[i].ino == st->st_ino)
			return 1;
	w->seen[i].dev = st->st_dev;
	w->seen[i].ino = st->st_ino;
	w->seen[i].used = 1;
	w->seen_count++;
	return 0;
}

static enum step report(struct walk *w, const struct stat *st, int type,
	size_t base, size_t level, int before_subtree)
{
	int r;

	if (w->ftw_fn) {
		r = w->ftw_fn(w->path, st, type == FTW_SLN ? FTW_NS : type);
	} else {
		struct FTW f = { .base = (int)base, .level = (int)level };

		r = w->nftw_fn(w->path, st, type, &f);
	}
	if (r == 0)
		return GO;
	if (w->flags & FTW_ACTIONRETVAL) {
		if (r == FTW_SKIP_SUBTREE)
			return before_subtree ? SKIP_SUBTREE : GO;
		if (r == FTW_SKIP_SIBLINGS)
			return SKIP_SIBLINGS;
	}
	w->result = r;
	return STOP;
}

/* Where the entry path[base..] is reached from: its directory's stream if
 * open; the working directory under FTW_CHDIR (it is that directory);
 * otherwise the whole path, relative to where the walk began. */
static int entry_dirfd(const struct walk *w, const struct level *parent, const char **name, size_t base)
{
	if (parent && parent->fd >= 0) {
		*name = w->path + base;
		return parent->fd;
	}
	*name = parent && (w->flags & FTW_CHDIR) ? w->path + base : w->path;
	return AT_FDCWD;
}

static int stat_entry(const struct walk *w, const struct level *parent, size_t base,
	struct stat *st, int nofollow)
{
	const char *name;
	int fd = entry_dirfd(w, parent, &name, base);

	return fstatat(fd, name, st, nofollow ? AT_SYMLINK_NOFOLLOW : 0);
}

static int open_entry(const struct walk *w, const struct level *parent, size_t base)
{
	const char *name;
	int fd = entry_dirfd(w, parent, &name, base);
	int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;

	if (w->flags & FTW_PHYS)
		flags |= O_NOFOLLOW;
	return openat(fd, name, flags);
}

static int is_dot_or_dotdot(const char *s)
{
	return s[0] == '.' && (!s[1] || (s[1] == '.' && !s[2]));
}

/* The next entry's name and its length from the directory's descriptor,
 * or NULL at the end (errno 0) or on an error. Valid until the next read of
 * the level. */
static const char *read_name(struct level *l, size_t *len)
{
	struct kernel_dirent *d;

	for (;;) {
		if (l->buf_pos >= l->buf_len) {
			long n;

			if (!l->buf && !(l->buf = malloc(DIRBUF)))
				return NULL;
			n = syscall(SYS_getdents64, l->fd, l->buf, DIRBUF);
			if (n <= 0) {
				if (n == 0)
					errno = 0;
				return NULL;
			}
			l->buf_len = (size_t)n;
			l->buf_pos = 0;
		}
		d = (struct kernel_dirent *)(void *)(l->buf + l->buf_pos);
		l->buf_pos += d->d_reclen;
		if (!is_dot_or_dotdot(d->d_name)) {
			*len = strlen(d->d_name);
			return d->d_name;
		}
	}
}

static void close_level(struct walk *w, struct level *l)
{
	close(l->fd);
	l->fd = -1;
	w->open_dirs--;
}

/* Free a descriptor for the next directory: read the oldest open directory
 * to its end and close it. */
static int read_ahead_oldest(struct walk *w)
{
	struct level *l = w->levels;
	const char *name;
	size_t cap = 0, len;

	while (l->fd < 0)
		l++;
	while ((name = read_name(l, &len))) {
		if (reserve((void **)&l->names, &cap, l->names_len + len + 1, 1))
			return -1;
		memcpy(l->names + l->names_len, name, len + 1);
		l->names_len += len + 1;
	}
	if (errno)
		return -1;
	close_level(w, l);
	return 0;
}

static const char *next_name(struct level *l, size_t *len)
{
	const char *name;

	if (l->fd >= 0)
		return read_name(l, len);
	errno = 0;
	if (l->names_pos >= l->names_len)
		return NULL;
	name = l->names + l->names_pos;
	*len = strlen(name);
	l->names_pos += *len + 1;
	return name;
}

/* Back to the directory that holds the start path. */
static int chdir_root_parent(struct walk *w)
{
	char c;
	int r;

	if (fchdir(w->cwd))
		return -1;
	if (!w->root_base)
		return 0;
	c = w->path[w->root_base];
	w->path[w->root_base] = 0;
	r = chdir(w->path);
	w->path[w->root_base] = c;
	return r;
}

/* FTW_CHDIR: back to the directory at the top of the stack. From its own
 * stream if still open; otherwise from the nearest open ancestor (or the
 * start path's parent) down the path one name at a time, which works at any
 * depth and after symbolic links, where ".." would not lead back. */
static int chdir_parent(struct walk *w)
{
	struct level *p;
	size_t i, from, k;

	if (!w->depth)
		return chdir_root_parent(w);
	p = &w->levels[w->depth - 1];
	if (p->fd >= 0)
		return fchdir(p->fd);
	for (k = w->depth - 1; k > 0 && w->levels[k - 1].fd < 0; k--)
		;
	if (k > 0) {
		if (fchdir(w->levels[k - 1].fd))
			return -1;
		from = w->levels[k - 1].path_len;
	} else {
		if (chdir_root_parent(w))
			return -1;
		from = w->root_base;
	}
	for (i = from; i < p->path_len;) {
		size_t end;
		char c;
		int r;

		while (i < p->path_len && w->path[i] == '/')
			i++;
		for (end = i; end < p->path_len && w->path[end] != '/'; end++)
			;
		if (end == i)
			break;
		c = w->path[end];
		w->path[end] = 0;
		r = chdir(w->path + i);
		w->path[end] = c;
		if (r)
			return -1;
		i = end;
	}
	return 0;
}

static void pop(struct walk *w)
{
	struct level *l = &w->levels[--w->depth];

	if (l->fd >= 0)
		close_level(w, l);
	free(l->names);
	w->path[l->path_len] = 0;
}

/* Open the directory at path[0, path_len) (name at base), report it, and
 * push it so that its entries are walked next. */
static enum step enter(struct walk *w, struct level *parent, size_t base,
	size_t path_len, const struct stat *st)
{
	size_t level = w->depth;
	struct level *l;
	enum step s;
	int fd;

	if (w->open_dirs >= w->fd_limit && read_ahead_oldest(w))
		return fail(w);
	fd = open_entry(w, parent, base);
	if (level == 0 && (w->flags & FTW_CHDIR) && chdir_root_parent(w)) {
		if (fd >= 0)
			close(fd);
		return fail(w);
	}
	if (fd < 0)
		return errno == EACCES ? report(w, st, FTW_DNR, base, level, 0) : fail(w);
	if (level >= w->levels_cap) {
		size_t old = w->levels_cap;

		if (reserve((void **)&w->levels, &w->levels_cap, level + 1, sizeof *l)) {
			close(fd);
			errno = ENOMEM;
			return fail(w);
		}
		memset(w->levels + old, 0, (w->levels_cap - old) * sizeof *l);
	}
	l = &w->levels[level];
	*l = (struct level){ .fd = fd, .buf = l->buf, .path_len = path_len, .base = base, .st = *st };
	w->depth++;
	w->open_dirs++;
	if (!(w->flags & FTW_DEPTH)) {
		s = report(w, st, FTW_D, base, level, 1);
		if (s != GO) {
			pop(w);
			return s == SKIP_SUBTREE ? GO : s;
		}
	}
	if ((w->flags & FTW_CHDIR) && fchdir(fd))
		return fail(w);
	return GO;
}

/* The directory at the top of the stack has no more entries to walk. Its
 * FTW_DP is reported from inside it, as glibc does, before going back up. */
static enum step leave(struct walk *w)
{
	struct level *l = &w->levels[w->depth - 1];
	struct stat st = l->st;
	size_t base = l->base;
	enum step s = GO;

	pop(w);
	if (w->flags & FTW_DEPTH)
		s = report(w, &st, FTW_DP, base, w->depth, 0);
	if (s != STOP && (w->flags & FTW_CHDIR) && chdir_parent(w))
		return fail(w);
	return s;
}

static enum step visit(struct walk *w, const char *name, size_t len)
{
	struct level *parent = &w->levels[w->depth - 1];
	int phys = w->flags & FTW_PHYS;
	struct stat st;
	size_t base = path_push(w, parent->path_len, name, len);

	if (!base)
		return fail(w);
	if (stat_entry(w, parent, base, &st, phys)) {
		int type = FTW_NS;

		if (errno != ENOENT && errno != EACCES)
			return fail(w);
		if (!phys && !stat_entry(w, parent, base, &st, 1) && S_ISLNK(st.st_mode))
			type = FTW_SLN;
		else
			memset(&st, 0, sizeof st);
		return report(w, &st, type, base, w->depth, 0);
	}
	if ((w->flags & FTW_MOUNT) && st.st_dev != w->root_dev)
		return GO;
	if (S_ISDIR(st.st_mode)) {
		if (!phys) {
			int r = seen_add(w, &st);

			if (r)
				return r < 0 ? fail(w) : GO;
		}
		return enter(w, parent, base, base + len, &st);
	}
	return report(w, &st, S_ISLNK(st.st_mode) ? FTW_SL : FTW_F, base, w->depth, 0);
}

static enum step visit_root(struct walk *w)
{
	int phys = w->flags & FTW_PHYS;
	struct stat st;

	if (fstatat(AT_FDCWD, w->path, &st, phys ? AT_SYMLINK_NOFOLLOW : 0)) {
		int e = errno;

		if (phys || e != ENOENT || lstat(w->path, &st) || !S_ISLNK(st.st_mode)) {
			errno = e;
			return fail(w);
		}
		if ((w->flags & FTW_CHDIR) && chdir_root_parent(w))
			return fail(w);
		return report(w, &st, FTW_SLN, w->root_base, 0, 0);
	}
	w->root_dev = st.st_dev;
	if (S_ISDIR(st.st_mode)) {
		if (!phys && seen_add(w, &st) < 0)
			return fail(w);
		return enter(w, NULL, w->root_base, strlen(w->path), &st);
	}
	if ((w->flags & FTW_CHDIR) && chdir_root_parent(w))
		return fail(w);
	return report(w, &st, S_ISLNK(st.st_mode) ? FTW_SL : FTW_F, w->root_base, 0, 0);
}

static void finish(struct walk *w)
{
	int e = errno;

	while (w->depth)
		pop(w);
	for (size_t i = 0; i < w->levels_cap; i++)
		free(w->levels[i].buf);
	if (w->cwd >= 0) {
		if (fchdir(w->cwd) && w->result == 0) {
			e = errno;
			w->result = -1;
		}
		close(w->cwd);
	}
	free(w->levels);
	free(w->seen);
	free(w->path);
	errno = e;
}

int __lwb_walk(const char *path, __lwb_nftw_fn nftw_fn, __lwb_ftw_fn ftw_fn, int fd_limit, int flags)
{
	struct walk w = {
		.nftw_fn = nftw_fn, .ftw_fn = ftw_fn, .flags = flags,
		.fd_limit = fd_limit, .cwd = -1,
	};
	size_t len = strlen(path);
	const char *slash;
	enum step s;

	while (len > 1 && path[len - 1] == '/')
		len--;
	if (reserve((void **)&w.path, &w.path_cap, len + 1, 1))
		return -1;
	memcpy(w.path, path, len);
	w.path[len] = 0;
	slash = memrchr(w.path, '/', len);
	w.root_base = slash ? (size_t)(slash - w.path) + 1 : 0;

	if (flags & FTW_CHDIR)
		w.fd_limit--;
	if (w.fd_limit < 1)
		w.fd_limit = 1;
	if (flags & FTW_CHDIR) {
		w.cwd = open(".", O_PATH | O_DIRECTORY | O_CLOEXEC);
		if (w.cwd < 0) {
			free(w.path);
			return -1;
		}
	}

	s = visit_root(&w);
	while (s != STOP && w.depth) {
		const char *name;
		size_t name_len;

		if (s == SKIP_SIBLINGS) {
			s = leave(&w);
			continue;
		}
		name = next_name(&w.levels[w.depth - 1], &name_len);
		if (name)
			s = visit(&w, name, name_len);
		else if (errno)
			s = fail(&w);
		else
			s = leave(&w);
	}
	if (s != STOP)
		w.result = 0;
	finish(&w);
	return w.result;
}
