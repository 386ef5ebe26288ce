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

}  // namespace ergraph::train
