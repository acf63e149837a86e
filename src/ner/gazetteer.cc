// Gazetteer files: rules/gazetteers/*.tsv, one entity a row:
//   id <TAB> type <TAB> label <TAB> aliases <TAB> valid_from <TAB> valid_to
// Aliases are `|`-separated; suffix `*` marks a metonym, `^` a demonym, and a
// demonym ending in `-` a combining form ("Sino-").
#include <algorithm>
#include <fstream>

#include "actorgraph/util.h"
#include "ner/lexicon.h"

namespace actorgraph {
namespace ner {
namespace {

bool ValidDate(std::string_view d) {
  auto digits = [&](size_t b, size_t n) {
    for (size_t i = b; i < b + n; ++i)
      if (d[i] < '0' || d[i] > '9') return false;
    return true;
  };
  if (d.size() == 4) return digits(0, 4);
  return d.size() == 10 && digits(0, 4) && d[4] == '-' && digits(5, 2) && d[7] == '-' &&
         digits(8, 2);
}

// Collapses whitespace runs to one space (the trie walk does the same to text).
std::string NormalizeSpaces(std::string_view s) { return SquashSpace(s); }

size_t CountLetters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC0;
  return n;
}

// British and American spellings of words common in bodies' names: a name
// listed in one spelling is found in the other ("Organisation for Security and
// Cooperation in Europe", "Ministry of Defense").
constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
    {"Organization", "Organisation"}, {"Co-operation", "Cooperation"},
    {"Defense", "Defence"},           {"Center", "Centre"},
    {"Programme", "Program"},         {"Organizations", "Organisations"}};

// `a` with every whole word `from` replaced by `to` ("" when it has none).
std::string ReplaceWord(const std::string& a, std::string_view from, std::string_view to) {
  std::string out;
  bool changed = false;
  size_t i = 0;
  while (i <= a.size()) {
    size_t j = a.find(' ', i);
    if (j == std::string::npos) j = a.size();
    std::string_view w(a.data() + i, j - i);
    if (w == from) {
      out.append(to);
      changed = true;
    } else {
      out.append(w);
    }
    if (j < a.size()) out.push_back(' ');
    i = j + 1;
  }
  return changed ? out : "";
}

}  // namespace

int Gazetteer::Lookup(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : static_cast<int>(it->second);
}

void Gazetteer::AddAlias(std::string_view alias, uint32_t entry, AliasKind kind) {
  std::string a = NormalizeSpaces(alias);
  if (a.empty()) return;
  if (a.find(' ') != std::string::npos) {
    std::vector<std::string> forms = {a};
    for (const auto& [x, y] : kSpellings)
      for (size_t f = 0, n = forms.size(); f < n; ++f)
        for (std::string v : {ReplaceWord(forms[f], x, y), ReplaceWord(forms[f], y, x)})
          if (!v.empty() && std::find(forms.begin(), forms.end(), v) == forms.end())
            forms.push_back(std::move(v));
    for (size_t f = 1; f < forms.size(); ++f) AddForm(forms[f], entry, kind);
  }
  AddForm(a, entry, kind);
}

void Gazetteer::AddForm(const std::string& a, uint32_t entry, AliasKind kind) {
  // "People's" is also typeset "People\u2019s": both spellings name the entry.
  if (size_t q = a.find('\''); q != std::string::npos) {
    std::string curly = a;
    for (; q != std::string::npos; q = curly.find('\'', q + 3)) curly.replace(q, 1, "\xE2\x80\x99");
    AddForm(curly, entry, kind);
  }
  pending_exact_.push_back({a, {entry, kind}});
  if (CountLetters(a) >= 4) {
    std::string up = a;
    for (char& c : up)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    pending_upper_.push_back({up, {entry, kind}});
  }
}

bool Gazetteer::LoadFile(const std::string& path, std::vector<Diagnostic>* diags) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags->push_back({path, 0, 0, "", "", "cannot read gazetteer"});
    return false;
  }
  bool ok = true;
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    std::vector<std::string_view> cols = Split(line, '\t');
    auto fail = [&](const std::string& field, const std::string& msg) {
      diags->push_back({path, lineno, 0, std::string(Trim(cols[0])), field, msg});
      ok = false;
    };
    std::string id(Trim(cols[0]));
    if (cols.size() < 2 || id.empty()) {
      fail("", "expected at least: id <TAB> type");
      continue;
    }
    EntityType type;
    std::string_view type_name = Trim(cols[1]);
    if (!ParseEntityType(type_name, &type) || type == EntityType::kDate) {
      fail("type", "unknown type '" + std::string(type_name) + "' (state|organization|treaty)");
      continue;
    }
    std::string_view from = cols.size() > 4 ? Trim(cols[4]) : "";
    std::string_view to = cols.size() > 5 ? Trim(cols[5]) : "";
    if ((!from.empty() && !ValidDate(from)) || (!to.empty() && !ValidDate(to))) {
      fail("valid_from/valid_to", "dates must be YYYY or YYYY-MM-DD");
      continue;
    }
    auto [it, fresh] = by_id_.emplace(id, static_cast<uint32_t>(entries_.size()));
    if (fresh) {
      entries_.push_back({id, type, "", std::string(from), std::string(to), ""});
    } else if (entries_[it->second].type != type) {
      fail("type", "id already has another type");
      continue;
    }
    uint32_t e = it->second;
    GazEntry& entry = entries_[e];
    if (!from.empty()) entry.valid_from = std::string(from);
    if (!to.empty()) entry.valid_to = std::string(to);
    std::string label = cols.size() > 2 ? NormalizeSpaces(cols[2]) : "";
    if (entry.label.empty()) entry.label = label;
    if (!label.empty()) AddAlias(label, e, kAliasPlain);
    if (cols.size() > 3) {
      for (std::string_view a : Split(cols[3], '|')) {
        a = Trim(a);
        if (a.empty()) continue;
        AliasKind kind = kAliasPlain;
        if (a.back() == '*') {
          kind = kAliasMetonym;
          a.remove_suffix(1);
        } else if (a.back() == '^') {
          kind = kAliasDemonym;
          a.remove_suffix(1);
          if (!a.empty() && a.back() == '-') kind = kAliasCombining;
        }
        AddAlias(a, e, kind);
      }
    }
    if (entry.label.empty()) fail("label", "entity has no label");
  }
  return ok;
}

void Gazetteer::Finish() {
  auto build = [&](std::vector<std::pair<std::string, AliasRef>>& pending, ByteTrie* trie,
                   std::vector<uint32_t>* term) {
    std::vector<std::pair<uint32_t, AliasRef>> at;
    std::vector<uint64_t>& starts = trie == &exact_ ? exact_starts_ : upper_starts_;
    for (const auto& [alias, ref] : pending) {
      at.push_back({trie->Insert(alias), ref});
      uint32_t h = StartHash(StartKey(alias));
      starts[h >> 6] |= uint64_t{1} << (h & 63);
    }
    trie->Finish();
    term->assign(trie->num_nodes(), 0);
    for (const auto& item : at) {
      const uint32_t node = item.first;
      const AliasRef& ref = item.second;  // a plain reference: lambdas may capture it in C++17
      if ((*term)[node] == 0) {
        refs_.emplace_back();
        (*term)[node] = static_cast<uint32_t>(refs_.size());
      }
      std::vector<AliasRef>& v = refs_[(*term)[node] - 1];
      bool dup = std::any_of(v.begin(), v.end(), [&](const AliasRef& r) {
        return r.entry == ref.entry && r.kind == ref.kind;
      });
      if (!dup) v.push_back(ref);
    }
    pending.clear();
  };
  std::vector<std::pair<std::string, uint32_t>> first_words;  // of organizations' aliases
  for (const auto& [alias, ref] : pending_exact_) {
    size_t sp = alias.find(' ');
    if (entries_[ref.entry].type == EntityType::kOrganization && sp != std::string::npos)
      first_words.emplace_back(alias.substr(0, sp), ref.entry);
  }
  build(pending_exact_, &exact_, &exact_term_);
  build(pending_upper_, &upper_, &upper_term_);
  for (const auto& [word, entry] : first_words) {
    const GazEntry* state = Named(word, EntityType::kState);
    if (state && entries_[entry].owner.empty()) entries_[entry].owner = state->id;
  }
}

}  // namespace ner
}  // namespace actorgraph
