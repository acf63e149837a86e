// DocumentReader: streams documents from the sources of input_paths.cc
// through one reused ByteStream and line buffer; memory does not grow with
// the corpus (only a 64-bit hash per document id, to refuse duplicates; see
// IdSet).
#include "actorgraph/input.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <utility>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "actorgraph/util.h"
#include "text/input_jsonl.h"
#include "text/input_paths.h"
#include "text/input_stream.h"

namespace actorgraph {
namespace {

using text_internal::ByteStream;
using text_internal::InputSource;
using text_internal::JsonlRecord;

constexpr size_t kBinaryProbeBytes = 8192;

// True if s has a byte >= 0x80 (checked 16 or 8 bytes at a time).
bool HasNonAscii(const std::string& s) {
  const char* p = s.data();
  size_t n = s.size(), i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16)
    if (_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))) != 0)
      return true;
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) return true;
  }
  for (; i < n; ++i)
    if (static_cast<unsigned char>(p[i]) >= 0x80) return true;
  return false;
}

// RepairUtf8 with a fast exit for pure ASCII.
bool Repair(std::string* s) { return HasNonAscii(*s) && RepairUtf8(s); }

// The 64-bit hashes of the document ids seen: 16 bytes per document at most
// (open addressing, load <= 1/2), the only state that grows with the corpus.
// Two ids colliding in 64 bits (about 1e-6 for ten million documents) would
// make the second look like a duplicate.
class IdSet {
 public:
  // False if h was already present.
  bool Insert(uint64_t h) {
    if (h == 0) h = 1;  // 0 marks an empty slot
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      if (slots_[i] == h) return false;
      if (slots_[i] == 0) {
        slots_[i] = h;
        ++size_;
        return true;
      }
    }
  }

 private:
  void Grow() {
    std::vector<uint64_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
    size_ = 0;
    for (uint64_t h : old)
      if (h != 0) Insert(h);
  }
  std::vector<uint64_t> slots_;
  size_t size_ = 0;
};

bool IsBlank(const std::string& s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

class Reader : public DocumentReader {
 public:
  Reader(std::vector<InputSource> sources, const InputOptions& options,
         std::vector<InputProblem> problems)
      : sources_(std::move(sources)), options_(options), problems_(std::move(problems)) {
    for (const InputSource& s : sources_) total_ += s.size;
    for (const InputProblem& p : problems_) skipped_ += p.skipped;
    uint64_t max = options_.max_document_bytes;
    max_line_ = max > (uint64_t{1} << 40) ? (size_t{1} << 40) : max + max / 2 + (size_t{1} << 20);
  }

  bool Next(Document* doc) override {
    for (;;) {
      if (cur_ == nullptr) {
        if (next_ >= sources_.size()) return false;
        OpenNext();
        continue;
      }
      if (jsonl_) {
        if (ReadJsonl(doc)) return true;
        CloseCurrent();
      } else {
        bool ok = ReadText(doc);
        CloseCurrent();
        if (ok) return true;
      }
    }
  }

  std::vector<InputProblem> TakeProblems() override {
    std::vector<InputProblem> out;
    out.swap(problems_);
    return out;
  }
  uint64_t bytes_read() const override { return done_ + (cur_ ? stream_.offset() : 0); }
  uint64_t total_bytes() const override { return total_; }
  uint64_t skipped() const override { return skipped_; }

 private:
  void Problem(std::string where, std::string message, bool skipped) {
    InputProblem p;
    p.where = std::move(where);
    p.message = std::move(message);
    p.skipped = skipped;
    problems_.push_back(std::move(p));
    skipped_ += skipped;
  }

  void OpenNext() {
    const InputSource& s = sources_[next_++];
    std::string error;
    if (!stream_.Open(s.path, &error)) {
      Problem(s.path, "cannot open: " + error, true);
      done_ += s.size;
      return;
    }
    cur_ = &s;
    line_no_ = 0;
    prefix_ = s.kind == InputSource::Kind::kStdin ? s.name : s.path;
    jsonl_ = s.kind == InputSource::Kind::kJsonl ||
             (s.kind == InputSource::Kind::kStdin && stream_.PeekNonBlank() == '{');
  }

  void CloseCurrent() {
    if (!stream_.error().empty()) {
      Problem(line_no_ ? prefix_ + ":" + std::to_string(line_no_) : prefix_,
              "read error, rest of the input lost: " + stream_.error(), true);
    }
    done_ += cur_->size ? cur_->size : stream_.offset();
    stream_.Close();
    cur_ = nullptr;
  }

  bool NewId(const std::string& id, const std::string& where) {
    if (ids_.Insert(std::hash<std::string>{}(id))) return true;
    Problem(where, "duplicate document id '" + id + "', skipped", true);
    return false;
  }

  // Cuts doc->text to max_document_bytes at a UTF-8 boundary (warning).
  void Cap(Document* doc, const std::string& where) {
    const uint64_t max = options_.max_document_bytes;
    if (doc->bytes <= max) return;
    size_t cut = static_cast<size_t>(max);
    while (cut > 0 && (static_cast<unsigned char>(doc->text[cut]) & 0xC0) == 0x80) --cut;
    doc->text.resize(cut);
    Problem(where,
            "document of " + std::to_string(doc->bytes) + " bytes cut to " + std::to_string(cut) +
                " bytes (max_document_bytes)",
            false);
  }

  void Clear(Document* doc) {
    doc->text.clear();
    doc->tokens.clear();
    doc->sentences.clear();
    doc->utf8_repaired = false;
  }

  bool ReadText(Document* doc) {
    Clear(doc);
    uint64_t keep = options_.max_document_bytes + 4;  // + room to find a UTF-8 boundary
    uint64_t total = stream_.ReadAll(&doc->text, keep);
    if (!stream_.error().empty()) return false;  // reported by CloseCurrent
    const std::string& where = cur_->path;
    size_t probe = std::min(doc->text.size(), kBinaryProbeBytes);
    if (std::memchr(doc->text.data(), '\0', probe) != nullptr) {
      Problem(where, "binary file (NUL byte in the first 8 KiB), skipped", true);
      return false;
    }
    if (!NewId(cur_->name, where)) return false;
    doc->id = cur_->name;
    doc->source = cur_->path;
    doc->bytes = total;
    Cap(doc, where);
    doc->utf8_repaired = Repair(&doc->text);
    doc->date = options_.default_date;
    return true;
  }

  bool ReadJsonl(Document* doc) {
    bool newline = false, too_long = false;
    while (stream_.ReadLine(&line_, max_line_, &newline, &too_long)) {
      ++line_no_;
      std::string where;  // "file:line", built in one allocation
      where.reserve(prefix_.size() + 21);
      where.append(prefix_).append(1, ':').append(std::to_string(line_no_));
      if (!too_long && IsBlank(line_)) continue;
      if (too_long) {
        Problem(where, "line longer than " + std::to_string(max_line_) + " bytes, skipped", true);
        continue;
      }
      Clear(doc);
      bool repaired = Repair(&line_);
      text_internal::ParseJsonlLine(line_, &doc->text, &rec_);
      if (!rec_.error.empty()) {
        Problem(where,
                newline ? rec_.error : "truncated last line (no newline at end): " + rec_.error,
                true);
        continue;
      }
      std::string id = rec_.has_id && !rec_.id.empty()
                           ? std::move(rec_.id)
                           : cur_->name + ":" + std::to_string(line_no_);
      if (!NewId(id, where)) continue;
      doc->id = std::move(id);
      doc->date = options_.default_date;
      if (!rec_.date_error.empty()) {
        Problem(where, rec_.date_error + "; document kept without it", false);
      } else if (rec_.has_date) {
        Result<std::string> d = ParseDocumentDate(rec_.date);
        if (d.ok())
          doc->date = std::move(d.value());
        else
          Problem(where, d.status().message() + "; document kept without it", false);
      }
      doc->bytes = doc->text.size();
      Cap(doc, where);
      doc->utf8_repaired = repaired;
      doc->source = std::move(where);
      return true;
    }
    return false;
  }

  std::vector<InputSource> sources_;
  InputOptions options_;
  std::vector<InputProblem> problems_;
  size_t next_ = 0;
  const InputSource* cur_ = nullptr;
  bool jsonl_ = false;
  ByteStream stream_;
  std::string prefix_;  // "file" in "file:line"
  uint64_t line_no_ = 0;
  size_t max_line_ = 0;
  std::string line_;
  JsonlRecord rec_;
  IdSet ids_;
  uint64_t total_ = 0, done_ = 0, skipped_ = 0;
};

bool Digits(const std::string& s, size_t b, size_t n) {
  for (size_t i = b; i < b + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

std::string InputProblem::ToString() const {
  std::string s = where.empty() ? message : where + ": " + message;
  return s;
}

Result<std::string> ParseDocumentDate(const std::string& s) {
  auto bad = [&](const std::string& why) {
    return Status::InvalidArgument("invalid document date '" + s + "': " + why);
  };
  if (s.size() < 10 || !Digits(s, 0, 4) || s[4] != '-' || !Digits(s, 5, 2) || s[7] != '-' ||
      !Digits(s, 8, 2))
    return bad("expected YYYY-MM-DD, optionally followed by T...");
  if (s.size() > 10 && s[10] != 'T') return bad("expected 'T' after YYYY-MM-DD");
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (y == 0) return bad("year 0000 does not exist");
  if (m < 1 || m > 12) return bad("month must be 01-12");
  int days = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  if (d < 1 || d > days) return bad("no such day in that month");
  return s.substr(0, 10);
}

Result<std::unique_ptr<DocumentReader>> DocumentReader::Open(const std::vector<std::string>& paths,
                                                             const InputOptions& options) {
  if (paths.empty()) return Status::InvalidArgument("no input paths given");
  if (!options.default_date.empty()) {
    Result<std::string> d = ParseDocumentDate(options.default_date);
    if (!d.ok()) return d.status();
  }
  std::vector<InputSource> sources;
  std::vector<InputProblem> problems;
  bool usable = false;
  for (const std::string& p : paths) usable |= text_internal::ExpandPath(p, &sources, &problems);
  if (!usable) {
    std::string msg = "no usable input";
    for (const InputProblem& p : problems) msg += "; " + p.ToString();
    return Status::NotFound(msg);
  }
  InputOptions opts = options;
  if (!opts.default_date.empty()) opts.default_date = opts.default_date.substr(0, 10);
  return std::unique_ptr<DocumentReader>(new Reader(std::move(sources), opts, std::move(problems)));
}

}  // namespace actorgraph
