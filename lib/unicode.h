/* UTF-8 primitives and the text clean-up every stage relies on. */
#ifndef BERITA_UNICODE_H
#define BERITA_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* Decodes one scalar at s[0..len); returns its length in bytes, or 0 for an
 * invalid or truncated sequence (then *cp is undefined). */
size_t utf8_decode(const char *s, size_t len, int32_t *cp);
/* Encodes cp into out (4 bytes room); returns the length. */
size_t utf8_encode(int32_t cp, char *out);
/* The code point windows-1252 gives byte b (C1 controls for its 5 holes). */
int32_t cp1252_to_unicode(unsigned char b);
/* The windows-1252 byte of cp, or -1 when it has none. */
int cp1252_from_unicode(int32_t cp);

/* Whitespace as a reader sees it: ASCII space and controls, NBSP, the
 * U+2000 block, ideographic space... */
bool unicode_is_space(int32_t cp);

/* A letter of any script (Unicode category L*): what a name may open with. */
bool unicode_is_letter(int32_t cp);

/* The text as a record stores it: UTF-8 double-encoding ("â€œ") repaired,
 * NFC (utf8proc), every kind of space folded to one ASCII space, invisible
 * format characters (ZWSP, soft hyphen, BOM) dropped, controls dropped, ends
 * trimmed. Invalid UTF-8 is replaced by U+FFFD. Returns an arena string and
 * its length in *out_len (may be NULL); NULL only when out of memory. */
char *text_clean(arena *a, const char *s, size_t len, size_t *out_len);

/* The length of s[0..len) less the pictographs (emoji, symbols: category
 * So, their variation selector and joiner) and spaces that end it: "...
 * Lewat Ferizy 🚢" is a headline with a decoration. */
size_t unicode_trim_trailing_symbols(const char *s, size_t len);

/* True when s[0..len) is ASCII that text_clean would return unchanged
 * (printable, single spaces, none at the ends): a reader may then keep s
 * itself. False for any other text, which text_clean may change. */
bool text_is_clean_ascii(const char *s, size_t len);

#endif
