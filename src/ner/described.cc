// Organizations of names nothing else knows, recognised by what the text says
// they are: an apposition ending in a noun of rules/entities/company_nouns.txt
// ("Telvora, the country's largest mobile operator, said"), or such a noun
// before "called" / "dubbed" / "known as" ("a hacktivist group called
// Killnet").
#include <string>

#include "actorgraph/util.h"
#include "ner/context.h"

namespace actorgraph {
namespace ner {

namespace {

// Words of the name itself: capitalised, in no list that makes them a person,
// a title, a place or another kind of name.
bool PlainNameTok(const Context& c, uint32_t i) {
  return c.NameLike(i) && !c.Is(i, kCapsLine) && !c.HitCovering(i) &&
         !c.Has(i, kWGivenNames | kWGivenAmbiguous | kWSurnames | kWSurnameAmbiguous |
                       kWFamilyFirst | kWTitles | kWTitleWord | kWRoleNouns | kWPlaceWords |
                       kWOrgKeywords | kWOrgLegal | kWSpeechVerbs | kWTreatyHeads | kWCompassWords |
                       kWCurrencies);
}

// After the apposition's noun: the apposition ends ("," "."), or a word that
// goes on about the organization ("based in", "that", "owned by").
bool AppositionEnd(const Context& c, uint32_t i) {
  if (i >= c.ntok()) return true;
  if (c.doc.tokens[i].kind != TokenKind::kWord)
    return c.IsPunct(i, ",") || c.IsPunct(i, ".") || c.IsPunct(i, ";") || c.IsPunct(i, ")");
  // (or a participle or a place phrase that says more of it: "a freight
  // company registered in Sharjah", "a utility serving Rotterdam", "a bank in
  // Zurich")
  static const char* kGoOn[] = {"that",       "which",   "whose",     "based",         "owned",
                                "controlled", "run",     "founded",   "headquartered", "with",
                                "registered", "serving", "operating", "listed",        "linked",
                                "affiliated", "in"};
  for (const char* w : kGoOn)
    if (c.LowerIs(i, w)) return true;
  return false;
}

// A code's bracketed number glued to it, "NoName057(16)": the tokens from e
// on are "(", a number and ")" with no space between. Returns the end of the
// bracket, or e.
uint32_t GluedNumber(const Context& c, uint32_t e) {
  if (e == 0 || e + 2 >= c.ntok() || !c.IsPunct(e, "(") || c.doc.tokens[e].space_before ||
      c.doc.tokens[e + 1].kind != TokenKind::kNumber || c.doc.tokens[e + 1].space_before ||
      !c.IsPunct(e + 2, ")") || c.doc.tokens[e + 2].space_before)
    return e;
  for (char ch : c.Tok(e - 1))
    if (ch >= '0' && ch <= '9') return e + 3;
  return e;
}

// A relative pronoun or a finite verb: the words after the comma are a clause.
bool ClauseWord(const Context& c, uint32_t i) {
  static const char* kClause[] = {"who", "which", "that", "whose", "has",  "have", "had",
                                  "is",  "was",   "were", "are",   "said", "says"};
  for (const char* w : kClause)
    if (c.LowerIs(i, w)) return true;
  return false;
}

// The name ends a longer one ("Dun & Bradstreet", "Lear-Siegler") or is the
// state or province after a place ("Portland, Ore., holding company").
bool PartOfLongerName(const Context& c, uint32_t b, uint32_t sb) {
  if (b <= sb) return false;
  if (c.IsPunct(b - 1, "&") || c.IsPunct(b - 1, "-") || c.IsPunct(b - 1, "/")) return true;
  return b >= sb + 2 && c.IsPunct(b - 1, ",") && (c.NameLike(b - 2) || c.HitCovering(b - 2));
}

// ", the country's largest mobile operator," after the name ending at comma k:
// lower-case words, possessives, hyphens and known names (a demonym, a city)
// up to a company noun, with no "of" before it ("a unit of the group").
bool DescribedAfter(const Context& c, uint32_t k, uint32_t se) {
  for (uint32_t q = k + 1; q < se && q < k + 8; ++q) {
    if (c.doc.tokens[q].kind == TokenKind::kWord) {
      // "DeepMind, a unit of Alphabet,": a part of an organization is one
      const bool part = c.Is(q, kLower) && c.lex.part_nouns.Contains(c.Lower(q));
      if (part && c.LowerIs(q + 1, "of")) return q > k + 1;
      if (c.Is(q, kLower) && (part || c.lex.CompanyNoun(c.Lower(q - 1), c.Lower(q)))) {
        if (AppositionEnd(c, q + 1)) return q > k + 1;
        // "a pro-Russian hacker group": the noun only modifies the next one
        if (!c.Is(q + 1, kLower) || !c.lex.CompanyNoun(c.Lower(q), c.Lower(q + 1))) return false;
        continue;
      }
      if (c.LowerIs(q, "of") || c.LowerIs(q, "and") || c.LowerIs(q, "or")) return false;
      // a clause, no description: "replacing X, who has left the company"
      if (ClauseWord(c, q)) return false;
      if (!c.Is(q, kLower) && !c.HitCovering(q)) return false;
    } else if (!(c.IsPunct(q, "-") || c.Tok(q) == "'s" || c.Tok(q) == "'" ||
                 c.Tok(q) == "\xE2\x80\x99s" || c.doc.tokens[q].kind == TokenKind::kNumber)) {
      return false;
    }
  }
  return false;
}

// A political party's standing before its name: "the ruling Georgian Dream
// party", "the main opposition Civic Platform party".
bool PartyStanding(const Context& c, uint32_t i) {
  static const char* kStanding[] = {"ruling",      "governing",   "opposition", "nationalist",
                                    "populist",    "far-right",   "far-left",   "right-wing",
                                    "left-wing",   "centrist",    "islamist",   "pro-western",
                                    "pro-russian", "pro-european"};
  if (!c.Is(i, kLower)) return false;
  for (const char* w : kStanding)
    if (c.LowerIs(i, w)) return true;
  return false;
}

// A company's officers after its possessive: "Ryanair's chief executive",
// "Acme's co-founder" (rules/entities/company_posts.txt, phrases of up to three
// words, a hyphen without spaces glued). Returns whether such a post starts at
// token i.
bool CompanyPost(const Context& c, uint32_t i) {
  if (i >= c.ntok() || !c.Is(i, kLower | kAllCaps)) return false;
  std::string phrase;
  const uint32_t se = c.SentEnd(i);
  for (uint32_t j = i, words = 0; j < se && words < 3; ++j) {
    if (c.IsPunct(j, "-") && j > i && !c.doc.tokens[j].space_before && j + 1 < se &&
        !c.doc.tokens[j + 1].space_before) {
      phrase += '-';
      continue;
    }
    if (c.doc.tokens[j].kind != TokenKind::kWord) return false;
    if (j > i && phrase.back() != '-') phrase += ' ';
    phrase += c.Lower(j);
    ++words;
    if (c.lex.company_posts.Contains(phrase)) return true;
  }
  return false;
}

// After "chairman of Zentrix": the name ends at token e. Punctuation (not
// "/", "&", "-", nor ", N.J.," after a town), a word of the clause ("said",
// "since", "who", "announced"), or a company noun ("the Fiat conglomerate");
// not a name going on ("Brothers to the Rescue", "Save Our Community") nor a
// noun the name only modifies ("the House agriculture subcommittee").
bool PostNameEnd(const Context& c, uint32_t e, uint32_t se) {
  if (e >= se) return true;
  if (c.doc.tokens[e].kind != TokenKind::kWord) {
    if (c.IsPunct(e, ",") && e + 1 < se && c.Is(e + 1, kCap) && c.Tok(e + 1).size() <= 5 &&
        c.Tok(e + 1).back() == '.')
      return false;  // "the Moonachie, N.J., maker"
    return c.IsPunct(e, ",") || c.IsPunct(e, ".") || c.IsPunct(e, ";") || c.IsPunct(e, "(") ||
           c.IsPunct(e, ")") || c.IsPunct(e, ":") || c.IsQuote(e);
  }
  if (!c.Is(e, kLower) || c.LowerIs(e, "of") || c.LowerIs(e, "for") || c.LowerIs(e, "and") ||
      c.LowerIs(e, "to") || c.LowerIs(e, "de") || c.LowerIs(e, "du"))
    return false;
  if (c.lex.CompanyNoun(c.Lower(e - 1), c.Lower(e))) {
    // ... unless the word before it is an adjective: "the Californian unit"
    const std::string_view a = c.Lower(e - 1);
    for (const std::string& suffix : c.lex.adjective_suffixes)
      if (a.size() > suffix.size() + 2 &&
          a.compare(a.size() - suffix.size(), suffix.size(), suffix) == 0)
        return false;
    return true;
  }
  if (c.Has(e,
            kWFunctionWords | kWSpeechVerbs | kWActorVerbs | kWCopulas | kWAdverbs | kWPlacePreps))
    return true;
  const std::string_view w = c.Lower(e);
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
}

// Does a phrase of company_posts.txt end right before token k ("chief
// executive officer" of "chief executive officer of")?
bool PostEndingAt(const Context& c, uint32_t k, uint32_t sb) {
  std::string phrase;
  for (uint32_t i = k, words = 0; i > sb && words < 4;) {
    --i;
    if (c.IsPunct(i, "-") && !c.doc.tokens[i].space_before && !c.doc.tokens[i + 1].space_before) {
      phrase.insert(0, "-");
      continue;
    }
    if (c.doc.tokens[i].kind != TokenKind::kWord) return false;
    if (!phrase.empty() && phrase[0] != '-') phrase.insert(0, " ");
    phrase.insert(0, c.Lower(i));
    ++words;
    if (c.lex.company_posts.Contains(phrase)) return true;
  }
  return false;
}

}  // namespace

// An acronym, or the short form of an organization found already ("Avon" after
// "Avon Products Inc", "Orion" after "Orion Royal Bank"): those are resolved
// later, with the name they stand for.
bool KnownOrShort(const Context& c, uint32_t b, uint32_t e) {
  if (c.Is(b, kAllCaps)) return true;
  const std::string name = c.Surface(b, e);
  for (const Cand& cand : c.cands) {
    const Mention& o = cand.m;
    if (o.type == EntityType::kOrganization && o.label.size() > name.size() &&
        o.label.compare(0, name.size(), name) == 0 && o.label[name.size()] == ' ')
      return true;
  }
  return false;
}

namespace {

// A place below the state written alone ("... of Delaware, a unit of"): no company.
bool PlaceAlone(const Context& c, uint32_t b, uint32_t e) {
  return e == b + 1 && c.lex.place_names.Contains(c.Lower(b));
}

// "attributed the attack to \"SilverFox\", the name it uses for a cluster of
// hackers": a name of one to three words in quotes, then an apposition saying
// it is the name ("the name", "a codename", "the moniker") of a group, with a
// noun of company_nouns.txt or group_nouns.txt before the apposition ends.
void FindQuotedCodenames(Context* c) {
  const uint32_t n = c->ntok();
  for (uint32_t q = 0; q + 4 < n; ++q) {
    if (c->doc.tokens[q].kind == TokenKind::kWord) continue;
    // (a quotation mark's first byte first: most punctuation is none)
    const unsigned char b0 = static_cast<unsigned char>(c->Tok(q)[0]);
    if ((b0 != '"' && b0 != '\'' && b0 != '`' && b0 != 0xE2 && b0 != 0xC2) || !c->IsQuote(q))
      continue;
    const uint32_t s = q + 1, se = c->SentEnd(q);
    uint32_t e = s;
    while (e < se && e < s + 3 && PlainNameTok(*c, e)) ++e;
    if (e == s || !c->IsQuote(e)) continue;
    uint32_t k = e + 1;
    if (c->IsPunct(k, ",")) ++k;
    if (!(c->LowerIs(k, "the") || c->LowerIs(k, "a") || c->LowerIs(k, "its"))) continue;
    ++k;
    if (!(c->LowerIs(k, "name") || c->LowerIs(k, "codename") || c->LowerIs(k, "code-name") ||
          c->LowerIs(k, "moniker") || c->LowerIs(k, "nickname") || c->LowerIs(k, "label")))
      continue;
    bool group = false;
    for (uint32_t j = k + 1; j < se && j < k + 12 && !group; ++j) {
      if (c->doc.tokens[j].kind != TokenKind::kWord) {
        if (c->IsPunct(j, ",") || c->IsPunct(j, ";") || c->IsPunct(j, ".")) break;
        continue;
      }
      group = c->Is(j, kLower) && (c->lex.CompanyNoun(c->Lower(j - 1), c->Lower(j)) ||
                                   c->lex.group_nouns.Contains(c->Lower(j)));
    }
    if (group && !KnownOrShort(*c, s, e)) AddOrganizationCandidate(c, s, e, "org.codename");
  }
}

}  // namespace

void FindDescribedOrganizations(Context* c) {
  const uint32_t n = c->ntok();
  for (uint32_t k = 1; k < n; ++k) {
    // (the cheap tests first: most tokens are neither a comma nor a noun
    // before "called")
    const bool comma = c->IsPunct(k, ",");
    // (the word after it read once: "called", "dubbed", "named", "known as")
    const std::string_view next = !comma && k + 2 < n ? c->Lower(k + 1) : std::string_view();
    const bool cue =
        (next.size() == 6 && (next == "called" || next == "dubbed")) ||
        (next.size() == 5 && (next == "named" || (next == "known" && c->LowerIs(k + 2, "as"))));
    const bool party =
        !comma && !cue && c->Tok(k).size() == 5 && c->Is(k, kLower) && c->LowerIs(k, "party");
    const bool possessive = !comma && !cue && !party &&
                            (c->Tok(k) == "'s" || c->Tok(k) == "\xE2\x80\x99s") &&
                            CompanyPost(*c, k + 1);
    const bool post_of = !comma && !cue && !party && !possessive && c->Tok(k).size() == 2 &&
                         c->LowerIs(k, "of") && c->Is(k - 1, kLower | kAllCaps) &&
                         c->lex.company_post_ends.Contains(c->Lower(k - 1));
    if (!comma && !cue && !party && !possessive && !post_of) continue;
    const uint32_t sb = c->SentBegin(k), se = c->SentEnd(k);
    // 4. "Ryanair's chief executive": one to three words of a name nothing
    // else knows, before the possessive of a company's post.
    if (possessive) {
      uint32_t b = k;
      while (b > sb && k - b < 3 && PlainNameTok(*c, b - 1)) --b;
      // Not an acronym, nor the short form of an organization found already
      // ("Avon's chairman" after "Avon Products Inc"): those are resolved later.
      if (b < k && !KnownOrShort(*c, b, k) &&
          // (a paragraph may open with it: "Kraken's chief executive, Ana Lopez, said")
          (b == sb || (!c->NameLike(b - 1) && !c->HitCovering(b - 1) && !HardLineStart(*c, b))))
        AddOrganizationCandidate(c, b, k, "org.post");
      continue;
    }
    // 5. "Rich Vantora, chief executive of Bitglass,": one to three words of a
    // name nothing else knows after a company's post and "of".
    if (post_of) {
      if (!PostEndingAt(*c, k, sb)) continue;
      const uint32_t s = k + 1 + (c->LowerIs(k + 1, "the") ? 1 : 0);
      uint32_t e = s;
      while (e < se && e < s + 3 && PlainNameTok(*c, e)) ++e;
      if (e == s || !PostNameEnd(*c, e, se)) continue;
      if (!KnownOrShort(*c, s, e) && !PlaceAlone(*c, s, e) && !HardLineStart(*c, s))
        AddOrganizationCandidate(c, s, e, "org.post-of");
      continue;
    }
    // 3. "the ruling Georgian Dream party": the capitalised words between a
    // party's standing and "party" name it, a demonym among them.
    if (party) {
      uint32_t b = k;
      while (b > sb && k - b < 4 && c->NameLike(b - 1) && !c->Is(b - 1, kCapsLine)) --b;
      if (b < k && b > sb && PartyStanding(*c, b - 1))
        AddOrganizationCandidate(c, b, k, "org.party");
      continue;
    }
    // 6. "Japan's parliament, the Diet,": one to three words of a name nothing
    // else knows, after "the", in apposition to a body's noun that follows a
    // possessive ("Japan's", "its").
    if (comma && k >= sb + 3 && c->Is(k - 1, kLower) &&
        c->lex.CompanyNoun(c->Lower(k - 2), c->Lower(k - 1)) && c->LowerIs(k + 1, "the")) {
      bool owner = false;
      for (uint32_t q = k - 1; q > sb && q + 4 > k && !owner; --q)
        owner = c->Tok(q - 1) == "'s" || c->Tok(q - 1) == "\xE2\x80\x99s" ||
                c->LowerIs(q - 1, "its") || c->LowerIs(q - 1, "their");
      const uint32_t s = k + 2;
      uint32_t e = s;
      while (owner && e < se && e < s + 3 && PlainNameTok(*c, e)) ++e;
      if (e > s && (e >= se || c->IsPunct(e, ",") || c->IsPunct(e, ".") || c->IsPunct(e, ";")) &&
          !KnownOrShort(*c, s, e) && !PlaceAlone(*c, s, e)) {
        AddOrganizationCandidate(c, s, e, "org.named-body");
        continue;
      }
    }
    // 1. "Telvora, the country's largest mobile operator,": a name of one to
    // three words inside the sentence (a sentence's first word may be any word);
    // its acronym in brackets may come between ("Telvora Mobilna (TM), the
    // largest operator,")
    // (or a code's glued number: "NoName057(16), a pro-Russian hacker group,")
    const bool glued = comma && k >= sb + 4 && GluedNumber(*c, k - 3) == k;
    const uint32_t ne = (comma && k >= sb + 4 && c->IsPunct(k - 1, ")") && c->IsPunct(k - 3, "(") &&
                         c->Is(k - 2, kAllCaps) && c->Is(k - 2, kWordTok)) ||
                                glued
                            ? k - 3
                            : k;
    const uint32_t le = glued ? k : ne;  // the label's end
    if (comma && ne > sb && PlainNameTok(*c, ne - 1)) {
      uint32_t b = ne - 1;
      while (b > sb && ne - b < 4 && PlainNameTok(*c, b - 1)) --b;
      // a sentence's first word alone may be any word, unless it looks like a
      // name ("Kyivstar, the Ukrainian mobile operator,"), not an adverb
      // ("Separately, the firm, which ...")
      // (an apposition naming the kind of body outweighs a person's reading of
      // unknown words: "Xin Lu Bao, a Beijing-controlled newspaper,")
      constexpr int kOverPerson = 6;
      // a sentence's first two or three words: "Xin Lu Bao, a newspaper,"
      if (b == sb && ne >= sb + 2) {
        // (not a verb's "-ing" form opening a clause, "Combining X, a lender,",
        // nor an initial, "Y. Hojoh, engineer with a branch of X")
        const std::string_view w = c->Lower(b);
        if (!c->Has(b, kWAdverbs) && !EndsWith(w, "ing") && w.back() != '.' &&
            !HardLineStart(*c, b + 1) && DescribedAfter(*c, k, se) && !KnownOrShort(*c, b, ne))
          AddOrganizationCandidate(c, b, le, "org.described", kOverPerson);
        continue;
      }
      if (b == sb && ne == sb + 1) {
        const std::string_view w = c->Lower(b);
        if (c->Has(b, kWAdverbs) || c->Is(b, kAllCaps) ||
            (w.size() > 2 && w.compare(w.size() - 2, 2, "ly") == 0) || !DescribedAfter(*c, k, se) ||
            KnownOrShort(*c, b, ne) || PlaceAlone(*c, b, ne))
          continue;
        AddOrganizationCandidate(c, b, le, "org.described");
        continue;
      }
      // the end of a longer name: "Brothers to the Rescue, a Cuban exile group"
      uint32_t p = b - 1;
      while (p > sb && p + 2 >= b && c->Is(p, kLower) && c->Has(p, kWFunctionWords)) --p;
      // (not a sentence's first word before one preposition: "Shares in X, a
      // miner,", "Sanctions on X")
      const bool opener =
          p == sb && p + 2 == b &&
          (c->LowerIs(p + 1, "in") || c->LowerIs(p + 1, "on") || c->LowerIs(p + 1, "at") ||
           c->LowerIs(p + 1, "with") || c->LowerIs(p + 1, "against") || c->LowerIs(p + 1, "by"));
      const bool inner = p + 1 < b && c->NameLike(p) && !opener;
      if (b > sb && ne - b < 4 && !inner && !c->NameLike(b - 1) && !c->HitCovering(b - 1) &&
          !c->Is(b - 1, kInDate) && !HardLineStart(*c, b) && !PartOfLongerName(*c, b, sb) &&
          DescribedAfter(*c, k, se) && !KnownOrShort(*c, b, ne) && !PlaceAlone(*c, b, ne))
        AddOrganizationCandidate(c, b, le, "org.described");
      continue;
    }
    // 2. "a group called Killnet", "a company known as X".
    if (c->Is(k, kLower) && c->lex.CompanyNoun(c->Lower(k - 1), c->Lower(k)) && k + 2 < se) {
      uint32_t s = k + 1;
      if (c->LowerIs(s, "called") || c->LowerIs(s, "dubbed")) {
        s += 1;
      } else if (c->LowerIs(s, "named")) {
        // "another group named X", not the verb of "The company named Kidder as
        // underwriter": an indefinite article at most two words before the noun
        bool indefinite = false;
        for (uint32_t j = k; j-- > sb && j + 3 > k && !indefinite;)
          indefinite = c->LowerIs(j, "a") || c->LowerIs(j, "an") || c->LowerIs(j, "another");
        if (!indefinite) continue;
        s += 1;
      } else if (c->LowerIs(s, "known") && c->LowerIs(s + 1, "as")) {
        s += 2;
      } else {
        continue;
      }
      // "a hacking group known as \"Quartz Panda\"": the name in quotes
      const bool quoted = c->IsQuote(s);
      if (quoted) ++s;
      uint32_t e = s;
      while (e < se && e < s + 3 && PlainNameTok(*c, e)) ++e;
      const uint32_t g = quoted ? e : GluedNumber(*c, e);  // "known as NoName057(16)"
      if (e > s && (g > e || (!c->NameLike(e) && !c->HitCovering(e))) && (!quoted || c->IsQuote(e)))
        AddOrganizationCandidate(c, s, g, "org.called");
    }
  }
  FindQuotedCodenames(c);
}

}  // namespace ner
}  // namespace actorgraph
