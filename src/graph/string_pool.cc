// The graph's table of distinct strings (mention types, node ids, date values;
// document ids): a flat table of (hash tag, id) pairs with linear probing, so
// one probe usually touches one slot and the one string it names. And the
// mention texts, appended to large blocks.
#include <algorithm>
#include <functional>

#include "actorgraph/graph.h"

namespace actorgraph {
namespace {

constexpr size_t kFirstSlots = 64;  // a power of two

uint32_t TagOf(std::string_view s) {
  return static_cast<uint32_t>(static_cast<uint64_t>(std::hash<std::string_view>{}(s)) >> 32);
}

}  // namespace

size_t KnowledgeGraph::StringPool::Probe(std::string_view s, uint32_t tag) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = tag & mask;; i = (i + 1) & mask) {
    uint64_t e = slots_[i];
    if (e == 0) return i;
    if (static_cast<uint32_t>(e >> 32) == tag && strings_[static_cast<uint32_t>(e) - 1] == s)
      return i;
  }
}

uint32_t KnowledgeGraph::StringPool::Intern(std::string_view s) {
  const uint32_t tag = TagOf(s);
  size_t i = Probe(s, tag);
  if (slots_[i] != 0) return static_cast<uint32_t>(slots_[i]) - 1;
  const auto id = static_cast<uint32_t>(strings_.size());
  strings_.emplace_back(s);
  slots_[i] = (static_cast<uint64_t>(tag) << 32) | (id + 1);
  if (strings_.size() * 2 > slots_.size()) Grow();  // at most half full
  return id;
}

bool KnowledgeGraph::StringPool::Find(std::string_view s, uint32_t* id) const {
  uint64_t e = slots_[Probe(s, TagOf(s))];
  if (e == 0) return false;
  *id = static_cast<uint32_t>(e) - 1;
  return true;
}

void KnowledgeGraph::StringPool::Grow() {
  std::vector<uint64_t> old(slots_.size() * 2, 0);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (uint64_t e : old) {  // the tag places an entry: no string is hashed again
    if (e == 0) continue;
    size_t i = static_cast<uint32_t>(e >> 32) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = e;
  }
}

void KnowledgeGraph::StringPool::Clear() {
  strings_.clear();
  slots_.assign(kFirstSlots, 0);
  Intern("");
}

}  // namespace actorgraph
