/*
 * <sys/stat.h> with <linux/stat.h> and <sys/mount.h> with <linux/mount.h>:
 * the checks both include orders pass (libc_first.c, kernel_first.c), with
 * glibc's sizes, offsets and values.
 */
#include <fcntl.h>
#include <stddef.h>
#include "lwbtest.h"
#include "../uapi/consts.h"
#include "macros.h"

static const struct lwbt_const order_consts[] = {
	LWBT_MACROS_LINUX_STAT_H
	LWBT_MACROS_LINUX_MOUNT_H
	LWBT_END
};

static void check_statx_layout(void)
{
	struct statx s;

	ck_assert_uint_eq(sizeof s, 256);
	ck_assert_uint_eq(sizeof(struct statx_timestamp), 16);
	ck_assert_uint_eq(offsetof(struct statx, stx_mask), 0);
	ck_assert_uint_eq(offsetof(struct statx, stx_blksize), 4);
	ck_assert_uint_eq(offsetof(struct statx, stx_attributes), 8);
	ck_assert_uint_eq(offsetof(struct statx, stx_nlink), 16);
	ck_assert_uint_eq(offsetof(struct statx, stx_uid), 20);
	ck_assert_uint_eq(offsetof(struct statx, stx_gid), 24);
	ck_assert_uint_eq(offsetof(struct statx, stx_mode), 28);
	ck_assert_uint_eq(offsetof(struct statx, stx_ino), 32);
	ck_assert_uint_eq(offsetof(struct statx, stx_size), 40);
	ck_assert_uint_eq(offsetof(struct statx, stx_blocks), 48);
	ck_assert_uint_eq(offsetof(struct statx, stx_attributes_mask), 56);
	ck_assert_uint_eq(offsetof(struct statx, stx_atime), 64);
	ck_assert_uint_eq(offsetof(struct statx, stx_btime), 80);
	ck_assert_uint_eq(offsetof(struct statx, stx_ctime), 96);
	ck_assert_uint_eq(offsetof(struct statx, stx_mtime), 112);
	ck_assert_uint_eq(offsetof(struct statx, stx_rdev_major), 128);
	ck_assert_uint_eq(offsetof(struct statx, stx_dev_minor), 140);
	ck_assert_uint_eq(offsetof(struct statx, stx_mnt_id), 144);
	ck_assert_uint_eq(offsetof(struct statx_timestamp, tv_nsec), 8);
	ck_assert_uint_eq(STATX_TYPE, 0x1);
	ck_assert_uint_eq(STATX_MODE, 0x2);
	ck_assert_uint_eq(STATX_NLINK, 0x4);
	ck_assert_uint_eq(STATX_UID, 0x8);
	ck_assert_uint_eq(STATX_GID, 0x10);
	ck_assert_uint_eq(STATX_ATIME, 0x20);
	ck_assert_uint_eq(STATX_MTIME, 0x40);
	ck_assert_uint_eq(STATX_CTIME, 0x80);
	ck_assert_uint_eq(STATX_INO, 0x100);
	ck_assert_uint_eq(STATX_SIZE, 0x200);
	ck_assert_uint_eq(STATX_BLOCKS, 0x400);
	ck_assert_uint_eq(STATX_BASIC_STATS, 0x7ff);
	ck_assert_uint_eq(STATX_BTIME, 0x800);
	ck_assert_uint_eq(STATX_ALL, 0xfff);
	ck_assert_uint_eq(STATX_MNT_ID, 0x1000);
	ck_assert_uint_eq(STATX__RESERVED, 0x80000000U);
	ck_assert_uint_eq(STATX_ATTR_COMPRESSED, 0x4);
	ck_assert_uint_eq(STATX_ATTR_IMMUTABLE, 0x10);
	ck_assert_uint_eq(STATX_ATTR_APPEND, 0x20);
	ck_assert_uint_eq(STATX_ATTR_NODUMP, 0x40);
	ck_assert_uint_eq(STATX_ATTR_ENCRYPTED, 0x800);
	ck_assert_uint_eq(STATX_ATTR_AUTOMOUNT, 0x1000);
	ck_assert_uint_eq(STATX_ATTR_MOUNT_ROOT, 0x2000);
	ck_assert_uint_eq(STATX_ATTR_VERITY, 0x100000);
	ck_assert_uint_eq(STATX_ATTR_DAX, 0x200000);
	ck_assert_int_eq(AT_STATX_SYNC_AS_STAT, 0);
	ck_assert_int_eq(AT_STATX_FORCE_SYNC, 0x2000);
	ck_assert_int_eq(AT_STATX_DONT_SYNC, 0x4000);
	ck_assert_int_eq(AT_STATX_SYNC_TYPE, 0x6000);
	/* The file-type bits the kernel's header defines again (without
	 * glibc) are the C library's. */
	ck_assert_int_eq(S_IFMT, 0170000);
	ck_assert(S_ISLNK(S_IFLNK | 0777));
}

static void check_mount_api(void)
{
	struct mount_attr attr = { 0 };
	enum fsconfig_command cmd = FSCONFIG_CMD_CREATE;

	ck_assert_uint_eq(sizeof attr, 32);
	ck_assert_uint_eq(MOUNT_ATTR_SIZE_VER0, 32);
	ck_assert_uint_eq(offsetof(struct mount_attr, attr_set), 0);
	ck_assert_uint_eq(offsetof(struct mount_attr, attr_clr), 8);
	ck_assert_uint_eq(offsetof(struct mount_attr, propagation), 16);
	ck_assert_uint_eq(offsetof(struct mount_attr, userns_fd), 24);
	ck_assert_int_eq(cmd, 6);
	ck_assert_int_eq(FSCONFIG_SET_FLAG, 0);
	ck_assert_int_eq(FSCONFIG_SET_STRING, 1);
	ck_assert_int_eq(FSCONFIG_SET_BINARY, 2);
	ck_assert_int_eq(FSCONFIG_SET_PATH, 3);
	ck_assert_int_eq(FSCONFIG_SET_PATH_EMPTY, 4);
	ck_assert_int_eq(FSCONFIG_SET_FD, 5);
	ck_assert_int_eq(FSCONFIG_CMD_RECONFIGURE, 7);
	ck_assert_int_eq(FSOPEN_CLOEXEC, 1);
	ck_assert_int_eq(FSPICK_CLOEXEC, 1);
	ck_assert_int_eq(FSPICK_SYMLINK_NOFOLLOW, 2);
	ck_assert_int_eq(FSPICK_NO_AUTOMOUNT, 4);
	ck_assert_int_eq(FSPICK_EMPTY_PATH, 8);
	ck_assert_int_eq(FSMOUNT_CLOEXEC, 1);
	ck_assert_int_eq(MOVE_MOUNT_F_SYMLINKS, 0x1);
	ck_assert_int_eq(MOVE_MOUNT_F_AUTOMOUNTS, 0x2);
	ck_assert_int_eq(MOVE_MOUNT_F_EMPTY_PATH, 0x4);
	ck_assert_int_eq(MOVE_MOUNT_T_SYMLINKS, 0x10);
	ck_assert_int_eq(MOVE_MOUNT_T_AUTOMOUNTS, 0x20);
	ck_assert_int_eq(MOVE_MOUNT_T_EMPTY_PATH, 0x40);
	ck_assert_int_eq(MOVE_MOUNT_SET_GROUP, 0x100);
	ck_assert_int_eq(MOVE_MOUNT__MASK, 0x177);
	ck_assert_int_eq(OPEN_TREE_CLONE, 1);
	ck_assert_int_eq(OPEN_TREE_CLOEXEC, O_CLOEXEC);
	ck_assert_int_eq(MOUNT_ATTR_RDONLY, 0x1);
	ck_assert_int_eq(MOUNT_ATTR_NOSUID, 0x2);
	ck_assert_int_eq(MOUNT_ATTR_NODEV, 0x4);
	ck_assert_int_eq(MOUNT_ATTR_NOEXEC, 0x8);
	ck_assert_int_eq(MOUNT_ATTR__ATIME, 0x70);
	ck_assert_int_eq(MOUNT_ATTR_RELATIME, 0);
	ck_assert_int_eq(MOUNT_ATTR_NOATIME, 0x10);
	ck_assert_int_eq(MOUNT_ATTR_STRICTATIME, 0x20);
	ck_assert_int_eq(MOUNT_ATTR_NODIRATIME, 0x80);
	ck_assert_int_eq(MOUNT_ATTR_IDMAP, 0x100000);
	ck_assert_int_eq(MOUNT_ATTR_NOSYMFOLLOW, 0x200000);
	/* The C library's own mount flags, which the kernel's header repeats. */
	ck_assert_int_eq(MS_RDONLY, 1);
	ck_assert_int_eq(MS_BIND, 4096);
	ck_assert_int_eq(MS_REC, 16384);
	ck_assert_int_eq(MS_PRIVATE, 1 << 18);
	ck_assert_int_eq(MNT_DETACH, 2);
}

static void check_all(const char *order)
{
	check_statx_layout();
	check_mount_api();
	/* The S_* and MS_* names both headers define. */
	ck_assert_int_gt(lwbt_compare_with_kernel(order, order_consts), 40);
}
