#include "text.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "metadata.h"
#include "unicode.h"

enum {
    TITLE_SEARCH_LINES = 15,    /* the headline stands among the first lines of a copied page */
    TITLE_WINDOW_LINES = 30,    /* ...and among the last lines above its lead */
    TITLE_DISTANCE_MAX = 1,     /* a line right above the lead wins a tie, no more */
    TITLE_MIN_WORDS = 3,        /* shorter lines above it are site names and menu items */
    TITLE_MAX_WORDS = 40,       /* a longer line is the body's first paragraph */
    DEK_MIN_BYTES = 20,         /* a summary line the lead repeats is at least this long */
    DEK_OPENING = 48,           /* ...and a teaser's first bytes the lead repeats */
    DATE_LINE_MAX_WORDS = 8,    /* "Selasa, 15 Oktober 2019 – 08:42 WIB" */
    DATE_LABEL_MAX_WORDS = 3,   /* "Dipublikasikan pada: 12 Juni 2025" */
    COUNTER_MAX_WORDS = 3,      /* "Dibaca: 412 kali", "0 Komentar" */
    MAX_SEGMENTS = 8,           /* of a header line: date | byline | counter */
    PAGE_LINE_MAX_WORDS = 6,    /* "Berita Terkait", "Bagikan" are whole short lines */
    LABEL_INLINE_MAX_WORDS = 5, /* "Kategori Ekonomi", with no colon */
    LABEL_LINE_MAX_BYTES = 300,
    LABEL_ITEM_MAX_WORDS = 4,   /* a tag between commas: "Berita KecamatanTagged bank sampah" */
    HEADING_MAX_BYTES = 120,
    HEADING_MAX_WORDS = 14,
    PROSE_MIN_WORDS = 12,       /* a line this long is body text even without a final stop */
    LEAD_MIN_WORDS = 15,        /* a line that opens the body is this long... */
    LEAD_ANY_WORDS = 25,        /* ...and ends its sentence, unless it is this long */
    DATELINE_LEAD_WORDS = 8,    /* "Medan, MPOL - Kepala Kanwil ..." cut by a line break */
    DATELINE_LEAD_REACH = 4,    /* lines under a summary or caption that may still open the body */
    CHROME_MAX_WORDS = 8,       /* "Facebook : Pengadilan Agama X" */
    CHROME_END_MAX_WORDS = 14,  /* "Belum ada komentar atas artikel ini, silakan ..." */
    COUNTER_LINE_WORDS = 4,     /* "370 kali dilihat", "2 menit membaca" */
    PHONE_MIN_DIGITS = 7,
    PHONE_LETTERS_PER_DIGIT = 3, /* a phone line is mostly digits: "Telp. (0380) 123456" */
    WRAP_MIN_BREAKS = 3,        /* hard-wrapped text breaks this many sentences mid-way */
    WRAP_MIN_BYTES = 25,
    WRAP_FILL_PERCENT = 60,     /* a wrapped line broken inside its sentence fills this much of the width */
    TEASER_REACH = 4,           /* a caption or teaser repeated within this many lines */
    LABELS_AFTER_END_REACH = 12, /* a tag line under a related list of three teasers */
    BADGE_MAX_WORDS = 2,        /* a category badge above the headline: "Berita", "Berita Kota" */
    MENU_MIN_ITEMS = 4,         /* badge-like lines one under another: a menu's items, no category */
    GLUED_MAX_BADGES = 8,       /* badges a copy glued into one line: "BeritaHEADLINESumatera Utara" */
    GLUED_MIN_PART = 4,         /* letters of either part of two capital words glued: "SULTRA|SULTRA" */
    BYLINE_MIN_WORDS = 2,       /* a bare byline: "Hendra Saputra", "PPID UTAMA" */
    LOGIN_MAX_BYTES = 24,       /* a login name before a date line: "suharni" */
    BYLINE_MAX_WORDS = 4,       /* "Sarah Hutagaol, Jurnalis ·" before a date */
    LISTING_MIN_TEASERS = 3,    /* an index page shows at least so many headlines with dates */
    LIST_HEADING_MAX_WORDS = 4, /* "Berita Cabang Lainnya" over an article's list of others */
    LISTING_LEAD_LINES = 2,     /* ...from its top: an article's lines before them make them a related list */
    TEASER_GAP_LINES = 4,       /* a teaser's date, category, summary and read-more link */
    MENU_ITEM_MAX_WORDS = 4     /* a long menu line has a separator every few words */
};

/* Words that open a short line of site furniture, never an article's
 * text: share bars and social links, image placeholders, menus, login and
 * search boxes, scroll prompts (CHROME_DROP); and what follows the article:
 * comment forms, visitor statistics, copyright (CHROME_END). From the lines
 * lint.py flags on the wild corpus and the headers of the real corpus.
 * CHROME_WHOLE: only when the phrase is the whole line; CHROME_TICKER: a
 * ticker's label, chrome at any length before headlines parted by bullets
 * or bars ("BREAKING NEWS X • Y • Z"); CHROME_BADGE: no headline, but the
 * category badge when it stands alone over one ("Siaran Pers"). */
enum { CHROME_DROP = 1, CHROME_END = 2, CHROME_WHOLE = 4, CHROME_TICKER = 8, CHROME_BADGE = 16 };
static const lex_entry CHROME_WORDS[] = {
    /* share bars and social links */
    {"facebook", CHROME_DROP}, {"twitter", CHROME_DROP}, {"telegram", CHROME_DROP}, {"whatsapp", CHROME_DROP},
    {"instagram", CHROME_DROP}, {"youtube", CHROME_DROP}, {"tiktok", CHROME_DROP}, {"pinterest", CHROME_DROP},
    {"linkedin", CHROME_DROP}, {"email", CHROME_DROP | CHROME_WHOLE}, {"print", CHROME_DROP | CHROME_WHOLE},
    {"line", CHROME_DROP | CHROME_WHOLE}, {"copy", CHROME_DROP | CHROME_WHOLE}, {"follow", CHROME_DROP},
    {"copy link", CHROME_DROP | CHROME_WHOLE}, {"salin link", CHROME_DROP | CHROME_WHOLE},
    {"salin tautan", CHROME_DROP | CHROME_WHOLE},
    {"follow us", CHROME_DROP}, {"ikuti", CHROME_DROP}, {"url berhasil dicopy", CHROME_DROP},
    {"share this post", CHROME_DROP}, {"share on", CHROME_DROP}, /* "Share on Facebook Share on X" */
    {"log in or register", CHROME_DROP}, /* Drupal's links under a node */
    {"bagikan berita", CHROME_DROP},
    /* image placeholders, and Kompas.com's "Lihat Foto" over its picture */
    {"lihat foto", CHROME_DROP | CHROME_WHOLE}, {"responsive image", CHROME_DROP},
    {"image description", CHROME_DROP}, {"featured image", CHROME_DROP},
    {"illustrasi foto", CHROME_DROP}, {"ilustrasi foto", CHROME_DROP}, {"lambang", CHROME_DROP},
    /* menus, tickers, slogans, search and login boxes, scroll prompts */
    {"advertisement", CHROME_DROP}, {"iklan", CHROME_DROP}, {"iklan gubernur", CHROME_DROP}, {"search", CHROME_DROP},
    {"cari", CHROME_DROP | CHROME_WHOLE}, {"pencarian", CHROME_DROP | CHROME_WHOLE}, {"skip to content", CHROME_DROP},
    {"close this search box", CHROME_DROP}, {"close", CHROME_DROP | CHROME_WHOLE}, {"login", CHROME_DROP},
    {"masuk", CHROME_DROP | CHROME_WHOLE}, {"home", CHROME_DROP}, {"beranda", CHROME_DROP},
    {"indeks", CHROME_DROP | CHROME_WHOLE}, {"no result", CHROME_DROP}, {"view all result", CHROME_DROP},
    {"select page", CHROME_DROP}, {"scroll", CHROME_DROP}, {"loading", CHROME_DROP},
    {"menu", CHROME_DROP | CHROME_WHOLE}, {"you cannot copy content", CHROME_DROP}, {"detail berita", CHROME_DROP},
    {"blog item", CHROME_DROP}, {"redaksi", CHROME_DROP | CHROME_WHOLE}, {"halaman selanjutnya", CHROME_DROP},
    {"halaman", CHROME_DROP}, {"wilayah lainnya", CHROME_DROP}, {"yarpp", CHROME_DROP},
    {"news update", CHROME_DROP | CHROME_TICKER},
    {"kanal", CHROME_DROP | CHROME_WHOLE}, {"network", CHROME_DROP | CHROME_WHOLE}, {"live tv", CHROME_DROP},
    {"daftar isi", CHROME_DROP}, {"selamat datang", CHROME_DROP}, {"english version", CHROME_DROP},
    {"breaking news", CHROME_DROP | CHROME_TICKER}, {"lintas berita", CHROME_DROP | CHROME_TICKER},
    {"breaking", CHROME_DROP | CHROME_WHOLE | CHROME_TICKER},
    {"kumpulan berita", CHROME_DROP}, {"terkini", CHROME_DROP | CHROME_WHOLE | CHROME_TICKER},
    {"trending", CHROME_DROP | CHROME_WHOLE | CHROME_TICKER},
    {"headline", CHROME_DROP | CHROME_WHOLE}, {"nama", CHROME_DROP | CHROME_WHOLE},
    {"alamat", CHROME_DROP | CHROME_WHOLE}, {"tentang", CHROME_DROP | CHROME_WHOLE},
    {"hubungi kami", CHROME_DROP | CHROME_WHOLE}, {"pengaduan", CHROME_DROP | CHROME_WHOLE},
    {"download", CHROME_DROP | CHROME_WHOLE}, {"username", CHROME_DROP | CHROME_WHOLE},
    {"password", CHROME_DROP | CHROME_WHOLE}, {"verified", CHROME_DROP | CHROME_WHOLE}, /* an account's badge */
    {"lainnya", CHROME_DROP | CHROME_WHOLE}, {"kontak", CHROME_DROP | CHROME_WHOLE},
    {"media sosial", CHROME_DROP | CHROME_WHOLE}, {"wa layanan", CHROME_DROP}, {"wa pengaduan", CHROME_DROP},
    {"layanan pengaduan", CHROME_DROP | CHROME_WHOLE}, {"untuk segera diterbitkan", CHROME_DROP},
    {"siaran pers", CHROME_DROP | CHROME_WHOLE | CHROME_BADGE}, {"bacaan lainnya", CHROME_DROP},
    {"daftarkan email", CHROME_DROP}, {"berlangganan", CHROME_DROP}, {"subscribe", CHROME_DROP},
    /* read-more links of teasers */
    {"selengkapnya", CHROME_DROP}, {"baca selengkapnya", CHROME_DROP}, {"read more", CHROME_DROP},
    {"lihat semua", CHROME_DROP},
    /* what follows the article */
    {"formulir penulisan komentar", CHROME_END}, {"belum ada komentar", CHROME_END},
    {"write a facebook comment", CHROME_END}, {"facebook comments", CHROME_END}, {"kirim komentar", CHROME_END},
    {"leave a reply", CHROME_END}, {"sign in to leave a comment", CHROME_END}, {"copyright", CHROME_END},
    {"site statistics", CHROME_END}, {"statistik kunjungan", CHROME_END}, {"statistik pengunjung", CHROME_END},
    {"check also", CHROME_END}, {"arsip berita", CHROME_END}, {"komentar terkini", CHROME_END},
    {"the post", CHROME_END}, {"about us", CHROME_END}, {"related posts", CHROME_END},
    /* Blogger's pager under a post, in its Indonesian interface */
    {"posting lebih baru", CHROME_END}, {"posting lama", CHROME_END},
};

/* What opens a site's own name in its header: "Website Resmi Desa X",
 * "Portal Resmi Pemerintah Kabupaten Y" (go.id headers). */
static const lex_entry OFFICIAL_SITE_PHRASES[] = {
    {"laman resmi", 1}, {"official website", 1}, {"portal resmi", 1}, {"situs resmi", 1}, {"website resmi", 1},
};

/* Words that open an address line (lint.py's address check). */
static const lex_entry ADDRESS_WORDS[] = {{"jl.", 1}, {"jln.", 1}, {"jln", 1}, {"alamat:", 1}};

/* Words of a view or reading counter: "370 kali dilihat", "Views: 237",
 * "2 menit membaca", "waktu baca 2 menit", "0 Komentar". */
static const lex_entry COUNTER_WORDS[] = {
    {"views", 1}, {"view", 1}, {"dilihat", 1}, {"dibaca", 1}, {"kali", 1}, {"komentar", 1}, {"comments", 1},
    {"min", 1}, {"read", 1}, {"menit", 1}, {"membaca", 1}, {"baca", 1}, {"waktu", 1}, {"hits", 1}, {"x", 1},
    {"votes", 1}, {"shares", 1}, {"pembaca", 1}, {"visits", 1}, {"visitors", 1},
};

typedef struct {
    const char *raw;
    size_t raw_len;
    const char *text; /* cleaned; "" when blank */
    size_t len;
    size_t words; /* counted once: most rules weigh a line by it */
    int chrome;   /* CHROME_DROP, CHROME_END or 0, looked up once */
    bool caption; /* an image caption, looked at once */
    bool paged;   /* a page label opens it as a whole line: lab says which */
    page_label lab;
    bool credit;  /* a credit line, as metadata.c reads one */
} text_line;

typedef VEC(text_line) line_list;

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_letter(unsigned char c) { return is_upper(c) || is_lower(c); }

static bool contains(const char *s, size_t len, const char *needle, size_t n)
{
    for (size_t i = 0; n && i + n <= len; i++)
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
            if (date_lookup(DATE_MONTHS, s + i, w - i) >= 0)
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
    if (len == 0 || page_count_words_upto(s, len, DATE_LINE_MAX_WORDS) > DATE_LINE_MAX_WORDS || s[len - 1] == '.')
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

static bool has_letter(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (is_letter((unsigned char)s[i]))
            return true;
    return false;
}

/* Where a date that ends the line starts ("Dwi Wardani 29 September 2025
 * 09:18:28 WIB", "Diskominfo Kota Sorong Senin, 29 September 2025 15:44:00
 * 1 menit", "Sarah Hutagaol, Jurnalis · Kamis 31 Oktober 2019 17:50 WIB"):
 * from a weekday or a day number on, the line is a date, a time, a zone or
 * a counter. len when no such date ends it. */
static size_t trailing_date_start(const char *s, size_t len)
{
    if (page_count_words_upto(s, len, DATE_LINE_MAX_WORDS + BYLINE_MAX_WORDS) > DATE_LINE_MAX_WORDS + BYLINE_MAX_WORDS)
        return len; /* a byline and a date are a few words */
    size_t start = len;
    bool dated = false;
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && s[end] != ' ')
            end++;
        size_t b = end;
        while (b > i && (s[b - 1] == ',' || s[b - 1] == '.'))
            b--;
        /* a number with letters in it is a document's number, no date:
         * "Siaran Pers No. 22/PIH/KOMINFO/2/2010" */
        bool number = is_digit((unsigned char)s[i]) && !has_letter(s + i, b - i);
        bool worded = b > i && is_letter((unsigned char)s[i]);
        uint64_t lists = worded ? lex_lists_of(s + i, b - i) : 0; /* one lookup for the three date lists */
        bool weekday = (lists >> (LEX_DATE_BASE + DATE_WEEKDAYS)) & 1;
        bool date_word = weekday || ((lists >> (LEX_DATE_BASE + DATE_MONTHS)) & 1) ||
                         ((lists >> (LEX_DATE_BASE + DATE_ZONES)) & 1) ||
                         (worded && lex_lookup(LEX_TABLE(COUNTER_WORDS), s + i, b - i) >= 0);
        if (start == len && (number || weekday))
            start = i;
        else if (start != len && worded && !date_word)
            start = len, dated = false; /* words go on after it: a headline's date */
        i = end + 1;
    }
    size_t from;
    if (start < len)
        dated = is_date_text(s + start, len - start, false, &from) && from == 0;
    return dated ? start : len;
}

/* How a sentence ends (and how a clause may: a heading never ends so). */
static const char *const SENTENCE_ENDS[] = {".", "!", "?", "\"", "\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xA6"};
static const char *const CLAUSE_ENDS[] = {":", ";", ",", ")"};

static bool ends_with_one_of(const char *s, size_t len, const char *const *ends, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        size_t n = strlen(ends[i]);
        if (len >= n && memcmp(s + len - n, ends[i], n) == 0)
            return true;
    }
    return false;
}

/* A sentence's end as a paragraph's last character shows it. */
static bool closes_sentence(const char *s, size_t len)
{
    return ends_with_one_of(s, len, SENTENCE_ENDS, sizeof SENTENCE_ENDS / sizeof *SENTENCE_ENDS);
}

/* A sentence's end that only prose has: a full stop, "!", "?" or "…",
 * also inside a closing quote ('.”'); a headline may end in a quoted
 * name ('... “Peningkatan Integritas"'), never in a stop. */
static bool ends_with_stop(const char *s, size_t len)
{
    while (len > 0 && (s[len - 1] == '"' || s[len - 1] == '\'' || s[len - 1] == ')' ||
                       (len >= 3 && (unsigned char)s[len - 3] == 0xE2 && (unsigned char)s[len - 2] == 0x80 &&
                        ((unsigned char)s[len - 1] == 0x9D || (unsigned char)s[len - 1] == 0x99))))
        len -= (unsigned char)s[len - 1] >= 0x80 ? 3 : 1;
    return len > 0 && (strchr(".!?,", s[len - 1]) ||
                       (len >= 3 && memcmp(s + len - 3, "\xE2\x80\xA6", 3) == 0));
}

/* A line of nothing but a date: numbers, clock times, months, weekdays
 * and zones, in any order ("September 21, 2018 22:00"). */
static bool is_pure_date(const char *s, size_t len)
{
    size_t from;
    if (!is_date_text(s, len, false, &from) || from != 0)
        return false;
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && s[end] != ' ')
            end++;
        size_t b = end;
        while (b > i && !is_letter((unsigned char)s[b - 1]) && !is_digit((unsigned char)s[b - 1]))
            b--;
        if (b > i && is_letter((unsigned char)s[i]) && date_lookup(DATE_MONTHS, s + i, b - i) < 0 &&
            date_lookup(DATE_WEEKDAYS, s + i, b - i) < 0 &&
            date_lookup(DATE_ZONES, s + i, b - i) < 0)
            return false;
        i = end + 1;
    }
    return true;
}

/* What joins the items of a menu or breadcrumb: "|", "»", "›", " > "; and
 * " / ", which prose also writes ("Ketua, Wakil Ketua / Hakim Senior"). */
static const char *const NAV_SEPARATORS[] = {"|", "\xC2\xBB", "\xE2\x80\xBA", " > "};
static const char SLASH_SEPARATOR[] = " / ";

/* A page's navigation: a menu ("Beranda | Profil", "Beranda   Profil   Berita"
 * with the copied gaps) or a breadcrumb ("Beranda » Berita"); never a
 * sentence of prose, nor a long line with a few gaps or slashes in it: a
 * menu's items are short. */
/* The runs of two blanks or more between the line's words, as copied. */
static size_t wide_gaps(const text_line *l)
{
    size_t gaps = 0;
    for (size_t i = 0; i + 1 < l->raw_len; i++)
        if ((l->raw[i] == ' ' || l->raw[i] == '\t') && (l->raw[i + 1] == ' ' || l->raw[i + 1] == '\t') &&
            (i == 0 || (l->raw[i - 1] != ' ' && l->raw[i - 1] != '\t')))
            gaps++;
    return gaps;
}

static bool is_menu_line(const text_line *l)
{
    if (l->words >= PROSE_MIN_WORDS && closes_sentence(l->text, l->len))
        return false;
    for (size_t i = 0; i < sizeof NAV_SEPARATORS / sizeof *NAV_SEPARATORS; i++)
        if (contains(l->text, l->len, NAV_SEPARATORS[i], strlen(NAV_SEPARATORS[i])))
            return true;
    size_t gaps = wide_gaps(l), slashes = 0;
    for (size_t i = 0; i + 3 <= l->len; i++)
        slashes += memcmp(l->text + i, SLASH_SEPARATOR, 3) == 0;
    size_t marks = (gaps >= 2 ? gaps : 0) + slashes;
    return marks > 0 && (l->words < PROSE_MIN_WORDS || marks * MENU_ITEM_MAX_WORDS >= l->words);
}

/* A site's menu on one line, its items parted by wide gaps, every word
 * capitalised and no number ("Terkini   Politik   Hukum   Ekonomi"): unlike
 * a date line or byline parted by bars. */
static bool gapped_menu(const text_line *l)
{
    enum { MIN_GAPS = 3 };
    for (size_t i = 0; i < l->len; i++) {
        unsigned char c = (unsigned char)l->text[i];
        if (is_digit(c) || ((i == 0 || l->text[i - 1] == ' ') && is_letter(c) && !is_upper(c)))
            return false;
    }
    return wide_gaps(l) >= MIN_GAPS;
}

/* A breadcrumb from the home page ("Beranda / Berita / <headline>"): a
 * chrome word, then a separator of navigation; or the label of Joomla's
 * breadcrumb module ("You are here: Home Berita <headline>"). */
static bool opens_breadcrumb(const text_line *l)
{
    static const char *const LABELS[] = {"you are here:", "anda di sini:", "anda berada di:"};
    for (size_t i = 0; i < sizeof LABELS / sizeof *LABELS; i++)
        if (l->len > strlen(LABELS[i]) && strncasecmp(l->text, LABELS[i], strlen(LABELS[i])) == 0)
            return true;
    size_t w = 0;
    while (w < l->len && is_letter((unsigned char)l->text[w]))
        w++;
    if (!w || lex_lookup(LEX_TABLE(CHROME_WORDS), l->text, w) < 0)
        return false;
    for (size_t i = 0; i < sizeof NAV_SEPARATORS / sizeof *NAV_SEPARATORS; i++) {
        size_t n = strlen(NAV_SEPARATORS[i]), at = w + (NAV_SEPARATORS[i][0] != ' ' && w < l->len && l->text[w] == ' ');
        if (at + n <= l->len && memcmp(l->text + at, NAV_SEPARATORS[i], n) == 0)
            return true;
    }
    return w + 3 <= l->len && memcmp(l->text + w, SLASH_SEPARATOR, 3) == 0;
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
 * Terkait"), not prose that merely starts with the same word, as
 * read_line_facts found it. */
static bool page_line(const text_line *l, page_label *lab)
{
    *lab = l->lab;
    return l->paged;
}

/* An image caption with no "Keterangan foto:" label before it: "Ket
 * [Foto]: ...", or one that credits its photographer. */
static bool is_unlabelled_caption(const char *s, size_t len)
{
    size_t w = 0;
    while (w < len && is_letter((unsigned char)s[w]))
        w++;
    size_t b = w;
    while (b < len && (s[b] == ' ' || s[b] == '.'))
        b++;
    if (b < len && s[b] == '[' && page_lookup(PAGE_LINE_LABELS, s, w) == PAGE_CAPTION)
        return true; /* "Ket [Foto]: ..." */
    return metadata_is_photo_caption(s, len);
}

/* A sentence's or a clause's end: what a heading never ends with. */
static bool ends_sentence(const char *s, size_t len)
{
    return closes_sentence(s, len) || ends_with_one_of(s, len, CLAUSE_ENDS, sizeof CLAUSE_ENDS / sizeof *CLAUSE_ENDS);
}

/* ---- chrome: site furniture that is no part of the article ------------ */

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

/* CHROME_DROP or CHROME_END when a CHROME_WORDS phrase opens the short line
 * s[0..len) (or is all of it, for CHROME_WHOLE entries); 0 otherwise. */
/* `need` or more headlines' separators: bullets, double bars, spaced bars. */
static bool ticker_items(const char *s, size_t len, size_t need)
{
    size_t seps = 0; /* (memchr to each candidate byte: every long line is asked) */
    for (const char *p = memchr(s, '|', len); p && seps < need; p = memchr(p + 1, '|', len - (size_t)(p + 1 - s)))
        if ((p + 1 < s + len && p[1] == '|') || (p > s && p + 1 < s + len && p[-1] == ' ' && p[1] == ' ')) {
            seps++;
            p += p[1] == '|'; /* "||" is one */
        }
    /* bullets: "•" and the black circle "●" */
    for (const char *p = memchr(s, 0xE2, len); p && seps < need; p = memchr(p + 1, 0xE2, len - (size_t)(p + 1 - s)))
        seps += p + 2 < s + len && ((p[1] == '\x80' && p[2] == '\xA2') || (p[1] == '\x97' && p[2] == '\x8F'));
    return seps >= need;
}

static int chrome_phrase(const char *s, size_t len, size_t words)
{
    size_t ends[5], from = bullet_length(s, len);
    while (from < len && !is_letter((unsigned char)s[from]) && (unsigned char)s[from] < 0x80 && s[from] != ' ')
        from++; /* a bullet or symbol before it: "• Facebook", "[Foto]" */
    /* (past CHROME_END_MAX_WORDS only a ticker's label counts, of two words
     * at most, before its headlines' separators) */
    bool long_line = words > CHROME_END_MAX_WORDS;
    if (long_line && !ticker_items(s, len, 1))
        return 0;
    size_t n = page_word_ends(s, len, from, ends, long_line ? 2 : 5);
    for (size_t k = n; k-- > 0;) {
        int v = lex_lookup(LEX_TABLE(CHROME_WORDS), s + from, ends[k] - from);
        if (v < 0)
            continue;
        size_t rest = ends[k];
        while (rest < len && (s[rest] == ' ' || s[rest] == ':' || s[rest] == '.'))
            rest++;
        /* "BREAKING NEWS X • Y • Z", "Terkini: X || Y || Z"; a label with its colon before two
         * headlines: "BREAKING: X ● Y" */
        if ((v & CHROME_TICKER) && ticker_items(s + rest, len - rest, ends[k] < len && s[ends[k]] == ':' ? 1 : 2))
            return CHROME_DROP;
        if ((v & CHROME_WHOLE) && rest < len)
            continue;
        if (words > CHROME_END_MAX_WORDS)
            return 0;
        bool phrase = k > 0; /* a phrase of words is surer than one word, and may open a longer line */
        if (words > ((v & CHROME_END) || phrase ? CHROME_END_MAX_WORDS : CHROME_MAX_WORDS) || s[len - 1] == '.')
            return 0;
        return v & (CHROME_DROP | CHROME_END | CHROME_BADGE);
    }
    return 0;
}

/* A view or reading counter ("370 kali dilihat", "Views: 237", "760") or a
 * line with no word in it ("×", "![]() |"). */
static bool is_counter_line(const char *s, size_t len, size_t words)
{
    if (words > CHROME_MAX_WORDS)
        return false;
    bool digit = false, letters = false;
    for (size_t i = 0; i + 1 < len && !letters; i++)
        letters = is_letter((unsigned char)s[i]) && is_letter((unsigned char)s[i + 1]);
    /* (nor a capital and its number, a name: "B50", "G20", "K3") */
    bool coded_name = words == 1 && len >= 2 && is_upper((unsigned char)s[0]) && is_digit((unsigned char)s[len - 1]);
    if (!letters) /* "12 | 3", "1/16"; not a writer's code "(S-16)" */
        return !metadata_is_writer_code(s, len) && !coded_name;
    if (words > COUNTER_LINE_WORDS)
        return false;
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && s[end] != ' ')
            end++;
        size_t a = i, b = end;
        while (a < b && !is_letter((unsigned char)s[a]) && !is_digit((unsigned char)s[a]))
            a++;
        while (b > a && !is_letter((unsigned char)s[b - 1]) && !is_digit((unsigned char)s[b - 1]))
            b--;
        bool number = a < b;
        for (size_t k = a; k < b; k++)
            number &= is_digit((unsigned char)s[k]) || s[k] == '.' || s[k] == ',';
        if (number)
            digit = true;
        else if (a < b && lex_lookup(LEX_TABLE(COUNTER_WORDS), s + a, b - a) < 0)
            return false;
        i = end + 1;
    }
    return digit;
}

static const char *const IMAGE_ENDS[] = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".jpg)", ".jpeg)", ".png)"};

/* Contact and link furniture: a phone number, an e-mail address, a web
 * address or an image file name standing as a line of its own. */
static bool is_contact_or_link(const char *s, size_t len)
{
    size_t words = page_count_words_upto(s, len, COUNTER_LINE_WORDS), digits = 0;
    if (words > COUNTER_LINE_WORDS)
        return false; /* furniture of this kind is a few words long */
    for (size_t i = 0; i < len; i++)
        digits += is_digit((unsigned char)s[i]);
    if (memchr(s, '@', len) || (digits >= PHONE_MIN_DIGITS && !has_month(s, len)))
        return true;
    if ((len >= 4 && strncasecmp(s, "http", 4) == 0) || (len >= 4 && strncasecmp(s, "www.", 4) == 0) ||
        (words == 1 && is_letter((unsigned char)s[0]) && page_word_is_domain(s, len)))
        return true;
    for (size_t i = 0; i < sizeof IMAGE_ENDS / sizeof *IMAGE_ENDS; i++) {
        size_t n = strlen(IMAGE_ENDS[i]);
        if (len >= n && strncasecmp(s + len - n, IMAGE_ENDS[i], n) == 0)
            return true;
    }
    return false;
}

/* CHROME_DROP, CHROME_END or 0 for a whole line. */
/* A menu copied as one line of capitalised items that ends with a menu's
 * last item ("Terkini Aceh Ekonomi Politik Hukum Olahraga Foto Video
 * Indeks", "Beranda Profil Layanan Berita Kontak"): no headline ends so. */
static bool is_flat_menu(const text_line *l)
{
    enum { MIN_ITEMS = 4 };
    if (l->words < MIN_ITEMS || l->words > CHROME_END_MAX_WORDS)
        return false;
    for (size_t i = 0; i < l->len; i++)
        if ((i == 0 || l->text[i - 1] == ' ') && !is_upper((unsigned char)l->text[i]))
            return false;
    size_t last = l->len;
    while (last > 0 && l->text[last - 1] != ' ')
        last--;
    int v = lex_lookup(LEX_TABLE(CHROME_WORDS), l->text + last, l->len - last);
    return v >= 0 && (v & CHROME_WHOLE);
}

static int line_chrome(const text_line *l)
{
    if (l->len == 0)
        return 0;
    if (contains(l->text, l->len, "\xC2\xA9", 2) && l->words <= CHROME_END_MAX_WORDS)
        return CHROME_END; /* "© 2023 Kantor Wilayah ..." */
    int v = chrome_phrase(l->text, l->len, l->words);
    if (v)
        return v;
    return is_counter_line(l->text, l->len, l->words) || is_contact_or_link(l->text, l->len) || is_flat_menu(l)
               ? CHROME_DROP
               : 0;
}

/* "Copyright © ANTARA 2026", "© 2023 Kantor Wilayah ...": a notice that
 * closes the article or the page. */
static bool is_copyright_notice(const text_line *l)
{
    return l->chrome == CHROME_END && (contains(l->text, l->len, "\xC2\xA9", 2) ||
                                       (l->len >= 9 && strncasecmp(l->text, "copyright", 9) == 0));
}

/* A tag line: every word opens with '#' ("#a #b"), or two tags or more of a
 * few words each, every tag opened by '#' and no sentence's punctuation
 * ("#shalat gerhana #gerhana bulan #masjid raya al jabbar"). */
static bool is_hashtag_line(const char *s, size_t len)
{
    enum { MAX_TAG_WORDS = 4 };
    size_t tags = 0, words = 0;
    bool spaced = false, punctuated = false;
    if (len < 2 || s[0] != '#')
        return false;
    for (size_t i = 0; i < len; i++) {
        punctuated = punctuated || (s[i] && strchr(".,;:!?\"", s[i]));
        if (i > 0 && s[i - 1] != ' ')
            continue;
        if (s[i] == '#')
            tags++, words = 1;
        else if (s[i] != ' ' && ++words > MAX_TAG_WORDS)
            return false;
        spaced = spaced || words > 1;
    }
    return !spaced || (tags >= 2 && !punctuated);
}

/* ---- lines ---------------------------------------------------------- */

/* "Komentar: warga menyambut baik program ini ...": a label of the page's
 * end, a share bar or a contact block heads chrome only as a short line; a
 * lower-case sentence of a paragraph's length after it is the body's own
 * (it had ended the article, or been dropped with what followed). */
static bool label_opens_prose(const text_line *l, const page_label *lab)
{
    if (lab->kind != PAGE_END && lab->kind != PAGE_SHARE && lab->kind != PAGE_CONTACT)
        return false;
    unsigned char first = lab->value < l->len ? (unsigned char)l->text[lab->value] : 0;
    return first >= 'a' && first <= 'z' && l->words >= PROSE_MIN_WORDS && ends_sentence(l->text, l->len);
}

/* What the rules ask of every line, found once: chrome, caption, a page
 * label opening it, a credit line (which opens with a credit label). */
static void read_line_facts(text_line *l)
{
    page_label lab = {0, false, 0, false};
    bool labelled = page_label_read(l->text, l->len, &lab);
    l->chrome = line_chrome(l);
    l->caption = (labelled && lab.kind == PAGE_CAPTION && lab.colon) || is_unlabelled_caption(l->text, l->len);
    l->paged = labelled && (lab.colon || l->words <= PAGE_LINE_MAX_WORDS) && !label_opens_prose(l, &lab);
    l->lab = lab;
    l->credit = labelled && lab.kind <= PAGE_SOURCE && metadata_is_credit_line(l->text, l->len);
}

/* The end of the line that starts at i: a LF, a CR LF, or a CR alone (old
 * Mac and some web forms' copies end lines with CR only). */
static size_t line_end(const char *text, size_t len, size_t i)
{
    while (i < len && text[i] != '\n' && text[i] != '\r')
        i++;
    return i;
}

/* The line s[0, len) as written, each gap of two spaces or more (or a tab)
 * between the words after `from` made ", ": a tag list a copy parts by the
 * room between its links ("Tag: dbd  rejang lebong  dinkes"). NULL when it
 * has no such gap, or parts its items already ("Tags: a, b", "#a #b",
 * "Kategori: X   Tag: y"). */
static char *gaps_as_commas(arena *a, const char *s, size_t from, size_t len, size_t *out_len)
{
    while (from < len && (s[from] == ' ' || s[from] == '\t')) /* the room after the label's colon */
        from++;
    char *joined = arena_alloc(a, 2 * len + 1); /* a gap of one tab grows to two bytes */
    if (!joined)
        return NULL;
    memcpy(joined, s, from);
    size_t n = from, gaps = 0;
    for (size_t k = from; k < len; k++) {
        size_t run = 0;
        while (k + run < len && (s[k + run] == ' ' || s[k + run] == '\t'))
            run++;
        if (run && k + run < len && (run >= 2 || s[k] == '\t')) {
            joined[n++] = ',', joined[n++] = ' ', gaps++;
            k += run - 1;
        } else if (s[k] && strchr(",;|#:", s[k])) {
            return NULL;
        } else {
            joined[n++] = s[k];
        }
    }
    *out_len = n;
    return gaps ? joined : NULL;
}

static int split_lines(const char *text, size_t len, line_list *lines, arena *line_arena, arena *a)
{
    for (size_t i = 0; i <= len;) {
        size_t end = line_end(text, len, i);
        bool nl = end < len;
        text_line l = {text + i, end - i, "", 0, 0, 0, false, false, {0, false, 0, false}, false};
        char *clean = text_clean(a, text + i, end - i, &l.len);
        if (!clean)
            return -1;
        l.text = clean;
        l.words = page_count_words(clean, l.len);
        read_line_facts(&l);
        const char *colon = l.paged && l.lab.kind == PAGE_LABELS && l.lab.colon ? memchr(text + i, ':', end - i) : NULL;
        size_t listed_len;
        char *listed = colon ? gaps_as_commas(line_arena, text + i, (size_t)(colon + 1 - (text + i)), end - i,
                                              &listed_len)
                             : NULL;
        if (listed && (clean = text_clean(a, listed, listed_len, &l.len)) != NULL) {
            l.text = clean;
            l.words = page_count_words(clean, l.len);
            read_line_facts(&l);
        }
        if (VEC_PUSH(line_arena, lines, l) != 0)
            return -1;
        if (!nl)
            break;
        i = end + (text[end] == '\r' && end + 1 < len && text[end + 1] == '\n' ? 2 : 1);
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

/* SEG_CREDIT_UNLABELLED: a credit whose label has no colon ("Editor Y"),
 * with one put in; a header line of two or more of them is a credit line */
typedef enum { SEG_DATE, SEG_CREDIT, SEG_CREDIT_UNLABELLED, SEG_BYLINE, SEG_COUNTER, SEG_LABEL } segment_kind;
/* Labels of the date a page was last changed ("Kamis, 12 Maret 2020, 20:35
 * WIB Last Updated 2020-03-12T13:36:48Z", "Diperbarui: ..."): Blogger and
 * WordPress themes, Joomla; the date after one is no publication date. */
static const lex_entry UPDATE_LABELS[] = {
    {"last updated", 1}, {"updated", 1}, {"updated on", 1}, {"last modified", 1}, {"modified", 1},
    {"diperbarui", 1}, {"terakhir diperbarui", 1}, {"diupdate", 1}, {"update", 1}, {"diubah", 1},
};

/* Where an update label opens a word of s[0, len) after its first (one or
 * two words, a colon after it allowed), or len. */
static size_t update_label_start(const char *s, size_t len)
{
    for (size_t i = 1; i < len; i++) {
        if (s[i - 1] != ' ' || !is_letter((unsigned char)s[i]))
            continue;
        size_t one = i;
        while (one < len && s[one] != ' ' && s[one] != ':')
            one++;
        size_t two = one + 1;
        while (two < len && s[two] != ' ' && s[two] != ':')
            two++;
        if (lex_lookup(LEX_TABLE(UPDATE_LABELS), s + i, one - i) >= 0 ||
            (one < len && s[one] == ' ' && lex_lookup(LEX_TABLE(UPDATE_LABELS), s + i, two - i) >= 0))
            return i;
    }
    return len;
}

typedef struct {
    segment_kind kind;
    const char *text;
    size_t len;
    credit_role role; /* SEG_BYLINE */
} segment;

/* "23:12:47 WIB", "20:35 WIB": a date line's clock and zone. */
static bool clock_zone_in(const char *s, size_t len)
{
    for (size_t i = 0; i + 4 < len; i++) {
        if (!is_digit((unsigned char)s[i]) || (s[i + 1] != ':' && s[i + 2] != ':'))
            continue;
        size_t j = i;
        while (j < len && (is_digit((unsigned char)s[j]) || s[j] == ':'))
            j++;
        while (j < len && s[j] == ' ')
            j++;
        size_t w = j;
        while (w < len && is_letter((unsigned char)s[w]))
            w++;
        if (w > j && date_lookup(DATE_ZONES, s + j, w - j) >= 0)
            return true;
        i = j;
    }
    return false;
}

static bool has_clock_zone(const text_line *l) { return clock_zone_in(l->text, l->len); }

/* "suharni 22 Juni 2024 14:18:29 WIB": the poster's login name in small
 * letters before a date line with its clock (the village sites of
 * Gunungkidul's SIDA system): one word of letters that no list knows (not
 * "admin", "pada", "oleh"). */
static bool login_name(const char *s, size_t len, const char *date, size_t date_len)
{
    if (len < 3 || len > LOGIN_MAX_BYTES || lex_lists_of(s, len) != 0 || !clock_zone_in(date, date_len))
        return false;
    for (size_t i = 0; i < len; i++)
        if (!is_lower((unsigned char)s[i]))
            return false;
    return true;
}

/* A byline before a date in one header part ("Dwi Wardani 29 September
 * 2025 09:18 WIB"): the name, cut at a comma, into s[*name_start, +*name_len);
 * a credit label before it ("Oleh X - Jumat, 17 Oktober 2025") or after the
 * comma ("Sarah Hutagaol, Jurnalis": the reporter) gives the role, else the
 * author. False unless it names someone. The date, date_len bytes, follows
 * s[0, len). */
static bool byline_before(const char *s, size_t len, size_t date_len, size_t *name_start, size_t *name_len,
                          credit_role *role)
{
    size_t end = len, from = 0;
    while (end > 0 && !is_letter((unsigned char)s[end - 1]) && (unsigned char)s[end - 1] != '.')
        end--; /* the separator before the date: " · ", " - ", ", " */
    /* the word that links the byline to its date: "Dikirim oleh X pada Kam, 13/03/2025", Drupal's
     * "Submitted by X on Thu, ..." */
    size_t link = end;
    while (link > 0 && s[link - 1] != ' ')
        link--;
    if (link > 0 && page_lookup(PAGE_NAME_STOPS, s + link, end - link) >= 0)
        for (end = link; end > 0 && s[end - 1] == ' ';)
            end--;
    *role = CREDIT_AUTHOR;
    page_label lab;
    if (page_label_read(s, end, &lab) && lab.kind <= PAGE_SOURCE && lab.value > 0 && lab.value < end) {
        from = lab.value;
        *role = (credit_role)lab.kind;
    }
    const char *comma = memchr(s + from, ',', end - from);
    if (comma) {
        size_t after = (size_t)(comma - s) + 1;
        while (after < end && s[after] == ' ')
            after++;
        if (after < end && page_label_read(s + after, end - after, &lab) && lab.kind <= PAGE_SOURCE)
            *role = (credit_role)lab.kind;
        end = (size_t)(comma - s);
    }
    *name_start = from;
    *name_len = end - from;
    return end > from && ((page_count_words(s + from, end - from) >= BYLINE_MIN_WORDS &&
                           metadata_is_bare_name(s + from, end - from) && !memchr(s + from, '.', end - from)) ||
                          (from == 0 && login_name(s, end, s + len, date_len)));
}


/* A region or office word opens it ("Kota Sawahlunto", "Dinas X"): a tag,
 * never a writer's byline. */
static bool opens_with_region(const char *s, size_t len)
{
    size_t w = 0;
    while (w < len && s[w] != ' ')
        w++;
    return speech_lookup(SPEECH_ORG, s, w) >= 0;
}

/* A section's noun opens it ("Berita Lanal"): a category, no byline. */
static bool opens_with_section(const char *s, size_t len)
{
    size_t w = 0;
    while (w < len && s[w] != ' ')
        w++;
    return lex_lookup(PAGE_SECTION_NOUNS, s, w) >= 0;
}

/* s[0, len) is words of letters, each capitalised: not "Admin bulelengkab". */
static bool capitalised_letter_words(const char *s, size_t len)
{
    if (len == 0 || !is_upper((unsigned char)s[0]))
        return false;
    for (size_t i = 1; i < len; i++)
        if ((!is_letter((unsigned char)s[i]) && s[i] != ' ') || (s[i - 1] == ' ' && !is_upper((unsigned char)s[i])))
            return false;
    return true;
}

/* One or two capitalised words of letters, not chrome: a category badge
 * ("Berita", "News", "Berita Kota"). */
static bool is_badge_text(const char *s, size_t len)
{
    int chrome = chrome_phrase(s, len, page_count_words(s, len));
    if (!capitalised_letter_words(s, len) || page_count_words_upto(s, len, BADGE_MAX_WORDS) > BADGE_MAX_WORDS ||
        (chrome && !(chrome & CHROME_BADGE)))
        return false;
    bool camel = false;
    for (size_t i = 1; i < len; i++)
        camel |= is_lower((unsigned char)s[i - 1]) && is_upper((unsigned char)s[i]);
    size_t w = 0;
    while (w < len && s[w] != ' ')
        w++;
    page_label lab;
    /* "10:15 WITA": a time zone is no category */
    return !camel && !page_label_read(s, len, &lab) && page_lookup(PAGE_CMS_LOGINS, s, w) < 0 &&
           date_lookup(DATE_ZONES, s, len) < 0;
}

/* Badges listed with commas in one part ("Berita, Kegiatan" of Divi's
 * "by X | Oct 21, 2025 | Berita, Kegiatan | 0 comments"), a section's noun
 * among them, or any after the line's date ("Kabar Desa, Unit Usaha" of
 * Astra's "By X / Nov 30, 2026 / Kabar Desa, Unit Usaha"): the article's
 * categories. */
static bool badge_list(const char *s, size_t len, bool after_date)
{
    if (!memchr(s, ',', len))
        return false;
    bool section = false;
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && s[end] != ',')
            end++;
        size_t from = i;
        while (from < end && s[from] == ' ')
            from++;
        if (!is_badge_text(s + from, end - from))
            return false;
        section = section || opens_with_section(s + from, end - from);
        i = end + 1;
    }
    return section || after_date;
}

/* A part a labels label opens with its colon ("Kategori: Adat & Budaya"):
 * the value from *from. */
static bool labels_part(const char *s, size_t len, size_t *from)
{
    page_label lab;
    if (!page_label_read(s, len, &lab) || lab.kind != PAGE_LABELS || !lab.colon || lab.value >= len)
        return false;
    *from = lab.value;
    return true;
}

/* A badge beside a counter in one part: "DAERAH 0 44", "Dilihat: 378
 * kali Berita Kota". The badge into *at, *n; false unless the part is
 * exactly those two runs. */
static bool badge_beside_counter(const char *s, size_t len, size_t *at, size_t *n)
{
    size_t runs = 0, badge_start = 0, badge_end = 0;
    bool prev_badge = false, counted = false;
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && s[end] != ' ')
            end++;
        size_t b = end;
        while (b > i && (s[b - 1] == ':' || s[b - 1] == ','))
            b--;
        bool number = is_digit((unsigned char)s[i]);
        bool counter = number || lex_lookup(LEX_TABLE(COUNTER_WORDS), s + i, b - i) >= 0;
        bool badge = !counter && is_badge_text(s + i, b - i);
        if (!counter && !badge)
            return false;
        counted |= number;
        if (runs == 0 || badge != prev_badge) {
            runs++;
            if (badge)
                badge_start = i;
        }
        if (badge)
            badge_end = b;
        prev_badge = badge;
        i = end + 1;
    }
    if (runs != 2 || !counted || badge_end <= badge_start || !is_badge_text(s + badge_start, badge_end - badge_start))
        return false;
    *at = badge_start;
    *n = badge_end - badge_start;
    return true;
}

/* Words that open a post's date or byline line: "Diposting pada 5 Desember
 * 2024 oleh X", "Dipublikasikan pada Jumat, ...", "Posted on ..." (WordPress
 * and CMS themes' entry meta). */
static const lex_entry POSTING_WORDS[] = {
    {"diposting", 1}, {"dipublikasikan", 1}, {"diterbitkan", 1}, {"diunggah", 1}, {"dipublish", 1},
    {"posted", 1}, {"published", 1},
};

static bool posting_word_opens(const char *s, size_t len)
{
    size_t first = 0;
    while (first < len && s[first] != ' ')
        first++;
    return lex_lookup(LEX_TABLE(POSTING_WORDS), s, first) >= 0;
}

/* A credit label without its colon opening s ("Penulis Dewi Anggraeni"):
 * where the capitalised name after it starts, into *name, and the label's
 * role into *role. */
static bool colonless_label(const char *s, size_t len, size_t *name, credit_role *role)
{
    size_t first = 0;
    while (first < len && s[first] != ' ')
        first++;
    int kind = page_lookup(PAGE_LINE_LABELS, s, first);
    if (kind < 0 || (kind & PAGE_KIND_MASK) > PAGE_SOURCE || first + 1 >= len || !is_upper((unsigned char)s[first + 1]))
        return false;
    *name = first + 1;
    *role = (credit_role)(kind & PAGE_KIND_MASK);
    return true;
}

/* s[0, len) with a colon after its label, which ends at `value` ("Editor
 * Y" -> "Editor: Y"), in the arena; NULL when out of memory. */
static char *with_colon(const char *s, size_t len, size_t value, arena *a)
{
    char *out = arena_alloc(a, len + 2);
    if (!out)
        return NULL;
    memcpy(out, s, value - 1);
    memcpy(out + value - 1, ": ", 2);
    memcpy(out + value + 1, s + value, len - value);
    out[len + 1] = '\0';
    return out;
}

/* The length of a middle dot, a bullet, a slash or a long dash at s[at]
 * with a space or the end after it, 0 if none: "09/06/2025 14:32 · Admin ·
 * Dibaca: 245 kali", "By Admin BUMDes / Nov 30, 2026 / Kabar Desa"
 * (WordPress's Astra), "Senin, 9 November 2026 – Kesehatan – 187 kali
 * dilihat". */
static size_t spaced_mark(const char *s, size_t len, size_t at)
{
    static const char *const DOTS[] = {"\xC2\xB7", "\xE2\x80\xA2", "/", "\xE2\x80\x93", "\xE2\x80\x94"};
    for (size_t k = 0; k < sizeof DOTS / sizeof *DOTS; k++) {
        size_t n = strlen(DOTS[k]);
        if (at + n <= len && memcmp(s + at, DOTS[k], n) == 0 && (at + n == len || s[at + n] == ' '))
            return n;
    }
    return 0;
}

/* The parts of a header line, split where the page put '|', a middle dot or a gap
 * ("Jumat, Februari 28, 2025   Oleh: X   0 Komentar"). Returns how many,
 * or 0 unless every part is a date, a credit, a byline (alone or before
 * its date), a category or a counter, and one of them is a date, a credit
 * or a category beside its counters. One part that is none of them
 * ("Admin bulelengkab | 30 Maret 2022") is let through beside a date. */
static size_t header_segments(const text_line *l, segment *seg, arena *a)
{
    size_t n = 0, other = 0, labelled_parts = 0;
    bool useful = false, date = false, role_after_name = false;
    for (size_t i = 0; i < l->raw_len;) {
        size_t end = i;
        while (end < l->raw_len && l->raw[end] != '|' &&
               !((l->raw[end] == ' ' || l->raw[end] == '\t') && end + 1 < l->raw_len &&
                 (l->raw[end + 1] == ' ' || l->raw[end + 1] == '\t' || spaced_mark(l->raw, l->raw_len, end + 1))))
            end++;
        size_t clen, from = 0;
        char *part = text_clean(a, l->raw + i, end - i, &clen);
        if (!part)
            return 0;
        size_t bullet = bullet_length(part, clen);
        part += bullet;
        clen -= bullet;
        if (clen && !strpbrk(part, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
            clen = 0; /* a bullet standing between gaps: "  •   Hendra Saputra" */
        /* a date, then when the page was changed: the part is the date */
        size_t updated = update_label_start(part, clen), head = updated;
        while (head > 0 && strchr(" ,-|", part[head - 1]))
            head--;
        if (updated < clen && is_date_text(part, head, false, &from))
            clen = head;
        from = 0;
        if (clen) {
            size_t tail = trailing_date_start(part, clen), name, name_start;
            char *labelled;
            if (n + 2 > MAX_SEGMENTS)
                return 0;
            credit_role role;
            const char *by = strstr(part, " oleh ");
            if (!by)
                by = strstr(part, " by "); /* WordPress's English "Posted on <date> by X" */
            if (by && (size_t)(by - part) < clen && is_date_text(part, (size_t)(by - part), false, &from) &&
                metadata_is_credit_line(by + 1, clen - (size_t)(by + 1 - part))) {
                /* "Diposting pada 5 Desember 2024 oleh Instalasi PKRS", "23/01/2025 16:40 WIT oleh
                 * Humas Basarnas Sorong": the date, then the byline */
                seg[n++] = (segment){SEG_DATE, part + from, (size_t)(by - part) - from, CREDIT_AUTHOR};
                seg[n++] = (segment){SEG_CREDIT, by + 1, clen - (size_t)(by + 1 - part), CREDIT_AUTHOR};
            } else if (tail < clen && tail > 0 && byline_before(part, tail, clen - tail, &name_start, &name, &role)) {
                seg[n++] = (segment){SEG_BYLINE, part + name_start, name, role};
                seg[n++] = (segment){SEG_DATE, part + tail, clen - tail, CREDIT_AUTHOR};
            } else if (is_date_text(part, clen, false, &from))
                seg[n++] = (segment){SEG_DATE, part + from, clen - from, CREDIT_AUTHOR};
            else if (badge_list(part, clen, date))
                seg[n++] = (segment){SEG_LABEL, part, clen, CREDIT_AUTHOR}; /* "... | Berita, Kegiatan | ..." */
            else if (labels_part(part, clen, &from))
                seg[n++] = (segment){SEG_LABEL, part + from, clen - from, CREDIT_AUTHOR}; /* "| Kategori: X |" */
            else if (memchr(part, ',', clen) && byline_before(part, clen, 0, &name_start, &name, &role) &&
                     role != CREDIT_AUTHOR) { /* "Sarah Hutagaol, Jurnalis · Kamis 31 Oktober 2019" */
                seg[n++] = (segment){SEG_BYLINE, part + name_start, name, role};
                role_after_name = true; /* (a credit alone on its line: "Faisal Rizki Maulana, Jurnalis") */
            } else if (metadata_is_credit_line(part, clen))
                seg[n++] = (segment){SEG_CREDIT, part, clen, CREDIT_AUTHOR};
            else if (metadata_is_office_byline(part, clen)) /* "| Diskominfo Karangasem", "| Pendim 1002/Barabai" */
                seg[n++] = (segment){SEG_BYLINE, part, clen, CREDIT_AUTHOR};
            else if (tail < clen && tail > 0)
                seg[n++] = (segment){SEG_DATE, part + tail, clen - tail, CREDIT_AUTHOR};
            else if (badge_beside_counter(part, clen, &from, &name)) {
                seg[n++] = (segment){SEG_LABEL, part + from, name, CREDIT_AUTHOR};
                useful = true; /* "DAERAH 0 44": the category of the article, with its counters */
            } else if (page_count_words(part, clen) <= COUNTER_MAX_WORDS && strpbrk(part, "0123456789"))
                seg[n++] = (segment){SEG_COUNTER, part, clen, CREDIT_AUTHOR};
            else if (colonless_label(part, clen, &name_start, &role) &&
                     page_count_words(part + name_start, clen - name_start) >= BYLINE_MIN_WORDS &&
                     metadata_is_bare_name(part + name_start, clen - name_start)) {
                seg[n++] = (segment){SEG_BYLINE, part + name_start, clen - name_start, role}; /* "Penulis X · ..." */
                labelled_parts++;
            } else if (colonless_label(part, clen, &name_start, &role) &&
                       (labelled = with_colon(part, clen, name_start, a)) != NULL &&
                       metadata_is_credit_line(labelled, strlen(labelled))) {
                /* "Penulis Kontributor Kompas.com, Bungo, X | ...": read as with its colon */
                seg[n++] = (segment){SEG_CREDIT_UNLABELLED, labelled, strlen(labelled), role};
                labelled_parts++;
            } else if (page_count_words(part, clen) >= BYLINE_MIN_WORDS && metadata_is_bare_name(part, clen) &&
                     !opens_with_region(part, clen) && !opens_with_section(part, clen))
                seg[n++] = (segment){SEG_BYLINE, part, clen, CREDIT_AUTHOR};
            else if (is_badge_text(part, clen))
                seg[n++] = (segment){SEG_LABEL, part, clen, CREDIT_AUTHOR}; /* "Rabu, 17 Maret 2021 | Politik | Kota X" */
            else if (other++ > 0 || page_count_words(part, clen) > COUNTER_MAX_WORDS)
                return 0;
            bool byline = false, counter = false;
            for (size_t k = 0; k < n; k++) {
                useful |= seg[k].kind == SEG_DATE || seg[k].kind == SEG_CREDIT;
                date |= seg[k].kind == SEG_DATE;
                byline |= seg[k].kind == SEG_BYLINE || seg[k].kind == SEG_CREDIT_UNLABELLED;
                counter |= seg[k].kind == SEG_COUNTER;
            }
            useful |= byline && counter;  /* "Humas Rutan Tanjung Pandan | Kegiatan | 0 Komentar" */
            useful |= labelled_parts >= 2 || role_after_name; /* "Penulis X | Editor Y", "X, Jurnalis" */
        }
        i = end;
        for (size_t dot = 0; i < l->raw_len && (l->raw[i] == '|' || l->raw[i] == ' ' || l->raw[i] == '\t' ||
                                                (dot = spaced_mark(l->raw, l->raw_len, i)));)
            i += dot ? dot : 1, dot = 0;
    }
    return useful && (other == 0 || date) ? n : 0;
}

static void push_labels(const char *s, size_t len, record *rec, arena *a);

/* A header line's date goes on as the date line with whatever follows it on
 * the line, so the dates stage sees its time: "Jumat, 25 Juli 2025 | 09:30
 * WITA" (the time alone is not a segment worth keeping). A later one is
 * another date statement of the header ("Tanggal: 17 Juli 2025"). A bare
 * byline is the author's credit. */
static void take_header(const text_line *l, const segment *seg, size_t n, record *rec, page_hints *hints, arena *a)
{
    for (size_t i = 0; i < n; i++) {
        if (seg[i].kind == SEG_DATE && !hints->published_visible) {
            const char *at = strstr(l->text, seg[i].text);
            hints->published_visible = at ? at : seg[i].text;
        } else if (seg[i].kind == SEG_DATE)
            VEC_PUSH(a, &hints->date_lines, seg[i].text);
        else if (seg[i].kind == SEG_CREDIT || seg[i].kind == SEG_CREDIT_UNLABELLED)
            VEC_PUSH(a, &hints->credit_lines, seg[i].text);
        else if (seg[i].kind == SEG_LABEL) {
            push_labels(seg[i].text, seg[i].len, rec, a); /* "Berita, Kegiatan": each */
        } else if (seg[i].kind == SEG_BYLINE) {
            char *name = arena_strndup(a, seg[i].text, seg[i].len);
            if (name)
                VEC_PUSH(a, &rec->credits, ((rec_credit){.role = seg[i].role, .name = name}));
        }
    }
}

/* ---- the headline --------------------------------------------------- */

/* At least num in den of its words capitalised, as headlines and names are
 * written. */
static bool capitalised_share(const text_line *l, size_t num, size_t den)
{
    size_t capitalised = 0, worded = 0;
    for (size_t k = 0; k < l->len; k++)
        if (k == 0 || l->text[k - 1] == ' ') {
            unsigned char c = (unsigned char)l->text[k];
            worded += is_letter(c);
            capitalised += is_upper(c);
        }
    return den * capitalised >= num * worded;
}


/* Lines above and around the headline that are never it. */
/* A post's entry-meta line: a posting word, then a date. */
static bool is_posting_line(const text_line *l)
{
    return posting_word_opens(l->text, l->len) && has_month(l->text, l->len) &&
           l->words <= DATE_LINE_MAX_WORDS + BYLINE_MAX_WORDS;
}

/* "Penulis Dewi Anggraeni · 3 menit baca", "Reporter Theresia Yikwa": a
 * credit label without its colon, a name, then the byline's furniture after
 * a separator or nothing. The name into [*name, *name_end) and the label's
 * role into *role. */
static bool labelled_byline(const text_line *l, size_t *name, size_t *name_end, credit_role *role)
{
    if (!colonless_label(l->text, l->len, name, role) || l->words > BYLINE_MAX_WORDS + COUNTER_MAX_WORDS + 1)
        return false;
    const char *dot = strstr(l->text, " \xC2\xB7 "), *bar = strstr(l->text, " | ");
    if (!dot && !bar) {
        *name_end = l->len;
        return l->words <= BYLINE_MAX_WORDS + 1 && metadata_is_bare_name(l->text + *name, l->len - *name);
    }
    *name_end = (size_t)((dot && (!bar || dot < bar) ? dot : bar) - l->text);
    return true;
}

static bool is_labelled_byline(const text_line *l)
{
    size_t name, name_end;
    credit_role role;
    return labelled_byline(l, &name, &name_end, &role);
}

static bool is_page_furniture(const text_line *l)
{
    size_t from;
    page_label lab;
    return page_line(l, &lab) || is_menu_line(l) || is_date_text(l->text, l->len, true, &from) ||
           l->caption || is_posting_line(l) || is_labelled_byline(l) || metadata_outlet_byline(l->text, l->len);
}

/* "(20/11/2024)": a caption's or a lead's date, seldom a headline's. */
static bool has_numeric_date(const char *s, size_t len)
{
    for (size_t i = 0; i + 3 < len; i++)
        if (s[i] == '(' && is_digit((unsigned char)s[i + 1]) && memchr(s + i, '/', len - i < 6 ? len - i : 6))
            return true;
    return false;
}

/* An address of administrative units, each comma part opening with a
 * unit: "Kecamatan Tebing Tinggi Barat, Kabupaten Kepulauan Meranti,
 * Provinsi Riau" under a village site's name. */
static bool unit_address(const char *s, size_t len)
{
    size_t parts = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && s[i] == ' ')
            i++;
        size_t w = i;
        while (w < len && s[w] != ' ' && s[w] != ',')
            w++;
        if (w == i || !(speech_lists_of(s + i, w - i) & 1u << SPEECH_PLACE_UNITS))
            return false;
        parts++;
        const char *comma = memchr(s + w, ',', len - w);
        i = comma ? (size_t)(comma - s) + 1 : len;
    }
    return parts >= 2;
}

/* A line that says what the page is (a site name, a byline with a date, a
 * web or e-mail address, a phone number, an address of units), never a
 * headline. */
static bool names_the_site(const text_line *l)
{
    size_t date = trailing_date_start(l->text, l->len), digits = 0, letters = 0;
    if ((date < l->len && page_count_words(l->text, date) <= BYLINE_MAX_WORDS) || memchr(l->text, '@', l->len))
        return true;
    for (size_t i = 0; i < l->len; i++) {
        digits += is_digit((unsigned char)l->text[i]);
        letters += is_letter((unsigned char)l->text[i]);
    }
    /* "Telp. (0380) 123456 Fax. (0380) 654321"; not a headline with a year
     * and a count ("Selama Operasi Zebra 2024, ... Tindak 412 Pelanggar") */
    if (digits >= PHONE_MIN_DIGITS && digits * PHONE_LETTERS_PER_DIGIT >= letters && !has_month(l->text, l->len))
        return true;
    size_t first = 0;
    while (first < l->len && l->text[first] != ' ')
        first++;
    if (lex_lookup(LEX_TABLE(ADDRESS_WORDS), l->text, first) >= 0)
        return true; /* "Jl. Merdeka No. 1, Kota Contoh" */
    size_t second = first < l->len ? first + 1 : first;
    while (second < l->len && l->text[second] != ' ')
        second++;
    if (lex_lookup(LEX_TABLE(OFFICIAL_SITE_PHRASES), l->text, second) >= 0)
        return true; /* "Website Resmi Desa Molombulahe Utara" */
    if (unit_address(l->text, l->len))
        return true;
    for (size_t i = 0; i < l->len;) {
        size_t end = i;
        while (end < l->len && l->text[end] != ' ')
            end++;
        if (page_word_is_domain(l->text + i, end - i))
            return true;
        i = end + 1;
    }
    return false;
}

/* Whether some other line in lines[from..to) reads like line i or opens
 * with it: a headline the page shows twice, a caption under its photo and
 * again, a teaser that is the first sentence of a later paragraph. */
static bool repeated_in(const line_list *lines, size_t i, size_t from, size_t to)
{
    const text_line *l = &lines->items[i];
    for (size_t j = from; j < to; j++)
        if (j != i && lines->items[j].len >= l->len && memcmp(lines->items[j].text, l->text, l->len) == 0)
            return true;
    return false;
}

/* A photo's caption or a teaser, not the lead: the same line again within
 * a few lines, or a line a photo credit follows ("Foto: ANTARA/X"). */
static bool is_teaser(const line_list *lines, size_t i)
{
    size_t to = i + 1, from = i, seen = 0;
    while (to < lines->len && seen < TEASER_REACH)
        seen += lines->items[to++].len > 0;
    for (seen = 0; from > 0 && seen < TEASER_REACH;)
        seen += lines->items[--from].len > 0;
    const text_line *l = &lines->items[i];
    for (size_t j = from; j < i; j++) /* the second copy of a caption */
        if (lines->items[j].len == l->len && memcmp(lines->items[j].text, l->text, l->len) == 0)
            return true;
    if (repeated_in(lines, i, i + 1, to))
        return true;
    /* a summary whose opening words the lead repeats after its dateline
     * ("Kota Sawahlunto tahun 2021 ini ..." over "SAWAHLUNTO, binews.id -
     * Kota Sawahlunto tahun 2021 ini ...") */
    for (size_t k = i + 1; k < to && l->len >= DEK_MIN_BYTES; k++)
        if (lines->items[k].len > l->len / 2 &&
            contains(lines->items[k].text, lines->items[k].len, l->text, l->len < DEK_OPENING ? l->len : DEK_OPENING))
            return true;
    size_t j = next_nonblank(lines, i + 1);
    page_label lab;
    return j < lines->len && page_label_read(lines->items[j].text, lines->items[j].len, &lab) &&
           lab.kind == PAGE_PHOTOGRAPHER && lab.colon;
}

/* A word in lower case: a line of prose, not a headline in capitals. */
static bool has_lower_word(const char *s, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        if ((i == 0 || s[i - 1] == ' ') && is_lower((unsigned char)s[i]) && is_lower((unsigned char)s[i + 1]))
            return true;
    return false;
}

/* A body opens with its dateline: when the line found to open it has none
 * and one of the next few lines opens with one, that line opens the body
 * and what stood before it was a summary or a caption without its credit
 * ("Status siaga darurat ... diberlakukan ..." / "Oleh X" / date / caption
 * / "PALANGKARAYA, KOMPAS — ..."). */
static size_t dateline_lead_after(const line_list *lines, size_t lead)
{
    const text_line *l = &lines->items[lead];
    if (metadata_opens_with_dateline(l->text, l->len))
        return lead;
    for (size_t j = lead + 1, seen = 0; j < lines->len && seen < DATELINE_LEAD_REACH; j++) {
        const text_line *next = &lines->items[j];
        if (next->len == 0)
            continue;
        seen++;
        if (next->words >= DATELINE_LEAD_WORDS && metadata_opens_with_dateline(next->text, next->len))
            return j;
    }
    return lead;
}

/* The line that opens the body: the first long line of prose (a sentence
 * of LEAD_MIN_WORDS that ends, any line of LEAD_ANY_WORDS, a line opening
 * with a dateline) that is no caption, teaser or furniture; failing that,
 * the first line that ends a sentence. SIZE_MAX when there is neither. */
static size_t find_lead(const line_list *lines, bool *short_lead_only)
{
    size_t short_lead = SIZE_MAX;
    for (size_t i = 0; i < lines->len; i++) {
        const text_line *l = &lines->items[i];
        page_label lab;
        size_t from;
        if (l->len == 0 || l->chrome || l->caption || page_line(l, &lab) ||
            l->credit || is_date_text(l->text, l->len, true, &from))
            continue;
        size_t words = l->words;
        bool closes = closes_sentence(l->text, l->len);
        /* (a dateline's lead goes on in prose: "Kecamatan Jeumpa - Kabupaten
         * Bireuen - Provinsi Aceh" under a village's name is its address) */
        if (((words >= LEAD_MIN_WORDS && ends_with_stop(l->text, l->len)) || words >= LEAD_ANY_WORDS ||
             ((closes || words >= DATELINE_LEAD_WORDS) && metadata_opens_with_dateline(l->text, l->len) &&
              has_lower_word(l->text, l->len))) &&
            !is_menu_line(l) && !bullet_length(l->text, l->len) && !is_teaser(lines, i))
            return dateline_lead_after(lines, i);
        if (short_lead == SIZE_MAX && closes && !is_menu_line(l))
            short_lead = i;
    }
    *short_lead_only = true;
    return short_lead;
}

/* Every word of line `part`, in order, among the words of line `whole`
 * ("Bahas Persiapan MTQ Bersama LPTQ Kalbar" in "Gubernur H Sutarmidji
 * Bahas Persiapan MTQ Ke-XXX Bersama LPTQ Kalbar"). */
static bool words_in_order(const text_line *part, const text_line *whole)
{
    size_t at = 0;
    for (size_t i = 0; i < part->len;) {
        size_t e = i;
        while (e < part->len && part->text[e] != ' ')
            e++;
        bool found = false;
        while (at < whole->len && !found) {
            size_t we = at;
            while (we < whole->len && whole->text[we] != ' ')
                we++;
            found = we - at == e - i && memcmp(whole->text + at, part->text + i, e - i) == 0;
            at = we + 1;
        }
        if (!found)
            return false;
        i = e + 1;
    }
    return true;
}

/* A line with a date for one of its parts, between separators ("09/06/2025
 * 14:32 · Admin Diskominfo · Dibaca: 245 kali", "Senin, 9 Juni 2025 |
 * Admin", "By Admin BUMDes / Nov 30, 2026 / Kabar Desa"), or opening with
 * one before a gap the copy kept ("12 August 2025   Written by X"): an
 * entry's meta line, never its headline. */
static bool holds_dated_part(const text_line *l)
{
    size_t from, start = 0;
    bool parted = false;
    for (size_t i = 0; i <= l->len; i++) {
        size_t mark = i == l->len ? 0 : l->text[i] == '|' ? 1 : 0;
        if (!mark && i < l->len && l->text[i] == ' ' && (mark = spaced_mark(l->text, l->len, i + 1)) > 0)
            mark++; /* the space before it */
        if (!mark && (i < l->len || !parted))
            continue;
        size_t a = start, b = i;
        while (b > a && l->text[b - 1] == ' ')
            b--;
        while (a < b && l->text[a] == ' ')
            a++;
        if (b > a && is_date_text(l->text + a, b - a, false, &from) && from == 0)
            return true;
        parted = true;
        start = i + mark;
        if (i == l->len)
            break;
        i = start - 1;
    }
    if (parted)
        return false;
    for (size_t i = 1; i + 1 < l->raw_len; i++)
        if ((l->raw[i] == ' ' || l->raw[i] == '\t') && (l->raw[i + 1] == ' ' || l->raw[i + 1] == '\t'))
            return is_date_text(l->raw, i, false, &from) && from == 0;
    return false;
}

/* The separators of a meta line's parts: long dashes, a bar, a middle dot,
 * spaced. */
static const char *const META_SEPARATORS[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " | ", " \xC2\xB7 "};

/* The length of the separator at s[i], 0 when none stands there. */
static size_t separator_at(const char *s, size_t len, size_t i)
{
    if (s[i] != ' ')
        return 0; /* each opens with a space: most bytes are ruled out at once */
    for (size_t k = 0; k < sizeof META_SEPARATORS / sizeof *META_SEPARATORS; k++) {
        size_t n = strlen(META_SEPARATORS[k]);
        if (i + n < len && memcmp(s + i, META_SEPARATORS[k], n) == 0)
            return n;
    }
    return 0;
}

/* Where a part of a meta line that a page label opens stands, after a
 * separator ("Penrindam IV/Dip — Kategori: Pendidikan — 764 kali dibaca"),
 * into *lab; the line's length when none does. */
static size_t labelled_part(const text_line *l, page_label *lab)
{
    for (size_t i = 1, n; i < l->len; i++)
        if ((n = separator_at(l->text, l->len, i)) && page_label_read(l->text + i + n, l->len - i - n, lab) &&
            lab->colon)
            return i + n;
    return l->len;
}

static bool in_menu(const line_list *lines, size_t p);

/* How much line i looks like the headline of a body that opens at line
 * `lead`: a few words in title case, shown twice, close above the lead;
 * a negative score for a line that can be no headline. */
static int title_score(const line_list *lines, size_t i, size_t window, size_t lead)
{
    const text_line *l = &lines->items[i];
    size_t words = l->words;
    size_t first = 0;
    while (first < l->len && l->text[first] != ' ')
        first++;
    if (words < TITLE_MIN_WORDS || words > TITLE_MAX_WORDS || l->text[l->len - 1] == '.' || has_clock_zone(l) ||
        is_pure_date(l->text, l->len) || speech_lookup(SPEECH_PRONOUNS, l->text, first) >= 0 ||
        (words >= DATELINE_LEAD_WORDS && metadata_opens_with_dateline(l->text, l->len)) ||
        is_lower((unsigned char)l->text[0]) || bullet_length(l->text, l->len) || is_page_furniture(l) || l->chrome ||
        names_the_site(l) || l->credit || holds_dated_part(l))
        return -1;
    page_label lab;
    if (labelled_part(l, &lab) < l->len)
        return -1; /* a meta line with a labelled part: "X — Kategori: Y — 764 kali dibaca" */
    int score = 4;
    score += words >= 5 && words <= LEAD_MIN_WORDS ? 2 : words >= 4 && words <= LEAD_ANY_WORDS;
    score -= has_numeric_date(l->text, l->len) ? 2 : 0;
    if (first > 1 && l->text[first - 1] == ':' && words <= TITLE_MIN_WORDS + 1)
        score -= 3; /* "Publish: Indragiri pos": a label and its value */
    score += capitalised_share(l, 3, 5) ? 2 : 0;
    score -= is_all_caps(l->text, l->len) ? 2 : 0;
    /* the site's name over its menu, one item a line ("ANTARA News Kalimantan Barat" / "Terkini" /
     * "Kalbar" / ...) */
    if (i + 1 < lines->len && (in_menu(lines, i + 1) || gapped_menu(&lines->items[i + 1])))
        score -= 3; /* (or over a menu on one line: "ANTARA Kantor Berita Indonesia" / "Terkini   Politik ...") */
    if (repeated_in(lines, i, window, lead)) /* a headline shown twice; a long caption is shown twice too */
        score += words < LEAD_MIN_WORDS && !has_numeric_date(l->text, l->len) ? 3 : -3;
    int between = 0; /* nearness breaks ties; a long header costs no more than this */
    for (size_t k = i + 1; k < lead && between < TITLE_DISTANCE_MAX; k++)
        between += lines->items[k].len > 0;
    return score - between;
}

/* The headline: the best-scored line of the last few above the lead; when none can be one,
 * the nearest short line above the lead that is no furniture ("Judul");
 * SIZE_MAX when the text opens with its body. */
static size_t find_title(const line_list *lines, size_t lead)
{
    size_t best = SIZE_MAX, fallback = SIZE_MAX, window = lead < lines->len ? lead : lines->len;
    for (size_t seen = 0; window > 0 && seen < TITLE_WINDOW_LINES;)
        seen += lines->items[--window].len > 0;
    int best_score = 0;
    for (size_t i = window; i < lead && i < lines->len; i++) {
        const text_line *l = &lines->items[i];
        if (l->len == 0)
            continue;
        int score = title_score(lines, i, window, lead);
        /* the lead's first words set above it as a summary ("Sebanyak 1.013
         * warga binaan ..." over "TRIBUN-MEDAN.com, SIANTAR - Sebanyak 1.013
         * warga binaan ..."): the dek, not the headline (read for a line that
         * would win only) */
        if (score >= best_score && score > 0 && lead < lines->len && l->len >= DEK_MIN_BYTES &&
            contains(lines->items[lead].text, lines->items[lead].len, l->text, l->len))
            score -= 3;
        if (score >= best_score && score > 0) {
            best = i;
            best_score = score;
        }
        /* (not a section's name over the article: "Berita", "Berita Daerah";
         * nor the site's over its menu: "RADAR SULBAR" / "Mamuju  Majene ...") */
        if (score < 0 && l->words < TITLE_MIN_WORDS &&
            !is_lower((unsigned char)l->text[0]) && !is_page_furniture(l) && !l->chrome &&
            !names_the_site(l) && !opens_with_section(l->text, l->len) &&
            !l->credit && l->text[l->len - 1] != '.' &&
            !(i + 1 < lines->len && (in_menu(lines, i + 1) || gapped_menu(&lines->items[i + 1]))))
            fallback = i;
    }
    if (best != SIZE_MAX) /* of two copies, the first: what stands between them is header */
        for (size_t i = window; i < best; i++)
            if (lines->items[i].len == lines->items[best].len &&
                memcmp(lines->items[i].text, lines->items[best].text, lines->items[i].len) == 0)
                return i;
    /* a shorter form of a headline above it (an image's alt text, a
     * breadcrumb): the full headline */
    if (best != SIZE_MAX)
        for (size_t i = window; i < best; i++)
            if (lines->items[i].len > lines->items[best].len && lines->items[best].words >= TITLE_MIN_WORDS + 1 &&
                !opens_breadcrumb(&lines->items[i]) && title_score(lines, i, window, lead) > 0 &&
                words_in_order(&lines->items[best], &lines->items[i]))
                return i;
    /* a site's or body's name over a headline that opens with it ("Bank
     * Sumsel Babel" over "Bank Sumsel Babel Cabang Lubuklinggau Salurkan
     * KUR ..."): the headline */
    if (best != SIZE_MAX)
        for (size_t i = best + 1; i < lead && i < lines->len; i++) {
            const text_line *b = &lines->items[best], *l = &lines->items[i];
            if (l->len > b->len && l->text[b->len] == ' ' && memcmp(l->text, b->text, b->len) == 0 &&
                title_score(lines, i, window, lead) > 0)
                return i;
        }
    return best != SIZE_MAX ? best : fallback;
}

/* The old way, for a text with no sentence at all: the first line among
 * the first few that is no furniture, preferring one not in capitals. */
static size_t first_title_line(const line_list *lines)
{
    size_t seen = 0, caps = SIZE_MAX, first = SIZE_MAX;
    for (size_t i = 0; i < lines->len && seen < TITLE_SEARCH_LINES; i++) {
        const text_line *l = &lines->items[i];
        if (l->len == 0)
            continue;
        seen++;
        if (first == SIZE_MAX)
            first = i;
        if (is_page_furniture(l) || l->words < TITLE_MIN_WORDS)
            continue;
        if (l->words > TITLE_MAX_WORDS)
            break;
        if (!is_all_caps(l->text, l->len))
            return i;
        if (caps == SIZE_MAX)
            caps = i;
    }
    return caps != SIZE_MAX ? caps : first;
}

/* ---- the body ------------------------------------------------------- */

/* A section heading: a short line with no closing punctuation, followed
 * by body text. */
/* A line that opens with a quotation mark, or goes on after a comma in
 * lower case, is prose that lost its full stop (“...,” ucapnya; "Amak
 * menambahkan, apel dan hormat ..."), not a subheading. */
static bool prose_cut_short(const char *s, size_t len)
{
    static const char *const OPENING_MARKS[] = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x9E"};
    for (size_t k = 0; k < sizeof OPENING_MARKS / sizeof *OPENING_MARKS; k++)
        if (len >= strlen(OPENING_MARKS[k]) && memcmp(s, OPENING_MARKS[k], strlen(OPENING_MARKS[k])) == 0)
            return true;
    for (const char *p = s, *end = s + len; (p = memchr(p, ',', (size_t)(end - p))) != NULL; p++)
        if (end - p > 2 && p[1] == ' ' && is_lower((unsigned char)p[2]))
            return true;
    return false;
}

/* An opening parenthesis the line does not close. */
static bool unclosed_parenthesis(const char *s, size_t len)
{
    if (!memchr(s, '(', len))
        return false;
    int depth = 0;
    for (size_t i = 0; i < len; i++)
        depth += s[i] == '(' ? 1 : s[i] == ')' && depth > 0 ? -1 : 0;
    return depth > 0;
}

static bool is_heading(const line_list *lines, size_t i)
{
    const text_line *l = &lines->items[i];
    unsigned char c0 = (unsigned char)l->text[0];
    if (l->len > HEADING_MAX_BYTES || l->words > HEADING_MAX_WORDS ||
        ends_sentence(l->text, l->len) || is_lower(c0) || c0 == '(' || prose_cut_short(l->text, l->len))
        return false;
    size_t j = next_nonblank(lines, i + 1);
    if (j == lines->len)
        return false;
    const text_line *next = &lines->items[j];
    page_label lab;
    /* a lead's first line, or one its sentence goes on from ("... yang
     * diresmikan" / "langsung oleh ...", "(Kakanwil" / "Kemenagsu) H. ..."):
     * a text hard-wrapped at its first line */
    if (metadata_opens_with_dateline(l->text, l->len) || is_lower((unsigned char)next->text[0]) ||
        unclosed_parenthesis(l->text, l->len))
        return false;
    return next->len > l->len && !page_line(next, &lab) &&
           (ends_sentence(next->text, next->len) || next->words >= PROSE_MIN_WORDS);
}

/* "Tags: a, b" or "#a #b": the labels in s[0..len) into the record. */
static void push_labels(const char *s, size_t len, record *rec, arena *a)
{
    /* hashtags part where the next '#' opens, spaces and all ("#UMK
     * Salatiga #Dewan Pengupahan") */
    bool hashes = !memchr(s, ',', len) && !memchr(s, ';', len) && !memchr(s, '|', len) && len && s[0] == '#';
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && s[end] != ',' && s[end] != ';' && s[end] != '|' &&
               !(hashes && s[end] == ' ' && end + 1 < len && s[end + 1] == '#'))
            end++;
        size_t clen, item = end - i, next = end + 1;
        if (end == len && item && s[end - 1] == '.')
            item--; /* the full stop of a listed line: "Tagged Bulukumba, Pinisi." */
        /* a second label with its colon inside the item: "Kategori: Bencana Alam   Tag: galodo, ..." */
        page_label lab;
        for (size_t q = i + 1; q < i + item; q++)
            if (s[q - 1] == ' ' && is_upper((unsigned char)s[q]) && page_label_read(s + q, end - q, &lab) &&
                lab.kind == PAGE_LABELS && lab.colon && q + lab.value < end) {
                item = q - i, next = q + lab.value;
                break;
            }
        char *label = text_clean(a, s + i, item, &clen);
        if (label && clen)
            VEC_PUSH(a, &rec->labels, label);
        i = next;
    }
}

/* A "Tags:"/"Kategori"/"Label" line: its value, or the lines under it
 * when it stands alone. Returns the last line read. */
static size_t read_label_block(const line_list *lines, size_t i, const page_label *lab, record *rec, arena *a)
{
    const text_line *l = &lines->items[i];
    if (lab->value < l->len) {
        /* a second label the copy glued on: "Posted in Berita KecamatanTagged bank sampah, ..." */
        const char *v = l->text + lab->value;
        size_t n = l->len - lab->value;
        for (size_t p = 1; p < n; p++) {
            page_label glued;
            /* ... or after a full stop: "Posted in Daerah, Budaya. Tagged Bulukumba, Pinisi." */
            size_t stop = p >= 2 && v[p - 1] == ' ' && v[p - 2] == '.' ? 2 : 0;
            if ((stop || is_lower((unsigned char)v[p - 1])) && is_upper((unsigned char)v[p]) &&
                page_label_read(v + p, n - p, &glued) && glued.kind == PAGE_LABELS && glued.value < n - p) {
                push_labels(v, p - stop, rec, a);
                v += p + glued.value;
                n -= p + glued.value;
                p = 0;
            }
        }
        push_labels(v, n, rec, a);
        return i;
    }
    size_t j = next_nonblank(lines, i + 1), last = i;
    page_label other;
    for (; j < lines->len && lines->items[j].len; j++) {
        const text_line *v = &lines->items[j];
        /* items parted by gaps, as on a labelled line ("TOPIK TERKAIT" / "Korupsi Dana Desa  Tipikor") */
        size_t listed_len, len = v->len;
        const char *listed = gaps_as_commas(a, v->raw, 0, v->raw_len, &listed_len), *text = v->text;
        if (listed && (listed = text_clean(a, listed, listed_len, &listed_len)) != NULL)
            text = listed, len = listed_len;
        /* (nor is a share bar or a login link: "Log in or register to post comments", "Facebook X
         * LinkedIn WhatsApp Telegram Share via Email Print"; a label is a few words, or items between
         * commas) */
        if (v->len > LABEL_LINE_MAX_BYTES || page_line(v, &other) || v->chrome ||
            (!memchr(text, ',', len) &&
             page_count_words_upto(text, len, LABEL_ITEM_MAX_WORDS + 1) > LABEL_ITEM_MAX_WORDS))
            break;
        push_labels(text, len, rec, a);
        last = j;
    }
    return last;
}

/* Items of a few words between commas: "Berita Kecamatan, bank sampah, Desa
 * Jayagiri", not a clause. */
static bool short_items(const char *s, size_t len)
{
    if (!memchr(s, ',', len))
        return false;
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && s[end] != ',')
            end++;
        if (page_count_words_upto(s + i, end - i, LABEL_ITEM_MAX_WORDS + 1) > LABEL_ITEM_MAX_WORDS)
            return false;
        i = end + 1;
    }
    return true;
}

/* Short items that end no clause, or a full stop after the last one
 * ("Posted in Daerah, Budaya. Tagged Bulukumba, Pinisi, Tanah Beru."). */
static bool listed_items(const char *s, size_t len)
{
    bool stop = len && s[len - 1] == '.';
    return short_items(s, len - stop) && (stop || !ends_sentence(s, len));
}

static bool is_label_line(const text_line *l, const page_label *lab)
{
    return lab->kind == PAGE_LABELS &&
           (lab->colon || lab->value == l->len ||
            ((l->words <= LABEL_INLINE_MAX_WORDS && !ends_sentence(l->text, l->len)) ||
             listed_items(l->text + lab->value, l->len - lab->value)));
}

static void push_paragraph(record *rec, para_kind kind, const char *text, size_t len, arena *a)
{
    VEC_PUSH(a, &rec->paragraphs, ((rec_paragraph){kind, text, len}));
}

/* Nothing, or a count alone: "(0)", "12". */
static bool counts_only(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!is_digit((unsigned char)s[i]) && !strchr(" ()", s[i]))
            return false;
    return true;
}

/* A long paragraph that is one of the article's first paragraphs again (not
 * the one just before it: a lead repeated under its summary): the page
 * shows the article a second time, or its opening under a "Baca juga" link
 * or a cut-short copy, and the article ended before it. The opening is
 * where such a repeat starts, so only it is compared. */
static bool repeats_opening(const record *rec, size_t first, const char *s, size_t len)
{
    enum { REPEAT_MIN_BYTES = 80, OPENING_PARAGRAPHS = 3 };
    size_t n = rec->paragraphs.len;
    for (size_t p = first; len >= REPEAT_MIN_BYTES && p + 1 < n && p < first + OPENING_PARAGRAPHS; p++)
        if (rec->paragraphs.items[p].len == len && memcmp(rec->paragraphs.items[p].text, s, len) == 0)
            return true;
    return false;
}

static bool opens_teaser(const line_list *lines, size_t i);

/* A teaser on one line: another article's headline, a dash and its date
 * ("Festival Teluk Doreri Resmi Dibuka — 15 Nov 2025"). */
static bool dated_headline(const text_line *l)
{
    static const char *const DASHES[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "};
    if (l->words < TITLE_MIN_WORDS + 1 || closes_sentence(l->text, l->len) || !is_upper((unsigned char)l->text[0]))
        return false;
    for (size_t d = 0; d < sizeof DASHES / sizeof *DASHES; d++) {
        size_t n = strlen(DASHES[d]), from;
        for (size_t at = l->len; at-- > 0;) /* (each dash opens with a space) */
            if (l->text[at] == ' ' && at + n < l->len && memcmp(l->text + at, DASHES[d], n) == 0)
                return is_date_text(l->text + at + n, l->len - at - n, false, &from) && from == 0;
    }
    return false;
}

/* Two teasers in a row from line i: the page's list of other articles
 * under the article ("Berita Cabang Lainnya", "Event Mendatang", or no
 * heading at all). */
static bool opens_teaser_list(const line_list *lines, size_t i)
{
    bool one_line = dated_headline(&lines->items[i]);
    if (!one_line && !opens_teaser(lines, i))
        return false;
    size_t j = next_nonblank(lines, i + 1);
    if (!one_line)
        j = next_nonblank(lines, j + 1); /* past the teaser's date */
    return j < lines->len && (dated_headline(&lines->items[j]) || opens_teaser(lines, j));
}

/* The article's tag line a theme prints under its related list ("Like this:"
 * / "Related" / teasers / "Tags: Lalu Lintas, Operasi Zebra Turangga"): a
 * labels label with its colon and value within a few lines after the end,
 * before the comments' form or the page's footer. */
static void labels_after_the_end(const line_list *lines, size_t end, record *rec, arena *a)
{
    page_label lab;
    bool read = false;
    for (size_t j = end + 1, seen = 0; j < lines->len && seen < LABELS_AFTER_END_REACH; j++) {
        const text_line *l = &lines->items[j];
        if (l->len == 0)
            continue;
        seen++;
        if (l->chrome == CHROME_END)
            return;
        /* with its colon, or a list without one ("Posted in X, Y" / "Tagged A, B, C" under Jetpack's
         * "Like this:"), and the label lines right under it */
        if (page_line(l, &lab) && lab.kind == PAGE_LABELS && lab.value < l->len &&
            (lab.colon || memchr(l->text + lab.value, ',', l->len - lab.value))) {
            push_labels(l->text + lab.value, l->len - lab.value, rec, a);
            read = true;
        } else if (read) {
            return;
        }
    }
}

/* A line of a related list under a bare "Baca juga": a headline or its
 * date, no sentence, page label or chrome. */
static bool related_item(const text_line *l)
{
    page_label lab;
    return l->len && !l->chrome && !page_line(l, &lab) && !ends_sentence(l->text, l->len);
}

/* The article's lines after its header, up to the page's related list or
 * comments, or a repeat of its opening: paragraphs, headings, captions and
 * the label block. */
static void read_body(const line_list *lines, size_t i, record *rec, arena *a)
{
    size_t first = rec->paragraphs.len;
    bool in_contact = false;
    for (; i < lines->len; i++) {
        const text_line *l = &lines->items[i];
        if (l->len == 0)
            continue;
        if (rec->paragraphs.len > first && opens_teaser_list(lines, i)) {
            /* with the list's heading ("Agenda", "Kejadian Lainnya") */
            const rec_paragraph *last = &rec->paragraphs.items[rec->paragraphs.len - 1];
            if (page_count_words(last->text, last->len) <= LIST_HEADING_MAX_WORDS &&
                !ends_sentence(last->text, last->len))
                rec->paragraphs.len--;
            return;
        }
        int chrome = l->chrome;
        page_label lab;
        /* (a closing label alone, or with its count, ends it before any
         * chrome word drops the line: "2 Komentar :", "Komentar (0)") */
        if (chrome == CHROME_END ||
            (page_line(l, &lab) && lab.kind == PAGE_END && counts_only(l->text + lab.value, l->len - lab.value))) {
            /* (the tags may follow the article's copyright notice: "COPYRIGHT © ANTARA 2026", then "Tags: ...") */
            if (chrome != CHROME_END || is_copyright_notice(l))
                labels_after_the_end(lines, i, rec, a);
            return;
        }
        if (chrome)
            continue;
        if (is_hashtag_line(l->text, l->len)) {
            push_labels(l->text, l->len, rec, a);
            continue;
        }
        if (page_line(l, &lab)) {
            if (lab.kind == PAGE_END) {
                labels_after_the_end(lines, i, rec, a);
                return;
            }
            if (lab.kind == PAGE_SHARE)
                continue;
            if (lab.kind == PAGE_RELATED) {
                size_t j = next_nonblank(lines, i + 1);
                if (lab.value == l->len && j < lines->len && !ends_sentence(lines->items[j].text, lines->items[j].len))
                    i = j; /* "Baca juga:" with the linked headline under it */
                /* ... and the rest of its list, the lines up to a blank one
                 * that end no sentence and label nothing: the next headline,
                 * each one's date */
                while (lab.value == l->len && i + 1 < lines->len && lines->items[i].len &&
                       related_item(&lines->items[i + 1]))
                    i++;
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
        if (l->credit) {
            in_contact = false;
            push_paragraph(rec, PARA_BODY, l->text, l->len, a);
            continue;
        }
        if (in_contact)
            continue; /* the names and numbers of a press contact */
        size_t bullet = bullet_length(l->text, l->len);
        if (bullet)
            push_paragraph(rec, PARA_BODY, l->text + bullet, l->len - bullet, a);
        else if (l->caption)
            push_paragraph(rec, PARA_CAPTION, l->text, l->len, a);
        else if (is_heading(lines, i))
            push_paragraph(rec, PARA_HEADING, l->text, l->len, a);
        else if (repeats_opening(rec, first, l->text, l->len))
            return;
        else
            push_paragraph(rec, PARA_BODY, l->text, l->len, a);
    }
}

/* ---- hard-wrapped text ---------------------------------------------- */

/* Text wrapped by hand breaks its sentences between lines: a line of some
 * length that ends no sentence, followed by one that goes on in lower case.
 * A few such breaks make the whole text wrapped; its width is the middle
 * length of the lines so broken (a paragraph left unwrapped among them is
 * no measure). Returns the width, 0 when the text is not wrapped. */
static size_t wrap_width(const line_list *lines)
{
    enum { SAMPLES = 64 };
    size_t len[SAMPLES], n = 0;
    for (size_t i = 0; i + 1 < lines->len && n < SAMPLES; i++) {
        const text_line *l = &lines->items[i], *next = &lines->items[i + 1];
        if (l->len >= WRAP_MIN_BYTES && !closes_sentence(l->text, l->len) && next->len &&
            is_lower((unsigned char)next->text[0])) {
            size_t k = n++; /* kept sorted */
            for (; k > 0 && len[k - 1] > l->len; k--)
                len[k] = len[k - 1];
            len[k] = l->len;
        }
    }
    return n >= WRAP_MIN_BREAKS ? len[n / 2] : 0;
}

/* Whether line i of a wrapped text goes on in line i + 1: it ends no
 * sentence; it fills most of the width the text is wrapped at (min_len; a
 * menu item or a site's name is shorter), or the next line goes on in lower
 * case or with a label's colon ("Jurnalis" / ": Dedi Iskandar"), or fills
 * the width and is no headline (a paragraph's first words set apart:
 * "Bantuan" / "BLT Dana Desa yang disalurkan itu, ..."), or it ends with a
 * comma (a headline wrapped in two: "... Rabies," / "Warga Diimbau ..."); neither it nor the
 * next line is a menu or a meta line parted by bars; and the next line is
 * no label, chrome, date or entry meta line, nor a new lead. */
/* Items parted by bars, twice or more: a menu's or a meta line's
 * ("Beranda | Profil | Layanan | Berita"), never a wrapped sentence's. */
static bool bar_parted(const text_line *l)
{
    const char *bar = strstr(l->text, " | "); /* a line's text ends with its NUL */
    return bar && strstr(bar + 3, " | ");
}

static bool runs_on(const line_list *lines, size_t i, size_t min_len)
{
    const text_line *l = &lines->items[i], *next = &lines->items[i + 1];
    page_label lab;
    size_t from;
    bool fills = l->len >= min_len || (next->len && (is_lower((unsigned char)next->text[0]) || next->text[0] == ':')) ||
                 (next->len >= min_len && !capitalised_share(next, 4, 5)) ||
                 (l->len && l->text[l->len - 1] == ','); /* "BBVet Maros Temukan ... Rabies," / "Warga Diimbau ..." */
    return l->len && fills && next->len && !closes_sentence(l->text, l->len) && !l->chrome && !bar_parted(l) &&
           !bar_parted(next) &&
           !next->chrome && !page_line(next, &lab) && !next->credit &&
           !metadata_opens_with_dateline(next->text, next->len) && !is_date_text(next->text, next->len, true, &from) &&
           !is_posting_line(next) && !holds_dated_part(next);
}


static bool opens_with_link(const char *s, size_t len)
{
    return len >= 4 && (strncmp(s, "http", 4) == 0 || strncmp(s, "www.", 4) == 0);
}

/* In a text wrapped nowhere else, a line broken inside its sentence: it
 * ends with a word and the next line goes on in lower case ("... yang
 * diresmikan" / "langsung oleh ..."), or inside a parenthesis ("(Kakanwil"
 * / "Kemenagsu) H. ..."). */
static bool broken_inside(const line_list *lines, size_t i)
{
    const text_line *l = &lines->items[i], *next = &lines->items[i + 1];
    /* prose on both sides: not a headline in capitals over a poster's login
     * ("... SEMANU" / "suharni 22 Juni 2024"), not a byline over a link */
    return l->len >= WRAP_MIN_BYTES && next->len &&
           ((l->words >= PROSE_MIN_WORDS && is_lower((unsigned char)next->text[0]) &&
             has_lower_word(l->text, l->len)) ||
            unclosed_parenthesis(l->text, l->len)) &&
           !opens_with_link(next->text, next->len) && runs_on(lines, i, 0);
}

/* A dateline standing alone on its line, its dash closing it ("Jakarta,
 * CNN Indonesia --", "KUPANG -"): the lead it opens follows, after a blank
 * line or two, as a paragraph of prose: where that paragraph is, or 0. */
static size_t lead_of_lone_dateline(const line_list *lines, size_t i)
{
    enum { BLANKS = 2 };
    const text_line *l = &lines->items[i];
    size_t e = l->len;
    while (e > 0 && l->text[e - 1] == ' ')
        e--;
    bool dash_ends = e > 2 && (l->text[e - 1] == '-' || (e >= 3 && (unsigned char)l->text[e - 3] == 0xE2 &&
                                                         (unsigned char)l->text[e - 2] == 0x80 &&
                                                         ((unsigned char)l->text[e - 1] == 0x93 ||
                                                          (unsigned char)l->text[e - 1] == 0x94)));
    if (!dash_ends || !metadata_opens_with_dateline(l->text, l->len))
        return 0;
    size_t n = i + 1;
    while (n < lines->len && lines->items[n].len == 0 && n - i <= BLANKS)
        n++;
    return n < lines->len && lines->items[n].words >= PROSE_MIN_WORDS && is_upper((unsigned char)lines->items[n].text[0])
               ? n
               : 0;
}

/* A wrapped text's lines joined back into paragraphs, each run copied once;
 * in any text, a line broken inside its sentence joined to the next, and a
 * lone dateline to its lead. */
static int join_wrapped(line_list *lines, arena *a)
{
    size_t width = wrap_width(lines), kept = 0;
    for (size_t i = 0; i < lines->len;) {
        size_t j = i, total = lines->items[i].len, lead = lead_of_lone_dateline(lines, i);
        if (lead) { /* (the blank lines between add nothing) */
            j = lead;
            total += lead - i + lines->items[lead].len;
        }
        while (j + 1 < lines->len &&
               (width ? runs_on(lines, j, width * WRAP_FILL_PERCENT / 100) : broken_inside(lines, j)))
            total += 1 + lines->items[++j].len;
        text_line joined = lines->items[i];
        if (j > i) {
            char *buf = arena_alloc(a, total + 1);
            if (!buf)
                return -1;
            size_t o = 0;
            for (size_t k = i; k <= j; k++) {
                if (k > i && lines->items[k].len)
                    buf[o++] = ' ';
                memcpy(buf + o, lines->items[k].text, lines->items[k].len);
                o += lines->items[k].len;
            }
            buf[o] = '\0';
            joined = (text_line){buf, o, buf, o, page_count_words(buf, o), 0, false, false, {0, false, 0, false},
                                 false};
            read_line_facts(&joined);
        }
        lines->items[kept++] = joined;
        i = j + 1;
    }
    lines->len = kept;
    return 0;
}

/* ---- reading the header --------------------------------------------- */

/* "Desa Margo Mulyo, 15 Januari 2024", "Painan, Maret 2015.": a place and
 * the page's date on a line of their own. The place into *place_len, the
 * date from *date on. */
static bool is_place_date_line(const text_line *l, size_t *place_len, size_t *date)
{
    const char *comma = memchr(l->text, ',', l->len);
    if (!comma || comma == l->text)
        return false;
    size_t p = (size_t)(comma - l->text), d = p + 1;
    while (d < l->len && l->text[d] == ' ')
        d++;
    size_t end = l->len;
    while (end > d && l->text[end - 1] == '.')
        end--;
    bool year = false;
    for (size_t i = d; i + 3 < end; i++)
        year |= is_digit((unsigned char)l->text[i]) && is_digit((unsigned char)l->text[i + 3]) &&
                (l->text[i] == '1' || l->text[i] == '2') && (i + 4 == end || !is_digit((unsigned char)l->text[i + 4]));
    if (!year || !has_month(l->text + d, end - d) || page_count_words(l->text + d, end - d) > DATE_LINE_MAX_WORDS ||
        page_count_words(l->text, p) > BADGE_MAX_WORDS + 2)
        return false;
    size_t first = 0;
    page_label lab;
    while (first < p && l->text[first] != ' ')
        first++;
    if (date_lookup(DATE_WEEKDAYS, l->text, first) >= 0 || page_label_read(l->text, p, &lab))
        return false; /* "Kamis, 17 Juli 2025" is a date line */
    size_t dw = d;
    while (dw < end && is_letter((unsigned char)l->text[dw]))
        dw++;
    if (!is_digit((unsigned char)l->text[d]) && date_lookup(DATE_MONTHS, l->text + d, dw - d) < 0)
        return false; /* "Sarah Hutagaol, Jurnalis · Kamis 31 Oktober 2019" */
    for (size_t i = 0; i < p; i++)
        if ((i == 0 || l->text[i - 1] == ' ') && is_upper((unsigned char)l->text[i])) {
            size_t w = i;
            while (w < p && l->text[w] != ' ')
                w++;
            if (date_lookup(DATE_WEEKDAYS, l->text + i, w - i) >= 0)
                return false; /* "Diskominfo Kota Sorong Senin, 29 September 2025" */
        }
    for (size_t i = 0; i < p; i++)
        if ((i == 0 || l->text[i - 1] == ' ') ? !is_upper((unsigned char)l->text[i])
                                               : !is_letter((unsigned char)l->text[i]) && l->text[i] != ' ')
            return false;
    *place_len = p;
    *date = d;
    return true;
}

/* A category badge: one or two capitalised words alone on the line above
 * the headline ("Berita", "News", "Berita Kota", a region's section
 * "Kabupaten Kupang"), not the end of a site's name in capitals
 * ("KABUPATEN KEDIRI"). */
static bool is_badge(const text_line *l)
{
    return (!l->chrome || (l->chrome & CHROME_BADGE)) && is_badge_text(l->text, l->len) &&
           !(opens_with_region(l->text, l->len) && is_all_caps(l->text, l->len));
}

/* Line p is one of MENU_MIN_ITEMS or more menu items one under another
 * (badge-like lines, links of furniture, short names): a copied navigation menu ("Home / Samarinda / Balikpapan / Kaltim
 * / Kubar / Video", "detikJatim / Berita / Jatim Kini / Bisnis / Sepakbola"),
 * whose last items stand above the headline as a category badge would. */
static bool is_menu_item(const text_line *l)
{
    if (is_badge(l))
        return true;
    /* a link of the site's furniture ("Home", "Beranda") or a place's name
     * of three words ("Hulu Sungai Tengah") is an item too */
    return l->words <= MENU_ITEM_MAX_WORDS && capitalised_letter_words(l->text, l->len);
}

static bool in_menu(const line_list *lines, size_t p)
{
    size_t first = p, last = p;
    while (first > 0 && is_menu_item(&lines->items[first - 1]))
        first--;
    while (last + 1 < lines->len && is_menu_item(&lines->items[last + 1]))
        last++;
    return last - first + 1 >= MENU_MIN_ITEMS;
}

/* The word s[0, len) stands in the article from line `from` on, ASCII case
 * folded, between non-letters. */
static bool article_has_word(const line_list *lines, size_t from, const char *s, size_t len)
{
    for (size_t i = from; i < lines->len; i++) {
        const text_line *l = &lines->items[i];
        for (size_t at = 0; at + len <= l->len; at++)
            if ((at == 0 || !is_letter((unsigned char)l->text[at - 1])) && strncasecmp(l->text + at, s, len) == 0 &&
                (at + len == l->len || !is_letter((unsigned char)l->text[at + len])))
                return true;
    }
    return false;
}

/* Category badges a copy glued together (links side by side with no space
 * between them: "BeritaHEADLINESUMATERASumatera Utara", "PemerintahanPROV
 * SULTRASULTRA"; seen on several themes' pages): a badge starts at a capital
 * after a small letter, at the last capital of a run before a small letter
 * ("ASu"), and inside a word of capitals where its tail is a word of the
 * article and the whole is not ("HEADLINE|SUMATERA"). True when the line is
 * such badges, two or more, each pushed as a label. */
static bool push_glued_badges(const text_line *l, const line_list *lines, size_t title, record *rec, arena *a)
{
    const char *s = l->text;
    size_t len = l->len, start[GLUED_MAX_BADGES + 1] = {0}, n = 1;
    if (l->chrome || !len || !is_upper((unsigned char)s[0]))
        return false;
    for (size_t i = 1; i < len; i++) {
        unsigned char prev = (unsigned char)s[i - 1], c = (unsigned char)s[i];
        if (!is_letter(c) && c != ' ')
            return false;
        if (is_upper(c) && (is_lower(prev) || (is_upper(prev) && i + 1 < len && is_lower((unsigned char)s[i + 1])))) {
            if (n == GLUED_MAX_BADGES)
                return false;
            start[n++] = i;
        }
    }
    if (n == 1)
        return false;
    start[n] = len;
    /* words of capitals, each within a badge */
    for (size_t k = 0; k < n; k++)
        for (size_t w = start[k], end; w < start[k + 1]; w = end + 1) {
            for (end = w; end < start[k + 1] && s[end] != ' ';)
                end++;
            size_t caps = w;
            while (caps < end && is_upper((unsigned char)s[caps]))
                caps++;
            if (caps < end || end - w < 2 * GLUED_MIN_PART || article_has_word(lines, title, s + w, end - w))
                continue;
            for (size_t j = w + GLUED_MIN_PART; j + GLUED_MIN_PART <= end; j++)
                if (article_has_word(lines, title, s + j, end - j)) {
                    if (n == GLUED_MAX_BADGES)
                        return false;
                    memmove(start + k + 2, start + k + 1, (n - k) * sizeof *start);
                    start[k + 1] = j;
                    n++;
                    break;
                }
        }
    /* one link of site furniture among them is passed over ("HEADLINE"),
     * as a badge alone would be; more make a share bar or a menu */
    bool badge[GLUED_MAX_BADGES];
    size_t badges = 0;
    for (size_t k = 0; k < n; k++) {
        size_t to = start[k + 1];
        while (to > start[k] && s[to - 1] == ' ')
            to--;
        badge[k] = is_badge_text(s + start[k], to - start[k]);
        if (!badge[k] && !chrome_phrase(s + start[k], to - start[k], page_count_words(s + start[k], to - start[k])))
            return false;
        badges += badge[k];
    }
    if (badges < 2 || badges + 1 < n)
        return false;
    for (size_t k = 0; k < n; k++)
        if (badge[k])
            push_labels(s + start[k], start[k + 1] - start[k], rec, a);
    return true;
}

/* "Kategori : Pemerintahan Minggu, 15 Desember 2019 - Oleh mc": a header's
 * label value ends where its date begins. */
static void push_header_labels(const text_line *l, const page_label *lab, record *rec, arena *a)
{
    size_t end = page_labels_end(l->text + lab->value, l->len - lab->value);
    if (end)
        push_labels(l->text + lab->value, end, rec, a);
}

/* The segments after a header line's first are its time, counters and
 * bylines: no label, nothing of another kind of line. */
static bool meta_parts_only(const segment *seg, size_t n)
{
    for (size_t k = 1; k < n; k++)
        if (seg[k].kind == SEG_LABEL)
            return false;
    return true;
}

/* The lines between the headline (or the top, when there is none) and the
 * lead, and the captions above the headline: date lines and bylines to the hints, a "Place, date" line's place
 * as the dateline, labels, and captions or teasers kept as captions; menus,
 * counters and share bars dropped. */
static void read_header(const line_list *lines, size_t title, size_t lead, record *rec, page_hints *hints,
                        arena *a)
{
    segment seg[MAX_SEGMENTS];
    bool byline = false;
    /* menus or a ticker under the first date line: it was the site
     * header's "today", and a date line nearer the body is the article's
     * ("Senin, 28 November 2022, WIB" / "Lintas Berita" / "Kamis, 18 Nov
     * 2021, 23:12:47 WIB, 390 View ...") */
    bool chrome_under_date = false;
    size_t from = title == SIZE_MAX ? 0 : title + 1;
    const text_line *prev = from > 0 ? &lines->items[from - 1] : NULL;
    const text_line *headline = title == SIZE_MAX ? NULL : &lines->items[title];
    for (size_t i = 0; title != SIZE_MAX && i < title; i++) /* above the headline, only its photo's caption */
        if (lines->items[i].caption &&
            lines->items[i].words >= PROSE_MIN_WORDS) /* no file name */
            push_paragraph(rec, PARA_CAPTION, lines->items[i].text, lines->items[i].len, a);
    for (size_t i = from; i < lead; i++) {
        const text_line *l = &lines->items[i];
        page_label lab;
        size_t n, place, date, name, name_end, bullet = bullet_length(l->text, l->len);
        credit_role role;
        if (l->len == 0)
            continue;
        /* a caption or headline shown twice, the headline also with chrome
         * between ("×", "Avatar 342"): never a date line of its own */
        bool again = (prev && prev->len == l->len && memcmp(prev->text, l->text, l->len) == 0) ||
                     (headline && headline->len == l->len && memcmp(headline->text, l->text, l->len) == 0);
        prev = l;
        if (again)
            continue;
        bool credit = l->credit;
        size_t dates_before = hints->date_lines.len;
        if (credit) { /* "Oleh X, Jumat, 24 Mei 2019 | 06:01 WIB - Redaktur: Y": its date is read below */
            bool parted = false;
            n = header_segments(l, seg, a);
            for (size_t k = 0; k < n; k++)
                parted |= seg[k].kind == SEG_CREDIT;
            if (!parted)
                VEC_PUSH(a, &hints->credit_lines, l->text);
        }
        if (page_label_read(l->text, l->len, &lab) && is_label_line(l, &lab) && lab.value < l->len) {
            push_header_labels(l, &lab, rec, a); /* "Kategori : X Minggu, 15 Desember 2019 - Oleh Y" */
            if ((n = header_segments(l, seg, a)))
                take_header(l, seg, n, rec, hints, a);
        } else if (is_place_date_line(l, &place, &date)) {
            rec->dateline = arena_strndup(a, l->text, place);
            if (!hints->published_visible)
                hints->published_visible = l->text + date;
            else
                VEC_PUSH(a, &hints->date_lines, l->text + date);
        } else if ((n = header_segments(l, seg, a))) {
            take_header(l, seg, n, rec, hints, a);
        } else if ((place = labelled_part(l, &lab)) < l->len && lab.kind == PAGE_LABELS) {
            /* "Penrindam IV/Dip — Kategori: Pendidikan — 764 kali dibaca": the part's labels */
            size_t value = place + lab.value, end = value;
            while (end < l->len && !separator_at(l->text, l->len, end))
                end++;
            push_labels(l->text + value, end - value, rec, a);
        } else if ((name_end = metadata_outlet_byline(l->text, l->len)) > 0) {
            /* "Deden Rustandi Suhendrik - detikJabar": the writer, then the outlet */
            char *writer = arena_strndup(a, l->text, name_end);
            if (writer)
                VEC_PUSH(a, &rec->credits, ((rec_credit){.role = CREDIT_AUTHOR, .name = writer}));
        } else if (labelled_byline(l, &name, &name_end, &role)) {
            /* "Penulis Dewi Anggraeni · 3 menit baca": the name, up to the separator */
            char *writer = name_end > name ? arena_strndup(a, l->text + name, name_end - name) : NULL;
            if (writer && metadata_is_bare_name(writer, name_end - name))
                VEC_PUSH(a, &rec->credits, ((rec_credit){.role = role, .name = writer}));
        } else if (has_clock_zone(l) && has_month(l->text, l->len)) {
            /* "Kamis, 18 Nov 2021, 23:12:47 WIB, 390 View X, Kategori : Y": a date line with its furniture */
            if (!hints->published_visible)
                hints->published_visible = l->text;
            else
                VEC_PUSH(a, &hints->date_lines, l->text);
        } else if (credit || l->chrome || (is_menu_line(l) && !bullet) || page_line(l, &lab)) {
            chrome_under_date = chrome_under_date || (hints->published_visible && !credit && !page_line(l, &lab));
            continue;
        } else if (!byline && page_count_words(l->text + bullet, l->len - bullet) >= BYLINE_MIN_WORDS &&
                   !memchr(l->text, ',', l->len) && metadata_is_bare_name(l->text + bullet, l->len - bullet)) {
            byline = true; /* the first bare name under the headline: the writer */
            VEC_PUSH(a, &rec->credits, ((rec_credit){.role = CREDIT_AUTHOR, .name = l->text + bullet}));
        } else if (l->caption || l->words >= PROSE_MIN_WORDS ||
                   closes_sentence(l->text, l->len)) {
            push_paragraph(rec, PARA_CAPTION, l->text, l->len, a);
        }
        if (chrome_under_date && hints->date_lines.len > dates_before) {
            const char *line_date = hints->date_lines.items[dates_before], *at = strstr(l->text, line_date);
            hints->published_visible = at ? at : line_date; /* with its time, as take_header keeps it */
            memmove(&hints->date_lines.items[dates_before], &hints->date_lines.items[dates_before + 1],
                    (hints->date_lines.len - dates_before - 1) * sizeof *hints->date_lines.items);
            hints->date_lines.len--;
            chrome_under_date = false;
        }
    }
}

/* A line a header holds: a date line or byline, a caption, a label or
 * credit line, chrome. */
static bool is_header_line(const text_line *l, arena *a)
{
    segment seg[MAX_SEGMENTS];
    page_label lab;
    size_t place, date;
    return header_segments(l, seg, a) || has_clock_zone(l) || l->caption || page_line(l, &lab) ||
           l->chrome ||
           is_menu_line(l) || l->credit || is_place_date_line(l, &place, &date);
}

/* The headline without a site's name after " - " or " | " ("APEL PAGI DI
 * DESA X - DESA X", "Bupati Buka Rapat | Pemkab Contoh", "... -
 * contoh.go.id"): a short tail that repeats the headline's end, names an
 * office or region, or is a web address. */
/* Where a category badge in capitals that a copy glued to the headline ends
 * ("KOPERASI & UMKMPerempuan Perajin Batik Bakaran ...": a run of words in
 * capitals whose last capital opens the headline's first word); 0 when the
 * line opens with none. */
static size_t glued_badge_end(const text_line *l)
{
    const char *s = l->text;
    size_t i = 0;
    while (i < l->len && (is_upper((unsigned char)s[i]) || s[i] == ' ' || s[i] == '&'))
        i++;
    /* at least two capitals glued before the word's first small letter, and a headline after; a
     * badge of one short word is an acronym opening a name ("BBVet Maros Temukan ...") */
    enum { MIN_ONE_WORD_BADGE = 4 };
    if (i < 3 || i >= l->len || !is_lower((unsigned char)s[i]) || s[i - 2] == ' ' || s[i - 1] == ' ' ||
        !is_upper((unsigned char)s[i - 2]))
        return 0;
    size_t end = i - 1;
    if (end < MIN_ONE_WORD_BADGE && !memchr(s, ' ', end))
        return 0;
    return page_count_words(s + end, l->len - end) >= TITLE_MIN_WORDS ? end : 0;
}

static const char *strip_site_suffix(const text_line *l, arena *a)
{
    size_t cut = l->len;
    for (size_t i = l->len; i-- > 1;)
        if ((l->text[i] == '-' || l->text[i] == '|') && l->text[i - 1] == ' ' && i + 1 < l->len &&
            l->text[i + 1] == ' ') {
            cut = i - 1;
            break;
        }
    if (cut == l->len || cut == 0)
        return l->text;
    const char *tail = l->text + cut + 3;
    size_t tail_len = l->len - cut - 3, head_len = cut;
    if (tail_len == 0 || page_count_words(tail, tail_len) > BADGE_MAX_WORDS + 3 ||
        page_count_words(l->text, head_len) < TITLE_MIN_WORDS)
        return l->text;
    bool repeats = head_len > tail_len && strncasecmp(l->text + head_len - tail_len, tail, tail_len) == 0;
    bool site =
        opens_with_region(tail, tail_len) || (!memchr(tail, ' ', tail_len) && page_word_is_domain(tail, tail_len));
    return repeats || site ? arena_strndup(a, l->text, head_len) : l->text;
}

/* ---- listing pages -------------------------------------------------- */

/* A line that dates a teaser: "12 Juni 2025", "Kamis, 18 Nov 2021, 23:12
 * WIB", "Admin 12 Juni 2025". */
static bool is_dating_line(const text_line *l)
{
    size_t from;
    if (is_date_text(l->text, l->len, true, &from) || (has_clock_zone(l) && has_month(l->text, l->len)) ||
        (trailing_date_start(l->text, l->len) < l->len &&
         page_count_words(l->text, trailing_date_start(l->text, l->len)) <= BYLINE_MAX_WORDS))
        return true;
    /* "28 November 2026 · oleh Admin DKB · Tari": a date first, then a meta
     * line's other parts */
    for (size_t i = 0; i < l->len; i++)
        if (separator_at(l->text, l->len, i))
            return i > 0 && is_date_text(l->text, i, true, &from) && from == 0;
    return false;
}

/* A summary cut short: "...", "…". */
static bool ends_with_ellipsis(const text_line *l)
{
    return l->len > 3 &&
           (memcmp(l->text + l->len - 3, "...", 3) == 0 || memcmp(l->text + l->len - 3, "\xE2\x80\xA6", 3) == 0);
}

/* A teaser's headline on an index page: a line that could head an article,
 * followed by its date or by a summary cut short ("...", "…"). */
static bool opens_teaser(const line_list *lines, size_t i)
{
    const text_line *l = &lines->items[i];
    size_t words = l->words;
    page_label lab;
    if (l->len == 0 || words < TITLE_MIN_WORDS + 1 || words > LEAD_ANY_WORDS || closes_sentence(l->text, l->len) ||
        !is_upper((unsigned char)l->text[0]) || l->chrome || is_page_furniture(l) || page_line(l, &lab) ||
        l->credit || is_dating_line(l))
        return false;
    size_t j = next_nonblank(lines, i + 1);
    if (j == lines->len)
        return false;
    const text_line *next = &lines->items[j];
    return is_dating_line(next) || ends_with_ellipsis(next);
}

/* Where a run of LISTING_MIN_TEASERS teasers starts, each within a few
 * lines of the one before (an index page shows nothing else between them),
 * or SIZE_MAX. The page's end ("Berita Terkait", comments) ends the search. */
static size_t first_teaser(const line_list *lines)
{
    size_t run = 0, start = SIZE_MAX, since = 0;
    for (size_t i = 0; i < lines->len; i++) {
        const text_line *l = &lines->items[i];
        page_label lab;
        if (l->chrome == CHROME_END || (page_line(l, &lab) && lab.kind == PAGE_END))
            break;
        if (l->len == 0)
            continue;
        if (opens_teaser(lines, i)) {
            if (run == 0 || since > TEASER_GAP_LINES)
                run = 0, start = i;
            if (++run >= LISTING_MIN_TEASERS)
                return start;
            since = 0;
        } else if (l->words >= LEAD_MIN_WORDS && !ends_with_ellipsis(l)) {
            since = TEASER_GAP_LINES + 1; /* a paragraph of an article, no teaser's summary */
        } else {
            since++;
        }
    }
    return SIZE_MAX;
}

/* An index page's teasers: headlines as headings, summaries as captions,
 * dates and furniture dropped; the page has no headline, date or body of
 * its own, so no quote is taken from a teaser. */
static void read_listing(const line_list *lines, size_t from, record *rec, page_hints *hints, arena *a)
{
    rec->page_type = PAGE_TYPE_LISTING;
    hints->published_visible = NULL;
    hints->date_lines.len = 0;
    for (size_t i = from; i < lines->len; i++) {
        const text_line *l = &lines->items[i];
        page_label lab;
        int chrome = l->chrome;
        if (chrome == CHROME_END || (page_line(l, &lab) && lab.kind == PAGE_END))
            return;
        if (l->len == 0 || chrome || is_menu_line(l) || is_dating_line(l) || page_line(l, &lab))
            continue;
        push_paragraph(rec, opens_teaser(lines, i) ? PARA_HEADING : PARA_CAPTION, l->text, l->len, a);
    }
}

/* The lead's own short sentences right above it ("Bupati meresmikan pasar
 * baru." before a long paragraph) open the body with it, unless the lead
 * opens with a dateline; a teaser, a caption or a header line stops the
 * walk. */
static size_t lead_start(const line_list *lines, size_t title, size_t lead, arena *a)
{
    size_t top = title == SIZE_MAX ? 0 : title + 1;
    if (lead >= lines->len || metadata_opens_with_dateline(lines->items[lead].text, lines->items[lead].len))
        return lead; /* a dateline marks where the body begins */
    for (size_t p = lead; p > top;) {
        size_t q = p - 1;
        while (q > top && lines->items[q].len == 0)
            q--;
        const text_line *l = &lines->items[q];
        if (l->len == 0 || l->words < TITLE_MIN_WORDS || !ends_with_stop(l->text, l->len) || is_teaser(lines, q) ||
            is_header_line(l, a) || bullet_length(l->text, l->len))
            break;
        lead = p = q;
    }
    return lead;
}

/* The record from the text's lines. */
static stage_status read_lines(line_list lines, record *rec, page_hints *hints, arena *a, stage_error *err)
{
    bool short_lead = false;
    size_t lead = find_lead(&lines, &short_lead), title;
    if (lead == SIZE_MAX) {
        title = first_title_line(&lines);
        if (title == SIZE_MAX)
            return stage_fail(err, ST_NO_ARTICLE, 0, "the text holds no article body");
        lead = next_nonblank(&lines, title + 1);
    } else {
        title = find_title(&lines, lead);
    }
    if (short_lead) /* a short body opens with the first line under the header */
        for (size_t i = title == SIZE_MAX ? 0 : title + 1; i < lead; i++)
            if (lines.items[i].len && !is_header_line(&lines.items[i], a)) {
                lead = i;
                break;
            }
    lead = lead_start(&lines, title, lead, a);
    if (title != SIZE_MAX) {
        text_line headline = lines.items[title];
        size_t badge = glued_badge_end(&headline);
        if (badge) { /* "KOPERASI & UMKMPerempuan Perajin Batik ...": the badge, then the headline */
            push_labels(headline.text, badge, rec, a);
            headline.text += badge;
            headline.len -= badge;
        }
        rec->title = strip_site_suffix(&headline, a);
    }
    read_header(&lines, title, lead, rec, hints, a);
    if (title != SIZE_MAX) {
        /* Above the headline: bylines and photo credits, a date line just
         * above it, which is the article's own, and a category badge or
         * label line. */
        for (size_t p = 0; p < title; p++)
            if (metadata_is_credit_line(lines.items[p].text, lines.items[p].len))
                VEC_PUSH(a, &hints->credit_lines, lines.items[p].text);
        segment seg[MAX_SEGMENTS];
        for (size_t p = title, looked = 0, badges = 0; p-- > 0 && looked < 2;) {
            const text_line *l = &lines.items[p];
            /* (and the byline's counters between: "·", "waktu baca 2 menit", "12") */
            if (l->len == 0 || is_counter_line(l->text, l->len, l->words))
                continue;
            size_t n = header_segments(l, seg, a);
            page_label lab;
            /* (or its category badge: "Rabu, 21 Oktober 2026 - 13:05" / "Pengadaan ASN" / headline; the
             * date line's other parts its time and poster: "Senin, 30 Nov 2026 | 15:10 WIT • Oleh: Admin") */
            if (looked == badges && n >= 1 && seg[0].kind == SEG_DATE && meta_parts_only(seg, n) &&
                !hints->published_visible)
                hints->published_visible = seg[0].text;
            else if (is_badge(l) && in_menu(&lines, p))
                break;
            else if (is_badge(l) && (!(l->chrome & CHROME_BADGE) || looked == 0)) {
                /* (a genre's name right over the headline: further up,
                 * "SIARAN PERS" over a release's place and date heads the document) */
                push_labels(l->text, l->len, rec, a);
                badges++;
            }
            else if (push_glued_badges(l, &lines, title, rec, a))
                ;
            else if (page_label_read(l->text, l->len, &lab) && is_label_line(l, &lab) && lab.value < l->len)
                push_labels(l->text + lab.value, l->len - lab.value, rec, a); /* "Categories: Pontianak" */
            else if (!n)
                break;
            looked++;
        }
    }
    size_t teaser = first_teaser(&lines), body_lines = 0;
    for (size_t i = lead; i < teaser && i < lines.len && body_lines <= LISTING_LEAD_LINES; i++)
        body_lines += lines.items[i].len > 0;
    if (teaser != SIZE_MAX && body_lines <= LISTING_LEAD_LINES) { /* teasers open the page, no article before them */
        rec->title = NULL;
        read_listing(&lines, teaser, rec, hints, a);
    } else {
        read_body(&lines, lead, rec, a);
    }
    if (rec->paragraphs.len == 0)
        return stage_fail(err, ST_NO_ARTICLE, 0, "the text holds no article body");
    return ST_OK;
}

stage_status text_read(const char *text, size_t len, record *rec, page_hints *hints, arena *a,
                       stage_error *err)
{
    /* The lines are read in an arena of their own, given back once the
     * record is made: their texts stay in `a`, where the record points. */
    arena *line_arena = arena_new();
    line_list lines = {0};
    stage_status st = line_arena && split_lines(text, len, &lines, line_arena, a) == 0 && join_wrapped(&lines, a) == 0
                          ? read_lines(lines, rec, hints, a, err)
                          : stage_fail(err, ST_NOMEM, 0, "out of memory");
    arena_free(line_arena);
    return st;
}

