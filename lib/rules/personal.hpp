#pragma once

#include <string>

namespace ppid::rules {

// How much of an applicant's personal data an output shows: the NIK and the contact details
// (address, phone, e-mail). Information that would reveal a person's private affairs is exempt
// from disclosure (UU 14/2008 art. 17 huruf h), so reports leave it out unless asked, and `show`
// masks the NIK unless asked. The name is always shown: the registers list who asked.
enum class PersonalData {
  hidden,    // none of it
  masked,    // all of it, the NIK masked
  unmasked,  // all of it as recorded
};

// What a report's options ask for: --show-personal-data shows it with the NIK masked, and with
// --unmasked as well the whole NIK; --unmasked alone shows nothing more.
PersonalData personal_data(bool show_personal_data, bool unmasked);

// A contact detail (address, phone, e-mail) as `policy` shows it: empty when hidden.
std::string shown(PersonalData policy, const std::string& value);

// A NIK as `policy` shows it: empty when hidden, masked (3201********0001) or whole.
std::string shown_nik(PersonalData policy, const std::string& nik);

// A NIK with its middle eight digits hidden: 3201********0001. A value of another length than a
// NIK's 16 is hidden whole: where its parts are is unknown.
std::string masked_nik(const std::string& nik);

}  // namespace ppid::rules
