/* iconv_open's //TRANSLIT and //IGNORE suffixes, as glibc converts with
 * them: transliteration in the C and C.UTF-8 locales, skipping, the return
 * value and errno at the end, and errors. */
#define _GNU_SOURCE
#include <errno.h>
#include <iconv.h>
#include <locale.h>
#include <string.h>
#include "lwbtest.h"

#define MIXED "caf\xc3\xa9 \xc3\x9f \xe2\x82\xac \xe2\x80\x9cq\xe2\x80\x9d \xc2\xab\xc2\xbb " \
	"\xc3\x86 \xef\xac\x81 \xc5\x93 \xc3\xb1 \xe4\xb8\xad x"

struct result {
	size_t ret;
	int err;
	size_t consumed;
	char out[256];
	size_t outlen;
};

static struct result convert(const char *to, const char *from, const char *in, size_t inlen,
	size_t outsize)
{
	struct result r = { 0 };
	iconv_t cd = iconv_open(to, from);
	char *ip = (char *)in, *op = r.out;
	size_t il = inlen, ol = outsize;

	ck_assert_msg(cd != (iconv_t)-1, "iconv_open(%s, %s): %s", to, from, strerror(errno));
	errno = 0;
	r.ret = iconv(cd, &ip, &il, &op, &ol);
	r.err = r.ret == (size_t)-1 ? errno : 0;
	r.consumed = ip - in;
	r.outlen = op - r.out;
	ck_assert_uint_eq(r.consumed + il, inlen);
	ck_assert_uint_eq(r.outlen + ol, outsize);
	ck_assert_int_eq(iconv_close(cd), 0);
	return r;
}

#define ck_out(r, s) do { \
	ck_assert_uint_eq((r).outlen, sizeof(s) - 1); \
	ck_assert(memcmp((r).out, s, sizeof(s) - 1) == 0); \
} while (0)

START_TEST(translit_c_locale)
{
	struct result r = convert("ASCII//TRANSLIT", "UTF-8", MIXED, strlen(MIXED), 256);

	ck_assert_uint_eq(r.ret, 12);
	ck_assert_uint_eq(r.consumed, strlen(MIXED));
	ck_out(r, "caf? ss EUR \"q\" <<>> AE fi oe ? ? x");
}
END_TEST

START_TEST(translit_utf8_locale)
{
	struct result r;

	ck_assert_ptr_nonnull(setlocale(LC_CTYPE, "C.UTF-8"));
	r = convert("ASCII//TRANSLIT", "UTF-8", MIXED, strlen(MIXED), 256);
	ck_assert_uint_eq(r.ret, 12);
	ck_out(r, "cafe ss EUR \"q\" <<>> AE fi oe n ? x");
	setlocale(LC_CTYPE, "C");
}
END_TEST

START_TEST(translit_latin1_target)
{
	struct result r = convert("ISO-8859-1//TRANSLIT", "UTF-8", MIXED, strlen(MIXED), 256);

	ck_assert_uint_eq(r.ret, 6);
	ck_out(r, "caf\xe9 \xdf EUR \"q\" \xab\xbb \xc6 fi oe \xf1 ? x");
}
END_TEST

START_TEST(suffix_spellings)
{
	static const char *const names[] = {
		"ascii//translit", "ASCII//TRANSLIT//IGNORE", "ASCII//IGNORE//TRANSLIT",
		"ASCII//TRANSLIT,IGNORE", "Ascii//Translit",
	};
	struct result r = convert(names[_i], "UTF-8", MIXED, strlen(MIXED), 256);

	ck_assert_uint_eq(r.ret, 12);
	ck_out(r, "caf? ss EUR \"q\" <<>> AE fi oe ? ? x");
}
END_TEST

START_TEST(ignore_skips_and_fails_at_end)
{
	struct result r = convert("ASCII//IGNORE", "UTF-8", MIXED, strlen(MIXED), 256);

	ck_assert_uint_eq(r.ret, (size_t)-1);
	ck_assert_int_eq(r.err, EILSEQ);
	ck_assert_uint_eq(r.consumed, strlen(MIXED));
	ck_out(r, "caf   q       x");
}
END_TEST

START_TEST(ignore_skips_invalid_input)
{
	static const char in[] = "a\xff" "b\xc3\xa9" "c";
	struct result r = convert("ASCII//IGNORE", "UTF-8", in, sizeof in - 1, 256);

	ck_assert_uint_eq(r.ret, (size_t)-1);
	ck_assert_int_eq(r.err, EILSEQ);
	ck_assert_uint_eq(r.consumed, sizeof in - 1);
	ck_out(r, "abc");
	r = convert("UTF-16LE//IGNORE", "UTF-8", in, sizeof in - 1, 256);
	ck_assert_uint_eq(r.ret, (size_t)-1);
	ck_assert_int_eq(r.err, EILSEQ);
	ck_out(r, "a\0b\0\xe9\0c\0");
}
END_TEST

START_TEST(ignore_nothing_to_skip)
{
	struct result r = convert("ASCII//IGNORE", "UTF-8", "plain", 5, 256);

	ck_assert_uint_eq(r.ret, 0);
	ck_out(r, "plain");
}
END_TEST

START_TEST(translit_stops_at_invalid_input)
{
	static const char in[] = "a\xff" "b";
	struct result r = convert("ASCII//TRANSLIT", "UTF-8", in, sizeof in - 1, 256);

	ck_assert_uint_eq(r.ret, (size_t)-1);
	ck_assert_int_eq(r.err, EILSEQ);
	ck_assert_uint_eq(r.consumed, 1);
	ck_out(r, "a");
}
END_TEST

START_TEST(incomplete_input)
{
	static const char in[] = "ab\xc3";
	struct result r = convert("ASCII//IGNORE", "UTF-8", in, sizeof in - 1, 256);

	ck_assert_uint_eq(r.ret, (size_t)-1);
	ck_assert_int_eq(r.err, EINVAL);
	ck_assert_uint_eq(r.consumed, 2);
	ck_out(r, "ab");
}
END_TEST

START_TEST(output_full)
{
	static const char in[] = "x\xe2\x82\xacy";	/* "EUR" does not fit in 3 */
	struct result r = convert("ASCII//TRANSLIT", "UTF-8", in, sizeof in - 1, 3);

	ck_assert_uint_eq(r.ret, (size_t)-1);
	ck_assert_int_eq(r.err, E2BIG);
	ck_assert_uint_eq(r.consumed, 1);
	ck_out(r, "x");
}
END_TEST

START_TEST(flush_and_reuse)
{
	iconv_t cd = iconv_open("ASCII//TRANSLIT", "UTF-8");
	char in[] = "\xc3\x9f", out[8], *ip = in, *op = out;
	size_t il = 2, ol = sizeof out;

	ck_assert(cd != (iconv_t)-1);
	ck_assert_uint_eq(iconv(cd, 0, 0, &op, &ol), 0);
	ck_assert_uint_eq(iconv(cd, 0, 0, 0, 0), 0);
	ck_assert_uint_eq(iconv(cd, &ip, &il, &op, &ol), 1);
	ck_assert_uint_eq(op - out, 2);
	ck_assert(memcmp(out, "ss", 2) == 0);
	ck_assert_int_eq(iconv_close(cd), 0);
}
END_TEST

START_TEST(unknown_charset)
{
	errno = 0;
	ck_assert(iconv_open("NO-SUCH-CHARSET//TRANSLIT", "UTF-8") == (iconv_t)-1);
	ck_assert_int_eq(errno, EINVAL);
	ck_assert(iconv_open("ASCII//TRANSLIT", "NO-SUCH-CHARSET") == (iconv_t)-1);
	ck_assert_int_eq(errno, EINVAL);
}
END_TEST

START_TEST(other_suffixes_ignored)
{
	struct result r = convert("ASCII//BOGUS", "UTF-8//IGNORE", "ab", 2, 256);

	ck_assert_uint_eq(r.ret, 0);
	ck_out(r, "ab");
	r = convert("UTF-16LE//", "UTF-8", "ab", 2, 256);
	ck_out(r, "a\0b\0");
}
END_TEST

START_TEST(plain_unchanged)
{
	struct result r = convert("UTF-16LE", "UTF-8", "ab", 2, 256);

	ck_assert_uint_eq(r.ret, 0);
	ck_out(r, "a\0b\0");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("iconv");
	TCase *tc = tcase_create("iconv");

	tcase_add_test(tc, translit_c_locale);
	tcase_add_test(tc, translit_utf8_locale);
	tcase_add_test(tc, translit_latin1_target);
	tcase_add_loop_test(tc, suffix_spellings, 0, 5);
	tcase_add_test(tc, ignore_skips_and_fails_at_end);
	tcase_add_test(tc, ignore_skips_invalid_input);
	tcase_add_test(tc, ignore_nothing_to_skip);
	tcase_add_test(tc, translit_stops_at_invalid_input);
	tcase_add_test(tc, incomplete_input);
	tcase_add_test(tc, output_full);
	tcase_add_test(tc, flush_and_reuse);
	tcase_add_test(tc, unknown_charset);
	tcase_add_test(tc, other_suffixes_ignored);
	tcase_add_test(tc, plain_unchanged);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
