// Names spelled out before their acronym in brackets: "the Alliance Fleuve
// Congo (AFC)", "the Mouvement Patriotique du Salut (MPS)". The capitalised
// words whose initials make the acronym are one organization's name, whatever
// words they are, when one of them names a body ("Alliance", "Agency",
// "Workers") or a state (which stays a state inside the name). Function words
// in lower case between them spell nothing ("Union for the Mediterranean (UfM)"
// is found by its keyword anyway).
#include <cctype>

#include "ner/context.h"

namespace actorgraph {
namespace ner {

namespace {

// The first token of the name before "(" at token p whose capitalised words'
// initials spell `acronym`, or p when there is none.
uint32_t SpelledStart(const Context& c, uint32_t p, std::string_view acronym) {
  const uint32_t sb = c.SentBegin(p);
  size_t need = acronym.size();
  uint32_t k = p;
  while (k > sb && need > 0) {
    const uint32_t t = k - 1;
    if (c.Is(t, kLower) && c.Has(t, kWFunctionWords) && k < p) {
      k = t;  // "of", "du", "for"
      continue;
    }
    if (!c.Is(t, kCap) || c.Is(t, kAllCaps) || !c.Is(t, kWordTok) || c.Is(t, kCapsLine) ||
        c.Is(t, kInDate))
      return p;
    const char first = c.Tok(t)[0];
    if (std::toupper(static_cast<unsigned char>(first)) != acronym[need - 1]) return p;
    --need;
    k = t;
  }
  if (need > 0 || c.Is(k, kLower)) return p;
  return k;
}

}  // namespace

void FindSpelledAcronymNames(Context* c) {
  const uint32_t n = c->ntok();
  for (uint32_t p = 3; p + 2 < n; ++p) {
    if (!c->IsPunct(p, "(") || !c->IsPunct(p + 2, ")")) continue;
    const uint32_t a = p + 1;
    if (!c->Is(a, kAllCaps) || !c->Is(a, kWordTok) || c->Has(a, kWAcronymStop)) continue;
    const std::string_view acronym = c->Tok(a);
    if (acronym.size() < 2 || acronym.size() > 6) continue;
    bool letters = true;
    for (char ch : acronym) letters = letters && ch >= 'A' && ch <= 'Z';
    if (!letters) continue;
    const uint32_t b = SpelledStart(*c, p, acronym);
    if (b == p) continue;
    // (a state, a treaty, a person or a body found in these words keeps them)
    const Hit* h = c->HitAt(b);
    if (h && h->te >= p) continue;
    bool taken = false;
    for (const Cand& k : c->cands)  // (its part already found as a body's name keeps it)
      if (k.m.token_begin < p && k.m.token_end > b && k.m.type != EntityType::kState) taken = true;
    if (taken) continue;
    // A word of bodies ("Alliance", "Agency", "Workers", "Ltd") or a state's name
    // makes it a body's name: "Liquid Crystal Display (LCD)" names a thing.
    bool body = false;
    for (uint32_t t = b; t < p && !body; ++t) {
      const Hit* in = c->HitCovering(t);
      body = c->Has(t, kWOrgKeywords | kWOrgLegal | kWCollectiveNouns) ||
             (in && c->lex.gazetteer.entry(in->entry).type == EntityType::kState);
    }
    if (!body) continue;
    Cand cand;
    cand.m = c->MakeMention(b, p, EntityType::kOrganization, "org.spelled-acronym");
    cand.m.label = c->Surface(b, p);
    cand.prio = 4;
    cand.container = true;  // "Alliance Fleuve Congo": Congo stays a state inside it
    c->cands.push_back(std::move(cand));
  }
}

}  // namespace ner
}  // namespace actorgraph
