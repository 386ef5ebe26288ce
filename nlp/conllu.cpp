#include "nlp/conllu.h"

#include <charconv>
#include <fstream>

#include "core/error.h"

namespace ergraph::nlp {
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
    if (!cur.entity_misc.empty()) cur.entity_misc.resize(doc.tokens.size());
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
  return read_conllu(in, path.string());
}

std::vector<GoldSentence> read_conllu(std::istream& in, const std::string& source) {
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
    const auto where = [&] { return source + ":" + std::to_string(lineno); };
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
    Token& t = doc.append_token(cols[1], space_after);
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
    b.cur.deprels.emplace_back(cols[7]);
    if (auto e = cols[9].find("Entity="); e != std::string_view::npos) {
      std::string_view v = cols[9].substr(e + 7);
      v = v.substr(0, v.find('|'));
      b.cur.entity_misc.resize(doc.tokens.size());
      b.cur.entity_misc.back() = std::string(v);
    }
    int word_id = 0;
    std::from_chars(cols[0].data(), cols[0].data() + cols[0].size(), word_id);
    if (word_id < mwt_last) space_after = false;
    else if (word_id == mwt_last) space_after = mwt_space_after;
    else space_after = cols[9].find("SpaceAfter=No") == std::string_view::npos;
  }
  b.finish();
  return result;
}

namespace {

bool is_hyphen_piece(const Document& doc, std::size_t i) {
  static const Xpos kHyph = *parse_xpos("HYPH");
  return doc.tokens[i].xpos == kHyph && doc.form(static_cast<std::uint32_t>(i)) == "-";
}

bool is_word_piece(const Document& doc, std::size_t i) {
  return doc.tokens[i].upos != Upos::PUNCT && !is_hyphen_piece(doc, i);
}

/// Last token of the compound starting at word `i` (== i if there is none).
std::size_t compound_end(const Document& doc, std::size_t i) {
  const auto& t = doc.tokens;
  std::size_t k = i;
  while (k + 2 < t.size() && is_hyphen_piece(doc, k + 1) && is_word_piece(doc, k + 2) &&
         t[k].end == t[k + 1].begin && t[k + 1].end == t[k + 2].begin)
    k += 2;
  return k;
}

/// The piece of [first, last] whose head lies outside it (the last such; `last` if none).
std::size_t compound_head(const std::vector<Token>& t, std::size_t first, std::size_t last) {
  for (std::size_t r = last + 1; r-- > first;) {
    const auto h = t[r].head;
    if (h < 0 || static_cast<std::size_t>(h) < first || static_cast<std::size_t>(h) > last) return r;
  }
  return last;
}

}  // namespace

std::size_t merge_hyphenated_compounds(GoldSentence& sentence) {
  auto& doc = sentence.doc;
  const auto& old = doc.tokens;
  std::vector<std::int32_t> new_index(old.size());
  std::vector<Token> tokens;
  std::vector<std::string> deprels;
  std::vector<std::int32_t> old_heads;  // head (old index) of each new token
  std::size_t merges = 0;
  for (std::size_t i = 0; i < old.size();) {
    const std::size_t last = is_word_piece(doc, i) ? compound_end(doc, i) : i;
    const std::size_t head = compound_head(old, i, last);
    Token t = old[head];
    if (last > i) {
      ++merges;
      t.begin = old[i].begin;
      t.end = old[last].end;
      t.lemma = std::string(doc.form(t));
      if (t.upos != Upos::PROPN)
        for (auto& c : t.lemma)
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    for (std::size_t r = i; r <= last; ++r) new_index[r] = static_cast<std::int32_t>(tokens.size());
    old_heads.push_back(old[head].head);
    tokens.push_back(std::move(t));
    if (head < sentence.deprels.size()) deprels.push_back(sentence.deprels[head]);
    i = last + 1;
  }
  if (merges == 0) return 0;
  for (std::size_t n = 0; n < tokens.size(); ++n) {
    const auto h = old_heads[n];
    const bool inside = h >= 0 && static_cast<std::size_t>(h) < new_index.size();
    tokens[n].head = inside ? new_index[static_cast<std::size_t>(h)] : -1;
  }
  const bool has_deprels = sentence.deprels.size() == old.size();
  doc.tokens = std::move(tokens);
  if (has_deprels) sentence.deprels = std::move(deprels);
  sentence.entity_misc.clear();  // the brackets were per token of the unmerged sentence
  doc.sentences = {Sentence{0, static_cast<std::uint32_t>(doc.tokens.size())}};
  return merges;
}

Deprel gold_deprel(std::string_view s) {
  if (const auto d = parse_deprel(s)) return *d;
  return *parse_deprel("dep");
}

}  // namespace ergraph::nlp
