#pragma once
/// @file commands.h
/// The subcommands of the one `ergraph` executable. Each add_* function registers one command
/// (its options and its callback) on a CLI11 parent. Callbacks throw ergraph::Error on failure
/// (main maps it to a message and an exit code) and may set `exit_code` (e.g. 1 = no path).
#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>

namespace ergraph::cli {

void add_build_command(CLI::App& app, int& exit_code);
void add_path_command(CLI::App& app, int& exit_code);
/// `ergraph diagram` (cli/diagram_command.cpp): DOT of part of a graph under a node budget.
void add_diagram_command(CLI::App& app, int& exit_code);
/// `ergraph stats`, `merge`, `diff` (cli/graph_commands.cpp).
void add_graph_commands(CLI::App& app, int& exit_code);
/// `ergraph neighbors` (cli/neighbors_command.cpp): the entities within N hops of one.
void add_neighbors_command(CLI::App& app, int& exit_code);
void add_entities_command(CLI::App& app, int& exit_code);
void add_extract_command(CLI::App& app, int& exit_code);
void add_annotate_command(CLI::App& app, int& exit_code);
/// `ergraph view GRAPH -o FILE.html`: the interactive HTML viewer (cli/view_command.cpp, export/html.h).
void add_view_command(CLI::App& app, int& exit_code);
void add_verify_command(CLI::App& app, int& exit_code);  // cli/output_manifest.cpp

/// Under `ergraph train` / `ergraph eval`.
void add_train_tagger_command(CLI::App& train, int& exit_code);
void add_eval_tagger_command(CLI::App& eval, int& exit_code);
void add_train_parser_command(CLI::App& train, int& exit_code);
void add_eval_parser_command(CLI::App& eval, int& exit_code);
void add_train_lemmatizer_command(CLI::App& train, int& exit_code);
void add_eval_lemmatizer_command(CLI::App& eval, int& exit_code);
void add_eval_triples_command(CLI::App& eval, int& exit_code);
/// `eval coref` (cli/eval_coref.cpp) and `train first-names` (cli/train_first_names.cpp): pronoun
/// coreference, entities/coreference.h.
void add_eval_coref_command(CLI::App& eval, int& exit_code);
void add_train_first_names_command(CLI::App& train, int& exit_code);
void add_train_sentences_command(CLI::App& train, int& exit_code);
void add_train_ner_command(CLI::App& train, int& exit_code);
void add_eval_ner_command(CLI::App& eval, int& exit_code);
/// `ergraph eval sentences`: the sentence splitter against gold sentence boundaries.
void add_eval_sentences_command(CLI::App& eval, int& exit_code);

/// The models folder and why it was chosen (`ergraph --version` prints both).
struct ModelsDir {
  std::filesystem::path path;
  std::string source;  ///< "--models", "$ERGRAPH_MODELS", "installed, beside the executable" or "source tree"
};

/// The models folder, the first of: --models if given; $ERGRAPH_MODELS if set and not empty;
/// `<folder of the running executable>/../share/ergraph/models` if it exists (an installed or
/// copied install tree: bin/ergraph, share/ergraph/models); the source tree's models/ (the build
/// tree). The last is returned even when it does not exist: loading a model then names it.
ModelsDir find_models_dir(const std::string& option_value);
std::filesystem::path models_dir(const std::string& option_value);

/// `what` followed by the lookup order above, for the --help of every --models option.
std::string models_option_help(const std::string& what);

/// The training corpora: --data if given, else ../shared/data beside the source tree.
std::filesystem::path data_dir(const std::string& option_value);

}  // namespace ergraph::cli
