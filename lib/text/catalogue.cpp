#include "text/catalogue.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <array>
#include <cstddef>

namespace ppid::text {
namespace {

struct Entry {
  Id id;
  std::string_view id_text;  // Indonesian
  std::string_view en_text;  // English
};

// Legal terms follow the domain reference: permohonan (request), pemberitahuan tertulis (written
// notice), perpanjangan (extension), keberatan (objection), atasan PPID (the PPID's superior),
// sengketa informasi (dispute), hari kerja (working day), cuti bersama (collective leave).
constexpr Entry k_entries[] = {
    {Id::err_unknown_option, "opsi tidak dikenal", "unknown option"},
    {Id::err_unexpected_argument, "argumen tidak diharapkan", "unexpected argument"},
    {Id::err_missing_option, "opsi wajib belum diberikan", "required option missing"},
    {Id::err_missing_command, "perintah belum diberikan", "no command given"},
    {Id::err_option_needs_value, "opsi memerlukan nilai", "option needs a value"},
    {Id::err_option_repeated, "opsi diberikan lebih dari sekali", "option given more than once"},
    {Id::err_bad_option_value, "nilai opsi tidak sah", "invalid option value"},
    {Id::err_usage, "penggunaan tidak sah", "invalid usage"},
    {Id::err_bad_lang, "bahasa tidak dikenal", "unknown language"},
    {Id::err_bad_format, "format keluaran tidak dikenal", "unknown output format"},
    {Id::err_bad_date, "tanggal tidak sah", "invalid date"},
    {Id::err_bad_time, "waktu tidak sah", "invalid time"},
    {Id::err_bad_duration, "durasi tidak sah", "invalid duration"},
    {Id::err_case_file_missing, "berkas kasus tidak ditemukan", "case file not found"},
    {Id::err_case_file_is_directory, "berkas kasus adalah direktori", "case file is a directory"},
    {Id::err_not_case_file, "bukan berkas kasus ppid", "not a ppid case file"},
    {Id::err_case_file_unreadable, "berkas kasus tidak dapat dibaca", "case file is unreadable"},
    {Id::err_case_file_newer,
     "berkas kasus berasal dari ppid yang lebih baru (skema {}, versi ini hanya mengenal sampai "
     "skema {})",
     "case file is from a newer ppid (schema {}; this ppid knows schemas up to {})"},
    {Id::err_case_file_exists, "berkas kasus sudah ada", "case file already exists"},
    {Id::err_cannot_create, "tidak dapat membuat berkas", "cannot create file"},
    {Id::err_busy, "berkas kasus sedang dipakai proses lain, coba lagi",
     "case file is busy, try again"},
    {Id::err_io, "kesalahan baca/tulis", "I/O error"},
    {Id::err_internal, "kesalahan internal", "internal error"},
    {Id::err_config_unreadable, "berkas konfigurasi tidak dapat dibaca",
     "cannot read configuration file"},
    {Id::err_file_unreadable, "berkas tidak dapat dibaca", "cannot read file"},
    {Id::err_config_malformed, "TOML tidak sah", "malformed TOML"},
    {Id::err_config_unknown_key, "kunci tidak dikenal", "unknown key"},
    {Id::err_config_wrong_type, "jenis nilai salah", "wrong type of value"},
    {Id::err_config_bad_value, "nilai tidak sah untuk {}", "invalid value for {}"},
    {Id::err_config_missing_key, "kunci wajib tidak ada", "required key missing"},
    {Id::err_config_duplicate, "tanggal tercantum dua kali di {}", "date listed twice in {}"},

    {Id::err_holiday_duplicate, "tanggal tercantum dua kali", "date listed twice"},
    {Id::err_holiday_unsorted, "tanggal tidak berurutan", "dates out of order"},
    {Id::err_no_holiday_data, "tidak ada data hari libur untuk tahun ini",
     "no holiday data for this year"},
    {Id::err_bad_year, "tahun tidak sah", "invalid year"},
    {Id::err_stdin_line, "baris tidak sah", "invalid line"},
    {Id::err_add_stdin_extra,
     "durasi tidak dipakai bersama '-'; setiap baris stdin memuat TANGGAL DURASI",
     "no duration goes with '-'; each stdin line holds DATE DURATION"},
    {Id::err_toml_needs_year, "format toml memerlukan satu TAHUN",
     "the toml format needs one YEAR"},
    {Id::hint_see_help, "lihat 'ppid --help'", "see 'ppid --help'"},
    {Id::hint_allowed, "pilihan: {}", "allowed: {}"},
    {Id::hint_date_format, "gunakan YYYY-MM-DD, mis. 2026-11-24",
     "use YYYY-MM-DD, e.g. 2026-11-24"},
    {Id::hint_time_format, "gunakan YYYY-MM-DD atau YYYY-MM-DDTHH:MM, mis. 2026-11-24T09:30",
     "use YYYY-MM-DD or YYYY-MM-DDTHH:MM, e.g. 2026-11-24T09:30"},
    {Id::hint_duration_format,
     "tulis jumlah dan satuan: \"10 hk\" atau \"10 wd\" (hari kerja), \"14 hari\" atau \"14 d\" "
     "(hari kalender)",
     "write a number and a unit: \"10 wd\" or \"10 hk\" (working days), \"14 d\" or \"14 hari\" "
     "(plain days)"},
    {Id::hint_duration_range, "jumlah hari harus 0 sampai {}",
     "the number of days must be 0 to {}"},
    {Id::hint_duration_unit_required,
     "satuan wajib di sini: \"hk\"/\"wd\" (hari kerja) atau \"hari\"/\"d\" (hari kalender)",
     "a unit is required here: \"wd\"/\"hk\" (working days) or \"d\"/\"hari\" (plain days)"},
    {Id::hint_create_case_file, "buat dengan 'ppid init' atau pilih berkas lain dengan --file",
     "create one with 'ppid init' or choose another with --file"},
    {Id::hint_choose_other_file, "ppid tidak menimpa berkas kasus; pilih nama lain dengan --file",
     "ppid never overwrites a case file; choose another name with --file"},
    {Id::hint_upgrade_ppid, "gunakan ppid versi yang lebih baru", "use a newer version of ppid"},
    {Id::hint_register_format,
     "format harus memuat {{seq}} (boleh {{seq:03}}); penanda lain: {{year}}, {{month}}, "
     "{{month:02}}, {{month:roman}}",
     "the format must contain {{seq}} (or {{seq:03}}); other fields: {{year}}, {{month}}, "
     "{{month:02}}, {{month:roman}}"},
    {Id::hint_register_needs_year,
     "dengan nomor urut yang diulang tiap tahun, format harus memuat {{year}} agar nomor tetap "
     "unik",
     "with a sequence reset every year the format must contain {{year}} to keep numbers unique"},
    {Id::hint_service_hours, "tulis jam layanan sebagai \"08:00-16:00\"",
     "write service hours as \"08:00-16:00\""},
    {Id::hint_service_name, "nama layanan hanya huruf kecil, angka, '-' dan '_'",
     "a service name has only lower-case letters, digits, '-' and '_'"},
    {Id::hint_system_reason, "{}", "{}"},
    {Id::hint_report_bug, "laporkan kepada pengembang beserta perintah yang dijalankan",
     "report it to the developers with the command that was run"},

    {Id::hint_holiday_year, "tanggal harus dalam tahun {} (tahun berkas ini)",
     "the date must be in {} (the file's year)"},
    {Id::hint_holiday_order, "urutkan hari menurut tanggal, satu entri per tanggal",
     "list days sorted by date, one entry per date"},
    {Id::hint_list_once, "cantumkan setiap tanggal sekali saja", "list each date only once"},
    {Id::hint_year_range, "tahun empat angka, 1900 sampai 2999", "a four-digit year, 1900 to 2999"},
    {Id::hint_load_holidays,
     "tahun yang tersedia: {}; muat berkas dengan 'ppid calendar load BERKAS.toml'",
     "years available: {}; load a file with 'ppid calendar load FILE.toml'"},
    {Id::hint_stdin_line, "setiap baris: TANGGAL DURASI, mis. 2026-11-24 10 hk",
     "each line: DATE DURATION, e.g. 2026-11-24 10 wd"},
    {Id::sys_permission_denied, "izin ditolak", "permission denied"},
    {Id::sys_no_such_directory, "direktori tidak ada atau tidak dapat dipakai",
     "no such directory, or it cannot hold files"},
    {Id::sys_read_only_fs, "sistem berkas hanya-baca", "read-only file system"},
    {Id::sys_no_space, "ruang disk habis", "no space left on device"},

    {Id::type_string, "harus berupa teks", "must be a string"},
    {Id::type_integer, "harus berupa bilangan bulat", "must be an integer"},
    {Id::type_boolean, "harus berupa true atau false", "must be true or false"},
    {Id::type_date, "harus berupa tanggal (YYYY-MM-DD, tanpa tanda petik)",
     "must be a date (YYYY-MM-DD, unquoted)"},
    {Id::type_array, "harus berupa larik [ ... ]", "must be an array [ ... ]"},
    {Id::type_table, "harus berupa tabel", "must be a table"},

    {Id::help_app,
     "ppid: pengelolaan permohonan informasi publik untuk PPID (UU 14/2008, Perki 1/2021).\n"
     "Semua tenggat dihitung dalam hari kerja dengan kalender libur nasional dan cuti bersama.",
     "ppid: public information request management for PPID offices (UU 14/2008, Perki 1/2021).\n"
     "Every deadline is counted in working days on the national holiday and collective-leave "
     "calendar."},
    {Id::help_footer,
     "Contoh:\n"
     "  ppid init --agency \"Dinas Kominfo Kab. Contoh\" --file kasus.sqlite\n"
     "  ppid config show --file kasus.sqlite\n"
     "  ppid help init\n"
     "\n"
     "Berkas kasus: --file, atau PPID_FILE, atau ./ppid.sqlite (dibuat dengan mode 0600).\n"
     "\n"
     "Kode keluar:\n"
     "  0   berhasil\n"
     "  1   pemeriksaan atau laporan menemukan sesuatu\n"
     "  64  penggunaan salah (opsi tidak dikenal, tanggal atau durasi tidak sah)\n"
     "  65  data masukan tidak sah (isi berkas, baris CSV, berkas kasus dari versi lebih baru)\n"
     "  66  berkas kasus tidak ada, tidak terbaca, atau bukan berkas kasus ppid\n"
     "  69  tindakan tidak diizinkan pada keadaan kasus saat ini\n"
     "  70  kesalahan internal\n"
     "  73  tidak dapat membuat berkas\n"
     "  74  kesalahan baca/tulis\n"
     "  75  berkas kasus sedang dipakai, coba lagi\n"
     "  78  kesalahan konfigurasi",
     "Examples:\n"
     "  ppid init --agency \"Dinas Kominfo Kab. Contoh\" --file cases.sqlite\n"
     "  ppid config show --file cases.sqlite\n"
     "  ppid help init\n"
     "\n"
     "Case file: --file, or PPID_FILE, or ./ppid.sqlite (created with mode 0600).\n"
     "\n"
     "Exit codes:\n"
     "  0   success\n"
     "  1   a check or report found something\n"
     "  64  usage error (unknown option, malformed date or duration)\n"
     "  65  bad input data (file content, CSV row, case file from a newer version)\n"
     "  66  case file missing, unreadable, or not a ppid case file\n"
     "  69  action not allowed in the case's current state\n"
     "  70  internal error\n"
     "  73  cannot create a file\n"
     "  74  I/O error\n"
     "  75  case file busy, try again\n"
     "  78  configuration error"},
    {Id::help_opt_file, "berkas kasus (bawaan: ./ppid.sqlite)",
     "case file (default: ./ppid.sqlite)"},
    {Id::help_opt_today, "tanggal hari ini untuk perhitungan, YYYY-MM-DD (bawaan: jam sistem)",
     "today's date for every computation, YYYY-MM-DD (default: the system clock)"},
    {Id::help_opt_lang, "bahasa keluaran: id atau en", "output language: id or en"},
    {Id::help_opt_format, "format keluaran: text atau json", "output format: text or json"},
    {Id::help_opt_version, "tampilkan versi lalu keluar", "print the version and exit"},
    {Id::help_opt_help, "tampilkan bantuan ini lalu keluar", "print this help and exit"},
    {Id::help_help, "tampilkan bantuan sebuah perintah", "print the help of a command"},
    {Id::help_help_command, "perintah, mis. init atau \"config show\"",
     "a command, e.g. init or \"config show\""},
    {Id::help_init, "buat berkas kasus baru beserta konfigurasi instansi",
     "create a new case file with the agency's configuration"},
    {Id::help_init_footer,
     "Berkas dibuat dengan mode 0600 dan tidak pernah menimpa berkas yang ada.\n"
     "Konfigurasi disimpan di dalam berkas kasus, jadi cron hanya memerlukan berkas itu.\n"
     "\n"
     "Contoh:\n"
     "  ppid init --agency \"Dinas Kominfo Kab. Contoh\"\n"
     "  ppid init --config examples/ppid.toml --file kasus.sqlite",
     "The file is created with mode 0600 and never overwrites an existing file.\n"
     "The configuration is stored inside the case file, so a cron job needs only that file.\n"
     "\n"
     "Examples:\n"
     "  ppid init --agency \"Dinas Kominfo Kab. Contoh\"\n"
     "  ppid init --config examples/ppid.toml --file cases.sqlite"},
    {Id::help_init_agency, "nama instansi (badan publik); menggantikan agency.name di --config",
     "the agency's (public body's) name; overrides agency.name from --config"},
    {Id::help_init_config, "berkas konfigurasi TOML (lihat examples/ppid.toml)",
     "configuration file, TOML (see examples/ppid.toml)"},
    {Id::help_config, "konfigurasi berkas kasus", "the case file's configuration"},
    {Id::help_config_show, "tampilkan konfigurasi yang berlaku sebagai TOML",
     "print the effective configuration as TOML"},
    {Id::help_config_show_footer,
     "Keluarannya dapat dipakai kembali dengan 'ppid init --config'.\n"
     "\n"
     "Contoh:\n"
     "  ppid config show > ppid.toml",
     "The output is accepted back by 'ppid init --config'.\n"
     "\n"
     "Example:\n"
     "  ppid config show > ppid.toml"},

    {Id::help_calendar, "kalender hari kerja: tenggat, hari libur, data libur",
     "the working-day calendar: deadlines, holidays, holiday data"},
    {Id::help_calendar_add, "tanggal setelah sejumlah hari kerja atau hari kalender",
     "the date a number of working days or plain days after a date"},
    {Id::help_calendar_add_footer,
     "TANGGAL adalah hari ke-0 dan tidak pernah dihitung, apa pun harinya.\n"
     "Tanpa --file: Sabtu dan Minggu, libur nasional dan cuti bersama adalah hari libur.\n"
     "Dengan --file: konfigurasi dan data libur berkas kasus itu.\n"
     "Dengan '-' sebagai TANGGAL, setiap baris stdin \"TANGGAL DURASI\" menghasilkan satu baris.\n"
     "\n"
     "Contoh:\n"
     "  ppid calendar add 2025-03-27 \"10 hk\"\n"
     "  ppid calendar add 2025-03-27 \"10 hk\" --explain\n"
     "  ppid calendar add 2026-11-24 \"14 hari\" --format json\n"
     "  printf '2026-11-24 10 hk\\n2026-12-01 7 hk\\n' | ppid calendar add -",
     "DATE is day 0 and is never counted, whatever day it is.\n"
     "Without --file: Saturday and Sunday, national holidays and cuti bersama are closed.\n"
     "With --file: that case file's configuration and holiday data.\n"
     "With '-' as DATE, each stdin line \"DATE DURATION\" gives one line of output.\n"
     "\n"
     "Examples:\n"
     "  ppid calendar add 2025-03-27 \"10 wd\"\n"
     "  ppid calendar add 2025-03-27 \"10 wd\" --explain\n"
     "  ppid calendar add 2026-11-24 \"14 d\" --format json\n"
     "  printf '2026-11-24 10 wd\\n2026-12-01 7 wd\\n' | ppid calendar add -"},
    {Id::help_calendar_add_date, "tanggal awal (hari ke-0), YYYY-MM-DD, atau - untuk stdin",
     "the start date (day 0), YYYY-MM-DD, or - for stdin"},
    {Id::help_calendar_add_duration, "durasi, mis. \"10 hk\" atau \"14 hari\"",
     "the duration, e.g. \"10 wd\" or \"14 d\""},
    {Id::help_calendar_explain, "tampilkan setiap hari yang dilewati atau dihitung, dan alasannya",
     "list every day passed over or counted, and why"},
    {Id::help_calendar_between, "jumlah hari kerja di antara dua tanggal",
     "the number of working days between two dates"},
    {Id::help_calendar_between_footer,
     "Menghitung hari kerja d dengan TANGGAL1 < d <= TANGGAL2 (negatif bila TANGGAL2 lebih awal).\n"
     "\n"
     "Contoh:\n"
     "  ppid calendar between 2025-03-27 2025-04-22",
     "Counts the working days d with DATE1 < d <= DATE2 (negative when DATE2 is earlier).\n"
     "\n"
     "Example:\n"
     "  ppid calendar between 2025-03-27 2025-04-22"},
    {Id::help_calendar_between_from, "tanggal pertama (tidak dihitung)",
     "the first date (not counted)"},
    {Id::help_calendar_between_to, "tanggal kedua (dihitung)", "the second date (counted)"},
    {Id::help_calendar_holidays, "daftar hari libur nasional dan cuti bersama",
     "list the national holidays and cuti bersama"},
    {Id::help_calendar_holidays_footer,
     "Format: text, csv (kolom date,kind,name_id,name_en,basis), json, atau toml (berkas hari\n"
     "libur satu TAHUN, untuk disunting lalu dimuat dengan 'ppid calendar load').\n"
     "\n"
     "Contoh:\n"
     "  ppid calendar holidays 2026\n"
     "  ppid calendar holidays 2026 --format csv > libur-2026.csv\n"
     "  ppid calendar holidays 2026 --format toml > 2026.toml   # tambahkan hari, lalu:\n"
     "  ppid calendar load 2026.toml",
     "Formats: text, csv (columns date,kind,name_id,name_en,basis), json, or toml (the holiday\n"
     "file of one YEAR, to edit and load back with 'ppid calendar load').\n"
     "\n"
     "Examples:\n"
     "  ppid calendar holidays 2026\n"
     "  ppid calendar holidays 2026 --format csv > holidays-2026.csv\n"
     "  ppid calendar holidays 2026 --format toml > 2026.toml   # add a day, then:\n"
     "  ppid calendar load 2026.toml"},
    {Id::help_calendar_holidays_year, "tahun (bawaan: semua tahun yang tersedia)",
     "the year (default: every year available)"},
    {Id::help_calendar_check, "periksa apakah data hari libur mencakup 12 bulan ke depan",
     "check that holiday data covers the next 12 months"},
    {Id::help_calendar_check_footer,
     "Kode keluar 0 bila setiap hari 12 bulan ke depan (sejak --today) tercakup, 1 bila tidak.\n"
     "\n"
     "Contoh (cron):\n"
     "  ppid calendar check --file kasus.sqlite || mail -s 'data libur' admin@contoh.go.id",
     "Exit code 0 when every day of the next 12 months (from --today) is covered, 1 otherwise.\n"
     "\n"
     "Example (cron):\n"
     "  ppid calendar check --file cases.sqlite || mail -s 'holiday data' admin@example.go.id"},
    {Id::help_calendar_load, "muat berkas hari libur (TOML) ke dalam berkas kasus",
     "load a holiday file (TOML) into the case file"},
    {Id::help_calendar_load_footer,
     "Berkas berformat sama dengan holidays/TAHUN.toml dan menggantikan data bawaan tahun itu.\n"
     "\n"
     "Contoh:\n"
     "  ppid calendar load 2028.toml --file kasus.sqlite",
     "The file has the format of holidays/YEAR.toml and replaces the built-in data of its year.\n"
     "\n"
     "Example:\n"
     "  ppid calendar load 2028.toml --file cases.sqlite"},
    {Id::help_calendar_load_file, "berkas hari libur, TOML", "the holiday file, TOML"},

    {Id::label_usage, "Penggunaan", "Usage"},
    {Id::label_options, "Opsi", "Options"},
    {Id::label_subcommands, "Perintah", "Subcommands"},
    {Id::label_positionals, "Argumen", "Positionals"},
    {Id::label_required, "WAJIB", "REQUIRED"},
    {Id::label_env, "Env", "Env"},
    {Id::label_option_placeholder, "OPSI", "OPTIONS"},
    {Id::label_subcommand_placeholder, "PERINTAH", "SUBCOMMAND"},

    {Id::out_init_done, "Berkas kasus dibuat: {} (instansi: {})",
     "Case file created: {} (agency: {})"},
    {Id::out_config_header, "# Konfigurasi ppid yang berlaku (dapat dipakai: ppid init --config)",
     "# Effective ppid configuration (accepted by: ppid init --config)"},
    {Id::out_provisional, "(sementara)", "(provisional)"},
    {Id::out_add_result, "{} + {} = {}", "{} + {} = {}"},
    {Id::out_explain_day0, "hari ke-0, tidak dihitung", "day 0, not counted"},
    {Id::out_explain_skipped, "dilewati: {}", "skipped: {}"},
    {Id::out_explain_counted, "hari kerja ke-{}", "working day {}"},
    {Id::out_explain_counted_because, "hari kerja ke-{} ({})", "working day {} ({})"},
    {Id::out_explain_uncovered, "tanpa data hari libur {}", "no holiday data for {}"},
    {Id::out_reason_weekend, "akhir pekan", "weekend"},
    {Id::out_reason_holiday, "hari libur nasional", "national holiday"},
    {Id::out_reason_collective_leave, "cuti bersama", "collective leave"},
    {Id::out_reason_closed_day, "hari tutup instansi", "closed by the agency"},
    {Id::out_reason_extra_working_day, "hari kerja tambahan instansi",
     "extra working day of the agency"},
    {Id::out_reason_collective_leave_worked, "cuti bersama dihitung hari kerja",
     "collective leave counted as working"},
    {Id::out_holidays_year_heading, "{}: {} hari libur nasional, {} cuti bersama ({})",
     "{}: {} national holidays, {} collective-leave days ({})"},
    {Id::out_holidays_year_source_builtin, "data bawaan", "built-in data"},
    {Id::out_holidays_year_source_loaded, "dimuat ke berkas kasus", "loaded into the case file"},
    {Id::out_kind_holiday, "libur nasional", "national holiday"},
    {Id::out_kind_collective_leave, "cuti bersama", "collective leave"},
    {Id::out_check_covered, "Data hari libur tersedia untuk: {}", "Holiday data available for: {}"},
    {Id::out_check_none, "tidak ada", "none"},
    {Id::out_check_ok, "12 bulan ke depan ({} sampai {}) tercakup.",
     "The next 12 months ({} to {}) are covered."},
    {Id::out_check_missing,
     "Data hari libur {} belum ada: 12 bulan ke depan ({} sampai {}) tidak tercakup penuh; "
     "muat dengan 'ppid calendar load {}.toml'.",
     "No holiday data for {}: the next 12 months ({} to {}) are not fully covered; load it with "
     "'ppid calendar load {}.toml'."},
    {Id::out_load_done,
     "Data hari libur {} dimuat dari {}: {} hari libur nasional, {} cuti bersama; menggantikan "
     "data "
     "sebelumnya untuk tahun itu.",
     "Holiday data for {} loaded from {}: {} national holidays, {} collective-leave days; it "
     "replaces the earlier data of that year."},
    {Id::weekday_sun, "Minggu", "Sun"},
    {Id::weekday_mon, "Senin", "Mon"},
    {Id::weekday_tue, "Selasa", "Tue"},
    {Id::weekday_wed, "Rabu", "Wed"},
    {Id::weekday_thu, "Kamis", "Thu"},
    {Id::weekday_fri, "Jumat", "Fri"},
    {Id::weekday_sat, "Sabtu", "Sat"},
    {Id::err_field_required, "{} wajib diisi", "{} is required"},
    {Id::err_field_invalid, "{} tidak sah", "invalid {}"},
    {Id::err_reason_required, "--reason wajib untuk --decision refused",
     "--reason is required with --decision refused"},
    {Id::err_basis_required, "--basis wajib untuk --reason exempt (pasal 17)",
     "--basis is required with --reason exempt (art. 17)"},
    {Id::err_reason_only_refused, "--reason hanya untuk --decision refused",
     "--reason goes only with --decision refused"},
    {Id::err_holder_only_not_held, "--holder hanya untuk --reason not-held",
     "--holder goes only with --reason not-held"},
    {Id::err_answer_or_filing,
     "--answer (tanggapan atasan) tidak dipakai bersama --ground/--proxy/--late-accepted, dan "
     "--official/--position hanya bersama --answer",
     "--answer (the superior's answer) does not go with --ground/--proxy/--late-accepted, and "
     "--official/--position go only with --answer"},
    {Id::err_outcome_or_filing, "--outcome (akhir sengketa) tidak dipakai bersama --commission",
     "--outcome (how the dispute ended) does not go with --commission"},
    {Id::err_unknown_request, "tidak ada permohonan dengan nomor ini",
     "no request with this register number"},
    {Id::err_time_before, "waktu sebelum peristiwa terakhir kasus ({})",
     "time is before the case's last event ({})"},
    {Id::err_time_future, "waktu sesudah saat ini ({})", "time is after now ({})"},
    {Id::err_event_unreadable, "peristiwa {} dalam berkas kasus tidak terbaca",
     "event {} in the case file is unreadable"},
    {Id::hint_allowed_now, "yang dapat dilakukan sekarang: {}", "allowed now: {}"},
    {Id::hint_nothing_allowed, "tidak ada tindakan lagi; lihat 'ppid show'",
     "nothing more can be recorded; see 'ppid show'"},
    {Id::hint_nik, "NIK terdiri atas tepat 16 angka", "a NIK has exactly 16 digits"},
    {Id::hint_phone, "nomor telepon: 8 sampai 15 angka, boleh diawali +",
     "a phone number has 8 to 15 digits, optionally after a +"},
    {Id::hint_email, "alamat surel seperti nama@contoh.go.id",
     "an e-mail address like name@example.go.id"},
    {Id::hint_field_too_long, "paling banyak {} byte", "at most {} bytes"},
    {Id::hint_no_services, "konfigurasi tidak memuat layanan ([services.NAMA])",
     "the configuration has no services ([services.NAME])"},
    {Id::hint_basis, "mis. --basis \"Pasal 17 huruf b\"", "e.g. --basis \"Pasal 17 huruf b\""},
    {Id::hint_grounds, "alasan keberatan pasal 35 ayat 1: a sampai g, mis. --ground a",
     "the grounds of art. 35(1): a to g, e.g. --ground a"},
    {Id::why_open, "tidak dapat '{}' untuk {}: menunggu pemberitahuan tertulis, batas {}",
     "cannot {} {}: it awaits the written notice, due {}"},
    {Id::why_answered, "tidak dapat '{}' untuk {}: sudah dijawab pada {}",
     "cannot {} {}: it was answered on {}"},
    {Id::why_objection, "tidak dapat '{}' untuk {}: keberatan diajukan pada {}",
     "cannot {} {}: an objection was filed on {}"},
    {Id::why_objection_answered,
     "tidak dapat '{}' untuk {}: atasan PPID menanggapi keberatan pada {}",
     "cannot {} {}: the superior answered the objection on {}"},
    {Id::why_dispute, "tidak dapat '{}' untuk {}: dalam sengketa di Komisi Informasi sejak {}",
     "cannot {} {}: it is in dispute at the Information Commission since {}"},
    {Id::why_closed, "tidak dapat '{}' untuk {}: sengketa selesai pada {}",
     "cannot {} {}: the dispute ended on {}"},
    {Id::why_withdrawn, "tidak dapat '{}' untuk {}: dicabut pada {}",
     "cannot {} {}: it was withdrawn on {}"},
    {Id::why_not_incomplete,
     "tidak dapat '{}' untuk {}: persyaratannya sudah lengkap saat diterima pada {}",
     "cannot {} {}: it was complete when received on {}"},
    {Id::why_already_completed, "tidak dapat '{}' untuk {}: sudah dilengkapi pada {}",
     "cannot {} {}: it was completed on {}"},
    {Id::why_clock_not_started,
     "tidak dapat '{}' untuk {}: jangka waktunya belum berjalan (belum lengkap sejak {})",
     "cannot {} {}: its clock has not started (incomplete since {})"},
    {Id::why_already_extended,
     "tidak dapat '{}' untuk {}: sudah diperpanjang pada {} (pasal 22 ayat 8: hanya sekali)",
     "cannot {} {}: it was already extended on {} (art. 22(8): once only)"},
    {Id::why_past_limit, "tidak dapat '{}' untuk {}: batas pemberitahuannya {} sudah lewat",
     "cannot {} {}: its response limit {} has passed"},
    {Id::why_limit_not_passed,
     "tidak dapat '{}' untuk {}: belum dijawab dan batasnya {} belum lewat",
     "cannot {} {}: it is unanswered and its response limit {} has not passed"},
    {Id::why_ground_needs_notice,
     "tidak dapat '{}' untuk {}: tanpa pemberitahuan hanya alasan c yang berlaku (batas {} lewat "
     "tanpa jawaban)",
     "cannot {} {}: without a notice only ground c applies (the limit {} passed unanswered)"},
    {Id::why_objection_late,
     "tidak dapat '{}' untuk {}: jangka waktu keberatan berakhir {} (--late-accepted mencatat "
     "bahwa instansi tetap menerimanya)",
     "cannot {} {}: the objection window ended on {} (--late-accepted records that the body "
     "accepted it anyway)"},
    {Id::why_superior_limit_not_passed,
     "tidak dapat '{}' untuk {}: batas tanggapan atasan PPID {} belum lewat",
     "cannot {} {}: the superior's limit {} has not passed"},
    {Id::why_dispute_withdraw,
     "tidak dapat '{}' untuk {}: dalam sengketa sejak {}; catat pencabutan dengan 'ppid escalate "
     "--outcome withdrawn'",
     "cannot {} {}: it is in dispute since {}; record a withdrawal with 'ppid escalate --outcome "
     "withdrawn'"},
    {Id::verify_integrity, "pemeriksaan integritas SQLite gagal: {}",
     "SQLite integrity check failed: {}"},
    {Id::verify_chain_broken,
     "rantai peristiwa terputus: ada peristiwa yang dihapus atau disisipkan di luar ppid",
     "the event chain is broken: an event was removed or inserted outside ppid"},
    {Id::verify_event_changed, "isi peristiwa diubah di luar ppid",
     "the event was changed outside ppid"},
    {Id::verify_no_receipt, "kasus tanpa peristiwa penerimaan", "the case has no receipt event"},
    {Id::verify_state_differs, "data tersimpan \"{}\" berbeda dengan hasil peristiwa \"{}\"",
     "stored \"{}\" differs from what its events give, \"{}\""},
    {Id::verify_deadlines_differ,
     "tenggat tersimpan berbeda dengan hasil peristiwa dan kalender; jalankan 'ppid recalc'",
     "stored deadlines differ from what its events and the calendar give; run 'ppid recalc'"},
    {Id::help_request, "permohonan informasi: daftar, lengkapi, tampilkan daftar",
     "information requests: register, complete, list"},
    {Id::help_request_new, "daftarkan permohonan informasi baru",
     "register a new information request"},
    {Id::help_request_new_footer,
     "Mencetak nomor pendaftaran, hari ke-0, target layanan dan batas pemberitahuan tertulis\n(10 "
     "hari kerja, UU 14/2008 pasal 22 ayat 7).\n\nContoh:\n  ppid request new --name \"Budi "
     "Santoso\" --info \"Data anggaran 2026\" --service informasi-berkala\n  ppid request new "
     "--name \"LSM Contoh\" --applicant-type organization --info \"...\" \\\n    --channel email "
     "--email info@lsm.or.id --at 2026-11-24T15:30",
     "Prints the register number, day 0, the service target and the written notice limit\n(10 "
     "working days, UU 14/2008 art. 22(7)).\n\nExamples:\n  ppid request new --name \"Budi "
     "Santoso\" --info \"Budget data 2026\" --service informasi-berkala\n  ppid request new --name "
     "\"LSM Contoh\" --applicant-type organization --info \"...\" \\\n    --channel email --email "
     "info@lsm.or.id --at 2026-11-24T15:30"},
    {Id::help_request_complete, "catat bahwa persyaratan permohonan telah lengkap",
     "record that a request's requirements are complete"},
    {Id::help_request_complete_footer,
     "Bila konfigurasi clock_starts = \"completion\", jangka waktu berjalan sejak saat "
     "ini.\n\nContoh:\n  ppid request complete 001/PPID/XI/2026 --at 2026-11-26",
     "With clock_starts = \"completion\" in the configuration, the clock runs from now "
     "on.\n\nExample:\n  ppid request complete 001/PPID/XI/2026 --at 2026-11-26"},
    {Id::help_request_list, "daftar permohonan dengan keadaan dan batasnya",
     "list requests with their state and limit"},
    {Id::help_request_list_footer,
     "Contoh:\n  ppid request list --state open\n  ppid request list --year 2026 --format json",
     "Examples:\n  ppid request list --state open\n  ppid request list --year 2026 --format json"},
    {Id::help_respond, "catat pemberitahuan tertulis (pasal 22 ayat 7)",
     "record the written notice (art. 22(7))"},
    {Id::help_respond_footer,
     "Contoh:\n  ppid respond 001/PPID/XI/2026 --decision granted\n  ppid respond 002/PPID/XI/2026 "
     "--decision refused --reason exempt --basis \"Pasal 17 huruf b\"\n  ppid respond "
     "003/PPID/XI/2026 --decision refused --reason not-held --holder \"Dinas Kesehatan\"",
     "Examples:\n  ppid respond 001/PPID/XI/2026 --decision granted\n  ppid respond "
     "002/PPID/XI/2026 --decision refused --reason exempt --basis \"Pasal 17 huruf b\"\n  ppid "
     "respond 003/PPID/XI/2026 --decision refused --reason not-held --holder \"Dinas Kesehatan\""},
    {Id::help_extend,
     "perpanjang jangka waktu pemberitahuan 7 hari kerja, sekali (pasal 22 ayat 8)",
     "extend the notice limit by 7 working days, once (art. 22(8))"},
    {Id::help_extend_footer,
     "Hanya selama belum dijawab dan batasnya belum lewat.\n\nContoh:\n  ppid extend "
     "001/PPID/XI/2026 --reason \"informasi belum didokumentasikan\"",
     "Only while unanswered and before the limit.\n\nExample:\n  ppid extend 001/PPID/XI/2026 "
     "--reason \"information not yet documented\""},
    {Id::help_object, "catat keberatan pemohon, atau tanggapan atasan PPID (--answer)",
     "record an objection, or the superior's answer to it (--answer)"},
    {Id::help_object_footer,
     "Keberatan diajukan dalam 30 hari kerja (pasal 36 ayat 1); atasan PPID menanggapi dalam 30 "
     "hari kerja.\n\nContoh:\n  ppid object 001/PPID/XI/2026 --ground a\n  ppid object "
     "001/PPID/XI/2026 --answer upheld --official \"Sekretaris Daerah\" --position \"Atasan PPID\"",
     "An objection is filed within 30 working days (art. 36(1)); the superior answers within 30 "
     "working days.\n\nExamples:\n  ppid object 001/PPID/XI/2026 --ground a\n  ppid object "
     "001/PPID/XI/2026 --answer upheld --official \"Regional Secretary\" --position \"Superior of "
     "the PPID\""},
    {Id::help_escalate, "catat sengketa di Komisi Informasi, atau akhirnya (--outcome)",
     "record a dispute at the Information Commission, or how it ended (--outcome)"},
    {Id::help_escalate_footer,
     "Sengketa diajukan dalam 14 hari kerja (pasal 37 ayat 2); pengajuan terlambat tetap "
     "dicatat.\n\nContoh:\n  ppid escalate 001/PPID/XI/2026 --commission \"KI Provinsi Jawa "
     "Barat\"\n  ppid escalate 001/PPID/XI/2026 --outcome mediated",
     "A dispute is filed within 14 working days (art. 37(2)); a late filing is still "
     "recorded.\n\nExamples:\n  ppid escalate 001/PPID/XI/2026 --commission \"KI Provinsi Jawa "
     "Barat\"\n  ppid escalate 001/PPID/XI/2026 --outcome mediated"},
    {Id::help_withdraw, "catat pencabutan permohonan oleh pemohon",
     "record that the applicant withdrew the request"},
    {Id::help_withdraw_footer, "Contoh:\n  ppid withdraw 001/PPID/XI/2026",
     "Example:\n  ppid withdraw 001/PPID/XI/2026"},
    {Id::help_show, "tampilkan satu permohonan: pemohon, peristiwa, tenggat",
     "show one request: applicant, events, deadlines"},
    {Id::help_show_footer,
     "NIK disamarkan kecuali dengan --unmasked.\n\nContoh:\n  ppid show 001/PPID/XI/2026\n  ppid "
     "show 001/PPID/XI/2026 --format json",
     "The NIK is masked unless --unmasked is given.\n\nExamples:\n  ppid show 001/PPID/XI/2026\n  "
     "ppid show 001/PPID/XI/2026 --format json"},
    {Id::help_verify, "periksa integritas berkas kasus dan rantai peristiwa",
     "check the case file's integrity and event chain"},
    {Id::help_verify_footer,
     "Kode keluar 0 bila baik, 1 dengan kasus dan peristiwa pertama yang bermasalah.\n\nContoh:\n  "
     "ppid verify --file kasus.sqlite",
     "Exit code 0 when sound, 1 naming the first bad case and event.\n\nExample:\n  ppid verify "
     "--file cases.sqlite"},
    {Id::help_recalc, "hitung ulang tenggat setelah kalender berubah",
     "recompute deadlines after the calendar changed"},
    {Id::help_recalc_footer,
     "Mencantumkan setiap tenggat yang bergeser (lama → baru). 'ppid calendar load' melakukannya "
     "sendiri.\n\nContoh:\n  ppid recalc",
     "Lists every deadline that moved (old → new). 'ppid calendar load' does this by "
     "itself.\n\nExample:\n  ppid recalc"},
    {Id::help_opt_register, "nomor pendaftaran permohonan, mis. 001/PPID/XI/2026",
     "the request's register number, e.g. 001/PPID/XI/2026"},
    {Id::help_opt_at,
     "kapan terjadi: YYYY-MM-DD atau YYYY-MM-DDTHH:MM, waktu setempat (bawaan: sekarang)",
     "when it happened: YYYY-MM-DD or YYYY-MM-DDTHH:MM, agency time (default: now)"},
    {Id::help_opt_name, "nama pemohon", "the applicant's name"},
    {Id::help_opt_info, "informasi yang diminta", "the information requested"},
    {Id::help_opt_id_number, "NIK pemohon (16 angka)", "the applicant's NIK (16 digits)"},
    {Id::help_opt_applicant_type, "perorangan, kelompok, atau badan hukum",
     "a person, a group, or an organization"},
    {Id::help_opt_address, "alamat pemohon", "the applicant's address"},
    {Id::help_opt_phone, "nomor telepon pemohon", "the applicant's phone number"},
    {Id::help_opt_email, "alamat surel pemohon", "the applicant's e-mail address"},
    {Id::help_opt_occupation, "pekerjaan pemohon", "the applicant's occupation"},
    {Id::help_opt_purpose, "tujuan penggunaan informasi", "what the information will be used for"},
    {Id::help_opt_proxy, "nama kuasa pemohon", "the name of the applicant's proxy"},
    {Id::help_opt_service, "jenis layanan dari konfigurasi ([services.NAMA])",
     "a service type from the configuration ([services.NAME])"},
    {Id::help_opt_channel, "cara permohonan diterima", "how the request arrived"},
    {Id::help_opt_access, "bentuk akses yang diminta", "the form of access asked for"},
    {Id::help_opt_delivery, "cara penyampaian informasi", "how the information is to be delivered"},
    {Id::help_opt_incomplete, "persyaratan belum lengkap (lengkapi dengan 'ppid request complete')",
     "requirements not yet met (complete with 'ppid request complete')"},
    {Id::help_opt_decision, "keputusan: dikabulkan seluruhnya, sebagian, atau ditolak",
     "the decision: granted in full, in part, or refused"},
    {Id::help_opt_refusal_reason, "alasan penolakan (wajib bila ditolak)",
     "the reason for refusal (required when refused)"},
    {Id::help_opt_basis, "dasar pengecualian, mis. \"Pasal 17 huruf b\" (wajib untuk exempt)",
     "the exemption's basis, e.g. \"Pasal 17 huruf b\" (required for exempt)"},
    {Id::help_opt_holder, "badan publik yang menguasai informasi (untuk not-held)",
     "the public body that holds the information (for not-held)"},
    {Id::help_opt_note, "catatan", "a note"},
    {Id::help_opt_extend_reason, "alasan perpanjangan secara tertulis",
     "the written reason for the extension"},
    {Id::help_opt_ground, "alasan keberatan a..g (pasal 35 ayat 1); dapat diulang",
     "a ground of objection a..g (art. 35(1)); repeatable"},
    {Id::help_opt_late_accepted, "catat bahwa instansi menerima keberatan yang terlambat",
     "record that the body accepted a late objection"},
    {Id::help_opt_objection_answer,
     "tanggapan atasan PPID: upheld (keputusan PPID tetap), overturned, partial",
     "the superior's answer: upheld (the PPID's decision stands), overturned, partial"},
    {Id::help_opt_official, "nama atasan PPID", "the superior's name"},
    {Id::help_opt_position, "jabatan atasan PPID", "the superior's position"},
    {Id::help_opt_commission, "Komisi Informasi tempat sengketa diajukan",
     "the Information Commission the dispute was filed with"},
    {Id::help_opt_outcome, "akhir sengketa", "how the dispute ended"},
    {Id::help_opt_state, "hanya keadaan ini", "only this state"},
    {Id::help_opt_year, "hanya tahun pendaftaran ini", "only this register year"},
    {Id::help_opt_unmasked, "tampilkan NIK lengkap", "show the full NIK"},
    {Id::lbl_applicant, "Pemohon", "Applicant"},
    {Id::lbl_name, "Nama", "Name"},
    {Id::lbl_applicant_type, "Jenis pemohon", "Type"},
    {Id::lbl_nik, "NIK", "NIK"},
    {Id::lbl_address, "Alamat", "Address"},
    {Id::lbl_phone, "Telepon", "Phone"},
    {Id::lbl_email, "Surel", "E-mail"},
    {Id::lbl_occupation, "Pekerjaan", "Occupation"},
    {Id::lbl_proxy, "Kuasa", "Proxy"},
    {Id::lbl_request, "Permohonan", "Request"},
    {Id::lbl_info, "Informasi yang diminta", "Information requested"},
    {Id::lbl_purpose, "Tujuan penggunaan", "Purpose"},
    {Id::lbl_service, "Layanan", "Service"},
    {Id::lbl_channel, "Diterima melalui", "Channel"},
    {Id::lbl_access, "Bentuk akses", "Access"},
    {Id::lbl_delivery, "Cara penyampaian", "Delivery"},
    {Id::lbl_objection_no, "Nomor keberatan", "Objection number"},
    {Id::lbl_events, "Peristiwa", "Events"},
    {Id::col_register_no, "Nomor", "Number"},
    {Id::col_received, "Diterima", "Received"},
    {Id::col_state, "Keadaan", "State"},
    {Id::col_due, "Batas", "Due"},
    {Id::col_status, "Status", "Status"},
    {Id::state_open, "menunggu pemberitahuan", "awaiting the notice"},
    {Id::state_answered, "dijawab", "answered"},
    {Id::state_objection, "keberatan, menunggu atasan", "objection, awaiting superior"},
    {Id::state_objection_answered, "keberatan ditanggapi", "objection answered"},
    {Id::state_dispute, "sengketa di Komisi Informasi", "dispute at the Commission"},
    {Id::state_closed, "selesai", "closed"},
    {Id::state_withdrawn, "dicabut", "withdrawn"},
    {Id::deadline_response, "pemberitahuan tertulis", "written notice"},
    {Id::deadline_target, "target layanan", "service target"},
    {Id::deadline_objection_filing, "pengajuan keberatan", "objection filing"},
    {Id::deadline_objection_answer, "tanggapan atasan PPID", "superior's answer"},
    {Id::deadline_dispute_filing, "pengajuan sengketa", "dispute filing"},
    {Id::deadline_commission_start, "Komisi Informasi memulai", "Commission starts"},
    {Id::deadline_commission_settlement, "Komisi Informasi memutus", "Commission settles"},
    {Id::deadline_court_filing, "keberatan ke pengadilan", "court challenge"},
    {Id::event_received, "permohonan diterima", "request received"},
    {Id::event_completed, "persyaratan lengkap", "requirements completed"},
    {Id::event_extended, "perpanjangan", "extension"},
    {Id::event_answered, "pemberitahuan tertulis", "written notice"},
    {Id::event_objected, "keberatan diajukan", "objection filed"},
    {Id::event_objection_answered, "tanggapan atasan PPID", "superior's answer"},
    {Id::event_dispute_filed, "sengketa diajukan", "dispute filed"},
    {Id::event_dispute_ended, "sengketa selesai", "dispute ended"},
    {Id::event_withdrawn, "dicabut", "withdrawn"},
    {Id::decision_granted, "dikabulkan seluruhnya", "granted in full"},
    {Id::decision_partial, "dikabulkan sebagian", "granted in part"},
    {Id::decision_refused, "ditolak", "refused"},
    {Id::status_pending, "berjalan, {} hari kerja lagi", "pending, {} working days left"},
    {Id::status_overdue, "terlambat {} hari kerja", "overdue by {} working days"},
    {Id::status_met, "dipenuhi {}", "met on {}"},
    {Id::status_late, "dipenuhi {}, terlambat {} hari kerja", "done on {}, {} working days late"},
    {Id::status_expired, "lewat waktu, tidak dipakai", "expired unused"},
    {Id::status_void, "tidak berlaku", "void"},
    {Id::out_registered, "Permohonan terdaftar: {}", "Request registered: {}"},
    {Id::out_completed, "Persyaratan {} lengkap pada {}", "{} completed on {}"},
    {Id::out_extended, "{} diperpanjang pada {}", "{} extended on {}"},
    {Id::out_responded, "Pemberitahuan tertulis {}: {}, pada {}",
     "Written notice on {}: {}, on {}"},
    {Id::out_objected, "Keberatan {} atas {} dicatat pada {}", "Objection {} on {} recorded on {}"},
    {Id::out_objection_answered, "Tanggapan atasan PPID atas {}: {}, pada {}",
     "Superior's answer on {}: {}, on {}"},
    {Id::out_dispute_filed, "Sengketa {} di Komisi Informasi dicatat pada {}",
     "Dispute on {} at the Information Commission recorded on {}"},
    {Id::out_dispute_filed_late,
     "Sengketa {} di Komisi Informasi dicatat pada {}, setelah jangka waktu 14 hari kerja berakhir "
     "(Komisi yang memutuskan)",
     "Dispute on {} at the Information Commission recorded on {}, after the 14-working-day window "
     "ended (the Commission decides)"},
    {Id::out_dispute_ended, "Sengketa {} selesai: {}, pada {}", "Dispute on {} ended: {}, on {}"},
    {Id::out_withdrawn, "{} dicabut pada {}", "{} withdrawn on {}"},
    {Id::out_state_line, "Keadaan: {}", "State: {}"},
    {Id::out_day0_line, "Diterima {}; hari ke-0: {}", "Received {}; day 0: {}"},
    {Id::out_clock_waiting, "Diterima {}; jangka waktu belum berjalan sampai persyaratan lengkap",
     "Received {}; the clock waits until the requirements are complete"},
    {Id::out_deadlines_heading, "Tenggat:", "Deadlines:"},
    {Id::out_show_heading, "Permohonan {}", "Request {}"},
    {Id::out_recorded_by, "dicatat {} oleh {}", "recorded {} by {}"},
    {Id::out_list_empty, "Tidak ada permohonan.", "No requests."},
    {Id::out_no_moves, "Tidak ada tenggat yang bergeser.", "No deadline moved."},
    {Id::out_moves_heading, "{} tenggat bergeser:", "{} deadlines moved:"},
    {Id::out_verify_ok, "Berkas kasus baik: {} kasus, {} peristiwa, rantai utuh.",
     "Case file sound: {} cases, {} events, chain intact."},
    {Id::out_verify_file_problem, "Berkas kasus rusak: {}", "Case file damaged: {}"},
    {Id::out_verify_case_problem, "Kasus {}: {}", "Case {}: {}"},
    {Id::out_verify_event_problem, "Kasus {}, peristiwa {}: {}", "Case {}, event {}: {}"},
    {Id::err_period_options, "periode: --from dan --to bersama, atau --year [--month]",
     "a period is --from with --to, or --year [--month]"},
    {Id::err_period_order, "--to lebih awal dari --from", "--to is before --from"},
    {Id::hint_period,
     "mis. --year 2026, --year 2026 --month 11, atau --from 2026-01-01 --to 2026-06-30",
     "e.g. --year 2026, --year 2026 --month 11, or --from 2026-01-01 --to 2026-06-30"},
    {Id::help_report, "laporan: terlambat, jatuh tempo, register, keberatan, tahunan",
     "reports: overdue, due soon, registers, annual"},
    {Id::help_report_overdue, "kewajiban instansi yang melewati batas waktu",
     "the body's duties past their limit"},
    {Id::help_report_overdue_footer,
     "Permohonan belum dijawab setelah batasnya, dan keberatan yang belum ditanggapi atasan "
     "PPID.\n--fail-if-any: kode keluar 1 bila ada baris, untuk cron.\n\nContoh:\n  ppid report "
     "overdue\n  ppid report overdue --against target\n  ppid report overdue --fail-if-any "
     "--format csv || mail -s 'PPID: terlambat' ppid@contoh.go.id",
     "Requests unanswered past their limit, and objections the superior has not "
     "answered.\n--fail-if-any: exit 1 when there are rows, for cron.\n\nExamples:\n  ppid report "
     "overdue\n  ppid report overdue --against target\n  ppid report overdue --fail-if-any "
     "--format csv || mail -s 'PPID: overdue' ppid@example.go.id"},
    {Id::help_report_due, "kewajiban instansi yang jatuh tempo dalam N hari kerja",
     "the body's duties falling due within N working days"},
    {Id::help_report_due_footer, "Contoh:\n  ppid report due --within 5",
     "Example:\n  ppid report due --within 5"},
    {Id::help_report_register, "buku register permohonan untuk satu periode",
     "the request register for a period"},
    {Id::help_report_register_footer,
     "Alamat, telepon dan surel hanya dengan --show-personal-data.\n\nContoh:\n  ppid report "
     "register --year 2026 --format csv --excel > register-2026.csv",
     "Address, phone and e-mail only with --show-personal-data.\n\nExample:\n  ppid report "
     "register --year 2026 --format csv --excel > register-2026.csv"},
    {Id::help_report_objections, "register keberatan untuk satu periode",
     "the objection register for a period"},
    {Id::help_report_objections_footer, "Contoh:\n  ppid report objections --year 2026",
     "Example:\n  ppid report objections --year 2026"},
    {Id::help_report_annual,
     "laporan layanan informasi publik (UU 14/2008 pasal 12; Perki 1/2021 pasal 56)",
     "the public-information service report (UU 14/2008 art. 12; Perki 1/2021 art. 56)"},
    {Id::help_report_annual_footer,
     "Permohonan yang diterima dalam periode; keberatan dan sengketa yang diajukan dalam "
     "periode.\n\nContoh:\n  ppid report annual --year 2026 --format html > laporan-2026.html\n  "
     "ppid report annual --from 2026-01-01 --to 2026-06-30 --format markdown",
     "Requests received in the period; objections and disputes filed in it.\n\nExamples:\n  ppid "
     "report annual --year 2026 --format html > report-2026.html\n  ppid report annual --from "
     "2026-01-01 --to 2026-06-30 --format markdown"},
    {Id::help_opt_as_of, "tanggal laporan (bawaan: hari ini)",
     "the report's date (default: today)"},
    {Id::help_opt_from, "awal periode, YYYY-MM-DD", "the period's first day, YYYY-MM-DD"},
    {Id::help_opt_to, "akhir periode, YYYY-MM-DD", "the period's last day, YYYY-MM-DD"},
    {Id::help_opt_report_year, "tahun periode (bawaan: tahun --as-of)",
     "the period's year (default: the year of --as-of)"},
    {Id::help_opt_month, "bulan periode dalam --year", "the period's month within --year"},
    {Id::help_opt_excel, "CSV untuk spreadsheet berbahasa Indonesia: BOM UTF-8 dan pemisah ';'",
     "CSV for Indonesian-locale spreadsheets: UTF-8 BOM and ';' separators"},
    {Id::help_opt_fail_if_any, "kode keluar 1 bila laporan memuat baris",
     "exit 1 when the report has rows"},
    {Id::help_opt_against, "diukur terhadap batas undang-undang atau target layanan",
     "measured against the statutory limit or the service target"},
    {Id::help_opt_within, "jumlah hari kerja ke depan (bawaan 3)",
     "working days ahead (default 3)"},
    {Id::help_opt_show_personal_data, "tampilkan alamat, telepon, surel dan NIK (disamarkan)",
     "show address, phone, e-mail and NIK (masked)"},
    {Id::report_overdue_title, "Kewajiban yang terlambat per {}", "Overdue duties as of {}"},
    {Id::report_due_title, "Kewajiban yang jatuh tempo dalam {} hari kerja sejak {}",
     "Duties falling due within {} working days of {}"},
    {Id::report_against_statutory,
     "Diukur terhadap batas waktu undang-undang (UU 14/2008), dalam hari kerja.",
     "Measured against the statutory limits (UU 14/2008), in working days."},
    {Id::report_against_target, "Diukur terhadap target layanan instansi, dalam hari kerja.",
     "Measured against the body's service targets, in working days."},
    {Id::report_none_overdue, "Tidak ada kewajiban yang terlambat.", "Nothing is overdue."},
    {Id::report_none_due, "Tidak ada kewajiban yang jatuh tempo.", "Nothing falls due."},
    {Id::report_rows, "{} baris.", "{} rows."},
    {Id::report_register_title, "Buku register permohonan informasi {}", "Request register {}"},
    {Id::report_objections_title, "Register keberatan {}", "Objection register {}"},
    {Id::report_annual_title, "Laporan layanan informasi publik {}",
     "Public information service report {}"},
    {Id::report_annual_basis, "UU 14/2008 pasal 12; Perki 1/2021 pasal 56. Keadaan per {}.",
     "UU 14/2008 art. 12; Perki 1/2021 art. 56. As of {}."},
    {Id::report_summary, "Ringkasan", "Summary"},
    {Id::col_stage, "Tahap", "Stage"},
    {Id::col_applicant, "Pemohon", "Applicant"},
    {Id::col_service, "Layanan", "Service"},
    {Id::col_day0, "Hari-0", "Day 0"},
    {Id::col_days_late, "Terlambat", "Late"},
    {Id::col_days_left, "Sisa", "Left"},
    {Id::col_name, "Nama", "Name"},
    {Id::col_contact, "Kontak", "Contact"},
    {Id::col_info_status, "Status informasi", "Information status"},
    {Id::col_form, "Bentuk", "Form"},
    {Id::col_kind, "Jenis permohonan", "Kind of request"},
    {Id::col_decision, "Keputusan", "Decision"},
    {Id::col_refusal, "Alasan penolakan", "Reason for refusal"},
    {Id::col_notice_date, "Tanggal pemberitahuan", "Notice date"},
    {Id::col_delivered, "Tanggal informasi diberikan", "Information delivered"},
    {Id::col_cost, "Biaya", "Cost"},
    {Id::col_extended, "Diperpanjang", "Extended"},
    {Id::col_days_taken, "Hari kerja", "Working days"},
    {Id::col_grounds, "Alasan keberatan", "Grounds"},
    {Id::col_answer, "Tanggapan atasan", "Superior's answer"},
    {Id::col_answer_date, "Hari dan tanggal tanggapan", "Day and date of answer"},
    {Id::col_official, "Atasan PPID", "Superior"},
    {Id::col_to_commission, "Ke Komisi Informasi", "To the Commission"},
    {Id::col_item, "Uraian", "Item"},
    {Id::col_count, "Jumlah", "Count"},
    {Id::word_yes, "ya", "yes"},
    {Id::word_no, "tidak", "no"},
    {Id::info_held, "dikuasai", "held"},
    {Id::info_not_held, "tidak dikuasai", "not held"},
    {Id::info_not_yet_held, "belum dikuasai", "not yet held"},
    {Id::info_not_documented, "belum didokumentasikan", "not yet documented"},
    {Id::sum_requests, "Permohonan diterima", "Requests received"},
    {Id::sum_answered, "Dijawab dengan pemberitahuan tertulis", "Answered with a written notice"},
    {Id::sum_unanswered, "Belum dijawab", "Not yet answered"},
    {Id::sum_withdrawn, "Dicabut sebelum dijawab", "Withdrawn before an answer"},
    {Id::sum_extended, "Diperpanjang", "Extended"},
    {Id::sum_median, "Waktu menjawab, median (hari kerja)",
     "Time to answer, median (working days)"},
    {Id::sum_mean, "Waktu menjawab, rata-rata (hari kerja)", "Time to answer, mean (working days)"},
    {Id::sum_p90, "Waktu menjawab, persentil 90 (hari kerja)",
     "Time to answer, 90th percentile (working days)"},
    {Id::sum_within_statutory, "Dijawab dalam batas undang-undang",
     "Answered within the statutory limit"},
    {Id::sum_within_target, "Dijawab dalam target layanan", "Answered within the service target"},
    {Id::sum_objections, "Keberatan diajukan", "Objections filed"},
    {Id::sum_objections_on_time, "Keberatan ditanggapi tepat waktu", "Objections answered on time"},
    {Id::sum_objections_late, "Keberatan ditanggapi terlambat", "Objections answered late"},
    {Id::sum_disputes, "Sengketa di Komisi Informasi", "Disputes at the Commission"},
    {Id::sum_disputes_late, "Sengketa diajukan setelah 14 hari kerja",
     "Disputes filed after 14 working days"},
    {Id::sec_by_month, "Permohonan per bulan", "Requests by month"},
    {Id::sec_by_service, "Permohonan per layanan", "Requests by service"},
    {Id::sec_by_channel, "Permohonan per saluran", "Requests by channel"},
    {Id::sec_by_applicant_type, "Permohonan per jenis pemohon", "Requests by applicant type"},
    {Id::sec_decisions, "Keputusan", "Decisions"},
    {Id::sec_refusal_reasons, "Alasan penolakan", "Reasons for refusal"},
    {Id::sec_exemption_letters, "Pengecualian pasal 17 (huruf)", "Art. 17 exemptions (letter)"},
    {Id::sec_time_bands, "Waktu menjawab (hari kerja)", "Time to answer (working days)"},
    {Id::sec_objection_grounds, "Keberatan per alasan (pasal 35 ayat 1)",
     "Objections by ground (art. 35(1))"},
    {Id::sec_objection_answers, "Tanggapan atasan PPID", "The superior's answers"},
    {Id::sec_dispute_outcomes, "Hasil sengketa", "Dispute outcomes"},
    {Id::err_arose_required, "alasan b atau g memerlukan --arose", "ground b or g needs --arose"},
    {Id::hint_arose,
     "--arose TANGGAL: kapan alasan itu timbul (b: tanggal yang disebut pemohon; g: tanggal "
     "informasi diberikan)",
     "--arose DATE: when the ground arose (b: the date the applicant gives; g: when the "
     "information was delivered)"},
    {Id::hint_control_characters, "tanpa karakter kendali (baris baru hanya pada teks panjang)",
     "no control characters (line breaks only in long text)"},
    {Id::why_ground_c_answered,
     "tidak dapat '{}' untuk {}: dijawab pada {}, dalam batasnya; alasan c tidak berlaku",
     "cannot {} {}: it was answered on {}, within its limit; ground c does not apply"},
    {Id::why_mediation_exempt,
     "tidak dapat '{}' untuk {}: sengketa sejak {} hanya atas alasan a (pengecualian) diselesaikan "
     "melalui ajudikasi, bukan mediasi",
     "cannot {} {}: the dispute since {} is on ground a alone (an exemption), settled by "
     "adjudication, not mediation"},
    {Id::help_opt_arose, "kapan alasan b atau g timbul, YYYY-MM-DD",
     "when ground b or g arose, YYYY-MM-DD"},
    {Id::status_pending_one, "berjalan, 1 hari kerja lagi", "pending, 1 working day left"},
    {Id::status_overdue_one, "terlambat 1 hari kerja", "overdue by 1 working day"},
    {Id::status_late_one, "dipenuhi {}, terlambat 1 hari kerja", "done on {}, 1 working day late"},
    {Id::stage_response, "jawaban", "notice"},
    {Id::stage_objection, "keberatan", "objection"},
    {Id::report_rows_one, "1 baris.", "1 row."},
    {Id::report_clock_receipt,
     "Jangka waktu dihitung sejak permohonan diterima (clock_starts = receipt).",
     "Limits run from receipt of the request (clock_starts = receipt)."},
    {Id::report_clock_completion,
     "Jangka waktu permohonan yang belum lengkap dihitung sejak persyaratannya lengkap "
     "(clock_starts = completion).",
     "Limits of incomplete requests run from completion of the requirements (clock_starts = "
     "completion)."},
    {Id::imp_date_form,
     "tanggal tidak terbaca; tulis mis. 24/11/2026, 2026-11-24 atau 24 November 2026",
     "unreadable date; write e.g. 24/11/2026, 2026-11-24 or 24 November 2026"},
    {Id::imp_date_impossible, "tanggal tidak ada di kalender", "no such day in the calendar"},
    {Id::imp_date_two_digit_year, "tahun dua angka tidak ditebak; tulis tahun empat angka",
     "a two-digit year is not guessed; write the four-digit year"},
    {Id::imp_date_weekday, "nama hari tidak cocok dengan tanggalnya",
     "the weekday does not match the date"},
    {Id::imp_time, "jam tidak sah; tulis mis. 09.30 atau 09:30",
     "invalid time; write e.g. 09.30 or 09:30"},
    {Id::imp_csv_quote,
     "tanda kutip tidak sah: tutup kutip harus diikuti pemisah atau akhir baris; tulis kutip di "
     "dalam isian sebagai \"\"",
     "malformed quotes: a closing quote must be followed by the separator or the end of the line; "
     "write a quote inside a field as \"\""},
    {Id::imp_csv_unterminated, "isian berkutip tidak ditutup sampai akhir berkas",
     "a quoted field is not closed before the end of the file"},
    {Id::imp_csv_encoding, "teks bukan UTF-8 maupun Windows-1252; simpan berkas sebagai CSV UTF-8",
     "text is neither UTF-8 nor Windows-1252; save the file as CSV UTF-8"},
    {Id::imp_column_missing, "kolom yang disebut pemetaan untuk {} tidak ada di baris judul",
     "the column the mapping names for {} is not in the header row"},
    {Id::imp_column_required, "tidak ada kolom untuk {}", "no column for {}"},
    {Id::hint_imp_map_column, "sebutkan kolomnya di [columns] berkas pemetaan (--mapping)",
     "name its column in [columns] of a mapping file (--mapping)"},
    {Id::imp_value_unknown, "nilai tidak dikenal", "unknown value"},
    {Id::hint_imp_map_value,
     "tulis salah satu dari: {}, atau petakan di [values.{}] berkas pemetaan (--mapping)",
     "write one of: {}, or map it in [values.{}] of a mapping file (--mapping)"},
    {Id::imp_required, "wajib diisi", "required"},
    {Id::imp_needs, "diisi, tetapi kolom {} kosong", "filled in, but {} is empty"},
    {Id::imp_contact, "tulis satu nomor telepon dan/atau satu alamat surel, dipisah /",
     "write one phone number and/or one e-mail address, separated by /"},
    {Id::imp_grounds, "alasan keberatan tidak sah; tulis huruf a–g, mis. \"a, d\"",
     "invalid objection grounds; write letters a–g, e.g. \"a, d\""},
    {Id::imp_register_no,
     "nomor tidak sah: kosong, lebih dari 64 bita, atau berisi karakter kendali",
     "invalid number: empty, longer than 64 bytes, or holding control characters"},
    {Id::imp_conflict,
     "nomor {} sudah ada di berkas kasus dengan isi lain; tidak ditimpa (bandingkan dengan: ppid "
     "show {})",
     "number {} is already in the case file with other content; not overwritten (compare with: "
     "ppid show {})"},
    {Id::imp_objection_no_taken, "nomor keberatan sudah dipakai permohonan lain",
     "objection number already used by another request"},
    {Id::imp_extra_fields, "baris ini berisi {} kolom, baris judul hanya {}",
     "this row has {} columns, the header row only {}"},
    {Id::imp_no_header, "berkas tidak berisi baris judul", "the file has no header row"},
    {Id::imp_mapping_choice, "bukan kata ppid untuk {}", "not a ppid word for {}"},
    {Id::help_import, "impor buku register permohonan (CSV) dari kertas atau spreadsheet",
     "import a request register (CSV) kept on paper or in a spreadsheet"},
    {Id::help_import_footer,
     "Setiap baris menjadi satu kasus dengan riwayatnya, diperiksa dengan aturan yang sama seperti "
     "perintah lain. Nomor pendaftaran dipertahankan; impor ulang berkas yang sama tidak menambah "
     "apa pun; nomor yang sudah ada dengan isi lain dilaporkan sebagai konflik dan tidak ditimpa. "
     "Tanpa --mapping, judul kolom register (Indonesia atau Inggris) dikenali sendiri.\n\nKode "
     "keluar 0 bila semua baris baik, 65 bila ada baris bermasalah (dengan --on-error abort tidak "
     "ada yang ditulis).\n\nContoh:\n  ppid import register-2025.csv --dry-run\n  ppid import "
     "register-2025.csv --mapping pemetaan.toml\n  ppid import - --delimiter ';' --on-error skip "
     "--format json < register.csv",
     "Each row becomes a case with its history, checked by the same rules as the other commands. "
     "Register numbers are kept; importing the same file again adds nothing; a number already "
     "present with other content is reported as a conflict and never overwritten. Without "
     "--mapping, the register's usual column headers (Indonesian or English) are "
     "recognised.\n\nExit code 0 when every row is good, 65 when some row has a problem (with "
     "--on-error abort nothing is written).\n\nExamples:\n  ppid import register-2025.csv "
     "--dry-run\n  ppid import register-2025.csv --mapping mapping.toml\n  ppid import - "
     "--delimiter ';' --on-error skip --format json < register.csv"},
    {Id::help_opt_import_file, "berkas CSV, atau - untuk masukan standar",
     "the CSV file, or - for standard input"},
    {Id::help_opt_mapping, "berkas pemetaan (TOML): kolom, cara menulis nilai, bawaan",
     "mapping file (TOML): columns, how values are written, defaults"},
    {Id::help_opt_dry_run, "periksa semuanya dan laporkan hasilnya tanpa menulis apa pun",
     "check everything and report what would happen, writing nothing"},
    {Id::help_opt_on_error,
     "baris bermasalah: abort (bawaan, tidak ada yang ditulis) atau skip (baris baik tetap "
     "diimpor)",
     "rows with problems: abort (default, nothing is written) or skip (the good rows are "
     "imported)"},
    {Id::help_opt_delimiter,
     "pemisah kolom: ',', ';' atau tab (bawaan: dikenali dari baris pertama)",
     "column separator: ',', ';' or tab (default: detected from the first line)"},
    {Id::help_opt_encoding,
     "penyandian teks: auto (bawaan: UTF-8, selain itu Windows-1252), utf-8 atau windows-1252",
     "text encoding: auto (default: UTF-8, else Windows-1252), utf-8 or windows-1252"},
    {Id::out_import_rows_read, "Baris dibaca", "Rows read"},
    {Id::out_import_imported, "Diimpor", "Imported"},
    {Id::out_import_would_import, "Akan diimpor", "Would be imported"},
    {Id::out_import_already, "Sudah ada", "Already present"},
    {Id::out_import_conflicts, "Konflik", "Conflicts"},
    {Id::out_import_rejected, "Bermasalah", "Rejected"},
    {Id::out_import_dry_run, "Uji coba (--dry-run): tidak ada yang ditulis.",
     "Dry run: nothing was written."},
    {Id::out_import_aborted,
     "Tidak ada yang ditulis: {} baris bermasalah dan --on-error abort. Perbaiki barisnya, atau "
     "pakai --on-error skip untuk mengimpor baris yang baik.",
     "Nothing was written: {} rows have problems and --on-error is abort. Fix them, or use "
     "--on-error skip to import the good rows."},
    {Id::out_import_skipped, "{} baris bermasalah dilewati; baris lainnya diimpor.",
     "{} rows with problems were skipped; the others were imported."},
    {Id::out_import_converted, "Teks dibaca sebagai Windows-1252 dan diubah ke UTF-8.",
     "Text was read as Windows-1252 and converted to UTF-8."},
    {Id::out_import_unused, "Kolom yang tidak dipakai: {}", "Columns not used: {}"},
    {Id::out_import_progress, "{} baris", "{} rows"},
    {Id::err_import_delimiter, "pemisah tidak sah", "invalid separator"},
    {Id::imp_csv_too_long,
     "baris lebih dari 1 MiB (tanda kutip yang tidak ditutup?); pembacaan berhenti di sini",
     "row longer than 1 MiB (a quote left open?); reading stops here"},
    {Id::imp_repeated, "nomor {} sudah muncul lebih awal di berkas ini dengan isi lain",
     "number {} already appears earlier in this file with other content"},
    {Id::out_import_aborted_one,
     "Tidak ada yang ditulis: 1 baris bermasalah dan --on-error abort. Perbaiki barisnya, atau "
     "pakai --on-error skip untuk mengimpor baris yang baik.",
     "Nothing was written: 1 row has a problem and --on-error is abort. Fix it, or use --on-error "
     "skip to import the good rows."},
    {Id::out_import_skipped_one, "1 baris bermasalah dilewati; baris lainnya diimpor.",
     "1 row with a problem was skipped; the others were imported."},
    {Id::imp_csv_not_utf8,
     "teks bukan UTF-8; pakai --encoding auto atau windows-1252 bila berkas disimpan sebagai CSV "
     "biasa",
     "text is not UTF-8; use --encoding auto or windows-1252 when the file was saved as plain CSV"},
    {Id::imp_objection_late,
     "tidak dapat '{}' untuk {}: jangka waktu keberatan berakhir {} (tulis ya di kolom "
     "late_accepted bila instansi tetap menerimanya)",
     "cannot {} {}: the objection window ended on {} (write yes in a late_accepted column when the "
     "body accepted it anyway)"},
    {Id::help_opt_busy_timeout,
     "berapa detik menunggu bila berkas kasus sedang ditulis proses lain (bawaan 10)",
     "how many seconds to wait while another process writes the case file (default 10)"},
    {Id::err_bad_busy_timeout, "batas tunggu tidak sah", "invalid busy timeout"},
    {Id::hint_busy_timeout, "tulis detik 0 sampai 3600, mis. 30",
     "write seconds from 0 to 3600, e.g. 30"},
    {Id::help_backup, "tulis salinan cadangan berkas kasus yang sudah diperiksa",
     "write a checked copy of the case file"},
    {Id::help_backup_footer,
     "Salinan dibuat dengan backup daring SQLite sementara proses lain tetap menulis, bermode "
     "0600,\n"
     "lalu diperiksa (integritas SQLite, versi skema, rantai peristiwa) sebelum diberi nama. "
     "Berkas\n"
     "yang sudah ada tidak pernah ditimpa. Bila TUJUAN sebuah direktori, salinan ditulis ke\n"
     "TUJUAN/NAMA-YYYY-MM-DD.sqlite (NAMA dari berkas kasus, tanggal hari ini di zona instansi).\n"
     "\n"
     "Contoh:\n"
     "  ppid backup /var/backups/ppid/\n"
     "  ppid backup ppid-sebelum-impor.sqlite",
     "The copy is made with SQLite's online backup while other processes keep writing, with mode\n"
     "0600, and checked (SQLite integrity, schema version, event chain) before it gets its name. "
     "An\n"
     "existing file is never replaced. When DEST is a directory, the copy is written to\n"
     "DEST/NAME-YYYY-MM-DD.sqlite (NAME from the case file, the date today in the agency's zone).\n"
     "\n"
     "Examples:\n"
     "  ppid backup /var/backups/ppid/\n"
     "  ppid backup ppid-before-import.sqlite"},
    {Id::help_opt_backup_dest, "berkas salinan, atau direktori tempat menulisnya",
     "the file to write, or a directory to write it in"},
    {Id::err_backup_exists, "berkas tujuan sudah ada", "destination already exists"},
    {Id::hint_backup_never_overwrites, "ppid backup tidak pernah menimpa berkas; pilih nama lain",
     "ppid backup never replaces a file; choose another name"},
    {Id::err_backup_source_damaged, "cadangan tidak ditulis: berkas kasus tidak lolos pemeriksaan",
     "backup not written: the case file fails its check"},
    {Id::err_backup_copy_damaged, "cadangan tidak ditulis: salinannya tidak lolos pemeriksaan",
     "backup not written: the copy fails its check"},
    {Id::hint_backup_schema, "skema salinan {} berbeda dengan skema berkas kasus {}",
     "the copy's schema {} differs from the case file's {}"},
    {Id::out_backup_done,
     "Cadangan ditulis: {}; diperiksa: integritas SQLite, {} kasus, {} peristiwa, rantai utuh.",
     "Backup written: {}; checked: SQLite integrity, {} cases, {} events, chain intact."},
    {Id::help_redact, "tampilkan satu permohonan tanpa data pribadi, untuk dipublikasikan",
     "show one request without personal data, for publishing"},
    {Id::help_redact_footer,
     "Nama pemohon menjadi [disamarkan]; NIK, alamat, telepon, surel, pekerjaan, kuasa, tujuan\n"
     "penggunaan, catatan, dan siapa yang mencatat dihilangkan. Nomor, tanggal, informasi yang\n"
     "diminta, keputusan, alasan dan tenggat tetap. Berkas kasus tidak diubah.\n"
     "\n"
     "Contoh:\n"
     "  ppid redact 001/PPID/XI/2026\n"
     "  ppid redact 001/PPID/XI/2026 --format json",
     "The applicant's name becomes [redacted]; NIK, address, phone, e-mail, occupation, proxy,\n"
     "purpose, notes and who recorded each act are left out. Numbers, dates, the information\n"
     "requested, decisions, reasons and deadlines stay. The case file is not changed.\n"
     "\n"
     "Examples:\n"
     "  ppid redact 001/PPID/XI/2026\n"
     "  ppid redact 001/PPID/XI/2026 --format json"},
    {Id::word_redacted, "[disamarkan]", "[redacted]"},
    {Id::out_redact_heading, "Permohonan {} (tanpa data pribadi)",
     "Request {} (personal data removed)"},
    {Id::help_opt_anonymize,
     "nama pemohon menjadi [disamarkan], data pribadi lain dihilangkan (untuk publikasi)",
     "the applicant's name becomes [redacted], other personal data is left out (for publishing)"},
    {Id::err_case_file_damaged, "berkas kasus rusak", "the case file is damaged"},
    {Id::hint_restore_backup, "pulihkan dari cadangan (ppid backup)",
     "restore it from a backup (ppid backup)"},
    {Id::err_case_file_read_only, "berkas kasus hanya-baca", "the case file is read-only"},
    {Id::hint_read_only, "perintah yang mencatat perlu izin tulis atas berkas itu",
     "a command that records needs write permission on it"},
    {Id::err_case_tampered,
     "peristiwa tercatat {} tidak cocok dengan hash-nya (diubah di luar ppid)",
     "the recorded events of {} do not match their hashes (changed outside ppid)"},
    {Id::hint_see_verify, "lihat 'ppid verify' dan pulihkan dari cadangan",
     "see 'ppid verify' and restore from a backup"},
    {Id::err_anonymize_with, "opsi tidak dapat dipakai bersama --anonymize",
     "option cannot be used with --anonymize"},
};

constexpr bool entries_in_order() {
  if (std::size(k_entries) != static_cast<std::size_t>(Id::count_)) {
    return false;
  }
  for (std::size_t i = 0; i < std::size(k_entries); ++i) {
    if (static_cast<std::size_t>(k_entries[i].id) != i) {
      return false;
    }
  }
  return true;
}
static_assert(entries_in_order(), "k_entries must list every Id once, in the enum's order");

}  // namespace

std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "id") {
    return Lang::id;
  }
  if (code == "en") {
    return Lang::en;
  }
  return std::nullopt;
}

std::string_view get(Id id, Lang lang) {
  const auto& entry = k_entries[static_cast<std::size_t>(id)];
  return lang == Lang::id ? entry.id_text : entry.en_text;
}

std::string render(const Message& message, Lang lang) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& arg : message.args) {
    store.push_back(arg);
  }
  return fmt::vformat(get(message.id, lang), store);
}

}  // namespace ppid::text
