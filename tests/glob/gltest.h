/* Helpers for the Check suites of tests/glob. */
#ifndef GLTEST_H
#define GLTEST_H

#include <glob.h>

/* ASan's interceptor of glibc's glob reads gl_pathv[0] to
 * gl_pathv[gl_pathc - 1] after each call, GLOB_DOOFFS's null slots
 * included, and crashes on them (a sanitizer bug). It sits only between
 * the oracle and glibc in the sanitizer configuration: built with
 * libwildebeest's masks, calls go to the wrapped glob and never meet it.
 * There, and only there, tests leave out gl_offs above 0. */
#if defined(__SANITIZE_ADDRESS__)
#define GLT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GLT_ASAN 1
#endif
#endif
#if defined(GLT_ASAN) && !defined(__LWB_GLOB_GLOB_H)
#define GLT_OFFS_INTERCEPTED 1
#endif

/* A fresh fixture tree in a temporary directory, made the working
 * directory; returns its path (freed by glt_done):
 *   a/ (x y .h)  ab  ac  b/ (x)  c/  d/ (e/ (x))  dd/ (x)  f  ff
 *   .hid  .hd/ (x)  la -> a  lf -> ab  dang -> nowhere
 *   x{y  x}y  x,y  {}  [a]  a*b  a\b */
char *glt_fixture(void);
void glt_done(char *top);

/* The results from gl_offs on must be exactly want (null-terminated), in
 * order; glt_expect_set ignores the order (for GLOB_NOSORT). */
void glt_expect(const glob_t *g, const char *const *want);
void glt_expect_set(const glob_t *g, const char *const *want);

/* glob with flags and no error callback; fails the test unless it
 * returns expect. */
void glt_glob(const char *pattern, int flags, glob_t *g, int expect);

#endif
