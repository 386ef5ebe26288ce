#include "extract/pipeline.h"

#include "nlp/dates.h"

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
  if (options.learned_sentences && !options.pretokenized)
    s.sentences = std::make_unique<SentenceSplitter>(SentenceSplitter::load(models_dir / kSentenceModelFile));
  s.tagger = Tagger::load(models_dir / kTaggerModel);
  s.lemmatizer = Lemmatizer::load(models_dir / kLemmaTable);
  const nlp::Lexicon lexicon = nlp::Lexicon::load(models_dir / nlp::kLexiconFolder);
  entities::MentionFinder mentions = entities::MentionFinder::load(models_dir, lexicon, options.mentions);
  if (options.extractor == ExtractorKind::Pattern) {
    s.pattern = std::make_unique<PatternExtractor>(std::move(mentions), lexicon);
  } else {
    s.parser = Parser::load(models_dir / kParserModel);
    s.clause = std::make_unique<ClauseExtractor>(
        std::move(mentions), lexicon, ClauseOptions{options.concepts},
        std::make_shared<const entities::CoreferenceResolver>(entities::CoreferenceResolver::load(models_dir, lexicon)));
  }
  return p;
}

bool Pipeline::parses() const { return stages_->parser != nullptr; }

const entities::MentionFinder& Pipeline::mentions() const {
  return stages_->clause ? stages_->clause->mentions() : stages_->pattern->mentions();
}

void Pipeline::annotate(Document& doc) const {
  if (stages_->options.pretokenized) tokenize_pretokenized(doc);
  else stages_->tokenizer.tokenize(doc);
  if (stages_->sentences) stages_->sentences->split(doc);
  stages_->tagger->tag(doc);
  repair_verbless_sentences(doc, stages_->lemmatizer.get());
  stages_->lemmatizer->lemmatize(doc);
  if (stages_->parser) stages_->parser->parse(doc);
}

PipelineOutput Pipeline::process(Document& doc) const {
  annotate(doc);
  PipelineOutput out;
  std::vector<std::string> rules;
  out.triples = stages_->clause ? stages_->clause->extract(doc, &rules) : stages_->pattern->extract(doc, &rules);
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
