#include "nlp/lexicon.h"

#include <algorithm>
#include <fstream>
#include <system_error>

#include "core/error.h"

namespace ergraph::nlp {
namespace fs = std::filesystem;

WordList::WordList(std::string purpose, std::vector<std::string> words)
    : purpose_(std::move(purpose)), words_(std::move(words)) {
  std::sort(words_.begin(), words_.end());
  words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
}

WordList WordList::parse(std::istream& in, const std::string& source) {
  std::string line, purpose;
  std::vector<std::string> words;
  std::map<std::string, std::size_t, std::less<>> seen;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string where = source + ":" + std::to_string(line_no);
    if (line_no == 1) {
      if (line.size() < 3 || line.compare(0, 2, "# ") != 0)
        throw ModelError("E441", "first line must be a '# ' header saying what the list is for", where);
      purpose = line.substr(2);
      continue;
    }
    const std::size_t b = line.find_first_not_of(" \t"), e = line.find_last_not_of(" \t");
    if (b == std::string::npos || line[b] == '#') continue;
    const std::string word = line.substr(b, e - b + 1);
    if (word.find_first_of(" \t") != std::string::npos)
      throw ModelError("E442", "one word per line, found '" + word + "'", where);
    if (const auto it = seen.find(word); it != seen.end())
      throw ModelError("E443", "'" + word + "' is listed twice (first on line " + std::to_string(it->second) + ")",
                       where);
    seen.emplace(word, line_no);
    words.push_back(word);
  }
  if (line_no == 0) throw ModelError("E441", "empty list file (no header line)", source + ":1");
  return WordList(std::move(purpose), std::move(words));
}

bool WordList::contains(std::string_view word) const {
  const auto it = std::lower_bound(words_.begin(), words_.end(), word,
                                   [](const std::string& a, std::string_view b) { return a < b; });
  return it != words_.end() && *it == word;
}

Lexicon Lexicon::load(const fs::path& dir) {
  Lexicon lex;
  lex.dir_ = dir;
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".txt") files.push_back(it->path());
  if (ec) throw ModelError("E440", "cannot read the word-list folder: " + ec.message(), dir.string());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) throw ModelError("E440", "cannot open word list", f.string());
    lex.add(f.stem().string(), WordList::parse(in, f.string()));
  }
  return lex;
}

const WordList& Lexicon::get(std::string_view name) const {
  const auto it = lists_.find(name);
  if (it == lists_.end()) {
    const std::string file = (dir_.empty() ? fs::path("lexicon") : dir_) / (std::string(name) + ".txt");
    throw ModelError("E444", "word list '" + std::string(name) + "' is missing", file);
  }
  return it->second;
}

std::vector<std::string> Lexicon::names() const {
  std::vector<std::string> out;
  for (const auto& [name, list] : lists_) out.push_back(name);
  return out;
}

}  // namespace ergraph::nlp
