/* Stage 3: what the body itself says about the article, for both readers:
 * the dateline that opens it, credit lines and sign-offs ("Penulis:",
 * "(Hmsprov : Asriani)"), which leave the paragraphs once read, and the
 * final clean-up of credits and labels (trimmed, de-duplicated). */
#ifndef BERITA_METADATA_H
#define BERITA_METADATA_H

#include <stdbool.h>
#include <stddef.h>

#include "page.h"
#include "record.h"

void metadata_finish(record *rec, page_hints *hints, arena *a);

/* The label that opens a page line ("Penulis :", "Tags:", "Baca juga"). */
typedef struct {
    int kind;     /* a PAGE_* kind of lexicon.h, PAGE_BARE cleared */
    bool colon;   /* the label ends in a colon */
    size_t value; /* where the value starts, past the colon and spaces */
    bool with_photo; /* PAGE_WITH_PHOTO: the author took the photos too */
} page_label;

/* Reads the label of PAGE_LINE_LABELS (one to three words, longest first)
 * that opens s[0..len): it must be followed by a colon, the end of the line,
 * or, for a bare label, a space. False when the line opens with none. */
bool page_label_read(const char *s, size_t len, page_label *out);
/* How much of a label line's value v[0..n) names labels: the line's other
 * fields end it, a date (a figure or a weekday) or a separator ("-", "|"):
 * "Pemerintahan Minggu, 15 Desember 2019 - Oleh mc", "Pemerintahan - Dibaca:
 * 347 kali". */
size_t page_labels_end(const char *v, size_t n);
/* Where each of the first `max` words of ASCII letters from s[from] ends,
 * while single spaces join them (a label's or a chrome phrase's words);
 * returns how many. */
size_t page_word_ends(const char *s, size_t len, size_t from, size_t *ends, size_t max);

/* The number of space-separated words in s[0..len). */
size_t page_count_words(const char *s, size_t len);
/* The same, but counting stops past `cap`: the result is at most cap + 1,
 * enough to tell a short line from a long one without reading it all. */
size_t page_count_words_upto(const char *s, size_t len, size_t cap);

/* True when s[0..len) is a line crediting someone, read by the rules
 * metadata_finish applies ("Penulis: X | Editor: Y", "Ditulis oleh X",
 * "Foto: X"; not "Oleh karena itu", not "Foto: IMG_0012.jpg"). */
bool metadata_is_credit_line(const char *s, size_t len);

/* True when s[0..len) is a person's name standing alone, as unlabelled
 * bylines write one: a few words, each capitalised, no digits, no label,
 * not a CMS account or a stand-in. */
bool metadata_is_bare_name(const char *s, size_t len);

/* True when s[0..len) names a public-relations or information office and
 * what it serves, as office bylines write one ("Diskominfo Karangasem",
 * "Pendim 1002/Barabai", "Humas Polres Dompu"): two words or more, the
 * first such an office's. */
bool metadata_is_office_byline(const char *s, size_t len);

/* The length of the writer's name in a byline that names the outlet after
 * a dash ("Deden Rustandi Suhendrik - detikJabar"), 0 when s[0..len) is no
 * such byline. */
size_t metadata_outlet_byline(const char *s, size_t len);

/* True when the paragraph is an image caption that credits its
 * photographer ("... (Foto: X)", "... Foto: X/Humas"), or closes with a
 * photo label that names no one ("... Foto: Istimewa"). */
bool metadata_is_photo_caption(const char *s, size_t len);

/* True when s[0..len) is a writer's code in parentheses, a sign-off with
 * few letters: "(S-16)", "(tr-02/gp)". */
bool metadata_is_writer_code(const char *s, size_t len);

/* True when s[0..len) opens with a dateline, read as metadata_finish
 * reads it ("KUPANG –", "Solo (Humas) –", "RAKYATKU.COM, MAKASSAR -"). */
bool metadata_opens_with_dateline(const char *s, size_t len);

/* Whether the lead's dateline, the words before its first dash, names
 * `who`: "BOJONEGORO, Radar Bojonegoro –", "Barabai, CNN Indonesia --" (an
 * outlet, ASCII case folded). */
bool metadata_dateline_names(const record *rec, const char *who);

/* True when the word s[0..len) is a web address or a site's domain name
 * ("Kompas.com", "benuanta.co.id", "www.x.go.id"). */
bool page_word_is_domain(const char *s, size_t len);

#endif
