#pragma once
// Hand-built triples for the graph tests.
#include <string>

#include "core/triple.h"

namespace ergraph::test {

struct TripleSpec {
  std::string subject;
  std::string relation;
  std::string object;
  std::string doc = "d1";
  std::uint32_t sentence = 0;
  double confidence = 0.5;
  core::EntityType subject_type = core::EntityType::Person;
  core::EntityType object_type = core::EntityType::Person;
  std::string subject_mention = {};  // defaults to the name
  core::Polarity polarity = core::Polarity::Positive;
  core::Modality modality = core::Modality::Asserted;
  std::string attribution = {};
};

inline core::Triple make_triple(const TripleSpec& s) {
  core::Triple t;
  t.subject = {s.subject, s.subject_type, s.subject_mention.empty() ? s.subject : s.subject_mention, {}};
  t.relation = s.relation;
  t.relation_text = s.relation;
  t.object = {s.object, s.object_type, s.object, {}};
  t.confidence = s.confidence;
  t.evidence.doc_id = s.doc;
  t.evidence.sentence = s.sentence;
  t.evidence.begin = s.sentence * 100;
  t.evidence.end = s.sentence * 100 + 40;
  t.evidence.sentence_text = s.subject + " " + s.relation + " " + s.object + ".";
  t.polarity = s.polarity;
  t.modality = s.modality;
  if (s.modality == core::Modality::Hedged) t.hedge = "may";
  t.attribution = s.attribution;
  return t;
}

/// make_triple() with the article's day (and, when `with_title`, a title and url naming the document).
inline core::Triple dated_triple(const TripleSpec& s, const std::string& date, bool with_title = false) {
  core::Triple t = make_triple(s);
  t.evidence.date = date;
  if (with_title) {
    t.evidence.title = "Title of " + s.doc;
    t.evidence.url = "https://example.org/" + s.doc;
  }
  return t;
}

}  // namespace ergraph::test
