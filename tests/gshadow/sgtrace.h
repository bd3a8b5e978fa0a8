/* Traces of the gshadow functions over a fixture (tests/gshadow). */
#ifndef ACCT_SGTRACE_H
#define ACCT_SGTRACE_H

#include <gshadow.h>
#include "etc.h"

void sg_record(struct acct_trace *t, const struct sgrp *sg);

/* Everything the gshadow functions say about the current /etc/gshadow
 * (whose copy is at path, NULL when absent) and about the given names. */
void sg_trace_all(struct acct_trace *t, const char *path, const char *const *names);

#endif
