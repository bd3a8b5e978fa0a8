/*
 * Deliberate deviations from glibc 2.36, musl side only (listed in
 * docs/compat.md). Both are glibc bugs in reading a line into the
 * caller's buffer; each case says what glibc does instead.
 */
#define _GNU_SOURCE
#include <gshadow.h>
#include <stdio.h>
#include <string.h>
#include "lwbtest.h"

static FILE *text(const char *s, size_t len)
{
	FILE *f = fmemopen((void *)s, len, "r");

	ck_assert(f != NULL);
	return f;
}

/* glibc moves an indented last line without a newline to the start of the
 * buffer but keeps its old length, so the line's tail appears twice:
 * "  :y" reads as ":y:y" (admins ["y"]) and "\ta" as "aa". */
START_TEST(indented_last_line)
{
	static const char s[] = "x:z\n  :y";
	char buf[256];
	struct sgrp sg, *r;
	FILE *f = text(s, sizeof s - 1);

	ck_assert_int_eq(fgetsgent_r(f, &sg, buf, sizeof buf, &r), 0);
	ck_assert_int_eq(fgetsgent_r(f, &sg, buf, sizeof buf, &r), 0);
	ck_assert_str_eq(sg.sg_namp, "");
	ck_assert_str_eq(sg.sg_passwd, "y");
	ck_assert_ptr_null(sg.sg_adm[0]);
	ck_assert_ptr_null(sg.sg_mem[0]);
	fclose(f);
}
END_TEST

/* A NUL byte ends the line's text; the rest of the line is skipped. glibc
 * can return bytes an earlier call left in the buffer after such a line
 * (found by fuzz/gshadow). */
START_TEST(nul_in_line)
{
	static const char s[] = "  x*\0garbage:pw\nnext:pw::\n";
	char buf[256];
	struct sgrp sg, *r;
	FILE *f = text(s, sizeof s - 1);

	memset(buf, 'x', sizeof buf);
	ck_assert_int_eq(fgetsgent_r(f, &sg, buf, sizeof buf, &r), 0);
	ck_assert_str_eq(sg.sg_namp, "x*");
	ck_assert_str_eq(sg.sg_passwd, "");
	ck_assert_int_eq(fgetsgent_r(f, &sg, buf, sizeof buf, &r), 0);
	ck_assert_str_eq(sg.sg_namp, "next");
	fclose(f);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("gshadow deviations");
	TCase *tc = tcase_create("gshadow");

	tcase_add_test(tc, indented_last_line);
	tcase_add_test(tc, nul_in_line);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
