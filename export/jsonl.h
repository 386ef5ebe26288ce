#pragma once
/// @file jsonl.h
/// triples.jsonl: one extracted triple per line, with its provenance, in the order given.
#include <iosfwd>
#include <vector>

#include "core/triple.h"

namespace ergraph::exporter {

/// One JSON object per line: {"subject":{"name","type","mention"},"relation","relation_text",
/// "object":{...},"confidence","doc_id","sentence","begin","end","evidence"}.
void write_triples_jsonl(const std::vector<core::Triple>& triples, std::ostream& out);

}  // namespace ergraph::exporter
