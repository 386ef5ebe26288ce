#include "extract/conllu.h"

#include <charconv>
#include <fstream>

#include "core/error.h"

namespace ergraph::extract {
namespace {

// Splits a CoNLL-U line into its 10 tab-separated columns; returns false if the count is wrong.
bool split_columns(std::string_view line, std::string_view (&cols)[10]) {
  std::size_t n = 0, start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      if (n == 10) return false;
      cols[n++] = line.substr(start, i - start);
      start = i + 1;
    }
  }
  return n == 10;
}

struct Builder {
  std::vector<GoldSentence>& out;
  GoldSentence cur;
  bool open = false;

  void finish() {
    if (!open) return;
    auto& doc = cur.doc;
    doc.sentences.push_back(Sentence{0, static_cast<std::uint32_t>(doc.tokens.size())});
    out.push_back(std::move(cur));
    cur = GoldSentence{};
    open = false;
  }
};

}  // namespace

std::vector<GoldSentence> read_conllu(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("E101", "cannot open CoNLL-U file", path.string());
  std::vector<GoldSentence> result;
  Builder b{result, {}, false};
  std::string newdoc;
  std::string line;
  std::size_t lineno = 0;
  bool space_after = true;
  int mwt_last = 0;              // last word id of the multiword token in force
  bool mwt_space_after = true;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto where = [&] { return path.string() + ":" + std::to_string(lineno); };
    if (line.empty()) {
      b.finish();
      mwt_last = 0;
      continue;
    }
    if (line[0] == '#') {
      constexpr std::string_view kDoc = "# newdoc id = ", kSent = "# sent_id = ";
      if (line.rfind(kDoc, 0) == 0) newdoc = line.substr(kDoc.size());
      if (line.rfind(kSent, 0) == 0) {
        b.finish();
        b.cur.sent_id = line.substr(kSent.size());
      }
      continue;
    }
    std::string_view cols[10];
    if (!split_columns(line, cols))
      throw ParseError("E102", "CoNLL-U line does not have 10 tab-separated columns: '" + line.substr(0, 80) + "'", where());
    if (cols[0].find('.') != std::string_view::npos) continue;  // empty node
    if (auto dash = cols[0].find('-'); dash != std::string_view::npos) {
      // Multiword token "a-b": its words are written without spaces; the last one takes the
      // range's SpaceAfter.
      std::from_chars(cols[0].data() + dash + 1, cols[0].data() + cols[0].size(), mwt_last);
      mwt_space_after = cols[9].find("SpaceAfter=No") == std::string_view::npos;
      continue;
    }
    if (!b.open) {
      b.open = true;
      b.cur.doc_id = newdoc;
      b.cur.doc.id = newdoc;
      space_after = true;
    }
    auto& doc = b.cur.doc;
    if (!doc.tokens.empty() && space_after) doc.text += ' ';
    Token t;
    t.begin = static_cast<std::uint32_t>(doc.text.size());
    doc.text.append(cols[1]);
    t.end = static_cast<std::uint32_t>(doc.text.size());
    if (auto u = parse_upos(cols[3])) t.upos = *u;
    else throw ParseError("E103", "unknown UPOS tag '" + std::string(cols[3]) + "'", where());
    auto x = parse_xpos(cols[4]);
    t.xpos = x ? *x : *parse_xpos("XX");
    t.lemma = std::string(cols[2]);
    int head = 0;
    if (cols[6] != "_") {
      auto [p, ec] = std::from_chars(cols[6].data(), cols[6].data() + cols[6].size(), head);
      if (ec != std::errc() || p != cols[6].data() + cols[6].size())
        throw ParseError("E104", "bad HEAD '" + std::string(cols[6]) + "'", where());
    }
    t.head = head - 1;
    doc.tokens.push_back(std::move(t));
    b.cur.deprels.emplace_back(cols[7]);
    int word_id = 0;
    std::from_chars(cols[0].data(), cols[0].data() + cols[0].size(), word_id);
    if (word_id < mwt_last) space_after = false;
    else if (word_id == mwt_last) space_after = mwt_space_after;
    else space_after = cols[9].find("SpaceAfter=No") == std::string_view::npos;
  }
  b.finish();
  return result;
}

}  // namespace ergraph::extract
