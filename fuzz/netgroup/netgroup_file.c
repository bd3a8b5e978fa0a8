/*
 * Differential fuzzing of the netgroup module against glibc's files
 * backend.
 *
 * Built in the sanitizer configuration only (the build machine's glibc,
 * clang, libFuzzer), where the module's functions are linked through
 * -Wl,--wrap and glibc's are __real_<name>. At start the target moves into
 * a private mount namespace with a tmpfs over /etc holding only
 * nsswitch.conf ("netgroup: files") and netgroup; each input becomes
 * /etc/netgroup. Its first byte picks getnetgrent_r's buffer size; the
 * groups named by the first words of its lines are enumerated through
 * both implementations call by call, and innetgr asked about each triple
 * found; any difference in a result, errno or string aborts. Inputs with a
 * group name ending in a continuation backslash are read but not compared
 * (glibc corrupts its heap there, docs/compat.md). Without a namespace
 * (not root) the inputs only exercise libwildebeest's side.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../common/private_etc.h"

int __real_setnetgrent(const char *);
int __real_getnetgrent_r(char **, char **, char **, char *, size_t);
void __real_endnetgrent(void);
int __real_innetgr(const char *, const char *, const char *, const char *);

static int isolated;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char nss[] = "netgroup: files\n";

	(void)argc;
	(void)argv;
	if (lwbfz_private_etc(nss)) {
		fprintf(stderr, "fuzz/netgroup: no private /etc (%s): not comparing with glibc\n",
			strerror(errno));
		return 0;
	}
	isolated = 1;
	return 0;
}

static void differ(const char *group, const char *what)
{
	fprintf(stderr, "libwildebeest and glibc differ in group \"%s\": %s\n", group, what);
	abort();
}

static void same_str(const char *group, const char *a, const char *b)
{
	if (!a != !b || (a && strcmp(a, b)))
		differ(group, "a field");
}

/* glibc corrupts its heap for a group whose name runs into the
 * backslash that continues its line; any physical line could start one. */
static int comparable(const char *text, size_t size)
{
	for (size_t i = 0; i < size; i++) {
		size_t j = i;

		if (i && text[i - 1] != '\n')
			continue;
		while (j < size && text[j] && !isspace((unsigned char)text[j]))
			j++;
		if (j > i && j < size && text[j] == '\n' && text[j - 1] == '\\')
			return 0;
	}
	return 1;
}

struct side {
	int (*set)(const char *);
	int (*get)(char **, char **, char **, char *, size_t);
	void (*end)(void);
	int (*in)(const char *, const char *, const char *, const char *);
};

static void compare(const char *group, size_t buflen)
{
	static const struct side ours = {setnetgrent, getnetgrent_r, endnetgrent, innetgr};
	static const struct side glibc = {__real_setnetgrent, __real_getnetgrent_r,
		__real_endnetgrent, __real_innetgr};
	char *b1 = malloc(buflen ? buflen : 1), *b2 = malloc(buflen ? buflen : 1);
	char *h1, *u1, *d1, *h2, *u2, *d2;
	int r1, r2, e1, e2, retries = 0;

	errno = 0;
	r1 = ours.set(group);
	e1 = errno;
	errno = 0;
	r2 = glibc.set(group);
	e2 = errno;
	if (r1 != r2 || e1 != e2)
		differ(group, "setnetgrent");
	for (int n = 0; n < 256; n++) {
		errno = 0;
		r1 = ours.get(&h1, &u1, &d1, b1, buflen);
		e1 = errno;
		errno = 0;
		r2 = glibc.get(&h2, &u2, &d2, b2, buflen);
		e2 = errno;
		if (r1 != r2 || e1 != e2)
			differ(group, "getnetgrent_r");
		if (r1 != 1) {
			if (e1 != ERANGE || ++retries > 2)
				break;
			continue;
		}
		same_str(group, h1, h2);
		same_str(group, u1, u2);
		same_str(group, d1, d2);
		errno = 0;
		r1 = ours.in(group, h1, u1, d1);
		e1 = errno;
		errno = 0;
		r2 = glibc.in(group, h2, u2, d2);
		e2 = errno;
		if (r1 != r2 || e1 != e2)
			differ(group, "innetgr");
	}
	ours.end();
	glibc.end();
	free(b1);
	free(b2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data + 1;
	size_t buflen, len, groups = 0;

	if (!size || !isolated)
		return 0;
	/* Mostly small buffers (ERANGE retries), sometimes glibc's 1024. */
	buflen = data[0] < 200 ? data[0] : 1024 + (data[0] - 200) * 16;
	size--;
	if (lwbfz_put_file("/etc/netgroup", text, size) || !comparable(text, size))
		return 0;
	for (size_t i = 0; i < size && groups < 8; i++) {
		char *name;

		if (i && text[i - 1] != '\n')
			continue;
		for (len = 0; i + len < size && text[i + len] && !isspace((unsigned char)text[i + len]); len++)
			;
		if (!len)
			continue;
		name = strndup(text + i, len);
		compare(name, buflen);
		free(name);
		groups++;
	}
	return 0;
}
