/*
 * Deliberate deviations from glibc 2.36 in the error module. musl only:
 * each case says what glibc does instead.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <error.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"
#include "capture.h"

/* glibc 2.36 does not keep a message whole: a thread's first message can
 * land in the middle of another thread's line ("p: thread 0 message 30p:
 * thread 1 message 0: Invalid argument", about one run in three here).
 * libwildebeest holds stderr's lock for the whole message. */
#define THREADS 4
#define MESSAGES 300

static void *shout(void *arg)
{
	long t = (long)arg;

	for (int i = 0; i < MESSAGES; i++)
		error(0, EINVAL, "thread %ld message %d", t, i);
	return NULL;
}

static void threads(void)
{
	pthread_t th[THREADS];

	program_invocation_name = "p";
	for (long t = 0; t < THREADS; t++)
		if (pthread_create(&th[t], NULL, shout, (void *)t))
			_exit(98);
	for (int t = 0; t < THREADS; t++)
		pthread_join(th[t], NULL);
	fprintf(stderr, "count %u\n", error_message_count);
}

START_TEST(threads_never_interleave)
{
	struct capture c;
	int seen[THREADS] = { 0 };
	char *line, *save = NULL;
	int lines = 0;

	capture_run(threads, 0, &c);
	ck_assert_int_eq(c.status, 0);
	for (line = strtok_r(c.err, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		long t;
		int i, n = -1;

		if (!strncmp(line, "count ", 6)) {
			ck_assert_int_eq(atoi(line + 6), THREADS * MESSAGES);
			continue;
		}
		ck_assert_msg(sscanf(line, "p: thread %ld message %d: Invalid argument%n", &t, &i, &n) == 2
			&& n == (int)strlen(line), "mixed line: %s", line);
		ck_assert(t >= 0 && t < THREADS);
		ck_assert_int_eq(i, seen[t]);
		seen[t]++;
		lines++;
	}
	ck_assert_int_eq(lines, THREADS * MESSAGES);
	capture_free(&c);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("error deviations");
	TCase *tc = tcase_create("deviations");

	tcase_add_test(tc, threads_never_interleave);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
