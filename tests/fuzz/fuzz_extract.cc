// libFuzzer target: any bytes as a document through the whole pipeline with the
// project's rules. Checks the output contract: spans inside the text, mention
// spans on sentence boundaries' side, relations pointing at existing mentions.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "actorgraph/graph.h"
#include "actorgraph/io.h"
#include "actorgraph/pipeline.h"
#include "actorgraph/util.h"

namespace {
std::shared_ptr<const actorgraph::Knowledge> LoadOnce() {
  std::vector<actorgraph::Diagnostic> diags;
  auto k = actorgraph::Knowledge::Load(ACTORGRAPH_SOURCE_DIR "/rules", &diags);
  if (!k.ok()) std::abort();
  return *k;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::shared_ptr<const actorgraph::Knowledge> k = LoadOnce();
  actorgraph::Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  doc.utf8_repaired = actorgraph::RepairUtf8(&doc.text);
  doc.bytes = size;
  doc.date = "2015-06-01";
  actorgraph::Extraction x = actorgraph::Extract(std::move(doc), *k);
  const uint32_t n = static_cast<uint32_t>(x.doc.text.size());
  for (const auto& m : x.mentions)
    if (m.span.begin > m.span.end || m.span.end > n) std::abort();
  for (const auto& r : x.relations) {
    if (r.source >= x.mentions.size() || r.target >= x.mentions.size()) std::abort();
    if (r.evidence.begin > r.evidence.end || r.evidence.end > n) std::abort();
  }
  actorgraph::KnowledgeGraph g;
  g.Add(x);
  std::string line = actorgraph::DocumentJsonLine(g);
  if (!actorgraph::IsValidUtf8(line)) std::abort();
  return 0;
}
