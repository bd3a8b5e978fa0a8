/*
 * libwildebeest: <error.h>, which musl does not have.
 *
 * glibc's error reporting: error() and error_at_line() print the program
 * name, the message and strerror(errnum) to stderr, after flushing stdout,
 * and exit when status is non-zero. The counters and hooks are real globals
 * in libwildebeest-error, shared by every file of the program.
 */
#ifndef __LWB_ERROR_ERROR_H
#define __LWB_ERROR_ERROR_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define __LWB_ERROR_PRINTF(f, a) __attribute__((__format__(__printf__, f, a)))
#else
#define __LWB_ERROR_PRINTF(f, a)
#endif

void error(int, int, const char *, ...) __LWB_ERROR_PRINTF(3, 4);
void error_at_line(int, int, const char *, unsigned int, const char *, ...)
	__LWB_ERROR_PRINTF(5, 6);

/* Messages printed so far by both functions. */
extern unsigned int error_message_count;
/* When non-zero, error_at_line() prints one message per file and line:
 * a call naming the same file (compared as strings) and line as the last
 * message printed while this was set prints nothing. */
extern int error_one_per_line;
/* When set, called instead of printing "program:" before each message. */
extern void (*error_print_progname)(void);

#ifdef __cplusplus
}
#endif

#endif
