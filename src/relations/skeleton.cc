// Sentence skeletons: lower-cased tokens, one typed placeholder per top-level
// mention, quotation regions for modality scoping.
#include <algorithm>
#include <cstring>
#include <map>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

const char kTypeLetter[] = {'S', 'O', 'P', 'T', 'D'};

// Appends `src` lower-cased, with typographic apostrophes and quotes folded
// to ' and ".
void AppendNormalized(std::string_view src, std::string* out) {
  // Most words are plain ASCII with no upper-case letter, backquote or space:
  // copied whole.
  bool plain = true;
  for (char ch : src) {
    unsigned char c = static_cast<unsigned char>(ch);
    plain = plain && c > ' ' && c < 0x80 && c != '`' && !(c >= 'A' && c <= 'Z');
  }
  if (plain) {
    out->append(src);
    return;
  }
  for (size_t i = 0; i < src.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(src[i]);
    if (c >= 'A' && c <= 'Z') {
      out->push_back(static_cast<char>(c + 32));
    } else if (c == '`') {
      out->push_back('\'');
    } else if (c == 0xC2 && i + 1 < src.size() &&
               (static_cast<unsigned char>(src[i + 1]) == 0xB4)) {  // ´
      out->push_back('\'');
      ++i;
    } else if (c == 0xC2 && i + 1 < src.size() &&
               (static_cast<unsigned char>(src[i + 1]) == 0xAB ||
                static_cast<unsigned char>(src[i + 1]) == 0xBB)) {  // « »
      out->push_back('"');
      ++i;
    } else if (c == 0xE2 && i + 2 < src.size() && static_cast<unsigned char>(src[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(src[i + 2]);
      if (d == 0x98 || d == 0x99 || d == 0x9A || d == 0x9B) {  // ‘ ’ ‚ ‛
        out->push_back('\'');
      } else if (d >= 0x9C && d <= 0x9F) {  // “ ” „ ‟
        out->push_back('"');
      } else if (d == 0x93 || d == 0x94) {  // – —
        out->push_back('-');
      } else {
        out->append(src.substr(i, 3));
      }
      i += 2;
    } else if (c == ' ') {
      out->push_back('_');  // never split a token
    } else {
      out->push_back(static_cast<char>(c));
    }
  }
}

void AppendWord(std::string_view text, Span span, Skeleton* skel) {
  if (text.empty()) return;
  SkelToken t;
  t.span = span;
  t.offset = static_cast<uint32_t>(skel->text.size());
  AppendNormalized(text, &skel->text);
  // "'" + "s" written apart by the tokenizer read as one possessive "'s".
  if (!skel->tokens.empty() && skel->text.size() == t.offset + 1 && skel->text.back() == 's') {
    SkelToken& prev = skel->tokens.back();
    if (prev.mention < 0 && prev.size == 1 && skel->text[prev.offset] == '\'' &&
        prev.span.end == span.begin) {
      skel->text.pop_back();    // "s"
      skel->text.back() = 's';  // the space after "'" becomes "s"
      prev.size = 2;
      prev.span.end = span.end;
      skel->text.push_back(' ');
      return;
    }
  }
  t.size = static_cast<uint32_t>(skel->text.size() - t.offset);
  skel->text.push_back(' ');
  skel->tokens.push_back(t);
}

}  // namespace

size_t Skeleton::TokenAt(size_t pos) const {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), pos,
                             [](const SkelToken& t, size_t p) { return t.offset < p; });
  return static_cast<size_t>(it - tokens.begin());
}

void AppendPlaceholder(const Mention& m, int index, Skeleton* skel) {
  SkelToken t;
  t.span = m.span;
  t.mention = index;
  t.offset = static_cast<uint32_t>(skel->text.size());
  skel->text += "§";
  skel->text.push_back(kTypeLetter[static_cast<int>(m.type)]);
  skel->text += std::to_string(index);
  t.size = static_cast<uint32_t>(skel->text.size() - t.offset);
  skel->text.push_back(' ');
  skel->tokens.push_back(t);
}

void AppendMarker(const char* text, Span span, Skeleton* skel) {
  SkelToken t;
  t.span = span;
  t.offset = static_cast<uint32_t>(skel->text.size());
  skel->text += text;
  t.size = static_cast<uint32_t>(skel->text.size() - t.offset);
  skel->text.push_back(' ');
  skel->tokens.push_back(t);
}

namespace {

// True when the skeleton ends "NAME (" and `m` names NAME's entity again: the
// "(ACRONYM)" after a name ("the Defense Security Cooperation Agency (DSCA), an
// arm of the Pentagon") then reads as the name alone, so that what follows the
// brackets meets the name. The "(" is taken off.
bool DropsBracketAlias(const std::vector<Mention>& mentions, const Mention& m, Skeleton* skel) {
  const size_t n = skel->tokens.size();
  if (n < 2 || m.label.empty()) return false;
  const SkelToken& open = skel->tokens[n - 1];
  const SkelToken& name = skel->tokens[n - 2];
  if (open.mention >= 0 || open.size != 1 || skel->text[open.offset] != '(') return false;
  if (name.mention < 0) return false;
  const Mention& first = mentions[name.mention];
  if (first.type != m.type || first.label != m.label) return false;
  skel->text.resize(open.offset);
  skel->tokens.pop_back();
  return true;
}

}  // namespace

void AppendSkeleton(const Document& doc, const std::vector<Mention>& mentions, uint32_t token_begin,
                    uint32_t token_end, const std::vector<int>& top, Skeleton* skel) {
  if (skel->text.empty()) skel->text.push_back(' ');
  size_t mi = 0;
  bool drop_close = false;  // a bracketed alias was dropped: its ")" goes too
  auto word = [&](Span piece) {
    std::string_view w = doc.Text(piece);
    if (drop_close && w == ")") {
      drop_close = false;
      return;
    }
    drop_close = false;
    // "also" only adds: "Latvia's foreign ministry also criticized" reads as
    // "Latvia's foreign ministry criticized", for every rule
    if (w.size() == 4 && (w[0] | 0x20) == 'a' && (w[1] | 0x20) == 'l' && (w[2] | 0x20) == 's' &&
        (w[3] | 0x20) == 'o')
      return;
    AppendWord(w, piece, skel);
  };
  for (uint32_t ti = token_begin; ti < token_end && ti < doc.tokens.size(); ++ti) {
    Span ts = doc.tokens[ti].span;
    uint32_t pos = ts.begin;
    // A token may hold several pieces: "Sino-" glued to a name, "Russia's".
    while (pos < ts.end) {
      while (mi < top.size() && mentions[top[mi]].span.end <= pos) ++mi;
      if (mi < top.size() && mentions[top[mi]].span.begin <= pos) {
        if (skel->tokens.empty() || skel->tokens.back().mention != top[mi]) {
          drop_close = DropsBracketAlias(mentions, mentions[top[mi]], skel);
          if (!drop_close) AppendPlaceholder(mentions[top[mi]], top[mi], skel);
        }
        pos = mentions[top[mi]].span.end;
      } else if (mi < top.size() && mentions[top[mi]].span.begin < ts.end) {
        Span piece{pos, mentions[top[mi]].span.begin};
        word(piece);
        pos = piece.end;
      } else {
        Span piece{pos, ts.end};
        word(piece);
        pos = ts.end;
      }
    }
  }
}

namespace {

uint64_t HashWord(std::string_view w) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

}  // namespace

void Compiled::IndexVocabulary() {
  size_t bits = rules.size();
  for (Rule& r : rules) {
    r.unless_bit = bits;
    bits += r.unless.size();
  }
  for (Rule& r : rules) {
    r.required_bit = bits;
    bits += r.required.size();
  }
  mask_words = (bits + 63) / 64;
  std::map<std::string, std::vector<uint64_t>> words, pre;
  auto mark = [&](std::vector<uint64_t>* m, size_t r) {
    if (m->empty()) m->assign(mask_words, 0);
    if (r != SIZE_MAX) (*m)[r / 64] |= uint64_t{1} << (r % 64);
  };
  unanchored.assign(mask_words, 0);
  auto anchor = [&](const std::vector<std::string>& anchors, size_t bit) {
    if (anchors.empty()) unanchored[bit / 64] |= uint64_t{1} << (bit % 64);
    for (const std::string& a : anchors) {
      if (a.size() > 1 && a.back() == '*')
        mark(&pre[a.substr(0, a.size() - 1)], bit);
      else
        mark(&words[a], bit);
    }
  };
  for (size_t r = 0; r < rules.size(); ++r) {
    for (const std::string& w : rules[r].words) mark(&words[w], SIZE_MAX);
    for (const std::string& p : rules[r].prefixes) mark(&pre[p], SIZE_MAX);
    anchor(rules[r].anchors, r);
    for (size_t k = 0; k < rules[r].unless_anchors.size(); ++k)
      anchor(rules[r].unless_anchors[k], rules[r].unless_bit + k);
    for (size_t k = 0; k < rules[r].required.size(); ++k)
      anchor(rules[r].required[k], rules[r].required_bit + k);
  }
  vocab.clear();
  vocab_rules.clear();
  for (const auto& [w, m] : words) {
    vocab.push_back(w);
    vocab_rules.insert(vocab_rules.end(), m.begin(), m.end());
  }
  prefixes.clear();
  prefix_rules.clear();
  for (auto& firsts : prefix_first) firsts.clear();
  for (const auto& [p, m] : pre) {
    if (!p.empty())
      prefix_first[static_cast<unsigned char>(p[0])].push_back(
          static_cast<uint32_t>(prefixes.size()));
    prefixes.push_back(p);
    prefix_rules.insert(prefix_rules.end(), m.begin(), m.end());
  }
  size_t cap = 16;
  while (cap < vocab.size() * 2) cap *= 2;
  vocab_table.assign(cap, 0);
  for (size_t i = 0; i < vocab.size(); ++i) {
    size_t slot = HashWord(vocab[i]) & (cap - 1);
    while (vocab_table[slot]) slot = (slot + 1) & (cap - 1);
    vocab_table[slot] = static_cast<uint32_t>(i + 1);
  }
}

long Compiled::FindWord(std::string_view w) const {
  if (vocab_table.empty()) return -1;
  const size_t mask = vocab_table.size() - 1;
  for (size_t slot = HashWord(w) & mask; vocab_table[slot]; slot = (slot + 1) & mask) {
    const std::string& v = vocab[vocab_table[slot] - 1];
    if (v.size() == w.size() && std::memcmp(v.data(), w.data(), w.size()) == 0)
      return static_cast<long>(vocab_table[slot] - 1);
  }
  return -1;
}

void Compiled::Compact(const Skeleton& skel, std::string* out, uint64_t* present,
                       std::vector<uint32_t>* offsets) const {
  out->assign(1, ' ');
  offsets->clear();
  for (const SkelToken& t : skel.tokens) {
    offsets->push_back(static_cast<uint32_t>(out->size()));
    std::string_view w(skel.text.data() + t.offset, t.size);
    // Names, markers ("§="), clause breaks and rule words stay; the rest is "_".
    bool keep = t.mention >= 0 || w.empty() || w[0] == ';' || w[0] == ':' ||
                (w.size() >= 2 && w[0] == '\xC2' && w[1] == '\xA7');  // "§"
    if (!keep) {
      long k = FindWord(w);
      if (k >= 0) {
        keep = true;
        const uint64_t* m = &vocab_rules[static_cast<size_t>(k) * mask_words];
        for (size_t j = 0; j < mask_words; ++j) present[j] |= m[j];
      }
      for (uint32_t i : prefix_first[static_cast<unsigned char>(w[0])]) {
        if (StartsWith(w, prefixes[i])) {
          keep = true;
          const uint64_t* m = &prefix_rules[i * mask_words];
          for (size_t j = 0; j < mask_words; ++j) present[j] |= m[j];
        }
      }
    }
    if (keep) {
      out->append(w);
    } else {
      out->push_back('_');
    }
    out->push_back(' ');
  }
}

void AppendToken(const Skeleton& from, const SkelToken& t, Skeleton* out) {
  SkelToken c = t;
  c.offset = static_cast<uint32_t>(out->text.size());
  out->text.append(from.text, t.offset, t.size);
  out->text.push_back(' ');
  out->tokens.push_back(c);
}

void SubstituteGroup(const std::vector<Mention>& mentions, Span phrase,
                     const std::vector<int>& group, Skeleton* skel) {
  Skeleton out;
  out.text.push_back(' ');
  bool done = false;
  for (const SkelToken& t : skel->tokens) {
    if (t.mention < 0 && phrase.Contains(t.span)) {
      if (done) continue;
      done = true;
      for (size_t g = 0; g < group.size(); ++g) {
        if (g > 0) AppendMarker(g + 1 == group.size() ? "and" : ",", phrase, &out);
        AppendPlaceholder(mentions[static_cast<size_t>(group[g])], group[g], &out);
        out.tokens.back().span = phrase;
      }
      continue;
    }
    AppendToken(*skel, t, &out);
  }
  *skel = std::move(out);
}

void SubstituteSubject(const std::vector<Mention>& mentions, Span phrase, int m, Skeleton* skel) {
  SubstituteGroup(mentions, phrase, {m}, skel);
}

namespace {

// Rebuilds `skel` with token k replaced by a placeholder of mention by[k]
// when by[k] >= 0 (keeping its span and quotation region), dropped when
// by[k] == kJoined (its span joins the placeholder before), kept otherwise.
constexpr int kJoined = -2;
void ReplaceTokens(const std::vector<Mention>& mentions, const std::vector<int>& by,
                   Skeleton* skel) {
  const std::vector<SkelToken>& ts = skel->tokens;
  Skeleton out;
  out.text.push_back(' ');
  for (size_t k = 0; k < ts.size(); ++k) {
    if (by[k] == kJoined) {
      out.tokens.back().span.end = ts[k].span.end;
      continue;
    }
    if (by[k] < 0) {
      AppendToken(*skel, ts[k], &out);
      continue;
    }
    AppendPlaceholder(mentions[static_cast<size_t>(by[k])], by[k], &out);
    out.tokens.back().span = ts[k].span;
    out.tokens.back().quote = ts[k].quote;
  }
  *skel = std::move(out);
}

}  // namespace

void SubstituteQuoteSpeakers(const std::vector<Mention>& mentions,
                             const std::set<std::string, std::less<>>& say, Skeleton* skel) {
  const std::vector<SkelToken>& ts = skel->tokens;
  const size_t n = ts.size();
  auto word = [&](size_t i) {
    return std::string_view(skel->text).substr(ts[i].offset, ts[i].size);
  };
  auto mark = [&](size_t i) { return ts[i].mention < 0 && word(i) == "\""; };
  std::vector<int> speaker(n, -1);  // per "we"/"I" token, the person it stands for
  bool any = false;
  for (size_t open = 0; open < n; ++open) {
    if (!mark(open)) continue;
    size_t close = open + 1;
    while (close < n && !mark(close)) ++close;
    if (close >= n) break;
    // the attribution: a person within a few words after the closing quote,
    // with a verb of saying between them or right after the person
    int person = -1;
    for (size_t k = close + 1; k < n && k <= close + 12 && person < 0; ++k) {
      if (ts[k].mention < 0) {
        if (mark(k)) break;
        continue;
      }
      if (mentions[static_cast<size_t>(ts[k].mention)].type != EntityType::kPerson) continue;
      auto says = [&](size_t j) { return say.count(word(j)) > 0 || word(j) == "told"; };
      // (after the person, maybe past the comma closing an apposition:
      // "Cabo Verde's minister, Elisa Tavares, told reporters")
      bool said = (k + 1 < n && ts[k + 1].mention < 0 && says(k + 1)) ||
                  (k + 2 < n && word(k + 1) == "," && ts[k + 2].mention < 0 && says(k + 2));
      for (size_t j = close + 1; j < k && !said; ++j) said = ts[j].mention < 0 && says(j);
      if (said) person = ts[k].mention;
    }
    if (person >= 0) {
      for (size_t k = open + 1; k < close; ++k)
        // (the subject of a clause: after the quote mark, a comma or a
        // conjunction, not "the information we received")
        if (ts[k].mention < 0 && (word(k) == "we" || word(k) == "i") && k + 1 < close &&
            ts[k + 1].mention < 0 && ts[k - 1].mention < 0 &&
            (k == open + 1 || word(k - 1) == "," || word(k - 1) == "and" || word(k - 1) == "but" ||
             word(k - 1) == "that" || word(k - 1) == "because" || word(k - 1) == "so")) {
          speaker[k] = person;
          any = true;
        }
    }
    open = close;
  }
  if (any) ReplaceTokens(mentions, speaker, skel);
}

namespace {

// The text of skeleton token i, or "" for a name's placeholder.
std::string_view PlainWord(const Skeleton& skel, size_t i) {
  const SkelToken& t = skel.tokens[i];
  return t.mention < 0 ? std::string_view(skel.text).substr(t.offset, t.size) : std::string_view();
}

// Does auxiliary token `a` ("would", "had") start an active verb phrase
// ("would not sign", "had signed"), not a passive or a copula ("was hit",
// "would be", "had been")?
bool ActiveAfterAux(const Skeleton& skel, size_t a) {
  static const char* kModal[] = {"would", "will", "could", "can",  "may", "might", "should",
                                 "must",  "had",  "has",   "have", "did", "does"};
  const std::vector<SkelToken>& ts = skel.tokens;
  auto word = [&](size_t i) { return PlainWord(skel, i); };
  bool modal = false;
  for (const char* m : kModal) modal = modal || word(a) == m;
  if (!modal) return false;
  size_t k = a + 1;
  while (k < ts.size() && (word(k) == "not" || word(k) == "never" || word(k) == "n't" ||
                           word(k) == "also" || word(k) == "now" || word(k) == "still"))
    ++k;
  if (k >= ts.size() || ts[k].mention >= 0) return false;
  const std::string_view v = word(k);
  return !v.empty() && v != "be" && v != "been" && v != "being" && v != "have" && v != "has" &&
         v != "had" && v != "," && v != "." && v != "\"";
}

}  // namespace

void SubstituteSaidIt(const std::vector<Mention>& mentions,
                      const std::set<std::string, std::less<>>& say,
                      const std::set<std::string, std::less<>>& aux,
                      const std::set<std::string, std::less<>>& heads, Skeleton* skel) {
  const std::vector<SkelToken>& ts = skel->tokens;
  const size_t n = ts.size();
  auto word = [&](size_t i) { return PlainWord(*skel, i); };
  auto type = [&](size_t i) { return mentions[static_cast<size_t>(ts[i].mention)].type; };
  std::vector<int> actor(n, -1);
  bool any = false;
  for (size_t i = 2; i + 1 < n; ++i) {
    // "Viktor Orban said his government would not ...": the speaker's own
    // government is the speaker (two words become one placeholder)
    const bool own = (word(i) == "his" || word(i) == "her") &&
                     (word(i + 1) == "government" || word(i + 1) == "administration" ||
                      word(i + 1) == "cabinet");
    if (!own) {
      if (word(i) != "it" || ts[i + 1].mention >= 0) continue;
      // (a main verb or an adverb after it: an auxiliary leaves "said it was
      // hit by" to the rules that read it whole; a modal or "had" before an
      // active verb is read like one: "said it would not sign the accord")
      if (word(i + 1) == "'s" || (aux.count(word(i + 1)) && !ActiveAfterAux(*skel, i + 1)))
        continue;
    }
    // back over "that" and a date ("said on Thursday that it")
    size_t k = i - 1;
    if (word(k) == "that") --k;
    for (int hops = 0; hops < 4 && k > 0; ++hops) {
      const std::string_view w = word(k);
      static const char* kWhen[] = {"on",     "in",       "last",    "this",      "earlier",
                                    "late",   "monday",   "tuesday", "wednesday", "thursday",
                                    "friday", "saturday", "sunday",  "today",     "yesterday",
                                    "week",   "month",    "year"};
      bool when = ts[k].mention >= 0 && type(k) == EntityType::kDate;
      for (const char* x : kWhen) when = when || w == x;
      if (when)
        --k;
      else
        break;
    }
    if (ts[k].mention >= 0 || !say.count(word(k))) continue;
    // the sayer: a state or a body right before the verb ("Kiribati said"),
    // maybe past an adverb or an auxiliary ("Russia has also said") or its
    // head noun ("the Greens group has said"; not for a person's government)
    for (size_t j = k, hops = 0; j-- > 0 && hops < 4; ++hops) {
      if (ts[j].mention >= 0) {
        if (own ? type(j) == EntityType::kPerson
                : (type(j) == EntityType::kState || type(j) == EntityType::kOrganization)) {
          actor[i] = ts[j].mention;
          if (own) actor[i + 1] = kJoined;  // the noun goes with the placeholder
          any = true;
        }
        break;
      }
      const std::string_view w = word(j);
      if (w != "also" && w != "has" && w != "had" && w != "have" && w != "previously" &&
          w != "later" && w != "again" && w != "repeatedly" && (own || !heads.count(w)))
        break;
    }
  }
  if (any) ReplaceTokens(mentions, actor, skel);
}

bool SubstituteOwnPossessive(const std::vector<Mention>& mentions, const std::vector<int>& subject,
                             size_t from, const std::set<std::string, std::less<>>& after,
                             const Skeleton& skel, Skeleton* out, std::vector<size_t>* map) {
  if (subject.empty()) return false;
  const std::vector<SkelToken>& ts = skel.tokens;
  const std::string_view pronoun = subject.size() == 1 ? "its" : "their";
  auto word = [&](size_t i) { return PlainWord(skel, i); };
  auto own = [&](size_t i) {
    return i >= std::max<size_t>(from, 1) && word(i) == pronoun && after.count(word(i - 1));
  };
  bool any = false;
  for (size_t i = 0; i < ts.size() && !any; ++i) any = own(i);
  if (!any) return false;
  out->Clear();
  map->clear();
  out->text.push_back(' ');
  for (size_t i = 0; i < ts.size(); ++i) {
    if (!own(i)) {
      AppendToken(skel, ts[i], out);
      map->push_back(i);
      continue;
    }
    // "their" of "Chile and Peru": "Chile and Peru 's", read as a list
    for (size_t g = 0; g < subject.size(); ++g) {
      if (g > 0) {
        AppendMarker(g + 1 == subject.size() ? "and" : ",", ts[i].span, out);
        out->tokens.back().quote = ts[i].quote;
        map->push_back(i);
      }
      AppendPlaceholder(mentions[static_cast<size_t>(subject[g])], subject[g], out);
      out->tokens.back().span = ts[i].span;
      out->tokens.back().quote = ts[i].quote;
      map->push_back(i);
    }
    AppendMarker("'s", ts[i].span, out);
    out->tokens.back().quote = ts[i].quote;
    map->push_back(i);
  }
  return true;
}

void InsertPlaceholderAfter(const std::vector<Mention>& mentions, int m, Span after,
                            Skeleton* skel) {
  Skeleton out;
  out.text.push_back(' ');
  for (const SkelToken& t : skel->tokens) {
    AppendToken(*skel, t, &out);
    if (t.mention < 0 && t.span == after) {
      AppendPlaceholder(mentions[static_cast<size_t>(m)], m, &out);
      out.tokens.back().span = {after.end, after.end};
    }
  }
  *skel = std::move(out);
}

void MarkQuotes(Skeleton* skel) {
  // Regions change at every quote mark; '"' toggles. Typographic openers and
  // closers are all folded to '"', which also toggles: „...“ and “...” both
  // pair up.
  int region = 0;
  for (SkelToken& t : skel->tokens) {
    bool quote = t.mention < 0 && t.size == 1 && skel->text[t.offset] == '"';
    if (quote) ++region;
    t.quote = region;
    if (quote) t.quote = -1;  // the mark itself belongs to no region
  }
}

}  // namespace relations
}  // namespace actorgraph
