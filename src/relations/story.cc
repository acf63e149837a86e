// Document-level reading: the state a story is about.

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

}  // namespace

Relation DocumentAffiliation(const Document& doc, const std::vector<Mention>& mentions,
                             uint32_t source, uint32_t target, const char* rule,
                             double confidence) {
  const Mention& person = mentions[source];
  Relation r;
  r.type = "affiliated-with";
  r.source = source;
  r.target = target;
  r.sentence = person.sentence;
  r.evidence = doc.sentences[person.sentence].span;
  r.trigger = person.span;
  r.rule = rule;
  r.confidence = confidence;
  return r;
}

void AddStoryStateAffiliations(const Compiled& c, const Document& doc,
                               const std::vector<Mention>& mentions, std::vector<Relation>* out) {
  // Known public figures first: their own state or body, never the story's.
  AddKnownPersonAffiliations(c, doc, mentions, out);
  if (c.national_titles.empty()) return;
  // The story's state: named at least three times, half as often again as any other.
  std::map<std::string, std::pair<int, int>> states;  // node -> (mentions, first mention)
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.type != EntityType::kState || m.node.empty()) continue;
    auto [it, fresh] = states.emplace(m.node, std::make_pair(0, static_cast<int>(i)));
    ++it->second.first;
  }
  // The story's state is the one it names first (in the headline or the
  // lead), if it names it at least three times and no other state more
  // than half as often again.
  int first = -1, first_count = 0;
  for (const auto& [node, seen] : states)
    if (first < 0 || seen.second < first) {
      first = seen.second;
      first_count = seen.first;
    }
  int other = 0;  // the most any other state is named
  for (const auto& [node, seen] : states)
    if (seen.second != first) other = std::max(other, seen.first);
  if (first < 0 || first_count < 3 || 2 * other > 3 * first_count) first = -1;
  // Persons already tied to a state or a body keep their ties.
  std::set<std::string> tied;
  for (const Relation& r : *out)
    if (r.type == "affiliated-with") tied.insert(mentions[r.source].node);
  // A title counts when it is written as one, capitalised ("board president
  // X" and "the company's president X" hold no office of a state), right
  // before the name ("X, President of Diamond Shamrock" is a firm's), and not
  // after a body's or a state's name ("Emery President X").
  auto counts = [&](const Mention& p) {
    if (p.type != EntityType::kPerson || p.node.empty() || p.role.empty() || p.role[0] < 'A' ||
        p.role[0] > 'Z' || !c.national_titles.count(AsciiLower(p.role)))
      return false;
    // (the title's words, read backwards from the name; any run of spaces or
    // a line break between two words)
    size_t at = p.span.begin;
    if (at == 0 || !IsSpaceByte(doc.text[at - 1])) return false;
    while (at > 0 && IsSpaceByte(doc.text[at - 1])) --at;
    for (size_t r = p.role.size(); r-- > 0;) {
      const bool space = p.role[r] == ' ';
      if (at == 0 || (space != IsSpaceByte(doc.text[at - 1])) ||
          (!space && doc.text[at - 1] != p.role[r]))
        return false;
      --at;
      while (space && at > 0 && IsSpaceByte(doc.text[at - 1])) --at;
    }
    // (a whole word: nothing but a space, a quote or a bracket before it)
    if ((at > 0 && std::isalnum(static_cast<unsigned char>(doc.text[at - 1]))) ||
        p.sentence >= doc.sentences.size())
      return false;
    uint32_t k = p.token_begin;  // the title's first token
    while (k > 0 && doc.tokens[k - 1].span.end > at) --k;
    if (k <= doc.sentences[p.sentence].token_begin) return true;
    const Span prev = doc.tokens[k - 1].span;
    for (const Mention& o : mentions)
      if ((o.type == EntityType::kOrganization || o.type == EntityType::kState) &&
          o.span.Contains(prev))
        return false;
    return true;
  };
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& p = mentions[i];
    if (tied.count(p.node) || !counts(p) || c.known_persons.Find(p) >= 0) continue;
    // the state the paragraph turned to, else the story's
    int local = ParagraphState(doc, mentions, p);
    if (local >= 0 && first >= 0 && mentions[local].node == mentions[first].node) local = -1;
    if (local < 0 && first < 0) continue;
    tied.insert(p.node);
    out->push_back(DocumentAffiliation(doc, mentions, static_cast<uint32_t>(i),
                                       static_cast<uint32_t>(local >= 0 ? local : first),
                                       local >= 0 ? "affiliated-with.national-title-in-paragraph"
                                                  : "affiliated-with.national-title-in-story",
                                       0.55));
  }
}

}  // namespace relations
}  // namespace actorgraph
