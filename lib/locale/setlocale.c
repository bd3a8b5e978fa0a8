#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "locale_impl.h"

char *__real_setlocale(int, const char *);

/* A list of names as musl's setlocale(LC_ALL, NULL) gives it for mixed
 * categories: six names, one a category, joined by ';'. */
static int refuse_list(const char *list)
{
	char name[256];
	int n = 0;

	for (const char *p = list;; p++) {
		size_t len = strcspn(p, ";");
		if (!len || len >= sizeof name || ++n > LWB_LC_COUNT)
			return EINVAL;
		memcpy(name, p, len);
		name[len] = '\0';
		int err = __lwb_locale_refuse(name);
		if (err)
			return err;
		p += len;
		if (!*p)
			break;
	}
	return n == LWB_LC_COUNT ? 0 : EINVAL;
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
	for (int i = 0; i < LWB_LC_GLIBC_COUNT; i++) {
		int err = __lwb_locale_refuse(__lwb_locale_env(i));
		if (err) {
			errno = err;
			return NULL;
		}
	}
	for (int i = 0; i < LWB_LC_COUNT; i++)
		if (!__real_setlocale(i, __lwb_locale_env(i)))
			return NULL;
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
