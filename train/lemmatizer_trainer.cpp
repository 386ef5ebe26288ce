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

bool is_vowel_char(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The regular inflections of a WordNet verb lemma, as (form, Penn tag), spelled the way
// scripts/wordnet/build_wordnet_tags.py spells them: -s/-es/-ies; -d/-ed/-ied; -ing, -ying for
// -ie, the final e dropped; and for a short consonant-vowel-consonant ending the doubled
// consonant as well ("hop": "hopped", "hoped"). Forms no one writes do no harm.
std::vector<std::pair<std::string, std::string_view>> regular_verb_forms(const std::string& v) {
  std::vector<std::pair<std::string, std::string_view>> out;
  if (v.size() < 2) return out;
  const char last = v.back(), prev = v[v.size() - 2];
  const bool cons_y = last == 'y' && !is_vowel_char(prev);
  // -s
  if (ends_with(v, "s") || ends_with(v, "x") || ends_with(v, "z") || ends_with(v, "ch") || ends_with(v, "sh"))
    out.emplace_back(v + "es", "VBZ");
  else if (cons_y) out.emplace_back(v.substr(0, v.size() - 1) + "ies", "VBZ");
  else out.emplace_back(v + "s", "VBZ");
  // -ed
  std::vector<std::string> past;
  if (last == 'e') past.push_back(v + "d");
  else if (cons_y) past.push_back(v.substr(0, v.size() - 1) + "ied");
  else past.push_back(v + "ed");
  // -ing
  std::vector<std::string> ing;
  if (ends_with(v, "ie")) ing.push_back(v.substr(0, v.size() - 2) + "ying");
  else if (last == 'e' && prev != 'e' && prev != 'y' && prev != 'o' && v.size() > 2) ing.push_back(v.substr(0, v.size() - 1) + "ing");
  else ing.push_back(v + "ing");
  const bool cvc = v.size() >= 3 && !is_vowel_char(last) && last != 'w' && last != 'x' && last != 'y' &&
                   is_vowel_char(prev) && !is_vowel_char(v[v.size() - 3]);
  if (cvc) {
    past.push_back(v + last + "ed");
    ing.push_back(v + last + "ing");
  }
  for (auto& f : past) out.emplace_back(f, "VBD"), out.emplace_back(f, "VBN");
  for (auto& f : ing) out.emplace_back(f, "VBG");
  return out;
}

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
  // Regular inflections of WordNet's verbs that the rules turn into a non-verb ("owed" -> "ow",
  // not "owe"). Kept only when one verb alone gives the form and neither the UD data nor the
  // .exc files have an opinion; where the rules give another WordNet verb they stay in charge.
  std::map<std::pair<std::string, Xpos>, std::set<std::string>> generated;
  for (const auto& v : wordnet_verbs_)
    for (const auto& [form, tag] : regular_verb_forms(v)) generated[{lemma_key(form), *parse_xpos(tag)}].insert(v);
  for (const auto& [key, lemmas] : generated) {
    if (lemmas.size() != 1 || counts_.count(key) || wordnet_.count(key) || table.entries.count(key)) continue;
    const std::string& lemma = *lemmas.begin();
    const std::string by_rule = rule_lemma(key.first, none, key.second);
    if (by_rule == lemma || wordnet_verbs_.contains(by_rule)) continue;
    table.entries[key] = LemmaEntry{lemma, "wnr"};
    ++r.wordnet_regular;
  }
  if (report) *report = r;
  return table;
}

}  // namespace ergraph::train
