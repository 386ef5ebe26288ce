#include "extract/parser.h"

#include <algorithm>
#include <span>
#include <vector>

#include "core/error.h"
#include "extract/detail/parser_state.h"
#include "extract/parser_io.h"

namespace ergraph::extract {
namespace {

class PerceptronParser final : public Parser {
 public:
  explicit PerceptronParser(ParserModel model) : model_(std::move(model)) {
    for (std::size_t i = 0; i < model_.labels.size(); ++i)
      if (deprel_name(model_.labels[i]) == "root") root_label_ = static_cast<int>(i);
    if (root_label_ < 0) throw ModelError("E416", "parser label table has no 'root'");
    for (Deprel d : model_.labels) label_group_.push_back(detail::relation_group(d));
  }

  void parse(Document& doc) const override {
    detail::ParserInput in;
    detail::ParseState state;
    std::vector<FeatureKey> features;
    std::vector<std::int32_t> labels(model_.labels.size());
    for (const Sentence& sent : doc.sentences) {
      if (sent.size() == 0) continue;
      detail::make_parser_input(doc, sent, in);
      state.reset(static_cast<int>(sent.size()));
      while (!state.done()) {
        state.features(in, features);
        std::int32_t moves[detail::kMoveClassCount] = {};
        model_.moves.add_scores(features, moves);
        const int cls = best_move(state, moves);
        const detail::Move m = detail::class_move(cls);
        state.apply(m, m == detail::Move::Shift ? 0 : best_label(state, in, cls, features, labels));
      }
      for (std::uint32_t i = 0; i < sent.size(); ++i) {
        Token& t = doc.tokens[sent.first + i];
        t.head = state.head(static_cast<int>(i) + 1) - 1;
        t.deprel = model_.labels[static_cast<std::size_t>(state.label(static_cast<int>(i) + 1))];
      }
    }
  }

 private:
  static int best_move(const detail::ParseState& state, const std::int32_t* scores) {
    int best = -1;
    for (int c = 0; c < detail::kMoveClassCount; ++c)
      if ((best < 0 || scores[c] > scores[best]) && state.valid_class(c)) best = c;
    return best;
  }

  /// The best label of the arc made by move class `cls`, among the labels of its group.
  int best_label(const detail::ParseState& state, const detail::ParserInput& in, int cls,
                 std::vector<FeatureKey>& features, std::vector<std::int32_t>& scores) const {
    const auto [head, dep] = state.arc(detail::class_move(cls));
    if (head == 0) return root_label_;
    state.label_features(in, head, dep, features);
    std::fill(scores.begin(), scores.end(), 0);
    model_.label_weights.add_scores(features, scores.data());
    return detail::best_label_in_group<std::int32_t>(scores, label_group_, detail::class_group(cls), root_label_);
  }

  ParserModel model_;
  std::vector<int> label_group_;  // label index -> relation group
  int root_label_ = -1;
};

}  // namespace

std::unique_ptr<Parser> make_parser(ParserModel model) {
  return std::make_unique<PerceptronParser>(std::move(model));
}

std::unique_ptr<Parser> Parser::load(const std::filesystem::path& path) {
  return make_parser(load_parser_model(path));
}

}  // namespace ergraph::extract
