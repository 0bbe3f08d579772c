#include "app.hpp"

#include <iostream>

int main(int argc, char** argv) { return ppid::cli::run(argc, argv, std::cout, std::cerr); }
