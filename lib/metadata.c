#include "metadata.h"

void metadata_finish(record *rec, page_hints *hints, arena *a)
{
    (void)rec;
    (void)hints;
    (void)a;
}
