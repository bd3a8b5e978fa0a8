/*
 * Differential fuzzing of the locale module's verdict on a locale name
 * against glibc's.
 *
 * Built in the sanitizer configuration only (the build machine's glibc).
 * Each input is a name (up to its first NUL); the module's verdict
 * (installed, ENOENT or EINVAL, as its newlocale gives it) is compared
 * with glibc's newlocale(LC_ALL_MASK, name), and glibc's
 * setlocale(LC_NUMERIC, name) with both. With
 * MUSL_LOCPATH unset the module's installed locales are C, POSIX and the
 * C locale in UTF-8; glibc's, on a Debian machine, C, POSIX and C.utf8,
 * and whatever else was installed: a name glibc takes whose locale is not
 * the C locale is left out.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int __lwb_locale_refuse(const char *name);
locale_t __real_newlocale(int, const char *, locale_t);
char *__real_setlocale(int, const char *);

/* glibc leaves errno alone when it fails a name it failed before. */
#define UNTOUCHED 12345

static int glibc_verdict(const char *name)
{
	errno = UNTOUCHED;
	locale_t loc = __real_newlocale(LC_ALL_MASK, name, (locale_t)0);
	if (loc) {
		freelocale(loc);
		return 0;
	}
	return errno;
}

static int c_locale(const char *name)
{
	return !strcmp(name, "POSIX") || (name[0] == 'C' && (!name[1] || name[1] == '.'));
}


int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char name[256];

	if (size >= sizeof name)
		size = sizeof name - 1;
	memcpy(name, data, size);
	name[size] = '\0';
	if (!name[0])
		return 0;
	unsetenv("MUSL_LOCPATH");

	/* newlocale refuses a list of names, one per category (glibc's own
	 * form, which musl's newlocale does not read), with EINVAL. */
	int ours = strchr(name, ';') ? EINVAL : __lwb_locale_refuse(name);
	int theirs = glibc_verdict(name);
	if (theirs == UNTOUCHED)
		theirs = ours ? ours : ENOENT;
	/* A name glibc takes beyond the C locale: another installed one, or
	 * an absolute name, which glibc looks up inside its locale folder
	 * ("/C.utf8" is C.utf8) and the module refuses (documented). */
	if (!theirs && (!c_locale(name) || name[0] == '/'))
		return 0;
	if (ours != theirs) {
		fprintf(stderr, "name \"%s\": libwildebeest %s, glibc %s\n", name,
			ours ? strerror(ours) : "installed", theirs ? strerror(theirs) : "installed");
		abort();
	}
	/* setlocale agrees with newlocale on glibc, for one name. */
	if (!strchr(name, ';')) {
		errno = UNTOUCHED;
		char *r = __real_setlocale(LC_NUMERIC, name);
		if (!r != !!ours) {
			fprintf(stderr, "name \"%s\": glibc setlocale %s, newlocale %s\n", name,
				r ? "set" : "failed", ours ? "failed" : "set");
			abort();
		}
		__real_setlocale(LC_ALL, "C");
	}
	return 0;
}
