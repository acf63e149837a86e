// Compiled entity knowledge: word lists from rules/entities/*.txt and the
// gazetteers of rules/gazetteers/*.tsv. Built once by Load, then only read.
#ifndef ACTORGRAPH_NER_LEXICON_H_
#define ACTORGRAPH_NER_LEXICON_H_

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/status.h"
#include "actorgraph/types.h"
#include "ner/trie.h"

namespace actorgraph {
namespace ner {

// A set of words, each with a small integer value. Lookups take a
// string_view and never allocate.
class WordSet {
 public:
  WordSet() = default;
  WordSet(const WordSet&) = delete;
  WordSet& operator=(const WordSet&) = delete;
  void Add(std::string_view w, uint32_t value = 0);
  bool Contains(std::string_view w) const { return Find(w, Hash(w)) != nullptr; }
  // Sets bits in the value of `w` (adding it with value `bits`).
  void Or(std::string_view w, uint32_t bits) { Add(w, Get(w, 0) | bits); }
  // The value of `w`, or `fallback` when absent.
  uint32_t Get(std::string_view w, uint32_t fallback) const {
    const Slot* s = Find(w, Hash(w));
    return s ? s->value : fallback;
  }
  // The same, with h = HashEnd(HashStep(...HashStep(kHashSeed, w[0])...)) computed by
  // the caller while it reads the word for other reasons (Context reads every token once).
  bool Lookup(std::string_view w, uint64_t h, uint32_t* value) const {
    const Slot* s = Find(w, h);
    if (s) *value = s->value;
    return s != nullptr;
  }
  static constexpr uint64_t kHashSeed = 1469598103934665603ULL;  // FNV-1a
  static uint64_t HashStep(uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ULL; }
  static uint64_t HashEnd(uint64_t h) {
    h ^= h >> 29;
    return h | 1;  // 0 marks an empty slot
  }
  static uint64_t Hash(std::string_view w) {
    uint64_t h = kHashSeed;
    for (unsigned char c : w) h = HashStep(h, c);
    return HashEnd(h);
  }
  // Calls f(word, value) for every word, in no particular order.
  template <typename F>
  void ForEach(F f) const {
    for (const Slot& s : slots_)
      if (s.hash != 0) f(s.key, s.value);
  }
  size_t size() const { return size_; }

 private:
  // Open addressing: a compact array of 32-bit fingerprints (most lookups of
  // absent words end there) beside the slots themselves.
  struct Slot {
    uint64_t hash = 0;
    std::string_view key;
    uint32_t value = 0;
  };
  const Slot* Find(std::string_view w, uint64_t h) const {
    if (slots_.empty()) return nullptr;
    const uint32_t fp = static_cast<uint32_t>(h >> 32) | 1;
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      if (fps_[i] == 0) return nullptr;
      if (fps_[i] == fp && slots_[i].key == w) return &slots_[i];
    }
  }
  void Grow();
  std::deque<std::string> store_;
  std::vector<Slot> slots_;
  std::vector<uint32_t> fps_;
  size_t mask_ = 0, size_ = 0;
};

// Multi-word phrases ("secretary of state", "code of conduct"), lower-cased,
// indexed by their first word.
struct Phrase {
  std::vector<std::string> words;
  std::string text;    // as written in the file
  uint32_t value = 0;  // file-specific (a class id)
  bool standalone = false;
  bool named_only = false;    // treaty heads: only capitalised names and anaphors
  bool anaphor_only = false;  // treaty heads: only "the text" referring back
  bool taken_only = false;    // treaty heads: described only as a taking verb's object
  bool lower_only = false;    // treaty heads: ... and never named nor referred back to
  bool any_treaty = false;    // treaty heads: "the treaty" names any kind of treaty
  bool name_only = false;     // treaty heads: only a capitalised name, never an anaphor
};
class PhraseList {
 public:
  PhraseList() = default;
  PhraseList(const PhraseList&) = delete;
  PhraseList& operator=(const PhraseList&) = delete;
  void Add(Phrase p);
  // Phrases starting with lower-cased word `w` (longest first), or nullptr.
  const std::vector<uint32_t>* Starting(std::string_view w) const {
    auto it = first_.find(w);
    return it == first_.end() ? nullptr : &it->second;
  }
  const Phrase& operator[](uint32_t i) const { return phrases_[i]; }
  size_t size() const { return phrases_.size(); }

 private:
  std::deque<Phrase> phrases_;
  std::unordered_map<std::string_view, std::vector<uint32_t>> first_;
};

enum AliasKind : uint8_t { kAliasPlain, kAliasMetonym, kAliasDemonym, kAliasCombining };

struct GazEntry {
  std::string id;
  EntityType type = EntityType::kState;
  std::string label;
  std::string valid_from, valid_to;  // "YYYY" or "YYYY-MM-DD", or empty
  // A body's own state, when an alias starts with a state's name or demonym
  // ("U.S. State Department", "British Foreign Office"): that state's id.
  std::string owner;
};

struct AliasRef {
  uint32_t entry = 0;
  AliasKind kind = kAliasPlain;
};

// Bytes of letters and digits (any byte of a multi-byte character counts).
struct AlnumBytes {
  bool is[256] = {};
  constexpr AlnumBytes() {
    for (int c = 0; c < 256; ++c)
      is[c] = c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  }
};
inline constexpr AlnumBytes kAlnumBytes{};

class Gazetteer {
 public:
  Gazetteer() = default;
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;
  // Reads one .tsv file; problems go to *diags (returns false on any).
  bool LoadFile(const std::string& path, std::vector<Diagnostic>* diags);
  void Finish();

  // Could an alias start at a token with these first bytes? (A cheap filter
  // before the trie walk; `upper` for the capitals trie.)
  bool MayStart(std::string_view token, bool upper) const {
    return MayStartHashed(StartHashOf(token), upper);
  }
  // The same with h = StartHashOf(token), for a token tried against both tries.
  bool MayStartHashed(uint32_t h, bool upper) const {
    const std::vector<uint64_t>& bits = upper ? upper_starts_ : exact_starts_;
    return (bits[h >> 6] >> (h & 63)) & 1;
  }
  // StartHash(StartKey(token)) in one pass over at most four bytes.
  static uint32_t StartHashOf(std::string_view token) {
    if (token.size() >= 4) {  // most often four letters: the size is shifted out
      const auto* b = reinterpret_cast<const unsigned char*>(token.data());
      if (kAlnumBytes.is[b[0]] & kAlnumBytes.is[b[1]] & kAlnumBytes.is[b[2]] &
          kAlnumBytes.is[b[3]]) {
        const uint32_t k = (uint32_t{b[0]} << 24) | (uint32_t{b[1]} << 16) | (uint32_t{b[2]} << 8) |
                           uint32_t{b[3]};
        return ((k + 4 * 0x1000193u) * 0x9E3779B1u) >> 16;
      }
    }
    uint32_t k = 0, n = 0;
    for (; n < token.size() && n < 4 && IsAlnum(token[n]); ++n)
      k = (k << 8) ^ static_cast<unsigned char>(token[n]);
    if (n < 4) k ^= n << (8 * n);  // StartHash starts from the size, shifted out at 4
    return ((k + n * 0x1000193u) * 0x9E3779B1u) >> 16;
  }
  // 16-bit hash of a start key (a bit in a 64 Kbit filter: false positives only cost a walk).
  static uint32_t StartHash(std::string_view key) {
    uint32_t k = static_cast<uint32_t>(key.size());
    for (char ch : key) k = (k << 8) ^ static_cast<unsigned char>(ch);
    return ((k + static_cast<uint32_t>(key.size()) * 0x1000193u) * 0x9E3779B1u) >> 16;
  }
  // The first letters (at most four) of a word: its filter key.
  static std::string_view StartKey(std::string_view w) {
    size_t n = 0;
    while (n < w.size() && n < 4 && (IsAlnum(w[n]))) ++n;
    return w.substr(0, n);
  }
  static bool IsAlnum(char ch) { return kAlnumBytes.is[static_cast<unsigned char>(ch)]; }
  const ByteTrie& exact() const { return exact_; }
  const ByteTrie& upper() const { return upper_; }
  // The aliases ending at a trie node (exact or upper trie), or nullptr.
  const std::vector<AliasRef>* ExactAt(uint32_t node) const { return At(exact_term_, node); }
  const std::vector<AliasRef>* UpperAt(uint32_t node) const { return At(upper_term_, node); }
  // The aliases written exactly as `text`, or nullptr.
  const std::vector<AliasRef>* ExactRefs(std::string_view text) const {
    uint32_t node = exact_.Find(text);
    return node == ByteTrie::kNone ? nullptr : ExactAt(node);
  }
  // The first entry of `type` with an alias written exactly as `text`, or nullptr.
  const GazEntry* Named(std::string_view text, EntityType type) const {
    if (const std::vector<AliasRef>* refs = ExactRefs(text))
      for (const AliasRef& r : *refs)
        if (entries_[r.entry].type == type) return &entries_[r.entry];
    return nullptr;
  }
  const GazEntry& entry(uint32_t i) const { return entries_[i]; }
  size_t size() const { return entries_.size(); }
  // Index of entry `id`, or -1.
  int Lookup(std::string_view id) const;

 private:
  const std::vector<AliasRef>* At(const std::vector<uint32_t>& term, uint32_t node) const {
    if (node >= term.size() || term[node] == 0) return nullptr;
    return &refs_[term[node] - 1];
  }
  void AddAlias(std::string_view alias, uint32_t entry, AliasKind kind);
  void AddForm(const std::string& alias, uint32_t entry, AliasKind kind);  // one spelling
  ByteTrie exact_, upper_;
  std::vector<uint64_t> exact_starts_ = std::vector<uint64_t>(1024),
                        upper_starts_ = std::vector<uint64_t>(1024);
  std::vector<uint32_t> exact_term_, upper_term_;
  std::vector<std::vector<AliasRef>> refs_;
  std::vector<GazEntry> entries_;
  std::unordered_map<std::string, uint32_t> by_id_;
  std::vector<std::pair<std::string, AliasRef>> pending_exact_, pending_upper_;
};

// Treaty head classes (rules/entities/treaty_heads.txt, 2nd column).
enum TreatyClass : uint32_t {
  kTreatyGeneral = 0,
  kTreatyConvention,
  kTreatyProposal,
  kTreatyOther
};

// Word classes of a token, looked up once per token (Context::Has).
enum WordClass : uint32_t {
  kWFunctionWords = 1u << 0,
  kWSpeechVerbs = 1u << 1,
  kWCopulas = 1u << 2,
  kWAdverbs = 1u << 3,
  kWPlacePreps = 1u << 4,
  kWActorVerbs = 1u << 5,
  kWRoleNouns = 1u << 6,
  kWNameParticles = 1u << 7,
  kWAliasCues = 1u << 8,
  kWTreatyDrop = 1u << 9,
  kWTreatyGeneric = 1u << 10,
  kWDeterminers = 1u << 11,
  kWOrgKeywords = 1u << 12,
  kWOrgLegal = 1u << 13,
  kWPlaceWords = 1u << 14,
  kWCompassWords = 1u << 15,
  kWGivenNames = 1u << 16,
  kWTreatyHeads = 1u << 17,
  kWTitles = 1u << 18,
  kWSurnames = 1u << 19,
  kWSurnameAmbiguous = 1u << 20,
  kWFamilyFirst = 1u << 21,  // a family name written first ("Xi Jinping")
  kWGivenAmbiguous = 1u << 22,
  kWAcronymStop = 1u << 23,
  kWTreatyVetoes = 1u << 24,
  kWTitleWord = 1u << 25,        // a whole one-word title ("Governor")
  kWStateBodyHeads = 1u << 26,   // "Ministry", "Embassy": a demonym before them names the state
  kWPlaceFeatures = 1u << 27,    // "Ocean", "City": a state's name before them names a place
  kWCurrencies = 1u << 28,       // "dollars", "yen": "U.S. dollars" names a currency
  kWCollectiveNouns = 1u << 29,  // "People", "Workers": their possessive stays inside a name
  // Lexicon::titles has a phrase starting with this word (kWTitleFirst), or with
  // this word and a period ("gen" of "gen."; kWTitleDotted): spares the
  // phrase-table lookups for the many words before a sentence's final period.
  kWTitleFirst = 1u << 30,
  kWTitleDotted = 1u << 31,
};

// Bits of Lexicon::group_cues.
// kCueCompanyPair: the last word of a two-word company noun ("line" of "shipping line").
enum CueKind : uint32_t {
  kCueGroup = 1,
  kCueCompany = 2,
  kCuePart = 4,
  kCueAs = 8,
  kCueBy = 16,
  kCueCompanyPair = 32
};

// In org_anaphors.txt: "any organization whose name holds the head word".
inline constexpr const char* kOrgAnaphorByName = "@name";

// Everything the recognizers read.
struct Lexicon {
  Gazetteer gazetteer;
  WordSet given_names;  // value 1 = ambiguous (needs a second cue)
  // Family names written first that are also English words ("He", "Ma"):
  // surnames.txt rows marked `ambiguous` + `first`; a later item of a list of
  // such persons only ("Zhao Ming and He Lifeng").
  WordSet family_first_ambiguous;
  PhraseList titles;         // "president", "foreign minister", "gen."; value 1 = prefix only
  WordSet place_words;       // "Street", "Airport": capitalised words of place names
  WordSet compass_words;     // "West", "North": "West Bank" is a place, not a bank
  WordSet state_body_heads;  // "ministry", "embassy" (lower-case)
  WordSet place_features;    // "ocean", "city" (lower-case)
  WordSet currencies;        // "dollars", "yen" (lower-case)
  WordSet collective_nouns;  // "people", "workers" (lower-case)
  WordSet place_names;       // "texas", "ontario": places below the state (lower-case)
  WordSet org_keywords;      // "University", "Ministry": head an organization name
  WordSet org_legal;         // "Inc", "Corp.", "Ltd": end a company name
  PhraseList treaty_heads;   // "agreement", "code of conduct"; value = TreatyClass
  WordSet treaty_drop;       // leading words left out of a described label ("new")
  WordSet treaty_generic;    // modifiers that do not identify a treaty ("bilateral")
  WordSet treaty_kind;       // "binding": descriptions sharing one are the story's one document
  WordSet determiners;       // "a" 1 (indefinite), "the" 2 (definite), "its" 3 (possessive)
  WordSet speech_verbs;      // "said", "told"
  WordSet role_nouns;        // "adviser", "spokesman"
  WordSet function_words;    // never part of a name ("the", "however", "monday")
  WordSet place_preps;       // "in", "at": a capital after them is a place
  WordSet actor_verbs;       // "has", "argued": a capital before them acts
  WordSet object_verbs;      // "accused", "urged": a capital after them is acted on
  WordSet officials;         // "officials", "diplomats": "... in Washington" is the state
  WordSet copulas;           // "is", "was": a description after them is predicative
  WordSet adverbs;           // skipped between a subject and its verb ("also")
  WordSet name_particles;    // "van", "de", "bin": lower-case inside names
  WordSet company_nouns;  // "operator", "firm", "shipping line": "X, the largest mobile operator,"
  // Is token text `w` (lower case) after `prev` a company noun ("firm", "shipping line")?
  bool CompanyNoun(std::string_view prev, std::string_view w) const {
    if (company_nouns.Contains(w)) return true;
    if (!(group_cues.Get(w, 0) & kCueCompanyPair) || prev.empty()) return false;
    std::string pair(prev);
    pair += ' ';
    pair += w;
    return company_nouns.Contains(pair);
  }
  // "a coalition led by X": the verbs (value 1) and the nouns of bodies (value 2)
  // between which an unknown name is a person's; "X Y directs the ...": verbs
  // (value 4) whose subject is a person (rules/entities/leader_cues.txt)
  WordSet leader_cues;
  WordSet group_nouns;        // "cartel", "gang": "the Guerreros Unidos cartel"
  WordSet work_nouns;         // "films", "records", "band": "Showtime Independent Films"
  WordSet entourage_nouns;    // "allies", "supporters": "Vidal allies" (the surname modifies)
  WordSet local_body_words;   // "municipal", "county": a local body, not the state's
  WordSet part_nouns;         // "unit", "subsidiary": "a unit of Alphabet"
  WordSet company_posts;      // "chairman", "chief executive": "Acme's chairman"
  WordSet company_post_ends;  // last words of company_posts ("executive", "founder")
  WordSet statement_nouns;    // "statement", "filing": "X said in a statement"
  WordSet share_verbs;        // "fell", "rose": "Shares in X fell"
  WordSet state_bodies;       // "police", "foreign ministry": "Nicaraguan police"
  WordSet alias_cues;         // "described", "dubbed": "... as a „non-aggression pact“"
  WordSet treaty_vetoes;      // "peaceful": "a peaceful resolution" names no document
  WordSet treaty_compounds;   // "ally": "a U.S. treaty ally" names no document
  WordSet treaty_idioms;      // "grounds": "a proposal on the grounds that" has no topic
  WordSet treaty_past;        // "previous": "the previous protocol" is no "the protocol"
  WordSet treaty_others;      // "separate", "own": "a separate fisheries pact" is another one
  WordSet treaty_name_heads;  // "treaty": "the Pelindaba treaty" names the treaty
  WordSet company_goods;      // "equipment": "flaws in Cisco and Zentrix equipment"
  WordSet treaty_verbs;       // "signed": "signed a declaration" names a document
  WordSet taking_verbs;       // "proposed": "proposed a ceasefire plan" names a document
  WordSet region_words;       // "Latin": "Latin American" names a region, not a state
  // A cheap filter before the lookups of FindNamedGroups: for each length up
  // to 31, the first and the last letters (bit ch - 'a') of the lower-case
  // words it looks for (group, company and part nouns, "as", "by").
  // group_nouns, company_nouns, part_nouns, "as", "by" in one set (CueKind bits).
  WordSet group_cues;
  uint32_t cue_first[32] = {};
  uint32_t cue_last[32] = {};
  // A word of `len` bytes from `first` to `last` (either case) may be a cue.
  bool MaybeCue(uint32_t len, char first, char last) const {
    if (len >= 32) return false;
    const unsigned f = (static_cast<unsigned char>(first) | 0x20u) - 'a',
                   l = (static_cast<unsigned char>(last) | 0x20u) - 'a';
    return f < 26 && l < 26 && (cue_first[len] >> f & 1) && (cue_last[len] >> l & 1);
  }
  // "alliance" -> the ids of the organizations "the alliance" may refer back to;
  // the id kOrgAnaphorByName stands for any organization whose name holds the
  // head word ("the alliance" after the Alliance of Sahel States)
  std::vector<std::pair<std::string, std::vector<std::string>>> org_anaphors;
  // "North" -> gazetteer entry of North Korea: "the North" once that state
  // is named (rules/entities/short_form_states.txt)
  std::vector<std::pair<std::string, uint32_t>> short_form_states;
  // A state's body called by one word once the state is named: "Treasury" after
  // the United States (rules/entities/short_form_bodies.txt)
  struct ShortFormBody {
    std::string word;
    uint32_t state;  // gazetteer entries
    uint32_t body;
  };
  std::vector<ShortFormBody> short_form_bodies;
  // "ic", "ian": endings of a capitalised adjective in a described treaty
  // ("a Baltic maritime security pact")
  std::vector<std::string> adjective_suffixes;
  WordSet acronym_stop;  // "GDP", "CEO": acronyms that name no organization
  // "secretary of state": words of a title; text = the body's gazetteer name;
  // value = index of the title word that stands for the body.
  PhraseList title_bodies;
  WordSet lower_classes;  // lower-cased word -> WordClass bits of the lower-case lists
  WordSet cased_classes;  // word as written -> WordClass bits of the case-sensitive lists
  // The classes of a word that does not start with a-z, as written: lower_classes of
  // its lower-case form | cased_classes of itself. Holds every word of cased_classes
  // and every word of lower_classes as it is, capitalised and in capitals, so that one
  // lookup finds the classes of any token but a mixed-case one ("McDonald", "iPhone").
  WordSet token_classes;
};

// A generation's suffix after a family name ("Jr.", "Sr", "III"): "Ferdinand
// Marcos Jr." has the family name "Marcos".
inline bool IsGenerationSuffix(std::string_view w) {
  for (std::string_view s : {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
    if (w == s) return true;
  return false;
}

// Loads every part of the lexicon under rules_dir; false if any file had errors.
bool LoadLexicon(const std::string& rules_dir, Lexicon* lex, std::vector<Diagnostic>* diags);

}  // namespace ner
}  // namespace actorgraph

#endif  // ACTORGRAPH_NER_LEXICON_H_
