// The plain values that flow through the pipeline:
//
//   Document ──text──► sentences + tokens ──dates/ner──► Mentions
//            ──resolve──► Mentions with node ids ──relations──► Relations
//
// All spans are half-open [begin, end) UTF-8 byte offsets into Document::text,
// which holds the document's original bytes (after U+FFFD repair of invalid
// sequences, see Document::utf8_repaired).
#ifndef ACTORGRAPH_TYPES_H_
#define ACTORGRAPH_TYPES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span& a, const Span& b) {
    return a.begin == b.begin && a.end == b.end;
  }
  friend bool operator<(const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  }
};

enum class TokenKind : uint8_t {
  kWord,    // letters, with inner apostrophes/periods ("don't", "U.S.")
  kNumber,  // digits, with inner separators ("1,000", "3.5", "2015-09-27" is split)
  kPunct,   // one punctuation character or quote ("," "„" "-")
  kSymbol,  // anything else (emoji, "@", "#", currency)
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;  // whitespace precedes the token
};

struct Sentence {
  Span span;                 // from the first token's begin to the last token's end
  uint32_t token_begin = 0;  // [token_begin, token_end) into Document::tokens
  uint32_t token_end = 0;
};

struct Document {
  std::string id;      // stable: JSONL "id", a file's base name, or a path relative to a directory
  std::string source;  // where it came from ("seeds/x.txt", "corpus.jsonl:17", "-")
  std::string text;    // UTF-8; invalid sequences replaced by U+FFFD
  std::string date;    // document date "YYYY-MM-DD" or empty
  bool utf8_repaired = false;
  uint64_t bytes = 0;  // size of the original input text in bytes
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  std::string_view Text(const Span& s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

enum class EntityType : uint8_t { kState, kOrganization, kPerson, kTreaty, kDate };
// "state", "organization", "person", "treaty", "date".
const char* EntityTypeName(EntityType t);
// Parses the names above (and "ORG", "STATE", ... in any case); false if unknown.
bool ParseEntityType(std::string_view name, EntityType* out);

// Mention::flags
enum MentionFlag : uint32_t {
  kMetonym = 1u << 0,    // a capital or seat standing for its state/body ("Moscow argued")
  kDemonym = 1u << 1,    // adjective form ("Russian hacking", "Sino-")
  kDescribed = 1u << 2,  // a described, unnamed entity ("a bilateral cybersecurity agreement")
  kAnaphor = 1u << 3,    // refers back ("the pact", "the Convention", "both countries")
  kAcronym = 1u << 4,    // an acronym ("SCO"), possibly defined in the text
};

struct Mention {
  Span span;
  EntityType type = EntityType::kState;
  uint32_t sentence = 0;     // index into Document::sentences
  uint32_t token_begin = 0;  // [token_begin, token_end) into Document::tokens
  uint32_t token_end = 0;
  std::string node;   // resolved node id ("state:RUS", "person:valentin-weber"); empty for dates
  std::string label;  // canonical label of the entity ("Russia")
  std::string value;  // dates: TIMEX3 value ("2015-05", "XXXX-09-27", "PRESENT_REF")
  std::string role;   // persons: title or role ("President", "senior adviser")
  std::string rule;   // the recognizer that produced it ("gazetteer", "date.month-year")
  uint32_t flags = 0;
};

enum class Modality : uint8_t { kAsserted, kAlleged, kNegated, kHypothetical };
const char* ModalityName(Modality m);  // "asserted", "alleged", "negated", "hypothetical"
bool ParseModality(std::string_view name, Modality* out);

struct Relation {
  std::string type;     // "signed", "proposed", "supported", "opposed", "alleged-attack",
                        // "accused", "affiliated-with", "part-of"
  uint32_t source = 0;  // index into Extraction::mentions
  uint32_t target = 0;  // index into Extraction::mentions
  Modality modality = Modality::kAsserted;
  std::string cue;   // the modality cue that fired ("not", "allegedly"); empty when asserted
  std::string date;  // TIMEX3 value of the date nearest the trigger in the sentence, or empty
  uint32_t sentence = 0;
  Span evidence;     // the sentence (or clause) the relation was read from
  Span trigger;      // the trigger word(s)
  std::string rule;  // rule id ("signed.conclude")
  double confidence = 0.0;
};

// Everything read from one document.
struct Extraction {
  Document doc;                   // sentences/tokens may be cleared after extraction to save memory
  std::vector<Mention> mentions;  // sorted by span
  std::vector<Relation> relations;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_TYPES_H_
