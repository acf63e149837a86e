// Sentence segmentation over the token stream, in one pass.
//
// A sentence ends between two tokens when
//  - the whitespace between them holds a blank line (paragraph break), or
//  - the last token before them (skipping closing quotes and brackets glued
//    to it: `pact.“`, `below.)`) is sentence-final punctuation (. ! ? … and
//    CJK/Arabic/Indic stops) and whitespace follows, and either a newline
//    follows or the next token does not start with a lower-case letter, or
//  - that last token is an acronym ("U.S."), an initial ("J.") or an
//    abbreviation that may end a sentence ("Inc.", "etc.") and the next token
//    is a common capitalised sentence starter ("The", "In", "But", "He"):
//    "in the U.S. The next" ends, "the U.S. State Department" does not.
//    Titles and months ("Dr.", "Gen.", "Sept.") never end a sentence; or
//    Exceptions: "1." / "12." opening a line or sentence is an enumeration;
//    a detached straight quote after the stop (pre-tokenized `home . "`)
//    stays in the sentence when a quote is open or the line ends after it.
//  - a single newline follows a heading line: a line that begins a sentence,
//    has no final punctuation and is all capitals ("LONDON 1996-08-30"),
//    and the next line does not start lower-case; or is title case ("Russia
//    China Cybersecurity Agreement") and the next line starts with a common
//    sentence starter ("According", "The"). Other single newlines are hard wraps, unless
//    most lines of the text end with a stop (one sentence per line, as in
//    CoNLL files): then every newline ends a sentence.
//  - a sentence reaches kMaxSentenceTokens tokens (cut).
// CJK full stops end a sentence even without following whitespace.
#include <algorithm>
#include <cstring>
#include <iterator>

#include "actorgraph/text.h"
#include "text/chars.h"
#include "text/text_internal.h"

namespace actorgraph {
namespace text_internal {
namespace {

enum class Final { kNo, kStop, kStopGlued, kNever, kMayEnd };

Final PunctFinal(char32_t cp) {
  switch (cp) {
    case '.':
    case '!':
    case '?':
    case 0x2026:
    case 0x203C:
    case 0x2047:
    case 0x2048:
    case 0x2049:  // … ‼ ⁇ ⁈ ⁉
    case 0x061F:
    case 0x06D4:
    case 0x0964:
    case 0x0965:  // ؟ ۔ । ॥
      return Final::kStop;
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF61:  // 。 ！ ？ ｡
      return Final::kStopGlued;
    default:
      return Final::kNo;
  }
}

// Closing quotes and brackets that may follow a final stop ("pact.“").
bool IsClosingCp(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case 0x201D:
    case 0x2019:
    case 0x201C:
    case 0xBB:
    case 0x203A:  // ” ’ “ » ›
    case 0x300D:
    case 0x300F:
    case 0xFF09:
    case 0x3009:
    case 0x300B:
      return true;
    default:
      return false;
  }
}

// Lower-case words allowed inside a title-case heading.
constexpr std::string_view kMinor[] = {"a",   "an",  "and", "as", "at",  "by",   "de",  "del",
                                       "der", "des", "di",  "du", "for", "from", "in",  "into",
                                       "la",  "le",  "nor", "of", "on",  "or",   "per", "the",
                                       "to",  "van", "von", "vs", "with"};

template <size_t N>
bool In(const std::string_view (&set)[N], std::string_view s) {
  return std::find(std::begin(set), std::end(set), s) != std::end(set);
}

class Segmenter {
 public:
  Segmenter(std::string_view text, const std::vector<Token>& tokens)
      : text_(text), p_(reinterpret_cast<const unsigned char*>(text.data())), tok_(tokens) {}

  // Only the marked tokens can start a sentence other than by the length
  // cap (BreakBefore is false elsewhere), and every straight quote and
  // every token after a newline is marked, so visiting the marks is enough.

  void Run(const std::vector<uint32_t>& marks, std::vector<Sentence>* out) {
    const size_t n = tok_.size();
    if (n == 0) return;
    per_line_ = OneSentencePerLine();
    int quotes = IsStraightQuote(tok_[0]);  // straight double quotes in the sentence so far
    for (size_t t : marks) {
      while (t - sent_begin_ > kMaxSentenceTokens) {  // cut: no mark (and no quote) between
        Add(sent_begin_, sent_begin_ + kMaxSentenceTokens, out);
        sent_begin_ += kMaxSentenceTokens;
        quotes = 0;
      }
      const Token& cur = tok_[t];
      const uint32_t gap_begin = tok_[t - 1].span.end;
      int nl = 0;
      if (cur.space_before && (cur.span.begin - gap_begin != 1 || p_[gap_begin] != ' '))
        nl = Newlines(gap_begin, cur.span.begin);  // not the common single space
      bool brk =
          t - sent_begin_ >= kMaxSentenceTokens || nl >= 2 || BreakBefore(t, nl == 1, quotes);
      if (brk) {
        Add(sent_begin_, t, out);
        sent_begin_ = t;
        quotes = 0;
      }
      if (nl > 0) line_start_ = t;
      quotes += cur.kind == TokenKind::kPunct && IsStraightQuote(cur);
    }
    while (n - sent_begin_ > kMaxSentenceTokens) {
      Add(sent_begin_, sent_begin_ + kMaxSentenceTokens, out);
      sent_begin_ += kMaxSentenceTokens;
    }
    Add(sent_begin_, n, out);
  }

 private:
  std::string_view Text(const Token& t) const { return text_.substr(t.span.begin, t.span.size()); }

  void Add(size_t b, size_t e, std::vector<Sentence>* out) const {
    out->push_back(Sentence{Span{tok_[b].span.begin, tok_[e - 1].span.end},
                            static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  }

  // Newlines in the whitespace [b, e): 0, 1, or 2 for a blank line.
  int Newlines(size_t b, size_t e) const {
    int nl = 0;
    for (size_t i = b; i < e && nl < 2; ++i) {
      unsigned char c = p_[i];
      if (c == '\n' || (c == '\r' && (i + 1 == e || p_[i + 1] != '\n'))) ++nl;
      // U+2029 PARAGRAPH SEPARATOR
      if (c == 0xE2 && i + 2 < e && p_[i + 1] == 0x80 && p_[i + 2] == 0xA9) nl = 2;
    }
    return nl;
  }

  char32_t FirstCp(const Token& t) const {
    size_t len;
    unsigned char c = p_[t.span.begin];
    return c < 0x80 ? c : DecodeAt(p_, t.span.end, t.span.begin, &len);
  }

  bool StartsLower(const Token& t) const { return IsLowerCp(FirstCp(t)); }

  bool HasLower(const Token& t) const {
    for (size_t i = t.span.begin; i < t.span.end;) {
      size_t len = 1;
      char32_t cp = p_[i] < 0x80 ? p_[i] : DecodeAt(p_, t.span.end, i, &len);
      if (IsLowerCp(cp)) return true;
      i += len;
    }
    return false;
  }

  Final Classify(const Token& t) const {
    std::string_view s = Text(t);
    if (t.kind == TokenKind::kPunct) return PunctFinal(FirstCp(t));
    if (t.kind != TokenKind::kWord || s.size() < 2 || s.back() != '.') return Final::kNo;
    s.remove_suffix(1);
    if (s.find('.') != std::string_view::npos || s.size() == 1) return Final::kMayEnd;
    Abbrev a = AbbrevClass(s);
    return a == Abbrev::kMayEnd ? Final::kMayEnd : Final::kNever;
  }

  // True when most lines end with sentence-final punctuation (optionally
  // followed by closing quotes or brackets): the text is one sentence (or
  // paragraph) per line, so every newline ends a sentence, also after lines
  // without a stop (table rows, headings, bylines). Hard-wrapped text has
  // few such lines. One memchr pass.
  bool OneSentencePerLine() const {
    const size_t n = text_.size();
    size_t lines = 0, final = 0, pos = 0;
    while (pos < n) {
      const void* hit = std::memchr(p_ + pos, '\n', n - pos);
      size_t end = hit ? static_cast<size_t>(static_cast<const unsigned char*>(hit) - p_) : n;
      size_t k = end;
      for (int steps = 0; k > pos && steps < 12; ++steps) {
        unsigned char c = p_[k - 1];
        if (c == ' ' || c == '\t' || c == '\r' || c == '"' || c == '\'' || c == ')') {
          --k;
        } else if (k - pos >= 3 && p_[k - 3] == 0xE2 && p_[k - 2] == 0x80 &&
                   (c == 0x9C || c == 0x9D || c == 0x99)) {
          k -= 3;  // “ ” ’
        } else if (k - pos >= 2 && p_[k - 2] == 0xC2 && c == 0xBB) {
          k -= 2;  // »
        } else {
          break;
        }
      }
      if (k > pos) {
        ++lines;
        unsigned char c = p_[k - 1];
        final += c == '.' || c == '!' || c == '?' ||
                 (k - pos >= 3 && p_[k - 3] == 0xE2 && p_[k - 2] == 0x80 && c == 0xA6);
      }
      pos = end + 1;
    }
    return lines >= 3 && final * 10 >= lines * 6;
  }

  bool IsStraightQuote(const Token& t) const {
    return t.kind == TokenKind::kPunct && p_[t.span.begin] == '"';
  }

  // A detached straight quote after a stop (pre-tokenized text: `home . "`)
  // closes the sentence when a quote is open or the line ends after it.
  // A quote glued to the next word (`. "Us`) opens the next sentence.
  bool ClosesDetached(size_t t, int quotes) const {
    if (t + 1 == tok_.size()) return true;
    const Token& next = tok_[t + 1];
    if (!next.space_before) return false;
    return quotes % 2 == 1 || Newlines(tok_[t].span.end, next.span.begin) > 0;
  }

  bool BreakBefore(size_t t, bool newline, int quotes) const {
    const Token& cur = tok_[t];
    const Token& prev = tok_[t - 1];
    // Fast path: after a word without final period, a number or a symbol,
    // only a newline can end the sentence.
    if (!newline && prev.kind != TokenKind::kPunct &&
        (prev.kind != TokenKind::kWord || p_[prev.span.end - 1] != '.'))
      return false;
    // Skip closing quotes and brackets: glued to the stop, or detached
    // straight quotes that were kept in this sentence.
    size_t e = t - 1;
    for (int k = 0;
         k < 4 && e > sent_begin_ && tok_[e].kind == TokenKind::kPunct &&
         (!tok_[e].space_before || IsStraightQuote(tok_[e])) && IsClosingCp(FirstCp(tok_[e]));
         ++k)
      --e;
    Final f = Classify(tok_[e]);
    if (!cur.space_before) return f == Final::kStopGlued;
    if (newline && per_line_) return true;
    switch (f) {
      case Final::kStop:
      case Final::kStopGlued:
        if (IsStraightQuote(cur) && ClosesDetached(t, quotes)) return false;
        // "1." / "2." opening a line or sentence: an enumeration, not an end.
        if (e >= 1 && (e - 1 == sent_begin_ || e - 1 == line_start_) && !tok_[e].space_before &&
            tok_[e - 1].kind == TokenKind::kNumber && tok_[e - 1].span.size() <= 2 &&
            p_[tok_[e].span.begin] == '.')
          return false;
        return newline || !StartsLower(cur);
      case Final::kNever:
        return false;
      case Final::kMayEnd:
        return IsSentenceStarter(Text(cur));
      case Final::kNo:
        break;
    }
    return newline && line_start_ == sent_begin_ && !StartsLower(cur) && IsHeading(line_start_, t);
  }

  // True if tokens [a, b) form an all-caps or title-case line.
  bool IsHeading(size_t a, size_t b) const {
    bool caps = true, title = true, long_word = false;
    int words = 0;
    std::string_view last_word;
    for (size_t i = a; i < b; ++i) {
      const Token& t = tok_[i];
      if (t.kind != TokenKind::kWord) continue;
      ++words;
      std::string_view s = Text(t);
      last_word = s;
      if (s.size() >= 2) long_word = true;
      if (caps && HasLower(t)) caps = false;
      if (title && StartsLower(t) && (words == 1 || !In(kMinor, s))) title = false;
      if (!caps && !title) return false;
    }
    if (words == 0) return false;
    std::string_view end = Text(tok_[b - 1]);
    if (end == "," || end == ";" || end == ":" || end == "-" || end == "–" || end == "—" ||
        end == "(" || end == "&")
      return false;
    if (caps) return long_word;
    // A title-case line is a heading only before a common sentence starter:
    // news wraps lines like "International Business Machines|Corp said".
    return words <= 15 && !In(kMinor, last_word) &&
           (b == tok_.size() || IsSentenceStarter(Text(tok_[b])));
  }

  std::string_view text_;
  const unsigned char* p_;
  const std::vector<Token>& tok_;
  size_t sent_begin_ = 0;  // first token of the current sentence
  size_t line_start_ = 0;  // first token of the current line
  bool per_line_ = false;  // one sentence per line (see OneSentencePerLine)
};

}  // namespace

void Segment(std::string_view text, const std::vector<Token>& tokens,
             const std::vector<uint32_t>& marks, std::vector<Sentence>* sentences) {
  Segmenter(text, tokens).Run(marks, sentences);
}

}  // namespace text_internal
}  // namespace actorgraph
