// Replays fuzz inputs without libFuzzer: every file named, or found in a folder named, on the
// command line goes through LLVMFuzzerTestOneInput once. The normal and the sanitizer builds
// run the seed corpus and the regression inputs of each target this way (ctest "fuzz: ...").
// An argument "shared:PATH" names a file outside the repository (the corpora in ../shared/data):
// when it is missing the run is skipped (exit 77), or fails when CI=true, as the other tests do.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("shared:", 0) == 0) {
      arg.erase(0, 7);
      if (!std::filesystem::exists(arg)) {
        const char* ci = std::getenv("CI");
        std::fprintf(stderr, "%s: missing %s (the corpora beside the checkout)\n",
                     ci && std::string(ci) == "true" ? "FAIL" : "SKIPPED", arg.c_str());
        return ci && std::string(ci) == "true" ? 1 : 77;
      }
    }
    const std::filesystem::path p(arg);
    if (std::filesystem::is_directory(p)) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(p))
        if (e.is_regular_file() && e.path().filename().string()[0] != '.') files.push_back(e.path());
    } else if (std::filesystem::exists(p)) {
      files.push_back(p);
    } else {
      std::fprintf(stderr, "no such input: %s\n", argv[i]);
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::fprintf(stderr, "no inputs to replay\n");
    return 2;
  }
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
  }
  std::printf("replayed %zu inputs\n", files.size());
  return 0;
}
