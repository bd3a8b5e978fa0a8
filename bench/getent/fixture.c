/*
 * The fixture of the getent benchmarks (bench/spawn.c calls it once per
 * run): in a private mount namespace, a passwd of 100000 users, a group
 * file whose group "big" has all of them as members, and an nsswitch.conf
 * naming only "files".
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mount.h>

#define USERS 100000

int bench_fixture(void);

static int bind_file(const char *dir, const char *name, void (*fill)(FILE *))
{
	char src[256], dst[256];
	FILE *f;

	snprintf(src, sizeof src, "%s/%s", dir, name);
	snprintf(dst, sizeof dst, "/etc/%s", name);
	if (!(f = fopen(src, "w")))
		return -1;
	fill(f);
	if (fclose(f) || mount(src, dst, NULL, MS_BIND, NULL)) {
		perror(dst);
		return -1;
	}
	return 0;
}

static void fill_passwd(FILE *f)
{
	fputs("root:x:0:0:root:/root:/bin/sh\n", f);
	for (int i = 0; i < USERS; i++)
		fprintf(f, "user%d:x:%d:%d:User %d,,,:/home/user%d:/bin/sh\n",
			i, 10000 + i, 10000 + i, i, i);
}

static void fill_group(FILE *f)
{
	fputs("root:x:0:\nbig:x:5000:", f);
	for (int i = 0; i < USERS; i++)
		fprintf(f, i ? ",user%d" : "user%d", i);
	fputs("\nsmall:x:5001:root\n", f);
}

static void fill_nsswitch(FILE *f)
{
	fputs("passwd: files\ngroup: files\nshadow: files\n", f);
}

int bench_fixture(void)
{
	char dir[] = "/tmp/bench-getent-XXXXXX";

	if (!mkdtemp(dir) || unshare(CLONE_NEWNS)
			|| mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)
			|| mount("tmpfs", dir, "tmpfs", 0, NULL)) {
		perror("private /etc");
		return -1;
	}
	return bind_file(dir, "passwd", fill_passwd) || bind_file(dir, "group", fill_group)
		|| bind_file(dir, "nsswitch.conf", fill_nsswitch) ? -1 : 0;
}
