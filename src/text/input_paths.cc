#include "text/input_paths.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "actorgraph/util.h"

namespace actorgraph {
namespace text_internal {
namespace {

namespace fs = std::filesystem;

struct Walker {
  std::set<std::string> visited;  // canonical directories entered
  std::vector<InputSource> found;
  std::vector<InputProblem>* problems;

  void Problem(const std::string& where, const std::string& msg, bool skipped) {
    InputProblem p;
    p.where = where;
    p.message = msg;
    p.skipped = skipped;
    problems->push_back(std::move(p));
  }

  // dir: path to open; shown: path as the user would write it; rel: prefix
  // relative to the directory argument ("" or "sub/").
  void Walk(const fs::path& dir, const std::string& shown, const std::string& rel) {
    std::error_code ec;
    fs::path canon = fs::canonical(dir, ec);
    if (ec) {
      Problem(shown, "cannot resolve directory: " + ec.message(), true);
      return;
    }
    if (!visited.insert(canon.string()).second) {
      Problem(shown, "directory already read (symlink loop or duplicate link), not read again",
              false);
      return;
    }
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
      Problem(shown, "cannot read directory: " + ec.message(), true);
      return;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        Problem(shown, "cannot read directory: " + ec.message(), true);
        return;
      }
      std::string name = it->path().filename().string();
      std::string child_shown = shown.back() == '/' ? shown + name : shown + "/" + name;
      std::error_code sec;
      fs::file_status st = fs::status(it->path(), sec);  // follows symlinks
      if (sec || !fs::exists(st)) {
        if (IsInputName(name)) Problem(child_shown, "unreadable or broken link, skipped", true);
        continue;
      }
      if (fs::is_directory(st)) {
        Walk(it->path(), child_shown, rel + name + "/");
      } else if (fs::is_regular_file(st) && IsInputName(name)) {
        InputSource s;
        s.kind = IsJsonlName(name) ? InputSource::Kind::kJsonl : InputSource::Kind::kText;
        s.path = child_shown;
        s.name = rel + name;
        std::error_code zec;
        uintmax_t size = fs::file_size(it->path(), zec);
        s.size = zec ? 0 : static_cast<uint64_t>(size);
        found.push_back(std::move(s));
      }
    }
  }
};

}  // namespace

bool IsJsonlName(const std::string& name) {
  std::string l = AsciiLower(name);
  return EndsWith(l, ".jsonl") || EndsWith(l, ".jsonl.gz");
}

bool IsInputName(const std::string& name) {
  return IsJsonlName(name) || EndsWith(AsciiLower(name), ".txt");
}

bool ExpandPath(const std::string& arg, std::vector<InputSource>* out,
                std::vector<InputProblem>* problems) {
  if (arg == "-") {
    InputSource s;
    s.kind = InputSource::Kind::kStdin;
    s.path = "-";
    s.name = "stdin";
    out->push_back(std::move(s));
    return true;
  }
  Walker w;
  w.problems = problems;
  std::error_code ec;
  fs::file_status st = fs::status(arg, ec);
  if (ec || !fs::exists(st)) {
    w.Problem(arg, ec ? ec.message() : "no such file or directory", true);
    return false;
  }
  if (fs::is_directory(st)) {
    std::string shown = arg;
    while (shown.size() > 1 && shown.back() == '/') shown.pop_back();
    size_t before = problems->size();
    w.Walk(arg, shown, "");
    std::sort(w.found.begin(), w.found.end(),
              [](const InputSource& a, const InputSource& b) { return a.name < b.name; });
    for (InputSource& s : w.found) out->push_back(std::move(s));
    // A directory is usable unless it could not be read at all.
    return !(w.visited.empty() && problems->size() > before);
  }
  InputSource s;
  s.kind = IsJsonlName(arg) ? InputSource::Kind::kJsonl : InputSource::Kind::kText;
  s.path = arg;
  s.name = fs::path(arg).filename().string();
  std::error_code zec;
  uintmax_t size = fs::is_regular_file(st) ? fs::file_size(arg, zec) : 0;
  s.size = zec ? 0 : static_cast<uint64_t>(size);
  out->push_back(std::move(s));
  return true;
}

}  // namespace text_internal
}  // namespace actorgraph
