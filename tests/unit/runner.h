#ifndef BERITA_TEST_RUNNER_H
#define BERITA_TEST_RUNNER_H

#include <check.h>

Suite *make_suite(void);

#endif
