/* Shared by the ethers functions. */
#ifndef LWB_NETDB_ETHERS_H
#define LWB_NETDB_ETHERS_H

#include <netinet/ether.h>
#include "db.h"

/* The first entry of /etc/ethers match() accepts, given to fill(): 0, or
 * -1 (errno untouched when there is none; the errno of opening the file, or
 * ERANGE for a line too long). */
int __lwb_ethers_find(int (*match)(const struct __lwb_ent *, const void *),
	const void *key, int (*fill)(const struct __lwb_ent *, void *, char *, size_t),
	void *result) LWB_HIDDEN;

/* The address at the start of s by ether_aton's rules, stored octet by
 * octet as they are read; the character after it, or NULL. */
const char *__lwb_ether_address(const char *s, struct ether_addr *) LWB_HIDDEN;

#endif
