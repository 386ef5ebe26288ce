// The article readers (nlp/reader.h): the first byte picks the format by extension (text,
// Markdown, JSONL, HTML, CSV, TSV), the rest is the file. Exercises the checks on raw and
// decoded bytes, the JSON depth limit, the HTML parser and the CSV record splitter, and the
// Latin-1 conversion (every other input is read with --encoding windows-1252).
#include "fuzz/fuzz_support.h"
#include "core/error.h"
#include "nlp/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ergraph;
  if (size < 1) return 0;
  static const char* kExtensions[] = {".txt", ".md", ".jsonl", ".html", ".csv", ".tsv"};
  const std::uint8_t selector = data[0];
  const auto path = fuzz::scratch_file(fuzz::bytes(data + 1, size - 1), kExtensions[selector % 6]);
  nlp::ReaderOptions opts;
  opts.text_column = "text";
  if (selector & 0x80) opts.encoding = "windows-1252";
  nlp::ReadStats stats;
  const nlp::InputFile input{path.string(), "input", {}};
  std::size_t bytes = 0;
  try {
    nlp::read_input(
        input, opts, [&](nlp::Document&& d) { bytes += d.text.size() + d.id.size(); }, [&](const nlp::InputIssue&) {},
        stats);
  } catch (const Error&) {
  }
  return 0;
}
