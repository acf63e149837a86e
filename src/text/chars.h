// Character classes for the tokenizer: a 256-entry table for ASCII and a
// small range test for other code points. Every non-ASCII code point that is
// not listed as space, punctuation or symbol counts as letter material, so
// words in any script stay whole.
#ifndef ACTORGRAPH_TEXT_CHARS_H_
#define ACTORGRAPH_TEXT_CHARS_H_

#include <cstddef>
#include <cstdint>

namespace actorgraph {
namespace text_internal {

enum CharClass : uint8_t {
  kSpace,   // whitespace and invisible controls
  kLetter,  // word material
  kDigit,   // ASCII digits
  kPunct,   // one-character punctuation token
  kSymbol,  // one-character symbol token ("@", "$", emoji, invalid bytes)
};

struct AsciiTable {
  CharClass cls[128];
  constexpr AsciiTable() : cls() {
    for (int c = 0; c < 128; ++c) {
      CharClass k = kSpace;  // controls (NUL, DEL, ...) separate tokens like spaces
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        k = kLetter;
      else if (c >= '0' && c <= '9')
        k = kDigit;
      else if (c > ' ' && c < 127)
        k = kPunct;
      cls[c] = k;
    }
    for (char c : {'$', '%', '+', '<', '=', '>', '^', '|', '~', '@', '#'})
      cls[static_cast<unsigned char>(c)] = kSymbol;
  }
};
inline constexpr AsciiTable kAscii{};

// Bits for ASCII letters and digits (0 for every other byte).
inline constexpr uint8_t kAlnumLetter = 1, kAlnumDigit = 2;
struct AlnumTable {
  uint8_t bits[256];
  constexpr AlnumTable() : bits() {
    for (int c = 'a'; c <= 'z'; ++c) bits[c] = bits[c - 32] = kAlnumLetter;
    for (int c = '0'; c <= '9'; ++c) bits[c] = kAlnumDigit;
  }
};
inline constexpr AlnumTable kAlnum{};

inline bool IsAsciiLetter(unsigned char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26;
}
inline bool IsAsciiDigit(unsigned char c) { return static_cast<unsigned char>(c - '0') < 10; }
inline bool IsAsciiAlnum(unsigned char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }

// Decodes the code point at p[i] (p[i] >= 0x80). Sets *len to its byte
// length; an invalid sequence yields U+FFFD with *len = 1.
inline char32_t DecodeAt(const unsigned char* p, size_t n, size_t i, size_t* len) {
  unsigned char c = p[i];
  size_t l;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    l = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    l = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    l = 4;
    cp = c & 0x07;
  } else {
    *len = 1;
    return 0xFFFD;
  }
  if (i + l > n) {
    *len = 1;
    return 0xFFFD;
  }
  for (size_t k = 1; k < l; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (p[i + k] & 0x3F);
  }
  *len = l;
  return cp;
}

// Class of a non-ASCII code point.
inline CharClass ClassifyCp(char32_t cp) {
  if (cp < 0x100) {
    if (cp == 0x85 || cp == 0xA0) return kSpace;
    if (cp < 0xA0) return kSpace;  // C1 controls
    switch (cp) {
      case 0xA1:
      case 0xA7:
      case 0xAB:
      case 0xB6:
      case 0xB7:
      case 0xBB:
      case 0xBF:
        return kPunct;  // ¡ § « ¶ · » ¿
      case 0xAA:
      case 0xAD:
      case 0xB5:
      case 0xBA:
        return kLetter;  // ª soft hyphen µ º
      case 0xD7:
      case 0xF7:
        return kSymbol;  // × ÷
      default:
        return cp < 0xC0 ? kSymbol : kLetter;  // currency, ©, °, ² ... ; Latin-1 letters
    }
  }
  if (cp < 0x2000) {
    switch (cp) {
      case 0x37E:
      case 0x387:
      case 0x55C:
      case 0x55D:
      case 0x55E:
      case 0x589:
      case 0x60C:
      case 0x61B:
      case 0x61F:
      case 0x6D4:
      case 0x964:
      case 0x965:
      case 0x1680:
        return cp == 0x1680 ? kSpace : kPunct;
      default:
        return kLetter;
    }
  }
  if (cp <= 0x200B) return kSpace;                          // en quad .. zero width space
  if (cp <= 0x200D) return kLetter;                         // ZWNJ, ZWJ join letters
  if (cp <= 0x2027) return cp == 0x2028 ? kSpace : kPunct;  // dashes, quotes, bullet, …
  if (cp <= 0x202F) return kSpace;                          // separators, bidi controls, NNBSP
  if (cp <= 0x205E) return kPunct;                          // ‰ ′ ‹ › ‼ ⁇ ...
  if (cp <= 0x206F) return kSpace;                          // invisible operators
  if (cp <= 0x2BFF) return kSymbol;  // super/subscripts, currency, arrows, math
  if (cp >= 0x2E00 && cp <= 0x2E7F) return kPunct;
  if (cp >= 0x3000 && cp <= 0x303F) {
    if (cp == 0x3000) return kSpace;
    if (cp == 0x3005 || cp == 0x3006 || cp == 0x3007 || (cp >= 0x3021 && cp <= 0x3029) ||
        (cp >= 0x3031 && cp <= 0x3035) || cp == 0x303B || cp == 0x303C)
      return kLetter;
    return kPunct;
  }
  if (cp >= 0xE000 && cp <= 0xF8FF) return kSymbol;  // private use
  if (cp >= 0xFE10 && cp <= 0xFE6F) return (cp >= 0xFE20 && cp <= 0xFE2F) ? kLetter : kPunct;
  if (cp == 0xFEFF) return kSpace;
  if (cp >= 0xFF01 && cp <= 0xFF65) {
    if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
        (cp >= 0xFF41 && cp <= 0xFF5A))
      return kLetter;  // fullwidth digits and letters
    return kPunct;
  }
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return kSymbol;    // specials, U+FFFD
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return kSymbol;  // emoji, cards, dominoes
  return kLetter;
}

// True for a lower-case letter (ASCII, Latin-1, Latin Extended-A, Greek,
// Cyrillic); other scripts count as not lower-case.
inline bool IsLowerCp(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F)
    return (cp & 1) == ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E) ? 0 : 1);
  if (cp >= 0x3AC && cp <= 0x3CE) return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return false;
}

inline bool IsUpperCp(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return !IsLowerCp(cp);
  if (cp >= 0x386 && cp <= 0x3AB) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

}  // namespace text_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_CHARS_H_
