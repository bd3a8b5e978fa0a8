#include <rpc/netdb.h>
#include "db.h"

void endrpcent(void)
{
	__lwb_db_end(&__lwb_rpc_db);
}
