#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "db.h"
#include "ethers.h"

/* A line of /etc/ethers, "address name": six parts that strtoul reads in
 * base 16 (so "0x8", "+8", " 8" and "008" pass), each at most 0xff, joined
 * by ':' and followed by whitespace or the end; the name (which may be
 * empty) is the next field. Not ether_line's rules: glibc has two. */
static int parse(char *p, struct __lwb_ent *e)
{
	int saved = errno;

	p = __lwb_skip_space(p);
	for (int i = 0; i < 6; i++) {
		char *end;
		unsigned long v = strtoul(p, &end, 16);

		if (end == p || v > 0xff)
			goto bad;
		if (i < 5 ? *end != ':' : *end && !__lwb_is_space(*end))
			goto bad;
		e->addr[i] = (unsigned char)v;
		p = i < 5 ? end + 1 : end;
	}
	errno = saved;
	p = __lwb_skip_space(p);
	e->name = __lwb_netdb_field(&p);
	return 0;
bad:
	errno = saved;
	return -1;
}

const struct __lwb_dbtype __lwb_ethers = { "/etc/ethers", 0, 0, parse };

/* glibc reads /etc/ethers through a buffer of 1024 bytes: a line longer
 * than 1021 bytes ends the lookup with ERANGE, however far it is. */
int __lwb_ethers_find(int (*match)(const struct __lwb_ent *, const void *),
	const void *key, int (*fill)(const struct __lwb_ent *, void *, char *, size_t),
	void *result)
{
	int saved = errno, found, r;

	/* Nothing is laid out in a buffer: fill() copies to the caller. */
	r = __lwb_db_find(&__lwb_ethers, match, key, NULL, 1024, fill, result, &found);
	if (r)
		return -1;
	errno = saved;
	return found ? 0 : -1;
}
