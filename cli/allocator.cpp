// jemalloc's options for the stancegraph binary (compiled in only when it
// is linked with jemalloc; MALLOC_CONF in the environment still overrides
// them). thp:default leaves transparent huge pages to the kernel, whose
// mode on the hosts measured is "madvise": jemalloc's memory gets none.
//
// What was measured. On an earlier host (the third session, bench/
// RESULTS.md), thp:always, which asks for huge pages on all of jemalloc's
// memory, took 164,000 page faults to 4,000 on the 20 MB benchmark corpus
// and ran in 0.97x the wall time at -j 1 and 0.93x at -j 2 (farm-bench, 4
// pairs each), for 28 MB more at its peak.
// On this host (2 cores, shared; 2026-12-08, paired farm-bench runs of the
// same binary, MALLOC_CONF=thp:default against thp:always, the ratio
// default / always, medians), first at load 3-10, then on the idle host
// (load 1-2, last figure of each line):
//   20 MB -j 2: wall 0.91, 0.75, 0.96x, idle 0.94x (0.85-1.04, 5 pairs);
//               cpu 1.07, 1.01, 0.97x, idle 0.95x; system time 1.01 ->
//               0.51 s; peak 407 -> 376 MB;
//   20 MB -j 1: wall 1.37, 1.43x (spreads 1.00-2.45, 1.07-1.61), idle 1.00x
//               (0.97-1.11); cpu 1.13, 1.06x, idle 1.00x; system time 0.97
//               -> 0.41 s; peak 405 -> 380 MB;
//   1 MB -j 1:  wall 1.18, 0.94x, idle 1.06x; cpu 1.13, 0.90, 1.11x; peak
//               83 -> 73 MB;
//   1 MB -j 2:  wall 1.02, 1.01x, idle 1.06x; cpu 1.00, 1.07, 1.06x; peak
//               101 -> 80 MB.
// Without huge pages the kernel zeroes 4 kB pages, not 2 MB ones, on the
// thread that first touches them, and the process holds 23-33 MB less on
// the 20 MB corpus; with them the TLB misses less, which -j 1 shows in its
// user time, and the 1 MB corpus (half a second, mostly loading the
// ontologies) in ~30 ms more. The default run (-j as many as the CPUs) on
// the large corpus was faster without them in every set, -j 1 the same on
// the idle host: thp:default is for the command users run, and for the
// memory. A host where -j 1 is the usual run, or the kernel's mode is
// "always", may measure otherwise; MALLOC_CONF=thp:always gives the old
// setting back without a rebuild.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "thp:default";
}
