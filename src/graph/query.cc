// RunQuery: match a parsed question against the graph, filter, and print an
// aligned table, JSON or CSV.
#include "actorgraph/query.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "actorgraph/util.h"
#include "graph/query_parse.h"

namespace actorgraph {
namespace {

using query_internal::Pattern;
using query_internal::Side;

struct Row {
  std::string key, source, source_label, relation, target, target_label, date, modality;
  double confidence = 0.0;
  size_t count = 0;
  const Evidence* first = nullptr;
};

const std::string& Label(const NodeProps& n) { return n.label.empty() ? n.id : n.label; }

// Node ids a name stands for: an exact label, alias or id (case- and
// accent-insensitive, a leading "the" optional); failing that, every node
// with a label or alias that holds the name as whole words.
std::set<std::string> Resolve(const KnowledgeGraph& kg, const std::string& name) {
  const auto& g = kg.graph();
  std::string q = FoldCase(Trim(name));
  std::string bare = StartsWith(q, "the ") ? q.substr(4) : q;
  std::set<std::string> exact, partial;
  for (auto v : kg.SortedNodes()) {
    const NodeProps& n = g[v];
    std::vector<std::string> forms = {FoldCase(n.label), FoldCase(n.id)};
    for (const std::string& a : n.aliases) forms.push_back(FoldCase(a));
    for (const std::string& f : forms) {
      if (f == q || f == bare) exact.insert(n.id);
      if (bare.size() >= 3 && ContainsWords(f, bare)) partial.insert(n.id);
    }
  }
  return exact.empty() ? partial : exact;
}

// "unknown name 'Rusia'; closest known names: Russia, ..."
Status Unknown(const KnowledgeGraph& kg, const std::string& name) {
  const auto& g = kg.graph();
  std::string q = FoldCase(name);
  std::map<std::string, std::pair<size_t, std::string>> best;  // label -> (score, label)
  for (auto v : kg.SortedNodes()) {
    const NodeProps& n = g[v];
    std::vector<std::string> forms(n.aliases.begin(), n.aliases.end());
    forms.push_back(Label(n));
    for (const std::string& f : forms) {
      std::string ff = FoldCase(f);
      size_t d = query_internal::EditDistance(q, ff);
      if (!q.empty() && (ff.find(q) != std::string::npos || q.find(ff) != std::string::npos))
        d = std::min<size_t>(d, 1);
      auto it = best.find(Label(n));
      if (it == best.end() || d < it->second.first) best[Label(n)] = {d, Label(n)};
    }
  }
  std::vector<std::pair<size_t, std::string>> ranked;
  for (const auto& [label, sc] : best) ranked.push_back(sc);
  std::sort(ranked.begin(), ranked.end());
  // Close ones (a typo or two, or a part of the name); else the three nearest.
  size_t close = std::max<size_t>(2, q.size() / 3), shown = 0;
  while (shown < ranked.size() && shown < 5 && ranked[shown].first <= close) ++shown;
  if (shown == 0) shown = std::min<size_t>(3, ranked.size());
  std::string msg = "unknown name '" + name + "'";
  if (shown > 0) {
    msg += shown == 1 ? "; did you mean " : "; closest known names: ";
    for (size_t i = 0; i < shown; ++i) msg += (i ? ", " : "") + ranked[i].second;
    if (shown == 1) msg += "?";
  }
  return Status::NotFound(msg);
}

bool IsPrefixDate(const std::string& s) {
  auto digits = [&](size_t a, size_t n) {
    for (size_t i = a; i < a + n; ++i)
      if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
  };
  return (s.size() == 4 && digits(0, 4)) ||
         (s.size() == 7 && digits(0, 4) && s[4] == '-' && digits(5, 2)) ||
         (s.size() == 10 && digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' &&
          digits(8, 2));
}

// Display width: code points (good enough for Latin, Cyrillic, Greek).
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Shorten(const std::string& text, size_t max) {
  std::string one;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !one.empty();
      continue;
    }
    if (space) one += ' ';
    space = false;
    one += c;
  }
  if (Width(one) <= max) return one;
  std::string out;
  size_t i = 0, n = 0;
  while (i < one.size() && n + 1 < max) {
    size_t start = i;
    DecodeUtf8(one, &i);
    out.append(one, start, i - start);
    ++n;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\u2026";
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

Status RunQuery(const KnowledgeGraph& kg, const std::string& question, const QueryOptions& opts,
                std::ostream& out) {
  auto parsed = query_internal::ParseQuestion(question);
  if (!parsed.ok()) return parsed.status();
  const Pattern& p = *parsed;
  if (opts.output != "table" && opts.output != "json" && opts.output != "csv")
    return Status::InvalidArgument("unknown output '" + opts.output + "' (table, json, csv)");
  for (const std::string* d : {&opts.since, &opts.until})
    if (!d->empty() && !IsPrefixDate(*d))
      return Status::InvalidArgument("bad date '" + *d + "' (YYYY, YYYY-MM or YYYY-MM-DD)");
  Modality want_mod = Modality::kAsserted;
  if (!opts.modality.empty() && !ParseModality(opts.modality, &want_mod))
    return Status::InvalidArgument("unknown modality '" + opts.modality +
                                   "' (asserted, alleged, negated, hypothetical)");
  std::string want_type;
  if (!opts.type.empty()) {
    EntityType t;
    if (!ParseEntityType(opts.type, &t))
      return Status::InvalidArgument("unknown node type '" + opts.type + "'");
    want_type = EntityTypeName(t);
  }
  std::set<std::string> sources, targets;
  for (auto [side, ids] : {std::pair<const Side*, std::set<std::string>*>{&p.source, &sources},
                           {&p.target, &targets}}) {
    if (side->wildcard) continue;
    *ids = Resolve(kg, side->name);
    // "Russia and China": each name, when the whole is not a name itself.
    std::string folded = AsciiLower(side->name);
    for (size_t at = 0; ids->empty() && (at = folded.find(" and ", at)) != std::string::npos;) {
      std::set<std::string> a = Resolve(kg, side->name.substr(0, at));
      std::set<std::string> b = Resolve(kg, side->name.substr(at + 5));
      if (!a.empty() && !b.empty()) {
        ids->insert(a.begin(), a.end());
        ids->insert(b.begin(), b.end());
      }
      at += 5;
    }
    if (ids->empty()) return Unknown(kg, side->name);
  }
  const std::string since = opts.since.empty() ? "" : FirstDay(opts.since);
  const auto& g = kg.graph();
  std::vector<Row> rows;
  for (auto e : kg.SortedEdges()) {
    const EdgeProps& ep = g[e];
    const NodeProps& s = g[boost::source(e, g)];
    const NodeProps& t = g[boost::target(e, g)];
    if (!p.relation.empty() && ep.relation != p.relation) continue;
    if (!p.source.wildcard && !sources.count(s.id)) continue;
    if (!p.target.wildcard && !targets.count(t.id)) continue;
    if (!p.source.type.empty() && s.type != p.source.type) continue;
    if (!p.target.type.empty() && t.type != p.target.type) continue;
    if (!opts.modality.empty() && ep.modality != want_mod) continue;
    if (!want_type.empty() && s.type != want_type && t.type != want_type) continue;
    Row r{ep.key, s.id, Label(s), ep.relation, t.id, Label(t), "", ModalityName(ep.modality)};
    for (const Evidence& ev : ep.evidence) {
      if (ev.confidence < opts.min_confidence) continue;
      if (!opts.since.empty() || !opts.until.empty()) {
        std::string day = FirstDay(ev.date);
        if (day.empty()) continue;
        if (!since.empty() && day < since) continue;
        if (!opts.until.empty() && day.substr(0, opts.until.size()) > opts.until) continue;
      }
      if (!ev.date.empty() && (r.date.empty() || CompareDates(ev.date, r.date) < 0))
        r.date = ev.date;
      r.confidence = std::max(r.confidence, ev.confidence);
      if (!r.first) r.first = &ev;
      ++r.count;
    }
    bool filtered = opts.min_confidence > 0 || !opts.since.empty() || !opts.until.empty();
    if (r.count == 0 && (filtered || !ep.evidence.empty())) continue;
    if (ep.evidence.empty()) {
      r.date = ep.date;
      r.confidence = ep.confidence;
    }
    rows.push_back(std::move(r));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    int c = CompareDates(a.date, b.date);
    return c != 0 ? c < 0 : a.key < b.key;
  });

  if (opts.output == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const Row& r : rows) {
      nlohmann::ordered_json j = {{"source", r.source},
                                  {"source_label", r.source_label},
                                  {"relation", r.relation},
                                  {"target", r.target},
                                  {"target_label", r.target_label},
                                  {"date", r.date.empty() ? nlohmann::ordered_json(nullptr)
                                                          : nlohmann::ordered_json(r.date)},
                                  {"modality", r.modality},
                                  {"confidence", r.confidence},
                                  {"count", r.count}};
      if (r.first)
        j["evidence"] = {{"doc", r.first->doc},
                         {"start", r.first->start},
                         {"end", r.first->end},
                         {"text", r.first->text}};
      arr.push_back(std::move(j));
    }
    out << arr.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else if (opts.output == "csv") {
    out << "source,relation,target,date,modality,confidence,count,evidence,doc,start,end\n";
    for (const Row& r : rows) {
      out << CsvField(r.source_label) << ',' << r.relation << ',' << CsvField(r.target_label) << ','
          << r.date << ',' << r.modality << ',' << nlohmann::json(r.confidence).dump() << ','
          << r.count << ',' << CsvField(r.first ? Shorten(r.first->text, SIZE_MAX) : "") << ','
          << CsvField(r.first ? r.first->doc : "") << ','
          << (r.first ? std::to_string(r.first->start) : "") << ','
          << (r.first ? std::to_string(r.first->end) : "") << '\n';
    }
  } else {
    std::vector<std::vector<std::string>> cells = {
        {"source", "relation", "target", "date", "modality", "evidence"}};
    for (const Row& r : rows)
      cells.push_back({r.source_label, r.relation, r.target_label, r.date.empty() ? "-" : r.date,
                       r.modality, r.first ? Shorten(r.first->text, 80) : ""});
    std::vector<size_t> width(6, 0);
    for (const auto& row : cells)
      for (size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], Width(row[c]));
    if (rows.empty()) cells.clear();  // no header over nothing
    for (const auto& row : cells) {
      std::string line;
      for (size_t c = 0; c < row.size(); ++c) {
        line += row[c];
        if (c + 1 < row.size()) line += std::string(width[c] - Width(row[c]) + 2, ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out << line << '\n';
    }
    out << rows.size() << (rows.size() == 1 ? " edge" : " edges") << '\n';
  }
  return out ? Status::OK() : Status::IOError("writing the answer failed");
}

}  // namespace actorgraph
