// Known public figures: rules/gazetteers/persons.tsv says whom each serves.
// News names leaders by their title alone ("President Donald Trump said",
// "Secretary of State Marco Rubio"); the person is tied to the state or body
// of their row when the document names it.

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

constexpr const char kPersonsFile[] = "persons.tsv";

// A year "YYYY" (or the year of "YYYY-MM-DD"); 0 when empty, -1 when malformed.
int Year(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return 0;
  if (s.size() < 4 || (s.size() > 4 && s[4] != '-')) return -1;
  int y = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    y = y * 10 + (s[i] - '0');
  }
  return y;
}

// The ids of the other gazetteers ("state:TUR", "organization:nato"): an
// affiliation must name one of them.
std::unordered_set<std::string> GazetteerIds(const std::filesystem::path& dir) {
  std::unordered_set<std::string> ids;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".tsv" || e.path().filename() == kPersonsFile) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::string_view id = Trim(std::string_view(line).substr(0, line.find('\t')));
      if (!id.empty()) ids.emplace(id);
    }
  }
  return ids;
}

}  // namespace

int KnownPersons::Find(const Mention& m) const {
  if (by_key.empty() || m.type != EntityType::kPerson) return -1;
  constexpr std::string_view kPrefix = "person:";
  if (StartsWith(m.node, kPrefix)) {
    auto it = by_key.find(m.node.substr(kPrefix.size()));
    if (it != by_key.end()) return static_cast<int>(it->second);
  }
  if (m.label.empty()) return -1;
  auto it = by_key.find(Slug(m.label));
  return it == by_key.end() ? -1 : static_cast<int>(it->second);
}

void LoadKnownPersons(const std::string& rules_dir, KnownPersons* out,
                      std::vector<Diagnostic>* diags) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(rules_dir) / "gazetteers";
  const std::string path = (dir / kPersonsFile).string();
  std::error_code ec;
  if (!fs::exists(path, ec)) return;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags->push_back({path, 0, 0, "", "", "cannot read the persons gazetteer"});
    return;
  }
  const std::unordered_set<std::string> ids = GazetteerIds(dir);
  std::map<std::string, uint32_t> person_of_id;
  // Keys of two persons or more ("Bush", "Clinton"): kept only if they all
  // serve the same states and bodies.
  std::map<std::string, std::set<uint32_t>> shared;
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty() || Trim(line)[0] == '#') continue;
    const std::vector<std::string_view> cols = Split(line, '\t');
    const std::string id(Trim(cols[0]));
    auto fail = [&](const char* field, const std::string& msg) {
      diags->push_back({path, lineno, 0, id, field, msg});
    };
    auto col = [&](size_t i) { return i < cols.size() ? Trim(cols[i]) : std::string_view(); };
    if (cols.size() < 7) {
      fail("", "expected: id, type, label, aliases, valid_from, valid_to, affiliation (TAB)");
      continue;
    }
    if (col(1) != "person") {
      fail("type", "expected \"person\"");
      continue;
    }
    const std::string label(col(2));
    if (!label.empty() && id != "person:" + Slug(label)) {
      fail("id", "expected person:" + Slug(label) + " (the label's slug)");
      continue;
    }
    const std::string target(col(6));
    if (!StartsWith(target, "state:") && !StartsWith(target, "organization:")) {
      fail("affiliation", "expected a state or organization id");
      continue;
    }
    if (!ids.count(target)) {
      fail("affiliation", "'" + target + "' is no state or organization of the gazetteers");
      continue;
    }
    KnownPersons::Tie tie{target, Year(col(8)), Year(col(9))};
    if (tie.from < 0 || tie.to < 0) {
      fail("from/to", "years must be YYYY");
      continue;
    }
    auto [it, fresh] = person_of_id.emplace(id, static_cast<uint32_t>(out->ties.size()));
    if (fresh && label.empty()) {
      fail("label", "the first row of a person needs its label");
      continue;
    }
    if (fresh) out->ties.emplace_back();
    const uint32_t person = it->second;
    out->ties[person].push_back(std::move(tie));
    auto key = [&](std::string_view name) {
      name = Trim(name);
      if (name.empty()) return;
      auto [k, added] = out->by_key.emplace(Slug(name), person);
      if (!added && k->second != person) shared[k->first].insert({k->second, person});
    };
    key(label);
    for (std::string_view a : Split(col(3), '|')) key(a);
    for (std::string_view a : Split(col(10), '|')) key(a);
  }
  auto targets = [&](uint32_t person) {
    std::set<std::string> t;
    for (const KnownPersons::Tie& tie : out->ties[person]) t.insert(tie.target);
    return t;
  };
  for (const auto& [k, persons] : shared) {
    const std::set<std::string> first = targets(*persons.begin());
    for (uint32_t person : persons)
      if (targets(person) != first) {
        out->by_key.erase(k);
        break;
      }
  }
}

void AddKnownPersonAffiliations(const Compiled& c, const Document& doc,
                                const std::vector<Mention>& mentions, std::vector<Relation>* out) {
  const KnownPersons& known = c.known_persons;
  if (known.by_key.empty()) return;
  // The known persons, by their first mention (most documents have none).
  std::vector<std::pair<size_t, int>> persons;
  std::set<std::string> seen;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& p = mentions[i];
    if (p.type != EntityType::kPerson || p.node.empty() || !seen.insert(p.node).second) continue;
    const int k = known.Find(p);
    if (k >= 0) persons.emplace_back(i, k);
  }
  if (persons.empty()) return;
  // The states and bodies the document names: how often, and where.
  std::map<std::string, std::vector<uint32_t>> named;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if ((m.type == EntityType::kState || m.type == EntityType::kOrganization) && !m.node.empty())
      named[m.node].push_back(static_cast<uint32_t>(i));
  }
  if (named.empty()) return;
  std::map<std::string, std::set<std::string>> tied;  // person node -> targets found
  for (const Relation& r : *out)
    if (r.type == "affiliated-with") tied[mentions[r.source].node].insert(mentions[r.target].node);
  const int year = Year(doc.date) > 0 ? Year(doc.date) : 0;
  for (const auto& [i, k] : persons) {
    const Mention& p = mentions[i];
    const std::vector<KnownPersons::Tie>& ties = known.ties[static_cast<size_t>(k)];
    const std::set<std::string>& own = tied[p.node];
    if (std::any_of(ties.begin(), ties.end(),
                    [&](const KnownPersons::Tie& t) { return own.count(t.target) > 0; }))
      continue;  // the text already ties the person to one of them
    // Of the ties the document names: those whose years hold its date, then
    // the one it names most often (the first row on a draw).
    const KnownPersons::Tie* best = nullptr;
    bool best_dated = false;
    size_t best_count = 0;
    for (const KnownPersons::Tie& t : ties) {
      auto it = named.find(t.target);
      if (it == named.end()) continue;
      const bool dated = year > 0 && (t.from == 0 || t.from <= year) && (t.to == 0 || year <= t.to);
      const size_t count = it->second.size();
      if (!best || (dated && !best_dated) || (dated == best_dated && count > best_count)) {
        best = &t;
        best_dated = dated;
        best_count = count;
      }
    }
    if (!best) continue;
    // The evidence: the person's first mention with a title, else the first
    // written in full (two words or more), else the first bare surname that
    // is not a modifier: after a determiner ("the Biden administration") or
    // joined by a hyphen ("the Bush-Cheney campaign", "anti-Musharraf").
    size_t from = mentions.size();
    for (size_t j = i; j < mentions.size() && from == mentions.size(); ++j)
      if (mentions[j].node == p.node && !mentions[j].role.empty()) from = j;
    for (size_t j = i; j < mentions.size() && from == mentions.size(); ++j)
      if (mentions[j].node == p.node && mentions[j].token_end > mentions[j].token_begin + 1)
        from = j;
    for (size_t j = i; j < mentions.size() && from == mentions.size(); ++j) {
      const Mention& m = mentions[j];
      if (m.node != p.node) continue;
      auto hyphen = [&](size_t t) {
        return t < doc.tokens.size() && doc.Text(doc.tokens[t].span) == "-";
      };
      const bool modifier =
          (m.token_begin > 0 && m.token_begin <= doc.tokens.size() &&
           (c.determiners.count(AsciiLower(doc.Text(doc.tokens[m.token_begin - 1].span))) > 0 ||
            (hyphen(m.token_begin - 1) && !doc.tokens[m.token_begin].space_before))) ||
          (hyphen(m.token_end) && !doc.tokens[m.token_end].space_before);
      if (!modifier) from = j;
    }
    if (from == mentions.size()) continue;
    const Mention& src = mentions[from];
    // The target: its mention nearest the evidence sentence, earlier first.
    uint32_t target = 0;
    long gap = -1;
    for (uint32_t t : named[best->target]) {
      const long d = std::labs(static_cast<long>(mentions[t].sentence) - src.sentence);
      if (gap < 0 || d < gap) {
        gap = d;
        target = t;
      }
    }
    if (src.sentence >= doc.sentences.size()) continue;
    out->push_back(DocumentAffiliation(doc, mentions, static_cast<uint32_t>(from), target,
                                       "affiliated-with.known-person", 0.7));
  }
}

}  // namespace relations
}  // namespace actorgraph
