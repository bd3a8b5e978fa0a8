#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <unistd.h>
#include "lwbtest.h"
#include "capture.h"

static char text[8192];
static int saved = -1;
static FILE *file;

void capture_start(void)
{
	fflush(stderr);
	file = tmpfile();
	ck_assert_ptr_nonnull(file);
	saved = dup(2);
	ck_assert_int_ge(saved, 0);
	ck_assert_int_eq(dup2(fileno(file), 2), 2);
}

const char *capture_stop(void)
{
	size_t n;

	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(file);
	n = fread(text, 1, sizeof text - 1, file);
	text[n] = 0;
	fclose(file);
	return text;
}
