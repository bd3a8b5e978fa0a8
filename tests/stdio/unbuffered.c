/*
 * Data that bypasses the buffer (all data on an unbuffered stream) reaches
 * the file in one write(2), as on glibc. musl 1.2.3 sends it as a writev
 * whose first iovec, the empty buffer, procfs takes as an empty write and
 * refuses: systemd's set_oom_score_adjust (an unbuffered fputs to
 * /proc/self/oom_score_adj) failed with EINVAL. The file is the
 * observable: it accepts the value only when it comes in one piece.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>
#include "lwbtest.h"

#define OOM "/proc/self/oom_score_adj"

static int oom_now(void)
{
	FILE *f = fopen(OOM, "r");
	int v;

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(fscanf(f, "%d", &v), 1);
	fclose(f);
	return v;
}

/* As systemd's write_string_file with WRITE_STRING_FILE_DISABLE_BUFFER. */
static FILE *oom_stream(void)
{
	int fd = open(OOM, O_WRONLY | O_CLOEXEC | O_NOCTTY);
	FILE *f;

	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "w");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(setvbuf(f, NULL, _IONBF, 0), 0);
	return f;
}

START_TEST(unbuffered_fputs_to_procfs)
{
	char value[32];
	int now = oom_now(), raised = now < 1000 ? now + 1 : now;
	FILE *f;

	/* Raising the value needs no privilege. */
	snprintf(value, sizeof value, "%d\n", raised);
	f = oom_stream();
	errno = 0;
	ck_assert_int_ge(fputs(value, f), 0);
	ck_assert_int_eq(fflush(f), 0);
	ck_assert_int_eq(ferror(f), 0);
	ck_assert_int_eq(errno, 0);
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_int_eq(oom_now(), raised);

	f = oom_stream();
	ck_assert_int_ge(fputs_unlocked(value, f), 0);
	ck_assert_int_eq(ferror(f), 0);
	ck_assert_int_eq(fclose(f), 0);
}
END_TEST

START_TEST(unbuffered_fwrite_to_procfs)
{
	int now = oom_now(), raised = now < 1000 ? now + 1 : now;
	char value[32];
	size_t len = (size_t)snprintf(value, sizeof value, "%d", raised);
	FILE *f;

	f = oom_stream();
	ck_assert_uint_eq(fwrite(value, 1, len, f), len);
	ck_assert_int_eq(ferror(f), 0);
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_int_eq(oom_now(), raised);

	f = oom_stream();
	ck_assert_uint_eq(fwrite_unlocked(value, len, 1, f), 1);
	ck_assert_int_eq(ferror(f), 0);
	ck_assert_int_eq(fclose(f), 0);
}
END_TEST

/* The file's own refusal still shows: EOF, its errno, the error indicator. */
START_TEST(procfs_refusal_is_reported)
{
	FILE *f = oom_stream();

	errno = 0;
	ck_assert_int_eq(fputs("5000\n", f), EOF);
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_int_ne(ferror(f), 0);
	fclose(f);

	f = oom_stream();
	errno = 0;
	ck_assert_uint_eq(fwrite("x", 1, 1, f), 0);
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_int_ne(ferror(f), 0);
	fclose(f);
}
END_TEST

/* Without CAP_SYS_RESOURCE the value cannot go below where it was: the
 * error is the kernel's EACCES, which systemd's test accepts as "not
 * privileged", not an EINVAL from elsewhere. */
START_TEST(unprivileged_lowering_is_eacces)
{
	FILE *f = oom_stream();

	/* The file is opened first: once the process is no longer root its
	 * /proc entries are not its own to open. */
	if (lwbt_drop_privileges() < 0) {
		fclose(f);
		return;
	}
	errno = 0;
	ck_assert_int_eq(fputs("-1000\n", f), EOF);
	ck_assert_int_eq(errno, EACCES);
	ck_assert_int_ne(ferror(f), 0);
	fclose(f);
}
END_TEST

static char *dir, *path;

static char *contents(size_t *len)
{
	FILE *f = fopen(path, "r");
	char *buf = malloc(1 << 16);

	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(buf);
	*len = fread(buf, 1, 1 << 16, f);
	fclose(f);
	return buf;
}

/* Unbuffered and large writes mixed with buffered ones keep their order
 * and the stream's position. */
START_TEST(order_and_position)
{
	char big[3000], *got;
	size_t len;
	FILE *f;

	memset(big, 'b', sizeof big);
	dir = lwbt_tmpdir();
	path = lwbt_path(dir, "out");

	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_ge(fputs("head", f), 0);		/* pending */
	ck_assert_uint_eq(fwrite(big, 1, sizeof big, f), sizeof big);
	ck_assert_int_eq(fputc('c', f), 'c');
	ck_assert_uint_eq(fwrite(big, 1, sizeof big, f), sizeof big);
	ck_assert_int_eq(ftell(f), 4 + 2 * (long)sizeof big + 1);
	ck_assert_int_eq(fclose(f), 0);
	got = contents(&len);
	ck_assert_uint_eq(len, 4 + 2 * sizeof big + 1);
	ck_assert_int_eq(memcmp(got, "head", 4), 0);
	ck_assert_int_eq(memcmp(got + 4, big, sizeof big), 0);
	ck_assert_int_eq(got[4 + sizeof big], 'c');
	ck_assert_int_eq(memcmp(got + 5 + sizeof big, big, sizeof big), 0);
	free(got);

	f = fopen(path, "a");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(setvbuf(f, NULL, _IONBF, 0), 0);
	ck_assert_int_ge(fputs("one", f), 0);
	ck_assert_int_eq(fputc('-', f), '-');
	ck_assert_uint_eq(fwrite("two", 1, 3, f), 3);
	ck_assert_int_eq(fwide(f, 0), -1);
	ck_assert_int_eq(ftell(f), 4 + 2 * (long)sizeof big + 1 + 7);
	ck_assert_int_eq(fclose(f), 0);
	got = contents(&len);
	ck_assert_uint_eq(len, 4 + 2 * sizeof big + 1 + 7);
	ck_assert_int_eq(memcmp(got + len - 7, "one-two", 7), 0);
	free(got);

	lwbt_rmtree(dir);
	free(path);
	free(dir);
}
END_TEST

/* A stream opened for reading on a descriptor that could write still
 * refuses, and one with no descriptor takes large writes as before. */
START_TEST(not_a_writable_descriptor)
{
	char big[3000], *buf = NULL;
	size_t size = 0;
	FILE *f;
	int fd;

	memset(big, 'b', sizeof big);
	dir = lwbt_tmpdir();
	path = lwbt_path(dir, "out");
	fd = open(path, O_RDWR | O_CREAT, 0600);
	ck_assert_int_ge(fd, 0);
	f = fdopen(fd, "r");
	ck_assert_ptr_nonnull(f);
	errno = 0;
	ck_assert_uint_eq(fwrite(big, 1, sizeof big, f), 0);
	ck_assert_int_eq(errno, EBADF);
	ck_assert_int_ne(ferror(f), 0);
	fclose(f);
	lwbt_rmtree(dir);
	free(path);
	free(dir);

	/* (Unbuffered, glibc 2.36's memory stream crashes in fwrite.) */
	f = open_memstream(&buf, &size);
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(big, 1, sizeof big, f), sizeof big);
	ck_assert_int_ge(fputs("end", f), 0);
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_uint_eq(size, sizeof big + 3);
	ck_assert_int_eq(memcmp(buf, big, sizeof big), 0);
	ck_assert_int_eq(memcmp(buf + sizeof big, "end", 3), 0);
	free(buf);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("stdio unbuffered");
	TCase *tc = tcase_create("unbuffered");

	tcase_add_test(tc, unbuffered_fputs_to_procfs);
	tcase_add_test(tc, unbuffered_fwrite_to_procfs);
	tcase_add_test(tc, procfs_refusal_is_reported);
	tcase_add_test(tc, unprivileged_lowering_is_eacces);
	tcase_add_test(tc, order_and_position);
	tcase_add_test(tc, not_a_writable_descriptor);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
