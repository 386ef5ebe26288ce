#include "extract/pipeline.h"

#include "nlp/dates.h"

#include <future>

#include "core/error.h"
#include "extract/clause_extractor.h"
#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "extract/pattern_extractor.h"
#include "nlp/sentence_splitter.h"
#include "nlp/tagger.h"
#include "nlp/tokenizer.h"

namespace ergraph::extract {
using namespace nlp;
using namespace entities;

struct Pipeline::Stages {
  PipelineOptions options;
  Tokenizer tokenizer;
  std::unique_ptr<SentenceSplitter> sentences;
  std::unique_ptr<Tagger> tagger;
  std::unique_ptr<Lemmatizer> lemmatizer;
  // For the tag repairs (gerunds read as nouns, "without export permits", "Pieter van der Berg").
  nlp::WordList gerund_verbs, clause_marks, name_particles;
  std::unique_ptr<Parser> parser;
  std::unique_ptr<PatternExtractor> pattern;
  std::unique_ptr<ClauseExtractor> clause;
};

Pipeline::Pipeline() : stages_(std::make_unique<Stages>()) {}
Pipeline::~Pipeline() = default;

std::unique_ptr<Pipeline> Pipeline::load(const std::filesystem::path& models_dir, PipelineOptions options) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  Stages& s = *p->stages_;
  s.options = options;
  // The parser, the largest model, loads (read, check, index) on a thread of its own while this
  // one loads the rest: the models do not depend on each other. An error reaches the caller from
  // get(), as it would have from a sequential load. (The tagger on a third thread was no faster
  // on 2 cores and raised the peak memory by another 20 MB.)
  std::future<std::unique_ptr<Parser>> parser;
  if (options.extractor != ExtractorKind::Pattern)
    parser = std::async(std::launch::async, [&] { return Parser::load(models_dir / kParserModel); });
  if (options.learned_sentences && !options.pretokenized)
    s.sentences = std::make_unique<SentenceSplitter>(SentenceSplitter::load(models_dir / kSentenceModelFile));
  s.tagger = Tagger::load(models_dir / kTaggerModel);
  s.lemmatizer = Lemmatizer::load(models_dir / kLemmaTable);
  const nlp::Lexicon lexicon = nlp::Lexicon::load(models_dir / nlp::kLexiconFolder);
  s.gerund_verbs = lexicon.get("gerund_object_verbs");
  s.clause_marks = lexicon.get("finite_clause_marks");
  s.name_particles = lexicon.get("name_particles");
  entities::MentionFinder mentions = entities::MentionFinder::load(models_dir, lexicon, options.mentions);
  if (options.extractor == ExtractorKind::Pattern) {
    s.pattern = std::make_unique<PatternExtractor>(std::move(mentions), lexicon);
  } else {
    s.clause = std::make_unique<ClauseExtractor>(
        std::move(mentions), lexicon, ClauseOptions{options.concepts},
        std::make_shared<const entities::CoreferenceResolver>(entities::CoreferenceResolver::load(models_dir, lexicon)));
    s.parser = parser.get();
  }
  return p;
}

bool Pipeline::parses() const { return stages_->parser != nullptr; }

const entities::MentionFinder& Pipeline::mentions() const {
  return stages_->clause ? stages_->clause->mentions() : stages_->pattern->mentions();
}

namespace {

/// Runs `stage` (which works sentence by sentence) over the document's sentences a slice of about
/// kSliceTokens tokens at a time, telling `progress` after each slice. doc.sentences is the
/// slice while `stage` runs, and is whole again afterwards (also when `stage` throws).
template <class Stage>
void by_slices(Document& doc, const char* name, const ProgressCallback& progress, Stage&& stage) {
  constexpr std::uint64_t kSliceTokens = 8192;
  const std::uint64_t total = doc.text.size();
  if (!progress || doc.tokens.size() <= kSliceTokens) {
    stage(doc);
    if (progress) progress(DocumentProgress{name, total, total});
    return;
  }
  struct Restore {
    Document& doc;
    std::vector<Sentence> all;
    ~Restore() { doc.sentences = std::move(all); }
  } whole{doc, std::move(doc.sentences)};
  const auto& all = whole.all;
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i;
    for (std::uint64_t n = 0; j < all.size() && n < kSliceTokens;) n += all[j++].size();
    doc.sentences.assign(all.begin() + static_cast<std::ptrdiff_t>(i), all.begin() + static_cast<std::ptrdiff_t>(j));
    stage(doc);
    const std::uint32_t last = all[j - 1].last;
    progress(DocumentProgress{name, j == all.size() ? total : last ? doc.tokens[last - 1].end : 0, total});
    i = j;
  }
}

}  // namespace

std::uint32_t Pipeline::annotate(Document& doc, const ProgressCallback& progress) const {
  const Stages& s = *stages_;
  if (s.options.pretokenized) tokenize_pretokenized(doc);
  else s.tokenizer.tokenize(doc);
  if (s.sentences) s.sentences->split(doc);
  const std::uint32_t split = cap_sentences(doc);
  if (progress) progress(DocumentProgress{"tokenize", doc.text.size(), doc.text.size()});
  by_slices(doc, "tag", progress, [&](Document& d) { s.tagger->tag(d); });
  // A name the splitter cut ("Uppsala Life | Institute will ..."): joined, and tagged again.
  if (auto joined = nlp::rejoin_split_names(doc); !joined.empty()) {
    std::vector<nlp::Sentence> all = std::move(doc.sentences);
    doc.sentences = std::move(joined);
    s.tagger->tag(doc);
    doc.sentences = std::move(all);
  }
  repair_verbless_sentences(doc, s.lemmatizer.get(), s.tagger.get(), &s.gerund_verbs, &s.clause_marks, &s.name_particles);
  s.lemmatizer->lemmatize(doc);
  if (s.parser) by_slices(doc, "parse", progress, [&](Document& d) { s.parser->parse(d); });
  return split;
}

PipelineOutput Pipeline::process(Document& doc, const ProgressCallback& progress) const {
  const std::uint32_t split = annotate(doc, progress);
  PipelineOutput out;
  out.long_sentences_split = split;
  // The mention finder's sentences, told every 4,096 tokens or so (then coreference and the
  // clauses, which take a fraction of that time, at "extract 100%").
  nlp::SentenceProgress sentences;
  std::uint32_t told = 0;
  if (progress)
    sentences = [&](std::uint32_t done) {
      const std::uint32_t next = done < doc.sentences.size() ? doc.sentences[done].first : static_cast<std::uint32_t>(doc.tokens.size());
      if (done != 0 && done != doc.sentences.size() && next - told < 4096) return;
      told = next;
      progress(DocumentProgress{"extract", next < doc.tokens.size() ? doc.tokens[next].begin : doc.text.size(), doc.text.size()});
    };
  std::vector<std::string> rules;
  out.triples = stages_->clause ? stages_->clause->extract(doc, &rules, sentences)
                                : stages_->pattern->extract(doc, &rules, sentences);
  // The document's day, title and url travel with every triple and mention (evidence, JSONL, graph).
  const nlp::DocumentDate date = nlp::document_date(doc);
  const auto meta = [&](const char* key) {
    const auto it = doc.metadata.find(key);
    return it == doc.metadata.end() ? std::string() : it->second;
  };
  const std::string title = meta("title"), url = meta("url");
  for (auto& t : out.triples) {
    t.evidence.date = date.date;
    t.evidence.title = title;
    t.evidence.url = url;
  }
  out.mentions.reserve(doc.mentions.size());
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    const auto& m = doc.mentions[i];
    const auto b = doc.tokens[m.first].begin, e = doc.tokens[m.last - 1].end;
    out.mentions.push_back(core::EntityMention{
        core::EntityRef{m.canonical, m.type, doc.text.substr(b, e - b), i < rules.size() ? rules[i] : std::string()},
        doc.id, date.date});
  }
  return out;
}

}  // namespace ergraph::extract
