/*
 * Reading a directory into a list of entries, each stat'ed as it is read
 * (glibc reports what the tree was when the directory was read).
 *
 * The directory is opened through its fts_accpath, from where the walk
 * stands, and its entries are stat'ed relative to that descriptor. When
 * fts moves with fchdir it then enters the directory (for fts_read) or
 * checks that it could (for fts_children, which comes back): a directory
 * that can be read but not entered gives no entries at all, as in glibc.
 * Without fchdir, an entry whose path is PATH_MAX bytes or more is FTS_NS
 * with ENAMETOOLONG, as glibc's lstat of the whole path gives. With
 * FTS_NOSTAT and FTS_PHYSICAL, entries the directory says are not
 * directories are FTS_NSOK without a stat.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "stream.h"

/* glibc's readdir buffer size: one getdents64 for most directories. */
#define DIRBUF (32 * 1024)

struct kernel_dirent {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

static int skip_name(const char *name, int seedot)
{
	return !seedot && name[0] == '.' && (!name[1] || (name[1] == '.' && !name[2]));
}

/* Every entry of fd as a list; NULL with errno set on failure, *why
 * telling what failed. The entries are placed in one block as getdents64
 * gives their names, then linked and stat'ed. */
static FTSENT *read_entries(struct fts_stream *s, FTSENT *dir, int fd, enum build how,
	size_t *count, enum build_failure *why)
{
	int options = s->fts.fts_options;
	int seedot = options & FTS_SEEDOT;
	int nostat = (options & FTS_NOSTAT) && (options & FTS_PHYSICAL);
	int follow = options & FTS_LOGICAL;
	size_t len = dir->fts_pathlen;
	size_t sep = len && s->fts.fts_path[len - 1] != '/';
	size_t longest = len, used = 0;
	FTSENT *head = NULL, **tail = &head;
	struct entry_block *block;
	long n;

	*count = 0;
	*why = BUILD_FATAL;
	if (!s->dirbuf && !(s->dirbuf = malloc(DIRBUF)))
		return NULL;
	block = __lwb_fts_block(s, 8192);
	if (!block)
		return NULL;
	while ((n = syscall(SYS_getdents64, fd, s->dirbuf, DIRBUF)) > 0) {
		for (long off = 0; off < n;) {
			struct kernel_dirent *d = (void *)(s->dirbuf + off);
			size_t namelen, end;

			off += d->d_reclen;
			if (skip_name(d->d_name, seedot))
				continue;
			namelen = strlen(d->d_name);
			if (len + sep + namelen > USHRT_MAX) {
				errno = ENAMETOOLONG;
				goto fail_block;
			}
			end = used + __lwb_fts_entry_size(namelen);
			if (end > __lwb_fts_block_size(block)) {
				struct entry_block *b = __lwb_fts_block_grow(block,
					2 * __lwb_fts_block_size(block) > end ?
					2 * __lwb_fts_block_size(block) : end);

				if (!b)
					goto fail_block;
				block = b;
			} else {
				block = __lwb_fts_block_grow(block, end);
			}
			used = __lwb_fts_place(block, used, d->d_name, namelen);
			if (len + sep + namelen > longest)
				longest = len + sep + namelen;
			/* The type the directory gives, kept in fts_info
			 * until the entry is stat'ed. */
			__lwb_fts_entry_at(block, used - __lwb_fts_entry_size(namelen))->fts_info =
				d->d_type;
			++*count;
		}
	}
	if (n < 0) {
		/* Failing part way: what was read is kept, and the directory
		 * is FTS_ERR after it (FTS_DNR if nothing was read). */
		dir->fts_errno = errno;
		if (!*count) {
			*why = BUILD_UNREADABLE;
			goto fail_block;
		}
	}
	if (!*count) {
		__lwb_fts_block_drop(block);
		block = NULL;
	}
	/* Room for the longest path now (fts_read never fails for it),
	 * before the entries take the buffer's address. */
	if (__lwb_fts_path_reserve(s, longest + 1)) {
		if (block)
			__lwb_fts_block_drop(block);
		*count = 0;
		return NULL;
	}
	for (size_t off = 0; off < used;) {
		FTSENT *p = __lwb_fts_settle(s, block, off);
		unsigned char type = (unsigned char)p->fts_info;
		size_t pathlen = len + sep + p->fts_namelen;

		off += __lwb_fts_entry_size(p->fts_namelen);
		*tail = p;
		tail = &p->fts_link;
		p->fts_level = (short)(dir->fts_level + 1);
		p->fts_parent = dir;
		p->fts_pathlen = (unsigned short)pathlen;
		if (how == BUILD_NAMES) {
			p->fts_info = FTS_NSOK;
		} else if (nostat && type != DT_DIR && type != DT_UNKNOWN) {
			p->fts_info = FTS_NSOK;
		} else if (!s->chdir && pathlen >= PATH_MAX) {
			p->fts_info = FTS_NS;
			p->fts_errno = ENAMETOOLONG;
		} else {
			p->fts_info = (unsigned short)__lwb_fts_stat(s, p, fd, p->fts_name, follow);
		}
	}
	if (!s->chdir) {
		/* glibc builds the entries' paths in the buffer and leaves it
		 * as the directory's path and a slash, or without its own
		 * trailing slash when it had no entries: what fts_path shows
		 * for fts_children's list, and for an empty directory's
		 * FTS_DP. */
		char *path = s->fts.fts_path;
		size_t end = sep ? len : len - 1;

		if (head) {
			path[end] = '/';
			path[end + 1] = 0;
		} else if (len) {
			path[end] = 0;
		}
	}
	errno = 0;
	return head;
fail_block:
	__lwb_fts_block_drop(block);
	*count = 0;
	return NULL;
}

FTSENT *__lwb_fts_build(struct fts_stream *s, FTSENT *dir, enum build how,
	enum build_failure *why)
{
	FTSENT *list;
	size_t count;
	int fd, e;

	*why = BUILD_UNREADABLE;
	/* openat, not open: musl's open follows O_CLOEXEC with an fcntl. */
	fd = openat(AT_FDCWD, dir->fts_accpath, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		dir->fts_errno = errno;
		return NULL;
	}
	*why = BUILD_UNENTERED;
	if (s->chdir && how != BUILD_NAMES) {
		struct stat st;

		/* The directory must still be the one stat'ed: fts is about to
		 * move into it. */
		if (fstat(fd, &st))
			e = errno;
		else if (st.st_dev != dir->fts_dev || st.st_ino != dir->fts_ino)
			e = ENOENT;
		else
			e = 0;
		if (e) {
			dir->fts_errno = e;
			goto fail_fd;
		}
	}
	list = read_entries(s, dir, fd, how, &count, why);
	if (!list && errno) {
		e = errno;
		goto fail_fd;
	}
	*why = BUILD_UNENTERED;
	/* An empty directory is not entered, only tried, as fts_children
	 * does: glibc enters it and comes straight back. */
	if (!list && how == BUILD_READ)
		how = BUILD_CHILD;
	if (s->chdir && how == BUILD_READ) {
		/* Entered through a symbolic link: ".." would not lead back. */
		if ((dir->fts_flags & FTS_SYMFOLLOW) && dir->fts_level > FTS_ROOTLEVEL &&
			(dir->fts_symfd = openat(AT_FDCWD, ".", O_PATH | O_DIRECTORY | O_CLOEXEC)) < 0) {
			e = errno;
			*why = BUILD_FATAL;
			goto fail_list;
		}
		if (fchdir(fd)) {
			e = errno;
			dir->fts_errno = e;
			if (dir->fts_symfd >= 0) {
				close(dir->fts_symfd);
				dir->fts_symfd = -1;
			}
			goto fail_list;
		}
	} else if (s->chdir && how == BUILD_CHILD) {
		int back = openat(AT_FDCWD, ".", O_PATH | O_DIRECTORY | O_CLOEXEC);

		if (back < 0) {
			e = errno;
			*why = BUILD_FATAL;
			goto fail_list;
		}
		if (fchdir(fd)) {
			e = errno;
			close(back);
			goto fail_list;
		}
		e = fchdir(back) ? errno : 0;
		close(back);
		if (e) {
			*why = BUILD_FATAL;
			goto fail_list;
		}
	}
	close(fd);
	if (s->fts.fts_compar && count > 1)
		list = __lwb_fts_sort(s, list, count);
	errno = 0;
	return list;
fail_list:
	__lwb_fts_free_list(list);
fail_fd:
	close(fd);
	errno = e;
	return NULL;
}
