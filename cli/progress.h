#pragma once
/// @file progress.h
/// A one-line progress display on stderr, shown only when enabled (on a terminal) and redrawn at
/// most five times a second.
#include <chrono>
#include <string>

namespace ergraph::cli {

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled) {}
  ~Progress() { clear(); }
  /// Redraws the line if enough time has passed since the last redraw.
  void update(const std::string& line);
  /// Erases the line (before other messages and at the end).
  void clear();

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace ergraph::cli
