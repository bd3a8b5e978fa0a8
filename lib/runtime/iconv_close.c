#include <iconv.h>
#include <stdlib.h>
#include "runtime.h"

int __real_iconv_close(iconv_t);

int __wrap_iconv_close(iconv_t cd)
{
	struct lwb_iconv *h = __lwb_iconv_of(cd);

	if (!h)
		return __real_iconv_close(cd);
	if (h->plain != (iconv_t)-1) {
		__real_iconv_close(h->plain);
	} else {
		__real_iconv_close(h->dec);
		__real_iconv_close(h->enc);
	}
	free(h);
	return 0;
}
