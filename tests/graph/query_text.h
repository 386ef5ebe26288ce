#pragma once
// Query answers as text, for comparing the answers of two ways of reading one graph (the whole
// graph against graph.index or a GraphML index) in the tests.
#include <string>
#include <vector>

#include "graph/path.h"

namespace ergraph::test {

/// Each path: its confidence, then every hop's node ids and usable edges (id, direction and how
/// many evidence items the edge carries).
inline std::string paths_text(const graph::KnowledgeGraph& g, const std::vector<graph::Path>& ps) {
  std::string out;
  for (const auto& p : ps) {
    out += std::to_string(p.confidence) + ":";
    for (const auto& h : p.hops) {
      out += " " + g.node(h.from).id + ">" + g.node(h.to).id + "[";
      for (const auto& e : h.edges)
        out += g.edge(e.edge).id + (e.forward ? "+" : "-") + std::to_string(g.edge(e.edge).evidence.size());
      out += "]";
    }
    out += "\n";
  }
  return out;
}

/// Each neighbour: its id, depth, the node it was reached from and the usable edges between them.
inline std::string neighbors_text(const graph::KnowledgeGraph& g, const std::vector<graph::Neighbor>& ns) {
  std::string out;
  for (const auto& n : ns) {
    out += g.node(n.node).id + "@" + std::to_string(n.depth) + "<" + g.node(n.via).id + "[";
    for (const auto& e : n.edges) out += g.edge(e.edge).id + (e.forward ? "+" : "-");
    out += "]\n";
  }
  return out;
}

}  // namespace ergraph::test
