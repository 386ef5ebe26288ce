#pragma once
// Graphs and helpers shared by the export tests (header only; not a test file itself).
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/triple.h"
#include "export/detail/escape.h"
#include "graph/knowledge_graph.h"
#include "support/test_support.h"

namespace ergraph::test {

/// What survives XML 1.0: control characters and invalid UTF-8 become U+FFFD.
inline std::string xml_survivor(const std::string& raw) {
  std::string out;
  for (char c : exporter::detail::valid_utf8(raw)) {
    if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') out += "\xEF\xBF\xBD";
    else out += c;
  }
  return out;
}


inline core::Triple make_triple(std::string subject, core::EntityType st, std::string subject_mention,
                                std::string relation, std::string relation_text, std::string object,
                                core::EntityType ot, std::string doc, std::uint32_t sentence,
                                std::uint32_t begin, std::uint32_t end, std::string text,
                                double confidence) {
  core::Triple t;
  t.subject = {std::move(subject), st, std::move(subject_mention), {}};
  t.relation = std::move(relation);
  t.relation_text = std::move(relation_text);
  t.object.name = std::move(object);
  t.object.type = ot;
  t.object.mention = t.object.name;
  t.confidence = confidence;
  t.evidence = {std::move(doc), sentence, begin, end, std::move(text), {}, {}, {}};
  return t;
}

/// Byte offset of sentence `i` in a document made of `sentences` joined by one space.
inline std::uint32_t sentence_offset(const std::vector<std::string>& sentences, std::size_t i) {
  std::size_t at = 0;
  for (std::size_t k = 0; k < i; ++k) at += sentences[k].size() + 1;
  return static_cast<std::uint32_t>(at);
}

/// The span of the first `needle` at or after byte `from` of sentence `i`, in document offsets.
inline core::Span span_in(const std::vector<std::string>& sentences, std::size_t i, const std::string& needle,
                          std::size_t from = 0) {
  const std::size_t at = sentences[i].find(needle, from);
  if (at == std::string::npos) throw std::logic_error("fixture: '" + needle + "' not in sentence");
  const std::uint32_t base = sentence_offset(sentences, i);
  return {static_cast<std::uint32_t>(base + at), static_cast<std::uint32_t>(base + at + needle.size())};
}

/// A triple read from sentence `i` of a document: the evidence span runs from the subject mention
/// to the object mention; the three spans locate the mentions and the relation text.
inline core::Triple sample_triple(const std::vector<std::string>& doc, const std::string& doc_id, std::size_t i,
                                  std::string subject, core::EntityType st, std::string subject_mention,
                                  std::string relation, std::string relation_text, std::string object,
                                  core::EntityType ot, std::string object_mention, double confidence) {
  core::Triple t = make_triple(std::move(subject), st, subject_mention, std::move(relation), relation_text,
                               std::move(object), ot, doc_id, static_cast<std::uint32_t>(i), 0, 0, doc[i],
                               confidence);
  t.object.mention = object_mention;
  t.subject_span = span_in(doc, i, subject_mention);
  const std::size_t after_subject = t.subject_span.end - sentence_offset(doc, i);
  t.relation_span = span_in(doc, i, relation_text, after_subject);
  t.object_span = span_in(doc, i, object_mention, after_subject);
  t.evidence.begin = t.subject_span.begin;
  t.evidence.end = t.object_span.end;
  return t;
}

/// The golden sample: nine triples from two documents (each the sentences joined by one space),
/// in document order; spans are byte offsets in those documents. Among them one relation stated
/// both ways ("China has taken sides with Russia" / "does not take sides with"), the denied one
/// attributed to the Kremlin, and one hedged relation ("may meet"), attributed to TASS.
inline std::vector<core::Triple> sample_triples() {
  using core::EntityType;
  constexpr auto P = EntityType::Person;
  constexpr auto G = EntityType::Gpe;
  const std::vector<std::string> a = {
      "Vladimir Putin held a phone call with Xi Jinping on Monday.",
      "Putin, the president of Russia, praised the \"no limits\" partnership.",
      "Officials said China sold dual-use goods to Russia & its allies.",
      "Analysts say China has taken sides with Russia."};
  const std::vector<std::string> b = {
      "President Putin held a phone call with Xi Jinping again.",
      "Xi Jinping, president of China, visited Moscow.",
      "The United States accused China of selling dual-use goods to Russia.",
      "China does not take sides with Russia, the Kremlin said.",
      "Xi Jinping may meet Vladimir Putin in Moscow next month, TASS reported."};
  std::vector<core::Triple> out;
  // The rule that resolved each surface form, as the extractors set it.
  const auto with_rules = [](core::Triple t) {
    for (core::EntityRef* r : {&t.subject, &t.object}) {
      if (r->mention == r->name || r->mention == "The " + r->name) r->rule = "exact";
      else if (r->mention.rfind("President ", 0) == 0) r->rule = "title";
      else r->rule = "surname";
    }
    return t;
  };
  out.push_back(sample_triple(a, "doc-a", 0, "Vladimir Putin", P, "Vladimir Putin", "hold-phone-call-with",
                              "held a phone call with", "Xi Jinping", P, "Xi Jinping", 0.9));
  out.push_back(sample_triple(a, "doc-a", 1, "Vladimir Putin", P, "Putin", "president-of", "the president of",
                              "Russia", G, "Russia", 0.8));
  out.push_back(sample_triple(a, "doc-a", 2, "China", G, "China", "sell-dual-use-goods-to", "sold dual-use goods to",
                              "Russia", G, "Russia", 0.7));
  out.push_back(sample_triple(a, "doc-a", 3, "China", G, "China", "take-side-with", "has taken sides with", "Russia",
                              G, "Russia", 0.6));
  out.push_back(sample_triple(b, "doc-b", 0, "Vladimir Putin", P, "President Putin", "hold-phone-call-with",
                              "held a phone call with", "Xi Jinping", P, "Xi Jinping", 0.6));
  out.push_back(sample_triple(b, "doc-b", 1, "Xi Jinping", P, "Xi Jinping", "president-of", "president of", "China",
                              G, "China", 0.85));
  out.push_back(sample_triple(b, "doc-b", 2, "United States", G, "The United States", "accuse", "accused", "China", G,
                              "China", 0.75));
  core::Triple denied = sample_triple(b, "doc-b", 3, "China", G, "China", "take-side-with",
                                      "does not take sides with", "Russia", G, "Russia", 0.7);
  denied.polarity = core::Polarity::Negative;
  denied.factuality = core::Factuality::CertainNeg;
  denied.source_chain = {"Kremlin"};
  denied.attribution = "Kremlin";
  out.push_back(std::move(denied));
  core::Triple hedged = sample_triple(b, "doc-b", 4, "Xi Jinping", P, "Xi Jinping", "meet", "may meet",
                                      "Vladimir Putin", P, "Vladimir Putin", 0.5);
  hedged.modality = core::Modality::Hedged;
  hedged.hedge = "may";
  hedged.factuality = core::Factuality::PossiblePos;
  hedged.source_chain = {"TASS"};
  hedged.attribution = "TASS";
  out.push_back(std::move(hedged));
  for (core::Triple& t : out) t = with_rules(std::move(t));
  return out;
}

inline graph::KnowledgeGraph sample_graph() {
  graph::KnowledgeGraph g;
  for (const auto& t : sample_triples()) g.add(t);
  g.finalize();
  return g;
}

/// One tricky label per trap: markup, quotes, DOT/GraphML keywords, ports, backslash escapes,
/// non-ASCII, a newline, a control character, leading/trailing spaces.
inline std::vector<std::string> tricky_labels() {
  return {"AT&T <Holdings>", "Say \"Hi\" Ltd", "graph", "node", "digraph", "strict", "edge",
          "a:b", "C:\\Temp\\", "\\N \\G \\n", "Zürich – 北京 – Москва", "Line one\nLine two",
          "bell\x07here", "  padded  ", "O'Brien & Sons"};
}

/// A graph with those labels, built through insert_node/insert_edge so nothing is normalized;
/// edges cycle through positive/negative and asserted/hedged.
inline graph::KnowledgeGraph tricky_graph() {
  graph::KnowledgeGraph g;
  const auto labels = tricky_labels();
  std::vector<graph::NodeIndex> nodes;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    graph::NodeData n;
    n.label = labels[i];
    n.type = static_cast<core::EntityType>(i % 5);
    n.id = graph::node_id(n.label, n.type);
    n.mentions = static_cast<std::uint32_t>(i + 1);
    n.documents = {"doc <" + std::to_string(i % 3) + ">", "d&" + std::to_string(i % 2)};
    if (i % 4 == 0) n.aliases = {"alias \"" + std::to_string(i) + "\"", "Ålias"};
    // Surface forms whose text holds the list separator, brackets and digits: read back from the right.
    if (i % 4 == 0)
      n.forms = {{{"alias \"" + std::to_string(i) + "\"", "gazetteer"}, 2},
                 {{"A | b [c] 3", "title"}, static_cast<std::uint32_t>(i + 1)},
                 {{labels[i], "exact"}, 1}};
    g.insert_node(std::move(n));
  }
  for (std::size_t i = 0; i + 1 < labels.size(); ++i) {
    const auto s = *g.find_node(graph::node_id(labels[i], static_cast<core::EntityType>(i % 5)));
    const auto t = *g.find_node(graph::node_id(labels[i + 1], static_cast<core::EntityType>((i + 1) % 5)));
    graph::EdgeData e;
    e.relation = i % 3 == 0 ? "say \"no\" to <" + std::to_string(i) + ">" : "rel & " + labels[i + 1];
    e.count = static_cast<std::uint32_t>(1 + i * 7);
    // Every combination of polarity and modality; some edges attributed, with markup in a name.
    if (i % 4 == 1 || i % 4 == 3) e.polarity = core::Polarity::Negative;
    if (i % 4 >= 2) {
      e.modality = core::Modality::Hedged;
      e.hedged = e.count;
    }
    if (i % 3 == 1) e.attributions = {"Kremlin", "TASS & <RIA> \"Novosti\""};
    e.id = graph::edge_id(g.node(s).id, e.relation, g.node(t).id, e.polarity);
    e.confidence = 0.123456 + 0.05 * static_cast<double>(i);
    e.documents = {"doc <" + std::to_string(i % 3) + ">"};
    graph::Evidence ev;
    ev.doc_id = "doc <" + std::to_string(i % 3) + ">";
    ev.sentence = static_cast<std::uint32_t>(i);
    ev.begin = 3;
    ev.end = 40;
    ev.text = "He said \"x < y & z\"\r\nand\tthen \\n left.";
    ev.confidence = 0.5;
    e.evidence.push_back(std::move(ev));
    g.insert_edge(s, t, std::move(e));
  }
  return g;
}

/// Edge data with only the id, relation, count and confidence set (positive, asserted).
inline graph::EdgeData edge_data(std::string id, std::string relation, std::uint32_t count, double confidence) {
  graph::EdgeData e;
  e.id = std::move(id);
  e.relation = std::move(relation);
  e.count = count;
  e.confidence = confidence;
  return e;
}

}  // namespace ergraph::test
