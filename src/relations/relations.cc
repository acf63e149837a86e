// The rule engine: one skeleton per sentence, one RE2::Set pass, captures
// only for the rules that can fire, then overlap resolution and modality.
#include "actorgraph/relations.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <iterator>
#include <string_view>
#include <thread>
#include <tuple>

#include "actorgraph/util.h"
#include "relations/internal.h"

namespace actorgraph {
namespace relations {
namespace {

// The state mention whose name the name finder glued into the label of the
// organization at skeleton token `ti` ("China's Ministry of Commerce"): the
// state's placeholder right before it, "'s" between or nothing; or a state
// written with "'s" right before the body; else -1.
int OwningState(const Document& doc, const std::vector<Mention>& mentions, const Skeleton& skel,
                size_t ti) {
  const Mention& body = mentions[skel.tokens[ti].mention];
  if (body.type != EntityType::kOrganization || ti == 0) return -1;
  size_t k = ti - 1;
  if (skel.tokens[k].mention < 0) {
    std::string_view w(skel.text.data() + skel.tokens[k].offset, skel.tokens[k].size);
    if ((w != "'s" && w != "'") || k == 0) return -1;
    --k;
  }
  const int st = skel.tokens[k].mention;
  if (st < 0 || mentions[st].type != EntityType::kState) return -1;
  const std::string_view name = doc.Text(mentions[st].span);
  const std::string& label = body.label;
  if (label.size() > doc.Text(body.span).size() && label.compare(0, name.size(), name) == 0)
    return st;
  // A state's possessive before a body of its own name ("Britain's Foreign
  // Office", "China's Ministry of State Security"): the rules read the body's
  // words after "STATE 's" and decide whether they name a state's organ.
  return k + 1 < ti ? st : -1;
}

// The body whose possessive stands right before the body at `ti` ("the
// Treasury Department's Office of Foreign Assets Control"), or -1.
int OwningBody(const std::vector<Mention>& mentions, const Skeleton& skel, size_t ti) {
  const Mention& body = mentions[skel.tokens[ti].mention];
  if (body.type != EntityType::kOrganization || ti < 2) return -1;
  if (skel.tokens[ti - 1].mention >= 0) return -1;
  std::string_view w(skel.text.data() + skel.tokens[ti - 1].offset, skel.tokens[ti - 1].size);
  if (w != "'s" && w != "'") return -1;
  const int owner = skel.tokens[ti - 2].mention;
  if (owner < 0 || mentions[owner].type != EntityType::kOrganization ||
      mentions[owner].node == body.node)
    return -1;
  return owner;
}

// Longest opening phrase ("In a statement on Tuesday,") before a subject
// anaphor, in document tokens (its comma included).
constexpr uint32_t kMaxSubjectOpener = 8;

// Candidate edges kept per sentence at most (lists of lists can multiply).
constexpr size_t kMaxCandidates = 20000;

// One candidate edge before overlap resolution.
struct Candidate {
  size_t rule = 0;
  uint32_t source = 0, target = 0;
  size_t length = 0;       // matched skeleton tokens
  size_t trigger_tok = 0;  // sentence-skeleton token governing modality
  size_t cue_floor = 0;    // sentence-skeleton tokens before it hold no cue of this trigger
  Span trigger;
};

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

// Appends the mention indices of the placeholders in `s` ("§S12 , §S3 ").
void Placeholders(re2::StringPiece s, std::vector<uint32_t>* out) {
  size_t state_end =
      std::string::npos;  // just after a state's or body's placeholder, if the last one was
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA7) {
      const char kind = s[i + 2];
      size_t j = i + 3;
      uint32_t v = 0;
      bool any = false;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') {
        v = v * 10 + static_cast<uint32_t>(s[j] - '0');
        any = true;
        ++j;
      }
      // "French President Emmanuel Macron" and "NATO secretary general X" in a
      // list are the person, not the state or the body (only a title, no list
      // separator, stands between them).
      if (any && kind == 'P' && state_end != std::string::npos && !out->empty()) {
        re2::StringPiece between = s.substr(state_end, i - state_end);
        if (between.find(',') == re2::StringPiece::npos &&
            between.find(" and ") == re2::StringPiece::npos &&
            between.find(" or ") == re2::StringPiece::npos &&
            between.find('/') == re2::StringPiece::npos &&
            between.find('&') == re2::StringPiece::npos && between.size() > 1)
          out->pop_back();
      }
      if (any) out->push_back(v);
      state_end = any && (kind == 'S' || kind == 'O') ? j : std::string::npos;
      i = j;
    }
  }
}

class Engine : public RuleSet {
 public:
  explicit Engine(Compiled c) : c_(std::move(c)) {}

  std::vector<Relation> Extract(const Document& doc,
                                const std::vector<Mention>& mentions) const override;
  const std::vector<RuleExample>& examples() const override { return c_.examples; }
  size_t rule_count() const override { return c_.rules.size(); }
  void CompileAll(std::vector<Diagnostic>* diags, int threads) const override;

 private:
  // Runs the rules the prefilter allows over `skel`; `outer_tok` >= 0 means
  // an inner skeleton whose modality is read at that sentence token.
  // `tok_map`, if given, maps skel's tokens to those of the sentence
  // skeleton (a reading without asides).
  void Run(const Skeleton& skel, const std::vector<Mention>& mentions, long outer_tok,
           std::vector<Candidate>* cands, const std::vector<size_t>* tok_map = nullptr) const;
  // Drops the candidates that link a name inside an aside to a trigger
  // outside it, then adds those of the reading without asides that are new.
  void ReadAroundAsides(const Skeleton& skel, const std::vector<Aside>& asides,
                        const std::vector<Mention>& mentions, std::vector<Candidate>* cands) const;
  // Reads each predicate coordinated with the sentence's first one as if it
  // followed the subject ("Russia denied ... and accused Ukraine of ..."),
  // and adds the pairs the sentence did not give. `outer_map`, if given,
  // maps skel's tokens to those of the sentence skeleton (skel is then the
  // reading without asides: "X, a spokeswoman for Y, denied ... and accused").
  void ReadCoordinations(const Skeleton& skel, const std::vector<Mention>& mentions,
                         std::vector<Candidate>* cands,
                         const std::vector<size_t>* outer_map = nullptr) const;
  // "Caracas closed its airspace after raids on its border posts": reads the
  // sentence again with "its" after "on", "against", ... as its subject's (one
  // state or body), and adds the pairs the sentence did not give.
  void ReadOwnPossessive(const Skeleton& skel, const std::vector<Mention>& mentions,
                         std::vector<Candidate>* cands) const;
  // Appends to *cands the candidates of `extra` whose (source, target,
  // relation) is not among them yet.
  void AddNew(const std::vector<Candidate>& extra, std::vector<Candidate>* cands) const;
  // `asides` are the skeleton's (FindAsides): a date inside one dates only what is inside.
  void Resolve(const Document& doc, const std::vector<Mention>& mentions, uint32_t sentence,
               const Skeleton& skel, const std::vector<Aside>& asides,
               const std::vector<int>& dates, const std::vector<int>& date_owners,
               std::vector<Candidate>* cands, std::vector<Relation>* out) const;
  bool Better(const Candidate& a, const Candidate& b) const {
    const Rule& ra = c_.rules[a.rule];
    const Rule& rb = c_.rules[b.rule];
    return std::make_tuple(ra.priority, a.length, -static_cast<long>(a.rule)) >
           std::make_tuple(rb.priority, b.length, -static_cast<long>(b.rule));
  }

  // Finds the first verb of c_.treaty_verbs_alone in sentence s that stands
  // without an object (the sentence ends after it, or a word of
  // c_.objectless_next follows); *verb gets its span.
  bool ObjectlessVerb(const Document& doc, const Sentence& s, Span* verb) const {
    if (c_.treaty_verbs_alone.empty()) return false;
    for (uint32_t k = s.token_begin; k < s.token_end && k < doc.tokens.size(); ++k) {
      const Token& t = doc.tokens[k];
      if (t.kind != TokenKind::kWord || t.span.size() < 4 || t.span.size() > 8) continue;
      const std::string w = AsciiLower(doc.Text(t.span));
      if (!c_.treaty_verbs_alone.count(w)) continue;
      // "sign" and "signs" are nouns too ("an encouraging sign,"): as verbs
      // they follow "to", a modal or a subject ("would sign", "they sign")
      if ((w == "sign" || w == "signs") && k > s.token_begin) {
        const std::string p = AsciiLower(doc.Text(doc.tokens[k - 1].span));
        if (!c_.aux_words.count(p) && p != "to" && p != "not" && p != "also" && p != "they" &&
            p != "we" && p != "it" && p != "and")
          continue;
      }
      if (k + 1 < s.token_end &&
          !c_.objectless_next.count(AsciiLower(doc.Text(doc.tokens[k + 1].span))))
        continue;
      *verb = t.span;
      return true;
    }
    return false;
  }

  // "the agency's" in sentence s standing for organization `org` (its name or
  // label holds the noun, a word of c_.possessive_anaphor_nouns): *phrase gets
  // "the agency".
  bool PossessiveAnaphor(const Document& doc, const Sentence& s, const Mention& org,
                         Span* phrase) const {
    if (c_.possessive_anaphor_nouns.empty()) return false;
    const uint32_t e = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(doc.tokens.size()));
    auto lower = [&](uint32_t i) { return AsciiLower(doc.Text(doc.tokens[i].span)); };
    for (uint32_t k = s.token_begin; k + 2 < e; ++k) {
      if (doc.Text(doc.tokens[k + 2].span) != "'s" || lower(k) != "the") continue;
      const std::string noun = lower(k + 1);
      if (!c_.possessive_anaphor_nouns.count(noun)) continue;
      // the noun as a word of the name ("Cyber Security Agency of Singapore")
      bool holds = false;
      for (std::string_view name : {std::string_view(org.label), doc.Text(org.span)}) {
        const std::string l = AsciiLower(name);
        for (size_t at = l.find(noun); at != std::string::npos && !holds;
             at = l.find(noun, at + 1)) {
          const size_t end = at + noun.size();
          holds = (at == 0 || !std::isalnum(static_cast<unsigned char>(l[at - 1]))) &&
                  (end == l.size() || !std::isalnum(static_cast<unsigned char>(l[end])));
        }
      }
      if (!holds) return false;
      *phrase = {doc.tokens[k].span.begin, doc.tokens[k + 1].span.end};
      return true;
    }
    return false;
  }

  // A sentence opening with "The" and a noun of c_.treaty_subject_nouns before
  // an auxiliary of the AUX class ("The text was signed by ..."): *noun gets
  // the noun's span.
  bool TreatySubject(const Document& doc, const Sentence& s, Span* noun) const {
    if (c_.treaty_subject_nouns.empty() || s.token_begin + 3 >= s.token_end ||
        s.token_end > doc.tokens.size())
      return false;
    const uint32_t k = s.token_begin;
    auto lower = [&](uint32_t i) { return AsciiLower(doc.Text(doc.tokens[i].span)); };
    if (lower(k) == "it" && PassiveIt(doc, s)) {
      *noun = doc.tokens[k].span;
      return true;
    }
    if (lower(k) != "the" || !c_.treaty_subject_nouns.count(lower(k + 1))) return false;
    if (!c_.aux_words.count(lower(k + 2))) return false;
    *noun = doc.tokens[k + 1].span;
    return true;
  }

  // "It was put forward by Norway and co-sponsored by Chile": an opening "it",
  // a passive auxiliary and "by" within a few words (the participle, maybe in
  // two words or hyphenated). "It was clear that" has no "by".
  bool PassiveIt(const Document& doc, const Sentence& s) const {
    static const char* kAux[] = {"was", "were", "is", "had", "has"};
    auto lower = [&](uint32_t i) { return AsciiLower(doc.Text(doc.tokens[i].span)); };
    uint32_t k = s.token_begin + 1;
    const uint32_t e = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(doc.tokens.size()));
    if (k + 2 >= e || std::none_of(std::begin(kAux), std::end(kAux),
                                   [&](const char* a) { return lower(k) == a; }))
      return false;
    if (lower(k) == "had" || lower(k) == "has") {
      if (lower(k + 1) != "been") return false;
      ++k;
    }
    for (uint32_t j = k + 2; j < e && j <= k + 5; ++j) {
      const std::string w = lower(j);
      if (w == "by") return true;
      if (w == "," || w == "that" || w == "to") return false;
    }
    return false;
  }

  // The subject anaphor opening sentence s ("The country became", "However,
  // it signed"), or nullptr; *phrase is its words.
  const Compiled::SubjectAnaphor* SubjectAnaphorOf(const Document& doc, const Sentence& s,
                                                   Span* phrase) const {
    if (c_.subject_anaphors.empty()) return nullptr;
    auto lower = [&](uint32_t k) { return AsciiLower(doc.Text(doc.tokens[k].span)); };
    uint32_t k = s.token_begin;
    const uint32_t e = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(doc.tokens.size()));
    if (k + 2 >= e) return nullptr;
    // past an opening "But" or "And", or a sentence adverb and its comma
    std::string first = lower(k);
    if (first == "but" || first == "and" || first == "yet") {
      ++k;
    } else if (c_.sentence_adverbs.count(first) && doc.Text(doc.tokens[k + 1].span) == ",") {
      k += 2;
    } else if (c_.subject_openers.count(first)) {
      // past a short opening phrase and its comma: "On Tuesday, the agency said"
      for (uint32_t j = k + 1; j < e && j <= k + kMaxSubjectOpener; ++j) {
        if (doc.Text(doc.tokens[j].span) != ",") continue;
        k = j + 1;
        break;
      }
    }
    for (const Compiled::SubjectAnaphor& a : c_.subject_anaphors) {
      const uint32_t n = static_cast<uint32_t>(a.words.size());
      if (k + n >= e) continue;
      bool match = true;
      for (uint32_t w = 0; w < n && match; ++w)
        match = EqualsIgnoreCase(doc.Text(doc.tokens[k + w].span), a.words[w]);
      if (!match) continue;
      // a verb or an adverb follows: "The group attacked", not "The group's
      // leader" nor "It was clear that"; or an aside: "The group, which
      // officials link to the SVR, has targeted ..."
      const Token& next = doc.tokens[k + n];
      const std::string_view nt = doc.Text(next.span);
      bool aside = false;
      if (nt == "," && k + n + 1 < e) {
        const std::string w = lower(k + n + 1);
        aside = c_.apposition_openers.count(w) > 0 ||
                std::find(c_.relative_openers.begin(), c_.relative_openers.end(), w) !=
                    c_.relative_openers.end();
      }
      if (!aside && (next.kind != TokenKind::kWord || nt.empty() || nt[0] < 'a' || nt[0] > 'z'))
        continue;
      if (a.pronoun && c_.expletive_next.count(lower(k + n))) continue;
      *phrase = {doc.tokens[k].span.begin, doc.tokens[k + n - 1].span.end};
      return &a;
    }
    return nullptr;
  }

  // Finds the first pair anaphor ("both countries", "the three states") of
  // sentence s; *count is how many states it stands for.
  bool PairAnaphor(const Document& doc, const Sentence& s, Span* phrase, size_t* count) const {
    for (uint32_t k = s.token_begin; k < s.token_end && k < doc.tokens.size(); ++k) {
      if (!c_.pair_first[static_cast<unsigned char>(doc.text[doc.tokens[k].span.begin])]) continue;
      for (const std::vector<std::string>& words : c_.pair_anaphors) {
        if (k + words.size() > s.token_end) continue;
        bool match = true;
        for (size_t w = 0; w < words.size() && match; ++w)
          match = EqualsIgnoreCase(doc.Text(doc.tokens[k + w].span), words[w]);
        if (!match) continue;
        *phrase = {doc.tokens[k].span.begin, doc.tokens[k + words.size() - 1].span.end};
        *count = 2;
        for (const std::string& w : words)
          *count = w == "three" ? 3 : w == "four" ? 4 : w == "five" ? 5 : *count;
        return true;
      }
    }
    return false;
  }

  Compiled c_;
};

void Engine::CompileAll(std::vector<Diagnostic>* diags, int threads) const {
  // Compile in parallel (each regex once, whichever thread takes it); the
  // diagnostics are then read in rule order.
  std::vector<const LazyRegex*> regexes;
  for (const Rule& r : c_.rules) {
    regexes.push_back(r.re.get());
    for (const auto& u : r.unless) regexes.push_back(u.get());
    if (r.not_after) regexes.push_back(r.not_after.get());
  }
  const size_t jobs = regexes.size() + c_.groups.size();
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < jobs;) {
      if (i < regexes.size())
        regexes[i]->get();
      else if (const auto& set = c_.groups[i - regexes.size()].set)
        set->get();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < ThreadCount(threads); ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  for (const Rule& r : c_.rules) {
    auto check = [&](const LazyRegex& re, const std::string& field) {
      std::string err = re.error();
      if (!err.empty()) diags->push_back({r.file, r.line, 0, r.id, field, err});
    };
    check(*r.re, "pattern");
    for (size_t k = 0; k < r.unless.size(); ++k)
      check(*r.unless[k], "unless[" + std::to_string(k) + "]");
    if (r.not_after) check(*r.not_after, "not_after");
    // The named groups load read from the regex text are RE2's.
    if (const RE2* re = r.re->get();
        re && CaptureGroups(re->pattern()) != re->NamedCapturingGroups())
      diags->push_back({r.file, r.line, 0, r.id, "pattern", "capture groups misread at load"});
  }
  for (const Compiled::Group& g : c_.groups) {
    if (!g.set || g.set->get()) continue;
    const Rule& r = c_.rules[g.rules[0]];
    diags->push_back({r.file, r.line, 0, r.id, "pattern",
                      "this rule and the " + std::to_string(g.rules.size() - 1) +
                          " that share its anchor words do not compile together within the "
                          "memory limit (" +
                          std::to_string(kSetMaxMem >> 20) +
                          " MB), so each runs alone on every sentence: slower, same result"});
  }
}

void Engine::Run(const Skeleton& skel, const std::vector<Mention>& mentions, long outer_tok,
                 std::vector<Candidate>* cands, const std::vector<size_t>* tok_map) const {
  thread_local std::vector<int> hits;
  thread_local std::vector<re2::StringPiece> groups;
  thread_local std::vector<uint32_t> sources, targets;
  thread_local std::vector<std::pair<size_t, size_t>> vetoes;
  // Kinds of names present: a rule runs only if both its ends can be filled.
  unsigned kinds = 0;
  for (const SkelToken& t : skel.tokens)
    if (t.mention >= 0) kinds |= 1u << static_cast<int>(mentions[t.mention].type);
  hits.clear();
  thread_local std::vector<int> set_hits;
  thread_local std::string compact;
  thread_local std::vector<uint32_t> coff;  // offset in `compact` of each skeleton token
  thread_local std::vector<uint64_t> cand;  // rules whose anchors and name kinds are present
  compact.clear();
  for (size_t gi = 0; gi < c_.groups.size(); ++gi) {
    const Compiled::Group& g = c_.groups[gi];
    if (!(kinds & g.source_types) || !(kinds & g.target_types)) continue;
    if (compact.empty()) {
      cand = c_.unanchored;
      c_.Compact(skel, &compact, cand.data(), &coff);
    }
    // Rules of the group that can match here: their anchor is present and so
    // are the kinds of names their ends take. One alone goes straight to its
    // own regex, which finds the match and its captures in one search.
    size_t first_hit = hits.size();
    for (size_t r : g.rules) {
      const Rule& rule = c_.rules[r];
      if (!(cand[r / 64] >> (r % 64) & 1)) continue;
      if (!(kinds & rule.source_types) || !(kinds & rule.target_types)) continue;
      bool all = true;
      for (size_t k = 0; k < rule.required.size() && all; ++k) {
        size_t bit = rule.required_bit + k;
        all = cand[bit / 64] >> (bit % 64) & 1;
      }
      if (!all) continue;  // a required word is missing
      if (rule.inside && outer_tok < 0) continue;
      hits.push_back(static_cast<int>(r));
    }
    if (hits.size() - first_hit < 2) continue;  // (a group of one rule has no Set)
    hits.resize(first_hit);
    set_hits.clear();
    RE2::Set::ErrorInfo err;
    const RE2::Set* set = g.set->get();
    if (!set || !set->Match(compact, &set_hits, &err)) {
      if (set && err.kind != RE2::Set::kOutOfMemory) continue;
      // No Set, or its DFA ran out of memory: every rule of the group may fire.
      set_hits.clear();
      for (size_t i = 0; i < g.rules.size(); ++i) set_hits.push_back(static_cast<int>(i));
    }
    for (int h : set_hits) hits.push_back(static_cast<int>(g.rules[static_cast<size_t>(h)]));
  }
  if (hits.empty()) return;
  std::sort(hits.begin(), hits.end());
  // Rules run on the compacted text too: it is shorter, and its few distinct
  // words keep the automata small.
  const std::string& text = compact;
  re2::StringPiece input(text);
  auto token_at = [&](size_t pos) {
    return static_cast<size_t>(std::lower_bound(coff.begin(), coff.end(), pos) - coff.begin());
  };
  for (int h : hits) {
    const Rule& rule = c_.rules[static_cast<size_t>(h)];
    if (rule.inside && outer_tok < 0) continue;
    if (!(kinds & rule.source_types) || !(kinds & rule.target_types)) continue;
    const RE2* re = rule.re->get();
    if (!re) continue;  // (cannot happen: RuleSet::CompileAll would name it)
    int ngroups = 1 + re->NumberOfCapturingGroups();
    groups.assign(static_cast<size_t>(ngroups), re2::StringPiece());
    bool vetoes_done = false;
    vetoes.clear();
    size_t pos = 0;
    for (int iter = 0; iter < 64 && pos < text.size(); ++iter) {
      if (!re->Match(input, pos, text.size(), RE2::UNANCHORED, groups.data(), ngroups)) break;
      size_t mstart = static_cast<size_t>(groups[0].data() - text.data());
      size_t mend = mstart + groups[0].size();
      size_t first = token_at(mstart + 1);
      size_t last = token_at(mend);  // one past the last matched token
      if (first + 1 >= coff.size()) {
        pos = text.size();
      } else {
        pos = coff[first + 1] - 1;
      }
      const RE2* not_after = rule.not_after ? rule.not_after->get() : nullptr;
      bool vetoed =
          not_after && RE2::PartialMatch(re2::StringPiece(text.data(), mstart + 1), *not_after);
      // Where the rule's vetoes match in this skeleton: found once, on the
      // rule's first match, then compared with every match.
      if (!rule.unless.empty() && !vetoes_done) {
        vetoes_done = true;
        vetoes.clear();
        for (size_t v = 0; v < rule.unless.size(); ++v) {
          size_t bit = rule.unless_bit + v;
          if (!(cand[bit / 64] >> (bit % 64) & 1)) continue;  // no anchor of the veto here
          const RE2* u = rule.unless[v]->get();
          if (!u) continue;
          re2::StringPiece um;
          size_t upos = 0;
          for (int k = 0; k < 64 && upos < text.size() &&
                          u->Match(input, upos, text.size(), RE2::UNANCHORED, &um, 1);
               ++k) {
            size_t us = static_cast<size_t>(um.data() - text.data());
            vetoes.emplace_back(us, us + um.size());
            size_t next = token_at(us + 1) + 1;
            if (next >= coff.size()) break;
            upos = coff[next] - 1;
          }
        }
      }
      for (const auto& [us, ue] : vetoes) vetoed = vetoed || (us + 1 < mend && mstart + 1 < ue);
      if (vetoed) continue;
      sources.clear();
      targets.clear();
      for (const Slot& s : rule.slots) {
        const re2::StringPiece& g = groups[static_cast<size_t>(s.group)];
        if (g.data() == nullptr) continue;
        // An {each+:...} list: every member acts on every other ("accused each other").
        if (s.role != "target") Placeholders(g, &sources);
        if (s.role != "source") Placeholders(g, &targets);
      }
      size_t trig = first;
      if (rule.trigger_group > 0 && groups[static_cast<size_t>(rule.trigger_group)].data()) {
        const re2::StringPiece& g = groups[static_cast<size_t>(rule.trigger_group)];
        trig = token_at(static_cast<size_t>(g.data() - text.data()));
      } else {
        for (size_t k = first; k < last; ++k) {
          if (skel.tokens[k].mention < 0) {
            trig = k;
            break;
          }
        }
      }
      if (trig >= skel.tokens.size()) trig = first;
      for (uint32_t s : sources) {
        for (uint32_t t : targets) {
          if (cands->size() >= kMaxCandidates) return;  // hostile input: enough is enough
          if (s >= mentions.size() || t >= mentions.size() || s == t) continue;
          if (!mentions[s].node.empty() && mentions[s].node == mentions[t].node) continue;
          Candidate c;
          c.rule = static_cast<size_t>(h);
          c.source = s;
          c.target = t;
          c.length = last - first;
          c.trigger = skel.tokens[trig].span;
          c.trigger_tok = outer_tok >= 0 ? static_cast<size_t>(outer_tok)
                          : tok_map      ? (*tok_map)[trig]
                                         : trig;
          cands->push_back(c);
        }
      }
    }
  }
}

void Engine::Resolve(const Document& doc, const std::vector<Mention>& mentions, uint32_t sentence,
                     const Skeleton& skel, const std::vector<Aside>& asides,
                     const std::vector<int>& dates, const std::vector<int>& date_owners,
                     std::vector<Candidate>* cands, std::vector<Relation>* out) const {
  // Best candidate per (source, target, relation): priority, then length,
  // then the earlier rule. Sorting keeps this linear-logarithmic even for
  // long lists of names.
  std::sort(cands->begin(), cands->end(), [&](const Candidate& a, const Candidate& b) {
    int ra = c_.rules[a.rule].relation_id, rb = c_.rules[b.rule].relation_id;
    if (a.source != b.source) return a.source < b.source;
    if (a.target != b.target) return a.target < b.target;
    if (ra != rb) return ra < rb;
    return Better(a, b);
  });
  std::vector<Candidate> best;
  for (const Candidate& c : *cands) {
    if (!best.empty() && best.back().source == c.source && best.back().target == c.target &&
        c_.rules[best.back().rule].relation_id == c_.rules[c.rule].relation_id)
      continue;
    best.push_back(c);
  }
  // Relations declared in conflict ("supported" vs "opposed") keep only the
  // better one for the same pair; a pair's candidates stand side by side.
  std::vector<bool> drop(best.size(), false);
  for (size_t g = 0; g < best.size();) {
    size_t e = g;
    while (e < best.size() && best[e].source == best[g].source && best[e].target == best[g].target)
      ++e;
    for (size_t i = g; i < e; ++i) {
      auto it = c_.conflicts.find(c_.rules[best[i].rule].relation);
      if (it == c_.conflicts.end()) continue;
      for (size_t k = g; k < e; ++k) {
        const std::string& other = c_.rules[best[k].rule].relation;
        if (k == i || std::find(it->second.begin(), it->second.end(), other) == it->second.end())
          continue;
        if (Better(best[k], best[i]))
          drop[i] = true;
        else
          drop[k] = true;
      }
    }
    g = e;
  }
  const Span sspan = doc.sentences[sentence].span;
  thread_local std::vector<uint32_t> clause_starts;  // bytes where ", which" clauses start
  RelativeClauseStarts(c_, skel, &clause_starts);
  for (size_t i = 0; i < best.size(); ++i) {
    if (drop[i]) continue;
    const Candidate& c = best[i];
    const Rule& rule = c_.rules[c.rule];
    Relation r;
    r.type = rule.relation;
    r.source = c.source;
    r.target = c.target;
    Modality fallback = rule.has_modality ? rule.modality : Modality::kAsserted;
    r.modality = rule.use_cues
                     ? FindModality(c_.cues, skel, c.trigger_tok, fallback, &r.cue, c.cue_floor)
                     : fallback;
    // The date nearest the trigger in the same sentence, but not across the
    // start of a relative clause (", which the General Assembly adopted in
    // December 2024" dates the adoption, not the verb before it).
    // A dateline's date is the day the story was filed: it dates the act
    // only when the sentence has no date of its own ("THE HAGUE, 9 July
    // 2026 — X accused Y on Wednesday of").
    uint32_t best_dist = UINT32_MAX;
    bool best_dateline = true;
    for (size_t q = 0; q < dates.size(); ++q) {
      const Mention& m = mentions[dates[q]];
      if (m.value.empty() || !sspan.Contains(m.span)) continue;
      // "the 2008 agreement": the year dates that treaty, so at most its
      // signature, never another act ("withdrew from the 2015 deal in 2018")
      const int owner = date_owners[q];
      if (owner >= 0 && (static_cast<uint32_t>(owner) != c.target || rule.relation != "signed"))
        continue;
      if (RelativeBetween(clause_starts, m.span, c.trigger)) continue;
      if (std::any_of(asides.begin(), asides.end(), [&](const Aside& a) {
            return a.span.Contains(m.span) && !a.span.Contains(c.trigger);
          }))
        continue;
      // "the first such pact since the end of colonial rule in 1945": a date
      // after a DATE_BARRIER word dates another event
      if (m.span.begin > c.trigger.end && DateBarrierBetween(c_, skel, c.trigger.end, m.span.begin))
        continue;
      uint32_t d = m.span.end <= c.trigger.begin   ? c.trigger.begin - m.span.end
                   : m.span.begin >= c.trigger.end ? m.span.begin - c.trigger.end
                                                   : 0;
      const bool dateline = IsDatelineDate(doc.text, m.span.begin, m.span.end);
      if (dateline && !best_dateline) continue;
      if (d < best_dist || (best_dateline && !dateline)) {
        best_dist = d;
        best_dateline = dateline;
        r.date = m.value;
      }
    }
    r.sentence = sentence;
    r.evidence = sspan;
    r.trigger = c.trigger;
    r.rule = rule.id;
    r.confidence = rule.confidence;
    out->push_back(std::move(r));
  }
}

void Engine::ReadAroundAsides(const Skeleton& skel, const std::vector<Aside>& asides,
                              const std::vector<Mention>& mentions,
                              std::vector<Candidate>* cands) const {
  thread_local Skeleton reduced;
  thread_local std::vector<size_t> map;
  thread_local std::vector<Candidate> extra;
  if (asides.empty()) return;
  auto crosses = [&](const Candidate& c) {
    for (const Aside& a : asides) {
      if (a.span.Contains(c.trigger)) continue;
      if (a.span.Contains(mentions[c.source].span) || a.span.Contains(mentions[c.target].span))
        return true;
    }
    return false;
  };
  cands->erase(std::remove_if(cands->begin(), cands->end(), crosses), cands->end());
  WithoutAsides(skel, asides, &reduced, &map);
  // "Argentina, which left the bloc, has said it will not sign the accord":
  // the sayer is next to its verb only once the aside is gone (kept only when
  // no two words became one, so `map` still holds)
  thread_local Skeleton said;
  said = reduced;
  SubstituteSaidIt(mentions, c_.say_words, c_.aux_words, c_.sayer_head_nouns, &said);
  if (said.tokens.size() == reduced.tokens.size()) std::swap(reduced, said);
  extra.clear();
  Run(reduced, mentions, -1, &extra, &map);
  AddNew(extra, cands);
  // the subject's later predicates, past an apposition: "X, a spokeswoman
  // for Y, dismissed the report and accused Z of ..."
  ReadCoordinations(reduced, mentions, cands, &map);
  // "X, who on 3 May signed the charter with Y, said": the clause read as X's own
  if (c_.relative_subjects.empty()) return;
  thread_local std::vector<Candidate> own;
  extra.clear();
  for (const Aside& a : asides) {
    if (!RelativeClauseReading(c_, skel, a, &reduced, &map)) continue;
    own.clear();
    Run(reduced, mentions, -1, &own, &map);
    // (only what the clause's own verbs say: the trigger inside it)
    for (const Candidate& c : own)
      if (c.trigger_tok > a.begin + 1 && c.trigger_tok + 1 < a.end) extra.push_back(c);
  }
  AddNew(extra, cands);
}

void Engine::ReadOwnPossessive(const Skeleton& skel, const std::vector<Mention>& mentions,
                               std::vector<Candidate>* cands) const {
  if (c_.own_possessive_after.empty()) return;
  bool pronoun = false;  // (most sentences have no "its" or "their": no subject is sought)
  for (size_t i = 1; i < skel.tokens.size() && !pronoun; ++i) {
    if (skel.tokens[i].mention >= 0) continue;
    const std::string_view w(skel.text.data() + skel.tokens[i].offset, skel.tokens[i].size);
    pronoun = w == "its" || w == "their";
  }
  if (!pronoun) return;
  size_t first = 0, names_end = 0, verb = 0;
  if (!FindSubject(c_, skel, &first, &names_end, &verb)) return;
  thread_local std::vector<int> subject;
  subject.clear();
  auto actor = [&](int m) {
    return m >= 0 && (mentions[m].type == EntityType::kState ||
                      mentions[m].type == EntityType::kOrganization);
  };
  if (names_end == first + 3 && skel.tokens[first + 1].mention < 0 &&
      skel.text.compare(skel.tokens[first + 1].offset, 2, "'s") == 0) {
    // a state's body ("China's Foreign Ministry"): China's
    subject.push_back(skel.tokens[first].mention);
  } else {
    // one name, or a list ("Chile and Peru": their)
    for (size_t i = first; i < names_end; ++i)
      if (skel.tokens[i].mention >= 0) subject.push_back(skel.tokens[i].mention);
  }
  for (int m : subject)
    if (!actor(m)) return;
  thread_local Skeleton owned;
  thread_local std::vector<size_t> map;
  thread_local std::vector<Candidate> extra;
  if (!SubstituteOwnPossessive(mentions, subject, verb, c_.own_possessive_after, skel, &owned,
                               &map))
    return;
  extra.clear();
  Run(owned, mentions, -1, &extra, &map);
  AddNew(extra, cands);
}

void Engine::AddNew(const std::vector<Candidate>& extra, std::vector<Candidate>* cands) const {
  if (extra.empty()) return;
  // A sorted key list keeps this n log n on sentences with long lists of names.
  thread_local std::vector<std::tuple<uint32_t, uint32_t, int>> known;
  known.clear();
  for (const Candidate& c : *cands)
    known.emplace_back(c.source, c.target, c_.rules[c.rule].relation_id);
  std::sort(known.begin(), known.end());
  for (const Candidate& e : extra)
    if (!std::binary_search(known.begin(), known.end(),
                            std::make_tuple(e.source, e.target, c_.rules[e.rule].relation_id)))
      cands->push_back(e);
}

void Engine::ReadCoordinations(const Skeleton& skel, const std::vector<Mention>& mentions,
                               std::vector<Candidate>* cands,
                               const std::vector<size_t>* outer_map) const {
  thread_local std::vector<size_t> starts, map;
  thread_local Skeleton reduced;
  thread_local std::vector<Candidate> extra, mine;
  size_t subject_end = 0, verb = 0;
  FindCoordinations(c_, skel, &subject_end, &verb, &starts);
  extra.clear();
  for (size_t start : starts) {
    WithSubject(c_, skel, subject_end, verb, start, &reduced, &map);
    mine.clear();
    Run(reduced, mentions, -1, &mine, &map);
    for (Candidate& c : mine) {
      // The predicate's own verb is the trigger (after an adverb or two: "and
      // also accused"); a match elsewhere was read with the whole sentence.
      if (c.trigger_tok < start || c.trigger_tok > start + 2) continue;
      c.cue_floor = start;
      if (outer_map) {
        c.trigger_tok = (*outer_map)[c.trigger_tok];
        c.cue_floor = (*outer_map)[start];
      }
      extra.push_back(c);
    }
  }
  AddNew(extra, cands);
}

std::vector<Relation> Engine::Extract(const Document& doc,
                                      const std::vector<Mention>& mentions) const {
  std::vector<Relation> out;
  if (mentions.size() < 2 || doc.sentences.empty() || c_.groups.empty()) return out;
  // Mentions by start, outer before nested.
  std::vector<int> order(mentions.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const Span& x = mentions[a].span;
    const Span& y = mentions[b].span;
    return x.begin != y.begin ? x.begin < y.begin : (x.end != y.end ? x.end > y.end : a < b);
  });
  thread_local Skeleton skel, inner;
  thread_local std::vector<int> top, nested, dates, date_owners;
  thread_local std::vector<Candidate> cands;
  // Where each of the last three sentences' mentions begin (in `order`), and
  // where those of the sixth sentence before begin.
  size_t mi = 0, window_begin[3] = {0, 0, 0}, wide_begin[3] = {0, 0, 0};
  int last_treaty = -1;  // the last treaty named, and its sentence
  uint32_t last_treaty_sentence = 0;
  int last_any_treaty = -1;  // the last treaty named or described, and its sentence
  uint32_t last_any_treaty_sentence = 0;
  // The sentence before: its subject (its first name, or the actor its
  // subject anaphor stood for) and its one name of each actor type (-1: none
  // or several).
  int prev_subject = -1;
  int prev_unique[3] = {-1, -1, -1};
  int prev_opening = -1;  // the state or body it opened with ("Its" of the next)
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    while (mi < order.size() && mentions[order[mi]].span.begin < s.span.begin) ++mi;
    size_t mbegin = mi;
    size_t entities = 0;
    while (mi < order.size() && mentions[order[mi]].span.begin < s.span.end) {
      if (mentions[order[mi]].type != EntityType::kDate) ++entities;
      ++mi;
    }
    // "both countries": the two states named last, in the three sentences
    // before or earlier in this one
    Span phrase{0, 0};
    size_t group_size = 2;
    thread_local std::vector<int> group;  // the states it stands for, in order
    group.clear();
    // (the sentence's words are scanned only when two state mentions are near)
    size_t states = 0;
    for (size_t k = wide_begin[0]; k < mi && states < 2 && !c_.pair_anaphors.empty(); ++k)
      states += mentions[order[k]].type == EntityType::kState;
    if (states >= 2 && PairAnaphor(doc, s, &phrase, &group_size)) {
      std::vector<int> last;  // per distinct state, its last mention before the phrase
      auto collect = [&](size_t from) {
        last.clear();
        for (size_t k = from; k < mi; ++k) {
          const Mention& m = mentions[order[k]];
          if (m.type != EntityType::kState || m.span.end > phrase.begin || m.node.empty()) continue;
          auto same = std::find_if(last.begin(), last.end(),
                                   [&](int x) { return mentions[x].node == m.node; });
          if (same != last.end()) last.erase(same);
          last.push_back(order[k]);
        }
      };
      collect(window_begin[0]);
      // more states in the three sentences: those of the sentence before alone
      // ("Officials from Peru and Chile met in Lima. The two sides signed ...")
      if (last.size() != group_size) collect(window_begin[2]);
      // fewer in the three sentences: the paragraph's pair, when the six
      // sentences before name exactly that many ("A accused B last year. ...
      // Two more sentences about A. Both countries signed ...")
      if (last.size() < group_size) {
        const std::vector<int> near = last;
        collect(wide_begin[0]);
        if (last.size() != group_size) last = near;
      }
      // more than that: the pair joined by "and" ("... after talks mediated by Brazil")
      if (last.size() > group_size)
        CoordinatedGroup(doc, mentions, order, window_begin[2], mi, phrase.begin, group_size,
                         &last);
      if (last.size() == group_size) {
        group = last;
        entities += group_size;
      }
    }
    // "The country became the alliance's 29th member", "It signed the charter":
    // a subject that stands for an actor of the sentence before
    Span subject_phrase{0, 0};
    int subject = -1;
    if (const Compiled::SubjectAnaphor* a = SubjectAnaphorOf(doc, s, &subject_phrase)) {
      if (a->pronoun) {
        // the sentence before's subject; a person only if it named no other
        const int p = prev_subject;
        if (p >= 0 && ((a->types >> static_cast<int>(mentions[p].type)) & 1u) &&
            (mentions[p].type != EntityType::kPerson ||
             prev_unique[static_cast<int>(EntityType::kPerson)] >= 0))
          subject = p;
      } else {
        for (int t = 0; t < 3 && subject < 0; ++t)
          if ((a->types >> t) & 1u) subject = prev_unique[t];
        // several bodies before: the one that noun introduced ("a group known as X")
        if (subject < 0 && a->types == 1u << static_cast<int>(EntityType::kOrganization) && si > 0)
          subject = OrgNamedByNoun(doc, mentions, order, window_begin[2], mbegin, a->words.back());
      }
      if (subject >= 0) ++entities;
    }
    // "X, the agency's chief executive, said": the one organization the
    // sentence before named, when its name holds the noun
    Span anaphor_org_phrase{0, 0};
    int anaphor_org = -1;
    if (const int o = prev_unique[static_cast<int>(EntityType::kOrganization)];
        o >= 0 && PossessiveAnaphor(doc, s, mentions[o], &anaphor_org_phrase)) {
      anaphor_org = o;
      ++entities;
    }
    // "Palau went further. Its foreign minister, Ismael Ngirmang, said ..."
    Span its_phrase{0, 0};
    int its_owner = -1;
    if (prev_opening >= 0 && ItsTitleOpener(doc, s, mentions, order, mbegin, mi, &its_phrase)) {
      its_owner = prev_opening;
      ++entities;
    }
    prev_opening = OpeningActor(doc, s, mentions, order, mbegin, mi, subject);
    {
      int first = subject, unique[3] = {-1, -1, -1};
      bool several[3] = {false, false, false};
      auto count = [&](int idx) {
        const Mention& m = mentions[idx];
        const int t = static_cast<int>(m.type);
        if (t > 2 || m.node.empty()) return;
        if (unique[t] < 0)
          unique[t] = idx;
        else if (mentions[unique[t]].node != m.node)
          several[t] = true;
      };
      if (subject >= 0) count(subject);
      for (size_t k = mbegin; k < mi; ++k) {
        const Mention& m = mentions[order[k]];
        if (m.type == EntityType::kDate || m.type == EntityType::kTreaty) continue;
        if (first < 0) first = order[k];
        count(order[k]);
      }
      prev_subject = first;
      for (int t = 0; t < 3; ++t) prev_unique[t] = several[t] ? -1 : unique[t];
    }
    wide_begin[0] = wide_begin[1];
    wide_begin[1] = wide_begin[2];
    wide_begin[2] = window_begin[0];
    window_begin[0] = window_begin[1];
    window_begin[1] = window_begin[2];
    window_begin[2] = mbegin;
    // "Palau and Chile were the first to ratify, in January 2024": a verb of
    // joining a treaty written without its object takes the treaty named in
    // the sentence before or the one before that, if this one names none.
    int implicit = -1;
    Span implicit_after{0, 0};
    bool own_treaty = false;
    int named_treaty = -1;  // (a described one, "the ominous treaties", is no antecedent)
    for (size_t k = mbegin; k < mi; ++k) {
      const Mention& t = mentions[order[k]];
      if (t.type != EntityType::kTreaty || t.node.empty()) continue;
      own_treaty = true;
      if (!(t.flags & kDescribed)) named_treaty = order[k];
    }
    if (!own_treaty && last_treaty >= 0 && si <= last_treaty_sentence + 2 &&
        ObjectlessVerb(doc, s, &implicit_after)) {
      implicit = last_treaty;
      last_treaty_sentence = si;  // the treaty stays the topic
      ++entities;
    } else if (!own_treaty && last_treaty >= 0 && si <= last_treaty_sentence + 2 &&
               TreatySubject(doc, s, &implicit_after)) {
      // "The text was signed by ...": the noun stands for that treaty
      implicit = last_treaty;
      last_treaty_sentence = si;
      ++entities;
    }
    // "Biden praised it as an essential step": the treaty named before "it"
    Span pronoun{0, 0};
    int pronoun_treaty = -1;
    if (FindTreatyPronoun(
            c_, doc, s, mentions, order, mbegin, mi,
            last_treaty >= 0 && si <= last_treaty_sentence + 1 ? last_treaty : -1,
            last_any_treaty >= 0 && si == last_any_treaty_sentence + 1 ? last_any_treaty : -1,
            &pronoun, &pronoun_treaty) &&
        mentions[pronoun_treaty].span.begin < s.span.begin)
      ++entities;
    for (size_t k = mbegin; k < mi; ++k) {
      const Mention& t = mentions[order[k]];
      if (t.type != EntityType::kTreaty || t.node.empty()) continue;
      last_any_treaty = order[k];
      last_any_treaty_sentence = si;
    }
    if (named_treaty >= 0) {
      last_treaty = named_treaty;
      last_treaty_sentence = si;
    }
    // "Sweden joined the alliance as its 32nd member": the bloc the story
    // named most, in a sentence that names a state and no organization
    // before the noun (or the bare "member")
    int bloc = -1;
    BlocAnaphor bloc_at;
    auto names_before = [&](EntityType t, uint32_t end) {
      return std::any_of(order.begin() + mbegin, order.begin() + mi, [&](int k) {
        return mentions[k].type == t && mentions[k].span.begin < end;
      });
    };
    if (entities >= 1 && names_before(EntityType::kState, s.span.end) &&
        FindBlocAnaphor(c_, doc, s, &bloc_at)) {
      if (subject >= 0 && bloc_at.phrase.Overlaps(subject_phrase)) bloc_at.phrase = {0, 0};
      if (names_before(EntityType::kOrganization, bloc_at.phrase.end)) bloc_at.phrase = {0, 0};
      if (names_before(EntityType::kOrganization, bloc_at.member.end)) bloc_at.member = {0, 0};
      if (!bloc_at.phrase.empty() || !bloc_at.member.empty())
        bloc = StoryBloc(mentions, order, mbegin);
      if (bloc >= 0) ++entities;
    }
    if (entities < 2) continue;
    top.clear();
    dates.clear();
    date_owners.clear();
    for (size_t k = mbegin; k < mi; ++k) {
      const Mention& d = mentions[order[k]];
      if (d.type != EntityType::kDate) continue;
      dates.push_back(order[k]);
      int owner = -1;  // a treaty the date stands right before or inside
      for (size_t j = mbegin; j < mi && owner < 0; ++j) {
        const Mention& t = mentions[order[j]];
        if (t.type == EntityType::kTreaty &&
            (t.token_begin == d.token_end || (t.span.Contains(d.span) && !(t.span == d.span))))
          owner = order[j];
      }
      date_owners.push_back(owner);
    }
    uint32_t covered = 0;
    for (size_t k = mbegin; k < mi; ++k) {
      const Mention& m = mentions[order[k]];
      if (m.span.begin >= covered && m.span.end <= s.span.end) {
        top.push_back(order[k]);
        covered = m.span.end;
      }
    }
    skel.Clear();
    AppendSkeleton(doc, mentions, s.token_begin, s.token_end, top, &skel);
    if (!group.empty()) SubstituteGroup(mentions, phrase, group, &skel);
    if (subject >= 0) SubstituteSubject(mentions, subject_phrase, subject, &skel);
    if (anaphor_org >= 0) SubstituteSubject(mentions, anaphor_org_phrase, anaphor_org, &skel);
    if (its_owner >= 0) SubstituteSubject(mentions, its_phrase, its_owner, &skel);
    if (implicit >= 0) InsertPlaceholderAfter(mentions, implicit, implicit_after, &skel);
    if (bloc >= 0 && !bloc_at.phrase.empty())
      SubstituteSubject(mentions, bloc_at.phrase, bloc, &skel);
    if (bloc >= 0 && !bloc_at.member.empty())
      InsertPlaceholderAfter(mentions, bloc, bloc_at.member, &skel);
    if (pronoun_treaty >= 0) SubstituteSubject(mentions, pronoun, pronoun_treaty, &skel);
    MarkQuotes(&skel);
    SubstituteQuoteSpeakers(mentions, c_.say_words, &skel);
    SubstituteSaidIt(mentions, c_.say_words, c_.aux_words, c_.sayer_head_nouns, &skel);
    cands.clear();
    Run(skel, mentions, -1, &cands);
    ReadOwnPossessive(skel, mentions, &cands);
    thread_local std::vector<Aside> asides;  // found once: read around, and for dates
    FindAsides(c_, skel, &asides);
    ReadAroundAsides(skel, asides, mentions, &cands);
    ReadCoordinations(skel, mentions, &cands);
    // Long names holding other names ("Budapest Convention of the Council of
    // Europe"): their words, with the inner names as placeholders.
    for (size_t ti = 0; ti < skel.tokens.size(); ++ti) {
      int outer = skel.tokens[ti].mention;
      if (outer < 0) continue;
      const Span os = mentions[outer].span;
      nested.clear();
      uint32_t cov = os.begin;
      for (size_t k = mbegin; k < mi; ++k) {
        const Mention& m = mentions[order[k]];
        if (order[k] == outer || !os.Contains(m.span) || m.span.begin < cov) continue;
        if (m.span == os) continue;
        nested.push_back(order[k]);
        cov = m.span.end;
      }
      // A state's body named after the state ("the Russian Foreign Ministry",
      // "China's Ministry of Commerce"): the name finder glued the state into
      // the body's label; the body's name reads "STATE ('s) foreign ministry".
      int owner = nested.empty() ? OwningState(doc, mentions, skel, ti) : -1;
      if (nested.empty() && owner < 0) owner = OwningBody(mentions, skel, ti);
      if (nested.empty() && owner < 0) continue;
      inner.Clear();
      inner.text.push_back(' ');
      AppendPlaceholder(mentions[outer], outer, &inner);
      AppendMarker("§=", os, &inner);
      if (owner >= 0) {
        AppendPlaceholder(mentions[owner], owner, &inner);
        if (skel.tokens[ti - 1].mention < 0) AppendMarker("'s", skel.tokens[ti - 1].span, &inner);
      }
      uint32_t tb = s.token_begin, te = s.token_begin;
      while (tb < s.token_end && doc.tokens[tb].span.end <= os.begin) ++tb;
      te = tb;
      while (te < s.token_end && doc.tokens[te].span.begin < os.end) ++te;
      AppendSkeleton(doc, mentions, tb, te, nested, &inner);
      Run(inner, mentions, static_cast<long>(ti), &cands);
    }
    if (!cands.empty()) Resolve(doc, mentions, si, skel, asides, dates, date_owners, &cands, &out);
  }
  AddStoryStateAffiliations(c_, doc, mentions, &out);
  std::stable_sort(out.begin(), out.end(), [&](const Relation& a, const Relation& b) {
    return std::make_tuple(a.sentence, mentions[a.source].span.begin, mentions[a.target].span.begin,
                           a.type) < std::make_tuple(b.sentence, mentions[b.source].span.begin,
                                                     mentions[b.target].span.begin, b.type);
  });
  return out;
}

}  // namespace
}  // namespace relations

Result<std::shared_ptr<const RuleSet>> RuleSet::Load(const std::string& rules_dir,
                                                     std::vector<Diagnostic>* diags, int threads) {
  threads = ThreadCount(threads);
  relations::Compiled c;
  std::vector<Diagnostic> local;
  std::vector<Diagnostic>* d = diags ? diags : &local;
  size_t before = d->size();
  bool ok = relations::LoadCompiled(rules_dir, &c, d, threads);
  if (!ok || d->size() > before) {
    size_t n = d->size() - before;
    return Status::RulesInvalid(std::to_string(n) + " problem" + (n == 1 ? "" : "s") +
                                " in the relation rules" +
                                (n ? ": " + (*d)[before].ToString() : std::string()));
  }
  return std::shared_ptr<const RuleSet>(std::make_shared<relations::Engine>(std::move(c)));
}

}  // namespace actorgraph
