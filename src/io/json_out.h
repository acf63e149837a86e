// A JSON writer for the export (not a public header): nlohmann's dump()
// layout, written straight into a character buffer.
#ifndef ACTORGRAPH_SRC_IO_JSON_OUT_H_
#define ACTORGRAPH_SRC_IO_JSON_OUT_H_

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/util.h"
#include "io/internal.h"

namespace actorgraph {
namespace io_internal {

// Writes JSON in nlohmann's dump() layout: `indent` spaces per level, or
// compact when indent < 0; empty containers as [] and {}. The text is
// appended to `*out`; with a `sink`, it is handed on in blocks of about 64 KB
// (and `*out` is left empty). Invalid UTF-8 in strings becomes U+FFFD.
class JsonWriter {
 public:
  JsonWriter(std::string* out, std::ostream* sink, int indent)
      : out_(*out), sink_(sink), indent_(indent), pos_(out->size()) {}
  ~JsonWriter() { Finish(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // `k` is a plain ASCII name: nothing to escape.
  template <size_t N>
  void Key(const char (&k)[N]) {
    char* p = Separator(N + 3);
    *p++ = '"';
    std::memcpy(p, k, N - 1);
    p += N - 1;
    *p++ = '"';
    *p++ = ':';
    if (indent_ >= 0) *p++ = ' ';
    pos_ = static_cast<size_t>(p - out_.data());
    after_key_ = true;
  }
  void String(std::string_view s) {
    Element();
    WriteString(s);
  }
  void StringOrNull(const std::string& s) {
    if (s.empty())
      Null();
    else
      String(s);
  }
  void Uint(uint64_t v) {
    char* p = Separator(24);
    pos_ = static_cast<size_t>(std::to_chars(p, p + 24, v).ptr - out_.data());
  }
  void Double(double d) {
    Element();
    Append(FormatDouble(d));
  }
  void Bool(bool b) {
    Element();
    Append(b ? "true" : "false");
  }
  void Null() {
    Element();
    Append("null");
  }
  template <typename Set>
  void Strings(const Set& s) {
    BeginArray();
    for (const std::string& x : s) String(x);
    EndArray();
  }
  // Hands everything written to the sink (if any) and trims `*out` to the text.
  void Finish() {
    if (sink_ && pos_ > 0) {
      sink_->write(out_.data(), static_cast<std::streamsize>(pos_));
      pos_ = 0;
    }
    out_.resize(pos_);
  }

 private:
  static constexpr size_t kBlock = size_t{1} << 16;

  // Room for `n` more bytes at out_[pos_]; out_ is kept at its full size
  // while writing.
  char* Reserve(size_t n) {
    if (out_.size() - pos_ < n) Grow(n);
    return &out_[pos_];
  }
  // Flushes to the sink, or grows out_ (by about its length: the zeroes
  // resize() writes stay proportional to the text).
  void Grow(size_t n) {
    if (sink_ && pos_ > 0) {
      sink_->write(out_.data(), static_cast<std::streamsize>(pos_));
      pos_ = 0;
    }
    if (out_.size() - pos_ >= n) return;
    out_.resize(pos_ + n + (sink_ ? kBlock : std::max<size_t>(pos_, 256)));
  }
  void Append(std::string_view s) {
    std::memcpy(Reserve(s.size()), s.data(), s.size());
    pos_ += s.size();
  }
  // Writes the separator and indentation a value or key needs, and returns
  // where to write it, with room for `n` more bytes.
  char* Separator(size_t n) {
    if (after_key_) {
      after_key_ = false;
      return Reserve(n);
    }
    if (counts_.empty()) return Reserve(n);
    const size_t spaces = indent_ < 0 ? 0 : counts_.size() * static_cast<size_t>(indent_);
    char* p = Reserve(n + spaces + 2 + kSpaceBlock);
    if (counts_.back()++ > 0) *p++ = ',';
    if (indent_ >= 0) {
      *p++ = '\n';
      Spaces(p, spaces);
      p += spaces;
    }
    pos_ = static_cast<size_t>(p - out_.data());
    return p;
  }
  void Element() { Separator(0); }
  void Newline() {
    if (indent_ < 0) return;
    const size_t spaces = counts_.size() * static_cast<size_t>(indent_);
    char* p = Reserve(spaces + 1 + kSpaceBlock);
    *p++ = '\n';
    Spaces(p, spaces);
    pos_ += spaces + 1;
  }
  // Writes `count` spaces at p, eight a store (the indentation is short:
  // cheaper than a call to memset). Needs room for count + kSpaceBlock bytes.
  static constexpr size_t kSpaceBlock = 8;
  static void Spaces(char* p, size_t count) {
    for (size_t k = 0; k < count; k += kSpaceBlock) std::memcpy(p + k, "        ", kSpaceBlock);
  }
  void Open(char c) {
    *Separator(1) = c;
    ++pos_;
    counts_.push_back(0);
  }
  void Close(char c) {
    size_t n = counts_.back();
    counts_.pop_back();
    if (n > 0) Newline();
    *Reserve(1) = c;
    ++pos_;
  }
  static bool Plain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }
  // Whether 8 bytes are all Plain: no byte >= 0x80, < 0x20, '"' or '\\'
  // (each test flags a byte's high bit; only "any" is exact, which is all we ask).
  static bool Plain8(uint64_t x) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    const uint64_t quote = x ^ (kOnes * '"'), backslash = x ^ (kOnes * '\\');
    const uint64_t flags = x | ((x - kOnes * 0x20) & ~x) | ((quote - kOnes) & ~quote) |
                           ((backslash - kOnes) & ~backslash);
    return (flags & kHigh) == 0;
  }
  void WriteString(std::string_view s) {
    size_t i = 0;
    for (uint64_t x; i + 8 <= s.size(); i += 8) {
      std::memcpy(&x, s.data() + i, 8);
      if (!Plain8(x)) break;
    }
    while (i < s.size() && Plain(static_cast<unsigned char>(s[i]))) ++i;
    if (i == s.size()) {  // the common case: printable ASCII only
      char* p = Reserve(s.size() + 2);
      *p++ = '"';
      std::memcpy(p, s.data(), s.size());
      p[s.size()] = '"';
      pos_ += s.size() + 2;
      return;
    }
    WriteEscaped(s, i);
  }
  // `s` from its first byte that is not printable ASCII, `i`, on.
  void WriteEscaped(std::string_view s, size_t i) {
    std::string repaired;
    if (!IsValidUtf8(s.substr(i))) {
      repaired = std::string(s);
      RepairUtf8(&repaired);
      s = repaired;  // the plain prefix is unchanged
    }
    static const char kHex[] = "0123456789abcdef";
    Append("\"");
    size_t run = 0;  // start of the pending run of plain bytes
    for (; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      Append(s.substr(run, i - run));
      run = i + 1;
      switch (c) {
        case '"':
          Append("\\\"");
          break;
        case '\\':
          Append("\\\\");
          break;
        case '\b':
          Append("\\b");
          break;
        case '\f':
          Append("\\f");
          break;
        case '\n':
          Append("\\n");
          break;
        case '\r':
          Append("\\r");
          break;
        case '\t':
          Append("\\t");
          break;
        default: {
          const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          Append(std::string_view(u, 6));
        }
      }
    }
    Append(s.substr(run));
    Append("\"");
  }

  std::string& out_;
  std::ostream* sink_;
  int indent_;
  size_t pos_;                  // out_[0, pos_) is written
  std::vector<size_t> counts_;  // elements written so far in each open container
  bool after_key_ = false;
};

}  // namespace io_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_SRC_IO_JSON_OUT_H_
