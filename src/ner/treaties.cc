// Treaties: named ("the Paris Agreement", "Treaty of X", "Convention on X",
// "X Convention of the ORG"), anaphoric ("the pact", "the Convention") and
// described ("a bilateral cybersecurity agreement", "a resolution").
#include "actorgraph/util.h"
#include "ner/context.h"

namespace actorgraph {
namespace ner {
namespace {

enum DetKind : uint32_t { kNoDet = 0, kIndefinite = 1, kDefinite = 2, kPossessive = 3 };

bool MatchHead(const Context& c, uint32_t i, uint32_t se, uint32_t* end, uint32_t* phrase) {
  if (!c.Has(i, kWTreatyHeads)) return false;
  const std::vector<uint32_t>* ps = c.lex.treaty_heads.Starting(c.Lower(i));
  if (!ps) return false;
  for (uint32_t p : *ps) {  // longest first
    const Phrase& ph = c.lex.treaty_heads[p];
    uint32_t k = i;
    size_t w = 0;
    for (; w < ph.words.size() && k < se; ++w, ++k)
      if (c.Lower(k) != ph.words[w]) break;
    if (w == ph.words.size()) {
      *end = k;
      *phrase = p;
      return true;
    }
  }
  return false;
}

const Cand* OrgStartingAt(const Context& c, uint32_t k) {
  return k < c.org_start.size() && c.org_start[k] >= 0 ? &c.cands[c.org_start[k]] : nullptr;
}

// An organization found by the name finder that ends at token t ("a 2006
// General Assembly resolution": the body that passed the text describes it).
const Cand* OrgEndingAt(const Context& c, uint32_t t) {
  for (uint32_t s = t + 1; s-- > 0 && t - s < 6;) {
    const Cand* org = OrgStartingAt(c, s);
    if (org && org->m.token_end == t + 1) return org;
  }
  return nullptr;
}

bool NameWord(const Context& c, uint32_t i) {
  return c.NameLike(i) || (c.Is(i, kAllCaps) && c.Is(i, kWordTok) && !c.Is(i, kInDate));
}

void Push(Context* c, Mention m, int prio) {
  Cand cand;
  cand.m = std::move(m);
  cand.prio = prio;
  cand.container = true;
  c->cands.push_back(std::move(cand));
}

// Known name of a treaty, if the gazetteer has it.
void GazetteerLabel(const Context& c, const std::string& label, Mention* m) {
  if (const GazEntry* e = c.lex.gazetteer.Named(label, EntityType::kTreaty)) {
    m->node = e->id;
    m->label = e->label;
  }
}

// A headline in title case capitalises its verb: "Armenia Ratifies Rome Statute",
// "Honiara Confirms Security Pact". A capitalised verb of the third person (a word of
// rules/entities/actor_verbs.txt or speech_verbs.txt ending in "s"), or a verb of
// signing of treaty_verbs.txt in any person ("Sign"), ends a name on its left.
bool HeadlineVerb(const Context& c, uint32_t t) {
  if (!c.Is(t, kCap) || !c.Is(t, kWordTok) || c.Is(t, kAllCaps)) return false;
  std::string_view w = c.Lower(t);
  // "Saudi Arabia and Qatar Sign Al-Ula Declaration": a verb of signing in any person
  if (c.lex.treaty_verbs.Contains(w)) return true;
  return w.size() > 3 && w.back() == 's' && c.Has(t, kWActorVerbs | kWSpeechVerbs);
}

// Capitalised head: returns the last token used, or `i` if nothing was found.
// (`name_only`: a head of a name only, "Statement", which alone refers to nothing)
uint32_t Named(Context* c, uint32_t i, uint32_t head_end, uint32_t sb, uint32_t se,
               bool name_only) {
  // "Rose Partners Limited Partnership": after a firm's legal suffix, a company's name
  if (i > sb && c->Has(i - 1, kWOrgLegal)) return i;
  uint32_t left = i;
  bool joined = false;  // "and" crossed
  while (left > sb) {
    uint32_t t = left - 1;
    if (HeadlineVerb(*c, t)) break;
    if (NameWord(*c, t)) {
      left = t;
    } else if (c->IsPunct(t, "-") && t > sb && NameWord(*c, t - 1)) {
      left = t - 1;
    } else if (!joined && c->LowerIs(t, "and") && left < i && t > sb && NameWord(*c, t - 1) &&
               !c->HitCovering(t - 1) && !c->HitCovering(left) && !c->Is(t - 1, kAllCaps) &&
               !c->Has(t - 1, kWOrgLegal) && (t - 1 == sb || !c->IsPunct(t - 2, ","))) {
      // "a Stabilisation and Association Agreement", "the Trade and Investment
      // Framework Agreement": two words of the name joined by "and" (not two
      // parties, "Kenya and Ghana Agreement", nor the end of a list or of a
      // firm's name, "X Ltd and Y Standard"; once)
      left = t - 1;
      joined = true;
    } else if (c->LowerIs(t, "of") && left < i && t > sb && NameWord(*c, t - 1) &&
               !(c->HitCovering(t - 1) && c->HitCovering(t - 1)->te <= t)) {
      // "General Security of Military Information Agreement" (but "ratified by
      // France of Additional Protocol I" stops at the state)
      left = t - 1;
    } else {
      break;
    }
  }
  uint32_t right = head_end;
  bool attributed = false;
  if (right < se && (c->LowerIs(right, "of") || c->LowerIs(right, "on") ||
                     c->LowerIs(right, "against") || c->LowerIs(right, "for"))) {
    uint32_t k = right + 1;
    const bool article = c->LowerIs(k, "the");
    if (article) ++k;
    const Cand* org = OrgStartingAt(*c, k);
    const Hit* hit = c->HitAt(k);
    if (left < i && org) {
      right = org->m.token_end;
      attributed = true;
    } else if (left < i && hit &&
               c->lex.gazetteer.entry(hit->entry).type == EntityType::kOrganization) {
      right = hit->te;
      attributed = true;
    } else if (k < se && NameWord(*c, k)) {
      right = k + 1;
      // "Agreement on the Path to Normalisation": "to" right after the first
      // word after "the" joins the name ("on the Road to Peace"), but not a
      // name found on its own ("on the Road to Ukraine"); elsewhere it ends it
      // ("the Convention on Cybercrime to Parliament")
      while (right < se &&
             (NameWord(*c, right) ||
              ((c->LowerIs(right, "and") || c->LowerIs(right, "of") || c->LowerIs(right, "the") ||
                (article && right == k + 1 && c->LowerIs(right, "to") && !c->HitAt(right + 1))) &&
               right + 1 < se && NameWord(*c, right + 1))))
        ++right;
    }
  }
  if (name_only) {
    // "the Statement" refers to nothing; "Joint Interpretative Statement" is a
    // name after a lower-case word ("a", "binding"), with no known name in it
    // (not a headline's "China Issues Statement on Taiwan")
    // (two name words at least: "the Autumn Statement", "a Financial Statement" are
    // a budget's and an account's)
    if (left + 2 > i || left == sb || !c->Is(left - 1, kLower)) return i;
    for (uint32_t t = left; t < i; ++t)
      if (c->HitCovering(t)) return i;
  }
  Mention m;
  if (left == i && right == head_end) {
    if (i == 0 || !c->LowerIs(i - 1, "the")) return i;
    m = c->MakeMention(i, head_end, EntityType::kTreaty, "treaty.anaphor");
    m.flags |= kAnaphor;
    Push(c, std::move(m), 4);
    return head_end - 1;
  }
  // "a Stabilisation and Association Agreement": words the name finder alone
  // (no gazetteer entry) made a body's, right before the head, are the treaty's
  for (Cand& k : c->cands)
    if (k.m.type == EntityType::kOrganization && k.m.node.empty() && k.m.token_end == i &&
        k.m.token_begin >= left && k.m.rule == "org.keyword" && !HardLineStart(*c, i))
      k.m.token_end = k.m.token_begin;  // (SelectMentions skips an empty span)
  // "ILO Convention 169, which": a number right after the head is the name's (not
  // an amount: "the Kyoto Protocol 10 years on")
  if (right == head_end && right + 1 <= se && right < c->ntok() &&
      c->doc.tokens[right].kind == TokenKind::kNumber && !c->Is(right, kInDate) &&
      c->Tok(right).size() <= 3 &&
      (right + 1 == se || c->doc.tokens[right + 1].kind == TokenKind::kPunct ||
       c->Has(right + 1, kWFunctionWords)))
    ++right;
  m = c->MakeMention(left, right, EntityType::kTreaty, "treaty.named");
  m.label = c->Surface(left, attributed ? head_end : right);
  GazetteerLabel(*c, m.label, &m);
  Push(c, std::move(m), 6);
  return right - 1;
}

bool Modifier(const Context& c, uint32_t t) {
  if (c.Is(t, kInDate)) return false;
  if (c.Is(t, kLower) && c.Is(t, kWordTok)) {
    if (c.Has(t, kWTreatyDrop | kWTreatyGeneric)) return true;
    // inside a hyphenated compound: "debt-for-nature", "Panamanian-sponsored"
    if (t > 0 && c.IsPunct(t - 1, "-") && !c.doc.tokens[t].space_before) return true;
    return !c.Has(t, kWFunctionWords | kWCopulas | kWSpeechVerbs | kWDeterminers | kWActorVerbs);
  }
  const Hit* h = c.HitCovering(t);
  return (h && c.lex.gazetteer.entry(h->entry).type != EntityType::kTreaty) ||
         (c.Is(t, kAllCaps) && c.Is(t, kWordTok));
}

// "the $2.5 billion deal", "the 40-page document": a number or a currency's sign
// or noun says how large the document is, not which one it is (the scale words,
// "billion", "page", are in treaty_label_drop.txt).
bool Amount(const Context& c, uint32_t t) {
  if (c.Is(t, kInDate)) return false;
  const std::string_view w = c.Tok(t);
  if (w.empty()) return false;
  // (not a name's number, "G-7", nor a year, "the 1983 agreement")
  if (t > 0 && c.IsPunct(t - 1, "-") && !c.doc.tokens[t].space_before) return false;
  if (w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20") &&
      w.find_first_not_of("0123456789") == std::string_view::npos)
    return false;
  if (w[0] >= '0' && w[0] <= '9') {  // "2.5", "1,000", "3bn", "240m"
    const size_t unit = w.find_first_not_of("0123456789.,");
    return unit == std::string_view::npos || w.substr(unit) == "bn" || w.substr(unit) == "m" ||
           w.substr(unit) == "mn" || w.substr(unit) == "tn";
  }
  // "the two-page document": a number word glued to the unit after it
  if (c.Has(t, kWDeterminers) && c.Is(t, kLower) && t + 1 < c.ntok() && c.IsPunct(t + 1, "-") &&
      !c.doc.tokens[t + 1].space_before && w != "a" && w != "an" && w != "the")
    return true;
  return w == "$" || w == "US$" || w == "\xE2\x82\xAC" || w == "\xC2\xA3" ||
         (c.Is(t, kLower) && c.Has(t, kWCurrencies));
}

// Are the words [b, e) all of treaty_generic.txt or treaty_label_drop.txt (a price
// too), none pointing at another document than the one named before
// (treaty_other_words.txt, treaty_past_words.txt)?
bool GenericOnly(const Context& c, uint32_t b, uint32_t e) {
  for (uint32_t k = b; k < e; ++k) {
    if (c.IsPunct(k, "-") || Amount(c, k)) continue;
    if (!c.Is(k, kWordTok) || !c.Has(k, kWTreatyGeneric | kWTreatyDrop)) return false;
    if (c.lex.treaty_others.Contains(c.Lower(k)) || c.lex.treaty_past.Contains(c.Lower(k)))
      return false;
  }
  return true;
}

// Does token t end as an adjective may (rules/entities/adjective_suffixes.txt)?
bool AdjectiveEnding(const Context& c, uint32_t t) {
  std::string_view w = c.Lower(t);
  for (const std::string& suffix : c.lex.adjective_suffixes)
    if (w.size() > suffix.size() + 2 && EndsWith(w, suffix)) return true;
  return false;
}

// After a comma inside a post-modifier: does a list of lower-case words go on
// to "and"/"or" and a last word ("social and cultural rights", "social, and
// cultural rights")?
bool ListComma(const Context& c, uint32_t k, uint32_t se) {
  bool word = false;
  for (uint32_t m = k; m < se && m < k + 8; ++m) {
    if (c.Is(m, kLower) && c.Is(m, kWordTok) && !c.Is(m, kInDate) &&
        (c.LowerIs(m, "and") || c.LowerIs(m, "or")))
      return word && m + 1 < se && c.Is(m + 1, kLower) && c.Is(m + 1, kWordTok) &&
             !c.Has(m + 1, kWFunctionWords | kWCopulas);
    if (c.Is(m, kLower) && c.Is(m, kWordTok) && !c.Has(m, kWFunctionWords | kWCopulas)) {
      word = true;
    } else if (!(c.IsPunct(m, ",") && word)) {
      return false;
    }
  }
  return false;
}

// "on cybercrime", "in the field of cyberspace", "under the ORG".
uint32_t PostModifier(const Context& c, uint32_t e, uint32_t se) {
  uint32_t k = e;
  // "an amendment to the Rome Statute", "a protocol to the Convention on
  // Biological Diversity": the treaty it adds to is part of its name
  if (e > 0 && c.LowerIs(k, "to")) {
    const std::string_view h = c.Lower(e - 1);
    if (h == "amendment" || h == "amendments" || h == "protocol" || h == "protocols" ||
        h == "annex" || h == "annexes") {
      uint32_t m = k + 1 + (c.LowerIs(k + 1, "the") ? 1 : 0), x = m, last = m;
      bool named = false;
      for (; x < se && x < m + 10; ++x) {
        if (c.Is(x, kWordTok) && c.Is(x, kCap) && !c.Is(x, kCapsLine)) {
          named = named || c.Has(x, kWTreatyHeads);
          last = x + 1;
        } else if (!(c.LowerIs(x, "of") || c.LowerIs(x, "on") || c.LowerIs(x, "the") ||
                     c.LowerIs(x, "for") || c.LowerIs(x, "and"))) {
          break;
        }
      }
      return named ? last : e;
    }
  }
  if (c.LowerIs(k, "in") && c.LowerIs(k + 1, "the") && c.LowerIs(k + 2, "field") &&
      c.LowerIs(k + 3, "of")) {
    k += 4;
  } else if (c.LowerIs(k, "under")) {
    uint32_t m = k + 1 + (c.LowerIs(k + 1, "the") ? 1 : 0);
    if (const Cand* org = OrgStartingAt(c, m)) return org->m.token_end;
    const Hit* h = c.HitAt(m);
    if (h && c.lex.gazetteer.entry(h->entry).type == EntityType::kOrganization) return h->te;
    return e;
  } else if (c.LowerIs(k, "on") && c.LowerIs(k + 1, "behalf")) {
    return e;  // "signed the agreement on behalf of Brazil": the signer, not the topic
  } else if (c.LowerIs(k, "on") || c.LowerIs(k, "against") || c.LowerIs(k, "concerning") ||
             c.LowerIs(k, "regarding")) {
    k += 1;
  } else if (c.LowerIs(k, "of") && k + 1 < se && c.Is(k + 1, kLower) &&
             !c.Has(k + 1, kWFunctionWords | kWDeterminers)) {
    k += 1;  // "a protocol of accession", "a treaty of friendship and cooperation"
  } else {
    return e;
  }
  uint32_t last = e, n = 0;
  while (k < se && n < 6) {
    bool word = c.Is(k, kWordTok) && !c.Is(k, kInDate) && !c.Has(k, kWFunctionWords) &&
                !c.Has(k, kWCopulas);
    if (word) {
      last = ++k;
      ++n;
    } else if ((c.LowerIs(k, "and") || c.LowerIs(k, "of") || c.IsPunct(k, "-")) && last == k) {
      ++k;
    } else if (k == e + 1 && c.LowerIs(k, "the") && !c.LowerIs(e, "of") && k + 1 < se &&
               c.Is(k + 1, kLower) && c.Is(k + 1, kWordTok) && !c.Has(k + 1, kWFunctionWords) &&
               !c.lex.treaty_idioms.Contains(c.Lower(k + 1))) {
      ++k;  // "a protocol on the transfer of criminal proceedings"
    } else if (c.IsPunct(k, ",") && last == k && ListComma(c, k + 1, se)) {
      ++k;  // "on economic, social and cultural rights"
    } else if (last == k && k > e + 1 && c.Has(k, kWDeterminers) &&
               EndsWith(c.Lower(k - 1), "ing") && k + 1 < se && c.Is(k + 1, kWordTok) &&
               !c.Has(k + 1, kWFunctionWords)) {
      ++k;  // "on reducing these weapons": a gerund takes its object
    } else {
      break;
    }
  }
  return last;
}

// The first token of one to three capitalised words ending at t, right after
// "the" or "a", that no gazetteer entry or organization covers; t + 1 if none.
// With `over_orgs`, an organization found by the name finder alone (no gazetteer
// entry) may lie inside the words: "the Kestrel Union treaty".
uint32_t NameRunAfterArticle(const Context& c, uint32_t t, uint32_t sb, bool over_orgs = false) {
  uint32_t b = t + 1;
  while (b > sb + 1 && t + 1 - b < 3) {
    const uint32_t k = b - 1;
    if (!c.Is(k, kWordTok) || !c.Is(k, kCap) || c.Is(k, kAllCaps) || c.Is(k, kCapsLine) ||
        c.Is(k, kInDate) || c.HitCovering(k) || (!over_orgs && OrgEndingAt(c, k)) ||
        c.Has(k, kWFunctionWords | kWTreatyHeads))
      break;
    b = k;
  }
  if (b == t + 1 || b <= sb || c.PossessiveAfter(t)) return t + 1;  // "the Council's pact"
  if (!(c.LowerIs(b - 1, "the") || c.LowerIs(b - 1, "a") || c.LowerIs(b - 1, "an"))) return t + 1;
  if (over_orgs)  // (an organization reaching out of the words keeps them)
    for (uint32_t k = b; k <= t; ++k)
      if (const Cand* org = OrgEndingAt(c, k); org && org->m.token_begin < b) return t + 1;
  return b;
}

// Does a verb of proposing, backing or rejecting take the document whose
// article is at `det`: "proposed a ...", "a proposal for a ...", "called for
// a ..."?
bool TakenBefore(const Context& c, uint32_t det, uint32_t sb) {
  if (det <= sb) return false;
  const std::string_view v = c.Lower(det - 1);
  if (c.lex.taking_verbs.Contains(v) || c.lex.treaty_verbs.Contains(v)) return true;
  // a two-word entry of treaty_taking_verbs.txt: "a proposal for", "support for"
  if (det - 1 <= sb || !(v == "for" || v == "of" || v == "to")) return false;
  std::string two(c.Lower(det - 2));
  two += ' ';
  two += v;
  return c.lex.taking_verbs.Contains(two);
}

// ... or a hyphenated participle among its modifiers: "a Panamanian-sponsored
// amendment", "the US-drafted plan"
bool TakenInside(const Context& c, uint32_t first, uint32_t i) {
  for (uint32_t k = first + 1; k < i; ++k)
    // (its author before the hyphen, not a prefix: "the pre-agreed schedule")
    if (c.IsPunct(k - 1, "-") && !c.doc.tokens[k].space_before && k >= 2 && !c.Is(k - 2, kLower) &&
        c.lex.taking_verbs.Contains(c.Lower(k)) && EndsWith(c.Lower(k), "ed"))
      return true;
  return false;
}

// ... or a passive after it: "a moratorium on deep-sea mining was proposed by"
// ... or, for a head of two words, a participle right after it, then where or by
// whom: "a trilateral statement issued in Beijing" (not "a budget plan drafted by")
bool ParticipleAfter(const Context& c, uint32_t k, uint32_t se) {
  return k + 1 < se && EndsWith(c.Lower(k), "ed") &&
         (c.lex.taking_verbs.Contains(c.Lower(k)) || c.lex.treaty_verbs.Contains(c.Lower(k))) &&
         (c.LowerIs(k + 1, "in") || c.LowerIs(k + 1, "by") || c.LowerIs(k + 1, "at"));
}

// ... or, for a head of two words, such a participle set off by a comma, then when
// or by whom: "His compromise text, tabled on Sunday, proposed ..."
bool ParticipleAside(const Context& c, uint32_t k, uint32_t se) {
  return k + 2 < se && c.IsPunct(k, ",") &&
         (ParticipleAfter(c, k + 1, se) ||
          (EndsWith(c.Lower(k + 1), "ed") && c.lex.taking_verbs.Contains(c.Lower(k + 1)) &&
           c.LowerIs(k + 2, "on")));
}

// "opposed the chair's text", "backed Japan's text": a text named by the possessive
// of its author right before it (treaty_heads.txt "anaphor" heads), taken by a verb
// of proposing, backing or rejecting (not "the president's text message")
bool Authored(const Context& c, uint32_t i, uint32_t first) {
  if (i <= first) return false;
  const std::string_view p = c.Tok(i - 1);
  return p == "'s" || p == "\xE2\x80\x99s";
}

// "Uruguay proposed a flexibility clause ... Paraguay supported the clause": a bare
// "the <head>" of a head that names a document only when taken ("taken-lower")
// refers back to a treaty written with that head in the five sentences before
// (else it is no document: "the clause of the contract")
bool TakenEarlier(const Context& c, uint32_t i, uint32_t head_end) {
  const std::string head =
      c.SpanText({c.doc.tokens[i].span.begin, c.doc.tokens[head_end - 1].span.end});
  const uint32_t s = c.SentOf(i);
  for (const Cand& o : c.cands) {
    if (o.m.type != EntityType::kTreaty || o.m.token_end > i || o.m.sentence + 5 < s) continue;
    const std::string& l = o.m.label;
    if (l.size() > head.size() + 1 && l[l.size() - head.size() - 1] == ' ' &&
        AsciiLower(l.substr(l.size() - head.size())) == AsciiLower(head))
      return true;
  }
  return false;
}

bool TakenAfter(const Context& c, uint32_t k, uint32_t se) {
  // "the Amu Darya initiative (proposed by Afghanistan in 2024)", "a broader
  // sanctions package, proposed by Poland and Lithuania,"
  const bool bracket = k < se && (c.IsPunct(k, "(") || c.IsPunct(k, ","));
  if (k >= se || !(bracket || c.LowerIs(k, "was") || c.LowerIs(k, "were") || c.LowerIs(k, "is") ||
                   c.LowerIs(k, "has") || c.LowerIs(k, "had")))
    return false;
  ++k;
  if (k < se && c.LowerIs(k, "been")) ++k;
  if (k < se && c.Has(k, kWAdverbs)) ++k;  // "was first proposed"
  return k + 1 < se && c.lex.taking_verbs.Contains(c.Lower(k)) && EndsWith(c.Lower(k), "ed") &&
         c.LowerIs(k + 1, "by");
}

// Are the words between t and the head i modifiers of a noun, not a verb
// ("the Assembly adopted resolution texts")?
bool NounModifiers(const Context& c, uint32_t t, uint32_t i) {
  for (uint32_t k = t; k < i; ++k) {
    if (!c.Is(k, kWordTok)) continue;
    const std::string_view w = c.Lower(k);
    if (c.Has(k, kWActorVerbs | kWSpeechVerbs | kWCopulas) ||
        (w.size() > 3 && w.substr(w.size() - 2) == "ed"))
      return false;
  }
  return true;
}

// Does a capitalised treaty name start at token k ("Tuna Access Protocol")?
bool TreatyNameAt(const Context& c, uint32_t k, uint32_t se) {
  for (; k < se && c.Is(k, kWordTok) && c.Is(k, kCap) && !c.Is(k, kCapsLine); ++k)
    if (c.Has(k, kWTreatyHeads)) return true;
  return false;
}

void Described(Context* c, uint32_t i, uint32_t head_end, uint32_t phrase, uint32_t sb,
               uint32_t se) {
  if (c->lex.treaty_heads[phrase].name_only) return;  // "a statement": no document
  uint32_t j = i, mods = 0;
  bool own_name = false;  // the words before the head are its name: no body nests inside
  bool dated = false;     // "a 2022 memorandum" names one document, as a modifier would
  bool amount = false;    // "the $2.5 billion deal": only the price tells it apart
  while (j > sb && i - j < 7) {
    uint32_t t = j - 1;
    if (c->Has(t, kWDeterminers)) break;
    // "the U.S./USSR grains agreement": a slash between two names of parties
    bool slash =
        c->IsPunct(t, "/") && t > sb && t + 1 < i && Modifier(*c, t - 1) && Modifier(*c, t + 1);
    // "the 2015 agreement", "the 1998 Ottawa-style treaty": a year dates the
    // treaty; it stays out of the name
    // (a year the date finder left alone counts too: "the original 2006 ... resolution")
    const std::string_view yt = c->Tok(t);
    bool year = (c->Is(t, kInDate) || yt.substr(0, 2) == "19" || yt.substr(0, 2) == "20") &&
                yt.size() == 4 && yt.find_first_not_of("0123456789") == std::string_view::npos;
    if (year) {
      j = t;
      dated = true;
      continue;
    }
    if (Amount(*c, t)) {
      // right after the article only ("signed 12 agreements" counts them); no
      // modifier that tells it apart ("mods" stays)
      uint32_t a = t;
      while (a > sb && (Amount(*c, a - 1) || c->Has(a - 1, kWTreatyDrop))) --a;
      if (a == sb || !c->Has(a - 1, kWDeterminers)) return;
      j = a;
      amount = true;
      continue;
    }
    // "a Baltic maritime security pact": one capitalised adjective before
    // lower-case modifiers (a name would be capitalised throughout; "the
    // Soviet Government's proposal" names its author, not the treaty)
    bool proper_adjective = mods > 0 && t > sb && c->Is(t, kCap) && c->Is(t, kWordTok) &&
                            !c->Is(t, kAllCaps) && !c->Is(t, kCapsLine) && c->Is(t + 1, kLower) &&
                            c->Is(t + 1, kWordTok) && !c->Is(t - 1, kCap) &&
                            !c->IsPunct(t - 1, "-") && AdjectiveEnding(*c, t);
    if (c->IsQuote(t) || (c->IsPunct(t, "-") && t > sb) || slash || Modifier(*c, t) ||
        proper_adjective) {
      mods += c->Is(t, kWordTok);
      j = t;
    } else if (const Cand* org = OrgEndingAt(*c, t);
               org && org->m.token_begin >= sb && c->Is(t, kCap) && !c->PossessiveAfter(t) &&
               c->Tok(t) != "'s" && c->Tok(t) != "\xE2\x80\x99s" &&
               c->lex.treaty_heads[phrase].value == kTreatyProposal) {
      // "the 2006 General Assembly resolution": a body before a proposal-class head
      // (not its possessive: "the Board of Trade's proposal" names its author)
      // -- but not the body addressed: "submitted to the General Assembly
      // proposals that ..."
      uint32_t before = org->m.token_begin;
      if (before > sb && c->LowerIs(before - 1, "the")) --before;
      if (before > sb && (c->LowerIs(before - 1, "to") || c->LowerIs(before - 1, "before") ||
                          c->LowerIs(before - 1, "at") || c->LowerIs(before - 1, "with")))
        return;
      mods += t + 1 - org->m.token_begin;
      j = org->m.token_begin;
    } else {
      // "the Tortue gas-sharing agreement", "the Lobito Corridor rail plan":
      // a name no finder knows, right after the article, before lower-case
      // modifiers (or right before a plan's head: "the Solidarity Lanes
      // initiative", which a taking verb must still take); right before a
      // head of treaty_name_heads.txt the treaty's own name, even one a
      // keyword made a body's ("the Kestrel Union treaty")
      const bool own = mods == 0 && t + 1 == i && c->Is(i, kLower) &&
                       c->lex.treaty_name_heads.Contains(c->Lower(i));
      const uint32_t b = NameRunAfterArticle(*c, t, sb, own);
      if (!((mods > 0 || own || c->lex.treaty_heads[phrase].taken_only) && b < t + 1 &&
            NounModifiers(*c, t + 1, i)))
        return;
      mods += t + 1 - b;
      j = b;
      own_name = own;
      break;
    }
  }
  if (j == sb) return;
  uint32_t det = j - 1;
  // "a three-year deal": a number glued to "-year" is a modifier; the article before it
  // is the determiner
  if (c->IsPunct(j, "-") && !c->doc.tokens[j].space_before && det > sb) {
    j = det;
    det = j - 1;
  }
  DetKind kind = static_cast<DetKind>(c->lex.determiners.Get(c->Lower(det), kNoDet));
  if (kind == kNoDet) return;
  // "signed such an agreement": refers back like "the agreement"
  if (kind == kIndefinite && det > sb && c->LowerIs(det - 1, "such")) kind = kDefinite;
  // Predicative ("is only a regional agreement"): a description, not a new treaty.
  uint32_t b = det;
  while (b > sb && c->Has(b - 1, kWAdverbs)) --b;
  if (b > sb && c->Has(b - 1, kWCopulas)) return;
  for (uint32_t k = j; k < i; ++k)  // "a peaceful resolution": not a document
    if (c->Has(k, kWTreatyVetoes)) return;
  uint32_t first = j;  // first modifier, past quotes and a year
  while (first < i && (c->IsQuote(first) || c->Is(first, kInDate))) ++first;
  uint32_t label_first = first;
  while (label_first < i && (c->Has(label_first, kWTreatyDrop) || Amount(*c, label_first) ||
                             (c->IsPunct(label_first, "-") && label_first > first)))
    ++label_first;
  // "a three-year deal": a number stays with the unit it is glued to unless that is dropped
  if (label_first > first && label_first < i && c->IsPunct(label_first - 1, "-"))
    while (label_first > first && (c->IsPunct(label_first - 1, "-") || Amount(*c, label_first - 1)))
      --label_first;
  uint32_t end = PostModifier(*c, head_end, se);
  // "a U.S. treaty ally": the head word modifies the noun after it
  if (end == head_end && head_end < se && c->Is(head_end, kLower) &&
      c->lex.treaty_compounds.Contains(c->Lower(head_end)))
    return;
  // "a 2022 memorandum": the year is all that tells it apart, so it stays
  if (dated && kind != kDefinite && label_first == i && end == head_end && first > j)
    label_first = first - 1;
  // "the 1959 agreement on the full utilisation of the Nile waters": a dated
  // description told apart by its topic alone keeps its year ("the 1959 agreement")
  if (dated && kind == kDefinite && label_first == i && end > head_end && first > j && !own_name)
    label_first = first - 1;
  // (a year alone makes "a 2022 memorandum" one document; "the 2015
  // agreement" still refers back)
  bool content = label_first < i || end > head_end || (dated && kind != kDefinite);
  // "signed the bilateral agreement", "the legally binding text": after "the", words
  // that tell no treaty apart (treaty_generic.txt) refer back as the bare noun does
  // -- but not those that point at another one ("the previous agreement")
  if (kind == kDefinite && content && !own_name && !dated && end == head_end &&
      GenericOnly(*c, label_first, i)) {
    content = false;
    label_first = i;
  }
  // (a price with a description is a loan's or a company's deal more often than
  // a treaty: "a 3.1 billion yen bullet loan agreement", "a 25-year agreement")
  if (amount && content) return;
  const Phrase& head = c->lex.treaty_heads[phrase];
  // "declaration": a treaty only when named ("the Bangkok Declaration") or
  // referred back to ("the declaration"), not "a false declaration"
  // ... unless a verb of signing takes it: "signed a declaration with Qatar"
  const bool signed_doc = kind == kIndefinite && !content && det > sb &&
                          c->lex.treaty_verbs.Contains(c->Lower(det - 1));
  if (head.named_only && !head.anaphor_only && signed_doc) {
    Mention d = c->MakeMention(i, head_end, EntityType::kTreaty, "treaty.described");
    d.flags |= kDescribed;
    d.label = c->SpanText({c->doc.tokens[i].span.begin, c->doc.tokens[head_end - 1].span.end});
    Push(c, std::move(d), 3);
    return;
  }
  // "proposed a regional lithium pricing mechanism", "rejected the Arab League
  // peace plan": a head that names a document only when taken (a plan, a
  // framework) makes one, with its modifiers, as the object of a verb of
  // proposing, backing or rejecting (treaty_taking_verbs.txt)
  // (a modifier that tells it apart: not "its own plan", "a revised plan")
  // (a head of two words tells it apart by itself: "drafted a joint statement")
  bool specific = end > head_end || head.words.size() >= 2;
  for (uint32_t k = label_first; k < i && !specific; ++k)
    specific = c->Is(k, kWordTok) && !c->Has(k, kWTreatyGeneric);
  const bool taken =
      head.taken_only && specific &&
      (TakenBefore(*c, det, sb) || TakenAfter(*c, end, se) || TakenInside(*c, first, i) ||
       (head.words.size() >= 2 && (ParticipleAfter(*c, end, se) || ParticipleAside(*c, end, se))));
  const bool authored = head.anaphor_only && end == head_end && Authored(*c, i, first) &&
                        (TakenBefore(*c, det, sb) || TakenAfter(*c, end, se));
  const bool taken_before = head.lower_only && head.taken_only && kind == kDefinite && !content &&
                            TakenEarlier(*c, i, head_end);
  if (head.named_only && !taken && !authored && !taken_before &&
      (kind != kDefinite || content || head.lower_only))
    return;
  // "the text of the speech", "the declaration of independence": the of-phrase
  // says which document is meant, so it refers back to no named treaty
  if (head.named_only && head_end < se && c->LowerIs(head_end, "of")) return;
  Mention m;
  if (own_name) {
    // "the Pelindaba treaty": a name, no description referring back
    m = c->MakeMention(first, end, EntityType::kTreaty, "treaty.named");
  } else if (kind == kDefinite) {
    // "the draft Tuna Access Protocol": the head word modifies the name after it
    if (!content && TreatyNameAt(*c, head_end, se)) return;
    if (!content) {
      // "signed the $2.5 billion deal with Togo": the words that tell nothing
      // apart are the mention's, so that the verb's patterns read past them
      // (not a date's: "the 2015 agreement" keeps its date a mention of its own)
      uint32_t from = i;
      if (j < i && det + 1 == j) {
        from = j;
        for (uint32_t k = j; k < i; ++k)
          if (c->Is(k, kInDate) || c->IsQuote(k)) from = i;
      }
      m = c->MakeMention(from, head_end, EntityType::kTreaty, "treaty.anaphor");
      m.flags |= kAnaphor;
    } else {
      m = c->MakeMention(first, end, EntityType::kTreaty,
                         authored ? "treaty.authored" : "treaty.definite");
      m.flags |= kAnaphor | kDescribed;
    }
  } else {
    if (!content && !head.standalone && !taken) return;
    m = c->MakeMention(first, end, EntityType::kTreaty, "treaty.described");
    m.flags |= kDescribed;
    // "described by some media as a „non-aggression pact“": another name.
    if (det > sb && c->LowerIs(det - 1, "as"))
      for (uint32_t k = det - 1; k > sb && k + 6 > det; --k)
        if (c->Has(k - 1, kWAliasCues)) m.rule = "treaty.alias";
  }
  // "has called it \"the first agreement in which ...\"", "dubbed it a grand
  // bargain": what the pronoun is called is another name for it, no new document
  if (!own_name && det > sb + 1) {
    uint32_t q = det;
    if (q > sb && c->IsQuote(q - 1)) --q;
    if (q > sb + 1 && (c->LowerIs(q - 1, "it") || c->LowerIs(q - 1, "them")) &&
        c->Has(q - 2, kWAliasCues))
      m.rule = "treaty.alias-it";
  }
  m.label = c->SpanText({c->doc.tokens[label_first].span.begin, c->doc.tokens[end - 1].span.end});
  if (own_name) GazetteerLabel(*c, m.label, &m);
  // "an extradition treaty with the Netherlands": a new document is told apart by the
  // state it is made with, in its label (the state stays a mention of its own)
  if (!own_name && kind != kDefinite && end + 1 < se && c->LowerIs(end, "with")) {
    const uint32_t k = end + 1 + (c->LowerIs(end + 1, "the") ? 1 : 0);
    const Hit* h = c->HitAt(k);
    const Cand* org = OrgStartingAt(*c, k);  // not "with the China National ... Corp"
    if (h && h->kind == kAliasPlain && !h->possessive && h->te <= se &&
        (!org || org->m.token_end <= h->te) &&
        c->lex.gazetteer.entry(h->entry).type == EntityType::kState)
      m.label =
          c->SpanText({c->doc.tokens[label_first].span.begin, c->doc.tokens[h->te - 1].span.end});
  }
  Push(c, std::move(m), 3);
  if (own_name) c->cands.back().container = false;
}

// "It was signed by", "But it has been ratified in": "it" opening its sentence as
// the subject of a passive verb of signing (treaty_verbs.txt) with its agent,
// place or time after it.
bool PassiveSubject(const Context& c, uint32_t i) {
  const uint32_t sb = c.SentBegin(i), se = c.SentEnd(i);
  if (!(i == sb || (i == sb + 1 && (c.LowerIs(sb, "but") || c.LowerIs(sb, "and"))))) return false;
  uint32_t k = i + 1;
  bool aux = false;
  for (; k < se && k < i + 5; ++k) {
    if (c.Has(k, kWCopulas) || c.LowerIs(k, "has") || c.LowerIs(k, "had")) {
      aux = true;
    } else if (!c.Has(k, kWAdverbs)) {
      break;
    }
  }
  // "It was put forward by Norway", "It was proposed last March by Barbados": a verb
  // of proposing or backing as well, with its agent after it
  const bool put_forward = c.LowerIs(k, "put") && k + 2 < se && c.LowerIs(k + 1, "forward");
  // (only verbs of authoring: "It was welcomed by X" may be the news, not the text)
  const std::string_view v = c.Lower(k);
  const bool taking = put_forward || v == "proposed" || v == "tabled" || v == "drafted" ||
                      v == "submitted" || v == "sponsored" || v == "co-sponsored" ||
                      v == "initiated" || v == "authored" || v == "brokered";
  if (put_forward) ++k;
  if (taking && aux) {
    uint32_t a = k + 1;
    // (a time between: "last March", "in 2012", "on Monday")
    while (a < se && a < k + 4 &&
           (c.Is(a, kInDate) || c.Has(a, kWAdverbs) || c.LowerIs(a, "last") || c.LowerIs(a, "in") ||
            c.LowerIs(a, "on") || (c.Is(a, kCap) && c.Is(a, kWordTok))))
      ++a;
    return a < se && c.LowerIs(a, "by");
  }
  if (!aux || k + 1 >= se || !EndsWith(c.Lower(k), "ed") ||
      !c.lex.treaty_verbs.Contains(c.Lower(k)))
    return false;
  const std::string_view next = c.Lower(k + 1);
  return next == "by" || next == "in" || next == "on" || next == "at" || next == "last" ||
         next == "earlier" || next == "during";
}

}  // namespace

void FindTreaties(Context* c) {
  const uint32_t n = c->ntok();
  c->org_start.assign(n, -1);
  for (size_t k = 0; k < c->cands.size(); ++k) {
    const Mention& m = c->cands[k].m;
    if (m.type == EntityType::kOrganization && m.token_begin < n &&
        (c->org_start[m.token_begin] < 0 ||
         c->cands[c->org_start[m.token_begin]].m.token_end < m.token_end))
      c->org_start[m.token_begin] = static_cast<int32_t>(k);
  }
  for (uint32_t i = 0; i < n; ++i) {
    // (only word tokens have classes)
    if (!c->Has(i, kWTreatyHeads) || c->Is(i, kInDate) || !c->Is(i, kWordTok)) {
      // "It was signed by A and B": the treaty of the sentence before (dropped when none is)
      if (c->LowerIs(i, "it") && PassiveSubject(*c, i)) {
        Mention m = c->MakeMention(i, i + 1, EntityType::kTreaty, "treaty.pronoun-subject");
        m.flags |= kAnaphor;
        Push(c, std::move(m), 4);
        continue;
      }
      // "Kuwait and Oman also signed it": the treaty named before (dropped when none is)
      if (i > 0 && c->Has(i, kWFunctionWords) && c->LowerIs(i, "it") &&
          c->lex.treaty_verbs.Contains(c->Lower(i - 1))) {
        Mention m = c->MakeMention(i, i + 1, EntityType::kTreaty, "treaty.pronoun");
        m.flags |= kAnaphor;
        Push(c, std::move(m), 4);
      }
      continue;
    }
    const uint32_t sb = c->SentBegin(i), se = c->SentEnd(i);
    uint32_t head_end = 0, phrase = 0;
    if (!MatchHead(*c, i, se, &head_end, &phrase)) continue;
    if (c->Is(i, kCap) && !c->Is(i, kCapsLine)) {
      // "Outer Space Text" in a headline is no treaty's name; "World Food
      // Programme" is a body's
      if (c->lex.treaty_heads[phrase].anaphor_only || c->lex.treaty_heads[phrase].lower_only)
        continue;
      // "Resolution 2719": a numbered resolution is named by its number
      if (c->LowerIs(i, "resolution") && head_end < se && !c->Is(head_end, kInDate)) {
        const std::string_view num = c->Tok(head_end);
        if (num.size() >= 2 && num.size() <= 5 &&
            num.find_first_not_of("0123456789") == std::string_view::npos) {
          Mention m = c->MakeMention(i, head_end + 1, EntityType::kTreaty, "treaty.numbered");
          m.label = c->SpanText({c->doc.tokens[i].span.begin, c->doc.tokens[head_end].span.end});
          Push(c, std::move(m), 3);
          i = head_end;
          continue;
        }
      }
      i = Named(c, i, head_end, sb, se, c->lex.treaty_heads[phrase].name_only);
    } else if (c->Is(i, kLower)) {
      Described(c, i, head_end, phrase, sb, se);
    }
  }
}

}  // namespace ner
}  // namespace actorgraph
