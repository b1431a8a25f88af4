// jemalloc's options for the stancegraph binary (compiled in only when it
// is linked with jemalloc; MALLOC_CONF in the environment still overrides
// them). thp:always asks for transparent huge pages on jemalloc's memory
// (the kernel's default mode, "madvise", gives them only on request): a
// build of the 20 MB benchmark corpus took 164,000 page faults and 4,000
// with it, and ran in 0.97x the wall time at -j 1 and 0.93x at -j 2
// (farm-bench, 4 pairs each), for 28 MB more at its peak.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "thp:always";
}
