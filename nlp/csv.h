#pragma once
/// @file csv.h
/// Records of a CSV file (RFC 4180: fields separated by commas, a field in double quotes may hold
/// commas, line breaks and "" for a quote) or a TSV file (tab-separated, no quoting: IANA's
/// text/tab-separated-values), read one record at a time from a stream, so a file of any size
/// needs memory for one record only. A CRLF or LF ends a record; a blank line is a record of one
/// empty field.
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace ergraph::nlp {

class DelimitedReader {
 public:
  enum class Status { Record, End, Error };
  /// `separator` ',' (CSV, quoting on) or '\t' (TSV, quoting off).
  DelimitedReader(std::istream& in, char separator);
  /// Reads the next record into `fields`. Error: an unterminated quote or text after a closing
  /// quote (`error` says which); the reader then resumes at the next line.
  Status next(std::vector<std::string>& fields, std::string& error);
  std::uint64_t line() const { return record_line_; }      ///< 1-based line where the last record began
  std::uint64_t offset() const { return record_offset_; }  ///< byte offset where it began

 private:
  std::istream& in_;
  char sep_;
  bool quoting_;
  std::uint64_t line_ = 1, offset_ = 0, record_line_ = 0, record_offset_ = 0;
};

}  // namespace ergraph::nlp
