// Tokenizer: one left-to-right pass over the bytes, no regex, no allocation
// besides the token vector.
//
// Decisions (see also tests/text/tokenize_test.cc):
//  - Words are runs of letters and digits in any script; a run that starts
//    with a digit and has no letter is a kNumber, with inner "," or "."
//    between digits ("1,000", "3.5"); "1990s" / "3rd" are kWord.
//  - Hyphens, dashes, slashes and every other punctuation character are
//    one-character tokens ("Sino-Russian" -> Sino - Russian).
//  - Clitics split Penn-Treebank style, keeping the original apostrophe
//    (' ’ `): "Moscow's" -> Moscow 's, "don't" -> do n't, "can't" -> ca n't,
//    "they're" -> they 're. Other inner apostrophes stay ("O'Neill", "d'Ivoire").
//  - Single-letter acronyms with periods are one token including the final
//    period ("U.S.", "e.g.", "U.S.-led" -> U.S. - led); known abbreviations
//    ("Inc.", "Dr.", "Sept.", "No. 5") and initials ("J.") keep their period.
//  - URLs (http://, https://, ftp://, www.), e-mail addresses, @handles and
//    #hashtags are single kSymbol tokens.
//  - A token longer than kMaxTokenBytes is split at a UTF-8 boundary.
#include <cstring>

#include "actorgraph/text.h"
#include "text/chars.h"
#include "text/text_internal.h"

namespace actorgraph {
namespace text_internal {
namespace {

bool IsLocalByte(unsigned char c) {  // e-mail local part
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// Bytes after a run of letters and digits that may continue the word:
// non-ASCII letters, decimal separators, apostrophes (' ` ’).
struct GlueTable {
  bool may[256];
  constexpr GlueTable() : may() {
    for (int c = 0x80; c < 256; ++c) may[c] = true;
    for (char c : {',', '.', '\'', '`'}) may[static_cast<unsigned char>(c)] = true;
  }
};
constexpr GlueTable kGlue{};

// First letters of "http", "www.", "ftp:" in either case.
struct UrlFirstTable {
  bool may[256];
  constexpr UrlFirstTable() : may() {
    for (char c : {'h', 'w', 'f'}) may[static_cast<unsigned char>(c)] = may[c - 32] = true;
  }
};
constexpr UrlFirstTable kUrlFirst{};

bool IsUrlByte(unsigned char c) {
  return c > 0x20 && c < 0x7F && c != '<' && c != '>' && c != '"' && c != '{' && c != '}' &&
         c != '|' && c != '\\' && c != '^' && c != '`';
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Token>* out, std::vector<uint32_t>* marks)
      : p_(reinterpret_cast<const unsigned char*>(text.data())),
        n_(text.size()),
        out_(out),
        marks_(marks) {}

  void Run() {
    size_t i = 0;
    bool in_space = true;
    while (i < n_) {
      unsigned char c = p_[i];
      if (c == ' ') {  // the common separator, without the line-break test below
        space_ = in_space = true;
        while (++i < n_ && p_[i] == ' ') {
        }
        continue;
      }
      size_t len = 1;
      CharClass k = c < 0x80 ? kAscii.cls[c] : ClassifyCp(DecodeAt(p_, n_, i, &len));
      if (k == kSpace) {
        space_ = in_space = true;
        mark_ |= c == '\n' || c == '\r' ||
                 (len == 3 && p_[i + 1] == 0x80 && (p_[i + 2] == 0xA8 || p_[i + 2] == 0xA9));
        i += len;
        while (i < n_ && p_[i] == ' ') ++i;
        continue;
      }
      if (in_space) {
        chunk_start_ = i;
        in_space = false;
      }
      if (k == kLetter || k == kDigit) {
        i = ScanWord(i);
      } else if (k == kSymbol && (c == '@' || c == '#')) {
        size_t e = ScanHandleOrEmail(i);
        if (e == 0) Emit(i, i + 1, TokenKind::kSymbol);
        i = e ? e : i + 1;
      } else {
        EmitFast(i, i + len, k == kSymbol ? TokenKind::kSymbol : TokenKind::kPunct, k != kSymbol);
        i += len;
      }
      // Most tokens are followed by one plain space: take it here rather
      // than in a loop turn of its own (the same as the branch at the top).
      if (i < n_ && p_[i] == ' ') {
        space_ = in_space = true;
        ++i;
      }
    }
  }

 private:
  bool IsWordAt(size_t i) const {
    if (i >= n_) return false;
    if (p_[i] < 0x80) return IsAsciiAlnum(p_[i]);
    size_t len;
    return ClassifyCp(DecodeAt(p_, n_, i, &len)) == kLetter;
  }

  size_t ApostropheLen(size_t i) const {
    if (p_[i] == '\'' || p_[i] == '`') return 1;
    if (p_[i] == 0xE2 && i + 2 < n_ && p_[i + 1] == 0x80 && p_[i + 2] == 0x99) return 3;  // ’
    return 0;
  }

  // may_end: the token may end a sentence (see MayEnd).
  __attribute__((always_inline)) void Push(size_t b, size_t e, TokenKind kind, bool may_end) {
    // Filled in place: building a Token on the stack and copying it costs a
    // store-forwarding stall per token.
    Token& t = out_->emplace_back();
    t.span.begin = static_cast<uint32_t>(b);
    t.span.end = static_cast<uint32_t>(e);
    t.kind = kind;
    t.space_before = space_;
    // Mark the tokens before which a sentence may end (see Segment): after a
    // newline, after punctuation or a word ending in '.', and straight quotes.
    bool quote = kind == TokenKind::kPunct && p_[b] == '"';
    if ((mark_ || quote) && out_->size() > 1)
      marks_->push_back(static_cast<uint32_t>(out_->size() - 1));
    mark_ = may_end;
    space_ = false;
  }

  // Punctuation, or a word ending in '.' ("U.S.", "Inc.").
  bool MayEnd(size_t e, TokenKind kind) const {
    return kind == TokenKind::kPunct || (kind == TokenKind::kWord && p_[e - 1] == '.');
  }

  // Inlined at the two hot call sites, which know MayEnd: a plain word never
  // ends in '.', a one-character token is punctuation or a symbol. Tokens
  // longer than kMaxTokenBytes are rare.
  __attribute__((always_inline)) void EmitFast(size_t b, size_t e, TokenKind kind, bool may_end) {
    if (__builtin_expect(e - b > kMaxTokenBytes, 0))
      Emit(b, e, kind);
    else
      Push(b, e, kind, may_end);
  }

  __attribute__((noinline)) void Emit(size_t b, size_t e, TokenKind kind) {
    while (e - b > kMaxTokenBytes) {
      size_t cut = b + kMaxTokenBytes;
      while (cut > b + 1 && (p_[cut] & 0xC0) == 0x80) --cut;
      Push(b, cut, kind, MayEnd(cut, kind));
      b = cut;
    }
    Push(b, e, kind, MayEnd(e, kind));
  }

  // "U.S.", "e.g.", "N.Y.C": single letters joined by periods. Returns the
  // end (including a final period) or 0.
  size_t ScanAcronym(size_t i) const {
    size_t j = i;
    int count = 0;
    while (j < n_ && IsAsciiLetter(p_[j]) && !IsWordAt(j + 1)) {
      ++count;
      if (j + 1 < n_ && p_[j + 1] == '.') {
        j += 2;
      } else {
        ++j;
        break;
      }
    }
    return count >= 2 ? j : 0;
  }

  size_t ScanUrl(size_t i) const {
    auto starts = [&](const char* s) {
      size_t len = std::strlen(s);
      if (i + len >= n_) return size_t{0};
      for (size_t k = 0; k < len; ++k)
        if ((p_[i + k] | 0x20) != static_cast<unsigned char>(s[k])) return size_t{0};
      return len;
    };
    size_t pre = starts("http://");
    if (!pre) pre = starts("https://");
    if (!pre) pre = starts("ftp://");
    if (!pre) pre = starts("www.");
    if (!pre || !IsUrlByte(p_[i + pre])) return 0;
    size_t j = i + pre;
    int opens = 0, closes = 0;
    for (; j < n_ && IsUrlByte(p_[j]); ++j) {
      opens += p_[j] == '(';
      closes += p_[j] == ')';
    }
    while (j > i + pre) {
      unsigned char c = p_[j - 1];
      if (std::strchr(".,;:!?'*", c) != nullptr) {
        --j;
      } else if (c == ')' && closes > opens) {
        --closes;
        --j;
      } else {
        break;
      }
    }
    return j > i + pre ? j : 0;
  }

  size_t ScanHandleOrEmail(size_t i) {
    if (p_[i] == '@' && i > chunk_start_ && IsLocalByte(p_[i - 1])) return TryEmail(i);
    if (i > 0 && IsWordAt(i - 1)) return 0;
    size_t j = i + 1;
    while (j < n_ && (IsAsciiAlnum(p_[j]) || p_[j] == '_')) ++j;
    if (j == i + 1) return 0;
    Emit(i, j, TokenKind::kSymbol);
    return j;
  }

  // '@' at `at` preceded by an e-mail local part: replaces the tokens of the
  // local part by one token for the whole address. Returns its end or 0.
  size_t TryEmail(size_t at) {
    size_t lb = at;
    while (lb > chunk_start_ && at - lb < 64 && IsLocalByte(p_[lb - 1])) --lb;
    while (lb < at && !IsAsciiAlnum(p_[lb])) ++lb;
    if (lb == at) return 0;
    size_t j = at + 1, last_dot = 0;
    while (j < n_ && j - at <= 253) {
      unsigned char c = p_[j];
      if (c == '.' && j > at + 1 && j + 1 < n_ && IsAsciiAlnum(p_[j + 1])) {
        last_dot = j;
      } else if (!IsAsciiAlnum(c) && !(c == '-' && j > at + 1)) {
        break;
      }
      ++j;
    }
    if (!last_dot || j - last_dot < 3) return 0;
    size_t first = out_->size();
    while (first > 0 && (*out_)[first - 1].span.begin >= lb) --first;
    if (first == out_->size()) return 0;
    if (first > 0 && (*out_)[first - 1].span.end > lb) return 0;  // a token straddles lb
    space_ = (*out_)[first].space_before;
    lb = (*out_)[first].span.begin;
    out_->resize(first);
    mark_ = false;
    while (!marks_->empty() && marks_->back() >= first) {
      mark_ |= marks_->back() == first;  // the address takes the first token's place
      marks_->pop_back();
    }
    Emit(lb, j, TokenKind::kSymbol);
    return j;
  }

  // "'s" right after an acronym ("U.S.'s"): emits it and returns its length.
  size_t Possessive(size_t e) {
    size_t alen = e < n_ ? ApostropheLen(e) : 0;
    if (alen == 0 || e + alen >= n_ || (p_[e + alen] | 0x20) != 's' || IsWordAt(e + alen + 1))
      return 0;
    Emit(e, e + alen + 1, TokenKind::kWord);
    return alen + 1;
  }

  bool NextNonSpaceIsDigit(size_t j) const {
    while (j < n_ && (p_[j] == ' ' || p_[j] == '\t')) ++j;
    return j < n_ && IsAsciiDigit(p_[j]);
  }

  // The end of the run of ASCII letters and digits at j; ORs their
  // kAlnumLetter / kAlnumDigit bits into *seen. (Byte by byte: news words
  // are short, and a 16-byte SSE2 block costs more than it saves here.)
  size_t AlnumRun(size_t j, unsigned* seen) const {
    // p_[n_] is the string's terminating NUL, which is not alnum.
    unsigned bits = 0;
    while (kAlnum.bits[p_[j]]) bits |= kAlnum.bits[p_[j++]];
    *seen |= bits;
    return j;
  }

  // Inlined into Run(): it is the hot loop.
  __attribute__((always_inline)) size_t ScanWord(size_t i) {
    auto at = [&](size_t k) { return i + k < n_ ? p_[i + k] | 0x20 : 0; };
    const unsigned first = p_[i] | 0x20;
    bool url_start = false;
    if (kUrlFirst.may[p_[i]])  // most words: one lookup
      url_start = (first == 'h' && at(1) == 't' && at(2) == 't' && at(3) == 'p') ||
                  (first == 'w' && at(1) == 'w' && at(2) == 'w' && at(3) == '.') ||
                  (first == 'f' && at(1) == 't' && at(2) == 'p' && at(3) == ':');
    // p_[i + 1] is at worst the terminating NUL.
    bool acronym_start = p_[i + 1] == '.' && i + 1 < n_ && IsAsciiLetter(p_[i]);
    if ((url_start || acronym_start) && (i == 0 || !IsWordAt(i - 1))) {
      if (size_t e = url_start ? ScanUrl(i) : 0) {
        Emit(i, e, TokenKind::kSymbol);
        return e;
      }
      if (size_t e = acronym_start ? ScanAcronym(i) : 0) {
        Emit(i, e, TokenKind::kWord);
        return e + Possessive(e);
      }
    }
    const size_t start = i;
    unsigned seen = 0;  // kAlnumLetter / kAlnumDigit bits of the ASCII bytes so far
    size_t j = i;
    while (j < n_) {
      unsigned char c = p_[j];
      if (kAlnum.bits[c]) {
        j = AlnumRun(j, &seen);
        continue;
      }
      if (!kGlue.may[c]) break;  // most words end at a space or punctuation
      if (c >= 0x80) {
        size_t len;
        if (ClassifyCp(DecodeAt(p_, n_, j, &len)) == kLetter) {
          seen |= kAlnumLetter;
          j += len;
          continue;
        }
      } else if ((c == ',' || c == '.') && IsAsciiDigit(p_[j - 1]) && j + 1 < n_ &&
                 IsAsciiDigit(p_[j + 1])) {
        j += 2;
        continue;
      }
      size_t alen = ApostropheLen(j);
      if (alen == 0 || !IsWordAt(j + alen)) break;
      // A clitic: 's 'd 'm 're 've 'll, or n't.
      size_t k = j + alen, m = 0;
      while (k < n_ && IsAsciiLetter(p_[k]) && m < 3) ++k, ++m;
      if (m > 0 && m < 3 && !IsWordAt(k)) {
        char a = static_cast<char>(p_[j + alen] | 0x20);
        char b = m == 2 ? static_cast<char>(p_[j + alen + 1] | 0x20) : '\0';
        bool one = m == 1 && (a == 's' || a == 'd' || a == 'm');
        bool two =
            m == 2 && ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'));
        if (one || two) {
          Emit(start, j, (seen & kAlnumLetter) ? TokenKind::kWord : TokenKind::kNumber);
          Emit(j, k, TokenKind::kWord);
          return k;
        }
        if (m == 1 && a == 't' && j - start >= 2 && (p_[j - 1] | 0x20) == 'n') {
          Emit(start, j - 1, TokenKind::kWord);
          Emit(j - 1, k, TokenKind::kWord);
          return k;
        }
      }
      j += alen;  // inner apostrophe: O'Neill, d'Ivoire
      seen |= kAlnumLetter;
    }
    if (j < n_ && p_[j] == '.' && seen == kAlnumLetter && !IsWordAt(j + 1)) {
      std::string_view w(reinterpret_cast<const char*>(p_ + start), j - start);
      bool take = w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';  // an initial
      if (!take) {
        Abbrev a = AbbrevClass(w);
        take = a == Abbrev::kNever || a == Abbrev::kMayEnd ||
               (a == Abbrev::kBeforeDigit && NextNonSpaceIsDigit(j + 1));
      }
      if (take) {
        Emit(start, j + 1, TokenKind::kWord);
        return j + 1;
      }
    }
    EmitFast(start, j, (seen & kAlnumLetter) ? TokenKind::kWord : TokenKind::kNumber, false);
    return j;
  }

  const unsigned char* p_;
  size_t n_;
  std::vector<Token>* out_;
  std::vector<uint32_t>* marks_;
  bool space_ = false;  // whitespace since the last token
  // Mark the next token (see Push): the whitespace before it held a line
  // break, or the last token may end a sentence, or an e-mail address took
  // the place of a marked token.
  bool mark_ = false;
  size_t chunk_start_ = 0;  // start of the current run of non-space characters
};

}  // namespace

void Tokenize(const std::string& text, std::vector<Token>* tokens, std::vector<uint32_t>* marks) {
  Tokenizer(text, tokens, marks).Run();
}

}  // namespace text_internal
}  // namespace actorgraph
