#include "extract/pipeline.h"

#include "extract/lemmatizer.h"
#include "extract/pattern_extractor.h"
#include "extract/tagger.h"
#include "extract/tokenizer.h"

namespace ergraph::extract {

struct Pipeline::Stages {
  Tokenizer tokenizer;
  std::unique_ptr<Tagger> tagger;
  std::unique_ptr<Lemmatizer> lemmatizer;
  std::unique_ptr<PatternExtractor> extractor;
};

Pipeline::Pipeline() : stages_(std::make_unique<Stages>()) {}
Pipeline::~Pipeline() = default;

std::unique_ptr<Pipeline> Pipeline::load(const std::filesystem::path& models_dir) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->stages_->tagger = Tagger::load(models_dir / kTaggerModel);
  p->stages_->lemmatizer = Lemmatizer::load(models_dir / kLemmaTable);
  p->stages_->extractor = PatternExtractor::load(models_dir / kGazetteer);
  return p;
}

void Pipeline::annotate(Document& doc) const {
  stages_->tokenizer.tokenize(doc);
  stages_->tagger->tag(doc);
  stages_->lemmatizer->lemmatize(doc);
}

PipelineOutput Pipeline::process(Document& doc) const {
  annotate(doc);
  PipelineOutput out;
  out.triples = stages_->extractor->extract(doc);
  out.mentions.reserve(doc.mentions.size());
  for (const auto& m : doc.mentions) {
    const auto b = doc.tokens[m.first].begin, e = doc.tokens[m.last - 1].end;
    out.mentions.push_back(core::EntityMention{
        core::EntityRef{m.canonical, m.type, doc.text.substr(b, e - b)}, doc.id});
  }
  return out;
}

}  // namespace ergraph::extract
