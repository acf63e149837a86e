// Gazetteer pass: every alias found at a token start (longest wins), with the
// capital-as-state (metonym) filter and demonyms.
#include <algorithm>

#include "ner/context.h"

namespace actorgraph {
namespace ner {
namespace {

bool Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool Letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Is byte p a place where a name may end (a token end, a hyphen, a possessive)?
bool NameEnd(const Context& c, uint32_t* tok, uint32_t p, AliasKind kind) {
  const auto& toks = c.doc.tokens;
  const std::string& t = c.doc.text;
  while (*tok < toks.size() && toks[*tok].span.end < p) ++*tok;
  if (*tok >= toks.size()) return false;
  if (toks[*tok].span.end == p) return true;
  if (kind == kAliasCombining) return p < t.size() && Letter(t[p]);
  if (p < t.size() && t[p] == '-' && p + 1 < t.size() && Letter(t[p + 1])) return true;
  // Glued possessive: "Moscow's", "China`s".
  std::string_view rest(t.data() + p, toks[*tok].span.end - p);
  return rest == "'s" || rest == "`s" || rest == "\xE2\x80\x99s";
}

struct Best {
  uint32_t end = 0, tok = 0;
  const std::vector<AliasRef>* refs = nullptr;
  // The longest state name that the match starts with ("U.S." of "U.S. State
  // Department"): it becomes a nested mention.
  uint32_t state_end = 0, state_tok = 0;
  const std::vector<AliasRef>* state_refs = nullptr;
};

bool HasStateName(const Context& c, const std::vector<AliasRef>& refs) {
  for (const AliasRef& r : refs)
    if (r.kind == kAliasPlain && c.lex.gazetteer.entry(r.entry).type == EntityType::kState)
      return true;
  return false;
}

void Walk(const Context& c, uint32_t i, bool upper, Best* best) {
  const ByteTrie& trie = upper ? c.lex.gazetteer.upper() : c.lex.gazetteer.exact();
  const std::string& t = c.doc.text;
  uint32_t node = ByteTrie::kRoot, p = c.doc.tokens[i].span.begin, tok = i;
  while (p < t.size()) {
    unsigned char ch = static_cast<unsigned char>(t[p]);
    if (Space(static_cast<char>(ch))) {
      node = trie.Child(node, ' ');
      while (p < t.size() && Space(t[p])) ++p;
    } else {
      if (upper && ch >= 'a' && ch <= 'z') ch = static_cast<unsigned char>(ch - 'a' + 'A');
      node = trie.Child(node, ch);
      ++p;
    }
    if (node == ByteTrie::kNone) break;
    const std::vector<AliasRef>* refs =
        upper ? c.lex.gazetteer.UpperAt(node) : c.lex.gazetteer.ExactAt(node);
    if (refs && p > best->end && NameEnd(c, &tok, p, refs->front().kind)) {
      if (best->refs && HasStateName(c, *best->refs)) {
        best->state_end = best->end;
        best->state_tok = best->tok;
        best->state_refs = best->refs;
      }
      best->end = p;
      best->tok = tok;
      best->refs = refs;
    }
  }
}

bool ValidAt(const GazEntry& e, const std::string& date) {
  if (date.empty()) return e.valid_to.empty();
  if (!e.valid_from.empty() && date.compare(0, e.valid_from.size(), e.valid_from) < 0) return false;
  return e.valid_to.empty() || date.compare(0, e.valid_to.size(), e.valid_to) <= 0;
}

// Several entities may share an alias: prefer one valid at the document date.
AliasRef Choose(const Context& c, const std::vector<AliasRef>& refs) {
  AliasRef best = refs.front();
  int best_score = -1;
  for (const AliasRef& r : refs) {
    const GazEntry& e = c.lex.gazetteer.entry(r.entry);
    int score = (ValidAt(e, c.doc.date) ? 4 : 0) + (e.valid_to.empty() ? 2 : 0) +
                (r.kind == kAliasPlain ? 1 : 0);
    if (score > best_score) {
      best = r;
      best_score = score;
    }
  }
  return best;
}

// "U.S." -> "US": a token of single letters each followed by a period.
bool Undot(std::string_view tok, char* buf, size_t* len) {
  if (tok.size() < 4 || tok.size() > 16) return false;
  *len = 0;
  for (size_t k = 0; k < tok.size(); k += 2) {
    if (!Letter(static_cast<unsigned char>(tok[k]))) return false;
    if (k + 1 < tok.size() && tok[k + 1] != '.') return false;
    buf[(*len)++] = tok[k];
  }
  return *len >= 2;
}

bool IsActorHit(const Context& c, uint32_t i) {
  const Hit* h = c.HitAt(i);
  return h && h->kind != kAliasCombining;
}

// A short sentence adverbial set off by commas after a name: "Washington, for
// its part, signed", "China, by contrast, acceded", "Moscow, however, denied".
// Returns the token after its closing comma, or `j` when there is none.
uint32_t SkipCommaAside(const Context& c, uint32_t j) {
  if (j + 2 >= c.ntok() || !c.IsPunct(j, ",")) return j;
  const uint32_t k = j + 1;
  uint32_t e = k;
  while (e < c.ntok() && e - k < 3 && c.Is(e, kLower) && c.Is(e, kWordTok)) ++e;
  if (e == k || e + 1 >= c.ntok() || !c.IsPunct(e, ",")) return j;
  const bool adverb = e == k + 1 && c.Has(k, kWAdverbs);
  // "for its part", "by contrast", "in turn", "in response"
  const bool phrase =
      e > k + 1 && (c.LowerIs(k, "for") || c.LowerIs(k, "by") || c.LowerIs(k, "in"));
  return adverb || phrase ? e + 1 : j;
}

bool IsBeForm(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "is" || w == "are" || w == "be" ||
         w == "being";
}

// The agent of a passive verb: "was signed by Manila", "the pact, backed by Paris"
// (not "sailed by Lisbon": a past tense without "be" or a comma is no passive).
bool PassiveAgentAt(const Context& c, uint32_t tb) {
  if (tb < 3 || !c.LowerIs(tb - 1, "by") || !c.Is(tb - 2, kLower)) return false;
  std::string_view w = c.Lower(tb - 2);
  if (w.size() <= 4 || w.substr(w.size() - 2) != "ed" || c.Has(tb - 2, kWPlacePreps)) return false;
  uint32_t k = tb - 3;
  if (k > 0 && c.Has(k, kWAdverbs)) --k;  // "was formally signed by"
  return IsBeForm(c.Lower(k)) || c.IsPunct(k, ",");
}

// A capital stands for its state only where it acts: subject of a verb,
// possessor, passive agent, or coordinated with another actor; never after "in", "at"...
bool ActorPosition(const Context& c, const Hit& h, bool list_links = true);

// Does the list of names ending at metonym hit h ("Warsaw, Vilnius, Riga and
// Tallinn") open with a name that acts on its own? ("closed lower in Sydney,
// Singapore and Seoul": the list is of places.)
bool ListHeadActs(const Context& c, const Hit& h) {
  const Hit* cur = &h;
  for (int members = 0; members < 8; ++members) {
    uint32_t k = cur->tb;
    if (k >= 2 && (c.LowerIs(k - 1, "and") || c.LowerIs(k - 1, "or"))) {
      --k;
      if (c.IsPunct(k - 1, ",")) --k;  // "Riga, and Tallinn"
    } else if (k >= 2 && c.IsPunct(k - 1, ",")) {
      --k;
    } else {
      break;
    }
    const Hit* prev = k > 0 ? c.HitCovering(k - 1) : nullptr;
    if (!prev || prev->te != k || prev->kind == kAliasCombining || prev->kind == kAliasDemonym)
      break;
    cur = prev;
  }
  return cur != &h && ActorPosition(c, *cur, false);
}

bool ActorPosition(const Context& c, const Hit& h, bool list_links) {
  if (c.Is(h.tb, kCapsLine)) return false;
  // "officials in Washington", "diplomats in Beijing": the government there;
  // but "U.S. officials in Tokyo", "a medical official in Moscow" are only there.
  if (h.tb >= 2 && c.Has(h.tb - 1, kWPlacePreps) && c.lex.officials.Contains(c.Lower(h.tb - 2)) &&
      (h.tb == 2 || c.doc.tokens[h.tb - 3].kind != TokenKind::kWord ||
       c.Has(h.tb - 3, kWFunctionWords | kWDeterminers)))
    return true;
  if (h.tb > 0 && c.Has(h.tb - 1, kWPlacePreps)) return false;
  // "signed by Manila and Washington": both agents act
  if (PassiveAgentAt(c, h.tb)) return true;
  if (h.tb >= 4 && (c.LowerIs(h.tb - 1, "and") || c.LowerIs(h.tb - 1, "or"))) {
    const Hit* prev = c.HitCovering(h.tb - 2);
    if (prev && PassiveAgentAt(c, prev->tb)) return true;
  }
  // The one acted on: "accused Beijing of", "urged Moscow to", "warned
  // Washington." (not "urged London mayor X": there the city qualifies a noun).
  if (h.tb > 0 && c.lex.object_verbs.Contains(c.Lower(h.tb - 1)) &&
      (h.te >= c.ntok() || c.doc.tokens[h.te].kind != TokenKind::kWord ||
       c.Has(h.te, kWFunctionWords)))
    return true;
  if (h.possessive || c.PossessiveAfter(h.te - 1)) return true;
  uint32_t j = h.te;
  if (list_links && j < c.ntok() &&
      (c.LowerIs(j, "and") || c.LowerIs(j, "or") || c.IsPunct(j, ",")) && IsActorHit(c, j + 1))
    return true;
  if (h.tb >= 2 && (c.LowerIs(h.tb - 1, "and") || c.LowerIs(h.tb - 1, "or")) &&
      c.HitCovering(h.tb - 2) && c.HitCovering(h.tb - 2)->kind != kAliasMetonym)
    return true;
  // The last of a list of capitals acts with the list: "accused Warsaw, Vilnius,
  // Riga and Tallinn of", "urged Warsaw and Vilnius to" (the list's first member
  // acts by itself; "flights between Warsaw and Vilnius" none does).
  if (list_links && ListHeadActs(c, h)) return true;
  j = SkipCommaAside(c, j);
  // The subject of a relative clause: "Washington, which has accused Pyongyang of ..."
  // ("Amman, which is a large city," describes the city: no copula there).
  if (j + 2 < c.ntok() && c.IsPunct(j, ",") && c.LowerIs(j + 1, "which")) {
    j += 2;
    while (j < c.ntok() && c.Has(j, kWAdverbs)) ++j;
    if (j < c.ntok() && (c.LowerIs(j, "has") || c.LowerIs(j, "have") || c.LowerIs(j, "had"))) ++j;
    while (j < c.ntok() && c.Has(j, kWAdverbs)) ++j;
    if (j >= c.ntok() || !c.Is(j, kLower) || c.Has(j, kWCopulas | kWPlacePreps)) return false;
    if (c.Has(j, kWSpeechVerbs)) return true;
    std::string_view v = c.Lower(j);
    return v.size() > 4 && v.substr(v.size() - 2) == "ed";
  }
  // The subject of a reported clause whose verb opens a quotation: "said that
  // Tehran \"has never supplied weapons\"" (not "said that Tehran \"the city\"").
  if (h.te == j && j + 1 < c.ntok() && h.tb > 0 &&
      (c.IsPunct(j, "\"") || c.IsPunct(j, "\xE2\x80\x9C")) && c.Is(j + 1, kLower) &&
      (c.LowerIs(h.tb - 1, "that") || c.Has(h.tb - 1, kWSpeechVerbs)) &&
      c.Has(j + 1, kWActorVerbs | kWSpeechVerbs | kWCopulas | kWAdverbs | kWFunctionWords))
    return true;
  while (j < c.ntok() && c.Has(j, kWAdverbs)) ++j;
  if (j >= c.ntok()) return false;
  // A headline in title case capitalises its verb: "Washington Blames Beijing".
  // (Not an auxiliary there: "the London May price".)
  if (c.Is(j, kCap) && c.Is(j, kWordTok))
    return c.Has(j, kWSpeechVerbs) || c.lex.object_verbs.Contains(c.Lower(j));
  if (!c.Is(j, kLower)) return false;
  if (c.Has(j, kWActorVerbs | kWSpeechVerbs)) return true;
  std::string_view w = c.Lower(j);
  return w.size() > 4 && w.substr(w.size() - 2) == "ed" && !c.Has(j, kWPlacePreps);
}

}  // namespace

void ScanGazetteer(Context* c) {
  const uint32_t n = c->ntok();
  char buf[16];
  for (uint32_t i = 0; i < n; ++i) {
    const Token& tk = c->doc.tokens[i];
    if (tk.kind == TokenKind::kPunct || c->Is(i, kInDate)) continue;
    std::string_view tok = c->Tok(i);
    // A walk ends at once unless its trie's root has a child for the first byte
    // it reads; only then is the start filter worth its hash.
    const bool undot = tok.size() >= 4 && tok[1] == '.';
    bool exact = false, upper = false;
    if (tk.span.begin < c->doc.text.size()) {
      unsigned char b = static_cast<unsigned char>(c->doc.text[tk.span.begin]);
      if (Space(static_cast<char>(b))) b = ' ';
      exact = c->lex.gazetteer.exact().Child(ByteTrie::kRoot, b) != ByteTrie::kNone;
      if (b >= 'a' && b <= 'z') b = static_cast<unsigned char>(b - 'a' + 'A');
      upper = c->Is(i, kAllCaps) &&
              c->lex.gazetteer.upper().Child(ByteTrie::kRoot, b) != ByteTrie::kNone;
    }
    if (!exact && !upper && !undot) continue;
    const uint32_t start = Gazetteer::StartHashOf(tok);
    exact = exact && c->lex.gazetteer.MayStartHashed(start, false);
    upper = upper && c->lex.gazetteer.MayStartHashed(start, true);
    if (!exact && !upper && !undot) continue;
    Best best;
    if (exact) Walk(*c, i, false, &best);
    if (upper) Walk(*c, i, true, &best);
    size_t len = 0;
    if (!best.refs && Undot(c->Tok(i), buf, &len)) {
      if (const std::vector<AliasRef>* refs =
              c->lex.gazetteer.ExactRefs(std::string_view(buf, len))) {
        best.refs = refs;
        best.end = tk.span.end;
        best.tok = i;
      }
    }
    if (!best.refs) continue;
    AliasRef r = Choose(*c, *best.refs);
    Hit h;
    h.tb = i;
    h.te = best.tok + 1;
    h.span = {tk.span.begin, best.end};
    h.entry = r.entry;
    h.kind = r.kind;
    if (r.kind == kAliasCombining) h.span.end -= 1;  // "Sino-" -> "Sino"
    if (h.te > h.tb + 1 && c->lex.determiners.Get(c->Lower(i), 0) == 2) {
      ++h.tb;  // "the Netherlands": the article stays out of the span
      h.span.begin = c->doc.tokens[h.tb].span.begin;
    }
    h.possessive = best.end < c->doc.tokens[best.tok].span.end && c->doc.text[best.end] != '-';
    c->hits.push_back(h);
    if (best.state_refs && c->lex.gazetteer.entry(r.entry).type != EntityType::kState) {
      for (const AliasRef& s : *best.state_refs) {
        if (s.kind != kAliasPlain || c->lex.gazetteer.entry(s.entry).type != EntityType::kState)
          continue;
        Hit inner = h;
        inner.te = best.state_tok + 1;
        inner.span.end = best.state_end;
        inner.entry = s.entry;
        inner.kind = kAliasPlain;
        inner.possessive = false;
        c->hits.push_back(inner);
        break;
      }
    }
    i = best.tok;  // longest match wins; continue after it
  }
  c->IndexHits();
  for (const Hit& h : c->hits) {
    const GazEntry& e = c->lex.gazetteer.entry(h.entry);
    if (h.kind == kAliasMetonym && !ActorPosition(*c, h)) continue;
    Cand cand;
    cand.m = c->MakeMention(h.tb, h.te, e.type, "gazetteer");
    cand.m.span = h.span;
    cand.m.node = e.id;
    cand.m.label = e.label;
    if (h.kind == kAliasMetonym) cand.m.flags |= kMetonym, cand.m.rule = "gazetteer.metonym";
    if (h.kind == kAliasDemonym || h.kind == kAliasCombining)
      cand.m.flags |= kDemonym, cand.m.rule = "gazetteer.demonym";
    cand.prio = 10;
    cand.container = e.type != EntityType::kState;
    cand.prefix_nesting = e.type == EntityType::kOrganization;
    c->cands.push_back(std::move(cand));
  }
}

}  // namespace ner
}  // namespace actorgraph
