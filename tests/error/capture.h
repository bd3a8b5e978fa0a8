/*
 * Runs a scenario in a child process with stdout and stderr sent to files
 * (or both to one file), and gives back exactly what was written and how
 * the child ended. The scenario returns normally (the child then calls
 * exit(0)) or exits by itself.
 */
#ifndef CAPTURE_H
#define CAPTURE_H

struct capture {
	char *out;		/* stdout bytes; with merged, both streams */
	char *err;		/* stderr bytes; NULL with merged */
	int exited;		/* 1 if the child called exit */
	int status;		/* its exit status */
};

void capture_run(void (*scenario)(void), int merged, struct capture *c);
void capture_free(struct capture *c);

#endif
