#include "ner/context.h"

#include <algorithm>
#include <cstring>

#include "actorgraph/util.h"

namespace actorgraph {
namespace ner {
namespace {

// Latin Extended-A pairs capital and small letters, the capital even, except in
// U+0139..U+0148 ("Ľ", "Ł", "Ń") and U+0179..U+017E ("Ź", "Ż", "Ž"), where it is
// odd; U+0138, U+0149 and U+017F are small letters without a capital.
bool ExtAUpper(char32_t c) {
  if (c == 0x138 || c == 0x149 || c == 0x17F) return false;
  const bool odd = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
  return (c % 2 == 1) == odd;
}
bool UpperCp(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x100 && c <= 0x17F && ExtAUpper(c)) || (c >= 0x391 && c <= 0x3A9) ||
         (c >= 0x400 && c <= 0x42F);
}
bool LowerCp(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
         (c >= 0x100 && c <= 0x17F && !ExtAUpper(c)) || (c >= 0x3B1 && c <= 0x3C9) ||
         (c >= 0x430 && c <= 0x45F);
}

// Per byte, a count to add: upper-case ASCII letters in bits 0-20, lower-case
// ones in bits 21-41, bytes of multi-byte characters from bit 42. One addition
// per byte counts all three for a token shorter than 2^21 bytes.
constexpr uint64_t kUpperOne = 1, kLowerOne = 1ull << 21, kWideOne = 1ull << 42;
constexpr uint64_t kCountMask = (1ull << 21) - 1;
struct ByteCounts {
  uint64_t add[256] = {};
  constexpr ByteCounts() {
    for (int c = 'A'; c <= 'Z'; ++c) add[c] = kUpperOne;
    for (int c = 'a'; c <= 'z'; ++c) add[c] = kLowerOne;
    for (int c = 0x80; c < 256; ++c) add[c] = kWideOne;
  }
};
constexpr ByteCounts kByteCounts;

// The vectors of a Context, kept per thread between documents: Find is const
// and runs on many threads at once, so each thread has its own.
struct Buffers {
  std::string lower;
  std::vector<uint16_t> flags;
  std::vector<uint32_t> classes, sent;
  std::vector<int32_t> hit_at, cover, org_start;
  std::vector<Hit> hits;
  std::vector<Cand> cands;
};
thread_local Buffers buffers;

template <typename T>
void Borrow(std::vector<T>* mine, std::vector<T>* pool) {
  mine->swap(*pool);
  mine->clear();
}

}  // namespace

Context::Context(const Document& d, const Lexicon& l, const std::vector<Mention>& dates)
    : doc(d), lex(l) {
  Buffers& b = buffers;
  lower_.swap(b.lower);
  Borrow(&flags_, &b.flags);
  Borrow(&classes_, &b.classes);
  Borrow(&sent_, &b.sent);
  Borrow(&hit_at_, &b.hit_at);
  Borrow(&cover_, &b.cover);
  Borrow(&org_start, &b.org_start);
  Borrow(&hits, &b.hits);
  Borrow(&cands, &b.cands);
  lower_.assign(doc.text);
  AsciiLowerInPlace(lower_.data(), lower_.size());

  const uint32_t n = ntok();
  flags_.assign(n, 0);
  classes_.assign(n, 0);
  sent_.assign(n, 0);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& st = doc.sentences[s];
    if (st.token_begin < st.token_end && st.token_begin < n)
      std::fill(sent_.begin() + st.token_begin, sent_.begin() + std::min(st.token_end, n), s);
    if (st.token_begin < n) flags_[st.token_begin] |= kSentStart;
  }
  ClassifyTokens();
  MarkLines();
  for (const Mention& m : dates) {
    for (uint32_t i = TokenStartingAt(m.span.begin); i < n; ++i) {
      if (doc.tokens[i].span.begin >= m.span.end) break;
      flags_[i] |= kInDate;
    }
  }
}

Context::~Context() {
  Buffers& b = buffers;
  cands.clear();  // their strings are no use to the next document
  lower_.swap(b.lower);
  flags_.swap(b.flags);
  classes_.swap(b.classes);
  sent_.swap(b.sent);
  hit_at_.swap(b.hit_at);
  cover_.swap(b.cover);
  org_start.swap(b.org_start);
  hits.swap(b.hits);
  cands.swap(b.cands);
}

void Context::ClassifyTokens() {
  const uint32_t n = ntok();
  const Token* tokens = doc.tokens.data();
  for (uint32_t i = 0; i < n; ++i) {
    const bool word = tokens[i].kind == TokenKind::kWord;
    const std::string_view s(doc.text.data() + tokens[i].span.begin, tokens[i].span.size());
    // One pass: letter counts and the hash of the word as written.
    uint64_t counts = 0, h = WordSet::kHashSeed;
    for (char ch : s) {
      const unsigned char b = static_cast<unsigned char>(ch);
      counts += kByteCounts.add[b];
      h = WordSet::HashStep(h, b);
    }
    if ((counts >> 42) != 0 || s.size() > kCountMask) {
      ClassifyWide(i);  // letters beyond ASCII
      continue;
    }
    const uint64_t uppers = counts & kCountMask, lowers = (counts >> 21) & kCountMask;
    uint16_t f = word ? kWordTok : 0;
    if (uppers + lowers > 0) {
      size_t k = 0;
      while (kByteCounts.add[static_cast<unsigned char>(s[k])] == 0) ++k;
      f |= kByteCounts.add[static_cast<unsigned char>(s[k])] == kUpperOne ? kCap : kLower;
    }
    if (uppers + lowers >= 2 && lowers == 0) f |= kAllCaps;
    flags_[i] |= f;
    if (!word) {
      if (i > 0 && s.size() == 1 && s[0] == '.') flags_[i - 1] |= kBeforePeriod;
      continue;
    }
    // Word classes: lower_classes of the lower-cased word, and for a word not
    // starting with a-z also cased_classes of the word as written. token_classes
    // holds that sum for every form but a mixed-case one.
    const bool lower_first = s[0] >= 'a' && s[0] <= 'z';
    const bool upper_inner = uppers > (s[0] >= 'A' && s[0] <= 'Z' ? 1u : 0u);
    uint32_t cls = 0;
    if (lower_first) {
      if (upper_inner)
        cls = lex.lower_classes.Get(Lower(i), 0);  // "iPhone"
      else if (lex.lower_classes.Lookup(s, WordSet::HashEnd(h), &cls)) {
        // a cue of FindNamedGroups ("cartel", "firm", "as"; every one is in
        // lower_classes): marked here, where the word's hash is at hand
        uint32_t cue = 0;
        if (lex.MaybeCue(static_cast<uint32_t>(s.size()), s.front(), s.back()) &&
            lex.group_cues.Lookup(s, WordSet::HashEnd(h), &cue) && cue)
          flags_[i] |= kGroupCue;
      }
    } else if (!lex.token_classes.Lookup(s, WordSet::HashEnd(h), &cls) && upper_inner && lowers) {
      cls = lex.lower_classes.Get(Lower(i), 0);  // "McDonald"
    }
    classes_[i] = cls;
  }
}

void Context::ClassifyWide(uint32_t i) {
  const bool word = doc.tokens[i].kind == TokenKind::kWord;
  const std::string_view s = Tok(i);
  uint16_t f = word ? kWordTok : 0;
  size_t k = 0, letters = 0, lower = 0;
  bool first = true;
  while (k < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[k]);
    char32_t cp = b < 0x80 ? (++k, b) : DecodeUtf8(s, &k);
    bool up = UpperCp(cp), lo = LowerCp(cp);
    if (first && (up || lo)) {
      f |= up ? kCap : kLower;
      first = false;
    }
    letters += up || lo;
    lower += lo;
  }
  if (letters >= 2 && lower == 0) f |= kAllCaps;
  flags_[i] |= f;
  if (!word) return;
  classes_[i] = lex.lower_classes.Get(Lower(i), 0);
  if (!(s[0] >= 'a' && s[0] <= 'z')) classes_[i] |= lex.cased_classes.Get(s, 0);
  // A capitalised name written with diacritics the name lists spell without
  // ("Ciarán", "Micheál", "Šefčovič"): the lists' classes of its folded form.
  constexpr uint32_t kNameBits =
      kWGivenNames | kWGivenAmbiguous | kWSurnames | kWSurnameAmbiguous | kWFamilyFirst;
  if ((f & (kCap | kAllCaps)) == kCap && letters == lower + 1 && !(classes_[i] & kNameBits)) {
    std::string folded = FoldCase(s);
    if (!folded.empty() && folded[0] >= 'a' && folded[0] <= 'z' && folded != Lower(i)) {
      folded[0] = static_cast<char>(folded[0] - 'a' + 'A');
      classes_[i] |= lex.cased_classes.Get(folded, 0) & kNameBits;
    }
  }
}

void Context::MarkLines() {
  // Lines written in capitals (headlines, datelines): counted as the tokens go by.
  const uint32_t n = ntok();
  const Token* tokens = doc.tokens.data();
  const char* text = doc.text.data();
  uint32_t line_begin = 0;
  size_t caps = 0, mixed = 0;
  for (uint32_t i = 0; i <= n; ++i) {
    bool new_line = i == n;
    if (i > 0 && i < n) {
      const uint32_t a = tokens[i - 1].span.end, b = tokens[i].span.begin;
      new_line = b > a && (b == a + 1 ? text[a] == '\n'
                                      : std::string_view(text + a, b - a).find('\n') !=
                                            std::string_view::npos);
    }
    if (new_line) {
      if (caps >= 1 && mixed <= caps / 4)
        for (uint32_t j = line_begin; j < i; ++j) flags_[j] |= kCapsLine;
      line_begin = i;
      caps = mixed = 0;
    }
    if (i == n) break;
    if (i == 0 || new_line) flags_[i] |= kLineStart;
    if (flags_[i] & kAllCaps)
      ++caps;
    else if (flags_[i] & (kCap | kLower))
      ++mixed;
  }
}

bool Context::ComputeHardBreak(uint32_t i) const {
  if (i == 0 || Is(i, kCapsLine) || Is(i - 1, kCapsLine)) return true;
  const std::string& text = doc.text;
  const uint32_t a = doc.tokens[i - 1].span.end, b = doc.tokens[i].span.begin;
  int newlines = 0;
  for (uint32_t k = a; k < b; ++k) {
    if (text[k] == '\n') {
      ++newlines;
    } else if (newlines > 0 && text[k] != '\r') {
      return true;  // an indented line starts a paragraph
    }
  }
  if (newlines != 1) return true;
  size_t line = a > 0 ? text.rfind('\n', a - 1) : std::string::npos;
  line = line == std::string::npos ? 0 : line + 1;
  // A wire story's first line is short (its dateline was cut off): after a
  // blank line a shorter line counts as prose too.
  const bool after_blank =
      line >= 2 && text[line - 1] == '\n' && (text[line - 2] == '\n' || text[line - 2] == '\r');
  if (a - line < (after_blank ? 12u : 30u)) return true;
  // Pre-tokenized text ("Dave Barr ( Canada ) , Mike") is one sentence or
  // table row a line: its newlines are never wraps.
  std::string_view prev(text.data() + line, a - line);
  return prev.find(" , ") != std::string_view::npos || prev.find(" ( ") != std::string_view::npos ||
         prev.find(" ) ") != std::string_view::npos || prev.find(" . ") != std::string_view::npos;
}

uint32_t Context::TokenStartingAt(uint32_t b) const {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), b,
                             [](const Token& t, uint32_t v) { return t.span.begin < v; });
  return static_cast<uint32_t>(it - doc.tokens.begin());
}

bool Context::IsQuote(uint32_t i) const {
  if (i >= ntok() || doc.tokens[i].kind == TokenKind::kWord) return false;
  std::string_view t = Tok(i);
  return t == "\"" || t == "'" || t == "`" || t == "\xE2\x80\x9E" || t == "\xE2\x80\x9C" ||
         t == "\xE2\x80\x9D" || t == "\xE2\x80\x98" || t == "\xE2\x80\x99" || t == "\xC2\xAB" ||
         t == "\xC2\xBB" || t == "``" || t == "''";
}

uint32_t Context::PossessiveAfter(uint32_t i) const {
  if (i + 1 >= ntok()) return 0;
  std::string_view t = Tok(i + 1);
  if (t == "'s" || t == "\xE2\x80\x99s" || t == "`s") return 1;
  if ((t == "'" || t == "`" || t == "\xE2\x80\x99") && i + 2 < ntok() && Tok(i + 2) == "s" &&
      doc.tokens[i + 1].span.begin == doc.tokens[i].span.end)
    return 2;
  return 0;
}

void Context::IndexHits() {
  AssignMinusOne(&hit_at_, ntok());
  AssignMinusOne(&cover_, ntok());
  for (size_t h = 0; h < hits.size(); ++h) {
    const Hit& x = hits[h];
    if (hit_at_[x.tb] < 0 || hits[hit_at_[x.tb]].te < x.te) hit_at_[x.tb] = static_cast<int32_t>(h);
    for (uint32_t i = x.tb; i < x.te && i < ntok(); ++i)
      if (cover_[i] < 0) cover_[i] = static_cast<int32_t>(h);
  }
}

Mention Context::MakeMention(uint32_t tb, uint32_t te, EntityType type, const char* rule) const {
  Mention m;
  m.span = {doc.tokens[tb].span.begin, doc.tokens[te - 1].span.end};
  m.type = type;
  m.sentence = sent_[tb];
  m.token_begin = tb;
  m.token_end = te;
  m.rule = rule;
  return m;
}

std::string Context::SpanText(Span s) const {
  // Written in place into a string of the span's size (the result is never
  // longer), then cut to length: no capacity test per byte.
  const std::string_view text = doc.Text(s);
  std::string out(text.size(), '\0');
  size_t n = 0;
  bool space = false;
  for (char ch : text) {
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
      space = true;
      continue;
    }
    if (space && n > 0) out[n++] = ' ';
    space = false;
    out[n++] = ch;
  }
  out.resize(n);
  return out;
}

std::string Context::Surface(uint32_t tb, uint32_t te) const {
  return SpanText({doc.tokens[tb].span.begin, doc.tokens[te - 1].span.end});
}

}  // namespace ner
}  // namespace actorgraph
