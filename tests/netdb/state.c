/* The enumerations' state: which descriptors are open when (and that they
 * are close-on-exec), set*ent, end*ent and the stay-open flag, lookups in
 * the middle of an enumeration, the end of the file, and a file that
 * appears, is replaced or vanishes meanwhile. Traces compared with
 * glibc 2.36's. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/ether.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "netdbtest.h"

/* Descriptors open on /etc/<name>; fails the test if one is inheritable. */
static int open_on(const char *name)
{
	char want[64], link[4096];
	DIR *d = opendir("/proc/self/fd");
	struct dirent *e;
	int n = 0;

	ck_assert(d);
	snprintf(want, sizeof want, "/etc/%s", name);
	while ((e = readdir(d))) {
		ssize_t len;

		len = readlinkat(dirfd(d), e->d_name, link, sizeof link - 1);
		if (len < 0)
			continue;
		link[len] = 0;
		if (strcmp(link, want) && strncmp(link, want, strlen(want)) != 0)
			continue;
		if (strcmp(link, want) && strcmp(link + strlen(want), " (deleted)"))
			continue;
		ck_assert_msg(fcntl(atoi(e->d_name), F_GETFD) & FD_CLOEXEC,
			"%s is open without FD_CLOEXEC", want);
		n++;
	}
	closedir(d);
	return n;
}

struct db {
	const char *file;
	void (*set)(int);
	void (*end)(void);
	const char *(*next)(void);	/* the name get*ent returns, or NULL */
	const char *(*lookup)(const char *);
	const char *first, *second;	/* names of the first two entries */
};

static const char *serv_next(void) { struct servent *s = getservent(); return s ? s->s_name : NULL; }
static const char *proto_next(void) { struct protoent *p = getprotoent(); return p ? p->p_name : NULL; }
static const char *rpc_next(void) { struct rpcent *r = getrpcent(); return r ? r->r_name : NULL; }
static const char *net_next(void) { struct netent *n = getnetent(); return n ? n->n_name : NULL; }
static const char *host_next(void) { struct hostent *h = gethostent(); return h ? h->h_name : NULL; }
static const char *serv_lookup(const char *k) { struct servent *s = getservbyname(k, NULL); return s ? s->s_name : NULL; }
static const char *proto_lookup(const char *k) { struct protoent *p = getprotobyname(k); return p ? p->p_name : NULL; }
static const char *rpc_lookup(const char *k) { struct rpcent *r = getrpcbyname(k); return r ? r->r_name : NULL; }
static const char *net_lookup(const char *k) { struct netent *n = getnetbyname(k); return n ? n->n_name : NULL; }
/* gethostbyname is musl's own (DNS and /etc/hosts): no lookup for hosts. */

static const struct db dbs[] = {
	{ "services", setservent, endservent, serv_next, serv_lookup, "tcpmux", "echo" },
	{ "protocols", setprotoent, endprotoent, proto_next, proto_lookup, "ip", "hopopt" },
	{ "rpc", setrpcent, endrpcent, rpc_next, rpc_lookup, "portmapper", "rstatd" },
	{ "networks", setnetent, endnetent, net_next, net_lookup, "default", "loopback" },
	{ "hosts", sethostent, endhostent, host_next, NULL, "localhost", "localhost" },
};

static void all_fixtures(void)
{
	static const char *const f[][2] = {
		{ "services", "services" }, { "protocols", "protocols" }, { "rpc", "rpc" },
		{ "networks", "networks" }, { "hosts", "hosts" }, { "ethers", "ethers" },
	};

	ndt_etc(f, sizeof f / sizeof *f);
}

static void step(FILE *t, const struct db *db, const char *what, const char *name)
{
	fprintf(t, "%s %s: %s%s%s, %d open\n", db->file, what, name ? "\"" : "",
		name ? name : "NULL", name ? "\"" : "", open_on(db->file));
}

static void next(FILE *t, const struct db *db)
{
	step(t, db, "get*ent", db->next());
}

START_TEST(descriptors)
{
	FILE *t = ndt_trace();
	struct ether_addr a;
	char host[64];

	all_fixtures();
	for (size_t i = 0; i < sizeof dbs / sizeof *dbs; i++) {
		const struct db *db = &dbs[i];

		fprintf(t, "%s: %d open at first\n", db->file, open_on(db->file));
		if (db->lookup)
			step(t, db, "lookup", db->lookup(db->second));
		next(t, db);
		if (db->lookup)
			step(t, db, "lookup", db->lookup(db->first));
		next(t, db);	/* lookups do not disturb the enumeration */
		db->end();
		step(t, db, "end*ent", NULL);
		db->set(0);
		step(t, db, "set*ent(0)", NULL);
		db->set(1);
		step(t, db, "set*ent(1)", NULL);
		next(t, db);
		if (db->lookup)
			step(t, db, "lookup", db->lookup(db->second));
		next(t, db);
		db->end();
		db->end();
		step(t, db, "end*ent twice", NULL);
	}
	ether_hostton("pluto", &a);
	ether_ntohost(host, &a);
	fprintf(t, "ethers: %d open after lookups\n", open_on("ethers"));
	ndt_expect(t, "state-descriptors");
}
END_TEST

START_TEST(end_of_file)
{
	FILE *t = ndt_trace();

	all_fixtures();
	for (size_t i = 0; i < sizeof dbs / sizeof *dbs; i++) {
		const struct db *db = &dbs[i];
		int n = 0;

		while (db->next())
			n++;
		fprintf(t, "%s: %d entries, %d open\n", db->file, n, open_on(db->file));
		next(t, db);	/* still at the end */
		next(t, db);
		db->set(0);	/* from the start */
		next(t, db);
		while (db->next())
			;
		db->end();	/* from the start, in a new open */
		next(t, db);
		db->end();
	}
	ndt_expect(t, "state-end-of-file");
}
END_TEST

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	ck_assert_msg(f, "%s: %s", path, strerror(errno));
	ck_assert(fputs(text, f) >= 0 && fclose(f) == 0);
}

static const char *const contents[][2] = {
	{ "a 1/tcp\nb 2/tcp\n", "x 1/tcp\ny 2/tcp\n" },
	{ "a 1\nb 2\n", "x 1\ny 2\n" },
	{ "a 1\nb 2\n", "x 1\ny 2\n" },
	{ "a 1\nb 2\n", "x 1\ny 2\n" },
	{ "10.0.0.1 a\n10.0.0.2 b\n", "10.0.0.1 x\n10.0.0.2 y\n" },
};

/* The file is missing, appears, is replaced by rename() and unlinked, in
 * the middle of enumerations and around set*ent and end*ent. */
START_TEST(the_file_changes)
{
	FILE *t = ndt_trace();

	all_fixtures();
	for (size_t i = 0; i < sizeof dbs / sizeof *dbs; i++) {
		const struct db *db = &dbs[i];
		char path[64], tmp[64];

		snprintf(path, sizeof path, "/etc/%s", db->file);
		snprintf(tmp, sizeof tmp, "/etc/%s.new", db->file);
		ck_assert(unlink(path) == 0);
		errno = NDT_ERRNO;
		db->set(0);
		fprintf(t, "%s set*ent without the file: errno %s\n", db->file,
			errno == NDT_ERRNO ? "untouched" : strerror(errno));
		{
			const char *name;
			int e;

			errno = NDT_ERRNO;
			name = db->next();
			e = errno;
			step(t, db, "get*ent without the file", name);
			fprintf(t, "  errno %s\n", e == NDT_ERRNO ? "untouched" : strerror(e));
		}
		write_file(path, contents[i][0]);
		next(t, db);	/* it is there now */
		write_file(tmp, contents[i][1]);
		ck_assert(rename(tmp, path) == 0);
		next(t, db);	/* the file opened before */
		db->set(0);
		next(t, db);	/* still that one, from the start */
		db->end();
		next(t, db);	/* the new one */
		ck_assert(unlink(path) == 0);
		next(t, db);	/* what was open is still read */
		next(t, db);
		db->set(1);
		next(t, db);
		db->end();
		next(t, db);
		if (db->lookup)
			step(t, db, "lookup", db->lookup("x"));
	}
	ndt_expect(t, "state-the-file-changes");
}
END_TEST

/* get*ent and get*ent_r walk one and the same enumeration. */
START_TEST(reentrant_and_not_share_the_walk)
{
	FILE *t = ndt_trace();
	char buf[1024];
	struct servent se, *s;
	struct hostent he, *h;
	int herr;

	all_fixtures();
	fprintf(t, "%s\n", getservent()->s_name);
	ck_assert_int_eq(getservent_r(&se, buf, sizeof buf, &s), 0);
	fprintf(t, "%s\n", s->s_name);
	fprintf(t, "%s\n", getservent()->s_name);
	ck_assert_int_eq(getservent_r(&se, buf, 10, &s), ERANGE);
	fprintf(t, "%s\n", getservent()->s_name);	/* ERANGE took nothing */
	fprintf(t, "%s\n", gethostent()->h_name);
	ck_assert_int_eq(gethostent_r(&he, buf, sizeof buf, &h, &herr), 0);
	fprintf(t, "%s\n", h->h_name);
	ndt_expect(t, "state-shared-walk");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("state");
	TCase *tc = tcase_create("state");

	tcase_add_test(tc, descriptors);
	tcase_add_test(tc, end_of_file);
	tcase_add_test(tc, the_file_changes);
	tcase_add_test(tc, reentrant_and_not_share_the_walk);
	suite_add_tcase(s, tc);
	return ndt_run(s);
}
