// Options, name resolution and rendering shared by `ergraph path` and `ergraph neighbors`.
#include "cli/graph_query.h"

#include "export/graphml.h"
#include "graph/snapshot.h"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <memory>
#include <regex>
#include <vector>

#include "cli/commands.h"
#include "core/error.h"
#include "core/triple.h"
#include "nlp/lexicon.h"

namespace ergraph::cli {

graph::KnowledgeGraph load_graph(const std::string& file) {
  if (!graph::is_snapshot(file)) return exporter::read_graphml(file);
  graph::Snapshot s = graph::read_snapshot(file);
  if (!s.finalized) s.graph.finalize();
  return std::move(s.graph);
}

QueryGraph load_query_graph(const std::string& file) {
  QueryGraph q;
  if (graph::is_finalized_snapshot(file)) {
    auto index = std::make_unique<graph::SnapshotIndex>(graph::SnapshotIndex::open(file));
    q.graph = index->nodes();
    q.index = std::move(index);
  } else if (!graph::is_snapshot(file)) {
    if (auto index = exporter::GraphmlIndex::open(file)) {
      q.graph = index->take_nodes();
      q.index = std::move(index);
    } else {
      q.graph = exporter::read_graphml(file);
    }
  } else {
    q.graph = load_graph(file);
  }
  return q;
}

QueryGraph& load_query_graph_for_exit(const std::string& file) {
  static auto* kept = new std::vector<std::unique_ptr<QueryGraph>>();
  kept->push_back(std::make_unique<QueryGraph>(load_query_graph(file)));
  return *kept->back();
}

graph::KnowledgeGraph load_graph_unresolved(const std::string& file) {
  if (!graph::is_snapshot(file)) return exporter::read_graphml(file);
  return graph::read_snapshot(file).graph;
}

namespace {

const CLI::Validator kIsoDay(
    [](std::string& s) -> std::string {
      static const std::regex day(R"(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))");
      return std::regex_match(s, day) ? std::string() : "want a day YYYY-MM-DD, got '" + s + "'";
    },
    "YYYY-MM-DD");

const CLI::Validator kRegex(
    [](std::string& s) -> std::string {
      try {
        std::regex re(s, std::regex::ECMAScript);
      } catch (const std::regex_error& e) {
        return "not a regular expression: '" + s + "' (" + e.what() + ")";
      }
      return {};
    },
    "REGEX");

const CLI::Validator kEntityType(
    [](std::string& s) -> std::string {
      std::string upper = s;
      std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
      core::EntityType t;
      if (!core::parse_entity_type(upper, t)) return "unknown type '" + s + "' (PERSON, ORG, GPE, LOC, MISC, CONCEPT)";
      s = upper;
      return {};
    },
    "TYPE");

}  // namespace

void add_filter_options(CLI::App* cmd, QueryFilters& f) {
  cmd->add_flag("--directed", f.directed, "Follow edges only in their direction (subject -> object)");
  cmd->add_flag("--asserted-only", f.asserted_only,
                "Use only relations stated as certain facts (factuality CT+): skip denied (\"does not ...\", \"denied that ...\"), "
                "hedged (\"may ...\"), alleged, requested and conditional ones");
  cmd->add_option("--relation", f.relations,
                  "Use only relations matching this regular expression (searched in the relation name: \"meet\" "
                  "matches meet-with; ^...$ for the whole name); repeatable: any of them")
      ->check(kRegex)
      ->allow_extra_args(false);
  cmd->add_option("--exclude-relation", f.exclude_relations, "Leave out relations matching this regular expression; repeatable")
      ->check(kRegex)
      ->allow_extra_args(false);
  cmd->add_option("--type", f.types,
                  "Entity types allowed for the nodes in between (PERSON, ORG, GPE, LOC, MISC, CONCEPT, any case); repeatable; "
                  "the two named entities are always allowed")
      ->transform(kEntityType)  // a transform: the upper-cased spelling is what is kept
      ->allow_extra_args(false);
  cmd->add_option("--min-confidence", f.min_confidence, "Use only relations of at least this confidence")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--min-support", f.min_support, "Use only relations read at least N times (edge count)")
      ->check(CLI::Range(0u, 1000000000u));
  cmd->add_option("--since", f.since,
                  "Use only relations read in an article dated on or after this day; undated relations are left out")
      ->check(kIsoDay);
  cmd->add_option("--until", f.until,
                  "Use only relations read in an article dated on or before this day; undated relations are left out")
      ->check(kIsoDay);
  cmd->add_option("--models", f.models,
                  models_option_help("Models folder whose lexicon/titles.txt lists the title words stripped from names"));
}

void apply_filters(const QueryFilters& f, graph::PathOptions& opts) {
  opts.directed = f.directed;
  opts.asserted_only = f.asserted_only;
  opts.relations = f.relations;
  opts.exclude_relations = f.exclude_relations;
  opts.node_types.clear();
  for (const std::string& s : f.types) {
    core::EntityType t;
    if (!core::parse_entity_type(s, t)) throw GraphError("E603", "unknown entity type '" + s + "'");
    opts.node_types.push_back(t);
  }
  opts.min_confidence = f.min_confidence;
  opts.min_support = f.min_support;
  opts.since = f.since;
  opts.until = f.until;
}

std::vector<std::string> load_titles(const std::string& models_option) {
  const auto file = models_dir(models_option) / nlp::kLexiconFolder / "titles.txt";
  std::ifstream in(file);
  if (!in) {
    fmt::print(stderr, "ergraph: warning: cannot read {}; names are matched without stripping titles\n", file.string());
    return {};
  }
  return nlp::WordList::parse(in, file.string()).words();
}

std::string node_text(const graph::KnowledgeGraph& g, graph::NodeIndex n) {
  const auto& d = g.node(n);
  return fmt::format("{} ({})", d.label, core::to_string(d.type));
}

graph::NodeIndex resolve_entity(const graph::KnowledgeGraph& g, const std::string& name,
                                const std::vector<std::string>& titles) {
  const graph::EntityMatch m = graph::match_entity(g, name, titles);
  if (m.nodes.size() == 1) return m.nodes.front();
  if (m.nodes.empty()) {
    std::string hint;
    for (const auto& s : graph::suggest_entities(g, name, 5)) hint += fmt::format("{}\"{}\"", hint.empty() ? "" : ", ", s);
    throw GraphError("E601", fmt::format("no entity named \"{}\" in the graph{}", name,
                                         hint.empty() ? "" : "; did you mean " + hint + "?"));
  }
  constexpr std::size_t kShown = 10;
  std::string choices;
  for (std::size_t i = 0; i < m.nodes.size() && i < kShown; ++i) {
    const auto& d = g.node(m.nodes[i]);
    choices += fmt::format("\n  {} ({}, {} mention{}{})", d.label, core::to_string(d.type), d.mentions,
                           d.mentions == 1 ? "" : "s", d.scope.empty() ? "" : ", in " + d.scope);
  }
  if (m.nodes.size() > kShown) choices += fmt::format("\n  ... and {} more", m.nodes.size() - kShown);
  throw GraphError("E602", fmt::format("\"{}\" is ambiguous ({} match): {} entities; use a full name:{}", name, m.rule,
                                       m.nodes.size(), choices));
}

std::string relation_label(const graph::EdgeData& e) {
  std::string label = e.polarity == core::Polarity::Negative ? "not " + e.relation : e.relation;
  if (e.modality == core::Modality::Hedged) label += std::string(" (hedged, ") + core::to_string(e.factuality) + ")";
  return label;
}

std::string arrow(const graph::EdgeData& e, bool forward) {
  const std::string label = relation_label(e);
  return forward ? fmt::format("--[{}]-->", label) : fmt::format("<--[{}]--", label);
}

void print_evidence_items(const graph::EdgeData& e, int indent) {
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  for (std::size_t i = 0; i < e.evidence.size(); ++i) {
    const auto& ev = e.evidence[i];
    std::string where = ev.doc_id;
    if (!ev.date.empty()) where += ", " + ev.date;
    if (!ev.title.empty()) where += ", \"" + ev.title + "\"";
    fmt::print("{}[{}/{}] {}, sentence {}, {}{}\n", pad, i + 1, e.evidence.size(), where, ev.sentence,
               core::to_string(ev.factuality), ev.attribution.empty() ? "" : ", according to " + ev.attribution);
    fmt::print("{}    \"{}\"\n", pad, ev.text);
    if (!ev.url.empty()) fmt::print("{}    {}\n", pad, ev.url);
  }
  if (e.count > e.evidence.size())
    fmt::print("{}({} more not kept: the graph keeps {} evidence items per relation)\n", pad,
               e.count - e.evidence.size(), graph::KnowledgeGraph::kMaxEvidence);
}

void write_node_json(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, const graph::KnowledgeGraph& g,
                     graph::NodeIndex n) {
  const auto& d = g.node(n);
  w.StartObject();
  w.Key("id");
  w.String(d.id.c_str());
  w.Key("label");
  w.String(d.label.c_str());
  w.Key("type");
  w.String(core::to_string(d.type));
  w.EndObject();
}

void write_edge_fields(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, const graph::EdgeData& e, bool forward) {
  auto str = [&](const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
  };
  str("edge", e.id);
  str("relation", e.relation);
  str("direction", forward ? "forward" : "backward");
  str("polarity", core::to_string(e.polarity));
  str("modality", core::to_string(e.modality));
  str("factuality", core::to_string(e.factuality));
  w.Key("attributions");
  w.StartArray();
  for (const auto& a : e.attributions) w.String(a.c_str());
  w.EndArray();
  w.Key("count");
  w.Uint(e.count);
  w.Key("confidence");
  w.Double(e.confidence);
}

void write_edge_json(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, const graph::EdgeData& e, bool forward) {
  auto str = [&](const char* key, const std::string& value) {
    w.Key(key);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
  };
  w.StartObject();
  write_edge_fields(w, e, forward);
  str("first_seen", e.first_seen());
  str("last_seen", e.last_seen());
  w.Key("evidence_items");
  w.StartArray();
  for (const auto& ev : e.evidence) {
    w.StartObject();
    str("doc_id", ev.doc_id);
    w.Key("sentence");
    w.Uint(ev.sentence);
    str("text", ev.text);
    str("date", ev.date);
    str("title", ev.title);
    str("url", ev.url);
    str("factuality", core::to_string(ev.factuality));
    str("attribution", ev.attribution);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace ergraph::cli
