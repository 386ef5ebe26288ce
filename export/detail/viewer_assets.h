#pragma once
/// @file viewer_assets.h
/// The files of the HTML viewer (export/viewer/), compiled into the binary (internal to export/).
/// The definitions are generated at build time by export/viewer/embed.cmake; the bytes are the
/// files' bytes, nothing is read from the source tree at run time.
#include <string_view>

namespace ergraph::exporter::detail {

/// export/viewer/viewer.html: the page, with the placeholders the writer fills in.
std::string_view viewer_template();
/// export/viewer/viewer.js: the page's code (search, filters, evidence panel).
std::string_view viewer_script();
/// export/viewer/vendor/cytoscape.min.js: Cytoscape.js (MIT; its licence heads the file).
std::string_view cytoscape_script();

}  // namespace ergraph::exporter::detail
