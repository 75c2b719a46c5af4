#include "json.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* jansson's constructors return NULL when out of memory; the *_new helpers
 * pass that on, and json_object_set_new/json_array_append_new fail on NULL,
 * so one check of each set call catches every failure. */
static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }
static json_t *str_nonempty(const char *s) { return s && *s ? json_string(s) : json_null(); }

static int set(json_t *obj, const char *key, json_t *value)
{
    return value ? json_object_set_new(obj, key, value) : -1;
}

static int append(json_t *arr, json_t *value) { return value ? json_array_append_new(arr, value) : -1; }

static json_t *source_json(const record *rec)
{
    json_t *o = json_object();
    if (o && (set(o, "path", str_or_null(rec->source_name)) || set(o, "url", str_or_null(rec->url)) ||
              set(o, "format", str_or_null(record_format_name(rec->format))))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *published_json(const record *rec)
{
    const rec_published *p = &rec->published;
    json_t *o = json_object();
    if (o && (set(o, "text", str_or_null(p->text)) || set(o, "date", str_nonempty(p->date)) ||
              set(o, "time", str_nonempty(p->time)) || set(o, "utc_offset", str_nonempty(p->utc_offset)))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *credit_json(const rec_credit *c)
{
    return json_pack("{s:s?, s:s?}", "role", record_credit_role_name((int)c->role), "name", c->name);
}

static json_t *paragraph_json(const rec_paragraph *p)
{
    return json_pack("{s:s?, s:s%}", "kind", record_para_kind_name((int)p->kind), "text", p->text, p->len);
}

static json_t *speaker_json(const rec_speaker *s)
{
    return json_pack("{s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:I}", "name", s->name, "honorific", s->honorific,
                     "titles", s->titles, "degrees", s->degrees, "role", s->role, "organization",
                     s->organization, "mentions", (json_int_t)s->mentions);
}

static json_t *quote_json(const rec_quote *q)
{
    json_t *speaker = q->speaker >= 0 ? json_integer(q->speaker) : json_null();
    return json_pack("{s:s?, s:s?, s:o?, s:s?, s:I, s:I, s:I, s:I}", "kind",
                     record_quote_kind_name((int)q->kind), "text", q->text, "speaker", speaker, "cue", q->cue,
                     "paragraph", (json_int_t)q->paragraph, "start", (json_int_t)q->start, "end", (json_int_t)q->end,
                     "end_paragraph", (json_int_t)q->end_paragraph);
}

static json_t *date_json(const rec_date *d)
{
    return json_pack("{s:s?, s:s, s:s, s:s?, s:I, s:I, s:I, s:b}", "text", d->text, "start", d->start, "end",
                     d->end, "kind", record_date_kind_name((int)d->kind), "paragraph", (json_int_t)d->paragraph,
                     "offset", (json_int_t)d->offset, "length", (json_int_t)d->length, "weekday_mismatch",
                     d->weekday_mismatch);
}

#define LIST_JSON(name, vec, item_fn)                                                                     \
    static json_t *name(const record *rec)                                                                \
    {                                                                                                     \
        json_t *arr = json_array();                                                                       \
        for (size_t i = 0; arr && i < rec->vec.len; i++)                                                  \
            if (append(arr, item_fn(&rec->vec.items[i]))) {                                               \
                json_decref(arr);                                                                         \
                return NULL;                                                                              \
            }                                                                                             \
        return arr;                                                                                       \
    }

static json_t *label_json(const char *const *label) { return json_string(*label); }

LIST_JSON(credits_json, credits, credit_json)
LIST_JSON(labels_json, labels, label_json)
LIST_JSON(paragraphs_json, paragraphs, paragraph_json)
LIST_JSON(speakers_json, speakers, speaker_json)
LIST_JSON(quotes_json, quotes, quote_json)
LIST_JSON(dates_json, dates, date_json)

char *record_to_json(const record *rec, bool pretty, size_t *len_out)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    char *text = NULL;
    if (!set(o, "schema", json_string("berita/1")) && !set(o, "source", source_json(rec)) &&
        !set(o, "title", str_or_null(rec->title)) && !set(o, "published", published_json(rec)) &&
        !set(o, "dateline", str_or_null(rec->dateline)) && !set(o, "credits", credits_json(rec)) &&
        !set(o, "labels", labels_json(rec)) && !set(o, "paragraphs", paragraphs_json(rec)) &&
        !set(o, "speakers", speakers_json(rec)) && !set(o, "quotes", quotes_json(rec)) &&
        !set(o, "dates", dates_json(rec)))
        text = json_dumps(o, (pretty ? JSON_INDENT(2) : JSON_COMPACT) | JSON_PRESERVE_ORDER);
    json_decref(o);
    if (text && len_out)
        *len_out = strlen(text);
    return text;
}
