#include <errno.h>
#include "../lwb.h"

int __lwb_context_error(long result);

/* A failed system call's result (-errno), as the C library reports one;
 * the assembly jumps here. */
LWB_HIDDEN int __lwb_context_error(long result)
{
	errno = (int)-result;
	return -1;
}
