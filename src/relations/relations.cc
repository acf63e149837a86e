// STUB: replaced by the relations module implementation.
#include "actorgraph/relations.h"
namespace actorgraph {
namespace {
class NoRules : public RuleSet {
 public:
  std::vector<Relation> Extract(const Document&, const std::vector<Mention>&) const override {
    return {};
  }
  const std::vector<RuleExample>& examples() const override { return examples_; }
  size_t rule_count() const override { return 0; }
  std::vector<RuleExample> examples_;
};
}  // namespace
Result<std::shared_ptr<const RuleSet>> RuleSet::Load(const std::string&,
                                                     std::vector<Diagnostic>*) {
  return std::shared_ptr<const RuleSet>(std::make_shared<NoRules>());
}
}  // namespace actorgraph
