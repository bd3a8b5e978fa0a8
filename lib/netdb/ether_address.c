#define _GNU_SOURCE
#include "ethers.h"

static int hex(int c)
{
	if ((unsigned)c - '0' < 10)
		return c - '0';
	if (((unsigned)c | 32) - 'a' < 6)
		return (c | 32) - 'a' + 10;
	return -1;
}

/* glibc's rules, as observed: six groups of one or two hex digits (either
 * case) joined by ':'. After a last group of one digit comes whitespace or
 * the end; after one of two digits, anything. */
const char *__lwb_ether_address(const char *s, struct ether_addr *a)
{
	for (int i = 0; i < 6; i++) {
		int v = hex(*s), lo;

		if (v < 0)
			return NULL;
		s++;
		if ((lo = hex(*s)) >= 0) {
			v = v << 4 | lo;
			s++;
		} else if (i == 5 && *s && !__lwb_is_space(*s)) {
			return NULL;
		}
		if (i < 5 && *s++ != ':')
			return NULL;
		a->ether_addr_octet[i] = (unsigned char)v;
	}
	return s;
}
