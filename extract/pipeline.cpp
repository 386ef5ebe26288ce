#include "extract/pipeline.h"

#include "core/error.h"
#include "extract/clause_extractor.h"
#include "extract/clauses.h"
#include "extract/lemmatizer.h"
#include "extract/parser.h"
#include "extract/pattern_extractor.h"
#include "extract/tagger.h"
#include "extract/tokenizer.h"

namespace ergraph::extract {

struct Pipeline::Stages {
  PipelineOptions options;
  Tokenizer tokenizer;
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
  s.tagger = Tagger::load(models_dir / kTaggerModel);
  s.lemmatizer = Lemmatizer::load(models_dir / kLemmaTable);
  if (options.extractor == ExtractorKind::Pattern) {
    s.pattern = PatternExtractor::load(models_dir / kGazetteer);
  } else {
    s.parser = Parser::load(models_dir / kParserModel);
    s.clause = ClauseExtractor::load(models_dir / kGazetteer, ClauseOptions{options.concepts});
  }
  return p;
}

bool Pipeline::parses() const { return stages_->parser != nullptr; }

void Pipeline::annotate(Document& doc) const {
  if (stages_->options.pretokenized) tokenize_pretokenized(doc);
  else stages_->tokenizer.tokenize(doc);
  stages_->tagger->tag(doc);
  stages_->lemmatizer->lemmatize(doc);
  if (stages_->parser) stages_->parser->parse(doc);
}

PipelineOutput Pipeline::process(Document& doc) const {
  annotate(doc);
  PipelineOutput out;
  out.triples = stages_->clause ? stages_->clause->extract(doc) : stages_->pattern->extract(doc);
  out.mentions.reserve(doc.mentions.size());
  for (const auto& m : doc.mentions) {
    const auto b = doc.tokens[m.first].begin, e = doc.tokens[m.last - 1].end;
    out.mentions.push_back(core::EntityMention{
        core::EntityRef{m.canonical, m.type, doc.text.substr(b, e - b)}, doc.id});
  }
  return out;
}

std::vector<std::vector<OpenExtraction>> Pipeline::open_extract(Document& doc,
                                                                const std::vector<std::string>* display) const {
  if (!stages_->parser) throw ModelError("E430", "Open IE output needs the parser (use the clause extractor)", "");
  annotate(doc);
  std::vector<std::vector<OpenExtraction>> out(doc.sentences.size());
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (doc.sentences[s].size() == 0) continue;
    ParsedSentence ps(doc, s);
    ps.set_display(display);
    out[s] = open_extractions(ps, find_clauses(ps));
  }
  return out;
}

}  // namespace ergraph::extract
