// actorgraph: the command-line tool. Each subcommand lives in its own file.
#include <cstring>
#include <iostream>
#include <string>

#include "cli/args.h"

namespace {

const char kUsageText[] =
    "actorgraph " ACTORGRAPH_VERSION
    " - builds a knowledge graph of who did what to whom, and when, from news and policy text.\n"
    "\n"
    "usage:\n"
    "  actorgraph extract [PATH|-]... [-o OUT] [--format F] [--rules DIR] [--doc-date YYYY-MM-DD]\n"
    "                     [--date-fallback] [--jobs N] [--quiet]\n"
    "  actorgraph query GRAPH.json|TEXT... QUESTION [--since D] [--until D] [--modality M]\n"
    "                   [--min-confidence X] [--type T] [--output table|json|csv]\n"
    "  actorgraph merge A.json B.jsonl... -o ALL.json\n"
    "  actorgraph convert GRAPH.json -o OUT.graphml [--format F]\n"
    "  actorgraph stats GRAPH.json\n"
    "  actorgraph rules check [--rules DIR]\n"
    "\n"
    "Formats: json graphml gexf cyjs dot csv jsonl (default: from -o's extension, else json).\n"
    "Run 'actorgraph COMMAND --help' for a command's options.\n"
    "Exit codes: 0 ok; 1 usage; 2 rules invalid; 3 input/output error, nothing written;\n"
    "4 written, but some documents were skipped (each reported on stderr).\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace actorgraph::cli;
  if (argc < 2) {
    std::cerr << kUsageText;
    return kUsage;
  }
  std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::cout << kUsageText;
    return kOk;
  }
  if (cmd == "--version") {
    std::cout << "actorgraph " ACTORGRAPH_VERSION "\n";
    return kOk;
  }
  if (cmd == "extract") return Extract(argc, argv);
  if (cmd == "query") return Query(argc, argv);
  if (cmd == "merge") return Merge(argc, argv);
  if (cmd == "convert") return Convert(argc, argv);
  if (cmd == "stats") return Stats(argc, argv);
  if (cmd == "rules") return Rules(argc, argv);
  std::cerr << "actorgraph: unknown command '" << cmd << "'\n\n" << kUsageText;
  return kUsage;
}
