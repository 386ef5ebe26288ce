#pragma once
/// @file style.h
/// How entity types and edge stances look, shared by the DOT, GEXF and diagram writers (internal
/// to export/), so a legend means the same in every output.
#include <cstdint>
#include <string_view>

#include "core/triple.h"
#include "graph/knowledge_graph.h"

namespace ergraph::exporter::detail {

struct TypeStyle {
  std::string_view dot_shape;   ///< Graphviz node shape
  std::string_view gexf_shape;  ///< GEXF viz:shape (disc, square, triangle, diamond)
  std::string_view fill;        ///< "#RRGGBB"
  std::uint8_t r, g, b;
};

inline TypeStyle style_of(core::EntityType t) {
  switch (t) {
    case core::EntityType::Person: return {"ellipse", "disc", "#AED6F1", 0xAE, 0xD6, 0xF1};
    case core::EntityType::Org: return {"box", "square", "#F9E79F", 0xF9, 0xE7, 0x9F};
    case core::EntityType::Gpe: return {"hexagon", "diamond", "#A9DFBF", 0xA9, 0xDF, 0xBF};
    case core::EntityType::Loc: return {"house", "triangle", "#F5CBA7", 0xF5, 0xCB, 0xA7};
    case core::EntityType::Misc: return {"note", "square", "#D7DBDD", 0xD7, 0xDB, 0xDD};
    case core::EntityType::Concept: return {"ellipse", "disc", "#FFFFFF", 0xFF, 0xFF, 0xFF};
  }
  return {"note", "square", "#D7DBDD", 0xD7, 0xDB, 0xDD};
}

/// Every type in legend order.
inline constexpr core::EntityType kLegendTypes[] = {core::EntityType::Person, core::EntityType::Org,
                                                    core::EntityType::Gpe,    core::EntityType::Loc,
                                                    core::EntityType::Misc,   core::EntityType::Concept};

/// "dashed" for a negated edge, "dotted" for a hedged one (negated wins), "" (solid) otherwise.
inline std::string_view edge_line(const graph::EdgeData& e) {
  if (e.polarity == core::Polarity::Negative) return "dashed";
  if (e.modality == core::Modality::Hedged) return "dotted";
  return {};
}

/// "not take-side-with" for a negated edge, else the relation.
inline std::string edge_label(const graph::EdgeData& e) {
  return e.polarity == core::Polarity::Negative ? "not " + e.relation : e.relation;
}

}  // namespace ergraph::exporter::detail
