// The JSONL line parser: the fast path agrees with nlohmann_json on every
// line it accepts, and hands everything else to the SAX path.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "text/input_jsonl.h"

namespace actorgraph {
namespace text_internal {
namespace {

TEST_CASE("fast path decodes strings like nlohmann_json") {
  const std::vector<std::string> lines = {
      R"({"id":"a","text":"plain"})",
      R"(  {"text" : "esc \" \\ \/ \b \f \n \r \t", "id" : "b"}  )",
      R"({"id":"c","text":"\u00e9\u20ac\ud83d\ude00 caf\u00E9","date":"2015-05-14"})",
      R"({"id":"d","n":-12.5e+3,"z":0,"t":true,"f":false,"x":null,"s":"x","text":"ok"})",
      "{\"id\":\"e\",\"text\":\"raw \xc3\xa9 \xe2\x80\x9e\"}",
      R"({"id":"f","text":"first","text":"last"})",
  };
  for (const std::string& line : lines) {
    std::string text;
    JsonlRecord rec;
    REQUIRE_MESSAGE(FastParseJsonlLine(line, &text, &rec), line);
    nlohmann::json j = nlohmann::json::parse(line);
    CHECK(text == j["text"].get<std::string>());
    CHECK(rec.has_id);
    CHECK(rec.id == j["id"].get<std::string>());
    CHECK(rec.has_date == j.contains("date"));
    if (rec.has_date) CHECK(rec.date == j["date"].get<std::string>());
  }
}

TEST_CASE("fast path finds escapes and controls at every offset of long strings") {
  // The scan for the end of plain content runs in 16- and 8-byte blocks.
  for (size_t k = 0; k < 40; ++k) {
    const std::string pad(k, 'x');
    for (const char* esc : {R"(\")", R"(\\)", R"(\n)", R"(\u00e9)", "\xc3\xa9"}) {
      const std::string line = R"({"id":"a","text":")" + pad + esc + pad + R"(Z"})";
      std::string text;
      JsonlRecord rec;
      REQUIRE_MESSAGE(FastParseJsonlLine(line, &text, &rec), line);
      CHECK(text == nlohmann::json::parse(line)["text"].get<std::string>());
    }
    for (char control : {'\x01', '\t', '\x1f'}) {
      const std::string line = R"({"id":"a","text":")" + pad + control + pad + R"("})";
      std::string text;
      JsonlRecord rec;
      CHECK_MESSAGE(!FastParseJsonlLine(line, &text, &rec), k);
    }
  }
}

TEST_CASE("fast path declines what it does not handle") {
  const std::vector<std::string> lines = {
      R"({"id":"a","text":"x","meta":{"k":1}})",  // nesting
      R"({"id":"a","text":"x","tags":[1,2]})",
      R"({"id":7,"text":"x"})",  // wrong types
      R"({"id":"a","text":null})",
      R"({"id":"a","date":null,"text":"x"})",
      R"({"id":"a"})",  // no text
      R"({})",
      R"([1,2])",
      R"({"id":"a","text":"x",})",  // syntax errors
      R"({"id":"a","text":"x"} trailing)",
      R"({"id":"a","text":"x")",
      R"({"id":"a","text":"bad \x escape"})",
      R"({"id":"a","text":"lone \udc00"})",
      R"({"id":"a","text":"half \ud83d"})",
      R"({"id":"a","n":01,"text":"x"})",
      R"({"id":"a","n":1.,"text":"x"})",
      R"({"id":"a","n":tru,"text":"x"})",
      std::string("{\"id\":\"a\",\"text\":\"tab\tinside\"}"),
  };
  for (const std::string& line : lines) {
    std::string text;
    JsonlRecord rec;
    CHECK_MESSAGE(!FastParseJsonlLine(line, &text, &rec), line);
  }
}

TEST_CASE("ParseJsonlLine falls back and reports") {
  std::string text;
  JsonlRecord rec;
  ParseJsonlLine(R"({"id":"a","text":"x","meta":{"text":5,"id":[1]}})", &text, &rec);
  CHECK(rec.error.empty());
  CHECK(text == "x");
  CHECK(rec.id == "a");
  ParseJsonlLine(R"({"id":"a","text":"x",})", &text, &rec);
  CHECK(rec.error.find("invalid JSON") == 0);
  ParseJsonlLine(R"({"id":"b","text":"y"})", &text, &rec);  // state fully reset
  CHECK(rec.error.empty());
  CHECK(rec.id == "b");
  ParseJsonlLine(R"({"id":"a","text":"lone \udc00"})", &text, &rec);
  CHECK_FALSE(rec.error.empty());
  ParseJsonlLine(R"({"id":"a","date":null,"text":"x"})", &text, &rec);
  CHECK(rec.error.empty());
  CHECK_FALSE(rec.has_date);
  ParseJsonlLine(R"({"id":"a","date":["2015"],"text":"x"})", &text, &rec);
  CHECK(rec.error.empty());
  CHECK(rec.date_error.find("array") != std::string::npos);
}

}  // namespace
}  // namespace text_internal
}  // namespace actorgraph
