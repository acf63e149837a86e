#include "cli/common.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
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

int LoadKnowledge(const std::string& dir, std::shared_ptr<const Knowledge>* out) {
  std::vector<Diagnostic> diags;
  auto k = Knowledge::Load(dir, &diags);
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
      [](const InputProblem& p) { std::cerr << "actorgraph: " << p.where << ": " << p.message << "\n"; });
  return st.skipped > 0 ? kSkipped : kOk;
}

AtomicFile::AtomicFile(const std::string& path) : path_(path) {
  if (path_.empty()) return;
  std::error_code ec;
  auto st = std::filesystem::status(path_, ec);
  if (!ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st)) {
    // /dev/null, /dev/stdout, a FIFO: write in place, never rename over it.
    direct_ = true;
    file_.open(path_, std::ios::binary);
    if (!file_) error_ = "cannot write " + path_;
    return;
  }
  auto parent = std::filesystem::path(path_).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  tmp_ = path_ + ".tmp." + std::to_string(getpid());
  file_.open(tmp_, std::ios::binary | std::ios::trunc);
  if (!file_) error_ = "cannot create " + tmp_;
}

AtomicFile::~AtomicFile() {
  if (!path_.empty() && !committed_ && !direct_) {
    file_.close();
    std::remove(tmp_.c_str());
  }
}

std::ostream& AtomicFile::out() { return path_.empty() ? std::cout : file_; }

Status AtomicFile::Commit() {
  if (path_.empty()) {
    std::cout.flush();
    return std::cout ? Status::OK() : Status::IOError("cannot write to standard output");
  }
  file_.flush();
  bool good = static_cast<bool>(file_);
  file_.close();
  if (direct_) {
    committed_ = true;
    return good ? Status::OK() : Status::IOError("cannot write " + path_);
  }
  if (!good || std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    std::remove(tmp_.c_str());
    return Status::IOError("cannot write " + path_);
  }
  committed_ = true;
  return Status::OK();
}

}  // namespace actorgraph::cli
