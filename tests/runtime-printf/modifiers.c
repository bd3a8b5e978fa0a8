/* glibc's length modifiers and flags that musl refuses (it fails the whole
 * call with EINVAL): each prints what glibc prints, through every member of
 * the family. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "lwbtest.h"
#include "pf.h"

START_TEST(size_Z)
{
	EXPECT("-1|5|ff", "%Zd|%Zu|%Zx", (size_t)-1, (size_t)5, (size_t)255);
	EXPECT("[  42]", "[%4Zu]", (size_t)42);
	EXPECT("18446744073709551615", "%Zu", (size_t)-1);
}
END_TEST

START_TEST(quad_q)
{
	EXPECT("-1|1099511627776|ff|FF|10", "%qd|%qu|%qx|%qX|%qo", -1LL, 1ULL << 40, 255ULL, 255ULL, 8ULL);
	EXPECT("-9223372036854775808", "%qi", (long long)INT64_MIN);
	EXPECT("1.500000", "%qf", 1.5L);
}
END_TEST

START_TEST(L_integers)
{
	EXPECT("1099511627776|-2|3|ff|10|FF", "%Ld|%Li|%Lu|%Lx|%Lo|%LX", 1LL << 40, -2LL, 3ULL, 255ULL, 8ULL, 255ULL);
	EXPECT("[   +7]", "[%+5Ld]", 7LL);
	EXPECT("0x00ff", "%#06Lx", 255ULL);
}
END_TEST

START_TEST(count_n)
{
	long long ll = -1;
	size_t z = 0;

	EXPECT("abc", "abc%Ln", &ll);
	ck_assert_int_eq(ll, 3);
	EXPECT("ab", "ab%Zn", &z);
	ck_assert_uint_eq(z, 2);
}
END_TEST

START_TEST(floats)
{
	/* ll is L on a floating conversion; the others are ignored */
	EXPECT("1.500000", "%llf", 1.5L);
	EXPECT("1.500000|2.5", "%hf|%zg", 1.5, 2.5);
	EXPECT("1.000000e+00", "%je", 1.0);
	EXPECT("3.25", "%tG", 3.25);
	EXPECT("1.5", "%Zg", 1.5);
}
END_TEST

START_TEST(chars_and_strings)
{
	/* h and hh are ignored; every other modifier makes c and s wide */
	EXPECT("[x]", "[%hhs]", "x");
	EXPECT("[x]", "[%hs]", "x");
	EXPECT("[wide]", "[%lls]", L"wide");
	EXPECT("[wide]", "[%Ls]", L"wide");
	EXPECT("[wide]", "[%qs]", L"wide");
	EXPECT("[wide]", "[%Zs]", L"wide");
	EXPECT("[a]", "[%hc]", 'a');
	EXPECT("[a]", "[%hhc]", 'a');
	EXPECT("[b]", "[%Lc]", (wint_t)L'b');
	EXPECT("[b]", "[%llc]", (wint_t)L'b');
	EXPECT("[c]", "[%hC]", (wint_t)L'c');
	EXPECT("[de]", "[%hS]", L"de");
}
END_TEST

START_TEST(pointer_modifiers)
{
	EXPECT("0x10|0x20|0x30", "%lp|%jp|%Lp", (void *)0x10, (void *)0x20, (void *)0x30);
}
END_TEST

START_TEST(percent)
{
	/* everything between the two % is ignored */
	EXPECT("%|%|%", "%5%|%-3%|%l%", 0);
}
END_TEST

START_TEST(alt_digits)
{
	/* the I flag (locale's digits) changes nothing in the C locale */
	EXPECT("[1234567]", "[%Id]", 1234567);
	EXPECT("[   42]", "[%I5d]", 42);
	EXPECT("[2.5]", "[%Ig]", 2.5);
}
END_TEST

START_TEST(positional)
{
	EXPECT("[7 a]", "[%2$Zd %1$s]", "a", (size_t)7);
	EXPECT("[-3|   99]", "[%1$qd|%3$*2$Lu]", -3LL, 5, 99ULL);
	EXPECT("b a b", "%2$s %1$s %2$s", "a", "b");
}
END_TEST

START_TEST(stars)
{
	EXPECT("[     9|x]", "[%*Zu|%.*s]", 6, (size_t)9, 1, "xyz");
	EXPECT("[9     ]", "[%*qd]", -6, 9LL);
	/* an empty precision is 0, and grows the rewritten format */
	EXPECT("[|7|   ]", "[%.qd|%.Ld|%3.Lu]", 0LL, 7LL, 0ULL);
}
END_TEST

START_TEST(mixed_with_plain)
{
	EXPECT("a=1 b=2.50 c=x d=18446744073709551615 e=%", "a=%d b=%.2f c=%c d=%Zu e=%%", 1, 2.5, 'x', (size_t)-1);
}
END_TEST

START_TEST(long_format)
{
	/* a rewrite longer than any buffer on the stack */
	EXPECT("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 "
		"21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 "
		"41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 "
		"61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 "
		"81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 100",
		"%Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd "
		"%Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd "
		"%Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd "
		"%Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd "
		"%Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %Zd %qd",
		(size_t)1, (size_t)2, (size_t)3, (size_t)4, (size_t)5, (size_t)6, (size_t)7, (size_t)8, (size_t)9, (size_t)10,
		(size_t)11, (size_t)12, (size_t)13, (size_t)14, (size_t)15, (size_t)16, (size_t)17, (size_t)18, (size_t)19, (size_t)20,
		(size_t)21, (size_t)22, (size_t)23, (size_t)24, (size_t)25, (size_t)26, (size_t)27, (size_t)28, (size_t)29, (size_t)30,
		(size_t)31, (size_t)32, (size_t)33, (size_t)34, (size_t)35, (size_t)36, (size_t)37, (size_t)38, (size_t)39, (size_t)40,
		(size_t)41, (size_t)42, (size_t)43, (size_t)44, (size_t)45, (size_t)46, (size_t)47, (size_t)48, (size_t)49, (size_t)50,
		(size_t)51, (size_t)52, (size_t)53, (size_t)54, (size_t)55, (size_t)56, (size_t)57, (size_t)58, (size_t)59, (size_t)60,
		(size_t)61, (size_t)62, (size_t)63, (size_t)64, (size_t)65, (size_t)66, (size_t)67, (size_t)68, (size_t)69, (size_t)70,
		(size_t)71, (size_t)72, (size_t)73, (size_t)74, (size_t)75, (size_t)76, (size_t)77, (size_t)78, (size_t)79, (size_t)80,
		(size_t)81, (size_t)82, (size_t)83, (size_t)84, (size_t)85, (size_t)86, (size_t)87, (size_t)88, (size_t)89, (size_t)90,
		(size_t)91, (size_t)92, (size_t)93, (size_t)94, (size_t)95, (size_t)96, (size_t)97, (size_t)98, (size_t)99, 100LL);
}
END_TEST

START_TEST(writable_format)
{
	/* the same buffer, first ordinary, then with a GNU case: each call
	 * reads the text the format has now */
	char fmt[16] = "<%d>";
	char buf[64];

	for (int i = 0; i < 3; i++) {
		strcpy(fmt, "<%d>");
		ck_assert_int_eq(pf_snprintf(buf, sizeof buf, fmt, 5), 3);
		ck_assert_str_eq(buf, "<5>");
		strcpy(fmt, "<%Zd>");
		ck_assert_int_eq(pf_snprintf(buf, sizeof buf, fmt, (size_t)6), 3);
		ck_assert_str_eq(buf, "<6>");
		strcpy(fmt, "<%p>");
		ck_assert_int_eq(pf_snprintf(buf, sizeof buf, fmt, NULL), 7);
		ck_assert_str_eq(buf, "<(nil)>");
	}
}
END_TEST

START_TEST(still_refused)
{
	/* what glibc refuses too stays refused, with glibc's errno */
	EXPECT_RET("", -1, "abc%", 0);
	EXPECT_RET("", -1, "abc%5", 0);
	EXPECT_RET("", -1, "%Zd%", (size_t)1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("runtime-printf modifiers");
	TCase *tc = tcase_create("modifiers");

	tcase_add_test(tc, size_Z);
	tcase_add_test(tc, quad_q);
	tcase_add_test(tc, L_integers);
	tcase_add_test(tc, count_n);
	tcase_add_test(tc, floats);
	tcase_add_test(tc, chars_and_strings);
	tcase_add_test(tc, pointer_modifiers);
	tcase_add_test(tc, percent);
	tcase_add_test(tc, alt_digits);
	tcase_add_test(tc, positional);
	tcase_add_test(tc, stars);
	tcase_add_test(tc, mixed_with_plain);
	tcase_add_test(tc, long_format);
	tcase_add_test(tc, writable_format);
	tcase_add_test(tc, still_refused);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
