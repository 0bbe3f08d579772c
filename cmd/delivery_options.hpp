#pragma once

#include "rules/lifecycle.hpp"
#include "session.hpp"

namespace CLI {
class App;
}  // namespace CLI

namespace ppid::cli {

// Adds --form, --channel, --cost and --paid-by, the delivery's options that `deliver` and
// `respond --delivered` share.
void add_delivery_options(CLI::App& cmd, rules::DeliveryInput& in, const Session& s);

}  // namespace ppid::cli
