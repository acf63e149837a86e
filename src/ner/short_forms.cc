// States called by a compass word alone once the story has named them: "North
// Korea fired a missile. Japan accused the North of ..." (the word list and
// the states it may mean: rules/entities/short_form_states.txt).
#include "ner/context.h"

namespace actorgraph {
namespace ner {

namespace {

// What may follow a state's body called by one word: its possessive, a
// punctuation mark, a function word or a verb ("Treasury said", "the Treasury
// sanctioned", "Treasury's statement"); not a noun it qualifies ("Treasury
// yields", "Treasury bills").
bool BodyActs(const Context& c, uint32_t i) {
  const uint32_t j = i + 1;
  if (j >= c.ntok() || c.PossessiveAfter(i)) return true;
  if (c.doc.tokens[j].kind == TokenKind::kPunct)
    return !c.IsPunct(j, "-") || c.doc.tokens[j].space_before;
  if (!c.Is(j, kLower) || !c.Is(j, kWordTok)) return false;
  const std::string_view w = c.Lower(j);
  // "Treasury notes and bonds", "five-year Treasury notes.": a plural noun, not
  // the verb of "Treasury notes that"
  if (w.back() == 's' && (j + 1 >= c.ntok() || c.LowerIs(j + 1, "and") || c.LowerIs(j + 1, "or") ||
                          c.doc.tokens[j + 1].kind == TokenKind::kPunct))
    return false;
  if (c.Has(j, kWFunctionWords | kWAdverbs | kWActorVerbs | kWSpeechVerbs)) return true;
  return w.size() > 4 && w.substr(w.size() - 2) == "ed" && !c.Has(j, kWPlacePreps);
}

// "Treasury" alone after the United States was named: the US Treasury
// (rules/entities/short_form_bodies.txt). Never right after another
// capitalised word ("HM Treasury", "the Australian Treasury").
void FindShortFormBodies(Context* c) {
  const auto& forms = c->lex.short_form_bodies;
  const uint32_t n = c->ntok();
  size_t next_hit = 0;
  for (uint32_t i = 0; i < n; ++i) {
    while (next_hit < c->hits.size() && c->hits[next_hit].tb < i) ++next_hit;
    if ((c->Flags(i) & (kCap | kWordTok | kCapsLine | kInDate)) != (kCap | kWordTok)) continue;
    if (c->HitCovering(i)) continue;
    const std::string_view w = c->Tok(i);
    bool known = false;
    for (const auto& f : forms) known = known || f.word == w;
    if (!known) continue;
    if (i > c->SentBegin(i) && (c->Is(i - 1, kCap) || c->HitCovering(i - 1)) &&
        !(i - 1 == c->SentBegin(i) && c->Has(i - 1, kWDeterminers)))  // "The Treasury said"
      continue;
    if (i + 1 < n && (c->NameLike(i + 1) || c->HitCovering(i + 1))) continue;
    if (!BodyActs(*c, i)) continue;
    int best_hit = -1;
    uint32_t body = 0;
    for (const auto& f : forms) {
      if (f.word != w) continue;
      for (size_t k = next_hit; k-- > 0;) {
        if (c->hits[k].entry != f.state) continue;
        if (best_hit < 0 || k > static_cast<size_t>(best_hit))
          best_hit = static_cast<int>(k), body = f.body;
        break;
      }
    }
    if (best_hit < 0) continue;
    const GazEntry& e = c->lex.gazetteer.entry(body);
    Cand cand;
    cand.m = c->MakeMention(i, i + 1, EntityType::kOrganization, "org.short-form");
    cand.m.node = e.id;
    cand.m.label = e.label;
    cand.prio = 5;
    c->cands.push_back(std::move(cand));
  }
}

}  // namespace

void FindShortFormStates(Context* c) {
  if (!c->lex.short_form_bodies.empty()) FindShortFormBodies(c);
  const auto& forms = c->lex.short_form_states;
  if (forms.empty()) return;
  // Most documents name none of these states: one pass over the hits says so.
  bool any = false;
  for (const Hit& h : c->hits) {
    for (const auto& f : forms) any = any || f.second == h.entry;
    if (any) break;
  }
  if (!any) return;
  const uint32_t n = c->ntok();
  size_t next_hit = 0;  // hits are in token order: those before token i were named before it
  for (uint32_t i = 1; i < n; ++i) {
    while (next_hit < c->hits.size() && c->hits[next_hit].tb < i) ++next_hit;
    if ((c->Flags(i) & (kCap | kWordTok | kCapsLine | kInDate)) != (kCap | kWordTok)) continue;
    if (!c->LowerIs(i - 1, "the") || c->HitCovering(i)) continue;
    // "the North Sea", "the North-South corridor", "the South China Sea": a longer name
    if (i + 1 < n && (c->NameLike(i + 1) || c->HitCovering(i + 1) ||
                      (c->IsPunct(i + 1, "-") && !c->doc.tokens[i + 1].space_before)))
      continue;
    const std::string_view w = c->Tok(i);
    // The state of this word named last before token i.
    int best_hit = -1;
    for (const auto& f : forms) {
      if (f.first != w) continue;
      for (size_t k = next_hit; k-- > 0;) {
        if (c->hits[k].entry != f.second) continue;
        if (best_hit < 0 || k > static_cast<size_t>(best_hit)) best_hit = static_cast<int>(k);
        break;
      }
    }
    if (best_hit < 0) continue;
    const GazEntry& e = c->lex.gazetteer.entry(c->hits[best_hit].entry);
    Cand cand;
    cand.m = c->MakeMention(i, i + 1, EntityType::kState, "state.short-form");
    cand.m.node = e.id;
    cand.m.label = e.label;
    cand.m.flags |= kAnaphor;
    cand.prio = 5;
    c->cands.push_back(std::move(cand));
  }
}

}  // namespace ner
}  // namespace actorgraph
