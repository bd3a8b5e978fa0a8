/* parse_printf_format: how many arguments a format consumes and of which
 * types, exactly as glibc 2.36 on x86_64 answers, for every conversion,
 * length modifier, flag, width and precision, numbered arguments and
 * formats glibc's printf would refuse. */
#define _GNU_SOURCE
#include <printf.h>
#include <stdarg.h>
#include <wchar.h>
#include <stddef.h>
#include <string.h>
#include "lwbtest.h"

#define UNSET (-99)
#define NONE (-1)	/* end of a list of expected types */
#define I PA_INT
#define L (PA_INT | PA_FLAG_LONG)
#define D PA_DOUBLE
#define LD (PA_DOUBLE | PA_FLAG_LONG_DOUBLE)

struct want {
	const char *fmt;
	size_t count;
	int types[8];	/* UNSET: not written; the list ends at NONE or 8 */
};

static void check(const struct want *w)
{
	int types[64];
	size_t count;

	for (int i = 0; i < 64; i++)
		types[i] = UNSET;
	count = parse_printf_format(w->fmt, 64, types);
	ck_assert_msg(count == w->count, "\"%s\": %zu arguments, want %zu", w->fmt, count, w->count);
	for (int i = 0; i < 8 && w->types[i] != NONE; i++)
		ck_assert_msg(types[i] == w->types[i], "\"%s\": argument %d is %#x, want %#x",
			w->fmt, i + 1, (unsigned)types[i], (unsigned)w->types[i]);
	for (size_t i = count; i < 64; i++)
		ck_assert_msg(types[i] == UNSET, "\"%s\": argument %zu written", w->fmt, i + 1);
}

static void check_all(const struct want *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		check(&w[i]);
}

#define CHECK_ALL(table) check_all(table, sizeof table / sizeof table[0])

START_TEST(values_are_glibcs)
{
	ck_assert_int_eq(PA_INT, 0);
	ck_assert_int_eq(PA_CHAR, 1);
	ck_assert_int_eq(PA_WCHAR, 2);
	ck_assert_int_eq(PA_STRING, 3);
	ck_assert_int_eq(PA_WSTRING, 4);
	ck_assert_int_eq(PA_POINTER, 5);
	ck_assert_int_eq(PA_FLOAT, 6);
	ck_assert_int_eq(PA_DOUBLE, 7);
	ck_assert_int_eq(PA_LAST, 8);
	ck_assert_int_eq(PA_FLAG_MASK, 0xff00);
	ck_assert_int_eq(PA_FLAG_LONG_LONG, 0x100);
	ck_assert_int_eq(PA_FLAG_LONG_DOUBLE, 0x100);
	ck_assert_int_eq(PA_FLAG_LONG, 0x200);
	ck_assert_int_eq(PA_FLAG_SHORT, 0x400);
	ck_assert_int_eq(PA_FLAG_PTR, 0x800);
}
END_TEST

/* The bytes each field and bit-field occupies. */
START_TEST(printf_info_layout_is_glibcs)
{
	struct printf_info info;
	unsigned char *b = (unsigned char *)&info;

	ck_assert_uint_eq(sizeof info, 20);
	ck_assert_uint_eq(offsetof(struct printf_info, prec), 0);
	ck_assert_uint_eq(offsetof(struct printf_info, width), 4);
	ck_assert_uint_eq(offsetof(struct printf_info, spec), 8);
	ck_assert_uint_eq(offsetof(struct printf_info, user), 14);
	ck_assert_uint_eq(offsetof(struct printf_info, pad), 16);
#define BIT(field, byte, value) \
	do { \
		memset(&info, 0, sizeof info); \
		info.field = 1; \
		for (size_t k = 0; k < sizeof info; k++) \
			ck_assert_msg(b[k] == (k == byte ? value : 0), #field ": byte %zu is %#x", k, b[k]); \
	} while (0)
	BIT(is_long_double, 12, 0x01);
	BIT(is_short, 12, 0x02);
	BIT(is_long, 12, 0x04);
	BIT(alt, 12, 0x08);
	BIT(space, 12, 0x10);
	BIT(left, 12, 0x20);
	BIT(showsign, 12, 0x40);
	BIT(group, 12, 0x80);
	BIT(extra, 13, 0x01);
	BIT(is_char, 13, 0x02);
	BIT(wide, 13, 0x04);
	BIT(i18n, 13, 0x08);
	BIT(is_binary128, 13, 0x10);
#undef BIT
}
END_TEST

START_TEST(conversions)
{
	static const struct want w[] = {
		{ "%d", 1, { I, NONE } }, { "%i", 1, { I, NONE } }, { "%o", 1, { I, NONE } },
		{ "%u", 1, { I, NONE } }, { "%x", 1, { I, NONE } }, { "%X", 1, { I, NONE } },
		{ "%b", 1, { I, NONE } }, { "%B", 1, { I, NONE } },
		{ "%e", 1, { D, NONE } }, { "%E", 1, { D, NONE } }, { "%f", 1, { D, NONE } },
		{ "%F", 1, { D, NONE } }, { "%g", 1, { D, NONE } }, { "%G", 1, { D, NONE } },
		{ "%a", 1, { D, NONE } }, { "%A", 1, { D, NONE } },
		{ "%c", 1, { PA_CHAR, NONE } }, { "%C", 1, { PA_WCHAR, NONE } },
		{ "%s", 1, { PA_STRING, NONE } }, { "%S", 1, { PA_WSTRING, NONE } },
		{ "%p", 1, { PA_POINTER, NONE } },
		{ "%n", 1, { PA_INT | PA_FLAG_PTR, NONE } },
		/* no argument */
		{ "%m", 0, { NONE } }, { "%%", 0, { NONE } }, { "100%% %m", 0, { NONE } },
		{ "no conversion", 0, { NONE } }, { "", 0, { NONE } },
		{ "%d %s %c %f %p %n", 6, { I, PA_STRING, PA_CHAR, D, PA_POINTER, PA_INT | PA_FLAG_PTR, NONE } },
	};

	CHECK_ALL(w);
}
END_TEST

/* glibc's answers on x86_64, where long long and the typedef'd lengths are
 * long; some differ from its manual's description. */
START_TEST(length_modifiers)
{
	static const struct want w[] = {
		{ "%hhd", 1, { PA_CHAR, NONE } }, { "%hhx", 1, { PA_CHAR, NONE } },
		{ "%hd", 1, { PA_INT | PA_FLAG_SHORT, NONE } }, { "%hu", 1, { PA_INT | PA_FLAG_SHORT, NONE } },
		{ "%ld", 1, { L, NONE } }, { "%lld", 1, { L, NONE } }, { "%llx", 1, { L, NONE } },
		{ "%jd", 1, { L, NONE } }, { "%zd", 1, { L, NONE } }, { "%Zd", 1, { L, NONE } },
		{ "%td", 1, { L, NONE } }, { "%lb", 1, { L, NONE } },
		/* L and q on integers: no flag */
		{ "%Ld", 1, { I, NONE } }, { "%qd", 1, { I, NONE } }, { "%qu", 1, { I, NONE } },
		{ "%Lf", 1, { LD, NONE } }, { "%Le", 1, { LD, NONE } }, { "%LG", 1, { LD, NONE } },
		{ "%LA", 1, { LD, NONE } }, { "%qg", 1, { LD, NONE } }, { "%llf", 1, { LD, NONE } },
		{ "%lla", 1, { LD, NONE } },
		{ "%lf", 1, { D, NONE } }, { "%hf", 1, { D, NONE } }, { "%hhe", 1, { D, NONE } },
		{ "%jf", 1, { D, NONE } }, { "%zf", 1, { D, NONE } }, { "%tf", 1, { D, NONE } },
		/* l, h and the rest change nothing on c, s and p: %lc is
		 * PA_CHAR, %ls PA_STRING; only %C and %S are wide */
		{ "%lc", 1, { PA_CHAR, NONE } }, { "%hc", 1, { PA_CHAR, NONE } }, { "%Lc", 1, { PA_CHAR, NONE } },
		{ "%ls", 1, { PA_STRING, NONE } }, { "%lls", 1, { PA_STRING, NONE } }, { "%hhs", 1, { PA_STRING, NONE } },
		{ "%lC", 1, { PA_WCHAR, NONE } }, { "%hhS", 1, { PA_WSTRING, NONE } },
		{ "%lp", 1, { PA_POINTER, NONE } }, { "%Lp", 1, { PA_POINTER, NONE } },
		/* %n: always an int pointer */
		{ "%hhn", 1, { PA_INT | PA_FLAG_PTR, NONE } }, { "%hn", 1, { PA_INT | PA_FLAG_PTR, NONE } },
		{ "%ln", 1, { PA_INT | PA_FLAG_PTR, NONE } }, { "%lln", 1, { PA_INT | PA_FLAG_PTR, NONE } },
		{ "%jn", 1, { PA_INT | PA_FLAG_PTR, NONE } }, { "%zn", 1, { PA_INT | PA_FLAG_PTR, NONE } },
		/* one modifier only: what follows it is the conversion */
		{ "%lll", 0, { NONE } }, { "%hhh", 0, { NONE } }, { "%hhhd", 0, { NONE } },
		{ "%Lld", 0, { NONE } }, { "%hl", 0, { NONE } }, { "%lh", 0, { NONE } },
		{ "%jz", 0, { NONE } }, { "%hhlld", 0, { NONE } },
		/* modifiers on conversions without an argument */
		{ "%Lm", 0, { NONE } }, { "%l%", 0, { NONE } },
	};

	CHECK_ALL(w);
}
END_TEST

START_TEST(flags_width_precision)
{
	static const struct want w[] = {
		{ "%-+ #0d", 1, { I, NONE } }, { "%'d", 1, { I, NONE } }, { "%Id", 1, { I, NONE } },
		{ "%II5d", 1, { I, NONE } }, { "%1$##x", 1, { I, NONE } },
		{ "%5.3d", 1, { I, NONE } }, { "%2147483647d", 1, { I, NONE } },
		{ "%99999999999999999999d", 1, { I, NONE } }, { "%.99999999999999999999d", 1, { I, NONE } },
		/* '*' takes an int before the value */
		{ "%*d", 2, { I, I, NONE } }, { "%.*d", 2, { I, I, NONE } }, { "%*.*s", 3, { I, I, PA_STRING, NONE } },
		{ "%-*s", 2, { I, PA_STRING, NONE } }, { "%0*s", 2, { I, PA_STRING, NONE } },
		{ "%5.*s", 2, { I, PA_STRING, NONE } }, { "%*.5s", 2, { I, PA_STRING, NONE } },
		{ "%s %*.*d", 4, { PA_STRING, I, I, I, NONE } },
		/* flags come first: after a width they are the conversion */
		{ "%*-5s", 1, { I, NONE } }, { "%.-5s", 0, { NONE } }, { "%.5.5s", 0, { NONE } },
		{ "%5*s", 0, { NONE } },
		/* the star's argument is taken even without a known conversion */
		{ "%*y", 1, { I, NONE } }, { "%.*y", 1, { I, NONE } }, { "%*%", 1, { I, NONE } },
		{ "%*m", 1, { I, NONE } }, { "%*y %d", 2, { I, I, NONE } },
	};

	CHECK_ALL(w);
}
END_TEST

START_TEST(numbered_arguments)
{
	static const struct want w[] = {
		{ "%1$d", 1, { I, NONE } },
		{ "%2$d", 2, { UNSET, I, NONE } },
		{ "%3$s %1$d", 3, { I, UNSET, PA_STRING, NONE } },
		{ "%2$s %1$d", 2, { I, PA_STRING, NONE } },
		/* the same argument twice: the later type */
		{ "%1$d %1$s", 1, { PA_STRING, NONE } },
		{ "%1$*1$s", 1, { PA_STRING, NONE } },
		{ "%1$s %2$*1$d", 2, { I, I, NONE } },
		/* numbered widths and precisions */
		{ "%2$*1$d", 2, { I, I, NONE } }, { "%2$.*1$d", 2, { I, I, NONE } },
		{ "%3$*1$.*2$d", 3, { I, I, I, NONE } },
		{ "%5$*5$.*5$s", 5, { UNSET, UNSET, UNSET, UNSET, PA_STRING, NONE } },
		/* a numbered conversion without argument still counts */
		{ "%1$m", 1, { UNSET, NONE } }, { "%1$%", 1, { UNSET, NONE } },
		{ "%3$d %2$m", 3, { UNSET, UNSET, I, NONE } },
		{ "%5$*y", 5, { I, UNSET, UNSET, UNSET, UNSET, NONE } },
		{ "%1$", 1, { UNSET, NONE } }, { "%1$$d", 1, { UNSET, NONE } }, { "%1$1$d", 1, { UNSET, NONE } },
		{ "%01$d", 1, { I, NONE } },
		{ "%64$d", 64, { UNSET, NONE } },
		{ "%1$n %2$lc %3$C", 3, { PA_INT | PA_FLAG_PTR, PA_CHAR, PA_WCHAR, NONE } },
	};

	CHECK_ALL(w);
}
END_TEST

/* Numbered and unnumbered conversions mixed: the unnumbered ones count
 * from the first argument on their own, and the result is the larger. */
START_TEST(mixed_numbered_and_in_order)
{
	static const struct want w[] = {
		{ "%2$d %d", 2, { I, I, NONE } },
		{ "%d %2$d", 2, { I, I, NONE } },
		{ "%d %2$s %d", 2, { I, I, NONE } },
		{ "%1$d %d %d", 2, { I, I, NONE } },
		{ "%5d%1$d", 1, { I, NONE } },
		{ "%*1$d", 1, { I, NONE } },
		{ "%*3$d", 3, { I, UNSET, I, NONE } },
		{ "%*3$d %s", 3, { I, PA_STRING, I, NONE } },
		{ "%.*3$d", 3, { I, UNSET, I, NONE } },
		{ "%1$*d", 1, { I, NONE } },
		{ "%1$.*d", 1, { I, NONE } },
		{ "%1$d%*d", 2, { I, I, NONE } },
		{ "%1$d %*2$d", 2, { I, I, NONE } },
		{ "%2$s%*1$s", 2, { PA_STRING, PA_STRING, NONE } },
		{ "%3$s %*1$d", 3, { I, UNSET, PA_STRING, NONE } },
		{ "%1$d %y %3$d", 3, { I, UNSET, I, NONE } },
		{ "%2$d %y %d", 2, { I, I, NONE } },
		{ "%2$d %%", 2, { UNSET, I, NONE } },
	};

	CHECK_ALL(w);
}
END_TEST

/* What glibc's printf would not print: read as glibc reads it. */
START_TEST(malformed)
{
	static const struct want w[] = {
		/* unknown conversions take nothing; the text goes on after */
		{ "%y", 0, { NONE } }, { "%k", 0, { NONE } }, { "%w", 0, { NONE } }, { "%D", 0, { NONE } },
		{ "%O", 0, { NONE } }, { "%U", 0, { NONE } }, { "%H", 0, { NONE } }, { "%y%d", 1, { I, NONE } },
		{ "%\xe9%s", 1, { PA_STRING, NONE } },
		/* the format ends inside a conversion */
		{ "%", 0, { NONE } }, { "%5", 0, { NONE } }, { "%l", 0, { NONE } }, { "%ll", 0, { NONE } },
		{ "%.", 0, { NONE } }, { "%I", 0, { NONE } }, { "%q", 0, { NONE } }, { "%Z", 0, { NONE } },
		{ "%*", 1, { I, NONE } }, { "%.*", 1, { I, NONE } }, { "%1$*", 1, { I, NONE } },
		{ "abc%1$d%", 1, { I, NONE } }, { "%1$d %5", 1, { I, NONE } }, { "%1$d %*", 1, { I, NONE } },
		/* position 0 is none: "0" is a flag, "$" the conversion */
		{ "%0$d", 0, { NONE } }, { "%00$d", 0, { NONE } }, { "%$d", 0, { NONE } },
		{ "%-1$d", 0, { NONE } }, { "%+1$d", 0, { NONE } }, { "%1$-d", 1, { I, NONE } },
		/* a star's digits without '$', or a star's position 0, are
		 * not a position: the star takes the next argument and the
		 * digits become the (unknown) conversion */
		{ "%*2", 1, { I, NONE } }, { "%1$*2", 1, { I, NONE } }, { "%*0$d", 1, { I, NONE } },
		{ "%1$*2$", 2, { UNSET, I, NONE } },
	};

	CHECK_ALL(w);
}
END_TEST

/* Positions up to INT_MAX count; past it the number is read and dropped
 * (the conversion takes the next argument in order), except after a star,
 * where it is not read at all. */
START_TEST(huge_positions)
{
	static const struct want w[] = {
		{ "%2147483647$d", 2147483647, { UNSET, NONE } },
		{ "%2147483646$s", 2147483646, { UNSET, NONE } },
		{ "%1$s%2147483647$s", 2147483647, { PA_STRING, UNSET, NONE } },
		{ "%1$*2147483647$s", 2147483647, { PA_STRING, UNSET, NONE } },
		{ "%2147483648$d", 1, { I, NONE } },
		{ "%2147483648$s", 1, { PA_STRING, NONE } },
		{ "%4294967297$s", 1, { PA_STRING, NONE } },
		{ "%4294967298$s", 1, { PA_STRING, NONE } },
		{ "%99999999999999999999$d", 1, { I, NONE } },
		{ "%2147483648$d %d", 2, { I, I, NONE } },
		{ "%d %2147483648$s", 2, { I, PA_STRING, NONE } },
		{ "%2147483648$d %2$s", 2, { I, PA_STRING, NONE } },
		{ "%99999999999$s %3$s", 3, { PA_STRING, UNSET, PA_STRING, NONE } },
		{ "%2147483648$*d", 2, { I, I, NONE } },
		{ "%2147483648$", 0, { NONE } },
		{ "%2147483648$2147483648$s", 0, { NONE } },
		{ "%.2147483648$s", 0, { NONE } },
		{ "%*2147483648$s", 1, { I, NONE } },
		{ "%.*2147483648$s", 1, { I, NONE } },
		{ "%1$*2147483648$s", 1, { I, NONE } },
		{ "%2$*2147483648$s", 2, { I, UNSET, NONE } },
	};

	CHECK_ALL(w);
}
END_TEST

/* Only the first n types are written; the count is the whole. */
START_TEST(short_arrays)
{
	const char *fmt = "%d %s %*.*f %3$p";
	int types[8];

	ck_assert_uint_eq(parse_printf_format(fmt, 0, NULL), 5);
	for (size_t n = 0; n <= 6; n++) {
		for (int i = 0; i < 8; i++)
			types[i] = UNSET;
		ck_assert_uint_eq(parse_printf_format(fmt, n, types), 5);
		for (size_t i = 0; i < 8; i++) {
			static const int all[] = { I, PA_STRING, PA_POINTER, I, D };

			ck_assert_int_eq(types[i], i < n && i < 5 ? all[i] : UNSET);
		}
	}
	/* a huge position with a small array writes nothing past it */
	types[0] = types[1] = UNSET;
	ck_assert_uint_eq(parse_printf_format("%2147483647$d %1$s", 1, types), 2147483647);
	ck_assert_int_eq(types[0], PA_STRING);
	ck_assert_int_eq(types[1], UNSET);
}
END_TEST

/* What systemd does with it (VA_FORMAT_ADVANCE): step a va_list over the
 * arguments a format takes, then read what follows them. */
static int after_format(const char *fmt, ...)
{
	int types[16];
	size_t n = parse_printf_format(fmt, 16, types);
	va_list ap;
	int next;

	ck_assert_uint_le(n, 16);
	va_start(ap, fmt);
	for (size_t i = 0; i < n; i++) {
		switch (types[i]) {
		case PA_INT | PA_FLAG_LONG:
			(void)va_arg(ap, long);
			break;
		case PA_DOUBLE:
			(void)va_arg(ap, double);
			break;
		case PA_DOUBLE | PA_FLAG_LONG_DOUBLE:
			(void)va_arg(ap, long double);
			break;
		case PA_STRING:
		case PA_WSTRING:
		case PA_POINTER:
		case PA_INT | PA_FLAG_PTR:
			(void)va_arg(ap, void *);
			break;
		case PA_WCHAR:
			(void)va_arg(ap, wint_t);
			break;
		default:	/* int, char, short */
			(void)va_arg(ap, int);
			break;
		}
	}
	next = va_arg(ap, int);
	va_end(ap);
	return next;
}

START_TEST(advancing_a_va_list)
{
	int where;

	ck_assert_int_eq(after_format("no arguments", 4242), 4242);
	ck_assert_int_eq(after_format("%s=%lld (%Lf, %c) at %p", "x", 1LL << 40, 2.5L, 'c', (void *)&where, 4242), 4242);
	ck_assert_int_eq(after_format("%hhd %hd %zu %jd %td %n%%", 1, 2, (size_t)3, (long)4, (long)5, &where, 4242), 4242);
	ck_assert_int_eq(after_format("%*.*f|%ls|%C|%m", 8, 2, 3.25, L"w", (wint_t)L'w', 4242), 4242);
	ck_assert_int_eq(after_format("%2$s %1$d", 7, "x", 4242), 4242);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("parse_printf_format");
	TCase *tc = tcase_create("parse");

	tcase_add_test(tc, values_are_glibcs);
	tcase_add_test(tc, printf_info_layout_is_glibcs);
	tcase_add_test(tc, conversions);
	tcase_add_test(tc, length_modifiers);
	tcase_add_test(tc, flags_width_precision);
	tcase_add_test(tc, numbered_arguments);
	tcase_add_test(tc, mixed_numbered_and_in_order);
	tcase_add_test(tc, malformed);
	tcase_add_test(tc, huge_positions);
	tcase_add_test(tc, short_arrays);
	tcase_add_test(tc, advancing_a_va_list);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
