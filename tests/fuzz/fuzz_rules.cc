// libFuzzer target: any bytes as a relation rule file. Loading must either
// succeed or fail with diagnostics; it never crashes and never half-loads.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "actorgraph/relations.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string dir = [] {
    std::string d = "/tmp/actorgraph-fuzz-rules-" + std::to_string(getpid());
    std::filesystem::create_directories(d + "/relations");
    // The shared word classes and cues beside the fuzzed file, as in rules/.
    for (const char* f : {"_lexicon.json", "_cues.json"}) {
      std::error_code ec;
      std::filesystem::copy_file(std::string(ACTORGRAPH_SOURCE_DIR "/rules/relations/") + f,
                                 d + "/relations/" + f,
                                 std::filesystem::copy_options::overwrite_existing, ec);
    }
    return d;
  }();
  FILE* f = std::fopen((dir + "/relations/fuzzed.json").c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  std::vector<actorgraph::Diagnostic> diags;
  auto rules = actorgraph::RuleSet::Load(dir, &diags);
  if (!rules.ok() && diags.empty()) std::abort();  // a failure always says why
  return 0;
}
