/*
 * libwildebeest: <sys/wait.h> with glibc's BSD additions, on top of musl's:
 * WAIT_ANY and WAIT_MYPGRP (the pid arguments -1 and 0 of waitpid), and
 * W_EXITCODE and W_STOPCODE, which build a wait status. In the default and
 * GNU modes, as glibc gives them.
 */
#ifndef __LWB_GNU_DECLS_SYS_WAIT_H
#define __LWB_GNU_DECLS_SYS_WAIT_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <sys/wait.h>

#if (defined(_GNU_SOURCE) || defined(_BSD_SOURCE)) && !defined(__GLIBC__)
#ifndef WAIT_ANY
#define WAIT_ANY (-1)
#endif
#ifndef WAIT_MYPGRP
#define WAIT_MYPGRP 0
#endif
#ifndef W_EXITCODE
#define W_EXITCODE(ret, sig) ((ret) << 8 | (sig))
#endif
#ifndef W_STOPCODE
#define W_STOPCODE(sig) ((sig) << 8 | 0x7f)
#endif
#endif

#endif
