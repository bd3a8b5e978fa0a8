#include "db.h"

/* Opens /etc/networks for getnetent, or starts it over; the stay-open
 * flag changes nothing (lookups open the file themselves). */
void __wrap_setnetent(int stayopen)
{
	(void)stayopen;
	__lwb_db_set(&__lwb_networks_db);
}
