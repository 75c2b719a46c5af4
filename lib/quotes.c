/* Direct quotes (words between quotation marks that someone said) and
 * indirect ones (reported clauses after a speech verb), each with its cue and
 * the words that name its source. Every scan is linear in the paragraph:
 * marks are paired in one pass, sentences split in one pass, and the look
 * around a quote for its cue is bounded. */
#include "quotes.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "segment.h"
#include "unicode.h"

enum {
    LOOK_LIMIT = 600,   /* bytes read around a quote for its cue and speaker */
    MENTION_WORDS = 24, /* words a speaker mention may hold */
    SUBJECT_WORDS = 28, /* words before a speech verb that may be its subject */
    NAME_ASIDE_WORDS = 3, /* "sapaan akrabnya," after a name inside a sentence */
    EPITHET_WORDS = 6,    /* "asal daerah pemilihan Pohuwato–Boalemo itu," after "kata legislator" */
    CLAUSE_WINDOW = 10, /* words after "X mengatakan" that must show a predicate */
    ASIDE_WORDS = 20,   /* the longest comma aside inside a clause */
    ADVERBIAL_WORDS = 6, /* what prepositional phrases add to CLAUSE_WINDOW */
    INTRO_WORDS = 16,   /* words an introductory adverbial may hold before its comma */
    MIN_BARE_WORDS = 3  /* an uncued quote standing alone as a sentence has at least these */
};

/* A pair of quotation marks in one paragraph. */
typedef struct {
    size_t open;       /* the opening mark (the paragraph's start for a continued quote without one) */
    size_t start, end; /* the words between the marks */
    size_t after;      /* just past the closing mark, or the paragraph's end when unclosed */
    bool closed;
    bool continued; /* the next part of a quote the previous paragraph left open */
} qspan;
typedef VEC(qspan) qspans;

/* A quote the previous paragraph left open: the next one may continue it.
 * Its text so far (final punctuation kept) grows in the work arena by
 * doubling, so a quote continued over n paragraphs costs O(n) copying in all,
 * not a copy of the whole per paragraph; the record gets one copy when it
 * closes. */
typedef struct {
    long quote, event; /* -1 when none */
    char *raw;
    size_t len, cap;
} open_quote;

#define NO_OPEN_QUOTE ((open_quote){-1, -1, NULL, 0, 0})

/* A sentence that held no quote: what "Demikian disampaikan X" points back to. */
typedef struct {
    const char *s; /* its paragraph's text, NULL when there is none */
    size_t para;
    seg_span span;
} plain_sentence;

typedef struct {
    record *rec;
    arena *a;    /* the record's */
    arena *work; /* the events and what is read on the way */
    speech_events events;
    size_t max_quotes;
    open_quote pending;
    plain_sentence before; /* the sentence before the current one */
    bool runs_on;          /* the current paragraph is a hard-wrapped line the next goes on with */
    qspans spans;          /* the current paragraph's quotes: one array for all, not one each */
} extractor;

/* ---- characters -------------------------------------------------------- */

static int32_t cp_at(const char *s, size_t n, size_t i, size_t *len)
{
    int32_t cp;
    size_t k = utf8_decode(s + i, n - i, &cp);
    *len = k ? k : 1;
    return k ? cp : -1;
}

static int32_t cp_before(const char *s, size_t i)
{
    size_t j = i;
    while (j > 0 && i - j < 4 && ((unsigned char)s[j - 1] & 0xC0) == 0x80)
        j--;
    if (j == 0)
        return -1;
    size_t len;
    return cp_at(s, i, j - 1, &len);
}

static bool is_double_mark(int32_t cp)
{
    return cp == 0x22 || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB;
}
static bool is_mark(int32_t cp) { return is_double_mark(cp) || cp == 0x2018 || cp == 0x2019; }

/* A double quotation mark in s[from, to). */
static bool has_double_mark(const char *s, size_t from, size_t to)
{
    size_t len;
    for (size_t i = from; i < to; i += len)
        if (is_double_mark(cp_at(s, to, i, &len)))
            return true;
    return false;
}
static bool is_dash(int32_t cp) { return cp == '-' || cp == 0x2013 || cp == 0x2014; }
static bool is_letter(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

/* The last byte before i that is not a space, or 0. */
static char visible_before(const char *s, size_t i)
{
    while (i > 0 && s[i - 1] == ' ')
        i--;
    return i ? s[i - 1] : 0;
}

static bool ends_clause(char c) { return c && strchr(",.!?", c); }

/* A mark may open a quote where a word may start: after a space, a bracket,
 * a dash or another mark, or glued to a full stop, comma or colon before a
 * capital ("ini.”Kita", "ditegaskan,\" Wali"); and before a word, also past
 * spaces ("“ perlu ..."). */
static bool can_open_at(const char *s, size_t n, size_t i, size_t len)
{
    int32_t prev = cp_before(s, i);
    size_t next = i + len;
    while (next < n && s[next] == ' ')
        next++;
    bool glued = (prev == '.' || prev == ',' || prev == ':') && next < n && is_upper((unsigned char)s[next]);
    bool boundary = i == 0 || prev == ' ' || prev == '(' || prev == '[' || prev == '/' || is_dash(prev) ||
                    is_mark(prev) || glued;
    return boundary && next < n &&
           (next == i + len || is_letter((unsigned char)s[next]) || (s[next] >= '0' && s[next] <= '9'));
}

/* A mark may close a quote right after its last word, or after a space
 * that follows the quote's final comma or full stop ("..., ” tutur X"). */
static bool can_close_at(const char *s, size_t i)
{
    return i > 0 && (s[i - 1] != ' ' || ends_clause(visible_before(s, i)));
}

static bool closes(int32_t opener, int32_t cp)
{
    if (opener == 0x2018)
        return cp == 0x2019;
    if (cp == 0x201D || cp == 0x22)
        return opener != 0xAB || cp == 0x201D;
    if (cp == 0xBB)
        return opener == 0xAB;
    return cp == 0x201C && opener == 0x201E;
}

/* ---- words ----------------------------------------------------------------- */

static bool word_in(speech_list list, const char *s, seg_span w) { return seg_lookup(list, s, w) >= 0; }

static bool ends_with_nya(const char *s, seg_span c)
{
    return c.end - c.start > 3 && strncasecmp(s + c.end - 3, "nya", 3) == 0;
}

/* The word a cue is read from: its core, less a sign-off glued to it
 * ("harapnya.(Red)"). */
static seg_span cue_core(const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    const char *signoff = c.end > c.start ? memchr(s + c.start, '(', c.end - c.start) : NULL;
    if (signoff && signoff > s + c.start && signoff[-1] == '.')
        c.end = (size_t)(signoff - 1 - s);
    return c;
}

/* The cue flags of a word; *pronoun when it is a -nya form ("ujarnya",
 * "dikatakannya") that points back to the current speaker. -1: not a cue. */
static int cue_of(const char *s, seg_span w, bool *pronoun)
{
    seg_span c = cue_core(s, w);
    *pronoun = false;
    if (c.end <= c.start)
        return -1;
    size_t len = c.end - c.start;
    int v = speech_lookup(SPEECH_CUES, s + c.start, len);
    if (v < 0 && ends_with_nya(s, c)) {
        v = speech_lookup(SPEECH_CUES, s + c.start, len - 3);
        *pronoun = v >= 0;
    }
    return v;
}

/* ---- pairing marks ------------------------------------------------------ */

/* The mark at s[i] and its length: two single marks typed for a double one
 * ("‘’Kita ...,’’ harap X") read as one double mark. */
static int32_t mark_cp_at(const char *s, size_t n, size_t i, size_t *len)
{
    int32_t cp = cp_at(s, n, i, len);
    size_t second;
    if ((cp == 0x2018 || cp == 0x2019) && i + *len < n) {
        int32_t next = cp_at(s, n, i + *len, &second);
        if (next == 0x2018 || next == 0x2019) {
            *len += second;
            return cp == 0x2018 ? 0x201C : 0x201D;
        }
    }
    return cp;
}

/* A speech tag follows s[from..]: "ujar X", "katanya". */
static bool tag_follows(const char *s, size_t n, size_t from)
{
    size_t pos = from;
    seg_span w;
    bool pronoun;
    if (!seg_next_word(s, n, &pos, &w))
        return false;
    int v = cue_of(s, w, &pronoun);
    return v >= 0 && (v & CUE_BARE);
}

/* A quote never closed ends before a trailing tag (", katanya.",
 * ",ujar Budi."): the comma before it in the last words of s[start, n), or n. */
static size_t tag_comma(const char *s, size_t start, size_t n)
{
    size_t pos = n;
    seg_span w;
    for (int k = 0; k < MENTION_WORDS / 2 && seg_prev_word(s, start, &pos, &w); k++) {
        const char *comma = memchr(s + w.start, ',', w.end - w.start);
        if (comma && tag_follows(s, n, (size_t)(comma - s) + 1))
            return (size_t)(comma - s);
    }
    return n;
}

/* The quotes of one paragraph, in order; returns whether the paragraph ends
 * inside an unclosed double quote. `carry`: the previous one did;
 * `wrapped`: and it was a line hard-wrapped inside the quote, which this
 * paragraph goes on with from its first word. */
/* A term quoted inside a quote with the same marks ("“Kalau tindakan itu
 * tidak “kebangatan”, kemungkinan ...,” ujarnya."): a fresh opening mark at
 * s[from - len] whose closing mark comes within a few words, after no
 * clause's punctuation and before no tag, while another closing mark
 * further on still closes the outer quote. The end of the inner term's
 * closing mark, or 0. */
static size_t inner_term_end(const char *s, size_t n, size_t from)
{
    enum { INNER_TERM_WORDS = 4, INNER_TERM_BYTES = 60 };
    size_t words = 0, limit = from + INNER_TERM_BYTES < n ? from + INNER_TERM_BYTES : n;
    for (size_t i = from; i < limit; i++) {
        size_t len;
        int32_t cp = mark_cp_at(s, n, i, &len);
        if (s[i] == ' ' && i > from && s[i - 1] != ' ')
            words++;
        if (!is_mark(cp))
            continue;
        if (words >= INNER_TERM_WORDS || !is_double_mark(cp) || !can_close_at(s, i) ||
            ends_clause(visible_before(s, i)) || tag_follows(s, n, i + len))
            return 0;
        for (size_t j = i + len; j < n; j++) { /* the outer quote's own closing mark */
            size_t jl;
            int32_t cj = mark_cp_at(s, n, j, &jl);
            if (is_double_mark(cj))
                return can_close_at(s, j) && !can_open_at(s, n, j, jl) ? i + len : 0;
        }
        return 0;
    }
    return 0;
}

static bool find_quotes(const char *s, size_t n, bool carry, bool wrapped, qspans *out,
                        arena *a)
{
    bool inside = wrapped, first_mark = !wrapped;
    int32_t opener = wrapped ? 0x201C : 0;
    qspan cur = {.continued = wrapped};
    size_t inner;
    for (size_t i = 0; i < n;) {
        unsigned char b = (unsigned char)s[i];
        if (b != '"' && b != 0xE2 && b != 0xC2) { /* the first bytes of is_mark's marks */
            i++;
            continue;
        }
        size_t len;
        int32_t cp = mark_cp_at(s, n, i, &len);
        if (!is_mark(cp)) {
            i += len;
            continue;
        }
        bool can_open = can_open_at(s, n, i, len), can_close = can_close_at(s, i);
        if (inside) {
            bool apostrophe = opener == 0x2018 && i + len < n && is_letter((unsigned char)s[i + len]);
            /* a mark right after the quote's comma or full stop and before
             * "ujar X" closes it, whichever mark it is; so does a right mark
             * after a space the writer left before it ("... desa ini ” ujar
             * X": it read as a quote opening on "ujar") */
            bool right_mark = (cp == 0x201D || cp == '"') && i > 0 && s[i - 1] == ' ';
            bool tagged = (right_mark || (can_close && ends_clause(visible_before(s, i)))) &&
                          tag_follows(s, n, i + len);
            if ((can_close && closes(opener, cp) && !apostrophe) || tagged) {
                cur.end = i;
                cur.after = i + len;
                cur.closed = true;
                VEC_PUSH(a, out, cur);
                inside = false;
            } else if (wrapped && i == 0 && is_double_mark(cp) && can_open) {
                /* The quote a hard-wrapped line left open opens again at this
                 * paragraph's start: its continuation, one quote (GOLD.md). */
                opener = cp;
                cur.open = i;
                cur.start = i + len;
            } else if (opener == 0x2018 && is_double_mark(cp) && can_open) {
                inside = false; /* an unpaired single mark was an apostrophe: read this one afresh */
                continue;
            } else if (opener != 0x2018 && is_double_mark(cp) && cp != 0xBB && can_open && !can_close &&
                       (inner = inner_term_end(s, n, i + len)) > 0) {
                i = inner; /* a term quoted inside the quote: the quote goes on */
                first_mark = false;
                continue;
            } else if (opener != 0x2018 && is_double_mark(cp) && cp != 0xBB && can_open && !can_close) {
                /* A fresh opening mark: the quote before it was never closed. */
                cur.end = cur.after = i;
                VEC_PUSH(a, out, cur);
                opener = cp;
                cur = (qspan){.open = i, .start = i + len};
            }
        } else if (carry && first_mark && can_close && (!can_open || s[i - 1] == ' ') && cp != 0x2018 &&
                   cp != 0x2019) {
            /* Closes the quote the previous paragraph left open (a line break inside it). */
            VEC_PUSH(a, out, ((qspan){0, 0, i, i + len, true, true}));
        } else if (can_open && cp != 0x2019 && cp != 0xBB) {
            inside = true;
            opener = cp;
            cur = (qspan){.open = i, .start = i + len, .continued = carry && first_mark && i == 0};
        }
        first_mark = false;
        i += len;
    }
    /* (a guillemet never closed points the way, "« Rekoleksi Katekis" to the
     * previous post: no quote) */
    if (inside && opener != 0x2018 && opener != 0xAB) {
        cur.end = cur.after = n;
        size_t comma = tag_comma(s, cur.start, n);
        if (comma < n) {
            cur.end = comma;
            cur.after = comma + 1;
            cur.closed = true;
        }
        VEC_PUSH(a, out, cur);
        return !cur.closed;
    }
    return false;
}

static bool is_menurut(const char *s, seg_span w, bool *pronoun)
{
    seg_span c = seg_core(s, w);
    size_t n = c.end - c.start;
    *pronoun = n == 10 && strncasecmp(s + c.start, "menurutnya", 10) == 0;
    return *pronoun || (n == 7 && strncasecmp(s + c.start, "menurut", 7) == 0);
}

/* Whether s[i..] (after spaces) starts a new sentence: a capital, a digit or a mark. */
static bool starts_sentence(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] == ' ')
        i++;
    if (i >= n)
        return true;
    size_t len;
    int32_t cp = cp_at(s, n, i, &len);
    return is_upper((unsigned char)s[i]) || (s[i] >= '0' && s[i] <= '9') || (is_mark(cp) && cp != 0x2019) ||
           (cp >= 0xC0 && cp <= 0xDE);
}

/* The word w ends in a full stop that ends no sentence: an abbreviation,
 * unless initials stand as a degree after a name's comma or another degree
 * ("Budi, S.H. Ia ...", "Hamid S.H. M.H. Dalam ..."; not "Dr. H.M. Rasjidi"). */
static bool keeps_sentence(const char *s, size_t from, seg_span w)
{
    if (!seg_is_abbreviation(s, w))
        return false;
    size_t pos = w.start;
    seg_span prev;
    /* a title's initials are no degree: "Wakil Bupati, K.H. Abd. Muiz" */
    if (!seg_is_degree(s, w) || word_in(SPEECH_TITLES, s, w) || !seg_prev_word(s, from, &pos, &prev))
        return true;
    return !(seg_trailing_punct(s, prev) == ',' || seg_is_degree(s, prev));
}

/* The end of the sentence that starts at `from`: quotes are read whole. */
static size_t sentence_end(const char *s, size_t n, size_t from, const qspans *qs, size_t *qi)
{
    size_t word_start = from;
    for (size_t i = from; i < n; i++) {
        while (*qi < qs->len && qs->items[*qi].after <= i && qs->items[*qi].open < i)
            (*qi)++;
        if (*qi < qs->len && qs->items[*qi].open == i && qs->items[*qi].after > i) {
            const qspan *q = &qs->items[*qi];
            i = q->after;
            (*qi)++;
            size_t e = q->end;
            while (e > q->start && s[e - 1] == ' ')
                e--;
            bool full_stop = e > q->start && strchr(".!?", s[e - 1]);
            if (q->closed && full_stop && i < n && s[i] == ' ' && starts_sentence(s, n, i))
                return i;
            if (i >= n)
                return n;
            i--; /* the loop's increment lands on the byte after the mark */
            continue;
        }
        if (s[i] == ' ') {
            word_start = i + 1;
            continue;
        }
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && (i + 1 == n || s[i + 1] == ' ') &&
            starts_sentence(s, n, i + 1) &&
            !(s[i] == '.' && keeps_sentence(s, from, (seg_span){word_start, i + 1})))
            return i + 1;
        /* "... bumi ini.”Kita harus ...": a quote glued to the full stop */
        bool quote_next = *qi < qs->len && qs->items[*qi].open == i + 1;
        if (s[i] == '.' && (seg_glued_sentence_end(s, n, i) ||
                            (quote_next && !keeps_sentence(s, from, (seg_span){word_start, i + 1}))))
            return i + 1;
    }
    return n;
}

/* ---- mentions ------------------------------------------------------------- */

/* A capitalised word, or a name its titles are glued to ("dr.H.Hasto"). */
static bool is_capital_word(const char *s, seg_span w)
{
    return seg_is_capitalized(s, w) || seg_after_glued_titles(s, w) > w.start;
}

static bool is_stop(const char *s, seg_span w)
{
    return !seg_is_capitalized(s, w) && word_in(SPEECH_MENTION_STOPS, s, w);
}

/* A weekday-and-date aside ("Senin (5/8)"), not an age ("Sriasih (52)"). */
static bool opens_date_aside(const char *s, seg_span w)
{
    return w.end - w.start >= 2 && s[w.start] == '(' && s[w.start + 1] >= '0' && s[w.start + 1] <= '9' &&
           memchr(s + w.start, '/', w.end - w.start);
}

/* A weekday written out ("Senin", "Jum'at"), not a short form. */
static bool is_weekday(const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    int day = date_lookup(DATE_WEEKDAYS, s + c.start, c.end - c.start);
    return day >= 0 && !(day & DATE_ABBREV);
}

/* An age in brackets after a name: "(52)" of "Rosmiati (52),"; two digits,
 * as a grown speaker's age is written (not "Ayat (2)"). */
static bool is_age(const char *s, seg_span w)
{
    size_t i = w.start, digits = 0;
    if (i >= w.end || s[i] != '(')
        return false;
    for (i++; i < w.end && s[i] >= '0' && s[i] <= '9'; i++)
        digits++;
    return digits == 2 && i < w.end && s[i] == ')';
}

/* Where the first name written with an age ("Lina Marlina (38)") starts in
 * s[start, end), or end: an age marks a person the article introduces; a
 * sentence that gives two ages lists people ("rumah milik Ibu Karmilah (69)
 * ..., rumah milik Ibu Rabinah (75) ..."), it introduces none of them. */
static size_t aged_name(const char *s, size_t start, size_t end)
{
    size_t pos = start, run = end, found = end;
    seg_span w;
    while (seg_next_word(s, end, &pos, &w)) {
        if (is_age(s, w) && found < end)
            return end;
        if (is_age(s, w) && run < w.start)
            found = run;
        if (!seg_is_capitalized(s, w) || seg_trailing_punct(s, w))
            run = end;
        else if (run == end)
            run = w.start;
    }
    return found;
}

typedef enum { VERB_NONE, VERB_ACTIVE, VERB_PASSIVE } verb_form;

/* The form of a lower-case word: me-/ber- (active), di- (passive), or none. */
static verb_form verb_form_of(const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    if (seg_is_capitalized(s, w) || c.end - c.start <= 4)
        return VERB_NONE;
    verb_form form = strncmp(s + c.start, "me", 2) == 0 || strncmp(s + c.start, "ber", 3) == 0 ? VERB_ACTIVE
                     : strncmp(s + c.start, "di", 2) == 0 && !is_stop(s, w)                    ? VERB_PASSIVE
                                                                                               : VERB_NONE;
    return form != VERB_NONE && not_a_verb(s + c.start, c.end - c.start) ? VERB_NONE : form;
}

/* A verb with no prefix ("datang", "muncul", "belajar"). */
static bool is_bare_verb(const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    return !seg_is_capitalized(s, w) && bare_verb(s + c.start, c.end - c.start);
}

/* A lower-case ter- word long enough to be a verb's ("yang tertahan telah
 * ..."): what a relative clause's verb may be besides me-, ber- and di-. */
static bool ter_verb(const char *s, seg_span w)
{
    enum { MIN_TER_VERB = 8 };
    seg_span c = seg_core(s, w);
    return c.end - c.start >= MIN_TER_VERB && strncmp(s + c.start, "ter", 3) == 0;
}

/* A ter- verb that can be a clause's predicate ("para pemain termotivasi",
 * "dentuman keras terdengar"): not a superlative ("tertinggi": its root is
 * an adjective), a -nya noun, nor a word NOT_VERBS lists ("tersangka",
 * "terhadap", "warga terdampak"). */
static bool ter_predicate(const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    size_t n = c.end - c.start;
    return ter_verb(s, w) && !seg_is_capitalized(s, w) && !ends_with_nya(s, c) &&
           !nominal_adjective(s + c.start + 3, n - 3) && !not_a_verb(s + c.start, n);
}

/* Where the first verb of s[from, end) starts, or end. */
static size_t next_verb(const char *s, size_t from, size_t end)
{
    size_t pos = from;
    seg_span w;
    while (seg_next_word(s, end, &pos, &w))
        if (verb_form_of(s, w) != VERB_NONE)
            return w.start;
    return end;
}

/* m without trailing spaces and commas, and without a final full stop unless
 * it closes a degree or title ("S.T., M.M."). */
static seg_span trim_mention(const char *s, seg_span m)
{
    for (;;) {
        while (m.end > m.start && strchr(",;: ", s[m.end - 1]))
            m.end--;
        if (m.end <= m.start || s[m.end - 1] != '.')
            return m;
        size_t pos = m.end;
        seg_span last;
        if (seg_prev_word(s, m.start, &pos, &last) && (seg_is_degree(s, last) || seg_is_abbreviation(s, last)))
            return m;
        m.end--;
    }
}

/* A lower-case verb ends a mention ("ucap Pj. Sekda didampingi oleh X",
 * "Abd. Hamid berpesan"): a me-/ber- word, or a di- word with a verb's
 * ending (not "dinas", "direktur"). */
static bool is_mention_verb(const char *s, seg_span w)
{
    verb_form form = verb_form_of(s, w);
    if (form == VERB_ACTIVE)
        return true;
    seg_span c = seg_core(s, w);
    size_t len = c.end - c.start;
    return form == VERB_PASSIVE && (s[c.end - 1] == 'i' || (len > 5 && strncmp(s + c.end - 3, "kan", 3) == 0));
}

/* A full stop of w's own that ends no sentence: a title, an initial, an
 * abbreviation or a degree ("H.", "Drs.", "Prov.", "S.H."). */
static bool dotted_word(const char *s, seg_span w) { return seg_is_degree(s, w) || seg_is_abbreviation(s, w); }

/* A title or honorific opens the words at `pos`: after an office and a
 * dash, a name ("Wakil Ketua PTA Surabaya - Drs. H. Makmun"), no lead. */
static bool titled_name_at(const char *s, size_t pos, size_t end)
{
    seg_span next;
    return seg_next_word(s, end, &pos, &next) && seg_in_any(s, next, 1u << SPEECH_TITLES | 1u << SPEECH_HONORIFICS);
}

/* The end of a title in double marks opened right before s[from] ("Rindu
 * di Ujung Senja"): the word a closing mark ends, a few words on, or 0. */
static size_t past_title(const char *s, size_t from, size_t bound)
{
    enum { MAX_TITLE_WORDS = 8 };
    size_t pos = from;
    seg_span w;
    for (int k = 0; k < MAX_TITLE_WORDS && seg_next_word(s, bound, &pos, &w); k++) {
        if (k == 0 && (w.start != from || !seg_is_capitalized(s, w)))
            return 0;
        size_t end = w.end;
        while (end > w.start && strchr(",.", s[end - 1]))
            end--;
        if (end > w.start && is_double_mark(cp_before(s, end)))
            return w.end;
    }
    return 0;
}

/* The words after a cue that name the speaker: up to a stop word, a quote,
 * a date aside or the bound; a dateline before a dash is left out. Returns
 * an empty span when there are none. */
static seg_span read_mention(const char *s, size_t from, size_t bound)
{
    seg_span m = {from, from}, w;
    size_t pos = from, last_comma_end = from, words = 0;
    bool named = false; /* a capitalised word read: an auxiliary after it starts the predicate */
    bool office = false; /* an office word read */
    seg_span inner; /* "(Jokowi)" after a name: read with it for the speakers stage */
    seg_span last = {from, from}; /* the mention's last word */
    while (words < MENTION_WORDS && seg_next_word(s, bound, &pos, &w)) {
        size_t len;
        int32_t cp = cp_at(s, bound, w.start, &len);
        bool capital = is_capital_word(s, w);
        /* the name a description is given, and a second office, go on the
         * mention: "warga bernama Siti", "Bupati X yang juga Ketua DPD Y" */
        size_t linked = m.end > m.start ? seg_naming_link(s, w.start, bound) : 0;
        if (!linked && m.end > m.start)
            linked = seg_office_link(s, w.start, bound);
        if (linked) {
            pos = linked;
            continue;
        }
        /* "Konsul Jenderal RI di Kota Bharu Ahmad Syaiful Bahri": an envoy's
         * post is part of the office */
        if (office && seg_posting_link(s, last, w.start, bound)) {
            m.end = w.end;
            last = w;
            continue;
        }
        /* "Pelantun "Rindu di Ujung Senja" itu": a work's title in marks
         * after a description goes on the mention */
        size_t titled = office && is_double_mark(cp) ? past_title(s, w.start + len, bound) : 0;
        if (titled) {
            m.end = titled;
            pos = titled;
            words++;
            continue;
        }
        if (is_stop(s, w) || (is_mark(cp) && cp != 0x2019 && !(named && seg_bracketed_name(s, w, &inner))) ||
            is_mention_verb(s, w) || (named && !capital && word_in(SPEECH_AUX, s, w)))
            break;
        named = named || (capital && !word_in(SPEECH_FILLERS, s, w)); /* not "Salah seorang wajib pajak" */
        if (opens_date_aside(s, w)) {
            m.end = last_comma_end; /* "kata Budi, Senin (5/8)": the weekday goes too */
            break;
        }
        /* "kata X, Rabu, 21 Februari 2024", "kata X, Senin sore": the date
         * apposition after the name's comma goes */
        if (is_weekday(s, w) && m.end > m.start && last_comma_end == m.end) {
            m.end = last_comma_end;
            break;
        }
        words++;
        if (seg_is_dash_word(s, w)) {
            /* a dateline's dash opens the mention ("KUPANG – Bupati ..."); one
             * between an office and a titled name parts them ("Wakil Ketua PTA
             * Surabaya - Drs. H. Makmun") */
            if (office && titled_name_at(s, pos, bound))
                continue;
            m = (seg_span){pos, pos};
            last_comma_end = pos;
            continue;
        }
        office = office || (capital && word_in(SPEECH_POSITIONS, s, w));
        if (m.end == m.start)
            m.start = w.start;
        m.end = w.end;
        last = w;
        char p = seg_trailing_punct(s, w);
        if (p == ',')
            last_comma_end = w.end;
        if (p == '.' || p == '!' || p == '?') {
            if (p != '.' || !dotted_word(s, w)) /* "Kemenag Prov. Jateng" */
                break;
        }
    }
    if (m.end == m.start)
        return (seg_span){from, from};
    return trim_mention(s, m);
}

/* The subject of a speech verb at `verb`, read from the start of its clause:
 * past an introductory adverbial ("Dalam sambutannya,") and an agent phrase
 * ("disampaikan oleh X, yang menekankan"), up to a modifier ("dalam
 * sambutannya", "yang hadir", "juga"). Empty when the verb is too far. */
static size_t skip_intro(const char *s, size_t start, size_t end);
static size_t skip_dateline(const char *s, size_t start, size_t end);

static bool blank(const char *s, size_t a, size_t b);

/* s[from, verb) is a nickname aside and its comma: "atau yang akrab
 * disapa Cik Siok,", "yang biasa dipanggil Pak Bud,". */
static bool nickname_aside_before(const char *s, size_t from, size_t verb)
{
    enum { MAX_ASIDE_WORDS = 8 };
    size_t pos = from;
    seg_span w;
    bool cue = false, agent = false;
    for (int k = 0; k < MAX_ASIDE_WORDS && seg_next_word(s, verb, &pos, &w); k++) {
        seg_span c = seg_core(s, w);
        int nick = seg_is_capitalized(s, w) ? -1 : nickname_lookup(s + c.start, c.end - c.start);
        /* (and the passive's agent before the cue: "yang oleh warga dipanggil Papu Jafar,") */
        bool by_whom = agent && !seg_is_capitalized(s, w) && !seg_trailing_punct(s, w);
        agent = !cue && seg_equals(s, w, "oleh");
        if (!cue && (nick == NICK_CUE || nick == NICK_ALIAS)) {
            cue = true;
        } else if (!cue && nick != NICK_LINK && !seg_equals(s, w, "atau") && !seg_equals(s, w, "yang") &&
                   !seg_equals(s, w, "biasa") && !seg_equals(s, w, "lebih") && !agent && !by_whom) {
            return false;
        } else if (cue && !seg_is_capitalized(s, w) && nick != NICK_LINK) {
            return false;
        } else if (cue && seg_is_capitalized(s, w) && seg_trailing_punct(s, w) == ',') {
            return blank(s, w.end, verb);
        }
    }
    return false;
}

/* "petugas Pos PGA Agung di Rendang, Dewa Made Sutapa, menyampaikan": a
 * description cut short by a stop word goes on to the name apposed right
 * before the verb (not a subject that is a name already, "Budi di Kupang,
 * NTT, mengatakan", nor a weekday or an acronym), or before a nickname aside
 * right before it ("..., Lim Siok Hwa (57) atau yang akrab disapa Cik Siok,
 * menjelaskan"). */
static seg_span through_apposition(const char *s, seg_span m, size_t verb)
{
    size_t pos = m.start;
    seg_span w, first;
    bool any = seg_next_word(s, m.end, &pos, &first);
    while (any && word_in(SPEECH_FILLERS, s, first)) /* "Salah seorang peserta ... di Depok, X" */
        any = seg_next_word(s, m.end, &pos, &first);
    /* a capitalised word opens a description when a lower-case noun follows
     * it and a name with an age is apposed ("Kusir bendi di kawasan Jam
     * Gadang, Syahril Mardjohan (58),"), not a preposition ("Budi di Kupang,
     * NTT, mengatakan") */
    seg_span second;
    size_t after_first = pos;
    bool described = any && seg_next_word(s, m.end, &after_first, &second) && !seg_is_capitalized(s, second) &&
                     !seg_in_any(s, second, 1u << SPEECH_MENTION_STOPS | 1u << SPEECH_INTRO) &&
                     verb_form_of(s, second) == VERB_NONE;
    bool described_only = any && seg_is_capitalized(s, first) && !word_in(SPEECH_POSITIONS, s, first);
    if (!any || (described_only && !described))
        return m;
    pos = m.end;
    while (seg_next_word(s, verb, &pos, &w)) {
        if (seg_equals(s, w, "oleh")) /* "X dalam sambutan yang dibacakan oleh Y, ..., menyampaikan": Y only reads */
            return m;
        if (seg_trailing_punct(s, w) != ',')
            continue;
        seg_span name = read_mention(s, w.end, verb);
        size_t at = name.start, aside = name.end + (name.end < verb && s[name.end] == ','); /* ", yang akrab ..." */
        /* the place the description names goes on over commas ("petambak
         * garam di Desa Dresi Wetan, Kecamatan Kaliori, mengatakan") */
        seg_span head;
        bool place = seg_next_word(s, name.end, &at, &head) && word_in(SPEECH_PLACE_UNITS, s, head);
        at = name.start;
        if (place && name.end > name.start && !blank(s, name.end, verb))
            continue;
        /* (a degree after a comma is the name's before it: "... Sutrisno
         * Wahyu, S.H. mengatakan" apposes no one) */
        if (name.end > name.start && (blank(s, name.end, verb) || nickname_aside_before(s, aside, verb)) &&
            (!described_only || place || aged_name(s, name.start, name.end) < name.end) &&
            seg_next_word(s, name.end, &at, &first) &&
            (seg_is_capitalized(s, first) || word_in(SPEECH_TITLES, s, first)) && !seg_is_acronym(s, first) &&
            !seg_is_degree(s, first)) {
            seg_span c = seg_core(s, first);
            if (date_lookup(DATE_WEEKDAYS, s + c.start, c.end - c.start) < 0)
                return (seg_span){m.start, name.end};
        }
        return m;
    }
    return m;
}

/* Past a connective or an adverbial with no comma before a clause's
 * subject: "Lebih lanjut Wagubri", "Sementara itu Bupati X", "Pada
 * kesempatan tersebut Kepala Kantor X", "Dalam sambutannya beliau". */
static size_t past_opener(const char *s, size_t start, size_t verb)
{
    size_t pos = start;
    seg_span w;
    if (!seg_next_word(s, verb, &pos, &w) ||
        !(word_in(SPEECH_CONNECTIVES, s, w) || (word_in(SPEECH_INTRO, s, w) && !seg_equals(s, w, "menurut"))))
        return start;
    bool connective = word_in(SPEECH_CONNECTIVES, s, w);
    for (bool first = true; seg_next_word(s, verb, &pos, &w); first = false) {
        if ((seg_is_capitalized(s, w) && !word_in(SPEECH_CONNECTIVES, s, w)) || word_in(SPEECH_PRONOUNS, s, w) ||
            word_in(SPEECH_CLAUSE_SUBJECTS, s, w))
            return w.start; /* "Sedangkan Abdullah, S.Sos mengatakan", "Namun dirinya ..." */
        if (connective && first && !seg_trailing_punct(s, w) && word_in(SPEECH_POSITIONS, s, w))
            return w.start; /* "Namun peneliti IESR Deon Arinaldo menilai": the subject's description */
        if (seg_trailing_punct(s, w))
            return start;
    }
    return start;
}

/* Where an aside between long dashes that ends right before `verb` opens
 * ("Yusuf Mertodipuro — yang juga meneliti rantai pasok — menilai"), or
 * `verb` when none does. */
static size_t before_dash_aside(const char *s, size_t start, size_t verb)
{
    enum { DASH_BYTES = 3 }; /* U+2013 and U+2014 in UTF-8 */
    size_t v = verb;
    while (v > start && s[v - 1] == ' ')
        v--;
    size_t len;
    if (v < start + DASH_BYTES || !is_dash(cp_at(s, v, v - DASH_BYTES, &len)) || len != DASH_BYTES)
        return verb;
    size_t floor = v > start + LOOK_LIMIT ? v - LOOK_LIMIT : start; /* the aside is short: the walk is bounded */
    for (size_t i = v - DASH_BYTES; i-- > floor;)
        if ((unsigned char)s[i] == 0xE2 && i + DASH_BYTES <= v - DASH_BYTES && is_dash(cp_at(s, v, i, &len)) &&
            len == DASH_BYTES)
            return i;
    return verb;
}

/* A body's side in small letters before its name: "manajemen PT X",
 * "direksi Perumda Y" after an opener's comma ("Dikonfirmasi terpisah,
 * manajemen PT Kuaro Bara Lestari membantah ..."): the body speaks. */
static const lex_entry BODY_SIDE_WORDS[] = {{"direksi", 1}, {"manajemen", 1}};

static seg_span past_body_side(const char *s, seg_span m)
{
    size_t at = m.start;
    seg_span w, next;
    if (seg_next_word(s, m.end, &at, &w) && !seg_is_capitalized(s, w) && !seg_trailing_punct(s, w) &&
        lex_lookup(LEX_TABLE(BODY_SIDE_WORDS), s + w.start, w.end - w.start) >= 0 &&
        seg_next_word(s, m.end, &at, &next) && seg_is_capitalized(s, next))
        m.start = next.start;
    return m;
}

static seg_span subject_before(const char *s, size_t start, size_t verb)
{
    verb = before_dash_aside(s, start, verb);
    seg_span w, none = {verb, verb};
    start = skip_intro(s, start, verb);
    start = past_opener(s, start, verb);
    size_t pos = start, words = 0, from = start;
    seg_span prev = {start, start};
    bool in_adverbial = false; /* inside ", dalam sambutan yang dibacakan oleh X," after the subject */
    size_t segment_words = 0, closed_segment_words = 0; /* words of the comma segment, and of the one before */
    while (seg_next_word(s, verb, &pos, &w)) {
        if (++words > SUBJECT_WORDS)
            return none;
        if (seg_trailing_punct(s, prev) == ',') {
            in_adverbial = !seg_is_capitalized(s, w) && word_in(SPEECH_INTRO, s, w);
            closed_segment_words = segment_words, segment_words = 0;
        } else if (words > 1 && seg_is_capitalized(s, prev) && !seg_is_capitalized(s, w) &&
                   word_in(SPEECH_INTRO, s, w)) {
            in_adverbial = true; /* "Wali Kota Dumai dalam sambutan yang dibacakan oleh X menyampaikan" */
        }
        segment_words++;
        /* "Disampaikan oleh X, yang ...": the agent; not the reader of an
         * adverbial after the subject (GOLD.md: "Menteri, dalam sambutan
         * yang dibacakan Gubernur, mengatakan" is the minister's) */
        if (seg_equals(s, w, "oleh") && !in_adverbial &&
            !seg_equals(s, prev, "yang")) /* (a relative clause's: "X, yang oleh warga disapa Y, berharap") */
            from = w.end;
        /* "..., dan saya berharap": a clause joined after a comma has its
         * own subject */
        size_t at = pos;
        seg_span next;
        /* not a list's last item: "Divisi Pencegahan, ..., dan Hubungan
         * Masyarakat", "Dokter spesialis dermatologi, venereologi, dan
         * estetika" (an item of a word or two before it) */
        if (seg_trailing_punct(s, prev) == ',' && word_in(SPEECH_CONJUNCTIONS, s, w) && closed_segment_words > 2 &&
            seg_next_word(s, verb, &at, &next) && !seg_is_capitalized(s, next) &&
            !nickname_aside_before(s, w.start, verb)) /* nor ", atau yang akrab disapa Mang Oman," */
            from = w.end;
        prev = w;
    }
    seg_span m = past_body_side(s, read_mention(s, from, verb));
    if (m.end <= m.start)
        return none;
    /* "Kabupaten X berdasarkan penilaian Kementerian Keuangan menyatakan":
     * the phrase names the source, which the speakers stage reads from the
     * whole mention */
    size_t at = m.end;
    if (seg_next_word(s, verb, &at, &w) && word_in(SPEECH_ACCORDING, s, w)) {
        seg_span last = w;
        while (seg_next_word(s, verb, &at, &w))
            last = w;
        return trim_mention(s, (seg_span){m.start, last.end});
    }
    m = through_apposition(s, m, verb);
    /* "Bupati Dharmasraya melalui Sekretaris Daerah, Drs. X, M.Si,
     * menyampaikan": the office speaks through the one after "melalui"
     * (through_person), whose apposition the mention ran on into */
    size_t through = m.start;
    for (seg_span before = {0, 0}; seg_next_word(s, m.end, &through, &w); before = w)
        if (before.end > before.start && !seg_trailing_punct(s, before) &&
            (seg_equals(s, w, "melalui") || seg_equals(s, w, "lewat"))) {
            m.end = seg_core(s, before).end;
            break;
        }
    return m;
}

/* A subject that can be a person: a pronoun, a name, an office or a description. */
/* "seluruh fraksi", "semua kepala desa", "Lima fraksi lainnya", "Ratusan
 * warga": every one of a group, or a number of them, no one person (GOLD.md:
 * a group is no speaker). */
static const lex_entry GROUP_WORDS[] = {
    {"seluruh", 1}, {"semua", 1},   {"segenap", 1}, {"dua", 1},     {"tiga", 1},     {"empat", 1},   {"lima", 1},
    {"enam", 1},    {"tujuh", 1},   {"delapan", 1}, {"sembilan", 1}, {"sepuluh", 1}, {"belasan", 1}, {"puluhan", 1},
    {"ratusan", 1}, {"ribuan", 1}};

static bool person_like(const char *s, seg_span m)
{
    seg_span w = {m.end, m.end};
    size_t pos = m.start;
    size_t at = m.start;
    seg_span first;
    if (seg_next_word(s, m.end, &at, &first)) {
        seg_span c = seg_core(s, first);
        if (lex_lookup(LEX_TABLE(GROUP_WORDS), s + c.start, c.end - c.start) >= 0)
            return false;
    }
    bool one_of = false; /* "salah satu peneliti BRIN", "seorang warga": one of some people */
    while (seg_next_word(s, m.end, &pos, &w) && word_in(SPEECH_FILLERS, s, w))
        one_of = true;
    /* "Peringatan Hari Amal Bakti ... kembali menegaskan bahwa": an event's
     * name is no one */
    if (w.start >= m.end || word_in(SPEECH_EVENTS, s, w))
        return false;
    return seg_is_capitalized(s, w) || seg_in_any(s, w, 1u << SPEECH_PRONOUNS | 1u << SPEECH_CLAUSE_SUBJECTS) ||
           /* "pria kelahiran Medan ini", "jenderal bintang dua itu" */
           seg_in_any(s, w, 1u << SPEECH_POSITIONS | 1u << SPEECH_SELF_REFERENCES | 1u << SPEECH_TITLES) ||
           word_in(SPEECH_HONORIFICS, s, w) /* "bapak Ketua PTA" */ || one_of || aged_name(s, m.start, m.end) < m.end;
}

static bool is_pronoun_mention(const char *s, seg_span m)
{
    seg_span w;
    size_t pos = m.start;
    /* "Pihaknya mengaku ...", "Dirinya mengatakan ...": the current speaker */
    return seg_next_word(s, m.end, &pos, &w) && w.end >= m.end - 1 &&
           (seg_in_any(s, w, 1u << SPEECH_PRONOUNS | 1u << SPEECH_CLAUSE_SUBJECTS));
}

/* ---- the record ----------------------------------------------------------- */

/* The mention's last word and `next` make a relative day: "hari ini", "pagi ini". */
static bool relative_day_ends(const char *s, seg_span m, seg_span next)
{
    size_t pos = m.end;
    seg_span last;
    return seg_prev_word(s, m.start, &pos, &last) &&
           date_lookup(DATE_RELATIVE_DAYS, s + last.start, seg_core(s, next).end - last.start) >= 0;
}

/* Past "yang" at *pos: a relative clause a demonstrative closes before a
 * verb ("Janda yang tinggal bersama dua cucunya itu mengaku"), or after a
 * quote before the sentence's adverbial ("ujar remaja yang akrab disapa
 * Jelly itu sambil tertawa"). *nickname gets the nickname the clause gives
 * (NULL when none). */
static bool closed_relative_clause(extractor *x, const char *s, size_t pos, long quote, const char **nickname)
{
    enum { MAX_RELATIVE_WORDS = 8 };
    size_t n = strlen(s), nick_start = 0, nick_end = 0;
    seg_span w = {pos, pos}, after;
    bool pronoun;
    *nickname = NULL;
    for (int k = 0; k < MAX_RELATIVE_WORDS && !seg_trailing_punct(s, w) && seg_next_word(s, n, &pos, &w); k++) {
        size_t at = pos;
        int v = cue_of(s, w, &pronoun);
        if (v >= 0 && (v & CUE_VERB))
            return false;
        seg_span c = seg_core(s, w);
        if (!seg_is_capitalized(s, w) && nickname_lookup(s + c.start, c.end - c.start) == NICK_CUE)
            nick_start = nick_end = w.end;
        else if (nick_start && nick_end + 1 == w.start && seg_is_capitalized(s, w))
            nick_end = c.end;
        if (seg_lookup(SPEECH_ANAPHORA, s, w) != ANAPHORA_DEMONSTRATIVE)
            continue;
        char end_mark = seg_trailing_punct(s, w);
        /* (an auxiliary opens the predicate as a verb does: "... itu juga berpesan"; a comma closes an
         * inside cue's that gives a nickname: "..., kata pria yang akrab disapa Afong itu, bahkan ...") */
        bool closes = !end_mark ? seg_next_word(s, n, &at, &after) &&
                                      (verb_form_of(s, after) != VERB_NONE || word_in(SPEECH_AUX, s, after) ||
                                       (quote >= 0 && word_in(SPEECH_MENTION_STOPS, s, after)))
                                : quote >= 0 && (end_mark == '.' || (end_mark == ',' && nick_end > nick_start));
        if (closes && nick_end > nick_start)
            *nickname = arena_strndup(x->work, s + nick_start + 1, nick_end - nick_start - 1);
        return closes;
    }
    return false;
}

/* Descriptions that name a place's or a body's head and point back to the
 * official the article quotes, whatever place a "di" phrase gives: "Orang
 * nomor satu di Bumi Para Sai Batin itu berharap ...", "Orang nomor satu di
 * jajaran Kodim 1506/Namlea itu juga berpesan ..." (Indonesian journalism's
 * stock epithet; other descriptions with a "di" phrase may be someone new:
 * "Warga di desa itu mengatakan"). */
static const lex_entry HEAD_EPITHETS[] = {
    {"orang nomor satu", 1}, {"orang nomor dua", 1}, {"orang nomor 1", 1}, {"orang nomor 2", 1},
    {"orang nomer satu", 1}, {"orang nomor wahid", 1},
};

static void push_event(extractor *x, long quote, source_kind source, const char *s, seg_span m)
{
    speech_event ev = {quote, NULL, source, false, false, NULL};
    size_t pos = m.end, back = m.end;
    seg_span next, last;
    /* (a degree's full stop is its own: "X, S.E., M.M. itu") */
    bool own_dot = seg_prev_word(s, m.start, &back, &last) && seg_is_degree(s, last);
    bool adjacent = m.end > m.start && (own_dot || !seg_trailing_punct(s, (seg_span){m.start, m.end})) &&
                    seg_next_word(s, strlen(s), &pos, &next) && next.start == m.end + 1;
    if (source == SOURCE_MENTION) {
        ev.mention = arena_strndup(x->work, s + m.start, m.end - m.start);
        /* "Bupati KSB dua periode ini": a demonstrative right after the
         * words, not a relative day ("Gubernur Riau hari ini") */
        ev.demonstrative = adjacent && !seg_is_capitalized(s, next) && word_in(SPEECH_ANAPHORA, s, next) &&
                           !relative_day_ends(s, m, next);
    }
    /* ... or closing a relative clause ("Janda yang tinggal bersama dua
     * cucunya itu mengaku"; not the verb's own clause: "Seorang advokat yang
     * ditemui usai peluncuran menilai layanan itu memangkas ..."), whose
     * nickname is the person's, pronoun or not ("ujar pria yang akrab disapa
     * Bang Ucok itu") */
    /* (an office named in full is someone of its own: "Kepala BNN Kabupaten
     * Belitung yang hadir dalam kegiatan itu menyampaikan") */
    seg_span head;
    size_t head_end = m.start;
    bool office = seg_next_word(s, m.end, &head_end, &head) && seg_is_capitalized(s, head) &&
                  seg_lookup(SPEECH_POSITIONS, s, head) == POS_OFFICE && head_end < m.end;
    const char *nickname;
    /* (or a "dengan" phrase: "Perwira dengan tiga balok di pundaknya itu
     * menambahkan"; or a head's "di" phrase: HEAD_EPITHETS) */
    if (adjacent && !ev.demonstrative && !office && source != SOURCE_NONE &&
        (seg_equals(s, next, "yang") || seg_equals(s, next, "dengan") ||
         (seg_equals(s, next, "di") && lex_lookup(LEX_TABLE(HEAD_EPITHETS), s + m.start, m.end - m.start) >= 0)) &&
        closed_relative_clause(x, s, pos, quote, &nickname)) {
        ev.demonstrative = source == SOURCE_MENTION;
        ev.nickname = nickname;
    }
    VEC_PUSH(x->work, &x->events, ev);
}

/* The source an event gets from a mention span: a pronoun, a name or nothing. */
static source_kind source_of(const char *s, seg_span m)
{
    if (m.end <= m.start)
        return SOURCE_NONE;
    return is_pronoun_mention(s, m) ? SOURCE_PRONOUN : SOURCE_MENTION;
}

/* The quote text: s[start, end) trimmed, its final comma or full stop dropped. */
static seg_span trim_text(const char *s, size_t start, size_t end, bool drop_final)
{
    while (start < end && s[start] == ' ')
        start++;
    while (end > start && s[end - 1] == ' ')
        end--;
    if (drop_final && end > start && (s[end - 1] == ',' || s[end - 1] == '.' || s[end - 1] == ';' || s[end - 1] == ':'))
        end--;
    while (end > start && s[end - 1] == ' ')
        end--;
    return (seg_span){start, end};
}

static long add_quote(extractor *x, quote_kind kind, const char *text, const char *cue, size_t para, size_t start,
                      size_t end)
{
    if (x->rec->quotes.len >= x->max_quotes)
        return -1;
    rec_quote q = {kind, text, -1, cue, para, start, end, para};
    if (VEC_PUSH(x->a, &x->rec->quotes, q))
        return -1;
    return (long)x->rec->quotes.len - 1;
}

static const char *span_dup(extractor *x, const char *s, seg_span w)
{
    return arena_strndup(x->a, s + w.start, w.end - w.start);
}

static const char *cue_dup(extractor *x, const char *s, seg_span w)
{
    return span_dup(x, s, cue_core(s, w));
}

/* Closes the quote left open by a previous paragraph: its final punctuation goes. */
static void finish_pending(extractor *x)
{
    if (x->pending.quote < 0)
        return;
    rec_quote *q = &x->rec->quotes.items[x->pending.quote];
    if (x->pending.raw) {
        seg_span t = trim_text(x->pending.raw, 0, x->pending.len, true);
        q->text = span_dup(x, x->pending.raw, t);
    }
    x->pending = NO_OPEN_QUOTE;
}

/* Adds a part to the open quote's text, after a space unless it is the
 * first. False when out of memory. */
static bool pending_append(extractor *x, const char *part, size_t len)
{
    open_quote *o = &x->pending;
    size_t need = o->len + len + 2;
    if (need > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 256;
        while (cap < need)
            cap *= 2;
        char *grown = arena_alloc(x->work, cap);
        if (!grown)
            return false;
        if (o->len)
            memcpy(grown, o->raw, o->len);
        o->raw = grown;
        o->cap = cap;
    }
    if (o->len)
        o->raw[o->len++] = ' ';
    memcpy(o->raw + o->len, part, len);
    o->len += len;
    o->raw[o->len] = '\0';
    return true;
}

/* ---- direct quotes -------------------------------------------------------- */

/* "ujar orang nomor satu di Boalemo itu": a lower-case description that a
 * demonstrative closes points back to someone met before. */
static bool is_epithet(const char *s, size_t from, size_t bound)
{
    size_t pos = from;
    seg_span w;
    if (!seg_next_word(s, bound, &pos, &w) || seg_is_capitalized(s, w) || word_in(SPEECH_PRONOUNS, s, w))
        return false;
    seg_span before = w;
    for (int k = 0; k < MENTION_WORDS && !seg_trailing_punct(s, w); k++) {
        size_t next = pos;
        seg_span n;
        if (seg_naming_link(s, w.start, bound)) /* "warga bernama Siti Aminah itu" names her */
            return false;
        if (!seg_next_word(s, bound, &next, &n))
            break;
        pos = next;
        before = w;
        w = n;
    }
    /* "ujar petugas saat itu": a time adverbial, not an epithet */
    return w.start > from && word_in(SPEECH_ANAPHORA, s, w) && !is_stop(s, before);
}

/* The source after a closer: ",” demikian sambutan Menteri", ",” begitu
 * kata Budi", ",” demikian Budi", ",” demikian disampaikannya". */
static bool closer_cue(const char *s, seg_span closer, size_t pos, size_t bound,
                       seg_span *cue, source_kind *src, seg_span *mention)
{
    seg_span w;
    size_t after = pos;
    *cue = closer;
    if (!seg_next_word(s, bound, &after, &w))
        return false;
    bool pronoun;
    if (word_in(SPEECH_PRONOUNS, s, w)) { /* ",” demikian beliau mengakhiri sambutannya." */
        *src = SOURCE_PRONOUN;
        *mention = (seg_span){w.end, w.end};
        return true;
    }
    int v = seg_is_capitalized(s, w) ? -1 : cue_of(s, w, &pronoun);
    if (v >= 0) {
        *cue = w;
        if (pronoun) {
            *src = SOURCE_PRONOUN;
            *mention = (seg_span){w.end, w.end};
            return true;
        }
        pos = after;
        seg_span by;
        if (seg_next_word(s, bound, &after, &by) && seg_equals(s, by, "oleh"))
            pos = after;
        /* the noun's modifier before its giver: "demikian pendapat akhir
         * Bupati", "demikian sambutan tertulis Gubernur" */
        size_t at = pos;
        seg_span mod, next;
        for (int k = 0; k < 2 && seg_next_word(s, bound, &at, &mod) && !seg_is_capitalized(s, mod) &&
                        !seg_trailing_punct(s, mod) && !word_in(SPEECH_PRONOUNS, s, mod) &&
                        !seg_equals(s, mod, "oleh") && !seg_equals(s, mod, "yang") && /* not "yang dibacakan X" */
                        verb_form_of(s, mod) == VERB_NONE && cue_of(s, mod, &pronoun) < 0; /* "petikan sambutan X" */
             k++) {
            size_t peek = at;
            if (seg_next_word(s, bound, &peek, &next) && seg_is_capitalized(s, next)) {
                pos = at;
                break;
            }
        }
    } else if (!seg_is_capitalized(s, w)) {
        return false;
    }
    *mention = read_mention(s, pos, bound);
    *src = source_of(s, *mention);
    return *src != SOURCE_NONE;
}

/* The cue after a closing mark: ",” ujar X", "”. tegasnya", ",” katanya". */
static bool cue_after(const char *s, size_t from, size_t bound, seg_span *cue, source_kind *src, seg_span *mention)
{
    size_t i = from;
    while (i < bound && (strchr(" ,.;:", s[i]) || s[i] == '-'))
        i++;
    size_t pos = i;
    seg_span w;
    if (!seg_next_word(s, bound, &pos, &w))
        return false;
    bool capital = seg_is_capitalized(s, w);
    if (!capital && word_in(SPEECH_CLOSERS, s, w))
        return closer_cue(s, w, pos, bound, cue, src, mention);
    bool pronoun;
    /* ",” dia berujar.", ",” ia menambahkan.": a pronoun, then the verb */
    seg_span verb;
    size_t at = pos;
    int verb_cue = !capital && word_in(SPEECH_PRONOUNS, s, w) && !seg_trailing_punct(s, w) &&
                           seg_next_word(s, bound, &at, &verb) && seg_trailing_punct(s, verb) == '.'
                       ? cue_of(s, verb, &pronoun)
                       : -1;
    if (verb_cue >= 0 && !pronoun && (verb_cue & (CUE_VERB | CUE_BARE))) {
        *cue = verb;
        *src = SOURCE_PRONOUN;
        *mention = (seg_span){verb.end, verb.end};
        return true;
    }
    int v = cue_of(s, w, &pronoun);
    if (v < 0 || !(v & (CUE_BARE | CUE_PASSIVE)) || (pronoun == false && !(v & CUE_BARE)))
        return false;
    /* a tag typed with a capital ("...,” Jelas X", "...” Tambahnya.") is
     * still the tag: only a bare cue word, which opens no sentence */
    if (capital && !(v & CUE_BARE))
        return false;
    *cue = w;
    if (pronoun) {
        *src = SOURCE_PRONOUN;
        *mention = (seg_span){w.end, w.end};
        return true;
    }
    char p = seg_trailing_punct(s, w);
    *mention = p == '.' ? (seg_span){w.end, w.end} : read_mention(s, w.end, bound);
    *src = source_of(s, *mention);
    if (*src == SOURCE_MENTION && is_epithet(s, mention->start, bound))
        *src = SOURCE_PRONOUN;
    return true;
}

/* A speech tag whose verb no list holds, misspelt or rare (",” ungap
 * Sofia Nur.", ",” kilahnya."): a quote that ends on a comma is followed by
 * its tag, so one lower-case word of letters there, then a capitalised
 * name that ends the sentence, or the word's -nya and a full stop, is the
 * tag. Only after a closing comma: ".” Ia ..." opens a sentence. */
static bool unlisted_cue(const char *s, size_t from, size_t bound, seg_span *cue, source_kind *src,
                         seg_span *mention)
{
    enum { MIN_VERB_BYTES = 3 };
    size_t pos = from;
    seg_span w;
    if (!seg_next_word(s, bound, &pos, &w) || seg_is_capitalized(s, w) || is_stop(s, w))
        return false;
    size_t end = w.end;
    char p = seg_trailing_punct(s, w);
    if (p)
        end--;
    if (end - w.start < MIN_VERB_BYTES)
        return false;
    for (size_t i = w.start; i < end; i++)
        if (s[i] < 'a' || s[i] > 'z')
            return false;
    *cue = (seg_span){w.start, end};
    if (p == '.' && ends_with_nya(s, *cue)) {
        *src = SOURCE_PRONOUN;
        *mention = (seg_span){w.end, w.end};
        return true;
    }
    if (p)
        return false;
    *mention = read_mention(s, w.end, bound);
    size_t after = mention->end;
    while (after < bound && s[after] == ' ')
        after++;
    *src = source_of(s, *mention);
    return *src == SOURCE_MENTION && seg_is_capitalized(s, *mention) && (after >= bound || s[after] == '.');
}

/* A tag written as a sentence of its own after a quote that ended one
 * ("...pelayanan.” Kata Darwis.", "...” Ucapnya."): a capitalised bare cue
 * word and its source, then the sentence's full stop, nothing more. */
static bool tag_sentence(const char *s, size_t from, size_t n, seg_span *cue, source_kind *src, seg_span *mention)
{
    size_t bound = n > from + LOOK_LIMIT ? from + LOOK_LIMIT : n;
    if (!cue_after(s, from, bound, cue, src, mention) || !seg_is_capitalized(s, *cue))
        return false;
    size_t end = mention->end > cue->end ? mention->end : cue->end; /* "Kata dia.", "Ucapnya." */
    while (end < n && s[end] == ' ')
        end++;
    if (end < n && s[end] == '.')
        end++;
    else if (end == 0 || s[end - 1] != '.')
        return end >= n; /* the paragraph's end closes the tag too */
    while (end < n && s[end] == ' ')
        end++;
    return end >= n || seg_is_capitalized(s, (seg_span){end, n});
}

/* A speech verb before a quote as its cue, the subject read back from it. */
static bool verb_cue(const char *s, size_t start, seg_span verb, seg_span *cue, source_kind *src, seg_span *mention)
{
    *cue = verb;
    *mention = subject_before(s, start, verb.start);
    *src = source_of(s, *mention);
    return *src == SOURCE_NONE || person_like(s, *mention);
}

/* The cue before an opening mark: "X mengatakan, “", "katanya: “",
 * "Menurut X, “". The subject goes to *mention. */
static bool cue_before(const char *s, size_t sent_start, size_t open, seg_span *cue, source_kind *src,
                       seg_span *mention)
{
    size_t pos = open, start = sent_start + LOOK_LIMIT < open ? open - LOOK_LIMIT : sent_start;
    seg_span w;
    if (!seg_prev_word(s, start, &pos, &w))
        return false;
    char p = seg_trailing_punct(s, w);
    bool pronoun;
    int v = cue_of(s, w, &pronoun);
    if (v >= 0 && (v & CUE_VERB) && (p == ',' || p == ':' || p == 0))
        return verb_cue(s, start, w, cue, src, mention);
    if (v >= 0 && pronoun && (p == ',' || p == ':')) {
        *cue = w;
        *src = SOURCE_PRONOUN;
        *mention = (seg_span){w.end, w.end};
        return true;
    }
    /* "Ferdinandus menjawab singkat: “...”", "berkata tegas,": a word of
     * manner between the verb and its colon or comma (a bare tag's word
     * after a quote) */
    seg_span verb;
    size_t back = w.start;
    if (!(v >= 0 && (v & CUE_VERB)) && !pronoun && (p == ',' || p == ':') && !seg_is_capitalized(s, w) &&
        seg_prev_word(s, start, &back, &verb) && !seg_trailing_punct(s, verb)) {
        int vv = cue_of(s, verb, &pronoun);
        if (vv >= 0 && (vv & CUE_VERB) && !pronoun)
            return verb_cue(s, start, verb, cue, src, mention);
    }
    /* "Menurut X, “...”" */
    size_t scan = start;
    seg_span first;
    if (p == ',' && seg_next_word(s, open, &scan, &first) && is_menurut(s, first, &pronoun)) {
        *cue = first;
        *mention = pronoun ? (seg_span){first.end, first.end} : read_mention(s, first.end, w.end);
        *src = pronoun ? SOURCE_PRONOUN : source_of(s, *mention);
        return true;
    }
    return false;
}

static size_t count_words(const char *s, size_t start, size_t end)
{
    size_t n = 0, pos = start;
    seg_span w;
    while (seg_next_word(s, end, &pos, &w))
        n++;
    return n;
}

/* Only punctuation and spaces in s[a, b); a range longer than the look
 * limit is not blank (keeps a sentence of many quotes linear). */
static bool blank(const char *s, size_t a, size_t b)
{
    if (b > a + LOOK_LIMIT)
        return false;
    for (size_t i = a; i < b; i++)
        if (is_letter((unsigned char)s[i]) || (s[i] >= '0' && s[i] <= '9'))
            return false;
    return true;
}

/* One quote of a sentence; returns whether it is speech. */
static bool direct_quote(extractor *x, size_t para, const char *s, size_t sent_start, size_t sent_end,
                         size_t prev_after, const qspan *q)
{
    seg_span cue = {0, 0}, mention = {0, 0};
    source_kind src = SOURCE_NONE;
    /* The cue and its mention are read within the look limit: a sentence of
     * many quotes must not make each read to the sentence's end. */
    size_t look_end = sent_end > q->after + LOOK_LIMIT ? q->after + LOOK_LIMIT : sent_end;
    bool cued = q->closed && cue_after(s, q->after, look_end, &cue, &src, &mention);
    /* "Wakil Ketua Makmun juga menambahkan “...,” tandasnya.": the pronoun
     * after the quote is the person the sentence names before it */
    seg_span cue_b, mention_b;
    source_kind src_b;
    if (!q->continued && (!cued || src == SOURCE_PRONOUN) &&
        cue_before(s, prev_after, q->open, &cue_b, &src_b, &mention_b) && (!cued || src_b == SOURCE_MENTION)) {
        cued = true;
        cue = cue_b, src = src_b, mention = mention_b;
    }
    if (!cued && q->closed && q->end > q->start && strchr(".!?", s[q->end - 1]))
        cued = tag_sentence(s, q->after, x->rec->paragraphs.items[para].len, &cue, &src, &mention);
    if (!cued && q->closed && q->end > q->start && s[q->end - 1] == ',')
        cued = unlisted_cue(s, q->after, look_end, &cue, &src, &mention);
    /* "“A,” kata X, “B.”": the tag between two parts of a quote, closed by
     * its comma, cues the second part too */
    size_t before_open = q->open;
    while (before_open > prev_after && s[before_open - 1] == ' ')
        before_open--;
    if (!cued && q->closed && prev_after > sent_start && before_open > prev_after && s[before_open - 1] == ',')
        cued = cue_after(s, prev_after, before_open - 1, &cue, &src, &mention);
    size_t words = count_words(s, q->start, q->end);
    /* (a lead's dateline before it leaves it alone: "BANGLI – “...”") */
    size_t lead = prev_after == 0 ? skip_dateline(s, 0, q->open) : prev_after;
    bool alone = blank(s, lead, q->open) && (!q->closed || blank(s, q->after, sent_end));
    /* a quote a hard-wrapped line leaves open is read whole before judging */
    bool speech = q->continued || cued || (alone && words >= MIN_BARE_WORDS) || (!q->closed && x->runs_on);
    if (!speech)
        return false;

    seg_span t = trim_text(s, q->start, q->end, q->closed);
    if (q->continued && x->pending.quote >= 0) {
        if (!pending_append(x, s + t.start, t.end - t.start))
            return true;
        rec_quote *whole_quote = &x->rec->quotes.items[x->pending.quote];
        whole_quote->end_paragraph = para;
        whole_quote->end = t.end;
        speech_event *ev = &x->events.items[x->pending.event];
        if (cued && ev->source == SOURCE_NONE) {
            ev->source = src;
            ev->mention = src == SOURCE_MENTION ? span_dup(x, s, mention) : NULL;
            x->rec->quotes.items[x->pending.quote].cue = cue_dup(x, s, cue);
        }
        if (q->closed) {
            seg_span whole = trim_text(x->pending.raw, 0, x->pending.len, false);
            x->rec->quotes.items[x->pending.quote].text = span_dup(x, x->pending.raw, whole);
            x->pending = NO_OPEN_QUOTE;
        }
        return true;
    }
    finish_pending(x);
    long qi = add_quote(x, QUOTE_DIRECT, span_dup(x, s, t), cued ? cue_dup(x, s, cue) : NULL, para, t.start, t.end);
    if (qi < 0)
        return true;
    push_event(x, qi, src, s, mention);
    if (!q->closed) {
        seg_span raw = trim_text(s, q->start, q->end, false);
        x->pending = (open_quote){qi, (long)x->events.len - 1, NULL, 0, 0};
        pending_append(x, s + raw.start, raw.end - raw.start);
    }
    return true;
}

/* ---- indirect quotes ------------------------------------------------------ */

/* Past a weekday and date aside after an adverbial's comma ("Dalam
 * sambutan ... di Jakarta, Jumat (1/8/2025), Menteri ..."), or its place's
 * city. */
static size_t past_adverbial_aside(const char *s, size_t from, size_t end)
{
    size_t pos = from;
    seg_span day, date;
    if (seg_next_word(s, end, &pos, &day) && seg_next_word(s, end, &pos, &date) && opens_date_aside(s, date) &&
        seg_trailing_punct(s, date) == ',')
        return date.end;
    /* "Di Pasar Kramat Jati, Jakarta Timur, pedagang ...": the place's
     * city goes with the adverbial */
    size_t place = seg_region_at(s, from, end);
    if (place && place < end && s[place] == ',')
        return place + 1;
    /* ... and so does its province's: "Di Klaten, Jawa Tengah, calon jemaah ..." */
    enum { MAX_PROVINCE_WORDS = 3 };
    seg_span w;
    pos = from;
    for (int k = 0; k < MAX_PROVINCE_WORDS && seg_next_word(s, end, &pos, &w); k++) {
        if (!seg_is_capitalized(s, w) || !word_in(SPEECH_PLACES, s, w))
            break;
        char p = seg_trailing_punct(s, w);
        if (p)
            return p == ',' ? w.end : from;
    }
    return from;
}

/* A capitalised me- verb with a verb's ending, as a sentence opens with
 * one ("Menghadapi", "Menyikapi", "Menindaklanjuti"); not an office or a name
 * ("Menteri", "Megawati"); or a passive participle that opens an adverbial
 * ("Ditemui", "Didampingi": OPENER_PARTICIPLE). */
static bool is_verb_opener(const char *s, seg_span c)
{
    size_t len = c.end - c.start;
    const char *w = s + c.start;
    return (len >= 8 && (strncmp(w, "Mem", 3) == 0 || strncmp(w, "Men", 3) == 0) &&
            (w[len - 1] == 'i' || strncmp(w + len - 3, "kan", 3) == 0)) ||
           (w[0] == 'D' && speech_lookup(SPEECH_OPENERS, w, len) == OPENER_PARTICIPLE);
}

/* Past one introductory adverbial that ends in a comma within a few words. */
static size_t skip_adverbial(const char *s, size_t start, size_t end)
{
    size_t pos = start;
    seg_span w;
    bool pronoun;
    if (!seg_next_word(s, end, &pos, &w) || is_menurut(s, w, &pronoun))
        return start;
    /* "Menghadapi agenda itu, Bupati ...": a verb opening the sentence heads
     * an adverbial too (not a speech verb: "Menambahkan, ...") */
    seg_span c = seg_core(s, w);
    bool verb_phrase = is_verb_opener(s, c) && seg_lookup(SPEECH_CUES, s, w) < 0;
    /* "Kamis (18/10) di halaman kantor, ...": a weekday opens one too */
    if (!verb_phrase && !is_weekday(s, w) && !word_in(SPEECH_INTRO, s, w))
        return start;
    /* a connective heads no adverbial of its own: "Sementara itu, ..." is
     * skipped whole, "Sedangkan Abdullah, S.Sos mengatakan" is not */
    bool connective = word_in(SPEECH_CONNECTIVES, s, w); /* only connectives so far */
    for (int k = 0; k < INTRO_WORDS; k++) {
        /* "Lebih lanjut Wagubri menjelaskan, ...": the comma is the cue's */
        int v = k > 0 ? seg_lookup(SPEECH_CUES, s, w) : -1;
        if (v >= 0 && (v & (CUE_VERB | CUE_PASSIVE)))
            return start;
        /* "Sementara itu mengenai program X, ...", "Sedangkan untuk
         * kegiatan X, ...": a preposition after the connective opens an
         * adverbial */
        if (connective && k > 0 && word_in(SPEECH_INTRO, s, w))
            connective = false;
        else if (connective && !seg_in_any(s, w, 1u << SPEECH_CONNECTIVES | 1u << SPEECH_ANAPHORA))
            return start;
        if (seg_trailing_punct(s, w) == ',')
            return past_adverbial_aside(s, w.end, end);
        if (!seg_next_word(s, end, &pos, &w))
            break;
    }
    return start;
}

/* Past a dateline ("Semarang –", "KENDARI, Mediakendari.com –",
 * "SAWAHLUNTO, binews.id -"): a place and its agency up to a dash among the
 * first few words. */
static size_t skip_dateline(const char *s, size_t start, size_t end)
{
    size_t pos = start;
    seg_span w;
    bool office = false, outlet = false;
    for (int k = 0; k < 5 && seg_next_word(s, end, &pos, &w); k++) {
        if (seg_is_dash_word(s, w))
            return k > 0 && !(office && titled_name_at(s, pos, end)) ? pos : start;
        if (k == 0 && !seg_is_capitalized(s, w))
            return start;
        /* an outlet's acronym and the place before a colon: RRI's "KBRN,
         * Merangin: “...”" */
        outlet = outlet || (k == 0 && seg_is_acronym(s, w) && seg_trailing_punct(s, w) == ',');
        if (outlet && k > 0 && seg_trailing_punct(s, w) == ':')
            return pos;
        if (k > 0 && !seg_is_capitalized(s, w))
            outlet = false;
        office = office || word_in(SPEECH_POSITIONS, s, w);
    }
    return start;
}

/* Past a dateline and the introductory adverbials after it, one after
 * another ("Semarang – Pada apel pagi di kantor, Kamis (18/10) di halaman,
 * Kepala Kantor ..."). */
static size_t skip_intro(const char *s, size_t start, size_t end)
{
    start = skip_dateline(s, start, end);
    for (int k = 0; k < 3; k++) {
        size_t next = skip_adverbial(s, start, end);
        if (next == start)
            break;
        start = next;
    }
    return start;
}

/* After a word that ends in a comma at *pos: an aside that an aside word
 * opens and another comma closes, within ASIDE_WORDS. Moves *pos past it. */
static bool skip_aside(const char *s, size_t end, size_t *pos)
{
    size_t at = *pos;
    seg_span w;
    if (!seg_next_word(s, end, &at, &w) || !word_in(SPEECH_ASIDES, s, w))
        return false;
    for (int k = 0; k < ASIDE_WORDS && seg_next_word(s, end, &at, &w); k++) {
        char p = seg_trailing_punct(s, w);
        if (p == ',') {
            *pos = at;
            return true;
        }
        if (p == '.')
            return false;
    }
    return false;
}

/* After a comma at `from`, the next item of a list: a few words with no
 * verb up to another comma or a conjunction ("wakil gubernur, Forkopimda,
 * dan masyarakat"). */
static bool list_goes_on(const char *s, size_t from, size_t end)
{
    size_t pos = from;
    seg_span w;
    for (int k = 0; k < 4 && seg_next_word(s, end, &pos, &w); k++) {
        if (word_in(SPEECH_CONJUNCTIONS, s, w))
            return true;
        if (verb_form_of(s, w) != VERB_NONE || word_in(SPEECH_AUX, s, w))
            return false;
        char p = seg_trailing_punct(s, w);
        if (p)
            return p == ',';
    }
    return false;
}

/* An auxiliary among the words of s[from..] up to a punctuation mark, not
 * inside a relative or subordinate clause ("pentingnya peran guru yang harus
 * ...") nor after a verb ("pentingnya menjaga ... agar tetap ..."): the
 * predicate of a subject that opens at `from`. After a verb of judging a
 * verb after the subject's noun phrase is one too ("menilai minimnya
 * angkutan dari kota-kota di sekitar Kediri membuat ..."), not one right
 * after the -nya word or a preposition ("pentingnya peran guru dalam
 * membangun ..."). */
static bool predicate_ahead(const char *s, size_t from, size_t end, bool judging)
{
    size_t pos = from;
    seg_span w, prev = {from, from};
    /* "mengaku anaknya yang berusia 14 bulan sulit makan": a relative
     * clause right after the subject, its own predicate passed over */
    bool relative = false;
    for (int k = 0; k < CLAUSE_WINDOW && seg_next_word(s, end, &pos, &w); prev = w, k++) {
        if (judging && k == 0 && seg_equals(s, w, "yang") && !seg_trailing_punct(s, w)) {
            relative = true;
            continue;
        }
        if (relative && k == 1 && !seg_trailing_punct(s, w))
            continue;
        seg_span c = seg_core(s, w);
        /* "mengaku omzetnya turun drastis": a state is a predicate too */
        if (word_in(SPEECH_AUX, s, w) || (judging && nominal_adjective(s + c.start, c.end - c.start)))
            return true;
        verb_form form = verb_form_of(s, w);
        if (judging && k > 0 && form != VERB_NONE && seg_lookup(SPEECH_INTRO, s, w) != INTRO_PREPOSITION &&
            !word_in(SPEECH_INTRO, s, prev))
            return true;
        if (seg_equals(s, w, "yang") || form != VERB_NONE || seg_trailing_punct(s, w) ||
            seg_in_any(s, w, 1u << SPEECH_CLAUSE_MARKS | 1u << SPEECH_SUBORDINATORS | 1u << SPEECH_CONJUNCTIONS))
            return false; /* nor in a clause of its own: "pentingnya ketepatan data agar ... tidak ..." */
    }
    return false;
}

/* A -nya word on a noun ("partainya", "timnya", a pe- agent's: "petugasnya",
 * "pegawainya"), not on an adjective ("pentingnya"), a nominalised verb
 * ("terpenuhinya", "keberadaannya", a pe-...-an one: "pengalamannya") nor an
 * adverb ("awalnya", "sebelumnya"). */
static bool noun_nya(const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    size_t n = c.end - c.start;
    bool nominalised_pe = strncasecmp(s + c.start, "pe", 2) == 0 && n > 5 &&
                          strncasecmp(s + c.end - 5, "annya", 5) == 0;
    return n > 5 && !nominal_adjective(s + c.start, n - 3) && strncasecmp(s + c.start, "ter", 3) != 0 &&
           strncasecmp(s + c.start, "ke", 2) != 0 && !nominalised_pe &&
           !seg_in_any(s, w, 1u << SPEECH_OPENERS | 1u << SPEECH_INTRO);
}

/* "jumlah penduduk miskin sebanyak 301,2 ribu orang.": a measure word and
 * the figure after it state a figure of the subject before them, when the
 * figure and its units end the clause (not "menyampaikan bantuan sebanyak
 * 300 paket kepada warga": what was handed over, and to whom). */
static bool figure_predicate(const char *s, seg_span w, size_t pos, size_t end)
{
    enum { FIGURE_WORDS = 5 };
    seg_span c = seg_core(s, w), next;
    if (seg_trailing_punct(s, w) || !quantity_predicate(s + c.start, c.end - c.start) ||
        !seg_next_word(s, end, &pos, &next) ||
        !((s[next.start] >= '0' && s[next.start] <= '9') || (s[next.start] == 'R' && s[next.start + 1] == 'p')))
        return false;
    for (int k = 0; k < FIGURE_WORDS; k++) {
        if (seg_trailing_punct(s, next))
            return true;
        if (!seg_next_word(s, end, &pos, &next))
            return true;
        if (word_in(SPEECH_INTRO, s, next))
            return false;
    }
    return false;
}

/* The word at s[from..] is a verb: "partainya menolak ...". */
static bool verb_follows(const char *s, size_t from, size_t end)
{
    size_t pos = from;
    seg_span w;
    return seg_next_word(s, end, &pos, &w) && verb_form_of(s, w) != VERB_NONE &&
           seg_lookup(SPEECH_INTRO, s, w) != INTRO_PREPOSITION;
}

/* The word at s[from..] is an auxiliary: "untuk tetap bekerja". */
static bool aux_follows(const char *s, size_t from, size_t end)
{
    size_t pos = from;
    seg_span w;
    return seg_next_word(s, end, &pos, &w) && word_in(SPEECH_AUX, s, w);
}

/* s[from, end) ends its sentence with no comma on the way (the rest of a
 * clause, no list or aside). */
static bool no_comma_before_end(const char *s, size_t from, size_t end)
{
    const char *comma = memchr(s + from, ',', end - from);
    return !comma;
}

/* The words that open an adverbial clause or phrase of time, source or
 * concession before the clause it frames ("dari 200 pohon yang ia miliki,
 * hasil panennya ...", "berdasarkan data verifikasi, masih ada ..."). */
static const char *const ADVERBIAL_CLAUSE_OPENERS[] = {
    "sejak", "setelah", "sesudah", "sebelum", "ketika",   "saat",     "selama",      "meski",
    "meskipun", "walaupun", "dari", "hingga", "sampai", "berdasarkan", NULL};

/* The courtesies a speech verb conveys as its whole object ("menyampaikan
 * terima kasih kepada para petani yang ...", "menyampaikan duka mendalam
 * atas ...", "memberikan apresiasi"): what follows them is no clause
 * (GOLD.md: "menyampaikan terima kasih" is no quote). The words of value
 * COURTESY_HEAD are one only before another ("ucapan selamat", "permohonan
 * maaf"); alone they are nouns that may head a clause's subject
 * ("menyebutkan permohonan perpanjangan izin masih dalam tahap evaluasi",
 * "mengatakan permintaan dari pembeli di Jawa turun"). */
enum { COURTESY = 1, COURTESY_HEAD = 2 };
static const lex_entry COURTESY_WORDS[] = {
    {"terima", COURTESY}, {"terimakasih", COURTESY}, {"apresiasi", COURTESY}, {"selamat", COURTESY},
    {"duka", COURTESY}, {"belasungkawa", COURTESY}, {"bela", COURTESY}, {"maaf", COURTESY},
    {"dukungan", COURTESY}, /* "menyatakan dukungan penuh terhadap program tersebut" */
    {"ucapan", COURTESY_HEAD}, {"permohonan", COURTESY_HEAD}, {"permintaan", COURTESY_HEAD},
};

/* The word w (its next word read from pos) is a courtesy: one of
 * COURTESY_WORDS, a head only before a courtesy. */
static bool courtesy_at(const char *s, seg_span w, size_t pos, size_t end)
{
    seg_span c = seg_core(s, w), next;
    int v = lex_lookup(LEX_TABLE(COURTESY_WORDS), s + c.start, c.end - c.start);
    if (v != COURTESY_HEAD)
        return v == COURTESY;
    if (seg_trailing_punct(s, w) || !seg_next_word(s, end, &pos, &next))
        return false;
    c = seg_core(s, next);
    return lex_lookup(LEX_TABLE(COURTESY_WORDS), s + c.start, c.end - c.start) == COURTESY;
}

/* What a person says they gained, reported as a feeling is ("mengaku mendapat
 * banyak pemahaman baru", "mengaku memperoleh manfaat"; GOLD.md: "mengaku
 * terbantu" is no quote). */
static const lex_entry BENEFIT_WORDS[] = {
    {"banyak", 1}, {"ilmu", 1}, {"manfaat", 1}, {"pelajaran", 1}, {"pemahaman", 1}, {"pengalaman", 1},
    {"pengetahuan", 1}, {"wawasan", 1},
};

/* The word after s[from] is a benefit (BENEFIT_WORDS). */
static bool benefit_follows(const char *s, size_t from, size_t end)
{
    seg_span w;
    if (!seg_next_word(s, end, &from, &w))
        return false;
    seg_span c = seg_core(s, w);
    return lex_lookup(LEX_TABLE(BENEFIT_WORDS), s + c.start, c.end - c.start) >= 0;
}

static bool adverbial_clause_opener(const char *s, seg_span w)
{
    for (size_t i = 0; ADVERBIAL_CLAUSE_OPENERS[i]; i++)
        if (seg_equals(s, w, ADVERBIAL_CLAUSE_OPENERS[i]))
            return true;
    return false;
}

/* A comma in the clause window after pos, before any full stop. */
static bool comma_ahead(const char *s, size_t pos, size_t end)
{
    seg_span w;
    for (int k = 0; k < CLAUSE_WINDOW && seg_next_word(s, end, &pos, &w); k++) {
        char p = seg_trailing_punct(s, w);
        if (p == ',')
            return true;
        if (p)
            return false;
    }
    return false;
}

/* Whether s[from..] reads as a clause with its own predicate, not a noun
 * phrase ("mengatakan pihaknya akan ..." but not "menegaskan pentingnya"),
 * nor a feeling ("mengaku senang"). A predicate right after the verb has
 * the speaker as its unsaid subject ("menyatakan akan ..."); a conjunction
 * opens a subordinate clause ("menambahkan jika ..."). */
/* w is a comparative ("lebih", "paling") before the word it grades, a
 * state: "lebih efektif", "paling tepat"; not "lebih lanjut" nor "lebih
 * dari". */
static bool comparative_state(const char *s, seg_span w, size_t pos, size_t end)
{
    seg_span next;
    size_t n = w.end - w.start; /* (read for every word of a clause: the length rules out most) */
    return (n == 5 || n == 6) && (seg_equals(s, w, "lebih") || seg_equals(s, w, "paling")) &&
           !seg_trailing_punct(s, w) &&
           seg_next_word(s, end, &pos, &next) && !seg_is_capitalized(s, next) &&
           !seg_in_any(s, next, 1u << SPEECH_INTRO | 1u << SPEECH_CONNECTIVES);
}

/* The word after s[from] is `word`. */
static bool followed_by(const char *s, size_t from, size_t end, const char *word)
{
    seg_span w;
    return seg_next_word(s, end, &from, &w) && seg_equals(s, w, word);
}

/* The word after s[from] is a figure ("46", "2.300", "delapan"). */
static bool figure_follows(const char *s, size_t from, size_t end)
{
    seg_span w;
    return seg_next_word(s, end, &from, &w) &&
           ((s[w.start] >= '0' && s[w.start] <= '9') || date_lookup(DATE_COUNTS, s + w.start, w.end - w.start) >= 0);
}

/* Quantifiers of number: what they open is a set of things named
 * ("menyebutkan sejumlah program yang dijalankan pemerintah"). */
static const lex_entry NUMBER_QUANTIFIERS[] = {
    {"sejumlah", 1}, {"beberapa", 1}, {"berbagai", 1}, {"pelbagai", 1}, {"aneka", 1},
};

/* A naming verb's complement s[from..] names things rather than reports a
 * clause: it opens with a quantifier of number, holds "sebagai" ("menyebut
 * Australia sebagai lawan yang kuat": what it is called), is a list of
 * short items ("menyebutkan program kerja, rencana anggaran, dan jadwal
 * pelaksanaan") or a few words only ("menyebut angka tertinggi tahun ini"). */
static bool names_things(const char *s, size_t from, size_t end)
{
    enum { FEW_WORDS = 4, ITEM_WORDS = 3 };
    size_t pos = from, n = 0, item = 0, longest = 0, commas = 0;
    seg_span w;
    while (seg_next_word(s, end, &pos, &w)) {
        seg_span c = seg_core(s, w);
        if ((n == 0 && lex_lookup(LEX_TABLE(NUMBER_QUANTIFIERS), s + c.start, c.end - c.start) >= 0) ||
            seg_equals(s, w, "sebagai"))
            return true;
        n++;
        if (!(item == 0 && commas && (seg_equals(s, w, "dan") || seg_equals(s, w, "serta"))))
            item++;
        char p = seg_trailing_punct(s, w);
        if (p == ',') {
            commas++;
            longest = item > longest ? item : longest;
            item = 0;
        }
        if (p == '.' || p == '!' || p == '?')
            break;
    }
    longest = item > longest ? item : longest;
    return n <= FEW_WORDS || (commas && longest <= ITEM_WORDS);
}

static bool starts_clause(const char *s, size_t from, size_t end, int cue)
{
    bool saying = cue & CUE_SAYING, addressing = cue & CUE_ADDRESSING;
    /* "mengaku awalnya mengira ...", "mengaku awalnya panik": an adverb
     * before the complement says nothing of it; nor does a quantifier before
     * a figure ("menyebut sedikitnya 46 kabupaten dan kota belum ...") */
    seg_span adverb;
    size_t adverb_at = from;
    for (int k = 0; k < CLAUSE_WINDOW && seg_next_word(s, end, &adverb_at, &adverb) &&
                    ends_with_nya(s, seg_core(s, adverb)) &&
                    (word_in(SPEECH_OPENERS, s, adverb) || figure_follows(s, adverb_at, end)) &&
                    !seg_trailing_punct(s, adverb);
         k++)
        from = adverb.end;
    /* a naming verb reports as a verb of saying only what names no things */
    saying = saying && !((cue & CUE_NAMING) && names_things(s, from, end));
    size_t pos = from;
    seg_span w, prev = {from, from};
    int yang_at = -1; /* the word "yang" last opened a relative clause at, before any "bahwa" */
    bool marked = false;
    bool adverbial = false, adverbial_object = false, after_intro = false, anaphoric = false, relative = false,
         verb_read = false, /* a demonstrative closes the subject only before any verb */
         opens_adverbial = false;
    /* a verb that takes only a clause may wait longer for its predicate:
     * "mengatakan harga udang vaname ukuran 50 ekor per kilogram di tingkat
     * tambak kini hanya berkisar ..." */
    int window = saying ? CLAUSE_WINDOW + ADVERBIAL_WORDS : CLAUSE_WINDOW;
    for (int k = 0; k < window && seg_next_word(s, end, &pos, &w); k++) {
        bool aux = word_in(SPEECH_AUX, s, w);
        /* "mengingatkan kepada seluruh ASN bahwa ...": the people addressed,
         * then the clause (past_addressee) */
        if (addressing && word_in(SPEECH_CLAUSE_MARKS, s, w))
            return false;
        if (k == 0) {
            /* "mengaku senang", "berharap untuk menjadi teladan": a feeling or
             * a purpose, no clause (GOLD.md) */
            /* (after "mengatakan", which takes only a clause, a courtesy's
             * noun with a verb after it is the clause's subject: "mengatakan
             * permintaan KUR meningkat sejak ...") */
            if (word_in(SPEECH_FEELINGS, s, w) || seg_equals(s, w, "untuk") ||
                (courtesy_at(s, w, pos, end) && !(saying && predicate_ahead(s, pos, end, true))))
                return false;
            /* "mengatakan dirinya hadir untuk ...": a subject that is surely
             * one ("pihaknya", "dirinya") opens a clause whatever its predicate */
            if (seg_in_any(s, w, 1u << SPEECH_SUBORDINATORS | 1u << SPEECH_CLAUSE_SUBJECTS))
                return true;
            /* "mengatakan sejak harimau muncul, sebagian besar warga ...",
             * "menjelaskan dari 23 IUP yang diperiksa, tujuh perusahaan
             * ...": after a verb of speech that takes a clause, an adverbial
             * clause or phrase and its comma open the clause it frames; a
             * verb that addresses people is told apart above */
            if (adverbial_clause_opener(s, w) && comma_ahead(s, pos, end))
                return true;
            if (aux) {
                size_t at = pos;
                seg_span next;
                return !(seg_next_word(s, end, &at, &next) && word_in(SPEECH_FEELINGS, s, next));
            }
            /* "menegaskan pentingnya ...": a -nya word opens a noun phrase,
             * unless an auxiliary follows its phrase ("menegaskan kotanya
             * segera memiliki ...", "menilai masuknya investor asing ke sektor
             * itu merupakan ...": its subject); after a verb that takes no
             * noun phrase it is the clause's subject ("mengatakan partainya
             * terbuka untuk ...") */
            if (!saying && ends_with_nya(s, seg_core(s, w)) &&
                !seg_in_any(s, w, 1u << SPEECH_CLAUSE_SUBJECTS | 1u << SPEECH_INTRO) && /* not "kedepannya" */
                !predicate_ahead(s, pos, end, (cue & CUE_JUDGING) || noun_nya(s, w)) &&
                !(noun_nya(s, w) && verb_follows(s, pos, end)))
                return false;
            /* "mengatakan menyambut baik usulan itu": after a verb that
             * takes only a clause, a predicate right after it has the
             * speaker as its unsaid subject (GOLD.md) */
            if (saying && verb_form_of(s, w) == VERB_ACTIVE)
                return true;
            /* "mengaku dijanjikan pekerjaan ...", "mengaku menerima uang ...":
             * after a verb of judging, a predicate of the speaker, and so is
             * what befell them ("mengaku kehilangan sepeda motornya"); not a
             * benefit gained, a feeling ("mengaku mendapat banyak ...") */
            seg_span wc = seg_core(s, w);
            if ((cue & CUE_JUDGING) &&
                (verb_form_of(s, w) != VERB_NONE || undergone_state(s + wc.start, wc.end - wc.start) ||
                 ter_predicate(s, w)) && /* "mengaku terjebak hampir tujuh jam" (ter- feelings are above) */
                !benefit_follows(s, pos, end))
                return true;
        }
        /* "berharap pemerintah membantu ...", "mengatakan simulasi ini
         * digelar ...": a verb after the clause's subject, not inside a
         * relative clause of a noun phrase ("warga yang telah membantu"),
         * nor a predicate joined to the verb's own object ("menyampaikan
         * terima kasih dan akan membawa ..."), nor an adverbial
         * ("mengatakan hal itu saat membuka acara"). An auxiliary or a
         * passive after the relative clause's verb is the clause's own
         * predicate ("usulan yang diperoleh dapat memberikan ...", "jenis bibit
         * yang ditanam dipilih ..."). */
        /* (a ter- verb only after a noun phrase, the subject's or an
         * adverbial's: "akses jalan darat menuju tiga desa terputus") */
        bool verbal = aux || (verb_form_of(s, w) != VERB_NONE && seg_lookup(SPEECH_INTRO, s, w) != INTRO_PREPOSITION) ||
                      (k > 0 && is_bare_verb(s, w)) ||
                      (k > 0 && (!adverbial || adverbial_object) && ter_predicate(s, w)) ||
                      (k > 0 && figure_predicate(s, w, pos, end));
        /* ... and after a verb of judging, so is an auxiliary a few words
         * past "yang", after a noun: "mengakui pengawasan di petak-petak
         * hutan yang jauh dari permukiman masih lemah" */
        bool after_relative = relative && (aux || verb_form_of(s, w) == VERB_PASSIVE) &&
                              (verb_form_of(s, prev) != VERB_NONE || ter_verb(s, prev) || is_bare_verb(s, prev) ||
                               (aux && (cue & CUE_JUDGING) && yang_at >= 0 && k - yang_at > 2)) &&
                              !word_in(SPEECH_AUX, s, prev);
        /* (an adverbial inside the relative clause keeps it open: "capaian
         * program yang hingga kini telah menjangkau ...") */
        bool in_adverbial = (!verbal && word_in(SPEECH_INTRO, s, w)) || after_intro;
        if (relative && (after_relative || (!verbal && !seg_equals(s, prev, "yang") && !in_adverbial)))
            relative = false;
        /* after "mengatakan" a relative clause is the clause's own ("mengatakan
         * BMKG yang menjadi acuan"): the verb takes no noun phrase */
        relative = relative || (!saying && seg_equals(s, w, "yang")) || word_in(SPEECH_CONJUNCTIONS, s, w);
        if (seg_equals(s, w, "yang") && !marked)
            yang_at = k;
        marked = marked || word_in(SPEECH_CLAUSE_MARKS, s, w);
        /* A preposition or time word opens an adverbial: a verb right after
         * it is the adverbial's ("hal itu saat membuka acara", "apresiasi atas
         * dukungan dalam menyukseskan acara"); a verb after its noun phrase
         * is the predicate ("sejumlah rumah di Desa Gamtala dilaporkan
         * mengalami ..."), unless "hal itu" heads it, the article's pointer
         * back at what was said */
        /* (nor is a comparative before a state: "lebih praktis") */
        bool comparative = k > 0 && comparative_state(s, w, pos, end);
        /* (not "lalu" after a month or a period, its direction, no connective: "sepanjang September
         * lalu tercatat ...") */
        bool intro = !verbal && !comparative && word_in(SPEECH_INTRO, s, w) && /* not "membuka" */
                     !(k > 0 && date_lookup(DATE_DIRECTIONS, s + w.start, w.end - w.start) >= 0 &&
                       (date_lookup(DATE_MONTHS, s + prev.start, prev.end - prev.start) >= 0 ||
                        date_lookup(DATE_WEEKDAYS, s + prev.start, prev.end - prev.start) >= 0 ||
                        date_lookup(DATE_PERIOD_NOUNS, s + prev.start, prev.end - prev.start) >= 0));
        /* after a verb that takes an object too, a purpose after the
         * complement's first words makes them the object, whatever the
         * purpose holds: "mengingatkan seluruh ASN untuk menjaga
         * kedisiplinan dengan tetap hadir" (not after one of saying or
         * judging: "anggaran itu untuk membangun ...", "menyebutkan syarat
         * untuk mengikuti WBK adalah ...") */
        /* "untuk sementara" is a time, no purpose nor clause: "menjelaskan
         * pengelolaan cold storage untuk sementara dipegang BUMD" */
        if (k > 0 && seg_equals(s, w, "untuk") && !seg_trailing_punct(s, w) && followed_by(s, pos, end, "sementara")) {
            seg_next_word(s, end, &pos, &w);
            prev = w;
            continue;
        }
        if (k > 0 && !(cue & (CUE_SAYING | CUE_JUDGING)) && seg_equals(s, w, "untuk") &&
            (verb_follows(s, pos, end) || aux_follows(s, pos, end)))
            return false;
        /* a subordinate clause after the complement's first words is no
         * part of it: "menyampaikan terima kasih karena ... berkenan hadir";
         * after a verb that takes only a clause it is the clause's own
         * ("mengatakan warga antusias bila perekaman dilakukan di kampung") */
        if (k > 0 && !aux && !saying && word_in(SPEECH_SUBORDINATORS, s, w) && !relative)
            return false;
        if (intro) {
            adverbial = true;
            adverbial_object = false;
            /* after a verb of judging, which takes a clause more than an
             * object, an adverbial lengthens the subject without being it:
             * "menyebut stok minyak sawit di dalam negeri pada akhir Agustus
             * turun menjadi ..." */
            if ((cue & CUE_JUDGING) && window < CLAUSE_WINDOW + ADVERBIAL_WORDS)
                window += 3;
        } else if (after_intro && !verbal && !anaphoric) {
            adverbial_object = true; /* its noun phrase, not a verb phrase: "dalam membangun ..." */
        }
        after_intro = intro;
        /* "menilai bantuan tersebut tepat sasaran": after a verb of saying
         * or judging, the word after a noun phrase a demonstrative closes is
         * its predicate, whatever it is (not after one that takes a noun
         * phrase: "menyampaikan bantuan tersebut sekaligus ...") */
        size_t at = pos;
        seg_span next;
        if ((cue & (CUE_SAYING | CUE_JUDGING)) && k > 0 && !anaphoric && !relative && !verb_read &&
            !seg_trailing_punct(s, w) &&
            seg_lookup(SPEECH_ANAPHORA, s, w) == ANAPHORA_DEMONSTRATIVE && seg_next_word(s, end, &at, &next) &&
            !seg_is_capitalized(s, next) &&
            (comparative_state(s, next, at, end) || /* "pendampingan seperti ini lebih efektif" */
             /* a state that also opens adverbials: "menilai kuota itu sejalan dengan ..." */
             nominal_adjective(s + seg_core(s, next).start, seg_core(s, next).end - seg_core(s, next).start) ||
             !seg_in_any(s, next, 1u << SPEECH_INTRO | 1u << SPEECH_MENTION_STOPS | 1u << SPEECH_CONJUNCTIONS |
                                      1u << SPEECH_CLAUSE_MARKS | 1u << SPEECH_SUBORDINATORS |
                                      1u << SPEECH_ANAPHORA | 1u << SPEECH_ASIDES)))
            return true;
        /* ... and so does a relative clause: "memastikan sekitar 1,2 juta
         * tenaga non-ASN yang tidak lolos seleksi PPPK tahap I dan II bakal
         * diangkat ..." */
        if ((cue & CUE_JUDGING) && k > 0 && seg_equals(s, w, "yang") && window < CLAUSE_WINDOW + ADVERBIAL_WORDS)
            window += ADVERBIAL_WORDS;
        anaphoric = anaphoric || (k == 0 && seg_equals(s, w, "hal"));
        opens_adverbial = opens_adverbial || (k == 0 && intro); /* "mengatakan dalam melaksanakan ..." */
        verb_read = verb_read || verbal;
        if (k > 0 && !relative && (aux || (verbal && !addressing && (!adverbial || adverbial_object))))
            return true;
        /* "memastikan stok beras nasional aman", "mengaku ongkos ojek naik":
         * after a verb that takes a clause more than a noun phrase, a state
         * after a subject no adverbial or verb holds is its predicate (not
         * "menyampaikan beberapa poin penting", "mengaku mendapat banyak
         * ...") */
        seg_span wc = seg_core(s, w);
        bool free_subject = !adverbial || (adverbial_object && (cue & CUE_JUDGING)); /* "pemilih pada PSU turun" */
        /* (a comparative's state after any verb that takes a clause and
         * addresses no one: "berharap perayaan tahun ini lebih sederhana") */
        bool graded = comparative && (cue & CUE_CLAUSE) && !addressing;
        if (((cue & (CUE_SAYING | CUE_JUDGING)) || graded) && k > 0 && !relative && !verb_read && free_subject &&
            !seg_is_capitalized(s, w) && (nominal_adjective(s + wc.start, wc.end - wc.start) || comparative))
            return true;
        char p = seg_trailing_punct(s, w);
        if (p == ',' && skip_aside(s, end, &pos))
            continue;
        /* "berharap sinergi antara pemerintah provinsi, wakil gubernur,
         * Forkopimda, dan masyarakat semakin kuat": a list's comma */
        if (p == ',' && window < CLAUSE_WINDOW + ASIDE_WORDS && list_goes_on(s, pos, end)) {
            window += 3;
            prev = w;
            continue;
        }
        /* "mengatakan stok beras nasional aman.": a verb that takes only a
         * clause takes the words to the sentence's end for one, whatever
         * their predicate (not "mengatakan hal itu.") */
        if (p == '.' && saying && !anaphoric && !relative && !opens_adverbial && k >= 2)
            return true;
        if (p == '.' || p == ',')
            return false;
        prev = w;
    }
    /* ... and past the window: "mengatakan stok vaksin anti-rabies (VAR) untuk
     * manusia di 20 puskesmas dalam kondisi aman hingga akhir tahun." */
    return saying && !anaphoric && !relative && !opens_adverbial && no_comma_before_end(s, pos, end);
}

/* A reporter's sign-off closing the paragraph is no part of its last
 * sentence: "... Papua Barat.(amin/priyanto)", "... pembinaan. (Benny MS)",
 * "... rukun dan damai(adv-red)" (a few words in brackets after the full
 * stop, or glued to the last word with a slash or a dash inside; not "...
 * dana desa (DD)"). Where the sentence ends without it. */
static size_t before_signoff(const char *s, size_t start, size_t end)
{
    enum { MAX_SIGNOFF = 40, MAX_SIGNOFF_WORDS = 4 };
    size_t close = end;
    while (close > start && s[close - 1] == ' ')
        close--;
    size_t bracket = seg_closing_bracket(s, start, close, MAX_SIGNOFF), words = 1;
    if (bracket == close)
        return end;
    bool inner_mark = false, slash = false, digit = false;
    size_t letters = 0;
    for (size_t i = bracket + 1; i + 1 < close; i++) {
        if (s[i] == ')')
            return end;
        digit = digit || (s[i] >= '0' && s[i] <= '9');
        letters += (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z');
        words += s[i] == ' ';
        slash = slash || s[i] == '/';
        inner_mark = inner_mark || s[i] == '/' || s[i] == '-';
    }
    if (words > MAX_SIGNOFF_WORDS)
        return end;
    size_t before = bracket;
    while (before > start && s[before - 1] == ' ')
        before--;
    if (before == start)
        return end;
    char last = s[before - 1];
    bool glued = before == bracket && ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z'));
    /* a number only in a code or an office's, with a slash and letters,
     * after the full stop: "(ndy/k16)", "(Pendim 1412/Kla)"; not "(2/11)" */
    if (digit && (!slash || letters < 2 || glued))
        return end;
    return strchr(".!?", last) || (glued && inner_mark) ? bracket : end;
}

/* Adds the indirect quote s[clause, end) and its event; whether it did (a
 * clause of fewer than three words is none, unless a subject that is surely
 * one opens it: "mengatakan pihaknya siap"). */
static bool add_indirect(extractor *x, size_t para, const char *s, size_t clause, size_t end, const char *cue,
                         source_kind src, seg_span mention)
{
    end = before_signoff(s, clause, end);
    seg_span t = trim_text(s, clause, end, true);
    size_t words = count_words(s, t.start, t.end), at = t.start;
    seg_span first;
    if (words < 2 || (words == 2 && !(seg_next_word(s, t.end, &at, &first) &&
                                      seg_in_any(s, first, 1u << SPEECH_CLAUSE_SUBJECTS | 1u << SPEECH_PRONOUNS))))
        return false;
    finish_pending(x);
    long qi = add_quote(x, QUOTE_INDIRECT, span_dup(x, s, t), cue, para, t.start, t.end);
    if (qi < 0)
        return false;
    push_event(x, qi, src, s, mention);
    return true;
}

/* What follows a trailing tag's source: nothing, or an adverbial ("saat
 * ditemui", "di Kupang", "Senin (5/8)"); not the rest of a clause ("...,
 * lanjut X baru akan ..." is a cue inside the sentence). */
static bool ends_tag(const char *s, size_t from, size_t end)
{
    size_t pos = from;
    seg_span w;
    while (pos < end && strchr(" ,.!?", s[pos]))
        pos++;
    if (!seg_next_word(s, end, &pos, &w))
        return true;
    return is_stop(s, w) || opens_date_aside(s, w) || is_weekday(s, w);
}

/* A me-, ber- or di- verb among the words of s[from, to). */
static bool verb_between(const char *s, size_t from, size_t to)
{
    size_t pos = from;
    seg_span w;
    while (seg_next_word(s, to, &pos, &w))
        if (verb_form_of(s, w) != VERB_NONE)
            return true;
    return false;
}

/* "..., kata X." / "..., ujarnya." closing an unquoted sentence; the
 * source may have one apposition ("..., kata Kaur Keuangan Desa
 * Watukarung, Didik Wahyu Mardikintoko."). */
static bool trailing_cue(extractor *x, size_t para, const char *s, size_t start, size_t end)
{
    size_t pos = end, words = 0, appositions = 0;
    seg_span w, last = {0, 0};
    bool have = false;
    while (words < (appositions ? MENTION_WORDS : MENTION_WORDS / 2) && seg_prev_word(s, start, &pos, &w)) {
        words++;
        /* "..., ujar Dwi saat dikonfirmasi, Rabu (19/11/2025).": a date
         * aside closing the tag is read past */
        if (seg_trailing_punct(s, w) == ',' && have && (is_weekday(s, last) || opens_date_aside(s, last))) {
            have = false;
            continue;
        }
        if (seg_trailing_punct(s, w) == ',' && have) {
            bool pronoun;
            int v = cue_of(s, last, &pronoun);
            if ((v < 0 || !(v & CUE_BARE)) && (seg_is_capitalized(s, last) || word_in(SPEECH_POSITIONS, s, last)) &&
                !appositions++ && !verb_between(s, last.start, end)) {
                last = w; /* the apposition's comma: the tag is further back */
                continue;
            }
            if (v < 0 || !(v & CUE_BARE) || seg_is_capitalized(s, last) || (appositions && pronoun))
                return false;
            seg_span m = pronoun ? (seg_span){last.end, last.end} : read_mention(s, last.end, end);
            source_kind src = pronoun ? SOURCE_PRONOUN : source_of(s, m);
            if (src == SOURCE_NONE || !ends_tag(s, pronoun ? last.end : m.end, end))
                return false;
            add_indirect(x, para, s, start, w.end, cue_dup(x, s, last), src, m);
            return true;
        }
        last = w;
        have = true;
    }
    return false;
}

/* A word that may stand in a mention after "Menurut": a capitalised word, a
 * title or degree, a name's lower-case particle ("Marlina br Tumangger",
 * "Ahmad bin Umar"), a pronoun, a demonstrative closing an epithet. */
static bool mention_word(const char *s, seg_span w)
{
    return seg_is_capitalized(s, w) || word_in(SPEECH_TITLES, s, w) || seg_is_degree(s, w) ||
           seg_in_any(s, w, 1u << SPEECH_PRONOUNS | 1u << SPEECH_ANAPHORA | 1u << SPEECH_NAME_PARTICLES);
}

/* "Menurut X, ..." / "Menurutnya, ..." / "Kata X, ..." / "Imbuh X, ..." /
 * "Lanjutnya, ..."; "Menurut" also without the comma: "Menurutnya Aceh
 * Besar ...", "Menurut Mantan Kapolda NTB itu media harus ..." (the mention
 * ends at its first lower-case word). */
static bool according_to(extractor *x, size_t para, const char *s, size_t start, size_t end)
{
    size_t pos = start;
    seg_span first, w;
    bool pronoun = false;
    if (!seg_next_word(s, end, &pos, &first))
        return false;
    bool menurut = is_menurut(s, first, &pronoun);
    /* "Kata X, ...", "Imbuh X, ...", "Lanjutnya, ...": a tag opening the sentence */
    bool tag_pronoun = false;
    int v = menurut ? -1 : cue_of(s, first, &tag_pronoun);
    bool tag = v >= 0 && (v & CUE_BARE) && seg_is_capitalized(s, first);
    if (!menurut && !tag)
        return false;
    if (pronoun || tag_pronoun) {
        if (tag_pronoun && seg_trailing_punct(s, first) != ',')
            return false;
        add_indirect(x, para, s, first.end, end, cue_dup(x, s, first), SOURCE_PRONOUN, (seg_span){0, 0});
        return true;
    }
    size_t mention_end = first.end, clause = 0;
    int clause_k = 0;
    bool closed = false; /* a demonstrative ended the mention */
    for (int k = 0; k < MENTION_WORDS && seg_next_word(s, end, &pos, &w); k++) {
        char p = seg_trailing_punct(s, w);
        /* "Menurut Kepala Desa setempat, ...": a comma right after the
         * first lower-case word still closes the mention, and so does one
         * after the demonstrative closing an epithet ("Menurut politikus
         * Partai NasDem itu, ...") */
        if (p == ',' && (!clause || k - clause_k <= 1 || seg_lookup(SPEECH_ANAPHORA, s, w) == ANAPHORA_DEMONSTRATIVE)) {
            /* "Menurut dr. Budi Santoso, M.Kes, ...": the degrees after the
             * name's comma are the mention's */
            size_t at = pos;
            seg_span d;
            while (!clause && seg_next_word(s, end, &at, &d) && seg_is_degree(s, d) && seg_trailing_punct(s, d) == ',')
                w = d, pos = at;
            seg_span m = {first.end, w.end};
            while (m.start < m.end && s[m.start] == ' ')
                m.start++;
            m.end--;
            if (!person_like(s, m))
                return false;
            add_indirect(x, para, s, w.end, end, cue_dup(x, s, first), source_of(s, m), m);
            return true;
        }
        /* "Menurut Kepala Bagian Humas dan Protokol X, ...": a conjunction
         * between capitalised words stays in the mention */
        size_t at = pos;
        seg_span next;
        bool joined = word_in(SPEECH_CONJUNCTIONS, s, w) && seg_next_word(s, end, &at, &next) &&
                      seg_is_capitalized(s, next);
        /* (and the description in small letters that opens it: "Menurut ekonom INDEF Bhima Yudhistira, ...") */
        bool described = k == 0 && word_in(SPEECH_POSITIONS, s, w);
        if (!clause && !closed && (mention_word(s, w) || joined || described)) {
            mention_end = w.end;
            closed = seg_in_any(s, w, 1u << SPEECH_ANAPHORA | 1u << SPEECH_PRONOUNS);
        } else if (!clause) {
            clause = w.start;
            clause_k = k;
        }
        if (p == '.' && !dotted_word(s, w)) /* "Menurut Kepala Desa H. Muhidin, ..." */
            break;
    }
    if (!menurut || !clause || mention_end == first.end)
        return false;
    seg_span m = {first.end, mention_end};
    while (m.start < m.end && s[m.start] == ' ')
        m.start++;
    if (!person_like(s, m))
        return false;
    add_indirect(x, para, s, clause, end, cue_dup(x, s, first), source_of(s, m), m);
    return true;
}

/* The words naming the source in a cue aside, up to its closing comma
 * (", kata Agus,", ", ungkap Wagubri,", ", kata dia,"): each a name word.
 * Sets *after past the comma; empty when there is none. */
static size_t apposed_names(const char *s, size_t from, size_t end);

/* "juru bicara": an office whose second word is a verb of speech. */
static bool office_pair(const char *s, seg_span prev, seg_span w)
{
    return seg_equals(s, prev, "juru") && seg_equals(s, w, "bicara");
}

static seg_span aside_source(const char *s, size_t from, size_t end, size_t *after)
{
    size_t pos = from;
    seg_span w, prev = {from, from};
    for (int k = 0; k < MENTION_WORDS / 2 && seg_next_word(s, end, &pos, &w); prev = w, k++) {
        if (k > 0 && office_pair(s, prev, w) && !seg_trailing_punct(s, w))
            continue; /* ", kata juru bicara Fraksi PAN, X, ..." */
        /* ", lanjut Hasanudin baru akan ...": the writer left the closing
         * comma out; the name ends at the clause's first word */
        bool pronoun;
        if (k > 0 && !seg_is_capitalized(s, w) &&
            (seg_equals(s, w, "yang") || /* "kata pria yang akrab disapa Afong itu," */
             !seg_in_any(s, w, 1u << SPEECH_MENTION_STOPS | 1u << SPEECH_INTRO | 1u << SPEECH_PRONOUNS |
                                   1u << SPEECH_ANAPHORA | 1u << SPEECH_TITLES)) &&
            !seg_is_degree(s, w) && verb_form_of(s, w) == VERB_NONE && cue_of(s, w, &pronoun) < 0) {
            /* an aside right after the name ("lanjut Sinaga sapaan akrabnya,
             * ...") goes to its comma; a demonstrative before that comma
             * closes an epithet the whole way ("kata perwira menengah Polri
             * itu, ...", a longer one too: "kata legislator asal daerah
             * pemilihan Pohuwato–Boalemo itu, ..."), and the mention ends
             * before it */
            *after = w.start;
            size_t at = w.start, name_end = w.start;
            seg_span a;
            for (int j = 0; j < EPITHET_WORDS && seg_next_word(s, end, &at, &a); j++)
                if (seg_trailing_punct(s, a)) {
                    bool demonstrative = seg_lookup(SPEECH_ANAPHORA, s, a) == ANAPHORA_DEMONSTRATIVE;
                    if (seg_trailing_punct(s, a) == ',' && (j < NAME_ASIDE_WORDS || demonstrative)) {
                        *after = a.end;
                        /* (a relative clause the demonstrative closes is the
                         * event's to read, nickname and all: push_event) */
                        if (demonstrative && !seg_equals(s, w, "yang"))
                            name_end = a.start;
                    }
                    break;
                }
            seg_span m = {from, name_end};
            while (m.start < m.end && s[m.start] == ' ')
                m.start++;
            while (m.end > m.start && s[m.end - 1] == ' ')
                m.end--;
            return m;
        }
        /* ", kata jaksa,", ", menurut pengamat,", ", kata pria yang akrab
         * disapa Afong itu,": a description in small letters; a title's dot
         * ends nothing (", kata Tgk. Yusri,") */
        if (!(mention_word(s, w) || seg_in_any(s, w, 1u << SPEECH_POSITIONS | 1u << SPEECH_SELF_REFERENCES)) ||
            (seg_trailing_punct(s, w) == '.' && !dotted_word(s, w)))
            break;
        if (seg_trailing_punct(s, w) == ',') {
            *after = w.end;
            seg_span m = {from, w.end - 1};
            while (m.start < m.end && s[m.start] == ' ')
                m.start++;
            /* a description in small letters and the name apposed to it: ", kata juru bicara Fraksi
             * PAN, Desi Ratnasari Tanjung, ..." */
            size_t apposed = !seg_is_capitalized(s, (seg_span){m.start, m.end}) ? apposed_names(s, w.end, end)
                                                                                 : w.end;
            if (apposed > w.end) {
                m.end = apposed - 1;
                *after = apposed;
            }
            return m;
        }
    }
    return (seg_span){from, from};
}

/* A cue inside the sentence: "Program itu, kata X, akan ...", "Hal ini,
 * menurutnya, bisa ...", "X diakuinya sudah ..." give the whole sentence,
 * cue included; after a
 * connective ("Itu sebabnya, lanjut X, ...", "Kemudian lagi katanya, ...")
 * the clause after the cue (GOLD.md). */
static bool inside_cue(extractor *x, size_t para, const char *s, size_t start, size_t end)
{
    size_t pos = start;
    seg_span w;
    bool connective = true; /* every word before the cue is a connective */
    char prev_punct = 0;
    seg_span prev = {start, start};
    for (int k = 0; k < SUBJECT_WORDS && seg_next_word(s, end, &pos, &w); k++) {
        char punct = seg_trailing_punct(s, w);
        bool capitalized = seg_is_capitalized(s, w);
        bool pronoun = false, menurutnya = false, after_comma = k > 0 && prev_punct == ',';
        int v = capitalized ? -1 : cue_of(s, w, &pronoun);
        bool menurut = !capitalized && is_menurut(s, w, &menurutnya);
        pronoun = pronoun || menurutnya;
        /* "Menurut" needs no comma before it: "karena menurutnya hal itu ...",
         * "Salah satu wujud rasa syukur menurutnya ASN harus ..." */
        if (k > 0 && (after_comma || connective || menurut) && ((v >= 0 && (v & CUE_BARE)) || menurut)) {
            size_t clause = 0;
            seg_span m = {w.end, w.end};
            if (pronoun && (punct == ',' || (menurutnya && !punct)))
                clause = w.end;
            else if (!pronoun && !punct)
                m = aside_source(s, w.end, end, &clause);
            if (!clause || (!pronoun && (m.end <= m.start || !person_like(s, m))))
                return false;
            /* after a connective or a subordinator ("karena menurutnya"), the
             * clause after the cue; else the whole sentence */
            bool clause_only = connective || (!after_comma && seg_in_any(s, prev, 1u << SPEECH_CONNECTIVES |
                                                                                1u << SPEECH_SUBORDINATORS));
            /* "Luthfi ... menyoroti kantor SAR yang menurutnya masih ...": the
             * pronoun is the sentence's subject, a person named before its
             * verb (not a relative clause's: "lahan warga yang berada di
             * wilayah sengketa, lanjutnya, ...") */
            size_t verb = pronoun && !clause_only ? next_verb(s, start, w.start) : w.start, back = verb;
            seg_span before_verb, subject = {0, 0};
            if (verb < w.start && !(seg_prev_word(s, start, &back, &before_verb) && seg_equals(s, before_verb, "yang")))
                subject = subject_before(s, start, verb);
            if (subject.end > subject.start && seg_is_capitalized(s, subject) &&
                source_of(s, subject) == SOURCE_MENTION && person_like(s, subject))
                push_event(x, -1, SOURCE_MENTION, s, subject);
            add_indirect(x, para, s, clause_only ? clause : start, end, cue_dup(x, s, w),
                         pronoun ? SOURCE_PRONOUN : source_of(s, m), m);
            return true;
        }
        /* "Pencapaian KSB saat ini diakuinya sudah sangat luar biasa": a
         * passive -nya cue before the predicate */
        size_t at = pos;
        seg_span next;
        if (k > 0 && v >= 0 && (v & CUE_PASSIVE) && pronoun && !punct && seg_next_word(s, end, &at, &next) &&
            word_in(SPEECH_AUX, s, next))
            return add_indirect(x, para, s, start, end, cue_dup(x, s, w), SOURCE_PRONOUN, (seg_span){0, 0});
        connective = connective && word_in(SPEECH_CONNECTIVES, s, w);
        if (punct == '.')
            return false;
        prev_punct = punct;
        prev = w;
    }
    return false;
}

/* After a passive cue at `from`, "bahwa" with no agent before it, an adverb
 * aside ("disampaikan pula bahwa", "juga dijelaskan bahwa"): where the
 * clause starts, or 0. */
static size_t agentless_clause(const char *s, size_t from, size_t end)
{
    size_t pos = from;
    seg_span n;
    if (seg_next_word(s, end, &pos, &n) && !seg_trailing_punct(s, n) &&
        seg_in_any(s, n, 1u << SPEECH_AUX | 1u << SPEECH_CONNECTIVES) && !word_in(SPEECH_CLAUSE_MARKS, s, n))
        ; /* "pula", "juga", "lagi" */
    else
        pos = from;
    return seg_next_word(s, end, &pos, &n) && seg_equals(s, n, "bahwa") ? n.end : 0;
}

/* "bahwa" in s[from, to): what an agentless passive needs, found before any
 * word is read. */
static bool has_bahwa(const char *s, size_t from, size_t to)
{
    for (const char *p = s + from, *e = s + to; (p = memchr(p, 'h', (size_t)(e - p))) != NULL; p++)
        if (p - s >= (ptrdiff_t)from + 2 && e - p >= 3 && memcmp(p - 2, "bahwa", 5) == 0)
            return true;
    return false;
}

/* "Pada kegiatan tersebut juga disampaikan bahwa ...": a passive cue with
 * no agent after an adverbial; the clause is the current speaker's, if any.
 * Not after a name ("Bupati X yang dibacakan oleh Camat disampaikan bahwa":
 * the sentence's subject speaks) or a document ("Berdasarkan PMA ...,
 * disampaikan bahwa"). */
static bool agentless_passive(extractor *x, size_t para, const char *s, size_t start, size_t end)
{
    if (!has_bahwa(s, start, end))
        return false;
    size_t pos = start;
    seg_span w;
    for (int k = 0; k < SUBJECT_WORDS && seg_next_word(s, end, &pos, &w); k++) {
        if ((k > 0 && seg_is_capitalized(s, w)) || word_in(SPEECH_ACCORDING, s, w))
            return false;
        /* only a me-, ber- or di- word can be a speech verb: the others are not looked up */
        verb_form form = seg_trailing_punct(s, w) ? VERB_NONE : verb_form_of(s, w);
        bool pronoun;
        int v = form != VERB_NONE ? cue_of(s, w, &pronoun) : -1;
        if (v >= 0 && (v & CUE_VERB))
            return false; /* a sentence with its own speech verb */
        size_t mark = v >= 0 && (v & CUE_PASSIVE) && !pronoun ? agentless_clause(s, w.end, end) : 0;
        if (mark) {
            add_indirect(x, para, s, mark, end, cue_dup(x, s, w), SOURCE_NONE, (seg_span){0, 0});
            return true;
        }
    }
    return false;
}

/* After `from`, a few capitalised words (titles, degrees) closed by a comma:
 * a name or place apposed to a source. The comma's end, or `from`. */
static size_t apposed_names(const char *s, size_t from, size_t end)
{
    enum { MAX_APPOSED_WORDS = 4 };
    size_t pos = from;
    seg_span w;
    for (int k = 0; k < MAX_APPOSED_WORDS && seg_next_word(s, end, &pos, &w); k++) {
        if (!mention_word(s, w) || word_in(SPEECH_PRONOUNS, s, w) || word_in(SPEECH_ANAPHORA, s, w))
            return from;
        char p = seg_trailing_punct(s, w);
        if (p == ',')
            return w.end;
        if (p && (p != '.' || !dotted_word(s, w)))
            return from;
    }
    return from;
}

/* A passive cue opening the sentence: "Dikatakan X, ...", "Dijelaskan,
 * ..." (no agent: the current speaker's), "Lebih lanjut dikatakan oleh X,
 * bahwa ...", "Dikatakan, X bahwa ...". */
static bool passive_cue(extractor *x, size_t para, const char *s, size_t start, size_t end)
{
    size_t pos = start;
    seg_span w;
    for (int k = 0; k < 4 && seg_next_word(s, end, &pos, &w); k++) {
        bool pronoun;
        int v = cue_of(s, w, &pronoun);
        if (v < 0 || !(v & CUE_PASSIVE)) {
            if (!word_in(SPEECH_CONNECTIVES, s, w))
                return agentless_passive(x, para, s, start, end);
            continue;
        }
        size_t clause = 0, at = pos;
        seg_span m = {w.end, w.end}, n;
        if (seg_trailing_punct(s, w) == ',') {
            clause = w.end;
            /* "Dikatakan, Pj Gubri SF Hariyanto bahwa ...", "Disampaikan, H
             * Rahmi, ...": the agent after the comma */
            bool agent_comma = false;
            while (!agent_comma && seg_next_word(s, end, &at, &n) && !pronoun && mention_word(s, n) &&
                   (seg_trailing_punct(s, n) != '.' || dotted_word(s, n))) {
                agent_comma = seg_trailing_punct(s, n) == ',';
                m.end = agent_comma ? n.end - 1 : n.end;
            }
            if (m.end > m.start && (agent_comma || word_in(SPEECH_CLAUSE_MARKS, s, n))) {
                clause = n.end;
                m.start = w.end + 1;
            } else {
                m = (seg_span){w.end, w.end};
            }
        } else if (seg_next_word(s, end, &at, &n) && seg_trailing_punct(s, n) == ',' &&
                   seg_in_any(s, n, 1u << SPEECH_AUX | 1u << SPEECH_CONNECTIVES) &&
                   !seg_is_capitalized(s, n)) {
            clause = n.end; /* "Ditegaskan pula, ...": an adverb before the comma, no agent */
        } else {
            at = pos;
            size_t mark = agentless_clause(s, pos, end);
            if (mark) { /* "Dijelaskan bahwa ...": the passage's speaker's, if any */
                add_indirect(x, para, s, mark, end, cue_dup(x, s, w), SOURCE_NONE, (seg_span){0, 0});
                return true;
            }
            if (seg_next_word(s, end, &at, &n) && seg_equals(s, n, "olehnya") && seg_trailing_punct(s, n) == ',') {
                add_indirect(x, para, s, n.end, end, cue_dup(x, s, w), SOURCE_PRONOUN, (seg_span){0, 0});
                return true; /* "dikatakan olehnya, ..." */
            }
            at = pos;
            /* "Disampaikan pula oleh X, ...": an adverb before the agent's "oleh" */
            if (seg_next_word(s, end, &at, &n) && !seg_trailing_punct(s, n) && !seg_is_capitalized(s, n) &&
                seg_in_any(s, n, 1u << SPEECH_AUX | 1u << SPEECH_CONNECTIVES)) {
                size_t past = at;
                seg_span by;
                if (seg_next_word(s, end, &past, &by) && seg_equals(s, by, "oleh"))
                    pos = at;
            }
            at = pos;
            if (seg_next_word(s, end, &at, &n) && seg_equals(s, n, "oleh"))
                pos = at;
            at = pos;
            for (int j = 0; j < MENTION_WORDS && seg_next_word(s, end, &at, &n); j++) {
                char p = seg_trailing_punct(s, n);
                if (word_in(SPEECH_CLAUSE_MARKS, s, n) || p == ',') {
                    clause = n.end;
                    m = read_mention(s, pos, word_in(SPEECH_CLAUSE_MARKS, s, n) ? n.start : n.end);
                    break;
                }
                if (p && (p != '.' || !dotted_word(s, n))) /* "Dikatakan H. Muhidin, ..." */
                    break;
            }
            if (!clause || (!pronoun && (m.end <= m.start || !person_like(s, m))))
                return false;
            /* "Disampaikan Plt Kalak BPBD Balangan, H Rahmi, sehubungan ...":
             * names and places apposed to the agent, each closed by its comma */
            size_t appositive_end;
            while (m.end > m.start && (appositive_end = apposed_names(s, clause, end)) > clause) {
                m.end = appositive_end - 1;
                clause = appositive_end;
            }
        }
        /* "Disampaikan Ketua X, Burhan, SAg.MH menyampaikan, ...": the writer
         * doubled the cue; the agent's degrees go with it */
        size_t degrees_end = clause;
        at = clause;
        while (m.end > m.start && seg_next_word(s, end, &at, &n) && seg_is_degree(s, n))
            degrees_end = n.end;
        at = degrees_end;
        bool doubled_pronoun;
        int again = m.end > m.start && seg_next_word(s, end, &at, &n) ? cue_of(s, n, &doubled_pronoun) : -1;
        if (again >= 0 && (again & CUE_VERB) && !doubled_pronoun && seg_trailing_punct(s, n) == ',') {
            m.end = degrees_end > clause ? degrees_end : m.end;
            clause = n.end;
        }
        /* "Dikatakan X, bahwa ...": the mark opens the clause */
        at = clause;
        if (seg_next_word(s, end, &at, &n) && word_in(SPEECH_CLAUSE_MARKS, s, n))
            clause = n.end;
        add_indirect(x, para, s, clause, end, cue_dup(x, s, w), pronoun ? SOURCE_PRONOUN : source_of(s, m), m);
        return true;
    }
    return false;
}

/* "doktor lulusan Universitas Padjadjaran, Bandung ini berharap ...": a
 * lower-case description that names something and that a demonstrative
 * closes right before the verb points back to the current speaker (not
 * "kegiatan ini"). */
static bool is_epithet_subject(const char *s, seg_span m, size_t verb)
{
    size_t pos = verb, at = m.start;
    seg_span last, w;
    if (!seg_prev_word(s, m.start, &pos, &last) || !word_in(SPEECH_ANAPHORA, s, last))
        return false;
    while (seg_next_word(s, m.end, &at, &w))
        if (seg_is_capitalized(s, w))
            return true;
    return false;
}

/* After "meminta", "mengimbau", "mengingatkan" the people addressed, then
 * the clause mark: "meminta seluruh kepala madrasah agar ...", "mengingatkan
 * kepada ASN bahwa ..."; past the mark, or 0 (not "meminta X untuk ...",
 * "meminta X mempercepat ..."). */
static size_t past_addressee(const char *s, size_t from, size_t end)
{
    size_t pos = from;
    seg_span w;
    for (int k = 0; k < CLAUSE_WINDOW && seg_next_word(s, end, &pos, &w); k++) {
        if (word_in(SPEECH_CLAUSE_MARKS, s, w))
            return k > 0 ? w.end : 0;
        /* "menegaskan pentingnya data agar ...": a noun phrase's purpose */
        bool noun_phrase = k == 0 && ends_with_nya(s, seg_core(s, w)) && !word_in(SPEECH_CLAUSE_SUBJECTS, s, w);
        if (noun_phrase || seg_trailing_punct(s, w) || verb_form_of(s, w) != VERB_NONE || seg_equals(s, w, "untuk"))
            return 0;
    }
    return 0;
}

/* "Rapat ini dihadiri ...", "Kegiatan tersebut ...": one capitalised word
 * that a demonstrative closes names a thing, not a person (unlike "Bupati
 * ini", an office). `stop` is the word the mention stopped at. */
static bool names_a_thing(const char *s, seg_span m, seg_span stop)
{
    size_t pos = m.start;
    seg_span first;
    /* (not a person's or a body's noun: "Pria itu menyatakan", "Balai itu juga menyatakan") */
    return word_in(SPEECH_ANAPHORA, s, stop) && seg_next_word(s, m.end, &pos, &first) && first.end >= m.end &&
           !seg_in_any(s, first, 1u << SPEECH_POSITIONS | 1u << SPEECH_PRONOUNS | 1u << SPEECH_SELF_REFERENCES |
                                     1u << SPEECH_ORG);
}

/* The capitalised words right before `at` (a relative "yang"), when they
 * name a person by an office or a title: "amanat Kapolri", "sambutan
 * Menteri Agama RI Yaqut Cholil Qoumas". Empty otherwise ("pesan berantai
 * melalui WhatsApp dan Facebook"). */
static seg_span named_before_relative(const char *s, size_t start, size_t at)
{
    size_t pos = at, first = at;
    seg_span w, last = {at, at};
    bool person = false;
    for (int k = 0; k < MENTION_WORDS && seg_prev_word(s, start, &pos, &w); k++) {
        if (seg_trailing_punct(s, w) == ',' ||
            !(seg_is_capitalized(s, w) || word_in(SPEECH_TITLES, s, w) || seg_is_degree(s, w)))
            break;
        if (last.start == at)
            last = w;
        first = w.start;
        person = person || seg_in_any(s, w, 1u << SPEECH_POSITIONS | 1u << SPEECH_TITLES | 1u << SPEECH_HONORIFICS);
    }
    return person ? (seg_span){first, seg_core(s, last).end} : (seg_span){0, 0};
}

/* "Kapolda Sultra melalui Kabid Humas Kombes Pol Bagas Kuntadi
 * mengatakan": the office speaks (the quote is its), through a person the
 * article may quote by name later ("ujar Bagas"), who is met here: the
 * words between the subject m and the cue at `verb`. */
static void through_person(extractor *x, const char *s, seg_span m, size_t verb)
{
    size_t pos = m.end;
    seg_span w;
    if (!seg_next_word(s, verb, &pos, &w) || !(seg_equals(s, w, "melalui") || seg_equals(s, w, "lewat")))
        return;
    seg_span through = read_mention(s, pos, verb);
    if (through.end > through.start && person_like(s, through))
        push_event(x, -1, SOURCE_MENTION, s, through);
}

/* "Pelatihan dibuka secara resmi oleh Asisten Perekonomian ..., Martahan
 * Solin. Dalam arahannya, ia menyampaikan ...": a sentence that opens with
 * the speech of someone ("Dalam sambutannya", a speech noun's -nya) and
 * goes on with a pronoun points at whoever the sentence before had open or
 * lead the event, its passive's agent ("dibuka oleh X", "dipimpin X"); that
 * person is met first. */
static void speech_giver_before(extractor *x, const char *s, size_t start, size_t end)
{
    const plain_sentence *b = &x->before;
    size_t pos = start, back = start;
    seg_span first, noun;
    bool pronoun;
    /* the opener starts the sentence, or is behind `start` when the clause
     * reader skipped it with its comma */
    bool opens = seg_next_word(s, end, &pos, &first) && seg_equals(s, first, "dalam") &&
                 seg_next_word(s, end, &pos, &noun);
    if (!opens)
        opens = seg_prev_word(s, 0, &back, &noun) && seg_prev_word(s, 0, &back, &first) &&
                seg_equals(s, first, "dalam");
    int v = opens ? cue_of(s, noun, &pronoun) : -1;
    if (!b->s || v < 0 || !(v & CUE_NOUN) || !pronoun)
        return;
    size_t at = b->span.start, by_end = 0;
    seg_span w;
    /* the agent after "oleh", or right after the passive ("Ibadah dipimpin
     * Pendeta X, Pdt. Y, S.Th.") */
    while (seg_next_word(b->s, b->span.end, &at, &w))
        if (seg_equals(b->s, w, "oleh") || (!by_end && verb_form_of(b->s, w) == VERB_PASSIVE))
            by_end = w.end;
    seg_span m = by_end ? read_mention(b->s, by_end, b->span.end) : (seg_span){0, 0};
    /* and the name and degrees apposed to the office ("..., Martahan Solin, S.E.") */
    for (at = m.end; m.end > m.start && seg_next_word(b->s, b->span.end, &at, &w) && mention_word(b->s, w);)
        m.end = seg_core(b->s, w).end;
    if (m.end > m.start && person_like(b->s, m))
        push_event(x, -1, SOURCE_MENTION, b->s, m);
}

/* The words from `at` close a comma aside, and a speech verb follows it. */
static bool aside_before_cue(const char *s, size_t at, size_t end)
{
    seg_span w;
    for (int k = 0; k < ASIDE_WORDS && seg_next_word(s, end, &at, &w); k++)
        if (seg_trailing_punct(s, w) == ',') {
            bool pronoun;
            int v = seg_next_word(s, end, &at, &w) ? cue_of(s, w, &pronoun) : -1;
            return v >= 0 && (v & CUE_VERB) && !pronoun;
        }
    return false;
}

/* "X mengatakan bahwa ...", "X menjelaskan, ...", "X berharap agar ...",
 * "X mengatakan pihaknya akan ...". */
static bool reported_clause(extractor *x, size_t para, const char *s, size_t start, size_t end)
{
    size_t pos = start;
    seg_span w, prev = {start, start}, before_prev = {start, start};
    bool declined = false; /* a cue before took no clause */
    for (int k = 0; k <= SUBJECT_WORDS && seg_next_word(s, end, &pos, &w); before_prev = prev, prev = w, k++) {
        if (seg_is_capitalized(s, w))
            continue;
        bool pronoun;
        int v = cue_of(s, w, &pronoun);
        if (declined && !(v >= 0 && (v & CUE_VERB) && word_in(SPEECH_CONJUNCTIONS, s, prev)))
            continue;
        /* "pesan berantai yang menyebutkan ...": a verb in a restrictive
         * clause speaks for the noun before it (unlike "oleh X, yang
         * menekankan", where "yang" follows the apposed person) */
        bool restrictive = seg_equals(s, prev, "yang") && seg_trailing_punct(s, before_prev) != ',';
        if (v < 0 || !(v & CUE_VERB) || pronoun)
            continue;
        /* "mengkaji skema baru ... untuk memastikan subsidi tepat sasaran":
         * a verb of purpose reports nothing said */
        if (seg_equals(s, prev, "untuk"))
            continue;
        /* "Seorang pekerja ..., yang meminta namanya tidak disebut, mengatakan
         * ...": an aside's verb between commas; the sentence's cue follows it */
        if (seg_equals(s, prev, "yang") && seg_trailing_punct(s, before_prev) == ',' && aside_before_cue(s, w.end, end))
            continue;
        /* "belum menyatakan akan kembali mencalonkan diri": a negated cue
         * reports nothing said */
        if (prev.end > prev.start && seg_lookup(SPEECH_AUX, s, prev) == AUX_NEGATION)
            return false;
        size_t clause = 0, after = pos;
        seg_span next;
        char p = seg_trailing_punct(s, w);
        bool marked = seg_next_word(s, end, &after, &next) && word_in(SPEECH_CLAUSE_MARKS, s, next);
        if (marked) /* "mengatakan bahwa ...", "mengatakan, bahwa ..." */
            clause = next.end;
        else if (p == ',' || p == ':')
            clause = w.end;
        else if ((v & CUE_CLAUSE) && starts_clause(s, w.end, end, v))
            clause = w.end;
        else
            clause = past_addressee(s, w.end, end);
        /* "menyampaikan apresiasi dan berharap PN Wonosari terus ...": a cue
         * with an object, a predicate joined to it that reports */
        if (!clause) {
            declined = true;
            continue;
        }
        /* the message, letter or report the clause speaks for is no person:
         * a quote with no source */
        if (restrictive) {
            /* "membacakan amanat Kapolri yang menegaskan bahwa ...": the
             * person the relative clause follows speaks (GOLD.md: the
             * speaker is the subject of the cue) */
            seg_span named = named_before_relative(s, start, prev.start);
            source_kind src = named.end > named.start ? SOURCE_MENTION : SOURCE_NONE;
            add_indirect(x, para, s, clause, end, cue_dup(x, s, w), src, named);
            return true;
        }
        seg_span m = subject_before(s, start, w.start);
        if (m.end > m.start && !person_like(s, m) && is_epithet_subject(s, m, w.start)) {
            add_indirect(x, para, s, clause, end, cue_dup(x, s, w), SOURCE_PRONOUN, (seg_span){0, 0});
            return true;
        }
        size_t at = m.end;
        seg_span after_m;
        if (m.end <= m.start || !person_like(s, m) ||
            (seg_next_word(s, w.start, &at, &after_m) && names_a_thing(s, m, after_m))) /* "Kolaborasi ini ..." */
            return false;
        through_person(x, s, m, w.start);
        if (source_of(s, m) == SOURCE_PRONOUN)
            speech_giver_before(x, s, start, end);
        /* "X menyampaikan persoalan berbeda.": too short a clause is none,
         * and the sentence's subject is read as any other's */
        return add_indirect(x, para, s, clause, end, cue_dup(x, s, w), source_of(s, m), m);
    }
    return false;
}

/* A speech verb in the sentence: one with its own cue and a noun phrase
 * ("X menyampaikan apresiasi ...") is no reported clause for a later
 * "Hal itu disampaikan X"; one that is what someone is asked or bound to
 * do is no speech ("Petani diminta melaporkan bibit yang mati ...", "wajib
 * melaporkan", "untuk menyampaikan"). */
static bool has_speech_verb(const char *s, seg_span sentence)
{
    size_t pos = sentence.start;
    seg_span w;
    bool pronoun, bound = false;
    while (seg_next_word(s, sentence.end, &pos, &w)) {
        int v = cue_of(s, w, &pronoun);
        if (v >= 0 && (v & CUE_VERB) && !bound)
            return true;
        bound = !seg_trailing_punct(s, w) &&
                (verb_form_of(s, w) == VERB_PASSIVE || word_in(SPEECH_AUX, s, w) || seg_equals(s, w, "untuk") ||
                 word_in(SPEECH_CLAUSE_MARKS, s, w));
    }
    return false;
}

/* "Demikian disampaikan X", "Hal ini diungkapkan X": the source of the
 * uncued quotes just before, or else of the sentence before (x->before,
 * when it held no quote), an indirect quote (GOLD.md). */
static bool attributes_back(extractor *x, const char *s, size_t start, size_t end)
{
    size_t pos = start;
    seg_span w;
    bool likeness = false; /* "Hal senada disampaikan X": X says the same again, the words before stay theirs */
    for (int k = 0; k < 3 && seg_next_word(s, end, &pos, &w); k++) {
        bool pronoun;
        int v = cue_of(s, w, &pronoun);
        if (k > 0 && v >= 0 && (v & CUE_PASSIVE)) {
            size_t after = pos;
            seg_span next;
            if (seg_next_word(s, end, &after, &next) && seg_equals(s, next, "oleh"))
                pos = after;
            seg_span m = read_mention(s, pos, end);
            if (m.end <= m.start)
                return false;
            bool named = likeness;
            size_t named_from = x->events.len; /* the events this sentence names the source of */
            for (size_t i = x->events.len; !likeness && i-- > 0 && x->events.items[i].quote >= 0 &&
                                           x->events.items[i].source == SOURCE_NONE;) {
                x->events.items[i].source = source_of(s, m);
                x->events.items[i].mention = span_dup(x, s, m);
                named = true;
                named_from = i;
            }
            const plain_sentence *b = &x->before;
            if (!named && b->s && !has_speech_verb(b->s, b->span) &&
                add_indirect(x, b->para, b->s, skip_dateline(b->s, b->span.start, b->span.end), b->span.end,
                             cue_dup(x, s, w), SOURCE_NONE, (seg_span){0, 0})) {
                /* the quote's event names its source in this sentence's words */
                speech_event *ev = &x->events.items[x->events.len - 1];
                ev->source = source_of(s, m);
                ev->mention = ev->source == SOURCE_MENTION ? span_dup(x, s, m) : NULL;
                named_from = x->events.len - 1;
            }
            size_t giver = x->events.len;
            push_event(x, -1, source_of(s, m), s, m);
            /* what the words are read as there, an epithet a demonstrative
             * closes among it ("Hal itu ditegaskan pejabat eselon III itu
             * dalam rapat"), they are in the events named before it */
            for (size_t i = named_from; x->events.len > giver && i < giver; i++)
                x->events.items[i].demonstrative = x->events.items[giver].demonstrative;
            return true;
        }
        int anaphora = seg_lookup(SPEECH_ANAPHORA, s, w);
        /* "Kalimat itu disampaikan X", "Pernyataan tersebut diungkapkan X":
         * a speech noun before the demonstrative points back as "Hal" does */
        if (anaphora < 0 && !(k == 0 && v >= 0 && (v & CUE_NOUN) && !pronoun))
            return false;
        likeness = likeness || anaphora == ANAPHORA_LIKENESS;
    }
    return false;
}

/* The giver of a speech the sentence names, with no quote of theirs. */
static void push_speech_giver(extractor *x, const char *s, seg_span m)
{
    size_t before = x->events.len;
    push_event(x, -1, SOURCE_MENTION, s, m);
    if (x->events.len > before)
        x->events.items[before].speaks = true;
}

/* "Acara dibuka dengan sambutan dari Bapak Camat X.": a speech noun and its
 * giver in a sentence with no person for subject; the giver is the one the
 * next "beliau" points to. */
static bool speech_by(extractor *x, const char *s, size_t start, size_t end)
{
    size_t pos = start;
    seg_span w, by;
    bool pronoun;
    while (seg_next_word(s, end, &pos, &w)) {
        int v = seg_trailing_punct(s, w) ? -1 : cue_of(s, w, &pronoun);
        size_t at = pos;
        if (v < 0 || !(v & CUE_NOUN) || pronoun || !seg_next_word(s, end, &at, &by))
            continue;
        /* "Sikap berbeda datang dari X": an opinion's giver after "datang" */
        for (int k = 0; k < 2 && !seg_equals(s, by, "datang") && !seg_equals(s, by, "dari") &&
                        !seg_equals(s, by, "oleh") && !seg_trailing_punct(s, by) && !seg_is_capitalized(s, by) &&
                        seg_next_word(s, end, &at, &by);)
            k++;
        if (seg_equals(s, by, "datang") && !seg_next_word(s, end, &at, &by))
            continue;
        if (!(seg_equals(s, by, "dari") || seg_equals(s, by, "oleh")))
            continue;
        seg_span m = read_mention(s, at, end);
        if (m.end <= m.start || !person_like(s, m))
            return false;
        push_speech_giver(x, s, m);
        return true;
    }
    return false;
}

/* A sentence with no quote whose subject is a person: a reader takes them as
 * the one the next "ujarnya" points to. */
/* "Dilanjutkan dengan sambutan oleh X": a passive verb opening the
 * sentence, capitalised (a name seldom starts with di- and ends with -kan). */
static bool capitalized_passive(const char *s, seg_span w)
{
    enum { MIN_PASSIVE = 8 };
    seg_span c = seg_core(s, w);
    return c.end - c.start >= MIN_PASSIVE && s[c.start] == 'D' && s[c.start + 1] == 'i' &&
           memcmp(s + c.end - 3, "kan", 3) == 0;
}

/* "Pembinaan pertama disampaikan oleh Ketua Kamar Agama ..., Yasardin.": a
 * speech verb's agent, with no clause, is the person the next "beliau"
 * points to (#12: a passive with an agent makes its agent current); so is
 * a confirming passive's ("Hal tersebut dibenarkan oleh X."), and, with
 * `any_passive`, any passive's after a view's noun ("Sikap berbeda
 * ditunjukkan X."). */
static bool speech_agent(extractor *x, const char *s, seg_span verb, size_t end, bool any_passive)
{
    bool pronoun;
    int v = cue_of(s, verb, &pronoun);
    if (pronoun || (!any_passive && (v < 0 || !(v & (CUE_PASSIVE | CUE_AGENT)))))
        return false;
    size_t pos = verb.end, at = pos;
    seg_span by;
    if (seg_next_word(s, end, &at, &by) && seg_equals(s, by, "oleh"))
        pos = at;
    seg_span m = read_mention(s, pos, end);
    if (m.end <= m.start || !person_like(s, m))
        return false;
    push_speech_giver(x, s, m);
    return true;
}

/* The passives whose agent leads the event the sentence tells ("Rapat
 * dipimpin Ketua DPRD X, ... . Ia mengatakan ...", "Perwakilan massa
 * diterima Ketua Komisi E, X. Ia memastikan ..."): the person the next
 * pronoun points to, as a speech passive's agent is. */
static const lex_entry LEADING_PASSIVES[] = {
    {"dibuka", 1}, {"dipimpin", 1}, {"diresmikan", 1}, {"disambut", 1}, {"diterima", 1},
};

static bool leads_the_event(const char *s, seg_span w)
{
    seg_span c = seg_core(s, w);
    return lex_lookup(LEX_TABLE(LEADING_PASSIVES), s + c.start, c.end - c.start) >= 0;
}

/* The words that bring someone along with a sentence's subject. */
static const char *const COMPANION_WORDS[] = {"bersama", "beserta", "didampingi", "ditemani", NULL};

/* "bersama istrinya, Kasmiati (66)", "didampingi anaknya": the words
 * s[from, to) bring someone along with the subject. */
static bool companion_before(const char *s, size_t from, size_t to)
{
    size_t pos = from;
    seg_span w;
    while (seg_next_word(s, to, &pos, &w))
        for (size_t i = 0; COMPANION_WORDS[i]; i++)
            if (seg_equals(s, w, COMPANION_WORDS[i]))
                return true;
    return false;
}

/* A subject that is one description of the people the report is about
 * ("Pelaku kemudian membawa kabur ..."): its acts make it no source of the
 * next "ujarnya". */
static bool topic_person(const char *s, seg_span m)
{
    size_t pos = m.start;
    seg_span w;
    return seg_next_word(s, m.end, &pos, &w) && pos >= m.end &&
           seg_lookup(SPEECH_POSITIONS, s, w) == POS_TOPIC;
}

/* A comma and a capitalised word after it in s[from, to): an apposed
 * name ("di Saumlaki, Frans Kelbulan,"). */
static bool apposed_after(const char *s, size_t from, size_t to)
{
    const char *comma = to > from ? memchr(s + from, ',', to - from) : NULL;
    size_t pos = comma ? (size_t)(comma - s) + 1 : to;
    seg_span w;
    return comma && seg_next_word(s, to, &pos, &w) && is_capital_word(s, w);
}

static void sentence_subject(extractor *x, const char *s, size_t start, size_t end)
{
    start = past_opener(s, start, next_verb(s, start, end));
    /* "Sikap berbeda datang dari X": a speech noun heads the sentence, its
     * giver is the subject that counts */
    size_t first_at = start;
    seg_span first;
    bool noun_pronoun;
    if (seg_next_word(s, end, &first_at, &first) && seg_is_capitalized(s, first)) {
        int v = cue_of(s, first, &noun_pronoun);
        if (v >= 0 && (v & CUE_NOUN) && !noun_pronoun && speech_by(x, s, start, end))
            return;
        /* "Pandangan berbeda disampaikan X", "Sikap berbeda ditunjukkan X":
         * the passive verb a few words on names the giver of the view */
        seg_span verb = first;
        size_t at = first_at;
        for (int k = 0; v >= 0 && (v & CUE_NOUN) && !noun_pronoun && k < 3 && !seg_trailing_punct(s, verb) &&
                        seg_next_word(s, end, &at, &verb);
             k++)
            if (verb_form_of(s, verb) == VERB_PASSIVE) {
                if (speech_agent(x, s, verb, end, true))
                    return;
                break;
            }
    }
    size_t pos = start, subject_end = start, passive_at = end;
    seg_span w, prev = {start, start};
    bool named = false;
    for (int k = 0; k <= MENTION_WORDS && seg_next_word(s, end, &pos, &w); k++) {
        verb_form form = k == 0 && capitalized_passive(s, w) ? VERB_PASSIVE : verb_form_of(s, w);
        /* "Salah seorang warga Desa X, I Wayan, kehilangan ...": a lower-case
         * word after an apposed name starts the predicate (after an age,
         * "Rahayu (31), aparatur sipil negara", a description goes on). */
        bool after_apposition = k > 1 && seg_trailing_punct(s, prev) == ',' && is_capital_word(s, prev) &&
                                !is_capital_word(s, w) &&
                                !seg_in_any(s, w, 1u << SPEECH_POSITIONS | 1u << SPEECH_CONJUNCTIONS |
                                                      1u << SPEECH_TITLES | 1u << SPEECH_HONORIFICS);
        /* "X tidak sepakat dengan ...": an auxiliary after a name starts the
         * predicate too (not "Salah seorang wajib pajak"), and so does a verb
         * with no prefix ("Eneng Rosmayanti (63), datang ke balai desa") */
        bool predicate = form != VERB_NONE ||
                         (named && !seg_is_capitalized(s, w) && (word_in(SPEECH_AUX, s, w) || is_bare_verb(s, w)));
        named = named || (is_capital_word(s, w) && !word_in(SPEECH_FILLERS, s, w));
        /* "Plh. Bupati X yang juga Sekretaris Daerah, Drs. Y, meninjau":
         * the subject goes on through a second office or a given name */
        size_t linked = k > 0 ? seg_office_link(s, w.start, end) : 0;
        if (!linked && k > 0)
            linked = seg_naming_link(s, w.start, end);
        if (linked) {
            pos = linked;
            prev = w;
            continue;
        }
        if (predicate || is_stop(s, w) || after_apposition) {
            /* "Pemilik tas, X (58), seorang pedagang kain di Pasar Anyar,
             * kemudian dihubungi polisi": after a stop word, the predicate
             * still to come says whether the subject acts */
            if (!predicate) {
                size_t verb = next_verb(s, w.start, end), at = verb, back = verb;
                seg_span v, before;
                /* not a relative clause's: "Bupati X yang didampingi Y sangat
                 * mendukung", nor an adverbial's: "X (41), masih tampak syok
                 * saat ditemui di Puskesmas", nor a nickname's: "X atau yang
                 * akrab disapa Bang Tumpal menuntut ..." */
                if (verb < end && seg_next_word(s, end, &at, &v) && verb_form_of(s, v) == VERB_PASSIVE &&
                    !(seg_prev_word(s, start, &back, &before) &&
                      (seg_equals(s, before, "yang") || seg_lookup(SPEECH_INTRO, s, before) == INTRO_CLAUSE)) &&
                    nickname_lookup(s + seg_core(s, v).start, seg_core(s, v).end - seg_core(s, v).start) != NICK_CUE) {
                    passive_at = verb;
                    break;
                }
            }
            /* "Rapat dipimpin X": X is not the sentence's subject; "pengepul
             * rumput laut di Saumlaki, Frans Kelbulan, membenarkan ...": a
             * preposition inside a description an apposed name follows is
             * the mention's, read back from the predicate as a cue's
             * subject is */
            /* "Petani juga diminta mengumpulkan ...": an auxiliary before a
             * passive, whose subject is acted upon as a passive's is */
            seg_span after_aux;
            size_t aux_at = pos;
            if (predicate && form == VERB_NONE && seg_next_word(s, end, &aux_at, &after_aux) &&
                verb_form_of(s, after_aux) == VERB_PASSIVE)
                w = after_aux, form = VERB_PASSIVE;
            size_t verb = next_verb(s, w.start, end);
            bool apposed = !predicate && is_stop(s, w) && apposed_after(s, w.end, verb);
            seg_span m = k == 0 || form == VERB_PASSIVE ? (seg_span){start, start}
                         : apposed                      ? subject_before(s, start, verb)
                                                        : read_mention(s, start, w.start);
            if (m.end > m.start && person_like(s, m) && !names_a_thing(s, m, w) && !topic_person(s, m)) {
                push_event(x, -1, source_of(s, m), s, m);
                subject_end = m.end;
            } else if (form == VERB_PASSIVE && speech_agent(x, s, w, end, leads_the_event(s, w))) {
                return;
            }
            if (form == VERB_PASSIVE)
                passive_at = w.start;
            break;
        }
        prev = w;
    }
    if (subject_end == start && speech_by(x, s, start, end))
        return;
    /* "..., salah satunya Rosmiati (52), penyintas ...": the person the
     * sentence introduces with an age is the one the next "ia" points to. */
    size_t name = aged_name(s, subject_end, end);
    /* not the subject of a passive: "Pemilik tas, Hj. Rosmalawati (58), ...,
     * kemudian dihubungi polisi" is acted upon; nor someone who comes with
     * the subject ("X (71) datang bersama istrinya, Kasmiati (66). Ia ...") */
    if (name < end && (passive_at == end || name > passive_at) && !companion_before(s, subject_end, name)) {
        seg_span m = read_mention(s, name, next_verb(s, name, end));
        if (m.end > m.start)
            push_event(x, -1, SOURCE_MENTION, s, m);
    }
}

static void indirect_sentence(extractor *x, size_t para, const char *s, size_t start, size_t end)
{
    end = before_signoff(s, start, end); /* "..., ujar Edy. (nurcholis)": the tag ends it */
    if (attributes_back(x, s, start, end))
        return;
    size_t body = skip_intro(s, start, end);
    /* "Di setiap KUA juga sudah ada layanan, sebutnya.": an adverbial the
     * intro skipped up to the tag's comma is the reported clause's own */
    /* (a cue inside the sentence before the skipped intro's own tag: "Selama ini, kata dia, pengunjung
     * ...") */
    if (trailing_cue(x, para, s, body, end) || inside_cue(x, para, s, start, end) ||
        (body > start && tag_follows(s, end, body) && !has_double_mark(s, start, end) &&
         trailing_cue(x, para, s, start, end)) ||
        according_to(x, para, s, body, end) || passive_cue(x, para, s, start, end) ||
        reported_clause(x, para, s, body, end))
        return;
    sentence_subject(x, s, body, end);
}

/* ---- the stage -------------------------------------------------------------- */

/* The paragraph is a line of hard-wrapped text that the next one goes on
 * with: it stops mid-sentence (on a word, or on a comma before a lower-case
 * word). */
static bool runs_on(const rec_paragraph *p, const rec_paragraph *next)
{
    size_t e = p->len;
    while (e > 0 && p->text[e - 1] == ' ')
        e--;
    if (!next || next->kind != PARA_BODY || e == 0 || next->len == 0)
        return false;
    unsigned char last = (unsigned char)p->text[e - 1], first = (unsigned char)next->text[0];
    return (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || (last >= '0' && last <= '9') ||
           (last == ',' && first >= 'a' && first <= 'z');
}

static void paragraph_quotes(extractor *x, size_t para, bool *carry, bool *wrapped)
{
    const rec_paragraph *p = &x->rec->paragraphs.items[para];
    const char *s = p->text;
    size_t n = p->len;
    qspans *qs = &x->spans;
    qs->len = 0;
    bool open_at_end = find_quotes(s, n, *carry, *wrapped, qs, x->work);
    x->runs_on = runs_on(p, para + 1 < x->rec->paragraphs.len ? &x->rec->paragraphs.items[para + 1] : NULL);
    if (!(qs->len && qs->items[0].continued))
        finish_pending(x);
    size_t qi = 0, start = 0;
    while (start < n && x->rec->quotes.len < x->max_quotes) {
        size_t q_first = qi, quotes_before = x->rec->quotes.len;
        size_t end = sentence_end(s, n, start, qs, &qi);
        bool any_speech = false;
        size_t prev_after = start;
        for (size_t k = q_first; k < qi && k < qs->len; k++) {
            const qspan *q = &qs->items[k];
            if (q->open < start || q->open >= end)
                continue;
            if (direct_quote(x, para, s, start, end, prev_after, q))
                any_speech = true;
            prev_after = q->after;
        }
        if (!any_speech)
            indirect_sentence(x, para, s, start, end);
        x->before = x->rec->quotes.len == quotes_before ? (plain_sentence){s, para, {start, end}}
                                                                          : (plain_sentence){NULL, 0, {0, 0}};
        start = end;
        while (start < n && s[start] == ' ')
            start++;
    }
    *carry = open_at_end;
    *wrapped = open_at_end && x->runs_on;
}

speech_events quotes_extract(record *rec, size_t max_quotes, arena *a, arena *work)
{
    extractor x = {rec, a, work, {0}, max_quotes, NO_OPEN_QUOTE, {NULL, 0, {0, 0}}, false, {0}};
    bool carry = false, wrapped = false;
    for (size_t i = 0; i < rec->paragraphs.len && rec->quotes.len < max_quotes; i++) {
        /* a caption or heading, or a line of other articles' headlines
         * inside the body, reports no one's words */
        if (rec->paragraphs.items[i].kind != PARA_BODY ||
            seg_is_headline_line(rec->paragraphs.items[i].text, rec->paragraphs.items[i].len)) {
            x.before = (plain_sentence){NULL, 0, {0, 0}};
            finish_pending(&x);
            carry = wrapped = false;
            continue;
        }
        paragraph_quotes(&x, i, &carry, &wrapped);
    }
    finish_pending(&x);
    return x.events;
}
