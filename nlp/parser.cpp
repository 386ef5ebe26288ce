#include "nlp/parser.h"

#include <string_view>
#include <vector>

#include "core/error.h"
#include "nlp/detail/parser_state.h"
#include "nlp/detail/punctuation.h"
#include "nlp/parser_io.h"

namespace ergraph::nlp {
namespace {

class PerceptronParser final : public Parser {
 public:
  explicit PerceptronParser(ParserModel model) : model_(std::move(model)) {
    for (std::size_t i = 0; i < model_.labels.size(); ++i)
      if (deprel_name(model_.labels[i]) == "root") root_label_ = static_cast<int>(i);
    if (root_label_ < 0) throw ModelError("E416", "parser label table has no 'root'");
    classes_ = detail::move_class_count(static_cast<int>(model_.labels.size()));
    if (model_.moves.classes() != classes_) throw ModelError("E416", "move classifier does not match the label table");
  }

  void parse(Document& doc) const override {
    detail::ParserInput in;
    detail::ParseState state;
    std::vector<FeatureKey> features;
    std::vector<std::int32_t> scores(static_cast<std::size_t>(classes_));
    std::vector<int> heads;
    std::vector<std::uint8_t> punct;
    std::vector<std::string_view> forms;
    for (const Sentence& sent : doc.sentences) {
      if (sent.size() == 0) continue;
      detail::make_parser_input(doc, sent, in);
      state.reset(static_cast<int>(sent.size()));
      while (!state.done()) {
        int cls = forced_move(state);
        if (cls < 0) {
          state.features(in, features);
          std::fill(scores.begin(), scores.end(), 0);
          model_.moves.add_scores(features, scores.data());
          cls = best_move(state, scores.data());
        }
        state.apply(detail::class_move(cls), detail::class_label(cls));
      }
      heads.resize(sent.size());
      punct.resize(sent.size());
      forms.resize(sent.size());
      for (std::uint32_t i = 0; i < sent.size(); ++i) {
        const Token& t = doc.tokens[sent.first + i];
        heads[i] = state.head(static_cast<int>(i) + 1) - 1;
        punct[i] = t.upos == Upos::PUNCT;
        forms[i] = doc.form(t);
      }
      detail::attach_punctuation(heads, punct, forms);
      for (std::uint32_t i = 0; i < sent.size(); ++i) {
        Token& t = doc.tokens[sent.first + i];
        t.head = heads[i];
        t.deprel = model_.labels[static_cast<std::size_t>(state.label(static_cast<int>(i) + 1))];
      }
    }
  }

 private:
  /// The one valid class where there is only one, else -1: a shift from the root alone (the
  /// first move of every sentence) and the root's arc once the buffer is empty and one word is
  /// left (the last). best_move() would choose the same class whatever the scores.
  int forced_move(const detail::ParseState& state) const {
    if (!state.valid(detail::Move::Left) && !state.valid(detail::Move::Right)) return 0;
    if (state.valid(detail::Move::Right) && state.s1() == 0 && !state.valid(detail::Move::Shift))
      return 2 + 2 * root_label_;  // best_move's root_right
    return -1;
  }

  /// The best-scoring valid class (ties: the lower class). Checks validity once per move.
  int best_move(const detail::ParseState& state, const std::int32_t* scores) const {
    int best = -1;
    const bool shift = state.valid(detail::Move::Shift), left = state.valid(detail::Move::Left),
               right = state.valid(detail::Move::Right);
    const bool to_root = right && state.s1() == 0;
    if (shift) best = 0;
    const int root_left = 1 + 2 * root_label_, root_right = root_left + 1;
    if (to_root) return best < 0 || scores[root_right] > scores[best] ? root_right : best;
    for (int c = 1; c < classes_; c += 2) {
      if (c == root_left) continue;
      if (left && (best < 0 || scores[c] > scores[best])) best = c;
      if (right && (best < 0 || scores[c + 1] > scores[best])) best = c + 1;
    }
    return best;
  }

  ParserModel model_;
  int root_label_ = -1;
  int classes_ = 0;
};

}  // namespace

std::unique_ptr<Parser> make_parser(ParserModel model) {
  return std::make_unique<PerceptronParser>(std::move(model));
}

std::unique_ptr<Parser> Parser::load(const std::filesystem::path& path) {
  return make_parser(load_parser_model(path));
}

}  // namespace ergraph::nlp
