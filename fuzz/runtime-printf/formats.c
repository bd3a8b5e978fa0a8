/*
 * Differential fuzzing of the runtime-printf module against glibc.
 *
 * Built in the sanitizer configuration only (the build machine's glibc,
 * clang, libFuzzer): there the module's -Wl,--wrap=snprintf sends
 * snprintf() through libwildebeest's scan, rewrite and null-pointer
 * formatting, which hand the format on to glibc's own __real_ functions,
 * and __real_snprintf() is glibc with the original format. Each input
 * becomes a format (literal text, %%, %m, and conversions with any flags,
 * the I flag, widths and precisions, '*', and every length modifier,
 * glibc's Z, q and L included) and the arguments it reads; both are run
 * and must agree on the return value, errno and every byte, also when the
 * buffer is too short, and through asprintf.
 *
 * The call passes eight 8-byte integer-class arguments (null and non-null
 * pointers to wide strings, small integers, a place for %n) and four
 * doubles; on x86_64 the two kinds are read from separate sequences, so
 * the format takes them in order from each. Long doubles (%Lf, %qf, %llf)
 * and numbered arguments are in tests/runtime-printf instead: they would
 * need a call built for each format. A '*' width comes without the 0
 * flag: glibc misprints some of those (a deliberate deviation).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int __real_snprintf(char *, size_t, const char *, ...);
int __real_asprintf(char **, const char *, ...);

#define GP 8
#define FP 4

static const wchar_t wide_a[] = L"wide";
static const wchar_t wide_b[] = L"\x41\x42\x43\x44\x45\x46\x47";	/* ABCDEFG */

struct gen {
	const uint8_t *d;
	size_t n, i;
	char fmt[512];
	size_t len;
	void *gp[GP];
	int ngp;
	double fp[FP];
	int nfp;
	long long counts[2][GP];
};

static unsigned next(struct gen *g)
{
	return g->i < g->n ? g->d[g->i++] : 0;
}

static int room(struct gen *g, size_t k)
{
	return g->len + k < sizeof g->fmt - 1;
}

static void put(struct gen *g, const char *s)
{
	size_t k = strlen(s);

	if (room(g, k)) {
		memcpy(g->fmt + g->len, s, k);
		g->len += k;
	}
}

static int small_int(struct gen *g)
{
	unsigned v = next(g);

	return (v & 0x80) ? -(int)(v & 0x1f) : (int)(v % 70);
}

/* One conversion. Returns 0 when out of argument slots. */
static int spec(struct gen *g)
{
	static const char *const flags = "-+ #0'I";
	static const char *const mods[] = { "", "", "hh", "h", "l", "ll", "L", "q", "j", "z", "Z", "t" };
	static const char *const fmods[] = { "", "", "h", "hh", "l", "j", "z", "Z", "t" };
	char s[64];
	size_t k = 0;
	unsigned c = next(g), f = next(g);
	int stars = 0;
	unsigned w;

	/* no argument: decided before any '*' takes a slot */
	if (c % 6 == 5) {
		put(g, (c & 0x10) ? "%m" : "%%");
		return 1;
	}
	if (c % 6 == 3 && g->nfp == FP)
		return 0;
	s[k++] = '%';
	w = next(g) % 4;
	/* with 0 and a width made negative through '*', glibc pads some
	 * conversions with zeros on the right (tests/runtime-printf/deviations.c) */
	if (w == 2)
		f &= ~0x10;
	for (int b = 0; b < 7; b++)
		if (f & (1u << b))
			s[k++] = flags[b];
	switch (w) {
	case 1:
		k += sprintf(s + k, "%u", next(g) % 40);
		break;
	case 2:
		s[k++] = '*';
		stars++;
		break;
	}
	switch (next(g) % 4) {
	case 1:
		k += sprintf(s + k, ".%u", next(g) % 12);
		break;
	case 2:
		s[k++] = '.';
		s[k++] = '*';
		stars++;
		break;
	case 3:
		s[k++] = '.';
		break;
	}
	if (g->ngp + stars + 1 > GP)
		return 0;
	for (int j = 0; j < stars; j++)
		g->gp[g->ngp++] = (void *)(intptr_t)small_int(g);
	switch (c % 6) {
	case 0: case 1:	/* integers, and %c of a small integer */
	{
		const char *m = mods[next(g) % 12];
		int v = small_int(g) * 1000003;
		char conv;

		conv = "diouxXcC"[next(g) % 8];
		if (conv == 'c' || conv == 'C')
			m = mods[next(g) % 6];
		k += sprintf(s + k, "%s%c", m, conv);
		/* glibc reads %Ld and %qd as int once it takes its path for
		 * numbered arguments (deviations.c): values that fit read alike */
		if ((*m == 'L' || *m == 'q') && v < 0)
			v = -v;
		g->gp[g->ngp++] = (void *)(intptr_t)v;
		break;
	}
	case 2: {	/* strings and pointers, null or not */
		unsigned w = next(g);
		/* only the modifiers glibc reads alike on both its paths
		 * (deviations.c) */
		const char *m = mods[next(g) % 6];
		char conv = "sspS"[w % 4];

		k += sprintf(s + k, "%s%c", conv == 'S' ? "" : m, conv);
		g->gp[g->ngp++] = (w & 0x10) ? NULL : (void *)((w & 0x20) ? wide_a : wide_b);
		/* a narrow %s of a wide string reads only its first character */
		break;
	}
	case 3:	/* doubles */
		k += sprintf(s + k, "%s%c", fmods[next(g) % 9], "eEfFgGaA"[next(g) % 8]);
		g->fp[g->nfp++] = (double)(int8_t)next(g) / (1 + next(g) % 7);
		break;
	default:	/* %n, into a slot of its own for each run */
		k += sprintf(s + k, "%sn", mods[next(g) % 12]);
		g->gp[g->ngp] = &g->counts[0][g->ngp];
		g->ngp++;
		break;
	}
	s[k] = 0;
	if (room(g, k))
		put(g, s);
	return 1;
}

static void generate(struct gen *g, const uint8_t *data, size_t size)
{
	memset(g, 0, sizeof *g);
	g->d = data;
	g->n = size;
	while (g->i < g->n && room(g, 64)) {
		unsigned c = next(g);

		if (c < 0x50) {
			char lit[2] = { " abc\n"[c % 5], 0 };
			put(g, lit);
		} else if (!spec(g)) {
			break;
		}
	}
	g->fmt[g->len] = 0;
}

/* %n slots point at counts[run]: the two runs write to their own. */
static void use_counts(struct gen *g, int run)
{
	for (int j = 0; j < g->ngp; j++)
		if (g->gp[j] == &g->counts[!run][j])
			g->gp[j] = &g->counts[run][j];
}

#define ARGS(g) (g)->gp[0], (g)->gp[1], (g)->gp[2], (g)->gp[3], (g)->gp[4], \
	(g)->gp[5], (g)->gp[6], (g)->gp[7], (g)->fp[0], (g)->fp[1], (g)->fp[2], (g)->fp[3]

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct gen g;
	char a[4096], b[4096];
	int ra, rb, ea, eb;
	size_t n;

	generate(&g, data, size);
	n = g.i < g.n ? g.d[g.n - 1] * 16 : sizeof a;
	if (n > sizeof a)
		n = sizeof a;
	memset(a, 'X', sizeof a);
	memset(b, 'X', sizeof b);
	use_counts(&g, 0);
	errno = ENOENT;
	ra = __real_snprintf(a, n, g.fmt, ARGS(&g));
	ea = errno;
	use_counts(&g, 1);
	errno = ENOENT;
	rb = snprintf(b, n, g.fmt, ARGS(&g));
	eb = errno;
	/* after a failure (EILSEQ) the buffer's contents are unspecified */
	if (ra != rb || (ra < 0 && ea != eb) || (ra >= 0 && memcmp(a, b, sizeof a))
	    || memcmp(g.counts[0], g.counts[1], sizeof g.counts[0])) {
		fprintf(stderr, "format \"%s\" size %zu: glibc %d errno %d \"%.*s\", lwb %d errno %d \"%.*s\"\n",
			g.fmt, n, ra, ea, ra > 0 ? (int)(n < (size_t)ra ? n : (size_t)ra) : 0, a,
			rb, eb, rb > 0 ? (int)(n < (size_t)rb ? n : (size_t)rb) : 0, b);
		abort();
	}
	if (ra >= 0) {
		char *sa = NULL, *sb = NULL;

		use_counts(&g, 0);
		errno = ENOENT;
		ra = __real_asprintf(&sa, g.fmt, ARGS(&g));
		use_counts(&g, 1);
		errno = ENOENT;
		rb = asprintf(&sb, g.fmt, ARGS(&g));
		if (ra != rb || (ra >= 0 && memcmp(sa, sb, ra + 1)))
			abort();
		if (ra >= 0) {
			free(sa);
			free(sb);
		}
	}
	return 0;
}
