#include "segment.h"

#include <string.h>
#include <strings.h>

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* "menyampaikan,hari ini", "BPBD,”ucap Panahatan": a comma (and a closing
 * mark) between two letters is a comma and a space the writer left out (a
 * decimal comma stands between digits). The length of the comma and its
 * mark when the comma at s[c] is one, else 0. */
static size_t glued_comma(const char *s, size_t c, size_t begin, size_t end)
{
    if (c == begin || !is_ascii_letter(s[c - 1]))
        return 0;
    size_t after = c + 1;
    if (after + 3 <= end && (unsigned char)s[after] == 0xE2 && (unsigned char)s[after + 1] == 0x80 &&
        ((unsigned char)s[after + 2] == 0x9D || (unsigned char)s[after + 2] == 0x99))
        after += 3; /* ” or ’ */
    else if (after < end && s[after] == '"')
        after++;
    return after < end && is_ascii_letter(s[after]) ? after - c : 0;
}

/* The bytes a word scan stops at: white space, and a comma to look at. */
static const bool WORD_STOP[256] = {[' '] = true, ['\t'] = true, ['\n'] = true, ['\r'] = true, [','] = true};

bool seg_next_word(const char *s, size_t end, size_t *pos, seg_span *w)
{
    size_t i = *pos;
    while (i < end && is_space(s[i]))
        i++;
    if (i >= end) {
        *pos = end;
        return false;
    }
    w->start = i;
    for (;;) {
        while (i < end && !WORD_STOP[(unsigned char)s[i]])
            i++;
        if (i >= end || s[i] != ',')
            break;
        size_t glued = glued_comma(s, i, w->start, end);
        i += glued ? glued : 1;
        if (glued)
            break;
    }
    w->end = i;
    *pos = i;
    return true;
}

bool seg_prev_word(const char *s, size_t begin, size_t *pos, seg_span *w)
{
    size_t i = *pos;
    while (i > begin && is_space(s[i - 1]))
        i--;
    if (i <= begin) {
        *pos = begin;
        return false;
    }
    w->end = i;
    while (i > begin && !is_space(s[i - 1])) {
        i--;
        if (s[i] == ',' && i + 1 < w->end && glued_comma(s, i, begin, w->end)) {
            i += glued_comma(s, i, begin, w->end); /* the word after a glued comma */
            break;
        }
    }
    w->start = i;
    *pos = i;
    return true;
}

/* The byte length of a quotation mark or bracket that starts at s[i], or 0:
 * “ ” ‘ ’ „ (E2 80 9C/9D/98/99/9E), « (C2 AB), » (C2 BB), " ' ( [. Byte
 * tests, as every word of the body goes through here. */
static size_t mark_at(const char *s, size_t i, size_t end)
{
    const unsigned char *u = (const unsigned char *)s + i;
    switch (u[0]) {
    case 0xE2:
        return i + 3 <= end && u[1] == 0x80 &&
                       (u[2] == 0x9C || u[2] == 0x9D || u[2] == 0x98 || u[2] == 0x99 || u[2] == 0x9E)
                   ? 3
                   : 0;
    case 0xC2: return i + 2 <= end && (u[1] == 0xAB || u[1] == 0xBB) ? 2 : 0;
    case '"': case '\'': case '(': case '[': return 1;
    default: return 0;
    }
}

/* The byte length of a closing mark or punctuation that ends at s[end], or
 * 0: ” ’ “ (E2 80 9D/99/9C), » (C2 BB), , . ; : ! ? ) " ]. */
static size_t mark_before(const char *s, size_t start, size_t end)
{
    if (end <= start)
        return 0;
    const unsigned char *u = (const unsigned char *)s + end;
    switch (u[-1]) {
    case 0x9D: case 0x99: case 0x9C:
        return end >= start + 3 && u[-3] == 0xE2 && u[-2] == 0x80 ? 3 : 0;
    case 0xBB: return end >= start + 2 && u[-2] == 0xC2 ? 2 : 0;
    case ',': case '.': case ';': case ':': case '!': case '?': case ')': case '"': case ']': return 1;
    default: return 0;
    }
}

seg_span seg_core(const char *s, seg_span w)
{
    size_t n;
    while (w.start < w.end && (n = mark_at(s, w.start, w.end)) != 0)
        w.start += n;
    while (w.end > w.start && (n = mark_before(s, w.start, w.end)) != 0)
        w.end -= n;
    return w;
}

int seg_lookup(speech_list list, const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    if (c.end <= c.start)
        return -1;
    return speech_lookup(list, s + c.start, c.end - c.start);
}

uint32_t seg_lists(const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    return c.end > c.start ? speech_lists_of(s + c.start, c.end - c.start) : 0;
}

bool seg_equals(const char *s, seg_span w, const char *word)
{
    seg_span c = seg_core(s, w);
    size_t n = strlen(word);
    return c.end - c.start == n && strncasecmp(s + c.start, word, n) == 0;
}

/* seg_is_capitalized of a word's core. */
static bool core_capitalized(const char *s, seg_span c)
{
    if (c.end <= c.start)
        return false;
    unsigned char b = (unsigned char)s[c.start];
    if (b >= 'A' && b <= 'Z')
        return true;
    /* Latin-1 capitals (À..Þ) as UTF-8: C3 80..9E */
    return b == 0xC3 && c.end - c.start >= 2 && (unsigned char)s[c.start + 1] >= 0x80 &&
           (unsigned char)s[c.start + 1] <= 0x9E;
}

bool seg_is_capitalized(const char *s, seg_span w) { return core_capitalized(s, seg_core(s, w)); }

bool seg_is_acronym(const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    if (c.end - c.start < 2)
        return false;
    for (size_t i = c.start; i < c.end; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || s[i] == '-' || (s[i] >= '0' && s[i] <= '9')))
            return false;
    return true;
}

bool seg_bracketed_name(const char *s, seg_span w, seg_span *inner)
{
    size_t end = w.end;
    while (end > w.start && strchr(".,;:", s[end - 1]))
        end--;
    if (end - w.start < 4 || s[w.start] != '(' || s[end - 1] != ')')
        return false;
    seg_span core = {w.start + 1, end - 1};
    for (size_t k = core.start; k < core.end; k++)
        if (!is_ascii_letter(s[k]) && (unsigned char)s[k] < 0x80)
            return false;
    *inner = core;
    return seg_is_capitalized(s, core) && !seg_is_acronym(s, core);
}

size_t seg_closing_bracket(const char *s, size_t begin, size_t end, size_t max)
{
    if (end < begin + 2 || s[end - 1] != ')')
        return end;
    for (size_t p = end - 1; p-- > begin && (end - 1) - p <= max;)
        if (s[p] == '(')
            return p > begin ? p : end;
    return end;
}

bool seg_is_dash_word(const char *s, seg_span w)
{
    size_t n = w.end - w.start, i = w.start;
    if ((n == 1 && s[i] == '-') || (n == 3 && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                                    ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)))
        return true;
    while (i < w.end && s[i] == '-') /* "Jakarta (Humas) --- Kepala ..." */
        i++;
    return i == w.end && n >= 2;
}

bool seg_is_degree(const char *s, seg_span w)
{
    size_t a = w.start, b = w.end;
    while (b > a && (s[b - 1] == ',' || s[b - 1] == ';' || s[b - 1] == ')' ||
                     (s[b - 1] == '.' && b - 1 > a && (s[b - 2] == ')' || s[b - 2] == '.')))) /* "M.H.).", "M.H.." */
        b--;
    while (a < b && s[a] == '(')
        a++;
    if (b - a > 3 && s[b - 1] == 'K' && s[b - 2] == '(') /* a consultant's "Sp.A(K)" */
        b -= 2;
    if (b - a == 1 && s[a] == 'K' && a > w.start && b < w.end) /* ... and its "Sp.OG (K)" */
        return true;
    /* degrees a comma glues with no space: "S.Ag.,M.Pd.I", "S.STP.,M.Si" */
    const char *comma = b > a ? memchr(s + a, ',', b - a) : NULL;
    if (comma)
        return comma > s + a + 1 && seg_is_degree(s, (seg_span){a, (size_t)(comma - s)}) &&
               seg_is_degree(s, (seg_span){(size_t)(comma - s) + 1, b});
    if (b <= a || b - a > 14)
        return false;
    if (speech_lookup(SPEECH_DEGREES, s + a, b - a - (s[b - 1] == '.')) >= 0)
        return true;
    /* listed degrees glued by dots: "SAg.MH" */
    size_t part = a, parts = 0;
    for (size_t i = a; i <= b; i++)
        if (i == b || s[i] == '.') {
            if (i > part && speech_lookup(SPEECH_DEGREES, s + part, i - part) < 0)
                break;
            parts += i > part;
            part = i + 1;
            if (i == b && parts >= 2)
                return true;
        }
    /* Two or more letter groups each closed by a dot, the first capital: S.T.
     * M.Si. S.Sos. Sp.A. M.A.P. One group is a short word ending a sentence
     * ("kata Iis."); one-group degrees are in the degree list. The last dot
     * may be left out after a short first group: "M.Si,", "S.Sos". */
    if (!(s[a] >= 'A' && s[a] <= 'Z'))
        return false;
    size_t group = 0, groups = 0, first = 0;
    for (size_t i = a; i < b; i++) {
        if ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')) {
            if (++group > 4)
                return false;
        } else if (s[i] == '.' && group) {
            first = groups ? first : group;
            group = 0;
            groups++;
        } else {
            return false;
        }
    }
    if (group) /* an open last group: a capital after a first group of one or two letters */
        return groups >= 1 && first <= 2 && s[b - group] >= 'A' && s[b - group] <= 'Z';
    return groups >= 2;
}

char seg_trailing_punct(const char *s, seg_span w)
{
    size_t e = w.end;
    while (e > w.start) {
        char c = s[e - 1];
        if (strchr(",.;:!?", c))
            return c;
        size_t n = mark_before(s, w.start, e);
        if (!n)
            return 0;
        e -= n;
    }
    return 0;
}

size_t seg_rank_phrase(const char *s, size_t at, size_t end)
{
    size_t best = 0;
    unsigned char first = (unsigned char)s[at] | 0x20;
    /* read for many capitalised words: the sorted table is searched for the
     * word's letter, and left past it */
    size_t lo = 0, hi = SPEECH_RANK_PHRASE_COUNT;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (((unsigned char)SPEECH_RANK_PHRASES[mid][0] | 0x20) < first)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < SPEECH_RANK_PHRASE_COUNT; i++) {
        const char *p = SPEECH_RANK_PHRASES[i];
        if (((unsigned char)p[0] | 0x20) != first)
            break;
        size_t n = 0;
        while (p[n] && at + n < end && (((unsigned char)p[n] | 0x20) == ((unsigned char)s[at + n] | 0x20)))
            n++;
        if (!p[n] && n > best && (at + n == end || s[at + n] == ' ' || s[at + n] == ','))
            best = n;
    }
    return best;
}

bool seg_is_abbreviation(const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    if (c.end <= c.start || c.end >= w.end || s[c.end] != '.')
        return false;
    for (size_t i = c.end + 1; i < w.end; i++)
        if (!strchr(",;:", s[i]) && !(s[i] == ')' && s[w.start] == '('))
            return false; /* "M.H.)." ends a sentence: the last dot is not the word's own; "(Purn.)" is one */
    /* initials: single capitals each closed by a dot ("H.", "H.M."); not a
     * Roman numeral after the lower-case noun it numbers ("... sejak kelas X.
     * Jebolan ...", "golongan I. Mereka ...") */
    bool initials = true;
    for (size_t i = c.start; i < c.end && initials; i += 2)
        initials = s[i] >= 'A' && s[i] <= 'Z' && (i + 1 == c.end || s[i + 1] == '.');
    bool numeral = c.end - c.start == 1 && strchr("IVX", s[c.start]) && w.start >= 2 && s[w.start - 1] == ' ' &&
                   s[w.start - 2] >= 'a' && s[w.start - 2] <= 'z';
    if (initials)
        return !numeral;
    size_t len = c.end - c.start;
    uint32_t lists = speech_lists_of(s + c.start, len);
    if (lists & (1u << SPEECH_ABBREVIATIONS))
        return true;
    /* in small letters only a short title is one ("dr.", "drg."): "laut.",
     * "ibu." and "polisi." end sentences */
    enum { MAX_SMALL_TITLE = 3 };
    if (s[c.start] >= 'a' && s[c.start] <= 'z')
        return (lists & (1u << SPEECH_TITLES)) && len <= MAX_SMALL_TITLE &&
               speech_lookup(SPEECH_TITLES, s + c.start, len) != TITLE_CORPS;
    return lists & (1u << SPEECH_TITLES | 1u << SPEECH_HONORIFICS);
}

static bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

bool seg_glued_sentence_end(const char *s, size_t n, size_t dot)
{
    bool word_before = dot >= 3 && is_lower(s[dot - 1]) && is_lower(s[dot - 2]) && is_lower(s[dot - 3]);
    bool share_before = dot >= 2 && s[dot - 1] == '%' && s[dot - 2] >= '0' && s[dot - 2] <= '9'; /* "40.7%." */
    return (word_before || share_before) && dot + 3 < n && s[dot + 1] >= 'A' && s[dot + 1] <= 'Z' &&
           is_lower(s[dot + 2]) && (is_lower(s[dot + 3]) || s[dot + 3] == ' ' || s[dot + 3] == ','); /* ".Ia " */
}

bool seg_is_title_case(const char *s, size_t len)
{
    size_t pos = 0, caps = 0, counted = 0;
    seg_span w;
    while (seg_next_word(s, len, &pos, &w)) {
        seg_span c = seg_core(s, w);
        if (c.end - c.start < 4 || (s[c.start] >= '0' && s[c.start] <= '9'))
            continue; /* "di", "ke-21", "5" stay as they are */
        counted++;
        caps += seg_is_capitalized(s, c);
    }
    return counted >= 3 && caps * 5 >= counted * 4;
}

bool seg_is_headline_line(const char *s, size_t len)
{
    while (len && s[len - 1] == ' ')
        len--;
    if (!len || (s[len - 1] && strchr(".!?\"'", s[len - 1])) ||
        (len >= 3 && (unsigned char)s[len - 3] == 0xE2 && (unsigned char)s[len - 2] == 0x80 &&
         ((unsigned char)s[len - 1] == 0x9D || (unsigned char)s[len - 1] == 0x99)))
        return false;
    return seg_is_title_case(s, len);
}

/* ---- a document's words, read once ---------------------------------------- */

static size_t count_words(const char *s, size_t len)
{
    size_t n = 0, pos = 0;
    seg_span w;
    while (seg_next_word(s, len, &pos, &w))
        n++;
    return n;
}

static void fill_words(const char *s, size_t len, seg_word *items, size_t n)
{
    size_t pos = 0;
    seg_span w;
    for (size_t k = 0; k < n && seg_next_word(s, len, &pos, &w); k++) {
        seg_span c = seg_core(s, w);
        items[k] = (seg_word){(uint32_t)w.start, (uint32_t)w.end, (uint32_t)c.start, (uint32_t)c.end, 0,
                              seg_trailing_punct(s, w), core_capitalized(s, c), false};
    }
}

bool seg_words_read(arena *a, const char *s, size_t len, seg_words *out)
{
    if (len > UINT32_MAX)
        len = UINT32_MAX;
    size_t n = count_words(s, len);
    seg_word *items = n ? arena_alloc(a, n * sizeof *items) : NULL;
    *out = (seg_words){s, items, items ? n : 0};
    if (n && !items)
        return false;
    fill_words(s, len, items, n);
    return true;
}

uint32_t seg_word_lists(const seg_words *ws, seg_word *w)
{
    if (!w->listed) {
        w->lists = w->core_end > w->core_start ? speech_lists_of(ws->s + w->core_start, w->core_end - w->core_start) : 0;
        w->listed = true;
    }
    return w->lists;
}

bool seg_doc_read(arena *a, const record *rec, seg_doc *out)
{
    *out = (seg_doc){rec, {NULL, NULL, 0}, NULL, 0};
    if (rec->title && !seg_words_read(a, rec->title, strlen(rec->title), &out->title))
        return false;
    size_t words = 0, cap = 0;
    while (out->kept < rec->paragraphs.len && words < SEG_DOC_KEPT_WORDS) {
        const rec_paragraph *para = &rec->paragraphs.items[out->kept];
        if (arena_grow_array(a, (void **)&out->paragraphs, &cap, sizeof *out->paragraphs, out->kept + 1) != 0 ||
            !seg_words_read(a, para->text, para->len, &out->paragraphs[out->kept]))
            return false;
        words += out->paragraphs[out->kept++].n;
    }
    return true;
}

seg_words *seg_doc_paragraph(const seg_doc *doc, size_t p, seg_pass *pass, arena *a)
{
    if (p < doc->kept)
        return &doc->paragraphs[p];
    const rec_paragraph *para = &doc->rec->paragraphs.items[p];
    size_t len = para->len < UINT32_MAX ? para->len : UINT32_MAX, n = count_words(para->text, len);
    if (n > pass->cap) {
        size_t cap = n > 2 * pass->cap ? n : 2 * pass->cap;
        seg_word *items = arena_alloc(a, cap * sizeof *items);
        if (!items)
            return NULL;
        arena_give_back(a, pass->words.items);
        pass->words.items = items;
        pass->cap = cap;
    }
    fill_words(para->text, len, pass->words.items, n);
    pass->words.s = para->text;
    pass->words.n = n;
    return &pass->words;
}

void seg_pass_done(seg_pass *pass, arena *a)
{
    arena_give_back(a, pass->words.items);
    *pass = (seg_pass){{NULL, NULL, 0}, 0};
}

/* The links a mention reads through to the words after them: a naming
 * link (NICK_NAMING and NICK_LINK words of NICKNAME_WORDS) and the "juga"
 * or "sekaligus" after "yang" of a second office. */
enum link_kind { LINK_NAMING, LINK_OFFICE };

/* A comma stands right before `at`, past spaces. */
static bool after_comma(const char *s, size_t at)
{
    while (at > 0 && s[at - 1] == ' ')
        at--;
    return at > 0 && s[at - 1] == ',';
}

static size_t past_link(const char *s, size_t at, size_t end, enum link_kind kind)
{
    size_t pos = at;
    seg_span w;
    if (!seg_next_word(s, end, &pos, &w))
        return 0;
    bool after_yang = seg_equals(s, w, "yang");
    if (after_yang && !seg_next_word(s, end, &pos, &w))
        return 0;
    seg_span c = seg_core(s, w);
    if (seg_trailing_punct(s, w))
        return 0;
    if (kind == LINK_OFFICE) {
        if (!after_yang || !(seg_equals(s, w, "juga") || seg_equals(s, w, "sekaligus")))
            return 0;
    } else if (nickname_lookup(s + c.start, c.end - c.start) != NICK_NAMING) {
        return 0;
    }
    enum { MAX_LINK_WORDS = 3 }; /* "bernama lengkap", "dengan nama panggung" */
    for (int k = 0; k <= MAX_LINK_WORDS && seg_next_word(s, end, &pos, &w); k++) {
        c = seg_core(s, w);
        /* (an office in small letters too, right after the first: "Pamong
         * Budaya ... yang juga ketua tim kajian, X"; not an aside after a
         * name's comma, ", yang juga pengurus paguyuban,") */
        if (seg_is_capitalized(s, w) || (kind == LINK_OFFICE && !after_comma(s, at) &&
                                         speech_lookup(SPEECH_POSITIONS, s + c.start, c.end - c.start) >= 0))
            return w.start;
        if (kind == LINK_OFFICE || seg_trailing_punct(s, w) ||
            nickname_lookup(s + c.start, c.end - c.start) != NICK_LINK)
            return 0;
    }
    return 0;
}

size_t seg_naming_link(const char *s, size_t at, size_t end) { return past_link(s, at, end, LINK_NAMING); }

size_t seg_office_link(const char *s, size_t at, size_t end) { return past_link(s, at, end, LINK_OFFICE); }

size_t seg_posting_link(const char *s, seg_span prev, size_t at, size_t end)
{
    size_t pos = at;
    seg_span w, next;
    if (seg_trailing_punct(s, prev) || !(seg_equals(s, prev, "RI") || seg_equals(s, prev, "Indonesia")) ||
        !seg_next_word(s, end, &pos, &w) || !seg_equals(s, w, "di") || !seg_next_word(s, end, &pos, &next) ||
        !seg_is_capitalized(s, next))
        return 0;
    return next.start;
}

size_t seg_region_at(const char *s, size_t at, size_t end)
{
    enum { MAX_REGION_WORDS = 4, MAX_REGION_KEY = 40 };
    char key[MAX_REGION_KEY];
    size_t len = 0, found = 0, pos = at;
    seg_span w;
    for (size_t k = 0; k < MAX_REGION_WORDS && seg_next_word(s, end, &pos, &w); k++) {
        if (!seg_is_capitalized(s, w))
            break;
        seg_span c = seg_core(s, w);
        for (size_t j = c.start; j < c.end && len < MAX_REGION_KEY; j++)
            if (s[j] != '-')
                key[len++] = s[j];
        if (len == MAX_REGION_KEY)
            break;
        if (region_lookup(key, len))
            found = c.end;
        if (seg_trailing_punct(s, w))
            break;
    }
    return found;
}

/* ---- titles glued to names ------------------------------------------------ */

/* m[i] is a title's dot or a comma glued to the next word: "Drs.Sumarno",
 * "Dr.Ir.H.W.Musyafirin" (each part before the dot a title, not "S.H.I."),
 * "Abubakar,S.Ag". */
bool seg_glued_at(const char *m, size_t i)
{
    if (i > 0 && m[i] == '.' && m[i + 1] == '(' && (m[i - 1] | 0x20) >= 'a' && (m[i - 1] | 0x20) <= 'z')
        return true; /* "Musta'in Ahmad.(Sua/Rf)": a sign-off after the name */
    if (i == 0 || !(m[i + 1] >= 'A' && m[i + 1] <= 'Z'))
        return false;
    if (m[i] == ',')
        return (m[i - 1] | 0x20) >= 'a' && (m[i - 1] | 0x20) <= 'z';
    if (m[i] != '.')
        return false;
    size_t b = i;
    while (b > 0 && m[b - 1] != ' ' && i - b < 24) /* titles are short: the walk is bounded */
        b--;
    if (b > 0 && m[b - 1] != ' ')
        return false;
    for (size_t part = b, k = b; k <= i; k++)
        if (k == i || m[k] == '.') {
            if (speech_lookup(SPEECH_TITLES, m + part, k - part) < 0)
                return false;
            part = k + 1;
        }
    return true;
}

/* Where the name starts in a word that glues titles to it ("dr.H.Hasto",
 * "Drs.Sumarno"): after the last glued title's dot; c.start when none. */
size_t seg_after_glued_titles(const char *t, seg_span c)
{
    size_t from = c.start;
    for (size_t i = c.start; i + 1 < c.end; i++)
        if (t[i] == '.' && t[i + 1] != '(' && seg_glued_at(t, i))
            from = i + 1;
    return from;
}
