#define _GNU_SOURCE
#include <malloc.h>

/* mallinfo2 in int fields, truncated as glibc's are (the reason glibc
 * deprecated it). */
struct mallinfo mallinfo(void)
{
	struct mallinfo2 mi2 = mallinfo2();
	struct mallinfo mi;

	mi.arena = (int)mi2.arena;
	mi.ordblks = (int)mi2.ordblks;
	mi.smblks = (int)mi2.smblks;
	mi.hblks = (int)mi2.hblks;
	mi.hblkhd = (int)mi2.hblkhd;
	mi.usmblks = (int)mi2.usmblks;
	mi.fsmblks = (int)mi2.fsmblks;
	mi.uordblks = (int)mi2.uordblks;
	mi.fordblks = (int)mi2.fordblks;
	mi.keepcost = (int)mi2.keepcost;
	return mi;
}
