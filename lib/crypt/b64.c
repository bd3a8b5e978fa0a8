/* The crypt alphabet, shared by every method. */
#include "method.h"

const char __lwb_crypt_itoa64[65] =
	"./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

int __lwb_crypt_atoi64(int c)
{
	if (c >= '.' && c <= '9')
		return c - '.';
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 12;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 38;
	return -1;
}

char *__lwb_crypt_b64(char *out, unsigned long v, int n)
{
	while (n-- > 0) {
		*out++ = __lwb_crypt_itoa64[v & 0x3f];
		v >>= 6;
	}
	return out;
}
