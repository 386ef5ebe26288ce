// The perceptron weight section (nlp/perceptron.h) against crafted headers: counts are checked
// against the bytes that are left before anything is sized, and entry counts cannot wrap.
#include <catch2/catch.hpp>

#include "core/error.h"
#include "nlp/detail/binary_io.h"
#include "nlp/perceptron.h"

using ergraph::ModelError;
using ergraph::nlp::PerceptronModel;
using ergraph::nlp::detail::BinaryReader;
using ergraph::nlp::detail::BinaryWriter;

namespace {

std::string code_of(const std::string& bytes) {
  BinaryReader r(bytes, "crafted");
  try {
    PerceptronModel::read(r);
  } catch (const ModelError& e) {
    return e.code();
  }
  return "none";
}

}  // namespace

TEST_CASE("perceptron: a header asking for half a billion keys fails before any allocation", "[perceptron]") {
  BinaryWriter w;
  w.u16(2);            // section version
  w.u32(3);            // classes
  w.f32(1.0f);         // scale
  w.u32(1u << 29);     // keys: would be 4 GB of keys
  w.u32(0);            // entries
  w.u8(0);
  CHECK(code_of(w.take()) == "E411");
}

TEST_CASE("perceptron: a file whose entry counts exceed the total is refused", "[perceptron]") {
  // Version 1 layout: n keys (u64), then n u16 counts, then the entries. Two keys claim 40,000
  // entries each while the total says 3.
  BinaryWriter w;
  w.u16(1);
  w.u32(300);
  w.f32(1.0f);
  w.u32(2);
  w.u32(3);
  w.u64(5);
  w.u64(9);
  w.u16(40000);
  w.u16(40000);
  for (int i = 0; i < 3; ++i) {
    w.u16(0);
    w.i16(1);
  }
  w.bytes(std::string(64, '\0'));
  CHECK(code_of(w.take()) == "E416");
}

TEST_CASE("perceptron: entry counts that wrap past 2^32 onto the total are refused", "[perceptron]") {
  // 65,537 keys with 65,535 entries each and one with 4: 2^32 + 3 in all, which 32-bit sums
  // would read as the total of 3 (and then index far outside the 3 entries).
  const std::uint32_t n = 65538;
  BinaryWriter w;
  w.u16(1);
  w.u32(3);
  w.f32(1.0f);
  w.u32(n);
  w.u32(3);
  for (std::uint32_t k = 0; k < n; ++k) w.u64(k + 1);
  for (std::uint32_t k = 0; k + 1 < n; ++k) w.u16(65535);
  w.u16(4);
  for (int i = 0; i < 3; ++i) {
    w.u16(0);
    w.i16(1);
  }
  CHECK(code_of(w.take()) == "E416");
}
