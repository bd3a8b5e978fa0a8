/*
 * Bracket expressions, corner by corner, as glibc reads them: ranges,
 * classes, [=c=] and [.c.], a bracket that never closes, and the second
 * look glibc takes for the closing ']' after the member a character
 * matched, whose rules differ from the first.
 */
#define _GNU_SOURCE
#include <fnmatch.h>
#include "cases.h"
#include "lwbtest.h"

enum { NOESC = FNM_NOESCAPE, NO = FNM_NOMATCH };

static const struct fcase members[] = {
	{ "[abc]", "b", 0, 0 },
	{ "[abc]", "d", 0, NO },
	{ "[!abc]", "d", 0, 0 },
	{ "[^abc]", "d", 0, 0 },
	{ "[!abc]", "a", 0, NO },
	{ "[]]", "]", 0, 0 },
	{ "[]a]", "a", 0, 0 },
	{ "[!]]", "a", 0, 0 },
	{ "[!]]", "]", 0, NO },
	{ "[a-c]", "b", 0, 0 },
	{ "[a-c]", "d", 0, NO },
	{ "[z-a]", "q", 0, NO },
	{ "[a-a]", "a", 0, 0 },
	{ "[a-]", "-", 0, 0 },
	{ "[]-a]", "^", 0, 0 },
	{ "[--0]", ".", 0, 0 },
	{ "[!--0]", ".", 0, NO },
	{ "[a-c-e]", "d", 0, NO },
	{ "[a-c-e]", "-", 0, 0 },
	{ "[a\\-z]", "-", 0, 0 },
	{ "[a\\-z]", "b", 0, NO },
	{ "[a-\\z]", "b", 0, 0 },
	{ "[\\a-z]", "b", 0, 0 },
	{ "[\\]]", "]", 0, 0 },
	{ "[\\\\]", "\\", 0, 0 },
	{ "[\\a]", "\\", 0, NO },
	{ "[x\\]]", "x", NOESC, NO },
	{ "[x\\]]", "x]", NOESC, 0 },
	{ "[a-\\]", "b", NOESC, NO },
};

static const struct fcase elements[] = {
	{ "[[:alpha:]]", "x", 0, 0 },
	{ "[[:alpha:]]", "1", 0, NO },
	{ "[[:digit:][:upper:]]", "Q", 0, 0 },
	{ "[![:space:]]", " ", 0, NO },
	{ "[[:alpha:]x]", "x", 0, 0 },
	{ "[[:xdigit:]]", "f", 0, 0 },
	{ "[[:punct:]]", "!", 0, 0 },
	/* An unknown class fails every character that reaches it. */
	{ "[[:foo:]]", "x", 0, NO },
	{ "[x[:foo:]]", "x", 0, 0 },
	{ "[[:foo:]x]", "x", 0, NO },
	/* glibc reads a class name only while it sees 'a' to 'y' (and, on
	 * the first reading, ']'); otherwise the '[' is just a member. */
	{ "[[:azb:]]", ":]", 0, 0 },
	{ "[[:ab:]]", ":]", 0, NO },
	{ "[[:a1b:]]", ":]", 0, 0 },
	{ "[[:a\\:]]", ":]", 0, 0 },
	{ "[[:a]b:]]", "a", 0, NO },
	{ "[[:al[:alpha:]]", ":", 0, 0 },
	{ "[[:ab]", "b", 0, 0 },
	/* A class cannot end a range; the '[' does. */
	{ "[a-[:alpha:]]", "b", 0, NO },
	{ "[a-[:b]", "b", 0, 0 },
	{ "[[=a=]]", "a", 0, 0 },
	{ "[[=a=]b]", "b", 0, 0 },
	{ "[[=]=]]", "]", 0, 0 },
	{ "[[=\\=]]", "\\", 0, 0 },
	/* Not one character between [= and =]: the '[' is a member. */
	{ "[[=ab=]]", "a]", 0, 0 },
	{ "[[==]]", "=]", 0, 0 },
	{ "[[=]", "=", 0, 0 },
	{ "[[.a.]]", "a", 0, 0 },
	{ "[[.].]]", "]", 0, 0 },
	{ "[[...]]", ".", 0, 0 },
	{ "[[.-.]]", "-", 0, 0 },
	{ "[[.a.]-c]", "b", 0, 0 },
	{ "[a-[.c.]]", "b", 0, 0 },
	/* Collating symbols of more or fewer than one character, and an
	 * unclosed "[.", fail. */
	{ "[[.hyphen.]]", "-", 0, NO },
	{ "[[..]]", ".", 0, NO },
	{ "[a[.]", "a", 0, NO },
	{ "[[.a.", "[[.a.", 0, NO },
};

static const struct fcase unclosed[] = {
	/* A bracket that never closes is a plain '['... */
	{ "[", "[", 0, 0 },
	{ "[a", "[a", 0, 0 },
	{ "a[", "a[", 0, 0 },
	{ "[]", "[]", 0, 0 },
	{ "[]", "]", 0, NO },
	{ "[!]", "[!]", 0, 0 },
	{ "[!a", "[!a", 0, 0 },
	{ "[![", "[![", 0, 0 },
	{ "[a-b", "[a-b", 0, 0 },
	{ "[[", "[[", 0, 0 },
	{ "[[x", "[[x", 0, 0 },
	{ "[[=", "[[=", 0, 0 },
	{ "[[:alpha:", "[[:alpha:", 0, 0 },
	{ "*[", "x[", 0, 0 },
	/* ...unless the pattern ends inside a range or an element. */
	{ "[a-", "[a-", 0, NO },
	{ "[a-", "b", 0, NO },
	{ "[[.", "[[.", 0, NO },
	/* A member that holds, then a "[=" the pattern ends at: nothing. */
	{ "[a[[=", "[a[[=", 0, NO },
	{ "[[a[=", "[[a[=", 0, NO },
	{ "[a[=", "[a[=", 0, 0 },
	/* A range from a plain '[' the pattern ends in: the bracket never
	 * closes, so it is plain text. */
	{ "[[-", "[[-", 0, 0 },
	{ "[[-", "[", 0, NO },
	{ "a[a[-", "a[a[-", 0, 0 },
	{ "[\\[-", "[\\[-", 0, NO },
	/* musl says 0 to these. */
	{ "[\\]", "\\", 0, NO },
	{ "[a-z\\]", "b", 0, NO },
};

static const struct fcase second_look[] = {
	/* After the member a character matched, glibc looks for the ']'
	 * again: a [= must hold one character and =]... */
	{ "[x[=]", "x", 0, NO },
	{ "[x[=]", "[", 0, 0 },
	{ "[x[=]", "=", 0, 0 },
	{ "[x[=x]", "x", 0, NO },
	{ "[x[=]=]]", "x", 0, 0 },
	/* ...a [: closes the element only when its name is letters... */
	{ "[x[:]:]]", "x", 0, NO },
	{ "[x[:alpha:]]", "x", 0, 0 },
	{ "[x[::]", "x", 0, NO },
	{ "[x[:ab]", "x", 0, 0 },
	{ "[x[:\\:]]", "x", 0, NO },
	{ "[x[:\\:]]", "x]", 0, 0 },
	/* ...and a [:class:] at the end of a range is an element then, so
	 * the bracket ends further on than for the others. */
	{ "[xa-[:alpha:]]", "x", 0, 0 },
	{ "[xa-[:alpha:]]", "x]", 0, NO },
	{ "[xa-[:alpha:]]", ":]", 0, 0 },
	{ "[xa-[:alpha:]]", ":", 0, NO },
	{ "[x[.a.]]", "x", 0, 0 },
	{ "[x[.a]b.]]", "x", 0, 0 },
	{ "[x[.a].]", "x", 0, NO },
	{ "[x\\", "x", 0, NO },
	/* A bracket that fails for one character does not end the match:
	 * the star goes on. */
	{ "*[x[=]*", "xa=", 0, 0 },
};

START_TEST(bracket_members)
{
	check_cases(members, NCASES(members));
}
END_TEST

START_TEST(bracket_elements)
{
	check_cases(elements, NCASES(elements));
}
END_TEST

START_TEST(bracket_unclosed)
{
	check_cases(unclosed, NCASES(unclosed));
}
END_TEST

START_TEST(bracket_second_look)
{
	check_cases(second_look, NCASES(second_look));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fnmatch brackets");
	TCase *tc = tcase_create("brackets");

	tcase_add_test(tc, bracket_members);
	tcase_add_test(tc, bracket_elements);
	tcase_add_test(tc, bracket_unclosed);
	tcase_add_test(tc, bracket_second_look);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
