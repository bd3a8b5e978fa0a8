/* Capture what a piece of code writes to stderr (descriptor 2). */
#ifndef CAPTURE_H
#define CAPTURE_H

void capture_start(void);
/* Stop and return the text, valid until the next capture. */
const char *capture_stop(void);

#endif
