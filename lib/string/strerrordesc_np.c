#include "text.h"

const char *strerrordesc_np(int);

/* strerror's text for a known value, NULL otherwise. */
const char *strerrordesc_np(int e)
{
	const struct __lwb_text *t = __lwb_errno_entry(e);

	return t ? t->desc : 0;
}
