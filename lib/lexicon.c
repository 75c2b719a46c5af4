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
    {"written by", PAGE_AUTHOR | PAGE_BARE}, {"author", PAGE_AUTHOR}, {"teks", PAGE_AUTHOR},
    {"naskah", PAGE_AUTHOR}, {"reporter", PAGE_REPORTER}, {"pewarta", PAGE_REPORTER},
    {"wartawan", PAGE_REPORTER}, {"kontributor", PAGE_REPORTER}, {"liputan", PAGE_REPORTER},
    {"jurnalis", PAGE_REPORTER},
    {"editor", PAGE_EDITOR}, {"penyunting", PAGE_EDITOR}, {"redaktur", PAGE_EDITOR},
    {"editing", PAGE_EDITOR}, {"foto", PAGE_PHOTOGRAPHER}, {"fotografer", PAGE_PHOTOGRAPHER},
    {"pewarta foto", PAGE_PHOTOGRAPHER}, {"foto oleh", PAGE_PHOTOGRAPHER | PAGE_BARE},
    {"photo", PAGE_PHOTOGRAPHER}, {"sumber foto", PAGE_PHOTOGRAPHER}, {"sumber", PAGE_SOURCE},
    {"source", PAGE_SOURCE},
    {"label", PAGE_LABELS | PAGE_BARE}, {"labels", PAGE_LABELS | PAGE_BARE}, {"tag", PAGE_LABELS | PAGE_BARE},
    {"tags", PAGE_LABELS | PAGE_BARE}, {"kategori", PAGE_LABELS | PAGE_BARE},
    {"category", PAGE_LABELS | PAGE_BARE}, {"categories", PAGE_LABELS | PAGE_BARE},
    {"topik", PAGE_LABELS | PAGE_BARE}, {"gambar", PAGE_CAPTION}, {"keterangan foto", PAGE_CAPTION},
    {"keterangan gambar", PAGE_CAPTION}, {"keterangan", PAGE_CAPTION}, {"ket", PAGE_CAPTION},
    {"caption", PAGE_CAPTION}, {"ilustrasi", PAGE_CAPTION}, {"narahubung", PAGE_CONTACT},
    {"kontak media", PAGE_CONTACT}, {"kontak", PAGE_CONTACT}, {"contact person", PAGE_CONTACT},
    {"informasi lebih lanjut", PAGE_CONTACT}, {"bagikan", PAGE_SHARE | PAGE_BARE},
    {"bagikan ke", PAGE_SHARE | PAGE_BARE},
    {"share", PAGE_SHARE | PAGE_BARE}, {"sebarkan", PAGE_SHARE | PAGE_BARE},
    {"baca juga", PAGE_RELATED | PAGE_BARE}, {"baca pula", PAGE_RELATED | PAGE_BARE},
    {"simak juga", PAGE_RELATED | PAGE_BARE}, {"lihat juga", PAGE_RELATED | PAGE_BARE},
    {"berita terkait", PAGE_END | PAGE_BARE}, {"berita lainnya", PAGE_END | PAGE_BARE},
    {"berita lain", PAGE_END | PAGE_BARE}, {"artikel terkait", PAGE_END | PAGE_BARE},
    {"tulisan terkait", PAGE_END | PAGE_BARE}, {"postingan terkait", PAGE_END | PAGE_BARE},
    {"berita populer", PAGE_END | PAGE_BARE}, {"berita terbaru", PAGE_END | PAGE_BARE},
    {"terpopuler", PAGE_END | PAGE_BARE}, {"tinggalkan balasan", PAGE_END | PAGE_BARE},
    {"tinggalkan komentar", PAGE_END | PAGE_BARE}, {"komentar", PAGE_END | PAGE_BARE},
    {"posting komentar", PAGE_END | PAGE_BARE}, {"tentang penulis", PAGE_END | PAGE_BARE},
};
static const lex_entry PAGE_CMS_LOGIN_WORDS[] = {
    {"admin", 1}, {"administrator", 1}, {"superadmin", 1}, {"operator", 1}, {"webmaster", 1},
};
static const lex_entry PAGE_STAND_IN_WORDS[] = {
    {"istimewa", 1}, {"ist", 1}, {"ilustrasi", 1}, {"net", 1}, {"internet", 1}, {"google", 1},
    {"screenshot", 1}, {"tangkapan", 1},
    /* a newsroom's sign-off "(Red)" names no one (real corpus) */
    {"red", 1}, {"redaksi", 1}, {"adv", 1}, {"advertorial", 1},
};
static const lex_entry PAGE_NAME_STOP_WORDS[] = {
    {"pada", 1}, {"di", 1}, {"tanggal", 1}, {"on", 1}, {"at", 1},
};
/* lower-case particles of Indonesian and Dutch-descended names (GOLD.md name parts) */
static const lex_entry PAGE_NAME_LINK_WORDS[] = {
    {"bin", 1}, {"binti", 1}, {"van", 1}, {"de", 1}, {"al", 1}, {"boru", 1}, {"br", 1},
};

#define PAGE_LIST(array) {(array), sizeof(array) / sizeof *(array)}
const lex_table PAGE_LISTS[PAGE_LIST_COUNT] = {
    [PAGE_LINE_LABELS] = PAGE_LIST(PAGE_LINE_LABEL_WORDS),
    [PAGE_CMS_LOGINS] = PAGE_LIST(PAGE_CMS_LOGIN_WORDS),
    [PAGE_STAND_INS] = PAGE_LIST(PAGE_STAND_IN_WORDS),
    [PAGE_NAME_STOPS] = PAGE_LIST(PAGE_NAME_STOP_WORDS),
    [PAGE_NAME_LINKS] = PAGE_LIST(PAGE_NAME_LINK_WORDS),
};

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
static const lex_entry DATE_WEEKDAY_WORDS[] = {
    {"senin", 0}, {"selasa", 1}, {"rabu", 2}, {"kamis", 3}, {"jumat", 4}, {"jum'at", 4}, {"jum\u2019at", 4},
    {"sabtu", 5}, {"minggu", 6}, {"ahad", 6}, {"monday", 0}, {"tuesday", 1}, {"wednesday", 2},
    {"thursday", 3}, {"friday", 4}, {"saturday", 5}, {"sunday", 6},
    {"sen", 0 | DATE_ABBREV}, {"sel", 1 | DATE_ABBREV}, {"rab", 2 | DATE_ABBREV}, {"kam", 3 | DATE_ABBREV},
    {"jum", 4 | DATE_ABBREV}, {"sab", 5 | DATE_ABBREV}, {"min", 6 | DATE_ABBREV}, {"mgg", 6 | DATE_ABBREV},
    {"mon", 0 | DATE_ABBREV}, {"tue", 1 | DATE_ABBREV}, {"wed", 2 | DATE_ABBREV}, {"thu", 3 | DATE_ABBREV},
    {"fri", 4 | DATE_ABBREV}, {"sat", 5 | DATE_ABBREV}, {"sun", 6 | DATE_ABBREV},
};
static const lex_entry DATE_RANGE_WORD_WORDS[] = {
    {"hingga", 1}, {"sampai", 1}, {"sampai dengan", 1}, {"sampai dgn", 1}, {"s.d.", 1}, {"s.d", 1},
    {"s/d", 1}, {"s/d.", 1}, {"-", 1}, {"\u2013", 1}, {"\u2014", 1}, {"\u2212", 1},
};
static const lex_entry DATE_DAY_CUE_WORDS[] = {{"tanggal", 1}, {"tgl", 1}, {"tgl.", 1}};
static const lex_entry DATE_RELATIVE_DAY_WORDS[] = {
    {"hari ini", DATE_RELATIVE_ZERO}, {"kemarin", DATE_RELATIVE_ZERO - 1}, {"besok", DATE_RELATIVE_ZERO + 1},
    {"lusa", DATE_RELATIVE_ZERO + 2},
};
static const lex_entry DATE_PERIOD_NOUN_WORDS[] = {
    {"tahun", 1}, {"bulan", 1}, {"minggu", 1}, {"pekan", 1}, {"musim", 1}, {"masa", 1}, {"periode", 1},
    {"libur", 1}, {"liburan", 1}, {"lebaran", 1}, {"natal", 1}, {"ramadan", 1}, {"mudik", 1},
    {"pemilu", 1}, {"pilkada", 1}, {"semester", 1}, {"zaman", 1},
};
static const lex_entry DATE_NUMBER_CUE_WORDS[] = {
    {"nomor", 1}, {"nomer", 1}, {"no", 1}, {"nmr", 1}, {"image", 1}, {"img", 1}, {"screenshot", 1},
    {"photo", 1}, {"video", 1}, {"vid", 1}, {"dsc", 1}, {"pxl", 1}, {"scan", 1},
};
static const lex_entry DATE_TIME_CUE_WORDS[] = {{"pukul", 1}, {"pkl", 1}, {"pkl.", 1}, {"jam", 1}};
static const lex_entry DATE_ZONE_WORDS[] = {{"wib", 7 * 60}, {"wita", 8 * 60}, {"wit", 9 * 60}};
static const lex_entry DATE_UTC_NAME_WORDS[] = {{"gmt", 0}, {"utc", 0}, {"z", 0}};

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
};

/* ---- speech: cues, honorifics, titles, degrees, positions, pronouns (quotes.c, speakers.c) ---- */

/* The speech stages look up every word of the body, so each speech table is
 * kept sorted by speech_word_compare and searched by halves. */
static inline int fold_ascii(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

static inline int word_order(const char *word, size_t len, const char *entry)
{
    for (size_t i = 0;; i++) {
        if (i == len)
            return entry[i] ? -1 : 0;
        if (!entry[i])
            return 1;
        int d = fold_ascii((unsigned char)word[i]) - fold_ascii((unsigned char)entry[i]);
        if (d)
            return d;
    }
}

int speech_word_compare(const char *word, size_t len, const char *entry) { return word_order(word, len, entry); }

int speech_lookup(speech_list list, const char *word, size_t len)
{
    const lex_entry *e = SPEECH_LISTS[list].entries;
    size_t lo = 0, hi = SPEECH_LISTS[list].count;
    if (len == 0)
        return -1; /* no entry is empty */
    int first = fold_ascii((unsigned char)word[0]);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        /* most probes differ in the first letter */
        int c = first - fold_ascii((unsigned char)e[mid].word[0]);
        if (c == 0)
            c = word_order(word + 1, len - 1, e[mid].word + 1);
        if (c == 0)
            return e[mid].value;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

/* FNV-1a over the ASCII-folded word: its two filter bits. */
static uint32_t speech_hash(const char *word, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (uint32_t)fold_ascii((unsigned char)word[i])) * 16777619u;
    return h;
}

enum { FILTER_BITS = 64 * 64 };

static void filter_set(speech_filter *f, uint32_t bit) { f->bits[bit / 64 % 64] |= (uint64_t)1 << (bit % 64); }
static bool filter_has(const speech_filter *f, uint32_t bit)
{
    return (f->bits[bit / 64 % 64] >> (bit % 64)) & 1;
}

void speech_filter_init(speech_filter *f, unsigned lists)
{
    memset(f, 0, sizeof *f);
    for (unsigned l = 0; l < SPEECH_LIST_COUNT; l++)
        for (size_t i = 0; (lists >> l & 1) && i < SPEECH_LISTS[l].count; i++) {
            const char *w = SPEECH_LISTS[l].entries[i].word;
            uint32_t h = speech_hash(w, strlen(w));
            filter_set(f, h % FILTER_BITS);
            filter_set(f, (h >> 16) % FILTER_BITS);
        }
}

bool speech_filter_may_hold(const speech_filter *f, const char *word, size_t len)
{
    uint32_t h = speech_hash(word, len);
    return filter_has(f, h % FILTER_BITS) && filter_has(f, (h >> 16) % FILTER_BITS);
}

/* Bare stems also take -nya (ujarnya) and point back to the current speaker. */
static const lex_entry SPEECH_CUE_WORDS[] = {
    {"ajak", CUE_BARE}, {"aku", CUE_BARE}, {"akui", CUE_BARE}, {"arahan", CUE_NOUN}, {"beber", CUE_BARE},
    {"berharap", CUE_VERB | CUE_CLAUSE}, {"berkata", CUE_VERB}, {"berpesan", CUE_VERB}, {"bertutur", CUE_VERB},
    {"berujar", CUE_VERB}, {"cetus", CUE_BARE}, {"dijelaskan", CUE_PASSIVE}, {"dikatakan", CUE_PASSIVE},
    {"dipaparkan", CUE_PASSIVE}, {"disampaikan", CUE_PASSIVE}, {"ditegaskan", CUE_PASSIVE},
    {"dituturkan", CUE_PASSIVE}, {"diungkapkan", CUE_PASSIVE}, {"diutarakan", CUE_PASSIVE}, {"harap", CUE_BARE},
    {"imbau", CUE_BARE}, {"imbuh", CUE_BARE}, {"jawab", CUE_BARE}, {"jelas", CUE_BARE}, {"kata", CUE_BARE},
    {"katakan", CUE_BARE}, {"kenang", CUE_BARE}, {"keterangan", CUE_NOUN}, {"lanjut", CUE_BARE},
    {"melaporkan", CUE_VERB}, {"memaparkan", CUE_VERB}, {"memastikan", CUE_VERB}, {"membeberkan", CUE_VERB},
    {"meminta", CUE_VERB}, {"menambahkan", CUE_VERB}, {"menegaskan", CUE_VERB}, {"menekankan", CUE_VERB},
    {"menerangkan", CUE_VERB}, {"mengajak", CUE_VERB}, {"mengakui", CUE_VERB},
    {"mengatakan", CUE_VERB | CUE_CLAUSE}, {"mengemukakan", CUE_VERB}, {"mengharapkan", CUE_VERB},
    {"mengimbau", CUE_VERB}, {"menginformasikan", CUE_VERB}, {"mengingatkan", CUE_VERB}, {"mengklaim", CUE_VERB},
    {"mengungkapkan", CUE_VERB}, {"menguraikan", CUE_VERB}, {"mengutarakan", CUE_VERB},
    {"menilai", CUE_VERB | CUE_CLAUSE}, {"menjelaskan", CUE_VERB}, {"menuturkan", CUE_VERB},
    {"menyampaikan", CUE_VERB}, {"menyatakan", CUE_VERB}, {"menyebut", CUE_VERB},
    {"menyebutkan", CUE_VERB | CUE_CLAUSE}, {"papar", CUE_BARE}, {"penjelasan", CUE_NOUN}, {"pernyataan", CUE_NOUN},
    {"pesan", CUE_BARE}, {"pinta", CUE_BARE}, {"pungkas", CUE_BARE}, {"sambung", CUE_BARE}, {"sambutan", CUE_NOUN},
    {"sebut", CUE_BARE}, {"seru", CUE_BARE}, {"tambah", CUE_BARE}, {"tandas", CUE_BARE}, {"tanya", CUE_BARE},
    {"tegas", CUE_BARE}, {"terang", CUE_BARE}, {"timpal", CUE_BARE}, {"tukas", CUE_BARE}, {"tutup", CUE_BARE},
    {"tutur", CUE_BARE}, {"ucap", CUE_BARE}, {"ujar", CUE_BARE}, {"ungkap", CUE_BARE}, {"urai", CUE_BARE},
};
static const lex_entry SPEECH_HONORIFIC_WORDS[] = {
    {"Bapak", 1}, {"Bu", 1}, {"Ibu", 1}, {"Ny", 1}, {"Nyonya", 1}, {"Pak", 1}, {"Saudara", 1}, {"Saudari", 1},
    {"Sdr", 1}, {"Sdri", 1}, {"Tuan", 1},
};
static const lex_entry SPEECH_TITLE_WORDS[] = {
    {"Aipda", 1}, {"Aiptu", 1}, {"AKBP", 1}, {"AKP", 1}, {"Apt", 1}, {"Brigadir", 1}, {"Brigjen", 1},
    {"Bripda", 1}, {"Bripka", 1}, {"Briptu", 1}, {"Capt", 1}, {"Dr", 1}, {"Dra", 1}, {"drg", 1},
    {"Drs", 1}, {"H", 1}, {"Hj", 1}, {"Inf", 1}, {"Ipda", 1}, {"Iptu", 1}, {"Ir", 1}, {"Irjen", 1},
    {"Jenderal", 1}, {"K.H", 1}, {"Kapten", 1}, {"KH", 1}, {"Kolonel", 1}, {"Kombes", 1}, {"Komjen", 1},
    {"Kompol", 1}, {"Laksamana", 1}, {"Letda", 1}, {"Letjen", 1}, {"Letkol", 1}, {"Lettu", 1}, {"Marsekal", 1},
    {"Mayjen", 1}, {"Mayor", 1}, {"Ns", 1}, {"Pdt", 1}, {"Pol", 1}, {"Prof", 1}, {"TNI", 1}, {"Ust", 1},
    {"Ustaz", 1},
};
static const lex_entry SPEECH_DEGREE_WORDS[] = {
    {"MBA", 1}, {"MHum", 1}, {"MKes", 1}, {"MM", 1}, {"MPd", 1}, {"MPH", 1}, {"MSc", 1}, {"MSi", 1}, {"MT", 1},
    {"Ph.D", 1}, {"PhD", 1}, {"SE", 1}, {"SH", 1}, {"SKM", 1}, {"SPd", 1}, {"ST", 1},
};
static const lex_entry SPEECH_POSITION_WORDS[] = {
    {"Anggota", POS_DESCRIPTOR}, {"Asisten", POS_OFFICE}, {"Bendesa", POS_OFFICE}, {"Bidan", POS_DESCRIPTOR},
    {"Bupati", POS_OFFICE}, {"Camat", POS_OFFICE}, {"Dandim", POS_OFFICE}, {"Danrem", POS_OFFICE},
    {"Dekan", POS_OFFICE}, {"Deputi", POS_OFFICE}, {"Direktur", POS_OFFICE}, {"Dirjen", POS_OFFICE},
    {"Dokter", POS_DESCRIPTOR}, {"Dosen", POS_DESCRIPTOR}, {"Gubernur", POS_OFFICE}, {"Guru", POS_DESCRIPTOR},
    {"Ibu-ibu", POS_DESCRIPTOR}, {"Inspektur", POS_OFFICE}, {"Juru", POS_OFFICE}, {"Kaban", POS_OFFICE},
    {"Kabid", POS_OFFICE}, {"Kader", POS_DESCRIPTOR}, {"Kades", POS_OFFICE}, {"Kadinkes", POS_OFFICE},
    {"Kadis", POS_OFFICE}, {"Kajari", POS_OFFICE}, {"Kajati", POS_OFFICE}, {"Kalaksa", POS_OFFICE},
    {"Kapolda", POS_OFFICE}, {"Kapolres", POS_OFFICE}, {"Kapolresta", POS_OFFICE}, {"Kapolsek", POS_OFFICE},
    {"Kapuskes", POS_OFFICE}, {"Kasat", POS_OFFICE}, {"Kasi", POS_OFFICE}, {"Kasubag", POS_OFFICE},
    {"Kelian", POS_OFFICE}, {"Kepala", POS_OFFICE}, {"Ketua", POS_OFFICE}, {"Komandan", POS_OFFICE},
    {"Komisioner", POS_OFFICE}, {"Koordinator", POS_OFFICE}, {"Lurah", POS_OFFICE},
    {"Mahasiswa", POS_DESCRIPTOR}, {"Manajer", POS_OFFICE}, {"Mendagri", POS_OFFICE}, {"Menkes", POS_OFFICE},
    {"Menteri", POS_OFFICE}, {"Nelayan", POS_DESCRIPTOR}, {"Orang", POS_DESCRIPTOR}, {"Pangdam", POS_OFFICE},
    {"Panglima", POS_OFFICE}, {"Pasien", POS_DESCRIPTOR}, {"Pedagang", POS_DESCRIPTOR}, {"Pejabat", POS_OFFICE},
    {"Pelajar", POS_DESCRIPTOR}, {"Pelaku", POS_DESCRIPTOR}, {"Pembeli", POS_DESCRIPTOR},
    {"Pemilik", POS_DESCRIPTOR}, {"Pemimpin", POS_OFFICE}, {"Pendamping", POS_DESCRIPTOR},
    {"Penerima", POS_DESCRIPTOR}, {"Pengelola", POS_DESCRIPTOR}, {"Pengemudi", POS_DESCRIPTOR},
    {"Pengunjung", POS_DESCRIPTOR}, {"Pengurus", POS_DESCRIPTOR}, {"Penjabat", POS_OFFICE},
    {"Penyintas", POS_DESCRIPTOR}, {"Penyuluh", POS_DESCRIPTOR}, {"Perawat", POS_DESCRIPTOR},
    {"Perbekel", POS_OFFICE}, {"Peserta", POS_DESCRIPTOR}, {"Petani", POS_DESCRIPTOR},
    {"Petugas", POS_DESCRIPTOR}, {"Pimpinan", POS_OFFICE}, {"Pj", POS_OFFICE}, {"Plh", POS_OFFICE},
    {"Plt", POS_OFFICE}, {"Presiden", POS_OFFICE}, {"Rektor", POS_OFFICE}, {"Relawan", POS_DESCRIPTOR},
    {"Sekda", POS_OFFICE}, {"Sekjen", POS_OFFICE}, {"Sekretaris", POS_OFFICE}, {"Siswa", POS_DESCRIPTOR},
    {"Siswi", POS_DESCRIPTOR}, {"Sopir", POS_DESCRIPTOR}, {"Staf", POS_DESCRIPTOR}, {"Tokoh", POS_DESCRIPTOR},
    {"Wabup", POS_OFFICE}, {"Wagub", POS_OFFICE}, {"Wakil", POS_OFFICE}, {"Wali", POS_OFFICE},
    {"Walikota", POS_OFFICE}, {"Warga", POS_DESCRIPTOR}, {"Wawali", POS_OFFICE}, {"Wisatawan", POS_DESCRIPTOR},
};
static const lex_entry SPEECH_PRONOUN_WORDS[] = {
    {"beliau", 1}, {"dia", 1}, {"ia", 1},
};
static const lex_entry SPEECH_MENTION_STOP_WORDS[] = {
    {"dalam", 1}, {"dengan", 1}, {"di", 1}, {"dihadapan", 1}, {"hari", 1}, {"ini", 1}, {"itu", 1}, {"juga", 1},
    {"kala", 1}, {"kemarin", 1}, {"kembali", 1}, {"kepada", 1}, {"kepadanya", 1}, {"ketika", 1}, {"lagi", 1},
    {"lebih", 1}, {"malam", 1}, {"melalui", 1}, {"mengakhiri", 1}, {"menjelang", 1}, {"menutup", 1}, {"pada", 1},
    {"pagi", 1}, {"pun", 1}, {"saat", 1}, {"saja", 1}, {"sambil", 1}, {"sebelum", 1}, {"secara", 1},
    {"sembari", 1}, {"seraya", 1}, {"setelah", 1}, {"seusai", 1}, {"sewaktu", 1}, {"siang", 1}, {"sore", 1},
    {"turut", 1}, {"usai", 1}, {"waktu", 1}, {"yang", 1},
};
static const lex_entry SPEECH_INTRO_WORDS[] = {
    {"adapun", 1}, {"atas", 1}, {"bahkan", 1}, {"berdasarkan", 1}, {"dalam", 1}, {"dari", 1}, {"dengan", 1},
    {"di", 1}, {"dihubungi", 1}, {"dikonfirmasi", 1}, {"ditemui", 1}, {"hal", 1}, {"hingga", 1}, {"karena", 1},
    {"kemudian", 1}, {"kepada", 1}, {"ketika", 1}, {"lebih", 1}, {"melalui", 1}, {"membuka", 1},
    {"menanggapi", 1}, {"mengakhiri", 1}, {"mengenai", 1}, {"menurut", 1}, {"menutup", 1}, {"meski", 1},
    {"meskipun", 1}, {"namun", 1}, {"oleh", 1}, {"pada", 1}, {"saat", 1}, {"sebagai", 1}, {"sebelum", 1},
    {"sebelumnya", 1}, {"secara", 1}, {"sedangkan", 1}, {"sehingga", 1}, {"sejak", 1}, {"selain", 1},
    {"selama", 1}, {"selanjutnya", 1}, {"sementara", 1}, {"senada", 1}, {"sepanjang", 1}, {"setelah", 1},
    {"seusai", 1}, {"tak", 1}, {"terkait", 1}, {"terpisah", 1}, {"untuk", 1}, {"usai", 1},
};
/* Words that open an office's organisation or region, never a name: a
 * mention segment that starts with one continues the role before it. */
static const lex_entry SPEECH_ORG_WORDS[] = {
    {"Badan", 1}, {"Bagian", 1}, {"Balai", 1}, {"Bidang", 1}, {"Cabang", 1}, {"Desa", 1}, {"Dinas", 1},
    {"Direktorat", 1}, {"Divisi", 1}, {"Kabupaten", 1}, {"Kantor", 1}, {"Kecamatan", 1}, {"Kelurahan", 1},
    {"Kementerian", 1}, {"Komisi", 1}, {"Kota", 1}, {"Lembaga", 1}, {"Pemerintah", 1}, {"Provinsi", 1},
    {"Pusat", 1}, {"Satuan", 1}, {"Sekretariat", 1}, {"Unit", 1},
};
static const lex_entry SPEECH_CLAUSE_MARK_WORDS[] = {
    {"agar", 1}, {"bahwa", 1}, {"supaya", 1},
};
/* Words that mark a clause's predicate: X mengatakan program ini AKAN ... */
static const lex_entry SPEECH_AUX_WORDS[] = {
    {"ada", 1}, {"adalah", 1}, {"akan", 1}, {"belum", 1}, {"bisa", 1}, {"bukan", 1}, {"cukup", 1}, {"dapat", 1},
    {"diharapkan", 1}, {"hanya", 1}, {"harus", 1}, {"ialah", 1}, {"ingin", 1}, {"juga", 1}, {"mampu", 1},
    {"masih", 1}, {"memiliki", 1}, {"mempunyai", 1}, {"mencapai", 1}, {"menjadi", 1}, {"merupakan", 1},
    {"mulai", 1}, {"perlu", 1}, {"sangat", 1}, {"sedang", 1}, {"segera", 1}, {"siap", 1}, {"sudah", 1},
    {"telah", 1}, {"terdapat", 1}, {"terus", 1}, {"tetap", 1}, {"tidak", 1}, {"wajib", 1},
};
static const lex_entry SPEECH_FILLER_WORDS[] = {
    {"salah", 1}, {"sang", 1}, {"satu", 1}, {"seorang", 1},
};
static const lex_entry SPEECH_ANAPHORA_WORDS[] = {
    {"demikian", 1}, {"hal", 1}, {"ini", 1}, {"itu", 1}, {"tersebut", 1},
};
static const lex_entry SPEECH_CLOSER_WORDS[] = {
    {"begitu", 1}, {"demikian", 1},
};
static const lex_entry SPEECH_CONJUNCTION_WORDS[] = {
    {"atau", 1}, {"dan", 1}, {"serta", 1},
};
/* "X berharap kerja sama, khususnya dengan Kabupaten Sambas, terus
 * diperkuat": between the commas an example, not the clause's end. */
static const lex_entry SPEECH_ASIDE_WORDS[] = {
    {"khususnya", 1}, {"misalnya", 1}, {"seperti", 1}, {"termasuk", 1}, {"terutama", 1}, {"yaitu", 1}, {"yakni", 1},
};

static const lex_entry SPEECH_OFFICE_QUALIFIER_WORDS[] = {
    {"Daerah", 1}, {"Eksekutif", 1}, {"Harian", 1}, {"Jenderal", 1}, {"Madya", 1}, {"Muda", 1},
    {"Pelaksana", 1}, {"Tugas", 1}, {"Umum", 1}, {"Utama", 1},
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
};

static const struct {
    const char *abbrev, *full;
} SPEECH_ROLE_ABBREVS[] = {
    {"Sekda", "Sekretaris Daerah"}, {"Wagub", "Wakil Gubernur"}, {"Wabup", "Wakil Bupati"},
    {"Wawali", "Wakil Wali Kota"}, {"Walikota", "Wali Kota"}, {"Kadis", "Kepala Dinas"},
    {"Kadinkes", "Kepala Dinas Kesehatan"}, {"Kaban", "Kepala Badan"}, {"Kabid", "Kepala Bidang"},
    {"Kades", "Kepala Desa"}, {"Kalaksa", "Kepala Pelaksana"}, {"Pj", "Penjabat"}, {"Plt", "Pelaksana Tugas"},
    {"Plh", "Pelaksana Harian"}, {"Menkes", "Menteri Kesehatan"}, {"Mendagri", "Menteri Dalam Negeri"},
    {"Dirjen", "Direktur Jenderal"}, {"Sekjen", "Sekretaris Jenderal"}, {"Kesra", "Kesejahteraan Rakyat"},
    {"Setda", "Sekretariat Daerah"}, {"Pemprov", "Pemerintah Provinsi"}, {"Pemkab", "Pemerintah Kabupaten"},
    {"Pemkot", "Pemerintah Kota"},
};

const char *speech_role_expansion(const char *word, size_t len)
{
    for (size_t i = 0; i < sizeof SPEECH_ROLE_ABBREVS / sizeof *SPEECH_ROLE_ABBREVS; i++)
        if (strlen(SPEECH_ROLE_ABBREVS[i].abbrev) == len && strncasecmp(SPEECH_ROLE_ABBREVS[i].abbrev, word, len) == 0)
            return SPEECH_ROLE_ABBREVS[i].full;
    return NULL;
}
