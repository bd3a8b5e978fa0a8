/*
 * Differential fuzzing of the shadow module's reader against glibc's
 * fgetspent_r.
 *
 * Built in the sanitizer configuration only (the build machine's glibc,
 * clang, libFuzzer), where the module's functions are linked into the
 * target and glibc's own are reached with dlsym(RTLD_NEXT). The input's
 * first bytes pick buffer sizes and alignments, the rest is read as a
 * shadow file call by call through both implementations; any difference
 * in return value, errno, result pointer, record or stream position
 * aborts. As in fuzz/gshadow, files with a NUL byte, or whose last line is
 * indented and has no newline, are read but not compared (glibc bugs,
 * docs/compat.md); so are files with a field of white space only, which
 * glibc takes as empty in some positions and not in others (a known
 * difference, docs/compat.md).
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <shadow.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int sp_fn(FILE *, struct spwd *, char *, size_t, struct spwd **);

static sp_fn *glibc_sp;
static char last_call[64];

static void differ(const char *what)
{
	fprintf(stderr, "libwildebeest and glibc differ after %s: %s\n", last_call, what);
	abort();
}

static int blank_field(const uint8_t *data, size_t size)
{
	for (size_t i = 0; i < size; i++) {
		size_t j = i + 1;

		if (data[i] != ':')
			continue;
		while (j < size && data[j] != '\n' && isspace(data[j]))
			j++;
		if (j > i + 1 && (j == size || data[j] == ':' || data[j] == '\n'))
			return 1;
	}
	return 0;
}

static int comparable(const uint8_t *data, size_t size)
{
	size_t last = size;

	if (memchr(data, 0, size) || blank_field(data, size))
		return 0;
	if (!size || data[size - 1] == '\n')
		return 1;
	while (last > 0 && data[last - 1] != '\n')
		last--;
	return !isspace(data[last]);
}

static void same_str(const char *a, const char *b)
{
	if (!a != !b || (a && strcmp(a, b)))
		differ("string field");
}

static void same_sp(const struct spwd *a, const struct spwd *b)
{
	same_str(a->sp_namp, b->sp_namp);
	same_str(a->sp_pwdp, b->sp_pwdp);
	if (a->sp_lstchg != b->sp_lstchg || a->sp_min != b->sp_min || a->sp_max != b->sp_max
	    || a->sp_warn != b->sp_warn || a->sp_inact != b->sp_inact
	    || a->sp_expire != b->sp_expire || a->sp_flag != b->sp_flag)
		differ("numbers");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char buf[2][8192 + 16];
	struct spwd sp[2], *r[2];
	size_t sizes[4], n;
	int rc[2], err[2], align, same;
	FILE *f[2];

	if (!glibc_sp) {
		glibc_sp = (sp_fn *)dlsym(RTLD_NEXT, "fgetspent_r");
		if (!glibc_sp)
			abort();
	}
	if (size < 5)
		return 0;
	for (int i = 0; i < 4; i++)
		sizes[i] = data[i] * (i == 3 ? 32 : 1);
	align = data[4] & 7;
	data += 5;
	size -= 5;
	same = comparable(data, size);

	for (int i = 0; i < 2; i++) {
		f[i] = fmemopen((void *)data, size, "r");
		if (!f[i])
			abort();
	}
	for (int call = 0, grow = 0; call < 64; call++) {
		n = sizes[call & 3] + grow;
		if (n > 8192)
			n = 8192;
		snprintf(last_call, sizeof last_call, "fgetspent_r size %zu", n);
		for (int i = 0; i < 2; i++) {
			errno = 0;
			rc[i] = (i ? glibc_sp : fgetspent_r)(f[i], &sp[i], buf[i] + align, n, &r[i]);
			err[i] = errno;
		}
		if (same) {
			if (rc[0] != rc[1] || (rc[0] && err[0] != err[1]) || !r[0] != !r[1]) {
				fprintf(stderr, "rc %d/%d, at %ld and %ld\n", rc[0], rc[1], ftell(f[0]), ftell(f[1]));
				differ("return value, errno or result");
			}
			if (ftell(f[0]) != ftell(f[1])) {
				fprintf(stderr, "rc %d, at %ld and %ld\n", rc[0], ftell(f[0]), ftell(f[1]));
				differ("stream position");
			}
			if (!rc[0])
				same_sp(&sp[0], &sp[1]);
		}
		if (rc[0] == ERANGE && n < 8192) {
			grow += 64;
			continue;
		}
		if (rc[0])
			break;
	}
	fclose(f[0]);
	fclose(f[1]);
	return 0;
}
