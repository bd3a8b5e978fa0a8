#include <errno.h>
#include "stdlib_impl.h"

/* A finite number has no 'i' in it; "inf" and "infinity" do. */
void __lwb_check_overflow(const char *s, const char *end)
{
	for (; s < end; s++)
		if (*s == 'i' || *s == 'I')
			return;
	errno = ERANGE;
}

void __lwb_check_woverflow(const wchar_t *s, const wchar_t *end)
{
	for (; s < end; s++)
		if (*s == L'i' || *s == L'I')
			return;
	errno = ERANGE;
}
