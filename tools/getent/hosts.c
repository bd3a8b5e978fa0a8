/*
 * hosts, ahosts, ahostsv4, ahostsv6.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "getent.h"

/* One line per address: the address padded to 15 columns, the name, the
 * aliases. */
static void put_host(const struct hostent *h)
{
	char addr[INET6_ADDRSTRLEN];

	for (int i = 0; h->h_addr_list[i]; i++) {
		if (!inet_ntop(h->h_addrtype, h->h_addr_list[i], addr, sizeof addr))
			strcpy(addr, "<invalid>");
		printf("%-15s %s", addr, h->h_name);
		for (int j = 0; h->h_aliases[j]; j++)
			printf(" %s", h->h_aliases[j]);
		putchar('\n');
	}
}

static int enumerate_hosts(void)
{
	struct hostent *h;

	sethostent(0);
	while ((h = gethostent()))
		put_host(h);
	endhostent();
	return 0;
}

/* An address literal is looked up by address; a name as IPv6 first, then
 * as IPv4. */
int getent_hosts(int nkeys, char **keys)
{
	int rc = 0;

	if (!nkeys)
		return enumerate_hosts();
	for (int i = 0; i < nkeys; i++) {
		unsigned char addr[16];
		struct hostent *h;
		if (inet_pton(AF_INET6, keys[i], addr) == 1)
			h = gethostbyaddr(addr, 16, AF_INET6);
		else if (inet_pton(AF_INET, keys[i], addr) == 1)
			h = gethostbyaddr(addr, 4, AF_INET);
		else if (!(h = gethostbyname2(keys[i], AF_INET6)))
			h = gethostbyname2(keys[i], AF_INET);
		if (h)
			put_host(h);
		else
			rc = 2;
	}
	return rc;
}

static const char *const socktypes[] = {
	[SOCK_STREAM] = "STREAM",
	[SOCK_DGRAM] = "DGRAM",
	[SOCK_RAW] = "RAW",
	[SOCK_RDM] = "RDM",
	[SOCK_SEQPACKET] = "SEQPACKET",
	[SOCK_DCCP] = "DCCP",
	[SOCK_PACKET] = "PACKET",
};

static void put_address(const struct sockaddr *sa, const char *canon, int socktype)
{
	char addr[INET6_ADDRSTRLEN + 16], num[16];
	const char *type = num;
	const void *bytes;

	if (sa->sa_family == AF_INET6)
		bytes = &((const struct sockaddr_in6 *)sa)->sin6_addr;
	else
		bytes = &((const struct sockaddr_in *)sa)->sin_addr;
	if (!inet_ntop(sa->sa_family, bytes, addr, INET6_ADDRSTRLEN)) {
		strcpy(addr, "<invalid>");
	} else if (sa->sa_family == AF_INET6) {
		unsigned scope = ((const struct sockaddr_in6 *)sa)->sin6_scope_id;
		if (scope)
			sprintf(addr + strlen(addr), "%%%u", scope);
	}
	if (socktype >= 0 && (size_t)socktype < sizeof socktypes / sizeof *socktypes
			&& socktypes[socktype])
		type = socktypes[socktype];
	else
		sprintf(num, "%d", socktype);
	printf("%-15s %-6s %s\n", addr, type, canon ? canon : "");
}

static int same_address(const struct addrinfo *a, const struct addrinfo *b)
{
	return a->ai_family == b->ai_family && a->ai_addrlen == b->ai_addrlen
		&& !memcmp(a->ai_addr, b->ai_addr, a->ai_addrlen);
}

/* glibc's getaddrinfo answers each address as STREAM, DGRAM and RAW, and
 * names the canonical name on the first answer only; musl's answers
 * STREAM and DGRAM, each with the canonical name. Printing, for each run
 * of one address, the three socket types, and the name once, gives
 * glibc's output from either. */
static int ahosts(int nkeys, char **keys, int family)
{
	struct addrinfo hints = {0}, *res, *ai, *prev;
	int rc = 0;

	if (!nkeys)
		return enumerate_hosts();
	hints.ai_family = family;
	hints.ai_flags = AI_V4MAPPED | AI_CANONNAME;
	if (!getent_flags.no_addrconfig)
		hints.ai_flags |= AI_ADDRCONFIG;
#if defined(AI_IDN) && defined(AI_CANONIDN)
	if (!getent_flags.no_idn)
		hints.ai_flags |= AI_IDN | AI_CANONIDN;
#endif
	for (int i = 0; i < nkeys; i++) {
		const char *canon;
		if (getaddrinfo(keys[i], 0, &hints, &res)) {
			rc = 2;
			continue;
		}
		canon = res->ai_canonname;
		for (prev = 0, ai = res; ai; prev = ai, ai = ai->ai_next) {
			if (prev && same_address(prev, ai))
				continue;
			put_address(ai->ai_addr, canon, SOCK_STREAM);
			put_address(ai->ai_addr, 0, SOCK_DGRAM);
			put_address(ai->ai_addr, 0, SOCK_RAW);
			canon = 0;
		}
		freeaddrinfo(res);
	}
	return rc;
}

int getent_ahosts(int nkeys, char **keys)
{
	return ahosts(nkeys, keys, AF_UNSPEC);
}

int getent_ahostsv4(int nkeys, char **keys)
{
	return ahosts(nkeys, keys, AF_INET);
}

int getent_ahostsv6(int nkeys, char **keys)
{
	return ahosts(nkeys, keys, AF_INET6);
}
