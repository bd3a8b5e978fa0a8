#include "text.h"

const char *__lwb_strerror_text(int e, char *buf)
{
	const struct __lwb_text *t = __lwb_errno_entry(e);

	if (t)
		return t->desc;
	return __lwb_unknown_text(buf, "Unknown error ", e);
}
