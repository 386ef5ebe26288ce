// `ergraph path GRAPH FROM TO`: how two actors are connected, hop by hop, with evidence.
#include <fmt/core.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstdio>
#include <iostream>
#include <set>

#include "cli/commands.h"
#include "cli/graph_query.h"
#include "core/error.h"
#include "export/dot.h"
#include "export/graphml.h"
#include "graph/path.h"

namespace ergraph::cli {
namespace {

struct PathCliOptions {
  std::string graph_file, from, to, format = "text", by = "hops";
  bool explain = false;
  QueryFilters filters;
  graph::PathOptions path;
};

std::string join_attributions(const std::set<std::string>& items) {
  std::string out;
  for (const auto& a : items) out += (out.empty() ? "" : "; ") + a;
  return out;
}

/// One usable edge of a hop: counts, confidence, attributions and its evidence (the first item,
/// or every item with --explain).
void print_edge_text(const graph::EdgeData& e, bool explain, int indent) {
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  std::string seen = fmt::format("seen {} time{}, confidence {:.2f}", e.count, e.count == 1 ? "" : "s", e.confidence);
  if (!e.first_seen().empty())
    seen += e.first_seen() == e.last_seen() ? ", " + e.first_seen() : fmt::format(", {} to {}", e.first_seen(), e.last_seen());
  fmt::print("{}{}\n", pad, seen);
  if (!e.attributions.empty()) fmt::print("{}according to {}\n", pad, join_attributions(e.attributions));
  if (explain) {
    print_evidence_items(e, indent);
  } else if (!e.evidence.empty()) {
    const auto& ev = e.evidence.front();
    fmt::print("{}\"{}\"\n{}({}, sentence {})\n", pad, ev.text, pad, ev.doc_id, ev.sentence);
  }
}

void print_text(const graph::KnowledgeGraph& g, const std::vector<graph::Path>& paths, const PathCliOptions& opt) {
  for (std::size_t p = 0; p < paths.size(); ++p) {
    const auto& hops = paths[p].hops;
    if (paths.size() > 1) fmt::print("Path {} of {}: ", p + 1, paths.size());
    fmt::print("{} hop{}", hops.size(), hops.size() == 1 ? "" : "s");
    if (opt.path.cost == graph::PathCost::Confidence) fmt::print(", confidence {:.3f}", paths[p].confidence);
    fmt::print("\n");
    for (std::size_t i = 0; i < hops.size(); ++i) {
      const auto& h = hops[i];
      fmt::print("  {}. {} {} {}\n", i + 1, node_text(g, h.from), arrow(g.edge(h.edge), h.forward), node_text(g, h.to));
      print_edge_text(g.edge(h.edge), opt.explain, 5);
      for (std::size_t j = 1; j < h.edges.size(); ++j) {
        const auto& other = h.edges[j];
        fmt::print("     also {}\n", arrow(g.edge(other.edge), other.forward));
        print_edge_text(g.edge(other.edge), opt.explain, 7);
      }
    }
    if (p + 1 < paths.size()) fmt::print("\n");
  }
}

void print_json(const graph::KnowledgeGraph& g, graph::NodeIndex from, graph::NodeIndex to,
                const std::vector<graph::Path>& paths, const PathCliOptions& opt) {
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("from");
  write_node_json(w, g, from);
  w.Key("to");
  write_node_json(w, g, to);
  w.Key("by");
  w.String(opt.by.c_str());
  w.Key("paths");
  w.StartArray();
  for (const auto& p : paths) {
    w.StartObject();
    w.Key("confidence");
    w.Double(p.confidence);
    w.Key("hops");
    w.StartArray();
    for (const auto& h : p.hops) {
      const auto& e = g.edge(h.edge);
      w.StartObject();
      w.Key("from");
      write_node_json(w, g, h.from);
      w.Key("to");
      write_node_json(w, g, h.to);
      // The best edge, flat (as before), then every usable edge of the hop.
      write_edge_fields(w, e, h.forward);
      if (!e.evidence.empty()) {
        const auto& ev = e.evidence.front();
        w.Key("evidence");
        w.StartObject();
        w.Key("doc_id");
        w.String(ev.doc_id.c_str());
        w.Key("sentence");
        w.Uint(ev.sentence);
        w.Key("text");
        w.String(ev.text.c_str());
        w.EndObject();
      }
      w.Key("relations");
      w.StartArray();
      for (const auto& he : h.edges) write_edge_json(w, g.edge(he.edge), he.forward);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  fmt::print("{}\n", buf.GetString());
}

void run_path(PathCliOptions& opt, int& exit_code) {
  apply_filters(opt.filters, opt.path);
  opt.path.cost = opt.by == "confidence" ? graph::PathCost::Confidence : graph::PathCost::Hops;
  // GraphML, graph.snapshot or graph.index (read as an index); a missing file: IoError, exit 74
  auto& q = load_query_graph_for_exit(opt.graph_file);
  const auto& g = q.graph;
  const auto titles = load_titles(opt.filters.models);
  const auto from = resolve_entity(g, opt.from, titles);
  const auto to = resolve_entity(g, opt.to, titles);
  const auto paths = q.index ? graph::shortest_paths(*q.index, q.graph, from, to, opt.path)
                             : graph::shortest_paths(g, from, to, opt.path);
  if (paths.empty()) {
    fmt::print(stderr, "ergraph path: no {}{}path from {} to {} within {} hops{}\n",
               opt.path.asserted_only ? "asserted " : "", opt.path.directed ? "directed " : "", g.node(from).label,
               g.node(to).label, opt.path.max_hops,
               opt.path.relations.empty() && opt.path.exclude_relations.empty() && opt.path.node_types.empty() &&
                       opt.path.min_confidence == 0 && opt.path.min_support == 0 && opt.path.since.empty() &&
                       opt.path.until.empty()
                   ? ""
                   : " under the given filters");
    if (opt.format == "json") print_json(g, from, to, paths, opt);
    exit_code = 1;
    return;
  }
  if (opt.format == "json") print_json(g, from, to, paths, opt);
  else if (opt.format == "dot") exporter::write_paths_dot(g, paths, std::cout);
  else print_text(g, paths, opt);
  exit_code = 0;
}

}  // namespace

void add_path_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<PathCliOptions>();
  auto* cmd = app.add_subcommand("path", "Show how two entities are connected in a graph that `ergraph build` wrote");
  cmd->footer(
      "Names are matched case-insensitively, in this order: the label, an alias or surface form\n"
      "(\"putin\", \"Vladimir Putin\"); the name without leading title words from\n"
      "models/lexicon/titles.txt (\"President Putin\", \"Prime Minister Keir Starmer\"); with a leading\n"
      "\"the\" removed or added (\"Kremlin\" finds \"the Kremlin\"); a surname of a PERSON (\"Biden\").\n"
      "An unknown name is an error that suggests close names; a name that several entities match\n"
      "equally is an error that lists them (label, type, mentions).\n"
      "-k gives paths through different sequences of entities, best first (--by hops: fewest hops;\n"
      "--by confidence: highest product of the hops' best confidences; ties: fewer hops, then node\n"
      "ids). A hop lists every relation between its two entities that the filters let through: the\n"
      "best (most confident) first, the others as \"also\". Each relation shows its direction (--> along\n"
      "the edge, <-- against it) and one evidence sentence (--explain: every kept evidence item with\n"
      "document, date, title, sentence number and factuality). Sentence numbers count from 0.\n"
      "A denied relation reads \"not <relation>\"; one the text does not state as certain is marked\n"
      "\"(hedged, F)\" with its factuality F on FactBank's scale (PR+ probable, PS+ possible: \"may\",\n"
      "alleged; Uu underspecified: asked for, planned, \"if\" ...), and \"according to\" names who said so.\n"
      "--since/--until keep relations read in an article dated inside the window; relations whose\n"
      "articles have no date are left out when a window is given.\n"
      "A CONCEPT node (a generic noun such as \"statement\") belongs to one article: a path goes\n"
      "through one only by relations read in that article.\n"
      "Exit status: 0 a path was found, 1 no path, 2 usage error or unknown or ambiguous name,\n"
      "65 malformed GraphML, 74 the graph file cannot be read (missing, unreadable).\n\n"
      "Examples:\n"
      "  ergraph path out/graph.graphml Putin \"United States\"\n"
      "  ergraph path out/graph.graphml \"President Putin\" Kremlin -k 3 --explain\n"
      "  ergraph path out/graph.graphml \"Xi Jinping\" Ukraine -k 3 --by confidence --format json\n"
      "  ergraph path out/graph.graphml Apple Samsung --relation '^(sue|buy)' --type ORG --min-support 2\n"
      "  ergraph path out/graph.graphml Biden Kremlin --since 2025-01-01 --until 2025-06-30\n"
      "  ergraph path out/graph.graphml Putin China --asserted-only --exclude-relation criticize\n"
      "  ergraph path out/graph.graphml Putin China --format dot | dot -Tsvg -o path.svg\n"
      "  ergraph path out/graph.index Putin China       (a large graph: reads only what the query needs)");
  // Not CLI::ExistingFile: a missing file is an I/O error (exit 74, read_graphml), not a usage error.
  cmd->add_option("graph", opt->graph_file,
                  "Graph written by `ergraph build`: graph.graphml, graph.snapshot or graph.index (fastest on a large graph: only the part a query needs is read)")
      ->required();
  cmd->add_option("from", opt->from, "Entity to start from")->required();
  cmd->add_option("to", opt->to, "Entity to reach")->required();
  add_filter_options(cmd, opt->filters);
  cmd->add_option("--max-hops", opt->path.max_hops, "Longest path to consider")->check(CLI::Range(1, 100))->capture_default_str();
  cmd->add_option("-k", opt->path.k, "Number of paths to show, each through a different sequence of entities")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  cmd->add_option("--by", opt->by,
                  "Rank paths by hops (fewest first) or confidence (a hop costs -log of its best relation's confidence)")
      ->check(CLI::IsMember({"hops", "confidence"}))
      ->capture_default_str();
  cmd->add_flag("--explain", opt->explain, "Show every kept evidence item of each relation (document, date, title, sentence, factuality)");
  cmd->add_option("--format", opt->format, "Output format")->check(CLI::IsMember({"text", "json", "dot"}))->capture_default_str();
  cmd->callback([opt, &exit_code] { run_path(*opt, exit_code); });
}

}  // namespace ergraph::cli
