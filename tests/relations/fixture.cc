#include "relations/fixture.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>

#include "actorgraph/relations.h"

namespace actorgraph {
namespace testing {
namespace {

bool IsAlnum(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

size_t Utf8Len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 6) return 2;
  if ((c >> 4) == 14) return 3;
  return 4;
}

// Typographic marks that are tokens of their own even though non-ASCII.
bool IsMark(const std::string& t, size_t i) {
  static const char* kMarks[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xE2\x80\x98",
                                 "\xE2\x80\x99", "\xE2\x80\x93", "\xE2\x80\x94"};
  for (const char* m : kMarks)
    if (t.compare(i, 3, m) == 0) return true;
  return false;
}

}  // namespace

Document MakeDoc(const std::string& text) {
  Document doc;
  doc.id = "test";
  doc.text = text;
  doc.bytes = text.size();
  size_t i = 0;
  bool space = false;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) {
      space = true;
      ++i;
      continue;
    }
    size_t b = i;
    if (IsAlnum(c) && !IsMark(text, i)) {
      while (i < text.size()) {
        unsigned char d = static_cast<unsigned char>(text[i]);
        if (IsAlnum(d) && !IsMark(text, i)) {
          i += Utf8Len(d);
        } else if ((d == '\'' || d == '.') && i + 1 < text.size() &&
                   IsAlnum(static_cast<unsigned char>(text[i + 1])) && !IsMark(text, i + 1)) {
          ++i;
        } else if (d == '.' && i - b == 1 && std::isupper(static_cast<unsigned char>(text[b]))) {
          ++i;  // "U.S." keeps its final period
        } else {
          break;
        }
      }
      if (i < text.size() && text[i] == '.' && text.compare(b, 3, "U.S") == 0) ++i;
      if (i < text.size() && text[i] == '.' && text.compare(b, 3, "U.N") == 0) ++i;
      for (const char* abbr : {"Mr", "Dr", "Mrs", "Ms", "Gen"})
        if (i < text.size() && text[i] == '.' && text.compare(b, i - b, abbr) == 0) ++i;
    } else {
      i += Utf8Len(c);
    }
    // Clitics stand alone, as the real tokenizer has them: "Russia" "'s", "do" "n't".
    size_t cut = i;
    std::string_view w(text.data() + b, i - b);
    if (w.size() > 3 && (w.substr(w.size() - 3) == "n't")) cut = i - 3;
    if (w.size() > 2 && w[w.size() - 2] == '\'' && (w.back() == 's' || w.back() == 'd'))
      cut = i - 2;
    if (cut != i) {
      Token head;
      head.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(cut)};
      head.space_before = space;
      space = false;
      doc.tokens.push_back(head);
      b = cut;
    }
    Token t;
    t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(i)};
    t.kind = IsAlnum(c) ? TokenKind::kWord : TokenKind::kPunct;
    t.space_before = space;
    space = false;
    doc.tokens.push_back(t);
  }
  uint32_t start = 0;
  for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
    std::string_view tok = doc.Text(doc.tokens[k].span);
    bool end = k + 1 == doc.tokens.size();
    if (!end && (tok == "." || tok == "!" || tok == "?") && doc.tokens[k + 1].space_before) {
      unsigned char n = static_cast<unsigned char>(doc.text[doc.tokens[k + 1].span.begin]);
      end = std::isupper(n);
    }
    if (end) {
      Sentence s;
      s.token_begin = start;
      s.token_end = k + 1;
      s.span = {doc.tokens[start].span.begin, doc.tokens[k].span.end};
      doc.sentences.push_back(s);
      start = k + 1;
    }
  }
  return doc;
}

std::vector<Mention> MarkNames(const Document& doc, const std::vector<Name>& names, bool nested) {
  std::vector<Mention> out;
  // Every (token, name) start; keep the longest at each token, and inner
  // ones when nested.
  for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
    for (const Name& n : names) {
      uint32_t b = doc.tokens[k].span.begin;
      if (doc.text.compare(b, n.text.size(), n.text) != 0) continue;
      uint32_t e = b + static_cast<uint32_t>(n.text.size());
      uint32_t last = k;
      while (last < doc.tokens.size() && doc.tokens[last].span.end < e) ++last;
      if (last >= doc.tokens.size() || doc.tokens[last].span.end != e) continue;
      Mention m;
      m.span = {b, e};
      m.type = n.type;
      m.token_begin = k;
      m.token_end = last + 1;
      m.label = n.label;
      m.value = n.value;
      if (n.type != EntityType::kDate) m.node = std::string(EntityTypeName(n.type)) + ":" + n.label;
      for (uint32_t s = 0; s < doc.sentences.size(); ++s)
        if (doc.sentences[s].span.Contains(m.span)) m.sentence = s;
      out.push_back(m);
    }
  }
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  std::vector<Mention> kept;
  uint32_t covered = 0;
  for (const Mention& m : out) {
    bool top = m.span.begin >= covered;
    bool inside = !top && m.span.end <= covered;
    bool dup = false;  // the same entity again inside its own longer name
    for (const Mention& k : kept) dup = dup || (k.span.Contains(m.span) && k.node == m.node);
    if (top) {
      kept.push_back(m);
      covered = m.span.end;
    } else if (inside && nested && !dup) {
      kept.push_back(m);
    }
  }
  std::sort(kept.begin(), kept.end(),
            [](const Mention& a, const Mention& b) { return a.span < b.span; });
  return kept;
}

const std::vector<Name>& ExampleNames() {
  static const auto* names = [] {
    auto* v = new std::vector<Name>;
    auto add = [&](EntityType t, const std::string& label, std::vector<std::string> forms) {
      if (forms.empty()) forms.push_back(label);
      for (const auto& f : forms) v->push_back({f, t, label, ""});
    };
    auto state = [&](const std::string& label, std::vector<std::string> forms = {}) {
      forms.push_back(label);
      add(EntityType::kState, label, forms);
    };
    state("Russia", {"Russian", "Moscow"});
    state("China", {"Chinese", "Beijing"});
    state("Taiwan", {"Taiwanese"});
    state("United States", {"U.S.", "America", "Washington", "US"});
    state("United Kingdom", {"Britain", "British", "UK"});
    state("Netherlands", {"Dutch"});
    state("India", {"New Delhi", "Indian"});
    state("Germany", {"Berlin"});
    state("France", {"French"});
    state("Iran", {"Tehran", "Iranian"});
    state("North Korea", {"North Korean"});
    state("Australia", {"Australian"});
    state("Philippines", {"Philippine"});
    state("Armenia");
    state("Azerbaijan");
    state("Pakistan", {"Pakistani"});
    state("Thailand");
    state("Cambodia");
    for (const char* s :
         {"Canada",    "Japan",        "Syria",    "Israel",  "Ukraine",   "South Korea",
          "Estonia",   "Saudi Arabia", "Sweden",   "Poland",  "Hungary",   "Brazil",
          "Mexico",    "Nigeria",      "Ghana",    "Kenya",   "Argentina", "Chile",
          "Peru",      "Belarus",      "Austria",  "Norway",  "Egypt",     "Pakistan",
          "Indonesia", "Palestine",    "Turkey",   "Finland", "Italy",     "Lithuania",
          "Burundi",   "Chad",         "Ethiopia", "Ireland"})
      state(s);
    for (const char* o : {"State Department",
                          "Johns Hopkins University",
                          "Centre for Technology and Global Affairs",
                          "University of Oxford",
                          "Center for Strategic and International Studies",
                          "United Nations",
                          "International Atomic Energy Agency",
                          "Kaspersky Lab",
                          "Mandiant",
                          "Check Point",
                          "Microsoft",
                          "Democratic National Committee",
                          "Office of Personnel Management",
                          "Sony Pictures",
                          "Saudi Aramco",
                          "Kremlin",
                          "NATO",
                          "Council of Europe",
                          "Belfer Center",
                          "Harvard University",
                          "Ministry of Foreign Affairs",
                          "GRU",
                          "OPCW",
                          "Shanghai Cooperation Organization",
                          "Cybersecurity and Infrastructure Security Agency",
                          "Department of Homeland Security",
                          "Justice Department",
                          "European Union",
                          "International Law Commission",
                          "General Assembly",
                          "Congress",
                          "Open-ended Working Group",
                          "United Nations General Assembly",
                          "National Cyber Security Centre",
                          "Sandworm",
                          "Royal United Services Institute",
                          "International Crisis Group"})
      add(EntityType::kOrganization, o, {});
    add(EntityType::kOrganization, "State Department", {"U.S. State Department"});
    for (const char* t :
         {"Paris Agreement",
          "Russian proposal",
          "French draft resolution on Syria",
          "United Nations resolution on Syria",
          "Treaty on the Non-Proliferation of Nuclear Weapons",
          "Arms Trade Treaty",
          "Istanbul Convention",
          "Minsk Protocol",
          "Comprehensive Nuclear-Test-Ban Treaty",
          "Chemical Weapons Convention",
          "Rome Statute",
          "Egypt-Israel Peace Treaty",
          "Simla Agreement",
          "Ottawa Treaty",
          "Treaty on the Prohibition of Nuclear Weapons",
          "Joint Comprehensive Plan of Action",
          "Intermediate-Range Nuclear Forces Treaty",
          "Global Compact for Migration",
          "United Nations Convention against Cybercrime",
          "UN Security Council Resolution 2231",
          "Convention on International Information Security",
          "International Code of Conduct for Information Security",
          "Convention on Cluster Munitions",
          "bilateral cybersecurity agreement",
          "Agreement on Cooperation in Ensuring International Information Security"})
      add(EntityType::kTreaty, t, {});
    add(EntityType::kTreaty, "Convention on Cybercrime",
        {"Budapest Convention of the Council of Europe", "Budapest Convention"});
    for (const char* p : {"Sergei Lavrov", "Brad Smith", "Jane Holl Lute", "Thomas Rid",
                          "Lukasz Olejnik", "James Lewis", "Barbara Woodward", "Antony Blinken",
                          "Wang Yi", "Ciaran Martin", "Rafael Grossi", "Emily Taylor"})
      add(EntityType::kPerson, p, {});
    // names of the office, membership and criticism examples
    for (const char* p : {"Andrzej Duda", "Volodymyr Zelensky", "Shinzo Abe", "Anna Berg",
                          "Peter Novak", "David Jones", "Paul Smith", "Ned Price", "Bob Rae"})
      add(EntityType::kPerson, p, {});
    for (const char* s : {"Slovakia", "Georgia", "Moldova", "Bosnia", "Denmark"}) state(s);
    // names of the office-list, bracketed-unit and name-internal examples
    add(EntityType::kPerson, "Jan Horak", {});
    add(EntityType::kState, "Poland", {"Polish"});
    state("Czechia", {"Czech Republic"});
    state("Soviet Union", {"USSR"});
    add(EntityType::kOrganization, "MOD", {});
    add(EntityType::kOrganization, "European Union", {"EU"});
    add(EntityType::kTreaty, "EU's stability pact", {});
    add(EntityType::kTreaty, "U.S./USSR grains agreement", {});
    add(EntityType::kOrganization, "New Development Bank", {});
    add(EntityType::kOrganization, "Volt Typhoon", {});
    add(EntityType::kOrganization, "United Nations", {"UN"});
    // names of the sanctions, membership-clause, apposition and attack-report examples
    for (const char* s :
         {"Greece", "Cyprus", "Rwanda", "Montenegro", "Kazakhstan", "Oman", "Qatar", "Kuwait"})
      state(s);
    add(EntityType::kState, "Israel", {"Israeli"});
    add(EntityType::kOrganization, "Commonwealth", {});
    add(EntityType::kOrganization, "World Trade Organization", {});
    add(EntityType::kOrganization, "Shanghai Cooperation Organisation",
        {"Shanghai Cooperation Organisation", "SCO"});
    add(EntityType::kOrganization, "Gulf Cooperation Council", {"Gulf Cooperation Council", "GCC"});
    add(EntityType::kOrganization, "Hezbollah", {});
    add(EntityType::kOrganization, "United States Department of the Treasury",
        {"U.S. Treasury Department"});
    add(EntityType::kOrganization, "Federal Security Service", {"Federal Security Service", "FSB"});
    // rel8a: bodies named after a state's possessive ("Poland's Supreme Audit Council")
    add(EntityType::kOrganization, "Supreme Audit Council", {});
    add(EntityType::kOrganization, "Mossad", {});
    add(EntityType::kOrganization, "Gazprom", {});
    add(EntityType::kPerson, "Alexander Bortnikov", {});
    add(EntityType::kOrganization, "Turla", {});
    add(EntityType::kOrganization, "Siemens", {});
    add(EntityType::kOrganization, "Socialist Party", {"Socialist Party", "PS"});
    add(EntityType::kPerson, "Segolene Royal", {});
    add(EntityType::kOrganization, "APT28", {"APT28", "Fancy Bear"});
    add(EntityType::kOrganization, "APT35", {"Charming Kitten"});
    add(EntityType::kOrganization, "Islamic Revolutionary Guard Corps", {});
    add(EntityType::kOrganization, "News Corp", {});
    add(EntityType::kPerson, "Rupert Murdoch", {});
    add(EntityType::kOrganization, "Lazarus Group", {});
    for (const char* s : {"Fiji", "Yemen", "Niger"}) state(s);
    add(EntityType::kState, "Vietnam", {"Vietnam", "Vietnamese"});
    add(EntityType::kState, "Japan", {"Japanese"});
    add(EntityType::kPerson, "Tamim bin Hamad Al Thani", {});
    add(EntityType::kPerson, "Li Weimin", {});
    add(EntityType::kOrganization, "Hamas", {});
    add(EntityType::kOrganization, "Houthis", {"Houthi"});
    add(EntityType::kOrganization, "African Union", {});
    add(EntityType::kOrganization, "United Nations Security Council",
        {"UN Security Council", "Security Council"});
    add(EntityType::kOrganization, "Reconnaissance General Bureau",
        {"Reconnaissance General Bureau", "RGB"});
    // names of the authored-treaty, relative-clause and state-force examples
    state("Guyana");
    add(EntityType::kState, "Canada", {"Canadian"});
    add(EntityType::kOrganization, "Guyana Defence Force", {});
    add(EntityType::kOrganization, "Israel Defense Forces", {});
    add(EntityType::kOrganization, "Japanese embassy", {});
    // names of the took-office, group-includes, controlled-by and ministry-in-name examples
    for (const char* p : {"Mark Warner", "Lai Ching-te", "Keir Starmer"})
      add(EntityType::kPerson, p, {});
    for (const char* o : {"Democratic Party", "Democratic Progressive Party", "APT40",
                          "Ministry of State Security"})
      add(EntityType::kOrganization, o, {});
    add(EntityType::kOrganization, "OPEC Plus", {"OPEC+"});
    add(EntityType::kOrganization, "Defense Security Cooperation Agency",
        {"Defense Security Cooperation Agency", "DSCA"});
    add(EntityType::kOrganization, "Pentagon", {});
    // a state's generic body: the name finder glues the state before it into the label
    add(EntityType::kOrganization, "China's Ministry of Commerce", {"Ministry of Commerce"});
    add(EntityType::kOrganization, "Russian Foreign Ministry", {"Foreign Ministry"});
    state("New Zealand");
    add(EntityType::kOrganization, "Quad", {});
    add(EntityType::kTreaty, "US-drafted resolution on North Korea", {});
    add(EntityType::kTreaty, "US-backed resolution on North Korea", {});
    add(EntityType::kOrganization, "New Zealand's Government Communications Security Bureau",
        {"Government Communications Security Bureau"});
    add(EntityType::kOrganization, "United States Department of Commerce",
        {"U.S. Department of Commerce"});
    // names of the regional-bloc examples (suspensions, founders, statements, members)
    for (const char* s : {"Uruguay", "Paraguay", "Bolivia", "Colombia", "Guinea", "Gabon",
                          "Timor-Leste", "Somalia", "Myanmar"})
      state(s);
    for (const char* o :
         {"ECOWAS", "Economic Community of Central African States", "Andean Community", "Tatmadaw"})
      add(EntityType::kOrganization, o, {});
    add(EntityType::kOrganization, "Association of Southeast Asian Nations", {"ASEAN"});
    for (const char* p : {"Min Aung Hlaing", "Hun Sen"}) add(EntityType::kPerson, p, {});
    // names of the arms-list and ownership examples
    add(EntityType::kState, "Ukraine", {"Ukrainian"});
    add(EntityType::kOrganization, "Sejm", {});
    // rel9a: legislatures by name, a body's organ, a procurement agency
    for (const char* o : {"State Duma", "Knesset", "Bundestag", "Committee of Ministers", "MSB",
                          "Koc Holding", "Teva"})
      add(EntityType::kOrganization, o, {});
    add(EntityType::kState, "Germany", {"German"});
    auto date = [&](const std::string& text, const std::string& value) {
      v->push_back({text, EntityType::kDate, text, value});
    };
    date("May 2015", "2015-05");
    date("December 2019", "2019-12");
    date("February 2022", "2022-02");
    date("April 2023", "2023-04");
    date("April 2013", "2013-04");
    for (const char* y :
         {"2002", "2007", "2009", "2011", "2012", "2015", "2016", "2019", "2020", "1979", "1998"})
      date(y, y);
    return v;
  }();
  return *names;
}

std::vector<std::string> TitledAffiliations(const std::string& text, const std::string& role) {
  std::vector<Diagnostic> diags;
  auto rs = RuleSet::Load(std::string(ACTORGRAPH_SOURCE_DIR) + "/rules", &diags);
  REQUIRE(rs.ok());
  Document doc = MakeDoc(text);
  std::vector<Mention> ms = MarkNames(doc, ExampleNames());
  for (Mention& m : ms)
    if (m.type == EntityType::kPerson) m.role = role;
  std::vector<std::string> out;
  for (const Relation& r : (*rs)->Extract(doc, ms))
    if (r.type == "affiliated-with") out.push_back(ms[r.source].label + " " + ms[r.target].label);
  return out;
}

}  // namespace testing
}  // namespace actorgraph
