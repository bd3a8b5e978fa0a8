/* Internal to the gshadow module. */
#ifndef LWB_GSHADOW_SGENT_H
#define LWB_GSHADOW_SGENT_H

#include <gshadow.h>
#include <pthread.h>
#include "files.h"

/* Parses the gshadow record in line (inside buf) into sg, its lists in
 * buf after the text. Returns 0 or ERANGE. */
LWB_HIDDEN int __lwb_sgparse(char *line, struct sgrp *sg, char *buf, size_t buflen);

/* Reads the next record of f, as fgetsgent_r without the locking. */
LWB_HIDDEN int __lwb_sgread(FILE *f, struct sgrp *sg, char *buf, size_t buflen);

/* The enumeration of setsgent, getsgent_r and endsgent. */
extern LWB_HIDDEN pthread_mutex_t __lwb_sgent_lock;
extern LWB_HIDDEN FILE *__lwb_sgent_file;
extern LWB_HIDDEN char __lwb_sgent_iobuf[LWB_DB_IOBUF];

/* The record and buffer of one of getsgent, getsgnam, fgetsgent and
 * sgetsgent (each has its own, as in glibc). */
struct __lwb_sg_static {
	struct sgrp sg;
	char *buf;
	size_t size;
};

/* Calls get(arg, ...) with the buffer of st, grown until it stops failing
 * with ERANGE. Returns the record, or NULL with errno as the _r function
 * left it. */
LWB_HIDDEN struct sgrp *__lwb_sg_static(struct __lwb_sg_static *st,
	int (*get)(const void *, struct sgrp *, char *, size_t, struct sgrp **),
	const void *arg);

#endif
