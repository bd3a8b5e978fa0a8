#define _GNU_SOURCE
#include <crypt.h>
#include <errno.h>
#include <string.h>
#include "method.h"

char *__wrap_crypt_r(const char *, const char *, struct crypt_data *);

static const struct {
	const char *prefix;
	int (*hash)(const char *, size_t, const char *, char *);
} methods[] = {
	{ "$6$", __lwb_crypt_sha512 },
	{ "$5$", __lwb_crypt_sha256 },
	{ "$1$", __lwb_crypt_md5 },
	{ "$2", __lwb_crypt_bcrypt },
	{ "_", __lwb_crypt_bsdi },
};

/* libxcrypt refuses a setting with any byte outside printable ASCII, or
 * any of ! * : ; \ (field and comment separators in passwd files). */
static int setting_ok(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s < 0x21 || *s > 0x7e || strchr("!*:;\\", *s))
			return 0;
	return 1;
}

static char *fail(struct crypt_data *data, const char *setting, int err)
{
	/* Never equal to the setting, so it cannot be mistaken for a match. */
	memcpy(data->output, setting && setting[0] == '*' && setting[1] == '0' ? "*1" : "*0", 3);
	errno = err;
	return data->output;
}

/*
 * As libxcrypt, glibc's crypt library: the hash in data->output, or on
 * failure the token "*0" ("*1" if the setting starts with "*0") and errno:
 * EINVAL for a missing or malformed setting or a method not implemented
 * here, ERANGE for a phrase of CRYPT_MAX_PASSPHRASE_SIZE bytes or more.
 * Methods: $6$, $5$, $1$, $2b$/$2y$/$2a$/$2x$ (bcrypt), _ (BSDi), and
 * traditional DES with bigcrypt.
 * Everything lives in data: reentrant, no shared buffer.
 */
char *__wrap_crypt_r(const char *phrase, const char *setting, struct crypt_data *data)
{
	size_t n;

	/* libxcrypt crashes on a null data; nowhere to write, so fail. */
	if (!data) {
		errno = EINVAL;
		return NULL;
	}
	if (!phrase || !setting)
		return fail(data, setting, EINVAL);
	n = strnlen(phrase, LWB_CRYPT_MAX_PHRASE);
	if (n >= LWB_CRYPT_MAX_PHRASE)
		return fail(data, setting, ERANGE);
	if (!setting_ok(setting))
		return fail(data, setting, EINVAL);
	for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) {
		size_t len = strlen(methods[i].prefix);

		if (!strncmp(setting, methods[i].prefix, len)) {
			if (methods[i].hash(phrase, n, setting, data->output))
				return fail(data, setting, EINVAL);
			return data->output;
		}
	}
	/* Any other "$..." is a method not implemented here. */
	if (setting[0] == '$' || __lwb_crypt_des(phrase, n, setting, data->output))
		return fail(data, setting, EINVAL);
	return data->output;
}
