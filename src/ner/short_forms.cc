// States called by a compass word alone once the story has named them: "North
// Korea fired a missile. Japan accused the North of ..." (the word list and
// the states it may mean: rules/entities/short_form_states.txt).
#include "ner/context.h"

namespace actorgraph {
namespace ner {

void FindShortFormStates(Context* c) {
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
