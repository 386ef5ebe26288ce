#include "extract/pattern_extractor.h"

#include "extract/detail/surface_patterns.h"
#include "extract/detail/word_lists.h"

namespace ergraph::extract {

PatternExtractor::PatternExtractor(entities::MentionFinder mentions, const nlp::Lexicon& lexicon)
    : mentions_(std::move(mentions)),
      words_(std::make_unique<const detail::ExtractorWords>(detail::ExtractorWords::from(lexicon))) {}

PatternExtractor::~PatternExtractor() = default;

std::unique_ptr<PatternExtractor> PatternExtractor::load(const std::filesystem::path& models_dir) {
  const auto lexicon = nlp::Lexicon::load(models_dir / nlp::kLexiconFolder);
  return std::make_unique<PatternExtractor>(entities::MentionFinder::load(models_dir, lexicon), lexicon);
}

std::vector<core::Triple> PatternExtractor::extract(Document& doc) const { return extract(doc, nullptr); }

std::vector<core::Triple> PatternExtractor::extract(Document& doc, std::vector<std::string>* mention_rules,
                                                    const nlp::SentenceProgress& progress) const {
  const std::vector<MentionInfo> infos = mentions_.find(doc, progress);
  const auto by_sentence = entities::store_mentions(doc, infos);
  if (mention_rules) {
    mention_rules->clear();
    for (const MentionInfo& m : infos) mention_rules->push_back(detail::mention_rule(doc, m));
  }
  std::vector<core::Triple> out;
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s)
    detail::append_sentence_triples(
        detail::surface_triples(doc, mentions_.gazetteer(), *words_, s, by_sentence[s], true), out);
  return out;
}

}  // namespace ergraph::extract
