/* Every case runs through each member of the printf family: the output
 * bytes, the return value and errno must be what glibc gives. */
#ifndef PF_H
#define PF_H

#include <stdarg.h>
#include <stdio.h>
#include <stddef.h>

/* Called through pointers, so the compiler neither checks the GNU formats
 * nor turns a call into puts or strcpy: the library must see every call. */
extern int (*volatile pf_printf)(const char *, ...);
extern int (*volatile pf_fprintf)(FILE *, const char *, ...);
extern int (*volatile pf_sprintf)(char *, const char *, ...);
extern int (*volatile pf_snprintf)(char *, size_t, const char *, ...);
extern int (*volatile pf_dprintf)(int, const char *, ...);
extern int (*volatile pf_asprintf)(char **, const char *, ...);
extern int (*volatile pf_vfprintf)(FILE *, const char *, va_list);

/* Set up before a family member runs; read back after. */
struct pf_run {
	const char *where;
	const char *fmt;
	const char *want;
	size_t want_len;
	int want_ret;
	int want_errno;
	FILE *f;
	int fd;
	int saved_stdout;
};

void pf_begin(struct pf_run *, const char *where, const char *fmt, const char *want, size_t want_len, int want_ret);
void pf_check_buf(struct pf_run *, const char *name, int ret, const char *buf);
void pf_check_file(struct pf_run *, const char *name, int ret);
void pf_to_stdout(struct pf_run *);
void pf_check_v(struct pf_run *, ...);

/* Built with AddressSanitizer (gcc says so one way, clang another). */
#if defined(__SANITIZE_ADDRESS__)
#define PF_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PF_ASAN 1
#endif
#endif

#define PF_STR2(x) #x
#define PF_STR(x) PF_STR2(x)

/* EXPECT("output", fmt, args...): every function prints exactly "output"
 * (NUL bytes included) and returns its length; errno stays as it was. At
 * least one argument: pass 0 to a format that takes none. */
#define EXPECT_RET(want, ret, ...) do { \
	struct pf_run pf_r; \
	char pf_buf[1024], *pf_s = NULL; \
	int pf_n; \
	pf_begin(&pf_r, __FILE__ ":" PF_STR(__LINE__), PF_FIRST(__VA_ARGS__, 0), want, sizeof(want) - 1, ret); \
	pf_n = pf_snprintf(pf_buf, sizeof pf_buf, __VA_ARGS__); \
	pf_check_buf(&pf_r, "snprintf", pf_n, pf_buf); \
	pf_n = pf_sprintf(pf_buf, __VA_ARGS__); \
	pf_check_buf(&pf_r, "sprintf", pf_n, pf_buf); \
	pf_n = pf_asprintf(&pf_s, __VA_ARGS__); \
	pf_check_buf(&pf_r, "asprintf", pf_n, pf_s); \
	if (pf_n >= 0) \
		free(pf_s); \
	pf_n = pf_fprintf(pf_r.f, __VA_ARGS__); \
	pf_check_file(&pf_r, "fprintf", pf_n); \
	pf_n = pf_dprintf(pf_r.fd, __VA_ARGS__); \
	pf_check_file(&pf_r, "dprintf", pf_n); \
	pf_to_stdout(&pf_r); \
	pf_n = pf_printf(__VA_ARGS__); \
	pf_check_file(&pf_r, "printf", pf_n); \
	pf_check_v(&pf_r, PF_REST(__VA_ARGS__, 0)); \
} while (0)
#define EXPECT(want, ...) EXPECT_RET(want, (int)sizeof(want) - 1, __VA_ARGS__)
#define PF_FIRST(a, ...) a
#define PF_REST(a, ...) __VA_ARGS__

#endif
