// Organizations of unknown names by where a person's post is held ("an
// analyst at GlobalData", "a researcher at the Central Asia Program of X
// University") or by the firms a plural noun lists ("Chinese firms, including
// Tianqi Lithium"): finders 6 to 8 of FindNamedGroups.
#include <string>

#include "ner/context.h"

namespace actorgraph {
namespace ner {

namespace {

// "ClientEarth", "GlobalData": one word, a capital, lower-case letters, then
// a capital inside followed by lower case again. Not a family name's prefix
// ("McDonald", "MacArthur", "DeSantis", "LeBlanc", "DiMaggio", "VanDyke").
bool CamelCase(std::string_view w) {
  if (w.size() < 6 || w[0] < 'A' || w[0] > 'Z') return false;
  static const char* kPrefixes[] = {"Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "Du"};
  size_t inner = 0;
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    const char ch = w[i];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return false;
    if (ch >= 'A' && ch <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z' && w[i + 1] >= 'a' &&
        w[i + 1] <= 'z' && !inner)
      inner = i;
  }
  if (!inner || w.back() < 'a' || w.back() > 'z') return false;
  for (const char* p : kPrefixes)
    if (w.substr(0, inner) == p) return false;
  return true;
}

// 6. "lawyers at ClientEarth", "an analyst at GlobalData": a one-word name
// written in CamelCase where a person's post is held is an organization.
void CamelCaseAtPost(Context* c) {
  const uint32_t n = c->ntok();
  for (uint32_t k = 2; k < n; ++k) {
    if (!c->LowerIs(k - 1, "at") || !c->Is(k - 2, kLower) || c->HitCovering(k)) continue;
    if (!CamelCase(c->Tok(k))) continue;
    if (k + 1 < n && c->NameLike(k + 1) && !c->Is(k + 1, kSentStart)) continue;  // a longer name
    std::string_view post = c->Lower(k - 2);
    if (!c->Has(k - 2, kWRoleNouns) &&
        !(post.size() > 4 && post.back() == 's' &&
          c->lex.role_nouns.Contains(post.substr(0, post.size() - 1))))
      continue;
    EmitNamedGroup(c, k, k + 1, "org.camel-case-at-post");
  }
}

// 7. "a researcher at the Central Asia Program of X University", "an analyst at
// Kestrel Economics,", "a senior official at the WHO Health Emergencies
// Programme.": the capitalised name of unknown words where a person's post is
// held, ending the clause (or before "of" and a known body), is an organization.
void NameAtPost(Context* c) {
  const uint32_t n = c->ntok();
  for (uint32_t k = 2; k + 1 < n; ++k) {
    if (!c->LowerIs(k - 1, "at") || !c->Is(k - 2, kLower)) continue;
    // (one post: "told reporters at the New York Auto Show" is where they were)
    if (!c->Has(k - 2, kWRoleNouns)) continue;
    const uint32_t se = c->SentEnd(k);
    const uint32_t s = k + (c->LowerIs(k, "the") ? 1 : 0);
    uint32_t e = s;
    while (e < se && e < s + 5 && c->NameLike(e) && !c->Is(e, kCapsLine) && !c->Is(e, kInDate)) ++e;
    if (e < s + 2 || e >= se) continue;  // one word: CamelCaseAtPost, or a place
    // the clause ends, or "of" and a known body follow (the body it belongs to)
    const bool ends = c->IsPunct(e, ",") || c->IsPunct(e, ".") || c->IsPunct(e, ";") ||
                      c->IsPunct(e, ")") || c->LowerIs(e, "in") || c->LowerIs(e, "who");
    const Hit* after = e + 1 < se ? c->HitAt(e + 1) : nullptr;
    const bool of_body = c->LowerIs(e, "of") && after &&
                         c->lex.gazetteer.entry(after->entry).type == EntityType::kOrganization;
    bool of_new = c->LowerIs(e, "of") && e + 1 < se && c->Has(e + 1, kWOrgKeywords);
    for (const Cand& o : c->cands)
      of_new = of_new || (c->LowerIs(e, "of") && o.m.token_begin == e + 1 &&
                          o.m.type == EntityType::kOrganization);
    if (!ends && !of_body && !of_new) continue;
    // "a spokeswoman at Fort Bliss, Texas": a place's name before its region
    if (c->IsPunct(e, ",") && e + 1 < se && c->lex.place_names.Contains(c->Lower(e + 1))) continue;
    // a known name, or one another finder took, wholly or in part (not a known
    // body it starts with: "the WHO Health Emergencies Programme")
    bool taken = false;
    for (uint32_t q = s; q < e && !taken; ++q) {
      const Hit* h = c->HitCovering(q);
      taken = h && (h->te >= e || c->lex.gazetteer.entry(h->entry).type == EntityType::kState ||
                    c->lex.gazetteer.entry(h->entry).type == EntityType::kPerson);
    }
    for (const Cand& o : c->cands)
      taken = taken || (o.m.token_begin < e && o.m.token_end > s &&
                        !(o.m.token_end < e && o.m.rule == "gazetteer"));
    if (taken || c->Has(s, kWGivenNames)) continue;
    EmitNamedGroup(c, s, e, "org.name-at-post");
  }
}

// 8. "Chinese firms, including Tianqi Lithium, which", "lenders such as Kestrel
// Bank and Vardo Capital": the names of unknown words a plural noun of firms
// (rules/entities/company_nouns.txt) lists are organizations.
void ListAfterFirms(Context* c) {
  const uint32_t n = c->ntok();
  for (uint32_t k = 0; k + 3 < n; ++k) {
    if (!c->Is(k, kLower)) continue;
    const std::string_view w = c->Lower(k);
    if (w.size() < 4 || w.back() != 's') continue;
    std::string one(w.substr(0, w.size() - 1));
    if (w.size() > 4 && w.substr(w.size() - 3) == "ies")
      one = std::string(w.substr(0, w.size() - 3)) + "y";
    if (!c->lex.company_nouns.Contains(one) || c->lex.group_nouns.Contains(one)) continue;
    // ("storage platforms including Redis", "units such as", "exchanges such as Nasdaq":
    // products, parts and places as much as firms)
    if (one == "platform" || one == "unit" || one == "actor" || one == "cell" ||
        one == "exchange" || one == "parliament" || one == "legislature")
      continue;
    uint32_t j = k + 1 + (c->IsPunct(k + 1, ",") ? 1 : 0);
    if (c->LowerIs(j, "including")) {
      ++j;
    } else if (c->LowerIs(j, "such") && c->LowerIs(j + 1, "as")) {
      j += 2;
    } else {
      continue;
    }
    const uint32_t se = c->SentEnd(k);
    while (j < se) {
      const uint32_t e = NameAfter(*c, j, se);
      if (e == j || e > se || c->Has(j, kWGivenNames | kWGivenAmbiguous)) break;
      bool taken = false;
      for (const Cand& o : c->cands) taken = taken || (o.m.token_begin < e && o.m.token_end > j);
      if (!taken) EmitNamedGroup(c, j, e, "org.listed-firm");
      if (e + 1 < se && (c->LowerIs(e, "and") || (c->IsPunct(e, ",") && c->NameLike(e + 1)))) {
        j = e + 1 + (c->LowerIs(e + 1, "and") ? 1 : 0);
      } else {
        break;
      }
    }
  }
}

}  // namespace

void FindOrganizationsAtPosts(Context* c) {
  CamelCaseAtPost(c);
  NameAtPost(c);
  ListAfterFirms(c);
}

}  // namespace ner
}  // namespace actorgraph
