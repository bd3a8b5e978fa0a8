/*
 * libwildebeest: <sys/queue.h>, the 4.4BSD linked lists and queues glibc
 * ships, with the layout, field names and behaviour of glibc's, plus the
 * later BSD additions glibc lacks (*_FOREACH_SAFE, *_FOREACH_FROM, *_END,
 * *_SWAP, *_REMOVE_AFTER, STAILQ_LAST, LIST_PREV, SLIST_CONCAT, ...).
 *
 * Written from the queue(3) manuals (Linux man-pages, the BSDs'). Like
 * glibc's, it includes nothing: code using NULL includes <stddef.h>.
 *
 * In the macros, TYPE is a structure tag, FIELD the member of TYPE holding
 * the links (declared with *_ENTRY), HEADNAME the tag of a head declared
 * with *_HEAD. Arguments may be evaluated more than once.
 */
#ifndef __LWB_QUEUE_SYS_QUEUE_H
#define __LWB_QUEUE_SYS_QUEUE_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

/* glibc's include guard: code tests it to know the header is in. */
#define _SYS_QUEUE_H_

/* The structure holding a given link field (STAILQ_LAST, LIST_PREV). */
#if defined __GNUC__ || defined __clang__
#define __LWB_QUEUE_CONTAINER(ptr, type, field) \
	((struct type *)(void *)((char *)(ptr) - __builtin_offsetof(struct type, field)))
#else
#define __LWB_QUEUE_CONTAINER(ptr, type, field) \
	((struct type *)(void *)((char *)(ptr) - (char *)&((struct type *)0)->field))
#endif

/*
 * Singly linked lists: a head pointer, one link per element.
 */
#define SLIST_HEAD(name, type) \
	struct name { struct type *slh_first; }
#define SLIST_CLASS_HEAD(name, type) \
	struct name { class type *slh_first; }
#define SLIST_HEAD_INITIALIZER(head) { NULL }
#define SLIST_ENTRY(type) \
	struct { struct type *sle_next; }
#define SLIST_CLASS_ENTRY(type) \
	struct { class type *sle_next; }

#define SLIST_FIRST(head) ((head)->slh_first)
#define SLIST_END(head) NULL
#define SLIST_EMPTY(head) ((head)->slh_first == NULL)
#define SLIST_NEXT(elm, field) ((elm)->field.sle_next)

#define SLIST_INIT(head) do { \
	(head)->slh_first = NULL; \
} while (0)

#define SLIST_INSERT_HEAD(head, elm, field) do { \
	(elm)->field.sle_next = (head)->slh_first; \
	(head)->slh_first = (elm); \
} while (0)

#define SLIST_INSERT_AFTER(slistelm, elm, field) do { \
	(elm)->field.sle_next = (slistelm)->field.sle_next; \
	(slistelm)->field.sle_next = (elm); \
} while (0)

#define SLIST_REMOVE_HEAD(head, field) do { \
	(head)->slh_first = (head)->slh_first->field.sle_next; \
} while (0)

#define SLIST_REMOVE_AFTER(elm, field) do { \
	(elm)->field.sle_next = (elm)->field.sle_next->field.sle_next; \
} while (0)

/* Walks from the head to the element before elm, which must be there. */
#define SLIST_REMOVE(head, elm, type, field) do { \
	if ((head)->slh_first == (elm)) { \
		SLIST_REMOVE_HEAD((head), field); \
	} else { \
		struct type *__lwb_prev = (head)->slh_first; \
		while (__lwb_prev->field.sle_next != (elm)) \
			__lwb_prev = __lwb_prev->field.sle_next; \
		SLIST_REMOVE_AFTER(__lwb_prev, field); \
	} \
} while (0)

#define SLIST_CONCAT(head1, head2, type, field) do { \
	struct type *__lwb_last = (head1)->slh_first; \
	if (__lwb_last == NULL) { \
		(head1)->slh_first = (head2)->slh_first; \
	} else if ((head2)->slh_first != NULL) { \
		while (__lwb_last->field.sle_next != NULL) \
			__lwb_last = __lwb_last->field.sle_next; \
		__lwb_last->field.sle_next = (head2)->slh_first; \
	} \
	(head2)->slh_first = NULL; \
} while (0)

#define SLIST_SWAP(head1, head2, type) do { \
	struct type *__lwb_first = (head1)->slh_first; \
	(head1)->slh_first = (head2)->slh_first; \
	(head2)->slh_first = __lwb_first; \
} while (0)

#define SLIST_FOREACH(var, head, field) \
	for ((var) = (head)->slh_first; (var); (var) = (var)->field.sle_next)

#define SLIST_FOREACH_FROM(var, head, field) \
	for ((var) = (var) ? (var) : (head)->slh_first; (var); \
	     (var) = (var)->field.sle_next)

#define SLIST_FOREACH_SAFE(var, head, field, tvar) \
	for ((var) = (head)->slh_first; \
	     (var) && ((tvar) = (var)->field.sle_next, 1); (var) = (tvar))

#define SLIST_FOREACH_FROM_SAFE(var, head, field, tvar) \
	for ((var) = (var) ? (var) : (head)->slh_first; \
	     (var) && ((tvar) = (var)->field.sle_next, 1); (var) = (tvar))

/*
 * Doubly linked lists: a head pointer; each element links forward and back
 * to the pointer that points at it, so it can unlink itself.
 */
#define LIST_HEAD(name, type) \
	struct name { struct type *lh_first; }
#define LIST_CLASS_HEAD(name, type) \
	struct name { class type *lh_first; }
#define LIST_HEAD_INITIALIZER(head) { NULL }
#define LIST_ENTRY(type) \
	struct { struct type *le_next; struct type **le_prev; }
#define LIST_CLASS_ENTRY(type) \
	struct { class type *le_next; class type **le_prev; }

#define LIST_FIRST(head) ((head)->lh_first)
#define LIST_END(head) NULL
#define LIST_EMPTY(head) ((head)->lh_first == NULL)
#define LIST_NEXT(elm, field) ((elm)->field.le_next)
/* le_prev points at the previous element's le_next, the first member of
 * its link field. */
#define LIST_PREV(elm, head, type, field) \
	((elm)->field.le_prev == &(head)->lh_first ? NULL : \
	 __LWB_QUEUE_CONTAINER((elm)->field.le_prev, type, field))

#define LIST_INIT(head) do { \
	(head)->lh_first = NULL; \
} while (0)

#define LIST_INSERT_HEAD(head, elm, field) do { \
	if (((elm)->field.le_next = (head)->lh_first) != NULL) \
		(head)->lh_first->field.le_prev = &(elm)->field.le_next; \
	(head)->lh_first = (elm); \
	(elm)->field.le_prev = &(head)->lh_first; \
} while (0)

#define LIST_INSERT_AFTER(listelm, elm, field) do { \
	if (((elm)->field.le_next = (listelm)->field.le_next) != NULL) \
		(listelm)->field.le_next->field.le_prev = &(elm)->field.le_next; \
	(listelm)->field.le_next = (elm); \
	(elm)->field.le_prev = &(listelm)->field.le_next; \
} while (0)

#define LIST_INSERT_BEFORE(listelm, elm, field) do { \
	(elm)->field.le_prev = (listelm)->field.le_prev; \
	(elm)->field.le_next = (listelm); \
	*(listelm)->field.le_prev = (elm); \
	(listelm)->field.le_prev = &(elm)->field.le_next; \
} while (0)

#define LIST_REMOVE(elm, field) do { \
	if ((elm)->field.le_next != NULL) \
		(elm)->field.le_next->field.le_prev = (elm)->field.le_prev; \
	*(elm)->field.le_prev = (elm)->field.le_next; \
} while (0)

#define LIST_CONCAT(head1, head2, type, field) do { \
	struct type *__lwb_last = (head1)->lh_first; \
	if (__lwb_last == NULL) { \
		if (((head1)->lh_first = (head2)->lh_first) != NULL) \
			(head2)->lh_first->field.le_prev = &(head1)->lh_first; \
	} else if ((head2)->lh_first != NULL) { \
		while (__lwb_last->field.le_next != NULL) \
			__lwb_last = __lwb_last->field.le_next; \
		__lwb_last->field.le_next = (head2)->lh_first; \
		(head2)->lh_first->field.le_prev = &__lwb_last->field.le_next; \
	} \
	(head2)->lh_first = NULL; \
} while (0)

#define LIST_SWAP(head1, head2, type, field) do { \
	struct type *__lwb_first = (head1)->lh_first; \
	(head1)->lh_first = (head2)->lh_first; \
	(head2)->lh_first = __lwb_first; \
	if ((head1)->lh_first != NULL) \
		(head1)->lh_first->field.le_prev = &(head1)->lh_first; \
	if ((head2)->lh_first != NULL) \
		(head2)->lh_first->field.le_prev = &(head2)->lh_first; \
} while (0)

#define LIST_FOREACH(var, head, field) \
	for ((var) = (head)->lh_first; (var); (var) = (var)->field.le_next)

#define LIST_FOREACH_FROM(var, head, field) \
	for ((var) = (var) ? (var) : (head)->lh_first; (var); \
	     (var) = (var)->field.le_next)

#define LIST_FOREACH_SAFE(var, head, field, tvar) \
	for ((var) = (head)->lh_first; \
	     (var) && ((tvar) = (var)->field.le_next, 1); (var) = (tvar))

#define LIST_FOREACH_FROM_SAFE(var, head, field, tvar) \
	for ((var) = (var) ? (var) : (head)->lh_first; \
	     (var) && ((tvar) = (var)->field.le_next, 1); (var) = (tvar))

/*
 * Singly linked tail queues: a head pointer and a pointer to the last
 * element's link (or to the head pointer when empty), so appending is O(1).
 * STAILQ is FreeBSD's name, SIMPLEQ NetBSD's; glibc has both.
 */
#define STAILQ_HEAD(name, type) \
	struct name { struct type *stqh_first; struct type **stqh_last; }
#define STAILQ_CLASS_HEAD(name, type) \
	struct name { class type *stqh_first; class type **stqh_last; }
#define STAILQ_HEAD_INITIALIZER(head) { NULL, &(head).stqh_first }
#define STAILQ_ENTRY(type) \
	struct { struct type *stqe_next; }
#define STAILQ_CLASS_ENTRY(type) \
	struct { class type *stqe_next; }

#define STAILQ_FIRST(head) ((head)->stqh_first)
#define STAILQ_END(head) NULL
#define STAILQ_EMPTY(head) ((head)->stqh_first == NULL)
#define STAILQ_NEXT(elm, field) ((elm)->field.stqe_next)
#define STAILQ_LAST(head, type, field) \
	((head)->stqh_first == NULL ? NULL : \
	 __LWB_QUEUE_CONTAINER((head)->stqh_last, type, field))

#define STAILQ_INIT(head) do { \
	(head)->stqh_first = NULL; \
	(head)->stqh_last = &(head)->stqh_first; \
} while (0)

#define STAILQ_INSERT_HEAD(head, elm, field) do { \
	if (((elm)->field.stqe_next = (head)->stqh_first) == NULL) \
		(head)->stqh_last = &(elm)->field.stqe_next; \
	(head)->stqh_first = (elm); \
} while (0)

#define STAILQ_INSERT_TAIL(head, elm, field) do { \
	(elm)->field.stqe_next = NULL; \
	*(head)->stqh_last = (elm); \
	(head)->stqh_last = &(elm)->field.stqe_next; \
} while (0)

#define STAILQ_INSERT_AFTER(head, listelm, elm, field) do { \
	if (((elm)->field.stqe_next = (listelm)->field.stqe_next) == NULL) \
		(head)->stqh_last = &(elm)->field.stqe_next; \
	(listelm)->field.stqe_next = (elm); \
} while (0)

#define STAILQ_REMOVE_HEAD(head, field) do { \
	if (((head)->stqh_first = (head)->stqh_first->field.stqe_next) == NULL) \
		(head)->stqh_last = &(head)->stqh_first; \
} while (0)

#define STAILQ_REMOVE_AFTER(head, elm, field) do { \
	if (((elm)->field.stqe_next = \
	     (elm)->field.stqe_next->field.stqe_next) == NULL) \
		(head)->stqh_last = &(elm)->field.stqe_next; \
} while (0)

#define STAILQ_REMOVE(head, elm, type, field) do { \
	if ((head)->stqh_first == (elm)) { \
		STAILQ_REMOVE_HEAD((head), field); \
	} else { \
		struct type *__lwb_prev = (head)->stqh_first; \
		while (__lwb_prev->field.stqe_next != (elm)) \
			__lwb_prev = __lwb_prev->field.stqe_next; \
		STAILQ_REMOVE_AFTER((head), __lwb_prev, field); \
	} \
} while (0)

#define STAILQ_CONCAT(head1, head2) do { \
	if ((head2)->stqh_first != NULL) { \
		*(head1)->stqh_last = (head2)->stqh_first; \
		(head1)->stqh_last = (head2)->stqh_last; \
		STAILQ_INIT((head2)); \
	} \
} while (0)

#define STAILQ_SWAP(head1, head2, type) do { \
	struct type *__lwb_first = (head1)->stqh_first; \
	struct type **__lwb_last = (head1)->stqh_last; \
	(head1)->stqh_first = (head2)->stqh_first; \
	(head1)->stqh_last = (head2)->stqh_last; \
	(head2)->stqh_first = __lwb_first; \
	(head2)->stqh_last = __lwb_last; \
	if ((head1)->stqh_first == NULL) \
		(head1)->stqh_last = &(head1)->stqh_first; \
	if ((head2)->stqh_first == NULL) \
		(head2)->stqh_last = &(head2)->stqh_first; \
} while (0)

#define STAILQ_FOREACH(var, head, field) \
	for ((var) = (head)->stqh_first; (var); (var) = (var)->field.stqe_next)

#define STAILQ_FOREACH_FROM(var, head, field) \
	for ((var) = (var) ? (var) : (head)->stqh_first; (var); \
	     (var) = (var)->field.stqe_next)

#define STAILQ_FOREACH_SAFE(var, head, field, tvar) \
	for ((var) = (head)->stqh_first; \
	     (var) && ((tvar) = (var)->field.stqe_next, 1); (var) = (tvar))

#define STAILQ_FOREACH_FROM_SAFE(var, head, field, tvar) \
	for ((var) = (var) ? (var) : (head)->stqh_first; \
	     (var) && ((tvar) = (var)->field.stqe_next, 1); (var) = (tvar))

#define SIMPLEQ_HEAD(name, type) \
	struct name { struct type *sqh_first; struct type **sqh_last; }
#define SIMPLEQ_HEAD_INITIALIZER(head) { NULL, &(head).sqh_first }
#define SIMPLEQ_ENTRY(type) \
	struct { struct type *sqe_next; }

#define SIMPLEQ_FIRST(head) ((head)->sqh_first)
#define SIMPLEQ_END(head) NULL
#define SIMPLEQ_EMPTY(head) ((head)->sqh_first == NULL)
#define SIMPLEQ_NEXT(elm, field) ((elm)->field.sqe_next)
#define SIMPLEQ_LAST(head, type, field) \
	((head)->sqh_first == NULL ? NULL : \
	 __LWB_QUEUE_CONTAINER((head)->sqh_last, type, field))

#define SIMPLEQ_INIT(head) do { \
	(head)->sqh_first = NULL; \
	(head)->sqh_last = &(head)->sqh_first; \
} while (0)

#define SIMPLEQ_INSERT_HEAD(head, elm, field) do { \
	if (((elm)->field.sqe_next = (head)->sqh_first) == NULL) \
		(head)->sqh_last = &(elm)->field.sqe_next; \
	(head)->sqh_first = (elm); \
} while (0)

#define SIMPLEQ_INSERT_TAIL(head, elm, field) do { \
	(elm)->field.sqe_next = NULL; \
	*(head)->sqh_last = (elm); \
	(head)->sqh_last = &(elm)->field.sqe_next; \
} while (0)

#define SIMPLEQ_INSERT_AFTER(head, listelm, elm, field) do { \
	if (((elm)->field.sqe_next = (listelm)->field.sqe_next) == NULL) \
		(head)->sqh_last = &(elm)->field.sqe_next; \
	(listelm)->field.sqe_next = (elm); \
} while (0)

#define SIMPLEQ_REMOVE_HEAD(head, field) do { \
	if (((head)->sqh_first = (head)->sqh_first->field.sqe_next) == NULL) \
		(head)->sqh_last = &(head)->sqh_first; \
} while (0)

#define SIMPLEQ_REMOVE_AFTER(head, elm, field) do { \
	if (((elm)->field.sqe_next = \
	     (elm)->field.sqe_next->field.sqe_next) == NULL) \
		(head)->sqh_last = &(elm)->field.sqe_next; \
} while (0)

#define SIMPLEQ_REMOVE(head, elm, type, field) do { \
	if ((head)->sqh_first == (elm)) { \
		SIMPLEQ_REMOVE_HEAD((head), field); \
	} else { \
		struct type *__lwb_prev = (head)->sqh_first; \
		while (__lwb_prev->field.sqe_next != (elm)) \
			__lwb_prev = __lwb_prev->field.sqe_next; \
		SIMPLEQ_REMOVE_AFTER((head), __lwb_prev, field); \
	} \
} while (0)

#define SIMPLEQ_CONCAT(head1, head2) do { \
	if ((head2)->sqh_first != NULL) { \
		*(head1)->sqh_last = (head2)->sqh_first; \
		(head1)->sqh_last = (head2)->sqh_last; \
		SIMPLEQ_INIT((head2)); \
	} \
} while (0)

#define SIMPLEQ_FOREACH(var, head, field) \
	for ((var) = (head)->sqh_first; (var); (var) = (var)->field.sqe_next)

#define SIMPLEQ_FOREACH_SAFE(var, head, field, tvar) \
	for ((var) = (head)->sqh_first; \
	     (var) && ((tvar) = (var)->field.sqe_next, 1); (var) = (tvar))

/*
 * Tail queues: doubly linked, with a pointer to the last element's link.
 * A head and a link have the same layout, which is how TAILQ_LAST and
 * TAILQ_PREV step back: the pointer to an element's back link, read as a
 * head, yields the link before it.
 */
#define _TAILQ_HEAD(name, type, qual) \
	struct name { qual type *tqh_first; qual type *qual *tqh_last; }
#define TAILQ_HEAD(name, type) \
	struct name { struct type *tqh_first; struct type **tqh_last; }
#define TAILQ_CLASS_HEAD(name, type) \
	struct name { class type *tqh_first; class type **tqh_last; }
#define TAILQ_HEAD_INITIALIZER(head) { NULL, &(head).tqh_first }
#define _TAILQ_ENTRY(type, qual) \
	struct { qual type *tqe_next; qual type *qual *tqe_prev; }
#define TAILQ_ENTRY(type) \
	struct { struct type *tqe_next; struct type **tqe_prev; }
#define TAILQ_CLASS_ENTRY(type) \
	struct { class type *tqe_next; class type **tqe_prev; }

#define TAILQ_FIRST(head) ((head)->tqh_first)
#define TAILQ_END(head) NULL
#define TAILQ_EMPTY(head) ((head)->tqh_first == NULL)
#define TAILQ_NEXT(elm, field) ((elm)->field.tqe_next)
#define TAILQ_LAST(head, headname) \
	(*(((struct headname *)((head)->tqh_last))->tqh_last))
#define TAILQ_PREV(elm, headname, field) \
	(*(((struct headname *)((elm)->field.tqe_prev))->tqh_last))

#define TAILQ_INIT(head) do { \
	(head)->tqh_first = NULL; \
	(head)->tqh_last = &(head)->tqh_first; \
} while (0)

#define TAILQ_INSERT_HEAD(head, elm, field) do { \
	if (((elm)->field.tqe_next = (head)->tqh_first) != NULL) \
		(head)->tqh_first->field.tqe_prev = &(elm)->field.tqe_next; \
	else \
		(head)->tqh_last = &(elm)->field.tqe_next; \
	(head)->tqh_first = (elm); \
	(elm)->field.tqe_prev = &(head)->tqh_first; \
} while (0)

#define TAILQ_INSERT_TAIL(head, elm, field) do { \
	(elm)->field.tqe_next = NULL; \
	(elm)->field.tqe_prev = (head)->tqh_last; \
	*(head)->tqh_last = (elm); \
	(head)->tqh_last = &(elm)->field.tqe_next; \
} while (0)

#define TAILQ_INSERT_AFTER(head, listelm, elm, field) do { \
	if (((elm)->field.tqe_next = (listelm)->field.tqe_next) != NULL) \
		(elm)->field.tqe_next->field.tqe_prev = &(elm)->field.tqe_next; \
	else \
		(head)->tqh_last = &(elm)->field.tqe_next; \
	(listelm)->field.tqe_next = (elm); \
	(elm)->field.tqe_prev = &(listelm)->field.tqe_next; \
} while (0)

#define TAILQ_INSERT_BEFORE(listelm, elm, field) do { \
	(elm)->field.tqe_prev = (listelm)->field.tqe_prev; \
	(elm)->field.tqe_next = (listelm); \
	*(listelm)->field.tqe_prev = (elm); \
	(listelm)->field.tqe_prev = &(elm)->field.tqe_next; \
} while (0)

#define TAILQ_REMOVE(head, elm, field) do { \
	if ((elm)->field.tqe_next != NULL) \
		(elm)->field.tqe_next->field.tqe_prev = (elm)->field.tqe_prev; \
	else \
		(head)->tqh_last = (elm)->field.tqe_prev; \
	*(elm)->field.tqe_prev = (elm)->field.tqe_next; \
} while (0)

#define TAILQ_CONCAT(head1, head2, field) do { \
	if ((head2)->tqh_first != NULL) { \
		*(head1)->tqh_last = (head2)->tqh_first; \
		(head2)->tqh_first->field.tqe_prev = (head1)->tqh_last; \
		(head1)->tqh_last = (head2)->tqh_last; \
		TAILQ_INIT((head2)); \
	} \
} while (0)

#define TAILQ_SWAP(head1, head2, type, field) do { \
	struct type *__lwb_first = (head1)->tqh_first; \
	struct type **__lwb_last = (head1)->tqh_last; \
	(head1)->tqh_first = (head2)->tqh_first; \
	(head1)->tqh_last = (head2)->tqh_last; \
	(head2)->tqh_first = __lwb_first; \
	(head2)->tqh_last = __lwb_last; \
	if ((head1)->tqh_first != NULL) \
		(head1)->tqh_first->field.tqe_prev = &(head1)->tqh_first; \
	else \
		(head1)->tqh_last = &(head1)->tqh_first; \
	if ((head2)->tqh_first != NULL) \
		(head2)->tqh_first->field.tqe_prev = &(head2)->tqh_first; \
	else \
		(head2)->tqh_last = &(head2)->tqh_first; \
} while (0)

#define TAILQ_FOREACH(var, head, field) \
	for ((var) = (head)->tqh_first; (var); (var) = (var)->field.tqe_next)

#define TAILQ_FOREACH_FROM(var, head, field) \
	for ((var) = (var) ? (var) : (head)->tqh_first; (var); \
	     (var) = (var)->field.tqe_next)

#define TAILQ_FOREACH_SAFE(var, head, field, tvar) \
	for ((var) = (head)->tqh_first; \
	     (var) && ((tvar) = (var)->field.tqe_next, 1); (var) = (tvar))

#define TAILQ_FOREACH_FROM_SAFE(var, head, field, tvar) \
	for ((var) = (var) ? (var) : (head)->tqh_first; \
	     (var) && ((tvar) = (var)->field.tqe_next, 1); (var) = (tvar))

#define TAILQ_FOREACH_REVERSE(var, head, headname, field) \
	for ((var) = TAILQ_LAST((head), headname); (var); \
	     (var) = TAILQ_PREV((var), headname, field))

#define TAILQ_FOREACH_REVERSE_FROM(var, head, headname, field) \
	for ((var) = (var) ? (var) : TAILQ_LAST((head), headname); (var); \
	     (var) = TAILQ_PREV((var), headname, field))

#define TAILQ_FOREACH_REVERSE_SAFE(var, head, headname, field, tvar) \
	for ((var) = TAILQ_LAST((head), headname); \
	     (var) && ((tvar) = TAILQ_PREV((var), headname, field), 1); \
	     (var) = (tvar))

#define TAILQ_FOREACH_REVERSE_FROM_SAFE(var, head, headname, field, tvar) \
	for ((var) = (var) ? (var) : TAILQ_LAST((head), headname); \
	     (var) && ((tvar) = TAILQ_PREV((var), headname, field), 1); \
	     (var) = (tvar))

/*
 * Circular queues: the head itself, cast to an element pointer, ends the
 * queue in both directions (CIRCLEQ_NEXT of the last element is the head).
 * As in glibc, these convert void * implicitly and are C only.
 */
#define CIRCLEQ_HEAD(name, type) \
	struct name { struct type *cqh_first; struct type *cqh_last; }
#define CIRCLEQ_HEAD_INITIALIZER(head) { (void *)&(head), (void *)&(head) }
#define CIRCLEQ_ENTRY(type) \
	struct { struct type *cqe_next; struct type *cqe_prev; }

#define CIRCLEQ_FIRST(head) ((head)->cqh_first)
#define CIRCLEQ_LAST(head) ((head)->cqh_last)
#define CIRCLEQ_END(head) ((void *)(head))
#define CIRCLEQ_EMPTY(head) ((head)->cqh_first == (void *)(head))
#define CIRCLEQ_NEXT(elm, field) ((elm)->field.cqe_next)
#define CIRCLEQ_PREV(elm, field) ((elm)->field.cqe_prev)
#define CIRCLEQ_LOOP_NEXT(head, elm, field) \
	((elm)->field.cqe_next == (void *)(head) ? (head)->cqh_first : \
	 (elm)->field.cqe_next)
#define CIRCLEQ_LOOP_PREV(head, elm, field) \
	((elm)->field.cqe_prev == (void *)(head) ? (head)->cqh_last : \
	 (elm)->field.cqe_prev)

#define CIRCLEQ_INIT(head) do { \
	(head)->cqh_first = (void *)(head); \
	(head)->cqh_last = (void *)(head); \
} while (0)

#define CIRCLEQ_INSERT_HEAD(head, elm, field) do { \
	(elm)->field.cqe_next = (head)->cqh_first; \
	(elm)->field.cqe_prev = (void *)(head); \
	if ((head)->cqh_last == (void *)(head)) \
		(head)->cqh_last = (elm); \
	else \
		(head)->cqh_first->field.cqe_prev = (elm); \
	(head)->cqh_first = (elm); \
} while (0)

#define CIRCLEQ_INSERT_TAIL(head, elm, field) do { \
	(elm)->field.cqe_next = (void *)(head); \
	(elm)->field.cqe_prev = (head)->cqh_last; \
	if ((head)->cqh_first == (void *)(head)) \
		(head)->cqh_first = (elm); \
	else \
		(head)->cqh_last->field.cqe_next = (elm); \
	(head)->cqh_last = (elm); \
} while (0)

#define CIRCLEQ_INSERT_AFTER(head, listelm, elm, field) do { \
	(elm)->field.cqe_next = (listelm)->field.cqe_next; \
	(elm)->field.cqe_prev = (listelm); \
	if ((listelm)->field.cqe_next == (void *)(head)) \
		(head)->cqh_last = (elm); \
	else \
		(listelm)->field.cqe_next->field.cqe_prev = (elm); \
	(listelm)->field.cqe_next = (elm); \
} while (0)

#define CIRCLEQ_INSERT_BEFORE(head, listelm, elm, field) do { \
	(elm)->field.cqe_next = (listelm); \
	(elm)->field.cqe_prev = (listelm)->field.cqe_prev; \
	if ((listelm)->field.cqe_prev == (void *)(head)) \
		(head)->cqh_first = (elm); \
	else \
		(listelm)->field.cqe_prev->field.cqe_next = (elm); \
	(listelm)->field.cqe_prev = (elm); \
} while (0)

#define CIRCLEQ_REMOVE(head, elm, field) do { \
	if ((elm)->field.cqe_next == (void *)(head)) \
		(head)->cqh_last = (elm)->field.cqe_prev; \
	else \
		(elm)->field.cqe_next->field.cqe_prev = (elm)->field.cqe_prev; \
	if ((elm)->field.cqe_prev == (void *)(head)) \
		(head)->cqh_first = (elm)->field.cqe_next; \
	else \
		(elm)->field.cqe_prev->field.cqe_next = (elm)->field.cqe_next; \
} while (0)

#define CIRCLEQ_FOREACH(var, head, field) \
	for ((var) = (head)->cqh_first; (var) != (const void *)(head); \
	     (var) = (var)->field.cqe_next)

#define CIRCLEQ_FOREACH_REVERSE(var, head, field) \
	for ((var) = (head)->cqh_last; (var) != (const void *)(head); \
	     (var) = (var)->field.cqe_prev)

#endif
