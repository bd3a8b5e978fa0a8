/* The new mount API in a private mount namespace: a tmpfs made with
 * fsopen/fsconfig/fsmount and attached with move_mount, a bind mount from
 * open_tree, read-only with mount_setattr, reconfigured through fspick,
 * and their errors. Skipped (77) where no namespace can be had. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include "sctest.h"

static char *dir;

static void setup(void)
{
	ck_assert_msg(lwbt_private_mounts() == 0, "private mount namespace: %s", strerror(errno));
	dir = lwbt_tmpdir();
	ck_assert(chdir(dir) == 0);
	lwbt_mkdir(dir, "a", 0755);
	lwbt_mkdir(dir, "b", 0755);
	lwbt_touch(dir, "a/file");
}

static void teardown(void)
{
	char *b = lwbt_path(dir, "b");

	ck_assert(chdir("/") == 0);
	umount2(b, MNT_DETACH);
	lwbt_rmtree(dir);
	free(b);
	free(dir);
}

static int new_tmpfs(const char *size)
{
	int fs = fsopen("tmpfs", FSOPEN_CLOEXEC);
	int mnt;

	ck_assert_msg(fs >= 0, "fsopen: %s", strerror(errno));
	ck_assert_int_eq(fcntl(fs, F_GETFD), FD_CLOEXEC);
	ck_assert_int_eq(fsconfig(fs, FSCONFIG_SET_STRING, "size", size, 0), 0);
	ck_assert_int_eq(fsconfig(fs, FSCONFIG_SET_FLAG, "noswap", NULL, 0) == 0 || errno == EINVAL, 1);
	ck_assert_int_eq(fsconfig(fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0), 0);
	mnt = fsmount(fs, FSMOUNT_CLOEXEC, MOUNT_ATTR_NODEV);
	ck_assert_msg(mnt >= 0, "fsmount: %s", strerror(errno));
	close(fs);
	return mnt;
}

static unsigned long blocks_of(const char *path)
{
	struct statvfs v;

	ck_assert(statvfs(path, &v) == 0);
	return (unsigned long)(v.f_blocks * v.f_frsize);
}

START_TEST(fsopen_fsconfig_fsmount_move_mount)
{
	int mnt = new_tmpfs("1m");
	struct stat before, after;
	struct statvfs v;

	ck_assert(stat("b", &before) == 0);
	ck_assert_int_eq(move_mount(mnt, "", AT_FDCWD, "b", MOVE_MOUNT_F_EMPTY_PATH), 0);
	ck_assert(stat("b", &after) == 0);
	ck_assert(before.st_dev != after.st_dev);
	ck_assert_uint_eq(blocks_of("b"), 1024 * 1024);
	ck_assert(statvfs("b", &v) == 0);
	ck_assert(v.f_flag & ST_NODEV);
	lwbt_touch(dir, "b/new");
	close(mnt);
}
END_TEST

START_TEST(open_tree_and_mount_setattr)
{
	int tree = open_tree(AT_FDCWD, "a", OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
	struct mount_attr attr;

	ck_assert_msg(tree >= 0, "open_tree: %s", strerror(errno));
	ck_assert_int_eq(fcntl(tree, F_GETFD), FD_CLOEXEC);
	ck_assert_int_eq(move_mount(tree, "", AT_FDCWD, "b", MOVE_MOUNT_F_EMPTY_PATH), 0);
	ck_assert_int_eq(access("b/file", F_OK), 0);
	memset(&attr, 0, sizeof attr);
	attr.attr_set = MOUNT_ATTR_RDONLY;
	ck_assert_int_eq(mount_setattr(AT_FDCWD, "b", 0, &attr, sizeof attr), 0);
	errno = 0;
	ck_assert_int_eq(open("b/other", O_WRONLY | O_CREAT, 0644), -1);
	ck_assert_int_eq(errno, EROFS);
	/* The original is still writable. */
	lwbt_touch(dir, "a/other");
	attr.attr_set = 0;
	attr.attr_clr = MOUNT_ATTR_RDONLY;
	ck_assert_int_eq(mount_setattr(AT_FDCWD, "b", 0, &attr, MOUNT_ATTR_SIZE_VER0), 0);
	lwbt_touch(dir, "b/third");
	close(tree);
}
END_TEST

START_TEST(fspick_reconfigures)
{
	int mnt = new_tmpfs("1m");
	int fs;

	ck_assert_int_eq(move_mount(mnt, "", AT_FDCWD, "b", MOVE_MOUNT_F_EMPTY_PATH), 0);
	fs = fspick(AT_FDCWD, "b", FSPICK_CLOEXEC);
	ck_assert_msg(fs >= 0, "fspick: %s", strerror(errno));
	ck_assert_int_eq(fsconfig(fs, FSCONFIG_SET_STRING, "size", "2m", 0), 0);
	ck_assert_int_eq(fsconfig(fs, FSCONFIG_CMD_RECONFIGURE, NULL, NULL, 0), 0);
	ck_assert_uint_eq(blocks_of("b"), 2 * 1024 * 1024);
	close(fs);
	close(mnt);
}
END_TEST

START_TEST(errors)
{
	struct mount_attr attr;
	int fs;

	errno = 0;
	ck_assert_int_eq(fsopen("no-such-filesystem", 0), -1);
	ck_assert_int_eq(errno, ENODEV);
	errno = 0;
	ck_assert_int_eq(fsopen("tmpfs", 0x100), -1);
	ck_assert_int_eq(errno, EINVAL);
	fs = fsopen("tmpfs", 0);
	ck_assert(fs >= 0);
	errno = 0;
	ck_assert_int_eq(fsconfig(fs, FSCONFIG_SET_STRING, "no-such-option", "1", 0), -1);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_int_eq(fsconfig(fs, 99, NULL, NULL, 0), -1);
	ck_assert_int_eq(errno, EOPNOTSUPP);
	errno = 0;
	ck_assert_int_eq(fsconfig(9999, FSCONFIG_CMD_CREATE, NULL, NULL, 0), -1);
	ck_assert_int_eq(errno, EBADF);
	/* Not created yet. */
	errno = 0;
	ck_assert_int_eq(fsmount(fs, 0, 0), -1);
	ck_assert_int_eq(errno, EINVAL);
	close(fs);
	errno = 0;
	ck_assert_int_eq(fspick(AT_FDCWD, "missing", 0), -1);
	ck_assert_int_eq(errno, ENOENT);
	errno = 0;
	ck_assert_int_eq(fspick(AT_FDCWD, "a", 0x100), -1);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_int_eq(open_tree(AT_FDCWD, "missing", OPEN_TREE_CLONE), -1);
	ck_assert_int_eq(errno, ENOENT);
	errno = 0;
	ck_assert_int_eq(move_mount(AT_FDCWD, "a", AT_FDCWD, "b", 0x8000), -1);
	ck_assert_int_eq(errno, EINVAL);
	memset(&attr, 0, sizeof attr);
	errno = 0;
	ck_assert_int_eq(mount_setattr(AT_FDCWD, "a", 0, &attr, 8), -1);
	ck_assert_int_eq(errno, EINVAL);
	attr.attr_set = 0x80000000;
	errno = 0;
	ck_assert_int_eq(mount_setattr(AT_FDCWD, "/", 0, &attr, sizeof attr), -1);
	ck_assert_int_eq(errno, EINVAL);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("mount API");
	TCase *tc = tcase_create("mount API");

	if (!sct_namespaces_available()) {
		puts("SKIP: no private mount namespace (needs root or user namespaces)");
		return 77;
	}
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, fsopen_fsconfig_fsmount_move_mount);
	tcase_add_test(tc, open_tree_and_mount_setattr);
	tcase_add_test(tc, fspick_reconfigures);
	tcase_add_test(tc, errors);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
