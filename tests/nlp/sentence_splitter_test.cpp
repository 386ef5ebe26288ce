// The learned sentence splitter (nlp/sentence_splitter.h): its file format, the boundaries it
// always keeps, the shipped model on unpunctuated boundaries from several domains, and its
// accuracy gate on EWT and GUM dev.
#include "nlp/sentence_splitter.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/error.h"
#include "nlp/conllu.h"
#include "nlp/evaluate.h"
#include "nlp/tokenizer.h"
#include "support/test_support.h"

namespace {

using ergraph::nlp::Document;
using ergraph::nlp::PerceptronModel;
using ergraph::nlp::SentenceModel;
using ergraph::nlp::SentenceSplitter;

/// A model whose only feature is the bias, voting `boundary_weight` for a boundary.
SentenceModel bias_model(std::int16_t boundary_weight) {
  SentenceModel m;
  m.feature_set = ergraph::nlp::detail::kSentenceFeatureSet;
  m.iterations = 1;
  m.seed = 7;
  m.sources = {{"ud/x.conllu", 10, std::string(64, 'a'), 1, 2}};
  const auto bias = ergraph::nlp::feature_key(1, 1);
  m.weights = PerceptronModel::from_tables(2, 1.0f, {bias}, {0, 1}, {{1, boundary_weight}});
  return m;
}

std::vector<std::string> sentences(const Document& d) {
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.push_back(std::string(d.sentence_text(s)));
  return out;
}

Document tokenized(const std::string& text) {
  Document d;
  d.text = text;
  ergraph::nlp::Tokenizer().tokenize(d);
  return d;
}

const SentenceSplitter& shipped() {
  static const auto s = SentenceSplitter::load(ergraph::test::source_dir() / "models" / ergraph::nlp::kSentenceModelFile);
  return s;
}

}  // namespace

TEST_CASE("sentences: the model file round-trips and rejects damage", "[nlp][sentences]") {
  const auto m = bias_model(5);
  const std::string bytes = ergraph::nlp::serialize_sentence_model(m);
  const auto back = ergraph::nlp::parse_sentence_model(bytes, "m");
  CHECK(back.iterations == 1);
  CHECK(back.seed == 7);
  CHECK(back.sources.size() == 1);
  CHECK(ergraph::nlp::serialize_sentence_model(back) == bytes);
  std::string loc;
  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x40;
  CHECK(ergraph::test::error_code_of([&] { ergraph::nlp::parse_sentence_model(flipped, "m"); }, loc) != "none");
  CHECK(ergraph::test::error_code_of([&] { ergraph::nlp::parse_sentence_model(bytes.substr(0, 20), "m"); }, loc) == "E417");  // checksum first
  CHECK(ergraph::test::error_code_of([&] { ergraph::nlp::parse_sentence_model("ERGTAG" + bytes.substr(6), "m"); }, loc) ==
        "E412");
  CHECK(ergraph::test::error_code_of([&] { SentenceSplitter::load("/no/such/sentences.model"); }, loc) == "E410");
}

TEST_CASE("sentences: the rules' boundaries and line breaks always stay, the model only adds", "[nlp][sentences]") {
  Document d = tokenized("Prices rose. Markets fell\nTraders left early");
  // A model that never splits keeps the tokenizer's sentences (its rule split and the line break).
  SentenceSplitter(bias_model(-5)).split(d);
  CHECK(sentences(d) == std::vector<std::string>{"Prices rose.", "Markets fell", "Traders left early"});
  // A model that always splits makes every token a sentence, never merging anything.
  Document e = tokenized("Prices rose. Markets fell");
  SentenceSplitter(bias_model(5)).split(e);
  CHECK(sentences(e) == std::vector<std::string>{"Prices", "rose", ".", "Markets", "fell"});
  Document empty;
  SentenceSplitter(bias_model(5)).split(empty);
  CHECK(empty.sentences.empty());
}

TEST_CASE("sentences: the shipped model splits unpunctuated boundaries and leaves names alone (web, courts, politics)",
          "[nlp][sentences]") {
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  for (const Case& c : {
           Case{"Take care, my friend, Linda I am sorry to say the story was fake.",
                {"Take care, my friend, Linda", "I am sorry to say the story was fake."}},
           Case{"NAIROBI — Kenya Airways cut ten routes on Monday.", {"NAIROBI —", "Kenya Airways cut ten routes on Monday."}},
           Case{"State Senator Luis Ortega, who represents El Paso, introduced a bill.",
                {"State Senator Luis Ortega, who represents El Paso, introduced a bill."}},
           Case{"The court adjourned. Judge Alicia Moreno will rule on Friday.",
                {"The court adjourned.", "Judge Alicia Moreno will rule on Friday."}},
       }) {
    Document d = tokenized(c.text);
    shipped().split(d);
    INFO(c.text);
    CHECK(sentences(d) == c.want);
  }
}

TEST_CASE("sentences: accuracy gate on EWT and GUM dev (never trained on)", "[nlp][sentences][slow]") {
  const auto ewt = ergraph::test::shared_dir() / "data" / "ud" / "en_ewt-ud-dev.conllu";
  const auto gum = ergraph::test::shared_dir() / "data" / "ud" / "en_gum-ud-dev.conllu";
  ergraph::test::Prerequisites("sentence splitter accuracy gate").file(ewt).file(gum).require();
  // Measured when the model was trained (models/SENTENCES.md): EWT dev 1,559 of 2,001 exact
  // (rules alone 1,163), GUM dev 1,395 of 1,575 (rules 1,319).
  const auto e = ergraph::nlp::evaluate_sentence_splitting(ergraph::nlp::Tokenizer{}, shipped(), ergraph::nlp::read_conllu(ewt));
  CHECK(e.found >= 1530);
  const auto g = ergraph::nlp::evaluate_sentence_splitting(ergraph::nlp::Tokenizer{}, shipped(), ergraph::nlp::read_conllu(gum));
  CHECK(g.found >= 1370);
}

TEST_CASE("sentences: a name going on after a lower-case word is never cut (news, sports)", "[nlp][sentences]") {
  Document d = tokenized("Banco Austral lent 40 million dollars to Minera Cerro Blanco, the Chilean newspaper El Faro reported.");
  CHECK(ergraph::nlp::detail::name_goes_on(d, 14));  // "newspaper | El Faro"
  shipped().split(d);
  CHECK(d.sentences.size() == 1);
  Document e = tokenized("According to Spanish newspaper El Pais, Real Madrid signed Kylian Mbappe.");
  shipped().split(e);
  CHECK(e.sentences.size() == 1);
  // Even a model that splits everywhere leaves that gap alone.
  Document f = tokenized("the newspaper El Faro");
  SentenceSplitter(bias_model(5)).split(f);
  CHECK(sentences(f) == std::vector<std::string>{"the", "newspaper El", "Faro"});
}

TEST_CASE("sentences: an ordinal in digits before a capitalized word is never cut (history, military, sports, science)",
          "[nlp][sentences]") {
  // The shipped model had cut after "2nd" and "3rd".
  for (const char* text : {"He met John FitzGibbon, 2nd Earl of Clare, in Italy in 1821.",
                           "The 3rd Battalion moved north before dawn.", "She finished 2nd Tuesday in the final in Doha.",
                           "The 19th Century saw the first vaccines in Europe."}) {
    Document d = tokenized(text);
    shipped().split(d);
    INFO(text << " -> " << ::Catch::Detail::stringify(sentences(d)));
    CHECK(d.sentences.size() == 1);
  }
  // Only digits and st/nd/rd/th, before a capital; even a model that splits everywhere leaves it.
  Document f = tokenized("the 2nd Earl and the second Earl");
  CHECK(ergraph::nlp::detail::ordinal_goes_on(f, 2));
  CHECK_FALSE(ergraph::nlp::detail::ordinal_goes_on(f, 6));
  SentenceSplitter(bias_model(5)).split(f);
  CHECK(sentences(f) == std::vector<std::string>{"the", "2nd Earl", "and", "the", "second", "Earl"});
}

TEST_CASE("sentences: a sentence cut inside a name that goes on in the next one is joined after tagging "
          "(science, business, web text)",
          "[nlp][sentences]") {
  // Sentences and tags as the splitter and the tagger left them.
  const auto split = [](const std::string& text, const std::vector<std::string>& tags, std::uint32_t cut) {
    Document d;
    d.text = text;
    ergraph::nlp::Tokenizer().tokenize(d);
    REQUIRE(d.tokens.size() == tags.size());
    for (std::size_t i = 0; i < tags.size(); ++i) d.tokens[i].xpos = *ergraph::nlp::parse_xpos(tags[i]);
    d.sentences = {{0, cut}, {cut, static_cast<std::uint32_t>(d.tokens.size())}};
    return d;
  };
  Document d = split("Uppsala Life Institute will share the data .", {"NNP", "NNP", "NNP", "MD", "VB", "DT", "NNS", "."}, 2);
  const auto joined = ergraph::nlp::rejoin_split_names(d);
  REQUIRE(joined.size() == 1);
  CHECK(joined[0].first == 0);
  CHECK(joined[0].last == 8);
  REQUIRE(d.sentences.size() == 1);
  CHECK(d.sentences[0].last == 8);
  // The verb after the rest of the name ("Yesterday Suva | Timber Inc. sold"), and a first part
  // of one capitalised word ("Suva | Timber Inc. will sell" at a text's start).
  Document n1 = split("Yesterday Suva Timber Inc. sold hardwood .", {"NN", "NNP", "NNP", "NNP", "VBD", "NN", "."}, 2);
  CHECK(ergraph::nlp::rejoin_split_names(n1).size() == 1);
  CHECK(n1.sentences.size() == 1);
  Document o1 = split("Suva Timber Inc. will sell hardwood .", {"NNP", "NNP", "NNP", "MD", "VB", "NN", "."}, 1);
  CHECK(ergraph::nlp::rejoin_split_names(o1).size() == 1);
  CHECK(o1.sentences.size() == 1);
  // But not a one-word part before a name with no verb after it ("Thanks | Kay Mann for the help").
  Document p1 = split("Thanks Kay Mann for the help .", {"NNS", "NNP", "NNP", "IN", "DT", "NN", "."}, 1);
  CHECK(ergraph::nlp::rejoin_split_names(p1).empty());
  // A sentence with its own verb too: in EWT and GUM no gold boundary falls there.
  Document j = split("Officials said Uppsala Life Institute had paid Malaysia .",
                     {"NNS", "VBD", "NNP", "NNP", "NNP", "VBD", "VBN", "NNP", "."}, 4);
  CHECK(ergraph::nlp::rejoin_split_names(j).size() == 1);
  CHECK(j.sentences.size() == 1);
  // A capitalised "An" that opens the next part before a comma or a preposition is the name's
  // last word, no article ("Nguyen Van An").
  Document v = split("If Tata Steel acquires Nguyen Van An , Baltic will sue .",
                     {"IN", "NNP", "NNP", "VBZ", "NNP", "NNP", "DT", ",", "NNP", "MD", "VB", "."}, 6);
  CHECK(ergraph::nlp::rejoin_split_names(v).size() == 1);
  CHECK(v.sentences.size() == 1);
  Document w = split("Kwame Mensah paid Nguyen Van An for referrals .",
                     {"NNP", "NNP", "VBD", "NNP", "NNP", "DT", "IN", "NNS", "."}, 5);
  CHECK(ergraph::nlp::rejoin_split_names(w).size() == 1);
  // An article that opens a noun phrase is a sentence's first word.
  Document x = split("Kwame Mensah paid Nguyen Van An audit followed .",
                     {"NNP", "NNP", "VBD", "NNP", "NNP", "DT", "NN", "VBD", "."}, 5);
  CHECK(ergraph::nlp::rejoin_split_names(x).empty());
  // Left apart: the next sentence opens with a function word or a verb, punctuation ends the
  // first, or it ends in one capitalised word only.
  Document e = split("Ramtanu Maitra In early May , prices rose .", {"NNP", "NNP", "IN", "JJ", "NNP", ",", "NNS", "VBD", "."}, 2);
  CHECK(ergraph::nlp::rejoin_split_names(e).empty());
  CHECK(e.sentences.size() == 2);
  Document g = split("Kenya won Uganda Cup says Lee .", {"NNP", "VBD", "NNP", "NNP", "VBZ", "NNP", "."}, 4);
  CHECK(ergraph::nlp::rejoin_split_names(g).empty());  // "says" opens the next one
  Document h = split("By Reuters . Kenya said so .", {"IN", "NNP", ".", "NNP", "VBD", "RB", "."}, 3);
  CHECK(ergraph::nlp::rejoin_split_names(h).empty());
  Document i = split("Hello Kenya said so .", {"UH", "NNP", "VBD", "RB", "."}, 1);
  CHECK(ergraph::nlp::rejoin_split_names(i).empty());
  // One adverb may stand between b's name and its verb; a sentence with its own verb joins a name
  // whatever follows it.
  Document adv = split("Uppsala Life Institute allegedly threatened Yemen .", {"NNP", "NNP", "NNP", "RB", "VBD", "NNP", "."}, 2);
  CHECK(ergraph::nlp::rejoin_split_names(adv).size() == 1);
  Document m = split("Ethiopia signed with Uppsala Life Institute , Zambia said .",
                     {"NNP", "VBD", "IN", "NNP", "NNP", "NNP", ",", "NNP", "VBD", "."}, 5);
  CHECK(ergraph::nlp::rejoin_split_names(m).size() == 1);
  Document n = split("Hello Uppsala Life Institute , Zambia said .", {"UH", "NNP", "NNP", "NNP", ",", "NNP", "VBD", "."}, 3);
  CHECK(ergraph::nlp::rejoin_split_names(n).empty());  // verbless, and a comma after the name
  // A comma and one capitalised word end no sentence with a verb ("Should Andes Cobre default,
  // Fundición | Pacífico Ltda. will bid"); after a verbless one they may ("Thanks, Jean | Jean").
  Document c = split("Should Andes Cobre default , Fundición Pacífico Ltda. will bid .",
                     {"MD", "NNP", "NNP", "VB", ",", "NNP", "NNP", "NNP", "MD", "VB", "."}, 6);
  CHECK(ergraph::nlp::rejoin_split_names(c).size() == 1);
  Document t = split("Thanks , Jean Jean and Thane .", {"NNS", ",", "NNP", "NNP", "CC", "NNP", "."}, 3);
  CHECK(ergraph::nlp::rejoin_split_names(t).empty());
  // Never past the sentence cap: a 249-token sentence ending in a name and a 3-token one stay two.
  std::string long_text;
  std::vector<std::string> long_tags;
  for (int k = 0; k < 247; ++k) {
    long_text += "word ";
    long_tags.push_back("NN");
  }
  long_text += "Uppsala Life Institute will share .";
  for (const char* tag : {"NNP", "NNP", "NNP", "MD", "VB", "."}) long_tags.push_back(tag);
  Document l = split(long_text, long_tags, 249);
  CHECK(ergraph::nlp::rejoin_split_names(l).empty());
}
