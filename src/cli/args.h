// A small command-line parser: positional arguments and --options, with
// "--name value", "--name=value" and boolean flags. Unknown options are errors.
#ifndef ACTORGRAPH_CLI_ARGS_H_
#define ACTORGRAPH_CLI_ARGS_H_

#include <map>
#include <set>
#include <string>
#include <vector>

namespace actorgraph::cli {

// Exit codes (DESIGN.md §6).
enum Exit { kOk = 0, kUsage = 1, kRulesInvalid = 2, kIOError = 3, kSkipped = 4 };

class Args {
 public:
  // `valued`: options taking a value ("-o", "--format"); `flags`: booleans.
  Args(std::set<std::string> valued, std::set<std::string> flags)
      : valued_(std::move(valued)), flags_(std::move(flags)) {}
  // Parses argv[first..argc); false with error() set on an unknown option or a missing value.
  bool Parse(int argc, char** argv, int first);
  const std::string& error() const { return error_; }
  const std::vector<std::string>& positional() const { return positional_; }
  bool Has(const std::string& name) const { return values_.count(name) > 0; }
  std::string Get(const std::string& name, const std::string& def = "") const {
    auto it = values_.find(name);
    return it == values_.end() ? def : it->second;
  }

 private:
  std::set<std::string> valued_, flags_;
  std::map<std::string, std::string> values_;
  std::vector<std::string> positional_;
  std::string error_;
};

int Extract(int argc, char** argv);
int Query(int argc, char** argv);
int Merge(int argc, char** argv);
int Convert(int argc, char** argv);
int Stats(int argc, char** argv);
int Rules(int argc, char** argv);

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_ARGS_H_
