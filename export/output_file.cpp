#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

#include "export.h"

namespace sg::exporter {
namespace {

// The temporary file being written, for the signal handler: a fixed buffer
// (no allocation in a handler), cleared once the file is committed.
char g_temp[4096];
volatile std::sig_atomic_t g_has_temp = 0;

extern "C" void remove_temp_and_die(int sig) {
  if (g_has_temp) ::unlink(g_temp);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void watch(const std::string& temp) {
  if (temp.size() + 1 > sizeof g_temp) return;
  std::memcpy(g_temp, temp.c_str(), temp.size() + 1);
  g_has_temp = 1;
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, remove_temp_and_die);
}

void unwatch() { g_has_temp = 0; }

}  // namespace

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {}

OutputFile::~OutputFile() {
  if (file_ && file_ != stdout) std::fclose(file_);
  if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
  unwatch();
}

bool OutputFile::open(std::string& error) {
  if (path_ == "-") {
    file_ = stdout;
    return true;
  }
  // The temporary file sits beside the target so the rename is atomic.
  std::string dir = ".";
  std::string base = path_;
  auto slash = path_.find_last_of('/');
  if (slash != std::string::npos) {
    dir = slash == 0 ? "/" : path_.substr(0, slash);
    base = path_.substr(slash + 1);
  }
  if (base.empty()) {
    error = path_ + ": the output path names a directory";
    return false;
  }
  std::string pattern = (dir == "/" ? "" : dir) + "/." + base + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) {
    error = path_ + ": cannot create output file: " + std::strerror(errno);
    return false;
  }
  temp_ = name.data();
  watch(temp_);  // interrupted (SIGINT, SIGTERM, SIGHUP): the temporary file goes, the old output stays
  ::fchmod(fd, 0644);
  file_ = ::fdopen(fd, "wb");
  if (!file_) {
    ::close(fd);
    error = path_ + ": cannot open output file: " + std::strerror(errno);
    return false;
  }
  return true;
}

bool OutputFile::commit(std::string& error) {
  if (file_ == stdout) {
    committed_ = true;
    if (std::fflush(stdout) != 0) {
      error = "cannot write to standard output";
      return false;
    }
    return true;
  }
  bool ok = std::fflush(file_) == 0 && ::fsync(::fileno(file_)) == 0;
  ok = std::fclose(file_) == 0 && ok;
  file_ = nullptr;
  if (!ok) {
    error = path_ + ": write error: " + std::strerror(errno);
    return false;
  }
  if (::rename(temp_.c_str(), path_.c_str()) != 0) {
    error = path_ + ": cannot move the output into place: " + std::strerror(errno);
    return false;
  }
  committed_ = true;
  unwatch();
  return true;
}

}  // namespace sg::exporter
