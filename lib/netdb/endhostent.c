#include "db.h"

void __wrap_endhostent(void)
{
	__lwb_db_end(&__lwb_hosts_db);
}
