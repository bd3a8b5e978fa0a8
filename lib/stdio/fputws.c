#include "stdio_impl.h"

/* Reached through -Wl,--wrap=fputws. glibc returns 1 on success (musl the
 * number of characters) and treats L"" as fputs treats "". */
int __wrap_fputws(const wchar_t *s, FILE *f)
{
	if (!*s)
		return fwide(f, 1) > 0 ? 1 : EOF;
	if (__real_fputws(s, f) < 0)
		return __lwb_write_failed(f);
	return 1;
}
