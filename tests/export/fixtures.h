#pragma once
// Graphs and helpers shared by the export tests (header only; not a test file itself).
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/triple.h"
#include "graph/knowledge_graph.h"

namespace ergraph::test {

inline core::Triple make_triple(std::string subject, core::EntityType st, std::string subject_mention,
                                std::string relation, std::string relation_text, std::string object,
                                core::EntityType ot, std::string doc, std::uint32_t sentence,
                                std::uint32_t begin, std::uint32_t end, std::string text,
                                double confidence) {
  core::Triple t;
  t.subject = {std::move(subject), st, std::move(subject_mention)};
  t.relation = std::move(relation);
  t.relation_text = std::move(relation_text);
  t.object.name = std::move(object);
  t.object.type = ot;
  t.object.mention = t.object.name;
  t.confidence = confidence;
  t.evidence = {std::move(doc), sentence, begin, end, std::move(text)};
  return t;
}

/// The golden sample: six triples from two documents (each the sentences joined by one space),
/// in document order; spans are byte offsets in those documents.
inline std::vector<core::Triple> sample_triples() {
  using core::EntityType;
  constexpr auto P = EntityType::Person;
  constexpr auto G = EntityType::Gpe;
  const std::string s1 = "Vladimir Putin held a phone call with Xi Jinping on Monday.";
  const std::string s2 = "Putin, the president of Russia, praised the \"no limits\" partnership.";
  const std::string s3 = "Officials said China sold dual-use goods to Russia & its allies.";
  const std::string s4 = "President Putin held a phone call with Xi Jinping again.";
  const std::string s5 = "Xi Jinping, president of China, visited Moscow.";
  const std::string s6 = "The United States accused China of selling dual-use goods to Russia.";
  std::vector<core::Triple> out;
  out.push_back(make_triple("Vladimir Putin", P, "Vladimir Putin", "hold phone call with",
                            "held a phone call with", "Xi Jinping", P, "doc-a", 0, 0, 48, s1, 0.9));
  out.push_back(make_triple("Vladimir Putin", P, "Putin", "president of", "the president of", "Russia", G,
                            "doc-a", 1, 60, 90, s2, 0.8));
  out.push_back(make_triple("China", G, "China", "sell dual-use goods to", "sold dual-use goods to", "Russia",
                            G, "doc-a", 2, 144, 179, s3, 0.7));
  out.push_back(make_triple("Vladimir Putin", P, "President Putin", "hold phone call with",
                            "held a phone call with", "Xi Jinping", P, "doc-b", 0, 0, 49, s4, 0.6));
  out.push_back(make_triple("Xi Jinping", P, "Xi Jinping", "president of", "president of", "China", G,
                            "doc-b", 1, 57, 87, s5, 0.85));
  out.push_back(make_triple("United States", G, "The United States", "accuse", "accused", "China", G,
                            "doc-b", 2, 105, 136, s6, 0.75));
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

/// A graph with those labels, built through insert_node/insert_edge so nothing is normalized.
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
    g.insert_node(std::move(n));
  }
  for (std::size_t i = 0; i + 1 < labels.size(); ++i) {
    const auto s = *g.find_node(graph::node_id(labels[i], static_cast<core::EntityType>(i % 5)));
    const auto t = *g.find_node(graph::node_id(labels[i + 1], static_cast<core::EntityType>((i + 1) % 5)));
    graph::EdgeData e;
    e.relation = i % 3 == 0 ? "say \"no\" to <" + std::to_string(i) + ">" : "rel & " + labels[i + 1];
    e.id = graph::edge_id(g.node(s).id, e.relation, g.node(t).id);
    e.count = static_cast<std::uint32_t>(1 + i * 7);
    e.confidence = 0.123456 + 0.05 * static_cast<double>(i);
    e.documents = {"doc <" + std::to_string(i % 3) + ">"};
    e.evidence.push_back({"doc <" + std::to_string(i % 3) + ">", static_cast<std::uint32_t>(i), 3, 40,
                          "He said \"x < y & z\"\r\nand\tthen \\n left.", 0.5});
    g.insert_edge(s, t, std::move(e));
  }
  return g;
}

/// True if `program` is on the PATH (or an absolute path that exists).
inline bool have_program(const std::string& program) {
  return std::system(("command -v '" + program + "' >/dev/null 2>&1").c_str()) == 0;
}

/// Runs a shell command; returns its exit status (-1 if it could not run).
inline int run(const std::string& command) {
  const int status = std::system(command.c_str());
  if (status == -1) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

inline std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

}  // namespace ergraph::test
