#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "locale_impl.h"

locale_t __real_newlocale(int, const char *, locale_t);

/* Reached through -Wl,--wrap=newlocale: as setlocale, a name of a locale
 * that is not installed fails with ENOENT, one that cannot name a locale
 * with EINVAL, for each category in mask (none checked for an empty
 * mask, as glibc). "" takes each category's name from the environment,
 * glibc's default "C" included; musl's own newlocale would give C.UTF-8. */
locale_t __wrap_newlocale(int mask, const char *name, locale_t base)
{
	int all = (mask & LC_ALL_MASK) == LC_ALL_MASK;
	const char *first = NULL;
	int same = 1;

	if (!name)
		return __real_newlocale(mask, name, base);
	/* glibc reads a list of names (its own form) and refuses one it
	 * cannot; musl's newlocale reads none. */
	if (strchr(name, ';')) {
		errno = EINVAL;
		return 0;
	}
	if (*name) {
		int err = mask & ((1 << LWB_LC_COUNT) - 1) ? __lwb_locale_refuse(name) : 0;
		if (err) {
			errno = err;
			return 0;
		}
		return __real_newlocale(mask, name, base);
	}
	for (int i = 0; i < (all ? LWB_LC_GLIBC_COUNT : LWB_LC_COUNT); i++) {
		if (i < LWB_LC_COUNT && !(mask & 1 << i))
			continue;
		const char *n = __lwb_locale_env(i);
		int err = __lwb_locale_refuse(n);
		if (err) {
			errno = err;
			return 0;
		}
		if (!first)
			first = n;
		else if (strcmp(n, first))
			same = 0;
	}
	if (same)
		return __real_newlocale(mask, first ? first : name, base);
	/* Categories with different names, one at a time. Each step can only
	 * fail for want of memory; musl then leaves what it was given alone. */
	locale_t loc = base;
	for (int i = 0; i < LWB_LC_COUNT; i++) {
		if (!(mask & 1 << i))
			continue;
		locale_t next = __real_newlocale(1 << i, __lwb_locale_env(i), loc);
		if (!next) {
			if (loc != base)
				freelocale(loc);
			return 0;
		}
		loc = next;
	}
#ifdef LC_IDENTIFICATION
	/* glibc's further categories, numbered after LC_ALL (the sanitizer
	 * build runs on glibc). */
	for (int i = LWB_LC_COUNT; all && i < LWB_LC_GLIBC_COUNT; i++) {
		locale_t next = __real_newlocale(1 << (i + 1), __lwb_locale_env(i), loc);
		if (!next) {
			if (loc != base)
				freelocale(loc);
			return 0;
		}
		loc = next;
	}
#endif
	return loc;
}
