/* Internal to the lfs64 module. Our <sys/stat.h> makes struct stat64 by
 * reading musl's struct stat a second time under another tag, and the
 * *stat64 functions hand a struct stat64 to musl as a struct stat: checked
 * here, member by member, for whatever architecture this is built for. */
#ifndef LWB_LFS64_STAT64_LAYOUT_H
#define LWB_LFS64_STAT64_LAYOUT_H

#include <stddef.h>
#include <sys/stat.h>

#define LWB_SAME_MEMBER(m) (offsetof(struct stat64, m) == offsetof(struct stat, m) \
	&& sizeof(((struct stat64 *)0)->m) == sizeof(((struct stat *)0)->m))

_Static_assert(sizeof(struct stat64) == sizeof(struct stat)
	&& _Alignof(struct stat64) == _Alignof(struct stat),
	"struct stat64 has struct stat's size and alignment");
_Static_assert(LWB_SAME_MEMBER(st_dev) && LWB_SAME_MEMBER(st_ino)
	&& LWB_SAME_MEMBER(st_mode) && LWB_SAME_MEMBER(st_nlink)
	&& LWB_SAME_MEMBER(st_uid) && LWB_SAME_MEMBER(st_gid)
	&& LWB_SAME_MEMBER(st_rdev) && LWB_SAME_MEMBER(st_size)
	&& LWB_SAME_MEMBER(st_blksize) && LWB_SAME_MEMBER(st_blocks)
	&& LWB_SAME_MEMBER(st_atim) && LWB_SAME_MEMBER(st_mtim)
	&& LWB_SAME_MEMBER(st_ctim),
	"struct stat64 has struct stat's members in the same places");

#endif
