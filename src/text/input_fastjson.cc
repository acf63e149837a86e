// Fast path for the common JSONL line: a flat object whose "id", "text" and
// optional "date" are strings and whose other values are strings, numbers,
// true, false or null. Anything else (nesting, a wrong type, any syntax
// error) returns false and the line goes to the nlohmann_json parser, which
// also writes the error messages. So this path never decides an error, and
// on the lines it accepts it yields what the SAX path would.
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string>
#include <string_view>

#include "actorgraph/util.h"
#include "text/input_jsonl.h"

namespace actorgraph {
namespace text_internal {
namespace {

// Bytes that end a run of plain string content: '"', '\\', controls.
struct StopTable {
  bool stop[256];
  constexpr StopTable() : stop() {
    for (int c = 0; c < 0x20; ++c) stop[c] = true;
    stop[static_cast<int>('"')] = stop[static_cast<int>('\\')] = true;
  }
};
constexpr StopTable kStop{};

class FastLine {
 public:
  explicit FastLine(std::string_view s) : p_(s.data()), n_(s.size()) {}

  bool Parse(std::string* text, JsonlRecord* rec) {
    bool has_text = false;
    Ws();
    if (!Eat('{')) return false;
    Ws();
    if (Peek() == '}') return false;  // no "text": let the slow path say so
    for (;;) {
      if (!String(&key_)) return false;
      Ws();
      if (!Eat(':')) return false;
      Ws();
      bool wanted = key_ == "id" || key_ == "text" || key_ == "date";
      if (wanted) {
        std::string* out = key_ == "text" ? text : key_ == "id" ? &rec->id : &rec->date;
        // The rest of the line bounds the text: one allocation, no regrowth
        // copies while escapes split it into many appends.
        if (out == text) text->reserve(n_ - i_);
        if (Peek() != '"' || !String(out)) return false;
        if (key_ == "text")
          has_text = true;
        else if (key_ == "id")
          rec->has_id = true;
        else
          rec->has_date = true;
      } else if (!Scalar()) {
        return false;
      }
      Ws();
      if (Eat(',')) {
        Ws();
        continue;
      }
      if (!Eat('}')) return false;
      Ws();
      return i_ == n_ && has_text;
    }
  }

 private:
  int Peek() const { return i_ < n_ ? static_cast<unsigned char>(p_[i_]) : -1; }
  bool Eat(char c) {
    if (i_ < n_ && p_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  void Ws() {
    while (i_ < n_ && (p_[i_] == ' ' || p_[i_] == '\t' || p_[i_] == '\r' || p_[i_] == '\n')) ++i_;
  }

  bool Literal(std::string_view word) {
    if (std::string_view(p_ + i_, n_ - i_).substr(0, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  bool Digits() {
    size_t b = i_;
    while (i_ < n_ && p_[i_] >= '0' && p_[i_] <= '9') ++i_;
    return i_ > b;
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  bool Number() {
    Eat('-');
    if (Eat('0')) {
      if (Peek() >= '0' && Peek() <= '9') return false;
    } else if (!Digits()) {
      return false;
    }
    if (Eat('.') && !Digits()) return false;
    if (Peek() == 'e' || Peek() == 'E') {
      ++i_;
      if (!Eat('+')) Eat('-');
      if (!Digits()) return false;
    }
    return true;
  }

  bool Scalar() {
    int c = Peek();
    if (c == '"') return String(&scratch_);
    if (c == 't') return Literal("true");
    if (c == 'f') return Literal("false");
    if (c == 'n') return Literal("null");
    if (c == '-' || (c >= '0' && c <= '9')) return Number();
    return false;  // objects, arrays, garbage
  }

  int Hex4() {
    if (n_ - i_ < 4) return -1;
    int v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = p_[i_ + k];
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    i_ += 4;
    return v;
  }

  // The first index >= i of a byte that ends plain string content (see
  // StopTable), or n_. Sixteen bytes at a time with SSE2, then eight in a
  // register: the lowest flagged byte of each test there is exact (a borrow
  // only reaches the bytes above it), then one by one.
  size_t SkipPlain(size_t i) const {
#if defined(__SSE2__)
    // Sixteen bytes at a time: unsigned c < 0x20 is min(c, 0x1F) == c.
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    const __m128i max_control = _mm_set1_epi8(0x1F);
    for (; i + 16 <= n_; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_ + i));
      const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, max_control), v);
      const __m128i stop = _mm_or_si128(
          control, _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
      if (const int mask = _mm_movemask_epi8(stop))
        return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__  // byte k of the load is bits 8k..8k+7
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    for (; i + 8 <= n_; i += 8) {
      uint64_t v;
      std::memcpy(&v, p_ + i, 8);
      const uint64_t q = v ^ (kOnes * '"'), bs = v ^ (kOnes * '\\');
      const uint64_t hit = ((v - kOnes * 0x20) & ~v) | ((q - kOnes) & ~q) | ((bs - kOnes) & ~bs);
      if (hit & kHigh) return i + static_cast<size_t>(__builtin_ctzll(hit & kHigh)) / 8;
    }
#endif
    while (i < n_ && !kStop.stop[static_cast<unsigned char>(p_[i])]) ++i;
    return i;
  }

  // A JSON string at p_[i_] == '"', decoded into *out. The line is valid
  // UTF-8 (repaired before), so raw bytes >= 0x80 are copied as they are.
  bool String(std::string* out) {
    if (!Eat('"')) return false;
    out->clear();
    for (;;) {
      size_t b = i_;
      i_ = SkipPlain(i_);
      out->append(p_ + b, i_ - b);
      if (i_ >= n_) return false;
      char c = p_[i_++];
      if (c == '"') return true;
      if (c != '\\' || i_ >= n_) return false;  // a control character
      char e = p_[i_++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out->push_back(e);
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u': {
          int u = Hex4();
          if (u < 0) return false;
          char32_t cp = static_cast<char32_t>(u);
          if (u >= 0xDC00 && u <= 0xDFFF) return false;  // lone low surrogate
          if (u >= 0xD800 && u <= 0xDBFF) {
            if (!Eat('\\') || !Eat('u')) return false;
            int lo = Hex4();
            if (lo < 0xDC00 || lo > 0xDFFF) return false;
            cp = 0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) +
                 (static_cast<char32_t>(lo) - 0xDC00);
          }
          AppendUtf8(cp, out);
          break;
        }
        default:
          return false;
      }
    }
  }

  const char* p_;
  size_t n_;
  size_t i_ = 0;
  std::string key_, scratch_;
};

}  // namespace

bool FastParseJsonlLine(std::string_view line, std::string* text, JsonlRecord* rec) {
  return FastLine(line).Parse(text, rec);
}

}  // namespace text_internal
}  // namespace actorgraph
