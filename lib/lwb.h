/* Internal to libwildebeest: never installed, never seen by consumers. */
#ifndef LWB_INTERNAL_H
#define LWB_INTERNAL_H

/* Helpers shared between the files of one module are __lwb_ names with
 * hidden visibility, so a consumer's shared library that links a module
 * (systemd's libsystemd-shared, say) does not export them. */
#define LWB_HIDDEN __attribute__((__visibility__("hidden")))

#endif
