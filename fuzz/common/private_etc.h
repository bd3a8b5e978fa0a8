/* For the differential targets that read files under /etc: a private
 * /etc for the fuzzing process, so glibc's files backend and ours read the
 * same input. */
#ifndef LWBFZ_PRIVATE_ETC_H
#define LWBFZ_PRIVATE_ETC_H

#include <stddef.h>

/* In a mount namespace of this process's own, a tmpfs over /etc holding
 * only nsswitch.conf with the text nss. Returns 0, or -1 with errno (not
 * root: no namespace). */
int lwbfz_private_etc(const char *nss);

/* Writes path whole. Returns 0, or -1 with errno. */
int lwbfz_put_file(const char *path, const void *data, size_t size);

#endif
