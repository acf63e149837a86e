// Abbreviations that keep their period, and the words that may start a
// sentence after an ambiguous period. English news conventions.
#include <algorithm>
#include <iterator>
#include <string_view>

#include "text/text_internal.h"

namespace actorgraph {
namespace text_internal {
namespace {

struct Entry {
  std::string_view word;
  Abbrev cls;
};

// Sorted by word (byte order) for binary search; a test checks the order.
constexpr Entry kAbbrevs[] = {
    {"Adm", Abbrev::kNever},       {"Ala", Abbrev::kMayEnd},     {"Amb", Abbrev::kNever},
    {"Apr", Abbrev::kNever},       {"Ariz", Abbrev::kMayEnd},    {"Ark", Abbrev::kMayEnd},
    {"Art", Abbrev::kNever},       {"Assn", Abbrev::kMayEnd},    {"Aug", Abbrev::kNever},
    {"Ave", Abbrev::kMayEnd},      {"Blvd", Abbrev::kMayEnd},    {"Brig", Abbrev::kNever},
    {"Bros", Abbrev::kMayEnd},     {"Calif", Abbrev::kMayEnd},   {"Capt", Abbrev::kNever},
    {"Cdr", Abbrev::kNever},       {"Ch", Abbrev::kNever},       {"Cmdr", Abbrev::kNever},
    {"Co", Abbrev::kMayEnd},       {"Col", Abbrev::kNever},      {"Colo", Abbrev::kMayEnd},
    {"Conn", Abbrev::kMayEnd},     {"Corp", Abbrev::kMayEnd},    {"Cpl", Abbrev::kNever},
    {"Dec", Abbrev::kNever},       {"Del", Abbrev::kMayEnd},     {"Dept", Abbrev::kMayEnd},
    {"Det", Abbrev::kNever},       {"Dr", Abbrev::kNever},       {"Esq", Abbrev::kMayEnd},
    {"Feb", Abbrev::kNever},       {"Fig", Abbrev::kNever},      {"Fla", Abbrev::kMayEnd},
    {"Fr", Abbrev::kNever},        {"Ft", Abbrev::kNever},       {"Ga", Abbrev::kMayEnd},
    {"Gen", Abbrev::kNever},       {"Gov", Abbrev::kNever},      {"Govt", Abbrev::kMayEnd},
    {"Hon", Abbrev::kNever},       {"Ill", Abbrev::kMayEnd},     {"Inc", Abbrev::kMayEnd},
    {"Insp", Abbrev::kNever},      {"Jan", Abbrev::kNever},      {"Jr", Abbrev::kMayEnd},
    {"Jul", Abbrev::kNever},       {"Jun", Abbrev::kNever},      {"Kan", Abbrev::kMayEnd},
    {"Ky", Abbrev::kMayEnd},       {"La", Abbrev::kMayEnd},      {"Lt", Abbrev::kNever},
    {"Ltd", Abbrev::kMayEnd},      {"Maj", Abbrev::kNever},      {"Mar", Abbrev::kNever},
    {"Mass", Abbrev::kMayEnd},     {"Md", Abbrev::kMayEnd},      {"Messrs", Abbrev::kNever},
    {"Mich", Abbrev::kMayEnd},     {"Minn", Abbrev::kMayEnd},    {"Miss", Abbrev::kMayEnd},
    {"Mlle", Abbrev::kNever},      {"Mme", Abbrev::kNever},      {"Mo", Abbrev::kMayEnd},
    {"Mont", Abbrev::kMayEnd},     {"Mr", Abbrev::kNever},       {"Mrs", Abbrev::kNever},
    {"Ms", Abbrev::kNever},        {"Mt", Abbrev::kNever},       {"Neb", Abbrev::kMayEnd},
    {"Nev", Abbrev::kMayEnd},      {"No", Abbrev::kBeforeDigit}, {"Nos", Abbrev::kBeforeDigit},
    {"Nov", Abbrev::kNever},       {"Oct", Abbrev::kNever},      {"Okla", Abbrev::kMayEnd},
    {"Ore", Abbrev::kMayEnd},      {"Pa", Abbrev::kMayEnd},      {"Plc", Abbrev::kMayEnd},
    {"Pres", Abbrev::kNever},      {"Prof", Abbrev::kNever},     {"Rep", Abbrev::kNever},
    {"Reps", Abbrev::kNever},      {"Rev", Abbrev::kNever},      {"Sen", Abbrev::kNever},
    {"Sens", Abbrev::kNever},      {"Sep", Abbrev::kNever},      {"Sept", Abbrev::kNever},
    {"Sgt", Abbrev::kNever},       {"Sr", Abbrev::kMayEnd},      {"St", Abbrev::kNever},
    {"Ste", Abbrev::kNever},       {"Supt", Abbrev::kNever},     {"Tenn", Abbrev::kMayEnd},
    {"Tex", Abbrev::kMayEnd},      {"Univ", Abbrev::kMayEnd},    {"Va", Abbrev::kMayEnd},
    {"Vol", Abbrev::kNever},       {"Vt", Abbrev::kMayEnd},      {"Wash", Abbrev::kMayEnd},
    {"Wis", Abbrev::kMayEnd},      {"Wyo", Abbrev::kMayEnd},     {"al", Abbrev::kMayEnd},
    {"approx", Abbrev::kNever},    {"ca", Abbrev::kNever},       {"cf", Abbrev::kNever},
    {"dept", Abbrev::kMayEnd},     {"esp", Abbrev::kNever},      {"est", Abbrev::kMayEnd},
    {"etc", Abbrev::kMayEnd},      {"fig", Abbrev::kNever},      {"govt", Abbrev::kMayEnd},
    {"ibid", Abbrev::kMayEnd},     {"incl", Abbrev::kNever},     {"no", Abbrev::kBeforeDigit},
    {"nos", Abbrev::kBeforeDigit}, {"plc", Abbrev::kMayEnd},     {"pp", Abbrev::kNever},
    {"v", Abbrev::kNever},         {"viz", Abbrev::kNever},      {"vol", Abbrev::kNever},
    {"vs", Abbrev::kNever},
};

// Sorted (byte order).
constexpr std::string_view kStarters[] = {
    "A",       "According",   "After",       "Afterwards", "Again", "Ahead",   "All",
    "Also",    "Although",    "Among",       "An",         "And",   "Another", "Any",
    "As",      "At",          "Because",     "Before",     "Both",  "But",     "By",
    "Despite", "During",      "Each",        "Earlier",    "Even",  "Every",   "For",
    "From",    "Furthermore", "He",          "Her",        "His",   "How",     "However",
    "I",       "If",          "In",          "Instead",    "It",    "Its",     "Last",
    "Later",   "Many",        "Meanwhile",   "Moreover",   "Most",  "My",      "Nevertheless",
    "Next",    "No",          "Nonetheless", "Not",        "Now",   "On",      "One",
    "Only",    "Other",       "Others",      "Our",        "Over",  "She",     "Since",
    "So",      "Some",        "Still",       "Such",       "That",  "The",     "Their",
    "Then",    "There",       "These",       "They",       "This",  "Those",   "Though",
    "Thus",    "To",          "Today",       "Under",      "Until", "We",      "What",
    "When",    "Where",       "Whether",     "Which",      "While", "Who",     "Why",
    "With",    "Without",     "Yesterday",   "Yet",        "You",
};

}  // namespace

Abbrev AbbrevClass(std::string_view word) {
  if (word.empty() || word.size() > 6) return Abbrev::kNone;
  auto it = std::lower_bound(std::begin(kAbbrevs), std::end(kAbbrevs), word,
                             [](const Entry& e, std::string_view w) { return e.word < w; });
  return it != std::end(kAbbrevs) && it->word == word ? it->cls : Abbrev::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  if (word.empty() || word.size() > 12 || word[0] < 'A' || word[0] > 'Z') return false;
  return std::binary_search(std::begin(kStarters), std::end(kStarters), word);
}

// For tests: both tables must be sorted for the binary searches above.
bool TablesSorted() {
  return std::is_sorted(std::begin(kStarters), std::end(kStarters)) &&
         std::is_sorted(std::begin(kAbbrevs), std::end(kAbbrevs),
                        [](const Entry& a, const Entry& b) { return a.word < b.word; });
}

}  // namespace text_internal
}  // namespace actorgraph
