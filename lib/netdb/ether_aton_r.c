#define _GNU_SOURCE
#include <netinet/ether.h>
#include "ethers.h"

/* Octets are stored as they are read, also when a later one is bad. */
struct ether_addr *__wrap_ether_aton_r(const char *s, struct ether_addr *a)
{
	return __lwb_ether_address(s, a) ? a : NULL;
}
