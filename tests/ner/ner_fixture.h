// Test helpers: a temporary rules directory with the project's word lists
// (rules/entities) and tiny gazetteers written by the test, and a runner that
// analyzes a text and returns its resolved entity mentions.
#ifndef ACTORGRAPH_TESTS_NER_FIXTURE_H_
#define ACTORGRAPH_TESTS_NER_FIXTURE_H_

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "actorgraph/ner.h"
#include "actorgraph/text.h"

namespace actorgraph {
namespace testing {

inline const char* kFixtureStates =
    "# fixture\n"
    "state:RUS\tstate\tRussia\tRussia|Russian Federation|Moscow*|Russian^\n"
    "state:CHN\tstate\tChina\tChina|People's Republic of China|Beijing*|Chinese^|Sino-^\n"
    "state:USA\tstate\tUnited States\tUnited States|US|USA|America|Washington*|American^\n"
    "state:FRA\tstate\tFrance\tFrance|Paris*|French^\n"
    "state:NLD\tstate\tNetherlands\tNetherlands|the Netherlands|Dutch^\n"
    "state:DEU\tstate\tGermany\tGermany|Berlin*|German^\n"
    "state:SUN\tstate\tSoviet Union\tSoviet Union|USSR|Soviet^\t1922\t1991-12-26\n"
    "state:UKR\tstate\tUkraine\tUkraine|Kyiv*|Ukrainian^\n"
    "state:JOR\tstate\tJordan\tJordan|Amman*|Jordanian^\n"
    "state:PRK\tstate\tNorth Korea\tNorth Korea|Pyongyang*|North Korean^\n"
    "state:KOR\tstate\tSouth Korea\tSouth Korea|Seoul*|South Korean^\n";
inline const char* kFixtureOrgs =
    "organization:united-nations\torganization\tUnited Nations\tUnited Nations|UN|U.N.\n"
    "organization:state-department\torganization\tState Department\tState Department|"
    "Department of State\n"
    "organization:council-of-europe\torganization\tCouncil of Europe\tCouncil of Europe\n"
    "organization:nato\torganization\tNorth Atlantic Treaty Organization\tNATO\n"
    "organization:us-treasury\torganization\tUS Treasury\tUS Treasury\n"
    "organization:french-treasury\torganization\tFrench Treasury\tFrench Treasury\n";
// The real org_anaphors.txt names organizations the fixture gazetteer lacks.
inline const char* kFixtureOrgAnaphors =
    "alliance\torganization:nato\nbloc\torganization:nato|organization:council-of-europe\n"
    "agency\t@name\n";
// The real short_form_states.txt names states the fixture gazetteer lacks.
inline const char* kFixtureShortForms = "North\tstate:PRK\nSouth\tstate:KOR\n";
// The real short_form_bodies.txt names organizations the fixture gazetteer lacks.
inline const char* kFixtureShortFormBodies =
    "Treasury\tstate:USA\torganization:us-treasury\n"
    "Treasury\tstate:FRA\torganization:french-treasury\n";
inline const char* kFixtureTreaties =
    "treaty:budapest-convention\ttreaty\tBudapest Convention\tBudapest Convention|"
    "Convention on Cybercrime\n";
inline const char* kFixtureGivenNames =
    "# given names; a second column 'ambiguous' marks names that are also words\n"
    "Valentin\nMichele\nMichael\nBarack\nSergei\nAngela\nJohn\nMaria\nMay\tambiguous\nJan\tambiguou"
    "s\n";

inline const char* kFixtureSurnames =
    "# --- Chinese family names; they come FIRST\nWang\nXi\n"
    "# --- Other\nMarkoff\nKowalczyk\n# --- Ambiguous\nBush\tambiguous\n";

// Directories the fixtures write; removed when the test binary exits (the
// recognizers have read them by then).
inline std::filesystem::path ScratchDir(const std::string& name) {
  struct Scratch {
    std::vector<std::filesystem::path> dirs;
    ~Scratch() {
      std::error_code ec;
      for (const auto& d : dirs) std::filesystem::remove_all(d, ec);
    }
  };
  static Scratch scratch;
  scratch.dirs.push_back(std::filesystem::temp_directory_path() /
                         ("ag-ner-" + name + "-" + std::to_string(::getpid())));
  return scratch.dirs.back();
}

// Writes a rules dir: the real word lists plus the fixture gazetteers above.
inline std::string FixtureRules() {
  namespace fs = std::filesystem;
  static std::string dir;
  if (!dir.empty()) return dir;
  fs::path root = ScratchDir("rules");
  fs::create_directories(root / "entities");
  fs::create_directories(root / "gazetteers");
  for (const auto& e : fs::directory_iterator(fs::path(ACTORGRAPH_SOURCE_DIR) / "rules/entities"))
    if (e.path().filename() != "given_names.txt" && e.path().filename() != "surnames.txt")
      fs::copy_file(e.path(), root / "entities" / e.path().filename(),
                    fs::copy_options::overwrite_existing);
  auto write = [&](const fs::path& p, const char* text) { std::ofstream(p) << text; };
  write(root / "gazetteers/states.tsv", kFixtureStates);
  write(root / "gazetteers/orgs.tsv", kFixtureOrgs);
  write(root / "gazetteers/treaties.tsv", kFixtureTreaties);
  write(root / "entities/org_anaphors.txt", kFixtureOrgAnaphors);
  write(root / "entities/short_form_states.txt", kFixtureShortForms);
  write(root / "entities/short_form_bodies.txt", kFixtureShortFormBodies);
  write(root / "entities/given_names.txt", kFixtureGivenNames);
  write(root / "entities/surnames.txt", kFixtureSurnames);
  dir = root.string();
  return dir;
}

inline std::shared_ptr<const EntityRecognizer> Recognizer(const std::string& rules) {
  std::vector<Diagnostic> diags;
  auto r = EntityRecognizer::Load(rules, &diags);
  for (const Diagnostic& d : diags) MESSAGE(d.ToString());
  REQUIRE(r.ok());
  return *r;
}

// The project's own rules under rules/, loaded once per test binary.
inline const EntityRecognizer& RealRecognizer() {
  static std::shared_ptr<const EntityRecognizer> r =
      Recognizer(std::string(ACTORGRAPH_SOURCE_DIR) + "/rules");
  return *r;
}

// The fixture rules plus one more gazetteer file `name` holding `tsv`, loaded
// once per name (the result lives as long as the test binary).
inline std::shared_ptr<const EntityRecognizer> FixtureWith(const std::string& name,
                                                           const char* tsv) {
  namespace fs = std::filesystem;
  fs::path root = ScratchDir(name);
  fs::create_directories(root);
  fs::copy(FixtureRules(), root,
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  std::ofstream(root / "gazetteers" / (name + ".tsv")) << tsv;
  return Recognizer(root.string());
}

inline const EntityRecognizer& Fixture() {
  static std::shared_ptr<const EntityRecognizer> r = Recognizer(FixtureRules());
  return *r;
}

struct Found {
  std::string text, type, node, label, role, rule;
  uint32_t flags = 0;
};

inline std::vector<Found> Run(const EntityRecognizer& r, const std::string& text,
                              const std::string& date = "") {
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.date = date;
  Analyze(&doc);
  std::vector<Mention> ms = r.Find(doc, {});
  r.Resolve(doc, &ms);
  std::vector<Found> out;
  for (const Mention& m : ms)
    out.push_back({std::string(doc.Text(m.span)), EntityTypeName(m.type), m.node, m.label, m.role,
                   m.rule, m.flags});
  return out;
}

inline std::vector<Found> Run(const std::string& text, const std::string& date = "") {
  return Run(Fixture(), text, date);
}

// The mention with this exact text and type, or nullptr.
inline const Found* Get(const std::vector<Found>& fs, const std::string& text,
                        const std::string& type) {
  for (const Found& f : fs)
    if (f.text == text && f.type == type) return &f;
  return nullptr;
}

// The node ids of the mentions of `type`, in order.
// The node of the mention of `type` whose text is `text`, or "".
inline std::string NodeOf(const std::vector<Found>& fs, const std::string& text,
                          const std::string& type) {
  const Found* f = Get(fs, text, type);
  return f ? f->node : "";
}

inline std::vector<std::string> NodesOf(const std::vector<Found>& fs, const std::string& type) {
  std::vector<std::string> out;
  for (const Found& f : fs)
    if (f.type == type) out.push_back(f.node);
  return out;
}

inline bool HasText(const std::vector<Found>& fs, const std::string& text) {
  for (const Found& f : fs)
    if (f.text == text) return true;
  return false;
}

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_NER_FIXTURE_H_
