// A byte trie with one flat open-addressing table of (node, byte) -> child,
// built once and then read without allocation by any number of threads.
#ifndef ACTORGRAPH_NER_TRIE_H_
#define ACTORGRAPH_NER_TRIE_H_

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace actorgraph {
namespace ner {

class ByteTrie {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  static constexpr uint32_t kRoot = 0;

  ByteTrie() {
    for (uint32_t& r : root_) r = kNone;
  }
  // Adds `key` and returns the id of its final node. Only before Finish().
  uint32_t Insert(std::string_view key);
  // Freezes the trie: builds the lookup table.
  void Finish();
  // The child of `node` along byte `c`, or kNone.
  uint32_t Child(uint32_t node, unsigned char c) const {
    if (node == kRoot) return root_[c];
    if (table_.empty()) return kNone;
    uint32_t key = (node << 8) | c;
    size_t i = Slot0(key);
    for (;;) {
      const Slot& s = table_[i];
      if (s.child == kNone) return kNone;
      if (s.key == key) return s.child;
      i = (i + 1) & mask_;
    }
  }
  // Walks a whole key from the root; kNone if absent.
  uint32_t Find(std::string_view key) const;
  uint32_t num_nodes() const { return nodes_; }

 private:
  struct Slot {
    uint32_t key = 0;  // node << 8 | byte (nodes stay below 2^24)
    uint32_t child = kNone;
  };
  // The first slot to probe for key: Fibonacci hashing, the top bits of one
  // multiplication (a walk asks for a child at every byte).
  size_t Slot0(uint32_t key) const { return (key * 0x9E3779B1u) >> shift_; }
  std::unordered_map<uint64_t, uint32_t> build_;
  std::vector<Slot> table_;
  uint32_t root_[256];
  size_t mask_ = 0;
  uint32_t shift_ = 32;  // 32 - log2(table size)
  uint32_t nodes_ = 1;
};

}  // namespace ner
}  // namespace actorgraph

#endif  // ACTORGRAPH_NER_TRIE_H_
