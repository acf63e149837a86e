// "Palau went further. Its foreign minister, Ismael Ngirmang, said ...": a
// sentence opening with "Its", a title and a person set off by commas names
// an officer of the actor the sentence before opened with.
#include <algorithm>
#include <string_view>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

// Most words a title written between "Its" and its comma may have ("mines
// and energy minister", "deputy secretary - general").
constexpr uint32_t kMaxTitleWords = 6;

bool IsActor(const Mention& m) {
  return !m.node.empty() && (m.type == EntityType::kState || m.type == EntityType::kOrganization);
}

}  // namespace

bool ItsTitleOpener(const Document& doc, const Sentence& s, const std::vector<Mention>& mentions,
                    const std::vector<int>& order, size_t mbegin, size_t mend, Span* its) {
  const uint32_t e = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(doc.tokens.size()));
  const uint32_t k = s.token_begin;
  if (k + 4 >= e || doc.Text(doc.tokens[k].span) != "Its") return false;
  // the title: lower-case words (and hyphens), then a comma
  uint32_t j = k + 1;
  while (j < e && j <= k + kMaxTitleWords) {
    std::string_view w = doc.Text(doc.tokens[j].span);
    if (w.empty() || !((w[0] >= 'a' && w[0] <= 'z') || w == "-")) break;
    ++j;
  }
  if (j == k + 1 || j + 1 >= e || doc.Text(doc.tokens[j].span) != ",") return false;
  // the person right after the comma, and a comma after the person
  for (size_t i = mbegin; i < mend; ++i) {
    const Mention& m = mentions[order[i]];
    if (m.token_begin < j + 1) continue;
    if (m.token_begin > j + 1 || m.type != EntityType::kPerson || m.node.empty()) return false;
    if (m.token_end >= e || doc.Text(doc.tokens[m.token_end].span) != ",") return false;
    *its = doc.tokens[k].span;
    return true;
  }
  return false;
}

int OpeningActor(const Document& doc, const Sentence& s, const std::vector<Mention>& mentions,
                 const std::vector<int>& order, size_t mbegin, size_t mend, int subject) {
  if (subject >= 0) return IsActor(mentions[subject]) ? subject : -1;
  const uint32_t e = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(doc.tokens.size()));
  uint32_t k = s.token_begin;
  if (k < e && AsciiLower(doc.Text(doc.tokens[k].span)) == "the") ++k;
  for (size_t i = mbegin; i < mend; ++i) {
    const Mention& m = mentions[order[i]];
    if (m.type == EntityType::kDate) continue;
    // the sentence's first words: "Palau, ...", "The Kremlin rejected ..."
    if (m.token_begin != k || !IsActor(m)) return -1;
    // "Britain's Trades Union Congress opposed ...": the body is the subject
    const uint32_t after = m.token_end;
    if (after + 1 < e && doc.Text(doc.tokens[after].span) == "'s") {
      for (size_t j = i + 1; j < mend; ++j) {
        const Mention& o = mentions[order[j]];
        if (o.token_begin < after + 1) continue;
        if (o.token_begin == after + 1 && o.type == EntityType::kOrganization && IsActor(o))
          return order[j];
        break;
      }
    }
    return order[i];
  }
  return -1;
}

}  // namespace relations
}  // namespace actorgraph
