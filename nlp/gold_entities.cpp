#include "nlp/gold_entities.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <map>

#include "core/error.h"

namespace ergraph::nlp {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

bool parse_u32(std::string_view s, std::uint32_t& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size() && !s.empty();
}

bool is_title_case(std::string_view w) {
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

bool is_connector(std::string_view w) {
  static constexpr std::string_view kWords[] = {"of", "and", "the", "for", "de", "du", "von", "van", "la", "le", "&", "-", "'s", "’s", "der", "al", "on", "in", "at"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

}  // namespace

std::vector<GumMention> gum_mentions(const GoldSentence& sentence, const std::string& where) {
  std::vector<GumMention> done;
  if (sentence.entity_misc.empty()) return done;
  // Open mentions: id -> stack of indices into `open`.
  std::vector<GumMention> open;
  const auto fail = [&](std::string_view value) {
    throw ParseError("E120", "malformed Entity= value '" + std::string(value) + "' in sentence " + sentence.sent_id, where);
  };
  for (std::uint32_t t = 0; t < sentence.entity_misc.size(); ++t) {
    std::string_view v = sentence.entity_misc[t];
    std::size_t i = 0;
    while (i < v.size()) {
      if (v[i] == '(') {
        // "(" fields up to the next "(" or ")".
        std::size_t j = i + 1;
        while (j < v.size() && v[j] != '(' && v[j] != ')') ++j;
        const std::string_view body = v.substr(i + 1, j - i - 1);
        const auto f = split(body, '-');
        if (f.size() < 2) fail(v);
        GumMention m;
        if (!parse_u32(f[0], m.entity)) fail(v);
        m.type = std::string(f[1]);
        m.first = t;
        if (f.size() > 2) m.infstat = std::string(f[2]);
        if (f.size() > 5) {
          for (auto h : split(f[5], ',')) {
            std::uint32_t k = 0;
            if (parse_u32(h, k) && k >= 1) m.heads.push_back(t + k - 1);
          }
        }
        if (f.size() > 7) {
          // The identity may itself contain hyphens: everything after the 7th field.
          std::size_t pos = 0;
          for (int k = 0; k < 7; ++k) pos = body.find('-', pos) + 1;
          m.identity = std::string(body.substr(pos));
        }
        if (j < v.size() && v[j] == ')') {  // "(...)" opens and closes on this token
          m.last = t + 1;
          done.push_back(std::move(m));
          i = j + 1;
        } else {
          open.push_back(std::move(m));
          i = j;
        }
      } else {
        // "ID)" closes the innermost open mention of that entity.
        std::size_t j = i;
        while (j < v.size() && v[j] != ')' && v[j] != '(') ++j;
        if (j >= v.size() || v[j] != ')') fail(v);
        std::uint32_t id = 0;
        if (!parse_u32(v.substr(i, j - i), id)) fail(v);
        auto it = std::find_if(open.rbegin(), open.rend(), [&](const GumMention& m) { return m.entity == id; });
        if (it != open.rend()) {
          it->last = t + 1;
          done.push_back(std::move(*it));
          open.erase(std::next(it).base());
        }
        i = j + 1;
      }
    }
  }
  for (auto& m : done) {
    std::erase_if(m.heads, [&](std::uint32_t h) { return h < m.first || h >= m.last; });
  }
  std::stable_sort(done.begin(), done.end(), [](const GumMention& a, const GumMention& b) {
    return a.first != b.first ? a.first < b.first : a.last > b.last;
  });
  return done;
}

bool is_named(const GumMention& m, const GoldSentence& sentence) {
  const auto& doc = sentence.doc;
  const bool tagged = std::any_of(doc.tokens.begin(), doc.tokens.end(), [](const Token& t) { return t.upos != Upos::None; });
  if (tagged) {
    if (m.heads.empty()) {
      for (std::uint32_t t = m.first; t < m.last; ++t)
        if (doc.tokens[t].upos == Upos::PROPN) return true;
      return false;
    }
    for (auto h : m.heads)
      if (doc.tokens[h].upos == Upos::PROPN) return true;
    return false;
  }
  std::uint32_t first = m.first;
  while (first < m.last && (doc.form(first) == "the" || doc.form(first) == "The")) ++first;
  if (first >= m.last) return false;
  bool any_not_initial = false;
  for (std::uint32_t t = first; t < m.last; ++t) {
    const auto w = doc.form(t);
    if (is_connector(w) || !std::isalpha(static_cast<unsigned char>(w[0]))) continue;
    if (!is_title_case(w)) return false;
    if (t > 0) any_not_initial = true;
  }
  return any_not_initial && is_title_case(doc.form(first));
}

std::vector<IobSentence> read_iob2(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("E101", "cannot open IOB2 file", path.string());
  return read_iob2(in, path.string());
}

std::vector<IobSentence> read_iob2(std::istream& in, const std::string& source) {
  std::vector<IobSentence> out;
  IobSentence cur;
  std::string line;
  std::size_t lineno = 0;
  const auto finish = [&] {
    if (cur.doc.tokens.empty()) {
      cur = IobSentence{};
      return;
    }
    cur.doc.id = cur.sent_id;
    cur.doc.sentences.push_back(Sentence{0, static_cast<std::uint32_t>(cur.doc.tokens.size())});
    out.push_back(std::move(cur));
    cur = IobSentence{};
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') {
      constexpr std::string_view kSent = "# sent_id = ";
      if (line.rfind(kSent, 0) == 0) {
        if (!cur.doc.tokens.empty()) finish();
        cur.sent_id = line.substr(kSent.size());
      }
      continue;
    }
    const auto cols = split(line, '\t');
    if (cols.size() < 3 || cols[1].empty())
      throw ParseError("E121", "IOB2 line does not have id, form and tag columns", source + ":" + std::to_string(lineno));
    auto& doc = cur.doc;
    const auto k = static_cast<std::uint32_t>(doc.tokens.size());
    doc.append_token(cols[1]);
    const std::string_view tag = cols[2];
    std::string type;
    bool begin = false;
    if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') {
      type = std::string(tag.substr(2));
      begin = tag[0] == 'B';
    }
    if (type != "PER" && type != "ORG" && type != "LOC") continue;
    auto& spans = cur.spans;
    if (!begin && !spans.empty() && spans.back().last == k && spans.back().type == type) {
      spans.back().last = k + 1;
    } else {
      spans.push_back(GoldSpan{k, k + 1, type});
    }
  }
  finish();
  return out;
}

TsvDocument read_webanno_tsv(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("E101", "cannot open WebAnno TSV file", path.string());
  return read_webanno_tsv(in, path.string(), path.stem().string());
}

TsvDocument read_webanno_tsv(std::istream& in, const std::string& source, std::string id) {
  TsvDocument out;
  out.id = std::move(id);
  std::string line;
  std::size_t lineno = 0;
  GoldSentence cur;
  // Annotation id ("person[7]" -> 7; single-token spans have none) -> open mention.
  std::map<std::uint32_t, GumMention> open;
  std::vector<GumMention> mentions;
  const auto finish = [&] {
    if (cur.doc.tokens.empty()) return;
    cur.doc.sentences.push_back(Sentence{0, static_cast<std::uint32_t>(cur.doc.tokens.size())});
    for (auto& [k, m] : open) mentions.push_back(std::move(m));
    open.clear();
    std::stable_sort(mentions.begin(), mentions.end(), [](const GumMention& a, const GumMention& b) {
      return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    cur.doc_id = out.id;
    cur.doc.id = out.id;
    out.sentences.push_back(std::move(cur));
    out.mentions.push_back(std::move(mentions));
    cur = GoldSentence{};
    mentions.clear();
  };
  std::uint32_t next_single = 1u << 30;  // ids for single-token spans, apart from the file's
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') continue;
    const auto cols = split(line, '\t');
    if (cols.size() < 7)
      throw ParseError("E122", "WebAnno TSV token line has fewer than 7 columns", source + ":" + std::to_string(lineno));
    auto& doc = cur.doc;
    const auto k = static_cast<std::uint32_t>(doc.tokens.size());
    doc.append_token(cols[2]);
    const auto types = cols[3] == "_" ? std::vector<std::string_view>{} : split(cols[3], '|');
    const auto infstats = split(cols[4], '|');
    const auto identities = split(cols[6], '|');
    for (std::size_t a = 0; a < types.size(); ++a) {
      std::string_view ty = types[a];
      std::uint32_t ann = 0;
      if (auto b = ty.find('['); b != std::string_view::npos && ty.back() == ']') {
        if (!parse_u32(ty.substr(b + 1, ty.size() - b - 2), ann))
          throw ParseError("E122", "bad annotation id in '" + std::string(ty) + "'", source + ":" + std::to_string(lineno));
        ty = ty.substr(0, b);
      } else {
        ann = next_single++;
      }
      auto [it, fresh] = open.try_emplace(ann);
      auto& m = it->second;
      if (fresh) {
        m.first = k;
        m.entity = ann;
        m.type = std::string(ty);
        if (a < infstats.size()) {
          std::string_view is = infstats[a];
          m.infstat = std::string(is.substr(0, is.find('[')));
        }
      }
      m.last = k + 1;
    }
    // Identities name their annotation: "Lord_Byron[7]" (or bare for a single annotation).
    for (std::string_view idv : identities) {
      if (idv == "_" || idv.empty()) continue;
      std::uint32_t ann = 0;
      if (auto b = idv.rfind('['); b != std::string_view::npos && idv.back() == ']' && parse_u32(idv.substr(b + 1, idv.size() - b - 2), ann)) {
        if (auto it = open.find(ann); it != open.end() && it->second.identity.empty())
          it->second.identity = std::string(idv.substr(0, b));
      } else if (types.size() == 1) {
        for (auto& [key, m] : open)
          if (m.last == k + 1 && m.identity.empty() && key >= (1u << 30)) m.identity = std::string(idv);
      }
    }
    // Spans that do not continue on this token are complete.
    for (auto it = open.begin(); it != open.end();) {
      if (it->second.last < k + 1) {
        mentions.push_back(std::move(it->second));
        it = open.erase(it);
      } else {
        ++it;
      }
    }
  }
  finish();
  return out;
}

}  // namespace ergraph::nlp
