#include "text.h"

#include <stdint.h>
#include <string.h>

#include "lexicon.h"
#include "metadata.h"
#include "unicode.h"

enum {
    TITLE_SEARCH_LINES = 15,    /* the headline stands among the first lines of a copied page */
    TITLE_MIN_WORDS = 3,        /* shorter lines above it are site names and menu items */
    TITLE_MAX_WORDS = 40,       /* a longer line is the body's first paragraph */
    DATE_LINE_MAX_WORDS = 8,    /* "Selasa, 15 Oktober 2019 – 08:42 WIB" */
    DATE_LABEL_MAX_WORDS = 3,   /* "Dipublikasikan pada: 12 Juni 2025" */
    COUNTER_MAX_WORDS = 3,      /* "Dibaca: 412 kali", "0 Komentar" */
    MAX_SEGMENTS = 8,           /* of a header line: date | byline | counter */
    PAGE_LINE_MAX_WORDS = 6,    /* "Berita Terkait", "Bagikan" are whole short lines */
    LABEL_INLINE_MAX_WORDS = 5, /* "Kategori Ekonomi", with no colon */
    LABEL_LINE_MAX_BYTES = 300,
    HEADING_MAX_BYTES = 120,
    HEADING_MAX_WORDS = 14,
    PROSE_MIN_WORDS = 12        /* a line this long is body text even without a final stop */
};

typedef struct {
    const char *raw;
    size_t raw_len;
    const char *text; /* cleaned; "" when blank */
    size_t len;
} text_line;

typedef VEC(text_line) line_list;

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

static bool contains(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (s[i] == needle[0] && memcmp(s + i, needle, n) == 0)
            return true;
    return false;
}

/* ---- shapes of lines ------------------------------------------------ */

/* A month written out ("Juli", "Agu") or a numeric date ("12/06/2025")
 * somewhere in s[0..len). */
static bool has_month(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_digit(c) && i + 2 < len && (s[i + 1] == '/' || s[i + 1] == '-' || s[i + 1] == '.') &&
            is_digit((unsigned char)s[i + 2]))
            return true;
        if ((is_upper(c) || is_lower(c)) && (i == 0 || s[i - 1] == ' ')) {
            size_t w = i;
            while (w < len && (is_upper((unsigned char)s[w]) || is_lower((unsigned char)s[w])))
                w++;
            if (lex_lookup(DATE_LISTS[DATE_MONTHS], s + i, w - i) >= 0)
                return true;
            i = w;
        }
    }
    return false;
}

/* A date as a page's date line shows it: "Jumat, 25 Juli 2025",
 * "Diterbitkan: Kamis, 12 Juni 2025", "Jumat, Februari 28, 2025",
 * "12/06/2025 09:30": a year, a day number and a month, in few words.
 * `strict` (for lines that may be a headline: "Festival 17 Agustus 2025
 * Dibuka") also wants it to open with a number or with a weekday-like word
 * before a comma or parenthesis. *from is set past a leading "Label:". */
static bool is_date_text(const char *s, size_t len, bool strict, size_t *from)
{
    size_t start = 0;
    const char *colon = memchr(s, ':', len);
    if (colon && colon > s && !is_digit((unsigned char)colon[-1]) &&
        page_count_words(s, (size_t)(colon - s)) <= DATE_LABEL_MAX_WORDS)
        for (start = (size_t)(colon - s) + 1; start < len && s[start] == ' ';)
            start++;
    s += start;
    len -= start;
    if (len == 0 || page_count_words(s, len) > DATE_LINE_MAX_WORDS || s[len - 1] == '.')
        return false; /* a short lead ("Kupang, 12 Juni 2025 – Rapat digelar.") ends its sentence */
    bool year = false, day = false;
    for (size_t i = 0; i < len;) {
        if (!is_digit((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t j = i;
        int v = 0;
        while (j < len && is_digit((unsigned char)s[j]) && j - i < 5)
            v = v * 10 + (s[j++] - '0');
        if (j - i == 4 && v >= 1900 && v <= 2099)
            year = true;
        else if (j - i <= 2 && v >= 1 && v <= 31)
            day = true;
        while (j < len && is_digit((unsigned char)s[j]))
            j++;
        i = j;
    }
    if (!year || !day || !has_month(s, len))
        return false;
    size_t w = 0;
    while (w < len && s[w] != ' ' && s[w] != ',' && s[w] != '(')
        w++;
    bool opens = !strict || is_digit((unsigned char)s[0]) || (w < len && (s[w] == ',' || s[w] == '(')) ||
                 (w + 1 < len && s[w] == ' ' && s[w + 1] == '(');
    if (opens)
        *from = start;
    return opens;
}

/* What joins the items of a menu or breadcrumb: "|", "»", "›", " > ", " / ". */
static const char *const NAV_SEPARATORS[] = {"|", "\xC2\xBB", "\xE2\x80\xBA", " > ", " / "};

/* A page's navigation: a menu ("Beranda | Profil", "Beranda   Profil   Berita"
 * with the copied gaps) or a breadcrumb ("Beranda » Berita"). */
static bool is_menu_line(const text_line *l)
{
    size_t gaps = 0;
    for (size_t i = 0; i + 1 < l->raw_len; i++)
        if ((l->raw[i] == ' ' || l->raw[i] == '\t') && (l->raw[i + 1] == ' ' || l->raw[i + 1] == '\t') &&
            (i == 0 || (l->raw[i - 1] != ' ' && l->raw[i - 1] != '\t')))
            gaps++;
    if (gaps >= 2)
        return true;
    for (size_t i = 0; i < sizeof NAV_SEPARATORS / sizeof *NAV_SEPARATORS; i++)
        if (contains(l->text, l->len, NAV_SEPARATORS[i]))
            return true;
    return false;
}

static bool is_all_caps(const char *s, size_t len)
{
    size_t upper = 0;
    for (size_t i = 0; i < len; i++) {
        if (is_lower((unsigned char)s[i]))
            return false;
        upper += is_upper((unsigned char)s[i]);
    }
    return upper >= 2;
}

/* A line that a page label opens as a whole ("Tags: ...", "Berita
 * Terkait"), not prose that merely starts with the same word. */
static bool page_line(const text_line *l, page_label *lab)
{
    return page_label_read(l->text, l->len, lab) &&
           (lab->colon || page_count_words(l->text, l->len) <= PAGE_LINE_MAX_WORDS);
}

static bool is_caption(const char *s, size_t len)
{
    page_label lab;
    return (page_label_read(s, len, &lab) && lab.kind == PAGE_CAPTION && lab.colon) ||
           metadata_is_photo_caption(s, len);
}

static bool ends_sentence(const char *s, size_t len)
{
    static const char *const ENDS[] = {".", "!", "?", ":", ";", ",", "\"", ")", "\xE2\x80\x9D", "\xE2\x80\x99",
                                       "\xE2\x80\xA6"};
    for (size_t i = 0; i < sizeof ENDS / sizeof *ENDS; i++) {
        size_t n = strlen(ENDS[i]);
        if (len >= n && memcmp(s + len - n, ENDS[i], n) == 0)
            return true;
    }
    return false;
}

/* ---- lines ---------------------------------------------------------- */

static int split_lines(const char *text, size_t len, line_list *lines, arena *a)
{
    for (size_t i = 0; i <= len;) {
        const char *nl = i < len ? memchr(text + i, '\n', len - i) : NULL;
        size_t end = nl ? (size_t)(nl - text) : len;
        text_line l = {text + i, end - i, "", 0};
        char *clean = text_clean(a, text + i, end - i, &l.len);
        if (!clean || VEC_PUSH(a, lines, l) != 0)
            return -1;
        lines->items[lines->len - 1].text = clean;
        if (!nl)
            break;
        i = end + 1;
    }
    return 0;
}

static size_t next_nonblank(const line_list *lines, size_t i)
{
    while (i < lines->len && lines->items[i].len == 0)
        i++;
    return i;
}

/* ---- the header: date line and byline between headline and body ------ */

typedef enum { SEG_DATE, SEG_CREDIT, SEG_COUNTER } segment_kind;
typedef struct {
    segment_kind kind;
    const char *text;
    size_t len;
} segment;

/* The parts of a header line, split where the page put '|' or a gap
 * ("Jumat, Februari 28, 2025   Oleh: X   0 Komentar"). Returns how many,
 * or 0 unless every part is a date, a byline or a counter and one of them
 * is a date or a byline. */
static size_t header_segments(const text_line *l, segment *seg, arena *a)
{
    size_t n = 0;
    bool useful = false;
    for (size_t i = 0; i < l->raw_len;) {
        size_t end = i;
        while (end < l->raw_len && l->raw[end] != '|' &&
               !((l->raw[end] == ' ' || l->raw[end] == '\t') && end + 1 < l->raw_len &&
                 (l->raw[end + 1] == ' ' || l->raw[end + 1] == '\t')))
            end++;
        size_t clen, from = 0;
        char *part = text_clean(a, l->raw + i, end - i, &clen);
        if (!part)
            return 0;
        if (clen) {
            if (n == MAX_SEGMENTS)
                return 0;
            if (is_date_text(part, clen, false, &from))
                seg[n] = (segment){SEG_DATE, part + from, clen - from};
            else if (metadata_is_credit_line(part, clen))
                seg[n] = (segment){SEG_CREDIT, part, clen};
            else if (page_count_words(part, clen) <= COUNTER_MAX_WORDS && strpbrk(part, "0123456789"))
                seg[n] = (segment){SEG_COUNTER, part, clen};
            else
                return 0;
            useful |= seg[n].kind != SEG_COUNTER;
            n++;
        }
        i = end;
        while (i < l->raw_len && (l->raw[i] == '|' || l->raw[i] == ' ' || l->raw[i] == '\t'))
            i++;
    }
    return useful ? n : 0;
}

/* A header line's date goes on as the date line with whatever follows it on
 * the line, so the dates stage sees its time: "Jumat, 25 Juli 2025 | 09:30
 * WITA" (the time alone is not a segment worth keeping). A later one is
 * another date statement of the header ("Tanggal: 17 Juli 2025"). */
static void take_header(const text_line *l, const segment *seg, size_t n, page_hints *hints, arena *a)
{
    for (size_t i = 0; i < n; i++) {
        if (seg[i].kind == SEG_DATE && !hints->published_visible) {
            const char *at = strstr(l->text, seg[i].text);
            hints->published_visible = at ? at : seg[i].text;
        } else if (seg[i].kind == SEG_DATE)
            VEC_PUSH(a, &hints->date_lines, seg[i].text);
        else if (seg[i].kind == SEG_CREDIT)
            VEC_PUSH(a, &hints->credit_lines, seg[i].text);
    }
}

/* ---- the headline --------------------------------------------------- */

/* Lines above and around the headline that are never it. */
static bool is_page_furniture(const text_line *l)
{
    size_t from;
    page_label lab;
    return page_line(l, &lab) || is_menu_line(l) || is_date_text(l->text, l->len, true, &from) ||
           is_caption(l->text, l->len);
}

/* The headline: the first line among the first few that is no image
 * caption, menu, breadcrumb, date or label line, preferring one not in
 * capitals (site names are), and standing before the first sentence.
 * SIZE_MAX when the text has no line. */
static size_t find_title(const line_list *lines)
{
    size_t seen = 0, caps = SIZE_MAX, first = SIZE_MAX;
    for (size_t i = 0; i < lines->len && seen < TITLE_SEARCH_LINES; i++) {
        const text_line *l = &lines->items[i];
        if (l->len == 0)
            continue;
        seen++;
        if (first == SIZE_MAX)
            first = i;
        if (is_page_furniture(l) || page_count_words(l->text, l->len) < TITLE_MIN_WORDS)
            continue;
        if (l->text[l->len - 1] == '.' || page_count_words(l->text, l->len) > TITLE_MAX_WORDS)
            break; /* the body has begun */
        if (!is_all_caps(l->text, l->len))
            return i;
        if (caps == SIZE_MAX)
            caps = i;
    }
    return caps != SIZE_MAX ? caps : first;
}

/* ---- the body ------------------------------------------------------- */

/* Bullets a list item opens with, dropped from its paragraph. */
static const char *const BULLETS[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x97\x8F", "-", "*",
                                      "\xE2\x80\x93"};

static size_t bullet_length(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof BULLETS / sizeof *BULLETS; i++) {
        size_t n = strlen(BULLETS[i]);
        if (len > n + 1 && memcmp(s, BULLETS[i], n) == 0 && s[n] == ' ')
            return n + 1;
    }
    return 0;
}

/* A section heading: a short line with no closing punctuation, followed
 * by body text. */
static bool is_heading(const line_list *lines, size_t i)
{
    const text_line *l = &lines->items[i];
    unsigned char c0 = (unsigned char)l->text[0];
    if (l->len > HEADING_MAX_BYTES || page_count_words(l->text, l->len) > HEADING_MAX_WORDS ||
        ends_sentence(l->text, l->len) || is_lower(c0) || c0 == '(' || c0 == '"')
        return false;
    size_t j = next_nonblank(lines, i + 1);
    if (j == lines->len)
        return false;
    const text_line *next = &lines->items[j];
    page_label lab;
    return next->len > l->len && !page_line(next, &lab) &&
           (ends_sentence(next->text, next->len) || page_count_words(next->text, next->len) >= PROSE_MIN_WORDS);
}

/* "Tags: a, b" or "#a #b": the labels in s[0..len) into the record. */
static void push_labels(const char *s, size_t len, record *rec, arena *a)
{
    bool hashes = !memchr(s, ',', len) && !memchr(s, ';', len) && !memchr(s, '|', len) && len && s[0] == '#';
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && s[end] != ',' && s[end] != ';' && s[end] != '|' && !(hashes && s[end] == ' '))
            end++;
        size_t clen;
        char *label = text_clean(a, s + i, end - i, &clen);
        if (label && clen)
            VEC_PUSH(a, &rec->labels, label);
        i = end + 1;
    }
}

/* A "Tags:"/"Kategori"/"Label" line: its value, or the lines under it
 * when it stands alone. Returns the last line read. */
static size_t read_label_block(const line_list *lines, size_t i, const page_label *lab, record *rec, arena *a)
{
    const text_line *l = &lines->items[i];
    if (lab->value < l->len) {
        push_labels(l->text + lab->value, l->len - lab->value, rec, a);
        return i;
    }
    size_t j = next_nonblank(lines, i + 1), last = i;
    page_label other;
    for (; j < lines->len && lines->items[j].len; j++) {
        const text_line *v = &lines->items[j];
        if (v->len > LABEL_LINE_MAX_BYTES || page_line(v, &other))
            break;
        push_labels(v->text, v->len, rec, a);
        last = j;
    }
    return last;
}

static bool is_label_line(const text_line *l, const page_label *lab)
{
    return lab->kind == PAGE_LABELS &&
           (lab->colon || lab->value == l->len ||
            (page_count_words(l->text, l->len) <= LABEL_INLINE_MAX_WORDS && !ends_sentence(l->text, l->len)));
}

static void push_paragraph(record *rec, para_kind kind, const char *text, size_t len, arena *a)
{
    VEC_PUSH(a, &rec->paragraphs, ((rec_paragraph){kind, text, len}));
}

/* The article's lines after its header, up to the page's related list or
 * comments: paragraphs, headings, captions and the label block. */
static void read_body(const line_list *lines, size_t i, record *rec, arena *a)
{
    bool in_contact = false;
    for (; i < lines->len; i++) {
        const text_line *l = &lines->items[i];
        if (l->len == 0)
            continue;
        page_label lab;
        if (page_line(l, &lab)) {
            if (lab.kind == PAGE_END)
                return;
            if (lab.kind == PAGE_SHARE)
                continue;
            if (lab.kind == PAGE_RELATED) {
                size_t j = next_nonblank(lines, i + 1);
                if (lab.value == l->len && j < lines->len && !ends_sentence(lines->items[j].text, lines->items[j].len))
                    i = j; /* "Baca juga:" with the linked headline under it */
                continue;
            }
            if (lab.kind == PAGE_CONTACT) {
                in_contact = true;
                continue;
            }
        }
        if (page_label_read(l->text, l->len, &lab) && is_label_line(l, &lab)) {
            i = read_label_block(lines, i, &lab, rec, a);
            continue;
        }
        if (metadata_is_credit_line(l->text, l->len)) {
            in_contact = false;
            push_paragraph(rec, PARA_BODY, l->text, l->len, a);
            continue;
        }
        if (in_contact)
            continue; /* the names and numbers of a press contact */
        size_t bullet = bullet_length(l->text, l->len);
        if (bullet)
            push_paragraph(rec, PARA_BODY, l->text + bullet, l->len - bullet, a);
        else if (is_caption(l->text, l->len))
            push_paragraph(rec, PARA_CAPTION, l->text, l->len, a);
        else if (is_heading(lines, i))
            push_paragraph(rec, PARA_HEADING, l->text, l->len, a);
        else
            push_paragraph(rec, PARA_BODY, l->text, l->len, a);
    }
}

stage_status text_read(const char *text, size_t len, record *rec, page_hints *hints, arena *a,
                       stage_error *err)
{
    line_list lines = {0};
    if (split_lines(text, len, &lines, a) != 0)
        return stage_fail(err, ST_NOMEM, 0, "out of memory");
    size_t title = find_title(&lines);
    if (title == SIZE_MAX)
        return stage_fail(err, ST_NO_ARTICLE, 0, "the text holds no article body");
    rec->title = lines.items[title].text;

    segment seg[MAX_SEGMENTS];
    size_t i = next_nonblank(&lines, title + 1);
    for (; i < lines.len; i = next_nonblank(&lines, i + 1)) {
        size_t n = header_segments(&lines.items[i], seg, a);
        if (n)
            take_header(&lines.items[i], seg, n, hints, a);
        else if (is_caption(lines.items[i].text, lines.items[i].len))
            push_paragraph(rec, PARA_CAPTION, lines.items[i].text, lines.items[i].len, a);
        else
            break;
    }
    /* Above the headline: bylines and photo credits, and a date line just
     * above it, which is the article's own. */
    for (size_t p = 0; p < title; p++)
        if (metadata_is_credit_line(lines.items[p].text, lines.items[p].len))
            VEC_PUSH(a, &hints->credit_lines, lines.items[p].text);
    for (size_t p = title; !hints->published_visible && p-- > 0;) {
        if (lines.items[p].len == 0)
            continue;
        size_t n = header_segments(&lines.items[p], seg, a);
        if (n == 1 && seg[0].kind == SEG_DATE)
            hints->published_visible = seg[0].text;
        break;
    }
    read_body(&lines, i, rec, a);
    if (rec->paragraphs.len == 0)
        return stage_fail(err, ST_NO_ARTICLE, 0, "the text holds no article body");
    return ST_OK;
}
