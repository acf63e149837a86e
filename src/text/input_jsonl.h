// One JSONL input line -> id, text, date, read with nlohmann_json's SAX
// interface: only the three top-level fields are kept, nothing else is built.
#ifndef ACTORGRAPH_TEXT_INPUT_JSONL_H_
#define ACTORGRAPH_TEXT_INPUT_JSONL_H_

#include <string>
#include <string_view>

namespace actorgraph {
namespace text_internal {

struct JsonlRecord {
  bool has_id = false;
  bool has_date = false;
  std::string id;
  std::string date;
  std::string error;       // non-empty: the line is skipped for this reason
  std::string date_error;  // non-empty: "date" is unusable (kept without it)
};

// Parses `line` (valid UTF-8). The "text" value is moved into *text.
// Tries FastParseJsonlLine first, then nlohmann_json's SAX parser.
void ParseJsonlLine(const std::string& line, std::string* text, JsonlRecord* rec);

// The hand-written fast path for flat objects with string id/text/date
// (input_fastjson.cc). False: not handled, *text and *rec are unspecified.
bool FastParseJsonlLine(std::string_view line, std::string* text, JsonlRecord* rec);

}  // namespace text_internal
}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_INPUT_JSONL_H_
