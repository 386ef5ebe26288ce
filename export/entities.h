#pragma once
/// @file entities.h
/// entities.jsonl (`ergraph build`) and the listing of `ergraph entities`: every node with its
/// surface forms, the rule that resolved each, its mention count and its documents.
#include <iosfwd>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace ergraph::exporter {

/// The nodes in listing order: by label ignoring ASCII case, then label, type, scope and id.
std::vector<graph::NodeIndex> entity_order(const graph::KnowledgeGraph& g);

/// A node's surface forms, most seen first (then by text, then rule).
std::vector<std::pair<graph::SurfaceForm, std::uint32_t>> forms_by_count(const graph::NodeData& n);

/// One node as a JSON object, keys in this order: "id", "name", "type", "document" (only for a
/// CONCEPT node: the one article it belongs to), "mentions", "documents" (sorted ids),
/// "surface_forms" ([{"text", "count", "rule"}], as forms_by_count() orders them). `pretty`
/// indents it.
std::string entity_json(const graph::NodeData& n, bool pretty = false);

/// entities.jsonl: entity_json() of every node, one per line, in entity_order().
void write_entities_jsonl(const graph::KnowledgeGraph& g, std::ostream& out);

}  // namespace ergraph::exporter
