#pragma once
/// @file sha256.h
/// SHA-256 (FIPS 180-4) of a byte string or a file, as 64 lower-case hex digits. Used to pin the
/// training data a model was built from.
#include <filesystem>
#include <string>
#include <string_view>

namespace ergraph::train {

std::string sha256_hex(std::string_view data);
/// Hash of a whole file; throws IoError if it cannot be read.
std::string sha256_file(const std::filesystem::path& path);

}  // namespace ergraph::train
