#include "quotes.h"

void quotes_extract(record *rec, size_t max_quotes, arena *a)
{
    (void)rec;
    (void)max_quotes;
    (void)a;
}
