// Exit codes and messages of the command line (DESIGN.md §6).
#include <doctest/doctest.h>

#include "cli/run.h"

TEST_CASE("help and version exit 0 and tell the truth") {
  RunResult r = RunCli("--help");
  CHECK(r.code == 0);
  for (const char* cmd : {"extract", "query", "merge", "convert", "stats", "rules check"})
    CHECK(r.out.find(cmd) != std::string::npos);
  for (const char* cmd : {"extract", "query", "merge", "convert", "stats", "rules"}) {
    RunResult h = RunCli(std::string(cmd) + " --help");
    CHECK_MESSAGE(h.code == 0, cmd);
    CHECK(h.out.find("usage: actorgraph") != std::string::npos);
  }
  CHECK(RunCli("--version").out.find("actorgraph 0.") == 0);
}

TEST_CASE("usage errors exit 1 with a message") {
  RunResult r = RunCli("frobnicate");
  CHECK(r.code == 1);
  CHECK(r.out.find("unknown command 'frobnicate'") != std::string::npos);
  r = RunCli("extract seeds --no-such-flag");
  CHECK(r.code == 1);
  CHECK(r.out.find("unknown option --no-such-flag") != std::string::npos);
  r = RunCli("extract seeds --doc-date 2015-13-45");
  CHECK(r.code == 1);
  CHECK(r.out.find("--doc-date") != std::string::npos);
  r = RunCli("extract seeds --jobs zero");
  CHECK(r.code == 1);
  r = RunCli("extract seeds --format xml");
  CHECK(r.code == 1);
  r = RunCli("extract seeds -o");
  CHECK(r.code == 1);
  CHECK(r.out.find("needs a value") != std::string::npos);
  r = RunCli("merge a.json");
  CHECK(r.code != 0);
}

TEST_CASE("a missing rules directory exits 2") {
  RunResult r = RunCli("extract seeds --rules /nonexistent/rules");
  CHECK(r.code == 2);
  CHECK(r.out.find("rules") != std::string::npos);
}

TEST_CASE("missing input exits 3 and writes nothing") {
  TempDir tmp;
  RunResult r = RunCli("extract /nonexistent/input.txt -o " + (tmp / "out.json"));
  CHECK(r.code == 3);
  CHECK_FALSE(std::filesystem::exists(tmp / "out.json"));
}
