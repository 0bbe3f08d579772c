#pragma once

#include <iosfwd>

namespace ppid::cli {

// Runs ppid with the command line `argv`, reading `in` and writing to `out` and `err`; returns
// the exit code. This is the one place where errors are caught and turned into a message and an
// exit code.
int run(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace ppid::cli
