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
//  - a single newline follows a heading line: a line that begins a sentence,
//    has no final punctuation and is all capitals ("LONDON 1996-08-30") or
//    title case ("Russia China Cybersecurity Agreement"), and the next line
//    does not start lower-case. Other single newlines are hard wraps.
//  - a sentence reaches kMaxSentenceTokens tokens (cut).
// CJK full stops end a sentence even without following whitespace.
#include <algorithm>
#include <iterator>

#include "actorgraph/text.h"
#include "text/chars.h"
#include "text/text_internal.h"

namespace actorgraph {
namespace text_internal {
namespace {

enum class Final { kNo, kStop, kStopGlued, kNever, kMayEnd };

constexpr std::string_view kStops[] = {".", "!", "?", "…", "‼", "⁇", "⁈", "⁉", "؟", "۔", "।", "॥"};
constexpr std::string_view kGluedStops[] = {"。", "！", "？", "｡"};
constexpr std::string_view kClosing[] = {"\"", "'", ")",  "]",  "}",  "”",  "’", "“",
                                         "»",  "›", "」", "』", "）", "〉", "》"};
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

  void Run(std::vector<Sentence>* out) {
    const size_t n = tok_.size();
    if (n == 0) return;
    size_t sent_begin = 0, line_start = 0;
    for (size_t t = 1; t < n; ++t) {
      int nl = tok_[t].space_before ? Newlines(tok_[t - 1].span.end, tok_[t].span.begin) : 0;
      bool brk = t - sent_begin >= kMaxSentenceTokens || nl >= 2 ||
                 BreakBefore(t, nl == 1, sent_begin, line_start);
      if (brk) {
        Add(sent_begin, t, out);
        sent_begin = t;
      }
      if (nl > 0) line_start = t;
    }
    Add(sent_begin, n, out);
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
    if (t.kind == TokenKind::kPunct) {
      if (In(kStops, s)) return Final::kStop;
      if (In(kGluedStops, s)) return Final::kStopGlued;
      return Final::kNo;
    }
    if (t.kind != TokenKind::kWord || s.size() < 2 || s.back() != '.') return Final::kNo;
    s.remove_suffix(1);
    if (s.find('.') != std::string_view::npos || s.size() == 1) return Final::kMayEnd;
    Abbrev a = AbbrevClass(s);
    return a == Abbrev::kMayEnd ? Final::kMayEnd : Final::kNever;
  }

  bool BreakBefore(size_t t, bool newline, size_t sent_begin, size_t line_start) const {
    const Token& cur = tok_[t];
    size_t e = t - 1;
    for (int k = 0; k < 4 && e > sent_begin && !tok_[e].space_before &&
                    tok_[e].kind == TokenKind::kPunct && In(kClosing, Text(tok_[e]));
         ++k)
      --e;
    Final f = Classify(tok_[e]);
    if (!cur.space_before) return f == Final::kStopGlued;
    switch (f) {
      case Final::kStop:
      case Final::kStopGlued:
        return newline || !StartsLower(cur);
      case Final::kNever:
        return false;
      case Final::kMayEnd:
        return IsSentenceStarter(Text(cur));
      case Final::kNo:
        break;
    }
    return newline && line_start == sent_begin && !StartsLower(cur) && IsHeading(line_start, t);
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
    return words <= 15 && !In(kMinor, last_word);
  }

  std::string_view text_;
  const unsigned char* p_;
  const std::vector<Token>& tok_;
};

}  // namespace

void Segment(std::string_view text, const std::vector<Token>& tokens,
             std::vector<Sentence>* sentences) {
  Segmenter(text, tokens).Run(sentences);
}

}  // namespace text_internal
}  // namespace actorgraph
