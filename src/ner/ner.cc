#include "actorgraph/ner.h"

#include <memory>

#include "ner/context.h"
#include "ner/ner_impl.h"

namespace actorgraph {
namespace ner {

std::vector<Mention> Recognizer::Find(const Document& doc,
                                      const std::vector<Mention>& dates) const {
  if (doc.tokens.empty()) return {};
  Context c(doc, lex_, dates);
  ScanGazetteer(&c);
  FindShortFormStates(&c);
  FindOrganizations(&c);
  FindDescribedOrganizations(&c);
  FindNamedGroups(&c);
  FindSpelledAcronymNames(&c);
  FindTreaties(&c);
  FindPersons(&c);
  FindCompanyContexts(&c);
  FindListedOrganizations(&c);
  std::vector<Mention> out = SelectMentions(&c);
  AddAcronymsAndSurnames(&c, &out);
  DropWireCredits(c, &out);
  return out;
}

}  // namespace ner

Result<std::shared_ptr<const EntityRecognizer>> EntityRecognizer::Load(
    const std::string& rules_dir, std::vector<Diagnostic>* diags) {
  auto r = std::make_shared<ner::Recognizer>();
  std::vector<Diagnostic> local;
  if (!ner::LoadLexicon(rules_dir, &r->lexicon(), diags ? diags : &local))
    return Status::RulesInvalid("entity rules under " + rules_dir + " have errors");
  return std::shared_ptr<const EntityRecognizer>(std::move(r));
}

}  // namespace actorgraph
