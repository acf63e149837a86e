// The string helpers of actorgraph/util.h that the text passes use on whole
// documents: the fast paths must agree with the plain definitions.
#include "actorgraph/util.h"

#include <doctest/doctest.h>

#include <string>

namespace actorgraph {
namespace {

TEST_CASE("AsciiLowerInPlace: every byte at every length and offset, as AsciiLower") {
  std::string all;
  for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
  all += "Moscow BEIJING Über ÉTAT Zz@[`{";
  // Lengths and offsets that end in the 16-, 8- and 1-byte steps.
  for (size_t offset = 0; offset < 17; ++offset) {
    for (size_t len : {0, 1, 7, 8, 9, 15, 16, 17, 31, 33, 100, 250}) {
      if (offset + len > all.size()) continue;
      std::string s = all.substr(offset, len);
      const std::string want = AsciiLower(s);
      AsciiLowerInPlace(s.data(), s.size());
      CHECK(s == want);
    }
  }
  std::string text = "The U.S. and CHINA signed the Treaty in Geneva.\nÄÖÜ stay";
  AsciiLowerInPlace(text.data(), text.size());
  CHECK(text == "the u.s. and china signed the treaty in geneva.\nÄÖÜ stay");
}

TEST_CASE("SquashSpace: runs of whitespace become one space, none at the ends") {
  CHECK(SquashSpace("") == "");
  CHECK(SquashSpace("  \t\n ") == "");
  CHECK(SquashSpace("United\nNations") == "United Nations");
  CHECK(SquashSpace("  U.S.  State\r\n\tDepartment \f\v") == "U.S. State Department");
  CHECK(SquashSpace("Shanghai Cooperation Organization") == "Shanghai Cooperation Organization");
}

TEST_CASE("ContainsWords: a part at word boundaries only") {
  CHECK(ContainsWords("budapest convention of the council of europe", "budapest convention"));
  CHECK(ContainsWords("ankara declaration", "declaration"));
  CHECK_FALSE(ContainsWords("impact assessment", "pact"));
  CHECK_FALSE(ContainsWords("declarations", "declaration"));
  CHECK_FALSE(ContainsWords("ankara declaration", ""));
}

TEST_CASE("ThreadCount: a positive request stands, else one per core") {
  CHECK(ThreadCount(3) == 3);
  CHECK(ThreadCount(1) == 1);
  CHECK(ThreadCount(0) >= 1);
  CHECK(ThreadCount(-2) == ThreadCount(0));
}

}  // namespace
}  // namespace actorgraph
