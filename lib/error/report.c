/*
 * What glibc's error() writes, measured byte for byte: stdout is flushed
 * first, so the two streams keep their order when they share a file; the
 * message is written under stderr's lock (concurrent messages never mix)
 * and stderr is flushed after it, even when the program made it fully
 * buffered; "%m" in the format sees the caller's errno, and errno is the
 * caller's again on return. A non-zero status exits through exit(), so
 * atexit handlers and stdio flushing run. A wide-oriented stderr is
 * written in wide characters, as glibc does (byte output would be refused
 * there).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <error.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "report.h"

unsigned int error_message_count;
void (*error_print_progname)(void);

/* Formatted as bytes, then, on a wide-oriented stream, written with %s,
 * which converts the text by the locale. */
static void vsay(const char *format, va_list ap)
{
	char *text;

	if (fwide(stderr, 0) <= 0) {
		vfprintf(stderr, format, ap);
		return;
	}
	if (vasprintf(&text, format, ap) < 0)
		return;
	fwprintf(stderr, L"%s", text);
	free(text);
}

static void say(const char *format, ...)
{
	va_list ap;

	va_start(ap, format);
	vsay(format, ap);
	va_end(ap);
}

void __lwb_error_report(int status, int errnum, int at_line,
	const char *file, unsigned int line, const char *format, va_list ap)
{
	int saved_errno = errno;
	int cancel;

	/* glibc's error() is not a cancellation point. */
	pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &cancel);
	fflush(stdout);
	flockfile(stderr);
	if (error_print_progname)
		error_print_progname();
	else
		say(at_line ? "%s:" : "%s: ", program_invocation_name);
	/* glibc prints the line number as a signed int. */
	if (at_line)
		say(file ? "%s:%d: " : " ", file, (int)line);
	errno = saved_errno;
	vsay(format, ap);
	if (errnum)
		say(": %s", strerror(errnum));
	say("\n");
	fflush(stderr);
	error_message_count++;
	funlockfile(stderr);
	pthread_setcancelstate(cancel, NULL);
	if (status)
		exit(status);
	errno = saved_errno;
}
