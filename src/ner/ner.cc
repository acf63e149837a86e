// STUB: replaced by the ner module implementation.
#include "actorgraph/ner.h"
namespace actorgraph {
namespace {
class NoEntities : public EntityRecognizer {
 public:
  std::vector<Mention> Find(const Document&, const std::vector<Mention>&) const override {
    return {};
  }
  void Resolve(const Document&, std::vector<Mention>*) const override {}
};
}  // namespace
Result<std::shared_ptr<const EntityRecognizer>> EntityRecognizer::Load(const std::string&,
                                                                       std::vector<Diagnostic>*) {
  return std::shared_ptr<const EntityRecognizer>(std::make_shared<NoEntities>());
}
}  // namespace actorgraph
