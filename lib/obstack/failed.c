#include <obstack.h>
#include <stdio.h>
#include <stdlib.h>

int obstack_exit_failure = EXIT_FAILURE;

/* glibc's default: the message, then exit with obstack_exit_failure. */
static void print_and_exit(void)
{
	fputs("memory exhausted\n", stderr);
	exit(obstack_exit_failure);
}

void (*obstack_alloc_failed_handler)(void) = print_and_exit;
