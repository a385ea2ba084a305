#ifndef REELGEN_CFFMPEG_SHIM_H
#define REELGEN_CFFMPEG_SHIM_H

#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libswscale/swscale.h>

/// Swift cannot import function-like macros; these wrap the ones we need.
static inline int reelgen_averror(int errnum) { return AVERROR(errnum); }
static inline int reelgen_averror_eof(void) { return AVERROR_EOF; }
static inline int reelgen_eagain(void) { return AVERROR(EAGAIN); }
static inline int64_t reelgen_nopts(void) { return AV_NOPTS_VALUE; }

#endif
