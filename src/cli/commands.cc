// actorgraph query | merge | convert | stats | rules check
#include <iostream>

#include "actorgraph/query.h"
#include "cli/common.h"

namespace actorgraph::cli {
namespace {

const char kQueryHelp[] =
    "usage: actorgraph query GRAPH.json|TEXT... QUESTION [options]\n"
    "\n"
    "Answers a question from a graph (JSON export or JSONL of document graphs) or from text\n"
    "inputs extracted on the fly. Questions: \"who supported what\", \"Russia opposed ?\",\n"
    "\"? signed 'Budapest Convention'\", \"who accused North Korea\". Names match labels and\n"
    "aliases, case-insensitively.\n"
    "\n"
    "options:\n"
    "  --since D / --until D   keep edges dated within [D, D] (YYYY, YYYY-MM or YYYY-MM-DD)\n"
    "  --modality M            asserted, alleged, negated or hypothetical\n"
    "  --min-confidence X      keep edges with confidence >= X\n"
    "  --type T                keep edges touching a node of type T (state, organization, ...)\n"
    "  --output table|json|csv (default table)\n"
    "  --rules DIR             rules for text inputs\n";

const char kMergeHelp[] =
    "usage: actorgraph merge A.json B.jsonl... -o ALL.json [--format F]\n"
    "\n"
    "Merges graphs: nodes by id, edges by (source, relation, target, modality), evidence and\n"
    "documents deduplicated. Associative: shards merge in any grouping to the same graph.\n";

const char kConvertHelp[] =
    "usage: actorgraph convert GRAPH.json -o OUT [--format F]\n"
    "\n"
    "Writes a graph (JSON export or JSONL) in another format: json graphml gexf cyjs dot csv "
    "jsonl.\n";

const char kStatsHelp[] =
    "usage: actorgraph stats GRAPH.json|TEXT...\n"
    "\n"
    "Prints counts by node type and relation, the most connected actors and the connected\n"
    "components.\n";

const char kRulesHelp[] =
    "usage: actorgraph rules check [--rules DIR]\n"
    "\n"
    "Compiles every rule file, runs every example and counter-example through the whole\n"
    "pipeline, and prints each problem as file:line. Exit 0 when all pass, 2 otherwise.\n";

bool WantsHelp(const Args& a) { return a.Has("--help") || a.Has("-h"); }

int WriteOut(const KnowledgeGraph& g, const Args& args, const char* help, bool need_out) {
  std::string out = args.Get("-o");
  if (need_out && out.empty()) return UsageError("-o OUT is required", help);
  auto format = ChooseFormat(args, out);
  if (!format.ok()) return UsageError(format.status().message(), help);
  Status s = out.empty() ? WriteGraph(g, *format, std::cout) : WriteGraphFile(g, *format, out);
  if (!s.ok()) {
    std::cerr << "actorgraph: " << s.message() << " (nothing written)\n";
    return kIOError;
  }
  std::cerr << "actorgraph: " << g.documents().size() << " documents, " << g.num_nodes()
            << " nodes, " << g.num_edges() << " edges -> " << (out.empty() ? "stdout" : out)
            << "\n";
  return kOk;
}

}  // namespace

int Query(int argc, char** argv) {
  Args args(
      {"--since", "--until", "--modality", "--min-confidence", "--type", "--output", "--rules"},
      {"--help", "-h"});
  if (!args.Parse(argc, argv, 2)) return UsageError(args.error(), kQueryHelp);
  if (WantsHelp(args)) return std::cout << kQueryHelp, kOk;
  std::vector<std::string> in = args.positional();
  if (in.size() < 2) return UsageError("need a graph (or text) and a question", kQueryHelp);
  std::string question = in.back();
  in.pop_back();
  QueryOptions q;
  q.since = args.Get("--since");
  q.until = args.Get("--until");
  q.modality = args.Get("--modality");
  q.type = args.Get("--type");
  q.output = args.Get("--output", "table");
  if (q.output != "table" && q.output != "json" && q.output != "csv")
    return UsageError("--output must be table, json or csv", kQueryHelp);
  if (args.Has("--min-confidence")) {
    try {
      size_t used = 0;
      q.min_confidence = std::stod(args.Get("--min-confidence"), &used);
      if (used != args.Get("--min-confidence").size()) throw std::invalid_argument("x");
    } catch (const std::exception&) {
      return UsageError("--min-confidence needs a number", kQueryHelp);
    }
  }
  KnowledgeGraph g;
  int rc = LoadGraphs(in, args, &g);
  if (rc != kOk && rc != kSkipped) return rc;
  Status s = RunQuery(g, question, q, std::cout);
  if (!s.ok()) {
    std::cerr << "actorgraph: " << s.message() << "\n";
    return kUsage;
  }
  return rc;
}

int Merge(int argc, char** argv) {
  Args args({"-o", "--format"}, {"--help", "-h"});
  if (!args.Parse(argc, argv, 2)) return UsageError(args.error(), kMergeHelp);
  if (WantsHelp(args)) return std::cout << kMergeHelp, kOk;
  if (args.positional().empty()) return UsageError("no graph to merge", kMergeHelp);
  KnowledgeGraph g;
  if (int rc = LoadGraphs(args.positional(), args, &g); rc != kOk) return rc;
  return WriteOut(g, args, kMergeHelp, true);
}

int Convert(int argc, char** argv) {
  Args args({"-o", "--format"}, {"--help", "-h"});
  if (!args.Parse(argc, argv, 2)) return UsageError(args.error(), kConvertHelp);
  if (WantsHelp(args)) return std::cout << kConvertHelp, kOk;
  if (args.positional().size() != 1) return UsageError("convert takes one graph", kConvertHelp);
  KnowledgeGraph g;
  if (int rc = LoadGraphs(args.positional(), args, &g); rc != kOk) return rc;
  return WriteOut(g, args, kConvertHelp, true);
}

int Stats(int argc, char** argv) {
  Args args({"--rules"}, {"--help", "-h"});
  if (!args.Parse(argc, argv, 2)) return UsageError(args.error(), kStatsHelp);
  if (WantsHelp(args)) return std::cout << kStatsHelp, kOk;
  if (args.positional().empty()) return UsageError("no graph given", kStatsHelp);
  KnowledgeGraph g;
  int rc = LoadGraphs(args.positional(), args, &g);
  if (rc != kOk && rc != kSkipped) return rc;
  WriteStats(g, std::cout);
  return rc;
}

int Rules(int argc, char** argv) {
  Args args({"--rules"}, {"--help", "-h"});
  if (!args.Parse(argc, argv, 2)) return UsageError(args.error(), kRulesHelp);
  if (WantsHelp(args)) return std::cout << kRulesHelp, kOk;
  if (args.positional().size() != 1 || args.positional()[0] != "check")
    return UsageError("the only rules command is 'rules check'", kRulesHelp);
  std::string dir = args.Get("--rules", DefaultRulesDir());
  std::shared_ptr<const Knowledge> k;
  if (int rc = LoadKnowledge(dir, &k); rc != kOk) return rc;
  size_t run = 0;
  std::vector<Diagnostic> fails = CheckRuleExamples(*k, &run);
  for (const Diagnostic& d : fails) std::cerr << d.ToString() << "\n";
  std::cout << "rules check: " << k->relations->rule_count() << " relation rules, " << run
            << " examples and counter-examples, " << fails.size() << " failed (" << dir << ")\n";
  return fails.empty() ? kOk : kRulesInvalid;
}

}  // namespace actorgraph::cli
