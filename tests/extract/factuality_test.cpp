// Factuality and sources (extract/factuality.h) through the whole pipeline (shipped tagger, parser,
// recognizer): each rule on sentences from several domains, and the lexicon file's format.
#include "extract/factuality.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "extract/pipeline.h"
#include "support/test_support.h"

namespace {

using ergraph::core::Factuality;
using ergraph::core::Triple;
using ergraph::extract::FactEffect;
using ergraph::extract::FactualityLexicon;
using ergraph::extract::Pipeline;

const Pipeline& pipeline() {
  static const auto p = Pipeline::load(ergraph::test::source_dir() / "models");
  return *p;
}

std::vector<Triple> triples(const std::string& sentence) {
  ergraph::nlp::Document doc;
  doc.id = "t";
  doc.text = sentence;
  return pipeline().process(doc).triples;
}

std::string dump(const std::vector<Triple>& ts) {
  std::string out;
  for (const auto& t : ts) {
    out += t.subject.name + " | " + t.relation + " | " + t.object.name + " " + to_string(t.factuality) + " [";
    for (const auto& s : t.source_chain) out += s + ";";
    out += "] cue=" + t.hedge + "\n";
  }
  return out;
}

/// The triple between `subject` and `object` whose relation starts with `relation` (any relation if empty).
const Triple* find(const std::vector<Triple>& ts, const std::string& subject, const std::string& relation,
                   const std::string& object) {
  for (const auto& t : ts)
    if (t.subject.name == subject && t.object.name == object && t.relation.rfind(relation, 0) == 0) return &t;
  return nullptr;
}

struct Case {
  const char* sentence;
  const char* subject;
  const char* relation;
  const char* object;
  Factuality value;
  const char* source;  // innermost source, "" = the author
};

void check(const Case& c) {
  const auto ts = triples(c.sentence);
  INFO(c.sentence << "\n" << dump(ts));
  const Triple* t = find(ts, c.subject, c.relation, c.object);
  REQUIRE(t != nullptr);
  CHECK(to_string(t->factuality) == std::string(to_string(c.value)));
  CHECK(t->attribution == c.source);
  CHECK(t->polarity == ergraph::core::polarity_of(c.value));
  CHECK(t->modality == ergraph::core::modality_of(c.value));
}

}  // namespace

TEST_CASE("factuality: plain statements are certain and the author's (business, sports, courts)", "[extract][factuality]") {
  for (const Case& c : {
           Case{"Goldman Sachs hired Erik Holm in March.", "Goldman Sachs", "hire", "Erik Holm", Factuality::CertainPos, ""},
           Case{"Arsenal beat Tottenham on Sunday.", "Arsenal", "beat", "Tottenham", Factuality::CertainPos, ""},
           Case{"Meridian Pharma did not pay Lumen Diagnostics.", "Meridian Pharma", "pay", "Lumen Diagnostics",
                Factuality::CertainNeg, ""},
       })
    check(c);
}

TEST_CASE("factuality: denials are certain negatives, sourced to the denier (courts, business, politics)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Tom Hale denied that Meridian Pharma paid Lumen Diagnostics.", "Meridian Pharma", "pay",
                "Lumen Diagnostics", Factuality::CertainNeg, "Tom Hale"},
           Case{"Anna Lindqvist denied that Nordbank AG sold its stake to Castellan Bank.", "Nordbank AG", "sell",
                "Castellan Bank", Factuality::CertainNeg, "Anna Lindqvist"},
           Case{"The mayor rejected claims that Ortiz Construction bribed Carlos Mendes.", "Ortiz Construction", "bribe",
                "Carlos Mendes", Factuality::CertainNeg, "The mayor"},  // a source that is no entity: its text
       })
    check(c);
  // "did not deny" commits to nothing.
  check({"Tom Hale did not deny that Meridian Pharma paid Lumen Diagnostics.", "Meridian Pharma", "pay",
         "Lumen Diagnostics", Factuality::Underspecified, "Tom Hale"});
}

TEST_CASE("factuality: accusations are possible, sourced to the accuser, and the accusing is an edge (politics, sports)",
          "[extract][factuality]") {
  const auto ts = triples("NATO accused Russia of threatening Poland.");
  INFO(dump(ts));
  const Triple* alleged = find(ts, "Russia", "threaten", "Poland");
  REQUIRE(alleged != nullptr);
  CHECK(alleged->factuality == Factuality::PossiblePos);
  CHECK(alleged->source_chain == std::vector<std::string>{"North Atlantic Treaty Organization"});
  const Triple* accuse = find(ts, "North Atlantic Treaty Organization", "accuse", "Russia");
  REQUIRE(accuse != nullptr);
  CHECK(accuse->factuality == Factuality::CertainPos);
  check({"Washington imposed sanctions on three Chinese companies accused of selling drone parts to Moscow.",
         "Chinese companies", "sell", "Russia", Factuality::PossiblePos, ""});
  check({"Real Madrid accused Barcelona of poaching Luka Petrovic.", "Barcelona", "poach", "Luka Petrovic",
         Factuality::PossiblePos, "Real Madrid"});
  // "of diverting" attached to the accused noun as an adverbial clause (other regions, business).
  check({"Jordan accused Gulfwater Systems of diverting project funds to Levant Development Bank.", "Gulfwater Systems",
         "divert", "Levant Development Bank", Factuality::PossiblePos, "Jordan"});
}

TEST_CASE("factuality: requests, warnings and plans are underspecified, even of a stop (politics, business)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Volodymyr Zelensky urged Washington to keep sanctions on Russia.", "United States", "keep",
                "Russia", Factuality::Underspecified, "Volodymyr Zelensky"},
           Case{"Janet Yellen urged Beijing to stop supporting Moscow.", "China", "support", "Russia",
                Factuality::Underspecified, "Janet Yellen"},
           Case{"Meridian Pharma intends to acquire Lumen Diagnostics.", "Meridian Pharma", "acquire",
                "Lumen Diagnostics", Factuality::Underspecified, "Meridian Pharma"},
           Case{"The European Union warned Beijing against helping Moscow.", "China", "help", "Russia",
                Factuality::Underspecified, "European Union"},
           // "plans" before "to hire" is the verb (it was read as a noun, "Meridian Pharma plans", and
           // the plan had no holder): what it plans is only planned, by the planner.
           Case{"Meridian Pharma plans to hire Anna Berg as chief scientist of Lumen Diagnostics.", "Anna Berg",
                "chief-scientist-of", "Lumen Diagnostics", Factuality::Underspecified, "Meridian Pharma"},
           Case{"Meridian Pharma plans to hire Anna Berg as chief scientist of Lumen Diagnostics.", "Meridian Pharma",
                "hire", "Anna Berg", Factuality::Underspecified, "Meridian Pharma"},
       })
    check(c);
}

TEST_CASE("factuality: implicative and aspectual verbs entail what they entail (business, sports, science)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Nordbank AG managed to sell Castellan Bank its Geneva branch.", "Nordbank AG", "sell",
                "Castellan Bank", Factuality::CertainPos, ""},
           Case{"Meridian Pharma failed to pay Lumen Diagnostics.", "Meridian Pharma", "pay", "Lumen Diagnostics",
                Factuality::CertainNeg, ""},
           Case{"Celtic refused to sell Kenji Watanabe to Rangers.", "Celtic", "sell", "Kenji Watanabe",
                Factuality::CertainNeg, ""},
           Case{"Meridian Pharma did not manage to buy Lumen Diagnostics.", "Meridian Pharma", "buy",
                "Lumen Diagnostics", Factuality::CertainNeg, ""},
           Case{"Gazprom stopped supplying Austria.", "Gazprom", "supply", "Austria", Factuality::CertainNeg, ""},
           Case{"Gazprom continued supplying Austria.", "Gazprom", "supply", "Austria", Factuality::CertainPos, ""},
       })
    check(c);
}

TEST_CASE("factuality: conditions, questions and missing evidence are underspecified (business, courts, science)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"If Meridian Pharma acquires Lumen Diagnostics, Nordbank AG will sue Meridian Pharma.",
                "Meridian Pharma", "acquire", "Lumen Diagnostics", Factuality::Underspecified, ""},
           Case{"If Meridian Pharma acquires Lumen Diagnostics, Nordbank AG will sue Meridian Pharma.", "Nordbank AG",
                "sue", "Meridian Pharma", Factuality::Underspecified, ""},
           Case{"Did Meridian Pharma pay Lumen Diagnostics?", "Meridian Pharma", "pay", "Lumen Diagnostics",
                Factuality::Underspecified, ""},
           Case{"There is no evidence that Meridian Pharma paid Lumen Diagnostics.", "Meridian Pharma", "pay",
                "Lumen Diagnostics", Factuality::Underspecified, ""},
           Case{"It is unclear whether Kenya will join the Commonwealth.", "Kenya", "join", "Commonwealth",
                Factuality::Underspecified, ""},
       })
    check(c);
}

TEST_CASE("factuality: reports keep the speaker's value, belief is probable, modals and hedges lower it",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Putin said that China supports Russia.", "China", "support", "Russia", Factuality::CertainPos, "Putin"},
           Case{"China supports Russia, Putin said.", "China", "support", "Russia", Factuality::CertainPos, "Putin"},
           Case{"Analysts believe Meridian Pharma paid Lumen Diagnostics.", "Meridian Pharma", "pay",
                "Lumen Diagnostics", Factuality::ProbablePos, "Analysts"},
           Case{"Meridian Pharma may acquire Lumen Diagnostics.", "Meridian Pharma", "acquire", "Lumen Diagnostics",
                Factuality::PossiblePos, ""},
           Case{"Meridian Pharma will probably acquire Lumen Diagnostics.", "Meridian Pharma", "acquire",
                "Lumen Diagnostics", Factuality::ProbablePos, ""},
       })
    check(c);
}

TEST_CASE("factuality: nested sources are kept as a chain, outermost first", "[extract][factuality]") {
  const auto ts = triples("The Kremlin said Peskov denied that Moscow armed Belarus.");
  INFO(dump(ts));
  const Triple* t = find(ts, "Russia", "arm", "Belarus");
  REQUIRE(t != nullptr);
  CHECK(t->factuality == Factuality::CertainNeg);
  REQUIRE(t->source_chain.size() == 2);
  CHECK(t->source_chain.back() == "Peskov");
}

TEST_CASE("factuality: the lexicon file parses rows and rejects bad ones with file:line", "[extract][factuality]") {
  std::istringstream ok("# comment\nsay\tverb\treport\naccuse\tverb\taccuse\tof\nif\tmark\tcondition\n");
  const auto lex = FactualityLexicon::parse(ok, "t.tsv");
  CHECK(lex.size() == 3);
  CHECK(lex.verb("say", "") == FactEffect::Report);
  CHECK(lex.verb("say", "to") == FactEffect::Report);  // an open complement falls back to ""
  CHECK(lex.verb("accuse", "of") == FactEffect::Accuse);
  CHECK(lex.verb("accuse", "") == FactEffect::None);
  CHECK(lex.mark("if") == FactEffect::Condition);
  for (const char* bad : {"say\tverb\n", "say\tverb\tsometimes\n", "say\tthing\treport\n", "say\tnoun\tclaim\tof\n",
                          "say\tverb\treport\nsay\tverb\treport\n"}) {
    std::istringstream in(bad);
    INFO(bad);
    try {
      FactualityLexicon::parse(in, "t.tsv");
      FAIL("no error");
    } catch (const ergraph::ModelError& e) {
      CHECK(std::string(e.what()).find("t.tsv:") != std::string::npos);
    }
  }
  // The shipped lexicon loads.
  CHECK(FactualityLexicon::load(ergraph::test::source_dir() / "models" / "lexicon" / "factuality.tsv").size() > 150);
}

TEST_CASE("factuality: issue 11's examples never become facts", "[extract][factuality]") {
  for (const Case& c : {
           Case{"Hale denied that Meridian Pharma misled doctors.", "Meridian Pharma", "mislead", "doctors",
                Factuality::CertainNeg, "Hale"},
           Case{"NATO accused Russia of threatening Poland.", "Russia", "threaten", "Poland", Factuality::PossiblePos,
                "North Atlantic Treaty Organization"},
           Case{"Xi Jinping also met Treasury Secretary Janet Yellen, who urged Beijing to stop supporting Russia's war in "
                "Ukraine.",
                "China", "support", "Ukraine", Factuality::Underspecified, "Janet Yellen"},
       })
    check(c);
  // "denied that Nordbank plans to cut jobs": a denied plan is no fact, hedged or not.
  const auto jobs = triples("Lindqvist denied that Nordbank plans to cut jobs in Geneva.");
  INFO(dump(jobs));
  const Triple* cut = find(jobs, "Nordbank", "cut", "Geneva");
  REQUIRE(cut != nullptr);
  CHECK(cut->factuality == Factuality::Underspecified);
  CHECK(cut->source_chain.front() == "Lindqvist");
  // The source is named once ("according to according to ..." was written before).
  const auto paper = triples("According to the Spanish newspaper, Barcelona sold Pedri to Chelsea.");
  INFO(dump(paper));
  const Triple* sold = find(paper, "Barcelona", "sell", "Pedri");
  REQUIRE(sold != nullptr);
  CHECK(sold->attribution == "the Spanish newspaper");
  // "..., X wrote" misread as a conjunct without a conjunction still names the source.
  check({"Tonga has received 20 million dollars from New Zealand for cyclone recovery, Prime Minister Sione Fifita "
         "wrote on social media.",
         "Tonga", "receive", "New Zealand", Factuality::CertainPos, "Sione Fifita"});
}

TEST_CASE("factuality: a trailing '..., X reported' is the source even when parsed as a complement (sports, business, science, courts)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Ashgrove United have sacked manager Colin Reyes, the Westland Gazette reported on Sunday.",
                "Ashgrove United", "sack", "Colin Reyes", Factuality::CertainPos, "Westland Gazette"},
           Case{"Nordvik Bank has bought Halden Insurance, the Oslo Herald reported.", "Nordvik Bank", "buy",
                "Halden Insurance", Factuality::CertainPos, "Oslo Herald"},
           Case{"Aurion Space hired Lena Holt, the agency said on Monday.", "Aurion Space", "hire", "Lena Holt",
                Factuality::CertainPos, "the agency"},
           Case{"Judge Ingrid Salo fined Darren Pike, the Westland Herald reported on Monday.", "Ingrid Salo", "fine",
                "Darren Pike", Factuality::CertainPos, "Westland Herald"},
       })
    check(c);
}

TEST_CASE("factuality: a claim noun's complement misread as a relative clause is still its content (courts, science, politics)",
          "[extract][factuality]") {
  // "that" read as a second object or an oblique of a clause that has its own subject and object
  // is no relative pronoun: the clause is what the argument, theory or assertion says.
  for (const Case& c : {
           Case{"The judge rejected the argument that Tom Hale had threatened Rosa Moreno.", "Tom Hale", "threaten",
                "Rosa Moreno", Factuality::CertainNeg, "The judge"},
           Case{"Scientists dismissed the theory that Helio Labs faked data for Norvida Pharma.", "Helio Labs",
                "fake-data-for", "Norvida Pharma", Factuality::CertainNeg, "Scientists"},
           Case{"The minister repeated the assertion that Ghana supplies arms to Mali.", "Ghana", "supply-arms-to",
                "Mali", Factuality::PossiblePos, ""},
       })
    check(c);
}

TEST_CASE("factuality: a request's 'to' clause after an adjunct is still what is asked (politics, labour, courts, sports)",
          "[extract][factuality]") {
  // The parser reads "to stop" after "on Monday" as a purpose clause (advcl); under a verb that
  // requests through its object it is the open complement: not a fact, and the object does it.
  for (const Case& c : {
           Case{"Washington urged Beijing on Monday to stop supporting Moscow.", "China", "support", "Russia",
                Factuality::Underspecified, "United States"},
           Case{"The union asked Nordvik Bank last week to rehire Lena Holt.", "Nordvik Bank", "rehire", "Lena Holt",
                Factuality::Underspecified, "The union"},
           Case{"Judge Ingrid Salo ordered Kivu Metals in March to pay Darren Pike.", "Kivu Metals", "pay",
                "Darren Pike", Factuality::Underspecified, "Ingrid Salo"},
       })
    check(c);
}

TEST_CASE("factuality: a trailing report's subject after a comma names the source however the comma hangs (business, sports)",
          "[extract][factuality]") {
  // "..., the Chilean newspaper El Faro reported": the parser made "newspaper" an apposition of
  // the object and "reported" a complement, with the comma under "newspaper".
  for (const Case& c : {
           Case{"Banco Austral lent 40 million dollars to Minera Cerro Blanco, the Chilean newspaper El Faro reported.",
                "Banco Austral", "lend", "Minera Cerro Blanco", Factuality::CertainPos, "El Faro"},
       })
    check(c);
}

TEST_CASE("factuality: a complement clause the parser hung on 'that', an adjunct or a listener keeps its stance "
          "(sports, science, courts, politics, business)",
          "[extract][factuality]") {
  // "announced on Tuesday that S" read as a relative clause on "Tuesday", "told the court that S"
  // as one on "court", "claims that S" with "that" as the clause's head, "no evidence that S" with
  // "that" as the object of a clause that has one: each is a complement with "that" as marker.
  for (const Case& c : {
           Case{"Lagos Stars announced on Tuesday that Tunde Bakare had joined Accra Lions.", "Tunde Bakare", "join",
                "Accra Lions", Factuality::CertainPos, "Lagos Stars"},
           Case{"The journal reported on Friday that Helix Biotech had licensed the enzyme to Corvex Pharmaceuticals.",
                "Helix Biotech", "license-enzyme-to", "Corvex Pharmaceuticals", Factuality::CertainPos, "The journal"},
           Case{"The lawyer for Sven Dahl told the court that Erik Lund had threatened Anna Berg.", "Erik Lund",
                "threaten", "Anna Berg", Factuality::CertainPos, "The lawyer for Sven Dahl"},
           Case{"Pakistan rejected claims that Islamabad had shelled villages in Afghanistan.", "Pakistan",
                "shell-villages-in", "Afghanistan", Factuality::CertainNeg, "Pakistan"},
           Case{"There is no evidence that Kivu Metals paid Zambia Railways.", "Kivu Metals", "pay", "Zambia Railways",
                Factuality::Underspecified, ""},
       })
    check(c);
}

TEST_CASE("factuality: an unnamed holder is the source as written, not a name in its modifier (politics, courts, business)",
          "[extract][factuality]") {
  // "Officials in Accra", "Lawyers for Rosa Moreno" (which the parser read as "for Rosa Moreno
  // said ..."): the holder is the officials, not Accra; the lawyers, not Rosa Moreno. A name the
  // holder is a kind of ("NATO officials") still names it.
  for (const Case& c : {
           Case{"Officials in Accra denied that Ghana owed money to China Harbour Engineering.", "Ghana",
                "owe-money-to", "China Harbour Engineering", Factuality::CertainNeg, "Officials in Accra"},
           Case{"Lawyers for Rosa Moreno said Meridian Pharma had misled doctors in Ohio.", "Meridian Pharma",
                "mislead-doctors-in", "Ohio", Factuality::CertainPos, "Lawyers for Rosa Moreno"},
           Case{"Police in Cebu said Marco Dizon had attacked Father Ramon Cruz outside the cathedral.", "Marco Dizon",
                "attack", "Ramon Cruz", Factuality::CertainPos, "Police in Cebu"},
           Case{"NATO officials said Russia had jammed signals over Estonia.", "Russia", "jam-signals-over", "Estonia",
                Factuality::CertainPos, "NATO officials"},
       })
    check(c);
}

TEST_CASE("factuality: 'called on X to V' is asked of X, by the caller (business, sports, politics, local politics)",
          "[extract][factuality]") {
  // Parsed as "on X" with "to V" a purpose clause, or with "on" read as a second marker of the
  // infinitive and X its subject: either way X is asked to do it and the caller is the source.
  for (const Case& c : {
           Case{"Investors called on Halvorsen Shipping to drop its bid for Baltic Reefer Lines.", "Halvorsen Shipping",
                "drop-bid-for", "Baltic Reefer Lines", Factuality::Underspecified, "Investors"},
           Case{"Fans called on Celtic to sack Tom Kerr.", "Celtic", "sack", "Tom Kerr", Factuality::Underspecified,
                "Fans"},
           Case{"The senator called upon Kenya to release Ali Omar.", "Kenya", "release", "Ali Omar",
                Factuality::Underspecified, "The senator"},
       })
    check(c);
  // A day is no one who acts: "waited on Monday to meet" is done by the subject.
  const auto ts = triples("Tom Kerr waited on Monday to meet Anna Berg.");
  INFO(dump(ts));
  CHECK(find(ts, "Tom Kerr", "meet", "Anna Berg") != nullptr);
}

TEST_CASE("factuality: a condition made by an inverted 'should', 'had' or 'were' leaves both clauses open "
          "(finance, sports, politics, other regions)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Should Zambia default, China Exim Bank will seize the Kariba Dam.", "China Exim Bank", "seize",
                "Kariba Dam", Factuality::Underspecified, ""},
           Case{"Should the merger fail, Orion Capital will sue Norvik Bank.", "Orion Capital", "sue", "Norvik Bank",
                Factuality::Underspecified, ""},
           Case{"Had Lyon beaten Nice, Marseille would have hired Tom Kerr.", "Lyon", "beat", "Nice",
                Factuality::Underspecified, ""},
           Case{"Had Lyon beaten Nice, Marseille would have hired Tom Kerr.", "Marseille", "hire", "Tom Kerr",
                Factuality::Underspecified, ""},
           Case{"Were Peru to join, Chile would sign the deal with Bolivia.", "Chile", "sign-deal-with", "Bolivia",
                Factuality::Underspecified, ""},
       })
    check(c);
  // A question that opens with "Should" is a question, and "Celtic" read as an adjective there is
  // the subject's name.
  check(Case{"Should Celtic sign Jonas Berg?", "Celtic", "sign", "Jonas Berg", Factuality::Underspecified, ""});
  check(Case{"Will Celtic sign Jonas Berg?", "Celtic", "sign", "Jonas Berg", Factuality::Underspecified, ""});
}

TEST_CASE("factuality: accusations the parser reads as a noun phrase or a title's apposition, and 'stands accused of' "
          "(geopolitics, local politics, finance, courts)",
          "[extract][factuality]") {
  for (const Case& c : {
           // "of arming rebels" read as a gerund adjective of "rebels" under the object.
           Case{"Ethiopia accuses Eritrea of arming rebels in Tigray.", "Eritrea", "arm-rebels-in", "Tigray",
                Factuality::PossiblePos, "Ethiopia"},
           // "Councillor" read as the root with the clause as its apposition.
           Case{"Councillor Jane Moss accused Ashford Council of hiding payments to Kessler Construction.", "Jane Moss",
                "accuse", "Ashford Council", Factuality::CertainPos, ""},
           Case{"Councillor Jane Moss accused Ashford Council of hiding payments to Kessler Construction.",
                "Ashford Council", "hide-payments-to", "Kessler Construction", Factuality::PossiblePos, "Jane Moss"},
           // "stands accused", "remains charged": the participle heads a passive clause.
           Case{"Kestrel Bank stands accused of laundering money for Orion Capital.", "Kestrel Bank", "launder-money-for",
                "Orion Capital", Factuality::PossiblePos, ""},
           Case{"Darius Vance remains charged with bribing Judge Elena Ruiz.", "Darius Vance", "bribe", "Elena Ruiz",
                Factuality::PossiblePos, ""},
       })
    check(c);
}

TEST_CASE("factuality: 'as long as', 'in case', 'on condition that' and 'provided' inside a sentence are conditions "
          "(other regions, business, energy, sports)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"As long as Ghana pays China Harbour Engineering, the port project will continue.", "Ghana", "pay",
                "China Harbour Engineering", Factuality::Underspecified, ""},
           Case{"Kenya will sign the deal on condition that Uganda pays Tanzania.", "Uganda", "pay", "Tanzania",
                Factuality::Underspecified, ""},
           Case{"Moldova will join the grid provided Romania supplies power to Chisinau.", "Romania", "supply-power-to",
                "Moldova", Factuality::Underspecified, ""},
           Case{"In case Nepal closes the border, India will fly fuel to Kathmandu.", "India", "fly-fuel-to",
                "Kathmandu", Factuality::Underspecified, ""},
           // Both clauses: "If Celtic/JJ beat Rangers/NNS" needs the tag repairs first.
           Case{"If Celtic beat Rangers on Sunday, Celtic will face Hearts in the final.", "Celtic", "beat", "Rangers",
                Factuality::Underspecified, ""},
           Case{"If Celtic beat Rangers on Sunday, Celtic will face Hearts in the final.", "Celtic", "face", "Hearts",
                Factuality::Underspecified, ""},
       })
    check(c);
  // "provided" as the verb it also is stays a fact.
  check(Case{"Kenya provided Uganda with fuel.", "Kenya", "provide", "Uganda", Factuality::CertainPos, ""});
}

TEST_CASE("factuality: a trailing report read as an adverbial clause or with a second subject, and 'according to' "
          "without its preposition (politics, sports, courts)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Egypt has supplied fuel to Gaza, Sisi said.", "Egypt", "supply-fuel-to", "Gaza", Factuality::CertainPos,
                "Sisi"},
           Case{"Kenya beat Uganda, fans said.", "Kenya", "beat", "Uganda", Factuality::CertainPos, "fans"},
           Case{"Darius Vance paid Judge Elena Ruiz in cash, according to prosecutors.", "Darius Vance", "pay",
                "Elena Ruiz", Factuality::CertainPos, "prosecutors"},
           Case{"According to local police, Marco Dizon attacked Ramon Cruz.", "Marco Dizon", "attack", "Ramon Cruz",
                Factuality::CertainPos, "local police"},
       })
    check(c);
}

TEST_CASE("factuality: wishes, a for-infinitive's subject under a request, and 'assuming' (sports, politics, courts)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Tom Kerr would like to join Marseille.", "Tom Kerr", "join", "Marseille", Factuality::Underspecified,
                "Tom Kerr"},
           Case{"Kenya prefers to buy power from Ethiopia.", "Kenya", "buy-power-from", "Ethiopia",
                Factuality::Underspecified, "Kenya"},
           Case{"Ukraine called for Germany to send tanks to Kyiv.", "Germany", "send-tanks-to", "Ukraine",
                Factuality::Underspecified, "Ukraine"},
           Case{"Assuming Judge Elena Ruiz approves the deal, Darius Vance will testify against Leon Varga.",
                "Darius Vance", "testify", "Leon Varga", Factuality::Underspecified, ""},
       })
    check(c);
  // "for X" under a verb that asks for nothing keeps the subject: Tom Kerr works for Lyon.
  const auto ts = triples("Tom Kerr worked for Lyon to pay his debts.");
  INFO(dump(ts));
  CHECK(find(ts, "Lyon", "pay", "") == nullptr);
}

TEST_CASE("factuality: a gerund complement read as an adverbial clause, and subjects the tagger or parser lost "
          "(courts, business, geopolitics, local politics)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Felix Gantt denied ever meeting Harold Mace.", "Felix Gantt", "meet", "Harold Mace", Factuality::CertainNeg,
                "Felix Gantt"},
           Case{"Tarn Genomics accused Orvell Therapeutics of poaching scientists from Tarn Genomics.",
                "Orvell Therapeutics", "poach-scientists-from", "Tarn Genomics", Factuality::PossiblePos, "Tarn Genomics"},
           Case{"If Hartmann Trading buys Minera Cerro Blanco, Banco Austral will lend money to Hartmann Trading.",
                "Hartmann Trading", "buy", "Minera Cerro Blanco", Factuality::Underspecified, ""},
           Case{"If Hartmann Trading buys Minera Cerro Blanco, Banco Austral will lend money to Hartmann Trading.",
                "Banco Austral", "lend-money-to", "Hartmann Trading", Factuality::Underspecified, ""},
           Case{"Save Marsh Lane accused Pennock Homes of misleading Harlow Borough Council.", "Save Marsh Lane",
                "accuse", "Pennock Homes", Factuality::CertainPos, ""},
           Case{"Beijing dismissed reports that Chinese firms supplied drones to Russia.", "Chinese firms",
                "supply-drones-to", "Russia", Factuality::CertainNeg, "China"},
       })
    check(c);
  // Left alone: a continuing participle after a comma is no complement, and a relative clause
  // the parser gave two subjects stays one ("the drones that Chinese firms supplied").
  check(Case{"Tom Kerr left Lyon, joining Marseille.", "Tom Kerr", "join", "Marseille", Factuality::CertainPos, ""});
  const auto ts = triples("The drones that Chinese firms supplied were found in Ukraine.");
  INFO(dump(ts));
  CHECK(find(ts, "Chinese firms", "be-found", "Ukraine") == nullptr);
}

TEST_CASE("factuality: an accusation hung on a name's last word, and a trailing report read as an open complement "
          "(other regions, politics)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Sri Lanka accused Nordlys Energi AS of diverting project funds to Makerere University.",
                "Nordlys Energi AS", "divert-project-funds-to", "Makerere University", Factuality::PossiblePos,
                "Sri Lanka"},
           Case{"South Korea has received 20 million dollars from New Zealand for cyclone recovery, Prime Minister "
                "Fatima Zahra Benali wrote on social media.",
                "South Korea", "receive-dollars-from", "New Zealand", Factuality::CertainPos, "Fatima Zahra Benali"},
       })
    check(c);
}

TEST_CASE("factuality: a condition under an object the tagger read as an adjective, and a gerund's plural object "
          "read as a verb (fisheries, other regions)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Bergen Athletic will buy Pacific Tuna Cooperative if Swedish regulators approve the deal.",
                "Bergen Athletic", "buy", "Pacific Tuna Cooperative", Factuality::Underspecified, ""},
           Case{"Guinea-Bissau accused Baltic Data Systems of diverting project funds to Sahel Logistics Ltd.",
                "Baltic Data Systems", "divert-project-funds-to", "Sahel Logistics Ltd.", Factuality::PossiblePos,
                "Guinea-Bissau"},
       })
    check(c);
}

TEST_CASE("factuality: an accusation hung on a name in apposition to a role, and a verbless clause after a fronted "
          "'according to' (sports, business)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Two players accused coach Marco Rossi of bullying Oscar Berg.", "Marco Rossi", "bully", "Oscar Berg",
                Factuality::PossiblePos, "Two players"},
           Case{"According to the lawsuit, Orvell Therapeutics stole trade secrets from Tarn Genomics.",
                "Orvell Therapeutics", "steal-trade-secrets-from", "Tarn Genomics", Factuality::CertainPos, "the lawsuit"},
       })
    check(c);
}

TEST_CASE("factuality: a rejected claim's content clause hung on its 'by' name, and a claim read as an adjective's "
          "object (business, science)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Nordbank rejected allegations by Lindqvist that Nordbank had cheated Baltic Freight.", "Nordbank",
                "cheat", "Baltic Freight", Factuality::CertainNeg, "Nordbank"},
           Case{"Norvida Pharma dismissed as false the claims that Helio Labs faked data for Tarn Genomics.",
                "Helio Labs", "fake-data-for", "Tarn Genomics", Factuality::CertainNeg, "Norvida Pharma"},
       })
    check(c);
}

TEST_CASE("factuality: charges, indictments and lawsuits allege what they name (courts, business)", "[extract][factuality]") {
  for (const Case& c : {
           Case{"Prosecutors charged Darren Pike with defrauding Coralline Trust.", "Darren Pike", "defraud",
                "Coralline Trust", Factuality::PossiblePos, "Prosecutors"},
           Case{"Darren Pike was indicted for defrauding Coralline Trust.", "Darren Pike", "defraud", "Coralline Trust",
                Factuality::PossiblePos, ""},
           Case{"Rosa Moreno sued Meridian Pharma for misleading doctors in Ohio.", "Meridian Pharma",
                "mislead-doctors-in", "Ohio", Factuality::PossiblePos, "Rosa Moreno"},
       })
    check(c);
  // The suing itself is a fact, and "charged a fee" is no accusation.
  check(Case{"Rosa Moreno sued Meridian Pharma for misleading doctors in Ohio.", "Rosa Moreno", "sue", "Meridian Pharma",
             Factuality::CertainPos, ""});
}

TEST_CASE("factuality: a condition whose verb the tagger read as a plural noun, and 'in the event that' (shipping, "
          "finance)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Halvorsen Shipping will sue Baltic Reefer Lines if the deal collapses.", "Halvorsen Shipping", "sue",
                "Baltic Reefer Lines", Factuality::Underspecified, ""},
           Case{"In the event that Peru defaults, Chile will seize assets of Banco Andino.", "Chile", "seize-assets-of",
                "Banco Andino", Factuality::Underspecified, ""},
       })
    check(c);
}

TEST_CASE("factuality: a verb of request asks through its object even when UD train never showed it so (politics)",
          "[extract][factuality]") {
  check(Case{"Oman is pushing Yemen to sign a truce with Saudi Arabia.", "Yemen", "sign-truce-with", "Saudi Arabia",
             Factuality::Underspecified, "Oman"});
}

TEST_CASE("factuality: a report's source after 'announced on Monday that' and 'told the BBC that' (health, science, sports)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"The Ghana Health Service announced on Monday that Accra Medical Labs had shipped test kits to Togo.",
                "Accra Medical Labs", "ship", "Togo", Factuality::CertainPos, "Ghana Health Service"},
           Case{"Professor Hamid Rezaei told the BBC that Tasman Marine Laboratory had tagged sharks near Fiji.",
                "Tasman Marine Laboratory", "tag", "Fiji", Factuality::CertainPos, "Hamid Rezaei"},
           Case{"Kenya told Uganda that Tanzania had sold maize to Rwanda.", "Tanzania", "sell", "Rwanda",
                Factuality::CertainPos, "Kenya"},
       })
    check(c);
}

TEST_CASE("factuality: a passive accusation with its accuser and a gerund read as a compound (courts, sports)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Halvorsen Shipping was accused by Nordbank of hiding assets in Cyprus.", "Halvorsen Shipping", "hide",
                "Cyprus", Factuality::PossiblePos, "Nordbank"},
           Case{"Halvorsen Shipping was accused by Nordbank of hiding assets in Cyprus.", "Nordbank", "accuse",
                "Halvorsen Shipping", Factuality::CertainPos, ""},
           Case{"Valdivia Rovers was accused by Puerto Montt United of poaching players from Chile.", "Valdivia Rovers",
                "poach", "Chile", Factuality::PossiblePos, "Puerto Montt United"},
       })
    check(c);
}

TEST_CASE("factuality: reports set off by commas or opened by 'as', 'contest', perfect gerunds and coordinated accused "
          "(other regions, science, courts, sports)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Kenya, the minister said, had bought wheat from Ukraine.", "Kenya", "buy", "Ukraine",
                Factuality::CertainPos, "the minister"},
           Case{"Meridian Pharma, Hale claimed, had misled doctors in Ohio.", "Meridian Pharma", "mislead", "Ohio",
                Factuality::CertainPos, "Hale"},
           Case{"As Tarn Genomics reported in March, Orvell Therapeutics licensed the enzyme from Ferren University.",
                "Orvell Therapeutics", "license", "Ferren University", Factuality::CertainPos, "Tarn Genomics"},
           Case{"Sri Lanka contested claims that Sri Lanka had leased Hambantota port to China.", "Sri Lanka", "lease",
                "China", Factuality::CertainNeg, "Sri Lanka"},
           Case{"Tom Hale denied having paid Felix Gantt.", "Tom Hale", "pay", "Felix Gantt", Factuality::CertainNeg,
                "Tom Hale"},
           Case{"Accra Lions accused Kumasi United of having bribed referee Kwame Boateng.", "Kumasi United", "bribe",
                "Kwame Boateng", Factuality::PossiblePos, "Accra Lions"},
           Case{"Nepal accuses India and China of blocking trade routes through Tibet.", "China", "block", "Tibet",
                Factuality::PossiblePos, "Nepal"},
       })
    check(c);
  // "as" with a belief verb asserts what was expected: no source, no hedge.
  const auto expected = triples("As Kenya expected, Uganda signed the deal with Rwanda.");
  INFO(dump(expected));
  const Triple* t = find(expected, "Uganda", "sign", "Rwanda");
  REQUIRE(t != nullptr);
  CHECK(t->factuality == Factuality::CertainPos);
  CHECK(t->attribution.empty());
  // The port was leased to China, it did not go there: no nominal "Hambantota | port-to | China".
  const auto leased = triples("Sri Lanka contested claims that Sri Lanka had leased Hambantota port to China.");
  CHECK(find(leased, "Hambantota", "", "China") == nullptr);
}

TEST_CASE("factuality: a gerund the lexicon calls adjectival, a trailing 'according to' hung on a name, a gerund read "
          "as a noun after 'accused of' (sports, local politics, other regions)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Lena Ostrova accused Josefa Ravu of striking Tavita Leota in Apia.", "Josefa Ravu", "strike",
                "Tavita Leota", Factuality::PossiblePos, "Lena Ostrova"},
           Case{"Pennock Homes donated money to Elena Brix, according to Councillor Priya Nandan.", "Pennock Homes",
                "donate", "Elena Brix", Factuality::CertainPos, "Priya Nandan"},
           Case{"Kivu Metals is accused of shipping ore to Tanzania without permits.", "Kivu Metals", "ship", "Tanzania",
                Factuality::PossiblePos, ""},
           Case{"If Ashgrove United beat Dalby Town on Saturday, Ashgrove United will win the league.", "Ashgrove United",
                "beat", "Dalby Town", Factuality::Underspecified, ""},
           Case{"Minera Cerro Blanco could lose the mine to Hartmann Trading unless Banco Austral extends the loan.",
                "Minera Cerro Blanco", "lose", "Hartmann Trading", Factuality::Underspecified, ""},
       })
    check(c);
}

TEST_CASE("factuality: trailing reports misread as two subjects or as a relative clause, and a gerund after a name's "
          "'of' (business, other regions)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Tata Steel lent 40 million dollars to Bank of Kigali, the Chilean newspaper Bergen Athletic reported.",
                "Tata Steel", "lend", "Bank of Kigali", Factuality::CertainPos, "Bergen Athletic"},
           Case{"Saudi Arabia has received 20 million dollars from Costa Rica for cyclone recovery, Prime Minister "
                "Ingrid Solberg wrote on social media.",
                "Saudi Arabia", "receive", "Costa Rica", Factuality::CertainPos, "Ingrid Solberg"},
           Case{"Timor-Leste has accused Nordlys Energi AS of shipping ore to Sri Lanka without export permits.",
                "Nordlys Energi AS", "ship", "Sri Lanka", Factuality::PossiblePos, "Timor-Leste"},
       })
    check(c);
  // A relative clause of a report verb with its own object ("which") reports the noun, not the
  // sentence: Kenya's sale stays the author's.
  const auto prices = triples("Kenya sold maize to Rwanda at prices, which Uganda reported.");
  INFO(dump(prices));
  const Triple* sold = find(prices, "Kenya", "sell", "Rwanda");
  REQUIRE(sold != nullptr);
  CHECK(sold->attribution.empty());
}

TEST_CASE("factuality: conditions the parser hides: 'but only if' as a conjunct, 'in case' and 'provided' with the "
          "subject elsewhere, 'Assuming' as the root, 'on the condition that', and inversion after the main clause "
          "(business, courts, geopolitics)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Norvida Pharma will acquire Orvell Therapeutics, but only if regulators agree.", "Norvida Pharma",
                "acquire", "Orvell Therapeutics", Factuality::Underspecified, ""},
           Case{"Norrland Energi will buy Sveavind Power in case the merger with Alvik Steel fails.", "Norrland Energi",
                "buy", "Sveavind Power", Factuality::Underspecified, ""},
           Case{"Assuming the board agrees, Meridian Pharma will buy Lumen Diagnostics.", "Meridian Pharma", "buy",
                "Lumen Diagnostics", Factuality::Underspecified, ""},
           Case{"Harold Mace will testify against Felix Gantt provided prosecutors grant immunity.", "Harold Mace", "",
                "Felix Gantt", Factuality::Underspecified, ""},
           Case{"Armenia will sign a peace treaty with Azerbaijan on the condition that Baku drops its demands.",
                "Armenia", "sign", "Azerbaijan", Factuality::Underspecified, ""},
           Case{"Felix Gantt will testify against Harold Mace unless prosecutors first drop the charge.", "Felix Gantt",
                "testify", "Harold Mace", Factuality::Underspecified, ""},
           Case{"Tarn Genomics will sue Norvida Pharma should Norvida Pharma acquire Orvell Therapeutics.",
                "Tarn Genomics", "sue", "Norvida Pharma", Factuality::Underspecified, ""},
           Case{"Tarn Genomics will sue Norvida Pharma should Norvida Pharma acquire Orvell Therapeutics.",
                "Norvida Pharma", "acquire", "Orvell Therapeutics", Factuality::Underspecified, ""},
           Case{"Tarn Genomics would sue Norvida Pharma were Norvida Pharma to acquire Orvell Therapeutics.",
                "Tarn Genomics", "sue", "Norvida Pharma", Factuality::Underspecified, ""},
           Case{"Sorrel Dairy would have sued Marlin Foods had Marlin Foods cancelled the deal.", "Sorrel Dairy", "sue",
                "Marlin Foods", Factuality::Underspecified, ""},
       })
    check(c);
  // A conjunct with its own auxiliary is a clause of its own, not the condition of the first.
  const auto two = triples("Kenya will buy maize from Uganda, and if prices rise, Rwanda will sell wheat to Kenya.");
  INFO(dump(two));
  const Triple* buy = find(two, "Kenya", "buy", "Uganda");
  REQUIRE(buy != nullptr);
  CHECK(buy->factuality == Factuality::CertainPos);
  // "should" inside a relative clause is the modal it is.
  const auto talks = triples("The talks that Kenya should hold with Uganda will start soon.");
  INFO(dump(talks));
  const Triple* hold = find(talks, "Kenya", "hold", "Uganda");
  REQUIRE(hold != nullptr);
  CHECK(hold->factuality == Factuality::ProbablePos);
}

TEST_CASE("factuality: charges and allegations of V-ing faced or denied, a clause misread under a claim's object or "
          "under 'that' (courts, other regions)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Darren Pike faces charges of laundering money through Coralline Trust.", "Darren Pike", "launder",
                "Coralline Trust", Factuality::PossiblePos, ""},
           Case{"Darren Pike denied allegations of laundering money through Coralline Trust.", "Darren Pike", "launder",
                "Coralline Trust", Factuality::CertainNeg, "Darren Pike"},
           Case{"The Garment Workers Federation claims Rupali Garments paid bribes to inspector Kamal Hossain.",
                "Rupali Garments", "pay", "Kamal Hossain", Factuality::CertainPos, "Garment Workers Federation"},
           Case{"Kivu Metals strongly rejected allegations that Luano Resources smuggled cobalt into Rwanda.",
                "Luano Resources", "smuggle", "Rwanda", Factuality::CertainNeg, "Kivu Metals"},
       })
    check(c);
  // Whoever makes the allegations does not do what they allege.
  const auto made = triples("NATO made allegations of jamming GPS signals over Finland.");
  INFO(dump(made));
  CHECK(find(made, "North Atlantic Treaty Organization", "jam", "Finland") == nullptr);
}

TEST_CASE("factuality: 'said in a filing that', 'wrote in a memo that/IN' and 'from X, the government said' keep their "
          "source (business, other regions)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Halvorsen Shipping said in a filing that Nordvik Energy had sold a pipeline stake to Halvorsen Shipping.",
                "Nordvik Energy", "sell", "Halvorsen Shipping", Factuality::CertainPos, "Halvorsen Shipping"},
           Case{"Jens Aas wrote in a memo to staff that Halvorsen Shipping had hired Carla Nunes.", "Halvorsen Shipping",
                "hire", "Carla Nunes", Factuality::CertainPos, "Jens Aas"},
           Case{"Tonga has received 20 million dollars from New Zealand, the government said.", "Tonga", "receive",
                "New Zealand", Factuality::CertainPos, "the government"},
       })
    check(c);
  // The clause of a noun that takes one stays the noun's ("evidence that": not said).
  const auto evidence = triples("Kenya said in court there was no evidence that Uganda paid Rwanda.");
  INFO(dump(evidence));
  const Triple* paid = find(evidence, "Uganda", "pay", "Rwanda");
  REQUIRE(paid != nullptr);
  CHECK(paid->factuality == Factuality::Underspecified);
  // The relation has no "that" in it.
  const auto memo = triples("Jens Aas wrote in a memo to staff that Halvorsen Shipping had hired Carla Nunes.");
  CHECK(find(memo, "Halvorsen Shipping", "hire-that", "Carla Nunes") == nullptr);
}

TEST_CASE("factuality: an opening condition whose preposition the parser gave the main verb, with a modal main clause "
          "after the comma (sports, business)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"If Josefa Ravu signs with Auckland Harbour RFC, the Samoa Rugby Union will appeal.", "Josefa Ravu",
                "sign-with", "Auckland Harbour RFC", Factuality::Underspecified, ""},
           Case{"If Norrland Energi signs with Gulfwater Systems, Paraguay will appeal.", "Norrland Energi", "sign-with",
                "Gulfwater Systems", Factuality::Underspecified, ""},
       })
    check(c);
  const auto ts = triples("If Josefa Ravu signs with Auckland Harbour RFC, the Samoa Rugby Union will appeal.");
  CHECK(find(ts, "Josefa Ravu", "", "Samoa Rugby Union") == nullptr);
  // A clause that is the sentence's subject is still read as one ("Whether ... is unclear").
  const auto whether = triples("Whether Kenya will buy Uganda Telecom is unclear.");
  INFO(dump(whether));
  const Triple* buy = find(whether, "Kenya", "buy", "Uganda Telecom");
  REQUIRE(buy != nullptr);
  CHECK(buy->factuality == Factuality::Underspecified);
}

TEST_CASE("factuality: inverted 'had'/'were' conditions whose subject the parser made the head, events timed by a "
          "future one, and conditions made of a noun phrase (sports, business, courts, other regions)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Had Kestrel Rovers signed Joel Mbeki, Ashgrove United would have complained to the league.",
                "Kestrel Rovers", "sign", "Joel Mbeki", Factuality::Underspecified, ""},
           Case{"Were Norvida Pharma to acquire Helio Labs, Tarn Genomics would sue Norvida Pharma.", "Norvida Pharma",
                "acquire", "Helio Labs", Factuality::Underspecified, ""},
           Case{"Were Norvida Pharma to acquire Helio Labs, Tarn Genomics would sue Norvida Pharma.", "Tarn Genomics",
                "sue", "Norvida Pharma", Factuality::Underspecified, ""},
           Case{"Vesta Motors will buy batteries from Hanil Chem once the plant in Ulsan opens.", "Vesta Motors", "buy",
                "Hanil Chem", Factuality::Underspecified, ""},
           Case{"Tom Hale will testify against Ray Dunn when the trial resumes in Denver.", "Tom Hale", "testify",
                "Ray Dunn", Factuality::Underspecified, ""},
           Case{"Kenya will reopen the border with Somalia as soon as Mogadishu pays the fees.", "Kenya", "reopen",
                "Somalia", Factuality::Underspecified, ""},
           Case{"Serbia will sign the agreement only when Kosovo withdraws police from Zvecan.", "Kosovo", "withdraw",
                "Zvecan", Factuality::Underspecified, ""},
           Case{"In the event of a strike, Nordbank will move staff to Geneva.", "Nordbank", "move", "Geneva",
                Factuality::Underspecified, ""},
           Case{"In case of a default, Banco Austral will seize the mine from Minera Cerro Blanco.", "Banco Austral",
                "seize", "Minera Cerro Blanco", Factuality::Underspecified, ""},
           // Past and habitual "when", and "in the case of" (an example, no condition), stay facts.
           Case{"When Celtic beat Rangers last year, Brendan Rodgers thanked Glasgow.", "Celtic", "beat", "Rangers",
                Factuality::CertainPos, ""},
           Case{"When Kenya plays Uganda, fans celebrate in Nairobi.", "Kenya", "play", "Uganda", Factuality::CertainPos, ""},
           Case{"In the case of Kenya, China lent money to Nairobi.", "China", "lend", "Kenya", Factuality::CertainPos, ""},
       })
    check(c);
}

TEST_CASE("factuality: the author of a statement or report is the source, phrasal denials, and investigations and "
          "arrests as accusations (other regions, local politics, courts, sports)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"According to a report by Human Rights Watch, Myanmar shelled villages in Rakhine.", "Myanmar", "shell",
                "Rakhine", Factuality::CertainPos, "Human Rights Watch"},
           Case{"According to a statement from Astana Mining, Kazakhstan has granted Astana Mining a new licence.",
                "Kazakhstan", "grant", "Astana Mining", Factuality::CertainPos, "Astana Mining"},
           Case{"Ravenna Council has shrugged off claims that Ravenna Council paid Brenner Waste twice.", "Ravenna Council",
                "pay", "Brenner Waste", Factuality::CertainNeg, "Ravenna Council"},
           Case{"Caribe Telecom has brushed aside reports that Caribe Telecom hired Morgan Stanley.", "Caribe Telecom",
                "hire", "Morgan Stanley", Factuality::CertainNeg, "Caribe Telecom"},
           Case{"Orion Capital is being investigated for bribing Mayor Tom Ashby.", "Orion Capital", "bribe", "Tom Ashby",
                Factuality::PossiblePos, ""},
           Case{"Samarkand Bank is under investigation for laundering money for Tashkent Cotton.", "Samarkand Bank",
                "launder", "Tashkent Cotton", Factuality::PossiblePos, ""},
           Case{"Police arrested Sven Dahl on suspicion of attacking Erik Lund in Malmo.", "Sven Dahl", "attack",
                "Erik Lund", Factuality::PossiblePos, ""},
           Case{"Kenya arrested Tom Hale for smuggling ivory to Uganda.", "Tom Hale", "smuggle", "Uganda",
                Factuality::PossiblePos, "Kenya"},
           // "Leeds United": UD tags "United" VERB/NNP; the clause hung on it is still the name's.
           Case{"Arsenal accused Leeds United of illegally approaching Tom Kerr.", "Leeds United", "approach", "Tom Kerr",
                Factuality::PossiblePos, "Arsenal"},
           // A company whose name is a plural speaks of itself as "it".
           Case{"Baltic Breweries denied it had paid Tom Hale.", "Baltic Breweries", "pay", "Tom Hale",
                Factuality::CertainNeg, "Baltic Breweries"},
       })
    check(c);
}

TEST_CASE("factuality: 'told X in a memo that', a role's name after the role's own phrase as the speaker, and a "
          "company named by a plural speaking of itself (shipping, other regions, local politics)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Halvorsen Shipping told analysts in a memo that Nordbank had lent money to Baltic Reefer Lines.",
                "Nordbank", "lend", "Baltic Reefer Lines", Factuality::CertainPos, "Halvorsen Shipping"},
           Case{"Tbilisi Wine Company told investors in a letter that Georgia had lifted export duties for Armenia.",
                "Georgia", "lift", "Armenia", Factuality::CertainPos, "Tbilisi Wine Company"},
           Case{"Kenya's ambassador to Uganda, Peter Mwangi, said Kenya would reopen the border with Uganda.", "Kenya",
                "reopen", "Uganda", Factuality::CertainPos, "Peter Mwangi"},
           Case{"Redline Developers said it never paid Mayor Tom Ashby.", "Redline Developers", "pay", "Tom Ashby",
                Factuality::CertainNeg, "Redline Developers"},
       })
    check(c);
}

TEST_CASE("factuality: a confirmed report is the confirmer's fact, a filing stands for its filer, and a holder's "
          "phrase is written as in the text (transport, courts, sports, local politics)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Vienna Rail confirmed reports that Danube Freight had bought twelve locomotives from Linz Works.",
                "Danube Freight", "buy", "Linz Works", Factuality::CertainPos, "Vienna Rail"},
           Case{"Kenya Airways acknowledged allegations that Kenya Airways had overcharged Uganda.", "Kenya Airways",
                "overcharge", "Uganda", Factuality::CertainPos, "Kenya Airways"},
           // Not confirmed: open; passed on ("reported claims"): possible.
           Case{"Vienna Rail did not confirm reports that Danube Freight had bought locomotives from Linz Works.",
                "Danube Freight", "buy", "Linz Works", Factuality::Underspecified, "Vienna Rail"},
           Case{"A lawsuit filed by Olomouc accuses Brno Chemicals of poisoning the Morava River.", "Brno Chemicals",
                "poison", "Morava River", Factuality::PossiblePos, "Olomouc"},
           Case{"Ajax filed a complaint accusing Feyenoord of approaching Daan Visser.", "Feyenoord", "approach",
                "Daan Visser", Factuality::PossiblePos, "Ajax"},
           Case{"According to a report by Human Rights Watch, Myanmar shelled villages in Rakhine.", "Myanmar", "shell",
                "Rakhine", Factuality::CertainPos, "Human Rights Watch"},
           Case{"According to the council's minutes, Mayor Jan Kowal signed a contract with Gdansk Waste in March.",
                "Jan Kowal", "sign", "Gdansk Waste", Factuality::CertainPos, "the council's minutes"},
       })
    check(c);
  // Whoever rejects a complaint is not its author.
  const auto rejected = triples("The court rejected a complaint accusing Feyenoord of approaching Daan Visser.");
  INFO(dump(rejected));
  const Triple* approach = find(rejected, "Feyenoord", "approach", "Daan Visser");
  REQUIRE(approach != nullptr);
  CHECK(approach->attribution != "the court");
}

TEST_CASE("factuality: names of many shapes inside stances: 'S.A..' at the end, a 'that' the parser made a head, "
          "'An' ending a name, particles and letters outside ASCII (science, courts, business)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Jean-Luc Moreau dismissed reports that Baltic Data Systems had shared patient data with Andes Mining "
                "S.A..",
                "Baltic Data Systems", "share", "Andes Mining S.A.", Factuality::CertainNeg, "Jean-Luc Moreau"},
           Case{"If Tata Steel acquires Nguyen Van An, Baltic Data Systems will sue Tata Steel.", "Tata Steel", "acquire",
                "Nguyen Van An", Factuality::Underspecified, ""},
           Case{"There is no evidence that Kwame Mensah paid Nguyen Van An for referrals.", "Kwame Mensah", "pay",
                "Nguyen Van An", Factuality::Underspecified, ""},
           Case{"Perhaps Kivu Copper Corp. will lease more aircraft from Banco do Sertão next year.", "Kivu Copper Corp.",
                "lease", "Banco do Sertão", Factuality::PossiblePos, ""},
           Case{"South Korea demanded that Burkina Faso hand over the militia commander Pieter van der Berg.",
                "Burkina Faso", "hand-over", "Pieter van der Berg", Factuality::Underspecified, "South Korea"},
           Case{"Detective Rajesh Iyer suspects that Ana Lúcia Costa hid money at Baltic Data Systems.", "Ana Lúcia Costa",
                "hide", "Baltic Data Systems", Factuality::ProbablePos, "Rajesh Iyer"},
       })
    check(c);
}

TEST_CASE("factuality: a trailing report whose subject the parser hung elsewhere, and one the report verb hangs "
          "below (sports, business, space)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Sahel Logistics Ltd have sacked manager Olusegun Adeyemi, the Nordlys Energi AS reported on Sunday.",
                "Sahel Logistics Ltd", "sack", "Olusegun Adeyemi", Factuality::CertainPos, "Nordlys Energi AS"},
           Case{"Kenya bought wheat from Ukraine, the Daily Nation reported.", "Kenya", "buy", "Ukraine",
                Factuality::CertainPos, "Daily Nation"},
       })
    check(c);
  // The report verb hangs below the phrase before it: no cycle, no hang, the build goes on.
  const auto ts = triples("The European Space Agency and JAXA will jointly build a lunar lander, the agencies announced "
                          "on Monday.");
  INFO(dump(ts));
  CHECK(ts.size() < 20);
}

TEST_CASE("factuality: a club named with an acronym speaks for itself, and a hyphenated country inside a rejected "
          "claim (sports, other regions)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"AS Dakar denied that Jean-Baptiste Mbappé-Kolo had refused to play for AS Dakar.",
                "Jean-Baptiste Mbappé-Kolo", "play", "AS Dakar", Factuality::CertainPos, "AS Dakar"},
           Case{"Timor-Leste rejected claims that Timor-Leste had seized boats from Guinea-Bissau.", "Timor-Leste",
                "seize", "Guinea-Bissau", Factuality::CertainNeg, "Timor-Leste"},
       })
    check(c);
}

TEST_CASE("factuality: a relative clause inside a report is the speaker's, not inside a denial, and a noun with a "
          "possessor named in apposition (sports, business, other regions)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Coach Anna Kovac said that Zagreb Lions, who lost twice to Split Stars, would appeal to the league.",
                "Zagreb Lions", "lose", "Split Stars", Factuality::CertainPos, "Anna Kovac"},
           Case{"Officials said Kenya, which bought wheat from Ukraine, paid Uganda.", "Kenya", "buy", "Ukraine",
                Factuality::CertainPos, "Officials"},
           Case{"Uganda denied paying Kenya, which bought wheat from Ukraine.", "Kenya", "buy", "Ukraine",
                Factuality::CertainPos, ""},
           Case{"Corvina Foods said that its rival, Lagoa Dairy, had been bought by Minas Capital.", "Minas Capital",
                "buy", "Lagoa Dairy", Factuality::CertainPos, "Corvina Foods"},
       })
    check(c);
  // A clause's subject after a comma is no apposition of the noun before it.
  const auto ts = triples("Even if Orion Capital raises its offer, Sela Insurance will reject Orion Capital.");
  INFO(dump(ts));
  CHECK(find(ts, "Orion Capital", "raise", "Sela Insurance") == nullptr);
}

TEST_CASE("factuality: a ministry's denial read with 'denied' as a participle (other regions)", "[extract][factuality]") {
  // (The loans are a concept node; the denial still reaches them.)
  check(Case{"Ghana's finance ministry denied reports that Accra had defaulted on loans from Kenya Commercial Bank.",
             "Ghana", "default", "loans", Factuality::CertainNeg, "Ghana"});
}

TEST_CASE("factuality: a filing's act is its author's and a fact, 'told the court that', a trailing report read as "
          "an adverbial clause, 'according to' read as the subject (courts, business, sports, environment)",
          "[extract][factuality]") {
  for (const Case& c : {
           // The complaint's accusation is Kivu Metals' act (CT+), its content Kivu Metals' claim.
           Case{"Kivu Metals filed a complaint accusing Tanzania of blocking exports to Kenya.", "Kivu Metals", "accuse",
                "Tanzania", Factuality::CertainPos, ""},
           Case{"Kivu Metals filed a complaint accusing Tanzania of blocking exports to Kenya.", "Tanzania", "block",
                "Kenya", Factuality::PossiblePos, "Kivu Metals"},
           Case{"Greenpeace published a report urging Norway to stop drilling near Svalbard.", "Greenpeace", "urge",
                "Norway", Factuality::CertainPos, ""},
           Case{"Prosecutor Elif Demir told the court that Amara Okafor had passed test data to Korvane Pharma.",
                "Amara Okafor", "pass", "Korvane Pharma", Factuality::CertainPos, "Elif Demir"},
           Case{"Judge Nomvula Dlamini was bribed by Ubuntu Freight Ltd. in 2019, prosecutor Sipho Ndlovu told the court.",
                "Ubuntu Freight Ltd.", "bribe", "Nomvula Dlamini", Factuality::CertainPos, "Sipho Ndlovu"},
           Case{"According to Radio Pampa Sur, Club Atlético Ribera Sur has sold striker Joaquín Ledesma to Esporte "
                "Clube Vale Verde.",
                "Club Atlético Ribera Sur", "sell", "Esporte Clube Vale Verde", Factuality::CertainPos, "Radio Pampa Sur"},
           // "assure" reports: the innermost source is who assures.
           Case{"Ghana said that Togo had assured Accra that Abidjan Cocoa S.A. would ship cocoa to Tema.",
                "Abidjan Cocoa S.A.", "ship", "Tema", Factuality::CertainPos, "Togo"},
       })
    check(c);
  // A report verb with a complement of its own stays an adverbial clause's verb.
  const auto ts = triples("When Chelsea beat Arsenal, the coach told reporters that Jorginho had joined Napoli.");
  INFO(dump(ts));
  const auto* t = find(ts, "Chelsea", "beat", "Arsenal");
  REQUIRE(t != nullptr);
  CHECK(t->attribution.empty());
}

TEST_CASE("factuality: an accusation's gerund hung on an oblique of the accusing verb, coordinated names read as one, "
          "and an object of a coordinated verb (politics, local politics, sports, defence)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Poland accused Belarus on Tuesday of sending migrants into Podlasie.", "Belarus", "send", "Podlasie",
                Factuality::PossiblePos, "Poland"},
           Case{"Deputy mayor Zofia Wrona was accused by the Lublin Residents Association of selling council land to "
                "Vistula Estates.",
                "Zofia Wrona", "sell", "Vistula Estates", Factuality::PossiblePos, "Lublin Residents Association"},
           Case{"Uganda accused Kestrel Bank and Vesta Holdings of blocking exports to Rwanda.", "Kestrel Bank", "block",
                "Rwanda", Factuality::PossiblePos, "Uganda"},
           Case{"Uganda accused Kestrel Bank and Vesta Holdings of blocking exports to Rwanda.", "Vesta Holdings",
                "block", "Rwanda", Factuality::PossiblePos, "Uganda"},
           Case{"Maroochy United accused Coastal City FC and Ipswich Rovers of tapping up Liam Fonoti.", "Coastal City FC",
                "tap", "Liam Fonoti", Factuality::PossiblePos, "Maroochy United"},
           Case{"Indonesia denied that Jakarta had sold patrol boats to Myanmar or supplied radar systems to Bangladesh.",
                "Indonesia", "supply", "Bangladesh", Factuality::CertainNeg, "Indonesia"},
       })
    check(c);
  // The accused is not the accuser; the first boats go to Myanmar only.
  const auto ts = triples("Indonesia denied that Jakarta had sold patrol boats to Myanmar or supplied radar systems to "
                          "Bangladesh.");
  INFO(dump(ts));
  CHECK(find(ts, "Indonesia", "sell", "Bangladesh") == nullptr);
  const auto acc = triples("Deputy mayor Zofia Wrona was accused by the Lublin Residents Association of selling council "
                           "land to Vistula Estates.");
  INFO(dump(acc));
  CHECK(find(acc, "Lublin Residents Association", "sell", "Vistula Estates") == nullptr);
}

TEST_CASE("factuality: a threat or demand made holds its condition in its content, a future one does not, and 'warned "
          "that' reports (local politics, diplomacy, security)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Save Kirkham Meadows threatened Kirkham District Council with legal action if Kirkham District Council "
                "sells the meadow to Grayson Aggregates.",
                "Save Kirkham Meadows", "threaten", "Kirkham District Council", Factuality::CertainPos, ""},
           Case{"Save Kirkham Meadows threatened Kirkham District Council with legal action if Kirkham District Council "
                "sells the meadow to Grayson Aggregates.",
                "Kirkham District Council", "sell", "Grayson Aggregates", Factuality::Underspecified,
                "Save Kirkham Meadows"},
           Case{"Kenya urged Uganda to pay Tanzania if Sudan attacks Ethiopia.", "Kenya", "urge", "Uganda",
                Factuality::CertainPos, ""},
           // Not yet made: the asking waits on the condition.
           Case{"If Uganda refuses, Kenya will urge Tanzania to close the border with Somalia.", "Kenya", "urge",
                "Tanzania", Factuality::Underspecified, ""},
           Case{"Poland warned Belarus that Warsaw would ask NATO for troops if Minsk sent migrants into Lithuania.",
                "Belarus", "send", "Lithuania", Factuality::Underspecified, "Poland"},
           Case{"The IMF warned that Ghana had borrowed heavily from China.", "Ghana", "borrow", "China",
                Factuality::CertainPos, "International Monetary Fund"},
       })
    check(c);
}

TEST_CASE("factuality: 'provided that' after a main clause whose oblique the parser gave to 'provided', and names "
          "with 'es' and 'Community of' (local politics, courts, other regions)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Mayor Ana Lucía Prado will hand the old market to Cooperativa Feria Libre provided that Cooperativa "
                "Feria Libre signs a lease with Valparaíso.",
                "Ana Lucía Prado", "hand", "Cooperativa Feria Libre", Factuality::Underspecified, ""},
           Case{"Kenya will buy maize from Uganda provided that Tanzania opens the border.", "Kenya", "buy", "Uganda",
                Factuality::Underspecified, ""},
           Case{"Tanzanian businessman Juma Mwakyusa was charged with bribing customs officials at the Port of Dar es "
                "Salaam.",
                "Juma Mwakyusa", "bribe", "Port of Dar es Salaam", Factuality::PossiblePos, ""},
           Case{"Sociedad Minera del Altiplano S.A. will transfer the water rights to the Aymara Community of Caquena "
                "if Chile and Bolivia sign the border water treaty.",
                "Sociedad Minera del Altiplano S.A.", "transfer", "Aymara Community of Caquena", Factuality::Underspecified, ""},
       })
    check(c);
}

TEST_CASE("factuality: a condition set off inside the main clause with the main verb parsed under 'provided' ends, "
          "and the main verb takes the subordinator's place (sports)",
          "[extract][factuality]") {
  // This sentence once sent the clause rules round a cycle the repairs made in the parse (the
  // process hung and ran out of memory); ParsedSentence refuses such moves now.
  // (The subject's name is not what this tests: "Wanderers" is read as a common noun, so the
  // club comes out as Samoa, a known error.)
  const auto ts = triples("Wanderers Apia will, provided that FIFA lifts the transfer ban, sign Ioane Leota on loan from "
                          "Auckland Harbour United until June 2026.");
  INFO(dump(ts));
  const auto it = std::find_if(ts.begin(), ts.end(), [](const Triple& t) {
    return t.relation.rfind("sign", 0) == 0 && t.object.name == "Ioane Leota";
  });
  REQUIRE(it != ts.end());
  CHECK(it->factuality == Factuality::Underspecified);
}

TEST_CASE("factuality: 'alleged in a letter that' is the accuser's, 'do not deny the fact that' stays a fact "
          "(diplomacy, web text)",
          "[extract][factuality]") {
  check(Case{"Kenya alleged in a letter that Uganda had armed rebels in Sudan.", "Uganda", "arm", "Sudan",
             Factuality::PossiblePos, "Kenya"});
  const auto ts = triples("We do not deny the fact that Rwanda was attacked by Burundi.");
  INFO(dump(ts));
  const Triple* t = find(ts, "Burundi", "attack", "Rwanda");
  REQUIRE(t != nullptr);
  CHECK(t->factuality == Factuality::CertainPos);
}

TEST_CASE("factuality: conditions made of 'barring' or 'failing' and a noun phrase, 'provided that' after a comma "
          "with the clause unparsed, and a reduced 'if' clause inside the subject (sports, business, courts)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Barring a late appeal by Al-Wusta Muscat, Salalah Falcons will face Sur City in the final.",
                "Salalah Falcons", "face", "Sur City", Factuality::Underspecified, ""},
           Case{"Failing an agreement with the unions by Friday, Daewan Shipbuilding Co. will pull out of the joint "
                "venture with Ulsan Marine Engineering Inc.",
                "Daewan Shipbuilding Co.", "pull", "joint venture", Factuality::Underspecified, ""},
           Case{"Mayor Tatiana Rusu will sell the old bus depot to Moldcon Invest SRL for 12 million lei, provided that "
                "the municipal council votes in favour on Tuesday.",
                "Tatiana Rusu", "sell", "Moldcon Invest SRL", Factuality::Underspecified, ""},
           Case{"Kirra Holdings Pty Ltd, if found liable by the Federal Court of Australia, will pay $2.3 million to the "
                "Yolngu Traditional Owners Council by September.",
                "Kirra Holdings Pty Ltd", "pay", "Yolngu Traditional Owners Council", Factuality::Underspecified, ""},
           // "despite failing to" is no condition.
           Case{"Kenya beat Uganda despite failing to score in the first half.", "Kenya", "beat", "Uganda",
                Factuality::CertainPos, ""},
       })
    check(c);
}

TEST_CASE("factuality: 'subject to' approval conditions a future or modal clause, not a past one (business)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Subject to approval by regulators, Kestrel Bank will buy Nordbank.", "Kestrel Bank", "buy", "Nordbank",
                Factuality::Underspecified, ""},
           Case{"Kestrel Bank will buy Nordbank, subject to shareholder approval.", "Kestrel Bank", "buy", "Nordbank",
                Factuality::Underspecified, ""},
           Case{"Kestrel Bank bought Nordbank, subject to EU rules.", "Kestrel Bank", "buy", "Nordbank",
                Factuality::CertainPos, ""},
       })
    check(c);
}

TEST_CASE("factuality: 'charged that' is an accusation, charges or a trial 'for' a deed are the accused's, an open "
          "question under 'decide' is the author's (courts, diplomacy, business, sports)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Guyana charged that Venezuela had moved troops into Essequibo.", "Venezuela", "move", "Essequibo",
                Factuality::PossiblePos, "Guyana"},
           Case{"Tasman Pension Trust charged that Harbourline Capital had moved client funds to Rarotonga Trust Co.",
                "Harbourline Capital", "move", "Rarotonga Trust Co.", Factuality::PossiblePos, "Tasman Pension Trust"},
           Case{"Leon Varga faces charges for bribing Maria Costa.", "Leon Varga", "bribe", "Maria Costa",
                Factuality::PossiblePos, ""},
           Case{"Leon Varga faces trial for bribing Maria Costa.", "Leon Varga", "bribe", "Maria Costa",
                Factuality::PossiblePos, ""},
           Case{"Schelde Chemie NV was charged with shipping toxic waste to Ghana and Togo.", "Schelde Chemie NV",
                "ship", "Togo", Factuality::PossiblePos, ""},
           Case{"Union Mendoza will decide on Friday whether to sell Joaquin Ferreyra to Club Atletico Tandil.",
                "Union Mendoza", "sell", "Joaquin Ferreyra", Factuality::Underspecified, ""},
           Case{"Oman has not decided whether to buy patrol boats from India.", "Oman", "buy", "India",
                Factuality::Underspecified, ""},
           // A plan is still its planner's.
           Case{"Oman plans to buy patrol boats from India.", "Oman", "buy", "India", Factuality::Underspecified, "Oman"},
           // "charged X with" keeps its accuser.
           Case{"Lumen Bank charged Leon Varga with bribing Maria Costa.", "Leon Varga", "bribe", "Maria Costa",
                Factuality::PossiblePos, "Lumen Bank"},
       })
    check(c);
}

TEST_CASE("factuality: a denial after the denier's apposition, a doubt after a role before the name, 'in case' "
          "with its verb read as a noun, an 'if' clause hung on a name (science, courts, business, local politics)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Edda Rask, the research director of Tallgren Labs, rejected allegations that Tallgren Labs had "
                "fabricated data for Brennmark Pharma.",
                "Tallgren Labs", "fabricate", "Brennmark Pharma", Factuality::CertainNeg, "Edda Rask"},
           Case{"Defence lawyer Marta Quiroga doubts that Ernesto Valle ever threatened Judge Paula Irazoqui.",
                "Ernesto Valle", "threaten", "Paula Irazoqui", Factuality::ProbableNeg, "Marta Quiroga"},
           Case{"In case the merger collapses, Limfjord Ferries will sell the route to Kattegat Lines.",
                "Limfjord Ferries", "sell", "Kattegat Lines", Factuality::Underspecified, ""},
           // An "if" clause the parser hung on the object's name conditions the verb.
           Case{"Mayor Sipho Mahlangu of Mbombela will cancel the contract with Lowveld Water Services if the audit "
                "confirms fraud.",
                "Sipho Mahlangu", "cancel", "Lowveld Water Services", Factuality::Underspecified, ""},
       })
    check(c);
}

TEST_CASE("factuality: 'in the event that' and 'on condition that' open conditions, and so does 'if' before a name's "
          "verb read as a plural noun (business, diplomacy, local politics)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"In the event that Corvo Foods does not repay Arnhold Bank, Corvo Foods will be taken over by "
                "Quarrington Capital.",
                "Quarrington Capital", "take", "Corvo Foods", Factuality::Underspecified, ""},
           Case{"In the event that Corvo Foods does not repay Arnhold Bank, Corvo Foods will be taken over by "
                "Quarrington Capital.",
                "Corvo Foods", "repay", "Arnhold Bank", Factuality::Underspecified, ""},
           Case{"Councillor Reza Moradian said Kelton Borough Council would cancel the parking contract with Apex Meter "
                "Services in the event that the audit confirms overcharging.",
                "Kelton Borough Council", "cancel", "Apex Meter Services", Factuality::Underspecified, "Reza Moradian"},
           Case{"Japan might ease export controls on South Korea if Seoul talks with Tokyo about the fisheries dispute.",
                "Japan", "ease", "South Korea", Factuality::Underspecified, ""},
           // "in the event of" a noun phrase, as before.
           Case{"In the event of a default, Kestrel Bank will seize the Kariba plant from Zambia.", "Kestrel Bank",
                "seize", "Zambia", Factuality::Underspecified, ""},
       })
    check(c);
}

TEST_CASE("factuality: an 'only if' clause whose subject has a relative clause and whose verb the parser gave to an "
          "amount's 'to' stays a condition (business)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Ocean Bank will lend $14 million to Bourbon Cane S.A. only if Mahebourg Sugar Estates Ltd., which "
                "employs 2,300 workers, merges with Bourbon Cane S.A. this year.",
                "Ocean Bank", "lend", "Bourbon Cane S.A.", Factuality::Underspecified, ""},
           Case{"Ocean Bank will lend $14 million to Bourbon Cane S.A. only if Mahebourg Sugar Estates Ltd., which "
                "employs 2,300 workers, merges with Bourbon Cane S.A. this year.",
                "Mahebourg Sugar Estates Ltd.", "merge", "Bourbon Cane S.A.", Factuality::Underspecified, ""},
       })
    check(c);
}

TEST_CASE("factuality: the deed of 'accused by X of V-ing' when X's name has an 'of' phrase is the accused's, not "
          "the accuser's fact (courts, mining, banking)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Magistrate Efua Quansah-Arthur was accused by the Bar Council of Cape Coast of taking gifts from "
                "Elmina Realty.",
                "Efua Quansah-Arthur", "take", "Elmina Realty", Factuality::PossiblePos, "Bar Council of Cape Coast"},
           Case{"Mining firm Cerro Azul Metales was accused by the Federation of Ene Valley Communities of having "
                "dumped tailings into the Ene River.",
                "Cerro Azul Metales", "dump", "Ene River", Factuality::PossiblePos,
                "Federation of Ene Valley Communities"},
           Case{"Kenya accused the Bank of Tarsia of hiding losses from Elmina Realty.", "Bank of Tarsia", "hide",
                "Elmina Realty", Factuality::PossiblePos, "Kenya"},
       })
    check(c);
  // The accuser does not become the deed's subject.
  const auto ts = triples("Magistrate Efua Quansah-Arthur was accused by the Bar Council of Cape Coast of taking gifts "
                          "from Elmina Realty.");
  INFO(dump(ts));
  CHECK(find(ts, "Bar Council of Cape Coast", "take", "Elmina Realty") == nullptr);
}

TEST_CASE("factuality: a bare 'provided' after the main clause with the condition's subject cut by the parse, and "
          "'whether to' with its verb read as an adjective (sports, business)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Rosa Moreno will sponsor Peru provided Plains Energy hosts Zambia.", "Rosa Moreno", "sponsor", "Peru",
                Factuality::Underspecified, ""},
           Case{"Rosa Moreno will sponsor Peru provided Plains Energy hosts Zambia.", "Plains Energy", "host", "Zambia",
                Factuality::Underspecified, ""},
           Case{"Uganda will acquire Chile provided Ama Owusu blocks Plains Energy.", "Ama Owusu", "block",
                "Plains Energy", Factuality::Underspecified, ""},
           Case{"Granite Capital will decide next week whether to fine Tarn Genomics.", "Granite Capital", "fine",
                "Tarn Genomics", Factuality::Underspecified, ""},
           Case{"Provided Ember Foods sells the bakery to Bramble, Willow will loan Ember Foods 5 million euros.",
                "Ember Foods", "sell", "Bramble", Factuality::Underspecified, ""},
       })
    check(c);
}

TEST_CASE("factuality: the name after an opening condition's comma read as a conjunct of the condition's object is the "
          "main clause's subject, 'whether' read as an object marks its clause (business, sports, diplomacy)",
          "[extract][factuality]") {
  for (const Case& c : {
           Case{"Unless Lumen Diagnostics backs Ama Owusu, Harvest Foods will attack Kivu Metals.", "Harvest Foods",
                "attack", "Kivu Metals", Factuality::Underspecified, ""},
           Case{"Unless Lumen Diagnostics backs Ama Owusu, Harvest Foods will attack Kivu Metals.", "Lumen Diagnostics",
                "back", "Ama Owusu", Factuality::Underspecified, ""},
           Case{"Provided that Lima Gas approves Chile, Rosa Moreno will ban Kestrel Bank.", "Lima Gas", "approve",
                "Chile", Factuality::Underspecified, ""},
           Case{"Provided that Lima Gas approves Chile, Rosa Moreno will ban Kestrel Bank.", "Rosa Moreno", "ban",
                "Kestrel Bank", Factuality::Underspecified, ""},
           Case{"Provided Brazil lowers tariffs, Argentina will buy wheat from Paraguay.", "Argentina", "buy",
                "Paraguay", Factuality::Underspecified, ""},
           Case{"Peru has not decided whether to hire Plains Energy.", "Peru", "hire", "Plains Energy",
                Factuality::Underspecified, ""},
           // A past clause opened by "when" stays a fact, as does its main clause.
           Case{"When Kenya beat Uganda, Tanzania praised Rwanda.", "Kenya", "beat", "Uganda", Factuality::CertainPos, ""},
           Case{"When Kenya beat Uganda, Tanzania praised Rwanda.", "Tanzania", "praise", "Rwanda", Factuality::CertainPos,
                ""},
       })
    check(c);
  // The condition's object is not the main clause's subject.
  const auto ts = triples("Unless Lumen Diagnostics backs Ama Owusu, Harvest Foods will attack Kivu Metals.");
  INFO(dump(ts));
  CHECK(find(ts, "Lumen Diagnostics", "back", "Harvest Foods") == nullptr);
}
