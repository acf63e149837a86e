#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "actorgraph/io.h"

namespace actorgraph {

namespace fs = std::filesystem;

AtomicFile::AtomicFile(std::string path)
    : path_(std::move(path)), tmp_(path_ + ".tmp." + std::to_string(::getpid())) {}

AtomicFile::~AtomicFile() {
  if (!committed_ && !direct_) {
    out_.close();
    std::error_code ec;
    fs::remove(tmp_, ec);
  }
}

Status AtomicFile::Open() {
  std::error_code ec;
  fs::file_status st = fs::status(path_, ec);
  if (!ec && fs::is_directory(st)) return Status::IOError(path_ + " is a directory");
  if (!ec && fs::exists(st) && !fs::is_regular_file(st)) {
    direct_ = true;  // a device or FIFO: renaming over it would replace it
    out_.open(path_, std::ios::binary);
    return out_ ? Status::OK() : Status::IOError("cannot write " + path_);
  }
  fs::path parent = fs::path(path_).parent_path();
  if (!parent.empty() && !fs::is_directory(parent, ec)) {
    fs::create_directories(parent, ec);
    if (ec)
      return Status::IOError("cannot create directory " + parent.string() + ": " + ec.message());
  }
  out_.open(tmp_, std::ios::binary | std::ios::trunc);
  if (!out_) return Status::IOError("cannot write " + tmp_);
  return Status::OK();
}

Status AtomicFile::Finish() {
  out_.flush();
  bool good = static_cast<bool>(out_);
  out_.close();
  const std::string& written = direct_ ? path_ : tmp_;
  if (!good || out_.fail()) return Status::IOError("writing " + written + " failed");
  if (direct_) return Status::OK();
  int fd = ::open(tmp_.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  return Status::OK();
}

Status AtomicFile::Commit() {
  if (!direct_ && std::rename(tmp_.c_str(), path_.c_str()) != 0)
    return Status::IOError("cannot rename " + tmp_ + " to " + path_);
  committed_ = true;
  return Status::OK();
}

}  // namespace actorgraph
