/* The kernel's <linux/stat.h> and <linux/mount.h> first, then the C
 * library's <sys/stat.h> and <sys/mount.h>. */
#define _GNU_SOURCE
#include <linux/stat.h>
#include <linux/mount.h>
#include <sys/stat.h>
#include <sys/mount.h>
#include "coexist.h"

void lwbt_syscalls_kernel_first(void);

void lwbt_syscalls_kernel_first(void)
{
	check_all("kernel first");
}
