// The progress line of build. See progress.h.
#include "progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace sg::cli {
namespace {

// The one Progress alive, for stderr_line(); build makes one at a time.
std::atomic<Progress*> current{nullptr};

std::size_t terminal_width() {
  winsize w{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col >= 20) return w.ws_col;
  return 80;
}

void write_stderr(const std::string& s) {
  std::fwrite(s.data(), 1, s.size(), stderr);
  std::fflush(stderr);
}

}  // namespace

bool Progress::terminal() { return isatty(STDERR_FILENO) == 1; }

Progress::Progress(bool enabled) : enabled_(enabled), start_(std::chrono::steady_clock::now()) {
  if (!enabled_) return;
  if (const char* ms = std::getenv("STANCEGRAPH_PROGRESS_DELAY_MS"); ms && *ms)
    delay_ = std::chrono::milliseconds(std::strtol(ms, nullptr, 10));
  current = this;
  thread_ = std::thread([this] { run(); });
}

Progress::~Progress() { finish(); }

void Progress::stage(const std::string& label, std::size_t total) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  label_ = label;
  total_ = total;
  done_ = 0;
  draw_locked();
}

void Progress::finish() {
  if (!enabled_) return;
  {
    std::lock_guard lock(mutex_);
    if (stop_) return;
    stop_ = true;
    clear_locked();
  }
  wake_.notify_all();
  thread_.join();
  current = nullptr;
}

void Progress::run() {
  std::unique_lock lock(mutex_);
  while (!stop_) {
    wake_.wait_for(lock, std::chrono::milliseconds(100));
    if (!stop_) draw_locked();
  }
}

void Progress::draw_locked() {
  auto elapsed = std::chrono::steady_clock::now() - start_;
  if (stop_ || elapsed < delay_ || label_.empty()) return;
  double seconds = std::chrono::duration<double>(elapsed).count();
  std::size_t done = std::min(done_.load(), total_ ? total_ : done_.load());
  char tail[96];
  if (total_) std::snprintf(tail, sizeof tail, " %zu/%zu  %.0f s", done, total_, seconds);
  else std::snprintf(tail, sizeof tail, "  %.0f s", seconds);
  std::string line = "\r\033[K" + label_;
  if (total_) {
    std::size_t room = terminal_width() - 1;
    std::size_t used = label_.size() + std::string(tail).size() + 3;
    std::size_t width = room > used + 10 ? std::min<std::size_t>(room - used, 40) : 10;
    std::size_t filled = width * done / total_;
    line += " [" + std::string(filled, '#') + std::string(width - filled, '.') + "]";
  }
  line += tail;
  write_stderr(line);
  shown_ = true;
}

void Progress::clear_locked() {
  if (!shown_) return;
  write_stderr("\r\033[K");
  shown_ = false;
}

void stderr_line(const std::string& text) {
  Progress* p = current.load();
  if (!p) {
    std::cerr << text << '\n';
    return;
  }
  std::lock_guard lock(p->mutex_);
  p->clear_locked();
  std::cerr << text << '\n' << std::flush;
}

}  // namespace sg::cli
