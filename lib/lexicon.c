#include "lexicon.h"

#include <string.h>
#include <strings.h>

int lex_lookup(lex_table table, const char *word, size_t len)
{
    for (size_t i = 0; i < table.count; i++)
        if (strlen(table.entries[i].word) == len && strncasecmp(table.entries[i].word, word, len) == 0)
            return table.entries[i].value;
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
    {"editor", PAGE_EDITOR}, {"penyunting", PAGE_EDITOR}, {"redaktur", PAGE_EDITOR},
    {"editing", PAGE_EDITOR}, {"foto", PAGE_PHOTOGRAPHER}, {"fotografer", PAGE_PHOTOGRAPHER},
    {"pewarta foto", PAGE_PHOTOGRAPHER}, {"foto oleh", PAGE_PHOTOGRAPHER | PAGE_BARE},
    {"photo", PAGE_PHOTOGRAPHER}, {"sumber", PAGE_SOURCE}, {"source", PAGE_SOURCE},
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
static const lex_entry PAGE_NOT_PLACE_WORDS[] = {
    {"senin", 1}, {"selasa", 1}, {"rabu", 1}, {"kamis", 1}, {"jumat", 1}, {"jum'at", 1},
    {"sabtu", 1}, {"minggu", 1}, {"ahad", 1},
};

#define PAGE_LIST(array) {(array), sizeof(array) / sizeof *(array)}
const lex_table PAGE_LISTS[PAGE_LIST_COUNT] = {
    [PAGE_LINE_LABELS] = PAGE_LIST(PAGE_LINE_LABEL_WORDS),
    [PAGE_CMS_LOGINS] = PAGE_LIST(PAGE_CMS_LOGIN_WORDS),
    [PAGE_NOT_PLACES] = PAGE_LIST(PAGE_NOT_PLACE_WORDS),
};

/* ---- dates: months, weekdays, zones, range and relative words (dates.c) ---- */

/* ---- speech: cues, honorifics, titles, degrees, positions, pronouns (quotes.c, speakers.c) ---- */
