/*
 * Built twice on musl, once with the module's pkg-config flags (--wrap)
 * and once naming only the archive (-lwildebeest-fts, as a link with -lfts
 * does); linkcheck.sh runs both and checks neither takes an fts symbol
 * from the C library. Debian's musl has its own fts, with another FTSENT
 * layout: read through libwildebeest's header, its entries would not make
 * sense, so the walk checked here shows the calls reached libwildebeest.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <fts.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
	char dir[] = "/tmp/lwbt-fts-link.XXXXXX";
	char *roots[] = { "t/", NULL };
	static const char *const want[] = { "1 0  2", "8 1 f 3", "6 0  2" };
	FTSENT *e;
	FTS *fts;
	int n = 0, bad = 0;

	if (!mkdtemp(dir) || chdir(dir) || mkdir("t", 0755))
		return 2;
	close(open("t/f", O_WRONLY | O_CREAT, 0644));
	fts = fts_open(roots, FTS_PHYSICAL, NULL);
	if (!fts)
		return 2;
	while ((e = fts_read(fts))) {
		char line[64];

		snprintf(line, sizeof line, "%d %d %s %d", e->fts_info, e->fts_level, e->fts_name,
			e->fts_pathlen);
		if (n >= 3 || strcmp(line, want[n])) {
			printf("entry %d: %s\n", n, line);
			bad = 1;
		}
		n++;
	}
	fts_close(fts);
	unlink("t/f");
	rmdir("t");
	chdir("/");
	rmdir(dir);
	if (bad || n != 3)
		return 1;
	puts("fts calls reach libwildebeest");
	return 0;
}
