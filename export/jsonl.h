#pragma once
/// @file jsonl.h
/// triples.jsonl: one extracted triple per line, with its provenance, in the order given.
#include <iosfwd>
#include <vector>

#include "core/triple.h"

namespace ergraph::exporter {

/// One JSON object per line, keys in this order: {"subject":{"name","type","mention"},"relation",
/// "relation_text","object":{...},"confidence","doc_id","sentence","begin","end","evidence",
/// "factuality" (FactBank: "CT+","PR+","PS+","CT-","PR-","PS-","Uu"),"source" (who holds that
/// stance, outermost first; [] = the author), "polarity" ("positive"/"negative"),"modality" ("asserted"/"hedged"),"hedge" (the cue as written,
/// "" if none),"attribution" ("" if none),"spans":{"subject":[b,e],"relation":[b,e],"object":[b,e]}}.
/// Spans are half-open byte offsets in the document's text; an empty span is null, and "spans" is
/// left out when all three are empty. A non-finite confidence is null.
void write_triples_jsonl(const std::vector<core::Triple>& triples, std::ostream& out);

}  // namespace ergraph::exporter
