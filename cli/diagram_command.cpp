// `ergraph diagram GRAPH`: a Graphviz drawing of part of a graph that renders, under a node budget.
#include <fmt/core.h>

#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/graph_query.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/text.h"
#include "export/dot.h"
#include "graph/path.h"
#include "graph/subgraph.h"

namespace ergraph::cli {
namespace {

struct DiagramOptions {
  std::string graph_file, output, around, by = "degree", since, until, models;
  std::vector<std::string> path;
  int depth = 1;
  std::size_t top = 0, budget = 60;
  bool no_legend = false;
};

void check_day(const std::string& option, const std::string& value) {
  if (!value.empty() && !core::is_iso_day(value))
    throw GraphError("E605", fmt::format("{} wants a day as YYYY-MM-DD, not \"{}\"", option, value));
}

/// Returns the exit code: 0 written, 1 no path between the --path entities.
int run_diagram(const DiagramOptions& opt) {
  const int selectors = !opt.around.empty() + !opt.path.empty() + (opt.top > 0);
  if (selectors > 1) throw GraphError("E606", "give at most one of --around, --path and --top");
  check_day("--since", opt.since);
  check_day("--until", opt.until);
  if (!opt.since.empty() && !opt.until.empty() && opt.until < opt.since)
    throw GraphError("E605", "--until is before --since");
  const graph::KnowledgeGraph g = load_graph(opt.graph_file);  // GraphML or graph.snapshot; a missing file: IoError, exit 74
  const std::vector<std::string> titles = opt.around.empty() && opt.path.empty() ? std::vector<std::string>{}
                                                                                 : load_titles(opt.models);
  const auto resolve = [&](const std::string& name) { return resolve_entity(g, name, titles); };

  graph::SubgraphOptions sopt;
  sopt.budget = opt.budget;
  sopt.since = opt.since;
  sopt.until = opt.until;
  graph::Subgraph part;
  exporter::DotOptions dopt;
  dopt.legend = !opt.no_legend;
  const std::string window =
      opt.since.empty() && opt.until.empty() ? "" : fmt::format(", {} to {}", opt.since.empty() ? "..." : opt.since,
                                                                opt.until.empty() ? "..." : opt.until);
  if (!opt.around.empty()) {
    const graph::NodeIndex c = resolve(opt.around);
    part = graph::around(g, c, opt.depth, sopt);
    dopt.title = fmt::format("around {} (depth {}{})", g.node(c).label, opt.depth, window);
  } else if (!opt.path.empty()) {
    const graph::NodeIndex a = resolve(opt.path[0]), b = resolve(opt.path[1]);
    graph::PathOptions popts;
    popts.k = 3;
    popts.since = opt.since;
    popts.until = opt.until;
    const std::vector<graph::Path> paths = graph::shortest_paths(g, a, b, popts);
    if (paths.empty()) {
      fmt::print(stderr, "ergraph diagram: no path between \"{}\" and \"{}\"{}; nothing written\n", g.node(a).label,
                 g.node(b).label, window.empty() ? "" : " in the date window");
      return 1;
    }
    part = graph::path_subgraph(g, paths, sopt);
    dopt.title = fmt::format("from {} to {}{}", g.node(a).label, g.node(b).label, window);
  } else if (opt.top == 0 && opt.budget == 0) {
    part = graph::whole_graph(g, sopt);
    dopt.title = "the whole graph" + window;
  } else {
    const std::size_t n = opt.top ? opt.top : opt.budget;
    const graph::Rank by = opt.by == "weight" ? graph::Rank::Weight : graph::Rank::Degree;
    part = graph::top_entities(g, n, by, sopt);
    dopt.title = fmt::format("the {} entities with the most {}{}", part.nodes.size(),
                             by == graph::Rank::Weight ? "triples" : "neighbours", window);
  }
  dopt.only = &part;
  if (part.left_out > 0)
    fmt::print(stderr, "ergraph diagram: {} nodes drawn, {} more left out ({})\n", part.nodes.size(), part.left_out,
               opt.top ? fmt::format("--top {}", opt.top) : fmt::format("node budget: --budget {}", opt.budget));
  if (opt.output.empty() || opt.output == "-") {
    std::ostringstream out;
    exporter::write_dot(g, out, dopt);
    std::cout << out.str();
  } else {
    core::write_file_atomically(opt.output, [&](std::ostream& out) { exporter::write_dot(g, out, dopt); });
  }
  return 0;
}

}  // namespace

void add_diagram_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<DiagramOptions>();
  auto* cmd = app.add_subcommand("diagram", "Write a Graphviz drawing of part of a graph that renders: a neighbourhood, routes or the busiest entities");
  cmd->footer(
      "Draws at most --budget nodes (default 60) so that the drawing stays readable and renders in\n"
      "seconds, with every edge label and a legend (colours and shapes by type; dashed = denied,\n"
      "dotted = hedged). The layout engine is chosen by size and written into the file, so plain\n"
      "`dot -Tsvg` renders it: a small tree left to right (dot), up to 100 nodes neato with curved\n"
      "edges, more sfdp with straight edges and overlap=prism. Without --around, --path or --top\n"
      "it draws the --budget entities with the most neighbours; with --budget 0, the whole graph (as\n"
      "build's graph.dot).\n\n"
      "Names are matched as by `ergraph path` (label, alias, title-stripped, \"the\", surname).\n"
      "--since/--until keep the edges with a supporting article dated in the window (YYYY-MM-DD;\n"
      "undated edges are left out when a window is given).\n\n"
      "Exit codes: 0 written, 1 no path (--path), 2 bad options or unknown entity, 65 bad GraphML,\n"
      "74 the graph file or the output cannot be read or written.\n\n"
      "Examples:\n"
      "  ergraph diagram out/graph.graphml --around \"Xi Jinping\" --depth 2 -o xi.dot && dot -Tsvg xi.dot -o xi.svg\n"
      "  ergraph diagram out/graph.graphml --path Putin \"United States\" | dot -Tpng -o route.png\n"
      "  ergraph diagram out/graph.graphml --top 30 --by weight --since 2025-04-01 -o april.dot");
  cmd->add_option("graph", opt->graph_file, "GraphML file written by ergraph build")->required();
  cmd->add_option("-o,--output", opt->output, "DOT file to write (default: standard output)");
  cmd->add_option("--around", opt->around, "Draw this entity (name or alias) and its neighbourhood");
  cmd->add_option("--depth", opt->depth, "Hops around --around")->check(CLI::Range(1, 6))->capture_default_str();
  cmd->add_option("--path", opt->path, "Draw the (up to 3) shortest routes between two entities")->expected(2);
  cmd->add_option("--top", opt->top, "Draw the N entities with the most neighbours (or triples: --by weight)")
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--by", opt->by, "Rank for --top and the default drawing: degree (distinct neighbours) or weight (triples)")
      ->check(CLI::IsMember({"degree", "weight"}))
      ->capture_default_str();
  cmd->add_option("--since", opt->since, "Only edges with an article dated on or after this day (YYYY-MM-DD)");
  cmd->add_option("--until", opt->until, "Only edges with an article dated on or before this day (YYYY-MM-DD)");
  cmd->add_option("--budget", opt->budget, "Most nodes drawn (0 = no limit)")->capture_default_str();
  cmd->add_flag("--no-legend", opt->no_legend, "Leave out the legend");
  cmd->add_option("--models", opt->models, models_option_help("Models folder whose lexicon/titles.txt strips titles from names"));
  cmd->callback([opt, &exit_code] { exit_code = run_diagram(*opt); });
}

}  // namespace ergraph::cli
