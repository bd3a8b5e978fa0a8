/* Internal to the lfs64 module. Our <sys/statfs.h> makes struct statfs64
 * by reading musl's struct statfs a second time under another tag, and
 * statfs64 and fstatfs64 hand a struct statfs64 to musl as a struct statfs:
 * checked here, member by member, for whatever architecture this is built
 * for. */
#ifndef LWB_LFS64_STATFS64_LAYOUT_H
#define LWB_LFS64_STATFS64_LAYOUT_H

#include <stddef.h>
#include <sys/statfs.h>

#define LWB_SAME_STATFS_MEMBER(m) (offsetof(struct statfs64, m) == offsetof(struct statfs, m) \
	&& sizeof(((struct statfs64 *)0)->m) == sizeof(((struct statfs *)0)->m))

_Static_assert(sizeof(struct statfs64) == sizeof(struct statfs)
	&& _Alignof(struct statfs64) == _Alignof(struct statfs),
	"struct statfs64 has struct statfs's size and alignment");
_Static_assert(LWB_SAME_STATFS_MEMBER(f_type) && LWB_SAME_STATFS_MEMBER(f_bsize)
	&& LWB_SAME_STATFS_MEMBER(f_blocks) && LWB_SAME_STATFS_MEMBER(f_bfree)
	&& LWB_SAME_STATFS_MEMBER(f_bavail) && LWB_SAME_STATFS_MEMBER(f_files)
	&& LWB_SAME_STATFS_MEMBER(f_ffree) && LWB_SAME_STATFS_MEMBER(f_fsid)
	&& LWB_SAME_STATFS_MEMBER(f_namelen) && LWB_SAME_STATFS_MEMBER(f_frsize)
	&& LWB_SAME_STATFS_MEMBER(f_flags),
	"struct statfs64 has struct statfs's members in the same places");

#endif
