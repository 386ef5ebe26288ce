#include "extract/triple_eval.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <tuple>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "core/error.h"
#include "core/text.h"

namespace ergraph::extract {
namespace {

// Names compare without case, doubled spaces, a leading "the" (gold names have none:
// tests/quality/README.md; a mention read as "the IMF" names the IMF) or a final period.
std::string name_key(std::string_view s) {
  std::string k = core::ascii_lower(core::squeeze_spaces(s));
  if (k.rfind("the ", 0) == 0 && k.size() > 4) k.erase(0, 4);
  if (k.size() > 1 && k.back() == '.') k.pop_back();  // "Sahel Logistics Ltd." at a sentence's end
  return k;
}

// The first word of a relation after a leading "be-": "be-ceo-of" -> "ceo", "sell-to" -> "sell".
std::string head_word(std::string_view rel) {
  if (rel.rfind("be-", 0) == 0 && rel.size() > 3) rel.remove_prefix(3);
  return std::string(rel.substr(0, rel.find('-')));
}

std::vector<std::string> split_alternatives(std::string_view s) {
  std::vector<std::string> out;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == '|') {
      const std::string alt = core::squeeze_spaces(s.substr(b, i - b));
      if (!alt.empty()) out.push_back(alt);
      b = i + 1;
    }
  return out;
}

std::string text_of(const rapidjson::Value& obj, const char* key, const std::string& where) {
  const auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString())
    throw ParseError("E140", std::string("missing or non-string field '") + key + "'", where);
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

struct System {
  std::string subject, relation, object;  // names as compared (name_key)
  core::Polarity polarity;
  std::string shown;                      // the triple as written, for error lists
};

bool args_match(const GoldTriple& g, const System& s) {
  if (g.polarity != s.polarity) return false;
  const std::string gs = name_key(g.subject), go = name_key(g.object);
  if (gs == s.subject && go == s.object) return true;
  const bool reciprocal = std::any_of(g.relations.begin(), g.relations.end(), [](const std::string& r) {
    return r.size() > 5 && r.compare(r.size() - 5, 5, "-with") == 0;
  });
  return reciprocal && gs == s.object && go == s.subject;
}

bool relation_match(const GoldTriple& g, const System& s, MatchLevel level) {
  if (level == MatchLevel::Pair) return true;
  for (const auto& r : g.relations) {
    if (level == MatchLevel::Strict && r == s.relation) return true;
    if (level == MatchLevel::Verb && head_word(r) == head_word(s.relation)) return true;
  }
  return false;
}

// Greedy one-to-one matching in gold order, system triples in their order; returns which system
// triples were matched.
std::vector<bool> match(const std::vector<GoldTriple>& gold, const std::vector<System>& sys, MatchLevel level,
                        std::vector<bool>& gold_matched) {
  std::vector<bool> used(sys.size(), false);
  gold_matched.assign(gold.size(), false);
  for (std::size_t g = 0; g < gold.size(); ++g)
    for (std::size_t s = 0; s < sys.size() && !gold_matched[g]; ++s) {
      if (used[s] || !args_match(gold[g], sys[s]) || !relation_match(gold[g], sys[s], level)) continue;
      used[s] = gold_matched[g] = true;
    }
  return used;
}

std::string show(const std::string& s, const std::string& r, const std::string& o, core::Polarity p) {
  return s + " | " + r + " | " + o + (p == core::Polarity::Negative ? " (negative)" : "");
}

std::string describe(const core::Triple& t) {
  std::string out = t.subject.name + " | " + t.relation + " | " + t.object.name + " " + core::to_string(t.factuality);
  if (!t.attribution.empty()) out += " source " + t.attribution;
  return out;
}

void score_factuality(const GoldSentenceTriples& gold, const std::vector<core::Triple>& system,
                      const std::vector<std::pair<std::string, std::string>>& read_names, SentenceScore& score) {
  // The texts each entity of the sentence was read from, by canonical name: a source matches by
  // them too ("NATO" for the source North Atlantic Treaty Organization, read from "NATO" as the
  // accusing triple's subject, or only as the speaker: "NATO said that ...").
  std::map<std::string, std::set<std::string>> read_as;
  for (const auto& t : system)
    for (const core::EntityRef* e : {&t.subject, &t.object}) read_as[name_key(e->name)].insert(name_key(e->mention));
  for (const auto& [name, text] : read_names) read_as[name_key(name)].insert(name_key(text));
  const auto same_source = [&](const std::string& system_name, const std::string& gold_name) {
    if (name_key(system_name) == name_key(gold_name)) return true;
    const auto it = read_as.find(name_key(system_name));
    return !gold_name.empty() && it != read_as.end() && it->second.contains(name_key(gold_name));
  };
  for (const auto& g : gold.triples) {
    if (!g.has_factuality) continue;
    FactualityCounts& c = score.factuality;
    ++c.gold;
    const bool fact = g.factuality == core::Factuality::CertainPos;
    if (!fact) ++c.not_fact;
    const core::Triple* pick = nullptr;
    bool any_fact = false;
    std::string given;
    // A name matches the system's canonical name or the text it was read from ("NATO" for North
    // Atlantic Treaty Organization): this scorer measures factuality, not naming.
    const auto same = [](const core::EntityRef& e, const std::string& gold_name) {
      return name_key(e.name) == name_key(gold_name) || name_key(e.mention) == name_key(gold_name);
    };
    for (const auto& t : system) {
      if (!same(t.subject, g.subject) || !same(t.object, g.object)) continue;
      if (t.factuality == core::Factuality::CertainPos) any_fact = true;
      given += (given.empty() ? "" : "; ") + describe(t);
      if (!pick || (pick->factuality != g.factuality && t.factuality == g.factuality)) pick = &t;
    }
    if (!fact && !any_fact) ++c.safe;
    const bool value = pick && pick->factuality == g.factuality;
    const bool correct = value && same_source(pick->attribution, g.source);
    c.found += pick != nullptr;
    c.value += value;
    c.correct += correct;
    if (!correct)
      score.factuality_errors.push_back(g.subject + " | " + g.relations.front() + " | " + g.object + " " +
                                        core::to_string(g.factuality) + " source " +
                                        (g.source.empty() ? "author" : g.source) + "  <- got: " +
                                        (given.empty() ? "(no triple)" : given));
  }
}

}  // namespace

std::vector<GoldSentenceTriples> read_gold_triples(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("E141", "cannot open the gold triples file", path.string());
  std::vector<GoldSentenceTriples> out;
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path.string() + ":" + std::to_string(line_no);
    rapidjson::Document d;
    d.Parse(line.c_str(), line.size());
    if (d.HasParseError() || !d.IsObject())
      throw ParseError("E140", std::string("not a JSON object: ") + rapidjson::GetParseError_En(d.GetParseError()),
                       where);
    GoldSentenceTriples s;
    s.id = text_of(d, "id", where);
    s.domain = text_of(d, "domain", where);
    s.split = text_of(d, "split", where);
    s.text = text_of(d, "text", where);
    if (d.HasMember("category")) s.category = text_of(d, "category", where);
    const auto ts = d.FindMember("triples");
    if (ts == d.MemberEnd() || !ts->value.IsArray()) throw ParseError("E140", "missing 'triples' array", where);
    for (const auto& t : ts->value.GetArray()) {
      if (!t.IsObject()) throw ParseError("E140", "a triple is not an object", where);
      GoldTriple g;
      g.subject = text_of(t, "subject", where);
      g.object = text_of(t, "object", where);
      g.relations = split_alternatives(text_of(t, "relation", where));
      if (g.relations.empty()) throw ParseError("E140", "empty relation", where);
      if (!core::parse_polarity(text_of(t, "polarity", where), g.polarity))
        throw ParseError("E140", "polarity must be 'positive' or 'negative'", where);
      if (t.HasMember("factuality")) {
        if (!core::parse_factuality(text_of(t, "factuality", where), g.factuality))
          throw ParseError("E140", "factuality must be one of CT+ PR+ PS+ CT- PR- PS- Uu", where);
        if (core::polarity_of(g.factuality) != g.polarity)
          throw ParseError("E140", "polarity disagrees with factuality", where);
        g.has_factuality = true;
        g.source = t.HasMember("source") ? text_of(t, "source", where) : "author";
        if (g.source == "author") g.source.clear();
      }
      s.triples.push_back(std::move(g));
    }
    out.push_back(std::move(s));
  }
  return out;
}

ScoreTable score_pipeline(const Pipeline& pipeline, const std::vector<GoldSentenceTriples>& gold,
                          std::vector<SentenceScore>* per_sentence, FactualityTable* factuality) {
  ScoreTable table;
  for (const auto& g : gold) {
    nlp::Document doc;
    doc.id = g.id;
    doc.text = g.text;
    const auto triples = pipeline.process(doc).triples;
    std::vector<std::pair<std::string, std::string>> read_names;  // every mention: canonical name, text
    for (const auto& m : doc.mentions)
      if (m.last > m.first && m.last <= doc.tokens.size())
        read_names.emplace_back(m.canonical, doc.text.substr(doc.tokens[m.first].begin,
                                                             doc.tokens[m.last - 1].end - doc.tokens[m.first].begin));
    const SentenceScore s = score_sentence(g, triples, read_names);
    for (const std::string& key : {std::string("all"), g.domain, g.split})
      for (std::size_t l = 0; l < 3; ++l) table[key][l] += s.levels[l];
    if (factuality && s.factuality.gold > 0)
      for (const std::string& key : {std::string("all"), g.category.empty() ? std::string("(none)") : g.category, g.split})
        (*factuality)[key] += s.factuality;
    if (per_sentence) per_sentence->push_back(s);
  }
  return table;
}

SentenceScore score_sentence(const GoldSentenceTriples& gold, const std::vector<core::Triple>& system,
                             const std::vector<std::pair<std::string, std::string>>& read_names) {
  std::vector<System> all;
  for (const auto& t : system)
    if (t.subject.type != core::EntityType::Concept && t.object.type != core::EntityType::Concept)
      all.push_back({name_key(t.subject.name), t.relation, name_key(t.object.name), t.polarity,
                     show(t.subject.name, t.relation, t.object.name, t.polarity)});
  SentenceScore score;
  for (int level = 0; level < 3; ++level) {
    const auto lv = static_cast<MatchLevel>(level);
    // Deduplicate by what this level compares.
    std::vector<System> sys;
    std::set<std::tuple<std::string, std::string, std::string, core::Polarity>> seen;
    for (const auto& s : all) {
      const std::string rel = lv == MatchLevel::Strict ? s.relation : lv == MatchLevel::Verb ? head_word(s.relation) : "";
      if (seen.emplace(s.subject, rel, s.object, s.polarity).second) sys.push_back(s);
    }
    std::vector<bool> gold_matched;
    const std::vector<bool> used = match(gold.triples, sys, lv, gold_matched);
    MatchCounts& c = score.levels[static_cast<std::size_t>(level)];
    c.gold = gold.triples.size();
    c.predicted = sys.size();
    c.matched = static_cast<std::size_t>(std::count(used.begin(), used.end(), true));
    if (lv != MatchLevel::Strict) continue;
    for (std::size_t g = 0; g < gold.triples.size(); ++g)
      if (!gold_matched[g]) {
        const auto& t = gold.triples[g];
        std::string rels;
        for (const auto& r : t.relations) rels += (rels.empty() ? "" : "|") + r;
        score.missed.push_back(show(t.subject, rels, t.object, t.polarity));
      }
    for (std::size_t s = 0; s < sys.size(); ++s)
      if (!used[s]) score.spurious.push_back(sys[s].shown);
  }
  score_factuality(gold, system, read_names, score);
  return score;
}

}  // namespace ergraph::extract
