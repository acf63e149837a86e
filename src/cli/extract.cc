// actorgraph extract: text in, graph out.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "actorgraph/input.h"
#include "actorgraph/io.h"
#include "actorgraph/pipeline.h"
#include "actorgraph/util.h"
#include "cli/args.h"
#include "cli/common.h"

namespace actorgraph::cli {
namespace {

const char kHelp[] =
    "usage: actorgraph extract [PATH|-]... [options]\n"
    "\n"
    "Reads .txt files (one document each), .jsonl / .jsonl.gz files ({\"id\",\"text\",\"date\"?} "
    "a\n"
    "line), directories (recursively: their .txt, .jsonl and .jsonl.gz files) and '-' (stdin), "
    "and\n"
    "writes one knowledge graph of all documents.\n"
    "\n"
    "options:\n"
    "  -o OUT             output file (written atomically); default: standard output\n"
    "  --format F         json graphml gexf cyjs dot csv jsonl; default: from OUT's extension\n"
    "                     (.json .graphml .gexf .cyjs.json .dot .csv .jsonl), else json\n"
    "  --rules DIR        rules directory (default: $ACTORGRAPH_RULES, else ./rules)\n"
    "  --doc-date D       document date YYYY-MM-DD for documents without one; anchors\n"
    "                     relative dates (\"Thursday\", \"last week\")\n"
    "  --date-fallback    give an edge whose sentence has no date the document date\n"
    "  --jobs N           worker threads (default: all cores); output is identical for any N\n"
    "  --quiet            no progress display (the final summary line is always printed)\n"
    "\n"
    "Exit codes: 0 ok; 1 usage; 2 rules invalid; 3 input/output error, nothing written;\n"
    "4 written, but some documents were skipped (each reported on stderr with file and line).\n";

}  // namespace

int Extract(int argc, char** argv) {
  Args args({"-o", "--format", "--rules", "--doc-date", "--jobs"},
            {"--quiet", "--date-fallback", "--help", "-h"});
  if (!args.Parse(argc, argv, 2)) return UsageError(args.error(), kHelp);
  if (args.Has("--help") || args.Has("-h")) {
    std::cout << kHelp;
    return kOk;
  }
  std::vector<std::string> inputs = args.positional();
  if (inputs.empty()) {
    if (isatty(0)) return UsageError("no input given", kHelp);
    inputs.push_back("-");
  }
  InputOptions in_opts;
  if (args.Has("--doc-date")) {
    auto d = ParseDocumentDate(args.Get("--doc-date"));
    if (!d.ok()) return UsageError("--doc-date: " + d.status().message(), kHelp);
    in_opts.default_date = *d;
  }
  RunOptions run;
  if (args.Has("--jobs")) {
    if (!ParseCount(args.Get("--jobs"), &run.jobs) || run.jobs < 1)
      return UsageError("--jobs needs a whole number >= 1", kHelp);
  }
  run.progress = !args.Has("--quiet") && isatty(2);
  std::string out = args.Get("-o");
  auto format = ChooseFormat(args, out);
  if (!format.ok()) return UsageError(format.status().message(), kHelp);

  std::shared_ptr<const Knowledge> knowledge;
  // The rules compile on as many threads as the run will use.
  if (int rc = LoadKnowledge(args.Get("--rules", DefaultRulesDir()), &knowledge, run.jobs);
      rc != kOk)
    return rc;

  // A corpus (a directory, JSONL, stdin) meets most rules: they compile now,
  // on the run's threads, as start-up. A few text files compile only the
  // rules their sentences reach.
  if (std::any_of(inputs.begin(), inputs.end(),
                  [](const std::string& in) { return !EndsWith(in, ".txt"); })) {
    std::vector<Diagnostic> diags;
    knowledge->relations->CompileAll(&diags, run.jobs);
    for (const Diagnostic& d : diags) std::cerr << "actorgraph: warning: " << d.ToString() << "\n";
  }

  auto reader = DocumentReader::Open(inputs, in_opts);
  if (!reader.ok()) {
    std::cerr << "actorgraph: " << reader.status().message() << "\n";
    return kIOError;
  }
  const bool fallback = args.Has("--date-fallback");
  auto on_problem = [](const InputProblem& p) {
    std::cerr << "actorgraph: " << p.where << ": " << p.message << "\n";
  };

  KnowledgeGraph graph;
  // --format jsonl streams one line per document, to the output file or stdout.
  std::unique_ptr<AtomicFile> file;
  std::ostream* stream = nullptr;
  if (*format == Format::kJsonl) {
    stream = &std::cout;
    if (!out.empty() && out != "-") {
      file = std::make_unique<AtomicFile>(out);
      if (Status s = file->Open(); !s.ok()) {
        std::cerr << "actorgraph: " << s.message() << " (nothing written)\n";
        return kIOError;
      }
      stream = &file->stream();
    }
  }
  uint64_t nodes_edges[2] = {0, 0};
  auto sink = [&](Extraction& x) {
    if (fallback && !x.doc.date.empty())
      for (Relation& r : x.relations)
        if (r.date.empty()) r.date = x.doc.date;
    if (stream) {
      KnowledgeGraph one;
      one.Add(x);
      nodes_edges[0] += one.num_nodes();
      nodes_edges[1] += one.num_edges();
      *stream << DocumentJsonLine(one) << '\n';
    } else {
      graph.Add(x);
    }
  };
  RunStats st = RunCorpus(reader->get(), *knowledge, run, sink, on_problem);

  Status written;
  if (file) {
    written = file->Finish();
    if (written.ok()) written = file->Commit();
  } else if (stream) {
    std::cout.flush();
    if (!std::cout) written = Status::IOError("cannot write to standard output");
  } else if (out.empty()) {
    written = WriteGraph(graph, *format, std::cout);
  } else {
    written = WriteGraphFile(graph, *format, out);
  }
  double mb = st.bytes / 1e6;
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  std::fprintf(stderr,
               "actorgraph: %llu documents (%llu skipped), %llu sentences, %.2f MB in %.2f s "
               "(%.1f MB/s), peak RSS %ld MB; %zu nodes, %zu edges%s%s\n",
               static_cast<unsigned long long>(st.documents),
               static_cast<unsigned long long>(st.skipped),
               static_cast<unsigned long long>(st.sentences), mb, st.seconds,
               st.seconds > 0 ? mb / st.seconds : 0.0, ru.ru_maxrss / 1024,
               stream ? static_cast<size_t>(nodes_edges[0]) : graph.num_nodes(),
               stream ? static_cast<size_t>(nodes_edges[1]) : graph.num_edges(),
               out.empty() ? "" : " -> ", out.c_str());
  if (!written.ok()) {
    std::cerr << "actorgraph: " << written.message() << " (nothing written)\n";
    return kIOError;
  }
  return st.skipped > 0 ? kSkipped : kOk;
}

}  // namespace actorgraph::cli
