#include "db.h"

void __wrap_endprotoent(void)
{
	__lwb_db_end(&__lwb_protocols_db);
}
