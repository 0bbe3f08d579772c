#include "act_words.hpp"

namespace ppid::cli {

std::string_view act_command(rules::Act act) {
  switch (act) {
    case rules::Act::complete:
      return "request complete";
    case rules::Act::respond:
      return "respond";
    case rules::Act::extend:
      return "extend";
    case rules::Act::object:
      return "object";
    case rules::Act::answer_objection:
      return "object --answer";
    case rules::Act::escalate:
      return "escalate";
    case rules::Act::end_dispute:
      return "escalate --outcome";
    case rules::Act::withdraw:
      return "withdraw";
    case rules::Act::deliver:
      return "deliver";
    case rules::Act::assign:
      return "assign";
    case rules::Act::return_:
      return "assign --returned";
    case rules::Act::stage:
      return "escalate --stage";
    case rules::Act::court:
      return "court";
    case rules::Act::court_decision:
      return "court --decision";
    case rules::Act::cassation:
      return "court --cassation";
  }
  return "";
}

std::string spell_act(std::string_view word) {
  const auto act = parse<rules::Act>(word);
  return std::string{act ? act_command(*act) : word};
}

}  // namespace ppid::cli
