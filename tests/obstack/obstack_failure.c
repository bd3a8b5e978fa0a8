/* Allocation failure: the handler, its default, and what it leaves. */
#define _GNU_SOURCE
#include <obstack.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"
#include "recorder.h"

#define obstack_chunk_alloc rec_alloc
#define obstack_chunk_free rec_free

static jmp_buf jump;
static int handled;

static void jump_back(void)
{
	handled++;
	longjmp(jump, 1);
}

/* Runs f in a child with stderr in a pipe; returns the exit status and
 * what was written. */
static int in_child(void (*f)(void), char *err, size_t size)
{
	int fds[2], status;
	ssize_t n;
	pid_t pid;

	ck_assert(pipe(fds) == 0);
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	ck_assert(pid >= 0);
	if (pid == 0) {
		dup2(fds[1], 2);
		f();
		_exit(0);
	}
	close(fds[1]);
	n = read(fds[0], err, size - 1);
	err[n > 0 ? n : 0] = 0;
	close(fds[0]);
	ck_assert(waitpid(pid, &status, 0) == pid);
	ck_assert(WIFEXITED(status));
	return WEXITSTATUS(status);
}

static void fail_at_begin(void)
{
	struct obstack ob;

	rec.limit = 100;
	obstack_init(&ob);
}

static void fail_growing(void)
{
	struct obstack ob;

	obstack_init(&ob);
	rec.limit = 5000;
	obstack_exit_failure = 7;
	obstack_blank(&ob, 10000);
}

START_TEST(default_handler_prints_and_exits)
{
	char err[256];

	rec_reset();
	ck_assert_int_eq(in_child(fail_at_begin, err, sizeof err), 1);
	ck_assert_str_eq(err, "memory exhausted\n");
	ck_assert_int_eq(in_child(fail_growing, err, sizeof err), 7);
	ck_assert_str_eq(err, "memory exhausted\n");
}
END_TEST

START_TEST(handler_may_jump_out)
{
	struct obstack ob;
	char *before;

	rec_reset();
	obstack_init(&ob);
	obstack_grow(&ob, "keep", 4);
	before = obstack_base(&ob);
	rec.limit = 5000;
	obstack_alloc_failed_handler = jump_back;
	if (!setjmp(jump))
		obstack_blank(&ob, 10000);
	ck_assert_int_eq(handled, 1);
	ck_assert_int_eq(rec.allocs, 2);
	ck_assert_int_eq(rec.sizes[1], 10119);
	/* Nothing changed: the object is where it was, and usable. */
	ck_assert_ptr_eq(obstack_base(&ob), before);
	ck_assert_uint_eq(obstack_object_size(&ob), 4);
	ck_assert_uint_eq(obstack_room(&ob), 4044);
	ck_assert(!ob.alloc_failed);
	obstack_grow0(&ob, "!", 1);
	ck_assert_str_eq(obstack_finish(&ob), "keep!");
	obstack_free(&ob, NULL);
	rec_reset();
}
END_TEST

START_TEST(failed_begin_calls_handler)
{
	struct obstack ob;

	rec_reset();
	rec.limit = 100;
	obstack_alloc_failed_handler = jump_back;
	handled = 0;
	if (!setjmp(jump))
		obstack_begin(&ob, 1000);
	ck_assert_int_eq(handled, 1);
	ck_assert_int_eq(rec.allocs, 1);
	ck_assert_int_eq(rec.sizes[0], 1000);
	rec_reset();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("obstack failure");
	TCase *tc = tcase_create("failure");

	tcase_add_test(tc, default_handler_prints_and_exits);
	tcase_add_test(tc, handler_may_jump_out);
	tcase_add_test(tc, failed_begin_calls_handler);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
