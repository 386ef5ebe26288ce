// `ergraph build PATH... -o OUTDIR`: articles -> triples -> graph -> GraphML, DOT, JSONL.
#include <fmt/core.h>
#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <optional>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <sstream>
#include <thread>
#include <tuple>

#include "cli/commands.h"
#include "cli/progress.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "entities/mentions.h"
#include "export/dot.h"
#include "export/entities.h"
#include "export/gexf.h"
#include "export/graphml.h"
#include "export/jsonl.h"
#include "extract/pipeline.h"
#include "nlp/dates.h"
#include "nlp/reader.h"
#include "nlp/sentence_splitter.h"
#include "nlp/tokenizer.h"
#include "graph/aliases.h"
#include "graph/knowledge_graph.h"
#include "graph/snapshot.h"
#include "core/text.h"
#include "cli/output_manifest.h"

namespace ergraph::cli {
namespace {
namespace fs = std::filesystem;

/// A document larger than this (--part-bytes) is analysed in parts of at most this size
/// (nlp::part_starts), one after another: peak memory follows the part (about 20 bytes per byte
/// of text, bench/README.md), not the document. Coreference does not cross a part boundary;
/// sentence numbers and byte spans stay those of the whole document.
constexpr std::size_t kDefaultPartBytes = 4u << 20;

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string output = "out";
  std::string models;
  std::string stdin_format = "text";
  unsigned threads = 0;
  bool quiet = false;
  bool strict = false;
  std::string extractor = "clause";
  bool no_concepts = false;
  std::string aliases;
  std::string actors = "country";
  std::string ner_domain = "web";
  std::string shard;  ///< "I/N": only the documents whose id hashes to I of N
  std::string text_column;
  std::string encoding;
  std::size_t part_bytes = kDefaultPartBytes;  ///< --part-bytes
};

struct Shard {
  std::uint64_t index = 0, count = 1;
  /// Stable across runs and machines: FNV-1a-64 of the document id, modulo the count.
  bool owns(const std::string& doc_id) const { return count <= 1 || core::fnv1a64(doc_id) % count == index; }
};

Shard parse_shard(const std::string& spec) {
  Shard s;
  if (spec.empty()) return s;
  const auto slash = spec.find('/');
  try {
    if (slash == std::string::npos) throw std::invalid_argument(spec);
    std::size_t used = 0;
    s.index = std::stoull(spec.substr(0, slash), &used);
    if (used != slash) throw std::invalid_argument(spec);
    s.count = std::stoull(spec.substr(slash + 1), &used);
    if (used != spec.size() - slash - 1) throw std::invalid_argument(spec);
  } catch (const std::logic_error&) {
    throw GraphError("E211", "--shard wants I/N with 0 <= I < N (e.g. 0/4), not \"" + spec + "\"");
  }
  if (s.count == 0 || s.index >= s.count)
    throw GraphError("E211", "--shard wants I/N with 0 <= I < N (e.g. 0/4), not \"" + spec + "\"");
  return s;
}

struct Counters {
  std::uint64_t sentences = 0, tokens = 0, whitespace_tokens = 0, triples = 0;
  std::uint64_t long_sentences_split = 0, documents_with_long_sentences = 0;
  std::uint64_t documents_in_parts = 0, parts = 0;
};

/// Moves a part's triples from part-relative to document-relative positions.
void shift_to_document(std::vector<core::Triple>& triples, std::uint32_t sentences_before, std::uint32_t byte_offset) {
  auto shift = [&](core::Span& s) {
    if (s.empty()) return;
    s.begin += byte_offset;
    s.end += byte_offset;
  };
  for (auto& t : triples) {
    t.evidence.sentence += sentences_before;
    t.evidence.begin += byte_offset;
    t.evidence.end += byte_offset;
    shift(t.subject_span);
    shift(t.relation_span);
    shift(t.object_span);
  }
}

// Documents are processed in batches: read a batch in input order, annotate and extract it on
// `threads` workers, then merge the results into the graph and the JSONL stream in input order.
// Output is therefore byte-identical whatever the thread count.
class BatchRunner {
 public:
  /// Hears, on a worker thread, how far the pipeline is inside a document (for the progress line).
  using OnProgress = std::function<void(const nlp::Document&, const extract::DocumentProgress&)>;

  BatchRunner(const extract::Pipeline& pipeline, unsigned threads) : pipeline_(pipeline), threads_(threads) {}

  struct Result {
    extract::PipelineOutput out;
    std::uint64_t sentences = 0, tokens = 0, whitespace_tokens = 0;
    std::string error;  // non-empty if the pipeline threw on this document
  };

  std::vector<Result> run(std::vector<nlp::Document>& docs, const OnProgress& on_progress = {}) const {
    std::vector<Result> results(docs.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i = next++; i < docs.size(); i = next++) {
        try {
          extract::ProgressCallback progress;
          if (on_progress) progress = [&, i](const extract::DocumentProgress& p) { on_progress(docs[i], p); };
          results[i].whitespace_tokens = nlp::count_whitespace_tokens(docs[i].text);
          results[i].out = pipeline_.process(docs[i], progress);
          results[i].sentences = docs[i].sentences.size();
          results[i].tokens = docs[i].tokens.size();
        } catch (const std::exception& e) {
          results[i].error = e.what();
        }
      }
    };
    const unsigned n = std::min<unsigned>(threads_, static_cast<unsigned>(docs.size()));
    if (n <= 1) {
      work();
    } else {
      std::vector<std::jthread> pool;
      for (unsigned t = 0; t < n; ++t) pool.emplace_back(work);
    }
    return results;
  }

 private:
  const extract::Pipeline& pipeline_;
  unsigned threads_;
};

std::string plural(std::uint64_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

void run_build(const BuildOptions& opt, int& exit_code) {
  const auto start = std::chrono::steady_clock::now();
  nlp::ReadStats stats;
  const Shard shard = parse_shard(opt.shard);
  std::uint64_t other_shards = 0;
  nlp::ReaderOptions ropts;
  ropts.stdin_jsonl = opt.stdin_format == "jsonl";
  ropts.text_column = opt.text_column;
  ropts.encoding = opt.encoding;
  ropts.exclude = {opt.output};  // a build never reads its own output
  if (!opt.encoding.empty()) {   // an unknown name stops the run before any work
    std::string converted, error;
    if (!nlp::convert_to_utf8("", opt.encoding, converted, error)) throw GraphError("E213", "--encoding: " + error);
  }
  const auto inputs = nlp::list_inputs(opt.inputs, stats, ropts);  // throws for a missing path
  if (!opt.quiet)
    for (const auto& ignored : stats.ignored) fmt::print(stderr, "ergraph: ignored {}: {}\n", ignored.path, ignored.why);
  // The user's say comes first: a bad alias file stops the run before any work.
  const graph::AliasTable aliases = opt.aliases.empty() ? graph::AliasTable() : graph::AliasTable::load(opt.aliases);
  extract::PipelineOptions popts;
  popts.extractor = opt.extractor == "pattern" ? extract::ExtractorKind::Pattern : extract::ExtractorKind::Clause;
  popts.concepts = !opt.no_concepts;
  popts.mentions.actors = opt.actors == "literal" ? entities::Actors::Literal : entities::Actors::Country;
  popts.mentions.text_domain =
      entities::EntityRecognizer::parse_domain(opt.ner_domain).value_or(entities::EntityRecognizer::kDomainWeb);
  const auto pipeline = extract::Pipeline::load(models_dir(opt.models), popts);
  const unsigned threads = opt.threads ? opt.threads : std::max(1u, std::thread::hardware_concurrency());
  const BatchRunner runner(*pipeline, threads);

  // The new files are written into a staging folder and published together (core::OutputSet):
  // until then the folder keeps the previous build, whole. What a killed earlier run left is
  // finished or removed first, with its temporary files.
  std::error_code ec;
  const bool output_existed = fs::exists(opt.output, ec);
  std::optional<core::OutputSet> output_set;
  output_set.emplace(opt.output);
  core::remove_stale_temporaries(opt.output);
  if (!opt.quiet)
    for (const auto& line : output_set->recovered()) fmt::print(stderr, "ergraph: {}: {}\n", opt.output, line);
  // A run that reads nothing leaves no empty output folder behind.
  struct DropEmptyFolder {
    std::optional<core::OutputSet>& set;
    std::string folder;
    bool armed;
    ~DropEmptyFolder() {
      if (!armed) return;
      set.reset();
      std::error_code e;
      fs::remove(folder, e);  // only if empty
    }
  } drop_empty{output_set, opt.output, !output_existed};
  const auto staged = [&](const char* name) { return output_set->staged(name); };
  InputHash input_hash;

  Progress progress(!opt.quiet && ::isatty(STDERR_FILENO));
  graph::KnowledgeGraph g;
  Counters counts;
  std::uint64_t failed = 0;

  auto report = [&](const std::string& msg) {
    progress.clear();
    fmt::print(stderr, "ergraph: skipped {}\n", msg);
  };
  auto progress_line = [&] {
    return fmt::format("{} · {} · {} whitespace tokens ({} ours) · {} triples", plural(stats.files, "file", "files"),
                       plural(stats.documents, "document", "documents"), counts.whitespace_tokens, counts.tokens, counts.triples);
  };
  // Inside a long document (a 50 MB text file is one document), the workers tell how far they
  // are: the line shows the bytes done of the document last heard from. Only on a terminal; the
  // counters it reads change only between batches, while no worker runs.
  BatchRunner::OnProgress on_progress;
  std::mutex progress_mutex;
  if (!opt.quiet && ::isatty(STDERR_FILENO))
    on_progress = [&](const nlp::Document& doc, const extract::DocumentProgress& p) {
      const std::unique_lock lock(progress_mutex, std::try_to_lock);
      if (!lock.owns_lock()) return;  // another worker is drawing the line
      progress.update(fmt::format("{} · {}: {} {:.0f}% of {:.1f} MB", progress_line(), doc.id, p.stage,
                                  p.total ? 100.0 * static_cast<double>(p.done) / static_cast<double>(p.total) : 100.0,
                                  static_cast<double>(p.total) / 1e6));
    };

  // triples.jsonl is sorted by document id (then input order for a repeated id), so that it
  // does not depend on the order of the files or of the JSONL lines: each document's lines go to
  // a spool file as they come, with an index entry, and are copied out in order at the end.
  struct Spooled {
    std::string doc_id;
    std::uint64_t seq = 0, offset = 0, bytes = 0;
  };
  std::vector<Spooled> spooled;
  core::TemporaryFile spool(staged("triples.spool"));
  std::uint64_t spool_end = 0;
  {
    constexpr std::size_t kBatchDocs = 256;
    constexpr std::size_t kBatchBytes = 8u << 20;
    std::vector<nlp::Document> batch;
    std::vector<std::uint64_t> batch_offsets;  // of each entry in its document: 0 unless a later part
    std::size_t batch_bytes = 0;
    std::uint32_t sentences_before = 0;  // in the document whose parts are being merged
    bool part_failed = false;            // an earlier part of that document failed
    auto flush = [&] {
      auto results = runner.run(batch, on_progress);
      for (std::size_t i = 0; i < batch.size(); ++i) {
        auto& r = results[i];
        if (batch_offsets[i] == 0) {  // a whole document, or the first part of one
          sentences_before = 0;
          part_failed = false;
        } else {
          shift_to_document(r.out.triples, sentences_before, static_cast<std::uint32_t>(batch_offsets[i]));
        }
        sentences_before += static_cast<std::uint32_t>(r.sentences);
        if (!r.error.empty()) {
          if (!part_failed) ++failed;  // a document counts once, whichever of its parts failed
          part_failed = true;
          ++stats.skipped["processing-error"];
          report(batch[i].id + ": processing-error: " + r.error);
          if (opt.strict) throw ParseError("E121", "processing failed: " + r.error, batch[i].id);
          continue;
        }
        counts.sentences += r.sentences;
        counts.tokens += r.tokens;
        counts.whitespace_tokens += r.whitespace_tokens;
        counts.triples += r.out.triples.size();
        if (r.out.long_sentences_split) {
          counts.long_sentences_split += r.out.long_sentences_split;
          ++counts.documents_with_long_sentences;
          if (!opt.quiet) {
            progress.clear();
            fmt::print(stderr, "ergraph: {}: {} (over {} tokens) split\n", batch[i].id,
                       plural(r.out.long_sentences_split, "over-long sentence", "over-long sentences"), nlp::kMaxSentenceTokens);
          }
        }
        if (!aliases.empty()) {
          for (auto& t : r.out.triples) aliases.apply(t);
          for (auto& m : r.out.mentions) aliases.apply(m.entity);
        }
        if (!r.out.triples.empty()) {
          std::ostringstream lines;
          exporter::write_triples_jsonl(r.out.triples, lines);
          const std::string text = std::move(lines).str();
          spool.stream().write(text.data(), static_cast<std::streamsize>(text.size()));
          if (!spool.stream()) throw IoError("E202", "write failed (disk full?)", spool.path().string());
          spooled.push_back({batch[i].id, spooled.size(), spool_end, text.size()});
          spool_end += text.size();
        }
        for (const auto& t : r.out.triples) g.add(t);
        for (const auto& m : r.out.mentions) g.add_mention(m);
      }
      batch.clear();
      batch_offsets.clear();
      batch_bytes = 0;
      progress.update(progress_line());
    };
    for (std::size_t f = 0; f < inputs.size(); ++f) {
      nlp::read_input(
          inputs[f], ropts,
          [&](nlp::Document&& d) {
            if (!shard.owns(d.id)) {
              ++other_shards;
              return;
            }
            input_hash.add(d.id, d.text);
            if (d.text.size() <= opt.part_bytes) {
              batch_bytes += d.text.size();
              batch.push_back(std::move(d));
              batch_offsets.push_back(0);
              if (batch.size() >= kBatchDocs || batch_bytes >= kBatchBytes) flush();
              return;
            }
            // A huge document: its parts go through one after another; each keeps the
            // document's id, metadata and day (a dateline is only at the start).
            const auto starts = nlp::part_starts(d.text, opt.part_bytes);
            ++counts.documents_in_parts;
            counts.parts += starts.size();
            if (const auto day = nlp::document_date(d); !day.date.empty()) d.metadata["date"] = day.date;
            for (std::size_t k = 0; k < starts.size(); ++k) {
              const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : d.text.size();
              nlp::Document part;
              part.id = d.id;
              part.metadata = d.metadata;
              part.text = d.text.substr(starts[k], end - starts[k]);
              batch_bytes += part.text.size();
              batch.push_back(std::move(part));
              batch_offsets.push_back(starts[k]);
              if (batch.size() >= kBatchDocs || batch_bytes >= kBatchBytes) flush();
            }
          },
          [&](const nlp::InputIssue& issue) {
            if (opt.strict) throw ParseError("E120", std::string(nlp::to_string(issue.reason)) + ": " + issue.message, issue.path);
            report(issue.describe());
          },
          stats);
    }
    if (!batch.empty()) flush();
    progress.clear();
    const bool empty_shard = stats.documents == failed + other_shards && other_shards > 0;  // fine
    if (stats.documents == failed && !empty_shard) {
      if (stats.files == 0)
        throw ParseError("E122", fmt::format("found no article file to read (.txt, .md, .jsonl, .html; .csv and .tsv with "
                                             "--text-column){}", stats.ignored.empty() ? "" : "; the ignored files are listed above"),
                         opt.inputs.front());
      throw ParseError("E122", "no document could be read from the input (each file's reason is above)", opt.inputs.front());
    }
  }
  std::sort(spooled.begin(), spooled.end(), [](const Spooled& a, const Spooled& b) {
    return std::tie(a.doc_id, a.seq) < std::tie(b.doc_id, b.seq);
  });
  spool.stream().flush();
  core::write_file_atomically(staged("triples.jsonl"), [&](std::ostream& jsonl) {
    std::string buf;
    for (const Spooled& e : spooled) {
      buf.resize(e.bytes);
      spool.stream().seekg(static_cast<std::streamoff>(e.offset));
      spool.stream().read(buf.data(), static_cast<std::streamsize>(e.bytes));
      if (!spool.stream()) throw IoError("E204", "cannot read back the triples spool", spool.path().string());
      jsonl.write(buf.data(), static_cast<std::streamsize>(buf.size()));
    }
  });

  // The snapshot keeps the graph before finalize(): shards merged with `ergraph merge` give the
  // graph of one build, byte for byte (graph/snapshot.h).
  core::write_file_atomically(staged("graph.snapshot"), [&](std::ostream& out) { graph::write_snapshot(g, out, false); });
  g.finalize();
  // The resolved graph as a snapshot: what `path` and `neighbors` read fastest (graph::SnapshotIndex).
  core::write_file_atomically(staged("graph.index"), [&](std::ostream& out) { graph::write_snapshot(g, out, true); });
  core::write_file_atomically(staged("graph.graphml"), [&](std::ostream& out) { exporter::write_graphml(g, out); });
  core::write_file_atomically(staged("graph.gexf"), [&](std::ostream& out) { exporter::write_gexf(g, out); });
  core::write_file_atomically(staged("graph.dot"), [&](std::ostream& out) { exporter::write_dot(g, out); });
  core::write_file_atomically(staged("entities.jsonl"), [&](std::ostream& out) { exporter::write_entities_jsonl(g, out); });
  ManifestInfo info;  // last: only a finished build has a manifest
  info.command = "build";
  info.settings = {{"extractor", opt.extractor},
                   {"concepts", opt.no_concepts ? "no" : "yes"},
                   {"actors", opt.actors},
                   {"ner_domain", opt.ner_domain},
                   {"part_bytes", std::to_string(opt.part_bytes)},
                   {"shard", shard.count > 1 ? fmt::format("{}/{}", shard.index, shard.count) : "all"},
                   {"aliases_fnv1a64", aliases.empty() ? "none" : core::hex64(aliases.fingerprint())}};
  info.inputs_fnv1a64 = input_hash.hex();
  info.documents = stats.documents - failed - other_shards;
  info.triples = counts.triples;
  write_manifest(output_set->staging(), {"triples.jsonl", "graph.snapshot", "graph.index", "graph.graphml", "graph.gexf", "graph.dot", "entities.jsonl"},
                 info);
  output_set->publish();
  drop_empty.armed = false;

  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!opt.quiet) {
    std::uint64_t skipped = 0;
    std::string reasons;
    for (const auto& [reason, n] : stats.skipped) {
      skipped += n;
      reasons += fmt::format("{}{} {}", reasons.empty() ? "" : ", ", n, reason);
    }
    fmt::print(stderr, "ergraph build: {} read, {} skipped{}{}{}\n",
               plural(stats.documents - failed - other_shards, "document", "documents"), skipped,
               skipped ? " (" + reasons + ")" : "",
               stats.ignored.empty() ? "" : fmt::format("; {} ignored (listed above)", plural(stats.ignored.size(), "file or folder", "files or folders")),
               shard.count > 1 ? fmt::format("; shard {}/{}: {} in other shards", shard.index, shard.count, other_shards) : "");
    const auto per_second = [&](std::uint64_t n) { return secs > 0 ? static_cast<double>(n) / secs : 0.0; };
    fmt::print(stderr,
               "  {} sentences, {} whitespace tokens ({} ours), {} triples -> {} nodes, {} edges in {:.2f} s "
               "({:.0f} whitespace tokens/s, {:.0f} ours; {})\n",
               counts.sentences, counts.whitespace_tokens, counts.tokens, counts.triples, g.node_count(), g.edge_count(), secs,
               per_second(counts.whitespace_tokens), per_second(counts.tokens), plural(threads, "thread", "threads"));
    if (counts.documents_in_parts)
      fmt::print(stderr, "  {} over {} bytes analysed in {} parts (coreference stays inside a part)\n",
                 plural(counts.documents_in_parts, "document", "documents"), opt.part_bytes, counts.parts);
    if (counts.long_sentences_split)
      fmt::print(stderr, "  {} (over {} tokens, no sentence end) split into pieces in {}\n",
                 plural(counts.long_sentences_split, "over-long sentence", "over-long sentences"), nlp::kMaxSentenceTokens,
                 plural(counts.documents_with_long_sentences, "document", "documents"));
    if (!aliases.empty()) fmt::print(stderr, "  {} from {}\n", plural(aliases.size(), "alias", "aliases"), opt.aliases);
    fmt::print(stderr, "  wrote {0}/graph.graphml, {0}/graph.gexf, {0}/graph.dot, {0}/triples.jsonl, {0}/entities.jsonl, {0}/graph.snapshot, {0}/graph.index, {0}/MANIFEST.json\n",
               fs::path(opt.output).string());
  }
  exit_code = 0;
}

}  // namespace

void add_build_command(CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<BuildOptions>();
  auto* cmd = app.add_subcommand("build", "Read articles and write the knowledge graph (GraphML, DOT) and the triples (JSONL)");
  cmd->footer(
      "Inputs: .txt and .md files, .jsonl files (one article per line: id, title, date, url, text),\n"
      ".html pages (the text of <article>, else <main> or <body>, without scripts, menus and asides;\n"
      "the page's title, <time datetime> and canonical address), .csv and .tsv files with\n"
      "--text-column (one article per row; id, title, date and url columns are read as in JSONL),\n"
      "folders (read recursively in sorted order) and '-' for standard input. Hidden files are\n"
      "skipped; other extensions, unreadable folders, the output folder itself and any folder\n"
      "holding another build's MANIFEST.json are not read and are named with the reason on stderr.\n"
      "Broken inputs (invalid UTF-8, binary, empty, malformed JSON or CSV) are reported with their\n"
      "path and position and skipped; everything else goes through. Text that is not UTF-8 is\n"
      "skipped with a hint, or converted with --encoding (iconv's names: latin1, windows-1252 ...).\n\n"
      "Writes OUTDIR/graph.gexf (open this one in Gephi: it keeps parallel relations apart, colours\n"
      "by type and plays the articles' dates on Gephi's timeline), OUTDIR/graph.graphml (yEd,\n"
      "networkx, igraph; Gephi merges its parallel edges), OUTDIR/graph.dot (Graphviz:\n"
      "dot -Tsvg OUTDIR/graph.dot -o graph.svg), OUTDIR/triples.jsonl (every triple) and\n"
      "OUTDIR/entities.jsonl (every node: its surface forms, the rule that resolved each, its\n"
      "mentions and documents; list it with `ergraph entities OUTDIR/graph.graphml`), all\n"
      "together: they are written to a hidden staging folder and renamed into place, MANIFEST.json\n"
      "(each file's size and hash) last, so OUTDIR holds the previous build until the new one is\n"
      "complete, and a crash leaves one or the other (the next build finishes an interrupted switch;\n"
      "`ergraph verify OUTDIR` checks a folder). Output is byte-identical for the same input,\n"
      "whatever the thread count.\n\n"
      "Named entities (PERSON, ORG, GPE, LOC, MISC) merge across articles; a CONCEPT (a generic\n"
      "noun such as \"statement\" or \"war\") is one node per article, so two articles never\n"
      "meet through one.\n\n"
      "--actors decides what a capital or a seat of government names when it acts:\n"
      "  country (default)  it stands for its state: \"Moscow said the talks failed.\" and\n"
      "                     \"The Kremlin said ...\" give Russia, \"Washington imposed sanctions\"\n"
      "                     the United States (rule \"metonym\" in entities.jsonl). A place that\n"
      "                     does not act stays itself: \"talks in Moscow\", \"visited Beijing\",\n"
      "                     \"Moscow metro\".\n"
      "  literal            every place keeps its own name: Moscow, Kremlin, Washington are\n"
      "                     nodes of their own (GPE), never merged into their state.\n\n"
      "--aliases FILE says which names are one entity, applied to every triple and mention\n"
      "before merging. One entry per line, TAB-separated, '#' starts a comment:\n"
      "    Putin<TAB>Vladimir Putin\n"
      "    the Kremlin<TAB>Russia<TAB>GPE\n"
      "    Korea Republic<TAB>South Korea\n"
      "The alias matches an entity's canonical name, or else its text as written (exact, case\n"
      "sensitive); the optional third field (PERSON, ORG, GPE, LOC, MISC, CONCEPT) sets the type.\n"
      "A bad line stops the run with FILE:LINE and exit 65; an unreadable file exits 74.\n\n"
      "OUTDIR/graph.snapshot is the graph's binary state before names are resolved across\n"
      "articles (graph/snapshot.h). Shards built apart (--shard I/N, e.g. one per machine) merged\n"
      "with `ergraph merge s0/graph.snapshot s1/graph.snapshot -o OUTDIR/` give the graph files\n"
      "of one build, byte for byte (docs/SCALE.md). OUTDIR/graph.index is the resolved graph in the\n"
      "same binary form: `ergraph path` and `neighbors` read only the part of it a query needs, the\n"
      "fastest way to query a large graph (`ergraph path out/graph.index Putin China`).\n\n"
      "Examples:\n"
      "  ergraph build articles/ -o out/\n"
      "  ergraph build articles/ -o out/ --aliases my_aliases.tsv\n"
      "  ergraph build articles/ -o out/ --actors literal");
  cmd->add_option("inputs", opt->inputs, "Article files (.txt .md .jsonl .html .csv .tsv), folders, or - for standard input")->required();
  cmd->add_option("-o,--output", opt->output, "Output folder (created if missing)")->capture_default_str();
  cmd->add_option("--models", opt->models, models_option_help("Folder with the model files and word lists: tagger.model, lemmas.tsv, parser.model, gazetteer.tsv, lexicon/"));
  cmd->add_option("-j,--threads", opt->threads, "Worker threads (default: all cores)");
  cmd->add_option("--stdin-format", opt->stdin_format, "Format of standard input")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("--extractor", opt->extractor,
                  "clause: triples read off the dependency parse (passives, relative clauses, negation, each\n"
                  "triple's factuality and source: denied, alleged, urged, conditional ...); pattern:\n"
                  "part-of-speech patterns, no parser, faster (negation and modals only)")
      ->check(CLI::IsMember({"clause", "pattern"}))
      ->capture_default_str();
  cmd->add_flag("--no-concepts", opt->no_concepts,
                "Clause extractor: only triples between named entities (no CONCEPT objects such as \"neutrality\")");
  cmd->add_option("--actors", opt->actors,
                  "What an acting capital or seat of government names: country (its state: \"Moscow said\"\n"
                  "-> Russia) or literal (the place itself: Moscow) (see below)")
      ->check(CLI::IsMember({"country", "literal"}))
      ->capture_default_str();
  cmd->add_option("--ner-domain", opt->ner_domain,
                  "Annotation conventions of the entity recognizer: web (default; Universal NER's, learned on\n"
                  "English web text), gum (GUM's: more people, fewer organizations)\n"
                  "or none (what both share); see models/NER.md")
      ->check(CLI::IsMember({"web", "gum", "none"}))
      ->capture_default_str();
  cmd->add_option("--aliases", opt->aliases,
                  "TSV of names that are one entity: alias<TAB>canonical name[<TAB>TYPE] (see below)");
  cmd->add_option("--text-column", opt->text_column,
                  "CSV/TSV inputs: the header name of the column with the article text (without it, .csv and\n"
                  ".tsv files are ignored)");
  cmd->add_option("--encoding", opt->encoding,
                  "Encoding of input text that is not valid UTF-8 (latin1, windows-1252, shift_jis, any name\n"
                  "`iconv -l` lists); converted to UTF-8. UTF-8 files are read as they are");
  cmd->add_option("--part-bytes", opt->part_bytes,
                  "Analyse a document larger than this many bytes in parts of at most this size, one after\n"
                  "another (cut at a paragraph, line or sentence end): memory follows the part, about 20 bytes\n"
                  "per byte of text; coreference does not cross parts")
      ->check(CLI::Range(std::size_t{4096}, std::size_t{1} << 31))
      ->capture_default_str();
  cmd->add_option("--shard", opt->shard,
                  "I/N: read only the documents whose id falls in shard I of N (0 <= I < N, FNV-1a of the id);\n"
                  "merge the shards' graph.snapshot files with `ergraph merge` (see below)");
  cmd->add_flag("--strict", opt->strict, "Stop at the first broken input instead of skipping it (exit 65)");
  cmd->add_flag("-q,--quiet", opt->quiet, "No progress and no summary on stderr");
  cmd->callback([opt, &exit_code] { run_build(*opt, exit_code); });
}

}  // namespace ergraph::cli
