// fuzz_main.cpp — runs LLVMFuzzerTestOneInput on files and directories
// given as arguments (for builds without libFuzzer). Exit 0 when every input
// was processed; a crash or sanitizer report fails the test.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void runFile(const std::filesystem::path &p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(s.data()), s.size());
}

int main(int argc, char **argv) {
  LLVMFuzzerInitialize(&argc, &argv); // as libFuzzer calls it
  size_t n = 0;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path p(argv[i]);
    if (std::filesystem::is_directory(p)) {
      for (const auto &e : std::filesystem::recursive_directory_iterator(p))
        if (e.is_regular_file())
          runFile(e.path()), ++n;
    } else {
      runFile(p), ++n;
    }
  }
  std::printf("%zu inputs parsed without a crash\n", n);
  return n > 0 ? 0 : 1;
}
