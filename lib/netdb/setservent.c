#include "db.h"

/* Opens /etc/services for getservent, or starts it over. The stay-open
 * flag changes nothing: lookups never use this stream (glibc 2.36 alike). */
void __wrap_setservent(int stayopen)
{
	(void)stayopen;
	__lwb_db_set(&__lwb_services_db);
}
