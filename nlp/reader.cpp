#include "nlp/reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/error.h"
#include "core/text.h"

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

enum class Kind { Text, Markdown, Jsonl, Other };

Kind kind_of(const fs::path& p) {
  const std::string ext = core::ascii_lower(p.extension().string());
  if (ext == ".txt" || ext == ".text") return Kind::Text;
  if (ext == ".md" || ext == ".markdown") return Kind::Markdown;
  if (ext == ".jsonl" || ext == ".ndjson") return Kind::Jsonl;
  return Kind::Other;
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

void read_jsonl_stream(std::istream& in, const InputFile& input,
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
    if (!check_text(line, bad)) {
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

void deliver_text(std::string text, const InputFile& input, Kind kind,
                  const std::function<void(Document&&)>& on_doc,
                  const std::function<void(const InputIssue&)>& on_issue, ReadStats& stats) {
  strip_bom(text);
  InputIssue issue;
  if (!check_text(text, issue)) {
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

}  // namespace

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
    issue.message = "invalid UTF-8 sequence at byte " + std::to_string(bad);
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

std::vector<InputFile> list_inputs(const std::vector<std::string>& args, ReadStats& stats) {
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
    const fs::path root = fs::weakly_canonical(arg, ec);
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) throw IoError("E111", "cannot list folder: " + ec.message(), arg);
    for (; it != end; it.increment(ec)) {
      if (ec) throw IoError("E111", "cannot list folder: " + ec.message(), arg);
      if (is_hidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      if (kind_of(it->path()) == Kind::Other) {
        ++stats.ignored_files;
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
      read_jsonl_stream(std::cin, input, on_doc, on_issue, stats);
    } else {
      std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      deliver_text(std::move(text), input, Kind::Text, on_doc, on_issue, stats);
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
    read_jsonl_stream(in, input, on_doc, on_issue, stats);
    return;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    InputIssue issue{input.path, 0, 0, SkipReason::Unreadable, "read error"};
    ++stats.skipped[to_string(issue.reason)];
    on_issue(issue);
    return;
  }
  deliver_text(std::move(text), input, kind, on_doc, on_issue, stats);
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
