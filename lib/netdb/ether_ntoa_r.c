#define _GNU_SOURCE
#include <netinet/ether.h>
#include <stdio.h>

/* glibc's format: lowercase hex without leading zeros ("8:0:20:1:2:3"),
 * where musl writes "08:00:20:01:02:03". */
char *__wrap_ether_ntoa_r(const struct ether_addr *a, char *buf)
{
	const unsigned char *o = a->ether_addr_octet;

	sprintf(buf, "%x:%x:%x:%x:%x:%x", o[0], o[1], o[2], o[3], o[4], o[5]);
	return buf;
}
