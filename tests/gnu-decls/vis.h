/* What each translation unit of the visibility test saw. */
enum {
	VIS_TEMP_FAILURE_RETRY,
	VIS_STRNDUPA,
	VIS_ACCESSPERMS,
	VIS_WAIT_ANY,
	VIS_W_EXITCODE,
	VIS_LOCK_SH,
	VIS_LOCK_MAND,
	VIS_ERROR_T,
	VIS_D_EXACT_NAMLEN,
	VIS_COMPAR_FN_T,
	VIS_CPU_SET_S,
	VIS_COUNT
};

extern const int vis_strict[VIS_COUNT];
extern const int vis_default[VIS_COUNT];
int vis_strict_uses(void);
int vis_default_uses(void);
