// The one `ergraph` executable: CLI11 parsing, exit codes and error messages; nothing else.
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <cstdio>
#include <exception>

#include "cli/commands.h"
#include "core/error.h"

namespace {

// Exit codes (documented in --help and README): 0 ok, 1 no path found, 2 usage error or unknown
// or ambiguous entity, 65 bad input data, 70 internal error, 74 I/O error, 78 model file problem.
int exit_code_for(const ergraph::Error& e) {
  if (dynamic_cast<const ergraph::ParseError*>(&e)) return 65;
  if (dynamic_cast<const ergraph::IoError*>(&e)) return 74;
  if (dynamic_cast<const ergraph::ModelError*>(&e)) return 78;
  if (dynamic_cast<const ergraph::GraphError*>(&e)) return 2;
  return 70;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "ergraph: turns a folder of news articles into an entity-relationship knowledge graph.\n\n"
      "  ergraph build samples/ -o out/          articles -> out/graph.graphml, graph.dot, triples.jsonl,\n"
      "                                          entities.jsonl\n"
      "  ergraph build samples/ -o out/ --aliases names.tsv   the same, with your own aliases\n"
      "  ergraph path out/graph.graphml Putin \"United States\"   how two actors are connected\n"
      "  ergraph neighbors out/graph.graphml Putin --depth 2   who is near an actor, and how\n"
      "  ergraph entities out/graph.graphml [NAME]   the nodes, their surface forms and merge rules\n"
      "  ergraph view out/graph.graphml -o out/graph.html   an interactive page: search, evidence, filters\n"
      "  ergraph verify out/                     check that out/ holds one complete build (MANIFEST.json)\n"
      "  ergraph annotate article.txt            tokens, tags, lemmas and parse as CoNLL-U\n"
      "  ergraph extract sentences.txt           every Open IE extraction (CaRB format)\n"
      "  ergraph eval tagger --conllu FILE       accuracy of the part-of-speech tagger\n"
      "  ergraph eval triples --gold FILE        extraction precision and recall on gold triples\n"
      "  ergraph eval coref --conllu FILE        pronoun coreference accuracy on GUM\n"
      "  ergraph eval sentences --conllu FILE    sentence splitting against gold boundaries\n"
      "  ergraph train tagger                    retrain a model from ../shared/data\n\n"
      "Run `ergraph COMMAND --help` for the options of a command.",
      "ergraph"};
  // The second line says which models folder a command without --models would read, and why
  // (cli/models_dir.cpp): an installed copy can be checked without running a build.
  const auto models = ergraph::cli::find_models_dir("");
  app.set_version_flag("--version", std::string("ergraph ") + ERGRAPH_VERSION + "\nmodels: " + models.path.string() +
                                        " (" + models.source + ")");
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 ok; 1 no path found (path) or no neighbour (neighbors); 2 usage error or unknown or ambiguous entity; 65 bad input "
      "data; 74 file cannot be read or written; 78 missing or broken model file.\n\n"
      "Models: the folder given by --models, else $ERGRAPH_MODELS, else ../share/ergraph/models beside the "
      "executable's folder (an installed ergraph), else the source tree's models/; `ergraph --version` prints "
      "the one chosen.");

  int exit_code = 0;
  ergraph::cli::add_build_command(app, exit_code);
  ergraph::cli::add_path_command(app, exit_code);
  ergraph::cli::add_diagram_command(app, exit_code);
  ergraph::cli::add_graph_commands(app, exit_code);
  ergraph::cli::add_neighbors_command(app, exit_code);
  ergraph::cli::add_entities_command(app, exit_code);
  ergraph::cli::add_view_command(app, exit_code);
  ergraph::cli::add_verify_command(app, exit_code);
  ergraph::cli::add_extract_command(app, exit_code);
  ergraph::cli::add_annotate_command(app, exit_code);

  auto* train = app.add_subcommand("train", "Train a model from the corpora in ../shared/data");
  train->require_subcommand(1);
  ergraph::cli::add_train_tagger_command(*train, exit_code);
  ergraph::cli::add_train_parser_command(*train, exit_code);
  ergraph::cli::add_train_lemmatizer_command(*train, exit_code);
  ergraph::cli::add_train_first_names_command(*train, exit_code);
  ergraph::cli::add_train_sentences_command(*train, exit_code);
  ergraph::cli::add_train_ner_command(*train, exit_code);

  auto* eval = app.add_subcommand("eval", "Measure a model on gold CoNLL-U data, or the extractor on gold triples");
  eval->require_subcommand(1);
  ergraph::cli::add_eval_tagger_command(*eval, exit_code);
  ergraph::cli::add_eval_parser_command(*eval, exit_code);
  ergraph::cli::add_eval_lemmatizer_command(*eval, exit_code);
  ergraph::cli::add_eval_triples_command(*eval, exit_code);
  ergraph::cli::add_eval_coref_command(*eval, exit_code);
  ergraph::cli::add_eval_ner_command(*eval, exit_code);
  ergraph::cli::add_eval_sentences_command(*eval, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  } catch (const ergraph::Error& e) {
    fmt::print(stderr, "ergraph: error [{}]: {}\n", e.code(), e.what());
    return exit_code_for(e);
  } catch (const std::exception& e) {
    fmt::print(stderr, "ergraph: internal error: {}\n", e.what());
    return 70;
  }
  return exit_code;
}
