#pragma once
/// @file layout.h
/// A force-directed layout for the HTML viewer (internal to export/): Fruchterman-Reingold with
/// repulsion only between nodes closer than two edge lengths (a grid of cells finds them, so an
/// iteration costs about O(nodes + edges)), a weak pull to the centre that keeps components
/// together, and a fixed, capped number of iterations. No randomness: the start is a
/// golden-angle spiral in node order, so the same input gives the same positions.
#include <cstddef>
#include <utility>
#include <vector>

namespace ergraph::exporter::detail {

struct Point {
  double x = 0, y = 0;
};

/// Positions of nodes 0..n-1 joined by `edges` (pairs of node indexes < n; self-loops and
/// repeats allowed). `iterations` 0 picks a count by size (300 up to 2000 nodes, then fewer,
/// at least 40).
std::vector<Point> force_layout(std::size_t n, const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                                std::size_t iterations = 0);

/// The spacing the layout aims for between joined nodes.
inline constexpr double kEdgeLength = 60;

}  // namespace ergraph::exporter::detail
