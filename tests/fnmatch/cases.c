#include <fnmatch.h>
#include <stdio.h>
#include "cases.h"
#include "lwbtest.h"

void check_cases(const struct fcase *c, size_t n)
{
	int bad = 0;

	for (size_t i = 0; i < n; i++) {
		int r = fnmatch(c[i].pattern, c[i].string, c[i].flags);

		if (r != c[i].expect) {
			fprintf(stderr, "fnmatch(\"%s\", \"%s\", %#x) = %d, expected %d\n",
				c[i].pattern, c[i].string, (unsigned)c[i].flags, r, c[i].expect);
			bad++;
		}
	}
	ck_assert_int_eq(bad, 0);
}
