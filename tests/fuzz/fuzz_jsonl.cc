// libFuzzer target: any bytes as a .jsonl input file. The reader must skip and
// report bad lines, never crash, and hand out only valid UTF-8 text.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "actorgraph/input.h"
#include "actorgraph/util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/actorgraph-fuzz-" + std::to_string(getpid()) + ".jsonl";
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  auto reader = actorgraph::DocumentReader::Open({path}, actorgraph::InputOptions{});
  if (!reader.ok()) return 0;
  actorgraph::Document doc;
  while ((*reader)->Next(&doc)) {
    if (!actorgraph::IsValidUtf8(doc.text) || !actorgraph::IsValidUtf8(doc.id)) std::abort();
  }
  (*reader)->TakeProblems();
  return 0;
}
