/*
 * Where glibc 2.36 fails: musl only (listed in docs/compat.md).
 */
#define _GNU_SOURCE
#include <aliases.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"
#include "../gshadow/etc.h"

/* /etc/aliases holds text, in a private mount namespace. */
static char *aliases(const char *text)
{
	char *path = acct_temp_file(text, strlen(text));

	acct_etc("aliases", path);
	return path;
}

static void done(char *path)
{
	unlink(path);
	free(path);
}

static void members(const struct aliasent *e, const char *name, const char *const *want)
{
	size_t n = 0;

	ck_assert_str_eq(e->alias_name, name);
	for (; want[n]; n++) {
		ck_assert_uint_gt(e->alias_members_len, n);
		ck_assert_str_eq(e->alias_members[n], want[n]);
	}
	ck_assert_uint_eq(e->alias_members_len, n);
	ck_assert_int_eq(e->alias_local, 1);
}

/* An empty member followed by a comma (",a", "b,,c", "b, ,c", a
 * continuation line starting with a comma): glibc loops forever. Here the
 * empty member is skipped. */
START_TEST(empty_members)
{
	static const char *const x[] = {"a", NULL}, *const y[] = {"b", "c", NULL},
		*const z[] = {"b", "c", "d", "e", NULL}, *const w[] = {"q", NULL};
	char *path = aliases("x: ,a\ny: b,,c\nz: b, ,c,\t,\n ,d\n\t, e\nw:,\n\tq\n");
	struct aliasent *e;

	setaliasent();
	members(getaliasent(), "x", x);
	members(getaliasent(), "y", y);
	members(getaliasent(), "z", z);
	members(getaliasent(), "w", w);
	ck_assert_ptr_null(getaliasent());
	endaliasent();
	e = getaliasbyname("Z");
	ck_assert_ptr_nonnull(e);
	members(e, "z", z);
	done(path);
}
END_TEST

/* glibc takes (size & ~7) - 1 bytes of the line before it says ERANGE,
 * and reads the rest of the line as the next one: a retry with a larger
 * buffer does not get the entry (here "root" would be lost, and a size of
 * 8 would make "in, ops" of the next). Here the stream is put back and the
 * retry reads the same entry. */
START_TEST(erange_retry)
{
	static const char *const root[] = {"admin", "ops", NULL}, *const b[] = {"c", NULL};
	char *path = aliases("root: admin, ops\nb: c\n");
	char buf[64];
	struct aliasent e, *res;

	for (size_t n = 0; n < 32; n++) {
		setaliasent();
		res = &e;
		errno = 0;
		ck_assert_int_eq(getaliasent_r(&e, buf, n, &res), ERANGE);
		ck_assert_int_eq(errno, ERANGE);
		ck_assert_ptr_null(res);
		ck_assert_int_eq(getaliasent_r(&e, buf, sizeof buf, &res), 0);
		members(&e, "root", root);
		ck_assert_int_eq(getaliasent_r(&e, buf, sizeof buf, &res), 0);
		members(&e, "b", b);
		ck_assert_int_eq(getaliasent_r(&e, buf, sizeof buf, &res), ENOENT);
		endaliasent();
	}
	done(path);
}
END_TEST

/* glibc's getaliasent starts with 1024 bytes and, having taken part of
 * the line on ERANGE, loses an entry that needs more (and leaves ERANGE in
 * errno at the end). Here it grows its buffer and returns every entry. */
START_TEST(getaliasent_long)
{
	char *text = NULL, *path;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	struct aliasent *e;

	fputs("first: f\nlong: m0", f);
	for (int i = 1; i < 300; i++)
		fprintf(f, ",m%d", i);
	fputs("\nmany: x\n", f);
	for (int i = 0; i < 300; i++)
		fprintf(f, " c%d\n", i);
	fputs("after: a\n", f);
	fclose(f);
	path = aliases(text);
	free(text);
	setaliasent();
	errno = EDOM;
	e = getaliasent();
	ck_assert_str_eq(e->alias_name, "first");
	e = getaliasent();
	ck_assert_str_eq(e->alias_name, "long");
	ck_assert_uint_eq(e->alias_members_len, 300);
	ck_assert_str_eq(e->alias_members[299], "m299");
	e = getaliasent();
	ck_assert_str_eq(e->alias_name, "many");
	ck_assert_uint_eq(e->alias_members_len, 301);
	ck_assert_str_eq(e->alias_members[300], "c299");
	e = getaliasent();
	ck_assert_str_eq(e->alias_name, "after");
	ck_assert_ptr_null(getaliasent());
	ck_assert_int_eq(errno, EDOM);
	endaliasent();
	done(path);
}
END_TEST

/* glibc counts the room for the member pointers as if the buffer were
 * aligned but stores them aligned: with a buffer that is not, it writes
 * past its end ("r: a,b" in 24 bytes at an address 3 past alignment: 5
 * bytes). Here such a buffer must hold the aligned pointers: nothing is
 * written past buflen, and the entry comes at a size 5 larger. */
START_TEST(unaligned_buffer)
{
	static const char *const r[] = {"a", "b", NULL};
	char *path = aliases("r: a,b\n");
	_Alignas(16) char mem[96];
	struct aliasent e, *res;

	for (size_t off = 0; off < 8; off++) {
		size_t need = 0;

		for (size_t n = 0; n <= 48; n++) {
			int rc;

			memset(mem, 'C', sizeof mem);
			setaliasent();
			rc = getaliasent_r(&e, mem + off, n, &res);
			endaliasent();
			for (size_t i = off + n; i < sizeof mem; i++)
				ck_assert_msg(mem[i] == 'C', "offset %zu size %zu: byte %zu written", off,
					n, i - off);
			if (rc == 0 && !need) {
				need = n;
				members(&e, "r", r);
				ck_assert_uint_eq((uintptr_t)e.alias_members % _Alignof(char *), 0);
			}
			ck_assert_int_eq(rc, need ? 0 : ERANGE);
		}
		/* glibc's 24, or the 6 bytes of strings, the padding to the
		 * pointers' alignment and the two pointers, if more. */
		size_t pad = (8 - (off + 6) % 8) % 8;

		ck_assert_uint_eq(need, 22 + pad > 24 ? 22 + pad : 24);
	}
	done(path);
}
END_TEST

/* A continuation line read when the room left for it is exactly nothing:
 * glibc marks the end of that room on the last byte it kept (the NUL of
 * "bbbbb"), finds no line, and returns "a" with that one member unended
 * and "c" lost, at sizes 16 to 23. Here those sizes are ERANGE and the
 * entry comes whole at 32, glibc's next size that is right. */
START_TEST(no_room_for_continuation)
{
	static const char *const a[] = {"bbbbb", "c", NULL};
	char *path = aliases("a: bbbbb\n    c\n");
	char buf[64];
	struct aliasent e, *res;

	for (size_t n = 0; n < 32; n++) {
		setaliasent();
		ck_assert_int_eq(getaliasent_r(&e, buf, n, &res), ERANGE);
		endaliasent();
		ck_assert_int_eq(getaliasbyname_r("a", &e, buf, n, &res), ERANGE);
	}
	setaliasent();
	ck_assert_int_eq(getaliasent_r(&e, buf, 32, &res), 0);
	endaliasent();
	members(&e, "a", a);
	ck_assert_int_eq(getaliasbyname_r("a", &e, buf, 32, &res), 0);
	members(&e, "a", a);
	done(path);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("aliases deviations");
	TCase *tc = tcase_create("aliases");

	if (!acct_namespaces_available()) {
		puts("SKIP: no private mount namespace (needs root or user namespaces)");
		return 77;
	}
	tcase_add_test(tc, empty_members);
	tcase_add_test(tc, erange_retry);
	tcase_add_test(tc, getaliasent_long);
	tcase_add_test(tc, unaligned_buffer);
	tcase_add_test(tc, no_room_for_continuation);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
