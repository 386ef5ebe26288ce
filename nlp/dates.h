#pragma once
/// @file dates.h
/// The day an article was published, as an ISO 8601 calendar date ("2025-04-12"): from its
/// metadata (JSONL `date`) or, failing that, from a dateline in its text.
///
///   normalize_date("Sat, 12 Apr 2025 08:30:00 +0000") == "2025-04-12"
///   find_dateline("MOSCOW, April 12, 2025 — The Kremlin said ...") == "2025-04-12"
///
/// Only whole days are dates: "April 2025", "2025" and all-numeric forms with the day and the
/// month in an order that cannot be told ("04/05/2025") give "".
#include <string>
#include <string_view>

#include "nlp/document.h"

namespace ergraph::nlp {

/// Bytes at the start of a text searched for a dateline.
inline constexpr std::size_t kDatelineBytes = 600;

/// A date as written in metadata -> "YYYY-MM-DD", or "" when it is not a valid whole day.
/// Accepted: ISO 8601 with or without a time ("2025-04-12", "2025-04-12T08:30:00Z"), "2025/04/12",
/// "2025.04.12", and the month written as a word in either order, with or without weekday, commas,
/// ordinal suffixes or a following time ("April 12, 2025", "Apr. 12th 2025", "12 April 2025",
/// "Sat, 12 Apr 2025 08:30:00 +0000"). Years 1800-2199.
std::string normalize_date(std::string_view s);

/// The first whole day written in a dateline near the start of `text` (within kDatelineBytes):
/// on one of the first five non-empty lines when that line is short (at most 100 bytes: a byline
/// or a "Published ..." line), or in the lead-in of the first paragraph up to a dash
/// ("MOSCOW, April 12, 2025 — ..."). A date in the running text ("On July 4, 1776, ...") is
/// not a dateline. "" when there is none.
std::string find_dateline(std::string_view text);

struct DocumentDate {
  std::string date;    ///< "YYYY-MM-DD" or ""
  std::string source;  ///< "metadata", "dateline" or "" (no date)
};

/// The document's day: its metadata `date` when that normalizes, else find_dateline(text).
DocumentDate document_date(const Document& doc);

}  // namespace ergraph::nlp
