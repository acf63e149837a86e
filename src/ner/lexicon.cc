// Word lists of rules/entities/*.txt: one entry a line, `#` comments, optional
// TAB-separated columns (see each file's header).
#include "ner/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "actorgraph/util.h"

namespace actorgraph {
namespace ner {

void WordSet::Grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot());
  fps_.assign(slots_.size(), 0);
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.hash == 0) continue;
    size_t i = s.hash & mask_;
    while (slots_[i].hash != 0) i = (i + 1) & mask_;
    slots_[i] = s;
    fps_[i] = static_cast<uint32_t>(s.hash >> 32) | 1;
  }
}

void WordSet::Add(std::string_view w, uint32_t value) {
  if (w.empty()) return;
  if (const Slot* s = Find(w, Hash(w))) {
    const_cast<Slot*>(s)->value = value;
    return;
  }
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  store_.emplace_back(w);
  uint64_t h = Hash(w);
  size_t i = h & mask_;
  while (slots_[i].hash != 0) i = (i + 1) & mask_;
  slots_[i] = {h, std::string_view(store_.back()), value};
  fps_[i] = static_cast<uint32_t>(h >> 32) | 1;
  ++size_;
}

void PhraseList::Add(Phrase p) {
  if (p.words.empty()) return;
  phrases_.push_back(std::move(p));
  const Phrase& added = phrases_.back();
  uint32_t idx = static_cast<uint32_t>(phrases_.size() - 1);
  std::vector<uint32_t>& v = first_[std::string_view(added.words[0])];
  v.push_back(idx);
  std::stable_sort(v.begin(), v.end(), [&](uint32_t a, uint32_t b) {
    return phrases_[a].words.size() > phrases_[b].words.size();
  });
}

namespace {

struct Line {
  int number;
  std::vector<std::string_view> cols;
};

// Reads a list file; a missing file is an empty list (rule sets may omit it).
bool ReadList(const std::string& path, std::vector<std::string>* storage, std::vector<Line>* lines,
              std::vector<Diagnostic>* diags) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return true;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags->push_back({path, 0, 0, "", "", "cannot read word list"});
    return false;
  }
  std::string line;
  int n = 0;
  std::vector<std::pair<int, size_t>> at;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    storage->push_back(line);
    at.push_back({n, storage->size() - 1});
  }
  for (const auto& [num, idx] : at) {
    Line l{num, {}};
    for (std::string_view c : Split((*storage)[idx], '\t')) l.cols.push_back(Trim(c));
    lines->push_back(std::move(l));
  }
  return true;
}

std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> out;
  for (std::string_view w : Split(phrase, ' '))
    if (!Trim(w).empty()) out.push_back(AsciiLower(Trim(w)));
  return out;
}

std::vector<std::string> HyphenSplit(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const std::string& w : words) {
    std::vector<std::string_view> parts = Split(w, '-');
    for (size_t k = 0; k < parts.size(); ++k) {
      if (k > 0) out.push_back("-");
      if (!parts[k].empty()) out.emplace_back(parts[k]);
    }
  }
  return out;
}

// Lexicon::token_classes, from the two class tables.
void BuildTokenClasses(Lexicon* lex) {
  auto add = [&](std::string_view w) {
    lex->token_classes.Add(w,
                           lex->lower_classes.Get(AsciiLower(w), 0) | lex->cased_classes.Get(w, 0));
  };
  lex->cased_classes.ForEach([&](std::string_view w, uint32_t) { add(w); });
  lex->lower_classes.ForEach([&](std::string_view w, uint32_t) {
    std::string form(w);
    add(form);
    if (form[0] >= 'a' && form[0] <= 'z') form[0] = static_cast<char>(form[0] - 'a' + 'A');
    add(form);  // "President"
    for (char& ch : form)
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    add(form);  // "PRESIDENT"
  });
}

}  // namespace

bool LoadLexicon(const std::string& rules_dir, Lexicon* lex, std::vector<Diagnostic>* diags) {
  bool ok = true;
  const std::string dir = rules_dir + "/entities/";
  auto list = [&](const char* name, auto&& each) {
    std::vector<std::string> storage;
    std::vector<Line> lines;
    storage.reserve(4096);
    const std::string path = dir + name;
    if (!ReadList(path, &storage, &lines, diags)) ok = false;
    for (const Line& l : lines) {
      std::string err = each(l);
      if (!err.empty()) {
        diags->push_back({path, l.number, 0, "", "", err});
        ok = false;
      }
    }
  };
  auto words = [&](const char* name, WordSet* set, bool lower, uint32_t cls) {
    list(name, [&](const Line& l) {
      std::string w = lower ? AsciiLower(l.cols[0]) : std::string(l.cols[0]);
      set->Add(w);
      (lower ? lex->lower_classes : lex->cased_classes).Or(w, cls);
      return std::string();
    });
  };
  // given_names.txt: a name a line; a second column "ambiguous" (or a name
  // ending in '?') marks a name that is also a common word or a place.
  list("given_names.txt", [&](const Line& l) {
    std::string_view name = l.cols[0];
    bool ambiguous = l.cols.size() > 1 && !l.cols[1].empty() && l.cols[1][0] != '#';
    if (!name.empty() && (name.back() == '?' || name.back() == '*')) {
      ambiguous = true;
      name.remove_suffix(1);
    }
    lex->given_names.Add(name, ambiguous ? 1 : 0);
    lex->cased_classes.Or(name, ambiguous ? kWGivenAmbiguous : kWGivenNames);
    return std::string();
  });
  // titles.txt: a title ending in '+' only modifies a following title ("former").
  // surnames.txt: like given_names.txt; names under a section header
  // ("# --- ...") that says they come FIRST are family names written first.
  {
    const std::string path = dir + "surnames.txt";
    std::ifstream in(path, std::ios::binary);
    std::string line;
    bool first = false;
    while (in && std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      std::string_view t = Trim(line);
      if (StartsWith(t, "# ---")) first = t.find("FIRST") != std::string_view::npos;
      if (t.empty() || t[0] == '#') continue;
      std::vector<std::string_view> cols = Split(t, '\t');
      std::string_view name = Trim(cols[0]);
      bool ambiguous = cols.size() > 1 && Trim(cols[1]) == "ambiguous";
      if (ambiguous && cols.size() > 2 && Trim(cols[2]) == "first")
        lex->family_first_ambiguous.Add(name);
      uint32_t bits = ambiguous ? kWSurnameAmbiguous : kWSurnames;
      if (first && !ambiguous) bits |= kWFamilyFirst;
      lex->cased_classes.Or(name, bits);
    }
  }
  list("titles.txt", [&](const Line& l) {
    std::string_view t = l.cols[0];
    bool prefix = !t.empty() && t.back() == '+';
    if (prefix) t.remove_suffix(1);
    Phrase p{Words(t), std::string(t), prefix ? 1u : 0u, false};
    if (!p.words.empty()) lex->lower_classes.Or(p.words[0], kWTitles);
    if (p.words.size() == 1 && !prefix) lex->lower_classes.Or(p.words[0], kWTitleWord);
    // "Secretary-General" is three tokens to the tokenizer: add that form too.
    std::vector<std::string> split = HyphenSplit(p.words);
    auto add = [&](Phrase phrase) {
      if (!phrase.words.empty()) {
        std::string_view first = phrase.words[0];
        lex->lower_classes.Or(first, kWTitleFirst);
        if (first.size() > 1 && first.back() == '.')
          lex->lower_classes.Or(first.substr(0, first.size() - 1), kWTitleDotted);
      }
      lex->titles.Add(std::move(phrase));
    };
    if (split.size() != p.words.size()) add(Phrase{split, p.text, p.value, false});
    add(std::move(p));
    return std::string();
  });
  // title_bodies.txt: title <TAB> body's gazetteer name <TAB> the word for the body.
  list("title_bodies.txt", [&](const Line& l) {
    if (l.cols.size() < 3) return std::string("expected: title <TAB> body <TAB> word");
    std::vector<std::string> w = Words(l.cols[0]);
    std::string word = AsciiLower(l.cols[2]);
    auto at = std::find(w.begin(), w.end(), word);
    if (at == w.end()) return "'" + word + "' is not a word of the title";
    uint32_t idx = static_cast<uint32_t>(at - w.begin());
    lex->title_bodies.Add(Phrase{std::move(w), std::string(l.cols[1]), idx, false});
    return std::string();
  });
  list("treaty_heads.txt", [&](const Line& l) {
    static const char* kClasses[] = {"general", "convention", "proposal", "other"};
    uint32_t cls = 99;
    std::string_view c = l.cols.size() > 1 ? l.cols[1] : "general";
    for (uint32_t i = 0; i < 4; ++i)
      if (c == kClasses[i]) cls = i;
    if (cls == 99) return "unknown treaty class '" + std::string(c) + "'";
    std::string_view flag = l.cols.size() > 2 ? l.cols[2] : "";
    if (!flag.empty() && flag != "standalone" && flag != "named" && flag != "anaphor" &&
        flag != "taken" && flag != "taken-lower" && flag != "any" && flag != "capitalised")
      return "unknown treaty head flag '" + std::string(flag) +
             "' (standalone, named, capitalised, taken, taken-lower, anaphor or any)";
    Phrase p{Words(l.cols[0]), std::string(l.cols[0]), cls, flag == "standalone"};
    p.named_only = flag == "named" || flag == "anaphor" || flag == "taken" ||
                   flag == "taken-lower" || flag == "capitalised";
    p.name_only = flag == "capitalised";
    p.anaphor_only = flag == "anaphor";
    p.taken_only = flag == "taken" || flag == "taken-lower";
    p.lower_only = flag == "taken-lower";
    p.any_treaty = flag == "any";
    if (!p.words.empty()) lex->lower_classes.Or(p.words[0], kWTreatyHeads);
    lex->treaty_heads.Add(std::move(p));
    return std::string();
  });
  words("org_keywords.txt", &lex->org_keywords, false, kWOrgKeywords);
  words("org_legal_suffixes.txt", &lex->org_legal, false, kWOrgLegal);
  words("treaty_label_drop.txt", &lex->treaty_drop, true, kWTreatyDrop);
  words("treaty_generic.txt", &lex->treaty_generic, true, kWTreatyGeneric);
  words("treaty_kind_words.txt", &lex->treaty_kind, true, 0);
  list("adjective_suffixes.txt", [&](const Line& l) {
    lex->adjective_suffixes.push_back(AsciiLower(l.cols[0]));
    return std::string();
  });
  list("determiners.txt", [&](const Line& l) {
    static const char* kKinds[] = {"", "indefinite", "definite", "possessive"};
    std::string_view k = l.cols.size() > 1 ? l.cols[1] : "";
    for (uint32_t i = 1; i < 4; ++i)
      if (k == kKinds[i]) {
        lex->determiners.Add(AsciiLower(l.cols[0]), i);
        lex->lower_classes.Or(AsciiLower(l.cols[0]), kWDeterminers);
        return std::string();
      }
    return std::string("determiner kind must be indefinite, definite or possessive");
  });
  words("speech_verbs.txt", &lex->speech_verbs, true, kWSpeechVerbs);
  words("role_nouns.txt", &lex->role_nouns, true, kWRoleNouns);
  words("function_words.txt", &lex->function_words, true, kWFunctionWords);
  words("place_prepositions.txt", &lex->place_preps, true, kWPlacePreps);
  words("actor_verbs.txt", &lex->actor_verbs, true, kWActorVerbs);
  words("object_verbs.txt", &lex->object_verbs, true, 0);
  words("officials.txt", &lex->officials, true, 0);
  words("copulas.txt", &lex->copulas, true, kWCopulas);
  words("adverbs.txt", &lex->adverbs, true, kWAdverbs);
  words("name_particles.txt", &lex->name_particles, true, kWNameParticles);
  words("alias_cues.txt", &lex->alias_cues, true, kWAliasCues);
  words("company_nouns.txt", &lex->company_nouns, true, 0);
  words("work_nouns.txt", &lex->work_nouns, true, 0);
  words("entourage_nouns.txt", &lex->entourage_nouns, true, 0);
  words("local_body_words.txt", &lex->local_body_words, true, 0);
  words("group_nouns.txt", &lex->group_nouns, true, 0);
  words("part_nouns.txt", &lex->part_nouns, true, 0);
  list("company_posts.txt", [&](const Line& l) {
    const std::string w = AsciiLower(l.cols[0]);
    lex->company_posts.Add(w);
    const size_t cut = w.find_last_of(" -");
    lex->company_post_ends.Add(cut == std::string::npos ? w : w.substr(cut + 1));
    return std::string();
  });
  words("statement_nouns.txt", &lex->statement_nouns, true, 0);
  words("share_verbs.txt", &lex->share_verbs, true, 0);
  {
    auto cue = [&](std::string_view w, uint32_t kind) {
      lex->group_cues.Or(w, kind);
      lex->lower_classes.Or(w, 0);  // Context marks a cue only among these words
      if (w.empty() || w.size() >= 32) return;
      const unsigned f = static_cast<unsigned char>(w.front()) - 'a',
                     l = static_cast<unsigned char>(w.back()) - 'a';
      if (f < 26) lex->cue_first[w.size()] |= 1u << f;
      if (l < 26) lex->cue_last[w.size()] |= 1u << l;
    };
    const std::pair<const char*, uint32_t> kLists[] = {{"group_nouns.txt", kCueGroup},
                                                       {"part_nouns.txt", kCuePart},
                                                       {"company_nouns.txt", kCueCompany}};
    for (const auto& [name, kind] : kLists)
      list(name, [&, kind = kind](const Line& l) {
        const std::string w = AsciiLower(l.cols[0]);
        const size_t space = w.rfind(' ');
        // "shipping line": its last word is the cue, the pair is checked where it is found
        if (space != std::string::npos && kind == kCueCompany)
          cue(std::string_view(w).substr(space + 1), kCueCompanyPair);
        else
          cue(w, kind);
        return std::string();
      });
    cue("as", kCueAs);
    cue("by", kCueBy);
  }
  list("state_bodies.txt", [&](const Line& l) {  // phrases: no token class
    lex->state_bodies.Add(AsciiLower(l.cols[0]));
    return std::string();
  });
  words("treaty_vetoes.txt", &lex->treaty_vetoes, true, kWTreatyVetoes);
  words("treaty_compound_nouns.txt", &lex->treaty_compounds, true, 0);
  words("treaty_other_words.txt", &lex->treaty_others, true, 0);
  words("treaty_past_words.txt", &lex->treaty_past, true, 0);
  words("treaty_idiom_nouns.txt", &lex->treaty_idioms, true, 0);
  words("treaty_name_heads.txt", &lex->treaty_name_heads, true, 0);
  words("company_goods.txt", &lex->company_goods, true, 0);
  words("treaty_verbs.txt", &lex->treaty_verbs, true, 0);
  words("treaty_taking_verbs.txt", &lex->taking_verbs, true, 0);
  words("acronym_stopwords.txt", &lex->acronym_stop, false, kWAcronymStop);
  words("place_words.txt", &lex->place_words, false, kWPlaceWords);
  words("compass_words.txt", &lex->compass_words, false, kWCompassWords);
  words("region_words.txt", &lex->region_words, false, 0);
  // state_body_heads.txt: flags in the columns after the word (values: bits):
  // "alone" (1), a head that names the state's body by itself after the demonym
  // ("the Mexican Embassy"); "of" (2), a head whose name ending "of STATE" is
  // that state's body ("the Ministry of Defence of Chile").
  list("state_body_heads.txt", [&](const Line& l) {
    uint32_t value = 0;
    for (size_t i = 1; i < l.cols.size(); ++i) {
      std::string_view flag = l.cols[i];
      if (flag == "alone")
        value |= 1;
      else if (flag == "of")
        value |= 2;
      else if (!flag.empty())
        return "unknown flag '" + std::string(flag) + "' (alone, of)";
    }
    const std::string w = AsciiLower(l.cols[0]);
    lex->state_body_heads.Add(w, value);
    lex->lower_classes.Or(w, kWStateBodyHeads);
    return std::string();
  });
  words("place_features.txt", &lex->place_features, true, kWPlaceFeatures);
  words("currencies.txt", &lex->currencies, true, kWCurrencies);
  words("collective_nouns.txt", &lex->collective_nouns, true, kWCollectiveNouns);
  words("place_names.txt", &lex->place_names, true, 0);

  BuildTokenClasses(lex);
  // A head of lower-case descriptions only ("levy", "ban") leaves the
  // capitalised word free for names: "Levy Mwanawasa", "Ban Ki-moon" (unless
  // a named head starts with it too: "Code of Conduct").
  for (size_t p = 0; p < lex->treaty_heads.size(); ++p) {
    const Phrase& ph = lex->treaty_heads[static_cast<uint32_t>(p)];
    if (!ph.lower_only) continue;
    bool all_lower = true;
    for (uint32_t q : *lex->treaty_heads.Starting(ph.words[0]))
      all_lower = all_lower && lex->treaty_heads[q].lower_only;
    if (!all_lower) continue;
    std::string form = ph.words[0];
    for (int caps = 0; caps < 2; ++caps) {
      for (size_t k = 0; k < (caps ? form.size() : 1); ++k)
        if (form[k] >= 'a' && form[k] <= 'z') form[k] = static_cast<char>(form[k] - 'a' + 'A');
      lex->token_classes.Add(form, lex->token_classes.Get(form, 0) & ~kWTreatyHeads);
    }
  }

  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(rules_dir + "/gazetteers", ec))
    // (persons.tsv is read by the relation rules: whom a found person serves)
    if (e.path().extension() == ".tsv" && e.path().filename() != "persons.tsv")
      files.push_back(e.path().string());
  std::sort(files.begin(), files.end());  // deterministic: first label wins
  for (const std::string& f : files)
    if (!lex->gazetteer.LoadFile(f, diags)) ok = false;
  lex->gazetteer.Finish();
  // org_anaphors.txt: head word <TAB> organization ids; read after the
  // gazetteers, so that an id that names no organization is an error.
  list("org_anaphors.txt", [&](const Line& l) {
    if (l.cols.size() < 2) return std::string("expected: head word <TAB> organization ids");
    std::vector<std::string> ids;
    for (std::string_view rest = l.cols[1]; !rest.empty();) {
      size_t bar = rest.find('|');
      std::string id(Trim(rest.substr(0, bar)));
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      if (id.empty()) continue;
      if (id == kOrgAnaphorByName) {  // any organization whose name holds the head
        ids.push_back(std::move(id));
        continue;
      }
      int e = lex->gazetteer.Lookup(id);
      if (e < 0 || lex->gazetteer.entry(static_cast<uint32_t>(e)).type != EntityType::kOrganization)
        return "'" + id + "' is no organization of the gazetteers";
      ids.push_back(std::move(id));
    }
    lex->org_anaphors.emplace_back(AsciiLower(l.cols[0]), std::move(ids));
    return std::string();
  });
  // short_form_states.txt: word <TAB> state id, also read after the gazetteers.
  list("short_form_states.txt", [&](const Line& l) {
    if (l.cols.size() < 2) return std::string("expected: word <TAB> state id");
    const std::string id(Trim(l.cols[1]));
    int e = lex->gazetteer.Lookup(id);
    if (e < 0 || lex->gazetteer.entry(static_cast<uint32_t>(e)).type != EntityType::kState)
      return "'" + id + "' is no state of the gazetteers";
    lex->short_form_states.emplace_back(std::string(l.cols[0]), static_cast<uint32_t>(e));
    return std::string();
  });
  // leader_cues.txt: "verb", "noun" or "subject" <TAB> lower-case word.
  list("leader_cues.txt", [&](const Line& l) {
    const std::string_view kind = l.cols[0];
    if (l.cols.size() < 2 || (kind != "verb" && kind != "noun" && kind != "subject"))
      return std::string("expected: verb|noun|subject <TAB> word");
    const std::string w = AsciiLower(Trim(l.cols[1]));
    lex->leader_cues.Or(w, kind == "verb" ? 1u : kind == "noun" ? 2u : 4u);
    return std::string();
  });
  // short_form_bodies.txt: word <TAB> state id <TAB> organization id.
  list("short_form_bodies.txt", [&](const Line& l) {
    if (l.cols.size() < 3)
      return std::string("expected: word <TAB> state id <TAB> organization id");
    const std::string sid(Trim(l.cols[1])), oid(Trim(l.cols[2]));
    int s = lex->gazetteer.Lookup(sid), o = lex->gazetteer.Lookup(oid);
    if (s < 0 || lex->gazetteer.entry(static_cast<uint32_t>(s)).type != EntityType::kState)
      return "'" + sid + "' is no state of the gazetteers";
    if (o < 0 || lex->gazetteer.entry(static_cast<uint32_t>(o)).type != EntityType::kOrganization)
      return "'" + oid + "' is no organization of the gazetteers";
    lex->short_form_bodies.push_back(
        {std::string(Trim(l.cols[0])), static_cast<uint32_t>(s), static_cast<uint32_t>(o)});
    return std::string();
  });
  return ok;
}

}  // namespace ner
}  // namespace actorgraph
