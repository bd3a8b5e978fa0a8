/* crypt as old code calls it: declared by <unistd.h>, no <crypt.h>, and
 * built without the module's -I flags. Debian's musl declares crypt there
 * without defining it; the link still reaches libwildebeest's through
 * -Wl,--wrap. */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"

START_TEST(crypt_from_unistd)
{
	errno = 0;
	ck_assert_str_eq(crypt("password", "$6$saltstring"),
		"$6$saltstring$adDbXsJjcDlq2662QPgd.tkSOVmnG9Tt3oXl4HR60SusC3AGjirnDenVZp3DGwLwqy6iYKCzannhaX9DR72nN1");
	ck_assert_str_eq(crypt("password", "ab"), "abJnggxhB/yWI");
	ck_assert_int_eq(errno, 0);
	ck_assert_str_eq(crypt("password", "$9$"), "*0");
	ck_assert_int_eq(errno, EINVAL);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("crypt without the header");
	TCase *tc = tcase_create("nomask");

	tcase_add_test(tc, crypt_from_unistd);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
