// Buffered byte input over zlib's gzFile, which reads gzip-compressed and
// plain files alike ("-" = standard input).
#ifndef ACTORGRAPH_TEXT_INPUT_STREAM_H_
#define ACTORGRAPH_TEXT_INPUT_STREAM_H_

#include <zlib.h>

#include <cstdint>
#include <string>
#include <vector>

namespace actorgraph {
namespace text_internal {

class ByteStream {
 public:
  ByteStream() = default;
  ~ByteStream() { Close(); }
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // Opens path ("-" = stdin). On failure returns false and sets *error.
  bool Open(const std::string& path, std::string* error);
  void Close();
  bool is_open() const { return file_ != nullptr; }

  // First byte that is not ASCII whitespace, consuming nothing (unless the
  // first 256 KiB are all blank); -1 at end.
  int PeekNonBlank();

  // Appends up to max_bytes bytes to *out (reading everything if less) and
  // returns the total number of bytes in the rest of the stream (counting
  // the ones not kept). Stops at end or error.
  uint64_t ReadAll(std::string* out, uint64_t max_bytes);

  // Reads one line (without its '\n') into *line. Returns false at the end
  // of the stream. *newline says whether the line ended with '\n'. A line
  // longer than max_bytes is consumed but only its first max_bytes bytes are
  // kept, and *too_long is set.
  bool ReadLine(std::string* line, size_t max_bytes, bool* newline, bool* too_long);

  // Read error or truncated compressed data seen so far, or "".
  const std::string& error() const { return error_; }
  // Compressed bytes consumed so far.
  uint64_t offset() const;

 private:
  bool Fill();  // refills buf_ when empty; false at end or error

  gzFile file_ = nullptr;
  std::vector<char> buf_;
  size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
  std::string error_;
};

}  // namespace text_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_INPUT_STREAM_H_
