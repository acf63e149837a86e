// dates: finds date expressions and normalizes them to TIMEX3 values.
#ifndef ACTORGRAPH_DATES_H_
#define ACTORGRAPH_DATES_H_

#include <memory>
#include <string>
#include <vector>

#include "actorgraph/status.h"
#include "actorgraph/types.h"

namespace actorgraph {

// Compiled date vocabulary (rules/dates/*), immutable, shared by threads.
class DateRecognizer {
 public:
  virtual ~DateRecognizer() = default;
  // Loads the vocabulary under rules_dir; every problem goes to *diags.
  static Result<std::shared_ptr<const DateRecognizer>> Load(const std::string& rules_dir,
                                                            std::vector<Diagnostic>* diags);
  // Date mentions (type kDate, value set, node empty) of an analyzed document,
  // sorted by span. Relative expressions resolve against doc.date, else the
  // nearest preceding explicit date, else keep X's ("XXXX-09-27").
  virtual std::vector<Mention> Find(const Document& doc) const = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_DATES_H_
