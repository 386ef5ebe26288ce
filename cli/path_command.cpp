// `ergraph path GRAPH FROM TO`: how two actors are connected, hop by hop, with evidence.
#include <fmt/core.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cstdio>
#include <set>
#include <iostream>

#include "cli/commands.h"
#include "core/error.h"
#include "export/dot.h"
#include "export/graphml.h"
#include "graph/path.h"

namespace ergraph::cli {
namespace {

struct PathCliOptions {
  std::string graph_file, from, to, format = "text";
  graph::PathOptions path;
};

graph::NodeIndex resolve(const graph::KnowledgeGraph& g, const std::string& name) {
  if (auto n = graph::find_entity(g, name)) return *n;
  const auto close = graph::suggest_entities(g, name, 5);
  std::string hint;
  for (const auto& s : close) hint += fmt::format("{}\"{}\"", hint.empty() ? "" : ", ", s);
  throw GraphError("E601", fmt::format("no entity named \"{}\" in the graph{}", name,
                                       hint.empty() ? "" : "; did you mean " + hint + "?"));
}

std::string node_text(const graph::KnowledgeGraph& g, graph::NodeIndex n) {
  const auto& d = g.node(n);
  return fmt::format("{} ({})", d.label, core::to_string(d.type));
}

/// The relation as a hop shows it: "not take-side-with" for a denied relation, "(hedged, PS+)"
/// after one that is not certain, with its factuality.
std::string hop_label(const graph::EdgeData& e) {
  std::string label = e.polarity == core::Polarity::Negative ? "not " + e.relation : e.relation;
  if (e.modality == core::Modality::Hedged) label += std::string(" (hedged, ") + core::to_string(e.factuality) + ")";
  return label;
}

std::string join_attributions(const std::set<std::string>& items) {
  std::string out;
  for (const auto& a : items) out += (out.empty() ? "" : "; ") + a;
  return out;
}

void print_text(const graph::KnowledgeGraph& g, const std::vector<graph::Path>& paths) {
  for (std::size_t p = 0; p < paths.size(); ++p) {
    const auto& hops = paths[p].hops;
    if (paths.size() > 1) fmt::print("Path {} of {}: ", p + 1, paths.size());
    fmt::print("{} hop{}\n", hops.size(), hops.size() == 1 ? "" : "s");
    for (std::size_t i = 0; i < hops.size(); ++i) {
      const auto& h = hops[i];
      const auto& e = g.edge(h.edge);
      const std::string label = hop_label(e);
      const std::string arrow = h.forward ? fmt::format("--[{}]-->", label) : fmt::format("<--[{}]--", label);
      fmt::print("  {}. {} {} {}\n", i + 1, node_text(g, h.from), arrow, node_text(g, h.to));
      fmt::print("     seen {} time{}, confidence {:.2f}\n", e.count, e.count == 1 ? "" : "s", e.confidence);
      if (!e.attributions.empty()) fmt::print("     according to {}\n", join_attributions(e.attributions));
      if (!e.evidence.empty()) {
        const auto& ev = e.evidence.front();
        fmt::print("     \"{}\"\n     ({}, sentence {})\n", ev.text, ev.doc_id, ev.sentence + 1);
      }
    }
    if (p + 1 < paths.size()) fmt::print("\n");
  }
}

void print_json(const graph::KnowledgeGraph& g, graph::NodeIndex from, graph::NodeIndex to,
                const std::vector<graph::Path>& paths) {
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  auto node = [&](graph::NodeIndex n) {
    const auto& d = g.node(n);
    w.StartObject();
    w.Key("id");
    w.String(d.id.c_str());
    w.Key("label");
    w.String(d.label.c_str());
    w.Key("type");
    w.String(core::to_string(d.type));
    w.EndObject();
  };
  w.StartObject();
  w.Key("from");
  node(from);
  w.Key("to");
  node(to);
  w.Key("paths");
  w.StartArray();
  for (const auto& p : paths) {
    w.StartObject();
    w.Key("hops");
    w.StartArray();
    for (const auto& h : p.hops) {
      const auto& e = g.edge(h.edge);
      w.StartObject();
      w.Key("from");
      node(h.from);
      w.Key("to");
      node(h.to);
      w.Key("edge");
      w.String(e.id.c_str());
      w.Key("relation");
      w.String(e.relation.c_str());
      w.Key("direction");
      w.String(h.forward ? "forward" : "backward");
      w.Key("polarity");
      w.String(core::to_string(e.polarity));
      w.Key("modality");
      w.String(core::to_string(e.modality));
      w.Key("factuality");
      w.String(core::to_string(e.factuality));
      w.Key("attributions");
      w.StartArray();
      for (const auto& a : e.attributions) w.String(a.c_str());
      w.EndArray();
      w.Key("count");
      w.Uint(e.count);
      w.Key("confidence");
      w.Double(e.confidence);
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
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  fmt::print("{}\n", buf.GetString());
}

void run_path(const PathCliOptions& opt, int& exit_code) {
  const auto g = exporter::read_graphml(opt.graph_file);
  const auto from = resolve(g, opt.from);
  const auto to = resolve(g, opt.to);
  const auto paths = graph::shortest_paths(g, from, to, opt.path);
  if (paths.empty()) {
    fmt::print(stderr, "ergraph path: no {}{}path from {} to {} within {} hops\n",
               opt.path.asserted_only ? "asserted " : "", opt.path.directed ? "directed " : "", g.node(from).label,
               g.node(to).label, opt.path.max_hops);
    if (opt.format == "json") print_json(g, from, to, paths);
    exit_code = 1;
    return;
  }
  if (opt.format == "json") print_json(g, from, to, paths);
  else if (opt.format == "dot") exporter::write_paths_dot(g, paths, std::cout);
  else print_text(g, paths);
  exit_code = 0;
}

}  // namespace

void add_path_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<PathCliOptions>();
  auto* cmd = app.add_subcommand("path", "Show how two entities are connected in a graph that `ergraph build` wrote");
  cmd->footer(
      "Names match entity labels or aliases, case-insensitively (\"putin\", \"President Putin\",\n"
      "\"Vladimir Putin\"); an unknown name is an error that suggests close names.\n"
      "Each hop shows its relation, its direction (--> along the edge, <-- against it) and one\n"
      "evidence sentence. A denied relation reads \"not <relation>\" (\"--[not take-side-with]-->\"),\n"
      "one the text does not state as certain is marked \"(hedged, F)\" with its factuality F on\n"
      "FactBank's scale (PR+ probable, PS+ possible: \"may\", alleged; Uu underspecified: asked for,\n"
      "planned, \"if\" ...), and \"according to\" names who said so. --asserted-only searches only relations\n"
      "stated as certain facts (CT+), by the author or an attributed source.\n"
      "A CONCEPT node (a generic noun such as \"statement\") belongs to one article: a path goes\n"
      "through one only by relations read in that article.\n"
      "Exit status: 0 a path was found, 1 no path, 2 unknown name, 65 malformed GraphML, 74 the\n"
      "graph file cannot be read.\n\n"
      "Examples:\n"
      "  ergraph path out/graph.graphml Putin \"United States\"\n"
      "  ergraph path out/graph.graphml \"Xi Jinping\" Ukraine -k 3 --format json\n"
      "  ergraph path out/graph.graphml Putin China --asserted-only\n"
      "  ergraph path out/graph.graphml Putin China --format dot | dot -Tsvg -o path.svg");
  // Not CLI::ExistingFile: a missing file is an I/O error (exit 74, read_graphml), not a usage error.
  cmd->add_option("graph", opt->graph_file, "GraphML file written by `ergraph build`")->required();
  cmd->add_option("from", opt->from, "Entity to start from")->required();
  cmd->add_option("to", opt->to, "Entity to reach")->required();
  cmd->add_flag("--directed", opt->path.directed, "Follow edges only in their direction (subject -> object)");
  cmd->add_flag("--asserted-only", opt->path.asserted_only,
                "Use only relations stated as certain facts (factuality CT+): skip denied (\"does not ...\", \"denied that ...\"), "
                "hedged (\"may ...\"), alleged, requested and conditional ones");
  cmd->add_option("--max-hops", opt->path.max_hops, "Longest path to consider")->check(CLI::Range(1, 100))->capture_default_str();
  cmd->add_option("-k", opt->path.k, "Number of shortest paths to show")->check(CLI::Range(1, 1000))->capture_default_str();
  cmd->add_option("--format", opt->format, "Output format")->check(CLI::IsMember({"text", "json", "dot"}))->capture_default_str();
  cmd->callback([opt, &exit_code] { run_path(*opt, exit_code); });
}

}  // namespace ergraph::cli
