#include "record.h"

#define NAME_OF(table, v) ((v) >= 0 && (size_t)(v) < sizeof table / sizeof *table ? table[v] : NULL)

const char *record_format_name(int format)
{
    static const char *const NAMES[] = {NULL, "html", "text"};
    return NAME_OF(NAMES, format);
}

const char *record_para_kind_name(int kind)
{
    static const char *const NAMES[] = {"body", "heading", "caption"};
    return NAME_OF(NAMES, kind);
}

const char *record_credit_role_name(int role)
{
    static const char *const NAMES[] = {"author", "reporter", "editor", "photographer", "source"};
    return NAME_OF(NAMES, role);
}

const char *record_quote_kind_name(int kind)
{
    static const char *const NAMES[] = {"direct", "indirect"};
    return NAME_OF(NAMES, kind);
}

const char *record_date_kind_name(int kind)
{
    static const char *const NAMES[] = {"day", "range", "month", "relative"};
    return NAME_OF(NAMES, kind);
}

const char *record_pub_source_name(int source)
{
    static const char *const NAMES[] = {NULL, "meta", "json-ld", "date_line", "lead", "body_event", "reference_date"};
    return NAME_OF(NAMES, source);
}

const char *record_page_type_name(int type)
{
    static const char *const NAMES[] = {"article", "listing"};
    return NAME_OF(NAMES, type);
}
