#include "export/detail/layout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

namespace ergraph::exporter::detail {
namespace {

using Cell = std::pair<std::int64_t, std::int64_t>;

Cell cell_of(const Point& p, double size) {
  return {static_cast<std::int64_t>(std::floor(p.x / size)), static_cast<std::int64_t>(std::floor(p.y / size))};
}

std::size_t default_iterations(std::size_t n) {
  // About 600000 node moves in all: 300 iterations up to 2000 nodes, 200 at 3000, 40 from 15000.
  return std::clamp<std::size_t>(600000 / std::max<std::size_t>(n, 1), 40, 300);
}

}  // namespace

std::vector<Point> force_layout(std::size_t n, const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                                std::size_t iterations) {
  std::vector<Point> pos(n);
  if (n == 0) return pos;
  const double k = kEdgeLength;
  constexpr double kGoldenAngle = 2.399963229728653;
  for (std::size_t i = 0; i < n; ++i) {
    const double r = k * std::sqrt(static_cast<double>(i) + 0.5);
    const double a = kGoldenAngle * static_cast<double>(i);
    pos[i] = {r * std::cos(a), r * std::sin(a)};
  }
  if (iterations == 0) iterations = default_iterations(n);
  const double cutoff = 2 * k;
  const double gravity = 1.0 / std::sqrt(static_cast<double>(n));
  const double start_temperature = k * (1 + std::sqrt(static_cast<double>(n)) / 4);
  std::vector<Point> disp(n);
  std::map<Cell, std::vector<std::size_t>> grid;
  for (std::size_t it = 0; it < iterations; ++it) {
    std::fill(disp.begin(), disp.end(), Point{});
    grid.clear();
    for (std::size_t i = 0; i < n; ++i) grid[cell_of(pos[i], cutoff)].push_back(i);
    // Repulsion k^2 / d between nodes closer than the cutoff.
    for (std::size_t i = 0; i < n; ++i) {
      const Cell c = cell_of(pos[i], cutoff);
      for (std::int64_t dx = -1; dx <= 1; ++dx) {
        for (std::int64_t dy = -1; dy <= 1; ++dy) {
          const auto found = grid.find({c.first + dx, c.second + dy});
          if (found == grid.end()) continue;
          for (const std::size_t j : found->second) {
            if (j == i) continue;
            double ddx = pos[i].x - pos[j].x, ddy = pos[i].y - pos[j].y;
            double d2 = ddx * ddx + ddy * ddy;
            if (d2 >= cutoff * cutoff) continue;
            if (d2 < 1e-4) {  // coincident: push apart along a direction fixed by the indexes
              ddx = i < j ? 0.01 : -0.01;
              ddy = 0.005;
              d2 = ddx * ddx + ddy * ddy;
            }
            const double f = k * k / d2;  // (d / |d|) * k^2 / |d|
            disp[i].x += ddx * f;
            disp[i].y += ddy * f;
          }
        }
      }
    }
    // Attraction d^2 / k along edges.
    for (const auto& [a, b] : edges) {
      if (a == b || a >= n || b >= n) continue;
      const double ddx = pos[a].x - pos[b].x, ddy = pos[a].y - pos[b].y;
      const double f = std::sqrt(ddx * ddx + ddy * ddy) / k;
      disp[a].x -= ddx * f;
      disp[a].y -= ddy * f;
      disp[b].x += ddx * f;
      disp[b].y += ddy * f;
    }
    // Move each node at most `temperature`, cooling linearly.
    const double temperature =
        start_temperature * (1 - static_cast<double>(it) / static_cast<double>(iterations)) + 0.5;
    for (std::size_t i = 0; i < n; ++i) {
      disp[i].x -= pos[i].x * gravity;
      disp[i].y -= pos[i].y * gravity;
      const double len = std::sqrt(disp[i].x * disp[i].x + disp[i].y * disp[i].y);
      if (len <= 0) continue;
      const double step = std::min(len, temperature) / len;
      pos[i].x += disp[i].x * step;
      pos[i].y += disp[i].y * step;
    }
  }
  return pos;
}

}  // namespace ergraph::exporter::detail
