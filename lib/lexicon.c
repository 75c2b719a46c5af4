#include "lexicon.h"

#include <string.h>
#include <strings.h>

int lex_lookup(lex_table table, const char *word, size_t len)
{
    if (!len)
        return -1;
    /* the first letter, then the rest: most entries fail at once, and none
     * is measured (an entry shorter than `len` differs at its NUL) */
    unsigned char first = (unsigned char)(word[0] | 0x20);
    for (size_t i = 0; i < table.count; i++) {
        const char *e = table.entries[i].word;
        if ((unsigned char)(e[0] | 0x20) == first && strncasecmp(e, word, len) == 0 && !e[len])
            return table.entries[i].value;
    }
    return -1;
}

/* ---- page: credit and label line labels (metadata.c, text.c, html.c) ---- */

static const lex_entry PAGE_LINE_LABEL_WORDS[] = {
    {"penulis", PAGE_AUTHOR}, {"ditulis oleh", PAGE_AUTHOR | PAGE_BARE}, {"oleh", PAGE_AUTHOR | PAGE_BARE},
    {"diposting oleh", PAGE_AUTHOR | PAGE_BARE}, {"diposkan oleh", PAGE_AUTHOR | PAGE_BARE},
    {"dikirim oleh", PAGE_AUTHOR | PAGE_BARE}, {"posted by", PAGE_AUTHOR | PAGE_BARE},
    {"submitted by", PAGE_AUTHOR | PAGE_BARE}, /* Drupal's default byline */
    {"written by", PAGE_AUTHOR | PAGE_BARE}, {"by", PAGE_AUTHOR | PAGE_BARE}, /* English themes' bylines */
    {"author", PAGE_AUTHOR}, {"teks", PAGE_AUTHOR},
    /* one credit for the words and the photos ("Teks & Foto: Tim Dokumentasi TBY"; probe sets) */
    {"teks & foto", PAGE_AUTHOR | PAGE_WITH_PHOTO}, {"teks dan foto", PAGE_AUTHOR | PAGE_WITH_PHOTO},
    {"naskah & foto", PAGE_AUTHOR | PAGE_WITH_PHOTO}, {"naskah dan foto", PAGE_AUTHOR | PAGE_WITH_PHOTO},
    {"naskah", PAGE_AUTHOR}, {"reporter", PAGE_REPORTER}, {"pewarta", PAGE_REPORTER},
    {"wartawan", PAGE_REPORTER}, {"kontributor", PAGE_REPORTER}, {"liputan", PAGE_REPORTER},
    {"jurnalis", PAGE_REPORTER}, {"laporan reporter", PAGE_REPORTER | PAGE_BARE},
    {"laporan wartawan", PAGE_REPORTER | PAGE_BARE}, /* Tribun's "Laporan Wartawan X.com, Y" */
    {"laporan kontributor", PAGE_REPORTER | PAGE_BARE}, /* "Laporan Kontributor POS-KUPANG.COM, Y" */
    {"laporan", PAGE_REPORTER}, /* with its colon only: "Laporan: X | Editor: Y" */
    {"editor", PAGE_EDITOR}, {"penyunting", PAGE_EDITOR}, {"redaktur", PAGE_EDITOR},
    {"editing", PAGE_EDITOR}, {"foto", PAGE_PHOTOGRAPHER}, {"fotografer", PAGE_PHOTOGRAPHER},
    {"rep", PAGE_REPORTER}, {"red", PAGE_EDITOR}, /* Republika's "Rep: X/ Red: Y" */
    {"pewarta foto", PAGE_PHOTOGRAPHER}, {"foto oleh", PAGE_PHOTOGRAPHER | PAGE_BARE},
    /* television newsrooms' camera credit (TVRI's and regional stations' "Reporter: X | Kamerawan: Y") */
    {"kamerawan", PAGE_PHOTOGRAPHER}, {"juru kamera", PAGE_PHOTOGRAPHER}, {"videografer", PAGE_PHOTOGRAPHER},
    {"photo", PAGE_PHOTOGRAPHER}, {"sumber foto", PAGE_PHOTOGRAPHER}, {"sumber", PAGE_SOURCE},
    {"source", PAGE_SOURCE},
    {"label", PAGE_LABELS | PAGE_BARE}, {"labels", PAGE_LABELS | PAGE_BARE}, {"tag", PAGE_LABELS | PAGE_BARE},
    {"tags", PAGE_LABELS | PAGE_BARE}, {"tagar", PAGE_LABELS | PAGE_BARE}, {"kategori", PAGE_LABELS | PAGE_BARE},
    {"category", PAGE_LABELS | PAGE_BARE}, {"categories", PAGE_LABELS | PAGE_BARE},
    {"topik", PAGE_LABELS | PAGE_BARE}, {"topik terkait", PAGE_LABELS | PAGE_BARE}, /* CNN Indonesia */
    {"tag terkait", PAGE_LABELS | PAGE_BARE}, {"tags terkait", PAGE_LABELS | PAGE_BARE},
    {"posted in", PAGE_LABELS | PAGE_BARE}, {"tagged", PAGE_LABELS | PAGE_BARE}, /* WordPress's _s themes */
    {"tagged with", PAGE_LABELS | PAGE_BARE}, /* Wagtail's blog pages */
    {"gambar", PAGE_CAPTION}, {"keterangan foto", PAGE_CAPTION},
    {"keterangan gambar", PAGE_CAPTION}, {"keterangan", PAGE_CAPTION}, {"ket", PAGE_CAPTION},
    {"caption", PAGE_CAPTION}, {"ilustrasi", PAGE_CAPTION}, {"narahubung", PAGE_CONTACT},
    {"kontak media", PAGE_CONTACT}, {"kontak", PAGE_CONTACT}, {"contact person", PAGE_CONTACT},
    {"informasi lebih lanjut", PAGE_CONTACT}, {"bagikan", PAGE_SHARE | PAGE_BARE},
    {"bagikan ke", PAGE_SHARE | PAGE_BARE},
    {"share", PAGE_SHARE | PAGE_BARE}, {"sebarkan", PAGE_SHARE | PAGE_BARE},
    /* a page's download button ("Unduh PDF", "Download"; probe sets), never a byline */
    {"unduh", PAGE_SHARE | PAGE_BARE}, {"download", PAGE_SHARE | PAGE_BARE},
    /* Blogger's share links and comment count in its Indonesian interface */
    {"kirimkan ini lewat email", PAGE_SHARE | PAGE_BARE}, {"blogthis", PAGE_SHARE | PAGE_BARE},
    {"berbagi ke", PAGE_SHARE | PAGE_BARE}, {"bagikan ke pinterest", PAGE_SHARE | PAGE_BARE},
    {"tidak ada komentar", PAGE_END | PAGE_BARE},
    {"baca juga", PAGE_RELATED | PAGE_BARE}, {"baca pula", PAGE_RELATED | PAGE_BARE},
    {"simak juga", PAGE_RELATED | PAGE_BARE}, {"lihat juga", PAGE_RELATED | PAGE_BARE},
    {"tonton juga", PAGE_RELATED | PAGE_BARE},
    {"berita terkait", PAGE_END | PAGE_BARE}, {"berita lainnya", PAGE_END | PAGE_BARE},
    {"berita lain", PAGE_END | PAGE_BARE}, {"artikel terkait", PAGE_END | PAGE_BARE},
    {"tulisan terkait", PAGE_END | PAGE_BARE}, {"postingan terkait", PAGE_END | PAGE_BARE},
    {"berita populer", PAGE_END | PAGE_BARE}, {"berita terbaru", PAGE_END | PAGE_BARE},
    {"terpopuler", PAGE_END | PAGE_BARE}, {"tinggalkan balasan", PAGE_END | PAGE_BARE},
    {"tinggalkan komentar", PAGE_END | PAGE_BARE}, {"komentar", PAGE_END | PAGE_BARE},
    {"posting komentar", PAGE_END | PAGE_BARE}, {"tentang penulis", PAGE_END | PAGE_BARE},
    {"berita terkini", PAGE_END | PAGE_BARE}, {"artikel terbaru", PAGE_END | PAGE_BARE},
    {"artikel lainnya", PAGE_END | PAGE_BARE}, {"postingan terbaru", PAGE_END | PAGE_BARE},
    {"related posts", PAGE_END | PAGE_BARE}, {"recent posts", PAGE_END | PAGE_BARE},
    {"related", PAGE_END | PAGE_BARE}, /* Jetpack's related posts under "Share this:" */
    {"post navigation", PAGE_END | PAGE_BARE},
    /* Jetpack's blocks under a WordPress post, English and Indonesian ("Like this:", "Suka ini:"), and the
     * comments' heading ("One thought on “...”", "2 thoughts on ...") */
    {"like this", PAGE_END | PAGE_BARE}, {"suka ini", PAGE_END | PAGE_BARE},
    {"one thought on", PAGE_END | PAGE_BARE}, {"thoughts on", PAGE_END | PAGE_BARE},
};
/* Account names CMSs show as a byline (WordPress, Joomla's "Super User" and the go.id CMSs of the
 * corpora); a name holding one of these words is an account, no one's. */
static const lex_entry PAGE_CMS_LOGIN_WORDS[] = {
    {"admin", 1}, {"administrator", 1}, {"superadmin", 1}, {"operator", 1}, {"webmaster", 1}, {"user", 1},
};
/* What a photo credit names instead of a photographer (captions of the real and wild corpora). */
static const lex_entry PAGE_STAND_IN_WORDS[] = {
    {"istimewa", 1}, {"ist", 1}, {"ilustrasi", 1}, {"net", 1}, {"internet", 1}, {"google", 1},
    {"screenshot", 1}, {"tangkapan", 1},
    /* a newsroom's sign-off "(Red)" names no one (real corpus); with a name it is that newsroom's
     * credit ("Redaksi FKUB", "Tim Redaksi": the blind sets): STAND_IN_ALONE */
    {"red", STAND_IN_ALONE}, {"redaksi", STAND_IN_ALONE}, {"adv", 1}, {"advertorial", 1},
};
/* Words after a byline's name before its date or category ("Dikirim oleh X pada Sen, 05/06"; real and wild
 * corpora; "Ditulis oleh X dalam Berita", "by X in News": WordPress block themes). */
static const lex_entry PAGE_NAME_STOP_WORDS[] = {
    {"pada", 1}, {"di", 1}, {"tanggal", 1}, {"on", 1}, {"at", 1}, {"dalam", 1}, {"in", 1},
};
/* lower-case particles of Indonesian and Dutch-descended names (GOLD.md name parts) */
static const lex_entry PAGE_NAME_LINK_WORDS[] = {
    {"bin", 1}, {"binti", 1}, {"van", 1}, {"de", 1}, {"al", 1}, {"boru", 1}, {"br", 1}, {"da", 1}, {"dos", 1},
};
/* The nouns a site's sections are named with ("Berita Balai", "Kegiatan Pimpinan", "Artikel"; the real
 * and wild corpora): a category, no writer's name; a <title>'s side, not the headline ("Berita - Portal
 * Resmi Pemerintah Kabupaten X"). */
static const lex_entry PAGE_SECTION_WORDS[] = {
    {"agenda", 1}, {"artikel", 1}, {"berita", 1}, {"kegiatan", 1}, {"opini", 1}, {"pengumuman", 1},
};

#define PAGE_LIST(array) {(array), sizeof(array) / sizeof *(array)}
const lex_table PAGE_LISTS[PAGE_LIST_COUNT] = {
    [PAGE_LINE_LABELS] = PAGE_LIST(PAGE_LINE_LABEL_WORDS),
    [PAGE_CMS_LOGINS] = PAGE_LIST(PAGE_CMS_LOGIN_WORDS),
    [PAGE_STAND_INS] = PAGE_LIST(PAGE_STAND_IN_WORDS),
    [PAGE_NAME_STOPS] = PAGE_LIST(PAGE_NAME_STOP_WORDS),
    [PAGE_NAME_LINKS] = PAGE_LIST(PAGE_NAME_LINK_WORDS),
};
const lex_table PAGE_SECTION_NOUNS = PAGE_LIST(PAGE_SECTION_WORDS);

/* ---- dates: months, weekdays, zones, range and relative words (dates.c) ---- */

static const lex_entry DATE_MONTH_WORDS[] = {
    {"januari", 1}, {"februari", 2}, {"pebruari", 2}, {"maret", 3}, {"april", 4}, {"mei", 5}, {"juni", 6},
    {"juli", 7}, {"agustus", 8}, {"september", 9}, {"oktober", 10}, {"november", 11}, {"nopember", 11},
    {"desember", 12}, {"january", 1}, {"february", 2}, {"march", 3}, {"may", 5}, {"june", 6}, {"july", 7},
    {"august", 8}, {"october", 10}, {"december", 12},
    {"jan", 1 | DATE_ABBREV}, {"feb", 2 | DATE_ABBREV}, {"peb", 2 | DATE_ABBREV}, {"mar", 3 | DATE_ABBREV},
    {"apr", 4 | DATE_ABBREV}, {"jun", 6 | DATE_ABBREV}, {"jul", 7 | DATE_ABBREV}, {"agu", 8 | DATE_ABBREV},
    {"agt", 8 | DATE_ABBREV}, {"ags", 8 | DATE_ABBREV}, {"agst", 8 | DATE_ABBREV}, {"aug", 8 | DATE_ABBREV},
    {"sep", 9 | DATE_ABBREV}, {"sept", 9 | DATE_ABBREV}, {"okt", 10 | DATE_ABBREV}, {"oct", 10 | DATE_ABBREV},
    {"nov", 11 | DATE_ABBREV}, {"nop", 11 | DATE_ABBREV}, {"des", 12 | DATE_ABBREV}, {"dec", 12 | DATE_ABBREV},
};
/* Indonesian and English weekday names, the old spelling Jum'at, and the short forms of the
 * corpora's date lines ("Sen, 05/06/2023"). */
static const lex_entry DATE_WEEKDAY_WORDS[] = {
    {"senin", 0}, {"selasa", 1}, {"rabu", 2}, {"kamis", 3}, {"jumat", 4}, {"jum'at", 4}, {"jum\u2019at", 4},
    {"sabtu", 5}, {"minggu", 6}, {"ahad", 6}, {"monday", 0}, {"tuesday", 1}, {"wednesday", 2},
    {"thursday", 3}, {"friday", 4}, {"saturday", 5}, {"sunday", 6},
    {"sen", 0 | DATE_ABBREV}, {"sel", 1 | DATE_ABBREV}, {"rab", 2 | DATE_ABBREV}, {"kam", 3 | DATE_ABBREV},
    {"jum", 4 | DATE_ABBREV}, {"sab", 5 | DATE_ABBREV}, {"min", 6 | DATE_ABBREV}, {"mgg", 6 | DATE_ABBREV},
    {"mon", 0 | DATE_ABBREV}, {"tue", 1 | DATE_ABBREV}, {"wed", 2 | DATE_ABBREV}, {"thu", 3 | DATE_ABBREV},
    {"fri", 4 | DATE_ABBREV}, {"sat", 5 | DATE_ABBREV}, {"sun", 6 | DATE_ABBREV},
};
/* What joins the ends of a date range in Indonesian copy: hingga, sampai (dengan), s.d., s/d,
 * sd, dashes (KBBI; the corpora's spellings: "22 april sd 3 Mei 2024"). */
static const lex_entry DATE_RANGE_WORD_WORDS[] = {
    {"hingga", 1}, {"sampai", 1}, {"sampai dengan", 1}, {"sampai dgn", 1}, {"s.d.", 1}, {"s.d", 1}, {"sd", 1},
    {"s/d", 1}, {"s/d.", 1}, {"s. d.", 1}, {"s. d", 1}, {"-", 1}, {"\u2013", 1}, {"\u2014", 1}, {"\u2212", 1},
};
/* "tanggal 5", "tgl. 5", "tertanggal 5 Mei" (KBBI; corpora). */
static const lex_entry DATE_DAY_CUE_WORDS[] = {{"tanggal", 1}, {"tgl", 1}, {"tgl.", 1}, {"tertanggal", 1}};
/* "Besok hari Senin tanggal 23 Juni 2024" (corpus/real). */
static const lex_entry DATE_WEEKDAY_CUE_WORDS[] = {{"hari", 1}};
/* The days and parts of days news copy names against its own date (corpus/real
 * and corpus/wild: "pagi ini", "nanti malam", "tadi sore", "besok pagi"). */
static const lex_entry DATE_RELATIVE_DAY_WORDS[] = {
    {"hari ini", DATE_RELATIVE_ZERO}, {"kemarin", DATE_RELATIVE_ZERO - 1}, {"besok", DATE_RELATIVE_ZERO + 1},
    {"lusa", DATE_RELATIVE_ZERO + 2}, {"pagi ini", DATE_RELATIVE_ZERO}, {"siang ini", DATE_RELATIVE_ZERO},
    {"sore ini", DATE_RELATIVE_ZERO}, {"malam ini", DATE_RELATIVE_ZERO}, {"nanti malam", DATE_RELATIVE_ZERO},
    {"nanti sore", DATE_RELATIVE_ZERO}, {"kemarin sore", DATE_RELATIVE_ZERO - 1},
    {"kemarin malam", DATE_RELATIVE_ZERO - 1}, {"tadi malam", DATE_RELATIVE_ZERO - 1},
    {"kemarin pagi", DATE_RELATIVE_ZERO - 1}, {"kemarin siang", DATE_RELATIVE_ZERO - 1},
    {"tadi pagi", DATE_RELATIVE_ZERO}, {"tadi siang", DATE_RELATIVE_ZERO}, {"tadi sore", DATE_RELATIVE_ZERO},
    {"besok pagi", DATE_RELATIVE_ZERO + 1}, {"besok siang", DATE_RELATIVE_ZERO + 1},
    {"besok sore", DATE_RELATIVE_ZERO + 1}, {"besok malam", DATE_RELATIVE_ZERO + 1},
};
/* Periods before "kemarin" that make it "recent" ("tahun kemarin", "libur lebaran kemarin"; real
 * and wild corpora). */
static const lex_entry DATE_PERIOD_NOUN_WORDS[] = {
    {"tahun", 1}, {"bulan", 1}, {"minggu", 1}, {"pekan", 1}, {"musim", 1}, {"masa", 1}, {"periode", 1},
    {"libur", 1}, {"liburan", 1}, {"lebaran", 1}, {"natal", 1}, {"ramadan", 1}, {"mudik", 1},
    {"galungan", 1}, {"nyepi", 1}, {"idulfitri", 1}, {"iduladha", 1}, {"imlek", 1}, /* "saat Galungan kemarin" */
    {"pemilu", 1}, {"pilkada", 1}, {"semester", 1}, {"zaman", 1}, {"hari", 1},
};
/* Words before a number that is a code, not a date: regulation numbers and camera file names
 * ("Nomor 12/2023", "IMG-20240512"; real and wild corpora). */
static const lex_entry DATE_NUMBER_CUE_WORDS[] = {
    {"nomor", 1}, {"nomer", 1}, {"no", 1}, {"nmr", 1}, {"image", 1}, {"img", 1}, {"screenshot", 1},
    {"photo", 1}, {"video", 1}, {"vid", 1}, {"dsc", 1}, {"pxl", 1}, {"scan", 1},
};
/* "pukul 09.00", "pkl. 9", "jam 10" (KBBI). */
static const lex_entry DATE_TIME_CUE_WORDS[] = {{"pukul", 1}, {"pkl", 1}, {"pkl.", 1}, {"jam", 1}};
/* Indonesia's three time zones (UU 1987: WIB +7, WITA +8, WIT +9). */
static const lex_entry DATE_ZONE_WORDS[] = {{"wib", 7 * 60}, {"wita", 8 * 60}, {"wit", 9 * 60}};
/* UTC as machine timestamps write it (ISO 8601, RFC 2822). */
static const lex_entry DATE_UTC_NAME_WORDS[] = {{"gmt", 0}, {"utc", 0}, {"z", 0}};
/* The parts of the day, the month cue, the direction words and the future
 * cue as news copy writes them around dates (corpus/real and corpus/wild:
 * "Jum'at sore (24/9)", "bulan Desember", "November mendatang", "20 November
 * 2003 silam", "akan digelar pada 5 Mei"). */
static const lex_entry DATE_DAY_PART_WORDS[] = {{"pagi", 1}, {"siang", 1}, {"sore", 1}, {"malam", 1}};
static const lex_entry DATE_MONTH_CUE_WORDS[] = {{"bulan", 1}};
static const lex_entry DATE_DIRECTION_WORDS[] = {
    {"mendatang", DATE_RELATIVE_ZERO + 1}, {"depan", DATE_RELATIVE_ZERO + 1},
    {"yang akan datang", DATE_RELATIVE_ZERO + 1}, {"lalu", DATE_RELATIVE_ZERO - 1},
    {"yang lalu", DATE_RELATIVE_ZERO - 1}, {"silam", DATE_RELATIVE_ZERO - 2},
};
/* Regulations and letters that carry their own date ("Peraturan Bupati
 * Nomor 5 Tahun 2024 tanggal 2 Januari 2024", lint.py's date_suspect). */
static const lex_entry DATE_DECREE_CUE_WORDS[] = {
    {"nomor", 1}, {"no", 1}, {"peraturan", 1}, {"keputusan", 1}, {"instruksi", 1}, {"edaran", 1},
    {"surat", 1}, {"perda", 1}, {"perbup", 1}, {"pergub", 1}, {"perwali", 1}, {"perpres", 1},
    {"permen", 1}, {"undang", 1}, {"sk", 1},
};
/* "pada November dan Desember 2019" (corpus/real). */
static const lex_entry DATE_COORDINATOR_WORDS[] = {{"dan", 1}, {"serta", 1}, {"atau", 1}};
static const lex_entry DATE_FUTURE_CUE_WORDS[] = {{"akan", 1},        {"rencananya", 1},   {"dijadwalkan", 1},
                                                  {"nanti", 1},       {"ditargetkan", 1},  {"direncanakan", 1},
                                                  {"diharapkan", 1}};
/* Numbers written as words (KBBI): before "hari ini" they count days ("selama tiga hari ini"). */
static const lex_entry DATE_COUNT_WORDS[] = {
    {"beberapa", 1}, {"delapan", 1}, {"dua", 1}, {"empat", 1}, {"enam", 1}, {"lima", 1}, {"sembilan", 1},
    {"sepuluh", 1}, {"tiga", 1}, {"tujuh", 1},
};
/* Words before a year, not before a count ("sekitar 2000 orang"). */
static const lex_entry DATE_YEAR_CUE_WORDS[] = {
    {"tahun", 1}, {"pada", 1}, {"sejak", 1}, {"hingga", 1}, {"sampai", 1}, {"periode", 1},
    {"awal", 1}, {"akhir", 1}, {"pertengahan", 1}, {"anggaran", 1}, {"ta", 1},
    /* and the other prepositions of time before a year or a month ("mulai Agustus", "sebelum Juni") */
    {"mulai", 1}, {"sebelum", 1}, {"setelah", 1}, {"menjelang", 1}, {"jelang", 1}, {"selama", 1}, {"sepanjang", 1},
    {"medio", 1},
    /* a deadline and a comparison's month: "paling lambat Maret", "naik ... dibanding Oktober" */
    {"lambat", 1}, {"dibanding", 1}, {"dibandingkan", 1},
};

/* The months of the Islamic calendar in the spellings of Indonesian copy (KBBI's Muharam, Safar, Rabiulawal,
 * Rabiulakhir, Jumadilawal, Jumadilakhir, Rajab, Syakban, Ramadan, Syawal, Zulkaidah, Zulhijah, and the
 * press's Rabiul Awal, Jumadil Akhir, Dzulhijjah...), and Java's first month, Sura (Suro), the Muharram of
 * the Javanese calendar: a Hijri date the article equates with a day of ours ("Selasa (1/12/2026)
 * bertepatan dengan 20 Jumadil Akhir 1448 H", "1 Sura, yang tahun ini jatuh pada Selasa (16/6/2026)"). */
static const lex_entry HIJRI_CALENDAR_ENTRIES[] = {
    {"muharram", 1}, {"muharam", 1}, {"sura", 1}, {"suro", 1}, {"safar", 2}, {"shafar", 2}, {"sapar", 2},
    {"rabiul awal", 3}, {"rabiulawal", 3}, {"rabi'ul awal", 3}, {"rabiul akhir", 4}, {"rabiulakhir", 4},
    {"rabiul tsani", 4}, {"rabi'ul akhir", 4}, {"jumadil awal", 5}, {"jumadilawal", 5}, {"jumadal ula", 5},
    {"jumadil akhir", 6}, {"jumadilakhir", 6}, {"jumadil tsani", 6}, {"jumadal akhirah", 6}, {"rajab", 7},
    {"syakban", 8}, {"sya'ban", 8}, {"syaban", 8}, {"sya\u2019ban", 8}, {"ramadan", 9}, {"ramadhan", 9},
    {"syawal", 10}, {"syawwal", 10}, {"zulkaidah", 11}, {"dzulqa'dah", 11}, {"dzulqaidah", 11},
    {"zulqaidah", 11}, {"zulhijah", 12}, {"zulhijjah", 12}, {"dzulhijjah", 12}, {"dzulhijah", 12},
    {"h", HIJRI_ERA}, {"h.", HIJRI_ERA}, {"hijriah", HIJRI_ERA}, {"hijriyah", HIJRI_ERA},
    {"hijriyyah", HIJRI_ERA}, {"hijri", HIJRI_ERA},
};

#define DATE_LIST(array) {(array), sizeof(array) / sizeof *(array)}
const lex_table DATE_LISTS[DATE_LIST_COUNT] = {
    [DATE_MONTHS] = DATE_LIST(DATE_MONTH_WORDS),
    [DATE_WEEKDAYS] = DATE_LIST(DATE_WEEKDAY_WORDS),
    [DATE_RANGE_WORDS] = DATE_LIST(DATE_RANGE_WORD_WORDS),
    [DATE_DAY_CUES] = DATE_LIST(DATE_DAY_CUE_WORDS),
    [DATE_RELATIVE_DAYS] = DATE_LIST(DATE_RELATIVE_DAY_WORDS),
    [DATE_PERIOD_NOUNS] = DATE_LIST(DATE_PERIOD_NOUN_WORDS),
    [DATE_NUMBER_CUES] = DATE_LIST(DATE_NUMBER_CUE_WORDS),
    [DATE_TIME_CUES] = DATE_LIST(DATE_TIME_CUE_WORDS),
    [DATE_ZONES] = DATE_LIST(DATE_ZONE_WORDS),
    [DATE_UTC_NAMES] = DATE_LIST(DATE_UTC_NAME_WORDS),
    [DATE_WEEKDAY_CUES] = DATE_LIST(DATE_WEEKDAY_CUE_WORDS),
    [DATE_DAY_PARTS] = DATE_LIST(DATE_DAY_PART_WORDS),
    [DATE_MONTH_CUES] = DATE_LIST(DATE_MONTH_CUE_WORDS),
    [DATE_DIRECTIONS] = DATE_LIST(DATE_DIRECTION_WORDS),
    [DATE_DECREE_CUES] = DATE_LIST(DATE_DECREE_CUE_WORDS),
    [DATE_COORDINATORS] = DATE_LIST(DATE_COORDINATOR_WORDS),
    [DATE_FUTURE_CUES] = DATE_LIST(DATE_FUTURE_CUE_WORDS),
    [DATE_YEAR_CUES] = DATE_LIST(DATE_YEAR_CUE_WORDS),
    [DATE_COUNTS] = DATE_LIST(DATE_COUNT_WORDS),
};
const lex_table HIJRI_CALENDAR_WORDS = DATE_LIST(HIJRI_CALENDAR_ENTRIES);

/* ---- speech: cues, honorifics, titles, degrees, positions, pronouns (quotes.c, speakers.c) ---- */

/* Bare stems also take -nya (ujarnya) and point back to the current speaker. */
static const lex_entry SPEECH_CUE_WORDS[] = {
    {"ajak", CUE_BARE}, {"aku", CUE_BARE}, {"akui", CUE_BARE}, {"amanat", CUE_NOUN}, {"arahan", CUE_NOUN},
    {"beber", CUE_BARE}, {"bercerita", CUE_VERB | CUE_CLAUSE}, {"berharap", CUE_VERB | CUE_CLAUSE},
    {"berkata", CUE_VERB}, {"berpendapat", CUE_VERB | CUE_CLAUSE | CUE_JUDGING}, {"berpesan", CUE_VERB},
    {"bertanya", CUE_VERB}, {"bertutur", CUE_VERB}, {"berujar", CUE_VERB},
    {"bilang", CUE_VERB | CUE_CLAUSE | CUE_SAYING}, /* informal "say": "Ia bilang, pembeli mulai ..." */
    {"bisik", CUE_BARE}, {"canda", CUE_BARE},
    {"celetuk", CUE_BARE}, {"cetus", CUE_BARE}, {"desak", CUE_BARE}, {"diakui", CUE_PASSIVE}, {"diamini", CUE_AGENT},
    {"dibenarkan", CUE_AGENT}, {"diingatkan", CUE_PASSIVE}, {"dijelaskan", CUE_PASSIVE}, {"dikatakan", CUE_PASSIVE},
    {"dikemukakan", CUE_PASSIVE}, {"dikonfirmasi", CUE_AGENT}, {"dipaparkan", CUE_PASSIVE},
    {"disampaikan", CUE_PASSIVE}, {"disebutkan", CUE_PASSIVE}, {"ditambah", CUE_PASSIVE},
    {"ditambahkan", CUE_PASSIVE}, {"ditanggapi", CUE_AGENT}, {"ditegaskan", CUE_PASSIVE},
    {"ditekankan", CUE_PASSIVE}, {"diterangkan", CUE_PASSIVE}, {"dituturkan", CUE_PASSIVE},
    {"diungkapkan", CUE_PASSIVE}, {"diutarakan", CUE_PASSIVE}, {"gumam", CUE_BARE}, {"harap", CUE_BARE},
    {"himbau", CUE_BARE}, {"imbau", CUE_BARE}, {"imbuh", CUE_BARE}, {"ingat", CUE_BARE}, {"jawab", CUE_BARE},
    {"jelas", CUE_BARE}, {"kata", CUE_BARE}, {"katakan", CUE_BARE | CUE_VERB}, {"kelakar", CUE_BARE},
    {"keluh", CUE_BARE},
    {"kenang", CUE_BARE}, {"keterangan", CUE_NOUN}, {"kilah", CUE_BARE}, {"kisah", CUE_BARE}, {"komentar", CUE_NOUN},
    {"kritik", CUE_NOUN}, {"kutipan", CUE_NOUN}, {"lanjut", CUE_BARE}, {"melanjutkan", CUE_VERB},
    {"melaporkan", CUE_VERB}, {"memandang", CUE_VERB | CUE_CLAUSE | CUE_JUDGING},
    {"memaparkan", CUE_VERB | CUE_CLAUSE}, {"memastikan", CUE_VERB | CUE_CLAUSE | CUE_JUDGING},
    {"membantah", CUE_VERB | CUE_CLAUSE}, {"membeberkan", CUE_VERB}, {"meminta", CUE_VERB},
    {"membenarkan", CUE_VERB}, /* confirms a clause after "bahwa" or a comma; its noun phrase is none */
    {"memperkirakan", CUE_VERB | CUE_CLAUSE | CUE_JUDGING}, {"memprediksi", CUE_VERB | CUE_CLAUSE | CUE_JUDGING},
    {"memprakirakan", CUE_VERB | CUE_CLAUSE | CUE_JUDGING}, /* BMKG's word for its forecasts */
    {"memproyeksikan", CUE_VERB | CUE_CLAUSE | CUE_JUDGING}, {"menambahkan", CUE_VERB | CUE_CLAUSE},
    {"menandaskan", CUE_VERB}, {"menanggapi", CUE_VERB}, {"menanyakan", CUE_VERB},
    {"menceritakan", CUE_VERB | CUE_CLAUSE}, {"mendesak", CUE_VERB}, {"mendorong", CUE_VERB},
    {"menduga", CUE_VERB | CUE_CLAUSE | CUE_JUDGING}, {"menegaskan", CUE_VERB | CUE_CLAUSE},
    {"menekankan", CUE_VERB}, {"menerangkan", CUE_VERB | CUE_CLAUSE}, {"mengajak", CUE_VERB},
    {"mengaku", CUE_VERB | CUE_CLAUSE | CUE_JUDGING}, {"mengakui", CUE_VERB | CUE_CLAUSE | CUE_JUDGING},
    {"mengatakan", CUE_VERB | CUE_CLAUSE | CUE_SAYING}, {"mengeklaim", CUE_VERB | CUE_CLAUSE},
    {"mengemukakan", CUE_VERB}, {"mengharapkan", CUE_VERB}, {"menghimbau", CUE_VERB}, {"mengimbau", CUE_VERB},
    {"mengimbuhkan", CUE_VERB}, {"menginformasikan", CUE_VERB},
    {"mengingatkan", CUE_VERB | CUE_CLAUSE | CUE_ADDRESSING}, {"menginginkan", CUE_VERB | CUE_CLAUSE},
    {"menginstruksikan", CUE_VERB}, {"mengklaim", CUE_VERB | CUE_CLAUSE},
    {"mengungkapkan", CUE_VERB | CUE_CLAUSE | CUE_JUDGING},
    {"menguraikan", CUE_VERB}, {"mengusulkan", CUE_VERB}, {"mengutarakan", CUE_VERB},
    {"menilai", CUE_VERB | CUE_CLAUSE | CUE_JUDGING}, {"menimpali", CUE_VERB}, {"menjawab", CUE_VERB | CUE_CLAUSE},
    {"menjelaskan", CUE_VERB | CUE_CLAUSE}, {"menulis", CUE_VERB}, {"menuturkan", CUE_VERB | CUE_CLAUSE | CUE_SAYING},
    {"menyampaikan", CUE_VERB | CUE_CLAUSE}, {"menyarankan", CUE_VERB},
    /* "menyatakan" states what is so, judged as "menilai" does: "menyatakan sertifikat ... tersebut terbit" */
    {"menyatakan", CUE_VERB | CUE_CLAUSE | CUE_JUDGING},
    /* news "menyebut" reports a clause as "mengatakan" does ("menyebut pasokan andaliman dari Dairi tinggal
     * sepertiga ..."; 16 such clauses of the gold sets were missed), or names things (CUE_NAMING) */
    {"menyebut", CUE_VERB | CUE_CLAUSE | CUE_JUDGING | CUE_SAYING | CUE_NAMING},
    {"menyebutkan", CUE_VERB | CUE_CLAUSE | CUE_JUDGING | CUE_SAYING | CUE_NAMING},
    {"meyakini", CUE_VERB | CUE_CLAUSE | CUE_JUDGING}, {"minta", CUE_BARE}, {"pandangan", CUE_NOUN},
    {"papar", CUE_BARE}, {"pendapat", CUE_NOUN}, {"penjelasan", CUE_NOUN}, {"perintah", CUE_BARE},
    {"pernyataan", CUE_NOUN}, {"pesan", CUE_BARE}, {"petikan", CUE_NOUN}, {"pinta", CUE_BARE}, {"puji", CUE_BARE},
    {"pungkas", CUE_BARE}, {"respons", CUE_NOUN}, {"sambung", CUE_BARE}, {"sambutan", CUE_NOUN},
    {"sanggah", CUE_BARE}, {"sebut", CUE_BARE}, {"seloroh", CUE_BARE}, {"sergah", CUE_BARE}, {"seru", CUE_BARE},
    {"sikap", CUE_NOUN}, {"singkat", CUE_BARE}, {"tambah", CUE_BARE}, {"tandas", CUE_BARE}, {"tanggapan", CUE_NOUN},
    {"tanya", CUE_BARE}, {"tegas", CUE_BARE}, {"terang", CUE_BARE}, {"teriak", CUE_BARE}, {"timpal", CUE_BARE},
    {"tukas", CUE_BARE}, {"tulis", CUE_BARE}, {"tutup", CUE_BARE}, {"tutur", CUE_BARE}, {"ucap", CUE_BARE},
    {"ujar", CUE_BARE}, {"ulas", CUE_BARE}, {"ungkap", CUE_BARE}, {"urai", CUE_BARE},
    /* the bare stems press releases write for the me- verbs: "Sekdaprov juga katakan, ...", "RZ sampaikan
     * bahwa ..." */
    {"jelaskan", CUE_VERB}, {"sampaikan", CUE_VERB}, {"tambahkan", CUE_VERB}, {"tegaskan", CUE_VERB},
    {"ungkapkan", CUE_VERB},
    /* the speeches of an event's leader: "Dalam khotbahnya, ia berpesan ..." */
    {"ceramah", CUE_NOUN}, {"khotbah", CUE_NOUN}, {"pengarahan", CUE_NOUN}, {"pidato", CUE_NOUN},
    {"tausiyah", CUE_NOUN},
    /* an answer to a question, a council's or the press's: "“...,” demikian jawaban Bupati." */
    {"jawaban", CUE_NOUN},
    /* a training's or a seminar's talks: "Materi desain disampaikan X", "Dalam paparannya, ..." */
    {"materi", CUE_NOUN}, {"paparan", CUE_NOUN},
    /* what a speaker said, pointed back at: "Kalimat itu disampaikan X", "Ungkapan itu disampaikan X" */
    {"kalimat", CUE_NOUN}, {"ucapan", CUE_NOUN}, {"ungkapan", CUE_NOUN},
};
/* Honorifics before a name (GOLD.md's list: Bapak, Ibu, Pak, Bu, Sdr.; and Nyonya, Tuan, "Bpk."), and the regional
 * terms of address national news writes before names and nicknames (Mbak, Kang, Cak, Bli, Gung,
 * Koh, Bang, Mbah, Pakde, Bude, Paman: "Cak Imin", "Gung Mayun", "Paman Birin"; Sundanese Abah, Banjar
 * Acil and Julak, Malay Wak and Cik, Toraja Ne', Indo' and Ambe' (a curly
 * apostrophe is no part of a word's core: "Indo" is "Indo’"), Bali's Jero (and its short form Jro),
 * Sundanese Aki, Bugis Puang, eastern Indonesia's Bapa, Om, Tante, Opa, Oma, Bung and Ambon's Usi, Papua's
 * Pace, Mace, Chinese-Indonesian Ci ("Ci Khim"), Madurese Lora, a kiai's son ("Lora Fauzan"), Batak Amang,
 * Inang and Ompung; the Dayak Ngaju's Bue (grandfather: "Bue Sabran") and Papua's Tete; Minangkabau Uwo,
 * Etek, Angku and Inyiak ("Uwo Nida");
 * not "Mas", a place's word: "Gunung Mas", nor "Uni": "Uni Eropa"). */
static const lex_entry SPEECH_HONORIFIC_WORDS[] = {
    {"Amaq", 1}, {"Bang", 1}, {"Bapak", 1}, {"Bpk", 1}, {"Bli", 1}, {"Bu", 1}, {"Bude", 1}, {"Cak", 1}, {"Ceu", 1},
    {"Gung", 1},
    {"Ibu", 1}, {"Inaq", 1}, {"Kang", 1}, {"Ki", 1}, {"Koh", 1}, {"Mak", 1}, {"Mama", 1}, {"Mbah", 1}, {"Mbak", 1},
    {"Nek", 1}, {"Ny", 1}, {"Nyi", 1}, {"Nyonya", 1}, {"Pak", 1}, {"Pakde", 1}, {"Paman", 1}, {"Saudara", 1},
    {"Saudari", 1}, {"Sdr", 1}, {"Sdri", 1}, {"Teh", 1}, {"Tuan", 1}, {"Uda", 1},
    {"Abah", 1}, {"Acil", 1}, {"Bapa", 1}, {"Mace", 1}, {"Ne'", 1}, {"Om", 1}, {"Oma", 1}, {"Opa", 1}, {"Pace", 1},
    {"Tante", 1}, {"Wak", 1}, {"Jero", 1}, {"Jro", 1}, {"Aki", 1}, {"Julak", 1}, {"Puang", 1},
    {"Uwo", 1}, {"Etek", 1}, {"Angku", 1}, {"Inyiak", 1},
    {"Ambe", 1}, {"Ambe'", 1}, {"Bung", 1}, {"Ci", 1}, {"Cik", 1}, {"Indo", 1}, {"Indo'", 1}, {"Lora", 1},
    {"Ne", 1}, {"Usi", 1}, {"Amang", 1}, {"Inang", 1}, {"Ompung", 1}, {"Bue", 1}, {"Tete", 1},
};
/* Titles before a name: academic and religious titles, and the police (Perkap
 * ranks: Bripda ... Jenderal) and TNI ranks (Serda ... Jenderal, Laksma,
 * Marsma) with the corps markers after them (TITLE_CORPS: TNI, Pol, Polisi, the army's branches Inf, Kav,
 * Arm, Arh, Czi, Cpn, Chb, Cpl, Cpm, Ckm, Caj, Chk, Cku, Ctp, Cba, the air force's Pnb and Psk; the navy's
 * Laut and Mar, whose specialty in brackets goes with them: "Letkol Laut (P)"), and
 * the Yogyakarta and Surakarta courts' titles (Kanjeng, KPH, KRT, GKR, GBPH) and the Javanese nobility's
 * (RM Raden Mas, RA/RAy Raden Ayu, Rr Raden Roro, BRM, BRAy, GPH, KGPH, KPA, KRA, KRAy); religious titles:
 * Kiai/KH and the Sundanese Ajengan, Nyai, Ustaz(ah) in both spellings, Minangkabau's Buya, Javanese
 * Catholics' Romo and a diocesan priest's RD. (Reverendus Dominus); the Malay world's Datuk before a name
 * ("Datuk Rio Kamsori", and "Datuk Seri", whose Seri goes with it as a corps marker with a rank; the
 * Minangkabau "Dt." after a name stays its particle); the army's branches spelled out after a rank
 * spelled out ("Letnan Satu Infanteri X"; not "Haji", a name's word in "Universitas Maritim Raja Ali
 * Haji"); Lombok's Tuan Guru Haji and Tuan Guru Bajang, "TGH." and "TGB." before a scholar's name. */
static const lex_entry SPEECH_TITLE_WORDS[] = {
    {"Aipda", 1}, {"Aiptu", 1}, {"AKBP", 1}, {"AKP", 1}, {"Apt", 1}, {"Arh", TITLE_CORPS}, {"Arm", TITLE_CORPS},
    {"Bharada", 1}, {"Bharaka", 1}, {"Bharatu", 1}, {"BRAy", 1}, {"Brigadir", 1}, {"Brigjen", 1}, {"Brigpol", 1},
    {"Bripda", 1}, {"Bripka", 1}, {"Briptu", 1}, {"BRM", 1}, {"Caj", TITLE_CORPS}, {"Capt", 1}, {"Cba", TITLE_CORPS},
    {"Chb", TITLE_CORPS}, {"Chk", TITLE_CORPS}, {"Ckm", TITLE_CORPS}, {"Cku", TITLE_CORPS}, {"Cpl", TITLE_CORPS},
    {"Cpm", TITLE_CORPS}, {"Cpn", TITLE_CORPS}, {"Ctp", TITLE_CORPS}, {"Czi", TITLE_CORPS}, {"Dr", 1}, {"Dra", 1},
    {"drg", 1}, {"Drh", 1}, {"Drs", 1}, {"GBPH", 1}, {"GKR", 1}, {"GPH", 1}, {"H", 1}, {"Hi", 1}, {"Hj", 1},
    {"HM", 1},
    {"Inf", TITLE_CORPS}, {"Ipda", 1}, {"Iptu", 1}, {"Ir", 1}, {"Irjen", 1}, {"Jenderal", 1}, {"K.H", 1},
    {"Kanjeng", 1}, {"Kapten", 1}, {"Kav", TITLE_CORPS}, {"KGPH", 1}, {"KH", 1}, {"Kiai", 1}, {"Kolonel", 1},
    {"Kombes", 1}, {"Komjen", 1}, {"Kompol", 1}, {"KPA", 1}, {"KPH", 1}, {"KRA", 1}, {"KRAy", 1}, {"KRT", 1},
    {"Kyai", 1}, {"Ajengan", 1}, {"Nyai", 1}, {"Laksamana", 1}, {"Laksda", 1}, {"Laksma", 1},
    {"Laut", TITLE_CORPS}, {"Letda", 1}, {"Letjen", 1},
    {"Letkol", 1}, {"Lettu", 1}, {"Mar", TITLE_CORPS}, {"Marsda", 1}, {"Marsekal", 1}, {"Marsma", 1}, {"Mayjen", 1},
    {"Mayor", 1}, {"Ns", 1}, {"Pdt", 1}, {"Pelda", 1}, {"Peltu", 1}, {"Pnb", TITLE_CORPS}, {"Pol", TITLE_CORPS},
    {"Polisi", TITLE_CORPS}, {"Prof", 1}, {"Psk", TITLE_CORPS}, {"Purn", 1}, {"RA", 1}, {"RAy", 1}, {"RM", 1},
    {"Rr", 1}, {"Serka", 1}, {"Serma", 1}, {"Sertu", 1}, {"Teungku", 1}, {"Tgk", 1}, {"TNI", TITLE_CORPS},
    {"Ust", 1}, {"Ustadz", 1}, {"Ustadzah", 1}, {"Ustaz", 1}, {"Y.M", 1}, {"YM", 1},
    {"Buya", 1}, {"Romo", 1}, {"RD", 1}, {"Ustazah", 1}, {"Datuk", 1}, {"Seri", TITLE_CORPS}, {"TGB", 1}, {"TGH", 1},
    {"Infanteri", TITLE_CORPS}, {"Kavaleri", TITLE_CORPS}, {"Zeni", TITLE_CORPS},
};
/* Degrees written without dots ("SSos", "MSi", "MH"), from the Permendikbud
 * list of degree abbreviations as the corpora write them; the dotted forms
 * are read by seg_is_degree (and the diploma's Amd with its field glued by a
 * dot: "Amd.Keb", "AMd.Kep", "Amd.Gz"). With the post-nominals of Catholic priests, which
 * stand where a degree does ("P. Kornelis Lede Wunda, CSsR", "Romo Yohanes
 * ..., Pr"): the diocesan Pr and the religious institutes of the Indonesian
 * church (SVD, OFM, OFMCap, SJ, MSC (as MSc), MSF, CSsR, CICM, CM, CP, OCD, OSA, SCJ). */
static const lex_entry SPEECH_DEGREE_WORDS[] = {
    {"CICM", 1}, {"CM", 1}, {"CP", 1}, {"CSsR", 1}, {"MSF", 1}, {"OCD", 1}, {"OFM", 1}, {"OFMCap", 1},
    {"OSA", 1}, {"Pr", 1}, {"SCJ", 1}, {"SJ", 1}, {"SVD", 1},
    {"Ak", 1}, {"AMd", 1}, {"AP", 1}, {"BEcon", 1}, {"Gz", 1}, {"Keb", 1}, {"Kep", 1}, {"Lc", 1}, {"MA", 1},
    {"MAg", 1}, {"MAP", 1}, {"MBA", 1}, {"MEng", 1},
    {"MH", 1}, {"MHI", 1}, {"MHum", 1}, {"MKes", 1}, {"MKn", 1}, {"MKom", 1}, {"MM", 1}, {"MP", 1}, {"MPA", 1},
    {"MPd", 1}, {"MPdI", 1}, {"MPH", 1}, {"MSc", 1}, {"MSi", 1}, {"MSn", 1}, {"MT", 1}, {"Ph.D", 1}, {"PhD", 1},
    {"SAg", 1}, {"SAk", 1}, {"SE", 1}, {"SH", 1}, {"SHI", 1}, {"SHum", 1}, {"SHut", 1}, {"SIK", 1}, {"SIKom", 1},
    {"SIP", 1}, {"SKep", 1}, {"SKM", 1}, {"SKom", 1}, {"SP", 1}, {"SPd", 1}, {"SPdI", 1}, {"SSi", 1}, {"SSn", 1},
    {"SSos", 1}, {"SSTP", 1}, {"ST", 1}, {"STP", 1},
};
/* Offices and person descriptions that head a role: government offices and
 * their press short forms (Sekda/Sekdaprov, Kakanwil, Kapolres, Menag,
 * Gubri...), as the real and wild corpora write them; and the descriptions
 * and short forms national news gives its sources (Ekonom, Pengamat, Pakar,
 * Politisi; Jubir, Dirut, Ketum, Kadiv, Wapres), their kin (Kakak, Istri,
 * Ayah) and trades (Pemulung, Buruh, Penumpang, Kiper; Polisi, the police as a sentence's subject); customary offices
 * (Tetua and Sesepuh adat, Pemangku adat, Penghulu; Papua's Ondoafi and
 * Ondofolo, Biak's Mananwir, the Lio's Mosalaki, Aceh's Imum Mukim and Keujruen (Blang, of the irrigation), the
 * Dayak Ngaju's Damang and Mantir); the churches' Gembala (a congregation's pastor) and
 * Penatua (an elder), a pesantren's Pengasuh; Kudus' and Jepara's village
 * head, the Petinggi, Madura's, the Klebun, and the Banjar's, the Pambakal
 * (Pembakal); the head of a Perhutani forest district, its Administratur, and
 * of a special economic zone, its Administrator. */
static const lex_entry SPEECH_POSITION_WORDS[] = {
    {"Administrator", POS_OFFICE}, {"Administratur", POS_OFFICE},
    /* the roles of a training or a contest's people ("Tutor kelas yang juga guru SD ...", "narasumber dari X") */
    {"Fasilitator", POS_DESCRIPTOR}, {"Instruktur", POS_DESCRIPTOR}, {"Juri", POS_DESCRIPTOR},
    {"Mentor", POS_DESCRIPTOR}, {"Moderator", POS_DESCRIPTOR}, {"Narasumber", POS_DESCRIPTOR},
    {"Pemateri", POS_DESCRIPTOR}, {"Tutor", POS_DESCRIPTOR},
    {"Adik", POS_DESCRIPTOR}, {"Advokat", POS_DESCRIPTOR}, {"Ahli", POS_DESCRIPTOR}, {"Akademisi", POS_DESCRIPTOR},
    {"Aktivis", POS_DESCRIPTOR}, {"Aktor", POS_DESCRIPTOR}, {"Aktris", POS_DESCRIPTOR}, {"Alumni", POS_DESCRIPTOR},
    {"Alumnus", POS_DESCRIPTOR}, {"Analis", POS_DESCRIPTOR}, {"Anggota", POS_DESCRIPTOR},
    {"Apoteker", POS_DESCRIPTOR}, {"Artis", POS_DESCRIPTOR}, {"Asisten", POS_OFFICE}, {"Atlet", POS_DESCRIPTOR},
    {"Ayah", POS_DESCRIPTOR}, {"Ayahanda", POS_DESCRIPTOR}, {"Bendahara", POS_OFFICE}, {"Bendesa", POS_OFFICE},
    {"Bidan", POS_DESCRIPTOR}, {"Bocah", POS_DESCRIPTOR}, {"Budayawan", POS_DESCRIPTOR}, {"Bupati", POS_OFFICE},
    {"Buruh", POS_DESCRIPTOR}, {"Calon", POS_DESCRIPTOR}, {"Camat", POS_OFFICE}, {"CEO", POS_OFFICE},
    {"Chief", POS_OFFICE}, {"Corporate", POS_OFFICE}, {"Dandim", POS_OFFICE}, {"Danlanal", POS_OFFICE},
    {"Danlantamal", POS_OFFICE}, {"Danlanud", POS_OFFICE}, {"Danramil", POS_OFFICE}, {"Danrem", POS_OFFICE},
    {"Danyon", POS_OFFICE}, {"Danyonif", POS_OFFICE}, {"Danrindam", POS_OFFICE}, {"Danpomdam", POS_OFFICE},
    {"Dansatbrimob", POS_OFFICE}, {"Dekan", POS_OFFICE}, {"Deputi", POS_OFFICE}, {"Director", POS_OFFICE},
    {"Direktur", POS_OFFICE}, {"Dirjen", POS_OFFICE}, {"Dirut", POS_OFFICE}, {"Dokter", POS_DESCRIPTOR},
    {"Dosen", POS_DESCRIPTOR}, {"Dubes", POS_OFFICE}, {"Duda", POS_DESCRIPTOR}, {"Duta", POS_OFFICE},
    {"Ekonom", POS_DESCRIPTOR}, {"Epidemiolog", POS_DESCRIPTOR}, {"General", POS_OFFICE}, {"Geuchik", POS_OFFICE},
    {"Gubernur", POS_OFFICE}, {"Gubri", POS_OFFICE}, {"Guru", POS_DESCRIPTOR}, {"Hakim", POS_DESCRIPTOR},
    {"Head", POS_OFFICE},
    {"Ibu-ibu", POS_DESCRIPTOR}, {"Ibunda", POS_DESCRIPTOR}, {"Inspektur", POS_OFFICE}, {"Istri", POS_DESCRIPTOR},
    {"Jaksa", POS_DESCRIPTOR}, {"Janda", POS_DESCRIPTOR}, {"Jebolan", POS_DESCRIPTOR}, {"Jemaah", POS_DESCRIPTOR},
    {"Jubir", POS_OFFICE}, {"Jurnalis", POS_DESCRIPTOR}, {"Juru", POS_OFFICE}, {"Kabag", POS_OFFICE},
    {"Kaban", POS_OFFICE}, {"Kabareskrim", POS_OFFICE}, {"Kabid", POS_OFFICE}, {"Kabidhumas", POS_OFFICE},
    {"Kabiro", POS_OFFICE}, {"Kader", POS_DESCRIPTOR}, {"Kades", POS_OFFICE}, {"Kadinkes", POS_OFFICE},
    {"Kadinsos", POS_OFFICE}, {"Kadis", POS_OFFICE}, {"Kadisdik", POS_OFFICE}, {"Kadishub", POS_OFFICE},
    {"Kadiv", POS_OFFICE}, {"Kajari", POS_OFFICE}, {"Kajati", POS_OFFICE}, {"Kakak", POS_DESCRIPTOR},
    {"Kakan", POS_OFFICE}, {"Kakankemenag", POS_OFFICE}, {"Kakanmenag", POS_OFFICE}, {"Kakanwil", POS_OFFICE},
    {"Kakek", POS_DESCRIPTOR}, {"Kalak", POS_OFFICE}, {"Kalaksa", POS_OFFICE}, {"Kalapas", POS_OFFICE},
    {"Kanit", POS_OFFICE}, {"Kanselir", POS_OFFICE}, {"Kapendam", POS_OFFICE}, {"Kapolda", POS_OFFICE},
    {"Kapolres", POS_OFFICE}, {"Kapolresta", POS_OFFICE}, {"Kapolrestabes", POS_OFFICE}, {"Kapolri", POS_OFFICE},
    {"Kapolsek", POS_OFFICE}, {"Kapuskes", POS_OFFICE}, {"Kapuspen", POS_OFFICE}, {"Karopenmas", POS_OFFICE},
    {"Karutan", POS_OFFICE}, {"Karyawan", POS_DESCRIPTOR}, {"Kasad", POS_OFFICE}, {"Kasal", POS_OFFICE},
    {"Kasat", POS_OFFICE}, {"Kasatlantas", POS_OFFICE}, {"Kasatpol", POS_OFFICE}, {"Kasatreskrim", POS_OFFICE},
    {"Kasau", POS_OFFICE}, {"Kasdam", POS_OFFICE}, {"Kasdim", POS_OFFICE}, {"Kasi", POS_OFFICE},
    {"Kasie", POS_OFFICE}, {"Kasrem", POS_OFFICE}, {"Kasubag", POS_OFFICE}, {"Kasubbag", POS_OFFICE},
    {"Kasubbid", POS_OFFICE}, {"Kasubdit", POS_OFFICE}, {"Kelian", POS_OFFICE}, {"Kepala", POS_OFFICE},
    {"Keponakan", POS_DESCRIPTOR}, {"Kepsek", POS_OFFICE}, {"Ketua", POS_OFFICE}, {"Ketum", POS_OFFICE},
    {"Keuchik", POS_OFFICE}, {"Keujruen", POS_OFFICE}, {"Kiper", POS_DESCRIPTOR}, {"Klebun", POS_OFFICE},
    {"Klian", POS_OFFICE},
    {"Komandan", POS_OFFICE}, {"Komisioner", POS_OFFICE}, {"Konjen", POS_OFFICE}, {"Konsul", POS_OFFICE},
    {"Koordinator", POS_OFFICE},
    {"Korban", POS_TOPIC}, {"Kuasa", POS_DESCRIPTOR}, {"Lansia", POS_DESCRIPTOR}, {"Legislator", POS_DESCRIPTOR},
    {"Lulusan", POS_DESCRIPTOR}, {"Lurah", POS_OFFICE}, {"Mahasiswa", POS_DESCRIPTOR}, {"Mahasiswi", POS_DESCRIPTOR},
    {"Manager", POS_OFFICE}, {"Manajer", POS_OFFICE}, {"Mantan", POS_DESCRIPTOR}, {"Menag", POS_OFFICE},
    {"Menaker", POS_OFFICE}, {"Mendag", POS_OFFICE}, {"Mendagri", POS_OFFICE}, {"Mendikbud", POS_OFFICE},
    {"Mendikbudristek", POS_OFFICE}, {"Menhan", POS_OFFICE}, {"Menhub", POS_OFFICE}, {"Menkes", POS_OFFICE},
    {"Menkeu", POS_OFFICE}, {"Menko", POS_OFFICE}, {"Menkominfo", POS_OFFICE}, {"Menkop", POS_OFFICE},
    {"Menkumham", POS_OFFICE}, {"Menlu", POS_OFFICE}, {"Menparekraf", POS_OFFICE}, {"Menperin", POS_OFFICE},
    /* the 2024 cabinet's ministries, by the short forms the press gives their ministers */
    {"Menkum", POS_OFFICE}, {"Menham", POS_OFFICE}, {"Mendikdasmen", POS_OFFICE}, {"Mendiktisaintek", POS_OFFICE},
    {"Menkomdigi", POS_OFFICE}, {"Menpar", POS_OFFICE}, {"Menekraf", POS_OFFICE}, {"Menimipas", POS_OFFICE},
    {"Menbud", POS_OFFICE}, {"JPU", POS_DESCRIPTOR}, /* jaksa penuntut umum, as "Jaksa" */
    {"Menpora", POS_OFFICE}, {"Mensesneg", POS_OFFICE}, {"Mensos", POS_OFFICE}, {"Mentan", POS_OFFICE},
    {"Menteri", POS_OFFICE}, {"Musisi", POS_DESCRIPTOR}, {"Nakhoda", POS_DESCRIPTOR}, {"Nasabah", POS_DESCRIPTOR},
    {"Nelayan", POS_DESCRIPTOR},
    {"Nenek", POS_DESCRIPTOR}, {"Officer", POS_OFFICE}, {"Orang", POS_DESCRIPTOR}, {"Pakar", POS_DESCRIPTOR},
    {"Pambakal", POS_OFFICE}, {"Pembakal", POS_OFFICE}, {"Panewu", POS_OFFICE}, {"Pangdam", POS_OFFICE},
    {"Pangkostrad", POS_OFFICE}, {"Panglima", POS_OFFICE},
    {"Panitera", POS_DESCRIPTOR}, {"Pasangan", POS_DESCRIPTOR}, {"Pasien", POS_DESCRIPTOR},
    {"Pastor", POS_DESCRIPTOR}, {"Gembala", POS_DESCRIPTOR}, {"Penatua", POS_DESCRIPTOR},
    {"Pengasuh", POS_DESCRIPTOR}, {"Petinggi", POS_OFFICE}, {"Pebalap", POS_DESCRIPTOR}, {"Pedagang", POS_DESCRIPTOR},
    {"Pegawai", POS_DESCRIPTOR}, {"Pegiat", POS_DESCRIPTOR}, {"Pejabat", POS_OFFICE}, {"Pekaseh", POS_OFFICE},
    {"Pekebun", POS_DESCRIPTOR}, {"Pekerja", POS_DESCRIPTOR}, {"Pelajar", POS_DESCRIPTOR}, {"Pelaku", POS_TOPIC},
    {"Pelanggan", POS_DESCRIPTOR}, {"Pelantun", POS_DESCRIPTOR}, {"Pelatih", POS_DESCRIPTOR},
    {"Pelukis", POS_DESCRIPTOR}, {"Pemain", POS_DESCRIPTOR}, {"Pemandu", POS_DESCRIPTOR},
    {"Pembalap", POS_DESCRIPTOR}, {"Pembeli", POS_DESCRIPTOR}, {"Pembina", POS_DESCRIPTOR},
    {"Pemeran", POS_DESCRIPTOR}, {"Pemerhati", POS_DESCRIPTOR}, {"Pemilik", POS_DESCRIPTOR},
    {"Pemimpin", POS_OFFICE}, {"Pemuda", POS_DESCRIPTOR}, {"Pemudik", POS_DESCRIPTOR}, {"Pemuka", POS_DESCRIPTOR},
    {"Pemulung", POS_DESCRIPTOR}, {"Penambang", POS_DESCRIPTOR}, {"Penasihat", POS_DESCRIPTOR},
    {"Pencipta", POS_DESCRIPTOR}, {"Pendaki", POS_DESCRIPTOR}, {"Pendamping", POS_DESCRIPTOR},
    {"Pendeta", POS_DESCRIPTOR}, {"Peneliti", POS_DESCRIPTOR}, {"Penerima", POS_DESCRIPTOR},
    {"Pengacara", POS_DESCRIPTOR}, {"Pengajar", POS_DESCRIPTOR}, {"Pengamat", POS_DESCRIPTOR},
    {"Pengelola", POS_DESCRIPTOR}, {"Pengemudi", POS_DESCRIPTOR}, {"Penggiat", POS_DESCRIPTOR},
    {"Pengrajin", POS_DESCRIPTOR}, {"Pengunjung", POS_DESCRIPTOR}, {"Pengurus", POS_DESCRIPTOR},
    {"Pengusaha", POS_DESCRIPTOR}, {"Penjabat", POS_OFFICE}, {"Penjual", POS_DESCRIPTOR},
    {"Penumpang", POS_DESCRIPTOR}, {"Penyanyi", POS_DESCRIPTOR}, {"Penyintas", POS_DESCRIPTOR},
    {"Penyuluh", POS_DESCRIPTOR}, {"Perajin", POS_DESCRIPTOR}, {"Perawat", POS_DESCRIPTOR}, {"Perbekel", POS_OFFICE},
    {"Perdana", POS_BEFORE_OFFICE}, {"Perwakilan", POS_DESCRIPTOR}, {"Perwira", POS_DESCRIPTOR},
    {"Peserta", POS_DESCRIPTOR}, {"Petani", POS_DESCRIPTOR}, {"Peternak", POS_DESCRIPTOR},
    {"Petugas", POS_DESCRIPTOR}, {"Pimpinan", POS_OFFICE}, {"Pj", POS_OFFICE}, {"Pjs", POS_OFFICE},
    {"Plh", POS_OFFICE}, {"Plt", POS_OFFICE}, {"PM", POS_OFFICE}, {"Politikus", POS_DESCRIPTOR},
    {"Polisi", POS_DESCRIPTOR}, {"Politisi", POS_DESCRIPTOR}, {"Prajurit", POS_DESCRIPTOR}, {"Prakirawan", POS_DESCRIPTOR},
    {"Praktisi", POS_DESCRIPTOR}, {"Presiden", POS_OFFICE}, {"President", POS_OFFICE}, {"Psikolog", POS_DESCRIPTOR},
    {"Purnawirawan", POS_DESCRIPTOR}, {"Rektor", POS_OFFICE}, {"Relawan", POS_DESCRIPTOR},
    {"Remaja", POS_DESCRIPTOR}, {"Sahabat", POS_DESCRIPTOR}, {"Saksi", POS_DESCRIPTOR}, {"Santri", POS_DESCRIPTOR},
    {"Secretary", POS_OFFICE}, {"Sejarawan", POS_DESCRIPTOR}, {"Sekcam", POS_OFFICE}, {"Sekda", POS_OFFICE},
    {"Sekdakab", POS_OFFICE}, {"Sekdako", POS_OFFICE}, {"Sekdaprov", POS_OFFICE}, {"Sekdes", POS_OFFICE},
    {"Sekjen", POS_OFFICE}, {"Sekkab", POS_OFFICE}, {"Sekretaris", POS_OFFICE}, {"Senator", POS_DESCRIPTOR},
    {"Seniman", POS_DESCRIPTOR}, {"Siswa", POS_DESCRIPTOR}, {"Siswi", POS_DESCRIPTOR}, {"Sopir", POS_DESCRIPTOR},
    {"Sosiolog", POS_DESCRIPTOR}, {"Staf", POS_DESCRIPTOR}, {"Suami", POS_DESCRIPTOR}, {"Sutradara", POS_DESCRIPTOR},
    {"Syahbandar", POS_OFFICE}, /* a port's harbour master (KSOP, fishing ports: probe sets) */
    {"Teknisi", POS_DESCRIPTOR}, {"Terdakwa", POS_TOPIC}, {"Tersangka", POS_TOPIC}, {"Tetangga", POS_DESCRIPTOR},
    {"Tokoh", POS_DESCRIPTOR}, {"Ulama", POS_DESCRIPTOR}, {"Vice", POS_OFFICE}, {"Wabup", POS_OFFICE},
    {"Wagub", POS_OFFICE}, {"Wagubri", POS_OFFICE}, {"Wakapolda", POS_OFFICE}, {"Wakapolres", POS_OFFICE},
    {"Wakapolrestabes", POS_OFFICE}, {"Wakapolri", POS_OFFICE}, {"Wakil", POS_OFFICE}, {"Wako", POS_OFFICE},
    {"Wali", POS_OFFICE}, {"Walikota", POS_OFFICE}, {"Walkot", POS_OFFICE}, {"Wamen", POS_OFFICE},
    {"Wamenkeu", POS_OFFICE}, {"Wapres", POS_OFFICE}, {"Warga", POS_DESCRIPTOR}, {"Wartawan", POS_DESCRIPTOR},
    {"Wasit", POS_DESCRIPTOR}, {"Wawako", POS_OFFICE}, {"Wawali", POS_OFFICE}, {"Wisatawan", POS_DESCRIPTOR},
    /* trades of the market chain */
    {"Pembudidaya", POS_DESCRIPTOR}, {"Pengepul", POS_DESCRIPTOR}, {"Pengecer", POS_DESCRIPTOR},
    {"Tengkulak", POS_DESCRIPTOR},
    /* customary offices */
    {"Damang", POS_OFFICE}, {"Mantir", POS_OFFICE}, {"Dukuh", POS_OFFICE}, {"Mananwir", POS_OFFICE},
    {"Imum", POS_OFFICE}, {"Mosalaki", POS_OFFICE}, {"Ondoafi", POS_OFFICE}, {"Ondofolo", POS_OFFICE},
    {"Pemangku", POS_DESCRIPTOR}, {"Penghulu", POS_DESCRIPTOR}, {"Sesepuh", POS_DESCRIPTOR}, {"Tetua", POS_DESCRIPTOR},
};
/* Third-person pronouns that stand for the speaker (KBBI: ia, dia, beliau). */
static const lex_entry SPEECH_PRONOUN_WORDS[] = {
    {"beliau", 1}, {"dia", 1}, {"ia", 1},
};
/* Prepositions, time words and conjunctions after a quote's source that end the mention ("ujar
 * X saat ...", "kata X di ..."; Tata Bahasa Baku and the real and wild corpora). */
static const lex_entry SPEECH_MENTION_STOP_WORDS[] = {
    {"dalam", 1}, {"dengan", 1}, {"di", 1}, {"dihadapan", 1}, {"hari", 1}, {"ini", 1}, {"itu", 1}, {"jg", 1},
    {"juga", 1}, {"kala", 1}, {"kemarin", 1}, {"kembali", 1}, {"kepada", 1}, {"kepadanya", 1}, {"ketika", 1},
    {"lagi", 1}, {"lantas", 1}, {"lebih", 1}, {"malam", 1}, {"melalui", 1}, {"mengakhiri", 1}, {"menjelang", 1},
    {"menutup", 1}, {"pada", 1}, {"pagi", 1}, {"pun", 1}, {"saat", 1}, {"saja", 1}, {"sambil", 1}, {"sebelum", 1},
    {"secara", 1}, {"sembari", 1}, {"seperti", 1}, {"seraya", 1}, {"setelah", 1}, {"seusai", 1}, {"sewaktu", 1},
    {"siang", 1}, {"sore", 1}, {"turut", 1}, {"usai", 1}, {"waktu", 1}, {"yang", 1},
};
/* Prepositions and participles that open a sentence's adverbial before its subject ("Dalam
 * sambutannya, ...", "Ditemui di ...", "Menanggapi hal itu, ...", "Menjawab pertanyaan itu, ..."; real
 * and wild corpora), with
 * the rest of KBBI's common prepositions (ke, bagi, terhadap, tentang, ...) and its conjunctions of a
 * simultaneous act ("Sambil menunggu hasil itu, Noorlaila ...", sembari, seraya): a preposition after
 * a noun phrase is no predicate ("menyampaikan bantuan tersebut ke warga"). */
static const lex_entry SPEECH_INTRO_WORDS[] = {
    {"adapun", 1}, {"akibat", 1}, {"atas", 1}, {"bagi", 1}, {"bahkan", 1}, {"berbeda", 1}, {"berdasarkan", 1},
    {"berkat", 1}, {"bersama", 1}, {"bertempat", 1}, {"dalam", 1}, {"dari", 1}, {"demi", 1}, {"dengan", 1},
    {"di", 1}, {"dihadapan", 1}, {"dihubungi", 1}, {"dikonfirmasi", 1}, {"ditempat", 1}, {"ditemui", 1}, {"guna", 1},
    {"hal", 1}, {"hingga", 1}, {"karena", 1}, {"ke", 1}, {"kedepannya", 1}, {"kemudian", 1}, {"kendati", 1},
    {"kepada", 1}, {"ketika", INTRO_CLAUSE}, {"lalu", 1}, {"lebih", 1}, {"lewat", 1}, {"melalui", INTRO_PREPOSITION},
    {"membuka", 1}, {"menanggapi", 1}, {"menjawab", 1}, {"mengakhiri", 1}, {"mengenai", INTRO_PREPOSITION},
    {"menjelang", INTRO_PREPOSITION}, {"menuju", INTRO_PREPOSITION}, {"menurut", INTRO_PREPOSITION}, {"menutup", 1},
    {"meski", 1}, {"meskipun", 1}, {"namun", 1}, {"nantinya", 1}, {"oleh", 1}, {"pada", 1}, {"pasca", 1},
    {"saat", INTRO_CLAUSE}, {"sambil", INTRO_CLAUSE}, {"sampai", 1}, {"sebagai", 1}, {"sebelum", INTRO_CLAUSE},
    {"sebelumnya", 1}, {"secara", 1}, {"sedangkan", 1}, {"sehingga", 1}, {"sejak", INTRO_CLAUSE}, {"sejalan", 1},
    {"selain", 1}, {"selama", INTRO_CLAUSE}, {"selanjutnya", 1}, {"sembari", INTRO_CLAUSE}, {"sementara", 1},
    {"senada", 1}, {"sepanjang", 1}, {"seraya", INTRO_CLAUSE}, {"setelah", INTRO_CLAUSE}, {"seusai", INTRO_CLAUSE},
    {"soal", 1}, {"tak", 1}, {"tanpa", 1}, {"tentang", 1}, {"terhadap", 1}, {"terkait", 1}, {"terpisah", 1},
    {"untuk", 1}, {"usai", INTRO_CLAUSE},
};
/* Words that open an office's organisation or region, never a name: a
 * mention segment that starts with one continues the role before it. With
 * the government bodies the press names by a word of capitals and small
 * letters ("Dirjen Badilag", "Kepala Bappeda", "Kadis Kominfo"), which read
 * like a name otherwise; and so are the ministries' short forms, the police
 * and army units and the state companies national news names (Kemlu, Setneg,
 * Bareskrim, Kostrad, Perum Bulog, Pertamina; the police's Resor and Sektor
 * spelled out: "Kepolisian Resor Mimika"), and a company's "PT" ("PT Sinar
 * Bahodopi Nikelindo menyatakan": a body, no person), and the words that open the names of
 * customary councils and civil associations ("Kerapatan Adat Nagari", Paguyuban, Perkumpulan,
 * Perhimpunan, Gabungan, Serikat, Aliansi), and of the village's working groups and
 * cooperatives ("Kelompok Tani Sari Merta", Gapoktan, Pokdarwis, Koperasi, Komunitas, Jaringan) and the
 * armed forces' branches ("Kepala Staf Angkatan Darat"); the village-owned enterprises by the village's
 * name in each region (BUMDes, BUMPekon, BUMNag, BUMKam, BUMKal, BUMG) and the state's and regions' (BUMN,
 * BUMD); the navy's, air force's and army's bases and units by their short forms (Lanal, Lantamal, Lanud,
 * Koramil, Yonif, Batalyon; "Personel Lanal Ranai membantu ...", "Danlanal Ranai"). ORG_UNIT marks an
 * office's internal division, which no place follows ("Bagian Tata Usaha"). */
static const lex_entry SPEECH_ORG_WORDS[] = {
    {"Aliansi", 1}, {"Angkatan", 1}, {"Asosiasi", 1}, {"Badan", 1}, {"Badilag", 1}, {"Bagian", ORG_UNIT},
    {"Bakamla", 1}, {"Bakesbangpol", 1}, {"Balai", 1}, {"Bandara", 1}, {"Bank", 1}, {"Bapanas", 1}, {"Bapas", 1},
    {"Bapenda", 1}, {"Bappeda", 1}, {"Bappenas", 1}, {"Bareskrim", 1}, {"Basarnas", 1}, {"Bawaslu", 1},
    {"Bidang", ORG_UNIT}, {"Biro", 1}, {"Brimob", 1}, {"Bulog", 1}, {"BUMD", 1}, {"BUMDes", 1}, {"BUMDesa", 1},
    {"BUMG", 1}, {"BUMKal", 1}, {"BUMKam", 1}, {"BUMN", 1}, {"BUMNag", 1}, {"BUMPekon", 1}, {"Cabang", 1},
    {"Damkar", 1}, {"Densus", 1}, {"Desa", 1}, {"Dewan", 1}, {"Dinas", 1}, {"Dinkes", 1}, {"Dinsos", 1},
    {"Direktorat", 1}, {"Disdik", 1}, {"Disdukcapil", 1}, {"Dishub", 1}, {"Diskominfo", 1}, {"Disnaker", 1},
    {"Disnakertrans", 1}, {"Disparbud", 1}, {"Disperindag", 1}, {"Dispora", 1}, {"Divisi", 1}, {"Dukcapil", 1},
    {"FC", 1}, {"Forum", 1}, {"Fraksi", 1}, {"Gabungan", 1}, {"Gapoktan", 1}, {"Gerakan", 1}, {"Gereja", 1},
    {"Gugus", 1}, {"Himpunan", 1}, {"Ikatan", 1}, {"Inspektorat", 1}, {"Institut", 1}, {"Jaringan", 1},
    {"Kabupaten", 1}, {"Kankemenag", 1}, {"Kantor", 1}, {"Kanwil", 1}, {"Kecamatan", 1}, {"Kejagung", 1},
    {"Kejaksaan", 1}, {"Kejari", 1}, {"Kejati", 1}, {"Kelompok", 1}, {"Kelurahan", 1}, {"Kemenag", 1},
    {"Kemenaker", 1}, {"Kemendag", 1}, {"Kemendagri", 1}, {"Kemendes", 1}, {"Kemendikbud", 1},
    {"Kemendikbudristek", 1}, {"Kemendikdasmen", 1}, {"Kemendiktisaintek", 1}, {"Kemenekraf", 1}, {"Kemenhan", 1},
    {"Kemenhub", 1}, {"Kemenhut", 1}, {"Kemenimipas", 1}, {"Kemenkes", 1}, {"Kemenkeu", 1}, {"Kemenko", 1},
    {"Kemenkomdigi", 1}, {"Kemenkop", 1}, {"Kemenkum", 1}, {"Kemenkumham", 1}, {"Kemenlu", 1}, {"Kemenpar", 1},
    {"Kemenparekraf", 1}, {"Kemenperin", 1}, {"Kemenpora", 1}, {"Kemenristek", 1}, {"Kemensos", 1}, {"Kementan", 1},
    {"Kementerian", 1}, {"Kementrian", 1}, {"Kemlu", 1}, {"Kemnaker", 1}, {"Kepolisian", 1}, {"Kerapatan", 1},
    {"Kesbangpol", 1}, {"Klinik", 1}, {"Kodam", 1}, {"Kodim", 1}, {"Komdigi", 1}, {"Kominfo", 1}, {"Komisi", 1},
    {"Komite", 1}, {"Komunitas", 1}, {"Kopassus", 1}, {"Koperasi", 1}, {"Koramil", 1}, {"Korem", 1}, {"Kostrad", 1},
    {"Kota", 1}, {"Lanal", 1}, {"Lantamal", 1}, {"Lanud", 1}, {"Lapas", 1}, {"Lembaga", 1}, {"Mabes", 1},
    {"Madrasah", 1}, {"Mahkamah", 1}, {"Majelis", 1}, {"Masjid", 1},
    {"Museum", 1}, {"PA", 1}, {"Paguyuban", 1}, {"Panitia", 1}, {"Partai", 1}, {"Pelabuhan", 1}, {"Pelindo", 1},
    {"Pelni", 1}, {"Pemda", 1}, {"Pemdes", 1}, {"Pemerintah", 1}, {"Pemkab", 1}, {"Pemkot", 1}, {"Pemprov", 1},
    {"Pengadilan", 1}, {"Perhimpunan", 1}, {"Perkumpulan", 1}, {"Persatuan", 1}, {"Pertamina", 1}, {"Perum", 1},
    {"Perumda", 1}, {"Perusahaan", 1}, {"Pesantren", 1}, {"PN", 1}, {"Pokdarwis", 1}, {"Polda", 1},
    {"Politeknik", 1}, {"Polres", 1}, {"Polresta", 1}, {"Polrestabes", 1}, {"Polri", 1}, {"Polsek", 1},
    {"Pondok", 1}, {"Pos", 1}, {"Posko", 1}, {"Posyandu", 1}, {"Program", 1}, {"Provinsi", 1}, {"PT", 1},
    {"Pusat", 1}, {"Puskesmas", 1}, {"Resor", 1}, {"Rumah", 1}, {"Rutan", 1}, {"Satgas", 1}, {"Satpol", 1},
    {"Satuan", 1}, {"Sekolah", 1}, {"Sekretariat", 1}, {"Seksi", ORG_UNIT}, {"Sektor", 1}, {"Serikat", 1},
    {"Setda", 1}, {"Setkab", 1}, {"Setneg", 1}, {"Setwan", 1}, {"Stasiun", 1}, {"Telkom", 1}, {"Tim", 1},
    {"Timnas", 1}, {"Unit", 1}, {"Universitas", 1}, {"Yayasan", 1}, {"Yonif", 1}, {"Batalyon", 1},
};
/* Complementisers that open a reported clause (GOLD.md: bahwa, agar, supaya; the corpora's
 * bahwasanya, semoga and its synonym mudah-mudahan, KBBI). */
static const lex_entry SPEECH_CLAUSE_MARK_WORDS[] = {
    {"agar", 1}, {"bahwa", 1}, {"bahwasannya", 1}, {"bahwasanya", 1}, {"mudah-mudahan", 1}, {"semoga", 1},
    {"supaya", 1},
};
/* Words that mark a clause's predicate: X mengatakan program ini AKAN ...;
 * ter- predicates too ("menyebut hujan ekstrem terjadi pada ..."), and the
 * auxiliaries national news writes (KBBI: sempat, pernah, bakal, hendak,
 * mesti, boleh: "mengaku sempat terjebak ..."; ikut, turut: "menilai Kantor
 * Pertanahan ikut lalai", "mengaku ikut arisan tersebut"; mau, as ingin:
 * "berharap tamu mau tinggal lebih lama"; tampak, as terlihat: "menilai para
 * pemain ... tampak gugup"); the negations and refusals of
 * value AUX_NEGATION: a cue after them reports nothing ("belum menyatakan
 * ...", "enggan merinci ...", "menolak menyebutkan siapa ...") */
static const lex_entry SPEECH_AUX_WORDS[] = {
    {"ada", 1}, {"adalah", 1}, {"akan", 1}, {"bakal", 1}, {"belum", AUX_NEGATION}, {"bisa", 1}, {"boleh", 1},
    {"bukan", AUX_NEGATION}, {"cukup", 1}, {"dapat", 1}, {"diharapkan", 1}, {"enggan", AUX_NEGATION}, {"hanya", 1},
    {"harus", 1}, {"hendak", 1}, {"ialah", 1}, {"ikut", 1}, {"ingin", 1}, {"juga", 1}, {"kemudian", 1}, {"kerap", 1},
    {"makin", 1}, {"mampu", 1}, {"masih", 1}, {"mau", 1}, {"memang", 1}, {"memiliki", 1}, {"mempunyai", 1},
    {"mencapai", 1}, {"menjadi", 1}, {"menolak", AUX_NEGATION}, {"merupakan", 1}, {"mesti", 1}, {"mohon", 1},
    {"mulai", 1}, {"perlu", 1},
    {"pernah", 1}, {"pula", 1}, {"sangat", 1}, {"sedang", 1}, {"segera", 1}, {"selalu", 1}, {"semakin", 1},
    {"sempat", 1}, {"senantiasa", 1}, {"sering", 1}, {"siap", 1}, {"sudah", 1}, {"tak", AUX_NEGATION}, {"tampak", 1},
    {"telah", 1}, {"terbukti", 1}, {"terdapat", 1}, {"terjadi", 1}, {"terlalu", 1}, {"terlihat", 1}, {"tersedia", 1},
    {"terus", 1},
    {"tetap", 1}, {"tidak", AUX_NEGATION}, {"turut", 1}, {"wajib", 1},
};
/* Quantifiers and articles before a role ("salah satu", "seorang", "para", "sang"; KBBI), and the
 * "pihak" of a body's side ("Pihak perusahaan juga memastikan": the probe sets). */
static const lex_entry SPEECH_FILLER_WORDS[] = {
    {"beberapa", 1}, {"para", 1}, {"pihak", 1}, {"salah", 1}, {"sang", 1}, {"satu", 1}, {"seorang", 1},
};
/* Demonstratives and anaphors that point back ("Hal itu", "Demikian", "... ini"; KBBI), and the
 * likeness words of "Hal senada disampaikan X" (national news). */
static const lex_entry SPEECH_ANAPHORA_WORDS[] = {
    {"demikian", 1}, {"hal", 1}, {"ini", ANAPHORA_DEMONSTRATIVE}, {"itu", ANAPHORA_DEMONSTRATIVE},
    {"senada", ANAPHORA_LIKENESS}, {"serupa", ANAPHORA_LIKENESS}, {"tersebut", ANAPHORA_DEMONSTRATIVE},
};
/* "..., demikian X", "..., begitu kata X" (real and wild corpora). */
static const lex_entry SPEECH_CLOSER_WORDS[] = {
    {"begitu", 1}, {"demikian", 1},
};
/* Coordinating conjunctions (KBBI: dan, serta, atau). */
static const lex_entry SPEECH_CONJUNCTION_WORDS[] = {
    {"atau", 1}, {"dan", 1}, {"serta", 1},
};
/* "X berharap kerja sama, khususnya dengan Kabupaten Sambas, terus
 * diperkuat": between the commas an example, not the clause's end. */
static const lex_entry SPEECH_ASIDE_WORDS[] = {
    {"khususnya", 1}, {"misalnya", 1}, {"seperti", 1}, {"termasuk", 1}, {"terutama", 1}, {"yaitu", 1}, {"yakni", 1},
};

/* Words after an office word that belong to it ("Sekretaris Jenderal", "Direktur Utama",
 * "Pelaksana Tugas", "Ketua Umum", "Juru Bicara"; the go.id offices of the corpora). */
static const lex_entry SPEECH_OFFICE_QUALIFIER_WORDS[] = {
    {"Besar", 1}, {"Bicara", 1}, {"Daerah", 1}, {"Eksekutif", 1}, {"Executive", 1}, {"Harian", 1}, {"Jenderal", 1},
    {"Madya", 1}, {"Muda", 1}, {"Officer", 1}, {"Pelaksana", 1}, {"Tugas", 1}, {"Umum", 1}, {"Utama", 1},
};

/* Abbreviations that Indonesian releases write before a number or a name
 * ("3 s.d. 7 Maret", "Rp. 300 ribu", "No. 5", "Jl. Sudirman", "Kab. Banjar",
 * "Budi dkk. menyampaikan"), and shortened first names ("H. Abd. Hamid",
 * "Moh. Jatim", "Muh. Taufik": wild corpus), acting offices ("Pj. Gubernur",
 * "Plt. Sekda"), the Minangkabau "Dt." (Datuk), the Bugis-Makassar "Dg."
 * (Daeng: "Muhammad Sikki Dg. Tojeng") and North Maluku's "Hi." (Haji:
 * "Jafar Hi. Gamsungi") and Sulawesi's "Dj." ("Nurmala Dj. Abdullah", "Nurain
 * Dj. Talib": a father's name, Djafar or Djalil, shortened) inside a name,
 * and the Dutch-era law degree "Mr."
 * of the streets named after its holders ("Jalan Mr. Iskandar", "Jl. Mr.
 * Muhammad Yamin"): a full stop after them ends no sentence. */
static const lex_entry SPEECH_ABBREVIATION_WORDS[] = {
    {"a.n", 1}, {"Abd", 1}, {"Dg", 1}, {"Dj", 1}, {"dkk", 1}, {"Dt", 1}, {"Hi", 1}, {"hlm", 1}, {"Jl", 1}, {"Kab", 1},
    {"Kec", 1}, {"Kel", 1},
    {"Mhd", 1}, {"Moch", 1}, {"Moh", 1}, {"Mr", 1}, {"Muh", 1}, {"No", 1}, {"Pj", 1}, {"Pjs", 1}, {"Plh", 1}, {"Plt", 1},
    {"Prov", 1}, {"Rp", 1}, {"s.d", 1}, {"Tb", 1}, {"Tbk", 1}, {"tgl", 1}, {"Yth", 1},
};

/* Conjunctions a reported clause may open with, kept in its text: "Ia
 * menambahkan jika ...", "Dia juga menambahkan karena ..." (real pages). */
static const lex_entry SPEECH_SUBORDINATOR_WORDS[] = {
    {"apabila", 1}, {"bila", 1}, {"jika", 1}, {"kalau", 1}, {"karena", 1}, {"sebab", 1},
};
/* "-nya" words that are a reported clause's subject ("mengatakan pihaknya
 * akan ..."; real and wild pages) and point back to the current speaker; any
 * other "-nya" word right after the verb heads a noun phrase ("menegaskan
 * pentingnya ..."). */
static const lex_entry SPEECH_CLAUSE_SUBJECT_WORDS[] = {
    {"dirinya", 1}, {"jajarannya", 1}, {"pihaknya", 1},
};
/* A feeling reported after "mengaku" or "menyatakan" is no clause
 * ("mengaku senang", "menyatakan bangga"; GOLD.md): KBBI's adjectives of
 * feeling that the corpora and national news write there. */
static const lex_entry SPEECH_FEELING_WORDS[] = {
    {"bahagia", 1}, {"bangga", 1}, {"bersyukur", 1}, {"bingung", 1}, {"capek", 1}, {"cemas", 1}, {"gelisah", 1},
    {"gembira", 1}, {"geram", 1}, {"grogi", 1}, {"gugup", 1}, {"heran", 1}, {"kaget", 1}, {"kagum", 1},
    {"kecewa", 1}, {"kesal", 1}, {"khawatir", 1}, {"lega", 1}, {"lelah", 1}, {"malu", 1}, {"marah", 1},
    {"menyesal", 1}, {"nyaman", 1}, {"panik", 1}, {"penasaran", 1}, {"prihatin", 1}, {"puas", 1}, {"ragu", 1},
    {"resah", 1}, {"salut", 1},
    {"sedih", 1}, {"senang", 1}, {"stres", 1}, {"syok", 1}, {"takjub", 1}, {"takut", 1}, {"tenang", 1},
    {"terbantu", 1}, {"terharu", 1}, {"terinspirasi", 1}, {"terkejut", 1}, {"terkesan", 1}, {"terpukul", 1},
    {"tersanjung", 1}, {"trauma", 1}, {"waswas", 1},
};
/* Words of a connective that may stand before a cue inside a sentence ("Itu
 * sebabnya, lanjut X, ...", "Kemudian lagi katanya, ..."): the quote is then
 * the clause after the cue, not the whole sentence (GOLD.md); before a
 * subject they are no part of it ("Sedangkan Abdullah mengatakan"; real
 * pages). */
static const lex_entry SPEECH_CONNECTIVE_WORDS[] = {
    {"adapun", 1}, {"apalagi", 1}, {"bahkan", 1}, {"itu", 1}, {"jadi", 1}, {"karena", 1}, {"karenanya", 1},
    {"kemudian", 1}, {"lagi", 1}, {"lalu", 1}, {"lanjut", 1}, {"lebih", 1}, {"maka", 1}, {"masih", 1}, {"namun", 1},
    {"oleh", 1}, {"padahal", 1}, {"pasalnya", 1}, {"sebab", 1}, {"sebabnya", 1}, {"sedangkan", 1}, {"sehingga", 1},
    {"sebagaimana", 1}, {"selain", 1}, {"selanjutnya", 1}, {"sementara", 1}, {"seperti", 1}, {"tetapi", 1},
    {"untuk", 1},
};
/* Words that open a sentence or an adverbial before the person it is about
 * ("Lalu, Mantan Gubernur ...", "Diketahui, Presiden ...", "Kini, Nur Aini ...", "Pasca libur
 * Idulfitri, Pj Gubernur ..."): never part of a name. From the mentions of
 * the real and wild corpora, and KBBI's -nya adverbs (awalnya, biasanya,
 * rupanya); SPEECH_INTRO holds the prepositions. OPENER_PARTICIPLE: the
 * passives of how a reporter met the person or who came with them, whose
 * clause, agent and all, is an adverbial before the speaker ("Ditanya kapan
 * Yosa akan dipanggil, Ferdinandus menjawab", "Ditemui wartawan usai rapat,
 * Budi ...", "Didampingi Kepala Dinas X, Bupati ...", "Disambut guru ...,
 * Angelica mengaku"; the national set and the probe sets). */
static const lex_entry SPEECH_OPENER_WORDS[] = {
    {"acara", 1}, {"akhirnya", 1}, {"awalnya", 1}, {"bahkan", 1}, {"bertindak", 1}, {"biasanya", 1}, {"diakhir", 1},
    {"didampingi", OPENER_PARTICIPLE}, {"dihubungi", OPENER_PARTICIPLE}, {"dijumpai", OPENER_PARTICIPLE},
    {"diketahui", 1}, {"dikonfirmasi", OPENER_PARTICIPLE}, {"disambut", OPENER_PARTICIPLE}, {"disebutkan", 1},
    {"disinggung", OPENER_PARTICIPLE}, {"ditambahkan", 1}, {"ditanya", OPENER_PARTICIPLE},
    {"ditanyakan", OPENER_PARTICIPLE}, {"ditemui", OPENER_PARTICIPLE}, {"diwawancarai", OPENER_PARTICIPLE},
    {"hadir", 1}, {"jelang", 1}, {"juga", 1}, {"kabarnya", 1}, {"kegiatan", 1}, {"kemudian", 1}, {"kini", 1},
    {"lalu", 1}, {"lantas", 1}, {"maka", 1}, {"menjelang", 1}, {"nampaknya", 1}, {"padahal", 1}, {"pasca", 1},
    {"rencananya", 1}, {"rupanya", 1}, {"sayangnya", 1}, {"sebenarnya", 1}, {"sehubungan", 1}, {"sekarang", 1},
    {"selesai", 1}, {"semoga", 1}, {"sepertinya", 1}, {"sesuai", 1}, {"tampaknya", 1}, {"tentunya", 1},
    {"terakhir", 1}, {"ternyata", 1}, {"turut", 1}, {"untungnya", 1}, {"yuk", 1},
    /* the time of a day before the subject: "Sore harinya, Kepala Dinas ...", "Keesokan harinya, ..." */
    {"harinya", 1}, {"keesokan", 1}, {"malamnya", 1}, {"paginya", 1}, {"siangnya", 1}, {"sorenya", 1},
};
/* Place words that end an office's region, never a name: the compass words
 * of region names and the provinces of Indonesia with their press short
 * forms (Jatim, Sumut, Kaltara...). */
static const lex_entry SPEECH_PLACE_WORDS[] = {
    {"Aceh", 1}, {"Babel", 1}, {"Bali", 1}, {"Bangka", 1}, {"Banten", 1}, {"Barat", 1}, {"Belitung", 1},
    {"Bengkulu", 1}, {"Daya", 1}, {"DIY", 1}, {"Gorontalo", 1}, {"Indonesia", 1}, {"Jabar", 1}, {"Jakarta", 1},
    {"Jambi", 1}, {"Jateng", 1}, {"Jatim", 1}, {"Jawa", 1}, {"Jogja", 1}, {"Kalbar", 1}, {"Kalimantan", 1},
    {"Kalsel", 1}, {"Kaltara", 1}, {"Kalteng", 1}, {"Kaltim", 1}, {"Kepri", 1}, {"Kepulauan", 1},
    {"Lampung", 1}, {"Maluku", 1}, {"Nusa", 1}, {"Papua", 1}, {"RI", 1}, {"Riau", 1}, {"Selatan", 1},
    {"Sulawesi", 1}, {"Sulbar", 1}, {"Sulsel", 1}, {"Sulteng", 1}, {"Sultra", 1}, {"Sulut", 1}, {"Sumatera", 1},
    {"Sumatra", 1}, {"Sumbar", 1}, {"Sumsel", 1}, {"Sumut", 1}, {"Tengah", 1}, {"Tenggara", 1}, {"Timur", 1},
    {"Utara", 1}, {"Yogyakarta", 1},
};
/* Words a place's name follows ("Kabupaten Bantul", "Pemkab Sleman",
 * "Polres Gunung Mas"): administrative units and the offices named after
 * their region. */
static const lex_entry SPEECH_PLACE_UNIT_WORDS[] = {
    {"Desa", 1}, {"Distrik", 1}, {"Dusun", 1}, {"Gampong", 1}, {"Jorong", 1}, {"Kab", 1}, {"Kabupaten", 1},
    {"Kalurahan", 1}, {"Kampung", 1}, {"Kankemenag", 1}, {"Kapanewon", 1}, {"Kec", 1}, {"Kecamatan", 1}, {"Kel", 1},
    {"Kelurahan", 1}, {"Kemenag", 1}, {"Kenagarian", 1}, {"Kodim", 1}, {"Kota", 1}, {"Nagari", 1}, {"Padukuhan", 1},
    {"Pekon", 1}, {"Pemkab", 1}, {"Pemkot", 1}, {"Pemprov", 1}, {"Polda", 1}, {"Polres", 1}, {"Polresta", 1},
    {"Polrestabes", 1}, {"Polsek", 1}, {"Propinsi", 1}, {"Prov", 1}, {"Provinsi", 1}, {"RT", 1}, {"RW", 1},
};
/* The fields of offices and organisations ("Kepala Bagian Humas dan
 * Protokol", "Pengadilan Agama"): they end a role and are never a name. From
 * the office names of the corpora (dinas, badan, bagian and court names), the
 * ministries' ("Sekretaris Negara", "Luar Negeri"), the parties' names of
 * KPU's list that are no acronym ("PDI Perjuangan", Gerindra, Golkar) and the
 * police's units (Perkap's Satlantas, Satreskrim ...: "Kasat Lantas"); the bidang of
 * "Sumber Daya Air" and "Sumber Daya Manusia"; the "Inpres" of the schools
 * and markets built under a presidential instruction ("SD Inpres Bakalang",
 * "Pasar Inpres Manonda"). */
static const lex_entry SPEECH_FIELD_WORDS[] = {
    {"Administrasi", 1}, {"Agama", 1}, {"Agraria", 1}, {"Air", 1}, {"Anggaran", 1}, {"Aparatur", 1}, {"Arsip", 1},
    {"Bea", 1},
    {"Bencana", 1}, {"Berkarya", 1}, {"Binmas", 1}, {"Cukai", 1}, {"Demokrat", 1}, {"Digital", 1}, {"Ekonomi", 1},
    {"Energi", 1}, {"Gelora", 1}, {"Gerindra", 1}, {"Golkar", 1}, {"Hanura", 1}, {"Hukum", 1}, {"Humas", 1},
    {"Imigrasi", 1}, {"Industri", 1}, {"Informatika", 1}, {"Inovasi", 1}, {"Inpres", 1}, {"Intel", 1}, {"Intelijen", 1},
    {"Intelkam", 1}, {"Investasi", 1}, {"Keamanan", 1}, {"Kebudayaan", 1}, {"Kegiatan", 1}, {"Kehutanan", 1},
    {"Kekayaan", 1}, {"Kelautan", 1}, {"Kepegawaian", 1}, {"Kepemudaan", 1}, {"Kependudukan", 1},
    {"Kesehatan", 1},
    {"Berencana", 1}, /* "Pengendalian Penduduk, Keluarga Berencana, ...": family planning's office */
    {"Kesejahteraan", 1}, {"Ketenagakerjaan", 1}, {"Ketenagalistrikan", 1}, {"Keuangan", 1}, {"Komunikasi", 1},
    {"Konsumen", 1}, {"Koperasi", 1}, {"Kurikulum", 1}, {"Lantas", 1}, {"Lingkungan", 1}, {"Luar", 1},
    {"Madrasah", 1}, {"Masyarakat", 1}, {"Militer", 1}, {"Mineral", 1}, {"Narkoba", 1}, {"Narkotika", 1},
    {"NasDem", 1}, {"Nasional", 1}, {"Negara", 1}, {"Negeri", 1}, {"Olahraga", 1}, {"Otonomi", 1}, {"Pajak", 1},
    {"Pamong", 1}, {"Pangan", 1}, {"Pariwisata", 1}, {"Pekerjaan", 1}, {"Pelayanan", 1}, {"Pemasyarakatan", 1},
    {"Pembangunan", 1}, {"Pemberdayaan", 1}, {"Pemerintahan", 1}, {"Pemuda", 1}, {"Pendidikan", 1},
    {"Pengawasan", 1}, {"Peradilan", 1}, {"Perbendaharaan", 1}, {"Perdagangan", 1}, {"Perdata", 1},
    {"Perekonomian", 1}, {"Perempuan", 1}, {"Perencanaan", 1}, {"Perhubungan", 1}, {"Perikanan", 1},
    {"Perimbangan", 1}, {"Perindo", 1}, {"Perindustrian", 1}, {"Perjuangan", 1}, {"Perkeretaapian", 1},
    {"Perlindungan", 1}, {"Permukiman", 1}, {"Persandian", 1}, {"Persero", 1}, {"Pertahanan", 1}, {"Pertanian", 1},
    {"Perumahan", 1}, {"Peternakan", 1}, {"Pidana", 1}, {"Polairud", 1}, {"Praja", 1}, {"Propam", 1},
    {"Protokol", 1}, {"Publik", 1}, {"Rakyat", 1}, {"Republik", 1}, {"Reskrim", 1}, {"Reskrimsus", 1},
    {"Reskrimum", 1}, {"Riset", 1}, {"Sabhara", 1}, {"Samapta", 1}, {"Sosial", 1}, {"Statistik", 1}, {"Sumber", 1},
    {"Tata", 1},
    {"Tbk", 1}, {"Teknologi", 1}, {"Tinggi", 1}, {"Transmigrasi", 1}, {"Umum", 1}, {"Usaha", 1}, {"Wilayah", 1},
};
/* Words by which an article points back to the person it quotes. */
static const lex_entry SPEECH_SELF_REFERENCE_WORDS[] = {
    {"dirinya", 1}, {"lelaki", 1}, {"perempuan", 1}, {"pria", 1}, {"wanita", 1}, {"kakek", 1}, {"nenek", 1},
};
/* Words inside a person's name that are no name on their own: lower-case
 * "bin", "van" ("Ahmad bin Umar"), the name parts GOLD.md lists (Lalu,
 * Andi, Cut, Teuku, Anak Agung, La, Wa...), which may look like other words,
 * and the Minangkabau adat title inside a name ("Syafruddin Dt. Rajo
 * Mangkuto": Datuk). */
static const lex_entry SPEECH_NAME_PARTICLE_WORDS[] = {
    {"Agung", 1}, {"al", 1}, {"Anak", 1}, {"Andi", 1}, {"Baiq", 1}, {"bin", 1}, {"binti", 1}, {"boru", 1}, {"br", 1},
    {"Cut", 1}, {"Daeng", 1}, {"de", 1}, {"den", 1}, {"der", 1}, {"Dj", 1}, {"Dt", 1}, {"Gusti", 1}, {"Hi", 1},
    {"I", 1},
    {"Kemas", 1},
    {"Kiagus", 1}, {"La", 1}, {"Lalu", 1}, {"Ni", 1}, {"Nyimas", 1}, {"Raja", 1}, {"Ratu", 1}, {"Said", 1},
    {"Tb", 1}, {"Teuku", 1}, {"Tubagus", 1}, {"van", 1}, {"von", 1}, {"Wa", 1},
    /* the Portuguese-descended names of Flores, Timor and Maluku: "Antonius da Cunha", "dos Santos" */
    {"da", 1}, {"das", 1}, {"dos", 1},
    /* Muhammad and Abdul written short with a dot inside a name: "Andi Muh. Faisal Yunus", "Moh. Farid" */
    {"Abd", 1}, {"Mhd", 1}, {"Moch", 1}, {"Mochd", 1}, {"Moh", 1}, {"Mohd", 1}, {"Muh", 1}, {"Muhd", 1},
};

/* "Mantan Wakapolda Jawa Timur tersebut", "Menurut Mantan Kapolda NTB": an
 * office held before, by which an article points back to its speaker. */
static const lex_entry SPEECH_FORMER_WORDS[] = {
    {"eks", 1}, {"mantan", 1}, {"purnawirawan", 1},
};

/* "... Bone Bolango berdasarkan penilaian Kementrian Keuangan": inside a
 * mention, the words after them (past their lower-case nouns) name the
 * source. */
static const lex_entry SPEECH_ACCORDING_WORDS[] = {
    {"berdasarkan", 1}, {"menurut", 1},
};

/* Common first words of Indonesian names, never places: Arabic name heads
 * (Abdul, Muhammad and its spellings, Siti, Nur), Javanese Sri, Dwi, Tri,
 * Balinese birth-order names (Putu, Made, Nyoman, Ketut, Wayan, Gede). */
static const lex_entry SPEECH_GIVEN_NAME_WORDS[] = {
    {"Abd", 1}, {"Abdul", 1}, {"Ahmad", 1}, {"Dwi", 1}, {"Gede", 1}, {"Kadek", 1}, {"Ketut", 1}, {"Komang", 1},
    {"M", 1}, {"Made", 1}, {"Moch", 1}, {"Moh", 1}, {"Mohamad", 1}, {"Mohammad", 1}, {"Muh", 1}, {"Muhamad", 1},
    {"Muhammad", 1}, {"Nur", 1}, {"Nyoman", 1}, {"Putu", 1}, {"Siti", 1}, {"Sri", 1}, {"Tri", 1}, {"Wayan", 1},
};

/* Nouns that head the capitalised name of an event ("Sidang Isbath Nikah
 * Terpadu", "Rapat Koordinasi", "Upacara Peringatan"), from the subjects of
 * the real and wild corpora, or of a document ("menurut Undang-Undang Nomor
 * 16", "Peraturan Bupati", "Surat Edaran"), and the group pronoun "Mereka"
 * and the counts that head a group ("Ratusan mahasiswa", "Sejumlah warga")
 * (GOLD.md: a pronoun points to a person, not a group): never a person. */
static const lex_entry SPEECH_EVENT_WORDS[] = {
    {"Apel", 1}, {"Aturan", 1}, {"Belasan", 1}, {"Edaran", 1}, {"Festival", 1}, {"Gelar", 1}, {"Instruksi", 1},
    {"Keputusan", 1}, {"Ketentuan", 1}, {"Kunjungan", 1}, {"Lomba", 1}, {"Mereka", 1}, {"Musyawarah", 1},
    {"Pameran", 1}, {"Pasal", 1}, {"Pelantikan", 1}, {"Pelatihan", 1}, {"Pembukaan", 1}, {"Penutupan", 1},
    {"Peraturan", 1}, {"Perbup", 1}, {"Perda", 1}, {"Peresmian", 1}, {"Pergub", 1}, {"Peringatan", 1}, {"Permen", 1},
    {"Perpres", 1}, {"Pertemuan", 1}, {"Perwali", 1}, {"Puluhan", 1}, {"Rakor", 1}, {"Rapat", 1}, {"Ratusan", 1},
    {"Ribuan", 1}, {"Sejumlah", 1}, {"Seminar", 1}, {"Sidang", 1}, {"Sosialisasi", 1}, {"Surat", 1},
    {"Undang-Undang", 1}, {"Upacara", 1}, {"UU", 1}, {"Workshop", 1},
};

#define SPEECH_LIST(array) {(array), sizeof(array) / sizeof *(array)}
const lex_table SPEECH_LISTS[SPEECH_LIST_COUNT] = {
    [SPEECH_CUES] = SPEECH_LIST(SPEECH_CUE_WORDS),
    [SPEECH_HONORIFICS] = SPEECH_LIST(SPEECH_HONORIFIC_WORDS),
    [SPEECH_TITLES] = SPEECH_LIST(SPEECH_TITLE_WORDS),
    [SPEECH_DEGREES] = SPEECH_LIST(SPEECH_DEGREE_WORDS),
    [SPEECH_POSITIONS] = SPEECH_LIST(SPEECH_POSITION_WORDS),
    [SPEECH_PRONOUNS] = SPEECH_LIST(SPEECH_PRONOUN_WORDS),
    [SPEECH_MENTION_STOPS] = SPEECH_LIST(SPEECH_MENTION_STOP_WORDS),
    [SPEECH_INTRO] = SPEECH_LIST(SPEECH_INTRO_WORDS),
    [SPEECH_CLAUSE_MARKS] = SPEECH_LIST(SPEECH_CLAUSE_MARK_WORDS),
    [SPEECH_AUX] = SPEECH_LIST(SPEECH_AUX_WORDS),
    [SPEECH_FILLERS] = SPEECH_LIST(SPEECH_FILLER_WORDS),
    [SPEECH_ORG] = SPEECH_LIST(SPEECH_ORG_WORDS),
    [SPEECH_ANAPHORA] = SPEECH_LIST(SPEECH_ANAPHORA_WORDS),
    [SPEECH_CLOSERS] = SPEECH_LIST(SPEECH_CLOSER_WORDS),
    [SPEECH_CONJUNCTIONS] = SPEECH_LIST(SPEECH_CONJUNCTION_WORDS),
    [SPEECH_ASIDES] = SPEECH_LIST(SPEECH_ASIDE_WORDS),
    [SPEECH_OFFICE_QUALIFIERS] = SPEECH_LIST(SPEECH_OFFICE_QUALIFIER_WORDS),
    [SPEECH_ABBREVIATIONS] = SPEECH_LIST(SPEECH_ABBREVIATION_WORDS),
    [SPEECH_SUBORDINATORS] = SPEECH_LIST(SPEECH_SUBORDINATOR_WORDS),
    [SPEECH_CLAUSE_SUBJECTS] = SPEECH_LIST(SPEECH_CLAUSE_SUBJECT_WORDS),
    [SPEECH_FEELINGS] = SPEECH_LIST(SPEECH_FEELING_WORDS),
    [SPEECH_CONNECTIVES] = SPEECH_LIST(SPEECH_CONNECTIVE_WORDS),
    [SPEECH_OPENERS] = SPEECH_LIST(SPEECH_OPENER_WORDS),
    [SPEECH_PLACES] = SPEECH_LIST(SPEECH_PLACE_WORDS),
    [SPEECH_PLACE_UNITS] = SPEECH_LIST(SPEECH_PLACE_UNIT_WORDS),
    [SPEECH_FIELDS] = SPEECH_LIST(SPEECH_FIELD_WORDS),
    [SPEECH_SELF_REFERENCES] = SPEECH_LIST(SPEECH_SELF_REFERENCE_WORDS),
    [SPEECH_NAME_PARTICLES] = SPEECH_LIST(SPEECH_NAME_PARTICLE_WORDS),
    [SPEECH_FORMER] = SPEECH_LIST(SPEECH_FORMER_WORDS),
    [SPEECH_ACCORDING] = SPEECH_LIST(SPEECH_ACCORDING_WORDS),
    [SPEECH_GIVEN_NAMES] = SPEECH_LIST(SPEECH_GIVEN_NAME_WORDS),
    [SPEECH_EVENTS] = SPEECH_LIST(SPEECH_EVENT_WORDS),
};

/* The regencies and cities of Indonesia, the region an office is of
 * ("Bupati Gunungkidul Sunaryanta", "Wali Kota Bogor Bima Arya"): every
 * name of Kemendagri's code list of regencies and cities, lower case with
 * its spaces and hyphens dropped ("Gunung Kidul" and "Gunungkidul" are
 * one), with the names regencies took since (Toba, Pasangkayu, Kepulauan
 * Tanimbar), Jakarta's administrative cities and regency (Jakarta Timur,
 * Kepulauan Seribu) and the press's short forms of them (Kukar, Inhil, Muba,
 * Solo). Provinces are SPEECH_PLACE_WORDS. */
static const lex_entry REGION_NAME_KEYS[] = {
    {"acehbarat", 1}, {"acehbaratdaya", 1}, {"acehbesar", 1}, {"acehjaya", 1}, {"acehselatan", 1},
    {"acehsingkil", 1}, {"acehtamiang", 1}, {"acehtengah", 1}, {"acehtenggara", 1}, {"acehtimur", 1},
    {"acehutara", 1}, {"agam", 1}, {"alor", 1}, {"ambon", 1}, {"anambas", 1}, {"asahan", 1}, {"asmat", 1}, {"badung", 1},
    {"balangan", 1}, {"balikpapan", 1}, {"bandaaceh", 1}, {"bandarlampung", 1}, {"bandung", 1}, {"bandungbarat", 1},
    {"banggai", 1}, {"banggaikepulauan", 1}, {"banggailaut", 1}, {"bangkabarat", 1}, {"bangkalan", 1},
    {"bangkaselatan", 1}, {"bangkatengah", 1}, {"bangli", 1}, {"banjar", 1}, {"banjarbaru", 1}, {"banjarmasin", 1},
    {"banjarnegara", 1}, {"bantaeng", 1}, {"bantul", 1}, {"banyuasin", 1}, {"banyumas", 1}, {"banyuwangi", 1},
    {"baritokuala", 1}, {"baritoselatan", 1}, {"baritotimur", 1}, {"baritoutara", 1}, {"barru", 1}, {"barsel", 1},
    {"bartim", 1}, {"barut", 1}, {"batam", 1}, {"batang", 1}, {"batanghari", 1}, {"batola", 1}, {"batu", 1},
    {"batubara", 1}, {"baubau", 1}, {"bekasi", 1}, {"belitungtimur", 1}, {"belu", 1}, {"benermeriah", 1},
    {"bengkalis", 1}, {"bengkayang", 1}, {"bengkuluselatan", 1}, {"bengkulutengah", 1}, {"bengkuluutara", 1},
    {"berau", 1}, {"biaknumfor", 1}, {"bima", 1}, {"binjai", 1}, {"bintan", 1}, {"bireuen", 1}, {"bitung", 1},
    {"blitar", 1}, {"blora", 1}, {"boalemo", 1}, {"bogor", 1}, {"bojonegoro", 1}, {"bolaangmongondow", 1},
    {"bolaangmongondowselatan", 1}, {"bolaangmongondowtimur", 1}, {"bolaangmongondowutara", 1}, {"bolmong", 1},
    {"bombana", 1}, {"bondowoso", 1}, {"bone", 1}, {"bonebolango", 1}, {"bontang", 1}, {"bovendigoel", 1},
    {"boyolali", 1}, {"brebes", 1}, {"bukittinggi", 1}, {"buleleng", 1}, {"bulukumba", 1}, {"bulungan", 1},
    {"bungo", 1}, {"buol", 1}, {"bursel", 1}, {"buru", 1}, {"buruselatan", 1}, {"buton", 1}, {"butonselatan", 1},
    {"butontengah", 1}, {"butonutara", 1}, {"ciamis", 1}, {"cianjur", 1}, {"cilacap", 1}, {"cilegon", 1},
    {"cimahi", 1}, {"cirebon", 1}, {"dairi", 1}, {"deiyai", 1}, {"deliserdang", 1}, {"demak", 1}, {"denpasar", 1},
    {"depok", 1}, {"dharmasraya", 1}, {"dogiyai", 1}, {"dompu", 1}, {"donggala", 1}, {"dumai", 1},
    {"empatlawang", 1}, {"ende", 1}, {"enrekang", 1}, {"fakfak", 1}, {"florestimur", 1}, {"garut", 1},
    {"gayolues", 1}, {"gianyar", 1}, {"gorontaloutara", 1}, {"gowa", 1}, {"gresik", 1}, {"grobogan", 1},
    {"gunungkidul", 1}, {"gunungmas", 1}, {"gunungsitoli", 1}, {"halbar", 1}, {"halmaherabarat", 1},
    {"halmaheraselatan", 1}, {"halmaheratengah", 1}, {"halmaheratimur", 1}, {"halmaherautara", 1}, {"halsel", 1},
    {"halteng", 1}, {"haltim", 1}, {"halut", 1}, {"hulusungaiselatan", 1}, {"hulusungaitengah", 1},
    {"hulusungaiutara", 1}, {"humbahas", 1}, {"humbanghasundutan", 1}, {"indragirihilir", 1}, {"indragirihulu", 1},
    {"indramayu", 1}, {"inhil", 1}, {"inhu", 1}, {"intanjaya", 1}, {"jakartabarat", 1}, {"jakartapusat", 1},
    {"jakartaselatan", 1}, {"jakartatimur", 1}, {"jakartautara", 1}, {"jayapura", 1}, {"jayawijaya", 1},
    {"jember", 1}, {"jembrana", 1}, {"jeneponto", 1}, {"jepara", 1}, {"jombang", 1}, {"kaimana", 1}, {"kampar", 1},
    {"kapuas", 1}, {"kapuashulu", 1}, {"karanganyar", 1}, {"karangasem", 1}, {"karawang", 1}, {"karimun", 1},
    {"karo", 1}, {"katingan", 1}, {"kaur", 1}, {"kayongutara", 1}, {"kebumen", 1}, {"kediri", 1}, {"keerom", 1},
    {"kendal", 1}, {"kendari", 1}, {"kepahiang", 1}, {"kepulauananambas", 1}, {"kepulauanaru", 1},
    {"kepulauanmentawai", 1}, {"kepulauanmeranti", 1}, {"kepulauansangihe", 1}, {"kepulauanselayar", 1},
    {"kepulauanseribu", 1}, {"kepulauansula", 1}, {"kepulauantalaud", 1}, {"kepulauantanimbar", 1},
    {"kepulauanyapen", 1}, {"kerinci", 1}, {"ketapang", 1}, {"klaten", 1}, {"klungkung", 1}, {"kobar", 1},
    {"kolaka", 1}, {"kolakatimur", 1}, {"kolakautara", 1}, {"konawe", 1}, {"konawekepulauan", 1},
    {"konaweselatan", 1}, {"konaweutara", 1}, {"kotabaru", 1}, {"kotamobagu", 1}, {"kotawaringinbarat", 1},
    {"kotawaringintimur", 1}, {"kotim", 1}, {"kuansing", 1}, {"kuantansingingi", 1}, {"kubar", 1}, {"kuburaya", 1},
    {"kudus", 1}, {"kukar", 1}, {"kulonprogo", 1}, {"kuningan", 1}, {"kupang", 1}, {"kutaibarat", 1},
    {"kutaikartanegara", 1}, {"kutaitimur", 1}, {"kutim", 1}, {"labuhanbatu", 1}, {"labuhanbatuselatan", 1},
    {"labuhanbatuutara", 1}, {"labura", 1}, {"labusel", 1}, {"lahat", 1}, {"lamandau", 1}, {"lamongan", 1},
    {"lampungbarat", 1}, {"lampungselatan", 1}, {"lampungtengah", 1}, {"lampungtimur", 1}, {"lampungutara", 1},
    {"landak", 1}, {"langkat", 1}, {"langsa", 1}, {"lannyjaya", 1}, {"lebak", 1}, {"lebong", 1}, {"lembata", 1},
    {"lhokseumawe", 1}, {"limapuluhkota", 1}, {"lingga", 1}, {"lobar", 1}, {"lombokbarat", 1}, {"lomboktengah", 1},
    {"lomboktimur", 1}, {"lombokutara", 1}, {"loteng", 1}, {"lotim", 1}, {"lubuklinggau", 1}, {"lumajang", 1},
    {"luwu", 1}, {"luwutimur", 1}, {"luwuutara", 1}, {"mabar", 1}, {"madina", 1}, {"madiun", 1}, {"magelang", 1},
    {"magetan", 1}, {"mahakamhulu", 1}, {"majalengka", 1}, {"majene", 1}, {"makassar", 1}, {"malaka", 1},
    {"malang", 1}, {"malinau", 1}, {"malra", 1}, {"malteng", 1}, {"malukubaratdaya", 1}, {"malukutengah", 1},
    {"malukutenggara", 1}, {"malukutenggarabarat", 1}, {"mamasa", 1}, {"mamberamoraya", 1}, {"mamberamotengah", 1},
    {"mamuju", 1}, {"mamujutengah", 1}, {"mamujuutara", 1}, {"manado", 1}, {"mandailingnatal", 1}, {"manggarai", 1},
    {"manggaraibarat", 1}, {"manggaraitimur", 1}, {"manokwari", 1}, {"manokwariselatan", 1}, {"mappi", 1},
    {"maros", 1}, {"mataram", 1}, {"matim", 1}, {"maybrat", 1}, {"medan", 1}, {"melawi", 1}, {"mempawah", 1},
    {"mentawai", 1}, {"merangin", 1}, {"meranti", 1}, {"merauke", 1}, {"mesuji", 1}, {"metro", 1}, {"mimika", 1},
    {"minahasa", 1},
    {"minahasaselatan", 1}, {"minahasatenggara", 1}, {"minahasautara", 1}, {"minsel", 1}, {"minut", 1},
    {"mojokerto", 1}, {"morowali", 1}, {"morowaliutara", 1}, {"muaraenim", 1}, {"muarojambi", 1}, {"muba", 1},
    {"mukomuko", 1}, {"muna", 1}, {"munabarat", 1}, {"muratara", 1}, {"murungraya", 1}, {"musibanyuasin", 1},
    {"musirawas", 1}, {"musirawasutara", 1}, {"nabire", 1}, {"naganraya", 1}, {"nagekeo", 1}, {"natuna", 1},
    {"nduga", 1}, {"ngada", 1}, {"nganjuk", 1}, {"ngawi", 1}, {"nias", 1}, {"niasbarat", 1}, {"niasselatan", 1},
    {"niasutara", 1}, {"nunukan", 1}, {"oganilir", 1}, {"ogankomeringilir", 1}, {"ogankomeringulu", 1},
    {"ogankomeringuluselatan", 1}, {"ogankomeringulutimur", 1}, {"pacitan", 1}, {"padang", 1}, {"padanglawas", 1},
    {"padanglawasutara", 1}, {"padangpanjang", 1}, {"padangpariaman", 1}, {"padangsidimpuan", 1}, {"pagaralam", 1},
    {"pakpakbharat", 1}, {"palangkaraya", 1}, {"palas", 1}, {"palembang", 1}, {"palopo", 1}, {"palu", 1},
    {"paluta", 1}, {"pamekasan", 1}, {"pandeglang", 1}, {"pangandaran", 1}, {"pangkajenedankepulauan", 1},
    {"pangkalpinang", 1}, {"pangkep", 1}, {"paniai", 1}, {"parepare", 1}, {"pariaman", 1}, {"parigimoutong", 1},
    {"pasaman", 1}, {"pasamanbarat", 1}, {"pasangkayu", 1}, {"pasbar", 1}, {"paser", 1}, {"pasuruan", 1},
    {"pati", 1}, {"payakumbuh", 1}, {"pegununganarfak", 1}, {"pegununganbintang", 1}, {"pekalongan", 1},
    {"pekanbaru", 1}, {"pelalawan", 1}, {"pemalang", 1}, {"pematangsiantar", 1}, {"penajampaserutara", 1},
    {"penukalabablematangilir", 1}, {"pesawaran", 1}, {"pesisirbarat", 1}, {"pesisirselatan", 1}, {"pessel", 1},
    {"pidie", 1}, {"pidiejaya", 1}, {"pinrang", 1}, {"pohuwato", 1}, {"polewalimandar", 1}, {"ponorogo", 1},
    {"pontianak", 1}, {"poso", 1}, {"prabumulih", 1}, {"pringsewu", 1}, {"probolinggo", 1}, {"pulangpisau", 1},
    {"pulpis", 1},
    {"pulaumorotai", 1}, {"pulautaliabu", 1}, {"puncak", 1}, {"puncakjaya", 1}, {"purbalingga", 1},
    {"purwakarta", 1}, {"purworejo", 1}, {"rajaampat", 1}, {"rejanglebong", 1}, {"rembang", 1}, {"rohil", 1},
    {"rohul", 1}, {"rokanhilir", 1}, {"rokanhulu", 1}, {"rotendao", 1}, {"sabang", 1}, {"saburaijua", 1},
    {"salatiga", 1}, {"samarinda", 1}, {"sambas", 1}, {"samosir", 1}, {"sampang", 1}, {"sanggau", 1}, {"sangihe", 1},
    {"sarmi", 1},
    {"sarolangun", 1}, {"sawahlunto", 1}, {"sekadau", 1}, {"selayar", 1}, {"seluma", 1}, {"semarang", 1},
    {"serambagianbarat", 1},
    {"serambagiantimur", 1}, {"serang", 1}, {"serdangbedagai", 1}, {"sergai", 1}, {"seruyan", 1}, {"siak", 1},
    {"siantar", 1}, {"siautagulandangbiaro", 1}, {"sibolga", 1}, {"sidenrengrappang", 1}, {"sidoarjo", 1},
    {"sidrap", 1}, {"sigi", 1}, {"sijunjung", 1}, {"sikka", 1}, {"simalungun", 1}, {"simeulue", 1},
    {"singkawang", 1}, {"sinjai", 1}, {"sintang", 1}, {"sitaro", 1}, {"situbondo", 1}, {"sleman", 1}, {"solo", 1},
    {"solok", 1}, {"solokselatan", 1}, {"soppeng", 1}, {"sorong", 1}, {"sorongselatan", 1}, {"sragen", 1},
    {"subang", 1}, {"subulussalam", 1}, {"sukabumi", 1}, {"sukamara", 1}, {"sukoharjo", 1}, {"sula", 1},
    {"sumbabarat", 1},
    {"sumbabaratdaya", 1}, {"sumbatengah", 1}, {"sumbatimur", 1}, {"sumbawa", 1}, {"sumbawabarat", 1},
    {"sumedang", 1}, {"sumenep", 1}, {"sungaipenuh", 1}, {"supiori", 1}, {"surabaya", 1}, {"surakarta", 1},
    {"tabalong", 1}, {"tabanan", 1}, {"takalar", 1}, {"talaud", 1}, {"tambrauw", 1}, {"tanahbumbu", 1},
    {"tanahdatar", 1},
    {"tanahlaut", 1}, {"tanatidung", 1}, {"tanatoraja", 1}, {"tangerang", 1}, {"tangerangselatan", 1},
    {"tanggamus", 1}, {"tanimbar", 1}, {"tanjabbar", 1}, {"tanjabtim", 1}, {"tanjungbalai", 1},
    {"tanjungjabungbarat", 1},
    {"tanjungjabungtimur", 1}, {"tanjungpinang", 1}, {"tapanuliselatan", 1}, {"tapanulitengah", 1},
    {"tapanuliutara", 1}, {"tapin", 1}, {"tapsel", 1}, {"tapteng", 1}, {"taput", 1}, {"tarakan", 1},
    {"tasikmalaya", 1}, {"tebingtinggi", 1}, {"tebo", 1}, {"tegal", 1}, {"telukbintuni", 1}, {"telukwondama", 1},
    {"temanggung", 1}, {"ternate", 1}, {"tidorekepulauan", 1}, {"timortengahselatan", 1}, {"timortengahutara", 1},
    {"toba", 1}, {"tobasamosir", 1}, {"tojounauna", 1}, {"tolikara", 1}, {"tolitoli", 1}, {"tomohon", 1},
    {"torajautara", 1}, {"trenggalek", 1}, {"tual", 1}, {"tuban", 1}, {"tulangbawang", 1}, {"tulangbawangbarat", 1},
    {"tulungagung", 1}, {"wajo", 1}, {"wakatobi", 1}, {"waropen", 1}, {"waykanan", 1}, {"wonogiri", 1},
    {"wonosobo", 1}, {"yahukimo", 1}, {"yalimo", 1}, {"yapen", 1},
};
const lex_table REGION_NAMES = SPEECH_LIST(REGION_NAME_KEYS);

/* The countries Indonesian news names after an office ("Presiden Rusia Vladimir Putin",
 * "Duta Besar RI untuk Jepang Heri Akhmadi"), keyed as REGION_NAME_KEYS: the Indonesian
 * names of states as KBBI spells them, with the press's variants (Cina, Tiongkok; Perancis;
 * Korsel, Korut). */
static const lex_entry COUNTRY_NAME_KEYS[] = {
    {"afghanistan", 1}, {"afrikaselatan", 1}, {"aljazair", 1}, {"amerikaserikat", 1}, {"angola", 1}, {"arabsaudi", 1},
    {"argentina", 1}, {"armenia", 1}, {"australia", 1}, {"austria", 1}, {"azerbaijan", 1}, {"bahrain", 1},
    {"bangladesh", 1}, {"belanda", 1}, {"belarus", 1}, {"belgia", 1}, {"bolivia", 1}, {"bosnia", 1}, {"brasil", 1},
    {"brazil", 1}, {"britaniaraya", 1}, {"brunei", 1}, {"bruneidarussalam", 1}, {"bulgaria", 1}, {"ceko", 1},
    {"chili", 1}, {"china", 1}, {"cina", 1}, {"denmark", 1}, {"ekuador", 1}, {"ethiopia", 1}, {"etiopia", 1},
    {"fiji", 1}, {"filipina", 1}, {"finlandia", 1}, {"georgia", 1}, {"ghana", 1}, {"hongaria", 1}, {"india", 1},
    {"inggris", 1}, {"irak", 1}, {"iran", 1}, {"irlandia", 1}, {"islandia", 1}, {"israel", 1}, {"italia", 1},
    {"jamaika", 1}, {"jepang", 1}, {"jerman", 1}, {"kamboja", 1}, {"kamerun", 1}, {"kanada", 1}, {"kazakhstan", 1},
    {"kenya", 1}, {"kirgistan", 1}, {"kolombia", 1}, {"korea", 1}, {"koreaselatan", 1}, {"koreautara", 1},
    {"korsel", 1}, {"korut", 1}, {"kosovo", 1}, {"kroasia", 1}, {"kuba", 1}, {"kuwait", 1}, {"laos", 1}, {"latvia", 1},
    {"lebanon", 1}, {"libya", 1}, {"lituania", 1}, {"maladewa", 1}, {"malaysia", 1}, {"maroko", 1}, {"meksiko", 1},
    {"mesir", 1}, {"mongolia", 1}, {"myanmar", 1}, {"namibia", 1}, {"nepal", 1}, {"nigeria", 1}, {"norwegia", 1},
    {"oman", 1}, {"pakistan", 1}, {"palestina", 1}, {"panama", 1}, {"papuanugini", 1}, {"paraguay", 1}, {"perancis", 1},
    {"peru", 1}, {"polandia", 1}, {"portugal", 1}, {"prancis", 1}, {"qatar", 1}, {"rumania", 1}, {"rusia", 1},
    {"selandiabaru", 1}, {"senegal", 1}, {"serbia", 1}, {"singapura", 1}, {"slovenia", 1}, {"slowakia", 1},
    {"somalia", 1}, {"spanyol", 1}, {"srilanka", 1}, {"sudan", 1}, {"suriah", 1}, {"suriname", 1}, {"swedia", 1},
    {"swiss", 1}, {"taiwan", 1}, {"tajikistan", 1}, {"tanzania", 1}, {"thailand", 1}, {"timorleste", 1},
    {"tiongkok", 1}, {"tunisia", 1}, {"turki", 1}, {"turkmenistan", 1}, {"uganda", 1}, {"ukraina", 1},
    {"uniemiratarab", 1}, {"uruguay", 1}, {"uzbekistan", 1}, {"vanuatu", 1}, {"vatikan", 1}, {"venezuela", 1},
    {"vietnam", 1}, {"yaman", 1}, {"yordania", 1}, {"yunani", 1}, {"zimbabwe", 1},
};
const lex_table COUNTRY_NAMES = SPEECH_LIST(COUNTRY_NAME_KEYS);

/* How an article gives a person's nickname or stage name ("Antonius Wibisono
 * yang akrab disapa Koh Anton", "Wali Kota yang akrab disapa Hendi ini", "atau
 * yang lebih dikenal dengan nama panggung Rinoa", "yang lebih dikenal sebagai
 * Koh Asiong", a customary title "yang bergelar adat Batin Pemuka"; the wild
 * corpus and national news): the cue,
 * and the words between it and the nickname; "asli" and "lengkap" of
 * "bernama asli Yohana Tehupuring" give a person's real, full name. */
static const lex_entry NICKNAME_WORD_KEYS[] = {
    {"adat", NICK_LINK}, {"akrab", NICK_LINK}, {"akrabnya", NICK_LINK}, {"alias", NICK_ALIAS}, {"asli", NICK_LINK},
    {"bergelar", NICK_CUE},
    {"berinisial", NICK_NAMING}, {"bernama", NICK_NAMING},
    {"dengan", NICK_LINK}, {"dijuluki", NICK_CUE}, {"dikenal", NICK_CUE}, {"dipanggil", NICK_CUE},
    {"disapa", NICK_CUE}, {"julukan", NICK_CUE}, {"lengkap", NICK_LINK}, {"nama", NICK_LINK},
    {"panggilan", NICK_CUE}, {"panggung", NICK_LINK}, {"sapaan", NICK_CUE}, {"sebagai", NICK_LINK},
    {"sebutan", NICK_LINK}, {"sebut", NICK_NAMING}, {"saja", NICK_LINK}, /* a pseudonym: "sebut saja Kenzo" */
};
const lex_table NICKNAME_WORDS = SPEECH_LIST(NICKNAME_WORD_KEYS);

/* Adjectives and verbs of state whose -nya form is a noun ("pentingnya", "tingginya", "adanya",
 * "naiknya"; KBBI), which the cues of the corpora take as their object: "menegaskan pentingnya
 * menjaga ..."; without -nya after a clause's subject they are its predicate ("memastikan stok
 * beras aman", "mengaku omzetnya turun"). STATE_UNDERGONE: what befalls someone (losing, lacking,
 * the adversative ke-...-an verbs), a predicate also with the speaker as its unsaid subject
 * ("mengaku kehilangan sepeda motornya"). */
static const lex_entry NOMINAL_ADJECTIVE_KEYS[] = {
    {"ada", 1}, {"akut", 1}, {"aman", 1}, {"anjlok", 1}, {"bagus", 1}, {"baik", 1}, {"bangkrut", 1}, {"banyak", 1},
    {"besar", 1}, {"buruk", 1}, {"cepat", 1}, {"cukup", 1}, {"efektif", 1}, {"gagal", STATE_UNDERGONE}, {"habis", 1},
    {"hilang", 1}, {"jelas", 1}, {"kalah", STATE_UNDERGONE}, {"kebobolan", STATE_UNDERGONE}, {"kecil", 1},
    {"kehabisan", STATE_UNDERGONE}, {"kehilangan", STATE_UNDERGONE}, {"kekurangan", STATE_UNDERGONE},
    {"kesulitan", STATE_UNDERGONE}, {"ketinggalan", STATE_UNDERGONE}, {"kewalahan", STATE_UNDERGONE}, {"kokoh", 1},
    {"kondusif", 1}, {"kosong", 1}, {"kritis", 1}, {"kuat", 1}, {"kurang", 1}, {"lambat", 1}, {"lancar", 1},
    {"langka", 1}, {"layak", 1}, {"lemah", 1}, {"lengkap", 1}, {"lolos", STATE_UNDERGONE}, {"luas", 1}, {"ludes", 1},
    {"macet", 1}, {"mahal", 1}, {"menang", STATE_UNDERGONE}, {"minim", 1}, {"mudah", 1}, {"mundur", 1}, {"murah", 1},
    {"naik", 1}, {"negatif", 1}, {"normal", 1}, {"optimal", 1}, {"padat", 1}, {"parah", 1}, {"penting", 1},
    {"penuh", 1}, {"perlu", 1}, {"positif", 1}, {"pulih", 1}, {"ramai", 1}, {"rampung", 1}, {"rapi", 1}, {"rawan", 1},
    {"rendah", 1}, {"rusak", 1}, {"sedikit", 1}, {"sehat", 1}, {"sejalan", 1}, {"selaras", 1}, {"selesai", 1},
    {"sembuh", 1}, {"sepi", 1}, {"sesuai", 1}, {"siap", 1}, {"signifikan", 1}, {"stabil", 1}, {"stagnan", 1},
    {"sukses", 1}, {"sulit", 1}, {"surut", 1}, {"tepat", 1}, {"terlambat", 1}, {"tinggi", 1}, {"tumbuh", 1},
    {"tuntas", 1}, {"turun", 1}, {"wajar", 1},
};
const lex_table NOMINAL_ADJECTIVES = SPEECH_LIST(NOMINAL_ADJECTIVE_KEYS);

/* Words made like a verb that are none: nouns, a pronoun, adverbs and prepositions written
 * glued to "di", and ter- words that are nouns, adjectives or prepositions (tersangka, terpencil,
 * terhadap; "warga terdampak") (the most frequent such words of the real and wild corpora,
 * KBBI's classes), and the jasmine of police ranks' epithets ("perwira tiga melati itu": an AKBP). */
static const lex_entry NOT_VERB_KEYS[] = {
    {"beras", 1}, {"berat", 1}, {"berbagai", 1}, {"berikut", 1}, {"berikutnya", 1}, {"berita", 1}, {"berkah", 1},
    {"berkas", 1}, {"berpangkat", 1}, {"bersih", 1}, {"berumur", 1}, {"berupa", 1}, {"berusia", 1}, {"dialog", 1},
    {"diantaranya", 1}, {"diare", 1}, {"dibawah", 1}, {"digital", 1}, {"dilingkungan", 1}, {"diluar", 1}, {"dimana", 1},
    {"dimensi", 1}, {"dinamika", 1}, {"dinas", 1}, {"dinding", 1}, {"dingin", 1}, {"dirjen", 1}, {"disela", 1},
    {"disiplin", 1}, {"diskusi", 1}, {"distribusi", 1}, {"distrik", 1}, {"media", 1}, {"mediasi", 1}, {"medis", 1},
    {"mebel", 1}, {"mebeler", 1}, {"mediator", 1}, {"megah", 1}, {"meja", 1}, {"mekanisme", 1}, {"mekar", 1},
    {"melainkan", 1}, {"melati", 1}, {"menantu", 1}, {"menara", 1}, {"menengah", 1}, {"menit", 1}, {"mentah", 1},
    {"mental", 1}, {"menteri", 1}, {"mentor", 1}, {"menu", 1}, {"merah", 1}, {"mesjid", 1}, {"meubel", 1},
    {"merdeka", 1}, {"merek", 1}, {"mereka", 1}, {"meriah", 1}, {"mertua", 1}, {"mesin", 1}, {"meter", 1},
    {"metode", 1}, {"mewah", 1}, {"terakhir", 1}, {"terbaru", 1}, {"terdakwa", 1}, {"terdampak", 1}, {"terdekat", 1},
    {"terdepan", 1}, {"terhadap", 1}, {"terimakasih", 1}, {"terkait", 1}, {"terlebih", 1}, {"termasuk", 1},
    {"terobosan", 1}, {"terpadat", 1}, {"terpadu", 1}, {"terparah", 1}, {"terpencil", 1}, {"tersangka", 1},
    {"tersebut", 1}, {"tersendiri", 1}, {"tertentu", 1}, {"tertinggal", 1}, {"tertulis", 1}, {"terutama", 1},
};
const lex_table NOT_VERBS = SPEECH_LIST(NOT_VERB_KEYS);

/* The bare verbs headlines put after their subject ("Gubernur Herman Deru Dorong Literasi ...",
 * "Sekda Asrun Sebut Tema ...", "Pjs Wali Kota Palu Pimpin Rapat ..."; the real and wild
 * corpora's headlines and the press's usual ones), where a name in a headline ends. */
static const lex_entry HEADLINE_VERB_KEYS[] = {
    {"ajak", 1}, {"akui", 1}, {"apresiasi", 1}, {"bahas", 1}, {"bakal", 1}, {"bantah", 1}, {"beberkan", 1}, {"beri", 1},
    {"berikan", 1}, {"buka", 1}, {"cek", 1}, {"dampingi", 1}, {"dorong", 1}, {"dukung", 1}, {"hadiri", 1}, {"harap", 1},
    {"imbau", 1}, {"ingatkan", 1}, {"instruksikan", 1}, {"jamin", 1}, {"janji", 1}, {"kunjungi", 1}, {"lantik", 1},
    {"lepas", 1}, {"luncurkan", 1}, {"minta", 1}, {"nilai", 1}, {"paparkan", 1}, {"pastikan", 1}, {"pimpin", 1},
    {"raih", 1}, {"resmikan", 1}, {"sambut", 1}, {"sampaikan", 1}, {"sebut", 1}, {"serahkan", 1}, {"siap", 1},
    {"soroti", 1}, {"tanggapi", 1}, {"targetkan", 1}, {"tegaskan", 1}, {"tekankan", 1}, {"terima", 1}, {"terus", 1},
    {"tinjau", 1}, {"tolak", 1}, {"ungkap", 1}, {"usulkan", 1}, {"yakin", 1},
};
const lex_table HEADLINE_VERBS = SPEECH_LIST(HEADLINE_VERB_KEYS);

/* Verbs that take no me-, ber- or di- and are a clause's predicate (KBBI's intransitive base verbs the
 * press writes most: "para pengepul datang dari Dobo", "ide kelas itu muncul dari keluhan petani"), and the
 * ber- verbs whose prefix is written be- or bel- (belajar, bekerja, beternak). */
static const lex_entry BARE_VERB_KEYS[] = {
    {"bekerja", 1}, {"belajar", 1}, {"bepergian", 1}, {"beternak", 1}, {"datang", 1}, {"habis", 1},
    {"hadir", 1}, {"hanyut", 1}, {"hilang", 1}, {"jatuh", 1}, {"kalah", 1}, {"keluar", 1}, {"lahir", 1}, {"laku", 1},
    {"lari", 1}, {"lolos", 1}, {"lulus", 1}, {"luput", 1}, {"masuk", 1}, {"muncul", 1}, {"naik", 1}, {"pergi", 1},
    {"pindah", 1}, {"pulang", 1}, {"roboh", 1}, {"runtuh", 1}, {"sembuh", 1}, {"tenggelam", 1},
    {"tewas", 1}, {"tiba", 1}, {"tidur", 1}, {"tinggal", 1}, {"tumbang", 1}, {"tumbuh", 1}, {"turun", 1},
};
const lex_table BARE_VERBS = SPEECH_LIST(BARE_VERB_KEYS);

/* The words before a figure that state it of a subject, as reports of statistics and budgets write
 * (KBBI: se- + adjective of measure): "jumlah penduduk miskin sebanyak 301,2 ribu orang", "nilai
 * ekspor sebesar 12 juta dolar", "kerugian negara senilai Rp1,2 miliar". */
static const lex_entry QUANTITY_PREDICATE_KEYS[] = {
    {"sebanyak", 1}, {"sebesar", 1}, {"senilai", 1}, {"setinggi", 1}, {"seluas", 1}, {"sepanjang", 1},
};
const lex_table QUANTITY_PREDICATES = SPEECH_LIST(QUANTITY_PREDICATE_KEYS);

/* Offices and organisations as the press shortens them, spelt out so that
 * "Kakanwil" and "Kepala Kantor Wilayah Kementerian Agama Provinsi Aceh" are
 * one office (from the real and wild corpora, and the short forms national
 * news uses for its sources' offices). */
const speech_role_abbrev SPEECH_ROLE_ABBREVS[] = {
    {"Sekda", "Sekretaris Daerah"}, {"Wagub", "Wakil Gubernur"}, {"Wabup", "Wakil Bupati"},
    {"Wawali", "Wakil Wali Kota"}, {"Walikota", "Wali Kota"}, {"Kadis", "Kepala Dinas"},
    {"Kadinkes", "Kepala Dinas Kesehatan"}, {"Kaban", "Kepala Badan"}, {"Kabid", "Kepala Bidang"},
    {"Kades", "Kepala Desa"}, {"Kalaksa", "Kepala Pelaksana"}, {"Pj", "Penjabat"}, {"Plt", "Pelaksana Tugas"},
    {"Plh", "Pelaksana Harian"}, {"Menkes", "Menteri Kesehatan"}, {"Mendagri", "Menteri Dalam Negeri"},
    {"Dirjen", "Direktur Jenderal"}, {"Sekjen", "Sekretaris Jenderal"}, {"Kesra", "Kesejahteraan Rakyat"},
    {"Setda", "Sekretariat Daerah"}, {"Pemprov", "Pemerintah Provinsi"}, {"Pemkab", "Pemerintah Kabupaten"},
    {"Pemkot", "Pemerintah Kota"}, {"Sekdaprov", "Sekretaris Daerah Provinsi"},
    {"Sekdakab", "Sekretaris Daerah Kabupaten"}, {"Sekdako", "Sekretaris Daerah Kota"},
    {"Sekkab", "Sekretaris Kabupaten"}, {"Sekcam", "Sekretaris Kecamatan"}, {"Pjs", "Penjabat Sementara"},
    {"Wamen", "Wakil Menteri"}, {"Menag", "Menteri Agama"}, {"Menkeu", "Menteri Keuangan"},
    {"Mensos", "Menteri Sosial"}, {"Menkominfo", "Menteri Komunikasi dan Informatika"},
    {"Gubri", "Gubernur Riau"}, {"Wagubri", "Wakil Gubernur Riau"}, {"Kakanwil", "Kepala Kantor Wilayah"},
    {"Kanwil", "Kantor Wilayah"}, {"Kakan", "Kepala Kantor"}, {"Kemenag", "Kementerian Agama"},
    {"Kankemenag", "Kantor Kementerian Agama"}, {"Kakankemenag", "Kepala Kantor Kementerian Agama"},
    {"Kabag", "Kepala Bagian"}, {"Kasubbag", "Kepala Sub Bagian"}, {"Kasubag", "Kepala Sub Bagian"},
    {"Kasi", "Kepala Seksi"}, {"TU", "Tata Usaha"}, {"Kalapas", "Kepala Lembaga Pemasyarakatan"},
    {"Lapas", "Lembaga Pemasyarakatan"}, {"Karutan", "Kepala Rumah Tahanan"}, {"Rutan", "Rumah Tahanan"},
    {"Kalak", "Kepala Pelaksana"}, {"Walkot", "Wali Kota"}, {"Kepsek", "Kepala Sekolah"},
    {"Dirut", "Direktur Utama"}, {"Jubir", "Juru Bicara"}, {"Ketum", "Ketua Umum"}, {"Wapres", "Wakil Presiden"},
    {"Kadiv", "Kepala Divisi"}, {"Kabidhumas", "Kepala Bidang Humas"}, {"Wamenkeu", "Wakil Menteri Keuangan"},
    /* the cabinet's short forms as national news writes them */
    {"Mendag", "Menteri Perdagangan"}, {"Menlu", "Menteri Luar Negeri"}, {"Menhan", "Menteri Pertahanan"},
    {"Menhub", "Menteri Perhubungan"}, {"Menaker", "Menteri Ketenagakerjaan"}, {"Mentan", "Menteri Pertanian"},
    {"Menpora", "Menteri Pemuda dan Olahraga"}, {"Menperin", "Menteri Perindustrian"},
    {"Menkumham", "Menteri Hukum dan Hak Asasi Manusia"}, {"Menko", "Menteri Koordinator"},
    {"Mensesneg", "Menteri Sekretaris Negara"}, {"Menparekraf", "Menteri Pariwisata dan Ekonomi Kreatif"},
    {"Mendikbud", "Menteri Pendidikan dan Kebudayaan"}, {"Menkop", "Menteri Koperasi"},
    {"Menkum", "Menteri Hukum"}, {"Menham", "Menteri Hak Asasi Manusia"},
    {"Mendikdasmen", "Menteri Pendidikan Dasar dan Menengah"},
    {"Mendiktisaintek", "Menteri Pendidikan Tinggi, Sains, dan Teknologi"},
    {"Menkomdigi", "Menteri Komunikasi dan Digital"}, {"Menpar", "Menteri Pariwisata"},
    {"Menekraf", "Menteri Ekonomi Kreatif"}, {"Menimipas", "Menteri Imigrasi dan Pemasyarakatan"},
    {"Menbud", "Menteri Kebudayaan"}, {"JPU", "Jaksa Penuntut Umum"},
    /* police and military commands, as the press and the commands' own sites spell them out */
    {"Kapolri", "Kepala Kepolisian Negara Republik Indonesia"}, {"Kapolda", "Kepala Kepolisian Daerah"},
    {"Kapolres", "Kepala Kepolisian Resor"}, {"Kapolresta", "Kepala Kepolisian Resor Kota"},
    {"Kapolsek", "Kepala Kepolisian Sektor"}, {"Wakapolda", "Wakil Kepala Kepolisian Daerah"},
    {"Dandim", "Komandan Kodim"}, {"Danrem", "Komandan Korem"}, {"Pangdam", "Panglima Kodam"},
    {"Danramil", "Komandan Koramil"}, {"Danlanal", "Komandan Lanal"}, {"Danlanud", "Komandan Lanud"},
    {"Danlantamal", "Komandan Lantamal"}, {"Danyon", "Komandan Batalyon"},
    {"Danyonif", "Komandan Yonif"}, {"Danrindam", "Komandan Rindam"}, {"Danpomdam", "Komandan Pomdam"},
    {"Dansatbrimob", "Komandan Satbrimob"}, {"Kasad", "Kepala Staf Angkatan Darat"},
    {"Kasal", "Kepala Staf Angkatan Laut"}, {"Kasau", "Kepala Staf Angkatan Udara"},
    {"Wawako", "Wakil Wali Kota"}, {"Wako", "Wali Kota"}, {"Konjen", "Konsul Jenderal"},
    /* the prosecution service's offices, as its releases shorten them ("Kepala Kejari X" then "kata
     * Kajari": the probe sets) */
    {"Kajari", "Kepala Kejaksaan Negeri"}, {"Kejari", "Kejaksaan Negeri"}, {"Kajati", "Kepala Kejaksaan Tinggi"},
    {"Kejati", "Kejaksaan Tinggi"},
    /* provinces as the press and the provinces' own offices shorten them ("Polda Sulsel", "Kanwil
     * Kemenag Jatim": the real and wild corpora) */
    {"Sumut", "Sumatera Utara"}, {"Sumbar", "Sumatera Barat"}, {"Sumsel", "Sumatera Selatan"},
    {"Kepri", "Kepulauan Riau"}, {"Babel", "Bangka Belitung"}, {"Jabar", "Jawa Barat"},
    {"Jateng", "Jawa Tengah"}, {"Jatim", "Jawa Timur"}, {"DIY", "Daerah Istimewa Yogyakarta"},
    {"NTB", "Nusa Tenggara Barat"}, {"NTT", "Nusa Tenggara Timur"}, {"Kalbar", "Kalimantan Barat"},
    {"Kalteng", "Kalimantan Tengah"}, {"Kalsel", "Kalimantan Selatan"}, {"Kaltim", "Kalimantan Timur"},
    {"Kaltara", "Kalimantan Utara"}, {"Sulut", "Sulawesi Utara"}, {"Sulteng", "Sulawesi Tengah"},
    {"Sulsel", "Sulawesi Selatan"}, {"Sultra", "Sulawesi Tenggara"}, {"Sulbar", "Sulawesi Barat"},
    {"Malut", "Maluku Utara"}, {"Pabar", "Papua Barat"},
    /* regional offices (Dishub, Dinkes, Diskominfo: the real and wild corpora) */
    {"Kadinsos", "Kepala Dinas Sosial"}, {"Kadisdik", "Kepala Dinas Pendidikan"},
    {"Kadishub", "Kepala Dinas Perhubungan"}, {"Dinsos", "Dinas Sosial"}, {"Dinkes", "Dinas Kesehatan"},
    {"Disdik", "Dinas Pendidikan"}, {"Dishub", "Dinas Perhubungan"},
    {"Diskominfo", "Dinas Komunikasi dan Informatika"},
};

const size_t SPEECH_ROLE_ABBREV_COUNT = sizeof SPEECH_ROLE_ABBREVS / sizeof *SPEECH_ROLE_ABBREVS;

/* Epithets the press gives an office ("Kepala Negara juga mengingatkan ...",
 * "kata RI 1"): the office they stand for. */
const speech_role_abbrev SPEECH_OFFICE_EPITHETS[] = {
    {"Kepala Negara", "Presiden"}, {"Orang Nomor Satu di Indonesia", "Presiden"}, {"RI 1", "Presiden"},
    {"RI 2", "Wakil Presiden"},
};
const size_t SPEECH_OFFICE_EPITHET_COUNT = sizeof SPEECH_OFFICE_EPITHETS / sizeof *SPEECH_OFFICE_EPITHETS;

/* Ranks spelled out, as Tempo, Kompas and the forces' own releases write them
 * ("Inspektur Jenderal Karyoto", "Komisaris Besar Ade Ary"): the police
 * ranks of Perkap 2016 and the TNI's of UU 34/2004 that take more than one
 * word (one-word ranks are SPEECH_TITLE_WORDS); and Lombok's Tuan Guru, a
 * scholar's title, spelled out as TGH. and TGB. are. Sorted: seg_rank_phrase
 * stops at the first phrase past a word's letter. */
const char *const SPEECH_RANK_PHRASES[] = {
    "Ajun Inspektur Polisi Dua", "Ajun Inspektur Polisi Satu", "Ajun Komisaris Besar", "Ajun Komisaris Polisi",
    "Bhayangkara Dua", "Bhayangkara Kepala", "Bhayangkara Satu", "Brigadir Dua", "Brigadir Jenderal",
    "Brigadir Kepala", "Brigadir Polisi Dua", "Brigadir Polisi Kepala", "Brigadir Polisi Satu", "Brigadir Satu",
    "Inspektur Jenderal", "Inspektur Polisi Dua", "Inspektur Polisi Satu", "Komisaris Besar", "Komisaris Jenderal",
    "Komisaris Polisi", "Kopral Dua", "Kopral Kepala", "Kopral Satu", "Laksamana Madya", "Laksamana Muda",
    "Laksamana Pertama", "Letnan Dua", "Letnan Jenderal", "Letnan Kolonel", "Letnan Satu", "Marsekal Madya",
    "Marsekal Muda", "Marsekal Pertama", "Mayor Jenderal", "Pembantu Letnan Dua", "Pembantu Letnan Satu",
    "Prajurit Dua", "Prajurit Kepala", "Prajurit Satu", "Sersan Dua", "Sersan Kepala", "Sersan Mayor",
    "Sersan Satu", "Tuan Guru", "Tuan Guru Bajang", "Tuan Guru Haji",
};
const size_t SPEECH_RANK_PHRASE_COUNT = sizeof SPEECH_RANK_PHRASES / sizeof *SPEECH_RANK_PHRASES;
