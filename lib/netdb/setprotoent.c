#include "db.h"

/* Opens /etc/protocols for getprotoent, or starts it over; the stay-open
 * flag changes nothing (lookups open the file themselves). */
void __wrap_setprotoent(int stayopen)
{
	(void)stayopen;
	__lwb_db_set(&__lwb_protocols_db);
}
