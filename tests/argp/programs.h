#ifndef LWBT_ARGP_PROGRAMS_H
#define LWBT_ARGP_PROGRAMS_H
/* Run the argp program named prog (simple, tree, filter, hook, bare,
 * clusters, sorting, longdoc, aliases). */
int lwbt_argp_program(const char *prog, int argc, char **argv);
#endif
