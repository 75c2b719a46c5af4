/* The language as data: every word list the stages look words up in. Stages
 * never spell words out in code. Sections: page (credit and label line
 * labels), dates (months, weekdays, zones, range words), speech (cues,
 * honorifics, titles, degrees, positions, pronouns). */
#ifndef BERITA_LEXICON_H
#define BERITA_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A word and the value it stands for (a month number, a credit role...). */
typedef struct {
    const char *word;
    int value;
} lex_entry;

typedef struct {
    const lex_entry *entries;
    size_t count;
} lex_table;

#define LEX_TABLE(array) ((lex_table){(array), sizeof(array) / sizeof *(array)})

/* The value of `word` (len bytes, compared case-insensitively in ASCII) in a
 * stage's own small table, by a scan, or -1 when the table does not hold
 * it. The named lists below are looked up through the index instead
 * (page_lookup, date_lookup, speech_lookup). */
int lex_lookup(lex_table table, const char *word, size_t len);

/* ---- page ---- */

/* What the label opening a page line ("Penulis:", "Tags:", "Baca juga")
 * announces. The credit kinds equal record.h's credit_role values. */
enum {
    PAGE_AUTHOR = 0,
    PAGE_REPORTER = 1,
    PAGE_EDITOR = 2,
    PAGE_PHOTOGRAPHER = 3,
    PAGE_SOURCE = 4,
    PAGE_LABELS,   /* tags and categories of the article */
    PAGE_CAPTION,  /* an image caption or file name: "Gambar:", "Keterangan foto:" */
    PAGE_CONTACT,  /* a press contact, never a credit: "Narahubung:" */
    PAGE_SHARE,    /* a share bar, one line: "Bagikan:" */
    PAGE_RELATED,  /* a link to another article, one line: "Baca juga:" */
    PAGE_END,      /* what follows the article: "Berita Terkait", comments */
    PAGE_KIND_MASK = 0xff,
    PAGE_BARE = 0x100,      /* may run into its value with no colon: "Ditulis oleh X" */
    PAGE_WITH_PHOTO = 0x200 /* an author's label that credits the photos too: "Teks & Foto: X" */
};
typedef enum {
    PAGE_LINE_LABELS,  /* one to three words; values are PAGE_* kinds, maybe | PAGE_BARE */
    PAGE_CMS_LOGINS,   /* a word that makes a byline a CMS account: "Admin" */
    PAGE_STAND_INS,    /* a word that credits no one: "Foto: Istimewa"; STAND_IN_ALONE: unless named, "(Red)" */
    PAGE_NAME_STOPS,   /* a byline's name ends before them: "Dikirim oleh X pada Sen, 05/06" */
    PAGE_NAME_LINKS,   /* lower-case words inside a name: "Ahmad bin Umar" */
    PAGE_LIST_COUNT
} page_list;
extern const lex_table PAGE_LISTS[PAGE_LIST_COUNT];
enum { STAND_IN_ALONE = 2 }; /* PAGE_STAND_INS value of a newsroom's word: "(Red)" names no one, "Tim Redaksi" does */
/* The nouns a site's sections are named with: "Berita", "Artikel" (lex_lookup: a few words). */
extern const lex_table PAGE_SECTION_NOUNS;

/* ---- dates ---- */

/* Month values are 1-12 and weekday values 0 (Monday) to 6 (Sunday), or'ed
 * with DATE_ABBREV for a short form ("Agu", "Jum") that only counts right
 * before a date. Zone values are minutes east of UTC. */
enum { DATE_ABBREV = 0x100, DATE_VALUE_MASK = 0xff };
/* Relative day values are the days after the reference plus this, so that
 * "kemarin" is not lex_lookup's -1. */
enum { DATE_RELATIVE_ZERO = 16 };
typedef enum {
    DATE_MONTHS,         /* Indonesian, old spellings, English; 1-12 */
    DATE_WEEKDAYS,       /* Senin, Jum'at, Ahad, Monday; 0-6 */
    DATE_RANGE_WORDS,    /* what joins the two ends of a range: hingga, s.d., "–" */
    DATE_DAY_CUES,       /* "tanggal" before a day number */
    DATE_RELATIVE_DAYS,  /* one or two words; DATE_RELATIVE_ZERO + days after the reference */
    DATE_PERIOD_NOUNS,   /* before "kemarin" it means "recent", not yesterday */
    DATE_NUMBER_CUES,    /* before numbers that are codes: Nomor, file names (Image, IMG) */
    DATE_TIME_CUES,      /* before a clock time: pukul */
    DATE_ZONES,          /* WIB, WITA, WIT; minutes east of UTC */
    DATE_UTC_NAMES,      /* GMT, UTC, Z in machine timestamps */
    DATE_WEEKDAY_CUES,   /* "hari" before a weekday after a relative day: "besok hari Senin, 23 Juni" */
    DATE_DAY_PARTS,      /* pagi, sore: between a weekday and its date ("Jumat sore (24/9)") */
    DATE_MONTH_CUES,     /* "bulan" before a month name */
    DATE_DIRECTIONS,     /* after a month or a date: DATE_RELATIVE_ZERO + 1 ahead, - 1 behind, - 2 long ago */
    DATE_COORDINATORS,   /* "dan" between two months that share a year */
    DATE_DECREE_CUES,    /* words naming a regulation or letter, whose date is not the article's */
    DATE_FUTURE_CUES,    /* "akan" before a date in its sentence: an event ahead */
    DATE_YEAR_CUES,      /* before a number that is a year: "tahun 2016", "pada 2016" */
    DATE_COUNTS,         /* numbers as words: "tiga hari ini" is a span of days, not today */
    DATE_LIST_COUNT
} date_list;
extern const lex_table DATE_LISTS[DATE_LIST_COUNT];
/* The Islamic calendar's months as Indonesian copy spells them, and Java's Sura, 1-12; "H", "Hijriah"
 * after a Hijri year, HIJRI_ERA (lex_lookup: read only after a day's number). */
enum { HIJRI_ERA = 13 };
extern const lex_table HIJRI_CALENDAR_WORDS;

/* ---- speech ---- */

/* The speech word lists (quotes.c, segment.c, speakers.c). Cue values are
 * CUE_* flags; position values POS_*. */
enum {
    CUE_BARE = 1,    /* after a quote: "..." ujar X / ujarnya */
    CUE_VERB = 2,    /* reports speech: X menjelaskan, ... / bahwa ... */
    CUE_CLAUSE = 4,  /* may take a clause with no bahwa or comma: X mengatakan pihaknya ... */
    CUE_PASSIVE = 8, /* Hal itu disampaikan X */
    CUE_NOUN = 16,   /* a speech noun: "...," demikian sambutan X; Dalam sambutannya, "..." */
    CUE_SAYING = 32, /* takes a clause, never a noun phrase: mengatakan X yang menjadi ... */
    CUE_JUDGING = 64, /* judges what its clause says: X menilai kebijakan tersebut masuk akal */
    CUE_ADDRESSING = 128, /* addresses people: a verb after its object is what they are told to do
                             (X mengingatkan warga membuang ...), only an auxiliary a clause's */
    CUE_AGENT = 256, /* a passive whose agent speaks next, reporting nothing itself: Hal tersebut
                        dibenarkan oleh X. Ia menilai ... */
    CUE_NAMING = 512 /* reports a clause as a verb of saying does, unless its complement names things:
                        X menyebutkan sejumlah program ...; X menyebut Y sebagai ... */
};
/* SPEECH_POSITIONS values; POS_BEFORE_OFFICE: an office only before another
 * office word ("Perdana Menteri"; "Rizky Perdana" is a name); POS_TOPIC: a
 * description of the people a report is about (Pelaku, Korban), whose
 * acts in a sentence make no one the source of what follows */
enum { POS_OFFICE = 1, POS_DESCRIPTOR = 2, POS_BEFORE_OFFICE = 3, POS_TOPIC = 4 };
/* SPEECH_INTRO value of the prepositions made like verbs (melalui, mengenai, menurut, menjelang,
 * menuju): no predicate; INTRO_CLAUSE, the conjunctions that open an adverbial clause of time or
 * manner (saat, ketika, usai, sambil): a passive after one is no sentence's predicate ("X masih
 * tampak syok saat ditemui di Puskesmas") */
enum { INTRO_PREPOSITION = 2, INTRO_CLAUSE = 3 };
/* SPEECH_AUX value of a negation (tidak, belum, bukan, enggan): "belum menyatakan akan ..." reports no speech */
enum { AUX_NEGATION = 2 };
/* SPEECH_ANAPHORA values: ini, itu, tersebut close a noun phrase; senada, serupa say the same again */
enum { ANAPHORA_DEMONSTRATIVE = 2, ANAPHORA_LIKENESS = 3 };
enum { TITLE_CORPS = 2 }; /* SPEECH_TITLES value of a corps marker: the word before it is a rank ("Jenderal TNI") */
enum { ORG_BODY = 1, ORG_UNIT = 2 }; /* SPEECH_ORG values: a body or region; an office's internal division */
enum { OPENER_PARTICIPLE = 2 }; /* SPEECH_OPENERS value of a passive opening an adverbial: "Ditemui ..., X" */
typedef enum {
    SPEECH_CUES,
    SPEECH_HONORIFICS,     /* Bapak, Ibu, Sdr. */
    SPEECH_TITLES,         /* before a name: Dr., Ir., H., ranks */
    SPEECH_DEGREES,        /* after a name, when not written S.T.-style */
    SPEECH_POSITIONS,      /* offices and descriptions that head a role */
    SPEECH_PRONOUNS,       /* ia, dia, beliau */
    SPEECH_MENTION_STOPS,  /* end a mention: ujar X saat ... */
    SPEECH_INTRO,          /* open a sentence's adverbial: Sementara itu, ... */
    SPEECH_CLAUSE_MARKS,   /* bahwa, agar, supaya */
    SPEECH_AUX,            /* mark a predicate: akan, telah, harus */
    SPEECH_FILLERS,        /* before a role: salah satu, seorang */
    SPEECH_ORG,            /* open an organisation or region: Dinas, Kabupaten */
    SPEECH_ANAPHORA,       /* Hal itu, Demikian */
    SPEECH_CLOSERS,        /* after a quote, before its source: "...," demikian X */
    SPEECH_CONJUNCTIONS,   /* join the last item of a list: dan, serta */
    SPEECH_ASIDES,         /* open a comma aside inside a clause: ", khususnya ...," */
    SPEECH_OFFICE_QUALIFIERS, /* after an office word, part of it: Sekretaris Jenderal, Direktur Utama */
    SPEECH_ABBREVIATIONS,  /* a full stop after them ends no sentence: s.d., dkk., No., Rp. */
    SPEECH_SUBORDINATORS,  /* open a reported clause: jika, karena */
    SPEECH_CLAUSE_SUBJECTS, /* -nya words that are a clause's subject: pihaknya */
    SPEECH_FEELINGS,       /* mengaku senang: a feeling, no clause */
    SPEECH_CONNECTIVES,    /* a connective before a cue or a subject: Itu sebabnya, lanjut X, */
    SPEECH_OPENERS,        /* open a sentence, never a name: Lalu, Diketahui, Pasca */
    SPEECH_PLACES,         /* place words, never a name: Jawa, Tengah, Riau */
    SPEECH_PLACE_UNITS,    /* a place's name follows them: Kabupaten, Desa, Pemkab */
    SPEECH_FIELDS,         /* an office's field, never a name: Kesehatan, Agama, Humas */
    SPEECH_SELF_REFERENCES, /* point back to the person spoken of: dirinya, pria */
    SPEECH_NAME_PARTICLES, /* lower-case words inside a name: bin, binti, van */
    SPEECH_FORMER,         /* a former office, an epithet: Mantan, Eks */
    SPEECH_ACCORDING,      /* the source follows them: menurut, berdasarkan */
    SPEECH_GIVEN_NAMES,    /* common first words of names: Abdul, Muhammad, Sri */
    SPEECH_EVENTS,         /* head an event's name, never a person's: Sidang, Rapat; Mereka */
    SPEECH_LIST_COUNT
} speech_list;
extern const lex_table SPEECH_LISTS[SPEECH_LIST_COUNT];
/* The value of word[0..len) in a speech list (ASCII case folded), or -1. */
int speech_lookup(speech_list list, const char *word, size_t len);
/* The speech lists holding word[0..len), a mask of 1u << list: one lookup
 * for a word tested against several lists, most words being in none. */
uint32_t speech_lists_of(const char *word, size_t len);
/* Offices as the press shortens them: "Wabup" for "Wakil Bupati". */
typedef struct {
    const char *abbrev, *full;
} speech_role_abbrev;
extern const speech_role_abbrev SPEECH_ROLE_ABBREVS[];
extern const size_t SPEECH_ROLE_ABBREV_COUNT;
/* Epithets of an office ("Kepala Negara": "Presiden"). */
extern const speech_role_abbrev SPEECH_OFFICE_EPITHETS[];
extern const size_t SPEECH_OFFICE_EPITHET_COUNT;
/* Ranks of several words ("Inspektur Jenderal", "Letnan Kolonel"). */
extern const char *const SPEECH_RANK_PHRASES[];
extern const size_t SPEECH_RANK_PHRASE_COUNT;
/* The full office an abbreviated one stands for ("Wabup": "Wakil Bupati"),
 * or NULL. */
const char *speech_role_expansion(const char *word, size_t len);
/* The names of Indonesia's regencies and cities, each lower case without
 * its spaces and hyphens ("gunungkidul", "tolitoli"). */
extern const lex_table REGION_NAMES;
/* The names of countries, keyed the same way ("amerikaserikat", "jepang"). */
extern const lex_table COUNTRY_NAMES;
/* The words before a nickname: "yang akrab disapa Hendi", "dikenal dengan
 * nama panggung Rinoa" (values: NICK_CUE, or NICK_LINK for the words that
 * may stand between the cue and the nickname); and NICK_NAMING, the words
 * that give a described person's name: "warga bernama Siti", "Lurah yang
 * bernama lengkap Mangapul Damanik"; NICK_ALIAS, a cue right after the name
 * ("Slamet Widodo Sutarmanto alias Mbah Met"). */
enum { NICK_CUE = 1, NICK_LINK = 2, NICK_NAMING = 3, NICK_ALIAS = 4 };
extern const lex_table NICKNAME_WORDS;
/* Adjectives whose -nya form heads a noun phrase ("menegaskan pentingnya
 * menjaga ..."), unlike a noun's ("menegaskan partainya menolak ..."). */
extern const lex_table NOMINAL_ADJECTIVES;
enum { STATE_UNDERGONE = 2 }; /* NOMINAL_ADJECTIVES: "kalah", "kehilangan" */
/* Words made like a verb (me-, ber-, di-) that are none: "berita", "media", "dinas", "disiplin". */
extern const lex_table NOT_VERBS;
/* The bare verbs a headline puts after its subject ("Mendag Rahmi Kartikasari Cek Harga ..."). */
extern const lex_table HEADLINE_VERBS;
/* Verbs with no me-, ber- or di- before them that are a clause's predicate: "para pengepul datang dari
 * Dobo", "ia belajar lengger karena ...". */
extern const lex_table BARE_VERBS;
/* Words that make a figure a clause's predicate: "jumlah penduduk miskin sebanyak 301,2 ribu orang". */
extern const lex_table QUANTITY_PREDICATES;

/* ---- one index over every list (lexicon_index.c) ---- */

/* Every list above as one number: the bit of a word's list mask. */
enum {
    LEX_PAGE_BASE = 0,
    LEX_DATE_BASE = LEX_PAGE_BASE + PAGE_LIST_COUNT,
    LEX_SPEECH_BASE = LEX_DATE_BASE + DATE_LIST_COUNT,
    LEX_ROLE_SHORT_FORMS = LEX_SPEECH_BASE + SPEECH_LIST_COUNT, /* values index SPEECH_ROLE_ABBREVS */
    LEX_REGIONS,                                                /* REGION_NAMES and COUNTRY_NAMES */
    LEX_NICKNAMES,                                              /* NICKNAME_WORDS */
    LEX_NOMINAL_ADJECTIVES,                                     /* NOMINAL_ADJECTIVES */
    LEX_NOT_VERBS,                                              /* NOT_VERBS */
    LEX_HEADLINE_VERBS,                                         /* HEADLINE_VERBS */
    LEX_QUANTITY_PREDICATES,                                    /* QUANTITY_PREDICATES */
    LEX_BARE_VERBS,                                             /* BARE_VERBS */
    LEX_LIST_COUNT
};
_Static_assert(LEX_LIST_COUNT <= 64, "a word's lists are the bits of a uint64_t");
_Static_assert(SPEECH_LIST_COUNT <= 32, "speech_lists_of's mask holds at most 32 lists");

/* The index lexicon_gen builds at compile time from the tables above: a
 * word (ASCII case folded), its lists and, at value_at in a shared array,
 * its value in each of them in list order. */
enum { LEX_INDEX_SLOTS = 8192 };
typedef struct {
    const char *word;
    uint8_t len;
    uint16_t value_at;
    uint64_t lists;
} lex_index_entry;
typedef struct {
    uint32_t hash;
    uint16_t entry; /* 1-based; 0: an empty slot */
} lex_index_slot;

static inline unsigned char lex_fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

/* The index's hash of a word, the same for words equal but for ASCII case:
 * its length and its first and last two bytes with bit 0x20 set, mixed.
 * Looked up for every word of a body, so no loop over the word; the
 * entries sharing a hash are told apart by their words. */
static inline uint32_t lex_fold_hash(const char *word, size_t len)
{
    if (!len)
        return 0;
    const unsigned char *w = (const unsigned char *)word;
    uint32_t ends = ((uint32_t)w[0] | (uint32_t)w[len > 1 ? 1 : 0] << 8 | (uint32_t)w[len > 2 ? len - 2 : 0] << 16 |
                     (uint32_t)w[len - 1] << 24) |
                    0x20202020u;
    uint32_t h = (ends ^ (uint32_t)len * 0x9E3779B1u) * 0x85EBCA77u;
    return h ^ (h >> 15);
}

/* The lists holding word[0..len), a mask of 1 << LEX_* list number. */
uint64_t lex_lists_of(const char *word, size_t len);
/* word's value in one list of the index, or -1. */
int lex_index_lookup(unsigned list, const char *word, size_t len);
static inline int page_lookup(page_list list, const char *word, size_t len)
{
    return lex_index_lookup(LEX_PAGE_BASE + list, word, len);
}
static inline int date_lookup(date_list list, const char *word, size_t len)
{
    return lex_index_lookup(LEX_DATE_BASE + list, word, len);
}
/* Whether key[0..len) is a regency's, a city's or a country's name as
 * REGION_NAMES and COUNTRY_NAMES write them (ASCII case folded). */
static inline bool region_lookup(const char *key, size_t len) { return lex_index_lookup(LEX_REGIONS, key, len) >= 0; }
/* Whether word[0..len) is an adjective of NOMINAL_ADJECTIVES. */
static inline bool nominal_adjective(const char *word, size_t len)
{
    return lex_index_lookup(LEX_NOMINAL_ADJECTIVES, word, len) >= 0;
}
/* Whether word[0..len) looks like a verb and is none (NOT_VERBS). */
static inline bool not_a_verb(const char *word, size_t len) { return lex_index_lookup(LEX_NOT_VERBS, word, len) >= 0; }
/* Whether word[0..len) is a state that befalls someone (NOMINAL_ADJECTIVES' STATE_UNDERGONE). */
static inline bool undergone_state(const char *word, size_t len)
{
    return lex_index_lookup(LEX_NOMINAL_ADJECTIVES, word, len) == STATE_UNDERGONE;
}
/* Whether word[0..len) is a verb of BARE_VERBS. */
static inline bool bare_verb(const char *word, size_t len) { return lex_index_lookup(LEX_BARE_VERBS, word, len) >= 0; }
/* Whether word[0..len) makes the figure after it a predicate (QUANTITY_PREDICATES). */
static inline bool quantity_predicate(const char *word, size_t len)
{
    return lex_index_lookup(LEX_QUANTITY_PREDICATES, word, len) >= 0;
}
/* Whether word[0..len) is a headline's bare verb (HEADLINE_VERBS). */
static inline bool headline_verb(const char *word, size_t len)
{
    return lex_index_lookup(LEX_HEADLINE_VERBS, word, len) >= 0;
}
/* NICK_CUE, NICK_LINK, NICK_NAMING or -1 for word[0..len) (NICKNAME_WORDS). */
static inline int nickname_lookup(const char *word, size_t len) { return lex_index_lookup(LEX_NICKNAMES, word, len); }

#endif
