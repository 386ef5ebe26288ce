#include "nlp/evaluate.h"

#include "nlp/sentence_splitter.h"

#include <chrono>
#include <map>
#include <utility>

namespace ergraph::nlp {

std::size_t whitespace_tokens(const std::vector<GoldSentence>& gold) {
  std::size_t n = 0;
  for (const auto& sent : gold) n += count_whitespace_tokens(sent.doc.text);
  return n;
}
namespace {
using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }
}  // namespace

TaggerScore evaluate_tagger(const Tagger& tagger, const std::vector<GoldSentence>& gold, const Lemmatizer* repair_with,
                            const WordList* gerund_verbs, const WordList* clause_marks,
                            const WordList* name_particles) {
  std::vector<Document> docs;
  docs.reserve(gold.size());
  for (const auto& g : gold) {
    Document d;
    d.text = g.doc.text;
    d.tokens = g.doc.tokens;
    d.sentences = g.doc.sentences;
    for (auto& t : d.tokens) t.upos = Upos::None, t.xpos = 0;
    docs.push_back(std::move(d));
  }
  const auto t0 = Clock::now();
  for (auto& d : docs) tagger.tag(d);
  if (repair_with)
    for (auto& d : docs) repair_verbless_sentences(d, repair_with, &tagger, gerund_verbs, clause_marks, name_particles);
  TaggerScore score;
  score.seconds = seconds_since(t0);
  for (std::size_t s = 0; s < gold.size(); ++s) {
    const auto& want = gold[s].doc.tokens;
    const auto& got = docs[s].tokens;
    for (std::size_t t = 0; t < want.size(); ++t) {
      ++score.tokens;
      score.upos_correct += got[t].upos == want[t].upos;
      score.xpos_correct += got[t].xpos == want[t].xpos;
    }
  }
  return score;
}

ParserScore evaluate_parser(const Parser& parser, const std::vector<GoldSentence>& gold, const Tagger* tagger,
                            const Lemmatizer* lemmatizer) {
  ParserScore score;
  for (const auto& s : gold) {
    Document doc = s.doc;
    if (tagger) {
      const auto t0 = Clock::now();
      tagger->tag(doc);
      score.tag_seconds += seconds_since(t0);
    }
    if (lemmatizer) {
      lemmatizer->lemmatize(doc);
      for (std::size_t i = 0; i < doc.tokens.size(); ++i) score.lemma_correct += doc.tokens[i].lemma == s.doc.tokens[i].lemma;
    }
    for (auto& t : doc.tokens) t.head = -1, t.deprel = 0;
    const auto t0 = Clock::now();
    parser.parse(doc);
    score.parse_seconds += seconds_since(t0);
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
      ++score.tokens;
      if (doc.tokens[i].head != s.doc.tokens[i].head) continue;
      ++score.head_correct;
      score.labelled_correct += doc.tokens[i].deprel == gold_deprel(i < s.deprels.size() ? s.deprels[i] : "dep");
    }
  }
  return score;
}

namespace {
SplitScore evaluate_splitting(const Tokenizer& tokenizer, const SentenceSplitter* splitter,
                              const std::vector<GoldSentence>& gold, std::size_t keep_misses) {
  SplitScore score;
  for (std::size_t b = 0; b < gold.size();) {
    std::size_t e = b + 1;
    while (!gold[b].doc_id.empty() && e < gold.size() && gold[e].doc_id == gold[b].doc_id) ++e;
    Document doc;
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // gold sentences: [begin, end) in doc.text
    for (std::size_t k = b; k < e; ++k) {
      if (!doc.text.empty()) doc.text += ' ';
      spans.emplace_back(doc.text.size(), doc.text.size() + gold[k].doc.text.size());
      doc.text += gold[k].doc.text;
    }
    tokenizer.tokenize(doc);
    if (splitter) splitter->split(doc);
    std::map<std::size_t, std::size_t> predicted;  // begin -> end
    for (const auto& s : doc.sentences)
      if (s.last > s.first) predicted[doc.tokens[s.first].begin] = doc.tokens[s.last - 1].end;
    score.gold += spans.size();
    score.predicted += predicted.size();
    for (const auto& [gb, ge] : spans) {
      const auto it = predicted.find(gb);
      if (it != predicted.end() && it->second == ge) {
        ++score.found;
      } else if (score.misses.size() < keep_misses) {
        score.misses.push_back({doc.text.substr(gb, ge - gb),
                                it == predicted.end() ? std::string() : doc.text.substr(gb, it->second - gb)});
      }
    }
    b = e;
  }
  return score;
}
}  // namespace

SplitScore evaluate_sentence_splitting(const Tokenizer& tokenizer, const std::vector<GoldSentence>& gold,
                                       std::size_t keep_misses) {
  return evaluate_splitting(tokenizer, nullptr, gold, keep_misses);
}

SplitScore evaluate_sentence_splitting(const Tokenizer& tokenizer, const SentenceSplitter& splitter,
                                       const std::vector<GoldSentence>& gold, std::size_t keep_misses) {
  return evaluate_splitting(tokenizer, &splitter, gold, keep_misses);
}


}  // namespace ergraph::nlp
