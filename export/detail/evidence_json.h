#pragma once
/// @file evidence_json.h
/// An edge's kept evidence as a JSON array (internal to export/): the GraphML key `evidence_items`
/// and the viewer's data. One object per item, keys always present:
///   {"doc": "wire-0412", "sentence": 0, "begin": 0, "end": 58, "text": "...", "date": "2025-04-12",
///    "title": "...", "url": "...", "relation_text": "signed", "factuality": "CT+",
///    "hedge": "", "attribution": "", "confidence": 0.7}
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace ergraph::exporter::detail {

std::string evidence_to_json(const std::vector<graph::Evidence>& items);

/// Parses what evidence_to_json() wrote (unknown keys ignored, missing ones default). False with
/// `error` set on malformed JSON or a value of the wrong kind.
bool evidence_from_json(std::string_view json, std::vector<graph::Evidence>& out, std::string& error);

}  // namespace ergraph::exporter::detail
