// Writes small rule sets to a fresh temporary directory for tests.
#ifndef ACTORGRAPH_TESTS_RELATIONS_RULES_DIR_H_
#define ACTORGRAPH_TESTS_RELATIONS_RULES_DIR_H_

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

namespace actorgraph {
namespace testing {

class RulesDir {
 public:
  RulesDir() {
    static std::atomic<int> counter{0};
    root_ = std::filesystem::temp_directory_path() /
            ("ag-rel-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_ / "relations");
  }
  ~RulesDir() {
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
  }
  RulesDir(const RulesDir&) = delete;
  RulesDir& operator=(const RulesDir&) = delete;

  // Writes relations/<name> and returns its path.
  std::string Write(const std::string& name, const std::string& text) {
    std::filesystem::path p = root_ / "relations" / name;
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  std::string path() const { return root_.string(); }

 private:
  std::filesystem::path root_;
};

}  // namespace testing
}  // namespace actorgraph

#endif  // ACTORGRAPH_TESTS_RELATIONS_RULES_DIR_H_
