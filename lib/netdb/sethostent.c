#include "db.h"

/* Opens /etc/hosts for gethostent, or starts it over. The stay-open flag
 * asks glibc's resolver for a TCP connection to the DNS server, which
 * musl's resolver does not keep; for the file it changes nothing. */
void __wrap_sethostent(int stayopen)
{
	(void)stayopen;
	__lwb_db_set(&__lwb_hosts_db);
}
