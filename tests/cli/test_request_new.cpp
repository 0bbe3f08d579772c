#include "support/run_ppid.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

using nlohmann::json;
using ppid::test::Sandbox;

namespace {

using Args = std::vector<std::string>;
using Env = std::map<std::string, std::string>;

std::string example_config() {
  return (ppid::test::source_dir() / "examples" / "ppid.toml").string();
}

std::string joined(const Args& args) {
  std::string out = "ppid";
  for (const auto& arg : args) {
    out += " " + arg;
  }
  return out;
}

// Runs a command that must succeed; returns its stdout.
std::string run_ok(const Sandbox& box, const Args& args, const Env& env = {}) {
  const auto r = box.ppid(args, env);
  INFO(joined(args) << "\n" << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err == "");
  return r.out;
}

// `request new` with the required --name and --info, then `extra`.
Args request_new(const Args& extra) {
  Args args{"request", "new", "--name", "Budi Santoso", "--info", "Anggaran 2026"};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

// Runs `args`, which ppid must refuse with `exit_code`, nothing on stdout and exactly `err` on
// stderr, leaving the case file as it was.
void check_refused(const Sandbox& box, const Args& args, int exit_code, const std::string& err,
                   const Env& env = {}) {
  CAPTURE(joined(args));
  const auto before = ppid::test::dump_case_file(box.path("ppid.sqlite"));
  const auto r = box.ppid(args, env);
  CHECK(r.exit_code == exit_code);
  CHECK(r.out == "");
  CHECK(r.err == err);
  CHECK(ppid::test::dump_case_file(box.path("ppid.sqlite")) == before);
}

// A case file with one request already registered, so that a refused request shows no gap in
// the numbering afterwards.
void init_with_one_request(const Sandbox& box, const Args& init_args = {}) {
  Args init{"init"};
  init.insert(init.end(), init_args.begin(), init_args.end());
  run_ok(box, init);
  run_ok(box, request_new({"--at", "2026-11-23T10:00"}));
}

// The next request takes the next number: nothing refused used one.
void check_next_number(const Sandbox& box) {
  CHECK(run_ok(box, request_new({"--at", "2026-11-24"}))
            .starts_with("Request registered: 002/PPID/XI/2026\n"));
}

}  // namespace

TEST_SUITE("request new") {
  TEST_CASE("a NIK that is not 16 digits is refused, and never repeated in the message") {
    Sandbox box;
    init_with_one_request(box);
    for (const std::string nik : {"320101010101000", "32010101010100AB", "32010101010100011",
                                  "3201 0101 0101 01", "3201-0101-0101-01", ""}) {
      CAPTURE(nik);
      check_refused(box, request_new({"--id-number", nik}), 64,
                    "ppid: error: invalid id-number; a NIK has exactly 16 digits\n");
      // Personal data: not even the part of it that was right.
      const auto r = box.ppid(request_new({"--id-number", nik}));
      if (nik.size() >= 4) {
        CHECK(r.err.find(nik) == std::string::npos);
        CHECK(r.err.find(nik.substr(0, 4)) == std::string::npos);
      }
    }
    check_next_number(box);
  }

  TEST_CASE("a malformed e-mail address is refused — the exact message holds no part of it") {
    Sandbox box;
    init_with_one_request(box);
    for (const std::string email :
         {"budi", "budi@example", "@example.go.id", "budi@@example.go.id", "budi@ex@ample.go.id",
          "budi @example.go.id", "budi@example.", "budi@.go", "<budi@example.go.id>", ""}) {
      CAPTURE(email);
      check_refused(box, request_new({"--email", email}), 64,
                    "ppid: error: invalid email; an e-mail address like name@example.go.id\n");
    }
    check_next_number(box);
  }

  TEST_CASE("a malformed phone number is refused — the exact message holds no part of it") {
    Sandbox box;
    init_with_one_request(box);
    for (const std::string phone :
         {"1234567", "0812-abc-7890", "0812345678901234", "62+81234567890", "0812/3456/7890", ""}) {
      CAPTURE(phone);
      check_refused(
          box, request_new({"--phone", phone}), 64,
          "ppid: error: invalid phone; a phone number has 8 to 15 digits, optionally after a +\n");
    }
    check_next_number(box);
  }

  TEST_CASE("an unknown --service lists the services of the configuration") {
    Sandbox box;
    init_with_one_request(box, {"--config", example_config()});
    check_refused(box, request_new({"--service", "informasi-rahasia"}), 64,
                  "ppid: error: invalid service: \"informasi-rahasia\"; allowed: data-statistik, "
                  "informasi-berkala, informasi-serta-merta, informasi-setiap-saat\n");
    // A service name is matched exactly.
    check_refused(box, request_new({"--service", "Informasi-Berkala"}), 64,
                  "ppid: error: invalid service: \"Informasi-Berkala\"; allowed: data-statistik, "
                  "informasi-berkala, informasi-serta-merta, informasi-setiap-saat\n");
    check_next_number(box);
  }

  TEST_CASE("--service with a configuration that has no services") {
    Sandbox box;
    init_with_one_request(box);
    check_refused(box, request_new({"--service", "informasi-berkala"}), 64,
                  "ppid: error: invalid service: \"informasi-berkala\"; the configuration has no "
                  "services ([services.NAME])\n");
    check_next_number(box);
  }

  TEST_CASE("unknown --channel, --access, --delivery and --applicant-type list what is allowed") {
    Sandbox box;
    init_with_one_request(box);
    check_refused(box, request_new({"--channel", "pigeon"}), 64,
                  "ppid: error: invalid channel: \"pigeon\"; allowed: desk, email, web, post, fax, "
                  "phone, unknown\n");
    check_refused(box, request_new({"--access", "copy"}), 64,
                  "ppid: error: invalid access: \"copy\"; allowed: see, read, listen, note, "
                  "softcopy, hardcopy\n");
    check_refused(box, request_new({"--delivery", "drone"}), 64,
                  "ppid: error: invalid delivery: \"drone\"; allowed: pickup, courier, post, fax, "
                  "email\n");
    check_refused(box, request_new({"--applicant-type", "company"}), 64,
                  "ppid: error: invalid applicant-type: \"company\"; allowed: person, group, "
                  "organization\n");
    // Any case and the Indonesian words are understood ("Email", "surel"); a misspelt word is
    // not guessed.
    check_refused(box, request_new({"--channel", "Emial"}), 64,
                  "ppid: error: invalid channel: \"Emial\"; allowed: desk, email, web, post, fax, "
                  "phone, unknown\n");
    check_next_number(box);
  }

  TEST_CASE("an empty or blank --name or --info is refused") {
    Sandbox box;
    init_with_one_request(box);
    for (const std::string blank : {"", " ", "\t \n"}) {
      CAPTURE(blank);
      check_refused(box, {"request", "new", "--name", blank, "--info", "Anggaran 2026"}, 64,
                    "ppid: error: name is required\n");
      check_refused(box, {"request", "new", "--name", "Budi", "--info", blank}, 64,
                    "ppid: error: info is required\n");
    }
    check_next_number(box);
  }

  TEST_CASE("an over-long --info, --purpose or --name is refused") {
    Sandbox box;
    init_with_one_request(box);
    check_refused(box, {"request", "new", "--name", "Budi", "--info", std::string(4001, 'x')}, 64,
                  "ppid: error: invalid info; at most 4000 bytes\n");
    // Bytes, not characters: 2001 two-byte letters are 4002 bytes.
    std::string long_utf8;
    for (int i = 0; i < 2001; ++i) {
      long_utf8 += "\xc3\xa9";  // é
    }
    check_refused(box, {"request", "new", "--name", "Budi", "--info", long_utf8}, 64,
                  "ppid: error: invalid info; at most 4000 bytes\n");
    check_refused(box, request_new({"--purpose", std::string(4001, 'x')}), 64,
                  "ppid: error: invalid purpose; at most 4000 bytes\n");
    check_refused(box, {"request", "new", "--name", std::string(201, 'x'), "--info", "Data"}, 64,
                  "ppid: error: invalid name; at most 200 bytes\n");
    check_refused(box, request_new({"--address", std::string(201, 'x')}), 64,
                  "ppid: error: invalid address; at most 200 bytes\n");
    check_next_number(box);
    // At the limit exactly it is accepted.
    CHECK(run_ok(box, {"request", "new", "--name", std::string(200, 'x'), "--info",
                       std::string(4000, 'x'), "--at", "2026-11-24"})
              .starts_with("Request registered: 003/PPID/XI/2026\n"));
  }

  TEST_CASE("--at after today is refused with 65, a malformed --at with 64") {
    Sandbox box;
    init_with_one_request(box);
    check_refused(box, request_new({"--at", "2026-11-25"}), 65,
                  "ppid: error: time is after now (2026-11-24): \"2026-11-25\"\n");
    check_refused(box, request_new({"--at", "2026-11-25T07:00"}), 65,
                  "ppid: error: time is after now (2026-11-24): \"2026-11-25T07:00\"\n");
    check_refused(box, request_new({"--at", "2027-11-24"}), 65,
                  "ppid: error: time is after now (2026-11-24): \"2027-11-24\"\n");
    check_refused(box, request_new({"--at", "2026-11-31"}), 64,
                  "ppid: error: invalid time: \"2026-11-31\"; use YYYY-MM-DD or "
                  "YYYY-MM-DDTHH:MM, e.g. 2026-11-24T09:30\n");
    check_next_number(box);
  }

  TEST_CASE("register numbers are given in order") {
    Sandbox box;
    run_ok(box, {"init"});
    CHECK(run_ok(box, {"request", "new", "--name", "Budi Santoso", "--info", "Anggaran 2026",
                       "--at", "2026-11-02T09:00"}) ==
          "Request registered: 001/PPID/XI/2026\n"
          "  State: awaiting the notice\n"
          "  Received 2026-11-02T09:00; day 0: 2026-11-02\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-11-16  overdue by 6 working days\n"
          "    objection filing (30 wd)               2026-12-30  pending, 24 working days left\n");
    CHECK(run_ok(box, {"request", "new", "--name", "Siti", "--info", "Data", "--at",
                       "2026-11-20T13:00"}) ==
          "Request registered: 002/PPID/XI/2026\n"
          "  State: awaiting the notice\n"
          "  Received 2026-11-20T13:00; day 0: 2026-11-20\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-12-04  pending, 8 working days left\n");
    // In the order they are registered, not the order they were received.
    CHECK(
        run_ok(box, {"request", "new", "--name", "Rudi", "--info", "Data", "--at", "2026-11-10"}) ==
        "Request registered: 003/PPID/XI/2026\n"
        "  State: awaiting the notice\n"
        "  Received 2026-11-10; day 0: 2026-11-10\n"
        "  Deadlines:\n"
        "    written notice (10 wd)                 2026-11-24  pending, 0 working days left\n");
    // Without --at: now, that is today.
    CHECK(run_ok(box, {"request", "new", "--name", "Tari", "--info", "Data"}) ==
          "Request registered: 004/PPID/XI/2026\n"
          "  State: awaiting the notice\n"
          "  Received 2026-11-24; day 0: 2026-11-24\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-12-08  pending, 10 working days left\n");
  }

  TEST_CASE("a request received on a Saturday has the next Monday as day 0") {
    Sandbox box;
    run_ok(box, {"init"});
    CHECK(run_ok(box, {"request", "new", "--name", "Siti", "--info", "Data", "--channel", "web",
                       "--at", "2026-11-21T10:00"}) ==
          "Request registered: 001/PPID/XI/2026\n"
          "  State: awaiting the notice\n"
          "  Received 2026-11-21T10:00; day 0: 2026-11-23\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2026-12-07  pending, 9 working days left\n");
  }

  TEST_CASE("service hours: received after closing on 23 Dec, day 0 is Monday 28 Dec") {
    Sandbox box;
    run_ok(box, {"init", "--config", example_config()});
    const Env on_23_dec{{"PPID_TODAY", "2026-12-23"}};
    // Wednesday 17:00 is after the 16:00 closing; 24 Dec is cuti bersama, 25 Dec Christmas,
    // then the weekend.
    CHECK(run_ok(box, request_new({"--at", "2026-12-23T17:00"}), on_23_dec) ==
          "Request registered: 001/PPID/XII/2026\n"
          "  State: awaiting the notice\n"
          "  Received 2026-12-23T17:00; day 0: 2026-12-28\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2027-01-13  pending, 11 working days left\n");
    // Closing time itself is outside the hours.
    CHECK(run_ok(box, request_new({"--at", "2026-12-23T16:00"}), on_23_dec)
              .find("Received 2026-12-23T16:00; day 0: 2026-12-28\n") != std::string::npos);
    // A minute before closing, the day itself is day 0.
    CHECK(run_ok(box, request_new({"--at", "2026-12-23T15:59"}), on_23_dec) ==
          "Request registered: 003/PPID/XII/2026\n"
          "  State: awaiting the notice\n"
          "  Received 2026-12-23T15:59; day 0: 2026-12-23\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2027-01-12  pending, 10 working days left\n");
    // Friday closes at 16:30.
    CHECK(run_ok(box, request_new({"--at", "2026-12-18T16:15"}), on_23_dec)
              .find("Received 2026-12-18T16:15; day 0: 2026-12-18\n") != std::string::npos);
    CHECK(run_ok(box, request_new({"--at", "2026-12-18T16:31"}), on_23_dec)
              .find("Received 2026-12-18T16:31; day 0: 2026-12-21\n") != std::string::npos);
  }

  TEST_CASE("--format json: the case as registered, field by field") {
    Sandbox box;
    run_ok(box, {"init", "--config", example_config()});
    const auto j = json::parse(run_ok(box, request_new({"--service", "informasi-berkala", "--at",
                                                        "2026-11-21T10:00", "--format", "json"})));
    CHECK(j["register_no"] == "001/PPID/XI/2026");
    CHECK(j["state"] == "open");
    CHECK(j["received_at"] == "2026-11-21T10:00:00+07:00");
    CHECK(j["day0"] == "2026-11-23");
    CHECK(j["service"] == "informasi-berkala");
    REQUIRE(j["deadlines"].is_array());
    REQUIRE(j["deadlines"].size() == 2);
    const auto& response = j["deadlines"][0];
    CHECK(response["kind"] == "response");
    CHECK(response["due"] == "2026-12-07");
    CHECK(response["provisional"] == false);
    CHECK(response["status"] == "pending");
    CHECK(response["working_days_left"] == 9);
    CHECK(response["duration"] == "10 wd");
    const auto& target = j["deadlines"][1];
    CHECK(target["kind"] == "target");
    CHECK(target["due"] == "2026-11-30");
    CHECK(target["provisional"] == false);
    CHECK(target["status"] == "pending");
    CHECK(target["working_days_left"] == 4);
    CHECK(target["duration"] == "5 wd");
    // The applicant's personal data is not in the output of request new.
    CHECK(j.find("applicant") == j.end());
  }

  TEST_CASE("--format json: a limit in a year without holiday data is provisional") {
    Sandbox box;
    run_ok(box, {"init"});
    const auto j =
        json::parse(run_ok(box, request_new({"--at", "2027-12-20T09:00", "--format", "json"}),
                           {{"PPID_TODAY", "2027-12-20"}}));
    CHECK(j["register_no"] == "001/PPID/XII/2027");
    CHECK(j["received_at"] == "2027-12-20T09:00:00+07:00");
    CHECK(j["day0"] == "2027-12-20");
    REQUIRE(j["deadlines"].size() == 1);
    CHECK(j["deadlines"][0]["kind"] == "response");
    CHECK(j["deadlines"][0]["due"] == "2028-01-04");
    CHECK(j["deadlines"][0]["provisional"] == true);
    CHECK(j["deadlines"][0]["status"] == "pending");
  }

  TEST_CASE("the register restarts every year") {
    Sandbox box;
    run_ok(box, {"init"});
    run_ok(box, request_new({"--at", "2026-12-30T10:00"}), {{"PPID_TODAY", "2026-12-30"}});
    run_ok(box, request_new({"--at", "2026-12-31T10:00"}), {{"PPID_TODAY", "2026-12-31"}});
    const Env on_5_jan{{"PPID_TODAY", "2027-01-05"}};
    CHECK(run_ok(box, request_new({"--at", "2027-01-04T10:00"}), on_5_jan) ==
          "Request registered: 001/PPID/I/2027\n"
          "  State: awaiting the notice\n"
          "  Received 2027-01-04T10:00; day 0: 2027-01-04\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2027-01-19  pending, 10 working days left\n");
    // Received on 5 Jan (Isra Mi'raj, a holiday): day 0 is the 6th.
    CHECK(run_ok(box, request_new({}), on_5_jan) ==
          "Request registered: 002/PPID/I/2027\n"
          "  State: awaiting the notice\n"
          "  Received 2027-01-05; day 0: 2027-01-06\n"
          "  Deadlines:\n"
          "    written notice (10 wd)                 2027-01-20  pending, 11 working days left\n");
    const auto list = json::parse(run_ok(box, {"request", "list", "--format", "json"}, on_5_jan));
    std::vector<std::string> numbers;
    for (const auto& c : list) {
      numbers.push_back(c["register_no"].get<std::string>());
    }
    CHECK(numbers == std::vector<std::string>{"001/PPID/XII/2026", "002/PPID/XII/2026",
                                              "001/PPID/I/2027", "002/PPID/I/2027"});
  }

  TEST_CASE("every optional field is stored, and the NIK is shown masked") {
    Sandbox box;
    run_ok(box, {"init", "--config", example_config()});
    run_ok(box, request_new({"--id-number",  "3201010101010001",
                             "--address",    "Jl. Mawar 1",
                             "--phone",      "+62 812-3456-7890",
                             "--email",      "budi@example.go.id",
                             "--occupation", "Guru",
                             "--purpose",    "Penelitian",
                             "--proxy",      "Ani",
                             "--service",    "informasi-berkala",
                             "--channel",    "email",
                             "--access",     "softcopy",
                             "--delivery",   "email",
                             "--at",         "2026-11-24T09:15"}));
    const auto j = json::parse(run_ok(box, {"show", "001/PPID/XI/2026", "--format", "json"}));
    CHECK(j["applicant"] == json{{"name", "Budi Santoso"},
                                 {"type", "person"},
                                 {"id_number", "3201********0001"},
                                 {"address", "Jl. Mawar 1"},
                                 {"phone", "+62 812-3456-7890"},
                                 {"email", "budi@example.go.id"},
                                 {"occupation", "Guru"},
                                 {"proxy", "Ani"}});
    CHECK(j["request"] == json{{"info", "Anggaran 2026"},
                               {"purpose", "Penelitian"},
                               {"service", "informasi-berkala"},
                               {"channel", "email"},
                               {"access", "softcopy"},
                               {"delivery", "email"},
                               {"incomplete", false}});
  }
}
