#pragma once

#include "rules/words.hpp"

#include <string>
#include <string_view>

namespace ppid::cli {

// The command that records `act` ("object --answer").
std::string_view act_command(rules::Act act);

// The command of the act whose word is `word`, for messages (Error::render); the word itself
// when it is not an act's.
std::string spell_act(std::string_view word);

}  // namespace ppid::cli
