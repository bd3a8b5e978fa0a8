/* Writes on a stream opened only for reading fail with EBADF, as on
 * glibc. Internal to the stdio module. */
#ifndef LWB_STDIO_IMPL_H
#define LWB_STDIO_IMPL_H

#include <stdio.h>
#include <wchar.h>
#include "../lwb.h"

/* Called after a write to f failed: sets errno to EBADF when f cannot be
 * written at all (musl leaves errno alone there) and returns EOF. */
LWB_HIDDEN int __lwb_write_failed(FILE *f);

/* fwrite_unlocked(p, 1, len, f), with data that bypasses the buffer sent
 * in one write(2) as glibc does (see write_direct.c). */
LWB_HIDDEN size_t __lwb_stdio_write(const void *p, size_t len, FILE *f);

int __real_fputs(const char *, FILE *);
int __real_fputs_unlocked(const char *, FILE *);
int __real_puts(const char *);
int __real_fputc(int, FILE *);
int __real_fputc_unlocked(int, FILE *);
int __real_putc(int, FILE *);
int __real_putc_unlocked(int, FILE *);
int __real_putchar(int);
int __real_putchar_unlocked(int);
size_t __real_fwrite(const void *, size_t, size_t, FILE *);
size_t __real_fwrite_unlocked(const void *, size_t, size_t, FILE *);
int __real_putw(int, FILE *);
wint_t __real_fputwc(wchar_t, FILE *);
wint_t __real_fputwc_unlocked(wchar_t, FILE *);
wint_t __real_putwc(wchar_t, FILE *);
wint_t __real_putwc_unlocked(wchar_t, FILE *);
wint_t __real_putwchar(wchar_t);
wint_t __real_putwchar_unlocked(wchar_t);
int __real_fputws(const wchar_t *, FILE *);
int __real_fputws_unlocked(const wchar_t *, FILE *);

int __wrap_fputs(const char *, FILE *);
int __wrap_fputs_unlocked(const char *, FILE *);
int __wrap_puts(const char *);
int __wrap_fputc(int, FILE *);
int __wrap_fputc_unlocked(int, FILE *);
int __wrap_putc(int, FILE *);
int __wrap_putc_unlocked(int, FILE *);
int __wrap_putchar(int);
int __wrap_putchar_unlocked(int);
size_t __wrap_fwrite(const void *, size_t, size_t, FILE *);
size_t __wrap_fwrite_unlocked(const void *, size_t, size_t, FILE *);
int __wrap_putw(int, FILE *);
wint_t __wrap_fputwc(wchar_t, FILE *);
wint_t __wrap_fputwc_unlocked(wchar_t, FILE *);
wint_t __wrap_putwc(wchar_t, FILE *);
wint_t __wrap_putwc_unlocked(wchar_t, FILE *);
wint_t __wrap_putwchar(wchar_t);
wint_t __wrap_putwchar_unlocked(wchar_t);
int __wrap_fputws(const wchar_t *, FILE *);
int __wrap_fputws_unlocked(const wchar_t *, FILE *);

#endif
