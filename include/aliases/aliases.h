/*
 * libwildebeest: <aliases.h>, which musl does not have.
 *
 * The mail aliases database, /etc/aliases, with glibc's struct aliasent
 * and its six functions, the _r ones with glibc's buffer protocol (ERANGE
 * when the caller's buffer is too small; retry with a larger one).
 * libwildebeest reads the file only: nsswitch.conf is not consulted. On
 * glibc this header passes glibc's own through.
 */
#ifndef __LWB_ALIASES_ALIASES_H
#define __LWB_ALIASES_ALIASES_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include <features.h>

#ifdef __GLIBC__
#include_next <aliases.h>
#else

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct aliasent {
	char *alias_name;
	size_t alias_members_len;
	char **alias_members;
	int alias_local;
};

void setaliasent(void);
void endaliasent(void);
struct aliasent *getaliasent(void);
int getaliasent_r(struct aliasent *, char *, size_t, struct aliasent **);
struct aliasent *getaliasbyname(const char *);
int getaliasbyname_r(const char *, struct aliasent *, char *, size_t, struct aliasent **);

#ifdef __cplusplus
}
#endif

#endif
#endif
