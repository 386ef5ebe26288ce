#include "nlp/detail/tagger_features.h"

#include <algorithm>

#include "core/text.h"
#include "nlp/word_shape.h"

// Key mixing is compiled twice on x86-64 (AVX-512 and baseline), the copy chosen at load time.
#if defined(__x86_64__)
#define ERGRAPH_KEY_CLONES __attribute__((target_clones("arch=x86-64-v4", "default")))
#else
#define ERGRAPH_KEY_CLONES
#endif

namespace ergraph::nlp::detail {
namespace {

using shape::first_code_points;
using shape::hash_lower;
using shape::is_digit;
using shape::is_lower;
using shape::is_upper;
using shape::kFnvBasis;
using shape::kFnvPrime;
using shape::last_code_points;

std::uint64_t shape_hash(std::string_view s) { return shape::shape_hash(s, 2); }

std::uint32_t word_flags(std::string_view s) {
  bool any_upper = false, any_lower = false, digit = false, hyphen = false;
  for (char c : s) {
    any_upper |= is_upper(c);
    any_lower |= is_lower(c);
    digit |= is_digit(c);
    hyphen |= c == '-';
  }
  std::uint32_t f = 0;
  if (!s.empty() && is_upper(s[0]) && any_lower) f |= kIsTitle;
  if (any_upper && !any_lower) f |= kIsUpper;
  if (digit) f |= kHasDigit;
  if (hyphen && s.size() > 1) f |= kHasHyphen;
  return f;
}

WordInfo pad_info(std::string_view name) {
  WordInfo w = word_info(name);
  w.amb = w.form | 1;
  return w;
}

const WordInfo& padding(int which) {
  static const WordInfo kPads[4] = {pad_info("-START2-"), pad_info("-START-"), pad_info("-END-"),
                                    pad_info("-END2-")};
  return kPads[which];
}

enum Template : std::uint32_t {
  kBias, kForm, kLower, kSuf1, kSuf2, kSuf3, kPre1, kShape, kFlags, kPrev1, kPrev2, kPrev12,
  kPrev1Lower, kPrev1Suf3, kLowerM1, kSuf3M1, kLowerM2, kLowerP1, kSuf3P1, kLowerP2, kShapeP1,
  kShapeM1, kBigramM1, kBigramP1, kSuf2P1, kSuf4, kPre2, kPre3, kFormP1, kFormM1, kPrev1LowerP1,
  kFlagsP1, kFlagsM1, kPrev2Lower, kPre1P1, kAmb, kAmbP1, kAmbP2, kAmbM1, kPrev1Amb, kAmbAmbP1,
  kPrev1AmbP1, kPrev1Flags,
};

}  // namespace

std::string_view normalize_form(std::string_view form, std::string& scratch) {
  if (form.find('\xE2') == std::string_view::npos) return form;
  scratch.clear();
  for (std::size_t i = 0; i < form.size(); ++i) {
    if (form[i] == '\xE2' && i + 2 < form.size() && form[i + 1] == '\x80') {
      const auto c = static_cast<unsigned char>(form[i + 2]);
      if (c == 0x98 || c == 0x99 || c == 0x9B) {  // ‘ ’ ‛
        scratch += '\'';
        i += 2;
        continue;
      }
      if (c == 0x9C || c == 0x9D || c == 0x9E) {  // “ ” „
        scratch += '"';
        i += 2;
        continue;
      }
    }
    scratch += form[i];
  }
  return scratch;
}

std::uint64_t form_hash(std::string_view normalized) { return core::fnv1a64(normalized); }

WordInfo word_info(std::string_view s) {
  WordInfo w;
  w.form = form_hash(s);
  w.lower = hash_lower(s);
  w.suf1 = hash_lower(s.substr(last_code_points(s, 1)));
  w.suf2 = hash_lower(s.substr(last_code_points(s, 2)));
  w.suf3 = hash_lower(s.substr(last_code_points(s, 3)));
  w.suf4 = hash_lower(s.substr(last_code_points(s, 4)));
  w.pre1 = core::fnv1a64(s.substr(0, first_code_points(s, 1)));
  w.pre2 = hash_lower(s.substr(0, first_code_points(s, 2)));
  w.pre3 = hash_lower(s.substr(0, first_code_points(s, 3)));
  w.shape = shape_hash(s);
  w.flags = word_flags(s);
  return w;
}

void FormMap::build(const std::vector<std::pair<std::uint64_t, std::uint64_t>>& entries) {
  table_.reset(entries.size() * 2);
  for (const auto& [h, value] : entries) {
    const std::uint64_t key = h | 1;
    bool inserted = false;
    Slot& slot = table_.insert(key >> 20, key, &inserted);
    if (inserted) slot.value = value;
  }
}

std::uint64_t ambiguity_class(const std::vector<std::uint16_t>& labels) {
  std::uint64_t h = kFnvBasis;
  for (std::uint16_t l : labels) h = (h ^ (l + 1u)) * kFnvPrime;
  return h | 1;
}

std::uint64_t lexicon_entry(const std::vector<std::uint16_t>& labels) {
  return (ambiguity_class(labels) * kFnvPrime) ^ 0x6c6578u;  // "lex"
}

std::uint64_t lexicon_class(const FormMap* lexicon, const WordInfo& w) {
  if (!lexicon) return 0;
  const std::uint64_t e = lexicon->find(w.lower, 0);
  return e == 0 ? 0 : lexicon_class(e, (w.flags & kIsTitle) != 0);
}

std::uint64_t lexicon_class(std::uint64_t entry, bool title) { return (title ? entry * kFnvPrime : entry) | 1; }

void sentence_context(const Document& doc, const Sentence& sent, const FormMap& classes, const FormMap* lexicon,
                      std::vector<WordInfo>& ctx, std::string& scratch) {
  ctx.clear();
  ctx.push_back(padding(0));
  ctx.push_back(padding(1));
  for (std::uint32_t t = sent.first; t < sent.last; ++t) {
    WordInfo& w = ctx.emplace_back(word_info(normalize_form(doc.form(t), scratch)));
    w.amb = classes.find(w.form, 0);
    if (w.amb == 0) w.amb = classes.find(w.lower, 0);
    if (w.amb == 0) w.amb = lexicon_class(lexicon, w);
  }
  ctx.push_back(padding(2));
  ctx.push_back(padding(3));
}

void reverse_words(std::vector<WordInfo>& ctx) {
  if (ctx.size() > 4) std::reverse(ctx.begin() + 2, ctx.end() - 2);
}

namespace {
/// out[k] = feature_key(t[k], a[k], b[k]) for k < n. A separate loop over arrays, so that where
/// the CPU has 64-bit vector multiplies (AVX-512DQ, chosen at run time) eight keys are mixed at
/// once. Same keys on every path.
ERGRAPH_KEY_CLONES void make_keys(const std::uint32_t* t, const std::uint64_t* a, const std::uint64_t* b, int n,
                                     FeatureKey* out) {
  for (int k = 0; k < n; ++k) out[k] = feature_key(t[k], a[k], b[k]);
}
}  // namespace

int tagger_features(const WordInfo* cur, std::uint64_t prev1, std::uint64_t prev2, FeatureKey* out) {
  int n = 0;
  std::uint32_t vt[kMaxTaggerFeatures];
  std::uint64_t va[kMaxTaggerFeatures], vb[kMaxTaggerFeatures];
  auto add = [&](Template t, std::uint64_t a, std::uint64_t b = 0) {
    vt[n] = t;
    va[n] = a;
    vb[n++] = b;
  };
  const WordInfo &w = cur[0], &m1 = cur[-1], &m2 = cur[-2], &p1 = cur[1], &p2 = cur[2];
  add(kBias, 0);
  add(kForm, w.form);
  add(kLower, w.lower);
  add(kSuf1, w.suf1);
  add(kSuf2, w.suf2);
  add(kSuf3, w.suf3);
  add(kPre1, w.pre1);
  add(kShape, w.shape);
  add(kFlags, w.flags);
  add(kPrev1, prev1);
  add(kPrev2, prev2);
  add(kPrev12, prev1, prev2);
  add(kPrev1Lower, prev1, w.lower);
  add(kPrev1Suf3, prev1, w.suf3);
  add(kLowerM1, m1.lower);
  add(kSuf3M1, m1.suf3);
  add(kLowerM2, m2.lower);
  add(kLowerP1, p1.lower);
  add(kSuf3P1, p1.suf3);
  add(kLowerP2, p2.lower);
  add(kShapeP1, p1.shape);
  add(kShapeM1, m1.shape);
  add(kBigramM1, m1.lower, w.lower);
  add(kBigramP1, w.lower, p1.lower);
  add(kSuf2P1, p1.suf2);
  add(kSuf4, w.suf4);
  add(kPre2, w.pre2);
  add(kPre3, w.pre3);
  add(kFormP1, p1.form);
  add(kFormM1, m1.form);
  add(kPrev1LowerP1, prev1, p1.lower);
  add(kFlagsP1, p1.flags);
  add(kFlagsM1, m1.flags);
  add(kPrev2Lower, prev2, w.lower);
  add(kPre1P1, p1.pre1);
  add(kAmb, w.amb);
  add(kAmbP1, p1.amb);
  add(kAmbP2, p2.amb);
  add(kAmbM1, m1.amb);
  add(kPrev1Amb, prev1, w.amb);
  add(kAmbAmbP1, w.amb, p1.amb);
  add(kPrev1AmbP1, prev1, p1.amb);
  add(kPrev1Flags, prev1, w.flags);
  make_keys(vt, va, vb, n, out);
  return n;
}

}  // namespace ergraph::nlp::detail
