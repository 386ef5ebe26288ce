#include "nlp/detail/binary_io.h"

#include <bit>
#include <fstream>
#include <iterator>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/text.h"
#include "nlp/training_source.h"

namespace ergraph::nlp::detail {

void BinaryWriter::f32(float v) { u32(std::bit_cast<std::uint32_t>(v)); }

void BinaryWriter::str(std::string_view s) {
  u32(static_cast<std::uint32_t>(s.size()));
  buf_.append(s);
}

float BinaryReader::f32() { return std::bit_cast<float>(u32()); }

void BinaryReader::fail(const char* code, const std::string& message) const {
  throw ModelError(code, message, where_);
}

void BinaryReader::need(std::uint64_t n, const char* what) const {
  if (n > remaining())
    fail("E411", "truncated model file: " + std::string(what) + " needs " + std::to_string(n) +
                     " bytes at offset " + std::to_string(pos_) + ", only " +
                     std::to_string(remaining()) + " left");
}

std::uint64_t BinaryReader::get(int n) {
  need(static_cast<std::uint64_t>(n), "field");
  std::uint64_t v = 0;
  for (int i = 0; i < n; ++i)
    v |= static_cast<std::uint64_t>(static_cast<unsigned char>(data_[pos_ + static_cast<std::size_t>(i)])) << (8 * i);
  pos_ += static_cast<std::size_t>(n);
  return v;
}

std::string BinaryReader::str(std::size_t max_len) {
  const std::uint32_t n = u32();
  if (n > max_len) fail("E415", "string of " + std::to_string(n) + " bytes at offset " + std::to_string(pos_ - 4) + " is too long");
  return std::string(bytes(n));
}

std::string_view BinaryReader::bytes(std::size_t n) {
  need(n, "byte block");
  auto out = data_.substr(pos_, n);
  pos_ += n;
  return out;
}

void BinaryReader::expect_end() const {
  if (remaining() != 0)
    fail("E414", std::to_string(remaining()) + " unexpected bytes after the end of the model");
}

void BinaryWriter::checksum_trailer() { u64(core::fnv1a64(buf_)); }

void BinaryReader::expect_checksum_trailer() {
  const std::size_t body = pos_;
  const std::uint64_t checksum = u64();
  expect_end();
  if (checksum != core::fnv1a64(data_.substr(0, body))) fail("E417", "checksum mismatch (the file is corrupt)");
}

void BinaryReader::verify_checksum_trailer() const {
  if (data_.size() < 8) fail("E411", "file too short for its checksum");
  const std::size_t body = data_.size() - 8;
  std::uint64_t checksum = 0;
  for (int i = 0; i < 8; ++i)
    checksum |= static_cast<std::uint64_t>(static_cast<unsigned char>(data_[body + static_cast<std::size_t>(i)])) << (8 * i);
  if (checksum != core::fnv1a64(data_.substr(0, body))) fail("E417", "checksum mismatch (the file is corrupt)");
}

std::string read_model_file(const std::filesystem::path& path, std::string_view what) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec))
    throw ModelError("E410", "cannot open " + std::string(what) + ": not a regular file", path.string());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError("E410", "cannot open " + std::string(what), path.string());
  std::string bytes = core::read_all(in);
  if (in.bad()) throw ModelError("E410", "cannot read " + std::string(what), path.string());
  return bytes;
}

void write_training_sources(detail::BinaryWriter& w, const std::vector<TrainingSource>& sources) {
  w.u32(static_cast<std::uint32_t>(sources.size()));
  for (const auto& s : sources) {
    w.str(s.name);
    w.u64(s.bytes);
    w.str(s.sha256);
    w.u32(s.sentences);
    w.u32(s.tokens);
  }
}

std::vector<TrainingSource> read_training_sources(detail::BinaryReader& r) {
  const std::uint32_t n = r.u32();
  r.need(std::uint64_t{n} * 24, "training sources");
  std::vector<TrainingSource> sources(n);
  for (auto& s : sources) {
    s.name = r.str(4096);
    s.bytes = r.u64();
    s.sha256 = r.str(64);
    s.sentences = r.u32();
    s.tokens = r.u32();
  }
  return sources;
}

}  // namespace ergraph::nlp::detail
