/* Thread safety. Threads share one enumeration per database (as in glibc):
 * four threads walking an /etc/services of 3000 entries with getservent_r from small buffers
 * (ERANGE retries racing each other) together get every entry exactly
 * once, while other threads look entries up by name and number with the
 * reentrant lookups of every database and must always get the answer a
 * single thread got. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "netdbtest.h"

#define WALKERS 4
#define LOOKERS 3
#define ROUNDS 3
#define ENTRIES 3000
#define MAX_ENTRIES (ENTRIES + 1)
#define MAX_KEYS 32

static char *format(const struct servent *s)
{
	char *text;
	size_t len;
	FILE *f = open_memstream(&text, &len);

	ck_assert(f);
	fprintf(f, "%s %d/%s", s->s_name, ntohs((unsigned short)s->s_port), s->s_proto);
	for (char **a = s->s_aliases; *a; a++)
		fprintf(f, " %s", *a);
	ck_assert(fclose(f) == 0);
	return text;
}

struct walker {
	size_t first;	/* the first buffer size */
	size_t n;
	char **got;	/* MAX_ENTRIES */
};

static void *walk(void *arg)
{
	struct walker *w = arg;
	size_t size = w->first;
	char *buf = malloc(size);
	struct servent se, *res;
	int r;

	while ((r = getservent_r(&se, buf, size, &res)) != ENOENT) {
		if (r == ERANGE) {
			free(buf);
			buf = malloc(size *= 2);
			continue;
		}
		if (r || !res || w->n == MAX_ENTRIES)
			break;
		w->got[w->n++] = format(res);
	}
	free(buf);
	return (void *)(long)r;
}

/* The keys and the answers one thread got. */
static size_t nkeys;
static char *key_name[MAX_KEYS], *key_proto[MAX_KEYS], *answer[MAX_KEYS];
static int key_port[MAX_KEYS];

/* The other databases: one lookup each, answers as numbers. */
static long other(int i)
{
	char buf[4096];
	struct protoent pe, *p;
	struct rpcent re, *r;
	struct netent ne, *n;
	int herr;

	switch (i % 3) {
	case 0:
		getprotobyname_r("tcp", &pe, buf, sizeof buf, &p);
		return p ? p->p_proto : -1;
	case 1:
		getrpcbynumber_r(100003, &re, buf, sizeof buf, &r);
		return r ? (long)strlen(r->r_name) : -1;
	default:
		getnetbyname_r("loopback", &ne, buf, sizeof buf, &n, &herr);
		return n ? (long)n->n_net : -1;
	}
}

static long other_answer[3];

static void *look(void *arg)
{
	char buf[2048];
	struct servent se, *res;
	long bad = 0;

	(void)arg;
	for (int round = 0; round < ROUNDS; round++) {
		for (size_t i = 0; i < nkeys; i++) {
			char *text;

			if (i % 2)
				getservbyname_r(key_name[i], key_proto[i], &se, buf, sizeof buf, &res);
			else
				getservbyport_r(htons((unsigned short)key_port[i]), key_proto[i], &se,
					buf, sizeof buf, &res);
			text = res ? format(res) : NULL;
			bad += !text || strcmp(text, answer[i]) != 0;
			free(text);
			bad += other((int)i) != other_answer[i % 3];
		}
	}
	return (void *)bad;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Entries i: "s<i> <port>/<tcp or udp> a<i> b<i>", ports repeating. */
static const char *services(void)
{
	char *text;
	size_t len;
	FILE *f = open_memstream(&text, &len);
	const char *path;

	ck_assert(f);
	for (int i = 0; i < ENTRIES; i++)
		fprintf(f, "s%d\t%d/%s\ta%d b%d%s\n", i, 1 + i % 1000, i % 3 ? "tcp" : "udp",
			i, i, i % 7 ? "" : "\t# comment");
	ck_assert(fclose(f) == 0);
	path = ndt_text(text, len);
	free(text);
	return path;
}

START_TEST(shared_walk_and_lookups)
{
	const char *f[][2] = {
		{ "services", services() }, { "protocols", "protocols" }, { "rpc", "rpc" },
		{ "networks", "networks" },
	};
	static struct walker w[WALKERS];
	char buf[4096], **want, **got;
	struct servent se, *res;
	pthread_t wt[WALKERS], lt[LOOKERS];
	size_t n = 0, total = 0;

	ndt_etc((const char *const (*)[2])f, sizeof f / sizeof *f);
	want = calloc(MAX_ENTRIES, sizeof *want);
	got = calloc(WALKERS * MAX_ENTRIES, sizeof *got);
	ck_assert(want && got);
	/* One thread first: the entries, and keys for the lookups (the
	 * first entry of each name, so getservbyname gives it back). */
	while (getservent_r(&se, buf, sizeof buf, &res) == 0) {
		ck_assert(n < MAX_ENTRIES);
		want[n] = format(res);
		if (nkeys < MAX_KEYS && n % 93 == 1) {
			key_name[nkeys] = strdup(res->s_name);
			key_proto[nkeys] = strdup(res->s_proto);
			key_port[nkeys++] = ntohs((unsigned short)res->s_port);
		}
		n++;
	}
	endservent();
	ck_assert(n == ENTRIES && nkeys == MAX_KEYS);
	for (int i = 0; i < WALKERS; i++)
		ck_assert((w[i].got = malloc(MAX_ENTRIES * sizeof *w[i].got)));
	for (size_t i = 0; i < nkeys; i++) {
		if (i % 2)
			getservbyname_r(key_name[i], key_proto[i], &se, buf, sizeof buf, &res);
		else
			getservbyport_r(htons((unsigned short)key_port[i]), key_proto[i], &se,
				buf, sizeof buf, &res);
		ck_assert(res);
		answer[i] = format(res);
	}
	for (int i = 0; i < 3; i++)
		ck_assert((other_answer[i] = other(i)) >= 0);

	for (int round = 0; round < 10; round++) {
		setservent(0);
		for (int i = 0; i < LOOKERS; i++)
			ck_assert(pthread_create(&lt[i], NULL, look, NULL) == 0);
		for (int i = 0; i < WALKERS; i++) {
			w[i].first = (size_t)16 << i;
			w[i].n = 0;
			ck_assert(pthread_create(&wt[i], NULL, walk, &w[i]) == 0);
		}
		total = 0;
		for (int i = 0; i < WALKERS; i++) {
			void *r;

			ck_assert(pthread_join(wt[i], &r) == 0);
			ck_assert_msg(r == (void *)(long)ENOENT, "a walker ended with %ld", (long)r);
			memcpy(got + total, w[i].got, w[i].n * sizeof *got);
			total += w[i].n;
		}
		endservent();
		for (int i = 0; i < LOOKERS; i++) {
			void *bad;

			ck_assert(pthread_join(lt[i], &bad) == 0);
			ck_assert_msg(bad == NULL, "%ld lookups went wrong", (long)bad);
		}
		/* Every entry exactly once, whoever got it. */
		ck_assert_uint_eq(total, n);
		qsort(got, total, sizeof *got, cmp);
		qsort(want, n, sizeof *want, cmp);
		for (size_t i = 0; i < n; i++)
			ck_assert_str_eq(got[i], want[i]);
		for (size_t i = 0; i < total; i++)
			free(got[i]);
	}
	for (size_t i = 0; i < n; i++)
		free(want[i]);
	for (int i = 0; i < WALKERS; i++)
		free(w[i].got);
	for (size_t i = 0; i < nkeys; i++) {
		free(key_name[i]);
		free(key_proto[i]);
		free(answer[i]);
	}
	free(want);
	free(got);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("threads");
	TCase *tc = tcase_create("threads");

	tcase_add_test(tc, shared_walk_and_lookups);
	tcase_set_timeout(tc, 240);
	suite_add_tcase(s, tc);
	return ndt_run(s);
}
