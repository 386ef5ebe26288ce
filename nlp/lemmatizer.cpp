// Rule-based lemmatizer: closed-class lemmas and English suffix rules chosen by the Penn tag,
// corrected by an exception table (models/lemmas.tsv) built by LemmaTableBuilder.
#include "nlp/lemmatizer.h"

#include <array>
#include <fstream>
#include <unordered_map>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/text.h"
#include "nlp/lemma_table.h"

namespace ergraph::nlp {
namespace {

// The Penn tags the rules look at, resolved once.
struct Tags {
  Xpos nn, nns, nnp, nnps, vb, vbd, vbn, vbg, vbz, vbp, jj, jjr, jjs, rb, rbr, rbs, cd, pos, prp,
      add, md;
  static Xpos id(std::string_view s) { return *parse_xpos(s); }
  Tags()
      : nn(id("NN")), nns(id("NNS")), nnp(id("NNP")), nnps(id("NNPS")), vb(id("VB")),
        vbd(id("VBD")), vbn(id("VBN")), vbg(id("VBG")), vbz(id("VBZ")), vbp(id("VBP")),
        jj(id("JJ")), jjr(id("JJR")), jjs(id("JJS")), rb(id("RB")), rbr(id("RBR")),
        rbs(id("RBS")), cd(id("CD")), pos(id("POS")), prp(id("PRP")), add(id("ADD")),
        md(id("MD")) {}
};
const Tags& tags() {
  static const Tags t;
  return t;
}

// Closed-class lemmas (UD EWT conventions), keyed by lemma_key(form) and Penn tag.
struct ClosedEntry {
  std::string_view key, xpos, lemma;
};
constexpr std::array<ClosedEntry, 64> kClosed = {{
    {"am", "VBP", "be"},    {"are", "VBP", "be"},    {"'m", "VBP", "be"},    {"m", "VBP", "be"},
    {"'re", "VBP", "be"},   {"re", "VBP", "be"},     {"r", "VBP", "be"},     {"is", "VBZ", "be"},
    {"'s", "VBZ", "be"},    {"s", "VBZ", "be"},      {"was", "VBD", "be"},   {"were", "VBD", "be"},
    {"been", "VBN", "be"},  {"being", "VBG", "be"},  {"art", "VBP", "be"},   {"'ve", "VBP", "have"},
    {"ve", "VBP", "have"},  {"'ve", "VB", "have"},   {"has", "VBZ", "have"}, {"had", "VBD", "have"},
    {"had", "VBN", "have"}, {"'d", "VBD", "have"},   {"does", "VBZ", "do"},  {"did", "VBD", "do"},
    {"done", "VBN", "do"},  {"'ll", "MD", "will"},   {"ll", "MD", "will"},   {"wo", "MD", "will"},
    {"ca", "MD", "can"},    {"'d", "MD", "would"},   {"d", "MD", "would"},   {"sha", "MD", "shall"},
    {"n't", "RB", "not"},   {"nt", "RB", "not"},     {"i", "PRP", "I"},      {"me", "PRP", "I"},
    {"him", "PRP", "he"},   {"her", "PRP", "she"},   {"us", "PRP", "we"},    {"them", "PRP", "they"},
    {"'em", "PRP", "they"}, {"mine", "PRP", "my"},   {"yours", "PRP", "your"}, {"ours", "PRP", "our"},
    {"hers", "PRP", "her"}, {"theirs", "PRP", "their"}, {"'s", "PRP", "we"}, {"u", "PRP", "you"},
    {"ya", "PRP", "you"},   {"an", "DT", "a"},       {"these", "DT", "this"}, {"those", "DT", "that"},
    {"went", "VBD", "go"},  {"gone", "VBN", "go"},   {"said", "VBD", "say"}, {"said", "VBN", "say"},
    {"made", "VBD", "make"}, {"made", "VBN", "make"}, {"got", "VBD", "get"}, {"got", "VBN", "get"},
    {"better", "JJR", "good"}, {"best", "JJS", "good"}, {"worse", "JJR", "bad"}, {"worst", "JJS", "bad"},
}};

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool is_consonant(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c); }
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
// The character `back` positions from the end (1 = last), or 0.
char at_end(std::string_view s, std::size_t back) { return s.size() >= back ? s[s.size() - back] : '\0'; }

// Single vowel preceded by a consonant (or the word start), e.g. "hop" for 'o' at back=2.
bool single_vowel(std::string_view s, std::size_t back) {
  return is_vowel(at_end(s, back)) && !is_vowel(at_end(s, back + 1));
}

// Whether a stem left by removing -ed/-ing/-er/-est needs its silent e back ("rais" -> "raise").
bool needs_e(std::string_view s) {
  if (s.size() < 2) return false;
  const char last = at_end(s, 1), prev = at_end(s, 2);
  switch (last) {
    case 'u': return s.size() > 2;                                  // continued, argued
    case 'v': case 'z': return true;                                // moved, sized
    case 'c': return prev != 'i';                                   // forced (not "panic")
    case 's': return !ends_with(s, "focus") && !ends_with(s, "bias");  // raised, used, based
    case 'g': return !ends_with(s, "ong") && prev != 'g';           // changed, managed
    case 'l':
      return (is_consonant(prev) && std::string_view("bcdfgkpstz").find(prev) != std::string_view::npos) ||
             ((prev == 'u' || prev == 'i' || prev == 'o') && is_consonant(at_end(s, 3)));  // handled, ruled
    case 'r':
      return (prev == 'i' || prev == 'u' || prev == 'a') && is_consonant(at_end(s, 3));  // required
    case 't':
      if (prev == 'a') return std::string_view("aeo").find(at_end(s, 3)) == std::string_view::npos;  // stated
      if (prev == 'u' || prev == 'o') return is_consonant(at_end(s, 3));  // computed, noted
      if (prev == 'i') return std::string_view("cvn").find(at_end(s, 3)) != std::string_view::npos;
      if (prev == 'e') return ends_with(s, "let") || ends_with(s, "mpet");
      return false;
    case 'n':
      if (prev == 'i' || prev == 'u') return is_consonant(at_end(s, 3));  // combined, tuned
      if (prev == 'o') return is_consonant(at_end(s, 3)) && s.size() <= 4;  // phoned
      return false;
    case 'm': return (prev == 'a' || prev == 'i' || prev == 'u') && is_consonant(at_end(s, 3));
    case 'p': return single_vowel(s, 2) && !ends_with(s, "lop") && !ends_with(s, "sip");
    case 'b': case 'd': case 'k': case 'f': return single_vowel(s, 2) && s.size() > 2;
    case 'h': return ends_with(s, "eath") || ends_with(s, "ooth") || ends_with(s, "bath");
    default: return false;
  }
}

// Undoes consonant doubling ("stopp" -> "stop"); "ll", "ss", "zz", "ff" and "add" stay.
bool undouble(std::string& s) {
  const char c = at_end(s, 1);
  if (s.size() < 3 || c != at_end(s, 2) || !is_consonant(c)) return false;
  if (c == 'l' || c == 's' || c == 'z' || c == 'f' || s == "add" || s == "err" || s == "ebb") return false;
  s.pop_back();
  return true;
}

// The base form of a stem after an inflectional suffix was removed.
std::string restore_stem(std::string stem) {
  if (undouble(stem)) return stem;
  if (needs_e(stem)) stem += 'e';
  return stem;
}

std::string verb_ed(const std::string& w) {
  if (w.size() < 4 || !ends_with(w, "ed")) return w;
  if (ends_with(w, "ied")) return w.size() > 4 ? w.substr(0, w.size() - 3) + "y" : w.substr(0, w.size() - 1);
  if (ends_with(w, "eed")) return w.substr(0, w.size() - 1);                        // agreed
  if (ends_with(w, "yed") || ends_with(w, "oed")) return w.substr(0, w.size() - 2);  // played
  return restore_stem(w.substr(0, w.size() - 2));
}

std::string verb_ing(const std::string& w) {
  if (w.size() < 5 || !ends_with(w, "ing")) return w;
  std::string stem = w.substr(0, w.size() - 3);
  if (stem.size() == 2 && ends_with(stem, "y")) return stem.substr(0, 1) + "ie";  // dying, lying
  if (ends_with(stem, "e") || ends_with(stem, "y") || ends_with(stem, "o")) return stem;  // seeing
  return restore_stem(std::move(stem));
}

std::string verb_s(const std::string& w) {
  if (w.size() < 3 || !ends_with(w, "s") || ends_with(w, "ss")) return w;
  if (ends_with(w, "ies")) return w.size() > 4 ? w.substr(0, w.size() - 3) + "y" : w.substr(0, w.size() - 1);
  for (std::string_view suf : {"sses", "shes", "ches", "xes", "zzes", "oes"})
    if (ends_with(w, suf)) return w.substr(0, w.size() - 2);
  return w.substr(0, w.size() - 1);
}

// Singular of a plural noun; works on any case ("States" -> "State").
std::string noun_singular(const std::string& w) {
  std::string l = core::ascii_lower(w);
  const auto cut = [&](std::size_t n, std::string_view add = {}) {
    return w.substr(0, w.size() - n) + std::string(add);
  };
  if (ends_with(l, "men") && w.size() > 3) return cut(2, "an");  // women, businessmen
  if (w.size() < 3 || !ends_with(l, "s")) return w;
  if (ends_with(l, "ss") || ends_with(l, "us") || ends_with(l, "is") || ends_with(l, "'s")) return w;
  if (ends_with(l, "ies")) return w.size() > 4 ? cut(3, "y") : cut(1);
  if (ends_with(l, "aches") && !is_vowel(at_end(l, 6))) return cut(1);  // headaches
  for (std::string_view suf : {"sses", "shes", "ches", "xes", "zzes"})
    if (ends_with(l, suf)) return cut(2);
  return cut(1);
}

std::string comparative(const std::string& w, std::string_view suffix) {
  if (w.size() < suffix.size() + 2 || !ends_with(w, suffix)) return w;
  std::string stem = w.substr(0, w.size() - suffix.size());
  if (ends_with(stem, "i")) return stem.substr(0, stem.size() - 1) + "y";  // easier, happiest
  if (ends_with(stem, "e")) return stem;                                     // freer
  return restore_stem(std::move(stem));
}

bool is_upper_acronym(std::string_view s) {
  if (s.size() < 2) return false;
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    letter = letter || (c >= 'A' && c <= 'Z');
  }
  return letter;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Numbers keep their form, without thousands separators ("200,000" -> "200000", as UD does);
// a comma followed by one or two final digits is a decimal comma ("7,5" -> "7.5").
std::string number_lemma(std::string_view form) {
  std::string out;
  for (std::size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    if (!is_digit(c) && c != ',' && c != '.') return std::string(form);
    if (c != ',' || i == 0 || !is_digit(form[i - 1])) {
      out += c;
      continue;
    }
    std::size_t digits = 0;
    while (i + 1 + digits < form.size() && is_digit(form[i + 1 + digits])) ++digits;
    if (digits == 3) continue;                                                // thousands
    if (digits > 0 && digits < 3 && i + 1 + digits == form.size()) out += '.';  // decimal
    else return std::string(form);
  }
  return out;
}

// A fallback Penn tag for tokens that only carry a UPOS.
Xpos xpos_from_upos(Upos upos) {
  const Tags& t = tags();
  switch (upos) {
    case Upos::NOUN: return t.nn;
    case Upos::PROPN: return t.nnp;
    case Upos::VERB: case Upos::AUX: return t.vb;
    case Upos::ADJ: return t.jj;
    case Upos::ADV: return t.rb;
    case Upos::NUM: return t.cd;
    default: return 0;
  }
}

// Suffix rules (everything except the closed-class list).
std::string suffix_rules(std::string_view form, Upos upos, Xpos xpos) {
  const Tags& t = tags();
  if (xpos == 0) xpos = xpos_from_upos(upos);
  if (xpos == t.cd) return number_lemma(form);
  if (xpos == t.nnp || xpos == t.add) return std::string(form);
  if (xpos == t.pos) return "'s";
  if (xpos == t.nnps) return noun_singular(std::string(form));
  const std::string w = core::ascii_lower(form);
  if (xpos == t.nns) {
    if (ends_with(form, "s") && is_upper_acronym(form.substr(0, form.size() - 1)))
      return std::string(form.substr(0, form.size() - 1));  // CDs -> CD
    return noun_singular(w);
  }
  if (xpos == t.vbd || xpos == t.vbn) return verb_ed(w);
  if (xpos == t.vbg) return verb_ing(w);
  if (xpos == t.vbz) return verb_s(w);
  if (xpos == t.jjr || xpos == t.rbr) return comparative(w, "er");
  if (xpos == t.jjs || xpos == t.rbs) return comparative(w, "est");
  if (xpos == t.nn && form.size() == 1) return std::string(form);  // "X", "C"
  return w;
}

// Lookup maps with heterogeneous (string_view) find.
using LemmaMap = core::StringMap<std::string>;

const std::vector<LemmaMap>& closed_class() {
  static const std::vector<LemmaMap> maps = [] {
    std::vector<LemmaMap> m(static_cast<std::size_t>(xpos_count()));
    for (const auto& e : kClosed) m[*parse_xpos(e.xpos)].emplace(e.key, e.lemma);
    return m;
  }();
  return maps;
}

class TableLemmatizer final : public Lemmatizer {
 public:
  explicit TableLemmatizer(const LemmaTable& table) : maps_(closed_class()) {
    for (const auto& [key, entry] : table.entries) maps_[key.second][key.first] = entry.lemma;
  }
  std::string lemma(std::string_view form, Upos upos, Xpos xpos) const override {
    static const Xpos vbd = *parse_xpos("VBD"), vbn = *parse_xpos("VBN");
    const auto find = [&](Xpos x) -> const std::string* {
      if (x >= maps_.size() || x == 0 || maps_[x].empty()) return nullptr;
      const auto it = maps_[x].find(std::string_view(lemma_key(form)));
      return it == maps_[x].end() ? nullptr : &it->second;
    };
    if (const std::string* l = find(xpos)) return *l;
    // A past tense the table knows only as a participle, or the other way round ("struck",
    // "sought", "withheld"): the two forms share their lemma.
    if (const std::string* l = xpos == vbd ? find(vbn) : xpos == vbn ? find(vbd) : nullptr) return *l;
    return suffix_rules(form, upos, xpos);
  }

 private:
  std::vector<LemmaMap> maps_;  // indexed by Xpos: key -> lemma (closed class + table)
};

std::string_view trim_cr(std::string_view line) {
  return !line.empty() && line.back() == '\r' ? line.substr(0, line.size() - 1) : line;
}

// Splits "key\txpos\tlemma\tsource"; returns false unless there are exactly 4 non-empty fields.
bool split_entry(std::string_view line, std::array<std::string_view, 4>& f) {
  std::size_t n = 0, start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && line[i] != '\t') continue;
    if (n == 4 || i == start) return false;
    f[n++] = line.substr(start, i - start);
    start = i + 1;
  }
  return n == 4;
}

}  // namespace

std::string lemma_key(std::string_view form) {
  std::string out;
  out.reserve(form.size());
  for (std::size_t i = 0; i < form.size(); ++i) {
    const char c = form[i];
    if (c == '\xE2' && i + 2 < form.size() && form[i + 1] == '\x80' &&
        (form[i + 2] == '\x99' || form[i + 2] == '\x98')) {
      out += '\'';  // U+2019 / U+2018 -> '
      i += 2;
    } else {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return out;
}

std::string rule_lemma(std::string_view form, Upos upos, Xpos xpos) {
  const auto& maps = closed_class();
  if (xpos != 0 && xpos < maps.size()) {
    if (auto it = maps[xpos].find(std::string_view(lemma_key(form))); it != maps[xpos].end())
      return it->second;
  }
  return suffix_rules(form, upos, xpos);
}

std::unique_ptr<Lemmatizer> make_lemmatizer(const LemmaTable& table) {
  return std::make_unique<TableLemmatizer>(table);
}

LemmaTable read_lemma_table(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError("E401", "cannot open lemmatizer table", path.string());
  LemmaTable table;
  std::string line;
  std::size_t lineno = 0;
  bool in_header = true;  // "# " comment lines are allowed only before the first entry
  while (std::getline(in, line)) {
    ++lineno;
    const std::string_view l = trim_cr(line);
    const auto where = [&] { return path.string() + ":" + std::to_string(lineno); };
    if (lineno == 1) {
      if (l != kLemmaTableHeader)
        throw ModelError("E402", "not a lemmatizer table: expected first line '" +
                                     std::string(kLemmaTableHeader) + "'", where());
      continue;
    }
    if (l.empty()) continue;
    if (in_header && (l == "#" || l.substr(0, 2) == "# ")) {
      table.comments.emplace_back(l);
      continue;
    }
    in_header = false;
    std::array<std::string_view, 4> f;
    if (!split_entry(l, f))
      throw ModelError("E403", "malformed entry (want key<TAB>xpos<TAB>lemma<TAB>source): '" +
                                   std::string(l.substr(0, 80)) + "'", where());
    const auto xpos = parse_xpos(f[1]);
    if (!xpos) throw ModelError("E403", "unknown XPOS tag '" + std::string(f[1]) + "'", where());
    if (lemma_key(f[0]) != f[0])
      throw ModelError("E403", "key '" + std::string(f[0]) + "' is not normalized", where());
    table.entries[{std::string(f[0]), *xpos}] = LemmaEntry{std::string(f[2]), std::string(f[3])};
  }
  if (lineno == 0) throw ModelError("E402", "empty lemmatizer table", path.string());
  return table;
}

void write_lemma_table(const LemmaTable& table, const std::filesystem::path& path) {
  core::write_file_atomically(path, [&](std::ostream& out) {
    out << kLemmaTableHeader << '\n';
    for (const auto& c : table.comments) out << (c.rfind("# ", 0) == 0 ? "" : "# ") << c << '\n';
    for (const auto& [key, e] : table.entries)
      out << key.first << '\t' << xpos_name(key.second) << '\t' << e.lemma << '\t' << e.source << '\n';
  });
}

std::unique_ptr<Lemmatizer> Lemmatizer::load(const std::filesystem::path& path) {
  return make_lemmatizer(read_lemma_table(path));
}

namespace {

// "'s" is "has" before the participles "been", "got", "gotten" ("it's been", "she's got"),
// adverbs in between allowed; elsewhere it is "is" (the tag alone says VBZ -> be).
void fix_contracted_has(Document& doc) {
  const Tags& t = tags();
  const auto n = doc.tokens.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    Token& tok = doc.tokens[i];
    if (tok.xpos != t.vbz || tok.lemma != "be") continue;
    if (const auto key = lemma_key(doc.form(tok)); key != "'s" && key != "s") continue;
    std::size_t j = i + 1;
    while (j < n && doc.tokens[j].xpos == t.rb) ++j;
    if (j == n || doc.tokens[j].xpos != t.vbn) continue;
    const auto next = lemma_key(doc.form(doc.tokens[j]));
    if (next == "been" || next == "got" || next == "gotten") tok.lemma = "have";
  }
}

}  // namespace

void Lemmatizer::lemmatize(Document& doc) const {
  for (auto& t : doc.tokens) t.lemma = lemma(doc.form(t), t.upos, t.xpos);
  fix_contracted_has(doc);
}

}  // namespace ergraph::nlp
