// Hostile input (README "Hostile input" table): every row has a test here.
// Nothing crashes, every bad document is reported with file and line and
// counted, exit codes follow DESIGN.md §6, and outputs are never half-written.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "cli/run.h"

namespace {

#ifdef ACTORGRAPH_SANITIZED
constexpr size_t kScale = 10;  // sanitized builds are ~10x slower: smaller inputs
#else
constexpr size_t kScale = 1;
#endif

nlohmann::json Json(const std::string& path) { return nlohmann::json::parse(ReadFile(path)); }

double Seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

TEST_CASE("invalid UTF-8 is repaired and flagged, JSON stays valid") {
  TempDir tmp;
  WriteFile(tmp / "bad.txt", "Russia \xff\xfe signed the Paris Agreement \xc3( in May 2015.");
  RunResult r = RunCli("extract " + (tmp / "bad.txt") + " --quiet -o " + (tmp / "g.json"));
  CHECK(r.code == 0);
  nlohmann::json g = Json(tmp / "g.json");  // throws if invalid
  CHECK(g["graph"]["documents"][0]["utf8_repaired"] == true);
}

TEST_CASE("NUL bytes: a binary .txt file is skipped and reported, exit 4") {
  TempDir tmp;
  WriteFile(tmp / "bin.txt", std::string("\x7f"
                                         "ELF\0\0\0\x01\x02",
                                         9));
  WriteFile(tmp / "good.txt", "Germany signed the Paris Agreement.");
  RunResult r = RunCli("extract " + (tmp / "bin.txt") + " " + (tmp / "good.txt") + " --quiet -o " +
                       (tmp / "g.json"));
  CHECK(r.code == 4);
  CHECK(r.out.find("bin.txt") != std::string::npos);
  CHECK(r.out.find("(1 skipped)") != std::string::npos);
  CHECK(Json(tmp / "g.json")["graph"]["documents"].size() == 1);
}

TEST_CASE("an empty file is a document with nothing in it") {
  TempDir tmp;
  WriteFile(tmp / "empty.txt", "");
  RunResult r = RunCli("extract " + (tmp / "empty.txt") + " --quiet -o " + (tmp / "g.json"));
  CHECK(r.code == 0);
  nlohmann::json g = Json(tmp / "g.json");
  CHECK(g["graph"]["documents"].size() == 1);
  CHECK(g["nodes"].empty());
}

TEST_CASE("a huge file with no newline and no sentence end runs in linear time") {
  TempDir tmp;
  std::string big;
  const size_t target = (size_t{100} << 20) / kScale;
  big.reserve(target);
  while (big.size() < target) big += "word Russia and China talks ";
  WriteFile(tmp / "big.txt", big);
  auto t0 = std::chrono::steady_clock::now();
  RunResult r =
      RunCli("extract " + (tmp / "big.txt") + " --quiet --format jsonl -o " + (tmp / "g.jsonl"));
  double s = Seconds(t0);
  MESSAGE("100 MB / " << kScale << " without newline: " << s << " s");
  CHECK(r.code == 0);
  CHECK(s < 120);
}

TEST_CASE("a million tiny documents") {
  TempDir tmp;
  const size_t n = 1000000 / kScale;
  {
    std::ofstream out(tmp / "tiny.jsonl");
    for (size_t i = 0; i < n; ++i) out << "{\"id\":\"d" << i << "\",\"text\":\"Peru.\"}\n";
  }
  auto t0 = std::chrono::steady_clock::now();
  RunResult r =
      RunCli("extract " + (tmp / "tiny.jsonl") + " --quiet --format jsonl -o " + (tmp / "g.jsonl"));
  MESSAGE(n << " tiny documents: " << Seconds(t0) << " s");
  CHECK(r.code == 0);
  CHECK(r.out.find(std::to_string(n) + " documents (0 skipped)") != std::string::npos);
}

TEST_CASE("a sentence naming 20,000 countries, and long repeated coordinations") {
  TempDir tmp;
  const char* names[] = {"Argentina", "Brazil", "Chile", "Peru",
                         "Japan",     "Kenya",  "Ghana", "Spain"};
  std::string s;
  for (int i = 0; i < 20000; ++i) s += std::string(names[i % 8]) + ", ";
  s += "and France signed the Paris Agreement in 2016.\n\n";
  for (int i = 0; i < 20000; ++i) s += "and ";
  s += "Russia opposed it.\n\n";
  for (int i = 0; i < 5000; ++i) s += "Russia and China and ";
  s += "India supported the treaty.";
  WriteFile(tmp / "list.txt", s);
  auto t0 = std::chrono::steady_clock::now();
  RunResult r = RunCli("extract " + (tmp / "list.txt") + " --quiet -o " + (tmp / "g.json"));
  double secs = Seconds(t0);
  MESSAGE("20,000-country sentence + coordinations: " << secs << " s");
  CHECK(r.code == 0);
  CHECK(secs < 30);
  CHECK_NOTHROW(Json(tmp / "g.json"));
}

TEST_CASE("malformed JSONL lines are reported with file:line, skipped and counted") {
  TempDir tmp;
  WriteFile(tmp / "in.jsonl",
            "{\"id\":\"a\",\"text\":\"Germany signed the Paris Agreement.\"}\n"  // 1 good
            "this is not json\n"                                                 // 2 bad JSON
            "{\"id\":\"b\"}\n"                                                   // 3 no text
            "{\"id\":7,\"text\":\"x\"}\n"                                        // 4 non-string id
            "{\"id\":\"c\",\"text\":[1]}\n"         // 5 non-string text
            "{\"id\":\"a\",\"text\":\"again\"}\n"   // 6 duplicate id
            "[1,2]\n"                               // 7 not an object
            "{\"text\":\"No id here, France.\"}\n"  // 8 good, id FILE:8
            "{\"id\":\"d\",\"text\":\"trunc");      // 9 truncated
  RunResult r = RunCli("extract " + (tmp / "in.jsonl") + " --quiet -o " + (tmp / "g.json"));
  CHECK(r.code == 4);
  for (int line : {2, 3, 4, 5, 6, 7, 9})
    CHECK_MESSAGE(r.out.find("in.jsonl:" + std::to_string(line)) != std::string::npos, line);
  CHECK(r.out.find("(7 skipped)") != std::string::npos);
  nlohmann::json g = Json(tmp / "g.json");
  REQUIRE(g["graph"]["documents"].size() == 2);
  CHECK(g["graph"]["documents"][1]["id"].get<std::string>().find("in.jsonl:8") !=
        std::string::npos);
}

TEST_CASE("missing paths are reported; only missing paths exit 3") {
  TempDir tmp;
  WriteFile(tmp / "good.txt", "Germany signed the Paris Agreement.");
  RunResult r = RunCli("extract " + (tmp / "good.txt") + " " + (tmp / "nope.txt") + " --quiet -o " +
                       (tmp / "g.json"));
  CHECK(r.code == 4);
  CHECK(r.out.find("nope.txt") != std::string::npos);
  r = RunCli("extract " + (tmp / "nope.txt") + " --quiet -o " + (tmp / "g2.json"));
  CHECK(r.code == 3);
  CHECK_FALSE(std::filesystem::exists(tmp / "g2.json"));
}

TEST_CASE("a directory symlink loop is read once, without looping") {
  TempDir tmp;
  std::filesystem::create_directories(tmp / "corpus/sub");
  WriteFile(tmp / "corpus/sub/a.txt", "Chile signed the Paris Agreement.");
  std::filesystem::create_directory_symlink(tmp / "corpus", tmp / "corpus/sub/loop");
  RunResult r = RunCli("extract " + (tmp / "corpus") + " --quiet -o " + (tmp / "g.json"));
  CHECK(r.code == 0);
  auto docs = Json(tmp / "g.json")["graph"]["documents"];
  REQUIRE(docs.size() == 1);
  CHECK(docs[0]["id"] == "sub/a.txt");
}

TEST_CASE("a malformed --doc-date is a usage error") {
  for (const char* d : {"2015-02-30", "yesterday", "2015/05/01", ""}) {
    RunResult r = RunCli(std::string("extract seeds --doc-date '") + d + "'");
    CHECK_MESSAGE(r.code == 1, d);
  }
  TempDir tmp;
  CHECK(
      RunCli("extract seeds --quiet --doc-date 2015-05-01T10:00:00Z -o " + (tmp / "g.json")).code ==
      0);
}

TEST_CASE("a failed run never replaces or truncates an existing output") {
  TempDir tmp;
  WriteFile(tmp / "g.json", "previous output");
  std::filesystem::create_directories(tmp / "badrules/relations");
  WriteFile(tmp / "badrules/relations/x.json", "{ not json");
  RunResult r =
      RunCli("extract seeds --quiet --rules " + (tmp / "badrules") + " -o " + (tmp / "g.json"));
  CHECK(r.code == 2);
  CHECK(ReadFile(tmp / "g.json") == "previous output");
  r = RunCli("extract /nonexistent --quiet -o " + (tmp / "g.json"));
  CHECK(r.code == 3);
  CHECK(ReadFile(tmp / "g.json") == "previous output");
  // A write that cannot happen (the parent is a file) fails with 3 and leaves nothing.
  r = RunCli("extract seeds --quiet -o " + (tmp / "g.json/out.json"));
  CHECK(r.code == 3);
  CHECK(ReadFile(tmp / "g.json") == "previous output");
}

TEST_CASE("an output that is a device or FIFO is written in place, never renamed over") {
  TempDir tmp;
  for (const char* ext : {"json", "jsonl"}) {
    std::string fifo = tmp / (std::string("pipe.") + ext), copy = tmp / "copy.txt";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    // A reader on the FIFO, so that the writer's open() returns.
    REQUIRE(std::system(("cat '" + fifo + "' > '" + copy + "' &").c_str()) == 0);
    RunResult r = RunCli("extract seeds/russia-china-cybersecurity.txt --quiet -o " + fifo);
    CHECK_MESSAGE(r.code == 0, ext);
    std::error_code ec;
    CHECK_MESSAGE(std::filesystem::is_fifo(fifo, ec), ext);  // still a FIFO, not a regular file
    for (int i = 0; i < 100 && ReadFile(copy).find("\"nodes\"") == std::string::npos; ++i)
      usleep(20000);  // the reader drains the FIFO
    CHECK_MESSAGE(ReadFile(copy).find("state:RUS") != std::string::npos, ext);
    std::filesystem::remove(fifo, ec);
  }
}
