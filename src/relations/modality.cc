// Modality: which cue, if any, governs a relation's trigger.
#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

// Does cue `c` stand at token p, wholly before the trigger and in region q?
bool CueAt(const Skeleton& skel, size_t p, size_t trigger, int q,
           const std::vector<std::string>& c) {
  if (c.empty() || p + c.size() > trigger) return false;
  for (size_t k = 0; k < c.size(); ++k) {
    if (skel.tokens[p + k].quote != q || TokenText(skel, p + k) != c[k]) return false;
  }
  return true;
}

bool AnyCueAt(const Skeleton& skel, size_t p, size_t trigger, int q,
              const std::vector<std::vector<std::string>>& cues, std::string* which) {
  for (const auto& c : cues) {
    if (CueAt(skel, p, trigger, q, c)) {
      if (which) {
        which->clear();
        for (size_t k = 0; k < c.size(); ++k) *which += (k ? " " : "") + c[k];
      }
      return true;
    }
  }
  return false;
}

// Does the cue `c` at token p take a noun object of its own ("calling for", "urging",
// "pushing for") whose name, right after it, is the subject of the trigger's verb
// group ("the protocol calling for a ceasefire was rejected by X")? Then the call
// ends at that name and does not govern the trigger. A cue ending in "to" or a
// conjunction ("if the treaty is rejected") keeps the trigger.
bool CueObjectEndsPhrase(const Skeleton& skel, size_t p, size_t trigger,
                         const std::vector<std::string>& c) {
  const std::string& last = c.back();
  const bool takes_object = last == "for" || last == "on" ||
                            (last.size() > 4 && last.compare(last.size() - 3, 3, "ing") == 0);
  if (!takes_object) return false;
  size_t k = p + c.size();
  if (k < trigger) {
    std::string_view w = TokenText(skel, k);
    if (w == "a" || w == "an" || w == "the") ++k;
  }
  if (k >= trigger || skel.tokens[k].mention < 0) return false;
  static const char* const kAux[] = {"has", "have", "had", "been", "was", "were", "is", "are"};
  for (++k; k < trigger; ++k) {
    std::string_view w = TokenText(skel, k);
    if (std::find(std::begin(kAux), std::end(kAux), w) == std::end(kAux)) return false;
  }
  return true;
}

}  // namespace

Modality FindModality(const Cues& cues, const Skeleton& skel, size_t trigger, Modality fallback,
                      std::string* cue, size_t floor) {
  cue->clear();
  if (trigger >= skel.tokens.size()) return fallback;
  int q = skel.tokens[trigger].quote;
  // Strength: a negation beats a hedge, a hedge beats an allegation.
  int best = 0;
  Modality result = fallback;
  size_t lo = trigger > static_cast<size_t>(cues.window) ? trigger - cues.window : 0;
  lo = std::max(lo, floor);
  for (size_t p = trigger; p-- > lo;) {
    const SkelToken& t = skel.tokens[p];
    if (t.quote != q) continue;  // inside another quotation (or a quote mark)
    std::string_view w = TokenText(skel, p);
    bool stop = false;
    for (const std::string& b : cues.clause_breaks) stop = stop || w == b;
    // a hyphen inside a word ("never co-sponsored") breaks no clause
    if (stop && w == "-" && p > 0 && p + 1 < skel.tokens.size() &&
        skel.tokens[p - 1].span.end == t.span.begin && t.span.end == skel.tokens[p + 1].span.begin)
      stop = false;
    if (stop) break;
    if (AnyCueAt(skel, p, trigger, q, cues.ignore, nullptr)) continue;
    bool own_object = false;
    for (const auto& c : cues.hypothetical)
      own_object =
          own_object || (CueAt(skel, p, trigger, q, c) && CueObjectEndsPhrase(skel, p, trigger, c));
    if (own_object) continue;
    std::string which;
    if (best < 3 && AnyCueAt(skel, p, trigger, q, cues.negated, &which)) {
      best = 3;
      result = Modality::kNegated;
      *cue = which;
    } else if (best < 2 && AnyCueAt(skel, p, trigger, q, cues.hypothetical, &which)) {
      best = 2;
      result = Modality::kHypothetical;
      *cue = which;
    } else if (best < 1 && AnyCueAt(skel, p, trigger, q, cues.alleged, &which)) {
      best = 1;
      result = Modality::kAlleged;
      *cue = which;
    }
  }
  return result;
}

bool LoadCues(const std::string& path, Cues* cues, std::vector<Diagnostic>* diags) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return true;  // no cues: relations asserted by default
  std::string raw;
  nlohmann::json j;
  if (!ReadJsonFile(path, &raw, &j, diags)) return false;
  bool ok = true;
  auto fail = [&](const std::string& field, const std::string& msg) {
    diags->push_back({path, 0, 0, "", field, msg});
    ok = false;
  };
  if (!j.is_object()) {
    fail("", "the cue file must be one JSON object");
    return false;
  }
  auto phrases = [&](const char* key, std::vector<std::vector<std::string>>* out) {
    if (!j.contains(key)) return;
    if (!j[key].is_array()) return fail(key, "must be a list of words or phrases");
    for (const auto& v : j[key]) {
      if (!v.is_string()) return fail(key, "must be a list of words or phrases");
      std::vector<std::string> words;
      const std::string text = v.get<std::string>();
      for (std::string_view w : Split(text, ' '))
        if (!w.empty()) words.push_back(AsciiLower(w));
      if (words.empty()) return fail(key, "holds an empty cue");
      out->push_back(std::move(words));
    }
  };
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& k = it.key();
    if (k == "schema_version") {
      if (!it->is_number_integer() || it->get<int>() != 1) fail(k, "must be 1");
    } else if (k == "window") {
      if (!it->is_number_integer() || it->get<int>() < 1 || it->get<int>() > 20)
        fail(k, "must be a whole number from 1 to 20");
      else
        cues->window = it->get<int>();
    } else if (k == "clause_breaks") {
      if (!it->is_array()) {
        fail(k, "must be a list of words");
        continue;
      }
      for (const auto& v : *it) {
        if (v.is_string())
          cues->clause_breaks.push_back(AsciiLower(v.get<std::string>()));
        else
          fail(k, "must be a list of words");
      }
    } else if (k != "negated" && k != "alleged" && k != "hypothetical" && k != "ignore" &&
               k != "comment" && k != "description") {
      fail(k, "unknown field");
    }
  }
  phrases("negated", &cues->negated);
  phrases("alleged", &cues->alleged);
  phrases("hypothetical", &cues->hypothetical);
  phrases("ignore", &cues->ignore);
  return ok;
}

}  // namespace relations
}  // namespace actorgraph
