/*
 * libwildebeest: <sys/mount.h> with glibc's mount API (fsopen, fsconfig,
 * fsmount, fspick, move_mount, open_tree, mount_setattr), coexisting with
 * <linux/mount.h> in either order.
 *
 * As glibc does, the constants, struct mount_attr and enum
 * fsconfig_command are the kernel's: this header includes <linux/mount.h>,
 * after musl's own MS_* definitions, and <fcntl.h> for the O_CLOEXEC that
 * OPEN_TREE_CLOEXEC names. Without the kernel's headers the flag constants
 * are still defined (glibc's values) but struct mount_attr and enum
 * fsconfig_command are not. The functions come from
 * libwildebeest-syscalls. The MS_* values musl and the kernel both define
 * are the same, but for the type of one: musl's MS_NOUSER is unsigned, the
 * kernel's (and glibc's) an int. When the kernel's header came first its
 * definition is kept, so MS_NOUSER is an int in either order, as on glibc.
 */
#ifndef __LWB_SYSCALLS_SYS_MOUNT_H
#define __LWB_SYSCALLS_SYS_MOUNT_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#if !defined(__GLIBC__) && defined(_LINUX_MOUNT_H)
#define __LWB_SYSCALLS_KERNEL_MOUNT_FIRST 1
#pragma push_macro("MS_NOUSER")
#endif

#include_next <sys/mount.h>

#ifdef __LWB_SYSCALLS_KERNEL_MOUNT_FIRST
#undef MS_NOUSER
#pragma pop_macro("MS_NOUSER")
#endif

#if !defined(__GLIBC__)
#include <fcntl.h>
#include <stddef.h>
#if defined(__has_include)
#if __has_include(<linux/mount.h>)
#include <linux/mount.h>
#endif
#endif

#ifndef FSOPEN_CLOEXEC
#define FSOPEN_CLOEXEC 0x00000001
#endif
#ifndef FSPICK_CLOEXEC
#define FSPICK_CLOEXEC 0x00000001
#define FSPICK_SYMLINK_NOFOLLOW 0x00000002
#define FSPICK_NO_AUTOMOUNT 0x00000004
#define FSPICK_EMPTY_PATH 0x00000008
#endif
#ifndef FSMOUNT_CLOEXEC
#define FSMOUNT_CLOEXEC 0x00000001
#endif
#ifndef MOVE_MOUNT_F_SYMLINKS
#define MOVE_MOUNT_F_SYMLINKS 0x00000001
#define MOVE_MOUNT_F_AUTOMOUNTS 0x00000002
#define MOVE_MOUNT_F_EMPTY_PATH 0x00000004
#define MOVE_MOUNT_T_SYMLINKS 0x00000010
#define MOVE_MOUNT_T_AUTOMOUNTS 0x00000020
#define MOVE_MOUNT_T_EMPTY_PATH 0x00000040
#endif
#ifndef MOVE_MOUNT_SET_GROUP
#define MOVE_MOUNT_SET_GROUP 0x00000100
#endif
#ifndef MOVE_MOUNT__MASK
#define MOVE_MOUNT__MASK 0x00000177
#endif
#ifndef OPEN_TREE_CLONE
#define OPEN_TREE_CLONE 1
#endif
#ifndef OPEN_TREE_CLOEXEC
#define OPEN_TREE_CLOEXEC O_CLOEXEC
#endif
#ifndef MOUNT_ATTR_RDONLY
#define MOUNT_ATTR_RDONLY 0x00000001
#define MOUNT_ATTR_NOSUID 0x00000002
#define MOUNT_ATTR_NODEV 0x00000004
#define MOUNT_ATTR_NOEXEC 0x00000008
#define MOUNT_ATTR__ATIME 0x00000070
#define MOUNT_ATTR_RELATIME 0x00000000
#define MOUNT_ATTR_NOATIME 0x00000010
#define MOUNT_ATTR_STRICTATIME 0x00000020
#define MOUNT_ATTR_NODIRATIME 0x00000080
#endif
#ifndef MOUNT_ATTR_IDMAP
#define MOUNT_ATTR_IDMAP 0x00100000
#endif
#ifndef MOUNT_ATTR_NOSYMFOLLOW
#define MOUNT_ATTR_NOSYMFOLLOW 0x00200000
#endif
#ifndef MOUNT_ATTR_SIZE_VER0
#define MOUNT_ATTR_SIZE_VER0 32
#endif

#ifdef __cplusplus
extern "C" {
#endif
struct mount_attr;
int fsopen(const char *, unsigned int);
int fsmount(int, unsigned int, unsigned int);
int move_mount(int, const char *, int, const char *, unsigned int);
int fsconfig(int, unsigned int, const char *, const void *, int);
int fspick(int, const char *, unsigned int);
int open_tree(int, const char *, unsigned int);
int mount_setattr(int, const char *, unsigned int, struct mount_attr *, size_t);
#ifdef __cplusplus
}
#endif
#endif

#endif
