/* glibc's texts for errno values and signals, and the helpers that print
 * them. Internal to the string module. */
#ifndef LWB_STRING_TEXT_H
#define LWB_STRING_TEXT_H

#include <stdarg.h>
#include <stddef.h>
#include "../lwb.h"

struct __lwb_text {
	const char *name;	/* "ENOENT"; for signals the abbreviation, "HUP" */
	const char *desc;	/* "No such file or directory" */
};

/* Indexed by errno value and by signal number; entries glibc has no text
 * for are zero. */
LWB_HIDDEN extern const struct __lwb_text __lwb_errno_table[];
LWB_HIDDEN extern const size_t __lwb_errno_count;
LWB_HIDDEN extern const struct __lwb_text __lwb_signal_table[];
LWB_HIDDEN extern const size_t __lwb_signal_count;

LWB_HIDDEN const struct __lwb_text *__lwb_errno_entry(int e);
LWB_HIDDEN const struct __lwb_text *__lwb_signal_entry(int sig);

/* prefix followed by n in decimal, in buf (at least LWB_TEXT_BUF bytes;
 * prefix at most 19 characters). Faster than snprintf, which matters to
 * callers that print many unknown values. */
LWB_HIDDEN char *__lwb_unknown_text(char *buf, const char *prefix, int n);

/* The text strerror gives: the table's, or "Unknown error N" written to buf
 * (size at least LWB_TEXT_BUF). */
#define LWB_TEXT_BUF 32
LWB_HIDDEN const char *__lwb_strerror_text(int e, char *buf);

/* The text strsignal gives: the table's, "Real-time signal N" or "Unknown
 * signal N" written to buf. */
LWB_HIDDEN const char *__lwb_strsignal_text(int sig, char *buf);

/* The format with each %m replaced by the text for e (with '%' doubled),
 * in a buffer the caller frees, or NULL when there is no %m or no memory. */
LWB_HIDDEN char *__lwb_expand_percent_m(const char *fmt, int e);

/* "prog: [fmt: ]text\n" on stderr, as glibc's warn family writes it. */
LWB_HIDDEN void __lwb_vwarn(const char *fmt, va_list ap, int e);

/* The replacements the module's pkg-config file routes calls to, and the
 * GNU versions its headers bind. */
char *__wrap_strerror(int);
#ifdef __GLIBC__
char *__wrap_strerror_r(int, char *, size_t);
#else
int __wrap_strerror_r(int, char *, size_t);
#endif
char *__lwb_gnu_strerror_r(int, char *, size_t);
char *__lwb_gnu_basename(const char *);
char *__wrap_strsignal(int);
void __wrap_perror(const char *);
void __wrap_psignal(int, const char *);
void __wrap_vwarn(const char *, va_list);
void __wrap_warn(const char *, ...);
_Noreturn void __wrap_verr(int, const char *, va_list);
_Noreturn void __wrap_err(int, const char *, ...);
void __wrap_vsyslog(int, const char *, va_list);
void __wrap_syslog(int, const char *, ...);

#endif
