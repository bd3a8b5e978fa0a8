/* The kernel's values, from its headers alone (see ../uapi/consts.h). */
#define _GNU_SOURCE
#include <linux/stat.h>
#include <linux/mount.h>
#include "lwbtest.h"
#include "../uapi/consts.h"
#include "macros.h"

const struct lwbt_const lwbt_kernel_consts[] = {
	LWBT_MACROS_LINUX_STAT_H
	LWBT_MACROS_LINUX_MOUNT_H
	LWBT_END
};
