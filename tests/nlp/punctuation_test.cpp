// Tests of the punctuation re-attachment that follows parsing (extract/detail/punctuation.h):
// hand-built UD trees with the punctuation put in the wrong place, and random trees that must
// stay trees.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/detail/punctuation.h"

using ergraph::nlp::detail::attach_punctuation;

namespace {

/// A sentence given as "word/head ..." (1-based heads as in CoNLL-U, 0 = root); a word is
/// punctuation if its first character is not a letter or digit.
struct Tree {
  std::vector<std::string> words;
  std::vector<int> head;  // 0-based, -1 = root
  std::vector<std::uint8_t> punct;

  explicit Tree(const std::string& spec) {
    std::istringstream in(spec);
    std::string item;
    while (in >> item) {
      const auto slash = item.rfind('/');
      words.push_back(item.substr(0, slash));
      head.push_back(std::stoi(item.substr(slash + 1)) - 1);
      const char c = words.back()[0];
      punct.push_back(!std::isalnum(static_cast<unsigned char>(c)));
    }
  }
  std::vector<int> fixed() const {
    std::vector<int> h = head;
    std::vector<std::string_view> forms(words.begin(), words.end());
    attach_punctuation(h, punct, forms);
    return h;
  }
};

/// 1-based head of the token at 0-based `i` after re-attachment.
int head_of(const Tree& t, std::size_t i) { return t.fixed()[i] + 1; }

bool is_tree(const std::vector<int>& head) {
  int roots = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (head[i] < 0) {
      ++roots;
      continue;
    }
    int a = static_cast<int>(i);
    for (std::size_t steps = 0; a >= 0; ++steps, a = head[static_cast<std::size_t>(a)])
      if (steps > head.size()) return false;  // a cycle
  }
  return roots == 1;
}

}  // namespace

TEST_CASE("punctuation: a sentence-final period goes to the root predicate", "[parser][punct]") {
  // "China does not take sides ." with the period on "sides"
  const Tree t("China/4 does/4 not/4 take/0 sides/4 ./5");
  CHECK(head_of(t, 5) == 4);
}

TEST_CASE("punctuation: a comma before a conjunct goes to that conjunct", "[parser][punct]") {
  // "Russia came , and China left ." with the comma on "came"
  const Tree t("Russia/2 came/0 ,/2 and/6 China/6 left/2 ./2");
  const auto h = t.fixed();
  CHECK(h[2] + 1 == 6);
  CHECK(h[6] + 1 == 2);
}

TEST_CASE("punctuation: the commas of an apposition", "[parser][punct]") {
  // "Xi , China 's president , said it ." with both commas on "said"
  const Tree t("Xi/7 ,/7 China/5 's/3 president/1 ,/7 said/0 it/7 ./7");
  const auto h = t.fixed();
  CHECK(h[1] + 1 == 5);  // the opening comma goes to the apposition
  CHECK(h[5] + 1 == 1);  // the closing one to the phrase it ends ("Xi"), as UD's FixPunct does
  CHECK(h[8] + 1 == 7);
}

TEST_CASE("punctuation: brackets and quotes go to the head of what they enclose", "[parser][punct]") {
  const Tree t("He/2 left/0 (/2 for/5 good/2 )/2 \"/2 finally/2 \"/2 ./2");
  const auto h = t.fixed();
  CHECK(h[2] + 1 == 5);  // ( -> good
  CHECK(h[5] + 1 == 5);  // ) -> good
  CHECK(h[6] + 1 == 8);  // " -> finally
  CHECK(h[8] + 1 == 8);
}

TEST_CASE("punctuation: words attached to a punctuation mark move up past it", "[parser][punct]") {
  // "He left - quickly ." with "quickly" under the dash
  const Tree t("He/2 left/0 -/2 quickly/3 ./2");
  const auto h = t.fixed();
  CHECK(h[3] + 1 == 2);
  CHECK(h[2] + 1 == 4);  // the dash then goes to the word after it
  CHECK(is_tree(h));
}

TEST_CASE("punctuation: a punctuation root keeps its place and its dependents", "[parser][punct]") {
  const Tree t("!/0 yes/1 ./1");
  const auto h = t.fixed();
  CHECK(h[0] == -1);
  CHECK(h[1] == 0);
  CHECK(is_tree(h));
}

TEST_CASE("punctuation: words keep their heads and random trees stay trees", "[parser][punct]") {
  std::mt19937 rng(7);
  const std::vector<std::string> marks = {",", ".", "(", ")", "\"", "'", "-", ":", "``", "''", "?"};
  for (int round = 0; round < 2000; ++round) {
    const int n = 1 + static_cast<int>(rng() % 30);
    // a random tree: token i's head is a random earlier token or a random later one, root first
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) order[static_cast<std::size_t>(i)] = i;
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<int> head(static_cast<std::size_t>(n), -1);
    for (int k = 1; k < n; ++k) head[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])] =
        order[rng() % static_cast<std::size_t>(k)];
    std::vector<std::uint8_t> punct(static_cast<std::size_t>(n));
    std::vector<std::string> words(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
      punct[static_cast<std::size_t>(i)] = rng() % 3 == 0;
      words[static_cast<std::size_t>(i)] = punct[static_cast<std::size_t>(i)] ? marks[rng() % marks.size()] : "w";
    }
    std::vector<std::string_view> forms(words.begin(), words.end());
    std::vector<int> h = head;
    attach_punctuation(h, punct, forms);
    REQUIRE(is_tree(h));
    for (int i = 0; i < n; ++i) {
      const auto u = static_cast<std::size_t>(i);
      // marks have no dependents (except a mark that is the root)
      if (h[u] >= 0 && h[static_cast<std::size_t>(h[u])] >= 0) CHECK(punct[static_cast<std::size_t>(h[u])] == 0);
      if (!punct[u] && (head[u] < 0 || !punct[static_cast<std::size_t>(head[u])])) CHECK(h[u] == head[u]);
    }
  }
}
