#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <condition_variable>
#include <mutex>
#include <thread>
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

// Bytes go to disk while the output is still being written, not all at
// the fsync before the rename. Every few megabytes written, the kernel is
// asked to start writing them back (sync_file_range), and the writer waits
// for the blocks well behind it, so that dirty pages stay bounded; a thread
// of its own calls fdatasync() every few tens of megabytes, so that the
// disk's cache (a virtual machine's host's) is flushed as the file grows
// rather than all at once. The fsync at the end then has little left.
// On the 20 MB benchmark corpus (688 MB of N-Quads, build -j 2, a busy
// machine) the final fsync waited 1.38-1.47 s; with write-back alone
// 0.75-0.83 s, and a test of 300 MB showed the fdatasync()s take the rest
// (final fsync 0.16-0.46 s without them, 0.06-0.12 s with them).
// Without sync_file_range (not Linux) the fsync does it all.
class WriteBack {
 public:
  explicit WriteBack(int fd) : fd_(fd) {}
  WriteBack(const WriteBack&) = delete;
  WriteBack& operator=(const WriteBack&) = delete;
  ~WriteBack() { finish(); }

  // The file is now written up to `end`. False (errno set) when a block
  // could not be written to disk: the error the fsync would have reported
  // (a wait here takes it from the fsync, which would then succeed).
  bool written(off_t end) {
#ifdef SYNC_FILE_RANGE_WRITE
    if (!enabled_ || end - started_ < kStep) return true;
    if (::sync_file_range(fd_, started_, end - started_, SYNC_FILE_RANGE_WRITE) != 0) return failed();
    started_ = end;
    if (started_ - waited_ > kAhead) {
      const off_t upto = started_ - kAhead;
      if (::sync_file_range(fd_, waited_, upto - waited_, SYNC_FILE_RANGE_WAIT_BEFORE) != 0) return failed();
      waited_ = upto;
    }
    if (end - announced_ >= kSyncStep) {
      announced_ = end;
      std::lock_guard<std::mutex> lock(mutex_);
      if (error_ != 0) {
        errno = error_;
        return false;
      }
      grew_ = true;
      if (!syncing_.joinable()) syncing_ = std::thread([this] { sync_loop(); });
      wake_.notify_one();
    }
#else
    (void)end;
    (void)fd_;
#endif
    return true;
  }

  // Stops the syncing thread. False (errno set) when one of its syncs
  // failed: the error the fsync after it would no longer report.
  bool finish() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    wake_.notify_one();
    if (syncing_.joinable()) syncing_.join();
    if (error_ == 0) return true;
    errno = error_;
    return false;
  }

 private:
  static constexpr off_t kStep = off_t{4} << 20;       // write-back started this much at a time
  static constexpr off_t kAhead = off_t{16} << 20;     // at most this much written and not yet on disk
  static constexpr off_t kSyncStep = off_t{32} << 20;  // the file grows this much between fdatasync()s

  // A file system or kernel that does not do it leaves the work to the
  // fsync; any other error is a write error.
  bool failed() {
    if (errno != EINVAL && errno != ENOSYS && errno != ESPIPE && errno != EOPNOTSUPP) return false;
    enabled_ = false;
    return true;
  }

  void sync_loop() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
      wake_.wait(lock, [&] { return stop_ || grew_; });
      if (stop_) return;
      grew_ = false;
      lock.unlock();
      const int rc = ::fdatasync(fd_);
      const int err = errno;
      lock.lock();
      if (rc != 0 && err != EINVAL) {
        error_ = err;
        return;
      }
    }
  }

  int fd_;
  // The writer's.
  bool enabled_ = true;
  off_t started_ = 0;    // write-back started for [0, started_)
  off_t waited_ = 0;     // [0, waited_) is on disk
  off_t announced_ = 0;  // the file's end when the syncing thread was last woken
  // Shared with the syncing thread, under the mutex.
  std::mutex mutex_;
  std::condition_variable wake_;
  bool grew_ = false, stop_ = false;
  int error_ = 0;  // errno of a failed fdatasync()
  std::thread syncing_;
};

}  // namespace

// The stream every writer writes to, over the file's descriptor (a FILE*
// through fopencookie): it writes the bytes, gzip-compressed or not, and
// starts their write-back to disk (WriteBack) when the file is a
// temporary one, to be synced before it is renamed.
struct OutputFile::Sink {
  Sink(int file, gzFile gzip, bool temporary) : fd(file), gz(gzip), write_back(temporary), disk(file) {}
  int fd;           // the file's descriptor, owned by OutputFile
  gzFile gz;        // gzip: the stream compressing into a duplicate of fd, else null
  bool write_back;  // a temporary file (not a device or a pipe)
  WriteBack disk;
  off_t end = 0;         // plain: bytes written so far
  std::size_t fed = 0;   // gzip: bytes given to zlib since the file's size was last looked at
};

namespace {

ssize_t sink_write(void* cookie, const char* data, std::size_t size) {
  auto& sink = *static_cast<OutputFile::Sink*>(cookie);
  if (size == 0) return 0;
  if (sink.gz) {
    int n = gzwrite(sink.gz, data, static_cast<unsigned>(size));
    if (n <= 0) {
      int code = Z_OK;
      gzerror(sink.gz, &code);
      if (code != Z_ERRNO) errno = EIO;  // else errno is the write's
      return -1;
    }
    // zlib writes through a duplicate of the descriptor, which shares its
    // offset: that is where the compressed file ends. Looked at a few
    // megabytes at a time, not on every call.
    sink.fed += static_cast<std::size_t>(n);
    if (sink.write_back && sink.fed >= (std::size_t{4} << 20)) {
      sink.fed = 0;
      off_t end = ::lseek(sink.fd, 0, SEEK_CUR);
      if (end > 0 && !sink.disk.written(end)) return -1;
    }
    return n;
  }
  for (std::size_t done = 0; done < size;) {
    ssize_t n = ::write(sink.fd, data + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return done > 0 ? static_cast<ssize_t>(done) : -1;
    done += static_cast<std::size_t>(n);
    sink.end += n;
  }
  if (sink.write_back && !sink.disk.written(sink.end)) return -1;
  return static_cast<ssize_t>(size);
}

// Closing the stream closes the gzip stream (which writes its trailer and
// closes its descriptor), never the file's: OutputFile syncs and closes it.
int sink_close(void* cookie) {
  auto& sink = *static_cast<OutputFile::Sink*>(cookie);
  if (!sink.gz) return 0;
  int rc = gzclose_w(sink.gz);
  sink.gz = nullptr;
  if (rc == Z_OK) return 0;
  if (rc != Z_ERRNO) errno = EIO;
  return -1;
}

}  // namespace

OutputFile::OutputFile(std::string path, bool gzip) : path_(std::move(path)), gzip_(gzip) {}

OutputFile::~OutputFile() {
  if (file_ && file_ != stdout) std::fclose(file_);
  if (sink_) sink_->disk.finish();
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
  const bool temporary = !temp_.empty();
  if (fd >= 0 && !gzip_ && !temporary) {
    file_ = ::fdopen(fd, "wb");
  } else if (fd >= 0) {
    fd_ = fd;  // synced (a temporary file) and closed on commit
    fd = -1;
    gzFile gz = nullptr;
    if (gzip_) {
      // zlib closes the descriptor it is given: fd_ stays, to sync the
      // file once the gzip trailer is written.
      int own = ::dup(fd_);
      gz = own >= 0 ? gzdopen(own, "wb") : nullptr;
      if (!gz && own >= 0) ::close(own);
    }
    if (gz || !gzip_) {
      sink_ = std::make_unique<Sink>(fd_, gz, temporary);
      file_ = ::fopencookie(sink_.get(), "wb", cookie_io_functions_t{nullptr, sink_write, nullptr, sink_close});
      if (!file_ && gz) gzclose_w(gz);
    }
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
  ok = std::fclose(file_) == 0 && ok;  // gzip: writes the trailer
  if (fd_ >= 0) {
    ok = ok && (!sink_ || sink_->disk.finish());  // its fdatasync()s' errors are the fsync's
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
