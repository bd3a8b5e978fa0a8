#define _GNU_SOURCE
#include <dlfcn.h>
#include <execinfo.h>
#include <unwind.h>

struct walk {
	void **buffer;
	int size, count, skip;
};

static _Unwind_Reason_Code step(struct _Unwind_Context *ctx, void *data)
{
	struct walk *w = data;

	/* The first frame is backtrace's own. */
	if (w->skip) {
		w->skip = 0;
		return _URC_NO_REASON;
	}
	if (w->count == w->size)
		return _URC_END_OF_STACK;
	w->buffer[w->count++] = (void *)_Unwind_GetIP(ctx);
	return _URC_NO_REASON;
}

/* The unwinder reads the tables the compiler leaves in every object
 * (.eh_frame), so code built without frame pointers unwinds, and it steps
 * over signal frames. */
int backtrace(void **buffer, int size)
{
	static const char in_this_object;
	struct walk w = { buffer, size, 0, 1 };
	struct dl_find_object self;

	if (size <= 0)
		return 0;
	/* libgcc aborts when the frame that calls it has no unwind table
	 * (a program linked without --eh-frame-hdr): report no frames. */
	if (_dl_find_object((void *)&in_this_object, &self) || !self.dlfo_eh_frame)
		return 0;
	_Unwind_Backtrace(step, &w);
	/* The outermost frame's return address is 0, which glibc leaves out. */
	if (w.count > 0 && !buffer[w.count - 1])
		w.count--;
	return w.count;
}
