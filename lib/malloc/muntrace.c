#include <mcheck.h>

/* Tracing is never on (see mtrace). */
void muntrace(void)
{
}
