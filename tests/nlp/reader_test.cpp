#include <catch2/catch.hpp>

#include "core/error.h"
#include "nlp/reader.h"
#include "support/test_support.h"

using namespace ergraph;
using namespace ergraph::nlp;
using ergraph::test::TempDir;
using ergraph::test::write_file;

namespace {

struct Collected {
  std::vector<Document> docs;
  std::vector<InputIssue> issues;
  ReadStats stats;
};

Collected read_all(const std::vector<std::string>& args, ReaderOptions opts = {}) {
  Collected c;
  for (const auto& in : list_inputs(args, c.stats))
    read_input(in, opts, [&](Document&& d) { c.docs.push_back(std::move(d)); },
               [&](const InputIssue& i) { c.issues.push_back(i); }, c.stats);
  return c;
}

}  // namespace

TEST_CASE("reader: folders are read recursively in sorted order with relative ids", "[reader]") {
  TempDir dir;
  write_file(dir.path() / "b.txt", "Second article.");
  write_file(dir.path() / "a.md", "# Title\n\nFirst **article**.");
  write_file(dir.path() / "sub" / "c.txt", "Third article.");
  write_file(dir.path() / "image.png", "not text");
  write_file(dir.path() / ".hidden.txt", "hidden");
  auto c = read_all({dir.path().string()});
  REQUIRE(c.docs.size() == 3);
  CHECK(c.docs[0].id == "a.md");
  CHECK(c.docs[1].id == "b.txt");
  CHECK(c.docs[2].id == "sub/c.txt");
  CHECK(c.stats.ignored_files == 1);
  CHECK(c.issues.empty());
}

TEST_CASE("reader: Markdown markup is blanked and byte offsets are kept", "[reader]") {
  std::string md = "# Kremlin says\n\n**Moscow** said [the White House](https://x.org/a) agreed.\n- item one\n";
  const auto size = md.size();
  blank_markdown(md);
  CHECK(md.size() == size);
  CHECK(md.find('#') == std::string::npos);
  CHECK(md.find("**") == std::string::npos);
  CHECK(md.find("https") == std::string::npos);
  CHECK(md.find("Moscow") == 18);
  CHECK(md.find("the White House") != std::string::npos);
  CHECK(md.find("  item one") != std::string::npos);
}

TEST_CASE("reader: a missing path is an IoError before anything is read", "[reader]") {
  ReadStats stats;
  CHECK_THROWS_AS(list_inputs({"/nonexistent/ergraph/file.txt"}, stats), IoError);
}

TEST_CASE("reader: bad files are reported with path, offset and reason, and the others go through", "[reader]") {
  TempDir dir;
  write_file(dir.path() / "1_good.txt", "Putin met Xi.");
  write_file(dir.path() / "2_latin1.txt", std::string("Caf\xE9 Moscow"));
  write_file(dir.path() / "3_binary.txt", std::string("ab\0cd", 5));
  write_file(dir.path() / "4_empty.txt", "");
  write_file(dir.path() / "5_blank.txt", " \n\t\n");
  write_file(dir.path() / "6_good.txt", "Xi met Putin.");
  write_file(dir.path() / "7_overlong.txt", std::string("x\xC0\xAF"));
  auto c = read_all({dir.path().string()});
  REQUIRE(c.docs.size() == 2);
  CHECK(c.docs[0].id == "1_good.txt");
  CHECK(c.docs[1].id == "6_good.txt");
  REQUIRE(c.issues.size() == 5);
  CHECK(c.issues[0].reason == SkipReason::InvalidUtf8);
  CHECK(c.issues[0].offset == 3);
  CHECK(c.issues[0].describe().find("2_latin1.txt (byte 3): invalid-utf8") != std::string::npos);
  CHECK(c.issues[1].reason == SkipReason::Binary);
  CHECK(c.issues[1].offset == 2);
  CHECK(c.issues[2].reason == SkipReason::Empty);
  CHECK(c.issues[3].reason == SkipReason::Empty);
  CHECK(c.issues[4].reason == SkipReason::InvalidUtf8);
  CHECK(c.stats.skipped.at("empty") == 2);
  CHECK(c.stats.skipped.at("invalid-utf8") == 2);
  CHECK(c.stats.skipped.at("binary") == 1);
}

TEST_CASE("reader: JSONL keeps fields as metadata and reports bad lines by line number", "[reader]") {
  TempDir dir;
  write_file(dir.path() / "feed.jsonl",
             "{\"id\": \"a1\", \"title\": \"T\", \"date\": \"2025-01-01\", \"url\": \"u\", \"text\": \"Putin met Xi.\", \"tags\": [\"x\"]}\n"
             "\n"
             "{\"id\": \"a2\", \"text\": \"broken\"\n"
             "{\"id\": 7, \"text\": \"Numeric id.\"}\n"
             "{\"id\": \"a4\", \"body\": \"no text field\"}\n"
             "[1, 2]\n"
             "{\"text\": \"No id here.\"}\n"
             "{\"id\": \"a8\", \"text\": \"\"}\n"
             "{\"id\": \"a9\", \"text\": \"bad \xFF byte\"}\n");
  auto c = read_all({(dir.path() / "feed.jsonl").string()});
  REQUIRE(c.docs.size() == 3);
  CHECK(c.docs[0].id == "a1");
  CHECK(c.docs[0].text == "Putin met Xi.");
  CHECK(c.docs[0].metadata.at("title") == "T");
  CHECK(c.docs[0].metadata.at("date") == "2025-01-01");
  CHECK(c.docs[0].metadata.at("tags") == "[\"x\"]");
  CHECK(c.docs[1].id == "7");
  CHECK(c.docs[2].id.size() > 8);
  CHECK(c.docs[2].id.substr(c.docs[2].id.size() - 2) == ":7");
  REQUIRE(c.issues.size() == 5);
  CHECK(c.issues[0].line == 3);
  CHECK(c.issues[0].reason == SkipReason::MalformedJson);
  CHECK(c.issues[1].line == 5);
  CHECK(c.issues[1].reason == SkipReason::MissingText);
  CHECK(c.issues[2].line == 6);
  CHECK(c.issues[2].reason == SkipReason::MalformedJson);
  CHECK(c.issues[3].line == 8);
  CHECK(c.issues[3].reason == SkipReason::Empty);
  CHECK(c.issues[4].line == 9);
  CHECK(c.issues[4].reason == SkipReason::InvalidUtf8);
  CHECK(c.issues[4].describe().find("feed.jsonl:9: invalid-utf8") != std::string::npos);
}

TEST_CASE("reader: a UTF-8 byte order mark is blanked, not rejected", "[reader]") {
  TempDir dir;
  write_file(dir.path() / "bom.txt", "\xEF\xBB\xBFPutin met Xi.");
  auto c = read_all({(dir.path() / "bom.txt").string()});
  REQUIRE(c.docs.size() == 1);
  CHECK(c.docs[0].text == "   Putin met Xi.");
  CHECK(c.docs[0].id == (dir.path() / "bom.txt").string());
}

TEST_CASE("reader: deeply nested JSON lines are skipped without a crash, the others go through", "[reader]") {
  TempDir dir;
  const std::string deep_array = std::string(100000, '[') + std::string(100000, ']');
  std::string deep_object;
  for (int i = 0; i < 100000; ++i) deep_object += "{\"a\":";
  deep_object += '1';
  deep_object.append(100000, '}');
  std::string feed = "{\"id\": \"d1\", \"text\": \"x\", \"m\": ";
  feed += deep_array;
  feed += "}\n{\"id\": \"d2\", \"text\": \"x\", \"m\": ";
  feed += deep_object;
  feed += "}\n";
  feed.append(100000, '[');
  feed += "\n{\"id\": \"ok\", \"text\": \"The Lisbon Council approved the budget.\", \"m\": [[[1]]]}\n";
  write_file(dir.path() / "deep.jsonl", feed);
  auto c = read_all({(dir.path() / "deep.jsonl").string()});
  REQUIRE(c.docs.size() == 1);
  CHECK(c.docs[0].id == "ok");
  CHECK(c.docs[0].metadata.at("m") == "[[[1]]]");
  REQUIRE(c.issues.size() == 3);
  for (const auto& i : c.issues) CHECK(i.reason == SkipReason::MalformedJson);
  CHECK(c.issues[0].message.find("nested deeper than 64") != std::string::npos);
  CHECK(c.issues[2].line == 3);
}

TEST_CASE("reader: a FIFO given as an argument is refused before anything is read", "[reader]") {
  TempDir dir;
  const auto fifo = dir.path() / "pipe";
  REQUIRE(test::run("mkfifo " + test::quoted(fifo)) == 0);
  ReadStats stats;
  std::string where;
  CHECK(test::error_code_of([&] { list_inputs({fifo.string()}, stats); }, where) == "E112");
  CHECK(where == fifo.string());
}

TEST_CASE("reader: JSON escapes are checked after decoding: NUL in any field, lone surrogates", "[reader]") {
  TempDir dir;
  write_file(dir.path() / "esc.jsonl",
             "{\"id\": \"a\\u0000b\", \"text\": \"Maria Cruz sued the Lisbon Council.\"}\n"
             "{\"id\": \"s1\", \"text\": \"bad \\ud800 surrogate\"}\n"
             "{\"id\": \"s2\", \"text\": \"Ana met Pedro \\u0000 here\"}\n"
             "{\"id\": \"t\", \"title\": \"x\\u0000y\", \"text\": \"Ana Lima visited Porto.\"}\n"
             "{\"id\": \"ok\", \"text\": \"Ana Lima visited Porto \\u00e9.\"}\n");
  auto c = read_all({(dir.path() / "esc.jsonl").string()});
  REQUIRE(c.docs.size() == 1);
  CHECK(c.docs[0].id == "ok");
  CHECK(c.docs[0].text == "Ana Lima visited Porto \xC3\xA9.");
  REQUIRE(c.issues.size() == 4);
  CHECK(c.issues[0].reason == SkipReason::Binary);
  CHECK(c.issues[0].message == "\"id\" contains a NUL character");
  CHECK(c.issues[1].reason == SkipReason::MalformedJson);
  CHECK(c.issues[2].reason == SkipReason::Binary);
  CHECK(c.issues[3].message == "\"title\" contains a NUL character");
}

TEST_CASE("reader: a symbolic link out of a folder argument is reported and not read", "[reader]") {
  TempDir dir, outside;
  write_file(outside.path() / "secret.txt", "Secret Corp paid Hidden Ltd.");
  write_file(dir.path() / "news" / "a.txt", "Maria Cruz sued the Lisbon Council.");
  write_file(dir.path() / "news" / "sub" / "b.txt", "Ana Lima visited Porto.");
  std::filesystem::create_symlink(outside.path() / "secret.txt", dir.path() / "news" / "leak.txt");
  std::filesystem::create_symlink(dir.path() / "news" / "sub" / "b.txt", dir.path() / "news" / "inside.txt");
  auto c = read_all({(dir.path() / "news").string()});
  REQUIRE(c.docs.size() == 3);  // a.txt, inside.txt (a link within the folder), sub/b.txt
  for (const auto& d : c.docs) CHECK(d.text.find("Secret") == std::string::npos);
  REQUIRE(c.issues.size() == 1);
  CHECK(c.issues[0].reason == SkipReason::OutsideFolder);
  CHECK(c.issues[0].path.find("leak.txt") != std::string::npos);
  CHECK(c.issues[0].message.find("outside the folder") != std::string::npos);
  CHECK(c.stats.skipped.at("outside-folder") == 1);
  // A file named on the command line is the user's choice: read wherever it points.
  auto direct = read_all({(dir.path() / "news" / "leak.txt").string()});
  CHECK(direct.docs.size() == 1);
}
