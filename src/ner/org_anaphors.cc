// Organizations referred back to by a definite description: "NATO leaders
// met in Vilnius. ... Finland joined the alliance in April 2023." The heads
// and the organizations each may mean are rules/entities/org_anaphors.txt.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/util.h"
#include "ner/ner_impl.h"

namespace actorgraph {
namespace ner {
namespace {

// How many sentences back "the alliance" may find a body whose own name
// holds the word: the name says what it is, so it may lie further back than a
// listed body found by its kind.
constexpr uint32_t kByNameSentences = 20;

// Most words between "the" and the head ("the 32-member alliance": 3 tokens).
constexpr uint32_t kMaxModifiers = 3;

bool IsLowerWord(std::string_view w) { return !w.empty() && w[0] >= 'a' && w[0] <= 'z'; }

// Does a description end at token `i`, opened by "the" at most kMaxModifiers
// tokens before it, with no name between?
bool Definite(const Document& doc, const std::vector<bool>& named, uint32_t sb, uint32_t i) {
  for (uint32_t j = i, n = 0; j > sb && n <= kMaxModifiers; ++n) {
    --j;
    if (named[j]) return false;
    std::string_view w = doc.Text(doc.tokens[j].span);
    if (w == "the" || w == "The") return true;
    const TokenKind kind = doc.tokens[j].kind;
    if (kind == TokenKind::kPunct ? w != "-" : kind == TokenKind::kSymbol) return false;
  }
  return false;
}

// Does the word before token x head its phrase? "the alliance's", "the bloc
// said", "the alliance in 2004" yes; "the bloc leaders" (a modifier), "the
// alliance of Russia and Belarus", "the alliance with Washington" (a new one
// described) no.
bool HeadsPhrase(const Document& doc, const Lexicon& lex, uint32_t x, uint32_t end, bool accused) {
  const Token& t = doc.tokens[x];
  std::string_view w = doc.Text(t.span);
  // "accused the agency of cyberattacks": the charge, not a new body described
  if (w == "of" && accused) return true;
  if (w == "of" || w == "between" || w == "with" || w == "among") return false;
  if (t.kind == TokenKind::kPunct) {
    if (w == "-") return false;
    // "its entry into the bloc, China's foreign ministry said": the name after the
    // comma starts another phrase, which an apposition rule would take for this one
    if (w == "," && x + 1 < end) {
      std::string_view next = doc.Text(doc.tokens[x + 1].span);
      if (!next.empty() && next[0] >= 'A' && next[0] <= 'Z') return false;
    }
    return true;
  }
  if (t.kind != TokenKind::kWord || w == "'s" || w == "\xE2\x80\x99s") return true;
  if (!IsLowerWord(w)) return false;
  const std::string lower = AsciiLower(w);
  const uint32_t verb_or_function = kWFunctionWords | kWCopulas | kWSpeechVerbs | kWActorVerbs |
                                    kWAdverbs | kWDeterminers | kWPlacePreps;
  return (lex.lower_classes.Get(lower, 0) & verb_or_function) != 0 ||
         (lower.size() > 4 && EndsWith(lower, "ed"));
}

// Is the description opened by "the" at token `the` the object of a verb of
// accusing ("accused the agency of", "accusing the regional body of")?
bool AfterAccuse(const Document& doc, uint32_t sb, uint32_t the) {
  if (the <= sb) return false;
  const std::string w = AsciiLower(doc.Text(doc.tokens[the - 1].span));
  return w == "accuse" || w == "accused" || w == "accuses" || w == "accusing";
}

// The token of "the" opening the description that ends at token i (Definite holds).
uint32_t DefiniteStart(const Document& doc, uint32_t sb, uint32_t i) {
  for (uint32_t j = i; j > sb;) {
    --j;
    std::string_view w = doc.Text(doc.tokens[j].span);
    if (w == "the" || w == "The") return j;
  }
  return sb;
}

// Does the organization's name hold `head` as a word ("Alliance of Sahel
// States" holds "alliance")?
bool NameHolds(const std::string& label, const std::string& head) {
  const std::string l = AsciiLower(label);
  for (size_t at = l.find(head); at != std::string::npos; at = l.find(head, at + 1)) {
    const size_t end = at + head.size();
    const bool open = at == 0 || l[at - 1] == ' ' || l[at - 1] == '-';
    const bool close = end == l.size() || l[end] == ' ' || l[end] == '-' || l[end] == ',';
    if (open && close) return true;
  }
  return false;
}

// Does the name hold every word written between "the" (token `first`) and the
// head (token `head`)? "the joint commission" after the "Joint Commission on
// Trade"; not "the caretaker committee" after the "Referees Committee".
bool ModifiersIn(const Document& doc, uint32_t first, uint32_t head, const std::string& label) {
  for (uint32_t j = first + 1; j < head; ++j) {
    if (doc.tokens[j].kind != TokenKind::kWord) continue;
    if (!NameHolds(label, AsciiLower(doc.Text(doc.tokens[j].span)))) return false;
  }
  return true;
}

}  // namespace

void ResolveOrgAnaphors(const Document& doc, const Lexicon& lex, std::vector<Mention>* mentions) {
  if (lex.org_anaphors.empty()) return;
  // The head words' tokens first: most documents have none, and pay one
  // length test a token.
  uint64_t lengths = 0;           // bit n: some head word has n bytes
  std::array<bool, 256> first{};  // the heads' first bytes
  for (const auto& [head, orgs] : lex.org_anaphors) {
    if (head.empty() || head.size() >= 64) continue;
    lengths |= uint64_t{1} << head.size();
    first[static_cast<unsigned char>(head[0])] = true;
  }
  std::vector<std::pair<uint32_t, const std::vector<std::string>*>> heads;  // token, its ids
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    const uint32_t len = t.span.size();
    if (len >= 64 || !(lengths >> len & 1) || t.kind != TokenKind::kWord ||
        !first[static_cast<unsigned char>(doc.text[t.span.begin])])
      continue;
    std::string_view w = doc.Text(t.span);
    for (const auto& [head, orgs] : lex.org_anaphors)
      if (head == w) heads.emplace_back(i, &orgs);
  }
  if (heads.empty()) return;
  std::vector<Mention>& ms = *mentions;
  std::vector<bool> named(doc.tokens.size(), false);
  for (const Mention& m : ms)
    for (uint32_t t = m.token_begin; t < m.token_end && t < named.size(); ++t) named[t] = true;
  struct Seen {
    uint32_t sentence = 0;
    size_t order = 0;      // how recently: larger is later
    const Mention* named;  // the mention that named it
  };
  std::unordered_map<std::string_view, Seen> last;  // organization id -> its last mention
  std::vector<Mention> found;
  size_t next = 0, order = 0;
  for (const auto& [i, ids] : heads) {
    // The organizations named before token i.
    for (; next < ms.size() && ms[next].span.begin < doc.tokens[i].span.begin; ++next)
      if (ms[next].type == EntityType::kOrganization && !ms[next].node.empty())
        last[ms[next].node] = {ms[next].sentence, ++order, &ms[next]};
    if (named[i]) continue;
    uint32_t s = 0;  // the head's sentence
    for (uint32_t lo = 0, hi = static_cast<uint32_t>(doc.sentences.size()); lo < hi;) {
      uint32_t mid = (lo + hi) / 2;
      if (doc.sentences[mid].token_begin <= i) {
        s = mid;
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (s >= doc.sentences.size()) continue;
    const Sentence& sent = doc.sentences[s];
    if (i < sent.token_begin || i >= sent.token_end || !Definite(doc, named, sent.token_begin, i))
      continue;
    const uint32_t first = DefiniteStart(doc, sent.token_begin, i);  // "the"
    const bool accused = AfterAccuse(doc, sent.token_begin, first);
    if (i + 1 < sent.token_end && !HeadsPhrase(doc, lex, i + 1, sent.token_end, accused)) continue;
    const Seen* seen = nullptr;
    const std::string head = AsciiLower(doc.Text(doc.tokens[i].span));
    for (const std::string& id : *ids) {
      if (id == kOrgAnaphorByName) {
        for (const auto& [node, v] : last)
          if (v.sentence + kByNameSentences >= s && (!seen || v.order > seen->order) &&
              NameHolds(v.named->label, head) && ModifiersIn(doc, first, i, v.named->label))
            seen = &v;
        continue;
      }
      auto it = last.find(id);
      if (it == last.end() || it->second.sentence + kAnaphorSentences < s) continue;
      if (!seen || it->second.order > seen->order) seen = &it->second;
    }
    if (!seen) continue;
    Mention m;
    m.span = doc.tokens[i].span;
    m.type = EntityType::kOrganization;
    m.sentence = s;
    m.token_begin = i;
    m.token_end = i + 1;
    m.node = seen->named->node;
    m.label = seen->named->label;
    m.rule = "org.anaphor";
    Seen again{s, ++order, seen->named};
    last[seen->named->node] = again;
    found.push_back(std::move(m));
  }
  if (found.empty()) return;
  for (Mention& m : found) ms.push_back(std::move(m));
  std::stable_sort(ms.begin(), ms.end(),
                   [](const Mention& a, const Mention& b) { return a.span < b.span; });
}

}  // namespace ner
}  // namespace actorgraph
