/* The public API as a user sees it. */
#include <berita.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"

static const char ARTICLE[] = "Judul Berita Percobaan\n\n"
                              "KUPANG - Paragraf pertama yang cukup panjang untuk dibaca.\n\n"
                              "Paragraf kedua.\n";

START_TEST(version_matches_header)
{
    ck_assert_str_eq(berita_version(), BERITA_VERSION_STRING);
    ck_assert_uint_eq(berita_version_number(), BERITA_VERSION_NUMBER);
    char expect[32];
    snprintf(expect, sizeof expect, "%d.%d.%d", BERITA_VERSION_MAJOR, BERITA_VERSION_MINOR, BERITA_VERSION_PATCH);
    ck_assert_str_eq(berita_version(), expect);
}
END_TEST

START_TEST(parse_text_and_read_fields)
{
    berita_doc *doc = NULL;
    ck_assert_int_eq(berita_parse(ARTICLE, sizeof ARTICLE - 1, NULL, &doc, NULL), BERITA_OK);
    ck_assert_int_eq(berita_doc_format(doc), BERITA_INPUT_TEXT);
    ck_assert_str_eq(berita_doc_title(doc), "Judul Berita Percobaan");
    ck_assert_uint_ge(berita_doc_paragraph_count(doc), 1);
    ck_assert_int_eq(berita_doc_paragraph_kind(doc, 0), BERITA_PARAGRAPH_BODY);
    /* Out of range. */
    size_t n = berita_doc_paragraph_count(doc);
    ck_assert_ptr_null(berita_doc_paragraph_text(doc, n));
    ck_assert_int_eq(berita_doc_paragraph_kind(doc, n), -1);
    ck_assert_int_eq(berita_doc_quote_kind(doc, 99), -1);
    ck_assert_int_eq(berita_doc_quote_speaker(doc, 99), -1);
    ck_assert_ptr_null(berita_doc_speaker_name(doc, 99));
    ck_assert_ptr_null(berita_doc_date_start(doc, 99));
    ck_assert_ptr_null(berita_doc_label(doc, 99));
    ck_assert_int_eq(berita_doc_credit_role(doc, 99), -1);
    berita_doc_free(doc);
}
END_TEST

START_TEST(options_are_applied)
{
    berita_options *o = berita_options_new();
    ck_assert_ptr_nonnull(o);
    ck_assert_int_eq(berita_options_set_url(o, "https://ntt.go.id/x"), BERITA_OK);
    ck_assert_int_eq(berita_options_set_source_name(o, "x.txt"), BERITA_OK);
    ck_assert_int_eq(berita_options_set_reference_date(o, "2025-02-29"), BERITA_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(berita_options_set_reference_date(o, "2024-02-29"), BERITA_OK);
    ck_assert_int_eq(berita_options_set_reference_date(o, "2024-02-29x"), BERITA_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(berita_options_set_charset(o, "koi8-r"), BERITA_ERR_CHARSET);
    ck_assert_int_eq(berita_options_set_charset(o, "UTF-8"), BERITA_OK);
    ck_assert_int_eq(berita_options_set_kind(o, (berita_input_kind)7), BERITA_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(berita_options_set_kind(o, BERITA_INPUT_TEXT), BERITA_OK);
    berita_doc *doc = NULL;
    ck_assert_int_eq(berita_parse(ARTICLE, sizeof ARTICLE - 1, o, &doc, NULL), BERITA_OK);
    ck_assert_str_eq(berita_doc_url(doc), "https://ntt.go.id/x");
    ck_assert_str_eq(berita_doc_source_name(doc), "x.txt");
    berita_doc_free(doc);
    berita_options_free(o);
    berita_options_free(NULL);
}
END_TEST

START_TEST(caller_strings_are_repaired_to_utf8)
{
    berita_options *o = berita_options_new();
    ck_assert_ptr_nonnull(o);
    /* a Latin-1 byte, a lone continuation byte, an overlong '/', and valid UTF-8 kept */
    ck_assert_int_eq(berita_options_set_url(o, "https://a.go.id/caf\xe9/\x80/\xc0\xaf/\xc3\xa9"), BERITA_OK);
    ck_assert_int_eq(berita_options_set_source_name(o, "caf\xe9.warc"), BERITA_OK);
    berita_doc *doc = NULL;
    ck_assert_int_eq(berita_parse(ARTICLE, sizeof ARTICLE - 1, o, &doc, NULL), BERITA_OK);
    ck_assert_str_eq(berita_doc_url(doc), "https://a.go.id/caf\xef\xbf\xbd/\xef\xbf\xbd/\xef\xbf\xbd\xef\xbf\xbd/\xc3\xa9");
    ck_assert_str_eq(berita_doc_source_name(doc), "caf\xef\xbf\xbd.warc");
    berita_doc_free(doc);
    berita_options_free(o);
}
END_TEST

/* 0 lifts a limit, for quotes as for input size and depth. */
START_TEST(max_quotes_zero_means_no_limit)
{
    static const char TWO[] = "Judul Berita Percobaan\n\n"
                              "KUPANG - \"Pasar ini kami buka untuk semua warga,\" kata Wali Kota Andi Lala.\n\n"
                              "\"Harga akan kami awasi setiap hari,\" ujar Andi Lala.\n";
    berita_options *o = berita_options_new();
    ck_assert_ptr_nonnull(o);
    berita_doc *doc = NULL;
    for (size_t limit = 0; limit < 3; limit++) {
        ck_assert_int_eq(berita_options_set_max_quotes(o, limit), BERITA_OK);
        ck_assert_int_eq(berita_parse(TWO, sizeof TWO - 1, o, &doc, NULL), BERITA_OK);
        ck_assert_uint_eq(berita_doc_quote_count(doc), limit == 1 ? 1 : 2);
        berita_doc_free(doc);
    }
    berita_options_free(o);
}
END_TEST

typedef struct {
    const char *data;
    size_t len, pos;
} memory_source;

static long read_memory(void *ctx, void *buf, size_t n)
{
    memory_source *m = ctx;
    if (n > m->len - m->pos)
        n = m->len - m->pos;
    memcpy(buf, m->data + m->pos, n);
    m->pos += n;
    return (long)n;
}

#define WARC_HEAD(type, length) "WARC/1.1\r\nWARC-Type: " type "\r\nWARC-Record-ID: <urn:x>\r\n" \
                                "WARC-Date: 2025-07-25T03:04:05Z\r\nContent-Length: " length "\r\n\r\n"

/* Each record comes back with its kind; only a 2xx HTML response is a page,
 * and a record over the limit is read past, not kept. */
START_TEST(warc_records_are_classified)
{
    static const char ARCHIVE[] = WARC_HEAD("request", "4") "GET \r\n\r\n"
                                  WARC_HEAD("response", "45") "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
                                  WARC_HEAD("response", "62") "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                                                              "<p>Halo warga.</p>\r\n\r\n"
                                  WARC_HEAD("resource", "40") "0123456789012345678901234567890123456789\r\n\r\n";
    ck_assert(berita_is_warc(ARCHIVE, sizeof ARCHIVE - 1));
    ck_assert(!berita_is_warc("<html>", 6));
    memory_source src = {ARCHIVE, sizeof ARCHIVE - 1, 0};
    berita_warc *r = berita_warc_open(read_memory, &src, 32);
    ck_assert_ptr_nonnull(r);
    berita_warc_record rec;
    static const berita_warc_kind KINDS[] = {BERITA_WARC_OTHER, BERITA_WARC_TOO_LARGE, BERITA_WARC_TOO_LARGE,
                                             BERITA_WARC_TOO_LARGE};
    for (size_t i = 0; i < 4; i++) {
        ck_assert_int_eq(berita_warc_next(r, &rec), 1);
        ck_assert_int_eq(rec.kind, KINDS[i]);
        ck_assert_str_eq(rec.record_id, "<urn:x>");
    }
    ck_assert_int_eq(berita_warc_next(r, &rec), 0);
    berita_warc_free(r);

    src.pos = 0;
    r = berita_warc_open(read_memory, &src, 0);
    ck_assert_int_eq(berita_warc_next(r, &rec), 1);
    ck_assert_int_eq(berita_warc_next(r, &rec), 1);
    ck_assert_int_eq(rec.kind, BERITA_WARC_NOT_OK);
    ck_assert_int_eq(rec.http_status, 404);
    ck_assert_int_eq(berita_warc_next(r, &rec), 1);
    ck_assert_int_eq(rec.kind, BERITA_WARC_PAGE);
    ck_assert_str_eq(rec.body, "<p>Halo warga.</p>");
    ck_assert_str_eq(rec.date, "2025-07-25T03:04:05Z");
    ck_assert_uint_eq(rec.offset, (uint64_t)(strstr(ARCHIVE, "HTTP/1.1 200") - ARCHIVE) -
                                      (sizeof WARC_HEAD("response", "62") - 1));
    ck_assert_int_eq(berita_warc_next(r, &rec), 1);
    ck_assert_int_eq(rec.kind, BERITA_WARC_OTHER);
    ck_assert_int_eq(berita_warc_next(r, &rec), 0);
    berita_warc_free(r);

    src = (memory_source){"WARC/1.1\r\nContent-Length: -1\r\n\r\n", 33, 0};
    r = berita_warc_open(read_memory, &src, 0);
    ck_assert_int_eq(berita_warc_next(r, &rec), -1);
    ck_assert_str_eq(berita_warc_error(r), "bad WARC Content-Length");
    berita_warc_free(r);
    ck_assert_ptr_null(berita_warc_open(NULL, NULL, 0));
    berita_warc_free(NULL);
}
END_TEST

/* A copy of the body with another dateline and a sign-off stays within a few
 * bits; another article does not. */
START_TEST(fingerprints_tell_copies)
{
#define RELEASE_BODY                                                                                         \
    "Pemerintah Provinsi membuka pelatihan kepemimpinan digital bagi aparatur sipil negara dari dua puluh "      \
    "dua kabupaten dan kota selama lima hari di gedung sasando.\n\n"                                             \
    "Pelatihan itu membahas tata kelola data, keamanan informasi, layanan publik berbasis elektronik dan "      \
    "cara menyusun kebijakan yang bertumpu pada bukti di lapangan.\n\n"                                          \
    "Para peserta akan menyusun rencana aksi di instansi masing-masing dan melaporkan hasilnya tiga bulan "     \
    "setelah pelatihan berakhir.\n"
    static const char FIRST[] = "Pelatihan Kepemimpinan Digital Dibuka\n\nKUPANG - " RELEASE_BODY;
    static const char COPY[] = "Pelatihan Kepemimpinan Digital Dibuka\n\nKupang (ANTARA) - " RELEASE_BODY
                               "\n(Humas/Kupang)\n";
    static const char OTHER[] = "Judul Lain Sama Sekali\n\n"
                                "ENDE - Warga desa menanam seribu pohon mangrove di pesisir utara bersama pelajar, "
                                "nelayan dan anggota kelompok tani hutan dari tiga kecamatan.\n\n"
                                "Kegiatan itu diikuti pelajar dan nelayan yang sejak lama menjaga pantai.\n";
    const char *texts[] = {FIRST, COPY, OTHER};
    char fp[3][17];
    for (size_t i = 0; i < 3; i++) {
        berita_doc *doc = NULL;
        ck_assert_int_eq(berita_parse(texts[i], strlen(texts[i]), NULL, &doc, NULL), BERITA_OK);
        ck_assert_ptr_nonnull(berita_doc_fingerprint(doc));
        ck_assert_uint_eq(strlen(berita_doc_fingerprint(doc)), 16);
        memcpy(fp[i], berita_doc_fingerprint(doc), 17);
        berita_doc_free(doc);
    }
    ck_assert_int_le(berita_fingerprint_distance(fp[0], fp[1]), 8);
    ck_assert_int_gt(berita_fingerprint_distance(fp[0], fp[2]), 8);
    ck_assert_int_eq(berita_fingerprint_distance("0000000000000000", "00000000000000f1"), 5);
    ck_assert_int_eq(berita_fingerprint_distance("000000000000000", "0000000000000000"), -1);
    ck_assert_int_eq(berita_fingerprint_distance("000000000000000g", "0000000000000000"), -1);
    ck_assert_int_eq(berita_fingerprint_distance(NULL, "0000000000000000"), -1);
}
END_TEST

START_TEST(errors_are_reported)
{
    berita_doc *doc = (berita_doc *)&doc;
    berita_error err;
    ck_assert_int_eq(berita_parse(NULL, 0, NULL, &doc, &err), BERITA_ERR_EMPTY);
    ck_assert_ptr_null(doc);
    ck_assert_int_eq(err.code, BERITA_ERR_EMPTY);
    ck_assert_int_eq(berita_parse(NULL, 5, NULL, &doc, &err), BERITA_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(berita_parse("x", 1, NULL, NULL, &err), BERITA_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(berita_parse("\x89PNG\r\n\x1a\n....", 12, NULL, &doc, &err), BERITA_ERR_BINARY);
    ck_assert_ptr_nonnull(strstr(err.message, "PNG"));
    berita_options *o = berita_options_new();
    berita_options_set_max_input_size(o, 10);
    ck_assert_int_eq(berita_parse(ARTICLE, sizeof ARTICLE - 1, o, &doc, &err), BERITA_ERR_TOO_LARGE);
    berita_options_free(o);
    ck_assert_int_eq(berita_parse("<html><body></body></html>", 26, NULL, &doc, &err), BERITA_ERR_NO_ARTICLE);
    ck_assert_int_eq(berita_parse(ARTICLE, sizeof ARTICLE - 1, NULL, &doc, NULL), BERITA_OK);
    berita_doc_free(doc);
    berita_doc_free(NULL);
    berita_free(NULL);
}
END_TEST

START_TEST(every_status_has_a_message)
{
    for (int c = BERITA_OK; c <= BERITA_ERR_WRITE; c++)
        ck_assert_str_ne(berita_strerror((berita_status)c), "unknown error");
    ck_assert_str_eq(berita_strerror((berita_status)999), "unknown error");
}
END_TEST

START_TEST(enum_names)
{
    ck_assert_str_eq(berita_input_kind_name(BERITA_INPUT_HTML), "html");
    ck_assert_str_eq(berita_paragraph_kind_name(BERITA_PARAGRAPH_CAPTION), "caption");
    ck_assert_str_eq(berita_credit_role_name(BERITA_CREDIT_PHOTOGRAPHER), "photographer");
    ck_assert_str_eq(berita_quote_kind_name(BERITA_QUOTE_INDIRECT), "indirect");
    ck_assert_str_eq(berita_date_kind_name(BERITA_DATE_MONTH), "month");
    ck_assert_ptr_null(berita_date_kind_name((berita_date_kind)42));
    ck_assert_ptr_null(berita_credit_role_name((berita_credit_role)-1));
}
END_TEST

START_TEST(json_of_a_document)
{
    berita_doc *doc = NULL;
    ck_assert_int_eq(berita_parse(ARTICLE, sizeof ARTICLE - 1, NULL, &doc, NULL), BERITA_OK);
    char *text = NULL;
    size_t len = 0;
    ck_assert_int_eq(berita_doc_to_json(doc, BERITA_JSON_PRETTY, &text, &len), BERITA_OK);
    json_t *v = json_loadb(text, len, 0, NULL);
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(json_string_value(json_object_get(v, "title")), "Judul Berita Percobaan");
    json_decref(v);
    berita_free(text);
    ck_assert_int_eq(berita_doc_to_json(NULL, 0, &text, NULL), BERITA_ERR_INVALID_ARGUMENT);
    berita_doc_free(doc);
}
END_TEST

/* What a write callback received: the pieces joined, their count and
 * largest size; it refuses the piece numbered `refuse` (from 1), if any. */
typedef struct {
    char *text;
    size_t len, pieces, largest, refuse;
} received;

static int receive(void *ctx, const char *bytes, size_t len)
{
    received *r = ctx;
    if (++r->pieces == r->refuse)
        return -1;
    r->text = realloc(r->text, r->len + len);
    ck_assert_ptr_nonnull(r->text);
    memcpy(r->text + r->len, bytes, len);
    r->len += len;
    r->largest = len > r->largest ? len : r->largest;
    return 0;
}

START_TEST(json_is_streamed_in_pieces)
{
    /* a record of some 60 KB: the writer hands it over in several pieces */
    static const char PARAGRAPH[] = "\"Kami akan terus bekerja untuk warga desa %zu,\" kata Kepala Desa Sukamaju Budi Santoso.\n\n";
    size_t n = 400, len = 0;
    char *article = malloc(128 + n * (sizeof PARAGRAPH + 8));
    ck_assert_ptr_nonnull(article);
    len += (size_t)sprintf(article, "Judul Berita Percobaan\n\nBANTUL - Warga berkumpul, Senin (5/5/2025).\n\n");
    for (size_t i = 0; i < n; i++)
        len += (size_t)sprintf(article + len, PARAGRAPH, i);
    berita_doc *doc = NULL;
    ck_assert_int_eq(berita_parse(article, len, NULL, &doc, NULL), BERITA_OK);
    for (unsigned flags = 0; flags <= BERITA_JSON_PRETTY; flags += BERITA_JSON_PRETTY) {
        char *whole = NULL;
        size_t whole_len = 0;
        ck_assert_int_eq(berita_doc_to_json(doc, flags, &whole, &whole_len), BERITA_OK);
        received r = {0};
        ck_assert_int_eq(berita_doc_write_json(doc, flags, receive, &r), BERITA_OK);
        ck_assert_uint_gt(r.pieces, 2);
        ck_assert_uint_le(r.largest, 16 * 1024);
        ck_assert_uint_eq(r.len, whole_len);
        ck_assert_int_eq(memcmp(r.text, whole, whole_len), 0);
        free(r.text);
        berita_free(whole);
    }
    received refused = {.refuse = 2};
    ck_assert_int_eq(berita_doc_write_json(doc, 0, receive, &refused), BERITA_ERR_WRITE);
    ck_assert_uint_eq(refused.pieces, 2); /* never called after the refusal */
    free(refused.text);
    ck_assert_int_eq(berita_doc_write_json(doc, 0, NULL, NULL), BERITA_ERR_INVALID_ARGUMENT);
    ck_assert_int_eq(berita_doc_write_json(NULL, 0, receive, &refused), BERITA_ERR_INVALID_ARGUMENT);
    berita_doc_free(doc);
    free(article);
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("api");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, version_matches_header);
    tcase_add_test(tc, parse_text_and_read_fields);
    tcase_add_test(tc, options_are_applied);
    tcase_add_test(tc, caller_strings_are_repaired_to_utf8);
    tcase_add_test(tc, max_quotes_zero_means_no_limit);
    tcase_add_test(tc, warc_records_are_classified);
    tcase_add_test(tc, fingerprints_tell_copies);
    tcase_add_test(tc, errors_are_reported);
    tcase_add_test(tc, every_status_has_a_message);
    tcase_add_test(tc, enum_names);
    tcase_add_test(tc, json_of_a_document);
    tcase_add_test(tc, json_is_streamed_in_pieces);
    suite_add_tcase(s, tc);
    return s;
}
