#pragma once
// Independent list of every national holiday and collective-leave day 2020-2027 (final state after
// amendments), written from the published decrees; used to check the built-in holiday data.
// Each date appears once: 2021-05-13 is both Kenaikan Isa Al Masih and Idul Fitri 1442 H (day 1).
// Weekend dates decreed as holidays (e.g. Idul Fitri or Easter on a Sunday) are included.

namespace ppid::test {

struct ReferenceDay {
  int year;
  unsigned month;
  unsigned day;
  bool collective_leave;  // true: cuti bersama; false: hari libur nasional
};

inline constexpr ReferenceDay k_reference_days[] = {
    {2020, 1, 1, false},    // Tahun Baru 2020 Masehi
    {2020, 1, 25, false},   // Tahun Baru Imlek 2571 Kongzili
    {2020, 3, 22, false},   // Isra Mikraj Nabi Muhammad SAW
    {2020, 3, 25, false},   // Hari Suci Nyepi Tahun Baru Saka 1942
    {2020, 4, 10, false},   // Wafat Isa Al Masih
    {2020, 5, 1, false},    // Hari Buruh Internasional
    {2020, 5, 7, false},    // Hari Raya Waisak 2564
    {2020, 5, 21, false},   // Kenaikan Isa Al Masih
    {2020, 5, 24, false},   // Hari Raya Idul Fitri 1441 H (hari 1)
    {2020, 5, 25, false},   // Hari Raya Idul Fitri 1441 H (hari 2)
    {2020, 6, 1, false},    // Hari Lahir Pancasila
    {2020, 7, 31, false},   // Hari Raya Idul Adha 1441 H
    {2020, 8, 17, false},   // Hari Kemerdekaan Republik Indonesia
    {2020, 8, 20, false},   // Tahun Baru Islam 1442 H
    {2020, 8, 21, true},    // Cuti Bersama Tahun Baru Islam 1442 H
    {2020, 10, 28, true},   // Cuti Bersama Maulid Nabi Muhammad SAW
    {2020, 10, 29, false},  // Maulid Nabi Muhammad SAW
    {2020, 10, 30, true},   // Cuti Bersama Maulid Nabi Muhammad SAW
    {2020, 12, 9, false},   // Hari Pemungutan Suara Pilkada Serentak 2020
    {2020, 12, 24, true},   // Cuti Bersama Hari Raya Natal
    {2020, 12, 25, false},  // Hari Raya Natal
    {2020, 12, 31, true},   // Cuti Bersama pengganti Hari Raya Idul Fitri 1441 H
    {2021, 1, 1, false},    // Tahun Baru 2021 Masehi
    {2021, 2, 12, false},   // Tahun Baru Imlek 2572 Kongzili
    {2021, 3, 11, false},   // Isra Mikraj Nabi Muhammad SAW
    {2021, 3, 14, false},   // Hari Suci Nyepi Tahun Baru Saka 1943
    {2021, 4, 2, false},    // Wafat Isa Al Masih
    {2021, 5, 1, false},    // Hari Buruh Internasional
    {2021, 5, 12, true},    // Cuti Bersama Hari Raya Idul Fitri 1442 H
    {2021, 5, 13, false},   // Kenaikan Isa Al Masih; Hari Raya Idul Fitri 1442 H (hari 1)
    {2021, 5, 14, false},   // Hari Raya Idul Fitri 1442 H (hari 2)
    {2021, 5, 26, false},   // Hari Raya Waisak 2565
    {2021, 6, 1, false},    // Hari Lahir Pancasila
    {2021, 7, 20, false},   // Hari Raya Idul Adha 1442 H
    {2021, 8, 11, false},   // Tahun Baru Islam 1443 H (libur digeser dari 10 Agustus)
    {2021, 8, 17, false},   // Hari Kemerdekaan Republik Indonesia
    {2021, 10, 20, false},  // Maulid Nabi Muhammad SAW (libur digeser dari 19 Oktober)
    {2021, 12, 25, false},  // Hari Raya Natal
    {2022, 1, 1, false},    // Tahun Baru 2022 Masehi
    {2022, 2, 1, false},    // Tahun Baru Imlek 2573 Kongzili
    {2022, 2, 28, false},   // Isra Mikraj Nabi Muhammad SAW
    {2022, 3, 3, false},    // Hari Suci Nyepi Tahun Baru Saka 1944
    {2022, 4, 15, false},   // Wafat Isa Al Masih
    {2022, 4, 29, true},    // Cuti Bersama Hari Raya Idul Fitri 1443 H
    {2022, 5, 1, false},    // Hari Buruh Internasional
    {2022, 5, 2, false},    // Hari Raya Idul Fitri 1443 H (hari 1)
    {2022, 5, 3, false},    // Hari Raya Idul Fitri 1443 H (hari 2)
    {2022, 5, 4, true},     // Cuti Bersama Hari Raya Idul Fitri 1443 H
    {2022, 5, 5, true},     // Cuti Bersama Hari Raya Idul Fitri 1443 H
    {2022, 5, 6, true},     // Cuti Bersama Hari Raya Idul Fitri 1443 H
    {2022, 5, 16, false},   // Hari Raya Waisak 2566 BE
    {2022, 5, 26, false},   // Kenaikan Isa Al Masih
    {2022, 6, 1, false},    // Hari Lahir Pancasila
    {2022, 7, 10, false},   // Hari Raya Idul Adha 1443 H (digeser dari 9 Juli)
    {2022, 7, 30, false},   // Tahun Baru Islam 1444 H
    {2022, 8, 17, false},   // Hari Kemerdekaan Republik Indonesia
    {2022, 10, 8, false},   // Maulid Nabi Muhammad SAW
    {2022, 12, 25, false},  // Hari Raya Natal
    {2023, 1, 1, false},    // Tahun Baru 2023 Masehi
    {2023, 1, 22, false},   // Tahun Baru Imlek 2574 Kongzili
    {2023, 1, 23, true},    // Cuti Bersama Tahun Baru Imlek 2574 Kongzili
    {2023, 2, 18, false},   // Isra Mikraj Nabi Muhammad SAW
    {2023, 3, 22, false},   // Hari Suci Nyepi Tahun Baru Saka 1945
    {2023, 3, 23, true},    // Cuti Bersama Hari Suci Nyepi
    {2023, 4, 7, false},    // Wafat Isa Al Masih
    {2023, 4, 19, true},    // Cuti Bersama Hari Raya Idul Fitri 1444 H
    {2023, 4, 20, true},    // Cuti Bersama Hari Raya Idul Fitri 1444 H
    {2023, 4, 21, true},    // Cuti Bersama Hari Raya Idul Fitri 1444 H
    {2023, 4, 22, false},   // Hari Raya Idul Fitri 1444 H (hari 1)
    {2023, 4, 23, false},   // Hari Raya Idul Fitri 1444 H (hari 2)
    {2023, 4, 24, true},    // Cuti Bersama Hari Raya Idul Fitri 1444 H
    {2023, 4, 25, true},    // Cuti Bersama Hari Raya Idul Fitri 1444 H
    {2023, 5, 1, false},    // Hari Buruh Internasional
    {2023, 5, 18, false},   // Kenaikan Isa Al Masih
    {2023, 6, 1, false},    // Hari Lahir Pancasila
    {2023, 6, 2, true},     // Cuti Bersama Hari Raya Waisak
    {2023, 6, 4, false},    // Hari Raya Waisak 2567 BE
    {2023, 6, 28, true},    // Cuti Bersama Hari Raya Idul Adha 1444 H
    {2023, 6, 29, false},   // Hari Raya Idul Adha 1444 H
    {2023, 6, 30, true},    // Cuti Bersama Hari Raya Idul Adha 1444 H
    {2023, 7, 19, false},   // Tahun Baru Islam 1445 H
    {2023, 8, 17, false},   // Hari Kemerdekaan Republik Indonesia
    {2023, 9, 28, false},   // Maulid Nabi Muhammad SAW
    {2023, 12, 25, false},  // Hari Raya Natal
    {2023, 12, 26, true},   // Cuti Bersama Hari Raya Natal
    {2024, 1, 1, false},    // Tahun Baru 2024 Masehi
    {2024, 2, 8, false},    // Isra Mikraj Nabi Muhammad SAW
    {2024, 2, 9, true},     // Cuti Bersama Tahun Baru Imlek 2575 Kongzili
    {2024, 2, 10, false},   // Tahun Baru Imlek 2575 Kongzili
    {2024, 2, 14, false},   // Hari Pemungutan Suara Pemilihan Umum 2024
    {2024, 3, 11, false},   // Hari Suci Nyepi Tahun Baru Saka 1946
    {2024, 3, 12, true},    // Cuti Bersama Hari Suci Nyepi
    {2024, 3, 29, false},   // Wafat Yesus Kristus
    {2024, 3, 31, false},   // Kebangkitan Yesus Kristus (Paskah)
    {2024, 4, 8, true},     // Cuti Bersama Hari Raya Idul Fitri 1445 H
    {2024, 4, 9, true},     // Cuti Bersama Hari Raya Idul Fitri 1445 H
    {2024, 4, 10, false},   // Hari Raya Idul Fitri 1445 H (hari 1)
    {2024, 4, 11, false},   // Hari Raya Idul Fitri 1445 H (hari 2)
    {2024, 4, 12, true},    // Cuti Bersama Hari Raya Idul Fitri 1445 H
    {2024, 4, 15, true},    // Cuti Bersama Hari Raya Idul Fitri 1445 H
    {2024, 5, 1, false},    // Hari Buruh Internasional
    {2024, 5, 9, false},    // Kenaikan Yesus Kristus
    {2024, 5, 10, true},    // Cuti Bersama Kenaikan Yesus Kristus
    {2024, 5, 23, false},   // Hari Raya Waisak 2568 BE
    {2024, 5, 24, true},    // Cuti Bersama Hari Raya Waisak
    {2024, 6, 1, false},    // Hari Lahir Pancasila
    {2024, 6, 17, false},   // Hari Raya Idul Adha 1445 H
    {2024, 6, 18, true},    // Cuti Bersama Hari Raya Idul Adha 1445 H
    {2024, 7, 7, false},    // Tahun Baru Islam 1446 H
    {2024, 8, 17, false},   // Hari Kemerdekaan Republik Indonesia
    {2024, 9, 16, false},   // Maulid Nabi Muhammad SAW
    {2024, 11, 27, false},  // Hari Pemungutan Suara Pilkada Serentak 2024
    {2024, 12, 25, false},  // Hari Raya Natal (Kelahiran Yesus Kristus)
    {2024, 12, 26, true},   // Cuti Bersama Hari Raya Natal
    {2025, 1, 1, false},    // Tahun Baru 2025 Masehi
    {2025, 1, 27, false},   // Isra Mikraj Nabi Muhammad SAW
    {2025, 1, 28, true},    // Cuti Bersama Tahun Baru Imlek 2576 Kongzili
    {2025, 1, 29, false},   // Tahun Baru Imlek 2576 Kongzili
    {2025, 3, 28, true},    // Cuti Bersama Hari Suci Nyepi
    {2025, 3, 29, false},   // Hari Suci Nyepi Tahun Baru Saka 1947
    {2025, 3, 31, false},   // Idul Fitri 1446 H (hari 1)
    {2025, 4, 1, false},    // Idul Fitri 1446 H (hari 2)
    {2025, 4, 2, true},     // Cuti Bersama Idul Fitri 1446 H
    {2025, 4, 3, true},     // Cuti Bersama Idul Fitri 1446 H
    {2025, 4, 4, true},     // Cuti Bersama Idul Fitri 1446 H
    {2025, 4, 7, true},     // Cuti Bersama Idul Fitri 1446 H
    {2025, 4, 18, false},   // Wafat Yesus Kristus
    {2025, 4, 20, false},   // Kebangkitan Yesus Kristus (Paskah)
    {2025, 5, 1, false},    // Hari Buruh Internasional
    {2025, 5, 12, false},   // Hari Raya Waisak 2569 BE
    {2025, 5, 13, true},    // Cuti Bersama Hari Raya Waisak
    {2025, 5, 29, false},   // Kenaikan Yesus Kristus
    {2025, 5, 30, true},    // Cuti Bersama Kenaikan Yesus Kristus
    {2025, 6, 1, false},    // Hari Lahir Pancasila
    {2025, 6, 6, false},    // Idul Adha 1446 H
    {2025, 6, 9, true},     // Cuti Bersama Idul Adha 1446 H
    {2025, 6, 27, false},   // 1 Muharam Tahun Baru Islam 1447 H
    {2025, 8, 17, false},   // Proklamasi Kemerdekaan
    {2025, 8, 18, true},    // Cuti Bersama HUT ke-80 Kemerdekaan RI
    {2025, 9, 5, false},    // Maulid Nabi Muhammad SAW
    {2025, 12, 25, false},  // Kelahiran Yesus Kristus (Natal)
    {2025, 12, 26, true},   // Cuti Bersama Kelahiran Yesus Kristus
    {2026, 1, 1, false},    // Tahun Baru 2026 Masehi
    {2026, 1, 16, false},   // Isra Mikraj Nabi Muhammad SAW
    {2026, 2, 16, true},    // Cuti Bersama Tahun Baru Imlek 2577 Kongzili
    {2026, 2, 17, false},   // Tahun Baru Imlek 2577 Kongzili
    {2026, 3, 18, true},    // Cuti Bersama Hari Suci Nyepi
    {2026, 3, 19, false},   // Hari Suci Nyepi Tahun Baru Saka 1948
    {2026, 3, 20, true},    // Cuti Bersama Idul Fitri 1447 H
    {2026, 3, 21, false},   // Idul Fitri 1447 H (hari 1)
    {2026, 3, 22, false},   // Idul Fitri 1447 H (hari 2)
    {2026, 3, 23, true},    // Cuti Bersama Idul Fitri 1447 H
    {2026, 3, 24, true},    // Cuti Bersama Idul Fitri 1447 H
    {2026, 4, 3, false},    // Wafat Yesus Kristus
    {2026, 4, 5, false},    // Kebangkitan Yesus Kristus (Paskah)
    {2026, 5, 1, false},    // Hari Buruh Internasional
    {2026, 5, 14, false},   // Kenaikan Yesus Kristus
    {2026, 5, 15, true},    // Cuti Bersama Kenaikan Yesus Kristus
    {2026, 5, 27, false},   // Idul Adha 1447 H
    {2026, 5, 28, true},    // Cuti Bersama Idul Adha 1447 H
    {2026, 5, 31, false},   // Hari Raya Waisak 2570 BE
    {2026, 6, 1, false},    // Hari Lahir Pancasila
    {2026, 6, 16, false},   // 1 Muharam Tahun Baru Islam 1448 H
    {2026, 8, 17, false},   // Proklamasi Kemerdekaan
    {2026, 8, 25, false},   // Maulid Nabi Muhammad SAW
    {2026, 12, 24, true},   // Cuti Bersama Kelahiran Yesus Kristus
    {2026, 12, 25, false},  // Kelahiran Yesus Kristus (Natal)
    {2027, 1, 1, false},    // Tahun Baru 2027 Masehi
    {2027, 1, 5, false},    // Isra Mikraj Nabi Muhammad SAW (1448 H)
    {2027, 2, 5, true},     // Cuti Bersama Tahun Baru Imlek 2578 Kongzili
    {2027, 2, 6, false},    // Tahun Baru Imlek 2578 Kongzili
    {2027, 3, 8, false},    // Hari Suci Nyepi Tahun Baru Saka 1949
    {2027, 3, 9, true},     // Cuti Bersama Idul Fitri 1448 H
    {2027, 3, 10, false},   // Idul Fitri 1448 H (hari 1)
    {2027, 3, 11, false},   // Idul Fitri 1448 H (hari 2)
    {2027, 3, 12, true},    // Cuti Bersama Idul Fitri 1448 H
    {2027, 3, 15, true},    // Cuti Bersama Idul Fitri 1448 H
    {2027, 3, 25, true},    // Cuti Bersama Wafat Yesus Kristus
    {2027, 3, 26, false},   // Wafat Yesus Kristus
    {2027, 3, 28, false},   // Kebangkitan Yesus Kristus (Paskah)
    {2027, 5, 1, false},    // Hari Buruh Internasional
    {2027, 5, 6, false},    // Kenaikan Yesus Kristus
    {2027, 5, 17, false},   // Idul Adha 1448 H
    {2027, 5, 18, true},    // Cuti Bersama Idul Adha 1448 H
    {2027, 5, 19, true},    // Cuti Bersama Hari Raya Waisak
    {2027, 5, 20, false},   // Hari Raya Waisak 2571 BE
    {2027, 6, 1, false},    // Hari Lahir Pancasila
    {2027, 6, 6, false},    // 1 Muharam Tahun Baru Islam 1449 H
    {2027, 8, 15, false},   // Maulid Nabi Muhammad SAW
    {2027, 8, 17, false},   // Proklamasi Kemerdekaan
    {2027, 12, 24, true},   // Cuti Bersama Kelahiran Yesus Kristus
    {2027, 12, 25, false},  // Kelahiran Yesus Kristus (Natal)
    {2027, 12, 26, false},  // Isra Mikraj Nabi Muhammad SAW (1449 H)
};

struct ReferenceYear {
  int year;
  int weekday_closures;  // Mon-Fri days closed by holidays or collective leave
  int working_days;      // Mon-Fri days minus weekday_closures
};

inline constexpr ReferenceYear k_reference_years[] = {
    {2020, 19, 243}, {2021, 13, 248}, {2022, 14, 246}, {2023, 21, 239},
    {2024, 24, 238}, {2025, 24, 237}, {2026, 21, 240}, {2027, 19, 242},
};

}  // namespace ppid::test
