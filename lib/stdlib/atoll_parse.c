#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include "stdlib_impl.h"

long long __lwb_atoll(const char *s)
{
	unsigned long long limit, value = 0;
	int negative = 0, overflow = 0;

	while (isspace((unsigned char)*s))
		s++;
	if (*s == '-' || *s == '+')
		negative = *s++ == '-';
	limit = negative ? (unsigned long long)LLONG_MAX + 1 : LLONG_MAX;
	for (; *s >= '0' && *s <= '9'; s++) {
		unsigned digit = (unsigned)(*s - '0');

		if (value > (limit - digit) / 10)
			overflow = 1;
		else
			value = value * 10 + digit;
	}
	if (overflow) {
		errno = ERANGE;
		return negative ? LLONG_MIN : LLONG_MAX;
	}
	return negative ? (long long)(0 - value) : (long long)value;
}
