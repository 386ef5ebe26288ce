#include <catch2/catch.hpp>

#include "export/detail/escape.h"

using namespace ergraph::exporter::detail;

TEST_CASE("export: decimals are rounded to 4 places with trailing zeros trimmed", "[export]") {
  CHECK(format_decimal(1) == "1.0");
  CHECK(format_decimal(12) == "12.0");
  CHECK(format_decimal(0.5) == "0.5");
  CHECK(format_decimal(0.123456) == "0.1235");
  CHECK(format_decimal(0.94000000000000006) == "0.94");
  CHECK(format_decimal(-0.00001) == "0.0");
  CHECK(format_decimal(std::nan("")) == "NaN");
  CHECK(format_decimal(HUGE_VAL) == "INF");
}

TEST_CASE("export: xml escaping differs for text and attributes", "[export]") {
  CHECK(xml_escape("a&b<c>d\"e") == "a&amp;b&lt;c&gt;d&quot;e");
  CHECK(xml_escape("x\ny\tz\r") == "x\ny\tz&#13;");
  CHECK(xml_escape("x\ny\tz\r", true) == "x&#10;y&#9;z&#13;");
  CHECK(xml_escape(std::string("a\0b\x1F", 4)) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  CHECK(xml_escape("\xEF\xBF\xBE|\xEF\xBF\xBF|\xEF\xBF\xBD") == "\xEF\xBF\xBD|\xEF\xBF\xBD|\xEF\xBF\xBD");
  CHECK(xml_escape("caf\xC3") == "caf\xEF\xBF\xBD");
  CHECK(xml_escape("Москва") == "Москва");
}

TEST_CASE("export: dot quoting escapes only what Graphviz reads", "[export]") {
  CHECK(dot_quote("plain") == "\"plain\"");
  CHECK(dot_quote("a \"b\"") == "\"a \\\"b\\\"\"");
  CHECK(dot_quote("\\N") == "\"\\\\N\"");
  CHECK(dot_quote("end\\") == "\"end\\\\\"");
  CHECK(dot_quote("l1\r\nl2") == "\"l1\\nl2\"");
  CHECK(dot_quote("") == "\"\"");
}

TEST_CASE("export: lists are joined in sorted order", "[export]") {
  CHECK(join({}, " | ").empty());
  CHECK(join({"b", "a"}, " | ") == "a | b");
}
