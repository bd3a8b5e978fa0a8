/*
 * Helpers for the netdb suites.
 *
 * Every test runs in its own private mount namespace with fixture files
 * bound over /etc (fixtures/<name>, or text a test makes), and with
 * fixtures/nsswitch.conf, which names only `files` for the databases under
 * test, so glibc reads exactly the files we control.
 *
 * Traces: a test writes what the functions return (values, errno, h_errno,
 * the buffer sizes where ERANGE stops) as text, and compares it with
 * expected/<name>.txt, which is glibc 2.36's trace on this machine. The
 * glibc build of a test checks the file, the musl build checks libwildebeest
 * against it. LWBT_NETDB_REGEN=1 makes the glibc build rewrite the files
 * (never the musl build).
 */
#ifndef NETDBTEST_H
#define NETDBTEST_H

#include <netdb.h>
#include <stdio.h>
#include <rpc/netdb.h>
#include "lwbtest.h"

/* {etc name, fixture}: fixture is a file in fixtures/, a path (starting
 * with '/'), or NULL to make /etc/<name> absent. Fails the test when the
 * namespace cannot be had (ndt_run skips the program first). */
void ndt_etc(const char *const fixtures[][2], size_t n);
/* The same for one file. */
void ndt_etc1(const char *name, const char *fixture);
/* A temporary file holding len bytes of text, for ndt_etc; freed by the
 * test's exit (it lives in the test's temporary directory). */
const char *ndt_text(const char *text, size_t len);

/* Runs the suite, or returns 77 without a private mount namespace. */
int ndt_run(Suite *s);

/* A trace. */
FILE *ndt_trace(void);
/* Compares the trace with expected/<name>.txt (and closes it). */
void ndt_expect(FILE *trace, const char *name);

/* Each call is traced after the values below are put in errno and h_errno,
 * so a function that leaves them alone shows as "-". */
#define NDT_ERRNO 4242
#define NDT_HERRNO 4343
void ndt_prime(void);
void ndt_status(FILE *, int errno_after, int herrno_after);

/* One entry, on one line. A buffer (buf, len) when the entry must lie
 * inside it: strings and arrays outside it fail the test. */
void ndt_servent(FILE *, const struct servent *, const char *buf, size_t len);
void ndt_protoent(FILE *, const struct protoent *, const char *buf, size_t len);
void ndt_rpcent(FILE *, const struct rpcent *, const char *buf, size_t len);
void ndt_netent(FILE *, const struct netent *, const char *buf, size_t len);
void ndt_hostent(FILE *, const struct hostent *, const char *buf, size_t len);

/* The databases, for the sweeps below. Each reentrant function is called
 * through an adapter that takes (key, buffer) and returns the function's
 * value, *result (or NULL) and its h_errnop output (untouched: NDT_HERRNO). */
struct ndt_db;
extern const struct ndt_db ndt_services, ndt_protocols, ndt_rpc, ndt_networks, ndt_hosts;

/* Enumerates the database with the non-reentrant get*ent, then with
 * get*ent_r and a large buffer, tracing every call (the end included). */
void ndt_enumerate(FILE *, const struct ndt_db *);

/* For every entry get*ent_r returns, the smallest buffer that holds it at
 * each of 8 alignments, and what a buffer one byte smaller gives; then
 * the same for the end of the file. */
void ndt_sweep(FILE *, const struct ndt_db *);

/* Lookups. key is "name", "name/proto" (services; "name/" for an empty
 * protocol, no slash for any), a number (protocols, rpc, services by
 * port: "80/tcp"), or "net/type" (networks by address). by is "name" or
 * "number". Each is traced with a large buffer and, with sizes, the
 * smallest buffer at each of 8 alignments and one byte smaller. */
void ndt_lookup(FILE *, const struct ndt_db *, const char *by, const char *key, int sizes);

/* The tests services, protocols, rpc and networks share (filesuite.c). */
struct ndt_key {
	const char *by, *key;	/* as for ndt_lookup; by NULL ends a list */
	int sizes;
};
struct ndt_file_suite {
	const char *name;	/* /etc/<name>, fixtures/<name>, expected/<name>-*.txt */
	const struct ndt_db *db;
	const TTest *own;	/* what musl alone gets wrong, stated plainly */
	const struct ndt_key *lookups;	/* in fixtures/<name> */
	const struct ndt_key *few;	/* in a missing and in an empty file */
	char *(*long_text)(size_t *len);	/* 100 KB lines, 20000 aliases */
	const struct ndt_key *long_lookups;
};

/* Runs the database's own test, then: the enumeration, the sweep and the
 * lookups over fixtures/<name>; the enumeration, the sweep and the few
 * lookups with the file missing and with it empty; the same over the
 * long text. Returns as ndt_run. */
int ndt_run_file_suite(const struct ndt_file_suite *);

/* A 100 KB name of fill with number first and the alias "long", an entry
 * "many" with number many and 20000 aliases a0..a19999, and "last" with
 * number last and no newline (malloc'd). */
char *ndt_long_text(char fill, const char *first, const char *many, const char *last,
	size_t *len);

#endif
