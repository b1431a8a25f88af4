// progress.h — a progress line on standard error while `build` runs.
//
// It is drawn only when standard error is a terminal, and only once the
// run has lasted a second (STANCEGRAPH_PROGRESS_DELAY_MS changes that, for
// tests): a pipe, a file or a CI log never sees it, and standard output is
// never touched. It is one line, redrawn in place ("\r") every tenth of a
// second by its own thread, and erased when the run ends.
//
// Thread safety: advance() may be called from any thread; the rest from
// the thread that made the Progress. While a Progress is alive, every line
// for standard error should go through stderr_line(), which takes the bar
// away first so that messages never share its line.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

namespace sg::cli {

class Progress {
 public:
  // Draws nothing unless `enabled`; see terminal().
  explicit Progress(bool enabled);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Whether standard error is a terminal.
  static bool terminal();

  // A new stage: "reading", "extracting"... with `total` steps (0: unknown).
  void stage(const std::string& label, std::size_t total);
  void advance(std::size_t steps = 1) { done_ += steps; }
  // Erases the bar and stops drawing.
  void finish();

 private:
  friend void stderr_line(const std::string& text);
  void run();
  void draw_locked();
  void clear_locked();

  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::milliseconds delay_{1000};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  bool shown_ = false;
  std::string label_;
  std::size_t total_ = 0;
  std::atomic<std::size_t> done_{0};
  std::thread thread_;
};

// Writes one line on standard error, out of the way of the progress bar
// if one is drawn.
void stderr_line(const std::string& text);

}  // namespace sg::cli
