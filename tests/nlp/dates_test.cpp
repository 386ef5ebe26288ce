// Article dates (nlp/dates.h): metadata spellings and datelines from several kinds of outlet.
#include <catch2/catch.hpp>
#include <string>

#include "nlp/dates.h"

using ergraph::nlp::document_date;
using ergraph::nlp::find_dateline;
using ergraph::nlp::normalize_date;

TEST_CASE("dates: metadata spellings normalize to ISO days", "[nlp][dates]") {
  CHECK(normalize_date("2025-04-12") == "2025-04-12");
  CHECK(normalize_date(" 2025-04-12T08:30:00Z ") == "2025-04-12");
  CHECK(normalize_date("2025/4/12").empty());  // needs two-digit month and day
  CHECK(normalize_date("2025/04/12") == "2025-04-12");
  CHECK(normalize_date("2025.04.12") == "2025-04-12");
  CHECK(normalize_date("April 12, 2025") == "2025-04-12");
  CHECK(normalize_date("Apr. 12th 2025") == "2025-04-12");
  CHECK(normalize_date("12 April 2025") == "2025-04-12");
  CHECK(normalize_date("Sat, 12 Apr 2025 08:30:00 +0000") == "2025-04-12");  // RSS (RFC 2822)
  CHECK(normalize_date("Sept. 3, 1999") == "1999-09-03");
  CHECK(normalize_date("29 February 2024") == "2024-02-29");
}

TEST_CASE("dates: what is not a whole day gives nothing", "[nlp][dates]") {
  CHECK(normalize_date("").empty());
  CHECK(normalize_date("April 2025").empty());
  CHECK(normalize_date("2025").empty());
  CHECK(normalize_date("04/05/2025").empty());      // day and month order unknown
  CHECK(normalize_date("2025-02-30").empty());      // no such day
  CHECK(normalize_date("29 February 2023").empty());  // not a leap year
  CHECK(normalize_date("May 40, 2025").empty());
  CHECK(normalize_date("yesterday").empty());
  CHECK(normalize_date("12 Mayfair 2025").empty());
}

TEST_CASE("dates: datelines of wires, papers, courts and blogs", "[nlp][dates]") {
  CHECK(find_dateline("MOSCOW, April 12, 2025 \u2014 The Kremlin said talks would resume.") == "2025-04-12");
  CHECK(find_dateline("NAIROBI, 3 March 2024 (AP) - Kenya's parliament passed the budget.") == "2024-03-03");
  CHECK(find_dateline("Court of Appeal ruling\nPublished 7 June 2023\n\nThe court dismissed the appeal.") ==
        "2023-06-07");
  CHECK(find_dateline("Local council votes on bike lanes\nBy Ana Ruiz | 2022-11-08\n\nThe council voted 5-2.") ==
        "2022-11-08");
  CHECK(find_dateline("Manchester United beat Leeds 3-1 on Saturday.").empty());
}

TEST_CASE("dates: a date in the running text is not a dateline", "[nlp][dates]") {
  CHECK(find_dateline("The treaty, signed on July 4, 1776, is older than the company, which the founders "
                      "started in a garage and which now employs thousands of people across the region.")
            .empty());
  std::string late(700, 'x');
  CHECK(find_dateline(late + "\nApril 12, 2025\n").empty());  // beyond kDatelineBytes
}

TEST_CASE("dates: document_date prefers the metadata, then the dateline", "[nlp][dates]") {
  ergraph::nlp::Document d;
  d.text = "LIMA, 5 May 2021 \u2014 Peru's central bank held rates.";
  auto got = document_date(d);
  CHECK(got.date == "2021-05-05");
  CHECK(got.source == "dateline");
  d.metadata["date"] = "2021-05-06T10:00:00+02:00";
  got = document_date(d);
  CHECK(got.date == "2021-05-06");
  CHECK(got.source == "metadata");
  d.metadata["date"] = "not a date";
  CHECK(document_date(d).source == "dateline");
  d.text = "Peru's central bank held rates.";
  CHECK(document_date(d).date.empty());
  CHECK(document_date(d).source.empty());
}
