#include "store/hash.hpp"

#include "error.hpp"

#include <fmt/format.h>

#include <openssl/evp.h>

#include <array>

namespace ppid::store {

std::string sha256_hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1) {
    throw Error{ErrorKind::internal, {text::Id::err_internal}}.value("SHA-256");
  }
  std::string hex;
  hex.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    hex += fmt::format("{:02x}", digest[i]);
  }
  return hex;
}

}  // namespace ppid::store
