/*
 * Differential fuzzing of the runtime module's iconv //TRANSLIT and //IGNORE
 * against glibc's iconv.
 *
 * Built in the sanitizer configuration only (the build machine's glibc):
 * there -Wl,--wrap sends iconv_open/iconv/iconv_close to libwildebeest, whose
 * descriptors decode and encode through glibc's plain conversions, while
 * __real_iconv_open() opens glibc's own, suffix and all. The first input
 * byte picks the suffix spelling, the target and source charsets and the
 * output buffer size; the rest, read as code points (3 bytes each, below
 * 0x30000, surrogates excluded), is the text, valid in the source charset.
 * The return value, errno, the bytes consumed and the output must agree.
 *
 * Input the source charset cannot decode is left out: with //IGNORE, glibc's
 * errno after skipping it depends on what else the call converted, in ways
 * the module does not reproduce (see docs/compat.md).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include <stdlib.h>
#include <string.h>

iconv_t __real_iconv_open(const char *, const char *);
size_t __real_iconv(iconv_t, char **, size_t *, char **, size_t *);
int __real_iconv_close(iconv_t);

static const char *const targets[] = {
	"ASCII//TRANSLIT", "ASCII//IGNORE", "ASCII//TRANSLIT//IGNORE", "ascii//translit,ignore",
	"ISO-8859-1//TRANSLIT", "ISO-8859-1//IGNORE", "UTF-16LE//IGNORE", "UTF-8//TRANSLIT",
};
static const char *const sources[] = { "UTF-8", "UTF-16LE" };
static const size_t outsizes[] = { 1024, 7 };

struct run {
	size_t ret, consumed, outlen;
	int err;
	char out[1024];
};

static void convert(iconv_t cd, int glibc, const uint8_t *in, size_t inlen,
	size_t outsize, struct run *r)
{
	char *ip = (char *)in, *op = r->out;
	size_t il = inlen, ol = outsize;

	errno = 0;
	r->ret = glibc ? __real_iconv(cd, &ip, &il, &op, &ol) : iconv(cd, &ip, &il, &op, &ol);
	r->err = r->ret == (size_t)-1 ? errno : 0;
	r->consumed = inlen - il;
	r->outlen = op - r->out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct run ours, theirs;
	iconv_t a, b;
	unsigned pick;

	if (size < 1)
		return 0;
	pick = data[0];
	const char *to = targets[pick % 8], *from = sources[pick / 8 % 2];
	size_t outsize = outsizes[pick / 16 % 2];

	/* The text, encoded in the source charset by glibc itself. */
	static uint8_t text[4096];
	uint32_t cps[256];
	size_t ncp = 0, i, textlen;
	for (i = 1; i + 3 <= size && ncp < 256; i += 3) {
		uint32_t cp = ((uint32_t)data[i] << 16 | data[i + 1] << 8 | data[i + 2]) % 0x30000;
		if (cp >= 0xd800 && cp < 0xe000)
			continue;
		cps[ncp++] = cp;
	}
	iconv_t enc = __real_iconv_open(from, "UTF-32LE");
	char *ip = (char *)cps, *op = (char *)text;
	size_t il = ncp * 4, ol = sizeof text;
	if (enc == (iconv_t)-1 || __real_iconv(enc, &ip, &il, &op, &ol) == (size_t)-1)
		abort();
	__real_iconv_close(enc);
	textlen = op - (char *)text;

	a = iconv_open(to, from);
	b = __real_iconv_open(to, from);
	if (a == (iconv_t)-1 || b == (iconv_t)-1)
		abort();
	convert(a, 0, text, textlen, outsize, &ours);
	convert(b, 1, text, textlen, outsize, &theirs);
	if (ours.ret != theirs.ret || ours.err != theirs.err || ours.consumed != theirs.consumed
	    || ours.outlen != theirs.outlen || memcmp(ours.out, theirs.out, ours.outlen) != 0) {
		fprintf(stderr, "%s <- %s, %zu bytes in, room %zu: ours %zd/%d/%zu/%zu, glibc's %zd/%d/%zu/%zu\n",
			to, from, textlen, outsize, (ssize_t)ours.ret, ours.err, ours.consumed, ours.outlen,
			(ssize_t)theirs.ret, theirs.err, theirs.consumed, theirs.outlen);
		abort();
	}
	iconv_close(a);
	__real_iconv_close(b);
	return 0;
}
