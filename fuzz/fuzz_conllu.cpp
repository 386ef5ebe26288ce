// CoNLL-U (nlp/conllu.h), the format of the training corpora and `ergraph eval`.
#include <sstream>

#include "fuzz/fuzz_support.h"
#include "core/error.h"
#include "nlp/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(ergraph::fuzz::bytes(data, size)));
  try {
    (void)ergraph::nlp::read_conllu(in, "fuzz.conllu");
  } catch (const ergraph::Error&) {
  }
  return 0;
}
