#pragma once
/// @file lexicon.h
/// Word lists the rules read (title words, organisation words, report and belief verbs, place
/// prepositions, ...): data, not code, so a user can extend them without recompiling. They live
/// in models/lexicon/, one file per list, named after the list ("titles.txt" is list "titles"):
///
///   # Title words before a person's name ("President", "Dr."): the name is the rest of the run.
///   President
///   Dr.
///
/// The first line is a "# " header saying what the list is for (required). Then one entry per
/// line: a single word, no spaces; blank lines and lines starting with '#' are skipped; an entry
/// listed twice is an error. Matching is exact (case-sensitive) unless the list's user says
/// otherwise; the rules document which lists they read and how.
/// Thread safety: immutable after loading.
#include <filesystem>
#include <istream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ergraph::nlp {

/// The folder of word lists inside a models folder (models/lexicon/).
inline constexpr const char* kLexiconFolder = "lexicon";

/// One list: its purpose (the header line, without "# ") and its words.
class WordList {
 public:
  WordList() = default;
  WordList(std::string purpose, std::vector<std::string> words);
  /// Reads a list file's content; `source` names it in errors. Throws ModelError: E441 bad header,
  /// E442 an entry with spaces, E443 an entry listed twice; the location is "file:line".
  static WordList parse(std::istream& in, const std::string& source);
  bool contains(std::string_view word) const;
  std::size_t size() const { return words_.size(); }
  const std::vector<std::string>& words() const { return words_; }  ///< sorted
  const std::string& purpose() const { return purpose_; }

 private:
  std::string purpose_;
  std::vector<std::string> words_;  // sorted, unique
};

/// The named lists of one folder.
class Lexicon {
 public:
  /// Reads every "*.txt" file of `dir` (models/lexicon). Throws ModelError: E440 the folder cannot
  /// be read, and the WordList::parse errors.
  static Lexicon load(const std::filesystem::path& dir);
  /// Adds or replaces a list (tests, tools).
  void add(std::string name, WordList list) { lists_[std::move(name)] = std::move(list); }
  /// The list `name`; throws ModelError E444 naming the file it expected if there is none.
  const WordList& get(std::string_view name) const;
  bool has(std::string_view name) const { return lists_.find(name) != lists_.end(); }
  std::vector<std::string> names() const;
  /// Where the lists were read from (for error messages); empty if built by hand.
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
  std::map<std::string, WordList, std::less<>> lists_;
};

}  // namespace ergraph::nlp
