#define _GNU_SOURCE
#include <netinet/ether.h>

char *__wrap_ether_ntoa_r(const struct ether_addr *, char *);

char *__wrap_ether_ntoa(const struct ether_addr *a)
{
	static char buf[18];

	return __wrap_ether_ntoa_r(a, buf);
}
