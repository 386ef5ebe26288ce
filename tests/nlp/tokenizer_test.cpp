// Tests for extract/tokenizer.h: token boundaries (UD English conventions), sentence
// boundaries, the seed article, properties over random text, and (hidden, [.ewt]) a speed and
// agreement measurement on UD English EWT.
#include "nlp/tokenizer.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/detail/tokenizer_rules.h"
#include "nlp/evaluate.h"
#include "support/test_support.h"

using ergraph::nlp::Document;
using ergraph::nlp::Tokenizer;
using Strings = std::vector<std::string>;

namespace {

Document run(std::string text) {
  Document doc;
  doc.text = std::move(text);
  Tokenizer{}.tokenize(doc);
  return doc;
}

Strings toks(std::string text) {
  const Document doc = run(std::move(text));
  Strings out;
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.form(i));
  return out;
}

Strings sents(std::string text) {
  const Document doc = run(std::move(text));
  Strings out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.sentence_text(s));
  return out;
}

bool contains(const Strings& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("tokenize: words, commas and the final period", "[tokenize]") {
  CHECK(toks("Putin and Xi spoke, briefly.") == Strings{"Putin", "and", "Xi", "spoke", ",", "briefly", "."});
  CHECK(toks("  spaces\tand\nnewlines  ") == Strings{"spaces", "and", "newlines"});
  CHECK(toks("").empty());
  CHECK(run(" \n\n ").sentences.empty());
}

TEST_CASE("tokenize: abbreviations and initials stay whole", "[tokenize]") {
  CHECK(toks("Mr. Smith, Mrs. Lee and Dr. Jones met Gov. Brown and Sen. Kim.") ==
        Strings{"Mr.", "Smith", ",", "Mrs.", "Lee", "and", "Dr.", "Jones", "met", "Gov.", "Brown", "and",
                "Sen.", "Kim", "."});
  CHECK(toks("On Jan. 5 and Feb. 6 Acme Inc. and Foo Corp. vs. Bar Ltd. met at St. Paul.") ==
        Strings{"On", "Jan.", "5", "and", "Feb.", "6", "Acme", "Inc.", "and", "Foo", "Corp.", "vs.", "Bar",
                "Ltd.", "met", "at", "St.", "Paul", "."});
  CHECK(toks("J.R.R. Tolkien wrote e.g. books, i.e. novels, at 5 p.m. or 9 a.m. in the U.S.") ==
        Strings{"J.R.R.", "Tolkien", "wrote", "e.g.", "books", ",", "i.e.", "novels", ",", "at", "5", "p.m.",
                "or", "9", "a.m.", "in", "the", "U.S."});
  CHECK(toks("No. 5 but I said No.") == Strings{"No.", "5", "but", "I", "said", "No", "."});
  // An abbreviation's period, then the sentence's; two periods after a plain word stay one token.
  CHECK(toks("Baltic Data Systems sued Andes Mining S.A..") ==
        Strings{"Baltic", "Data", "Systems", "sued", "Andes", "Mining", "S.A.", "."});
  CHECK(toks("Kenya sued Sunrise Textiles Inc..") == Strings{"Kenya", "sued", "Sunrise", "Textiles", "Inc.", "."});
  // Company designators of Malaysia, Australia and Singapore keep their period inside a sentence.
  CHECK(toks("Port Moresby granted Sarawak Timber Bhd. logging rights and Coral Pty. Ltd. a lease.") ==
        Strings{"Port", "Moresby", "granted", "Sarawak", "Timber", "Bhd.", "logging", "rights", "and", "Coral", "Pty.",
                "Ltd.", "a", "lease", "."});
  CHECK(toks("Wait.. then go") == Strings{"Wait", "..", "then", "go"});
}

TEST_CASE("tokenize: abbreviations do not end sentences unless a sentence starter follows", "[tokenize]") {
  CHECK(sents("Mr. Smith met Dr. Jones on Jan. 5 at 5 p.m. today. He left.") ==
        Strings{"Mr. Smith met Dr. Jones on Jan. 5 at 5 p.m. today.", "He left."});
  CHECK(sents("The U.S. economy grew. It moved to the U.S. The move was big.") ==
        Strings{"The U.S. economy grew.", "It moved to the U.S.", "The move was big."});
  CHECK(sents("He works for Acme Inc. Smith said so.") == Strings{"He works for Acme Inc. Smith said so."});
  CHECK(sents("Apples, pears etc. Then more.") == Strings{"Apples, pears etc.", "Then more."});
  CHECK(run("J.R.R. Tolkien met Mr. Baggins.").sentences.size() == 1);
}

TEST_CASE("tokenize: quotes are tokens of their own", "[tokenize]") {
  CHECK(toks("“Hello,” she said. \"Hi,\" he said, ‘fine’ 'ok'") ==
        Strings{"“", "Hello", ",", "”", "she", "said", ".", "\"", "Hi", ",", "\"", "he", "said", ",", "‘",
                "fine", "’", "'", "ok", "'"});
}

TEST_CASE("tokenize: clitics split as in UD English EWT", "[tokenize]") {
  CHECK(toks("Russia’s Russia's") == Strings{"Russia", "’s", "Russia", "'s"});
  CHECK(toks("don't aren’t can't won't cannot Cannot") ==
        Strings{"do", "n't", "are", "n’t", "ca", "n't", "wo", "n't", "can", "not", "Can", "not"});
  CHECK(toks("I'll you're we've I'm he'd they’ll") ==
        Strings{"I", "'ll", "you", "'re", "we", "'ve", "I", "'m", "he", "'d", "they", "’ll"});
  CHECK(toks("gonna wanna gotta") == Strings{"gon", "na", "wan", "na", "got", "ta"});
  CHECK(toks("the parties’ leaders, the parties' votes") ==
        Strings{"the", "parties", "’", "leaders", ",", "the", "parties", "'", "votes"});
  CHECK(toks("O'Brien's rock'n'roll in the '90s") == Strings{"O'Brien", "'s", "rock'n'roll", "in", "the", "'90s"});
  CHECK(toks("“Russia’s”") == Strings{"“", "Russia", "’s", "”"});
}

TEST_CASE("tokenize: dashes split, hyphenated compounds stay whole", "[tokenize]") {
  CHECK(toks("war—peace – truce -- talks") == Strings{"war", "—", "peace", "–", "truce", "--", "talks"});
  CHECK(toks("dual-use China-Russia long-term Cold War-era") ==
        Strings{"dual-use", "China-Russia", "long-term", "Cold", "War-era"});
  CHECK(toks("Russia’s—and China's--ties") == Strings{"Russia", "’s", "—", "and", "China", "'s", "--", "ties"});
}

TEST_CASE("tokenize: numbers stay whole, currency and percent split", "[tokenize]") {
  CHECK(toks("1,000 3.5 $5 10% 2024-05-01 9/11 5:30 -4") ==
        Strings{"1,000", "3.5", "$", "5", "10", "%", "2024-05-01", "9/11", "5:30", "-4"});
  CHECK(toks("€20, £3.50 and $1,200.") == Strings{"€", "20", ",", "£", "3.50", "and", "$", "1,200", "."});
}

TEST_CASE("tokenize: URLs and e-mail addresses are one token", "[tokenize]") {
  CHECK(toks("See http://example.com/a?b=1, https://x.org/p. Or www.foo.com and me@example.com.") ==
        Strings{"See", "http://example.com/a?b=1", ",", "https://x.org/p", ".", "Or", "www.foo.com", "and",
                "me@example.com", "."});
  CHECK(toks("(https://x.org/a)") == Strings{"(", "https://x.org/a", ")"});
}

TEST_CASE("tokenize: brackets, colons, semicolons, ellipses and marks", "[tokenize]") {
  CHECK(toks("(a) [b] {c}; d: e! f? g... h… i?!") ==
        Strings{"(", "a", ")", "[", "b", "]", "{", "c", "}", ";", "d", ":", "e", "!", "f", "?", "g", "...",
                "h", "…", "i", "?!"});
  CHECK(toks("wait...what,now") == Strings{"wait", "...", "what", ",", "now"});
  CHECK(toks("Really.? ok :) and :-) ***") == Strings{"Really", ".?", "ok", ":)", "and", ":-)", "***"});
}

TEST_CASE("tokenize: slashes, hash signs, times and doubled quotes", "[tokenize]") {
  CHECK(toks("and/or b/c w/o 1/2") == Strings{"and", "/", "or", "b/c", "w/o", "1/2"});
  CHECK(toks("#1 #MeToo at 5pm or 7:30AM") == Strings{"#", "1", "#MeToo", "at", "5", "pm", "or", "7:30", "AM"});
  CHECK(toks("''quoted'' .NET") == Strings{"''", "quoted", "''", ".NET"});
}

TEST_CASE("tokenize: sentence ends at terminal marks before a plausible start", "[tokenize]") {
  CHECK(sents("Is it? Yes! It is. Wait… Then go.") == Strings{"Is it?", "Yes!", "It is.", "Wait…", "Then go."});
  CHECK(sents("It ended... and then it did not.") == Strings{"It ended... and then it did not."});
  CHECK(sents("“Why?” he asked.") == Strings{"“Why?” he asked."});
}

TEST_CASE("tokenize: closing quotes and brackets belong to the sentence that ends", "[tokenize]") {
  CHECK(sents("China said “it is a conflict.” Xi praised it. (See above.) Next one.") ==
        Strings{"China said “it is a conflict.”", "Xi praised it.", "(See above.)", "Next one."});
}

TEST_CASE("tokenize: line breaks end sentences", "[tokenize]") {
  CHECK(sents("A heading\nFirst paragraph without a period\n\n  \nSecond one.") ==
        Strings{"A heading", "First paragraph without a period", "Second one."});
  CHECK(sents("Mr.\nSmith") == Strings{"Mr.", "Smith"});
}

TEST_CASE("tokenize: a short section label at a paragraph start is a sentence", "[tokenize]") {
  CHECK(sents("What’s going on now: The call came.\nDigging deeper: Since then, more.") ==
        Strings{"What’s going on now:", "The call came.", "Digging deeper:", "Since then, more."});
  // Not at a paragraph start, too long, or followed by a lower-case word: no split.
  CHECK(sents("He said one thing: Nothing.").size() == 2);  // a 4-word label at the start
  CHECK(sents("So he did. Then he said: Nothing.").size() == 2);
  CHECK(sents("One two three four five six seven eight nine: Ten.").size() == 1);
  CHECK(sents("Note: the rest follows.").size() == 1);
}

TEST_CASE("tokenize: tokenizing again replaces tokens and sentences", "[tokenize]") {
  Document doc = run("One. Two.");
  doc.text = "Three";
  Tokenizer{}.tokenize(doc);
  REQUIRE(doc.tokens.size() == 1);
  CHECK(doc.form(0) == "Three");
  CHECK(doc.sentences.size() == 1);
}

TEST_CASE("tokenize: pretokenized input is one sentence per line", "[tokenize]") {
  Document doc;
  doc.text = "The U.S. 's  test .\n\n  Second   line\r\nthird\n";
  ergraph::nlp::tokenize_pretokenized(doc);
  Strings forms;
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) forms.emplace_back(doc.form(i));
  CHECK(forms == Strings{"The", "U.S.", "'s", "test", ".", "Second", "line", "third"});
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].size() == 5);
  CHECK(doc.sentences[1].size() == 2);
  CHECK(doc.sentences[2].size() == 1);
}

TEST_CASE("tokenize: the seed article", "[tokenize]") {
  const auto path = ergraph::test::source_dir() / "samples" / "000_1ae14861dfa7de9e.txt";  // the seed article, copied unchanged
  const Document doc = run(ergraph::test::read_file(path));
  Strings forms, sentences;
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) forms.emplace_back(doc.form(i));
  for (const auto& s : doc.sentences) sentences.emplace_back(doc.sentence_text(s));
  CHECK(contains(forms, "’s"));
  CHECK_FALSE(contains(forms, "Russia’s"));
  CHECK(contains(forms, "dual-use"));
  CHECK(contains(forms, "China-Russia"));
  CHECK(contains(forms, "War-era"));
  CHECK(contains(forms, "n’t"));
  CHECK(contains(sentences, "What’s going on now:"));
  CHECK(contains(sentences, "Some shit you should know before you read:"));
  CHECK(contains(sentences, "Digging deeper:"));
  CHECK(contains(sentences, "Make sure your card on file is up-to-date."));
  CHECK(contains(sentences, "Xi praised Russia’s diplomatic efforts, stating that “China is pleased to see that "
                            "Russia and relevant parties have made positive efforts to resolve the crisis.”"));
  // Counted by hand: 5 (subscriber notice) + 1 + 4 + 4 + 3 + 2 + 4 (three are section labels).
  CHECK(doc.sentences.size() == 23);
  CHECK(doc.tokens.size() == 518);
}

namespace {

/// Random text from pieces that stress the rules: ASCII, whitespace, punctuation, multibyte.
std::string random_text(unsigned seed) {
  static const char* const kPieces[] = {
      "a", "Zeta", "word", " ", "  ", "\n", "\n\n", "\t", ".", ",", "'", "’", "“", "”", "—", "–", "-", "--",
      "...", "…", "U.S.", "Mr.", "n't", "'s", "’s", "$", "%", "1", "3.5", ":", "?", "!", "(", ")", "é",
      "日本", "😀", "\u00A0", "\u2009", "http://x.y/z", "@", "/", "cannot", "e.g.", "No.", ";", "\"", "Ж"};
  constexpr std::size_t kCount = sizeof(kPieces) / sizeof(kPieces[0]);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::size_t> pick(0, kCount - 1), length(0, 80);
  std::string text;
  for (std::size_t k = length(rng); k > 0; --k) text += kPieces[pick(rng)];
  return text;
}

bool is_continuation(const std::string& s, std::size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

}  // namespace

TEST_CASE("tokenize: spans are ordered, disjoint, UTF-8 aligned and cover all non-space text", "[tokenize]") {
  const auto seed = GENERATE(range(1u, 201u));
  const Document doc = run(random_text(seed));
  const std::string& t = doc.text;
  INFO("seed " << seed << " text [" << t << "]");
  std::vector<bool> covered(t.size(), false);
  std::uint32_t prev_end = 0;
  for (const auto& tok : doc.tokens) {
    REQUIRE(tok.begin < tok.end);
    REQUIRE(tok.begin >= prev_end);
    REQUIRE(tok.end <= t.size());
    REQUIRE_FALSE(is_continuation(t, tok.begin));
    REQUIRE_FALSE(is_continuation(t, tok.end));
    for (auto i = tok.begin; i < tok.end; ++i) covered[i] = true;
    prev_end = tok.end;
  }
  for (std::size_t i = 0; i < t.size();) {
    std::uint32_t len = 0;
    const char32_t c = ergraph::nlp::detail::decode_at(t, i, len);
    for (std::size_t k = i; k < i + len; ++k) REQUIRE(covered[k] != ergraph::nlp::detail::is_space(c));
    i += len;
  }
  std::uint32_t next = 0;
  for (const auto& s : doc.sentences) {
    REQUIRE(s.first == next);
    REQUIRE(s.last > s.first);
    next = s.last;
  }
  REQUIRE(next == doc.tokens.size());
}

TEST_CASE("tokenize: same input gives the same tokens", "[tokenize]") {
  const std::string text = random_text(7) + " Mr. Smith’s U.S. trip. He left.";
  const Document a = run(text), b = run(text);
  REQUIRE(a.tokens.size() == b.tokens.size());
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    CHECK(a.tokens[i].begin == b.tokens[i].begin);
    CHECK(a.tokens[i].end == b.tokens[i].end);
  }
}

namespace {

/// UD English EWT as plain text: the "# text = " lines joined by spaces, with the byte span of
/// every gold syntactic word (words of a multi-word token share its span when their forms do not
/// concatenate to it; such words cannot be reproduced and count as misses).
struct Gold {
  std::string text;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> words;
  std::vector<std::uint32_t> sentence_starts;  ///< byte offset of each sentence
};

Gold read_ewt(const std::string& conllu) {
  Gold g;
  std::istringstream in(conllu);
  std::string line, mwt_form;
  std::size_t cursor = 0, mwt_end = 0, mwt_left = 0;
  bool mwt_ok = false;
  while (std::getline(in, line)) {
    if (line.rfind("# text = ", 0) == 0) {
      if (!g.text.empty()) g.text += ' ';
      cursor = g.text.size();
      g.sentence_starts.push_back(static_cast<std::uint32_t>(cursor));
      g.text += line.substr(9);
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    const auto tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
    const std::string id = line.substr(0, tab1), form = line.substr(tab1 + 1, tab2 - tab1 - 1);
    if (id.find('.') != std::string::npos) continue;  // empty node
    const auto dash = id.find('-');
    const std::size_t at = g.text.find(form, cursor);
    if (dash != std::string::npos) {  // multi-word token: remember its surface span
      mwt_left = std::stoul(id.substr(dash + 1)) - std::stoul(id.substr(0, dash)) + 1;
      mwt_form = form;
      mwt_end = at == std::string::npos ? cursor : at + form.size();
      mwt_ok = at != std::string::npos;
      if (mwt_ok) cursor = at;
      continue;
    }
    if (mwt_left > 0) {
      --mwt_left;
      const bool fits = mwt_ok && g.text.compare(cursor, form.size(), form) == 0 && cursor + form.size() <= mwt_end;
      g.words.emplace_back(fits ? static_cast<std::uint32_t>(cursor) : 0u, fits ? static_cast<std::uint32_t>(cursor + form.size()) : 0u);
      if (fits) cursor += form.size();
      if (mwt_left == 0) cursor = mwt_end;
      continue;
    }
    if (at == std::string::npos) continue;
    g.words.emplace_back(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + form.size()));
    cursor = at + form.size();
  }
  return g;
}

}  // namespace

// Token spans against the gold words of EWT dev, as one text (speed is measured by bench/, not here).
// Floors at the figures of 2026-12: 97.69% of gold word spans reproduced, 1306 of 2001
// sentence starts found.
TEST_CASE("tokenize: reproduces at least 97.5% of the gold word spans of UD English EWT dev", "[tokenize][slow]") {
  const auto ud = ergraph::test::shared_dir() / "data" / "ud";
  ergraph::test::Prerequisites("tokenizer agreement gate (EWT dev)").file(ud / "en_ewt-ud-dev.conllu").require();
  const Gold dev = read_ewt(ergraph::test::read_file(ud / "en_ewt-ud-dev.conllu"));
  const Document d = run(dev.text);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ours;
  for (const auto& t : d.tokens) ours.emplace_back(t.begin, t.end);
  std::size_t hit = 0;
  for (const auto& w : dev.words) hit += std::binary_search(ours.begin(), ours.end(), w) ? 1 : 0;
  std::vector<std::uint32_t> our_starts;
  for (const auto& s : d.sentences) our_starts.push_back(d.tokens[s.first].begin);
  std::size_t sent_hit = 0;
  for (auto b : dev.sentence_starts) sent_hit += std::binary_search(our_starts.begin(), our_starts.end(), b) ? 1 : 0;
  const double recall = static_cast<double>(hit) / static_cast<double>(dev.words.size());
  INFO("EWT dev: gold words " << dev.words.size() << ", exact spans reproduced " << hit << " = " << recall
                              << "; our tokens " << d.tokens.size() << "; sentence starts found " << sent_hit << "/"
                              << dev.sentence_starts.size() << " (we predict " << our_starts.size() << ")");
  CHECK(recall >= 0.975);
  CHECK(sent_hit >= 1300);
}

TEST_CASE("sentence splitting is scored against gold sentences joined by spaces per document", "[tokenizer]") {
  // Document a: three sentences the splitter finds (an abbreviation inside one); document b: a
  // headline without a full stop runs into the next sentence, so neither is found.
  const std::string conllu =
      "# newdoc id = a\n# text = He left.\n1\tHe\t_\tX\tXX\t_\t0\tdep\t_\t_\n2\tleft\t_\tX\tXX\t_\t0\tdep\t_\tSpaceAfter=No\n"
      "3\t.\t_\tX\tXX\t_\t0\tdep\t_\t_\n\n"
      "# text = Mr. Smith stayed.\n1\tMr.\t_\tX\tXX\t_\t0\tdep\t_\t_\n2\tSmith\t_\tX\tXX\t_\t0\tdep\t_\t_\n"
      "3\tstayed\t_\tX\tXX\t_\t0\tdep\t_\tSpaceAfter=No\n4\t.\t_\tX\tXX\t_\t0\tdep\t_\t_\n\n"
      "# text = It rained!\n1\tIt\t_\tX\tXX\t_\t0\tdep\t_\t_\n2\trained\t_\tX\tXX\t_\t0\tdep\t_\tSpaceAfter=No\n"
      "3\t!\t_\tX\tXX\t_\t0\tdep\t_\t_\n\n"
      "# newdoc id = b\n# text = Big news\n1\tBig\t_\tX\tXX\t_\t0\tdep\t_\t_\n2\tnews\t_\tX\tXX\t_\t0\tdep\t_\t_\n\n"
      "# text = Prices rose.\n1\tPrices\t_\tX\tXX\t_\t0\tdep\t_\t_\n2\trose\t_\tX\tXX\t_\t0\tdep\t_\tSpaceAfter=No\n"
      "3\t.\t_\tX\tXX\t_\t0\tdep\t_\t_\n\n";
  std::istringstream in(conllu);
  const auto gold = ergraph::nlp::read_conllu(in, "t.conllu");
  REQUIRE(gold.size() == 5);
  const auto s = ergraph::nlp::evaluate_sentence_splitting(ergraph::nlp::Tokenizer{}, gold, 10);
  CHECK(s.gold == 5);
  CHECK(s.predicted == 4);  // "Big news Prices rose." is one
  CHECK(s.found == 3);
  REQUIRE(s.misses.size() == 2);
  CHECK(s.misses[0].text == "Big news");
  CHECK(s.misses[0].got == "Big news Prices rose.");
  CHECK(s.misses[1].got.empty());
  CHECK(s.recall() == Approx(0.6));
  CHECK(s.precision() == Approx(0.75));
}

TEST_CASE("a list number opening a sentence is no sentence of its own", "[tokenizer]") {
  // Council agenda, court order.
  CHECK(sents("The council voted on two items. 1. The new budget. 2. A bus lane on Main Street.") ==
        Strings{"The council voted on two items.", "1. The new budget.", "2. A bus lane on Main Street."});
  CHECK(sents("The court's order has two parts.\n3. The defendant shall pay costs.") ==
        Strings{"The court's order has two parts.", "3. The defendant shall pay costs."});
  // A number that ends a sentence still ends it.
  CHECK(sents("She was born in 1990. She moved to Lagos.") == Strings{"She was born in 1990.", "She moved to Lagos."});
  CHECK(sents("The score was 2. Then it rained.") == Strings{"The score was 2.", "Then it rained."});
}

TEST_CASE("tokenizer: whitespace tokens are counted as wc -w counts them, fewer than ours", "[nlp][tokenizer]") {
  using ergraph::nlp::count_whitespace_tokens;
  CHECK(count_whitespace_tokens("") == 0);
  CHECK(count_whitespace_tokens(" \t\n\r\v\f ") == 0);
  CHECK(count_whitespace_tokens("one") == 1);
  CHECK(count_whitespace_tokens("  Moscow's  talks,\tin\r\nBeijing.\n") == 4);
  CHECK(count_whitespace_tokens("a\xc2\xa0" "b") == 1);  // a no-break space is no ASCII whitespace
  ergraph::nlp::Document d;
  d.text = "Russia's talks, they said, didn't fail.";
  ergraph::nlp::Tokenizer().tokenize(d);
  CHECK(count_whitespace_tokens(d.text) == 6);
  CHECK(d.tokens.size() == 11);  // Russia 's talks , they said , did n't fail .
}
