// Companies shown by what the sentence says they do: "Nexperia said in a
// statement" at a sentence's start (rules/entities/statement_nouns.txt),
// "Shares in Orsted fell"
// (rules/entities/share_verbs.txt). Runs after the persons are found: a name
// a person of the story bears is that person's.
#include <string>

#include "ner/context.h"

namespace actorgraph {
namespace ner {
namespace {

// A word of an unknown company's name (as described.cc reads them).
bool CompanyTok(const Context& c, uint32_t i) {
  return c.NameLike(i) && !c.Is(i, kCapsLine) && !c.HitCovering(i) && c.Tok(i).size() >= 2 &&
         !c.Has(i, kWGivenNames | kWGivenAmbiguous | kWSurnames | kWSurnameAmbiguous |
                       kWFamilyFirst | kWTitles | kWTitleWord | kWRoleNouns | kWPlaceWords |
                       kWOrgLegal | kWSpeechVerbs | kWTreatyHeads | kWCompassWords | kWCurrencies |
                       kWActorVerbs);
}

// Is the name of tokens [b, e) another's: covered by another candidate, a
// word of a person's name, or (one word) the last word of a name elsewhere?
bool Claimed(const Context& c, uint32_t b, uint32_t e) {
  for (const Cand& cand : c.cands) {
    const Mention& m = cand.m;
    if (m.token_begin < e && b < m.token_end) return true;
    if (m.type != EntityType::kPerson) continue;
    for (uint32_t t = m.token_begin; t < m.token_end; ++t)
      for (uint32_t q = b; q < e; ++q)
        if (c.Lower(t) == c.Lower(q)) return true;  // "ElBaradei" ... "Elbaradei"
  }
  // the last word of a two-word name elsewhere: "Rich Campagna ... Campagna said"
  if (e > b + 1) return false;
  const std::string_view last = c.Lower(b);
  for (uint32_t t = 1; t < c.ntok(); ++t)
    if ((t < b || t >= e) && c.Lower(t) == last && c.NameLike(t - 1) && !c.HitCovering(t - 1))
      return true;
  return false;
}

void Emit(Context* c, uint32_t tb, uint32_t te, const char* rule) {
  if (KnownOrShort(*c, tb, te) || Claimed(*c, tb, te)) return;
  AddOrganizationCandidate(c, tb, te, rule);
}

// "said in a statement", "said in an emailed statement", "said in a stock
// exchange filing": token k is "said".
bool SaidInStatement(const Context& c, uint32_t k, uint32_t se) {
  if (!c.LowerIs(k + 1, "in")) return false;
  uint32_t j = k + 2;
  if (!(c.LowerIs(j, "a") || c.LowerIs(j, "an") || c.LowerIs(j, "its"))) return false;
  for (++j; j < se && j < k + 7 && c.Is(j, kLower); ++j)
    if (c.lex.statement_nouns.Contains(c.Lower(j))) return true;
  return false;
}

// A capitalised word that reads as a common noun: a plural ("Police",
// "Prosecutors", "Officials"), or a word the story also writes in lower case.
bool CommonNoun(const Context& c, uint32_t i) {
  const std::string_view w = c.Tok(i), low = c.Lower(i);
  if (w.size() < 3 || c.Is(i, kAllCaps)) return false;
  bool inner_cap = false;
  for (size_t q = 1; q < w.size(); ++q) inner_cap |= w[q] >= 'A' && w[q] <= 'Z';
  if (inner_cap) return false;  // "PayPal", "DeepMind"
  if (low.back() == 's' || low == "police" || low == "people") return true;
  const std::string& t = c.doc.text;
  for (size_t p = t.find(low); p != std::string::npos; p = t.find(low, p + 1)) {
    const bool start = p == 0 || !Gazetteer::IsAlnum(t[p - 1]);
    const bool end = p + low.size() >= t.size() || !Gazetteer::IsAlnum(t[p + low.size()]);
    if (start && end) return true;
  }
  return false;
}

}  // namespace

void FindCompanyContexts(Context* c) {
  const uint32_t n = c->ntok();
  for (uint32_t k = 1; k + 3 < n; ++k) {
    // (the cheap tests first: only "said", "in" and "of" start a cue)
    const size_t size = c->doc.tokens[k].span.size();
    if (size != 4 && size != 2) continue;
    const uint16_t f = c->Flags(k);
    if ((f & (kLower | kCapsLine | kInDate)) != kLower) continue;
    const std::string_view w = c->Lower(k);
    if (size == 4 ? w != "said" : !((w == "in" || w == "of") && c->LowerIs(k - 1, "shares")))
      continue;
    const uint32_t sb = c->SentBegin(k), se = c->SentEnd(k);
    // 1. "Nexperia said in a statement": the name opens the sentence
    if (w == "said" && SaidInStatement(*c, k, se)) {
      uint32_t b = k;
      while (b > sb && k - b < 3 && CompanyTok(*c, b - 1)) --b;
      if (b == k) continue;
      // At a sentence's start only: after a quotation ("\"...,\" Lieu said in
      // a statement") most such names are people's.
      if (b != sb) continue;
      // a sentence's first word may be any noun: "Police said in a statement"
      if (k == b + 1 && CommonNoun(*c, b)) continue;
      Emit(c, b, k, "org.statement");
      continue;
    }
    // 2. "Shares in Orsted fell": the name between "shares in/of" and a verb
    if ((w == "in" || w == "of") && k > sb && c->LowerIs(k - 1, "shares")) {
      uint32_t e = k + 1;
      while (e < se && e < k + 4 && CompanyTok(*c, e)) ++e;
      if (e == k + 1 || e >= se || !c->Is(e, kLower) || !c->lex.share_verbs.Contains(c->Lower(e)))
        continue;
      Emit(c, k + 1, e, "org.shares");
    }
  }
}

}  // namespace ner
}  // namespace actorgraph
