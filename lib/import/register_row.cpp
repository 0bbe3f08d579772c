#include "import/register_row.hpp"

#include "rules/validate.hpp"
#include "rules/vocabulary.hpp"
#include "text/ascii.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace ppid::import {
namespace {

using text::Id;

// The usual ways registers write a choice of their own, in Indonesian and English (normalised),
// beside the vocabularies' words (rules/vocabulary.hpp). The canonical word itself is always
// understood too.
struct WrittenWords {
  Field field;
  std::string_view canonical;
  std::initializer_list<std::string_view> written;
};
const WrittenWords k_words[] = {
    {Field::late_accepted, ppid::code(YesNo::yes), {"ya", "y", "true", "1", "diterima"}},
    {Field::late_accepted, ppid::code(YesNo::no), {"tidak", "n", "false", "0"}},
    {Field::info_status,
     ppid::code(InfoStatus::held),
     {"dikuasai", "di bawah penguasaan", "dalam penguasaan", "ada", "tersedia"}},
    {Field::info_status,
     ppid::code(InfoStatus::not_held),
     {"tidak dikuasai", "tidak di bawah penguasaan", "tidak ada"}},
    {Field::info_status, ppid::code(InfoStatus::not_yet_held), {"belum dikuasai"}},
    {Field::info_status, ppid::code(InfoStatus::not_documented), {"belum didokumentasikan"}},
    // Beside the forms' own words ("soft copy", "salinan cetak"), what a column of forms held says.
    {Field::held_form,
     ppid::code(rules::AccessForm::softcopy),
     {"soft", "elektronik", "digital", "berkas elektronik"}},
    {Field::held_form,
     ppid::code(rules::AccessForm::hardcopy),
     {"hard", "cetak", "tercetak", "kertas", "dokumen cetak"}},
    {Field::request_kind,
     ppid::code(RequestKind::see),
     {"melihat", "mengetahui", "melihat mengetahui", "melihat dan mengetahui", "membaca",
      "to see or know"}},
    {Field::request_kind,
     ppid::code(RequestKind::copy),
     {"salinan", "meminta salinan", "mendapatkan salinan", "memperoleh salinan", "minta salinan",
      "to get a copy"}},
};

// A cell that says a choice and then more: "Informasi dikecualikan Pasal 17 huruf h" is an
// exemption and its basis, "Tidak dikuasai, dikuasai oleh BPS" not held and by whom. The words
// before `marker` are the choice (or `implied` when there are none); from the marker on (or after
// it) the text, as written, fills `detail` unless that field has a column of its own.
struct Detail {
  Field field;
  std::string_view marker;  // lower case, matched at word boundaries
  bool keep_marker;
  Field detail;
  std::string_view implied;
};
const Detail k_details[] = {
    {Field::reason, "pasal", true, Field::basis, ppid::code(rules::RefusalReason::exempt)},
    {Field::reason, "article", true, Field::basis, ppid::code(rules::RefusalReason::exempt)},
    {Field::info_status, "dikuasai oleh", false, Field::holder, ppid::code(InfoStatus::not_held)},
    {Field::info_status, "oleh", false, Field::holder, ppid::code(InfoStatus::not_held)},
    {Field::info_status, "held by", false, Field::holder, ppid::code(InfoStatus::not_held)},
};

// Where `marker` (lower case) stands in `text` as whole words, ASCII case ignored.
std::optional<std::size_t> find_words(std::string_view text, std::string_view marker) {
  for (std::size_t at = 0; at + marker.size() <= text.size(); ++at) {
    bool same = true;
    for (std::size_t i = 0; i < marker.size() && same; ++i) {
      const auto ch = text[at + i];
      same = (ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch) == marker[i];
    }
    const bool starts = at == 0 || !text::word_byte(text[at - 1]);
    const bool ends =
        at + marker.size() == text.size() || !text::word_byte(text[at + marker.size()]);
    if (same && starts && ends) {
      return at;
    }
  }
  return std::nullopt;
}

// `text` without the spaces and punctuation a register puts around a detail.
std::string_view trimmed(std::string_view text) {
  const auto loose = [](char ch) {
    return ch == ' ' || ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')';
  };
  while (!text.empty() && (loose(text.front()) || text.front() == '-')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (loose(text.back()) || text.back() == '-' || text.back() == '.')) {
    text.remove_suffix(1);
  }
  return text;
}

// Words that say nothing was charged.
bool free_of_charge(std::string_view normalised) {
  return normalised == "gratis" || normalised == "tidak dipungut biaya" ||
         normalised == "tanpa biaya" || normalised == "nihil" || normalised == "free" ||
         normalised == "no charge";
}

using WordKey = std::pair<Field, std::string>;

// Every word of the vocabulary's `value` as `field`'s word for it; the first meaning wins.
template <rules::Labelled E>
void add_said(std::map<WordKey, std::string_view>& map, Field field, E value) {
  for (auto& word : rules::understood_words(value)) {
    map.emplace(WordKey{field, std::move(word)}, ppid::code(value));
  }
}

template <rules::Labelled E>
void add_spoken(std::map<WordKey, std::string_view>& map, Field field) {
  for (const auto value : all<E>()) {
    add_said(map, field, value);
  }
}

const std::map<WordKey, std::string_view>& known_words() {
  static const auto words = [] {
    std::map<WordKey, std::string_view> map;
    for (std::size_t f = 0; f < k_field_count; ++f) {
      for (const auto word : field_choices(static_cast<Field>(f))) {
        map.emplace(WordKey{static_cast<Field>(f), normalise(word)}, word);
      }
    }
    for (const auto& [field, canonical, written] : k_words) {
      for (const auto w : written) {
        map.emplace(WordKey{field, std::string{w}}, canonical);
      }
    }
    add_spoken<rules::Decision>(map, Field::decision);
    add_spoken<rules::RefusalReason>(map, Field::reason);
    add_spoken<rules::Channel>(map, Field::channel);
    add_spoken<rules::AccessForm>(map, Field::access);
    add_spoken<rules::Delivery>(map, Field::delivery);
    add_spoken<rules::ApplicantType>(map, Field::applicant_type);
    add_spoken<rules::ObjectionAnswer>(map, Field::objection_answer);
    add_spoken<rules::DisputeOutcome>(map, Field::dispute_outcome);
    add_spoken<rules::Payment>(map, Field::paid_by);
    // A form held is one of the two copies.
    for (const auto form : {rules::AccessForm::softcopy, rules::AccessForm::hardcopy}) {
      add_said(map, Field::held_form, form);
    }
    return map;
  }();
  return words;
}

// What registers write in a cell that has nothing to say.
bool empty_marker(std::string_view value) {
  return value.empty() || value == "-" || value == "--" || value == "\u2013" || value == "\u2014";
}

bool is_control(unsigned char byte) {
  return byte < 0x20 || byte == 0x7f;
}

struct Problem {
  std::optional<Field> field;
  Error error;
};

class RowReader {
 public:
  RowReader(const Mapping& mapping, const Layout& layout) : m_mapping(mapping), m_layout(layout) {}

  void read(const std::vector<std::string>& fields) {
    for (std::size_t f = 0; f < k_field_count; ++f) {
      const int column = m_layout.column[f];
      if (column >= 0 && static_cast<std::size_t>(column) < fields.size() &&
          !empty_marker(fields[static_cast<std::size_t>(column)])) {
        m_values[f] = fields[static_cast<std::size_t>(column)];
      }
    }
    // The register's own words first: one value may say several things ("Ditolak -
    // dikecualikan" is a decision and its reason).
    for (std::size_t f = 0; f < k_field_count; ++f) {
      if (!m_values[f] || m_mapping.values[f].empty()) {
        continue;
      }
      const auto found = m_mapping.values[f].find(normalise(*m_values[f]));
      if (found == m_mapping.values[f].end()) {
        continue;
      }
      for (const auto& [target, word] : found->second) {
        auto& slot = m_values[static_cast<std::size_t>(target)];
        // A column of its own says more than another column's word.
        if (static_cast<std::size_t>(target) == f || !slot) {
          slot = word;
        }
      }
    }
    for (std::size_t f = 0; f < k_field_count; ++f) {
      if (!m_values[f] && m_mapping.defaults[f]) {
        m_values[f] = m_mapping.defaults[f];
      }
    }
    split_details();
    split_cost_payment();
    for (std::size_t f = 0; f < k_field_count; ++f) {
      const auto field = static_cast<Field>(f);
      const auto choices = field_choices(field);
      if (choices.empty() || !m_values[f]) {
        continue;
      }
      const auto& words = known_words();
      const auto found = words.find(WordKey{field, normalise(*m_values[f])});
      if (found == words.end()) {
        fail(field, Error{ErrorKind::bad_input, {Id::imp_value_unknown}}
                        .value(*m_values[f])
                        .allowed({Id::hint_imp_map_value,
                                  {fmt::format("{}", fmt::join(choices, ", ")),
                                   std::string{code(field)}}}));
      }
      m_values[f] = std::string{found->second};
    }
  }

  const std::optional<std::string>& value(Field field) const {
    return m_values[static_cast<std::size_t>(field)];
  }

  // The header of `field`'s column, for a message that names another column.
  std::string header_of(Field field) const { return m_layout.header_of(field); }

  [[noreturn]] void fail(Field field, Error error) const { throw Problem{field, std::move(error)}; }

  [[noreturn]] void fail(Field field, text::Message what) const {
    fail(field, Error{ErrorKind::bad_input, std::move(what)});
  }

  std::string required(Field field) const {
    if (!value(field)) {
      fail(field, {Id::imp_required});
    }
    return *value(field);
  }

  // A field that only makes sense with `needed` (a decision with the date of the notice).
  void needs(Field field, Field needed) const {
    if (value(field) && !value(needed)) {
      fail(field, {Id::imp_needs, {m_layout.header_of(needed)}});
    }
  }

  std::optional<LocalTime> when(Field field) const {
    if (!value(field)) {
      return std::nullopt;
    }
    const auto parsed = parse_register_date(*value(field), m_mapping.day_order);
    if (const auto* problem = std::get_if<text::Id>(&parsed)) {
      fail(field, Error{ErrorKind::bad_input, {*problem}}.value(*value(field)));
    }
    return std::get<LocalTime>(parsed);
  }

 private:
  void split_details() {
    const auto& words = known_words();
    for (const auto& [field, marker, keep, detail, implied] : k_details) {
      auto& value = m_values[static_cast<std::size_t>(field)];
      if (!value || words.contains(WordKey{field, normalise(*value)})) {
        continue;
      }
      const auto at = find_words(*value, marker);
      if (!at) {
        continue;
      }
      const auto choice = normalise(std::string_view{*value}.substr(0, *at));
      const auto rest = trimmed(std::string_view{*value}.substr(keep ? *at : *at + marker.size()));
      if (rest.empty() || (!choice.empty() && !words.contains(WordKey{field, choice}))) {
        continue;
      }
      auto& slot = m_values[static_cast<std::size_t>(detail)];
      if (!slot) {
        slot = std::string{rest};
      }
      value = choice.empty() ? std::string{implied} : choice;
    }
  }

  // "Rp 5.000, tunai", "Rp 5.000 (transfer)", "Gratis": the amount, then how it was paid.
  void split_cost_payment() {
    const auto& both = m_values[static_cast<std::size_t>(Field::cost_payment)];
    if (!both) {
      return;
    }
    // The amount runs to the first letter after its first digit.
    const std::string_view text = *both;
    auto split = text.size();
    if (const auto digit = text.find_first_of("0123456789"); digit != std::string_view::npos) {
      const auto letter = std::find_if(
          text.begin() + static_cast<long>(digit), text.end(),
          [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); });
      split = static_cast<std::size_t>(letter - text.begin());
    }
    const auto amount = trimmed(text.substr(0, split));
    const auto payment = text.substr(split);
    const auto payment_words = normalise(payment);
    auto& cost = m_values[static_cast<std::size_t>(Field::cost)];
    if (!cost) {
      cost = std::string{amount};
    }
    auto& paid_by = m_values[static_cast<std::size_t>(Field::paid_by)];
    if (!paid_by && !payment_words.empty()) {
      paid_by = payment_words;
    }
  }

  const Mapping& m_mapping;
  const Layout& m_layout;
  std::array<std::optional<std::string>, k_field_count> m_values;
};

void read_contact(const RowReader& r, rules::RequestInput& request) {
  const auto& contact = r.value(Field::contact);
  if (!contact) {
    return;
  }
  // "0812-3456-7890 / siti@example.id": phone numbers and addresses hold no '/', ',' or ';'.
  std::string_view rest = *contact;
  while (!rest.empty()) {
    const auto cut = rest.find_first_of("/,;");
    auto part = rest.substr(0, cut);
    rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 1);
    while (!part.empty() && part.front() == ' ') {
      part.remove_prefix(1);
    }
    while (!part.empty() && part.back() == ' ') {
      part.remove_suffix(1);
    }
    if (part.empty()) {
      continue;
    }
    auto& slot = part.find('@') != std::string_view::npos ? request.email : request.phone;
    if (slot) {
      r.fail(Field::contact, {Id::imp_contact});
    }
    slot = std::string{part};
  }
}

std::vector<std::string> read_grounds(const RowReader& r) {
  std::vector<std::string> grounds;
  const auto words = normalise(*r.value(Field::grounds));
  std::string_view rest = words;
  while (!rest.empty()) {
    const auto cut = rest.find(' ');
    const auto word = rest.substr(0, cut);
    rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 1);
    if (word == "dan" || word == "and" || word == "huruf") {
      continue;
    }
    if (word.size() != 1 || word[0] < 'a' || word[0] > 'g') {
      r.fail(Field::grounds,
             Error{ErrorKind::bad_input, {Id::imp_grounds}}.value(*r.value(Field::grounds)));
    }
    grounds.emplace_back(word);
  }
  if (grounds.empty()) {
    r.fail(Field::grounds, {Id::imp_required});
  }
  return grounds;
}

// A register or objection number, if any: kept as written, so no control characters and a
// sensible length.
void check_number(const RowReader& r, Field field) {
  const auto& number = r.value(field);
  if (number && (number->size() > 64 || std::any_of(number->begin(), number->end(), [](char ch) {
                   return is_control(static_cast<unsigned char>(ch));
                 }))) {
    r.fail(field, {Id::imp_register_no});
  }
}

// "Jenis Permohonan" and "Bentuk Informasi yang Dikuasai" give the form of access when no column
// says it: to see it, or a copy in the form held.
void read_kind(const RowReader& r, rules::RequestInput& request) {
  request.held_form = r.value(Field::held_form);
  const auto& kind = r.value(Field::request_kind);
  if (!kind || request.access) {
    return;
  }
  if (*kind == ppid::code(RequestKind::see)) {
    request.access = std::string{ppid::code(rules::AccessForm::see)};
  } else if (request.held_form) {
    request.access = request.held_form;
  } else {
    r.fail(Field::request_kind, {Id::imp_copy_form, {r.header_of(Field::held_form)}});
  }
}

// "Status Informasi" beside the decision: a refusal for want of the information takes its reason
// from it; a status that contradicts the decision or its reason is refused, naming both columns.
void read_info_status(const RowReader& r, rules::Response& response) {
  const auto& status = r.value(Field::info_status);
  if (!status) {
    return;
  }
  const bool held = *status == ppid::code(InfoStatus::held);
  const bool refused = response.decision == ppid::code(rules::Decision::refused);
  if (!held && refused && !response.reason) {
    // The status words of not holding are the refusal reasons' own.
    response.reason = *status;
    return;
  }
  const bool reason_not_held =
      response.reason && (*response.reason == ppid::code(rules::RefusalReason::not_held) ||
                          *response.reason == ppid::code(rules::RefusalReason::not_yet_held) ||
                          *response.reason == ppid::code(rules::RefusalReason::not_documented));
  const bool agrees = held ? !reason_not_held : (refused && response.reason == *status);
  if (!agrees) {
    const auto other = refused ? Field::reason : Field::decision;
    r.fail(Field::info_status, {Id::imp_status_conflict, {r.header_of(other)}});
  }
}

// The cost of the information handed over, and how it was paid; nothing charged is no cost.
void read_cost(const RowReader& r, RegisterRow& row) {
  const auto& cost = r.value(Field::cost);
  if (cost && !free_of_charge(normalise(*cost))) {
    const auto amount = rules::parse_rupiah(*cost);
    if (!amount) {
      r.fail(Field::cost, Error{ErrorKind::bad_input, {Id::imp_cost}}.value(*cost));
    }
    if (*amount > 0) {
      row.delivery.cost = *cost;
    }
  }
  const auto& paid_by = r.value(Field::paid_by);
  if (paid_by && row.delivery.cost) {
    row.delivery.paid_by = *paid_by;
  }
  if ((row.delivery.cost || paid_by) && !row.delivered) {
    r.fail(row.delivery.cost ? Field::cost : Field::paid_by,
           {Id::imp_needs, {r.header_of(Field::delivered)}});
  }
}

RegisterRow read_fields(const RowReader& r) {
  RegisterRow row;
  row.register_no = r.required(Field::register_no);
  check_number(r, Field::register_no);
  r.required(Field::received);
  row.received = *r.when(Field::received);
  auto& request = row.request;
  request.name = r.required(Field::name);
  request.info = r.required(Field::info);
  request.id_number = r.value(Field::id_number);
  if (r.value(Field::applicant_type)) {
    request.applicant_type = *r.value(Field::applicant_type);
  }
  request.address = r.value(Field::address);
  request.phone = r.value(Field::phone);
  request.email = r.value(Field::email);
  read_contact(r, request);
  request.occupation = r.value(Field::occupation);
  request.purpose = r.value(Field::purpose);
  request.service = r.value(Field::service);
  // A register that does not say how a request came leaves it unknown: no guess of the desk.
  request.channel =
      r.value(Field::channel).value_or(std::string{ppid::code(rules::Channel::unknown)});
  request.access = r.value(Field::access);
  read_kind(r, request);
  request.delivery = r.value(Field::delivery);
  request.proxy = r.value(Field::proxy);
  row.completed = r.when(Field::completed);
  // A request with a completion date was incomplete when received.
  request.incomplete = row.completed.has_value();

  row.extended = r.when(Field::extended);
  r.needs(Field::extension_reason, Field::extended);
  if (row.extended) {
    row.extension_reason = r.required(Field::extension_reason);
  }

  row.answered = r.when(Field::answered);
  for (const auto field : {Field::decision, Field::reason, Field::basis, Field::holder}) {
    r.needs(field, Field::answered);
  }
  r.needs(Field::info_status, Field::answered);
  if (row.answered) {
    row.response.decision = r.required(Field::decision);
    row.response.reason = r.value(Field::reason);
    row.response.basis = r.value(Field::basis);
    row.response.holder = r.value(Field::holder);
    read_info_status(r, row.response);
  }

  row.delivered = r.when(Field::delivered);
  r.needs(Field::delivered, Field::answered);
  read_cost(r, row);

  row.objected = r.when(Field::objected);
  for (const auto field :
       {Field::objection_no, Field::grounds, Field::arose, Field::late_accepted}) {
    r.needs(field, Field::objected);
  }
  if (row.objected) {
    row.objection_no = r.value(Field::objection_no);
    if (!r.value(Field::grounds)) {
      r.fail(Field::grounds, {Id::imp_required});
    }
    row.objection.grounds = read_grounds(r);
    if (const auto arose = r.when(Field::arose)) {
      row.objection.arose = arose->date;
    }
    row.objection.late_accepted = r.value(Field::late_accepted) == ppid::code(YesNo::yes);
    check_number(r, Field::objection_no);
  }

  row.objection_answered = r.when(Field::objection_answered);
  for (const auto field : {Field::objection_answer, Field::official, Field::position}) {
    r.needs(field, Field::objection_answered);
  }
  if (row.objection_answered) {
    row.answer.answer = r.required(Field::objection_answer);
    row.answer.official = r.value(Field::official);
    row.answer.position = r.value(Field::position);
  }

  row.dispute_filed = r.when(Field::dispute_filed);
  r.needs(Field::commission, Field::dispute_filed);
  row.commission = r.value(Field::commission);
  row.dispute_ended = r.when(Field::dispute_ended);
  r.needs(Field::dispute_outcome, Field::dispute_ended);
  if (row.dispute_ended) {
    row.dispute_outcome = r.required(Field::dispute_outcome);
  }
  row.withdrawn = r.when(Field::withdrawn);
  return row;
}

}  // namespace

std::variant<RegisterRow, RowProblem> read_row(const Mapping& mapping, const Layout& layout,
                                               const std::vector<std::string>& fields) {
  try {
    if (fields.size() > layout.headers.size()) {
      const bool extra = std::any_of(fields.begin() + static_cast<long>(layout.headers.size()),
                                     fields.end(), [](const auto& f) { return !f.empty(); });
      if (extra) {
        return RowProblem{
            std::nullopt,
            Error{ErrorKind::bad_input,
                  {Id::imp_extra_fields,
                   {std::to_string(fields.size()), std::to_string(layout.headers.size())}}}};
      }
    }
    RowReader reader{mapping, layout};
    reader.read(fields);
    return read_fields(reader);
  } catch (Problem& problem) {
    return RowProblem{problem.field, std::move(problem.error)};
  }
}

}  // namespace ppid::import
