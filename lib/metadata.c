#include "metadata.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "lexicon.h"
#include "segment.h"
#include "unicode.h"

enum {
    CREDIT_LINE_MAX = 300,     /* a longer line is prose, never a credit line */
    CREDIT_SHAPE_MAX = 100,    /* "Label: value" this short leaves the body even when no name is valid */
    NAME_MAX_BYTES = 100,
    NAME_MAX_WORDS = 8,
    BARE_NAME_WORDS = 4, /* a name with no label to vouch for it */
    CAPTION_TAIL = 200,        /* a caption's photo credit stands in its last bytes */
    DATELINE_WINDOW = 80,      /* the dash after a dateline comes this early */
    DATELINE_PLACE_WORDS = 4,
    OUTLET_NAME_WORDS = 3,     /* "RADAR BANYUMAS, PURWOKERTO -", "KENDARI POS, WANGGUDU -" */
    DATELINE_AFTER_WORDS = 4,  /* "Jakarta, Humas Pemprov NTT –": the agency or date after the place */
    DATELINE_TRIES = 5,        /* short stray lines (a date, tags, a byline) may stand before the lead */
    DATELINE_STRAY_WORDS = 8,
    DATELINE_SUMMARY_WORDS = 30, /* a page's summary above the lead */
    MAX_CREDITS = 64,          /* keeps de-duplication bounded on hostile input */
    SIGN_OFF_MAX = 48,         /* "(Burhan-Tim Redaksi Humas)" closes its paragraph in so many bytes */
    SIGN_OFF_WORDS = 4,
    SIGN_OFF_OFFICE_WORDS = 6, /* an office's with its place: "(Tim Informasi Desa Lembur Barat)" */
    SIGN_OFF_WORD_MAX = 12,    /* the longest lower-case sign-off word ("nurcholis") */
    WRITER_CODE_MAX = 4,       /* a writer's initials after an office's slash ("Diskominfo Touna/ar") */
    SIGN_OFF_TRIES = 2,        /* the last paragraph, or the one before a stray line ("Dprd") */
    MAX_LABELS = 256
};

static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_letter(unsigned char c) { return is_upper(c) || is_lower(c); }
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static size_t skip_spaces(const char *s, size_t len, size_t i)
{
    while (i < len && s[i] == ' ')
        i++;
    return i;
}

/* s[start..end) without the spaces around it. */
static void trim(const char *s, size_t *start, size_t *end)
{
    while (*start < *end && s[*start] == ' ')
        (*start)++;
    while (*end > *start && s[*end - 1] == ' ')
        (*end)--;
}

/* An en or em dash (U+2013, U+2014) at s[i]. */
static bool is_long_dash(const char *s, size_t len, size_t i)
{
    return i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
           ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94);
}

size_t page_count_words_upto(const char *s, size_t len, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n <= cap; i++)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
            n++;
    return n;
}

size_t page_count_words(const char *s, size_t len) { return page_count_words_upto(s, len, SIZE_MAX - 1); }

size_t page_word_ends(const char *s, size_t len, size_t from, size_t *ends, size_t max)
{
    size_t n = 0, i = from;
    while (n < max) {
        size_t start = i;
        while (i < len && (is_letter((unsigned char)s[i]) || s[i] == '&')) /* "Teks & Foto" */
            i++;
        if (i == start)
            break;
        ends[n++] = i;
        if (i + 1 < len && s[i] == ' ' && (is_letter((unsigned char)s[i + 1]) || s[i + 1] == '&'))
            i++;
        else
            break;
    }
    return n;
}

bool page_label_read(const char *s, size_t len, page_label *out)
{
    /* "2 Komentar :", "0 Comments": a count before a closing block's label */
    size_t count = 0;
    while (count < len && is_digit((unsigned char)s[count]))
        count++;
    if (count && count + 1 < len && s[count] == ' ' && page_label_read(s + count + 1, len - count - 1, out) &&
        out->kind == PAGE_END) {
        out->value += count + 1;
        return true;
    }
    size_t ends[3];
    size_t nwords = page_word_ends(s, len, 0, ends, 3);
    for (size_t k = nwords; k-- > 0;) {
        int v = page_lookup(PAGE_LINE_LABELS, s, ends[k]);
        if (v < 0)
            continue;
        size_t j = skip_spaces(s, len, ends[k]);
        bool colon = j < len && s[j] == ':';
        /* "Reporter - Robertus Sengkuang": a spaced dash after a credit's
         * label stands for its colon */
        int kind = v & PAGE_KIND_MASK;
        size_t dash = j > ends[k] && j < len ? (s[j] == '-' ? 1 : is_long_dash(s, len, j) ? 3 : 0) : 0;
        if (!colon && dash && kind >= PAGE_AUTHOR && kind <= PAGE_SOURCE && j + dash < len && s[j + dash] == ' ') {
            colon = true;
            j += dash - 1;
        }
        if (colon)
            j = skip_spaces(s, len, j + 1);
        else if (j < len && !((v & PAGE_BARE) && j > ends[k]))
            continue;
        out->kind = v & PAGE_KIND_MASK;
        out->colon = colon;
        out->value = j;
        out->with_photo = v & PAGE_WITH_PHOTO;
        return true;
    }
    return false;
}

size_t page_labels_end(const char *v, size_t n)
{
    size_t end = 0;
    while (end < n) {
        size_t w = end;
        while (w < n && v[w] != ' ' && v[w] != ',')
            w++;
        if (is_digit((unsigned char)v[end]) || date_lookup(DATE_WEEKDAYS, v + end, w - end) >= 0 ||
            v[end] == '-' || v[end] == '|')
            break;
        end = w;
        while (end < n && (v[end] == ' ' || v[end] == ','))
            end++;
    }
    return end;
}

static bool is_credit_kind(int kind) { return kind >= PAGE_AUTHOR && kind <= PAGE_SOURCE; }

/* ---- names ---------------------------------------------------------- */

/* A middle dot or bullet at s[i], as templates put between a byline and its date. */
static bool is_dot_separator(const char *s, size_t len, size_t i)
{
    return (len - i >= 2 && memcmp(s + i, "\xC2\xB7", 2) == 0) ||
           (len - i >= 3 && memcmp(s + i, "\xE2\x80\xA2", 3) == 0);
}

/* Offices whose name opens a dateline before the place: "PROKOPIM KUBU
 * RAYA –" gives "KUBU RAYA" (GOLD.md); public-relations and media-centre
 * units of regional governments and ministries' offices, which also open
 * sign-offs before the writer ("Inmas Sangihe/ST"). */
static const char *const AGENCY_BEFORE_PLACE[] = {
    "prokopim", "humas", "diskominfo", "diskominfotik", "kominfo", "mc", "infopublik", "ppid", "protokol", "inmas",
    "biro",
    /* the TNI's and Polri's information units: "(Pendim 1609/Bll)", "Penrem 043/Gatam", "Bidhumas Polda X" */
    "pendim", "penrem", "pendam", "penerangan", "dispenad", "dispenal", "dispenau", "puspen", "bidhumas", "sihumas"};

/* s opens with one of AGENCY_BEFORE_PLACE, a word of w letters. */
static bool opens_with_agency(const char *s, size_t len, size_t *w)
{
    size_t n = 0;
    while (n < len && is_letter((unsigned char)s[n]))
        n++;
    *w = n;
    for (size_t i = 0; i < sizeof AGENCY_BEFORE_PLACE / sizeof *AGENCY_BEFORE_PLACE; i++)
        if (strlen(AGENCY_BEFORE_PLACE[i]) == n && strncasecmp(s, AGENCY_BEFORE_PLACE[i], n) == 0)
            return true;
    return false;
}

bool metadata_is_office_byline(const char *s, size_t len)
{
    enum { OFFICE_BYLINE_WORDS = 6 };
    size_t w;
    if (opens_with_agency(s, len, &w))
        return w < len && s[w] == ' ' && w + 1 < len;
    /* or an office of a body, an acronym or an agency's word among its words
     * ("Sekretariat DPRD Polman", "Dinas PUPR Ketapang", "Bagian Prokopim");
     * not a place ("Kota Kupang") */
    uint32_t lists = speech_lists_of(s, w);
    if (!(lists & 1u << SPEECH_ORG) || (lists & 1u << SPEECH_PLACE_UNITS) ||
        page_count_words(s, len) > OFFICE_BYLINE_WORDS)
        return false;
    for (size_t i = w, agency; i < len; i++) {
        size_t e = i;
        while (e < len && is_upper((unsigned char)s[e]))
            e++;
        if (s[i - 1] == ' ' && ((e - i >= 2 && (e == len || s[e] == ' ')) || opens_with_agency(s + i, len - i, &agency)))
            return true;
        i = e;
    }
    return false;
}

/* s[0..slash) names an office: a public-relations unit, an acronym of
 * capitals ("DLH Kota Cirebon"), or an office or body word ("Kasi PMD"). */
static bool office_before_slash(const char *s, size_t slash, size_t *w)
{
    if (opens_with_agency(s, slash, w))
        return true;
    size_t caps = 0;
    while (caps < *w && is_upper((unsigned char)s[caps]))
        caps++;
    return (caps == *w && caps >= 2) ||
           (speech_lists_of(s, *w) & (1u << SPEECH_ORG | 1u << SPEECH_POSITIONS | 1u << SPEECH_FIELDS));
}

/* Where a person's name ends before the agency or date that follows it in
 * bylines: "Ridwan Tuli - Humasprov", "Agus Wahyuni/Humas", "X (Humas)",
 * "X · Senin", "X pada Sen, 05/06/2023", "X Kamis, 10 April 2025". */
static size_t person_name_end(const char *s, size_t len)
{
    size_t agency;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '/' && !memchr(s, ' ', i))
            continue; /* "AKP/Diskominfo", "Hardi/BERITA SAMPIT": initials or one name and the office, one credit */
        if (c == '/' && office_before_slash(s, i, &agency))
            continue; /* "Diskominfo Humbahas/Ranto", "DLH Kota Cirebon/Hilda": the office, then its writer */
        if (c == '/' || c == '(' || c == ',' || c == '|' || c == ';' || is_long_dash(s, len, i) ||
            is_dot_separator(s, len, i))
            return i;
        if (c != ' ' || i + 1 == len)
            continue;
        if (s[i + 1] == '-' || is_long_dash(s, len, i + 1))
            return i;
        size_t w = i + 1;
        while (w < len && s[w] != ' ')
            w++;
        int weekday = date_lookup(DATE_WEEKDAYS, s + i + 1, w - i - 1);
        /* "Tim Infokom Balai POM di Palangka Raya": after an office, "di" and
         * a city's or regency's name are the office's own (not "di Berita
         * Daerah", a category) */
        bool office_at = w - i - 1 == 2 && memcmp(s + i + 1, "di", 2) == 0 && w + 1 < len &&
                         seg_region_at(s, w + 1, len) && office_before_slash(s, i, &agency);
        if ((page_lookup(PAGE_NAME_STOPS, s + i + 1, w - i - 1) >= 0 && !office_at) ||
            (weekday >= 0 && !(weekday & DATE_ABBREV)))
            return i;
        if (is_upper((unsigned char)s[0]) && is_lower((unsigned char)s[i + 1]) && w + 1 < len &&
            is_lower((unsigned char)s[w + 1]) && page_lookup(PAGE_NAME_LINKS, s + i + 1, w - i - 1) < 0)
            return i; /* "Dedi Iskandar baca berita lainnya": a capitalised name ends where prose goes on */
    }
    return len;
}

/* A photo credit names its photographer after an agency's mark: "ANTARA
 * FOTO/Muhammad Bagus", "Okezone.com./Sarah": where the name starts. */
static size_t photographer_start(const char *s, size_t len)
{
    const char *slash = memchr(s, '/', len);
    if (!slash)
        return 0;
    size_t at = (size_t)(slash - s), word = at;
    while (word > 0 && s[word - 1] != ' ')
        word--;
    size_t end = at;
    while (end > word && s[end - 1] == '.')
        end--;
    bool agency =
        (end - word == 4 && strncasecmp(s + word, "foto", 4) == 0) || page_word_is_domain(s + word, end - word);
    return agency && at + 1 < len ? at + 1 : 0;
}

/* One word of lower-case letters, as a writer signs off with initials or
 * a first name ("(zal)", "(amr)", "(nurcholis)"; wild corpus, seven sites). */
static bool lower_initials(const char *s, size_t len)
{
    if (len < 2 || len > SIGN_OFF_WORD_MAX)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!is_lower((unsigned char)s[i]) && !(s[i] == '-' && i > 0 && i + 1 < len)) /* "(ppn-tual)" */
            return false;
    return true;
}

/* A name as bylines write them: capitalised (or a sign-off's word in lower
 * case), no digits (file names, dates, counters), a few words, not a CMS
 * account or a stand-in ("Istimewa"). */
/* A CMS account shown as the poster: a login word ("Admin", "operator"),
 * or one lower-case word that opens with one ("adminnagekeo",
 * "admin_dinkop": a site's own account). */
static bool is_cms_login(const char *s, size_t n)
{
    if (page_lookup(PAGE_CMS_LOGINS, s, n) >= 0)
        return true;
    enum { MIN_LOGIN_PREFIX = 4 };
    for (size_t i = 0; i < n; i++)
        if (is_upper((unsigned char)s[i]) || s[i] == ' ')
            return false;
    for (size_t k = MIN_LOGIN_PREFIX; k < n; k++)
        if (page_lookup(PAGE_CMS_LOGINS, s, k) >= 0)
            return true;
    return false;
}

/* A byline's value that is one word in small letters: a CMS account's
 * login shown as the poster, no one's name (GOLD.md). */
static bool login_byline(const char *s, size_t len)
{
    size_t start = 0;
    while (start < len && s[start] == ' ')
        start++;
    size_t end = start + person_name_end(s + start, len - start);
    while (end > start && s[end - 1] == ' ')
        end--;
    if (end == start)
        return false;
    for (size_t i = start; i < end; i++)
        if (!is_lower((unsigned char)s[i]))
            return false;
    return true;
}

/* s[i] stands in a web domain's word, parted by spaces or slashes: the
 * outlet of "Liputan6.com/Dimas Ardi Legowo". */
static bool in_domain(const char *s, size_t len, size_t i)
{
    size_t from = i, to = i;
    while (from > 0 && s[from - 1] != ' ' && s[from - 1] != '/')
        from--;
    while (to < len && s[to] != ' ' && s[to] != '/')
        to++;
    return page_word_is_domain(s + from, to - from);
}

/* Word s[i, w) of the credit s[0, len) says it credits no one ("Foto:
 * Istimewa", a login): a newsroom's word alone does ("(Red)"), with more
 * words it names that newsroom ("Tim Redaksi", "Redaksi FKUB"). */
static bool credits_no_one(const char *s, size_t len, size_t i, size_t w)
{
    int v = page_lookup(PAGE_STAND_INS, s + i, w - i);
    return is_cms_login(s + i, w - i) || (v >= 0 && !(v == STAND_IN_ALONE && memchr(s, ' ', len)));
}

/* A newsroom's word among the words of s[0, len): "Tim Redaksi Humas". */
static bool names_newsroom(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        size_t w = i;
        while (w < len && s[w] != ' ')
            w++;
        if (page_lookup(PAGE_STAND_INS, s + i, w - i) == STAND_IN_ALONE)
            return true;
        i = w + 1;
    }
    return false;
}

static size_t photo_mark(const char *s, size_t len);

/* s[i] is a digit of a writer's code: "S-16", "tr-02/gp", "cr-3/red" (one
 * to three letters, a hyphen and a number, a word of its own). */
static bool in_writer_code(const char *s, size_t len, size_t i)
{
    size_t start = i, end = i;
    while (start > 0 && is_digit((unsigned char)s[start - 1]))
        start--;
    while (end < len && is_digit((unsigned char)s[end]))
        end++;
    /* or one or two digits after one to three small letters, a part of its own: Jawa Pos's codes of
     * interns and desks ("(mg2/her/c1)", "(sgt/aif/c1)"), Kaltim Post's ("(ndy/k16)") */
    size_t small = start;
    while (small > 0 && is_lower((unsigned char)s[small - 1]))
        small--;
    if (end - start <= 2 && start - small >= 1 && start - small <= 3 && (small == 0 || s[small - 1] == '/') &&
        (end == len || s[end] == '/'))
        return true;
    if (start < 2 || s[start - 1] != '-' || end - start > 3 || (end < len && s[end] != '/' && s[end] != ' '))
        return false;
    size_t letters = start - 1;
    while (letters > 0 && is_letter((unsigned char)s[letters - 1]))
        letters--;
    return start - 1 - letters >= 1 && start - 1 - letters <= 3 &&
           (letters == 0 || s[letters - 1] == '/' || s[letters - 1] == ' ');
}

bool metadata_is_writer_code(const char *s, size_t len)
{
    size_t start = 0, end = len;
    trim(s, &start, &end);
    if (end - start < 5 || s[start] != '(' || s[end - 1] != ')')
        return false;
    for (size_t i = start + 1; i + 1 < end; i++)
        if (is_digit((unsigned char)s[i]))
            return in_writer_code(s + start + 1, end - start - 2, i - start - 1);
    return false;
}

static bool name_valid(const char *s, size_t len)
{
    if (len == 0 || len > NAME_MAX_BYTES)
        return false;
    size_t dok = s[0] == 'd' || s[0] == 'D' ? photo_mark(s, len) : 0; /* "dok. BNPB": the office it names */
    s += dok < len ? dok : 0;
    len -= dok < len ? dok : 0;
    unsigned char c0 = (unsigned char)s[0];
    const char *slash = memchr(s, '/', len);
    /* a sign-off "amin/priyanto", or initials and their office "rzk/Diskominfo TD" (not "red/PA
     * Bantul": the newsroom's word credits no one) */
    bool initials_pair = slash && (!memchr(s, ' ', len) || (lower_initials(s, (size_t)(slash - s)) &&
                                                            is_upper((unsigned char)slash[1]) &&
                                                            page_lookup(PAGE_STAND_INS, s, (size_t)(slash - s)) < 0));
    bool initials_word = lower_initials(s, len);
    /* an outlet's web name in small letters before the photographer: "suarameepago.id/Marthinus Douw Tebai" */
    bool outlet = slash && page_word_is_domain(s, (size_t)(slash - s));
    if (!is_upper(c0) && c0 < 0x80 && !initials_pair && !initials_word && !outlet)
        return false;
    int32_t cp;
    if (c0 >= 0x80 && (!utf8_decode(s, len, &cp) || !unicode_is_letter(cp)))
        return false; /* a symbol opens no name: a player's "▶ Putar Video" */
    size_t words = 0, capitalised = 0, first;
    bool office = office_before_slash(s, len, &first); /* "Humas SMPN 3/Nurul": an office's number */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((is_digit(c) && !office && !in_domain(s, len, i) && !in_writer_code(s, len, i)) || c == ':' ||
            c == '"' || c == '?' || c == '!' || c == '@')
            return false;
        if (c == ' ' || (i > 0 && s[i - 1] != ' '))
            continue;
        size_t w = i;
        while (w < len && s[w] != ' ')
            w++;
        if (credits_no_one(s, len, i, w))
            return false;
        words++;
        if (!is_lower(c))
            capitalised++;
    }
    return words <= NAME_MAX_WORDS && (2 * capitalised >= words || initials_pair || initials_word || outlet);
}

bool metadata_is_bare_name(const char *s, size_t len)
{
    page_label lab;
    if (!name_valid(s, len) || page_count_words(s, len) > BARE_NAME_WORDS || page_label_read(s, len, &lab))
        return false;
    for (size_t i = 0; i < len; i++)
        if ((i == 0 || s[i - 1] == ' ') && is_lower((unsigned char)s[i]))
            return false;
    return true;
}

typedef struct {
    record *rec; /* NULL: only count */
    arena *a;
    size_t found;
} credit_sink;

/* The name in value[0..len) as bylines need it, in *start..*end: a
 * person's name loses the agency after it, an office keeps it all
 * ("Humas/Denpasar"). False when what is left is no name. */
static bool clean_name(int role, const char *value, size_t len, size_t *start, size_t *end)
{
    *start = role == PAGE_PHOTOGRAPHER ? photographer_start(value, len) : 0;
    /* "Laporan Wartawan Tribun-Medan.com, Danu Kridolaksono": the outlet before the name */
    size_t outlet = *start;
    while (outlet < len && value[outlet] != ' ' && value[outlet] != ',')
        outlet++;
    if (role == PAGE_REPORTER && outlet + 2 < len && value[outlet] == ',' && value[outlet + 1] == ' ' &&
        page_word_is_domain(value + *start, outlet - *start))
        *start = outlet + 2;
    /* "Kontributor Kompas.com, Gayo Lues, Iwan Setiadi Linge" (Kompas's
     * byline): a reporter's label and the outlet, the place, then the name;
     * or the label and the place only ("Kontributor Padang, Fadhilah
     * Rahmadani") */
    size_t label = *start;
    while (label < len && value[label] != ' ')
        label++;
    size_t domain = label + 1, comma = label + 1;
    while (domain < len && value[domain] != ' ' && value[domain] != ',')
        domain++;
    while (comma < len && value[comma] != ',')
        comma++;
    bool place = comma < len && label + 1 < comma && region_lookup(value + label + 1, comma - label - 1);
    if (place)
        domain = comma;
    if (domain < len && value[domain] == ',' &&
        (lex_lookup(PAGE_LISTS[PAGE_LINE_LABELS], value + *start, label - *start) & PAGE_KIND_MASK) == PAGE_REPORTER &&
        (place || page_word_is_domain(value + label + 1, domain - label - 1))) {
        size_t last = len;
        while (last > domain + 1 && !(value[last - 1] == ' ' && value[last - 2] == ','))
            last--;
        if (last > domain + 1)
            *start = last;
    }
    *end = role == PAGE_SOURCE ? len : *start + person_name_end(value + *start, len - *start);
    /* a photo credit as it stands, the photographer after the outlet's slash ("Foto: Kabar
     * Bengkalis/Dedi", "Foto: Kristianus Ingkong/Suara Kalbar"; GOLD.md) */
    while (role == PAGE_PHOTOGRAPHER && *end + 1 < len && value[*end] == '/')
        *end += 1 + person_name_end(value + *end + 1, len - *end - 1);
    trim(value, start, end);
    while (*end > *start && (value[*end - 1] == '.' || value[*end - 1] == ':' || value[*end - 1] == ' '))
        (*end)--;
    /* a link's arrow after it ("Lihat semua pos oleh Humas DPRD Maluku →"): symbols end no name */
    for (size_t last = *end; last > *start; last = *end) {
        while (last > *start && ((unsigned char)value[last - 1] & 0xC0) == 0x80)
            last--; /* back to the last code point's first byte */
        int32_t cp;
        if (last == *start || (unsigned char)value[last - 1] < 0xC0 ||
            !utf8_decode(value + last - 1, *end - last + 1, &cp) || unicode_is_letter(cp))
            break;
        *end = last - 1;
        while (*end > *start && value[*end - 1] == ' ')
            (*end)--;
    }
    if (role == PAGE_SOURCE && *end - *start >= 2 && value[*start] == '(' && value[*end - 1] == ')') {
        (*start)++;
        (*end)--;
    }
    return name_valid(value + *start, *end - *start);
}

/* A credit of `role` named by value[start..end). */
static void add_credit(credit_sink *k, int role, const char *value, size_t start, size_t end)
{
    k->found++;
    if (k->rec && k->rec->credits.len < MAX_CREDITS) {
        char *name = arena_strndup(k->a, value + start, end - start);
        if (name)
            VEC_PUSH(k->a, &k->rec->credits, ((rec_credit){.role = (credit_role)role, .name = name}));
    }
}

static bool read_caption_mark(const char *s, size_t len, credit_sink *k);

/* "Foto: Kondisi jembatan yang putus di Desa X. (Name/detikJabar)": the
 * label heads the photo's caption, prose that ends with the bracketed credit
 * (detik's captions), not the photographer's name. */
static bool labelled_caption(const char *value, size_t len)
{
    enum { CAPTION_MIN_WORDS = 4 };
    while (len > 0 && (value[len - 1] == ' ' || value[len - 1] == '.'))
        len--;
    if (len < 3 || value[len - 1] != ')')
        return false;
    size_t before = len - 1;
    while (before > 0 && value[before] != '(')
        before--;
    if (value[before] != '(')
        return false;
    bool lower = false;
    for (size_t i = 1; i < before && !lower; i++)
        lower = value[i - 1] == ' ' && is_lower((unsigned char)value[i]);
    return lower && page_count_words(value, before) >= CAPTION_MIN_WORDS;
}

static void credit_value(credit_sink *k, int role, const char *value, size_t len)
{
    size_t start, end;
    if (role == PAGE_PHOTOGRAPHER && labelled_caption(value, len))
        read_caption_mark(value, len, k);
    else if (clean_name(role, value, len, &start, &end))
        add_credit(k, role, value, start, end);
}

/* A sign-off's credit, one name as it stands ("Humas/Asriadi",
 * "Diskominfo Humbahas/Ranto") whatever its role. */
static void sign_off_credit(credit_sink *k, int role, const char *value, size_t len)
{
    size_t start, end, at = k->rec ? k->rec->credits.len : 0;
    if (clean_name(PAGE_SOURCE, value, len, &start, &end))
        add_credit(k, role, value, start, end);
    if (k->rec && k->rec->credits.len > at) /* as written: "KOMPAS/GALIH RAKASIWI", not the name alone */
        k->rec->credits.items[at].as_written = true;
}

/* Where the value that starts at v ends: at a '|' or where the next credit
 * label opens ("Penulis: A Editor: B"). */
static size_t credit_value_end(const char *s, size_t len, size_t v)
{
    page_label lab;
    for (size_t i = v; i < len; i++) {
        if (s[i] == '|')
            return i;
        if (i > v && s[i - 1] == ' ' && is_upper((unsigned char)s[i]) && page_label_read(s + i, len - i, &lab) &&
            lab.colon && is_credit_kind(lab.kind))
            return i;
    }
    return len;
}

/* Reads a line that opens with a credit label, one or more "Label: name"
 * segments. A label with nothing after it takes the next line as its value
 * (*used_next is then set). Returns whether the line is a credit line: it
 * credits someone, or has a credit's short "Label: value" shape ("Oleh
 * Admin" too, but not "Oleh karena itu"). */
static bool read_credit_line(const char *s, size_t len, const char *next, credit_sink *k, bool *used_next)
{
    *used_next = false;
    size_t start = 0, end = len;
    trim(s, &start, &end);
    /* " | Editor: X", a post-meta row's second part in an element of its own */
    if (start < end && (s[start] == '|' || is_dot_separator(s, end, start))) {
        start += s[start] == '|' ? 1 : (unsigned char)s[start] == 0xC2 ? 2 : 3;
        trim(s, &start, &end);
    }
    s += start;
    len = end - start;
    page_label lab;
    if (len == 0 || len > CREDIT_LINE_MAX || !page_label_read(s, len, &lab) || !is_credit_kind(lab.kind))
        return false;
    /* "oleh Yoga Pratama" is a byline, and so is one its date follows after a
     * separator ("oleh Yohana Lubantobing - Jumat, 17 Oktober 2025, 14:05",
     * Moodle); "oleh Hyang Widhi Wasa sehingga ..." is a wrapped sentence */
    size_t name_end = lab.value + person_name_end(s + lab.value, len - lab.value), after = name_end;
    while (after < len && s[after] == ' ')
        after++;
    bool parted = after == len || s[after] == '-' || s[after] == '|' || s[after] == ',' ||
                  is_long_dash(s, len, after) || is_dot_separator(s, len, after);
    if (!lab.colon && is_lower((unsigned char)s[0]) &&
        (page_count_words(s + lab.value, name_end - lab.value) > BARE_NAME_WORDS || !parted))
        return false;
    size_t before = k->found, pos = 0;
    while (pos < len) {
        if (page_label_read(s + pos, len - pos, &lab) && is_credit_kind(lab.kind)) {
            size_t v = pos + lab.value, vend = credit_value_end(s, len, v);
            page_label next_label;
            if (v == len && next && !page_label_read(next, strlen(next), &next_label)) {
                size_t found = k->found;
                credit_value(k, lab.kind, next, strlen(next));
                *used_next = k->found > found;
            } else if (!lab.colon && login_byline(s + v, vend - v)) {
                /* "by humas · November 18, 2026", "Submitted by humas on ...", "Oleh mc": the poster's login */
            } else {
                credit_value(k, lab.kind, s + v, vend - v);
                if (lab.with_photo) /* "Teks & Foto: X": the photographer too */
                    credit_value(k, PAGE_PHOTOGRAPHER, s + v, vend - v);
            }
            pos = vend;
        } else {
            pos = credit_value_end(s, len, pos); /* "06:01 WIB - Redaktur: X" goes on at the label */
        }
        while (pos < len && (s[pos] == '|' || s[pos] == ' '))
            pos++;
    }
    if (k->found > before)
        return true;
    page_label first;
    page_label_read(s, len, &first);
    bool labelled = first.colon || (first.value < len && !is_lower((unsigned char)s[first.value]));
    return labelled && len <= CREDIT_SHAPE_MAX &&
           page_count_words(s + first.value, len - first.value) <= NAME_MAX_WORDS;
}

bool metadata_is_credit_line(const char *s, size_t len)
{
    credit_sink k = {0};
    bool used_next;
    return read_credit_line(s, len, NULL, &k, &used_next);
}

/* An office's sign-off on a line of its own without brackets: a public
 * relations unit's word, its place, a slash and the writer's initials
 * ("Diskominfo Buol/ifn", "Prokopim Sintang/Rin"). */
static bool bare_office_sign_off(const char *s, size_t len)
{
    size_t w;
    const char *slash = memchr(s, '/', len);
    if (!slash || !opens_with_agency(s, len, &w) || page_count_words(s, len) > SIGN_OFF_OFFICE_WORDS)
        return false;
    size_t initials = len - (size_t)(slash + 1 - s);
    if (initials == 0 || initials > SIGN_OFF_WORD_MAX)
        return false;
    for (const char *p = slash + 1; p < s + len; p++)
        if (!is_letter((unsigned char)*p))
            return false;
    return true;
}

/* A sign-off paragraph wholly in parentheses is the article's author,
 * whether it names a writer ("(dns)", "(Hmsprov : Asriani)") or an office
 * ("(Humas Pemprov Maluku)", "(Humas Tubaba/Yn)"): the real corpus's readers
 * credit an office's sign-off as its byline (5 of 5, "(MC Sumbawa Barat)",
 * "(Dinas Kominfo Kots Sorong)"), as GOLD.md credits an office named as the
 * byline. "(Foto: X)" is a labelled credit; a leading "*\/" is no part of it. */
static bool read_sign_off(const char *s, size_t len, credit_sink *k)
{
    size_t start = 0, end = len;
    trim(s, &start, &end);
    if (bare_office_sign_off(s + start, end - start)) {
        size_t before = k->found;
        sign_off_credit(k, PAGE_AUTHOR, s + start, end - start);
        return k->found > before;
    }
    if (end - start < 3 || s[start] != '(' || s[end - 1] != ')' || end - start > CREDIT_LINE_MAX)
        return false;
    const char *in = s + start + 1;
    size_t n = end - start - 2;
    if (memchr(in, '(', n) || memchr(in, ')', n))
        return false;
    if (n > 2 && in[0] == '*' && in[1] == '/')
        in += 2, n -= 2;
    size_t before = k->found;
    page_label lab;
    bool used_next;
    if (page_label_read(in, n, &lab) && is_credit_kind(lab.kind) && lab.colon)
        return read_credit_line(in, n, NULL, k, &used_next);
    const char *colon = memchr(in, ':', n);
    if (colon) {
        size_t agency = (size_t)(colon - in);
        if (page_count_words(in, agency) <= 2)
            credit_value(k, PAGE_AUTHOR, colon + 1, n - agency - 1);
    } else {
        sign_off_credit(k, PAGE_AUTHOR, in, n);
    }
    return k->found > before;
}

/* A sign-off closing a paragraph's last sentence: "... ujarnya. (JS)",
 * "... Papua Barat.(amin/priyanto)", "... hari. (Dinas Kominfo Kota
 * Sorong).": the writer, as written less a leading star and slash;
 * initials or a name, or names joined by a slash, one credit. */
static bool read_trailing_sign_off(const char *s, size_t len, credit_sink *k)
{
    while (len > 0 && (s[len - 1] == '.' || s[len - 1] == ' '))
        len--;
    size_t open = len < 3 ? len : seg_closing_bracket(s, 0, len, SIGN_OFF_MAX);
    if (open == len)
        return false;
    size_t before = open;
    while (before > 0 && s[before - 1] == ' ')
        before--;
    bool closing_quote = before >= 3 && (unsigned char)s[before - 3] == 0xE2 && (unsigned char)s[before - 2] == 0x80 &&
                         ((unsigned char)s[before - 1] == 0x9D || (unsigned char)s[before - 1] == 0x99);
    if (before == 0 || (!strchr(".!?\"", s[before - 1]) && !closing_quote))
        return false; /* the sign-off follows a finished sentence */
    size_t start = open + 1, end = len - 1;
    if (end - start >= 2 && s[start] == '*' && s[start + 1] == '/')
        start += 2;
    trim(s, &start, &end);
    size_t first_word;
    size_t most = start < end && office_before_slash(s + start, end - start, &first_word) ? SIGN_OFF_OFFICE_WORDS
                                                                                          : SIGN_OFF_WORDS;
    if (start == end || page_count_words(s + start, end - start) > most || memchr(s + start, '(', end - start))
        return false;
    const char *slash = memchr(s + start, '/', end - start);
    bool joined = slash != NULL;
    size_t first;
    /* (an office's number: "(Pendim 1412/Kla)") */
    bool office = slash && office_before_slash(s + start, (size_t)(slash - s) - start, &first);
    for (size_t i = start; i < end; i++)
        if ((is_digit((unsigned char)s[i]) && !office && !in_writer_code(s + start, end - start, i - start)) ||
            s[i] == ':' || s[i] == ',')
            return false;
    const char *hyphen = joined ? NULL : memchr(s + start, '-', end - start);
    if (!joined && hyphen && hyphen > s + start &&
        (!name_valid(s + start, end - start) || names_newsroom(hyphen + 1, (size_t)(s + end - hyphen - 1))) &&
        name_valid(s + start, (size_t)(hyphen - s) - start))
        end = (size_t)(hyphen - s); /* "(Burhan-Tim Redaksi Humas)": the writer before the newsroom */
    if (!joined && !name_valid(s + start, end - start))
        return false;
    for (size_t i = start; i < end;) { /* "(Red)", "(ist)": no one */
        size_t w = i;
        while (w < end && s[w] != ' ' && s[w] != '/')
            w++;
        if (credits_no_one(s + start, end - start, i - start, w - start))
            return false;
        i = w + 1;
    }
    k->found++;
    if (k->rec && k->rec->credits.len < MAX_CREDITS) {
        char *name = arena_strndup(k->a, s + start, end - start);
        if (name)
            VEC_PUSH(k->a, &k->rec->credits, ((rec_credit){.role = CREDIT_AUTHOR, .name = name, .as_written = true}));
    }
    return true;
}

/* Where the value of a caption's closing photo label starts ("... (Foto:
 * X - Humas)", "... Kalbar. Foto: X/Humas"), and *end where it ends; false
 * when the caption closes with none. */
static bool caption_credit_at(const char *s, size_t len, size_t *value, size_t *end)
{
    size_t from = len > CAPTION_TAIL ? len - CAPTION_TAIL : 0;
    page_label lab;
    size_t close = len; /* past the closing bracket, a full stop after it dropped: "... (Foto: X/Y)." */
    while (close > 1 && (s[close - 1] == '.' || s[close - 1] == ' ') && s[close - 2] != '.')
        close--;
    if (close > 0 && s[close - 1] == ')') {
        size_t open = close - 1;
        while (open > from && s[open] != '(')
            open--;
        if (s[open] == '(' && page_label_read(s + open + 1, close - open - 2, &lab) &&
            lab.kind == PAGE_PHOTOGRAPHER && lab.colon) {
            *value = open + 1 + lab.value, *end = close - 1;
            return true;
        }
    }
    for (size_t i = len; i-- > from + 2;) {
        if (s[i - 1] != ' ' || (s[i - 2] != '.' && s[i - 2] != ')'))
            continue;
        if (page_label_read(s + i, len - i, &lab) && lab.kind == PAGE_PHOTOGRAPHER && lab.colon) {
            *value = i + lab.value, *end = len;
            return true;
        }
    }
    return false;
}

/* The photographer a caption credits at its end; false when it credits
 * no one. */
static bool read_caption_credit(const char *s, size_t len, credit_sink *k)
{
    size_t value, end, before = k->found;
    if (caption_credit_at(s, len, &value, &end))
        credit_value(k, PAGE_PHOTOGRAPHER, s + value, end - value);
    return k->found > before;
}

/* The length of a photo's short mark opening a bracketed credit, 0 if
 * none: "F." or "F:" ("F.AKP/Diskominfo", "F: Humas Kantah Kudus"), "dok."
 * ("dok. BNPB", "Dok : Istimewa": the office it names). */
static size_t photo_mark(const char *s, size_t len)
{
    size_t at = 0;
    if (len > 4 && strncasecmp(s, "dok", 3) == 0 && (s[3] == '.' || s[3] == ':' || s[3] == ' '))
        at = 3; /* (not "Dokter") */
    else if (len > 2 && (s[0] == 'F' || s[0] == 'f') && (s[1] == '.' || s[1] == ':'))
        at = 1;
    else
        return 0;
    while (at < len && (s[at] == '.' || s[at] == ':' || s[at] == ' '))
        at++;
    return at;
}

/* Where an agency's photo mark after the caption's last sentence starts:
 * an outlet's name in capitals or its web name, a slash, the photographer or
 * source ("... kabupaten. ANTARA/HO-Distanbun Aceh Barat", "... warga.
 * KOMPAS/GALIH RAKASIWI", "... desa. Waspada.id/Zuhelmi"); len when there is
 * none. */
static size_t agency_mark_start(const char *s, size_t len)
{
    enum { MIN_AGENCY = 4 };
    size_t at = len;
    for (size_t i = len; i-- > 2 && len - i <= SIGN_OFF_MAX;)
        if (s[i - 1] == ' ' && s[i - 2] == '.') {
            at = i;
            break;
        }
    size_t caps = at;
    while (caps < len && is_upper((unsigned char)s[caps]))
        caps++;
    if (at < len && caps - at >= MIN_AGENCY && caps + 1 < len && s[caps] == '/')
        return at;
    /* or the outlet's web name: "... di dermaga desa. Waspada.id/Zuhelmi" */
    size_t slash = at;
    while (slash < len && s[slash] != '/' && s[slash] != ' ')
        slash++;
    return at < len && slash + 1 < len && s[slash] == '/' && is_upper((unsigned char)s[at]) &&
                   page_word_is_domain(s + at, slash - at)
               ? at
               : len;
}

/* A caption's photo credit with no "Foto:" label: "... (F.AKP/Diskominfo)",
 * "... (ANTARA/HO-Diskominfotik NTB)", "... (dok. BNPB)", "... Rabu
 * (20/11/2024)/Pemkot Palu", "Hardi/KORAN X - ...": the office or person,
 * as written less a leading "F." or "dok.". GOLD.md's caption credits. */
static bool read_caption_mark(const char *s, size_t len, credit_sink *k)
{
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '.'))
        len--;
    size_t start, end = len;
    size_t dash = 0;
    while (dash + 2 < len && dash < SIGN_OFF_MAX && !(s[dash] == ' ' && s[dash + 1] == '-' && s[dash + 2] == ' '))
        dash++;
    if (dash + 2 < len && dash < SIGN_OFF_MAX && memchr(s, '/', dash)) {
        start = 0; /* "Hardi/KORAN CONTOH - Kepala dinas ...": the credit opens the caption */
        end = dash;
    } else if (len > 2 && s[len - 1] == ')') {
        size_t open = len - 1;
        while (open > 0 && len - open <= SIGN_OFF_MAX && s[open] != '(')
            open--;
        if (s[open] != '(')
            return false;
        start = open + 1;
        end = len - 1;
        size_t mark = photo_mark(s + start, end - start);
        /* (or the outlet's web name alone: "... di Lambur Luar. (Jambisatu.id)") */
        if (!mark && !memchr(s + start, '/', end - start) &&
            !(!memchr(s + start, ' ', end - start) && page_word_is_domain(s + start, end - start)))
            return false;
        if (s[start] == 'F' || s[start] == 'f')
            start += mark; /* "(F.AKP/Diskominfo)" less its "F."; "(Dok. KI Babel)" as it stands (GOLD.md) */
    } else if ((start = agency_mark_start(s, len)) < len) {
        /* "... dari pemerintah kabupaten. ANTARA/HO-Distanbun Aceh Barat" */
    } else {
        size_t slash = len;
        while (slash > 0 && len - slash <= SIGN_OFF_MAX && s[slash - 1] != '/')
            slash--;
        if (slash < 2 || s[slash - 1] != '/' || s[slash - 2] != ')')
            return false; /* "... (20/11/2024)/Pemkot Palu" */
        start = slash;
    }
    trim(s, &start, &end);
    for (size_t i = start; i < end; i++)
        if (is_digit((unsigned char)s[i]) && (i == start || !is_letter((unsigned char)s[i - 1])))
            return false; /* a date, not a credit (a digit inside a word is a name's: "Liputan6.com/X") */
    if (start == end || page_count_words(s + start, end - start) > SIGN_OFF_WORDS)
        return false;
    size_t before = k->found;
    sign_off_credit(k, PAGE_PHOTOGRAPHER, s + start, end - start);
    return k->found > before;
}

bool metadata_is_photo_caption(const char *s, size_t len)
{
    credit_sink k = {0};
    size_t value, end;
    /* a photo label that names no one still closes a caption ("... Foto: Istimewa") */
    if (caption_credit_at(s, len, &value, &end) && page_count_words(s + value, end - value) <= SIGN_OFF_WORDS)
        return true;
    if (read_caption_credit(s, len, &k))
        return true;
    /* or a short photo mark in brackets ends it: "... (F.Humas Setwan)" */
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '.'))
        len--;
    size_t open = len < 3 ? len : seg_closing_bracket(s, 0, len, SIGN_OFF_MAX);
    return ((open < len && photo_mark(s + open + 1, len - open - 2) > 0) || agency_mark_start(s, len) < len) &&
           read_caption_mark(s, len, &k);
}

/* ---- credits in the page and the body ------------------------------- */

static void read_hint_credits(record *rec, const page_hints *hints, arena *a)
{
    credit_sink k = {rec, a, 0};
    for (size_t i = 0; i < hints->credit_lines.len; i++) {
        const char *line = hints->credit_lines.items[i];
        const char *next = i + 1 < hints->credit_lines.len ? hints->credit_lines.items[i + 1] : NULL;
        bool used_next;
        if (!line)
            continue;
        if (!read_credit_line(line, strlen(line), next, &k, &used_next))
            read_sign_off(line, strlen(line), &k);
        if (used_next)
            i++;
    }
}

/* Credit lines anywhere in the body, sign-offs in its tail and photo
 * credits in captions are read; the first two leave the paragraphs. */
static void read_body_credits(record *rec, arena *a)
{
    size_t n = rec->paragraphs.len;
    if (n == 0)
        return;
    bool *drop = arena_alloc(a, n * sizeof *drop);
    if (!drop)
        return;
    credit_sink k = {rec, a, 0};
    rec_paragraph *p = rec->paragraphs.items;
    for (size_t i = 0; i < n; i++) {
        bool used_next;
        if (read_credit_line(p[i].text, p[i].len, i + 1 < n ? p[i + 1].text : NULL, &k, &used_next)) {
            drop[i] = true;
            if (used_next)
                drop[++i] = true;
        }
    }
    size_t last = n;
    while (last-- > 0) {
        if (drop[last])
            continue;
        if (!read_sign_off(p[last].text, p[last].len, &k))
            break;
        drop[last] = true;
    }
    /* the sign-off closing the last paragraph, or the one before a stray line */
    /* (other articles' headlines listed after it count for no try: "Berita
     * Terkait" under an image, no label line) */
    for (size_t tried = 0; last < n && tried < SIGN_OFF_TRIES; last--) {
        if (p[last].kind == PARA_BODY && read_trailing_sign_off(p[last].text, p[last].len, &k))
            break;
        if (last == 0)
            break;
        tried += !seg_is_headline_line(p[last].text, p[last].len);
    }
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (drop[i])
            continue;
        if (!read_caption_credit(p[i].text, p[i].len, &k) && p[i].kind == PARA_CAPTION)
            read_caption_mark(p[i].text, p[i].len, &k);
        p[kept++] = p[i];
    }
    rec->paragraphs.len = kept;
}

/* Every credit, whoever found it, trimmed by the byline rules, CMS
 * accounts dropped, and each name and role once. */
enum { DATELINE_MAX_BYTES = 64 }; /* "FAJAR.CO.ID, MAKASSAR", "BOJONEGORO, Radar Bojonegoro" */

bool metadata_dateline_names(const record *rec, const char *who)
{
    const rec_paragraph *lead = NULL;
    for (size_t i = 0; i < rec->paragraphs.len && !lead; i++)
        if (rec->paragraphs.items[i].kind == PARA_BODY)
            lead = &rec->paragraphs.items[i];
    size_t n = strlen(who);
    if (!lead || n < 3)
        return false;
    const char *t = lead->text;
    size_t dash = 0;
    while (dash < lead->len && dash < DATELINE_MAX_BYTES && t[dash] != '-' && !is_long_dash(t, lead->len, dash))
        dash++;
    if (dash == lead->len || dash == DATELINE_MAX_BYTES)
        return false;
    for (size_t at = 0; at + n <= dash; at++)
        if ((at == 0 || t[at - 1] == ' ' || t[at - 1] == ',') && strncasecmp(t + at, who, n) == 0 &&
            (at + n == dash || strchr(" ,.", t[at + n])))
            return true;
    return false;
}

/* A byline that is the outlet the lead's dateline names ("CNN Indonesia"
 * above "Barabai, CNN Indonesia --"): no one's (the gold sets give CNN's
 * sign-off instead, "(kid/sfr)"); an office there is the byline's author
 * ("Diskominfo Wajo" above "Sengkang, Diskominfo Wajo –"). */
static bool outlet_byline(const record *rec, const char *name)
{
    size_t w, first = strcspn(name, " ");
    return !opens_with_agency(name, strlen(name), &w) &&
           !(speech_lists_of(name, first) & (1u << SPEECH_ORG | 1u << SPEECH_POSITIONS | 1u << SPEECH_PLACE_UNITS)) &&
           metadata_dateline_names(rec, name);
}

/* The credits cleaned, each once, an outlet's byline left out. */
static void tidy_credits(record *rec, arena *a)
{
    size_t n = rec->credits.len < MAX_CREDITS ? rec->credits.len : MAX_CREDITS;
    rec_credit *c = rec->credits.items;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        size_t start, end, len = c[i].name ? strlen(c[i].name) : 0;
        if (!c[i].name || !clean_name(c[i].as_written ? PAGE_SOURCE : (int)c[i].role, c[i].name, len, &start, &end) ||
            (c[i].role == CREDIT_AUTHOR && !c[i].as_written && outlet_byline(rec, c[i].name)))
            continue;
        const char *name = start == 0 && end == len ? c[i].name : arena_strndup(a, c[i].name + start, end - start);
        if (!name)
            return;
        bool seen = false;
        for (size_t j = 0; j < kept && !seen; j++)
            seen = c[j].role == c[i].role && strcmp(c[j].name, name) == 0;
        if (!seen)
            c[kept++] = (rec_credit){.role = c[i].role, .name = name, .as_written = c[i].as_written};
    }
    rec->credits.len = kept;
}

/* ---- dateline ------------------------------------------------------- */

/* Parts of web and outlet names that never name a place where a dateline
 * stands ("Jatim Newsroom –", "KabarKalimantan", "BALANGANEWS",
 * "KalbarOnline", "Tubankab", "KALBAR SATU ID"): a word that opens or ends
 * with one is an outlet. From the wild corpus's suspect datelines and
 * GOLD.md's copied-text rules. */
static const char *const OUTLET_WORD_ENDS[] = {"news", "newsroom", "online", "times", "today", "pos", "post",
                                               "media", "tv", "kab", "com", "net", "sida", "terkini", "ekspres",
                                               "express", "update"}; /* "LUMAJANG TERKINI", "Jambi Ekspres" */
static const char *const OUTLET_WORD_STARTS[] = {"kabar", "berita", "warta",  "info",  "portal",
                                                  "harian", "radar", "detik", "tribun"};
static const char *const OUTLET_WORDS[] = {"id", "co", "mc", "humas", "redaksi", "kbrn"}; /* KBRN: RRI's stations */


static bool ascii_prefix(const char *s, size_t len, const char *p)
{
    size_t n = strlen(p);
    return len >= n && strncasecmp(s, p, n) == 0;
}

static bool ascii_suffix(const char *s, size_t len, const char *p)
{
    size_t n = strlen(p);
    return len >= n && strncasecmp(s + len - n, p, n) == 0;
}

bool page_word_is_domain(const char *s, size_t len)
{
    static const char *const MARKS[] = {".com", ".co.id", ".co", ".id", ".net", ".org", ".info", "www."};
    for (size_t i = 0; i < len; i++)
        if (s[i] == '.' || s[i] == 'w' || s[i] == 'W')
            for (size_t m = 0; m < sizeof MARKS / sizeof *MARKS; m++) {
                size_t n = strlen(MARKS[m]);
                if (i + n <= len && strncasecmp(s + i, MARKS[m], n) == 0 &&
                    (i + n == len || !is_letter((unsigned char)s[i + n])) && (MARKS[m][0] == 'w' ? i == 0 : i > 0))
                    return true;
            }
    return false;
}

/* An outlet's word where a place would stand: "Newsroom", "BALANGANEWS",
 * "MSM.COM". */
static bool is_outlet_word(const char *s, size_t len)
{
    if (page_word_is_domain(s, len))
        return true;
    for (size_t i = 0; i < sizeof OUTLET_WORDS / sizeof *OUTLET_WORDS; i++)
        if (strlen(OUTLET_WORDS[i]) == len && strncasecmp(s, OUTLET_WORDS[i], len) == 0)
            return true;
    for (size_t i = 0; i < sizeof OUTLET_WORD_ENDS / sizeof *OUTLET_WORD_ENDS; i++) {
        size_t n = strlen(OUTLET_WORD_ENDS[i]); /* a short end ("kab", "tv") only ends a longer word */
        if (len >= n + (n < 4 ? 3 : 0) && ascii_suffix(s, len, OUTLET_WORD_ENDS[i]))
            return true;
    }
    for (size_t i = 0; i < sizeof OUTLET_WORD_STARTS / sizeof *OUTLET_WORD_STARTS; i++)
        if (ascii_prefix(s, len, OUTLET_WORD_STARTS[i]))
            return true;
    return false;
}

/* The last word of an outlet's name of several words: an outlet's word, or
 * one of its ends standing alone ("Kendari Pos", "Manado Post", "Jambi Ekspres"). */
static bool ends_outlet_name(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof OUTLET_WORD_ENDS / sizeof *OUTLET_WORD_ENDS; i++)
        if (strlen(OUTLET_WORD_ENDS[i]) == len && strncasecmp(s, OUTLET_WORD_ENDS[i], len) == 0)
            return true;
    return is_outlet_word(s, len);
}

size_t metadata_outlet_byline(const char *s, size_t len)
{
    enum { MIN_NAME_WORDS = 2 };
    const char *dash = NULL;
    for (const char *p = memchr(s, '-', len); p; p = memchr(p + 1, '-', len - (size_t)(p + 1 - s)))
        dash = p;
    if (!dash || dash == s || dash[-1] != ' ' || (size_t)(dash + 2 - s) >= len || dash[1] != ' ')
        return 0;
    const char *tail = dash + 2;
    size_t tail_len = len - (size_t)(tail - s), name = (size_t)(dash - 1 - s);
    return !memchr(tail, ' ', tail_len) && is_outlet_word(tail, tail_len) &&
                   page_count_words(s, name) >= MIN_NAME_WORDS && metadata_is_bare_name(s, name)
               ? name
               : 0;
}

/* Where the dash that closes a dateline stands in s[0..lim): an en/em dash,
 * " - " or "--", " -Word", "PLACE- ", "(Agency)-Word", "|", or, after a
 * place in capitals, a colon or a full stop. 0 when a sentence ends first. */
/* s[0, dot) is "Place, D Month YYYY", as a release's dateline closed by a
 * full stop writes it ("Tegal, 15 Oktober 2026. Otoritas ..."). */
static bool place_and_date_before(const char *s, size_t dot)
{
    const char *comma = memchr(s, ',', dot);
    if (!comma || comma == s)
        return false;
    size_t i = (size_t)(comma - s) + 1, digits = 0;
    while (i < dot && s[i] == ' ')
        i++;
    while (i < dot && is_digit((unsigned char)s[i]))
        i++, digits++;
    if (digits < 1 || digits > 2 || i >= dot || s[i++] != ' ')
        return false;
    size_t month = i;
    while (i < dot && is_letter((unsigned char)s[i]))
        i++;
    if (date_lookup(DATE_MONTHS, s + month, i - month) < 0 || i >= dot || s[i++] != ' ')
        return false;
    return dot - i == 4 && is_digit((unsigned char)s[i]) && is_digit((unsigned char)s[i + 3]);
}

static size_t dateline_dash(const char *s, size_t len, size_t lim, bool *colon)
{
    bool caps = true;
    size_t comma = 0; /* after "Place, ": the agency's word glued to the dash ("Painan, Padek—Pengelola") */
    for (size_t i = 1; i < lim; i++) {
        unsigned char c = (unsigned char)s[i], prev = (unsigned char)s[i - 1];
        unsigned char next = i + 1 < len ? (unsigned char)s[i + 1] : 0;
        caps &= !is_lower(prev);
        if (c == ',' && !comma && next == ' ')
            comma = i;
        bool agency_word = comma && i > comma + 2 && is_upper((unsigned char)s[comma + 2]) &&
                           !memchr(s + comma + 2, ' ', i - comma - 2);
        /* a dash, not a range's "1–2 September" nor a road's "Lantora–Kunyi"
         * (glued to words not in capitals: "POLEWALI–Pekerjaan" is a dateline's) */
        if (c == '|' ||
            (is_long_dash(s, len, i) &&
             !(i + 3 < len && ((is_digit(prev) && is_digit((unsigned char)s[i + 3])) ||
                               (!caps && !agency_word && is_letter(prev) && is_letter((unsigned char)s[i + 3]))))))
            return i;
        if (c == '-' && (prev == ' ' || prev == ')') && (next == ' ' || next == '-' || is_upper(next)))
            return i;
        if (c == '-' && is_letter(prev) && (next == ' ' || next == ',' || next == '-'))
            return i; /* "MANOKWARI- ", "MARTAPURA-,", "Makassar--Balai" */
        if (c == '-' && caps && is_upper(prev) && is_upper(next) && i + 2 < len && is_lower((unsigned char)s[i + 2]))
            return i; /* "KENDARI-Gubernur": a place in capitals glued to the lead's first word */
        if (c == ':' && !is_digit(prev)) {
            *colon = true;
            return i;
        }
        if (c == '.' && next == ' ' && is_digit(prev) && i + 2 < len && is_upper((unsigned char)s[i + 2]) &&
            place_and_date_before(s, i))
            return i;
        if (c == '.' && next == ' ') {
            size_t word = i;
            while (word > 0 && s[word - 1] != ' ')
                word--;
            if (i - word <= 3 && is_upper((unsigned char)s[word]))
                continue; /* "Kab. Tuban (Humas)—": an abbreviation */
            size_t w = i + 2;
            while (w < len && is_letter((unsigned char)s[w]))
                w++;
            if (caps && i > 2 && is_upper(prev) && is_upper((unsigned char)s[i - 2]) &&
                !is_outlet_word(s + i + 2, w - i - 2))
                return i; /* "TANJUNG SELOR. Pemerintah ...", not "RAGAM NARASI. ID -" */
            size_t lead = i + 1;
            while (lead < len && s[lead] == ' ')
                lead++;
            if (region_lookup(s, i) && lead < len && is_upper((unsigned char)s[lead]))
                return i; /* "Kulon Progo. Komandan ...": a regency or city the gazetteer knows */
            return 0;     /* a sentence ended first */
        }
        /* "WATES, Puncak peringatan ...": a word or two in capitals and a
         * comma before the lead's first word in sentence case (not a
         * headline in capitals: "LANTIK DUA KETUA PTA, KETUA ...") */
        if (c == ',' && caps && next == ' ' && i > 2 && is_upper(prev) && is_upper((unsigned char)s[i - 2]) &&
            i + 3 < len && is_upper((unsigned char)s[i + 2]) && is_lower((unsigned char)s[i + 3]) &&
            page_count_words(s, i) <= DATELINE_PLACE_WORDS - 1)
            return i;
    }
    return 0;
}

/* "Kota Surabaya (Inmas), Rabu ...", "Kab.Kediri (Inmas) Kepala ...": a
 * regency or city and an agency in brackets, no dash after them; the place
 * in s[*start..*end). The gazetteer names the place: a bracket after other
 * words is an acronym's definition ("Sekretaris Kabupaten (Sekkab)"). */
static bool region_before_agency(const char *s, size_t len, size_t lim, size_t *start, size_t *end)
{
    const char *open = memchr(s, '(', lim);
    if (!open || open == s)
        return false;
    size_t place_end = (size_t)(open - s), close = place_end + 1;
    while (close < lim && is_letter((unsigned char)s[close]))
        close++;
    if (close >= len || s[close] != ')' || close == place_end + 1 || !is_upper((unsigned char)s[place_end + 1]))
        return false;
    size_t after = close + 1;
    if (after < len && s[after] == ',')
        after++;
    while (after < len && s[after] == ' ')
        after++;
    size_t word = place_end; /* the place's last word: a regency or city */
    while (word > 0 && s[word - 1] == ' ')
        word--;
    size_t last_end = word;
    while (word > 0 && is_letter((unsigned char)s[word - 1]))
        word--;
    if (after >= len || !is_upper((unsigned char)s[after]) || last_end == word ||
        page_count_words(s, last_end) > DATELINE_PLACE_WORDS || !region_lookup(s + word, last_end - word))
        return false;
    *start = 0;
    *end = last_end;
    return true;
}

/* The place that opens a lead, in s[*start..*end): PLACE [, agency or date]
 * [(agency)] DASH, an outlet's web name before it skipped ("RAKYATKU.COM,
 * MAKASSAR -", "www.x.com - Pekanbaru, ...") and one after it dropped
 * ("MURATARA MSM.COM –"). False when the lead opens otherwise or the place
 * is an outlet's name. */
/* A station's or outlet's call sign in capitals, no place, before the
 * regency or city the dateline names: "JTV, Trenggalek -". */
static bool station_before_region(const char *s, size_t len, size_t w)
{
    enum { MAX_CALL_SIGN = 6 };
    if (w < 2 || w > MAX_CALL_SIGN || w + 2 >= len || s[w] != ',' || s[w + 1] != ' ' || region_lookup(s, w))
        return false;
    for (size_t i = 0; i < w; i++)
        if (!is_upper((unsigned char)s[i]))
            return false;
    size_t from = w + 2, to = from, after;
    while (to < len && is_letter((unsigned char)s[to]))
        to++;
    for (after = to; after < len && s[after] == ' ';)
        after++;
    /* (the place ends the dateline: not "WATES, Puncak peringatan ...") */
    return region_lookup(s + from, to - from) && after < len && (s[after] == '-' || is_long_dash(s, len, after));
}

/* The first word of a headline that names who speaks before its colon
 * ("BPS: Inflasi ...", "Mendikdasmen: Kuota ...", "Jaksa Agung: ..."): an
 * office's, a body's or a field's word, or an acronym of four letters at
 * most that no list knows as a place. */
static bool speaks_before_colon(const char *s, size_t first)
{
    uint32_t lists = speech_lists_of(s, first);
    if (lists & (1u << SPEECH_ORG | 1u << SPEECH_POSITIONS | 1u << SPEECH_FIELDS))
        return true;
    return first <= 4 && seg_is_acronym(s, (seg_span){0, first}) && !(lists & (1u << SPEECH_PLACES)) &&
           !region_lookup(s, first);
}

static bool dateline_span(const char *s, size_t len, size_t *out_start, size_t *out_end)
{
    size_t lead = 0;
    size_t w = 0;
    while (w < len && s[w] != ' ' && s[w] != ',' && s[w] != '|')
        w++;
    /* "BALANGANEWS, BUNTOK -", "KalbarOnline, Pontianak -": an outlet's
     * name before the place */
    bool outlet_first = w > 0 && (page_word_is_domain(s, w) || (w < len && s[w] == ',' && is_outlet_word(s, w)) ||
                                  station_before_region(s, len, w));
    /* "KENDARI POS, WANGGUDU -", "RADAR BOGOR, CIBINONG -": an outlet's name
     * of two or three words, its first or last an outlet's word */
    if (!outlet_first && w > 0 && w < len && s[w] == ' ') {
        size_t comma = w, words = 1, last = 0;
        while (comma < len && comma < DATELINE_WINDOW && s[comma] != ',' && s[comma] != '-' && s[comma] != '|' &&
               !is_long_dash(s, len, comma)) {
            if (s[comma] == ' ' && comma + 1 < len && s[comma + 1] != ' ')
                words++, last = comma + 1;
            comma++;
        }
        outlet_first = comma < len && s[comma] == ',' && words <= OUTLET_NAME_WORDS && last &&
                       is_upper((unsigned char)s[last]) &&
                       (is_outlet_word(s, w) || ends_outlet_name(s + last, comma - last));
        if (outlet_first)
            w = comma;
    }
    if (outlet_first) {
        lead = w;
        while (lead < len && (s[lead] == ' ' || s[lead] == ',' || s[lead] == '|' || s[lead] == '-' ||
                              is_long_dash(s, len, lead)))
            lead += is_long_dash(s, len, lead) ? 3 : 1;
        s += lead;
        len -= lead;
    }
    if (outlet_first && len > 2 && s[0] == '(') { /* "KALBARNEWS.CO.ID (PONTIANAK) - ..." */
        const char *close = memchr(s, ')', len < DATELINE_WINDOW ? len : DATELINE_WINDOW);
        size_t inner = close ? (size_t)(close - s) : 0, after = inner + 1;
        while (after < len && s[after] == ' ')
            after++;
        if (inner > 1 && after < len && (s[after] == '-' || is_long_dash(s, len, after))) {
            size_t start = 1, end = inner;
            trim(s, &start, &end);
            bool place = end > start && page_count_words(s + start, end - start) <= DATELINE_PLACE_WORDS;
            for (size_t i = start; place && i < end; i++)
                place = is_upper((unsigned char)s[i]) || s[i] == ' ';
            if (place) {
                *out_start = lead + start;
                *out_end = lead + end;
                return true;
            }
        }
        return false;
    }
    if (opens_with_agency(s, len, &w) && w + 1 < len && s[w] == ' ' && is_upper((unsigned char)s[w + 1])) {
        lead += w + 1; /* the place after the office */
        s += w + 1;
        len -= w + 1;
    }
    size_t lim = len < DATELINE_WINDOW ? len : DATELINE_WINDOW;
    bool colon = false;
    size_t dash = dateline_dash(s, len, lim, &colon);
    size_t comma = 0;
    while (comma < lim && s[comma] != ',')
        comma++;
    bool comma_ends = !dash && outlet_first && comma < lim;
    if (comma_ends)
        dash = comma; /* "www.x.com - Pekanbaru, Hal ini ..." */
    if (!dash) {
        if (!region_before_agency(s, len, lim, out_start, out_end))
            return false;
        *out_start += lead;
        *out_end += lead;
        return true;
    }
    size_t place_end = 0;
    while (place_end < dash && s[place_end] != ',' && s[place_end] != '(' &&
           !(place_end > 0 && s[place_end - 1] == ' ' && is_digit((unsigned char)s[place_end])))
        place_end++;
    if (comma_ends && place_end < dash)
        return false; /* "SuaraSulsel.id - Sedikitnya 340 warga X, ...": the lead's words, no place */
    size_t start = 0, end = place_end;
    trim(s, &start, &end);
    if (start != 0 || end == 0)
        return false;
    size_t words = 0;
    for (size_t i = 0; i < end; i++) {
        unsigned char c = (unsigned char)s[i];
        if (i == 0 || s[i - 1] == ' ') {
            size_t we = i;
            while (we < end && s[we] != ' ')
                we++;
            if (words > 0 && page_word_is_domain(s + i, we - i) && we == end) {
                end = i; /* "MURATARA MSM.COM –" */
                trim(s, &start, &end);
                break;
            }
            if (!is_upper(c) || is_outlet_word(s + i, we - i) ||
                date_lookup(DATE_WEEKDAYS, s + i, we - i) >= 0)
                return false; /* "Pada Rabu, 13 Desember 2023, ..." is no place */
            words++;
        } else if (!is_letter(c) && c != '-' && c != '\'' && c != '.' && c != ' ' && c < 0x80) {
            return false;
        } else if (colon && is_lower(c) && !outlet_first) {
            return false; /* a place before a colon is in capitals, or after the outlet: "KBRN, Sumenep:" */
        }
    }
    size_t first = 0;
    while (first < end && s[first] != ' ')
        first++;
    size_t after = place_end < dash && s[place_end] == ',' ? place_end + 1 : place_end;
    page_label lab;
    /* a province's or an office's short form and more words is an outlet's
     * name ("JABAR MEMAMGGIL-", "KALBAR SATU ID"), not a place */
    bool short_form_first = words > 1 && lex_index_lookup(LEX_ROLE_SHORT_FORMS, s, first) >= 0;
    /* (a headline's speaker before its colon is no place: "BPS: Inflasi November ...", "Jaksa Agung: ...",
     * a body's or an office's word the gazetteer does not know as a place) */
    if (end == 0 || words > DATELINE_PLACE_WORDS || date_lookup(DATE_WEEKDAYS, s, first) >= 0 || short_form_first ||
        page_label_read(s, end, &lab) || page_count_words(s + after, dash - after) > DATELINE_AFTER_WORDS ||
        (colon && !outlet_first && !region_lookup(s, end) && speaks_before_colon(s, first)))
        return false;
    *out_start = lead;
    *out_end = lead + end;
    return true;
}

bool metadata_opens_with_dateline(const char *s, size_t len)
{
    size_t start, end;
    return dateline_span(s, len, &start, &end);
}

static const char *read_dateline(const char *s, size_t len, arena *a)
{
    size_t start, end;
    return dateline_span(s, len, &start, &end) ? arena_strndup(a, s + start, end - start) : NULL;
}

/* Where the lead goes on after the site's own name and its comma ("Suara
 * Animha, Merauke - ..."), or 0. */
static size_t after_site_name(const page_hints *hints, const char *s, size_t len)
{
    for (size_t i = 0; i < hints->site_names.len; i++) {
        size_t n = strlen(hints->site_names.items[i]);
        if (n + 2 < len && strncasecmp(s, hints->site_names.items[i], n) == 0 && s[n] == ',' && s[n + 1] == ' ')
            return n + 2;
    }
    return 0;
}

static void find_dateline(record *rec, const page_hints *hints, arena *a)
{
    size_t tries = 0;
    for (size_t i = 0; i < rec->paragraphs.len && tries < DATELINE_TRIES; i++) {
        const rec_paragraph *p = &rec->paragraphs.items[i];
        if (p->kind != PARA_BODY)
            continue;
        tries++;
        size_t site = after_site_name(hints, p->text, p->len);
        const char *place = read_dateline(p->text + site, p->len - site, a);
        if (place)
            rec->dateline = place; /* the lead's own wins over a header's "Place, date" line */
        /* (the headline repeated above the lead is one of the stray lines, and
         * so is a summary the page shows first: "Ratusan kendaraan tertahan
         * ... BPBD meminta pengendara menunda perjalanan." / "WANGGUDU – ...") */
        bool headline = rec->title && strlen(rec->title) == p->len && memcmp(rec->title, p->text, p->len) == 0;
        size_t words = page_count_words(p->text, p->len);
        if (place || (words > (tries == 1 ? DATELINE_SUMMARY_WORDS : DATELINE_STRAY_WORDS) && !headline))
            return;
    }
}

/* ---- labels --------------------------------------------------------- */

/* s lower-cased code point by code point, into the arena. */
static char *lowercase(arena *a, const char *s, size_t len)
{
    char *out = arena_alloc(a, len * 4 + 1); /* a lower-case form is at most 4 bytes */
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if (n == 0) {
            out[o++] = s[i++];
            continue;
        }
        o += utf8_encode(utf8proc_tolower(cp), out + o);
        i += n;
    }
    out[o] = '\0';
    return out;
}

/* s ends with a count in brackets: "Berita (84)". */
static bool counted(const char *s, size_t len)
{
    if (len < 4 || s[len - 1] != ')')
        return false;
    size_t i = len - 1;
    while (i > 0 && is_digit((unsigned char)s[i - 1]))
        i--;
    return i < len - 1 && i >= 2 && s[i - 1] == '(' && s[i - 2] == ' ';
}

/* The sections and categories a CMS gives every post it is not told to
 * file elsewhere: WordPress's default category ("Uncategorized", its
 * Indonesian "Tak Berkategori"), Hugo's and Jekyll's content section
 * ("posts", "post" in JSON-LD's articleSection). They say nothing of the
 * article. */
static const lex_entry DEFAULT_SECTIONS[] = {
    {"post", 1}, {"posts", 1}, {"tak berkategori", 1}, {"tidak berkategori", 1}, {"uncategorised", 1},
    {"uncategorized", 1},
};

/* Two labels are one when they differ only where one writes a space and
 * the other its slug's hyphen ("smart city", "smart-city": a script-rendered
 * page's tag names beside their slugs). */
static bool same_label(const char *x, const char *y)
{
    for (; *x && *y; x++, y++)
        if (*x != *y && !((*x == ' ' && *y == '-') || (*x == '-' && *y == ' ')))
            return false;
    return *x == *y;
}

static void tidy_labels(record *rec, arena *a)
{
    size_t kept = 0;
    /* Bounded on both sides: the labels looked at and the ones kept. */
    for (size_t i = 0; i < rec->labels.len && i < 4 * MAX_LABELS && kept < MAX_LABELS; i++) {
        const char *l = rec->labels.items[i];
        if (!l)
            continue;
        size_t start = 0, end = strlen(l);
        trim(l, &start, &end);
        while (start < end && (l[start] == '#' || l[start] == ' '))
            start++;
        size_t digits = start;
        while (digits < end && is_digit((unsigned char)l[digits]))
            digits++;
        if (start == end || digits == end) /* a year's archive ("2025") or a count, no label */
            continue;
        if (counted(l + start, end - start))
            continue; /* "Berita (84)": a category widget's entry with its count, the site's */
        char *low = lowercase(a, l + start, end - start);
        if (!low)
            return;
        if (lex_lookup(LEX_TABLE(DEFAULT_SECTIONS), low, strlen(low)) >= 0)
            continue;
        bool seen = false;
        for (size_t j = 0; j < kept && !seen; j++)
            if ((seen = same_label(rec->labels.items[j], low)) && strchr(rec->labels.items[j], '-') &&
                !strchr(low, '-'))
                rec->labels.items[j] = low; /* the name as written, not its slug */
        if (!seen)
            rec->labels.items[kept++] = low;
    }
    rec->labels.len = kept;
}

/* A headline's trailing emoji is decoration ("... Hanya Lewat Ferizy 🚢"). */
static void tidy_title(record *rec, arena *a)
{
    size_t len = rec->title ? strlen(rec->title) : 0, kept = unicode_trim_trailing_symbols(rec->title, len);
    if (kept < len)
        rec->title = kept ? arena_strndup(a, rec->title, kept) : NULL;
}

void metadata_finish(record *rec, page_hints *hints, arena *a)
{
    tidy_title(rec, a);
    read_hint_credits(rec, hints, a);
    read_body_credits(rec, a);
    tidy_credits(rec, a);
    find_dateline(rec, hints, a);
    tidy_labels(rec, a);
}
