// Helpers for the io tests: a graph with awkward text, temp dirs, serialization.
#ifndef ACTORGRAPH_TESTS_IO_IO_FIXTURES_H_
#define ACTORGRAPH_TESTS_IO_IO_FIXTURES_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "actorgraph/io.h"
#include "graph/fixtures.h"

namespace actorgraph {
namespace testing {

// Quotes, ampersands, angle brackets, a control character, non-Latin
// scripts, a repaired document and two edges that differ only in modality.
inline Extraction AwkwardDoc() {
  DocBuilder b("dir/d4.txt",
               "T\xC3\xBCrkiye & \"Iran\" opposed the <Deal>\x01 in 2015-SU. "
               "\xD0\xA1\xD0\xB5\xD1\x80\xD0\xB3\xD0\xB5\xD0\xB9 represents Iran, \xEF\xBF\xBD "
               "reportedly. Iran may oppose the <Deal>\x01.");
  uint32_t tur = b.Ent("T\xC3\xBCrkiye", EntityType::kState, "state:TUR", "T\xC3\xBCrkiye");
  uint32_t irn = b.Ent("Iran", EntityType::kState, "state:IRN", "Iran");
  uint32_t deal = b.Ent("<Deal>", EntityType::kTreaty, "treaty:deal", "Deal & \"Pact\" <1>");
  b.Date("2015-SU", "2015-SU");
  uint32_t lav = b.Ent("\xD0\xA1\xD0\xB5\xD1\x80\xD0\xB3\xD0\xB5\xD0\xB9", EntityType::kPerson,
                       "person:sergei", "\xD0\xA1\xD0\xB5\xD1\x80\xD0\xB3\xD0\xB5\xD0\xB9", 0, 0,
                       "Foreign Minister");
  uint32_t irn2 = b.Ent("Iran", EntityType::kState, "state:IRN", "Iran", 1);
  uint32_t irn3 = b.Ent("Iran", EntityType::kState, "state:IRN", "Iran", 2);
  uint32_t deal2 = b.Ent("<Deal>", EntityType::kTreaty, "treaty:deal", "Deal & \"Pact\" <1>", 1);
  const char* s1 = "T\xC3\xBCrkiye & \"Iran\" opposed the <Deal>\x01 in 2015-SU.";
  b.Rel("opposed", tur, deal, s1, "2015-SU", 0.7, "opposed.verb");
  b.Rel("opposed", irn, deal, s1, "2015-SU", 0.7, "opposed.verb");
  b.Rel("affiliated-with", lav, irn2,
        "\xD0\xA1\xD0\xB5\xD1\x80\xD0\xB3\xD0\xB5\xD0\xB9 represents Iran, \xEF\xBF\xBD "
        "reportedly.",
        "PRESENT_REF", 0.6, "affiliated.represent", Modality::kAlleged, "reportedly");
  b.Rel("opposed", irn3, deal2, "Iran may oppose the <Deal>\x01.", "", 0.5, "opposed.verb",
        Modality::kHypothetical, "may");
  Extraction x = b.x();
  x.doc.utf8_repaired = true;
  return x;
}

inline KnowledgeGraph SampleGraph() { return GraphOf({Doc1(), Doc2(), Doc3(), AwkwardDoc()}); }

inline std::string Serialize(const KnowledgeGraph& g, Format f = Format::kJson) {
  std::ostringstream out;
  Status s = WriteGraph(g, f, out);
  if (!s.ok()) return "ERROR " + s.ToString();
  return out.str();
}

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void WriteAll(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// A fresh directory under the system temp dir, removed with the object.
class TempDir {
 public:
  explicit TempDir(const std::string& tag) {
    path_ = (std::filesystem::temp_directory_path() /
             ("actorgraph-" + tag + "-" + std::to_string(::getpid())))
                .string();
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_IO_IO_FIXTURES_H_
