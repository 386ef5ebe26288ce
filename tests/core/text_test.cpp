#include <catch2/catch.hpp>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/text.h"
#include "core/triple.h"
#include "support/test_support.h"

using namespace ergraph;
using namespace ergraph::core;

TEST_CASE("text: UTF-8 validation finds the first bad byte", "[core]") {
  CHECK(find_invalid_utf8("Russia\xE2\x80\x99s") == std::string_view::npos);
  CHECK(find_invalid_utf8("ab\xFF") == 2);
  CHECK(find_invalid_utf8("\xC0\xAF") == 0);           // overlong '/'
  CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);      // surrogate
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);   // above U+10FFFF
  CHECK(find_invalid_utf8("ok\xE2\x80") == 2);         // truncated
}

TEST_CASE("text: decode and encode round trip", "[core]") {
  std::string s;
  for (char32_t cp : {U'a', U'\u00e9', U'\u2019', U'\U0001F600'}) append_utf8(s, cp);
  std::size_t i = 0, len = 0;
  std::vector<char32_t> back;
  while (i < s.size()) {
    back.push_back(decode_utf8(s, i, len));
    i += len;
  }
  CHECK(back == std::vector<char32_t>{U'a', U'\u00e9', U'\u2019', U'\U0001F600'});
}

TEST_CASE("text: stable hash and helpers", "[core]") {
  CHECK(fnv1a64("") == 14695981039346656037ull);
  CHECK(hex64(fnv1a64("a")) == "af63dc4c8601ec8c");
  // The word-wise checksum of graph snapshots (version 2): values computed independently (Python),
  // a trailing zero byte changes it (the length is hashed), so does any one flipped bit.
  CHECK(hex64(fnv1a64_words("")) == "af63bd4c8601b7df");
  CHECK(hex64(fnv1a64_words("a")) == "089be307b544f397");
  CHECK(hex64(fnv1a64_words(std::string_view("a\0", 2))) == "089be407b544f54a");
  CHECK(hex64(fnv1a64_words("ERGSNAP graph payload")) == "ba22ee63e0daaef3");
  std::string flipped = "ERGSNAP graph payload";
  flipped[9] ^= 0x01;
  CHECK(fnv1a64_words(flipped) != fnv1a64_words("ERGSNAP graph payload"));
  CHECK(ascii_lower("Xi JINPING") == "xi jinping");
  CHECK(squeeze_spaces("  President \n Putin  ") == "President Putin");
}

TEST_CASE("entity types: names round trip", "[core]") {
  for (auto t : {EntityType::Person, EntityType::Org, EntityType::Gpe, EntityType::Loc, EntityType::Misc}) {
    EntityType back;
    REQUIRE(parse_entity_type(to_string(t), back));
    CHECK(back == t);
  }
  EntityType unused;
  CHECK_FALSE(parse_entity_type("COUNTRY", unused));
}

TEST_CASE("atomic file: content appears whole, failures leave the old file", "[core]") {
  ergraph::test::TempDir dir;
  const auto path = dir.path() / "graph.graphml";
  write_file_atomically(path, "first");
  CHECK(ergraph::test::read_file(path) == "first");
  CHECK_THROWS(write_file_atomically(path, [](std::ostream& out) {
    out << "partial";
    throw std::runtime_error("writer failed");
  }));
  CHECK(ergraph::test::read_file(path) == "first");
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
  CHECK(files == 1);  // no temporary file left behind
  CHECK_THROWS_AS(write_file_atomically(dir.path() / "missing" / "x.txt", "x"), IoError);
}

TEST_CASE("text: split_tabs keeps empty fields and the last one", "[core]") {
  using V = std::vector<std::string_view>;
  CHECK(ergraph::core::split_tabs("a\tb\tc") == V{"a", "b", "c"});
  CHECK(ergraph::core::split_tabs("a\t\tb\t") == V{"a", "", "b", ""});
  CHECK(ergraph::core::split_tabs("") == V{""});
}
