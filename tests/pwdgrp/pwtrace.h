/* Traces of the passwd and group functions over a fixture (tests/pwdgrp). */
#ifndef ACCT_PWTRACE_H
#define ACCT_PWTRACE_H

#include <grp.h>
#include <pwd.h>
#include "../gshadow/etc.h"

void pw_record(struct acct_trace *t, const struct passwd *pw);
void gr_record(struct acct_trace *t, const struct group *gr);

/* Everything enumeration and the stream functions say about the current
 * /etc/passwd or /etc/group, whose copy is at path (NULL when absent). */
void pw_trace_all(struct acct_trace *t, const char *path);
void gr_trace_all(struct acct_trace *t, const char *path);

#endif
