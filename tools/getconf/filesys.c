/*
 * pathconf values that depend on the file system holding the path, as
 * glibc gives them on Linux. (musl's pathconf ignores the path: same
 * numbers for every file system, and no error for a missing path.)
 *
 * The per-file-system numbers below are glibc's, observed by making
 * statfs report each file system type (tools/getconf/tests/tracer.c) and
 * asking glibc's pathconf; types not listed get the defaults.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "getconf.h"

#define EXT2_SUPER_MAGIC 0xef53

static const struct filesystem {
	unsigned long magic;
	long link_max;
	long filesizebits;
	long symlinks;
} filesystems[] = {
	{0x0000002f, 127, 32, 0},		/* qnx4 */
	{0x0000137f, 250, 32, 1},		/* minix */
	{0x0000138f, 250, 32, 1},		/* minix, 30-character names */
	{0x00001cd1, 127, 32, 0},		/* devpts */
	{0x00002468, 65530, 32, 1},		/* minix v2 */
	{0x00002478, 65530, 32, 1},		/* minix v2, 30-character names */
	{0x00004d44, 127, 32, 0},		/* msdos, vfat */
	{0x0000517b, 127, 64, 1},		/* smb */
	{0x00007275, 127, 32, 0},		/* romfs */
	{0x0000adf5, 127, 32, 0},		/* adfs */
	{EXT2_SUPER_MAGIC, 32000, 64, 1},	/* ext2, ext3; ext4 has 65000 */
	{0x00011954, 32000, 64, 1},		/* ufs */
	{0x0027e0eb, 127, 64, 1},		/* cgroup */
	{0x00414a53, 127, 32, 0},		/* efs */
	{0x012ff7b4, 126, 32, 1},		/* xenix */
	{0x012ff7b5, 126, 32, 1},		/* sysv4 */
	{0x012ff7b6, 126, 32, 1},		/* sysv2 */
	{0x012ff7b7, 10000, 32, 1},		/* coherent */
	{0x0bd00bd0, 65000, 64, 1},		/* lustre */
	{0x15013346, 127, 64, 1},		/* udf */
	{0x1badface, 127, 32, 0},		/* bfs */
	{0x28cd3d45, 127, 32, 0},		/* cramfs */
	{0x3153464a, 127, 64, 1},		/* jfs */
	{0x52654973, 64535, 64, 1},		/* reiserfs */
	{0x5346544e, 127, 64, 0},		/* ntfs */
	{0x58465342, 2147483647, 64, 1},	/* xfs */
	{0x9123683e, 127, 255, 1},		/* btrfs */
	{0xa501fcf5, 127, 64, 1},		/* vxfs */
	{0xf2f52010, 32000, 256, 1},		/* f2fs */
};

static const struct filesystem other = {0, 127, 32, 1};

static const struct filesystem *filesystem(const struct statfs *sf)
{
	unsigned long magic = (unsigned long)sf->f_type;

	for (size_t i = 0; i < sizeof filesystems / sizeof *filesystems; i++)
		if (filesystems[i].magic == magic)
			return &filesystems[i];
	return &other;
}

/* Undo the octal escapes of /proc/mounts (\040 for a space, ...). */
void mount_unescape(char *s)
{
	char *out = s;

	for (; *s; s++) {
		if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' && s[2] >= '0' &&
		    s[2] <= '7' && s[3] >= '0' && s[3] <= '7') {
			*out++ = (s[1] - '0') << 6 | (s[2] - '0') << 3 | (s[3] - '0');
			s += 3;
		} else {
			*out++ = *s;
		}
	}
	*out = 0;
}

/* The type /proc/mounts gives the first ext2/3/4 mount on device dev. */
static int ext4_by_mounts(dev_t dev)
{
	FILE *f = fopen("/proc/mounts", "re");
	char *line = NULL, *dir, *type, *save;
	size_t size = 0;
	struct stat st;
	int ext4 = 0;

	if (!f)
		return 0;
	while (getline(&line, &size, f) > 0) {
		if (!strtok_r(line, " \t\n", &save) ||
		    !(dir = strtok_r(NULL, " \t\n", &save)) ||
		    !(type = strtok_r(NULL, " \t\n", &save)))
			continue;
		if (strcmp(type, "ext2") && strcmp(type, "ext3") && strcmp(type, "ext4"))
			continue;
		mount_unescape(dir);
		if (stat(dir, &st) || st.st_dev != dev)
			continue;
		ext4 = !strcmp(type, "ext4");
		break;
	}
	free(line);
	fclose(f);
	return ext4;
}

/* ext2, ext3 and ext4 share a magic number. A file system the ext4 driver
 * mounted has /sys/fs/ext4/<its block device>; without sysfs, the type
 * /proc/mounts gives decides. */
static int is_ext4(const char *path)
{
	char link[64], target[4096], ext4[4200];
	const char *dev;
	struct stat st;
	ssize_t n;

	if (stat(path, &st))
		return 0;
	snprintf(link, sizeof link, "/sys/dev/block/%u:%u",
		major(st.st_dev), minor(st.st_dev));
	n = readlink(link, target, sizeof target - 1);
	if (n < 0)
		return ext4_by_mounts(st.st_dev);
	target[n] = 0;
	dev = strrchr(target, '/') ? strrchr(target, '/') + 1 : target;
	snprintf(ext4, sizeof ext4, "/sys/fs/ext4/%s", dev);
	return !access(ext4, F_OK);
}

long link_max(const char *path)
{
	struct statfs sf;

	if (statfs(path, &sf))
		return -1;
	if ((unsigned long)sf.f_type == EXT2_SUPER_MAGIC && is_ext4(path))
		return 65000;
	return filesystem(&sf)->link_max;
}

long name_max(const char *path)
{
	struct statfs sf;

	return statfs(path, &sf) ? -1 : (long)sf.f_namelen;
}

long filesizebits(const char *path)
{
	struct statfs sf;

	return statfs(path, &sf) ? -1 : filesystem(&sf)->filesizebits;
}

long symlinks(const char *path)
{
	struct statfs sf;

	return statfs(path, &sf) ? -1 : filesystem(&sf)->symlinks;
}

/* Linux restricts chown to privileged processes on every file system. */
long chown_restricted(const char *path)
{
	struct statfs sf;

	return statfs(path, &sf) ? -1 : 1;
}

/* Asynchronous I/O works on regular files and block devices. */
long async_io(const char *path)
{
	struct stat st;

	if (stat(path, &st))
		return -1;
	return S_ISREG(st.st_mode) || S_ISBLK(st.st_mode) ? 1 : -1;
}

/* POSIX_REC_MIN_XFER_SIZE: the file system's preferred transfer size. */
long block_size(const char *path)
{
	struct statfs sf;

	return statfs(path, &sf) ? -1 : (long)sf.f_bsize;
}

/* POSIX_ALLOC_SIZE_MIN and POSIX_REC_XFER_ALIGN: its allocation unit. */
long fragment_size(const char *path)
{
	struct statfs sf;

	if (statfs(path, &sf))
		return -1;
	return sf.f_frsize ? (long)sf.f_frsize : (long)sf.f_bsize;
}
