// Per-document working state shared by the recognizers: token classes, the
// lower-cased text, gazetteer hits and the candidate mentions.
#ifndef ACTORGRAPH_NER_CONTEXT_H_
#define ACTORGRAPH_NER_CONTEXT_H_

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/types.h"
#include "ner/lexicon.h"

namespace actorgraph {
namespace ner {

enum TokFlag : uint16_t {
  kCap = 1 << 0,            // starts with an upper-case letter
  kAllCaps = 1 << 1,        // two or more letters, none lower-case
  kLower = 1 << 2,          // starts with a lower-case letter
  kCapsLine = 1 << 3,       // in a line written in capitals (a headline)
  kInDate = 1 << 4,         // inside a date mention
  kSentStart = 1 << 5,      // first token of its sentence
  kWordTok = 1 << 6,        // TokenKind::kWord
  kLineStart = 1 << 7,      // first token of a line (names never cross a line break)
  kHardLineStart = 1 << 8,  // ... of a line that is no mere wrap of a paragraph
  kHardKnown = 1 << 9,      // kHardLineStart has been computed (on first use)
  kBeforePeriod = 1 << 10,  // the next token is the punctuation "." (IsPunct(i + 1, "."))
  kGroupCue = 1 << 11,      // a lower-case word of Lexicon::group_cues ("cartel", "firm", "as")
};

// A gazetteer alias found in the text.
struct Hit {
  uint32_t tb = 0, te = 0;  // tokens [tb, te)
  Span span;
  uint32_t entry = 0;
  AliasKind kind = kAliasPlain;
  bool possessive = false;  // "Moscow's"
};

// A candidate mention and how it may nest.
struct Cand {
  Mention m;
  int prio = 0;                 // wins ties of equal length
  bool container = false;       // may hold nested state/organization mentions
  bool prefix_nesting = false;  // ... only one at its start ("U.S. State Department")
  bool state_suffix = false;    // ... or a state's name ending it ("Ministry of Defence of Chile")
};

class Context {
 public:
  // Borrows this thread's working buffers (their capacity outlives the
  // document: no allocation per document once they have grown).
  Context(const Document& doc, const Lexicon& lex, const std::vector<Mention>& dates);
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  const Document& doc;
  const Lexicon& lex;
  uint32_t ntok() const { return static_cast<uint32_t>(doc.tokens.size()); }
  std::string_view Tok(uint32_t i) const { return doc.Text(doc.tokens[i].span); }
  std::string_view Lower(uint32_t i) const {
    const Span& s = doc.tokens[i].span;
    return std::string_view(lower_).substr(s.begin, s.size());
  }
  bool Is(uint32_t i, uint16_t f) const { return i < flags_.size() && (flags_[i] & f); }
  // All TokFlag bits of token i (0 past the end): one load for a loop's first tests.
  uint16_t Flags(uint32_t i) const { return i < flags_.size() ? flags_[i] : 0; }
  // Does token i belong to word class `w` (WordClass bits)?
  bool Has(uint32_t i, uint32_t w) const { return i < classes_.size() && (classes_[i] & w); }
  bool IsPunct(uint32_t i, std::string_view p) const {
    return i < ntok() && doc.tokens[i].kind != TokenKind::kWord && Tok(i) == p;
  }
  bool LowerIs(uint32_t i, std::string_view w) const { return i < ntok() && Lower(i) == w; }
  uint32_t SentOf(uint32_t i) const { return sent_[i]; }
  uint32_t SentBegin(uint32_t i) const { return doc.sentences[sent_[i]].token_begin; }
  uint32_t SentEnd(uint32_t i) const { return doc.sentences[sent_[i]].token_end; }
  // A capitalised word that may be part of a name (not a function word, date).
  // Is line-start token i a hard line start (see HardLineStart)? Computed once.
  bool HardBreak(uint32_t i) const {
    if (!(flags_[i] & kHardKnown))
      flags_[i] |= kHardKnown | (ComputeHardBreak(i) ? kHardLineStart : 0);
    return flags_[i] & kHardLineStart;
  }
  bool NameLike(uint32_t i) const {
    return i < ntok() && (flags_[i] & (kCap | kInDate | kWordTok)) == (kCap | kWordTok) &&
           !(classes_[i] & kWFunctionWords);
  }
  // Any quotation mark token.
  bool IsQuote(uint32_t i) const;
  // Possessive marker right after token i ("'s" token or "'" + "s").
  uint32_t PossessiveAfter(uint32_t i) const;

  // Gazetteer hit starting at token i (longest), or nullptr.
  const Hit* HitAt(uint32_t i) const {
    return i < hit_at_.size() && hit_at_[i] >= 0 ? &hits[hit_at_[i]] : nullptr;
  }
  // Gazetteer hit covering token i, or nullptr.
  const Hit* HitCovering(uint32_t i) const {
    return i < cover_.size() && cover_[i] >= 0 ? &hits[cover_[i]] : nullptr;
  }
  void IndexHits();

  // Fills a mention's span and token fields from tokens [tb, te).
  Mention MakeMention(uint32_t tb, uint32_t te, EntityType type, const char* rule) const;
  // The surface text of tokens [tb, te) with whitespace runs collapsed.
  std::string Surface(uint32_t tb, uint32_t te) const;
  std::string SpanText(Span s) const;
  // The token whose span starts at byte b / ends at byte e, or ntok().
  uint32_t TokenStartingAt(uint32_t b) const;

  std::vector<Hit> hits;
  std::vector<Cand> cands;
  std::vector<int32_t> org_start;  // token -> candidate organization starting there, or -1

 private:
  std::string lower_;
  mutable std::vector<uint16_t> flags_;  // mutable: kHardLineStart is computed on first use
  std::vector<uint32_t> classes_;
  std::vector<uint32_t> sent_;
  std::vector<int32_t> hit_at_, cover_;
  // Sets the case flags and classes_ of every token.
  void ClassifyTokens();
  void ClassifyWide(uint32_t i);  // ... of a token with non-ASCII bytes
  // Sets kLineStart and kCapsLine.
  void MarkLines();
  bool ComputeHardBreak(uint32_t i) const;
};

// Wire copy is hard-wrapped: a single newline, the next line not indented and
// the line before it long enough to be prose, only wraps a paragraph, and a
// name may run across it ("the U.S. Federal Energy\nRegulatory Commission").
// Headings, table rows, indented paragraph starts and the lines of
// pre-tokenized text stay hard breaks.
inline bool HardLineStart(const Context& c, uint32_t i) {
  return c.Is(i, kLineStart) && c.HardBreak(i);
}

// n copies of -1 (every bit set: one memset, where a fill loop stores each).
inline void AssignMinusOne(std::vector<int32_t>* v, size_t n) {
  v->resize(n);
  if (n > 0) std::memset(v->data(), 0xFF, n * sizeof(int32_t));
}

// The recognizers, in the order Find runs them.
void ScanGazetteer(Context* c);
// "the North" after North Korea was named (rules/entities/short_form_states.txt).
void FindShortFormStates(Context* c);
void FindOrganizations(Context* c);
// Organizations of unknown names said to be one: "Telvora, the largest mobile
// operator,", "a group called Killnet" (rules/entities/company_nouns.txt).
void FindDescribedOrganizations(Context* c);
// An acronym at b, or tokens [b, e) opening the name of an organization found
// already ("Orion" of "Orion Royal Bank"): resolved later, no name of its own.
bool KnownOrShort(const Context& c, uint32_t b, uint32_t e);
// Groups called so ("the Fano militia", "the hacktivist group NoName057(16)"),
// parents ("a unit of Alphabet") and a state's bodies in lower case
// ("Nicaraguan police"): rules/entities/group_nouns.txt, part_nouns.txt,
// state_bodies.txt.
void FindNamedGroups(Context* c);
// Finders 6 to 8 of FindNamedGroups, which runs them first (org_posts.cc).
void FindOrganizationsAtPosts(Context* c);
// Shared by the finders of groups.cc and org_posts.cc: adds the organization
// [tb, te) as a candidate (unless a known name opens it), and the end of a name
// of one to three words starting at s (s if there is none).
// Adds tokens [tb, te) as an organization candidate labelled with its surface,
// of priority `prio` (the finders check first that the name is theirs to take).
void AddOrganizationCandidate(Context* c, uint32_t tb, uint32_t te, const char* rule, int prio = 3);
void EmitNamedGroup(Context* c, uint32_t tb, uint32_t te, const char* rule);
uint32_t NameAfter(const Context& c, uint32_t s, uint32_t se);
// "the Alliance Fleuve Congo (AFC)": the capitalised words whose initials spell
// the acronym in brackets after them name an organization.
void FindSpelledAcronymNames(Context* c);
void FindTreaties(Context* c);
void FindPersons(Context* c);
// "Nexperia said in a statement", "Shares in Orsted fell": unknown companies
// (rules/entities/statement_nouns.txt, share_verbs.txt); after the persons.
void FindCompanyContexts(Context* c);
// Unknown names listed with a known organization and nothing else ("Global
// Witness, Oxfam and Mighty Earth"): organizations too. Runs after the others.
void FindListedOrganizations(Context* c);
// Keeps the longest candidates; nests only where a container allows it.
std::vector<Mention> SelectMentions(Context* c);
// After selection: acronyms defined in the text, surnames of named persons.
void AddAcronymsAndSurnames(Context* c, std::vector<Mention>* out);
void DropWireCredits(const Context& c, std::vector<Mention>* out);

}  // namespace ner
}  // namespace actorgraph

#endif  // ACTORGRAPH_NER_CONTEXT_H_
