#include "store/detail/hash.hpp"

#include "error.hpp"

#include <openssl/evp.h>

#include <array>

namespace ppid::store {

std::string sha256_hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  // Fetched once: OpenSSL 3 looks the algorithm up again on every EVP_sha256() digest.
  static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  if (sha256 == nullptr ||
      EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, sha256, nullptr) != 1) {
    throw Error{ErrorKind::internal, {text::Id::err_internal}}.value("SHA-256");
  }
  // By hand: every event of an import is hashed, and formatting byte by byte showed in profiles.
  static constexpr char k_digits[] = "0123456789abcdef";
  std::string hex(std::size_t{2} * length, '0');
  for (std::size_t i = 0; i < length; ++i) {
    hex[2 * i] = k_digits[digest[i] >> 4];
    hex[2 * i + 1] = k_digits[digest[i] & 0x0f];
  }
  return hex;
}

}  // namespace ppid::store
