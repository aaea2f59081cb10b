// The shared doctest main: each test_*.cpp covers one core module.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
