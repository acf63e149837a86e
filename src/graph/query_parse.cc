// Question parsing for RunQuery: tokens (quotes keep names together), the
// relation phrase in any inflection, wildcards, typed wildcards and passives.
#include "graph/query_parse.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "actorgraph/util.h"

namespace actorgraph {
namespace query_internal {
namespace {

struct Token {
  std::string text;
  bool quoted = false;
};

// Relation words and phrases, lower case, space separated.
const std::vector<std::pair<std::string, std::string>>& Lexicon() {
  static const auto* kLexicon = new std::vector<std::pair<std::string, std::string>>{
      {"signed",
       "sign signs signed signing concluded concludes conclude ratified ratifies ratify "
       "ratifying|signed up to|signatory to|signatory of|signatories of|signatories to"},
      {"proposed",
       "propose proposes proposed proposing proposal suggested|put forward|puts forward"},
      {"supported",
       "support supports supported supporting back backs backed backing endorse "
       "endorses endorsed endorsing favor favors favored favour favours favoured"},
      {"opposed",
       "oppose opposes opposed opposing reject rejects rejected rejecting|objected to|"
       "object to|objects to|is against|was against|are against|were against"},
      {"alleged-attack",
       "attack attacks attacked attacking alleged-attack alleged-attacked hack "
       "hacks hacked hacking targeted cyberattacked|alleged attack|alleged "
       "attacks|allegedly attacked|allegedly hacked|launched attacks on|"
       "launched an attack on"},
      {"accused", "accuse accuses accused accusing blame blames blamed blaming"},
      {"affiliated-with",
       "affiliated-with affiliated|affiliated with|works for|work for|worked "
       "for|working for|represents|represented|advises|advised|is with"},
      {"part-of",
       "part-of belongs|part of|belongs to|belong to|belonged to|member of|"
       "a member of|members of|a part of"},
  };
  return *kLexicon;
}

// Phrase (token list) -> relation.
const std::map<std::vector<std::string>, std::string>& Phrases() {
  static const auto* kPhrases = [] {
    auto* m = new std::map<std::vector<std::string>, std::string>;
    for (const auto& [rel, spec] : Lexicon()) {
      std::vector<std::string_view> groups = Split(spec, '|');
      // The first group holds single words separated by spaces; the others are phrases.
      for (size_t gi = 0; gi < groups.size(); ++gi) {
        if (gi == 0) {
          for (std::string_view w : Split(groups[gi], ' '))
            if (!w.empty()) (*m)[{std::string(w)}] = rel;
          continue;
        }
        std::vector<std::string> words;
        for (std::string_view w : Split(groups[gi], ' '))
          if (!w.empty()) words.emplace_back(w);
        if (!words.empty()) (*m)[words] = rel;
      }
    }
    return m;
  }();
  return *kPhrases;
}

bool IsOpenQuote(std::string_view s, size_t i, std::string* close, size_t* len) {
  static const std::pair<const char*, const char*> kQuotes[] = {
      {"\"", "\""},         {"'", "'"},           {"\u2018", "\u2019"}, {"\u201C", "\u201D"},
      {"\u201E", "\u201C"}, {"\u00AB", "\u00BB"}, {"\u2019", "\u2019"}};
  for (const auto& [open, closing] : kQuotes) {
    std::string_view o(open);
    if (s.substr(i, o.size()) == o) {
      *close = closing;
      *len = o.size();
      return true;
    }
  }
  return false;
}

std::vector<Token> Tokenize(const std::string& q) {
  std::vector<Token> out;
  size_t i = 0;
  std::string_view s(q);
  while (i < s.size()) {
    if (std::isspace(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    std::string close;
    size_t open_len = 0;
    if (IsOpenQuote(s, i, &close, &open_len)) {
      size_t end = s.find(close, i + open_len);
      if (end != std::string_view::npos) {
        out.push_back({std::string(Trim(s.substr(i + open_len, end - i - open_len))), true});
        i = end + close.size();
        continue;
      }
    }
    size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    out.push_back({std::string(s.substr(i, j - i)), false});
    i = j;
  }
  // "what?" -> "what"; a lone "?" stays (it is a wildcard).
  for (Token& t : out)
    while (!t.quoted && t.text.size() > 1 && (t.text.back() == '?' || t.text.back() == '.'))
      t.text.pop_back();
  return out;
}

bool IsWildcard(const std::string& w) {
  static const std::set<std::string> kWild = {
      "?",      "*",       "who",      "whom",    "what",     "which",     "whoever", "whomever",
      "anyone", "anybody", "anything", "someone", "somebody", "something", "whatever"};
  return kWild.count(AsciiLower(w)) > 0;
}

std::string TypeWord(const std::string& w) {
  static const std::map<std::string, std::string> kTypes = {{"state", "state"},
                                                            {"states", "state"},
                                                            {"country", "state"},
                                                            {"countries", "state"},
                                                            {"government", "state"},
                                                            {"governments", "state"},
                                                            {"organization", "organization"},
                                                            {"organizations", "organization"},
                                                            {"organisation", "organization"},
                                                            {"organisations", "organization"},
                                                            {"org", "organization"},
                                                            {"orgs", "organization"},
                                                            {"person", "person"},
                                                            {"persons", "person"},
                                                            {"people", "person"},
                                                            {"treaty", "treaty"},
                                                            {"treaties", "treaty"},
                                                            {"agreement", "treaty"},
                                                            {"agreements", "treaty"}};
  auto it = kTypes.find(AsciiLower(w));
  return it == kTypes.end() ? "" : it->second;
}

bool IsAuxiliary(const std::string& w) {
  static const std::set<std::string> kAux = {"is",   "are", "was",  "were", "has",  "have",
                                             "had",  "did", "does", "do",   "been", "be",
                                             "have", "got", "get",  "gets", "ever", "will"};
  return kAux.count(AsciiLower(w)) > 0;
}

Side MakeSide(const std::vector<Token>& toks) {
  Side side;
  if (toks.empty()) return side;
  if (!toks[0].quoted && IsWildcard(toks[0].text)) {
    if (toks.size() >= 2 && !toks[1].quoted) side.type = TypeWord(toks[1].text);
    return side;
  }
  if (toks.size() == 1 && !toks[0].quoted) {
    if (std::string t = TypeWord(toks[0].text); !t.empty()) {
      side.type = t;  // "states signed what"
      return side;
    }
  }
  side.wildcard = false;
  for (const Token& t : toks) {
    if (!side.name.empty()) side.name += ' ';
    side.name += t.text;
  }
  return side;
}

}  // namespace

std::string CanonicalRelation(const std::string& phrase) {
  std::vector<std::string> words;
  const std::string lower = AsciiLower(phrase);
  for (std::string_view w : Split(lower, ' '))
    if (!w.empty()) words.emplace_back(w);
  auto it = Phrases().find(words);
  return it == Phrases().end() ? "" : it->second;
}

Result<Pattern> ParseQuestion(const std::string& question) {
  std::vector<Token> toks = Tokenize(question);
  if (toks.empty()) return Status::InvalidArgument("empty question");
  // Leftmost, then longest, relation phrase among unquoted tokens.
  size_t at = toks.size(), len = 0;
  std::string relation;
  for (size_t i = 0; i < toks.size() && at == toks.size(); ++i) {
    std::vector<std::string> words;
    for (size_t j = i; j < toks.size() && j < i + 4 && !toks[j].quoted; ++j) {
      words.push_back(AsciiLower(toks[j].text));
      auto it = Phrases().find(words);
      if (it != Phrases().end()) {
        at = i;
        len = j - i + 1;
        relation = it->second;
      }
    }
  }
  if (at == toks.size())
    return Status::InvalidArgument(
        "no relation word in \"" + question +
        "\" (try signed, proposed, supported, opposed, attacked, accused, affiliated with, "
        "part of)");
  std::vector<Token> left(toks.begin(), toks.begin() + at);
  std::vector<Token> right(toks.begin() + at + len, toks.end());
  bool passive = false;
  while (!left.empty() && !left.back().quoted && IsAuxiliary(left.back().text)) {
    passive = passive || AsciiLower(left.back().text) == "was" ||
              AsciiLower(left.back().text) == "were" || AsciiLower(left.back().text) == "been" ||
              AsciiLower(left.back().text) == "is" || AsciiLower(left.back().text) == "are";
    left.pop_back();
  }
  // "Sony was attacked by whom": the subject is the target.
  bool by = !right.empty() && !right[0].quoted && AsciiLower(right[0].text) == "by";
  if (by) right.erase(right.begin());
  Pattern p;
  p.relation = relation;
  p.source = MakeSide(left);
  p.target = MakeSide(right);
  if (passive && by) std::swap(p.source, p.target);
  // "what did Russia sign", "which treaties has China signed": the question
  // word is the object and the name after the auxiliary the subject.
  if (right.empty() && !left.empty() && !left[0].quoted && IsWildcard(left[0].text)) {
    for (size_t k = 1; k + 1 < left.size(); ++k) {
      if (left[k].quoted || !IsAuxiliary(left[k].text)) continue;
      p.target = MakeSide(std::vector<Token>(left.begin(), left.begin() + k));
      p.source = MakeSide(std::vector<Token>(left.begin() + k + 1, left.end()));
      break;
    }
  }
  return p;
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace query_internal
}  // namespace actorgraph
