#include "train/corpus.h"

#include <algorithm>
#include <fstream>

#include "core/error.h"
#include "core/text.h"
#include "train/sha256.h"

namespace ergraph::train {
using namespace nlp;

std::set<std::string> gum_commercial_train_docs(const std::filesystem::path& doc_licenses_tsv) {
  std::ifstream in(doc_licenses_tsv);
  if (!in) throw IoError("E405", "cannot open GUM licence list", doc_licenses_tsv.string());
  const auto split = [](const std::string& line) {
    std::vector<std::string> cols;
    for (const auto c : core::split_tabs(line)) cols.emplace_back(c);
    return cols;
  };
  std::string line;
  std::getline(in, line);
  const auto header = split(line);
  std::size_t id = header.size(), sp = header.size(), nc = header.size();
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == "doc_id") id = i;
    if (header[i] == "split") sp = i;
    if (header[i] == "non_commercial") nc = i;
  }
  if (id == header.size() || sp == header.size() || nc == header.size())
    throw ParseError("E406", "missing doc_id/split/non_commercial columns", doc_licenses_tsv.string() + ":1");
  std::set<std::string> docs;
  while (std::getline(in, line)) {
    const auto cols = split(line);
    if (cols.size() <= std::max({id, sp, nc})) continue;
    if (cols[sp] == "train" && cols[nc] == "no") docs.insert(cols[id]);
  }
  return docs;
}

TrainingSource describe_source(const std::filesystem::path& dir, const std::string& name) {
  TrainingSource s;
  s.name = name;
  s.bytes = std::filesystem::file_size(dir / name);
  s.sha256 = sha256_file(dir / name);
  return s;
}

namespace {

void count_into(TrainingSource& src, const GoldSentence& s) {
  ++src.sentences;
  src.tokens += static_cast<std::uint32_t>(s.doc.tokens.size());
}

}  // namespace

TrainingCorpus load_training_corpus(const std::filesystem::path& data_dir, bool merge_hyphens) {
  TrainingCorpus corpus;
  corpus.merged_hyphens = merge_hyphens;
  const auto prepare = [&](GoldSentence& s) {
    if (merge_hyphens) corpus.hyphen_merges += merge_hyphenated_compounds(s);
  };
  auto ewt = describe_source(data_dir, "ud/en_ewt-ud-train.conllu");
  auto gum = describe_source(data_dir, "ud/en_gum-ud-train.conllu");
  auto licences = describe_source(data_dir, "gum/doc_licenses.tsv");
  for (auto& s : read_conllu(data_dir / ewt.name)) {
    prepare(s);
    count_into(ewt, s);
    corpus.sentences.push_back(std::move(s));
  }
  const auto open = gum_commercial_train_docs(data_dir / licences.name);
  std::set<std::string> used, excluded;
  for (auto& s : read_conllu(data_dir / gum.name)) {
    if (!open.count(s.doc_id)) {
      excluded.insert(s.doc_id);
      continue;
    }
    used.insert(s.doc_id);
    prepare(s);
    count_into(gum, s);
    corpus.sentences.push_back(std::move(s));
  }
  corpus.gum_docs_used = used.size();
  corpus.gum_docs_excluded = excluded.size();
  corpus.sources = {ewt, gum, licences};
  return corpus;
}

bool with_invented_names(const GoldSentence& s, std::uint64_t seed, GoldSentence& out) {
  static constexpr std::string_view kOnsets[] = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s",
                                                 "t", "v", "z", "br", "dr", "gr", "kr", "st", "tr", "sh", "ch"};
  static constexpr std::string_view kVowels[] = {"a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "y"};
  static constexpr std::string_view kCodas[] = {"", "", "", "n", "r", "s", "l", "m", "t", "k", "nd", "rt", "sk"};
  const auto& doc = s.doc;
  const auto replaceable = [&](std::uint32_t i) {
    const std::string_view f = doc.form(i);
    if (doc.tokens[i].upos != nlp::Upos::PROPN || f.size() < 2 || f[0] < 'A' || f[0] > 'Z') return false;
    return std::all_of(f.begin() + 1, f.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  bool any = false;
  for (std::uint32_t i = 0; i < doc.tokens.size() && !any; ++i) any = replaceable(i);
  if (!any) return false;
  GoldSentence copy;
  copy.deprels = s.deprels;
  copy.doc_id = s.doc_id;
  copy.sent_id = s.sent_id;
  copy.entity_misc = s.entity_misc;
  copy.doc.id = doc.id;
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const bool space = i > 0 && doc.tokens[i].begin > doc.tokens[i - 1].end;
    std::string word(doc.form(i));
    if (replaceable(i)) {
      std::uint64_t h = core::fnv1a64(word) ^ (seed * 0x9E3779B97F4A7C15ull) ^ (static_cast<std::uint64_t>(i) << 32);
      const auto next = [&](std::size_t n) {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 29;
        return static_cast<std::size_t>(h % n);
      };
      const std::size_t syllables = 1 + next(3);
      word.clear();
      for (std::size_t k = 0; k < syllables; ++k) {
        word += kOnsets[next(std::size(kOnsets))];
        word += kVowels[next(std::size(kVowels))];
        if (k + 1 == syllables || next(3) == 0) word += kCodas[next(std::size(kCodas))];
      }
      word[0] = static_cast<char>(word[0] - 'a' + 'A');
    }
    nlp::Token& t = copy.doc.append_token(word, space);
    const nlp::Token& g = doc.tokens[i];
    const auto b = t.begin, e = t.end;
    t = g;
    t.begin = b;
    t.end = e;
  }
  copy.doc.sentences.push_back(nlp::Sentence{0, static_cast<std::uint32_t>(copy.doc.tokens.size())});
  out = std::move(copy);
  return true;
}

}  // namespace ergraph::train
