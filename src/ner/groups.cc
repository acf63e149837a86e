// Organizations of names nothing else knows, by what the sentence calls them:
// a group noun after or before the name ("the Guerreros Unidos cartel", "the
// hacktivist group NoName057(16)", "a group it tracks as UNC3886"), a part of
// another organization ("a unit of Alphabet", "an operator owned by Veon"),
// and a state's body named in lower case after its demonym ("Nicaraguan
// police", "the Laotian foreign ministry").
#include <string>

#include "ner/context.h"

namespace actorgraph {
namespace ner {

namespace {

bool Determiner(const Context& c, uint32_t i) {
  return (c.LowerIs(i, "the") || c.LowerIs(i, "a") || c.LowerIs(i, "an"));
}

// rules/entities/group_nouns.txt, in lower case
bool GroupNoun(const Context& c, uint32_t i) {
  return c.Is(i, kLower) && c.lex.group_nouns.Contains(c.Lower(i));
}

// A word of a group's name: capitalised (or a code, "M23", "UNC3886"), in no
// list that makes it a person, a title, a place or a date, and no known name.
bool NameTok(const Context& c, uint32_t i) {
  return c.NameLike(i) && !c.Is(i, kCapsLine) && !c.HitCovering(i) &&
         !c.Has(i, kWGivenNames | kWTitles | kWTitleWord | kWRoleNouns | kWSpeechVerbs |
                       kWOrgLegal | kWPlaceWords | kWCurrencies | kWCompassWords | kWTreatyHeads);
}

bool HasDigit(std::string_view s) {
  for (char ch : s)
    if (ch >= '0' && ch <= '9') return true;
  return false;
}

// "Kurdish", "Islamic": an adjective, no name (rules/entities/adjective_suffixes.txt).
bool AdjectiveLike(const Context& c, uint32_t i) {
  std::string_view w = c.Lower(i);
  if (HasDigit(w)) return false;
  for (const std::string& s : c.lex.adjective_suffixes)
    if (w.size() > s.size() + 2 && w.compare(w.size() - s.size(), s.size(), s) == 0) return true;
  return false;
}

// A name's code glued to a bracketed number: "NoName057(16)". Returns the end.
uint32_t GlueBrackets(const Context& c, uint32_t e) {
  if (e + 2 < c.ntok() && c.IsPunct(e, "(") && !c.doc.tokens[e].space_before &&
      c.doc.tokens[e + 1].kind == TokenKind::kNumber && !c.doc.tokens[e + 1].space_before &&
      c.IsPunct(e + 2, ")") && !c.doc.tokens[e + 2].space_before && HasDigit(c.Tok(e - 1)))
    return e + 3;
  return e;
}

// "group seven", "group 4", "Group B": a numbered group of a contest or a list.
bool Numbered(const Context& c, uint32_t i) {
  if (i >= c.ntok()) return false;
  if (c.doc.tokens[i].kind == TokenKind::kNumber) return true;
  if (c.Tok(i).size() == 1 && c.Is(i, kCap)) return true;
  static const char* kNumbers[] = {"one",   "two",   "three", "four", "five",   "six",
                                   "seven", "eight", "nine",  "ten",  "eleven", "twelve"};
  for (const char* w : kNumbers)
    if (c.LowerIs(i, w)) return true;
  return false;
}

// 1. "the Guerreros Unidos cartel", "the LockBit ransomware gang", "the
// Lebanese Forces party": a determiner, a name, at most one lower-case word,
// the group noun at k.
void NameBeforeNoun(Context* c, uint32_t k, uint32_t sb) {
  uint32_t e = k;
  if (e > sb + 1 && c->Is(e - 1, kLower) && !c->Has(e - 1, kWFunctionWords | kWDeterminers)) --e;
  uint32_t b = e;
  while (b > sb && e - b < 4) {
    if (NameTok(*c, b - 1)) {
      --b;
    } else if (b > sb + 1 && b < e && (c->IsPunct(b - 1, "-") || c->IsPunct(b - 1, "/")) &&
               !c->doc.tokens[b - 1].space_before && !c->doc.tokens[b].space_before &&
               c->NameLike(b - 2) && !c->HitCovering(b - 2)) {
      b -= 2;  // "the Mai-Mai Yakutumba militia", "the Greens/Left group": a hyphen or a
               // slash glues two words of the name
    } else if ((b < e || e < k) && c->Has(b - 1, kWGivenNames) && c->NameLike(b - 1) &&
               !c->HitCovering(b - 1) && !c->Has(b - 1, kWTitles | kWRoleNouns)) {
      // a word that is also a given name, inside a longer name, or alone before
      // a noun that says what kind of group ("the Akira ransomware group")
      --b;
    } else if (b < e && c->Has(b - 1, kWPlaceWords) && c->NameLike(b - 1) &&
               !c->HitCovering(b - 1) && !c->Is(b - 1, kCapsLine)) {
      --b;  // a place's word inside a longer name: "the Desert Falcons group"
    } else {
      break;
    }
  }
  // a demonym may open a name of two words or more ("the Lebanese Forces party")
  bool demonym = false;
  if (b < e && b > sb + 1) {
    const Hit* h = c->HitCovering(b - 1);
    // ... when the name ends in a head word of its own ("Forces"): "the
    // Georgian Dream party" needs its standing (described.cc)
    demonym = h && h->kind == kAliasDemonym && h->tb == b - 1 && h->te == b &&
              Determiner(*c, b - 2) && c->Has(e - 1, kWOrgKeywords);
    if (demonym) --b;
  }
  if (b == e || b <= sb || !Determiner(*c, b - 1) || HardLineStart(*c, b)) return;
  // "the California avocado group": a place's group; "a World Cup group seven"
  if (e == b + 1 && c->lex.place_names.Contains(c->Lower(b))) return;
  if (Numbered(*c, k + 1)) return;
  // "the Kurdish militia", "the Georgian Dream party": an adjective in the
  // name, unless it ends in a head word ("the Lebanese Forces party")
  if (!c->Has(e - 1, kWOrgKeywords))
    for (uint32_t q = b; q < e; ++q)
      if (AdjectiveLike(*c, q)) return;
  EmitNamedGroup(c, b, e, "org.group-noun");
  // the demonym nests inside the name as the state's mention
  c->cands.back().container = demonym;
  c->cands.back().prefix_nesting = demonym;
}

// 2. "the hacktivist group NoName057(16)", "security firm ESET": the noun at
// k, then the name.
void NounBeforeName(Context* c, uint32_t k, uint32_t se) {
  if (c->LowerIs(k, "actor") || c->LowerIs(k, "unit")) return;  // "the actor Tom Hanks"
  if (c->LowerIs(k - 1, "aircraft")) return;  // "the aircraft carrier Enterprise" is a ship
  // a verb: "to exchange Class B shares", "would group"
  static const char* kVerbBefore[] = {"to",    "will",  "would", "could", "can", "may",
                                      "might", "shall", "must",  "not",   "did", "does"};
  for (const char* w : kVerbBefore)
    if (c->LowerIs(k - 1, w)) return;
  const uint32_t e = NameAfter(*c, k + 1, se);
  if (e > k + 1 && !AdjectiveLike(*c, k + 1)) EmitNamedGroup(c, k + 1, e, "org.noun-name");
}

// 5. "Nicaraguan police", "the Costa Rican finance ministry", "Liberia's
// finance ministry": after the demonym hit h (or the state's name and its
// possessive, the words from s on), the longest phrase of
// rules/entities/state_bodies.txt.
void StateBody(Context* c, const Hit& h, uint32_t s, bool possessive) {
  const uint32_t se = c->SentEnd(h.tb);
  std::string phrase;
  uint32_t best = 0;
  for (uint32_t j = s; j < se && j < s + 3 && c->Is(j, kLower); ++j) {
    if (j > s) phrase += ' ';
    phrase += c->Lower(j);
    if (c->lex.state_bodies.Contains(phrase)) best = j + 1;
  }
  if (!best) return;
  // "Iranian foreign ministry spokesman Reza Kazemi", "China's foreign
  // ministry spokeswoman Hua Ying": a body before a post and the name of the
  // one who holds it is that person's body, with or without a determiner
  if (best + 1 < se && c->Has(best, kWRoleNouns) && c->Is(best, kLower) && c->NameLike(best + 1) &&
      !c->Is(best + 1, kSentStart)) {
    EmitNamedGroup(c, s, best, "org.state-body");
    return;
  }
  // "a spokesman for the Norwegian embassy in Ankara": the one who speaks holds
  // a post in the state's mission abroad, a body of its own (a spokesman for
  // a ministry at home speaks for the state, see the rule example of
  // affiliated-with)
  if (!possessive && h.tb >= 3 && Determiner(*c, h.tb - 1) && c->LowerIs(h.tb - 2, "for") &&
      c->Has(h.tb - 3, kWRoleNouns) &&
      (c->LowerIs(best - 1, "embassy") || c->LowerIs(best - 1, "consulate"))) {
    EmitNamedGroup(c, s, best, "org.state-body");
    return;
  }
  // "Estovia's foreign ministry went further": opening its sentence before a
  // verb, the possessive's body is the subject that acts
  if (possessive && h.tb == c->SentBegin(h.tb) && best + 1 < se && c->Is(best, kLower) &&
      !c->Has(best, kWFunctionWords | kWRoleNouns) && c->Is(best + 1, kLower)) {
    EmitNamedGroup(c, s, best, "org.state-body");
    return;
  }
  // "the Syrian air force", "a Mozambican army": a determiner makes it the
  // body; bare "Chinese police" are officers of the state, which acts. The
  // state's possessive is the determiner: "Ecuador's foreign ministry".
  if (!possessive && (h.tb <= c->SentBegin(h.tb) || !Determiner(*c, h.tb - 1))) return;
  // "the Indian army claimed", "a spokesman for the Chinese foreign ministry":
  // a body that speaks is the state's voice, the state is the one who says
  // ("China's foreign ministry said" names the body, as "China's Foreign
  // Ministry said" does)
  if (!possessive && best < se && c->Has(best, kWSpeechVerbs)) return;
  // After the possessive, only the body that acts is named ("Ecuador's
  // foreign ministry accused", "Russia's foreign ministry also criticized"):
  // a post in it or a list ("an adviser in India's finance ministry", "has run
  // Poland's finance ministry since", "Russia's foreign ministry, the GRU")
  // names the state, as before.
  if (possessive) {
    static const char* kPrepositions[] = {"of", "at", "in", "for",  "from",  "with",
                                          "to", "by", "on", "into", "within"};
    if (h.tb > c->SentBegin(h.tb))
      for (const char* w : kPrepositions)
        if (c->LowerIs(h.tb - 1, w)) return;
    if (best >= se || !c->Is(best, kLower)) return;
    if (!c->Has(best, kWSpeechVerbs | kWActorVerbs | kWCopulas | kWAdverbs) &&
        !(c->Lower(best).size() > 4 && c->Lower(best).substr(c->Lower(best).size() - 2) == "ed"))
      return;
  }
  if (h.tb >= 3 && c->LowerIs(h.tb - 2, "for") && c->Has(h.tb - 3, kWRoleNouns)) return;
  // "Chinese coast guard vessels", "five Chinese military officers": the body
  // only modifies the noun after it, the state is the one acting
  // ("the Malagasy gendarmerie arrested": a verb in the past tense acts)
  if (best < se && c->Is(best, kLower) &&
      !c->Has(best, kWFunctionWords | kWSpeechVerbs | kWActorVerbs | kWCopulas | kWAdverbs) &&
      !(c->Lower(best).size() > 4 && c->Lower(best).substr(c->Lower(best).size() - 2) == "ed"))
    return;
  EmitNamedGroup(c, s, best, "org.state-body");
}

}  // namespace

void AddOrganizationCandidate(Context* c, uint32_t tb, uint32_t te, const char* rule, int prio) {
  Cand cand;
  cand.m = c->MakeMention(tb, te, EntityType::kOrganization, rule);
  cand.m.label = c->Surface(tb, te);
  cand.prio = prio;
  c->cands.push_back(std::move(cand));
}

void EmitNamedGroup(Context* c, uint32_t tb, uint32_t te, const char* rule) {
  if (KnownOrShort(*c, tb, te) && !c->Is(tb, kAllCaps)) return;  // "Memotec" of "Memotec Data"
  AddOrganizationCandidate(c, tb, te, rule);
}

// A name of one to three words starting at token s, ending before a word that
// is no part of a name. Returns its end, or s.
uint32_t NameAfter(const Context& c, uint32_t s, uint32_t se) {
  uint32_t e = s;
  while (e < se && e < s + 3 && NameTok(c, e) && (e == s || !HardLineStart(c, e))) {
    ++e;
    // "the monitoring group Promo-LEX": a hyphen without spaces glues the name
    if (e + 1 < se && c.IsPunct(e, "-") && !c.doc.tokens[e].space_before &&
        !c.doc.tokens[e + 1].space_before && NameTok(c, e + 1))
      ++e;
  }
  // "Petroleos de Venezuela", "Regie Nationale des Usines Renault": a
  // particle and capitalised words (a state's name among them) go on with the name
  if (e > s && e + 1 < se && c.Is(e, kLower) && c.Has(e, kWNameParticles) && c.NameLike(e + 1)) {
    uint32_t f = e + 1;
    while (f < se && f < e + 4 && c.NameLike(f) && !c.Is(f, kCapsLine)) ++f;
    if (f < se && c.NameLike(f)) return s;
    return f;
  }
  if (e == s + 1 && c.Tok(s).size() < 2) return s;  // "company N / A"
  if (e == s || (e < se && (c.NameLike(e) || c.HitCovering(e)))) return s;
  if (e == s + 1 && c.lex.place_names.Contains(c.Lower(s))) return s;  // a place below the state
  // a longer name or a place goes on: "New York-based ITT", "Johnson and
  // Johnson", "the Socialist party"
  if (e < se &&
      ((c.IsPunct(e, "-") && !c.doc.tokens[e].space_before) ||

       ((c.LowerIs(e, "and") || c.IsPunct(e, "&")) && c.NameLike(e + 1)) || GroupNoun(c, e) ||
       (c.Is(e, kLower) && c.lex.CompanyNoun(c.Lower(e - 1), c.Lower(e)))))
    return s;
  return GlueBrackets(c, e);
}

void FindNamedGroups(Context* c) {
  FindOrganizationsAtPosts(c);
  // after a demonym ("the Laotian foreign ministry") or the state's own name
  // and its possessive ("Liberia's finance ministry"; not a capital's:
  // "Moscow's police" is the city's)
  for (const Hit& h : c->hits) {
    if (c->lex.gazetteer.entry(h.entry).type != EntityType::kState) continue;
    if (h.kind == kAliasDemonym && !h.possessive) StateBody(c, h, h.te, false);
    if (h.kind != kAliasPlain) continue;
    if (h.possessive)
      StateBody(c, h, h.te, true);
    else if (const uint32_t p = c->PossessiveAfter(h.te - 1))
      StateBody(c, h, h.te + p, true);
  }
  const uint32_t n = c->ntok();
  for (uint32_t k = 1; k < n; ++k) {
    // (the cue words were marked when the tokens were classified)
    const uint16_t f = c->Flags(k);
    if ((f & (kGroupCue | kCapsLine | kInDate)) != kGroupCue) continue;
    const std::string_view w = c->Lower(k);
    const uint32_t kinds = c->lex.group_cues.Get(w, 0);  // one lookup for the three lists
    if (!kinds) continue;
    const bool group = kinds & kCueGroup;
    const bool company =
        !group && ((kinds & kCueCompany) ||
                   ((kinds & kCueCompanyPair) && c->lex.CompanyNoun(c->Lower(k - 1), w)));
    const bool part = !group && (kinds & kCuePart);
    const bool as = kinds & kCueAs;
    const bool owned = (kinds & kCueBy) && c->LowerIs(k - 1, "owned");
    if (!group && !company && !part && !as && !owned) continue;
    const uint32_t sb = c->SentBegin(k), se = c->SentEnd(k);
    if (group) NameBeforeNoun(c, k, sb);
    if ((group || company) && k + 1 < se) NounBeforeName(c, k, se);
    // 3. "a group it tracks as UNC3886", "the actor tracked as Storm-0558"
    if (as && k > sb + 1 &&
        (c->LowerIs(k - 1, "tracks") || c->LowerIs(k - 1, "tracked") ||
         c->LowerIs(k - 1, "tracking"))) {
      const uint32_t e = NameAfter(*c, k + 1, se);
      if (e > k + 1) EmitNamedGroup(c, k + 1, e, "org.tracked-as");
    }
    // 4. "a unit of Alphabet", "a subsidiary of the Veon group", "an operator
    // owned by Veon": the parent organization
    if (part && k > sb && Determiner(*c, k - 1) && c->LowerIs(k + 1, "of")) {
      const uint32_t s = k + 2 + (c->LowerIs(k + 2, "the") ? 1 : 0);
      const uint32_t e = NameAfter(*c, s, se);
      if (e > s && !AdjectiveLike(*c, s)) EmitNamedGroup(c, s, e, "org.part-of");
    }
    if (owned && k > sb + 1 &&
        (GroupNoun(*c, k - 2) ||
         (c->Is(k - 2, kLower) &&
          c->lex.CompanyNoun(k >= 3 ? c->Lower(k - 3) : std::string_view(), c->Lower(k - 2))))) {
      const uint32_t e = NameAfter(*c, k + 1, se);
      if (e > k + 1) EmitNamedGroup(c, k + 1, e, "org.owned-by");
    }
  }
}

}  // namespace ner
}  // namespace actorgraph
