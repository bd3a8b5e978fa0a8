#include "db.h"

void __wrap_endservent(void)
{
	__lwb_db_end(&__lwb_services_db);
}
