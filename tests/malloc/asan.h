/*
 * Under AddressSanitizer (the sanitizer configuration, on glibc) the
 * sanitizer's runtime defines mallinfo, mallopt, malloc_stats, mcheck,
 * mcheck_pedantic, mprobe and pvalloc itself, and its definitions come
 * first in the link: neither glibc's nor libwildebeest's are called.
 * Checks of those are left out there (MALLOC_ASAN); mallinfo2,
 * malloc_info, malloc_trim, mcheck_check_all, mtrace and muntrace are
 * still the real ones.
 */
#ifndef MALLOC_ASAN_H
#define MALLOC_ASAN_H

#if defined(__SANITIZE_ADDRESS__)
#define MALLOC_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MALLOC_ASAN 1
#endif
#endif
#ifndef MALLOC_ASAN
#define MALLOC_ASAN 0
#endif

#endif
