/*
 * A program written for glibc, the way real ones are: it walks a tree with
 * nftw and FTW_ACTIONRETVAL, skipping every ".git" directory with
 * FTW_SKIP_SUBTREE, and counts the rest. Like many packages, it carries
 * fallback values for the GNU names so that it compiles anywhere.
 *
 * On plain musl it compiles, runs, and silently gives the wrong answer:
 * musl ignores FTW_ACTIONRETVAL, so the first FTW_SKIP_SUBTREE stops the
 * walk. Built with `pkg-config --cflags --libs libwildebeest-ftw`, it
 * behaves as on glibc.
 */
#define _GNU_SOURCE
#include <ftw.h>
#include <stdio.h>
#include <string.h>

#ifndef FTW_ACTIONRETVAL
#define FTW_ACTIONRETVAL 16
#define FTW_CONTINUE 0
#define FTW_SKIP_SUBTREE 2
#endif

static int files, skipped;

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st;
	if (type == FTW_D && !strcmp(path + ftw->base, ".git")) {
		skipped++;
		return FTW_SKIP_SUBTREE;
	}
	if (type == FTW_F)
		files++;
	return FTW_CONTINUE;
}

int main(int argc, char **argv)
{
	int r;

	if (argc != 2) {
		fprintf(stderr, "usage: %s DIR\n", argv[0]);
		return 2;
	}
	r = nftw(argv[1], visit, 16, FTW_PHYS | FTW_ACTIONRETVAL);
	printf("nftw returned %d: %d files, %d .git directories skipped\n", r, files, skipped);
	return r == 0 ? 0 : 1;
}
