#include "nlp/csv.h"

namespace ergraph::nlp {

DelimitedReader::DelimitedReader(std::istream& in, char separator)
    : in_(in), sep_(separator), quoting_(separator != '\t') {}

DelimitedReader::Status DelimitedReader::next(std::vector<std::string>& fields, std::string& error) {
  fields.clear();
  record_line_ = line_;
  record_offset_ = offset_;
  std::streambuf* buf = in_.rdbuf();
  auto get = [&]() -> int {
    const int c = buf->sbumpc();
    if (c != std::char_traits<char>::eof()) {
      ++offset_;
      if (c == '\n') ++line_;
    }
    return c;
  };
  constexpr int kEof = std::char_traits<char>::eof();
  if (buf->sgetc() == kEof) return Status::End;
  fields.emplace_back();
  auto skip_line = [&] {
    for (int c = get(); c != kEof && c != '\n'; c = get()) {
    }
  };
  for (;;) {
    std::string& field = fields.back();
    int c = get();
    if (c == kEof) break;
    if (c == '\r' && buf->sgetc() == '\n') continue;
    if (c == '\n') break;
    if (c == sep_) {
      fields.emplace_back();
      continue;
    }
    if (quoting_ && c == '"' && field.empty()) {
      for (;;) {  // inside quotes
        c = get();
        if (c == kEof) {
          error = "a quoted field is not closed before the end of the file";
          return Status::Error;
        }
        if (c == '"') {
          if (buf->sgetc() == '"') {
            get();
            field += '"';
            continue;
          }
          break;
        }
        field += static_cast<char>(c);
      }
      const int after = buf->sgetc();
      if (after != kEof && after != sep_ && after != '\n' && after != '\r') {
        error = "text after a closing quote (a quote inside a field must be written \"\")";
        skip_line();
        return Status::Error;
      }
      continue;
    }
    field += static_cast<char>(c);
  }
  return Status::Record;
}

}  // namespace ergraph::nlp
