/*
 * Where libwildebeest's crypt differs from libxcrypt's (musl only; listed
 * in docs/compat.md):
 *   - methods libwildebeest does not implement (yescrypt $y$,
 *     gost-yescrypt $gy$, scrypt $7$, sha1crypt $sha1, SunMD5 $md5, NT $3$)
 *     and bcrypt's "$2a$" for a phrase with 8-bit characters (where
 *     libxcrypt applies a countermeasure not reproduced here) fail as
 *     libxcrypt fails for a method it lacks: "*0" and EINVAL. libxcrypt
 *     computes them.
 *   - a null struct crypt_data: libxcrypt crashes (SIGSEGV); here crypt_r
 *     returns NULL with EINVAL.
 */
#define _GNU_SOURCE
#include <crypt.h>
#include <errno.h>
#include <stdlib.h>
#include "lwbtest.h"

START_TEST(methods_not_implemented)
{
	/* Real hashes libxcrypt made for "password". */
	static const char *settings[] = {
		"$y$j9T$rVyg9bv2pj6OFpD6xmzfI.$uGTBBzN2OuVdL.RBk8WUwJHFQF/mSa5W02jbZpjzvfB",
		"$gy$j9T$Gldr9qisP4PbEkZG4uvSd/$4fXSkMQ2Fqf0har5KjrywpjNiqpAv3p0BguYBmVsrBC",
		"$7$CU..../....qkvmgc70gDl1tgkehIUbM.$YJOIdx7gRO08dYbqw.SGuXzHDOEMdzPZgfn1IWD.zT6",
		"$sha1$1$abc$8GM5i5Jm9uBPhbv5S2Gh3aSkRAre",
		"$md5$abc$$X04WY3oNZzHPP8m7BDaa6/",
		"$3$$8846f7eaee8fb117ad06bdd830b7586c",
	};
	struct crypt_data *data = calloc(1, sizeof *data);

	ck_assert_ptr_nonnull(data);
	for (size_t i = 0; i < sizeof settings / sizeof *settings; i++) {
		errno = 0;
		ck_assert_str_eq(crypt_r("password", settings[i], data), "*0");
		ck_assert_int_eq(errno, EINVAL);
	}
	/* libxcrypt: $2a$04$abcdefghijklmnopqrstuuh07y6p9kZEQ7NIorfAN2H2IzxNhBsO. */
	errno = 0;
	ck_assert_str_eq(crypt_r("\xff\xa3xyz", "$2a$04$abcdefghijklmnopqrstuu", data), "*0");
	ck_assert_int_eq(errno, EINVAL);
	free(data);
}
END_TEST

START_TEST(null_data)
{
	struct crypt_data *volatile none = NULL;

	errno = 0;
	ck_assert_ptr_null(crypt_r("password", "$6$x", none));
	ck_assert_int_eq(errno, EINVAL);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("crypt deviations");
	TCase *tc = tcase_create("deviations");

	tcase_add_test(tc, methods_not_implemented);
	tcase_add_test(tc, null_data);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
