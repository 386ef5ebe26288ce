#pragma once
/// @file reader.h
/// Reading articles into Documents: plain text (.txt and any explicitly named file), Markdown
/// (.md, .markdown: markup characters are blanked to spaces so byte offsets still match the file),
/// JSONL (.jsonl: one article per line with `id`, `title`, `date`, `url`, `text`; other fields are
/// kept as metadata), HTML (.html, .htm, .xhtml: the article's text, title, date and address,
/// nlp/html.h), CSV and TSV (.csv, .tsv: one article per record, the text in the column that
/// ReaderOptions::text_column names, `id`/`title`/`date`/`url` columns and the others as for JSONL;
/// without a text column these files are ignored with a hint) and "-" for standard input (plain
/// text, or JSONL when --stdin-format jsonl). Folders are walked recursively in sorted (byte-wise
/// path) order; hidden entries (".name"), the build's own output folder and any folder holding an
/// ergraph MANIFEST.json (another build's output) are not read; files with other extensions are
/// ignored. Every ignored file or folder is listed in ReadStats::ignored with the reason.
///
/// Bad input never stops the run: invalid UTF-8 (with a hint for Latin-1 and Windows-1252 text,
/// which ReaderOptions::encoding converts through iconv), binary files (NUL bytes), empty files,
/// malformed JSONL lines and CSV records are reported through the issue callback (path, line or
/// byte offset, reason) and skipped. A missing path is an IoError thrown before anything is read.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "nlp/document.h"

namespace ergraph::nlp {

/// Why an input was skipped. Stable names appear in the run summary.
enum class SkipReason : std::uint8_t {
  InvalidUtf8, Binary, Empty, MalformedJson, MissingText, Unreadable, TooLarge, OutsideFolder, MalformedCsv, BadEncoding
};
const char* to_string(SkipReason r);

struct InputIssue {
  std::string path;        ///< the file as given or found
  std::uint64_t line = 0;  ///< 1-based line (JSONL), 0 if not applicable
  std::uint64_t offset = 0;///< byte offset in the file where the problem is
  SkipReason reason = SkipReason::Unreadable;
  std::string message;     ///< human-readable detail
  /// "path:line: reason: message" or "path (byte N): reason: message".
  std::string describe() const;
};

struct ReaderOptions {
  bool stdin_jsonl = false;  ///< treat "-" as JSONL instead of plain text
  /// CSV/TSV: the header name of the column with the article text; empty: CSV and TSV files in
  /// folders are ignored (and one given by name is skipped) with a hint to set it.
  std::string text_column;
  /// Encoding of the files that are not valid UTF-8 ("latin1", "windows-1252", "shift_jis", any
  /// name iconv knows); they are converted to UTF-8. Empty: such files are skipped with a hint.
  /// Valid UTF-8 is always read as it is.
  std::string encoding;
  /// Folders never read (the build's output folder), compared by file identity.
  std::vector<std::string> exclude;
};

/// A file or folder the reader did not read, and why ("extension .pdf is not an article format").
struct IgnoredInput {
  std::string path;
  std::string why;
};

/// Summary counters of one read.
struct ReadStats {
  std::uint64_t documents = 0;                 ///< documents delivered
  std::map<std::string, std::uint64_t> skipped;///< by reason name
  std::uint64_t ignored_files = 0;             ///< files in folders with other extensions
  std::vector<IgnoredInput> ignored;           ///< each ignored file or folder, in listing order
  std::uint64_t files = 0;                     ///< input files opened
};

/// One input file and the id stem of its documents.
struct InputFile {
  std::string path;  ///< path to open ("-" for standard input)
  std::string id;    ///< relative to the folder argument it came from; the argument itself for a
                     ///< file argument; "stdin" for "-"
  /// Set when the file is refused before reading (read_input() reports it and reads nothing): a
  /// symbolic link inside a folder argument whose target lies outside that folder.
  std::string refused;
};

/// Enumerates the input files of `args` in order (folders expanded recursively, sorted).
/// Throws IoError (E110) for a path that does not exist and (E112) for one that is neither a regular
/// file nor a folder (a FIFO would block the run), before anything is read.
std::vector<InputFile> list_inputs(const std::vector<std::string>& args, ReadStats& stats,
                                   const ReaderOptions& opts = {});

/// Reads one input file and calls `on_doc` for every good document (id = file id, or the JSONL
/// `id` field, or "<file id>:<line>" for a JSONL line without one) and `on_issue` for every
/// skipped one.
void read_input(const InputFile& input, const ReaderOptions& opts,
                const std::function<void(Document&&)>& on_doc,
                const std::function<void(const InputIssue&)>& on_issue, ReadStats& stats);

/// Blanks Markdown markup (heading hashes, emphasis markers, block quotes, list bullets, link and
/// image targets, code fences) to spaces, keeping every byte offset. Exposed for tests.
void blank_markdown(std::string& text);

/// Checks a document's text; returns false and fills `issue` if it must be skipped.
bool check_text(std::string_view text, InputIssue& issue);

/// Where to cut a text longer than `max_bytes` into parts of at most `max_bytes`, so that a huge
/// document is analysed part by part and memory follows the part, not the document: in the
/// second half of each window, after the last paragraph break (blank line), else the last line
/// break, else the last sentence end (". ", "? ", "! "), else the last space, else at the last
/// UTF-8 character boundary. Returns the start offset of every part (the first is 0; a text of
/// at most `max_bytes` is one part).
std::vector<std::size_t> part_starts(std::string_view text, std::size_t max_bytes);

/// Converts `in` from the encoding `from` (an iconv name) to UTF-8. Returns false and sets `error`
/// for an unknown encoding or bytes that are not valid in it.
bool convert_to_utf8(std::string_view in, const std::string& from, std::string& out, std::string& error);

}  // namespace ergraph::nlp
