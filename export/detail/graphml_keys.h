#pragma once
/// @file graphml_keys.h
/// The GraphML keys ergraph writes and reads (internal to export/).
///
/// GraphML key ids must be unique across domains (XSD `key_id_key`), so node keys use
/// id = attr.name and edge keys id = "e_" + attr.name; readers match on attr.name.
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace ergraph::exporter::detail {

enum class KeyDomain { Node, Edge };

struct GraphmlKey {
  KeyDomain domain;
  std::string_view id;    ///< NMTOKEN, unique in the file
  std::string_view name;  ///< attr.name: what networkx and Gephi show
  std::string_view type;  ///< attr.type: boolean/int/long/float/double/string
};

inline constexpr std::array<GraphmlKey, 31> kGraphmlKeys{{
    {KeyDomain::Node, "label", "label", "string"},
    {KeyDomain::Node, "type", "type", "string"},
    {KeyDomain::Node, "mentions", "mentions", "int"},
    {KeyDomain::Node, "documents", "documents", "int"},
    {KeyDomain::Node, "doc_ids", "doc_ids", "string"},
    {KeyDomain::Node, "aliases", "aliases", "string"},
    {KeyDomain::Node, "forms", "forms", "string"},
    {KeyDomain::Node, "scope", "scope", "string"},
    {KeyDomain::Node, "first_seen", "first_seen", "string"},
    {KeyDomain::Node, "last_seen", "last_seen", "string"},
    {KeyDomain::Edge, "e_label", "label", "string"},
    {KeyDomain::Edge, "e_weight", "weight", "double"},
    {KeyDomain::Edge, "e_count", "count", "int"},
    {KeyDomain::Edge, "e_confidence", "confidence", "double"},
    {KeyDomain::Edge, "e_polarity", "polarity", "string"},
    {KeyDomain::Edge, "e_modality", "modality", "string"},
    {KeyDomain::Edge, "e_hedged", "hedged", "int"},
    {KeyDomain::Edge, "e_factuality", "factuality", "string"},
    {KeyDomain::Edge, "e_attribution", "attribution", "string"},
    {KeyDomain::Edge, "e_documents", "documents", "int"},
    {KeyDomain::Edge, "e_doc_ids", "doc_ids", "string"},
    {KeyDomain::Edge, "e_evidence", "evidence", "string"},
    {KeyDomain::Edge, "e_evidence_doc", "evidence_doc", "string"},
    {KeyDomain::Edge, "e_evidence_sentence", "evidence_sentence", "int"},
    {KeyDomain::Edge, "e_evidence_date", "evidence_date", "string"},
    {KeyDomain::Edge, "e_evidence_title", "evidence_title", "string"},
    {KeyDomain::Edge, "e_evidence_url", "evidence_url", "string"},
    {KeyDomain::Edge, "e_evidence_items", "evidence_items", "string"},
    {KeyDomain::Edge, "e_first_seen", "first_seen", "string"},
    {KeyDomain::Edge, "e_last_seen", "last_seen", "string"},
    {KeyDomain::Edge, "e_dates", "dates", "string"},
}};

/// Separator of multi-valued fields (doc_ids, aliases).
inline constexpr std::string_view kListSeparator = " | ";
/// A node's surface forms: items "TEXT [RULE] COUNT" joined by kListSeparator
/// ("President Putin [title] 2 | Putin [surname] 3"); read back from the right.
std::string format_forms(const std::map<graph::SurfaceForm, std::uint32_t>& forms);
/// The forms written by format_forms(); false if an item is not "TEXT [RULE] COUNT".
bool parse_forms(std::string_view s, std::map<graph::SurfaceForm, std::uint32_t>& out);

/// Separator of the edge's attributions ("Kremlin; TASS").
inline constexpr std::string_view kAttributionSeparator = "; ";

}  // namespace ergraph::exporter::detail
