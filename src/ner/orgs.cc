// Organizations not in the gazetteer, by their form: "University of X",
// "X University", "Centre for X and Y", "Ministry of X", "X Department",
// "X Inc.", glued "X.Inc".
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
  if (!c.NameLike(i) && !(c.Is(i, kAllCaps) && c.Is(i, kWordTok))) return false;
  const Hit* h = c.HitCovering(i);
  if (h && h->kind == kAliasCombining) return false;
  if (h && h->kind == kAliasDemonym && !company) return false;
  return !c.Has(i, kWSpeechVerbs);
}

// Extends right over "of|for|on X (and Y)" where X, Y are capitalised runs.
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
       k < end && !c.Is(k, kLineStart) && !(c.Has(k, kWTitleWord) && c.NameLike(k + 1));) {
    if (c.NameLike(k) || (c.Is(k, kAllCaps) && c.Is(k, kWordTok))) {
      last = ++k;
    } else if ((c.LowerIs(k, "and") || c.LowerIs(k, "of") || c.IsPunct(k, "&") ||
                c.LowerIs(k, "for") || c.LowerIs(k, "in")) &&
               k + 1 < end) {
      // "X of Y and Z": go on unless what follows is an organization of its own.
      uint32_t m = k + 1;
      if (c.LowerIs(m, "the") && !c.LowerIs(k, "and") && !c.IsPunct(k, "&")) ++m;
      uint32_t r = m;
      bool own = false;
      for (; r < end && c.NameLike(r); ++r) own = own || c.Has(r, kWOrgKeywords);
      if (r == m || own) break;
      k = m;
    } else {
      break;
    }
  }
  return last;
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
  uint32_t node = c->lex.gazetteer.exact().Find(m->label);
  const std::vector<AliasRef>* refs =
      node == ByteTrie::kNone ? nullptr : c->lex.gazetteer.ExactAt(node);
  if (!refs) return;
  for (const AliasRef& r : *refs) {
    const GazEntry& e = c->lex.gazetteer.entry(r.entry);
    if (e.type != EntityType::kOrganization) continue;
    m->node = e.id;
    m->label = e.label;
    return;
  }
}

// Label without a legal suffix ("Microsoft Corp" -> "Microsoft") and without a
// leading state name when the rest is a known organization.
std::string OrgLabel(Context* c, uint32_t tb, uint32_t te, uint32_t name_end, std::string* node) {
  const Hit* st = nullptr;
  for (uint32_t k = tb; k + 1 < name_end; ++k) {
    if (!StateNameHitEndingAt(*c, k, &st) || st->tb != tb) continue;
    std::string rest = c->Surface(k + 1, name_end);
    uint32_t trie_node = c->lex.gazetteer.exact().Find(rest);
    const std::vector<AliasRef>* refs =
        trie_node == ByteTrie::kNone ? nullptr : c->lex.gazetteer.ExactAt(trie_node);
    if (refs) {
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

}  // namespace

// Sports results: a team is a capitalised name at a line start (or after a
// comma) followed by its score, where the line shows it is a results line: two
// such pairs ("Somerset 83 , Leicestershire 296"), a standings row of three
// numbers or more ("Haitai 64 2 43"), or a country in brackets
// ("Benetton ( Italy ) 92"). Financial tables ("Shr 1.20 dlrs") have none.
void FindTeams(Context* c) {
  const uint32_t n = c->ntok();
  struct Pair {
    uint32_t b, e;
    bool strong;
  };
  std::vector<Pair> line;
  auto flush = [&]() {
    size_t pairs = line.size();
    for (const Pair& p : line) {
      if (!p.strong && pairs < 2) continue;
      Emit(c, p.b, p.e, "org.team", c->Surface(p.b, p.e));
      c->cands.back().prio = 1;
      c->cands.back().container = false;
    }
    line.clear();
  };
  auto number = [&](uint32_t k) {
    return k < n && c->doc.tokens[k].kind == TokenKind::kNumber && !c->Is(k, kLineStart) &&
           !c->Is(k, kInDate);
  };
  for (uint32_t k = 0; k < n; ++k) {
    if (c->Is(k, kLineStart)) flush();
    if (c->Is(k, kCapsLine) || !c->NameLike(k) || c->HitCovering(k)) continue;
    if (!(c->Is(k, kLineStart) || c->IsPunct(k - 1, ",") || c->IsPunct(k - 1, ";"))) continue;
    uint32_t e = k;
    while (e < n && e < k + 3 && (e == k || !c->Is(e, kLineStart)) && c->NameLike(e) &&
           !c->HitCovering(e))
      ++e;
    uint32_t after = e;
    bool strong = false;
    if (c->IsPunct(after, "(") && c->HitAt(after + 1) && c->IsPunct(c->HitAt(after + 1)->te, ")")) {
      after = c->HitAt(after + 1)->te + 1;
      strong = true;
    }
    if (number(after)) {
      strong = strong || (number(after + 1) && number(after + 2));
      line.push_back({k, e, strong});
    }
    k = e - 1;
  }
  flush();
}

void FindOrganizations(Context* c) {
  FindTeams(c);
  const uint32_t n = c->ntok();
  for (uint32_t k = 0; k < n; ++k) {
    if (c->Is(k, kCapsLine) || c->Is(k, kInDate) || !c->Is(k, kWordTok)) continue;
    std::string_view tok = c->Tok(k);
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
    while (left > sb && !c->Is(left, kLineStart) && OrgModifier(*c, left - 1, legal && !keyword) &&
           !c->Has(left - 1, kWOrgLegal))
      --left;
    const Hit* st = nullptr;
    if (left > sb && StateNameHitEndingAt(*c, left - 1, &st) && st->tb >= sb) left = st->tb;
    if (left == k && legal) continue;  // "Inc." alone
    uint32_t right = keyword ? ExtendRight(*c, k + 1, se) : k + 1;
    uint32_t name_end = right;
    if (keyword && right < se && c->Has(right, kWOrgLegal)) ++right;
    if (right - left < 2) continue;
    if (legal) name_end = k;  // label leaves out "Inc."
    std::string node;
    std::string label = OrgLabel(c, left, right, name_end, &node);
    Emit(c, left, right,
         legal ? "org.legal-suffix" : (right > k + 1 ? "org.keyword-of" : "org.keyword"),
         std::move(label));
    if (!node.empty()) c->cands.back().m.node = node;
    if (legal) KnownName(c, &c->cands.back().m);
    k = right - 1;
  }
}

}  // namespace ner
}  // namespace actorgraph
