// A plain C++ program calling a Go package. gopp compiles
// wordcount/wordcount.go into a static library and generates wordcount.h,
// which declares the package's exported API in namespace wordcount.
#include "wordcount.h"

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

int main() {
  const std::vector<std::string> lines = {
      "The quick brown fox jumps over the lazy dog.",
      "The dog sleeps; the fox runs away.",
      "A fox is quick, a dog is lazy.",
      "Go is fun, and C++ is fast.",
      "Goroutines and channels: the Go way to share work.",
      "The end of the story is the end of the fox.",
  };
  // texts and counts are locals of a thread that calls into Go, so the
  // garbage collector sees them; no pinning needed.
  go::Slice<go::String> texts = go::toGo(lines);

  // One call: Count runs on a goroutine (and starts its own workers)
  // while this thread waits for the result.
  go::Map<go::String, int64_t> *counts = wordcount::Count(texts, wordcount::DefaultWorkers);
  const std::map<std::string, int64_t> first = go::toStd(counts);
  std::printf("%zu distinct words\n", first.size());

  std::printf("top 5:\n");
  // A go::Slice can be iterated in place; its elements are Go structs.
  go::Slice<wordcount::WordCount> top = wordcount::Top(counts, 5);
  for (const wordcount::WordCount &wc : top)
    std::printf("  %s\n", go::toStd(wc.String()).c_str());

  // Exported functions may be called from any C++ thread at once.
  std::vector<std::map<std::string, int64_t>> results(4);
  std::vector<std::thread> threads;
  for (auto &result : results)
    threads.emplace_back([&result, &texts] { result = go::toStd(wordcount::Count(texts, wordcount::DefaultWorkers)); });
  for (auto &t : threads)
    t.join();
  bool agree = true;
  for (const auto &result : results)
    agree = agree && result == first;
  std::printf("concurrent calls agree: %s\n", agree ? "yes" : "no");

  // A Go error comes back as the second element of the result tuple.
  auto [n, err] = wordcount::ParseWorkers(go::toGo("x7"));
  if (!go::isNil(err))
    std::printf("ParseWorkers(\"x7\"): %s\n", go::errorMessage(err).c_str());
  else
    std::printf("ParseWorkers(\"x7\") = %lld\n", static_cast<long long>(n));

  // A Go panic escaping an exported function is thrown as go::Panic.
  try {
    wordcount::MustPositive(-1);
    std::printf("no panic\n");
  } catch (const go::Panic &e) {
    std::printf("caught Go panic: %s\n", e.what());
  }

  std::printf("wordcount %s\n", go::toStd(wordcount::Version()).c_str());

  go::shutdown();
  return 0;
}
