#pragma once
/// @file binary_io.h
/// Little-endian, fixed-width binary encoding for model files. The writer appends to a string;
/// the reader checks bounds on every read and throws ModelError("E411", "truncated ...") naming
/// the file, so a damaged model never reads past its end.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/training_source.h"

namespace ergraph::nlp::detail {

/// Appends little-endian fields to an in-memory buffer.
class BinaryWriter {
 public:
  void u8(std::uint8_t v) { buf_ += static_cast<char>(v); }
  void u16(std::uint16_t v) { put(v, 2); }
  void u32(std::uint32_t v) { put(v, 4); }
  void u64(std::uint64_t v) { put(v, 8); }
  void i16(std::int16_t v) { u16(static_cast<std::uint16_t>(v)); }
  void f32(float v);
  /// u32 byte length, then the bytes.
  void str(std::string_view s);
  /// Raw bytes, no length.
  void bytes(std::string_view s) { buf_.append(s); }
  const std::string& data() const { return buf_; }
  std::string take() { return std::move(buf_); }
  /// Appends the u64 FNV-1a checksum of everything written so far (the model files' trailer).
  void checksum_trailer();

 private:
  void put(std::uint64_t v, int n) {
    for (int i = 0; i < n; ++i) buf_ += static_cast<char>((v >> (8 * i)) & 0xFF);
  }
  std::string buf_;
};

/// Reads little-endian fields from a view; every read is bounds-checked.
/// Errors are ModelError with `where` (the file path) as location.
class BinaryReader {
 public:
  BinaryReader(std::string_view data, std::string where) : data_(data), where_(std::move(where)) {}
  std::uint8_t u8() { return static_cast<std::uint8_t>(get(1)); }
  std::uint16_t u16() { return static_cast<std::uint16_t>(get(2)); }
  std::uint32_t u32() { return static_cast<std::uint32_t>(get(4)); }
  std::uint64_t u64() { return get(8); }
  std::int16_t i16() { return static_cast<std::int16_t>(u16()); }
  float f32();
  /// A u32-length-prefixed string of at most `max_len` bytes.
  std::string str(std::size_t max_len = 1 << 20);
  /// `n` raw bytes.
  std::string_view bytes(std::size_t n);
  /// Throws unless at least `n` more bytes remain (use before sizing a vector from a count).
  void need(std::uint64_t n, const char* what) const;
  std::size_t pos() const { return pos_; }
  std::size_t remaining() const { return data_.size() - pos_; }
  /// Throws ModelError("E414") if bytes are left over.
  void expect_end() const;
  /// Reads the u64 trailer written by BinaryWriter::checksum_trailer(), requires it to be the
  /// last field (E414) and to match the bytes before it (E417).
  void expect_checksum_trailer();
  /// Checks, before anything after the header is parsed, that the last 8 bytes are the FNV-1a
  /// checksum of the bytes before them (E417): a damaged or crafted file is refused before its
  /// counts size anything. expect_checksum_trailer() still checks the trailer's position.
  void verify_checksum_trailer() const;
  /// Throws ModelError(code, message) at this file.
  [[noreturn]] void fail(const char* code, const std::string& message) const;
  const std::string& where() const { return where_; }

 private:
  std::uint64_t get(int n);
  std::string_view data_;
  std::size_t pos_ = 0;
  std::string where_;
};

/// The whole content of a model file; ModelError("E410") naming `what` and the path if it cannot
/// be opened or read.
std::string read_model_file(const std::filesystem::path& path, std::string_view what);

/// The "sources" section shared by the model formats (tagger, parser): u32 n, then n x
/// (str name, u64 bytes, str sha256, u32 sentences, u32 tokens).
void write_training_sources(BinaryWriter& w, const std::vector<TrainingSource>& sources);
std::vector<TrainingSource> read_training_sources(BinaryReader& r);

}  // namespace ergraph::nlp::detail
