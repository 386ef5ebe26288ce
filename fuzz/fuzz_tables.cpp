// The text tables a user or a models folder supplies: the --aliases file, the gazetteer, the
// word lists and the first-name table (the first byte picks one).
#include <sstream>

#include "fuzz/fuzz_support.h"
#include "core/error.h"
#include "entities/coreference.h"
#include "entities/gazetteer.h"
#include "graph/aliases.h"
#include "nlp/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ergraph;
  if (size < 1) return 0;
  std::istringstream in(std::string(fuzz::bytes(data + 1, size - 1)));
  try {
    switch (data[0] % 4) {
      case 0: (void)graph::AliasTable::parse(in, "fuzz.tsv").fingerprint(); break;
      case 1: (void)entities::Gazetteer::parse(in, "fuzz-gazetteer.tsv"); break;
      case 2: (void)nlp::WordList::parse(in, "fuzz.txt"); break;
      default: (void)entities::FirstNameGender::parse(in, "fuzz-names.tsv"); break;
    }
  } catch (const Error&) {
  }
  return 0;
}
