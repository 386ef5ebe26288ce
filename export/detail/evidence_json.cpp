#include "export/detail/evidence_json.h"

#include <cmath>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/detail/escape.h"

namespace ergraph::exporter::detail {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put(Writer& w, std::string_view key, std::string_view value) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  const std::string valid = valid_utf8(value);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void put(Writer& w, std::string_view key, std::uint32_t value) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.Uint(value);
}

}  // namespace

std::string evidence_to_json(const std::vector<graph::Evidence>& items) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartArray();
  for (const graph::Evidence& ev : items) {
    w.StartObject();
    put(w, "doc", ev.doc_id);
    put(w, "sentence", ev.sentence);
    put(w, "begin", ev.begin);
    put(w, "end", ev.end);
    put(w, "text", ev.text);
    put(w, "date", ev.date);
    put(w, "title", ev.title);
    put(w, "url", ev.url);
    put(w, "relation_text", ev.relation_text);
    put(w, "factuality", core::to_string(ev.factuality));
    put(w, "hedge", ev.hedge);
    put(w, "attribution", ev.attribution);
    w.Key("confidence");
    if (std::isfinite(ev.confidence)) w.Double(ev.confidence);
    else w.Null();
    w.EndObject();
  }
  w.EndArray();
  return std::string(buf.GetString(), buf.GetSize());
}

bool evidence_from_json(std::string_view json, std::vector<graph::Evidence>& out, std::string& error) {
  rapidjson::Document d;
  // Iterative parsing: a hostile file cannot overflow the stack with nesting.
  d.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size());
  if (d.HasParseError()) {
    error = std::string("malformed JSON: ") + rapidjson::GetParseError_En(d.GetParseError());
    return false;
  }
  if (!d.IsArray()) {
    error = "not a JSON array";
    return false;
  }
  for (const auto& item : d.GetArray()) {
    if (!item.IsObject()) {
      error = "an item is not a JSON object";
      return false;
    }
    graph::Evidence ev;
    for (const auto& m : item.GetObject()) {
      const std::string_view key(m.name.GetString(), m.name.GetStringLength());
      const auto& v = m.value;
      const auto str = [&](std::string& into) {
        if (!v.IsString()) return false;
        into.assign(v.GetString(), v.GetStringLength());
        return true;
      };
      const auto num = [&](std::uint32_t& into) {
        if (!v.IsUint()) return false;
        into = v.GetUint();
        return true;
      };
      bool ok = true;
      if (key == "doc") ok = str(ev.doc_id);
      else if (key == "sentence") ok = num(ev.sentence);
      else if (key == "begin") ok = num(ev.begin);
      else if (key == "end") ok = num(ev.end);
      else if (key == "text") ok = str(ev.text);
      else if (key == "date") ok = str(ev.date);
      else if (key == "title") ok = str(ev.title);
      else if (key == "url") ok = str(ev.url);
      else if (key == "relation_text") ok = str(ev.relation_text);
      else if (key == "hedge") ok = str(ev.hedge);
      else if (key == "attribution") ok = str(ev.attribution);
      else if (key == "factuality") {
        std::string f;
        ok = str(f) && core::parse_factuality(f, ev.factuality);
      } else if (key == "confidence") {
        if (v.IsNumber() && std::isfinite(v.GetDouble()) && v.GetDouble() >= 0 && v.GetDouble() <= 1)
          ev.confidence = v.GetDouble();
        else ok = v.IsNull();
      }
      if (!ok) {
        error = "bad value for '" + std::string(key) + "'";
        return false;
      }
    }
    ev.modality = core::modality_of(ev.factuality);
    out.push_back(std::move(ev));
  }
  return true;
}

}  // namespace ergraph::exporter::detail
