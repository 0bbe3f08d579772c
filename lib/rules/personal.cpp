#include "rules/personal.hpp"

namespace ppid::rules {

PersonalData personal_data(bool show_personal_data, bool unmasked) {
  if (!show_personal_data) {
    return PersonalData::hidden;
  }
  return unmasked ? PersonalData::unmasked : PersonalData::masked;
}

std::string shown(PersonalData policy, const std::string& value) {
  return policy == PersonalData::hidden ? std::string{} : value;
}

std::string shown_nik(PersonalData policy, const std::string& nik) {
  switch (policy) {
    case PersonalData::hidden:
      return {};
    case PersonalData::masked:
      return masked_nik(nik);
    case PersonalData::unmasked:
      return nik;
  }
  return {};
}

std::string masked_nik(const std::string& nik) {
  if (nik.size() != 16) {
    return std::string(nik.size(), '*');
  }
  return nik.substr(0, 4) + std::string(8, '*') + nik.substr(12);
}

}  // namespace ppid::rules
