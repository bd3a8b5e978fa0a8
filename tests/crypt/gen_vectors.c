/* Writes vectors.h: what libxcrypt answers for each phrase and setting
 * below. Build against glibc and libxcrypt (cc gen_vectors.c -lcrypt);
 * tests/crypt/crypt.c checks the same rows on both libcs. */
#include <crypt.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
static struct crypt_data d;
static void cstr(const char *s){ putchar('"'); for (; *s; s++){ unsigned char c=*s; if (c=='"'||c=='\\') printf("\\%c", c); else if (c<32||c>126) printf("\\x%02x\"\"", c); else putchar(c);} putchar('"'); }
static void V(const char *k, const char *s){ memset(&d,0,sizeof d); errno=0; char *r=crypt_r(k,s,&d); printf("\t{ "); cstr(k); printf(", "); cstr(s); printf(", "); cstr(r); printf(", %s },\n", errno==0?"0":errno==EINVAL?"EINVAL":errno==ERANGE?"ERANGE":"-1"); }
int main(void){
 const char *ph[] = {"", "a", "password", "passwordpassword1", "\xff\xfe\x80", "Hello, world! 0123456789 Hello, world! 0123456789 Hello, world! 0123456789!", NULL};
 const char *st[] = {"$6$saltstring", "$6$rounds=1000$saltstring", "$6$", "$6$0123456789abcdefXYZ", "$6$x$garbage",
   "$5$saltstring", "$5$rounds=1000$toolongsaltstring", "$5$",
   "$1$saltstri", "$1$", "$1$12345678901$", "$1$a$b",
   "ab", "./", "zZ", "abJnggxhB/yWI", "abcdefghijklmnopqrstuvwxyz",
   "_J9..salt", "_....salt", "_zz..saltabcdef",
   "$2b$04$abcdefghijklmnopqrstuu", "$2y$05$CCCCCCCCCCCCCCCCCCCCC.", "$2b$04$abcdefghijklmnopqrstu9", "$2x$04$......................", NULL};
 for (int i=0; ph[i]; i++) for (int j=0; st[j]; j++) V(ph[i], st[j]);
 /* bcrypt: 72 bytes of key at most, "$2a$" for 7-bit phrases */
 V("0123456789012345678901234567890123456789012345678901234567890123456789ab", "$2b$04$abcdefghijklmnopqrstuu");
 V("0123456789012345678901234567890123456789012345678901234567890123456789abcdef", "$2b$04$abcdefghijklmnopqrstuu");
 V("password", "$2a$04$abcdefghijklmnopqrstuu"); V("password", "$2b$04$abcdefghijklmnopqrstuuextra");
 /* rounds bounds and explicit default */
 V("password", "$6$rounds=5000$x"); V("password", "$5$rounds=1000$$"); V("password", "$6$rounds=1000$rounds=2000$x");
 /* failures */
 const char *bad[] = {"", "a", "!!", "ab:", "a\n", "$6$sa:lt", "$6$sa lt", "$1$x;y", "$5$a*b", "_J9..sa!t", "$6$rounds=999$x", "$6$rounds=01000$x", "$6$rounds=1000000000$x", "$6$rounds=1000", "$6$rounds=$x", "$6$rounds=1e3$x", "_J9..sa", "_J9", "$2b$03$abcdefghijklmnopqrstuu", "$2b$32$abcdefghijklmnopqrstuu", "$2b$4$abcdefghijklmnopqrstuu", "$2b$04$abcdefghijklmnopqrstu", "$2c$04$abcdefghijklmnopqrstuu", "$2$04$abcdefghijklmnopqrstuu", "$2b$04abcdefghijklmnopqrstuuu", "$2B$04$abcdefghijklmnopqrstuu", "$9$", "$", "$6", "$1", "*0", "*1", "*0abc", "*", NULL};
 for (int j=0; bad[j]; j++) V("password", bad[j]);
 return 0;}
