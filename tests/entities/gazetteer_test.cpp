// The gazetteer file format's 5th column (ambiguous aliases) and the generated models/gazetteer.tsv
// (scripts/gazetteer/build_gazetteer.py; tests/entities/check_gazetteer_sources.py checks it
// against its sources).
#include "entities/gazetteer.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "support/test_support.h"

namespace {

using ergraph::core::EntityType;
using ergraph::entities::Gazetteer;
using ergraph::entities::GazetteerEntry;

Gazetteer parse(const std::string& text) {
  std::istringstream in(text);
  return Gazetteer::parse(in, "g.tsv");
}

std::string error_of(const std::string& text, std::string& location) {
  return ergraph::test::error_code_of([&] { parse(text); }, location);
}

const Gazetteer& shipped() {
  static const Gazetteer g =
      Gazetteer::load(ergraph::test::source_dir() / "models" / ergraph::entities::kGazetteerFile);
  return g;
}

std::vector<std::string> canonicals(const std::vector<GazetteerEntry>& es) {
  std::vector<std::string> out;
  for (const auto& e : es) out.push_back(e.canonical);
  return out;
}

}  // namespace

TEST_CASE("entities: an ambiguous alias is kept apart and never matched", "[gazetteer]") {
  const Gazetteer g = parse(
      "# ergraph gazetteer v1\n"
      "Georgia\tGeorgia\tGPE\n"
      "Georgia\tGeorgia (US-GA)\tGPE\t\tambiguous\n"
      "Kingston\tJamaica\tGPE\tmetonym\tambiguous\n"
      "Kingston\tNorfolk Island\tGPE\tmetonym\tambiguous\n"
      "Tbilisi\tGeorgia\tGPE\tmetonym\t\n");
  REQUIRE(g.find("Georgia"));
  CHECK(g.find("Georgia")->canonical == "Georgia");
  CHECK(canonicals(g.ambiguous("Georgia")) == std::vector<std::string>{"Georgia (US-GA)"});
  // Never matched on its own, several entities allowed, in file order, metonym kept.
  CHECK(g.find("Kingston") == nullptr);
  const std::vector<std::string_view> forms = {"Kingston", "said"};
  const GazetteerEntry* e = nullptr;
  CHECK(g.match(forms, 0, forms.size(), e) == 0);
  const auto kingston = g.ambiguous("Kingston");
  CHECK(canonicals(kingston) == std::vector<std::string>{"Jamaica", "Norfolk Island"});
  REQUIRE(kingston.size() == 2);
  CHECK(kingston[0].metonym);
  CHECK(kingston[0].type == EntityType::Gpe);
  CHECK(g.ambiguous("Tbilisi").empty());
  REQUIRE(g.find("Tbilisi"));  // an empty 5th column is a plain alias
  CHECK(g.find("Tbilisi")->metonym);
  CHECK(g.ambiguous_count() == 3);
  CHECK(g.alias_count() == 2);
}

TEST_CASE("entities: gazetteer 5th column errors", "[gazetteer]") {
  std::string where;
  CHECK(error_of("# ergraph gazetteer v1\nFoo\tFoo\tGPE\t\tmaybe\n", where) == "E424");
  CHECK(where == "g.tsv:2");
  CHECK(error_of("# ergraph gazetteer v1\nFoo\tFoo\tGPE\t\tambiguous\textra\n", where) == "E423");
  CHECK(error_of("# ergraph gazetteer v1\nFooish\tFoo\tDEMONYM\t\tambiguous\n", where) == "E424");
  CHECK(error_of("# ergraph gazetteer v1\nFoo\tFoo\tFIRSTNAME\t\tambiguous\n", where) == "E424");
  CHECK(error_of("# ergraph gazetteer v1\nFoo\tFoo\tCITY\t\tambiguous\n", where) == "E424");
  // An ambiguous line never conflicts with another line of the same alias (no E425).
  CHECK(error_of("# ergraph gazetteer v1\nFoo\tFoo\tGPE\nFoo\tBar\tORG\t\tambiguous\n", where) == "none");
}

TEST_CASE("entities: the generated gazetteer keeps the canonical names and leaves codes out", "[gazetteer]") {
  const Gazetteer& g = shipped();
  // Canonical news names of ISO 3166-1 entries whose ISO name differs.
  for (const auto& [alias, canonical] : std::vector<std::pair<std::string, std::string>>{
           {"Russian Federation", "Russia"},
           {"Korea, Republic of", ""},  // an ISO name with a comma is never an alias
           {"Democratic People 's Republic of Korea", "North Korea"},  // as tokens
           {"Islamic Republic of Iran", "Iran"},
           {"Syrian Arab Republic", "Syria"},
           {"Viet Nam", "Vietnam"},
           {"Türkiye", "Turkey"},
           {"Czechia", "Czech Republic"},
           {"Lao People 's Democratic Republic", "Laos"},
           {"Federal Republic of Germany", "Germany"},
           {"Moscow", "Russia"},
           {"Washington", "United States"}}) {
    INFO(alias);
    const GazetteerEntry* e = g.find(alias);
    if (canonical.empty()) {
      CHECK(e == nullptr);
      continue;
    }
    REQUIRE(e);
    CHECK(e->canonical == canonical);
    CHECK(e->type == EntityType::Gpe);
  }
  CHECK(g.find("Moscow")->metonym);
  CHECK(g.find("Kremlin")->metonym);
  CHECK(g.find("Zhongnanhai")->canonical == "China");
  // Alpha-2/alpha-3 codes are not aliases; "US" and "USA" are ours on purpose.
  for (const char* code : {"IN", "IT", "CAN", "DEU", "RUS", "CHN", "FR", "DE", "RU", "CN", "GBR", "NL"}) {
    INFO(code);
    CHECK(g.find(code) == nullptr);
  }
  // Subdivisions: new states and provinces; collisions recorded, not matched.
  REQUIRE(g.find("Ontario"));
  CHECK(g.find("Ontario")->type == EntityType::Gpe);
  REQUIRE(g.find("Texas"));
  CHECK(g.find("Georgia")->canonical == "Georgia");
  CHECK(canonicals(g.ambiguous("Georgia")) == std::vector<std::string>{"Georgia (US-GA)"});
  CHECK(canonicals(g.ambiguous("Washington")) == std::vector<std::string>{"Washington (US-WA)"});
  // Common words are never matched ("Western officials"), first names stay first names.
  for (const char* word : {"Western", "Central", "North", "Southern", "Unity", "Victoria", "Hamilton"}) {
    INFO(word);
    CHECK(g.find(word) == nullptr);
    CHECK_FALSE(g.ambiguous(word).empty());
  }
  CHECK(g.ambiguous_count() > 50);
  CHECK(g.demonym("Ghanaian"));
  CHECK(g.demonym("Ghanaian")->canonical == "Ghana");
  CHECK(g.demonym("Welsh") == nullptr);  // the source's Wallis and Futuna entry is a data error
}

TEST_CASE("entities: PLACE names and match_kinds are recognizer features, never mentions", "[gazetteer]") {
  const Gazetteer g = parse(
      "# ergraph gazetteer v1\n"
      "Kerala\tKerala (IN-KL)\tGPE\n"
      "Georgia\tGeorgia (US-GA)\tGPE\t\tambiguous\n"
      "Palo Alto\tPalo Alto\tPLACE\n"
      "Miramar\tMiramar\tPLACE\n"
      "Lisa\tLisa\tFIRSTNAME\n"
      "Chinese\tChina\tDEMONYM\n");
  CHECK(g.place_count() == 2);
  CHECK(g.find("Miramar") == nullptr);  // a PLACE is never an alias
  const GazetteerEntry* e = nullptr;
  const std::vector<std::string_view> forms = {"lisa", "flew", "from", "Palo", "Alto", "to", "kerala", "and", "GEORGIA"};
  CHECK(g.match(forms, 3, forms.size(), e) == 0);
  std::uint32_t kinds = 0;
  CHECK(g.match_kinds(forms, 0, forms.size(), kinds) == 1);
  CHECK(kinds == Gazetteer::kKindFirstName);
  CHECK(g.match_kinds(forms, 1, forms.size(), kinds) == 0);
  CHECK(kinds == 0);
  CHECK(g.match_kinds(forms, 3, forms.size(), kinds) == 2);  // the longest match, whatever the case
  CHECK(kinds == Gazetteer::kKindPlace);
  CHECK(g.match_kinds(forms, 3, 4, kinds) == 0);  // not past `end`
  CHECK(g.match_kinds(forms, 6, forms.size(), kinds) == 1);
  CHECK(kinds == Gazetteer::kKindGpe);
  CHECK(g.match_kinds(forms, 8, forms.size(), kinds) == 1);
  CHECK(kinds == (Gazetteer::kKindGpe | Gazetteer::kKindAmbiguous));
  const std::vector<std::string_view> palo = {"Palo", "Verde"};
  CHECK(g.match_kinds(palo, 0, palo.size(), kinds) == 0);  // the start of an alias is no match
  CHECK(kinds == 0);
  // The longest alias wins, and a longer alias that only starts here does not hide a shorter one.
  const Gazetteer ny = parse(
      "# ergraph gazetteer v1\n"
      "New York\tNew York (US-NY)\tGPE\n"
      "New York Times Company\tThe New York Times Company\tORG\n");
  const std::vector<std::string_view> times = {"New", "York", "Times", "reported"};
  CHECK(ny.match_kinds(times, 0, times.size(), kinds) == 2);
  CHECK(kinds == Gazetteer::kKindGpe);
  const std::vector<std::string_view> company = {"new", "york", "times", "company", "shares"};
  CHECK(ny.match_kinds(company, 0, company.size(), kinds) == 4);
  CHECK(kinds == Gazetteer::kKindOrg);
  std::string loc;
  CHECK(error_of("# ergraph gazetteer v1\nRome\tRome\tPLACE\t\tambiguous\n", loc) == "E424");
}

TEST_CASE("entities: the shipped gazetteer has its GeoNames places", "[gazetteer]") {
  const Gazetteer& g = shipped();
  CHECK(g.place_count() > 20000);
  std::uint32_t kinds = 0;
  const std::vector<std::string_view> forms = {"Mountain", "View"};
  CHECK(g.match_kinds(forms, 0, forms.size(), kinds) == 2);
  CHECK((kinds & Gazetteer::kKindPlace) != 0);
  CHECK(g.find("Mountain View") == nullptr);
}

TEST_CASE("entities: match finds the longest alias, past lengths that are no alias", "[gazetteer]") {
  const Gazetteer g = parse(
      "# ergraph gazetteer v1\n"
      "New York\tNew York City\tGPE\n"
      "New York Times\tThe New York Times\tORG\n"
      "Bank of New York Mellon\tBNY Mellon\tORG\n"
      "Cold War\tCold War\tMISC\n"
      "People's Republic of China\tChina\tGPE\n"
      "Alto\tAlto\tORG\n");
  const auto match = [&](std::vector<std::string_view> forms, std::size_t i, std::size_t end, std::string& canonical) {
    const GazetteerEntry* e = nullptr;
    const std::size_t n = g.match(forms, i, end, e);
    canonical = e ? e->canonical : "";
    return n;
  };
  std::string c;
  CHECK(match({"New", "York", "Times", "said"}, 0, 4, c) == 3);
  CHECK(c == "The New York Times");
  CHECK(match({"New", "York", "Knicks"}, 0, 3, c) == 2);  // "New York Knicks" starts no alias
  CHECK(c == "New York City");
  CHECK(match({"New", "York", "Times"}, 0, 2, c) == 2);  // not past `end`
  CHECK(c == "New York City");
  // "Bank of New York" is no alias, only a prefix of one: the match stops at the last alias seen.
  CHECK(match({"Bank", "of", "New", "York", "said"}, 0, 5, c) == 0);
  CHECK(c.empty());
  CHECK(match({"Bank", "of", "New", "York", "Mellon"}, 0, 5, c) == 5);
  CHECK(c == "BNY Mellon");
  CHECK(match({"the", "Cold", "War-era", "treaty"}, 1, 4, c) == 2);  // the last word cut at its hyphen
  CHECK(c == "Cold War");
  CHECK(match({"Alto-Saxophone"}, 0, 1, c) == 0);  // only from the second word on
  CHECK(match({"People", "\xE2\x80\x99s", "Republic", "of", "China"}, 0, 5, c) == 5);  // the curly clitic
  CHECK(c == "China");
  CHECK(match({"new", "York"}, 0, 2, c) == 0);  // an alias starts with a capital
}
