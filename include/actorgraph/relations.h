// relations: the rule engine over sentence skeletons (rules/relations/*.json).
#ifndef ACTORGRAPH_RELATIONS_H_
#define ACTORGRAPH_RELATIONS_H_

#include <memory>
#include <string>
#include <vector>

#include "actorgraph/status.h"
#include "actorgraph/types.h"

namespace actorgraph {

// One example or counter-example carried by a rule file.
struct RuleExample {
  std::string file;      // rule file
  int line = 0;          // line of the example in the file
  std::string relation;  // the file's relation
  std::string text;
  bool counter = false;  // a counter-example must give no edge of this relation
  // Expected edges: source name, relation, target name, modality ("" = any positive).
  struct Edge {
    std::string source, relation, target, modality;
  };
  std::vector<Edge> edges;
};

// The compiled relation rules (RE2::Set prefilters over groups of them; each
// regex and Set compiled when first needed) and modality cues, shared by
// threads and, once loaded, never changed in what they match.
class RuleSet {
 public:
  virtual ~RuleSet() = default;
  // Loads every rules_dir/relations/*.json. All diagnostics are collected
  // (file:line:col for JSON syntax; file:line, rule id and field otherwise)
  // before failing; a bad rule set never half-loads. Up to `threads` threads
  // compile the rules (0: one per core); the result does not depend on it.
  static Result<std::shared_ptr<const RuleSet>> Load(const std::string& rules_dir,
                                                     std::vector<Diagnostic>* diags,
                                                     int threads = 1);
  // Relations of one document from its resolved mentions (dates included).
  virtual std::vector<Relation> Extract(const Document& doc,
                                        const std::vector<Mention>& mentions) const = 0;
  virtual const std::vector<RuleExample>& examples() const = 0;
  // Regexes are compiled when a sentence first needs them (Load compiles at
  // once only those that might not compile). CompileAll compiles the rest
  // now, on up to `threads` threads (0: one per core), and appends a
  // Diagnostic for each regex, or group prefilter, that does not compile.
  // `rules check` runs it, and `extract` before a corpus, so that the cost
  // is start-up, paid in parallel.
  virtual void CompileAll(std::vector<Diagnostic>* diags, int threads) const = 0;
  virtual size_t rule_count() const = 0;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_RELATIONS_H_
