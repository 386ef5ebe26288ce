// `ergraph entities GRAPH [NAME]`: the nodes of a graph, with their surface forms and the rules
// that resolved each.
#include <fmt/core.h>

#include <set>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/graph_query.h"
#include "core/error.h"
#include "core/triple.h"
#include "export/entities.h"
#include "graph/path.h"

namespace ergraph::cli {
namespace {

struct EntitiesOptions {
  std::string graph_file, name, format = "text", type;
};

/// "Putin (3), President Putin (2)": the surface forms other than the label, most seen first.
std::string other_forms(const graph::NodeData& d) {
  std::string out;
  for (const auto& [form, n] : exporter::forms_by_count(d)) {
    if (form.text == d.label) continue;
    out += fmt::format("{}{} ({})", out.empty() ? "" : ", ", form.text, n);
  }
  if (out.empty() && d.forms.empty())  // a graph written before surface forms were kept
    for (const auto& a : d.aliases) out += (out.empty() ? "" : ", ") + a;
  return out;
}

std::string join(const std::set<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

void print_list_text(const graph::KnowledgeGraph& g, const std::vector<graph::NodeIndex>& nodes) {
  fmt::print("name\ttype\tmentions\tdocuments\tother surface forms (count)\n");
  for (const auto n : nodes) {
    const auto& d = g.node(n);
    fmt::print("{}\t{}\t{}\t{}\t{}\n", d.label, core::to_string(d.type), d.mentions,
               d.scope.empty() ? std::to_string(d.documents.size()) : d.scope, other_forms(d));
  }
}

void print_detail_text(const graph::KnowledgeGraph& g, const std::vector<graph::NodeIndex>& nodes) {
  bool first = true;
  for (const auto n : nodes) {
    const auto& d = g.node(n);
    if (!first) fmt::print("\n");
    first = false;
    fmt::print("{} ({})  id {}\n", d.label, core::to_string(d.type), d.id);
    if (!d.scope.empty()) fmt::print("  concept of one article: {}\n", d.scope);
    fmt::print("  {} mention{} in {} document{}: {}\n", d.mentions, d.mentions == 1 ? "" : "s", d.documents.size(),
               d.documents.size() == 1 ? "" : "s", join(d.documents));
    fmt::print("  edges: {} out, {} in\n", g.out_edges(n).size(), g.in_edges(n).size());
    if (!d.forms.empty()) {
      fmt::print("  surface forms (count, rule):\n");
      for (const auto& [form, count] : exporter::forms_by_count(d))
        fmt::print("    {:>5}  {}  [{}]\n", count, form.text, form.rule);
    } else if (!d.aliases.empty()) {
      fmt::print("  aliases: {}\n", join(d.aliases));
    }
  }
}

void print_json(const graph::KnowledgeGraph& g, const std::vector<graph::NodeIndex>& nodes) {
  std::string out = "[";
  for (std::size_t i = 0; i < nodes.size(); ++i)
    out += (i ? ",\n  " : "\n  ") + exporter::entity_json(g.node(nodes[i]));
  out += nodes.empty() ? "]" : "\n]";
  fmt::print("{}\n", out);
}

void run_entities(const EntitiesOptions& opt, int& exit_code) {
  const auto g = load_graph(opt.graph_file);  // GraphML or graph.snapshot; a missing file: IoError, exit 74
  core::EntityType type{};
  std::string type_name = opt.type;
  for (char& c : type_name) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  if (!type_name.empty() && !core::parse_entity_type(type_name, type))
    throw GraphError("E603", fmt::format("unknown type '{}' (PERSON, ORG, GPE, LOC, MISC or CONCEPT)", opt.type));
  std::vector<graph::NodeIndex> nodes;
  if (opt.name.empty()) {
    nodes = exporter::entity_order(g);
  } else {
    nodes = graph::find_entities(g, opt.name);
    if (nodes.empty()) {
      const auto close = graph::suggest_entities(g, opt.name, 5);
      std::string hint;
      for (const auto& s : close) hint += fmt::format("{}\"{}\"", hint.empty() ? "" : ", ", s);
      throw GraphError("E602", fmt::format("no entity named \"{}\" in the graph{}", opt.name,
                                           hint.empty() ? "" : "; did you mean " + hint + "?"));
    }
  }
  if (!opt.type.empty()) std::erase_if(nodes, [&](graph::NodeIndex n) { return g.node(n).type != type; });
  if (opt.format == "json") print_json(g, nodes);
  else if (opt.name.empty()) print_list_text(g, nodes);
  else print_detail_text(g, nodes);
  exit_code = 0;
}

}  // namespace

void add_entities_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<EntitiesOptions>();
  auto* cmd = app.add_subcommand("entities", "List the entities (nodes) of a graph that `ergraph build` wrote, with their surface forms");
  cmd->footer(
      "Without NAME: one line per node, tab-separated: name, type, mentions, documents (for a\n"
      "CONCEPT node, the one article it belongs to), and the other ways it was written with\n"
      "their counts. With NAME: every node whose name, alias or surface form is NAME (any case),\n"
      "in detail: its id, documents, edges, and each surface form with its count and the rule\n"
      "that resolved it to the node:\n"
      "  exact       the name as written (\"the\" aside)     gazetteer   an alias in models/gazetteer.tsv\n"
      "  metonym     a capital or seat for its state       demonym     \"the Chinese government\" -> China\n"
      "  title       title words dropped (\"President\")     surname     a short name -> the one full name\n"
      "  alias-file  your --aliases file                   concept     a generic noun phrase\n"
      "  normalized  other canonical-name rules (\"former\", spacing)\n"
      "  coreference a pronoun or description resolved to its antecedent (\"he\", \"the company\")\n"
      "A wrong merge or a missed one is fixed with `ergraph build --aliases FILE`.\n"
      "The same list, for scripts, is OUTDIR/entities.jsonl (one JSON object per node, as\n"
      "--format json prints them).\n"
      "Exit status: 0 ok, 2 unknown name (close names are suggested) or usage error, 65 malformed\n"
      "GraphML, 74 the graph file cannot be read.\n\n"
      "Examples:\n"
      "  ergraph entities out/graph.graphml\n"
      "  ergraph entities out/graph.graphml Putin\n"
      "  ergraph entities out/graph.graphml --type PERSON --format json");
  cmd->add_option("graph", opt->graph_file, "GraphML file written by `ergraph build`")->required();
  cmd->add_option("name", opt->name, "Show only the entities with this name, alias or surface form, in detail");
  cmd->add_option("--type", opt->type, "Only entities of this type (PERSON, ORG, GPE, LOC, MISC, CONCEPT)")
      ->check(CLI::IsMember({"PERSON", "ORG", "GPE", "LOC", "MISC", "CONCEPT"}, CLI::ignore_case));
  cmd->add_option("--format", opt->format, "Output format: text (a table, or details with NAME) or json (an array of objects)")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->callback([opt, &exit_code] { run_entities(*opt, exit_code); });
}

}  // namespace ergraph::cli
