#include "cli/common.h"

#include <fstream>
#include <iostream>

#include "actorgraph/util.h"

namespace actorgraph::cli {

int UsageError(const std::string& message, const char* help) {
  std::cerr << "actorgraph: " << message << "\n\n" << help;
  return kUsage;
}

bool ParseCount(const std::string& s, int* out) {
  if (s.empty() || s.size() > 6) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

Result<Format> ChooseFormat(const Args& args, const std::string& out) {
  if (args.Has("--format")) return ParseFormat(args.Get("--format"));
  if (out.empty()) return Format::kJson;
  return FormatFromPath(out);
}

int LoadKnowledge(const std::string& dir, std::shared_ptr<const Knowledge>* out, int threads) {
  std::vector<Diagnostic> diags;
  auto k = Knowledge::Load(dir, &diags, threads);
  for (const Diagnostic& d : diags) std::cerr << d.ToString() << "\n";
  if (!k.ok()) {
    std::cerr << "actorgraph: rules invalid (" << diags.size() << " problem"
              << (diags.size() == 1 ? "" : "s") << ") in " << dir << "\n";
    return kRulesInvalid;
  }
  *out = *k;
  return kOk;
}

namespace {

// A .json file, or a .jsonl whose first line is a document graph.
bool IsGraphFile(const std::string& path) {
  if (EndsWith(path, ".json")) return true;
  if (!EndsWith(path, ".jsonl")) return false;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line))
    if (!Trim(line).empty()) return line.find("\"nodes\"") != std::string::npos;
  return false;
}

}  // namespace

int LoadGraphs(const std::vector<std::string>& inputs, const Args& args, KnowledgeGraph* g) {
  std::vector<std::string> texts;
  for (const std::string& in : inputs) {
    if (!IsGraphFile(in)) {
      texts.push_back(in);
      continue;
    }
    auto r = ReadGraphFile(in);
    if (!r.ok()) {
      std::cerr << "actorgraph: " << r.status().message() << "\n";
      return kIOError;
    }
    g->Merge(*r);
  }
  if (texts.empty()) return kOk;
  std::shared_ptr<const Knowledge> k;
  if (int rc = LoadKnowledge(args.Get("--rules", DefaultRulesDir()), &k); rc != kOk) return rc;
  auto reader = DocumentReader::Open(texts, InputOptions{});
  if (!reader.ok()) {
    std::cerr << "actorgraph: " << reader.status().message() << "\n";
    return kIOError;
  }
  RunOptions run;
  RunStats st = RunCorpus(
      reader->get(), *k, run, [&](Extraction& x) { g->Add(x); },
      [](const InputProblem& p) {
        std::cerr << "actorgraph: " << p.where << ": " << p.message << "\n";
      });
  return st.skipped > 0 ? kSkipped : kOk;
}

}  // namespace actorgraph::cli
