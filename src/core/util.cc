#include "actorgraph/util.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <thread>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace actorgraph {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

void AsciiLowerInPlace(char* s, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  // Signed compares: bytes >= 0x80 are negative, so never in 'A'..'Z'.
  const __m128i below_a = _mm_set1_epi8('A' - 1), above_z = _mm_set1_epi8('Z' + 1);
  const __m128i bit5 = _mm_set1_epi8(0x20);
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, below_a), _mm_cmplt_epi8(v, above_z));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(s + i),
                     _mm_or_si128(v, _mm_and_si128(upper, bit5)));
  }
#endif
  // Eight bytes a step: 0x20 added to each byte in 'A'..'Z' (the high bits
  // are cleared first, so no sum carries into the next byte).
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (; i + 8 <= n; i += 8) {
    uint64_t v;
    std::memcpy(&v, s + i, 8);
    const uint64_t a = v & ~kHigh;
    const uint64_t upper =
        (a + kOnes * (0x80 - 'A')) & ~(a + kOnes * (0x80 - 'Z' - 1)) & ~v & kHigh;
    v |= upper >> 2;  // 0x80 >> 2 == 0x20
    std::memcpy(s + i, &v, 8);
  }
  for (; i < n; ++i)
    if (s[i] >= 'A' && s[i] <= 'Z') s[i] = static_cast<char>(s[i] | 0x20);
}

char32_t DecodeUtf8(std::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), k = *i;
  unsigned char c = p[k];
  if (c < 0x80) {
    *i = k + 1;
    return c;
  }
  int len = 0;
  char32_t cp = 0, min = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
    min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
    min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
    min = 0x10000;
  } else {
    *i = k + 1;
    return 0xFFFD;
  }
  size_t j = k + 1;
  for (int m = 1; m < len; ++m, ++j) {
    if (j >= n || (p[j] & 0xC0) != 0x80) {
      *i = j;
      return 0xFFFD;
    }
    cp = (cp << 6) | (p[j] & 0x3F);
    // Reject overlongs, surrogates and > U+10FFFF as early as the 2nd byte.
    if (m == 1) {
      if (c == 0xE0 && p[j] < 0xA0) {
        *i = j;
        return 0xFFFD;
      }
      if (c == 0xED && p[j] > 0x9F) {
        *i = j;
        return 0xFFFD;
      }
      if (c == 0xF0 && p[j] < 0x90) {
        *i = j;
        return 0xFFFD;
      }
      if (c == 0xF4 && p[j] > 0x8F) {
        *i = j;
        return 0xFFFD;
      }
    }
  }
  *i = j;
  return cp < min ? 0xFFFD : cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t k = i;
    char32_t cp = DecodeUtf8(s, &i);
    if (cp == 0xFFFD && !(i - k == 3 && s.compare(k, 3, "\xEF\xBF\xBD") == 0)) return false;
  }
  return true;
}

bool RepairUtf8(std::string* s) {
  if (IsValidUtf8(*s)) return false;
  std::string out;
  out.reserve(s->size() + 16);
  size_t i = 0;
  while (i < s->size()) {
    size_t k = i;
    char32_t cp = DecodeUtf8(*s, &i);
    if (cp == 0xFFFD && !(i - k == 3 && s->compare(k, 3, "\xEF\xBF\xBD") == 0))
      AppendUtf8(0xFFFD, &out);
    else
      out.append(*s, k, i - k);
  }
  s->swap(out);
  return true;
}

namespace {
// Folds U+00C0..U+017F to a lower-case ASCII letter, or 0 if it is not a letter.
char FoldLatin(char32_t cp) {
  static const char* kLatin1 =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  static const char* kExtA =  // U+0100..U+017F, pairs
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
      "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) return kExtA[cp - 0x100];
  return 0;
}
}  // namespace

std::string FoldCase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
      ++i;
      continue;
    }
    size_t k = i;
    char32_t cp = DecodeUtf8(s, &i);
    char f = FoldLatin(cp);
    if (f)
      out.push_back(f);
    else
      out.append(s.substr(k, i - k));
  }
  return out;
}

std::string Slug(std::string_view s) {
  std::string f = FoldCase(s), out;
  bool dash = false;
  for (char c : f) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(c);
    } else {
      dash = true;
    }
  }
  return out.empty() ? "x" : out;
}

std::string StripXmlInvalid(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t k = i;
    char32_t cp = DecodeUtf8(s, &i);
    if ((cp < 0x20 && cp != 0x9 && cp != 0xA && cp != 0xD) || cp == 0xFFFE || cp == 0xFFFF)
      continue;
    out.append(s.substr(k, i - k));
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n'))
    --e;
  return s.substr(b, e - b);
}

std::string SquashSpace(std::string_view s) {
  // Written in place into a string of the input's size (the result is never
  // longer), then cut to length: no capacity test per byte.
  std::string out(s.size(), '\0');
  size_t n = 0;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && n > 0) out[n++] = ' ';
    space = false;
    out[n++] = c;
  }
  out.resize(n);
  return out;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view x) {
  return s.size() >= x.size() && s.substr(s.size() - x.size()) == x;
}

bool IsDatelineDate(std::string_view text, size_t begin, size_t end) {
  if (begin == 0 || begin > end || end > text.size()) return false;
  size_t line = text.rfind('\n', begin - 1);
  line = line == std::string_view::npos ? 0 : line + 1;
  if (begin - line > 80) return false;
  std::string_view before = text.substr(line, begin - line);
  size_t last = before.find_last_not_of(' ');
  size_t comma = before.find(',');
  if (last == std::string_view::npos || before[last] != ',' || comma == 0) return false;
  bool upper = false;
  for (char c : before.substr(0, comma)) {
    if (c >= 'a' && c <= 'z') return false;
    upper = upper || (c >= 'A' && c <= 'Z');
  }
  if (!upper) return false;
  size_t i = end;
  auto skip = [&] {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  };
  skip();
  if (i < text.size() && text[i] == '(') {
    size_t close = text.find(')', i);
    if (close == std::string_view::npos || close - i > 40) return false;
    i = close + 1;
    skip();
  }
  std::string_view rest = text.substr(i);
  return rest.substr(0, 1) == "-" || rest.substr(0, 3) == "\xE2\x80\x94" ||
         rest.substr(0, 3) == "\xE2\x80\x93";
}

int ThreadCount(int requested) {
  if (requested > 0) return requested;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

bool ContainsWords(std::string_view whole, std::string_view part) {
  if (part.empty()) return false;
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
  for (size_t at = whole.find(part); at != std::string_view::npos; at = whole.find(part, at + 1)) {
    size_t end = at + part.size();
    if ((at == 0 || !word(whole[at - 1])) && (end == whole.size() || !word(whole[end])))
      return true;
  }
  return false;
}

}  // namespace actorgraph
