#include "actorgraph/status.h"

namespace actorgraph {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case Code::kOk:
      return "OK";
    case Code::kInvalidArgument:
      name = "invalid argument";
      break;
    case Code::kNotFound:
      name = "not found";
      break;
    case Code::kIOError:
      name = "I/O error";
      break;
    case Code::kCorruption:
      name = "corrupt input";
      break;
    case Code::kRulesInvalid:
      name = "rules invalid";
      break;
  }
  return std::string(name) + ": " + message_;
}

std::string Diagnostic::ToString() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) out += ":" + std::to_string(line);
    if (line > 0 && column > 0) out += ":" + std::to_string(column);
    out += ": ";
  }
  if (!rule_id.empty()) out += "rule '" + rule_id + "' ";
  if (!field.empty()) out += field + ": ";
  out += message;
  return out;
}

}  // namespace actorgraph
