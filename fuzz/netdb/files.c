/*
 * Fuzz the files databases against glibc: one target per file format,
 * this source built once for each (-DNDB_<FORMAT>).
 *
 * The input is a byte choosing the first buffer size for the reentrant
 * enumeration, then the file. The process runs in a private mount
 * namespace with a tmpfs over /etc holding only an nsswitch.conf naming
 * `files` and the database file, rewritten for each input. Both glibc's
 * functions (dlsym(RTLD_NEXT): the sanitizer build runs on glibc, and
 * ours are linked into this program) and ours then enumerate the file,
 * get*ent and get*ent_r from that buffer size doubling on each ERANGE, and
 * look up the names and numbers they found; every answer is written out as
 * text and the two texts must be equal, unless the file holds a NUL byte or
 * does not end in a newline: there glibc sometimes doubles the last
 * character of a line's last alias ("102/tcp\0 x" gave the alias
 * "102/tcpp", a last line "... the netmta" the alias "netmtaa"), depending
 * on what its buffer held before; ours reads the line as written (see the
 * module's notes). ASan, UBSan and LeakSanitizer watch the rest. Without a namespace (not root) the target exits 77.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/ether.h>
#include <rpc/netdb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include "../common/private_etc.h"

#if defined(NDB_SERVICES)
#define FILE_NAME "services"
#elif defined(NDB_PROTOCOLS)
#define FILE_NAME "protocols"
#elif defined(NDB_RPC)
#define FILE_NAME "rpc"
#elif defined(NDB_NETWORKS)
#define FILE_NAME "networks"
#elif defined(NDB_HOSTS)
#define FILE_NAME "hosts"
#elif defined(NDB_ETHERS)
#define FILE_NAME "ethers"
#else
#error "build with one of -DNDB_SERVICES, _PROTOCOLS, _RPC, _NETWORKS, _HOSTS, _ETHERS"
#endif

struct keys;

/* Lookups tried per input, at most: each one rereads the file. */
#define MAX_LOOKUPS 8

static void *glibc(const char *name)
{
	void *f = dlsym(RTLD_NEXT, name);

	if (!f) {
		fprintf(stderr, "glibc has no %s\n", name);
		abort();
	}
	return f;
}

static void write_file(const char *path, const void *data, size_t size)
{
	FILE *f = fopen(path, "w");

	if (!f || fwrite(data, 1, size, f) != size || fclose(f)) {
		perror(path);
		abort();
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char nss[] = "hosts: files\nnetworks: files\nservices: files\n"
		"protocols: files\nrpc: files\nethers: files\n";

	(void)argc;
	(void)argv;
	if (lwbfz_private_etc(nss)) {
		perror("fuzz-netdb: no private mount namespace (needs root), skipped");
		exit(77);
	}
	return 0;
}

/* A text per implementation. */
struct out {
	FILE *f;
	char *text;
	size_t len;
};

static void out_open(struct out *o)
{
	o->f = open_memstream(&o->text, &o->len);
	if (!o->f)
		abort();
}

#ifndef NDB_ETHERS
static void aliases(FILE *f, char **a)
{
	fputs(" [", f);
	for (; *a; a++)
		fprintf(f, " \"%s\"", *a);
	fputs(" ]", f);
}
#endif

static void compare(struct out *ours, struct out *theirs, const uint8_t *data, size_t size)
{
	fclose(ours->f);
	fclose(theirs->f);
	if (ours->len != theirs->len || memcmp(ours->text, theirs->text, ours->len)) {
		fprintf(stderr, "the file (%zu bytes):\n", size);
		fwrite(data, 1, size, stderr);
		fprintf(stderr, "\n--- glibc:\n%s--- ours:\n%s", theirs->text, ours->text);
		abort();
	}
	free(ours->text);
	free(theirs->text);
}

/* The reentrant enumeration: which sizes gave ERANGE and what each call
 * returned, the buffer starting at first bytes and doubling. */
#define SWEEP(out, first, call, print) do { \
	size_t size_ = (first); \
	char *buf_ = malloc(size_); \
	int r_, n_ = 0; \
	for (;;) { \
		r_ = (call); \
		if (r_ == ERANGE) { \
			fprintf((out), "ERANGE at %zu\n", size_); \
			size_ *= 2; \
			free(buf_); \
			buf_ = malloc(size_); \
			continue; \
		} \
		if (r_ || !res_) \
			break; \
		print; \
		if (++n_ > 100000) \
			break; \
	} \
	fprintf((out), "end: %d\n", r_); \
	free(buf_); \
} while (0)

#if defined(NDB_SERVICES)
typedef struct servent ent;
static void print(FILE *f, const struct servent *s)
{
	fprintf(f, "\"%s\" %d \"%s\"", s->s_name, ntohs((uint16_t)s->s_port), s->s_proto);
	aliases(f, s->s_aliases);
	fputc('\n', f);
}
#elif defined(NDB_PROTOCOLS)
typedef struct protoent ent;
static void print(FILE *f, const struct protoent *p)
{
	fprintf(f, "\"%s\" %d", p->p_name, p->p_proto);
	aliases(f, p->p_aliases);
	fputc('\n', f);
}
#elif defined(NDB_RPC)
typedef struct rpcent ent;
static void print(FILE *f, const struct rpcent *r)
{
	fprintf(f, "\"%s\" %d", r->r_name, r->r_number);
	aliases(f, r->r_aliases);
	fputc('\n', f);
}
#elif defined(NDB_NETWORKS)
typedef struct netent ent;
static void print(FILE *f, const struct netent *n)
{
	fprintf(f, "\"%s\" %d %#x", n->n_name, n->n_addrtype, (unsigned)n->n_net);
	aliases(f, n->n_aliases);
	fputc('\n', f);
}
#elif defined(NDB_HOSTS)
typedef struct hostent ent;
static void print(FILE *f, const struct hostent *h)
{
	char text[INET6_ADDRSTRLEN];

	fprintf(f, "\"%s\" %d %d", h->h_name, h->h_addrtype, h->h_length);
	aliases(f, h->h_aliases);
	for (char **a = h->h_addr_list; *a; a++)
		fprintf(f, " %s", inet_ntop(h->h_addrtype, *a, text, sizeof text));
	fputc('\n', f);
}
#endif

#ifndef NDB_ETHERS
/* Names and numbers to look up: those of the first entries. */
struct keys {
	size_t n;
	char *name[MAX_LOOKUPS];
	char *proto[MAX_LOOKUPS];
	long num[MAX_LOOKUPS];
};

static void keys_free(struct keys *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->name[i]);
		free(k->proto[i]);
	}
}

#ifndef NDB_HOSTS	/* hosts: no lookups (gethostbyname is not ours) */
static void keys_add(struct keys *k, const char *name, const char *proto, long num)
{
	if (k->n == MAX_LOOKUPS)
		return;
	k->name[k->n] = strdup(name);
	k->proto[k->n] = proto ? strdup(proto) : NULL;
	k->num[k->n++] = num;
}

static void lookup(FILE *f, const char *what, const ent *e)
{
	fprintf(f, "%s: ", what);
	if (e)
		print(f, e);
	else
		fputs("none\n", f);
}
#endif
#endif

static void run(FILE *f, int theirs, size_t first, struct keys *k);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct out ours, theirs;
	size_t first;

	if (size < 1)
		return 0;
	first = 1 + data[0];
	write_file("/etc/" FILE_NAME, data + 1, size - 1);
	out_open(&theirs);
	out_open(&ours);
#ifndef NDB_ETHERS
	{
		struct keys k = { 0 };

		run(theirs.f, 1, first, &k);
		run(ours.f, 0, first, NULL);
		/* The same lookups, from glibc's keys, a second time each way. */
		fputs("lookups\n", theirs.f);
		fputs("lookups\n", ours.f);
		run(theirs.f, 1, 0, &k);
		run(ours.f, 0, 0, &k);
		keys_free(&k);
	}
#else
	run(theirs.f, 1, first, NULL);
	run(ours.f, 0, first, NULL);
#endif
	if (memchr(data + 1, 0, size - 1) || (size > 1 && data[size - 1] != '\n')) {
		fclose(ours.f);
		fclose(theirs.f);
		free(ours.text);
		free(theirs.text);
	} else {
		compare(&ours, &theirs, data + 1, size - 1);
	}
	return 0;
}

#if defined(NDB_ETHERS)
/* ether_line on every line, then ether_hostton and ether_ntohost for what
 * the lines gave. */
static void run(FILE *f, int theirs, size_t first, struct keys *k)
{
	int (*line)(const char *, struct ether_addr *, char *) = ether_line;
	int (*hostton)(const char *, struct ether_addr *) = ether_hostton;
	int (*ntohost)(char *, const struct ether_addr *) = ether_ntohost;
	char *(*ntoa)(const struct ether_addr *) = ether_ntoa;
	FILE *in = fopen("/etc/ethers", "r");
	char *l = NULL;
	size_t cap = 0;
	ssize_t n;
	int lookups = 0;

	(void)first;
	(void)k;
	if (!in)
		abort();
	if (theirs) {
		line = glibc("ether_line");
		hostton = glibc("ether_hostton");
		ntohost = glibc("ether_ntohost");
		ntoa = glibc("ether_ntoa");
	}
	while ((n = getline(&l, &cap, in)) >= 0) {
		struct ether_addr a, b;
		/* glibc's ether_line writes a hostname as long as the line. */
		char *host = calloc(1, (size_t)n + 1);

		if (line(l, &a, host)) {
			fputs("line: -1\n", f);
		} else {
			fprintf(f, "line: %s \"%s\"\n", ntoa(&a), host);
			if (lookups++ < MAX_LOOKUPS && strlen(host) < 1024) {
				char back[1024];
				int r = hostton(host, &b);

				fprintf(f, "hostton: %d %s\n", r, r ? "" : ntoa(&b));
				r = ntohost(back, &a);
				fprintf(f, "ntohost: %d \"%s\"\n", r, r ? "" : back);
			}
		}
		free(host);
	}
	free(l);
	fclose(in);
}
#else
#if defined(NDB_SERVICES)
#define SET "setservent"
#define GET "getservent"
#define GET_R "getservent_r"
#define END "endservent"
#elif defined(NDB_PROTOCOLS)
#define SET "setprotoent"
#define GET "getprotoent"
#define GET_R "getprotoent_r"
#define END "endprotoent"
#define BYNAME "getprotobyname"
#define BYNUMBER "getprotobynumber"
#elif defined(NDB_RPC)
#define SET "setrpcent"
#define GET "getrpcent"
#define GET_R "getrpcent_r"
#define END "endrpcent"
#define BYNAME "getrpcbyname"
#define BYNUMBER "getrpcbynumber"
#elif defined(NDB_NETWORKS)
#define SET "setnetent"
#define GET "getnetent"
#define GET_R "getnetent_r"
#define END "endnetent"
#elif defined(NDB_HOSTS)
#define SET "sethostent"
#define GET "gethostent"
#define GET_R "gethostent_r"
#define END "endhostent"
#endif

/* Ours: the names as this program links them (the wraps apply). */
static void *ours(const char *name)
{
#define OURS(f) if (!strcmp(name, #f)) return (void *)f
#if defined(NDB_SERVICES)
	OURS(setservent); OURS(getservent); OURS(getservent_r); OURS(endservent);
	OURS(getservbyname); OURS(getservbyport);
#elif defined(NDB_PROTOCOLS)
	OURS(setprotoent); OURS(getprotoent); OURS(getprotoent_r); OURS(endprotoent);
	OURS(getprotobyname); OURS(getprotobynumber);
#elif defined(NDB_RPC)
	OURS(setrpcent); OURS(getrpcent); OURS(getrpcent_r); OURS(endrpcent);
	OURS(getrpcbyname); OURS(getrpcbynumber);
#elif defined(NDB_NETWORKS)
	OURS(setnetent); OURS(getnetent); OURS(getnetent_r); OURS(endnetent);
	OURS(getnetbyname); OURS(getnetbyaddr);
#elif defined(NDB_HOSTS)
	OURS(sethostent); OURS(gethostent); OURS(gethostent_r); OURS(endhostent);
#endif
#undef OURS
	abort();
}

/* With first, the enumerations (keys, when given, collects lookup keys);
 * without, the lookups of k. */
static void run(FILE *f, int theirs, size_t first, struct keys *k)
{
	void *(*fn)(const char *) = theirs ? glibc : ours;
	void (*set)(int) = fn(SET);
	ent *(*get)(void) = fn(GET);
	void (*end)(void) = fn(END);
	ent *e, ret, *res_;
#if defined(NDB_NETWORKS) || defined(NDB_HOSTS)
	int (*get_r)(ent *, char *, size_t, ent **, int *) = fn(GET_R);
	int herr;
#define GET_R_CALL get_r(&ret, buf_, size_, &res_, &herr)
#else
	int (*get_r)(ent *, char *, size_t, ent **) = fn(GET_R);
#define GET_R_CALL get_r(&ret, buf_, size_, &res_)
#endif

	if (!first) {
		for (size_t i = 0; i < k->n; i++) {
#if defined(NDB_SERVICES)
			ent *(*byname)(const char *, const char *) = fn("getservbyname");
			ent *(*byport)(int, const char *) = fn("getservbyport");
			int port = htons((uint16_t)k->num[i]);

			lookup(f, "byname", byname(k->name[i], NULL));
			lookup(f, "byname/proto", byname(k->name[i], k->proto[i]));
			lookup(f, "byport", byport(port, NULL));
			lookup(f, "byport/proto", byport(port, k->proto[i]));
#elif defined(NDB_PROTOCOLS) || defined(NDB_RPC)
			ent *(*byname)(const char *) = fn(BYNAME);
			ent *(*bynumber)(int) = fn(BYNUMBER);

			lookup(f, "byname", byname(k->name[i]));
			lookup(f, "bynumber", bynumber((int)k->num[i]));
#elif defined(NDB_NETWORKS)
			ent *(*byname)(const char *) = fn("getnetbyname");
			ent *(*byaddr)(uint32_t, int) = fn("getnetbyaddr");

			lookup(f, "byname", byname(k->name[i]));
			lookup(f, "byaddr", byaddr((uint32_t)k->num[i], AF_INET));
#else
			(void)k;
#endif
		}
		return;
	}
	set(0);
	while ((e = get())) {
		print(f, e);
		if (k) {
#if defined(NDB_SERVICES)
			keys_add(k, e->s_name, e->s_proto, ntohs((uint16_t)e->s_port));
#elif defined(NDB_PROTOCOLS)
			keys_add(k, e->p_name, NULL, e->p_proto);
#elif defined(NDB_RPC)
			keys_add(k, e->r_name, NULL, e->r_number);
#elif defined(NDB_NETWORKS)
			keys_add(k, e->n_name, NULL, (long)e->n_net);
#endif
		}
	}
	end();
	fputs("reentrant\n", f);
	set(1);
	SWEEP(f, first, GET_R_CALL, print(f, res_));
	end();
}
#endif
