#include "nlp/reader.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <sstream>

#include <iconv.h>
#include <unistd.h>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/text.h"
#include "nlp/csv.h"
#include "nlp/html.h"

namespace ergraph::nlp {
namespace fs = std::filesystem;

const char* to_string(SkipReason r) {
  switch (r) {
    case SkipReason::InvalidUtf8: return "invalid-utf8";
    case SkipReason::Binary: return "binary";
    case SkipReason::Empty: return "empty";
    case SkipReason::MalformedJson: return "malformed-json";
    case SkipReason::MissingText: return "missing-text";
    case SkipReason::Unreadable: return "unreadable";
    case SkipReason::TooLarge: return "too-large";
    case SkipReason::OutsideFolder: return "outside-folder";
    case SkipReason::MalformedCsv: return "malformed-csv";
    case SkipReason::BadEncoding: return "bad-encoding";
  }
  return "unreadable";
}

std::string InputIssue::describe() const {
  std::string out = path;
  if (line > 0) out += ":" + std::to_string(line);
  else out += " (byte " + std::to_string(offset) + ")";
  out += ": ";
  out += to_string(reason);
  if (!message.empty()) out += ": " + message;
  return out;
}

namespace {

enum class Kind { Text, Markdown, Jsonl, Html, Csv, Tsv, Other };

Kind kind_of(const fs::path& p) {
  const std::string ext = core::ascii_lower(p.extension().string());
  if (ext == ".txt" || ext == ".text") return Kind::Text;
  if (ext == ".md" || ext == ".markdown") return Kind::Markdown;
  if (ext == ".jsonl" || ext == ".ndjson") return Kind::Jsonl;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Kind::Html;
  if (ext == ".csv") return Kind::Csv;
  if (ext == ".tsv" || ext == ".tab") return Kind::Tsv;
  return Kind::Other;
}

constexpr const char* kTextColumnHint = "CSV/TSV: name the column with the article text with --text-column NAME";

/// Text that is not valid UTF-8 is converted from opts.encoding when one is given. Returns false
/// (issue filled) when it cannot be.
bool decode(std::string& text, const ReaderOptions& opts, InputIssue& issue) {
  if (opts.encoding.empty() || core::find_invalid_utf8(text) == std::string_view::npos) return true;
  std::string utf8, error;
  if (!convert_to_utf8(text, opts.encoding, utf8, error)) {
    issue.reason = SkipReason::BadEncoding;
    issue.offset = 0;
    issue.message = error;
    return false;
  }
  text = std::move(utf8);
  return true;
}

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

void strip_bom(std::string& s) {
  if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.replace(0, 3, "   ");
}

bool all_space(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; });
}

std::string json_to_string(const rapidjson::Value& v) {
  if (v.IsString()) return std::string(v.GetString(), v.GetStringLength());
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  v.Accept(w);
  return std::string(buf.GetString(), buf.GetSize());
}

/// Nesting depth of a JSON value, counted without recursion (a hostile line may nest 100,000 deep).
std::size_t json_depth(const rapidjson::Value& root) {
  std::size_t deepest = 0;
  std::vector<std::pair<const rapidjson::Value*, std::size_t>> stack{{&root, 1}};
  while (!stack.empty()) {
    const auto [v, depth] = stack.back();
    stack.pop_back();
    deepest = std::max(deepest, depth);
    if (v->IsArray())
      for (const auto& item : v->GetArray()) stack.emplace_back(&item, depth + 1);
    else if (v->IsObject())
      for (const auto& m : v->GetObject()) stack.emplace_back(&m.value, depth + 1);
  }
  return deepest;
}

/// Deeper JSON is refused: no article needs it, and writing it back (metadata) recurses.
constexpr std::size_t kMaxJsonDepth = 64;

void read_jsonl_stream(std::istream& in, const InputFile& input, const ReaderOptions& opts,
                       const std::function<void(Document&&)>& on_doc,
                       const std::function<void(const InputIssue&)>& on_issue, ReadStats& stats) {
  std::string line;
  std::uint64_t lineno = 0, offset = 0;
  auto skip = [&](SkipReason r, std::uint64_t at, std::string msg) {
    InputIssue issue{input.path, lineno, at, r, std::move(msg)};
    ++stats.skipped[to_string(r)];
    on_issue(issue);
  };
  while (std::getline(in, line)) {
    ++lineno;
    const std::uint64_t line_offset = offset;
    offset += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (lineno == 1) strip_bom(line);
    if (all_space(line)) continue;  // blank lines between records are allowed
    InputIssue bad;
    if (!decode(line, opts, bad) || !check_text(line, bad)) {
      skip(bad.reason, line_offset + bad.offset, bad.message);
      continue;
    }
    rapidjson::Document json;
    json.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());  // no recursion: nesting cannot overflow the stack
    if (json.HasParseError()) {
      skip(SkipReason::MalformedJson, line_offset + json.GetErrorOffset(),
           std::string(rapidjson::GetParseError_En(json.GetParseError())) + " (column " +
               std::to_string(json.GetErrorOffset() + 1) + ")");
      continue;
    }
    if (!json.IsObject()) {
      skip(SkipReason::MalformedJson, line_offset, "a line must be a JSON object");
      continue;
    }
    if (json_depth(json) > kMaxJsonDepth) {
      skip(SkipReason::MalformedJson, line_offset,
           "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
      continue;
    }
    auto text_it = json.FindMember("text");
    if (text_it == json.MemberEnd() || !text_it->value.IsString()) {
      skip(SkipReason::MissingText, line_offset, "no \"text\" string field");
      continue;
    }
    Document doc;
    doc.text.assign(text_it->value.GetString(), text_it->value.GetStringLength());
    if (doc.text.find('\0') != std::string::npos) {
      skip(SkipReason::Binary, line_offset, "\"text\" contains a NUL character");
      continue;
    }
    if (all_space(doc.text)) {
      skip(SkipReason::Empty, line_offset, "\"text\" is empty");
      continue;
    }
    std::string nul_field;  // a decoded \u0000 in the id or metadata (the raw-line check cannot see it)
    for (auto it = json.MemberBegin(); it != json.MemberEnd(); ++it) {
      const std::string key(it->name.GetString(), it->name.GetStringLength());
      if (key == "text") continue;
      std::string value = json_to_string(it->value);
      if (value.find('\0') != std::string::npos || key.find('\0') != std::string::npos) nul_field = key;
      if (key == "id") doc.id = std::move(value);
      else doc.metadata[key] = std::move(value);
    }
    if (!nul_field.empty()) {
      skip(SkipReason::Binary, line_offset, "\"" + nul_field + "\" contains a NUL character");
      continue;
    }
    if (doc.id.empty()) doc.id = input.id + ":" + std::to_string(lineno);
    ++stats.documents;
    on_doc(std::move(doc));
  }
}

void deliver_text(std::string text, const InputFile& input, Kind kind, const ReaderOptions& opts,
                  const std::function<void(Document&&)>& on_doc,
                  const std::function<void(const InputIssue&)>& on_issue, ReadStats& stats) {
  strip_bom(text);
  InputIssue issue;
  if (!decode(text, opts, issue) || !check_text(text, issue)) {
    issue.path = input.path;
    ++stats.skipped[to_string(issue.reason)];
    on_issue(issue);
    return;
  }
  if (kind == Kind::Markdown) blank_markdown(text);
  Document doc;
  doc.id = input.id;
  doc.text = std::move(text);
  ++stats.documents;
  on_doc(std::move(doc));
}

void deliver_html(std::string page, const InputFile& input, const ReaderOptions& opts,
                  const std::function<void(Document&&)>& on_doc,
                  const std::function<void(const InputIssue&)>& on_issue, ReadStats& stats) {
  auto skip = [&](SkipReason r, std::uint64_t at, std::string msg) {
    ++stats.skipped[to_string(r)];
    on_issue(InputIssue{input.path, 0, at, r, std::move(msg)});
  };
  if (page.size() > static_cast<std::size_t>(INT_MAX)) return skip(SkipReason::TooLarge, 0, "an HTML page must be smaller than 2 GiB");
  if (const auto nul = page.find('\0'); nul != std::string::npos)
    return skip(SkipReason::Binary, nul, "NUL byte: this looks like a binary file");
  // The page's own <meta charset> decides, unless its bytes are not UTF-8 and the user named one.
  const bool utf8 = core::find_invalid_utf8(page) == std::string_view::npos;
  HtmlArticle article = read_html_article(page, utf8 ? std::string() : opts.encoding);
  InputIssue issue;
  if (!check_text(article.text, issue)) {
    if (issue.reason == SkipReason::Empty) issue.message = "no article text in the HTML page";
    issue.path = input.path;
    ++stats.skipped[to_string(issue.reason)];
    on_issue(issue);
    return;
  }
  Document doc;
  doc.id = input.id;
  doc.text = std::move(article.text);
  if (!article.title.empty()) doc.metadata["title"] = std::move(article.title);
  if (!article.date.empty()) doc.metadata["date"] = std::move(article.date);
  if (!article.url.empty()) doc.metadata["url"] = std::move(article.url);
  ++stats.documents;
  on_doc(std::move(doc));
}

/// One article per record; the header names the columns.
void read_delimited_stream(std::istream& in, char separator, const InputFile& input, const ReaderOptions& opts,
                           const std::function<void(Document&&)>& on_doc,
                           const std::function<void(const InputIssue&)>& on_issue, ReadStats& stats) {
  DelimitedReader reader(in, separator);
  auto skip = [&](SkipReason r, std::string msg) {
    ++stats.skipped[to_string(r)];
    on_issue(InputIssue{input.path, reader.line(), reader.offset(), r, std::move(msg)});
  };
  if (opts.text_column.empty()) return skip(SkipReason::MissingText, kTextColumnHint);
  std::vector<std::string> header, fields;
  std::string error;
  auto status = reader.next(header, error);
  if (status == DelimitedReader::Status::End) return skip(SkipReason::Empty, "no header line");
  if (status == DelimitedReader::Status::Error) return skip(SkipReason::MalformedCsv, "header: " + error);
  if (!header.empty() && header[0].compare(0, 3, "\xEF\xBB\xBF") == 0) header[0].erase(0, 3);
  for (auto& h : header) h = core::squeeze_spaces(h);
  std::size_t text_col = header.size();
  for (std::size_t i = 0; i < header.size() && text_col == header.size(); ++i)
    if (header[i] == opts.text_column) text_col = i;
  for (std::size_t i = 0; i < header.size() && text_col == header.size(); ++i)
    if (core::ascii_lower(header[i]) == core::ascii_lower(opts.text_column)) text_col = i;
  if (text_col == header.size()) {
    std::string names;
    for (const auto& h : header) names += (names.empty() ? "" : ", ") + h;
    return skip(SkipReason::MissingText, "no column named \"" + opts.text_column + "\" (columns: " + names + ")");
  }
  for (;;) {
    status = reader.next(fields, error);
    if (status == DelimitedReader::Status::End) break;
    if (status == DelimitedReader::Status::Error) {
      skip(SkipReason::MalformedCsv, error);
      continue;
    }
    if (fields.size() == 1 && all_space(fields[0])) continue;  // a blank line
    if (fields.size() != header.size()) {
      skip(SkipReason::MalformedCsv, std::to_string(fields.size()) + " fields where the header has " +
                                         std::to_string(header.size()));
      continue;
    }
    InputIssue bad;
    bool ok = true;
    for (auto& f : fields) {
      if (!decode(f, opts, bad)) {
        ok = false;
      } else if (f.find('\0') != std::string::npos) {
        bad.reason = SkipReason::Binary;
        bad.message = "NUL character in a field";
        ok = false;
      } else if (core::find_invalid_utf8(f) != std::string_view::npos) {
        bad.reason = SkipReason::InvalidUtf8;
        bad.message = "invalid UTF-8 in a field (another encoding? name it with --encoding, e.g. --encoding windows-1252)";
        ok = false;
      }
      if (!ok) break;
    }
    if (!ok) {
      skip(bad.reason, bad.message);
      continue;
    }
    if (all_space(fields[text_col])) {
      skip(SkipReason::Empty, "\"" + header[text_col] + "\" is empty");
      continue;
    }
    Document doc;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i == text_col) doc.text = std::move(fields[i]);
      else if (header[i] == "id") doc.id = std::move(fields[i]);
      else if (!header[i].empty()) doc.metadata[header[i]] = std::move(fields[i]);
    }
    if (doc.id.empty()) doc.id = input.id + ":" + std::to_string(reader.line());
    ++stats.documents;
    on_doc(std::move(doc));
  }
}

/// A folder another build wrote (it holds an ergraph MANIFEST.json).
bool is_build_output(const fs::path& dir) {
  std::error_code ec;
  const fs::path manifest = dir / "MANIFEST.json";
  if (!fs::is_regular_file(manifest, ec)) return false;
  std::ifstream in(manifest, std::ios::binary);
  char head[128] = {};
  in.read(head, sizeof head - 1);
  return std::string_view(head, static_cast<std::size_t>(in.gcount())).find("ergraph-manifest") != std::string_view::npos;
}

}  // namespace

std::vector<std::size_t> part_starts(std::string_view text, std::size_t max_bytes) {
  std::vector<std::size_t> starts{0};
  if (max_bytes < 16) max_bytes = 16;
  std::size_t start = 0;
  while (text.size() - start > max_bytes) {
    const std::size_t limit = start + max_bytes, floor = start + max_bytes / 2;
    const std::string_view window = text.substr(floor, limit - floor);
    std::size_t cut = std::string_view::npos;
    if (auto p = window.rfind("\n\n"); p != std::string_view::npos) cut = floor + p + 2;
    else if (auto q = window.rfind('\n'); q != std::string_view::npos) cut = floor + q + 1;
    else {
      for (std::string_view end : {". ", "? ", "! "})
        if (auto e = window.rfind(end); e != std::string_view::npos && (cut == std::string_view::npos || floor + e + 2 > cut))
          cut = floor + e + 2;
      if (cut == std::string_view::npos)
        if (auto sp = window.rfind(' '); sp != std::string_view::npos) cut = floor + sp + 1;
    }
    if (cut == std::string_view::npos) {  // no space at all: never inside a UTF-8 sequence
      cut = limit;
      while (cut > floor && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    starts.push_back(cut);
    start = cut;
  }
  return starts;
}

bool convert_to_utf8(std::string_view in, const std::string& from, std::string& out, std::string& error) {
  iconv_t cd = iconv_open("UTF-8", from.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    error = "unknown encoding \"" + from + "\" (`iconv -l` lists the names)";
    return false;
  }
  out.assign(in.size() + in.size() / 2 + 16, '\0');
  char* src = const_cast<char*>(in.data());  // iconv's signature; it does not write the input
  std::size_t src_left = in.size(), done = 0;
  bool ok = true;
  while (src_left > 0) {
    char* dst = out.data() + done;
    std::size_t dst_left = out.size() - done;
    const std::size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    done = out.size() - dst_left;
    if (r != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    error = "byte " + std::to_string(in.size() - src_left) + " is not valid " + from;
    ok = false;
    break;
  }
  iconv_close(cd);
  out.resize(ok ? done : 0);
  return ok;
}

bool check_text(std::string_view text, InputIssue& issue) {
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {  // token offsets are 32-bit
    issue.reason = SkipReason::TooLarge;
    issue.offset = 0;
    issue.message = "a single document must be smaller than 4 GiB";
    return false;
  }
  if (auto nul = text.find('\0'); nul != std::string_view::npos) {
    issue.reason = SkipReason::Binary;
    issue.offset = nul;
    issue.message = "NUL byte: this looks like a binary file";
    return false;
  }
  if (auto bad = core::find_invalid_utf8(text); bad != std::string_view::npos) {
    issue.reason = SkipReason::InvalidUtf8;
    issue.offset = bad;
    issue.message = "invalid UTF-8 sequence at byte " + std::to_string(bad) +
                    " (text in another encoding, such as Latin-1 or Windows-1252? name it with --encoding, e.g."
                    " --encoding windows-1252)";
    return false;
  }
  if (all_space(text)) {
    issue.reason = SkipReason::Empty;
    issue.offset = 0;
    issue.message = "no text";
    return false;
  }
  return true;
}

std::vector<InputFile> list_inputs(const std::vector<std::string>& args, ReadStats& stats, const ReaderOptions& opts) {
  auto excluded = [&](const fs::path& dir) {
    std::error_code ec;
    for (const auto& e : opts.exclude)
      if (fs::equivalent(dir, e, ec)) return true;
    return false;
  };
  std::vector<InputFile> out;
  for (const auto& arg : args) {
    if (arg == "-") {
      out.push_back({"-", "stdin", {}});
      continue;
    }
    std::error_code ec;
    const auto st = fs::status(arg, ec);
    if (ec || !fs::exists(st))
      throw IoError("E110", "no such file or folder", arg);
    if (!fs::is_directory(st)) {
      // A FIFO, socket or device would block the run or never end: only files and folders.
      if (!fs::is_regular_file(st))
        throw IoError("E112", "not a regular file or folder (a pipe, socket or device); use - for standard input", arg);
      out.push_back({arg, arg, {}});
      continue;
    }
    std::vector<InputFile> found;
    const std::size_t ignored_before = stats.ignored.size();
    const fs::path root = fs::weakly_canonical(arg, ec);
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) throw IoError("E111", "cannot list folder: " + ec.message(), arg);
    for (; it != end; it.increment(ec)) {
      if (ec) throw IoError("E111", "cannot list folder: " + ec.message(), arg);
      if (is_hidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_directory(ec)) {
        std::string why;
        if (it->is_symlink(ec)) why = "a symbolic link to a folder (not followed)";
        else if (excluded(it->path())) why = "the output folder of this build";
        else if (is_build_output(it->path())) why = "the output of another ergraph build (it holds MANIFEST.json)";
        else if (::access(it->path().c_str(), R_OK | X_OK) != 0) why = "the folder cannot be read (permission denied)";
        if (!why.empty()) {
          it.disable_recursion_pending();
          stats.ignored.push_back({it->path().string(), why});
        }
        continue;
      }
      if (!it->is_regular_file(ec)) {
        stats.ignored.push_back({it->path().string(), "not a regular file (a pipe, socket, device or broken link)"});
        continue;
      }
      const Kind kind = kind_of(it->path());
      if (kind == Kind::Other || ((kind == Kind::Csv || kind == Kind::Tsv) && opts.text_column.empty())) {
        ++stats.ignored_files;
        const std::string ext = it->path().extension().string();
        stats.ignored.push_back({it->path().string(), kind == Kind::Other
                                                          ? (ext.empty() ? std::string("no extension") : "extension " + ext) +
                                                                " is not an article format (.txt, .md, .jsonl, .html, .csv, .tsv)"
                                                          : std::string(kTextColumnHint)});
        continue;
      }
      InputFile file{it->path().string(), fs::relative(it->path(), arg).generic_string(), {}};
      if (it->is_symlink(ec)) {
        // A link may point anywhere (/etc/passwd): only targets inside the folder are read.
        const fs::path target = fs::weakly_canonical(it->path(), ec);
        const auto rel = target.lexically_relative(root);
        if (ec || rel.empty() || *rel.begin() == "..")
          file.refused = "a symbolic link to " + target.string() + ", outside the folder " + arg;
      }
      found.push_back(std::move(file));
    }
    std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.id < b.id; });
    std::sort(stats.ignored.begin() + static_cast<std::ptrdiff_t>(ignored_before), stats.ignored.end(),
              [](const IgnoredInput& a, const IgnoredInput& b) { return a.path < b.path; });
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

void read_input(const InputFile& input, const ReaderOptions& opts,
                const std::function<void(Document&&)>& on_doc,
                const std::function<void(const InputIssue&)>& on_issue, ReadStats& stats) {
  ++stats.files;
  if (!input.refused.empty()) {
    ++stats.skipped[to_string(SkipReason::OutsideFolder)];
    on_issue(InputIssue{input.path, 0, 0, SkipReason::OutsideFolder, input.refused});
    return;
  }
  if (input.path == "-") {
    if (opts.stdin_jsonl) {
      read_jsonl_stream(std::cin, input, opts, on_doc, on_issue, stats);
    } else {
      std::string text = core::read_all(std::cin);
      deliver_text(std::move(text), input, Kind::Text, opts, on_doc, on_issue, stats);
    }
    return;
  }
  const Kind kind = kind_of(input.path);
  std::ifstream in(input.path, std::ios::binary);
  if (!in) {
    InputIssue issue{input.path, 0, 0, SkipReason::Unreadable, "cannot open the file"};
    ++stats.skipped[to_string(issue.reason)];
    on_issue(issue);
    return;
  }
  if (kind == Kind::Jsonl) {
    read_jsonl_stream(in, input, opts, on_doc, on_issue, stats);
    return;
  }
  if (kind == Kind::Csv || kind == Kind::Tsv) {
    read_delimited_stream(in, kind == Kind::Csv ? ',' : '\t', input, opts, on_doc, on_issue, stats);
    return;
  }
  std::string text = core::read_all(in);
  if (in.bad()) {
    InputIssue issue{input.path, 0, 0, SkipReason::Unreadable, "read error"};
    ++stats.skipped[to_string(issue.reason)];
    on_issue(issue);
    return;
  }
  if (kind == Kind::Html) deliver_html(std::move(text), input, opts, on_doc, on_issue, stats);
  else deliver_text(std::move(text), input, kind, opts, on_doc, on_issue, stats);
}

void blank_markdown(std::string& text) {
  const std::size_t n = text.size();
  bool in_fence = false;
  std::size_t i = 0;
  while (i < n) {
    const std::size_t eol = std::min(text.find('\n', i), n);
    std::size_t p = i;
    while (p < eol && (text[p] == ' ' || text[p] == '\t')) ++p;
    if (text.compare(p, 3, "```") == 0 || text.compare(p, 3, "~~~") == 0) {
      in_fence = !in_fence;
      std::fill(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(eol), ' ');
      i = eol + 1;
      continue;
    }
    if (in_fence) {  // code is not prose: blank it
      std::fill(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(eol), ' ');
      i = eol + 1;
      continue;
    }
    // Line prefixes: headings, block quotes, bullets.
    while (p < eol && (text[p] == '#' || text[p] == '>')) text[p++] = ' ';
    if (p + 1 < eol && (text[p] == '-' || text[p] == '*' || text[p] == '+') && text[p + 1] == ' ') text[p] = ' ';
    // Horizontal rules.
    {
      std::size_t q = p, marks = 0;
      while (q < eol && (text[q] == '-' || text[q] == '*' || text[q] == '_' || text[q] == ' ')) marks += text[q++] != ' ';
      if (q == eol && marks >= 3) std::fill(text.begin() + static_cast<std::ptrdiff_t>(p), text.begin() + static_cast<std::ptrdiff_t>(eol), ' ');
    }
    // Inline: emphasis markers, backticks, links [text](url) and images ![alt](url).
    for (std::size_t k = p; k < eol; ++k) {
      char c = text[k];
      if (c == '*' || c == '`' || (c == '_' && (k + 1 < eol && text[k + 1] == '_'))) {
        text[k] = ' ';
        if (c == '_') text[++k] = ' ';
      } else if (c == '!' && k + 1 < eol && text[k + 1] == '[') {
        text[k] = ' ';
      } else if (c == '[') {
        const std::size_t close = text.find(']', k);
        if (close != std::string::npos && close + 1 < eol && text[close + 1] == '(') {
          const std::size_t paren = text.find(')', close);
          if (paren != std::string::npos && paren < eol) {
            text[k] = ' ';
            std::fill(text.begin() + static_cast<std::ptrdiff_t>(close), text.begin() + static_cast<std::ptrdiff_t>(paren) + 1, ' ');
            k = paren;
          }
        }
      }
    }
    i = eol + 1;
  }
}

}  // namespace ergraph::nlp
