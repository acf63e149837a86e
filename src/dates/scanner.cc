#include "dates/scanner.h"

#include <array>
#include <cstring>

#include "actorgraph/util.h"

namespace actorgraph {
namespace dates {
namespace {

enum : uint8_t { kSpace = 1, kAlpha = 2, kDigit = 4 };

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kAlpha;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kAlpha;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  for (char c : {' ', '\n', '\t', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = kSpace;
  return t;
}
constexpr std::array<uint8_t, 256> kClass = MakeClasses();

inline bool Is(char c, uint8_t cls) { return kClass[static_cast<unsigned char>(c)] & cls; }

// Length of a UTF-8 sequence starting with lead byte c (1 for invalid bytes).
size_t Utf8Len(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// Eight bytes at a time below: byte k of a load is bits 8k..8k+7.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the word scan assumes little-endian");
constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;

uint64_t Load8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// 0x80 in each byte of v that lies in [lo, hi] (ASCII). The sums stay
// within their bytes, as the high bits are cleared first.
uint64_t InRange(uint64_t v, char lo, char hi) {
  const uint64_t a = v & ~kHigh;
  const uint64_t ge_lo = a + kOnes * (0x80 - lo);
  const uint64_t gt_hi = a + kOnes * (0x80 - hi - 1);
  return ge_lo & ~gt_hi & ~v & kHigh;
}

}  // namespace

void Scan(std::string_view text, const Lexicon& lex, std::string* lowered, std::vector<Tok>* toks) {
  toks->clear();
  if (toks->capacity() < text.size() / 4) toks->reserve(text.size() / 4);
  const size_t n = text.size();
  // Lower-case all ASCII letters at once (the parser reads words only, and
  // every ASCII letter outside a word is left alone by the grammar), plus
  // eight NUL bytes so that a word's end can be found eight bytes at a time.
  lowered->assign(text.data(), n);
  lowered->append(8, '\0');
  char* lw = lowered->data();
  AsciiLowerInPlace(lw, n);
  const std::string_view low = *lowered;
  bool space = true;
  Kind prev_kind = Kind::kOther;  // of the token before, if any
  size_t i = 0;
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const uint8_t cls = kClass[c];
    if (cls & kSpace) {
      space = true;
      ++i;
      continue;
    }
    Tok& t = toks->emplace_back();
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    space = false;
    if (cls & kAlpha) {
      // The word ends at the first byte that is not a letter (the padding
      // stops it at n at the latest).
      size_t j = i;
      uint64_t stop;
      while ((stop = ~InRange(Load8(lw + j), 'a', 'z') & kHigh) == 0) j += 8;
      j += static_cast<size_t>(__builtin_ctzll(stop)) / 8;
      // The first eight lower-case bytes, for the hash.
      uint64_t packed = Load8(lw + i);
      if (j - i < 8) packed &= (uint64_t{1} << (8 * (j - i))) - 1;
      t.kind = Kind::kWord;
      t.cap = c <= 'Z';
      t.upper = t.cap && j - i > 1 && static_cast<unsigned char>(text[i + 1]) <= 'Z';
      t.hash = Lexicon::Mix(packed, j - i);
      t.info = lex.Find(std::string_view(lw + i, j - i), t.hash);
      i = j;
    } else if (cls & kDigit) {
      size_t j = i;
      int32_t v = 0;
      while (j < n && Is(text[j], kDigit)) {
        if (j - i < 9) v = v * 10 + (text[j] - '0');
        ++j;
      }
      t.kind = Kind::kNumber;
      t.digits = static_cast<uint8_t>(j - i > 255 ? 255 : j - i);
      t.num = j - i > 9 ? -1 : v;
      // Thousands groups ("1,000") and decimals ("3.5") make a quantity.
      while (j + 1 < n && (text[j] == ',' || text[j] == '.') && Is(text[j + 1], kDigit)) {
        t.grouped = true;
        ++j;
        while (j < n && Is(text[j], kDigit)) ++j;
      }
      // An attached suffix: "1990s", "27th", "2nd".
      size_t k = j;
      while (k < n && Is(text[k], kAlpha)) ++k;
      if (k == j + 1 && lw[j] == 't' && k < n && Is(text[k], kDigit)) {
        k = j;  // ISO date-time "2015-09-27T10:00": the "T" is a token of its own
      }
      if (k > j) {
        std::string_view suf = low.substr(j, k - j);
        if (suf == "s" || suf == "th" || suf == "st" || suf == "nd" || suf == "rd") {
          t.suffix[0] = suf[0];
          t.suffix[1] = suf.size() > 1 ? suf[1] : 0;
        } else {
          t.kind = Kind::kOther;  // "A380", "5pm", "3G": not a date number
        }
        j = k;
      }
      i = j;
    } else if (c < 0x80) {
      t.kind = Kind::kPunct;
      t.punct = c == '`' ? '\'' : static_cast<char>(c);
      ++i;
    } else {
      size_t len = Utf8Len(c);
      if (i + len > n) len = n - i;
      std::string_view seq = text.substr(i, len);
      // Typographic apostrophes and dashes behave like their ASCII forms.
      if (seq == "\xE2\x80\x99" || seq == "\xE2\x80\x98") {
        t.kind = Kind::kPunct;
        t.punct = '\'';
      } else if (seq == "\xE2\x80\x93" || seq == "\xE2\x80\x94") {
        t.kind = Kind::kPunct;
        t.punct = '-';
      } else {
        t.kind = Kind::kOther;
        // Letters with diacritics glue to a word: not a date word.
        while (i + len < n &&
               (Is(text[i + len], kAlpha) || static_cast<unsigned char>(text[i + len]) >= 0x80))
          len += Utf8Len(static_cast<unsigned char>(text[i + len]));
        if (i + len > n) len = n - i;
      }
      i += len;
    }
    t.end = static_cast<uint32_t>(i);
    // Without space in between, tokens touch: glued to the one before. (The
    // first token has space_before.)
    if (!t.space_before) {
      // A word glued to a preceding non-ASCII letter ("Müller") is not a date word.
      if (t.kind == Kind::kWord && prev_kind == Kind::kOther) t.info = nullptr;
      // Digits glued to letters ("A380", "MH17") are codes, not dates.
      if (t.kind == Kind::kNumber && (prev_kind == Kind::kWord || prev_kind == Kind::kOther))
        t.kind = Kind::kOther;
    }
    prev_kind = t.kind;
    // Most tokens are followed by one plain space: skip it here rather than
    // in a loop turn of its own.
    if (i < n && text[i] == ' ') {
      space = true;
      ++i;
    }
  }
}

}  // namespace dates
}  // namespace actorgraph
