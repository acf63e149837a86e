#include "cli/args.h"

namespace actorgraph::cli {

bool Args::Parse(int argc, char** argv, int first) {
  bool only_positional = false;
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (only_positional || a == "-" || a.size() < 2 || a[0] != '-') {
      positional_.push_back(a);
      continue;
    }
    if (a == "--") {
      only_positional = true;
      continue;
    }
    std::string name = a, value;
    bool inline_value = false;
    if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      inline_value = true;
    }
    if (flags_.count(name)) {
      if (inline_value) {
        error_ = "option " + name + " takes no value";
        return false;
      }
      values_[name] = "1";
    } else if (valued_.count(name)) {
      if (!inline_value) {
        if (i + 1 >= argc) {
          error_ = "option " + name + " needs a value";
          return false;
        }
        value = argv[++i];
      }
      values_[name] = value;
    } else {
      error_ = "unknown option " + name;
      return false;
    }
  }
  return true;
}

}  // namespace actorgraph::cli
