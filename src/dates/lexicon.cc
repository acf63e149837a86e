#include "dates/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

#include "actorgraph/util.h"
#include "dates/calendar.h"

namespace actorgraph {
namespace dates {
namespace {

struct Line {
  int number = 0;
  std::string key;
  std::vector<std::string> words;  // lower-case, trimmed, non-empty
};

// Parses "KEY = w | w | w" lines; false (with diagnostics) on a missing file
// or a malformed line.
bool ReadListFile(const std::string& path, std::vector<Line>* out, std::vector<Diagnostic>* diags) {
  std::ifstream in(path);
  if (!in) {
    diags->push_back({path, 0, 0, "", "", "cannot open date vocabulary file"});
    return false;
  }
  bool ok = true;
  std::string raw;
  int n = 0;
  while (std::getline(in, raw)) {
    ++n;
    std::string_view s = raw;
    if (size_t hash = s.find('#'); hash != std::string_view::npos) s = s.substr(0, hash);
    s = Trim(s);
    if (s.empty()) continue;
    size_t eq = s.find('=');
    if (eq == std::string_view::npos) {
      diags->push_back({path, n, 0, "", "", "expected 'KEY = word | word'"});
      ok = false;
      continue;
    }
    Line line;
    line.number = n;
    line.key = std::string(Trim(s.substr(0, eq)));
    for (std::string_view w : Split(s.substr(eq + 1), '|')) {
      std::string word = AsciiLower(Trim(w));
      if (!word.empty()) line.words.push_back(std::move(word));
    }
    if (line.key.empty() || line.words.empty()) {
      diags->push_back({path, n, 0, "", "", "empty key or word list"});
      ok = false;
      continue;
    }
    out->push_back(std::move(line));
  }
  return ok;
}

bool ParseInt(const std::string& s, int lo, int hi, int* v) {
  if (s.empty()) return false;
  char* end = nullptr;
  long x = std::strtol(s.c_str(), &end, 10);
  if (*end != '\0' || x < lo || x > hi) return false;
  *v = static_cast<int>(x);
  return true;
}

}  // namespace

void Lexicon::AddPhrase(std::string_view text, Phrase p) {
  // Split like the scanner: words, and apostrophes/hyphens as their own pieces.
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) p.pieces.push_back(cur), cur.clear();
  };
  for (char c : text) {
    if (c == ' ') {
      flush();
    } else if (c == '\'' || c == '-' || c == '.') {
      flush();
      p.pieces.push_back(std::string(1, c));
    } else {
      cur += c;
    }
  }
  flush();
  if (p.pieces.empty()) return;
  if (p.pieces.size() >= 2 && p.pieces[1] != "'" && p.pieces[1] != "-" && p.pieces[1] != ".") {
    p.second_word = true;
    p.second_hash = Hash(p.pieces[1]);
  }
  Add(p.pieces[0]).roles |= kPhraseStart;
  auto it = phrases_.find(p.pieces[0]);
  if (it == phrases_.end()) {
    storage_.push_back(p.pieces[0]);
    it = phrases_.emplace(storage_.back(), std::vector<Phrase>()).first;
  }
  it->second.push_back(std::move(p));
  std::stable_sort(it->second.begin(), it->second.end(), [](const Phrase& a, const Phrase& b) {
    return a.pieces.size() > b.pieces.size();
  });
}

WordInfo& Lexicon::Add(std::string_view word) {
  auto it = words_.find(word);
  if (it != words_.end()) return it->second;
  storage_.emplace_back(word);
  return words_[storage_.back()];
}

bool Lexicon::Load(const std::string& dir, std::vector<Diagnostic>* diags) {
  bool ok = true;
  // Reads one file and hands each (line, key) to fn, which returns false for a
  // bad key.
  auto each = [&](const char* name, const std::function<bool(const Line&)>& fn) {
    std::vector<Line> lines;
    std::string path = dir + "/" + name;
    if (!ReadListFile(path, &lines, diags)) ok = false;
    for (const Line& l : lines) {
      if (!fn(l)) {
        diags->push_back({path, l.number, 0, "", "", "unknown key '" + l.key + "'"});
        ok = false;
      }
    }
  };
  auto numeric = [&](const char* name, int lo, int hi,
                     const std::function<void(WordInfo&, int, size_t)>& set) {
    each(name, [&](const Line& l) {
      int v = 0;
      if (!ParseInt(l.key, lo, hi, &v)) return false;
      for (size_t i = 0; i < l.words.size(); ++i) set(Add(l.words[i]), v, i);
      return true;
    });
  };
  numeric("months.txt", 1, 12, [](WordInfo& w, int v, size_t i) {
    w.roles |= kMonth, w.month = static_cast<int8_t>(v), w.month_abbrev = i > 0;
  });
  numeric("weekdays.txt", 1, 7, [](WordInfo& w, int v, size_t i) {
    w.roles |= kWeekday, w.weekday = static_cast<int8_t>(v), w.weekday_abbrev = i > 0;
  });
  numeric("numbers.txt", 0, 1000, [](WordInfo& w, int v, size_t) {
    w.roles |= kNumber, w.number = static_cast<int16_t>(v);
  });
  numeric("ordinals.txt", 1, 99, [](WordInfo& w, int v, size_t) {
    w.roles |= kOrdinal, w.ordinal = static_cast<int8_t>(v);
  });
  numeric("shifts.txt", -1, 1,
          [](WordInfo& w, int v, size_t) { w.roles |= kShift, w.shift = static_cast<int8_t>(v); });
  numeric("days.txt", -7, 7, [](WordInfo& w, int v, size_t) {
    w.roles |= kDeictic, w.deictic = static_cast<int8_t>(v);
  });
  numeric("decades.txt", 0, 9, [](WordInfo& w, int v, size_t) {
    w.roles |= kDecadeWord, w.decade = static_cast<int8_t>(v);
  });
  each("seasons.txt", [&](const Line& l) {
    if (l.key != "SP" && l.key != "SU" && l.key != "FA" && l.key != "WI") return false;
    for (const std::string& s : l.words) {
      WordInfo& w = Add(s);
      w.roles |= kSeason;
      w.season[0] = l.key[0], w.season[1] = l.key[1];
    }
    return true;
  });
  each("parts_of_day.txt", [&](const Line& l) {
    if (l.key != "MO" && l.key != "AF" && l.key != "EV" && l.key != "NI") return false;
    for (const std::string& s : l.words) {
      WordInfo& w = Add(s);
      w.roles |= kPartOfDay;
      w.part[0] = l.key[0], w.part[1] = l.key[1];
    }
    return true;
  });
  each("units.txt", [&](const Line& l) {
    static const std::pair<const char*, Unit> kUnits[] = {
        {"D", Unit::kDay},   {"W", Unit::kWeek},    {"WE", Unit::kWeekend},
        {"M", Unit::kMonth}, {"Q", Unit::kQuarter}, {"H", Unit::kHalf},
        {"Y", Unit::kYear},  {"DE", Unit::kDecade}, {"CE", Unit::kCentury}};
    Unit u = Unit::kNone;
    for (const auto& [k, v] : kUnits)
      if (l.key == k) u = v;
    if (u == Unit::kNone) return false;
    for (const std::string& s : l.words) {
      WordInfo& w = Add(s);
      w.roles |= kUnit;
      w.unit = u;
      w.unit_plural = s.back() == 's';
    }
    return true;
  });
  auto roles = [&](const char* name, std::initializer_list<std::pair<const char*, Role>> keys) {
    each(name, [&](const Line& l) {
      for (const auto& [k, r] : keys) {
        if (l.key != k) continue;
        for (const std::string& s : l.words) Add(s).roles |= r;
        return true;
      }
      return false;
    });
  };
  roles("modifiers.txt", {{"ADJ", kModAdj}, {"NOUN", kModNoun}});
  roles("cues.txt", {{"YEAR", kYearCue},
                     {"THE", kThe},
                     {"OF", kOf},
                     {"FISCAL", kFiscal},
                     {"LATEST", kLatest},
                     {"AGO", kAgo},
                     {"BEFORE", kBefore},
                     {"AFTER", kAfter},
                     {"FUTURE", kFuture},
                     {"VAGUE", kVague},
                     {"PERIOD", kPeriod},
                     {"SEASON", kSeasonCue},
                     {"ATTR", kAttr},
                     {"THE_PAST", kPast},
                     {"NAME", kNamePrefix},
                     {"FULL", kFull},
                     {"END", kEnd},
                     {"ENDED", kEnded},
                     {"PAST", kPastTense},
                     {"QUARTER_ABBREV", kQuarterAbbrev},
                     {"HALF_ABBREV", kHalfAbbrev},
                     {"SET", kSet}});
  roles("vetoes.txt", {{"QUANTITY", kQuantity}});
  each("refs.txt", [&](const Line& l) {
    if (l.key != "PRESENT_REF" && l.key != "PAST_REF" && l.key != "FUTURE_REF") return false;
    for (const std::string& w : l.words) {
      Phrase p;
      p.value = l.key;
      AddPhrase(w, std::move(p));
    }
    return true;
  });
  each("holidays.txt", [&](const Line& l) {
    Phrase p;
    p.holiday = true;
    if (l.key == "EASTER" || l.key == "THANKSGIVING") {
      p.rule = l.key;
    } else {
      // "MM-DD"
      if (l.key.size() != 5 || l.key[2] != '-' || !ParseInt(l.key.substr(0, 2), 1, 12, &p.month) ||
          !ParseInt(l.key.substr(3), 1, 31, &p.day) || !ValidDate(2000, p.month, p.day))
        return false;
    }
    for (const std::string& w : l.words) AddPhrase(w, p);
    return true;
  });
  BuildTable();
  return ok;
}

void Lexicon::BuildTable() {
  // Roles that can open an expression; the others ("in", "of", "ago", "will")
  // only matter next to one, so the recognizer does not try to parse there.
  const uint64_t kStarts = kMonth | kWeekday | kSeason | kNumber | kOrdinal | kUnit | kShift |
                           kDeictic | kModAdj | kPhraseStart | kThe | kFiscal | kLatest |
                           kDecadeWord | kVague | kPast | kFull | kPeriod | kQuarterAbbrev |
                           kHalfAbbrev;
  for (auto& [key, info] : words_) {
    info.starts = (info.roles & kStarts) != 0;
    auto it = phrases_.find(key);
    info.phrases = it == phrases_.end() ? nullptr : &it->second;
  }
  size_t n = 16;
  while (n < words_.size() * 4) n *= 2;
  table_.assign(n, Slot());
  mask_ = n - 1;
  for (const auto& [key, info] : words_) {
    uint64_t h = Hash(key);
    size_t k = h & mask_;
    while (table_[k].info) k = (k + 1) & mask_;
    table_[k] = Slot{h, key, &info};
    const uint32_t f = static_cast<uint32_t>(h >> 48);
    filter_[f >> 6] |= 1ull << (f & 63);
    max_len_ = std::max(max_len_, key.size());
  }
}

}  // namespace dates
}  // namespace actorgraph
