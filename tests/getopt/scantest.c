#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <check.h>
#include "scantest.h"

char scan_err[4096];
static char trace[8192];
static char *argv_copy[64];
static int argc_copy;
static int saved_fd = -1;
static FILE *capture;

void capture_start(void)
{
	fflush(stderr);
	capture = tmpfile();
	ck_assert_ptr_nonnull(capture);
	saved_fd = dup(2);
	ck_assert_int_ge(saved_fd, 0);
	ck_assert_int_eq(dup2(fileno(capture), 2), 2);
}

void capture_stop(void)
{
	size_t n;

	fflush(stderr);
	dup2(saved_fd, 2);
	close(saved_fd);
	rewind(capture);
	n = fread(scan_err, 1, sizeof scan_err - 1, capture);
	scan_err[n] = 0;
	fclose(capture);
}

__attribute__((__format__(__printf__, 1, 2)))
static void put(const char *fmt, ...)
{
	size_t len = strlen(trace);
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(trace + len, sizeof trace - len, fmt, ap);
	va_end(ap);
}

static void put_char_or_number(int v)
{
	if (v > ' ' && v < 127 && v != '-' && (v < '0' || v > '9'))
		put("%c", v);
	else
		put("%d", v);
}

static const char *run(int fn, const char *optstring, const struct option *longopts)
{
	int calls;

	capture_start();
	for (calls = 0; calls < 100; calls++) {
		int li = -1, r;

		if (fn == SCAN_GETOPT)
			r = getopt(argc_copy, argv_copy, optstring);
		else if (fn == SCAN_LONG)
			r = getopt_long(argc_copy, argv_copy, optstring, longopts, &li);
		else
			r = getopt_long_only(argc_copy, argv_copy, optstring, longopts, &li);
		if (trace[0])
			put(" ");
		put_char_or_number(r);
		if (optarg)
			put("=%s", optarg);
		if (r == '?' || r == ':') {
			put("!");
			put_char_or_number(optopt);
		}
		if (li != -1)
			put("#%d", li);
		put("@%d", optind);
		if (r == -1)
			break;
	}
	capture_stop();
	put(" |");
	for (int i = 1; i < argc_copy; i++)
		put(" %s", argv_copy[i]);
	return trace;
}

const char *scan_prog(int fn, const char *prog, const char *optstring,
	const struct option *longopts, const char *const *args)
{
	argc_copy = 0;
	argv_copy[argc_copy++] = (char *)prog;
	while (*args && argc_copy < 63)
		argv_copy[argc_copy++] = (char *)*args++;
	argv_copy[argc_copy] = 0;
	trace[0] = 0;
	optind = 0;
	return run(fn, optstring, longopts);
}

const char *scan(int fn, const char *optstring, const struct option *longopts,
	const char *const *args)
{
	return scan_prog(fn, "prog", optstring, longopts, args);
}

const char *scan_more(int fn, const char *optstring, const struct option *longopts)
{
	trace[0] = 0;
	return run(fn, optstring, longopts);
}
