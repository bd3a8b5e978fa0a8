/* crypt and crypt_r against libxcrypt's own answers (vectors.h), the
 * layout of struct crypt_data, failure tokens and errno, and reentrancy:
 * the same rows on glibc with libxcrypt and on musl with libwildebeest. */
#define _GNU_SOURCE
#include <crypt.h>
#include <errno.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"

static const struct {
	const char *phrase, *setting, *result;
	int err;
} vectors[] = {
#include "vectors.h"
};

/* A null pointer the compiler cannot see. */
static const char *volatile null;

/* Built with AddressSanitizer (the sanitizer configuration). */
#if defined(__SANITIZE_ADDRESS__)
#define CRYPT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CRYPT_ASAN 1
#endif
#endif
#ifndef CRYPT_ASAN
#define CRYPT_ASAN 0
#endif

START_TEST(layout)
{
	ck_assert_int_eq(CRYPT_OUTPUT_SIZE, 384);
	ck_assert_int_eq(CRYPT_MAX_PASSPHRASE_SIZE, 512);
	ck_assert_int_eq(CRYPT_DATA_RESERVED_SIZE, 767);
	ck_assert_int_eq(CRYPT_DATA_INTERNAL_SIZE, 30720);
	ck_assert_uint_eq(sizeof(struct crypt_data), 32768);
	ck_assert_uint_eq(offsetof(struct crypt_data, output), 0);
	ck_assert_uint_eq(offsetof(struct crypt_data, setting), 384);
	ck_assert_uint_eq(offsetof(struct crypt_data, input), 768);
	ck_assert_uint_eq(offsetof(struct crypt_data, reserved), 1280);
	ck_assert_uint_eq(offsetof(struct crypt_data, initialized), 2047);
	ck_assert_uint_eq(offsetof(struct crypt_data, internal), 2048);
}
END_TEST

START_TEST(every_vector)
{
	struct crypt_data *data = calloc(1, sizeof *data);
	size_t n = sizeof vectors / sizeof *vectors;

	ck_assert_ptr_nonnull(data);
	for (size_t i = 0; i < n; i++) {
		char *r;

		errno = 0;
		r = crypt_r(vectors[i].phrase, vectors[i].setting, data);
		ck_assert_ptr_eq(r, data->output);
		ck_assert_msg(!strcmp(r, vectors[i].result), "crypt_r(\"%s\", \"%s\") = \"%s\", expected \"%s\"",
			vectors[i].phrase, vectors[i].setting, r, vectors[i].result);
		ck_assert_msg(errno == vectors[i].err, "crypt_r(\"%s\", \"%s\"): errno %d, expected %d",
			vectors[i].phrase, vectors[i].setting, errno, vectors[i].err);
		/* A hash given back as the setting reproduces itself. */
		if (!vectors[i].err) {
			char *copy = strdup(r);

			ck_assert_ptr_nonnull(copy);
			ck_assert_str_eq(crypt_r(vectors[i].phrase, copy, data), copy);
			free(copy);
		}
	}
	ck_assert_uint_gt(n, 180);
	free(data);
}
END_TEST

START_TEST(crypt_is_crypt_r)
{
	struct crypt_data *data = calloc(1, sizeof *data);
	char *r;

	ck_assert_ptr_nonnull(data);
	for (size_t i = 0; i < sizeof vectors / sizeof *vectors; i += 7) {
		errno = 0;
		r = crypt(vectors[i].phrase, vectors[i].setting);
		ck_assert_ptr_nonnull(r);
		ck_assert_str_eq(r, vectors[i].result);
		ck_assert_int_eq(errno, vectors[i].err);
		ck_assert_str_eq(r, crypt_r(vectors[i].phrase, vectors[i].setting, data));
	}
	free(data);
}
END_TEST

START_TEST(missing_arguments_and_long_phrases)
{
	struct crypt_data *data = calloc(1, sizeof *data);
	char *phrase = malloc(CRYPT_MAX_PASSPHRASE_SIZE + 1);
	char *setting = malloc(1000);

	ck_assert(data && phrase && setting);
	/* ASan's crypt_r interceptor measures its arguments before passing
	 * them on, so glibc's side cannot be asked about null ones there. */
	if (!(LWBT_GLIBC && CRYPT_ASAN)) {
		errno = 0;
		ck_assert_str_eq(crypt_r(null, "$6$x", data), "*0");
		ck_assert_int_eq(errno, EINVAL);
		errno = 0;
		ck_assert_str_eq(crypt_r("x", null, data), "*0");
		ck_assert_int_eq(errno, EINVAL);
	}
	/* CRYPT_MAX_PASSPHRASE_SIZE counts the terminator: 511 bytes hash,
	 * 512 are ERANGE, for every method, checked before the setting. */
	memset(phrase, 'p', CRYPT_MAX_PASSPHRASE_SIZE - 1);
	phrase[CRYPT_MAX_PASSPHRASE_SIZE - 1] = 0;
	ck_assert_str_eq(crypt_r(phrase, "$1$x", data), "$1$x$2sSaRu9MRMCHqDxPlFg36/");
	phrase[CRYPT_MAX_PASSPHRASE_SIZE - 1] = 'p';
	phrase[CRYPT_MAX_PASSPHRASE_SIZE] = 0;
	errno = 0;
	ck_assert_str_eq(crypt_r(phrase, "$6$x", data), "*0");
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert_str_eq(crypt_r(phrase, "ab", data), "*0");
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert_str_eq(crypt_r(phrase, ":", data), "*0");
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert_str_eq(crypt_r(phrase, "*0", data), "*1");
	ck_assert_int_eq(errno, ERANGE);
	/* A long setting: the salt is cut at 16 characters. */
	memcpy(setting, "$6$", 3);
	memset(setting + 3, 's', 996);
	setting[999] = 0;
	ck_assert_str_eq(crypt_r("pw", setting, data),
		"$6$ssssssssssssssss$JLl6S53bD2chmsXXyUC0PLapcOK0LWczG6Xpp4Txtw5jBU6mn44ncXkch3NqIm9LgKhGGpt5rqqlPKB.osnq5/");
	/* bigcrypt stops at 16 pieces of 8 characters. */
	ck_assert_uint_eq(strlen(crypt_r(phrase + 100, "abcdefghijklmno", data)), 2 + 16 * 11);
	free(data);
	free(phrase);
	free(setting);
}
END_TEST

/* Failure leaves the token, its terminator and nothing else. */
START_TEST(failure_writes_only_the_token)
{
	struct crypt_data *data = calloc(1, sizeof *data);

	ck_assert_ptr_nonnull(data);
	memset(data->output, 'k', sizeof data->output);
	ck_assert_str_eq(crypt_r("pw", "!", data), "*0");
	ck_assert_int_eq(data->output[3], 'k');
	free(data);
}
END_TEST

struct job {
	const char *phrase, *setting, *expect;
	int ok;
};

static void *hash_many(void *arg)
{
	struct job *job = arg;
	struct crypt_data *data = calloc(1, sizeof *data);

	job->ok = data != NULL;
	for (int i = 0; i < 20 && job->ok; i++)
		job->ok = !strcmp(crypt_r(job->phrase, job->setting, data), job->expect);
	free(data);
	return NULL;
}

/* Each caller's crypt_data is all it uses: threads do not disturb each
 * other. */
START_TEST(reentrant)
{
	static const char *methods[4] = { "$6$", "$1$", "$2b$", "_" };
	struct job jobs[4];
	pthread_t t[4];

	/* One method per thread: the first successful row of each. */
	for (int i = 0; i < 4; i++) {
		size_t v = 0;

		while (vectors[v].err || strncmp(vectors[v].setting, methods[i], strlen(methods[i])) ||
			!vectors[v].phrase[0])
			v++;
		jobs[i].phrase = vectors[v].phrase;
		jobs[i].setting = vectors[v].setting;
		jobs[i].expect = vectors[v].result;
		ck_assert(pthread_create(&t[i], NULL, hash_many, &jobs[i]) == 0);
	}
	for (int i = 0; i < 4; i++) {
		ck_assert(pthread_join(t[i], NULL) == 0);
		ck_assert_msg(jobs[i].ok, "thread %d: %s", i, jobs[i].setting);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("crypt");
	TCase *tc = tcase_create("crypt");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, layout);
	tcase_add_test(tc, every_vector);
	tcase_add_test(tc, crypt_is_crypt_r);
	tcase_add_test(tc, missing_arguments_and_long_phrases);
	tcase_add_test(tc, failure_writes_only_the_token);
	tcase_add_test(tc, reentrant);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
