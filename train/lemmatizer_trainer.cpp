// Builds the lemmatizer's exception table from UD gold lemmas and WordNet's .exc files.
#include "train/lemmatizer_trainer.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include "core/error.h"

namespace ergraph::train {
using namespace nlp;  // the trainers build nlp models from nlp documents
namespace {

struct WordnetFile {
  std::string_view name;  // file name in the WordNet dict folder
  char pos;               // 'n', 'v', 'a', 'r'
};
constexpr WordnetFile kWordnetFiles[] = {{"noun.exc", 'n'}, {"verb.exc", 'v'}, {"adj.exc", 'a'}, {"adv.exc", 'r'}};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The Penn tags an inflected WordNet exception form can carry.
std::vector<Xpos> wordnet_tags(std::string_view form, char pos) {
  std::vector<std::string_view> names;
  switch (pos) {
    case 'n': names = {"NNS"}; break;
    case 'v':
      if (ends_with(form, "ing")) names = {"VBG"};
      else if (ends_with(form, "s") && !ends_with(form, "ss")) names = {"VBZ"};
      else names = {"VBD", "VBN"};
      break;
    case 'a':
      if (ends_with(form, "est") || ends_with(form, "st")) names = {"JJS"};
      else if (ends_with(form, "er") || ends_with(form, "se")) names = {"JJR"};
      break;
    case 'r':
      if (ends_with(form, "st")) names = {"RBS"};
      else if (ends_with(form, "er")) names = {"RBR"};
      break;
  }
  std::vector<Xpos> out;
  for (auto n : names) out.push_back(*parse_xpos(n));
  return out;
}

bool is_verb_tag(Xpos x) { return xpos_name(x).substr(0, 2) == "VB"; }

}  // namespace

bool LemmaTableBuilder::Observed::operator<(const Observed& o) const {
  return std::tie(form, lemma, upos) < std::tie(o.form, o.lemma, o.upos);
}

void LemmaTableBuilder::add_sentence(const GoldSentence& sentence) {
  const Document& doc = sentence.doc;
  for (const Token& t : doc.tokens) {
    if (t.lemma.empty() || t.lemma == "_" || t.xpos == 0) continue;
    const std::string_view form = doc.form(t);
    if (form.empty() || form.substr(0, 2) == "# " || form.find('\t') != std::string_view::npos) continue;
    ++counts_[{lemma_key(form), t.xpos}][Observed{std::string(form), t.lemma, t.upos}];
  }
}

void LemmaTableBuilder::add_wordnet(const std::filesystem::path& dir) {
  for (const auto& file : kWordnetFiles) {
    const auto path = dir / file.name;
    std::ifstream in(path);
    if (!in) throw IoError("E404", "cannot open WordNet exception file", path.string());
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      std::string form, lemma;
      if (!(fields >> form >> lemma) || form == lemma) continue;
      if (form.find('_') != std::string::npos || lemma.find('_') != std::string::npos) continue;
      for (Xpos x : wordnet_tags(form, file.pos)) wordnet_.emplace(std::make_pair(lemma_key(form), x), lemma);
    }
  }
  // The verb lemmas, to tell a British single-l spelling ("installed" -> "instal", the rules give
  // "install", a verb) from a doubled final consonant the rules keep ("expelled" -> "expell", no verb).
  const auto index = dir / "index.verb";
  std::ifstream in(index);
  if (!in) throw IoError("E404", "cannot open WordNet index file", index.string());
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;
    const std::string lemma = line.substr(0, line.find(' '));
    if (lemma.find('_') == std::string::npos) wordnet_verbs_.insert(lemma);
  }
}

LemmaTable LemmaTableBuilder::build(LemmaTrainReport* report) const {
  LemmaTable table;
  LemmaTrainReport r;
  const Upos none = Upos::None;
  for (const auto& [key, observed] : counts_) {
    std::size_t total = 0, rules = 0;
    std::map<std::string, std::size_t> by_lemma;
    for (const auto& [obs, n] : observed) {
      total += n;
      if (rule_lemma(obs.form, obs.upos, key.second) == obs.lemma) rules += n;
      by_lemma[obs.lemma] += n;
    }
    const std::string* best = nullptr;
    std::size_t best_n = 0;
    for (const auto& [lemma, n] : by_lemma)
      if (n > best_n) best = &lemma, best_n = n;
    r.tokens += total;
    r.rule_correct += rules;
    const auto wn = wordnet_.find(key);
    if (best && best_n > rules && wn != wordnet_.end() && wn->second != *best && is_verb_tag(key.second)) {
      // WordNet's list of irregular verb forms beats a rare annotation slip ("fled" -> "flead").
      table.entries[key] = LemmaEntry{wn->second, "wn"};
      r.table_correct += by_lemma.count(wn->second) ? by_lemma[wn->second] : 0;
      ++r.wordnet_overrides;
    } else if (best && best_n > rules) {
      table.entries[key] = LemmaEntry{*best, "ud"};
      r.table_correct += best_n;
      ++r.ud_entries;
    } else {
      r.table_correct += rules;
    }
  }
  for (const auto& [key, lemma] : wordnet_) {
    const std::string by_rule = rule_lemma(key.first, none, key.second);
    // Skip what the rules already get, and British single-l spellings ("instal" for "installed",
    // where the rules' "install" is a verb too); not a doubled consonant the rules kept ("expell").
    const bool variant = by_rule == lemma + lemma.back() && (!is_verb_tag(key.second) || wordnet_verbs_.contains(by_rule));
    if (counts_.count(key) || by_rule == lemma || variant) continue;
    table.entries[key] = LemmaEntry{lemma, "wn"};
    ++r.wordnet_entries;
  }
  if (report) *report = r;
  return table;
}

}  // namespace ergraph::train
