#include <stdint.h>
#include <stdlib.h>
#include "runtime.h"

struct translit {
	uint32_t cp;
	uint16_t c_locale, utf8_locale;	/* offsets into translit_pool */
};

#include "translit_table.h"

static int compare(const void *key, const void *entry)
{
	uint32_t cp = *(const uint32_t *)key, e = ((const struct translit *)entry)->cp;

	return cp < e ? -1 : cp > e;
}

/* glibc's transliteration of cp for an ASCII target, as measured in the C
 * locale and in C.UTF-8 (which adds accent stripping and more), or NULL
 * where glibc has none and writes '?'. */
const char *__lwb_translit(uint32_t cp, int utf8_locale)
{
	const struct translit *t = bsearch(&cp, translit_table,
		sizeof translit_table / sizeof *translit_table, sizeof *translit_table, compare);
	const char *s;

	if (!t)
		return 0;
	s = translit_pool + (utf8_locale ? t->utf8_locale : t->c_locale);
	return s[0] == '?' && s[1] == 0 ? 0 : s;
}
