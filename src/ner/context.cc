#include "ner/context.h"

#include <algorithm>

#include "actorgraph/util.h"

namespace actorgraph {
namespace ner {
namespace {

bool UpperCp(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x100 && c <= 0x17F && c % 2 == 0) || (c >= 0x391 && c <= 0x3A9) ||
         (c >= 0x400 && c <= 0x42F);
}
bool LowerCp(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
         (c >= 0x100 && c <= 0x17F && c % 2 == 1) || (c >= 0x3B1 && c <= 0x3C9) ||
         (c >= 0x430 && c <= 0x45F);
}

}  // namespace

Context::Context(const Document& d, const Lexicon& l, const std::vector<Mention>& dates)
    : doc(d), lex(l), lower_(AsciiLower(d.text)) {
  const uint32_t n = ntok();
  flags_.assign(n, 0);
  classes_.assign(n, 0);
  sent_.assign(n, 0);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& st = doc.sentences[s];
    for (uint32_t i = st.token_begin; i < st.token_end && i < n; ++i) sent_[i] = s;
    if (st.token_begin < n) flags_[st.token_begin] |= kSentStart;
  }
  for (uint32_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind == TokenKind::kWord) flags_[i] |= kWordTok;
    std::string_view s = Tok(i);
    if (t.kind == TokenKind::kWord) {
      classes_[i] = lex.lower_classes.Get(Lower(i), 0);
      if (!(s[0] >= 'a' && s[0] <= 'z')) classes_[i] |= lex.cased_classes.Get(s, 0);
    }
    size_t k = 0, letters = 0, lower = 0;
    bool first = true;
    while (k < s.size()) {
      unsigned char b = static_cast<unsigned char>(s[k]);
      char32_t cp = b < 0x80 ? (++k, b) : DecodeUtf8(s, &k);
      bool up = UpperCp(cp), lo = LowerCp(cp);
      if (first && (up || lo)) {
        flags_[i] |= up ? kCap : kLower;
        first = false;
      }
      letters += up || lo;
      lower += lo;
    }
    if (letters >= 2 && lower == 0) flags_[i] |= kAllCaps;
  }
  // Lines written in capitals (headlines, datelines).
  uint32_t line_begin = 0;
  for (uint32_t i = 0; i <= n; ++i) {
    bool new_line = i == n;
    if (i > 0 && i < n) {
      std::string_view gap(doc.text.data() + doc.tokens[i - 1].span.end,
                           doc.tokens[i].span.begin - doc.tokens[i - 1].span.end);
      new_line = gap.find('\n') != std::string_view::npos;
    }
    if (i < n && (i == 0 || new_line)) flags_[i] |= kLineStart;
    if (!new_line) continue;
    size_t caps = 0, mixed = 0;
    for (uint32_t j = line_begin; j < i; ++j) {
      if (flags_[j] & kAllCaps)
        ++caps;
      else if (flags_[j] & (kCap | kLower))
        ++mixed;
    }
    if (caps >= 1 && mixed <= caps / 4)
      for (uint32_t j = line_begin; j < i; ++j) flags_[j] |= kCapsLine;
    line_begin = i;
  }
  for (const Mention& m : dates) {
    for (uint32_t i = TokenStartingAt(m.span.begin); i < n; ++i) {
      if (doc.tokens[i].span.begin >= m.span.end) break;
      flags_[i] |= kInDate;
    }
  }
}

uint32_t Context::TokenStartingAt(uint32_t b) const {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), b,
                             [](const Token& t, uint32_t v) { return t.span.begin < v; });
  return static_cast<uint32_t>(it - doc.tokens.begin());
}

bool Context::NameLike(uint32_t i) const {
  if (i >= ntok() || !(flags_[i] & kCap) || (flags_[i] & kInDate)) return false;
  if (doc.tokens[i].kind != TokenKind::kWord) return false;
  return !Has(i, kWFunctionWords);
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
  hit_at_.assign(ntok(), -1);
  cover_.assign(ntok(), -1);
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
  std::string out;
  bool space = false;
  for (char ch : doc.Text(s)) {
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(ch);
  }
  return out;
}

std::string Context::Surface(uint32_t tb, uint32_t te) const {
  return SpanText({doc.tokens[tb].span.begin, doc.tokens[te - 1].span.end});
}

}  // namespace ner
}  // namespace actorgraph
