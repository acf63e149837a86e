// Organizations not in the gazetteer, by their form: "University of X",
// "X University", "Centre for X and Y", "Ministry of X", "X Department",
// "X Inc.", glued "X.Inc".
#include "actorgraph/util.h"
#include "ner/context.h"

namespace actorgraph {
namespace ner {

namespace {

bool StateNameHitEndingAt(const Context& c, uint32_t last, const Hit** out) {
  const Hit* h = c.HitCovering(last);
  if (!h || h->te != last + 1 || h->kind != kAliasPlain) return false;
  if (c.lex.gazetteer.entry(h->entry).type != EntityType::kState) return false;
  *out = h;
  return true;
}

// Capitalised words that may precede an organization keyword. A demonym
// starts a company's name ("American Stores Co", "British Petroleum PLC") but
// not a government body's ("Russian Foreign Ministry": Russia + the ministry).
bool OrgModifier(const Context& c, uint32_t i, bool company) {
  if (c.Is(i, kCap) && c.LowerIs(i, "first")) return true;  // "First National Bank"
  if (!c.NameLike(i) && !(c.Is(i, kAllCaps) && c.Is(i, kWordTok))) return false;
  const Hit* h = c.HitCovering(i);
  if (h && h->kind == kAliasCombining) return false;
  if (h && h->kind == kAliasDemonym && !company) return false;
  return !c.Has(i, kWSpeechVerbs);
}

// One step left over a joint inside a company's or body's name: a hyphen
// without spaces ("Prudential-Bache Securities"), "&" ("Procter & Gamble Co"),
// or "and" between single capitalised words ("Savings and Loan Association",
// "Kleinwort and Benson Ltd"). Not when the word before is a known name, an
// acronym ("IBM and Apple Computer Inc"), a name's own head word ("X Exchange
// and Y Exchange") or ends a list ("A, B and C Corp").
// Returns the new left edge, or `left` when there is no such joint.
uint32_t JointLeft(const Context& c, uint32_t left, uint32_t sb, bool company) {
  if (left < sb + 2) return left;
  const uint32_t j = left - 1, w = left - 2;
  const bool hyphen =
      c.IsPunct(j, "-") && !c.doc.tokens[j].space_before && !c.doc.tokens[left].space_before;
  const bool amp = c.IsPunct(j, "&");
  const bool conj = c.LowerIs(j, "and") && c.Is(j, kLower);
  if (!hyphen && !amp && !conj) return left;
  // a known organization may start a hyphenated name ("Harvard-Smithsonian Center")
  const Hit* wh = c.HitCovering(w);
  const bool org_hit = wh && c.lex.gazetteer.entry(wh->entry).type == EntityType::kOrganization;
  // a company's name may start with a demonym ("British and Commonwealth Shipping Plc")
  const bool demonym = wh && wh->kind == kAliasDemonym && wh->tb == w && wh->te == w + 1;
  if (!c.NameLike(w) || (wh && !(hyphen && org_hit) && !(company && !hyphen && demonym)) ||
      HardLineStart(c, left) || HardLineStart(c, j))
    return left;
  // "X and Federal Reserve Board": a listed name after the joint starts a name of its own
  if (!hyphen && c.HitAt(left)) return left;
  if (c.Has(w, kWOrgLegal | kWOrgKeywords | kWSpeechVerbs | kWTitleWord | kWGivenNames))
    return left;
  if (!hyphen && c.Is(w, kAllCaps)) return left;
  // "the University of Oxford and Stanford University": the word before "and"
  // ends a name of its own
  if ((conj || amp) && w > sb && c.IsPunct(w - 1, ",")) return left;
  // "NYFE president Lewis J. Horowitz and Cotton Exchange": a person's name ends before "and"
  if ((conj || amp) && w > sb &&
      ((c.Tok(w - 1).size() == 2 && c.Tok(w - 1).back() == '.') ||  // "Lewis J. Horowitz and"
       (c.Has(w - 1, kWGivenNames) && c.Has(w, kWSurnames | kWSurnameAmbiguous))))
    return left;
  if (conj || amp) {
    uint32_t q = w;  // the capitalised run ending at w
    while (q > sb && w - q < 4 && c.NameLike(q - 1)) --q;
    // "Treasury Secretary James Baker and Federal Reserve Board": a titled person;
    // "Virgin Radio Classic Rock and Virgin Radio": a name with a head of its own
    for (uint32_t t = q; t <= w; ++t)
      if (c.Has(t, kWTitleWord | kWGivenNames) || (!company && c.Has(t, kWOrgKeywords)))
        return left;
    if (q > sb + 1 &&
        (c.LowerIs(q - 1, "of") || c.LowerIs(q - 1, "for") || c.LowerIs(q - 1, "on") ||
         c.LowerIs(q - 1, "in")) &&
        (c.NameLike(q - 2) || c.Has(q - 2, kWOrgLegal)))
      return left;
  }
  return w;
}

// Head words of a state's own bodies: a demonym before them names the state
// ("the Russian Foreign Ministry"), not part of the name. Before other heads
// it is part of the name ("American Enterprise Institute", "British Library",
// "Canadian Coalition on Acid Rain").
bool StateBodyHead(const Context& c, uint32_t k) {
  return c.Has(k, kWStateBodyHeads);  // rules/entities/state_body_heads.txt
}

// "the Mexican Embassy", "Ukraine's Consulate": a head that names a state's body
// by itself (rules/entities/state_body_heads.txt, "alone") right after the
// state's demonym or name and its possessive.
bool BodyAloneAfterState(const Context& c, uint32_t k, uint32_t sb) {
  if (k <= sb || !(c.lex.state_body_heads.Get(c.Lower(k), 0) & 1)) return false;
  auto state = [&](uint32_t last) {
    const Hit* h = c.HitCovering(last);
    return h && h->te == last + 1 && h->tb >= sb &&
           c.lex.gazetteer.entry(h->entry).type == EntityType::kState;
  };
  if (state(k - 1)) return true;
  for (uint32_t p = 1; p <= 2; ++p)
    if (k > sb + p && c.PossessiveAfter(k - 1 - p) == p && state(k - 1 - p)) return true;
  return false;
}

// "the Ministry of Defence of Chile", "the Embassy of Mexico": a state's body
// (its head flagged "of" in rules/entities/state_body_heads.txt) whose name
// ends with "of (the)" and the state's name (not a demonym). The state stays a
// mention inside the name, so the body is that state's.
bool StateOfAtEnd(const Context& c, uint32_t left, uint32_t k, uint32_t right) {
  if (!(c.lex.state_body_heads.Get(c.Lower(k), 0) & 2)) return false;  // "of"
  const Hit* h = right > k + 2 ? c.HitCovering(right - 1) : nullptr;
  if (!h || h->te != right || h->tb <= k + 1 || h->kind != kAliasPlain ||
      c.lex.gazetteer.entry(h->entry).type != EntityType::kState)
    return false;
  const uint32_t of = c.LowerIs(h->tb - 1, "the") ? h->tb - 2 : h->tb - 1;
  if (!c.LowerIs(of, "of")) return false;
  // "the Municipal Electric Authority of Georgia": a local body
  // (rules/entities/local_body_words.txt)
  for (uint32_t t = left; t < of; ++t)
    if (c.lex.local_body_words.Contains(c.Lower(t))) return false;
  return true;
}

// After a plural of people ("People", "Workers"), the length of its
// possessive ("'s", "' s", "'"), else 0.
uint32_t CollectivePossessive(const Context& c, uint32_t i) {
  // rules/entities/collective_nouns.txt, capitalised inside a name
  if (!c.Is(i, kCap) || !c.Has(i, kWCollectiveNouns)) return 0;
  if (uint32_t p = c.PossessiveAfter(i)) return p;
  if (i + 1 < c.ntok() && (c.Tok(i + 1) == "'" || c.Tok(i + 1) == "\xE2\x80\x99") &&
      c.doc.tokens[i + 1].span.begin == c.doc.tokens[i].span.end)
    return 1;
  return 0;
}

// Extends right over "of|for|on X (and Y)" where X, Y are capitalised runs.
// After the "of" or "for" of a state body's name, a list of its fields between
// commas ending in "and": "Ministry of Economy, Trade and Industry", "Department
// for Environment, Food and Rural Affairs". Each field is one to three
// capitalised words no list knows (not "Ministry of Defence, Airbus and Boeing":
// known names; not a name of its own with a head word; a word that starts a
// title is a field, "Trade", unless the title follows: "Trade Minister X").
// Returns the end of the last
// field, or 0 when the comma at k starts no such list. `head` is the body's
// head word (a listed name covering it may cover the fields too).
uint32_t FieldList(const Context& c, uint32_t head, uint32_t k, uint32_t end) {
  const Hit* own = c.HitCovering(head);  // the listed name itself, if any
  auto field = [&](uint32_t s) {         // end of a field starting at s, or s
    uint32_t e = s;
    while (e < end && e < s + 3 && c.NameLike(e) && !HardLineStart(c, e) &&
           (!c.HitCovering(e) || c.HitCovering(e) == own) &&
           !c.Has(e, kWOrgKeywords | kWOrgLegal | kWGivenNames | kWTitleWord | kWSpeechVerbs))
      ++e;
    return e;
  };
  for (int items = 0; k < end && items < 6; ++items) {
    if (!c.IsPunct(k, ",")) return 0;
    uint32_t s = k + 1;
    const bool last = s < end && (c.LowerIs(s, "and") || c.IsPunct(s, "&"));
    if (last) ++s;
    const uint32_t e = field(s);
    if (e == s) return 0;
    if (last) return e < end && c.NameLike(e) ? 0 : e;
    if (e < end && (c.LowerIs(e, "and") || c.IsPunct(e, "&"))) {
      const uint32_t f = field(e + 1);
      return f == e + 1 || (f < end && c.NameLike(f)) ? 0 : f;
    }
    k = e;
  }
  return 0;
}

uint32_t ExtendRight(const Context& c, uint32_t j, uint32_t end) {
  auto connector = [&](uint32_t k) {
    return c.LowerIs(k, "of") || c.LowerIs(k, "for") || c.LowerIs(k, "on") ||
           c.LowerIs(k, "against");
  };
  if (j >= end || !connector(j)) return j;
  uint32_t k = j + 1;
  if (c.LowerIs(k, "the")) ++k;
  if (k >= end || !c.NameLike(k)) return j;
  uint32_t last = k + 1;
  for (k = k + 1;
       k < end && !HardLineStart(c, k) && !(c.Has(k, kWTitleWord) && c.NameLike(k + 1));) {
    // "... Congress Wu Bangguo", "... Conference Jia Qinglin": a person's name
    // after the organization's
    if (c.Has(k, kWGivenNames | kWFamilyFirst) && c.NameLike(k + 1) &&
        !c.Has(k + 1, kWOrgKeywords | kWOrgLegal) && !c.Has(k - 1, kWGivenNames))
      break;
    if (c.NameLike(k) || (c.Is(k, kAllCaps) && c.Is(k, kWordTok))) {
      last = ++k;
      // "National People's Congress", "Kurdistan Workers' Party": a people's
      // possessive inside a name
      if (const uint32_t p = CollectivePossessive(c, k - 1); p && k + p < end && c.NameLike(k + p))
        k += p;
    } else if (c.IsPunct(k, "-") && k + 1 < end && !c.doc.tokens[k].space_before &&
               !c.doc.tokens[k + 1].space_before && c.NameLike(k + 1)) {
      // "Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization":
      // capitalised words glued by a hyphen stay one name
      ++k;
    } else if (c.IsPunct(k, ",") && j > 0 && c.Has(j - 1, kWStateBodyHeads) &&
               (c.LowerIs(j, "of") || c.LowerIs(j, "for"))) {
      const uint32_t e = FieldList(c, j - 1, k, end);
      if (!e) break;
      last = k = e;
    } else if ((c.LowerIs(k, "and") || c.LowerIs(k, "of") || c.IsPunct(k, "&") ||
                c.LowerIs(k, "for") || c.LowerIs(k, "in")) &&
               k + 1 < end) {
      // "X of Y and Z": go on unless what follows is an organization of its own.
      uint32_t m = k + 1;
      if (c.LowerIs(m, "the") && !c.LowerIs(k, "and") && !c.IsPunct(k, "&")) ++m;
      uint32_t r = m;
      bool own = false;
      for (; r < end && c.NameLike(r); ++r) own = own || c.Has(r, kWOrgKeywords);
      // (a state's name is none: "Ministry of Defence of the Russian Federation")
      if (const Hit* h = own ? c.HitAt(m) : nullptr;
          h && h->te == r && c.lex.gazetteer.entry(h->entry).type == EntityType::kState)
        own = false;
      // "... of Massachusetts and Fred Judson of ...": a person's name is no part
      // after a bare "of" a head word belongs to the name ("Association of Directors
      // of Social Services"); after "and" or "of the" it starts an organization of
      // its own ("Centre for Economic Research of the Federal Institute of Technology")
      if (r == m || (own && !(c.LowerIs(k, "of") && m == k + 1)) || c.Has(m, kWGivenNames)) break;
      // "... Securities Dealers in Washington": one word after "in" is a place
      if (c.LowerIs(k, "in") && r == m + 1) break;
      k = m;
    } else {
      break;
    }
  }
  return last;
}

// A name that its acronym in brackets follows runs on to the bracket over
// capitalised words and "of", "for", "the" between them: "Bolivarian Alliance for
// the Peoples of Our America (ALBA)". Returns the new end, or j.
uint32_t AcronymTail(const Context& c, uint32_t j, uint32_t end) {
  if (j >= end || !(c.LowerIs(j, "of") || c.LowerIs(j, "for"))) return j;
  uint32_t k = j + 1;
  // (a head word there starts an organization of its own: "Ministry of X of
  // the Y Programme (YP)")
  while (k < end && k < j + 6 && !HardLineStart(c, k) && !c.Has(k, kWOrgKeywords) &&
         ((c.Is(k, kCap) && c.Is(k, kWordTok)) || c.LowerIs(k, "of") || c.LowerIs(k, "for") ||
          c.LowerIs(k, "the")))
    ++k;
  if (k + 2 >= end || k == j + 1 || !c.Is(k - 1, kCap) || !c.IsPunct(k, "(") ||
      !c.Is(k + 1, kAllCaps) || !c.IsPunct(k + 2, ")"))
    return j;
  return k;
}

void Emit(Context* c, uint32_t tb, uint32_t te, const char* rule, std::string label) {
  Cand cand;
  cand.m = c->MakeMention(tb, te, EntityType::kOrganization, rule);
  cand.m.label = std::move(label);
  cand.prio = 5;
  cand.container = true;
  cand.prefix_nesting = true;
  c->cands.push_back(std::move(cand));
}

// The gazetteer's organization of this label, if any ("Proofpoint" of "Proofpoint.Inc").
void KnownName(Context* c, Mention* m) {
  if (const GazEntry* e = c->lex.gazetteer.Named(m->label, EntityType::kOrganization)) {
    m->node = e->id;
    m->label = e->label;
  }
}

// Label without a legal suffix ("Microsoft Corp" -> "Microsoft") and without a
// leading state name when the rest is a known organization.
std::string OrgLabel(Context* c, uint32_t tb, uint32_t te, uint32_t name_end, std::string* node) {
  const Hit* st = nullptr;
  for (uint32_t k = tb; k + 1 < name_end; ++k) {
    if (!StateNameHitEndingAt(*c, k, &st) || st->tb != tb) continue;
    std::string rest = c->Surface(k + 1, name_end);
    if (const std::vector<AliasRef>* refs = c->lex.gazetteer.ExactRefs(rest)) {
      const GazEntry& e = c->lex.gazetteer.entry(refs->front().entry);
      if (e.type == EntityType::kOrganization) {
        *node = e.id;
        return e.label;
      }
    }
  }
  (void)te;
  return c->Surface(tb, name_end);
}

struct TeamPair {
  uint32_t b, e;
  bool strong;
};

// FindTeams at capitalised token k (flags f): adds the name starting there
// to *line when a score follows it. Returns the last token of the name, or
// k. (Out of line: the loop over all tokens stays small.)
__attribute__((noinline)) uint32_t TeamAt(const Context& c, uint32_t k, uint16_t f,
                                          std::vector<TeamPair>* line) {
  const uint32_t n = c.ntok();
  auto number = [&](uint32_t j) {
    return j < n && c.doc.tokens[j].kind == TokenKind::kNumber && !c.Is(j, kLineStart) &&
           !c.Is(j, kInDate);
  };
  if (!((f & kLineStart) || c.IsPunct(k - 1, ",") || c.IsPunct(k - 1, ";"))) return k;
  if (!c.NameLike(k) || c.HitCovering(k)) return k;
  uint32_t e = k;
  while (e < n && e < k + 3 && (e == k || !c.Is(e, kLineStart)) && c.NameLike(e) &&
         !c.HitCovering(e))
    ++e;
  uint32_t after = e;
  bool strong = false;
  if (c.IsPunct(after, "(") && c.HitAt(after + 1) && c.IsPunct(c.HitAt(after + 1)->te, ")")) {
    after = c.HitAt(after + 1)->te + 1;
    strong = true;
  }
  if (number(after)) {
    strong = strong || (number(after + 1) && number(after + 2));
    line->push_back({k, e, strong});
  }
  return e - 1;
}

}  // namespace

// Sports results: a team is a capitalised name at a line start (or after a
// comma) followed by its score, where the line shows it is a results line: two
// such pairs ("Somerset 83 , Leicestershire 296"), a standings row of three
// numbers or more ("Haitai 64 2 43"), or a country in brackets
// ("Benetton ( Italy ) 92"). Financial tables ("Shr 1.20 dlrs") have none.
void FindTeams(Context* c) {
  const uint32_t n = c->ntok();
  std::vector<TeamPair> line;
  auto flush = [&]() {
    size_t pairs = line.size();
    for (const TeamPair& p : line) {
      if (!p.strong && pairs < 2) continue;
      Emit(c, p.b, p.e, "org.team", c->Surface(p.b, p.e));
      c->cands.back().prio = 1;
      c->cands.back().container = false;
    }
    line.clear();
  };
  // Most tokens fail the first tests: the loop stays small, the rest is TeamAt.
  for (uint32_t k = 0; k < n; ++k) {
    const uint16_t f = c->Flags(k);
    if (f & kLineStart) flush();
    if ((f & (kCap | kCapsLine)) != kCap) continue;
    k = TeamAt(*c, k, f, &line);
  }
  flush();
}
void FindOrganizations(Context* c) {
  FindTeams(c);
  const uint32_t n = c->ntok();
  for (uint32_t k = 0; k < n; ++k) {
    const uint16_t f = c->Flags(k);
    if ((f & (kWordTok | kCapsLine | kInDate)) != kWordTok) continue;
    if (!(f & kCap) && !c->Has(k, kWOrgLegal)) continue;  // each rule below needs one of them
    std::string_view tok = c->Tok(k);
    // Most capitalised words start none of the rules below: no keyword or legal
    // class, and no period after them or inside them.
    if (!(f & kBeforePeriod) && !c->Has(k, kWOrgKeywords | kWOrgLegal) &&
        tok.find('.', 2) == std::string_view::npos)
      continue;
    const uint32_t sb = c->SentBegin(k), se = c->SentEnd(k);
    // Glued company suffix: "Proofpoint.Inc".
    size_t dot =
        c->Is(k, kCap) && tok.size() > 3 ? tok.rfind('.', tok.size() - 2) : std::string_view::npos;
    if (dot != std::string_view::npos && dot > 1) {
      std::string_view suffix = tok.substr(dot + 1);
      if (c->lex.org_legal.Contains(suffix)) {
        Emit(c, k, k + 1, "org.glued-suffix", std::string(tok.substr(0, dot)));
        KnownName(c, &c->cands.back().m);
        continue;
      }
    }
    // Tokenized apart: "Proofpoint" "." "Inc" with no space between.
    if (c->Is(k, kCap) && k + 2 < se && c->IsPunct(k + 1, ".") && c->Has(k + 2, kWOrgLegal) &&
        c->doc.tokens[k + 1].span.begin == c->doc.tokens[k].span.end &&
        c->doc.tokens[k + 2].span.begin == c->doc.tokens[k + 1].span.end) {
      Emit(c, k, k + 3, "org.glued-suffix", std::string(tok));
      KnownName(c, &c->cands.back().m);
      k += 2;
      continue;
    }
    bool keyword =
        c->Is(k, kCap) && c->Has(k, kWOrgKeywords) && !(k > sb && c->Has(k - 1, kWCompassWords));
    bool legal = k > sb && c->Has(k, kWOrgLegal);
    if (!keyword && !legal) continue;
    uint32_t left = k;
    for (bool more = true; more;) {
      while (left > sb && !HardLineStart(*c, left) &&
             OrgModifier(*c, left - 1, (legal && !keyword) || (keyword && !StateBodyHead(*c, k))) &&
             !c->Has(left - 1, kWOrgLegal))
        --left;
      // "Tigray People's Liberation Front": a people's possessive inside the
      // name, with a word of the name before it
      bool crossed = false;
      if (keyword && left > sb + 2 && left <= k) {
        for (uint32_t p = 1; p <= 2 && left > sb + p + 1; ++p) {
          const uint32_t q = left - 1 - p;
          // ... or the article before it: "the People's National Movement"
          if (CollectivePossessive(*c, q) == p &&
              ((OrgModifier(*c, q - 1, true) && !c->HitCovering(q - 1)) ||
               c->LowerIs(q - 1, "the"))) {
            left = q;
            crossed = true;
            break;
          }
        }
      }
      // a state body's head needs a word after the joint ("House and Senate" are two)
      uint32_t joint = left < k || (keyword && !StateBodyHead(*c, k))
                           ? JointLeft(*c, left, sb, legal && !keyword)
                           : left;
      more = joint < left || crossed;
      left = joint;
    }
    // "BMD of New England Inc": a company's own name before "of" its town
    if (legal && !keyword && left < k && left > sb + 1 && c->LowerIs(left - 1, "of") &&
        !HardLineStart(*c, left - 1)) {
      uint32_t q = left - 1;
      while (q > sb && left - 1 - q < 3 && c->Is(q - 1, kCap) && c->Is(q - 1, kWordTok) &&
             !c->HitCovering(q - 1) && !HardLineStart(*c, q) &&
             !c->Has(q - 1, kWTitles | kWTitleWord | kWRoleNouns | kWFunctionWords | kWOrgLegal |
                                kWOrgKeywords))
        --q;
      // a capitalised first word of a sentence may be any word ("Shares of X
      // Inc"); a person's name is no company's ("analyst Ray Stone of X Inc")
      bool person = q > sb && c->Has(q - 1, kWRoleNouns | kWTitles);
      person = person || c->Has(q, kWGivenNames | kWGivenAmbiguous | kWFamilyFirst) ||
               c->Has(left - 2, kWSurnames | kWSurnameAmbiguous);
      if (q < left - 1 && (q > sb || c->Is(q, kAllCaps)) && !person) left = q;
    }
    // "Intermediate-Range Nuclear Forces Treaty": a listed name runs on
    // across a hyphen into the words before the head; "Range Nuclear
    // Forces" is a fragment of it, no organization
    if (left > sb + 1 && c->IsPunct(left - 1, "-") && !c->doc.tokens[left].space_before &&
        !c->doc.tokens[left - 1].space_before) {
      const Hit* h = c->HitCovering(left);
      if (h && h->tb < left - 1) continue;
    }
    const Hit* st = nullptr;
    if (left > sb && StateNameHitEndingAt(*c, left - 1, &st) && st->tb >= sb) left = st->tb;
    // "the All India Kisan Federation", "the ruling All Progressives Congress":
    // a capitalised "All" inside a sentence opens the name (a sentence's first
    // word is a quantifier: "All European Union members")
    // (nor before a name known by itself: "said All European Union members")
    const Hit* known = c->HitCovering(left);
    if (keyword && left > sb + 1 && c->Tok(left - 1) == "All" && !c->Is(left - 1, kCapsLine) &&
        !HardLineStart(*c, left - 1) && !(known && known->tb == left && known->te > k))
      --left;
    if (left == k && legal) continue;  // "Inc." alone
    uint32_t right = keyword ? AcronymTail(*c, ExtendRight(*c, k + 1, se), se) : k + 1;
    uint32_t name_end = right;
    if (keyword && right < se && c->Has(right, kWOrgLegal)) {
      ++right;
      // a company's name keeps its leading demonym ("Swiss Bank Corp")
      const Hit* d = left > sb ? c->HitCovering(left - 1) : nullptr;
      if (d && d->kind == kAliasDemonym && d->te == left && d->tb >= sb) left = d->tb;
    }
    if (right - left < 2 && !(keyword && right == k + 1 && BodyAloneAfterState(*c, k, sb)))
      continue;
    // the label leaves out "Inc." unless what is left is a bare head word ("News Corp")
    if (legal && !(k == left + 1 && c->Has(left, kWOrgKeywords))) name_end = k;
    if (keyword && name_end == left + 1 && right > name_end) name_end = right;
    if (legal && !keyword && right < se && c->Has(right, kWOrgLegal) && !HardLineStart(*c, right))
      ++right;  // "Co NV", "Co Ltd"
    // "Trading Corp of Pakistan Ltd", "Aluminum Co of Canada Ltd": a place
    // between two legal words belongs to the name.
    if (right < se && c->LowerIs(right, "of")) {
      uint32_t r = right + 1;
      while (r < se && r < right + 4 && (c->NameLike(r) || c->HitCovering(r)) &&
             !c->Has(r, kWOrgLegal) && !HardLineStart(*c, r))
        ++r;
      if (r > right + 1 && r < se && c->Has(r, kWOrgLegal) && !HardLineStart(*c, r)) {
        name_end = r;
        right = r + 1;
      } else if (legal && r > right + 1 && (r >= se || !c->IsPunct(r, "(")) &&
                 !c->HitCovering(right + 1)) {
        // "Financial Corp of Santa Barbara": a company's town; a state stays
        // out ("Renault of France" is Renault, from France)
        bool place = true;
        for (uint32_t q = right + 1; q < r; ++q) place = place && !c->HitCovering(q);
        // the label keeps the town only when the name alone would be one word
        if (place) {
          right = r;
          if (k - left < 2) name_end = r;
        }
      }
    }
    std::string node;
    std::string label = OrgLabel(c, left, right, name_end, &node);
    Emit(c, left, right,
         legal ? "org.legal-suffix" : (right > k + 1 ? "org.keyword-of" : "org.keyword"),
         std::move(label));
    c->cands.back().state_suffix =
        keyword && StateBodyHead(*c, k) && StateOfAtEnd(*c, left, k, right);
    if (!node.empty()) c->cands.back().m.node = node;
    if (legal || node.empty()) KnownName(c, &c->cands.back().m);  // a listed name
    k = right - 1;
  }
}

}  // namespace ner
}  // namespace actorgraph
