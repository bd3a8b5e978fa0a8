/* glibc fails every printf-family write to a stream not open for writing:
 * -1, errno EBADF, the stream's error flag set, whatever the format (musl
 * fails too but leaves errno as it was). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "lwbtest.h"
#include "pf.h"

static int vf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = pf_vfprintf(f, fmt, ap);
	va_end(ap);
	return n;
}

static const char *const formats[] = { "plain", "", "%d", "%p", "%Zd", "%.2s" };

START_TEST(read_only_stream)
{
	char path[] = "/tmp/lwbt-ebadf-XXXXXX";
	int fd = mkstemp(path);
	FILE *f;

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, "data", 4), 4);
	close(fd);
	f = fopen(path, "r");
	unlink(path);
	ck_assert(f);
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
		for (int v = 0; v < 2; v++) {
			int n;

			clearerr(f);
			errno = 0;
			n = v ? vf(f, formats[i], NULL, NULL) : pf_fprintf(f, formats[i], NULL, NULL);
			ck_assert_msg(n == -1 && errno == EBADF && ferror(f),
				"%sfprintf(\"%s\"): %d, errno %d, error flag %d",
				v ? "v" : "", formats[i], n, errno, ferror(f));
		}
	}
	/* the stream still reads */
	clearerr(f);
	ck_assert_int_eq(fgetc(f), 'd');
	fclose(f);
}
END_TEST

START_TEST(stdout_read_only)
{
	int fd = open("/dev/null", O_RDONLY);

	ck_assert_int_ge(fd, 0);
	ck_assert(freopen("/dev/null", "r", stdout));
	errno = 0;
	ck_assert_int_eq(pf_printf("%d %p", 1, NULL), -1);
	ck_assert_int_eq(errno, EBADF);
	ck_assert(ferror(stdout));
	close(fd);
}
END_TEST

START_TEST(bad_descriptor)
{
	/* glibc 2.36's dprintf leaks its buffer when the write fails, which
	 * LeakSanitizer reports: not in the sanitizer build, where glibc's
	 * dprintf runs */
#ifndef PF_ASAN
	errno = 0;
	ck_assert_int_eq(pf_dprintf(-1, "%d", 1), -1);
	ck_assert_int_eq(errno, EBADF);
	errno = 0;
	ck_assert_int_eq(pf_dprintf(-1, "%p", NULL), -1);
	ck_assert_int_eq(errno, EBADF);
#endif
}
END_TEST

START_TEST(full_device)
{
	FILE *f = fopen("/dev/full", "w");

	ck_assert(f);
	setvbuf(f, NULL, _IONBF, 0);
	errno = 0;
	ck_assert_int_eq(pf_fprintf(f, "x%p", NULL), -1);
	ck_assert_int_eq(errno, ENOSPC);
	ck_assert(ferror(f));
	clearerr(f);
	errno = 0;
	ck_assert_int_eq(pf_fprintf(f, "x%d", 1), -1);
	ck_assert_int_eq(errno, ENOSPC);
	fclose(f);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("runtime-printf ebadf");
	TCase *tc = tcase_create("ebadf");

	tcase_add_test(tc, read_only_stream);
	tcase_add_test(tc, stdout_read_only);
	tcase_add_test(tc, bad_descriptor);
	tcase_add_test(tc, full_device);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
