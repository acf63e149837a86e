#include "actorgraph/types.h"

#include "actorgraph/util.h"

namespace actorgraph {

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kState:
      return "state";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kPerson:
      return "person";
    case EntityType::kTreaty:
      return "treaty";
    case EntityType::kDate:
      return "date";
  }
  return "state";
}

bool ParseEntityType(std::string_view name, EntityType* out) {
  std::string n = AsciiLower(name);
  if (n == "state") {
    *out = EntityType::kState;
    return true;
  }
  if (n == "organization" || n == "org") {
    *out = EntityType::kOrganization;
    return true;
  }
  if (n == "person" || n == "per") {
    *out = EntityType::kPerson;
    return true;
  }
  if (n == "treaty") {
    *out = EntityType::kTreaty;
    return true;
  }
  if (n == "date") {
    *out = EntityType::kDate;
    return true;
  }
  return false;
}

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kAlleged:
      return "alleged";
    case Modality::kNegated:
      return "negated";
    case Modality::kHypothetical:
      return "hypothetical";
  }
  return "asserted";
}

bool ParseModality(std::string_view name, Modality* out) {
  std::string n = AsciiLower(name);
  if (n == "asserted") {
    *out = Modality::kAsserted;
    return true;
  }
  if (n == "alleged") {
    *out = Modality::kAlleged;
    return true;
  }
  if (n == "negated") {
    *out = Modality::kNegated;
    return true;
  }
  if (n == "hypothetical") {
    *out = Modality::kHypothetical;
    return true;
  }
  return false;
}

}  // namespace actorgraph
