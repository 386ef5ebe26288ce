#include "nlp/html.h"

#include <climits>
#include <cstring>
#include <memory>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "core/text.h"

namespace ergraph::nlp {
namespace {

bool name_is(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && n->name && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

bool name_in(const xmlNode* n, std::initializer_list<const char*> names) {
  for (const char* name : names)
    if (name_is(n, name)) return true;
  return false;
}

std::string attribute(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// Elements whose content is never article prose.
bool is_chrome(const xmlNode* n) {
  return name_in(n, {"script", "style", "noscript", "template", "nav", "aside", "footer", "form", "figure", "iframe",
                     "svg", "math", "button", "select", "textarea", "object", "embed", "canvas", "video", "audio",
                     "head", "title", "menu", "dialog"}) ||
         (n->type == XML_ELEMENT_NODE && (xmlHasProp(n, reinterpret_cast<const xmlChar*>("hidden")) ||
                                          attribute(n, "aria-hidden") == "true"));
}

bool is_block(const xmlNode* n) {
  return name_in(n, {"p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
                     "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "caption", "address",
                     "hr", "center", "details", "summary", "body"});
}

/// Pre-order search without recursion (a page may nest thousands of elements deep).
template <class Pred>
const xmlNode* find_first(const xmlNode* root, Pred pred) {
  std::vector<const xmlNode*> stack{root};
  while (!stack.empty()) {
    const xmlNode* n = stack.back();
    stack.pop_back();
    if (n->type == XML_ELEMENT_NODE && pred(n)) return n;
    std::vector<const xmlNode*> kids;
    for (const xmlNode* c = n->children; c; c = c->next) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
  return nullptr;
}

/// Text of an element's subtree, whitespace collapsed (for the title and the like).
std::string plain_text(const xmlNode* root) {
  std::string raw;
  std::vector<const xmlNode*> stack{root};
  while (!stack.empty()) {
    const xmlNode* n = stack.back();
    stack.pop_back();
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
      raw += reinterpret_cast<const char*>(n->content);
      raw += ' ';
    }
    if (n->type == XML_ELEMENT_NODE && n != root && is_chrome(n) && !name_is(n, "title")) continue;
    std::vector<const xmlNode*> kids;
    for (const xmlNode* c = n->children; c; c = c->next) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
  return core::squeeze_spaces(raw);
}

/// The article's paragraphs: block elements end a paragraph, <br> a line.
std::string article_text(const xmlNode* root, bool keep_header) {
  std::string out;
  bool space = false;  // whitespace seen since the last character written
  auto end_paragraph = [&] {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (!out.empty() && out.back() != '\n') out += '\n';
    if (!out.empty() && (out.size() < 2 || out[out.size() - 2] != '\n')) out += '\n';
    space = false;
  };
  struct Frame {
    const xmlNode* node;
    bool leaving;
    bool pre;
  };
  std::vector<Frame> stack{{root, false, false}};
  while (!stack.empty()) {
    const Frame f = stack.back();
    stack.pop_back();
    const xmlNode* n = f.node;
    if (f.leaving) {
      if (is_block(n)) end_paragraph();
      continue;
    }
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (!n->content) continue;
      for (const char* p = reinterpret_cast<const char*>(n->content); *p; ++p) {
        const char c = *p;
        if (f.pre && c == '\n') {
          out += '\n';
          space = false;
        } else if (is_space(c)) {
          space = true;
        } else {
          if (space && !out.empty() && out.back() != '\n') out += ' ';
          space = false;
          out += c;
        }
      }
      continue;
    }
    if (n->type != XML_ELEMENT_NODE && n->type != XML_DOCUMENT_NODE && n->type != XML_HTML_DOCUMENT_NODE) continue;
    if (n != root && is_chrome(n)) continue;
    if (n != root && name_is(n, "header")) {
      // A site's header is chrome; an article's header gives only its headline (not the
      // byline, the displayed date or the sharing links).
      if (!keep_header) continue;
      std::vector<const xmlNode*> headings;
      std::vector<const xmlNode*> walk{n};
      while (!walk.empty()) {
        const xmlNode* h = walk.back();
        walk.pop_back();
        if (name_in(h, {"h1", "h2", "h3", "h4", "h5", "h6"})) {
          headings.push_back(h);
          continue;
        }
        for (const xmlNode* c = h->last; c; c = c->prev) walk.push_back(c);
      }
      for (auto it = headings.rbegin(); it != headings.rend(); ++it) stack.push_back({*it, false, false});
      continue;
    }
    if (name_is(n, "br")) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      if (!out.empty() && out.back() != '\n') out += '\n';
      space = false;
      continue;
    }
    if (is_block(n)) end_paragraph();
    else if (name_in(n, {"img", "input"})) continue;
    const bool pre = f.pre || name_is(n, "pre");
    stack.push_back({n, true, pre});
    std::vector<const xmlNode*> kids;
    for (const xmlNode* c = n->children; c; c = c->next) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, false, pre});
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  if (!out.empty()) out += '\n';
  return out;
}

/// rel="canonical" (a space-separated, case-insensitive list of link types).
bool rel_is_canonical(std::string_view rel) {
  const std::string lower = core::ascii_lower(rel);
  std::size_t i = 0;
  while (i < lower.size()) {
    while (i < lower.size() && is_space(lower[i])) ++i;
    std::size_t j = i;
    while (j < lower.size() && !is_space(lower[j])) ++j;
    if (std::string_view(lower).substr(i, j - i) == "canonical") return true;
    i = j;
  }
  return false;
}

std::string meta_content(const xmlNode* root, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    const xmlNode* m = find_first(root, [&](const xmlNode* n) {
      return name_is(n, "meta") && (attribute(n, "property") == key || attribute(n, "name") == key ||
                                    attribute(n, "itemprop") == key);
    });
    if (m) {
      std::string v = core::squeeze_spaces(attribute(m, "content"));
      if (!v.empty()) return v;
    }
  }
  return {};
}

}  // namespace

HtmlArticle read_html_article(std::string_view html, const std::string& encoding) {
  HtmlArticle out;
  if (html.empty() || html.size() > static_cast<std::size_t>(INT_MAX)) return out;
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, encoding.empty() ? nullptr : encoding.c_str(),
                     options),
      &xmlFreeDoc);
  if (!doc) return out;
  const xmlNode* top = reinterpret_cast<const xmlNode*>(doc.get());

  if (const xmlNode* t = find_first(top, [](const xmlNode* n) { return name_is(n, "title"); })) out.title = plain_text(t);
  if (out.title.empty()) out.title = meta_content(top, {"og:title", "twitter:title"});

  const xmlNode* root = find_first(top, [](const xmlNode* n) { return name_is(n, "article"); });
  const bool in_article = root != nullptr;
  if (!root) root = find_first(top, [](const xmlNode* n) { return name_is(n, "main"); });
  if (!root) root = find_first(top, [](const xmlNode* n) { return name_is(n, "body"); });
  if (!root) root = top;
  out.text = article_text(root, in_article);
  if (out.title.empty())
    if (const xmlNode* h = find_first(root, [](const xmlNode* n) { return name_is(n, "h1"); })) out.title = plain_text(h);

  const xmlNode* time = find_first(root, [](const xmlNode* n) { return name_is(n, "time") && !attribute(n, "datetime").empty(); });
  if (!time) time = find_first(top, [](const xmlNode* n) { return name_is(n, "time") && !attribute(n, "datetime").empty(); });
  out.date = time ? core::squeeze_spaces(attribute(time, "datetime"))
                  : meta_content(top, {"article:published_time", "datePublished", "date", "pubdate", "DC.date.issued",
                                       "dc.date"});

  if (const xmlNode* link = find_first(top, [](const xmlNode* n) {
        return name_is(n, "link") && rel_is_canonical(attribute(n, "rel"));
      }))
    out.url = core::squeeze_spaces(attribute(link, "href"));
  if (out.url.empty()) out.url = meta_content(top, {"og:url"});
  return out;
}

}  // namespace ergraph::nlp
