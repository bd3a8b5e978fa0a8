/*
 * The engine under every files database of the netdb module: /etc/hosts,
 * networks, services, protocols, rpc (and the ethers lookups).
 *
 * A database file is read one line at a time, of any length. A line is an
 * entry when its database's parser accepts it; '#' starts a comment
 * anywhere. The reentrant functions lay an entry out in the caller's buffer
 * and report ERANGE exactly where glibc 2.36 does (measured, see
 * __lwb_db_next): a line that does not fit stays pending, so the caller's
 * retry with a larger buffer gets the same entry.
 *
 * Internal to the module: tools/getent goes through the public functions.
 */
#ifndef LWB_NETDB_DB_H
#define LWB_NETDB_DB_H

#include <netdb.h>
#include <pthread.h>
#include <stdio.h>
#include "../lwb.h"

/* One line as read: the raw bytes, embedded NULs and the newline kept. */
struct __lwb_line {
	char *raw;
	size_t cap;
	size_t nread;	/* bytes read, newline included */
	size_t len;	/* up to the first NUL, newline included */
};

/* What a parser found in a line. Strings point into the line;
 * aliases is the first of naliases names (see __lwb_next_alias). */
struct __lwb_ent {
	char *name;
	char *proto;		/* services */
	unsigned long num;	/* port (host order), protocol, rpc program, network */
	int af;			/* hosts: AF_INET or AF_INET6, as written */
	unsigned char addr[16];
	char *aliases;
	size_t naliases;
};

struct __lwb_dbtype {
	const char *path;
	/* Bytes of a caller's buffer glibc keeps ahead of the line (hosts). */
	size_t reserve;
	/* Whether an entry needs room after the line (its aliases); the
	 * ethers entries only need the line. */
	int laid_out;
	/* 0 when the line's content (NUL-terminated, without comment or
	 * newline) is an entry; it may cut the content into fields. */
	int (*parse)(char *, struct __lwb_ent *);
};

/* An open database file and the line in hand, parsed once: a line
 * ERANGE sent back stays pending with its verdict. */
struct __lwb_stream {
	FILE *f;
	char *iobuf;	/* f's buffer: musl's default is 1 KiB */
	int pending;	/* a line is in hand */
	int parsed;	/* 0 not yet, 1 an entry, -1 not */
	struct __lwb_line line;
	struct __lwb_ent ent;
};

/* A database with its enumeration (set*ent, get*ent, end*ent), shared by
 * every thread, as in glibc. */
struct __lwb_db {
	const struct __lwb_dbtype *type;
	pthread_mutex_t lock;
	struct __lwb_stream s;
};

#define LWB_DB_INIT(t) { (t), PTHREAD_MUTEX_INITIALIZER, { 0 } }

/* The parsers: hosts.c, networks.c, services.c, protocols.c, rpc.c,
 * ethers.c. */
extern const struct __lwb_dbtype __lwb_hosts LWB_HIDDEN;
extern const struct __lwb_dbtype __lwb_networks LWB_HIDDEN;
extern const struct __lwb_dbtype __lwb_services LWB_HIDDEN;
extern const struct __lwb_dbtype __lwb_protocols LWB_HIDDEN;
extern const struct __lwb_dbtype __lwb_rpc LWB_HIDDEN;
extern const struct __lwb_dbtype __lwb_ethers LWB_HIDDEN;

/* The enumerations. */
extern struct __lwb_db __lwb_hosts_db LWB_HIDDEN;
extern struct __lwb_db __lwb_networks_db LWB_HIDDEN;
extern struct __lwb_db __lwb_services_db LWB_HIDDEN;
extern struct __lwb_db __lwb_protocols_db LWB_HIDDEN;
extern struct __lwb_db __lwb_rpc_db LWB_HIDDEN;

/* Opens the file (close-on-exec). 0, or -1 with errno. */
int __lwb_stream_open(struct __lwb_stream *, const struct __lwb_dbtype *) LWB_HIDDEN;
void __lwb_stream_close(struct __lwb_stream *) LWB_HIDDEN;

/* The next entry for a caller's buffer of buflen bytes at buf: 0, ENOENT
 * at the end of the file, ERANGE when the buffer is too small for the line
 * (it stays pending), or an errno from reading. */
int __lwb_stream_next(struct __lwb_stream *, const struct __lwb_dbtype *,
	struct __lwb_ent *, const char *buf, size_t buflen) LWB_HIDDEN;

/* set*ent, end*ent, and the locked step of get*ent_r: 0, ENOENT at the
 * end, -1 when the file cannot be opened (both leave errno alone), ERANGE,
 * or an errno from reading. */
void __lwb_db_set(struct __lwb_db *) LWB_HIDDEN;
void __lwb_db_end(struct __lwb_db *) LWB_HIDDEN;
int __lwb_db_get(struct __lwb_db *, struct __lwb_ent *, const char *buf,
	size_t buflen, int (*fill)(const struct __lwb_ent *, void *, char *, size_t),
	void *result) LWB_HIDDEN;

/* A lookup: the first entry match() accepts, filled into result by fill().
 * Returns 0 with *found set or clear (errno 0), ERANGE (errno ERANGE), or
 * the errno of opening the file. */
int __lwb_db_find(const struct __lwb_dbtype *, int (*match)(const struct __lwb_ent *, const void *),
	const void *key, const char *buf, size_t buflen,
	int (*fill)(const struct __lwb_ent *, void *, char *, size_t), void *result,
	int *found) LWB_HIDDEN;

/* Parsing in the line. __lwb_netdb_field cuts the field at *p
 * (NUL-terminates it) and advances *p past the whitespace after it; the
 * field is empty at the end of the line. __lwb_cut_aliases cuts every field
 * left and counts them: the aliases, each followed by its NUL and maybe
 * more whitespace, so __lwb_next_alias steps from one to the next. */
int __lwb_is_space(int) LWB_HIDDEN;
char *__lwb_skip_space(char *) LWB_HIDDEN;
char *__lwb_netdb_field(char **p) LWB_HIDDEN;
size_t __lwb_cut_aliases(char *) LWB_HIDDEN;
const char *__lwb_next_alias(const char *) LWB_HIDDEN;
/* "name number [alias...]" (protocols, rpc): the number as strtoul reads
 * it in base 10, up to 2^32-1 (an int's bits), followed by whitespace. */
int __lwb_parse_numbered(char *, struct __lwb_ent *) LWB_HIDDEN;
/* Whether name is the entry's name or one of its aliases. */
int __lwb_names_match(const struct __lwb_ent *, const char *name,
	int (*cmp)(const char *, const char *)) LWB_HIDDEN;

/* Laying an entry out in a caller's buffer. */
struct __lwb_buf {
	char *p, *end;
};
/* n pointers, aligned; NULL when they do not fit. */
char **__lwb_buf_ptrs(struct __lwb_buf *, size_t n) LWB_HIDDEN;
/* A copy of the string; NULL when it does not fit. */
char *__lwb_buf_str(struct __lwb_buf *, const char *) LWB_HIDDEN;
/* The entry's aliases as a NULL-terminated array; NULL when they do not fit. */
char **__lwb_buf_aliases(struct __lwb_buf *, const struct __lwb_ent *) LWB_HIDDEN;

/* The buffer the non-reentrant functions share with nobody: each has its
 * own, grown like glibc's (1024 bytes, doubled on each ERANGE), so errno
 * and h_errno are left as glibc leaves them. 0, or -1 with ENOMEM. */
struct __lwb_static {
	char *p;
	size_t size;
};
int __lwb_static_grow(struct __lwb_static *) LWB_HIDDEN;

/* glibc's inet_network, which musl's differs from (parts above 255, the
 * 32-bit wrap of long parts, trailing whitespace). */
unsigned long __lwb_inet_network(const char *) LWB_HIDDEN;

/* The reentrant functions musl has under these names (wrapped). */
int __wrap_getservbyname_r(const char *, const char *, struct servent *,
	char *, size_t, struct servent **);
int __wrap_getservbyport_r(int, const char *, struct servent *, char *,
	size_t, struct servent **);

#endif
