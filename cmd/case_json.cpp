#include "case_view.hpp"
#include "rules/personal.hpp"
#include "store/event_codec.hpp"

namespace ppid::cli {
namespace {

using json = nlohmann::ordered_json;

json deadline_json(const rules::Deadline& d) {
  json out;
  out["kind"] = code(d.kind);
  out["due"] = d.due ? json(to_iso(*d.due)) : json(nullptr);
  out["provisional"] = d.provisional;
  out["status"] = code(d.status);
  if (d.extended) {
    out["extended"] = true;
  }
  if (d.met_on) {
    out["met_on"] = to_iso(*d.met_on);
  }
  if (d.working_days_left) {
    out["working_days_left"] = *d.working_days_left;
  }
  if (d.working_days_late) {
    out["working_days_late"] = *d.working_days_late;
  }
  out["duration"] = d.duration;
  return out;
}

}  // namespace

json case_json(const rules::Case& c, Zone zone, bool details, bool unmasked) {
  json out;
  out["register_no"] = c.register_no;
  if (c.objection_no) {
    out["objection_no"] = *c.objection_no;
  }
  out["state"] = code(c.state);
  out["received_at"] = to_iso(c.received, zone);
  out["day0"] = to_iso(c.day0);
  if (c.service) {
    out["service"] = *c.service;
  }
  if (!c.deliveries.empty()) {
    // The delivery that completed it, or none while only parts were delivered.
    out["delivered_at"] = c.delivered ? json(to_iso(*c.delivered, zone)) : json(nullptr);
    out["delivery_cost"] = c.delivery_cost;
  }
  out["deadlines"] = json::array();
  for (const auto& d : c.deadlines) {
    out["deadlines"].push_back(deadline_json(d));
  }
  // Only cases routed to a unit have the key, so older output stays as it was.
  for (const auto& a : c.assignments) {
    json one;
    one["unit"] = a.unit;
    one["assigned_at"] = to_iso(a.assigned, zone);
    one["returned_at"] = a.returned ? json(to_iso(*a.returned, zone)) : json(nullptr);
    one["target"] = a.target ? deadline_json(*a.target) : json(nullptr);
    if (a.note) {
      one["note"] = *a.note;
    }
    out["assignments"].push_back(one);
  }
  if (!details) {
    return out;
  }
  const auto& received = c.request();
  auto applicant = received.applicant;
  if (applicant.id_number) {
    applicant.id_number =
        rules::shown_nik(unmasked ? rules::PersonalData::unmasked : rules::PersonalData::masked,
                         *applicant.id_number);
  }
  out["applicant"] = store::to_json(applicant);
  json request = store::request_json(received);
  if (c.completed) {
    request["completed_at"] = to_iso(*c.completed, zone);
  }
  // What is still missing now, after what was handed in; only while it is (the key is new).
  if (c.incomplete && !c.completed) {
    request["still_missing"] = c.missing;
  }
  out["request"] = request;
  out["decision"] = nullptr;
  for (const auto& event : c.events) {
    if (event.kind() == rules::EventKind::answered) {
      out["decision"] = store::to_json(event.data);
      out["decision"]["answered_at"] = to_iso(event.happened, zone);
    }
  }
  // Only cases with a delivery have the key, so older output stays as it was.
  for (const auto& event : c.events) {
    if (event.kind() == rules::EventKind::delivered) {
      auto delivery = store::to_json(event.data);
      delivery["delivered_at"] = to_iso(event.happened, zone);
      out["deliveries"].push_back(delivery);
    }
  }
  out["events"] = json::array();
  for (const auto& event : c.events) {
    json e;
    e["id"] = event.id;
    e["kind"] = code(event.kind());
    e["happened_at"] = to_iso(event.happened, zone);
    e["recorded_at"] = event.recorded_at;
    e["recorded_by"] = event.recorded_by;
    if (event.kind() == rules::EventKind::received) {
      e["data"] = json::object();
    } else {
      e["data"] = store::to_json(event.data);
    }
    out["events"].push_back(e);
  }
  return out;
}

}  // namespace ppid::cli
