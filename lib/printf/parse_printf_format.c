#include <limits.h>
#include <printf.h>
#include <stddef.h>
#include <stdint.h>

/* The length modifiers' flags below are glibc's on LP64 (x86_64), where
 * long long, intmax_t, size_t and ptrdiff_t are all long. */
#if LONG_MAX != LLONG_MAX || SIZE_MAX != ULONG_MAX
#error "parse_printf_format's length flags are only known for LP64"
#endif

/* How glibc reads a number in a format: all the digits, and any value past
 * INT_MAX is -1. */
static int read_number(const char **p)
{
	long n = 0;

	for (; **p >= '0' && **p <= '9'; ++*p)
		if (n >= 0 && (n = n * 10 + (**p - '0')) > INT_MAX)
			n = -1;
	return (int)n;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

struct parse {
	int *types;
	size_t n;
	size_t next;		/* the next argument taken in order */
	size_t max;		/* the highest numbered one (%N$, *N$) */
};

static void note(struct parse *st, size_t index, int type)
{
	if (index < st->n)
		st->types[index] = type;
}

/* A width or precision '*', with or without a position N$ after it. p is
 * past the '*'. A position of 0 or past INT_MAX, or digits without '$',
 * are not a position: the star takes the next argument in order and the
 * digits are read again as what follows. */
static const char *star(struct parse *st, const char *p)
{
	const char *q = p;
	int pos;

	if (is_digit(*q)) {
		pos = read_number(&q);
		if (pos > 0 && *q == '$') {
			note(st, (size_t)pos - 1, PA_INT);
			if ((size_t)pos > st->max)
				st->max = (size_t)pos;
			return q + 1;
		}
	}
	note(st, st->next++, PA_INT);
	return p;
}

enum length { NONE, HH, H, L, LL, BIG };

/* The argument a conversion takes, or -1 for none: glibc's answers on
 * x86_64, where some differ from its manual (%lc is PA_CHAR, %ls
 * PA_STRING, %Ld and %qd plain PA_INT, %lld PA_FLAG_LONG, %n never
 * flagged but with PA_FLAG_PTR). */
static int argument(char conversion, enum length len)
{
	switch (conversion) {
	case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'b': case 'B':
		if (len == HH)
			return PA_CHAR;
		if (len == H)
			return PA_INT | PA_FLAG_SHORT;
		if (len == L || len == LL)
			return PA_INT | PA_FLAG_LONG;
		return PA_INT;
	case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a': case 'A':
		return len == LL || len == BIG ? PA_DOUBLE | PA_FLAG_LONG_DOUBLE : PA_DOUBLE;
	case 'c':
		return PA_CHAR;
	case 'C':
		return PA_WCHAR;
	case 's':
		return PA_STRING;
	case 'S':
		return PA_WSTRING;
	case 'p':
		return PA_POINTER;
	case 'n':
		return PA_INT | PA_FLAG_PTR;
	default:	/* %%, %m and anything glibc does not know */
		return -1;
	}
}

/* One conversion; p is past its '%'. Returns where the text resumes. */
static const char *conversion(struct parse *st, const char *p)
{
	size_t position = 0;	/* 0: the next argument in order */
	enum length len = NONE;
	int type;

	/* %N$: digits then '$'. 0 is no position (the '0' is then a flag);
	 * a number past INT_MAX is read and dropped. */
	if (is_digit(*p)) {
		const char *q = p;
		int pos = read_number(&q);

		if (pos != 0 && *q == '$') {
			p = q + 1;
			if (pos > 0) {
				position = (size_t)pos;
				if (position > st->max)
					st->max = position;
			}
		}
	}
	while (*p == ' ' || *p == '+' || *p == '-' || *p == '#' || *p == '0' || *p == '\'' || *p == 'I')
		p++;
	if (*p == '*')
		p = star(st, p + 1);
	else
		while (is_digit(*p))
			p++;
	if (*p == '.') {
		p++;
		if (*p == '*')
			p = star(st, p + 1);
		else
			while (is_digit(*p))
				p++;
	}
	switch (*p) {
	case 'h':
		len = p[1] == 'h' ? HH : H;
		p += len == HH ? 2 : 1;
		break;
	case 'l':
		len = p[1] == 'l' ? LL : L;
		p += len == LL ? 2 : 1;
		break;
	case 'L': case 'q':
		len = BIG;
		p++;
		break;
	case 'j': case 'z': case 'Z': case 't':
		len = L;
		p++;
		break;
	}
	if (!*p)
		return p;
	type = argument(*p, len);
	if (type >= 0)
		note(st, position ? position - 1 : st->next++, type);
	return p + 1;
}

size_t parse_printf_format(const char *fmt, size_t n, int *argtypes)
{
	struct parse st = { argtypes, n, 0, 0 };

	while (*fmt) {
		if (*fmt++ == '%')
			fmt = conversion(&st, fmt);
	}
	return st.next > st.max ? st.next : st.max;
}
