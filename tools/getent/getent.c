/*
 * getent: print entries of the administrative databases, with glibc's
 * command line, output formats, messages and exit codes.
 *
 *   getent [-Ai] [-s CONFIG | -s DB:CONFIG] DATABASE [KEY...]
 *
 * Exit status: 0 success; 1 unknown database or wrong arguments; 2 a key
 * was not found; 3 the database cannot be enumerated; 64 option error.
 *
 * The databases are read through glibc's interfaces only (pwd.h, grp.h,
 * shadow.h, gshadow.h, netdb.h, rpc/netdb.h, netinet/ether.h, aliases.h,
 * netgroup): on musl, libc and the libwildebeest modules supply them.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "getent.h"

#ifndef VERSION
#define VERSION "0"
#endif

static const struct database databases[] = {
	{"ahosts", "hosts", getent_ahosts},
	{"ahostsv4", "hosts", getent_ahostsv4},
	{"ahostsv6", "hosts", getent_ahostsv6},
#ifdef HAVE_ALIASES
	{"aliases", "aliases", getent_aliases},
#endif
	{"ethers", "ethers", getent_ethers},
	{"group", "group", getent_group},
#ifdef HAVE_GSHADOW
	{"gshadow", "gshadow", getent_gshadow},
#endif
	{"hosts", "hosts", getent_hosts},
	{"initgroups", "initgroups", getent_initgroups},
#ifdef HAVE_NETGROUP
	{"netgroup", "netgroup", getent_netgroup},
#endif
	{"networks", "networks", getent_networks},
	{"passwd", "passwd", getent_passwd},
	{"protocols", "protocols", getent_protocols},
#ifdef HAVE_RPC
	{"rpc", "rpc", getent_rpc},
#endif
	{"services", "services", getent_services},
	{"shadow", "shadow", getent_shadow},
	{0, 0, 0},
};

struct getent_flags getent_flags;

/* argv[0] prefixes option errors; the invocation name (--program-name
 * changes it) prefixes other errors; its last component names the program
 * in help texts. */
static const char *argv0, *invocation, *program;

static void set_invocation(const char *name)
{
	const char *slash = strrchr(name, '/');

	invocation = name;
	program = slash ? slash + 1 : name;
}

static void try_help(FILE *f)
{
	fprintf(f, "Try `%s --help' or `%s --usage' for more information.\n",
		program, program);
}

static void help(void)
{
	const struct database *db;
	int col = 0;

	printf("Usage: %s [OPTION...] database [key ...]\n"
		"Get entries from administrative database.\n"
		"\n"
		"  -A, --no-addrconfig        do not filter out unsupported IPv4/IPv6 addresses\n"
		"                             (with ahosts*)\n"
		"  -i, --no-idn               disable IDN encoding\n"
		"  -s, --service=CONFIG       Service configuration to be used\n"
		"  -?, --help                 Give this help list\n"
		"      --usage                Give a short usage message\n"
		"  -V, --version              Print program version\n"
		"\n"
		"Mandatory or optional arguments to long options are also mandatory or optional\n"
		"for any corresponding short options.\n"
		"\n"
		"Supported databases:\n", program);
	/* Names separated by spaces, lines no longer than 72 columns. */
	for (db = databases; db->name; db++) {
		size_t len = strlen(db->name);
		if (col && col + 1 + len > 72) {
			putchar('\n');
			col = 0;
		}
		if (col) {
			putchar(' ');
			col++;
		}
		fputs(db->name, stdout);
		col += len;
	}
	printf("\n\n"
		"This getent is part of libwildebeest; see getent(1).\n");
	exit(0);
}

/* argp's layout: the words filled to 79 columns, continuation lines
 * indented by 12. */
static void usage(void)
{
	static const char *const words[] = {
		"[-Ai?V]", "[-s CONFIG]", "[--no-addrconfig]", "[--no-idn]",
		"[--service=CONFIG]", "[--help]", "[--usage]", "[--version]",
		"database [key ...]",
	};
	size_t col = printf("Usage: %s", program);

	for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
		size_t len = strlen(words[i]);
		if (col + 1 + len > 79)
			col = printf("\n            %s", words[i]) - 1;
		else
			col += printf(" %s", words[i]);
	}
	putchar('\n');
	exit(0);
}

static void version(void)
{
	fputs("getent (libwildebeest) " VERSION "\n"
		"This is free software (MIT licence); see the source for copying conditions.\n"
		"There is NO warranty; not even for MERCHANTABILITY or FITNESS FOR A\n"
		"PARTICULAR PURPOSE.\n", stdout);
	exit(0);
}

/* -s CONFIG applies to every database, -s DB:CONFIG to the first one whose
 * name starts with DB (glibc compares only the prefix's length). */
static void service(const char *arg)
{
	const char *colon = strchr(arg, ':');
	const struct database *db;

	if (!colon) {
		for (db = databases; db->name; db++)
			getent_configure(db->nss, arg);
		return;
	}
	for (db = databases; db->name; db++)
		if (!strncmp(db->name, arg, colon - arg))
			break;
	if (!db->name) {
		fprintf(stderr, "%s: Unknown database name\n", invocation);
		exit(1);
	}
	getent_configure(db->nss, colon + 1);
}

static void option_error(const char *fmt, const char *what)
{
	fprintf(stderr, "%s: ", argv0);
	fprintf(stderr, fmt, what);
	fputc('\n', stderr);
	try_help(stderr);
	exit(64);
}

/* The long options, in the order glibc's ambiguity messages list them,
 * with the two hidden ones every argp program has. has_arg 2: optional. */
static const struct long_option {
	const char *name;
	int has_arg;
	int key;
} long_options[] = {
	{"service", 1, 's'},
	{"no-idn", 0, 'i'},
	{"no-addrconfig", 0, 'A'},
	{"help", 0, '?'},
	{"usage", 0, 'u'},
	{"program-name", 1, 'p'},
	{"HANG", 2, 'H'},
	{"version", 0, 'V'},
	{0, 0, 0},
};

static void act(int key, const char *arg)
{
	switch (key) {
	case 'A':
		getent_flags.no_addrconfig = 1;
		break;
	case 'i':
		getent_flags.no_idn = 1;
		break;
	case 's':
		service(arg);
		break;
	case '?':
		help();
		break;
	case 'u':
		usage();
		break;
	case 'V':
		version();
		break;
	case 'p':
		set_invocation(arg);
		break;
	case 'H':
		/* Wait for a debugger: SECS seconds, an hour by default. */
		sleep(arg ? (unsigned)atoi(arg) : 3600);
		break;
	}
}

/* --name[=value], exact or an unambiguous prefix. Returns how many argv
 * entries it used. */
static int long_option(char **argv)
{
	char *name = argv[0] + 2, *eq = strchr(name, '=');
	size_t len = eq ? (size_t)(eq - name) : strlen(name);
	const struct long_option *o, *found = 0;
	int matches = 0;

	for (o = long_options; o->name; o++) {
		if (strncmp(o->name, name, len))
			continue;
		if (strlen(o->name) == len) {
			found = o;
			matches = 1;
			break;
		}
		if (!found)
			found = o;
		matches++;
	}
	if (!found) {
		fprintf(stderr, "%s: unrecognized option '%s'\n", argv0, argv[0]);
		try_help(stderr);
		exit(64);
	}
	if (matches > 1) {
		fprintf(stderr, "%s: option '%s' is ambiguous; possibilities:", argv0, argv[0]);
		for (o = long_options; o->name; o++)
			if (!strncmp(o->name, name, len))
				fprintf(stderr, " '--%s'", o->name);
		fputc('\n', stderr);
		try_help(stderr);
		exit(64);
	}
	if (!found->has_arg) {
		if (eq) {
			fprintf(stderr, "%s: option '--%s' doesn't allow an argument\n",
				argv0, found->name);
			try_help(stderr);
			exit(64);
		}
		act(found->key, 0);
		return 1;
	}
	if (eq || found->has_arg == 2) {
		act(found->key, eq ? eq + 1 : 0);
		return 1;
	}
	if (!argv[1]) {
		fprintf(stderr, "%s: option '--%s' requires an argument\n", argv0, found->name);
		try_help(stderr);
		exit(64);
	}
	act(found->key, argv[1]);
	return 2;
}

/* A cluster of short options: -Ai, -sCONFIG, -s CONFIG. */
static int short_options(char **argv)
{
	char *p;

	for (p = argv[0] + 1; *p; p++) {
		char c[2] = {*p, 0};
		if (!strchr("Ais?V", *p))
			option_error("invalid option -- '%s'", c);
		if (*p != 's') {
			act(*p, 0);
			continue;
		}
		if (p[1]) {
			act('s', p + 1);
			return 1;
		}
		if (!argv[1])
			option_error("option requires an argument -- '%s'", c);
		act('s', argv[1]);
		return 2;
	}
	return 1;
}

/* Options anywhere before "--", in order; the other arguments are kept in
 * order in argv. Returns their count. */
static int parse(int argc, char **argv)
{
	int i = 1, n = 0;

	while (i < argc) {
		char *a = argv[i];
		if (!strcmp(a, "--")) {
			for (i++; i < argc; i++)
				argv[n++] = argv[i];
			break;
		}
		if (a[0] != '-' || !a[1]) {
			argv[n++] = a;
			i++;
		} else if (a[1] == '-') {
			i += long_option(argv + i);
		} else {
			i += short_options(argv + i);
		}
	}
	argv[n] = 0;
	return n;
}

/* glibc's stdio buffers a file or pipe by its st_blksize (4 KiB for a
 * pipe), musl's by 1 KiB: the blocks glibc's getent writes, and a quarter
 * of the system calls. */
static void buffer_like_glibc(void)
{
#ifndef __GLIBC__
	static char buf[64 * 1024];
	struct stat st;

	if (!isatty(1) && !fstat(1, &st) && st.st_blksize > 0)
		setvbuf(stdout, buf, _IOFBF,
			(size_t)st.st_blksize < sizeof buf ? (size_t)st.st_blksize : sizeof buf);
#endif
}

int main(int argc, char **argv)
{
	const struct database *db;
	int n;

	buffer_like_glibc();
	argv0 = argv[0] ? argv[0] : "getent";
	set_invocation(argv0);
	n = parse(argc, argv);
	if (n < 1) {
		fprintf(stderr, "%s: wrong number of arguments\n", invocation);
		try_help(stdout);
		return 1;
	}
	for (db = databases; db->name; db++)
		if (!strcmp(db->name, argv[0]))
			return db->run(n - 1, argv + 1);
	fprintf(stderr, "Unknown database: %s\n", argv[0]);
	try_help(stdout);
	return 1;
}
