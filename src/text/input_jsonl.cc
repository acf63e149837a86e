#include "text/input_jsonl.h"

#include <exception>
#include <nlohmann/json.hpp>
#include <utility>

namespace actorgraph {
namespace text_internal {
namespace {

using nlohmann::json;

class LineSax : public nlohmann::json_sax<json> {
 public:
  LineSax(std::string* text, JsonlRecord* rec) : text_(text), rec_(rec) {}

  bool null() override { return Scalar("null"); }
  bool boolean(bool) override { return Scalar("a boolean"); }
  bool number_integer(number_integer_t) override { return Scalar("a number"); }
  bool number_unsigned(number_unsigned_t) override { return Scalar("a number"); }
  bool number_float(number_float_t, const string_t&) override { return Scalar("a number"); }
  bool binary(binary_t&) override { return Scalar("binary"); }
  bool string(string_t& val) override {
    if (!Top()) return true;
    if (depth_ == 0) return NotObject();
    switch (field_) {
      case kId:
        rec_->id = val;
        rec_->has_id = true;
        break;
      case kText:
        text_->swap(val);
        has_text_ = true;
        text_ok_ = true;
        break;
      case kDate:
        rec_->date = val;
        rec_->has_date = true;
        break;
      case kOther:
        break;
    }
    return true;
  }
  bool start_object(std::size_t) override {
    if (depth_ == 0) top_object_ = true;
    if (depth_ == 1) WrongType("an object");
    ++depth_;
    field_ = kOther;
    return true;
  }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override {
    if (depth_ == 0) return NotObject();
    if (depth_ == 1) WrongType("an array");
    ++depth_;
    return true;
  }
  bool end_array() override {
    --depth_;
    return true;
  }
  bool key(string_t& k) override {
    if (depth_ == 1) field_ = k == "id" ? kId : k == "text" ? kText : k == "date" ? kDate : kOther;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    if (rec_->error.empty()) rec_->error = std::string("invalid JSON: ") + e.what();
    return false;
  }

  void Finish() {
    if (!rec_->error.empty()) return;
    if (!top_object_)
      rec_->error = "not a JSON object";
    else if (!id_error_.empty())
      rec_->error = id_error_;
    else if (!has_text_)
      rec_->error = "no \"text\" field";
    else if (!text_ok_)
      rec_->error = text_error_;
  }

 private:
  enum Field { kOther, kId, kText, kDate };
  bool Top() const { return depth_ <= 1; }
  bool NotObject() {
    rec_->error = "not a JSON object";
    return false;
  }
  bool Scalar(const char* what) {
    if (depth_ == 0) return NotObject();
    if (depth_ == 1) WrongType(what);
    return true;
  }
  void WrongType(const char* what) {
    switch (field_) {
      case kId:
        if (std::string(what) != "null")
          id_error_ = std::string("\"id\" is ") + what + ", not a string";
        break;
      case kText:
        has_text_ = true;
        text_ok_ = false;
        text_error_ = std::string("\"text\" is ") + what + ", not a string";
        break;
      case kDate:
        if (std::string(what) != "null")
          rec_->date_error = std::string("\"date\" is ") + what + ", not a string";
        break;
      case kOther:
        break;
    }
    field_ = kOther;
  }

  std::string* text_;
  JsonlRecord* rec_;
  int depth_ = 0;
  Field field_ = kOther;
  bool top_object_ = false;
  bool has_text_ = false;
  bool text_ok_ = false;
  std::string id_error_, text_error_;
};

}  // namespace

void ParseJsonlLine(const std::string& line, std::string* text, JsonlRecord* rec) {
  auto reset = [&] {
    rec->has_id = rec->has_date = false;
    rec->id.clear();
    rec->date.clear();
    rec->error.clear();
    rec->date_error.clear();
    text->clear();
  };
  reset();
  if (FastParseJsonlLine(line, text, rec)) return;
  reset();
  LineSax sax(text, rec);
  try {
    json::sax_parse(line, &sax);
  } catch (const std::exception& e) {
    if (rec->error.empty()) rec->error = std::string("invalid JSON: ") + e.what();
  }
  sax.Finish();
}

}  // namespace text_internal
}  // namespace actorgraph
