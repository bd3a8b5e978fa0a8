/* Null pointers: glibc prints a null %p as "(nil)" (musl: 0), a null string
 * as "(null)" only where the precision leaves room for all of it (musl
 * prints the part that fits), and a null wide string as "(null)" too (musl
 * crashes). Width, flags, '*' and numbered arguments as glibc applies them. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "lwbtest.h"
#include "pf.h"

static void *const np = NULL;
static char *const ns = NULL;
static wchar_t *const nw = NULL;

START_TEST(nil_pointer)
{
	EXPECT("(nil)", "%p", np);
	EXPECT("[     (nil)]", "[%10p]", np);
	EXPECT("[(nil)     ]", "[%-10p]", np);
	/* 0, +, space, # and the precision do nothing to it */
	EXPECT("[     (nil)]", "[%010p]", np);
	EXPECT("[(nil)|(nil)|(nil)]", "[%+p|% p|%#p]", np, np, np);
	EXPECT("[(nil)|(nil)|(nil)]", "[%.3p|%.10p|%.0p]", np, np, np);
	EXPECT("[   (nil)|(nil)   ]", "[%*p|%*p]", 8, np, -8, np);
	EXPECT("[(nil)]", "[%*p]", 2, np);
	/* other pointers as before */
	EXPECT("[0x10|  0x20]", "[%p|%6p]", (void *)0x10, (void *)0x20);
}
END_TEST

START_TEST(null_string_precision)
{
	EXPECT("[(null)]", "[%s]", ns);
	EXPECT("[  (null)]", "[%8s]", ns);
	EXPECT("[]", "[%.3s]", ns);
	EXPECT("[]", "[%.5s]", ns);
	EXPECT("[]", "[%.0s]", ns);
	EXPECT("[]", "[%.s]", ns);
	EXPECT("[(null)]", "[%.6s]", ns);
	EXPECT("[(null)]", "[%.7s]", ns);
	EXPECT("[          ]", "[%10.3s]", ns);
	EXPECT("[          ]", "[%-10.3s]", ns);
	EXPECT("[     ]", "[%05.3s]", ns);
	EXPECT("[]", "[%.*s]", 3, ns);
	EXPECT("[(null)]", "[%.*s]", -1, ns);
	EXPECT("[   ]", "[%*.*s]", 3, 2, ns);
	/* a real string is cut as before */
	EXPECT("[ab|  abc]", "[%.2s|%5.3s]", "abcdef", "abcdef");
}
END_TEST

START_TEST(null_wide_string)
{
	EXPECT("[(null)]", "[%ls]", nw);
	EXPECT("[(null)]", "[%S]", nw);
	EXPECT("[]", "[%.3ls]", nw);
	EXPECT("[  (null)]", "[%8ls]", nw);
	EXPECT("[(null)  ]", "[%-8S]", nw);
	EXPECT("[(null)]", "[%.6ls]", nw);
	EXPECT("[wide|(null)]", "[%ls|%ls]", L"wide", nw);
}
END_TEST

START_TEST(with_other_conversions)
{
	int n1 = -1, n2 = -1;
	signed char hh = -1;

	EXPECT("1 (nil) 2.50 x 18446744073709551615 - %",
		"%d %p %.2f %c %Zu %s %%", 1, np, 2.5, 'x', (size_t)-1, "-");
	EXPECT("ab(nil)cd", "ab%p%ncd%n%hhn", np, &n1, &n2, &hh);
	ck_assert_int_eq(n1, 7);
	ck_assert_int_eq(n2, 9);
	ck_assert_int_eq(hh, 9);
	EXPECT("1.5 (nil) 2.5", "%Lg %p %g", 1.5L, np, 2.5);
	EXPECT("-7 (nil) 123456789012", "%hhd %p %jd", 249, np, (intmax_t)123456789012);
	EXPECT("[ a]|(nil)", "[%*c]|%p", 2, 'a', np);
	EXPECT("c|(nil)|x", "%lc|%p|%C", (wint_t)L'c', np, (wint_t)L'x');
	EXPECT("A(nil)\0B", "A%p%cB", np, 0);
}
END_TEST

START_TEST(positional)
{
	EXPECT("[(nil) a]", "[%2$p %1$s]", "a", np);
	EXPECT("[|(nil)]", "[%1$.*2$s|%1$p]", ns, 3);
	EXPECT("[  (nil)|7]", "[%1$*2$p|%2$d]", np, 7);
}
END_TEST

START_TEST(errno_text)
{
	/* %m reads errno as the call found it, also when the call rewrites */
	char want[256];

	snprintf(want, sizeof want, "%s (nil)", strerror(ENOENT));
	for (int i = 0; i < 2; i++) {
		char buf[256];
		int n;

		errno = ENOENT;
		n = pf_snprintf(buf, sizeof buf, i ? "%m %p" : "%m %Lp", np);
		ck_assert_int_eq(n, (int)strlen(want));
		ck_assert_str_eq(buf, want);
		ck_assert_int_eq(errno, ENOENT);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("runtime-printf nulls");
	TCase *tc = tcase_create("nulls");

	tcase_add_test(tc, nil_pointer);
	tcase_add_test(tc, null_string_precision);
	tcase_add_test(tc, null_wide_string);
	tcase_add_test(tc, with_other_conversions);
	tcase_add_test(tc, positional);
	tcase_add_test(tc, errno_text);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
