// Organizations of names nothing else knows, by the company they keep: a list
// that holds a known organization and otherwise only unknown capitalised names
// ("Global Witness, Transparency International and Mighty Earth accused",
// "The gang hit Royal Mail and Boeing", "Maersk and Hapag-Lloyd signed") makes
// each of those names an organization. A list with a state or a person in it
// proves nothing ("Hezbollah, Iran and Kurdistan").
// Persons likewise: a list that holds a person's full name and otherwise only
// unknown names of two or three capitalised words ("three other officials:
// Arda Kaya, Serkan Bulut and Mustafa Alper Deniz") makes each a person.
#include <string>
#include <vector>

#include "ner/context.h"

namespace actorgraph {
namespace ner {
namespace {

constexpr uint32_t kMaxItemWords = 4;

// A word that may stand in an unknown organization's name.
bool ItemWord(const Context& c, uint32_t i) {
  if (!(c.NameLike(i) || (c.Is(i, kAllCaps) && c.Is(i, kWordTok))) || c.Is(i, kCapsLine))
    return false;
  return !c.Has(i, kWTitles | kWTitleWord | kWRoleNouns | kWSpeechVerbs | kWAdverbs |
                       kWDeterminers | kWCompassWords | kWCurrencies | kWPlaceWords |
                       kWTreatyHeads | kWCopulas | kWOrgLegal);
}

// Glue inside a name: "Hapag-Lloyd" (a hyphen without spaces), "Ernst & Young".
bool Glue(const Context& c, uint32_t i) {
  if (c.IsPunct(i, "&")) return true;
  return c.IsPunct(i, "-") && !c.doc.tokens[i].space_before && i + 1 < c.ntok() &&
         !c.doc.tokens[i + 1].space_before;
}

struct Item {
  uint32_t b = 0, e = 0;  // tokens of the name (an article before it left out)
  int cand = -1;          // the candidate that is exactly this name, if any
};

// The end of a name starting at s (at most kMaxItemWords words), or s.
uint32_t ItemEnd(const Context& c, uint32_t s, uint32_t se) {
  uint32_t e = s, words = 0;
  while (e < se && words < kMaxItemWords && ItemWord(c, e) && (e == s || !HardLineStart(c, e))) {
    ++e;
    ++words;
    if (e + 1 < se && Glue(c, e) && ItemWord(c, e + 1)) ++e;
  }
  return e;
}

// The start of a name ending at e (exclusive), or e.
uint32_t ItemBegin(const Context& c, uint32_t e, uint32_t sb) {
  uint32_t b = e, words = 0;
  while (b > sb && words < kMaxItemWords && ItemWord(c, b - 1) && !HardLineStart(c, b)) {
    --b;
    ++words;
    if (b > sb + 1 && Glue(c, b - 1) && ItemWord(c, b - 2)) --b;
  }
  return b;
}

// A separator between two items at i: ",", "and", ", and". Returns its end, or i.
uint32_t SepAfter(const Context& c, uint32_t i, bool* conj) {
  if (c.IsPunct(i, ",")) {
    if (c.LowerIs(i + 1, "and")) {
      *conj = true;
      return i + 2;
    }
    return i + 1;
  }
  if (c.LowerIs(i, "and")) {
    *conj = true;
    return i + 1;
  }
  return i;
}

// Is the one word at i the last word of a person's name in the document ("Fall"
// after "Francio Fall")?
bool SurnameOfPerson(const Context& c, uint32_t i) {
  for (const Cand& k : c.cands)
    if (k.m.type == EntityType::kPerson && k.m.token_end > k.m.token_begin + 1 &&
        k.m.token_end != i + 1 && c.Tok(k.m.token_end - 1) == c.Tok(i))
      return true;
  return false;
}

// Does the list end at token `last`: with a punctuation mark (not a bracket nor
// an abbreviation's period inside the sentence), or a word that goes on the
// sentence ("accused", "in", "jointly"), not a noun the names qualify ("Senate
// and House budget committees", "the BMW 1 Series")?
bool ListEnd(const Context& c, uint32_t last, uint32_t se) {
  if (last >= se) return true;
  if (c.IsPunct(last, "(")) return false;
  if (c.IsPunct(last, ".")) return last + 1 >= se;
  if (c.doc.tokens[last].kind == TokenKind::kPunct) return true;
  if (!c.Is(last, kLower) || c.Has(last, kWTitles | kWRoleNouns | kWOrgKeywords)) return false;
  if (c.Has(last, kWFunctionWords | kWAdverbs | kWCopulas | kWSpeechVerbs | kWActorVerbs))
    return true;
  std::string_view w = c.Lower(last);
  return w.size() > 4 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 2) == "ly");
}

void Add(Context* c, uint32_t b, uint32_t e, EntityType type, const char* rule,
         std::vector<int32_t>* cover) {
  Cand cand;
  cand.m = c->MakeMention(b, e, type, rule);
  cand.m.label = c->Surface(b, e);
  cand.prio = 7;  // above a person's name of an ambiguous given name
  c->cands.push_back(std::move(cand));
  (*cover)[b] = static_cast<int32_t>(c->cands.size() - 1);
}

// The candidate of `type` that is exactly tokens from i on, or -1; *e gets its end.
int32_t CandAt(const Context& c, const std::vector<int32_t>& cover, uint32_t i, EntityType type,
               uint32_t* e) {
  if (i >= cover.size() || cover[i] < 0) return -1;
  const Mention& m = c.cands[cover[i]].m;
  if (m.token_begin != i || m.type != type) return -1;
  *e = m.token_end;
  return cover[i];
}

// Unknown names, none of them known already, in [b, e).
bool Unknown(const std::vector<int32_t>& cover, uint32_t b, uint32_t e) {
  for (uint32_t t = b; t < e; ++t)
    if (cover[t] >= 0) return false;
  return e > b;
}

// Are the words [b, e) a place of rules/entities/place_names.txt ("New York")?
bool PlaceName(const Context& c, uint32_t b, uint32_t e) {
  std::string words(c.Lower(b));
  for (uint32_t t = b + 1; t < e; ++t) (words += ' ') += c.Lower(t);
  return c.lex.place_names.Contains(words);
}

// "Anna Kuusela of Nokia, Jorge Batista of Embraer and Mei Lin Tan of Grab",
// "ministers Wopke Hoekstra of the Netherlands and Hadja Lahbib of Belgium": a
// list of "person of body" pairs from the person k on. Where a body is a listed
// organization (and none a state), the unknown bodies are organizations; where a
// person is known, so are the unknown names of two or three words before "of".
void PairList(Context* c, size_t k, std::vector<int32_t>* cover) {
  struct Pair {
    uint32_t ab, ae, bb, be;
    bool a_known, b_org, b_state;
  };
  std::vector<Pair> pairs;
  const uint32_t se = c->SentEnd(c->cands[k].m.token_begin);
  uint32_t i = c->cands[k].m.token_begin;
  bool conj = false, org = false, state = false;
  for (;;) {
    Pair p{i, 0, 0, 0, false, false, false};
    p.a_known = CandAt(*c, *cover, i, EntityType::kPerson, &p.ae) >= 0;
    if (!p.a_known) {
      p.ae = i;
      while (p.ae < se && p.ae < i + 3 && c->NameLike(p.ae) &&
             !c->Has(p.ae, kWTitles | kWTitleWord | kWRoleNouns | kWOrgKeywords))
        ++p.ae;
      if (p.ae < i + 2 || !Unknown(*cover, i, p.ae)) return;
    }
    if (!c->LowerIs(p.ae, "of")) return;
    p.bb = p.ae + 1 + (c->LowerIs(p.ae + 1, "the") ? 1 : 0);
    if (CandAt(*c, *cover, p.bb, EntityType::kOrganization, &p.be) >= 0) {
      const Mention& m = c->cands[(*cover)[p.bb]].m;
      p.b_org = m.rule.compare(0, 9, "gazetteer") == 0;
    } else if (CandAt(*c, *cover, p.bb, EntityType::kState, &p.be) >= 0) {
      p.b_state = true;
    } else {
      p.be = ItemEnd(*c, p.bb, se);
      if (!Unknown(*cover, p.bb, p.be)) return;
      if (PlaceName(*c, p.bb, p.be)) return;  // "Jane Doe of Texas"
    }
    if (p.be < se && c->PossessiveAfter(p.be - 1)) return;
    org = org || p.b_org;
    state = state || p.b_state;
    pairs.push_back(p);
    if (conj) break;
    const uint32_t next = SepAfter(*c, p.be, &conj);
    if (next == p.be) break;
    i = next;
  }
  if (!conj || pairs.size() < 2 || !ListEnd(*c, pairs.back().be, se)) return;
  const bool people = pairs.front().a_known;
  for (const Pair& p : pairs) {
    if (!p.a_known && people) Add(c, p.ab, p.ae, EntityType::kPerson, "person.listed-of", cover);
    if (org && !state && !p.b_org && !p.b_state && (*cover)[p.bb] < 0)
      Add(c, p.bb, p.be, EntityType::kOrganization, "org.listed-of", cover);
  }
}

// "firms", "companies", "carriers": the plural of a word of
// rules/entities/company_nouns.txt.
bool CompanyPlural(const Context& c, uint32_t w) {
  std::string_view t = c.Lower(w);
  if (t.size() < 4 || t.back() != 's') return false;
  // "actors including Gary Oldman", "factions including Shiites": people
  if (t == "actors" || t == "units" || c.lex.group_nouns.Contains(t.substr(0, t.size() - 1)))
    return false;
  if (c.lex.company_nouns.Contains(t.substr(0, t.size() - 1))) return true;
  return t.size() > 4 && t.substr(t.size() - 3) == "ies" &&
         c.lex.company_nouns.Contains(std::string(t.substr(0, t.size() - 3)) + "y");
}

// The names a plural company noun introduces, from token s on: each one that
// is no organization yet becomes one (a name taken for a person's too: "Yang Ming").
void NamedList(Context* c, uint32_t s, std::vector<int32_t>* cover) {
  const uint32_t se = c->SentEnd(s);
  const bool bracket = c->IsPunct(s - 1, "(");
  std::vector<Item> items;
  bool conj = false;
  for (uint32_t i = s;;) {
    if (c->LowerIs(i, "the")) ++i;
    uint32_t e = ItemEnd(*c, i, se);
    const int32_t o = i < se ? (*cover)[i] : -1;
    Item it{i, e, -1};
    if (o >= 0) {
      const Mention& m = c->cands[o].m;
      // (a person's name that opens with a given name stays the person's)
      if (m.token_begin != i || m.type == EntityType::kState ||
          (m.type == EntityType::kPerson && c->Has(i, kWGivenNames)))
        return;
      it.e = e = m.token_end;
      if (m.type == EntityType::kOrganization) it.cand = o;
    } else if (e == i || !Unknown(*cover, i, e) || c->HitCovering(i)) {
      return;
    }
    if (c->PossessiveAfter(e - 1)) return;
    items.push_back(it);
    if (conj) break;
    const uint32_t next = SepAfter(*c, e, &conj);
    if (next == e) break;
    i = next;
  }
  const uint32_t last = items.back().e;
  if (!conj || items.size() < 2 || (bracket ? !c->IsPunct(last, ")") : !ListEnd(*c, last, se)))
    return;
  for (const Item& it : items)
    if (it.cand < 0) Add(c, it.b, it.e, EntityType::kOrganization, "org.company-list", cover);
}

// Is the word at t the plural of a post or of a kind of body or work ("Doctors",
// "Judges", "Studios", "Companies"): the singular is a one-word title, a role
// noun, a company, group or work noun, or the word is one of officials.txt?
bool PluralOfKind(const Context& c, uint32_t t) {
  std::string_view w = c.Lower(t);
  if (w.size() < 4 || w.back() != 's' || c.Has(t, kWGivenNames | kWSurnames)) return false;
  if (c.lex.officials.Contains(w)) return true;
  auto kind = [&](const std::string& one) {
    return (c.lex.lower_classes.Get(one, 0) & (kWTitleWord | kWRoleNouns)) ||
           c.lex.company_nouns.Contains(one) || c.lex.group_nouns.Contains(one) ||
           c.lex.work_nouns.Contains(one);
  };
  std::string one(w.substr(0, w.size() - 1));  // "doctors", "judges"
  if (kind(one)) return true;
  if (w.size() > 4 && w.substr(w.size() - 2) == "es" && kind(one.substr(0, one.size() - 1)))
    return true;  // "coaches", "bosses"
  return w.size() > 4 && w.substr(w.size() - 3) == "ies" &&
         kind(std::string(w.substr(0, w.size() - 3)) + "y");  // "companies"
}

// A plural glued before a listed person's name says what they are ("Doctors
// Amal Reyes", "PMs Ana Soto"): a plural of a post, or any word ending in -s
// that is no given name or surname before a given name.
bool PluralLead(const Context& c, uint32_t t) {
  if (PluralOfKind(c, t)) return true;
  std::string_view w = c.Tok(t);
  if (w.size() < 3 || w.back() != 's' || w[w.size() - 2] == 's' || w[w.size() - 2] == '\'')
    return false;
  return !c.Has(t, kWGivenNames | kWGivenAmbiguous | kWSurnames | kWSurnameAmbiguous) &&
         c.Has(t + 1, kWGivenNames);
}

// The list from token p on (its first item) around a person's name: when every
// item is a person's full name or an unknown name of two or three words that
// could be one, and the list ends there, the unknown names are persons too.
void PersonList(Context* c, uint32_t p, uint32_t se, std::vector<int32_t>* cover) {
  thread_local std::vector<std::pair<uint32_t, uint32_t>> unknown;
  unknown.clear();
  bool conj = false;
  size_t items = 0;
  uint32_t last = p;
  for (uint32_t i = p;;) {
    uint32_t e = i;
    const int32_t o = i < se ? (*cover)[i] : -1;
    if (o >= 0) {
      const Mention& m = c->cands[o].m;
      if (m.token_begin != i || m.type != EntityType::kPerson || m.token_end < i + 2) return;
      e = m.token_end;
    } else {
      // the name after a plural that says what they are ("Doctors Amal Reyes")
      const uint32_t s = i + 2 < se && c->NameLike(i + 1) && PluralLead(*c, i) ? i + 1 : i;
      e = s;
      while (e < se && e < s + 3 && c->NameLike(e) &&
             !c->Has(e, kWTitles | kWTitleWord | kWRoleNouns | kWOrgKeywords | kWOrgLegal |
                            kWPlaceWords | kWTreatyHeads | kWCompassWords | kWCurrencies))
        ++e;
      if (e < s + 2 || !Unknown(*cover, i, e)) return;
      // (a sentence's first word is capitalised anyway: "Sprinters A B and C D")
      if (s == c->SentBegin(s) && !c->Has(s, kWGivenNames)) return;
      for (uint32_t t = i; t < e; ++t)
        if (c->HitCovering(t) || c->Is(t, kAllCaps)) return;
      // a work's or a firm's name ("Showtime Independent Films", "Blue Lantern
      // Band"), a body of some post ("Coastal District Judges"), a plural left
      // at the start: no person's
      for (uint32_t t = s; t < e; ++t)
        if (c->lex.work_nouns.Contains(c->Lower(t))) return;
      if (PluralOfKind(*c, e - 1) || PluralOfKind(*c, s)) return;
      if (PlaceName(*c, s, e)) return;
      unknown.emplace_back(s, e);
    }
    if (e < se && c->PossessiveAfter(e - 1)) return;
    ++items;
    last = e;
    if (conj) break;
    const uint32_t next = SepAfter(*c, e, &conj);
    if (next == e) break;
    i = next;
  }
  if (!conj || items < 2 || unknown.empty() || unknown.size() == items) return;
  if (!ListEnd(*c, last, se) || c->NameLike(last)) return;
  // "A and B, two firms owned by ...": an apposition says what they are
  if (c->IsPunct(last, ","))
    for (uint32_t t = last + 1; t < se && t < last + 5; ++t)
      if (c->Is(t, kLower) && (CompanyPlural(*c, t) || c->lex.company_nouns.Contains(c->Lower(t))))
        return;
  for (const auto& [b, e] : unknown) Add(c, b, e, EntityType::kPerson, "person.listed-with", cover);
}

}  // namespace

void FindListedOrganizations(Context* c) {
  const uint32_t n = c->ntok();
  // the candidate covering each token (the longest), -1 where none
  // (one buffer per thread: no allocation per document once it has grown)
  thread_local std::vector<int32_t> cover;
  cover.clear();
  for (size_t k = 0; k < c->cands.size(); ++k) {
    const Mention& m = c->cands[k].m;
    if (m.type == EntityType::kPerson && c->LowerIs(m.token_end, "of") && cover.empty())
      cover.assign(n, -1);
    if ((m.type != EntityType::kOrganization && m.type != EntityType::kPerson) ||
        (m.flags & kMetonym))
      continue;
    if (m.token_end < n && (c->IsPunct(m.token_end, ",") || c->LowerIs(m.token_end, "and")) &&
        cover.empty())
      cover.assign(n, -1);
    if (m.token_begin > 0 &&
        (c->IsPunct(m.token_begin - 1, ",") || c->LowerIs(m.token_begin - 1, "and")) &&
        cover.empty())
      cover.assign(n, -1);
  }
  if (cover.empty()) return;  // no organization next to a list separator
  for (size_t k = 0; k < c->cands.size(); ++k) {
    const Mention& m = c->cands[k].m;
    for (uint32_t t = m.token_begin; t < m.token_end && t < n; ++t) {
      const int32_t o = cover[t];
      if (o < 0 ||
          c->cands[o].m.token_end - c->cands[o].m.token_begin < m.token_end - m.token_begin)
        cover[t] = static_cast<int32_t>(k);
    }
  }
  const size_t ncands = c->cands.size();
  for (size_t k = 0; k < ncands; ++k)
    if (c->cands[k].m.type == EntityType::kPerson && c->LowerIs(c->cands[k].m.token_end, "of"))
      PairList(c, k, &cover);
  thread_local std::vector<Item> items;
  for (size_t k = 0; k < ncands; ++k) {
    const Mention& km = c->cands[k].m;
    const bool person = km.type == EntityType::kPerson;
    if ((km.type != EntityType::kOrganization && !person) || (km.flags & kMetonym)) continue;
    // (only a name next to a separator is in a list)
    const uint32_t before = km.token_begin - (c->LowerIs(km.token_begin - 1, "the") ? 1 : 0);
    if (!(km.token_end < n && (c->IsPunct(km.token_end, ",") || c->LowerIs(km.token_end, "and"))) &&
        !(before > 0 && (c->IsPunct(before - 1, ",") || c->LowerIs(before - 1, "and"))))
      continue;
    const uint32_t sb = c->SentBegin(km.token_begin), se = c->SentEnd(km.token_begin);
    // the list's first item: walk left over "name ," and "name and"
    uint32_t p = km.token_begin;
    while (p > sb + 1) {
      uint32_t q = p;
      if (c->LowerIs(q - 1, "the")) --q;
      if (q <= sb + 1) break;
      uint32_t s = q - 1;  // the separator's first token
      if (c->LowerIs(s, "and") && s > sb && c->IsPunct(s - 1, ",")) --s;
      if (!c->IsPunct(s, ",") && !c->LowerIs(s, "and")) break;
      const uint32_t b = ItemBegin(*c, s, sb);
      if (b == s) break;
      p = b > sb && c->LowerIs(b - 1, "the") ? b - 1 : b;
    }
    // "two shipping firms (Evergreen and Yang Ming)", "companies such as X, Y and Z"
    if (p >= 3) {
      const uint32_t cue = p - 1;
      uint32_t w = 0;
      if (c->IsPunct(cue, "(") || c->LowerIs(cue, "including")) w = cue - 1;
      // "More than 40 organisations, including Capita, ..."
      if (w > 1 && c->LowerIs(cue, "including") && c->IsPunct(w, ","))
        --w;
      else if (c->LowerIs(cue, "as") && c->LowerIs(cue - 1, "such"))
        w = cue - 2;
      if (w > 0 && c->Is(w, kLower) && CompanyPlural(*c, w)) NamedList(c, p, &cover);
    }
    if (person) {
      // (not a list inside a name: "Centre for Vision, Speech and ...")
      if (!(p > sb && (c->LowerIs(p - 1, "of") || c->NameLike(p - 1) || c->HitCovering(p - 1))))
        PersonList(c, p, se, &cover);
      continue;
    }
    // the items from there on
    items.clear();
    bool conj = false, known = false, unknown = false, bad = false;
    uint32_t i = p;
    for (;;) {
      if (c->LowerIs(i, "the")) ++i;
      uint32_t e = ItemEnd(*c, i, se);
      // a known name may hold small words: "Save the Children"
      if (i < n && cover[i] >= 0 && c->cands[cover[i]].m.token_begin == i)
        e = c->cands[cover[i]].m.token_end;
      if (e == i) {
        bad = true;
        break;
      }
      // "the Nintendo DS and Sony's new PSP": a possessive names an owner, not an item
      if (c->PossessiveAfter(e - 1)) {
        bad = true;
        break;
      }
      Item it{i, e, -1};
      const int32_t o = cover[i];
      if (o >= 0) {
        const Mention& om = c->cands[o].m;
        if (om.token_begin == i && om.token_end == e && om.type == EntityType::kOrganization) {
          it.cand = o;
          // only a listed name vouches for the list: one found by its head word may
          // span a joint of its own ("Donaldson, Lufkin and Jenrette Securities Corp")
          known = known || om.rule.compare(0, 9, "gazetteer") == 0;
        } else if (om.token_begin == i && om.token_end == e && om.type == EntityType::kPerson &&
                   c->Has(i, kWGivenAmbiguous) && !c->Has(i, kWGivenNames) &&
                   !c->Has(e - 1, kWSurnames | kWSurnameAmbiguous)) {
          unknown = true;  // "Royal Mail": a word that is sometimes a given name
        } else {
          bad = true;
          break;
        }
      } else {
        // (a capital not acting, "Ankara", is a hit without a candidate)
        for (uint32_t t = i; t < e && !bad; ++t) bad = cover[t] >= 0 || c->HitCovering(t);
        bad = bad || (e == i + 1 && SurnameOfPerson(*c, i));
        // one word: no letter alone ("A/S"), no adverb ("Thankfully, X and Y"),
        // no capitalised common noun after "the" ("the IMF and the Bank")
        if (e == i + 1) {
          std::string_view w = c->Lower(i);
          bad = bad || w.size() < 2 || (w.size() > 4 && w.substr(w.size() - 2) == "ly") ||
                (i > 0 && c->LowerIs(i - 1, "the") && !c->Is(i, kAllCaps));
        }
        // one word that is a place, a given name or a surname names no organization here
        if (e == i + 1 && c->Has(i, kWGivenNames | kWGivenAmbiguous | kWSurnames |
                                        kWSurnameAmbiguous | kWFamilyFirst))
          bad = true;
        if (PlaceName(*c, i, e)) bad = true;  // "Microsoft and New York"
        if (bad) break;
        unknown = true;
      }
      items.push_back(it);
      if (conj) break;  // "and" opened the last item
      const uint32_t next = SepAfter(*c, e, &conj);
      if (next == e) break;
      i = next;
    }
    if (bad || !conj || !known || !unknown || items.size() < 2) continue;
    // a list inside a name: "Centre for Vision, Speech and Signal Processing"
    if (p > sb && (c->LowerIs(p - 1, "of") || c->LowerIs(p - 1, "for") ||
                   c->Has(p - 1, kWNameParticles) || c->NameLike(p - 1) || c->HitCovering(p - 1)))
      continue;
    // the list ends there: no name glued on ("Microsoft and Apple Computer Inc" is known)
    // ... or a noun of what firms make or own: "flaws in Cisco, Zentrix and
    // Quorix Networks equipment" (rules/entities/company_goods.txt)
    const uint32_t last = items.back().e;
    // (not after a possessive: "its Windows and e-mail software" are products)
    const bool goods = last < se && c->Is(last, kLower) &&
                       c->lex.company_goods.Contains(c->Lower(last)) &&
                       !(p > sb && (c->LowerIs(p - 1, "its") || c->LowerIs(p - 1, "their") ||
                                    c->LowerIs(p - 1, "our") || c->LowerIs(p - 1, "his") ||
                                    c->LowerIs(p - 1, "her")));
    // (three names at least: "threats to Windows and Microsoft products" name a product)
    if (!ListEnd(*c, last, se) && !(goods && items.size() >= 3)) continue;
    // "CIA prisons in Europe and the CIA ...": places (not "flaws in X and Y equipment")
    if (p > sb && !goods && (c->LowerIs(p - 1, "in") || c->LowerIs(p - 1, "near"))) continue;
    for (const Item& it : items) {
      if (it.cand < 0) Add(c, it.b, it.e, EntityType::kOrganization, "org.listed-with", &cover);
    }
  }
}

}  // namespace ner
}  // namespace actorgraph
