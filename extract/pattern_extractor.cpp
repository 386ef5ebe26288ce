#include "extract/pattern_extractor.h"

#include "extract/detail/surface_patterns.h"

namespace ergraph::extract {
using namespace nlp;
using namespace entities;
std::unique_ptr<PatternExtractor> PatternExtractor::load(const std::filesystem::path& gazetteer_tsv) {
  return std::make_unique<PatternExtractor>(Gazetteer::load(gazetteer_tsv));
}

std::vector<core::Triple> PatternExtractor::extract(Document& doc) const {
  const std::vector<MentionInfo> infos = find_mentions(doc, gazetteer_);
  const auto by_sentence = store_mentions(doc, infos);
  std::vector<core::Triple> out;
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s)
    detail::append_sentence_triples(detail::surface_triples(doc, gazetteer_, s, by_sentence[s], true), out);
  return out;
}

}  // namespace ergraph::extract
