#include <map>
#include <sstream>
#include <vector>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include "export/jsonl.h"
#include "fixtures.h"

using namespace ergraph;

namespace {

std::string jsonl_of(const std::vector<core::Triple>& triples) {
  std::ostringstream out;
  exporter::write_triples_jsonl(triples, out);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> member_names(const rapidjson::Value& v) {
  std::vector<std::string> out;
  for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) out.emplace_back(it->name.GetString());
  return out;
}

}  // namespace

TEST_CASE("export: jsonl writes one object per triple with keys in a fixed order", "[export][jsonl]") {
  const auto triples = test::sample_triples();
  const std::string text = jsonl_of(triples);
  const auto lines = lines_of(text);
  REQUIRE(lines.size() == triples.size());
  CHECK(text.back() == '\n');
  for (std::size_t i = 0; i < lines.size(); ++i) {
    rapidjson::Document d;
    d.Parse(lines[i].c_str());
    REQUIRE_FALSE(d.HasParseError());
    CHECK(member_names(d) == std::vector<std::string>{"subject", "relation", "relation_text", "object", "confidence",
                                                      "doc_id", "date", "title", "url", "sentence", "begin", "end", "evidence", "factuality", "source", "polarity",
                                                      "modality", "hedge", "attribution", "spans"});
    CHECK(member_names(d["spans"]) == std::vector<std::string>{"subject", "relation", "object"});
    CHECK(member_names(d["subject"]) == std::vector<std::string>{"name", "type", "mention"});
    CHECK(member_names(d["object"]) == std::vector<std::string>{"name", "type", "mention"});
    CHECK(d["subject"]["name"].GetString() == triples[i].subject.name);
    CHECK(d["relation"].GetString() == triples[i].relation);
    CHECK(d["confidence"].GetDouble() == triples[i].confidence);
    CHECK(d["begin"].GetUint() == triples[i].evidence.begin);
    CHECK(d["evidence"].GetString() == triples[i].evidence.sentence_text);
    CHECK(d["polarity"].GetString() == std::string(core::to_string(triples[i].polarity)));
    CHECK(d["modality"].GetString() == std::string(core::to_string(triples[i].modality)));
    CHECK(d["hedge"].GetString() == triples[i].hedge);
    CHECK(d["attribution"].GetString() == triples[i].attribution);
    CHECK(d["factuality"].GetString() == std::string(core::to_string(triples[i].factuality)));
    REQUIRE(d["source"].IsArray());
    REQUIRE(d["source"].Size() == triples[i].source_chain.size());
    for (rapidjson::SizeType k = 0; k < d["source"].Size(); ++k)
      CHECK(d["source"][k].GetString() == triples[i].source_chain[k]);
    CHECK(d["spans"]["relation"][0].GetUint() == triples[i].relation_span.begin);
    CHECK(d["spans"]["relation"][1].GetUint() == triples[i].relation_span.end);
  }
}

TEST_CASE("export: jsonl spans are byte offsets of the mentions in the document", "[export][jsonl]") {
  // The sample's documents are their sentences joined by one space: rebuild them from the lines.
  const auto triples = test::sample_triples();
  std::map<std::string, std::string> docs;
  for (const auto& t : triples) {
    std::string& text = docs[t.evidence.doc_id];
    if (!text.empty()) text += ' ';
    text += t.evidence.sentence_text;
  }
  const auto lines = lines_of(jsonl_of(triples));
  REQUIRE(lines.size() == triples.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    rapidjson::Document d;
    d.Parse(lines[i].c_str());
    REQUIRE_FALSE(d.HasParseError());
    const std::string& text = docs[d["doc_id"].GetString()];
    auto cut = [&](const char* which) {
      const auto& s = d["spans"][which];
      return text.substr(s[0].GetUint(), s[1].GetUint() - s[0].GetUint());
    };
    CHECK(cut("subject") == triples[i].subject.mention);
    CHECK(cut("relation") == triples[i].relation_text);
    CHECK(cut("object") == triples[i].object.mention);
  }
}

TEST_CASE("export: jsonl writes factuality, source chain, polarity, modality, hedge and attribution", "[export][jsonl]") {
  auto t = test::make_triple("China", core::EntityType::Gpe, "China", "take-side-with", "may not take sides with",
                             "Russia", core::EntityType::Gpe, "d", 0, 0, 37, "China may not take sides with Russia.",
                             0.5);
  t.factuality = core::Factuality::PossibleNeg;
  t.source_chain = {"TASS", "Kremlin"};
  t.polarity = core::Polarity::Negative;
  t.modality = core::Modality::Hedged;
  t.hedge = "may";
  t.attribution = "Kremlin";
  const std::string line = jsonl_of({t});
  CHECK(line.find(",\"evidence\":\"China may not take sides with Russia.\",\"factuality\":\"PS-\","
                  "\"source\":[\"TASS\",\"Kremlin\"],\"polarity\":\"negative\","
                  "\"modality\":\"hedged\",\"hedge\":\"may\",\"attribution\":\"Kremlin\"}\n") != std::string::npos);
}

TEST_CASE("export: jsonl leaves out spans when none is known and writes null for one unknown", "[export][jsonl]") {
  auto t = test::make_triple("A", core::EntityType::Org, "A", "own", "owns", "B", core::EntityType::Org, "d", 0, 0,
                             8, "A owns B.", 0.5);
  const std::string none = jsonl_of({t});
  CHECK(none.find("spans") == std::string::npos);
  CHECK(none.find("\"polarity\":\"positive\",\"modality\":\"asserted\",\"hedge\":\"\",\"attribution\":\"\"}") !=
        std::string::npos);
  t.subject_span = {0, 1};
  t.object_span = {7, 8};
  CHECK(jsonl_of({t}).find("\"spans\":{\"subject\":[0,1],\"relation\":null,\"object\":[7,8]}}") !=
        std::string::npos);
}

TEST_CASE("export: jsonl keeps one line per triple and valid UTF-8 for awkward text", "[export][jsonl]") {
  auto t = test::make_triple("Zürich \"AG\"", core::EntityType::Org, "Zürich\nAG", "own", "owns\tall",
                             "bad\xFF\xFEutf8", core::EntityType::Misc, "d\\1", 3, 10, 20,
                             "Line one\nLine two\r\n\x01 end", 1.0);
  const std::string text = jsonl_of({t, t});
  const auto lines = lines_of(text);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == lines[1]);
  CHECK(lines[0].find("\"mention\":\"Zürich\\nAG\"") != std::string::npos);
  CHECK(lines[0].find("\"evidence\":\"Line one\\nLine two\\r\\n\\u0001 end\"") != std::string::npos);
  CHECK(lines[0].find("\"confidence\":1.0,") != std::string::npos);
  rapidjson::Document d;
  d.Parse(lines[0].c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(std::string(d["object"]["name"].GetString()) == "bad\xEF\xBF\xBD\xEF\xBF\xBDutf8");
  CHECK(std::string(d["doc_id"].GetString()) == "d\\1");
}

TEST_CASE("export: jsonl of no triples is empty and non-finite confidence is null", "[export][jsonl]") {
  CHECK(jsonl_of({}).empty());
  auto t = test::make_triple("A", core::EntityType::Org, "A", "own", "owns", "B", core::EntityType::Org, "d", 0, 0,
                             1, "A owns B.", std::nan(""));
  CHECK(jsonl_of({t}).find("\"confidence\":null,") != std::string::npos);
}
