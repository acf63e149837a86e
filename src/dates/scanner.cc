#include "dates/scanner.h"

namespace actorgraph {
namespace dates {
namespace {

bool IsAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Length of a UTF-8 sequence starting with lead byte c (1 for invalid bytes).
size_t Utf8Len(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

}  // namespace

void Scan(std::string_view text, const Lexicon& lex, std::string* lowered, std::vector<Tok>* toks) {
  toks->clear();
  if (toks->capacity() < text.size() / 4) toks->reserve(text.size() / 4);
  lowered->assign(text.data(), text.size());
  char* lw = lowered->data();
  const std::string_view low = *lowered;
  const size_t n = text.size();
  bool space = true;
  size_t i = 0;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsSpace(c)) {
      space = true;
      ++i;
      continue;
    }
    Tok t;
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    space = false;
    if (IsAlpha(c)) {
      // Lower-case the word in place and hash it in the same pass.
      uint64_t h = Lexicon::kHashSeed;
      size_t j = i;
      while (j < n && IsAlpha(static_cast<unsigned char>(text[j]))) {
        char l = static_cast<char>(text[j] | 0x20);
        lw[j] = l;
        h = Lexicon::HashStep(h, l);
        ++j;
      }
      t.kind = Kind::kWord;
      t.cap = c <= 'Z';
      t.upper = t.cap && j - i > 1 && static_cast<unsigned char>(text[i + 1]) <= 'Z';
      t.info = lex.Find(low.substr(i, j - i), h);
      i = j;
    } else if (IsDigit(c)) {
      size_t j = i;
      int32_t v = 0;
      while (j < n && IsDigit(static_cast<unsigned char>(text[j]))) {
        if (j - i < 9) v = v * 10 + (text[j] - '0');
        ++j;
      }
      t.kind = Kind::kNumber;
      t.digits = static_cast<uint8_t>(j - i > 255 ? 255 : j - i);
      t.num = j - i > 9 ? -1 : v;
      // Thousands groups ("1,000") and decimals ("3.5") make a quantity.
      while (j + 1 < n && (text[j] == ',' || text[j] == '.') &&
             IsDigit(static_cast<unsigned char>(text[j + 1]))) {
        t.grouped = true;
        ++j;
        while (j < n && IsDigit(static_cast<unsigned char>(text[j]))) ++j;
      }
      // An attached suffix: "1990s", "27th", "2nd".
      size_t k = j;
      while (k < n && IsAlpha(static_cast<unsigned char>(text[k])))
        lw[k] = static_cast<char>(text[k] | 0x20), ++k;
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
        while (i + len < n && (IsAlpha(static_cast<unsigned char>(text[i + len])) ||
                               static_cast<unsigned char>(text[i + len]) >= 0x80))
          len += Utf8Len(static_cast<unsigned char>(text[i + len]));
        if (i + len > n) len = n - i;
      }
      i += len;
    }
    t.end = static_cast<uint32_t>(i);
    // A word glued to a preceding non-ASCII letter ("Müller") is not a date word.
    if (t.kind == Kind::kWord && !toks->empty() && !t.space_before &&
        toks->back().kind == Kind::kOther && toks->back().end == t.begin)
      t.info = nullptr;
    // Digits glued to letters ("A380", "MH17") are codes, not dates.
    if (t.kind == Kind::kNumber && !toks->empty() && !t.space_before &&
        (toks->back().kind == Kind::kWord || toks->back().kind == Kind::kOther))
      t.kind = Kind::kOther;
    toks->push_back(t);
  }
}

}  // namespace dates
}  // namespace actorgraph
