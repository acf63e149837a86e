// Clauses read apart from the sentence around them.
// - Asides: non-restrictive relative clauses, ", which ... ," and ", who ...
//   ," after a name. A journalist's aside ("Japan and Australia, which with
//   India and the United States make up the Quad, signed ...") puts other
//   names between a subject and its verb, where a pattern's gap may not step
//   over them. Appositions opened by an article or a name's possessive
//   ("Turla, a unit of Russia's FSB, was ...") are read as asides too.
// - Coordinated predicates: "Russia denied the claims and accused Ukraine of
//   ..." is read again as "Russia accused Ukraine of ...".
#include <algorithm>
#include <cstdint>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

// Longest clause read as an aside, in skeleton tokens (commas included).
constexpr size_t kMaxClauseTokens = 30;

bool IsOpener(const Compiled& c, std::string_view w) {
  for (const std::string& o : c.relative_openers)
    if (o == w) return true;
  return false;
}

bool IsName(const Skeleton& skel, size_t i) {  // a placeholder of a name, not of a date
  if (skel.tokens[i].mention < 0) return false;
  std::string_view w = TokenText(skel, i);
  return w.size() < 3 || w[2] != 'D';  // "§D12": a date
}

// May `w` follow an aside's closing comma (the verb of the name before it)?

// The closing comma of a comma list of common nouns that starts after the
// comma at `j` inside the aside opened at `k` ("politics, defence and
// security,"), or 0 when no such list stands there: each member a few words,
// no name, the last one after "and" or "or".
size_t ListInsideAsideEnd(const Skeleton& skel, size_t k, size_t j) {
  constexpr size_t kMaxMemberTokens = 4;
  constexpr int kMaxMembers = 5;
  const size_t n = skel.tokens.size();
  for (int member = 0; member < kMaxMembers; ++member) {
    bool conjunction = false;
    size_t m = j + 1;
    for (; m < n && m - k < kMaxClauseTokens; ++m) {
      if (skel.tokens[m].mention >= 0) return 0;
      std::string_view w = TokenText(skel, m);
      if (w == "," || w == ";" || w == ":" || w == "\"" || w == "(" || w == ")") break;
      if (w == "and" || w == "or") conjunction = true;
    }
    if (m >= n || m - k >= kMaxClauseTokens || TokenText(skel, m) != "," || m == j + 1 ||
        m - j > kMaxMemberTokens + 2)
      return 0;
    if (conjunction) return m;
    j = m;
  }
  return 0;
}

// The closing mark of a short quoted term opened at `open` (at most
// kMaxQuotedTerm words, no name and no punctuation inside), else 0.
size_t ClosingQuote(const Skeleton& skel, size_t open) {
  constexpr size_t kMaxQuotedTerm = 4;
  for (size_t j = open + 1; j < skel.tokens.size() && j <= open + kMaxQuotedTerm + 1; ++j) {
    if (skel.tokens[j].mention >= 0) return 0;
    std::string_view w = TokenText(skel, j);
    if (w == "\"") return j > open + 1 ? j : 0;
    if (w == "," || w == ";" || w == ":" || w == "." || w == "(" || w == ")") return 0;
  }
  return 0;
}

}  // namespace

bool Follower(const Compiled& c, std::string_view w) {
  if (c.aside_followers.count(w)) return true;
  for (const std::string& suffix : c.aside_follower_suffixes)
    if (w.size() > suffix.size() + 1 && w.substr(w.size() - suffix.size()) == suffix) return true;
  return false;
}

void FindAsides(const Compiled& c, const Skeleton& skel, std::vector<Aside>* out) {
  out->clear();
  if (c.relative_openers.empty()) return;
  const size_t n = skel.tokens.size();
  for (size_t k = 1; k + 2 < n; ++k) {
    // A name, a comma, a relative pronoun.
    if (skel.tokens[k - 1].mention < 0 || skel.tokens[k].mention >= 0 || TokenText(skel, k) != ",")
      continue;
    // ... or an apposition: a name, a comma, "a", "the", "its" ... or a
    // name's possessive ("Greece, Cyprus's closest ally, said")
    const bool possessive = !c.apposition_openers.empty() && IsName(skel, k - 1) &&
                            skel.tokens[k + 1].mention >= 0 && k + 2 < n &&
                            TokenText(skel, k + 2) == "'s";
    if (!possessive && skel.tokens[k + 1].mention >= 0) continue;
    // ... or one adverb: "The Senate, however, has not ratified".
    const bool adverb = !possessive && IsName(skel, k - 1) && TokenText(skel, k + 2) == "," &&
                        c.sentence_adverbs.count(TokenText(skel, k + 1));
    const bool apposition = possessive || adverb || !IsOpener(c, TokenText(skel, k + 1));
    if (apposition && !possessive && !adverb &&
        !(IsName(skel, k - 1) && c.apposition_openers.count(TokenText(skel, k + 1))))
      continue;
    // ... up to the next comma, within one quotation and before any stronger break.
    size_t j = possessive ? k + 3 : k + 2;
    for (; j < n && j - k < kMaxClauseTokens; ++j) {
      if (skel.tokens[j].mention >= 0) continue;
      std::string_view w = TokenText(skel, j);
      if (w == "\"") {
        // a short quoted term inside ("which sits on the three \"lithium
        // triangle\" countries,"): past its closing mark
        const size_t close = ClosingQuote(skel, j);
        if (close == 0) break;
        j = close;
        continue;
      }
      if (w == "," || w == ";" || w == ":" || w == "(" || w == ")") break;
    }
    if (j >= n || j - k >= kMaxClauseTokens || TokenText(skel, j) != "," ||
        (j == k + 2 && !adverb) || (possessive && j == k + 3))
      continue;
    // The verb of the name before the aside must follow, not another name or
    // "and" ("Russia, which borders Ukraine, Belarus and Poland, said").
    if (j + 1 >= n || skel.tokens[j + 1].mention >= 0) continue;
    if (!Follower(c, TokenText(skel, j + 1)) &&
        !(apposition && c.apposition_followers.count(TokenText(skel, j + 1)))) {
      // The comma may be a list's inside the aside ("Kenya, which chairs the
      // organ on politics, defence and security, has proposed"): the aside ends
      // after the list's last member.
      j = ListInsideAsideEnd(skel, k, j);
      if (j == 0 || j + 1 >= n || skel.tokens[j + 1].mention >= 0 ||
          !Follower(c, TokenText(skel, j + 1)))
        continue;
    }
    out->push_back({k, j + 1, {skel.tokens[k].span.begin, skel.tokens[j].span.end}});
    k = j;
  }
}

void RelativeClauseStarts(const Compiled& c, const Skeleton& skel, std::vector<uint32_t>* out) {
  out->clear();
  if (c.relative_openers.empty()) return;
  for (size_t k = 0; k + 1 < skel.tokens.size(); ++k)
    if (skel.tokens[k].mention < 0 && TokenText(skel, k) == "," && skel.tokens[k + 1].mention < 0 &&
        IsOpener(c, TokenText(skel, k + 1)))
      out->push_back(skel.tokens[k].span.begin);
}

bool RelativeBetween(const std::vector<uint32_t>& starts, Span a, Span b) {
  const uint32_t lo = std::min(a.begin, b.begin), hi = std::max(a.begin, b.begin);
  for (uint32_t s : starts)
    if (s >= lo && s < hi) return true;
  return false;
}

bool DateBarrierBetween(const Compiled& c, const Skeleton& skel, uint32_t from, uint32_t to) {
  if (c.date_barriers.empty()) return false;
  for (size_t k = 0; k < skel.tokens.size(); ++k) {
    const SkelToken& t = skel.tokens[k];
    if (t.span.begin < from || t.mention >= 0) continue;
    if (t.span.begin >= to) break;
    if (c.date_barriers.count(TokenText(skel, k))) return true;
  }
  return false;
}

namespace {

// Copies token i of `skel` to the end of *out, noting where it stands in
// `skel` (`at`; i itself by default).
void CopyToken(const Skeleton& skel, size_t i, Skeleton* out, std::vector<size_t>* map,
               size_t at = SIZE_MAX) {
  AppendToken(skel, skel.tokens[i], out);
  map->push_back(at == SIZE_MAX ? i : at);
}

// May the pronoun `w` stand for a name of this placeholder's kind ("§P3")?
bool PronounFits(std::string_view w, std::string_view placeholder) {
  const char kind = placeholder.size() > 2 ? placeholder[2] : 0;
  if (w == "him" || w == "her") return kind == 'P';
  if (w == "it") return kind == 'S' || kind == 'O';
  if (w == "them") return kind == 'S' || kind == 'O' || kind == 'P';
  return false;
}

// Does a determiner stand right before token i (a noun: "the claims")?
bool AfterDeterminer(const Compiled& c, const Skeleton& skel, size_t i) {
  if (i == 0 || skel.tokens[i - 1].mention >= 0) return false;
  std::string_view w = TokenText(skel, i - 1);
  return w == "'s" || c.determiners.count(w) > 0;  // the shared class DET
}

// A name of a person ("§P3")?
bool IsPerson(const Skeleton& skel, size_t i) {
  if (!IsName(skel, i)) return false;
  std::string_view w = TokenText(skel, i);
  return w.size() > 2 && w[2] == 'P';
}

// A word of a title before a name ("foreign", "minister"): lower-case letters,
// no verb, list word or stop.
bool TitleWord(const Compiled& c, const Skeleton& skel, size_t i) {
  if (skel.tokens[i].mention >= 0) return false;
  std::string_view w = TokenText(skel, i);
  if (w.empty() || w == "and" || w == "or" || w == "the" || Follower(c, w) ||
      c.coordination_stops.count(w))
    return false;
  for (char ch : w)
    if (!((ch >= 'a' && ch <= 'z') || ch == '-')) return false;
  return true;
}

// Longest sentence opener skipped before the subject ("On Monday,").
constexpr size_t kMaxOpenerTokens = 6;

}  // namespace

bool FindSubject(const Compiled& c, const Skeleton& skel, size_t* first, size_t* names_end,
                 size_t* verb) {
  *first = *names_end = *verb = 0;
  const size_t n = skel.tokens.size();
  if (n < 3) return false;
  // A short opener closed by a comma, with no name but dates in it.
  size_t k = 0;
  for (size_t j = 0; j < n && j <= kMaxOpenerTokens; ++j) {
    if (IsName(skel, j)) break;
    if (TokenText(skel, j) == ",") {
      k = j + 1;
      break;
    }
  }
  // The subject: names joined by commas and "and", after "the" or "both".
  while (k < n && !IsName(skel, k) && (TokenText(skel, k) == "the" || TokenText(skel, k) == "both"))
    ++k;
  // A person under a title: "French Foreign Minister X called ... and accused",
  // "Australia's foreign minister X": the person is the subject (the words before
  // it stay in every reading).
  {
    size_t j = k;
    if (j < n && IsName(skel, j) && !IsPerson(skel, j)) {
      ++j;
      if (j < n && TokenText(skel, j) == "'s") ++j;
    }
    size_t t = j;
    while (t < n && t < j + 4 && TitleWord(c, skel, t)) ++t;
    if (t > j && t < n && IsPerson(skel, t)) k = t;
    // ... or named in an apposition after the title: "Russia's ambassador in
    // Oslo, X, called ... and accused" (the person is the subject).
    size_t p = j;
    while (p < n && p < j + 4 && TitleWord(c, skel, p) && TokenText(skel, p) != "in" &&
           TokenText(skel, p) != "at" && TokenText(skel, p) != "to")
      ++p;
    if (p > j && p < n && k != t && j > k) {
      std::string_view w = TokenText(skel, p);
      if (w == "in" || w == "at" || w == "to") {
        if (++p < n && TokenText(skel, p) == "the") ++p;
        ++p;  // the place: one word or name
      }
      if (p + 3 < n && TokenText(skel, p) == "," && IsPerson(skel, p + 1) &&
          TokenText(skel, p + 2) == "," && skel.tokens[p + 3].mention < 0 &&
          Follower(c, TokenText(skel, p + 3))) {
        *first = p + 1;
        *names_end = p + 2;
        *verb = p + 3;
        return true;
      }
    }
  }
  size_t end = k;
  while (end < n && IsName(skel, end)) {
    size_t next = end + 1;
    while (next < n && (TokenText(skel, next) == "," || TokenText(skel, next) == "and" ||
                        TokenText(skel, next) == "the"))
      ++next;
    if (next == end + 1 || next >= n || !IsName(skel, next)) {
      ++end;
      break;
    }
    end = next;
  }
  if (end == k || end >= n) return false;
  // A body of the last name: "China's Foreign Ministry" (the body is the
  // subject), "China's embassy in Washington" (the state is: the reading
  // keeps "China" alone).
  size_t names = end;
  if (TokenText(skel, end) == "'s" && end + 1 < n) {
    if (IsName(skel, end + 1)) {
      names = end = end + 2;
    } else {
      size_t j = end + 1;
      while (j < n && j < end + 3 && skel.tokens[j].mention < 0 &&
             !Follower(c, TokenText(skel, j)) && TokenText(skel, j) != "," &&
             TokenText(skel, j) != "in" && TokenText(skel, j) != "at" &&
             TokenText(skel, j) != "of" && !c.coordination_stops.count(TokenText(skel, j)))
        ++j;
      if (j == end + 1) return false;
      // "in Washington", "in Paris" (a capital here is a place, no name)
      if (j + 2 < n && (TokenText(skel, j) == "in" || TokenText(skel, j) == "at") &&
          skel.tokens[j + 2].mention < 0 && Follower(c, TokenText(skel, j + 2)))
        j += 2;
      end = j;
    }
  }
  // The names' people: "NATO allies", "Chinese officials" (the names stay the subject).
  if (end == names && end < n && skel.tokens[end].mention < 0 &&
      c.coordination_subject_nouns.count(TokenText(skel, end)))
    ++end;
  if (end >= n || skel.tokens[end].mention >= 0 || !Follower(c, TokenText(skel, end))) return false;
  *first = k;
  *names_end = names;
  *verb = end;
  return true;
}

void FindCoordinations(const Compiled& c, const Skeleton& skel, size_t* subject_end, size_t* verb,
                       std::vector<size_t>* starts) {
  starts->clear();
  *subject_end = *verb = 0;
  const size_t n = skel.tokens.size();
  if (c.coordination_stops.empty() || n < 6) return;
  size_t k = 0, names_end = 0, end = 0;
  if (!FindSubject(c, skel, &k, &names_end, &end)) return;
  // Later predicates: "and" or "but" (a comma may come first) and a verb.
  for (size_t j = end; j + 1 < n; ++j) {
    std::string_view w = TokenText(skel, j);
    if (w == ";" || w == ":" || w == "(") break;
    if (w == "\"") {  // a quoted phrase ("rejected them as \"smears\" and accused"): past it
      size_t close = j + 1;
      while (close < n && TokenText(skel, close) != "\"") ++close;
      if (close >= n) break;
      j = close;
      continue;
    }
    if (c.coordination_stops.count(w) && !AfterDeterminer(c, skel, j)) {  // not "the claims"
      // the subject's own verb of saying, its reported clause closed before "and"
      const size_t a = j == end ? ClosedReportEnd(c, skel, j) : 0;
      if (a == 0) break;
      j = a - 1;
      continue;
    }
    // ", accusing X of ...": a participle of the subject (COORDINATION_PARTICIPLE)
    if (w == "," && skel.tokens[j + 1].mention < 0 &&
        c.coordination_participles.count(TokenText(skel, j + 1))) {
      starts->push_back(j + 1);
      continue;
    }
    if (w != "and" && w != "but") continue;
    if (IsName(skel, j - 1) && IsName(skel, j + 1)) continue;  // a list of names
    if (skel.tokens[j + 1].mention >= 0 || !Follower(c, TokenText(skel, j + 1))) continue;
    // "and later endorsed by the Assembly": a participle, not a predicate.
    bool passive = false;
    for (size_t v = j + 2; v < n && v <= j + 3 && !passive; ++v)
      passive = TokenText(skel, v) == "by";
    if (!passive) starts->push_back(j + 1);
  }
  if (!starts->empty()) {
    *subject_end = names_end;
    *verb = end;
  }
}

void WithSubject(const Compiled& c, const Skeleton& skel, size_t subject_end, size_t verb,
                 size_t start, Skeleton* out, std::vector<size_t>* map) {
  out->Clear();
  map->clear();
  out->text.push_back(' ');
  // The first predicate's object: a name right after the subject's verb
  // ("the" may come between), not one deeper in its phrase.
  size_t object = verb;  // past the verb and its adverbs ("also bitterly criticised")
  while (object < start && object < verb + 4 && skel.tokens[object].mention < 0 &&
         (Follower(c, TokenText(skel, object)) || EndsWith(TokenText(skel, object), "ly")))
    ++object;
  if (object < start && TokenText(skel, object) == "the") ++object;
  if (object >= start || !IsName(skel, object)) object = start;
  // ... but not the subject of a clause reported by it ("said China opposes X and accused it")
  if (c.say_words.count(TokenText(skel, verb))) object = start;
  for (size_t i = 0; i < skel.tokens.size(); ++i) {
    if (i >= subject_end && i < start) continue;
    // A pronoun right after the verb is that object: "condemned Annan and
    // accused him of ..." reads "accused Annan of ...".
    if (object < start && i > start && i <= start + 2 &&
        PronounFits(TokenText(skel, i), TokenText(skel, object)))
      CopyToken(skel, object, out, map, i);
    else
      CopyToken(skel, i, out, map);
  }
}

bool RelativeClauseReading(const Compiled& c, const Skeleton& skel, const Aside& aside,
                           Skeleton* out, std::vector<size_t>* map) {
  // ", who ... ,": the aside's comma, its pronoun, its words, its closing comma
  if (aside.begin == 0 || aside.begin + 3 >= aside.end || !IsName(skel, aside.begin - 1) ||
      skel.tokens[aside.begin + 1].mention >= 0 ||
      !c.relative_subjects.count(TokenText(skel, aside.begin + 1)))
    return false;
  // (an edge needs a second name in the clause: "..., who spoke on Monday," gives none)
  bool name = false;
  for (size_t i = aside.begin + 2; i + 1 < aside.end && !name; ++i) name = IsName(skel, i);
  if (!name) return false;
  out->Clear();
  map->clear();
  out->text.push_back(' ');
  CopyToken(skel, aside.begin - 1, out, map);
  for (size_t i = aside.begin + 2; i + 1 < aside.end; ++i) CopyToken(skel, i, out, map);
  return true;
}

void WithoutAsides(const Skeleton& skel, const std::vector<Aside>& asides, Skeleton* out,
                   std::vector<size_t>* map) {
  out->Clear();
  map->clear();
  out->text.push_back(' ');
  size_t a = 0;
  for (size_t i = 0; i < skel.tokens.size(); ++i) {
    while (a < asides.size() && asides[a].end <= i) ++a;
    if (a < asides.size() && asides[a].begin <= i) continue;
    CopyToken(skel, i, out, map);
  }
}

}  // namespace relations
}  // namespace actorgraph
