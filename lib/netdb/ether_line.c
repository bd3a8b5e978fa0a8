#define _GNU_SOURCE
#include <netinet/ether.h>
#include <string.h>
#include "ethers.h"

/* "address hostname" by ether_aton's rules for the address; one character
 * after a two-digit last group is passed over whatever it is, as glibc
 * does. The hostname ends at whitespace or '#'. The address is stored as it
 * is read, also when the line then fails. */
int __wrap_ether_line(const char *line, struct ether_addr *a, char *hostname)
{
	const char *s = __lwb_ether_address(line, a);
	size_t n = 0;

	if (!s)
		return -1;
	if (*s && !__lwb_is_space(*s))
		s++;
	while (__lwb_is_space(*s))
		s++;
	if (!*s || *s == '#')
		return -1;
	while (s[n] && !__lwb_is_space(s[n]) && s[n] != '#')
		n++;
	memcpy(hostname, s, n);
	hostname[n] = 0;
	return 0;
}
