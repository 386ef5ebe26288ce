#include "train/first_name_gender.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <utility>

#include "core/text.h"
#include "nlp/gold_entities.h"
#include "nlp/tagset.h"

namespace ergraph::train {

using entities::FirstNameGender;
using nlp::Upos;

FirstNameGender learn_first_name_gender(const std::vector<nlp::GoldSentence>& gold,
                                        const std::set<std::string>& documents, const nlp::Lexicon& lexicon) {
  const auto& masc = lexicon.get("masculine_pronouns");
  const auto& fem = lexicon.get("feminine_pronouns");
  const auto& titles = lexicon.get("titles");
  FirstNameGender out;
  std::size_t i = 0;
  while (i < gold.size()) {
    std::size_t j = i;
    while (j < gold.size() && gold[j].doc_id == gold[i].doc_id) ++j;
    if (documents.count(gold[i].doc_id)) {
      std::map<std::uint32_t, std::pair<std::uint32_t, std::uint32_t>> pronouns;  // chain -> (m, f)
      std::map<std::uint32_t, std::set<std::string>> names;                       // chain -> first names
      for (std::size_t k = i; k < j; ++k) {
        const auto& s = gold[k];
        for (const auto& m : nlp::gum_mentions(s, s.sent_id)) {
          if (m.last == m.first + 1) {
            const auto w = core::ascii_lower(s.doc.form(m.first));
            if (masc.contains(w)) ++pronouns[m.entity].first;
            if (fem.contains(w)) ++pronouns[m.entity].second;
          }
          if (m.type != "person" || !nlp::is_named(m, s)) continue;
          // The run of proper nouns around the mention's first PROPN min-span head, titles skipped.
          const auto head = std::find_if(m.heads.begin(), m.heads.end(),
                                         [&](std::uint32_t h) { return s.doc.tokens[h].upos == Upos::PROPN; });
          if (head == m.heads.end()) continue;
          std::uint32_t t = *head;
          while (t > m.first && s.doc.tokens[t - 1].upos == Upos::PROPN) --t;
          while (t < *head && titles.contains(s.doc.form(t))) ++t;
          if (titles.contains(s.doc.form(t))) continue;
          names[m.entity].insert(std::string(s.doc.form(t)));
        }
      }
      for (const auto& [chain, firsts] : names) {
        const auto it = pronouns.find(chain);
        if (it == pronouns.end()) continue;
        for (const auto& n : firsts) out.add(n, it->second.first, it->second.second);
      }
    }
    i = j;
  }
  return out;
}

}  // namespace ergraph::train
