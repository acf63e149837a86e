// Runs the actorgraph binary in a shell and captures its output and exit code.
#ifndef ACTORGRAPH_TESTS_CLI_RUN_H_
#define ACTORGRAPH_TESTS_CLI_RUN_H_

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

struct RunResult {
  int code = -1;
  std::string out;  // stdout and stderr, interleaved
};

inline RunResult RunCli(const std::string& args) {
  std::string cmd = std::string("'") + ACTORGRAPH_BINARY + "' " + args + " 2>&1";
  RunResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// A fresh temporary directory, removed when the object dies.
struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/actorgraph-test-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  std::string operator/(const std::string& name) const { return path + "/" + name; }
};

#endif  // ACTORGRAPH_TESTS_CLI_RUN_H_
