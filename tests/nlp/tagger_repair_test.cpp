// repair_verbless_sentences (nlp/tagger.h) on hand-tagged sentences.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nlp/lemmatizer.h"
#include "nlp/lexicon.h"
#include "nlp/tagger.h"
#include "nlp/tagset.h"
#include "nlp/tokenizer.h"
#include "nlp/word_shape.h"
#include "support/test_support.h"

namespace {

using ergraph::nlp::Document;

/// Tokenizes `text` and sets the given XPOS tags (one per token; UPOS left as VERB for VBx, X else).
Document tagged(const std::string& text, const std::vector<std::string>& tags) {
  Document d;
  d.text = text;
  ergraph::nlp::Tokenizer().tokenize(d);
  REQUIRE(d.tokens.size() == tags.size());
  for (std::size_t i = 0; i < tags.size(); ++i) {
    d.tokens[i].xpos = *ergraph::nlp::parse_xpos(tags[i]);
    d.tokens[i].upos = tags[i].rfind("VB", 0) == 0 ? ergraph::nlp::Upos::VERB : ergraph::nlp::Upos::X;
  }
  return d;
}

std::string xpos(const Document& d, std::size_t i) { return std::string(ergraph::nlp::xpos_name(d.tokens[i].xpos)); }

/// A tagger that tags nothing and knows the verb forms it is given (ergraph::nlp::Tagger's
/// kVerb* bits), `others` for every other word: the forms the shipped model knows from its
/// training classes and WordNet.
class FormsTagger final : public ergraph::nlp::Tagger {
 public:
  explicit FormsTagger(std::initializer_list<std::pair<std::string_view, unsigned>> forms, unsigned others = 0)
      : forms_(forms), others_(others) {}
  void tag(Document&) const override {}
  unsigned verb_forms(std::string_view w) const override {
    for (const auto& [word, f] : forms_)
      if (word == w) return f;
    return others_;
  }

 private:
  std::vector<std::pair<std::string_view, unsigned>> forms_;
  unsigned others_;
};

constexpr unsigned kBase = ergraph::nlp::Tagger::kVerbBase, kPresent = ergraph::nlp::Tagger::kVerbPresent,
                   kPast = ergraph::nlp::Tagger::kVerbPast, kThird = ergraph::nlp::Tagger::kVerbThird,
                   kGerund = ergraph::nlp::Tagger::kVerbGerund, kParticiple = ergraph::nlp::Tagger::kVerbParticiple;

}  // namespace

TEST_CASE("tagger repair: a participle after a name in a sentence without a finite verb becomes its verb", "[nlp][tagger]") {
  Document d = tagged("Goldman Sachs advised Nordbank AG .", {"NNP", "NNP", "VBN", "NNP", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) == 1);
  CHECK(xpos(d, 2) == "VBD");
  CHECK(d.tokens[2].upos == ergraph::nlp::Upos::VERB);
  // An -ed adjective too; not one without -ed ("lent" stays what it was).
  Document e = tagged("Orvell copied data .", {"NNP", "JJ", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e) == 1);
  CHECK(xpos(e, 1) == "VBD");
  Document f = tagged("Eastvale lent money .", {"NNP", "JJ", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f) == 0);
  // With the lemmatizer an irregular past form is known ("lent": lend); a same-form one is not.
  const auto lemmatizer = ergraph::nlp::Lemmatizer::load(ergraph::test::source_dir() / "models" / "lemmas.tsv");
  CHECK(ergraph::nlp::repair_verbless_sentences(f, lemmatizer.get()) == 1);
  CHECK(xpos(f, 1) == "VBD");
  // One adverb between the name and the verb.
  Document h = tagged("Orvell allegedly copied data .", {"NNP", "RB", "VBN", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(h) == 1);
  CHECK(xpos(h, 2) == "VBD");
  Document g = tagged("Airways cut flights .", {"NNPS", "JJ", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(g, lemmatizer.get()) == 0);
}

TEST_CASE("tagger repair: a sentence with a finite verb, or a participle not after a name, is left alone", "[nlp][tagger]") {
  Document d = tagged("Goldman Sachs advised Nordbank AG and Meridian said so .",
                      {"NNP", "NNP", "VBN", "NNP", "NNP", "CC", "NNP", "VBD", "RB", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) == 0);
  CHECK(xpos(d, 2) == "VBN");
  Document e = tagged("Photo taken by Reuters .", {"NN", "VBN", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e) == 0);
}

TEST_CASE("tagger repair: a name subject's verb misread before a complement clause (business, economics, courts, trade)",
          "[nlp][tagger]") {
  const auto lemmatizer = ergraph::nlp::Lemmatizer::load(ergraph::test::source_dir() / "models" / "lemmas.tsv");
  // A finite verb later, in the complement clause: the main clause's verb is still repaired.
  Document d = tagged("Kivu Metals refuted allegations that Luano Resources had smuggled cobalt .",
                      {"NNP", "NNP", "JJ", "NNS", "WDT", "NNP", "NNP", "VBD", "VBN", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, lemmatizer.get()) == 1);
  CHECK(xpos(d, 2) == "VBD");
  Document e = tagged("Economist Javier Ruiz doubts that Argentina will repay the fund .",
                      {"NNP", "NNP", "NNP", "NNS", "IN", "NNP", "MD", "VB", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e, lemmatizer.get()) == 1);
  CHECK(xpos(e, 3) == "VBZ");
  Document f = tagged("Felix Gantt hid money at Coralline Trust .", {"NNP", "NNP", "NN", "NN", "IN", "NNP", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f, lemmatizer.get()) == 1);
  CHECK(xpos(f, 2) == "VBD");
  // No finite verb at all: a plural noun after the name run is its verb too.
  Document g = tagged("Meghna Textiles ships jackets to Fjordline .", {"NNP", "NNP", "NNS", "NNS", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(g, lemmatizer.get()) == 1);
  CHECK(xpos(g, 2) == "VBZ");
}

TEST_CASE("tagger repair: a noun after a name stays a noun when the clause has its verb (sports, markets, science)",
          "[nlp][tagger]") {
  const auto lemmatizer = ergraph::nlp::Lemmatizer::load(ergraph::test::source_dir() / "models" / "lemmas.tsv");
  Document d = tagged("Apple shares fell on Monday .", {"NNP", "NNS", "VBD", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, lemmatizer.get()) == 0);
  CHECK(xpos(d, 1) == "NNS");
  Document e = tagged("Celtics fans cheered the team .", {"NNPS", "NNS", "VBD", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e, lemmatizer.get()) == 0);
  // Not after a sentence-opening name run.
  Document f = tagged("The NASA probes reached Mars .", {"DT", "NNP", "NNS", "VBD", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f, lemmatizer.get()) == 0);
}

TEST_CASE("tagger repair: a name subject after 'that', and a plural noun swapped with the VBZ after it (courts, trade, science)",
          "[nlp][tagger]") {
  const auto lemmatizer = ergraph::nlp::Lemmatizer::load(ergraph::test::source_dir() / "models" / "lemmas.tsv");
  Document d = tagged("Detective Ruth Amadi suspects that Felix Gantt hid money at Coralline Trust .",
                      {"NNP", "NNP", "NNP", "VBZ", "IN", "NNP", "NNP", "NN", "NN", "IN", "NNP", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, lemmatizer.get()) == 1);
  CHECK(xpos(d, 7) == "VBD");
  Document e = tagged("Meghna Textiles ships jackets to Fjordline .", {"NNP", "NNP", "NNS", "VBZ", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e, lemmatizer.get()) == 1);
  CHECK(xpos(e, 2) == "VBZ");
  CHECK(xpos(e, 3) == "NNS");
  // "The lab said that NASA probes reached Mars": the clause has its verb.
  Document f = tagged("The lab said that NASA probes reached Mars .",
                      {"DT", "NN", "VBD", "IN", "NNP", "NNS", "VBD", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f, lemmatizer.get()) == 0);
}

TEST_CASE("tagger repair: a verb or common noun starting with a capital outside ASCII is a name", "[nlp][tagger]") {
  auto d = tagged("Equinor sold assets to Ørsted and Åkers .", {"NNP", "VBD", "NNS", "IN", "VBN", "CC", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 2);
  CHECK(xpos(d, 4) == "NNP");
  CHECK(d.tokens[4].upos == ergraph::nlp::Upos::PROPN);
  CHECK(xpos(d, 6) == "NNPS");
  // Lower-case words outside ASCII and ASCII capitals keep their tags.
  auto e = tagged("Maria ordered éclairs and Read books .", {"NNP", "VBD", "NNS", "CC", "VB", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 2) == "NNS");
  CHECK(xpos(e, 4) == "VB");
}

TEST_CASE("tagger repair: a capitalised verb right after a name is part of the name, not inside quotes (business, sports, courts)",
          "[nlp][tagger]") {
  Document d = tagged("Acme sold beans to Marlow Chocolate this season .",
                      {"NNP", "VBD", "NNS", "IN", "NNP", "VB", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 1);
  CHECK(xpos(d, 5) == "NNP");
  CHECK(d.tokens[5].upos == ergraph::nlp::Upos::PROPN);
  Document e = tagged("The judge fined Harbor Freight Lines .", {"DT", "NN", "VBD", "NNP", "VBG", "NNPS", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 4) == "NNP");
  // Lower case stays a verb ("Kenya beat Uganda" is no name), and so does a title in quotes.
  Document f = tagged("Leeds beat Hull .", {"NNP", "VBD", "NNP", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 1) == "VBD");
  Document g = tagged("She sang \" I Got You \" .", {"PRP", "VBD", "``", "PRP", "VBD", "PRP", "''", "."});
  ergraph::nlp::repair_verbless_sentences(g);
  CHECK(xpos(g, 4) == "VBD");
}

TEST_CASE("tagger repair: a question opening with 'Will', 'May' or 'Can' read as a name starts with a modal (local politics, sports)",
          "[nlp][tagger]") {
  Document d = tagged("Will Harlow Council sell the depot ?", {"NNP", "NNP", "NNP", "VBP", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 1);
  CHECK(xpos(d, 0) == "MD");
  CHECK(d.tokens[0].upos == ergraph::nlp::Upos::AUX);
  Document e = tagged("Can Leeds avoid relegation ?", {"NNP", "NNP", "VB", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 0) == "MD");
  // A statement about a man named Will, or a question without a base-form verb, is left alone.
  Document f = tagged("Will Smith won the award .", {"NNP", "NNP", "VBD", "DT", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 0) == "NNP");
  Document g = tagged("Will Smith is here ?", {"NNP", "NNP", "VBZ", "RB", "."});
  ergraph::nlp::repair_verbless_sentences(g);
  CHECK(xpos(g, 0) == "NNP");
}

TEST_CASE("tagger repair: 'mine' after an article or a modifier is a noun (business, other regions)", "[nlp][tagger]") {
  Document d = tagged("Minera will sell a copper mine .", {"NNP", "MD", "VB", "DT", "NN", "PRP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 1);
  CHECK(xpos(d, 5) == "NN");
  CHECK(d.tokens[5].upos == ergraph::nlp::Upos::NOUN);
  Document e = tagged("Workers left the mine .", {"NNS", "VBD", "DT", "PRP", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 3) == "NN");
  // The pronoun stays a pronoun elsewhere, and a subject pronoun after a noun opens a relative
  // clause ("the deal it signed").
  Document f = tagged("The choice is mine .", {"DT", "NN", "VBZ", "PRP", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 3) == "PRP");
  Document g = tagged("the deal it signed", {"DT", "NN", "PRP", "VBD"});
  ergraph::nlp::repair_verbless_sentences(g);
  CHECK(xpos(g, 2) == "PRP");
}


TEST_CASE("tagger repair: a noun the tagger knows as a verb after a name subject is its verb (politics, business, local politics)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"hand", kBase | kPresent}, {"hold", kBase | kPresent}, {"fund", kBase | kPresent},
                            {"cut", kBase | kPresent | kPast}});
  // In a complement: the base form ("demanded that Somalia hand over"), names joined by "and".
  Document d = tagged("Kenya demanded that Somalia hand over the commander .",
                      {"NNP", "VBD", "IN", "NNP", "NN", "IN", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) == 1);
  CHECK(xpos(d, 4) == "VBP");
  CHECK(d.tokens[4].upos == ergraph::nlp::Upos::VERB);
  Document e = tagged("Oman proposed that Yemen and Saudi Arabia hold direct talks .",
                      {"NNP", "VBD", "IN", "NNP", "CC", "NNP", "NNP", "NN", "JJ", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger) == 1);
  CHECK(xpos(e, 7) == "VBP");
  // A main clause without a finite verb: the past form where there is one.
  Document f = tagged("Banco Austral cut lending to Minera .", {"NNP", "NNP", "NN", "VBG", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger) == 1);
  CHECK(xpos(f, 2) == "VBD");
  // Left alone: without the tagger; a word it does not know as a verb; a clause with its own verb.
  Document g = tagged("Kenya demanded that Somalia hand over the commander .",
                      {"NNP", "VBD", "IN", "NNP", "NN", "IN", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(g) == 0);
  Document h = tagged("Kenya said that Apple stock fell .", {"NNP", "VBD", "IN", "NNP", "NN", "VBD", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(h, nullptr, &tagger) == 0);
  Document i = tagged("Mayor Brix doubts that Westmarch Council fund will last .",
                      {"NNP", "NNP", "VBZ", "IN", "NNP", "NNP", "NN", "MD", "VB", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(i, nullptr, &tagger) == 0);
  CHECK(xpos(i, 6) == "NN");
}

TEST_CASE("tagger repair: an -ing noun after a verb that takes a gerund is the gerund (business, sports)", "[nlp][tagger]") {
  const FormsTagger tagger({{"shipping", kGerund | kBase}, {"paying", kGerund | kBase}, {"fishing", kGerund | kBase}});
  const auto lemmatizer = ergraph::nlp::Lemmatizer::load(ergraph::test::source_dir() / "models" / "lemmas.tsv");
  const ergraph::nlp::WordList gerund_verbs("verbs with a gerund object", {"keep", "stop"});
  Document d = tagged("Novak stopped shipping grain to Odesa .", {"NNP", "VBD", "NN", "NN", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, lemmatizer.get(), &tagger, &gerund_verbs) == 1);
  CHECK(xpos(d, 2) == "VBG");
  CHECK(d.tokens[2].upos == ergraph::nlp::Upos::VERB);
  Document e = tagged("The club kept paying Amaro Costa .", {"DT", "NN", "VBD", "NN", "NNP", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e, lemmatizer.get(), &tagger, &gerund_verbs) == 1);
  CHECK(xpos(e, 3) == "VBG");
  // One adverb between ("stopped ever shipping grain").
  Document h = tagged("Novak stopped ever shipping grain .", {"NNP", "VBD", "RB", "NN", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(h, lemmatizer.get(), &tagger, &gerund_verbs) == 1);
  CHECK(xpos(h, 3) == "VBG");
  // Not after another verb ("bought fishing boats"), nor without the list.
  Document f = tagged("Novak bought fishing boats .", {"NNP", "VBD", "NN", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f, lemmatizer.get(), &tagger, &gerund_verbs) == 0);
  Document g = tagged("Novak stopped shipping grain .", {"NNP", "VBD", "NN", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(g, lemmatizer.get(), &tagger) == 0);
}

TEST_CASE("tagger repair: adverbs and 'no longer' between the name and its verb, and a plural noun swapped with a base form "
          "(business, trade)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"sources", kThird}, {"cut", kBase | kPresent | kPast}});
  Document d = tagged("Alvik Steel no longer sources iron ore from Kiruna .",
                      {"NNP", "NNP", "RB", "JJR", "NNS", "VBP", "NN", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) == 1);
  CHECK(xpos(d, 4) == "VBZ");
  CHECK(xpos(d, 5) == "NN");
  Document e = tagged("Banco Austral quietly cut lending to Minera .", {"NNP", "NNP", "RB", "NN", "VBG", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger) == 1);
  CHECK(xpos(e, 3) == "VBD");
  // Without the tagger nothing is skipped or swapped.
  Document f = tagged("Alvik Steel no longer sources iron ore from Kiruna .",
                      {"NNP", "NNP", "RB", "JJR", "NNS", "VBP", "NN", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f) == 0);
  CHECK(xpos(f, 4) == "NNS");
}

TEST_CASE("tagger repair: a phrase-final VBZ after a preposition and a noun is a plural noun (trade, science, courts)",
          "[nlp][tagger]") {
  const ergraph::nlp::WordList marks("finite clause marks", {"because", "if", "since", "while"});
  Document d = tagged("Kivu shipped ore without export permits .", {"NNP", "VBD", "NN", "IN", "NN", "VBZ", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, nullptr, nullptr, &marks) == 1);
  CHECK(xpos(d, 5) == "NNS");
  CHECK(d.tokens[5].upos == ergraph::nlp::Upos::NOUN);
  Document e = tagged("The lab ran tests on blood samples , and Hale paid .",
                      {"DT", "NN", "VBD", "NNS", "IN", "NN", "VBZ", ",", "CC", "NNP", "VBD", "."});
  ergraph::nlp::repair_verbless_sentences(e, nullptr, nullptr, nullptr, &marks);
  CHECK(xpos(e, 6) == "NNS");
  // Left alone: a clause after a word that marks finite clauses, a verb with something after it,
  // and without the list.
  Document f = tagged("Prices fell because demand rises .", {"NNS", "VBD", "IN", "NN", "VBZ", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f, nullptr, nullptr, nullptr, &marks) == 0);
  Document g = tagged("The quality of life declines with age .", {"DT", "NN", "IN", "NN", "VBZ", "IN", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(g, nullptr, nullptr, nullptr, &marks) == 0);
  Document h = tagged("Kivu shipped ore without export permits .", {"NNP", "VBD", "NN", "IN", "NN", "VBZ", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(h) == 0);
  CHECK(xpos(h, 5) == "VBZ");
}

TEST_CASE("tagger repair: a capitalised plural right after a name is the name's last word (science, sports, business)",
          "[nlp][tagger]") {
  // In EWT and GUM train, 888 of 904 such words are NNP or NNPS ("Pittsburgh Pirates").
  Document d = tagged("Aurion copied designs from Lyra Dynamics .", {"NNP", "VBD", "NNS", "IN", "NNP", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) == 1);
  CHECK(xpos(d, 5) == "NNPS");
  CHECK(d.tokens[5].upos == ergraph::nlp::Upos::PROPN);
  Document e = tagged("Bakare joined Lagos Stars .", {"NNP", "VBD", "NNP", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 3) == "NNPS");
  // Left alone: lower case ("Kenya exports") and a plural without -s.
  Document f = tagged("Kivu said Zambia exports rose .", {"NNP", "VBD", "NNP", "NNS", "VBD", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f) == 0);
  CHECK(xpos(f, 3) == "NNS");
  Document h = tagged("Berg met Oslo Women .", {"NNP", "VBD", "NNP", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(h) == 0);
}

TEST_CASE("tagger repair: a noun after a subject's modal is a base verb when the tagger knows it as one "
          "(local politics, sports)",
          "[nlp][tagger]") {
  // In EWT and GUM train a word after a modal (adverbs between) is VB 4,767 times, NN 21.
  const FormsTagger base({{"fire", kBase | kPresent}, {"host", kBase | kPresent}, {"help", kBase | kPresent}});
  const FormsTagger* tagger = &base;
  Document d = tagged("Quinn would fire police chief Cole .", {"NNP", "MD", "NN", "NN", "NN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, tagger) >= 1);
  CHECK(xpos(d, 2) == "VB");
  Document e = tagged("Kenya will not host Uganda .", {"NNP", "MD", "RB", "NN", "NNP", "."});
  ergraph::nlp::repair_verbless_sentences(e, nullptr, tagger);
  CHECK(xpos(e, 3) == "VB");
  // Not in an inverted question (the modal opens it), and not a word the tagger never saw as a verb.
  Document f = tagged("Can someone help ?", {"MD", "NN", "VB", "."});
  ergraph::nlp::repair_verbless_sentences(f, nullptr, tagger);
  CHECK(xpos(f, 1) == "NN");
  Document g = tagged("Kenya will terrorism .", {"NNP", "MD", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(g, nullptr, tagger);
  CHECK(xpos(g, 2) == "NN");
}

TEST_CASE("tagger repair: two capitalised common nouns that open running text are a name (business, science)",
          "[nlp][tagger]") {
  Document d = tagged("Linden Mining was accused of dumping waste .", {"NN", "NN", "VBD", "VBN", "IN", "VBG", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 2);
  CHECK(xpos(d, 0) == "NNP");
  CHECK(xpos(d, 1) == "NNP");
  CHECK(d.tokens[0].upos == ergraph::nlp::Upos::PROPN);
  // Left alone: a determiner first, a lower-case second word, and an all-title-case headline.
  Document e = tagged("The Commission said no .", {"DT", "NN", "VBD", "DT", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 1) == "NN");
  Document f = tagged("Mining companies said no .", {"NN", "NNS", "VBD", "DT", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 0) == "NN");
  Document g = tagged("Climate Change Hits Farms .", {"NN", "NN", "VBZ", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(g);
  CHECK(xpos(g, 0) == "NN");
}

TEST_CASE("tagger repair: a capitalised plural alone, or a capitalised adjective before a finite verb, is a name "
          "inside running text (sports, politics)",
          "[nlp][tagger]") {
  Document d = tagged("If Celtic beat Rangers on Sunday , fans will cheer .",
                      {"IN", "JJ", "VBP", "NNS", "IN", "NNP", ",", "NNS", "MD", "VB", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 2);
  CHECK(xpos(d, 1) == "NNP");
  CHECK(xpos(d, 3) == "NNPS");
  CHECK(xpos(d, 7) == "NNS");  // lower case
  // Left alone: an adjective before a noun, a plural beside another capitalised word, and an
  // all-capitalised headline.
  Document e = tagged("He said Celtic fans cheered .", {"PRP", "VBD", "JJ", "NNS", "VBD", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 2) == "JJ");
  Document f = tagged("The firm sold Network Services to us .", {"DT", "NN", "VBD", "NNP", "NNS", "TO", "PRP", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 4) != "NNS");  // after a name: the other rule makes it NNPS
  Document g = tagged("Rebels Seize Towns .", {"NNS", "VBP", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(g);
  CHECK(xpos(g, 2) == "NNS");
}

TEST_CASE("tagger repair: a participle after 'have' and a capitalised word with a digit (finance, space)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"lent", kPast | kParticiple}, {"limited", kPast | kParticiple}});
  // In EWT and GUM train, 2,095 VBN and 3 JJ there.
  Document d = tagged("Kestrel would have lent money .", {"NNP", "MD", "VB", "JJ", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 3) == "VBN");
  CHECK(d.tokens[2].upos == ergraph::nlp::Upos::AUX);
  // A word never seen as a participle stays an adjective ("have good reasons").
  Document e = tagged("They have good reasons .", {"PRP", "VBP", "JJ", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger);
  CHECK(xpos(e, 2) == "JJ");
  // "Helio-6" read as an interjection is a name; a capitalised word without a digit is left alone.
  Document f = tagged("Aurion built Helio-6 .", {"NNP", "VBD", "UH", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 2) == "NNP");
  Document g = tagged("Aurion said Wow .", {"NNP", "VBD", "UH", "."});
  ergraph::nlp::repair_verbless_sentences(g);
  CHECK(xpos(g, 2) == "UH");
}

TEST_CASE("tagger repair: a gerund after of/against/from, and a sentence's first word before names and a finite verb "
          "(business, local politics)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"poaching", kGerund | kBase}, {"hiding", kGerund | kBase}, {"sending", kGerund | kBase}});
  Document d = tagged("Tarn accused Orvell of poaching scientists .", {"NNP", "VBD", "NNP", "IN", "NN", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 4) == "VBG");
  Document e = tagged("Brazil warned against sending the troops .", {"NNP", "VBD", "IN", "NN", "DT", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger);
  CHECK(xpos(e, 3) == "VBG");
  // "the cost of hiding places": a plural noun after, and no name before the preposition.
  Document f = tagged("The cost of hiding places rose .", {"DT", "NN", "IN", "NN", "NNS", "VBD", "."});
  ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger);
  CHECK(xpos(f, 3) == "NN");
  // EWT and GUM train: a sentence's first word before names and a VBD/VBZ is never VB.
  Document g = tagged("Save Marsh Lane accused Pennock .", {"VB", "NNP", "NNP", "VBD", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(g) >= 1);
  CHECK(xpos(g, 0) == "NNP");
  Document h = tagged("Call John Smith now .", {"VB", "NNP", "NNP", "RB", "."});
  ergraph::nlp::repair_verbless_sentences(h);
  CHECK(xpos(h, 0) == "VB");
}

TEST_CASE("tagger repair: two capitalised parts joined by a hyphen are a name, not after a prefix (other regions)",
          "[nlp][tagger]") {
  Document d = tagged("Al-Noor Holdings sued Guinea-Bissau .", {"JJ", "NNS", "VBD", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(d);
  CHECK(xpos(d, 0) == "NNP");
  CHECK(xpos(d, 3) == "NNP");
  Document e = tagged("Pro-Beijing groups sued X-ray labs .", {"JJ", "NNS", "VBD", "NN", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 0) == "JJ");
  CHECK(xpos(e, 3) == "NN");
}

TEST_CASE("tagger repair: an -s word after a prepositional gerund and its noun, and a capitalised adjective after a "
          "name (business, fisheries)",
          "[nlp][tagger]") {
  Document d = tagged("Guinea accused Baltic of diverting project funds to Sahel .",
                      {"NNP", "VBD", "NNP", "IN", "VBG", "NN", "VBZ", "TO", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 1);
  CHECK(xpos(d, 6) == "NNS");
  // Before a complement it is the verb of a gerund subject ("of measuring pressure is still").
  Document e = tagged("The point of telling someone makes sense .", {"DT", "NN", "IN", "VBG", "NN", "VBZ", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 5) == "VBZ");
  Document f = tagged("Bergen will buy Pacific Tuna Cooperative soon .", {"NNP", "MD", "VB", "NNP", "NNP", "JJ", "RB", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 5) == "NNP");
  Document g = tagged("They met South African envoys .", {"PRP", "VBD", "NNP", "JJ", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(g);
  CHECK(xpos(g, 3) == "JJ");
}

TEST_CASE("tagger repair: after a subordinator that only opens clauses, a phrase-final -s word after a noun phrase is "
          "the verb (business)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"collapses", kThird}});
  Document d = tagged("Halvorsen will sue if the deal collapses .", {"NNP", "MD", "VB", "IN", "DT", "NN", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 6) == "VBZ");
  // Not a word the tagger never saw as a verb, and not after "as" (often a preposition).
  Document e = tagged("Halvorsen will sue if the deal terms .", {"NNP", "MD", "VB", "IN", "DT", "NN", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger);
  CHECK(xpos(e, 6) == "NNS");
  Document f = tagged("They served as the deal collapses .", {"PRP", "VBD", "IN", "DT", "NN", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger);
  CHECK(xpos(f, 5) == "NNS");
}

TEST_CASE("tagger repair: a capitalised word, a hyphen and a number is a name, not after a prefix (space, aviation, health)",
          "[nlp][tagger]") {
  Document d = tagged("Aurion built the Helio-5 probe .", {"NNP", "VBD", "DT", "JJ", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) == 1);
  CHECK(xpos(d, 3) == "NNP");
  CHECK(d.tokens[3].upos == ergraph::nlp::Upos::PROPN);
  Document e = tagged("Poland bought 32 F-35 jets .", {"NNP", "VBD", "CD", "CD", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 3) == "NNP");
  CHECK(xpos(e, 2) == "CD");  // no capital
  // A prefix and a year keep their tag; so do words without a digit after the hyphen.
  Document f = tagged("Pre-2008 rules apply in Mid-2020 .", {"JJ", "NNS", "VBP", "IN", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f) == 0);
  CHECK(xpos(f, 0) == "JJ");
  CHECK(xpos(f, 4) == "NN");
}

TEST_CASE("tagger repair: a plural before 'to' and a base form after the opening names is the verb "
          "(other regions, business, sports)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"plans", kThird}, {"hopes", kThird}});
  Document d = tagged("Fiji plans to buy a vessel .", {"NNP", "NNS", "TO", "VB", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 1) == "VBZ");
  Document e = tagged("Lagos Stars FC hopes to sign Mensah .", {"NNP", "NNP", "NNP", "NNS", "TO", "VB", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger) >= 1);
  CHECK(xpos(e, 3) == "VBZ");
  // Not a plural the tagger never saw as a verb, and not without a base form after "to".
  Document f = tagged("Toyota dealerships to open .", {"NNP", "NNS", "TO", "VB", "."});
  ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger);
  CHECK(xpos(f, 1) == "NNS");
  Document g = tagged("Fiji plans to Samoa .", {"NNP", "NNS", "TO", "NNP", "."});
  ergraph::nlp::repair_verbless_sentences(g, nullptr, &tagger);
  CHECK(xpos(g, 1) == "NNS");
}

TEST_CASE("tagger repair: after a subordinator, a phrase-final base form after a plural noun phrase is the verb "
          "(business, courts, local politics)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"object", kBase}, {"strike", kBase}});
  Document d = tagged("Quillon will buy Andes unless regulators in Peru object .",
                      {"NNP", "MD", "VB", "NNP", "IN", "NNS", "IN", "NNP", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 8) == "VBP");
  Document e = tagged("The depot will close if the workers strike , Hale said .",
                      {"DT", "NN", "MD", "VB", "IN", "DT", "NNS", "NN", ",", "NNP", "VBD", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger) >= 1);
  CHECK(xpos(e, 7) == "VBP");
  // A singular head ("if the court object"), a word never seen as a verb, or a word that does not
  // end the clause stay nouns.
  Document f = tagged("Hale will sue if the union strike .", {"NNP", "MD", "VB", "IN", "DT", "NN", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger);
  CHECK(xpos(f, 6) == "NN");
  Document g = tagged("Hale will sue if the workers union .", {"NNP", "MD", "VB", "IN", "DT", "NNS", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(g, nullptr, &tagger);
  CHECK(xpos(g, 6) == "NN");
  Document h = tagged("Hale will sue if the workers strike deal fails .",
                      {"NNP", "MD", "VB", "IN", "DT", "NNS", "NN", "NN", "VBZ", "."});
  ergraph::nlp::repair_verbless_sentences(h, nullptr, &tagger);
  CHECK(xpos(h, 6) == "NN");
}

TEST_CASE("tagger repair: 'that' after a verb, 'on' and one name opens a complement (health, media, business)",
          "[nlp][tagger]") {
  Document d = tagged("Ghana announced on Monday that Accra Labs had shipped kits .",
                      {"NNP", "VBD", "IN", "NNP", "WDT", "NNP", "NNPS", "VBD", "VBN", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) == 1);
  CHECK(xpos(d, 4) == "IN");
  CHECK(d.tokens[4].upos == ergraph::nlp::Upos::SCONJ);
  Document e = tagged("Nordbank said on Twitter that it would cut jobs .",
                      {"NNP", "VBD", "IN", "NNP", "WDT", "PRP", "MD", "VB", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e) == 1);
  CHECK(xpos(e, 4) == "IN");
  // Not after a noun ("a deal on Monday that"), nor after another preposition ("taught at X that").
  Document f = tagged("Kenya signed a deal on Monday that lasts .", {"NNP", "VBD", "DT", "NN", "IN", "NNP", "WDT", "VBZ", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f) == 0);
  Document g = tagged("Ana taught at Pilates that sets rules .", {"NNP", "VBD", "IN", "NNP", "WDT", "VBZ", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(g) == 0);
}

TEST_CASE("tagger repair: a second base verb after a modal's verb is its object noun, not after 'help' or 'go' "
          "(trade, business, sports)",
          "[nlp][tagger]") {
  const FormsTagger tagger({}, kBase);
  Document d = tagged("Peru would export copper to Bolivia .", {"NNP", "MD", "VB", "VB", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 3) == "NN");
  CHECK(d.tokens[3].upos == ergraph::nlp::Upos::NOUN);
  Document e = tagged("Kenya will help build roads .", {"NNP", "MD", "VB", "VB", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger);
  CHECK(xpos(e, 3) == "VB");
  Document f = tagged("Leeds can go see Celtic .", {"NNP", "MD", "VB", "VB", "NNP", "."});
  ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger);
  CHECK(xpos(f, 3) == "VB");
}

TEST_CASE("tagger repair: two capitalised common nouns alone after a verb are a name (local politics, sports)",
          "[nlp][tagger]") {
  Document d = tagged("Ashby had hired Redline Developers .", {"NNP", "VBD", "VBN", "NN", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 2);
  CHECK(xpos(d, 3) == "NNP");
  CHECK(xpos(d, 4) == "NNPS");
  // Not beside another capitalised word, not a singular second word.
  Document e = tagged("Ashby hired Redline Developers Ltd .", {"NNP", "VBD", "NN", "NNS", "NNP", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 2) == "NN");
  Document f = tagged("Ashby hired Redline Staff today .", {"NNP", "VBD", "NN", "NN", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 2) == "NN");
  // After a preposition too (EWT and GUM train: such pairs are names 144 times in 157; "wrote
  // about Audit Rights" is one of the 6 NN NNS).
  Document g = tagged("Ashby wrote to Redline Developers .", {"NNP", "VBD", "IN", "NN", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(g) >= 2);
  CHECK(xpos(g, 3) == "NNP");
}

TEST_CASE("tagger repair: a gerund read as a noun after a participle and 'of', and a superlative read for a name's verb "
          "(other regions, sports)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"shipping", kGerund}, {"beat", kBase | kPast | kPresent}});
  Document d = tagged("Kivu is accused of shipping ore to Tanzania .", {"NNP", "VBZ", "VBN", "IN", "NN", "NN", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 4) == "VBG");
  // Not after a noun ("the cost of shipping ore").
  Document e = tagged("Kenya cut the cost of shipping ore .", {"NNP", "VBD", "DT", "NN", "IN", "NN", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger);
  CHECK(xpos(e, 5) == "NN");
  Document f = tagged("If Ashgrove United beat Dalby Town , Leeds will win .",
                      {"IN", "NNP", "NNP", "JJS", "NNP", "NNP", ",", "NNP", "MD", "VB", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger) >= 1);
  CHECK(xpos(f, 3) == "VBP");
}

TEST_CASE("tagger repair: after a subordinator, a base form after a plural subject and an adverb, before its object, is "
          "the verb (courts, trade)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"drop", kBase}, {"collect", kBase}});
  Document d = tagged("Gantt will testify unless prosecutors first drop the charge .",
                      {"NNP", "MD", "VB", "IN", "NNS", "JJ", "NN", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 6) == "VBP");
  Document e = tagged("Kenya pays when governments collect the tax .", {"NNP", "VBZ", "WRB", "NNS", "NN", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger) >= 1);
  CHECK(xpos(e, 4) == "VBP");  // as in EWT train: "When governments collect the"
  Document f = tagged("Kenya pays if governments collect the tax .", {"NNP", "VBZ", "IN", "NNS", "NN", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger) >= 1);
  CHECK(xpos(f, 4) == "VBP");
  // Not before a preposition ("if prosecutors drop/NN in ...": the rule wants an object or the end).
  Document g = tagged("Kenya pays if governments collect in May .", {"NNP", "VBZ", "IN", "NNS", "NN", "IN", "NNP", "."});
  ergraph::nlp::repair_verbless_sentences(g, nullptr, &tagger);
  CHECK(xpos(g, 4) == "NN");
}

TEST_CASE("tagger repair: two capitalised common nouns after a comma, before a lower-case word, are a name "
          "(business, sports)",
          "[nlp][tagger]") {
  Document d = tagged("According to analysts , Aerolease Partners will sue .", {"VBG", "IN", "NNS", ",", "NN", "NNS", "MD", "VB", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 2);
  CHECK(xpos(d, 4) == "NNP");
  CHECK(xpos(d, 5) == "NNPS");
  // Not before a capitalised word, not without the comma.
  Document e = tagged("In March , Golden Pastures Ltd sued .", {"IN", "NNP", ",", "NN", "NNS", "NNP", "VBD", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 3) == "NN");
  Document f = tagged("Kenya and Golden Pastures will sue .", {"NNP", "CC", "NN", "NNS", "MD", "VB", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 2) == "NN");
}

TEST_CASE("tagger repair: a capitalised adjective and noun opening a sentence before its verb are a name (transport, "
          "fisheries)",
          "[nlp][tagger]") {
  Document d = tagged("Andean Rail would repay the loan .", {"JJ", "NN", "MD", "VB", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 2);
  CHECK(xpos(d, 0) == "NNP");
  CHECK(xpos(d, 1) == "NNP");
  Document e = tagged("Pacific Fisheries sold tuna .", {"JJ", "NNS", "VBD", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e) >= 2);
  CHECK(xpos(e, 1) == "NNPS");
  // Not before a word that is no finite verb (a review's headline: "Fantastic Place to eat").
  Document f = tagged("Fantastic Place to eat .", {"JJ", "NN", "TO", "VB", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 0) == "JJ");
}

TEST_CASE("tagger repair: a capitalised singular noun right after a capitalised proper noun is part of the name (utilities)",
          "[nlp][tagger]") {
  Document d = tagged("Oman will sue Muscat Water .", {"NNP", "MD", "VB", "NNP", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 1);
  CHECK(xpos(d, 4) == "NNP");
  // Not after a name in lower case first ("eThink Team"), nor a word in lower case.
  Document e = tagged("Oman hired eThink Team .", {"NNP", "VBD", "NNP", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 3) == "NN");
  Document f = tagged("Oman sold Muscat water .", {"NNP", "VBD", "NNP", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 3) == "NN");
}

TEST_CASE("tagger repair: after 'once' and a subject with a place phrase, an -s word before a preposition is the verb "
          "(business, courts)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"opens", kThird}, {"resumes", kThird}});
  Document d = tagged("Vesta will buy batteries once the plant in Ulsan opens .",
                      {"NNP", "MD", "VB", "NNS", "RB", "DT", "NN", "IN", "NNP", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 9) == "VBZ");
  Document e = tagged("Hale will testify when the trial resumes in Denver .",
                      {"NNP", "MD", "VB", "WRB", "DT", "NN", "NNS", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger) >= 1);
  CHECK(xpos(e, 6) == "VBZ");
  // Not when a finite verb follows in the clause: the -s word is its subject's noun.
  Document f = tagged("Hale will testify when the trial resumes in Denver are read .",
                      {"NNP", "MD", "VB", "WRB", "DT", "NN", "NNS", "IN", "NNP", "VBP", "VBN", "."});
  ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger);
  CHECK(xpos(f, 6) == "NNS");
}

TEST_CASE("tagger repair: an -s word after a verb and its particle is the object, not a verb (business, politics)",
          "[nlp][tagger]") {
  Document d = tagged("Caribe has brushed aside reports that it paid .",
                      {"NNP", "VBZ", "VBN", "RB", "VBZ", "IN", "PRP", "VBD", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 1);
  CHECK(xpos(d, 4) == "NNS");
  CHECK(d.tokens[4].upos == ergraph::nlp::Upos::NOUN);
  Document e = tagged("Ravenna shrugged off claims .", {"NNP", "VBD", "RP", "VBZ", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e) >= 1);
  CHECK(xpos(e, 3) == "NNS");
  // Not after an adverb that is no particle ("eating here makes you ...").
  Document f = tagged("Eating here makes sense .", {"VBG", "RB", "VBZ", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 2) == "VBZ");
}

TEST_CASE("tagger repair: a capitalised adjective and plural after a preposition or verb are a name, not a demonym "
          "and its plural (shipping, aviation)",
          "[nlp][tagger]") {
  Document d = tagged("Lena Berg , the head of Adriatic Ferries , resigned .",
                      {"NNP", "NNP", ",", "DT", "NN", "IN", "JJ", "NNS", ",", "VBD", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 2);
  CHECK(xpos(d, 6) == "NNP");
  CHECK(xpos(d, 7) == "NNPS");
  Document e = tagged("Nordbank sold Atlantic Airways .", {"NNP", "VBD", "JJ", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e) >= 2);
  CHECK(xpos(e, 3) == "NNPS");
  // A demonym before a plural stays: "European Governments", "Iraqi Shiites".
  Document f = tagged("Kenya met European Governments .", {"NNP", "VBD", "JJ", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 2) == "JJ");
  Document g = tagged("Kenya wrote to Iraqi Shiites .", {"NNP", "VBD", "IN", "JJ", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(g);
  CHECK(xpos(g, 3) == "JJ");
}

TEST_CASE("tagger repair: name particles between a proper noun and a capitalised word, a capitalised 'An' after a "
          "name, and title case with letters outside ASCII (Dutch, Portuguese, Vietnamese names)",
          "[nlp][tagger]") {
  const ergraph::nlp::WordList particles("name particles", {"van", "der", "do", "de", "bin"});
  Document d = tagged("Burkina Faso handed over Pieter van der Berg .", {"NNP", "NNP", "VBD", "RP", "NNP", "NN", "NN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, nullptr, nullptr, nullptr, &particles) >= 2);
  CHECK(xpos(d, 5) == "NNP");
  CHECK(xpos(d, 6) == "NNP");
  // "Sertão" is title case; after the particle its adverb tag goes too.
  CHECK(ergraph::nlp::shape::is_title_case("Sertão"));
  CHECK_FALSE(ergraph::nlp::shape::is_title_case("SERTÃO"));
  Document e = tagged("Kivu leased aircraft from Banco do Sertão .", {"NNP", "VBD", "NN", "IN", "NNP", "VBP", "RB", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e, nullptr, nullptr, nullptr, nullptr, &particles) >= 2);
  CHECK(xpos(e, 5) == "NNP");
  CHECK(xpos(e, 6) == "NNP");
  // Not without the list, not before a lower-case word ("Kenya do business"), and a capitalised
  // adverb after a name without a particle stays ("Sean Here you go").
  Document f = tagged("Why does Kenya do business here ?", {"WRB", "VBZ", "NNP", "VBP", "NN", "RB", "."});
  ergraph::nlp::repair_verbless_sentences(f, nullptr, nullptr, nullptr, nullptr, &particles);
  CHECK(xpos(f, 3) == "VBP");
  Document g = tagged("Sean Here you go .", {"NNP", "RB", "PRP", "VBP", "."});
  ergraph::nlp::repair_verbless_sentences(g);
  CHECK(xpos(g, 1) == "RB");
  // "An" after a name before a preposition, a comma or a verb is the name's; before a noun an article.
  Document h = tagged("Kwame paid Nguyen Van An for referrals .", {"NNP", "VBD", "NNP", "NNP", "DT", "IN", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(h) >= 1);
  CHECK(xpos(h, 4) == "NNP");
  Document k = tagged("Kwame paid Nguyen Van An audit fee .", {"NNP", "VBD", "NNP", "NNP", "DT", "NN", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(k);
  CHECK(xpos(k, 4) == "DT");
}

TEST_CASE("tagger repair: a hyphenated name read as a verb, and an all-caps acronym read as a function word before a "
          "name (other regions, sports)",
          "[nlp][tagger]") {
  Document d = tagged("Kenya said that Timor-Leste had seized boats .", {"NNP", "VBD", "IN", "VBP", "VBD", "VBN", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 1);
  CHECK(xpos(d, 3) == "NNP");
  Document e = tagged("AS Dakar denied the report .", {"IN", "NNP", "VBD", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e) >= 1);
  CHECK(xpos(e, 0) == "NNP");
  // Not a place preposition in capitals, not in an all-caps headline, not before a lower-case word.
  Document f = tagged("IN Kenya , Safaricom sued Airtel .", {"IN", "NNP", ",", "NNP", "VBD", "NNP", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 0) == "IN");
  Document g = tagged("AS DAKAR WINS", {"IN", "NNP", "VBZ"});
  ergraph::nlp::repair_verbless_sentences(g);
  CHECK(xpos(g, 0) == "IN");
  Document h = tagged("AS expected , Dakar won .", {"IN", "VBN", ",", "NNP", "VBD", "."});
  ergraph::nlp::repair_verbless_sentences(h);
  CHECK(xpos(h, 0) == "IN");
}

TEST_CASE("tagger repair: a capitalised word read as an infinitive after 'to' before another capitalised word is a "
          "name, not in a title-case headline (sports)",
          "[nlp][tagger]") {
  Document d = tagged("Zagreb lost twice to Split Stars .", {"NNP", "VBD", "RB", "TO", "VB", "NNS", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 2);
  CHECK(xpos(d, 4) == "NNP");
  CHECK(xpos(d, 5) == "NNPS");
  Document e = tagged("How to Wash Overalls in winter", {"WRB", "TO", "VB", "NNS", "IN", "NN"});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 2) == "VB");
}

TEST_CASE("tagger repair: a name's possession as the subject of a main clause whose verb was read as a participle "
          "(government, business)",
          "[nlp][tagger]") {
  const FormsTagger tagger({}, kPast | kParticiple);
  Document d = tagged("Ghana 's finance ministry denied reports that Accra had defaulted .",
                      {"NNP", "POS", "NN", "NN", "VBN", "NNS", "IN", "NNP", "VBD", "VBN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 4) == "VBD");
  // Not without the tagger, and not when the clause already has its finite verb.
  Document e = tagged("Ghana 's finance ministry denied reports that Accra had defaulted .",
                      {"NNP", "POS", "NN", "NN", "VBN", "NNS", "IN", "NNP", "VBD", "VBN", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 4) == "VBN");
  Document f = tagged("Ghana 's finance ministry has denied reports .", {"NNP", "POS", "NN", "NN", "VBZ", "VBN", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger);
  CHECK(xpos(f, 5) == "VBN");
}

TEST_CASE("tagger repair: the word after 'according to' read as an infinitive is a noun (courts, news)", "[nlp][tagger]") {
  Document d = tagged("According to court records , Hale paid Lund .",
                      {"VBG", "TO", "VB", "NNS", ",", "NNP", "VBD", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 2);
  CHECK(xpos(d, 1) == "IN");
  CHECK(xpos(d, 2) == "NN");
  // Elsewhere "to" and a verb stay: "agreed to court investors".
  Document e = tagged("Kenya agreed to court investors .", {"NNP", "VBD", "TO", "VB", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 3) == "VB");
}

TEST_CASE("tagger repair: a gerund after a participle and 'with', and a plural noun after a verb's object noun "
          "(courts, business, sports)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"shipping", kGerund | kBase}, {"taking", kGerund}, {"fixing", kGerund | kBase}});
  // "was charged with shipping/NN toxic waste": EWT and GUM train VBN + with + -ing, all VBG.
  Document d = tagged("Schelde was charged with shipping toxic waste to Ghana .",
                      {"NNP", "VBD", "VBN", "IN", "NN", "JJ", "NN", "IN", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 4) == "VBG");
  Document e = tagged("Durrani was charged with fixing matches .", {"NNP", "VBD", "VBN", "IN", "NN", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger);
  CHECK(xpos(e, 4) == "VBG");
  // Not "with" after anything but a participle ("a ship with shipping containers").
  Document f = tagged("Kenya bought a ship with shipping containers .", {"NNP", "VBD", "DT", "NN", "IN", "NN", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger);
  CHECK(xpos(f, 5) == "NN");
  // "had moved client funds/VBZ to X": after a past tense or participle and a noun, before a
  // preposition, the -s word is the object's plural noun.
  Document g = tagged("Harbourline had moved client funds to Rarotonga .", {"NNP", "VBD", "VBN", "NN", "VBZ", "TO", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(g) >= 1);
  CHECK(xpos(g, 4) == "NNS");
  // Not after a determiner (a participle used as an adjective: "the attached draft works .").
  Document h = tagged("I think the attached draft works .", {"PRP", "VBP", "DT", "VBN", "NN", "VBZ", "."});
  ergraph::nlp::repair_verbless_sentences(h);
  CHECK(xpos(h, 5) == "VBZ");
}

TEST_CASE("tagger repair: the verb of a clause opened by 'if' or 'in case' read as a plural noun, a role before the "
          "subject's name, and a verb after a name's apposition (business, courts, science)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"collapses", kThird}, {"doubts", kThird}, {"arises", kThird}});
  Document d = tagged("In case the merger collapses , Limfjord will sell the route .",
                      {"IN", "NN", "DT", "NN", "NNS", ",", "NNP", "MD", "VB", "DT", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 4) == "VBZ");
  Document e = tagged("If the need arises , Kenya will pay .", {"IN", "DT", "NN", "NNS", ",", "NNP", "MD", "VB", "."});
  ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger);
  CHECK(xpos(e, 3) == "VBZ");
  // Not after a preposition ("after the terrorist attacks ."), nor for a word that is no verb.
  Document f = tagged("Kenya paid after the terrorist attacks .", {"NNP", "VBD", "IN", "DT", "JJ", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger);
  CHECK(xpos(f, 5) == "NNS");
  Document g = tagged("If the merger talks , Kenya will pay .", {"IN", "DT", "NN", "NNS", ",", "NNP", "MD", "VB", "."});
  ergraph::nlp::repair_verbless_sentences(g, nullptr, &tagger);
  CHECK(xpos(g, 3) == "NNS");
  // "Defence lawyer Marta Quiroga doubts/NNS that ...": a role of common nouns before the name.
  Document h = tagged("Defence lawyer Marta Quiroga doubts that Valle paid Okoro .",
                      {"NN", "NN", "NNP", "NNP", "NNS", "IN", "NNP", "VBD", "NNP", "."});
  const auto lemmatizer = ergraph::nlp::Lemmatizer::load(ergraph::test::source_dir() / "models" / "lemmas.tsv");
  CHECK(ergraph::nlp::repair_verbless_sentences(h, lemmatizer.get(), &tagger) >= 1);
  CHECK(xpos(h, 4) == "VBZ");
  // Not without the tagger (whose forms tell a role from a name).
  Document h2 = tagged("Defence lawyer Marta Quiroga doubts that Valle paid Okoro .",
                       {"NN", "NN", "NNP", "NNP", "NNS", "IN", "NNP", "VBD", "NNP", "."});
  ergraph::nlp::repair_verbless_sentences(h2, lemmatizer.get());
  CHECK(xpos(h2, 4) == "NNS");
  // "Edda Rask, the research director of Tallgren Labs, rejected/VBN allegations that ...".
  Document k = tagged("Edda Rask , the research director of Tallgren Labs , rejected allegations that Tallgren had lied .",
                      {"NNP", "NNP", ",", "DT", "NN", "NN", "IN", "NNP", "NNP", ",", "VBN", "NNS", "IN", "NNP", "VBD",
                       "VBN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(k, nullptr, &tagger) >= 1);
  CHECK(xpos(k, 10) == "VBD");
  // Not a participle before a preposition ("..., based in Oslo, ...").
  Document m = tagged("Edda Rask , the director of Tallgren , based in Oslo , spoke .",
                      {"NNP", "NNP", ",", "DT", "NN", "IN", "NNP", ",", "VBN", "IN", "NNP", ",", "VBD", "."});
  ergraph::nlp::repair_verbless_sentences(m, nullptr, &tagger);
  CHECK(xpos(m, 8) == "VBN");
}

TEST_CASE("tagger repair: an adjective known as a base verb between a modal and a name is the verb, an 'if' clause's "
          "verb before its object (courts, local politics)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"free", kBase | kPresent}, {"confirms", kThird}});
  Document d = tagged("Judge Stoyanova will free Bozhidar Iliev on bail .", {"NNP", "NNP", "MD", "JJ", "NNP", "NNP", "IN", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 3) == "VB");
  // Not before a common noun ("will free trade" may be a noun phrase's adjective in a title).
  Document e = tagged("Kenya will free trade zones .", {"NNP", "MD", "JJ", "NN", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger);
  CHECK(xpos(e, 2) == "JJ");
  Document f = tagged("Mahlangu will cancel the contract if the audit confirms fraud .",
                      {"NNP", "MD", "VB", "DT", "NN", "IN", "DT", "NN", "NNS", "NN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger) >= 1);
  CHECK(xpos(f, 8) == "VBZ");
}

TEST_CASE("tagger repair: the verb of a condition whose subject is a name or a longer noun phrase, after 'in the event "
          "that', and a phrase's head noun read as a verb after a preposition (science, local politics, diplomacy)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"backs", kThird}, {"confirms", kThird}, {"talks", kThird}, {"cuts", kThird}});
  Document d = tagged("Astrovex could launch the probe if the European Space Agency backs Astrovex .",
                      {"NNP", "MD", "VB", "DT", "NN", "IN", "DT", "NNP", "NNP", "NNP", "NNS", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 10) == "VBZ");
  Document e = tagged("Kelton would cancel the contract in the event that the audit confirms overcharging .",
                      {"NNP", "MD", "VB", "DT", "NN", "IN", "DT", "NN", "IN", "DT", "NN", "NNS", "VBG", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger) >= 1);
  CHECK(xpos(e, 11) == "VBZ");
  // Not after a preposition ("Kenya paid for the Uganda talks .").
  Document f = tagged("Kenya paid for the Uganda talks .", {"NNP", "VBD", "IN", "DT", "NNP", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger);
  CHECK(xpos(f, 5) == "NNS");
  // "about the fisheries dispute/VBP .": the phrase's head noun.
  Document g = tagged("Japan talked with Korea about the fisheries dispute .",
                      {"NNP", "VBD", "IN", "NNP", "IN", "DT", "NNS", "VBP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(g) >= 1);
  CHECK(xpos(g, 7) == "NN");
  // Not after a subordinator: "If the negotiations stall , ...".
  Document h = tagged("If the negotiations stall , Kenya will pay .", {"IN", "DT", "NNS", "VBP", ",", "NNP", "MD", "VB", "."});
  ergraph::nlp::repair_verbless_sentences(h);
  CHECK(xpos(h, 3) == "VBP");
}

TEST_CASE("tagger repair: a capitalised word with a letter outside ASCII after its first is a name (sports, courts)",
          "[nlp][tagger]") {
  Document d = tagged("Coach Andrés Peñalver was accused .", {"NN", "NNS", "NNP", "VBD", "VBN", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d) >= 1);
  CHECK(xpos(d, 1) == "NNP");  // not NNPS: "Andrés" is no plural
  Document e = tagged("Kenya paid Ignacio Sáez .", {"NNP", "VBD", "NNP", "VB", "."});
  ergraph::nlp::repair_verbless_sentences(e);
  CHECK(xpos(e, 3) == "NNP");
  // Lower case keeps its tag ("a café").
  Document f = tagged("Kenya bought a café .", {"NNP", "VBD", "DT", "NN", "."});
  ergraph::nlp::repair_verbless_sentences(f);
  CHECK(xpos(f, 3) == "NN");
}

TEST_CASE("tagger repair: a condition's verb after a bare 'provided' before an object, an adjective known as a verb "
          "after 'to', and 'Provided' opening a sentence (business, courts, sports)",
          "[nlp][tagger]") {
  const FormsTagger tagger({{"blocks", kThird}, {"loans", kThird}, {"fine", kBase | kPresent}});
  Document d = tagged("Uganda will acquire Chile provided Ama Owusu blocks Plains Energy .",
                      {"NNP", "MD", "VB", "NNP", "VBN", "NNP", "NNP", "NNS", "NNP", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(d, nullptr, &tagger) >= 1);
  CHECK(xpos(d, 7) == "VBZ");
  // "provided" as the verb: "Kenya provided Uganda loans ." keeps the plural.
  Document e = tagged("Kenya provided Uganda loans .", {"NNP", "VBD", "NNP", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(e, nullptr, &tagger);
  CHECK(xpos(e, 3) == "NNS");
  Document f = tagged("Granite will decide whether to fine Tarn Genomics .",
                      {"NNP", "MD", "VB", "IN", "IN", "JJ", "NNP", "NNP", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(f, nullptr, &tagger) >= 1);
  CHECK(xpos(f, 5) == "VB");
  // Not an adjective after a preposition "to" ("sold to fine Italian restaurants").
  Document g = tagged("Kenya sold wine to fine Italian restaurants .", {"NNP", "VBD", "NN", "IN", "JJ", "NNP", "NNS", "."});
  ergraph::nlp::repair_verbless_sentences(g, nullptr, &tagger);
  CHECK(xpos(g, 4) == "JJ");
  Document h = tagged("Provided Ember Foods sells the bakery , Willow will pay .",
                      {"NNP", "NNP", "NNP", "VBZ", "DT", "NN", ",", "NNP", "MD", "VB", "."});
  CHECK(ergraph::nlp::repair_verbless_sentences(h) >= 1);
  CHECK(xpos(h, 0) == "VBN");
}
