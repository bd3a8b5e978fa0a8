/* Comparing constants by name with the kernel's (see consts.h). */
#include <string.h>
#include "lwbtest.h"
#include "consts.h"

int lwbt_compare_with_kernel(const char *order, const struct lwbt_const *table)
{
	int compared = 0;

	for (; table->name; table++) {
		const struct lwbt_const *k = lwbt_kernel_consts;

		while (k->name && strcmp(k->name, table->name))
			k++;
		if (!k->name)
			continue;
		ck_assert_msg(table->value == k->value, "%s: %s is %#llx, the kernel says %#llx",
			order, table->name, table->value, k->value);
		compared++;
	}
	return compared;
}
