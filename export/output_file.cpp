#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

#include <zlib.h>

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

// The process's umask, which can only be read by setting it: for a moment
// it is 0, so this runs when the output is opened, while no other thread
// of ours creates files.
mode_t current_umask() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

// A FILE* that gzip-compresses into a descriptor (fopencookie): every
// writer writes to a FILE*, and this one hands their bytes to zlib.
ssize_t gzip_write(void* cookie, const char* data, std::size_t size) {
  if (size == 0) return 0;
  int n = gzwrite(static_cast<gzFile>(cookie), data, static_cast<unsigned>(size));
  if (n <= 0) {
    int code = Z_OK;
    gzerror(static_cast<gzFile>(cookie), &code);
    if (code != Z_ERRNO) errno = EIO;  // else errno is the write's
    return -1;
  }
  return n;
}

int gzip_close(void* cookie) {
  int rc = gzclose_w(static_cast<gzFile>(cookie));
  if (rc == Z_OK) return 0;
  if (rc != Z_ERRNO) errno = EIO;
  return -1;
}

}  // namespace

OutputFile::OutputFile(std::string path, bool gzip) : path_(std::move(path)), gzip_(gzip) {}

OutputFile::~OutputFile() {
  if (file_ && file_ != stdout) std::fclose(file_);
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
  unwatch();
}

std::string OutputFile::name() const { return path_ == "-" ? "stdout" : path_; }

bool OutputFile::open(std::string& error) {
  if (path_ == "-") {
    file_ = stdout;
    return true;
  }
  struct stat st {};
  bool exists = ::stat(path_.c_str(), &st) == 0;  // through symbolic links
  if (exists && S_ISDIR(st.st_mode)) {
    error = "the output path names a directory";
    return false;
  }
  if (exists && !S_ISREG(st.st_mode)) return open_special(error);
  // A symbolic link to a file is followed, so that file is replaced and the
  // link stays a link; a dangling link is replaced by the new file.
  std::string target = path_;
  struct stat link {};
  if (exists && ::lstat(path_.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    if (char* resolved = ::realpath(path_.c_str(), nullptr)) {
      target = resolved;
      std::free(resolved);
    }
  }

  // The temporary file sits beside the target so the rename is atomic.
  std::string dir = ".";
  std::string base = target;
  auto slash = target.find_last_of('/');
  if (slash != std::string::npos) {
    dir = slash == 0 ? "/" : target.substr(0, slash);
    base = target.substr(slash + 1);
  }
  if (base.empty()) {
    error = "the output path names a directory";
    return false;
  }
  std::string pattern = (dir == "/" ? "" : dir) + "/." + base + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) {
    int err = errno;
    error = std::string("cannot create the output file: ") + std::strerror(err) +
            (err == ENOENT ? " (does the directory exist?)" : "");
    return false;
  }
  temp_ = name.data();
  target_ = target;
  watch(temp_);  // interrupted (SIGINT, SIGTERM, SIGHUP): the temporary file goes, the old output stays
  // mkstemp makes the file 0600: a replaced file keeps its mode, a new one
  // gets what the umask leaves of 0666, as any other program's output.
  ::fchmod(fd, exists ? (st.st_mode & 07777) : (0666 & ~current_umask()));
  return stream_from(fd, error);
}

// A device, a named pipe or a socket (`-o /dev/null`, `-o /dev/stdout`, a
// FIFO a loader reads) is written into directly: renaming a file over it
// would replace the device itself. Nothing can be taken back from it, so a
// failed run leaves there what it wrote before failing.
bool OutputFile::open_special(std::string& error) {
  return stream_from(::open(path_.c_str(), O_WRONLY | O_CLOEXEC), error);
}

bool OutputFile::stream_from(int fd, std::string& error) {
  if (fd >= 0 && !gzip_) {
    file_ = ::fdopen(fd, "wb");
  } else if (fd >= 0) {
    // zlib closes the descriptor it is given: a second one stays, to sync
    // the file once the gzip trailer is written.
    fd_ = fd;
    int own = ::dup(fd);
    gzFile gz = own >= 0 ? gzdopen(own, "wb") : nullptr;
    if (!gz && own >= 0) ::close(own);
    if (gz) {
      file_ = ::fopencookie(gz, "wb", cookie_io_functions_t{nullptr, gzip_write, nullptr, gzip_close});
      if (!file_) gzclose_w(gz);
    }
    fd = -1;  // fd_ owns it
  }
  if (!file_) {
    error = std::string("cannot open the output file: ") + std::strerror(errno);
    if (fd >= 0) ::close(fd);
    return false;
  }
  return true;
}

bool OutputFile::commit(std::string& error) {
  if (file_ == stdout) {
    committed_ = true;
    if (std::fflush(stdout) != 0) {
      error = write_failure();
      return false;
    }
    return true;
  }
  // A device or a pipe (no temporary file) is neither synced nor renamed.
  const bool direct = temp_.empty();
  bool ok = std::fflush(file_) == 0;
  if (fd_ < 0) {
    ok = ok && (direct || ::fsync(::fileno(file_)) == 0);
    ok = std::fclose(file_) == 0 && ok;
  } else {  // gzip: the trailer is written when the stream closes
    ok = std::fclose(file_) == 0 && ok;
    ok = ok && (direct || ::fsync(fd_) == 0);
    ok = ::close(fd_) == 0 && ok;
    fd_ = -1;
  }
  file_ = nullptr;
  if (!ok) {
    error = write_failure();
    return false;
  }
  if (!direct && ::rename(temp_.c_str(), target_.c_str()) != 0) {
    error = std::string("cannot move the output into place: ") + std::strerror(errno);
    return false;
  }
  committed_ = true;
  unwatch();
  return true;
}

}  // namespace sg::exporter
