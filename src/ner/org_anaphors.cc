// Organizations referred back to by a definite description: "NATO leaders
// met in Vilnius. ... Finland joined the alliance in April 2023." The heads
// and the organizations each may mean are rules/entities/org_anaphors.txt.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/util.h"
#include "ner/ner_impl.h"

namespace actorgraph {
namespace ner {
namespace {

// How many sentences back "the alliance" may find its organization.
constexpr uint32_t kOrgAnaphorSentences = 8;
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
bool HeadsPhrase(const Document& doc, const Lexicon& lex, uint32_t x, uint32_t end) {
  const Token& t = doc.tokens[x];
  std::string_view w = doc.Text(t.span);
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

}  // namespace

void ResolveOrgAnaphors(const Document& doc, const Lexicon& lex, std::vector<Mention>* mentions) {
  if (lex.org_anaphors.empty()) return;
  std::vector<Mention>& ms = *mentions;
  std::vector<bool> named(doc.tokens.size(), false);
  for (const Mention& m : ms)
    for (uint32_t t = m.token_begin; t < m.token_end && t < named.size(); ++t) named[t] = true;
  struct Seen {
    uint32_t sentence = 0;
    size_t order = 0;  // how recently: larger is later
    std::string label;
  };
  std::unordered_map<std::string, Seen> last;  // organization id -> its last mention
  std::vector<Mention> found;
  size_t next = 0, order = 0;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      // The organizations named before token i.
      for (; next < ms.size() && ms[next].span.begin < doc.tokens[i].span.begin; ++next)
        if (ms[next].type == EntityType::kOrganization && !ms[next].node.empty())
          last[ms[next].node] = {ms[next].sentence, ++order, ms[next].label};
      if (named[i] || doc.tokens[i].kind != TokenKind::kWord) continue;
      std::string_view w = doc.Text(doc.tokens[i].span);
      if (!IsLowerWord(w)) continue;
      const std::vector<std::string>* ids = nullptr;
      for (const auto& [head, orgs] : lex.org_anaphors)
        if (head == w) ids = &orgs;
      if (!ids || !Definite(doc, named, sent.token_begin, i)) continue;
      if (i + 1 < sent.token_end && !HeadsPhrase(doc, lex, i + 1, sent.token_end)) continue;
      const std::string* best = nullptr;
      const Seen* seen = nullptr;
      for (const std::string& id : *ids) {
        auto it = last.find(id);
        if (it == last.end() || it->second.sentence + kOrgAnaphorSentences < s) continue;
        if (!seen || it->second.order > seen->order) {
          best = &it->first;
          seen = &it->second;
        }
      }
      if (!seen) continue;
      Mention m;
      m.span = doc.tokens[i].span;
      m.type = EntityType::kOrganization;
      m.sentence = s;
      m.token_begin = i;
      m.token_end = i + 1;
      m.node = *best;
      m.label = seen->label;
      m.rule = "org.anaphor";
      last[*best] = {s, ++order, seen->label};
      found.push_back(std::move(m));
    }
  }
  if (found.empty()) return;
  for (Mention& m : found) ms.push_back(std::move(m));
  std::stable_sort(ms.begin(), ms.end(),
                   [](const Mention& a, const Mention& b) { return a.span < b.span; });
}

}  // namespace ner
}  // namespace actorgraph
