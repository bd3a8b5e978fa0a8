/*
 * Helpers shared by the Check suites. Every test source is compiled twice,
 * for musl with libwildebeest and for glibc without it, so nothing here may
 * depend on either: plain POSIX and Linux system calls only, and no call to
 * a function a module replaces (no nftw, no glob, no getopt).
 */
#ifndef LWBTEST_H
#define LWBTEST_H

#include <check.h>
#include <stddef.h>

/* Which libc this binary runs on; a few deliberate deviations differ. */
#ifdef __GLIBC__
#define LWBT_GLIBC 1
#else
#define LWBT_GLIBC 0
#endif

/* A fresh directory under $TMPDIR (default /tmp), searchable by everyone
 * so a test that drops to an unprivileged user can still reach it. */
char *lwbt_tmpdir(void);

/* Remove a tree, following no symbolic links; restores permissions first. */
void lwbt_rmtree(const char *path);

/* Build fixture trees; each fails the test on error. Paths are relative to
 * root. */
void lwbt_mkdir(const char *root, const char *path, int mode);
void lwbt_touch(const char *root, const char *path);
void lwbt_symlink(const char *root, const char *target, const char *path);
void lwbt_chmod(const char *root, const char *path, int mode);

/* root + "/" + path, in a buffer the caller frees. */
char *lwbt_path(const char *root, const char *path);

/* Descriptors open in this process. */
int lwbt_count_fds(void);

/* Drop to uid/gid 65534 when running as root, so permission checks apply;
 * call only inside a forked test. Returns 0, or -1 if not possible. */
int lwbt_drop_privileges(void);

/* Give the calling (forked) test a private mount namespace where it may
 * mount: as root directly, otherwise inside a new user namespace.
 * Returns 0, or -1 with errno when the kernel or sandbox refuses. */
int lwbt_private_mounts(void);

/* Inside a private mount namespace (call lwbt_private_mounts() first),
 * replace /etc by a tmpfs holding everything the real /etc holds (each entry
 * bind-mounted from it, symbolic links copied) except that each of the n
 * fixtures {name, source} becomes /etc/name with the contents of the file
 * source, or is absent when source is NULL. name may not contain '/'.
 * Nothing outside the namespace changes. Returns 0, or -1 with errno. */
int lwbt_fake_etc(const char *const fixtures[][2], size_t n);

/* The names in a directory in readdir order, "." and ".." left out, as a
 * NULL-terminated array the caller frees with lwbt_free_names. */
char **lwbt_readdir_order(const char *dir);
void lwbt_free_names(char **names);

/* Run a suite with Check's defaults (forked tests) and return the exit
 * status for meson: 0 when every test passed. */
int lwbt_run(Suite *s);

#endif
