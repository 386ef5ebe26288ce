#include <catch2/catch.hpp>

#include "core/error.h"
#include "nlp/csv.h"
#include "nlp/html.h"
#include "nlp/reader.h"

#include <sstream>

#include <sys/wait.h>
#include <unistd.h>
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
  for (const auto& in : list_inputs(args, c.stats, opts))
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
  REQUIRE(c.stats.ignored.size() == 1);  // named, with the reason
  CHECK(c.stats.ignored[0].path.ends_with("image.png"));
  CHECK(c.stats.ignored[0].why.find("extension .png") != std::string::npos);
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

TEST_CASE("reader: HTML pages give the article's text, title, date and address, not the page chrome", "[reader][html]") {
  TempDir dir;
  write_file(dir.path() / "court.html",
             "<!DOCTYPE html><html><head><title>Cruz sues Lisbon | Daily</title>"
             "<link rel=\"Canonical\" href=\"https://example.org/cruz\">"
             "<script>var s = \"Apple sued Google.\";</script><style>p { color: red }</style></head><body>"
             "<nav><a href=\"/\">Home</a> Sports Business</nav>"
             "<article><header><h1>Cruz sues the city</h1><time datetime=\"2025-03-04T10:00\">4 March</time></header>"
             "<p>Maria Cruz sued the city of Lisbon on Tuesday &amp; won.</p>"
             "<p>Her lawyer said the council<br>would appeal.</p>"
             "<aside>Read more: Nestle buys a Pfizer unit</aside><footer>Copyright 2025</footer></article></body></html>");
  auto c = read_all({(dir.path() / "court.html").string()});
  REQUIRE(c.docs.size() == 1);
  const Document& d = c.docs[0];
  CHECK(d.text == "Cruz sues the city\n\nMaria Cruz sued the city of Lisbon on Tuesday & won.\n\nHer lawyer said the council\nwould appeal.\n");
  CHECK(d.metadata.at("title") == "Cruz sues Lisbon | Daily");
  CHECK(d.metadata.at("date") == "2025-03-04T10:00");
  CHECK(d.metadata.at("url") == "https://example.org/cruz");
  CHECK(d.text.find("Apple") == std::string::npos);   // script
  CHECK(d.text.find("Nestle") == std::string::npos);  // aside
  CHECK(d.text.find("Home") == std::string::npos);    // nav
  CHECK(d.text.find("</p") == std::string::npos);
}

TEST_CASE("reader: an HTML page without <article> reads <main> or <body>, one without text is skipped", "[reader][html]") {
  auto sports = read_html_article("<html><body><header>Site menu</header><main><h2>Final</h2><p>Real Madrid beat "
                                  "Barcelona 2-1.</p><ul><li>Goal: Vinicius</li></ul></main></body></html>");
  CHECK(sports.text == "Final\n\nReal Madrid beat Barcelona 2-1.\n\nGoal: Vinicius\n");
  auto science = read_html_article("<p>CERN reported a new particle.<p>The team at Geneva confirmed it.");  // unclosed p
  CHECK(science.text == "CERN reported a new particle.\n\nThe team at Geneva confirmed it.\n");
  auto latin = read_html_article("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xe9 Dupont</p></body></html>");
  CHECK(latin.text == "Caf\xc3\xa9 Dupont\n");  // the page's declared encoding, as UTF-8
  TempDir dir;
  write_file(dir.path() / "empty.html", "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>");
  write_file(dir.path() / "ok.htm", "<p>The city council of Leeds approved the budget.</p>");
  auto c = read_all({dir.path().string()});
  REQUIRE(c.docs.size() == 1);
  CHECK(c.docs[0].id == "ok.htm");
  REQUIRE(c.issues.size() == 1);
  CHECK(c.issues[0].reason == SkipReason::Empty);
  CHECK(c.issues[0].message == "no article text in the HTML page");
}

TEST_CASE("reader: CSV and TSV rows are articles when --text-column names the column", "[reader][csv]") {
  TempDir dir;
  write_file(dir.path() / "news.csv",
             "\xEF\xBB\xBFid,title,date,text\r\n"
             "r1,Court,2025-01-04,\"Maria Cruz sued the city of Lisbon, her lawyer said.\"\r\n"
             "r2,Sport,2025-01-05,\"Real Madrid signed Kylian Mbappe.\n\"\"We are happy,\"\" the club said.\"\r\n"
             "\r\n"
             "r3,Broken,2025-01-06\r\n"
             "r4,Bad,2025-01-07,\"unterminated \"quote\" here\"\r\n"
             "r5,Science,2025-01-08,NASA launched a probe.\r\n");
  write_file(dir.path() / "local.tsv", "headline\tbody\nBudget\tThe Leeds council approved the budget.\n");
  ReaderOptions opts;
  SECTION("without a text column the files are ignored, with a hint") {
    auto c = read_all({dir.path().string()}, opts);
    CHECK(c.docs.empty());
    REQUIRE(c.stats.ignored.size() == 2);
    CHECK(c.stats.ignored[0].why.find("--text-column") != std::string::npos);
  }
  SECTION("text column: one document per row, the other columns as metadata") {
    opts.text_column = "text";
    auto c = read_all({(dir.path() / "news.csv").string()}, opts);
    REQUIRE(c.docs.size() == 3);
    CHECK(c.docs[0].id == "r1");
    CHECK(c.docs[0].text == "Maria Cruz sued the city of Lisbon, her lawyer said.");
    CHECK(c.docs[0].metadata.at("date") == "2025-01-04");
    CHECK(c.docs[0].metadata.at("title") == "Court");
    CHECK(c.docs[1].text == "Real Madrid signed Kylian Mbappe.\n\"We are happy,\" the club said.");
    CHECK(c.docs[2].id == "r5");
    REQUIRE(c.issues.size() == 2);
    CHECK(c.issues[0].reason == SkipReason::MalformedCsv);
    CHECK(c.issues[0].line == 6);  // r2 spans lines 3-4, line 5 is blank
    CHECK(c.issues[0].message == "3 fields where the header has 4");
    CHECK(c.issues[1].reason == SkipReason::MalformedCsv);
    CHECK(c.issues[1].line == 7);
  }
  SECTION("TSV, a column missing, and a case-insensitive name") {
    opts.text_column = "Body";
    auto c = read_all({(dir.path() / "local.tsv").string(), (dir.path() / "news.csv").string()}, opts);
    REQUIRE(c.docs.size() == 1);
    CHECK(c.docs[0].text == "The Leeds council approved the budget.");
    CHECK(c.docs[0].id == (dir.path() / "local.tsv").string() + ":2");
    CHECK(c.docs[0].metadata.at("headline") == "Budget");
    REQUIRE(c.issues.size() == 1);
    CHECK(c.issues[0].reason == SkipReason::MissingText);
    CHECK(c.issues[0].message == "no column named \"Body\" (columns: id, title, date, text)");
  }
}

TEST_CASE("reader: CSV records cost one record of memory and survive a quote left open", "[reader][csv]") {
  std::istringstream in("a,b\n1,\"open quote\n2,3\n");
  DelimitedReader r(in, ',');
  std::vector<std::string> f;
  std::string error;
  CHECK(r.next(f, error) == DelimitedReader::Status::Record);
  CHECK(f == std::vector<std::string>{"a", "b"});
  CHECK(r.next(f, error) == DelimitedReader::Status::Error);
  CHECK(error == "a quoted field is not closed before the end of the file");
  CHECK(r.next(f, error) == DelimitedReader::Status::End);
}

TEST_CASE("reader: text in another encoding gets a hint, or is converted with --encoding", "[reader][encoding]") {
  TempDir dir;
  write_file(dir.path() / "latin1.txt", "Caf\xe9 owner Jean Dupont sued the city of Lyon.");
  write_file(dir.path() / "utf8.txt", "Ana Lima visited S\xc3\xa3o Paulo.");
  write_file(dir.path() / "lines.jsonl", "{\"id\": \"j1\", \"text\": \"M\xfcller joined Bayern.\"}\n");
  auto plain = read_all({dir.path().string()});
  REQUIRE(plain.docs.size() == 1);
  REQUIRE(plain.issues.size() == 2);
  CHECK(plain.issues[0].reason == SkipReason::InvalidUtf8);
  CHECK(plain.issues[0].message.find("--encoding") != std::string::npos);
  ReaderOptions opts;
  opts.encoding = "latin1";
  auto converted = read_all({dir.path().string()}, opts);
  REQUIRE(converted.docs.size() == 3);
  CHECK(converted.docs[0].text == "Caf\xc3\xa9 owner Jean Dupont sued the city of Lyon.");
  CHECK(converted.docs[1].text == "M\xc3\xbcller joined Bayern.");
  CHECK(converted.docs[2].text == "Ana Lima visited S\xc3\xa3o Paulo.");  // UTF-8 untouched
  std::string out, error;
  CHECK_FALSE(convert_to_utf8("x", "no-such-encoding", out, error));
  CHECK(error.find("unknown encoding") != std::string::npos);
  CHECK_FALSE(convert_to_utf8("\x93\xfa\x96", "shift_jis", out, error));  // a pair cut in half
  CHECK(convert_to_utf8("\x93\xfa\x96\x7b", "shift_jis", out, error));
  CHECK(out == "\xe6\x97\xa5\xe6\x9c\xac");  // 日本
}

TEST_CASE("reader: the build's output folder and other builds' outputs are never read", "[reader]") {
  TempDir dir;
  write_file(dir.path() / "a.txt", "The Leeds council approved the budget.");
  write_file(dir.path() / "out" / "triples.jsonl", "{\"text\": \"Apple sued Samsung.\"}\n");
  write_file(dir.path() / "old" / "MANIFEST.json", "{\"format\": \"ergraph-manifest-1\"}\n");
  write_file(dir.path() / "old" / "entities.jsonl", "{\"text\": \"Apple sued Samsung.\"}\n");
  write_file(dir.path() / "notes" / "MANIFEST.json", "{\"something\": \"else\"}\n");
  write_file(dir.path() / "notes" / "b.txt", "NASA launched a probe.");
  ReaderOptions opts;
  opts.exclude = {(dir.path() / "out").string()};
  auto c = read_all({dir.path().string()}, opts);
  REQUIRE(c.docs.size() == 2);
  CHECK(c.docs[0].id == "a.txt");
  CHECK(c.docs[1].id == "notes/b.txt");
  REQUIRE(c.stats.ignored.size() == 3);  // sorted: notes/MANIFEST.json, old/ (a build's output), out/ (this build's)
  CHECK(c.stats.ignored[0].path.ends_with("MANIFEST.json"));
  CHECK(c.stats.ignored[1].path.ends_with("old"));
  CHECK(c.stats.ignored[1].why.find("another ergraph build") != std::string::npos);
  CHECK(c.stats.ignored[2].path.ends_with("out"));
  CHECK(c.stats.ignored[2].why.find("the output folder of this build") != std::string::npos);
}

TEST_CASE("reader: a huge text is cut into parts at paragraph, line, sentence or word ends", "[reader][parts]") {
  const std::string para = "Maria Cruz sued the Lisbon Council.\n\n";  // 37 bytes
  std::string text;
  for (int i = 0; i < 10; ++i) text += para;
  CHECK(part_starts(text, 1000) == std::vector<std::size_t>{0});  // small: one part
  const auto starts = part_starts(text, 100);
  REQUIRE(starts.size() >= 4);
  for (std::size_t k = 1; k < starts.size(); ++k) {
    CHECK(starts[k] - starts[k - 1] <= 100);
    CHECK(starts[k] % para.size() == 0);  // after a blank line
  }
  // Without line breaks: after a sentence end, else after a space, never inside a character.
  const std::string sentences = "NASA launched a probe. The probe reached Mars. Scientists cheered loudly. ";
  for (std::size_t k : part_starts(sentences, 40)) CHECK((k == 0 || sentences.substr(k - 2, 2) == ". "));
  const std::string words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda";
  for (std::size_t k : part_starts(words, 20)) CHECK((k == 0 || words[k - 1] == ' '));
  std::string cjk(60, 'x');
  cjk.append("\xe6\x97\xa5\xe6\x9c\xac\xe6\x97\xa5\xe6\x9c\xac");
  cjk.append(60, 'y');
  for (std::size_t k : part_starts(cjk, 32)) CHECK((static_cast<unsigned char>(cjk[k]) & 0xC0) != 0x80);
}

TEST_CASE("reader: an unreadable sub-folder is named with the reason, not skipped silently", "[reader]") {
  TempDir dir;
  write_file(dir.path() / "a.txt", "The Leeds council approved the budget.");
  write_file(dir.path() / "locked" / "b.txt", "NASA launched a probe.");
  std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
                                               std::filesystem::perms::group_exec | std::filesystem::perms::others_read |
                                               std::filesystem::perms::others_exec);
  std::filesystem::permissions(dir.path() / "locked", std::filesystem::perms::none);
  // Root reads every folder: the check runs in a child that gives up root (uid/gid 65534, nobody).
  auto check = [&]() -> bool {
    ReadStats stats;
    const auto inputs = list_inputs({dir.path().string()}, stats);
    return inputs.size() == 1 && stats.ignored.size() == 1 && stats.ignored[0].path.ends_with("locked") &&
           stats.ignored[0].why.find("permission denied") != std::string::npos;
  };
  bool ok = false;
  if (::geteuid() != 0) {
    ok = check();
  } else {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
      ::_exit(check() ? 0 : 1);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  }
  std::filesystem::permissions(dir.path() / "locked", std::filesystem::perms::owner_all);
  CHECK(ok);
}
