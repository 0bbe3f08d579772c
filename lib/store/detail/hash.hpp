#pragma once

#include <string>
#include <string_view>

namespace ppid::store {

// The SHA-256 digest of `bytes`, as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace ppid::store
