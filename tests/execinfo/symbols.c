/* backtrace_symbols and backtrace_symbols_fd print what glibc prints, in
 * each function's own format:
 *	backtrace_symbols:    "obj(sym+0x1a) [0x55...]", "obj(+0) [...]",
 *	                      "obj() [...]", "[(nil)]"
 *	backtrace_symbols_fd: "obj(sym+0x1a)[0x55...]", "obj(+0x0)[...]",
 *	                      "obj[...]", "[0x0]"
 * The symbols are the hand-made ones of liblwbt-syms.so (syms.S). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"
#include "bttest.h"

/* What glibc prints for addr, given the object (NULL for none) and the
 * symbol (NULL for none) holding it, and the offset glibc reports. */
static void expect(void *addr, const char *obj, const char *sym, uintptr_t off, int has_off)
{
	char want[512], want_fd[512];
	char **lines;
	char *text;

	if (!obj) {
		if (addr)
			snprintf(want, sizeof want, "[0x%" PRIxPTR "]", (uintptr_t)addr);
		else
			snprintf(want, sizeof want, "[(nil)]");
		snprintf(want_fd, sizeof want_fd, "[0x%" PRIxPTR "]\n", (uintptr_t)addr);
	} else if (!has_off) {
		snprintf(want, sizeof want, "%s() [0x%" PRIxPTR "]", obj, (uintptr_t)addr);
		snprintf(want_fd, sizeof want_fd, "%s[0x%" PRIxPTR "]\n", obj, (uintptr_t)addr);
	} else {
		snprintf(want, sizeof want, off ? "%s(%s+0x%" PRIxPTR ") [0x%" PRIxPTR "]" : "%s(%s+%" PRIxPTR ") [0x%" PRIxPTR "]",
			obj, sym ? sym : "", off, (uintptr_t)addr);
		snprintf(want_fd, sizeof want_fd, "%s(%s+0x%" PRIxPTR ")[0x%" PRIxPTR "]\n",
			obj, sym ? sym : "", off, (uintptr_t)addr);
	}
	lines = backtrace_symbols(&addr, 1);
	ck_assert_ptr_nonnull(lines);
	ck_assert_str_eq(lines[0], want);
	free(lines);
	text = bt_fd_text(&addr, 1);
	ck_assert_str_eq(text, want_fd);
	free(text);
}

static void *syms;
static const char *syms_path;

static void open_syms(void)
{
	syms_path = getenv("LWBT_SYMS");
	ck_assert_ptr_nonnull(syms_path);
	syms = dlopen(syms_path, RTLD_NOW);
	ck_assert_msg(syms != NULL, "dlopen %s: %s", syms_path, dlerror());
}

static char *sym(const char *name)
{
	char *p = dlsym(syms, name);

	ck_assert_msg(p != NULL, "no %s", name);
	return p;
}

START_TEST(the_symbol_glibc_chooses)
{
	char *alias, *zero, *outer, *inner, *notype, *ifunc, *last, *data;
	const char *first;
	unsigned long base;
	const char *obj;

	open_syms();
	alias = sym("lwbt_alias_a");
	zero = sym("lwbt_zero");
	outer = sym("lwbt_outer");
	inner = sym("lwbt_inner");
	notype = sym("lwbt_notype");
	last = sym("lwbt_last");
	data = sym("lwbt_data");
	/* dlsym would call the indirect function's resolver: syms.S puts it
	 * between lwbt_notype and lwbt_last. */
	ifunc = notype + 16;
	ck_assert_ptr_eq(ifunc + 16, last);
	ck_assert_int_eq(bt_object(alias, &base, &obj), 1);
	ck_assert_str_eq(obj, syms_path);
	first = bt_first_in_dynsym(syms_path, "lwbt_alias_a", "lwbt_alias_b");

	/* of two names for one address, the first in .dynsym */
	expect(alias, obj, first, 0, 1);
	expect(alias + 4, obj, first, 4, 1);
	/* past a symbol's size, no symbol: the offset is from the base */
	expect(alias + 16, obj, NULL, (uintptr_t)(alias + 16) - base, 1);
	expect(alias + 31, obj, NULL, (uintptr_t)(alias + 31) - base, 1);
	/* size 0: its own address only */
	expect(zero, obj, "lwbt_zero", 0, 1);
	expect(zero + 1, obj, NULL, (uintptr_t)(zero + 1) - base, 1);
	/* nested: the nearest start below the address */
	expect(outer + 4, obj, "lwbt_outer", 4, 1);
	expect(inner, obj, "lwbt_inner", 0, 1);
	expect(inner + 7, obj, "lwbt_inner", 7, 1);
	expect(inner + 8, obj, "lwbt_outer", 16, 1);
	expect(outer + 47, obj, "lwbt_outer", 47, 1);
	/* untyped, indirect and data symbols count */
	expect(notype + 8, obj, "lwbt_notype", 8, 1);
	expect(ifunc + 3, obj, "lwbt_ifunc", 3, 1);
	expect(data + 31, obj, "lwbt_data", 31, 1);
	/* absolute (value 64) and thread-local (value 0) symbols do not */
	expect((char *)base + 64, obj, NULL, 64, 1);
	expect((char *)base, obj, NULL, 0, 1);
	/* past the code, before the data: inside the object's span */
	expect(last + 16, obj, NULL, (uintptr_t)(last + 16) - base, 1);
}
END_TEST

static __attribute__((noinline)) int local_function(int x)
{
	return x * 3 + 1;
}

/* The main program: named as invoked; its functions are not in its
 * dynamic symbol table. A program loaded at 0 (not PIE) prints no offset. */
START_TEST(the_main_program)
{
	char *addr = (char *)local_function + 3;
	unsigned long base;
	const char *obj;

	ck_assert_int_eq(local_function(1), 4);
	ck_assert_int_eq(bt_object(addr, &base, &obj), 1);
	ck_assert_str_eq(obj, program_invocation_name);
	expect(addr, obj, NULL, (uintptr_t)addr - base, base != 0);
}
END_TEST

START_TEST(a_libc_function)
{
	void *f = dlsym(RTLD_DEFAULT, "getpid");
	char **lines = backtrace_symbols(&f, 1);
	char name[256], want[600];
	unsigned long base;
	const char *obj;

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(bt_object(f, &base, &obj), 1);
	ck_assert_ptr_nonnull(lines);
	/* obj(NAME+0) [addr], where NAME (maybe an alias) is at f */
	ck_assert_int_eq(strncmp(lines[0], obj, strlen(obj)), 0);
	ck_assert_int_eq(sscanf(lines[0] + strlen(obj), "(%255[^+]+0)", name), 1);
	ck_assert_ptr_eq(dlsym(RTLD_DEFAULT, name), f);
	snprintf(want, sizeof want, "%s(%s+0) [0x%" PRIxPTR "]", obj, name, (uintptr_t)f);
	ck_assert_str_eq(lines[0], want);
	free(lines);
}
END_TEST

START_TEST(addresses_in_no_object)
{
	int on_stack;
	void *heap = malloc(32);

	expect(NULL, NULL, NULL, 0, 0);
	expect((void *)0x1234, NULL, NULL, 0, 0);
	expect((void *)-1, NULL, NULL, 0, 0);
	expect(&on_stack, NULL, NULL, 0, 0);
	expect(heap, NULL, NULL, 0, 0);
	free(heap);
}
END_TEST

/* The array and the strings are one block: freeing the array frees all
 * (LeakSanitizer checks this in the sanitizer configuration). */
START_TEST(one_block)
{
	void *addrs[3] = { NULL, (void *)0x10, (void *)local_function };
	char **lines = backtrace_symbols(addrs, 3);

	ck_assert_ptr_nonnull(lines);
	ck_assert_ptr_eq(lines[0], (char *)(lines + 3));
	ck_assert_ptr_eq(lines[1], lines[0] + strlen(lines[0]) + 1);
	ck_assert_ptr_eq(lines[2], lines[1] + strlen(lines[1]) + 1);
	ck_assert_str_eq(lines[1], "[0x10]");
	free(lines);
}
END_TEST

START_TEST(sizes)
{
	void *addrs[2] = { (void *)0x10, (void *)0x20 };
	char **lines;
	char *text;

	lines = backtrace_symbols(addrs, 0);
	ck_assert_ptr_nonnull(lines);
	free(lines);
	if (!BT_ASAN) {
		errno = 0;
		ck_assert_ptr_null(backtrace_symbols(addrs, -1));
		ck_assert_int_eq(errno, ENOMEM);
	}
	text = bt_fd_text(addrs, 0);
	ck_assert_str_eq(text, "");
	free(text);
	text = bt_fd_text(addrs, -3);
	ck_assert_str_eq(text, "");
	free(text);
	text = bt_fd_text(addrs, 2);
	ck_assert_str_eq(text, "[0x10]\n[0x20]\n");
	free(text);
	/* a bad descriptor: nothing written, nothing else happens */
	backtrace_symbols_fd(addrs, 2, -1);
}
END_TEST

/* Run this program again as argv0 and read what the child prints. */
static void run_as(const char *argv0, char *out, size_t size)
{
	int p[2], status;
	ssize_t got, len = 0;
	pid_t pid;

	ck_assert_int_eq(pipe(p), 0);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		char *argv[] = { (char *)argv0, "print-main", NULL };

		dup2(p[1], 1);
		execv("/proc/self/exe", argv);
		_exit(127);
	}
	close(p[1]);
	while ((got = read(p[0], out + len, size - (size_t)len - 1)) > 0)
		len += got;
	out[len] = 0;
	close(p[0]);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_int_eq(status, 0);
}

/* The child's half: the fd line for one of its addresses, the address
 * and its object's base. */
static int print_main(void)
{
	void *addr = (char *)local_function + 3;
	unsigned long base = 0;
	const char *obj;

	backtrace_symbols_fd(&addr, 1, 1);
	bt_object(addr, &base, &obj);
	printf("%" PRIxPTR " %lx\n", (uintptr_t)addr, base);
	return 0;
}

/* glibc names the main program by argv[0]; an empty one means no name,
 * and the line is the address alone. */
START_TEST(named_by_argv0)
{
	char out[1024], want[1024];
	uintptr_t addr;
	unsigned long base;
	char *second;

	run_as("some name", out, sizeof out);
	second = strchr(out, '\n');
	ck_assert_ptr_nonnull(second);
	ck_assert_int_eq(sscanf(second + 1, "%" SCNxPTR " %lx", &addr, &base), 2);
	if (base)
		snprintf(want, sizeof want, "some name(+0x%" PRIxPTR ")[0x%" PRIxPTR "]\n", addr - base, addr);
	else
		snprintf(want, sizeof want, "some name[0x%" PRIxPTR "]\n", addr);
	second[1] = 0;
	ck_assert_str_eq(out, want);

	run_as("", out, sizeof out);
	second = strchr(out, '\n');
	ck_assert_ptr_nonnull(second);
	ck_assert_int_eq(sscanf(second + 1, "%" SCNxPTR " %lx", &addr, &base), 2);
	snprintf(want, sizeof want, "[0x%" PRIxPTR "]\n", addr);
	second[1] = 0;
	ck_assert_str_eq(out, want);
}
END_TEST

int main(int argc, char **argv)
{
	Suite *s;
	TCase *tc;

	if (argc == 2 && !strcmp(argv[1], "print-main"))
		return print_main();
	s = suite_create("backtrace_symbols");
	tc = tcase_create("symbols");
	tcase_add_test(tc, the_symbol_glibc_chooses);
	tcase_add_test(tc, the_main_program);
	tcase_add_test(tc, a_libc_function);
	tcase_add_test(tc, addresses_in_no_object);
	tcase_add_test(tc, one_block);
	tcase_add_test(tc, sizes);
	tcase_add_test(tc, named_by_argv0);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
