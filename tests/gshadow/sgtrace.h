/* Traces of the gshadow functions over a fixture (tests/gshadow). */
#ifndef ACCT_SGTRACE_H
#define ACCT_SGTRACE_H

#include <gshadow.h>
#include "etc.h"

/* The next buffer size to try when searching upward for the smallest one
 * a call accepts: every size up to 1024, then every seventh. */
size_t acct_next_size(size_t n);

void sg_record(struct acct_trace *t, const struct sgrp *sg);

/* Everything the gshadow functions say about the current /etc/gshadow
 * (whose copy is at path, NULL when absent) and about the given names. */
void sg_trace_all(struct acct_trace *t, const char *path, const char *const *names);

#endif
