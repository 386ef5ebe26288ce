#include "nlp/sentence_splitter.h"

#include <algorithm>
#include <array>

#include "core/error.h"
#include "nlp/detail/binary_io.h"
#include "nlp/tagset.h"
#include "nlp/word_shape.h"

namespace ergraph::nlp {

namespace {

constexpr std::string_view kSentenceMagic = "ERGSEN";
constexpr std::uint16_t kSentenceFormatVersion = 1;
constexpr std::string_view kSentenceKind = "sentence-boundaries";

}  // namespace

namespace detail {

bool line_break_before(const Document& doc, std::uint32_t i) {
  if (i == 0 || i >= doc.tokens.size()) return true;
  const auto from = doc.tokens[i - 1].end, to = doc.tokens[i].begin;
  return to > from && std::string_view(doc.text).substr(from, to - from).find('\n') != std::string_view::npos;
}

bool name_goes_on(const Document& doc, std::uint32_t i) {
  if (i == 0 || i + 1 >= doc.tokens.size()) return false;
  const std::string_view p = doc.form(i - 1), w = doc.form(i), n = doc.form(i + 1);
  return !p.empty() && shape::is_lower(p[0]) && !w.empty() && shape::is_upper(w[0]) && !n.empty() && shape::is_upper(n[0]);
}

bool ordinal_goes_on(const Document& doc, std::uint32_t i) {
  if (i == 0 || i >= doc.tokens.size()) return false;
  const std::string_view p = doc.form(i - 1), w = doc.form(i);
  if (p.size() < 3 || w.empty() || !shape::is_upper(w[0])) return false;
  const std::string_view suffix = p.substr(p.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  for (std::size_t k = 0; k + 2 < p.size(); ++k)
    if (p[k] < '0' || p[k] > '9') return false;
  return true;
}

std::vector<bool> rule_starts(const Document& doc) {
  std::vector<bool> out(doc.tokens.size(), false);
  for (const auto& s : doc.sentences)
    if (s.first < out.size()) out[s.first] = true;
  return out;
}

void sentence_gap_features(const Document& doc, std::uint32_t i, std::uint32_t since, std::vector<FeatureKey>& out) {
  const auto form = [&](std::int64_t k) -> std::string_view {
    if (k < 0) return "<S>";
    if (k >= static_cast<std::int64_t>(doc.tokens.size())) return "<E>";
    return doc.form(static_cast<std::uint32_t>(k));
  };
  const std::string_view pp = form(static_cast<std::int64_t>(i) - 2), p = form(i - 1), w = form(i), n = form(i + 1);
  const std::uint64_t lp = shape::hash_lower(p), lw = shape::hash_lower(w), lpp = shape::hash_lower(pp);
  const std::uint64_t sp = shape::shape_hash(p, 2), sw = shape::shape_hash(w, 2), sn = shape::shape_hash(n, 2),
                      spp = shape::shape_hash(pp, 2);
  const auto last = static_cast<unsigned char>(p.empty() ? 0 : p.back());
  const auto first = static_cast<unsigned char>(w.empty() ? 0 : w.front());
  out.push_back(feature_key(1, 1));
  out.push_back(feature_key(2, lp));
  out.push_back(feature_key(3, lw));
  out.push_back(feature_key(4, sp));
  out.push_back(feature_key(5, sw));
  out.push_back(feature_key(6, sn));
  out.push_back(feature_key(7, spp));
  out.push_back(feature_key(8, lp, sw));
  out.push_back(feature_key(9, sp, sw));
  out.push_back(feature_key(10, lp, lw));
  out.push_back(feature_key(11, last));
  out.push_back(feature_key(12, first));
  out.push_back(feature_key(13, lpp, lp));
  out.push_back(feature_key(14, std::min<std::uint32_t>(since, 40) / 4));
  out.push_back(feature_key(15, lw, sn));
  out.push_back(feature_key(16, std::min<std::size_t>(p.size(), 6), last));
  // Inside a comma-delimited insertion ("Ortega, who represents | El Paso, introduced"): a comma
  // among the next three tokens, and one among the five before the gap.
  const auto comma_in = [&](std::int64_t from, std::int64_t to) {
    for (std::int64_t k = std::max<std::int64_t>(from, 0); k < to && k < static_cast<std::int64_t>(doc.tokens.size()); ++k)
      if (doc.form(static_cast<std::uint32_t>(k)) == ",") return true;
    return false;
  };
  out.push_back(feature_key(17, comma_in(i, i + 3) ? 1 : 2, comma_in(static_cast<std::int64_t>(i) - 5, i) ? 1 : 2));
}

}  // namespace detail

std::string serialize_sentence_model(const SentenceModel& m) {
  detail::BinaryWriter w;
  w.bytes(kSentenceMagic);
  w.u16(kSentenceFormatVersion);
  w.str(kSentenceKind);
  w.u32(m.feature_set);
  w.u32(m.iterations);
  w.u64(m.seed);
  w.f32(m.prune_below);
  detail::write_training_sources(w, m.sources);
  m.weights.write(w);
  w.checksum_trailer();
  return w.take();
}

SentenceModel parse_sentence_model(std::string_view bytes, const std::string& where) {
  detail::BinaryReader r(bytes, where);
  if (r.remaining() < kSentenceMagic.size() || r.bytes(kSentenceMagic.size()) != kSentenceMagic)
    r.fail("E412", "not a sentence model (bad magic; expected \"ERGSEN\")");
  const std::uint16_t version = r.u16();
  if (version == 0 || version > kSentenceFormatVersion)
    r.fail("E413", "sentence model format version " + std::to_string(version) + " is newer than this build supports (" +
                       std::to_string(kSentenceFormatVersion) + ")");
  r.verify_checksum_trailer();  // before any count sizes anything
  const std::string kind = r.str(256);
  if (kind != kSentenceKind) r.fail("E416", "model kind '" + kind + "' is not '" + std::string(kSentenceKind) + "'");
  SentenceModel m;
  m.feature_set = r.u32();
  if (m.feature_set != detail::kSentenceFeatureSet)
    r.fail("E413", "sentence feature set " + std::to_string(m.feature_set) + " is not supported");
  m.iterations = r.u32();
  m.seed = r.u64();
  m.prune_below = r.f32();
  m.sources = detail::read_training_sources(r);
  m.weights = PerceptronModel::read(r);
  if (m.weights.classes() != 2) r.fail("E416", "a sentence model has 2 classes, not " + std::to_string(m.weights.classes()));
  r.expect_checksum_trailer();
  return m;
}

SentenceSplitter::SentenceSplitter(SentenceModel model) : model_(std::move(model)) {
  if (model_.weights.classes() != 2) throw ModelError("E416", "a sentence model has 2 classes");
}

SentenceSplitter SentenceSplitter::load(const std::filesystem::path& path) {
  const std::string bytes = detail::read_model_file(path, "sentence model");
  return SentenceSplitter(parse_sentence_model(bytes, path.string()));
}

void SentenceSplitter::split(Document& doc) const {
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  if (n == 0) return;
  const std::vector<bool> rule = detail::rule_starts(doc);
  std::vector<Sentence> out;
  std::vector<FeatureKey> features;
  std::uint32_t start = 0, since = 0;
  for (std::uint32_t i = 1; i < n; ++i) {
    bool boundary = rule[i] || detail::line_break_before(doc, i);
    if (!boundary && !detail::name_goes_on(doc, i) && !detail::ordinal_goes_on(doc, i)) {
      features.clear();
      detail::sentence_gap_features(doc, i, since, features);
      std::array<std::int32_t, 2> scores{0, 0};
      model_.weights.add_scores(features, scores.data());
      boundary = scores[1] > scores[0];
    }
    if (boundary) {
      out.push_back(Sentence{start, i});
      start = i;
      since = 0;
    } else {
      ++since;
    }
  }
  out.push_back(Sentence{start, n});
  doc.sentences = std::move(out);
}

namespace {

bool break_after(std::string_view w) {
  return w == "," || w == ";" || w == ":" || w == "-" || w == "--" || w == "\u2013" || w == "\u2014";
}

bool break_before(std::string_view w) {
  for (const std::string_view c : {"and", "but", "or", "nor", "yet", "so", "And", "But", "Or", "Nor", "Yet", "So"})
    if (w == c) return true;
  return false;
}

}  // namespace

std::vector<Sentence> rejoin_split_names(Document& doc) {
  if (doc.sentences.size() < 2) return {};
  const auto tag = [&](std::uint32_t t) { return xpos_name(doc.tokens[t].xpos); };
  const auto capital = [&](std::uint32_t t) { const auto f = doc.form(t); return !f.empty() && shape::is_upper(f[0]); };
  const auto finite = [&](std::uint32_t t) {
    const auto x = tag(t);
    return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD";
  };
  // "Nguyen Van | An, Baltic Data Systems will sue": a capitalised "An" or "A" that opens the
  // cut-off part before a comma or a finite verb is no article (an article opens a noun phrase)
  // but the name's last word.
  const auto article_name = [&](std::uint32_t t) {
    const auto f = doc.form(t);
    if ((f != "An" && f != "A") || t + 1 >= doc.tokens.size()) return false;
    const auto x = tag(t + 1);
    return doc.form(t + 1) == "," || doc.form(t + 1) == "." || finite(t + 1) || x == "VBN" || x == "IN" || x == "TO" ||
           x == "CC" || x == "POS";
  };
  std::vector<Sentence> out, joined;
  for (const Sentence& b : doc.sentences) {
    if (!out.empty()) {
      const Sentence& a = out.back();
      // (Never past the cap of cap_sentences(), which ran before.)
      // (Or a ends in a comma and one capitalised word: "Should Andes Cobre default, Fundición |
      // Pacífico Ltda. will bid": no sentence ends in a comma and a word.)
      // (Or a is one proper noun: "Suva | Timber Inc. will sell" at a text's start; not "Hello".)
      const bool one_word = a.last - a.first == 1 && (tag(a.first) == "NNP" || tag(a.first) == "NNPS");
      bool join = a.last == b.first && b.last - b.first >= 3 && b.last - a.first <= kMaxSentenceTokens &&
                  !detail::line_break_before(doc, b.first) && capital(a.last - 1) &&
                  (one_word || (a.last - a.first >= 2 && (capital(a.last - 2) || doc.form(a.last - 2) == ","))) &&
                  capital(b.first) &&
                  (tag(b.first) == "NNP" || tag(b.first) == "NNPS" || article_name(b.first));
      // b's verb right after its first word, or after the rest of its name (up to three more
      // proper nouns: "Timber Inc. will sell"), or after one adverb there ("Institute allegedly
      // threatened"); any second word when a has a finite verb of its own ("If Ethiopia signs with
      // Uppsala Life | Institute, Zambia will appeal").
      if (join) {
        bool a_finite = false;
        for (std::uint32_t t = a.first; t < a.last && !a_finite; ++t) a_finite = finite(t);
        std::uint32_t v = b.first + 1;
        while (v < b.last && v < b.first + 4 && (tag(v) == "NNP" || tag(v) == "NNPS")) ++v;
        join = a_finite || (v < b.last && finite(v)) || (v + 1 < b.last && tag(v) == "RB" && finite(v + 1)) ||
               article_name(b.first);
      }
      // No punctuation ends a (its last word may end in a letter outside ASCII).
      if (join) {
        const unsigned char last = static_cast<unsigned char>(doc.form(a.last - 1).back());
        join = last >= 0x80 || shape::is_upper(static_cast<char>(last)) || shape::is_lower(static_cast<char>(last)) ||
               shape::is_digit(static_cast<char>(last));
      }
      if (join) {
        if (joined.empty() || joined.back().first != a.first) joined.push_back(a);
        out.back().last = joined.back().last = b.last;
        continue;
      }
    }
    out.push_back(b);
  }
  if (!joined.empty()) doc.sentences = std::move(out);
  return joined;
}

std::uint32_t cap_sentences(Document& doc, std::uint32_t max_tokens) {
  if (max_tokens < 2) max_tokens = 2;
  std::uint32_t split = 0;
  for (const auto& s : doc.sentences) split += s.size() > max_tokens;
  if (split == 0) return 0;
  std::vector<Sentence> out;
  out.reserve(doc.sentences.size() + doc.tokens.size() / max_tokens);
  for (const auto& s : doc.sentences) {
    std::uint32_t pos = s.first;
    while (s.last - pos > max_tokens) {
      // The piece is [pos, end): end in the back half of the window, the latest break first.
      const std::uint32_t limit = pos + max_tokens, lowest = pos + max_tokens / 2;
      std::uint32_t end = 0;
      for (std::uint32_t b = limit; b > lowest && !end; --b)
        if (break_after(doc.form(b - 1))) end = b;
      for (std::uint32_t b = limit; b > lowest && !end; --b)
        if (break_before(doc.form(b))) end = b;
      if (!end) end = limit;
      out.push_back(Sentence{pos, end});
      pos = end;
    }
    out.push_back(Sentence{pos, s.last});
  }
  doc.sentences = std::move(out);
  return split;
}

}  // namespace ergraph::nlp
