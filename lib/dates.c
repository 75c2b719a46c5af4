/* Date expressions and the publication date.
 *
 * One left-to-right pass over each text: a small lexer cuts words, numbers
 * and punctuation, and at every token a fixed grammar tries the date forms
 * with a bounded lookahead, so the work is linear in the text. Matches are
 * kept as written (year 0 when not written); the publication date is chosen
 * next, and yearless and relative dates are resolved against it last. */
#include "dates.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "calendar.h"
#include "lexicon.h"
#include "unicode.h"

enum {
    MAX_DATES = 10000,      /* per document: hostile input stays bounded */
    MAX_PHRASE_TOKENS = 4,  /* "s.d." is four tokens */
    DATELINE_REACH = 80,    /* bytes of place name before a dateline's date */
    DATE_LINE_MAX = 120,    /* a line this short around a date is a date line */
    LEAD_MIN_LEN = 60,      /* a lead is a sentence, not a stray line */
    FUTURE_REACH = 96,      /* bytes of its clause read back for "akan" before a date */
    MID_MONTH = 15,         /* a yearless month is as near as its middle */
    WEEKDAY_YEARS = 29,     /* every day and weekday meet within 28 years */
    HEADER_PARAGRAPHS = 16, /* lines a header may leave above the lead */
    DECREE_REACH = 100,     /* bytes before a date that may name its regulation */
    TITLE_MAX_WORDS = 25,   /* longer is a lead the reader took for the headline */
    DATE_LINE_WORDS = 4,    /* words a date line may set before its date: a byline, a place */
    SECONDS_PER_DAY = 86400,
    NO_ZONE = INT_MIN,
    DEFAULT_ZONE = 7 * 60,  /* WIB */
};

/* ---- lexer ------------------------------------------------------------- */

typedef enum { TOK_END, TOK_WORD, TOK_NUM, TOK_PUNCT } tok_type;

typedef struct {
    tok_type type;
    size_t start, end;
    int32_t cp; /* TOK_PUNCT: the character */
    long num;   /* TOK_NUM: the value, capped */
} token;

static bool is_word_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    /* Latin-1 punctuation, the general punctuation block (dashes, quotes)
     * and CJK punctuation are not letters; the rest of the world is. */
    return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp <= 0x2BFF) &&
           !(cp >= 0x3000 && cp <= 0x303F) && cp != 0xFEFF && cp != 0xFFFD;
}

static size_t decode_at(const char *s, size_t len, size_t i, int32_t *cp)
{
    size_t n = utf8_decode(s + i, len - i, cp);
    if (!n) {
        *cp = 0xFFFD;
        n = 1;
    }
    return n;
}

static bool is_ascii_letter(unsigned char b) { return (unsigned)((b | 0x20) - 'a') < 26; }

/* Eight bytes as a number, the first in the low byte on any machine. */
static uint64_t load_le64(const char *s)
{
    uint64_t x;
    memcpy(&x, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    return x;
}

/* The end of a run of ASCII letters from pos, eight bytes at a time: a
 * high bit marks each byte that is no letter, and the letters below the
 * lowest mark are counted. */
static inline size_t ascii_letters_end(const char *s, size_t len, size_t pos)
{
    const uint64_t LOW7 = 0x7F7F7F7F7F7F7F7Full, HIGH = 0x8080808080808080ull, CASE = 0x2020202020202020ull;
    const uint64_t FROM_A = 0x1F1F1F1F1F1F1F1Full, PAST_Z = 0x0505050505050505ull; /* 0x80 - 'a', 0x80 - ('z' + 1) */
    const uint64_t ONES = 0x0101010101010101ull;
    for (; pos + 8 <= len; pos += 8) {
        uint64_t x = load_le64(s + pos);
        uint64_t low = (x | CASE) & LOW7; /* below 0x80, so the sums carry into no other byte */
        uint64_t marks = ~((low + FROM_A) & ~(low + PAST_Z) & ~x) & HIGH;
        if (marks)
            return pos + (size_t)(((((marks & (~marks + 1)) >> 7) - 1) & ONES) * ONES >> 56);
    }
    while (pos < len && is_ascii_letter((unsigned char)s[pos]))
        pos++;
    return pos;
}

/* The end of a word that goes on at pos: letters of any script, and an
 * apostrophe between letters (Jum'at). */
static size_t word_end(const char *s, size_t len, size_t pos)
{
    while (pos < len) {
        unsigned char b = (unsigned char)s[pos];
        if (is_ascii_letter(b)) {
            pos = ascii_letters_end(s, len, pos + 1);
            continue;
        }
        if (b < 0x80 && b != '\'')
            break;
        int32_t cp, next;
        size_t n = decode_at(s, len, pos, &cp);
        if (!is_word_cp(cp) &&
            !((cp == '\'' || cp == 0x2019) && pos + n < len && is_word_cp((decode_at(s, len, pos + n, &next), next))))
            break;
        pos += n;
    }
    return pos;
}

static inline token lex(const char *s, size_t len, size_t pos)
{
    token t = {TOK_END, len, len, 0, 0};
    while (pos < len && (unsigned char)s[pos] <= ' ')
        pos++;
    if (pos >= len)
        return t;
    t.start = pos;
    unsigned char b0 = (unsigned char)s[pos];
    if (b0 >= '0' && b0 <= '9') {
        long v = 0;
        for (; pos < len && s[pos] >= '0' && s[pos] <= '9'; pos++)
            if (v < 1000000)
                v = v * 10 + (s[pos] - '0');
        t.type = TOK_NUM, t.num = v, t.end = pos;
        return t;
    }
    if (is_ascii_letter(b0)) {
        t.type = TOK_WORD, t.end = ascii_letters_end(s, len, pos + 1);
        if (t.end < len && ((unsigned char)s[t.end] >= 0x80 || s[t.end] == '\'')) /* the word may go on */
            t.end = word_end(s, len, t.end);
        return t;
    }
    int32_t cp = b0;
    size_t n = b0 < 0x80 ? 1 : decode_at(s, len, pos, &cp);
    if (!is_word_cp(cp)) {
        t.type = TOK_PUNCT, t.cp = cp, t.end = pos + n;
        return t;
    }
    t.type = TOK_WORD, t.end = word_end(s, len, pos + n);
    return t;
}

static size_t digits(token t) { return t.end - t.start; }

/* ---- the word gate ----------------------------------------------------- */

enum { LETTERS = 27 };

/* The date lists read once per document: for the first words of their
 * entries, the lengths and third letters each first two letters go with, so
 * that most words of a text are let by on three letters and a length,
 * without a lookup in the lexicon's index. */
typedef struct {
    uint16_t any_lens[LETTERS * LETTERS];   /* per first two letters: a bit per length, the top bit for longer */
    uint16_t opens_lens[LETTERS * LETTERS]; /* the same for the lists that can open an expression */
    uint16_t stops_lens[LETTERS * LETTERS]; /* the same for the lists the scan must see as words */
    uint32_t thirds[LETTERS * LETTERS];     /* per first two letters: a bit per third letter */
    size_t max_len[DATE_LIST_COUNT];        /* each list's longest entry, in bytes */
} word_gate;

static bool opens_expression(date_list l)
{
    return l == DATE_WEEKDAYS || l == DATE_MONTHS || l == DATE_RELATIVE_DAYS || l == DATE_DAY_CUES;
}

/* The lists read only at a place a date grammar reached ("dan" after a
 * month, "akan" before a date) leave their words to skip_plain_words, so
 * that common words ("dan", "yang", "akan") cost no token in the scan. */
static bool stops_scan(date_list l)
{
    return l != DATE_WEEKDAY_CUES && l != DATE_DAY_PARTS && l != DATE_DIRECTIONS && l != DATE_COORDINATORS &&
           l != DATE_DECREE_CUES && l != DATE_FUTURE_CUES;
}

/* An ASCII letter's index 0-25, 26 for anything else. */
static unsigned letter_index(unsigned char b)
{
    unsigned l = (b | 0x20u) - 'a';
    return l < 26 ? l : LETTERS - 1;
}

static unsigned length_bit(size_t len) { return 1u << (len < 15 ? len : 15); }

/* The first two letters of a word of len bytes, as a pair index; the third
 * letter's index. */
static unsigned letter_pair(const char *w, size_t len, unsigned *third)
{
    *third = len > 2 ? letter_index((unsigned char)w[2]) : LETTERS - 1;
    return letter_index((unsigned char)w[0]) * LETTERS + (len > 1 ? letter_index((unsigned char)w[1]) : LETTERS - 1);
}

static void build_gate(word_gate *g)
{
    memset(g->any_lens, 0, sizeof g->any_lens);
    memset(g->opens_lens, 0, sizeof g->opens_lens);
    memset(g->stops_lens, 0, sizeof g->stops_lens);
    memset(g->thirds, 0, sizeof g->thirds);
    memset(g->max_len, 0, sizeof g->max_len);
    for (size_t l = 0; l < DATE_LIST_COUNT; l++) {
        lex_table t = DATE_LISTS[l];
        for (size_t i = 0; i < t.count; i++) {
            const char *w = t.entries[i].word;
            size_t len = 0, first_len = 0; /* first_len: up to the first " ./" */
            for (; w[len]; len++)
                if (first_len == len && w[len] != ' ' && w[len] != '.' && w[len] != '/')
                    first_len++;
            unsigned third, pair = letter_pair(w, first_len, &third);
            if (pair / LETTERS < LETTERS - 1) { /* marks ("-", "–") are let by unfiltered */
                g->any_lens[pair] |= (uint16_t)length_bit(first_len);
                if (opens_expression((date_list)l))
                    g->opens_lens[pair] |= (uint16_t)length_bit(first_len);
                if (stops_scan((date_list)l))
                    g->stops_lens[pair] |= (uint16_t)length_bit(first_len);
                g->thirds[pair] |= 1u << third;
            }
            g->max_len[l] = len > g->max_len[l] ? len : g->max_len[l];
        }
    }
}

/* False only when the word of len bytes is the first word of no entry the
 * length masks hold; words not opening with an ASCII letter pass. */
static inline bool gate_filter(const word_gate *g, const uint16_t *lens, const char *w, size_t len)
{
    unsigned third, pair = letter_pair(w, len, &third);
    return pair / LETTERS == LETTERS - 1 || ((lens[pair] & length_bit(len)) && (g->thirds[pair] >> third & 1u));
}

/* Whether a word may open an expression. */
static bool gate_opens(const word_gate *g, const char *s, token t)
{
    return gate_filter(g, g->opens_lens, s + t.start, t.end - t.start);
}

/* False only when the word or mark is in none of the date lists (NULL: no
 * gate). */
static bool gate_passes(const word_gate *g, const char *s, token t)
{
    return !g || t.type == TOK_NUM || gate_filter(g, g->any_lens, s + t.start, t.end - t.start);
}

/* Past the words of ASCII letters from pos that are in no date list the
 * scan reads (most words of a text), without making tokens of them: where
 * the next other token may start. */
static size_t skip_plain_words(const word_gate *g, const char *s, size_t len, size_t pos, bool *skipped)
{
    for (;;) {
        while (pos < len && (unsigned char)s[pos] <= ' ')
            pos++;
        if (pos >= len || !is_ascii_letter((unsigned char)s[pos]))
            return pos;
        size_t end = ascii_letters_end(s, len, pos + 1);
        if ((end < len && ((unsigned char)s[end] >= 0x80 || s[end] == '\'')) || /* the word goes on: lex reads it */
            gate_filter(g, g->stops_lens, s + pos, end - pos))
            return pos;
        *skipped = true;
        pos = end;
    }
}

/* ---- cursor ------------------------------------------------------------ */

typedef struct {
    const char *s;
    size_t len, pos; /* pos: the end of the last token taken */
    const word_gate *gate;
} cursor;

static token peek(const cursor *c) { return lex(c->s, c->len, c->pos); }

static token take(cursor *c)
{
    token t = peek(c);
    c->pos = t.end;
    return t;
}

static bool is_tight(const cursor *c, token t) { return t.start == c->pos; }

static bool take_punct(cursor *c, int32_t cp, bool tight)
{
    token t = peek(c);
    if (t.type != TOK_PUNCT || t.cp != cp || (tight && !is_tight(c, t)))
        return false;
    c->pos = t.end;
    return true;
}

/* A number of min..max digits, tight against what came before when asked. */
static bool take_num(cursor *c, size_t min_digits, size_t max_digits, bool tight, long *value)
{
    token t = peek(c);
    if (t.type != TOK_NUM || digits(t) < min_digits || digits(t) > max_digits || (tight && !is_tight(c, t)))
        return false;
    c->pos = t.end;
    *value = t.num;
    return true;
}

/* An English ordinal's suffix glued to the number before it: "14th",
 * "1st", "22nd", "3rd". */
static bool ordinal_suffix(const char *s, token number, token t)
{
    static const char *const SUFFIXES[] = {"st", "nd", "rd", "th"};
    if (number.type != TOK_NUM || t.type != TOK_WORD || t.start != number.end || t.end - t.start != 2)
        return false;
    for (size_t i = 0; i < sizeof SUFFIXES / sizeof *SUFFIXES; i++)
        if (strncasecmp(s + t.start, SUFFIXES[i], 2) == 0)
            return true;
    return false;
}

/* Past an ordinal's suffix after the day just read: "14th Jan 2026",
 * "January 14th, 2026". */
static void skip_ordinal(cursor *c, token day)
{
    token t = peek(c);
    if (ordinal_suffix(c->s, day, t))
        c->pos = t.end;
}

static int list_value(const cursor *c, token t, date_list list)
{
    return t.type == TOK_END || !gate_passes(c->gate, c->s, t)
               ? -1
               : date_lookup(list, c->s + t.start, t.end - t.start);
}

/* The longest phrase of the list (up to MAX_PHRASE_TOKENS tokens, as
 * written with single spaces) at the cursor: its value, the cursor past it;
 * or -1 with the cursor unmoved. */
static int take_phrase(cursor *c, date_list list)
{
    size_t ends[MAX_PHRASE_TOKENS], n = 0, pos = c->pos, start = 0;
    for (; n < MAX_PHRASE_TOKENS; n++) {
        token t = lex(c->s, c->len, pos);
        if (t.type == TOK_END)
            break;
        if (n == 0 && !gate_passes(c->gate, c->s, t))
            return -1;
        if (n == 0)
            start = t.start;
        if (c->gate && t.end - start > c->gate->max_len[list]) /* longer than any phrase of the list */
            break;
        ends[n] = pos = t.end;
    }
    while (n-- > 0) {
        int v = date_lookup(list, c->s + start, ends[n] - start);
        if (v >= 0) {
            c->pos = ends[n];
            return v;
        }
    }
    return -1;
}

/* Nothing right after the cursor continues the number just read:
 * "2025.5", "12/3/2025/X", "2025an" are not dates. */
static bool clean_end(const cursor *c)
{
    token t = peek(c);
    if (!is_tight(c, t))
        return true;
    if (t.type == TOK_WORD || t.type == TOK_NUM || (t.type == TOK_PUNCT && t.cp == '_'))
        return false;
    if (t.type == TOK_PUNCT && (t.cp == '.' || t.cp == ',' || t.cp == '/' || t.cp == '-' || t.cp == ':')) {
        token u = lex(c->s, c->len, t.end);
        if (!(u.type == TOK_NUM && u.start == t.end))
            return true;
        /* "18-11-2025,11:43 WIB": a date line glues its time on with a comma */
        token v = lex(c->s, c->len, u.end);
        return t.cp == ',' && digits(u) <= 2 && v.type == TOK_PUNCT && v.cp == ':' && v.start == u.end;
    }
    return true;
}

/* Nothing right before `start` makes the number there part of another: a
 * figure, or a letter number's code ("B-242/Kw.21.1/BA.02/02/2026"). */
static bool clean_start(const char *s, size_t start)
{
    if (start == 0)
        return true;
    unsigned char b = (unsigned char)s[start - 1];
    if ((b >= '0' && b <= '9') || is_ascii_letter(b) || b == '/' || b == '_')
        return false;
    unsigned char before = start >= 2 ? (unsigned char)s[start - 2] : ' ';
    return !(((b == '.' || b == ',' || b == '-' || b == ':') && before >= '0' && before <= '9') ||
             (b == '.' && is_ascii_letter(before)));
}

static bool is_dash(int32_t cp) { return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == '|'; }

/* ---- the date grammar -------------------------------------------------- */

typedef enum { PART_DAY, PART_MONTH, PART_BARE } part_kind;

/* One end of a date as written: year 0 when not written, day 0 for a month. */
typedef struct {
    part_kind kind;
    int year, month, day;
    int weekday; /* -1 when not written */
    size_t start, end;
} part;

static bool valid_year(long y) { return y >= 1000 && y <= 2999; }
static bool valid_day_month(long d, long m) { return d >= 1 && d <= 31 && m >= 1 && m <= 12; }

static bool take_year(cursor *c, int *year)
{
    cursor save = *c;
    long y;
    if (take_num(c, 4, 4, false, &y) && valid_year(y) && clean_end(c)) {
        *year = (int)y;
        return true;
    }
    *c = save;
    return false;
}

/* A month name; abbreviations may carry a full stop. Value or -1. */
static int take_month(cursor *c, bool full_only)
{
    token t = peek(c);
    if (t.type != TOK_WORD)
        return -1;
    int v = list_value(c, t, DATE_MONTHS);
    if (v < 0 || (full_only && (v & DATE_ABBREV)))
        return -1;
    c->pos = t.end;
    if (v & DATE_ABBREV)
        take_punct(c, '.', true);
    return v & DATE_VALUE_MASK;
}

/* "T09:30:00.000+07:00" after an ISO date, or " 09:30 GMT" after any
 * machine date: minutes of the day and the offset (NO_ZONE if none). */
static bool take_clock(cursor *c, int *minutes)
{
    cursor save = *c;
    long h, m, sec;
    bool ok = take_num(c, 1, 2, false, &h) && (take_punct(c, ':', true) || take_punct(c, '.', true)) &&
              take_num(c, 2, 2, true, &m) && h < 24 && m < 60;
    cursor after = *c;
    long year;
    if (!ok || (take_punct(&after, '.', true) && take_num(&after, 4, 4, true, &year))) {
        *c = save; /* (not the day and month of "21.06.2026") */
        return false;
    }
    cursor more = *c;
    if (take_punct(c, ':', true) && take_num(c, 2, 2, true, &sec)) {
        more = *c;
        if (take_punct(c, '.', true) && take_num(c, 1, 9, true, &sec))
            more = *c;
    }
    *c = more;
    *minutes = (int)(h * 60 + m);
    return true;
}

static int take_offset(cursor *c)
{
    cursor save = *c;
    token t = peek(c);
    if (t.type == TOK_WORD && list_value(c, t, DATE_UTC_NAMES) >= 0) {
        c->pos = t.end;
        return 0;
    }
    if (t.type == TOK_PUNCT && (t.cp == '+' || t.cp == '-' || t.cp == 0x2212)) {
        c->pos = t.end;
        long h, m = 0;
        if (take_num(c, 4, 4, true, &h)) {
            m = h % 100, h /= 100;
        } else if (!(take_num(c, 1, 2, true, &h) &&
                     (!take_punct(c, ':', true) || take_num(c, 2, 2, true, &m)))) {
            *c = save;
            return NO_ZONE;
        }
        if (h <= 14 && m < 60)
            return (int)((t.cp == '+' ? 1 : -1) * (h * 60 + m));
    }
    *c = save;
    return NO_ZONE;
}

/* "2025-07-25" */
static bool take_iso_date(cursor *c, part *p)
{
    cursor save = *c;
    long y, m, d;
    if (take_num(c, 4, 4, false, &y) && take_punct(c, '-', true) && take_num(c, 1, 2, true, &m) &&
        take_punct(c, '-', true) && take_num(c, 1, 2, true, &d) && valid_year(y) && valid_day_month(d, m)) {
        p->year = (int)y, p->month = (int)m, p->day = (int)d;
        return true;
    }
    *c = save;
    return false;
}

/* The time of an ISO date-time or a machine stamp: "T09:30:00+07:00",
 * " 01:15:00 GMT". */
static bool take_iso_time(cursor *c, int *minutes, int *zone)
{
    cursor save = *c;
    token t = peek(c);
    if (t.type == TOK_WORD && is_tight(c, t) && t.end - t.start == 1 && (c->s[t.start] | 0x20) == 't')
        c->pos = t.end;
    if (!take_clock(c, minutes)) {
        *c = save;
        return false;
    }
    *zone = take_offset(c);
    return true;
}

/* A date written in numbers: "25/07/2025", "25-07-2025", "2025-07-25",
 * ISO date-times, and inside parentheses also "28/7" and "27/2/25". */
static bool take_numeric(cursor *c, part *p, bool in_parens, bool weekday)
{
    cursor save = *c;
    token first = peek(c);
    long a, b, y;
    if (first.type != TOK_NUM || !clean_start(c->s, first.start))
        return false;
    if (digits(first) == 4) {
        int minutes, zone;
        if (!take_iso_date(c, p))
            return false;
        token t = peek(c);
        if (t.type == TOK_WORD && is_tight(c, t)) /* "T09:30:00+07:00" belongs to the expression */
            take_iso_time(c, &minutes, &zone);
        if (!clean_end(c))
            goto fail;
        return true;
    }
    if (!take_num(c, 1, 2, false, &a))
        goto fail;
    /* "21.06.2026" (a CMS's "d.m.Y") too, with its four-digit year only:
     * "Rp1.25", "pukul 21.06" and "1.000.000" are no dates */
    token sep = peek(c);
    if (sep.type != TOK_PUNCT || (sep.cp != '/' && sep.cp != '-' && sep.cp != '.') || !take_punct(c, sep.cp, true) ||
        !take_num(c, 1, 2, true, &b))
        goto fail;
    /* "10/17/2023" (Drupal's default "m/d/Y"): month first where no day-first
     * reading exists, with its year only */
    bool month_first = !valid_day_month(a, b) && valid_day_month(b, a) && sep.cp == '/';
    if (!valid_day_month(a, b) && !month_first)
        goto fail;
    p->year = 0;
    cursor before_year = *c;
    if (take_punct(c, sep.cp, true)) {
        if (take_num(c, 4, 4, true, &y) && valid_year(y))
            p->year = (int)y;
        else if (sep.cp == '.')
            goto fail;
        else if ((in_parens || weekday) && take_num(c, 2, 2, true, &y))
            p->year = 2000 + (int)y; /* "Kamis (27/2/25)" */
        else
            goto fail;
    } else {
        *c = before_year;
    }
    /* a bare "07/25" is a code; only "(28/7)" and "Kamis, 4/8" are dates without a year */
    if (!clean_end(c) || (p->year == 0 && !((in_parens || weekday) && sep.cp == '/')) || (month_first && !p->year) ||
        (sep.cp == '.' && month_first))
        goto fail;
    p->month = (int)(month_first ? a : b), p->day = (int)(month_first ? b : a);
    return true;
fail:
    *c = save;
    return false;
}

/* What may stand between a weekday and its date: a part of the day and a
 * day cue ("Jum'at sore (24/9)", "Senin malam, 19/03/2024", "Sabtu tanggal
 * 22 Juni 2024"). */
static void take_day_part(cursor *c)
{
    token t = peek(c);
    if (t.type == TOK_WORD && list_value(c, t, DATE_DAY_PARTS) >= 0) {
        c->pos = t.end;
        take_punct(c, ',', false);
    }
    t = peek(c);
    if (t.type == TOK_WORD && list_value(c, t, DATE_DAY_CUES) >= 0)
        take_phrase(c, DATE_DAY_CUES);
}

static civil_date civil(int y, int m, int d) { return (civil_date){y, m, d}; }

/* "Sel, 02/10/2026" (Drupal's "D, m/d/Y"): a numeric date whose weekday
 * fits it read month first, not day first, is month first; so is one the
 * weekday fits either way when that weekday is abbreviated and slashes part
 * the numbers, Drupal's stamp ("Thu, 12/03/2026 - 10:24"). */
static void order_by_weekday(part *p, bool drupal_stamp)
{
    if (p->weekday < 0 || !p->year || p->day > 12 || p->day == p->month)
        return;
    civil_date day_first = civil(p->year, p->month, p->day), month_first = civil(p->year, p->day, p->month);
    bool day_first_fits = calendar_weekday(day_first) == p->weekday;
    if ((!day_first_fits || drupal_stamp) && calendar_weekday(month_first) == p->weekday) {
        int day = p->day;
        p->day = p->month, p->month = day;
    }
}

/* One end of a date expression, with its weekday if written. BARE (a day
 * number alone) and a yearless MONTH only count as the first end of a range,
 * whose second end may follow the dash without a space ("22-24 November"):
 * `range_end`. */
static bool take_part(cursor *c, part *p, bool numbers_are_codes, bool range_end)
{
    cursor save = *c;
    token t = peek(c);
    memset(p, 0, sizeof *p);
    p->weekday = -1;
    p->start = t.start;
    bool comma = false;
    int wd = t.type == TOK_WORD ? list_value(c, t, DATE_WEEKDAYS) : -1;
    if (wd >= 0) {
        c->pos = t.end;
        comma = take_punct(c, ',', false);
        if ((wd & DATE_ABBREV) && !comma)
            goto fail;
        p->weekday = wd & DATE_VALUE_MASK;
        if (!(wd & DATE_ABBREV))
            take_day_part(c);
        t = peek(c);
    }
    bool weekday = p->weekday >= 0;
    p->kind = PART_DAY;
    if (t.type == TOK_PUNCT && t.cp == '(') {
        take(c);
        size_t inner = peek(c).start;
        if (!take_numeric(c, p, true, weekday))
            goto fail;
        size_t inner_end = c->pos;
        if (!take_punct(c, ')', false))
            goto fail;
        if (!weekday) /* "(20/5)": the date is what stands inside */
            p->start = inner;
        p->end = weekday ? c->pos : inner_end;
        return true;
    }
    if (t.type == TOK_NUM) {
        if (!numbers_are_codes && take_numeric(c, p, false, weekday)) {
            order_by_weekday(p, wd >= 0 && (wd & DATE_ABBREV) && memchr(c->s + t.start, '/', c->pos - t.start));
            p->end = c->pos;
            return true;
        }
        long d;
        if (!(range_end || clean_start(c->s, t.start)) || !take_num(c, 1, 2, false, &d) || d < 1 || d > 31)
            goto fail;
        skip_ordinal(c, t);
        cursor after_day = *c;
        int m = take_month(c, false);
        if (m > 0) {
            p->day = (int)d, p->month = m;
            cursor after_month = *c;
            /* "7 Juni, 2024": a comma before the year, as some CMS themes write it */
            if (!take_year(c, &p->year) && !(take_punct(c, ',', false) && take_year(c, &p->year)))
                *c = after_month;
            p->end = c->pos;
            return true;
        }
        if (weekday)
            goto fail;
        *c = after_day;
        p->kind = PART_BARE, p->day = (int)d, p->end = c->pos;
        return true;
    }
    if (t.type == TOK_WORD) {
        bool full = !(list_value(c, t, DATE_MONTHS) & DATE_ABBREV);
        int m = take_month(c, false);
        if (m < 0)
            goto fail;
        cursor after_month = *c;
        long d;
        /* "Maret 11, 2025", "Rabu, Mei 19, 2021" */
        token day = peek(c);
        if (take_num(c, 1, 2, false, &d) && d >= 1 && d <= 31) {
            skip_ordinal(c, day);
            take_punct(c, ',', false);
            if (take_year(c, &p->year)) {
                p->day = (int)d, p->month = m, p->end = c->pos;
                return true;
            }
        }
        *c = after_month;
        if (weekday || !full)
            goto fail;
        p->kind = PART_MONTH, p->month = m;
        take_year(c, &p->year);
        p->end = c->pos;
        return true;
    }
fail:
    *c = save;
    return false;
}

/* A matched expression, as written: ends a and b (b = a for one day). */
typedef struct {
    date_kind kind;
    part a, b;
    int relative; /* DATE_RELATIVE: days after the anchor; weekday_only: -1 for a day before it */
    int direction; /* a yearless month: 1 the next one, -1 the last one, SINCE the last one or this, 0 the nearest */
    bool weekday_only; /* "kata X di Mataram, Kamis.": the last such day up to the anchor ("Jumat
                        * kemarin": before it) */
    bool relative_start; /* "besok hingga 23 Desember": from the relative day to the day written */
    bool b_next_year; /* yearless range whose end falls in the next year */
    bool hijri;        /* a day of the Islamic calendar (a: its day, month, year or 0): the day it is
                        * equated with in its paragraph, or none */
    bool year_shifted; /* "Januari tahun lalu": the month of the anchor's year plus year_shift */
    int year_shift;
    long paragraph;
    const char *base; /* the text it stands in, base_len bytes */
    size_t base_len;
    size_t offset, length;
} mention;

static int cmp_month_day(const part *x, const part *y)
{
    return x->month != y->month ? x->month - y->month : x->day - y->day;
}

/* The two ends of a range share what only one of them writes: the month of
 * "2–31 Agustus", the year of "25 Juli–1 Agustus 2025". */
static bool join_range(part *a, part *b, mention *m)
{
    if (a->kind == PART_BARE && b->kind == PART_DAY) {
        if (a->day >= b->day)
            return false;
        a->month = b->month, a->year = b->year, a->kind = PART_DAY;
    } else if (!((a->kind == PART_DAY && b->kind == PART_DAY) || (a->kind == PART_MONTH && b->kind == PART_MONTH))) {
        return false;
    }
    bool wraps = cmp_month_day(a, b) > 0;
    if (a->year == 0 && b->year != 0)
        a->year = b->year - wraps;
    else if (b->year == 0 && a->year != 0)
        b->year = a->year + wraps;
    else if (a->year == 0)
        m->b_next_year = wraps;
    else if (a->year > b->year || (a->year == b->year && wraps))
        return false;
    if (a->kind == PART_MONTH) {
        a->day = 1;
        b->day = 0; /* the last day, once the year is known */
    }
    return true;
}

/* Numbers right after these words are codes: "Nomor 12/3/2025", "WhatsApp
 * Image 2025-06-12". */
static bool is_number_cue(const cursor *c, token prev_word)
{
    return prev_word.type == TOK_WORD && list_value(c, prev_word, DATE_NUMBER_CUES) >= 0;
}

/* The word of letters right before `at`, blanks between, as s[*start,
 * return); empty when none. */
static size_t word_before(const char *s, size_t at, size_t *start)
{
    size_t end = at;
    while (end > 0 && s[end - 1] == ' ')
        end--;
    *start = end;
    while (*start > 0 && is_ascii_letter((unsigned char)s[*start - 1]))
        (*start)--;
    return end;
}

/* The word right before `at` is in the list. */
static bool word_before_is(const char *s, size_t at, date_list list)
{
    size_t start, end = word_before(s, at, &start);
    return start < end && date_lookup(list, s + start, end - start) >= 0;
}

/* A word of the list among the words of the sentence (or only the clause)
 * before `at`, within `reach` bytes: "akan" before "digelar pada 5 Mei",
 * "Nomor 5 Tahun 2024" before "tanggal 2 Januari 2024". */
static bool cue_before(const char *s, size_t at, date_list list, size_t reach, bool clause, const word_gate *gate)
{
    size_t from = at > reach ? at - reach : 0;
    for (size_t i = at; i > from + 1; i--) /* the sentence (the clause), or the words after a quotation */
        if ((s[i - 1] == ' ' &&
             (s[i - 2] == '.' || s[i - 2] == '!' || s[i - 2] == '?' || (clause && s[i - 2] == ','))) ||
            s[i - 1] == '"' ||
            (i >= 3 && (unsigned char)s[i - 3] == 0xE2 && (unsigned char)s[i - 2] == 0x80 &&
             ((unsigned char)s[i - 1] == 0x9D || (unsigned char)s[i - 1] == 0x99))) {
            from = i;
            break;
        }
    while (from > 0 && from < at && is_ascii_letter((unsigned char)s[from - 1])) /* not from mid-word */
        from++;
    cursor c = {s, at, from, gate};
    for (token t = take(&c); t.type != TOK_END; t = take(&c))
        if (t.type == TOK_WORD && list_value(&c, t, list) >= 0)
            return true;
    return false;
}

/* "sejak Januari", "sejak awal bulan Agustus", "sejak musrenbang desa bulan
 * Januari": a yearless month after "sejak" (since), a few words of small
 * letters between, is the last one or this one, never one ahead (every
 * such month of the gold sets). */
enum { SINCE = -2, SINCE_WORD = 1, SINCE_REACH_WORDS = 5 };
static const lex_entry SINCE_WORDS[] = {{"sejak", SINCE_WORD}, {"semenjak", SINCE_WORD}};
static bool since_before(const char *s, size_t at)
{
    for (int k = 0; k < SINCE_REACH_WORDS && at > 0; k++) {
        size_t end = at;
        while (end > 0 && s[end - 1] == ' ')
            end--;
        size_t start = end;
        while (start > 0 && is_ascii_letter((unsigned char)s[start - 1]))
            start--;
        if (start == end || end == at || !(s[start] >= 'a' && s[start] <= 'z'))
            return false; /* not one space between, or no word of small letters: the clause's start */
        if (lex_lookup(LEX_TABLE(SINCE_WORDS), s + start, end - start) == SINCE_WORD)
            return true;
        at = start;
    }
    return false;
}

/* "November dan Desember 2019": a yearless month takes the year of the
 * month after it that shares its sentence. */
static bool take_shared_year(const cursor *c, part *a)
{
    cursor q = *c;
    token t = peek(&q);
    part b;
    if (t.type != TOK_WORD || list_value(&q, t, DATE_COORDINATORS) < 0)
        return false;
    q.pos = t.end;
    if (!take_part(&q, &b, false, false) || b.kind != PART_MONTH || b.year == 0 || b.month < a->month)
        return false;
    a->year = b.year;
    return true;
}

/* The words that make a weekday a habit, no day: "setiap Jumat pagi". */
static const lex_entry HABIT_WORDS[] = {{"setiap", 1}, {"tiap", 1}, {"saban", 1}};
/* The prepositions of time that may open a sentence before a weekday:
 * "Hingga Minggu pagi, ..." (after any other capitalised word the weekday
 * names a thing: "Apel Senin pagi"). */
static const lex_entry TIME_PREPOSITIONS[] = {{"hingga", 1}, {"jelang", 1}, {"ketika", 1}, {"menjelang", 1},
                                              {"mulai", 1},  {"pada", 1},  {"saat", 1},   {"sampai", 1},
                                              {"sejak", 1}};

/* A weekday alone that dates the reported event: one that closes a
 * wire-copy sentence after a comma, "kata Gubernur di Mataram, Kamis." (not
 * a list of weekdays), or one with the part of the day in small letters,
 * "sejak Rabu malam", "pada Senin pagi" (not a habit: "setiap Jumat pagi"). */
static bool take_bare_weekday(cursor *c, token prev, mention *m)
{
    token t = peek(c);
    int wd = t.type == TOK_WORD ? list_value(c, t, DATE_WEEKDAYS) : -1;
    if (wd < 0 || (wd & DATE_ABBREV))
        return false;
    cursor q = *c;
    q.pos = t.end;
    token next = peek(&q);
    bool day_part = next.type == TOK_WORD && list_value(&q, next, DATE_DAY_PARTS) >= 0;
    if (day_part) {
        cursor relative = q; /* "Senin pagi ini": the relative day "pagi ini" */
        day_part = c->s[next.start] >= 'a' && c->s[next.start] <= 'z' && take_phrase(&relative, DATE_RELATIVE_DAYS) < 0;
        q.pos = next.end;
        next = peek(&q);
    }
    bool closes = prev.type == TOK_PUNCT && prev.cp == ',' && !word_before_is(c->s, prev.start, DATE_WEEKDAYS) &&
                  (next.type == TOK_END || (next.type == TOK_PUNCT && (next.cp == '.' || next.cp == '!')));
    /* ... or stands between commas before the clause's verb in small
     * letters: "X di Bangkalan, Kamis, mengatakan ..." (not a list:
     * "Senin, Rabu, dan Jumat") */
    if (!closes && !day_part && prev.type == TOK_PUNCT && prev.cp == ',' && next.type == TOK_PUNCT && next.cp == ',' &&
        !word_before_is(c->s, prev.start, DATE_WEEKDAYS)) {
        cursor after = q;
        after.pos = next.end;
        token verb = peek(&after);
        closes = verb.type == TOK_WORD && c->s[verb.start] >= 'a' && c->s[verb.start] <= 'z' &&
                 list_value(&after, verb, DATE_WEEKDAYS) < 0 && list_value(&after, verb, DATE_COORDINATORS) < 0 &&
                 list_value(&after, verb, DATE_RANGE_WORDS) < 0;
    }
    /* (capitalised, as a day's name is; the words before it, in no date
     * list, read from the text: a habit word among the last few, "setiap
     * Senin dan Kamis pagi") */
    enum { HABIT_REACH = 3 };
    bool habit = false, named = false, preposed = false;
    size_t at = t.start;
    for (int k = 0; k < HABIT_REACH && !habit; k++) {
        size_t start, end = word_before(c->s, at, &start);
        if (start == end)
            break;
        const char *w = c->s + start;
        habit = lex_lookup(LEX_TABLE(HABIT_WORDS), w, end - start) >= 0;
        if (k == 0) {
            bool preposition = lex_lookup(LEX_TABLE(TIME_PREPOSITIONS), w, end - start) >= 0;
            named = w[0] >= 'A' && w[0] <= 'Z' && !preposition;
            /* (not "hingga"/"mulai Sabtu": a day ahead as often as one past) */
            preposed = preposition && ((end - start == 5 && strncmp(w, "sejak", 5) == 0) ||
                                       (end - start == 4 && strncmp(w, "pada", 4) == 0));
        }
        at = start;
    }
    /* "... digelar pada Jumat.", "omzetnya naik sejak Jumat.": a day "pada"
     * or "sejak" names at the end of its clause */
    bool clause_end = next.type == TOK_END || (next.type == TOK_PUNCT && (next.cp == '.' || next.cp == ','));
    preposed = preposed && !habit && !day_part && clause_end && c->s[t.start] >= 'A' && c->s[t.start] <= 'Z';
    bool event = day_part && !habit && !named && c->s[t.start] >= 'A' && c->s[t.start] <= 'Z' &&
                 !word_before_is(c->s, t.start, DATE_WEEKDAYS);
    /* "Senin lalu kami turun ke desa": the last such day before the anchor
     * ("Minggu lalu" is last week as often as last Sunday: no day) */
    bool last = !day_part && !habit && next.type == TOK_WORD && c->s[t.start] >= 'A' && c->s[t.start] <= 'Z' &&
                list_value(&q, next, DATE_DIRECTIONS) == DATE_RELATIVE_ZERO - 1 &&
                !(t.end - t.start == 6 && strncasecmp(c->s + t.start, "minggu", 6) == 0);
    if (!closes && !event && !last && !preposed)
        return false;
    m->kind = DATE_DAY, m->weekday_only = true, m->relative = last ? -1 : 0;
    m->a.weekday = m->b.weekday = wd & DATE_VALUE_MASK;
    m->offset = t.start, m->length = t.end - t.start;
    c->pos = t.end;
    return true;
}

/* "tahun lalu", "tahun depan", "tahun ini" after a yearless month: its
 * year, in years after the anchor's (a year cue, then a direction or "ini"). */
static bool year_after(const cursor *c, int *shift)
{
    cursor q = *c;
    token t = peek(&q);
    if (t.type != TOK_WORD || list_value(&q, t, DATE_YEAR_CUES) < 0)
        return false;
    q.pos = t.end;
    token next = peek(&q);
    if (next.type == TOK_WORD && next.end - next.start == 3 && strncasecmp(q.s + next.start, "ini", 3) == 0) {
        *shift = 0;
        return true;
    }
    int dir = take_phrase(&q, DATE_DIRECTIONS);
    if (dir < 0 || dir == DATE_RELATIVE_ZERO)
        return false;
    *shift = dir > DATE_RELATIVE_ZERO ? 1 : -1;
    return true;
}

/* Two days of one month in brackets, the day of their start before the
 * dash: "(26–28/11)", "(24-25/11/2026)", after the two weekdays they are
 * when written ("Kamis–Sabtu (26–28/11)", "Selasa hingga Rabu (...)"). The
 * text is what stands inside the brackets, or the whole with weekdays, as
 * for one day ("(20/5)", "Rabu (20/5)"). */
static bool take_bracketed_days(cursor *c, mention *m)
{
    cursor save = *c;
    token t = peek(c);
    size_t start = t.start;
    part a = {.kind = PART_BARE, .weekday = -1}, b = {.kind = PART_DAY, .weekday = -1};
    if (t.type == TOK_WORD) {
        int first = list_value(c, t, DATE_WEEKDAYS);
        if (first < 0 || (first & DATE_ABBREV))
            return false;
        c->pos = t.end;
        token second = peek(c);
        int last = take_phrase(c, DATE_RANGE_WORDS) >= 0 && (second = peek(c)).type == TOK_WORD
                       ? list_value(c, second, DATE_WEEKDAYS)
                       : -1;
        if (last < 0 || (last & DATE_ABBREV))
            goto fail;
        c->pos = second.end;
        a.weekday = first & DATE_VALUE_MASK, b.weekday = last & DATE_VALUE_MASK;
        t = peek(c);
    }
    long day, last_day, month, year = 0;
    if (t.type != TOK_PUNCT || t.cp != '(')
        goto fail;
    take(c);
    size_t inner = peek(c).start;
    /* (read here, not as a date alone: the number before the dash makes the
     * second day's start unclean for take_numeric) */
    if (!take_num(c, 1, 2, false, &day) || take_phrase(c, DATE_RANGE_WORDS) < 0 || !take_num(c, 1, 2, false, &last_day) ||
        !take_punct(c, '/', true) || !take_num(c, 1, 2, true, &month) || !valid_day_month(last_day, month))
        goto fail;
    if (take_punct(c, '/', true) && !(take_num(c, 4, 4, true, &year) && valid_year(year)))
        goto fail;
    size_t inner_end = c->pos;
    if (!take_punct(c, ')', false))
        goto fail;
    a.day = (int)day, b.day = (int)last_day, b.month = (int)month, b.year = (int)year;
    if (!join_range(&a, &b, m))
        goto fail;
    m->kind = DATE_RANGE, m->a = a, m->b = b;
    m->offset = a.weekday >= 0 ? start : inner;
    m->length = (a.weekday >= 0 ? c->pos : inner_end) - m->offset;
    return true;
fail:
    *c = save;
    return false;
}

/* The words that place a time within a month ("awal", "pertengahan",
 * "akhir", "medio" Maret): the whole month is meant. */
static const lex_entry MONTH_PARTS[] = {{"akhir", 1}, {"awal", 1}, {"medio", 1}, {"pertengahan", 1}};

/* `relative`: a relative day may open the expression (not inside one that
 * a relative day opened, so that "kemarin, kemarin, ..." is no recursion). */
static bool take_expression(cursor *c, token prev, token prev_word, bool relative, mention *m)
{
    memset(m, 0, sizeof *m);
    token t = peek(c);
    size_t cue_start = SIZE_MAX;
    if (t.type == TOK_WORD) {
        cursor r = *c;
        int rel = relative ? take_phrase(&r, DATE_RELATIVE_DAYS) : -1;
        if (rel >= 0) {
            /* "libur Lebaran kemarin" is the last one, not yesterday; "sehari-hari ini" and "100 hari ini"
             * are no day */
            bool period = prev.type == TOK_WORD && list_value(c, prev, DATE_PERIOD_NOUNS) >= 0;
            /* ... or its noun before a word of small letters that names it: "musim barat kemarin" (read
             * from the text: the scan forgets words in no list) */
            size_t named_start, named_end = word_before(c->s, t.start, &named_start), noun_start = 0, noun_end = 0;
            if (named_end > named_start && c->s[named_start] >= 'a' && c->s[named_start] <= 'z')
                noun_end = word_before(c->s, named_start, &noun_start);
            period = period || (noun_end > noun_start && c->s[noun_start] >= 'a' && c->s[noun_start] <= 'z' &&
                                date_lookup(DATE_PERIOD_NOUNS, c->s + noun_start, noun_end - noun_start) >= 0);
            /* "sehari-hari ini"; not an opening mark or a comma typed without
             * its space ("“Hari ini, ...", "menyampaikan,hari ini") */
            bool joined = prev.type == TOK_PUNCT && prev.end == t.start && is_dash(prev.cp);
            bool counted = prev.type == TOK_WORD && list_value(c, prev, DATE_COUNTS) >= 0; /* "tiga hari ini" */
            if ((rel < DATE_RELATIVE_ZERO && period) || joined || prev.type == TOK_NUM ||
                (counted && rel == DATE_RELATIVE_ZERO))
                return false;
            /* "besok hingga 23 Desember", "hari ini hingga Sabtu (26/9)": one
             * range, from the relative day to the day written */
            cursor to = r;
            token no_token = {TOK_END, 0, 0, 0, 0};
            if (rel >= DATE_RELATIVE_ZERO && take_phrase(&to, DATE_RANGE_WORDS) >= 0 &&
                take_expression(&to, no_token, no_token, false, m) && m->kind == DATE_DAY && !m->weekday_only &&
                !m->hijri) {
                m->kind = DATE_RANGE, m->relative_start = true, m->relative = rel - DATE_RELATIVE_ZERO;
                m->offset = t.start, m->length = to.pos - t.start;
                *c = to;
                return true;
            }
            memset(m, 0, sizeof *m);
            /* "Besok hari Senin tanggal 23 Juni 2024", "kemarin, 8—11 Maret 2023": the written date names
             * the day */
            cursor q = r;
            token none = {TOK_END, 0, 0, 0, 0};
            take_punct(&q, ',', false);
            take_phrase(&q, DATE_WEEKDAY_CUES);
            if (take_expression(&q, none, none, false, m) && (m->kind == DATE_DAY || m->kind == DATE_RANGE) &&
                !m->weekday_only) {
                m->offset = t.start, m->length = q.pos - t.start;
                *c = q;
                return true;
            }
            memset(m, 0, sizeof *m);
            /* "Jumat kemarin": the last Friday before the day */
            int wd = prev.type == TOK_WORD ? list_value(c, prev, DATE_WEEKDAYS) : -1;
            if (rel < DATE_RELATIVE_ZERO && wd >= 0 && !(wd & DATE_ABBREV)) {
                m->kind = DATE_DAY, m->weekday_only = true, m->relative = -1;
                m->a.weekday = m->b.weekday = wd & DATE_VALUE_MASK;
                m->offset = prev.start, m->length = r.pos - prev.start;
                *c = r;
                return true;
            }
            /* "Hari ini dan 10 tahun ke depan": the present as the start of a
             * span of years, no day */
            cursor after = r;
            token next = peek(&after);
            if (rel == DATE_RELATIVE_ZERO && next.type == TOK_WORD &&
                (list_value(c, next, DATE_COORDINATORS) >= 0 || list_value(c, next, DATE_RANGE_WORDS) >= 0)) {
                after.pos = next.end;
                if (peek(&after).type == TOK_NUM)
                    return false;
            }
            m->kind = DATE_RELATIVE, m->relative = rel - DATE_RELATIVE_ZERO;
            m->offset = t.start, m->length = r.pos - t.start;
            *c = r;
            return true;
        }
        cursor q = *c;
        if (take_phrase(&q, DATE_DAY_CUES) >= 0) {
            cue_start = t.start;
            *c = q;
        }
    }
    bool codes = is_number_cue(c, prev_word);
    if (!codes && take_bracketed_days(c, m))
        return true;
    part a, b;
    if (!take_part(c, &a, codes, false))
        return take_bare_weekday(c, prev, m);
    bool bare = a.kind == PART_BARE;
    /* "bulan Desember", "bulan April hingga Mei 2025": the cue belongs to the month */
    size_t month_start = a.kind == PART_MONTH && prev.type == TOK_WORD && prev.start == prev_word.start &&
                                 list_value(c, prev, DATE_MONTH_CUES) >= 0
                             ? prev.start
                             : a.start;
    cursor after_a = *c;
    bool ranged = take_phrase(c, DATE_RANGE_WORDS) >= 0, paired = false;
    if (!ranged && bare) { /* "18 dan 19 April": two days in a row of one month, one span */
        token w = peek(c);
        paired = w.type == TOK_WORD && w.end - w.start == 3 && strncasecmp(c->s + w.start, "dan", 3) == 0;
        if (paired)
            c->pos = w.end;
    }
    /* "Januari hingga pertengahan Maret 2025", "akhir Desember hingga pertengahan Januari": the
     * second month's part of the month no part of the range's ends (as "pertengahan Desember" alone
     * gives "Desember") */
    if (ranged && a.kind == PART_MONTH) {
        token part_word = peek(c);
        if (part_word.type == TOK_WORD &&
            lex_lookup(LEX_TABLE(MONTH_PARTS), c->s + part_word.start, part_word.end - part_word.start) >= 0)
            c->pos = part_word.end;
    }
    if ((ranged || paired) && take_part(c, &b, codes, bare) && b.kind != PART_BARE &&
        (!paired || (b.kind == PART_DAY && b.day == a.day + 1)) && join_range(&a, &b, m)) {
        m->kind = DATE_RANGE, m->a = a, m->b = b;
        m->offset = bare && cue_start != SIZE_MAX ? cue_start : month_start; /* "tanggal 5 hingga 7 Mei" */
        m->length = b.end - m->offset;
        return true;
    }
    *c = after_a;
    if (bare)
        return false;
    size_t end = a.end;
    if (a.kind == PART_MONTH && a.year == 0) {
        /* a yearless month counts when its sentence says which one it is */
        cursor q = *c;
        int dir = take_phrase(&q, DATE_DIRECTIONS);
        if (year_after(c, &m->year_shift)) {
            m->year_shifted = true; /* "Januari tahun lalu": the words after the month are no part of it */
        } else if (dir >= 0) {
            m->direction = dir > DATE_RELATIVE_ZERO ? 1 : -1;
            *c = q;
            end = q.pos;
        } else if (cue_before(c->s, a.start, DATE_FUTURE_CUES, FUTURE_REACH, true, c->gate) ||
                   take_phrase(&q, DATE_FUTURE_CUES) >= 0) {
            m->direction = 1; /* "akan ... Juni", "April nanti warga sudah pindah": the word no part of it */
        } else if (!take_shared_year(c, &a)) {
            if (since_before(c->s, month_start))
                m->direction = SINCE; /* (it counts, as after any time word) */
            else if (month_start == a.start && !(prev.type == TOK_WORD && list_value(c, prev, DATE_YEAR_CUES) >= 0))
                return false; /* "hingga Desember", "akhir Januari": a month after a time word counts */
        }
    }
    m->kind = a.kind == PART_MONTH ? DATE_MONTH : DATE_DAY;
    m->a = m->b = a;
    if (a.kind == PART_MONTH)
        m->a.day = 1, m->b.day = 0;
    m->offset = month_start, m->length = end - month_start;
    return true;
}

/* The Hijri calendar's word or phrase of up to two words at the cursor (HIJRI_CALENDAR_WORDS): its value,
 * the cursor past it; or -1. */
static int take_hijri_word(cursor *c)
{
    token w1 = peek(c);
    if (w1.type != TOK_WORD)
        return -1;
    token w2 = lex(c->s, c->len, w1.end);
    if (w2.type == TOK_WORD && w2.start == w1.end + 1) { /* "Jumadil Akhir", written with one space */
        int v = lex_lookup(HIJRI_CALENDAR_WORDS, c->s + w1.start, w2.end - w1.start);
        if (v >= 0) {
            c->pos = w2.end;
            return v;
        }
    }
    int v = lex_lookup(HIJRI_CALENDAR_WORDS, c->s + w1.start, w1.end - w1.start);
    if (v >= 0)
        c->pos = w1.end;
    return v;
}

/* "20 Jumadil Akhir 1448 H", "1 Sura": a day of the Islamic (or Javanese)
 * calendar, its year and era when written. */
static bool take_hijri(cursor *c, mention *m)
{
    enum { HIJRI_YEAR_MIN = 1300, HIJRI_YEAR_MAX = 1700 };
    cursor r = *c;
    long day, year = 0;
    token first = peek(&r);
    if (!take_num(&r, 1, 2, false, &day) || day < 1 || day > 30)
        return false;
    int month = take_hijri_word(&r);
    if (month < 1 || month > 12)
        return false;
    cursor y = r;
    if (take_num(&y, 4, 4, false, &year) && year >= HIJRI_YEAR_MIN && year <= HIJRI_YEAR_MAX) {
        r = y;
        cursor era = r;
        if (take_hijri_word(&era) == HIJRI_ERA)
            r = era;
    } else {
        year = 0;
    }
    memset(m, 0, sizeof *m);
    m->kind = DATE_DAY, m->hijri = true;
    m->a = (part){PART_DAY, (int)year, month, (int)day, -1, first.start, r.pos};
    m->b = m->a;
    m->offset = first.start, m->length = r.pos - first.start;
    *c = r;
    return true;
}

/* ---- times ------------------------------------------------------------- */

/* "pukul 09.00 WITA", "09:30 WIB", "09.15": minutes and zone (NO_ZONE). */
static bool take_time(cursor *c, int *minutes, int *zone)
{
    cursor save = *c;
    token t = peek(c);
    if (t.type == TOK_WORD && list_value(c, t, DATE_TIME_CUES) >= 0)
        c->pos = t.end;
    if (!take_clock(c, minutes)) {
        *c = save;
        return false;
    }
    *zone = NO_ZONE;
    token z = peek(c);
    if (z.type == TOK_WORD) {
        int v = list_value(c, z, DATE_ZONES);
        if (v >= 0) {
            *zone = v;
            c->pos = z.end;
        }
    }
    return true;
}

/* The first clock time in s[pos..len) within `reach` tokens (0: any). */
static bool find_time(const char *s, size_t len, size_t pos, size_t reach, int *minutes, int *zone)
{
    cursor c = {s, len, pos, NULL};
    for (size_t n = 0; !reach || n < reach; n++) {
        token t = peek(&c);
        if (t.type == TOK_END)
            return false;
        if (t.type == TOK_NUM || t.type == TOK_WORD) {
            cursor at = c;
            if (take_time(&at, minutes, zone))
                return true;
        }
        c.pos = t.end;
    }
    return false;
}

/* ---- scanning ---------------------------------------------------------- */

typedef VEC(mention) mention_list;


typedef struct {
    arena *a;
    mention_list mentions;
    int site_zone; /* the first "HH.MM WITA" of the page, else NO_ZONE */
    const word_gate *gate;
    civil_date latest; /* no article is published after this day: the reference date or today */
    int latest_year;   /* the latest year up to latest.year that the text writes, 0 if none */
} scan;

static void see_year(scan *sc, long year)
{
    if (valid_year(year) && year <= sc->latest.year && year > sc->latest_year)
        sc->latest_year = (int)year;
}



static bool is_date_mark(int32_t cp) { return cp == '/' || cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x2212; }

/* The number t opens "21.06.2026": a dot, a number, a dot and a four-digit
 * year, tight (take_numeric reads it; a clock's "21.06" is none). */
static bool dotted_date_at(const char *s, size_t len, token t)
{
    token d1 = lex(s, len, t.end), m = lex(s, len, d1.end), d2 = lex(s, len, m.end), y = lex(s, len, d2.end);
    return d1.type == TOK_PUNCT && d1.cp == '.' && d1.start == t.end && m.type == TOK_NUM && m.start == d1.end &&
           d2.type == TOK_PUNCT && d2.cp == '.' && d2.start == m.end && y.type == TOK_NUM && y.start == d2.end &&
           digits(y) == 4;
}

/* Nothing but what the lexer skips between from and to. */
static bool only_blanks(const char *s, size_t from, size_t to)
{
    for (; from < to; from++)
        if ((unsigned char)s[from] > ' ')
            return false;
    return true;
}

static void scan_text(scan *sc, const char *s, size_t len, long where)
{
    size_t pos = 0, date_end = SIZE_MAX; /* where the last expression ended */
    token none = {TOK_END, 0, 0, 0, 0}, prev = none, prev_word = none;
    token word_before = none; /* the last word, a comma at most after it: a weekday's, maybe */
    while (sc->mentions.len < MAX_DATES) {
        bool skipped = false;
        pos = skip_plain_words(sc->gate, s, len, pos, &skipped);
        if (skipped) /* a word in no list is as good as none before a date */
            prev = prev_word = word_before = none;
        token t = lex(s, len, pos);
        if (t.type == TOK_END)
            break;
        cursor c = {s, len, t.start, sc->gate};
        mention m;
        /* a number opens an expression only before a date mark or a date word */
        token after = t.type == TOK_NUM ? lex(s, len, t.end) : none;
        if (ordinal_suffix(s, t, after)) /* "14th Jan 2026" */
            after = lex(s, len, after.end);
        bool candidate = (t.type == TOK_NUM && ((after.type == TOK_PUNCT && is_date_mark(after.cp)) ||
                                                (after.type == TOK_WORD && gate_passes(sc->gate, s, after)) ||
                                                (after.type == TOK_PUNCT && after.cp == '.' &&
                                                 dotted_date_at(s, len, t)))) ||
                         (t.type == TOK_PUNCT && t.cp == '(') || (t.type == TOK_WORD && gate_opens(sc->gate, s, t));
        /* "Selasa (13/10) kemarin", "17 Mei 2021 kemarin": the word says the
         * date is past, it names no day of its own */
        bool modifies_date = date_end != SIZE_MAX && only_blanks(s, date_end, t.start);
        if (candidate && take_expression(&c, prev, prev_word, !modifies_date, &m)) {
            m.paragraph = where, m.base = s, m.base_len = len;
            see_year(sc, m.a.year);
            see_year(sc, m.b.year);
            if (VEC_PUSH(sc->a, &sc->mentions, m))
                return;
            pos = date_end = c.pos;
            prev = prev_word = word_before = none;
            continue;
        }
        c.pos = t.start;
        if (t.type == TOK_NUM && after.type == TOK_WORD && take_hijri(&c, &m)) {
            if (word_before.type != TOK_END && list_value(&c, word_before, DATE_WEEKDAYS) >= 0) {
                m.length += m.offset - word_before.start; /* "Jum'at, 1 Sya'ban 1443 H" */
                m.offset = word_before.start;
            }
            m.paragraph = where, m.base = s, m.base_len = len;
            if (VEC_PUSH(sc->a, &sc->mentions, m))
                return;
            pos = c.pos;
            prev = prev_word = word_before = none;
            continue;
        }
        if (t.type == TOK_NUM && digits(t) == 4 && list_value(&c, prev, DATE_YEAR_CUES) >= 0)
            see_year(sc, t.num); /* "Rencananya, pada 2016 mendatang" */
        int minutes, zone;
        c.pos = t.start;
        if (sc->site_zone == NO_ZONE && after.type == TOK_PUNCT && (after.cp == '.' || after.cp == ':') &&
            take_time(&c, &minutes, &zone) && zone != NO_ZONE)
            sc->site_zone = zone;
        if (t.type == TOK_WORD)
            prev_word = t;
        else if (!(t.type == TOK_PUNCT && (t.cp == ':' || t.cp == '.')))
            prev_word = none;
        if (t.type == TOK_WORD)
            word_before = t;
        else if (!(t.type == TOK_PUNCT && t.cp == ','))
            word_before = none;
        prev = t;
        pos = t.end;
    }
}

/* ---- resolution -------------------------------------------------------- */


/* The year that puts month/day nearest the anchor. */
static int nearest_year(int month, int day, civil_date anchor)
{
    long best = LONG_MAX, at = calendar_to_days(anchor);
    int year = anchor.year;
    for (int y = anchor.year - 1; y <= anchor.year + 1; y++) {
        civil_date d = civil(y, month, day);
        if (!calendar_valid(d))
            continue;
        long dist = labs(calendar_to_days(d) - at);
        if (dist < best)
            best = dist, year = y;
    }
    return year;
}

/* The mention's first and last day; false when it cannot be resolved (no
 * anchor for a yearless or relative date) or is no real date. */
static bool resolve(const mention *m, const civil_date *anchor, civil_date *start, civil_date *end, bool *mismatch)
{
    if (m->hijri) /* a day of ours only through another mention (equate_hijri) */
        return false;
    if (m->kind == DATE_RELATIVE) {
        if (!anchor)
            return false;
        *start = *end = calendar_add_days(*anchor, m->relative);
        *mismatch = false;
        return true;
    }
    if (m->relative_start) {
        mention last = *m; /* the day written, its weekday checked against it */
        last.relative_start = false, last.kind = DATE_DAY;
        if (!anchor || !resolve(&last, anchor, start, end, mismatch))
            return false;
        *start = calendar_add_days(*anchor, m->relative);
        return calendar_to_days(*start) <= calendar_to_days(*end);
    }
    if (m->weekday_only) {
        if (!anchor)
            return false;
        civil_date from = calendar_add_days(*anchor, m->relative);
        *start = *end = calendar_add_days(from, -((calendar_weekday(from) - m->a.weekday + 7) % 7));
        *mismatch = false;
        return true;
    }
    part a = m->a, b = m->b;
    if (a.year == 0) {
        if (!anchor)
            return false;
        if (m->year_shifted)
            a.year = anchor->year + m->year_shift;
        /* (a month named ahead in its own month is that month, still running:
         * "akan tiba sebelum akhir Agustus", written on 24 August; "Desember
         * lalu" written in December is the last one) */
        else if (m->direction > 0)
            a.year = anchor->year + (a.month < anchor->month || (a.kind != PART_MONTH && a.month == anchor->month));
        else if (m->direction == SINCE)
            a.year = anchor->year - (a.month > anchor->month);
        else if (m->direction < 0)
            a.year = anchor->year - (a.month >= anchor->month);
        else
            a.year = nearest_year(a.month, a.kind == PART_MONTH ? MID_MONTH : a.day, *anchor);
        b.year = a.year + (m->kind == DATE_RANGE && m->b_next_year);
        if (m->kind != DATE_RANGE)
            b.year = a.year;
    }
    if (b.day == 0)
        b.day = calendar_days_in_month(b.year, b.month);
    *start = civil(a.year, a.month, a.day);
    *end = civil(b.year, b.month, b.day);
    if (!calendar_valid(*start) || !calendar_valid(*end) || calendar_to_days(*start) > calendar_to_days(*end))
        return false;
    *mismatch = (a.weekday >= 0 && calendar_weekday(*start) != a.weekday) ||
                (b.weekday >= 0 && calendar_weekday(*end) != b.weekday);
    return true;
}

typedef struct {
    civil_date start, end;
    bool ok, mismatch;
} resolved;

/* A Hijri date names the day of its paragraph that the tabular calendar
 * puts within two days of it ("Selasa (1/12/2026) bertepatan dengan 20
 * Jumadil Akhir 1448 H"; without a year, of the year nearest that day), the
 * one written nearest; with no such day the article equates it with none of
 * ours, and it is no date ("peringatan 12 Rabiul Awal di tempat lain"). */
static void equate_hijri(const mention_list *ms, resolved *days, size_t h)
{
    enum { HIJRI_SLACK_DAYS = 2 };
    const mention *m = &ms->items[h];
    size_t best_gap = SIZE_MAX;
    for (size_t i = 0; i < ms->len; i++) {
        const mention *o = &ms->items[i];
        if (!days[i].ok || o->hijri || o->paragraph != m->paragraph || o->kind != DATE_DAY)
            continue;
        long day = calendar_to_days(days[i].start);
        /* the Hijri year of that day, near enough: 33 Hijri years to 32 of ours */
        int guess = (int)((days[i].start.year - 622) * 33L / 32);
        bool near = false;
        for (int y = m->a.year ? m->a.year : guess - 1; y <= (m->a.year ? m->a.year : guess + 1) && !near; y++)
            near = labs(calendar_hijri_to_days(y, m->a.month, m->a.day) - day) <= HIJRI_SLACK_DAYS;
        size_t gap = o->offset > m->offset ? o->offset - m->offset : m->offset - o->offset;
        if (near && gap < best_gap) {
            best_gap = gap;
            days[h] = (resolved){days[i].start, days[i].start, true, false};
        }
    }
}

/* ---- the publication date ---------------------------------------------- */

typedef struct {
    bool found;
    civil_date date;
    int minutes; /* -1: unknown */
    int zone;    /* NO_ZONE: unknown */
    const char *text;
} pub_date;

static bool is_local_zone(int zone) { return zone == 7 * 60 || zone == 8 * 60 || zone == 9 * 60; }

static void shift_zone(pub_date *p, int from, int to)
{
    long total = calendar_to_days(p->date) * 1440L + p->minutes - from + to;
    long days = total >= 0 ? total / 1440 : -((-total + 1439) / 1440);
    p->date = calendar_from_days(days);
    p->minutes = (int)(total - days * 1440);
    p->zone = to;
}

/* A machine timestamp: ISO 8601 (with "T" or a space, "Z", "+07:00",
 * "+0700"), RFC 822 ("Tue, 21 May 2024 01:15:00 GMT"), or "08/03/2020 09:30"
 * with a slash (month first, as the software writing such stamps does). */
static bool parse_machine(const char *s, pub_date *p)
{
    cursor c = {s, strlen(s), 0, NULL};
    part pt = {0};
    long a, b, y;
    if (take_num(&c, 1, 2, false, &a) && take_punct(&c, '/', true) && take_num(&c, 1, 2, true, &b) &&
        take_punct(&c, '/', true) && take_num(&c, 4, 4, true, &y)) {
        p->date = valid_day_month(b, a) ? civil((int)y, (int)a, (int)b) : civil((int)y, (int)b, (int)a);
    } else {
        c.pos = 0;
        if (!take_iso_date(&c, &pt) && !(take_part(&c, &pt, false, false) && pt.kind == PART_DAY && pt.year != 0))
            return false;
        p->date = civil(pt.year, pt.month, pt.day);
    }
    if (!calendar_valid(p->date))
        return false;
    p->found = true, p->text = s;
    if (!take_iso_time(&c, &p->minutes, &p->zone))
        p->minutes = -1, p->zone = NO_ZONE;
    return true;
}

/* The time and zone written right after a dateline's date: "| 09:30 WIB". */
static void time_after(const mention *m, pub_date *p)
{
    int minutes, zone;
    if (find_time(m->base, m->base_len, m->offset + m->length, 3, &minutes, &zone))
        p->minutes = minutes, p->zone = zone;
}


/* Whether a sentence ends before `at`: a full stop, "!" or "?" and a space. */
static bool sentence_before(const char *s, size_t at)
{
    for (size_t i = 1; i < at; i++)
        if (s[i] == ' ' && (s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?'))
            return true;
    return false;
}

/* A date that opens the body or follows its place ("Jumat, 25 Juli 2025 —",
 * "Kota Kupang, 25 Juli 2025 –", "Kompas.com, 13 September 2025"), or a short
 * line of its own ("Diterbitkan: Kamis, 12 Juni 2025 | Dibaca: 412 kali"). */
static bool is_dateline(const mention *m)
{
    if (m->kind != DATE_DAY || m->weekday_only || m->offset > DATELINE_REACH || sentence_before(m->base, m->offset))
        return false;
    if (m->offset == 0 || m->base_len <= DATE_LINE_MAX)
        return true;
    cursor c = {m->base, m->base_len, m->offset + m->length, NULL};
    int minutes, zone;
    if (!take_punct(&c, '|', false))
        take_punct(&c, ',', false);
    take_time(&c, &minutes, &zone);
    token t = peek(&c);
    return t.type == TOK_PUNCT && is_dash(t.cp);
}

/* At most a name or a place before the date, as a date line writes it
 * ("Kompas.com, 13 September 2025"), not a headline or a heading that ends
 * with a date ("Upacara HUT RI, 17 Agustus 2025"). */
static bool opens_date_line(const mention *m)
{
    size_t words = 0;
    for (size_t i = 0; i < m->offset; i++)
        words += m->base[i] == ' ';
    return words <= DATE_LINE_WORDS;
}

/* A short text that is a date and at most a time after it: a date line the
 * text reader took for the headline ("Rabu 28 Dec 2022 14:04 WIB", "Dwi
 * Wardani 29 September 2025 09:18:28 WIB", "Desa Margo Mulyo, 15 Januari
 * 2024"). */
static bool ends_date_line(const mention *m)
{
    if (m->kind != DATE_DAY || m->weekday_only || m->base_len > DATE_LINE_MAX || !opens_date_line(m))
        return false;
    cursor c = {m->base, m->base_len, m->offset + m->length, NULL};
    int minutes, zone;
    take_punct(&c, ',', false);
    take_time(&c, &minutes, &zone);
    return peek(&c).type == TOK_END;
}

/* Whether a body date may date the report: a day or a range, but not a
 * regulation's date ("Nomor 4 Tahun 2026 tanggal 2 Januari 2026"), an event
 * ahead ("akan digelar pada 5 Mei", "5 Mei mendatang") or a date long past
 * ("20 November 2003 silam"). */
static bool dates_the_report(const mention *m, const word_gate *g)
{
    /* (a span of months is a period a report covers, as one month is: "Januari hingga Oktober 2025") */
    if ((m->kind != DATE_DAY && m->kind != DATE_RANGE) || m->weekday_only || m->a.kind == PART_MONTH)
        return false;
    cursor c = {m->base, m->base_len, m->offset + m->length, g};
    int dir = take_phrase(&c, DATE_DIRECTIONS);
    if (dir > DATE_RELATIVE_ZERO || dir == DATE_RELATIVE_ZERO - 2)
        return false;
    if (cue_before(m->base, m->offset, DATE_FUTURE_CUES, FUTURE_REACH, true, g))
        return false;
    return !(word_before_is(m->base, m->offset, DATE_DAY_CUES) &&
             cue_before(m->base, m->offset, DATE_DECREE_CUES, DECREE_REACH, false, g));
}

/* A year, up to `latest`, in which a yearless day falls on its written
 * weekday (GOLD.md's year from the weekday): the one nearest the latest year
 * the text writes ("pada 2016 mendatang" and "Selasa (16/6)": 2015), else
 * the latest ("Jum'at (19/02)" read in 2026: 2021); 0 when none. */
static int weekday_year(const part *p, civil_date latest, int year_seen)
{
    int best = 0;
    for (int y = latest.year; y > latest.year - WEEKDAY_YEARS; y--) {
        civil_date d = civil(y, p->month, p->day);
        if (!calendar_valid(d) || calendar_to_days(d) > calendar_to_days(latest) || calendar_weekday(d) != p->weekday)
            continue;
        if (!year_seen)
            return y;
        if (!best || abs(y - year_seen) < abs(best - year_seen))
            best = y;
    }
    return best;
}

/* The publication date a mention gives: resolved against the reference
 * date, or a yearless day with a weekday in the year weekday_year gives
 * (never after sc->latest: the reference date or today). */
static bool pub_from_mention(const mention *m, const scan *sc, const civil_date *ref, arena *a, pub_date *p)
{
    civil_date s, e;
    bool mismatch;
    if (!resolve(m, ref, &s, &e, &mismatch)) {
        if (m->kind != DATE_DAY || m->weekday_only || m->a.year || m->a.weekday < 0)
            return false;
        int year = weekday_year(&m->a, sc->latest, sc->latest_year);
        if (!year)
            return false;
        s = civil(year, m->a.month, m->a.day);
    }
    p->found = true, p->date = s, p->minutes = -1, p->zone = NO_ZONE;
    p->text = arena_strndup(a, m->base + m->offset, m->length);
    return true;
}

/* pub_from_mention for a date the text only suggests (the page states no
 * date line): never one after sc->latest, the reference date or today. */
static bool pub_from_text(const mention *m, const scan *sc, const civil_date *ref, arena *a, pub_date *p)
{
    pub_date day = {0};
    if (!pub_from_mention(m, sc, ref, a, &day) || calendar_to_days(day.date) > calendar_to_days(sc->latest))
        return false;
    *p = day;
    return true;
}

/* A title the text reader took from the lead: a sentence, not a headline. */
static bool title_is_lead(const char *title)
{
    size_t len = strlen(title), words = 1;
    for (size_t i = 0; i < len; i++)
        words += title[i] == ' ';
    return len >= LEAD_MIN_LEN && (title[len - 1] == '.' || words > TITLE_MAX_WORDS);
}

/* Without a date line or a machine stamp: a date line the reader left in
 * the text (the title, a short line above the lead), then the lead's date,
 * then the first date of the reported activity (GOLD.md "published").
 * Mentions [0, title_to) are the title's, [body_from, ...) the body's. */
static pub_source published_from_text(const record *rec, const scan *sc, size_t title_to, size_t body_from,
                                       const civil_date *ref, arena *a, pub_date *best)
{
    for (size_t i = 0; i < title_to; i++)
        if (ends_date_line(&sc->mentions.items[i]) && pub_from_text(&sc->mentions.items[i], sc, ref, a, best))
            return PUB_DATE_LINE;
    /* the lead: the title when it is a sentence, else the first paragraph of prose */
    long lead = WHERE_TITLE;
    if (!rec->title || !title_is_lead(rec->title)) {
        lead = (long)rec->paragraphs.len;
        for (size_t p = 0; p < rec->paragraphs.len && p < HEADER_PARAGRAPHS; p++)
            if (rec->paragraphs.items[p].kind == PARA_BODY && rec->paragraphs.items[p].len >= LEAD_MIN_LEN) {
                lead = (long)p;
                break;
            }
    }
    /* a date line above the lead, or a line of its own among the header
     * lines the reader left before the first date of the prose */
    for (size_t i = body_from; i < sc->mentions.len && sc->mentions.items[i].paragraph < HEADER_PARAGRAPHS; i++) {
        const mention *m = &sc->mentions.items[i];
        const rec_paragraph *para = &rec->paragraphs.items[m->paragraph];
        bool own_line = para->len && para->len <= DATE_LINE_MAX && para->text[para->len - 1] != '.' &&
                        opens_date_line(m);
        if (m->paragraph >= lead && !own_line)
            break;
        if (para->kind != PARA_CAPTION && is_dateline(m) && pub_from_text(m, sc, ref, a, best)) {
            time_after(m, best);
            return PUB_DATE_LINE;
        }
    }
    for (size_t i = lead == WHERE_TITLE ? 0 : body_from; i < sc->mentions.len; i++) {
        const mention *m = &sc->mentions.items[i];
        if (m->paragraph < 0 && m->paragraph != lead)
            continue;
        if (m->paragraph >= 0 && (m->paragraph < lead || rec->paragraphs.items[m->paragraph].kind != PARA_BODY))
            continue;
        if (best->found && m->paragraph != lead)
            return PUB_LEAD;
        pub_date day = {0};
        if (!dates_the_report(m, sc->gate) || !pub_from_text(m, sc, ref, a, &day))
            continue;
        if (m->paragraph != lead) {
            *best = day;
            return PUB_BODY_EVENT;
        }
        /* the dateline's date is the page's own ("Kupang, 25 Juli 2025 –"); a lead that tells the days of
         * an activity was written on the last */
        if (is_dateline(m)) {
            *best = day;
            time_after(m, best);
            return PUB_LEAD;
        }
        if (!best->found || calendar_to_days(day.date) > calendar_to_days(best->date))
            *best = day;
    }
    return best->found ? PUB_LEAD : PUB_NONE;
}

static void format_offset(int zone, char out[7])
{
    int z = zone < 0 ? -zone : zone;
    out[0] = zone < 0 ? '-' : '+';
    out[1] = (char)('0' + z / 600), out[2] = (char)('0' + z / 60 % 10), out[3] = ':';
    out[4] = (char)('0' + z % 60 / 10), out[5] = (char)('0' + z % 10), out[6] = '\0';
}

/* `line` is the visible date line, whose mentions are [line_from, line_to);
 * the title's are [0, title_to). */
static void choose_published(record *rec, const page_hints *hints, const char *line, const scan *sc,
                             size_t title_to, size_t line_from, size_t line_to, size_t body_from,
                             const civil_date *ref, arena *a)
{
    pub_date vis = {0}, mach = {0}, best = {0};
    int zone = sc->site_zone;
    if (line) {
        const char *v = line;
        int minutes, z;
        for (size_t i = line_from; i < line_to && !vis.found; i++)
            if (sc->mentions.items[i].kind == DATE_DAY)
                pub_from_mention(&sc->mentions.items[i], sc, ref, a, &vis);
        pub_date stamp = {0};
        if (vis.found) {
            vis.text = v;
            /* "2020-03-12T13:36:48Z" shown as written: a stamp whose zone is
             * said, moved to the site's own as a machine stamp is */
            if (parse_machine(v, &stamp) && stamp.minutes >= 0 && stamp.zone != NO_ZONE &&
                calendar_to_days(stamp.date) == calendar_to_days(vis.date)) {
                if (!is_local_zone(stamp.zone))
                    shift_zone(&stamp, stamp.zone, zone != NO_ZONE ? zone : DEFAULT_ZONE);
                vis.date = stamp.date, vis.minutes = stamp.minutes, vis.zone = stamp.zone;
            } else if (find_time(v, strlen(v), 0, 0, &minutes, &z)) {
                vis.minutes = minutes, vis.zone = z;
                if (z != NO_ZONE)
                    zone = z;
            }
        }
    }
    /* a stamp in UTC or a foreign zone is moved to the site's own zone */
    if (hints->published_machine && parse_machine(hints->published_machine, &mach) && mach.minutes >= 0) {
        if (mach.zone == NO_ZONE)
            mach.zone = zone;
        else if (!is_local_zone(mach.zone))
            shift_zone(&mach, mach.zone, zone != NO_ZONE ? zone : DEFAULT_ZONE);
    }
    pub_source source = PUB_NONE;
    if (vis.found) {
        best = vis, source = PUB_DATE_LINE;
        /* the machine stamp tells the time of the day the page shows */
        if (best.minutes < 0 && mach.found && mach.minutes >= 0 &&
            calendar_to_days(mach.date) == calendar_to_days(vis.date))
            best.minutes = mach.minutes, best.zone = mach.zone;
    } else if (mach.found) {
        best = mach, source = hints->published_machine_json_ld ? PUB_JSON_LD : PUB_META;
    } else {
        source = published_from_text(rec, sc, title_to, body_from, ref, a, &best);
    }
    if (!best.found && ref) {
        best.found = true, best.date = *ref, best.minutes = -1, best.zone = NO_ZONE;
        source = PUB_REFERENCE;
    }
    if (!best.found)
        return;
    rec->published.source = source;
    rec->published.text = best.text;
    calendar_format(best.date, rec->published.date);
    if (best.minutes >= 0) {
        rec->published.time[0] = (char)('0' + best.minutes / 600);
        rec->published.time[1] = (char)('0' + best.minutes / 60 % 10);
        rec->published.time[2] = ':';
        rec->published.time[3] = (char)('0' + best.minutes % 60 / 10);
        rec->published.time[4] = (char)('0' + best.minutes % 10);
        rec->published.time[5] = '\0';
        if (best.zone == NO_ZONE)
            best.zone = zone;
    }
    if (best.zone != NO_ZONE)
        format_offset(best.zone, rec->published.utc_offset);
}

/* ---- the stage --------------------------------------------------------- */

void dates_extract(record *rec, const page_hints *hints, const char *reference_date, arena *a)
{
    civil_date ref_date, *ref = NULL;
    if (reference_date && calendar_parse_iso(reference_date, &ref_date))
        ref = &ref_date;
    /* an article is never published after the day it is read */
    civil_date latest = ref ? *ref : calendar_from_days((long)(time(NULL) / SECONDS_PER_DAY));
    word_gate gate; /* build_gate sets what lookups read; the rest stays unwritten */
    build_gate(&gate);
    scan sc = {a, {0}, NO_ZONE, &gate, latest, 0};
    if (rec->title)
        scan_text(&sc, rec->title, strlen(rec->title), WHERE_TITLE);
    size_t title_to = sc.mentions.len;
    /* the date line, or when there is none the first other date statement */
    size_t more = 0, line_from = sc.mentions.len;
    const char *line = hints ? hints->published_visible : NULL;
    if (!line && hints && hints->date_lines.len)
        line = hints->date_lines.items[more++];
    if (line)
        scan_text(&sc, line, strlen(line), WHERE_DATE_LINE);
    size_t line_to = sc.mentions.len;
    for (; hints && more < hints->date_lines.len; more++) /* (the visible one again, read by another path: once) */
        if (!line || strcmp(hints->date_lines.items[more], line) != 0)
            scan_text(&sc, hints->date_lines.items[more], strlen(hints->date_lines.items[more]), WHERE_DATE_LINE);
    size_t body_from = sc.mentions.len;
    /* (a listing's teasers are other articles': their dates are theirs, as their quotes are) */
    for (size_t i = 0; i < rec->paragraphs.len && rec->page_type != PAGE_TYPE_LISTING; i++)
        scan_text(&sc, rec->paragraphs.items[i].text, rec->paragraphs.items[i].len, (long)i);

    page_hints none = {0};
    choose_published(rec, hints ? hints : &none, line, &sc, title_to, line_from, line_to, body_from, ref, a);

    civil_date anchor, *anchor_p = ref;
    if (rec->published.date[0] && calendar_parse_iso(rec->published.date, &anchor))
        anchor_p = &anchor;
    /* each mention's days, so that a Hijri date finds the day its paragraph equates it with */
    resolved *days = sc.mentions.len ? arena_alloc(a, sc.mentions.len * sizeof *days) : NULL;
    if (sc.mentions.len && !days)
        return;
    for (size_t i = 0; i < sc.mentions.len; i++) {
        resolved *r = &days[i];
        r->ok = resolve(&sc.mentions.items[i], anchor_p, &r->start, &r->end, &r->mismatch);
    }
    for (size_t i = 0; i < sc.mentions.len; i++)
        if (sc.mentions.items[i].hijri)
            equate_hijri(&sc.mentions, days, i);
    for (size_t i = 0; i < sc.mentions.len; i++) {
        const mention *m = &sc.mentions.items[i];
        if (!days[i].ok)
            continue;
        civil_date s = days[i].start, e = days[i].end;
        bool mismatch = days[i].mismatch;
        rec_date d = {0};
        d.text = arena_strndup(a, m->base + m->offset, m->length);
        calendar_format(s, d.start);
        calendar_format(e, d.end);
        d.kind = m->kind, d.paragraph = m->paragraph, d.offset = m->offset, d.length = m->length;
        d.weekday_mismatch = mismatch;
        if (VEC_PUSH(a, &rec->dates, d))
            return;
    }
}
