#define _GNU_SOURCE
#include <crypt.h>

char *__wrap_crypt(const char *, const char *);
char *__wrap_crypt_r(const char *, const char *, struct crypt_data *);

/* crypt_r with one buffer for the process, as the traditional interface
 * has it (not reentrant: use crypt_r for that). */
char *__wrap_crypt(const char *phrase, const char *setting)
{
	static struct crypt_data data;

	return __wrap_crypt_r(phrase, setting, &data);
}
