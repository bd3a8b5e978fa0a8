/*
 * Differential fuzzing of the fnmatch module against glibc's fnmatch.
 *
 * Built in the sanitizer configuration only (the build machine's glibc,
 * clang, libFuzzer): there -Wl,--wrap=fnmatch sends fnmatch() to
 * libwildebeest and __real_fnmatch() is glibc's own. Each input is a
 * flags byte (the six FNM_ flags, and the locale: C or C.UTF-8), a
 * pattern and a string; any difference in the answer aborts. ASan, UBSan
 * and LeakSanitizer watch the rest.
 *
 * glibc's own FNM_EXTMATCH matcher is exponential ("+(a|a)+(a|a)+(a|a)b"
 * takes it 30 s against 16 characters), so inputs are kept where it is
 * quick: patterns of at most 24 bytes with at most 5 stars and groups,
 * strings of at most 10 bytes. Every input then takes well under a
 * millisecond on both sides; libFuzzer's -timeout (10 s, fuzz/meson.build)
 * is the bound enforced. libwildebeest's matcher alone is fed longer
 * strings too, to check it gives an answer (its time bound is in
 * docs/compat.md).
 */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int __real_fnmatch(const char *, const char *, int);

#define MAX_PATTERN 24
#define MAX_STRING 10
#define MAX_WILD 5

/* Stars and group openers: what makes glibc slow. */
static int wildness(const char *p)
{
	int n = 0;

	for (; *p; p++)
		n += *p == '*' || (p[1] == '(' && strchr("?+@!", *p));
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int locale = -1;
	char pattern[MAX_PATTERN + 1], string[4 * MAX_STRING + 1];
	size_t plen, slen;
	int flags, utf8, ours, theirs;

	if (size < 2)
		return 0;
	flags = data[0] & 0x3f;
	utf8 = data[0] >> 7;
	plen = data[1] % (MAX_PATTERN + 1);
	if (plen > size - 2)
		plen = size - 2;
	memcpy(pattern, data + 2, plen);
	pattern[plen] = 0;
	slen = size - 2 - plen;
	if (slen > sizeof string - 1)
		slen = sizeof string - 1;
	memcpy(string, data + 2 + plen, slen);
	string[slen] = 0;
	if (locale != utf8) {
		if (!setlocale(LC_ALL, utf8 ? "C.UTF-8" : "C"))
			abort();
		locale = utf8;
	}
	ours = fnmatch(pattern, string, flags);
	if (ours != 0 && ours != FNM_NOMATCH) {
		fprintf(stderr, "fnmatch(\"%s\", \"%s\", %#x) = %d\n", pattern, string, (unsigned)flags, ours);
		abort();
	}
	if (strlen(string) > MAX_STRING || wildness(pattern) > MAX_WILD)
		return 0;
	theirs = __real_fnmatch(pattern, string, flags);
	if (ours != theirs) {
		fprintf(stderr, "fnmatch(\"%s\", \"%s\", %#x) in %s: ours %d, glibc %d\n",
			pattern, string, (unsigned)flags, utf8 ? "C.UTF-8" : "C", ours, theirs);
		abort();
	}
	return 0;
}
