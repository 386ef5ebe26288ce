#include "train/coreference_eval.h"

#include <cstdint>
#include <set>
#include <string_view>
#include <unordered_map>

#include "core/text.h"
#include "nlp/gold_entities.h"
#include "nlp/tagset.h"

namespace ergraph::train {

using entities::AnaphorKind;
using entities::ResolvedAnaphor;
using nlp::Upos;

// --- Evaluation ------------------------------------------------------------------------------

namespace {

std::string lower(std::string_view s) { return core::ascii_lower(s); }

const char* pronoun_group(std::string_view w) {
  if (w == "he" || w == "him" || w == "his") return "he/him/his";
  if (w == "she" || w == "her" || w == "hers") return "she/her/hers";
  if (w == "it" || w == "its") return "it/its";
  if (w == "they" || w == "them" || w == "their" || w == "theirs") return "they/them/their";
  return nullptr;
}

struct DocMention {
  std::uint32_t sentence = 0, first = 0, last = 0;  // document-level tokens
  std::vector<std::uint32_t> heads;                 // document-level
  std::uint32_t entity = 0;
  std::string type;  // GUM entity type
  bool named = false;
};

}  // namespace

CorefScore evaluate_coreference(const std::vector<nlp::GoldSentence>& gold, const nlp::Tagger& tagger,
                                const nlp::Lemmatizer& lemmatizer, const nlp::Parser& parser,
                                const entities::MentionFinder& finder, const entities::CoreferenceResolver& resolver,
                                std::size_t max_errors) {
  CorefScore score;
  std::size_t i = 0;
  while (i < gold.size()) {
    std::size_t j = i;
    while (j < gold.size() && gold[j].doc_id == gold[i].doc_id) ++j;
    ++score.documents;
    // One Document of all the sentences, gold tokens, our annotations.
    nlp::Document doc;
    doc.id = gold[i].doc_id;
    std::vector<DocMention> gm;
    for (std::size_t k = i; k < j; ++k) {
      const auto& g = gold[k];
      if (!doc.text.empty()) doc.text += ' ';
      const auto offset = static_cast<std::uint32_t>(doc.text.size());
      const auto base = static_cast<std::uint32_t>(doc.tokens.size());
      doc.text += g.doc.text;
      for (const auto& tok : g.doc.tokens) {
        nlp::Token t;
        t.begin = tok.begin + offset;
        t.end = tok.end + offset;
        doc.tokens.push_back(t);
      }
      const auto si = static_cast<std::uint32_t>(doc.sentences.size());
      doc.sentences.push_back(nlp::Sentence{base, static_cast<std::uint32_t>(doc.tokens.size())});
      for (const auto& m : nlp::gum_mentions(g, g.sent_id)) {
        DocMention d;
        d.sentence = si;
        d.first = base + m.first;
        d.last = base + m.last;
        for (auto h : m.heads) d.heads.push_back(base + h);
        if (d.heads.empty()) d.heads.push_back(d.last - 1);
        d.entity = m.entity;
        d.type = m.type;
        d.named = nlp::is_named(m, g);
        gm.push_back(std::move(d));
      }
    }
    tagger.tag(doc);
    lemmatizer.lemmatize(doc);
    parser.parse(doc);
    const auto named = finder.find(doc);
    const auto resolved = resolver.resolve(doc, named);

    // Named gold mentions: found by ours, and of the right type.
    for (const auto& d : gm) {
      if (!d.named) continue;
      std::string gtype = d.type;
      auto& tc = score.named_types[gtype];
      ++tc.gold;
      const std::uint32_t h = d.heads.front();
      for (const auto& m : named) {
        if (h < m.mention.first || h >= m.mention.last) continue;
        ++tc.found;
        const auto t = m.mention.type;
        const bool ok = gtype == "person"         ? t == core::EntityType::Person
                        : gtype == "organization" ? t == core::EntityType::Org
                        : gtype == "place"        ? (t == core::EntityType::Gpe || t == core::EntityType::Loc)
                                                  : t == core::EntityType::Misc;
        tc.typed += ok;
        break;
      }
    }
    // Per token: the resolved anaphors covering it.
    std::unordered_map<std::uint32_t, std::vector<const ResolvedAnaphor*>> at;
    for (const auto& a : resolved)
      for (auto t = a.info.mention.first; t < a.info.mention.last; ++t) at[t].push_back(&a);
    // Chain -> first position of a named gold mention.
    std::map<std::uint32_t, std::uint32_t> first_named;
    for (const auto& d : gm)
      if (d.named && !first_named.count(d.entity)) first_named[d.entity] = d.first;
    const auto entity_in_chain = [&](const std::string& canonical, std::uint32_t chain) {
      for (const auto& m : named) {
        if (m.mention.canonical != canonical) continue;
        for (const auto& d : gm) {
          if (d.entity != chain) continue;
          for (auto h : d.heads)
            if (h >= m.mention.first && h < m.mention.last) return true;
        }
      }
      return false;
    };
    const auto chain_names = [&](std::uint32_t chain) {
      std::string s;
      for (const auto& d : gm) {
        if (d.entity != chain || !d.named) continue;
        const auto b = doc.tokens[d.first].begin, e = doc.tokens[d.last - 1].end;
        const auto text = doc.text.substr(b, e - b);
        if (s.find(text) != std::string::npos) continue;
        if (!s.empty()) s += " | ";
        s += text;
      }
      return s;
    };
    // Our named mentions (canonical/TYPE) that cover a head of the chain before `before`.
    const auto ours_in_chain = [&](std::uint32_t chain, std::uint32_t before) {
      std::string s;
      for (const auto& m : named) {
        if (m.mention.first >= before) continue;
        bool in = false;
        for (const auto& d : gm)
          if (d.entity == chain)
            for (auto h : d.heads) in = in || (h >= m.mention.first && h < m.mention.last);
        if (!in) continue;
        const std::string item = m.mention.canonical + "/" + std::string(core::to_string(m.mention.type));
        if (s.find(item) != std::string::npos) continue;
        if (!s.empty()) s += " | ";
        s += item;
      }
      return s.empty() ? std::string("none") : s;
    };
    std::set<std::uint32_t> scored_tokens;
    for (const auto& d : gm) {
      const auto fn = first_named.find(d.entity);
      const bool earlier_name = fn != first_named.end() && fn->second < d.first;
      const auto w = lower(doc.form(d.first));
      const char* group = d.last == d.first + 1 ? pronoun_group(w) : nullptr;
      const bool description = d.last == d.first + 2 && w == "the" && doc.tokens[d.first + 1].upos == Upos::NOUN;
      if (!earlier_name || (!group && !description)) continue;
      std::string got;
      bool correct = false;
      if (const auto it = at.find(group ? d.first : d.first + 1); it != at.end()) {
        for (const auto* a : it->second) {
          if (group && a->kind != AnaphorKind::Pronoun) continue;
          if (!group && a->kind != AnaphorKind::Description) continue;
          if (!got.empty()) got += " + ";
          got += a->info.mention.canonical;
          correct = correct || entity_in_chain(a->info.mention.canonical, d.entity);
        }
      }
      CorefGroupScore& g = group ? score.groups[group] : score.descriptions;
      ++g.total;
      g.correct += correct;
      g.unresolved += got.empty();
      if (group) {
        scored_tokens.insert(d.first);
        ++score.overall.total;
        score.overall.correct += correct;
        score.overall.unresolved += got.empty();
      }
      if (!correct && score.errors.size() < max_errors) {
        const auto& s = doc.sentences[d.sentence];
        std::string text(doc.sentence_text(s));
        if (text.size() > 160) text = text.substr(0, 157) + "...";
        score.errors.push_back(doc.id + " #" + std::to_string(d.sentence + 1) + ": \"" +
                               std::string(doc.text.substr(doc.tokens[d.first].begin,
                                                           doc.tokens[d.last - 1].end - doc.tokens[d.first].begin)) +
                               "\" -> " + (got.empty() ? "(unresolved)" : got) + "   want: " + chain_names(d.entity) +
                               "   ours: " + ours_in_chain(d.entity, d.first) + "\n      " + text);
      }
    }
    for (const auto& a : resolved)
      if (a.kind == AnaphorKind::Pronoun && a.member == 0 && !scored_tokens.count(a.info.mention.first)) {
        ++score.resolved_unscored;
        const char* group = pronoun_group(lower(doc.form(a.info.mention.first)));
        ++score.resolved_unscored_groups[group ? group : "other"];
      }
    i = j;
  }
  return score;
}

}  // namespace ergraph::train
