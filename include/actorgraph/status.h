// Errors as values. Every fallible call in the public API returns a Status or
// a Result<T>; no exception crosses the API.
#ifndef ACTORGRAPH_STATUS_H_
#define ACTORGRAPH_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace actorgraph {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // usage errors: bad flag value, malformed date
    kNotFound,         // missing file or name
    kIOError,          // read/write failures
    kCorruption,       // malformed input data (JSON, JSONL)
    kRulesInvalid,     // rule files failed to load or check
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status IOError(std::string m) { return {Code::kIOError, std::move(m)}; }
  static Status Corruption(std::string m) { return {Code::kCorruption, std::move(m)}; }
  static Status RulesInvalid(std::string m) { return {Code::kRulesInvalid, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const;

 private:
  Status(Code c, std::string m) : code_(c), message_(std::move(m)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status saying why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return status_.ok() && value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

// One problem found while loading rules or reading input, with where it is.
struct Diagnostic {
  std::string file;     // path, empty when not file-bound
  int line = 0;         // 1-based, 0 = unknown
  int column = 0;       // 1-based, 0 = unknown
  std::string rule_id;  // rule id, when about one rule
  std::string field;    // offending field ("pattern", "examples[2]")
  std::string message;
  // "file:line:col: rule 'id' field: message" with empty parts left out.
  std::string ToString() const;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_STATUS_H_
