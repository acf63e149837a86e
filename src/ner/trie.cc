#include "ner/trie.h"

namespace actorgraph {
namespace ner {

uint32_t ByteTrie::Insert(std::string_view key) {
  uint32_t node = kRoot;
  for (unsigned char c : key) {
    uint64_t k = (static_cast<uint64_t>(node) << 8) | c;
    auto it = build_.find(k);
    if (it == build_.end()) it = build_.emplace(k, nodes_++).first;
    node = it->second;
  }
  return node;
}

void ByteTrie::Finish() {
  for (uint32_t& r : root_) r = kNone;
  size_t cap = 16;
  shift_ = 28;
  while (cap < build_.size() * 2 + 2) cap <<= 1, --shift_;
  table_.assign(cap, Slot());
  mask_ = cap - 1;
  for (const auto& [key64, child] : build_) {
    uint32_t key = static_cast<uint32_t>(key64);
    if ((key64 >> 8) == kRoot) root_[key & 0xFF] = child;
    size_t i = Slot0(key);
    while (table_[i].child != kNone) i = (i + 1) & mask_;
    table_[i].key = key;
    table_[i].child = child;
  }
  build_.clear();
}

uint32_t ByteTrie::Find(std::string_view key) const {
  uint32_t node = kRoot;
  for (unsigned char c : key) {
    node = Child(node, c);
    if (node == kNone) return kNone;
  }
  return node;
}

}  // namespace ner
}  // namespace actorgraph
