// Pieces shared by the subcommands.
#ifndef ACTORGRAPH_CLI_COMMON_H_
#define ACTORGRAPH_CLI_COMMON_H_

#include <memory>
#include <string>
#include <vector>

#include "actorgraph/graph.h"
#include "actorgraph/io.h"
#include "actorgraph/pipeline.h"
#include "cli/args.h"

namespace actorgraph::cli {

// Prints "actorgraph: MESSAGE" and the help text to stderr; returns kUsage.
int UsageError(const std::string& message, const char* help);

bool ParseCount(const std::string& s, int* out);

// --format, else -o's extension, else JSON.
Result<Format> ChooseFormat(const Args& args, const std::string& out);

// Loads rules on `threads` threads (0: one per core), printing every
// diagnostic; kOk or kRulesInvalid.
int LoadKnowledge(const std::string& dir, std::shared_ptr<const Knowledge>* out, int threads = 0);

// Reads graph files (JSON exports, JSONL of document graphs) or, when the
// inputs are text, extracts them. Returns an exit code.
int LoadGraphs(const std::vector<std::string>& inputs, const Args& args, KnowledgeGraph* g);

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_COMMON_H_
