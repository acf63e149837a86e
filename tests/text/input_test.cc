// DocumentReader over every input kind and every bad-input case.
#include "actorgraph/input.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "ag_input_XXXXXX").string();
    path_ = mkdtemp(tmpl.data()) ? tmpl : "";
    REQUIRE(!path_.empty());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& rel, const std::string& bytes) const {
    fs::path p = fs::path(path_) / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string WriteGz(const std::string& rel, const std::string& bytes) const {
    fs::path p = fs::path(path_) / rel;
    gzFile f = gzopen(p.string().c_str(), "wb");
    REQUIRE(f != nullptr);
    gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
    gzclose(f);
    return p.string();
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct ReadAll {
  std::vector<Document> docs;
  std::vector<InputProblem> problems;
  uint64_t skipped = 0, bytes_read = 0, total = 0;
};

ReadAll Read(const std::vector<std::string>& paths, InputOptions opt = {}) {
  ReadAll r;
  auto reader = DocumentReader::Open(paths, opt);
  REQUIRE_MESSAGE(reader.ok(), reader.status().ToString());
  Document d;
  while ((*reader)->Next(&d)) r.docs.push_back(d);
  r.problems = (*reader)->TakeProblems();
  r.skipped = (*reader)->skipped();
  r.bytes_read = (*reader)->bytes_read();
  r.total = (*reader)->total_bytes();
  return r;
}

bool HasProblem(const ReadAll& r, const std::string& where, const std::string& part, bool skipped) {
  for (const InputProblem& p : r.problems)
    if (p.where == where && p.message.find(part) != std::string::npos && p.skipped == skipped)
      return true;
  return false;
}

TEST_CASE("ParseDocumentDate") {
  CHECK(ParseDocumentDate("2015-05-14").value() == "2015-05-14");
  CHECK(ParseDocumentDate("2015-05-14T10:00:00Z").value() == "2015-05-14");
  CHECK(ParseDocumentDate("2016-02-29").ok());
  CHECK(ParseDocumentDate("2000-02-29").ok());
  for (const char* bad :
       {"2015-02-29", "1900-02-29", "2015-13-01", "2015-04-31", "2015-00-10", "15-05-14",
        "2015-05-14 10:00", "2015/05/14", "", "May 2015", "0000-01-01"}) {
    Result<std::string> r = ParseDocumentDate(bad);
    CHECK_MESSAGE(!r.ok(), bad);
    CHECK(r.status().code() == Status::Code::kInvalidArgument);
    CHECK(r.status().message().find(std::string("'") + bad + "'") != std::string::npos);
  }
}

TEST_CASE("a .txt file given directly") {
  TempDir t;
  std::string p = t.Write("a/story.txt", "Russia signed.\n");
  InputOptions opt;
  opt.default_date = "2015-05-14";
  ReadAll r = Read({p}, opt);
  REQUIRE(r.docs.size() == 1);
  CHECK(r.docs[0].id == "story.txt");
  CHECK(r.docs[0].source == p);
  CHECK(r.docs[0].text == "Russia signed.\n");
  CHECK(r.docs[0].bytes == 15);
  CHECK(r.docs[0].date == "2015-05-14");
  CHECK_FALSE(r.docs[0].utf8_repaired);
  CHECK(r.problems.empty());
  CHECK(r.total == 15);
  CHECK(r.bytes_read == 15);
}

TEST_CASE("directories: recursive, sorted, only input files, relative ids") {
  TempDir t;
  t.Write("c/b.txt", "B");
  t.Write("c/a.txt", "A");
  t.Write("c/sub/z.txt", "Z");
  t.Write("c/expected.json", "{}");
  t.Write("c/notes.md", "x");
  t.Write("c/m.jsonl", "{\"id\":\"m1\",\"text\":\"M\"}\n");
  ReadAll r = Read({t.path() + "/c/"});
  REQUIRE(r.docs.size() == 4);
  CHECK(r.docs[0].id == "a.txt");
  CHECK(r.docs[0].source == t.path() + "/c/a.txt");
  CHECK(r.docs[1].id == "b.txt");
  CHECK(r.docs[2].id == "m1");
  CHECK(r.docs[2].source == t.path() + "/c/m.jsonl:1");
  CHECK(r.docs[3].id == "sub/z.txt");
  CHECK(r.docs[3].text == "Z");
  CHECK(r.problems.empty());
}

TEST_CASE("directory symlink loops are followed once") {
  TempDir t;
  t.Write("d/x.txt", "X");
  t.Write("d/sub/y.txt", "Y");
  fs::create_directory_symlink(fs::path(t.path()) / "d", fs::path(t.path()) / "d/sub/loop");
  fs::create_directory_symlink(fs::path(t.path()) / "d/sub", fs::path(t.path()) / "d/again");
  ReadAll r = Read({t.path() + "/d"});
  std::vector<std::string> ids;
  for (const Document& d : r.docs) ids.push_back(d.id);
  // "again" links to "sub": whichever comes first in directory order is read.
  REQUIRE(ids.size() == 2);
  CHECK((ids[0] == "again/y.txt" || ids[0] == "sub/y.txt"));
  CHECK(ids[1] == "x.txt");
  CHECK(r.skipped == 0);
  bool warned = false;
  for (const InputProblem& p : r.problems) warned |= !p.skipped;
  CHECK(warned);
}

TEST_CASE("JSONL: ids, dates, and every bad line") {
  TempDir t;
  std::string p =
      t.Write("in.jsonl",
              "{\"id\":\"d1\",\"text\":\"One.\",\"date\":\"2015-05-14T09:00:00Z\",\"extra\":[1,{"
              "\"a\":2}]}\n"
              "\n"
              "   \n"
              "{\"text\":\"No id.\"}\n"
              "{\"id\":\"d3\",\"text\":\"Bad json\"\n"
              "[1,2]\n"
              "42\n"
              "{\"id\":\"d4\"}\n"
              "{\"id\":\"d5\",\"text\":17}\n"
              "{\"id\":7,\"text\":\"x\"}\n"
              "{\"id\":\"d1\",\"text\":\"Again.\"}\n"
              "{\"id\":\"d6\",\"text\":\"Bad date.\",\"date\":\"May 2015\"}\n"
              "{\"id\":\"d7\",\"text\":\"Null date.\",\"date\":null,\"meta\":{\"text\":5}}\n"
              "{\"id\":\"d8\",\"text\":\"Number date.\",\"date\":2015}\n"
              "{\"id\":\"d9\",\"text\":\"Esc \\u00e9\\n\"}\n"
              "{\"id\":\"d10\",\"text\":\"cut");
  InputOptions opt;
  opt.default_date = "2020-01-01";
  ReadAll r = Read({p}, opt);
  std::vector<std::string> ids;
  for (const Document& d : r.docs) ids.push_back(d.id);
  CHECK(ids == std::vector<std::string>{"d1", "in.jsonl:4", "d6", "d7", "d8", "d9"});
  REQUIRE(r.docs.size() == 6);
  CHECK(r.docs[0].date == "2015-05-14");
  CHECK(r.docs[0].text == "One.");
  CHECK(r.docs[0].source == p + ":1");
  CHECK(r.docs[1].date == "2020-01-01");
  CHECK(r.docs[2].date == "2020-01-01");
  CHECK(r.docs[3].date == "2020-01-01");
  CHECK(r.docs[5].text == "Esc é\n");
  CHECK(r.docs[5].bytes == 7);
  CHECK(HasProblem(r, p + ":5", "invalid JSON", true));
  CHECK(HasProblem(r, p + ":6", "not a JSON object", true));
  CHECK(HasProblem(r, p + ":7", "not a JSON object", true));
  CHECK(HasProblem(r, p + ":8", "no \"text\"", true));
  CHECK(HasProblem(r, p + ":9", "\"text\" is a number", true));
  CHECK(HasProblem(r, p + ":10", "\"id\" is a number", true));
  CHECK(HasProblem(r, p + ":11", "duplicate document id 'd1'", true));
  CHECK(HasProblem(r, p + ":12", "invalid document date 'May 2015'", false));
  CHECK(HasProblem(r, p + ":14", "\"date\" is a number", false));
  CHECK(HasProblem(r, p + ":16", "truncated last line", true));
  CHECK(r.skipped == 8);
  CHECK(r.problems.size() == 10);
}

TEST_CASE("a last line without newline is fine when it is valid JSON") {
  TempDir t;
  std::string p =
      t.Write("x.jsonl", "{\"id\":\"a\",\"text\":\"A\"}\r\n{\"id\":\"b\",\"text\":\"B\"}");
  ReadAll r = Read({p});
  REQUIRE(r.docs.size() == 2);
  CHECK(r.docs[1].text == "B");
  CHECK(r.problems.empty());
}

TEST_CASE(".jsonl.gz is read streaming through zlib") {
  TempDir t;
  std::string body;
  for (int i = 0; i < 3000; ++i)
    body += "{\"id\":\"g" + std::to_string(i) + "\",\"text\":\"Doc " + std::to_string(i) +
            " text.\"}\n";
  std::string p = t.WriteGz("corpus.jsonl.gz", body);
  ReadAll r = Read({p});
  REQUIRE(r.docs.size() == 3000);
  CHECK(r.docs[2999].id == "g2999");
  CHECK(r.docs[2999].text == "Doc 2999 text.");
  CHECK(r.docs[5].source == p + ":6");
  CHECK(r.total == fs::file_size(p));
  CHECK(r.bytes_read == r.total);
  CHECK(r.problems.empty());
}

TEST_CASE("a truncated gzip stream is reported") {
  TempDir t;
  std::string body;
  for (int i = 0; i < 2000; ++i) body += "{\"id\":\"t" + std::to_string(i) + "\",\"text\":\"x\"}\n";
  std::string p = t.WriteGz("t.jsonl.gz", body);
  fs::resize_file(p, fs::file_size(p) / 2);
  ReadAll r = Read({p});
  CHECK(r.docs.size() < 2000);
  CHECK(r.skipped >= 1);
  bool reported = false;
  for (const InputProblem& q : r.problems) reported |= q.skipped && q.where.find(p) == 0;
  CHECK(reported);
}

TEST_CASE("binary, empty, invalid UTF-8") {
  TempDir t;
  std::string bin = t.Write("bin.txt", std::string("PK\x03\x04\0\0data", 10));
  std::string empty = t.Write("empty.txt", "");
  std::string bad = t.Write("bad.txt", "caf\xe9 ok");
  std::string jl = t.Write("bad.jsonl", "{\"id\":\"j\",\"text\":\"x\xff y\"}\n");
  ReadAll r = Read({bin, empty, bad, jl});
  REQUIRE(r.docs.size() == 3);
  CHECK(r.docs[0].id == "empty.txt");
  CHECK(r.docs[0].text.empty());
  CHECK(r.docs[0].bytes == 0);
  CHECK(r.docs[1].id == "bad.txt");
  CHECK(r.docs[1].utf8_repaired);
  CHECK(r.docs[1].text == "caf\xEF\xBF\xBD ok");
  CHECK(r.docs[1].bytes == 7);
  CHECK(r.docs[2].id == "j");
  CHECK(r.docs[2].utf8_repaired);
  CHECK(r.docs[2].text == "x\xEF\xBF\xBD y");
  CHECK(HasProblem(r, bin, "binary file", true));
  CHECK(r.skipped == 1);
  CHECK(r.problems.size() == 1);
}

TEST_CASE("documents over max_document_bytes are cut at a UTF-8 boundary") {
  TempDir t;
  std::string big = t.Write("big.txt",
                            "ab\xc3\xa9"
                            "cd");  // a b U+00E9 c d: 6 bytes
  std::string jl = t.Write("big.jsonl", "{\"id\":\"j\",\"text\":\"x\u00e9\u00e9\"}\n");
  InputOptions opt;
  opt.max_document_bytes = 3;  // inside the 2-byte letter: back to 2 bytes
  ReadAll r = Read({big, jl}, opt);
  REQUIRE(r.docs.size() == 2);
  CHECK(r.docs[0].text == "ab");
  CHECK(r.docs[0].bytes == 6);
  CHECK(r.docs[1].text == "x\xC3\xA9");
  CHECK(r.docs[1].bytes == 5);
  CHECK(HasProblem(r, big, "cut to 2 bytes", false));
  CHECK(HasProblem(r, jl + ":1", "cut to 3 bytes", false));
  CHECK(r.skipped == 0);
}

// Reads "-" with standard input redirected from a file.
ReadAll ReadStdin(const std::string& file) {
  int saved = dup(0);
  int fd = open(file.c_str(), O_RDONLY);
  REQUIRE(fd >= 0);
  dup2(fd, 0);
  close(fd);
  ReadAll r = Read({"-"});
  dup2(saved, 0);
  close(saved);
  return r;
}

TEST_CASE("stdin: JSONL when the first non-blank byte is '{', else one text") {
  TempDir t;
  ReadAll j =
      ReadStdin(t.Write("in.jsonl", "\n  {\"id\":\"x\",\"text\":\"X\"}\n{\"text\":\"Y\"}\n"));
  REQUIRE(j.docs.size() == 2);
  CHECK(j.docs[0].id == "x");
  CHECK(j.docs[0].source == "stdin:2");
  CHECK(j.docs[1].id == "stdin:3");
  CHECK(j.total == 0);
  ReadAll x = ReadStdin(t.Write("in.txt", "\n Russia signed.\n"));
  REQUIRE(x.docs.size() == 1);
  CHECK(x.docs[0].id == "stdin");
  CHECK(x.docs[0].source == "-");
  CHECK(x.docs[0].text == "\n Russia signed.\n");  // leading blanks kept
  ReadAll gz = ReadStdin(t.WriteGz("in.jsonl.gz", "{\"id\":\"g\",\"text\":\"G\"}\n"));
  REQUIRE(gz.docs.size() == 1);
  CHECK(gz.docs[0].text == "G");
}

TEST_CASE("missing paths are reported; Open fails only when nothing is usable") {
  TempDir t;
  std::string good = t.Write("g.txt", "G");
  ReadAll r = Read({t.path() + "/missing.txt", good});
  REQUIRE(r.docs.size() == 1);
  CHECK(HasProblem(r, t.path() + "/missing.txt", "such file", true));
  CHECK(r.skipped == 1);
  auto fail = DocumentReader::Open({t.path() + "/nope", t.path() + "/nope2"}, {});
  CHECK_FALSE(fail.ok());
  CHECK(fail.status().message().find("nope2") != std::string::npos);
  CHECK_FALSE(DocumentReader::Open({}, {}).ok());
  InputOptions bad_date;
  bad_date.default_date = "2015-02-30";
  CHECK_FALSE(DocumentReader::Open({good}, bad_date).ok());
}

TEST_CASE("duplicate ids across files are skipped, buffers are reused") {
  TempDir t;
  std::string a = t.Write("x/same.txt", "first");
  std::string b = t.Write("y/same.txt", "second");
  auto reader = DocumentReader::Open({a, b}, {});
  REQUIRE(reader.ok());
  Document d;
  d.tokens.resize(10);
  REQUIRE((*reader)->Next(&d));
  CHECK(d.text == "first");
  CHECK(d.tokens.empty());
  CHECK_FALSE((*reader)->Next(&d));
  CHECK((*reader)->skipped() == 1);
  auto probs = (*reader)->TakeProblems();
  REQUIRE(probs.size() == 1);
  CHECK(probs[0].ToString() == b + ": duplicate document id 'same.txt', skipped");
  CHECK((*reader)->TakeProblems().empty());
}

}  // namespace
}  // namespace actorgraph
