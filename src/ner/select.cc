// Choosing among overlapping candidates, then the mentions that depend on the
// chosen ones: acronyms defined in the text and surnames of named persons.
#include <algorithm>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_map>

#include "actorgraph/util.h"
#include "ner/context.h"

namespace actorgraph {
namespace ner {

namespace {

// A part of a hyphenated word in capitals that opens a line before a comma, a
// dateline ("AL-ULA, Saudi Arabia", "PORT-AU-PRINCE, Jan 10"): the parts are no
// acronyms of their own (but "WRAZ-TV's general manager" keeps WRAZ).
bool CapsCompoundPart(const Context& c, uint32_t i) {
  // the hyphen at h glues the words on either side of it, both in capitals
  auto joins = [&](uint32_t h) {
    return h > 0 && h + 1 < c.ntok() && c.IsPunct(h, "-") && !c.doc.tokens[h].space_before &&
           !c.doc.tokens[h + 1].space_before && c.Is(h - 1, kAllCaps) && c.Is(h + 1, kAllCaps) &&
           c.Is(h - 1, kWordTok) && c.Is(h + 1, kWordTok);
  };
  if (!joins(i + 1) && !(i > 0 && joins(i - 1))) return false;
  uint32_t b = i, e = i + 1;
  while (b >= 2 && joins(b - 1)) b -= 2;
  while (joins(e)) e += 2;
  return (b == c.SentBegin(b) || HardLineStart(c, b)) && e < c.ntok() && c.IsPunct(e, ",");
}

// A wire story's dateline: a place in capitals opening a line, then a comma
// and the date ("ALMATY, Jan. 8, 2022 (AP) -"). The place is no acronym.
bool DatelinePlace(const Context& c, uint32_t i) {
  if (!c.Is(i, kLineStart) || i + 2 >= c.ntok() || !c.IsPunct(i + 1, ",")) return false;
  // the date: its month ("ALMATY, Jan. 8") or its day and month ("GENEVA, 12
  // May"); not any number or date word ("MMAL, 99 pct-owned", "TBG, formerly")
  static const std::set<std::string_view> kMonths = {
      "jan",  "january",   "feb",  "february", "mar",  "march",    "apr",    "april",
      "may",  "jun",       "june", "jul",      "july", "aug",      "august", "sep",
      "sept", "september", "oct",  "october",  "nov",  "november", "dec",    "december"};
  auto month = [&](uint32_t t) {
    if (t >= c.ntok()) return false;
    std::string_view w = c.Lower(t);
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    return kMonths.count(w) > 0;
  };
  auto date = [&](uint32_t t) {
    std::string_view day = t < c.ntok() ? c.Lower(t) : std::string_view();
    return month(t) || (!day.empty() && day[0] >= '0' && day[0] <= '9' && month(t + 1));
  };
  if (date(i + 2)) return true;
  // ... or after the place's country: "OHRID, North Macedonia, March 19, 2023"
  uint32_t j = i + 2;
  while (j < c.ntok() && j < i + 5 && c.Is(j, kCap) && c.Is(j, kWordTok)) ++j;
  return j > i + 2 && j < c.ntok() && c.IsPunct(j, ",") && date(j + 1);
}

// Per-thread working vectors of the functions below, kept between documents
// so that their capacity is reused (Find runs on many threads at once).
struct Scratch {
  std::vector<uint32_t> order, chosen, kept;
  std::vector<int32_t> owner, at;
  std::vector<uint8_t> drop, covered;
};
thread_local Scratch scratch;

bool Nestable(const Cand& outer, const Cand& inner) {
  if (!outer.container || !outer.m.span.Contains(inner.m.span) || outer.m.span == inner.m.span)
    return false;
  if (inner.m.type != EntityType::kState && inner.m.type != EntityType::kOrganization) return false;
  // "the Belt and Road Initiative": a body ending where a treaty's name ends is
  // the treaty's words ("Road Initiative", found by its keyword alone; "the
  // Budapest Convention of the Council of Europe" keeps the listed body)
  if (outer.m.type == EntityType::kTreaty && inner.m.span.end == outer.m.span.end &&
      inner.m.node.empty() && inner.m.rule == "org.keyword")
    return false;
  // "the Royal United Services Institute": a body found by a keyword inside a
  // listed body's name and starting with it ("Royal United Services") is a
  // piece of that name, no body of its own
  if (outer.m.type == EntityType::kOrganization && inner.m.type == EntityType::kOrganization &&
      inner.m.span.begin == outer.m.span.begin && inner.m.node.empty() && !outer.m.node.empty() &&
      inner.m.rule == "org.keyword")
    return false;
  return !outer.prefix_nesting || inner.m.span.begin == outer.m.span.begin ||
         (outer.state_suffix && inner.m.type == EntityType::kState &&
          inner.m.span.end == outer.m.span.end);
}

// "Labour Minister X", "Armed Forces Minister X": a one-word organization
// name, or one found by its keyword, right before "Minister" or "Ministry"
// names the portfolio, not the body ("Home Office Minister" keeps its office).
bool Portfolio(const Context& c, const Mention& m) {
  if (m.type != EntityType::kOrganization) return false;
  const uint32_t e = m.token_end;
  if (e >= c.ntok() || !c.Is(e, kCap) || !(c.LowerIs(e, "minister") || c.LowerIs(e, "ministry")))
    return false;
  const bool one_word = m.token_end == m.token_begin + 1 && !c.Is(m.token_begin, kAllCaps);
  return one_word || m.rule.rfind("org.keyword", 0) == 0;
}

// "Vidal aides said", "Vidal allies criticized": a bare surname right before a
// plural of the people around a person (rules/entities/entourage_nouns.txt,
// officials.txt) only modifies that noun; the person is no mention there and
// does not act.
bool ModifiesPeople(const Context& c, uint32_t b, uint32_t e) {
  if (e != b + 1 || e >= c.ntok() || !c.Is(e, kLower) || c.Is(b, kAllCaps)) return false;
  std::string_view w = c.Lower(e);
  return c.lex.entourage_nouns.Contains(w) || c.lex.officials.Contains(w);
}

// "Chief Economist at X": a one-word organization name that is also a role
// noun, after a title or before "at/of/with/for", is the role. "New Mexico",
// "New England": a state's name after "New" is part of another place's name.
bool RoleOrPlace(const Context& c, const Mention& m) {
  const uint32_t b = m.token_begin, e = m.token_end;
  if (b > 0 && m.type == EntityType::kState && c.Is(b, kCap) && c.LowerIs(b - 1, "new") &&
      c.Is(b - 1, kCap))
    return true;
  if (b > 1 && m.type == EntityType::kState && c.Is(b, kCap) && c.LowerIs(b - 2, "new") &&
      c.Is(b - 2, kCap) && c.Has(b - 1, kWCompassWords))
    return true;  // "New South Wales"
  // "the Indian Ocean", "the South China Sea", "Mexico City": part of a place's name
  if (m.type == EntityType::kState && e < c.ntok() && c.Is(e, kCap) && c.Has(e, kWPlaceWords) &&
      c.Has(e, kWPlaceFeatures))  // rules/entities/place_features.txt
    return true;
  // "15 billion U.S. dollars", "the Canadian dollar": a currency, not the state
  if (m.type == EntityType::kState && e < c.ntok() && c.Is(e, kLower) && c.Has(e, kWCurrencies))
    return true;
  // "American's chairman": a demonym takes no possessive; it is a noun (a firm, a person)
  const Hit* h = m.type == EntityType::kState ? c.HitAt(b) : nullptr;
  if (h && h->kind == kAliasDemonym && h->te == e && c.PossessiveAfter(e - 1) > 0) return true;
  // "South American", "Latin American", "Central Asian": a region's adjective,
  // not the demonym ("North Korean" is an alias of its own and wins before
  // this); rules/entities/compass_words.txt and region_words.txt
  if (h && h->kind == kAliasDemonym && b > 0 && c.Is(b - 1, kCap) &&
      (c.Has(b - 1, kWCompassWords) || c.lex.region_words.Contains(c.Tok(b - 1))))
    return true;
  if (m.type != EntityType::kOrganization || e != b + 1 || !c.Has(b, kWRoleNouns)) return false;
  return (b > 0 && c.Has(b - 1, kWTitles)) || c.LowerIs(e, "at") || c.LowerIs(e, "of") ||
         c.LowerIs(e, "with") || c.LowerIs(e, "for");
}

// A capitalised word that may name a company next to a country ("Gulf" of
// "Gulf Canada", "Sprint" of "US Sprint").
bool CompanyWord(const Context& c, uint32_t i) {
  return i < c.ntok() && c.Is(i, kCap) && c.Is(i, kWordTok) && !c.Is(i, kCapsLine) &&
         !c.Is(i, kInDate) && !c.HitCovering(i) &&
         !c.Has(i, kWTitles | kWTitleWord | kWRoleNouns | kWFunctionWords | kWPlaceWords |
                       kWSpeechVerbs | kWGivenNames | kWCompassWords);
}

// What follows a company's name: a role ("chairman", "spokesman") or "Ltd".
// Not an office of state: "U.S. Agriculture Secretary", "Soviet Planning chief"
// name a portfolio.
bool RoleOrLegalAt(const Context& c, uint32_t i) {
  if (i >= c.ntok()) return false;
  if (c.Has(i, kWOrgLegal)) return true;
  // "Esso UK, a member of Exxon Corp": an apposition naming the company's parent
  if (c.IsPunct(i, ",") && (c.LowerIs(i + 1, "a") || c.LowerIs(i + 1, "an")))
    for (std::string_view unit : {"unit", "subsidiary", "member", "division", "affiliate", "arm"})
      if (c.LowerIs(i + 2, unit) || (c.LowerIs(i + 3, unit) && c.Is(i + 2, kLower))) return true;
  for (std::string_view office : {"secretary", "minister", "undersecretary", "chief",
                                  "commissioner", "ambassador", "envoy", "representative"})
    if (c.LowerIs(i, office)) return false;
  return c.Is(i, kLower) && c.Has(i, kWRoleNouns);
}

// "Gulf Canada chairman X", "GM Canada negotiator X", "US Sprint president
// X": a company and a country make one company's name (its national arm).
void CountryArms(Context* c, std::vector<Mention>* out) {
  std::vector<int32_t>& at = scratch.at;  // token -> top-level mention
  AssignMinusOne(&at, c->ntok());
  for (size_t k = 0; k < out->size(); ++k)
    for (uint32_t t = (*out)[k].token_begin; t < (*out)[k].token_end; ++t)
      if (at[t] < 0) at[t] = static_cast<int32_t>(k);
  std::vector<uint8_t>& drop = scratch.drop;
  drop.assign(out->size(), 0);
  std::vector<Mention> arms;
  for (size_t k = 0; k < out->size(); ++k) {
    const Mention& m = (*out)[k];
    if (m.type != EntityType::kState || at[m.token_begin] != static_cast<int32_t>(k)) continue;
    // a country's own name, not its demonym ("Austrian Green member" is a party member)
    const Hit* h = c->HitAt(m.token_begin);
    if (!h || h->kind != kAliasPlain || h->te != m.token_end) continue;
    const uint32_t b = m.token_begin, e = m.token_end, sb = c->SentBegin(b);
    uint32_t tb = b, te = e;
    int32_t org = -1;
    if (b > sb && RoleOrLegalAt(*c, e)) {
      const int32_t o = at[b - 1];
      if (o >= 0 && (*out)[o].type == EntityType::kOrganization && (*out)[o].token_end == b &&
          (*out)[o].token_end == (*out)[o].token_begin + 1) {
        org = o;  // "GM Canada"
        tb = b - 1;
      } else if (o < 0 && CompanyWord(*c, b - 1)) {
        tb = b - 1;  // "Gulf Canada", "Hyundai Motor America"
        while (tb > sb && b - tb < 3 && at[tb - 1] < 0 && CompanyWord(*c, tb - 1)) --tb;
        const int32_t before = tb > sb ? at[tb - 1] : -1;
        if (before >= 0 && (*out)[before].type == EntityType::kOrganization &&
            (*out)[before].token_end == tb &&
            (*out)[before].token_end == (*out)[before].token_begin + 1) {
          org = before;  // "Hyundai" + "Motor America"
          tb = (*out)[before].token_begin;
        }
      }
    }
    if (tb == b && e < c->ntok() && at[e] < 0 && CompanyWord(*c, e) && RoleOrLegalAt(*c, e + 1))
      te = e + 1;
    if (tb == b && te == e) continue;
    Mention arm = c->MakeMention(tb, te, EntityType::kOrganization, "org.country-arm");
    arm.label = c->Surface(tb, te);
    arms.push_back(std::move(arm));
    drop[k] = 1;
    if (org >= 0) drop[org] = 1;
  }
  if (arms.empty()) return;
  std::vector<Mention> kept;
  kept.reserve(out->size());
  for (size_t k = 0; k < out->size(); ++k)
    if (!drop[k]) kept.push_back(std::move((*out)[k]));
  for (Mention& a : arms) kept.push_back(std::move(a));
  *out = std::move(kept);
}

bool SpanLess(const Mention& a, const Mention& b) {
  if (!(a.span == b.span)) return a.span < b.span;
  return static_cast<int>(a.type) < static_cast<int>(b.type);
}

// std::sort(ms, SpanLess) with each Mention moved once, not at every step:
// std::sort makes the same comparisons, hence the same permutation, on an
// array of indices as on the mentions themselves.
void SortMentions(std::vector<Mention>* ms) {
  std::vector<Mention>& v = *ms;
  bool sorted = true;
  for (size_t k = 1; k < v.size() && sorted; ++k) sorted = SpanLess(v[k - 1], v[k]);
  if (sorted) return;  // strictly increasing: the only order std::sort can give
  std::vector<uint32_t> order(v.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return SpanLess(v[a], v[b]); });
  std::vector<Mention> out;
  out.reserve(v.size());
  for (uint32_t k : order) out.push_back(std::move(v[k]));
  v.swap(out);
}

// Are [0, mid) and [mid, end) of ms each strictly in SpanLess order, with no
// element of one equal to an element of the other?
bool DistinctSorted(const std::vector<Mention>& ms, size_t mid) {
  for (size_t k = 1; k < ms.size(); ++k)
    if (k != mid && !SpanLess(ms[k - 1], ms[k])) return false;
  for (size_t a = 0, b = mid; a < mid && b < ms.size();) {
    if (SpanLess(ms[a], ms[b])) {
      ++a;
    } else if (SpanLess(ms[b], ms[a])) {
      ++b;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<Mention> SelectMentions(Context* c) {
  std::vector<Cand>& cands = c->cands;
  std::vector<uint32_t>& order = scratch.order;
  order.resize(cands.size());
  std::iota(order.begin(), order.end(), 0);
  // A stable sort: ties keep the candidates' order (their index decides),
  // without the temporary buffer std::stable_sort allocates.
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Mention &x = cands[a].m, &y = cands[b].m;
    if (x.span.size() != y.span.size()) return x.span.size() > y.span.size();
    if (cands[a].prio != cands[b].prio) return cands[a].prio > cands[b].prio;
    if (x.span.begin != y.span.begin) return x.span.begin < y.span.begin;
    return a < b;
  });
  std::vector<int32_t>& owner = scratch.owner;  // top-level mention holding each token
  AssignMinusOne(&owner, c->ntok());
  std::vector<uint32_t>& chosen = scratch.chosen;
  chosen.clear();
  auto duplicate = [&](const Mention& m) {
    for (uint32_t o : chosen)
      if (cands[o].m.span == m.span && cands[o].m.type == m.type) return true;
    return false;
  };
  for (uint32_t ci : order) {
    Cand& cand = cands[ci];
    const Mention& m = cand.m;
    if (m.token_end <= m.token_begin || m.token_end > c->ntok()) continue;
    int32_t own = owner[m.token_begin];
    bool same = true, free = true;
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
      same = same && owner[t] == own;
      free = free && owner[t] < 0;
    }
    if (free) {
      for (uint32_t t = m.token_begin; t < m.token_end; ++t) owner[t] = static_cast<int32_t>(ci);
      chosen.push_back(ci);
      continue;
    }
    if (!same) continue;
    Cand& outer = cands[own];
    if (outer.m.span == m.span && outer.m.type == m.type) {
      if (outer.m.role.empty()) outer.m.role = m.role;
      continue;
    }
    if (Nestable(outer, cand) && !duplicate(m)) chosen.push_back(ci);
  }
  // The kept candidates in span order, each moved once: std::sort of their
  // indices makes the permutation sorting the mentions would (see SortMentions).
  std::vector<uint32_t>& kept = scratch.kept;
  kept.clear();
  for (uint32_t ci : chosen)
    if (!Portfolio(*c, cands[ci].m) && !RoleOrPlace(*c, cands[ci].m) &&
        !(cands[ci].m.type == EntityType::kPerson &&
          ModifiesPeople(*c, cands[ci].m.token_begin, cands[ci].m.token_end)))
      kept.push_back(ci);
  std::sort(kept.begin(), kept.end(),
            [&](uint32_t a, uint32_t b) { return SpanLess(cands[a].m, cands[b].m); });
  std::vector<Mention> out;
  out.reserve(kept.size());
  for (uint32_t ci : kept) out.push_back(std::move(cands[ci].m));
  CountryArms(c, &out);
  SortMentions(&out);
  return out;
}

namespace {

// Is token t a content word of a name: capitalised, no function word?
bool ContentWord(const Context& c, uint32_t t) {
  return c.Is(t, kCap) && !c.Has(t, kWFunctionWords);
}

// The capitalised words of tokens [tb, te), function words left out
// ("International Committee of the Red Cross" -> International Committee Red Cross).
std::vector<std::string_view> ContentWords(const Context& c, uint32_t tb, uint32_t te) {
  std::vector<std::string_view> out;
  for (uint32_t t = tb; t < te; ++t)
    if (ContentWord(c, t)) out.push_back(c.Tok(t));
  return out;
}

// The same split of a label written in the gazetteer.
std::vector<std::string_view> LabelWords(std::string_view label) {
  std::vector<std::string_view> out;
  for (std::string_view w : Split(label, ' '))
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') out.push_back(w);
  return out;
}

// Two spellings of one word: "Organisation"/"Organization", "Guard"/"Guards",
// "Agriculture"/"Agricultural", "Co-operation"/"Cooperation".
bool SameWord(std::string_view a, std::string_view b) {
  auto norm = [](std::string_view w) {
    std::string out;
    for (char ch : w) {
      char l = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
      if (l >= 'a' && l <= 'z') out.push_back(l == 's' ? 'z' : l);
    }
    return out;
  };
  std::string x = norm(a), y = norm(b);
  if (x.size() > y.size()) std::swap(x, y);
  size_t common = 0;
  while (common < x.size() && x[common] == y[common]) ++common;
  // equal, or one a stem of the other ("agricultur-e/-al", "progress-/-ive")
  return common == x.size() ? (x.size() >= 4 || x == y) : common >= 6 && common * 4 >= x.size() * 3;
}

// Organizations whose name is spelled out in the document, by their initials
// ("Mekong River Commission" -> "MRC"): the first such mention of each.
std::unordered_map<std::string, size_t> SpelledInitials(const Context& c,
                                                        const std::vector<Mention>& out) {
  std::unordered_map<std::string, size_t> spelled;  // initials -> first such name
  for (size_t k = 0; k < out.size(); ++k) {
    const Mention& m = out[k];
    if (m.type != EntityType::kOrganization || m.token_end < m.token_begin + 2 ||
        (m.flags & (kAcronym | kAnaphor)))
      continue;
    std::string ini;
    bool has_acronym = false;  // "EC Commission" spells nothing out
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) has_acronym |= c.Is(t, kAllCaps);
    if (has_acronym) continue;
    for (uint32_t t = m.token_begin; t < m.token_end; ++t)  // no vector of the words
      if (ContentWord(c, t)) ini.push_back(c.Tok(t)[0]);
    if (ini.size() >= 2) spelled.emplace(std::move(ini), k);
  }
  return spelled;
}

// Is `def` spelled out where it may define the acronym `m`: before it, or in
// apposition right after it ("The ICC, the International Cricket Council,").
bool DefinesAcronym(const Context& c, const Mention& def, const Mention& m) {
  if (def.span.begin < m.span.begin) return true;
  // ... or anywhere, with the acronym in brackets right after it: "Naftna
  // Petrola (NP)" defines the headline's "NP" too
  const uint32_t e = def.token_end;
  if (c.IsPunct(e, "(") && c.IsPunct(e + 2, ")") && c.Tok(e + 1) == c.Tok(m.token_begin))
    return true;
  if (c.SentOf(def.token_begin) != c.SentOf(m.token_begin) || def.token_begin > m.token_end + 3)
    return false;
  for (uint32_t t = m.token_end; t < def.token_begin; ++t)
    if (!(c.IsPunct(t, ",") || c.IsPunct(t, "(") || c.LowerIs(t, "the"))) return false;
  return true;
}

// An acronym the gazetteer knows may stand, in this document, for another
// name spelled out before it: after "the Interstate Commerce Commission",
// "the ICC" is that body, not the International Criminal Court. Only when
// both names abbreviate to the acronym and differ in a word: "Organization
// of Petroleum Exporting Countries" is OPEC as the gazetteer knows it.
void RebindAcronyms(const Context& c, const std::unordered_map<std::string, size_t>& spelled,
                    std::vector<Mention>* out) {
  if (spelled.empty()) return;
  for (Mention& m : *out) {
    if (m.type != EntityType::kOrganization || m.token_end != m.token_begin + 1 ||
        !c.Is(m.token_begin, kAllCaps) || m.node.empty())
      continue;
    std::string_view acronym = c.Tok(m.token_begin);
    auto it = spelled.find(std::string(acronym));
    if (it == spelled.end()) continue;
    const Mention& def = (*out)[it->second];
    if (!DefinesAcronym(c, def, m)) continue;
    std::vector<std::string_view> a = ContentWords(c, def.token_begin, def.token_end);
    std::vector<std::string_view> b = LabelWords(m.label);
    // the gazetteer's name is no initialism of it ("MI6" for "SIS") -- unless
    // this document spells it out with the acronym in brackets right after:
    // "the Security and Intelligence Service (SIS) said ... the SIS"
    const uint32_t e = def.token_end;
    const bool bracketed =
        c.IsPunct(e, "(") && c.IsPunct(e + 2, ")") && c.Tok(e + 1) == acronym && def.node != m.node;
    if (a.size() != b.size()) {
      // (the gazetteer's longer name opening with these words is the same
      // body: "Liberal Democratic Party (LDP)" is the "... Party of Japan")
      bool opens = a.size() < b.size();
      for (size_t i = 0; i < a.size() && opens; ++i) opens = SameWord(a[i], b[i]);
      if (!bracketed || opens) continue;
      m.node = def.node;
      m.label = def.label;
      m.flags |= kAcronym;
      continue;
    }
    bool differ = false;
    for (size_t i = 0; i < a.size() && !differ; ++i) differ = !SameWord(a[i], b[i]);
    if (!differ) continue;
    m.node = def.node;
    m.label = def.label;
    m.flags |= kAcronym;
  }
}

// "the East African EAC", "the West African ECOWAS": a region's adjective
// before an acronym is part of the body's name, so that a list ("Kenya,
// Uganda and the East African EAC") reads it as one member. One or two
// capitalised words no other mention holds, the last an adjective
// ("African", rules/entities/adjective_suffixes.txt), after "the".
void WidenRegionAcronyms(const Context& c, std::vector<Mention>* out) {
  for (size_t k = 0; k < out->size(); ++k) {
    Mention& m = (*out)[k];
    const uint32_t b = m.token_begin;
    if (m.type != EntityType::kOrganization || m.token_end != b + 1 || b < 2 ||
        !c.Is(b, kAllCaps) || c.Is(b, kCapsLine))
      continue;
    auto adjective = [&](uint32_t t) {
      if (!c.NameLike(t) || c.HitCovering(t) || c.Is(t, kAllCaps)) return false;
      const std::string_view w = c.Lower(t);
      for (const std::string& suffix : c.lex.adjective_suffixes)
        if (w.size() > suffix.size() + 2 && EndsWith(w, suffix)) return true;
      return false;
    };
    if (!adjective(b - 1)) continue;
    uint32_t nb = b - 1;
    if (nb > 1 && c.NameLike(nb - 1) && !c.HitCovering(nb - 1) &&
        (c.Has(nb - 1, kWCompassWords) || c.lex.region_words.Contains(c.Tok(nb - 1))))
      --nb;
    if (nb == 0 || !c.LowerIs(nb - 1, "the") || c.SentOf(nb) != c.SentOf(b)) continue;
    if (k > 0 && (*out)[k - 1].token_end > nb) continue;
    m.token_begin = nb;
    m.span.begin = c.doc.tokens[nb].span.begin;
  }
}

}  // namespace

// May the first token of an organization's name stand for it alone? A
// capitalised word of its own ("Carnegie", "Brookings", "Amnesty"), no common
// word of names ("National", "Bank", "General"), place, given name or listed name.
bool OrgHead(const Context& c, uint32_t t) {
  // a name coordinated with the rest: "Bundesbank and Finance Ministry" read as one
  if (c.LowerIs(t + 1, "and") || c.IsPunct(t + 1, "&")) return false;
  // (a listed name inside, a state's or another's, is no word of its own: "Saudi Aramco")
  const Hit* h = c.HitCovering(t);
  if (h && !(h->tb == t && c.lex.gazetteer.entry(h->entry).type == EntityType::kOrganization &&
             h->te > t + 1))
    return false;
  // an adjective ("Islamic Group", "Central Bank") says what kind, not which
  std::string_view w = c.Lower(t);
  if (c.lex.place_names.Contains(w)) return false;  // "Texas Research League": Texas alone is Texas
  // a plural noun: "Securities", "Industries", "Technologies"
  if (EndsWith(w, "ies")) return false;
  for (const std::string& suffix : c.lex.adjective_suffixes)
    if (w.size() > suffix.size() + 2 && EndsWith(w, suffix)) return false;
  return c.Is(t, kCap) && c.NameLike(t) && !c.Is(t, kAllCaps) && c.Tok(t).size() >= 4 &&
         !c.Has(t, kWOrgKeywords | kWOrgLegal | kWTitles | kWTitleWord | kWRoleNouns |
                       kWPlaceWords | kWCompassWords | kWGivenNames | kWGivenAmbiguous |
                       kWFunctionWords | kWDeterminers | kWTreatyHeads | kWCollectiveNouns);
}

// A wire service credited in a dateline ("LONDON, March 25 (Reuters) - ..."):
// the byline's credit, no actor of the story; its mention is dropped (named in
// the story, "told Reuters", it stays).
void DropWireCredits(const Context& c, std::vector<Mention>* out) {
  auto dash = [&](uint32_t k) {
    return k < c.ntok() && (c.IsPunct(k, "-") || c.IsPunct(k, "--") || c.IsPunct(k, "\u2014") ||
                            c.IsPunct(k, "\u2013"));
  };
  auto credit = [&](const Mention& m) {
    const uint32_t b = m.token_begin, e = m.token_end;
    if (m.type != EntityType::kOrganization || b < 2 || !c.IsPunct(b - 1, "(") ||
        !c.IsPunct(e, ")") || !dash(e + 1))
      return false;
    const uint32_t p = b - 2;  // the date's last word, or the place in capitals
    return c.doc.tokens[p].kind == TokenKind::kNumber || c.Is(p, kInDate) ||
           (c.Is(p, kAllCaps) && c.Is(p, kWordTok));
  };
  out->erase(std::remove_if(out->begin(), out->end(), credit), out->end());
}

void AddAcronymsAndSurnames(Context* c, std::vector<Mention>* out) {
  const uint32_t n = c->ntok();
  std::vector<uint8_t>& covered = scratch.covered;
  covered.assign(n, 0);
  for (const Mention& m : *out)
    for (uint32_t t = m.token_begin; t < m.token_end && t < n; ++t) covered[t] = 1;
  // "Shanghai Cooperation Organization (SCO)": later "SCO" is the same entity.
  std::unordered_map<std::string_view, size_t> acronyms;
  std::unordered_map<std::string_view, size_t> surnames;
  std::unordered_map<std::string_view, std::string_view> particles;  // surname -> "De"
  // "the Carnegie Endowment for International Peace ... a fellow at Carnegie": the
  // distinctive first word of a longer organization's name, written alone later
  std::unordered_map<std::string_view, size_t> org_heads;
  for (size_t k = 0; k < out->size(); ++k) {
    const Mention& m = (*out)[k];
    uint32_t e = m.token_end;
    if ((m.type == EntityType::kOrganization || m.type == EntityType::kTreaty) &&
        !(m.flags & kAnaphor)) {
      if (c->IsPunct(e, "(") && e + 2 < n && c->Is(e + 1, kAllCaps) && c->IsPunct(e + 2, ")") &&
          !c->HitAt(e + 1))
        acronyms.emplace(c->Tok(e + 1), k);
      // "the General Security of Military Information Agreement, known as
      // GSOMIA," (rules/entities/alias_cues.txt: "known", "called", ...)
      // Without a comma before it the cue needs its "as": "BNP Paribas
      // described BA's results" names no acronym.
      const bool apposed = c->IsPunct(e, ",") || c->IsPunct(e, "(");
      uint32_t j = e + (apposed ? 1 : 0);
      if (c->LowerIs(j, "also")) ++j;
      if (j < n && c->Has(j, kWAliasCues)) {
        ++j;
        if (c->LowerIs(j, "to")) ++j;  // "referred to as"
        const bool as = c->LowerIs(j, "as");
        j += as ? 1 : 0;
        if ((as || apposed) && j < n && c->Is(j, kAllCaps) && c->Is(j, kWordTok) && !c->HitAt(j))
          acronyms.emplace(c->Tok(j), k);
      }
    }
    if (m.type == EntityType::kOrganization && m.token_end >= m.token_begin + 2 &&
        !(m.flags & (kAcronym | kAnaphor)) && OrgHead(*c, m.token_begin))
      org_heads.emplace(c->Tok(m.token_begin), k);
    if (m.type == EntityType::kPerson && m.token_end >= m.token_begin + 2) {
      uint32_t e = m.token_end;
      // "Pedro Alvarenga Jr.": the family name before a generation's suffix
      if (e >= m.token_begin + 3 && IsGenerationSuffix(c->Tok(e - 1))) --e;
      std::string_view last = c->Tok(e - 1);
      if (last.size() > 2 && last.back() != '.') surnames.emplace(last, k);
      // "Filip De Wilde ... De Wilde": a capitalised particle before the family
      // name is part of it written alone
      if (e >= m.token_begin + 3 && c->Is(e - 2, kCap) && c->Has(e - 2, kWNameParticles))
        particles.emplace(last, c->Tok(e - 2));
    }
  }
  const std::unordered_map<std::string, size_t> spelled = SpelledInitials(*c, *out);
  RebindAcronyms(*c, spelled, out);
  // A state's name that is also the surname of a person named in the document
  // ("Michael Jordan ... Jordan said") is that person; so is a one-word group
  // called after its noun ("Garth Drabinsky ... the Drabinsky group").
  for (Mention& m : *out) {
    const bool group = m.type == EntityType::kOrganization &&
                       (m.rule == "org.group-noun" || m.rule == "org.noun-name");
    if ((m.type != EntityType::kState && !group) || m.token_end != m.token_begin + 1 || m.flags ||
        c->Is(m.token_begin, kAllCaps))
      continue;
    auto s = surnames.find(c->Tok(m.token_begin));
    if (s == surnames.end() || ModifiesPeople(*c, m.token_begin, m.token_end)) continue;
    m.type = EntityType::kPerson;
    m.node.clear();
    m.label = std::string(c->Tok(m.token_begin));
    m.rule = "person.surname";
  }
  std::vector<Mention> extra;
  for (uint32_t i = 0; i < n; ++i) {
    if (covered[i] || (c->Flags(i) & (kCap | kInDate)) != kCap) continue;
    auto a = acronyms.empty() ? acronyms.end() : acronyms.find(c->Tok(i));
    if (a != acronyms.end()) {
      const Mention& def = (*out)[a->second];
      Mention m = c->MakeMention(i, i + 1, def.type, "acronym");
      m.node = def.node;
      m.label = def.label;
      m.flags |= kAcronym;
      extra.push_back(std::move(m));
      continue;
    }
    if (c->Is(i, kAllCaps) && !c->Is(i, kCapsLine) && c->Is(i, kWordTok) && !c->HitCovering(i) &&
        !c->Has(i, kWAcronymStop | kWFunctionWords) && c->Tok(i).size() <= 6 &&
        // a legal word trailing a name ("Co NV") is no acronym; "AG Edwards" is one
        !(c->Has(i, kWOrgLegal) && i > 0 && (c->Has(i - 1, kWOrgLegal) || c->NameLike(i - 1))) &&
        c->Tok(i).find_first_of(".0123456789") == std::string_view::npos &&
        !c->Is(i - 1, kAllCaps) && !c->Is(i + 1, kAllCaps) && !CapsCompoundPart(*c, i) &&
        !DatelinePlace(*c, i)) {
      // An acronym in running text ("the FOMC met"): most name organizations.
      // Initials and one capitalised surname name a firm ("MM Warburg").
      uint32_t e = i + 1;
      if (e + 1 < n && !covered[e] && c->Is(e, kCap) && c->NameLike(e) && !c->HitCovering(e) &&
          c->SentOf(e) == c->SentOf(i) && !HardLineStart(*c, e) && !c->NameLike(e + 1) &&
          !c->Has(e, kWTitles | kWTitleWord | kWRoleNouns | kWSpeechVerbs | kWGivenNames |
                         kWOrgKeywords | kWPlaceWords | kWActorVerbs))
        ++e;
      // "VMRO-DPMNE": acronyms joined by a hyphen are one name ("WRAZ-TV's"
      // keeps its call sign, "HD-DVD" is a format's)
      if (e == i + 1 && e + 1 < n && c->IsPunct(e, "-") && !c->doc.tokens[e].space_before &&
          !c->doc.tokens[e + 1].space_before && c->Is(e + 1, kAllCaps) && c->Is(e + 1, kWordTok) &&
          c->Tok(i).size() >= 3 && c->Tok(e + 1).size() >= 3 && !covered[e + 1] &&
          !c->HitCovering(e + 1) && !CapsCompoundPart(*c, i) &&
          !(e + 2 < n && c->IsPunct(e + 2, "-")))
        e += 2;
      Mention m = c->MakeMention(i, e, EntityType::kOrganization, "org.acronym");
      if (e > i + 1) m.label = c->Surface(i, e);
      m.flags |= kAcronym;
      // "the Mekong River Commission ... the MRC": the name spelled out before
      if (e == i + 1 && !spelled.empty()) {
        auto sp = spelled.find(std::string(c->Tok(i)));
        if (sp != spelled.end() && DefinesAcronym(*c, (*out)[sp->second], m)) {
          m.node = (*out)[sp->second].node;
          m.label = (*out)[sp->second].label;
        }
      }
      extra.push_back(std::move(m));
      i = e - 1;
      continue;
    }
    if (!org_heads.empty() && !c->Is(i, kCapsLine) && !c->HitCovering(i)) {
      auto h = org_heads.find(c->Tok(i));
      // mid-sentence, standing alone (no name on either side), not a place ("in Manchester")
      if (h != org_heads.end() && (*out)[h->second].token_end <= i && i > c->SentBegin(i) &&
          !HardLineStart(*c, i) && !c->NameLike(i - 1) && !c->LowerIs(i - 1, "in") &&
          !c->LowerIs(i - 1, "near") && !c->LowerIs(i - 1, "into") && !c->LowerIs(i - 1, "from") &&
          (i + 1 >= n || !c->NameLike(i + 1))) {
        const Mention& def = (*out)[h->second];
        Mention m = c->MakeMention(i, i + 1, EntityType::kOrganization, "org.short-name");
        m.node = def.node;
        m.label = def.label;
        extra.push_back(std::move(m));
        continue;
      }
    }
    if (surnames.empty() || c->Is(i, kCapsLine) || c->HitCovering(i)) continue;
    if (surnames.count(c->Tok(i)) && !ModifiesPeople(*c, i, i + 1)) {
      auto p = particles.empty() ? particles.end() : particles.find(c->Tok(i));
      const uint32_t b = p != particles.end() && i > 0 && !covered[i - 1] &&
                                 c->SentOf(i - 1) == c->SentOf(i) && c->Tok(i - 1) == p->second
                             ? i - 1
                             : i;
      Mention m = c->MakeMention(b, i + 1, EntityType::kPerson, "person.surname");
      m.label = c->Surface(b, i + 1);
      extra.push_back(std::move(m));
    }
  }
  if (extra.empty()) {
    WidenRegionAcronyms(*c, out);
    return;
  }
  const size_t mid = out->size();
  out->insert(out->end(), std::make_move_iterator(extra.begin()),
              std::make_move_iterator(extra.end()));
  if (DistinctSorted(*out, mid)) {
    // Both halves in order and no span shared: a merge gives the one order sorting can.
    std::inplace_merge(out->begin(), out->begin() + static_cast<std::ptrdiff_t>(mid), out->end(),
                       SpanLess);
  } else {
    SortMentions(out);
  }
  WidenRegionAcronyms(*c, out);
}

}  // namespace ner
}  // namespace actorgraph
