// `ergraph view GRAPH -o FILE.html`: the graph as one self-contained interactive HTML page.
#include <fmt/core.h>

#include <cstdio>
#include <filesystem>
#include <system_error>

#include "cli/commands.h"
#include "cli/graph_query.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "export/html.h"

namespace ergraph::cli {
namespace {

struct ViewCliOptions {
  std::string graph_file, output, title;
};

void run_view(const ViewCliOptions& opt) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(opt.graph_file, ec)) throw IoError("E801", "no such graph file (write one with `ergraph build`)", opt.graph_file);
  if (!fs::is_regular_file(opt.graph_file, ec)) throw IoError("E801", "not a regular file", opt.graph_file);
  const auto g = load_graph(opt.graph_file);  // GraphML or graph.snapshot; a missing file: IoError, exit 74
  exporter::HtmlOptions html;
  html.title = opt.title.empty() ? "ergraph: " + fs::path(opt.graph_file).filename().string() : opt.title;
  core::write_file_atomically(opt.output, [&](std::ostream& out) { exporter::write_html_viewer(g, out, html); });
  fmt::print(stderr, "ergraph view: wrote {} ({} nodes, {} edges); open it in a browser\n", opt.output,
             g.node_count(), g.edge_count());
}

}  // namespace

void add_view_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<ViewCliOptions>();
  auto* cmd = app.add_subcommand("view", "Write an interactive HTML viewer of a graph that `ergraph build` wrote");
  cmd->footer(
      "The page is one self-contained file (the graph, a precomputed layout and the viewer's\n"
      "script, Cytoscape.js included): it opens from disk in any current browser, without a network.\n"
      "Search an entity by name or alias to see its neighbours, click an edge to read its evidence\n"
      "sentences (document, date, title and link, factuality, source), filter by entity type,\n"
      "relation and date. Node colour is the entity type, node size its mentions.\n"
      "Exit status: 0 written, 65 malformed GraphML, 74 the graph cannot be read or the page cannot\n"
      "be written.\n\n"
      "Example:\n"
      "  ergraph build samples/ -o out/\n"
      "  ergraph view out/graph.graphml -o out/graph.html     then open out/graph.html");
  // Not CLI::ExistingFile: a missing file is an I/O error (exit 74), not a usage error.
  cmd->add_option("graph", opt->graph_file, "GraphML file written by `ergraph build`")->required();
  cmd->add_option("-o,--output", opt->output, "HTML file to write (replaced atomically)")->required();
  cmd->add_option("--title", opt->title, "Page title (default: \"ergraph: \" and the graph's file name)");
  cmd->callback([opt, &exit_code] {
    run_view(*opt);
    exit_code = 0;
  });
}

}  // namespace ergraph::cli
