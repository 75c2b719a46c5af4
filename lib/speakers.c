/* Speaker mentions read into name, role, honorific, titles and degrees;
 * mentions of one person merged; every quote pointed at the person a reader
 * would pick (pronouns and uncued quotes: the current speaker). */
#include "speakers.h"

#include <limits.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "metadata.h"
#include "segment.h"

enum {
    MAX_WORDS = 32,      /* words of a mention that are read */
    MAX_LIST_WORDS = 16, /* words of a name or role that are compared */
    RECENT_PEOPLE = 64, /* people a mention is compared with, most recent first */
    MIN_NICKNAME = 4,   /* a nickname's letters, and how much shorter than the word it shortens */
    MAX_ROMAN = 4       /* letters of a Roman numeral that numbers a unit ("VIII") */
};
/* The lists of words that are no name's: an office, an organisation, a field, a place. */
static const uint32_t NO_NAME_LISTS = 1u << SPEECH_ORG | 1u << SPEECH_FIELDS | 1u << SPEECH_PLACES |
                                      1u << SPEECH_PLACE_UNITS | 1u << SPEECH_POSITIONS;

/* One mention read into its parts; strings in the arena, NULL when absent. */
typedef struct {
    const char *name, *honorific, *titles, *degrees, *role;
    const char *alias; /* the short form of the name given in brackets ("Jokowi"): the same person */
    bool pronoun;
    bool office; /* an office word, a title, an honorific or an age: surely a person */
    bool aged;   /* an age followed its last word: "pedagang cabai Sarmini (48)" ends in a name */
} parsed_mention;

/* Small letters and a capital after the first letter: "MSi", "SPd", "CSsR". */
static bool inner_capital(const char *t, seg_span c)
{
    bool small = false, capital = false;
    for (size_t k = c.start; k < c.end; k++) {
        small |= t[k] >= 'a' && t[k] <= 'z';
        capital |= k > c.start && t[k] >= 'A' && t[k] <= 'Z';
    }
    return small && capital;
}

/* A name's or a role's words, read once: their cores and, in a role, the
 * abbreviated offices spelt out ("Wabup" -> "Wakil Bupati"). A specific word
 * is neither an office word nor lower-case. */
typedef struct {
    const char *s;
    unsigned short len;
    bool specific, field; /* field: an office's field ("Wilayah", "Kesehatan") */
} list_word;
typedef struct {
    size_t n;
    list_word w[MAX_LIST_WORDS];
} word_list;
/* What comparisons read: a word_list's words, or the copy a person keeps
 * of theirs (only as many as there are: an article may quote thousands). */
typedef struct {
    size_t n;
    const list_word *w;
} words_view;

typedef struct {
    parsed_mention who;
    size_t mentions;
    long index; /* in rec->speakers, -1 until a quote is theirs */
    long same;  /* the earlier person this one turned out to be, or -1 */
    long follows; /* the current speaker when this one was first met, or -1 */
    bool quoted;
    size_t quoted_in; /* the paragraph of their last quote, plus one; 0 before any */
    words_view name_w, role_w; /* who.name and who.role read into words */
    const char *read_name, *read_role; /* the strings name_w and role_w were read from */
} person;

typedef VEC(person) people;

/* ---- words of a mention ---------------------------------------------------- */

typedef struct {
    const char *s;
    seg_span w[MAX_WORDS];
    uint32_t lists[MAX_WORDS]; /* the speech lists each word's core is in, looked up once */
    size_t n;
} words;

/* A rank spelled out at word i ("Inspektur Jenderal", "Komisaris Besar"),
 * its words [i, *past), when a name follows it, past the corps and
 * "(Purn.)" titles ("Inspektur Jenderal Kementerian Agama" is an office). */
static bool rank_before_name(const char *s, const seg_span *w, const uint32_t *lists, size_t n, size_t i,
                             size_t end, size_t *past)
{
    if (!seg_is_capitalized(s, w[i]))
        return false;
    size_t len = seg_rank_phrase(s, w[i].start, end), j = i;
    if (!len)
        return false;
    while (j < n && w[j].start < w[i].start + len)
        j++;
    size_t k = j;
    while (k < n && (lists[k] & 1u << SPEECH_TITLES))
        k++;
    *past = j;
    return k < n && seg_is_capitalized(s, w[k]) && !(lists[k] & NO_NAME_LISTS) && !seg_is_acronym(s, w[k]);
}

/* Spelled-out ranks before a name are titles, not offices: read in the
 * mentions and roles that may hold a name (parse_mention, name_in_role). */
static void mark_ranks(words *ws, size_t end)
{
    for (size_t i = 0, past; i < ws->n; i++)
        if (rank_before_name(ws->s, ws->w, ws->lists, ws->n, i, end, &past)) {
            for (; i < past; i++)
                ws->lists[i] = (ws->lists[i] | 1u << SPEECH_TITLES) &
                               ~(1u << SPEECH_POSITIONS | 1u << SPEECH_OFFICE_QUALIFIERS);
            i--;
        }
}

/* A title that is also a name's particle ("Hi.", Haji in North Maluku) is
 * the name's word after a name's word ("Jafar Hi. Gamsungi"), a title
 * before the name ("Kota Tidore Kepulauan Hi. Rustam Taher"). */
static void mark_inner_particles(words *ws)
{
    static const uint32_t BOTH = 1u << SPEECH_TITLES | 1u << SPEECH_NAME_PARTICLES;
    for (size_t i = 1; i < ws->n; i++)
        if ((ws->lists[i] & BOTH) == BOTH && seg_is_capitalized(ws->s, ws->w[i - 1]) &&
            !seg_trailing_punct(ws->s, ws->w[i - 1]) && !(ws->lists[i - 1] & (BOTH | NO_NAME_LISTS)) &&
            !region_lookup(ws->s + ws->w[i - 1].start, ws->w[i - 1].end - ws->w[i - 1].start))
            ws->lists[i] &= ~(1u << SPEECH_TITLES);
}

/* Two words that make one office, one of them a name part elsewhere. */
typedef struct {
    const char *first, *second;
} word_pair;

/* Offices whose first word is a name part elsewhere, and whose second is
 * the unit of the place named after them: Maluku's village head, the "Raja
 * Negeri Haruku" (a negeri is a village there, as a desa is; "Raja" alone
 * stays part of a name: "Raja Juli Antoni"). */
static const word_pair PARTICLE_OFFICES[] = {{"Raja", "Negeri"}, {NULL, NULL}};

/* Institutions whose second word is a name part elsewhere ("Anak Agung"):
 * the Attorney General's and the Supreme Court's "Agung" ("Jaksa Agung
 * Wisnu Tri Hartono", "Kejaksaan Agung"), which ends the office as a field
 * word does. */
static const word_pair PARTICLE_FIELDS[] = {
    {"Jaksa", "Agung"}, {"Kejaksaan", "Agung"}, {"Hakim", "Agung"}, {"Mahkamah", "Agung"}, {NULL, NULL}};

/* Whether the words a and b are one of the pairs. */
static bool pair_in(const word_pair *pairs, const char *s, seg_span a, seg_span b)
{
    for (; pairs->first; pairs++)
        if (seg_equals(s, a, pairs->first) && seg_equals(s, b, pairs->second))
            return true;
    return false;
}

static void split_words(const char *s, size_t start, size_t end, words *out)
{
    static const uint32_t POSITION = 1u << SPEECH_POSITIONS;
    out->s = s;
    out->n = 0;
    size_t pos = start;
    while (out->n < MAX_WORDS && seg_next_word(s, end, &pos, &out->w[out->n])) {
        out->lists[out->n] = seg_lists(s, out->w[out->n]);
        out->n++;
    }
    for (size_t i = 0; i < out->n; i++) {
        if ((out->lists[i] & POSITION) && !(i + 1 < out->n && (out->lists[i + 1] & POSITION)) &&
            seg_lookup(SPEECH_POSITIONS, s, out->w[i]) == POS_BEFORE_OFFICE)
            out->lists[i] &= ~POSITION;
        /* (both tables' pairs hold a name part: most words need no look) */
        bool particle = i + 1 < out->n && ((out->lists[i] | out->lists[i + 1]) & (1u << SPEECH_NAME_PARTICLES));
        if (particle && pair_in(PARTICLE_OFFICES, s, out->w[i], out->w[i + 1]))
            out->lists[i] = (out->lists[i] & ~(1u << SPEECH_NAME_PARTICLES)) | POSITION;
        if (particle && pair_in(PARTICLE_FIELDS, s, out->w[i], out->w[i + 1]))
            out->lists[i + 1] = (out->lists[i + 1] & ~(1u << SPEECH_NAME_PARTICLES)) | 1u << SPEECH_FIELDS;
    }
    /* "ujar Raja.": such an office's first word alone names its holder, as "ujar Bupati" does */
    for (const word_pair *o = PARTICLE_OFFICES; out->n == 1 && o->first; o++)
        if (seg_equals(s, out->w[0], o->first))
            out->lists[0] = (out->lists[0] & ~(1u << SPEECH_NAME_PARTICLES)) | POSITION;
}

/* The mention starts at its word `keep`. */
static void drop_words(words *ws, size_t keep)
{
    memmove(ws->w, ws->w + keep, (ws->n - keep) * sizeof *ws->w);
    memmove(ws->lists, ws->lists + keep, (ws->n - keep) * sizeof *ws->lists);
    ws->n -= keep;
}

static bool in_list(speech_list l, const words *ws, size_t i) { return (ws->lists[i] >> l) & 1; }

/* A title before a name; after an office word a rank belongs to the office
 * ("Direktur Jenderal", "Sekretaris Jenderal"). */
static bool is_title(const words *ws, size_t i)
{
    /* "Direktorat Jenderal": a qualifier after an organisation is its own;
     * before a corps marker it is a rank ("Kapolri Jenderal Polisi X") */
    bool rank = i + 1 < ws->n && seg_lookup(SPEECH_TITLES, ws->s, ws->w[i + 1]) == TITLE_CORPS;
    /* a corps marker is one after a rank only ("AKBP Pol"; "Kepala Satuan
     * Polisi Air dan Udara" is a unit's name) */
    if (in_list(SPEECH_TITLES, ws, i) && seg_lookup(SPEECH_TITLES, ws->s, ws->w[i]) == TITLE_CORPS &&
        !(i > 0 && in_list(SPEECH_TITLES, ws, i - 1)))
        return false;
    /* "KPH Kebumen", "KPH Pesisir Selatan": before a regency's or city's
     * name, a unit's acronym (a forest district), not a title (KPH, Kanjeng
     * Pangeran Harya) */
    if (i + 1 < ws->n && seg_region_at(ws->s, ws->w[i + 1].start, ws->w[ws->n - 1].end))
        return false;
    /* (an office's short form in brackets before it is no office it qualifies: "(Mendikdasmen) Prof. Dr. X") */
    bool bracketed = i > 0 && ws->s[ws->w[i - 1].start] == '(';
    return in_list(SPEECH_TITLES, ws, i) &&
           !(i > 0 && !rank && !bracketed &&
             (in_list(SPEECH_POSITIONS, ws, i - 1) ||
              (in_list(SPEECH_ORG, ws, i - 1) && in_list(SPEECH_OFFICE_QUALIFIERS, ws, i))));
}

/* "RSUP", "RSUD", "Rumah Sakit": the title after it names the hospital
 * ("RSUP Dr Sardjito", "RSUD dr. Soetomo"), not a person. */
static bool names_a_hospital(const words *ws, size_t i)
{
    seg_span c = seg_core(ws->s, ws->w[i]);
    if (seg_trailing_punct(ws->s, ws->w[i])) /* "dari RSUPN, dr. Maharani": a person after the comma */
        return false;
    return (c.end - c.start >= 2 && ws->s[c.start] == 'R' && ws->s[c.start + 1] == 'S' &&
            seg_is_acronym(ws->s, c)) ||
           seg_equals(ws->s, ws->w[i], "Sakit");
}

/* Word i is a title of the run right after a hospital's word: the
 * hospital's name ("RSUD dr. H. Jusuf SK": both titles). */
static bool in_hospital_name(const words *ws, size_t i)
{
    size_t k = i;
    while (k > 0 && in_list(SPEECH_TITLES, ws, k - 1))
        k--;
    return k > 0 && names_a_hospital(ws, k - 1);
}

/* An honorific or a title that opens a name: a capitalised word follows
 * ("dr. Lucia", not the "Ibu" of "Kesehatan Ibu dan Anak"), not a word of
 * a place or body ("Kepala Otorita Ibu Kota Nusantara": a capital city;
 * "Kapten Timnas": the team's captain). */
static bool opens_name(const words *ws, size_t i, size_t to)
{
    return i + 1 < to && (in_list(SPEECH_HONORIFICS, ws, i) || is_title(ws, i)) &&
           seg_is_capitalized(ws->s, ws->w[i + 1]) &&
           !(ws->lists[i + 1] & (1u << SPEECH_ORG | 1u << SPEECH_PLACE_UNITS | 1u << SPEECH_FIELDS)) &&
           !in_hospital_name(ws, i);
}

/* ws[from, to) joined by single spaces, each word's trailing comma dropped. */
static const char *join(arena *a, const words *ws, size_t from, size_t to, bool keep_dots)
{
    if (from >= to)
        return NULL;
    size_t total = 0;
    for (size_t i = from; i < to; i++)
        total += ws->w[i].end - ws->w[i].start + 1;
    char *out = arena_alloc(a, total + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = from; i < to; i++) {
        seg_span w = ws->w[i];
        while (w.end > w.start && (ws->s[w.end - 1] == ',' || (!keep_dots && i + 1 == to && ws->s[w.end - 1] == '.')))
            w.end--;
        if (n)
            out[n++] = ' ';
        memcpy(out + n, ws->s + w.start, w.end - w.start);
        n += w.end - w.start;
    }
    out[n] = '\0';
    return out;
}

static const char *append(arena *a, const char *old, const char *add)
{
    if (!old)
        return add;
    if (!add)
        return old;
    size_t n = strlen(old), m = strlen(add);
    char *out = arena_alloc(a, n + m + 2);
    if (!out)
        return old;
    memcpy(out, old, n);
    out[n] = ' ';
    memcpy(out + n + 1, add, m + 1);
    return out;
}

/* x, sep and y in one string; x when out of memory. */
static const char *join_with(arena *a, const char *x, const char *sep, const char *y)
{
    size_t n = strlen(x), k = strlen(sep), m = strlen(y);
    char *out = arena_alloc(a, n + k + m + 1);
    if (!out)
        return x;
    memcpy(out, x, n);
    memcpy(out + n, sep, k);
    memcpy(out + n + k, y, m + 1);
    return out;
}

/* A parenthesised aside that is not part of a name or role: an age "(52)". */
static bool is_aside(const words *ws, size_t i)
{
    const char *s = ws->s;
    seg_span w = ws->w[i];
    return w.end - w.start >= 2 && s[w.start] == '(' && s[w.start + 1] >= '0' && s[w.start + 1] <= '9';
}

/* ---- reading a mention ----------------------------------------------------- */

/* "Neracanews.com", "Japos.co": a dot inside a word before lower-case letters. */
static bool web_address(const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    for (size_t i = c.start; i + 1 < c.end; i++)
        if (s[i] == '.' && s[i + 1] >= 'a' && s[i + 1] <= 'z')
            return true;
    return false;
}

/* A noun made with ke-...-an ("Kedatangan", "Kehadiran", "Keberangkatan"):
 * the event of a person, never their name's first word. */
static bool nominalization(const char *t, seg_span c)
{
    enum { MIN_NOMINALIZATION = 8 };
    return c.end - c.start >= MIN_NOMINALIZATION && (t[c.start] == 'K' || t[c.start] == 'k') &&
           t[c.start + 1] == 'e' && t[c.end - 2] == 'a' && t[c.end - 1] == 'n';
}

/* "Ahmad Yusuf Affandi.Sik": a degree glued to the name's last word by its
 * dot goes to the degrees; the name without it. */
static const char *unglue_degree(arena *a, const char *name, parsed_mention *p)
{
    if (!name)
        return NULL;
    size_t len = strlen(name), last = len;
    while (last > 0 && name[last - 1] != ' ')
        last--;
    const char *dot = memchr(name + last, '.', len - last);
    if (!dot || dot == name + last || dot + 1 >= name + len ||
        !seg_is_degree(name, (seg_span){(size_t)(dot + 1 - name), len}))
        return name;
    const char *degree = arena_strdup(a, dot + 1);
    p->degrees = p->degrees && degree ? append(a, degree, p->degrees) : (p->degrees ? p->degrees : degree);
    return arena_strndup(a, name, (size_t)(dot - name));
}

/* Reads one comma-separated segment ws[from, to) into *p. */
/* A navy specialty after a corps marker, part of the rank: the "(P)" of
 * "Letkol Laut (P)" (up to three capitals in brackets). */
static bool corps_code(const words *ws, size_t i)
{
    seg_span w = ws->w[i];
    size_t len = w.end - w.start;
    if (i == 0 || seg_lookup(SPEECH_TITLES, ws->s, ws->w[i - 1]) != TITLE_CORPS || len < 3 || len > 5 ||
        ws->s[w.start] != '(' || ws->s[w.end - 1] != ')')
        return false;
    for (size_t k = w.start + 1; k + 1 < w.end; k++)
        if (ws->s[k] < 'A' || ws->s[k] > 'Z')
            return false;
    return true;
}

static void read_segment(arena *a, const words *ws, size_t from, size_t to, parsed_mention *p)
{
    while (from < to && in_list(SPEECH_FILLERS, ws, from))
        from++;
    while (to > from && is_aside(ws, to - 1)) {
        to--;
        p->office = p->aged = true;
    }
    if (from >= to)
        return;
    size_t degrees_from = to;
    while (degrees_from > from + 1 && seg_is_degree(ws->s, ws->w[degrees_from - 1]))
        degrees_from--;
    if (degrees_from == from + 1 && seg_is_degree(ws->s, ws->w[from]) && !in_list(SPEECH_TITLES, ws, from))
        degrees_from = from;
    if (degrees_from < to)
        p->degrees = p->degrees ? append(a, p->degrees, join(a, ws, degrees_from, to, true))
                                : join(a, ws, degrees_from, to, true);
    to = degrees_from;
    /* "..., S.Ag., M.S.I. selaku ketua panitia": degrees that open a segment
     * after the name's are its too */
    size_t lead = from;
    while (lead + 1 < to && seg_is_degree(ws->s, ws->w[lead]) && !in_list(SPEECH_TITLES, ws, lead))
        lead++;
    if (lead > from && seg_equals(ws->s, ws->w[lead], "selaku")) {
        const char *more = join(a, ws, from, lead, true);
        p->degrees = p->degrees ? append(a, p->degrees, more) : more;
        from = lead;
    }
    if (from >= to)
        return;
    if (to - from == 1 && in_list(SPEECH_PRONOUNS, ws, from)) {
        p->pronoun = !p->name && !p->role;
        return;
    }
    /* Which words name the person and which give the role: "Budi selaku
     * Kepala Dinas", "Kepala Dinas dr. Budi" (a title starts the name),
     * "Budi" (capitalised, not an office), "Kepala Dinas X" (a role). */
    size_t name_from = to, name_to = to, role_from = to, role_to = to, marker = to, marker_role = to;
    for (size_t i = from + 1; i < to && marker == to; i++)
        if (seg_equals(ws->s, ws->w[i], "selaku") || seg_equals(ws->s, ws->w[i], "sebagai"))
            marker = i, marker_role = i + 1;
        else if (!seg_is_capitalized(ws->s, ws->w[i]) && in_list(SPEECH_POSITIONS, ws, i) &&
                 seg_is_capitalized(ws->s, ws->w[from]))
            marker = i, marker_role = i; /* "Rabinah (75) warga Desa X" */
    size_t title = from;
    while (title < to && !opens_name(ws, title, to))
        title++;
    bool office = in_list(SPEECH_POSITIONS, ws, from) || !seg_is_capitalized(ws->s, ws->w[from]);
    if (marker < to && office) {
        p->office = true; /* "Kepala Kantor X Muh Habib selaku pembina apel": the office and name come first */
        role_from = from, role_to = marker;
        if (title + 1 < marker) /* "Sekda Kulon Progo Ir. RM. Astungkoro selaku ...": a title starts the name */
            role_to = title, name_from = title, name_to = marker;
    } else if (marker < to) {
        /* "Budi selaku Kepala Dinas": a person in an office; after an office
         * before the name ("Bupati Pati, Haryanto selaku Ketua Gugus Tugas")
         * the capacity of the day leaves the office the role */
        p->office = true;
        name_from = from, name_to = marker;
        if (!p->role)
            role_from = marker_role, role_to = to;
    } else if (title + 1 < to) {
        role_from = from, role_to = title, name_from = title, name_to = to;
    } else if (office) {
        role_from = from, role_to = to;
    } else {
        name_from = from, name_to = to;
    }
    size_t n = name_from;
    while (n < name_to && in_list(SPEECH_HONORIFICS, ws, n)) {
        if (!p->honorific)
            p->honorific = join(a, ws, n, n + 1, false);
        n++;
    }
    size_t t = n;
    while (n + 1 < name_to && (in_list(SPEECH_TITLES, ws, n) || (n > t && corps_code(ws, n))))
        n++;
    /* "ujar Pak Kiai", "kata Bu Nyai": a title after an honorific names no
     * one, it points to the titled person spoken of */
    if (n > from && n + 1 == name_to && n == t && in_list(SPEECH_HONORIFICS, ws, n - 1) &&
        in_list(SPEECH_TITLES, ws, n) && !seg_trailing_punct(ws->s, ws->w[n - 1]))
        n = name_to;
    if (n > t && !p->titles)
        p->titles = join(a, ws, t, n, true);
    /* a name ends at its first lower-case word ("H. Anwar menukil sebuah
     * hadits") and keeps no aside ("(75)") */
    for (size_t i = n + 1; i < name_to; i++)
        if ((!seg_is_capitalized(ws->s, ws->w[i]) && !in_list(SPEECH_NAME_PARTICLES, ws, i)) ||
            (ws->s[ws->w[i].start] == '(' && !is_aside(ws, i)) ||
            (in_list(SPEECH_INTRO, ws, i) && !in_list(SPEECH_NAME_PARTICLES, ws, i)) || /* "Maria Lalu" */
            web_address(ws->s, ws->w[i])) {
            name_to = i;
            break;
        }
    while (name_to > n && is_aside(ws, name_to - 1)) {
        name_to--;
        p->office = true;
    }
    while (n + 1 < name_to && nominalization(ws->s, seg_core(ws->s, ws->w[n])))
        n++; /* "Kedatangan Fajar Lase beserta rombongan": his arrival */
    if (n < name_to && !p->name)
        p->name = unglue_degree(a, join(a, ws, n, name_to, false), p);
    /* "Sragen H. Ihsan Muhadi": a place alone before a title is no role */
    bool described = false;
    for (size_t i = role_from; i < role_to && !described; i++)
        described = in_list(SPEECH_POSITIONS, ws, i) || in_list(SPEECH_ORG, ws, i) || in_list(SPEECH_FIELDS, ws, i) ||
                    !seg_is_capitalized(ws->s, ws->w[i]);
    const char *role = described ? join(a, ws, role_from, role_to, false) : NULL;
    if (role && (!p->role || strlen(role) > strlen(p->role)))
        p->role = role;
}

enum { MAX_SEGMENTS = 16 };
/* SEG_LIST: capitalised words joined by "dan", an item of the role's list */
typedef enum { SEG_DEGREES, SEG_NAME, SEG_TITLED, SEG_ROLE, SEG_LIST, SEG_PRONOUN, SEG_JUNK } segment_kind;

/* A word that dates rather than names: a weekday, a month, a number, as in
 * the apposition "kata X, Rabu, 21 Februari 2024". */
static bool is_date_word(const words *ws, size_t i)
{
    seg_span c = seg_core(ws->s, ws->w[i]);
    if (c.end <= c.start)
        return true;
    const char *t = ws->s + c.start;
    size_t len = c.end - c.start;
    int day = date_lookup(DATE_WEEKDAYS, t, len), month = date_lookup(DATE_MONTHS, t, len);
    return (t[0] >= '0' && t[0] <= '9') || (day >= 0 && !(day & DATE_ABBREV)) ||
           (month >= 0 && !(month & DATE_ABBREV)) || date_lookup(DATE_TIME_CUES, t, len) >= 0 ||
           date_lookup(DATE_DAY_PARTS, t, len) >= 0; /* "Sore harinya, Kepala Dinas ..." */
}

/* "Menurutnya", "Dalam sambutannya": a word with -nya is no name. */
static bool ends_in_nya(const words *ws, size_t i)
{
    seg_span c = seg_core(ws->s, ws->w[i]);
    return c.end - c.start >= 7 && strncasecmp(ws->s + c.end - 3, "nya", 3) == 0;
}

/* A word that opens the sentence before the person it is about: "Menurut",
 * "Namun", "Dalam sambutannya", "Dikatakan", "Lalu," (but "Lalu Satria
 * Wangsa" is a name). */
static bool is_opener(const words *ws, size_t i)
{
    if (in_list(SPEECH_NAME_PARTICLES, ws, i) && i + 1 < ws->n && !seg_trailing_punct(ws->s, ws->w[i]) &&
        seg_is_capitalized(ws->s, ws->w[i + 1]))
        return false;
    return in_list(SPEECH_INTRO, ws, i) || in_list(SPEECH_OPENERS, ws, i) || in_list(SPEECH_CUES, ws, i) ||
           in_list(SPEECH_CLOSERS, ws, i) || ends_in_nya(ws, i);
}

static bool is_person_word(const words *ws, size_t i)
{
    /* (a word for a person before a name is the name's: "Kakek Sarmin (70) mengatakan") */
    bool before_name = i + 1 < ws->n && !seg_trailing_punct(ws->s, ws->w[i]) &&
                       seg_is_capitalized(ws->s, ws->w[i + 1]) && !in_list(SPEECH_POSITIONS, ws, i + 1);
    return in_list(SPEECH_PRONOUNS, ws, i) || (in_list(SPEECH_SELF_REFERENCES, ws, i) && !before_name);
}

/* A lower-case verb by its prefix: me- ("membacakan"), ber- ("berkepala"),
 * di-...-kan/-i ("didampingi"), or one BARE_VERBS lists ("datang"); an
 * office's nouns have none of these ("pembina", "penyelenggara",
 * "direktur"; "menteri" is listed). */
static bool verb_like(const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    const char *t = s + c.start;
    size_t n = c.end - c.start;
    if (n >= 1 && t[0] >= 'a' && t[0] <= 'z' && bare_verb(t, n))
        return true; /* a verb with no prefix: "datang", "tiba" */
    if (n < 6 || !(t[0] >= 'a' && t[0] <= 'z'))
        return false;
    return (strncmp(t, "me", 2) == 0 || strncmp(t, "ber", 3) == 0 ||
            (strncmp(t, "di", 2) == 0 && n >= 7 && (t[n - 1] == 'i' || strncmp(t + n - 3, "kan", 3) == 0))) &&
           !not_a_verb(t, n);
}

/* Word i, a cue's stem, ends an office's noun with the word before it:
 * "penanggung jawab klinik". */
static bool ends_compound(const words *ws, size_t i)
{
    return i > 0 && seg_equals(ws->s, ws->w[i - 1], "penanggung");
}

/* A lower-case word that ends a mention's segment: a preposition, an
 * auxiliary, "bahwa" or a cue ("Bupati KKT Petrus Fatlolon di Gedung
 * Kesenian", "Gubernur akan"), a verb, or "dan" before a lower-case word that
 * is no office ("Kepala Kantor X dan dipimpin langsung oleh ...": a clause
 * goes on, not the role). */
static bool is_stop(const words *ws, size_t i)
{
    if (seg_is_capitalized(ws->s, ws->w[i])) { /* a new sentence run in: "Karutan Rudi Kristiawan Disebutkan ..." */
        /* (not a cue's bare stem right after a capitalised word: an office's
         * or a name's word, "Paguyuban Perajin Batik Tulis Lasem") */
        bool stem_in_phrase = i > 0 && seg_lookup(SPEECH_CUES, ws->s, ws->w[i]) == CUE_BARE &&
                              seg_is_capitalized(ws->s, ws->w[i - 1]) && !seg_trailing_punct(ws->s, ws->w[i - 1]);
        return (in_list(SPEECH_OPENERS, ws, i) || (in_list(SPEECH_CUES, ws, i) && !stem_in_phrase)) &&
               !in_list(SPEECH_NAME_PARTICLES, ws, i) && !in_list(SPEECH_FIELDS, ws, i); /* "Kasat Lantas" */
    }
    if (in_list(SPEECH_CONJUNCTIONS, ws, i) && i + 1 < ws->n && !seg_is_capitalized(ws->s, ws->w[i + 1]) &&
        !in_list(SPEECH_POSITIONS, ws, i + 1))
        return true;
    return
           (in_list(SPEECH_MENTION_STOPS, ws, i) || in_list(SPEECH_AUX, ws, i) || in_list(SPEECH_CLAUSE_MARKS, ws, i) ||
            (in_list(SPEECH_CUES, ws, i) && !ends_compound(ws, i)) || in_list(SPEECH_OPENERS, ws, i) ||
            (verb_like(ws->s, ws->w[i]) && !in_list(SPEECH_POSITIONS, ws, i)));
}

static bool holds_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return true;
    return false;
}

/* "Promotor konser, Hendra ...", "Pemilik rumah, Yusnidar ...": a noun and
 * its lower-case words, no verb, a demonstrative or a preposition among
 * them ("Menghadapi agenda itu", "Tahun ini", "Usai rapat"), describe the
 * person named next; so do a noun and a lower-case word before "di" and
 * the place it names ("Kusir bendi di kawasan Jam Gadang, Syahril ..."). */
static bool sentence_case_description(const words *ws, size_t from, size_t to)
{
    enum { MAX_DESCRIPTION_WORDS = 4, MAX_PLACE_WORDS = 4 };
    if (!seg_is_capitalized(ws->s, ws->w[from]) || verb_like(ws->s, ws->w[from]) || is_date_word(ws, from))
        return false;
    for (size_t i = from + 2; i + 1 < to && i <= from + MAX_DESCRIPTION_WORDS; i++)
        if (seg_equals(ws->s, ws->w[i], "di") && !seg_trailing_punct(ws->s, ws->w[i - 1]) &&
            to - i - 1 <= MAX_PLACE_WORDS && seg_is_capitalized(ws->s, ws->w[to - 1])) {
            to = i;
            break;
        }
    if (to - from > MAX_DESCRIPTION_WORDS)
        return false;
    for (size_t i = from + 1; i < to; i++)
        if (seg_is_capitalized(ws->s, ws->w[i]) || verb_like(ws->s, ws->w[i]) ||
            holds_digit(ws->s + ws->w[i].start, ws->w[i].end - ws->w[i].start) ||
            (ws->lists[i] & (1u << SPEECH_ANAPHORA | 1u << SPEECH_INTRO | 1u << SPEECH_MENTION_STOPS |
                             1u << SPEECH_AUX)) ||
            (in_list(SPEECH_CUES, ws, i) && !ends_compound(ws, i)))
            return false;
    return true;
}

/* The words of a link at ws->w[i] (seg_naming_link, seg_office_link), or 0. */
static size_t link_words(const words *ws, size_t i, size_t (*link)(const char *, size_t, size_t))
{
    size_t after = link(ws->s, ws->w[i].start, ws->w[ws->n - 1].end), k = i;
    while (after && k < ws->n && ws->w[k].start < after)
        k++;
    return after ? k - i : 0;
}

/* ws[from, to) is an age spelled out: "61 tahun". */
static bool spelled_age(const words *ws, size_t from, size_t to)
{
    seg_span c = to == from + 2 ? seg_core(ws->s, ws->w[from]) : (seg_span){0, 0};
    for (size_t i = c.start; i < c.end; i++)
        if (ws->s[i] < '0' || ws->s[i] > '9')
            return false;
    return c.end > c.start && seg_equals(ws->s, ws->w[from + 1], "tahun");
}

/* Word i opens a sentence's adverbial as a passive participle: "Ditemui",
 * "Didampingi" (OPENER_PARTICIPLE). */
static bool passive_participle(const words *ws, size_t i)
{
    return seg_lookup(SPEECH_OPENERS, ws->s, ws->w[i]) == OPENER_PARTICIPLE;
}

/* The longest regency or city named by words [i, i + k) of ws, before
 * `end` (seg_region_at): k, or 0. */
static size_t region_at(const words *ws, size_t i, size_t end)
{
    size_t after = i < end ? seg_region_at(ws->s, ws->w[i].start, ws->w[end - 1].end) : 0, k = i;
    while (after && k < end && ws->w[k].start < after)
        k++;
    return after ? k - i : 0;
}

/* Words [from, to) are a place: a regency's or city's name, or province
 * words only ("Sulawesi Tenggara", "Jatim"). */
static bool names_a_place(const words *ws, size_t from, size_t to)
{
    size_t i = from;
    while (i < to && in_list(SPEECH_PLACES, ws, i))
        i++;
    return from < to && (i == to || region_at(ws, from, to) == to - from);
}

/* The words before word `at` end with a place's name. */
static bool ends_with_place(const words *ws, size_t at)
{
    enum { MAX_REGION_WORDS = 4 };
    for (size_t k = at; k-- > 0 && at - k <= MAX_REGION_WORDS;)
        if (names_a_place(ws, k, at))
            return true;
    return false;
}

/* A comma segment ws[*from, *to) read into its kind, its bounds narrowed to
 * the words that describe the person: the opening adverbial ("Pasca libur
 * Idulfitri", "Menurut") and dates dropped; a name ends at its first
 * lower-case word ("Heroe hadiri deklarasi ..."), and a segment that is a
 * clause, not the last, is dropped ("Menghadapi agenda itu, Bupati ..."). */
static segment_kind segment_kind_of(const words *ws, size_t *from_p, size_t *to_p, bool last, bool *ended)
{
    size_t from = *from_p, to = *to_p;
    while (from < to && in_list(SPEECH_FILLERS, ws, from))
        from++;
    /* "bapak Ketua PTA Surabaya", "Pak Camat": an honorific before an office
     * addresses its holder; the office is the role, no name is given (before
     * a description in lower case it is kin: "Ibu korban", "Paman korban") */
    while (from + 1 < to && in_list(SPEECH_HONORIFICS, ws, from) && !is_title(ws, from) &&
           in_list(SPEECH_POSITIONS, ws, from + 1) && seg_is_capitalized(ws->s, ws->w[from + 1]))
        from++;
    if (from >= to)
        return SEG_JUNK;
    if (from + 1 < to && in_list(SPEECH_HONORIFICS, ws, from) && !is_title(ws, from) &&
        in_list(SPEECH_POSITIONS, ws, from + 1) && !seg_is_capitalized(ws->s, ws->w[from + 1])) {
        *from_p = from;
        return SEG_ROLE;
    }
    if (seg_equals(ws->s, ws->w[from], "selaku") || seg_equals(ws->s, ws->w[from], "sebagai"))
        return SEG_ROLE; /* "..., selaku Ketua Harian TPID": the role goes on, as written */
    if (spelled_age(ws, from, to))
        return SEG_JUNK; /* "Karsono, 61 tahun, petani tembakau": an age, as "(61)" is */
    if (!seg_is_capitalized(ws->s, ws->w[from]) && in_list(SPEECH_CLAUSE_MARKS, ws, from)) {
        *ended = true; /* "Rudi Kristiawan, bahwa remisi ...": the clause, not the person */
        return SEG_JUNK;
    }
    if (in_list(SPEECH_CONJUNCTIONS, ws, from)) /* "..., dan Persandian Provinsi Sulsel": the role goes on */
        return to - from > 1 ? SEG_ROLE : SEG_JUNK;
    /* a passive participle's clause is an adverbial, its agent and all
     * ("Didampingi Kepala Dinas X, Bupati ...", "Ditemui wartawan usai rapat,
     * Kustini ..."), when a segment follows */
    if (!last && passive_participle(ws, from))
        return SEG_JUNK;
    /* after an opener, its lower-case words go too: "Dalam sambutannya" */
    bool opened = false, adverbial = false;
    while (from < to && !is_person_word(ws, from) && !in_list(SPEECH_POSITIONS, ws, from) &&
           (is_opener(ws, from) || is_date_word(ws, from) ||
            (opened && !seg_is_capitalized(ws->s, ws->w[from]) && !in_list(SPEECH_CONJUNCTIONS, ws, from)))) {
        adverbial = adverbial || (opened && (!is_opener(ws, from) || seg_equals(ws->s, ws->w[from], "sebagai")));
        opened = opened || is_opener(ws, from);
        from++;
    }
    bool relative = false; /* "yang" read: "Alumni X yang kini bertugas sebagai dokter, dr. Y" */
    for (size_t i = from + 1; i < to; i++)
        if (is_stop(ws, i)) {
            size_t office = link_words(ws, i, seg_office_link);
            if (office) { /* "Ketua Delegasi RI yang juga Direktur Jenderal ..." */
                i += office - 1;
                continue;
            }
            if (seg_posting_link(ws->s, ws->w[i - 1], ws->w[i].start, ws->w[ws->n - 1].end))
                continue; /* "Konsul Jenderal RI di Kota Bharu ..." */
            /* a verb or a cue ends the mention ("Emil mewakili Camat
             * Bontoala, Arman Nurdin"); a preposition ends its last segment
             * ("Bupati KKT Petrus Fatlolon di Gedung Kesenian") but is part of
             * a role a name follows ("petugas Pos PGA Agung di Rendang, Dewa
             * Made Sutapa"), and so is a relative clause's verb */
            bool preposition = in_list(SPEECH_MENTION_STOPS, ws, i);
            relative = relative || seg_equals(ws->s, ws->w[i], "yang");
            /* "Dokter spesialis jantung dan pembuluh darah, dr. X": a
             * description's coordination, when a segment follows */
            bool coordination = in_list(SPEECH_CONJUNCTIONS, ws, i) && !seg_is_capitalized(ws->s, ws->w[i - 1]);
            /* "peserta kelas menenun, Dinda ...", "Kapolsek Sambutan, Kompol
             * X": a verb or speech word that ends a description or an office
             * before the name's segment is part of it (an activity, a place) */
            bool activity = i + 1 == to && (in_list(SPEECH_POSITIONS, ws, from) ||
                                            !seg_is_capitalized(ws->s, ws->w[from]));
            if ((preposition || relative || coordination || activity) && !last)
                continue;
            *ended = !preposition;
            to = i;
            break;
        }
    while (to > from + 1 && (in_list(SPEECH_CONJUNCTIONS, ws, to - 1) ||
                             (in_list(SPEECH_MENTION_STOPS, ws, to - 1) && !seg_is_capitalized(ws->s, ws->w[to - 1]))))
        to--; /* "Bupati Cirebon dan", "Bupati Sleman dalam (sambutan ...)" */
    *from_p = from, *to_p = to;
    if (from >= to || (adverbial && !last) || web_address(ws->s, ws->w[from]))
        return SEG_JUNK; /* "Pasca libur Idulfitri, ...", "Bertindak sebagai pembina upacara, Bupati ..." */
    bool degrees = true;
    for (size_t i = from; i < to && degrees; i++)
        degrees = seg_is_degree(ws->s, ws->w[i]) && !in_list(SPEECH_TITLES, ws, i);
    if (degrees)
        return SEG_DEGREES;
    if (is_person_word(ws, from)) {
        *to_p = from + 1;
        return SEG_PRONOUN;
    }
    /* "Kiai yang akrab disapa Lora Rofiq itu", "Kolonel itu": a title
     * with no name after it is a description, no name */
    if (from == 0 && is_title(ws, from) && !seg_trailing_punct(ws->s, ws->w[from]) &&
        (ws->n == 1 || (from + 1 < to && !seg_is_capitalized(ws->s, ws->w[from + 1]))))
        return SEG_ROLE;
    for (size_t i = from; i + 1 < to; i++)
        if (opens_name(ws, i, to) || seg_equals(ws->s, ws->w[i], "selaku"))
            return SEG_TITLED;
    seg_span head = seg_core(ws->s, ws->w[from]);
    if (in_list(SPEECH_POSITIONS, ws, from) || in_list(SPEECH_ORG, ws, from) || in_list(SPEECH_FIELDS, ws, from) ||
        !seg_is_capitalized(ws->s, ws->w[from]) || (seg_is_acronym(ws->s, ws->w[from]) && head.end - head.start > 2))
        return SEG_ROLE; /* an office, an organisation ("PTA Semarang") or a description */
    /* "... di Kecamatan Laeya, Kabupaten Konawe Selatan, Sulawesi Tenggara,":
     * a place after a place is the place going on, no name */
    if (ends_with_place(ws, from) && names_a_place(ws, from, to))
        return SEG_ROLE;
    /* a name: capitalised words up to the first lower-case one; "Rabinah
     * (75) warga Desa X": a lower-case office word starts the role; a field
     * or an organisation's word makes it an organisation ("Kementrian
     * Keuangan") */
    for (size_t i = from + 1; i < to && seg_is_capitalized(ws->s, ws->w[i]); i++)
        if (in_list(SPEECH_FIELDS, ws, i) || in_list(SPEECH_ORG, ws, i))
            return SEG_ROLE;
    for (size_t i = from + 1; i < to; i++) {
        if (seg_is_capitalized(ws->s, ws->w[i]) || is_aside(ws, i) || in_list(SPEECH_NAME_PARTICLES, ws, i) ||
            seg_is_degree(ws->s, ws->w[i]))
            continue;
        if (in_list(SPEECH_POSITIONS, ws, i) || seg_equals(ws->s, ws->w[i], "sebagai"))
            return SEG_TITLED;
        if (in_list(SPEECH_CONJUNCTIONS, ws, i))
            return SEG_LIST; /* "Kawasan Permukiman dan Pertanahan": an organisation's name */
        if (!last)
            return sentence_case_description(ws, from, to) ? SEG_ROLE : SEG_JUNK;
        *to_p = i;
        break;
    }
    return seg_is_degree(ws->s, ws->w[*to_p - 1]) && *to_p - from == 1 ? SEG_DEGREES : SEG_NAME;
}

/* The mention with a space after each glued title or comma. */
static const char *unglue(arena *a, const char *m)
{
    size_t n = strlen(m), extra = 0;
    for (size_t i = 0; i + 1 < n; i++)
        extra += seg_glued_at(m, i);
    char *out = extra ? arena_alloc(a, n + extra + 1) : NULL;
    if (!out)
        return m;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        out[k++] = m[i];
        if (i + 1 < n && seg_glued_at(m, i))
            out[k++] = ' ';
    }
    out[k] = '\0';
    return out;
}

static bool is_dash(const char *s, size_t i, size_t end)
{
    return s[i] == '-' || (i + 3 <= end && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                           ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94));
}

/* "REPUBLIKA.CO.ID, JAKARTA -- Presiden ...", "AMBON -Penjabat ...",
 * "KENDARI-Gubernur ...": a dateline's dash ends what came before it; the
 * mention starts after the last one. A dash glued to capitals is a
 * dateline's only while no word before it has a small letter: "Anggota
 * Fraksi PDI-P Selly" names a party. */
static void after_dateline(words *ws)
{
    const char *s = ws->s;
    size_t keep = 0;
    bool in_capitals = true; /* no small letter yet */
    bool office = false;
    for (size_t i = 0; i < ws->n; i++) {
        seg_span *w = &ws->w[i];
        size_t k = w->start, caps = 0;
        while (k < w->end && s[k] >= 'A' && s[k] <= 'Z')
            k++, caps++;
        bool glued = in_capitals && caps >= 3 && k < w->end && is_dash(s, k, w->end);
        for (size_t j = w->start; j < w->end && in_capitals; j++)
            in_capitals = !(s[j] >= 'a' && s[j] <= 'z');
        /* "Wakil Ketua PTA Surabaya - Drs. H. Makmun": a dash between an
         * office and a titled name is no dateline's */
        bool parts_name = office && seg_is_dash_word(s, *w) && i + 1 < ws->n &&
                          (ws->lists[i + 1] & (1u << SPEECH_TITLES | 1u << SPEECH_HONORIFICS));
        office = office || in_list(SPEECH_POSITIONS, ws, i);
        if ((is_dash(s, w->start, w->end) || glued) && !parts_name) {
            size_t d = is_dash(s, w->start, w->end) ? w->start : k;
            while (d < w->end && (is_dash(s, d, w->end) || s[d] == ','))
                d += s[d] == '-' || s[d] == ',' ? 1 : 3;
            w->start = d;
            ws->lists[i] = seg_lists(s, *w);
            keep = w->start < w->end ? i : i + 1;
        }
    }
    if (keep)
        drop_words(ws, keep);
}

/* "Pontren) H. Ahmad Shidqi, ...": a mention that starts inside a
 * parenthesis starts after it. */
static void after_open_parenthesis(words *ws)
{
    size_t depth = 0, keep = 0;
    for (size_t i = 0; i < ws->n; i++)
        for (size_t k = ws->w[i].start; k < ws->w[i].end; k++) {
            if (ws->s[k] == '(')
                depth++;
            else if (ws->s[k] == ')' && depth)
                depth--;
            else if (ws->s[k] == ')')
                keep = i + 1;
        }
    if (keep && keep < ws->n)
        drop_words(ws, keep);
}

/* "Dari sisi kemandirian daerah ... berdasarkan penilaian Kementrian
 * Keuangan": the source is what "berdasarkan"/"menurut" introduces inside
 * the mention, past its lower-case nouns. */
static void after_according(words *ws)
{
    size_t keep = 0;
    for (size_t i = 1; i + 1 < ws->n; i++) {
        if (seg_is_capitalized(ws->s, ws->w[i]) || !in_list(SPEECH_ACCORDING, ws, i))
            continue;
        size_t k = i + 1;
        while (k < ws->n && !seg_is_capitalized(ws->s, ws->w[k]) && !in_list(SPEECH_POSITIONS, ws, k))
            k++;
        if (k < ws->n)
            keep = k;
    }
    if (keep)
        drop_words(ws, keep);
}

/* "(Jokowi)": the name's short form in brackets, as an arena string; else
 * NULL. */
static const char *bracketed_alias(arena *a, const char *s, seg_span w)
{
    seg_span inner;
    return seg_bracketed_name(s, w, &inner) ? arena_strndup(a, s + inner.start, inner.end - inner.start) : NULL;
}

/* The short form acr[0..len) spells the words [k, end): each capitalised word
 * gives it its first letter and maybe more of its letters in order, a
 * conjunction may give none ("Kasad": Kepala Staf Angkatan Darat, Kepala
 * written "Ka"; "BMKG": Badan Meteorologi, Klimatologi, dan Geofisika). */
static bool spells_words(const words *ws, size_t k, size_t end, const char *acr, size_t len)
{
    if (k == end)
        return len == 0;
    if (!seg_is_capitalized(ws->s, ws->w[k]))
        return in_list(SPEECH_CONJUNCTIONS, ws, k) && spells_words(ws, k + 1, end, acr, len);
    seg_span c = seg_core(ws->s, ws->w[k]);
    if (!len || (ws->s[c.start] | 0x20) != (acr[0] | 0x20))
        return false;
    size_t l = 1, i = c.start + 1; /* the word gives acr[0..l) */
    for (;;) {
        if (spells_words(ws, k + 1, end, acr + l, len - l))
            return true;
        while (i < c.end && l < len && (ws->s[i] | 0x20) != (acr[l] | 0x20))
            i++;
        if (i >= c.end || l >= len)
            return false;
        i++, l++;
    }
}

/* "Kepala Staf Angkatan Darat (Kasad)", "Badan Pengelola Dana Perkebunan
 * (BPDP)": the short form in brackets after the name spells the role's last
 * words with it, so the name's words name the office or body too (a
 * person's initials, "Ahmad Fauzi (AF)", spell the name only). */
static bool name_inside_short_form(const words *ws, size_t name_start, size_t bracket)
{
    /* (a short form's letters bound the ways the words may give them: at
     * most 2^11 for each first word) */
    enum { MAX_ROLE_WORDS = 6, MAX_SHORT_FORM = 12 };
    seg_span inner = seg_core(ws->s, ws->w[bracket]);
    if (ws->s[ws->w[bracket].start] != '(' || !seg_is_capitalized(ws->s, inner) ||
        inner.end - inner.start > MAX_SHORT_FORM)
        return false;
    for (size_t j = name_start; j > 0 && name_start - j < MAX_ROLE_WORDS && !seg_trailing_punct(ws->s, ws->w[j - 1]);
         j--)
        if (spells_words(ws, j - 1, bracket, ws->s + inner.start, inner.end - inner.start))
            return true;
    return false;
}

/* The mention is one word, after its honorifics or titles, and its nickname
 * aside: "Lia, sapaan akrabnya", "Kiai Fathur, sapaan akrabnya", "Kristo,
 * sapaan akrab Kristoforus" (NICKNAMES words after the comma, the last a
 * -nya word or before the name the nickname is of): where that name starts,
 * ws->n when the aside points back; 0 when there is no aside. */
static size_t nickname_aside(const words *ws)
{
    enum { MAX_TITLES = 2 };
    size_t nick = 0;
    while (nick < MAX_TITLES && nick + 1 < ws->n && !seg_trailing_punct(ws->s, ws->w[nick]) &&
           (in_list(SPEECH_HONORIFICS, ws, nick) || in_list(SPEECH_TITLES, ws, nick)))
        nick++;
    /* a nickname of two words: "Ummi Cut, sapaan akrabnya" */
    if (nick == 0 && ws->n > 1 && !seg_trailing_punct(ws->s, ws->w[0]) && seg_is_capitalized(ws->s, ws->w[0]) &&
        seg_trailing_punct(ws->s, ws->w[1]) == ',')
        nick = 1;
    if (ws->n < nick + 3 || seg_trailing_punct(ws->s, ws->w[nick]) != ',' || !seg_is_capitalized(ws->s, ws->w[nick]))
        return 0;
    size_t i = nick + 1;
    for (; i < ws->n && !seg_is_capitalized(ws->s, ws->w[i]); i++) {
        seg_span c = seg_core(ws->s, ws->w[i]);
        if (nickname_lookup(ws->s + c.start, c.end - c.start) < 0)
            return 0;
    }
    if (i == nick + 1)
        return 0;
    return i < ws->n ? i : ends_in_nya(ws, ws->n - 1) ? ws->n : 0;
}

/* "Kepala Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan
 * Permukiman, Eka Dewi": after a role, a capitalised segment that more of
 * the office's name follows (no office word opens it) is an item of that
 * name when a name segment comes later. */
static bool office_list_item(const words *ws, const segment_kind *kind, const size_t *from, size_t nseg, size_t k)
{
    if (k == 0 || kind[0] != SEG_ROLE || k + 2 >= nseg || kind[k + 1] != SEG_ROLE ||
        !seg_is_capitalized(ws->s, ws->w[from[k + 1]]) || in_list(SPEECH_POSITIONS, ws, from[k + 1]))
        return false;
    for (size_t j = k + 2; j < nseg; j++)
        if (kind[j] == SEG_NAME || kind[j] == SEG_TITLED)
            return true;
    return false;
}

/* A mention is comma-separated segments: a name (with its titles and
 * degrees) and the role around it, in either order. When several capitalised
 * segments follow a role, the last is the name and the others continue the
 * role ("Kepala Dinas Koperasi, Usaha Mikro dan Perdagangan, Budi"). */
/* "alias" at ws[i] and the capitalised words of the nickname after it, up
 * to the one a comma or stop closes: how many words they are, 0 if none. */
static size_t alias_words(const words *ws, size_t i)
{
    enum { MAX_NICK_WORDS = 3 };
    seg_span c = seg_core(ws->s, ws->w[i]);
    /* or "atau" between a name and the nickname that ends the mention ("Oji Sutarji atau Mang Oji") */
    bool atau = i > 0 && seg_equals(ws->s, ws->w[i], "atau") && seg_is_capitalized(ws->s, ws->w[i - 1]) &&
                !seg_trailing_punct(ws->s, ws->w[i - 1]);
    if (seg_is_capitalized(ws->s, ws->w[i]) ||
        (!atau && nickname_lookup(ws->s + c.start, c.end - c.start) != NICK_ALIAS) ||
        seg_trailing_punct(ws->s, ws->w[i]))
        return 0;
    size_t k = i + 1;
    while (k < ws->n && k - i <= MAX_NICK_WORDS && seg_is_capitalized(ws->s, ws->w[k]) &&
           !seg_trailing_punct(ws->s, ws->w[k - 1 > i ? k - 1 : i]))
        k++;
    return k > i + 1 && (!atau || k == ws->n) ? k - i : 0;
}

/* "Korban YS", "Terdakwa HR", "warga binaan, JPR (38)": a person's initials
 * after the word for the one a report is about, or apposed to a
 * description, are the name the article gives (GOLD.md); not an acronym
 * any list knows ("Kepala BPBD"). */
static void initials_as_name(arena *a, parsed_mention *p)
{
    enum { MIN_INITIALS = 2, MAX_INITIALS = 4 };
    const char *r = p->role;
    size_t len = strlen(r), start = len;
    while (start > 0 && r[start - 1] != ' ')
        start--;
    size_t n = len - start;
    if (start < 2 || n < MIN_INITIALS || n > MAX_INITIALS)
        return;
    for (size_t i = start; i < len; i++)
        if (r[i] < 'A' || r[i] > 'Z')
            return;
    if (speech_lists_of(r + start, n) || region_lookup(r + start, n))
        return;
    size_t before_end = start - 1, before = before_end;
    while (before > 0 && r[before - 1] != ' ')
        before--;
    bool apposed = r[before_end - 1] == ',';
    int pos = speech_lookup(SPEECH_POSITIONS, r + before, before_end - before - apposed);
    if (!apposed && pos != POS_TOPIC) /* (not "guru SMA": a description's acronym may name its place) */
        return;
    p->name = arena_strndup(a, r + start, n);
    p->role = arena_strndup(a, r, before_end - apposed);
    p->office = true;
}

static parsed_mention parse_mention(arena *a, const char *m)
{
    parsed_mention p = {0};
    if (!m)
        return p;
    m = unglue(a, m);
    words ws;
    split_words(m, 0, strlen(m), &ws);
    mark_ranks(&ws, strlen(m));
    mark_inner_particles(&ws);
    after_dateline(&ws);
    after_according(&ws);
    after_open_parenthesis(&ws);
    /* "Lia, sapaan akrabnya, mengatakan": a nickname the article gives the
     * person it is speaking of, who is the one meant */
    size_t named = nickname_aside(&ws);
    if (named == ws.n) {
        p.pronoun = true;
        return p;
    }
    if (named) /* "Kristo, sapaan akrab Kristoforus": the name it stands for */
        drop_words(&ws, named);
    size_t from[MAX_SEGMENTS], to[MAX_SEGMENTS], nseg = 0, depth = 0, start = 0;
    segment_kind kind[MAX_SEGMENTS];
    for (size_t i = 0; i < ws.n && nseg < MAX_SEGMENTS; i++) {
        seg_span w = ws.w[i];
        for (size_t k = w.start; k < w.end; k++)
            depth += m[k] == '(' ? 1 : (m[k] == ')' && depth ? (size_t)-1 : 0);
        /* "Wakil Ketua PTA Surabaya - Drs. H. Makmun": a dash standing
         * between a role and a titled name parts them as a comma does */
        bool dash = depth == 0 && i > start && i + 1 < ws.n && seg_is_dash_word(m, w) &&
                    (in_list(SPEECH_TITLES, &ws, i + 1) || in_list(SPEECH_HONORIFICS, &ws, i + 1));
        /* "warga bernama Siti Aminah": a naming link parts the description
         * from the name, and is neither */
        size_t link = depth == 0 && i > start ? link_words(&ws, i, seg_naming_link) : 0;
        /* "Kustini Purnomo yang juga Ketua DPD ...": so does the link to an
         * office after a name (after an office, it goes on the role as
         * written: "Bupati Sleman yang juga Ketua DPD ...") */
        size_t office = depth == 0 && i > start && !link ? link_words(&ws, i, seg_office_link) : 0;
        /* "Slamet Widodo Sutarmanto alias Mbah Met": the nickname after
         * "alias" is passed over, the name ends before it */
        if (!link && !office && depth == 0 && i > start)
            link = alias_words(&ws, i);
        if (office) {
            size_t f = start, t = i;
            bool ended = false;
            if (segment_kind_of(&ws, &f, &t, false, &ended) == SEG_NAME)
                link = office;
        }
        if ((seg_trailing_punct(m, w) == ',' && depth == 0) || dash || link || i + 1 == ws.n) {
            bool ended = false;
            from[nseg] = start, to[nseg] = dash || link ? i : i + 1;
            kind[nseg] = segment_kind_of(&ws, &from[nseg], &to[nseg], i + 1 == ws.n && !link, &ended);
            start = i + 1;
            if (link)
                start = i + link, i = start - 1;
            /* "Kepala Rutan Bahtiar Sembiring, SH, Sambut kehadiran ...":
             * degrees close the name before them; what follows is the clause */
            if (kind[nseg] == SEG_NAME && nseg && kind[nseg - 1] == SEG_DEGREES)
                break;
            /* "Drs. Kunto Riyadi, MPPM, ...": an acronym after a name is its
             * degree (Sarjana, Magister, Diploma, Ahli), and one after its
             * degrees a fellowship's too ("Sp.JP, FIHA") */
            if (kind[nseg] == SEG_ROLE && nseg &&
                (kind[nseg - 1] == SEG_NAME || kind[nseg - 1] == SEG_TITLED || kind[nseg - 1] == SEG_DEGREES) &&
                to[nseg] == from[nseg] + 1 && seg_is_acronym(m, ws.w[from[nseg]]) &&
                strchr(kind[nseg - 1] == SEG_DEGREES ? "SMDAF" : "SMDA", m[ws.w[from[nseg]].start]))
                kind[nseg] = SEG_DEGREES;
            nseg += kind[nseg] != SEG_JUNK;
            if (ended)
                break;
        }
    }
    /* the titled segment whose title opens it, else the first titled one:
     * "Dokter spesialis anak RSUD dr. Adjidarmo, dr. Fitriani Nasution" (a
     * title inside a segment may name the hospital or the road) */
    long name = -1;
    for (size_t k = 0; k < nseg && name < 0; k++)
        if (kind[k] == SEG_TITLED && opens_name(&ws, from[k], to[k]))
            name = (long)k;
    for (size_t k = 0; k < nseg && name < 0; k++)
        if (kind[k] == SEG_TITLED)
            name = (long)k;
    /* "Divisi Pencegahan, Partisipasi Masyarakat, dan Hubungan Masyarakat,
     * Dwi": a segment that a conjunction segment follows is a list item. */
    for (size_t k = 0; k < nseg && name < 0; k++)
        if (kind[k] == SEG_NAME && (k + 1 == nseg || (kind[k + 1] != SEG_NAME && kind[k + 1] != SEG_LIST &&
                                                       !in_list(SPEECH_CONJUNCTIONS, &ws, from[k + 1]))) &&
            !office_list_item(&ws, kind, from, nseg, k))
            name = (long)k;
    if (nseg >= 1 && kind[0] == SEG_PRONOUN) {
        p.pronoun = true;
        return p;
    }
    size_t role_before_name = 0; /* the role's length before the name was read */
    for (size_t k = 0; k < nseg; k++) {
        seg_span head = ws.w[from[k]];
        if ((long)k == name)
            role_before_name = p.role ? strlen(p.role) : 0;
        if (name >= 0 && (long)k > name && kind[k] == SEG_ROLE && !seg_is_capitalized(m, head) &&
            !in_list(SPEECH_POSITIONS, &ws, from[k]) && !in_list(SPEECH_CONJUNCTIONS, &ws, from[k]) &&
            !seg_equals(m, head, "selaku") && !seg_equals(m, head, "sebagai") && p.role &&
            strlen(p.role) > role_before_name)
            break; /* "Rabinah (75) warga Desa X, rumah milik ...": after the role, the clause goes on */
        if (name >= 0 && (long)k > name && p.role && seg_is_capitalized(m, head) &&
            in_list(SPEECH_POSITIONS, &ws, from[k]))
            break; /* "Kepala Bidang X, Jamun, Kepala Kankemenag Y, ...": the next person of a list */
        if (kind[k] == SEG_DEGREES) {
            const char *d = join(a, &ws, from[k], to[k], true);
            p.degrees = p.degrees ? append(a, p.degrees, d) : d;
        } else if ((long)k == name) {
            read_segment(a, &ws, from[k], to[k], &p);
        } else if (kind[k] != SEG_PRONOUN) {
            size_t f = from[k];
            /* "M.Eng. sebagai Pembina upacara", "Budi, selaku ketua": the role
             * after it (not inside a relative clause: "yang kini bertugas
             * sebagai dokter") */
            for (size_t i = f + (p.role != NULL); i + 1 < to[k] && !seg_equals(m, ws.w[i], "yang"); i++)
                if (seg_equals(m, ws.w[i], "sebagai") || seg_equals(m, ws.w[i], "selaku"))
                    f = i + 1;
            while (f < to[k] && in_list(SPEECH_FILLERS, &ws, f))
                f++;
            /* an office, or a description apposed to a name ("Pemilik rumah,
             * Yusnidar"): surely a person */
            if (in_list(SPEECH_POSITIONS, &ws, f) || ((long)k < name && sentence_case_description(&ws, f, to[k])))
                p.office = true;
            /* "pedagang cabai Sarmini (48)": an age ends a name, kept out of the role */
            size_t t = to[k];
            while (t > f + 1 && is_aside(&ws, t - 1)) {
                t--;
                p.office = p.aged = true;
            }
            const char *part = join(a, &ws, f, t, false);
            p.role = p.role && part ? join_with(a, p.role, ", ", part) : (p.role ? p.role : part);
        }
    }
    if (!p.name && p.role)
        initials_as_name(a, &p);
    if (p.titles || p.honorific)
        p.office = true;
    /* "Presiden Joko Widodo (Jokowi)": the name's short form in brackets */
    for (size_t i = 0; i < ws.n && p.name && !p.alias; i++)
        p.alias = bracketed_alias(a, m, ws.w[i]);
    /* "guru besar itu", "pejabat tersebut": a description that points back */
    if (!p.name && ws.n > 1 && in_list(SPEECH_ANAPHORA, &ws, ws.n - 1))
        p.pronoun = true;
    /* "Tasya Amelia Rahmadani/Kezia Natalia Sembiring": a pair is read as
     * its first person, the one named first */
    const char *slash = p.name ? strchr(p.name, '/') : NULL;
    if (slash && slash > p.name && slash[1] >= 'A' && slash[1] <= 'Z')
        p.name = arena_strndup(a, p.name, (size_t)(slash - p.name));
    return p;
}

/* Words that tell where someone comes from, a place's name after them
 * (KBBI: "pria kelahiran Kendal", "pemain asal Kupang", "putra asli Papua"). */
static const lex_entry ORIGIN_WORDS[] = {{"asal", 1}, {"asli", 1}, {"kelahiran", 1}};

/* The mention is `name` and lower-case words: "Jenderal bintang dua", or
 * the place of the origin they tell ("Gelandang kelahiran Kendal"). */
static bool described_name(const char *mention, const char *name)
{
    size_t n = strlen(name);
    if (!mention || strncmp(mention, name, n) != 0 || mention[n] != ' ')
        return false;
    bool origin = false;
    for (const char *p = mention + n; *p;) {
        p += *p == ' ';
        size_t len = strcspn(p, " ");
        bool capital = *p >= 'A' && *p <= 'Z';
        if (capital && !origin)
            return false;
        origin = (capital && origin) || lex_lookup(LEX_TABLE(ORIGIN_WORDS), p, len) >= 0;
        p += len;
    }
    return true;
}

/* ---- comparing -------------------------------------------------------------- */

static bool word_eq(const char *a, size_t an, const char *b, size_t bn)
{
    return an == bn && strncasecmp(a, b, an) == 0;
}

static void list_add(word_list *l, const char *s, size_t len, bool specific)
{
    if (l->n < MAX_LIST_WORDS && len && len <= USHRT_MAX) {
        l->w[l->n].s = s, l->w[l->n].len = (unsigned short)len, l->w[l->n].specific = specific;
        l->w[l->n].field = specific && speech_lookup(SPEECH_FIELDS, s, len) >= 0;
        l->n++;
    }
}

static void list_of(const char *text, bool role, word_list *out)
{
    out->n = 0;
    if (!text)
        return;
    words ws;
    split_words(text, 0, strlen(text), &ws);
    for (size_t i = 0; i < ws.n; i++) {
        seg_span c = seg_core(text, ws.w[i]);
        const char *full = role ? speech_role_expansion(text + c.start, c.end - c.start) : NULL;
        if (!full) {
            list_add(out, text + c.start, c.end - c.start,
                     seg_is_capitalized(text, c) && !in_list(SPEECH_POSITIONS, &ws, i));
            continue;
        }
        words fw;
        split_words(full, 0, strlen(full), &fw);
        for (size_t k = 0; k < fw.n; k++)
            list_add(out, full + fw.w[k].start, fw.w[k].end - fw.w[k].start, !in_list(SPEECH_POSITIONS, &fw, k));
    }
}

/* Every word of `part` (every specific one) is a word of `whole`. */
/* Whether the word s[0..len) is one of l's (case-insensitive). */
static words_view view(const word_list *l) { return (words_view){l->n, l->w}; }

/* "Hasannudin" and "Hasanudin", "Muhamad" and "Muhammad": the same word but
 * for a doubled letter, a spelling that varies within one article. Words of
 * five letters and more ("Ana" and "Anna" stay two). */
static bool same_but_doubled(const char *a, size_t an, const char *b, size_t bn)
{
    if (an == bn || an + 2 < bn || bn + 2 < an || an < 5 || bn < 5)
        return false;
    size_t i = 0, j = 0;
    while (i < an && j < bn) {
        if (lex_fold((unsigned char)a[i]) != lex_fold((unsigned char)b[j]))
            return false;
        unsigned char c = lex_fold((unsigned char)a[i]);
        while (++i < an && lex_fold((unsigned char)a[i]) == c)
            ;
        while (++j < bn && lex_fold((unsigned char)b[j]) == c)
            ;
    }
    return i == an && j == bn;
}

/* Name parts the press writes short or long in one article: the Makassar
 * daeng name ("Dg Nassa", "Daeng Nassa"), the Minangkabau datuk title ("Dt.
 * Bandaro", "Datuak Bandaro"). */
static const struct {
    const char *short_form, *long_form;
} NAME_PART_FORMS[] = {{"Dg", "Daeng"}, {"Dt", "Datuk"}, {"Dt", "Datuak"}, {"Datuk", "Datuak"}};

static bool same_name_part(const char *a, size_t an, const char *b, size_t bn)
{
    for (size_t i = 0; i < sizeof NAME_PART_FORMS / sizeof *NAME_PART_FORMS; i++) {
        const char *x = NAME_PART_FORMS[i].short_form, *y = NAME_PART_FORMS[i].long_form;
        if ((word_eq(a, an, x, strlen(x)) && word_eq(b, bn, y, strlen(y))) ||
            (word_eq(a, an, y, strlen(y)) && word_eq(b, bn, x, strlen(x))))
            return true;
    }
    return false;
}

static bool list_has(words_view l, const char *s, size_t len)
{
    for (size_t i = 0; i < l.n; i++)
        if (word_eq(s, len, l.w[i].s, l.w[i].len) || same_but_doubled(s, len, l.w[i].s, l.w[i].len) ||
            same_name_part(s, len, l.w[i].s, l.w[i].len))
            return true;
    return false;
}

/* s[0..len) is made of the starts (two letters or more) of whole's words
 * from j on, two words at least: "Pessel" of "Pesisir Selatan", "Kukar" of
 * "Kutai Kartanegara". */
static bool prefixes_from(const char *s, size_t len, words_view whole, size_t j, size_t used)
{
    enum { MIN_PART = 2 };
    if (!len)
        return used >= 2;
    if (j >= whole.n)
        return false;
    const list_word *w = &whole.w[j];
    for (size_t k = MIN_PART; k <= len && k <= w->len; k++) {
        if (lex_fold((unsigned char)s[k - 1]) != lex_fold((unsigned char)w->s[k - 1]))
            break;
        if (prefixes_from(s + k, len - k, whole, j + 1, used + 1))
            return true;
    }
    return false;
}

/* "ESDM" of "Energi dan Sumber Daya Mineral", "BPS" of "Badan Pusat
 * Statistik": a word in capitals that spells the initials of consecutive
 * words of whole, its "dan" left out. */
static bool spells_initials(const char *s, size_t len, words_view whole)
{
    enum { MIN_INITIALS = 3, MAX_INITIALS = 8 };
    if (len < MIN_INITIALS || len > MAX_INITIALS)
        return false;
    for (size_t k = 0; k < len; k++)
        if (s[k] < 'A' || s[k] > 'Z')
            return false;
    for (size_t j = 0; j < whole.n; j++) {
        size_t k = 0, i = j;
        while (k < len && i < whole.n) {
            const list_word *w = &whole.w[i++];
            if (k > 0 && (word_eq(w->s, w->len, "dan", 3) || word_eq(w->s, w->len, "serta", 5)))
                continue;
            if (lex_fold((unsigned char)w->s[0]) != lex_fold((unsigned char)s[k]))
                break;
            k++;
        }
        if (k == len)
            return true;
    }
    return false;
}

/* A regency's or a body's short form the press makes from the starts of its
 * words, a word no list holds: "Kalaksa BPBD Pessel" for "Kepala Pelaksana
 * BPBD Pesisir Selatan". */
static bool abbreviates(const char *s, size_t len, words_view whole)
{
    enum { MIN_SHORT = 4, MAX_SHORT = 10 };
    if (spells_initials(s, len, whole))
        return true;
    if (len < MIN_SHORT || len > MAX_SHORT || speech_lists_of(s, len))
        return false;
    for (size_t j = 0; j + 1 < whole.n; j++)
        if (lex_fold((unsigned char)s[0]) == lex_fold((unsigned char)whole.w[j].s[0]) &&
            prefixes_from(s, len, whole, j, 0))
            return true;
    return false;
}

static bool list_within(words_view part, words_view whole, bool specific_only)
{
    if (!part.n)
        return false;
    for (size_t i = 0; i < part.n; i++)
        if ((!specific_only || part.w[i].specific) && !list_has(whole, part.w[i].s, part.w[i].len) &&
            !(specific_only && abbreviates(part.w[i].s, part.w[i].len, whole)))
            return false;
    return true;
}

/* "Kepala Kantor Kementerian Agama" in "Kepala Kantor Wilayah Kementerian
 * Agama": a field the longer role inserts among the shorter's words makes
 * another office (Kakankemenag is not Kakanwil); one after them only
 * narrows it ("Kepala Dinas" ~ "Kepala Dinas Kesehatan"). */
/* Whole's word j is in a run of words whose initials spell a word in
 * capitals of part: "Badan Pusat Statistik" of "Kepala BPS Riau". */
static bool spelled_by_acronym(words_view part, words_view whole, size_t j)
{
    enum { MIN_ACRONYM = 2, MAX_ACRONYM = 8 };
    for (size_t i = 0; i < part.n; i++) {
        const list_word *a = &part.w[i];
        bool capitals = a->len >= MIN_ACRONYM && a->len <= MAX_ACRONYM;
        for (size_t k = 0; k < a->len && capitals; k++)
            capitals = a->s[k] >= 'A' && a->s[k] <= 'Z';
        /* the run may hold "dan", which the acronym skips: "Pekerjaan Umum
         * dan Penataan Ruang" is PUPR */
        for (size_t r = j + 1 > 2 * a->len ? j + 1 - 2 * a->len : 0; capitals && r <= j; r++) {
            size_t k = 0, q = r;
            for (; k < a->len && q < whole.n; q++) {
                bool conjunction = speech_lists_of(whole.w[q].s, whole.w[q].len) & 1u << SPEECH_CONJUNCTIONS;
                if (conjunction && k == 0)
                    break;
                if (conjunction)
                    continue;
                if (lex_fold((unsigned char)whole.w[q].s[0]) != lex_fold((unsigned char)a->s[k]))
                    break;
                k++;
            }
            if (k == a->len && q > j)
                return true;
        }
    }
    return false;
}

static bool field_inserted(words_view part, words_view whole)
{
    size_t last = 0;
    for (size_t j = 0; j < whole.n; j++)
        if (list_has(part, whole.w[j].s, whole.w[j].len))
            last = j;
    /* a field of two words the shorter names by its second ("Kepala Bagian
     * Usaha" for "Kepala Bagian Tata Usaha") is no other office */
    for (size_t j = 0; j < last; j++)
        if (whole.w[j].field && !list_has(part, whole.w[j].s, whole.w[j].len) &&
            !(whole.w[j + 1].field && list_has(part, whole.w[j + 1].s, whole.w[j + 1].len)) &&
            !spelled_by_acronym(part, whole, j))
            return true;
    return false;
}

/* Every word of `part` is a word of `whole` (case-insensitive). */
static bool words_within(const char *part, const char *whole)
{
    if (!part || !whole)
        return false;
    word_list p, w;
    list_of(part, false, &p);
    list_of(whole, false, &w);
    return list_within(view(&p), view(&w), false);
}

/* "Wagubri" and "Wakil Gubernur Riau (Wagubri)": a role whose first word
 * the other gives as its short form in parentheses ("Kapuspenkum Kejagung"
 * and "Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejaksaan Agung"). */
static bool short_form_in(const char *word, const char *role)
{
    size_t n = strcspn(word, " ");
    if (!n)
        return false;
    for (const char *p = strchr(role, '('); p; p = strchr(p + 1, '('))
        if (strncasecmp(p + 1, word, n) == 0 && p[1 + n] == ')')
            return true;
    return false;
}

/* "Bulog" of "Perum Bulog", "ASDP" of "PT ASDP Indonesia Ferry (Persero)":
 * a company named by the word after its legal form. */
static bool names_the_company(words_view one, words_view full)
{
    static const char *const LEGAL_FORMS[] = {"PT", "Perum", "Perumda", "PD", "CV", NULL};
    if (one.n != 1 || full.n < 2 || !word_eq(one.w[0].s, one.w[0].len, full.w[1].s, full.w[1].len))
        return false;
    for (size_t k = 0; LEGAL_FORMS[k]; k++)
        if (word_eq(full.w[0].s, full.w[0].len, LEGAL_FORMS[k], strlen(LEGAL_FORMS[k])))
            return true;
    return false;
}

/* Two descriptions of one office, their words read once: the same head
 * word, and the specific words of one all in the other ("Kapolres" ~
 * "Kapolres Manggarai Barat"); or one is the other's short form, or names
 * its company. */
static bool roles_match(const char *r1, words_view x, const char *r2, words_view y)
{
    if (!r1 || !r2)
        return false;
    if (short_form_in(r1, r2) || short_form_in(r2, r1) || names_the_company(x, y) || names_the_company(y, x))
        return true;
    if (!x.n || !y.n || !word_eq(x.w[0].s, x.w[0].len, y.w[0].s, y.w[0].len))
        return false;
    return (list_within(x, y, true) && !field_inserted(x, y)) || (list_within(y, x, true) && !field_inserted(y, x));
}

static bool role_match(const char *r1, const char *r2)
{
    if (!r1 || !r2)
        return false;
    word_list x, y;
    list_of(r1, true, &x);
    list_of(r2, true, &y);
    return roles_match(r1, view(&x), r2, view(&y));
}

/* ---- people ------------------------------------------------------------------- */

/* "PAS" for Putu Agus Suradnyana: a word in capitals that spells the
 * initials of every word of the name, as the press shortens the names of
 * regents and governors (no word of the lexicon). */
static bool initials_of(const char *w, size_t len, words_view name)
{
    /* three letters at least: "RI", "PA", "TU" end offices' names */
    if (len < 3 || len != name.n || speech_lists_of(w, len))
        return false;
    for (size_t k = 0; k < len; k++)
        if (w[k] < 'A' || w[k] > 'Z' || lex_fold((unsigned char)name.w[k].s[0]) != lex_fold((unsigned char)w[k]))
            return false;
    return true;
}

/* Whether text holds "(word)": the short form a role gives in brackets. */
static bool bracketed_in(const char *text, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = text; p && (p = strchr(p, '(')) != NULL; p++)
        if (strncasecmp(p + 1, word, n) == 0 && p[1 + n] == ')')
            return true;
    return false;
}

/* The person a mention names among those met so far, most recent first; -1.
 * The mention's words are read once, each person's when they change. */
/* "Frans Mbete" and "Fransiskus Xaverius Mbete": one last name, and one
 * first name the short form of the other's (three letters at least). */
static bool short_given_name(words_view a, words_view b)
{
    enum { MIN_SHORT_NAME = 3 };
    if (a.n < 2 || b.n < 2 || !word_eq(a.w[a.n - 1].s, a.w[a.n - 1].len, b.w[b.n - 1].s, b.w[b.n - 1].len))
        return false;
    const list_word *x = &a.w[0], *y = &b.w[0];
    if (x->len > y->len) {
        const list_word *t = x;
        x = y, y = t;
    }
    return x->len >= MIN_SHORT_NAME && x->len < y->len && strncasecmp(x->s, y->s, x->len) == 0;
}

/* s[0, n) is the first letters of `word`, a word at least MIN_NICKNAME
 * longer ("Taufiq" of "Taufiqurrahman", "Fadlan" of "Fadlansyah"). */
static bool first_letters_of(const list_word *word, const char *s, size_t n)
{
    return word->len >= n + MIN_NICKNAME && strncasecmp(word->s, s, n) == 0;
}

/* Every word of `name` is a word of the `full` name, but one that is a nickname
 * of one of them (its first letters: first_letters_of). */
static bool nicknamed_within(words_view name, words_view full)
{
    size_t nicknames = 0;
    for (size_t i = 0; i < name.n; i++) {
        bool same = false, nick = false;
        for (size_t k = 0; k < full.n && !same; k++) {
            const list_word *w = &full.w[k], *n = &name.w[i];
            same = word_eq(w->s, w->len, n->s, n->len);
            nick = nick || (n->len >= MIN_NICKNAME && first_letters_of(w, n->s, n->len));
        }
        if (!same && !nick)
            return false;
        nicknames += !same;
    }
    return nicknames == 1;
}

/* The name read is words of p's office before words of p's name ("Raja
 * Abdullah" for the Raja Negeri Kwaos, Abdullah Rumonin; "Temenggung Markus"
 * for the Ketua UPPB yang juga Temenggung Adat ..., Markus Ilir Sengkuang):
 * the office's first words, or those of a second office it names. */
static bool office_before_name(const person *p, words_view name)
{
    if (!p->who.name)
        return false;
    for (size_t j = 0; j < p->role_w.n; j++) {
        size_t k = 0;
        while (k + 1 < name.n && j + k < p->role_w.n &&
               word_eq(p->role_w.w[j + k].s, p->role_w.w[j + k].len, name.w[k].s, name.w[k].len))
            k++;
        if (k && list_within((words_view){name.n - k, name.w + k}, p->name_w, false))
            return true;
    }
    return false;
}

static long find_person(const people *ps, const parsed_mention *m)
{
    enum { MIN_ADDRESSED_NICKNAME = 3 };
    size_t stop = ps->len > RECENT_PEOPLE ? ps->len - RECENT_PEOPLE : 0;
    word_list name, role;
    list_of(m->name, false, &name);
    list_of(m->role, true, &role);
    if (m->name)
        for (size_t i = ps->len; i-- > stop;) {
            const person *p = &ps->items[i];
            if (p->who.name && (list_within(view(&name), p->name_w, false) || list_within(p->name_w, view(&name), false) ||
                                short_given_name(view(&name), p->name_w)))
                return (long)i;
            /* "kata Jokowi" after "Presiden Joko Widodo (Jokowi)", or before it;
             * "kata MenPAN-RB" after "Menteri ... Birokrasi (MenPAN-RB) X" */
            if ((p->who.alias && strcasecmp(p->who.alias, m->name) == 0) ||
                (!m->role && !strchr(m->name, ' ') && bracketed_in(p->who.role, m->name)) ||
                (m->alias && p->who.name && strcasecmp(m->alias, p->who.name) == 0))
                return (long)i;
        }
    /* "Paman Birin" for "Sahbirin Noor", "Cak Imin" for "Muhaimin": a
     * nickname made of a name word's last syllables, or of the first ones
     * of a long word ("Taufiq" for "Taufiqurrahman"; not "Budi" for
     * "Budiman"), when one person has it; after a term of address a short
     * one too ("Bang Yus" for "Yusransyah") */
    long ending = -1;
    if (m->name && !m->role && name.n == 1 && name.w[0].len >= (m->honorific ? MIN_ADDRESSED_NICKNAME : MIN_NICKNAME))
        for (size_t i = ps->len; i-- > stop;) {
            const person *p = &ps->items[i];
            for (size_t k = 0; p->who.name && k < p->name_w.n; k++) {
                const list_word *w = &p->name_w.w[k];
                size_t n = name.w[0].len;
                if ((w->len >= n + 2 && strncasecmp(w->s + w->len - n, name.w[0].s, n) == 0) ||
                    first_letters_of(w, name.w[0].s, n)) {
                    if (ending >= 0 && ending != (long)i)
                        return -1;
                    ending = (long)i;
                }
            }
        }
    /* ... and "Tengku Fadlan" for "Tengku Muhammad Fadlansyah": the other
     * words of the name the person's own */
    for (size_t i = ps->len; m->name && !m->role && name.n > 1 && ending < 0 && i-- > stop;)
        if (ps->items[i].who.name && nicknamed_within(view(&name), ps->items[i].name_w))
            ending = (long)i;
    if (ending >= 0)
        return ending;
    /* "ujar Raja Abdullah" after "Raja Negeri Kwaos, Abdullah Rumonin",
     * "ujar Timanggong Markus": words of an office before words of the name
     * of the one person who holds it (office_before_name) */
    for (size_t i = ps->len; m->name && !m->role && i-- > stop;)
        if (office_before_name(&ps->items[i], view(&name))) {
            if (ending >= 0)
                return -1;
            ending = (long)i;
        }
    if (ending >= 0)
        return ending;
    /* "tanya Pak Imam" after "Imam Masjid Baiturrahman, H. Kasim Talib": an
     * honorific before the first word of someone's office addresses them,
     * when that word is no one's name */
    if (m->name && m->honorific && !m->role && name.n == 1)
        for (size_t i = ps->len; i-- > stop;) {
            const person *p = &ps->items[i];
            if (p->who.role && p->role_w.n > 1 &&
                word_eq(p->role_w.w[0].s, p->role_w.w[0].len, name.w[0].s, name.w[0].len)) {
                if (ending >= 0)
                    return -1;
                ending = (long)i;
            }
        }
    if (ending >= 0)
        return ending;
    if (m->role)
        for (size_t i = ps->len; i-- > stop;) {
            const person *p = &ps->items[i];
            if ((!m->name || !p->who.name) && roles_match(m->role, view(&role), p->who.role, p->role_w))
                return (long)i;
        }
    /* "kata Wabup Kanisius": a role that ends in the name of someone met
     * before, or in its initials ("Bupati PAS") */
    if (!m->name && m->role && role.n > 1)
        for (size_t i = ps->len; i-- > stop;) {
            const person *p = &ps->items[i];
            if (initials_of(role.w[role.n - 1].s, role.w[role.n - 1].len, p->name_w))
                return (long)i;
            for (size_t k = 0; k < p->name_w.n; k++)
                if (p->name_w.w[k].len >= 3 && word_eq(role.w[role.n - 1].s, role.w[role.n - 1].len, p->name_w.w[k].s,
                                                      p->name_w.w[k].len))
                    return (long)i;
        }
    return -1;
}

/* A copy of l's words in the arena; no words when out of memory (the
 * arena then fails the parse). */
static words_view kept(arena *a, const word_list *l)
{
    list_word *w = l->n ? arena_alloc(a, l->n * sizeof *w) : NULL;
    if (!w)
        return (words_view){0, NULL};
    memcpy(w, l->w, l->n * sizeof *w);
    return (words_view){l->n, w};
}

/* A person's words read again after their name or role changed (only
 * then: a person quoted a thousand times would keep a thousand copies). */
static void refresh(arena *a, person *p)
{
    if (p->name_w.w && p->role_w.w && p->read_name == p->who.name && p->read_role == p->who.role)
        return;
    p->read_name = p->who.name, p->read_role = p->who.role;
    word_list l;
    list_of(p->who.name, false, &l);
    p->name_w = kept(a, &l);
    list_of(p->who.role, true, &l);
    p->role_w = kept(a, &l);
}

static const char *longer(const char *a, const char *b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return strlen(b) > strlen(a) ? b : a;
}

/* The words of s that start in lower case. */
static size_t lower_case_words(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p; p++)
        n += (p == s || p[-1] == ' ') && *p >= 'a' && *p <= 'z';
    return n;
}

static void merge_into(person *p, const parsed_mention *m)
{
    word_list name;
    list_of(m->name, false, &name);
    if (!office_before_name(p, view(&name))) /* "Raja Abdullah" names no one new */
        p->who.name = longer(p->who.name, m->name);
    if (!p->who.alias)
        p->who.alias = m->alias;
    /* the fullest role (one that goes on from it), not an epithet's
     * description ("Gubernur perempuan pertama Jatim" after "Gubernur Jawa
     * Timur") */
    if (m->role && (!p->who.role || (strlen(m->role) > strlen(p->who.role) &&
                                     (strncmp(m->role, p->who.role, strlen(p->who.role)) == 0 ||
                                      lower_case_words(m->role) <= lower_case_words(p->who.role)))) &&
        !(p->who.name && words_within(p->who.name, m->role)))
        p->who.role = m->role;
    if (!p->who.honorific)
        p->who.honorific = m->honorific;
    p->who.titles = longer(p->who.titles, m->titles);
    p->who.degrees = longer(p->who.degrees, m->degrees);
    p->mentions++;
}

/* "Bupati dan Wakil Bupati Kepulauan Tanimbar": two people, no speaker. */
static bool two_offices(const char *role)
{
    words ws;
    split_words(role, 0, strlen(role), &ws);
    for (size_t i = 1; i + 1 < ws.n; i++) {
        size_t k = i + 1;
        while (k + 1 < ws.n && in_list(SPEECH_FILLERS, &ws, k))
            k++; /* "dan beberapa Hakim Tinggi" */
        if (in_list(SPEECH_CONJUNCTIONS, &ws, i) && in_list(SPEECH_POSITIONS, &ws, k))
            return true;
    }
    return false;
}

/* Two or more words that can only be a person's name ("Erwin Dharmawan"),
 * not a sentence's capitalised subject ("Hari Ulang Tahun (HUT)"). */
static bool plain_name(const char *name)
{
    words ws;
    split_words(name, 0, strlen(name), &ws);
    if (ws.n < 2)
        return false;
    static const speech_list never[] = {SPEECH_OPENERS, SPEECH_INTRO,     SPEECH_PLACES,      SPEECH_FIELDS,
                                        SPEECH_ORG,     SPEECH_MENTION_STOPS, SPEECH_PLACE_UNITS, SPEECH_POSITIONS,
                                        SPEECH_CUES,    SPEECH_EVENTS};
    for (size_t i = 0; i < ws.n; i++) {
        seg_span c = seg_core(name, ws.w[i]);
        if (c.start != ws.w[i].start || c.end != ws.w[i].end || seg_is_acronym(name, ws.w[i]) || is_date_word(&ws, i))
            return false;
        for (size_t k = 0; k < sizeof never / sizeof *never && !in_list(SPEECH_NAME_PARTICLES, &ws, i); k++)
            if (in_list(never[k], &ws, i))
                return false;
    }
    return true;
}

/* A mention that may open a new person: a subject needs an office, a title,
 * an honorific or a plain name to count as one; a quote's source always
 * does, unless it names two people. */
static bool may_found(const parsed_mention *m, bool of_quote)
{
    /* "Bupati dan Wakil Bupati ... mengatakan" is two people; "Ketua
     * Perkumpulan Porter dan Pemandu Rinjani, Mastur Hadiwinata" one */
    if (m->pronoun || (!m->name && !m->role) || (m->role && !m->name && two_offices(m->role)))
        return false;
    /* "Warga pun kini bergiliran berjaga ...": a group or a kind of people
     * acting, one description word and no name, is no one a later
     * pronoun points to (GOLD.md) */
    if (!of_quote && !m->name && m->role && !strchr(m->role, ' ') &&
        speech_lookup(SPEECH_POSITIONS, m->role, strlen(m->role)) == POS_DESCRIPTOR)
        return false;
    return of_quote || m->office || (m->name && !m->role && plain_name(m->name));
}

/* The organisation in a role: the words after its office words. */
static const char *organization_of(arena *a, const char *role)
{
    if (!role)
        return NULL;
    words ws;
    split_words(role, 0, strlen(role), &ws);
    /* the office's words: "Kepala Pelaksana", "Sekretaris Jenderal" */
    size_t i = 0;
    while (i < ws.n && (in_list(SPEECH_POSITIONS, &ws, i) || (i > 0 && in_list(SPEECH_OFFICE_QUALIFIERS, &ws, i)) ||
                        !seg_is_capitalized(role, ws.w[i])))
        i++;
    return i > 0 && i < ws.n ? join(a, &ws, i, ws.n, false) : NULL;
}

static const char *span_text(arena *a, const char *t, size_t start, size_t end)
{
    while (end > start && strchr(",.;:!? ", t[end - 1]))
        end--;
    return arena_strndup(a, t + start, end - start);
}

/* ---- the document's words ---------------------------------------------------- */

/* A set of words, ASCII case folded: open addressing in the work arena.
 * Lengths and counts are 32-bit (a document is far smaller), as a body's
 * set holds a slot for every second word it may have. */
typedef struct {
    const char *s;
    /* places: the word that follows this one after a place unit, when it is
     * always the same one ("Aceh Besar", not "Pati Haryanto") */
    const char *next;
    const char *defined; /* acronyms: "Badan Meteorologi, ..., dan Geofisika (BMKG)" */
    uint32_t len;
    uint32_t next_len, followed; /* followed: times seen after a unit */
    uint32_t defined_len;
    bool mixed;
} word_ref;

typedef struct {
    word_ref *slots;
    size_t cap, n; /* cap a power of two, at least twice n */
} word_set;

static size_t fold_hash(const char *s, size_t len)
{
    size_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i])) * 16777619u;
    return h;
}

static word_ref *set_find(const word_set *set, const char *s, size_t len)
{
    if (!set->cap || !len)
        return NULL;
    for (size_t i = fold_hash(s, len) & (set->cap - 1);; i = (i + 1) & (set->cap - 1)) {
        word_ref *r = &set->slots[i];
        if (!r->s)
            return NULL;
        if (word_eq(r->s, r->len, s, len))
            return r;
    }
}

static bool set_has(const word_set *set, const char *s, size_t len) { return set_find(set, s, len) != NULL; }

static word_ref *set_put(word_ref *slots, size_t cap, word_ref w)
{
    size_t i = fold_hash(w.s, w.len) & (cap - 1);
    while (slots[i].s)
        i = (i + 1) & (cap - 1);
    slots[i] = w;
    return &slots[i];
}

/* Room for `count` words in all; false when out of memory. A set that grows
 * gives its old slots back when they were big enough to have a block of their
 * own (a body's places may be tens of thousands). */
static bool set_reserve(arena *a, word_set *set, size_t count)
{
    if (count * 2 <= set->cap)
        return true;
    size_t cap = set->cap ? set->cap : 64;
    while (cap < count * 2)
        cap *= 2;
    word_ref *slots = arena_alloc(a, cap * sizeof *slots);
    if (!slots)
        return false;
    for (size_t i = 0; i < set->cap; i++)
        if (set->slots[i].s)
            set_put(slots, cap, set->slots[i]);
    arena_give_back(a, set->slots);
    set->slots = slots, set->cap = cap;
    return true;
}

/* The word's entry, added when new; NULL when out of memory. The pointer
 * holds until the next add. */
static word_ref *set_add(arena *a, word_set *set, const char *s, size_t len)
{
    word_ref *found = set_find(set, s, len);
    if (found || !len)
        return found;
    if (!set_reserve(a, set, set->n + 1))
        return NULL;
    set->n++;
    return set_put(set->slots, set->cap, (word_ref){.s = s, .len = len});
}

static bool set_has_word(const word_set *set, const words *ws, size_t i)
{
    seg_span c = seg_core(ws->s, ws->w[i]);
    return set_has(set, ws->s + c.start, c.end - c.start);
}

/* A nickname the article gives someone, and the mention it stands for
 * ("Koh Anton": "Antonius Wibisono"; "Rinoa": "Penyanyi Rina Oktaviani"). */
typedef struct {
    const char *nick;
    parsed_mention who;
} given_nickname;

/* What the article tells about its words, read once before the mentions. */
typedef struct {
    const seg_doc *words; /* its title's and paragraphs' words */
    word_set places;      /* "Bantul" of "Kabupaten Bantul", the dateline's words */
    word_set lone_names;  /* the words of a quote's source named alone: "ujar Muhaimin" */
    VEC(given_nickname) nicknames;
} doc_words;

/* What follows a place's first word after a unit: another name word, or
 * nothing (NULL). */
static void note_next(word_ref *place, const char *next, size_t len)
{
    if (!place || place->mixed)
        return;
    if (!place->followed++) {
        place->next = next, place->next_len = len;
    } else if (!(next && place->next && word_eq(next, len, place->next, place->next_len)) &&
               !(!next && !place->next)) {
        place->mixed = true;
    }
}

/* The places t[0, len) names: the capitalised word after a place unit
 * ("Kabupaten Bantul", "Kab. Pati", "Pemkot Semarang"), noting the word
 * after it for places_done. */
static void collect_places(arena *a, const seg_words *ws, word_set *places)
{
    const char *t = ws->s;
    word_ref *first = NULL;
    for (size_t k = 0; k < ws->n; k++) {
        seg_word *w = &ws->items[k];
        bool name = w->capitalized && w->core_start == w->start && !seg_word_in(ws, w, SPEECH_PLACE_UNITS) &&
                    !seg_word_in(ws, w, SPEECH_POSITIONS);
        bool after_unit = name && k > 0 &&
                          (seg_word_in(ws, &ws->items[k - 1], SPEECH_PLACE_UNITS) ||
                           seg_equals(t, seg_word_span(&ws->items[k - 1]), "di") || /* "di Batang Natal" */
                           (k > 1 && seg_word_in(ws, &ws->items[k - 2], SPEECH_NAME_PARTICLES) &&
                            pair_in(PARTICLE_OFFICES, t, seg_word_span(&ws->items[k - 2]),
                                    seg_word_span(&ws->items[k - 1]))));
        if (first) {
            note_next(first, name ? t + w->core_start : NULL, name ? w->core_end - w->core_start : 0);
            first = NULL;
        }
        if (after_unit) {
            first = set_add(a, places, t + w->core_start, w->core_end - w->core_start);
            if (w->punct) {
                note_next(first, NULL, 0);
                first = NULL;
            }
        }
    }
    note_next(first, NULL, 0);
}

static bool nickname_word(const seg_words *ws, const seg_word *w, int kind)
{
    return !w->capitalized && nickname_lookup(ws->s + w->core_start, w->core_end - w->core_start) == kind;
}

/* "(52)," "(74)": an age in brackets, as an aside after a name; not a
 * date ("Kemarin (10/3), pria yang akrab disapa Cak Met itu"). */
static bool is_age_word(const seg_words *ws, const seg_word *w)
{
    const char *t = ws->s;
    size_t i = w->start + 1;
    while (i < w->end && t[i] >= '0' && t[i] <= '9')
        i++;
    return w->end - w->start >= 3 && t[w->start] == '(' && i > w->start + 1 && i < w->end && t[i] == ')';
}

/* The nicknames a paragraph gives: the capitalised words after a cue and
 * its links ("yang akrab disapa Koh Anton", "dikenal dengan nama panggung
 * Rinoa"), for the capitalised run before the cue's lower-case words
 * ("Antonius Wibisono"; not a word that opens the sentence). */
/* Word i's full stop is a title's, an initial's or a degree's ("dr.", "Sp.P."). */
static bool dotted(const seg_words *ws, size_t i)
{
    seg_span w = seg_word_span(&ws->items[i]);
    return seg_is_degree(ws->s, w) || seg_is_abbreviation(ws->s, w);
}

/* Whether the run ws[from, to) holds a word of the nickname ws[nick, nick_end)
 * ("Andi Baso Pallawarukka" for "Puang Baso"). */
static bool run_holds_nick_word(const seg_words *ws, size_t from, size_t to, size_t nick, size_t nick_end)
{
    for (size_t i = from; i < to; i++)
        for (size_t j = nick; j < nick_end; j++)
            if (word_eq(ws->s + ws->items[i].core_start, ws->items[i].core_end - ws->items[i].core_start,
                        ws->s + ws->items[j].core_start, ws->items[j].core_end - ws->items[j].core_start))
                return true;
    return false;
}

/* The last run of two or more name words, or of one with an age after it,
 * in the sentence before word k, as [*start, *end); *end 0 when none ("Rumah
 * itu milik Yohana Sutanto Oei (56), generasi ketiga ...": "Yohana Sutanto
 * Oei"); the last that holds a word of the nickname ws[nick, nick_end) when
 * one does ("Andi Baso Pallawarukka, Ketua Kelompok Tani Sipakainge. Petani
 * yang akrab disapa Puang Baso itu"). */
static void named_run_before(const seg_words *ws, size_t k, size_t nick, size_t nick_end, size_t *start,
                             size_t *end)
{
    static const uint32_t NOT_NAME = 1u << SPEECH_POSITIONS | 1u << SPEECH_ORG | 1u << SPEECH_PLACE_UNITS |
                                     1u << SPEECH_PLACES | 1u << SPEECH_FIELDS | 1u << SPEECH_TITLES |
                                     1u << SPEECH_HONORIFICS | 1u << SPEECH_EVENTS;
    bool held = false; /* the run found holds a word of the nickname */
    size_t from = k > 0 ? k - 1 : 0; /* back to the sentence's first word */
    while (from > 0 && !(ws->items[from - 1].punct == '.' && !dotted(ws, from - 1)))
        from--;
    *end = 0;
    for (size_t i = from; i < k; i++) {
        size_t j = i;
        while (j < k && ws->items[j].capitalized && ws->items[j].core_start == ws->items[j].start &&
               !(seg_word_lists(ws, &ws->items[j]) & NOT_NAME) && (j == i || !ws->items[j - 1].punct))
            j++;
        /* or one word with an age after it: "Sudarmo (67)" after "Kugar Segoro Makmur,"; not the
         * name of a unit's place ("warga Desa Hilinawalö Fau") nor of a place after "di" ("Sumiati
         * Lintang (44), pedagang sembako di Pasar Entikong") */
        bool place = i > 0 && (seg_word_in(ws, &ws->items[i - 1], SPEECH_PLACE_UNITS) ||
                               seg_equals(ws->s, seg_word_span(&ws->items[i - 1]), "di"));
        bool run = !place && (j - i >= 2 || (j - i == 1 && j < k && is_age_word(ws, &ws->items[j])));
        if (run && !(*end && held && !run_holds_nick_word(ws, i, j, nick, nick_end))) {
            held = held || run_holds_nick_word(ws, i, j, nick, nick_end);
            *start = i, *end = j;
        }
        i = j > i ? j - 1 : i;
    }
}

/* Where the run of capitalised words that ends with ws[last] starts: back
 * over words with no punctuation after them, up to max_words, not over a
 * word of the `stop` lists. */
static size_t capitalized_run_start(const seg_words *ws, size_t last, size_t max_words, uint32_t stop)
{
    size_t from = last;
    while (from > 0 && last + 1 - from < max_words && ws->items[from - 1].capitalized && !ws->items[from - 1].punct &&
           !(seg_word_lists(ws, &ws->items[from - 1]) & stop))
        from--;
    return from;
}

/* The last person the words before ws[k] introduce with an age ("Hamidah
 * Lagarusu (63)"), in this paragraph or, *aged, before it: updated as the
 * paragraphs are read. */
static void note_aged_person(arena *a, const seg_words *ws, size_t k, const char **aged)
{
    enum { MAX_NAME_WORDS = 4 };
    for (size_t i = 1; i < k; i++) {
        if (!is_age_word(ws, &ws->items[i]) || !ws->items[i - 1].capitalized || ws->items[i - 1].punct)
            continue;
        size_t from = capitalized_run_start(ws, i - 1, MAX_NAME_WORDS, 1u << SPEECH_POSITIONS | 1u << SPEECH_ORG);
        *aged = span_text(a, ws->s, ws->items[from].start, ws->items[i - 1].core_end);
    }
}

/* The last word of the nickname "atau" at ws[k] gives the name before it,
 * or 0: a term of address and a word ("atau Mbah Pardi"), or, when the name
 * stands in an apposition (a comma before it), one or two capitalised words
 * that name no office, body or place, closed by a comma ("Kasmirah atau
 * Daeng Nurung,"). */
static size_t nickname_after_atau(const seg_words *ws, size_t k)
{
    enum { MAX_NAME_WORDS = 4, MAX_NICK_WORDS = 2 };
    static const uint32_t NOT_NAME = 1u << SPEECH_POSITIONS | 1u << SPEECH_ORG | 1u << SPEECH_PLACE_UNITS |
                                     1u << SPEECH_PLACES | 1u << SPEECH_FIELDS;
    if (k + 2 < ws->n && seg_word_in(ws, &ws->items[k + 1], SPEECH_HONORIFICS) && ws->items[k + 2].capitalized)
        return k + 2;
    size_t from = capitalized_run_start(ws, k - 1, MAX_NAME_WORDS, NOT_NAME);
    if (from == 0 || ws->items[from - 1].punct != ',')
        return 0;
    for (size_t j = from; j < k; j++)
        if (seg_word_lists(ws, &ws->items[j]) & NOT_NAME)
            return 0;
    for (size_t j = k + 1; j < ws->n && j - k <= MAX_NICK_WORDS; j++) {
        if (!ws->items[j].capitalized || (seg_word_lists(ws, &ws->items[j]) & NOT_NAME))
            return 0;
        if (ws->items[j].punct)
            return ws->items[j].punct == ',' ? j : 0;
    }
    return 0;
}

static void collect_nicknames(arena *a, const seg_words *ws, doc_words *doc, const char **aged)
{
    enum { MAX_NICK_WORDS = 3, MAX_REFERENT_WORDS = 10, MAX_GAP_WORDS = 5, MAX_AGENT_WORDS = 2 };
    const char *t = ws->s;
    for (size_t k = 0; k < ws->n; k++) {
        const seg_word *cue = &ws->items[k];
        size_t cue_len = cue->core_end - cue->core_start;
        int kind = cue->capitalized || cue->punct ? -1 : nickname_lookup(t + cue->core_start, cue_len);
        /* "Supardiono atau Mbah Pardi": a name, "atau", a term of address and the nickname; or, in
         * an apposition, a name and one or two capitalised words the comma closes ("Pedagang telur
         * di Pasar Terong, Kasmirah atau Daeng Nurung, mengatakan") */
        size_t nick_last = 0;
        if (kind < 0 && !cue->punct && seg_equals(t, seg_word_span(cue), "atau") && k > 0 && k + 1 < ws->n &&
            ws->items[k - 1].capitalized && !ws->items[k - 1].punct)
            nick_last = nickname_after_atau(ws, k);
        if (nick_last) {
            size_t from = capitalized_run_start(ws, k - 1, MAX_NICK_WORDS + 1, 1u << SPEECH_POSITIONS);
            given_nickname nk = {
                parse_mention(a, span_text(a, t, ws->items[k + 1].start, ws->items[nick_last].core_end)).name,
                parse_mention(a, span_text(a, t, ws->items[from].start, ws->items[k - 1].core_end))};
            if (nk.nick && nk.who.name && strcmp(nk.nick, nk.who.name) != 0)
                VEC_PUSH(a, &doc->nicknames, nk);
            continue;
        }
        /* "X alias Mbah Met": the cue right after the name it stands for */
        bool alias = kind == NICK_ALIAS && k > 0 && ws->items[k - 1].capitalized && !ws->items[k - 1].punct;
        if (!alias && kind != NICK_CUE)
            continue;
        size_t n = k + 1;
        /* "yang dikenal warga sebagai Aman Taikeru", "dikenal masyarakat
         * setempat sebagai ...": the passive's agent in small letters before
         * the link */
        for (size_t agent = n; agent < ws->n && agent - n < MAX_AGENT_WORDS && !ws->items[agent].capitalized &&
                               !ws->items[agent].punct && !nickname_word(ws, &ws->items[agent], NICK_LINK);
             agent++)
            if (agent + 1 < ws->n && nickname_word(ws, &ws->items[agent + 1], NICK_LINK)) {
                n = agent + 1;
                break;
            }
        while (n < ws->n && n - k <= MAX_NICK_WORDS && nickname_word(ws, &ws->items[n], NICK_LINK) &&
               !ws->items[n].punct)
            n++;
        /* "disapa dokter Ferdi": an honorific or office in small letters
         * before the nickname */
        if (n + 1 < ws->n && !ws->items[n].capitalized && !ws->items[n].punct &&
            seg_in_any(ws->s, seg_word_core(&ws->items[n]), 1u << SPEECH_HONORIFICS | 1u << SPEECH_POSITIONS))
            n++;
        size_t nick_end = n;
        while (nick_end < ws->n && nick_end - n < MAX_NICK_WORDS && ws->items[nick_end].capitalized &&
               (nick_end == n || !ws->items[nick_end - 1].punct))
            nick_end++;
        /* back over "yang (lebih) akrab", "atau yang lebih" to the referent,
         * and over an age after it ("Wijaya Tanuwidjaja (52), yang akrab
         * disapa Ahua") */
        size_t r = k;
        while (r > 0 && k - r < MAX_GAP_WORDS && !ws->items[r - 1].capitalized && !ws->items[r - 1].punct)
            r--;
        if (r > 1 && r < k && is_age_word(ws, &ws->items[r - 1]))
            r--;
        /* ... and over the degrees after it ("Ns. Rahma Djafar, S.Kep., yang akrab disapa Ibu Ama") */
        while (r > 1 && r < k && ws->items[r - 1].punct == ',' && seg_is_degree(t, seg_word_span(&ws->items[r - 1])))
            r--;
        /* a cue between ("..., turun ke Bantar,” kata politisi yang akrab
         * disapa Bang Darman itu"): what stands before it is what was said */
        bool cued = false;
        for (size_t i = r; i < k && !cued; i++)
            cued = seg_word_in(ws, &ws->items[i], SPEECH_CUES);
        size_t r_start = r;
        while (!cued && r_start > 0 && r - r_start < MAX_REFERENT_WORDS && ws->items[r_start - 1].capitalized &&
               (r_start == r || !ws->items[r_start - 1].punct) &&
               !seg_word_in(ws, &ws->items[r_start - 1], SPEECH_INTRO) &&
               !seg_word_in(ws, &ws->items[r_start - 1], SPEECH_OPENERS))
            r_start--;
        /* "Kristo, sapaan akrab Kristoforus": a nickname noun after the
         * nickname, before the name it stands for */
        seg_word *before = k > 0 ? &ws->items[k - 1] : NULL;
        /* "..., ucap Ti Nene, panggilan warga kepadanya.", "Ama Lukas, sapaan
         * dia, berharap ...": no name after the noun, its pronoun points back
         * to the person the article last introduced with an age */
        if (r == k && before && before->capitalized && before->punct == ',' && nick_end == n &&
            kind == NICK_CUE && strncasecmp(t + cue->core_start, "di", 2) != 0) {
            note_aged_person(a, ws, k, aged);
            size_t from = capitalized_run_start(ws, k - 1, MAX_NICK_WORDS, 0);
            given_nickname nk = {parse_mention(a, span_text(a, t, ws->items[from].start, before->core_end)).name,
                                 *aged ? parse_mention(a, *aged) : (parsed_mention){0}};
            if (nk.nick && nk.who.name)
                VEC_PUSH(a, &doc->nicknames, nk);
            continue;
        }
        if (r == k && before && before->capitalized && before->punct == ',' && nick_end > n &&
            strncasecmp(t + ws->items[k].core_start, "di", 2) != 0) { /* a noun, not "dipanggil" */
            given_nickname nk = {
                parse_mention(a, span_text(a, t, before->core_start, before->core_end)).name,
                parse_mention(a, span_text(a, t, ws->items[n].start, ws->items[nick_end - 1].core_end))};
            if (nk.nick && nk.who.name)
                VEC_PUSH(a, &doc->nicknames, nk);
            k = nick_end - 1;
            continue;
        }
        /* "Perempuan yang akrab disapa Cik Ana itu", "Dokter yang akrab
         * disapa dokter Ferdi itu", "Kiai yang akrab disapa Lora Rofiq
         * itu": an epithet opening the sentence stands
         * for the person the sentence before names; "warga Dusun II yang
         * akrab disapa Nek Salmah": a place is no one, the person the
         * sentence names before it is ("Ribka Palimbong (29), warga
         * Kecamatan Mengkendek yang akrab disapa Indo' Rian") */
        /* (and "Ibu dua anak yang biasa dipanggil Ina Dewi itu": a term of address heads it) */
        bool epithet = nick_end > n && r_start + 1 == r && r_start > 0 && ws->items[r_start - 1].punct == '.' &&
                       seg_in_any(ws->s, seg_word_core(&ws->items[r_start]),
                                  1u << SPEECH_SELF_REFERENCES | 1u << SPEECH_POSITIONS | 1u << SPEECH_TITLES |
                                      1u << SPEECH_HONORIFICS);
        /* (a unit and its number before the place: "warga RT 24 Sidodamai yang akrab disapa Acil Masrukah") */
        bool numbered_unit = r_start >= 2 && ws->s[ws->items[r_start - 1].core_start] >= '0' &&
                             ws->s[ws->items[r_start - 1].core_start] <= '9' && !ws->items[r_start - 1].punct &&
                             seg_word_in(ws, &ws->items[r_start - 2], SPEECH_PLACE_UNITS);
        /* (or after "di", and a noun of place after it: "pedagang jeruk di Pasar Buah Berastagi yang
         * akrab disapa Nande Rina", "pemilik homestay di tepi Pantai Iboih yang akrab disapa Kak Cut") */
        bool located = r_start > 0 && (seg_equals(t, seg_word_span(&ws->items[r_start - 1]), "di") ||
                                       (r_start > 1 && !ws->items[r_start - 1].capitalized &&
                                        !ws->items[r_start - 1].punct &&
                                        seg_equals(t, seg_word_span(&ws->items[r_start - 2]), "di")));
        /* (or a regency's or city's name of its own: "petani di Kecamatan Rumbia, Lampung Tengah, yang akrab
         * disapa Mang Udin") */
        bool region = r_start < r &&
                      seg_region_at(t, ws->items[r_start].start, ws->items[r - 1].end) >= ws->items[r - 1].core_end;
        bool after_place = nick_end > n && r_start < r && r < k &&
                           (seg_word_in(ws, &ws->items[r_start], SPEECH_PLACE_UNITS) || numbered_unit || located ||
                            region);
        if (epithet || after_place) {
            size_t last_end = 0, last_start = 0;
            named_run_before(ws, r_start, n, nick_end, &last_start, &last_end);
            const char *nick = span_text(a, t, ws->items[n].core_start, ws->items[nick_end - 1].core_end);
            const char *named = last_end ? span_text(a, t, ws->items[last_start].start,
                                                     ws->items[last_end - 1].core_end)
                                         : NULL;
            given_nickname nk = {parse_mention(a, nick).name, named ? parse_mention(a, named) : (parsed_mention){0}};
            if (nk.nick && nk.who.name)
                VEC_PUSH(a, &doc->nicknames, nk);
            k = nick_end - 1;
            continue;
        }
        if (nick_end == n || r_start == r || (r == k && !alias) ||
            seg_word_in(ws, &ws->items[r_start], SPEECH_PLACE_UNITS))
            continue;
        /* read as a mention's name is: "Koh Anton" is "Anton" after its honorific */
        given_nickname nk = {
            parse_mention(a, span_text(a, t, ws->items[n].core_start, ws->items[nick_end - 1].core_end)).name,
            parse_mention(a, span_text(a, t, ws->items[r_start].start, ws->items[r - 1].core_end))};
        if (nk.nick && (nk.who.name || nk.who.role))
            VEC_PUSH(a, &doc->nicknames, nk);
        k = nick_end - 1;
    }
}

/* The mention a nickname stands for, or NULL ("kata Koh Anton"). */
static const parsed_mention *nicknamed(const doc_words *doc, const char *name)
{
    for (size_t i = 0; name && i < doc->nicknames.len; i++)
        if (strcasecmp(doc->nicknames.items[i].nick, name) == 0)
            return &doc->nicknames.items[i].who;
    /* "kata Rani" after "yang akrab disapa Rani Jani": one word of it */
    for (size_t i = 0; name && !strchr(name, ' ') && strlen(name) >= 3 && i < doc->nicknames.len; i++)
        if (words_within(name, doc->nicknames.items[i].nick))
            return &doc->nicknames.items[i].who;
    return NULL;
}

/* A place's second word is a place too when it always follows the first,
 * more than once ("Aceh Besar"); after a name it does not ("Kabupaten Pati
 * Haryanto", "Pemkab Pati,"; "Kota Semarang Muh Habib" once). */
static void places_done(arena *a, word_set *places)
{
    VEC(word_ref) seconds = {0};
    for (size_t i = 0; i < places->cap; i++) {
        const word_ref *r = &places->slots[i];
        if (r->s && r->followed >= 2 && !r->mixed && r->next)
            VEC_PUSH(a, &seconds, ((word_ref){.s = r->next, .len = r->next_len}));
    }
    for (size_t i = 0; i < seconds.len; i++)
        set_add(a, places, seconds.items[i].s, seconds.items[i].len);
}

/* A run of name words in the body ("Yusuf Rumakey" of "Dr. Yusuf Rumakey,"),
 * with the comma segment before it, for fullest_name. */
typedef struct {
    const char *para;              /* the paragraph */
    uint32_t start, end;           /* the run in it, trailing punctuation dropped */
    uint32_t first_core, words;    /* its words' cores: body_names.cores[first_core, +words) */
    uint32_t prev_start, prev_end; /* the comma segment before it; empty when the run opens a sentence */
    bool opens_segment;            /* only titles before it in its comma segment */
    bool after_org;                /* right after an organisation's word: "Pengadilan Agama Pangkalan Kerinci Emaneli" */
    bool office_read;
    const char *text, *office; /* arena copies of the run and of that segment's office, once needed */
} name_run;

/* A word of a name run: its core in the run's paragraph, the run, and the
 * next core of the same word (1-based, 0 at the end). 32-bit, as seg_word:
 * a body's runs may hold a hundred thousand words. */
typedef struct {
    uint32_t start, end, run, next;
} run_core;

/* A word's chain of cores, 1-based (0: an empty slot of the index). */
typedef struct {
    uint32_t first, last;
} core_chain;

/* The body's name runs, read once when a name is first looked for, and an
 * index from each of their words to the runs that hold it: an open
 * addressing table whose slots name the word by its first core (ASCII case
 * folded), so that a slot takes 8 bytes. */
typedef struct {
    const doc_words *doc;
    bool indexed;
    VEC(name_run) runs;
    VEC(run_core) cores;
    core_chain *by_word;
    size_t by_word_cap; /* a power of two, at least twice the cores */
} body_names;

static seg_span core_span(const run_core *c) { return (seg_span){c->start, c->end}; }

static const char *core_text(const body_names *bn, const run_core *c) { return bn->runs.items[c->run].para + c->start; }

/* The slot of the word s[0, len): its chain, or the empty slot where it goes. */
static core_chain *chain_slot(const body_names *bn, const char *s, size_t len)
{
    for (size_t i = fold_hash(s, len) & (bn->by_word_cap - 1);; i = (i + 1) & (bn->by_word_cap - 1)) {
        core_chain *slot = &bn->by_word[i];
        if (!slot->first)
            return slot;
        const run_core *c = &bn->cores.items[slot->first - 1];
        if (word_eq(core_text(bn, c), c->end - c->start, s, len))
            return slot;
    }
}

/* The word's chain of cores, or NULL when no run holds it. */
static const core_chain *chain_of(const body_names *bn, const char *s, size_t len)
{
    if (!bn->by_word_cap || !len)
        return NULL;
    const core_chain *slot = chain_slot(bn, s, len);
    return slot->first ? slot : NULL;
}

static void add_run(arena *a, body_names *bn, const char *t, size_t start, size_t end, bool opens, bool after_org,
                    size_t prev_start, size_t prev_end)
{
    while (end > start && strchr(",.;:!? ", t[end - 1])) /* as span_text */
        end--;
    name_run r = {t, start, end, bn->cores.len, 0, prev_start, prev_end, opens, after_org, false, NULL, NULL};
    size_t pos = start;
    seg_span w;
    /* the words split_words would read (its lists are not needed) */
    while (r.words < MAX_WORDS && seg_next_word(t, end, &pos, &w)) {
        seg_span c = seg_core(t, w);
        if (VEC_PUSH(a, &bn->cores, ((run_core){c.start, c.end, bn->runs.len, 0})))
            break;
        r.words++;
    }
    /* out of memory (the arena fails the parse): no core without its run */
    if (bn->cores.len != r.first_core + r.words || VEC_PUSH(a, &bn->runs, r))
        bn->cores.len = r.first_core;
}

/* A paragraph's name runs, in one pass. A run ends at a word that is no
 * name word or at a name word's trailing punctuation; a run that ends its
 * paragraph unpunctuated is no apposed name and is not kept. */
static void index_paragraph(const seg_words *ws, arena *a, body_names *bn)
{
    static const uint32_t TITLE_LISTS = 1u << SPEECH_TITLES | 1u << SPEECH_HONORIFICS;
    static const uint32_t NON_NAME_LISTS = 1u << SPEECH_PLACES | 1u << SPEECH_PLACE_UNITS | 1u << SPEECH_FIELDS |
                                           1u << SPEECH_EVENTS | 1u << SPEECH_INTRO | 1u << SPEECH_OPENERS |
                                           1u << SPEECH_CUES;
    static const uint32_t OFFICE_LISTS = 1u << SPEECH_POSITIONS | 1u << SPEECH_ORG;
    static const uint32_t ORG_LISTS = 1u << SPEECH_FIELDS | 1u << SPEECH_ORG;
    const char *t = ws->s;
    size_t run_n = 0, seg_start = 0, prev_start = 0, prev_end = 0, rank_end = 0;
    seg_span first = {0, 0}, last = {0, 0};
    bool only_titles = true, run_opens_segment = false, prev_org = false, run_after_org = false;
    for (size_t k = 0; k < ws->n; k++) {
        seg_span w = seg_word_span(&ws->items[k]), c = seg_word_core(&ws->items[k]);
        char punct = ws->items[k].punct;
        bool capitalized = ws->items[k].capitalized;
        /* Whether a lower-case word is a title ("dr.", "ibu") only matters
         * while the segment holds nothing else yet, or before a full stop */
        bool looked_up = capitalized || only_titles || punct == '.';
        uint32_t lists = looked_up ? seg_word_lists(ws, &ws->items[k]) : 0;
        /* "dr.H.Hasto Wardoyo": the titles glued to a name stay out of its run */
        size_t glued = seg_after_glued_titles(t, c);
        if (glued > c.start) {
            w.start = c.start = glued;
            capitalized = true;
            lists = speech_lists_of(t + c.start, c.end - c.start);
        }
        /* a rank spelled out ("Komisaris Besar Dirmanto") is a title's words */
        if (capitalized && w.start >= rank_end && k + 1 < ws->n && ws->items[k + 1].capitalized)
            rank_end = w.start + seg_rank_phrase(t, w.start, ws->items[ws->n - 1].end);
        bool titled = (lists & TITLE_LISTS) || w.start < rank_end;
        /* "Ismail Hi. Salim": a title that is a name's part too, between two
         * name words, is the name's (as mark_inner_particles reads a mention) */
        if (titled && run_n && last.end == ws->items[k - 1].end && !ws->items[k - 1].punct && k + 1 < ws->n &&
            ws->items[k + 1].capitalized && (lists & 1u << SPEECH_NAME_PARTICLES)) {
            titled = false;
            punct = punct == '.' ? 0 : punct;
        }
        /* "Andi Muh. Faisal Yunus": a particle written short with its dot
         * goes on into the name after it */
        if (punct == '.' && (lists & 1u << SPEECH_NAME_PARTICLES) && k + 1 < ws->n && ws->items[k + 1].capitalized)
            punct = 0;
        /* a name word: not a title, office, organisation, place ("Banjar
         * Muhaimin" of "Kabupaten Banjar Muhaimin" is no name) or opener
         * ("Menurut Khoirudin", "Dikatakan Sri Purnomo") */
        bool place = capitalized && ((lists & NON_NAME_LISTS) || (set_has(&bn->doc->places, t + c.start, c.end - c.start) &&
                                                            !set_has(&bn->doc->lone_names, t + c.start, c.end - c.start)));
        /* "Makmun S.H., M.H.", "Simatupang MSi": a degree written without the
         * comma ends the name (a word with a dot or a capital inside is
         * looked up) */
        bool degree = capitalized && (memchr(t + c.start, '.', c.end - c.start) || inner_capital(t, c)) &&
                      seg_is_degree(t, w);
        bool event_noun = capitalized && run_n == 0 && nominalization(t, c); /* "Kedatangan Fajar Lase" */
        if (!titled && capitalized && !place && !degree && !event_noun && !seg_is_acronym(t, c) &&
            t[w.start] != '(' && !(lists & OFFICE_LISTS)) {
            if (run_n++ == 0) {
                first = w;
                run_opens_segment = only_titles;
                run_after_org = prev_org;
            }
            last = w;
        }
        /* "Tasya Amelia Rahmadani/Kezia Natalia Sembiring": a pair's slash
         * parts two names */
        const char *slash = run_n && last.start == w.start ? memchr(t + c.start, '/', c.end - c.start) : NULL;
        if (slash && slash > t + c.start && slash + 1 < t + c.end && (unsigned char)slash[1] >= 'A' &&
            (unsigned char)slash[1] <= 'Z') {
            add_run(a, bn, t, first.start, (size_t)(slash - t), run_opens_segment, run_after_org, prev_start, prev_end);
            first = (seg_span){(size_t)(slash + 1 - t), w.end};
            run_n = 1;
            run_opens_segment = false;
        }
        if (run_n && (last.start != w.start || punct)) {
            add_run(a, bn, t, first.start, last.end, run_opens_segment, run_after_org, prev_start, prev_end);
            run_n = 0;
        }
        prev_org = capitalized && !punct &&
                   (seg_is_acronym(t, c) || (lists & ORG_LISTS));
        if (!titled && last.start != w.start)
            only_titles = false;
        if (punct == '.' && titled)
            punct = 0; /* the dot of "Dr." ends no segment */
        if (punct) {
            prev_start = seg_start;
            prev_end = w.end;
            seg_start = w.end;
            only_titles = true;
            if (punct != ',')
                prev_start = prev_end = w.end;
        }
    }
}

/* A headline In Title Case, where no capital tells a name's end. */
static bool title_case(const char *title) { return seg_is_title_case(title, strlen(title)); }

/* Every paragraph's name runs, and each run word's chain of occurrences. */
static void index_body(const record *rec, arena *a, body_names *bn)
{
    bn->indexed = true;
    /* the headline, unless In Title Case, and the lead it may hold ("...,
     * Ahmad Farid, Kakankemenag Kota Semarang ...") */
    if (rec->title && !title_case(rec->title))
        index_paragraph(&bn->doc->words->title, a, bn);
    /* nor a line In Title Case that ends no sentence: the headlines of other
     * articles a page lists inside its body ("Legalisasi Nikah: PA Sorong
     * Serahkan Salinan Isbat"), which would pass for one long name */
    seg_pass pass = {0};
    for (size_t p = 0; p < rec->paragraphs.len; p++) {
        const rec_paragraph *para = &rec->paragraphs.items[p];
        seg_words *ws;
        if (!seg_is_headline_line(para->text, para->len) && (ws = seg_doc_paragraph(bn->doc->words, p, &pass, a)))
            index_paragraph(ws, a, bn);
    }
    seg_pass_done(&pass, a);
    size_t cap = 64;
    while (cap < bn->cores.len * 2)
        cap *= 2;
    if (!(bn->by_word = arena_alloc(a, cap * sizeof *bn->by_word)))
        return;
    bn->by_word_cap = cap;
    for (size_t k = 0; k < bn->cores.len; k++) {
        run_core *c = &bn->cores.items[k];
        core_chain *slot = chain_slot(bn, core_text(bn, c), c->end - c->start);
        if (slot->last)
            bn->cores.items[slot->last - 1].next = k + 1;
        else
            slot->first = k + 1;
        slot->last = k + 1;
    }
}

/* Every word of the name is a word of the run (words_within, on the cores
 * read once). */
static bool name_within_run(const words *name, const seg_span *name_cores, const body_names *bn,
                            const name_run *r)
{
    if (!name->n)
        return false;
    for (size_t i = 0; i < name->n; i++) {
        seg_span pc = name_cores[i];
        bool found = false;
        for (size_t j = 0; j < r->words && !found; j++) {
            seg_span rc = core_span(&bn->cores.items[r->first_core + j]);
            found = word_eq(name->s + pc.start, pc.end - pc.start, r->para + rc.start, rc.end - rc.start);
        }
        if (!found)
            return false;
    }
    return true;
}

static void split_cores(const char *name, words *ws, seg_span *cores)
{
    split_words(name, 0, strlen(name), ws);
    for (size_t i = 0; i < ws->n; i++)
        cores[i] = seg_core(name, ws->w[i]);
}

/* The office a run's comma segment writes, from its first office word
 * ("Penjabat Bupati SBB" of "Kemudian Penjabat Bupati SBB,"), or NULL. */
static const char *office_before(arena *a, name_run *r)
{
    if (!r->office_read) {
        r->office_read = true;
        words pw;
        split_words(r->para, r->prev_start, r->prev_end, &pw);
        /* (not an adverbial's: "Ditemui wartawan usai rapat, Kustini ...") */
        size_t k = pw.n && passive_participle(&pw, 0) ? pw.n : 0;
        /* (nor the office of the one the reader reads for: "Gubernur X dalam
         * sambutan yang dibacakan Asisten ..., Y": the reader's office is the
         * one after the verb) */
        for (size_t i = pw.n; k == 0 && i-- > 1;)
            if (seg_equals(pw.s, pw.w[i], "dibacakan") || seg_equals(pw.s, pw.w[i], "diwakili"))
                k = i + 1;
        while (k < pw.n && !in_list(SPEECH_POSITIONS, &pw, k))
            k++;
        r->office = k < pw.n ? span_text(a, r->para, pw.w[k].start, r->prev_end) : NULL;
        if (r->office) /* read as a mention: it ends at a verb ("... yang didampingi ...") */
            r->office = parse_mention(a, r->office).role;
    }
    return r->office;
}

/* "Bupati Pati" and the run "Pati Haryanto": a word of the person's role is
 * no word of their name. */
static bool run_holds_role_word(const body_names *bn, const name_run *r, const char *role)
{
    if (!role)
        return false;
    word_list rl;
    list_of(role, false, &rl);
    for (size_t j = 0; j < r->words; j++) {
        seg_span c = core_span(&bn->cores.items[r->first_core + j]);
        for (size_t k = 1; k < rl.n; k++) /* not the office word itself */
            if (word_eq(r->para + c.start, c.end - c.start, rl.w[k].s, rl.w[k].len))
                return true;
    }
    return false;
}

/* The fullest form of a person's name the article writes ("Yusuf Rumakey"
 * for "Rumakey"): the longest run of name words that holds every word of
 * *name; and the office written in the comma segment just before it
 * ("Penjabat Bupati SBB, Dr. Yusuf Rumakey") when it says more than *role.
 * need_opening: only runs that open their comma segment, as an apposed name
 * does (not "Pusat Pengembangan Aparatur Komdigi"). */
static void fullest_name(const record *rec, arena *a, body_names *bn, const char **name, const char **role,
                         bool need_opening)
{
    if (!bn->indexed)
        index_body(rec, a, bn);
    words nw;
    seg_span name_cores[MAX_WORDS];
    split_cores(*name, &nw, name_cores);
    size_t best_words = nw.n, key = 0;
    for (size_t i = 1; i < nw.n; i++) /* the longest word: the rarest in the body */
        if (name_cores[i].end - name_cores[i].start > name_cores[key].end - name_cores[key].start)
            key = i;
    /* *name only grows into runs that hold its words: the key word stays in
     * it, and only the runs that hold it are read */
    const core_chain *chain =
        nw.n ? chain_of(bn, *name + name_cores[key].start, name_cores[key].end - name_cores[key].start) : NULL;
    size_t last_run = (size_t)-1;
    for (size_t k = chain ? chain->first : 0; k; k = bn->cores.items[k - 1].next) {
        size_t run = bn->cores.items[k - 1].run;
        if (run == last_run)
            continue;
        last_run = run;
        name_run *r = &bn->runs.items[run];
        bool within = name_within_run(&nw, name_cores, bn, r);
        /* after an organisation's word a run is a name only from the name's
         * first word on ("Kasi Humas Sutrisno Wahyu Adiwibowo" for
         * "Sutrisno"; not "Pengadilan Agama Pangkalan Kerinci Emaneli") */
        size_t first_len = nw.n ? name_cores[0].end - name_cores[0].start : 0;
        bool opens_with_name = first_len && r->end - r->start > first_len &&
                               strncasecmp(r->para + r->start, *name + name_cores[0].start, first_len) == 0 &&
                               r->para[r->start + first_len] == ' ';
        if (r->words > best_words && within &&
            (r->opens_segment || (!need_opening && (!r->after_org || opens_with_name))) &&
            !run_holds_role_word(bn, r, *role)) {
            if (!r->text)
                r->text = arena_strndup(a, r->para + r->start, r->end - r->start);
            if (!r->text)
                return;
            best_words = r->words;
            *name = r->text;
            split_cores(*name, &nw, name_cores);
        }
        if (within && r->opens_segment && r->prev_end > r->prev_start) {
            const char *office = office_before(a, r);
            if (office && (!*role || (strlen(office) > strlen(*role) && role_match(office, *role))))
                *role = office;
        }
    }
}

/* A word at the end of a role that may be a name's ("Bupati Sumedang Yudia
 * Ramli"): capitalised, no acronym, no place, office, field or title. */
/* Words a Roman numeral numbers ("Kelas III", "Eselon II", "Komisi IV"). */
static const lex_entry NUMBERED_UNITS[] = {
    {"Angkatan", 1}, {"Eselon", 1}, {"Golongan", 1}, {"Kelas", 1}, {"Komisi", 1},
    {"Regional", 1}, {"Sektor", 1},  {"Tingkat", 1},  {"Tipe", 1},  {"Wilayah", 1},
};

static bool tail_word(const words *ws, size_t i, const doc_words *doc, bool last)
{
    const char *s = ws->s;
    seg_span w = ws->w[i], c = seg_core(s, w);
    /* a middle initial ("Bupati Dico M. Ganinduto"): no place or office has one */
    if (!last && w.end - w.start == 2 && s[w.start] >= 'A' && s[w.start] <= 'Z' && s[w.start + 1] == '.')
        return true;
    /* "Marco van der Berg", "Ahmad bin Umar": a particle inside the name,
     * after a name word or particle (not "Dokter spesialis anak Kartika") */
    if (!last && !seg_trailing_punct(s, w) && in_list(SPEECH_NAME_PARTICLES, ws, i) && !seg_is_capitalized(s, w))
        return i > 0 && (seg_is_capitalized(s, ws->w[i - 1]) || in_list(SPEECH_NAME_PARTICLES, ws, i - 1));
    if (!seg_is_capitalized(s, w) || c.start != w.start || (!last && seg_trailing_punct(s, w)) || s[w.end - 1] == ')')
        return false; /* (nor the end of a short form in brackets: "(Kasi Pidsus) Agung") */
    /* "Ketua RT 05 Slamet Riyadi": a number is the unit's, never a name's */
    if (s[c.start] >= '0' && s[c.start] <= '9')
        return false;
    /* "Legislator asal daerah pemilihan Lebak V", "KUPP Kelas III", "Lapas
     * Kelas IIA": a Roman numeral numbers the unit or place before it, unless
     * a name's word stands before it ("Sri Sultan Hamengku Buwono X") */
    size_t roman = strspn(s + c.start, "IVX"), grade = c.start + roman < c.end && strchr("AB", s[c.start + roman]);
    if (roman && roman <= MAX_ROMAN && roman + grade >= c.end - c.start) {
        seg_span unit = ws->w[i - (i > 0)];
        return i > 0 && tail_word(ws, i - 1, doc, false) &&
               lex_lookup(LEX_TABLE(NUMBERED_UNITS), s + unit.start, unit.end - unit.start) < 0;
    }
    /* "CEO PayLokal Kevin Hartanto": a word capitalised inside is a brand's or
     * a body's, not a name's */
    for (size_t k = c.start + 1; k + 1 < c.end; k++)
        if (s[k] >= 'a' && s[k] <= 'z' && s[k + 1] >= 'A' && s[k + 1] <= 'Z')
            return false;
    if (set_has_word(&doc->lone_names, ws, i))
        return true;
    static const speech_list never[] = {SPEECH_TITLES,  SPEECH_HONORIFICS, SPEECH_POSITIONS, SPEECH_ORG,
                                        SPEECH_PLACE_UNITS, SPEECH_PLACES, SPEECH_FIELDS,    SPEECH_OFFICE_QUALIFIERS,
                                        SPEECH_INTRO,  SPEECH_OPENERS,    SPEECH_CUES,      SPEECH_EVENTS};
    /* "Kepala BNPB Rahman Hakim": a description ends no role; as the last
     * word after a name's word it is a surname */
    if (last && i > 0 && in_list(SPEECH_POSITIONS, ws, i) && !in_list(SPEECH_TITLES, ws, i) &&
        speech_lookup(SPEECH_POSITIONS, s + c.start, c.end - c.start) == POS_DESCRIPTOR &&
        tail_word(ws, i - 1, doc, false))
        return true;
    for (size_t k = 0; k < sizeof never / sizeof *never; k++)
        if (in_list(never[k], ws, i))
            return false;
    /* "PDI-Perjuangan": an acronym joined to a word names a body, not a person */
    const char *hyphen = memchr(s + c.start, '-', c.end - c.start);
    if (hyphen && hyphen - (s + c.start) >= 2 && seg_is_acronym(s, (seg_span){c.start, (size_t)(hyphen - s)}))
        return false;
    return !seg_is_acronym(s, w) && !set_has_word(&doc->places, ws, i) &&
           date_lookup(DATE_NUMBER_CUES, s + c.start, c.end - c.start) < 0; /* "Nomor" */
}

/* "Ketua KPU Kabupaten Banjar Muhaimin", "Pj Gubernur Riau (Gubri) SF
 * Hariyanto": a role that ends in the person's name, written with no comma.
 * The name is the trailing words from the first one the article uses alone
 * for its speaker ("ujar Muhaimin"); else two or more name words after the
 * place or organisation that ends the office; else one word after a
 * parenthesis or a place the body names after a unit ("Kabupaten Pati":
 * "Ketua PMI Pati Haryanto"), or one the body writes in a longer name
 * ("Wabup Kanisius" for "Dr. Kanisius Ndoang"); not a region ("Kapolres
 * Manggarai Barat", "Plt Kalak BPBD Balangan"). */
/* "Kepala Bagian Humas dan Protokol Riswidodo", "Kepala Sub Bagian Tata
 * Usaha Ma'ruf": word t follows an internal division's fields, where no
 * place stands (unlike "Pengadilan Agama Kajen"). */
static bool after_division(const words *ws, size_t t)
{
    size_t k = t;
    while (k > 0 && (in_list(SPEECH_FIELDS, ws, k - 1) || (k < t && in_list(SPEECH_CONJUNCTIONS, ws, k - 1))))
        k--;
    if (k == t || k == 0 || !in_list(SPEECH_ORG, ws, k - 1))
        return false;
    seg_span c = seg_core(ws->s, ws->w[k - 1]);
    return speech_lookup(SPEECH_ORG, ws->s + c.start, c.end - c.start) == ORG_UNIT;
}

static void name_in_role(const record *rec, arena *a, body_names *bn, const doc_words *doc, parsed_mention *m,
                         bool look_in_body)
{
    words ws;
    split_words(m->role, 0, strlen(m->role), &ws);
    mark_ranks(&ws, strlen(m->role));
    size_t n = ws.n, t;
    /* "Presiden Joko Widodo (Jokowi) sebelumnya", "Bupati Sleman Kustini juga":
     * an adverb after the name is the clause's */
    while (n > 2 && !seg_is_capitalized(ws.s, ws.w[n - 1]) &&
           (ws.lists[n - 1] & (1u << SPEECH_INTRO | 1u << SPEECH_AUX | 1u << SPEECH_CONNECTIVES)))
        n--;
    /* "Bupati Purbalingga Dyah Hayuning Pratiwi SE BEcon MM": degrees end it */
    size_t named_end = n;
    while (n > 2 && seg_is_degree(ws.s, ws.w[n - 1]) && !in_list(SPEECH_TITLES, &ws, n - 1))
        n--;
    const char *degrees = n < named_end ? join(a, &ws, n, named_end, true) : NULL;
    /* "Presiden Joko Widodo (Jokowi)": the name's short form stays out (and
     * names the person too: below) */
    size_t bracket = 0;
    if (n > 2 && ws.s[ws.w[n - 1].start] == '(' && tail_word(&ws, n - 2, doc, false))
        bracket = --n;
    t = n;
    while (t > 1 && tail_word(&ws, t - 1, doc, t == n))
        t--;
    /* initials before the name: "SF Hariyanto" (not "DPR RI Selly") */
    if (t > 2 && t < n && ws.w[t - 1].end - ws.w[t - 1].start == 2 && seg_is_acronym(ws.s, ws.w[t - 1]) &&
        ws.s[ws.w[t - 1].start] >= 'A' && ws.s[ws.w[t - 1].start] <= 'Z' &&
        !in_list(SPEECH_PLACES, &ws, t - 1) && !in_list(SPEECH_ORG, &ws, t - 1) && /* "Sriwijaya FC" */
        (ws.s[ws.w[t - 2].end - 1] == ')' ||
         (!in_list(SPEECH_POSITIONS, &ws, t - 2) && !in_list(SPEECH_ORG, &ws, t - 2))))
        t--; /* not "Ketua PA Pamekasan": an office's organisation */
    if (t < n && in_list(SPEECH_CONJUNCTIONS, &ws, t - 1))
        t++; /* "Bagian Humas dan Protokol Riswidodo": the word after "dan" is the role's */
    /* "... Pandeglang Tb. Asep Mulyadi": a name particle before it is the name's */
    while (t > 2 && t < n && in_list(SPEECH_NAME_PARTICLES, &ws, t - 1) && seg_is_capitalized(ws.s, ws.w[t - 1]))
        t--;
    /* "Bupati Gunungkidul Sunaryanta", "Ketua DPRD Kudus Masan": the regency
     * or city right after the office ends the role, whatever the name's
     * words look like; not after a place that already ended it ("Wali Kota
     * Bogor Bima Arya"). (After "Desa", the village's name is one of the
     * article's places: it never reaches here.) */
    bool region = false;
    static const uint32_t OFFICE_LISTS = 1u << SPEECH_POSITIONS | 1u << SPEECH_OFFICE_QUALIFIERS | 1u << SPEECH_ORG |
                                         1u << SPEECH_FIELDS | 1u << SPEECH_PLACE_UNITS;
    /* ... and after an envoy's "untuk" or "di" inside the role: "Duta Besar RI
     * untuk Jepang Heri Akhmadi", "Duta Besar RI di Tokyo Heri Akhmadi" (a
     * foreign city no list names: one word at least) */
    bool posting = t > 1 && t < n &&
                   (seg_equals(ws.s, ws.w[t - 1], "untuk") ||
                    seg_posting_link(ws.s, ws.w[t - 2], ws.w[t - 1].start, ws.w[ws.n - 1].end));
    /* "Bupati Kepulauan Meranti", "Kepala Dinas Perikanan Tanah Bumbu X": a
     * region that opens with a word or two the tail stopped at; "Perairan
     * Kepulauan Raja Ampat X": one after a place word */
    size_t region_from = t;
    for (size_t back = 1; back <= 2 && region_from == t; back++) /* "... Perikanan Tanah Bumbu Rusmiati" */
        if (t > back && t < n && region_at(&ws, t - back, n) > back)
            region_from = t - back;
    if (region_from < t || (t > 0 && t < n &&
                            ((ws.lists[t - 1] & (OFFICE_LISTS | 1u << SPEECH_PLACES)) ||
                             seg_is_acronym(ws.s, ws.w[t - 1]) || posting))) {
        t = region_from;
        size_t k = region_at(&ws, t, n);
        if (!k && posting)
            k = 1;
        if (k && t + k == n)
            return; /* "Bupati Sleman": a role without a name */
        region = k > 0;
        t += k;
    }
    bool office = false;
    for (size_t i = 0; i < t && !office; i++)
        office = in_list(SPEECH_POSITIONS, &ws, i);
    if (t >= n || !office)
        return;
    /* "Kepala BLUD ... Konservasi Perairan Raja Ampat": a tail that is a
     * regency's or city's whole name is the role's place, whatever stands
     * before it */
    if (!region && region_at(&ws, t, n) == n - t)
        return;
    /* the office ends where a parenthesis, an abbreviation, a title or a
     * place the body names ends it (after a field a place may follow:
     * "Pengadilan Agama Kajen"); after an acronym one word is a name
     * ("Deputi Bidang Meteorologi BMKG Guswanto"): a region there was read
     * above from REGION_NAMES ("BPBD Balangan"), a district the article
     * names after its unit is no tail word */
    seg_span before = ws.w[t - 1];
    bool boundary = region || ws.s[before.end - 1] == ')' || seg_is_acronym(ws.s, before) ||
                    in_list(SPEECH_TITLES, &ws, t - 1) || in_list(SPEECH_PLACES, &ws, t - 1) ||
                    set_has_word(&doc->places, &ws, t - 1) || after_division(&ws, t);
    /* (an acronym used alone before more name words is the office's body:
     * "Deputi Gubernur BI Hendarmin Subagyo" after "tulis BI") */
    size_t from = t;
    while (from < n && (!set_has_word(&doc->lone_names, &ws, from) ||
                        (from + 1 < n && seg_is_acronym(ws.s, seg_core(ws.s, ws.w[from])))))
        from++;
    /* "Bupati Bantul Abdul Halim Muslih" named "Halim": the given names before
     * it; "Bupati KKT Petrus Fatlolon" named "Fatlolon": all of it */
    while (from < n && from > t &&
           (boundary || in_list(SPEECH_GIVEN_NAMES, &ws, from - 1) || in_list(SPEECH_NAME_PARTICLES, &ws, from - 1)))
        from--;
    const char *name = NULL, *role = NULL;
    if (from < n) {
        name = join(a, &ws, from, n, false);
    } else if (in_list(SPEECH_ORG, &ws, 0)) {
        return; /* "Kelompok Peternak Kerbau Pulau Moa": a body's name, its words no one's the body uses alone */
    } else {
        from = t;
        name = join(a, &ws, t, n, false);
        if (name && n - t == 1 && !boundary && !m->aged) {
            if (!look_in_body)
                return;
            const char *full = name;
            fullest_name(rec, a, bn, &full, &role, true);
            if (full == name)
                return;
            name = full;
        }
    }
    /* "Bupati Sumbawa" in a body datelined "Sumbawa Besar": a place; so is
     * "Natal" of "Camat Batang Natal" in a body that writes "Kecamatan Batang
     * Natal", "di Batang Natal" */
    bool places = from < n;
    for (size_t i = from; i < n && places; i++) /* (not a source's name: "Wali Kota Hendi", "tegas Hendi") */
        places = set_has_word(&doc->places, &ws, i) && !set_has_word(&doc->lone_names, &ws, i);
    if (!name || places || (rec->dateline && words_within(name, rec->dateline)) ||
        (bracket && name_inside_short_form(&ws, from, bracket)))
        return;
    m->name = name;
    for (size_t i = from; i < ws.n && !m->alias; i++)
        m->alias = bracketed_alias(a, ws.s, ws.w[i]);
    m->role = join(a, &ws, 0, from, false);
    if (degrees)
        m->degrees = m->degrees ? append(a, m->degrees, degrees) : degrees;
    if (role && role_match(role, m->role))
        m->role = role;
}

static bool is_place_word(const doc_words *doc, const char *w)
{
    size_t n = strlen(w);
    return (speech_lists_of(w, n) & (1u << SPEECH_PLACES | 1u << SPEECH_OPENERS | 1u << SPEECH_INTRO)) ||
           (set_has(&doc->places, w, n) && !set_has(&doc->lone_names, w, n));
}

/* "Sedangkan Abdullah, S.Sos mengatakan ...": a source named by its
 * degrees alone, the name cut off before the comma; the capitalised words
 * before the degrees in the quote's paragraph name it. */
/* A nickname stands for the person it was given to, whose role it keeps
 * ("kata Rani" after "yang akrab disapa Rani Jani"); an office's nickname
 * names its holder as a name does ("Wali Kota yang akrab disapa Kang Fadlu
 * itu"). */
static void as_nicknamed(const record *rec, arena *work, body_names *names, const doc_words *doc, parsed_mention *m)
{
    const parsed_mention *nick = nicknamed(doc, m->name);
    if (!nick)
        return;
    parsed_mention named = *nick;
    if (!named.name && named.role)
        name_in_role(rec, work, names, doc, &named, false);
    if (named.name)
        m->name = named.name, m->role = named.role ? named.role : m->role, m->office = m->office || named.office;
    else if (named.role && named.office)
        m->name = NULL, m->role = named.role, m->office = true;
}

/* "ujar remaja yang akrab disapa Jelly itu": the nickname a description
 * pointing back to person `who` gives is theirs, when they were quoted in
 * that paragraph or the one before (further back, the description may
 * point to someone the article spoke of in between without quoting them:
 * "Sorotan tertuju pada Nataniel Krey. ... ujar pemain yang akrab disapa
 * Niel itu"). */
static void pointed_nickname(arena *a, const record *rec, doc_words *doc, const people *ps, long who,
                             const speech_event *ev)
{
    if (who < 0 || !ev->nickname || ev->quote < 0 || (size_t)ev->quote >= rec->quotes.len ||
        !ps->items[who].quoted_in || rec->quotes.items[ev->quote].paragraph > ps->items[who].quoted_in)
        return;
    const char *nick = parse_mention(a, ev->nickname).name;
    if (nick)
        VEC_PUSH(a, &doc->nicknames, ((given_nickname){nick, ps->items[who].who}));
}

/* A mention that names a body, not a person: no name, and a role of
 * capitalised words that no office word opens, up to its apposition
 * ("Manajemen PT Sinar Bahodopi Nikelindo", "Badan Usaha Milik Negara
 * (BUMN) PT X", "PT X, pemegang izin usaha pertambangan"). */
static bool names_a_body(const parsed_mention *m)
{
    if (m->name || !m->role || m->pronoun || m->office)
        return false;
    words ws;
    split_words(m->role, 0, strlen(m->role), &ws);
    size_t n = 0;
    while (n < ws.n && seg_is_capitalized(m->role, ws.w[n]) && seg_trailing_punct(m->role, ws.w[n++]) != ',')
        ;
    return n >= 2 && (n == ws.n || seg_trailing_punct(m->role, ws.w[n - 1]) == ',') &&
           !in_list(SPEECH_POSITIONS, &ws, 0);
}

/* The nouns a release names its own body with again ("PT X menyatakan ...
 * Perusahaan juga menyebutkan ...", "RSJ Provinsi Bali menyebutkan ...
 * Pihak rumah sakit juga memastikan ..."; the probe sets). */
static const lex_entry GENERIC_BODIES[] = {
    {"kampus", 1},     {"manajemen", 1}, {"manajemen perusahaan", 1}, {"perseroan", 1},
    {"perusahaan", 1}, {"rumah sakit", 1}, {"sekolah", 1},           {"yayasan", 1},
};

/* Whether names a and b have a word in common ("Daeng Sikki", "Muhammad
 * Sikki Dg. Tojeng"). */
static bool shares_a_word(const char *a, const char *b)
{
    word_list x, y;
    list_of(a, false, &x);
    list_of(b, false, &y);
    for (size_t i = 0; i < x.n; i++)
        if (list_has(view(&y), x.w[i].s, x.w[i].len))
            return true;
    return false;
}

/* How a feature story gives the full name of someone it has called by a
 * nickname ("Pemilik nama Liem Kwet Hong ini", "Perempuan bernama asli
 * Yohana Tehupuring ini", "Pria bernama lengkap Muhammad Sikki Dg. Tojeng
 * itu"; the national and probe sets): FULL_LINK, a link word that makes
 * the name the full one; NAME_OWNER, the noun whose "nama" is a naming link. */
enum { FULL_LINK = 1, NAME_OWNER = 2 };
static const lex_entry FULL_NAME_WORDS[] = {{"asli", FULL_LINK}, {"lengkap", FULL_LINK}, {"pemilik", NAME_OWNER}};

static int full_name_word(const words *ws, size_t i)
{
    seg_span c = seg_core(ws->s, ws->w[i]);
    return lex_lookup(LEX_TABLE(FULL_NAME_WORDS), ws->s + c.start, c.end - c.start);
}

/* The name a mention gives as the full name of the person it points back
 * to, or NULL: "Pemilik nama (lengkap) X", "<description> (yang) bernama
 * asli/lengkap X". */
static const char *full_name_given(arena *a, const char *mention)
{
    words ws;
    split_words(mention, 0, strlen(mention), &ws);
    for (size_t i = 0; i + 1 < ws.n; i++) {
        seg_span c = seg_core(ws.s, ws.w[i]);
        int nick = nickname_lookup(ws.s + c.start, c.end - c.start);
        bool owned = i > 0 && seg_equals(ws.s, ws.w[i], "nama") && full_name_word(&ws, i - 1) == NAME_OWNER;
        if (nick != NICK_NAMING && !owned)
            continue;
        bool full = owned;
        size_t j = i + 1;
        for (; j < ws.n && !seg_is_capitalized(ws.s, ws.w[j]) && !seg_trailing_punct(ws.s, ws.w[j]); j++) {
            c = seg_core(ws.s, ws.w[j]);
            if (nickname_lookup(ws.s + c.start, c.end - c.start) != NICK_LINK)
                break;
            full = full || full_name_word(&ws, j) == FULL_LINK;
        }
        if (!full || j == ws.n || !seg_is_capitalized(ws.s, ws.w[j]))
            return NULL;
        parsed_mention named = parse_mention(a, span_text(a, mention, ws.w[j].start, strlen(mention)));
        return named.name && strchr(named.name, ' ') ? named.name : NULL;
    }
    return NULL;
}

/* Person p gets the name a mention gives, with the titles and degrees
 * written with it, and the mention counts as theirs. */
static void give_name(arena *a, person *p, const char *name, const parsed_mention *m)
{
    p->who.name = name;
    p->who.titles = p->who.titles ? p->who.titles : m->titles;
    p->who.degrees = p->who.degrees ? p->who.degrees : m->degrees;
    p->mentions++;
    refresh(a, p);
}

/* "Koh Ahong, begitu ia dikenal, ... Pemilik nama Liem Kwet Hong ini": the
 * current person, called by a nickname or a part of their name, gets the
 * full name the mention gives, and the nickname names them from then on.
 * Not a person named otherwise ("Jasman Rizal" is no "Budi Santoso"), nor
 * one whose office has another head than the mention's ("Kakanwil yang
 * bernama lengkap X itu" after the minister whose speech he read; "Kepala
 * Bappeda" fits "Kepala Badan Perencanaan ... (Bappeda)"; "pejabat", an
 * official, fits any office). */
static bool full_name_of_current(arena *a, people *ps, long current, doc_words *doc, const speech_event *ev,
                                 const parsed_mention *m)
{
    const char *full = ev->demonstrative && current >= 0 ? full_name_given(a, ev->mention) : NULL;
    person *p = full ? &ps->items[current] : NULL;
    if (!p || (p->who.name && strchr(p->who.name, ' ') && !shares_a_word(p->who.name, full)))
        return false;
    size_t head = m->role ? strcspn(m->role, " ") : 0;
    if (head && p->who.role && speech_lookup(SPEECH_POSITIONS, m->role, head) == POS_OFFICE &&
        !(head == strlen("pejabat") && strncasecmp(m->role, "pejabat", head) == 0)) {
        /* the offices' heads, short forms spelt out ("Kakanwil": "Kepala Kantor Wilayah") */
        word_list mine, theirs;
        list_of(m->role, true, &mine);
        list_of(p->who.role, true, &theirs);
        if (mine.n && theirs.n && !word_eq(mine.w[0].s, mine.w[0].len, theirs.w[0].s, theirs.w[0].len))
            return false;
    }
    if (p->who.name) {
        given_nickname nk = {p->who.name, {.name = full}};
        VEC_PUSH(a, &doc->nicknames, nk);
    }
    give_name(a, p, full, m);
    return true;
}

/* The person p stands for after merging. */
static long merged(const people *ps, long p)
{
    while (ps->items[p].same >= 0)
        p = ps->items[p].same;
    return p;
}

/* "kata dr. Petrus Da Cunha, nama kepala dinas itu", "ujar X, nama asisten
 * tersebut": an apposition that gives the name of an office-holder the
 * article met unnamed. The most recent such person whose role the described
 * office fits gets the name, titles and degrees; -1 when none does. */
static long name_of_office_holder(arena *a, people *ps, const parsed_mention *m)
{
    static const char NAME_OF[] = "nama ";
    if (!m->name || !m->role || strncmp(m->role, NAME_OF, strlen(NAME_OF)) != 0)
        return -1;
    const char *office = m->role + strlen(NAME_OF);
    size_t len = strlen(office);
    for (const char *const *d = (const char *const[]){" tersebut", " itu", " ini", NULL}; *d; d++)
        if (len > strlen(*d) && strcmp(office + len - strlen(*d), *d) == 0)
            len -= strlen(*d);
    office = arena_strndup(a, office, len);
    long found = -1;
    for (size_t k = 0; office && k < ps->len && k < RECENT_PEOPLE && found < 0; k++) {
        long i = merged(ps, (long)(ps->len - 1 - k));
        const person *p = &ps->items[i];
        if (!p->who.name && p->who.role && role_match(office, p->who.role))
            found = i;
    }
    if (found >= 0)
        give_name(a, &ps->items[found], m->name, m);
    return found;
}

static parsed_mention name_before_degrees(const record *rec, arena *a, const rec_quote *q, const char *mention,
                                          parsed_mention m)
{
    if (q->paragraph >= rec->paragraphs.len)
        return m;
    const rec_paragraph *para = &rec->paragraphs.items[q->paragraph];
    const char *at = strstr(para->text, mention);
    if (!at)
        return m;
    size_t pos = (size_t)(at - para->text), start = pos, n = 0;
    seg_span w;
    while (n < 4 && seg_prev_word(para->text, 0, &pos, &w) && seg_is_capitalized(para->text, w) &&
           (n == 0 || !seg_trailing_punct(para->text, w))) {
        start = w.start;
        n++;
    }
    if (!n)
        return m;
    const char *span = arena_strndup(a, para->text + start, (size_t)(at - para->text) - start + strlen(mention));
    parsed_mention named = span ? parse_mention(a, span) : m;
    return named.name ? named : m;
}

/* The document's places and lone names; every mention parsed once. */
static parsed_mention *read_document(const record *rec, const speech_events *events, arena *work, doc_words *doc)
{
    seg_pass pass = {0};
    seg_words *ws;
    if (rec->title)
        collect_places(work, &doc->words->title, &doc->places);
    for (size_t p = 0; p < rec->paragraphs.len; p++)
        if ((ws = seg_doc_paragraph(doc->words, p, &pass, work)) != NULL)
            collect_places(work, ws, &doc->places);
    places_done(work, &doc->places);
    const char *aged = NULL;
    if (rec->title)
        collect_nicknames(work, &doc->words->title, doc, &aged);
    for (size_t p = 0; p < rec->paragraphs.len; p++)
        if ((ws = seg_doc_paragraph(doc->words, p, &pass, work)) != NULL) {
            collect_nicknames(work, ws, doc, &aged);
            note_aged_person(work, ws, ws->n, &aged);
        }
    seg_pass_done(&pass, work);
    if (rec->dateline) {
        words dw;
        split_words(rec->dateline, 0, strlen(rec->dateline), &dw);
        for (size_t i = 0; i < dw.n; i++)
            set_add(work, &doc->places, dw.s + seg_core(dw.s, dw.w[i]).start,
                    seg_core(dw.s, dw.w[i]).end - seg_core(dw.s, dw.w[i]).start);
    }
    parsed_mention *parsed = arena_alloc(work, (events->len ? events->len : 1) * sizeof *parsed);
    if (!parsed)
        return NULL;
    for (size_t e = 0; e < events->len; e++) {
        const speech_event *ev = &events->items[e];
        parsed[e] = ev->source == SOURCE_MENTION ? parse_mention(work, ev->mention) : (parsed_mention){0};
        /* "Kepala Negara juga mengingatkan": the office the epithet stands for */
        for (size_t i = 0; !parsed[e].name && parsed[e].role && i < SPEECH_OFFICE_EPITHET_COUNT; i++)
            if (strcasecmp(parsed[e].role, SPEECH_OFFICE_EPITHETS[i].abbrev) == 0)
                parsed[e].role = SPEECH_OFFICE_EPITHETS[i].full, parsed[e].office = true;
        const parsed_mention *m = &parsed[e];
        if (ev->quote < 0 || !m->name || m->role || m->pronoun)
            continue;
        words nw;
        split_words(m->name, 0, strlen(m->name), &nw);
        for (size_t i = 0; i < nw.n && nw.n <= 3; i++) {
            seg_span c = seg_core(nw.s, nw.w[i]);
            set_add(work, &doc->lone_names, nw.s + c.start, c.end - c.start);
        }
    }
    return parsed;
}

/* ---- introductions --------------------------------------------------------- */

/* A person the article introduces by office and name, wherever it does
 * ("dipimpin Bupati Halmahera Tengah, Dr. Ir. Ikram Malan Sangadji, M.Si, di
 * halaman"), to name a speaker quoted by office alone ("kata Bupati"). */
typedef struct {
    const char *name, *role;
    word_list role_w; /* the role read into words, once */
} introduction;

typedef VEC(introduction) introductions;

enum {
    MAX_SPAN_WORDS = 24,     /* words of an introduction that are read */
    MAX_INTRODUCTIONS = 256, /* introductions kept per article */
    MAX_UNNAMED = 64         /* unnamed speakers looked up among them */
};

/* Whether s[at] of paragraph p stands inside a direct quote. */
static bool in_direct_quote(const record *rec, long p, size_t at)
{
    for (size_t q = 0; p >= 0 && q < rec->quotes.len; q++) {
        const rec_quote *r = &rec->quotes.items[q];
        if (r->kind == QUOTE_DIRECT && (size_t)p >= r->paragraph && (size_t)p <= r->end_paragraph &&
            ((size_t)p > r->paragraph || at >= r->start) && ((size_t)p < r->end_paragraph || at < r->end))
            return true;
    }
    return false;
}

static void add_introduction(const record *rec, arena *a, body_names *bn, const char *t, size_t start, size_t end,
                             long para, introductions *out)
{
    const char *span = arena_strndup(a, t + start, end - start);
    if (!span || out->len >= MAX_INTRODUCTIONS)
        return;
    parsed_mention m = parse_mention(a, span);
    if (!m.name && m.role)
        name_in_role(rec, a, bn, bn->doc, &m, false);
    /* (an office with no name is kept too, for its fullest description, when the article writes it
     * outside what someone said: fuller_office) */
    if (m.role && m.office && (m.name || !in_direct_quote(rec, para, start)) &&
        VEC_PUSH(a, out, ((introduction){.name = m.name, .role = m.role})) == 0)
        list_of(m.role, true, &out->items[out->len - 1].role_w);
}

/* A word that goes on describing the person an office word introduced:
 * capitalised, "dan", a title, a degree, an aside. */
static bool continues_span(const seg_words *ws, seg_word *w)
{
    /* a unit's number after its office: "Dandim 0828/Sampang Letkol Inf ..." */
    bool unit_number = w > ws->items && ws->s[w->start] >= '0' && ws->s[w->start] <= '9' && !w[-1].punct &&
                       seg_word_in(ws, w - 1, SPEECH_POSITIONS);
    return w->capitalized || unit_number || seg_word_in(ws, w, SPEECH_CONJUNCTIONS) ||
           seg_word_in(ws, w, SPEECH_TITLES) || seg_is_degree(ws->s, seg_word_span(w)) || ws->s[w->start] == '(';
}

/* The name an office word k follows introduces with it, in "Wahyu Indarto
 * selaku Kepala Lapas ..." and "..., Ahmad Farid, Kakankemenag Kota
 * Semarang": where the span starts (`office` when there is none). The name
 * stands on its own: not the end of another office's mention ("Sekda Ani,
 * Kepala Dinas ..." in a list). */
static size_t named_before(const seg_words *ws, size_t k, size_t office)
{
    enum { MAX_NAME_WORDS = 4 };
    size_t last; /* the name's last word */
    if (k >= 2 && seg_equals(ws->s, seg_word_span(&ws->items[k - 1]), "selaku") && !ws->items[k - 2].punct)
        last = k - 2;
    else if (k >= 1 && ws->items[k - 1].punct == ',')
        last = k - 1;
    else
        return office;
    /* words of a name: no office, body, place or field ("Kota Semarang, Wali
     * Kota ...", "... dan Pencatatan Sipil, Kepala Dinas ...") */
    static const uint32_t NOT_NAME = 1u << SPEECH_POSITIONS | 1u << SPEECH_ORG | 1u << SPEECH_PLACE_UNITS |
                                     1u << SPEECH_PLACES | 1u << SPEECH_FIELDS | 1u << SPEECH_EVENTS |
                                     1u << SPEECH_OFFICE_QUALIFIERS;
    size_t first = last + 1;
    while (first > 0 && last + 1 - first < MAX_NAME_WORDS && ws->items[first - 1].capitalized &&
           (first == last + 1 || !ws->items[first - 1].punct) &&
           !(seg_word_lists(ws, &ws->items[first - 1]) & NOT_NAME))
        first--;
    if (first > last)
        return office;
    seg_word *before = first > 0 ? &ws->items[first - 1] : NULL;
    if (before && ((before->capitalized && !before->punct) ||
                   (seg_word_lists(ws, before) & (1u << SPEECH_POSITIONS | 1u << SPEECH_CONJUNCTIONS))))
        return office;
    return ws->items[first].start;
}

/* The introductions in a text: each span from a capitalised office word
 * over the words that continue it, to a full stop that ends no title,
 * degree or initial. */
static void collect_introductions(const record *rec, arena *a, body_names *bn, const seg_words *ws, long para,
                                  introductions *out)
{
    const char *t = ws->s;
    size_t start = 0, last = 0, n = 0;
    for (size_t k = 0; k < ws->n; k++) {
        seg_word *w = &ws->items[k];
        /* an office after a comma, or after "dan" that follows a name,
         * introduces someone else: "Menurut Kepala Bagian Humas Riswidodo,
         * Bupati Bantul Suharsono ...", "Kepala Kantor, H. Taufiqur Rahman
         * dan Kasi Pakis, H. Qomarul Aziz" */
        bool office = n && w->capitalized && seg_word_in(ws, w, SPEECH_POSITIONS) &&
                      !seg_rank_phrase(t, w->start, ws->items[ws->n - 1].end); /* "..., Inspektur Jenderal X" */
        bool after_name = n >= 2 && seg_word_in(ws, &ws->items[k - 1], SPEECH_CONJUNCTIONS) &&
                          ws->items[k - 2].capitalized && !seg_word_in(ws, &ws->items[k - 2], SPEECH_POSITIONS);
        if (office && after_name) {
            add_introduction(rec, a, bn, t, start, ws->items[k - 2].end, para, out);
            n = 0;
        } else if (n && ((office && ws->items[k - 1].punct == ',') || !continues_span(ws, w))) {
            add_introduction(rec, a, bn, t, start, last, para, out);
            n = 0;
        }
        if (!n && !(w->capitalized && seg_word_in(ws, w, SPEECH_POSITIONS)))
            continue;
        if (!n)
            start = named_before(ws, k, w->start);
        last = w->end;
        n++;
        /* "Prov." goes on; "M.H.)." and "M.H.." end a sentence */
        bool abbreviation = ((w->core_end - w->core_start <= 4 || seg_is_degree(t, seg_word_span(w)) ||
                              seg_word_in(ws, w, SPEECH_TITLES)) &&
                             w->end >= 2 && t[w->end - 2] != ')' && t[w->end - 2] != '.') ||
                            (t[w->start] == '(' && seg_is_abbreviation(t, seg_word_span(w))); /* "(Purn.)" */
        if ((w->punct && w->punct != ',' && !(w->punct == '.' && abbreviation)) || n >= MAX_SPAN_WORDS) {
            add_introduction(rec, a, bn, t, start, last, para, out);
            n = 0;
        }
    }
    if (n)
        add_introduction(rec, a, bn, t, start, last, para, out);
}

/* A nickname's first three letters begin a word of the name ("Hendi",
 * "Hendrar Prihadi"). */
static bool nickname_of(const char *nick, const char *name)
{
    if (strlen(nick) < 3)
        return false;
    for (const char *p = name; *p; p++)
        if ((p == name || p[-1] == ' ') && strncasecmp(p, nick, 3) == 0)
            return true;
    return false;
}

/* The name the article introduces for an unnamed speaker's office, when it
 * introduces one person only in that office. */
/* "Bupati Sutjidra" for the "Bupati Buleleng I Nyoman Sutjidra" the article
 * introduced: the office word the introduction's role opens with, then
 * only words of its name. */
static bool office_and_name_words(words_view role_w, const introduction *x)
{
    if (role_w.n < 2 || !x->role_w.n || role_w.w[0].specific ||
        !word_eq(role_w.w[0].s, role_w.w[0].len, x->role_w.w[0].s, x->role_w.w[0].len))
        return false;
    word_list name;
    list_of(x->name, false, &name);
    for (size_t i = 1; i < role_w.n; i++)
        if (!role_w.w[i].specific || !list_has(view(&name), role_w.w[i].s, role_w.w[i].len))
            return false;
    return true;
}

/* "Kadis Perikanan Hasnawiah" for the "Kepala Dinas Perikanan, Ir. Hj.
 * Hasnawiah Daeng Ngai" the article introduced: the office read with a word
 * of the name after it. */
static bool ends_with_name_word(words_view role_w, const char *name)
{
    if (role_w.n < 2 || !role_w.w[role_w.n - 1].specific)
        return false;
    word_list nl;
    list_of(name, false, &nl);
    return list_has(view(&nl), role_w.w[role_w.n - 1].s, role_w.w[role_w.n - 1].len);
}

static const introduction *introduced(const introductions *in, const char *role, words_view role_w)
{
    const introduction *found = NULL;
    for (size_t i = 0; i < in->len; i++) {
        const introduction *x = &in->items[i];
        if (!x->name || (!roles_match(role, role_w, x->role, view(&x->role_w)) && !office_and_name_words(role_w, x)))
            continue;
        if (found && !words_within(found->name, x->name) && !words_within(x->name, found->name) &&
            !(!strchr(found->name, ' ') && nickname_of(found->name, x->name)) &&
            !(!strchr(x->name, ' ') && nickname_of(x->name, found->name)))
            return NULL;
        if (!found || strlen(x->name) > strlen(found->name))
            found = x;
    }
    return found;
}

/* The fullest description the article gives an unnamed speaker's office
 * ("Menteri" after "amanat Menteri Pendidikan Dasar dan Menengah", "Sekda"
 * after "diterima Sekretaris Daerah Kabupaten Pasaman Barat"): the longest
 * matching office it writes with no name, when every such one describes the
 * same office (one's words within the other's); else NULL. */
static const char *fuller_office(const introductions *in, const char *role, words_view role_w)
{
    const char *found = NULL;
    for (size_t i = 0; i < in->len; i++) {
        const introduction *x = &in->items[i];
        /* (a span read past a sentence's end or from inside a quote is none: "Menteri Agama RI. Dalam") */
        if (x->name || strlen(x->role) <= strlen(role) || strpbrk(x->role, ";\"") || strstr(x->role, ". ") ||
            strstr(x->role, "\xE2\x80\x9C") || !roles_match(role, role_w, x->role, view(&x->role_w)))
            continue;
        if (found && !words_within(found, x->role) && !words_within(x->role, found))
            return NULL;
        found = longer(found, x->role);
    }
    return found;
}

/* "Mama Yuli" after "Mama Yuliana Mambrasar": a one-word name of four
 * letters or more that opens the first word of q's name, and of no other
 * quoted person's, is its short form. */
static bool short_first_name(const people *ps, const person *p, const person *q)
{
    enum { MIN_SHORT_NAME = 4 };
    const char *n = p->who.name, *full = q->who.name;
    size_t len = strlen(n);
    if (strchr(n, ' ') || len < MIN_SHORT_NAME || !strchr(full, ' ') || strncasecmp(full, n, len) != 0 ||
        full[len] == ' ')
        return false;
    for (size_t i = 0; i < ps->len; i++) {
        const person *o = &ps->items[i];
        if (o != p && o != q && o->quoted && o->who.name && strncasecmp(o->who.name, n, len) == 0)
            return false;
    }
    return true;
}

/* Whether the article introduces the person named `name` in an office
 * other than the one q, unnamed, holds ("didampingi Wakil Ketua I Andi
 * Murniati Sangkala" for the Bupati's speech): a name so known is no
 * unnamed office-holder's (an epithet's may be: "Petani yang akrab disapa
 * Puang Baso itu" after "Andi Baso Pallawarukka, Ketua Kelompok Tani"). */
static bool introduced_in_other_office(const introductions *in, const char *name, const person *q)
{
    int held = speech_lookup(SPEECH_POSITIONS, q->role_w.w[0].s, q->role_w.w[0].len);
    if (held < 0 || held == POS_DESCRIPTOR)
        return false;
    for (size_t i = 0; i < in->len; i++) {
        const introduction *x = &in->items[i];
        int office = x->role_w.n ? speech_lookup(SPEECH_POSITIONS, x->role_w.w[0].s, x->role_w.w[0].len) : -1;
        if (x->name && x->role && office >= 0 && office != POS_DESCRIPTOR && words_within(name, x->name) &&
            !roles_match(q->who.role, q->role_w, x->role, view(&x->role_w)))
            return true;
    }
    return false;
}

/* Speakers quoted by office alone get the name the article introduces for
 * that office ("kata Bupati": "Bupati Halmahera Tengah, Dr. Ir. Ikram Malan
 * Sangadji"); then one person is one speaker: a name that holds in an
 * earlier speaker's name, or a name and office that an earlier unnamed
 * speaker's office matches, is merged into it. */
/* The article's introductions and the acronyms it defines, read on first
 * need. */
typedef struct {
    introductions list;
    bool read, acronyms_read;
    word_set acronyms;
} intro_index;

/* "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": an acronym in
 * parentheses after the capitalised words (and commas, "dan") it stands for. */
/* "(Kemenkes)" after "Kementerian Kesehatan", "(Bapanas)" after "Badan
 * Pangan Nasional": one capitalised word in brackets, in small letters after
 * its first, that opens as the run before it does; Indonesian abbreviates
 * its bodies so as often as it spells their initials. */
static bool abbreviates_run(const char *t, const seg_word *w, size_t run_start, size_t run_words)
{
    enum { MIN_LETTERS = 4 };
    if (run_words < 2 || !w->capitalized || w->core_end - w->core_start < MIN_LETTERS ||
        t[w->core_start] != t[run_start] || t[w->end - 1] != ')')
        return false;
    for (size_t i = w->core_start + 1; i < w->core_end; i++)
        if (!(t[i] >= 'a' && t[i] <= 'z'))
            return false;
    return true;
}

static void collect_acronyms(arena *a, const seg_words *ws, word_set *out)
{
    const char *t = ws->s;
    size_t run_start = 0, run_words = 0;
    for (size_t k = 0; k < ws->n; k++) {
        seg_word *w = &ws->items[k];
        /* (of two words at least: "BATAM (BP) -" is a dateline's place and
         * its newspaper, no definition) */
        if (t[w->start] == '(' && run_words >= 2 &&
            (seg_is_acronym(t, seg_word_span(w)) || abbreviates_run(t, w, run_start, run_words))) {
            word_ref *r = set_add(a, out, t + w->core_start, w->core_end - w->core_start);
            if (r && !r->defined)
                r->defined = t + run_start, r->defined_len = w->core_end + 1 - run_start;
        }
        bool goes_on = w->capitalized || (run_words && seg_word_in(ws, w, SPEECH_CONJUNCTIONS));
        if (!goes_on || t[w->start] == '(' || (w->punct && w->punct != ',')) {
            run_words = 0;
            continue;
        }
        if (!run_words++)
            run_start = w->start;
    }
}

/* The name an acronym role stands for in the article, or NULL. */
static const char *acronym_defined(const record *rec, const seg_doc *text, arena *work, intro_index *ix,
                                   const char *role)
{
    size_t n = strlen(role);
    if (n < 2 || strchr(role, ' '))
        return NULL;
    if (!ix->acronyms_read) {
        ix->acronyms_read = true;
        seg_pass pass = {0};
        seg_words *ws;
        for (size_t p = 0; p < rec->paragraphs.len; p++)
            if ((ws = seg_doc_paragraph(text, p, &pass, work)) != NULL)
                collect_acronyms(work, ws, &ix->acronyms);
        seg_pass_done(&pass, work);
    }
    const word_ref *r = set_find(&ix->acronyms, role, n);
    return r && r->defined ? arena_strndup(work, r->defined, r->defined_len) : NULL;
}

/* The name an introduction in a headline In Title Case gives, cut to the
 * longest run of name words the body writes from its first word ("Gubernur
 * Helmi Hasan Terus Komitmen Bantu Rakyat": "Helmi Hasan"), or NULL. */
static const char *confirmed_in_body(const record *rec, arena *a, body_names *bn, const char *name)
{
    if (!bn->indexed)
        index_body(rec, a, bn);
    word_list nl;
    list_of(name, false, &nl);
    const core_chain *chain = nl.n ? chain_of(bn, nl.w[0].s, nl.w[0].len) : NULL;
    const name_run *best = NULL;
    for (size_t k = chain ? chain->first : 0; k; k = bn->cores.items[k - 1].next) {
        const name_run *r = &bn->runs.items[bn->cores.items[k - 1].run];
        if (r->first_core != k - 1 || r->words > nl.n || (best && r->words <= best->words))
            continue; /* a run that starts with the name's first word, longer than the best */
        bool prefix = true;
        for (size_t j = 1; j < r->words && prefix; j++) {
            seg_span c = core_span(&bn->cores.items[r->first_core + j]);
            prefix = word_eq(r->para + c.start, c.end - c.start, nl.w[j].s, nl.w[j].len);
        }
        if (prefix)
            best = r;
    }
    return best ? arena_strndup(a, best->para + best->start, best->end - best->start) : NULL;
}

/* A headline In Title Case ("Peringati HUT ke-57, Gubernur Helmi Hasan
 * Terus Komitmen Bantu Rakyat"): after each office and its region, the
 * words the body also writes as a name. */
static void title_introductions(const record *rec, arena *a, body_names *bn, introductions *out)
{
    words ws;
    split_words(rec->title, 0, strlen(rec->title), &ws);
    for (size_t i = 0; i < ws.n; i++) {
        if (!in_list(SPEECH_POSITIONS, &ws, i) || !seg_is_capitalized(ws.s, ws.w[i]))
            continue;
        /* the office's words and region: "Gubernur Bengkulu"; a region whole
         * wherever it starts, so a word of its name is none of the person's
         * ("Bupati Kepulauan Selayar Serahkan ...", "... Agama Makassar") */
        size_t k = i + 1, region = 0;
        while (k < ws.n && !seg_trailing_punct(ws.s, ws.w[k - 1]) &&
               ((region = region_at(&ws, k, ws.n)) ||
                (!tail_word(&ws, k, bn->doc, false) && seg_is_capitalized(ws.s, ws.w[k]))))
            k += region ? region : 1;
        if (k >= ws.n || seg_trailing_punct(ws.s, ws.w[k - 1]))
            continue;
        size_t end = k;
        /* "Kadis Perikanan Sibolga Marojahan Sibuea: Stok Ikan Aman ...": the
         * name, a colon, then what they said */
        bool colon = false;
        while (end < ws.n && end - k < 4 && seg_is_capitalized(ws.s, ws.w[end]) && !colon) {
            char punct = seg_trailing_punct(ws.s, ws.w[end]);
            if (punct && punct != ':')
                break;
            colon = punct == ':';
            end++;
        }
        const char *name = confirmed_in_body(rec, a, bn, join(a, &ws, k, end, false));
        /* a name the body never writes ends at the headline's verb: "Mendag
         * Rahmi Kartikasari Cek Harga Beras" when the body says "Menteri
         * Perdagangan" only (GOLD.md: the headline's name is used); so does
         * one the body writes shorter ("Gubernur Helmi Hasan Terus ..." and
         * "Helmi mengatakan") */
        size_t verb = k;
        for (; verb < end; verb++) {
            seg_span c = seg_core(ws.s, ws.w[verb]);
            if (headline_verb(ws.s + c.start, c.end - c.start))
                break;
        }
        bool up_to_verb = verb > k && verb < end && !region_at(&ws, k, verb); /* not "Kalapas ... Pematang Siantar" */
        if (up_to_verb && (!name || strlen(name) < (size_t)(ws.w[verb - 1].end - ws.w[k].start)))
            name = join(a, &ws, k, verb, false);
        else if (colon && !name && verb == end && !region_at(&ws, k, end)) { /* the colon stands where a verb would */
            const char *named = join(a, &ws, k, end, false);
            name = named ? arena_strndup(a, named, strlen(named) - 1) : NULL;
        }
        if (name && out->len < MAX_INTRODUCTIONS &&
            VEC_PUSH(a, out, ((introduction){.name = name, .role = join(a, &ws, i, k, false)})) == 0)
            list_of(out->items[out->len - 1].role, true, &out->items[out->len - 1].role_w);
    }
}

static const introductions *intros_of(const record *rec, arena *work, body_names *names, intro_index *ix)
{
    if (!ix->read) {
        ix->read = true;
        if (rec->title && title_case(rec->title))
            title_introductions(rec, work, names, &ix->list);
        else if (rec->title)
            collect_introductions(rec, work, names, &names->doc->words->title, -1, &ix->list);
        seg_pass pass = {0};
        seg_words *ws;
        for (size_t p = 0; p < rec->paragraphs.len; p++)
            if ((ws = seg_doc_paragraph(names->doc->words, p, &pass, work)) != NULL)
                collect_introductions(rec, work, names, ws, (long)p, &ix->list);
        seg_pass_done(&pass, work);
    }
    return &ix->list;
}

/* "Rusli Zainal (RZ)": the person an acronym's definition names, when it is
 * the name of someone the article quotes or names, or NULL (an
 * organisation's: "Bank Indonesia (BI)"). */
static const char *person_defined(const people *ps, arena *work, const char *defined)
{
    const char *bracket = strrchr(defined, '(');
    size_t n = bracket ? (size_t)(bracket - defined) : strlen(defined);
    while (n && defined[n - 1] == ' ')
        n--;
    const char *name = n ? arena_strndup(work, defined, n) : NULL;
    for (size_t j = 0; name && j < ps->len; j++)
        if (ps->items[j].who.name && words_within(name, ps->items[j].who.name))
            return ps->items[j].who.name;
    return NULL;
}

static void name_and_merge(const record *rec, arena *work, body_names *names, intro_index *ix, people *ps)
{
    size_t looked = 0;
    for (size_t i = 0; i < ps->len && looked < MAX_UNNAMED; i++) {
        parsed_mention *w = &ps->items[i].who;
        /* "tulis BI dalam keterangan resminya" after "Bank Indonesia (BI)":
         * an acronym the article defines is an organisation, no name,
         * unless it defines a person's */
        bool acronym = w->name && !w->role && seg_is_acronym(w->name, (seg_span){0, strlen(w->name)});
        const char *body =
            acronym && ps->items[i].quoted ? acronym_defined(rec, names->doc->words, work, ix, w->name) : NULL;
        /* ... and so is one with its place: "BP Batam" after "Badan
         * Pengusahaan (BP) Batam" */
        const char *space = w->name && !w->role && ps->items[i].quoted ? strchr(w->name, ' ') : NULL;
        if (!body && space && seg_is_acronym(w->name, (seg_span){0, (size_t)(space - w->name)}) &&
            region_lookup(space + 1, strlen(space + 1))) {
            const char *acronym_alone = arena_strndup(work, w->name, (size_t)(space - w->name));
            const char *full = acronym_alone ? acronym_defined(rec, names->doc->words, work, ix, acronym_alone) : NULL;
            body = full ? join_with(work, full, "", space) : NULL;
        }
        if (body) {
            looked++;
            const char *bearer = person_defined(ps, work, body);
            w->role = bearer ? NULL : body, w->name = bearer;
            continue;
        }
        bool nickname = w->name && !strchr(w->name, ' ');
        if (!ps->items[i].quoted || (w->name && !nickname) || !w->role)
            continue;
        looked++;
        const introduction *x = introduced(intros_of(rec, work, names, ix), w->role, ps->items[i].role_w);
        /* "Wali Kota Hendi" for "Wali Kota Semarang Hendrar Prihadi": a
         * one-word name that starts as a word of the name the article
         * introduces in that office is its nickname */
        if (x && nickname && !words_within(w->name, x->name) && !nickname_of(w->name, x->name))
            x = NULL;
        if (x) {
            w->name = x->name;
            /* "Kepala Desa X Budi Santoso" read as office and name; "Bupati
             * Sutjidra" as the office and a word of the name, when the
             * introduction says more of the office ("Bupati Buleleng") */
            bool name_in_role = words_within(x->name, w->role) ||
                                (x->role_w.n > 1 && office_and_name_words(ps->items[i].role_w, x)) ||
                                ends_with_name_word(ps->items[i].role_w, x->name);
            w->role = name_in_role ? x->role : longer(w->role, x->role);
        } else if (!w->name) {
            /* an organisation quoted by its acronym, by the name it stands for */
            const char *full = acronym_defined(rec, names->doc->words, work, ix, w->role);
            const char *bearer = full ? person_defined(ps, work, full) : NULL;
            w->role = bearer ? NULL : full ? full : w->role;
            w->name = bearer;
            const char *fuller = !full ? fuller_office(intros_of(rec, work, names, ix), w->role, ps->items[i].role_w)
                                       : NULL;
            if (fuller)
                w->role = fuller;
        }
    }
    for (size_t i = 0; i < ps->len; i++)
        if (ps->items[i].quoted)
            refresh(work, &ps->items[i]);
    size_t first = 0;
    for (size_t i = 0; i < ps->len; i++) {
        person *p = &ps->items[i];
        if (!p->quoted)
            continue;
        if (i - first > RECENT_PEOPLE)
            first = i - RECENT_PEOPLE;
        for (size_t j = first; j < i && p->same < 0; j++) {
            const person *q = &ps->items[j];
            if (!q->quoted || q->same >= 0)
                continue;
            /* "Kepala Bagian Tata Usaha mengingatkan ..." then "..., ungkap Nur
             * Pawaidudin." or "ujar H. Muh. Arsyad Lapalulu, S.Ag.,M.Pd.I.": a
             * full name with no role, met right after a speaker known by
             * office alone, names that speaker (a new person would be
             * introduced); not after a body speaking ("Fraksi Golkar melalui
             * juru bicaranya X menilai ..." then "Doni Firmansyah mengatakan"):
             * its role opens with no office word */
            bool names_office = !q->who.name && q->who.role && p->who.name && !p->who.role &&
                                strchr(p->who.name, ' ') && p->follows == (long)j &&
                                q->role_w.n && !q->role_w.w[0].specific &&
                                !introduced_in_other_office(intros_of(rec, work, names, ix), p->who.name, q);
            bool same = p->who.name && q->who.name
                            ? list_within(p->name_w, q->name_w, false) || list_within(q->name_w, p->name_w, false) ||
                                  short_first_name(ps, p, q)
                            : names_office || (!q->who.name && p->who.name &&
                                               roles_match(q->who.role, q->role_w, p->who.role, p->role_w));
            if (same) {
                p->same = (long)j;
                person *into = &ps->items[j];
                into->who.name = longer(into->who.name, p->who.name);
                into->who.role = longer(into->who.role, p->who.role);
                into->who.titles = longer(into->who.titles, p->who.titles);
                into->who.degrees = longer(into->who.degrees, p->who.degrees);
                if (!into->who.honorific)
                    into->who.honorific = p->who.honorific;
                into->mentions += p->mentions;
                refresh(work, into);
            }
        }
    }
}

/* Reporters and the outlets that write their own name as the asker in an
 * interview ("tanya wartawan", "tanya kumparan"; Indonesian national
 * outlets' styles). */
static const lex_entry PRESS_WORDS[] = {
    {"wartawan", 1}, {"para wartawan", 1}, {"jurnalis", 1}, {"reporter", 1}, {"pewarta", 1}, {"awak media", 1},
    {"media", 1}, {"redaksi", 1}, {"kumparan", 1}, {"detikcom", 1}, {"tirto", 1}, {"Tempo", 1}, {"Antara", 1},
};

/* A question the press asks ("\"...?\" tanya wartawan", "tanya Radar
 * Bojonegoro" of the outlet that datelines the article): no speaker's
 * (GOLD.md leaves a reporter's question out), and the passage's speaker
 * stays the one it interviews, whose "jawabnya" follows. */
static bool asked_by_the_press(const record *rec, const speech_event *ev)
{
    const char *who = ev->mention, *cue;
    if (!who || ev->quote < 0 || (size_t)ev->quote >= rec->quotes.len ||
        !(cue = rec->quotes.items[ev->quote].cue) || strcasecmp(cue, "tanya") != 0)
        return false;
    return strstr(who, ".com") || strstr(who, ".id") || lex_lookup(LEX_TABLE(PRESS_WORDS), who, strlen(who)) >= 0 ||
           metadata_dateline_names(rec, who);
}

/* The mention ends with `role` and `name` right after it: "Mantan Camat
 * Tanjung Bunga (itu)", not "X, wakil ketua dewan (itu)" nor "warga
 * bernama Siti Aminah (itu)". */
static bool ends_with_role_and_name(const char *mention, const char *role, const char *name)
{
    size_t m = mention ? strlen(mention) : 0, n = strlen(name), r = strlen(role);
    return m > n + r && mention[m - n - 1] == ' ' && strcmp(mention + m - n, name) == 0 &&
           strncmp(mention + m - n - 1 - r, role, r) == 0;
}

/* How often t[0, len) holds s[0, n), counted up to `cap`. */
static size_t occurrences(const char *t, size_t len, const char *s, size_t n, size_t cap)
{
    size_t seen = 0;
    for (const char *p = t, *end = t + len; seen < cap && n && (size_t)(end - p) >= n;) {
        const char *hit = memchr(p, s[0], (size_t)(end - p) - n + 1);
        if (!hit)
            break;
        seen += memcmp(hit, s, n) == 0;
        p = hit + 1;
    }
    return seen;
}

/* How often the article writes s in its headline and paragraphs, up to cap. */
static size_t times_written(const record *rec, const char *s, size_t cap)
{
    size_t n = strlen(s), seen = rec->title ? occurrences(rec->title, strlen(rec->title), s, n, cap) : 0;
    for (size_t i = 0; i < rec->paragraphs.len && seen < cap; i++)
        seen += occurrences(rec->paragraphs.items[i].text, rec->paragraphs.items[i].len, s, n, cap - seen);
    return seen;
}

/* The article writes `name` once only, or each time after the role's last
 * word, as one place's name ("Benawa" only in "Batu Benawa" of "Mantan
 * Camat Batu Benawa itu", the district named in the lead too). */
static bool written_only_after_role(arena *work, const record *rec, const char *name, const char *role)
{
    enum { CAP = 8 };
    size_t times = times_written(rec, name, CAP);
    if (times == 1)
        return true;
    const char *last = strrchr(role, ' ');
    const char *phrase = times > 1 && times < CAP ? join_with(work, last ? last + 1 : role, " ", name) : NULL;
    return phrase && times_written(rec, phrase, CAP) == times;
}

void speakers_resolve(record *rec, const speech_events *events, arena *a, arena *work)
{
    if (rec->quotes.len == 0)
        return; /* speakers are the sources of quotes: none to find, no body to read */
    people ps = {0};
    long current = -1;
    long body_event = -1;                            /* the last body a sentence opened with: "PT X ..." */
    long body_speaker = -1, body_speaker_event = -1; /* the last body heard, and where */
    size_t role_scans = 0;
    /* the title's and paragraphs' words, read once for the scans below */
    seg_doc text;
    if (!seg_doc_read(work, rec, &text))
        return;
    doc_words doc = {.words = &text};
    parsed_mention *parsed = read_document(rec, events, work, &doc);
    long *owner = arena_alloc(work, (rec->quotes.len ? rec->quotes.len : 1) * sizeof *owner);
    if (!parsed || !owner)
        return;
    for (size_t q = 0; q < rec->quotes.len; q++)
        owner[q] = -1;
    body_names names = {.doc = &doc};
    intro_index ix = {0};
    VEC(size_t) pending = {0};
    for (size_t e = 0; e < events->len; e++) {
        const speech_event *ev = &events->items[e];
        long who = -1;
        bool points_back = ev->source != SOURCE_MENTION;
        if (ev->source == SOURCE_MENTION && ev->quote < 0 && names_a_body(&parsed[e]))
            body_event = (long)e;
        long holder = -1;
        if (ev->source == SOURCE_MENTION && full_name_of_current(work, &ps, current, &doc, ev, &parsed[e])) {
            who = current; /* "Pemilik nama Liem Kwet Hong ini": who was called Koh Ahong */
        } else if (ev->source == SOURCE_MENTION && (holder = name_of_office_holder(work, &ps, &parsed[e])) >= 0) {
            who = holder;
        } else if (ev->source == SOURCE_MENTION) {
            parsed_mention m = parsed[e];
            if (asked_by_the_press(rec, ev))
                continue;
            if (!m.name && !m.role && !m.pronoun && m.degrees && ev->quote >= 0 &&
                (size_t)ev->quote < rec->quotes.len)
                m = name_before_degrees(rec, work, &rec->quotes.items[ev->quote], ev->mention, m);
            /* "kata Koh Anton" after "Antonius Wibisono yang akrab disapa Koh
             * Anton": the person named; an office's nickname names its holder
             * as a name does ("Wali Kota yang akrab disapa Hendi") */
            as_nicknamed(rec, work, &names, &doc, &m);
            if (!m.name && m.role) {
                /* the body is searched for a one-word name for the first
                 * mentions only: each search reads it whole */
                name_in_role(rec, work, &names, &doc, &m, role_scans++ < RECENT_PEOPLE);
                as_nicknamed(rec, work, &names, &doc, &m); /* "Pemilik nama panggung Rani Jani itu" */
            }
            /* "Mantan Camat Tanjung Bunga itu", "Ayah dua anak asal Pulau
             * Rupat itu": before a demonstrative, the capitalised words
             * after a role that name no one met, and that the article
             * writes nowhere else but after the role's words, are the role's place */
            if (ev->demonstrative && m.name && m.role && !m.titles && !m.honorific &&
                ends_with_role_and_name(ev->mention, m.role, m.name) && find_person(&ps, &m) < 0 &&
                role_scans++ < RECENT_PEOPLE && written_only_after_role(work, rec, m.name, m.role)) {
                m.role = join_with(work, m.role, " ", m.name);
                m.name = NULL;
            }
            /* "Menurut Mantan Kapolda NTB": an epithet of the current speaker;
             * so is a description pointed back at with a demonstrative that
             * fits no one met ("Bupati KSB dua periode ini") */
            bool former = !m.name && m.role && speech_lookup(SPEECH_FORMER, m.role, strcspn(m.role, " ")) >= 0;
            /* "Perusahaan juga menyebutkan": the body last heard, named again
             * by its kind, or the one a sentence opened with since ("Manajemen
             * PT X dalam keterangan tertulis menyampaikan duka ... Perusahaan
             * menyatakan bahwa ...") */
            if (!m.name && m.role && lex_lookup(LEX_TABLE(GENERIC_BODIES), m.role, strlen(m.role)) >= 0) {
                if (body_event > body_speaker_event)
                    m = parsed[body_event];
                else if (body_speaker >= 0)
                    m = ps.items[body_speaker].who;
            }
            bool epithet = !m.name && m.role && current >= 0 &&
                           (former || (ev->demonstrative && find_person(&ps, &m) < 0));
            /* "Jenderal bintang dua itu", "Diplomat karier itu": one
             * capitalised word its lower-case description follows is a
             * noun, no name */
            epithet = epithet || (ev->demonstrative && current >= 0 && m.name && !m.role && !strchr(m.name, ' ') &&
                                  described_name(ev->mention, m.name) && find_person(&ps, &m) < 0);
            /* ... unless the article introduced someone else in that former
             * office: "memeriksa mantan Kepala Kepolisian Daerah X, Irjen
             * (Purn.) Y" then, after another speaker, "Mantan Kapolda ini
             * hanya mengatakan" */
            if (former && ev->demonstrative && find_person(&ps, &m) < 0) {
                const char *office = m.role + strcspn(m.role, " "); /* the office, "Mantan" left out */
                office += *office == ' ';
                word_list rl;
                list_of(office, true, &rl);
                const introduction *x =
                    *office ? introduced(intros_of(rec, work, &names, &ix), office, view(&rl)) : NULL;
                const person *now = current >= 0 ? &ps.items[current] : NULL;
                if (x && !(now && now->who.name && (words_within(now->who.name, x->name) ||
                                                   words_within(x->name, now->who.name)))) {
                    m.name = x->name, m.role = longer(m.role, x->role), m.office = true;
                    epithet = false;
                }
            }
            /* "Ketua PTA. Palu menyampaikan": a regency or city alone that
             * names no one met is a place */
            bool place = m.name && !m.role && !m.titles && !strchr(m.name, ' ') &&
                         region_lookup(m.name, strlen(m.name)) && find_person(&ps, &m) < 0;
            /* "Warga yang biasa disapa Tante Nela itu mengaku": the person
             * met whose name the nickname of the words' relative clause is */
            long nicknamed = -1;
            if (!m.name && ev->nickname) {
                parsed_mention n = parse_mention(work, ev->nickname);
                nicknamed = n.name && !n.role ? find_person(&ps, &n) : -1;
            }
            /* a pronoun, an epithet, a place, or words that name no one
             * ("Juga"): the current speaker */
            points_back = m.pronoun || epithet || place || (!m.name && !m.role);
            if (points_back) {
                who = nicknamed >= 0 ? nicknamed : current;
            } else {
                who = find_person(&ps, &m);
                if (nicknamed >= 0)
                    who = nicknamed;

                /* "Muhaimin menjelaskan ...": one capitalised word as a subject
                 * is a person when the article names it alone as a quote's
                 * source ("ujar Muhaimin") */
                if (who < 0 && m.name && !m.role && !strchr(m.name, ' ') && !is_place_word(&doc, m.name) &&
                    set_has(&doc.lone_names, m.name, strlen(m.name)))
                    m.office = true;
                if (who < 0 && may_found(&m, ev->quote >= 0 || ev->speaks) &&
                    VEC_PUSH(work, &ps, ((person){.who = m, .index = -1, .same = -1, .follows = current})) == 0) {
                    who = (long)ps.len - 1;
                    /* "Heru" read as "Heru Prasetyo Wibowo", the Sekretaris
                     * Daerah the body names, so that "Sekda" finds him */
                    if (m.name && ps.len <= RECENT_PEOPLE)
                        fullest_name(rec, work, &names, &ps.items[who].who.name, &ps.items[who].who.role, false);
                    refresh(work, &ps.items[who]);
                } else if (who >= 0) {
                    merge_into(&ps.items[who], &m);
                    refresh(work, &ps.items[who]);
                }
                if (who >= 0 && ps.items[who].mentions == 0)
                    ps.items[who].mentions = 1;
            }
        } else if (ev->quote >= 0) {
            who = current; /* a pronoun cue, or a quote with no cue: the passage's speaker */
            if (who >= 0)
                ps.items[who].mentions += ev->source == SOURCE_PRONOUN;
        }
        pointed_nickname(work, rec, &doc, &ps, who, ev);
        if (who >= 0 && names_a_body(&ps.items[who].who))
            body_speaker = who, body_speaker_event = (long)e;
        if (who >= 0) {
            current = who;
            /* quotes cued by a pronoun before anyone was named are the
             * first person named after them ("..., ujarnya." then "Mantan
             * Gubernur Riau ... itu") */
            for (size_t i = 0; i < pending.len; i++)
                owner[pending.items[i]] = who;
            ps.items[who].quoted = ps.items[who].quoted || pending.len;
            pending.len = 0;
        }
        if (ev->quote < 0 || (size_t)ev->quote >= rec->quotes.len)
            continue;
        if (who < 0) {
            /* a pronoun and an uncued quote point ahead too; reported speech
             * whose cue has no person as its subject ("pesan berantai yang
             * menyebutkan ...") does not */
            if (points_back &&
                !(ev->source == SOURCE_NONE && rec->quotes.items[ev->quote].kind == QUOTE_INDIRECT))
                VEC_PUSH(work, &pending, (size_t)ev->quote);
            continue;
        }
        owner[ev->quote] = who;
        ps.items[who].quoted_in = rec->quotes.items[ev->quote].paragraph + 1;
        ps.items[who].quoted = true;
    }
    /* The fullest name and role each person got over the whole article. */
    for (size_t i = 0; i < ps.len && i < RECENT_PEOPLE; i++)
        if (ps.items[i].quoted && ps.items[i].who.name)
            fullest_name(rec, work, &names, &ps.items[i].who.name, &ps.items[i].who.role, false);
    /* quotes cued by a pronoun that no one named before or after: the
     * person the article introduces first (its lead: "Kepala Kantor ... Muh
     * Habib selaku pembina apel menyampaikan ...") */
    const introductions *in = pending.len ? intros_of(rec, work, &names, &ix) : NULL;
    size_t first = 0;
    while (in && first < in->len && !in->items[first].name) /* (offices with no name are no one's introduction) */
        first++;
    if (in && first < in->len) {
        parsed_mention lead = {.name = in->items[first].name, .role = in->items[first].role, .office = true};
        if (VEC_PUSH(work, &ps, ((person){.who = lead, .index = -1, .same = -1, .quoted = true})) == 0)
            for (size_t i = 0; i < pending.len; i++)
                owner[pending.items[i]] = (long)ps.len - 1;
    }
    name_and_merge(rec, work, &names, &ix, &ps);
    for (size_t q = 0; q < rec->quotes.len; q++) {
        if (owner[q] < 0)
            continue;
        person *p = &ps.items[merged(&ps, owner[q])];
        if (p->index < 0) {
            const parsed_mention *w = &p->who;
            rec_speaker sp = {arena_strdup(a, w->name), arena_strdup(a, w->honorific), arena_strdup(a, w->titles),
                              arena_strdup(a, w->degrees), arena_strdup(a, w->role),
                              arena_strdup(a, organization_of(work, w->role)), p->mentions};
            if (VEC_PUSH(a, &rec->speakers, sp))
                continue;
            p->index = (long)rec->speakers.len - 1;
        }
        rec->quotes.items[q].speaker = p->index;
    }
}
