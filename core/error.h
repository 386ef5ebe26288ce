#pragma once
/// @file error.h
/// The project's error hierarchy. Exceptions cross module APIs; only cli/main.cpp exits.
#include <stdexcept>
#include <string>

namespace ergraph {

/// Base class: a stable code ("E101"), a message and, where known, a location ("file:line").
class Error : public std::runtime_error {
 public:
  Error(std::string code, const std::string& message, std::string location = {})
      : std::runtime_error(location.empty() ? message : location + ": " + message),
        code_(std::move(code)),
        location_(std::move(location)) {}
  const std::string& code() const { return code_; }
  const std::string& location() const { return location_; }

 private:
  std::string code_;
  std::string location_;
};

/// Malformed user input (an article, a CoNLL-U file, a GraphML file). Exit code 65 at the CLI.
class ParseError : public Error {
  using Error::Error;
};
/// A model file that is missing, corrupt or of an unknown version.
class ModelError : public Error {
  using Error::Error;
};
/// A graph operation that cannot be done (unknown entity, bad query).
class GraphError : public Error {
  using Error::Error;
};
/// A file that cannot be read or written.
class IoError : public Error {
  using Error::Error;
};

}  // namespace ergraph
