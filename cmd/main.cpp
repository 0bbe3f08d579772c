#include "app.hpp"

#include <iostream>

int main(int argc, char** argv) {
  // ppid uses only the C++ streams; unsynchronised, bulk input and output are fast.
  std::ios::sync_with_stdio(false);
  return ppid::cli::run(argc, argv, std::cin, std::cout, std::cerr);
}
