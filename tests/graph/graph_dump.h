#pragma once
// A complete text dump of a KnowledgeGraph, for comparing graphs in the graph tests.
#include <cstdio>
#include <string>

#include "graph/knowledge_graph.h"

namespace ergraph::test {

inline std::string join_set(const std::set<std::string>& s) {
  std::string out;
  for (const auto& x : s) out += x + ",";
  return out;
}

inline std::string fmt_double(double d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  return buf;
}

/// Everything a graph holds, in listing order. With `indices`, also the dense indices.
inline std::string dump(const graph::KnowledgeGraph& g, bool indices) {
  std::string out;
  for (graph::NodeIndex n : g.nodes()) {
    const graph::NodeData& d = g.node(n);
    if (indices) out += std::to_string(n) + " ";
    out += d.id + "|" + d.label + "|" + core::to_string(d.type) + "|" + std::to_string(d.mentions) + "|" +
           join_set(d.documents) + "|" + join_set(d.aliases) + "\n";
  }
  for (graph::EdgeIndex e : g.edges()) {
    const graph::EdgeData& d = g.edge(e);
    if (indices) out += std::to_string(e) + " ";
    out += d.id + "|" + g.node(g.source(e)).id + "|" + d.relation + "|" + g.node(g.target(e)).id + "|" +
           std::to_string(d.count) + "|" + fmt_double(d.confidence) + "|" + join_set(d.documents) + "|" +
           core::to_string(d.polarity) + "|" + core::to_string(d.modality) + "|" + std::to_string(d.hedged) + "|" +
           join_set(d.attributions) + "\n";
    for (const auto& ev : d.evidence)
      out += "  " + ev.doc_id + ":" + std::to_string(ev.sentence) + ":" + std::to_string(ev.begin) + "-" +
             std::to_string(ev.end) + ":" + ev.text + ":" + fmt_double(ev.confidence) + ":" + ev.relation_text + ":" +
             core::to_string(ev.modality) + ":" + ev.hedge + ":" + ev.attribution + "\n";
  }
  return out;
}

}  // namespace ergraph::test
