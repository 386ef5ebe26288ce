// The binary model files: tagger, parser, sentence splitter and entity recognizer (the first
// byte picks one). The target appends the checksum trailer, so inputs reach the counts, sizes
// and tables behind it (the hostile-model cases of issue 14: sizes before allocation, 64-bit
// sums, inline versus dense rows).
#include "fuzz/fuzz_support.h"
#include "core/error.h"
#include "entities/recognizer.h"
#include "nlp/parser_io.h"
#include "nlp/sentence_splitter.h"
#include "nlp/tagger_io.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ergraph;
  if (size < 1) return 0;
  const std::string file = fuzz::with_fnv_trailer(std::string(fuzz::bytes(data + 1, size - 1)));
  try {
    switch (data[0] % 4) {
      case 0: (void)nlp::parse_tagger_model(file, "fuzz.tagger"); break;
      case 1: (void)nlp::parse_parser_model(file, "fuzz.parser"); break;
      case 2: (void)nlp::parse_sentence_model(file, "fuzz.sentences"); break;
      default: (void)entities::parse_recognizer_model(file, "fuzz.ner"); break;
    }
  } catch (const Error&) {
  }
  return 0;
}
