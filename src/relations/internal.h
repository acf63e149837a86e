// Internals of the relations module: compiled rules, the pattern compiler,
// modality cues and sentence skeletons. Not part of the public API.
#ifndef ACTORGRAPH_RELATIONS_INTERNAL_H_
#define ACTORGRAPH_RELATIONS_INTERNAL_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "actorgraph/relations.h"
#include "actorgraph/status.h"
#include "actorgraph/types.h"
#include "relations/lazy_regex.h"

namespace actorgraph {
namespace relations {

// Memory budget of one compiled pattern and of one group's RE2::Set: its
// program and its DFA cache, which grows with new text. The patterns run on
// compacted skeletons of few distinct words, so small caches lose no speed.
// Peak RSS over UNGDC with --jobs 2 passed 300 MB twice as rules were added:
// 314 MB at 368 rules with 8 MB / 64 MB, and 304 MB at 395 rules with 2 MB /
// 16 MB; with 1 MB per pattern it is 272 MB, same output, same MB/s.
inline constexpr int64_t kRuleMaxMem = 1 << 20;
inline constexpr int64_t kSetMaxMem = 16 << 20;
// Regexes whose InstructionBound is at most this surely compile within
// kRuleMaxMem (RE2 fits 55,000 instructions there; the bound is at least
// 3.5 times the true size of every rule regex) and are compiled when first
// needed; larger ones are compiled at load.
inline constexpr size_t kSurelyCompiles = 40000;

// Relation types a rule file may declare; RelationId gives each a small
// number (-1 if unknown).
bool KnownRelation(const std::string& name);
int RelationId(const std::string& name);

// A lexicon: class name -> entries (lower-case words or phrases, "@OTHER"
// references to other classes, "cyber*" prefixes).
using Lexicon = std::map<std::string, std::vector<std::string>>;

// One slot of a pattern: which regex group holds it and what it means.
struct Slot {
  std::string role;  // "source", "target", or "" (a typed slot that only constrains)
  bool list = false;
  int group = 0;       // capture group index (1-based) in the compiled regex
  unsigned types = 0;  // bit (1 << EntityType) per kind the slot accepts
};

// The result of compiling one pattern.
struct CompiledPattern {
  std::string regex;                  // RE2 syntax over a skeleton
  std::vector<Slot> slots;            // in pattern order
  bool inside = false;                // uses "=": matches inside one long name only
  std::string error;                  // empty when the pattern is valid
  std::vector<std::string> words;     // every literal word the regex can match
  std::vector<std::string> prefixes;  // every "cyber*" prefix
  // Every match holds one of these words ("cyber*": a prefix); empty when
  // no such set is known (the rule then always goes to its Set).
  std::vector<std::string> anchors;
  // Further sets of the same kind, from the other required parts of the
  // pattern ("accuse ... of": {accused, accuses, ...} and then {of}): a match
  // holds a word of each of them too.
  std::vector<std::vector<std::string>> required;
};

// Compiles `pattern` with the classes of `lexicon` (file classes already
// merged over the shared ones). Slot group indices are filled in later from
// the RE2 object (named groups "s<k>", trigger group "trig").
CompiledPattern CompilePattern(const std::string& pattern, const Lexicon& lexicon);

struct Rule {
  std::string id;        // "signed.conclude"
  std::string relation;  // "signed"
  int relation_id = 0;   // index of the relation in a fixed list
  std::string pattern;
  std::string file;
  int line = 0;
  double confidence = 0.8;
  int priority = 0;
  bool has_modality = false;
  Modality modality = Modality::kAsserted;  // default when no cue governs the trigger
  bool use_cues = true;                     // false: modality is always the default (names, titles)
  bool inside = false;
  std::unique_ptr<LazyRegex> re;
  unsigned source_types = 0, target_types = 0;  // union of the slots' kinds
  std::vector<Slot> slots;
  int trigger_group = 0;  // 0: no trigger group
  std::vector<std::unique_ptr<LazyRegex>> unless;
  // Per veto, the words one of which every match of it holds (empty: no such
  // set, the veto always runs), and the bit of the first veto in the masks
  // of Compiled (after the rules' bits).
  std::vector<std::vector<std::string>> unless_anchors;
  size_t unless_bit = 0;
  std::unique_ptr<LazyRegex> not_after;      // must not match the skeleton just before the match
  std::vector<std::string> words, prefixes;  // from CompiledPattern: the prefilter vocabulary
  std::vector<std::string> anchors;
  // CompiledPattern::required, and the bit of its first set in the masks of
  // Compiled (after the vetoes' bits): the rule runs only where a word of
  // each set occurs.
  std::vector<std::vector<std::string>> required;
  size_t required_bit = 0;
};

// Modality cues (rules/relations/_cues.json).
struct Cues {
  // Each cue is a token sequence ("refused", "to").
  std::vector<std::vector<std::string>> negated, alleged, hypothetical, ignore;
  std::vector<std::string> clause_breaks;  // tokens a cue may not be separated from the trigger by
  int window = 5;                          // tokens before the trigger
};

// One token of a sentence skeleton.
struct SkelToken {
  Span span;            // bytes in the document
  int mention = -1;     // index into the mentions, or -1 for a word
  uint32_t offset = 0;  // where the token starts in the skeleton string
  uint32_t size = 0;    // bytes of the token in the skeleton string
  int quote = 0;        // quotation region (changes at every opening/closing quote)
};

// A skeleton: " tok tok §S12 tok " with one placeholder per top-level mention.
struct Skeleton {
  std::string text;
  std::vector<SkelToken> tokens;
  void Clear() {
    text.clear();
    tokens.clear();
  }
  // Index of the token starting at or after skeleton byte `pos`.
  size_t TokenAt(size_t pos) const;
};

// The text of skeleton token i.
inline std::string_view TokenText(const Skeleton& skel, size_t i) {
  return std::string_view(skel.text).substr(skel.tokens[i].offset, skel.tokens[i].size);
}

// Appends the words of doc bytes [span) to `skel`, one placeholder for each
// mention of `top` (indices into mentions, sorted, not overlapping).
void AppendSkeleton(const Document& doc, const std::vector<Mention>& mentions, uint32_t token_begin,
                    uint32_t token_end, const std::vector<int>& top, Skeleton* skel);
// Appends a copy of token `t` of `from` to *out.
void AppendToken(const Skeleton& from, const SkelToken& t, Skeleton* out);
// Appends one placeholder token for mention `m` ("§S12") or a marker ("§=").
void AppendPlaceholder(const Mention& m, int index, Skeleton* skel);
void AppendMarker(const char* text, Span span, Skeleton* skel);
// Puts a placeholder for mention `m` right after the token of `skel` whose
// span is `after` (a verb whose object is a treaty named before); its span is
// the empty one at that token's end.
void InsertPlaceholderAfter(const std::vector<Mention>& mentions, int m, Span after,
                            Skeleton* skel);
// Numbers the quotation regions of skel->tokens.
void MarkQuotes(Skeleton* skel);
// Replaces the words of `phrase` ("The country") with a placeholder of mention m.
void SubstituteSubject(const std::vector<Mention>& mentions, Span phrase, int m, Skeleton* skel);
// "We stand behind the treaty," said X: replaces "we" and "I" inside a
// quotation with a placeholder of the person its attribution names right
// after the closing quote (a word of `say` near that person). Needs
// MarkQuotes first.
void SubstituteQuoteSpeakers(const std::vector<Mention>& mentions,
                             const std::set<std::string, std::less<>>& say, Skeleton* skel);
// "Kiribati said on Thursday it fully supports the pledge": replaces an "it"
// after a verb of saying (and "that", a date) with a placeholder of the
// state or body just before that verb.
// A word of `heads` between the name and the verb is the name's head noun
// ("the Greens/EFA group has said it would").
void SubstituteSaidIt(const std::vector<Mention>& mentions,
                      const std::set<std::string, std::less<>>& say,
                      const std::set<std::string, std::less<>>& aux,
                      const std::set<std::string, std::less<>>& heads, Skeleton* skel);
// "Caracas closed its airspace after raids on its border posts": *out gets
// `skel` with each "its" (with two subjects or more: "their") after token
// `from` that follows a word of `after` ("on", "against") replaced by the
// placeholders of the `subject` mentions (a list) and "'s", so the rules read
// "raids on Venezuela's border posts"; (*map)[i] is the index in `skel` of
// out's token i. False (and *out untouched) when there is no such pronoun.
bool SubstituteOwnPossessive(const std::vector<Mention>& mentions, const std::vector<int>& subject,
                             size_t from, const std::set<std::string, std::less<>>& after,
                             const Skeleton& skel, Skeleton* out, std::vector<size_t>* map);
// Replaces the words inside `phrase` ("both countries", "the three states")
// by the placeholders of `group` as a list ("A, B and C"), so rules read it so.
void SubstituteGroup(const std::vector<Mention>& mentions, Span phrase,
                     const std::vector<int>& group, Skeleton* skel);

// A relative clause set off by commas after a name (", which ... ,"): skeleton
// tokens [begin, end) from its first comma through its last, and their bytes.
struct Aside {
  size_t begin = 0, end = 0;
  Span span;
};
struct Compiled;
// The asides of `skel`, in order (relative pronouns from c.relative_openers).
void FindAsides(const Compiled& c, const Skeleton& skel, std::vector<Aside>* out);
// Where relative clauses (", which", ", who") start in `skel`, in document bytes.
void RelativeClauseStarts(const Compiled& c, const Skeleton& skel, std::vector<uint32_t>* out);
// Does a relative clause start between spans a and b (so one is inside a
// clause the other is not)?
bool RelativeBetween(const std::vector<uint32_t>& starts, Span a, Span b);
// Does a word of c.date_barriers ("since", "until") stand in skel between
// document bytes `from` and `to`?
bool DateBarrierBetween(const Compiled& c, const Skeleton& skel, uint32_t from, uint32_t to);
// The subject a sentence opens with, before its verb: skeleton tokens
// [*first, *names_end) hold its names ("China", "Chile and Peru", "China 's
// Foreign Ministry"), *verb is the token of its verb. False when the
// sentence does not open with a subject and its verb.
bool FindSubject(const Compiled& c, const Skeleton& skel, size_t* first, size_t* names_end,
                 size_t* verb);
// Predicates coordinated with the first one of a sentence ("Russia denied
// the claims and accused Ukraine ..."): *subject_end is one past the
// tokens a reading keeps as the subject ("China" of "China's embassy in
// Washington"), *verb the first predicate's verb, and each of *starts the
// token where a later
// predicate of that subject begins (after "and" or "but"). Empty when the
// sentence does not open with a subject and its verb.
void FindCoordinations(const Compiled& c, const Skeleton& skel, size_t* subject_end, size_t* verb,
                       std::vector<size_t>* starts);
// After a past verb of saying at token `say`, a reported clause closed before
// "and" and a simple past verb: its own subject, a verb in another tense
// (present, perfect, quoted) and an object or adverb ("said China \"opposes\"
// the treaty and accused ..."). Returns the token of that "and", else 0.
size_t ClosedReportEnd(const Compiled& c, const Skeleton& skel, size_t say);

// Whether `w` may follow an aside as its subject's verb (ASIDE_FOLLOWER:
// words and suffixes).
bool Follower(const Compiled& c, std::string_view w);
// The subject tokens [0, subject_end) of `skel` followed by its tokens from
// `start` on; (*map)[i] is the index in `skel` of out's token i. A pronoun
// ("him", "it") right after the predicate's verb becomes the first name the
// skipped predicate acted on ("condemned Annan and accused him of").
void WithSubject(const Compiled& c, const Skeleton& skel, size_t subject_end, size_t verb,
                 size_t start, Skeleton* out, std::vector<size_t>* map);
// A relative clause read as a clause of its own: "Ana Lopez, who on 3 May
// signed the charter with X," as "Ana Lopez on 3 May signed the charter with
// X". *out gets the name before the aside and the aside's words after its
// relative pronoun; (*map)[i] is the index in `skel` of out's token i. False
// when the aside is no relative clause on a name (c.relative_subjects).
bool RelativeClauseReading(const Compiled& c, const Skeleton& skel, const Aside& aside,
                           Skeleton* out, std::vector<size_t>* map);
// "X praised it as an essential step": the "it" of sentence s after a verb
// of c.treaty_pronoun_verbs and before a word of c.treaty_pronoun_next (or
// after one of c.treaty_pronoun_sign_verbs, before c.treaty_pronoun_sign_next), and
// the treaty it stands for (the nearest named before it in s, whose mentions
// are order[mbegin, mend), else `earlier_treaty` when >= 0). After a verb of
// c.treaty_pronoun_stance_verbs, before c.treaty_pronoun_stance_next, "it" may
// also stand for `earlier_any`, a treaty of the sentence before that may be a
// described one. False when none.
bool FindTreatyPronoun(const Compiled& c, const Document& doc, const Sentence& s,
                       const std::vector<Mention>& mentions, const std::vector<int>& order,
                       size_t mbegin, size_t mend, int earlier_treaty, int earlier_any, Span* it,
                       int* treaty);
// `skel` without its asides; (*map)[i] is the index in `skel` of out's token i.
void WithoutAsides(const Skeleton& skel, const std::vector<Aside>& asides, Skeleton* out,
                   std::vector<size_t>* map);

// The modality governing the trigger at skeleton token `trigger`; *cue gets
// the cue's words.
// Cues before token `floor` are not read (a predicate coordinated after
// "and" is not governed by a cue of the predicate before it).
Modality FindModality(const Cues& cues, const Skeleton& skel, size_t trigger, Modality fallback,
                      std::string* cue, size_t floor = 0);

// 1-based line and column of byte offset `byte` in `raw`.
void LineCol(const std::string& raw, size_t byte, int* line, int* col);
// Reads a JSON file with // comments; a syntax error becomes a file:line:col
// diagnostic. False if unreadable or malformed.
bool ReadJsonFile(const std::string& path, std::string* raw, void* json_out,
                  std::vector<Diagnostic>* diags);

// Loads the cue file; problems go to diags.
bool LoadCues(const std::string& path, Cues* cues, std::vector<Diagnostic>* diags);

// Known public figures (rules/gazetteers/persons.tsv) and the states or
// bodies they serve; see known_persons.cc.
struct KnownPersons {
  struct Tie {
    std::string target;    // node id: "state:TUR", "organization:united-nations"
    int from = 0, to = 0;  // years of the office (0: open)
  };
  std::vector<std::vector<Tie>> ties;                // per person, in file order
  std::unordered_map<std::string, uint32_t> by_key;  // slug of a name or short form -> person
  // The person mention `m` stands for (by its node id, else its label), or -1.
  int Find(const Mention& m) const;
};
// Loads rules_dir/gazetteers/persons.tsv (none if absent); problems go to diags.
void LoadKnownPersons(const std::string& rules_dir, KnownPersons* out,
                      std::vector<Diagnostic>* diags);

// Everything Load builds: immutable after loading.
struct Compiled {
  std::vector<Rule> rules;
  // One RE2::Set per anchor list, over the regexes of the rules that share
  // it (the many "affiliated-with" rules keyed on one list of posts): when
  // two or more of them may match, one search tells which do. One Set over
  // all rules builds a DFA whose states multiply on new text (85 us per
  // sentence on unseen news against 18 us for small Sets); rules alone run
  // their own regex.
  struct Group {
    std::unique_ptr<LazySet> set;                 // null for a group of one rule
    std::vector<size_t> rules;                    // Set index -> rule index
    unsigned source_types = 0, target_types = 0;  // union over its rules
  };
  std::vector<Group> groups;
  // The words and prefixes any rule pattern can match. The Sets run over a
  // compacted skeleton in which every other word is "_": a gap matches "_"
  // exactly as it matches the word, so the hits are the same, but the DFA
  // sees a handful of distinct words instead of the whole language and its
  // state cache stops growing with new text.
  // Rule masks: bit r of a mask (mask_words 64-bit words) stands for rule r;
  // the bits after the rules' stand for their vetoes (Rule::unless_bit), so
  // a veto none of whose anchors occurs is not searched for, and then for
  // the rules' further required word sets (Rule::required_bit).
  size_t mask_words = 0;
  std::vector<std::string> vocab;     // unique
  std::vector<uint64_t> vocab_rules;  // vocab.size() masks: the rules vocab[i] anchors
  std::vector<uint32_t> vocab_table;  // open addressing over vocab (index + 1, 0 = empty)
  std::vector<std::string> prefixes;
  std::vector<uint64_t> prefix_rules;
  // The indices into `prefixes` of those starting with each byte: a word is
  // tested only against the prefixes of its first byte.
  std::array<std::vector<uint32_t>, 256> prefix_first;
  std::vector<uint64_t> unanchored;  // rules without anchors: always candidates
  // Index of `w` in vocab, or -1.
  long FindWord(std::string_view w) const;
  // Fills the vocabulary, its rule masks and vocab_table from the rules.
  void IndexVocabulary();
  // Writes the compacted form of `skel` into *out (its tokens in order, each
  // word no rule names as "_"), the offset of each token in *out into
  // *offsets, and ORs into `present` (mask_words words) the rules one of
  // whose anchors occurs in it. Every rule, veto and not_after list reads
  // the compacted form as it would the skeleton: their words are all kept.
  void Compact(const Skeleton& skel, std::string* out, uint64_t* present,
               std::vector<uint32_t>* offsets) const;
  Cues cues;
  // Phrases ("both countries") that stand for the two states named last, in
  // the three sentences before or earlier in the same one (lower-case words).
  std::vector<std::vector<std::string>> pair_anaphors;
  // The bytes a pair anaphor's first word starts with, in either case: most
  // tokens are ruled out by one look-up.
  std::array<bool, 256> pair_first{};
  // Phrases that open a sentence as its subject and stand for an actor of
  // the sentence before (SUBJECT_ANAPHOR_STATE, _ORG, _PERSON, _ACTOR):
  // "The country became ...", "The group attacked ...", "She now serves
  // ...", "It signed ...". Lower-case words; `types` is a mask of EntityType
  // bits the antecedent may have; `pronoun` phrases take the sentence
  // before's subject, the others its one name of the type.
  struct SubjectAnaphor {
    std::vector<std::string> words;
    uint32_t types = 0;
    bool pronoun = false;
  };
  std::vector<SubjectAnaphor> subject_anaphors;
  // Titles of a state's office ("president", "prime minister": the shared
  // class NATIONAL_TITLE, lower-case): a person so titled and tied to no one
  // works for the state the story is about (see AddStoryStateAffiliations).
  std::set<std::string, std::less<>> national_titles;
  // Auxiliaries (the shared class AUX): "said it was hit" leaves "it" to the
  // rules; "would sign" is a verb.
  std::set<std::string, std::less<>> aux_words;
  // Nouns after a body's name that leave it the sayer of "said it"
  // ("the X group has said it would"): SAYER_HEAD_NOUN.
  std::set<std::string, std::less<>> sayer_head_nouns;
  // Verbs of saying (the shared class SAY): they attribute a quotation.
  std::set<std::string, std::less<>> say_words;
  // Words that open a short phrase and its comma before a subject anaphor
  // ("On Tuesday, the agency said"): SUBJECT_OPENER.
  std::set<std::string, std::less<>> subject_openers;
  // Words after "it" that make it no actor ("it was clear", "it seems").
  std::set<std::string, std::less<>> expletive_next;
  // Verbs of joining a treaty that may stand without their object, and the
  // words that may follow such a verb (TREATY_VERB_ALONE, OBJECTLESS_NEXT):
  // the object is then the treaty named just before.
  std::set<std::string, std::less<>> treaty_verbs_alone, objectless_next, treaty_subject_nouns;
  // Verbs of judging a text after which an object "it" followed by a word of
  // the second set stands for the treaty named before ("praised it as"):
  // TREATY_PRONOUN_VERB, TREATY_PRONOUN_NEXT.
  std::set<std::string, std::less<>> treaty_pronoun_verbs, treaty_pronoun_next;
  // Verbs of signing a text after which an object "it" that ends the clause
  // (a word of the second set follows: ".", "in", "by", "if") stands for it:
  // "India has never signed it." TREATY_PRONOUN_SIGN_VERB, _SIGN_NEXT.
  std::set<std::string, std::less<>> treaty_pronoun_sign_verbs, treaty_pronoun_sign_next;
  // Verbs of taking a stance after which an object "it" that ends the clause
  // stands for the treaty: "Hungary also welcomed it.", "voted against it,"
  // TREATY_PRONOUN_STANCE_VERB, _STANCE_NEXT.
  std::set<std::string, std::less<>> treaty_pronoun_stance_verbs, treaty_pronoun_stance_next;
  // Nouns of "the agency's" standing for the one organization the sentence
  // before named, when its name holds the noun (POSSESSIVE_ANAPHOR_ORG).
  std::set<std::string, std::less<>> possessive_anaphor_nouns;
  // Nouns standing for the bloc a story is about ("the alliance") and the
  // words of membership that let them (PO_BLOC_NOUN, PO_MEMBERSHIP_WORD).
  std::set<std::string, std::less<>> bloc_nouns, membership_words;
  // Words that open a relative clause set off by commas ("which", "who"):
  // the shared class RELATIVE_OPENER. Names inside such an aside are no
  // arguments of a verb outside it, and sentences are also read without it.
  std::vector<std::string> relative_openers;
  // Words that open an apposition read as an aside after a name
  // (APPOSITION_OPENER: "Sandworm, a unit of the GRU, attacked ...").
  std::set<std::string, std::less<>> apposition_openers;
  // One-word sentence adverbials that, set off by commas after a name, make
  // an aside too (SENTENCE_ADVERB: "The Senate, however, has not ratified").
  std::set<std::string, std::less<>> sentence_adverbs;
  // ... and the words besides ASIDE_FOLLOWER that may follow its closing
  // comma (APPOSITION_FOLLOWER: "accused Israel, its arch-rival, of ...").
  std::set<std::string, std::less<>> apposition_followers;
  // Words after which a date belongs to another event (DATE_BARRIER:
  // "the first pact since the end of colonial rule in 1945").
  std::set<std::string, std::less<>> date_barriers;
  // The words that may follow an aside's closing comma (ASIDE_FOLLOWER).
  std::set<std::string, std::less<>> aside_followers;
  std::vector<std::string> aside_follower_suffixes;
  // Words past which coordinated predicates are not read as sharing the
  // sentence's subject (COORDINATION_STOP).
  std::set<std::string, std::less<>> coordination_stops;
  // Participles that, after a comma, start another predicate of the
  // sentence's subject ("..., accusing Santiago of dumping salmon").
  std::set<std::string, std::less<>> coordination_participles;
  // Words after which "its" stands for the sentence's subject, a state or a
  // body ("raids on its border posts"): OWN_POSSESSIVE_AFTER.
  std::set<std::string, std::less<>> own_possessive_after;
  // Relative pronouns whose clause is also read as a clause of the name
  // before it ("X, who signed ..."): RELATIVE_SUBJECT.
  std::set<std::string, std::less<>> relative_subjects;
  // Nouns between the subject's names and its verb that leave the names the
  // subject ("NATO allies expressed concern and supported Prague").
  std::set<std::string, std::less<>> coordination_subject_nouns;
  // The shared class DET ("the", "its"): a word of COORDINATION_STOP after
  // one is a noun ("the claims"), not a verb.
  std::set<std::string, std::less<>> determiners;
  KnownPersons known_persons;
  std::vector<RuleExample> examples;
  // relation -> relations it excludes for the same pair in one sentence
  std::map<std::string, std::vector<std::string>> conflicts;
};

// Loads rules_dir/relations/*.json into *out; false (with diagnostics) on
// any error. Up to `threads` threads (at least 1) read the rule files and
// compile the Sets; the result and the diagnostics do not depend on it.
bool LoadCompiled(const std::string& rules_dir, Compiled* out, std::vector<Diagnostic>* diags,
                  int threads = 1);

// RE2 options every rule regex uses.
inline RE2::Options RuleOptions() { return RegexOptions(kRuleMaxMem); }

// "Prime Minister Irakli Kobakhidze insists ..." in a story about Georgia:
// journalists leave out the state of their own story's leaders. Each person
// whose role is a national title and who has no affiliated-with edge gets
// one to the story's state: the state it names first, if it names it at
// least three times and no other state more than half as often again. The edge's rule is
// "affiliated-with.national-title-in-story"; its evidence is the sentence of
// the person's first titled mention.
// A bloc left as a noun or unsaid in a sentence about membership: `phrase`
// is "the alliance" (or empty), `member` a bare "member" after a rank ("the
// 31st member", or empty).
struct BlocAnaphor {
  Span phrase{0, 0};
  Span member{0, 0};
};
// Of the states in order[from, to) written before `before`, the last run of
// exactly `group_size` distinct ones joined as one list ("Chile and Peru"):
// what "the two countries" stands for when more states were named near it.
bool CoordinatedGroup(const Document& doc, const std::vector<Mention>& mentions,
                      const std::vector<int>& order, size_t from, size_t to, uint32_t before,
                      size_t group_size, std::vector<int>* group);

bool FindBlocAnaphor(const Compiled& c, const Document& doc, const Sentence& s, BlocAnaphor* out);
// "Palau went further. Its foreign minister, Ismael Ngirmang, said ...": true
// when sentence s opens with "Its", a lower-case title, a comma and a person
// (mentions[order[mbegin, mend)]) followed by a comma; *its gets "Its".
bool ItsTitleOpener(const Document& doc, const Sentence& s, const std::vector<Mention>& mentions,
                    const std::vector<int>& order, size_t mbegin, size_t mend, Span* its);
// The state or body sentence s opens with ("Palau, ...", "The Kremlin said",
// "Britain's Trades Union Congress opposed": the body), or the actor its
// subject anaphor `subject` stood for; -1 when it opens otherwise.
int OpeningActor(const Document& doc, const Sentence& s, const std::vector<Mention>& mentions,
                 const std::vector<int>& order, size_t mbegin, size_t mend, int subject);
// The one organization of mentions[order[begin, end)] introduced by `noun`
// ("a group known as X", "the hacker group X") or whose name holds it ("the
// agency" after "National Water Agency"); -1 when none or several.
int OrgNamedByNoun(const Document& doc, const std::vector<Mention>& mentions,
                   const std::vector<int>& order, size_t begin, size_t end,
                   const std::string& noun);
// The organization named most often in mentions[order[0..end)] (at least
// twice; on a tie the one named last), its last mention; or -1.
int StoryBloc(const std::vector<Mention>& mentions, const std::vector<int>& order, size_t end);

void AddStoryStateAffiliations(const Compiled& c, const Document& doc,
                               const std::vector<Mention>& mentions, std::vector<Relation>* out);
// The state a national title's holder (mentions' `person`) serves when the
// sentence before opened with a state and the person's sentence names that
// state alone, or names none after a sentence that named that state alone
// ("New Zealand was more restrained. Wellington said ... Prime Minister X
// called ..."): that opening mention, or -1.
int ParagraphState(const Document& doc, const std::vector<Mention>& mentions,
                   const Mention& person);

// "President Recep Tayyip Erdogan, who met Russian President Vladimir
// Putin": each person of c.known_persons with no affiliated-with edge to one
// of its own states or bodies gets one to the one the document names (rule
// "affiliated-with.known-person"). Called by AddStoryStateAffiliations first:
// a known person never gets the story's state.
void AddKnownPersonAffiliations(const Compiled& c, const Document& doc,
                                const std::vector<Mention>& mentions, std::vector<Relation>* out);

// A document-level affiliated-with edge from mention `source` (a person) to
// mention `target`: its evidence is the sentence of the person's mention.
Relation DocumentAffiliation(const Document& doc, const std::vector<Mention>& mentions,
                             uint32_t source, uint32_t target, const char* rule, double confidence);

}  // namespace relations
}  // namespace actorgraph

#endif  // ACTORGRAPH_RELATIONS_INTERNAL_H_
