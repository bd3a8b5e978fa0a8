/*
 * The POSIX compilation environments (XBS5_*, POSIX_V6_*, POSIX_V7_*):
 * which ones this system offers, and the compiler flags for each.
 *
 * The native one is the data model this getconf was built for. On x86-64,
 * glibc also reports the 32-bit ones when GETCONF_DIR (a directory, or the
 * environment variable of that name) holds POSIX_V6_ILP32_OFF32 or
 * POSIX_V6_ILP32_OFFBIG: the getconf of that environment, which -v runs.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include "getconf.h"

#ifndef GETCONF_DIR
#define GETCONF_DIR "/usr/libexec/getconf"
#endif

static const char *const families[] = {"XBS5_", "POSIX_V6_", "POSIX_V7_"};
static const char *const models[] = {
	"ILP32_OFF32", "ILP32_OFFBIG", "LP64_OFF64", "LPBIG_OFFBIG",
};

const char *environment_name(int env)
{
	static char name[32];

	snprintf(name, sizeof name, "%s%s", families[env / 4], models[env % 4]);
	return name;
}

static int native_model(void)
{
	if (sizeof(long) == 8 && sizeof(void *) == 8 && sizeof(off_t) == 8)
		return LP64_OFF64;
	if (sizeof(long) == 4 && sizeof(void *) == 4)
		return sizeof(off_t) == 8 ? ILP32_OFFBIG : ILP32_OFF32;
	return -1;
}

int environment_native(int env)
{
	return env % 4 == native_model();
}

/* Where other environments' getconf programs live: $GETCONF_DIR, as
 * glibc honours it, or the directory chosen at build time. */
const char *getconf_dir(void)
{
	const char *dir = getenv("GETCONF_DIR");

	return dir ? dir : GETCONF_DIR;
}

/* Is the 32-bit environment's getconf installed (x86-64 only)? Asked
 * once per run: -a needs the answer 33 times. */
static int installed(int model)
{
#if defined(__x86_64__) && !defined(__ILP32__)
	static int found[2] = {-1, -1};
	const char *dir;
	char *path;
	struct stat st;

	if (model != ILP32_OFF32 && model != ILP32_OFFBIG)
		return 0;
	if (found[model] >= 0)
		return found[model];
	dir = getconf_dir();
	path = malloc(strlen(dir) + sizeof "/POSIX_V6_ILP32_OFFBIG");
	if (!path)
		return 0;
	sprintf(path, "%s/POSIX_V6_%s", dir, models[model]);
	found[model] = !stat(path, &st);
	free(path);
	return found[model];
#else
	(void)model;
	return 0;
#endif
}

/* _XBS5_*, _POSIX_V6_*, _POSIX_V7_*: 1 if offered, else undefined. */
long environment(int env)
{
	return environment_native(env) || installed(env % 4) ? 1 : -1;
}

/* The flags gcc needs for each data model, on x86; nowhere else does
 * glibc name any. Empty for an environment this system does not offer. */
const char *cflags(int env)
{
	if (environment(env) != 1)
		return "";
#if defined(__x86_64__) || defined(__i386__)
	switch (env % 4) {
	case ILP32_OFF32:
		return "-m32";
	case ILP32_OFFBIG:
		return "-m32 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64";
	case LP64_OFF64:
		return "-m64";
	}
#endif
	return "";
}

const char *ldflags(int env)
{
	if (environment(env) != 1)
		return "";
#if defined(__x86_64__) || defined(__i386__)
	switch (env % 4) {
	case ILP32_OFF32:
	case ILP32_OFFBIG:
		return "-m32";
	case LP64_OFF64:
		return "-m64";
	}
#endif
	return "";
}

/* The offered environments whose int, long, pointer and off_t are at most
 * 32 or 64 bits, one name a line. */
const char *restricted_envs(int family)
{
	static char list[128];
	int model;

	list[0] = 0;
	for (model = ILP32_OFF32; model <= LP64_OFF64; model++) {
		if (environment(family + model) != 1)
			continue;
		if (list[0])
			strcat(list, "\n");
		strcat(list, environment_name(family + model));
	}
	return list;
}

/* Large-file flags: none where off_t is already 64 bits. */
const char *lfs_cflags(int unused)
{
	(void)unused;
	if (sizeof(long) == 8)
		return "";
	return "-D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64";
}
