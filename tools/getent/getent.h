#ifndef GETENT_H
#define GETENT_H

#include <stdio.h>

/* One database: its name on the command line, its name in nsswitch.conf,
 * and the function that enumerates it (nkeys 0) or looks up each key.
 * Returns the exit status. */
struct database {
	const char *name;
	const char *nss;
	int (*run)(int nkeys, char **keys);
};

struct getent_flags {
	int no_addrconfig;
	int no_idn;
};
extern struct getent_flags getent_flags;

/* A record's text, gathered and written at line_end (line.c). */
void line_str(const char *s);
void line_char(char c);
void line_unsigned(unsigned long n);
void line_signed(long n);
void line_end(void);

void getent_configure(const char *db, const char *config);
int getent_enumeration_unsupported(const char *db);

int getent_passwd(int, char **);
int getent_group(int, char **);
int getent_shadow(int, char **);
int getent_gshadow(int, char **);
int getent_initgroups(int, char **);
int getent_hosts(int, char **);
int getent_ahosts(int, char **);
int getent_ahostsv4(int, char **);
int getent_ahostsv6(int, char **);
int getent_services(int, char **);
int getent_protocols(int, char **);
int getent_networks(int, char **);
int getent_rpc(int, char **);
int getent_ethers(int, char **);
int getent_aliases(int, char **);
int getent_netgroup(int, char **);

#endif
