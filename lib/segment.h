/* Words of running text for the speech stages (quotes.c, speakers.c): a word
 * is a run of bytes between spaces; its core is the word without the
 * punctuation and quotation marks around it. */
#ifndef BERITA_SEGMENT_H
#define BERITA_SEGMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "lexicon.h"
#include "record.h"

typedef struct {
    size_t start, end;
} seg_span;

/* The next word in s[*pos, end), skipping spaces; advances *pos past it. */
bool seg_next_word(const char *s, size_t end, size_t *pos, seg_span *w);
/* The word before *pos in s[begin, *pos); moves *pos to its start. */
bool seg_prev_word(const char *s, size_t begin, size_t *pos, seg_span *w);
/* The word without leading ( " “ ‘ « and trailing , . ; : ! ? ) ” ’ » ". */
seg_span seg_core(const char *s, seg_span w);
/* The value of the word's core in one speech list ("Dr." is looked up as
 * "Dr", "K.H." as "K.H"), or -1. */
int seg_lookup(speech_list list, const char *s, seg_span w);
/* The speech lists the word's core is in, a mask of 1u << speech_list: one
 * lookup for several lists. */
uint32_t seg_lists(const char *s, seg_span w);
/* The word's core is in one of the lists of the mask `lists`. */
static inline bool seg_in_any(const char *s, seg_span w, uint32_t lists) { return (seg_lists(s, w) & lists) != 0; }
bool seg_equals(const char *s, seg_span w, const char *word);
/* The core starts with an upper-case letter (ASCII or Latin). */
bool seg_is_capitalized(const char *s, seg_span w);
/* The core is an acronym: two or more letters, all upper-case ("NTT", "BPBD"). */
bool seg_is_acronym(const char *s, seg_span w);
/* "(Jokowi)": a word that is one capitalised word of letters in brackets
 * (an acronym, an age or a code is none), a mark after it allowed; the
 * word inside goes to *inner. A name's short form the article gives. */
bool seg_bracketed_name(const char *s, seg_span w, seg_span *inner);
/* Where the brackets that close s[begin, end) open ("... ujarnya. (JS)"):
 * the nearest '(' after begin and at most max bytes before the ')' at
 * end - 1; end when there is none. A sign-off's place, for the credits and
 * for the quote it follows. */
size_t seg_closing_bracket(const char *s, size_t begin, size_t end, size_t max);
/* An academic degree as written after a name: "S.T.", "M.Si.", "Ph.D.", "MBA". */
bool seg_is_degree(const char *s, seg_span w);
/* A word that is only a dash ("-", "–", "—") or a run of hyphens ("---"):
 * it ends a dateline ("KUPANG – ..."), and parts a role from a titled name. */
bool seg_is_dash_word(const char *s, seg_span w);
/* A word ending in a full stop that ends no sentence: an initial or a run of
 * initials ("H.", "H.M."), a title or honorific ("Dr.", "Ny."), or an
 * abbreviation written before a number or name ("s.d.", "Rp.", "No."). */
bool seg_is_abbreviation(const char *s, seg_span w);
/* The full stop at s[dot] ends a sentence glued to the next one
 * ("sangat bagus.Ditunjang ...", "pendidikan.Ia menjelaskan", "40.7%.Ahmad"):
 * a lower-case word or a share before it, a capitalised word right after. */
bool seg_glued_sentence_end(const char *s, size_t n, size_t dot);
/* s[0..len) In Title Case: of its words of four letters or more (three at
 * least), four in five capitalised; where no capital tells a name's end. */
bool seg_is_title_case(const char *s, size_t len);
/* A line In Title Case that ends no sentence (no final . ! ? or closing
 * quotation mark): a headline, such as those of other articles a page lists
 * inside its body, not prose. */
bool seg_is_headline_line(const char *s, size_t len);
/* The trailing punctuation byte of the word (',', '.', ':'...), or 0. */
char seg_trailing_punct(const char *s, seg_span w);

/* ---- a document's words, read once ---------------------------------------- */

/* A word as the speaker stage's scans over the whole body test it, read
 * once for all of them: where it is, its core, its trailing punctuation, its
 * capital and, looked up the first time a scan asks (most words never are),
 * the speech lists its core is in. (The quote stage reads most words once
 * per rule that reaches them; a table looked up by position did not pay
 * there, measured.) Offsets are 32-bit: a text's words past its first 4 GiB
 * are not read. */
typedef struct {
    uint32_t start, end;           /* the word, s[start, end) */
    uint32_t core_start, core_end; /* seg_core of it */
    uint32_t lists;                /* once `listed`: speech_lists_of its core, a mask of 1u << speech_list */
    char punct;                    /* seg_trailing_punct of it */
    bool capitalized;              /* seg_is_capitalized */
    bool listed;
} seg_word;

typedef struct {
    const char *s;
    seg_word *items;
    size_t n;
} seg_words;

/* The words of a record's title and of its paragraphs, for the passes of
 * the speakers stage over the whole body. The title's and the first
 * paragraphs' words, up to SEG_DOC_KEPT_WORDS, are read once and kept; the
 * paragraphs after them are read again by each pass into room of its own
 * (seg_doc_paragraph), so that a body of millions of words is never held
 * whole (a word takes 24 bytes, three times its text; 16,384 words are an
 * article of about 100 KB). */
enum { SEG_DOC_KEPT_WORDS = 1 << 14 };

typedef struct {
    const record *rec;
    seg_words title;
    seg_words *paragraphs; /* [0, kept) */
    size_t kept;
} seg_doc;

/* A pass's room for the words of one paragraph past the kept ones. */
typedef struct {
    seg_words words;
    size_t cap;
} seg_pass;

static inline seg_span seg_word_span(const seg_word *w) { return (seg_span){w->start, w->end}; }
static inline seg_span seg_word_core(const seg_word *w) { return (seg_span){w->core_start, w->core_end}; }
/* The speech lists of the word's core (ws->s is its text). */
uint32_t seg_word_lists(const seg_words *ws, seg_word *w);
static inline bool seg_word_in(const seg_words *ws, seg_word *w, speech_list list)
{
    return (seg_word_lists(ws, w) >> list) & 1;
}
/* The byte length of the longest rank of several words (SPEECH_RANK_PHRASES,
 * ASCII case folded) that s[at, end) opens as whole words, or 0. */
size_t seg_rank_phrase(const char *s, size_t at, size_t end);
/* Where the name after a naming link at s[at..end) starts ("warga bernama
 * Siti", "Lurah yang bernama lengkap Mangapul": the name's capitalised first
 * word), or 0 when no such link starts there. */
size_t seg_naming_link(const char *s, size_t at, size_t end);
/* Likewise the second office after "yang juga" or "yang sekaligus" ("Bupati
 * Sleman yang juga Ketua DPD ..."). */
size_t seg_office_link(const char *s, size_t at, size_t end);
/* Likewise the post of a country's envoy after "RI di" or "Indonesia di"
 * ("Konsul Jenderal RI di Kota Bharu ..."): `prev` is the word before `at`. */
size_t seg_posting_link(const char *s, seg_span prev, size_t at, size_t end);
/* The end of the longest regency, city or country name that capitalised
 * words at s[at..end) write ("Gunungkidul", "Gunung Kidul", "Hulu Sungai
 * Selatan"; no punctuation inside it), or 0. */
size_t seg_region_at(const char *s, size_t at, size_t end);
/* m[i] is a title's dot or a comma glued to the next word ("Drs.Sumarno",
 * "Dr.Ir.H.W.Musyafirin", "Abubakar,S.Ag"); m is NUL-terminated. */
bool seg_glued_at(const char *m, size_t i);
/* Where the name starts in a word c of t that glues titles to it
 * ("dr.H.Hasto", "Drs.Sumarno"): after the last glued title's dot; c.start
 * when none. */
size_t seg_after_glued_titles(const char *t, seg_span c);
/* The words of s[0, len), in `a`; false when out of memory. */
bool seg_words_read(arena *a, const char *s, size_t len, seg_words *out);
/* The words of the record's title and of its first paragraphs (above); false
 * when out of memory. */
bool seg_doc_read(arena *a, const record *rec, seg_doc *out);
/* The words of paragraph p: the kept ones, or read into the pass's room (in
 * `a`, valid until the pass reads another paragraph); NULL when out of
 * memory. A pass gives its room back with seg_pass_done. */
seg_words *seg_doc_paragraph(const seg_doc *doc, size_t p, seg_pass *pass, arena *a);
void seg_pass_done(seg_pass *pass, arena *a);

#endif
