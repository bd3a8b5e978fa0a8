/* Measures glibc's ASCII//TRANSLIT of single code points in one locale:
 *   probe LOCALE FIRST LAST [FIRST LAST ...]   (hexadecimal code points)
 * prints "CODEPOINT<TAB>RESULT" per code point. Built and run against glibc
 * only, by gen.py, to record what glibc does; never part of the library. */
#define _GNU_SOURCE
#include <iconv.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	iconv_t cd;
	uint32_t cp, last;
	char out[64], *ip, *op;
	size_t il, ol;
	int a;

	if (argc < 4 || !setlocale(LC_ALL, argv[1]))
		return 2;
	cd = iconv_open("ASCII//TRANSLIT", "UTF-32LE");
	if (cd == (iconv_t)-1)
		return 1;
	for (a = 2; a + 1 < argc; a += 2) {
		last = strtoul(argv[a + 1], 0, 16);
		for (cp = strtoul(argv[a], 0, 16); cp <= last; cp++) {
			ip = (char *)&cp;
			il = 4;
			op = out;
			ol = sizeof out - 1;
			iconv(cd, 0, 0, 0, 0);
			if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1)
				return 1;
			*op = 0;
			printf("%04X\t%s\n", (unsigned)cp, out);
		}
	}
	iconv_close(cd);
	return 0;
}
