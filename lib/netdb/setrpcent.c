#include <rpc/netdb.h>
#include "db.h"

/* Opens /etc/rpc for getrpcent, or starts it over; the stay-open
 * flag changes nothing (lookups open the file themselves). */
void setrpcent(int stayopen)
{
	(void)stayopen;
	__lwb_db_set(&__lwb_rpc_db);
}
