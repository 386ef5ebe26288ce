#include "entities/detail/ner_features.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <span>

#include "nlp/word_shape.h"

namespace ergraph::entities::detail {
namespace {

using nlp::FeatureKey;
using nlp::feature_key;

constexpr std::uint64_t kPadStart = 0x5354415254ull, kPadEnd = 0x454e44ull;
using nlp::shape::first_code_points;
using nlp::shape::hash;
using nlp::shape::hash_lower;
using nlp::shape::is_continuation;
using nlp::shape::is_digit;
using nlp::shape::is_lower;
using nlp::shape::is_upper;
using nlp::shape::kFnvBasis;
using nlp::shape::kFnvPrime;
using nlp::shape::last_code_points;
using nlp::shape::lower;

// Shape with runs capped at `cap` ("Xxx" for cap 2, "Xx" for cap 1).
std::uint64_t shape_hash(std::string_view s, int cap) {
  return nlp::shape::shape_hash(s, cap, kFnvBasis + static_cast<std::uint64_t>(cap));
}

NerWord padding(std::uint64_t v) {
  NerWord w;
  w.form = w.lower = w.shape = w.short_shape = w.suf2 = w.suf3 = w.suf4 = w.pre2 = w.pre3 = w.xpos = v;
  w.caps = v;
  w.dict = v;
  w.gaz = v;
  w.lists = v;
  w.doc = v;
  w.kinds = v;
  return w;
}

std::uint64_t gaz_value(core::EntityType type, bool begin) {
  return 0x4741u * 16 + static_cast<std::uint64_t>(type) * 2 + (begin ? 1 : 0) + 1;
}

}  // namespace

std::uint64_t lower_hash(std::string_view form) { return hash_lower(form); }

NerListBits::NerListBits(const std::vector<const nlp::WordList*>& lists) {
  for (std::size_t l = 0; l < lists.size(); ++l)
    if (lists[l])
      for (const auto& w : lists[l]->words()) bits_[w] |= std::uint64_t{1} << l;
}

std::uint8_t caps_class(std::uint32_t capitalized, std::uint32_t total) {
  if (total < 2) return 0;
  const double r = static_cast<double>(capitalized) / total;
  return r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
}

NerDocStats::Counts NerDocStats::of(const std::vector<std::string_view>& forms, std::size_t i) {
  Counts c;
  const std::string_view s = forms[i];
  if (s.empty()) return c;
  if (is_lower(s[0])) c.lower = 1;
  const auto cap = [&](std::size_t k) { return !forms[k].empty() && is_upper(forms[k][0]); };
  if (cap(i)) {
    if (i > 0) c.capitalized = 1;
    if ((i > 0 && cap(i - 1)) || (i + 1 < forms.size() && cap(i + 1))) c.in_run = 1;
  }
  return c;
}

void NerDocStats::add(const nlp::Document& doc, const nlp::Sentence& sent) {
  std::vector<std::string_view> forms(sent.size());
  for (std::size_t i = 0; i < forms.size(); ++i) forms[i] = doc.form(sent.first + static_cast<std::uint32_t>(i));
  for (std::size_t i = 0; i < forms.size(); ++i) {
    const Counts c = of(forms, i);
    if (c.lower + c.capitalized + c.in_run == 0) continue;
    auto& m = counts_[hash_lower(forms[i])];
    m.lower += c.lower;
    m.capitalized += c.capitalized;
    m.in_run += c.in_run;
  }
}

NerDocStats::Counts NerDocStats::get(std::uint64_t h) const {
  const auto it = counts_.find(h);
  return it != counts_.end() ? it->second : Counts{};
}

void ner_context(const nlp::Document& doc, const nlp::Sentence& sent, const NerResources& res,
                 std::vector<NerWord>& ctx, const NerDocStats* stats) {
  ctx.clear();
  ctx.push_back(padding(kPadStart + 1));
  ctx.push_back(padding(kPadStart));
  const std::size_t n = sent.size();
  std::vector<std::string_view> forms(n);
  for (std::size_t i = 0; i < n; ++i) forms[i] = doc.form(sent.first + static_cast<std::uint32_t>(i));
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view s = forms[i];
    const auto& tok = doc.tokens[sent.first + i];
    NerWord w;
    w.form = hash(s);
    w.lower = hash_lower(s);
    w.shape = shape_hash(s, 2);
    w.short_shape = shape_hash(s, 1);
    w.suf2 = hash_lower(s.substr(last_code_points(s, 2)), 2);
    w.suf3 = hash_lower(s.substr(last_code_points(s, 3)), 3);
    w.suf4 = hash_lower(s.substr(last_code_points(s, 4)), 4);
    w.pre2 = hash_lower(s.substr(0, first_code_points(s, 2)), 12);
    w.pre3 = hash_lower(s.substr(0, first_code_points(s, 3)), 13);
    w.xpos = 0x5850ull * 256 + tok.xpos;
    bool up = false, low = false, digit = false;
    for (char c : s) {
      up |= is_upper(c);
      low |= is_lower(c);
      digit |= is_digit(c);
    }
    if (!s.empty() && is_upper(s[0]) && low) w.flags |= kNerTitle;
    if (up && !low) w.flags |= kNerUpper;
    if (digit) w.flags |= kNerDigit;
    if (i == 0) w.flags |= kNerInitial;
    std::uint64_t caps = 0;
    if (res.caps) {
      const auto it = std::lower_bound(res.caps->begin(), res.caps->end(), std::make_pair(w.lower, std::uint8_t{0}));
      if (it != res.caps->end() && it->first == w.lower) caps = it->second;
    }
    w.caps = 0xCA95ull * 8 + (caps & 7);
    w.dict = 0xD1C7ull * 8 + (caps >> 3);
    if (res.gazetteer) {
      if (res.gazetteer->is_first_name(s)) w.flags |= kNerFirstName;
      if (res.gazetteer->demonym(s)) w.flags |= kNerDemonym;
    }
    std::uint64_t lists = 0;
    if (res.list_bits) {
      lists = res.list_bits->of(s);
    } else {
      for (std::size_t l = 0; l < res.lists.size(); ++l)
        if (res.lists[l] && res.lists[l]->contains(s)) lists |= 1ull << l;
    }
    w.lists = 0x4C49ull * 1024 + lists;
    if (stats) {
      // How the document writes this word elsewhere: lower case / capitalized mid-sentence /
      // in a capitalized run, each as none, once, more.
      auto c = stats->get(w.lower);
      const auto own = NerDocStats::of(forms, i);
      c.lower -= std::min(c.lower, own.lower);
      c.capitalized -= std::min(c.capitalized, own.capitalized);
      c.in_run -= std::min(c.in_run, own.in_run);
      const auto bucket = [](std::uint32_t k) -> std::uint64_t { return k == 0 ? 0 : k == 1 ? 1 : 2; };
      w.doc = 0xD0Cull * 64 + bucket(c.lower) * 9 + bucket(c.capitalized) * 3 + bucket(c.in_run) + 1;
    }
    ctx.push_back(w);
  }
  if (res.gazetteer) {
    for (std::size_t i = 0; i < n;) {
      const GazetteerEntry* e = nullptr;
      const std::size_t len = res.gazetteer->match(forms, i, n, e);
      if (len == 0 || !e) {
        ++i;
        continue;
      }
      for (std::size_t k = 0; k < len; ++k) ctx[2 + i + k].gaz = gaz_value(e->type, k == 0) + (e->metonym ? 64 : 0);
      i += len;
    }
    if (res.options & kNerOptKinds) {
      for (std::size_t i = 0; i < n;) {
        std::uint32_t kinds = 0;
        const bool cased_only = (res.options & kNerOptKindsCased) != 0;
        const std::size_t len =
            cased_only && (forms[i].empty() || !is_upper(forms[i][0])) ? 0 : res.gazetteer->match_kinds(forms, i, n, kinds);
        if (len == 0) {
          ++i;
          continue;
        }
        for (std::size_t k = 0; k < len; ++k) ctx[2 + i + k].kinds = 0x4B49ull * 4096 + kinds * 4 + (k == 0 ? 1 : 2);
        i += len;
      }
    }
  }
  ctx.push_back(padding(kPadEnd));
  ctx.push_back(padding(kPadEnd + 1));
}

int ner_emission_features(const NerWord* cur, FeatureKey* out, std::uint32_t options) {
  int n = 0;
  const NerWord &w = cur[0], &l1 = cur[-1], &l2 = cur[-2], &r1 = cur[1], &r2 = cur[2];
  const std::uint64_t flags = w.flags;
  out[n++] = feature_key(0, 1);
  out[n++] = feature_key(1, w.form);
  out[n++] = feature_key(2, w.lower);
  out[n++] = feature_key(3, l1.lower);
  out[n++] = feature_key(4, r1.lower);
  out[n++] = feature_key(5, l2.lower);
  out[n++] = feature_key(6, r2.lower);
  out[n++] = feature_key(7, w.shape);
  out[n++] = feature_key(8, l1.shape);
  out[n++] = feature_key(9, r1.shape);
  out[n++] = feature_key(10, w.suf2);
  out[n++] = feature_key(11, w.suf3);
  out[n++] = feature_key(12, w.suf4);
  out[n++] = feature_key(13, w.pre2);
  out[n++] = feature_key(14, w.pre3);
  out[n++] = feature_key(15, w.xpos);
  out[n++] = feature_key(16, l1.xpos);
  out[n++] = feature_key(17, r1.xpos);
  out[n++] = feature_key(18, l2.xpos);
  out[n++] = feature_key(19, r2.xpos);
  out[n++] = feature_key(20, w.xpos, r1.xpos);
  out[n++] = feature_key(21, l1.xpos, w.xpos);
  out[n++] = feature_key(27, w.caps);
  out[n++] = feature_key(28, w.caps, w.short_shape);
  out[n++] = feature_key(29, l1.caps, w.caps);
  out[n++] = feature_key(30, r1.caps, w.caps);
  out[n++] = feature_key(31, w.gaz);
  out[n++] = feature_key(32, l1.gaz, w.gaz);
  out[n++] = feature_key(33, r1.gaz, w.gaz);
  out[n++] = feature_key(34, flags & (kNerFirstName | kNerDemonym | kNerTitle));
  out[n++] = feature_key(35, l1.flags & (kNerFirstName | kNerTitle), flags & kNerTitle);
  out[n++] = feature_key(36, w.lists);
  out[n++] = feature_key(37, l1.lists, w.short_shape);
  out[n++] = feature_key(38, r1.lists, w.short_shape);
  out[n++] = feature_key(39, w.lower, r1.lower);
  out[n++] = feature_key(40, l1.lower, w.lower);
  out[n++] = feature_key(41, flags & kNerInitial, w.short_shape);
  out[n++] = feature_key(43, l1.short_shape * 31 + w.short_shape, r1.short_shape);
  out[n++] = feature_key(44, w.dict, flags & (kNerTitle | kNerUpper | kNerInitial));
  out[n++] = feature_key(45, l1.dict * 7 + w.dict, r1.dict);
  out[n++] = feature_key(46, w.dict, w.caps);
  if (w.doc && (options & kNerOptDocCase)) {
    out[n++] = feature_key(47, w.doc, flags & (kNerTitle | kNerUpper | kNerInitial));
    out[n++] = feature_key(48, w.doc, w.caps);
  }
  if (w.doc && (options & kNerOptDocContext)) {
    out[n++] = feature_key(49, l1.doc, w.doc);
    out[n++] = feature_key(50, w.doc, r1.doc);
  }
  if (options & kNerOptWords) {
    out[n++] = feature_key(51, l1.form);
    out[n++] = feature_key(52, r1.form);
    out[n++] = feature_key(53, w.lower, r1.shape);
    out[n++] = feature_key(54, l1.shape, w.shape);
    out[n++] = feature_key(55, l1.suf3);
    out[n++] = feature_key(56, r1.suf3);
    out[n++] = feature_key(57, l2.lower, l1.lower);
    out[n++] = feature_key(58, r1.lower, r2.lower);
  }
  if (options & kNerOptNames) {
    out[n++] = feature_key(59, l1.lists, w.caps);
    out[n++] = feature_key(60, l1.gaz, r1.shape);
    out[n++] = feature_key(61, w.gaz, w.caps);
    out[n++] = feature_key(62, l1.short_shape, w.lower);
    out[n++] = feature_key(63, r1.lower, w.short_shape);
    out[n++] = feature_key(64, l1.flags & (kNerFirstName | kNerDemonym | kNerTitle | kNerUpper),
                           flags & (kNerFirstName | kNerDemonym | kNerTitle | kNerUpper));
  }
  if ((options & kNerOptKinds) && w.kinds) {  // only words a gazetteer entry covers
    out[n++] = feature_key(68, w.kinds, flags & (kNerTitle | kNerUpper | kNerInitial));
    out[n++] = feature_key(69, w.kinds, w.caps);
    out[n++] = feature_key(70, l1.kinds, w.kinds);
    out[n++] = feature_key(71, w.kinds, l1.lower);
  }
  return n;
}

int ner_transition_parts(const NerWord* cur, NerTransitionPart* out, std::uint32_t options) {
  int n = 0;
  const NerWord &w = cur[0], &r1 = cur[1], &l1 = cur[-1];
  out[n++] = {22, 0};
  out[n++] = {24, w.lower};
  out[n++] = {25, w.shape};
  out[n++] = {26, w.xpos};
  out[n++] = {42, r1.short_shape};
  if (options & kNerOptTransWords) {
    out[n++] = {65, l1.lower};
    out[n++] = {66, r1.lower};
    out[n++] = {67, w.caps};
  }
  if ((options & kNerOptKinds) && w.kinds) out[n++] = {72, w.kinds};
  return n;
}

int ner_transition_features(const NerWord* cur, std::uint64_t prev, FeatureKey* out, std::uint32_t options) {
  NerTransitionPart parts[kMaxNerTransitionFeatures];
  const int n = ner_transition_parts(cur, parts, options);
  for (int k = 0; k < n; ++k) out[k] = feature_key(parts[k].tmpl, prev, parts[k].value);
  return n;
}

NerTransitionMemo::NerTransitionMemo(const nlp::PerceptronModel& weights)
    : weights_(&weights), classes_(static_cast<std::size_t>(weights.classes())), index_(kSlots) {
  scratch_.resize(kMaxNerTransitionFeatures * (classes_ + 1) * classes_);
}

void NerTransitionMemo::fill(const NerTransitionPart& part, std::int32_t* rows) {
  // Row r < classes: after label r; row classes: at the sentence start.
  auto& f = keys_;
  f.resize(classes_ + 1);
  for (std::size_t r = 0; r <= classes_; ++r)
    f[r] = feature_key(part.tmpl, r == classes_ ? kNerStart : static_cast<std::uint64_t>(r), part.value);
  std::fill(rows, rows + (classes_ + 1) * classes_, 0);
  weights_->add_rows(f, rows);
}

std::ptrdiff_t NerTransitionMemo::block(const NerTransitionPart& part, int k) {
  static_assert((kSlots & (kSlots - 1)) == 0 && kSlots > kMaxBlocks);
  const std::size_t size = (classes_ + 1) * classes_;
  std::size_t i = nlp::mix64(part.value ^ (0x9e3779b97f4a7c15ull * (part.tmpl + 1ull))) & (kSlots - 1);
  for (; index_[i].block != 0; i = (i + 1) & (kSlots - 1))
    if (index_[i].value == part.value && index_[i].tmpl == part.tmpl)
      return static_cast<std::ptrdiff_t>((index_[i].block - 1) * size);
  if (kept_ >= kMaxBlocks) {  // the k-th part of a word has the k-th scratch block
    fill(part, scratch_.data() + static_cast<std::size_t>(k) * size);
    return -1 - k;
  }
  blocks_.resize((kept_ + 1) * size);
  fill(part, blocks_.data() + kept_ * size);
  index_[i] = Slot{part.value, part.tmpl, static_cast<std::uint32_t>(++kept_)};
  return static_cast<std::ptrdiff_t>((kept_ - 1) * size);
}

void NerTransitionMemo::word(const NerTransitionPart* parts, int n, std::int32_t* sums) {
  const std::size_t size = (classes_ + 1) * classes_;
  // Places first, pointers after: adding a block may move the others.
  std::ptrdiff_t at[kMaxNerTransitionFeatures];
  for (int k = 0; k < n; ++k) at[k] = block(parts[k], k);
  const std::int32_t* blocks[kMaxNerTransitionFeatures];
  for (int k = 0; k < n; ++k)
    blocks[k] = at[k] >= 0 ? blocks_.data() + at[k] : scratch_.data() + static_cast<std::size_t>(-1 - at[k]) * size;
  // Sixteen sums at a time kept in registers over all blocks, stored once (adding each block
  // into `sums` in turn was a load and a store per value and block).
  constexpr std::size_t kStep = 16;
  std::size_t j = 0;
  for (; j + kStep <= size; j += kStep) {
    std::int32_t acc[kStep] = {};
    for (int k = 0; k < n; ++k)
      for (std::size_t v = 0; v < kStep; ++v) acc[v] += blocks[k][j + v];
    std::copy(acc, acc + kStep, sums + j);
  }
  for (; j < size; ++j) {
    std::int32_t acc = 0;
    for (int k = 0; k < n; ++k) acc += blocks[k][j];
    sums[j] = acc;
  }
}

std::unique_ptr<const NerDomainWeights> fold_domain(const nlp::PerceptronModel& w, std::uint32_t domain) {
  using Entry = nlp::PerceptronModel::Entry;
  const auto keys = w.keys();
  const std::size_t n = keys.size();
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  // The keys' positions in a hash table (the keys are hashes: their low bits start the probe,
  // the slot keeps the high half as a check and the position; a match is confirmed on keys).
  struct Slot {
    std::uint32_t key;  // high half of the feature key | 1
    std::uint32_t at;
  };
  const auto check = [](nlp::FeatureKey f) { return static_cast<std::uint32_t>(f >> 32) | 1u; };
  std::size_t capacity = 16;
  while (capacity < 2 * n) capacity *= 2;
  const std::uint64_t mask = capacity - 1;
  std::vector<Slot> where(capacity, Slot{0, 0});
  for (std::size_t k = 0; k < n; ++k) {  // the keys are distinct
    std::uint64_t i = keys[k] & mask;
    while (where[i].key != 0) i = (i + 1) & mask;
    where[i] = Slot{check(keys[k]), static_cast<std::uint32_t>(k)};
  }
  const auto index_of = [&](nlp::FeatureKey f) {
    for (std::uint64_t i = f & mask;; i = (i + 1) & mask) {
      const Slot& slot = where[i];
      if (slot.key == 0) return kNone;
      if (slot.key == check(f) && keys[slot.at] == f) return static_cast<std::size_t>(slot.at);
    }
  };
  std::vector<std::uint8_t> is_copy(n, 0), has_copy(n, 0);
  std::vector<std::size_t> copy(n, kNone);
  constexpr std::uint32_t kDomains[] = {kNerDomainWeb, kNerDomainGum};
  constexpr std::size_t kBatch = 32;  // features whose copies' slots are prefetched before they are probed
  nlp::FeatureKey copies[std::size(kDomains) * kBatch];
  for (std::size_t first = 0; first < n; first += kBatch) {
    const std::size_t last = std::min(n, first + kBatch);
    nlp::FeatureKey* c = copies;
    for (std::size_t k = first; k < last; ++k)
      for (const std::uint32_t d : kDomains) {
        *c = ner_domain_copy(keys[k], d);
        __builtin_prefetch(&where[*c++ & mask]);
      }
    c = copies;
    for (std::size_t k = first; k < last; ++k)
      for (const std::uint32_t d : kDomains)
        if (const std::size_t at = index_of(*c++); at != kNone) {
          is_copy[at] = 1;
          has_copy[k] = 1;
          if (d == domain) copy[k] = at;
        }
  }
  std::vector<nlp::FeatureKey> mkeys, okeys, unfolded;
  std::vector<std::uint32_t> mbegins{0}, obegins{0};
  std::vector<Entry> mentries, oentries, sum;
  const auto add_orphan = [&](nlp::FeatureKey key, std::span<const Entry> e) {
    okeys.push_back(key);
    oentries.insert(oentries.end(), e.begin(), e.end());
    obegins.push_back(static_cast<std::uint32_t>(oentries.size()));
  };
  for (std::size_t k = 0; k < n; ++k) {
    if (is_copy[k]) continue;
    auto own = w.weights_of(k);
    if (!has_copy[k]) add_orphan(keys[k], own);
    const auto other = copy[k] == kNone ? std::span<const Entry>{} : w.weights_of(copy[k]);
    sum.clear();
    bool fits = true;
    std::size_t i = 0, j = 0;  // both lists by ascending class
    while (i < own.size() || j < other.size()) {
      const bool take_own = j == other.size() || (i < own.size() && own[i].cls <= other[j].cls);
      const bool take_other = i == own.size() || (j < other.size() && other[j].cls <= own[i].cls);
      const int cls = take_own ? own[i].cls : other[j].cls;
      const int x = (take_own ? own[i++].weight : 0) + (take_other ? other[j++].weight : 0);
      fits = fits && x >= INT16_MIN && x <= INT16_MAX;
      if (x != 0) sum.push_back(Entry{static_cast<std::uint16_t>(cls), static_cast<std::int16_t>(fits ? x : 0)});
    }
    if (!fits) {  // a folded weight would not fit int16: the copy stays apart (scored with the orphans)
      unfolded.push_back(keys[k]);
      add_orphan(keys[copy[k]], other);
      sum.assign(own.begin(), own.end());
    }
    if (sum.empty()) continue;  // the two cancel: like a feature the model lacks
    mkeys.push_back(keys[k]);
    mentries.insert(mentries.end(), sum.begin(), sum.end());
    mbegins.push_back(static_cast<std::uint32_t>(mentries.size()));
  }
  auto out = std::make_unique<NerDomainWeights>();
  out->domain = domain;
  out->unfolded = std::move(unfolded);  // ascending, as the keys
  out->merged = nlp::PerceptronModel::from_tables(w.classes(), w.scale(), std::move(mkeys), std::move(mbegins), std::move(mentries));
  // The orphans' keys ascending (a kept-apart copy was added in its base's place).
  std::vector<std::size_t> order(okeys.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return okeys[a] < okeys[b]; });
  std::vector<nlp::FeatureKey> skeys;
  std::vector<std::uint32_t> sbegins{0};
  std::vector<Entry> sentries;
  for (const std::size_t k : order) {
    skeys.push_back(okeys[k]);
    sentries.insert(sentries.end(), oentries.begin() + obegins[k], oentries.begin() + obegins[k + 1]);
    sbegins.push_back(static_cast<std::uint32_t>(sentries.size()));
  }
  out->orphans = nlp::PerceptronModel::from_tables(w.classes(), w.scale(), std::move(skeys), std::move(sbegins), std::move(sentries));
  return out;
}

void NerDomainWeights::add_scores(const nlp::FeatureKey* feats, int n, std::int32_t* scores) const {
  nlp::FeatureKey missing[kMaxNerFeatures];
  std::size_t m = merged.add_scores({feats, static_cast<std::size_t>(n)}, scores, missing);
  for (std::size_t k = 0; k < m; ++k) missing[k] = ner_domain_copy(missing[k], domain);
  if (!unfolded.empty())  // the few copies kept apart (room: a feature kept apart is not missing)
    for (int k = 0; k < n; ++k)
      if (std::binary_search(unfolded.begin(), unfolded.end(), feats[k])) missing[m++] = ner_domain_copy(feats[k], domain);
  orphans.add_scores({missing, m}, scores);
}

}  // namespace ergraph::entities::detail
