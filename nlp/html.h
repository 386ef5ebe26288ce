#pragma once
/// @file html.h
/// The article inside an HTML page, read with libxml2's HTML parser (error-tolerant, no network,
/// no entity expansion beyond HTML's own): the text of the first <article> element (else <main>,
/// else <body>), one paragraph per block element (p, h1-h6, li, blockquote, pre, td, div ...),
/// without script, style, nav, aside, footer, form, figure and the like; and the page's title,
/// date and address, which the pipeline reads like a JSONL record's fields:
///
///   title  <title>, else og:title, else the first <h1>
///   date   the first <time datetime="...">, else article:published_time, datePublished, date
///   url    <link rel="canonical">, else og:url
///
/// The encoding is the page's own (<meta charset>, BOM) unless `encoding` names one; the text
/// comes back as UTF-8.
#include <string>
#include <string_view>

namespace ergraph::nlp {

struct HtmlArticle {
  std::string text;   ///< paragraphs separated by a blank line; empty if the page has no text
  std::string title;
  std::string date;   ///< as written in the page (nlp/dates.h reads it)
  std::string url;
};

/// Never throws on bad markup (HTML is repaired as browsers do); throws std::bad_alloc only.
/// `encoding` may be empty: the page's declared encoding, else what libxml2 detects.
HtmlArticle read_html_article(std::string_view html, const std::string& encoding = {});

}  // namespace ergraph::nlp
