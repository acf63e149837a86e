// The entity recognizer behind EntityRecognizer::Load.
#ifndef ACTORGRAPH_NER_NER_IMPL_H_
#define ACTORGRAPH_NER_NER_IMPL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "actorgraph/ner.h"
#include "ner/lexicon.h"

namespace actorgraph {
namespace ner {

// How many sentences back a bare anaphor ("the agreement", "the alliance")
// may find what it refers to.
constexpr uint32_t kAnaphorSentences = 8;

// Adds to `mentions` (sorted by span, organizations resolved) the definite
// descriptions that refer back to an organization ("the alliance" after
// NATO), from lex.org_anaphors.
void ResolveOrgAnaphors(const Document& doc, const Lexicon& lex, std::vector<Mention>* mentions);

class Recognizer : public EntityRecognizer {
 public:
  Recognizer() = default;
  Lexicon& lexicon() { return lex_; }
  std::vector<Mention> Find(const Document& doc, const std::vector<Mention>& dates) const override;
  void Resolve(const Document& doc, std::vector<Mention>* mentions) const override;

 private:
  // The first treaty head phrase inside `text`, or nullptr.
  const Phrase* TreatyHeadIn(const std::string& text) const;
  // The class of the treaty head inside `label` (TreatyClass), or kTreatyGeneral.
  uint32_t TreatyClassOf(const std::string& text) const;
  // Does `text` hold a proposal's head ("proposal", "draft") and no other
  // treaty head ("treaty" of "draft treaty")?
  bool OnlyProposal(const std::string& text) const;
  // Whether the treaty head word in `text` makes treaties only of names ("declaration").
  bool NamedOnlyHead(const std::string& text) const;
  // the head word is a plural ("resolutions", "agreements")
  bool PluralHead(const std::string& text) const;
  // Lower-cased premodifiers of a treaty label that identify it ("cybersecurity").
  std::vector<std::string> TreatyContent(const std::string& label) const;
  void ResolveTreaties(const Document& doc, std::vector<Mention>* mentions) const;
  Lexicon lex_;
};

}  // namespace ner
}  // namespace actorgraph

#endif  // ACTORGRAPH_NER_NER_IMPL_H_
