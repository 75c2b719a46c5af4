#include "speakers.h"

void speakers_resolve(record *rec, arena *a)
{
    (void)rec;
    (void)a;
}
