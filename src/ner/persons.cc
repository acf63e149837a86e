// Persons: a capitalised run of 1-4 tokens after a title ("President Barack
// Obama"), or 2-4 tokens starting with a given name, or next to a verb of
// saying ("X Y said", "according to X Y"), or with an apposition ("X Y, a
// senior adviser at ..."). Titles stay out of the span and become the role.
#include "ner/context.h"

namespace actorgraph {
namespace ner {

namespace {

bool PersonTok(const Context& c, uint32_t i) {
  if (!c.NameLike(i) || c.Is(i, kCapsLine)) return false;
  // "Deputy General Manager of X": a capitalised role noun is no name
  if (c.Has(i, kWOrgKeywords | kWOrgLegal | kWPlaceWords | kWTreatyHeads | kWTitles | kWRoleNouns |
                   kWSpeechVerbs))
    return false;
  if (c.lex.work_nouns.Contains(c.Lower(i))) return false;  // "Films", "Records"
  return c.HitCovering(i) == nullptr;
}

// "P." or "J.R.": capital letters each followed by a period.
bool IsInitial(std::string_view t) {
  if (t.size() < 2 || t.size() > 6) return false;
  for (size_t k = 0; k < t.size(); k += 2)
    if (t[k] < 'A' || t[k] > 'Z' || k + 1 >= t.size() || t[k + 1] != '.') return false;
  return true;
}

// Does some token of [b, e) appear in the given-name or surname lists?
bool KnownPart(const Context& c, uint32_t b, uint32_t e) {
  for (uint32_t k = b; k < e; ++k)
    if (c.Has(k, kWGivenNames | kWGivenAmbiguous | kWSurnames | kWSurnameAmbiguous)) return true;
  return false;
}

// Two capitalised words, one written with letters beyond ASCII ("Maroš Novák",
// "Ciarán Bevan"): before a verb of saying, a name of the lists' spelling lacks.
bool WideNamePair(const Context& c, uint32_t b, uint32_t e) {
  if (e != b + 2) return false;
  bool wide = false;
  for (uint32_t k = b; k < e; ++k) {
    if (!c.Is(k, kCap) || c.Is(k, kAllCaps) || c.Tok(k).size() < 3) return false;
    for (char ch : c.Tok(k)) wide = wide || static_cast<unsigned char>(ch) >= 0x80;
  }
  return wide;
}

// A one-token state name or capital (not a demonym) at k.
bool StateWordAt(const Context& c, uint32_t k) {
  const Hit* h = c.HitAt(k);
  return h && h->te == k + 1 && c.Is(k, kCap) && !c.Is(k, kAllCaps) &&
         (h->kind == kAliasPlain || h->kind == kAliasMetonym) &&
         c.lex.gazetteer.entry(h->entry).type == EntityType::kState;
}

// A one-token capital standing for its state ("Santiago*") that is also a given name.
bool MetonymGivenName(const Context& c, uint32_t k) {
  const Hit* h = c.HitAt(k);
  return h && h->te == k + 1 && h->kind == kAliasMetonym && c.Is(k, kCap) &&
         c.Has(k, kWGivenNames | kWGivenAmbiguous);
}

uint32_t NameRun(const Context& c, uint32_t i, uint32_t se, uint32_t max) {
  uint32_t k = i;
  uint32_t glued = 0;  // tokens of an Arabic "Al-Sabah" past its article, not counted
  while (k < se && k - i - glued < max && (k == i || !HardLineStart(c, k))) {
    if (PersonTok(c, k)) {
      ++k;
      // Hyphenated given names: "Song Min-soon", "Kim Jong-un", "Jean-Pol".
      if (k + 1 < se && c.IsPunct(k, "-") && !c.doc.tokens[k].space_before &&
          !c.doc.tokens[k + 1].space_before && c.doc.tokens[k + 1].kind == TokenKind::kWord &&
          ((c.Is(k + 1, kLower) && c.Tok(k + 1).size() <= 5) ||
           (k == i + 1 && c.Has(i, kWGivenNames | kWGivenAmbiguous) && PersonTok(c, k + 1)) ||
           (k >= i + 2 && PersonTok(c, k + 1)))) {  // a double surname: "Buchanan-Smith"
        // "Ahmad Nasser Al-Mohammad Al-Sabah": "Al-Sabah" counts as one word
        if (c.Has(k - 1, kWNameParticles)) glued += 2;
        k += 2;
      }
    } else if (k > i && k + 1 < se && c.Is(k, kLower) && c.Has(k, kWNameParticles) &&
               PersonTok(c, k + 1)) {
      k += 2;
      ++glued;  // a particle is no word of the count: "Luz del Carmen Ibáñez Carranza"
      if (k + 1 < se && c.IsPunct(k, "-") && !c.doc.tokens[k].space_before &&
          !c.doc.tokens[k + 1].space_before && PersonTok(c, k + 1))
        k += 2;  // "Naif bin Abdul-Aziz"
    } else if (k > i && k + 1 < se && c.Is(k, kCap) && c.Has(k, kWNameParticles) &&
               c.Has(k, kWTitles) && PersonTok(c, k + 1)) {
      k += 2;  // a title-like particle inside the name: "Hassan Sheikh Mohamud"
    } else if (k > i && k + 2 < se && c.Is(k, kLower) && c.Has(k, kWNameParticles) &&
               c.Is(k + 1, kLower) && c.Has(k + 1, kWNameParticles) && c.Is(k + 2, kCap) &&
               c.NameLike(k + 2)) {
      k += 3;  // "Miguel de la Madrid", "Ursula von der Leyen": two particles and a name
      glued += 2;
    } else if (k > i && k + 2 < se && c.Is(k, kLower) && c.Has(k, kWNameParticles) &&
               c.IsPunct(k + 1, "-") && !c.doc.tokens[k + 1].space_before &&
               !c.doc.tokens[k + 2].space_before && PersonTok(c, k + 2)) {
      k += 3;  // "Nuri al-Maliki", "Ali al-Sadig"
    } else if (k == i + 1 && k + 1 < se && c.Has(i, kWGivenNames) && c.Is(k, kCap) &&
               c.Has(k, kWSpeechVerbs) && PersonTok(c, k + 1)) {
      ++k;  // "Ahmed Said Bacar": a capitalised verb of saying between two names
    } else if (k == i + 1 && k + 3 < se && c.Has(i, kWGivenNames) && c.IsQuote(k) &&
               c.Is(k + 1, kCap) && c.Is(k + 1, kWordTok) && c.IsQuote(k + 2) &&
               PersonTok(c, k + 3) && !c.Is(k + 3, kLower)) {
      k += 4;  // a nickname in quotes: Jimmy "Barbecue" Cherizier
      glued += 3;
    } else if (k == i + 1 && c.Has(i, kWGivenNames | kWGivenAmbiguous) && StateWordAt(c, k)) {
      ++k;  // "Michael Jordan", "George Washington": a state's name as a surname
      break;
    } else {
      break;
    }
  }
  // A trailing possessive or hyphen stays outside; the run itself ends here.
  return k;
}

// A capitalised given name that is also a function word ("Jan", "Will"),
// outside a date: after a title and before a name token it starts the name
// ("Foreign Minister Jan Novak").
bool GivenFunctionWord(const Context& c, uint32_t k, uint32_t se) {
  return k + 1 < se && c.Is(k, kCap) && !c.Is(k, kAllCaps) && !c.Is(k, kInDate) &&
         !c.Is(k, kCapsLine) && c.doc.tokens[k].kind == TokenKind::kWord &&
         c.Has(k, kWFunctionWords) && c.Has(k, kWGivenNames | kWGivenAmbiguous) &&
         PersonTok(c, k + 1);
}

// The hyphens between tokens [b, e).
uint32_t Hyphens(const Context& c, uint32_t b, uint32_t e) {
  uint32_t n = 0;
  for (uint32_t k = b; k < e; ++k) n += c.IsPunct(k, "-");
  return n;
}

// Does an organization found before the persons end right before token i?
bool OrgEndsAt(const Context& c, uint32_t i) {
  for (const Cand& k : c.cands)
    if (k.m.type == EntityType::kOrganization && k.m.token_end == i && k.m.token_begin + 1 < i)
      return true;
  return false;
}

uint32_t MatchTitlePhrase(const Context& c, uint32_t i, uint32_t se, bool* prefix_only);

// A title phrase at i ("foreign minister", "gen."); returns its end or i.
// (The cheap test that rejects most tokens stays inline.)
inline uint32_t MatchTitle(const Context& c, uint32_t i, uint32_t se, bool* prefix_only) {
  if (i >= se || !c.Is(i, kWordTok) || c.Is(i, kCapsLine)) return i;
  if (!c.Has(i, kWTitles) && !c.Is(i, kBeforePeriod)) return i;
  return MatchTitlePhrase(c, i, se, prefix_only);
}

uint32_t MatchTitlePhrase(const Context& c, uint32_t i, uint32_t se, bool* prefix_only) {
  const std::vector<uint32_t>* ps =
      c.Has(i, kWTitleFirst) ? c.lex.titles.Starting(c.Lower(i)) : nullptr;
  std::string_view low = c.Lower(i);
  if (!ps && low.size() > 1 && low.back() != '.' && c.Has(i, kWTitleDotted)) {
    // "Gen" + "." tokenized apart: look the word up with its period.
    char buf[32];
    if (low.size() + 1 < sizeof(buf)) {
      low.copy(buf, low.size());
      buf[low.size()] = '.';
      if (c.IsPunct(i + 1, ".")) ps = c.lex.titles.Starting(std::string_view(buf, low.size() + 1));
    }
  }
  if (!ps) return i;
  for (uint32_t p : *ps) {
    const Phrase& ph = c.lex.titles[p];
    uint32_t k = i;
    size_t w = 0;
    for (; w < ph.words.size() && k < se; ++w) {
      std::string_view want = ph.words[w], got = c.Lower(k);
      if (got == want) {
        ++k;
      } else if (want.back() == '.' && got == want.substr(0, want.size() - 1) &&
                 c.IsPunct(k + 1, ".")) {
        k += 2;
      } else {
        break;
      }
    }
    if (w == ph.words.size()) {
      *prefix_only = ph.value == 1;
      return k;
    }
  }
  return i;
}

void Emit(Context* c, uint32_t tb, uint32_t te, const char* rule, std::string role, int prio) {
  // "Samuel Goldwyn Films", "Ana Soto Records": a name before a capitalised
  // noun of rules/entities/work_nouns.txt names a firm or a work
  if (te < c->ntok() && c->Is(te, kCap) && !c->Is(te, kSentStart) &&
      c->lex.work_nouns.Contains(c->Lower(te)))
    return;
  // The first half of a hyphenated given name ("Jean-Paul", "Shin-Bae") is
  // part of the name found from its second half.
  // Not so a lone name used as a modifier: "the Reagan-Gorbachev summit"
  // pairs two persons.
  const uint32_t sb = c->SentBegin(tb);
  const bool modifier = te == tb + 1 && te < c->ntok() && c->Is(te, kLower) &&
                        c->Is(te, kWordTok) && !c->Has(te, kWSpeechVerbs | kWNameParticles) &&
                        c->Tok(te).find('\'') == std::string_view::npos &&
                        !(tb >= 2 && c->Has(tb - 2, kWNameParticles));  // "Al-Bashir"
  while (!modifier && tb >= sb + 2 && c->IsPunct(tb - 1, "-") &&
         !c->doc.tokens[tb - 1].space_before && !c->doc.tokens[tb].space_before &&
         c->Is(tb - 2, kCap) && PersonTok(*c, tb - 2))
    tb -= 2;
  Cand cand;
  cand.m = c->MakeMention(tb, te, EntityType::kPerson, rule);
  cand.m.label = c->Surface(tb, te);
  cand.m.role = std::move(role);
  cand.prio = prio;
  c->cands.push_back(std::move(cand));
}

// A title naming its body ("Secretary of State" -> the State Department) in the
// title chain [b, t), when nothing before the chain says whose office it is: the
// word standing for the body becomes a mention of that body.
void TitleBody(Context* c, uint32_t b, uint32_t t) {
  const uint32_t sb = c->SentBegin(b);
  const uint32_t chain = b;
  while (b > sb && c->Is(b - 1, kCap) && c->Has(b - 1, kWTitles)) --b;  // "Assistant"
  if (b > sb && (c->Is(b - 1, kCap) || c->Is(b - 1, kAllCaps) || c->HitCovering(b - 1) ||
                 c->IsPunct(b - 1, "'") || c->LowerIs(b - 1, "'s") ||
                 c->doc.tokens[b - 1].kind == TokenKind::kNumber))
    return;
  for (uint32_t k = chain; k < t; ++k) {
    const std::vector<uint32_t>* ps = c->lex.title_bodies.Starting(c->Lower(k));
    if (!ps) continue;
    for (uint32_t p : *ps) {
      const Phrase& ph = c->lex.title_bodies[p];
      uint32_t w = 0;
      while (w < ph.words.size() && k + w < t && c->Lower(k + w) == ph.words[w]) ++w;
      if (w < ph.words.size()) continue;
      const uint32_t at = k + ph.value;
      if (!c->Is(at, kCap)) return;
      const GazEntry* e = c->lex.gazetteer.Named(ph.text, EntityType::kOrganization);
      if (!e) return;
      Cand cand;
      cand.m = c->MakeMention(at, at + 1, EntityType::kOrganization, "org.title-body");
      cand.m.node = e->id;
      cand.m.label = e->label;
      cand.prio = 5;
      c->cands.push_back(std::move(cand));
      return;
    }
  }
}

// "X Y, a senior cyber affairs adviser at ..." -> "senior cyber affairs adviser".
std::string Apposition(const Context& c, uint32_t e, uint32_t se) {
  if (!c.IsPunct(e, ",")) return "";
  uint32_t k = e + 1;
  if (k < se && c.Has(k, kWDeterminers)) ++k;
  const uint32_t first = k;
  for (; k < se && k < first + 6; ++k) {
    // "the Zimbabwean-born founder": a hyphen inside a word
    if (c.IsPunct(k, "-") && !c.doc.tokens[k].space_before && k + 1 < se &&
        !c.doc.tokens[k + 1].space_before)
      continue;
    if (!c.Is(k, kWordTok)) return "";
    if (c.Has(k, kWRoleNouns)) return c.Surface(first, k + 1);
    // "Cheung Kong and X, two blue chips owned by tycoon Y": the role noun after a
    // passive's "by" is another's
    if (c.LowerIs(k, "by")) return "";
  }
  return "";
}

}  // namespace

// One syllable of a romanised Korean given name ("min", "seo", "jae", "geun",
// "young"): an initial consonant, a vowel, a final consonant, each optional but
// the vowel. Lower case.
bool KoreanSyllable(std::string_view w) {
  static const char* kOnsets[] = {"",  "g", "k",  "kk", "n",  "d", "t",  "tt", "r", "l", "m",
                                  "b", "p", "pp", "s",  "ss", "j", "jj", "ch", "h", "y", "w"};
  static const char* kVowels[] = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo", "ye",
                                  "o",  "wa", "oe", "yo",  "u",  "wo", "wi",  "yu",
                                  "eu", "ui", "i",  "oo",  "ee", "ou", "yeo"};
  static const char* kCodas[] = {"", "n", "ng", "m", "l", "k", "p", "t", "g", "b"};
  for (const char* o : kOnsets) {
    const std::string_view on(o);
    if (w.substr(0, on.size()) != on) continue;
    for (const char* v : kVowels) {
      const std::string_view vo(v);
      if (w.substr(on.size(), vo.size()) != vo) continue;
      const std::string_view rest = w.substr(on.size() + vo.size());
      for (const char* k : kCodas)
        if (rest == k) return true;
    }
  }
  return false;
}

void FindPersons(Context* c) {
  const uint32_t n = c->ntok();
  const size_t first_person = c->cands.size();
  for (uint32_t i = 0; i < n; ++i) {
    const uint16_t f = c->Flags(i);
    if ((f & (kWordTok | kCapsLine | kInDate)) != kWordTok) continue;
    // Most tokens are lower-case words that start nothing below: no title (nor
    // a period after them), role noun or verb of saying, nor "by" after them.
    if ((f & (kLower | kBeforePeriod)) == kLower &&
        !c->Has(i, kWTitles | kWRoleNouns | kWSpeechVerbs) && !c->LowerIs(i + 1, "by"))
      continue;
    const uint32_t sb = c->SentBegin(i), se = c->SentEnd(i);
    // 1. Titles, possibly chained ("Deputy Foreign Minister").
    bool prefix_only = false;
    uint32_t t = MatchTitle(*c, i, se, &prefix_only);
    if (t > i && (c->Is(i, kCap) || c->Is(i, kLower))) {
      for (uint32_t t2; (t2 = MatchTitle(*c, t, se, &prefix_only)) > t;) t = t2;
      uint32_t e = NameRun(*c, t, se, 5);  // "President Zine El Abidine Ben Ali"
      if (e == t && GivenFunctionWord(*c, t, se)) e = NameRun(*c, t + 1, se, 4);
      // "Vice Premier He Lifeng": a family name that is also a word, after a title
      if (e == t && t + 1 < se && c->Is(t, kCap) && !c->Is(t, kAllCaps) &&
          c->lex.family_first_ambiguous.Contains(c->Tok(t)) && PersonTok(*c, t + 1) &&
          !c->Has(t + 1, kWGivenAmbiguous | kWSurnameAmbiguous))
        e = NameRun(*c, t + 1, se, 2);
      // One word after a one-word title ("General Debate") must be a known name
      // unless the title is an abbreviation ("Mr. Smith").
      bool abbrev = c->Tok(t - 1) == "." || c->Tok(t - 1).back() == '.';
      if (e == t + 1 && t == i + 1 && !abbrev && !KnownPart(*c, t, e)) e = t;
      if (e > t && !prefix_only) {
        Emit(c, t, e, "person.title", c->Surface(i, t), 7);
        TitleBody(c, i, t);
        i = e - 1;
        continue;
      }
      // The title as a common noun, the name in apposition after it: "Australia's
      // foreign minister, Marise Payne, said", "the bloc's president, Ana Vidal."
      // Or in brackets: "Bulgaria's defence minister (Ivaylo Donchev) signed".
      if (e == t && !prefix_only && c->Is(i, kLower) && c->IsPunct(t, "(")) {
        uint32_t e2 = NameRun(*c, t + 1, se, 3);
        if (e2 >= t + 3 && e2 < se && c->IsPunct(e2, ")")) {
          Emit(c, t + 1, e2, "person.title-bracket", c->Surface(i, t), 5);
          i = e2;
          continue;
        }
      }
      if (e == t && !prefix_only && c->Is(i, kLower) && c->IsPunct(t, ",")) {
        uint32_t e2 = NameRun(*c, t + 1, se, 3);
        // a given name that is also a capital: "Argentina's foreign minister, Santiago
        // Cafiero," (a capital's name never heads such an apposition by itself)
        if (e2 == t + 1 && MetonymGivenName(*c, t + 1) && t + 2 < se && PersonTok(*c, t + 2))
          e2 = NameRun(*c, t + 2, se, 2);
        if (e2 >= t + 3 &&
            (e2 >= se || c->IsPunct(e2, ",") || c->IsPunct(e2, ".") || c->Has(e2, kWSpeechVerbs))) {
          Emit(c, t + 1, e2, "person.title-apposition", c->Surface(i, t), 5);
          i = e2 - 1;
          continue;
        }
      }
    }
    // 2. A role noun right before a full name ("spokesman Nicholas Burns").
    if (c->Is(i, kLower) && c->Has(i, kWRoleNouns)) {
      uint32_t e = NameRun(*c, i + 1, se, 4);
      if (e >= i + 3) {
        Emit(c, i + 1, e, "person.role", c->Surface(i, i + 1), 6);
        i = e - 1;
        continue;
      }
    }
    // 2b. A role noun, a comma, then a full name set off as an apposition
    // ("its minister, Ozrak Veltani, for ...", "the group's chief executive,
    // John Smith, said"): the name of unknown words needs the comma after it.
    if (c->Is(i, kLower) && c->Has(i, kWRoleNouns) && i + 1 < se && c->IsPunct(i + 1, ",")) {
      uint32_t e = NameRun(*c, i + 2, se, 3);
      if (e >= i + 4 && e < se && c->IsPunct(e, ",") && !c->HitAt(e + 1)) {
        Emit(c, i + 2, e, "person.role-apposition", c->Surface(i, i + 1), 5);
        i = e - 1;
        continue;
      }
    }
    // 2c. A role noun "for"/"of"/"at" its body, then the name between commas:
    // "A spokesman for the Kurdistan Regional Government, Peshawa Hawramani, denied".
    if (c->Is(i, kLower) && c->Has(i, kWRoleNouns) && i + 3 < se &&
        (c->LowerIs(i + 1, "for") || c->LowerIs(i + 1, "of") || c->LowerIs(i + 1, "at"))) {
      uint32_t j = i + 2;
      if (c->LowerIs(j, "the")) {
        ++j;
        // "the leader of the opposition Democratic Party, Tina Browne,": a word
        // in lower case before the body's capitalised name
        if (j + 1 < se && c->Is(j, kLower) && c->Is(j, kWordTok) &&
            !c->Has(j, kWFunctionWords | kWDeterminers) && c->Is(j + 1, kCap))
          ++j;
      }
      const uint32_t body = j;
      while (
          j < se && j < body + 6 && c->Is(j, kWordTok) &&
          (c->Is(j, kCap) || c->LowerIs(j, "of") || c->LowerIs(j, "for") || c->LowerIs(j, "and")))
        ++j;
      if (j > body && j < se && c->IsPunct(j, ",") && c->Is(j - 1, kCap)) {
        uint32_t e = NameRun(*c, j + 1, se, 3);
        // (then the sentence goes on in lower case: "Europe, Middle East, Africa" is a list)
        if (e >= j + 3 && e + 1 < se && c->IsPunct(e, ",") && c->Is(e + 1, kLower)) {
          Emit(c, j + 1, e, "person.role-for-apposition", c->Surface(i, i + 1), 5);
          i = e - 1;
          continue;
        }
      }
    }
    // 2d. A body's noun, a verb of leading and "by", then a name of unknown words:
    // "a coalition led by Corneille Nangaa,", "the delegation headed by Ana Vidal."
    if (c->Is(i, kLower) && i > sb && i + 3 < se && c->LowerIs(i + 1, "by") &&
        c->lex.leader_cues.Get(c->Lower(i), 0) == 1 && c->Is(i - 1, kLower) &&
        c->lex.leader_cues.Get(c->Lower(i - 1), 0) == 2) {
      const uint32_t e = NameRun(*c, i + 2, se, 3);
      if (e >= i + 4 && (e >= se || c->IsPunct(e, ",") || c->IsPunct(e, ".") ||
                         c->IsPunct(e, ")") || c->IsPunct(e, ";"))) {
        Emit(c, i + 2, e, "person.led-by", "", 4);
        i = e - 1;
        continue;
      }
    }
    // 3. Verbs of saying.
    if (c->Is(i, kLower) && c->Has(i, kWSpeechVerbs)) {
      uint32_t b = i;
      while (b > sb && i - b < 3 && PersonTok(*c, b - 1)) --b;
      // a name found after its title ("Minister of Foreign Affairs X Y said")
      // keeps the title's last word out
      bool titled = false;
      for (size_t q = c->cands.size(); q-- > first_person && q + 8 > c->cands.size();)
        if (c->cands[q].m.type == EntityType::kPerson && c->cands[q].m.token_end == i &&
            c->cands[q].m.token_begin > b)
          titled = true;
      if (i - b >= 2 && !titled && !(b > sb && c->Has(b - 1, kWDeterminers)) &&
          (KnownPart(*c, b, i) || WideNamePair(*c, b, i)))
        Emit(c, b, i, "person.speech", "", 5);
      uint32_t s = i + 1;
      if (c->LowerIs(i, "according") && c->LowerIs(i + 1, "to")) ++s;
      uint32_t e = NameRun(*c, s, se, 3);
      if (e >= s + 2 && (KnownPart(*c, s, e) || WideNamePair(*c, s, e)))
        Emit(c, s, e, "person.speech", "", 5);
      continue;
    }
    // 4. Initials and a surname ("P. Simmons", "J.R. Smith").
    if (c->Is(i, kCap) && IsInitial(c->Tok(i)) && !c->HitCovering(i)) {
      uint32_t k = i;
      while (k < se && k < i + 3 && c->Is(k, kCap) && IsInitial(c->Tok(k))) ++k;
      uint32_t e = NameRun(*c, k, se, 2);
      bool single = c->Tok(i).size() == 2;  // "P." rather than "N.Z."
      if (e > k && !IsInitial(c->Tok(e - 1)) && (single || c->Has(e - 1, kWSurnames)) &&
          c->doc.tokens[k].span.begin == c->doc.tokens[k - 1].span.end + 1) {
        Emit(c, i, e, "person.initials", "", 5);
        i = e - 1;
        continue;
      }
    }
    // 4b. Two unknown words opening a sentence before a verb that only a person
    // does to a body: "Kaisa Lindqvist directs the Nordic Forum", "X Y chairs the
    // panel" (rules/entities/leader_cues.txt, "subject" verbs).
    if (i == sb && c->Is(i, kCap) && PersonTok(*c, i)) {
      const uint32_t e = NameRun(*c, i, se, 3);
      if (e == i + 2 && e + 1 < se && c->Is(e, kLower) &&
          c->lex.leader_cues.Get(c->Lower(e), 0) == 4 &&
          (c->Has(e + 1, kWDeterminers) || c->Is(e + 1, kCap))) {
        Emit(c, i, e, "person.leader-verb", "", 4);
        i = e - 1;
        continue;
      }
    }
    // 5. Given names, family names written first, known surnames.
    // Only at the start of a capitalised run ("San Diego Padres" is no "Diego Padres").
    if (c->Is(i, kCap) && PersonTok(*c, i) &&
        (i == sb || HardLineStart(*c, i) || !PersonTok(*c, i - 1) ||
         (c->Is(i - 1, kAllCaps) && c->Has(i - 1, kWAcronymStop)) ||  // "MEP Caroline Lucas"
         (c->Has(i, kWGivenNames | kWFamilyFirst) &&
          OrgEndsAt(*c, i)))) {  // "... Conference Jia Qinglin"
      uint32_t e = NameRun(*c, i, se, 4);
      // "Mark Cairns ( England )": a name with a nationality in brackets.
      bool nationality = c->IsPunct(e, "(") && c->HitAt(e + 1) && c->HitAt(e + 1)->te < c->ntok() &&
                         c->IsPunct(c->HitAt(e + 1)->te, ")") &&
                         c->lex.gazetteer.entry(c->HitAt(e + 1)->entry).type == EntityType::kState;
      // "Roman Protasevich, 26, was detained": an age set off by commas.
      const bool age = e + 2 < se && c->IsPunct(e, ",") && c->IsPunct(e + 2, ",") &&
                       c->doc.tokens[e + 1].kind == TokenKind::kNumber &&
                       c->Tok(e + 1).size() <= 2 && c->Tok(e + 1)[0] != '0';
      std::string role = e >= i + 2 ? Apposition(*c, e, se) : "";
      // An ambiguous given name ("Mark", "Will") needs more: a known surname,
      // an apposition, or a place inside a sentence (capitalised there, it is a name).
      bool given =
          c->Has(i, kWGivenNames) || (c->Has(i, kWGivenAmbiguous) &&
                                      (!role.empty() || age || c->Has(i + 1, kWSurnames) ||
                                       (i > sb && !HardLineStart(*c, i) && !c->IsQuote(i - 1))));
      // "the Reagan-Gorbachev summit": two names paired as a modifier, not a
      // hyphenated given name standing alone
      const bool pair = e == i + 3 && c->IsPunct(i + 1, "-") && e < se && c->Is(e, kLower) &&
                        c->Is(e, kWordTok) && !c->Has(e, kWSpeechVerbs | kWNameParticles) &&
                        c->Tok(e).find('\'') == std::string_view::npos &&
                        !c->Has(i, kWNameParticles);  // "Al-Bashir boarding"
      if (pair) given = false;
      // "the Mai-Mai Yakutumba militia": a group noun after the name makes it a group's
      // (not after a known surname: "the Dudley Taft group" is his investors')
      if (e < se && c->Is(e, kLower) && c->lex.group_nouns.Contains(c->Lower(e)) &&
          !c->Has(e - 1, kWSurnames | kWSurnameAmbiguous))
        continue;
      // "brine from the Salar de Atacama", "talks in Dar es Salaam": a name with a
      // lower-case particle (or a lone surname before a lower-case word and a
      // capitalised one) after "the" or a preposition of place is a place's
      if (i > sb && (c->LowerIs(i - 1, "the") || c->LowerIs(i - 1, "in") ||
                     c->LowerIs(i - 1, "at") || c->LowerIs(i - 1, "near"))) {
        bool particle = false;
        for (uint32_t q = i + 1; q < e; ++q) particle = particle || c->Is(q, kLower);
        if (e == i + 1 && e + 1 < se && c->Is(e, kLower) && c->Is(e, kWordTok) &&
            c->Tok(e).size() <= 3 && c->Is(e + 1, kCap))
          particle = true;
        if (particle && !(e < se && c->Tok(e) == "'s")) continue;
      }
      if (e >= i + 2 && given) {
        Emit(c, i, e, "person.given-name", role, 6);
        i = e - 1;
      } else if (e >= i + 2 && c->Has(i, kWFamilyFirst) && e <= i + 3 + 2 * Hyphens(*c, i, e)) {
        // "Kim Dae-jung", "Tsai Ing-wen": a hyphenated given name counts as one word.
        // No Chinese, Korean or Vietnamese syllable ends in "ed": in a title-case
        // headline that word is the verb ("Meng Wanzhou Freed After Deal").
        std::string_view last = c->Tok(e - 1);
        if (e == i + 3 && last.size() > 3 && last.substr(last.size() - 2) == "ed") --e;
        Emit(c, i, e, "person.family-first", role, 5);
        i = e - 1;
      } else if (e == i + 2 && c->Has(i + 1, kWSurnames)) {
        Emit(c, i, e, "person.surname", role, 4);
        i = e - 1;
      } else if (e >= i + 2 && e <= i + 3 && (nationality || age)) {
        Emit(c, i, e, "person.nationality", role, 4);
        i = e - 1;
      } else if (e >= i + 2 && !role.empty() && e <= i + 3 + 2 * Hyphens(*c, i, e) &&
                 !(i > sb && (c->LowerIs(i - 1, "in") || c->LowerIs(i - 1, "at") ||
                              c->LowerIs(i - 1, "near") || c->LowerIs(i - 1, "from")))) {
        // "In New York, a North Korean official said": a place, not a person
        Emit(c, i, e, "person.apposition", role, 4);
        i = e - 1;
      } else if (e == i + 2 && e + 2 < se && c->IsPunct(e, ",") && c->LowerIs(e + 1, "who") &&
                 c->Is(e + 2, kLower) && !c->Is(i, kAllCaps) && !c->Is(i + 1, kAllCaps) &&
                 !(i > sb && (c->Has(i - 1, kWDeterminers) || c->Is(i - 1, kLower) ||
                              c->IsPunct(i - 1, "-")))) {
        // "Serik Abenov, who leads the Aral Foundation,": two unknown words that
        // open a clause (or follow its comma) before "who" and a verb are a person's
        // name ("the Vardo Group, who", "in New Delhi, who": not after a word)
        Emit(c, i, e, "person.who", "", 3);
        i = e - 1;
      } else if (e == i + 1 && c->Has(i, kWSurnames) && !c->Has(i, kWGivenAmbiguous)) {
        Emit(c, i, e, "person.known-surname", "", 2);
      }
    }
  }
  // A list of persons named family name first goes on with a family name that is
  // also an English word ("Zhao Ming and He Lifeng", "Wang Tao, Ma Jun and ...").
  for (size_t k = first_person; k < c->cands.size(); ++k) {
    const Mention& m = c->cands[k].m;
    if (m.type != EntityType::kPerson || !c->Has(m.token_begin, kWFamilyFirst)) continue;
    const uint32_t j = m.token_end + 1, se = c->SentEnd(m.token_begin);
    if (j + 1 >= se || !(c->LowerIs(j - 1, "and") || c->IsPunct(j - 1, ",")) || !c->Is(j, kCap) ||
        c->Is(j, kAllCaps) || !c->lex.family_first_ambiguous.Contains(c->Tok(j)))
      continue;
    const uint32_t e = NameRun(*c, j + 1, se, 1);
    if (e == j + 1 || c->Has(j + 1, kWGivenAmbiguous | kWSurnameAmbiguous)) continue;
    bool taken = false;
    for (const Cand& o : c->cands) taken = taken || (o.m.token_begin < e && o.m.token_end > j);
    if (!taken) Emit(c, j, e, "person.family-first-list", "", 5);
  }
  // "Park Min-seo", "Moon Jae-in": a listed family name (even one that is also
  // a word) before a given name of two short syllables joined by a hyphen, the
  // second in lower case, is a person named family name first
  for (uint32_t j = 0; j + 3 < n; ++j) {
    if (!c->Is(j, kCap) || c->Is(j, kAllCaps) || c->Is(j, kCapsLine) ||
        !c->Has(j, kWSurnames | kWSurnameAmbiguous) || !c->Is(j + 1, kCap) ||
        c->Is(j + 1, kAllCaps) || !c->IsPunct(j + 2, "-") || !c->Is(j + 3, kLower) ||
        c->doc.tokens[j + 2].space_before || c->doc.tokens[j + 3].space_before ||
        c->SentOf(j) != c->SentOf(j + 3) || !KoreanSyllable(c->Lower(j + 1)) ||
        !KoreanSyllable(c->Lower(j + 3)) || (j > 0 && c->NameLike(j - 1)))
      continue;
    bool longer = false;  // a person found by other cues that reaches further
    for (const Cand& o : c->cands)
      longer = longer || (o.m.type == EntityType::kPerson && o.m.token_begin <= j &&
                          o.m.token_end >= j + 4 && o.m.token_end - o.m.token_begin > 4);
    if (!longer) Emit(c, j, j + 4, "person.hyphen-given", "", 5);
  }
  // Roles from appositions for persons found by other cues.
  for (size_t k = first_person; k < c->cands.size(); ++k) {
    Mention& m = c->cands[k].m;
    if (m.role.empty() && m.token_end < n)
      m.role = Apposition(*c, m.token_end, c->SentEnd(m.token_begin));
  }
}

}  // namespace ner
}  // namespace actorgraph
