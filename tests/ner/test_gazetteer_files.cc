// Checks the format and coverage of the entity data files:
// rules/gazetteers/*.tsv and rules/entities/given_names.txt.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Row {
  std::string file;
  int line = 0;
  std::vector<std::string> cols;
};

std::string SourceDir() { return ACTORGRAPH_SOURCE_DIR; }

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

std::vector<std::string> GazetteerFiles() {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(SourceDir() + "/rules/gazetteers")) {
    // (persons.tsv is read by the relation rules, not the name finder)
    if (e.path().extension() == ".tsv" && e.path().filename() != "persons.tsv")
      files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Data rows of one file; also reports whether the file opens with a comment.
std::vector<Row> ReadRows(const std::string& path, bool* starts_with_comment) {
  std::vector<Row> rows;
  std::ifstream in(path);
  std::string line;
  int n = 0;
  *starts_with_comment = false;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (n == 1) *starts_with_comment = !line.empty() && line[0] == '#';
    if (line.empty() || line[0] == '#') continue;
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    rows.push_back({fs::path(path).filename().string(), n, Split(line, '\t')});
  }
  return rows;
}

std::vector<Row> AllRows() {
  std::vector<Row> all;
  for (const auto& f : GazetteerFiles()) {
    bool comment = false;
    auto rows = ReadRows(f, &comment);
    all.insert(all.end(), rows.begin(), rows.end());
  }
  return all;
}

bool IsUpper3(const std::string& s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsSlug(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && i > 0 && s[i - 1] == '-')) return false;
  }
  return true;
}

// Slug of an ASCII label: lower-cased, every run of other characters "-".
std::string AsciiSlug(const std::string& label) {
  std::string out;
  bool dash = false;
  for (char c : label) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
      dash = false;
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
      dash = false;
    } else if (!dash && !out.empty()) {
      out += '-';
      dash = true;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

bool IsAscii(const std::string& s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 128; });
}

bool ValidDate(const std::string& d) {
  if (d.empty()) return true;
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if (i >= d.size() || d[i] < '0' || d[i] > '9') return false;
    }
    return true;
  };
  if (d.size() == 4) return digits(0, 4);
  if (d.size() != 10 || !digits(0, 4) || d[4] != '-' || !digits(5, 2) || d[7] != '-' ||
      !digits(8, 2)) {
    return false;
  }
  int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= kDays[month - 1];
}

// All aliases (with markers) of every id, over all files.
std::map<std::string, std::set<std::string>> AliasesById(const std::vector<Row>& rows) {
  std::map<std::string, std::set<std::string>> out;
  for (const auto& r : rows) {
    out[r.cols[0]].insert(r.cols[2]);
    if (r.cols.size() > 3) {
      for (const auto& a : Split(r.cols[3], '|')) out[r.cols[0]].insert(a);
    }
  }
  return out;
}

size_t CountRows(const std::string& name) {
  bool comment = false;
  return ReadRows(SourceDir() + "/rules/gazetteers/" + name, &comment).size();
}

}  // namespace

TEST_CASE("gazetteer files: every row is well-formed") {
  auto files = GazetteerFiles();
  REQUIRE(files.size() >= 4);
  for (const auto& f : files) {
    bool comment = false;
    auto rows = ReadRows(f, &comment);
    INFO(f);
    CHECK_MESSAGE(comment, "file must start with a header comment");
    CHECK(!rows.empty());
  }
  std::set<std::pair<std::string, std::string>> seen;
  std::map<std::string, std::pair<std::string, std::string>> type_label;
  const std::set<std::string> kTypes = {"state", "organization", "treaty"};
  for (const auto& r : AllRows()) {
    INFO(r.file << ":" << r.line);
    REQUIRE(r.cols.size() >= 3);
    REQUIRE(r.cols.size() <= 6);
    const std::string &id = r.cols[0], &type = r.cols[1], &label = r.cols[2];
    CHECK(kTypes.count(type) == 1);
    size_t colon = id.find(':');
    REQUIRE(colon != std::string::npos);
    CHECK(id.substr(0, colon) == type);
    std::string key = id.substr(colon + 1);
    if (type == "state") {
      CHECK_MESSAGE(IsUpper3(key), id);
    } else {
      CHECK_MESSAGE(IsSlug(key), id);
      if (IsAscii(label)) CHECK_MESSAGE(key == AsciiSlug(label), id << " vs label " << label);
    }
    CHECK(!label.empty());
    CHECK(label.find_first_of("|*^") == std::string::npos);
    auto it = type_label.find(id);
    if (it == type_label.end()) {
      type_label[id] = {type, label};
    } else {
      CHECK_MESSAGE(it->second.second == label, id << ": every row of an id repeats its label");
    }
    if (r.cols.size() > 3 && !r.cols[3].empty()) {
      for (const auto& a : Split(r.cols[3], '|')) {
        INFO("alias '" << a << "'");
        std::string bare = a;
        if (!bare.empty() && (bare.back() == '*' || bare.back() == '^')) bare.pop_back();
        CHECK(!bare.empty());
        CHECK(bare.find_first_of("*^\t") == std::string::npos);
        CHECK(bare.front() != ' ');
        CHECK(bare.back() != ' ');
        CHECK_MESSAGE(seen.insert({id, a}).second, "duplicate (id, alias)");
      }
    }
    std::string from = r.cols.size() > 4 ? r.cols[4] : "";
    std::string to = r.cols.size() > 5 ? r.cols[5] : "";
    CHECK_MESSAGE(ValidDate(from), from);
    CHECK_MESSAGE(ValidDate(to), to);
    if (!from.empty() && !to.empty()) CHECK(from <= to);
  }
}

TEST_CASE("gazetteer files: every ISO 3166-1 country is a state") {
  const std::string iso = "/usr/share/iso-codes/json/iso_3166-1.json";
  std::ifstream in(iso);
  if (!in) {
    MESSAGE("iso-codes not installed; skipping the ISO 3166-1 coverage check");
    return;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string json = ss.str();
  auto ids = AliasesById(AllRows());
  size_t codes = 0;
  const std::string key = "\"alpha_3\": \"";
  for (size_t p = json.find(key); p != std::string::npos; p = json.find(key, p + 1)) {
    std::string code = json.substr(p + key.size(), 3);
    ++codes;
    CHECK_MESSAGE(ids.count("state:" + code) == 1, "missing state:" << code);
  }
  CHECK(codes >= 240);
}

TEST_CASE("gazetteer files: well-known states, demonyms, metonyms, history") {
  auto ids = AliasesById(AllRows());
  const std::vector<std::pair<std::string, std::vector<std::string>>> expect = {
      {"state:RUS", {"Russia", "Russian Federation", "Russian^", "Moscow*", "Russo-^"}},
      {"state:USA", {"United States", "U.S.", "US", "USA", "American^", "Washington*"}},
      {"state:CHN", {"China", "People's Republic of China", "Chinese^", "Sino-^", "Beijing*"}},
      {"state:GBR",
       {"United Kingdom", "Britain", "Great Britain", "UK", "U.K.", "British^", "London*"}},
      {"state:FRA", {"France", "French^", "Franco-^", "Paris*"}},
      {"state:DEU", {"Germany", "German^", "Berlin*"}},
      {"state:PRK", {"North Korea", "DPRK", "North Korean^", "Pyongyang*"}},
      {"state:KOR", {"South Korea", "South Korean^", "Seoul*"}},
      {"state:IRN", {"Iran", "Iranian^", "Tehran*"}},
      {"state:SYR", {"Syria", "Syrian^"}},
      {"state:TUR", {"Turkey", "Türkiye", "Turkish^", "Ankara*"}},
      {"state:MMR", {"Myanmar", "Burma", "Burmese^"}},
      {"state:CIV", {"Ivory Coast", "Côte d'Ivoire", "Ivorian^"}},
      {"state:NLD", {"Netherlands", "Holland", "Dutch^"}},
      {"state:VNM", {"Vietnam", "Vietnamese^", "Hanoi*"}},
      {"state:UKR", {"Ukraine", "Ukrainian^", "Kyiv*", "Kiev*"}},
      {"state:SWZ", {"Eswatini", "Swaziland"}},
      {"state:VAT", {"Holy See", "Vatican"}},
      {"state:SUN", {"Soviet Union", "USSR", "Soviet^"}},
      {"state:YUG", {"Yugoslavia", "Yugoslav^"}},
      {"state:CSK", {"Czechoslovakia"}},
      {"state:DDR", {"East Germany", "GDR"}},
      {"state:COD", {"Zaire", "Congolese^"}},
  };
  for (const auto& [id, aliases] : expect) {
    INFO(id);
    REQUIRE(ids.count(id) == 1);
    for (const auto& a : aliases) CHECK_MESSAGE(ids[id].count(a) == 1, "missing " << a);
  }
  // Historical states carry their validity.
  bool soviet_dated = false;
  for (const auto& r : AllRows()) {
    if (r.cols[0] == "state:SUN" && r.cols.size() == 6) {
      soviet_dated = r.cols[4].substr(0, 4) == "1922" && r.cols[5].substr(0, 4) == "1991";
    }
  }
  CHECK(soviet_dated);
  // Brussels stands for the EU, not Belgium; a newspaper is not its city.
  CHECK(ids["state:BEL"].count("Brussels*") == 0);
  CHECK(ids["organization:european-union"].count("Brussels*") == 1);
  CHECK(ids["organization:the-washington-post"].count("Washington Post") == 1);
}

TEST_CASE("gazetteer files: organizations and treaties are rich enough") {
  CHECK(CountRows("organizations.tsv") >= 300);
  CHECK(CountRows("treaties.tsv") >= 80);
  auto ids = AliasesById(AllRows());
  const std::vector<std::pair<std::string, std::string>> expect = {
      {"organization:united-nations", "U.N."},
      {"organization:north-atlantic-treaty-organization", "NATO"},
      {"organization:shanghai-cooperation-organization", "SCO"},
      {"organization:council-of-europe", "Council of Europe"},
      {"treaty:convention-on-cybercrime", "Budapest Convention"},
      {"treaty:treaty-on-the-non-proliferation-of-nuclear-weapons", "NPT"},
      {"treaty:joint-comprehensive-plan-of-action", "JCPOA"},
  };
  for (const auto& [id, alias] : expect) {
    INFO(id);
    CHECK(ids[id].count(alias) == 1);
  }
}

// Reads a name list: name -> ambiguous flag; checks the line format.
static std::map<std::string, bool> ReadNameList(const std::string& file) {
  std::map<std::string, bool> names;
  std::ifstream in(SourceDir() + "/rules/entities/" + file);
  bool opened = static_cast<bool>(in);
  REQUIRE_MESSAGE(opened, file);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (n == 1) {
      bool header = !line.empty() && line[0] == '#';
      CHECK_MESSAGE(header, file << " needs a header comment");
    }
    if (line.empty() || line[0] == '#') continue;
    INFO(file << ":" << n << ": '" << line << "'");
    auto cols = Split(line, '\t');
    REQUIRE(cols.size() <= 3);
    const std::string& name = cols[0];
    CHECK(!name.empty());
    CHECK(name.find_first_of(" |*^?") == std::string::npos);
    bool ambiguous = cols.size() >= 2;
    if (ambiguous) CHECK(cols[1] == "ambiguous");
    // surnames.txt: `first` marks an ambiguous family name written first ("He")
    if (cols.size() == 3) CHECK((file == "surnames.txt" && cols[2] == "first"));
    CHECK_MESSAGE(names.emplace(name, ambiguous).second, "duplicate");
  }
  return names;
}

TEST_CASE("given names: one per line, no duplicates, ambiguous ones marked") {
  auto names = ReadNameList("given_names.txt");
  size_t plain = 0;
  for (const auto& [name, ambiguous] : names) plain += ambiguous ? 0 : 1;
  CHECK(plain >= 2000);
  // Many cultures.
  for (const char* n : {"Vladimir", "Volodymyr", "Emmanuel", "Olaf", "Mohammed", "Ebrahim", "Recep",
                        "Narendra", "Jinping", "Jong-un", "Shinzo", "Chimamanda"}) {
    CHECK_MESSAGE(names.count(n) == 1, n);
    CHECK_MESSAGE(!names[n], n);
  }
  // Common English words, months and country names need more evidence.
  for (const char* n :
       {"Will", "May", "Mark", "Grace", "Bill", "Jordan", "Georgia", "Chad", "Jan"}) {
    CHECK_MESSAGE(names.count(n) == 1, n);
    CHECK_MESSAGE(names[n], n << " must be marked ambiguous");
  }
  // A name that is also a gazetteer alias is always marked ambiguous.
  std::set<std::string> aliases;
  for (const auto& [id, set] : AliasesById(AllRows())) {
    for (std::string a : set) {
      if (!a.empty() && (a.back() == '*' || a.back() == '^')) a.pop_back();
      aliases.insert(a);
    }
  }
  for (const auto& [name, ambiguous] : names) {
    if (aliases.count(name)) CHECK_MESSAGE(ambiguous, name << " is a gazetteer alias");
  }
}

TEST_CASE("surnames: one per line, family-name-first cultures covered") {
  auto names = ReadNameList("surnames.txt");
  CHECK(names.size() >= 500);
  for (const char* n : {"Xi", "Wang", "Kim", "Nguyen", "Putin", "Macron"}) {
    CHECK_MESSAGE(names.count(n) == 1, n);
    CHECK_MESSAGE(!names[n], n);
  }
  for (const char* n : {"Park", "Sun", "Rice", "Brown"}) {
    CHECK_MESSAGE(names.count(n) == 1, n);
    CHECK_MESSAGE(names[n], n << " must be marked ambiguous");
  }
  auto given = ReadNameList("given_names.txt");
  CHECK(given.count("Nguyen") == 0);
}
