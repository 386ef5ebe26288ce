#include "export/jsonl.h"

#include <cmath>
#include <ostream>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/detail/escape.h"

namespace ergraph::exporter {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void put_string(JsonWriter& w, std::string_view s) {
  const std::string valid = detail::valid_utf8(s);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void put_key(JsonWriter& w, std::string_view key) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

void put_entity(JsonWriter& w, std::string_view key, const core::EntityRef& e) {
  put_key(w, key);
  w.StartObject();
  put_key(w, "name");
  put_string(w, e.name);
  put_key(w, "type");
  put_string(w, core::to_string(e.type));
  put_key(w, "mention");
  put_string(w, e.mention);
  w.EndObject();
}

/// [begin, end], or null for an empty span.
void put_span(JsonWriter& w, std::string_view key, const core::Span& s) {
  put_key(w, key);
  if (s.empty()) {
    w.Null();
    return;
  }
  w.StartArray();
  w.Uint(s.begin);
  w.Uint(s.end);
  w.EndArray();
}

/// "spans": {"subject": [b, e], "relation": [b, e], "object": [b, e]}; left out when all are empty.
void put_spans(JsonWriter& w, const core::Triple& t) {
  if (t.subject_span.empty() && t.relation_span.empty() && t.object_span.empty()) return;
  put_key(w, "spans");
  w.StartObject();
  put_span(w, "subject", t.subject_span);
  put_span(w, "relation", t.relation_span);
  put_span(w, "object", t.object_span);
  w.EndObject();
}

void put_stance(JsonWriter& w, const core::Triple& t) {
  put_key(w, "factuality");
  put_string(w, core::to_string(t.factuality));
  put_key(w, "source");
  w.StartArray();
  for (const auto& s : t.source_chain) put_string(w, s);
  w.EndArray();
  put_key(w, "polarity");
  put_string(w, core::to_string(t.polarity));
  put_key(w, "modality");
  put_string(w, core::to_string(t.modality));
  put_key(w, "hedge");
  put_string(w, t.hedge);
  put_key(w, "attribution");
  put_string(w, t.attribution);
}

void put_triple(JsonWriter& w, const core::Triple& t) {
  w.StartObject();
  put_entity(w, "subject", t.subject);
  put_key(w, "relation");
  put_string(w, t.relation);
  put_key(w, "relation_text");
  put_string(w, t.relation_text);
  put_entity(w, "object", t.object);
  put_key(w, "confidence");
  if (std::isfinite(t.confidence)) w.Double(t.confidence);
  else w.Null();  // JSON has no NaN/Infinity
  put_key(w, "doc_id");
  put_string(w, t.evidence.doc_id);
  put_key(w, "date");
  put_string(w, t.evidence.date);
  put_key(w, "title");
  put_string(w, t.evidence.title);
  put_key(w, "url");
  put_string(w, t.evidence.url);
  put_key(w, "sentence");
  w.Uint(t.evidence.sentence);
  put_key(w, "begin");
  w.Uint(t.evidence.begin);
  put_key(w, "end");
  w.Uint(t.evidence.end);
  put_key(w, "evidence");
  put_string(w, t.evidence.sentence_text);
  put_stance(w, t);
  put_spans(w, t);
  w.EndObject();
}

}  // namespace

void write_triples_jsonl(const std::vector<core::Triple>& triples, std::ostream& out) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  for (const core::Triple& t : triples) {
    buf.Clear();
    w.Reset(buf);
    put_triple(w, t);
    out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
    out.put('\n');
  }
}

}  // namespace ergraph::exporter
