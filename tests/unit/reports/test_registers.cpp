#include "reports/annual.hpp"
#include "reports/registers.hpp"
#include "rules/case.hpp"
#include "rules/lifecycle.hpp"
#include "rules/words.hpp"
#include "support/case_builder.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

using ppid::reports::ObjectionRow;
using ppid::reports::Period;
using ppid::reports::RegisterRow;
using ppid::rules::Decision;
using ppid::rules::ObjectionAnswer;
using ppid::rules::ObjectionGround;
using ppid::rules::Response;
using ppid::test::CaseBuilder;
using ppid::test::day;

namespace {

std::string date_or_dash(const std::optional<ppid::Date>& d) {
  return d ? ppid::to_iso(*d) : "-";
}

// Every cell of a request register row, in the register's column order, joined by "|".
std::string cells(const RegisterRow& r) {
  return fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}", r.register_no,
                     ppid::to_iso_local(r.received), r.name, r.address, r.phone, r.email,
                     r.occupation, r.info, r.purpose, r.info_status, r.holder, r.form, r.kind,
                     r.decision, r.refusal_reason, r.basis, date_or_dash(r.notice_date), r.state,
                     r.extended ? "extended" : "-",
                     r.working_days_taken ? std::to_string(*r.working_days_taken) : "-");
}

// Every cell of an objection register row, grounds joined by ",".
std::string cells(const ObjectionRow& r) {
  return fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}", ppid::to_iso(r.received), r.name,
                     r.id_number, r.proxy, r.register_no, r.info, r.purpose,
                     fmt::join(r.grounds, ","), r.answer, date_or_dash(r.answer_date), r.official,
                     r.position, r.to_commission ? "to the Commission" : "-");
}

ppid::rules::RequestInput full_request() {
  auto r = CaseBuilder::request();
  r.id_number = "3273012345670001";
  r.address = "Jl. Merdeka 1, Bandung";
  r.phone = "0812-3456-7890";
  r.email = "siti@contoh.id";
  r.occupation = "Peneliti";
  r.purpose = "Penelitian";
  r.access = "hardcopy";
  return r;
}

ppid::rules::RequestInput asking(const char* access) {
  auto r = CaseBuilder::request();
  r.access = access;
  return r;
}

const Period k_march{day("2026-03-01"), day("2026-03-31")};
const Period k_april{day("2026-04-01"), day("2026-04-30")};

}  // namespace

TEST_SUITE("reports") {
  TEST_CASE("request register: one row per request received in the period, in the given order") {
    const auto today = day("2026-04-09");
    const std::vector cases{
        CaseBuilder{}
            .number("001")
            .received("2026-03-02 09:00", full_request())
            .responded("2026-03-10", Decision::granted)
            .build(today),
        CaseBuilder{}
            .number("002")
            .received("2026-03-10 09:00", asking("see"))
            .extended("2026-03-30")
            .responded("2026-04-09", Response{"refused", "not-held", {}, "Dinas PUPR", {}})
            .build(today),
        CaseBuilder{}.number("003").received("2026-03-25 13:15").build(today),
        CaseBuilder{}
            .number("004")
            .received("2026-03-16 09:00", asking("softcopy"))
            .responded("2026-03-17", Response{"refused", "exempt", "Pasal 17 huruf b", {}, {}})
            .build(today),
        // Received on a Saturday: day 0 is Monday 9 March, and the notice came before it.
        CaseBuilder{}
            .number("005")
            .received("2026-03-07 10:00", asking("read"))
            .responded("2026-03-07 11:00", Response{"refused", "not-documented", {}, {}, {}})
            .build(today),
        CaseBuilder{}.number("006").received("2026-02-27 09:00").build(today),
        CaseBuilder{}.number("007").received("2026-04-01 09:00").build(today),
        CaseBuilder{}
            .number("008")
            .received("2026-03-31 23:59")
            .withdrawn("2026-04-01")
            .build(today),
    };
    const auto cal = ppid::test::calendar_for({});
    const auto rows = ppid::reports::request_register(cases, cal, k_march);
    REQUIRE(rows.size() == 6);
    CHECK(cells(rows[0]) ==
          "001|2026-03-02T09:00|Siti Aminah|Jl. Merdeka 1, Bandung|0812-3456-7890|siti@contoh.id|"
          "Peneliti|Laporan realisasi anggaran 2025|Penelitian|held||hardcopy|copy|granted|||"
          "2026-03-10|answered|-|6");
    // Sixteen working days from 10 March to 9 April: the extension was used.
    CHECK(cells(rows[1]) ==
          "002|2026-03-10T09:00|Siti Aminah|||||Laporan realisasi anggaran 2025||not-held|"
          "Dinas PUPR||see|refused|not-held||2026-04-09|answered|extended|16");
    CHECK(
        cells(rows[2]) ==
        "003|2026-03-25T13:15|Siti Aminah|||||Laporan realisasi anggaran 2025|||||||||-|open|-|-");
    // Exempt information is held; only the not-held reasons change the status.
    CHECK(cells(rows[3]) ==
          "004|2026-03-16T09:00|Siti Aminah|||||Laporan realisasi anggaran 2025||held||softcopy|"
          "copy|refused|exempt|Pasal 17 huruf b|2026-03-17|answered|-|1");
    CHECK(cells(rows[4]) ==
          "005|2026-03-07T10:00|Siti Aminah|||||Laporan realisasi anggaran 2025||not-documented|"
          "||see|refused|not-documented||2026-03-07|answered|-|0");
    CHECK(
        cells(rows[5]) ==
        "008|2026-03-31T23:59|Siti Aminah|||||Laporan realisasi anggaran 2025|||||||||-|withdrawn|"
        "-|-");
    CHECK(ppid::reports::request_register(cases, cal, {day("2026-01-01"), day("2026-02-26")})
              .empty());
  }

  TEST_CASE("objection register: one row per objection filed in the period, by date filed") {
    const auto today = day("2026-05-04");
    auto applicant = full_request();
    applicant.purpose = "Liputan";
    ppid::rules::Objection with_proxy;
    with_proxy.grounds = {"e", "a"};
    with_proxy.proxy = "LBH Bandung";
    const std::vector cases{
        CaseBuilder{}
            .number("010")
            .received("2026-03-02 09:00", applicant)
            .responded("2026-03-10", Response{"refused", "exempt", "Pasal 17 huruf c", {}, {}})
            .objected("2026-04-06", with_proxy)
            .superior_answered(
                "2026-04-20",
                ppid::rules::SuperiorAnswer{"overturned", "Drs. Bambang", "Sekretaris Daerah"})
            .disputed("2026-05-04")
            .build(today),
        // The last day of its window (30 working days from the notice of 9 February).
        CaseBuilder{}
            .number("011")
            .received("2026-02-02 09:00")
            .responded("2026-02-09", Decision::granted)
            .objected("2026-04-01", {ObjectionGround::d})
            .build(today),
        CaseBuilder{}
            .number("012")
            .received("2026-03-02 09:00")
            .responded("2026-03-10", Decision::partial)
            .objected("2026-03-31", {ObjectionGround::e})
            .superior_answered("2026-04-02", ObjectionAnswer::upheld)
            .build(today),
        CaseBuilder{}.number("013").received("2026-04-02 09:00").build(today),
    };
    const auto rows = ppid::reports::objection_register(cases, k_april);
    REQUIRE(rows.size() == 2);
    CHECK(cells(rows[0]) ==
          "2026-04-01|Siti Aminah|||011|Laporan realisasi anggaran 2025||d||-|||-");
    CHECK(cells(rows[1]) ==
          "2026-04-06|Siti Aminah|3273012345670001|LBH Bandung|010|Laporan realisasi anggaran "
          "2025|Liputan|a,e|overturned|2026-04-20|Drs. Bambang|Sekretaris Daerah|to the "
          "Commission");
    const auto march = ppid::reports::objection_register(cases, k_march);
    REQUIRE(march.size() == 1);
    CHECK(cells(march[0]) ==
          "2026-03-31|Siti Aminah|||012|Laporan realisasi anggaran 2025||e|upheld|2026-04-02|||-");
  }
}
