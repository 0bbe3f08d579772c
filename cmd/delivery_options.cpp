#include "delivery_options.hpp"

#include <CLI/CLI.hpp>

namespace ppid::cli {

using text::Id;

void add_delivery_options(CLI::App& cmd, rules::DeliveryInput& in, const Session& s) {
  cmd.add_option("--form", in.form, s.text(Id::help_opt_form))
      ->type_name(joined<rules::AccessForm>("|"));
  cmd.add_option("--channel", in.channel, s.text(Id::help_opt_delivery_channel))
      ->type_name(joined<rules::Delivery>("|"));
  cmd.add_option("--cost", in.cost, s.text(Id::help_opt_cost))->type_name("RUPIAH");
  cmd.add_option("--paid-by", in.paid_by, s.text(Id::help_opt_paid_by))
      ->type_name(joined<rules::Payment>("|"));
}

}  // namespace ppid::cli
