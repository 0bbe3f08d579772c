#include "store/event_codec.hpp"

namespace ppid::store {
namespace {

using json = nlohmann::ordered_json;
using namespace rules;

void put(json& out, const char* key, const std::optional<std::string>& value) {
  if (value) {
    out[key] = *value;
  }
}

template <Worded E>
void put(json& out, const char* key, const std::optional<E>& value) {
  if (value) {
    out[key] = code(*value);
  }
}

json encode_one(const Received& r) {
  json out = json::object();
  out["applicant"] = to_json(r.applicant);
  out["info"] = r.info;
  put(out, "purpose", r.purpose);
  put(out, "service", r.service);
  out["channel"] = code(r.channel);
  put(out, "access", r.access);
  put(out, "delivery", r.delivery);
  put(out, "held_form", r.held_form);
  out["incomplete"] = r.incomplete;
  // Only when there is a list: a complete request is written as an older ppid wrote it.
  if (!r.missing.empty()) {
    out["missing"] = r.missing;
  }
  return out;
}

json encode_one(const Completed& c) {
  json out = json::object();
  if (!c.provided.empty()) {
    out["provided"] = c.provided;
  }
  return out;
}

json encode_one(const Extended& e) {
  return json{{"reason", e.reason}};
}

json encode_one(const Answered& a) {
  json out = json::object();
  out["decision"] = code(a.decision);
  put(out, "reason", a.reason);
  put(out, "basis", a.basis);
  put(out, "holder", a.holder);
  put(out, "note", a.note);
  return out;
}

json encode_one(const Objected& o) {
  json out = json::object();
  out["grounds"] = json::array();
  for (const auto ground : o.grounds) {
    out["grounds"].push_back(code(ground));
  }
  if (o.arose) {
    out["arose"] = to_iso(*o.arose);
  }
  put(out, "proxy", o.proxy);
  put(out, "note", o.note);
  out["within_window"] = o.within_window;
  if (o.late_accepted) {
    out["late_accepted"] = true;
  }
  put(out, "objection_no", o.objection_no);
  return out;
}

json encode_one(const ObjectionAnswered& a) {
  json out = json::object();
  out["answer"] = code(a.answer);
  put(out, "official", a.official);
  put(out, "position", a.position);
  return out;
}

json encode_one(const DisputeFiled& d) {
  json out = json::object();
  put(out, "commission", d.commission);
  out["within_window"] = d.within_window;
  return out;
}

json encode_one(const DisputeEnded& d) {
  return json{{"outcome", code(d.outcome)}};
}

json encode_one(const Withdrawn&) {
  return json::object();
}

json encode_one(const Delivered& d) {
  json out = json::object();
  put(out, "form", d.form);
  put(out, "channel", d.channel);
  out["cost"] = d.cost;
  put(out, "paid_by", d.paid_by);
  if (d.part) {
    out["part"] = true;
  }
  put(out, "note", d.note);
  return out;
}

json encode_one(const Assigned& a) {
  json out = json::object();
  out["unit"] = a.unit;
  if (a.target) {
    out["target"] = calendar::to_string(*a.target);
  }
  put(out, "note", a.note);
  return out;
}

json encode_one(const Returned& r) {
  json out = json::object();
  out["unit"] = r.unit;
  put(out, "note", r.note);
  return out;
}

json encode_one(const DisputeStaged& d) {
  return json{{"stage", code(d.stage)}};
}

json encode_one(const CourtFiled& f) {
  json out = json::object();
  if (f.cassation) {
    out["cassation"] = true;
  }
  put(out, "court", f.court);
  put(out, "by", f.by);
  out["within_window"] = f.within_window;
  return out;
}

json encode_one(const CourtDecided& d) {
  json out = json::object();
  if (d.cassation) {
    out["cassation"] = true;
  }
  out["outcome"] = code(d.outcome);
  return out;
}

// Reading: a field of the wrong type, or a word outside its vocabulary, makes the event
// unreadable; a missing field takes the default the first release gave it.
struct Unreadable {};

std::optional<std::string> text(const json& in, const char* key) {
  const auto found = in.find(key);
  if (found == in.end()) {
    return std::nullopt;
  }
  if (!found->is_string()) {
    throw Unreadable{};
  }
  return found->get<std::string>();
}

std::string text_or(const json& in, const char* key, std::string fallback) {
  return text(in, key).value_or(std::move(fallback));
}

std::vector<std::string> texts(const json& in, const char* key) {
  std::vector<std::string> out;
  const auto found = in.find(key);
  if (found == in.end()) {
    return out;
  }
  if (!found->is_array()) {
    throw Unreadable{};
  }
  for (const auto& element : *found) {
    if (!element.is_string()) {
      throw Unreadable{};
    }
    out.push_back(element.get<std::string>());
  }
  return out;
}

bool flag(const json& in, const char* key, bool fallback) {
  const auto found = in.find(key);
  if (found == in.end()) {
    return fallback;
  }
  if (!found->is_boolean()) {
    throw Unreadable{};
  }
  return found->get<bool>();
}

long whole_number(const json& in, const char* key) {
  const auto found = in.find(key);
  if (found == in.end()) {
    return 0;
  }
  if (!found->is_number_integer() || found->get<long>() < 0) {
    throw Unreadable{};
  }
  return found->get<long>();
}

template <Worded E>
std::optional<E> word(const json& in, const char* key) {
  const auto value = text(in, key);
  if (!value) {
    return std::nullopt;
  }
  const auto parsed = parse<E>(*value);
  if (!parsed) {
    throw Unreadable{};
  }
  return parsed;
}

template <Worded E>
E required_word(const json& in, const char* key) {
  const auto value = word<E>(in, key);
  if (!value) {
    throw Unreadable{};
  }
  return *value;
}

Applicant decode_applicant(const json& in) {
  if (!in.is_object()) {
    throw Unreadable{};
  }
  Applicant a;
  a.name = text_or(in, "name", "");
  a.type = word<ApplicantType>(in, "type").value_or(ApplicantType::person);
  a.id_number = text(in, "id_number");
  a.address = text(in, "address");
  a.phone = text(in, "phone");
  a.email = text(in, "email");
  a.occupation = text(in, "occupation");
  a.proxy = text(in, "proxy");
  return a;
}

EventData decode_kind(EventKind kind, const json& in) {
  switch (kind) {
    case EventKind::received: {
      Received r;
      const auto applicant = in.find("applicant");
      if (applicant != in.end()) {
        r.applicant = decode_applicant(*applicant);
      }
      r.info = text_or(in, "info", "");
      r.purpose = text(in, "purpose");
      r.service = text(in, "service");
      r.channel = word<Channel>(in, "channel").value_or(Channel::desk);
      r.access = word<AccessForm>(in, "access");
      r.delivery = word<Delivery>(in, "delivery");
      r.held_form = word<AccessForm>(in, "held_form");
      r.incomplete = flag(in, "incomplete", false);
      r.missing = texts(in, "missing");
      return r;
    }
    case EventKind::completed:
      return Completed{texts(in, "provided")};
    case EventKind::extended:
      return Extended{text_or(in, "reason", "")};
    case EventKind::answered: {
      Answered a;
      a.decision = required_word<Decision>(in, "decision");
      a.reason = word<RefusalReason>(in, "reason");
      a.basis = text(in, "basis");
      a.holder = text(in, "holder");
      a.note = text(in, "note");
      return a;
    }
    case EventKind::objected: {
      Objected o;
      if (const auto grounds = in.find("grounds"); grounds != in.end()) {
        if (!grounds->is_array()) {
          throw Unreadable{};
        }
        for (const auto& ground : *grounds) {
          const auto parsed =
              ground.is_string() ? parse<ObjectionGround>(ground.get<std::string>()) : std::nullopt;
          if (!parsed) {
            throw Unreadable{};
          }
          o.grounds.push_back(*parsed);
        }
      }
      if (const auto arose = text(in, "arose")) {
        o.arose = parse_iso_date(*arose);
        if (!o.arose) {
          throw Unreadable{};
        }
      }
      o.proxy = text(in, "proxy");
      o.note = text(in, "note");
      o.within_window = flag(in, "within_window", true);
      o.late_accepted = flag(in, "late_accepted", false);
      o.objection_no = text(in, "objection_no");
      return o;
    }
    case EventKind::objection_answered: {
      ObjectionAnswered a;
      a.answer = required_word<ObjectionAnswer>(in, "answer");
      a.official = text(in, "official");
      a.position = text(in, "position");
      return a;
    }
    case EventKind::dispute_filed:
      return DisputeFiled{text(in, "commission"), flag(in, "within_window", true)};
    case EventKind::dispute_ended:
      return DisputeEnded{required_word<DisputeOutcome>(in, "outcome")};
    case EventKind::withdrawn:
      return Withdrawn{};
    case EventKind::delivered:
      return Delivered{word<AccessForm>(in, "form"), word<Delivery>(in, "channel"),
                       whole_number(in, "cost"),     word<Payment>(in, "paid_by"),
                       flag(in, "part", false),      text(in, "note")};
    case EventKind::assigned: {
      Assigned a;
      a.unit = text_or(in, "unit", "");
      if (const auto target = text(in, "target")) {
        try {
          a.target = calendar::parse_duration(*target, ErrorKind::bad_input);
        } catch (const Error&) {
          throw Unreadable{};
        }
      }
      a.note = text(in, "note");
      return a;
    }
    case EventKind::returned:
      return Returned{text_or(in, "unit", ""), text(in, "note")};
    case EventKind::dispute_stage:
      return DisputeStaged{required_word<DisputeStage>(in, "stage")};
    case EventKind::court_filed:
      return CourtFiled{flag(in, "cassation", false), word<Court>(in, "court"),
                        word<Party>(in, "by"), flag(in, "within_window", true)};
    case EventKind::court_decided:
      return CourtDecided{flag(in, "cassation", false), required_word<CourtOutcome>(in, "outcome")};
  }
  throw Unreadable{};
}

}  // namespace

json to_json(const Applicant& a) {
  json out = json::object();
  out["name"] = a.name;
  out["type"] = code(a.type);
  put(out, "id_number", a.id_number);
  put(out, "address", a.address);
  put(out, "phone", a.phone);
  put(out, "email", a.email);
  put(out, "occupation", a.occupation);
  put(out, "proxy", a.proxy);
  return out;
}

json to_json(const EventData& data) {
  return std::visit([](const auto& one) { return encode_one(one); }, data);
}

json request_json(const Received& received) {
  auto out = encode_one(received);
  out.erase("applicant");
  return out;
}

std::string encode(const EventData& data) {
  return to_json(data).dump();
}

std::optional<EventData> decode(EventKind kind, std::string_view text) {
  const auto in = json::parse(text, nullptr, false);
  if (in.is_discarded() || !in.is_object()) {
    return std::nullopt;
  }
  try {
    return decode_kind(kind, in);
  } catch (const Unreadable&) {
    return std::nullopt;
  }
}

std::vector<std::pair<std::string, std::string>> fields(const EventData& data) {
  std::vector<std::pair<std::string, std::string>> out;
  const auto json_data = to_json(data);
  for (const auto& [key, value] : json_data.items()) {
    out.emplace_back(key, value.is_string() ? value.get<std::string>() : value.dump());
  }
  return out;
}

}  // namespace ppid::store
