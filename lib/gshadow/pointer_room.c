#define _GNU_SOURCE
#include <stdint.h>
#include <string.h>
#include "files.h"

size_t __lwb_pointer_room(char *text, char *buf, size_t buflen, char ***area)
{
	uintptr_t p = (uintptr_t)(text + strlen(text) + 1);
	uintptr_t end = (uintptr_t)buf + buflen;

	p = (p + sizeof(char *) - 1) & ~(uintptr_t)(sizeof(char *) - 1);
	*area = (char **)p;
	return p < end ? (end - p) / sizeof(char *) : 0;
}
