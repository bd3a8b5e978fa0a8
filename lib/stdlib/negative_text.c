#include <ctype.h>
#include <wctype.h>
#include "stdlib_impl.h"

/* Whether the number at s, after the white space the conversions skip,
 * has a minus sign: musl's NaN from "-nan" is positive, glibc's negative. */
int __lwb_negative_text(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return *s == '-';
}

int __lwb_negative_wtext(const wchar_t *s)
{
	while (iswspace(*s))
		s++;
	return *s == L'-';
}
