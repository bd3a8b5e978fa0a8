/*
 * Differential fuzzing of the gshadow module's parser against glibc's.
 *
 * Built in the sanitizer configuration only (the build machine's glibc,
 * clang, libFuzzer), where the module's functions are linked into the
 * target and glibc's own are reached with dlsym(RTLD_NEXT). The input's
 * first bytes pick buffer sizes and alignments, the rest is a gshadow
 * file: fgetsgent_r reads it through both implementations call by call,
 * sgetsgent_r parses it as one string, and putsgent writes every record
 * read back; any difference in return value, errno, result pointer,
 * record, stream position or output aborts. ASan, UBSan and LeakSanitizer
 * watch the rest.
 *
 * Two kinds of file are read by both but not compared, for glibc bugs
 * listed in docs/compat.md: one with a NUL byte (glibc then returns bytes
 * its earlier calls left in the buffer), and one whose last line has no
 * newline and starts with white space (glibc repeats the line's tail).
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <gshadow.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int fget_fn(FILE *, struct sgrp *, char *, size_t, struct sgrp **);
typedef int sget_fn(const char *, struct sgrp *, char *, size_t, struct sgrp **);
typedef int put_fn(const struct sgrp *, FILE *);

static fget_fn *glibc_fget;
static sget_fn *glibc_sget;
static put_fn *glibc_put;

static int comparable(const uint8_t *data, size_t size)
{
	size_t last = size;

	if (memchr(data, 0, size))
		return 0;
	if (!size || data[size - 1] == '\n')
		return 1;
	while (last > 0 && data[last - 1] != '\n')
		last--;
	return !isspace(data[last]);
}

static char last_call[64];

static void differ(const char *what)
{
	fprintf(stderr, "libwildebeest and glibc differ after %s: %s\n", last_call, what);
	abort();
}

static void same_list(char **a, char **b)
{
	if (!a || !b) {
		if (a != b)
			differ("NULL list");
		return;
	}
	for (; *a || *b; a++, b++)
		if (!*a || !*b || strcmp(*a, *b))
			differ(!*a ? "list shorter" : !*b ? "list longer" : *a);
}

static void same_record(const struct sgrp *a, const struct sgrp *b)
{
	if (strcmp(a->sg_namp, b->sg_namp) || !a->sg_passwd != !b->sg_passwd
	    || (a->sg_passwd && strcmp(a->sg_passwd, b->sg_passwd)))
		differ("name or password");
	same_list(a->sg_adm, b->sg_adm);
	same_list(a->sg_mem, b->sg_mem);
}

static void same_output(const struct sgrp *sg)
{
	char *out[2] = {NULL, NULL};
	size_t len[2] = {0, 0};
	int rc[2], err[2];

	for (int i = 0; i < 2; i++) {
		FILE *f = open_memstream(&out[i], &len[i]);
		if (!f)
			abort();
		errno = 0;
		rc[i] = i ? glibc_put(sg, f) : putsgent(sg, f);
		err[i] = errno;
		fclose(f);
	}
	if (rc[0] != rc[1] || (rc[0] && err[0] != err[1]) || len[0] != len[1]
	    || (len[0] && memcmp(out[0], out[1], len[0])))
		differ("putsgent");
	free(out[0]);
	free(out[1]);
}

/* Both results of one call, with what they left in errno and *result. */
static void compare(int rc0, int rc1, int e0, int e1, struct sgrp *r0, struct sgrp *r1,
	struct sgrp *untouched0, struct sgrp *untouched1)
{
	if (rc0 != rc1 || e0 != e1 || (r0 == untouched0) != (r1 == untouched1)
	    || (r0 == NULL) != (r1 == NULL)) {
		fprintf(stderr, "rc %d/%d errno %d/%d result %s/%s\n", rc0, rc1, e0, e1,
			r0 == untouched0 ? "untouched" : r0 ? "record" : "NULL",
			r1 == untouched1 ? "untouched" : r1 ? "record" : "NULL");
		differ("return");
	}
	if (r0 && r0 != untouched0)
		same_record(r0, r1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char buf[2][8192 + 16];
	struct sgrp sg[2], *r[2];
	FILE *f[2];
	size_t sizes[4], n;
	int rc[2], err[2], align, same;
	char *text;

	if (!glibc_fget) {
		glibc_fget = (fget_fn *)dlsym(RTLD_NEXT, "fgetsgent_r");
		glibc_sget = (sget_fn *)dlsym(RTLD_NEXT, "sgetsgent_r");
		glibc_put = (put_fn *)dlsym(RTLD_NEXT, "putsgent");
		if (!glibc_fget || !glibc_sget || !glibc_put)
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
			return 0;
	}
	for (int call = 0, grow = 0; call < 64; call++) {
		n = sizes[call & 3] + grow;
		if (n > 8192)
			n = 8192;
		for (int i = 0; i < 2; i++) {
			r[i] = &sg[i] + 1;
			errno = 0;
			rc[i] = i ? glibc_fget(f[i], &sg[i], buf[i] + align, n, &r[i])
				: fgetsgent_r(f[i], &sg[i], buf[i] + align, n, &r[i]);
			err[i] = errno;
		}
		if (!same) {
			if (rc[0] == ERANGE && n < 8192) {
				grow += 64;
				continue;
			}
			if (rc[0])
				break;
			continue;
		}
		snprintf(last_call, sizeof last_call, "fgetsgent_r size %zu", n);
		compare(rc[0], rc[1], err[0], err[1], r[0], r[1], &sg[0] + 1, &sg[1] + 1);
		if (ftell(f[0]) != ftell(f[1]))
			differ("stream position");
		if (rc[0] == ERANGE && n == 8192)
			break;
		if (rc[0] == ERANGE) {
			grow += 64;
			continue;
		}
		if (rc[0])
			break;
		same_output(&sg[0]);
	}
	fclose(f[0]);
	fclose(f[1]);

	text = malloc(size + 1);
	if (!text)
		abort();
	memcpy(text, data, size);
	text[size] = 0;
	for (int k = 0; k < 4; k++) {
		n = sizes[k] * 4;
		if (n > 8192)
			n = 8192;
		for (int i = 0; i < 2; i++) {
			r[i] = &sg[i] + 1;
			errno = 0;
			rc[i] = i ? glibc_sget(text, &sg[i], buf[i] + align, n, &r[i])
				: sgetsgent_r(text, &sg[i], buf[i] + align, n, &r[i]);
			err[i] = errno;
		}
		snprintf(last_call, sizeof last_call, "sgetsgent_r size %zu", n);
		compare(rc[0], rc[1], err[0], err[1], r[0], r[1], &sg[0] + 1, &sg[1] + 1);
	}
	free(text);
	return 0;
}
