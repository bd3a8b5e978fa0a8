#define _GNU_SOURCE
#include <netinet/ether.h>
#include "ethers.h"

struct ether_addr *__wrap_ether_aton(const char *s)
{
	static struct ether_addr a;

	return __lwb_ether_address(s, &a) ? &a : NULL;
}
