// RunCorpus: a bounded, ordered thread pool over documents.
//
// The calling thread reads documents into batches and hands them to workers;
// results come back tagged with their batch number and are passed to the sink
// strictly in input order, so output is identical for any number of threads.
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

#include "actorgraph/pipeline.h"
#include "actorgraph/util.h"

namespace actorgraph {
namespace {

using Clock = std::chrono::steady_clock;
constexpr size_t kBatchDocs = 64;
constexpr uint64_t kBatchBytes = 1 << 20;

struct Batch {
  uint64_t seq = 0;
  std::vector<Document> docs;
  std::vector<Extraction> out;
};

class Progress {
 public:
  Progress(bool on, uint64_t total) : on_(on), total_(total), start_(Clock::now()) {}
  void Update(uint64_t docs, uint64_t bytes, bool force = false) {
    if (!on_) return;
    auto now = Clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    double s = std::chrono::duration<double>(now - start_).count();
    double mb = bytes / 1e6, rate = s > 0 ? mb / s : 0;
    // Input bytes (compressed for .gz), against the input size when known.
    char of[32] = "", eta[32] = "";
    if (total_ > 0) std::snprintf(of, sizeof of, " of %.1f", total_ / 1e6);
    if (total_ > 0 && rate > 0 && bytes <= total_)
      std::snprintf(eta, sizeof eta, ", ETA %.0f s", (total_ - bytes) / 1e6 / rate);
    std::fprintf(stderr, "\r%llu documents, %.1f%s MB read, %.1f MB/s%s   ",
                 static_cast<unsigned long long>(docs), mb, of, rate, eta);
    std::fflush(stderr);
    drawn_ = true;
  }
  void Finish() {
    if (drawn_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  bool on_;
  uint64_t total_;
  Clock::time_point start_, last_{};
  bool drawn_ = false;
};

void Process(Batch* b, const Knowledge& k, bool keep) {
  b->out.clear();
  b->out.reserve(b->docs.size());
  for (Document& d : b->docs) {
    b->out.push_back(Extract(std::move(d), k));
    if (!keep) b->out.back().doc.tokens = {};  // sentences stay: the summary counts them
  }
  b->docs.clear();
}

}  // namespace

RunStats RunCorpus(DocumentReader* reader, const Knowledge& k, const RunOptions& options,
                   const std::function<void(Extraction&)>& sink,
                   const std::function<void(const InputProblem&)>& on_problem) {
  RunStats st;
  auto start = Clock::now();
  const int jobs = ThreadCount(options.jobs);
  Progress progress(options.progress, reader->total_bytes());

  auto deliver = [&](Batch& b) {
    for (Extraction& x : b.out) {
      st.documents++;
      st.sentences += x.doc.sentences.size();
      st.bytes += x.doc.text.size();
      sink(x);
    }
    b.out.clear();
  };
  auto drain_problems = [&] {
    for (const InputProblem& p : reader->TakeProblems()) on_problem(p);
  };

  // Reads the next batch; false when the input is exhausted.
  auto read_batch = [&](Batch* b) {
    b->docs.clear();
    uint64_t bytes = 0;
    while (b->docs.size() < kBatchDocs && bytes < kBatchBytes) {
      b->docs.emplace_back();
      if (!reader->Next(&b->docs.back())) {
        b->docs.pop_back();
        break;
      }
      bytes += b->docs.back().text.size();
    }
    drain_problems();
    return !b->docs.empty();
  };

  if (jobs == 1) {
    Batch b;
    while (read_batch(&b)) {
      Process(&b, k, options.keep_analysis);
      deliver(b);
      progress.Update(st.documents, reader->bytes_read());
    }
  } else {
    std::mutex mu;
    std::condition_variable work_cv, done_cv;
    std::deque<Batch> queue;
    std::map<uint64_t, Batch> done;
    bool closing = false;
    std::vector<std::thread> workers;
    for (int i = 0; i < jobs; ++i) {
      workers.emplace_back([&] {
        for (;;) {
          Batch b;
          {
            std::unique_lock<std::mutex> lock(mu);
            work_cv.wait(lock, [&] { return closing || !queue.empty(); });
            if (queue.empty()) return;
            b = std::move(queue.front());
            queue.pop_front();
          }
          Process(&b, k, options.keep_analysis);
          {
            std::lock_guard<std::mutex> lock(mu);
            uint64_t seq = b.seq;
            done.emplace(seq, std::move(b));
          }
          done_cv.notify_one();
        }
      });
    }
    const size_t max_in_flight = static_cast<size_t>(jobs) * 3;
    uint64_t next_read = 0, next_out = 0;
    bool eof = false;
    while (!eof || next_out < next_read) {
      // Fill the pipeline up to the in-flight bound.
      while (!eof && next_read - next_out < max_in_flight) {
        Batch b;
        if (!read_batch(&b)) {
          eof = true;
          break;
        }
        b.seq = next_read++;
        {
          std::lock_guard<std::mutex> lock(mu);
          queue.push_back(std::move(b));
        }
        work_cv.notify_one();
      }
      if (next_out == next_read) break;
      Batch ready;
      {
        std::unique_lock<std::mutex> lock(mu);
        done_cv.wait(lock, [&] { return done.count(next_out) > 0; });
        ready = std::move(done[next_out]);
        done.erase(next_out);
      }
      ++next_out;
      deliver(ready);
      progress.Update(st.documents, reader->bytes_read());
    }
    {
      std::lock_guard<std::mutex> lock(mu);
      closing = true;
    }
    work_cv.notify_all();
    for (auto& t : workers) t.join();
  }
  drain_problems();
  progress.Finish();
  st.skipped = reader->skipped();
  st.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return st;
}

}  // namespace actorgraph
