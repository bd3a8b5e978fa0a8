/* Where libwildebeest deliberately prints otherwise than glibc 2.36: musl
 * only (listed in docs/compat.md). */
#define _GNU_SOURCE
#include <stdlib.h>
#include "lwbtest.h"
#include "pf.h"

START_TEST(zero_pad_left)
{
	/* glibc: with the I flag, the 0 flag and a width made negative through
	 * '*', "+0e+00000000000000": zeros on the right, and later
	 * conversions in the same call pad the same way. '-' overrides '0'
	 * (C11 7.21.6.1), as musl prints and glibc without I. */
	EXPECT("[+0e+00            ]", "[%+0I*.*e]", -18, 0, 0.0);
	/* the same with a modifier glibc ignores on a floating conversion */
	EXPECT("[11.5      ]", "[%0'*.5hG]", -10, 11.5);
}
END_TEST

START_TEST(L_numbered)
{
	/* glibc reads %Ld and %qd as long long, except once a format takes its
	 * path for numbered arguments (a numbered argument, or a conversion
	 * such as %hs earlier in the format): then as int, printing 0 for
	 * 1 << 40. libwildebeest reads long long throughout. */
	EXPECT("[1099511627776]", "[%1$Ld]", 1LL << 40);
	EXPECT("[1099511627776]", "[%1$qd]", 1LL << 40);
	EXPECT("[x 1099511627776]", "[%hs %Ld]", "x", 1LL << 40);
	/* and on that path L, q, j, z, Z, t on s are narrow (glibc: "w") */
	EXPECT("[wide]", "[%1$Ls]", L"wide");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("runtime-printf deviations");
	TCase *tc = tcase_create("deviations");

	tcase_add_test(tc, zero_pad_left);
	tcase_add_test(tc, L_numbered);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
