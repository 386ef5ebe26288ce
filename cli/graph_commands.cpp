// Whole-graph commands: `ergraph stats`, `ergraph merge`, `ergraph diff`.
#include <fmt/core.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/graph_query.h"
#include "core/atomic_file.h"
#include "cli/output_manifest.h"
#include "core/error.h"
#include "export/dot.h"
#include "export/entities.h"
#include "export/gexf.h"
#include "export/graphml.h"
#include "graph/analysis.h"
#include "graph/snapshot.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;
using Json = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void put(Json& w, const char* key, const std::string& v) {
  w.Key(key);
  w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
}

void put(Json& w, const char* key, std::uint64_t v) {
  w.Key(key);
  w.Uint64(v);
}

void put_node(Json& w, const graph::KnowledgeGraph& g, graph::NodeIndex n) {
  w.StartObject();
  put(w, "id", g.node(n).id);
  put(w, "label", g.node(n).label);
  put(w, "type", core::to_string(g.node(n).type));
  w.EndObject();
}

void put_edge(Json& w, const graph::KnowledgeGraph& g, graph::EdgeIndex e) {
  const auto& d = g.edge(e);
  w.StartObject();
  put(w, "id", d.id);
  put(w, "source", g.node(g.source(e)).label);
  put(w, "relation", d.relation);
  put(w, "target", g.node(g.target(e)).label);
  put(w, "polarity", core::to_string(d.polarity));
  put(w, "factuality", core::to_string(d.factuality));
  w.Key("count");
  w.Uint(d.count);
  w.Key("confidence");
  w.Double(d.confidence);
  w.EndObject();
}

std::string edge_text(const graph::KnowledgeGraph& g, graph::EdgeIndex e) {
  const auto& d = g.edge(e);
  return fmt::format("{} --[{}{}]--> {} (x{}, {}, {:.2f})", g.node(g.source(e)).label,
                     d.polarity == core::Polarity::Negative ? "not " : "", d.relation, g.node(g.target(e)).label,
                     d.count, core::to_string(d.factuality), d.confidence);
}

// --- stats -----------------------------------------------------------------------------------

struct StatsOptions {
  std::string graph_file, format = "text";
  std::size_t top = 10;
};

void run_stats(const StatsOptions& opt) {
  const graph::KnowledgeGraph g = load_graph(opt.graph_file);
  const graph::GraphStats s = graph::compute_stats(g, opt.top);
  if (opt.format == "json") {
    rapidjson::StringBuffer buf;
    Json w(buf);
    w.StartObject();
    put(w, "nodes", s.nodes);
    put(w, "edges", s.edges);
    put(w, "triples", s.triples);
    put(w, "documents", s.documents);
    w.Key("by_type");
    w.StartObject();
    for (const auto& [t, n] : s.by_type) put(w, core::to_string(t), n);
    w.EndObject();
    put(w, "negative_edges", s.negative_edges);
    put(w, "hedged_edges", s.hedged_edges);
    put(w, "max_degree", s.max_degree);
    w.Key("mean_degree");
    w.Double(s.mean_degree);
    put(w, "isolated", s.isolated);
    put(w, "components", s.components);
    put(w, "largest_component", s.largest_component);
    put(w, "first_day", s.first_day);
    put(w, "last_day", s.last_day);
    for (const auto& [key, list] : {std::pair{"top_degree", &s.top_degree}, std::pair{"top_pagerank", &s.top_pagerank}}) {
      w.Key(key);
      w.StartArray();
      for (const auto& r : *list) {
        w.StartObject();
        put(w, "label", g.node(r.node).label);
        put(w, "type", core::to_string(g.node(r.node).type));
        w.Key("score");
        w.Double(r.score);
        w.EndObject();
      }
      w.EndArray();
    }
    w.Key("top_relations");
    w.StartArray();
    for (const auto& r : s.top_relations) {
      w.StartObject();
      put(w, "relation", r.relation);
      put(w, "edges", r.edges);
      put(w, "triples", r.triples);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    std::cout << buf.GetString() << '\n';
    return;
  }
  fmt::print("{} entities, {} edges ({} triples) from {} documents\n", s.nodes, s.edges, s.triples, s.documents);
  std::string types;
  for (const auto& [t, n] : s.by_type) types += fmt::format("{}{} {}", types.empty() ? "" : ", ", n, core::to_string(t));
  fmt::print("  by type: {}\n", types.empty() ? "-" : types);
  fmt::print("  edges denied: {}, hedged: {}\n", s.negative_edges, s.hedged_edges);
  fmt::print("  degree (distinct neighbours): max {}, mean {:.2f}; {} entities without an edge\n", s.max_degree,
             s.mean_degree, s.isolated);
  fmt::print("  connected components: {} (largest: {} entities)\n", s.components, s.largest_component);
  if (!s.first_day.empty()) fmt::print("  articles dated {} to {}\n", s.first_day, s.last_day);
  fmt::print("most neighbours:\n");
  for (const auto& r : s.top_degree) fmt::print("  {:>6.0f}  {}\n", r.score, node_text(g, r.node));
  fmt::print("PageRank:\n");
  for (const auto& r : s.top_pagerank) fmt::print("  {:.4f}  {}\n", r.score, node_text(g, r.node));
  fmt::print("relations (triples, edges):\n");
  for (const auto& r : s.top_relations) fmt::print("  {:>6} {:>5}  {}\n", r.triples, r.edges, r.relation);
}

// --- merge -----------------------------------------------------------------------------------

struct MergeOptions {
  std::vector<std::string> inputs;
  std::string output;
};

void run_merge(const MergeOptions& opt) {
  graph::KnowledgeGraph g;
  for (const auto& file : opt.inputs) g.merge(load_graph_unresolved(file));
  const fs::path out_path(opt.output);
  std::error_code ec;
  const bool folder = opt.output.ends_with('/') || fs::is_directory(out_path, ec) || !out_path.has_extension();
  if (folder) {
    // The files `build` writes (but triples.jsonl): the merged snapshot before finalize, so that
    // merged shards can be merged again, then the graph files.
    // Published together with a manifest, as build does (core::OutputSet).
    core::OutputSet set(out_path);
    core::remove_stale_temporaries(out_path);
    core::write_file_atomically(set.staged("graph.snapshot"), [&](std::ostream& out) { graph::write_snapshot(g, out, false); });
    g.finalize();
    core::write_file_atomically(set.staged("graph.index"), [&](std::ostream& out) { graph::write_snapshot(g, out, true); });
    core::write_file_atomically(set.staged("graph.graphml"), [&](std::ostream& out) { exporter::write_graphml(g, out); });
    core::write_file_atomically(set.staged("graph.gexf"), [&](std::ostream& out) { exporter::write_gexf(g, out); });
    core::write_file_atomically(set.staged("graph.dot"), [&](std::ostream& out) { exporter::write_dot(g, out); });
    core::write_file_atomically(set.staged("entities.jsonl"), [&](std::ostream& out) { exporter::write_entities_jsonl(g, out); });
    ManifestInfo info;
    info.command = "merge";
    info.settings = {{"inputs", std::to_string(opt.inputs.size())}};
    info.inputs_fnv1a64 = "-";
    write_manifest(set.staging(), {"graph.snapshot", "graph.index", "graph.graphml", "graph.gexf", "graph.dot", "entities.jsonl"},
                   info);
    set.publish();
  } else {
    const std::string ext = out_path.extension().string();
    if (ext == ".snapshot") {
      core::write_file_atomically(opt.output, [&](std::ostream& out) { graph::write_snapshot(g, out, false); });
    } else {
      g.finalize();
      core::write_file_atomically(opt.output, [&](std::ostream& out) {
        if (ext == ".index") graph::write_snapshot(g, out, true);
        else if (ext == ".gexf") exporter::write_gexf(g, out);
        else if (ext == ".dot" || ext == ".gv") exporter::write_dot(g, out);
        else exporter::write_graphml(g, out);
      });
    }
  }
  fmt::print(stderr, "ergraph merge: {} graphs -> {} entities, {} edges in {}\n", opt.inputs.size(), g.node_count(),
             g.edge_count(), opt.output);
}

// --- diff ------------------------------------------------------------------------------------

struct DiffOptions {
  std::string before, after, format = "text";
};

/// Exit code: 0 the same, 1 different (as diff(1)).
int run_diff(const DiffOptions& opt) {
  const graph::KnowledgeGraph a = load_graph(opt.before), b = load_graph(opt.after);
  const graph::GraphDiff d = graph::compare(a, b);
  const bool same = d.added_nodes.empty() && d.removed_nodes.empty() && d.added_edges.empty() &&
                    d.removed_edges.empty() && d.changed_edges.empty();
  if (opt.format == "json") {
    rapidjson::StringBuffer buf;
    Json w(buf);
    w.StartObject();
    w.Key("added_entities");
    w.StartArray();
    for (auto n : d.added_nodes) put_node(w, b, n);
    w.EndArray();
    w.Key("removed_entities");
    w.StartArray();
    for (auto n : d.removed_nodes) put_node(w, a, n);
    w.EndArray();
    w.Key("added_edges");
    w.StartArray();
    for (auto e : d.added_edges) put_edge(w, b, e);
    w.EndArray();
    w.Key("removed_edges");
    w.StartArray();
    for (auto e : d.removed_edges) put_edge(w, a, e);
    w.EndArray();
    w.Key("changed_edges");
    w.StartArray();
    for (const auto& c : d.changed_edges) {
      w.StartObject();
      w.Key("before");
      put_edge(w, a, c.before);
      w.Key("after");
      put_edge(w, b, c.after);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    std::cout << buf.GetString() << '\n';
    return same ? 0 : 1;
  }
  fmt::print("entities: +{} -{}; edges: +{} -{} ~{}\n", d.added_nodes.size(), d.removed_nodes.size(),
             d.added_edges.size(), d.removed_edges.size(), d.changed_edges.size());
  for (auto n : d.added_nodes) fmt::print("+ entity {}\n", node_text(b, n));
  for (auto n : d.removed_nodes) fmt::print("- entity {}\n", node_text(a, n));
  for (auto e : d.added_edges) fmt::print("+ edge {}\n", edge_text(b, e));
  for (auto e : d.removed_edges) fmt::print("- edge {}\n", edge_text(a, e));
  for (const auto& c : d.changed_edges)
    fmt::print("~ edge {}\n    now {}\n", edge_text(a, c.before), edge_text(b, c.after));
  return same ? 0 : 1;
}

}  // namespace

void add_graph_commands(CLI::App& app, int& exit_code) {
  auto st = std::make_shared<StatsOptions>();
  auto* stats = app.add_subcommand("stats", "Counts by type, degree, PageRank, components and top relations of a graph");
  stats->footer(
      "Degree counts distinct neighbours, direction ignored; PageRank is Boost.Graph's (damping 0.85,\n"
      "50 iterations, parallel relations counted once, normalized to sum 1); components are\n"
      "weakly connected.\n\n"
      "Examples:\n"
      "  ergraph stats out/graph.graphml\n"
      "  ergraph stats out/graph.graphml --top 25 --format json");
  stats->add_option("graph", st->graph_file, "GraphML file written by ergraph build")->required();
  stats->add_option("--top", st->top, "Entries in each ranked list")->capture_default_str();
  stats->add_option("--format", st->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  stats->callback([st, &exit_code] {
    run_stats(*st);
    exit_code = 0;
  });

  auto mo = std::make_shared<MergeOptions>();
  auto* merge = app.add_subcommand("merge", "Merge graphs built separately into one (evidence kept)");
  merge->footer(
      "Inputs are GraphML files or graph.snapshot files (build writes both). Snapshots merge exactly:\n"
      "the shards of `build --shard I/N` merged into a folder (-o DIR/) give graph.graphml,\n"
      "graph.gexf, graph.dot, entities.jsonl and graph.index byte-identical to one build of all\n"
      "documents, and a graph.snapshot to merge further. GraphML inputs are already resolved and rounded: merging them\n"
      "is close to, not exactly, one build.\n\n"
      "Entities and edges with the same id (the same name and type; the same subject, relation,\n"
      "polarity and object) become one: counts and mentions add up, documents, aliases, dates and\n"
      "attributions are united, the kept evidence is the first five of both, confidences combine\n"
      "by noisy-or. The result does not depend on the order of the inputs. An article built into\n"
      "two inputs counts twice. The output follows -o: a folder (DIR/ or no extension), or a file\n"
      "by its extension: .graphml, .gexf, .dot, .snapshot (unresolved, to merge further) or .index\n"
      "(resolved, for fast `path` and `neighbors` queries).\n\n"
      "Example:\n"
      "  ergraph merge jan/graph.graphml feb/graph.graphml -o both.graphml\n"
      "  ergraph merge s0/graph.snapshot s1/graph.snapshot s2/graph.snapshot -o all/");
  merge->add_option("inputs", mo->inputs, "GraphML or graph.snapshot files written by ergraph build")->required()->expected(1, -1);
  merge->add_option("-o,--output", mo->output, "Folder (DIR/) or file to write (.graphml, .gexf, .dot, .snapshot, .index)")->required();
  merge->callback([mo, &exit_code] {
    run_merge(*mo);
    exit_code = 0;
  });

  auto dfo = std::make_shared<DiffOptions>();
  auto* diff = app.add_subcommand("diff", "What changed between two graphs: entities and edges added, removed, changed");
  diff->footer(
      "Matched by id: a renamed or retyped entity shows as removed and added. An edge is changed\n"
      "when its count, confidence, factuality or documents differ. Exit 0 when the graphs are the\n"
      "same, 1 when they differ (as diff does), 65 bad GraphML, 74 unreadable file.\n\n"
      "Example:\n"
      "  ergraph diff yesterday/graph.graphml today/graph.graphml");
  diff->add_option("old", dfo->before, "The earlier GraphML file")->required();
  diff->add_option("new", dfo->after, "The later GraphML file")->required();
  diff->add_option("--format", dfo->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  diff->callback([dfo, &exit_code] { exit_code = run_diff(*dfo); });
}

}  // namespace ergraph::cli
