/*
 * services, protocols, networks, rpc and ethers.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <ctype.h>
#include <netdb.h>
#include <netinet/ether.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef HAVE_RPC
#include <rpc/netdb.h>
#endif

#include "getent.h"

static void put_aliases(char **aliases)
{
	for (; aliases && *aliases; aliases++)
		printf(" %s", *aliases);
	putchar('\n');
}

int getent_enumeration_unsupported(const char *db)
{
	fprintf(stderr, "Enumeration not supported on %s\n", db);
	return 3;
}

static void put_service(const struct servent *s)
{
	printf("%-21s %d/%s", s->s_name, ntohs(s->s_port), s->s_proto);
	put_aliases(s->s_aliases);
}

/* NAME or PORT, optionally /PROTOCOL: a key of digits only that fits a
 * port is a port. */
int getent_services(int nkeys, char **keys)
{
	struct servent *s;
	int rc = 0;

	if (!nkeys) {
		setservent(0);
		while ((s = getservent()))
			put_service(s);
		endservent();
		return 0;
	}
	for (int i = 0; i < nkeys; i++) {
		char *key = keys[i], *proto = strchr(key, '/'), *end;
		long port = -1;
		if (proto)
			*proto++ = 0;
		if (isdigit((unsigned char)key[0])) {
			port = strtol(key, &end, 10);
			if (*end || port > 65535)
				port = -1;
		}
		if (port >= 0)
			s = getservbyport(htons(port), proto);
		else
			s = getservbyname(key, proto);
		if (s)
			put_service(s);
		else
			rc = 2;
	}
	return rc;
}

static void put_protocol(const struct protoent *p)
{
	printf("%-21s %d", p->p_name, p->p_proto);
	put_aliases(p->p_aliases);
}

int getent_protocols(int nkeys, char **keys)
{
	struct protoent *p;
	int rc = 0;

	if (!nkeys) {
		setprotoent(0);
		while ((p = getprotoent()))
			put_protocol(p);
		endprotoent();
		return 0;
	}
	for (int i = 0; i < nkeys; i++) {
		if (isdigit((unsigned char)keys[i][0]))
			p = getprotobynumber(atol(keys[i]));
		else
			p = getprotobyname(keys[i]);
		if (p)
			put_protocol(p);
		else
			rc = 2;
	}
	return rc;
}

static void put_network(const struct netent *n)
{
	struct in_addr a = {htonl(n->n_net)};

	printf("%-21s %s", n->n_name, inet_ntoa(a));
	put_aliases(n->n_aliases);
}

/* A key starting with a digit is a dotted address, as inet_addr reads it. */
int getent_networks(int nkeys, char **keys)
{
	struct netent *n;
	int rc = 0;

	if (!nkeys) {
		setnetent(0);
		while ((n = getnetent()))
			put_network(n);
		endnetent();
		return 0;
	}
	for (int i = 0; i < nkeys; i++) {
		if (isdigit((unsigned char)keys[i][0]))
			n = getnetbyaddr(ntohl(inet_addr(keys[i])), AF_UNSPEC);
		else
			n = getnetbyname(keys[i]);
		if (n)
			put_network(n);
		else
			rc = 2;
	}
	return rc;
}

#ifdef HAVE_RPC
/* Two spaces before the first alias. */
static void put_rpc(const struct rpcent *r)
{
	printf("%-15s %d", r->r_name, r->r_number);
	if (r->r_aliases && r->r_aliases[0])
		putchar(' ');
	put_aliases(r->r_aliases);
}

int getent_rpc(int nkeys, char **keys)
{
	struct rpcent *r;
	int rc = 0;

	if (!nkeys) {
		setrpcent(0);
		while ((r = getrpcent()))
			put_rpc(r);
		endrpcent();
		return 0;
	}
	for (int i = 0; i < nkeys; i++) {
		if (isdigit((unsigned char)keys[i][0]))
			r = getrpcbynumber(atol(keys[i]));
		else
			r = getrpcbyname(keys[i]);
		if (r)
			put_rpc(r);
		else
			rc = 2;
	}
	return rc;
}
#endif

/* An Ethernet address gives its host name, a host name its address. */
int getent_ethers(int nkeys, char **keys)
{
	int rc = 0;

	if (!nkeys)
		return getent_enumeration_unsupported("ethers");
	for (int i = 0; i < nkeys; i++) {
		struct ether_addr addr, *parsed = ether_aton(keys[i]);
		char host[1024];
		if (parsed) {
			addr = *parsed;
			if (ether_ntohost(host, &addr)) {
				rc = 2;
				continue;
			}
			printf("%s %s\n", ether_ntoa(&addr), host);
		} else {
			if (ether_hostton(keys[i], &addr)) {
				rc = 2;
				continue;
			}
			printf("%s %s\n", ether_ntoa(&addr), keys[i]);
		}
	}
	return rc;
}
