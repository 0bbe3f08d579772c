#include "config/config.hpp"
#include "error.hpp"
#include "rules/lifecycle.hpp"
#include "rules/validate.hpp"
#include "rules/words.hpp"
#include "support/case_builder.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <stdexcept>
#include <string>

using ppid::Error;
using ppid::ErrorKind;
using ppid::rules::InputField;
using ppid::rules::RequestInput;
using ppid::test::as_of;
using ppid::test::at;
using ppid::test::CaseBuilder;
using ppid::test::day;

namespace {

namespace rules = ppid::rules;

// "field: message" of the error `check` throws, or "accepted".
std::string problem(const std::function<void()>& check) {
  try {
    check();
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::usage);
    return e.field() + ": " + e.render(ppid::text::Lang::en);
  }
  return "accepted";
}

// The problem of the request `change` makes of the builder's usual one.
std::string request_problem(const std::function<void(RequestInput&)>& change,
                            const ppid::config::Config& config = {}) {
  auto input = CaseBuilder::request();
  change(input);
  return problem([&] { rules::request_data(input, config); });
}

const std::string k_long_short(201, 'a');
const std::string k_long_long(4001, 'a');
const std::string k_control = "no control: ";
const std::string k_controls_hint = "no control characters (line breaks only in long text)";

}  // namespace

TEST_SUITE("rules") {
  TEST_CASE("validate: the request's fields, each refused with its own name") {
    CHECK(request_problem([](auto& r) { r.name = " \t"; }) == "name: name is required");
    CHECK(request_problem([](auto& r) { r.name = k_long_short; }) ==
          "name: invalid name; at most 200 bytes");
    CHECK(request_problem([](auto& r) { r.name = "Siti\nAminah"; }) ==
          "name: invalid name; " + k_controls_hint);
    CHECK(request_problem([](auto& r) { r.info = ""; }) == "info: info is required");
    CHECK(request_problem([](auto& r) { r.info = k_long_long; }) ==
          "info: invalid info; at most 4000 bytes");
    CHECK(request_problem([](auto& r) { r.info = "Data\x1b[2J"; }) ==
          "info: invalid info; " + k_controls_hint);
    CHECK(request_problem([](auto& r) { r.applicant_type = "company"; }) ==
          "applicant-type: invalid applicant-type: \"company\"; allowed: person, group, "
          "organization");
    CHECK(request_problem([](auto& r) { r.channel = "sms"; }) ==
          "channel: invalid channel: \"sms\"; allowed: desk, email, web, post, fax, phone, "
          "unknown");
    CHECK(request_problem([](auto& r) { r.access = "copy"; }) ==
          "access: invalid access: \"copy\"; allowed: see, read, listen, note, softcopy, hardcopy");
    CHECK(request_problem([](auto& r) { r.delivery = "drone"; }) ==
          "delivery: invalid delivery: \"drone\"; allowed: pickup, courier, post, fax, email");
    // Personal data is never repeated in a message.
    CHECK(request_problem([](auto& r) { r.id_number = "320123456789"; }) ==
          "id-number: invalid id-number; a NIK has exactly 16 digits");
    CHECK(request_problem([](auto& r) { r.phone = "0812-345"; }) ==
          "phone: invalid phone; a phone number has 8 to 15 digits, optionally after a +");
    CHECK(request_problem([](auto& r) { r.email = "siti.example.id"; }) ==
          "email: invalid email; an e-mail address like name@example.go.id");
    CHECK(request_problem([](auto& r) { r.address = "Jl. Merdeka 1\x07"; }) ==
          "address: invalid address; " + k_controls_hint);
    CHECK(request_problem([](auto& r) { r.address = k_long_short; }) ==
          "address: invalid address; at most 200 bytes");
    CHECK(request_problem([](auto& r) { r.occupation = "Guru\tSD"; }) ==
          "occupation: invalid occupation; " + k_controls_hint);
    CHECK(request_problem([](auto& r) { r.proxy = k_long_short; }) ==
          "proxy: invalid proxy; at most 200 bytes");
    CHECK(request_problem([](auto& r) { r.purpose = k_long_long; }) ==
          "purpose: invalid purpose; at most 4000 bytes");
    CHECK(request_problem([](auto& r) { r.purpose = "Penelitian\x7f"; }) ==
          "purpose: invalid purpose; " + k_controls_hint);
    CHECK(request_problem([](auto& r) { r.service = "statistik"; }) ==
          "service: invalid service: \"statistik\"; the configuration has no services "
          "([services.NAME])");
    ppid::config::Config config;
    config.services.push_back({"informasi-publik", "Informasi publik", std::nullopt});
    config.services.push_back({"statistik", "Data statistik", std::nullopt});
    CHECK(request_problem([](auto& r) { r.service = "data"; }, config) ==
          "service: invalid service: \"data\"; allowed: informasi-publik, statistik");
  }

  TEST_CASE("validate: the fields checked first are reported first") {
    CHECK(request_problem([](auto& r) {
            r.name = "";
            r.info = "";
            r.phone = "x";
          }) == "name: name is required");
    CHECK(request_problem([](auto& r) {
            r.phone = "x";
            r.email = "y";
          }) == "phone: invalid phone; a phone number has 8 to 15 digits, optionally after a +");
  }

  TEST_CASE("validate: a valid request becomes the request as received") {
    ppid::config::Config config;
    config.services.push_back({"statistik", "Data statistik", std::nullopt});
    RequestInput input;
    input.name = "Koperasi Tani Makmur";
    input.info = "Data luas panen\n2020-2025";
    input.id_number = "3273012345670001";
    input.applicant_type = "organization";
    input.address = "Jl. Sukajadi 12\nBandung";
    input.phone = "+62 812-3456-7890";
    input.email = "koperasi@contoh.id";
    input.occupation = " ";
    input.purpose = "";
    input.proxy = "Budi Santoso";
    input.service = "statistik";
    input.channel = "email";
    input.access = "softcopy";
    input.delivery = "email";
    input.incomplete = true;
    const auto r = rules::request_data(input, config);
    CHECK(r.applicant.name == "Koperasi Tani Makmur");
    CHECK(r.applicant.type == rules::ApplicantType::organization);
    CHECK(r.applicant.id_number == "3273012345670001");
    CHECK(r.applicant.address == "Jl. Sukajadi 12\nBandung");
    CHECK(r.applicant.phone == "+62 812-3456-7890");
    CHECK(r.applicant.email == "koperasi@contoh.id");
    // Blank fields are not recorded.
    CHECK_FALSE(r.applicant.occupation.has_value());
    CHECK_FALSE(r.purpose.has_value());
    CHECK(r.applicant.proxy == "Budi Santoso");
    CHECK(r.info == "Data luas panen\n2020-2025");
    CHECK(r.service == "statistik");
    CHECK(r.channel == rules::Channel::email);
    CHECK(r.access == rules::AccessForm::softcopy);
    CHECK(r.delivery == rules::Delivery::email);
    CHECK(r.incomplete);
  }

  TEST_CASE("validate: the acts' fields, each refused with its own name") {
    const ppid::config::Config config;
    const auto cal = ppid::test::calendar_for(config);
    const auto open = CaseBuilder{}.received("2026-03-10 09:00").build(day("2026-03-26"));
    const auto now = as_of(day("2026-03-26"));
    CHECK(problem([&] { rules::extend_request(open, at("2026-03-26"), "", now); }) ==
          "reason: reason is required");
    CHECK(problem([&] { rules::extend_request(open, at("2026-03-26"), k_long_long, now); }) ==
          "reason: invalid reason; at most 4000 bytes");
    const auto respond = [&](rules::Response r) { rules::respond(open, at("2026-03-26"), r, now); };
    CHECK(problem([&] {
            respond({"grant", {}, {}, {}, {}});
          }) == "decision: invalid decision: \"grant\"; allowed: granted, partial, refused");
    CHECK(problem([&] {
            respond({"refused", "held", {}, {}, {}});
          }) ==
          "reason: invalid reason: \"held\"; allowed: exempt, not-held, not-yet-held, "
          "not-documented, procedural");
    CHECK(problem([&] {
            respond({"refused", "exempt", k_long_short, {}, {}});
          }) == "basis: invalid basis; at most 200 bytes");
    CHECK(problem([&] {
            respond({"refused", "not-held", {}, "Dinas\nPU", {}});
          }) == "holder: invalid holder; " + k_controls_hint);
    CHECK(problem([&] {
            respond({"granted", {}, {}, {}, k_long_long});
          }) == "note: invalid note; at most 4000 bytes");
    // Line breaks are kept in a note, which is long text.
    CHECK(problem([&] {
            respond({"granted", {}, {}, {}, "baris 1\r\nbaris 2\tx"});
          }) == "accepted");

    const auto answered = CaseBuilder{}
                              .received("2026-03-10 09:00")
                              .responded("2026-03-26", rules::Decision::granted)
                              .build(day("2026-04-06"));
    const auto object = [&](rules::Objection o) {
      rules::file_objection(answered, at("2026-04-06"), o, cal, config, as_of(day("2026-04-06")));
    };
    CHECK(problem([&] {
            object({{"d", "h"}, {}, {}, {}, false});
          }) == "ground: invalid ground: \"h\"; allowed: a, b, c, d, e, f, g");
    CHECK(problem([&] {
            object({{"d"}, {}, k_long_short, {}, false});
          }) == "proxy: invalid proxy; at most 200 bytes");
    CHECK(problem([&] {
            object({{"d"}, {}, {}, "\x01", false});
          }) == "note: invalid note; " + k_controls_hint);

    const auto objected = CaseBuilder{}
                              .received("2026-03-10 09:00")
                              .responded("2026-03-26", rules::Decision::granted)
                              .objected("2026-04-06", {rules::ObjectionGround::d})
                              .build(day("2026-04-20"));
    const auto answer = [&](rules::SuperiorAnswer a) {
      rules::answer_objection(objected, at("2026-04-20"), a, as_of(day("2026-04-20")));
    };
    CHECK(problem([&] {
            answer({"confirmed", {}, {}});
          }) == "answer: invalid answer: \"confirmed\"; allowed: upheld, overturned, partial");
    CHECK(problem([&] {
            answer({"upheld", k_long_short, {}});
          }) == "official: invalid official; at most 200 bytes");
    CHECK(problem([&] {
            answer({"upheld", {}, "Sekretaris\nDaerah"});
          }) == "position: invalid position; " + k_controls_hint);

    const auto superior_answered =
        CaseBuilder{}
            .received("2026-03-10 09:00")
            .responded("2026-03-26", rules::Decision::granted)
            .objected("2026-04-06", {rules::ObjectionGround::d})
            .superior_answered("2026-04-20", rules::ObjectionAnswer::upheld)
            .build(day("2026-05-04"));
    CHECK(problem([&] {
            rules::file_dispute(superior_answered, at("2026-05-04"), k_long_short, cal, config,
                                as_of(day("2026-05-04")));
          }) == "commission: invalid commission; at most 200 bytes");

    const auto disputed = CaseBuilder{}
                              .received("2026-03-10 09:00")
                              .responded("2026-03-26", rules::Decision::granted)
                              .objected("2026-04-06", {rules::ObjectionGround::d})
                              .superior_answered("2026-04-20", rules::ObjectionAnswer::upheld)
                              .disputed("2026-05-04")
                              .build(day("2026-06-10"));
    CHECK(problem([&] {
            rules::end_dispute(disputed, at("2026-06-10"), "settled", as_of(day("2026-06-10")));
          }) ==
          "outcome: invalid outcome: \"settled\"; allowed: mediated, granted, partial, refused, "
          "withdrawn, lapsed, not-registered");
  }

  TEST_CASE("validate: a field's length is counted in bytes") {
    std::string name;
    for (int i = 0; i < 100; ++i) {
      name += "\xc3\xa9";  // é, two bytes
    }
    CHECK(request_problem([&](auto& r) { r.name = name; }) == "accepted");
    CHECK(request_problem([&](auto& r) { r.name = name + "e"; }) ==
          "name: invalid name; at most 200 bytes");
  }

  TEST_CASE("validate: text checks one by one") {
    using rules::check_text;
    CHECK_NOTHROW(check_text(std::nullopt, InputField::note, 10, false));
    CHECK(problem([] { check_text(std::nullopt, InputField::note, 10, true); }) ==
          "note: note is required");
    CHECK(problem([] { check_text(std::string{"\r\n"}, InputField::proxy, 10, true); }) ==
          "proxy: proxy is required");
    CHECK_NOTHROW(check_text(std::string(10, 'x'), InputField::note, 10, true));
    CHECK(problem([] { check_text(std::string(11, 'x'), InputField::note, 10, true); }) ==
          "note: invalid note; at most 10 bytes");
    // Line breaks only in long text, or where the field is multi-line (an address).
    CHECK(problem([] {
            check_text(std::string{"a\nb"}, InputField::address, rules::k_max_short_field, true);
          }) == "address: invalid address; " + k_controls_hint);
    CHECK_NOTHROW(
        check_text(std::string{"a\nb"}, InputField::address, rules::k_max_short_field, true, true));
    CHECK_NOTHROW(check_text(std::string{"a\nb"}, InputField::note, rules::k_max_long_field, true));
    CHECK(problem([] {
            check_text(std::string{"a\x7f"}, InputField::note, rules::k_max_long_field, true);
          }) == "note: invalid note; " + k_controls_hint);
    CHECK(problem([] {
            check_text(std::string{"a\x1f"}, InputField::address, rules::k_max_short_field, true,
                       true);
          }) == "address: invalid address; " + k_controls_hint);
  }

  TEST_CASE("validate: a choice is one of its vocabulary's words, in any case, never guessed") {
    CHECK(rules::check_choice<rules::Decision>("partial", InputField::decision) ==
          rules::Decision::partial);
    CHECK(rules::check_choice<rules::Decision>("Partial", InputField::decision) ==
          rules::Decision::partial);
    CHECK(rules::check_choice<rules::Decision>("dikabulkan sebagian", InputField::decision) ==
          rules::Decision::partial);
    CHECK(rules::check_choice<rules::DisputeOutcome>(" lapsed", InputField::outcome) ==
          rules::DisputeOutcome::lapsed);
    CHECK(rules::check_choice<rules::ObjectionGround>("A", InputField::ground) ==
          rules::ObjectionGround::a);
    CHECK(problem([] { rules::check_choice<rules::Decision>("parsial", InputField::decision); }) ==
          "decision: invalid decision: \"parsial\"; allowed: granted, partial, refused");
    CHECK(problem([] { rules::check_choice<rules::DisputeOutcome>("", InputField::outcome); }) ==
          "outcome: invalid outcome: \"\"; allowed: mediated, granted, partial, refused, "
          "withdrawn, lapsed, not-registered");
  }

  TEST_CASE("validate: NIK, phone numbers and e-mail addresses") {
    CHECK(rules::valid_nik("3273012345670001"));
    CHECK_FALSE(rules::valid_nik("327301234567000"));
    CHECK_FALSE(rules::valid_nik("32730123456700011"));
    CHECK_FALSE(rules::valid_nik("327301234567000a"));
    CHECK_FALSE(rules::valid_nik(""));

    CHECK(rules::valid_phone("08123456"));
    CHECK(rules::valid_phone("+62 (22) 423-4567"));
    CHECK(rules::valid_phone("0812.3456.7890"));
    CHECK(rules::valid_phone("123456789012345"));
    CHECK_FALSE(rules::valid_phone("0812345"));
    CHECK_FALSE(rules::valid_phone("1234567890123456"));
    CHECK_FALSE(rules::valid_phone("0812+3456789"));
    CHECK_FALSE(rules::valid_phone("0812/3456789"));
    CHECK_FALSE(rules::valid_phone("++628123456"));

    CHECK(rules::valid_email("siti@contoh.go.id"));
    CHECK(rules::valid_email("a@b.co"));
    CHECK_FALSE(rules::valid_email("@contoh.id"));
    CHECK_FALSE(rules::valid_email("siti@"));
    CHECK_FALSE(rules::valid_email("siti@contoh"));
    CHECK_FALSE(rules::valid_email("siti@.id"));
    CHECK_FALSE(rules::valid_email("siti@contoh."));
    CHECK_FALSE(rules::valid_email("si@ti@contoh.id"));
    CHECK_FALSE(rules::valid_email("siti aminah@contoh.id"));
    CHECK_FALSE(rules::valid_email("<siti@contoh.id>"));
    CHECK_FALSE(rules::valid_email("siti@contoh.id;budi@contoh.id"));
  }

  TEST_CASE("validate: a blank value is not given") {
    CHECK(rules::given(std::string{"Budi"}) == "Budi");
    CHECK(rules::given(std::string{" Budi "}) == " Budi ");
    CHECK_FALSE(rules::given(std::string{" \t\r\n"}).has_value());
    CHECK_FALSE(rules::given(std::string{}).has_value());
    CHECK_FALSE(rules::given(std::nullopt).has_value());
  }

  TEST_CASE("validate: a field's error carries the field's word") {
    const auto e = rules::invalid_field(InputField::applicant_type);
    CHECK(e.kind() == ErrorKind::usage);
    CHECK(e.field() == "applicant-type");
    CHECK(e.render(ppid::text::Lang::en) == "invalid applicant-type");
    CHECK(e.render(ppid::text::Lang::id) == "applicant-type tidak sah");
  }
  TEST_CASE("validate: an amount in rupiah as people write it") {
    CHECK(rules::parse_rupiah("15000") == 15000);
    CHECK(rules::parse_rupiah("15.000") == 15000);
    CHECK(rules::parse_rupiah("Rp 15.000") == 15000);
    CHECK(rules::parse_rupiah("Rp15.000,00") == 15000);
    CHECK(rules::parse_rupiah("Rp. 1.500.000,-") == 1500000);
    CHECK(rules::parse_rupiah(" 0 ") == 0);
    CHECK_FALSE(rules::parse_rupiah("").has_value());
    CHECK_FALSE(rules::parse_rupiah("Rp").has_value());
    CHECK_FALSE(rules::parse_rupiah("-5").has_value());
    CHECK_FALSE(rules::parse_rupiah("15.00").has_value());
    CHECK_FALSE(rules::parse_rupiah("1.5000").has_value());
    CHECK_FALSE(rules::parse_rupiah("1500.000").has_value());
    CHECK_FALSE(rules::parse_rupiah(".500").has_value());
    CHECK_FALSE(rules::parse_rupiah("15,5").has_value());
    CHECK_FALSE(rules::parse_rupiah("lima ribu").has_value());
    CHECK_FALSE(rules::parse_rupiah("99999999999999999999").has_value());
  }
}
