#include "relations/lazy_regex.h"

#include <algorithm>
#include <cstdlib>

namespace actorgraph {
namespace relations {
namespace {

constexpr size_t kPerByte = 4;
constexpr size_t kMaxRepeat = 1000;  // RE2's limit on a count and on nested counts

}  // namespace

RE2::Options RegexOptions(int64_t max_mem) {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  o.set_max_mem(max_mem);
  return o;
}

size_t InstructionBound(std::string_view re) {
  struct Level {
    size_t size = 0;   // bound of the group so far
    size_t inner = 1;  // largest product of nested counts inside it
  };
  std::vector<Level> stack(1);
  size_t last = 0, last_inner = 1;  // the last atom or group, for a count after it
  for (size_t i = 0; i < re.size(); ++i) {
    const char c = re[i];
    if (c == '(') {
      stack.emplace_back();
      last = 0;
      last_inner = 1;
    } else if (c == ')') {
      if (stack.size() < 2) return SIZE_MAX;
      last = stack.back().size + kPerByte;
      last_inner = stack.back().inner;
      stack.pop_back();
      stack.back().size += last;
      stack.back().inner = std::max(stack.back().inner, last_inner);
    } else if (c == '{') {
      size_t close = re.find('}', i);
      if (close == std::string_view::npos) return SIZE_MAX;
      std::string_view body = re.substr(i + 1, close - i - 1);
      size_t comma = body.find(',');
      std::string max(comma == std::string_view::npos ? body : body.substr(comma + 1));
      size_t n = max.empty() ? 1 : std::strtoul(max.c_str(), nullptr, 10);
      if (n > kMaxRepeat || n * last_inner > kMaxRepeat) return SIZE_MAX;
      stack.back().size += last * (n > 0 ? n - 1 : 0) + kPerByte;
      last *= std::max<size_t>(n, 1);
      last_inner *= std::max<size_t>(n, 1);
      stack.back().inner = std::max(stack.back().inner, last_inner);
      i = close;
    } else if (c == '[') {
      size_t j = i + 1;
      if (j < re.size() && re[j] == '^') ++j;
      if (j < re.size() && re[j] == ']') ++j;
      while (j < re.size() && re[j] != ']') j += re[j] == '\\' ? 2 : 1;
      last = kPerByte * (std::min(j, re.size()) - i + 1);
      last_inner = 1;
      stack.back().size += last;
      i = j;
    } else {
      last = kPerByte * (c == '\\' ? 2 : 1);
      last_inner = 1;
      stack.back().size += last;
      if (c == '\\') ++i;
    }
  }
  return stack.size() == 1 ? stack[0].size : SIZE_MAX;
}

std::map<std::string, int> CaptureGroups(std::string_view re) {
  std::map<std::string, int> out;
  int count = 0;
  bool in_class = false;
  for (size_t i = 0; i < re.size(); ++i) {
    const char c = re[i];
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < re.size() && re[i + 1] == '^') ++i;
      if (i + 1 < re.size() && re[i + 1] == ']') ++i;
    } else if (c == '(') {
      if (re.substr(i + 1, 3) == "?P<") {
        size_t end = re.find('>', i);
        out[std::string(re.substr(i + 4, end - i - 4))] = ++count;
      } else if (i + 1 >= re.size() || re[i + 1] != '?') {
        ++count;
      }
    }
  }
  return out;
}

const RE2* LazyRegex::get() const {
  std::call_once(once_, [this] { re_ = std::make_unique<RE2>(pattern_, RegexOptions(max_mem_)); });
  return re_->ok() ? re_.get() : nullptr;
}

std::string LazyRegex::error() const {
  if (get()) return "";
  return re_->error_code() == RE2::ErrorPatternTooLarge
             ? "pattern does not compile within the memory limit (" +
                   std::to_string(max_mem_ >> 20) + " MB): simplify it"
             : "pattern does not compile: " + re_->error();
}

const RE2::Set* LazySet::get() const {
  std::call_once(once_, [this] {
    auto set = std::make_unique<RE2::Set>(RegexOptions(max_mem_), RE2::UNANCHORED);
    for (const std::string& p : patterns_)
      if (set->Add(p, nullptr) < 0) return;
    if (set->Compile()) set_ = std::move(set);
  });
  return set_.get();
}

}  // namespace relations
}  // namespace actorgraph
