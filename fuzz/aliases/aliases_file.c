/*
 * Differential fuzzing of the aliases module against glibc's files
 * backend.
 *
 * Built in the sanitizer configuration only (the build machine's glibc,
 * clang, libFuzzer), where the module's functions are linked through
 * -Wl,--wrap and glibc's are __real_<name>. At start the target moves into
 * a private mount namespace with a tmpfs over /etc holding nsswitch.conf
 * ("aliases: files"). An input is a first byte that picks a buffer size,
 * then /etc/aliases and two files it may include, /etc/aliases-inc1 and
 * -inc2, separated by the bytes 1 1. Both implementations enumerate it with
 * a large buffer, call by call; then each entry is read again from a fresh
 * enumeration at the picked size and around the smallest size ours
 * accepts, and the names of the file's lines are looked up (as written and
 * in upper case) the same way. Any difference in a result, errno or entry
 * aborts.
 *
 * Not compared, for glibc bugs listed in docs/compat.md: a file with an
 * empty member followed by a comma (glibc loops forever: only ours reads
 * it); glibc's answer at a size where it depends on what the buffer held
 * before (each small size is tried with three fillings) or is an entry
 * whose last member glibc overwrote (ours says ERANGE there); and the
 * small sizes of files where glibc's ERANGE sizes follow no rule (see
 * sizes_follow_rules). Without a namespace (not root) the inputs only
 * exercise libwildebeest's side.
 */
#define _GNU_SOURCE
#include <aliases.h>
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../common/private_etc.h"

void __real_setaliasent(void);
void __real_endaliasent(void);
int __real_getaliasent_r(struct aliasent *, char *, size_t, struct aliasent **);
int __real_getaliasbyname_r(const char *, struct aliasent *, char *, size_t,
	struct aliasent **);

#define BIG (1 << 22)
#define SENTINEL EDOM

struct side {
	void (*set)(void);
	void (*end)(void);
	int (*get)(struct aliasent *, char *, size_t, struct aliasent **);
	int (*byname)(const char *, struct aliasent *, char *, size_t, struct aliasent **);
};

static const struct side ours = {setaliasent, endaliasent, getaliasent_r, getaliasbyname_r};
static const struct side glibc = {__real_setaliasent, __real_endaliasent,
	__real_getaliasent_r, __real_getaliasbyname_r};

static int isolated;
static char *big1, *big2;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char nss[] = "aliases: files\n";

	(void)argc;
	(void)argv;
	big1 = malloc(BIG);
	big2 = malloc(BIG);
	if (lwbfz_private_etc(nss)) {
		fprintf(stderr, "fuzz/aliases: no private /etc (%s): not comparing with glibc\n",
			strerror(errno));
		return 0;
	}
	isolated = 1;
	return 0;
}

static const char *what;

static void differ(const char *detail)
{
	fprintf(stderr, "libwildebeest and glibc differ in %s: %s\n", what, detail);
	abort();
}

/* glibc 2.36 loops forever on a member list with an empty element that
 * a comma follows (also one of white space, or at the start of a
 * continuation line). Looked for in every line of the file, whatever it
 * holds, and after every ':': that finds more than the loop needs. */
static int comparable(const char *text, size_t size)
{
	int empty = 1;

	for (size_t i = 0; i < size; i++) {
		unsigned char c = text[i];

		if (c == '\n' || c == ':') {
			empty = 1;
		} else if (c == ',') {
			if (empty)
				return 0;
			empty = 1;
		} else if (!isspace(c)) {
			empty = 0;
		}
	}
	return 1;
}

/* Where glibc's ERANGE sizes follow no rule (docs/compat.md): an included
 * file whose last line has no newline (glibc reads on past it: the files
 * an input can include are its three parts), and an :include: element
 * followed by more on its line (glibc puts that text back behind the
 * included members, and its room for it is not measured here exactly).
 * The entries are still compared with a large buffer. */
static int sizes_follow_rules(const char *text, size_t len, const char *a1, size_t len1,
	const char *a2, size_t len2)
{
	const char *p = text, *end = text + len, *inc, *nl;

	if (!memmem(text, len, ":include:", 9))
		return 1;
	if ((len && text[len - 1] != '\n') || (len1 && a1[len1 - 1] != '\n')
	    || (len2 && a2[len2 - 1] != '\n'))
		return 0;
	while ((inc = memmem(p, end - p, ":include:", 9))) {
		nl = memchr(inc, '\n', end - inc);
		if (memchr(inc, ',', (nl ? nl : end) - inc))
			return 0;
		p = inc + 9;
	}
	return 1;
}

/* Whether an entry glibc returned in buf lies in it, every string ended
 * inside: at some sizes glibc's reader overwrites the NUL of the last
 * member and returns the entry anyway. */
static int inside(const struct aliasent *e, const char *buf, size_t n)
{
	const char *end = buf + n;

	if (!e->alias_name || e->alias_name < buf || e->alias_name >= end
	    || !memchr(e->alias_name, 0, end - e->alias_name))
		return 0;
	if ((const char *)e->alias_members < buf
	    || e->alias_members_len > (size_t)(end - (const char *)e->alias_members) / sizeof(char *))
		return 0;
	for (size_t i = 0; i < e->alias_members_len; i++) {
		const char *m = e->alias_members[i];

		if (!m || m < buf || m >= end || !memchr(m, 0, end - m))
			return 0;
	}
	return 1;
}

static int same_entry(const struct aliasent *a, const struct aliasent *b)
{
	if (strcmp(a->alias_name, b->alias_name) || a->alias_members_len != b->alias_members_len
	    || a->alias_local != b->alias_local)
		return 0;
	for (size_t i = 0; i < a->alias_members_len; i++)
		if (strcmp(a->alias_members[i], b->alias_members[i]))
			return 0;
	return 1;
}

struct call {
	int r, err;
	struct aliasent e, *res;
};

/* Entry k of a fresh enumeration (the ones before it read with a large
 * buffer), at buffer size n. */
static void nth(const struct side *s, size_t k, char *buf, size_t n, struct call *c)
{
	struct aliasent skip, *res;

	s->set();
	for (size_t i = 0; i < k; i++)
		s->get(&skip, big1, BIG, &res);
	errno = SENTINEL;
	c->res = (struct aliasent *)&c->res;
	c->r = s->get(&c->e, buf, n, &c->res);
	c->err = errno;
	s->end();
}

static void by_name(const struct side *s, const char *name, char *buf, size_t n, struct call *c)
{
	errno = SENTINEL;
	c->res = (struct aliasent *)&c->res;
	c->r = s->byname(name, &c->e, buf, n, &c->res);
	c->err = errno;
}

/* Whether glibc answered the same for each of the buffer's first
 * contents, with an entry that lies in its buffer. */
static int steady(const struct call *c, char *const *bufs, size_t nfill, size_t n,
	const struct call *ref)
{
	for (size_t i = 0; i < nfill; i++) {
		if (c[i].r != c[0].r || c[i].err != c[0].err || (!c[i].res) != (!c[0].res))
			return 0;
		if (c[i].r == 0 && c[i].res
		    && (!inside(&c[i].e, bufs[i], n) || !same_entry(&c[i].e, &ref->e)))
			return 0;
	}
	return 1;
}

/* Compares one call at size n; ref is glibc's answer with a large buffer.
 * glibc's own answer counts only when it is the same whatever the buffer
 * held before: near the smallest size it sometimes reads bytes it did not
 * write, or returns an entry whose last member it has overwritten. */
static void compare_at(size_t k, const char *name, size_t n, const struct call *ref)
{
	static const int fills[] = {0, 0xff, '.'};
	char *b1 = malloc(n ? n : 1), *b2[3];
	struct call c1, c2[3];

	memset(b1, 0xa5, n);
	if (name)
		by_name(&ours, name, b1, n, &c1);
	else
		nth(&ours, k, b1, n, &c1);
	for (size_t i = 0; i < 3; i++) {
		b2[i] = malloc(n ? n : 1);
		memset(b2[i], fills[i], n);
		if (name)
			by_name(&glibc, name, b2[i], n, &c2[i]);
		else
			nth(&glibc, k, b2[i], n, &c2[i]);
	}
	if (!steady(c2, b2, 3, n, ref))
		goto out;
	if (c1.r != c2[0].r || c1.err != c2[0].err) {
		fprintf(stderr, "entry %zu, name %s, size %zu: ours %d errno %d, glibc %d errno %d\n",
			k, name ? name : "-", n, c1.r, c1.err, c2[0].r, c2[0].err);
		differ("result or errno at a small buffer");
	}
	if ((c1.res == &c1.e) != (c2[0].res == &c2[0].e) || (!c1.res) != (!c2[0].res))
		differ("result pointer at a small buffer");
	if (c1.res == &c1.e && !same_entry(&c1.e, &c2[0].e))
		differ("entry at a small buffer");
out:
	free(b1);
	for (size_t i = 0; i < 3; i++)
		free(b2[i]);
}

/* The smallest size at which ours returns what it returns with a large
 * buffer (every larger size does too). */
static size_t smallest(size_t k, const char *name)
{
	size_t lo = 0, hi = BIG;
	char *buf = malloc(BIG);
	struct call c;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (name)
			by_name(&ours, name, buf, mid, &c);
		else
			nth(&ours, k, buf, mid, &c);
		if (c.r == ERANGE)
			lo = mid + 1;
		else
			hi = mid;
	}
	free(buf);
	return lo;
}

static int sizes_comparable;

static void sizes(size_t k, const char *name, size_t picked, const struct call *ref)
{
	size_t n;

	if (!sizes_comparable)
		return;
	n = smallest(k, name);
	if (n >= BIG)
		return;
	compare_at(k, name, picked, ref);
	compare_at(k, name, n, ref);
	if (n)
		compare_at(k, name, n - 1, ref);
	if (n >= 8)
		compare_at(k, name, n - 8, ref);
}

static void enumerate(size_t picked)
{
	struct call c1, c2;
	size_t k;

	ours.set();
	glibc.set();
	for (k = 0; k < 64; k++) {
		errno = SENTINEL;
		c1.r = ours.get(&c1.e, big1, BIG, &c1.res);
		c1.err = errno;
		errno = SENTINEL;
		c2.r = glibc.get(&c2.e, big2, BIG, &c2.res);
		c2.err = errno;
		if (c1.r != c2.r || c1.err != c2.err)
			differ("getaliasent_r with a large buffer");
		if ((c1.res == &c1.e) != (c2.res == &c2.e) || (!c1.res) != (!c2.res))
			differ("getaliasent_r's result pointer");
		if (c1.r)
			break;
		if (!same_entry(&c1.e, &c2.e))
			differ("an entry");
	}
	ours.end();
	glibc.end();
	for (size_t i = 0; i < k && i < 8; i++) {
		what = "an entry read at a small size";
		nth(&glibc, i, big2, BIG, &c2);
		if (c2.r)
			return;
		sizes(i, NULL, picked, &c2);
	}
}

static void lookup(const char *name, size_t picked)
{
	struct call c1, c2;

	what = "getaliasbyname_r";
	by_name(&ours, name, big1, BIG, &c1);
	by_name(&glibc, name, big2, BIG, &c2);
	if (c1.r != c2.r || c1.err != c2.err || (!c1.res) != (!c2.res))
		differ("result or errno");
	if (c1.res && !same_entry(&c1.e, &c2.e))
		differ("the entry found");
	if (c2.r == 0)
		sizes(0, name, picked, &c2);
}

static char *part(const char **text, size_t *size, size_t *len)
{
	const char *sep = memmem(*text, *size, "\1\1", 2);
	const char *p = *text;

	*len = sep ? (size_t)(sep - p) : *size;
	*text += sep ? *len + 2 : *size;
	*size -= sep ? *len + 2 : *size;
	return (char *)p;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *rest = (const char *)data + 1, *text;
	size_t picked, len, len1, len2, names = 0;
	const char *a1, *a2;

	if (!size || !isolated)
		return 0;
	/* Mostly small buffers, where ERANGE comes, sometimes glibc's 1024. */
	picked = data[0] < 200 ? data[0] : 1024 + (data[0] - 200) * 16;
	size--;
	text = part(&rest, &size, &len);
	a1 = part(&rest, &size, &len1);
	a2 = part(&rest, &size, &len2);
	if (lwbfz_put_file("/etc/aliases", text, len) || lwbfz_put_file("/etc/aliases-inc1", a1, len1)
	    || lwbfz_put_file("/etc/aliases-inc2", a2, len2))
		return 0;
	if (!comparable(text, len)) {
		struct aliasent e, *res;

		setaliasent();
		while (!getaliasent_r(&e, big1, BIG, &res))
			;
		setaliasent();
		while (getaliasent())
			;
		endaliasent();
		getaliasbyname("a");
		return 0;
	}
	sizes_comparable = sizes_follow_rules(text, len, a1, len1, a2, len2);
	what = "the enumeration";
	enumerate(picked);
	for (size_t i = 0; i < len && names < 6; i++) {
		size_t s, e;
		char *name;

		if (i && text[i - 1] != '\n')
			continue;
		for (s = i; s < len && text[s] != '\n' && isspace((unsigned char)text[s]); s++)
			;
		for (e = s; e < len && text[e] != ':' && text[e] != '\n' && text[e]; e++)
			;
		if (e == s || e >= len || text[e] != ':')
			continue;
		name = strndup(text + s, e - s);
		lookup(name, picked);
		for (char *c = name; *c; c++)
			*c = toupper((unsigned char)*c);
		lookup(name, picked);
		free(name);
		names++;
	}
	return 0;
}
