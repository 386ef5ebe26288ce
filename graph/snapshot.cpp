#include "graph/snapshot.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <iterator>
#include <ostream>
#include <unordered_map>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/text.h"
#include "graph/detail/bgl.h"

namespace ergraph::graph {
namespace {

constexpr char kMagic[8] = {'E', 'R', 'G', 'S', 'N', 'A', 'P', '\n'};
constexpr std::size_t kHeaderBytes = 8 + 4 + 4 + 8 + 8;

// --- writing ---------------------------------------------------------------------------------

/// Appends the `bytes` low bytes of `v`, little-endian.
void put_le(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

class Writer {
 public:
  void u8(std::uint8_t v) { body_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) { put_le(body_, v, 4); }
  void u64(std::uint64_t v) { put_le(body_, v, 8); }
  void f64(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    u64(bits);
  }
  void str(const std::string& s) {
    auto [it, added] = ids_.try_emplace(s, static_cast<std::uint32_t>(strings_.size()));
    if (added) strings_.push_back(&it->first);
    u32(it->second);
  }
  void strs(const std::set<std::string>& items) {
    u32(static_cast<std::uint32_t>(items.size()));
    for (const auto& s : items) str(s);
  }
  void forms(const std::map<SurfaceForm, std::uint32_t>& f) {
    u32(static_cast<std::uint32_t>(f.size()));
    for (const auto& [form, n] : f) {
      str(form.text);
      str(form.rule);
      u32(n);
    }
  }

  /// Header + string table + body.
  void finish(std::ostream& out, bool finalized) {
    std::string payload;
    put_le(payload, strings_.size(), 4);
    for (const std::string* s : strings_) {
      put_le(payload, s->size(), 4);
      payload += *s;
    }
    payload += body_;
    std::string header(kMagic, sizeof kMagic);
    put_le(header, kSnapshotVersion, 4);
    put_le(header, finalized ? 1u : 0u, 4);
    put_le(header, payload.size(), 8);
    put_le(header, core::fnv1a64_words(payload), 8);
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    out.write(payload.data(), static_cast<std::streamsize>(payload.size()));
  }

 private:
  std::string body_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<const std::string*> strings_;
};

// --- reading ---------------------------------------------------------------------------------

class Reader {
 public:
  Reader(std::string_view data, std::string source) : data_(data), source_(std::move(source)) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw ParseError("E522", "damaged snapshot: " + what + " at byte " + std::to_string(pos_), source_);
  }
  void need(std::size_t n) const {
    if (n > data_.size() - pos_) fail("unexpected end");
  }
  std::uint8_t u8() {
    need(1);
    return static_cast<std::uint8_t>(data_[pos_++]);
  }
  std::uint32_t u32() {
    need(4);
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(data_[pos_ + i])) << (8 * i);
    pos_ += 4;
    return v;
  }
  std::uint64_t u64() {
    need(8);
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(data_[pos_ + i])) << (8 * i);
    pos_ += 8;
    return v;
  }
  double f64() {
    const std::uint64_t bits = u64();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }
  /// A count of items that take at least `min_bytes` each: never more than the bytes left allow.
  std::uint32_t count(std::size_t min_bytes) {
    const std::uint32_t n = u32();
    if (static_cast<std::uint64_t>(n) * min_bytes > data_.size() - pos_) fail("count " + std::to_string(n) + " too large");
    return n;
  }
  void read_strings() {
    const std::uint32_t n = count(4);
    strings_.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i) {
      const std::uint32_t len = u32();
      need(len);
      strings_.emplace_back(data_.substr(pos_, len));
      pos_ += len;
    }
  }
  /// A reader of the same data and string table at byte `pos` of the payload.
  Reader at(std::size_t pos) const {
    Reader r(data_, source_);
    r.pos_ = pos;
    r.shared_ = shared_ ? shared_ : &strings_;
    return r;
  }
  /// Hands the string table read by read_strings() to the caller, who keeps it alive for this
  /// reader (which goes on using it) and for the readers at() makes.
  std::vector<std::string_view> take_strings() {
    std::vector<std::string_view> table = std::move(strings_);
    strings_.clear();
    return table;
  }
  void use_strings(const std::vector<std::string_view>* table) { shared_ = table; }
  std::size_t pos() const { return pos_; }
  /// Skips `n` bytes (bounds-checked).
  void skip(std::size_t n) {
    need(n);
    pos_ += n;
  }
  /// Skips a list of string indices (strs()) or of surface forms (forms()).
  void skip_strs() { skip(4 * static_cast<std::size_t>(count(4))); }
  void skip_forms() { skip(12 * static_cast<std::size_t>(count(12))); }
  std::string_view str() {
    const std::vector<std::string_view>& table = shared_ ? *shared_ : strings_;
    const std::uint32_t i = u32();
    if (i >= table.size()) fail("string index out of range");
    return table[i];
  }
  std::set<std::string> strs() {
    std::set<std::string> out;
    const std::uint32_t n = count(4);
    for (std::uint32_t i = 0; i < n; ++i) out.emplace(str());
    return out;
  }
  std::map<SurfaceForm, std::uint32_t> forms() {
    std::map<SurfaceForm, std::uint32_t> out;
    const std::uint32_t n = count(12);
    for (std::uint32_t i = 0; i < n; ++i) {
      SurfaceForm f{std::string(str()), ""};
      f.rule = str();
      out[f] += u32();
    }
    return out;
  }
  core::EntityType type() {
    const std::uint8_t t = u8();
    if (t > static_cast<std::uint8_t>(core::EntityType::Concept)) fail("bad entity type");
    return static_cast<core::EntityType>(t);
  }
  core::Factuality factuality() {
    const std::uint8_t f = u8();
    if (f > static_cast<std::uint8_t>(core::Factuality::Underspecified)) fail("bad factuality");
    return static_cast<core::Factuality>(f);
  }
  core::Polarity polarity() {
    const std::uint8_t p = u8();
    if (p > 1) fail("bad polarity");
    return static_cast<core::Polarity>(p);
  }
  core::Modality modality() {
    const std::uint8_t m = u8();
    if (m > 1) fail("bad modality");
    return static_cast<core::Modality>(m);
  }
  bool done() const { return pos_ == data_.size(); }

 private:
  std::string_view data_;
  std::string source_;
  std::size_t pos_ = 0;
  std::vector<std::string_view> strings_;
  const std::vector<std::string_view>* shared_ = nullptr;  // the table of the reader at() copied
};

/// Minimum bytes of a node, an edge (its fixed part), an evidence item and a pending mention.
constexpr std::size_t kNodeBytes = 45, kEdgeBytes = 59, kEvidenceBytes = 54, kPendingBytes = 33;

/// Reads one node record into `g` (appended: its index is the record's position).
NodeIndex read_node(Reader& r, KnowledgeGraph& g) {
  NodeData n;
  n.id = r.str();
  n.label = r.str();
  n.type = r.type();
  n.scope = r.str();
  n.first_seen = r.str();
  n.last_seen = r.str();
  const std::uint32_t arg = r.u32(), call = r.u32();
  n.documents = r.strs();
  n.aliases = r.strs();
  auto arg_forms = r.forms();
  auto call_forms = r.forms();
  const std::string id = n.id;
  NodeIndex v = 0;
  try {
    v = g.insert_node(std::move(n));  // one search of the id map, which also refuses a repeated id
  } catch (const GraphError&) {
    r.fail("duplicate node id " + id);
  }
  detail::VertexProps& p = g.impl().vprops(v);
  p.arg_mentions = arg;
  p.call_mentions = call;
  p.arg_forms = std::move(arg_forms);
  p.call_forms = std::move(call_forms);
  p.data.mentions = detail::effective_mentions(p);
  p.data.forms = detail::effective_forms(p);
  return v;
}

/// Skips one node record (bounds-checked).
void skip_node(Reader& r) {
  r.skip(4 + 4 + 1 + 4 + 4 + 4 + 4 + 4);
  r.skip_strs();
  r.skip_strs();
  r.skip_forms();
  r.skip_forms();
}

/// Reads one edge record after its two endpoints (node positions) and inserts it between
/// nodes[s] and nodes[t].
void read_edge(Reader& r, KnowledgeGraph& g, NodeIndex s, NodeIndex t) {
  EdgeData d;
  d.id = r.str();
  d.relation = r.str();
  d.count = r.u32();
  d.hedged = r.u32();
  d.polarity = r.polarity();
  d.modality = r.modality();
  d.factuality = r.factuality();
  const auto log_micro = static_cast<std::int64_t>(r.u64());
  d.confidence = r.f64();
  d.documents = r.strs();
  d.attributions = r.strs();
  d.dates = r.strs();
  const std::uint32_t n_ev = r.count(kEvidenceBytes);
  for (std::uint32_t k = 0; k < n_ev; ++k) {
    Evidence ev;
    ev.doc_id = r.str();
    ev.sentence = r.u32();
    ev.begin = r.u32();
    ev.end = r.u32();
    ev.text = r.str();
    ev.confidence = r.f64();
    ev.relation_text = r.str();
    ev.modality = r.modality();
    ev.factuality = r.factuality();
    ev.hedge = r.str();
    ev.attribution = r.str();
    ev.date = r.str();
    ev.title = r.str();
    ev.url = r.str();
    d.evidence.push_back(std::move(ev));
  }
  const std::string id = d.id;
  EdgeIndex e = 0;
  try {
    e = g.insert_edge(s, t, std::move(d));  // s and t are valid: the only refusal is a repeated id
  } catch (const GraphError&) {
    r.fail("duplicate edge id " + id);
  }
  g.impl().eprops(e).log_micro = log_micro;  // exactly, not recomputed from the rounded confidence
}

/// Skips one edge record after its endpoints (bounds-checked).
void skip_edge(Reader& r) {
  r.skip(4 + 4 + 4 + 4 + 1 + 1 + 1 + 8 + 8);
  r.skip_strs();
  r.skip_strs();
  r.skip_strs();
  r.skip(kEvidenceBytes * static_cast<std::size_t>(r.count(kEvidenceBytes)));
}

void read_pending(Reader& r, KnowledgeGraph& g) {
  const std::uint32_t n_pending = r.count(kPendingBytes);
  KnowledgeGraph::Impl& im = g.impl();
  for (std::uint32_t i = 0; i < n_pending; ++i) {
    const std::string id(r.str());
    detail::PendingMention pm;
    pm.label = r.str();
    pm.type = r.type();
    pm.scope = r.str();
    pm.count = r.u32();
    pm.documents = r.strs();
    pm.forms = r.forms();
    pm.first_seen = r.str();
    pm.last_seen = r.str();
    im.pending[id] = std::move(pm);
  }
}

/// The checked payload of a snapshot file's bytes; sets `finalized`.
std::string_view checked_payload(std::string_view file, const std::string& source, bool& finalized) {
  if (file.size() < kHeaderBytes || std::memcmp(file.data(), kMagic, sizeof kMagic) != 0)
    throw ParseError("E522", "not an ergraph snapshot (no ERGSNAP header)", source);
  Reader header(file.substr(8, kHeaderBytes - 8), source);
  const std::uint32_t version = header.u32();
  const std::uint32_t flags = header.u32();
  const std::uint64_t size = header.u64();
  const std::uint64_t checksum = header.u64();
  if (version != kSnapshotVersion && version != 1)
    throw ParseError("E522", "snapshot version " + std::to_string(version) + " (this ergraph reads versions 1 and " +
                                 std::to_string(kSnapshotVersion) + ")",
                     source);
  const std::string_view payload = file.substr(kHeaderBytes);
  if (payload.size() != size)
    throw ParseError("E522", "damaged snapshot: " + std::to_string(payload.size()) + " payload bytes, header says " +
                                 std::to_string(size),
                     source);
  if ((version == 1 ? core::fnv1a64(payload) : core::fnv1a64_words(payload)) != checksum)
    throw ParseError("E522", "damaged snapshot: checksum mismatch", source);
  finalized = (flags & 1u) != 0;
  return payload;
}

}  // namespace

void write_snapshot(const KnowledgeGraph& g, std::ostream& out, bool finalized) {
  const KnowledgeGraph::Impl& im = g.impl();
  Writer w;
  // Nodes in id order; their position is the index edges refer to.
  std::vector<NodeIndex> order;
  order.reserve(im.node_by_id.size());
  for (const auto& [id, v] : im.node_by_id) order.push_back(v);
  std::vector<std::uint32_t> position(boost::num_vertices(im.g), 0);
  for (std::size_t i = 0; i < order.size(); ++i) position[order[i]] = static_cast<std::uint32_t>(i);
  w.u32(static_cast<std::uint32_t>(order.size()));
  for (const NodeIndex v : order) {
    const detail::VertexProps& p = im.g[v];
    w.str(p.data.id);
    w.str(p.data.label);
    w.u8(static_cast<std::uint8_t>(p.data.type));
    w.str(p.data.scope);
    w.str(p.data.first_seen);
    w.str(p.data.last_seen);
    w.u32(p.arg_mentions);
    w.u32(p.call_mentions);
    w.strs(p.data.documents);
    w.strs(p.data.aliases);
    w.forms(p.arg_forms);
    w.forms(p.call_forms);
  }
  w.u32(static_cast<std::uint32_t>(im.edge_by_id.size()));
  for (const auto& [id, e] : im.edge_by_id) {
    const detail::Edge ed = im.edge_at[e];
    const detail::EdgeProps& p = im.g[ed];
    const EdgeData& d = p.data;
    w.u32(position[boost::source(ed, im.g)]);
    w.u32(position[boost::target(ed, im.g)]);
    w.str(d.id);
    w.str(d.relation);
    w.u32(d.count);
    w.u32(d.hedged);
    w.u8(static_cast<std::uint8_t>(d.polarity));
    w.u8(static_cast<std::uint8_t>(d.modality));
    w.u8(static_cast<std::uint8_t>(d.factuality));
    w.u64(static_cast<std::uint64_t>(p.log_micro));
    w.f64(d.confidence);
    w.strs(d.documents);
    w.strs(d.attributions);
    w.strs(d.dates);
    w.u32(static_cast<std::uint32_t>(d.evidence.size()));
    for (const Evidence& ev : d.evidence) {
      w.str(ev.doc_id);
      w.u32(ev.sentence);
      w.u32(ev.begin);
      w.u32(ev.end);
      w.str(ev.text);
      w.f64(ev.confidence);
      w.str(ev.relation_text);
      w.u8(static_cast<std::uint8_t>(ev.modality));
      w.u8(static_cast<std::uint8_t>(ev.factuality));
      w.str(ev.hedge);
      w.str(ev.attribution);
      w.str(ev.date);
      w.str(ev.title);
      w.str(ev.url);
    }
  }
  w.u32(static_cast<std::uint32_t>(im.pending.size()));
  for (const auto& [id, pm] : im.pending) {
    w.str(id);
    w.str(pm.label);
    w.u8(static_cast<std::uint8_t>(pm.type));
    w.str(pm.scope);
    w.u32(pm.count);
    w.strs(pm.documents);
    w.forms(pm.forms);
    w.str(pm.first_seen);
    w.str(pm.last_seen);
  }
  w.finish(out, finalized);
}

bool is_snapshot(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[sizeof kMagic] = {};
  return in.read(magic, sizeof magic) && std::memcmp(magic, kMagic, sizeof kMagic) == 0;
}

bool is_finalized_snapshot(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  char head[16] = {};
  if (!in.read(head, sizeof head) || std::memcmp(head, kMagic, sizeof kMagic) != 0) return false;
  return (static_cast<unsigned char>(head[12]) & 1u) != 0;  // flags: u32 little-endian after the version
}

Snapshot read_snapshot(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw IoError("E521", std::filesystem::exists(path, ec) ? "cannot read snapshot: not a regular file"
                                                            : "cannot read snapshot: no such file",
                  path.string());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("E521", "cannot read snapshot", path.string());
  const std::string file = core::read_all(in);
  Snapshot out;
  Reader r(checked_payload(file, path.string(), out.finalized), path.string());
  r.read_strings();
  KnowledgeGraph& g = out.graph;
  std::vector<NodeIndex> nodes;
  const std::uint32_t n_nodes = r.count(kNodeBytes);
  nodes.reserve(n_nodes);
  for (std::uint32_t i = 0; i < n_nodes; ++i) nodes.push_back(read_node(r, g));
  const std::uint32_t n_edges = r.count(kEdgeBytes);
  for (std::uint32_t i = 0; i < n_edges; ++i) {
    const std::uint32_t s = r.u32(), t = r.u32();
    if (s >= nodes.size() || t >= nodes.size()) r.fail("edge endpoint out of range");
    read_edge(r, g, nodes[s], nodes[t]);
  }
  read_pending(r, g);
  if (!r.done()) r.fail("trailing bytes");
  return out;
}

// --- SnapshotIndex ---------------------------------------------------------------------------

struct SnapshotIndex::Impl {
  std::string source;
  const char* map = nullptr;  // the mapped file (nullptr when read into `copy`)
  std::size_t map_size = 0;
  std::string copy;
  std::string_view payload;
  bool finalized = false;
  std::vector<std::string_view> strings;  // the string table (views into the payload)
  std::vector<std::size_t> node_at;  // payload offset of each node record
  std::vector<std::size_t> edge_at;  // ... of each edge record, after its endpoints
  std::vector<std::uint32_t> source_of, target_of;

  ~Impl() {
    if (map) munmap(const_cast<char*>(map), map_size);
  }
};

namespace {
/// A reader of the index's payload at byte `pos`, with its string table.
Reader reader_at(const SnapshotIndex::Impl& im, std::size_t pos) {
  Reader r(im.payload, im.source);
  r.use_strings(&im.strings);
  return r.at(pos);
}
}  // namespace

SnapshotIndex::SnapshotIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SnapshotIndex::~SnapshotIndex() = default;
SnapshotIndex::SnapshotIndex(SnapshotIndex&&) noexcept = default;
SnapshotIndex& SnapshotIndex::operator=(SnapshotIndex&&) noexcept = default;

SnapshotIndex SnapshotIndex::open(const std::filesystem::path& path) {
  auto im = std::make_unique<Impl>();
  im->source = path.string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw IoError("E521", std::filesystem::exists(path, ec) ? "cannot read snapshot: not a regular file"
                                                            : "cannot read snapshot: no such file",
                  im->source);
  std::string_view file;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw IoError("E521", "cannot read snapshot", im->source);
  struct stat st {};
  if (::fstat(fd, &st) == 0 && st.st_size > 0) {
    void* m = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (m != MAP_FAILED) {
      im->map = static_cast<const char*>(m);
      im->map_size = static_cast<std::size_t>(st.st_size);
      file = std::string_view(im->map, im->map_size);
    }
  }
  ::close(fd);
  if (!im->map) {  // not mappable (empty, a pipe-like file): read it
    std::ifstream in(path, std::ios::binary);
    if (!in) throw IoError("E521", "cannot read snapshot", im->source);
    im->copy = core::read_all(in);
    file = im->copy;
  }
  im->payload = checked_payload(file, im->source, im->finalized);
  Reader r(im->payload, im->source);
  r.read_strings();
  im->strings = r.take_strings();
  r.use_strings(&im->strings);
  const std::uint32_t n_nodes = r.count(kNodeBytes);
  im->node_at.reserve(n_nodes);
  for (std::uint32_t i = 0; i < n_nodes; ++i) {
    im->node_at.push_back(r.pos());
    skip_node(r);
  }
  const std::uint32_t n_edges = r.count(kEdgeBytes);
  im->edge_at.reserve(n_edges);
  im->source_of.reserve(n_edges);
  im->target_of.reserve(n_edges);
  for (std::uint32_t i = 0; i < n_edges; ++i) {
    const std::uint32_t s = r.u32(), t = r.u32();
    if (s >= n_nodes || t >= n_nodes) r.fail("edge endpoint out of range");
    im->source_of.push_back(s);
    im->target_of.push_back(t);
    im->edge_at.push_back(r.pos());
    skip_edge(r);
  }
  KnowledgeGraph scratch;  // pending mentions are checked, not kept (a finalized graph has none to attach)
  read_pending(r, scratch);
  if (!r.done()) r.fail("trailing bytes");
  return SnapshotIndex(std::move(im));
}

bool SnapshotIndex::finalized() const { return impl_->finalized; }
std::size_t SnapshotIndex::node_count() const { return impl_->node_at.size(); }
std::size_t SnapshotIndex::edge_count() const { return impl_->edge_at.size(); }
std::uint32_t SnapshotIndex::source(std::size_t e) const { return impl_->source_of.at(e); }
std::uint32_t SnapshotIndex::target(std::size_t e) const { return impl_->target_of.at(e); }

KnowledgeGraph SnapshotIndex::nodes() const {
  KnowledgeGraph g;
  for (const std::size_t at : impl_->node_at) {
    Reader r = reader_at(*impl_, at);
    if (read_node(r, g) != g.node_count() - 1) r.fail("node index out of order");
  }
  return g;
}

void SnapshotIndex::add_edges(KnowledgeGraph& g, const std::vector<std::uint32_t>& edges) const {
  if (g.node_count() != node_count()) throw GraphError("E303", "add_edges: the graph is not this snapshot's nodes()");
  for (const std::uint32_t e : edges) {
    Reader r = reader_at(*impl_, impl_->edge_at.at(e));
    read_edge(r, g, impl_->source_of[e], impl_->target_of[e]);
  }
}

}  // namespace ergraph::graph
