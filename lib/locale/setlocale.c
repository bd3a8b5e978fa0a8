#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "locale_impl.h"

char *__real_setlocale(int, const char *);

/* A list of names as setlocale(LC_ALL, NULL) gives it for mixed
 * categories: on musl six names, one a category, joined by ';'. On a libc
 * with glibc's categories (the sanitizer build runs on glibc) glibc's
 * form, "LC_CTYPE=name;..." for each, whose form glibc checks itself. */
static int refuse_list(const char *list)
{
	char name[256];
	int n = 0;

	for (const char *p = list;; p++) {
		size_t len = strcspn(p, ";");
#ifdef LC_IDENTIFICATION
		const char *eq = memchr(p, '=', len);
		if (eq) {
			len -= eq + 1 - p;
			p = eq + 1;
		}
#endif
		if (!len || len >= sizeof name)
			return EINVAL;
		memcpy(name, p, len);
		name[len] = '\0';
		int err = __lwb_locale_refuse(name);
		if (err)
			return err;
		n++;
		p += len;
		if (!*p)
			break;
	}
#ifdef LC_IDENTIFICATION
	return 0;
#else
	return n == LWB_LC_COUNT ? 0 : EINVAL;
#endif
}

/* Every category from the environment, as glibc: all are looked up before
 * any is set, so a failure leaves the locale as it was. glibc's own six
 * categories count too (LC_PAPER=zz_ZZ fails setlocale(LC_ALL, "") on
 * glibc), though musl has nothing to set for them. */
static char *from_environment(int category)
{
	if (category != LC_ALL) {
		const char *name = __lwb_locale_env(category);
		int err = __lwb_locale_refuse(name);
		if (err) {
			errno = err;
			return NULL;
		}
		return __real_setlocale(category, name);
	}
	const char *first = __lwb_locale_env(0);
	int same = 1;
	for (int i = 0; i < LWB_LC_GLIBC_COUNT; i++) {
		const char *name = __lwb_locale_env(i);
		int err = __lwb_locale_refuse(name);
		if (err) {
			errno = err;
			return NULL;
		}
		if (strcmp(name, first))
			same = 0;
	}
	if (same)
		return __real_setlocale(LC_ALL, first);
	for (int i = 0; i < LWB_LC_COUNT; i++)
		if (!__real_setlocale(i, __lwb_locale_env(i)))
			return NULL;
#ifdef LC_IDENTIFICATION
	/* glibc's further categories, numbered after LC_ALL. */
	for (int i = LWB_LC_COUNT; i < LWB_LC_GLIBC_COUNT; i++)
		if (!__real_setlocale(i + 1, __lwb_locale_env(i)))
			return NULL;
#endif
	return __real_setlocale(LC_ALL, NULL);
}

/* Reached through -Wl,--wrap=setlocale: names of locales that are not
 * installed fail with ENOENT as on glibc, names that cannot name one
 * with EINVAL, and the locale stays as it was. */
char *__wrap_setlocale(int category, const char *name)
{
	int err;

	if (!name || category < 0 || category > LC_ALL)
		return __real_setlocale(category, name);
	if (!*name)
		return from_environment(category);
	if (category == LC_ALL && strchr(name, ';'))
		err = refuse_list(name);
	else
		err = __lwb_locale_refuse(name);
	if (err) {
		errno = err;
		return NULL;
	}
	return __real_setlocale(category, name);
}
