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
  bool Contains(std::string_view w) const { return map_.count(w) != 0; }
  // The value of `w`, or `fallback` when absent.
  uint32_t Get(std::string_view w, uint32_t fallback) const {
    auto it = map_.find(w);
    return it == map_.end() ? fallback : it->second;
  }
  size_t size() const { return map_.size(); }

 private:
  std::deque<std::string> store_;
  std::unordered_map<std::string_view, uint32_t> map_;
};

// Multi-word phrases ("secretary of state", "code of conduct"), lower-cased,
// indexed by their first word.
struct Phrase {
  std::vector<std::string> words;
  std::string text;    // as written in the file
  uint32_t value = 0;  // file-specific (a class id)
  bool standalone = false;
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
};

struct AliasRef {
  uint32_t entry = 0;
  AliasKind kind = kAliasPlain;
};

class Gazetteer {
 public:
  Gazetteer() = default;
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;
  // Reads one .tsv file; problems go to *diags (returns false on any).
  bool LoadFile(const std::string& path, std::vector<Diagnostic>* diags);
  void Finish();

  const ByteTrie& exact() const { return exact_; }
  const ByteTrie& upper() const { return upper_; }
  // The aliases ending at a trie node (exact or upper trie), or nullptr.
  const std::vector<AliasRef>* ExactAt(uint32_t node) const { return At(exact_term_, node); }
  const std::vector<AliasRef>* UpperAt(uint32_t node) const { return At(upper_term_, node); }
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
  ByteTrie exact_, upper_;
  std::vector<uint32_t> exact_term_, upper_term_;
  std::vector<std::vector<AliasRef>> refs_;
  std::vector<GazEntry> entries_;
  std::unordered_map<std::string, uint32_t> by_id_;
  std::vector<std::pair<std::string, AliasRef>> pending_exact_, pending_upper_;
};

// Treaty head classes (rules/entities/treaty_heads.txt, 2nd column).
enum TreatyClass : uint32_t { kTreatyGeneral = 0, kTreatyConvention, kTreatyProposal, kTreatyOther };

// Everything the recognizers read.
struct Lexicon {
  Gazetteer gazetteer;
  WordSet given_names;       // value 1 = ambiguous (needs a second cue)
  PhraseList titles;         // "president", "foreign minister", "gen."; value 1 = prefix only
  WordSet place_words;       // "Street", "Airport": capitalised words of place names
  WordSet compass_words;     // "West", "North": "West Bank" is a place, not a bank
  WordSet org_keywords;      // "University", "Ministry": head an organization name
  WordSet org_legal;         // "Inc", "Corp.", "Ltd": end a company name
  PhraseList treaty_heads;   // "agreement", "code of conduct"; value = TreatyClass
  WordSet treaty_drop;       // leading words left out of a described label ("new")
  WordSet treaty_generic;    // modifiers that do not identify a treaty ("bilateral")
  WordSet determiners;       // "a" 1 (indefinite), "the" 2 (definite), "its" 3 (possessive)
  WordSet speech_verbs;      // "said", "told"
  WordSet role_nouns;        // "adviser", "spokesman"
  WordSet function_words;    // never part of a name ("the", "however", "monday")
  WordSet place_preps;       // "in", "at": a capital after them is a place
  WordSet actor_verbs;       // "has", "argued": a capital before them acts
  WordSet copulas;           // "is", "was": a description after them is predicative
  WordSet adverbs;           // skipped between a subject and its verb ("also")
  WordSet name_particles;    // "van", "de", "bin": lower-case inside names
  WordSet alias_cues;        // "described", "dubbed": "... as a „non-aggression pact“"
};

// Loads every part of the lexicon under rules_dir; false if any file had errors.
bool LoadLexicon(const std::string& rules_dir, Lexicon* lex, std::vector<Diagnostic>* diags);

}  // namespace ner
}  // namespace actorgraph

#endif  // ACTORGRAPH_NER_LEXICON_H_
