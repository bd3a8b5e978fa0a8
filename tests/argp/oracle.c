/*
 * The argp oracle suite: every case in cases.txt runs one of the argp
 * programs in programs.c (this same executable, re-executed with
 * LWBT_ARGP_PROG set) with its arguments and a clean environment, and
 * compares the exit status, stdout and stderr byte for byte with
 * expected/<case>, which were recorded from glibc's argp by regen.sh. Both
 * builds of this test (glibc and musl+libwildebeest) must match them; a
 * case without its recording fails.
 *
 * cases.txt: one case a line, "name | VAR=value ... | program | args",
 * fields split on " | ", words on spaces; in a word \s is a space, \n a
 * newline, \e the empty word. '#' starts a comment line.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lwbtest.h"
#include "programs.h"

#define MAX_CASES 512
#define MAX_WORDS 32

struct ocase {
	char *name;
	char *env[MAX_WORDS + 2];
	char *argv[MAX_WORDS + 2];
	char *prog;
};

static struct ocase cases[MAX_CASES];
static int ncases;

static void unescape(char *w)
{
	char *o = w;

	for (; *w; w++) {
		if (*w == '\\' && w[1]) {
			w++;
			*o++ = *w == 's' ? ' ' : *w == 'n' ? '\n' : *w == 't' ? '\t' :
				*w == 'v' ? '\v' : *w == 'e' ? 0 : *w;
			if (*w == 'e')
				break;
		} else {
			*o++ = *w;
		}
	}
	*o = 0;
}

static int split(char *s, char **out, int max)
{
	int n = 0;
	char *w;

	for (w = strtok(s, " "); w && n < max; w = strtok(NULL, " ")) {
		unescape(w);
		out[n++] = w;
	}
	out[n] = NULL;
	return n;
}

static int load_cases(void)
{
	const char *dir = getenv("LWBT_SRCDIR");
	char path[4096], *line = NULL;
	size_t cap = 0;
	FILE *f;

	if (ncases)
		return 0;
	snprintf(path, sizeof path, "%s/cases.txt", dir ? dir : ".");
	f = fopen(path, "r");
	if (!f)
		return -1;
	while (getline(&line, &cap, f) > 0) {
		char *fields[4], *p, *sep;
		struct ocase *c;
		int n = 0;

		line[strcspn(line, "\n")] = 0;
		if (!line[0] || line[0] == '#')
			continue;
		p = strdup(line);
		while (n < 3 && (sep = strstr(p, " | "))) {
			*sep = 0;
			fields[n++] = p;
			p = sep + 3;
		}
		fields[n++] = p;
		if (n < 3 || ncases == MAX_CASES) {
			fprintf(stderr, "bad case line or too many cases: %s\n", line);
			free(p);
			continue;
		}
		c = &cases[ncases++];
		c->name = fields[0];
		split(fields[1], c->env, MAX_WORDS);
		c->prog = fields[2];
		c->argv[0] = "/opt/demo/prog";
		split(n > 3 ? fields[3] : "", c->argv + 1, MAX_WORDS);
	}
	free(line);
	fclose(f);
	return 0;
}

static char *slurp(int fd, size_t *len)
{
	char *buf = NULL;
	size_t cap = 0, n = 0;
	ssize_t r;

	for (;;) {
		if (n + 4096 > cap) {
			cap = cap ? 2 * cap : 8192;
			buf = realloc(buf, cap);
			ck_assert(buf != NULL);
		}
		r = read(fd, buf + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += r;
	}
	*len = n;
	return buf;
}

/* Run one case; its stdout and stderr go to temporary files. */
static void run_case(const struct ocase *c, int *status, char **out, size_t *nout,
	char **err, size_t *nerr)
{
	char *env[MAX_WORDS + 4];
	char progvar[128];
	FILE *fo = tmpfile(), *fe = tmpfile();
	pid_t pid;
	int i, n = 0;

	ck_assert(fo && fe);
	snprintf(progvar, sizeof progvar, "LWBT_ARGP_PROG=%s", c->prog);
	env[n++] = progvar;
	env[n++] = "LC_ALL=C";
	for (i = 0; c->env[i]; i++)
		if (strcmp(c->env[i], "-"))
			env[n++] = c->env[i];
	env[n] = NULL;
	fflush(NULL);
	pid = fork();
	ck_assert(pid >= 0);
	if (pid == 0) {
		dup2(fileno(fo), 1);
		dup2(fileno(fe), 2);
		execve("/proc/self/exe", c->argv, env);
		_exit(127);
	}
	ck_assert(waitpid(pid, status, 0) == pid);
	lseek(fileno(fo), 0, SEEK_SET);
	lseek(fileno(fe), 0, SEEK_SET);
	*out = slurp(fileno(fo), nout);
	*err = slurp(fileno(fe), nerr);
	fclose(fo);
	fclose(fe);
}

static char *expected_path(const struct ocase *c)
{
	const char *dir = getenv("LWBT_SRCDIR");
	char *p;

	ck_assert(asprintf(&p, "%s/expected/%s", dir ? dir : ".", c->name) > 0);
	return p;
}

/* The recording: "status N\nstdout N\n<bytes>\nstderr N\n<bytes>\n". */
static void record(const struct ocase *c, int status, const char *out, size_t nout,
	const char *err, size_t nerr)
{
	char *path = expected_path(c);
	FILE *f = fopen(path, "w");

	ck_assert_msg(f != NULL, "cannot write %s", path);
	fprintf(f, "status %d\nstdout %zu\n", WEXITSTATUS(status), nout);
	fwrite(out, 1, nout, f);
	fprintf(f, "\nstderr %zu\n", nerr);
	fwrite(err, 1, nerr, f);
	fprintf(f, "\n");
	ck_assert(fclose(f) == 0);
	free(path);
}

static void show_diff(const char *what, const char *got, size_t ngot, const char *want,
	size_t nwant)
{
	fprintf(stderr, "---- %s: got %zu bytes:\n%.*s\n---- expected %zu bytes:\n%.*s\n----\n",
		what, ngot, (int)ngot, got, nwant, (int)nwant, want);
}

START_TEST(oracle_case)
{
	const struct ocase *c;
	char *out, *err, *path, *want;
	size_t nout, nerr, nwant;
	int status, wstatus, fd, ok = 1;
	size_t wout, werr;
	char *p;

	c = &cases[_i];
	run_case(c, &status, &out, &nout, &err, &nerr);
	ck_assert_msg(WIFEXITED(status), "%s: killed by signal %d", c->name, WTERMSIG(status));
	if (getenv("LWBT_ARGP_REGEN")) {
		ck_assert_msg(LWBT_GLIBC, "expectations are recorded from glibc only");
		record(c, status, out, nout, err, nerr);
		free(out);
		free(err);
		return;
	}
	path = expected_path(c);
	fd = open(path, O_RDONLY);
	ck_assert_msg(fd >= 0, "%s: no recording %s (run tests/argp/regen.sh)", c->name, path);
	want = slurp(fd, &nwant);
	close(fd);
	want = realloc(want, nwant + 1);
	want[nwant] = 0;
	ck_assert_msg(sscanf(want, "status %d\nstdout %zu\n", &wstatus, &wout) == 2,
		"%s: bad recording", c->name);
	p = strchr(strchr(want, '\n') + 1, '\n') + 1;
	ck_assert(p + wout <= want + nwant);
	if (nout != wout || memcmp(out, p, wout)) {
		show_diff("stdout", out, nout, p, wout);
		ok = 0;
	}
	p += wout + 1;
	ck_assert_msg(sscanf(p, "stderr %zu\n", &werr) == 1, "%s: bad recording", c->name);
	p = strchr(p, '\n') + 1;
	ck_assert(p + werr <= want + nwant);
	if (nerr != werr || memcmp(err, p, werr)) {
		show_diff("stderr", err, nerr, p, werr);
		ok = 0;
	}
	ck_assert_msg(ok, "%s: output differs from glibc's (above)", c->name);
	ck_assert_msg(WEXITSTATUS(status) == wstatus, "%s: exit status %d, glibc's %d", c->name,
		WEXITSTATUS(status), wstatus);
	free(out);
	free(err);
	free(want);
	free(path);
}
END_TEST

/* The suite must not pass by running nothing. */
START_TEST(oracle_count)
{
	ck_assert_int_ge(ncases, 50);
}
END_TEST

int main(int argc, char **argv)
{
	const char *prog = getenv("LWBT_ARGP_PROG");
	Suite *s;
	TCase *tc;

	if (prog)
		return lwbt_argp_program(prog, argc, argv);
	if (load_cases())
		fprintf(stderr, "cannot read cases.txt (LWBT_SRCDIR)\n");
	s = suite_create("argp oracle");
	tc = tcase_create("cases");
	tcase_add_test(tc, oracle_count);
	tcase_add_loop_test(tc, oracle_case, 0, ncases);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
