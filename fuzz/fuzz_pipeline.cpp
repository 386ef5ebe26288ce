// The whole analysis of one document (extract/pipeline.h): tokenizer, sentence splitter,
// tagger, lemmatizer, parser, entity recognizer, coreference and the clause extractor, with the
// shipped models ($ERGRAPH_MODELS, else the source tree's models/). Inputs that are not UTF-8
// are what the reader would skip, so they are skipped here too.
#include <cstdlib>
#include <memory>

#include "fuzz/fuzz_support.h"
#include "core/error.h"
#include "core/text.h"
#include "extract/pipeline.h"

namespace {
std::unique_ptr<ergraph::extract::Pipeline> g_pipeline;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* env = std::getenv("ERGRAPH_MODELS");
  g_pipeline = ergraph::extract::Pipeline::load(env && *env ? env : ERGRAPH_FUZZ_MODELS_DIR);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ergraph;
  const std::string_view text = fuzz::bytes(data, size);
  if (core::find_invalid_utf8(text) != std::string_view::npos || text.find('\0') != std::string_view::npos) return 0;
  nlp::Document doc;
  doc.id = "fuzz";
  doc.text = std::string(text);
  try {
    (void)g_pipeline->process(doc);
  } catch (const Error&) {
  }
  return 0;
}
