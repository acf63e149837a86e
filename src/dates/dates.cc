// STUB: replaced by the dates module implementation.
#include "actorgraph/dates.h"
namespace actorgraph {
namespace {
class NoDates : public DateRecognizer {
 public:
  std::vector<Mention> Find(const Document&) const override { return {}; }
};
}  // namespace
Result<std::shared_ptr<const DateRecognizer>> DateRecognizer::Load(const std::string&,
                                                                   std::vector<Diagnostic>*) {
  return std::shared_ptr<const DateRecognizer>(std::make_shared<NoDates>());
}
}  // namespace actorgraph
