#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "runner.h"
#include "stage_helpers.h"

static stage_run R;
static void setup(void) { stage_run_reset(&R); }
static void teardown(void) { stage_run_free(&R); }

static stage_status read_html_depth(const char *html, size_t len, size_t max_depth)
{
    stage_error err;
    input_stream page = {.data = html, .len = len, .encoding = ENC_UTF8, .format = FORMAT_HTML};
    return html_read(&page, max_depth, &R.rec, &R.hints, R.a, &err);
}

static stage_status read_html(const char *html) { return read_html_depth(html, strlen(html), 0); }

static bool has_label(const char *label)
{
    for (size_t i = 0; i < R.rec.labels.len; i++)
        if (strcmp(R.rec.labels.items[i], label) == 0)
            return true;
    return false;
}

static bool has_credit(credit_role role, const char *name)
{
    for (size_t i = 0; i < R.rec.credits.len; i++)
        if (R.rec.credits.items[i].role == role && strcmp(R.rec.credits.items[i].name, name) == 0)
            return true;
    return false;
}

static bool has_credit_line(const char *line)
{
    for (size_t i = 0; i < R.hints.credit_lines.len; i++)
        if (strcmp(R.hints.credit_lines.items[i], line) == 0)
            return true;
    return false;
}

/* Some paragraph's text holds `needle`. */
static bool any_paragraph_has(const char *needle)
{
    for (size_t i = 0; i < R.rec.paragraphs.len; i++)
        if (strstr(R.rec.paragraphs.items[i].text, needle))
            return true;
    return false;
}

#define LEAD "KUPANG – Pemerintah Kota Kupang menggelar rapat koordinasi percepatan penurunan stunting di aula kantor wali kota."
#define SECOND "Rapat dihadiri para camat, lurah, kepala puskesmas, dan kader posyandu dari seluruh kelurahan di Kota Kupang."

/* A lead a template keeps in a box of its own before the rest of the text
 * (K2's "itemIntroText" over "itemFullText", the item marked featured: a
 * chrome word on their common ancestor) is read with it; an excerpt under
 * the headline that repeats the description is not. */
START_TEST(intro_box_before_the_full_text)
{
    ck_assert_int_eq(read_html("<html><body><div class=\"itemView itemIsFeatured\"><h2 class=\"itemTitle\">Judul</h2>"
                               "<div class=\"itemBody\"><div class=\"itemIntroText\"><p>" LEAD " " SECOND "</p></div>"
                               "<div class=\"itemFullText\"><p>" SECOND "</p><p>" SECOND "</p><p>" SECOND "</p>"
                               "<p>" SECOND "</p></div></div></div></body></html>"),
                     ST_OK);
    ck_assert(any_paragraph_has("KUPANG"));
    /* ... and beside a container its class names, a box whose class says it is the lead */
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><article class=\"box article-detail\"><h1>Judul Berita</h1>"
                               "<div class=\"notification is-info article-lead\"><p>" LEAD " " SECOND "</p></div>"
                               "<div class=\"content article-body\"><p>" SECOND "</p><p>" SECOND "</p></div>"
                               "</article></body></html>"),
                     ST_OK);
    ck_assert(any_paragraph_has("KUPANG"));
    ck_assert_uint_eq(R.rec.paragraphs.len, 3);
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><article><header><h1>Judul Berita</h1><p class=\"article-excerpt\">" SECOND
                               " " SECOND "</p></header><section class=\"gh-content\"><p>" LEAD "</p><p>" SECOND
                               "</p><p>" SECOND "</p></section></article></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, LEAD);
}
END_TEST

/* K2's featured mark, a word in superscript glued to the heading, is no
 * part of the headline; a number in superscript is ("m2"). */
START_TEST(featured_mark_after_the_heading)
{
    ck_assert_int_eq(read_html("<html><head><title>Uji Coba Sekolah Lapang Kentang di Dieng - Pemkab</title></head><body>"
                               "<div class=\"itemView\"><h2 class=\"itemTitle\">Uji Coba Sekolah Lapang Kentang di Dieng"
                               "<span><sup>Unggulan</sup></span></h2><div class=\"itemFullText\"><p>" LEAD "</p><p>"
                               SECOND "</p></div></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Uji Coba Sekolah Lapang Kentang di Dieng");
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><article><h1>Pemkab Bangun Taman Seluas 500 m<sup>2</sup></h1><p>" LEAD
                               "</p><p>" SECOND "</p></article></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Pemkab Bangun Taman Seluas 500 m2");
}
END_TEST

/* A blog's title linked rel=author (WriteFreely's "p-author" h-card) is
 * the site's name, no author; a person's name so linked is. */
START_TEST(site_title_linked_as_author)
{
    ck_assert_int_eq(read_html("<html><head><meta property=\"og:site_name\" content=\"Kabar Kampung Arfak\"></head><body>"
                               "<header><h1 id=\"blog-title\"><a rel=\"author\" class=\"h-card p-author\" href=\"/\">Kabar "
                               "Kampung Arfak</a></h1></header><article><h2>Peta Wilayah Adat Diserahkan</h2>"
                               "<div class=\"byline\"><a rel=\"author\" href=\"/u/yw\">Yulianus Wonda</a></div><p>" LEAD
                               "</p><p>" SECOND "</p></article></body></html>"),
                     ST_OK);
    ck_assert(!has_credit(CREDIT_AUTHOR, "Kabar Kampung Arfak"));
    ck_assert(has_credit(CREDIT_AUTHOR, "Yulianus Wonda"));
}
END_TEST

START_TEST(paragraphs_from_markup)
{
    ck_assert_int_eq(read_html("<html><body><article><p>Satu dua tiga empat lima enam tujuh.</p>"
                               "<p>Delapan sembilan sepuluh.</p></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(R.rec.paragraphs.items[1].text, "Delapan sembilan sepuluh.");
}
END_TEST

START_TEST(page_without_text_is_no_article)
{
    ck_assert_int_eq(read_html("<html><body><div></div></body></html>"), ST_NO_ARTICLE);
}
END_TEST

/* Blogger: the body splits at <br><br>, "Baca juga" lines and the sidebar's
 * popular posts are not the article, labels come from the post's own
 * "Label:" links, the date from h2.date-header, the title from h3.post-title
 * agreeing with "Site: Title". */
START_TEST(blogger_post)
{
    ck_assert_int_eq(
        read_html("<html><head><title>Humas Kota: Rapat Stunting Digelar di Kupang</title></head><body>"
                  "<div class='blog-posts'><div class='date-outer'><h2 class='date-header'><span>Kamis, 14 Maret "
                  "2024</span></h2><div class='post-outer'><div class='post hentry'>"
                  "<h3 class='post-title entry-title'>Rapat Stunting Digelar di Kupang</h3>"
                  "<div class='post-body entry-content' itemprop='description articleBody'><div>" LEAD
                  "<br><br><b>Baca juga:</b> <a href='#'>Wali Kota Lantik Pejabat</a><br><br>" SECOND
                  "<br><br>Penulis: Yanti Bessie</div></div>"
                  "<div class='post-footer'><span class='post-labels'>Label: <a rel='tag' href='#'>Kesehatan</a>, "
                  "<a rel='tag' href='#'>Stunting</a></span></div></div></div></div></div>"
                  "<div class='sidebar'><div class='widget PopularPosts'><h2>Postingan Populer</h2><ul><li>"
                  "<a href='#'>Harga Beras di Pasar Turun Sejak 26 Februari 2024</a></li></ul></div>"
                  "<div class='widget Label'><ul><li><a href='#'>Ekonomi</a></li></ul></div></div>"
                  "</body></html>"),
        ST_OK);
    ck_assert_str_eq(R.rec.title, "Rapat Stunting Digelar di Kupang");
    ck_assert_uint_eq(R.rec.paragraphs.len, 3);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, LEAD);
    ck_assert_str_eq(R.rec.paragraphs.items[1].text, SECOND);
    ck_assert_str_eq(R.rec.paragraphs.items[2].text, "Penulis: Yanti Bessie");
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert(has_label("kesehatan") && has_label("stunting"));
    ck_assert_str_eq(R.hints.published_visible, "Kamis, 14 Maret 2024");
    ck_assert(!any_paragraph_has("Harga Beras"));
}
END_TEST

/* An old table layout's post-meta row under the headline, parted by bars:
 * its date part is the date line. */
START_TEST(table_row_post_meta_line)
{
    ck_assert_int_eq(
        read_html("<html><head><title>PN Kabanjahe Sosialisasikan Gugatan Sederhana</title></head><body><table>"
                  "<tr><td class='judul'>PN Kabanjahe Sosialisasikan Gugatan Sederhana</td></tr><tr><td class='kecil'>"
                  "Rabu, 16 Desember 2026 - 11:05:32 &nbsp;|&nbsp; Kategori: <a href='b.php?kat=2'>Berita Pengadilan</a>"
                  " &nbsp;|&nbsp; Posted by : admin &nbsp;|&nbsp; Dibaca: 87 kali</td></tr><tr><td class='isi'>" LEAD
                  "<br><br>" SECOND "</td></tr></table></body></html>"),
        ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Rabu, 16 Desember 2026 - 11:05:32");
}
END_TEST

/* A post-meta line of its own after the body, classed "info": "Diposting di
 * <a>Perikanan</a> pada 12 Nov 2026" is the page's date line. */
START_TEST(posting_line_after_the_body)
{
    ck_assert_int_eq(
        read_html("<html><head><title>Pembudidaya Napoleon Tunggu Kuota Ekspor</title></head><body><article>"
                  "<h1>Pembudidaya Napoleon Tunggu Kuota Ekspor</h1><div class='isi'><p>" LEAD "</p><p>" SECOND
                  "</p></div><p class='info'>Diposting di <a href='/berita/kategori/perikanan'>Perikanan</a> pada "
                  "12 Nov 2026</p></article></body></html>"),
        ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Diposting di Perikanan pada 12 Nov 2026");
}
END_TEST

/* Moodle's forum post: under the subject an <address> of text and a link,
 * the byline and the date ("oleh <a>X</a> - Jumat, 17 Oktober 2025,
 * 14:05"); of a nest of such lines the innermost is the date line. */
START_TEST(moodle_post_header)
{
    ck_assert_int_eq(
        read_html("<html><head><title>Siswa SMKN 2 Tarakan Pamerkan Hasil P5</title></head><body><article><header>"
                  "<h3>Siswa SMKN 2 Tarakan Pamerkan Hasil P5</h3><address>oleh <a href='/user/view.php?id=41'>"
                  "Yohana Lubantobing</a> - Jumat, 17 Oktober 2025, 14:05</address></header>"
                  "<div class='post-content'><p>" LEAD "</p><p>" SECOND "</p></div></article></body></html>"),
        ST_OK);
    ck_assert_ptr_nonnull(R.hints.published_visible);
    ck_assert(strstr(R.hints.published_visible, "Jumat, 17 Oktober 2025, 14:05") != NULL);
    ck_assert(has_credit_line("oleh Yohana Lubantobing - Jumat, 17 Oktober 2025, 14:05"));
    stage_run_reset(&R);
    ck_assert_int_eq(
        read_html("<html><head><title>Pasar Murah Digelar</title></head><body><article><h1>Pasar Murah Digelar</h1>"
                  "<div class='meta'><span>Maret 11, 2025</span> oleh <a href='#'>Yoga Pratama</a></div>"
                  "<div class='post-content'><p>" LEAD "</p><p>" SECOND "</p></div></article></body></html>"),
        ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Maret 11, 2025");
}
END_TEST

/* JSON-LD keywords are the tags only when no article:tag meta gives them:
 * beside the tags, Rank Math's focus keyword is none. */
START_TEST(json_ld_keywords_beside_article_tags)
{
    ck_assert_int_eq(
        read_html("<html><head><title>Kampung Pengawasan Diresmikan</title>"
                  "<meta property='article:tag' content='pengawasan partisipatif'>"
                  "<meta property='article:tag' content='sidakersa'>"
                  "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":\"Kampung Pengawasan "
                  "Diresmikan\",\"keywords\":\"kampung pengawasan\"}</script></head><body><article>"
                  "<h1>Kampung Pengawasan Diresmikan</h1><p>" LEAD "</p><p>" SECOND "</p></article></body></html>"),
        ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert(has_label("pengawasan partisipatif") && has_label("sidakersa") && !has_label("kampung pengawasan"));
}
END_TEST

/* A theme's image caption classed "post-img-cap" is a caption: its photo
 * credit is read, and its text is no body paragraph. */
START_TEST(img_cap_is_a_caption)
{
    ck_assert_int_eq(read_html("<html><body><article><div class='zox-post-top-wrap'><header><h1>Nelayan Tolak "
                               "Tambang</h1></header><div class='zox-post-img-wrap'><div class='zox-post-img'><img "
                               "src='a.jpg'></div><span class='zox-post-img-cap'>Nelayan membentangkan spanduk di "
                               "Pantai Batu Perahu. Foto: Rendy/Babel Sepekan</span></div></div><div "
                               "class='zox-post-body'><p>" LEAD "</p><p>" SECOND "</p></div></article></body></html>"),
                     ST_OK);
    bool caption = false;
    for (size_t i = 0; i < R.rec.paragraphs.len; i++)
        caption = caption || (R.rec.paragraphs.items[i].kind == PARA_CAPTION &&
                              strstr(R.rec.paragraphs.items[i].text, "Rendy/Babel Sepekan"));
    ck_assert(caption);
}
END_TEST

/* Drupal 7's fields under the body: a label element alone ("Penulis:")
 * and its value in the sibling items make one credit line each. */
START_TEST(field_label_beside_its_value)
{
    ck_assert_int_eq(read_html("<html><body><div class='node'><h1>Petani Tanam Padi Gogo</h1><div class='field-body'>"
                               "<p>" LEAD "</p><p>" SECOND "</p></div><div class='field field-name-field-penulis "
                               "field-type-text field-label-inline'><div class='field-label'>Penulis:&nbsp;</div>"
                               "<div class='field-items'><div class='field-item even'>Kurniawan Adi Saputro</div>"
                               "</div></div><div class='field field-name-field-sumber field-label-inline'><div "
                               "class='field-label'>Sumber:&nbsp;</div><div class='field-items'><div class='field-item "
                               "even'>Dinas Pertanian dan Pangan</div></div></div></div></body></html>"),
                     ST_OK);
    ck_assert(has_credit_line("Penulis: Kurniawan Adi Saputro"));
    ck_assert(has_credit_line("Sumber: Dinas Pertanian dan Pangan"));
}
END_TEST

/* Indonesian themes name their post-meta blocks "berita-info", "berita-tanggal",
 * "berita-penulis": "info", "tanggal" (date) and "penulis" (author) mark post
 * meta as "meta", "date" and "author" do, so the byline is a credit line and
 * the date line no paragraph of the body. */
START_TEST(indonesian_post_meta_class_words)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Penyaluran Dana Desa Tahap III Baru 41 Persen</h1>"
                               "<div class='berita-info'><span class='berita-tanggal'>Senin, 23 November 2026 | "
                               "14:05 WIT</span> &middot; <span class='berita-penulis'>Penulis: Seksi MSKI KPPN "
                               "Wamena</span></div><p>" LEAD "</p><p>" SECOND "</p></article></body></html>"),
                     ST_OK);
    ck_assert(has_credit_line("Penulis: Seksi MSKI KPPN Wamena"));
    ck_assert(!any_paragraph_has("Penulis"));
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
}
END_TEST

/* A "rightbar" is a sidebar: its widget headed by a person icon ("Aparatur
 * Desa", the village's officials) credits no one. */
START_TEST(rightbar_widget_is_chrome)
{
    ck_assert_int_eq(read_html("<html><head><title>Posyandu Balita</title></head><body><div class='row'>"
                               "<div class='col-lg-9'><article><h1>Posyandu Balita</h1><p>" LEAD "</p><p>" SECOND
                               "</p></article></div><div class='col-lg-3'><div class='single_bottom_rightbar'>"
                               "<h2><i class='fa fa-user'></i>&nbsp;Aparatur Desa</h2><ul><li><b>Asril Mukhtar</b>"
                               "<br/>Kepala Desa</li></ul></div></div></div></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 0);
}
END_TEST

/* A portal that names its tags keywords ("Kata Kunci :" in a "kata-kunci"
 * box, links by query) gives them as labels. */
START_TEST(kata_kunci_box_holds_the_tags)
{
    ck_assert_int_eq(read_html("<html><head><title>Pasar Murah Ramadan</title></head><body><div class='isi-berita'>"
                               "<h1>Pasar Murah Ramadan</h1><p>" LEAD "</p><p>" SECOND "</p></div>"
                               "<div class='kata-kunci'>Kata Kunci : <a href='Index.aspx?tag=pasar+murah'>pasar murah"
                               "</a>, <a href='Index.aspx?tag=sphp'>sphp</a></div></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert(has_label("pasar murah") && has_label("sphp"));
}
END_TEST

/* WordPress with Yoast JSON-LD (@graph): headline, datePublished, keywords
 * and sections; the byline's hCard credits the author; the share bar and
 * the related posts are not the body. */
START_TEST(wordpress_post)
{
    ck_assert_int_eq(
        read_html("<html><head><title>MoU Kelor Diteken - Humas Kota Kupang</title>"
                  "<link rel='canonical' href='https://humas.example.go.id/2024/08/mou-kelor/'>"
                  "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
                  "\"NewsArticle\",\"headline\":\"MoU Kelor Diteken\",\"datePublished\":\"2024-08-21T09:40:12+08:00\","
                  "\"author\":{\"name\":\"Yanuarius Lado\"},\"keywords\":[\"Kelor\",\"MoU\"],\"articleSection\":"
                  "[\"Berita\"]},{\"@type\":\"WebPage\",\"name\":\"MoU Kelor Diteken - Humas Kota Kupang\"}]}"
                  "</script></head><body><main><article class='post category-berita tag-kelor'>"
                  "<header class='entry-header'><h1 class='entry-title'>MoU Kelor Diteken</h1><div class='entry-meta'>"
                  "<span class='byline'>oleh <span class='author vcard'><a class='url fn n' href='#'>Yanuarius "
                  "Lado</a></span></span></div></header><div class='entry-content'><p>" LEAD "</p><p>" SECOND "</p>"
                  "<div class='sharedaddy'><h3>Bagikan ini:</h3><a href='#'>Facebook</a></div></div>"
                  "<footer class='entry-footer'><span class='cat-links'><a href='#' rel='category tag'>Berita</a></span>"
                  "<span class='tags-links'><a href='#' rel='tag'>Pangan Lokal</a></span></footer></article>"
                  "<div class='related-posts'><h3>Berita Terkait</h3><p>Pemkot Kupang Gelar Pasar Murah di Enam "
                  "Kecamatan Menjelang Natal dan Tahun Baru 2025.</p></div></main></body></html>"),
        ST_OK);
    ck_assert_str_eq(R.rec.title, "MoU Kelor Diteken");
    ck_assert_str_eq(R.rec.url, "https://humas.example.go.id/2024/08/mou-kelor/");
    ck_assert_str_eq(R.hints.published_machine, "2024-08-21T09:40:12+08:00");
    ck_assert(R.hints.published_machine_json_ld); /* published.source "json-ld" */
    ck_assert(has_credit(CREDIT_AUTHOR, "Yanuarius Lado"));
    ck_assert(has_label("kelor") && has_label("mou") && has_label("berita") && has_label("pangan lokal"));
    ck_assert_uint_eq(R.rec.labels.len, 4);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert(!any_paragraph_has("Bagikan") && !any_paragraph_has("Pasar Murah"));
}
END_TEST

/* An app that keeps its listing's <title> and og:title on every article
 * ("Berita - Portal Resmi X", og:title "Portal Resmi X"): beside a section's
 * noun stands the site's name, no headline; the article's h1 is. */
START_TEST(site_wide_head_title)
{
    ck_assert_int_eq(
        read_html("<html><head><title>Berita - Portal Resmi Pemerintah Kabupaten Keerom</title>"
                  "<meta property='og:title' content='Portal Resmi Pemerintah Kabupaten Keerom'></head><body>"
                  "<main><article><h1 class='news-title'>Kasus Malaria Naik, Dinkes Bagikan 12 Ribu Kelambu</h1>"
                  "<div class='news-body'><p>" LEAD "</p><p>" SECOND "</p></div></article></main></body></html>"),
        ST_OK);
    ck_assert_str_eq(R.rec.title, "Kasus Malaria Naik, Dinkes Bagikan 12 Ribu Kelambu");
}
END_TEST

/* A theme's endless scroll saves the next post under this one: its tags
 * are that post's, not this article's. */
START_TEST(next_post_tags_are_not_labels)
{
    ck_assert_int_eq(
        read_html("<html><head><title>MoU Kelor Diteken</title></head><body><main>"
                  "<article class='post'><h1 class='entry-title'>MoU Kelor Diteken</h1>"
                  "<div class='entry-content'><p>" LEAD "</p><p>" SECOND "</p></div>"
                  "<div class='post-tags'><a href='/tag/kelor' rel='tag'>Kelor</a></div></article>"
                  "<article class='post'><h2 class='entry-title'>Pasar Murah Digelar</h2><div class='entry-content'>"
                  "<p>Pasar murah digelar di enam kecamatan menjelang hari raya.</p></div>"
                  "<div class='post-tags'><a href='/tag/pasar-murah' rel='tag'>Pasar Murah</a></div></article>"
                  "</main></body></html>"),
        ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert(has_label("kelor"));
}
END_TEST

/* Joomla showing the menu's title as h1: the headline agreeing with
 * <title> and og:title wins. */
START_TEST(title_by_agreement)
{
    ck_assert_int_eq(read_html("<html><head><title>Banjir Bandang Terjang Torue | Pemkab Parigi Moutong</title>"
                               "<meta property='og:title' content='Banjir Bandang Terjang Torue'></head><body>"
                               "<h1>Berita</h1><div class='item-page'><h2 itemprop='headline'>Banjir Bandang "
                               "Terjang Torue</h2><div itemprop='articleBody'><p>" LEAD "</p></div></div>"
                               "</body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Banjir Bandang Terjang Torue");
    /* "Site - Headline" in <title> and og:title agree with the headline the
     * page shows (Google Sites' hero heading), the site's name left out */
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><head><title>Disdukcapil Kabupaten Nias Barat - Disdukcapil Nias Barat Layani "
                               "612 Permohonan</title><meta property='og:title' content='Disdukcapil Kabupaten Nias "
                               "Barat - Disdukcapil Nias Barat Layani 612 Permohonan'><meta name='twitter:title' "
                               "content='Disdukcapil Kabupaten Nias Barat - Disdukcapil Nias Barat Layani 612 "
                               "Permohonan'></head><body><header><h1><span>"
                               "Disdukcapil Nias Barat Layani 612 Permohonan</span></h1></header><section><div><div>"
                               "<div><div><div><div><div><p>" LEAD "</p><p>" SECOND "</p></div></div></div></div></div>"
                               "</div></div></section></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Disdukcapil Nias Barat Layani 612 Permohonan");
}
END_TEST

/* Without og:title or JSON-LD, the site's suffix leaves <title>. */
START_TEST(title_without_site_suffix)
{
    ck_assert_int_eq(read_html("<html><head><title>Kapal Fiber untuk Nelayan | Diskominfo Gorut</title></head>"
                               "<body><div class='blog-details'><h2 class='blog-title'>Kapal Fiber untuk Nelayan</h2>"
                               "<div class='blog-content'><p>" LEAD "</p></div></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Kapal Fiber untuk Nelayan");
}
END_TEST

/* An unknown template: the block with the most prose wins over the menu
 * and the sidebar. */
START_TEST(density_fallback)
{
    ck_assert_int_eq(read_html("<html><body><div class='top'><ul><li><a href='#'>Beranda</a></li><li><a href='#'>"
                               "Profil</a></li></ul></div><div class='wrap'><div class='x1'><p>" LEAD "</p><p>" SECOND
                               "</p></div><div class='x2'><p>Alamat kantor di Jalan El Tari.</p></div></div>"
                               "</body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, LEAD);
}
END_TEST

/* h2 in the body is a heading, figcaption a caption, list items are
 * paragraphs; spacer paragraphs go, entities escaped twice are repaired,
 * hidden and script text never shows. */
START_TEST(paragraph_kinds_and_cleanup)
{
    ck_assert_int_eq(read_html("<html><body><div class='entry-content'><p>" LEAD "</p><p>&nbsp;</p>"
                               "<figure><img src='a.jpg'><figcaption>Wali kota membuka rapat. (Foto: Ani)"
                               "</figcaption></figure><h2>Target Tahun Ini</h2><ul><li>Satu desa satu posyandu aktif."
                               "</li><li>Dua kali pengukuran setahun.</li></ul><p>Ia berkata &amp;quot;siap&amp;quot;"
                               "&amp;nbsp;bekerja &amp;#8220;keras&amp;#8221;.</p><p class='sr-only'>Memuat konten"
                               "</p><script>var x = 'skrip';</script></div></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 6);
    ck_assert_int_eq(R.rec.paragraphs.items[0].kind, PARA_BODY);
    ck_assert_int_eq(R.rec.paragraphs.items[1].kind, PARA_CAPTION);
    ck_assert_str_eq(R.rec.paragraphs.items[1].text, "Wali kota membuka rapat. (Foto: Ani)");
    ck_assert_int_eq(R.rec.paragraphs.items[2].kind, PARA_HEADING);
    ck_assert_str_eq(R.rec.paragraphs.items[3].text, "Satu desa satu posyandu aktif.");
    ck_assert_str_eq(R.rec.paragraphs.items[5].text, "Ia berkata \"siap\" bekerja \u201Ckeras\u201D.");
    ck_assert(!any_paragraph_has("Memuat") && !any_paragraph_has("skrip"));
}
END_TEST

/* A single <br> that only wraps a sentence joins; one after a full stop
 * starts a new paragraph. */
START_TEST(single_break)
{
    ck_assert_int_eq(read_html("<html><body><div class='post-body'><p>" LEAD "<br>Wali kota\nmeminta"
                               "<br>camat hadir tepat waktu dan membawa data balita.</p></div></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(R.rec.paragraphs.items[1].text, "Wali kota meminta camat hadir tepat waktu dan membawa data balita.");
}
END_TEST

/* A Drupal field's label and value make one credit line; a tag icon marks
 * a link as a label, its "#" dropped. */
START_TEST(field_credit_and_tag_icon)
{
    ck_assert_int_eq(read_html("<html><body><article class='node'><h1>Gerakan Pangan Murah di Banda Aceh</h1>"
                               "<div class='node__content'><div class='field field--name-body'><p>" LEAD "</p></div>"
                               "<div class='field field--name-field-editor'><div class='field__label'>Editor</div>"
                               "<div class='field__item'>Safrina Yusuf</div></div>"
                               "<a class='btn' href='#'><i class='fas fa-tags'></i>#Pangan Murah</a></div></article>"
                               "</body></html>"),
                     ST_OK);
    ck_assert(has_credit_line("Editor: Safrina Yusuf"));
    ck_assert(has_label("pangan murah"));
    ck_assert(!any_paragraph_has("Safrina"));
}
END_TEST

/* A "Penulis:" label a screen reader hears, next to the name. */
START_TEST(screen_reader_byline)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Internet Desa 3T</h1><div class='meta'><span class='flex'>"
                               "<svg></svg><span class='sr-only'>Penulis: </span>Biro Humas Komdigi</span></div>"
                               "<div class='article-content'><p>" LEAD "</p></div></article></body></html>"),
                     ST_OK);
    ck_assert(has_credit_line("Penulis: Biro Humas Komdigi"));
}
END_TEST

/* A navigation heading only screen readers hear (Joomla Beez's "unseen",
 * Drupal 7's "element-invisible") is no headline. */
START_TEST(screen_reader_heading_is_no_headline)
{
    ck_assert_int_eq(read_html("<html><head><title>Juru Sembelih Halal Dilatih</title></head><body><header>"
                               "<h1 id='logo'><span>Portal Resmi Pemerintah Kabupaten</span></h1>"
                               "<h2 class='unseen'>Navigasi Pencarian</h2><ul class='nav menu'><li><a href='/'>"
                               "Beranda</a></li></ul></header><div id='main'><article class='item-page'><h2>Juru "
                               "Sembelih Halal Dilatih</h2><p>" LEAD "</p><p>" SECOND "</p></article></div>"
                               "<h2 class='element-invisible'>Informasi Tambahan</h2></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Juru Sembelih Halal Dilatih");
}
END_TEST

/* The page header's heading (a logo's words beside the menu) is the
 * site's when the article holds its own heading above its prose. */
START_TEST(page_header_heading_gives_way_to_the_articles)
{
    ck_assert_int_eq(read_html("<html><head><title>ARTIKEL</title></head><body><header class='header'><a href='/'>"
                               "<img src='logo.png'></a><h1>Kecamatan<span>Pagaden</span></h1><nav class='navbar'>"
                               "<a href='/'>Beranda</a><a href='/artikel'>Artikel</a></nav></header><main><div>"
                               "<article><h2>Benih Jagung untuk Kelompok Tani</h2><p>" LEAD "</p><p>" SECOND "</p>"
                               "</article></div></main></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Benih Jagung untuk Kelompok Tani");
}
END_TEST

/* A <title> whose template printed an empty site name beside its
 * separator gives the headline alone. */
START_TEST(title_with_an_empty_side)
{
    ck_assert_int_eq(read_html("<html><head><title> | Tanggul Darurat Dibangun</title></head><body><div "
                               "class='content'><p>" LEAD "</p><p>" SECOND "</p></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Tanggul Darurat Dibangun");
}
END_TEST

START_TEST(title_with_an_empty_end)
{
    ck_assert_int_eq(read_html("<html><head><title>Tanggul Darurat Dibangun \xE2\x80\x93 </title></head><body><div "
                               "class='content'><p>" LEAD "</p><p>" SECOND "</p></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Tanggul Darurat Dibangun");
}
END_TEST

/* A date line in ISO's order ("2025-04-22 08:15:00", Hugo's and many
 * portals' default) is the page's own date, over a time element's
 * attribute that says otherwise. */
START_TEST(iso_date_line)
{
    ck_assert_int_eq(read_html("<html><body><article><h2>Benih Jagung untuk Kelompok Tani</h2><p class='meta'>"
                               "<time datetime='2024-06-14'> 2025-04-22 08:15:00</time></p><p>" LEAD "</p><p>" SECOND
                               "</p></article></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "2025-04-22 08:15:00");
}
END_TEST

/* The headline's box is the article's header whatever its class (the
 * Arsha theme's title bar is a "breadcrumbs" section): its date line is
 * the page's, over the lead's date. */
START_TEST(date_line_in_a_chrome_classed_title_bar)
{
    ck_assert_int_eq(read_html("<html><head><title>Tanggul Darurat Dibangun</title></head><body><header><h1 "
                               "class='logo'><a href='/'>Desa Sumberwudi</a></h1><nav><a href='/'>Home</a></nav>"
                               "</header><main><section class='breadcrumbs'><div class='container'><ol><li><a "
                               "href='/'>Home</a></li><li>Detail Berita</li></ol><h1>Tanggul Darurat Dibangun</h1>"
                               "<small>Kamis, 08 Mei 2025 | 09:30 WIB</small></div></section><section class='inner'>"
                               "<div class='container'><p>" LEAD "</p><p>" SECOND "</p></div></section></main>"
                               "</body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Tanggul Darurat Dibangun");
    ck_assert_str_eq(R.hints.published_visible, "Kamis, 08 Mei 2025 | 09:30 WIB");
}
END_TEST

/* Only a headline that stands in a chrome-classed box itself reads the
 * dates of that box: a sidebar beside a plain headline stays chrome (a
 * calendar's "Maret 2025"). */
START_TEST(sidebar_beside_the_headline_stays_chrome)
{
    ck_assert_int_eq(read_html("<html><body><div id='wrap'><div id='sidebar'><h2>Kalender</h2><div class='border'>"
                               "<table class='calendar'><caption>Maret 2025</caption><tr><td>17</td></tr></table>"
                               "</div></div><div id='main'><h1>Pasar Ikan Higienis Diresmikan</h1><p>" LEAD "</p><p>"
                               SECOND "</p></div></div></body></html>"),
                     ST_OK);
    ck_assert_ptr_null(R.hints.published_visible);
}
END_TEST

/* An author link written as a sentence (WordPress's "View all posts by
 * %s" in Indonesian) or opened by its label ("Oleh X") names the poster
 * after its byline word. */
START_TEST(author_link_as_a_sentence)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Panel Surya untuk Sekolah</h1><div class='entry-content'><p>"
                               LEAD "</p><p>" SECOND "</p><div class='author-info'><p class='author-bio'><a "
                               "class='author-link' href='/author/rina/' rel='author'>Lihat semua pos oleh Rina "
                               "Wulandari</a></p></div></div></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert(has_credit(CREDIT_AUTHOR, "Rina Wulandari"));
    /* ... and one opened by its label, every word capitalised ("Oleh X" in a theme's post-author link) */
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><article><h1>Panel Surya untuk Sekolah</h1><div class='post-meta'><a "
                               "href='/author/emanuel/' class='post-author-a'><span class='post-author-name'>Oleh "
                               "<b>Emanuel Rangga Wondo</b></span></a></div><div class='entry-content'><p>" LEAD
                               "</p><p>" SECOND "</p></div></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert(has_credit(CREDIT_AUTHOR, "Emanuel Rangga Wondo"));
}
END_TEST

/* WordPress block themes print the byline's name alone in the Post
 * Author block. */
START_TEST(block_theme_post_author)
{
    ck_assert_int_eq(read_html("<html><body><main><h1 class='wp-block-post-title'>Imunisasi Kejar Digelar</h1><div "
                               "class='wp-block-post-author'><div class='wp-block-post-author__content'><p "
                               "class='wp-block-post-author__name'>Humas Dinkes Bontang</p></div></div><div "
                               "class='entry-content wp-block-post-content'><p>" LEAD "</p><p>" SECOND "</p></div>"
                               "</main></body></html>"),
                     ST_OK);
    ck_assert(has_credit(CREDIT_AUTHOR, "Humas Dinkes Bontang"));
    /* an account's login in small letters, in the meta, JSON-LD and hCard, is no one's name */
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><head><meta name='author' content='humas'><script type='application/ld+json'>"
                               "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":"
                               "\"humas\"}}</script></head><body><article><h1>Imunisasi Kejar Digelar</h1>"
                               "<span class='author vcard'>"
                               "<a class='url fn n' href='/author/humas/'>humas</a></span><p>" LEAD "</p><p>" SECOND
                               "</p></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 0);
}
END_TEST

/* Links to the previous and next posts (rel=prev/next) are the theme's
 * post navigation, inside the article's container too: no paragraphs, and
 * the sign-off above them still closes the article. */
START_TEST(post_navigation_links_are_chrome)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Bantuan Perahu Nelayan</h1><div class='entry-content'><p>"
                               LEAD "</p><p>" SECOND "</p><p>(Diskominfo Selayar/Rsd)</p><div class='next-prev row'>"
                               "<div class='col-md-6'><a href='/a/' rel='prev'>Pendaftaran Paskibraka Dibuka hingga "
                               "30 April</a></div><div class='col-md-6'><a href='/b/' rel='next'>Jadwal Kapal Feri "
                               "Selama Libur Paskah</a></div></div></div></article></body></html>"),
                     ST_OK);
    ck_assert(!any_paragraph_has("Paskibraka"));
    ck_assert(!any_paragraph_has("Jadwal Kapal"));
}
END_TEST

/* Next.js: the body, title, category and tags from the flight chunks. */
START_TEST(next_flight_data)
{
    ck_assert_int_eq(
        read_html("<html><head><title>Internet Sekolah - Kementerian</title></head><body><article><h1>Internet "
                  "Sekolah</h1><div class='custom-body'><span class='sr-only'>Memuat konten...</span></div></article>"
                  "<script>self.__next_f.push([1,\"6:T7b,\"])</script>"
                  "<script>self.__next_f.push([1,\"\\u003cp\\u003e" LEAD "\\u003c/p\\u003e\"])</script>"
                  "<script>self.__next_f.push([1,\"7:[\\\"$\\\",\\\"$L5\\\",null,{\\\"html\\\":\\\"$6\\\",\\\"title\\\":"
                  "\\\"Internet Sekolah\\\",\\\"category\\\":\\\"Siaran Pers\\\",\\\"tags\\\":[\\\"BAKTI\\\"],"
                  "\\\"publishedAt\\\":\\\"2024-12-12T03:00:00.000Z\\\"}]\\n\"])</script></body></html>"),
        ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, LEAD);
    ck_assert_str_eq(R.rec.title, "Internet Sekolah");
    ck_assert(has_label("siaran pers") && has_label("bakti"));
    ck_assert_str_eq(R.hints.published_machine, "2024-12-12T03:00:00.000Z");
    ck_assert(!R.hints.published_machine_json_ld); /* a page's own data, not JSON-LD */
}
END_TEST

/* The App Router's flight data as React's element tree, the article's body
 * handed over as markup (dangerouslySetInnerHTML), under a shell that shows
 * only "Memuat berita..." and a footer: the tree's article, its h1 the
 * headline (the JSON-LD's differs). */
START_TEST(next_flight_element_tree)
{
    ck_assert_int_eq(
        read_html("<html><head><title>Berita - Pemprov</title><script type='application/ld+json'>{\"@type\":"
                  "\"NewsArticle\",\"headline\":\"Judul Lain\"}</script></head><body><div>Memuat berita...</div>"
                  "<footer><p>Biro Administrasi Pimpinan Setda Provinsi, Jalan Brigjen Marinir Abraham Aturure, "
                  "Manokwari, Papua Barat</p></footer>"
                  "<script>self.__next_f.push([1,\"5:[\\\"$\\\",\\\"article\\\",null,{\\\"children\\\":[[\\\"$\\\","
                  "\\\"h1\\\",null,{\\\"children\\\":\\\"Beasiswa Afirmasi untuk 640 Mahasiswa\\\"}],"
                  "[\\\"$\\\",\\\"div\\\",null,{\\\"dangerouslySetInnerHTML\\\":{\\\"__html\\\":"
                  "\\\"\\\\u003cp\\\\u003e" LEAD "\\\\u003c/p\\\\u003e\\\"}}]]}]\\n\"])</script>"
                  "</body></html>"),
        ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, LEAD);
    ck_assert_str_eq(R.rec.title, "Beasiswa Afirmasi untuk 640 Mahasiswa");
}
END_TEST

/* 100,000 nested <div>s: refused past max_depth, read without recursion
 * when there is no limit. */
START_TEST(deep_nesting)
{
    enum { DEPTH = 100000 };
    size_t cap = DEPTH * 5 + 256, len = 0;
    char *html = malloc(cap);
    ck_assert_ptr_nonnull(html);
    len += (size_t)sprintf(html, "<html><body>");
    for (size_t i = 0; i < DEPTH; i++)
        memcpy(html + len, "<div>", 5), len += 5;
    len += (size_t)sprintf(html + len, "%s", LEAD);
    ck_assert_int_eq(read_html_depth(html, len, 4096), ST_TOO_DEEP);
    stage_run_reset(&R);
    ck_assert_int_eq(read_html_depth(html, len, 0), ST_OK);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, LEAD);
    free(html);
}
END_TEST

/* The input stage decoded the page: a windows-1252 <meta> must not make
 * libxml2 decode it again. */
START_TEST(meta_charset_ignored)
{
    ck_assert_int_eq(read_html("<html><head><meta charset='windows-1252'></head><body><div class='entry-content'>"
                               "<p>Kafe \xE2\x80\x9CKopi\xE2\x80\x9D di Kupang dibuka kembali setelah renovasi."
                               "</p></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, "Kafe \u201CKopi\u201D di Kupang dibuka kembali setelah renovasi.");
}
END_TEST

/* A home-page canonical link is a template default: og:url wins. */
START_TEST(home_canonical_yields)
{
    ck_assert_int_eq(read_html("<html><head><link rel='canonical' href='https://diskan.example.go.id/'>"
                               "<meta property='og:url' content='https://diskan.example.go.id/detail/benih'></head>"
                               "<body><div class='entry-content'><p>" LEAD "</p></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.url, "https://diskan.example.go.id/detail/benih");
}
END_TEST

/* A caption under the lead image, above the body, comes first as a
 * caption; a category badge after an image is no caption. */
START_TEST(lead_caption)
{
    ck_assert_int_eq(read_html("<html><body><article><div class='thumb'><img src='x.jpg'><span class='news-cat'>"
                               "<a href='#'>Pertanian</a></span></div><h1>Benih Ikan untuk Pokdakan</h1>"
                               "<img src='y.jpg'><i>Kepala dinas menyerahkan benih ikan. (Foto: Hendra)</i>"
                               "<div class='post-content'><p>" LEAD "</p></div></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_int_eq(R.rec.paragraphs.items[0].kind, PARA_CAPTION);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, "Kepala dinas menyerahkan benih ikan. (Foto: Hendra)");
    /* a card's image, then its body box whose first block is the caption
     * (Bootstrap's "card-img-top" and "card-body"); not a byline's <time>
     * in an inline box after an avatar */
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><div class='card'><img src='y.jpg' class='card-img-top'><div "
                               "class='card-body'><p class='small fst-italic'>Suasana uji publik di ruang rapat. "
                               "(Dok. Diskominfo Minut)</p><h2 class='judul-berita'>Benih Ikan untuk Pokdakan</h2>"
                               "<div class='meta-berita'><span>04-11-2026 10:21</span></div><div class='isi-berita'>"
                               "<p>" LEAD "</p><p>" SECOND "</p><p>" LEAD "</p></div></div></div></body></html>"),
                     ST_OK);
    ck_assert_int_eq(R.rec.paragraphs.items[0].kind, PARA_CAPTION);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, "Suasana uji publik di ruang rapat. (Dok. Diskominfo Minut)");
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><article><h1>Benih Ikan untuk Pokdakan</h1><div class='post-meta'><a "
                               "href='/author/x/'><img src='a.jpg'></a><span class='time'><time>Dipublikasikan pada "
                               "19 November 2026</time></span></div><div class='post-content'><p>" LEAD "</p></div>"
                               "</article></body></html>"),
                     ST_OK);
    ck_assert(!any_paragraph_has("Dipublikasikan"));
    /* an element classed as a caption in a hero header above the columns (Zeen's "hero-wrap") */
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><div class='site'><div class='hero-wrap'><div class='hero'><img "
                               "src='y.jpg'></div><div class='caption-wrap'><span class='caption'>Penyelam memasang "
                               "pelampung tambat di perairan Tomia. (Dok. BTN Wakatobi)</span></div></div><div "
                               "class='single-content'><div class='tipi-cols'><main class='main'><div class='wrap'>"
                               "<div class='entry-content'><p>" LEAD "</p><p>" SECOND "</p></div></div></main></div>"
                               "</div></div></body></html>"),
                     ST_OK);
    ck_assert_int_eq(R.rec.paragraphs.items[0].kind, PARA_CAPTION);
    ck_assert(any_paragraph_has("Dok. BTN Wakatobi"));
}
END_TEST

/* "Kategori Hoaks" in the post-meta names a label in words. */
START_TEST(label_line_in_meta)
{
    ck_assert_int_eq(read_html("<html><body><div class='blog-entry'><h1>Hoaks Rekrutmen Honorer</h1><div "
                               "class='typography-block'><div class='meta-entry'><div class='author'>Kategori Hoaks"
                               "</div></div><p>" LEAD "</p><p>" SECOND "</p></div></div></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert(has_label("hoaks"));
    ck_assert(!any_paragraph_has("Kategori"));
}
END_TEST

/* The post-meta line's other fields end its label value ("Kategori:
 * Pemerintahan - Dibaca: 347 kali", Lokomedia). */
START_TEST(label_line_ends_at_its_counter)
{
    ck_assert_int_eq(read_html("<html><body><table><tr><td><span class=posting>Kategori: <a href=kategori-2-x.html>"
                               "<b>Pemerintahan</b></a> - Dibaca: <b>347</b> kali</span><br><p>" LEAD "</p><p>" SECOND
                               "</p></td></tr></table></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert(has_label("pemerintahan"));
}
END_TEST

/* A stray closing tag after a "Baca juga" box ends the body field early:
 * the paragraphs right after it still belong to the article, the field
 * that follows them does not. */
START_TEST(body_continues_after_stray_close)
{
    ck_assert_int_eq(read_html("<html><body><article><div class='node__content'><div class='field--name-body'><p>" LEAD
                               " " LEAD "</p><div class='baca-juga'><p><strong>BACA JUGA:</strong> <a href='#'>Lain</a></p>"
                               "</div></div><p>" SECOND "</p><div class='field--name-field-kategori'>"
                               "<div class='field__label'>Kategori</div><div class='field__item'><a href='#'>Kesehatan"
                               "</a></div></div></div></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(R.rec.paragraphs.items[1].text, SECOND);
    ck_assert(has_label("kesehatan"));
}
END_TEST

/* og:title carries the site's name, which og:site_name gives: it leaves. */
START_TEST(title_site_name_stripped)
{
    ck_assert_int_eq(read_html("<html><head><title>Pasar Murah Digelar - Pemkot Contoh</title><meta "
                               "property='og:title' content='Pasar Murah Digelar - Pemkot Contoh'><meta "
                               "property='og:site_name' content='Pemkot Contoh'></head><body><div class='post-content'>"
                               "<p>" LEAD "</p></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Pasar Murah Digelar");
}
END_TEST

/* The page's shortened SEO title (<title> and og:title agreeing) gives way
 * to the fuller headline the page shows, when most of its words are that
 * headline's; a headline of other words does not, unless <title> seconds
 * it. */
START_TEST(title_shown_over_its_seo_form)
{
    static const char *const PAGE = "<html><head><title>Normalisasi SKM Segmen Gang Nibung Ditargetkan Rampung "
                                    "Desember | Pemprov</title><meta property='og:title' content='Normalisasi SKM "
                                    "Segmen Gang Nibung Ditargetkan Rampung Desember'></head><body><h1>%s</h1>"
                                    "<div class='post-content'><p>" LEAD "</p></div></body></html>";
    char html[1024];
    snprintf(html, sizeof html, PAGE,
             "Normalisasi Sungai Karang Mumus Segmen Gang Nibung Ditargetkan Rampung Akhir Desember");
    ck_assert_int_eq(read_html(html), ST_OK);
    ck_assert_str_eq(R.rec.title,
                     "Normalisasi Sungai Karang Mumus Segmen Gang Nibung Ditargetkan Rampung Akhir Desember");
    stage_run_reset(&R);
    snprintf(html, sizeof html, PAGE, "Berita Terpopuler Hari Ini di Kalimantan Timur");
    ck_assert_int_eq(read_html(html), ST_OK);
    ck_assert_str_eq(R.rec.title, "Normalisasi SKM Segmen Gang Nibung Ditargetkan Rampung Desember");
    /* the article's heading that <title> seconds wins over an SEO headline of other words that og:title,
     * twitter:title and JSON-LD give */
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><head><title>Tanggul Jebol, 800 Hektare Kebun Kelapa Terendam - Diskominfo"
                               "</title><meta property='og:title' content='Tanggul Parit 12 Jebol, Pemkab Siapkan "
                               "Rp1,4 Miliar'><meta name='twitter:title' content='Tanggul Parit 12 Jebol, Pemkab "
                               "Siapkan Rp1,4 Miliar'><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                               "\"headline\":\"Tanggul Parit 12 Jebol, Pemkab Siapkan Rp1,4 Miliar\"}</script>"
                               "</head><body><article><h1 class='post-title'>Tanggul Jebol, 800 Hektare Kebun Kelapa "
                               "Terendam</h1><div class='post-content'><p>" LEAD "</p><p>" SECOND "</p></div>"
                               "</article></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Tanggul Jebol, 800 Hektare Kebun Kelapa Terendam");
}
END_TEST

/* A date-classed <span> inside a sentence is words of the sentence. */
START_TEST(inline_furniture_class_kept)
{
    ck_assert_int_eq(read_html("<html><body><div class='entry-content'><p>Rapat digelar pada <span class='date'>"
                               "Senin (12/3)</span> di aula kantor wali kota bersama para camat.</p></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text,
                     "Rapat digelar pada Senin (12/3) di aula kantor wali kota bersama para camat.");
}
END_TEST

/* Links into tag archives are labels by their path; a link to a section
 * page is not. */
START_TEST(label_by_archive_path)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Internet Desa 3T</h1><div class='article-content'><p>" LEAD
                               "</p></div><div class='mt-4'><a href='/berita/tag/bakti'>BAKTI</a> <a "
                               "href='https://example.go.id/tag/desa-3t/'>Desa 3T</a> <a href='/berita/siaran-pers'>"
                               "Siaran Pers</a></div></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert(has_label("bakti") && has_label("desa 3t"));
}
END_TEST

/* An archive named in the link's query with a value is a label's link too:
 * "artikel?tag=tuna", "index.php?page=berita&kategori=3" (WordPress's plain
 * permalinks, PHP portals). */
START_TEST(label_by_archive_query)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Harga Tuna Naik di PPS Bitung</h1><div class='entry'><p>"
                               LEAD "</p><p>" SECOND "</p></div><div class='chips'><a href='/artikel?tag=tuna'>Tuna</a> "
                               "<a href='/artikel?tag=pps-bitung'>PPS Bitung</a></div></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert(has_label("tuna") && has_label("pps bitung"));
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><table><tr><td><h2>Operasi Pasar Beras SPHP</h2><table><tr><td>Kategori"
                               "</td><td>:</td><td><a href='index.php?page=berita&amp;kategori=3'>Ekonomi</a></td></tr>"
                               "</table><p>" LEAD "</p><p>" SECOND "</p></td></tr></table></body></html>"),
                     ST_OK);
    ck_assert(has_label("ekonomi"));
}
END_TEST

/* Joomla without friendly URLs names the archive in the query: its section
 * and category links are labels, an article's link is not. */
START_TEST(label_by_joomla_archive_query)
{
    ck_assert_int_eq(read_html("<html><body><table class='contentpaneopen'><tr><td><span><a href='/index.php?option="
                               "com_content&amp;view=section&amp;id=1&amp;Itemid=54'>Berita</a></span> - <span><a href="
                               "'/index.php?option=com_content&amp;view=category&amp;id=7&amp;Itemid=54'>Perhubungan</a>"
                               "</span> <a href='/index.php?option=com_content&amp;view=article&amp;id=9'>Tarif Baru"
                               "</a></td></tr><tr><td><p>" LEAD "</p><p>" SECOND "</p></td></tr></table></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert(has_label("berita") && has_label("perhubungan"));
}
END_TEST

/* Archive links after a labels label at the end of the body's own
 * container ("Tagged with:<br>", Wagtail's blog page) are the labels,
 * each link one; the label word is none. */
START_TEST(label_links_after_a_label_in_the_body)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Sidang Keliling Isbat Nikah</h1><div><p class='intro'>"
                               "Sebanyak 46 pasangan mengikuti sidang isbat nikah.</p><div><p>" LEAD
                               "</p></div><div><p>Usai sidang, pasangan menerima buku nikah.</p></div>Tagged with:<br>"
                               "<a href='/berita/tags/isbat-nikah/'>Isbat Nikah</a> <a href='/berita/tags/sidang/'>"
                               "Sidang Keliling</a></div></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert(has_label("isbat nikah") && has_label("sidang keliling"));
}
END_TEST

/* Hashtags with no space between them (tag links a page sets apart with
 * CSS alone) are one label each. */
START_TEST(glued_hashtag_links)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Air Sungai Braza Surut</h1><div class='entry-content'><p>"
                               LEAD "</p><p>Tag:#Dekai#Sungai Braza#bahan pokok</p></div></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 3);
    ck_assert(has_label("dekai") && has_label("sungai braza") && has_label("bahan pokok"));
}
END_TEST

/* Jetpack's related posts ("jp-relatedposts") are another article's: their
 * dates are no date line of this one. */
START_TEST(jetpack_related_posts_are_chrome)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Puting Beliung Rusak 27 Rumah</h1><div "
                               "class='entry-content'><p>" LEAD "</p></div><div id='jp-relatedposts' "
                               "class='jp-relatedposts'><div class='jp-relatedposts-post'><h4><a href='/x/'>Angin "
                               "Kencang Tumbangkan Pohon</a></h4><p class='jp-relatedposts-post-date'>14 Mei 2026</p>"
                               "</div></div></article></body></html>"),
                     ST_OK);
    ck_assert_ptr_null(R.hints.published_visible);
}
END_TEST

/* A tag cloud ("tag-cloud", "widget_tag_cloud") is the site's, not this
 * article's labels. */
START_TEST(tag_cloud_is_chrome)
{
    ck_assert_int_eq(read_html("<html><body><div class='row'><div class='col-md-8'><article><h1>Tim Flying Squad "
                               "Halau Gajah</h1><div class='entry-content'><p>" LEAD "</p></div><p>Tag: <a "
                               "href='/blog/tag/ukui/'>ukui</a></p></article></div><div class='col-md-4'><h3>Tag</h3>"
                               "<ul class='list-inline tag-cloud'><li><a href='/blog/tag/karhutla/'>karhutla</a></li>"
                               "<li><a href='/blog/tag/harimau/'>harimau</a></li></ul></div></div></body></html>"),
                     ST_OK);
    ck_assert(has_label("ukui"));
    ck_assert(!has_label("karhutla") && !has_label("harimau"));
}
END_TEST

/* A body paragraph that closes with its photo's credit is the photo's
 * caption, as in copied text. */
START_TEST(photo_credit_closes_a_caption)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Tebo Siagakan 14 Posko Karhutla</h1><div "
                               "class='entry-content'><p>" LEAD "</p><p><img src='a.jpg'></p><p>Personel Manggala Agni "
                               "memeriksa pompa air portabel saat apel kesiapan karhutla. Foto: Humas Setda Tebo</p>"
                               "<p>Ia menyebutkan sepanjang 2025 tercatat 312 hektare lahan terbakar.</p></div>"
                               "</article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 3);
    ck_assert_int_eq(R.rec.paragraphs.items[1].kind, PARA_CAPTION);
    ck_assert_int_eq(R.rec.paragraphs.items[2].kind, PARA_BODY);
}
END_TEST

/* OpenDK's article (the kecamatan sites): no <h1>, an <h4> heads the
 * container, its date line under it after a calendar icon; a sidebar's
 * list of village news with their dates beside it is no rival. */
START_TEST(minor_heading_and_its_date_line)
{
    ck_assert_int_eq(read_html("<html><head><title>Akas | Kecamatan Contoh</title></head><body><div class='row'>"
                               "<div class='col-md-8'><div class='box'><h4><b>Camat Tinjau Posyandu Remaja di Desa "
                               "Sungai Ana</b></h4><p><i class='fa fa-calendar'></i> 10 Dec 2025 | <i class='fa "
                               "fa-user'></i> Admin</p><p><p>" LEAD "</p><p>Camat menegaskan pencegahan stunting harus "
                               "dimulai sejak remaja.</p></p></div></div><div class='col-md-4'><div class='box'><h3>"
                               "Berita Desa</h3><ul><li><a href='/berita-desa/x'>Penyaluran BLT</a><span "
                               "class='product-description'>Desa Tanjung Sari \xC2\xB7 08 Dec 2025</span></li></ul>"
                               "</div></div></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Camat Tinjau Posyandu Remaja di Desa Sungai Ana");
    ck_assert_ptr_nonnull(R.hints.published_visible);
    ck_assert_ptr_nonnull(strstr(R.hints.published_visible, "10 Dec 2025"));
}
END_TEST

/* The text after an author icon is the byline, its label left out: Joomla's
 * "<dd class=createdby><i class='fa-user'></i> Ditulis oleh X</dd>". */
START_TEST(author_icon_text_without_its_label)
{
    ck_assert_int_eq(read_html("<html><head><title>Harga Pisang Naik</title></head><body><article><h1>Harga Pisang "
                               "Naik</h1><dl class='article-info'><dd class='createdby'><i class='far fa-user'></i> "
                               "Ditulis oleh Diskominfo Lumajang</dd></dl><div itemprop='articleBody'><p>" LEAD
                               "</p><p>" SECOND "</p></div></article></body></html>"),
                     ST_OK);
    ck_assert(has_credit(CREDIT_AUTHOR, "Diskominfo Lumajang"));
    ck_assert(!has_credit(CREDIT_AUTHOR, "Ditulis oleh Diskominfo Lumajang"));
}
END_TEST

/* Next.js pages router: the article's fields in __NEXT_DATA__, tags as
 * objects; a related item's tags stay out. */
START_TEST(next_data_tags)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Internet Desa</h1><div class='article-content'><p>" LEAD
                               "</p></div></article><script id='__NEXT_DATA__' type='application/json'>{\"props\":"
                               "{\"pageProps\":{\"article\":{\"title\":\"Internet Desa\",\"content\":\"<p>" LEAD
                               "</p>\",\"tags\":[{\"name\":\"BAKTI\"}]},\"related\":[{\"title\":\"Lain\","
                               "\"content\":\"<p>x</p>\",\"tags\":[{\"name\":\"Judi\"}]}]}}}</script>"
                               "</body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert(has_label("bakti"));
}
END_TEST

/* When the container holds the tag box (no body class matched), the box
 * still gives the labels and no paragraph. */
/* A paragraph whose class names a post's body (Medium's
 * "pw-post-body-paragraph") is a paragraph, no container: the body goes on
 * past an element between its paragraphs. */
START_TEST(body_classed_paragraphs_are_no_container)
{
    ck_assert_int_eq(read_html("<html><body><article><div class='story'><p class='pw-post-body-paragraph'>" LEAD
                               " Rapat digelar sepanjang hari.</p><figure><img src='x.jpg'></figure>"
                               "<p class='pw-post-body-paragraph'>" SECOND "</p></div></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
}
END_TEST

START_TEST(label_box_inside_container)
{
    ck_assert_int_eq(read_html("<html><body><div class='x'><p>" LEAD "</p><p>" SECOND "</p><ul class='tags'><li>"
                               "<a href='#'>Banjir</a></li></ul></div></body></html>"),
                     ST_OK);
    ck_assert(has_label("banjir"));
    ck_assert(!any_paragraph_has("Banjir"));
    /* links back under the tags are none ("kembali \xC2\xB7 Beranda" of Hugo's "even" theme) */
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><div class='x'><p>" LEAD "</p><p>" SECOND "</p><div class='post-tags'>"
                               "<section>Tag: <a href='https://situs.go.id/tags/banjir/'>#banjir</a></section><section>"
                               "<a href='javascript:window.history.back();'>kembali</a> \xC2\xB7 "
                               "<a href='https://situs.go.id/'>Beranda</a></section></div></div></body></html>"),
                     ST_OK);
    ck_assert(has_label("banjir"));
    ck_assert(!has_label("kembali"));
    ck_assert(!has_label("beranda"));
}
END_TEST

/* Attributes the reader drops from the tree (data-*, src, a plain link's
 * href) leave the ones it reads in force: the sidebar class after them, a
 * tag archive's href. */
/* An hCard's name that holds its byline label ("<span class=fn>Oleh <a>X</a>
 * </span>", Herald's) credits X, the label left out. */
START_TEST(hcard_name_without_its_label)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Situbondo Operasikan 14 Bus Sekolah Gratis</h1>"
                               "<div class='entry-meta'><span class='vcard author'><span class='fn'>Oleh "
                               "<a href='/author/firdaus/'>Firdaus Kurniawan</a></span></span></div>"
                               "<div class='entry-content'><p>" LEAD "</p><p>" SECOND "</p></div></article>"
                               "</body></html>"),
                     ST_OK);
    ck_assert(has_credit(CREDIT_AUTHOR, "Firdaus Kurniawan"));
    for (size_t i = 0; i < R.rec.credits.len; i++)
        ck_assert(strncmp(R.rec.credits.items[i].name, "Oleh", 4) != 0);
}
END_TEST

START_TEST(unread_attributes_dropped)
{
    ck_assert_int_eq(read_html("<html><body><div class='entry-content'><p>" LEAD "</p><p data-a='1' data-b='2'>"
                               "<a href='/berita/2024/rapat' data-x='y'>Rapat</a> " SECOND "</p></div>"
                               "<p><a href='/berita/tag/stunting' title='x' data-id='7'>Stunting</a></p>"
                               "<div data-widget='1' src='x' class='sidebar'><p>Harga Beras di Pasar Turun Sejak "
                               "26 Februari 2024 menurut pedagang.</p></div></body></html>"),
                     ST_OK);
    ck_assert(has_label("stunting"));
    ck_assert(!has_label("rapat"));
    ck_assert(any_paragraph_has("Rapat Rapat dihadiri"));
    ck_assert(!any_paragraph_has("Harga Beras"));
}
END_TEST

/* Class and id words are matched whatever their case, in a class or an id
 * ("Sidebar-Right", "Related_Posts"), and one word may belong to several
 * lists ("meta": post-meta furniture, never chrome beside "nav"). */
START_TEST(class_words_any_case)
{
    ck_assert_int_eq(read_html("<html><body><div class='Entry-Content'><p>" LEAD "</p><p>" SECOND "</p>"
                               "<div class='NAV Meta'><span>Dibaca 20 kali oleh warga kota</span></div></div>"
                               "<div class='Sidebar-Right'><p>Harga Beras di Pasar Turun Sejak 26 Februari 2024 "
                               "menurut pedagang.</p></div><div id='Related_Posts'><p>Wali Kota Lantik Pejabat "
                               "Eselon Dua di Aula Kantor.</p></div></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert(!any_paragraph_has("Harga Beras"));
    ck_assert(!any_paragraph_has("Wali Kota Lantik"));
    ck_assert(!any_paragraph_has("Dibaca"));
}
END_TEST

/* One element read both ways: the label-line check without its
 * screen-reader text, then the credit check with it; the credit check with
 * it, then the date check without. */
START_TEST(element_read_heard_and_unheard)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Internet Desa 3T</h1><div class='meta'><p>"
                               "<span class='sr-only'>Penulis: </span>Biro Humas Komdigi</p><p class='date'>"
                               "<span class='sr-only'>Diterbitkan</span> 12 Desember 2024</p></div>"
                               "<div class='article-content'><p>" LEAD "</p></div></article></body></html>"),
                     ST_OK);
    ck_assert(has_credit_line("Penulis: Biro Humas Komdigi"));
    ck_assert_str_eq(R.hints.published_visible, "12 Desember 2024");
}
END_TEST

/* A name alone in the post-meta list that holds the date line is the byline;
 * not a category linked to its archive, not two names, not a list of
 * another kind, not when a credit line names someone. */
START_TEST(meta_list_byline)
{
    static const struct {
        const char *items;
        const char *author; /* or NULL */
    } CASES[] = {
        {"<li><a href='#'>Rahmawati</a></li><li><a href='#'>Senin, 11 Maret 2024 - 10:15 WIB</a></li>"
         "<li><span>Dibaca: 412 kali</span></li>",
         "Rahmawati"},
        {"<li><a href='/kategori/berita-daerah'>Berita Daerah</a></li><li><a>Senin, 11 Maret 2024</a></li>", NULL},
        {"<li>Rahmawati</li><li>Budi Santoso</li><li>Senin, 11 Maret 2024</li>", NULL},
        {"<li>Penulis: Rahmawati</li><li>Senin, 11 Maret 2024</li>", NULL},
        {"<li>kegiatan rutin</li><li>Senin, 11 Maret 2024</li>", NULL},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        stage_run_reset(&R);
        char page[1024];
        snprintf(page, sizeof page,
                 "<html><body><article><div class='post-info'><ul class='nav meta'>%s</ul>"
                 "<h2>Sambut Ramadan, Kemenag Gelar Pawai</h2></div><div class='post-content'><p>" LEAD
                 "</p></div></article></body></html>",
                 CASES[i].items);
        ck_assert_int_eq(read_html(page), ST_OK);
        if (CASES[i].author) {
            ck_assert_uint_eq(R.rec.credits.len, 1);
            ck_assert_int_eq(R.rec.credits.items[0].role, CREDIT_AUTHOR);
            ck_assert_str_eq(R.rec.credits.items[0].name, CASES[i].author);
        } else {
            ck_assert_msg(R.rec.credits.len == 0, "case %zu: %s", i, R.rec.credits.len ? R.rec.credits.items[0].name : "");
        }
    }
}
END_TEST

/* A press release's number box between the headline and the body, in each
 * layout sites use: its date field is a date statement; the number is not,
 * nor is the date line read again, nor a "Tanggal" in the body. */
START_TEST(release_box_date)
{
    static const char *const BOXES[] = {
        "<dl><dt>Nomor</dt><dd>: 123/HM/KOMDIGI/07/2025</dd><dt>Tanggal</dt><dd>: 17 Juli 2025</dd></dl>",
        "<table><tr><td>Nomor</td><td>:</td><td>412/HM/BNPB/12/2023</td></tr>"
        "<tr><td>Tanggal</td><td>:</td><td>17 Juli 2025</td></tr></table>",
        "<div>Nomor: 078/HM/PUSPEN/V/2024</div><div>Tanggal: 17 Juli 2025</div>",
        "<p>Nomor: 087/HM/BMKG/08/2023<br/>Tanggal: 17 Juli 2025</p>",
    };
    for (size_t i = 0; i < sizeof BOXES / sizeof *BOXES; i++) {
        stage_run_reset(&R);
        char page[1024];
        snprintf(page, sizeof page,
                 "<html><body><article><h1>Komdigi Gandeng 34 Kabupaten</h1><p class='date'>Kamis, 17 Juli 2025</p>"
                 "<div class='pressbox'><p>SIARAN PERS</p>%s</div><div class='article-content'><p>" LEAD
                 "</p><p>Tanggal: 18 Juli 2025 adalah batas akhir pendaftaran bagi seluruh desa.</p></div>"
                 "</article></body></html>",
                 BOXES[i]);
        ck_assert_int_eq(read_html(page), ST_OK);
        ck_assert_str_eq(R.hints.published_visible, "Kamis, 17 Juli 2025");
        ck_assert_uint_eq(R.hints.date_lines.len, 1);
        ck_assert_str_eq(R.hints.date_lines.items[0], "17 Juli 2025");
    }
}
END_TEST

/* The date lines of CMS themes: a short month with a year ("Oct 13, 2025",
 * Newsup), a numbered icon glyph ("icon-calendar3", Bootstrap Icons'
 * "bi-calendar3"), K2's camel-case class ("itemDateCreated"), a meta line
 * whose date follows the author's element ("Oleh <span>X</span>, 7 Juni,
 * 2024", Olivero); a modification stamp beside it never is the date
 * (GeneratePress's "<time class=updated>", itemprop dateModified). */
START_TEST(theme_date_lines)
{
    static const struct {
        const char *meta, *date;
    } CASES[] = {
        {"<span class='mg-blog-date'><i class='fas fa-clock'></i> Oct 13, 2025</span>", "Oct 13, 2025"},
        {"<ul class='entry-meta'><li><i class='icon-calendar3'></i> 22 Agustus 2023</li><li>Admin</li></ul>",
         "22 Agustus 2023"},
        {"<span class='itemDateCreated'>Selasa, 14 November 2023 08:45</span>", "Selasa, 14 November 2023 08:45"},
        {"<div class='node__meta'><span>Oleh <span class='node__author'>admin</span>, 7 Juni, 2024</span></div>",
         "Oleh admin, 7 Juni, 2024"},
        {"<span class='posted-on'><time class='updated' datetime='2021-11-29' itemprop='dateModified'>29/11/2021"
         "</time><time class='entry-date published' datetime='2021-11-27'>27/11/2021</time></span>",
         "27/11/2021"},
        {"<span class='submitted'><span property='dc:date dc:created' content='2022-11-08T10:05:13+08:00'>Dikirim "
         "oleh <span class='username'>admin</span> pada 08/11/2022 - 10:05</span></span>",
         "Dikirim oleh admin pada 08/11/2022 - 10:05"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        stage_run_reset(&R);
        char page[1024];
        snprintf(page, sizeof page,
                 "<html><body><article><h1>Banjir Rendam Sembilan Desa di Embaloh Hilir</h1>%s"
                 "<div class='entry-content'><p>" LEAD "</p><p>" SECOND "</p></div></article></body></html>",
                 CASES[i].meta);
        ck_assert_int_eq(read_html(page), ST_OK);
        ck_assert_msg(R.hints.published_visible && strcmp(R.hints.published_visible, CASES[i].date) == 0,
                      "case %zu: %s", i, R.hints.published_visible ? R.hints.published_visible : "(none)");
    }
}
END_TEST

/* A tag icon before plain text in the post-meta line is the article's
 * category ("<i class='fa fa-tag'></i> Berita Desa", OpenSID); before a
 * label word and links the links are the labels, read once. */
START_TEST(tag_icon_before_plain_text)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Pemdes Salurkan BLT Dana Desa Tahap III</h1>"
                               "<div class='meta-berita'><span><i class='fa fa-calendar-alt'></i> 05 Juli 2024</span>"
                               "<span><i class='fa fa-tag'></i> Berita Desa</span>"
                               "<span><i class='fa fa-bookmark'></i> Dibaca 133 Kali</span></div>"
                               "<div class='entry-content'><p>" LEAD "</p><p>" SECOND "</p></div>"
                               "</article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert(has_label("berita desa"));
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><article><h1>Pemdes Salurkan BLT Dana Desa Tahap III</h1>"
                               "<div class='entry-meta'><span><i class='fa fa-tags'></i> Tags: <a href='/tag/blt'>BLT</a>"
                               ", <a href='/tag/desa'>Desa</a></span></div>"
                               "<div class='entry-content'><p>" LEAD "</p><p>" SECOND "</p></div>"
                               "</article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert(has_label("blt") && has_label("desa"));
}
END_TEST

/* A page builder's widgets all sit in "widget" containers: the one whose
 * container holds the body makes the word this page's layout, so the
 * post-info widget beside it is read for its date line (Elementor). */
START_TEST(page_builder_post_info_widget)
{
    ck_assert_int_eq(
        read_html("<html><body><div class='elementor elementor-location-single'>"
                  "<div class='elementor-widget elementor-widget-theme-post-title'><div class='elementor-widget-container'>"
                  "<h1>Pemprov Sulbar dan BPS Teken Nota Kesepahaman Satu Data</h1></div></div>"
                  "<div class='elementor-widget elementor-widget-post-info'><div class='elementor-widget-container'>"
                  "<ul class='elementor-post-info'><li><span class='elementor-icon-list-text'>Reskiana Amir</span></li>"
                  "<li><a href='/2024/10/01/'><span class='elementor-icon-list-text'><time>1 Oktober 2024</time></span>"
                  "</a></li></ul></div></div>"
                  "<div class='elementor-widget elementor-widget-theme-post-content'><div class='elementor-widget-container'>"
                  "<p>" LEAD "</p><p>" SECOND "</p></div></div>"
                  "<div class='elementor-widget elementor-widget-posts'><div class='elementor-widget-container'>"
                  "<p>Berita lain: 30 September 2024</p></div></div></div></body></html>"),
        ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "1 Oktober 2024");
}
END_TEST

/* A featured image's caption outside the article's own wrapper, between
 * the headline and the body (Newspack), is the article's caption. */
START_TEST(featured_caption_outside_the_article_wrapper)
{
    ck_assert_int_eq(
        read_html("<html><body><div id='primary'><header class='entry-header'><h1 class='entry-title'>RSUD Buka "
                  "Layanan Kateterisasi Jantung Pertama di Maluku Utara</h1></header>"
                  "<figure class='post-thumbnail'><img src='/a.jpg' alt=''><figcaption><span>Tim dokter RSUD melakukan "
                  "tindakan kateterisasi jantung, Senin (5/2/2024). (Foto: Humas RSUD CB)</span></figcaption></figure>"
                  "<div class='main-content'><article class='post'><div class='entry-content'><p>" LEAD "</p><p>" SECOND
                  "</p></div></article></div></div></body></html>"),
        ST_OK);
    bool caption = false;
    for (size_t i = 0; i < R.rec.paragraphs.len; i++)
        caption = caption || (R.rec.paragraphs.items[i].kind == PARA_CAPTION &&
                              strstr(R.rec.paragraphs.items[i].text, "(Foto: Humas RSUD CB)"));
    ck_assert(caption);
}
END_TEST

/* A link into an author's archive is the byline, an office's too ("Humas
 * UBT"), also beside a headline in a hero header apart from the body;
 * "Tulisan lainnya" (the author's other posts) is none; an <svg> author
 * icon marks the byline after it (Hugo Mainroad). */
START_TEST(author_archive_links_and_svg_icons)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Kampus UBT Gelar Wisuda</h1>"
                               "<div class='wp-block-post-author-name'><a href='https://www.ubt.ac.id/author/humas/'>"
                               "Humas UBT</a></div><div class='entry-content'><p>" LEAD "</p><p>" SECOND "</p></div>"
                               "<a class='author-link' href='https://www.ubt.ac.id/author/humas/'>Tulisan lainnya</a>"
                               "</article></body></html>"),
                     ST_OK);
    ck_assert(has_credit(CREDIT_AUTHOR, "Humas UBT"));
    ck_assert_uint_eq(R.rec.credits.len, 1);
    stage_run_reset(&R); /* Jekyll's minima links the site's title rel=author: no byline */
    ck_assert_int_eq(read_html("<html><body><header><a class='site-title' rel='author' href='/kabar/'>Kabar "
                               "Pengabdian LPPM</a></header><article><h1>Tim Bangun Reaktor Biogas</h1><p class="
                               "'post-meta'><span itemprop='author'>Galih Wicaksono</span></p><div class='post-content'>"
                               "<p>" LEAD "</p><p>" SECOND "</p></div></article></body></html>"),
                     ST_OK);
    ck_assert(has_credit(CREDIT_AUTHOR, "Galih Wicaksono"));
    ck_assert_uint_eq(R.rec.credits.len, 1);
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><header><div class='page-header'><h1 class='title'>Mahasiswa FKM UHO "
                               "Skrining Hipertensi</h1><h4 class='author'>Diterbitkan oleh <a href='https://fkm.uho.ac.id/"
                               "author/humas/'><b>Humas FKM UHO</b></a></h4></div></header><div class='main'>"
                               "<article><div class='entry-content'><p>" LEAD "</p><p>" SECOND "</p></div></article>"
                               "</div></body></html>"),
                     ST_OK);
    ck_assert(has_credit(CREDIT_AUTHOR, "Humas FKM UHO"));
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><article><h1>Kampus UBT Gelar Wisuda</h1><div class='post__meta meta'>"
                               "<div class='meta__item'><svg class='meta__icon icon icon-author'><path d='M6 1'/></svg>"
                               "<span class='meta__text'>Bidang Persandian dan Statistik</span></div></div>"
                               "<div class='entry-content'><p>" LEAD "</p><p>" SECOND "</p></div></article></body></html>"),
                     ST_OK);
    ck_assert(has_credit(CREDIT_AUTHOR, "Bidang Persandian dan Statistik"));
}
END_TEST

/* A post-meta box inside the body container that the body's walk skips
 * still gives the date line (Zakra's "zak-entry-meta" in "zak-post-
 * content"), its modified stamp aside; a modification stamp block is never
 * a paragraph (Joomla 4's "dd.modified"). */
START_TEST(date_line_inside_the_body_container)
{
    ck_assert_int_eq(
        read_html("<html><body><h1 class='entry-title'>Kecamatan Gelar Bimtek Siskeudes</h1><article>"
                  "<div class='entry-content'><div class='zak-entry-meta'><span class='zak-posted-on'>Diposting pada "
                  "<a href='/2024/09/10/x/'><time class='entry-date published' datetime='2024-09-10T14:32:08+07:00'>"
                  "10 September 2024</time><time class='updated' datetime='2024-09-12T09:05:41+07:00'>12 September "
                  "2024</time></a></span></div><p>" LEAD "</p><p>" SECOND "</p>"
                  "<dl class='article-info'><dd class='modified'><time datetime='2024-09-12'>Terakhir Diperbarui: 12 "
                  "September 2024</time></dd></dl></div></article></body></html>"),
        ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "10 September 2024");
    ck_assert(!any_paragraph_has("Diperbarui"));
}
END_TEST

/* The date beside a headline in a theme's hero header, apart from the
 * body's container, is the date line. */
START_TEST(date_beside_a_hero_headline)
{
    ck_assert_int_eq(read_html("<html><body><header><div class='page-header'><h1 class='title'>Mahasiswa FKM UHO "
                               "Skrining Hipertensi</h1><h4 class='author'>Diterbitkan oleh <b>Humas</b> pada <time>15 "
                               "Mei 2025</time></h4></div></header><div class='main'><div class='container'><div class='row'>"
                               "<div class='col'><article><div class='entry-content'><p>" LEAD "</p><p>" SECOND
                               "</p></div></article></div></div></div></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "15 Mei 2025");
}
END_TEST

/* A date-classed element right after a link to another article is that
 * teaser's date ("Berita Lainnya" in a table layout), not the page's; the
 * article's own stays. */
START_TEST(teaser_date_after_its_link_is_no_date_line)
{
    ck_assert_int_eq(read_html("<html><body><table><tr><td><h2>Operasi Pasar Beras SPHP di Lima Kecamatan</h2>"
                               "<p>" LEAD "</p><p>" SECOND "</p><table><tr><td><a href='index.php?id=1185'>Festival "
                               "Sasando dan Tenun Ikat Rote Digelar</a> <span class='tgl'>(13-11-2026)</span></td></tr>"
                               "</table></td></tr></table></body></html>"),
                     ST_OK);
    ck_assert_ptr_null(R.hints.published_visible);
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><table><tr><td><h2>Operasi Pasar Beras SPHP di Lima Kecamatan</h2>"
                               "<span class='tgl'>Selasa, 17-11-2026</span><p>" LEAD "</p><p>" SECOND "</p>"
                               "</td></tr></table></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Selasa, 17-11-2026");
}
END_TEST

/* A control's caption classed "label" is no label of the article:
 * Substack's "<a role=button><div class=label>Share</div></a>". */
START_TEST(button_caption_is_no_label)
{
    ck_assert_int_eq(read_html("<html><body><article><div class='post-header'><h1 class='post-title'>Abrasi "
                               "Mengancam Dusun Muara</h1><div class='meta'>Dec 03, 2026</div><div class='post-ufi'>"
                               "<a role='button' class='post-ufi-button has-label'><div class='label'>27</div></a>"
                               "<a role='button' class='post-ufi-button has-label'><div class='label'>Share</div></a>"
                               "</div></div><div class='available-content'><div class='body markup'><p>" LEAD "</p><p>"
                               SECOND "</p></div></div></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 0);
}
END_TEST

/* A heading's permalink anchor is no part of its text: MkDocs' "<a
 * class=headerlink>&para;</a>" after the headline. */
START_TEST(permalink_anchor_is_no_text)
{
    ck_assert_int_eq(read_html("<html><body><article><h1 id='k'>Kelas Ibu Hamil Digelar di Kodi Bangedo<a class="
                               "'headerlink' href='#k' title='Permanent link'>&para;</a></h1><p>" LEAD "</p><p>" SECOND
                               "</p></article></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Kelas Ibu Hamil Digelar di Kodi Bangedo");
}
END_TEST

/* A line of tag-archive links in a meta list inside the article's
 * container gives its labels (CMS Sekolahku); a sidebar's list of all the
 * categories under a "Kategori" heading gives none. */
START_TEST(tag_line_in_the_body_and_category_widget)
{
    ck_assert_int_eq(
        read_html("<html><body><div class='flex'><article class='w-full'><h2>SMAN 1 Kalianda Gelar Simulasi "
                  "Evakuasi Tsunami</h2><ul class='flex text-sm'><li><span class='fa fa-calendar'></span> Selasa, 11 "
                  "Februari 2025</li><li><span class='fa fa-tag'></span> <a href='https://s.sch.id/tag/mitigasi-"
                  "bencana'>Mitigasi Bencana</a> <a href='https://s.sch.id/tag/spab'>Spab</a></li></ul><p>" LEAD
                  "</p><p>" SECOND "</p></article><div class='w-1/3'><div class='bg-white'><h5>Kategori</h5>"
                  "<div class='px-4'><a href='https://s.sch.id/category/berita'>Berita</a><a href='https://s.sch.id/"
                  "category/prestasi'>Prestasi</a><a href='https://s.sch.id/category/pengumuman'>Pengumuman</a></div>"
                  "</div></div></div></body></html>"),
        ST_OK);
    ck_assert(has_label("mitigasi bencana") && has_label("spab"));
    ck_assert(!has_label("berita") && !has_label("prestasi"));
}
END_TEST

/* With no heading outside the body's container and no <h1> in it, the
 * first heading above its prose is the headline (CMS Balitbang's "<h3>
 * <center>...</center></h3>"), not the school's name in <title>. */
START_TEST(first_heading_in_the_container)
{
    ck_assert_int_eq(
        read_html("<html><head><title>SMP Negeri 3 Sungguminasa</title></head><body><h1 class='logo-name'><a "
                  "href='index.php'>SMP Negeri 3 Sungguminasa</a></h1><table><tr><td class='isi'><h3><center>Pelantikan "
                  "Pengurus OSIS SMP Negeri 3 Sungguminasa Masa Bakti 2023/2024</center></h3><p>" LEAD "</p><p>"
                  SECOND "</p></td></tr></table></body></html>"),
        ST_OK);
    ck_assert_str_eq(R.rec.title, "Pelantikan Pengurus OSIS SMP Negeri 3 Sungguminasa Masa Bakti 2023/2024");
}
END_TEST

/* "2 Komentar :": a count before a closing block's label ends the body;
 * the comments after it are no paragraphs. */
START_TEST(comment_count_ends_the_body)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Disdukcapil Jemput Bola Perekaman KTP-el</h1>"
                               "<div class='entry-content'><p>" LEAD "</p><p>" SECOND "</p><p>2 Komentar :</p>"
                               "<p>Apakah jemput bola juga ke MA dan pondok pesantren, Pak? Di Kinali banyak santri yang "
                               "belum rekam.</p></div></article></body></html>"),
                     ST_OK);
    ck_assert(!any_paragraph_has("Kinali"));
    ck_assert(!any_paragraph_has("Komentar"));
}
END_TEST

/* Neighbours of one length, a credit line and a view count, are each read
 * for what they say. */
START_TEST(credit_lines_read_each)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Internet Desa 3T</h1><div class='meta'>"
                               "<span>Penulis: Budi</span> <span>Dibaca 4 kali</span></div>"
                               "<div class='article-content'><p>" LEAD "</p></div></article></body></html>"),
                     ST_OK);
    ck_assert(has_credit_line("Penulis: Budi"));
    ck_assert(!has_credit_line("Dibaca 4 kali"));
}
END_TEST

/* A wrapper of one element (blanks beside it) reads as that element; words
 * beside an element, in text or in another element, are its own. */
START_TEST(wrapper_reads_as_wrapped)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Internet Desa 3T</h1><div class='meta'>\n <div>\n  <span>"
                               "\n   <b>Penulis: Budi Santoso</b>\n  </span>\n </div>\n <p>Editor: <span><a href='#'>"
                               "Ani Wijaya</a></span></p>\n</div><div class='date'>\n <span>12</span> <span>Desember "
                               "2024</span>\n</div><div class='article-content'><p>" LEAD "</p></div></article></body>"
                               "</html>"),
                     ST_OK);
    ck_assert(has_credit_line("Penulis: Budi Santoso"));
    ck_assert(has_credit_line("Editor: Ani Wijaya"));
    ck_assert_str_eq(R.hints.published_visible, "12 Desember 2024");
}
END_TEST

/* Attributes as the parser gives them: names in any case, one without a
 * value, the first of a name given twice. */
START_TEST(attributes_as_parsed)
{
    ck_assert_int_eq(read_html("<html><body><div class='sidebar' class='entry-content'><p>Harga beras di pasar induk "
                               "turun sejak awal pekan menurut para pedagang dan pembeli pagi ini.</p></div>"
                               "<DIV CLASS='Entry-Content'><p>" LEAD "</p><p hidden>Memuat konten</p><p>" SECOND
                               "</p></DIV></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, LEAD);
    ck_assert(!any_paragraph_has("Harga") && !any_paragraph_has("Memuat"));
}
END_TEST

/* A body container's class among other classes, apart by any white space and
 * in any case, before the longer text of an unknown template's body class
 * that only begins like it. Screen-reader classes in any case. */
START_TEST(body_class_among_classes)
{
    ck_assert_int_eq(read_html("<html><body><div class='entry-contents news-body'><p>Harga beras di pasar induk "
                               "turun sejak awal pekan menurut para pedagang dan pembeli yang datang pagi ini.</p>"
                               "<p>Pedagang cabai dan bawang merah juga melaporkan harga yang lebih rendah "
                               "dibanding bulan lalu karena pasokan dari petani di kabupaten tetangga.</p></div>"
                               "<div class=\"post\tEntry-Content\nclearfix\"><p>" LEAD "</p><p>" SECOND "</p>"
                               "<p class='Visually-Hidden'>Memuat konten</p></div></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, LEAD);
    ck_assert(!any_paragraph_has("Harga") && !any_paragraph_has("Memuat"));
}
END_TEST

/* Text is measured in visible bytes: not spaces or controls, every byte of a
 * UTF-8 letter (a no-break space's too). A post-content box of 120 is the
 * body; of 119 it is too short, and the density fallback takes the longer
 * text beside it. */
#define MEASURED_119                                                                                                  \
    "Warga\tdesa  menerima bantuan\n\xC2\xA0"                                                                        \
    "beras dan minyak goreng dari pemerintah kabupaten \xC3\xA9\xC3\xA9 pada pekan lalu di balai desa Oebufu "       \
    "Kupang sebanyak du"
#define MEASURED_PAGE(text)                                                                                            \
    "<html><body><div class='post-content'><p>" text "</p></div><div class='x'><p>" LEAD "</p><p>" SECOND            \
    "</p></div></body></html>"
START_TEST(text_measured_in_visible_bytes)
{
    ck_assert_int_eq(read_html(MEASURED_PAGE(MEASURED_119 "a")), ST_OK);
    ck_assert(any_paragraph_has("Oebufu"));
    ck_assert(!any_paragraph_has("Kupang menggelar"));
    stage_run_free(&R);
    stage_run_reset(&R);
    ck_assert_int_eq(read_html(MEASURED_PAGE(MEASURED_119)), ST_OK);
    ck_assert(!any_paragraph_has("Oebufu"));
    ck_assert(any_paragraph_has("Kupang menggelar"));
}
END_TEST

/* A chrome class word on the article's own wrappers is a hint, not a veto:
 * a page builder's "widget" on every box (Elementor) neither empties the
 * page nor hides the headline, the date line and the byline beside the
 * body; the comments and the share bar inside are still dropped. */
START_TEST(chrome_word_on_wrappers_no_veto)
{
    ck_assert_int_eq(
        read_html("<html><head><title>Rapat Stunting Digelar di Kupang</title></head><body>"
                  "<nav><a href='/'>Beranda</a></nav>"
                  "<div class='builder-widget-wrap'>"
                  "<div class='builder-widget widget-heading'><h1>Rapat Stunting Digelar di Kupang</h1></div>"
                  "<div class='builder-widget widget-post-info'><span class='info-date'>Kamis, 14 Maret 2024</span>"
                  " <span>Penulis: Yanti Bessie</span></div>"
                  "<div class='builder-widget widget-text'><div class='builder-widget-container'><p>" LEAD "</p><p>"
                  SECOND "</p><div class='share-buttons'><a href='#'>Facebook</a> Bagikan artikel ini ke media sosial "
                  "teman Anda sekarang juga.</div></div></div>"
                  "<div class='builder-widget widget-comments'><p>Komentar panjang dari pembaca yang tidak ada "
                  "hubungannya dengan isi berita, ditulis sesudah berita terbit di laman ini.</p></div></div>"
                  "<div class='site-footer builder-widget'><p>Pemerintah Kota Kupang, Jalan El Tari Nomor 1, Kupang. "
                  "Hak cipta dilindungi undang-undang.</p></div>"
                  "</body></html>"),
        ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, LEAD);
    ck_assert_str_eq(R.rec.paragraphs.items[1].text, SECOND);
    ck_assert_str_eq(R.rec.title, "Rapat Stunting Digelar di Kupang");
    ck_assert_str_eq(R.hints.published_visible, "Kamis, 14 Maret 2024");
    ck_assert(has_credit_line("Penulis: Yanti Bessie"));
}
END_TEST

/* Paragraphs right under <body>: the page itself is the container; the
 * menu line above the headline is not the body, the date line below it is
 * the date line. */
START_TEST(paragraphs_under_body)
{
    ck_assert_int_eq(read_html("<html><head><title>Rapat Stunting | Humas Kota</title></head><body>"
                               "<a href='/'>Beranda</a> | <a href='/berita'>Berita</a>"
                               "<h2>Rapat Stunting Digelar di Kupang</h2>Kamis, 14 Maret 2024"
                               "<p>" LEAD "</p><p>" SECOND "</p></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, LEAD);
    ck_assert_str_eq(R.rec.title, "Rapat Stunting Digelar di Kupang");
    ck_assert_str_eq(R.hints.published_visible, "Kamis, 14 Maret 2024");
}
END_TEST

/* A page whose only prose is inside chrome-classed boxes still yields a
 * body: the text-density fallback. */
START_TEST(prose_only_in_chrome_yields_body)
{
    ck_assert_int_eq(read_html("<html><body><div class='sidebar-content'><div class='related'><p>" LEAD "</p><p>"
                               SECOND "</p></div></div></body></html>"),
                     ST_OK);
    ck_assert(any_paragraph_has("Kupang menggelar"));
}
END_TEST

/* No og:site_name: the site's suffix leaves a title when the page's host
 * names it, or when the header's site title shows it; the logo's h1 is no
 * headline. */
START_TEST(title_suffix_named_by_host_or_header)
{
    ck_assert_int_eq(read_html("<html><head><title>Bupati Resmikan Pasar Rakyat Torue - Diskominfo Parimo</title>"
                               "<meta property='og:title' content='Bupati Resmikan Pasar Rakyat Torue - Diskominfo "
                               "Parimo'><link rel='canonical' href='https://diskominfo.parimokab.go.id/berita/1'>"
                               "</head><body><div class='post-content'><p>" LEAD "</p><p>" SECOND
                               "</p></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Resmikan Pasar Rakyat Torue");
    stage_run_free(&R);
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><head><title>Bupati Resmikan Pasar Rakyat Torue | Humas Parimo</title>"
                               "<meta name='twitter:title' content='Bupati Resmikan Pasar Rakyat Torue | Humas "
                               "Parimo'></head><body><header><h1 class='site-title'><a href='/'>Humas Parimo</a></h1></header>"
                               "<div class='post-content'><p>" LEAD "</p><p>" SECOND "</p></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Resmikan Pasar Rakyat Torue");
    stage_run_free(&R);
    stage_run_reset(&R);
    /* a host word in the headline itself cuts nothing: the tail must name it */
    ck_assert_int_eq(read_html("<html><head><title>Bupati Parimo Lantik Pejabat - Ini Daftarnya</title>"
                               "<meta property='og:title' content='Bupati Parimo Lantik Pejabat - Ini Daftarnya'>"
                               "<link rel='canonical' href='https://parimokab.go.id/berita/2'></head><body>"
                               "<div class='post-content'><p>" LEAD "</p><p>" SECOND "</p></div></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Parimo Lantik Pejabat - Ini Daftarnya");
}
END_TEST

/* An article split over two boxes with an image box between is read
 * whole (the density winner's ancestor holding about twice its prose); a
 * box of other prose beside a longer article is not joined. */
START_TEST(split_body_joined)
{
    ck_assert_int_eq(read_html("<html><body><div class='wrap'><div class='box'><div class='in'><p>" LEAD "</p><p>"
                               SECOND "</p></div></div><div class='box'><img src='a.jpg'></div><div class='box'>"
                               "<div class='in'><p>" SECOND "</p><p>" LEAD "</p></div></div></div></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 4);
    ck_assert_str_eq(R.rec.paragraphs.items[3].text, LEAD);
    stage_run_free(&R);
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><div class='wrap'><div class='box'><div class='in'><p>" LEAD "</p><p>"
                               SECOND "</p><p>" LEAD "</p></div></div><div class='box'><div class='in'><p>Pengumuman "
                               "lelang aset daerah dibuka sampai akhir bulan di kantor badan keuangan.</p></div></div>"
                               "</div></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 3);
    ck_assert(!any_paragraph_has("lelang"));
    stage_run_free(&R);
    stage_run_reset(&R);
    /* teasers beside it, their titles linked: not more of the article */
#define TEASER                                                                                                         \
    "<div class='item'><h3><a href='/berita/lain'>Pelatihan Pupuk Organik untuk Petani Muda</a></h3><p>Sebanyak "      \
    "empat puluh petani muda mengikuti pelatihan pembuatan pupuk organik dari limbah ternak selama tiga hari.</p></div>"
    ck_assert_int_eq(read_html("<html><body><div class='wrap'><div class='box'><div class='in'><p>" LEAD "</p><p>"
                               SECOND "</p></div></div><div class='box'>" TEASER TEASER TEASER "</div></div>"
                               "</body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert(!any_paragraph_has("pupuk"));
}
END_TEST

/* A teaser of another article after the body, its linked title over its
 * post-meta: its poster and date are not this article's. */
START_TEST(teaser_meta_is_not_ours)
{
    ck_assert_int_eq(read_html("<html><body><article><div class='content'><p>" LEAD "</p><p>" SECOND "</p><p>" LEAD
                               "</p></div><h4>Berita Lainnya</h4><div class='post-preview'><a href='/berita/guru'>"
                               "<h2 class='post-title'>Guru Penggerak Angkatan 12 Dikukuhkan di Ampana</h2></a>"
                               "<p class='post-meta'>Diposting oleh <a href='#!'>Bidang GTK</a> pada Jumat, 19 Juni "
                               "2026</p></div></article></body></html>"),
                     ST_OK);
    ck_assert(!has_credit(CREDIT_AUTHOR, "Bidang GTK"));
    ck_assert_ptr_null(R.hints.published_visible);
}
END_TEST

/* The Clean Blog theme's headline in its "masthead" (a chrome word): the
 * text the page shows of a shortened meta title, and its post-meta is the
 * date line. */
START_TEST(masthead_headline_of_a_shortened_meta_title)
{
    ck_assert_int_eq(read_html("<html><head><meta property='og:title' content='SPMB SMP Dibuka, Asrama Siswa Pulau "
                               "Disiapkan'><title>SPMB SMP Dibuka, Asrama Siswa Pulau Disiapkan | Disdikbud</title>"
                               "</head><body><header class='masthead'><div class='post-heading'><h1>SPMB SMP Dibuka, "
                               "Disdikbud Siapkan Asrama bagi Anak Pulau di Wakai</h1><span class='meta'>Diposting "
                               "oleh Bidang SMP pada Rabu, 24 Juni 2026</span></div></header><article><p>" LEAD "</p><p>"
                               SECOND "</p></article></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "SPMB SMP Dibuka, Disdikbud Siapkan Asrama bagi Anak Pulau di Wakai");
    ck_assert_ptr_nonnull(R.hints.published_visible);
    ck_assert(strstr(R.hints.published_visible, "24 Juni 2026") != NULL);
}
END_TEST

/* An author archive named in a link's query is the byline (WordPress's
 * plain permalinks, Squarespace, "?penulis="), in a masthead classed as
 * chrome too when the headline stands in it; a "?author=" with no value,
 * or a link of the site's header away from the headline, is none. Concrete
 * CMS's byline block prints the name alone in a "page-author" span. */
START_TEST(author_query_links_and_page_author_bylines)
{
    ck_assert_int_eq(read_html("<html><head><title>SPMB SMP Dibuka, Disdikbud Siapkan Asrama | Disdikbud</title>"
                               "</head><body><header class='masthead'><div class='post-heading'><h1>SPMB SMP Dibuka, "
                               "Disdikbud Siapkan Asrama</h1><span class='meta'>Diposting oleh <a href='/berita/?penulis="
                               "bidang-smp'>Bidang Pembinaan SMP</a></span></div></header><article><p>" LEAD "</p><p>"
                               SECOND "</p></article></body></html>"),
                     ST_OK);
    ck_assert(has_credit(CREDIT_AUTHOR, "Bidang Pembinaan SMP"));
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><article><h1>Kampus UBT Gelar Wisuda</h1><div class='byline'><a href='/?"
                               "p=12&amp;author=3'>Humas UBT</a></div><div class='entry-content'><p>" LEAD "</p><p>"
                               SECOND "</p></div></article></body></html>"),
                     ST_OK);
    ck_assert(has_credit(CREDIT_AUTHOR, "Humas UBT"));
    stage_run_reset(&R);
    ck_assert_int_eq(read_html("<html><body><header class='site-header'><a href='/?author='>Redaksi Kabar</a></header>"
                               "<article><h1>Kampus UBT Gelar Wisuda</h1><div class='entry-content'><p>" LEAD "</p><p>"
                               SECOND "</p></div></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 0);
    stage_run_reset(&R); /* Concrete CMS's page title byline: the name alone, classed "page-author" */
    ck_assert_int_eq(read_html("<html><body><div class='ccm-block-page-title-byline'><h1 class='page-title'>Satgas "
                               "Pangan Pantau Harga</h1><span class='page-date'>16 Desember 2026</span><span "
                               "class='page-author'>Bagian Prokopim Setda</span></div><div class='ccm-block-content'><p>"
                               LEAD "</p><p>" SECOND "</p></div></body></html>"),
                     ST_OK);
    ck_assert(has_credit(CREDIT_AUTHOR, "Bagian Prokopim Setda"));
}
END_TEST

/* "Berita - Desa X": a section's noun beside a name is a site page's title
 * (Google Sites), no headline; so is that piece of the <title>. */
START_TEST(section_noun_titles_are_no_headline)
{
    /* (the heading far from the body, in a section of its own, as Google Sites nests it) */
#define DEEP(x) "<div><div><div><div><div><div>" x "</div></div></div></div></div></div>"
    ck_assert_int_eq(read_html("<html><head><meta property='og:title' content='Berita - Desa Balla Tumuka'><title>Desa "
                               "Balla Tumuka - Berita - Penyaluran Bibit Kopi Arabika</title></head><body><section>"
                               DEEP("<h1>Desa Balla Tumuka Salurkan Bibit Kopi Arabika</h1>") "</section><section>"
                               DEEP("<p>" LEAD "</p><p>" SECOND "</p>") "</section></body></html>"),
                     ST_OK);
#undef DEEP
    ck_assert_str_eq(R.rec.title, "Desa Balla Tumuka Salurkan Bibit Kopi Arabika");
}
END_TEST

/* A heading inside a title-classed box with the byline and date (Concrete
 * CMS's "ccm-block-page-title-byline") is the headline, without them. */
START_TEST(heading_inside_a_title_box)
{
    ck_assert_int_eq(read_html("<html><body><main><div class='col'><div class='page-title-byline'><h1 class="
                               "'page-title'>Satgas Pangan Boven Digoel Pantau Harga Jelang Natal</h1><span class="
                               "'page-date'>16 Desember 2026</span><span class='page-author'>Bagian Prokopim</span>"
                               "</div><p>" LEAD "</p><p>" SECOND "</p></div></main></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Satgas Pangan Boven Digoel Pantau Harga Jelang Natal");
}
END_TEST

/* A <title> parted by " :: " (Concrete CMS): its headline has no colon. */
START_TEST(title_parted_by_double_colon)
{
    ck_assert_int_eq(read_html("<html><head><title>Bupati Resmikan Pasar Baru di Ampana :: Pemerintah Kabupaten "
                               "Tojo Una-Una</title></head><body><div><p>" LEAD "</p><p>" SECOND "</p></div></body>"
                               "</html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Resmikan Pasar Baru di Ampana");
}
END_TEST

/* A post-meta line with no bars, its date first and a field's label after
 * it ("Kamis, 11 Juni 2026  Diposting oleh X  Kategori: Y", UIkit themes):
 * the date is the page's date line. */
START_TEST(date_before_a_label_in_a_meta_line)
{
    ck_assert_int_eq(read_html("<html><body><article><h1>Pipa Induk Bocor, Lima Kelurahan Dipasok Air Tangki</h1><p "
                               "class='uk-article-meta'><span></span> Kamis, 11 Juni 2026 &nbsp; <span></span> Diposting "
                               "oleh <a href='/berita/penulis/prokopim/'>Bagian Prokopim</a> &nbsp; Kategori: <a href="
                               "'/berita/kategori/air/'>Infrastruktur</a></p><div class='content'><p>" LEAD "</p><p>"
                               SECOND "</p></div></article></body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Kamis, 11 Juni 2026");
}
END_TEST

/* A page builder's rows of rich text, an image row between them: the rows
 * of one kind are one article's parts, though the first holds only half
 * the prose of the second (Umbraco's block list, a Clean Blog theme). */
START_TEST(rows_of_one_kind_joined)
{
    ck_assert_int_eq(read_html("<html><body><article><div class='blocks'><div class='row text'><div class='col'><p>"
                               LEAD "</p><p>" SECOND "</p></div></div><div class='row image'><figure><img src='a.jpg'>"
                               "</figure></div><div class='row text'><div class='col'><p>" SECOND "</p><p>" LEAD "</p><p>"
                               SECOND "</p><p>" LEAD "</p></div></div></div></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 6);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, LEAD);
}
END_TEST

/* The page's own footer weighs like chrome against an article inside
 * chrome-classed boxes: its address and notice are not the body. */
START_TEST(page_footer_weighs_like_chrome)
{
    ck_assert_int_eq(read_html("<html><body><div class='x-widget'><div class='x-widget-inner'><p>" LEAD "</p><p>" SECOND
                               "</p><p>" LEAD "</p><p>" SECOND "</p></div></div><div class='comments'><p>" LEAD "</p><p>"
                               SECOND "</p></div><footer class='site-footer'><p>Pemerintah Kota Kupang, Jalan El Tari "
                               "Nomor 1, Kupang. Hak cipta dilindungi undang-undang; isi dapat dikutip dengan menyebut "
                               "sumbernya. Layanan pengaduan dibuka setiap hari kerja dari pukul delapan pagi sampai "
                               "pukul tiga sore, kecuali hari libur nasional dan cuti bersama pegawai.</p></footer>"
                               "</body></html>"),
                     ST_OK);
    ck_assert(any_paragraph_has("Kupang menggelar"));
    ck_assert(!any_paragraph_has("Hak cipta"));
}
END_TEST

/* A related list's heading classed as a title ("Berita Lainnya") is
 * skipped as furniture, and still ends the body. */
START_TEST(skipped_closing_heading_ends_body)
{
    ck_assert_int_eq(read_html("<html><body><div class='content-area'><p>" LEAD "</p><p>" SECOND "</p>"
                               "<h2 class='block-title'>Berita Lainnya</h2><div class='post-grid'><p>Pelatihan pupuk "
                               "organik untuk petani muda digelar tiga hari di balai penyuluhan.</p></div></div>"
                               "</body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert(!any_paragraph_has("pupuk"));
    stage_run_free(&R);
    stage_run_reset(&R);
    /* above the body, it ends nothing */
    ck_assert_int_eq(read_html("<html><body><div class='content-area'><div class='meta'>Berita Lainnya</div><p>" LEAD
                               "</p><p>" SECOND "</p></div></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
}
END_TEST

/* A container that gives a few words beside much more prose elsewhere
 * gives way to the densest prose. */
START_TEST(tiny_body_gives_way_to_prose)
{
    ck_assert_int_eq(read_html("<html><body><div class='entry-content'><div class='author-box'>Tentang penulis: "
                               "pranata humas yang menulis tentang kesehatan masyarakat, gizi balita, dan air bersih "
                               "di kabupaten ini sejak lama.</div><p>Ringkasan.</p></div><div class='main'><p>" LEAD
                               "</p><p>" SECOND "</p><p>" LEAD "</p></div></body></html>"),
                     ST_OK);
    ck_assert(any_paragraph_has("Kupang menggelar"));
    ck_assert(!any_paragraph_has("Ringkasan"));
}
END_TEST

/* A layout box named for the sidebar beside it ("content-sidebar-wrap",
 * Genesis) lends its word to no one: the sidebar's tag cloud stays chrome. */
START_TEST(layout_box_word_still_marks_sidebar)
{
    ck_assert_int_eq(read_html("<html><body><div class='content-sidebar-wrap'><main class='content'><article>"
                               "<div class='entry-content'><p>" LEAD "</p><p>" SECOND "</p></div></article></main>"
                               "<div class='sidebar'><a rel='tag' href='/tag/banjir/'>Banjir</a></div></div>"
                               "</body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 0);
}
END_TEST

/* A page builder's heading widget in the text ("builder-heading-title")
 * is a subheading; a teaser's linked title is not. */
START_TEST(title_classed_subheading_kept)
{
    ck_assert_int_eq(read_html("<html><body><div class='post-content'><p>" LEAD "</p><h2 class='builder-heading-title'>"
                               "Hadiah untuk Pemenang</h2><p>" SECOND "</p><h3 class='entry-title'><a href='/x'>Lomba "
                               "Lain di Kecamatan Timur</a></h3></div></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 3);
    ck_assert_int_eq(R.rec.paragraphs.items[1].kind, PARA_HEADING);
    ck_assert_str_eq(R.rec.paragraphs.items[1].text, "Hadiah untuk Pemenang");
}
END_TEST

/* JSON-LD naming an article it gives no headline: the name is its title. */
START_TEST(json_ld_name_without_headline)
{
    ck_assert_int_eq(read_html("<html><head><title>Portal Resmi Kota Kupang</title><script type='application/ld+json'>"
                               "{\"@type\":\"NewsArticle\",\"name\":\"Rapat Stunting Digelar di Kupang\"}</script>"
                               "</head><body><div class='post-content'><p>" LEAD "</p><p>" SECOND "</p></div>"
                               "</body></html>"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Rapat Stunting Digelar di Kupang");
}
END_TEST

/* A CMS body container under one chrome class word ("post-widget") is
 * found by its selector, not lost to another block of prose. */
START_TEST(body_selector_under_chrome_word)
{
    ck_assert_int_eq(read_html("<html><body><div class='post-widget'><div class='entry-content'><p>" LEAD "</p><p>"
                               SECOND "</p><p>" LEAD "</p></div></div><div class='comments'><p>" LEAD "</p><p>" SECOND
                               "</p></div><div class='pengumuman'><p>Pengumuman: pendaftaran seleksi calon pegawai "
                               "dibuka sampai akhir bulan di kantor badan kepegawaian daerah. Berkas dikirim dalam "
                               "satu map dengan fotokopi ijazah dan kartu tanda penduduk.</p></div></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 3);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, LEAD);
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("html");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, paragraphs_from_markup);
    tcase_add_test(tc, site_title_linked_as_author);
    tcase_add_test(tc, featured_mark_after_the_heading);
    tcase_add_test(tc, intro_box_before_the_full_text);
    tcase_add_test(tc, page_without_text_is_no_article);
    tcase_add_test(tc, blogger_post);
    tcase_add_test(tc, wordpress_post);
    tcase_add_test(tc, next_post_tags_are_not_labels);
    tcase_add_test(tc, site_wide_head_title);
    tcase_add_test(tc, json_ld_keywords_beside_article_tags);
    tcase_add_test(tc, kata_kunci_box_holds_the_tags);
    tcase_add_test(tc, rightbar_widget_is_chrome);
    tcase_add_test(tc, field_label_beside_its_value);
    tcase_add_test(tc, indonesian_post_meta_class_words);
    tcase_add_test(tc, img_cap_is_a_caption);
    tcase_add_test(tc, moodle_post_header);
    tcase_add_test(tc, table_row_post_meta_line);
    tcase_add_test(tc, posting_line_after_the_body);
    tcase_add_test(tc, author_icon_text_without_its_label);
    tcase_add_test(tc, title_by_agreement);
    tcase_add_test(tc, title_without_site_suffix);
    tcase_add_test(tc, density_fallback);
    tcase_add_test(tc, rows_of_one_kind_joined);
    tcase_add_test(tc, date_before_a_label_in_a_meta_line);
    tcase_add_test(tc, teaser_meta_is_not_ours);
    tcase_add_test(tc, masthead_headline_of_a_shortened_meta_title);
    tcase_add_test(tc, author_query_links_and_page_author_bylines);
    tcase_add_test(tc, teaser_date_after_its_link_is_no_date_line);
    tcase_add_test(tc, button_caption_is_no_label);
    tcase_add_test(tc, permalink_anchor_is_no_text);
    tcase_add_test(tc, section_noun_titles_are_no_headline);
    tcase_add_test(tc, heading_inside_a_title_box);
    tcase_add_test(tc, title_parted_by_double_colon);
    tcase_add_test(tc, paragraph_kinds_and_cleanup);
    tcase_add_test(tc, single_break);
    tcase_add_test(tc, field_credit_and_tag_icon);
    tcase_add_test(tc, screen_reader_byline);
    tcase_add_test(tc, screen_reader_heading_is_no_headline);
    tcase_add_test(tc, page_header_heading_gives_way_to_the_articles);
    tcase_add_test(tc, title_with_an_empty_side);
    tcase_add_test(tc, title_with_an_empty_end);
    tcase_add_test(tc, iso_date_line);
    tcase_add_test(tc, date_line_in_a_chrome_classed_title_bar);
    tcase_add_test(tc, sidebar_beside_the_headline_stays_chrome);
    tcase_add_test(tc, author_link_as_a_sentence);
    tcase_add_test(tc, block_theme_post_author);
    tcase_add_test(tc, post_navigation_links_are_chrome);
    tcase_add_test(tc, next_flight_data);
    tcase_add_test(tc, next_flight_element_tree);
    tcase_add_test(tc, deep_nesting);
    tcase_add_test(tc, meta_charset_ignored);
    tcase_add_test(tc, home_canonical_yields);
    tcase_add_test(tc, lead_caption);
    tcase_add_test(tc, label_line_in_meta);
    tcase_add_test(tc, label_line_ends_at_its_counter);
    tcase_add_test(tc, body_continues_after_stray_close);
    tcase_add_test(tc, title_site_name_stripped);
    tcase_add_test(tc, title_shown_over_its_seo_form);
    tcase_add_test(tc, inline_furniture_class_kept);
    tcase_add_test(tc, label_by_archive_path);
    tcase_add_test(tc, label_by_joomla_archive_query);
    tcase_add_test(tc, label_by_archive_query);
    tcase_add_test(tc, label_links_after_a_label_in_the_body);
    tcase_add_test(tc, glued_hashtag_links);
    tcase_add_test(tc, jetpack_related_posts_are_chrome);
    tcase_add_test(tc, tag_cloud_is_chrome);
    tcase_add_test(tc, photo_credit_closes_a_caption);
    tcase_add_test(tc, minor_heading_and_its_date_line);
    tcase_add_test(tc, next_data_tags);
    tcase_add_test(tc, label_box_inside_container);
    tcase_add_test(tc, body_classed_paragraphs_are_no_container);
    tcase_add_test(tc, unread_attributes_dropped);
    tcase_add_test(tc, hcard_name_without_its_label);
    tcase_add_test(tc, class_words_any_case);
    tcase_add_test(tc, element_read_heard_and_unheard);
    tcase_add_test(tc, credit_lines_read_each);
    tcase_add_test(tc, wrapper_reads_as_wrapped);
    tcase_add_test(tc, attributes_as_parsed);
    tcase_add_test(tc, body_class_among_classes);
    tcase_add_test(tc, text_measured_in_visible_bytes);
    tcase_add_test(tc, release_box_date);
    tcase_add_test(tc, theme_date_lines);
    tcase_add_test(tc, tag_icon_before_plain_text);
    tcase_add_test(tc, page_builder_post_info_widget);
    tcase_add_test(tc, featured_caption_outside_the_article_wrapper);
    tcase_add_test(tc, author_archive_links_and_svg_icons);
    tcase_add_test(tc, date_line_inside_the_body_container);
    tcase_add_test(tc, date_beside_a_hero_headline);
    tcase_add_test(tc, tag_line_in_the_body_and_category_widget);
    tcase_add_test(tc, first_heading_in_the_container);
    tcase_add_test(tc, comment_count_ends_the_body);
    tcase_add_test(tc, meta_list_byline);
    tcase_add_test(tc, chrome_word_on_wrappers_no_veto);
    tcase_add_test(tc, paragraphs_under_body);
    tcase_add_test(tc, prose_only_in_chrome_yields_body);
    tcase_add_test(tc, title_suffix_named_by_host_or_header);
    tcase_add_test(tc, split_body_joined);
    tcase_add_test(tc, page_footer_weighs_like_chrome);
    tcase_add_test(tc, skipped_closing_heading_ends_body);
    tcase_add_test(tc, tiny_body_gives_way_to_prose);
    tcase_add_test(tc, layout_box_word_still_marks_sidebar);
    tcase_add_test(tc, title_classed_subheading_kept);
    tcase_add_test(tc, json_ld_name_without_headline);
    tcase_add_test(tc, body_selector_under_chrome_word);
    suite_add_tcase(s, tc);
    return s;
}
