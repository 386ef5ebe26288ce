// `ergraph neighbors GRAPH NAME`: the entities within N hops of one, with the relations that
// connect them (graph::neighborhood()).
#include <fmt/core.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <string>

#include "cli/commands.h"
#include "cli/graph_query.h"
#include "core/error.h"
#include "graph/path.h"

namespace ergraph::cli {
namespace {

struct NeighborsCliOptions {
  std::string graph_file, name, format = "text";
  int depth = 1;
  QueryFilters filters;
};

void print_text(const graph::KnowledgeGraph& g, graph::NodeIndex start, int depth,
                const std::vector<graph::Neighbor>& found) {
  fmt::print("{}: {} entit{} within {} hop{}\n", node_text(g, start), found.size(), found.size() == 1 ? "y" : "ies",
             depth, depth == 1 ? "" : "s");
  for (const auto& n : found) {
    fmt::print("  {} {}", n.depth, node_text(g, n.node));
    if (n.via != start) fmt::print("  via {}", g.node(n.via).label);
    fmt::print("\n");
    for (const auto& he : n.edges) {
      const auto& e = g.edge(he.edge);
      fmt::print("      {} {} {}  (seen {} time{}, confidence {:.2f})\n", g.node(n.via).label, arrow(e, he.forward),
                 g.node(n.node).label, e.count, e.count == 1 ? "" : "s", e.confidence);
    }
  }
}

void print_json(const graph::KnowledgeGraph& g, graph::NodeIndex start, int depth,
                const std::vector<graph::Neighbor>& found) {
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("entity");
  write_node_json(w, g, start);
  w.Key("depth");
  w.Int(depth);
  w.Key("neighbors");
  w.StartArray();
  for (const auto& n : found) {
    w.StartObject();
    w.Key("node");
    write_node_json(w, g, n.node);
    w.Key("depth");
    w.Int(n.depth);
    w.Key("via");
    write_node_json(w, g, n.via);
    w.Key("relations");
    w.StartArray();
    for (const auto& he : n.edges) write_edge_json(w, g.edge(he.edge), he.forward);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  fmt::print("{}\n", buf.GetString());
}

void run_neighbors(const NeighborsCliOptions& opt, int& exit_code) {
  graph::PathOptions query;
  apply_filters(opt.filters, query);
  // GraphML, graph.snapshot or graph.index (read as an index); a missing file: IoError, exit 74
  auto& q = load_query_graph_for_exit(opt.graph_file);
  const auto& g = q.graph;
  const auto start = resolve_entity(g, opt.name, load_titles(opt.filters.models));
  const auto found = q.index ? graph::neighborhood(*q.index, q.graph, start, opt.depth, query)
                             : graph::neighborhood(g, start, opt.depth, query);
  if (opt.format == "json") print_json(g, start, opt.depth, found);
  else print_text(g, start, opt.depth, found);
  exit_code = found.empty() ? 1 : 0;
}

}  // namespace

void add_neighbors_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<NeighborsCliOptions>();
  auto* cmd = app.add_subcommand("neighbors", "List the entities within N hops of one, with the relations between them");
  cmd->footer(
      "The name is matched as `ergraph path` matches it (label, alias, without titles, with or\n"
      "without \"the\", surname); an unknown or ambiguous name is an error. Entities are listed by\n"
      "distance, then by id; each with the entity it was reached from (\"via\") and every relation\n"
      "between the two that the filters let through. A CONCEPT node (one article's noun) is listed\n"
      "but not walked through; --type limits both the entities listed and those walked through.\n"
      "Exit status: 0 entities found, 1 none, 2 usage error or unknown or ambiguous name,\n"
      "65 malformed GraphML, 74 the graph file cannot be read.\n\n"
      "Examples:\n"
      "  ergraph neighbors out/graph.graphml Putin\n"
      "  ergraph neighbors out/graph.graphml \"the Kremlin\" --depth 2 --type PERSON --type ORG\n"
      "  ergraph neighbors out/graph.graphml Apple --relation sue --since 2025-01-01 --format json");
  cmd->add_option("graph", opt->graph_file,
                  "Graph written by `ergraph build`: graph.graphml, graph.snapshot or graph.index (fastest on a large graph: only the part a query needs is read)")
      ->required();
  cmd->add_option("name", opt->name, "Entity to start from")->required();
  cmd->add_option("--depth", opt->depth, "Largest number of hops from the entity")->check(CLI::Range(1, 10))->capture_default_str();
  add_filter_options(cmd, opt->filters);
  cmd->add_option("--format", opt->format, "Output format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  cmd->callback([opt, &exit_code] { run_neighbors(*opt, exit_code); });
}

}  // namespace ergraph::cli
