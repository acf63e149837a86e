#include "text/input_stream.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace actorgraph {
namespace text_internal {

namespace {
constexpr size_t kBufferBytes = size_t{1} << 18;
}

bool ByteStream::Open(const std::string& path, std::string* error) {
  Close();
  errno = 0;
  if (path == "-") {
    int fd = dup(0);
    file_ = fd < 0 ? nullptr : gzdopen(fd, "rb");
    if (!file_ && fd >= 0) close(fd);
  } else {
    file_ = gzopen(path.c_str(), "rb");
  }
  if (!file_) {
    *error = errno ? std::strerror(errno) : "cannot open";
    return false;
  }
  gzbuffer(file_, kBufferBytes);
  buf_.resize(kBufferBytes);
  pos_ = len_ = 0;
  eof_ = false;
  error_.clear();
  return true;
}

void ByteStream::Close() {
  if (file_) gzclose(file_);
  file_ = nullptr;
}

uint64_t ByteStream::offset() const {
  if (!file_) return 0;
  z_off_t o = gzoffset(file_);
  return o < 0 ? 0 : static_cast<uint64_t>(o);
}

bool ByteStream::Fill() {
  if (pos_ < len_) return true;
  if (eof_ || !file_) return false;
  int n = gzread(file_, buf_.data(), static_cast<unsigned>(buf_.size()));
  if (n <= 0) {
    eof_ = true;
    int err = Z_OK;
    const char* msg = gzerror(file_, &err);
    if (n < 0 || (err != Z_OK && err != Z_STREAM_END))
      error_ = err == Z_ERRNO ? std::strerror(errno) : (msg && *msg ? msg : "read error");
    return false;
  }
  pos_ = 0;
  len_ = static_cast<size_t>(n);
  return true;
}

int ByteStream::PeekNonBlank() {
  while (Fill()) {
    for (size_t k = pos_; k < len_; ++k) {
      unsigned char c = static_cast<unsigned char>(buf_[k]);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return c;
    }
    pos_ = len_;  // a whole buffer of blanks: only whitespace is dropped
  }
  return -1;
}

uint64_t ByteStream::ReadAll(std::string* out, uint64_t max_bytes) {
  uint64_t total = 0;
  while (Fill()) {
    size_t n = len_ - pos_;
    uint64_t kept = out->size();
    if (kept < max_bytes)
      out->append(buf_.data() + pos_, static_cast<size_t>(std::min<uint64_t>(n, max_bytes - kept)));
    total += n;
    pos_ = len_;
  }
  return total;
}

bool ByteStream::ReadLine(std::string* line, size_t max_bytes, bool* newline, bool* too_long) {
  line->clear();
  *newline = false;
  bool any = false;
  uint64_t total = 0;
  while (Fill()) {
    any = true;
    const char* b = buf_.data() + pos_;
    size_t n = len_ - pos_;
    const char* nl = static_cast<const char*>(std::memchr(b, '\n', n));
    size_t take = nl ? static_cast<size_t>(nl - b) : n;
    if (line->size() < max_bytes) line->append(b, std::min(take, max_bytes - line->size()));
    total += take;
    pos_ += take;
    if (nl) {
      ++pos_;
      *newline = true;
      break;
    }
  }
  *too_long = total > max_bytes;
  return any;
}

}  // namespace text_internal
}  // namespace actorgraph
