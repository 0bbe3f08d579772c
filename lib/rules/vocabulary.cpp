#include "rules/vocabulary.hpp"

#include "text/ascii.hpp"

namespace ppid::rules::detail {

std::vector<std::string> understood_words(std::string_view code, const Said& said) {
  std::vector<std::string> out{text::normalised_words(code)};
  for (const auto lang : {text::Lang::id, text::Lang::en}) {
    out.push_back(text::normalised_words(text::get(said.label, lang)));
  }
  for (std::string_view rest = said.written; !rest.empty();) {
    const auto bar = rest.find('|');
    out.emplace_back(rest.substr(0, bar));
    rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
  }
  return out;
}

bool says(std::string_view typed, std::string_view code, const Said& said) {
  const auto words = text::normalised_words(typed);
  if (words.empty()) {
    return false;
  }
  for (const auto& word : understood_words(code, said)) {
    if (word == words) {
      return true;
    }
  }
  return false;
}

}  // namespace ppid::rules::detail
