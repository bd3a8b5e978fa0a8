/* %m through the printf family, as glibc prints it: strerror(errno) as a
 * %s, the width, the precision and '-' applied (also from '*'), modifiers
 * and other flags ignored, in numbered formats too. Built with the string
 * module as well, as a consumer of both (systemd): the text is then
 * glibc's, unknown numbers included. The EXPECT cases run with errno at
 * pf.c's canary, 1234. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"
#include "pf.h"

START_TEST(unknown_number)
{
	EXPECT("Unknown error 1234", "%m", 0);
	EXPECT("[Unknown error 1234]", "[%m]", 0);
	EXPECT("a%mUnknown error 1234%", "a%%m%m%%", 0);
}
END_TEST

START_TEST(width_and_precision)
{
	EXPECT("[      Unknown error 1234]", "[%24m]", 0);
	EXPECT("[Unknown error 1234      ]", "[%-24m]", 0);
	EXPECT("[Unknown error 1234]", "[%5m]", 0);
	EXPECT("[Unk]", "[%.3m]", 0);
	EXPECT("[]", "[%.0m]", 0);
	EXPECT("[       Unk]", "[%10.3m]", 0);
	EXPECT("[Unk       ]", "[%-10.3m]", 0);
	EXPECT("[      Unknown error 1234]", "[%*m]", 24);
	EXPECT("[Unknown error 1234      ]", "[%*m]", -24);
	EXPECT("[Unknown error 1234      ]", "[%-*m]", 24);
	EXPECT("[Unknown]", "[%.*m]", 7);
	EXPECT("[Unknown error 1234]", "[%.*m]", -1);
	EXPECT("[  Unk|5]", "[%*.*m|%d]", 5, 3, 5);
}
END_TEST

START_TEST(flags_and_modifiers)
{
	/* '0', '+', ' ', '\'' and 'I' do nothing, nor does a modifier */
	EXPECT("[      Unknown error 1234]", "[%024m]", 0);
	EXPECT("[Unknown error 1234|Unknown error 1234|Unknown error 1234]", "[%+m|% m|%'m]", 0);
	EXPECT("[Unknown error 1234|Unknown error 1234]", "[%I5m|%Im]", 0);
	EXPECT("[Unknown error 1234|Unknown error 1234|Unknown error 1234]", "[%lm|%hhm|%Lm]", 0);
	EXPECT("[Unknown error 1234|Unknown error 1234|Unknown error 1234]", "[%qm|%Zm|%jm]", 0);
}
END_TEST

START_TEST(numbered)
{
	/* %m takes no argument, also among numbered ones (musl refuses the
	 * format) */
	EXPECT("[Unknown error 1234 14]", "[%1$m %1$d]", 14);
	EXPECT("[b Unknown error 1234 a]", "[%2$s %1$m %1$s]", "a", "b");
	EXPECT("[   Unk|6]", "[%2$*1$.3m|%1$d]", 6);
	EXPECT("[x Unknown error 1234 (nil)]", "[%1$s %m %2$p]", "x", (void *)0);
}
END_TEST

/* errno as the call found it, for each member of the family and its v-form;
 * errno left as it was */
static int (*volatile pf_vsnprintf_)(char *, size_t, const char *, va_list) = vsnprintf;

static int v(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = pf_vsnprintf_(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

static void check_text(int e, const char *text)
{
	char buf[256], want[256], *s = NULL;
	int n;

	snprintf(want, sizeof want, "<%s>", text);
	errno = e;
	n = pf_snprintf(buf, sizeof buf, "<%m>", 0);
	ck_assert_int_eq(errno, e);
	ck_assert_str_eq(buf, want);
	ck_assert_int_eq(n, (int)strlen(want));
	errno = e;
	n = pf_asprintf(&s, "<%m>", 0);
	ck_assert_int_eq(errno, e);
	ck_assert_int_eq(n, (int)strlen(want));
	ck_assert_str_eq(s, want);
	free(s);
	errno = e;
	n = v(buf, sizeof buf, "<%m>");
	ck_assert_int_eq(errno, e);
	ck_assert_str_eq(buf, want);
	/* a truncated vsnprintf still counts the whole text */
	errno = e;
	n = v(buf, 4, "<%m>");
	ck_assert_int_eq(n, (int)strlen(want));
	ck_assert_int_eq(strlen(buf), 3);
	ck_assert(!strncmp(buf, want, 3));
}

START_TEST(glibc_texts)
{
	check_text(0, "Success");
	check_text(ENOENT, "No such file or directory");
	/* musl's texts for these differ (systemd's test-bus-error and
	 * test-sysusers compare them) */
	check_text(ENOANO, "No anode");
	check_text(ERANGE, "Numerical result out of range");
	check_text(EAGAIN, "Resource temporarily unavailable");
	check_text(100000, "Unknown error 100000");
	check_text(-3, "Unknown error -3");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("runtime-printf percent_m");
	TCase *tc = tcase_create("percent_m");

	tcase_add_test(tc, unknown_number);
	tcase_add_test(tc, width_and_precision);
	tcase_add_test(tc, flags_and_modifiers);
	tcase_add_test(tc, numbered);
	tcase_add_test(tc, glibc_texts);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
