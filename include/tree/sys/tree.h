/*
 * libwildebeest: <sys/tree.h>, the BSDs' splay and red-black trees.
 *
 * glibc has no sys/tree.h (BSD code gets it from libbsd or a copy); musl
 * has none either. This one implements the interface the BSDs' tree(3)
 * documents: SPLAY_* and RB_*, RB_PROTOTYPE_STATIC/RB_GENERATE_STATIC,
 * RB_NFIND, RB_PREV, the *_SAFE and *_REVERSE loops, and FreeBSD's
 * RB_FOREACH_FROM, RB_FOREACH_REVERSE_FROM, RB_REINSERT, the split
 * RB_PROTOTYPE_x/RB_GENERATE_x pieces and the RB_AUGMENT hook. It is
 * written from those manuals, on top of the textbook algorithms (top-down
 * splaying; red-black insertion and deletion with parent pointers).
 *
 * TYPE is a structure tag, FIELD its member declared with SPLAY_ENTRY or
 * RB_ENTRY, NAME a prefix for the generated functions, CMP a function
 * taking two struct TYPE * and returning <0, 0 or >0. Keys are unique:
 * inserting an equal element returns the one already in the tree.
 *
 * RB_AUGMENT(elm), when defined before this header, is called for every
 * element whose subtree changed, children before parents, after each
 * insertion, removal and rotation.
 */
#ifndef __LWB_TREE_SYS_TREE_H
#define __LWB_TREE_SYS_TREE_H

#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

/* Generated static functions a program does not call must not warn. */
#if defined __GNUC__ || defined __clang__
#define __LWB_TREE_STATIC static __attribute__((__unused__))
#else
#define __LWB_TREE_STATIC static
#endif

/*
 * Splay trees.
 */
#define SPLAY_HEAD(name, type) \
	struct name { struct type *sph_root; }
#define SPLAY_INITIALIZER(root) { NULL }
#define SPLAY_INIT(root) do { (root)->sph_root = NULL; } while (0)
#define SPLAY_ENTRY(type) \
	struct { struct type *spe_left; struct type *spe_right; }

#define SPLAY_LEFT(elm, field) (elm)->field.spe_left
#define SPLAY_RIGHT(elm, field) (elm)->field.spe_right
#define SPLAY_ROOT(head) (head)->sph_root
#define SPLAY_EMPTY(head) (SPLAY_ROOT(head) == NULL)

#define SPLAY_NEGINF -1
#define SPLAY_INF 1

#define SPLAY_INSERT(name, x, y) name##_SPLAY_INSERT(x, y)
#define SPLAY_REMOVE(name, x, y) name##_SPLAY_REMOVE(x, y)
#define SPLAY_FIND(name, x, y) name##_SPLAY_FIND(x, y)
#define SPLAY_NEXT(name, x, y) name##_SPLAY_NEXT(x, y)
#define SPLAY_MIN(name, x) \
	(SPLAY_EMPTY(x) ? NULL : name##_SPLAY_MIN_MAX(x, SPLAY_NEGINF))
#define SPLAY_MAX(name, x) \
	(SPLAY_EMPTY(x) ? NULL : name##_SPLAY_MIN_MAX(x, SPLAY_INF))

#define SPLAY_FOREACH(x, name, head) \
	for ((x) = SPLAY_MIN(name, head); (x) != NULL; \
	     (x) = SPLAY_NEXT(name, head, x))

#define SPLAY_PROTOTYPE(name, type, field, cmp) \
void name##_SPLAY(struct name *, struct type *); \
struct type *name##_SPLAY_INSERT(struct name *, struct type *); \
struct type *name##_SPLAY_REMOVE(struct name *, struct type *); \
struct type *name##_SPLAY_FIND(struct name *, struct type *); \
struct type *name##_SPLAY_NEXT(struct name *, struct type *); \
struct type *name##_SPLAY_MIN_MAX(struct name *, int);

/*
 * name_SPLAY brings the element comparing equal to elm, or the last one met
 * on the way to where it would be, to the root: top-down, the nodes passed
 * on the way are split into a tree of smaller ones (grown at its right
 * edge, through lhook) and one of larger ones (grown at its left edge,
 * through rhook), rotating once when two steps go the same way.
 */
#define SPLAY_GENERATE(name, type, field, cmp) \
void name##_SPLAY(struct name *__lwb_head, struct type *__lwb_elm) \
{ \
	struct type *__lwb_t = __lwb_head->sph_root, *__lwb_y; \
	struct type *__lwb_ltree = NULL, *__lwb_rtree = NULL; \
	struct type **__lwb_lhook = &__lwb_ltree, **__lwb_rhook = &__lwb_rtree; \
	int __lwb_c; \
	if (__lwb_t == NULL) \
		return; \
	while ((__lwb_c = (cmp)(__lwb_elm, __lwb_t)) != 0) { \
		if (__lwb_c < 0) { \
			if (SPLAY_LEFT(__lwb_t, field) == NULL) \
				break; \
			if ((cmp)(__lwb_elm, SPLAY_LEFT(__lwb_t, field)) < 0) { \
				__lwb_y = SPLAY_LEFT(__lwb_t, field); \
				SPLAY_LEFT(__lwb_t, field) = SPLAY_RIGHT(__lwb_y, field); \
				SPLAY_RIGHT(__lwb_y, field) = __lwb_t; \
				__lwb_t = __lwb_y; \
				if (SPLAY_LEFT(__lwb_t, field) == NULL) \
					break; \
			} \
			*__lwb_rhook = __lwb_t; \
			__lwb_rhook = &SPLAY_LEFT(__lwb_t, field); \
			__lwb_t = *__lwb_rhook; \
		} else { \
			if (SPLAY_RIGHT(__lwb_t, field) == NULL) \
				break; \
			if ((cmp)(__lwb_elm, SPLAY_RIGHT(__lwb_t, field)) > 0) { \
				__lwb_y = SPLAY_RIGHT(__lwb_t, field); \
				SPLAY_RIGHT(__lwb_t, field) = SPLAY_LEFT(__lwb_y, field); \
				SPLAY_LEFT(__lwb_y, field) = __lwb_t; \
				__lwb_t = __lwb_y; \
				if (SPLAY_RIGHT(__lwb_t, field) == NULL) \
					break; \
			} \
			*__lwb_lhook = __lwb_t; \
			__lwb_lhook = &SPLAY_RIGHT(__lwb_t, field); \
			__lwb_t = *__lwb_lhook; \
		} \
	} \
	*__lwb_lhook = SPLAY_LEFT(__lwb_t, field); \
	*__lwb_rhook = SPLAY_RIGHT(__lwb_t, field); \
	SPLAY_LEFT(__lwb_t, field) = __lwb_ltree; \
	SPLAY_RIGHT(__lwb_t, field) = __lwb_rtree; \
	__lwb_head->sph_root = __lwb_t; \
} \
\
struct type *name##_SPLAY_INSERT(struct name *__lwb_head, struct type *__lwb_elm) \
{ \
	struct type *__lwb_root; \
	int __lwb_c; \
	if (SPLAY_EMPTY(__lwb_head)) { \
		SPLAY_LEFT(__lwb_elm, field) = SPLAY_RIGHT(__lwb_elm, field) = NULL; \
	} else { \
		name##_SPLAY(__lwb_head, __lwb_elm); \
		__lwb_root = __lwb_head->sph_root; \
		__lwb_c = (cmp)(__lwb_elm, __lwb_root); \
		if (__lwb_c == 0) \
			return __lwb_root; \
		if (__lwb_c < 0) { \
			SPLAY_LEFT(__lwb_elm, field) = SPLAY_LEFT(__lwb_root, field); \
			SPLAY_RIGHT(__lwb_elm, field) = __lwb_root; \
			SPLAY_LEFT(__lwb_root, field) = NULL; \
		} else { \
			SPLAY_RIGHT(__lwb_elm, field) = SPLAY_RIGHT(__lwb_root, field); \
			SPLAY_LEFT(__lwb_elm, field) = __lwb_root; \
			SPLAY_RIGHT(__lwb_root, field) = NULL; \
		} \
	} \
	__lwb_head->sph_root = __lwb_elm; \
	return NULL; \
} \
\
/* Returns the element removed (the one comparing equal to elm). */ \
struct type *name##_SPLAY_REMOVE(struct name *__lwb_head, struct type *__lwb_elm) \
{ \
	struct type *__lwb_root, *__lwb_right; \
	if (SPLAY_EMPTY(__lwb_head)) \
		return NULL; \
	name##_SPLAY(__lwb_head, __lwb_elm); \
	__lwb_root = __lwb_head->sph_root; \
	if ((cmp)(__lwb_elm, __lwb_root) != 0) \
		return NULL; \
	if (SPLAY_LEFT(__lwb_root, field) == NULL) { \
		__lwb_head->sph_root = SPLAY_RIGHT(__lwb_root, field); \
	} else { \
		/* Everything left is smaller: splaying for elm there brings \
		 * up its largest element, which has no right child. */ \
		__lwb_right = SPLAY_RIGHT(__lwb_root, field); \
		__lwb_head->sph_root = SPLAY_LEFT(__lwb_root, field); \
		name##_SPLAY(__lwb_head, __lwb_elm); \
		SPLAY_RIGHT(__lwb_head->sph_root, field) = __lwb_right; \
	} \
	return __lwb_root; \
} \
\
struct type *name##_SPLAY_FIND(struct name *__lwb_head, struct type *__lwb_elm) \
{ \
	if (SPLAY_EMPTY(__lwb_head)) \
		return NULL; \
	name##_SPLAY(__lwb_head, __lwb_elm); \
	if ((cmp)(__lwb_elm, __lwb_head->sph_root) == 0) \
		return __lwb_head->sph_root; \
	return NULL; \
} \
\
/* elm is in the tree: splayed to the root, its successor is the smallest \
 * element on its right. */ \
struct type *name##_SPLAY_NEXT(struct name *__lwb_head, struct type *__lwb_elm) \
{ \
	name##_SPLAY(__lwb_head, __lwb_elm); \
	__lwb_elm = SPLAY_RIGHT(__lwb_elm, field); \
	if (__lwb_elm != NULL) \
		while (SPLAY_LEFT(__lwb_elm, field) != NULL) \
			__lwb_elm = SPLAY_LEFT(__lwb_elm, field); \
	return __lwb_elm; \
} \
\
struct type *name##_SPLAY_MIN_MAX(struct name *__lwb_head, int __lwb_val) \
{ \
	struct type *__lwb_t = __lwb_head->sph_root; \
	if (__lwb_t != NULL) { \
		if (__lwb_val < 0) \
			while (SPLAY_LEFT(__lwb_t, field) != NULL) \
				__lwb_t = SPLAY_LEFT(__lwb_t, field); \
		else \
			while (SPLAY_RIGHT(__lwb_t, field) != NULL) \
				__lwb_t = SPLAY_RIGHT(__lwb_t, field); \
	} \
	return __lwb_t; \
}

/*
 * Red-black trees.
 */
#define RB_BLACK 0
#define RB_RED 1
#define RB_NEGINF -1
#define RB_INF 1

#define RB_HEAD(name, type) \
	struct name { struct type *rbh_root; }
#define RB_INITIALIZER(root) { NULL }
#define RB_INIT(root) do { (root)->rbh_root = NULL; } while (0)
#define RB_ENTRY(type) \
	struct { \
		struct type *rbe_left; \
		struct type *rbe_right; \
		struct type *rbe_parent; \
		int rbe_color; \
	}

#define RB_LEFT(elm, field) (elm)->field.rbe_left
#define RB_RIGHT(elm, field) (elm)->field.rbe_right
#define RB_PARENT(elm, field) (elm)->field.rbe_parent
#define RB_COLOR(elm, field) (elm)->field.rbe_color
#define RB_ROOT(head) (head)->rbh_root
#define RB_EMPTY(head) (RB_ROOT(head) == NULL)

#ifndef RB_AUGMENT
#define RB_AUGMENT(x) do {} while (0)
#endif

#define RB_INSERT(name, x, y) name##_RB_INSERT(x, y)
#define RB_REMOVE(name, x, y) name##_RB_REMOVE(x, y)
#define RB_FIND(name, x, y) name##_RB_FIND(x, y)
#define RB_NFIND(name, x, y) name##_RB_NFIND(x, y)
#define RB_NEXT(name, x, y) name##_RB_NEXT(y)
#define RB_PREV(name, x, y) name##_RB_PREV(y)
#define RB_MIN(name, x) name##_RB_MINMAX(x, RB_NEGINF)
#define RB_MAX(name, x) name##_RB_MINMAX(x, RB_INF)
#define RB_REINSERT(name, x, y) name##_RB_REINSERT(x, y)

#define RB_FOREACH(x, name, head) \
	for ((x) = RB_MIN(name, head); (x) != NULL; (x) = name##_RB_NEXT(x))
#define RB_FOREACH_FROM(x, name, y) \
	for ((x) = (y); (x) != NULL && ((y) = name##_RB_NEXT(x), 1); (x) = (y))
#define RB_FOREACH_SAFE(x, name, head, y) \
	for ((x) = RB_MIN(name, head); \
	     (x) != NULL && ((y) = name##_RB_NEXT(x), 1); (x) = (y))
#define RB_FOREACH_REVERSE(x, name, head) \
	for ((x) = RB_MAX(name, head); (x) != NULL; (x) = name##_RB_PREV(x))
#define RB_FOREACH_REVERSE_FROM(x, name, y) \
	for ((x) = (y); (x) != NULL && ((y) = name##_RB_PREV(x), 1); (x) = (y))
#define RB_FOREACH_REVERSE_SAFE(x, name, head, y) \
	for ((x) = RB_MAX(name, head); \
	     (x) != NULL && ((y) = name##_RB_PREV(x), 1); (x) = (y))

/* Prototypes, whole or piece by piece; attr is the storage class. */
#define RB_PROTOTYPE_INSERT_COLOR(name, type, attr) \
	attr void name##_RB_INSERT_COLOR(struct name *, struct type *)
#define RB_PROTOTYPE_REMOVE_COLOR(name, type, attr) \
	attr void name##_RB_REMOVE_COLOR(struct name *, struct type *, struct type *)
#define RB_PROTOTYPE_INSERT(name, type, attr) \
	attr struct type *name##_RB_INSERT(struct name *, struct type *)
#define RB_PROTOTYPE_REMOVE(name, type, attr) \
	attr struct type *name##_RB_REMOVE(struct name *, struct type *)
#define RB_PROTOTYPE_FIND(name, type, attr) \
	attr struct type *name##_RB_FIND(struct name *, struct type *)
#define RB_PROTOTYPE_NFIND(name, type, attr) \
	attr struct type *name##_RB_NFIND(struct name *, struct type *)
#define RB_PROTOTYPE_NEXT(name, type, attr) \
	attr struct type *name##_RB_NEXT(struct type *)
#define RB_PROTOTYPE_PREV(name, type, attr) \
	attr struct type *name##_RB_PREV(struct type *)
#define RB_PROTOTYPE_MINMAX(name, type, attr) \
	attr struct type *name##_RB_MINMAX(struct name *, int)
#define RB_PROTOTYPE_REINSERT(name, type, attr) \
	attr struct type *name##_RB_REINSERT(struct name *, struct type *)

#define __LWB_RB_PROTOTYPE(name, type, attr) \
	RB_PROTOTYPE_INSERT_COLOR(name, type, attr); \
	RB_PROTOTYPE_REMOVE_COLOR(name, type, attr); \
	RB_PROTOTYPE_INSERT(name, type, attr); \
	RB_PROTOTYPE_REMOVE(name, type, attr); \
	RB_PROTOTYPE_FIND(name, type, attr); \
	RB_PROTOTYPE_NFIND(name, type, attr); \
	RB_PROTOTYPE_NEXT(name, type, attr); \
	RB_PROTOTYPE_PREV(name, type, attr); \
	RB_PROTOTYPE_MINMAX(name, type, attr); \
	RB_PROTOTYPE_REINSERT(name, type, attr);
#define RB_PROTOTYPE(name, type, field, cmp) \
	__LWB_RB_PROTOTYPE(name, type, extern)
#define RB_PROTOTYPE_STATIC(name, type, field, cmp) \
	__LWB_RB_PROTOTYPE(name, type, __LWB_TREE_STATIC)

/* Rotations: elm's child on the other side takes elm's place and elm
 * becomes its child. Both have new subtrees, lower one first. */
#define __LWB_RB_ROTATE_LEFT(head, elm, type, field) do { \
	struct type *__lwb_r = RB_RIGHT(elm, field); \
	if ((RB_RIGHT(elm, field) = RB_LEFT(__lwb_r, field)) != NULL) \
		RB_PARENT(RB_LEFT(__lwb_r, field), field) = (elm); \
	__LWB_RB_REPLACE_CHILD(head, elm, __lwb_r, field); \
	RB_LEFT(__lwb_r, field) = (elm); \
	RB_PARENT(elm, field) = __lwb_r; \
	RB_AUGMENT(elm); \
	RB_AUGMENT(__lwb_r); \
} while (0)

#define __LWB_RB_ROTATE_RIGHT(head, elm, type, field) do { \
	struct type *__lwb_l = RB_LEFT(elm, field); \
	if ((RB_LEFT(elm, field) = RB_RIGHT(__lwb_l, field)) != NULL) \
		RB_PARENT(RB_RIGHT(__lwb_l, field), field) = (elm); \
	__LWB_RB_REPLACE_CHILD(head, elm, __lwb_l, field); \
	RB_RIGHT(__lwb_l, field) = (elm); \
	RB_PARENT(elm, field) = __lwb_l; \
	RB_AUGMENT(elm); \
	RB_AUGMENT(__lwb_l); \
} while (0)

/* new takes old's place under old's parent (or at the root). */
#define __LWB_RB_REPLACE_CHILD(head, old, new, field) do { \
	if ((RB_PARENT(new, field) = RB_PARENT(old, field)) == NULL) \
		RB_ROOT(head) = (new); \
	else if (RB_LEFT(RB_PARENT(old, field), field) == (old)) \
		RB_LEFT(RB_PARENT(old, field), field) = (new); \
	else \
		RB_RIGHT(RB_PARENT(old, field), field) = (new); \
} while (0)

#define __LWB_RB_IS_BLACK(elm, field) \
	((elm) == NULL || RB_COLOR(elm, field) == RB_BLACK)

/* After a red leaf is attached: while it has a red parent, either recolour
 * (red uncle: the problem moves up two levels) or rotate once or twice
 * (black uncle: done). */
#define RB_GENERATE_INSERT_COLOR(name, type, field, attr) \
attr void name##_RB_INSERT_COLOR(struct name *__lwb_head, struct type *__lwb_elm) \
{ \
	struct type *__lwb_parent, *__lwb_gparent, *__lwb_uncle; \
	while ((__lwb_parent = RB_PARENT(__lwb_elm, field)) != NULL \
	       && RB_COLOR(__lwb_parent, field) == RB_RED) { \
		__lwb_gparent = RB_PARENT(__lwb_parent, field); \
		if (__lwb_parent == RB_LEFT(__lwb_gparent, field)) { \
			__lwb_uncle = RB_RIGHT(__lwb_gparent, field); \
			if (!__LWB_RB_IS_BLACK(__lwb_uncle, field)) { \
				RB_COLOR(__lwb_uncle, field) = RB_BLACK; \
				RB_COLOR(__lwb_parent, field) = RB_BLACK; \
				RB_COLOR(__lwb_gparent, field) = RB_RED; \
				__lwb_elm = __lwb_gparent; \
				continue; \
			} \
			if (RB_RIGHT(__lwb_parent, field) == __lwb_elm) { \
				__LWB_RB_ROTATE_LEFT(__lwb_head, __lwb_parent, type, field); \
				__lwb_elm = __lwb_parent; \
				__lwb_parent = RB_PARENT(__lwb_elm, field); \
			} \
			RB_COLOR(__lwb_parent, field) = RB_BLACK; \
			RB_COLOR(__lwb_gparent, field) = RB_RED; \
			__LWB_RB_ROTATE_RIGHT(__lwb_head, __lwb_gparent, type, field); \
		} else { \
			__lwb_uncle = RB_LEFT(__lwb_gparent, field); \
			if (!__LWB_RB_IS_BLACK(__lwb_uncle, field)) { \
				RB_COLOR(__lwb_uncle, field) = RB_BLACK; \
				RB_COLOR(__lwb_parent, field) = RB_BLACK; \
				RB_COLOR(__lwb_gparent, field) = RB_RED; \
				__lwb_elm = __lwb_gparent; \
				continue; \
			} \
			if (RB_LEFT(__lwb_parent, field) == __lwb_elm) { \
				__LWB_RB_ROTATE_RIGHT(__lwb_head, __lwb_parent, type, field); \
				__lwb_elm = __lwb_parent; \
				__lwb_parent = RB_PARENT(__lwb_elm, field); \
			} \
			RB_COLOR(__lwb_parent, field) = RB_BLACK; \
			RB_COLOR(__lwb_gparent, field) = RB_RED; \
			__LWB_RB_ROTATE_LEFT(__lwb_head, __lwb_gparent, type, field); \
		} \
	} \
	RB_COLOR(RB_ROOT(__lwb_head), field) = RB_BLACK; \
}

/* After a black element left the tree, elm (possibly NULL, under parent)
 * carries an extra black: push it up through a black sibling with black
 * children, or settle it with rotations. */
#define RB_GENERATE_REMOVE_COLOR(name, type, field, attr) \
attr void name##_RB_REMOVE_COLOR(struct name *__lwb_head, struct type *__lwb_parent, \
		struct type *__lwb_elm) \
{ \
	struct type *__lwb_sib; \
	while (__LWB_RB_IS_BLACK(__lwb_elm, field) && __lwb_elm != RB_ROOT(__lwb_head)) { \
		if (RB_LEFT(__lwb_parent, field) == __lwb_elm) { \
			__lwb_sib = RB_RIGHT(__lwb_parent, field); \
			if (RB_COLOR(__lwb_sib, field) == RB_RED) { \
				RB_COLOR(__lwb_sib, field) = RB_BLACK; \
				RB_COLOR(__lwb_parent, field) = RB_RED; \
				__LWB_RB_ROTATE_LEFT(__lwb_head, __lwb_parent, type, field); \
				__lwb_sib = RB_RIGHT(__lwb_parent, field); \
			} \
			if (__LWB_RB_IS_BLACK(RB_LEFT(__lwb_sib, field), field) \
			    && __LWB_RB_IS_BLACK(RB_RIGHT(__lwb_sib, field), field)) { \
				RB_COLOR(__lwb_sib, field) = RB_RED; \
				__lwb_elm = __lwb_parent; \
				__lwb_parent = RB_PARENT(__lwb_elm, field); \
				continue; \
			} \
			if (__LWB_RB_IS_BLACK(RB_RIGHT(__lwb_sib, field), field)) { \
				RB_COLOR(RB_LEFT(__lwb_sib, field), field) = RB_BLACK; \
				RB_COLOR(__lwb_sib, field) = RB_RED; \
				__LWB_RB_ROTATE_RIGHT(__lwb_head, __lwb_sib, type, field); \
				__lwb_sib = RB_RIGHT(__lwb_parent, field); \
			} \
			RB_COLOR(__lwb_sib, field) = RB_COLOR(__lwb_parent, field); \
			RB_COLOR(__lwb_parent, field) = RB_BLACK; \
			RB_COLOR(RB_RIGHT(__lwb_sib, field), field) = RB_BLACK; \
			__LWB_RB_ROTATE_LEFT(__lwb_head, __lwb_parent, type, field); \
		} else { \
			__lwb_sib = RB_LEFT(__lwb_parent, field); \
			if (RB_COLOR(__lwb_sib, field) == RB_RED) { \
				RB_COLOR(__lwb_sib, field) = RB_BLACK; \
				RB_COLOR(__lwb_parent, field) = RB_RED; \
				__LWB_RB_ROTATE_RIGHT(__lwb_head, __lwb_parent, type, field); \
				__lwb_sib = RB_LEFT(__lwb_parent, field); \
			} \
			if (__LWB_RB_IS_BLACK(RB_LEFT(__lwb_sib, field), field) \
			    && __LWB_RB_IS_BLACK(RB_RIGHT(__lwb_sib, field), field)) { \
				RB_COLOR(__lwb_sib, field) = RB_RED; \
				__lwb_elm = __lwb_parent; \
				__lwb_parent = RB_PARENT(__lwb_elm, field); \
				continue; \
			} \
			if (__LWB_RB_IS_BLACK(RB_LEFT(__lwb_sib, field), field)) { \
				RB_COLOR(RB_RIGHT(__lwb_sib, field), field) = RB_BLACK; \
				RB_COLOR(__lwb_sib, field) = RB_RED; \
				__LWB_RB_ROTATE_LEFT(__lwb_head, __lwb_sib, type, field); \
				__lwb_sib = RB_LEFT(__lwb_parent, field); \
			} \
			RB_COLOR(__lwb_sib, field) = RB_COLOR(__lwb_parent, field); \
			RB_COLOR(__lwb_parent, field) = RB_BLACK; \
			RB_COLOR(RB_LEFT(__lwb_sib, field), field) = RB_BLACK; \
			__LWB_RB_ROTATE_RIGHT(__lwb_head, __lwb_parent, type, field); \
		} \
		__lwb_elm = RB_ROOT(__lwb_head); \
		break; \
	} \
	if (__lwb_elm != NULL) \
		RB_COLOR(__lwb_elm, field) = RB_BLACK; \
}

/* elm must be in the tree. With two children, its successor (which has no
 * left child) is unlinked from its own place and takes elm's. */
#define RB_GENERATE_REMOVE(name, type, field, attr) \
attr struct type *name##_RB_REMOVE(struct name *__lwb_head, struct type *__lwb_elm) \
{ \
	struct type *__lwb_child, *__lwb_parent, *__lwb_next, *__lwb_up; \
	int __lwb_color; \
	if (RB_LEFT(__lwb_elm, field) == NULL || RB_RIGHT(__lwb_elm, field) == NULL) { \
		__lwb_child = RB_LEFT(__lwb_elm, field) != NULL ? \
			RB_LEFT(__lwb_elm, field) : RB_RIGHT(__lwb_elm, field); \
		__lwb_parent = RB_PARENT(__lwb_elm, field); \
		__lwb_color = RB_COLOR(__lwb_elm, field); \
		if (__lwb_child != NULL) \
			RB_PARENT(__lwb_child, field) = __lwb_parent; \
		if (__lwb_parent == NULL) \
			RB_ROOT(__lwb_head) = __lwb_child; \
		else if (RB_LEFT(__lwb_parent, field) == __lwb_elm) \
			RB_LEFT(__lwb_parent, field) = __lwb_child; \
		else \
			RB_RIGHT(__lwb_parent, field) = __lwb_child; \
	} else { \
		__lwb_next = RB_RIGHT(__lwb_elm, field); \
		while (RB_LEFT(__lwb_next, field) != NULL) \
			__lwb_next = RB_LEFT(__lwb_next, field); \
		__lwb_child = RB_RIGHT(__lwb_next, field); \
		__lwb_color = RB_COLOR(__lwb_next, field); \
		if (RB_PARENT(__lwb_next, field) == __lwb_elm) { \
			__lwb_parent = __lwb_next; \
		} else { \
			__lwb_parent = RB_PARENT(__lwb_next, field); \
			RB_LEFT(__lwb_parent, field) = __lwb_child; \
			if (__lwb_child != NULL) \
				RB_PARENT(__lwb_child, field) = __lwb_parent; \
			RB_RIGHT(__lwb_next, field) = RB_RIGHT(__lwb_elm, field); \
			RB_PARENT(RB_RIGHT(__lwb_next, field), field) = __lwb_next; \
		} \
		__LWB_RB_REPLACE_CHILD(__lwb_head, __lwb_elm, __lwb_next, field); \
		RB_LEFT(__lwb_next, field) = RB_LEFT(__lwb_elm, field); \
		RB_PARENT(RB_LEFT(__lwb_next, field), field) = __lwb_next; \
		RB_COLOR(__lwb_next, field) = RB_COLOR(__lwb_elm, field); \
	} \
	for (__lwb_up = __lwb_parent; __lwb_up != NULL; __lwb_up = RB_PARENT(__lwb_up, field)) \
		RB_AUGMENT(__lwb_up); \
	if (__lwb_color == RB_BLACK) \
		name##_RB_REMOVE_COLOR(__lwb_head, __lwb_parent, __lwb_child); \
	return __lwb_elm; \
}

/* Returns NULL, or the element already in the tree comparing equal. */
#define RB_GENERATE_INSERT(name, type, field, cmp, attr) \
attr struct type *name##_RB_INSERT(struct name *__lwb_head, struct type *__lwb_elm) \
{ \
	struct type *__lwb_parent = NULL, *__lwb_t = RB_ROOT(__lwb_head), *__lwb_up; \
	int __lwb_c = 0; \
	while (__lwb_t != NULL) { \
		__lwb_parent = __lwb_t; \
		__lwb_c = (cmp)(__lwb_elm, __lwb_t); \
		if (__lwb_c < 0) \
			__lwb_t = RB_LEFT(__lwb_t, field); \
		else if (__lwb_c > 0) \
			__lwb_t = RB_RIGHT(__lwb_t, field); \
		else \
			return __lwb_t; \
	} \
	RB_PARENT(__lwb_elm, field) = __lwb_parent; \
	RB_LEFT(__lwb_elm, field) = RB_RIGHT(__lwb_elm, field) = NULL; \
	RB_COLOR(__lwb_elm, field) = RB_RED; \
	if (__lwb_parent == NULL) \
		RB_ROOT(__lwb_head) = __lwb_elm; \
	else if (__lwb_c < 0) \
		RB_LEFT(__lwb_parent, field) = __lwb_elm; \
	else \
		RB_RIGHT(__lwb_parent, field) = __lwb_elm; \
	for (__lwb_up = __lwb_elm; __lwb_up != NULL; __lwb_up = RB_PARENT(__lwb_up, field)) \
		RB_AUGMENT(__lwb_up); \
	name##_RB_INSERT_COLOR(__lwb_head, __lwb_elm); \
	return NULL; \
}

#define RB_GENERATE_FIND(name, type, field, cmp, attr) \
attr struct type *name##_RB_FIND(struct name *__lwb_head, struct type *__lwb_elm) \
{ \
	struct type *__lwb_t = RB_ROOT(__lwb_head); \
	int __lwb_c; \
	while (__lwb_t != NULL) { \
		__lwb_c = (cmp)(__lwb_elm, __lwb_t); \
		if (__lwb_c < 0) \
			__lwb_t = RB_LEFT(__lwb_t, field); \
		else if (__lwb_c > 0) \
			__lwb_t = RB_RIGHT(__lwb_t, field); \
		else \
			return __lwb_t; \
	} \
	return NULL; \
}

/* The smallest element comparing greater than or equal to elm. */
#define RB_GENERATE_NFIND(name, type, field, cmp, attr) \
attr struct type *name##_RB_NFIND(struct name *__lwb_head, struct type *__lwb_elm) \
{ \
	struct type *__lwb_t = RB_ROOT(__lwb_head), *__lwb_res = NULL; \
	int __lwb_c; \
	while (__lwb_t != NULL) { \
		__lwb_c = (cmp)(__lwb_elm, __lwb_t); \
		if (__lwb_c < 0) { \
			__lwb_res = __lwb_t; \
			__lwb_t = RB_LEFT(__lwb_t, field); \
		} else if (__lwb_c > 0) { \
			__lwb_t = RB_RIGHT(__lwb_t, field); \
		} else { \
			return __lwb_t; \
		} \
	} \
	return __lwb_res; \
}

#define RB_GENERATE_NEXT(name, type, field, attr) \
attr struct type *name##_RB_NEXT(struct type *__lwb_elm) \
{ \
	if (RB_RIGHT(__lwb_elm, field) != NULL) { \
		__lwb_elm = RB_RIGHT(__lwb_elm, field); \
		while (RB_LEFT(__lwb_elm, field) != NULL) \
			__lwb_elm = RB_LEFT(__lwb_elm, field); \
		return __lwb_elm; \
	} \
	while (RB_PARENT(__lwb_elm, field) != NULL \
	       && RB_RIGHT(RB_PARENT(__lwb_elm, field), field) == __lwb_elm) \
		__lwb_elm = RB_PARENT(__lwb_elm, field); \
	return RB_PARENT(__lwb_elm, field); \
}

#define RB_GENERATE_PREV(name, type, field, attr) \
attr struct type *name##_RB_PREV(struct type *__lwb_elm) \
{ \
	if (RB_LEFT(__lwb_elm, field) != NULL) { \
		__lwb_elm = RB_LEFT(__lwb_elm, field); \
		while (RB_RIGHT(__lwb_elm, field) != NULL) \
			__lwb_elm = RB_RIGHT(__lwb_elm, field); \
		return __lwb_elm; \
	} \
	while (RB_PARENT(__lwb_elm, field) != NULL \
	       && RB_LEFT(RB_PARENT(__lwb_elm, field), field) == __lwb_elm) \
		__lwb_elm = RB_PARENT(__lwb_elm, field); \
	return RB_PARENT(__lwb_elm, field); \
}

#define RB_GENERATE_MINMAX(name, type, field, attr) \
attr struct type *name##_RB_MINMAX(struct name *__lwb_head, int __lwb_val) \
{ \
	struct type *__lwb_t = RB_ROOT(__lwb_head); \
	if (__lwb_t != NULL) { \
		if (__lwb_val < 0) \
			while (RB_LEFT(__lwb_t, field) != NULL) \
				__lwb_t = RB_LEFT(__lwb_t, field); \
		else \
			while (RB_RIGHT(__lwb_t, field) != NULL) \
				__lwb_t = RB_RIGHT(__lwb_t, field); \
	} \
	return __lwb_t; \
}

/* After elm's key changed: if it is no longer between its neighbours, take
 * it out and put it back. NULL, or (as RB_INSERT) the element now equal to
 * it, elm then being out of the tree. */
#define RB_GENERATE_REINSERT(name, type, field, cmp, attr) \
attr struct type *name##_RB_REINSERT(struct name *__lwb_head, struct type *__lwb_elm) \
{ \
	struct type *__lwb_t; \
	if (((__lwb_t = name##_RB_PREV(__lwb_elm)) != NULL \
	     && (cmp)(__lwb_t, __lwb_elm) >= 0) \
	    || ((__lwb_t = name##_RB_NEXT(__lwb_elm)) != NULL \
	        && (cmp)(__lwb_elm, __lwb_t) >= 0)) { \
		name##_RB_REMOVE(__lwb_head, __lwb_elm); \
		return name##_RB_INSERT(__lwb_head, __lwb_elm); \
	} \
	return NULL; \
}

#define __LWB_RB_GENERATE(name, type, field, cmp, attr) \
	RB_GENERATE_INSERT_COLOR(name, type, field, attr) \
	RB_GENERATE_REMOVE_COLOR(name, type, field, attr) \
	RB_GENERATE_INSERT(name, type, field, cmp, attr) \
	RB_GENERATE_REMOVE(name, type, field, attr) \
	RB_GENERATE_FIND(name, type, field, cmp, attr) \
	RB_GENERATE_NFIND(name, type, field, cmp, attr) \
	RB_GENERATE_NEXT(name, type, field, attr) \
	RB_GENERATE_PREV(name, type, field, attr) \
	RB_GENERATE_MINMAX(name, type, field, attr) \
	RB_GENERATE_REINSERT(name, type, field, cmp, attr)
#define RB_GENERATE(name, type, field, cmp) \
	__LWB_RB_GENERATE(name, type, field, cmp, extern)
#define RB_GENERATE_STATIC(name, type, field, cmp) \
	__LWB_RB_GENERATE(name, type, field, cmp, __LWB_TREE_STATIC)

#endif
