#include "stdio_impl.h"

/* Reached through -Wl,--wrap=fputws_unlocked. glibc returns 1 on success (musl the
 * number of characters) and treats L"" as fputs treats "". */
int __wrap_fputws_unlocked(const wchar_t *s, FILE *f)
{
	if (!*s)
		return fwide(f, 1) > 0 ? 1 : EOF;
	if (__real_fputws_unlocked(s, f) < 0)
		return __lwb_write_failed(f);
	return 1;
}
