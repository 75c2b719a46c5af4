/* The main of every unit-test program: each check_*.c file defines
 * make_suite() for its stage. */
#include <check.h>
#include <stdlib.h>

#include "runner.h"

int main(void)
{
    SRunner *sr = srunner_create(make_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
