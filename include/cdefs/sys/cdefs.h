/*
 * libwildebeest: <sys/cdefs.h>, the macros glibc's headers (and much GNU
 * code) declare functions with, expanding as glibc 2.36's do under gcc and
 * clang, in C and C++.
 *
 * musl has no sys/cdefs.h, so this one is complete on its own. On glibc it
 * steps aside for glibc's own.
 *
 * Deliberately absent: glibc's identity and feature state (__GLIBC__,
 * __GLIBC_MINOR__, __GNU_LIBRARY__, __USE_*, __GLIBC_USE), the fortify
 * helpers (__bos, __glibc_objsize, __fortify_function, ...: musl has no
 * _FORTIFY_SOURCE), the long double ABI redirects (__LDBL_REDIR*) and
 * __unused, which musl uses as a structure member name.
 * __GLIBC_PREREQ is defined, and is false for every version: this is not
 * glibc.
 */
#ifndef __LWB_CDEFS_SYS_CDEFS_H
#define __LWB_CDEFS_SYS_CDEFS_H

/* #include_next is a GNU extension that gcc reports under -pedantic with
 * no option to silence it; a consumer's -Werror must not see that. */
#ifndef __LWB_HEADER_SELFCHECK
#pragma GCC system_header
#endif

/* As on glibc, where sys/cdefs.h and features.h include each other. */
#include <features.h>

#ifdef __GLIBC__
#include_next <sys/cdefs.h>
#else

#define _SYS_CDEFS_H 1

/* Version tests. */
#if defined __GNUC__ && defined __GNUC_MINOR__
#define __GNUC_PREREQ(maj, min) \
	((__GNUC__ << 16) + __GNUC_MINOR__ >= ((maj) << 16) + (min))
#else
#define __GNUC_PREREQ(maj, min) 0
#endif

#if defined __clang_major__ && defined __clang_minor__
#define __glibc_clang_prereq(maj, min) \
	((__clang_major__ << 16) + __clang_minor__ >= ((maj) << 16) + (min))
#else
#define __glibc_clang_prereq(maj, min) 0
#endif

/* Code asks "is this glibc 2.x or later?"; on musl the answer is no. */
#define __GLIBC_PREREQ(maj, min) 0

#ifdef __has_attribute
#define __glibc_has_attribute(attr) __has_attribute (attr)
#else
#define __glibc_has_attribute(attr) 0
#endif

#ifdef __has_builtin
#define __glibc_has_builtin(name) __has_builtin (name)
#else
#define __glibc_has_builtin(name) 0
#endif

#ifdef __has_extension
#define __glibc_has_extension(ext) __has_extension (ext)
#else
#define __glibc_has_extension(ext) 0
#endif

#if defined __LP64__ || defined _LP64
#define __WORDSIZE 64
#else
#define __WORDSIZE 32
#endif

#ifdef __cplusplus
#define __BEGIN_DECLS extern "C" {
#define __END_DECLS }
#else
#define __BEGIN_DECLS
#define __END_DECLS
#endif

/* Old-style prototypes, token pasting and quoting. */
#define __P(args) args
#define __PMT(args) args
#define __CONCAT(x, y) x ## y
#define __STRING(x) #x
#define __ptr_t void *

/* gcc's leaf attribute: the function calls back into nothing of ours.
 * clang reports gcc 4.2 and does not get it. */
#if __GNUC_PREREQ (4, 6)
#define __LEAF , __leaf__
#define __LEAF_ATTR __attribute__ ((__leaf__))
#else
#define __LEAF
#define __LEAF_ATTR
#endif

/* Functions that throw no C++ exception. */
#if !defined __cplusplus \
	&& (__GNUC_PREREQ (3, 3) || __glibc_has_attribute (__nothrow__))
#define __THROW __attribute__ ((__nothrow__ __LEAF))
#define __THROWNL __attribute__ ((__nothrow__))
#define __NTH(fct) __attribute__ ((__nothrow__ __LEAF)) fct
#define __NTHNL(fct) __attribute__ ((__nothrow__)) fct
#elif defined __cplusplus
#if __cplusplus >= 201103L
#define __THROW noexcept (true)
#else
#define __THROW throw ()
#endif
#define __THROWNL __THROW
#define __NTH(fct) __LEAF_ATTR fct __THROW
#define __NTHNL(fct) fct __THROW
#else
#define __THROW
#define __THROWNL
#define __NTH(fct) fct
#define __NTHNL(fct) fct
#endif

/* Declaring a function under one name and binding it to another symbol. */
#if defined __GNUC__ || defined __clang__
#define __ASMNAME(cname) __ASMNAME2 (__USER_LABEL_PREFIX__, cname)
#define __ASMNAME2(prefix, cname) __STRING (prefix) cname
#define __REDIRECT(name, proto, alias) name proto __asm__ (__ASMNAME (#alias))
#ifdef __cplusplus
#define __REDIRECT_NTH(name, proto, alias) \
	name proto __THROW __asm__ (__ASMNAME (#alias))
#define __REDIRECT_NTHNL(name, proto, alias) \
	name proto __THROWNL __asm__ (__ASMNAME (#alias))
#else
#define __REDIRECT_NTH(name, proto, alias) \
	name proto __asm__ (__ASMNAME (#alias)) __THROW
#define __REDIRECT_NTHNL(name, proto, alias) \
	name proto __asm__ (__ASMNAME (#alias)) __THROWNL
#endif
#endif

/* Function attributes: each expands to nothing where the compiler lacks
 * it, as glibc's do. */
#if __GNUC_PREREQ (2, 96) || __glibc_has_attribute (__malloc__)
#define __attribute_malloc__ __attribute__ ((__malloc__))
#else
#define __attribute_malloc__
#endif

#if __GNUC_PREREQ (4, 3)
#define __attribute_alloc_size__(params) __attribute__ ((__alloc_size__ params))
#else
#define __attribute_alloc_size__(params)
#endif

#if __GNUC_PREREQ (4, 9) || __glibc_has_attribute (__alloc_align__)
#define __attribute_alloc_align__(param) __attribute__ ((__alloc_align__ param))
#else
#define __attribute_alloc_align__(param)
#endif

#if __GNUC_PREREQ (2, 96) || __glibc_has_attribute (__pure__)
#define __attribute_pure__ __attribute__ ((__pure__))
#else
#define __attribute_pure__
#endif

#if __GNUC_PREREQ (2, 5) || __glibc_has_attribute (__const__)
#define __attribute_const__ __attribute__ ((__const__))
#else
#define __attribute_const__
#endif

#if __GNUC_PREREQ (2, 7) || __glibc_has_attribute (__unused__)
#define __attribute_maybe_unused__ __attribute__ ((__unused__))
#else
#define __attribute_maybe_unused__
#endif

#if __GNUC_PREREQ (3, 1) || __glibc_has_attribute (__used__)
#define __attribute_used__ __attribute__ ((__used__))
#else
#define __attribute_used__
#endif

#if __GNUC_PREREQ (3, 1) || __glibc_has_attribute (__noinline__)
#define __attribute_noinline__ __attribute__ ((__noinline__))
#else
#define __attribute_noinline__
#endif

#if __GNUC_PREREQ (3, 2) || __glibc_has_attribute (__deprecated__)
#define __attribute_deprecated__ __attribute__ ((__deprecated__))
#else
#define __attribute_deprecated__
#endif

#if __GNUC_PREREQ (4, 5) \
	|| __glibc_has_extension (__attribute_deprecated_with_message__)
#define __attribute_deprecated_msg__(msg) __attribute__ ((__deprecated__ (msg)))
#else
#define __attribute_deprecated_msg__(msg) __attribute_deprecated__
#endif

#if __GNUC_PREREQ (2, 8) || __glibc_has_attribute (__format_arg__)
#define __attribute_format_arg__(x) __attribute__ ((__format_arg__ (x)))
#else
#define __attribute_format_arg__(x)
#endif

#if __GNUC_PREREQ (2, 97) || __glibc_has_attribute (__format__)
#define __attribute_format_strfmon__(a, b) \
	__attribute__ ((__format__ (__strfmon__, a, b)))
#else
#define __attribute_format_strfmon__(a, b)
#endif

/* These four keep a definition made before this header (glibc's do). */
#ifndef __attribute_nonnull__
#if __GNUC_PREREQ (3, 3) || __glibc_has_attribute (__nonnull__)
#define __attribute_nonnull__(params) __attribute__ ((__nonnull__ params))
#else
#define __attribute_nonnull__(params)
#endif
#endif
#ifndef __nonnull
#define __nonnull(params) __attribute_nonnull__ (params)
#endif

#ifndef __returns_nonnull
#if __GNUC_PREREQ (4, 9) || __glibc_has_attribute (__returns_nonnull__)
#define __returns_nonnull __attribute__ ((__returns_nonnull__))
#else
#define __returns_nonnull
#endif
#endif

#if __GNUC_PREREQ (3, 4) || __glibc_has_attribute (__warn_unused_result__)
#define __attribute_warn_unused_result__ \
	__attribute__ ((__warn_unused_result__))
#else
#define __attribute_warn_unused_result__
#endif

/* glibc warns about unused results only when fortifying (an optimised
 * build with _FORTIFY_SOURCE > 0); so does this, for the same code. */
#ifndef __wur
#if defined _FORTIFY_SOURCE && _FORTIFY_SOURCE > 0 \
	&& defined __OPTIMIZE__ && __OPTIMIZE__ > 0 && __GNUC_PREREQ (4, 1)
#define __wur __attribute_warn_unused_result__
#else
#define __wur
#endif
#endif

/* linux/stddef.h defines this unless it exists; glibc's wins either way. */
#undef __always_inline
#if __GNUC_PREREQ (3, 2) || __glibc_has_attribute (__always_inline__)
#define __always_inline __inline __attribute__ ((__always_inline__))
#else
#define __always_inline __inline
#endif

#if __GNUC_PREREQ (4, 3) || __glibc_has_attribute (__artificial__)
#define __attribute_artificial__ __attribute__ ((__artificial__))
#else
#define __attribute_artificial__
#endif

/* An inline definition that never emits a symbol: gnu_inline semantics,
 * spelled out where C99 inline semantics are the default. */
#if defined __GNUC_STDC_INLINE__ || defined __cplusplus
#define __extern_inline extern __inline __attribute__ ((__gnu_inline__))
#define __extern_always_inline \
	extern __always_inline __attribute__ ((__gnu_inline__))
#else
#define __extern_inline extern __inline
#define __extern_always_inline extern __always_inline
#endif

#if __GNUC_PREREQ (9, 0)
#define __attribute_copy__(arg) __attribute__ ((__copy__ (arg)))
#else
#define __attribute_copy__(arg)
#endif

#if __GNUC_PREREQ (8, 0) || __glibc_has_attribute (__nonstring__)
#define __attribute_nonstring__ __attribute__ ((__nonstring__))
#else
#define __attribute_nonstring__
#endif

#if __GNUC_PREREQ (3, 3) || __glibc_has_attribute (__returns_twice__)
#define __attribute_returns_twice__ __attribute__ ((__returns_twice__))
#else
#define __attribute_returns_twice__
#endif

#if __GNUC_PREREQ (10, 0)
#define __attr_access(x) __attribute__ ((__access__ x))
#else
#define __attr_access(x)
#endif
#if __GNUC_PREREQ (11, 0)
#define __attr_access_none(argno) __attribute__ ((__access__ (__none__, argno)))
#else
#define __attr_access_none(argno)
#endif

#if __GNUC_PREREQ (11, 0)
#define __attr_dealloc(dealloc, argno) \
	__attribute__ ((__malloc__ (dealloc, argno)))
#define __attr_dealloc_free __attr_dealloc (__builtin_free, 1)
#else
#define __attr_dealloc(dealloc, argno)
#define __attr_dealloc_free
#endif

/* Diagnostics raised by a call, and forwarding of variadic arguments:
 * gcc's alone. */
#if __GNUC_PREREQ (4, 3)
#define __warnattr(msg) __attribute__((__warning__ (msg)))
#define __errordecl(name, msg) \
	extern void name (void) __attribute__((__error__ (msg)))
#define __va_arg_pack() __builtin_va_arg_pack ()
#define __va_arg_pack_len() __builtin_va_arg_pack_len ()
#else
#define __warnattr(msg)
#define __errordecl(name, msg) extern void name (void)
#endif

#if __GNUC_PREREQ (4, 8) || __glibc_clang_prereq (3, 5)
#define __glibc_macro_warning1(message) _Pragma (#message)
#define __glibc_macro_warning(message) \
	__glibc_macro_warning1 (GCC warning message)
#else
#define __glibc_macro_warning(msg)
#endif

#if (defined __GNUC__ && __GNUC__ >= 3) \
	|| __glibc_has_builtin (__builtin_expect)
#define __glibc_unlikely(cond) __builtin_expect ((cond), 0)
#define __glibc_likely(cond) __builtin_expect ((cond), 1)
#else
#define __glibc_unlikely(cond) (cond)
#define __glibc_likely(cond) (cond)
#endif

/* restrict on array parameters, which C++ has no syntax for. */
#if __GNUC_PREREQ (3, 1) && !defined __cplusplus
#define __restrict_arr __restrict
#elif defined __GNUC__ || defined __cplusplus
#define __restrict_arr
#elif defined __STDC_VERSION__ && __STDC_VERSION__ >= 199901L
#define __restrict_arr restrict
#else
#define __restrict_arr
#endif

/* A flexible array member. */
#if defined __GNUC__ \
	|| (defined __STDC_VERSION__ && __STDC_VERSION__ >= 199901L)
#define __flexarr []
#define __glibc_c99_flexarr_available 1
#else
#define __flexarr [1]
#define __glibc_c99_flexarr_available 0
#endif

#if !defined __cplusplus && (__GNUC_PREREQ (4, 9) || defined __clang__ \
	|| (defined __STDC_VERSION__ && __STDC_VERSION__ >= 201112L))
#define __HAVE_GENERIC_SELECTION 1
#else
#define __HAVE_GENERIC_SELECTION 0
#endif

/* Strict C before C11 has no _Static_assert; glibc gives it one. A false
 * condition makes an array of negative size. */
#if !defined _Static_assert && !defined __cplusplus \
	&& defined __STRICT_ANSI__ \
	&& (!defined __STDC_VERSION__ || __STDC_VERSION__ < 201112L)
#define _Static_assert(expr, diagnostic) \
	extern int __lwb_static_assert[(expr) ? 1 : -1]
#endif

#endif /* !__GLIBC__ */

#endif
