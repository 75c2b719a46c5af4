/* Hostile input through the public API. Each case states its expectation: a
 * record (best effort) or a clear error. None may crash, hang, leak or lose
 * the text silently. Time is not measured here (bench/ does that); ctest's
 * timeout on this program catches a hang or a quadratic blow-up. */
#include <berita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"

static berita_doc *DOC;
static berita_error ERR;

static void teardown(void)
{
    berita_doc_free(DOC);
    DOC = NULL;
}

static berita_status parse_with(const char *data, size_t len, const berita_options *opts)
{
    berita_doc_free(DOC);
    DOC = NULL;
    memset(&ERR, 0, sizeof ERR);
    berita_status st = berita_parse(data, len, opts, &DOC, &ERR);
    if (st != BERITA_OK) {
        ck_assert_ptr_null(DOC);
        ck_assert_int_eq(ERR.code, st);
        ck_assert_str_ne(ERR.message, "");
    }
    return st;
}

static berita_status parse(const char *data, size_t len) { return parse_with(data, len, NULL); }

/* The record serialises to valid JSON: every string in it is valid UTF-8. */
static void assert_record_serialises(void)
{
    char *json = NULL;
    ck_assert_int_eq(berita_doc_to_json(DOC, 0, &json, NULL), BERITA_OK);
    ck_assert_ptr_nonnull(json);
    berita_free(json);
}

static int any_paragraph_contains(const char *needle)
{
    for (size_t i = 0; i < berita_doc_paragraph_count(DOC); i++)
        if (strstr(berita_doc_paragraph_text(DOC, i), needle))
            return 1;
    const char *t = berita_doc_title(DOC);
    return t && strstr(t, needle);
}

/* A buffer of `len` bytes filled with `unit` repeated, framed by head and tail. */
static char *repeat(const char *head, const char *unit, size_t count, const char *tail, size_t *len_out)
{
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    size_t len = hl + ul * count + tl;
    char *buf = malloc(len + 1);
    ck_assert_ptr_nonnull(buf);
    memcpy(buf, head, hl);
    for (size_t i = 0; i < count; i++)
        memcpy(buf + hl + i * ul, unit, ul);
    memcpy(buf + hl + ul * count, tail, tl);
    buf[len] = '\0';
    *len_out = len;
    return buf;
}

START_TEST(empty_input_is_an_error)
{
    ck_assert_int_eq(parse("", 0), BERITA_ERR_EMPTY);
    ck_assert_int_eq(parse(" \r\n\t ", 5), BERITA_ERR_EMPTY);
}
END_TEST

START_TEST(one_byte_is_handled)
{
    berita_status st = parse("a", 1);
    ck_assert(st == BERITA_OK || st == BERITA_ERR_NO_ARTICLE);
    st = parse("<", 1);
    ck_assert(st == BERITA_OK || st == BERITA_ERR_NO_ARTICLE);
}
END_TEST

START_TEST(nul_bytes_inside_text_keep_the_text)
{
    const char text[] = "Judul Berita\n\nKUPANG - Paragraf\0pertama berisi teks.\n\nParagraf kedua\0\0sesudah NUL.\n";
    ck_assert_int_eq(parse(text, sizeof text - 1), BERITA_OK);
    ck_assert(any_paragraph_contains("sesudah NUL"));
    ck_assert(any_paragraph_contains("pertama berisi teks"));
    assert_record_serialises();
}
END_TEST

START_TEST(invalid_utf8_becomes_text)
{
    const char text[] = "Judul \xC3\x28 Berita\n\nKUPANG - Isi \xF0\x28\x8C\x28 dan \xFF\xFE lagi.\n\nKalimat kedua.\n";
    ck_assert_int_eq(parse(text, sizeof text - 1), BERITA_OK);
    ck_assert(any_paragraph_contains("lagi."));
    assert_record_serialises();
}
END_TEST

START_TEST(utf16_with_bom_is_decoded)
{
    const char *ascii = "<html><head><title>Judul UTF-16</title></head><body><article><p>Isi berita pertama "
                        "yang cukup panjang.</p><p>Paragraf kedua.</p></article></body></html>";
    size_t n = strlen(ascii), len = 2 + 2 * n;
    char *buf = malloc(len);
    buf[0] = (char)0xFF;
    buf[1] = (char)0xFE;
    for (size_t i = 0; i < n; i++) {
        buf[2 + 2 * i] = ascii[i];
        buf[3 + 2 * i] = 0;
    }
    ck_assert_int_eq(parse(buf, len), BERITA_OK);
    free(buf);
    ck_assert(any_paragraph_contains("Paragraf kedua."));
}
END_TEST

START_TEST(windows_1252_claiming_utf8_keeps_quotes)
{
    const char html[] = "<html><head><meta charset=\"utf-8\"><title>Judul</title></head><body><article>"
                        "<p>Isi paragraf pertama yang cukup panjang.</p><p>\x93Kami siap,\x94 ujar Bupati.</p>"
                        "</article></body></html>";
    ck_assert_int_eq(parse(html, sizeof html - 1), BERITA_OK);
    ck_assert(any_paragraph_contains("\xE2\x80\x9CKami siap,\xE2\x80\x9D ujar Bupati."));
}
END_TEST

START_TEST(fifty_megabyte_page)
{
    size_t len;
    char *page = repeat("<html><head><title>Besar</title></head><body><article>",
                        "<p>Paragraf panjang tentang pembangunan daerah yang diulang, kata Bupati.</p>\n",
                        50u * 1024 * 1024 / 80, "</article></body></html>", &len);
    ck_assert_uint_ge(len, 50u * 1000 * 1000);
    ck_assert_int_eq(parse(page, len), BERITA_OK);
    free(page);
    ck_assert_uint_gt(berita_doc_paragraph_count(DOC), 1000);
}
END_TEST

START_TEST(input_over_the_size_limit)
{
    berita_options *o = berita_options_new();
    berita_options_set_max_input_size(o, 1000);
    char big[2000];
    memset(big, 'a', sizeof big);
    ck_assert_int_eq(parse_with(big, sizeof big, o), BERITA_ERR_TOO_LARGE);
    ck_assert_ptr_nonnull(strstr(ERR.message, "1000"));
    berita_options_free(o);
}
END_TEST

START_TEST(deep_nesting_is_refused_clearly)
{
    size_t len;
    char *open = repeat("<html><body>", "<div>", 100000, "<p>Teks terdalam.</p></body></html>", &len);
    ck_assert_int_eq(parse(open, len), BERITA_ERR_TOO_DEEP);
    ck_assert_ptr_nonnull(strstr(ERR.message, "deep"));
    /* Without our limit the walk is still iterative: a record or no article, no stack overflow. */
    berita_options *o = berita_options_new();
    berita_options_set_max_depth(o, 0);
    berita_status st = parse_with(open, len, o);
    ck_assert(st == BERITA_OK || st == BERITA_ERR_NO_ARTICLE);
    berita_options_free(o);
    free(open);
}
END_TEST

START_TEST(a_megabyte_of_quotation_marks)
{
    size_t len;
    char *text = repeat("Judul\n\nKUPANG - ", "\xE2\x80\x9C", 1024 * 1024 / 3, "\n\nAkhir.\n", &len);
    ck_assert_int_eq(parse(text, len), BERITA_OK);
    free(text);
    assert_record_serialises();
    char *unbroken = repeat("Judul Berita Percobaan Panjang\n\nKUPANG - ", "\"", 1024 * 1024, "\n", &len);
    ck_assert_int_eq(parse(unbroken, len), BERITA_OK);
    free(unbroken);
    char *straight = repeat("Judul\n\n", "\"a\" ", 250000, "\n", &len);
    ck_assert_int_eq(parse(straight, len), BERITA_OK);
    free(straight);
    ck_assert_uint_le(berita_doc_quote_count(DOC), 10000); /* the default max_quotes */
}
END_TEST

START_TEST(unclosed_quote_does_not_swallow_the_article)
{
    const char text[] = "Judul Berita\n\n"
                        "KUPANG - \xE2\x80\x9CKami akan bekerja keras untuk rakyat, ujar Gubernur.\n\n"
                        "Paragraf kedua tanpa kutipan sama sekali.\n\n"
                        "\xE2\x80\x9CIni kutipan lengkap yang tertutup,\xE2\x80\x9D kata Sekda.\n";
    ck_assert_int_eq(parse(text, sizeof text - 1), BERITA_OK);
    for (size_t i = 0; i < berita_doc_quote_count(DOC); i++)
        ck_assert_ptr_null(strstr(berita_doc_quote_text(DOC, i), "Paragraf kedua"));
}
END_TEST

START_TEST(a_hundred_thousand_date_tokens)
{
    size_t len;
    char *text = repeat("Judul\n\nKUPANG - ", "12/7/2025 ", 100000, "\n", &len);
    ck_assert_int_eq(parse(text, len), BERITA_OK);
    free(text);
    assert_record_serialises();
    for (size_t i = 0; i < berita_doc_date_count(DOC); i++)
        ck_assert_str_le(berita_doc_date_start(DOC, i), berita_doc_date_end(DOC, i));
}
END_TEST

START_TEST(png_is_refused)
{
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    ck_assert_int_eq(parse(png, sizeof png - 1), BERITA_ERR_BINARY);
    ck_assert_ptr_nonnull(strstr(ERR.message, "PNG"));
}
END_TEST

START_TEST(truncated_html_gives_what_it_has)
{
    const char html[] = "<html><head><title>Judul Terpotong</title></head><body><article><p>Paragraf pertama "
                        "utuh di sini.</p><p>Paragraf kedua terpo";
    ck_assert_int_eq(parse(html, sizeof html - 1), BERITA_OK);
    ck_assert(any_paragraph_contains("Paragraf pertama"));
}
END_TEST

/* A hundred thousand attributes on one element (libxml2 compares each
 * with all before it): the article is read, the element's class kept. */
START_TEST(a_hundred_thousand_attributes_on_one_element)
{
    size_t len;
    char *html = repeat("<html><head><title>Jembatan Baru Diresmikan</title></head><body><article>"
                        "<h1>Jembatan Baru Diresmikan</h1><div class=\"entry-content\"",
                        " a=\"x\"", 100000,
                        "><p>KUPANG - Gubernur meresmikan jembatan baru di Kota Kupang bersama warga.</p>"
                        "<p>Paragraf kedua berita ini.</p></div></article></body></html>",
                        &len);
    ck_assert_int_eq(parse(html, len), BERITA_OK);
    free(html);
    ck_assert(any_paragraph_contains("Gubernur meresmikan jembatan"));
    ck_assert(any_paragraph_contains("Paragraf kedua"));
}
END_TEST

/* Stray end tags under 4,000 open elements (libxml2 looks for each in the
 * whole stack): the article is read whole. */
START_TEST(stray_end_tags_under_four_thousand_open_elements)
{
    size_t open_len, len;
    char *open = repeat("<html><head><title>Jembatan Baru Diresmikan</title></head><body><article>"
                        "<h1>Jembatan Baru Diresmikan</h1><div class=\"entry-content\">"
                        "<p>KUPANG - Gubernur meresmikan jembatan baru di Kota Kupang bersama warga.</p>",
                        "<span>", 4000, "Teks di dalam.", &open_len);
    char *html = repeat(open, "</b>", 250000, "<p>Paragraf sesudahnya.</p></div></article></body></html>", &len);
    free(open);
    ck_assert_int_eq(parse(html, len), BERITA_OK);
    free(html);
    ck_assert(any_paragraph_contains("Gubernur meresmikan jembatan"));
    ck_assert(any_paragraph_contains("Paragraf sesudahnya."));
}
END_TEST

/* libxml2 reports a name its dictionary could not take as a missing name;
 * the page's own missing names (a bare '<' or '&', an attribute starting
 * with '@' or a quote, right after a name) must stay what they are. */
START_TEST(missing_names_are_not_out_of_memory)
{
    const char html[] = "<html><head><title>Judul Nama</title></head><body><article>"
                        "<p>Jika a < b dan A & B, maka <1> tetap teks; &; & nbsp;</p>"
                        "<p id=x@y class=\"c\"data-x=1 @click=\"go\" :bind=\"v\">Paragraf dua.</p>"
                        "<div@click><span\"x\">Paragraf tiga panjang.</span></div>"
                        "<DIV CLASS=A @X><P>Paragraf empat.</P></DIV>"
                        "<!DOCTYPE><!DOCTYPE html><? x ?><?php echo 1 ?><p>Paragraf lima.</p>"
                        "<p " "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                        "@x>Paragraf enam.</p></article></body></html>";
    ck_assert_int_eq(parse(html, sizeof html - 1), BERITA_OK);
    ck_assert(any_paragraph_contains("a < b dan A & B"));
    ck_assert(any_paragraph_contains("Paragraf dua."));
    ck_assert(any_paragraph_contains("Paragraf tiga"));
    ck_assert(any_paragraph_contains("Paragraf empat."));
    ck_assert(any_paragraph_contains("Paragraf lima."));
    ck_assert(any_paragraph_contains("Paragraf enam."));
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("hostile");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, empty_input_is_an_error);
    tcase_add_test(tc, one_byte_is_handled);
    tcase_add_test(tc, nul_bytes_inside_text_keep_the_text);
    tcase_add_test(tc, invalid_utf8_becomes_text);
    tcase_add_test(tc, utf16_with_bom_is_decoded);
    tcase_add_test(tc, windows_1252_claiming_utf8_keeps_quotes);
    tcase_add_test(tc, fifty_megabyte_page);
    tcase_add_test(tc, input_over_the_size_limit);
    tcase_add_test(tc, deep_nesting_is_refused_clearly);
    tcase_add_test(tc, a_megabyte_of_quotation_marks);
    tcase_add_test(tc, unclosed_quote_does_not_swallow_the_article);
    tcase_add_test(tc, a_hundred_thousand_date_tokens);
    tcase_add_test(tc, png_is_refused);
    tcase_add_test(tc, truncated_html_gives_what_it_has);
    tcase_add_test(tc, missing_names_are_not_out_of_memory);
    tcase_add_test(tc, a_hundred_thousand_attributes_on_one_element);
    tcase_add_test(tc, stray_end_tags_under_four_thousand_open_elements);
    suite_add_tcase(s, tc);
    return s;
}
