// pipeline: compiled knowledge and the per-document extraction.
#ifndef ACTORGRAPH_PIPELINE_H_
#define ACTORGRAPH_PIPELINE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "actorgraph/dates.h"
#include "actorgraph/input.h"
#include "actorgraph/ner.h"
#include "actorgraph/relations.h"
#include "actorgraph/status.h"
#include "actorgraph/types.h"

namespace actorgraph {

// Everything loaded from rules/: built once, immutable, shared by threads.
struct Knowledge {
  std::shared_ptr<const DateRecognizer> dates;
  std::shared_ptr<const EntityRecognizer> entities;
  std::shared_ptr<const RuleSet> relations;

  // Loads rules_dir; on failure *diags holds every problem found. Up to
  // `threads` threads do the work (0: one per core); the knowledge and the
  // diagnostics do not depend on it.
  static Result<std::shared_ptr<const Knowledge>> Load(const std::string& rules_dir,
                                                       std::vector<Diagnostic>* diags,
                                                       int threads = 1);
};

// The rules directory used when --rules is not given: $ACTORGRAPH_RULES, else
// ./rules, else rules/ found from the executable (../rules, rules,
// ../share/actorgraph/rules), else the source tree's rules/ it was built from.
std::string DefaultRulesDir();

// text -> dates -> ner -> resolve -> relations for one document.
Extraction Extract(Document doc, const Knowledge& k);

// Compiles every relation regex (RuleSet::CompileAll) and runs every rule
// file's examples and counter-examples through the whole pipeline; returns
// one diagnostic per failure.
std::vector<Diagnostic> CheckRuleExamples(const Knowledge& k, size_t* examples_run);

// Options for RunCorpus:
//   jobs       worker threads; 0 = all cores. Output order never depends on it.
//   progress   print progress (documents, MB, MB/s, ETA) to stderr every half second
//   keep_analysis  keep sentences/tokens in each Extraction's document (default:
//              cleared before the sink sees it, to save memory)
struct RunOptions {
  int jobs = 0;
  bool progress = false;
  bool keep_analysis = false;
};

struct RunStats {
  uint64_t documents = 0;  // documents extracted
  uint64_t skipped = 0;    // documents the reader skipped
  uint64_t sentences = 0;
  uint64_t bytes = 0;  // text bytes extracted
  double seconds = 0;
};

// Streams every document of `reader` through Extract on `jobs` threads and
// hands each Extraction to `sink` on the calling thread, in input order.
// Problems reported by the reader go to `on_problem` (calling thread). Memory
// stays bounded: at most a few batches per thread are in flight.
RunStats RunCorpus(DocumentReader* reader, const Knowledge& k, const RunOptions& options,
                   const std::function<void(Extraction&)>& sink,
                   const std::function<void(const InputProblem&)>& on_problem);

}  // namespace actorgraph

#endif  // ACTORGRAPH_PIPELINE_H_
