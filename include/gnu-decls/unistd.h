/*
 * libwildebeest: <unistd.h> with glibc's TEMP_FAILURE_RETRY, on top of
 * musl's.
 *
 * TEMP_FAILURE_RETRY(expression) evaluates expression again for as long as
 * it yields -1 with errno EINTR, and gives its last value as a long int
 * (so an unsigned -1 is not retried, as on glibc). Like glibc's, it is a
 * GNU statement expression, and the caller includes <errno.h>.
 */
#ifndef __LWB_GNU_DECLS_UNISTD_H
#define __LWB_GNU_DECLS_UNISTD_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <unistd.h>

#if defined(_GNU_SOURCE) && !defined(__GLIBC__) && !defined(TEMP_FAILURE_RETRY)
#define TEMP_FAILURE_RETRY(expression) (__extension__ ({ \
	long int __lwb_result; \
	do \
		__lwb_result = (long int)(expression); \
	while (__lwb_result == -1L && errno == EINTR); \
	__lwb_result; \
}))
#endif

#endif
