/*
 * libwildebeest: <dlfcn.h> with glibc's _dl_find_object, on top of musl's.
 *
 * Under _GNU_SOURCE, as in glibc 2.35 and later: struct dl_find_object, the
 * DLFO_* macros and _dl_find_object, with glibc's layout for x86_64 (where
 * the structure has no dlfo_eh_dbase or dlfo_eh_count member). gcc's
 * unwinder, when built against glibc, finds unwind tables through this call.
 */
#ifndef __LWB_DLFCN_DLFCN_H
#define __LWB_DLFCN_DLFCN_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

#include_next <dlfcn.h>

#if defined(_GNU_SOURCE) && !defined(__GLIBC__) && defined(__x86_64__)
#ifdef __cplusplus
extern "C" {
#endif

struct link_map;

struct dl_find_object {
	unsigned long long dlfo_flags;
	void *dlfo_map_start;
	void *dlfo_map_end;
	struct link_map *dlfo_link_map;
	void *dlfo_eh_frame;
	unsigned long long __dflo_reserved[7];
};

#define DLFO_STRUCT_HAS_EH_DBASE 0
#define DLFO_STRUCT_HAS_EH_COUNT 0
/* PT_GNU_EH_FRAME comes from <elf.h> or <link.h>, as with glibc. */
#define DLFO_EH_SEGMENT_TYPE PT_GNU_EH_FRAME

int _dl_find_object(void *, struct dl_find_object *);

#ifdef __cplusplus
}
#endif
#endif

#endif
