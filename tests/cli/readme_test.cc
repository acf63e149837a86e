// The README's query examples print exactly what the README shows. Each block
// follows a "<!-- query-example -->" line: "$ build/actorgraph ARGS", then the
// expected output, then the closing fence.
#include <doctest/doctest.h>

#include <sstream>

#include "cli/run.h"

TEST_CASE("README query examples print what the README shows") {
  std::istringstream readme(ReadFile(ACTORGRAPH_SOURCE_DIR "/README.md"));
  std::string line;
  int examples = 0;
  while (std::getline(readme, line)) {
    if (line != "<!-- query-example -->") continue;
    std::getline(readme, line);  // ```console
    std::getline(readme, line);
    const std::string prompt = "$ build/actorgraph ";
    REQUIRE(line.rfind(prompt, 0) == 0);
    std::string args = line.substr(prompt.size()), expected;
    while (std::getline(readme, line) && line != "```") expected += line + "\n";
    RunResult r = RunCli(args);
    CHECK_MESSAGE(r.code == 0, args);
    CHECK_MESSAGE(r.out == expected, args);
    ++examples;
  }
  CHECK(examples >= 3);
}
