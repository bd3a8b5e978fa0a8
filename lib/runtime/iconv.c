#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>
#include "runtime.h"

/* What //IGNORE skipped in this call: bytes fromcode cannot decode, or
 * a character tocode lacks (which decides the errno at a truncated end). */
enum { SKIPPED_BYTE = 1, SKIPPED_CHAR };

size_t __real_iconv(iconv_t, char **restrict, size_t *restrict, char **restrict,
	size_t *restrict);

/* Encodes one code point with the descriptor's encoder into buf: the number
 * of bytes, or -1 where tocode cannot represent it (musl then either fails
 * with EILSEQ or writes a substitute and counts it irreversible). */
static long encode(struct lwb_iconv *h, uint32_t cp, char *buf, size_t size)
{
	unsigned char u[4] = { cp, cp >> 8, cp >> 16, cp >> 24 };
	char *in = (char *)u, *out = buf;
	size_t inleft = 4, outleft = size, r;

	r = __real_iconv(h->enc, &in, &inleft, &out, &outleft);
	if (r != 0)
		return -1;
	return out - buf;
}

/* A string of ASCII code points, encoded whole or not at all. */
static long encode_string(struct lwb_iconv *h, const char *s, char *buf, size_t size)
{
	long n, total = 0;

	for (; *s; s++) {
		n = encode(h, (unsigned char)*s, buf + total, size - total);
		if (n < 0)
			return -1;
		total += n;
	}
	return total;
}

/* glibc's //TRANSLIT and //IGNORE, a character at a time: fromcode is
 * decoded to a code point, the code point encoded into tocode, and what
 * tocode cannot represent is transliterated (glibc's table, else '?') or
 * skipped. Skipped input, undecodable bytes included, makes the call end
 * with -1 and EILSEQ once all of it is converted, as glibc's does. */
size_t __wrap_iconv(iconv_t cd, char **restrict in, size_t *restrict inleft,
	char **restrict out, size_t *restrict outleft)
{
	struct lwb_iconv *h = __lwb_iconv_of(cd);
	unsigned char u[4];
	char buf[64], *ip, *up;
	size_t il, ul, r, count = 0;
	const char *rep;
	int ignored = 0;
	uint32_t cp;
	long n;

	if (!h)
		return __real_iconv(cd, in, inleft, out, outleft);
	if (h->plain != (iconv_t)-1)
		return __real_iconv(h->plain, in, inleft, out, outleft);
	if (!in || !*in) {
		__real_iconv(h->dec, 0, 0, 0, 0);
		return __real_iconv(h->enc, 0, 0, out, outleft);
	}
	while (*inleft) {
		/* glibc wants room before it looks at a character, even one
		 * it will skip. */
		if (!*outleft) {
			errno = E2BIG;
			return -1;
		}
		ip = *in;
		il = *inleft;
		up = (char *)u;
		ul = sizeof u;
		r = __real_iconv(h->dec, &ip, &il, &up, &ul);
		if (ul == sizeof u) {
			if (r == (size_t)-1 && errno == EILSEQ && h->ignore) {
				++*in;
				--*inleft;
				if (!ignored)
					ignored = SKIPPED_BYTE;
				continue;
			}
			if (r == (size_t)-1 && errno != E2BIG) {
				/* A truncated last character is EINVAL, unless a
				 * character tocode lacks was skipped (glibc). */
				if (errno == EINVAL && ignored == SKIPPED_CHAR)
					errno = EILSEQ;
				return -1;
			}
			if (ip == *in) {	/* a character longer than 4 bytes */
				errno = EILSEQ;
				return -1;
			}
			*in = ip;	/* consumed without output, a BOM */
			*inleft = il;
			continue;
		}
		cp = u[0] | u[1] << 8 | u[2] << 16 | (uint32_t)u[3] << 24;
		n = encode(h, cp, buf, sizeof buf);
		if (n < 0 && h->translit) {
			rep = __lwb_translit(cp, h->utf8_locale);
			n = rep ? encode_string(h, rep, buf, sizeof buf) : -1;
			if (n < 0)
				n = encode_string(h, "?", buf, sizeof buf);
			if (n >= 0)
				count++;
		}
		if (n < 0 && !h->ignore) {
			errno = EILSEQ;
			return -1;
		}
		if (n < 0) {
			ignored = SKIPPED_CHAR;
			n = 0;
		}
		if ((size_t)n > *outleft) {
			errno = E2BIG;
			return -1;
		}
		memcpy(*out, buf, n);
		*out += n;
		*outleft -= n;
		*in = ip;
		*inleft = il;
	}
	if (ignored) {
		errno = EILSEQ;
		return -1;
	}
	return count;
}
