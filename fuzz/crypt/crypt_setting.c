/*
 * Differential fuzzing of crypt_r against libxcrypt's.
 *
 * Built in the sanitizer configuration (the build machine's glibc): the
 * module's -Wl,--wrap=crypt_r sends crypt_r() to libwildebeest and
 * __real_crypt_r() is libxcrypt's. Each input is a phrase and a setting
 * (split at the first NUL); both are hashed by both, and any difference in
 * the result or errno aborts, except where libxcrypt computes a method
 * libwildebeest does not implement (a documented deviation: there
 * libwildebeest must fail with "*0" and EINVAL). Settings that would run
 * for seconds (rounds= and BSDi counts above 5000, bcrypt costs above 6)
 * are skipped.
 */
#define _GNU_SOURCE
#include <crypt.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *__real_crypt_r(const char *, const char *, struct crypt_data *);

static int atoi64(int c)
{
	if (c >= '.' && c <= '9')
		return c - '.';
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 12;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 38;
	return 0;
}

static int too_slow(const char *setting)
{
	const char *r = strstr(setting, "rounds=");
	unsigned long count = 0;

	if (r && strtoul(r + 7, NULL, 10) > 5000)
		return 1;
	/* bcrypt's cost, 2^cost rounds. */
	if (!strncmp(setting, "$2", 2) && strlen(setting) > 6 && (setting[4] != '0' || setting[5] > '6'))
		return 1;
	if (setting[0] == '_' && strlen(setting) >= 5) {
		for (int i = 0; i < 4; i++)
			count |= (unsigned long)atoi64((unsigned char)setting[1 + i]) << (6 * i);
		return count > 5000;
	}
	return 0;
}

/* What libwildebeest implements: not "$2a$" for 8-bit phrases. */
static int implemented(const char *phrase, const char *setting)
{
	if (!strncmp(setting, "$2a$", 4))
		for (; *phrase; phrase++)
			if (*phrase & 0x80)
				return 0;
	return setting[0] != '$' || !strncmp(setting, "$1$", 3) || !strncmp(setting, "$5$", 3) ||
		!strncmp(setting, "$6$", 3) || !strncmp(setting, "$2", 2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct crypt_data ours, theirs;
	char *input = malloc(size + 2);
	char *phrase, *setting, *a, *b;
	int ea, eb;

	if (!input)
		return 0;
	memcpy(input, data, size);
	input[size] = input[size + 1] = 0;
	phrase = input;
	setting = input + strlen(input) + 1;
	if (setting > input + size || too_slow(setting)) {
		free(input);
		return 0;
	}
	errno = 0;
	a = crypt_r(phrase, setting, &ours);
	ea = errno;
	errno = 0;
	b = __real_crypt_r(phrase, setting, &theirs);
	eb = errno;
	if (b[0] != '*' && !implemented(phrase, setting)) {
		if (strcmp(a, "*0") || ea != EINVAL) {
			fprintf(stderr, "unimplemented method [%s]: got [%s] errno %d\n", setting, a, ea);
			abort();
		}
	} else if (strcmp(a, b) || ea != eb) {
		fprintf(stderr, "phrase [%s] setting [%s]:\n  libwildebeest [%s] errno %d\n  libxcrypt     [%s] errno %d\n",
			phrase, setting, a, ea, b, eb);
		abort();
	}
	free(input);
	return 0;
}
