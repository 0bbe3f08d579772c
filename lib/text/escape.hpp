#pragma once

#include <string>
#include <string_view>

namespace ppid::text {

// `text` made safe to show on a terminal: control characters (C0, DEL, C1) and so escape
// sequences are shown as `\xNN` instead of being sent to the terminal.
std::string printable(std::string_view text);

}  // namespace ppid::text
