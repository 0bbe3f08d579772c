// The libFuzzer entry point of one target; CMake names its body in PPID_FUZZ_BODY. A violated
// property (PropertyViolation) escapes on purpose: libFuzzer reports it as a crash.
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return PPID_FUZZ_BODY(data, size);
}
