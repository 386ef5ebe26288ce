// Name lookup over a KnowledgeGraph: find_entity(), match_entity() and suggest_entities() (declared in path.h).
#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/text.h"
#include "graph/path.h"

namespace ergraph::graph {

namespace {

/// The comparison form of a name: whitespace squeezed, ASCII lower case.
std::string fold(std::string_view s) { return core::ascii_lower(core::squeeze_spaces(s)); }

/// Code points of `s` (bytes when `s` is not valid UTF-8).
std::u32string code_points(std::string_view s) {
  std::u32string out;
  if (core::find_invalid_utf8(s) != std::string_view::npos) {
    for (unsigned char c : s) out += static_cast<char32_t>(c);
    return out;
  }
  for (std::size_t i = 0, len = 0; i < s.size(); i += len) out += core::decode_utf8(s, i, len);
  return out;
}

std::size_t levenshtein(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

/// Smallest edit distance between `q` and any single word of `f` (f folded, words split by ' ').
std::size_t best_word_distance(const std::u32string& q, std::string_view f) {
  std::size_t best = std::string::npos;
  std::size_t start = 0;
  while (start <= f.size()) {
    std::size_t stop = f.find(' ', start);
    if (stop == std::string_view::npos) stop = f.size();
    if (stop > start) best = std::min(best, levenshtein(q, code_points(f.substr(start, stop - start))));
    start = stop + 1;
  }
  return best;
}

struct Suggestion {
  int tier = 0;            ///< 0 exact, 1 substring, 2 edit distance
  std::size_t score = 0;   ///< tier 1: length difference; tier 2: best edit distance
  std::size_t full = 0;    ///< edit distance to the whole string (tie-break)
  std::string text;
  bool operator<(const Suggestion& o) const {
    return std::tie(tier, score, full, text) < std::tie(o.tier, o.score, o.full, o.text);
  }
};

std::optional<Suggestion> score(const std::string& q, const std::u32string& q_cp, const std::string& text) {
  const std::string f = fold(text);
  if (f == q) return Suggestion{0, 0, 0, text};
  const std::size_t diff = f.size() > q.size() ? f.size() - q.size() : q.size() - f.size();
  if (q.size() >= 3 && f.size() >= 3 && (f.find(q) != std::string::npos || q.find(f) != std::string::npos))
    return Suggestion{1, diff, diff, text};
  const std::size_t full = levenshtein(q_cp, code_points(f));
  const std::size_t best = std::min(full, best_word_distance(q_cp, f));
  const std::size_t threshold = std::max<std::size_t>(1, q_cp.size() / 3);
  if (best > threshold) return std::nullopt;
  return Suggestion{2, best, full, text};
}

}  // namespace

std::optional<NodeIndex> find_entity(const KnowledgeGraph& g, std::string_view name) {
  const std::string q = fold(name);
  if (q.empty()) return std::nullopt;
  std::optional<NodeIndex> best;
  for (NodeIndex n : g.nodes()) {  // sorted by id: the first of equal mentions has the smallest id
    const NodeData& d = g.node(n);
    bool match = fold(d.label) == q;
    for (auto it = d.aliases.begin(); !match && it != d.aliases.end(); ++it) match = fold(*it) == q;
    if (match && (!best || d.mentions > g.node(*best).mentions)) best = n;
  }
  return best;
}

std::vector<NodeIndex> find_entities(const KnowledgeGraph& g, std::string_view name) {
  const std::string q = fold(name);
  std::vector<NodeIndex> out;
  if (q.empty()) return out;
  for (NodeIndex n : g.nodes()) {
    const NodeData& d = g.node(n);
    bool match = fold(d.label) == q;
    for (auto it = d.aliases.begin(); !match && it != d.aliases.end(); ++it) match = fold(*it) == q;
    for (auto it = d.forms.begin(); !match && it != d.forms.end(); ++it) match = fold(it->first.text) == q;
    if (match) out.push_back(n);
  }
  std::stable_sort(out.begin(), out.end(),
                   [&](NodeIndex a, NodeIndex b) { return g.node(a).mentions > g.node(b).mentions; });
  return out;
}

namespace {

/// The words of a folded name.
std::vector<std::string> words_of(const std::string& folded) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t stop = folded.find(' ', start);
    if (stop == std::string::npos) stop = folded.size();
    if (stop > start) out.push_back(folded.substr(start, stop - start));
    start = stop + 1;
  }
  return out;
}

std::string join_words(const std::vector<std::string>& words, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < words.size(); ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

/// `q` without its leading title words (at least one word kept); `q` itself when it has none.
std::string strip_titles(const std::string& q, const std::set<std::string>& titles) {
  const auto words = words_of(q);
  std::size_t i = 0;
  while (i + 1 < words.size() && titles.count(words[i])) ++i;
  return join_words(words, i);
}

/// `q` with a leading "the" removed, or added when it has none.
std::string toggle_the(const std::string& q) { return q.rfind("the ", 0) == 0 ? q.substr(4) : "the " + q; }

/// 0: `q` is the label, 1: an alias or surface form, 2: no match.
int name_match(const NodeData& d, const std::string& q) {
  if (fold(d.label) == q) return 0;
  for (const auto& a : d.aliases)
    if (fold(a) == q) return 1;
  for (const auto& [form, count] : d.forms)
    if (fold(form.text) == q) return 1;
  return 2;
}

/// The nodes matching any of `queries` at the best strength found (label before alias).
std::vector<NodeIndex> nodes_named(const KnowledgeGraph& g, const std::vector<std::string>& queries) {
  std::vector<NodeIndex> out;
  int best = 2;
  for (NodeIndex n : g.nodes()) {
    int m = 2;
    for (const std::string& q : queries)
      if (!q.empty()) m = std::min(m, name_match(g.node(n), q));
    if (m < best) {
      best = m;
      out.clear();
    }
    if (m == best && m < 2) out.push_back(n);
  }
  return out;
}

}  // namespace

EntityMatch match_entity(const KnowledgeGraph& g, std::string_view name, const std::vector<std::string>& titles) {
  EntityMatch result;
  const std::string q = fold(name);
  if (q.empty()) return result;
  auto finish = [&](std::vector<NodeIndex> nodes, const char* rule) {
    std::stable_sort(nodes.begin(), nodes.end(),
                     [&](NodeIndex a, NodeIndex b) { return g.node(a).mentions > g.node(b).mentions; });
    result.nodes = std::move(nodes);
    result.rule = rule;
    return result;
  };
  // 1. Label, then alias or surface form.
  for (NodeIndex n : g.nodes())
    if (name_match(g.node(n), q) == 0) result.nodes.push_back(n);
  if (!result.nodes.empty()) return finish(std::move(result.nodes), "label");
  if (auto nodes = nodes_named(g, {q}); !nodes.empty()) return finish(std::move(nodes), "alias");
  // 2. Without leading title words.
  std::set<std::string> folded_titles;
  for (const std::string& t : titles) folded_titles.insert(fold(t));
  const std::string bare = strip_titles(q, folded_titles);
  if (bare != q)
    if (auto nodes = nodes_named(g, {bare}); !nodes.empty()) return finish(std::move(nodes), "title");
  // 3. A leading "the" added or removed.
  if (auto nodes = nodes_named(g, {toggle_the(q), bare != q ? toggle_the(bare) : std::string()}); !nodes.empty())
    return finish(std::move(nodes), "the");
  // 4. A surname: the last word of PERSON labels.
  if (bare.find(' ') == std::string::npos) {
    std::vector<NodeIndex> nodes;
    for (NodeIndex n : g.nodes()) {
      const NodeData& d = g.node(n);
      if (d.type != core::EntityType::Person) continue;
      const auto words = words_of(fold(d.label));
      if (words.size() >= 2 && words.back() == bare) nodes.push_back(n);
    }
    if (!nodes.empty()) return finish(std::move(nodes), "surname");
  }
  return result;
}

std::vector<std::string> suggest_entities(const KnowledgeGraph& g, std::string_view name, std::size_t limit) {
  const std::string q = fold(name);
  if (q.empty() || limit == 0) return {};
  std::set<std::string> names;  // unique labels and aliases
  for (NodeIndex n : g.nodes()) {
    names.insert(g.node(n).label);
    names.insert(g.node(n).aliases.begin(), g.node(n).aliases.end());
  }
  const std::u32string q_cp = code_points(q);
  std::vector<Suggestion> found;
  for (const std::string& text : names)
    if (auto s = score(q, q_cp, text)) found.push_back(std::move(*s));
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  std::set<std::string> seen;  // one suggestion per folded spelling
  for (std::size_t i = 0; i < found.size() && out.size() < limit; ++i)
    if (seen.insert(fold(found[i].text)).second) out.push_back(std::move(found[i].text));
  return out;
}

}  // namespace ergraph::graph
