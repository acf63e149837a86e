// The speed ceiling for the benchmark: one plain RE2 pass (every capitalised
// word, as a recogniser's first scan would find them) over the same documents
// actorgraph reads. Prints "re2-ceiling: BYTES bytes, MATCHES matches, SECONDS s, MB/s".
#include <re2/re2.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "actorgraph/input.h"

int main(int argc, char** argv) {
  std::vector<std::string> paths(argv + 1, argv + argc);
  auto reader = actorgraph::DocumentReader::Open(paths, actorgraph::InputOptions{});
  if (!reader.ok()) {
    std::fprintf(stderr, "re2-ceiling: %s\n", reader.status().message().c_str());
    return 3;
  }
  std::vector<std::string> texts;  // load first: the pass alone is timed
  uint64_t bytes = 0;
  actorgraph::Document doc;
  while ((*reader)->Next(&doc)) {
    bytes += doc.text.size();
    texts.push_back(std::move(doc.text));
    doc.text.clear();
  }
  RE2 word("([A-Z][a-z]+)");
  uint64_t matches = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (const std::string& t : texts) {
    re2::StringPiece in(t);
    re2::StringPiece m;
    while (RE2::FindAndConsume(&in, word, &m)) ++matches;
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("re2-ceiling: %llu bytes, %llu matches, %.3f s, %.1f MB/s\n",
              static_cast<unsigned long long>(bytes), static_cast<unsigned long long>(matches), s,
              s > 0 ? bytes / 1e6 / s : 0.0);
  return 0;
}
