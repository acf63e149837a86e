// Resolve: node ids and canonical labels. Gazetteer entities keep their ids;
// others get <type>:<slug(label)>. Surnames join the full name, "the
// Agriculture Department" joins "U.S. Agriculture Department", "the pact"
// joins the treaty last named, a described treaty joins a named one that
// shares an identifying word. "both countries" is not resolved (no mention).
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <unordered_map>

#include "actorgraph/util.h"
#include "ner/ner_impl.h"

namespace actorgraph {
namespace ner {
namespace {

std::vector<std::string> LowerWords(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char ch : s + " ") {
    if (ch == ' ' || ch == '-' || ch == '/') {
      if (!w.empty()) out.push_back(AsciiLower(w));
      w.clear();
    } else {
      w.push_back(ch);
    }
  }
  return out;
}

std::string_view LastWordOf(std::string_view s) {
  size_t sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

// A person's family name: the last word, before a generation's suffix
// ("Ferdinand Marcos Jr." -> "Marcos").
std::string Surname(const std::string& s) {
  std::string_view last = LastWordOf(s);
  if (IsGenerationSuffix(last) && s.size() > last.size() + 1) {
    std::string_view rest = std::string_view(s).substr(0, s.size() - last.size() - 1);
    if (rest.find(' ') != std::string_view::npos) return std::string(LastWordOf(rest));
  }
  return std::string(last);
}

// "Ministry of Commerce", "Department for Education": a generic body named
// head first, which a state written before it owns like "Foreign Ministry".
bool HeadFirstBody(std::string_view s) {
  size_t sp = s.find(' ');
  if (sp == std::string_view::npos || sp + 4 > s.size()) return false;
  std::string_view rest = s.substr(sp + 1);
  if (rest.substr(0, 3) != "of " && rest.substr(0, 4) != "for ") return false;
  std::string_view head = s.substr(0, sp);
  return head == "Ministry" || head == "Department" || head == "Ministries";
}

// The first word of treaty_kind_words.txt in a treaty's label before its "on",
// "for" or "with" ("binding" of "legally binding agreement on X"), else "".
std::string KindWord(const Lexicon& lex, const std::string& label) {
  for (const std::string& w : LowerWords(label)) {
    if (w == "on" || w == "for" || w == "with" || w == "of") break;
    if (lex.treaty_kind.Contains(w)) return w;
  }
  return std::string();
}

// Does the described treaty `m` stand after no determiner, or after "the" with only
// `generic` words telling it apart ("the earlier accords"), not counted
// ("two", "both") and not right after a verb of signing (treaty_verbs.txt)?
bool KindOfDocuments(const Document& doc, const Lexicon& lex, const Mention& m, bool generic) {
  const uint32_t sb = doc.sentences[m.sentence].token_begin;
  uint32_t t = m.token_begin;
  while (t > sb && doc.tokens[t - 1].kind != TokenKind::kWord) --t;
  if (t == sb) return true;
  std::string w = AsciiLower(doc.Text(doc.tokens[t - 1].span));
  // ("argued that country-specific resolutions": before a plural "that" opens a clause)
  const int kind = w == "that" ? 0 : lex.determiners.Get(w, 0);
  if (kind != 0 && w != "the") return false;
  if (w == "the") {
    // ("the earlier accords", not "the effective agreements": one set of documents)
    if (!generic) return false;
    if (t - 1 == sb) return true;
    w = AsciiLower(doc.Text(doc.tokens[t - 2].span));
  }
  return !lex.treaty_verbs.Contains(w) && !std::isdigit(static_cast<unsigned char>(w[0])) &&
         w != "two" && w != "three" && w != "both" && w != "several" && w != "all";
}

// Index of the mention of `type` nearest before k (else first after, within a
// window of mentions) that `ok(index)` accepts.
template <typename Pred>
int Nearest(const std::vector<Mention>& ms, size_t k, EntityType type, Pred ok) {
  constexpr size_t kWindow = 400;
  for (size_t j = k; j-- > 0 && k - j <= kWindow;)
    if (ms[j].type == type && !ms[j].node.empty() && ok(j)) return static_cast<int>(j);
  for (size_t j = k + 1; j < ms.size() && j - k <= kWindow; ++j)
    if (ms[j].type == type && !ms[j].node.empty() && ok(j)) return static_cast<int>(j);
  return -1;
}

// prefix + Slug(label) ("person:" + "valentin-weber"), built in place for an
// ASCII label (FoldCase of ASCII is lower-casing).
std::string NodeId(std::string_view prefix, std::string_view label) {
  std::string out(prefix.size() + label.size() + 1, '\0');
  prefix.copy(&out[0], prefix.size());
  char* const base = &out[prefix.size()];
  char* p = base;
  bool dash = false;
  for (char ch : label) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return std::string(prefix) + Slug(label);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && p > base) *p++ = '-';
      dash = false;
      *p++ = static_cast<char>(c);
    } else {
      dash = true;
    }
  }
  if (p == base) *p++ = 'x';
  out.resize(static_cast<size_t>(p - out.data()));
  return out;
}

// Does treaty `o` stand in a relative clause set off by commas earlier in
// the sentence of `m` ("The United States, which has a defence treaty with
// Manila, welcomed the agreement": the agreement is not that treaty)?
bool InAsideBefore(const Document& doc, const Mention& o, const Mention& m) {
  if (o.sentence != m.sentence || o.token_end > m.token_begin) return false;
  const uint32_t sb = doc.sentences[m.sentence].token_begin;
  bool opened = false;  // ", which" / ", who" before o, with no comma between
  for (uint32_t t = o.token_begin; t-- > sb;) {
    std::string_view w = doc.Text(doc.tokens[t].span);
    if (w == ",") break;
    if ((w == "which" || w == "who" || w == "whose") && t > sb &&
        doc.Text(doc.tokens[t - 1].span) == ",") {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (uint32_t t = o.token_end; t < m.token_begin; ++t)  // and closed before m
    if (doc.Text(doc.tokens[t].span) == ",") return true;
  return false;
}

// "the declaration signed at Yalta": a bare anaphor followed by where it was
// signed is a document of that place; the place word, or "" when none follows.
std::string_view SignedAtPlace(const Document& doc, const Mention& m) {
  const uint32_t se = doc.sentences[m.sentence].token_end;
  const uint32_t t = m.token_end;
  if (t + 2 >= se) return {};
  std::string_view verb = doc.Text(doc.tokens[t].span);
  std::string_view prep = doc.Text(doc.tokens[t + 1].span);
  std::string_view place = doc.Text(doc.tokens[t + 2].span);
  if (verb != "signed" && verb != "adopted" && verb != "concluded" && verb != "agreed") return {};
  if (prep != "at" && prep != "in") return {};
  if (place.empty() || !(place[0] >= 'A' && place[0] <= 'Z')) return {};
  return place;
}

// "signed the revised text", "The document, which runs to 40 pages, was signed
// by": a verb of signing or taking (treaty_verbs.txt, treaty_taking_verbs.txt)
// before the anaphor's article, or as a participle after it (past an aside set
// off by commas and the auxiliaries). 1: before, 2: after, 0: neither.
int TakenDocument(const Document& doc, const Lexicon& lex, const Mention& m) {
  const uint32_t sb = doc.sentences[m.sentence].token_begin;
  const uint32_t se = std::min<uint32_t>(doc.sentences[m.sentence].token_end,
                                         static_cast<uint32_t>(doc.tokens.size()));
  auto lower = [&](uint32_t t) { return AsciiLower(doc.Text(doc.tokens[t].span)); };
  auto verb = [&](const std::string& w) {
    return lex.taking_verbs.Contains(w) || lex.treaty_verbs.Contains(w);
  };
  for (uint32_t t = m.token_begin; t > sb && m.token_begin - t < 6; --t) {
    if (lex.determiners.Get(lower(t - 1), 0) == 0) continue;
    if (t - 1 > sb && verb(lower(t - 2))) return 1;
    break;
  }
  uint32_t k = m.token_end;
  // "The document, signed by A and B, enters into force"
  if (k + 2 < se && doc.Text(doc.tokens[k].span) == "," && EndsWith(lower(k + 1), "ed") &&
      verb(lower(k + 1)) && lower(k + 2) == "by")
    return 2;
  if (k < se && doc.Text(doc.tokens[k].span) == ",") {  // an aside: ", which runs to ...,"
    uint32_t e = k + 1;
    while (e < se && e < k + 16 && doc.Text(doc.tokens[e].span) != ",") ++e;
    if (e >= se || e >= k + 16) return 0;
    k = e + 1;
  }
  bool aux = false;
  for (; k < se; ++k) {
    const std::string w = lower(k);
    if (lex.copulas.Contains(w) || w == "has" || w == "have" || w == "had" || w == "will" ||
        w == "would") {
      aux = true;
    } else if (!lex.adverbs.Contains(w)) {
      break;
    }
  }
  if (!aux || k >= se) return 0;
  const std::string w = lower(k);
  return EndsWith(w, "ed") && verb(w) ? 2 : 0;
}

// A described treaty after an indefinite determiner (determiners.txt): 2 when a
// word of treaty_other_words.txt marks it as another document ("a separate
// fisheries agreement", "its own extradition treaty", "another pact"), 1 when it
// is only indefinite ("a bilateral cybersecurity agreement"), else 0.
int Indefinite(const Document& doc, const Lexicon& lex, const Mention& m) {
  const uint32_t sb = doc.sentences[m.sentence].token_begin;
  auto lower = [&](uint32_t t) { return AsciiLower(doc.Text(doc.tokens[t].span)); };
  uint32_t t = m.token_begin;
  // (past quotes and a year: "a 2017 agreement")
  while (t > sb && m.token_begin - t < 3 && doc.tokens[t - 1].kind != TokenKind::kWord) --t;
  if (t == sb) return 0;
  const std::string det = lower(t - 1);
  const int kind = lex.determiners.Get(det, 0);
  const bool other =
      lex.treaty_others.Contains(det) || lex.treaty_others.Contains(lower(m.token_begin));
  if (kind == 0 || kind == 2) return 0;
  return other ? 2 : kind == 1 ? 1 : 0;
}

// "Australia had also signed a defence cooperation agreement with Indonesia"
// after the Manila-Canberra treaty: a state named in the indefinite description's
// sentence that no sentence naming the treaty `node` names is a party to another
// document.
bool OtherParties(const std::vector<Mention>& ms, size_t k, const std::string& node) {
  std::vector<uint32_t> sentences;
  for (const Mention& o : ms)
    if (o.type == EntityType::kTreaty && o.node == node && !(o.flags & kAnaphor))
      sentences.push_back(o.sentence);
  // (a demonym is a party only inside a treaty's name: "the Dutch-Emirati treaty", not
  // "a Dutch-Moroccan national")
  auto in_treaty = [&](const Mention& o) {
    return std::any_of(ms.begin(), ms.end(), [&](const Mention& t) {
      return t.type == EntityType::kTreaty && t.span.begin <= o.span.begin &&
             o.span.end <= t.span.end;
    });
  };
  for (const Mention& s : ms) {
    if (s.type != EntityType::kState || s.sentence != ms[k].sentence || s.node.empty() ||
        ((s.flags & kDemonym) && !in_treaty(s)))  // ("Soviet leader X's offer of a treaty")
      continue;
    const bool party = std::any_of(ms.begin(), ms.end(), [&](const Mention& o) {
      return o.type == EntityType::kState && o.node == s.node &&
             std::find(sentences.begin(), sentences.end(), o.sentence) != sentences.end() &&
             (!(o.flags & kDemonym) || in_treaty(o));
    });
    if (!party) return true;
  }
  return false;
}

}  // namespace

const Phrase* Recognizer::TreatyHeadIn(const std::string& text) const {
  std::vector<std::string> w = LowerWords(text);
  for (size_t i = 0; i < w.size(); ++i) {
    const std::vector<uint32_t>* ps = lex_.treaty_heads.Starting(w[i]);
    if (!ps) continue;
    for (uint32_t p : *ps) {
      const Phrase& ph = lex_.treaty_heads[p];
      if (i + ph.words.size() <= w.size() &&
          std::equal(ph.words.begin(), ph.words.end(), w.begin() + i))
        return &ph;
    }
  }
  return nullptr;
}

uint32_t Recognizer::TreatyClassOf(const std::string& text) const {
  const Phrase* head = TreatyHeadIn(text);
  return head ? head->value : kTreatyGeneral;
}

bool Recognizer::NamedOnlyHead(const std::string& text) const {
  const Phrase* head = TreatyHeadIn(text);
  return head && head->named_only;
}

bool Recognizer::PluralHead(const std::string& text) const {
  const Phrase* head = TreatyHeadIn(text);
  return head && head->text.size() > 1 && head->text.back() == 's';
}

bool Recognizer::OnlyProposal(const std::string& text) const {
  std::vector<std::string> w = LowerWords(text);
  bool proposal = false;
  for (size_t i = 0; i < w.size(); ++i) {
    const std::vector<uint32_t>* ps = lex_.treaty_heads.Starting(w[i]);
    if (!ps) continue;
    for (uint32_t p : *ps) {
      const Phrase& ph = lex_.treaty_heads[p];
      if (i + ph.words.size() > w.size() ||
          !std::equal(ph.words.begin(), ph.words.end(), w.begin() + i))
        continue;
      if (ph.value != kTreatyProposal) return false;
      proposal = true;
    }
  }
  return proposal;
}

std::vector<std::string> Recognizer::TreatyContent(const std::string& label) const {
  std::vector<std::string> out;
  const std::vector<std::string> words = LowerWords(label);
  auto content = [&](const std::string& w) {
    return !(lex_.treaty_generic.Contains(w) || lex_.treaty_drop.Contains(w) ||
             lex_.function_words.Contains(w) || w.size() < 3 || lex_.treaty_heads.Starting(w));
  };
  // "treaty on Intermediate Range Nuclear Forces": the words after the head's
  // "on", "for", "against" or "banning" say what it is about, as premodifiers
  // do; the head is the last head word before them ("draft INF treaty").
  size_t stop = words.size();
  for (size_t i = 0; i < words.size() && stop == words.size(); ++i)
    if (words[i] == "on" || words[i] == "for" || words[i] == "against" || words[i] == "banning")
      stop = i;
  size_t head = stop;
  for (size_t i = 0; i < stop; ++i)
    if (lex_.treaty_heads.Starting(words[i])) head = i;
  for (size_t i = 0; i < head; ++i)
    if (content(words[i])) out.push_back(words[i]);
  for (size_t i = stop + 1; i < words.size(); ++i)
    if (content(words[i])) out.push_back(words[i] + "*");  // marked: after the head
  return out;
}

namespace {

// " in Pyongyang, the ": a place no name was found for, then the apposition.
bool PlaceThenApposition(std::string_view between) {
  if (between.size() < 10 || between.size() > 60) return false;
  if (between.substr(0, 4) != " in " && between.substr(0, 4) != " at ") return false;
  size_t comma = between.find(',');
  if (comma == std::string_view::npos || comma < 5) return false;
  std::string_view tail = between.substr(comma);
  if (tail != ", the " && tail != ", a " && tail != ", an ") return false;
  std::string_view place = between.substr(4, comma - 4);
  return place[0] >= 'A' && place[0] <= 'Z' && std::count(place.begin(), place.end(), ' ') <= 2;
}

// The end of the story's first line when it holds `span` and is a headline in
// title case (no lower-case word of four letters or more, no final period, a
// few words) and the story goes on after it; npos otherwise.
size_t TitleCaseLineEnd(const Document& doc, Span span) {
  const std::string& t = doc.text;
  // (the story's first line only: a wrapped line of wire copy is no headline)
  if (t.rfind('\n', span.begin) != std::string::npos) return std::string::npos;
  const size_t b = 0;
  size_t e = t.find('\n', span.end);
  if (e == std::string::npos || e == b) return std::string::npos;
  std::string_view line = std::string_view(t).substr(b, e - b);
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  if (line.empty() || line.back() == '.' || line.size() > 120) return std::string::npos;
  size_t words = 0;
  for (size_t k = 0; k < line.size();) {
    while (k < line.size() && !std::isalpha(static_cast<unsigned char>(line[k]))) ++k;
    const size_t w = k;
    while (k < line.size() && std::isalpha(static_cast<unsigned char>(line[k]))) ++k;
    if (k == w) break;
    ++words;
    if (k - w >= 4 && std::islower(static_cast<unsigned char>(line[w]))) return std::string::npos;
  }
  return words >= 3 ? e : std::string::npos;
}

// The named treaty that a described one stands in apposition to ("the Paris
// Agreement, the first global climate treaty,"): the treaty written right
// before it, only a comma and an article between, and no list going on after
// it ("the Paris Agreement, a trade deal and a defence pact" names three).
int AppositionOf(const Document& doc, const std::vector<Mention>& ms, size_t k) {
  const Mention& m = ms[k];
  // The place or date of the signing may stand between ("signed the X Treaty
  // in Pyongyang, the first defence pact ..."): one such hop is allowed.
  uint32_t limit = m.span.begin;
  bool hopped = false;
  for (size_t j = k; j-- > 0;) {
    const Mention& o = ms[j];
    if (o.sentence != m.sentence || o.span.end > limit) {
      if (o.sentence != m.sentence) return -1;
      continue;  // nested in or overlapping the description
    }
    std::string_view between = std::string_view(doc.text).substr(o.span.end, limit - o.span.end);
    // "the Coral Sea Treaty, a 1990 pact": the year dating the description
    if (o.type == EntityType::kDate && limit == m.span.begin && between == " ") {
      limit = o.span.begin;
      continue;
    }
    // "the Coral Sea Treaty (CST), a 1990 pact": the acronym in brackets, the
    // year dating the description
    if (o.type == EntityType::kTreaty && (o.flags & kAcronym) && o.span.begin > 0 &&
        doc.text[o.span.begin - 1] == '(' && !between.empty() && between[0] == ')')
      between.remove_prefix(1);
    if (limit == m.span.begin && between.size() > 5 && between.back() == ' ' &&
        std::all_of(between.end() - 5, between.end() - 1,
                    [](char ch) { return ch >= '0' && ch <= '9'; }) &&
        between[between.size() - 6] == ' ')
      between.remove_suffix(5);
    if (!hopped && (o.type == EntityType::kState || o.type == EntityType::kDate)) {
      if (between != ", the " && between != ", a " && between != ", an ") return -1;
      hopped = true;
      limit = o.span.begin;
      continue;
    }
    if (o.type != EntityType::kTreaty) return -1;
    if ((o.flags & (kAnaphor | kDescribed)) || o.node.empty()) return -1;
    if (hopped) {
      if (between != " in " && between != " on " && between != " at ") return -1;
    } else if (between != ", the " && between != ", a " && between != ", an " &&
               !PlaceThenApposition(between)) {
      return -1;
    }
    if (m.token_end < doc.tokens.size()) {
      std::string_view next = doc.Text(doc.tokens[m.token_end].span);
      if (next == "and" || next == "or") return -1;
      if (next == ",") {
        for (size_t q = k + 1; q < ms.size() && ms[q].sentence == m.sentence; ++q) {
          if (ms[q].span.begin < m.span.end) continue;
          if (ms[q].type == EntityType::kTreaty && ms[q].token_begin <= m.token_end + 2) return -1;
          break;
        }
      }
    }
    return static_cast<int>(j);
  }
  return -1;
}

// The story's main treaty for the bare anaphor ms[k], when no treaty is named in
// its sentence or the one before: of the treaties resolved before it, the one
// mentioned most, a mention in the headline counting twice; it needs a score of
// two (the headline's treaty, or one named twice). Ties go to the earlier. -1 if
// none, or if a treaty is named close by.
template <typename Compatible>
int MainTreaty(const Document& doc, const std::vector<Mention>& ms, size_t k,
               Compatible compatible) {
  const Mention& m = ms[k];
  std::unordered_map<std::string, std::pair<int, size_t>> score;  // node -> score, first
  for (size_t j = 0; j < k; ++j) {
    const Mention& o = ms[j];
    if (o.type != EntityType::kTreaty) continue;
    if (o.sentence + 1 >= m.sentence) return -1;  // named right before: the last one
    if (o.node.empty()) continue;
    // "the Convention on X (CX)": the acronym in brackets after its name is no
    // second mention of the treaty
    if (j > 0 && ms[j - 1].node == o.node && o.span.begin >= ms[j - 1].span.end &&
        o.span.begin - ms[j - 1].span.end <= 2 && o.span.begin > 0 &&
        doc.text[o.span.begin - 1] == '(')
      continue;
    auto it = score.emplace(o.node, std::make_pair(0, j)).first;
    it->second.first += TitleCaseLineEnd(doc, o.span) != std::string::npos ? 2 : 1;
  }
  int best = -1, best_score = 1;
  for (const auto& [node, sc] : score) {
    if (!compatible(sc.second)) continue;
    if (sc.first > best_score ||
        (sc.first == best_score && best >= 0 && sc.second < static_cast<size_t>(best))) {
      best = static_cast<int>(sc.second);
      best_score = sc.first;
    }
  }
  return best;
}

}  // namespace

void Recognizer::ResolveTreaties(const Document& doc, std::vector<Mention>* mentions) const {
  std::vector<Mention>& ms = *mentions;
  if (std::none_of(ms.begin(), ms.end(),
                   [](const Mention& m) { return m.type == EntityType::kTreaty; }))
    return;  // most documents name none: spare the tables below
  std::vector<std::vector<std::string>> contents(ms.size());
  std::vector<bool> have(ms.size(), false);
  // Acronyms written for a named treaty ("INF", "NPT"): a described treaty
  // using one ("the draft INF treaty") is about it.
  std::unordered_map<std::string, std::vector<std::string>> acronyms;  // node -> lower-case
  std::unordered_map<std::string, const Mention*> by_acronym;  // the first treaty written so
  for (const Mention& m : ms) {
    if (m.type != EntityType::kTreaty || (m.flags & (kAnaphor | kDescribed)) ||
        m.token_end != m.token_begin + 1)
      continue;
    std::string_view t = doc.Text(m.span);
    if (t.size() < 2 || t.size() > 8 ||
        !std::all_of(t.begin(), t.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
      continue;
    acronyms[m.node.empty() ? NodeId("treaty:", m.label) : m.node].push_back(AsciiLower(t));
    by_acronym.emplace(AsciiLower(t), &m);
  }
  auto shares = [&](size_t a, const std::vector<std::string>& content) {
    if (content.empty()) return false;
    if (!have[a]) {
      contents[a] = TreatyContent(ms[a].label);
      auto it = acronyms.find(ms[a].node);
      if (it != acronyms.end())
        contents[a].insert(contents[a].end(), it->second.begin(), it->second.end());
      have[a] = true;
    }
    // Words match wherever they stand ("Nuclear Forces Treaty" and "treaty on
    // nuclear forces"); one shared word is enough between premodifiers, two
    // when either side's words come after its head ("treaty on nuclear
    // weapons" is no "Nuclear Non-Proliferation Treaty").
    auto bare = [](const std::string& w) {
      return !w.empty() && w.back() == '*' ? w.substr(0, w.size() - 1) : w;
    };
    size_t shared = 0;
    bool after = false;
    for (const std::string& w : content) {
      for (const std::string& o : contents[a]) {
        if (bare(w) != bare(o)) continue;
        ++shared;
        after = after || w.back() == '*' || o.back() == '*';
        break;
      }
    }
    return shared >= (after ? 2u : 1u);
  };
  auto join = [&](Mention* m, const Mention& to) {
    m->node = to.node;
    m->label = to.label;
  };
  // Named treaties first: described and anaphoric ones may refer to them.
  for (Mention& m : ms) {
    if (m.type != EntityType::kTreaty || (m.flags & (kAnaphor | kDescribed))) continue;
    if (!m.node.empty()) continue;
    // "the draft INF treaty": a name built on another treaty's acronym is it
    for (const std::string& w : TreatyContent(m.label)) {
      auto it = by_acronym.find(w);
      if (it == by_acronym.end() || it->second == &m) continue;
      m.label = it->second->label;
      m.node = it->second->node;
      break;
    }
    if (m.node.empty()) m.node = NodeId("treaty:", m.label);
  }
  // "Japan, Philippines Sign Troop Access Pact" over a story naming the
  // "Reciprocal Access Agreement": a headline's own name for the treaty the
  // story names first with a word of it ("Access"; not a convention the story
  // names first for its background).
  for (Mention& m : ms) {
    if (m.type != EntityType::kTreaty || m.rule != "treaty.named" ||
        lex_.gazetteer.Lookup(m.node) >= 0)
      continue;
    const size_t line_end = TitleCaseLineEnd(doc, m.span);
    if (line_end == std::string::npos) continue;
    std::vector<std::string> words = TreatyContent(m.label);
    for (std::string& w : words)
      if (!w.empty() && w.back() == '*') w.pop_back();
    // "Australia-Tuvalu Treaty Enters Into Force": named by two parties, it is
    // the treaty of a sentence naming both ("the X treaty between Australia and
    // Tuvalu")
    std::vector<std::string> parties;
    for (const Mention& p : ms)
      if (p.type == EntityType::kState && !p.node.empty() && p.span.begin >= m.span.begin &&
          p.span.end <= m.span.end)
        parties.push_back(p.node);
    for (const Mention& o : ms) {
      if (o.type != EntityType::kTreaty || o.span.begin <= line_end ||
          (o.flags & (kAnaphor | kDescribed | kAcronym)) || o.node.empty())
        continue;
      bool shared = false;
      for (std::string w : TreatyContent(o.label)) {
        if (!w.empty() && w.back() == '*') w.pop_back();
        shared = shared || std::find(words.begin(), words.end(), w) != words.end();
      }
      if (!shared && parties.size() >= 2) {
        size_t named = 0;
        for (const std::string& party : parties)
          named += std::any_of(ms.begin(), ms.end(), [&](const Mention& q) {
            return q.type == EntityType::kState && q.sentence == o.sentence && q.node == party &&
                   !(q.span.begin >= m.span.begin && q.span.end <= m.span.end);
          });
        shared = named == parties.size();
      }
      if (!shared) continue;
      m.node = o.node;
      m.label = o.label;
      break;
    }
  }
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.type != EntityType::kTreaty || !m.node.empty()) continue;
    const uint32_t cls = TreatyClassOf(m.label.empty() ? std::string() : m.label);
    if (m.rule == "treaty.alias" || m.rule == "treaty.alias-it") {
      // another name for the treaty just mentioned (for the pronoun's, in the
      // sentences just before: "The deal was proposed by Madrid. ... has called
      // it \"the first agreement ...\"")
      const uint32_t back = m.rule == "treaty.alias-it" ? 3 : 0;
      for (size_t j = k; j-- > 0;) {
        if (ms[j].sentence + back < m.sentence) break;
        if (ms[j].type == EntityType::kTreaty && !ms[j].node.empty()) {
          join(&m, ms[j]);
          break;
        }
      }
      if (!m.node.empty()) continue;
    }
    if (m.rule == "treaty.pronoun-subject") {
      // "It was signed by": the sentence before's first treaty, its subject ("The
      // partnership was proposed ..., building on the X Agreement. It was signed by")
      int first = -1;
      for (size_t j = k; j-- > 0 && ms[j].sentence + 1 >= m.sentence;)
        if (ms[j].type == EntityType::kTreaty && !ms[j].node.empty() && ms[j].sentence < m.sentence)
          first = static_cast<int>(j);
      if (first >= 0) join(&m, ms[static_cast<size_t>(first)]);
      continue;
    }
    if (int named = (m.flags & kDescribed) ? AppositionOf(doc, ms, k) : -1; named >= 0) {
      // "signed the Paris Agreement, a landmark climate accord,": another name for it
      join(&m, ms[static_cast<size_t>(named)]);
      continue;
    }
    if (m.rule == "treaty.described" && !(m.flags & kAnaphor)) {
      // "Japan and the Philippines signed a defence pact on Monday. The
      // Reciprocal Access Agreement (RAA) was signed by ...": the story's first
      // treaty, described, is the named one opening the next sentence
      bool first = true;
      for (size_t j = 0; j < k && first; ++j)
        first = ms[j].type != EntityType::kTreaty ||
                TitleCaseLineEnd(doc, ms[j].span) != std::string::npos;
      // (or the one after, past a sentence naming none: "Tajikistan, the fourth
      // riparian state, did not sign. The X Treaty was signed ...")
      if (first && m.sentence + 1 < doc.sentences.size()) {
        for (size_t j = k + 1; j < ms.size() && ms[j].sentence <= m.sentence + 2; ++j) {
          const Mention& o = ms[j];
          if (o.type != EntityType::kTreaty || o.sentence == m.sentence) continue;
          const uint32_t open = doc.sentences[o.sentence].token_begin;
          const bool opens =
              o.token_begin == open ||
              (o.token_begin == open + 1 && AsciiLower(doc.Text(doc.tokens[open].span)) == "the");
          if (opens && !(o.flags & (kAnaphor | kDescribed | kAcronym)) && !o.node.empty())
            join(&m, o);
          break;
        }
        if (!m.node.empty()) continue;
      }
    }
    if (m.flags & kDescribed) {
      // A proposal joins only a proposal ("the Soviet proposal" is no
      // "Soviet-American Agreement"), and an agreement no proposal.
      // ("the draft INF treaty" is a treaty as much as a draft).
      std::vector<std::string> content = TreatyContent(m.label);
      const bool proposal = OnlyProposal(m.label);
      // "the trade agreement between Mercosur and the European Union": named by its
      // parties, it is not an earlier "free trade agreement" with others
      // (not by "the two countries", "them": the parties named before, whose treaty it is)
      auto word = [&](uint32_t t) {
        return t < doc.tokens.size() ? AsciiLower(doc.Text(doc.tokens[t].span)) : std::string();
      };
      const bool by_parties = word(m.token_end) == "between" && word(m.token_end + 1) != "them" &&
                              word(m.token_end + 1) != "both" &&
                              !(word(m.token_end + 1) == "the" && word(m.token_end + 2) == "two");
      // "a fisheries cooperation pact" is no "Mekong Fisheries Charter": as
      // for "the pact" below, an agreement is never a charter, code or statute
      // "the memorandum of understanding on raw materials" is no "Critical Raw
      // Materials Act": a head of two words or more ("code of conduct", "joint
      // declaration") or of a kind of its own ("protocol", "regulation": "a new
      // return regulation" is no "Return Partnership") names the kind of
      // document, which a name must share
      const Phrase* m_head = TreatyHeadIn(m.label);
      auto compatible = [&](size_t o) {
        if (m_head && (m_head->words.size() >= 2 || m_head->value == kTreatyOther) &&
            TreatyHeadIn(ms[o].label) != m_head)
          return false;
        const uint32_t oc = TreatyClassOf(ms[o].label);
        return cls != kTreatyGeneral || oc == kTreatyGeneral || oc == kTreatyConvention;
      };
      // "His compromise text, tabled on Sunday ... opposed the chair's text": a text
      // named by its author is the text of the sentences just before, whatever they
      // called it
      if (m.rule == "treaty.authored") {
        const std::string last = AsciiLower(m.label.substr(m.label.rfind(' ') + 1));
        for (size_t o = k; o-- > 0;) {
          if (m.sentence > ms[o].sentence + 3) break;
          const std::string& ol = ms[o].label;
          if (ms[o].type == EntityType::kTreaty && !ms[o].node.empty() &&
              AsciiLower(ol.substr(ol.rfind(' ') + 1)) == last &&
              ol.find(' ') != std::string::npos) {
            join(&m, ms[o]);
            break;
          }
        }
        if (!m.node.empty()) continue;
      }
      const int indefinite = m.rule == "treaty.described" ? Indefinite(doc, lex_, m) : 0;
      // "a legally binding agreement ... rejected the idea of a binding treaty ... supported a
      // binding agreement on dam safety": descriptions of one kind (treaty_kind_words.txt)
      // with a general head are the one document the story's parties argue over
      if (!by_parties && indefinite != 2 && cls == kTreatyGeneral && !proposal) {
        const std::string kind = KindWord(lex_, m.label);
        const int o = kind.empty() ? -1 : Nearest(ms, k, EntityType::kTreaty, [&](size_t o) {
          return o < k && (ms[o].flags & kDescribed) && m.sentence <= ms[o].sentence + 8 &&
                 TreatyClassOf(ms[o].label) == kTreatyGeneral && !OnlyProposal(ms[o].label) &&
                 KindWord(lex_, ms[o].label) == kind;
        });
        if (o >= 0) {
          join(&m, ms[static_cast<size_t>(o)]);
          continue;
        }
      }
      int j =
          by_parties || indefinite == 2 ? -1 : Nearest(ms, k, EntityType::kTreaty, [&](size_t o) {
            return OnlyProposal(ms[o].label) == proposal && compatible(o) && shares(o, content) &&
                   !(indefinite == 1 && OtherParties(ms, k, ms[o].node));
          });
      if (j >= 0) {
        join(&m, ms[j]);
      } else if (KindOfDocuments(doc, lex_, m, content.empty()) && PluralHead(m.label) &&
                 (cls == kTreatyGeneral || cls == kTreatyProposal) &&
                 AsciiLower(m.label) == m.label) {
        // "argued that country-specific resolutions violated ...", "which brokered the
        // earlier accords": documents described in the plural are a kind, no one document
        // (not "signed two cooperation treaties": counted, or taken by a verb of signing;
        // not "the 1993 Oslo accords": a name's word tells them apart)
      } else {
        m.node = NodeId("treaty:", m.label);
        // "the treaty on the non-proliferation of nuclear weapons", written in
        // lower case, is the listed treaty of that name: its label too
        if (int e = lex_.gazetteer.Lookup(m.node); e >= 0)
          m.label = lex_.gazetteer.entry(static_cast<uint32_t>(e)).label;
      }
      continue;
    }
    // Bare anaphor ("the pact", "the Convention"): the last compatible treaty
    // among the last few hundred mentions.
    const std::string_view place = SignedAtPlace(doc, m);
    // A declaration, charter or protocol named with the anaphor's own noun is
    // meant before any other ("the Ankara Declaration ... a defence pact ...
    // welcomed the declaration"): the first pass takes only such a one. (Not
    // for "the treaty", "the agreement": any treaty is called that.)
    const std::string head = AsciiLower(m.label);
    const bool own_noun = cls == kTreatyOther || NamedOnlyHead(m.label);
    // ("the protocol", "the charter" are only one named so: "ratified the
    // protocol" after "the Defence Cooperation Agreement" is another document)
    int last_pass = cls == kTreatyOther && !NamedOnlyHead(m.label) ? 1 : 2;
    // "the draft of the GCC's customs code": the of-phrase says which draft
    if ((head == "draft" || head == "the draft") && m.token_end < doc.tokens.size() &&
        doc.Text(doc.tokens[m.token_end].span) == "of")
      last_pass = 0;
    // "the agreement" after "a peace agreement ... a Declaration of Principles"
    // is the agreement: a general head ("the accord", "the deal") first looks
    // for a treaty written with the same noun in the sentences just before,
    // then takes any compatible one ("the deal" may be the Al-Ula Declaration).
    // (Not "the treaty": any treaty is called that.)
    const Phrase* own_head = TreatyHeadIn(m.label);
    const bool same_noun =
        !own_noun && own_head && own_head->value == kTreatyGeneral && !own_head->any_treaty;
    constexpr uint32_t kSameNounSentences = 3;
    // "Both countries signed the Convention on X, and the treaty commits them" after
    // "the Y Boundary Treaty": "the treaty" is first a treaty whose name has that word,
    // then any (a convention is called "the convention")
    const bool any_noun = !own_noun && own_head && own_head->any_treaty;
    // "The White House welcomed the deal" paragraphs after the lede's deal and a
    // background "1998 general agreement": a general head ("the deal", "the accord",
    // "the agreement", "the pact", "the treaty") with no treaty named in its own
    // sentence or the one before is the story's main treaty, not the last named.
    // ("the text", "the document": a head of its own that only refers back,
    // treaty_heads.txt "anaphor"; the main treaty when it is signed or taken)
    const bool doc_noun = own_head && own_head->anaphor_only;
    const bool of_after =
        m.token_end < doc.tokens.size() && doc.Text(doc.tokens[m.token_end].span) == "of";
    const int taken = doc_noun && !of_after ? TakenDocument(doc, lex_, m) : 0;
    if (((cls == kTreatyGeneral && !own_noun) || taken) && place.empty() && head != "draft" &&
        head != "the draft" && (!doc_noun || taken)) {
      const int main = MainTreaty(doc, ms, k, [&](size_t o) {
        const uint32_t oc = TreatyClassOf(ms[o].label);
        return oc == kTreatyGeneral || oc == kTreatyConvention || (taken && oc == kTreatyProposal);
      });
      if (main >= 0) {
        join(&m, ms[static_cast<size_t>(main)]);
        continue;
      }
    }
    // ("The text was adopted" after a draft resolution and a convention named
    // in it is the draft: a participle after it takes any treaty only when no
    // proposal is near)
    for (int relax = 0; relax < (taken == 2 ? 2 : 1) && m.node.empty(); ++relax)
      for (int pass = own_noun || same_noun || any_noun ? 0 : 1; pass < last_pass && m.node.empty();
           ++pass) {
        for (size_t j = k; j-- > 0 && k - j < 400;) {
          const Mention& o = ms[j];
          if (m.sentence > o.sentence + kAnaphorSentences) break;  // too far back to be meant
          if (o.type != EntityType::kTreaty || o.node.empty()) continue;
          if (InAsideBefore(doc, o, m)) continue;
          // "the protocol" after "it replaces the previous protocol" is the new one
          if (lex_.treaty_past.Contains(AsciiLower(o.label.substr(0, o.label.find(' '))))) continue;
          // "argued that country-specific resolutions violated ... rejected the resolution":
          // documents described in the plural are a kind, never the one referred to
          if ((o.flags & kDescribed) && PluralHead(o.label) && !PluralHead(m.label)) continue;
          // "the declaration signed at Yalta" is no earlier "Atlantic Charter"
          if (!place.empty() && o.label.find(place) == std::string::npos) continue;
          if (pass == 0 && any_noun) {
            // (a name, not a described one: "a new UN treaty on X ... the Budapest
            // Convention ... signed the treaty" is the convention)
            if ((o.flags & (kDescribed | kAnaphor)) || TreatyHeadIn(o.label) != own_head) continue;
          } else if (pass == 0 && !same_noun && !ContainsWords(AsciiLower(o.label), head)) {
            continue;
          }
          if (pass == 0 && same_noun &&
              (m.sentence > o.sentence + kSameNounSentences ||
               TreatyHeadIn(std::string(doc.Text(o.span))) != own_head))
            continue;
          uint32_t oc = TreatyClassOf(o.label);
          // "the agreement" may be a convention, never a charter, code or
          // statute ("the agreements signed in Moscow" are no UN Charter)
          // ("the draft" may also be a treaty still being negotiated: "a
          // proposed global treaty on plastic pollution ... The draft, put
          // forward by Rwanda and Peru,")
          // (not "the draft of the GCC's customs code": the of-phrase says which)
          const bool draft = (head == "draft" || head == "the draft") && !of_after;
          // ("the text" backed, rejected or signed is the document just named,
          // whatever its kind: "adopted the Ocean Charter ... praised the text";
          // "The text is long" after a treaty means nothing)
          const bool text = taken == 1 || (taken == 2 && relax == 1);
          bool ok = cls == kTreatyProposal ? oc == kTreatyProposal || text ||
                                                 (draft && (o.flags & kDescribed) &&
                                                  (oc == kTreatyGeneral || oc == kTreatyConvention))
                    : cls == kTreatyConvention ? oc == kTreatyConvention
                    : cls == kTreatyGeneral    ? oc == kTreatyGeneral || oc == kTreatyConvention
                                               : oc != kTreatyProposal;
          // (a document named with the anaphor's own noun is of its kind,
          // whatever its class: "a joint declaration ... the declaration")
          if (ok || (pass == 0 && !same_noun)) {
            join(&m, o);
            break;
          }
        }
      }
    if (m.node.empty() && cls == kTreatyConvention && place.empty()) {  // any named treaty
      for (size_t j = k; j-- > 0;)
        if (ms[j].type == EntityType::kTreaty && !ms[j].node.empty() &&
            !(ms[j].flags & kDescribed)) {
          join(&m, ms[j]);
          break;
        }
    }
    // "The resolution, presented by A and B, was adopted": a head that stands
    // alone ("a resolution", treaty_heads.txt "standalone"), signed or taken,
    // with nothing before it to refer to, is the story's own document
    if (m.node.empty() && own_head && own_head->standalone && place.empty() && !of_after &&
        (taken || TakenDocument(doc, lex_, m))) {
      m.label = own_head->text;
      m.node = NodeId("treaty:", m.label);
    }
  }
}

void Recognizer::Resolve(const Document& doc, std::vector<Mention>* mentions) const {
  std::vector<Mention>& ms = *mentions;
  for (Mention& m : ms) {
    if (m.type == EntityType::kDate) continue;
    if (m.label.empty()) m.label = std::string(doc.Text(m.span));
    // the head word, for its class (the words before it that tell nothing
    // apart, "the modernised text", are left out of the label already)
    if (m.type == EntityType::kTreaty && (m.flags & kAnaphor) && !(m.flags & kDescribed) &&
        (m.label.empty() || !EndsWith(doc.Text(m.span), m.label)))
      m.label = std::string(doc.Text(m.span));
  }
  // A body every state has, named generically ("Foreign Ministry"), is the
  // body of the state written right before it ("the Russian Foreign Ministry",
  // "China's Defence Ministry"): its label keeps the state as written and its
  // node is the state's, so two states' ministries stay two nodes.
  std::unordered_map<std::string, std::string> owned;  // label -> node id
  {
    std::unordered_map<uint32_t, size_t> state_ending;  // token_end -> state mention
    for (size_t k = 0; k < ms.size(); ++k)
      if (ms[k].type == EntityType::kState && !ms[k].label.empty())
        state_ending.emplace(ms[k].token_end, k);
    for (Mention& m : ms) {
      // A listed body keeps its node unless it is known to be one state's
      // and another is written before it ("the German Foreign Office" is no
      // part of the British one).
      const bool listed = !m.node.empty();
      if (m.type != EntityType::kOrganization || m.token_begin == 0 ||
          (listed && m.rule != "gazetteer"))
        continue;
      // A view (most names are no state's body: nothing copied for them).
      const std::string_view base = listed ? doc.Text(m.span) : std::string_view(m.label);
      if (m.rule != "org.state-body" &&
          !lex_.state_body_heads.Contains(AsciiLower(LastWordOf(base))) && !HeadFirstBody(base))
        continue;
      auto it = state_ending.find(m.token_begin);
      if (it == state_ending.end() && m.token_begin >= 1) {
        std::string_view between = doc.Text(doc.tokens[m.token_begin - 1].span);
        if (between == "'s" || between == "\xE2\x80\x99s" || between == "'" ||
            between == "\xE2\x80\x99")
          it = state_ending.find(m.token_begin - 1);
      }
      if (it == state_ending.end()) continue;
      const Mention& state = ms[it->second];
      if (state.sentence != m.sentence) continue;
      if (listed) {  // another state's body only if the listed one has its own state
        int e = lex_.gazetteer.Lookup(m.node);
        const std::string* owner =
            e < 0 ? nullptr : &lex_.gazetteer.entry(static_cast<uint32_t>(e)).owner;
        if (!owner || owner->empty() || *owner == state.node) continue;
      }
      std::string joined = state.label;
      joined += ' ';
      joined += base;
      std::string node = NodeId("organization:", joined);
      m.label = SquashSpace(doc.Text({state.span.begin, m.span.end}));
      m.node.clear();
      owned.emplace(m.label, std::move(node));
    }
  }
  // Organizations: "Agriculture Department" joins "U.S. Agriculture Department"
  // (the first longer name it ends). Hash maps keep this linear in mentions.
  std::unordered_map<std::string, size_t> longer;  // word-suffix of a name -> mention
  for (size_t k = 0; k < ms.size(); ++k) {
    const Mention& m = ms[k];
    if (m.type != EntityType::kOrganization || !m.node.empty()) continue;
    for (size_t sp = m.label.find(' '); sp != std::string::npos; sp = m.label.find(' ', sp + 1))
      longer.emplace(m.label.substr(sp + 1), k);
  }
  for (Mention& m : ms) {
    if (m.type != EntityType::kOrganization || !m.node.empty()) continue;
    auto it = longer.find(m.label);
    if (it != longer.end()) m.label = ms[it->second].label;
    auto own = owned.find(m.label);
    m.node = own != owned.end() ? own->second : NodeId("organization:", m.label);
  }
  // Persons: full names first, then single names join the full name they end.
  // When two full names end so ("Elian Gonzalez", "Juan Miguel Gonzalez"), a
  // bare "Gonzalez" may be either: it joins neither.
  // A full name that ends a longer one ("Suu Kyi", "Lacalle Pou" after "Aung San Suu
  // Kyi", "Luis Lacalle Pou") is that person, when only one longer name ends so.
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.type != EntityType::kPerson || m.label.find(' ') == std::string::npos) continue;
    const std::string tail = " " + m.label;
    // ("Van der Heijden" opening a sentence is "Pieter van der Heijden")
    std::string particle = tail;
    if (particle[1] >= 'A' && particle[1] <= 'Z') particle[1] = static_cast<char>(particle[1] + 32);
    const Mention* longer = nullptr;
    bool ambiguous = false;
    for (const Mention& o : ms) {
      if (o.type != EntityType::kPerson || o.label.size() <= tail.size() ||
          !(EndsWith(o.label, tail) || EndsWith(o.label, particle)))
        continue;
      if (longer && longer->label != o.label) ambiguous = true;
      longer = &o;
    }
    if (longer && !ambiguous) m.label = longer->label;
  }
  std::unordered_map<std::string, size_t> by_last;
  for (size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.type != EntityType::kPerson || m.label.find(' ') == std::string::npos) continue;
    m.node = NodeId("person:", m.label);
    auto ins = by_last.emplace(Surname(m.label), k);
    if (!ins.second && ins.first->second != SIZE_MAX && ms[ins.first->second].node != m.node)
      ins.first->second = SIZE_MAX;  // ambiguous
  }
  // A family name written first ("Hu" after "Hu Jintao") joins the one
  // full name it starts, when no name ends with it and it is no given name.
  std::unordered_map<std::string, int> by_first;  // first word -> mention, -1 if several
  for (size_t k = 0; k < ms.size(); ++k) {
    const Mention& m = ms[k];
    if (m.type != EntityType::kPerson || m.label.find(' ') == std::string::npos) continue;
    std::string first = m.label.substr(0, m.label.find(' '));
    auto [it, fresh] = by_first.emplace(first, static_cast<int>(k));
    if (!fresh && it->second >= 0 && ms[it->second].label != m.label) it->second = -1;
  }
  // A monarch's one name ("King Hussein") is the whole name, no one's surname.
  auto regnal = [](const std::string& role) {
    if (role.empty()) return false;
    std::string r = AsciiLower(role);
    for (std::string_view t :
         {"king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir", "pope",
          "sheikh", "sheik", "shah", "crown prince", "ex-king"})
      if (r == t || (r.size() > t.size() && EndsWith(r, t) && r[r.size() - t.size() - 1] == ' '))
        return true;  // the title, or a phrase ending in " " + the title
    return false;
  };
  for (Mention& m : ms) {
    if (m.type != EntityType::kPerson || !m.node.empty()) continue;
    auto it = regnal(m.role) ? by_last.end() : by_last.find(m.label);
    if (it != by_last.end()) {
      if (it->second != SIZE_MAX) m.label = ms[it->second].label;  // else ambiguous
    } else if (auto f = by_first.find(m.label);
               f != by_first.end() && f->second >= 0 && !lex_.given_names.Contains(m.label)) {
      m.label = ms[f->second].label;
    }
    m.node = NodeId("person:", m.label);
  }
  ResolveOrgAnaphors(doc, lex_, mentions);
  ResolveTreaties(doc, mentions);
  for (Mention& m : ms)
    if (m.type == EntityType::kState && m.node.empty()) m.node = NodeId("state:", m.label);
  // "ratified by the Philippine Senate ... a member of the Senate": a bare
  // "Senate" after another state's Senate was named is that Senate.
  {
    std::unordered_map<std::string, size_t> owned_head;  // last word -> a state's body
    for (size_t k = 0; k < ms.size(); ++k) {
      Mention& m = ms[k];
      if (m.type != EntityType::kOrganization || m.node.empty()) continue;
      const bool us = m.node.rfind("organization:united-states-", 0) == 0;
      // (a state's own body: its state written right before it, "Philippine
      // Senate", "India's Congress"; not "White House")
      if (!us && m.label.find(' ') != std::string::npos && m.rule != "org.title-body" && k > 0 &&
          ms[k - 1].type == EntityType::kState && ms[k - 1].span.end <= m.span.begin &&
          ms[k - 1].span.end + 4 >= m.span.begin) {
        owned_head[std::string(LastWordOf(m.label))] = k;
        continue;
      }
      if (!us || m.rule == "org.title-body") continue;
      if (m.token_end != m.token_begin + 1) {  // "the U.S. Senate" is named again
        owned_head.erase(std::string(LastWordOf(m.label)));
        continue;
      }
      auto it = owned_head.find(std::string(doc.Text(m.span)));
      if (it == owned_head.end()) continue;
      m.node = ms[it->second].node;
      m.label = ms[it->second].label;
    }
  }
  // A bare "Congress" or "Senate" names the United States' body only in a
  // story that speaks of the United States: India has its Congress party,
  // Cambodia its Senate. Elsewhere it is a body of that name, unresolved.
  bool usa = false, other_state = false;
  for (const Mention& m : ms) {
    if (m.type != EntityType::kState) continue;
    (m.node == "state:USA" ? usa : other_state) = true;
  }
  if (!usa && other_state) {
    for (Mention& m : ms) {
      if (m.type != EntityType::kOrganization || m.token_end != m.token_begin + 1 ||
          m.node.rfind("organization:united-states-", 0) != 0 ||
          m.label.rfind("United States ", 0) != 0 ||
          std::string_view(m.rule) == "org.title-body")  // "Secretary of State X" names it
        continue;
      std::string text(doc.Text(m.span));
      if (std::none_of(text.begin(), text.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
        continue;  // an acronym ("DHS") names the US body anyway
      m.label = std::move(text);
      m.node = NodeId("organization:", m.label);
    }
  }
  ms.erase(std::remove_if(
               ms.begin(), ms.end(),
               [](const Mention& m) { return m.type != EntityType::kDate && m.node.empty(); }),
           ms.end());
}

}  // namespace ner
}  // namespace actorgraph
