// "Sweden joined the alliance as its 32nd member", "Finland became the 31st
// member on April 4": a bloc a story is about, written as a noun ("the
// alliance") or left out after "member", in a sentence that names no
// organization of its own.
#include <algorithm>
#include <map>
#include <string>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

// An ordinal or a word of rank before "member" ("31st", "third", "newest").
bool IsRank(const std::string& w) {
  static const char* kWords[] = {"first",  "second",  "third",   "fourth", "fifth",
                                 "sixth",  "seventh", "eighth",  "ninth",  "tenth",
                                 "newest", "latest",  "youngest"};
  for (const char* k : kWords)
    if (w == k) return true;
  if (w.size() < 3 || w[0] < '0' || w[0] > '9') return false;
  const std::string end = w.substr(w.size() - 2);
  return end == "st" || end == "nd" || end == "rd" || end == "th";
}

}  // namespace

bool FindBlocAnaphor(const Compiled& c, const Document& doc, const Sentence& s, BlocAnaphor* out) {
  *out = BlocAnaphor{};
  if (c.bloc_nouns.empty() || c.membership_words.empty()) return false;
  const uint32_t e = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(doc.tokens.size()));
  auto lower = [&](uint32_t k) { return AsciiLower(doc.Text(doc.tokens[k].span)); };
  bool membership = false;
  for (uint32_t k = s.token_begin; k < e && !membership; ++k) {
    const Token& t = doc.tokens[k];
    if (t.kind != TokenKind::kWord || t.span.size() < 4 || t.span.size() > 10) continue;
    membership = c.membership_words.count(lower(k)) > 0;
  }
  if (!membership) return false;
  for (uint32_t k = s.token_begin; k + 1 < e; ++k) {
    const std::string w = lower(k);
    if (w == "the" && c.bloc_nouns.count(lower(k + 1)) && out->phrase.size() == 0) {
      // not a noun modifying another ("the alliance's", "the union leaders")
      const std::string next = k + 2 < e ? lower(k + 2) : std::string();
      if (next == "'s" || next == "'" || next == "-") continue;
      out->phrase = {doc.tokens[k].span.begin, doc.tokens[k + 1].span.end};
    }
    // "the 31st member" with no body after it
    if ((w == "the" || w == "its") && k + 2 < e && IsRank(lower(k + 1)) &&
        lower(k + 2) == "member" && out->member.size() == 0) {
      const std::string next = k + 3 < e ? lower(k + 3) : std::string();
      if (next == "of" || next == "in" || next == "state" || next == "states" ||
          next == "country" || next == "countries" || next == "nation" || next == "'s")
        continue;
      out->member = doc.tokens[k + 2].span;
    }
  }
  return out->phrase.size() > 0 || out->member.size() > 0;
}

int StoryBloc(const std::vector<Mention>& mentions, const std::vector<int>& order, size_t end) {
  std::map<std::string, std::pair<int, int>> seen;  // node -> (mentions, last mention)
  for (size_t k = 0; k < end; ++k) {
    const Mention& m = mentions[order[k]];
    if (m.type != EntityType::kOrganization || m.node.empty()) continue;
    auto& v = seen[m.node];
    ++v.first;
    v.second = order[k];
  }
  int best = -1, count = 1;  // named at least twice
  for (const auto& [node, v] : seen) {
    if (v.first > count || (v.first == count && best >= 0 &&
                            mentions[v.second].span.begin > mentions[best].span.begin)) {
      count = v.first;
      best = v.second;
    }
  }
  return best;
}

}  // namespace relations
}  // namespace actorgraph
