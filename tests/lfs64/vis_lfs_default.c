/* _LARGEFILE64_SOURCE in the default mode: the BSD and XSI large-file
 * names too, still not the GNU ones. */
#define _LARGEFILE64_SOURCE 1
#define _DEFAULT_SOURCE 1
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static int (*const p_lockf64)(int, int, off64_t) = lockf64;
static ssize_t (*const p_getdirentries64)(int, char *, size_t, off64_t *) = getdirentries64;
static ssize_t (*const p_preadv64)(int, const struct iovec *, int, off64_t) = preadv64;
static int (*const p_mkstemps64)(char *, int) = mkstemps64;

static int fallocate64, alphasort64, versionsort64, scandir64, scandirat64;
static int prlimit64, mkostemp64, mkostemps64, getdents64;

int vis_lfs_default(void)
{
	return (p_lockf64 == 0) + (p_getdirentries64 == 0) + (p_preadv64 == 0)
		+ (p_mkstemps64 == 0) + fallocate64 + alphasort64 + versionsort64
		+ scandir64 + scandirat64 + prlimit64 + mkostemp64 + mkostemps64 + getdents64;
}
