/*
 * getent over mutated database files: the first byte picks a database
 * file, the rest is its content; getent then enumerates that database and
 * looks up a few keys in it. Runs in a private mount namespace where the
 * fixture files are bound over /etc (with an nsswitch.conf naming only
 * "files"), built for glibc under ASan and UBSan: getent's writers and
 * formats must take whatever the database functions return without a
 * crash, a leak or a hang. Output goes to /dev/null.
 *
 * Not aliases: glibc 2.36's own reader (files-alias.c, get_next_alias)
 * hangs on some mutated /etc/aliases within seconds, which is glibc's
 * getent's hang too, not this tool's; aliases waits for the module.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "getent.h"

struct getent_flags getent_flags;

static const struct {
	const char *file;
	int (*run)(int, char **);
	char *keys[3];
} targets[] = {
	{"passwd", getent_passwd, {"root", "0", "4294967296"}},
	{"group", getent_group, {"wheel", "10", "root"}},
	{"shadow", getent_shadow, {"root", "bob", ""}},
	{"gshadow", getent_gshadow, {"root", "wheel", ""}},
	{"hosts", getent_hosts, {"foo", "10.1.2.3", "::1"}},
	{"services", getent_services, {"ssh", "22/tcp", "53"}},
	{"protocols", getent_protocols, {"tcp", "6", "x"}},
	{"networks", getent_networks, {"loopback", "127.0.0.0", "10.1"}},
	{"rpc", getent_rpc, {"portmapper", "100000", "nfs"}},
	{"ethers", getent_ethers, {"pluto", "8:0:20:0:61:ca", "x"}},
	{"netgroup", getent_netgroup, {"all", "trusted", "nested"}},
};
#define NTARGETS (sizeof targets / sizeof *targets)

static char dir[] = "/tmp/fuzz-getent-XXXXXX";

static void bind(const char *name, const char *text)
{
	char src[256], dst[256];
	FILE *f;

	snprintf(src, sizeof src, "%s/%s", dir, name);
	snprintf(dst, sizeof dst, "/etc/%s", name);
	f = fopen(src, "w");
	if (!f || fputs(text, f) < 0 || fclose(f)) {
		perror(src);
		exit(1);
	}
	/* A name /etc lacks gets an empty file to be bound over. */
	if (access(dst, F_OK)) {
		f = fopen(dst, "w");
		if (f)
			fclose(f);
	}
	if (mount(src, dst, NULL, MS_BIND, NULL)) {
		perror(dst);
		exit(1);
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (!mkdtemp(dir) || unshare(CLONE_NEWNS)
			|| mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)
			|| mount("tmpfs", dir, "tmpfs", 0, NULL)) {
		perror("private mount namespace");
		exit(1);
	}
	bind("nsswitch.conf", "passwd: files\ngroup: files\nshadow: files\ngshadow: files\n"
		"hosts: files\nnetworks: files\nprotocols: files\nservices: files\n"
		"ethers: files\nrpc: files\nnetgroup: files\naliases: files\n");
	for (size_t i = 0; i < NTARGETS; i++)
		bind(targets[i].file, "");
	if (!freopen("/dev/null", "w", stdout))
		exit(1);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[256], copies[3][32], *keys[3];
	FILE *f;
	size_t t;

	if (size < 1)
		return 0;
	t = data[0] % NTARGETS;
	snprintf(path, sizeof path, "%s/%s", dir, targets[t].file);
	f = fopen(path, "w");
	if (!f)
		abort();
	fwrite(data + 1, 1, size - 1, f);
	if (fclose(f))
		abort();
	targets[t].run(0, 0);
	/* services cuts its keys at the '/'. */
	for (int i = 0; i < 3; i++) {
		snprintf(copies[i], sizeof copies[i], "%s", targets[t].keys[i]);
		keys[i] = copies[i];
	}
	targets[t].run(3, keys);
	fflush(stdout);
	return 0;
}
