#include "extract/tagger.h"

#include <string>
#include <vector>

#include "extract/detail/tagger_features.h"
#include "extract/tagger_io.h"

namespace ergraph::extract {
namespace {

/// Per-thread scratch space, reused across calls (no allocation per token).
struct Scratch {
  std::vector<detail::WordInfo> ctx;
  std::string norm;
  std::vector<std::int32_t> scores;
};

class PerceptronTagger final : public Tagger {
 public:
  explicit PerceptronTagger(TaggerModel model) : model_(std::move(model)) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> entries;
    for (const auto& [word, label] : model_.tagdict) entries.emplace_back(detail::form_hash(word), label);
    dict_.build(entries);
    entries.clear();
    for (const auto& [word, labels] : model_.word_classes)
      entries.emplace_back(detail::form_hash(word), detail::ambiguity_class(labels));
    classes_.build(entries);
  }

  void tag(Document& doc) const override {
    thread_local Scratch scratch;
    scratch.scores.resize(model_.labels.size());
    for (const Sentence& s : doc.sentences) tag_sentence(doc, s, scratch);
  }

 private:
  void tag_sentence(Document& doc, const Sentence& sent, Scratch& sc) const {
    detail::sentence_context(doc, sent, classes_, sc.ctx, sc.norm);
    std::uint64_t prev1 = detail::kStartLabel, prev2 = detail::kStart2Label;
    FeatureKey feats[detail::kMaxTaggerFeatures];
    const int n_labels = static_cast<int>(model_.labels.size());
    for (std::uint32_t i = 0; i < sent.size(); ++i) {
      const detail::WordInfo* cur = sc.ctx.data() + i + 2;
      int best = static_cast<int>(dict_.find(cur->form, kNoLabel));
      if (best == kNoLabel) {
        const int n = detail::tagger_features(cur, prev1, prev2, feats);
        std::fill(sc.scores.begin(), sc.scores.end(), 0);
        model_.weights.add_scores({feats, static_cast<std::size_t>(n)}, sc.scores.data());
        best = 0;
        for (int c = 1; c < n_labels; ++c)
          if (sc.scores[static_cast<std::size_t>(c)] > sc.scores[static_cast<std::size_t>(best)]) best = c;
      }
      Token& tok = doc.tokens[sent.first + i];
      tok.upos = model_.labels[static_cast<std::size_t>(best)].upos;
      tok.xpos = model_.labels[static_cast<std::size_t>(best)].xpos;
      prev2 = prev1;
      prev1 = static_cast<std::uint64_t>(best);
    }
  }

  static constexpr int kNoLabel = 0xFFFFFF;
  TaggerModel model_;
  detail::FormMap dict_;     // tag dictionary: form hash -> label
  detail::FormMap classes_;  // form hash -> ambiguity class
};

}  // namespace

std::unique_ptr<Tagger> make_tagger(TaggerModel model) {
  return std::make_unique<PerceptronTagger>(std::move(model));
}

std::unique_ptr<Tagger> Tagger::load(const std::filesystem::path& path) {
  return make_tagger(load_tagger_model(path));
}

}  // namespace ergraph::extract
