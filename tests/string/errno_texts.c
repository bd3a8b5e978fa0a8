/* glibc's errno names and texts: strerror, strerrorname_np,
 * strerrordesc_np, strerror_l and the unknown values, in a unit without
 * _GNU_SOURCE for strerror and one with it for the rest (errno_names.c). */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include "lwbtest.h"

/* Every errno value glibc 2.36 names on x86_64, with its name and text. */
static const struct {
	int e;
	const char *name, *text;
} table[] = {
	{ 0, "0", "Success" },
	{ EPERM, "EPERM", "Operation not permitted" },
	{ ENOENT, "ENOENT", "No such file or directory" },
	{ ESRCH, "ESRCH", "No such process" },
	{ EINTR, "EINTR", "Interrupted system call" },
	{ EIO, "EIO", "Input/output error" },
	{ ENXIO, "ENXIO", "No such device or address" },
	{ E2BIG, "E2BIG", "Argument list too long" },
	{ ENOEXEC, "ENOEXEC", "Exec format error" },
	{ EBADF, "EBADF", "Bad file descriptor" },
	{ ECHILD, "ECHILD", "No child processes" },
	{ EAGAIN, "EAGAIN", "Resource temporarily unavailable" },
	{ ENOMEM, "ENOMEM", "Cannot allocate memory" },
	{ EACCES, "EACCES", "Permission denied" },
	{ EFAULT, "EFAULT", "Bad address" },
	{ ENOTBLK, "ENOTBLK", "Block device required" },
	{ EBUSY, "EBUSY", "Device or resource busy" },
	{ EEXIST, "EEXIST", "File exists" },
	{ EXDEV, "EXDEV", "Invalid cross-device link" },
	{ ENODEV, "ENODEV", "No such device" },
	{ ENOTDIR, "ENOTDIR", "Not a directory" },
	{ EISDIR, "EISDIR", "Is a directory" },
	{ EINVAL, "EINVAL", "Invalid argument" },
	{ ENFILE, "ENFILE", "Too many open files in system" },
	{ EMFILE, "EMFILE", "Too many open files" },
	{ ENOTTY, "ENOTTY", "Inappropriate ioctl for device" },
	{ ETXTBSY, "ETXTBSY", "Text file busy" },
	{ EFBIG, "EFBIG", "File too large" },
	{ ENOSPC, "ENOSPC", "No space left on device" },
	{ ESPIPE, "ESPIPE", "Illegal seek" },
	{ EROFS, "EROFS", "Read-only file system" },
	{ EMLINK, "EMLINK", "Too many links" },
	{ EPIPE, "EPIPE", "Broken pipe" },
	{ EDOM, "EDOM", "Numerical argument out of domain" },
	{ ERANGE, "ERANGE", "Numerical result out of range" },
	{ EDEADLK, "EDEADLK", "Resource deadlock avoided" },
	{ ENAMETOOLONG, "ENAMETOOLONG", "File name too long" },
	{ ENOLCK, "ENOLCK", "No locks available" },
	{ ENOSYS, "ENOSYS", "Function not implemented" },
	{ ENOTEMPTY, "ENOTEMPTY", "Directory not empty" },
	{ ELOOP, "ELOOP", "Too many levels of symbolic links" },
	{ ENOMSG, "ENOMSG", "No message of desired type" },
	{ EIDRM, "EIDRM", "Identifier removed" },
	{ ECHRNG, "ECHRNG", "Channel number out of range" },
	{ EL2NSYNC, "EL2NSYNC", "Level 2 not synchronized" },
	{ EL3HLT, "EL3HLT", "Level 3 halted" },
	{ EL3RST, "EL3RST", "Level 3 reset" },
	{ ELNRNG, "ELNRNG", "Link number out of range" },
	{ EUNATCH, "EUNATCH", "Protocol driver not attached" },
	{ ENOCSI, "ENOCSI", "No CSI structure available" },
	{ EL2HLT, "EL2HLT", "Level 2 halted" },
	{ EBADE, "EBADE", "Invalid exchange" },
	{ EBADR, "EBADR", "Invalid request descriptor" },
	{ EXFULL, "EXFULL", "Exchange full" },
	{ ENOANO, "ENOANO", "No anode" },
	{ EBADRQC, "EBADRQC", "Invalid request code" },
	{ EBADSLT, "EBADSLT", "Invalid slot" },
	{ EBFONT, "EBFONT", "Bad font file format" },
	{ ENOSTR, "ENOSTR", "Device not a stream" },
	{ ENODATA, "ENODATA", "No data available" },
	{ ETIME, "ETIME", "Timer expired" },
	{ ENOSR, "ENOSR", "Out of streams resources" },
	{ ENONET, "ENONET", "Machine is not on the network" },
	{ ENOPKG, "ENOPKG", "Package not installed" },
	{ EREMOTE, "EREMOTE", "Object is remote" },
	{ ENOLINK, "ENOLINK", "Link has been severed" },
	{ EADV, "EADV", "Advertise error" },
	{ ESRMNT, "ESRMNT", "Srmount error" },
	{ ECOMM, "ECOMM", "Communication error on send" },
	{ EPROTO, "EPROTO", "Protocol error" },
	{ EMULTIHOP, "EMULTIHOP", "Multihop attempted" },
	{ EDOTDOT, "EDOTDOT", "RFS specific error" },
	{ EBADMSG, "EBADMSG", "Bad message" },
	{ EOVERFLOW, "EOVERFLOW", "Value too large for defined data type" },
	{ ENOTUNIQ, "ENOTUNIQ", "Name not unique on network" },
	{ EBADFD, "EBADFD", "File descriptor in bad state" },
	{ EREMCHG, "EREMCHG", "Remote address changed" },
	{ ELIBACC, "ELIBACC", "Can not access a needed shared library" },
	{ ELIBBAD, "ELIBBAD", "Accessing a corrupted shared library" },
	{ ELIBSCN, "ELIBSCN", ".lib section in a.out corrupted" },
	{ ELIBMAX, "ELIBMAX", "Attempting to link in too many shared libraries" },
	{ ELIBEXEC, "ELIBEXEC", "Cannot exec a shared library directly" },
	{ EILSEQ, "EILSEQ", "Invalid or incomplete multibyte or wide character" },
	{ ERESTART, "ERESTART", "Interrupted system call should be restarted" },
	{ ESTRPIPE, "ESTRPIPE", "Streams pipe error" },
	{ EUSERS, "EUSERS", "Too many users" },
	{ ENOTSOCK, "ENOTSOCK", "Socket operation on non-socket" },
	{ EDESTADDRREQ, "EDESTADDRREQ", "Destination address required" },
	{ EMSGSIZE, "EMSGSIZE", "Message too long" },
	{ EPROTOTYPE, "EPROTOTYPE", "Protocol wrong type for socket" },
	{ ENOPROTOOPT, "ENOPROTOOPT", "Protocol not available" },
	{ EPROTONOSUPPORT, "EPROTONOSUPPORT", "Protocol not supported" },
	{ ESOCKTNOSUPPORT, "ESOCKTNOSUPPORT", "Socket type not supported" },
	{ EOPNOTSUPP, "EOPNOTSUPP", "Operation not supported" },
	{ EPFNOSUPPORT, "EPFNOSUPPORT", "Protocol family not supported" },
	{ EAFNOSUPPORT, "EAFNOSUPPORT", "Address family not supported by protocol" },
	{ EADDRINUSE, "EADDRINUSE", "Address already in use" },
	{ EADDRNOTAVAIL, "EADDRNOTAVAIL", "Cannot assign requested address" },
	{ ENETDOWN, "ENETDOWN", "Network is down" },
	{ ENETUNREACH, "ENETUNREACH", "Network is unreachable" },
	{ ENETRESET, "ENETRESET", "Network dropped connection on reset" },
	{ ECONNABORTED, "ECONNABORTED", "Software caused connection abort" },
	{ ECONNRESET, "ECONNRESET", "Connection reset by peer" },
	{ ENOBUFS, "ENOBUFS", "No buffer space available" },
	{ EISCONN, "EISCONN", "Transport endpoint is already connected" },
	{ ENOTCONN, "ENOTCONN", "Transport endpoint is not connected" },
	{ ESHUTDOWN, "ESHUTDOWN", "Cannot send after transport endpoint shutdown" },
	{ ETOOMANYREFS, "ETOOMANYREFS", "Too many references: cannot splice" },
	{ ETIMEDOUT, "ETIMEDOUT", "Connection timed out" },
	{ ECONNREFUSED, "ECONNREFUSED", "Connection refused" },
	{ EHOSTDOWN, "EHOSTDOWN", "Host is down" },
	{ EHOSTUNREACH, "EHOSTUNREACH", "No route to host" },
	{ EALREADY, "EALREADY", "Operation already in progress" },
	{ EINPROGRESS, "EINPROGRESS", "Operation now in progress" },
	{ ESTALE, "ESTALE", "Stale file handle" },
	{ EUCLEAN, "EUCLEAN", "Structure needs cleaning" },
	{ ENOTNAM, "ENOTNAM", "Not a XENIX named type file" },
	{ ENAVAIL, "ENAVAIL", "No XENIX semaphores available" },
	{ EISNAM, "EISNAM", "Is a named type file" },
	{ EREMOTEIO, "EREMOTEIO", "Remote I/O error" },
	{ EDQUOT, "EDQUOT", "Disk quota exceeded" },
	{ ENOMEDIUM, "ENOMEDIUM", "No medium found" },
	{ EMEDIUMTYPE, "EMEDIUMTYPE", "Wrong medium type" },
	{ ECANCELED, "ECANCELED", "Operation canceled" },
	{ ENOKEY, "ENOKEY", "Required key not available" },
	{ EKEYEXPIRED, "EKEYEXPIRED", "Key has expired" },
	{ EKEYREVOKED, "EKEYREVOKED", "Key has been revoked" },
	{ EKEYREJECTED, "EKEYREJECTED", "Key was rejected by service" },
	{ EOWNERDEAD, "EOWNERDEAD", "Owner died" },
	{ ENOTRECOVERABLE, "ENOTRECOVERABLE", "State not recoverable" },
	{ ERFKILL, "ERFKILL", "Operation not possible due to RF-kill" },
	{ EHWPOISON, "EHWPOISON", "Memory page has hardware error" },
};

START_TEST(every_text)
{
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
		ck_assert_str_eq(strerror(table[i].e), table[i].text);
		ck_assert_str_eq(strerrordesc_np(table[i].e), table[i].text);
		ck_assert_str_eq(strerrorname_np(table[i].e), table[i].name);
	}
}
END_TEST

START_TEST(aliases)
{
	ck_assert_str_eq(strerrorname_np(EWOULDBLOCK), "EAGAIN");
	ck_assert_str_eq(strerrorname_np(ENOTSUP), "EOPNOTSUPP");
	ck_assert_str_eq(strerror(ENOTSUP), "Operation not supported");
	ck_assert_str_eq(strerrorname_np(EDEADLOCK), "EDEADLK");
}
END_TEST

START_TEST(unknown_values)
{
	static const int unknown[] = { -1, -1000, 41, 58, 134, 1000, 2147483647, -2147483647 - 1 };
	char want[64];

	for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
		snprintf(want, sizeof want, "Unknown error %d", unknown[i]);
		ck_assert_str_eq(strerror(unknown[i]), want);
		ck_assert_ptr_null(strerrorname_np(unknown[i]));
		ck_assert_ptr_null(strerrordesc_np(unknown[i]));
	}
}
END_TEST

START_TEST(unknown_buffer_survives_known_texts)
{
	/* An unknown value's text is in a buffer of the thread, which the
	 * next unknown value reuses (glibc: frees and allocates again) but a
	 * known text leaves alone. */
	char *a = strerror(1001);

	ck_assert_str_eq(a, "Unknown error 1001");
	ck_assert_str_eq(strerror(ENOENT), "No such file or directory");
	ck_assert_str_eq(a, "Unknown error 1001");
	ck_assert_str_eq(strerror(1002), "Unknown error 1002");
}
END_TEST

START_TEST(errno_is_kept)
{
	errno = 77;
	strerror(1000);
	strerror(EIO);
	strerrorname_np(EIO);
	ck_assert_int_eq(errno, 77);
}
END_TEST

START_TEST(strerror_l_in_any_locale)
{
	locale_t c = newlocale(LC_ALL_MASK, "C", 0);

	ck_assert_ptr_nonnull(c);
	ck_assert_str_eq(strerror_l(EIO, c), "Input/output error");
	ck_assert_str_eq(strerror_l(ENOMEM, c), "Cannot allocate memory");
	ck_assert_str_eq(strerror_l(1000, c), "Unknown error 1000");
	freelocale(c);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("errno texts");
	TCase *tc = tcase_create("texts");

	tcase_add_test(tc, every_text);
	tcase_add_test(tc, aliases);
	tcase_add_test(tc, unknown_values);
	tcase_add_test(tc, unknown_buffer_survives_known_texts);
	tcase_add_test(tc, errno_is_kept);
	tcase_add_test(tc, strerror_l_in_any_locale);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
