#define _GNU_SOURCE
#include <stdlib.h>
#include "locale_impl.h"

static const char *const variables[LWB_LC_GLIBC_COUNT] = {
	"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
	"LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION",
};

static const char *set(const char *name)
{
	const char *value = getenv(name);
	return value && *value ? value : NULL;
}

/* The name setlocale(category, "") takes, as glibc and POSIX read the
 * environment: LC_ALL, the category's own variable, LANG, each when set
 * and not empty; else "C" (musl's default is C.UTF-8). */
const char *__lwb_locale_env(int category)
{
	const char *name = set("LC_ALL");

	if (!name)
		name = set(variables[category]);
	if (!name)
		name = set("LANG");
	return name ? name : "C";
}
