/*
 * What a configure probe links (AC_SEARCH_LIBS([fts_open], [fts])):
 * the plain names, declared here, not through <fts.h>. Built on musl
 * against the archive alone; linkcheck.sh runs it and checks it takes no
 * fts symbol from the C library.
 */
#include <stddef.h>

void *fts_open(char *const *, int, void *);
void *fts_read(void *);
int fts_close(void *);

int main(void)
{
	char *roots[] = { "/", NULL };
	void *fts = fts_open(roots, 0x10 /* FTS_PHYSICAL */, NULL);

	if (!fts || !fts_read(fts))
		return 1;
	return fts_close(fts) != 0;
}
