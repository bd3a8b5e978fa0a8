/* Internal to the netgroup module. */
#ifndef LWB_NETGROUP_NETGR_H
#define LWB_NETGROUP_NETGR_H

#include <pthread.h>
#include <stddef.h>
#include "../lwb.h"

/* A walk through a netgroup and the groups it names: the member text of
 * the group being read and where in it, the groups still to read (a
 * stack: the last one named is read first) and those already read or
 * queued, which are never queued again (that is what ends cycles). */
struct __lwb_netgr {
	char *text;
	size_t pos;
	char **pending;
	size_t npending;
	char **seen;
	size_t nseen;
};

/* Starts a walk through group, forgetting any earlier one. Returns 1 when
 * /etc/netgroup has the group, 0 when it does not, -1 when the file cannot
 * be read (errno says why) or memory runs out (ENOMEM). */
LWB_HIDDEN int __lwb_netgr_start(struct __lwb_netgr *w, const char *group);

/* The next triple of the walk, its strings in buf (NULL for an empty
 * field). Returns 1, 0 at the end, or ERANGE when the triple needs more
 * than buflen bytes (the walk stays at that triple). */
LWB_HIDDEN int __lwb_netgr_next(struct __lwb_netgr *w, char **host, char **user,
	char **domain, char *buf, size_t buflen);

/* Forgets the walk and frees what it holds. */
LWB_HIDDEN void __lwb_netgr_free(struct __lwb_netgr *w);

/* The member text of group in /etc/netgroup, allocated: the rest of its
 * line after the name, with its continuation lines. Returns 1, 0 when
 * there is no such group, -1 on error (errno set). */
LWB_HIDDEN int __lwb_netgr_find(const char *group, char **text);

/* What getnetgrent and innetgr allocate for one triple, as in glibc: a
 * triple whose text is longer fails with ERANGE. */
#define LWB_NETGR_BUFSIZE 1024

/* getnetgrent calls it with its own buffer. */
int __wrap_getnetgrent_r(char **host, char **user, char **domain, char *buf,
	size_t buflen);

/* The walk of setnetgrent, getnetgrent(_r) and endnetgrent. */
extern LWB_HIDDEN pthread_mutex_t __lwb_netgr_lock;
extern LWB_HIDDEN struct __lwb_netgr __lwb_netgr_walk;

#endif
