// GENERATED expectations: every expected value below was computed by go1.19
// (a generator program run with the real go, kept outside the repository).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "math/math.h"
#include "strings/strings.h"
#include "unicode/unicode.h"
#include "unicode/utf16/utf16.h"
#include "unicode/utf8/utf8.h"

using namespace pkg;

namespace {
[[maybe_unused]] std::string S(go::String s) { return std::string(s.view()); }
[[maybe_unused]] std::vector<std::string> L(go::Slice<go::String> v) {
  std::vector<std::string> r;
  for (go::String s : v)
    r.push_back(S(s));
  return r;
}
[[maybe_unused]] go::Slice<uint8_t> B(go::String s) { return go::stringToBytes(s); }
} // namespace

TEST(Strings, CaseAndTrim) {
  EXPECT_EQ(S(strings::ToUpper(go::String("", 0))), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ToLower(go::String("", 0))), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ToTitle(go::String("", 0))), S(go::String("", 0)));
  EXPECT_EQ(S(strings::Title(go::String("", 0))), S(go::String("", 0)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("", 0))), S(go::String("", 0)));
  EXPECT_EQ(S(strings::Trim(go::String("", 0), " a\xff")), S(go::String("", 0)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("", 0), "hé ΑΒ")), S(go::String("", 0)));
  EXPECT_EQ(S(strings::TrimRight(go::String("", 0), "ldö\xc3 \n")), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("", 0), "?")), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("", 0))), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("", 0))), S(go::String("", 0)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("", 0))), S(go::String("", 0)));
  EXPECT_EQ(S(strings::Repeat(go::String("", 0), 3)), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ToUpper(go::String("a", 1))), S(go::String("A", 1)));
  EXPECT_EQ(S(strings::ToLower(go::String("a", 1))), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::ToTitle(go::String("a", 1))), S(go::String("A", 1)));
  EXPECT_EQ(S(strings::Title(go::String("a", 1))), S(go::String("A", 1)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("a", 1))), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::Trim(go::String("a", 1), " a\xff")), S(go::String("", 0)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("a", 1), "hé ΑΒ")), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::TrimRight(go::String("a", 1), "ldö\xc3 \n")), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("a", 1), "?")), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("a", 1))), S(go::String("A", 1)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("a", 1))), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("a", 1))), S(go::String("b", 1)));
  EXPECT_EQ(S(strings::Repeat(go::String("a", 1), 3)), S(go::String("aaa", 3)));
  EXPECT_EQ(S(strings::ToUpper(go::String("hello, world", 12))), S(go::String("HELLO, WORLD", 12)));
  EXPECT_EQ(S(strings::ToLower(go::String("hello, world", 12))), S(go::String("hello, world", 12)));
  EXPECT_EQ(S(strings::ToTitle(go::String("hello, world", 12))), S(go::String("HELLO, WORLD", 12)));
  EXPECT_EQ(S(strings::Title(go::String("hello, world", 12))), S(go::String("Hello, World", 12)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("hello, world", 12))), S(go::String("hello, world", 12)));
  EXPECT_EQ(S(strings::Trim(go::String("hello, world", 12), " a\xff")), S(go::String("hello, world", 12)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("hello, world", 12), "hé ΑΒ")), S(go::String("ello, world", 11)));
  EXPECT_EQ(S(strings::TrimRight(go::String("hello, world", 12), "ldö\xc3 \n")), S(go::String("hello, wor", 10)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("hello, world", 12), "?")), S(go::String("hello, world", 12)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("hello, world", 12))), S(go::String("HELLO, WORLD", 12)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("hello, world", 12))), S(go::String("hello, world", 12)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("hello, world", 12))), S(go::String("ifp-!xpse", 9)));
  EXPECT_EQ(S(strings::Repeat(go::String("hello, world", 12), 3)), S(go::String("hello, worldhello, worldhello, world", 36)));
  EXPECT_EQ(S(strings::ToUpper(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))), S(go::String("H\xc3" "\x89" "LLO W\xc3" "\x96" "RLD", 13)));
  EXPECT_EQ(S(strings::ToLower(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(S(strings::ToTitle(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))), S(go::String("H\xc3" "\x89" "LLO W\xc3" "\x96" "RLD", 13)));
  EXPECT_EQ(S(strings::Title(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))), S(go::String("H\xc3" "\xa9" "llo W\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(S(strings::Trim(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), " a\xff")), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), "hé ΑΒ")), S(go::String("llo w\xc3" "\xb6" "rld", 10)));
  EXPECT_EQ(S(strings::TrimRight(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), "ldö\xc3 \n")), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "r", 11)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), "?")), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))), S(go::String("H\xc3" "\x89" "LLO W\xc3" "\x96" "RLD", 13)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))), S(go::String("i\xc3" "\xaa" "p!x\xc3" "\xb7" "se", 10)));
  EXPECT_EQ(S(strings::Repeat(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), 3)), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rldh\xc3" "\xa9" "llo w\xc3" "\xb6" "rldh\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 39)));
  EXPECT_EQ(S(strings::ToUpper(go::String("\xc7" "\x85" "ungla", 7))), S(go::String("\xc7" "\x84" "UNGLA", 7)));
  EXPECT_EQ(S(strings::ToLower(go::String("\xc7" "\x85" "ungla", 7))), S(go::String("\xc7" "\x86" "ungla", 7)));
  EXPECT_EQ(S(strings::ToTitle(go::String("\xc7" "\x85" "ungla", 7))), S(go::String("\xc7" "\x85" "UNGLA", 7)));
  EXPECT_EQ(S(strings::Title(go::String("\xc7" "\x85" "ungla", 7))), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("\xc7" "\x85" "ungla", 7))), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(S(strings::Trim(go::String("\xc7" "\x85" "ungla", 7), " a\xff")), S(go::String("\xc7" "\x85" "ungl", 6)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("\xc7" "\x85" "ungla", 7), "hé ΑΒ")), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(S(strings::TrimRight(go::String("\xc7" "\x85" "ungla", 7), "ldö\xc3 \n")), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("\xc7" "\x85" "ungla", 7), "?")), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("\xc7" "\x85" "ungla", 7))), S(go::String("\xc7" "\x84" "UNGLA", 7)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("\xc7" "\x85" "ungla", 7))), S(go::String("\xc7" "\x86" "ungla", 7)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("\xc7" "\x85" "ungla", 7))), S(go::String("\xc7" "\x86" "vohb", 6)));
  EXPECT_EQ(S(strings::Repeat(go::String("\xc7" "\x85" "ungla", 7), 3)), S(go::String("\xc7" "\x85" "ungla\xc7" "\x85" "ungla\xc7" "\x85" "ungla", 21)));
  EXPECT_EQ(S(strings::ToUpper(go::String("\xff" "\xfe" "ab\xc3" "", 5))), S(go::String("\xef" "\xbf" "\xbd" "\xef" "\xbf" "\xbd" "AB\xef" "\xbf" "\xbd" "", 11)));
  EXPECT_EQ(S(strings::ToLower(go::String("\xff" "\xfe" "ab\xc3" "", 5))), S(go::String("\xef" "\xbf" "\xbd" "\xef" "\xbf" "\xbd" "ab\xef" "\xbf" "\xbd" "", 11)));
  EXPECT_EQ(S(strings::ToTitle(go::String("\xff" "\xfe" "ab\xc3" "", 5))), S(go::String("\xef" "\xbf" "\xbd" "\xef" "\xbf" "\xbd" "AB\xef" "\xbf" "\xbd" "", 11)));
  EXPECT_EQ(S(strings::Title(go::String("\xff" "\xfe" "ab\xc3" "", 5))), S(go::String("\xef" "\xbf" "\xbd" "\xef" "\xbf" "\xbd" "ab\xef" "\xbf" "\xbd" "", 11)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("\xff" "\xfe" "ab\xc3" "", 5))), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(S(strings::Trim(go::String("\xff" "\xfe" "ab\xc3" "", 5), " a\xff")), S(go::String("b", 1)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("\xff" "\xfe" "ab\xc3" "", 5), "hé ΑΒ")), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(S(strings::TrimRight(go::String("\xff" "\xfe" "ab\xc3" "", 5), "ldö\xc3 \n")), S(go::String("\xff" "\xfe" "ab", 4)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("\xff" "\xfe" "ab\xc3" "", 5), "?")), S(go::String("\x3f" "ab\x3f" "", 4)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("\xff" "\xfe" "ab\xc3" "", 5))), S(go::String("\xef" "\xbf" "\xbd" "\xef" "\xbf" "\xbd" "AB\xef" "\xbf" "\xbd" "", 11)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("\xff" "\xfe" "ab\xc3" "", 5))), S(go::String("\xef" "\xbf" "\xbd" "\xef" "\xbf" "\xbd" "ab\xef" "\xbf" "\xbd" "", 11)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("\xff" "\xfe" "ab\xc3" "", 5))), S(go::String("\xef" "\xbf" "\xbe" "\xef" "\xbf" "\xbe" "bc\xef" "\xbf" "\xbe" "", 11)));
  EXPECT_EQ(S(strings::Repeat(go::String("\xff" "\xfe" "ab\xc3" "", 5), 3)), S(go::String("\xff" "\xfe" "ab\xc3" "\xff" "\xfe" "ab\xc3" "\xff" "\xfe" "ab\xc3" "", 15)));
  EXPECT_EQ(S(strings::ToUpper(go::String("  \x09" " spaces \x0a" "", 12))), S(go::String("  \x09" " SPACES \x0a" "", 12)));
  EXPECT_EQ(S(strings::ToLower(go::String("  \x09" " spaces \x0a" "", 12))), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(S(strings::ToTitle(go::String("  \x09" " spaces \x0a" "", 12))), S(go::String("  \x09" " SPACES \x0a" "", 12)));
  EXPECT_EQ(S(strings::Title(go::String("  \x09" " spaces \x0a" "", 12))), S(go::String("  \x09" " Spaces \x0a" "", 12)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("  \x09" " spaces \x0a" "", 12))), S(go::String("spaces", 6)));
  EXPECT_EQ(S(strings::Trim(go::String("  \x09" " spaces \x0a" "", 12), " a\xff")), S(go::String("\x09" " spaces \x0a" "", 10)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("  \x09" " spaces \x0a" "", 12), "hé ΑΒ")), S(go::String("\x09" " spaces \x0a" "", 10)));
  EXPECT_EQ(S(strings::TrimRight(go::String("  \x09" " spaces \x0a" "", 12), "ldö\xc3 \n")), S(go::String("  \x09" " spaces", 10)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("  \x09" " spaces \x0a" "", 12), "?")), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("  \x09" " spaces \x0a" "", 12))), S(go::String("  \x09" " SPACES \x0a" "", 12)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("  \x09" " spaces \x0a" "", 12))), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("  \x09" " spaces \x0a" "", 12))), S(go::String("!!\x0a" "!tqbdft!\x0b" "", 12)));
  EXPECT_EQ(S(strings::Repeat(go::String("  \x09" " spaces \x0a" "", 12), 3)), S(go::String("  \x09" " spaces \x0a" "  \x09" " spaces \x0a" "  \x09" " spaces \x0a" "", 36)));
  EXPECT_EQ(S(strings::ToUpper(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\x91" "\xce" "\x92" "\xce" "\x93" "", 13)));
  EXPECT_EQ(S(strings::ToLower(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))), S(go::String("\xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::ToTitle(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\x91" "\xce" "\x92" "\xce" "\x93" "", 13)));
  EXPECT_EQ(S(strings::Title(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\x91" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::Trim(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), " a\xff")), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), "hé ΑΒ")), S(go::String("\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 9)));
  EXPECT_EQ(S(strings::TrimRight(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), "ldö\xc3 \n")), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), "?")), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\x91" "\xce" "\x92" "\xce" "\x93" "", 13)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))), S(go::String("\xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))), S(go::String("\xce" "\x92" "\xce" "\x93" "\xce" "\x94" "!\xce" "\xb2" "\xce" "\xb3" "\xce" "\xb4" "", 13)));
  EXPECT_EQ(S(strings::Repeat(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), 3)), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 39)));
  EXPECT_EQ(S(strings::ToUpper(go::String("stra\xc3" "\x9f" "e", 7))), S(go::String("STRA\xc3" "\x9f" "E", 7)));
  EXPECT_EQ(S(strings::ToLower(go::String("stra\xc3" "\x9f" "e", 7))), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::ToTitle(go::String("stra\xc3" "\x9f" "e", 7))), S(go::String("STRA\xc3" "\x9f" "E", 7)));
  EXPECT_EQ(S(strings::Title(go::String("stra\xc3" "\x9f" "e", 7))), S(go::String("Stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("stra\xc3" "\x9f" "e", 7))), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::Trim(go::String("stra\xc3" "\x9f" "e", 7), " a\xff")), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("stra\xc3" "\x9f" "e", 7), "hé ΑΒ")), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::TrimRight(go::String("stra\xc3" "\x9f" "e", 7), "ldö\xc3 \n")), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("stra\xc3" "\x9f" "e", 7), "?")), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("stra\xc3" "\x9f" "e", 7))), S(go::String("STRA\xc3" "\x9f" "E", 7)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("stra\xc3" "\x9f" "e", 7))), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("stra\xc3" "\x9f" "e", 7))), S(go::String("tusb\xc3" "\xa0" "f", 7)));
  EXPECT_EQ(S(strings::Repeat(go::String("stra\xc3" "\x9f" "e", 7), 3)), S(go::String("stra\xc3" "\x9f" "estra\xc3" "\x9f" "estra\xc3" "\x9f" "e", 21)));
  EXPECT_EQ(S(strings::ToUpper(go::String("a,b,,c,", 7))), S(go::String("A,B,,C,", 7)));
  EXPECT_EQ(S(strings::ToLower(go::String("a,b,,c,", 7))), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(S(strings::ToTitle(go::String("a,b,,c,", 7))), S(go::String("A,B,,C,", 7)));
  EXPECT_EQ(S(strings::Title(go::String("a,b,,c,", 7))), S(go::String("A,B,,C,", 7)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("a,b,,c,", 7))), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(S(strings::Trim(go::String("a,b,,c,", 7), " a\xff")), S(go::String(",b,,c,", 6)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("a,b,,c,", 7), "hé ΑΒ")), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(S(strings::TrimRight(go::String("a,b,,c,", 7), "ldö\xc3 \n")), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("a,b,,c,", 7), "?")), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("a,b,,c,", 7))), S(go::String("A,B,,C,", 7)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("a,b,,c,", 7))), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("a,b,,c,", 7))), S(go::String("b-c--d-", 7)));
  EXPECT_EQ(S(strings::Repeat(go::String("a,b,,c,", 7), 3)), S(go::String("a,b,,c,a,b,,c,a,b,,c,", 21)));
  EXPECT_EQ(S(strings::ToUpper(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))), S(go::String("\xc4" "\xb0" "STANBUL II", 12)));
  EXPECT_EQ(S(strings::ToLower(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))), S(go::String("istanbul \xc4" "\xb1" "i", 12)));
  EXPECT_EQ(S(strings::ToTitle(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))), S(go::String("\xc4" "\xb0" "STANBUL II", 12)));
  EXPECT_EQ(S(strings::Title(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))), S(go::String("\xc4" "\xb0" "stanbul Ii", 12)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(S(strings::Trim(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), " a\xff")), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), "hé ΑΒ")), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(S(strings::TrimRight(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), "ldö\xc3 \n")), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), "?")), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))), S(go::String("\xc4" "\xb0" "STANBUL I\xc4" "\xb0" "", 13)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))), S(go::String("istanbul \xc4" "\xb1" "i", 12)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))), S(go::String("\xc4" "\xb1" "tubocv!\xc4" "\xb2" "j", 12)));
  EXPECT_EQ(S(strings::Repeat(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), 3)), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i\xc4" "\xb0" "stanbul \xc4" "\xb1" "i\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 39)));
  EXPECT_EQ(S(strings::ToUpper(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))), S(go::String("\xc7" "\x87" " \xc7" "\x87" " \xc7" "\x8a" "", 8)));
  EXPECT_EQ(S(strings::ToLower(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))), S(go::String("\xc7" "\x89" " \xc7" "\x89" " \xc7" "\x8c" "", 8)));
  EXPECT_EQ(S(strings::ToTitle(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))), S(go::String("\xc7" "\x88" " \xc7" "\x88" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::Title(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))), S(go::String("\xc7" "\x88" " \xc7" "\x88" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::Trim(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), " a\xff")), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), "hé ΑΒ")), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::TrimRight(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), "ldö\xc3 \n")), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), "?")), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))), S(go::String("\xc7" "\x87" " \xc7" "\x87" " \xc7" "\x8a" "", 8)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))), S(go::String("\xc7" "\x89" " \xc7" "\x89" " \xc7" "\x8c" "", 8)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))), S(go::String("\xc7" "\x89" "!\xc7" "\x8a" "!\xc7" "\x8c" "", 8)));
  EXPECT_EQ(S(strings::Repeat(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), 3)), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 24)));
  EXPECT_EQ(S(strings::ToUpper(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))), S(go::String("\xc2" "\xa0" "X\xe2" "\x80" "\x80" "Y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::ToLower(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::ToTitle(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))), S(go::String("\xc2" "\xa0" "X\xe2" "\x80" "\x80" "Y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::Title(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))), S(go::String("\xc2" "\xa0" "X\xe2" "\x80" "\x80" "Y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::TrimSpace(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))), S(go::String("x\xe2" "\x80" "\x80" "y", 5)));
  EXPECT_EQ(S(strings::Trim(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), " a\xff")), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::TrimLeft(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), "hé ΑΒ")), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::TrimRight(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), "ldö\xc3 \n")), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::ToValidUTF8(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), "?")), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::ToUpperSpecial(unicode::TurkishCase, go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))), S(go::String("\xc2" "\xa0" "X\xe2" "\x80" "\x80" "Y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::ToLowerSpecial(unicode::TurkishCase, go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::Map([](int32_t r) { return r == 'l' ? -1 : r + 1; }, go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))), S(go::String("\xc2" "\xa1" "y\xe2" "\x80" "\x81" "z\xe3" "\x80" "\x81" "", 10)));
  EXPECT_EQ(S(strings::Repeat(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), 3)), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 30)));
}

TEST(Strings, Search) {
  EXPECT_EQ(int64_t(strings::Index(go::String("", 0), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("", 0), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::Count(go::String("", 0), go::String("", 0))), int64_t(1));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("", 0), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("", 0), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("", 0), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("", 0), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("", 0), go::String("", 0))), (std::vector<std::string>{})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("", 0), go::String("", 0), 2)), (std::vector<std::string>{})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("", 0), go::String("", 0))), (std::vector<std::string>{})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("", 0), go::String("", 0), "<>", 2)), S(go::String("<>", 2)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("", 0), go::String("", 0), "")), S(go::String("", 0)));
  EXPECT_EQ(int64_t(strings::Index(go::String("", 0), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("", 0), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("", 0), go::String("l", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("", 0), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("", 0), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("", 0), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("", 0), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("", 0), go::String("l", 1))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("", 0), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("", 0), go::String("l", 1))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("", 0), go::String("l", 1), "<>", 2)), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("", 0), go::String("l", 1), "")), S(go::String("", 0)));
  EXPECT_EQ(int64_t(strings::Index(go::String("", 0), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("", 0), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("", 0), go::String("lo", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("", 0), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("", 0), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("", 0), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("", 0), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("", 0), go::String("lo", 2))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("", 0), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("", 0), go::String("lo", 2))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("", 0), go::String("lo", 2), "<>", 2)), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("", 0), go::String("lo", 2), "")), S(go::String("", 0)));
  EXPECT_EQ(int64_t(strings::Index(go::String("", 0), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("", 0), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("", 0), go::String("\xc3" "\xb6" "", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("", 0), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("", 0), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("", 0), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("", 0), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("", 0), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("", 0), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("", 0), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("", 0), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("", 0), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("", 0)));
  EXPECT_EQ(int64_t(strings::Index(go::String("", 0), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("", 0), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("", 0), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("", 0), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("", 0), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("", 0), go::String("\xff" "", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("", 0), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("", 0), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("", 0), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("", 0), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("", 0), go::String("\xff" "", 1), "<>", 2)), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("", 0), go::String("\xff" "", 1), "")), S(go::String("", 0)));
  EXPECT_EQ(int64_t(strings::Index(go::String("", 0), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("", 0), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("", 0), go::String(",", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("", 0), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("", 0), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("", 0), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("", 0), go::String(",", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("", 0), go::String(",", 1))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("", 0), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("", 0), go::String(",", 1))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("", 0), go::String(",", 1), "<>", 2)), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("", 0), go::String(",", 1), "")), S(go::String("", 0)));
  EXPECT_EQ(int64_t(strings::Index(go::String("", 0), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("", 0), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("", 0), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("", 0), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("", 0), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("", 0), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("", 0), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("", 0), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("", 0), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("", 0), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("", 0), go::String("xyz", 3), "<>", 2)), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("", 0), go::String("xyz", 3), "")), S(go::String("", 0)));
  EXPECT_EQ(int64_t(strings::Index(go::String("", 0), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("", 0), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("", 0), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("", 0), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("", 0), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("", 0), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("", 0), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("", 0), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("", 0), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("", 0), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("", 0))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("", 0), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("", 0)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("", 0), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("", 0)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("", 0), 108)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("", 0), 246)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("", 0), 65533)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("", 0), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("", 0), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("", 0), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("", 0), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(-1));
  EXPECT_EQ(L(strings::Fields(go::String("", 0))), (std::vector<std::string>{})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("", 0), "hello")), int64_t(-1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("", 0), go::String("", 0))), true);
  EXPECT_EQ(int64_t(strings::Index(go::String("a", 1), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a", 1), go::String("", 0))), int64_t(1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a", 1), go::String("", 0))), int64_t(2));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a", 1), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a", 1), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a", 1), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a", 1), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("a", 1), go::String("", 0))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a", 1), go::String("", 0), 2)), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a", 1), go::String("", 0))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a", 1), go::String("", 0), "<>", 2)), S(go::String("<>a<>", 5)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a", 1), go::String("", 0), "")), S(go::String("a", 1)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a", 1), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a", 1), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a", 1), go::String("l", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a", 1), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a", 1), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a", 1), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a", 1), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("a", 1), go::String("l", 1))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a", 1), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a", 1), go::String("l", 1))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a", 1), go::String("l", 1), "<>", 2)), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a", 1), go::String("l", 1), "")), S(go::String("a", 1)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a", 1), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a", 1), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a", 1), go::String("lo", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a", 1), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a", 1), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a", 1), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a", 1), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("a", 1), go::String("lo", 2))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a", 1), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a", 1), go::String("lo", 2))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a", 1), go::String("lo", 2), "<>", 2)), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a", 1), go::String("lo", 2), "")), S(go::String("a", 1)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a", 1), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a", 1), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a", 1), go::String("\xc3" "\xb6" "", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a", 1), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a", 1), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a", 1), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a", 1), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("a", 1), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a", 1), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a", 1), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a", 1), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a", 1), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("a", 1)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a", 1), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a", 1), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a", 1), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a", 1), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a", 1), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a", 1), go::String("\xff" "", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a", 1), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("a", 1), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a", 1), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a", 1), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a", 1), go::String("\xff" "", 1), "<>", 2)), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a", 1), go::String("\xff" "", 1), "")), S(go::String("a", 1)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a", 1), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a", 1), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a", 1), go::String(",", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a", 1), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a", 1), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a", 1), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a", 1), go::String(",", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("a", 1), go::String(",", 1))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a", 1), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a", 1), go::String(",", 1))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a", 1), go::String(",", 1), "<>", 2)), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a", 1), go::String(",", 1), "")), S(go::String("a", 1)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a", 1), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a", 1), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a", 1), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a", 1), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a", 1), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a", 1), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a", 1), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("a", 1), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a", 1), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a", 1), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a", 1), go::String("xyz", 3), "<>", 2)), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a", 1), go::String("xyz", 3), "")), S(go::String("a", 1)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a", 1), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a", 1), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a", 1), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a", 1), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a", 1), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a", 1), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a", 1), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("a", 1), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a", 1), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a", 1), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a", 1), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("a", 1)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a", 1), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("a", 1)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("a", 1), 108)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("a", 1), 246)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("a", 1), 65533)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("a", 1), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("a", 1), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("a", 1), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("a", 1), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(-1));
  EXPECT_EQ(L(strings::Fields(go::String("a", 1))), (std::vector<std::string>{S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("a", 1), "hello")), int64_t(-1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("a", 1), go::String("a", 1))), true);
  EXPECT_EQ(int64_t(strings::Index(go::String("hello, world", 12), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("hello, world", 12), go::String("", 0))), int64_t(12));
  EXPECT_EQ(int64_t(strings::Count(go::String("hello, world", 12), go::String("", 0))), int64_t(13));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("hello, world", 12), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("hello, world", 12), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("hello, world", 12), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("hello, world", 12), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("hello, world", 12), go::String("", 0))), (std::vector<std::string>{S(go::String("h", 1)), S(go::String("e", 1)), S(go::String("l", 1)), S(go::String("l", 1)), S(go::String("o", 1)), S(go::String(",", 1)), S(go::String(" ", 1)), S(go::String("w", 1)), S(go::String("o", 1)), S(go::String("r", 1)), S(go::String("l", 1)), S(go::String("d", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("hello, world", 12), go::String("", 0), 2)), (std::vector<std::string>{S(go::String("h", 1)), S(go::String("ello, world", 11))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("hello, world", 12), go::String("", 0))), (std::vector<std::string>{S(go::String("h", 1)), S(go::String("e", 1)), S(go::String("l", 1)), S(go::String("l", 1)), S(go::String("o", 1)), S(go::String(",", 1)), S(go::String(" ", 1)), S(go::String("w", 1)), S(go::String("o", 1)), S(go::String("r", 1)), S(go::String("l", 1)), S(go::String("d", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("hello, world", 12), go::String("", 0), "<>", 2)), S(go::String("<>h<>ello, world", 16)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("hello, world", 12), go::String("", 0), "")), S(go::String("hello, world", 12)));
  EXPECT_EQ(int64_t(strings::Index(go::String("hello, world", 12), go::String("l", 1))), int64_t(2));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("hello, world", 12), go::String("l", 1))), int64_t(10));
  EXPECT_EQ(int64_t(strings::Count(go::String("hello, world", 12), go::String("l", 1))), int64_t(3));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("hello, world", 12), go::String("l", 1))), int64_t(2));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("hello, world", 12), go::String("l", 1))), int64_t(10));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("hello, world", 12), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("hello, world", 12), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("hello, world", 12), go::String("l", 1))), (std::vector<std::string>{S(go::String("he", 2)), S(go::String("", 0)), S(go::String("o, wor", 6)), S(go::String("d", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("hello, world", 12), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("he", 2)), S(go::String("lo, world", 9))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("hello, world", 12), go::String("l", 1))), (std::vector<std::string>{S(go::String("hel", 3)), S(go::String("l", 1)), S(go::String("o, worl", 7)), S(go::String("d", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("hello, world", 12), go::String("l", 1), "<>", 2)), S(go::String("he<><>o, world", 14)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("hello, world", 12), go::String("l", 1), "")), S(go::String("heo, word", 9)));
  EXPECT_EQ(int64_t(strings::Index(go::String("hello, world", 12), go::String("lo", 2))), int64_t(3));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("hello, world", 12), go::String("lo", 2))), int64_t(3));
  EXPECT_EQ(int64_t(strings::Count(go::String("hello, world", 12), go::String("lo", 2))), int64_t(1));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("hello, world", 12), go::String("lo", 2))), int64_t(2));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("hello, world", 12), go::String("lo", 2))), int64_t(10));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("hello, world", 12), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("hello, world", 12), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("hello, world", 12), go::String("lo", 2))), (std::vector<std::string>{S(go::String("hel", 3)), S(go::String(", world", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("hello, world", 12), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("hel", 3)), S(go::String(", world", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("hello, world", 12), go::String("lo", 2))), (std::vector<std::string>{S(go::String("hello", 5)), S(go::String(", world", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("hello, world", 12), go::String("lo", 2), "<>", 2)), S(go::String("hel<>, world", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("hello, world", 12), go::String("lo", 2), "")), S(go::String("hel, world", 10)));
  EXPECT_EQ(int64_t(strings::Index(go::String("hello, world", 12), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("hello, world", 12), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("hello, world", 12), go::String("\xc3" "\xb6" "", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("hello, world", 12), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("hello, world", 12), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("hello, world", 12), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("hello, world", 12), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("hello, world", 12), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("hello, world", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("hello, world", 12), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("hello, world", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("hello, world", 12), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("hello, world", 12))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("hello, world", 12), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("hello, world", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("hello, world", 12), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("hello, world", 12)));
  EXPECT_EQ(int64_t(strings::Index(go::String("hello, world", 12), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("hello, world", 12), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("hello, world", 12), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("hello, world", 12), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("hello, world", 12), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("hello, world", 12), go::String("\xff" "", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("hello, world", 12), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("hello, world", 12), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("hello, world", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("hello, world", 12), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("hello, world", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("hello, world", 12), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("hello, world", 12))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("hello, world", 12), go::String("\xff" "", 1), "<>", 2)), S(go::String("hello, world", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("hello, world", 12), go::String("\xff" "", 1), "")), S(go::String("hello, world", 12)));
  EXPECT_EQ(int64_t(strings::Index(go::String("hello, world", 12), go::String(",", 1))), int64_t(5));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("hello, world", 12), go::String(",", 1))), int64_t(5));
  EXPECT_EQ(int64_t(strings::Count(go::String("hello, world", 12), go::String(",", 1))), int64_t(1));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("hello, world", 12), go::String(",", 1))), int64_t(5));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("hello, world", 12), go::String(",", 1))), int64_t(5));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("hello, world", 12), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("hello, world", 12), go::String(",", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("hello, world", 12), go::String(",", 1))), (std::vector<std::string>{S(go::String("hello", 5)), S(go::String(" world", 6))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("hello, world", 12), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("hello", 5)), S(go::String(" world", 6))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("hello, world", 12), go::String(",", 1))), (std::vector<std::string>{S(go::String("hello,", 6)), S(go::String(" world", 6))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("hello, world", 12), go::String(",", 1), "<>", 2)), S(go::String("hello<> world", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("hello, world", 12), go::String(",", 1), "")), S(go::String("hello world", 11)));
  EXPECT_EQ(int64_t(strings::Index(go::String("hello, world", 12), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("hello, world", 12), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("hello, world", 12), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("hello, world", 12), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("hello, world", 12), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("hello, world", 12), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("hello, world", 12), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("hello, world", 12), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("hello, world", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("hello, world", 12), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("hello, world", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("hello, world", 12), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("hello, world", 12))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("hello, world", 12), go::String("xyz", 3), "<>", 2)), S(go::String("hello, world", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("hello, world", 12), go::String("xyz", 3), "")), S(go::String("hello, world", 12)));
  EXPECT_EQ(int64_t(strings::Index(go::String("hello, world", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("hello, world", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("hello, world", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("hello, world", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("hello, world", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("hello, world", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("hello, world", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("hello, world", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("hello, world", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("hello, world", 12), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("hello, world", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("hello, world", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("hello, world", 12))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("hello, world", 12), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("hello, world", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("hello, world", 12), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("hello, world", 12)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("hello, world", 12), 108)), int64_t(2));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("hello, world", 12), 246)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("hello, world", 12), 65533)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("hello, world", 12), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("hello, world", 12), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("hello, world", 12), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("hello, world", 12), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(6));
  EXPECT_EQ(L(strings::Fields(go::String("hello, world", 12))), (std::vector<std::string>{S(go::String("hello,", 6)), S(go::String("world", 5))})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("hello, world", 12), "hello")), int64_t(1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("hello, world", 12), go::String("hello, world", 12))), true);
  EXPECT_EQ(bool(strings::EqualFold(go::String("hello, world", 12), go::String("  \x09" " spaces \x0a" "", 12))), false);
  EXPECT_EQ(int64_t(strings::Index(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("", 0))), int64_t(13));
  EXPECT_EQ(int64_t(strings::Count(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("", 0))), int64_t(12));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("", 0))), (std::vector<std::string>{S(go::String("h", 1)), S(go::String("\xc3" "\xa9" "", 2)), S(go::String("l", 1)), S(go::String("l", 1)), S(go::String("o", 1)), S(go::String(" ", 1)), S(go::String("w", 1)), S(go::String("\xc3" "\xb6" "", 2)), S(go::String("r", 1)), S(go::String("l", 1)), S(go::String("d", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("", 0), 2)), (std::vector<std::string>{S(go::String("h", 1)), S(go::String("\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("", 0))), (std::vector<std::string>{S(go::String("h", 1)), S(go::String("\xc3" "\xa9" "", 2)), S(go::String("l", 1)), S(go::String("l", 1)), S(go::String("o", 1)), S(go::String(" ", 1)), S(go::String("w", 1)), S(go::String("\xc3" "\xb6" "", 2)), S(go::String("r", 1)), S(go::String("l", 1)), S(go::String("d", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("", 0), "<>", 2)), S(go::String("<>h<>\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 17)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("", 0), "")), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("l", 1))), int64_t(3));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("l", 1))), int64_t(11));
  EXPECT_EQ(int64_t(strings::Count(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("l", 1))), int64_t(3));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("l", 1))), int64_t(3));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("l", 1))), int64_t(11));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("l", 1))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "", 3)), S(go::String("", 0)), S(go::String("o w\xc3" "\xb6" "r", 6)), S(go::String("d", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "", 3)), S(go::String("lo w\xc3" "\xb6" "rld", 9))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("l", 1))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "l", 4)), S(go::String("l", 1)), S(go::String("o w\xc3" "\xb6" "rl", 7)), S(go::String("d", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("l", 1), "<>", 2)), S(go::String("h\xc3" "\xa9" "<><>o w\xc3" "\xb6" "rld", 15)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("l", 1), "")), S(go::String("h\xc3" "\xa9" "o w\xc3" "\xb6" "rd", 10)));
  EXPECT_EQ(int64_t(strings::Index(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("lo", 2))), int64_t(4));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("lo", 2))), int64_t(4));
  EXPECT_EQ(int64_t(strings::Count(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("lo", 2))), int64_t(1));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("lo", 2))), int64_t(3));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("lo", 2))), int64_t(11));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("lo", 2))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "l", 4)), S(go::String(" w\xc3" "\xb6" "rld", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "l", 4)), S(go::String(" w\xc3" "\xb6" "rld", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("lo", 2))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo", 6)), S(go::String(" w\xc3" "\xb6" "rld", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("lo", 2), "<>", 2)), S(go::String("h\xc3" "\xa9" "l<> w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("lo", 2), "")), S(go::String("h\xc3" "\xa9" "l w\xc3" "\xb6" "rld", 11)));
  EXPECT_EQ(int64_t(strings::Index(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(8));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(8));
  EXPECT_EQ(int64_t(strings::Count(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(1));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(8));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(8));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w", 8)), S(go::String("rld", 3))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w", 8)), S(go::String("rld", 3))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "", 10)), S(go::String("rld", 3))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("h\xc3" "\xa9" "llo w<>rld", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("h\xc3" "\xa9" "llo wrld", 11)));
  EXPECT_EQ(int64_t(strings::Index(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xff" "", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xff" "", 1), "<>", 2)), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xff" "", 1), "")), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String(",", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String(",", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String(",", 1))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String(",", 1))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String(",", 1), "<>", 2)), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String(",", 1), "")), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("xyz", 3), "<>", 2)), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("xyz", 3), "")), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), 108)), int64_t(3));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), 246)), int64_t(8));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), 65533)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(6));
  EXPECT_EQ(L(strings::Fields(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))), (std::vector<std::string>{S(go::String("h\xc3" "\xa9" "llo", 6)), S(go::String("w\xc3" "\xb6" "rld", 6))})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), "hello")), int64_t(1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))), true);
  EXPECT_EQ(bool(strings::EqualFold(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))), false);
  EXPECT_EQ(bool(strings::EqualFold(go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13), go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))), false);
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x85" "ungla", 7), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x85" "ungla", 7), go::String("", 0))), int64_t(7));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x85" "ungla", 7), go::String("", 0))), int64_t(7));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x85" "ungla", 7), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x85" "ungla", 7), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x85" "ungla", 7), go::String("", 0))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "", 2)), S(go::String("u", 1)), S(go::String("n", 1)), S(go::String("g", 1)), S(go::String("l", 1)), S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x85" "ungla", 7), go::String("", 0), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x85" "", 2)), S(go::String("ungla", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x85" "ungla", 7), go::String("", 0))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "", 2)), S(go::String("u", 1)), S(go::String("n", 1)), S(go::String("g", 1)), S(go::String("l", 1)), S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x85" "ungla", 7), go::String("", 0), "<>", 2)), S(go::String("<>\xc7" "\x85" "<>ungla", 11)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x85" "ungla", 7), go::String("", 0), "")), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x85" "ungla", 7), go::String("l", 1))), int64_t(5));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x85" "ungla", 7), go::String("l", 1))), int64_t(5));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x85" "ungla", 7), go::String("l", 1))), int64_t(1));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("l", 1))), int64_t(5));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("l", 1))), int64_t(5));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x85" "ungla", 7), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x85" "ungla", 7), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x85" "ungla", 7), go::String("l", 1))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ung", 5)), S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x85" "ungla", 7), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ung", 5)), S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x85" "ungla", 7), go::String("l", 1))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungl", 6)), S(go::String("a", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x85" "ungla", 7), go::String("l", 1), "<>", 2)), S(go::String("\xc7" "\x85" "ung<>a", 8)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x85" "ungla", 7), go::String("l", 1), "")), S(go::String("\xc7" "\x85" "unga", 6)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x85" "ungla", 7), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x85" "ungla", 7), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x85" "ungla", 7), go::String("lo", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("lo", 2))), int64_t(5));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("lo", 2))), int64_t(5));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x85" "ungla", 7), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x85" "ungla", 7), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x85" "ungla", 7), go::String("lo", 2))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x85" "ungla", 7), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x85" "ungla", 7), go::String("lo", 2))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x85" "ungla", 7), go::String("lo", 2), "<>", 2)), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x85" "ungla", 7), go::String("lo", 2), "")), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x85" "ungla", 7), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x85" "ungla", 7), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x85" "ungla", 7), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x85" "ungla", 7), go::String("\xff" "", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x85" "ungla", 7), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x85" "ungla", 7), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x85" "ungla", 7), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x85" "ungla", 7), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x85" "ungla", 7), go::String("\xff" "", 1), "<>", 2)), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x85" "ungla", 7), go::String("\xff" "", 1), "")), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x85" "ungla", 7), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x85" "ungla", 7), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x85" "ungla", 7), go::String(",", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x85" "ungla", 7), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x85" "ungla", 7), go::String(",", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x85" "ungla", 7), go::String(",", 1))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x85" "ungla", 7), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x85" "ungla", 7), go::String(",", 1))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x85" "ungla", 7), go::String(",", 1), "<>", 2)), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x85" "ungla", 7), go::String(",", 1), "")), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x85" "ungla", 7), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x85" "ungla", 7), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x85" "ungla", 7), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x85" "ungla", 7), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x85" "ungla", 7), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x85" "ungla", 7), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x85" "ungla", 7), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x85" "ungla", 7), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x85" "ungla", 7), go::String("xyz", 3), "<>", 2)), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x85" "ungla", 7), go::String("xyz", 3), "")), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x85" "ungla", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x85" "ungla", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x85" "ungla", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x85" "ungla", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x85" "ungla", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x85" "ungla", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x85" "ungla", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x85" "ungla", 7), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x85" "ungla", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x85" "ungla", 7), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x85" "ungla", 7), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("\xc7" "\x85" "ungla", 7)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc7" "\x85" "ungla", 7), 108)), int64_t(5));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc7" "\x85" "ungla", 7), 246)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc7" "\x85" "ungla", 7), 65533)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc7" "\x85" "ungla", 7), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc7" "\x85" "ungla", 7), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("\xc7" "\x85" "ungla", 7), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("\xc7" "\x85" "ungla", 7), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(-1));
  EXPECT_EQ(L(strings::Fields(go::String("\xc7" "\x85" "ungla", 7))), (std::vector<std::string>{S(go::String("\xc7" "\x85" "ungla", 7))})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("\xc7" "\x85" "ungla", 7), "hello")), int64_t(1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xc7" "\x85" "ungla", 7), go::String("\xc7" "\x85" "ungla", 7))), true);
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xc7" "\x85" "ungla", 7), go::String("stra\xc3" "\x9f" "e", 7))), false);
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xc7" "\x85" "ungla", 7), go::String("a,b,,c,", 7))), false);
  EXPECT_EQ(int64_t(strings::Index(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("", 0))), int64_t(5));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("", 0))), int64_t(6));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("", 0))), (std::vector<std::string>{S(go::String("\xef" "\xbf" "\xbd" "", 3)), S(go::String("\xef" "\xbf" "\xbd" "", 3)), S(go::String("a", 1)), S(go::String("b", 1)), S(go::String("\xc3" "", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("", 0), 2)), (std::vector<std::string>{S(go::String("\xef" "\xbf" "\xbd" "", 3)), S(go::String("\xfe" "ab\xc3" "", 4))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("", 0))), (std::vector<std::string>{S(go::String("\xef" "\xbf" "\xbd" "", 3)), S(go::String("\xef" "\xbf" "\xbd" "", 3)), S(go::String("a", 1)), S(go::String("b", 1)), S(go::String("\xc3" "", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("", 0), "<>", 2)), S(go::String("<>\xff" "<>\xfe" "ab\xc3" "", 9)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("", 0), "")), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("l", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("l", 1))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("l", 1))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("l", 1), "<>", 2)), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("l", 1), "")), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("lo", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("lo", 2))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("lo", 2))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("lo", 2), "<>", 2)), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("lo", 2), "")), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xc3" "\xb6" "", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "", 1))), int64_t(1));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "", 1))), int64_t(4));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "", 1))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("", 0)), S(go::String("\xfe" "ab\xc3" "", 4))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("", 0)), S(go::String("\xfe" "ab\xc3" "", 4))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("\xff" "", 1)), S(go::String("\xfe" "ab\xc3" "", 4))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "", 1), "<>", 2)), S(go::String("<>\xfe" "ab\xc3" "", 6)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "", 1), "")), S(go::String("\xfe" "ab\xc3" "", 4)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String(",", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String(",", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String(",", 1))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String(",", 1))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String(",", 1), "<>", 2)), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String(",", 1), "")), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("xyz", 3), "<>", 2)), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("xyz", 3), "")), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(4));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("\xff" "\xfe" "ab\xc3" "", 5)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xff" "\xfe" "ab\xc3" "", 5), 108)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xff" "\xfe" "ab\xc3" "", 5), 246)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xff" "\xfe" "ab\xc3" "", 5), 65533)), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xff" "\xfe" "ab\xc3" "", 5), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xff" "\xfe" "ab\xc3" "", 5), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("\xff" "\xfe" "ab\xc3" "", 5), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("\xff" "\xfe" "ab\xc3" "", 5), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(-1));
  EXPECT_EQ(L(strings::Fields(go::String("\xff" "\xfe" "ab\xc3" "", 5))), (std::vector<std::string>{S(go::String("\xff" "\xfe" "ab\xc3" "", 5))})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("\xff" "\xfe" "ab\xc3" "", 5), "hello")), int64_t(1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xff" "\xfe" "ab\xc3" "", 5), go::String("\xff" "\xfe" "ab\xc3" "", 5))), true);
  EXPECT_EQ(int64_t(strings::Index(go::String("  \x09" " spaces \x0a" "", 12), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("  \x09" " spaces \x0a" "", 12), go::String("", 0))), int64_t(12));
  EXPECT_EQ(int64_t(strings::Count(go::String("  \x09" " spaces \x0a" "", 12), go::String("", 0))), int64_t(13));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("  \x09" " spaces \x0a" "", 12), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("  \x09" " spaces \x0a" "", 12), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("  \x09" " spaces \x0a" "", 12), go::String("", 0))), (std::vector<std::string>{S(go::String(" ", 1)), S(go::String(" ", 1)), S(go::String("\x09" "", 1)), S(go::String(" ", 1)), S(go::String("s", 1)), S(go::String("p", 1)), S(go::String("a", 1)), S(go::String("c", 1)), S(go::String("e", 1)), S(go::String("s", 1)), S(go::String(" ", 1)), S(go::String("\x0a" "", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("  \x09" " spaces \x0a" "", 12), go::String("", 0), 2)), (std::vector<std::string>{S(go::String(" ", 1)), S(go::String(" \x09" " spaces \x0a" "", 11))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("  \x09" " spaces \x0a" "", 12), go::String("", 0))), (std::vector<std::string>{S(go::String(" ", 1)), S(go::String(" ", 1)), S(go::String("\x09" "", 1)), S(go::String(" ", 1)), S(go::String("s", 1)), S(go::String("p", 1)), S(go::String("a", 1)), S(go::String("c", 1)), S(go::String("e", 1)), S(go::String("s", 1)), S(go::String(" ", 1)), S(go::String("\x0a" "", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("  \x09" " spaces \x0a" "", 12), go::String("", 0), "<>", 2)), S(go::String("<> <> \x09" " spaces \x0a" "", 16)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("  \x09" " spaces \x0a" "", 12), go::String("", 0), "")), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(int64_t(strings::Index(go::String("  \x09" " spaces \x0a" "", 12), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("  \x09" " spaces \x0a" "", 12), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("  \x09" " spaces \x0a" "", 12), go::String("l", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("  \x09" " spaces \x0a" "", 12), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("  \x09" " spaces \x0a" "", 12), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("  \x09" " spaces \x0a" "", 12), go::String("l", 1))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("  \x09" " spaces \x0a" "", 12), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("  \x09" " spaces \x0a" "", 12), go::String("l", 1))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("  \x09" " spaces \x0a" "", 12), go::String("l", 1), "<>", 2)), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("  \x09" " spaces \x0a" "", 12), go::String("l", 1), "")), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(int64_t(strings::Index(go::String("  \x09" " spaces \x0a" "", 12), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("  \x09" " spaces \x0a" "", 12), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("  \x09" " spaces \x0a" "", 12), go::String("lo", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("  \x09" " spaces \x0a" "", 12), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("  \x09" " spaces \x0a" "", 12), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("  \x09" " spaces \x0a" "", 12), go::String("lo", 2))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("  \x09" " spaces \x0a" "", 12), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("  \x09" " spaces \x0a" "", 12), go::String("lo", 2))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("  \x09" " spaces \x0a" "", 12), go::String("lo", 2), "<>", 2)), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("  \x09" " spaces \x0a" "", 12), go::String("lo", 2), "")), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(int64_t(strings::Index(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xc3" "\xb6" "", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(int64_t(strings::Index(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xff" "", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xff" "", 1), "<>", 2)), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xff" "", 1), "")), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(int64_t(strings::Index(go::String("  \x09" " spaces \x0a" "", 12), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("  \x09" " spaces \x0a" "", 12), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("  \x09" " spaces \x0a" "", 12), go::String(",", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("  \x09" " spaces \x0a" "", 12), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("  \x09" " spaces \x0a" "", 12), go::String(",", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("  \x09" " spaces \x0a" "", 12), go::String(",", 1))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("  \x09" " spaces \x0a" "", 12), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("  \x09" " spaces \x0a" "", 12), go::String(",", 1))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("  \x09" " spaces \x0a" "", 12), go::String(",", 1), "<>", 2)), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("  \x09" " spaces \x0a" "", 12), go::String(",", 1), "")), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(int64_t(strings::Index(go::String("  \x09" " spaces \x0a" "", 12), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("  \x09" " spaces \x0a" "", 12), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("  \x09" " spaces \x0a" "", 12), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("  \x09" " spaces \x0a" "", 12), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("  \x09" " spaces \x0a" "", 12), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("  \x09" " spaces \x0a" "", 12), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("  \x09" " spaces \x0a" "", 12), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("  \x09" " spaces \x0a" "", 12), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("  \x09" " spaces \x0a" "", 12), go::String("xyz", 3), "<>", 2)), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("  \x09" " spaces \x0a" "", 12), go::String("xyz", 3), "")), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(int64_t(strings::Index(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("  \x09" " spaces \x0a" "", 12))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("  \x09" " spaces \x0a" "", 12), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("  \x09" " spaces \x0a" "", 12)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("  \x09" " spaces \x0a" "", 12), 108)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("  \x09" " spaces \x0a" "", 12), 246)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("  \x09" " spaces \x0a" "", 12), 65533)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("  \x09" " spaces \x0a" "", 12), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("  \x09" " spaces \x0a" "", 12), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("  \x09" " spaces \x0a" "", 12), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("  \x09" " spaces \x0a" "", 12), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(11));
  EXPECT_EQ(L(strings::Fields(go::String("  \x09" " spaces \x0a" "", 12))), (std::vector<std::string>{S(go::String("spaces", 6))})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("  \x09" " spaces \x0a" "", 12), "hello")), int64_t(-1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("  \x09" " spaces \x0a" "", 12), go::String("hello, world", 12))), false);
  EXPECT_EQ(bool(strings::EqualFold(go::String("  \x09" " spaces \x0a" "", 12), go::String("  \x09" " spaces \x0a" "", 12))), true);
  EXPECT_EQ(int64_t(strings::Index(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("", 0))), int64_t(13));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("", 0))), int64_t(8));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("", 0))), (std::vector<std::string>{S(go::String("\xce" "\x91" "", 2)), S(go::String("\xce" "\x92" "", 2)), S(go::String("\xce" "\x93" "", 2)), S(go::String(" ", 1)), S(go::String("\xce" "\xb1" "", 2)), S(go::String("\xce" "\xb2" "", 2)), S(go::String("\xce" "\xb3" "", 2))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("", 0), 2)), (std::vector<std::string>{S(go::String("\xce" "\x91" "", 2)), S(go::String("\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 11))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("", 0))), (std::vector<std::string>{S(go::String("\xce" "\x91" "", 2)), S(go::String("\xce" "\x92" "", 2)), S(go::String("\xce" "\x93" "", 2)), S(go::String(" ", 1)), S(go::String("\xce" "\xb1" "", 2)), S(go::String("\xce" "\xb2" "", 2)), S(go::String("\xce" "\xb3" "", 2))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("", 0), "<>", 2)), S(go::String("<>\xce" "\x91" "<>\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 17)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("", 0), "")), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("l", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("l", 1))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("l", 1))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("l", 1), "<>", 2)), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("l", 1), "")), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("lo", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("lo", 2))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("lo", 2))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("lo", 2), "<>", 2)), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("lo", 2), "")), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xff" "", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xff" "", 1), "<>", 2)), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xff" "", 1), "")), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String(",", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String(",", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String(",", 1))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String(",", 1))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String(",", 1), "<>", 2)), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String(",", 1), "")), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("xyz", 3), "<>", 2)), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("xyz", 3), "")), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), 108)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), 246)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), 65533)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(6));
  EXPECT_EQ(L(strings::Fields(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))), (std::vector<std::string>{S(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" "", 6)), S(go::String("\xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 6))})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), "hello")), int64_t(1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))), false);
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))), true);
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13), go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))), false);
  EXPECT_EQ(int64_t(strings::Index(go::String("stra\xc3" "\x9f" "e", 7), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("stra\xc3" "\x9f" "e", 7), go::String("", 0))), int64_t(7));
  EXPECT_EQ(int64_t(strings::Count(go::String("stra\xc3" "\x9f" "e", 7), go::String("", 0))), int64_t(7));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("stra\xc3" "\x9f" "e", 7), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("stra\xc3" "\x9f" "e", 7), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("stra\xc3" "\x9f" "e", 7), go::String("", 0))), (std::vector<std::string>{S(go::String("s", 1)), S(go::String("t", 1)), S(go::String("r", 1)), S(go::String("a", 1)), S(go::String("\xc3" "\x9f" "", 2)), S(go::String("e", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("stra\xc3" "\x9f" "e", 7), go::String("", 0), 2)), (std::vector<std::string>{S(go::String("s", 1)), S(go::String("tra\xc3" "\x9f" "e", 6))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("stra\xc3" "\x9f" "e", 7), go::String("", 0))), (std::vector<std::string>{S(go::String("s", 1)), S(go::String("t", 1)), S(go::String("r", 1)), S(go::String("a", 1)), S(go::String("\xc3" "\x9f" "", 2)), S(go::String("e", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("stra\xc3" "\x9f" "e", 7), go::String("", 0), "<>", 2)), S(go::String("<>s<>tra\xc3" "\x9f" "e", 11)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("stra\xc3" "\x9f" "e", 7), go::String("", 0), "")), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("stra\xc3" "\x9f" "e", 7), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("stra\xc3" "\x9f" "e", 7), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("stra\xc3" "\x9f" "e", 7), go::String("l", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("stra\xc3" "\x9f" "e", 7), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("stra\xc3" "\x9f" "e", 7), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("stra\xc3" "\x9f" "e", 7), go::String("l", 1))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("stra\xc3" "\x9f" "e", 7), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("stra\xc3" "\x9f" "e", 7), go::String("l", 1))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("stra\xc3" "\x9f" "e", 7), go::String("l", 1), "<>", 2)), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("stra\xc3" "\x9f" "e", 7), go::String("l", 1), "")), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("stra\xc3" "\x9f" "e", 7), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("stra\xc3" "\x9f" "e", 7), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("stra\xc3" "\x9f" "e", 7), go::String("lo", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("stra\xc3" "\x9f" "e", 7), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("stra\xc3" "\x9f" "e", 7), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("stra\xc3" "\x9f" "e", 7), go::String("lo", 2))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("stra\xc3" "\x9f" "e", 7), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("stra\xc3" "\x9f" "e", 7), go::String("lo", 2))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("stra\xc3" "\x9f" "e", 7), go::String("lo", 2), "<>", 2)), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("stra\xc3" "\x9f" "e", 7), go::String("lo", 2), "")), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xff" "", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xff" "", 1), "<>", 2)), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xff" "", 1), "")), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("stra\xc3" "\x9f" "e", 7), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("stra\xc3" "\x9f" "e", 7), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("stra\xc3" "\x9f" "e", 7), go::String(",", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("stra\xc3" "\x9f" "e", 7), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("stra\xc3" "\x9f" "e", 7), go::String(",", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("stra\xc3" "\x9f" "e", 7), go::String(",", 1))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("stra\xc3" "\x9f" "e", 7), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("stra\xc3" "\x9f" "e", 7), go::String(",", 1))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("stra\xc3" "\x9f" "e", 7), go::String(",", 1), "<>", 2)), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("stra\xc3" "\x9f" "e", 7), go::String(",", 1), "")), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("stra\xc3" "\x9f" "e", 7), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("stra\xc3" "\x9f" "e", 7), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("stra\xc3" "\x9f" "e", 7), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("stra\xc3" "\x9f" "e", 7), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("stra\xc3" "\x9f" "e", 7), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("stra\xc3" "\x9f" "e", 7), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("stra\xc3" "\x9f" "e", 7), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("stra\xc3" "\x9f" "e", 7), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("stra\xc3" "\x9f" "e", 7), go::String("xyz", 3), "<>", 2)), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("stra\xc3" "\x9f" "e", 7), go::String("xyz", 3), "")), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("stra\xc3" "\x9f" "e", 7)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("stra\xc3" "\x9f" "e", 7), 108)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("stra\xc3" "\x9f" "e", 7), 246)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("stra\xc3" "\x9f" "e", 7), 65533)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("stra\xc3" "\x9f" "e", 7), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("stra\xc3" "\x9f" "e", 7), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("stra\xc3" "\x9f" "e", 7), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("stra\xc3" "\x9f" "e", 7), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(-1));
  EXPECT_EQ(L(strings::Fields(go::String("stra\xc3" "\x9f" "e", 7))), (std::vector<std::string>{S(go::String("stra\xc3" "\x9f" "e", 7))})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("stra\xc3" "\x9f" "e", 7), "hello")), int64_t(1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("stra\xc3" "\x9f" "e", 7), go::String("\xc7" "\x85" "ungla", 7))), false);
  EXPECT_EQ(bool(strings::EqualFold(go::String("stra\xc3" "\x9f" "e", 7), go::String("stra\xc3" "\x9f" "e", 7))), true);
  EXPECT_EQ(bool(strings::EqualFold(go::String("stra\xc3" "\x9f" "e", 7), go::String("a,b,,c,", 7))), false);
  EXPECT_EQ(int64_t(strings::Index(go::String("a,b,,c,", 7), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a,b,,c,", 7), go::String("", 0))), int64_t(7));
  EXPECT_EQ(int64_t(strings::Count(go::String("a,b,,c,", 7), go::String("", 0))), int64_t(8));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a,b,,c,", 7), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a,b,,c,", 7), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a,b,,c,", 7), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a,b,,c,", 7), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("a,b,,c,", 7), go::String("", 0))), (std::vector<std::string>{S(go::String("a", 1)), S(go::String(",", 1)), S(go::String("b", 1)), S(go::String(",", 1)), S(go::String(",", 1)), S(go::String("c", 1)), S(go::String(",", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a,b,,c,", 7), go::String("", 0), 2)), (std::vector<std::string>{S(go::String("a", 1)), S(go::String(",b,,c,", 6))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a,b,,c,", 7), go::String("", 0))), (std::vector<std::string>{S(go::String("a", 1)), S(go::String(",", 1)), S(go::String("b", 1)), S(go::String(",", 1)), S(go::String(",", 1)), S(go::String("c", 1)), S(go::String(",", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a,b,,c,", 7), go::String("", 0), "<>", 2)), S(go::String("<>a<>,b,,c,", 11)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a,b,,c,", 7), go::String("", 0), "")), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a,b,,c,", 7), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a,b,,c,", 7), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a,b,,c,", 7), go::String("l", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a,b,,c,", 7), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a,b,,c,", 7), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a,b,,c,", 7), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a,b,,c,", 7), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("a,b,,c,", 7), go::String("l", 1))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a,b,,c,", 7), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a,b,,c,", 7), go::String("l", 1))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a,b,,c,", 7), go::String("l", 1), "<>", 2)), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a,b,,c,", 7), go::String("l", 1), "")), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a,b,,c,", 7), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a,b,,c,", 7), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a,b,,c,", 7), go::String("lo", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a,b,,c,", 7), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a,b,,c,", 7), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a,b,,c,", 7), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a,b,,c,", 7), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("a,b,,c,", 7), go::String("lo", 2))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a,b,,c,", 7), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a,b,,c,", 7), go::String("lo", 2))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a,b,,c,", 7), go::String("lo", 2), "<>", 2)), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a,b,,c,", 7), go::String("lo", 2), "")), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a,b,,c,", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a,b,,c,", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a,b,,c,", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a,b,,c,", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a,b,,c,", 7), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a,b,,c,", 7), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a,b,,c,", 7), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("a,b,,c,", 7), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a,b,,c,", 7), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a,b,,c,", 7), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a,b,,c,", 7), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a,b,,c,", 7), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a,b,,c,", 7), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a,b,,c,", 7), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a,b,,c,", 7), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a,b,,c,", 7), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a,b,,c,", 7), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a,b,,c,", 7), go::String("\xff" "", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a,b,,c,", 7), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("a,b,,c,", 7), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a,b,,c,", 7), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a,b,,c,", 7), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a,b,,c,", 7), go::String("\xff" "", 1), "<>", 2)), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a,b,,c,", 7), go::String("\xff" "", 1), "")), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a,b,,c,", 7), go::String(",", 1))), int64_t(1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a,b,,c,", 7), go::String(",", 1))), int64_t(6));
  EXPECT_EQ(int64_t(strings::Count(go::String("a,b,,c,", 7), go::String(",", 1))), int64_t(4));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a,b,,c,", 7), go::String(",", 1))), int64_t(1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a,b,,c,", 7), go::String(",", 1))), int64_t(6));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a,b,,c,", 7), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a,b,,c,", 7), go::String(",", 1))), true);
  EXPECT_EQ(L(strings::Split(go::String("a,b,,c,", 7), go::String(",", 1))), (std::vector<std::string>{S(go::String("a", 1)), S(go::String("b", 1)), S(go::String("", 0)), S(go::String("c", 1)), S(go::String("", 0))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a,b,,c,", 7), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("a", 1)), S(go::String("b,,c,", 5))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a,b,,c,", 7), go::String(",", 1))), (std::vector<std::string>{S(go::String("a,", 2)), S(go::String("b,", 2)), S(go::String(",", 1)), S(go::String("c,", 2)), S(go::String("", 0))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a,b,,c,", 7), go::String(",", 1), "<>", 2)), S(go::String("a<>b<>,c,", 9)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a,b,,c,", 7), go::String(",", 1), "")), S(go::String("abc", 3)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a,b,,c,", 7), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a,b,,c,", 7), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a,b,,c,", 7), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a,b,,c,", 7), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a,b,,c,", 7), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a,b,,c,", 7), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a,b,,c,", 7), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("a,b,,c,", 7), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a,b,,c,", 7), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a,b,,c,", 7), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a,b,,c,", 7), go::String("xyz", 3), "<>", 2)), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a,b,,c,", 7), go::String("xyz", 3), "")), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(int64_t(strings::Index(go::String("a,b,,c,", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("a,b,,c,", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("a,b,,c,", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("a,b,,c,", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("a,b,,c,", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("a,b,,c,", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("a,b,,c,", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("a,b,,c,", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("a,b,,c,", 7), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("a,b,,c,", 7), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("a,b,,c,", 7), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("a,b,,c,", 7), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("a,b,,c,", 7)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("a,b,,c,", 7), 108)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("a,b,,c,", 7), 246)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("a,b,,c,", 7), 65533)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("a,b,,c,", 7), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("a,b,,c,", 7), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("a,b,,c,", 7), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("a,b,,c,", 7), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(-1));
  EXPECT_EQ(L(strings::Fields(go::String("a,b,,c,", 7))), (std::vector<std::string>{S(go::String("a,b,,c,", 7))})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("a,b,,c,", 7), "hello")), int64_t(-1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("a,b,,c,", 7), go::String("\xc7" "\x85" "ungla", 7))), false);
  EXPECT_EQ(bool(strings::EqualFold(go::String("a,b,,c,", 7), go::String("stra\xc3" "\x9f" "e", 7))), false);
  EXPECT_EQ(bool(strings::EqualFold(go::String("a,b,,c,", 7), go::String("a,b,,c,", 7))), true);
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("", 0))), int64_t(13));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("", 0))), int64_t(12));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("", 0))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "", 2)), S(go::String("s", 1)), S(go::String("t", 1)), S(go::String("a", 1)), S(go::String("n", 1)), S(go::String("b", 1)), S(go::String("u", 1)), S(go::String("l", 1)), S(go::String(" ", 1)), S(go::String("\xc4" "\xb1" "", 2)), S(go::String("i", 1))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("", 0), 2)), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "", 2)), S(go::String("stanbul \xc4" "\xb1" "i", 11))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("", 0))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "", 2)), S(go::String("s", 1)), S(go::String("t", 1)), S(go::String("a", 1)), S(go::String("n", 1)), S(go::String("b", 1)), S(go::String("u", 1)), S(go::String("l", 1)), S(go::String(" ", 1)), S(go::String("\xc4" "\xb1" "", 2)), S(go::String("i", 1))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("", 0), "<>", 2)), S(go::String("<>\xc4" "\xb0" "<>stanbul \xc4" "\xb1" "i", 17)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("", 0), "")), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("l", 1))), int64_t(8));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("l", 1))), int64_t(8));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("l", 1))), int64_t(1));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("l", 1))), int64_t(8));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("l", 1))), int64_t(8));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("l", 1))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbu", 8)), S(go::String(" \xc4" "\xb1" "i", 4))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbu", 8)), S(go::String(" \xc4" "\xb1" "i", 4))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("l", 1))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul", 9)), S(go::String(" \xc4" "\xb1" "i", 4))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("l", 1), "<>", 2)), S(go::String("\xc4" "\xb0" "stanbu<> \xc4" "\xb1" "i", 14)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("l", 1), "")), S(go::String("\xc4" "\xb0" "stanbu \xc4" "\xb1" "i", 12)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("lo", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("lo", 2))), int64_t(8));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("lo", 2))), int64_t(8));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("lo", 2))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("lo", 2))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("lo", 2), "<>", 2)), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("lo", 2), "")), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xff" "", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xff" "", 1), "<>", 2)), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xff" "", 1), "")), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String(",", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String(",", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String(",", 1))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String(",", 1))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String(",", 1), "<>", 2)), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String(",", 1), "")), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("xyz", 3), "<>", 2)), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("xyz", 3), "")), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), 108)), int64_t(8));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), 246)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), 65533)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(9));
  EXPECT_EQ(L(strings::Fields(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))), (std::vector<std::string>{S(go::String("\xc4" "\xb0" "stanbul", 9)), S(go::String("\xc4" "\xb1" "i", 3))})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), "hello")), int64_t(1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("h\xc3" "\xa9" "llo w\xc3" "\xb6" "rld", 13))), false);
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xce" "\x91" "\xce" "\x92" "\xce" "\x93" " \xce" "\xb1" "\xce" "\xb2" "\xce" "\xb3" "", 13))), false);
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13), go::String("\xc4" "\xb0" "stanbul \xc4" "\xb1" "i", 13))), true);
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("", 0))), int64_t(8));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("", 0))), int64_t(6));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("", 0))), (std::vector<std::string>{S(go::String("\xc7" "\x88" "", 2)), S(go::String(" ", 1)), S(go::String("\xc7" "\x89" "", 2)), S(go::String(" ", 1)), S(go::String("\xc7" "\x8b" "", 2))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("", 0), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x88" "", 2)), S(go::String(" \xc7" "\x89" " \xc7" "\x8b" "", 6))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("", 0))), (std::vector<std::string>{S(go::String("\xc7" "\x88" "", 2)), S(go::String(" ", 1)), S(go::String("\xc7" "\x89" "", 2)), S(go::String(" ", 1)), S(go::String("\xc7" "\x8b" "", 2))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("", 0), "<>", 2)), S(go::String("<>\xc7" "\x88" "<> \xc7" "\x89" " \xc7" "\x8b" "", 12)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("", 0), "")), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("l", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("l", 1))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("l", 1))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("l", 1), "<>", 2)), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("l", 1), "")), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("lo", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("lo", 2))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("lo", 2))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("lo", 2), "<>", 2)), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("lo", 2), "")), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc3" "\xb6" "", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xff" "", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xff" "", 1), "<>", 2)), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xff" "", 1), "")), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String(",", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String(",", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String(",", 1))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String(",", 1))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String(",", 1), "<>", 2)), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String(",", 1), "")), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("xyz", 3), "<>", 2)), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("xyz", 3), "")), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), 108)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), 246)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), 65533)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(5));
  EXPECT_EQ(L(strings::Fields(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))), (std::vector<std::string>{S(go::String("\xc7" "\x88" "", 2)), S(go::String("\xc7" "\x89" "", 2)), S(go::String("\xc7" "\x8b" "", 2))})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), "hello")), int64_t(1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8), go::String("\xc7" "\x88" " \xc7" "\x89" " \xc7" "\x8b" "", 8))), true);
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("", 0))), int64_t(0));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("", 0))), int64_t(10));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("", 0))), int64_t(6));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("", 0))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("", 0))), true);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("", 0))), true);
  EXPECT_EQ(L(strings::Split(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("", 0))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "", 2)), S(go::String("x", 1)), S(go::String("\xe2" "\x80" "\x80" "", 3)), S(go::String("y", 1)), S(go::String("\xe3" "\x80" "\x80" "", 3))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("", 0), 2)), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "", 2)), S(go::String("x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 8))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("", 0))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "", 2)), S(go::String("x", 1)), S(go::String("\xe2" "\x80" "\x80" "", 3)), S(go::String("y", 1)), S(go::String("\xe3" "\x80" "\x80" "", 3))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("", 0), "<>", 2)), S(go::String("<>\xc2" "\xa0" "<>x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 14)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("", 0), "")), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("l", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("l", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("l", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("l", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("l", 1))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("l", 1), 2)), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("l", 1))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("l", 1), "<>", 2)), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("l", 1), "")), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("lo", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("lo", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("lo", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("lo", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("lo", 2))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("lo", 2), 2)), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("lo", 2))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("lo", 2), "<>", 2)), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("lo", 2), "")), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc3" "\xb6" "", 2))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc3" "\xb6" "", 2))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc3" "\xb6" "", 2))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc3" "\xb6" "", 2), 2)), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc3" "\xb6" "", 2))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc3" "\xb6" "", 2), "<>", 2)), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc3" "\xb6" "", 2), "")), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xff" "", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xff" "", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xff" "", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xff" "", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xff" "", 1), 2)), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xff" "", 1))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xff" "", 1), "<>", 2)), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xff" "", 1), "")), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String(",", 1))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String(",", 1))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String(",", 1))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String(",", 1))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String(",", 1))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String(",", 1), 2)), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String(",", 1))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String(",", 1), "<>", 2)), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String(",", 1), "")), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("xyz", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("xyz", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("xyz", 3))), int64_t(2));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("xyz", 3))), int64_t(6));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("xyz", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("xyz", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("xyz", 3), 2)), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("xyz", 3))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("xyz", 3), "<>", 2)), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("xyz", 3), "")), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(int64_t(strings::Index(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndex(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::Count(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(0));
  EXPECT_EQ(int64_t(strings::IndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexAny(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xef" "\xbf" "\xbd" "", 3))), int64_t(-1));
  EXPECT_EQ(bool(strings::HasPrefix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(bool(strings::HasSuffix(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xef" "\xbf" "\xbd" "", 3))), false);
  EXPECT_EQ(L(strings::Split(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitN(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xef" "\xbf" "\xbd" "", 3), 2)), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(L(strings::SplitAfter(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xef" "\xbf" "\xbd" "", 3))), (std::vector<std::string>{S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))})); // nil=false
  EXPECT_EQ(S(strings::Replace(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xef" "\xbf" "\xbd" "", 3), "<>", 2)), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(S(strings::ReplaceAll(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xef" "\xbf" "\xbd" "", 3), "")), S(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10)));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), 108)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), 246)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), 65533)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), -1)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexRune(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), 1114112)), int64_t(-1));
  EXPECT_EQ(int64_t(strings::IndexFunc(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), [](int32_t r) { return unicode::IsUpper(r); })), int64_t(-1));
  EXPECT_EQ(int64_t(strings::LastIndexFunc(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), [](int32_t r) { return unicode::IsSpace(r); })), int64_t(7));
  EXPECT_EQ(L(strings::Fields(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))), (std::vector<std::string>{S(go::String("x", 1)), S(go::String("y", 1))})); // nil=false
  EXPECT_EQ(int64_t(strings::Compare(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), "hello")), int64_t(1));
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10), go::String("\xc2" "\xa0" "x\xe2" "\x80" "\x80" "y\xe3" "\x80" "\x80" "", 10))), true);
  EXPECT_EQ(bool(strings::EqualFold(go::String("Stra\xc3" "\x9f" "e", 7), go::String("STRASSE", 7))), false);
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xc7" "\x85" "", 2), go::String("\xc7" "\x86" "", 2))), true);
  EXPECT_EQ(bool(strings::EqualFold(go::String("K", 1), go::String("\xe2" "\x84" "\xaa" "", 3))), true);
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xc5" "\xbf" "", 2), go::String("S", 1))), true);
  EXPECT_EQ(bool(strings::EqualFold(go::String("\xce" "\xa3" "", 2), go::String("\xcf" "\x82" "", 2))), true);
  EXPECT_EQ(bool(strings::EqualFold(go::String("abc", 3), go::String("ABD", 3))), false);
}

TEST(Strings, Replacer) {
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("a", 1), go::String("1", 1), go::String("b", 1), go::String("2", 1)}), go::String("", 0))), S(go::String("", 0)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("a", 1), go::String("1", 1), go::String("b", 1), go::String("2", 1)}), go::String("aaaa", 4))), S(go::String("1111", 4)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("a", 1), go::String("1", 1), go::String("b", 1), go::String("2", 1)}), go::String("banana", 6))), S(go::String("21n1n1", 6)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("a", 1), go::String("1", 1), go::String("b", 1), go::String("2", 1)}), go::String("hello world", 11))), S(go::String("hello world", 11)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("a", 1), go::String("1", 1), go::String("b", 1), go::String("2", 1)}), go::String("h\xc3" "\xa9" "llo", 6))), S(go::String("h\xc3" "\xa9" "llo", 6)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("", 0), go::String("X", 1)}), go::String("", 0))), S(go::String("X", 1)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("", 0), go::String("X", 1)}), go::String("aaaa", 4))), S(go::String("XaXaXaXaX", 9)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("", 0), go::String("X", 1)}), go::String("banana", 6))), S(go::String("XbXaXnXaXnXaX", 13)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("", 0), go::String("X", 1)}), go::String("hello world", 11))), S(go::String("XhXeXlXlXoX XwXoXrXlXdX", 23)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("", 0), go::String("X", 1)}), go::String("h\xc3" "\xa9" "llo", 6))), S(go::String("XhX\xc3" "X\xa9" "XlXlXoX", 13)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("aaa", 3), go::String("3", 1), go::String("aa", 2), go::String("2", 1), go::String("a", 1), go::String("1", 1)}), go::String("", 0))), S(go::String("", 0)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("aaa", 3), go::String("3", 1), go::String("aa", 2), go::String("2", 1), go::String("a", 1), go::String("1", 1)}), go::String("aaaa", 4))), S(go::String("31", 2)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("aaa", 3), go::String("3", 1), go::String("aa", 2), go::String("2", 1), go::String("a", 1), go::String("1", 1)}), go::String("banana", 6))), S(go::String("b1n1n1", 6)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("aaa", 3), go::String("3", 1), go::String("aa", 2), go::String("2", 1), go::String("a", 1), go::String("1", 1)}), go::String("hello world", 11))), S(go::String("hello world", 11)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("aaa", 3), go::String("3", 1), go::String("aa", 2), go::String("2", 1), go::String("a", 1), go::String("1", 1)}), go::String("h\xc3" "\xa9" "llo", 6))), S(go::String("h\xc3" "\xa9" "llo", 6)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("a", 1), go::String("1", 1), go::String("aa", 2), go::String("2", 1)}), go::String("", 0))), S(go::String("", 0)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("a", 1), go::String("1", 1), go::String("aa", 2), go::String("2", 1)}), go::String("aaaa", 4))), S(go::String("1111", 4)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("a", 1), go::String("1", 1), go::String("aa", 2), go::String("2", 1)}), go::String("banana", 6))), S(go::String("b1n1n1", 6)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("a", 1), go::String("1", 1), go::String("aa", 2), go::String("2", 1)}), go::String("hello world", 11))), S(go::String("hello world", 11)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("a", 1), go::String("1", 1), go::String("aa", 2), go::String("2", 1)}), go::String("h\xc3" "\xa9" "llo", 6))), S(go::String("h\xc3" "\xa9" "llo", 6)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("hello", 5), go::String("HI", 2), go::String("", 0), go::String("-", 1)}), go::String("", 0))), S(go::String("-", 1)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("hello", 5), go::String("HI", 2), go::String("", 0), go::String("-", 1)}), go::String("aaaa", 4))), S(go::String("-a-a-a-a-", 9)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("hello", 5), go::String("HI", 2), go::String("", 0), go::String("-", 1)}), go::String("banana", 6))), S(go::String("-b-a-n-a-n-a-", 13)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("hello", 5), go::String("HI", 2), go::String("", 0), go::String("-", 1)}), go::String("hello world", 11))), S(go::String("HI- -w-o-r-l-d-", 15)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("hello", 5), go::String("HI", 2), go::String("", 0), go::String("-", 1)}), go::String("h\xc3" "\xa9" "llo", 6))), S(go::String("-h-\xc3" "-\xa9" "-l-l-o-", 13)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("l", 1), go::String("L", 1), go::String("l", 1), go::String("x", 1)}), go::String("", 0))), S(go::String("", 0)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("l", 1), go::String("L", 1), go::String("l", 1), go::String("x", 1)}), go::String("aaaa", 4))), S(go::String("aaaa", 4)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("l", 1), go::String("L", 1), go::String("l", 1), go::String("x", 1)}), go::String("banana", 6))), S(go::String("banana", 6)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("l", 1), go::String("L", 1), go::String("l", 1), go::String("x", 1)}), go::String("hello world", 11))), S(go::String("heLLo worLd", 11)));
  EXPECT_EQ(S(strings::Replacer_Replace(strings::NewReplacer({go::String("l", 1), go::String("L", 1), go::String("l", 1), go::String("x", 1)}), go::String("h\xc3" "\xa9" "llo", 6))), S(go::String("h\xc3" "\xa9" "LLo", 6)));
}
