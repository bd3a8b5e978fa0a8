#include "db.h"

void __wrap_endnetent(void)
{
	__lwb_db_end(&__lwb_networks_db);
}
