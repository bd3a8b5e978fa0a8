#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include "netdbtest.h"

/* What *result holds until the function stores to it. */
static char untouched;
#define NDT_UNTOUCHED ((void *)&untouched)

static char *fixture_path(const char *f)
{
	const char *dir = getenv("LWBT_SRCDIR");
	char *p;

	if (f[0] == '/')
		return strdup(f);
	ck_assert_msg(dir, "LWBT_SRCDIR is not set");
	ck_assert(asprintf(&p, "%s/fixtures/%s", dir, f) > 0);
	return p;
}

void ndt_etc(const char *const fixtures[][2], size_t n)
{
	const char *(*all)[2] = calloc(n + 1, sizeof *all);
	char **paths = calloc(n + 1, sizeof *paths);
	int have_nsswitch = 0;

	ck_assert(all && paths);
	for (size_t i = 0; i < n; i++) {
		all[i][0] = fixtures[i][0];
		all[i][1] = fixtures[i][1] ? (paths[i] = fixture_path(fixtures[i][1])) : NULL;
		have_nsswitch |= !strcmp(fixtures[i][0], "nsswitch.conf");
	}
	if (!have_nsswitch) {
		all[n][0] = "nsswitch.conf";
		all[n][1] = paths[n] = fixture_path("nsswitch.conf");
	}
	ck_assert_msg(lwbt_private_mounts() == 0, "private mount namespace: %s", strerror(errno));
	ck_assert_msg(lwbt_fake_etc((const char *const (*)[2])all, n + !have_nsswitch) == 0,
		"fixture /etc: %s", strerror(errno));
	for (size_t i = 0; i <= n; i++)
		free(paths[i]);
	free(paths);
	free(all);
}

void ndt_etc1(const char *name, const char *fixture)
{
	const char *const f[][2] = { { name, fixture } };

	ndt_etc(f, 1);
}

const char *ndt_text(const char *text, size_t len)
{
	static char path[4096];
	char *dir = lwbt_tmpdir();
	FILE *f;

	snprintf(path, sizeof path, "%s/fixture", dir);
	free(dir);
	f = fopen(path, "w");
	ck_assert(f && fwrite(text, 1, len, f) == len && fclose(f) == 0);
	return path;
}

static int namespaces_available(void)
{
	pid_t pid = fork();
	int status;

	if (pid == 0)
		_exit(lwbt_private_mounts() == 0 ? 0 : 1);
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return 0;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int ndt_run(Suite *s)
{
	if (!namespaces_available()) {
		puts("SKIP: no private mount namespace (needs root or user namespaces)");
		return 77;
	}
	return lwbt_run(s);
}

/* Traces */

static char *trace_text;
static size_t trace_len;

FILE *ndt_trace(void)
{
	FILE *f = open_memstream(&trace_text, &trace_len);

	ck_assert(f);
	return f;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	size_t cap = 0;

	if (!f)
		return NULL;
	*len = 0;
	for (;;) {
		if (*len + 4096 > cap) {
			cap = 2 * cap + 4096;
			text = realloc(text, cap + 1);
			ck_assert(text);
		}
		size_t n = fread(text + *len, 1, cap - *len, f);
		*len += n;
		if (!n)
			break;
	}
	fclose(f);
	text[*len] = 0;
	return text;
}

void ndt_expect(FILE *trace, const char *name)
{
	const char *dir = getenv("LWBT_SRCDIR"), *regen = getenv("LWBT_NETDB_REGEN");
	char *path, *want;
	size_t wlen, line = 1, i;

	ck_assert(fclose(trace) == 0);
	ck_assert(dir);
	ck_assert(asprintf(&path, "%s/expected/%s.txt", dir, name) > 0);
	if (LWBT_GLIBC && regen && *regen == '1') {
		FILE *f = fopen(path, "w");

		ck_assert_msg(f, "%s: %s", path, strerror(errno));
		ck_assert(fwrite(trace_text, 1, trace_len, f) == trace_len && fclose(f) == 0);
	}
	want = slurp(path, &wlen);
	ck_assert_msg(want, "%s: %s", path, strerror(errno));
	for (i = 0; i < wlen && i < trace_len && want[i] == trace_text[i]; i++)
		line += want[i] == '\n';
	if (i < wlen || i < trace_len) {
		/* The whole trace, for comparing by hand. */
		fprintf(stderr, "--- trace %s\n%s--- end of trace %s\n", name, trace_text, name);
		ck_abort_msg("%s: line %zu differs from %s", name, line, path);
	}
	free(want);
	free(path);
	free(trace_text);
	trace_text = NULL;
}

void ndt_prime(void)
{
	errno = NDT_ERRNO;
	h_errno = NDT_HERRNO;
}

static void value(FILE *t, const char *what, int v, int unchanged)
{
	if (v == unchanged)
		fprintf(t, " %s=-", what);
	else
		fprintf(t, " %s=%d", what, v);
}

void ndt_status(FILE *t, int errno_after, int herrno_after)
{
	value(t, "errno", errno_after, NDT_ERRNO);
	value(t, "h_errno", herrno_after, NDT_HERRNO);
}

/* Entries */

static void inside(const void *p, size_t size, const char *buf, size_t len, const char *what)
{
	const char *c = p;

	if (!buf)
		return;
	ck_assert_msg(c >= buf && size <= len && c - buf <= (ptrdiff_t)(len - size),
		"%s lies outside the caller's buffer (%p, %zu bytes; buffer %p, %zu bytes)",
		what, p, size, (const void *)buf, len);
}

static void string(FILE *t, const char *s, const char *buf, size_t len)
{
	size_t n = strlen(s), sum = 0;

	inside(s, n + 1, buf, len, "a string");
	if (n > 48) {
		for (size_t i = 0; i < n; i++)
			sum = sum * 31 + (unsigned char)s[i];
		fprintf(t, "\"%.16s\"...(%zu bytes, hash %zx)", s, n, sum & 0xffffffff);
		return;
	}
	fputc('"', t);
	for (; *s; s++) {
		if ((unsigned char)*s < 32 || (unsigned char)*s > 126 || *s == '"' || *s == '\\')
			fprintf(t, "\\x%02x", (unsigned char)*s);
		else
			fputc(*s, t);
	}
	fputc('"', t);
}

static void names(FILE *t, char **v, const char *buf, size_t len)
{
	size_t n = 0;

	while (v[n])
		n++;
	inside(v, (n + 1) * sizeof *v, buf, len, "an array");
	ck_assert_msg((uintptr_t)v % _Alignof(char *) == 0, "an unaligned array");
	fputs(" [", t);
	for (size_t i = 0; i < n; i++) {
		if (n > 8 && i == 3) {
			fprintf(t, "... ");
			i = n - 2;
			continue;
		}
		string(t, v[i], buf, len);
		if (i + 1 < n)
			fputc(' ', t);
	}
	fputc(']', t);
	if (n > 8)
		fprintf(t, "(%zu)", n);
}

void ndt_servent(FILE *t, const struct servent *s, const char *buf, size_t len)
{
	string(t, s->s_name, buf, len);
	fprintf(t, " port=%d", ntohs((uint16_t)s->s_port));
	if (s->s_port & ~0xffff)
		fprintf(t, "(raw %#x)", (unsigned)s->s_port);
	fputs(" proto=", t);
	string(t, s->s_proto, buf, len);
	names(t, s->s_aliases, buf, len);
}

void ndt_protoent(FILE *t, const struct protoent *p, const char *buf, size_t len)
{
	string(t, p->p_name, buf, len);
	fprintf(t, " %d", p->p_proto);
	names(t, p->p_aliases, buf, len);
}

void ndt_rpcent(FILE *t, const struct rpcent *r, const char *buf, size_t len)
{
	string(t, r->r_name, buf, len);
	fprintf(t, " %d", r->r_number);
	names(t, r->r_aliases, buf, len);
}

void ndt_netent(FILE *t, const struct netent *n, const char *buf, size_t len)
{
	string(t, n->n_name, buf, len);
	fprintf(t, " type=%d net=%#010x", n->n_addrtype, (unsigned)n->n_net);
	names(t, n->n_aliases, buf, len);
}

void ndt_hostent(FILE *t, const struct hostent *h, const char *buf, size_t len)
{
	size_t n = 0;

	string(t, h->h_name, buf, len);
	names(t, h->h_aliases, buf, len);
	fprintf(t, " type=%d length=%d", h->h_addrtype, h->h_length);
	while (h->h_addr_list[n])
		n++;
	inside(h->h_addr_list, (n + 1) * sizeof(char *), buf, len, "h_addr_list");
	for (size_t i = 0; i < n; i++) {
		char a[INET6_ADDRSTRLEN];

		inside(h->h_addr_list[i], (size_t)h->h_length, buf, len, "an address");
		ck_assert(inet_ntop(h->h_addrtype, h->h_addr_list[i], a, sizeof a));
		fprintf(t, " %s", a);
	}
}

/* The databases */

union ent {
	struct servent s;
	struct protoent p;
	struct rpcent r;
	struct netent n;
	struct hostent h;
};

struct ndt_db {
	const char *name, *ent_name;	/* "services", "servent" */
	void (*set)(int);
	void (*end)(void);
	void *(*ent)(void);
	int (*ent_r)(union ent *, char *, size_t, void **, int *);
	/* by is "name" or "number"; the non-reentrant one when buf is NULL */
	int (*by)(const char *by, const char *key, union ent *, char *, size_t, void **, int *);
	void (*print)(FILE *, const void *, const char *, size_t);
};

static void print_servent(FILE *t, const void *e, const char *b, size_t l) { ndt_servent(t, e, b, l); }
static void print_protoent(FILE *t, const void *e, const char *b, size_t l) { ndt_protoent(t, e, b, l); }
static void print_rpcent(FILE *t, const void *e, const char *b, size_t l) { ndt_rpcent(t, e, b, l); }
static void print_netent(FILE *t, const void *e, const char *b, size_t l) { ndt_netent(t, e, b, l); }
static void print_hostent(FILE *t, const void *e, const char *b, size_t l) { ndt_hostent(t, e, b, l); }

static void *servent(void) { return getservent(); }
static void *protoent(void) { return getprotoent(); }
static void *rpcent(void) { return getrpcent(); }
static void *netent(void) { return getnetent(); }
static void *hostent(void) { return gethostent(); }

static int servent_r(union ent *e, char *b, size_t l, void **res, int *herr)
{
	struct servent *r = NDT_UNTOUCHED;
	int rc = getservent_r(&e->s, b, l, &r);

	(void)herr;
	*res = r;
	return rc;
}

static int protoent_r(union ent *e, char *b, size_t l, void **res, int *herr)
{
	struct protoent *r = NDT_UNTOUCHED;
	int rc = getprotoent_r(&e->p, b, l, &r);

	(void)herr;
	*res = r;
	return rc;
}

static int rpcent_r(union ent *e, char *b, size_t l, void **res, int *herr)
{
	struct rpcent *r = NDT_UNTOUCHED;
	int rc = getrpcent_r(&e->r, b, l, &r);

	(void)herr;
	*res = r;
	return rc;
}

static int netent_r(union ent *e, char *b, size_t l, void **res, int *herr)
{
	struct netent *r = NDT_UNTOUCHED;
	int rc = getnetent_r(&e->n, b, l, &r, herr);

	*res = r;
	return rc;
}

static int hostent_r(union ent *e, char *b, size_t l, void **res, int *herr)
{
	struct hostent *r = NDT_UNTOUCHED;
	int rc = gethostent_r(&e->h, b, l, &r, herr);

	*res = r;
	return rc;
}

/* "name/proto" into name and proto: NULL without a slash. */
static const char *split(const char *key, char *name, size_t size)
{
	const char *slash = strchr(key, '/');

	snprintf(name, size, "%.*s", slash ? (int)(slash - key) : (int)strlen(key), key);
	return slash ? slash + 1 : NULL;
}

static int serv_by(const char *by, const char *key, union ent *e, char *b, size_t l, void **res, int *herr)
{
	char name[256];
	const char *proto = split(key, name, sizeof name);
	int port = htons((uint16_t)atoi(name));
	struct servent *r = NDT_UNTOUCHED;
	int rc = 0;

	(void)herr;
	if (name[0] == '=')	/* a raw s_port value */
		port = (int)strtol(name + 1, NULL, 0);
	if (!strcmp(by, "name"))
		rc = b ? getservbyname_r(name, proto, &e->s, b, l, &r) : ((r = getservbyname(name, proto)), 0);
	else
		rc = b ? getservbyport_r(port, proto, &e->s, b, l, &r) : ((r = getservbyport(port, proto)), 0);
	*res = r;
	return rc;
}

static int proto_by(const char *by, const char *key, union ent *e, char *b, size_t l, void **res, int *herr)
{
	int n = (int)strtol(key, NULL, 0);
	struct protoent *r = NDT_UNTOUCHED;
	int rc;

	(void)herr;
	if (!strcmp(by, "name"))
		rc = b ? getprotobyname_r(key, &e->p, b, l, &r) : ((r = getprotobyname(key)), 0);
	else
		rc = b ? getprotobynumber_r(n, &e->p, b, l, &r) : ((r = getprotobynumber(n)), 0);
	*res = r;
	return rc;
}

static int rpc_by(const char *by, const char *key, union ent *e, char *b, size_t l, void **res, int *herr)
{
	int n = (int)strtol(key, NULL, 0);
	struct rpcent *r = NDT_UNTOUCHED;
	int rc;

	(void)herr;
	if (!strcmp(by, "name"))
		rc = b ? getrpcbyname_r(key, &e->r, b, l, &r) : ((r = getrpcbyname(key)), 0);
	else
		rc = b ? getrpcbynumber_r(n, &e->r, b, l, &r) : ((r = getrpcbynumber(n)), 0);
	*res = r;
	return rc;
}

static int net_by(const char *by, const char *key, union ent *e, char *b, size_t l, void **res, int *herr)
{
	char net[64];
	const char *type = split(key, net, sizeof net);
	uint32_t n = (uint32_t)strtoul(net, NULL, 0);
	int af = type ? atoi(type) : AF_INET;
	struct netent *r = NDT_UNTOUCHED;
	int rc;

	if (!strcmp(by, "name"))
		rc = b ? getnetbyname_r(key, &e->n, b, l, &r, herr) : ((r = getnetbyname(key)), 0);
	else
		rc = b ? getnetbyaddr_r(n, af, &e->n, b, l, &r, herr) : ((r = getnetbyaddr(n, af)), 0);
	*res = r;
	return rc;
}

const struct ndt_db ndt_services = { "services", "servent", setservent, endservent, servent, servent_r, serv_by, print_servent };
const struct ndt_db ndt_protocols = { "protocols", "protoent", setprotoent, endprotoent, protoent, protoent_r, proto_by, print_protoent };
const struct ndt_db ndt_rpc = { "rpc", "rpcent", setrpcent, endrpcent, rpcent, rpcent_r, rpc_by, print_rpcent };
const struct ndt_db ndt_networks = { "networks", "netent", setnetent, endnetent, netent, netent_r, net_by, print_netent };
const struct ndt_db ndt_hosts = { "hosts", "hostent", sethostent, endhostent, hostent, hostent_r, NULL, print_hostent };

/* Calls */



static char big[1 << 21] __attribute__((__aligned__(64)));

struct outcome {
	int rc, err, herrno, herr;
	void *res;
	union ent e;
	char *buf;
	size_t len;
};

static void show(FILE *t, const struct ndt_db *db, const struct outcome *o)
{
	if (o->buf)
		fprintf(t, " = %d", o->rc);
	ndt_status(t, o->err, o->herrno);
	if (o->herr != NDT_HERRNO)
		fprintf(t, " *h_errnop=%d", o->herr);
	if (o->res == NDT_UNTOUCHED) {
		fputs(" *result untouched", t);
	} else if (o->res) {
		ck_assert_msg(!o->buf || o->res == &o->e, "*result is not the caller's struct");
		fputs(": ", t);
		db->print(t, o->res, o->buf, o->len);
	} else {
		fputs(" NULL", t);
	}
	fputc('\n', t);
}

/* What gethostent_r and getnetent_r store in *h_errnop is not traced:
 * glibc 2.36 leaves it alone (and sets h_errno), libwildebeest sets both
 * (tests/netdb/deviations.c). */
static void call_ent(const struct ndt_db *db, char *buf, size_t len, struct outcome *o)
{
	int herr;

	o->herr = NDT_HERRNO;
	o->buf = buf;
	o->len = len;
	o->res = NDT_UNTOUCHED;
	ndt_prime();
	o->rc = db->ent_r(&o->e, buf, len, &o->res, &herr);
	o->err = errno;
	o->herrno = h_errno;
}

static void call_by(const struct ndt_db *db, const char *by, const char *key, char *buf,
	size_t len, struct outcome *o)
{
	o->herr = NDT_HERRNO;
	o->buf = buf;
	o->len = len;
	o->res = NDT_UNTOUCHED;
	ndt_prime();
	o->rc = db->by(by, key, &o->e, buf, len, &o->res, &o->herr);
	o->err = errno;
	o->herrno = h_errno;
}

void ndt_enumerate(FILE *t, const struct ndt_db *db)
{
	struct outcome o;
	void *e;

	db->end();
	do {
		ndt_prime();
		e = db->ent();
		fprintf(t, "get%s()", db->ent_name);
		ndt_status(t, errno, h_errno);
		if (e) {
			fputs(": ", t);
			db->print(t, e, NULL, 0);
		} else {
			fputs(" NULL", t);
		}
		fputc('\n', t);
	} while (e);
	db->set(0);
	do {
		call_ent(db, big, sizeof big, &o);
		fprintf(t, "get%s_r(big)", db->ent_name);
		show(t, db, &o);
	} while (o.rc == 0);
	db->end();
}

/* Restarts the enumeration, passes k entries, and calls get*ent_r with
 * len bytes at big + off. */
static void probe_ent(const struct ndt_db *db, int k, int off, size_t len, struct outcome *o)
{
	db->set(0);
	for (int i = 0; i < k; i++) {
		call_ent(db, big, sizeof big, o);
		ck_assert_int_eq(o->rc, 0);
	}
	call_ent(db, big + off, len, o);
}

/* The smallest len the probe does not answer ERANGE, and the outcome
 * there and one byte below. */
static size_t smallest(const struct ndt_db *db, int k, int off, const char *by, const char *key,
	struct outcome *at, struct outcome *below)
{
	size_t lo = 0, hi = 0;
	struct outcome o;

	for (;;) {
		if (by)
			call_by(db, by, key, big + off, hi, &o);
		else
			probe_ent(db, k, off, hi, &o);
		if (o.rc != ERANGE)
			break;
		lo = hi;
		hi = hi ? 2 * hi : 1;
		ck_assert(hi < sizeof big - 64);
	}
	while (hi && lo + 1 < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (by)
			call_by(db, by, key, big + off, mid, &o);
		else
			probe_ent(db, k, off, mid, &o);
		if (o.rc == ERANGE)
			lo = mid;
		else
			hi = mid;
	}
	/* One byte less first: it may write in the buffer too. */
	if (below && hi > 0) {
		if (by)
			call_by(db, by, key, big + off, hi - 1, below);
		else
			probe_ent(db, k, off, hi - 1, below);
		ck_assert_int_eq(below->rc, ERANGE);
	}
	if (at) {
		if (by)
			call_by(db, by, key, big + off, hi, at);
		else
			probe_ent(db, k, off, hi, at);
	}
	return hi;
}

static void sizes(FILE *t, const struct ndt_db *db, int k, const char *by, const char *key)
{
	struct outcome at, below;
	size_t min[8];

	fputs("  smallest buffer at offsets 0..7:", t);
	for (int off = 7; off >= 0; off--)
		min[off] = smallest(db, k, off, by, key, NULL, NULL);
	for (int off = 0; off < 8; off++)
		fprintf(t, " %zu", min[off]);
	fputc('\n', t);
	/* Again at offset 0, printed before anything else uses the buffer. */
	if (smallest(db, k, 0, by, key, &at, &below)) {
		fputs("  one byte less", t);
		show(t, db, &below);
	}
	fputs("  at the smallest", t);
	show(t, db, &at);
}

void ndt_sweep(FILE *t, const struct ndt_db *db)
{
	struct outcome o;
	int n = 0;

	db->set(0);
	do {
		call_ent(db, big, sizeof big, &o);
		n++;
	} while (o.rc == 0);
	for (int k = 0; k < n; k++) {
		fprintf(t, "get%s_r #%d\n", db->ent_name, k);
		sizes(t, db, k, NULL, NULL);
	}
	db->end();
}

void ndt_lookup(FILE *t, const struct ndt_db *db, const char *by, const char *key, int with_sizes)
{
	struct outcome o;

	/* The non-reentrant function first: no buffer. */
	call_by(db, by, key, NULL, 0, &o);
	fprintf(t, "%s by %s \"%s\"", db->name, by, key);
	show(t, db, &o);
	call_by(db, by, key, big, sizeof big, &o);
	fprintf(t, "%s by %s \"%s\" _r(big)", db->name, by, key);
	show(t, db, &o);
	if (with_sizes)
		sizes(t, db, 0, by, key);
}
