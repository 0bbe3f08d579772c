#include "rules/vocabulary.hpp"
#include "text/catalogue.hpp"

#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>

namespace rules = ppid::rules;
using ppid::text::Lang;

namespace {

// Every value of `E` has a label in both languages, no two values share a label, and no word is
// understood for two values.
template <rules::Labelled E>
void check_vocabulary() {
  for (const auto lang : {Lang::id, Lang::en}) {
    std::set<std::string> labels;
    for (const auto value : ppid::all<E>()) {
      const std::string text{ppid::text::get(rules::label(value), lang)};
      CAPTURE(ppid::code(value));
      CHECK_FALSE(text.empty());
      CHECK(labels.insert(text).second);
    }
  }
  std::map<std::string, std::string> meaning;
  for (const auto value : ppid::all<E>()) {
    for (const auto& word : rules::understood_words(value)) {
      CAPTURE(word);
      const auto [at, inserted] = meaning.emplace(word, ppid::code(value));
      CHECK((inserted || at->second == ppid::code(value)));
      CHECK(rules::read_word<E>(word) == value);
    }
  }
}

}  // namespace

TEST_SUITE("vocabulary") {
  TEST_CASE("vocabulary: every value has its words in both languages, none shared") {
    check_vocabulary<rules::ApplicantType>();
    check_vocabulary<rules::Channel>();
    check_vocabulary<rules::AccessForm>();
    check_vocabulary<rules::Delivery>();
    check_vocabulary<rules::Payment>();
    check_vocabulary<rules::Decision>();
    check_vocabulary<rules::RefusalReason>();
    check_vocabulary<rules::ObjectionGround>();
    check_vocabulary<rules::ObjectionAnswer>();
    check_vocabulary<rules::DisputeOutcome>();
    check_vocabulary<rules::DisputeStage>();
    check_vocabulary<rules::Court>();
    check_vocabulary<rules::Party>();
    check_vocabulary<rules::CourtOutcome>();
    check_vocabulary<rules::State>();
    check_vocabulary<rules::EventKind>();
    check_vocabulary<rules::DeadlineKind>();
  }

  TEST_CASE("vocabulary: the words people type, in Indonesian or English, any case or spacing") {
    using rules::Decision;
    using rules::read_word;
    CHECK(read_word<Decision>("granted") == Decision::granted);
    CHECK(read_word<Decision>("dikabulkan") == Decision::granted);
    CHECK(read_word<Decision>("Dikabulkan  Seluruhnya") == Decision::granted);
    CHECK(read_word<Decision>("granted in full") == Decision::granted);
    CHECK(read_word<Decision>("sebagian") == Decision::partial);
    CHECK(read_word<Decision>("DITOLAK") == Decision::refused);
    CHECK(read_word<rules::RefusalReason>("dikecualikan") == rules::RefusalReason::exempt);
    CHECK(read_word<rules::RefusalReason>("not held") == rules::RefusalReason::not_held);
    CHECK(read_word<rules::RefusalReason>("not-held") == rules::RefusalReason::not_held);
    CHECK(read_word<rules::Channel>("surel") == rules::Channel::email);
    CHECK(read_word<rules::Channel>("loket") == rules::Channel::desk);
    CHECK(read_word<rules::Delivery>("kurir") == rules::Delivery::courier);
    CHECK(read_word<rules::ApplicantType>("badan hukum") == rules::ApplicantType::organization);
    CHECK(read_word<rules::ObjectionAnswer>("menguatkan") == rules::ObjectionAnswer::upheld);
    CHECK(read_word<rules::State>("dijawab") == rules::State::answered);
    CHECK(read_word<rules::State>("objection_answered") == rules::State::objection_answered);
    CHECK(read_word<rules::ObjectionGround>("a") == rules::ObjectionGround::a);
    // Nothing guessed: an unknown word, a blank, punctuation alone, a word of another vocabulary.
    CHECK_FALSE(read_word<Decision>("pigeon").has_value());
    CHECK_FALSE(read_word<Decision>("").has_value());
    CHECK_FALSE(read_word<Decision>(" - ").has_value());
    CHECK_FALSE(read_word<Decision>("surel").has_value());
  }

  TEST_CASE("vocabulary: a reader's words for a value") {
    CHECK(ppid::text::get(rules::label(rules::Decision::partial), Lang::id) ==
          "dikabulkan sebagian");
    CHECK(ppid::text::get(rules::label(rules::Decision::partial), Lang::en) == "granted in part");
    CHECK(ppid::text::get(rules::label(rules::ObjectionGround::a), Lang::id) ==
          "penolakan berdasarkan pengecualian (pasal 17)");
    CHECK(ppid::text::get(rules::label(rules::Channel::unknown), Lang::en) == "not recorded");
  }
}
