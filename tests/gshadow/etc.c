#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"
#include "etc.h"

int acct_namespaces_available(void)
{
	int status;
	pid_t pid = fork();

	if (pid == 0)
		_exit(lwbt_private_mounts() == 0 ? 0 : 1);
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return 0;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

char *acct_fixture(const char *name)
{
	const char *dir = getenv("LWBT_SRCDIR");
	char *p;

	if (!name)
		return NULL;
	ck_assert_msg(dir != NULL, "LWBT_SRCDIR is not set");
	ck_assert(asprintf(&p, "%s/fixtures/%s", dir, name) > 0);
	return p;
}

void acct_etc(const char *db, const char *fixture_path)
{
	char *nss = acct_fixture("nsswitch.conf");
	const char *fx[2][2] = {{"nsswitch.conf", nss}, {db, fixture_path}};

	ck_assert_msg(lwbt_private_mounts() == 0, "private mount namespace: %s", strerror(errno));
	ck_assert_msg(lwbt_fake_etc(fx, 2) == 0, "fake /etc: %s", strerror(errno));
	free(nss);
}

void acct_trace_open(struct acct_trace *t)
{
	t->text = NULL;
	t->len = 0;
	t->f = open_memstream(&t->text, &t->len);
	ck_assert(t->f != NULL);
}

void acct_printf(struct acct_trace *t, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(t->f, fmt, ap);
	va_end(ap);
}

void acct_str(struct acct_trace *t, const char *s)
{
	if (!s) {
		fputs("(null)", t->f);
		return;
	}
	fputc('"', t->f);
	for (; *s; s++) {
		unsigned char c = *s;
		if (c < 32 || c > 126 || c == '"' || c == '\\')
			fprintf(t->f, "\\x%02x", c);
		else
			fputc(c, t->f);
	}
	fputc('"', t->f);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	size_t cap = 0, n;

	*len = 0;
	if (!f)
		return NULL;
	do {
		if (*len + 4096 > cap) {
			cap = 2 * cap + 4096;
			text = realloc(text, cap);
			ck_assert(text != NULL);
		}
		n = fread(text + *len, 1, cap - *len, f);
		*len += n;
	} while (n);
	fclose(f);
	return text;
}

void acct_expect(struct acct_trace *t, const char *name)
{
	const char *dir = getenv("LWBT_SRCDIR"), *w = getenv("ACCT_WRITE_EXPECTED");
	char *path, *want;
	size_t wlen, i, line = 1;
	FILE *f;

	fclose(t->f);
	ck_assert(asprintf(&path, "%s/expected/%s", dir, name) > 0);
	if (w && !strcmp(w, "1")) {
		f = fopen(path, "w");
		ck_assert_msg(f && fwrite(t->text, 1, t->len, f) == t->len && !fclose(f),
			"cannot write %s", path);
	}
	want = slurp(path, &wlen);
	ck_assert_msg(want != NULL, "cannot read %s", path);
	for (i = 0; i < wlen && i < t->len && want[i] == t->text[i]; i++)
		line += want[i] == '\n';
	if (i < wlen || i < t->len) {
		size_t s = i, e;
		while (s > 0 && t->text[s - 1] != '\n')
			s--;
		for (e = s; e < t->len && t->text[e] != '\n'; e++)
			;
		ck_abort_msg("%s differs at line %zu; got: %.*s", name, line,
			(int)(e - s), t->text + s);
	}
	free(want);
	free(t->text);
	free(path);
}

char *acct_temp_file(const char *text, size_t len)
{
	char *path = strdup("/tmp/lwbt-acct.XXXXXX");
	int fd;

	ck_assert(path != NULL);
	fd = mkstemp(path);
	ck_assert(fd >= 0);
	ck_assert(write(fd, text, len) == (ssize_t)len);
	close(fd);
	return path;
}

static void run(struct acct_trace *t, char state[2], size_t count)
{
	if (count)
		acct_printf(t, " %c%c%zu", state[0], state[1], count);
}

int acct_smallest(struct acct_trace *t, const char *what, struct acct_call *c, char *buf)
{
	char state[2] = "", prev[2] = "", got = 0;
	size_t n, count = 0;
	int rc = 0;

	acct_printf(t, "%s", what);
	for (n = c->from; n < ACCT_MAXBUF; n = n < 1024 ? n + 1 : n + 7) {
		errno = 0;
		rc = c->call(c, buf, n, &got);
		if (rc != ERANGE)
			break;
		state[0] = got;
		state[1] = errno == ERANGE ? 'E' : 'o';
		if (count && memcmp(state, prev, 2)) {
			run(t, prev, count);
			count = 0;
		}
		memcpy(prev, state, 2);
		count++;
	}
	run(t, prev, count);
	/* errno after success is unspecified; glibc's varies with the lines
	 * it skipped. */
	acct_printf(t, " size=%zu rc=%d errno=%d", n, rc, rc ? errno : 0);
	if (got == 'U') {
		acct_printf(t, " untouched\n");
		return 0;
	}
	if (got == 'N')
		acct_printf(t, " -\n");
	else
		c->print(c, t);
	return rc == 0 && got == 'S';
}
