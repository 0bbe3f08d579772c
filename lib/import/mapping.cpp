#include "import/mapping.hpp"

#include "config/toml_reader.hpp"
#include "error.hpp"
#include "read_file.hpp"
#include "rules/words.hpp"
#include "text/ascii.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ppid::import {
namespace {

using text::Id;

constexpr std::array<std::string_view, k_field_count> k_codes = {
    "register_no",
    "received",
    "name",
    "id_number",
    "applicant_type",
    "address",
    "phone",
    "email",
    "contact",
    "occupation",
    "info",
    "purpose",
    "service",
    "channel",
    "access",
    "delivery",
    "proxy",
    "completed",
    "extended",
    "extension_reason",
    "answered",
    "decision",
    "reason",
    "basis",
    "holder",
    "objection_no",
    "objected",
    "grounds",
    "arose",
    "late_accepted",
    "objection_answer",
    "objection_answered",
    "official",
    "position",
    "dispute_filed",
    "commission",
    "dispute_outcome",
    "dispute_ended",
    "withdrawn",
    "info_status",
    "held_form",
    "request_kind",
    "delivered",
    "cost",
    "paid_by",
    "cost_payment",
};

// The headers of the request register (DOMAIN.md, Registers) as forms and spreadsheets write
// them, in Indonesian and English, normalised. Only whole headers match: "Tanggal" alone is
// nobody's.
struct Headers {
  Field field;
  std::initializer_list<std::string_view> names;
};
const Headers k_headers[] = {
    // The Perki template heads the number "No." and the date "Tgl" or "Hari dan Tanggal"; a
    // more telling header of another column is taken first.
    {Field::register_no,
     {"nomor pendaftaran", "no pendaftaran", "nomor registrasi", "no registrasi", "no reg",
      "nomor register", "no register", "register number", "register no", "registration number",
      "no"}},
    {Field::received,
     {"tanggal permohonan", "hari dan tanggal permohonan", "hari tanggal permohonan",
      "tanggal diterima", "tanggal masuk", "hari tanggal masuk", "tgl permohonan", "tgl masuk",
      "date received", "received", "date of request", "hari dan tanggal", "hari tanggal", "tgl"}},
    {Field::name, {"nama pemohon", "nama", "name", "applicant name", "applicant"}},
    {Field::id_number,
     {"nik", "nomor ktp", "no ktp", "nomor induk kependudukan", "id number", "identity number"}},
    {Field::applicant_type, {"jenis pemohon", "applicant type"}},
    {Field::address, {"alamat", "alamat pemohon", "address"}},
    {Field::phone,
     {"nomor telepon", "no telepon", "telepon", "no hp", "nomor hp", "phone", "telephone",
      "phone number"}},
    {Field::email, {"email", "e mail", "surel", "alamat email", "alamat surel"}},
    {Field::contact, {"kontak", "nomor kontak", "contact"}},
    {Field::occupation, {"pekerjaan", "occupation"}},
    {Field::info,
     {"informasi yang diminta", "rincian informasi", "rincian informasi yang diminta",
      "information requested", "information"}},
    {Field::purpose,
     {"tujuan penggunaan informasi", "tujuan penggunaan", "tujuan", "purpose", "purpose of use"}},
    {Field::service, {"layanan", "jenis layanan", "service"}},
    {Field::channel, {"cara permohonan", "cara mengajukan", "saluran", "cara", "channel"}},
    {Field::access, {"cara memperoleh informasi", "bentuk informasi", "access", "form of access"}},
    {Field::delivery, {"cara pengiriman", "cara mendapatkan salinan", "delivery"}},
    {Field::proxy, {"kuasa", "nama kuasa", "proxy"}},
    {Field::completed,
     {"tanggal lengkap", "tanggal persyaratan lengkap", "date completed", "completed"}},
    {Field::extended, {"tanggal perpanjangan", "tgl perpanjangan", "extension date", "extended"}},
    {Field::extension_reason, {"alasan perpanjangan", "extension reason"}},
    {Field::answered,
     {"hari dan tanggal pemberitahuan tertulis", "hari tanggal pemberitahuan tertulis",
      "pemberitahuan tertulis", "tanggal pemberitahuan tertulis", "tanggal pemberitahuan",
      "tgl pemberitahuan", "date of written notice", "notice date", "date of notice"}},
    {Field::decision, {"keputusan", "keputusan ppid", "decision"}},
    {Field::reason, {"alasan penolakan", "reason for refusal", "refusal reason"}},
    {Field::basis,
     {"dasar pengecualian", "pasal pengecualian", "dasar", "exemption basis", "basis"}},
    {Field::holder, {"badan publik yang menguasai", "dikuasai oleh", "held by", "holder"}},
    {Field::objection_no,
     {"nomor keberatan", "no keberatan", "nomor register keberatan", "objection number",
      "objection no"}},
    {Field::objected,
     {"tanggal keberatan", "tgl keberatan", "objection date", "date of objection"}},
    {Field::grounds, {"alasan keberatan", "objection grounds", "grounds"}},
    {Field::arose, {"tanggal alasan timbul", "ground arose"}},
    {Field::late_accepted, {"keberatan terlambat diterima", "late objection accepted"}},
    {Field::objection_answer,
     {"tanggapan atasan ppid", "tanggapan atasan", "keputusan atasan ppid", "superior s answer",
      "superior answer"}},
    {Field::objection_answered,
     {"tanggal tanggapan atasan ppid", "tanggal tanggapan atasan", "tanggal tanggapan",
      "tgl tanggapan", "answer date", "date of answer"}},
    {Field::official, {"nama atasan ppid", "superior s name", "official"}},
    {Field::position, {"jabatan atasan ppid", "superior s position", "position"}},
    {Field::dispute_filed,
     {"tanggal sengketa", "tanggal permohonan sengketa", "tanggal sengketa ki", "tgl sengketa ki",
      "tgl sengketa", "dispute filed", "dispute date"}},
    {Field::commission, {"komisi informasi", "commission"}},
    {Field::dispute_outcome, {"hasil sengketa", "putusan sengketa", "dispute outcome"}},
    {Field::dispute_ended,
     {"tanggal putusan sengketa", "tanggal putusan", "tgl putusan", "tanggal selesai sengketa",
      "dispute ended", "dispute end date"}},
    {Field::withdrawn,
     {"tanggal pencabutan", "tanggal dicabut", "tgl cabut", "withdrawn", "date withdrawn"}},
    {Field::info_status, {"status informasi", "information status"}},
    {Field::held_form,
     {"bentuk informasi yang dikuasai", "bentuk informasi dikuasai", "form held"}},
    {Field::request_kind, {"jenis permohonan", "kind of request"}},
    {Field::delivered,
     {"hari dan tanggal pemberian informasi", "hari dan tanggal penyerahan informasi",
      "hari tanggal pemberian informasi", "hari tanggal penyerahan informasi",
      "tanggal pemberian informasi", "tanggal penyerahan informasi", "tanggal penyerahan",
      "pemberian informasi", "penyerahan informasi", "date delivered", "delivered"}},
    {Field::cost, {"biaya", "cost"}},
    {Field::paid_by, {"cara pembayaran", "payment", "paid by"}},
    {Field::cost_payment, {"biaya dan cara pembayaran", "cost and payment"}},
};

// A form the information is held in: of the forms of access, the two that are copies.
constexpr std::array<std::string_view, 2> k_held_forms = {
    words<rules::AccessForm>()[static_cast<std::size_t>(rules::AccessForm::softcopy)],
    words<rules::AccessForm>()[static_cast<std::size_t>(rules::AccessForm::hardcopy)]};

std::string field_list() {
  return fmt::format("{}", fmt::join(k_codes, ", "));
}

// Reads a mapping document.
class MappingReader : public config::TomlReader {
 public:
  using TomlReader::TomlReader;

  Field field(const toml::key& key, std::string_view path) const {
    const auto found = parse_field(key.str());
    if (!found) {
      fail(key.source(), {Id::err_config_unknown_key}, dotted(path, key.str()),
           {Id::hint_allowed, {field_list()}});
    }
    return *found;
  }

  // A canonical word for `field` (a choice field's words are checked).
  std::string word(const toml::node& node, const std::string& key, Field field) const {
    const auto* value = node.as_string();
    if (value == nullptr) {
      wrong_type(node, key, Id::type_string);
    }
    const auto& choices = field_choices(field);
    if (!choices.empty() &&
        std::find(choices.begin(), choices.end(), value->get()) == choices.end()) {
      fail(node.source(), {Id::imp_mapping_choice, {std::string{code(field)}}}, value->get(),
           {Id::hint_allowed, {fmt::format("{}", fmt::join(choices, ", "))}});
    }
    return value->get();
  }
};

void read_csv(const MappingReader& r, const toml::table& root, Mapping& mapping) {
  const auto* t = r.table(root, "", "csv");
  if (t == nullptr) {
    return;
  }
  r.only_keys(*t, "csv", {"delimiter", "encoding", "skip_rows"});
  if (const auto* node = t->get("delimiter")) {
    std::string value;
    r.string(*t, "csv", "delimiter", value);
    if (value == "," || value == ";") {
      mapping.csv.delimiter = value[0];
    } else if (value == "\t" || value == "tab") {
      mapping.csv.delimiter = '\t';
    } else {
      r.fail(node->source(), {Id::err_config_bad_value, {"csv.delimiter"}}, value,
             {Id::hint_allowed, {"\",\", \";\", \"tab\""}});
    }
  }
  r.choice(*t, "csv", "encoding", mapping.csv.encoding);
  if (const auto* node = t->get("skip_rows")) {
    const auto* value = node->as_integer();
    if (value == nullptr) {
      r.wrong_type(*node, "csv.skip_rows", Id::type_integer);
    }
    if (value->get() < 0 || value->get() > 1000) {
      r.fail(node->source(), {Id::err_config_bad_value, {"csv.skip_rows"}},
             std::to_string(value->get()), {Id::hint_allowed, {"0–1000"}});
    }
    mapping.skip_rows = static_cast<long>(value->get());
  }
}

void read_columns(const MappingReader& r, const toml::table& root, Mapping& mapping) {
  const auto* t = r.table(root, "", "columns");
  if (t == nullptr) {
    return;
  }
  for (auto&& [key, node] : *t) {
    const auto field = r.field(key, "columns");
    const auto path = fmt::format("columns.{}", key.str());
    Mapping::Column column;
    if (const auto* header = node.as_string()) {
      column.header = header->get();
    } else if (const auto* number = node.as_integer()) {
      if (number->get() < 1 || number->get() > 1000) {
        r.fail(node.source(), {Id::err_config_bad_value, {path}}, std::to_string(number->get()),
               {Id::hint_allowed, {"1–1000"}});
      }
      column.number = static_cast<int>(number->get());
    } else {
      r.wrong_type(node, path, Id::type_string);
    }
    mapping.columns[static_cast<std::size_t>(field)] = std::move(column);
  }
}

void read_values(const MappingReader& r, const toml::table& root, Mapping& mapping) {
  const auto* t = r.table(root, "", "values");
  if (t == nullptr) {
    return;
  }
  for (auto&& [key, node] : *t) {
    const auto field = r.field(key, "values");
    const auto path = fmt::format("values.{}", key.str());
    const auto* written = r.table(*t, "values", key.str());
    auto& values = mapping.values[static_cast<std::size_t>(field)];
    for (auto&& [value, meaning_node] : *written) {
      const auto value_path = fmt::format("{}.\"{}\"", path, value.str());
      Mapping::Meaning meaning;
      if (const auto* fields = meaning_node.as_table()) {
        for (auto&& [target_key, target_node] : *fields) {
          const auto target = r.field(target_key, value_path);
          meaning.emplace_back(
              target,
              r.word(target_node, value_path + "." + std::string{target_key.str()}, target));
        }
      } else {
        meaning.emplace_back(field, r.word(meaning_node, value_path, field));
      }
      values[normalise(value.str())] = std::move(meaning);
    }
  }
}

void read_defaults(const MappingReader& r, const toml::table& root, Mapping& mapping) {
  const auto* t = r.table(root, "", "defaults");
  if (t == nullptr) {
    return;
  }
  for (auto&& [key, node] : *t) {
    const auto field = r.field(key, "defaults");
    mapping.defaults[static_cast<std::size_t>(field)] =
        r.word(node, fmt::format("defaults.{}", key.str()), field);
  }
}

}  // namespace

std::string_view code(Field field) {
  return k_codes[static_cast<std::size_t>(field)];
}

std::span<const std::string_view> field_choices(Field field) {
  switch (field) {
    case Field::applicant_type:
      return words<rules::ApplicantType>();
    case Field::channel:
      return words<rules::Channel>();
    case Field::access:
      return words<rules::AccessForm>();
    case Field::delivery:
      return words<rules::Delivery>();
    case Field::decision:
      return words<rules::Decision>();
    case Field::reason:
      return words<rules::RefusalReason>();
    case Field::objection_answer:
      return words<rules::ObjectionAnswer>();
    case Field::dispute_outcome:
      return words<rules::DisputeOutcome>();
    case Field::late_accepted:
      return words<YesNo>();
    case Field::info_status:
      return words<InfoStatus>();
    case Field::held_form:
      return k_held_forms;
    case Field::request_kind:
      return words<RequestKind>();
    case Field::paid_by:
      return words<rules::Payment>();
    default:
      return {};
  }
}

std::optional<Field> parse_field(std::string_view code) {
  const auto found = std::find(k_codes.begin(), k_codes.end(), code);
  if (found == k_codes.end()) {
    return std::nullopt;
  }
  return static_cast<Field>(found - k_codes.begin());
}

std::string normalise(std::string_view text) {
  return text::normalised_words(text);
}

Mapping parse_mapping(std::string_view toml_text, std::string_view source_name) {
  const MappingReader r{source_name};
  const auto root = r.parse(toml_text);
  r.only_keys(root, "", {"csv", "dates", "columns", "values", "defaults"});
  Mapping mapping;
  read_csv(r, root, mapping);
  if (const auto* dates = r.table(root, "", "dates")) {
    r.only_keys(*dates, "dates", {"order"});
    r.choice(*dates, "dates", "order", mapping.day_order);
  }
  read_columns(r, root, mapping);
  read_values(r, root, mapping);
  read_defaults(r, root, mapping);
  return mapping;
}

Mapping load_mapping(const std::string& path) {
  const auto content = read_whole_file(path);
  if (!content) {
    throw Error{ErrorKind::no_input, {Id::err_file_unreadable}}.value(path);
  }
  return parse_mapping(*content, path);
}

std::string Layout::header_of(Field field) const {
  const int index = column[static_cast<std::size_t>(field)];
  return index >= 0 ? headers[static_cast<std::size_t>(index)] : std::string{code(field)};
}

Layout resolve_layout(const Mapping& mapping, const std::vector<std::string>& headers,
                      const std::string& location) {
  Layout layout;
  layout.column.fill(-1);
  layout.headers = headers;
  std::vector<std::string> normalised;
  normalised.reserve(headers.size());
  for (const auto& header : headers) {
    normalised.push_back(normalise(header));
  }
  std::vector<bool> claimed(headers.size(), false);
  const auto claim = [&](Field field, int index) {
    layout.column[static_cast<std::size_t>(field)] = index;
    claimed[static_cast<std::size_t>(index)] = true;
  };
  // What the mapping names first, then the usual headers for the rest.
  for (std::size_t f = 0; f < k_field_count; ++f) {
    const auto& column = mapping.columns[f];
    if (!column) {
      continue;
    }
    const auto field = static_cast<Field>(f);
    if (column->number > 0) {
      if (static_cast<std::size_t>(column->number) > headers.size()) {
        throw Error{ErrorKind::bad_input, {Id::imp_column_missing, {std::string{code(field)}}}}
            .value(std::to_string(column->number))
            .at(location);
      }
      claim(field, column->number - 1);
      continue;
    }
    const auto wanted = normalise(column->header);
    const auto found = std::find(normalised.begin(), normalised.end(), wanted);
    if (found == normalised.end()) {
      throw Error{ErrorKind::bad_input, {Id::imp_column_missing, {std::string{code(field)}}}}
          .value(column->header)
          .at(location);
    }
    claim(field, static_cast<int>(found - normalised.begin()));
  }
  for (const auto& [field, names] : k_headers) {
    if (mapping.columns[static_cast<std::size_t>(field)]) {
      continue;
    }
    for (const auto name : names) {
      const auto found = std::find(normalised.begin(), normalised.end(), name);
      if (found != normalised.end() &&
          !claimed[static_cast<std::size_t>(found - normalised.begin())]) {
        claim(field, static_cast<int>(found - normalised.begin()));
        break;
      }
    }
  }
  for (const auto field : {Field::register_no, Field::received, Field::name, Field::info}) {
    if (layout.column[static_cast<std::size_t>(field)] < 0 &&
        !mapping.defaults[static_cast<std::size_t>(field)]) {
      throw Error{ErrorKind::bad_input, {Id::imp_column_required, {std::string{code(field)}}}}
          .allowed({Id::hint_imp_map_column})
          .at(location);
    }
  }
  for (std::size_t i = 0; i < headers.size(); ++i) {
    if (!claimed[i] && !headers[i].empty()) {
      layout.unused.push_back(headers[i]);
    }
  }
  return layout;
}

}  // namespace ppid::import
