#include "unicode.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

size_t utf8_decode(const char *str, size_t len, int32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    if (len == 0)
        return 0;
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t n;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        v = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        v = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        v = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (len < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

size_t utf8_encode(int32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* windows-1252's 0x80..0x9F; the holes keep their C1 code point, as browsers do. */
static const uint16_t CP1252_HIGH[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

int32_t cp1252_to_unicode(unsigned char b)
{
    return (b >= 0x80 && b <= 0x9F) ? CP1252_HIGH[b - 0x80] : b;
}

int cp1252_from_unicode(int32_t cp)
{
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF))
        return (int)cp;
    for (int i = 0; i < 32; i++)
        if (CP1252_HIGH[i] == cp)
            return 0x80 + i;
    return -1;
}

bool unicode_is_space(int32_t cp)
{
    if (cp <= 0x20 || cp == 0x7F || cp == 0x85 || cp == 0xA0 || cp == 0x1680 || cp == 0x2028 ||
        cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000)
        return true;
    return cp >= 0x2000 && cp <= 0x200A;
}

bool unicode_is_letter(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static bool is_invisible(int32_t cp)
{
    return cp == 0xAD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
           cp == 0xFEFF || (cp >= 0x80 && cp <= 0x9F);
}

/* Whether NFC could change text holding cp: a combining mark, a character
 * with a canonical decomposition (a singleton such as U+212B maps elsewhere;
 * a precomposed letter is only checked, conservatively), or a Hangul jamo,
 * which composes. Text without any is already NFC, and utf8proc is skipped. */
static bool nfc_may_change(int32_t cp)
{
    if (cp < 0x300)
        return false; /* no combining marks and no singletons below U+0300 */
    if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF))
        return true;
    const utf8proc_property_t *p = utf8proc_get_property(cp);
    return p->combining_class != 0 || (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0);
}

/* Reads a run of characters that all have windows-1252 bytes and together
 * spell one UTF-8 sequence of two or more bytes: text that was UTF-8, read as
 * windows-1252 and written out again as UTF-8 ("â€œ" for U+201C). Returns the
 * bytes of s consumed and the repaired code point, or 0. */
static size_t repair_double_encoding(const char *s, size_t len, int32_t *repaired)
{
    unsigned char bytes[4];
    int32_t cp;
    size_t used = utf8_decode(s, len, &cp);
    int lead = used ? cp1252_from_unicode(cp) : -1;
    size_t need;
    if (lead >= 0xC2 && lead <= 0xDF)
        need = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        need = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        need = 4;
    else
        return 0;
    bytes[0] = (unsigned char)lead;
    size_t pos = used;
    for (size_t i = 1; i < need; i++) {
        size_t n = utf8_decode(s + pos, len - pos, &cp);
        int b = n ? cp1252_from_unicode(cp) : -1;
        if (b < 0x80 || b > 0xBF)
            return 0;
        bytes[i] = (unsigned char)b;
        pos += n;
    }
    if (utf8_decode((const char *)bytes, need, repaired) != need)
        return 0;
    return pos;
}

bool text_is_clean_ascii(const char *s, size_t len)
{
    if (!len || s[0] == ' ' || s[len - 1] == ' ')
        return false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' ? s[i - 1] == ' ' : c < 0x21 || c > 0x7E)
            return false;
    }
    return true;
}

char *text_clean(arena *a, const char *s, size_t len, size_t *out_len)
{
    /* Pass 1: repair, drop, fold; the result is never longer than 3x the input
     * (an invalid byte becomes the 3-byte U+FFFD). */
    char *tmp = malloc(len * 3 + 1);
    if (!tmp) {
        arena_set_failed(a);
        return NULL;
    }
    size_t n = 0;
    bool pending_space = false, needs_nfc = false;
    for (size_t i = 0; i < len;) {
        /* a run of printable ASCII, most of every page, goes as it is: no
         * space, nothing invisible, nothing NFC changes */
        size_t run = i;
        while (run < len && (unsigned char)s[run] >= 0x21 && (unsigned char)s[run] <= 0x7E)
            run++;
        if (run > i) {
            if (pending_space) {
                tmp[n++] = ' ';
                pending_space = false;
            }
            memcpy(tmp + n, s + i, run - i);
            n += run - i;
            i = run;
            continue;
        }
        int32_t cp;
        size_t used = 0;
        if ((unsigned char)s[i] < 0x80) { /* a space or a control */
            cp = (unsigned char)s[i];
            used = 1;
        } else {
            used = repair_double_encoding(s + i, len - i, &cp);
        }
        if (!used) {
            used = utf8_decode(s + i, len - i, &cp);
            if (!used) {
                cp = 0xFFFD;
                used = 1;
            }
        }
        i += used;
        /* a C1 control stands for windows-1252's character, as browsers
         * read "&#147;" (HTML's numeric references) on old Latin-1 pages */
        if (cp >= 0x80 && cp <= 0x9F)
            cp = cp1252_to_unicode((unsigned char)cp);
        if (unicode_is_space(cp)) {
            pending_space = n > 0;
            continue;
        }
        if (is_invisible(cp))
            continue;
        if (pending_space) {
            tmp[n++] = ' ';
            pending_space = false;
        }
        needs_nfc = needs_nfc || nfc_may_change(cp);
        n += utf8_encode(cp, tmp + n);
    }
    tmp[n] = '\0';
    if (!needs_nfc) {
        char *out = arena_strndup(a, tmp, n);
        free(tmp);
        if (out_len)
            *out_len = out ? n : 0;
        return out;
    }

    /* Pass 2: NFC. utf8proc allocates with malloc; copy into the arena. */
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t nlen = utf8proc_map((const utf8proc_uint8_t *)tmp, (utf8proc_ssize_t)n, &nfc,
                                         UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    char *out;
    if (nlen == UTF8PROC_ERROR_NOMEM) {
        out = NULL;
        arena_set_failed(a);
    } else if (nlen >= 0) {
        out = arena_strndup(a, (const char *)nfc, (size_t)nlen);
        n = (size_t)nlen;
    } else {
        out = arena_strndup(a, tmp, n); /* cannot happen on valid UTF-8; keep the text */
    }
    free(nfc);
    free(tmp);
    if (out_len)
        *out_len = out ? n : 0;
    return out;
}

size_t unicode_trim_trailing_symbols(const char *s, size_t len)
{
    while (len > 0) {
        size_t start = len - 1;
        while (start > 0 && ((unsigned char)s[start] & 0xC0) == 0x80)
            start--;
        int32_t cp;
        if (utf8_decode(s + start, len - start, &cp) != len - start)
            break;
        bool pictograph = cp > 0x7F && (utf8proc_category(cp) == UTF8PROC_CATEGORY_SO || cp == 0xFE0F || cp == 0x200D);
        if (!pictograph && !(cp == ' ' && start > 0))
            break;
        len = start;
    }
    return len;
}
