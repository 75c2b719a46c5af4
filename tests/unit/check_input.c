#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "runner.h"

static input_stream IN;
static char *TEXT; /* IN read whole */
static stage_error ERR;

static void teardown(void)
{
    free(TEXT);
    TEXT = NULL;
}

static stage_status decode(const char *s, size_t len, int kind)
{
    teardown();
    stage_status st = input_open(s, len, ENC_UNKNOWN, kind, &IN, &ERR);
    size_t n;
    if (st == ST_OK)
        ck_assert_ptr_nonnull(TEXT = input_read_all(&IN, &n));
    return st;
}

START_TEST(detects_html_and_text)
{
    const char html[] = "  <!DOCTYPE html><html><body><p>x</p></body></html>";
    ck_assert_int_eq(decode(html, sizeof html - 1, 0), ST_OK);
    ck_assert_int_eq(IN.format, FORMAT_HTML);
    const char text[] = "Judul berita\n\nKUPANG - isi <b>tebal</b>";
    ck_assert_int_eq(decode(text, sizeof text - 1, 0), ST_OK);
    ck_assert_int_eq(IN.format, FORMAT_TEXT);
    ck_assert_int_eq(decode(text, sizeof text - 1, FORMAT_HTML), ST_OK);
    ck_assert_int_eq(IN.format, FORMAT_HTML);
    char late[9000]; /* the first tag after more blanks than one piece read */
    memset(late, '\n', sizeof late);
    memcpy(late + sizeof late - 9, "<p>x</p>", 8);
    ck_assert_int_eq(decode(late, sizeof late - 1, 0), ST_OK);
    ck_assert_int_eq(IN.format, FORMAT_HTML);
}
END_TEST

START_TEST(bom_is_removed)
{
    const char s[] = "\xEF\xBB\xBFJudul";
    ck_assert_int_eq(decode(s, sizeof s - 1, 0), ST_OK);
    ck_assert_str_eq(TEXT, "Judul");
    ck_assert_int_eq(IN.encoding, ENC_UTF8);
}
END_TEST

START_TEST(utf16_with_bom)
{
    const char s[] = "\xFF\xFEJ\0u\0\x1C\x20";
    ck_assert_int_eq(decode(s, sizeof s - 1, 0), ST_OK);
    ck_assert_str_eq(TEXT, "Ju\xE2\x80\x9C");
    const char be[] = "\xFE\xFF\0J\0u";
    ck_assert_int_eq(decode(be, sizeof be - 1, 0), ST_OK);
    ck_assert_str_eq(TEXT, "Ju");
}
END_TEST

START_TEST(meta_charset_windows_1252)
{
    const char s[] = "<html><head><meta charset=\"windows-1252\"></head><body>\x93Ya\x94 \xE9</body></html>";
    ck_assert_int_eq(decode(s, sizeof s - 1, 0), ST_OK);
    ck_assert_int_eq(IN.encoding, ENC_CP1252);
    ck_assert_ptr_nonnull(strstr(TEXT, "\xE2\x80\x9CYa\xE2\x80\x9D \xC3\xA9"));
    const char equiv[] = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>"
                         "</head><body>\x93</body></html>";
    ck_assert_int_eq(decode(equiv, sizeof equiv - 1, 0), ST_OK);
    ck_assert_int_eq(IN.encoding, ENC_CP1252);
}
END_TEST

START_TEST(invalid_utf8_bytes_fall_back_to_1252)
{
    /* A windows-1252 page that claims UTF-8: its 0x93/0x94 still become quotes. */
    const char s[] = "<html><head><meta charset=utf-8></head><body>\x93Kami\x94 \xE2\x80\x94 ok</body></html>";
    ck_assert_int_eq(decode(s, sizeof s - 1, 0), ST_OK);
    ck_assert_ptr_nonnull(strstr(TEXT, "\xE2\x80\x9CKami\xE2\x80\x9D \xE2\x80\x94 ok"));
}
END_TEST

START_TEST(nul_bytes_become_spaces)
{
    const char s[] = "Judul\0berita";
    ck_assert_int_eq(decode(s, sizeof s - 1, 0), ST_OK);
    ck_assert_uint_eq(strlen(TEXT), sizeof s - 1);
}
END_TEST

/* The HTML reader takes the page a few kilobytes at a time: read in pieces
 * of any size, every encoding gives the bytes it gives read whole, and no
 * piece ends inside a character. */
START_TEST(read_in_pieces_as_whole)
{
#define PAGE(s) {s, sizeof s - 1}
    static const struct {
        const char *s;
        size_t len;
    } PAGES[] = {
        PAGE("<html><body>\x93Kami\x94 \xE2\x80\x94 \xF0\x9F\x98\x80 ok\xE9</body></html>"),
        PAGE("<html><head><meta charset=windows-1252></head><body>\x93Ya\x94 \xE9\x80</body></html>"),
        PAGE("\xFF\xFE<\0p\0>\0J\0\x3D\xD8\x00\xDEu\0\x1C\x20"),
    };
#undef PAGE
    for (size_t p = 0; p < sizeof PAGES / sizeof *PAGES; p++) {
        ck_assert_int_eq(decode(PAGES[p].s, PAGES[p].len, 0), ST_OK);
        for (size_t cap = 4; cap <= 9; cap++) {
            input_stream in;
            ck_assert_int_eq(input_open(PAGES[p].s, PAGES[p].len, ENC_UNKNOWN, 0, &in, &ERR), ST_OK);
            char whole[256], piece[16];
            size_t n = 0, got;
            while ((got = input_read(&in, piece, cap)) > 0) {
                ck_assert_uint_le(got, cap);
                ck_assert((piece[0] & 0xC0) != 0x80); /* a piece starts a character */
                memcpy(whole + n, piece, got);
                n += got;
            }
            ck_assert_uint_eq(n, strlen(TEXT));
            ck_assert_mem_eq(whole, TEXT, n);
        }
    }
}
END_TEST

START_TEST(binary_and_empty_are_refused)
{
    const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    ck_assert_int_eq(decode(png, sizeof png - 1, 0), ST_BINARY);
    ck_assert_ptr_nonnull(strstr(ERR.message, "PNG"));
    ck_assert_int_eq(decode(" \n\t ", 4, 0), ST_EMPTY);
    char blank[10000]; /* blank further than the first piece read */
    memset(blank, ' ', sizeof blank);
    ck_assert_int_eq(decode(blank, sizeof blank, 0), ST_EMPTY);
    blank[sizeof blank - 1] = 'x';
    ck_assert_int_eq(decode(blank, sizeof blank, 0), ST_OK);
    char noise[64];
    for (size_t i = 0; i < sizeof noise; i++)
        noise[i] = (char)(i % 7);
    ck_assert_int_eq(decode(noise, sizeof noise, 0), ST_BINARY);
}
END_TEST

START_TEST(encoding_labels)
{
    ck_assert_int_eq(input_encoding_from_label(" Latin1 ", 8), ENC_CP1252);
    ck_assert_int_eq(input_encoding_from_label("UTF-8", 5), ENC_UTF8);
    ck_assert_int_eq(input_encoding_from_label("koi8-r", 6), ENC_UNKNOWN);
}
END_TEST

/* Runs the markup filter over a copy of html; the result stays in TEXT. */
static const char *filtered(const char *html)
{
    teardown();
    size_t len = strlen(html);
    TEXT = malloc(len + 1);
    ck_assert_ptr_nonnull(TEXT);
    memcpy(TEXT, html, len + 1);
    ck_assert(input_filter_markup(TEXT, &len));
    ck_assert_uint_eq(len, strlen(TEXT));
    return TEXT;
}

START_TEST(end_tags_that_close_nothing_are_dropped)
{
    ck_assert_str_eq(filtered("<div><span>a</b></i >b</B\n x>c</span></div>"), "<div><span>abc</span></div>");
    /* a start tag anywhere keeps one: libxml2 may have it open */
    ck_assert_str_eq(filtered("<b>x</b>y</b><!-- <i> --></i>"), "<b>x</b>y</b><!-- <i> --></i>");
    /* in a run of one name, blanks between, no more than the page opens */
    ck_assert_str_eq(filtered("<i><i>x</i></i></i>\n </i><p></i>"), "<i><i>x</i></i>\n <p></i>");
    ck_assert_str_eq(filtered("<i>x</i>a</i><b></b></i>"), "<i>x</i>a</i><b></b></i>");
    /* elements libxml2 opens unasked, and end tags it reads as none */
    ck_assert_str_eq(filtered("a</p></body></html></head></ b></1>"), "a</p></body></html></head></ b></1>");
    /* script and style text, comments and attribute values are not markup */
    const char *kept = "<script>var s = \"</b>\";</script><style>/* </i> */</style><!-- </u> -->"
                       "<a title=\"</em>\" x='</q>'>t</a>";
    ck_assert_str_eq(filtered(kept), kept);
    /* after a tag taken out, a script is still read as one */
    ck_assert_str_eq(filtered("</x><script>a</b></script></x><style></u></style>"),
                     "<script>a</b></script><style></u></style>");
    /* what libxml2 2.9.14 reads as one piece: comments to "-->" or "--!>", a
     * doctype, a PI with a target; any other "<!" or "<?" is text */
    ck_assert_str_eq(filtered("<!-- </u> --!></u><!--> </u> --><!DOCTYPE </u>><?php </u>?>"),
                     "<!-- </u> --!><!--> </u> --><!DOCTYPE </u>><?php </u>?>");
    ck_assert_str_eq(filtered("<!x <script></u></script> <? <style></u></style> ?></u>"),
                     "<!x <script></u></script> <? <style></u></style> ?>");
    /* a doctype's quoted id runs to its quote, a '>' in it included */
    ck_assert_str_eq(filtered("<!DOCTYPE x PUBLIC \"></u>\" '></u>'> </u>a"),
                     "<!DOCTYPE x PUBLIC \"></u>\" '></u>'> a");
    /* so is one right after a doctype */
    ck_assert_str_eq(filtered("a<!DOCTYPE></u></u>"), "a<!DOCTYPE></u>");
    /* one whose going would join what is around it into another token */
    ck_assert_str_eq(filtered("<</e>s &</e>amp; &am</e>p; &#3</e>8; </</e>x <!-</e>- a --> ok</e>."),
                     "<</e>s &</e>amp; &am</e>p; &#3</e>8; </</e>x <!-</e>- a --> ok.");
    /* an end tag the page ends in before its '>' is text to libxml2 */
    ck_assert_str_eq(filtered("a</u> b</u"), "a b</u");
    /* libxml2 takes an end tag at the start of a script's text as one: a
     * "</a" there swallows the "</style>"; so does a longer name's */
    ck_assert_str_eq(filtered("<style></a</style> </t></style></t>"), "<style></a</style> </t></style>");
    ck_assert_str_eq(filtered("<script>x</scripts</script></t></script></t>"),
                     "<script>x</scripts</script></t></script>");
    /* a longer name does not end a script; a self-closed script has no text */
    ck_assert_str_eq(filtered("<script>a</scripts>b</sCrIpT></u><script/></u>"),
                     "<script>a</scripts>b</sCrIpT><script/>");
}
END_TEST

START_TEST(attributes_past_the_cap_are_dropped)
{
    char html[INPUT_MAX_ATTRIBUTES * 16 + 64], expect[sizeof html];
    size_t n = 0, e = 0;
    n += (size_t)sprintf(html + n, "<div");
    for (int i = 0; i < INPUT_MAX_ATTRIBUTES + 50; i++) {
        n += (size_t)sprintf(html + n, " a%d=\"x >\"", i);
        if (i + 1 == INPUT_MAX_ATTRIBUTES)
            e = n;
    }
    memcpy(expect, html, e);
    strcpy(expect + e, " >t</div>");
    strcpy(html + n, " >t</div>");
    ck_assert_str_eq(filtered(html), expect);
    /* an element within the cap is left whole, invalid names and all */
    const char *small = "<p id=a@b class=\"c\"d @x :y='z' / e f>t</p><br/>";
    ck_assert_str_eq(filtered(small), small);
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("input");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, detects_html_and_text);
    tcase_add_test(tc, bom_is_removed);
    tcase_add_test(tc, utf16_with_bom);
    tcase_add_test(tc, meta_charset_windows_1252);
    tcase_add_test(tc, invalid_utf8_bytes_fall_back_to_1252);
    tcase_add_test(tc, nul_bytes_become_spaces);
    tcase_add_test(tc, read_in_pieces_as_whole);
    tcase_add_test(tc, binary_and_empty_are_refused);
    tcase_add_test(tc, encoding_labels);
    tcase_add_test(tc, end_tags_that_close_nothing_are_dropped);
    tcase_add_test(tc, attributes_past_the_cap_are_dropped);
    suite_add_tcase(s, tc);
    return s;
}
