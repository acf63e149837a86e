// DateRecognizer: scans a document once, asks the grammar for the longest
// date expression at each candidate token, and resolves relative ones against
// the document date or, without one, the wire dateline's date ("GENEVA,
// 8 October 2026 — ...": the day the story was filed, which stays the anchor)
// or else the last full date seen in the text.
#include "actorgraph/dates.h"

#include <algorithm>
#include <string_view>

#include "actorgraph/util.h"
#include "dates/calendar.h"
#include "dates/grammar.h"
#include "dates/lexicon.h"
#include "dates/scanner.h"

namespace actorgraph {
namespace {

// A wire story's dateline date, near the top of the text (IsDatelineDate).
bool DatelineDate(std::string_view text, uint32_t begin, uint32_t end) {
  return begin <= 600 && IsDatelineDate(text, begin, end);
}

class Recognizer : public DateRecognizer {
 public:
  dates::Lexicon lex;

  std::vector<Mention> Find(const Document& doc) const override {
    std::vector<Mention> out;
    // Scratch buffers reused across documents on each thread.
    thread_local std::string lowered;
    thread_local std::vector<dates::Tok> toks;
    dates::Scan(doc.text, lex, &lowered, &toks);
    dates::Parser parser(lex, toks, lowered);
    dates::Ymd anchor;
    bool has_doc_date = dates::ParseIsoDate(doc.date, &anchor);
    parser.set_anchor(anchor);
    const size_t n = toks.size();
    for (size_t i = 0; i < n;) {
      const dates::Tok& t = toks[i];
      // Cheap pre-check: only numbers and vocabulary words can start a date.
      // An apostrophe never does on its own ("the '90s" starts at "the",
      // "'90s" at its number; no matcher accepts punctuation at its start
      // without a "the" before it).
      bool candidate = t.kind == dates::Kind::kNumber ||
                       (t.kind == dates::Kind::kWord && t.info && t.info->starts);
      if (!candidate) {  // most tokens: no Match built and destroyed
        ++i;
        continue;
      }
      dates::Match m;
      if (!parser.Longest(i, &m) || m.end <= i) {
        ++i;
        continue;
      }
      Mention x;
      x.type = EntityType::kDate;
      x.span = Span{toks[m.begin].begin, toks[m.end - 1].end};
      x.value = std::move(m.value);
      x.rule = m.rule;
      Place(doc, &x);
      out.push_back(std::move(x));
      if (!has_doc_date && m.full.known()) {
        parser.set_anchor(m.full);
        has_doc_date = DatelineDate(doc.text, out.back().span.begin, out.back().span.end);
      }
      const std::string& v = out.back().value;
      const std::string_view rule(m.rule);  // inline compares, no calls
      if ((rule == "date.quarter" || rule == "date.quarter-adj") && v.size() == 7 && v[4] == '-' &&
          v[5] == 'Q' && v[0] != 'X')
        parser.set_quarter(std::stoi(v.substr(0, 4)), v[6] - '0');
      i = m.end;
    }
    return out;
  }

 private:
  // Sentence and token indices of a mention, when the text was analyzed.
  static void Place(const Document& doc, Mention* x) {
    const auto& ss = doc.sentences;
    if (!ss.empty()) {
      auto it = std::upper_bound(ss.begin(), ss.end(), x->span.begin,
                                 [](uint32_t b, const Sentence& s) { return b < s.span.begin; });
      x->sentence = it == ss.begin() ? 0 : static_cast<uint32_t>(it - ss.begin() - 1);
    }
    const auto& ts = doc.tokens;
    if (!ts.empty()) {
      auto first = std::lower_bound(ts.begin(), ts.end(), x->span.begin,
                                    [](const Token& t, uint32_t b) { return t.span.end <= b; });
      auto last = std::lower_bound(first, ts.end(), x->span.end,
                                   [](const Token& t, uint32_t e) { return t.span.begin < e; });
      x->token_begin = static_cast<uint32_t>(first - ts.begin());
      x->token_end = static_cast<uint32_t>(last - ts.begin());
    }
  }
};

}  // namespace

Result<std::shared_ptr<const DateRecognizer>> DateRecognizer::Load(const std::string& rules_dir,
                                                                   std::vector<Diagnostic>* diags) {
  auto r = std::make_shared<Recognizer>();
  std::vector<Diagnostic> local;
  if (!r->lex.Load(rules_dir + "/dates", diags ? diags : &local))
    return Status::RulesInvalid("date vocabulary under " + rules_dir + "/dates is invalid");
  return std::shared_ptr<const DateRecognizer>(std::move(r));
}

}  // namespace actorgraph
