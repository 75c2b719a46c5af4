#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metadata.h"
#include "runner.h"
#include "stage_helpers.h"
#include "text.h"

static stage_run R;
static void setup(void) { stage_run_reset(&R); }
static void teardown(void) { stage_run_free(&R); }

static stage_status read_text(const char *text)
{
    stage_error err;
    return text_read(text, strlen(text), &R.rec, &R.hints, R.a, &err);
}

static const char *para(size_t i) { return R.rec.paragraphs.items[i].text; }
static para_kind kind(size_t i) { return R.rec.paragraphs.items[i].kind; }

START_TEST(lines_are_paragraphs)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nKUPANG - Paragraf pertama.\n\nParagraf kedua.\n"), ST_OK);
    ck_assert_str_eq(R.rec.title, "Judul Berita Hari Ini");
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(para(1), "Paragraf kedua.");
}
END_TEST

/* Lines ended by CR alone (old Mac, some web forms) are lines too. */
START_TEST(cr_only_line_ends)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\r\rKUPANG - Paragraf pertama yang cukup panjang untuk dibaca "
                               "oleh semua pembaca berita ini.\r\rParagraf kedua.\r"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Judul Berita Hari Ini");
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(para(1), "Paragraf kedua.");
}
END_TEST

/* A paragraph of prose that opens with a page label ("Komentar:", "Kontak:",
 * "Bagikan:") is body text; the short label lines are not. */
START_TEST(prose_after_a_page_label_is_body)
{
    ck_assert_int_eq(read_text("Gubernur Resmikan Jembatan Baru\n\nKUPANG - Gubernur meresmikan jembatan baru di "
                               "Kota Kupang bersama ratusan warga desa pada pagi hari.\n\nKomentar: warga menyambut "
                               "baik program ini dan berharap terus berlanjut di tahun depan.\n\nKontak: warga dapat "
                               "menghubungi posko di kantor desa untuk mendapatkan informasi lebih lanjut.\n\n"
                               "Paragraf terakhir ini berisi penutup berita tentang jembatan baru.\n\nBagikan:\n\n"
                               "Komentar\n\nTulisan lain yang tidak termasuk berita ini.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 4);
    ck_assert_str_eq(para(1), "Komentar: warga menyambut baik program ini dan berharap terus berlanjut di tahun depan.");
    ck_assert_str_eq(para(3), "Paragraf terakhir ini berisi penutup berita tentang jembatan baru.");
}
END_TEST

/* "2 Komentar :": a count before the comments' label ends the article as
 * the label alone does; the comments after it are no paragraphs. */
START_TEST(comment_count_ends_the_article)
{
    ck_assert_int_eq(read_text("Gubernur Resmikan Jembatan Baru\n\nKUPANG - Gubernur meresmikan jembatan baru di "
                               "Kota Kupang bersama ratusan warga desa pada pagi hari.\n\n2 Komentar :\n\nBudi\n\n"
                               "Apakah jembatan ini juga bisa dilalui truk pengangkut hasil kebun, Pak? Kami berharap "
                               "begitu.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

START_TEST(single_newlines_separate_paragraphs_too)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\nParagraf pertama.\nParagraf kedua.\n"), ST_OK);
    ck_assert_str_eq(R.rec.title, "Judul Berita Hari Ini");
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
}
END_TEST

START_TEST(headline_skips_image_caption_line)
{
    ck_assert_int_eq(read_text("Gambar: Screenshot 2025 07 25 085601\n\nPemprov Gelar Rapat Koordinasi Daerah\n\n"
                               "Rapat berlangsung di aula kantor gubernur.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Pemprov Gelar Rapat Koordinasi Daerah");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

START_TEST(headline_skips_site_name_menu_and_breadcrumb)
{
    ck_assert_int_eq(read_text("DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH\n"
                               "Beranda | Profil | Berita | Kontak\n"
                               "Beranda   Profil   Berita   Galeri\n\n"
                               "Beranda \xC2\xBB Berita \xC2\xBB Ekonomi\n\n"
                               "Beranda / Berita / Daerah Kita\n\n"
                               "Bupati Resmikan Pasar Rakyat Baru\n\n"
                               "Bupati meresmikan pasar rakyat baru di pusat kota.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Resmikan Pasar Rakyat Baru");
}
END_TEST

START_TEST(headline_in_capitals_when_nothing_else)
{
    ck_assert_int_eq(read_text("BUPATI RESMIKAN PASAR RAKYAT\n\nBupati meresmikan pasar rakyat baru di pusat kota.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "BUPATI RESMIKAN PASAR RAKYAT");
}
END_TEST

START_TEST(date_line_under_headline_is_a_hint)
{
    ck_assert_int_eq(read_text("Bupati Resmikan Pasar Rakyat\n\nDiterbitkan: Kamis, 12 Juni 2025 | Dibaca: 412 kali\n\n"
                               "Bupati meresmikan pasar rakyat baru di pusat kota.\n"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Kamis, 12 Juni 2025 | Dibaca: 412 kali");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert_str_eq(para(0), "Bupati meresmikan pasar rakyat baru di pusat kota.");
}
END_TEST

/* A second date line in the header is another date statement, not lost. */
START_TEST(second_header_date_is_a_date_line)
{
    ck_assert_int_eq(read_text("Bupati Resmikan Pasar Rakyat\n\nKamis, 17 Juli 2025 | 15:20 WIB\n17 Juli 2025\n\n"
                               "Bupati meresmikan pasar rakyat baru di pusat kota.\n"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Kamis, 17 Juli 2025 | 15:20 WIB");
    ck_assert_uint_eq(R.hints.date_lines.len, 1);
    ck_assert_str_eq(R.hints.date_lines.items[0], "17 Juli 2025");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

/* A site header's "today" above its menus or ticker is no date line of
 * the article's: the date line nearer the body is (the copy has no
 * headline); an article's own furniture between two date lines is no
 * header's. */
START_TEST(header_today_above_chrome_gives_way)
{
    ck_assert_int_eq(read_text("Senin, 28 November 2022, WIB\nLintas Berita\n\n"
                               "Kamis, 18 Nov 2021, 23:12:47 WIB, 390 View\n\n"
                               "Kantor Kementerian Agama Kota Surabaya melaksanakan apel bersama seluruh pegawai "
                               "di halaman kantor pada pagi hari itu.\n"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Kamis, 18 Nov 2021, 23:12:47 WIB, 390 View");
    ck_assert_uint_eq(R.hints.date_lines.len, 0);
}
END_TEST

START_TEST(article_furniture_keeps_the_first_date_line)
{
    ck_assert_int_eq(read_text("Bupati Resmikan Pasar Rakyat\n\nKamis, 17 Juli 2025 | 15:20 WIB\nBagikan :\n17 Juli 2025\n\n"
                               "Bupati meresmikan pasar rakyat baru di pusat kota.\n"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Kamis, 17 Juli 2025 | 15:20 WIB");
}
END_TEST

START_TEST(header_line_gaps_split_date_and_byline)
{
    ck_assert_int_eq(read_text("Bupati Resmikan Pasar Rakyat\n\nJumat, Februari 28, 2025   Oleh: Ahmad Rifani   0 Komentar\n\n"
                               "Bupati meresmikan pasar rakyat baru di pusat kota.\n"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Jumat, Februari 28, 2025 Oleh: Ahmad Rifani 0 Komentar");
    ck_assert_uint_eq(R.hints.credit_lines.len, 1);
    ck_assert_str_eq(R.hints.credit_lines.items[0], "Oleh: Ahmad Rifani");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

START_TEST(byline_under_date_line_is_a_credit_line)
{
    ck_assert_int_eq(read_text("Bupati Resmikan Pasar Rakyat\n\nSelasa, 15 Oktober 2019 \xE2\x80\x93 08:42 WIB\n"
                               "Penulis : Rini Oktavia\n\nBupati meresmikan pasar rakyat baru.\n"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Selasa, 15 Oktober 2019 \xE2\x80\x93 08:42 WIB");
    ck_assert_uint_eq(R.hints.credit_lines.len, 1);
    ck_assert_str_eq(R.hints.credit_lines.items[0], "Penulis : Rini Oktavia");
}
END_TEST

START_TEST(date_opening_the_lead_stays_in_it)
{
    ck_assert_int_eq(read_text("Bupati Resmikan Pasar Rakyat\n\nJumat, 25 Juli 2025 \xE2\x80\x94 Bupati meresmikan pasar "
                               "rakyat baru di pusat kota bersama jajaran perangkat daerah.\n"),
                     ST_OK);
    ck_assert_ptr_null(R.hints.published_visible);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert(strncmp(para(0), "Jumat, 25 Juli 2025", 19) == 0);
}
END_TEST

START_TEST(byline_above_headline_is_a_credit_line)
{
    ck_assert_int_eq(read_text("Foto: Yohanes Bria\n\nBupati Resmikan Pasar Rakyat\n\nBupati meresmikan pasar rakyat.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Resmikan Pasar Rakyat");
    ck_assert_uint_eq(R.hints.credit_lines.len, 1);
    ck_assert_str_eq(R.hints.credit_lines.items[0], "Foto: Yohanes Bria");
}
END_TEST

START_TEST(date_line_just_above_headline_counts)
{
    ck_assert_int_eq(read_text("Senin, 8 Juli 2024\nBupati Resmikan Pasar Rakyat\n\nBupati meresmikan pasar rakyat.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Resmikan Pasar Rakyat");
    ck_assert_str_eq(R.hints.published_visible, "Senin, 8 Juli 2024");
    /* ... with its time and poster after bars */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Diposting: Senin, 30 Nov 2026 | 15:10 WIT \xE2\x80\xA2 Oleh: Admin Diskominfo\n\n"
                               "Bupati Resmikan Pasar Rakyat\n\nBupati meresmikan pasar rakyat.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Resmikan Pasar Rakyat");
    ck_assert_ptr_nonnull(R.hints.published_visible);
    ck_assert(strncmp(R.hints.published_visible, "Senin, 30 Nov 2026", 18) == 0);
}
END_TEST

/* ... with the byline's counters between ("\xC2\xB7", "waktu baca 2
 * menit", a count of comments), and an account's "Verified" badge no
 * category. */
START_TEST(date_line_above_headline_past_its_counters)
{
    ck_assert_int_eq(read_text("kumparanNEWS\nVerified\n22 Januari 2025 19:32 WIB\n\xC2\xB7\n"
                               "waktu baca 2 menit\n3\n12\nKasus Diare di Kota Bima Naik Usai Banjir\n\n"
                               "Dinas Kesehatan Kota Bima mencatat "
                               "lonjakan kasus diare di wilayah terdampak banjir.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Kasus Diare di Kota Bima Naik Usai Banjir");
    ck_assert_str_eq(R.hints.published_visible, "22 Januari 2025 19:32 WIB");
    ck_assert_uint_eq(R.rec.labels.len, 0);
}
END_TEST

/* ... and past its category badge ("Rabu, 21 Oktober 2026 - 13:05" /
 * "Pengadaan ASN" / headline). */
START_TEST(date_line_above_headline_past_its_badge)
{
    ck_assert_int_eq(read_text("Login SIMPEG\nRabu, 21 Oktober 2026 - 13:05\nPengadaan ASN\n"
                               "1.240 PPPK Paruh Waktu Rejang Lebong Terima SK, Masa Kerja Dimulai 1 November\n"
                               "Oleh Humas BKPSDM | Dibaca 1.532 kali\n\nCurup \xE2\x80\x93 Sebanyak 1.240 PPPK "
                               "paruh waktu menerima SK pengangkatan, Selasa (20/10/2026).\n"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Rabu, 21 Oktober 2026 - 13:05");
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "Pengadaan ASN");
}
END_TEST

START_TEST(site_header_date_far_above_headline_does_not)
{
    ck_assert_int_eq(read_text("Sabtu, Maret 1, 2025 | MEDIA CENTER KABUPATEN CONTOH\nBeranda   Profil   Berita   Kontak\n\n"
                               "Bupati Resmikan Pasar Rakyat\n\nBupati meresmikan pasar rakyat.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Resmikan Pasar Rakyat");
    ck_assert_ptr_null(R.hints.published_visible);
}
END_TEST

START_TEST(short_title_with_a_date_is_still_the_title)
{
    ck_assert_int_eq(read_text("Festival 17 Agustus 2025 Dibuka\n\nFestival dibuka di alun-alun kota.\n"), ST_OK);
    ck_assert_str_eq(R.rec.title, "Festival 17 Agustus 2025 Dibuka");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("2025, 12 Desa Terima Bantuan\n\nDua belas desa menerima bantuan.\n"), ST_OK);
    ck_assert_str_eq(R.rec.title, "2025, 12 Desa Terima Bantuan");
}
END_TEST

START_TEST(worded_date_line_and_login_byline)
{
    ck_assert_int_eq(read_text("Bupati Resmikan Pasar Rakyat\n\nOleh Admin | Dipublikasikan pada 12 Juni 2025 | 0 Komentar\n\n"
                               "Bupati meresmikan pasar.\n"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Dipublikasikan pada 12 Juni 2025 | 0 Komentar"); /* the date and what follows it */
    ck_assert_uint_eq(R.hints.credit_lines.len, 1);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

/* Drupal's byline, "Submitted by X on Thu, 13/03/2025 - 10:12", and its
 * Indonesian form "Dikirim oleh X pada Kam, ...", or a date and a byline
 * parted by a gap ("12 August 2025   Written by X"): the byline and the
 * date, never the headline. */
START_TEST(byline_linked_to_its_date)
{
    static const char *const LINES[] = {"Submitted by Nadia Prameswari Alatas on Thu, 13/03/2025 - 10:12",
                                        "Dikirim oleh Nadia Prameswari Alatas pada Kam, 13/03/2025 - 10:12"};
    for (size_t i = 0; i < sizeof LINES / sizeof *LINES; i++) {
        stage_run_reset(&R);
        char text[512];
        snprintf(text, sizeof text, "Berita Daerah\nKPP Pratama Buka Pojok Asistensi SPT\n%s\n\n"
                 "Tasikmalaya - Kantor pajak membuka pojok asistensi di pusat perbelanjaan.\n", LINES[i]);
        ck_assert_int_eq(read_text(text), ST_OK);
        ck_assert_str_eq(R.rec.title, "KPP Pratama Buka Pojok Asistensi SPT");
        ck_assert_ptr_nonnull(R.hints.published_visible);
        ck_assert_ptr_nonnull(strstr(R.hints.published_visible, "13/03/2025"));
        ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    }
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Berita\nEkskavasi Tahap II Situs Kumitir Temukan Struktur Talud Bata\n"
                               "12 August 2025   Written by Tim Publikasi BPK XI\n\nMojokerto - Tim balai menemukan "
                               "struktur talud bata kuno sepanjang 60 meter.\n\n"
                               "Temuan itu memperkuat dugaan arkeolog.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Ekskavasi Tahap II Situs Kumitir Temukan Struktur Talud Bata");
}
END_TEST

/* detik's byline, the writer's name and the outlet after a dash ("Deden
 * Rustandi Suhendrik - detikJabar"): the author's credit, never the
 * headline. */
START_TEST(outlet_byline_under_the_headline)
{
    ck_assert_int_eq(read_text("detikJabar > Berita\nJembatan Gantung Putus, Pelajar Terpaksa Seberangi Sungai\n"
                               "Deden Rustandi Suhendrik - detikJabar\nSenin, 17 Nov 2025 15:42 WIB\n\nSukabumi - "
                               "Jembatan gantung penghubung dua kampung putus diterjang banjir.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Jembatan Gantung Putus, Pelajar Terpaksa Seberangi Sungai");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Deden Rustandi Suhendrik");
}
END_TEST

/* A site's name atop the page over a headline that opens with it: the
 * headline. */
START_TEST(site_name_over_a_headline_opening_with_it)
{
    ck_assert_int_eq(read_text("Bank Sumsel Babel\nTentang Kami  Produk  Berita  Karier\nSiaran Pers\n"
                               "Bank Sumsel Babel Cabang Lubuklinggau Salurkan KUR untuk Petani Kopi\n11 Sep 2025\n\n"
                               "Lubuklinggau - Bank Sumsel Babel Kantor Cabang Lubuklinggau mencatat penyaluran KUR "
                               "naik pesat.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bank Sumsel Babel Cabang Lubuklinggau Salurkan KUR untuk Petani Kopi");
}
END_TEST

/* A meta line whose part a page label opens after a long dash ("Penrindam
 * IV/Dip — Kategori: Pendidikan — 764 kali dibaca") is no headline, and
 * that part's labels are the article's. */
START_TEST(meta_line_with_a_labelled_part)
{
    ck_assert_int_eq(read_text("Danrindam Tutup Pendidikan Secaba, 312 Siswa Sandang Pangkat Sersan\n"
                               "Kamis, 20 November 2025\nPenrindam IV/Dip \xE2\x80\x94 Kategori: Pendidikan "
                               "\xE2\x80\x94 764 kali dibaca\n\nMagelang \xE2\x80\x93 Komandan Rindam menutup "
                               "pendidikan calon bintara di Lapangan Sapta Marga.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Danrindam Tutup Pendidikan Secaba, 312 Siswa Sandang Pangkat Sersan");
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "Pendidikan");
}
END_TEST

/* A ticker's label before headlines parted by bullets or bars is chrome
 * however long the line ("BREAKING NEWS X \u2022 Y \u2022 Z"). */
START_TEST(ticker_line_of_any_length_is_chrome)
{
    ck_assert_int_eq(read_text("BALIPOST.com\nBALI | NASIONAL | OLAHRAGA | EKONOMI\n"
                               "BREAKING NEWS  Gunung Agung Normal, Pendakian Kembali Dibuka  \xE2\x80\xA2  "
                               "Harga Cabai di Pasar Badung Tembus Rp80 Ribu per Kg  \xE2\x80\xA2  "
                               "Ribuan Krama Ikuti Melasti di Pantai Klotok\n"
                               "Home \xC2\xBB Bali \xC2\xBB Tabanan\nTabanan\n"
                               "Air Irigasi Menyusut, 140 Hektare Sawah Subak Guama Terancam Gagal Panen\n"
                               "Selasa, 7 Juli 2026 | 18:40 WITA\n\n"
                               "TABANAN, BALIPOST.com \xE2\x80\x93 Ratusan hektare sawah di Subak Guama terancam "
                               "gagal panen.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Air Irigasi Menyusut, 140 Hektare Sawah Subak Guama Terancam Gagal Panen");
    ck_assert_str_eq(R.hints.published_visible, "Selasa, 7 Juli 2026 | 18:40 WITA");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    /* ... and a label with its colon before two headlines parted by a black circle */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("BATANGHARI POS\nJambi | Muarojambi | Batanghari | Tebo | Indeks\n"
                               "BREAKING: Jembatan Aurduri I Ditutup Sementara untuk Perbaikan \xE2\x97\x8F Harga Karet "
                               "Naik Tipis di Tingkat Petani\n\nJambi\n\n"
                               "Kasus Kekerasan Anak di Kota Jambi Capai 97 Laporan\n\n"
                               "Jumat, 04 Desember 2026 | 07:15 WIB\n\n"
                               "JAMBI, BATANGHARI POS \xE2\x80\x93 DPPPA Kota Jambi mencatat 97 kasus kekerasan terhadap "
                               "anak sepanjang tahun ini.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Kasus Kekerasan Anak di Kota Jambi Capai 97 Laporan");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

/* A header meta line's part a labels label opens ("| Kategori: Adat &
 * Budaya |") gives the article's label, and leaves the line a date line. */
START_TEST(labelled_part_of_a_header_meta_line)
{
    ck_assert_int_eq(read_text("Kenduri Blang, Warga Cot Keutapang Sepakati Jadwal Turun ke Sawah\n"
                               "Diposting pada: Ahad, 15 November 2026 | Oleh: Operator Gampong | Kategori: Adat & "
                               "Budaya | 189 kali dilihat\n\nCot Keutapang \xE2\x80\x93 Masyarakat Gampong Cot "
                               "Keutapang menggelar kenduri blang di tepi saluran irigasi.\n"),
                     ST_OK);
    ck_assert_ptr_nonnull(R.hints.published_visible);
    ck_assert_ptr_nonnull(strstr(R.hints.published_visible, "15 November 2026"));
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "Adat & Budaya");
}
END_TEST

/* A category badge in capitals that the copy glued to the headline
 * ("KOPERASI & UMKMPerempuan Perajin ...") is a label, the headline the
 * rest; a headline opening with an acronym and a space keeps it. */
START_TEST(badge_glued_to_the_headline)
{
    ck_assert_int_eq(read_text("Beranda\nKOPERASI & UMKMPerempuan Perajin Batik Bakaran Bentuk Koperasi, 120 "
                               "Anggota Dapat Pinjaman Lunak\nDiposting 22-06-2026 13:05 oleh Humas Dinkop\n\n"
                               "PATI \xE2\x80\x93 Sebanyak 120 perempuan perajin batik tulis resmi bergabung dalam "
                               "koperasi wanita.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Perempuan Perajin Batik Bakaran Bentuk Koperasi, 120 Anggota Dapat Pinjaman Lunak");
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "KOPERASI & UMKM");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("BPBD Salurkan Bantuan Logistik ke Korban Banjir\n\nPATI \xE2\x80\x93 BPBD menyalurkan "
                               "bantuan logistik kepada warga terdampak banjir.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "BPBD Salurkan Bantuan Logistik ke Korban Banjir");
}
END_TEST

/* Jetpack's "Like this:" (and "Suka ini:") ends the article as "Related
 * posts" does, so the sign-off before it is the last paragraph's; the
 * theme's tag line a few lines under the related list is still the
 * article's. */
START_TEST(jetpack_blocks_end_the_article_before_its_tags)
{
    ck_assert_int_eq(read_text("Operasi Zebra Turangga 2024 Tindak 1.200 Pelanggar\n\n"
                               "MAUMERE \xE2\x80\x93 Sat Lantas Polres Sikka menindak 1.200 pelanggar selama "
                               "operasi. (hms)\n\nShare this:\nFacebook\nX\n"
                               "Like this:\nLike Loading...\nRelated\nKapolres Sikka Pimpin Apel Gelar Pasukan\n"
                               "14 Oktober 2024\nIn \"Berita\"\nTags: Lalu Lintas, Polres Sikka\nLeave a Reply\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert_str_eq(R.rec.labels.items[1], "Polres Sikka");
}
END_TEST

/* A line of places parted by dashes under a village's name ("Kecamatan
 * Jeumpa - Kabupaten Bireuen - Provinsi Aceh") opens no body: a dateline's
 * lead goes on in prose. */
START_TEST(address_of_places_is_no_lead)
{
    ck_assert_int_eq(read_text("Website Resmi\nGAMPONG COT KEUTAPANG\nKecamatan Jeumpa - Kabupaten Bireuen - Provinsi "
                               "Aceh\nBeranda\nBerita\nKenduri Blang, Warga Cot Keutapang Sepakati Jadwal Turun ke "
                               "Sawah\nAhad, 15 November 2026\n\nCot Keutapang \xE2\x80\x93 Masyarakat Gampong Cot "
                               "Keutapang menggelar kenduri blang di tepi saluran irigasi.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Kenduri Blang, Warga Cot Keutapang Sepakati Jadwal Turun ke Sawah");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

/* A headline whose road or route joins two names with an en dash
 * ("Ruas Lantora\u2013Kunyi", "Ketapang\u2013Gilimanuk") opens with no
 * dateline: the dash glued to words in sentence case is no dateline's;
 * glued to a place in capitals it is ("POLEWALI\u2013Pekerjaan"). */
START_TEST(route_dash_in_a_headline_is_no_dateline)
{
    ck_assert_int_eq(read_text("Penyeberangan Ketapang\xE2\x80\x93Gilimanuk Ditutup akibat Cuaca Buruk, Ribuan "
                               "Kendaraan Tertahan\n\n"
                               "BANYUWANGI, KOMPAS.com - Layanan penyeberangan kapal ditutup sementara.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Penyeberangan Ketapang\xE2\x80\x93Gilimanuk Ditutup akibat Cuaca Buruk, Ribuan "
                                  "Kendaraan Tertahan");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    static const char DATELINE[] = "POLEWALI\xE2\x80\x93Pekerjaan jalan mencapai 85 persen.";
    ck_assert(metadata_opens_with_dateline(DATELINE, sizeof DATELINE - 1));
}
END_TEST

/* Divi's meta line, "by X | Oct 21, 2025 | Berita, Kegiatan | 0 comments":
 * an English byline, the date, and the categories listed with commas. */
START_TEST(english_meta_line_with_listed_categories)
{
    ck_assert_int_eq(read_text("Danlanud Tinjau Latihan Terjun Payung Prajurit\n"
                               "by Pentak Lanud Contoh | Oct 21, 2025 | Berita, Kegiatan | 0 comments\n\n"
                               "Magetan \xE2\x80\x93 Komandan pangkalan meninjau latihan terjun payung.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Danlanud Tinjau Latihan Terjun Payung Prajurit");
    ck_assert_ptr_nonnull(R.hints.published_visible);
    ck_assert_uint_eq(R.hints.credit_lines.len, 1);
    ck_assert_str_eq(R.hints.credit_lines.items[0], "by Pentak Lanud Contoh");
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert_str_eq(R.rec.labels.items[0], "Berita");
    ck_assert_str_eq(R.rec.labels.items[1], "Kegiatan");
}
END_TEST

/* A video player's button under the credit line ("▶ Putar Video") is no
 * byline: a symbol opens no name. */
START_TEST(player_button_is_no_byline)
{
    ck_assert_int_eq(read_text("TPST Kesiman Kertalangu Mulai Beroperasi Penuh\n\n"
                               "Jumat, 4 Desember 2026 | 17:20 WITA\n"
                               "Reporter: Putu Gede Arya Wibawa | Kamerawan: Komang Juliarta Yasa\n\n"
                               "\xE2\x96\xB6 Putar Video\n\n"
                               "Denpasar, Bali TV \xE2\x80\x93 TPST Kesiman Kertalangu mulai beroperasi penuh.\n"),
                     ST_OK);
    metadata_finish(&R.rec, &R.hints, R.a);
    for (size_t i = 0; i < R.rec.credits.len; i++)
        ck_assert_msg(strstr(R.rec.credits.items[i].name, "Putar") == NULL, "credited: %s",
                      R.rec.credits.items[i].name);
}
END_TEST

/* Astra's meta line, "By X / Nov 30, 2026 / Kabar Desa, Unit Usaha": a
 * line with a date for one of its spaced-slash parts is no headline, and
 * the comma list after the date is the article's categories. */
START_TEST(slash_parted_meta_line)
{
    ck_assert_int_eq(read_text("Rumah Produksi Kopi Arabika Tlahab Diresmikan, Petani Bisa Jual Kopi\n"
                               "By Admin BUMDes / Nov 30, 2026 / Kabar Desa, Unit Usaha\n\n"
                               "TLAHAB \xE2\x80\x93 BUMDes Tlahab Makmur meresmikan rumah produksi kopi arabika.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Rumah Produksi Kopi Arabika Tlahab Diresmikan, Petani Bisa Jual Kopi");
    ck_assert_ptr_nonnull(R.hints.published_visible);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert_str_eq(R.rec.labels.items[0], "Kabar Desa");
    ck_assert_str_eq(R.rec.labels.items[1], "Unit Usaha");
    /* ... and so are spaced dashes: "Senin, 9 November 2026 – Kesehatan – 187 kali dilihat" */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Kapanewon Ngaglik Gelar Cek Kesehatan Gratis untuk 600 Lansia\n\n"
                               "Senin, 9 November 2026 \xE2\x80\x93 Kesehatan \xE2\x80\x93 187 kali dilihat\n\n"
                               "Kapanewon Ngaglik menyelenggarakan pemeriksaan kesehatan gratis bagi lansia.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Kapanewon Ngaglik Gelar Cek Kesehatan Gratis untuk 600 Lansia");
    ck_assert_ptr_nonnull(R.hints.published_visible);
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "Kesehatan");
}
END_TEST

/* An office's byline in a bar-parted meta line, the public-relations or
 * information unit and what it serves: the author, not a category (nor a
 * badge beside a counter: "Pendim 1002"). */
START_TEST(office_byline_in_a_meta_line)
{
    ck_assert_int_eq(read_text("BPBD Karangasem Distribusikan Air Bersih\n\n"
                               "03 September 2026 | Berita Daerah | Diskominfo Karangasem\n\n"
                               "Amlapura \xE2\x80\x93 BPBD mendistribusikan air bersih ke lima desa di Kecamatan Kubu.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Diskominfo Karangasem");
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "Berita Daerah");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("TMMD di Batang Alai Timur Dibuka\n\nSelasa, 12 Mei 2026 | Pendim 1002/Barabai\n\n"
                               "BARABAI \xE2\x80\x93 Program TMMD di Kecamatan Batang Alai Timur resmi dibuka.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Pendim 1002/Barabai");
    ck_assert_uint_eq(R.rec.labels.len, 0);
    /* a body's office with an acronym among its words; not a place */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("DPRD Polman Setujui APBD 2027\n\nDiposting: 30/11/2026 | Sekretariat DPRD Polman\n\n"
                               "Polewali \xE2\x80\x93 DPRD Kabupaten Polewali Mandar menyetujui rancangan APBD.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Sekretariat DPRD Polman");
    /* ... or an agency's word ("Bagian Prokopim"), no label */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Natal Oikumene ASN Minut\n\nSenin, 7 Desember 2026 | Bagian Prokopim\n\n"
                               "Airmadidi \xE2\x80\x93 Pemkab Minahasa Utara menggelar ibadah Natal.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Bagian Prokopim");
    ck_assert_uint_eq(R.rec.labels.len, 0);
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("DPRD Polman Setujui APBD 2027\n\nSenin, 30 November 2026 | Kota Kupang\n\n"
                               "Polewali \xE2\x80\x93 DPRD Kabupaten Polewali Mandar menyetujui rancangan APBD.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 0);
}
END_TEST

/* A menu copied as one line of capitalised items ending with a menu's last
 * item is chrome, and an agency's photo mark after a sentence makes a
 * caption: the sentence-case headline under them is the title. */
START_TEST(flat_menu_and_agency_caption)
{
    ck_assert_int_eq(read_text("ANTARA Aceh\nTerkini Aceh Ekonomi Politik Hukum Olahraga Foto Video Indeks\n"
                               "Aceh Barat salurkan benih padi unggul untuk 2.400 hektare sawah\n"
                               "Kamis, 16 Oktober 2025 16:20 WIB\n\nPetani menerima bantuan benih dari pemerintah "
                               "kabupaten. ANTARA/HO-Distanbun Aceh Barat\n\nMeulaboh (ANTARA) - Pemerintah Kabupaten "
                               "Aceh Barat menyalurkan 60 ton benih padi unggul.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Aceh Barat salurkan benih padi unggul untuk 2.400 hektare sawah");
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_int_eq(kind(0), PARA_CAPTION);
}
END_TEST

/* "Tagar:", Indonesian for hashtags, labels the article as "Tags:" does. */
START_TEST(tagar_line_labels)
{
    ck_assert_int_eq(read_text("Wali Kota Tinjau Saluran Tersumbat\n\nWali kota meninjau saluran drainase.\n\n"
                               "Tagar: #CilegonSiagaBanjir #Drainase\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert_uint_eq(R.rec.labels.len, 2);
}
END_TEST

/* A section's name in a header line ("Berita Balai | 03 Februari 2025 |
 * 1.204 views") is the article's category, not its writer. */
START_TEST(section_name_in_a_header_line)
{
    ck_assert_int_eq(read_text("BBWS Tutup Tanggul Sungai Wulan yang Jebol\n"
                               "Berita Balai | 03 Februari 2025 | 1.204 views\n\n"
                               "DEMAK - Balai menutup tanggul sungai yang jebol.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.hints.credit_lines.len, 0);
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "Berita Balai");
}
END_TEST

START_TEST(short_dated_lead_is_no_date_line)
{
    ck_assert_int_eq(read_text("Bupati Resmikan Pasar Rakyat\n\nKupang, 12 Juni 2025 \xE2\x80\x93 Pasar diresmikan.\n"),
                     ST_OK);
    ck_assert_ptr_null(R.hints.published_visible);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

START_TEST(numeric_date_line)
{
    ck_assert_int_eq(read_text("Bupati Resmikan Pasar Rakyat\n\n12/06/2025 09:30 WIB\n\nBupati meresmikan pasar.\n"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "12/06/2025 09:30 WIB");
}
END_TEST

START_TEST(label_block_on_the_next_line)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\n\nLabel\npemerintah, Provinsi NTT\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert_str_eq(R.rec.labels.items[0], "pemerintah");
    ck_assert_str_eq(R.rec.labels.items[1], "Provinsi NTT");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    /* the block ends at chrome: Drupal's "Log in or register to post comments" */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nTags\nLomba Bercerita\nCerita Rakyat\n"
                               "Log in or register to post comments\nBerita Terkait\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert_str_eq(R.rec.labels.items[1], "Cerita Rakyat");
    /* ... and at a share bar's names on one line, long for a label */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nTags\nHutan Adat\n"
                               "Facebook X LinkedIn WhatsApp Telegram Share via Email Print\nRelated Articles\n"
                               "Harga Karet di Putussibau Mulai Membaik\n5 Oktober 2026\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "Hutan Adat");
}
END_TEST

START_TEST(tag_and_category_lines)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nKategori\xC2\xA0"
                               "Ekonomi\nTags: #Inflasi; pasar murah\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 3);
    ck_assert_str_eq(R.rec.labels.items[0], "Ekonomi");
    ck_assert_str_eq(R.rec.labels.items[1], "#Inflasi");
    ck_assert_str_eq(R.rec.labels.items[2], "pasar murah");
}
END_TEST

/* WordPress's "Posted in" category line with its "Tagged" tags glued on,
 * items between commas. */
START_TEST(posted_in_and_tagged_glued)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\n"
                               "Posted in Berita KecamatanTagged bank sampah, Desa Jayagiri, lingkungan\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 4);
    ck_assert_str_eq(R.rec.labels.items[0], "Berita Kecamatan");
    ck_assert_str_eq(R.rec.labels.items[1], "bank sampah");
    ck_assert_str_eq(R.rec.labels.items[3], "lingkungan");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

/* ... or after a full stop, the line ending with one: a list, no sentence. */
START_TEST(posted_in_and_tagged_after_a_full_stop)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\n"
                               "Posted in Daerah, Budaya. Tagged Bulukumba, Pinisi, Tanah Beru.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 5);
    ck_assert_str_eq(R.rec.labels.items[1], "Budaya");
    ck_assert_str_eq(R.rec.labels.items[2], "Bulukumba");
    ck_assert_str_eq(R.rec.labels.items[4], "Tanah Beru");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    /* ... or after a gap, with its colon: a category and the tags on one line */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\n"
                               "Kategori: Bencana Alam   Tag: galodo, Palembayan\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 3);
    ck_assert_str_eq(R.rec.labels.items[0], "Bencana Alam");
    ck_assert_str_eq(R.rec.labels.items[1], "galodo");
}
END_TEST

/* Tags a copy parts by the room between their links, a word or more each:
 * the gaps part them; one space does not. */
START_TEST(tags_parted_by_gaps)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\n"
                               "Tags: Pohuwato  Torosiaje  Air Bersih\tSuku Bajo\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 4);
    ck_assert_str_eq(R.rec.labels.items[0], "Pohuwato");
    ck_assert_str_eq(R.rec.labels.items[2], "Air Bersih");
    ck_assert_str_eq(R.rec.labels.items[3], "Suku Bajo");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nTags: harga gabah  Ngawi\n"), ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert_str_eq(R.rec.labels.items[0], "harga gabah");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nTags: harga gabah Ngawi\n"), ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "harga gabah Ngawi");
}
END_TEST

/* "Tag Terkait:" and CNN Indonesia's "TOPIK TERKAIT" heading are labels of
 * this article, not a label "terkait"; items under the heading may be parted
 * by gaps. */
START_TEST(related_topics_are_labels)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nTag Terkait: Sepak Takraw, Pra PON\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert_str_eq(R.rec.labels.items[0], "Sepak Takraw");
    stage_run_reset(&R);
    ck_assert_int_eq(
        read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nTOPIK TERKAIT\nKorupsi Dana Desa  Tipikor\n"), ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert_str_eq(R.rec.labels.items[0], "Korupsi Dana Desa");
    ck_assert_str_eq(R.rec.labels.items[1], "Tipikor");
    /* a capital and its number is a topic's name, no counter */
    stage_run_reset(&R);
    ck_assert_int_eq(
        read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nTOPIK TERKAIT\nBiodiesel\nB50\nKementerian ESDM\n"),
        ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 3);
    ck_assert_str_eq(R.rec.labels.items[1], "B50");
}
END_TEST

/* The article's tags under its copyright notice (ANTARA's layout); a notice
 * ends the body all the same. */
START_TEST(tags_under_the_copyright_notice)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nPewarta: Nur Afni\n"
                               "Editor: Rolex Malaha\nCOPYRIGHT \xC2\xA9 ANTARA 2026\n\nTag: dbd, dinkes\n"
                               "Berita Terkait\nKasus DBD di Kota Bengkulu capai 540 sepanjang 2026\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert_str_eq(R.rec.labels.items[1], "dinkes");
    for (size_t i = 0; i < R.rec.paragraphs.len; i++) /* (the credit lines stay for the metadata stage) */
        ck_assert_ptr_null(strstr(R.rec.paragraphs.items[i].text, "Bengkulu"));
}
END_TEST

/* Hashtags with no commas between them. */
START_TEST(hashtags_without_commas)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nTags: #stunting #kesehatan\n"), ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert_str_eq(R.rec.labels.items[1], "#kesehatan");
    /* a hashtag of several words runs to the next '#' */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\n"
                               "Tags: #UMK Salatiga #Dewan Pengupahan #Kota Salatiga\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 3);
    ck_assert_str_eq(R.rec.labels.items[1], "#Dewan Pengupahan");
    /* ... on a line of its own with no "Tags:", when two tags or more and no sentence's punctuation */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\n"
                               "#shalat gerhana #gerhana bulan #masjid raya al jabbar\n\n#Ini bukan tag, tapi kalimat.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 3);
    ck_assert_str_eq(R.rec.labels.items[2], "#masjid raya al jabbar");
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
}
END_TEST

START_TEST(prose_opening_with_a_label_word_stays)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nLabel halal wajib dipasang pada setiap kemasan produk pangan "
                               "olahan mulai tahun depan.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 0);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

START_TEST(bullets_are_dropped)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nTahapannya:\n\n  \xE2\x80\xA2 Pelatihan daring.\n"
                               "- Pembelajaran mandiri.\n* Seminar.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 4);
    ck_assert_str_eq(para(1), "Pelatihan daring.");
    ck_assert_str_eq(para(2), "Pembelajaran mandiri.");
    ck_assert_str_eq(para(3), "Seminar.");
}
END_TEST

START_TEST(short_line_before_body_text_is_a_heading)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nPosko Terpadu 24 Jam\n\n"
                               "Posko terpadu di kawasan pelabuhan mulai beroperasi besok pagi.\n\nPenutup Tanpa Titik\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 4);
    ck_assert_int_eq(kind(1), PARA_HEADING);
    ck_assert_str_eq(para(1), "Posko Terpadu 24 Jam");
    ck_assert_int_eq(kind(2), PARA_BODY);
    ck_assert_int_eq(kind(3), PARA_BODY); /* nothing follows it */
}
END_TEST

/* A short line without its full stop that opens with a quotation mark, or
 * goes on in lower case after a comma, is prose, not a subheading. */
START_TEST(short_prose_without_a_full_stop_is_no_heading)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\n"
                               "\xE2\x80\x9CKita optimistis tahun ini meraih predikat informatif,\xE2\x80\x9D ucapnya\n\n"
                               "Posko terpadu di kawasan pelabuhan mulai beroperasi besok pagi.\n\n"
                               "Amak menambahkan, apel dan hormat bendera adalah kewajiban ASN\n\n"
                               "Posko terpadu di kawasan pelabuhan mulai beroperasi besok pagi sekali.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 5);
    ck_assert_int_eq(kind(1), PARA_BODY);
    ck_assert_int_eq(kind(3), PARA_BODY);
}
END_TEST

START_TEST(captions_are_kept_as_captions)
{
    /* a caption that ends with a short photo mark is no lead */
    ck_assert_int_eq(read_text("Komisi IV Minta Dinkes Bersihkan Data Peserta PBI\n\n"
                               "Rapat dengar pendapat Komisi IV DPRD Provinsi Bengkulu dengan Dinas Kesehatan dan BPJS "
                               "Kesehatan Cabang Bengkulu membahas data peserta bantuan iuran di ruang rapat "
                               "Komisi IV, Rabu (20/11/2024). (F.Humas Setwan)\n\n"
                               "Kota Bengkulu \xE2\x80\x93 Komisi IV DPRD Provinsi Bengkulu meminta Dinas Kesehatan "
                               "segera membersihkan data peserta bantuan iuran yang tidak tepat sasaran.\n"),
                     ST_OK);
    ck_assert_int_eq(kind(0), PARA_CAPTION);
    ck_assert_int_eq(kind(1), PARA_BODY); /* the lead, whose dateline the metadata stage reads */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nGubernur meninjau pasar. (Foto: Ikbal Mohamad \xE2\x80\x93 Humas)\n\n"
                               "Paragraf pertama.\n\nSuasana rapat di aula. Foto: Agus Wahyuni/Humas\n\n"
                               "Keterangan foto: Bupati menyerahkan bantuan.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 4);
    ck_assert_int_eq(kind(0), PARA_CAPTION);
    ck_assert_int_eq(kind(1), PARA_BODY);
    ck_assert_int_eq(kind(2), PARA_CAPTION);
    ck_assert_int_eq(kind(3), PARA_CAPTION);
}
END_TEST

START_TEST(credit_lines_stay_for_metadata)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nPewarta: Sarah Latuheru\n"
                               "Editor: Ronald Pattiasina\n\n(Humas Pemprov Maluku)\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 4);
    ck_assert_str_eq(para(1), "Pewarta: Sarah Latuheru");
    ck_assert_int_eq(kind(3), PARA_BODY);
}
END_TEST

START_TEST(share_and_related_lines_are_dropped)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nBaca juga: Bupati Lantik Kepala Desa\n\n"
                               "Baca Juga:\nGubernur Tinjau Jalan Rusak\n\nParagraf kedua.\n\n"
                               "Tonton juga: Dialog Khusus Pengendalian Inflasi (tayang 12 Nov 2025)\n\n"
                               "Bagikan: Facebook | X | WhatsApp\n\nTags: pajak, samsat\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(para(1), "Paragraf kedua.");
    ck_assert_uint_eq(R.rec.labels.len, 2);
}
END_TEST

START_TEST(related_list_and_comments_end_the_article)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nBerita Terkait\n"
                               "Bupati Pantau Harga Cabai di Pasar\nRabu, Mei 19, 2021\n\nTinggalkan Balasan\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    /* the headings other themes give their lists of other articles */
    static const char *const HEADINGS[] = {"Berita Terkini", "Related Posts", "Recent Posts", "Post navigation"};
    for (size_t i = 0; i < sizeof HEADINGS / sizeof *HEADINGS; i++) {
        stage_run_reset(&R);
        char text[256];
        snprintf(text, sizeof text,
                 "Judul Berita Hari Ini\n\nParagraf pertama.\n\nBagikan: Facebook Twitter WhatsApp\n%s\n"
                 "Bupati Pantau Harga Cabai di Pasar\n12 Desember 2024\n",
                 HEADINGS[i]);
        ck_assert_int_eq(read_text(text), ST_OK);
        ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    }
    /* the comments' heading with its count */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Pelatihan Pengemasan Keripik Kentang\n\nNGADAS - Pemerintah desa menggelar pelatihan "
                               "pengemasan keripik kentang bagi ibu-ibu PKK, Senin (4/8/2025).\n\nPelatihan diakhiri "
                               "dengan uji coba pengemasan. (Kasi Kesra/Wd)\n\nKomentar (0)\nTulis komentar...\n"
                               "Kirim\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
}
END_TEST

/* A page that shows the article's opening again after its end (a second
 * rendering, a cut-short copy): the article ends before the repeat, and its
 * last paragraph keeps its sign-off. */
START_TEST(repeated_opening_ends_the_article)
{
    static const char *const LEAD = "PELALAWAN - Pengadilan Agama menggelar sidang keliling di empat kecamatan "
                                    "perbatasan setelah Idul Fitri tahun ini.";
    static const char *const SECOND = "Demikian disampaikan Ketua Pengadilan Agama Emaneli di Gedung DPRD "
                                      "Pelalawan, Rabu, seusai rapat bersama pemerintah kabupaten.";
    char text[1024];
    snprintf(text, sizeof text, "Sidang Nikah Keliling\n\n%s\n\n%s\n\nPeserta mendapat akta nikah.(lam)\n\n%s\n",
             LEAD, SECOND, SECOND);
    ck_assert_int_eq(read_text(text), ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 3);
    ck_assert_str_eq(para(2), "Peserta mendapat akta nikah.(lam)");
    /* a short line said twice is no second rendering */
    stage_run_reset(&R);
    snprintf(text, sizeof text, "Sidang Nikah Keliling\n\n%s\n\nWarga menyambut baik.\n\n%s\n\n"
             "Warga menyambut baik.\n", LEAD, SECOND);
    ck_assert_int_eq(read_text(text), ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 4);
}
END_TEST

/* Two teasers in a row under the article (a headline and a dash and its
 * date on one line, or a headline over its date) are the page's list of
 * other articles, whatever its heading: the article ends before the
 * heading, and their dates are not the article's. */
START_TEST(teaser_list_ends_the_article)
{
    static const char *const LISTS[] = {
        "Agenda\nForum Konsultasi Publik Rancangan RPJMD \xE2\x80\x94 29 April 2025\n"
        "Rapat Koordinasi Data Kemiskinan \xE2\x80\x94 6 Mei 2025\n",
        "Berita Cabang Lainnya\nBPJS Kesehatan Jember Gelar Forum Kemitraan\n28 Nov 2025\n"
        "Kepatuhan Badan Usaha di Bondowoso Terus Meningkat\n21 Nov 2025\n",
    };
    for (size_t i = 0; i < sizeof LISTS / sizeof *LISTS; i++) {
        stage_run_reset(&R);
        char text[1024];
        snprintf(text, sizeof text, "Bupati Resmikan Program Desa Mandiri\n\nBANTUL - Pemerintah kabupaten "
                 "meresmikan program desa mandiri di seluruh kecamatan, Senin (5/5/2025).\n\nProgram itu dibiayai "
                 "dana desa dan bantuan provinsi.\n\n(Humas/Nrl)\nBagikan: Facebook | WhatsApp\n%s", LISTS[i]);
        ck_assert_int_eq(read_text(text), ST_OK);
        ck_assert_uint_eq(R.rec.paragraphs.len, 3);
        ck_assert_str_eq(para(2), "(Humas/Nrl)");
    }
}
END_TEST

START_TEST(press_contact_block_is_dropped)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nParagraf pertama.\n\nNarahubung:\nYuliana Kartikasari\n"
                               "0813-8890-2231\n\nPenulis: Paskalis Tabuni\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(para(1), "Penulis: Paskalis Tabuni");
}
END_TEST

START_TEST(text_without_body_is_no_article)
{
    ck_assert_int_eq(read_text("\n\n  \n"), ST_NO_ARTICLE);
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Judul Saja\n"), ST_NO_ARTICLE);
}
END_TEST

/* A megabyte of separators and label words stays linear (the test times out otherwise). */
START_TEST(hostile_lines_stay_linear)
{
    enum { N = 1 << 20 };
    char *text = malloc(N + 1);
    ck_assert_ptr_nonnull(text);
    static const char PATTERN[] = "Tags:\nBaca juga:\n| | Foto: (\n. Foto: a\n\n";
    for (size_t i = 0; i < N; i++)
        text[i] = PATTERN[i % (sizeof PATTERN - 1)];
    text[N] = '\0';
    stage_error err;
    text_read(text, N, &R.rec, &R.hints, R.a, &err);
    free(text);
}
END_TEST

START_TEST(a_long_line_is_never_the_headline)
{
    /* A one-word first line and a paragraph of 45 words: the paragraph is body, not headline. */
    ck_assert_int_eq(read_text("Judul\n\nKUPANG - satu dua tiga empat lima enam tujuh delapan sembilan sepuluh "
                               "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh satu dua tiga empat "
                               "lima enam tujuh delapan sembilan sepuluh satu dua tiga empat lima enam tujuh "
                               "delapan sembilan sepuluh satu dua tiga empat lima\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Judul");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

START_TEST(header_date_line_keeps_its_time)
{
    ck_assert_int_eq(read_text("Bupati Resmikan Pasar Rakyat Baru di Kota\n"
                               "Jumat, 25 Juli 2025 | 09:30 WITA | Oleh: Maria Lalu\n\n"
                               "KUPANG - Bupati meresmikan pasar baru bersama warga kota.\n"),
                     ST_OK);
    ck_assert_str_eq(R.hints.published_visible, "Jumat, 25 Juli 2025 | 09:30 WITA | Oleh: Maria Lalu");
    ck_assert_uint_eq(R.hints.credit_lines.len, 1);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

#define LEAD "Pemerintah kabupaten menggelar rapat koordinasi bersama seluruh perangkat daerah di aula kantor bupati pada pagi hari ini."

/* A text that opens with its body has no headline: the lead stays in the body, dateline and all. */
START_TEST(text_opening_with_the_body_has_no_title)
{
    ck_assert_int_eq(read_text("KOBA \xE2\x80\x93 " LEAD "\n\nParagraf kedua.\n"), ST_OK);
    ck_assert_ptr_null(R.rec.title);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert(strncmp(para(0), "KOBA", 4) == 0);
    /* ... under a village site's name, its address of units and its menu */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Website Resmi Desa Tanjung Peranap\nKecamatan Tebing Tinggi Barat, Kabupaten "
                               "Kepulauan Meranti, Provinsi Riau\nBeranda  Profil Desa  Pemerintahan  Artikel\n\n"
                               "Tanjung Peranap \xE2\x80\x93 " LEAD "\n\nParagraf kedua.\n"),
                     ST_OK);
    ck_assert_ptr_null(R.rec.title);
}
END_TEST

/* "Siaran Pers" alone over a headline is its category badge, never the
 * headline itself. */
START_TEST(press_release_badge_over_the_headline)
{
    ck_assert_int_eq(read_text("Beranda  Profil  Layanan  Berita\n\nSiaran Pers\n\nKanwil BPN Bengkulu Serahkan 1.200 "
                               "Sertipikat PTSL kepada Warga\n\nBENGKULU \xE2\x80\x93 " LEAD "\n\nParagraf kedua.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Kanwil BPN Bengkulu Serahkan 1.200 Sertipikat PTSL kepada Warga");
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "Siaran Pers");
}
END_TEST

/* The site's name over its menu on one line loses to a headline in
 * sentence case (Antara's); "Website Resmi Desa X" names the site, never the
 * headline of a copy that has none. */
START_TEST(site_name_over_a_gapped_menu)
{
    ck_assert_int_eq(read_text("ANTARA Kantor Berita Indonesia\nTerkini   Politik   Hukum   Ekonomi   Metro   Bola\n\n"
                               "Harga lada putih di Babel turun jadi Rp98.000 per kilogram\n\nKamis, 2 Juli 2026 15:22 "
                               "WIB\n\nPangkalpinang (ANTARA) - " LEAD "\n\nParagraf kedua.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Harga lada putih di Babel turun jadi Rp98.000 per kilogram");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Website Resmi Desa Molombulahe Utara\nKecamatan Tilamuta \xE2\x80\x93 Kabupaten Boalemo "
                               "\xE2\x80\x93 Provinsi Gorontalo\n"
                               "Beranda   Profil Desa   Pemerintahan   Berita Desa\n\n08 April 2026  |  Kategori: Dana "
                               "Desa\n\nMolombulahe Utara \xE2\x80\x93 " LEAD "\n\nParagraf kedua.\n"),
                     ST_OK);
    ck_assert_ptr_null(R.rec.title);
}
END_TEST

/* Blogger's pager under a post ("Posting Lebih Baru  Posting Lama  Beranda")
 * ends the article: it is none of its paragraphs (and the sign-off above it
 * is the article's last). */
START_TEST(blogger_pager_ends_the_article)
{
    ck_assert_int_eq(read_text("Skrining TBC dari Rumah ke Rumah\n\nKUBU \xE2\x80\x93 " LEAD "\n\nParagraf kedua.\n\n"
                               "(Promkes Kubu II/Ara)\n\nDiposting oleh Admin Puskesmas di 09.12\n\nBagikan ke "
                               "WhatsApp | Facebook\n\nPosting Lebih Baru   Posting Lama   Beranda\n"),
                     ST_OK);
    for (size_t i = 0; i < R.rec.paragraphs.len; i++)
        ck_assert_ptr_null(strstr(para(i), "Posting Lama"));
}
END_TEST

/* A copy with no headline under the site's name over its one-line menu:
 * the name is no headline, short as it is. */
START_TEST(site_name_over_its_menu_is_no_headline)
{
    ck_assert_int_eq(read_text("RADAR SULBAR\nMamuju  Majene  Polman  Mamasa  Pasangkayu  Politik  Hukum\n\n21 Sep "
                               "2026, 15:30 WITA\n\nMAMUJU, Radar Sulbar \xE2\x80\x93 " LEAD "\n\nParagraf kedua.\n"),
                     ST_OK);
    ck_assert_ptr_null(R.rec.title);
}
END_TEST

/* Menus, a ticker, a slogan, a contact line and a badge above the headline;
 * a bulleted byline, date and view counter under it. */
START_TEST(menu_ticker_badge_and_bulleted_byline)
{
    ck_assert_int_eq(read_text("ppid@contoh.go.id (0761) 45505\nBeranda | Profil | Berita\nBreaking News\n"
                               "Informasi berita terbaru mengenai perkembangan daerah\nBerita\n"
                               "Bupati Buka Rapat Koordinasi Daerah\n  \xE2\x80\xA2   Hendra Saputra\n"
                               "  \xE2\x80\xA2   29 Januari 2024\n  \xE2\x80\xA2   370 kali dilihat\n"
                               "Samarinda - " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Buka Rapat Koordinasi Daerah");
    ck_assert_str_eq(R.hints.published_visible, "29 Januari 2024");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Hendra Saputra");
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "Berita");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    /* a menu's last items and a login box above the headline are no badges */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Beranda\nProfil\nPengaduan\nHubungi Kami\n"
                               "Bupati Buka Rapat Koordinasi Daerah\n\nSamarinda - " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Buka Rapat Koordinasi Daerah");
    ck_assert_uint_eq(R.rec.labels.len, 0);
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Username\nPassword\nBupati Buka Rapat Koordinasi Daerah\n\nSamarinda - " LEAD "\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 0);
    /* nor a menu's last items that are section names, four or more lines one under another */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("TRIBUNKALTIM.CO\nSamarinda\nBalikpapan\nKaltim\nKubar\nVideo\n\n"
                               "Bupati Buka Rapat Koordinasi Daerah\n\nSamarinda - " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Buka Rapat Koordinasi Daerah");
    ck_assert_uint_eq(R.rec.labels.len, 0);
    /* a menu's items may be links of furniture or names of three words */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Home\nBanjarmasin\nKalsel\nHulu Sungai Tengah\nNasional\nSport\n\n"
                               "Bupati Buka Rapat Koordinasi Daerah\n\nSamarinda - " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Buka Rapat Koordinasi Daerah");
    ck_assert_uint_eq(R.rec.labels.len, 0);
    /* the site's name right over such a menu is no headline either, in title case or not */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("ANTARA News Kalimantan Barat\nTerkini\nKalbar\nPontianak\nEkonomi\nPolitik\n\n"
                               "Banjir rendam 1.200 rumah di Putussibau, BPBD buka tiga posko pengungsian\n\n"
                               "Senin, 16 November 2026 14:05 WIB\n\nPutussibau (ANTARA) - " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Banjir rendam 1.200 rumah di Putussibau, BPBD buka tiga posko pengungsian");
    /* nor a follow button ("Ikuti", "Ikuti kami di Google News") */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Ikuti\nBupati Buka Rapat Koordinasi Daerah\n\nSamarinda - " LEAD "\n"), ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 0);
}
END_TEST

/* Category badges a copy glued together: cut at a capital after a small
 * letter, before a capitalised word after capitals, and inside a word of
 * capitals where its tail is a word of the article; a chrome link among
 * them is passed over. A glued line of share links is no badges. */
START_TEST(glued_badges_above_the_headline)
{
    ck_assert_int_eq(read_text("BeritaHEADLINEKENDARISulawesi Tenggara\nBupati Buka Rapat Koordinasi Daerah\n"
                               "KENDARI - " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Buka Rapat Koordinasi Daerah");
    ck_assert_uint_eq(R.rec.labels.len, 3);
    ck_assert_str_eq(R.rec.labels.items[0], "Berita");
    ck_assert_str_eq(R.rec.labels.items[1], "KENDARI");
    ck_assert_str_eq(R.rec.labels.items[2], "Sulawesi Tenggara");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("PemerintahanPROV KENDARIKENDARI\nBupati Buka Rapat Koordinasi Daerah\n"
                               "KENDARI - " LEAD "\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 3);
    ck_assert_str_eq(R.rec.labels.items[1], "PROV KENDARI");
    ck_assert_str_eq(R.rec.labels.items[2], "KENDARI");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("FacebookTwitterWhatsApp\nBupati Buka Rapat Koordinasi Daerah\nKENDARI - " LEAD "\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 0);
}
END_TEST

/* A headline shown twice, and a caption shown twice above the lead: the
 * headline is the title, the caption no lead; a teaser that opens a later
 * paragraph is no lead either; a bulleted menu line is neither. */
START_TEST(repeated_headline_and_caption)
{
    ck_assert_int_eq(read_text("\xE2\x80\xA2 SMART CITY : Based on E-gov, Semarang More Accountable, Realistic and the "
                               "Transparent City for all of us.\n"
                               "Bupati Buka Rapat Koordinasi Daerah\n760\nBupati Buka Rapat Koordinasi Daerah\n"
                               "Sebarkan artikel ini\n"
                               "Bupati memberikan arahan kepada seluruh kepala dinas dalam rapat koordinasi daerah di aula kantor bupati.\n"
                               "Bupati memberikan arahan kepada seluruh kepala dinas dalam rapat koordinasi daerah di aula kantor bupati.\n"
                               "KENDARI, Contohnews.com \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Buka Rapat Koordinasi Daerah");
    ck_assert_uint_eq(R.rec.paragraphs.len, 2); /* the caption once */
    ck_assert_int_eq(kind(0), PARA_CAPTION);
    ck_assert_int_eq(kind(1), PARA_BODY);
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Bupati Buka Rapat Koordinasi Daerah\n\nRapat digelar di aula kantor bupati bersama "
                               "seluruh kepala dinas dan camat se-kabupaten pada pagi hari ini.\n\n"
                               "AMBON \xE2\x80\x93 " LEAD "\n\nRapat digelar di aula kantor bupati bersama seluruh "
                               "kepala dinas dan camat se-kabupaten pada pagi hari ini. Rapat dibuka bupati.\n"),
                     ST_OK);
    ck_assert_int_eq(kind(0), PARA_CAPTION);
    ck_assert(strncmp(para(1), "AMBON", 5) == 0);
}
END_TEST

/* A headline that ends in a date, shown again under a close mark: the
 * second copy is no date line (the page's date is the lead's), nor a
 * caption. */
START_TEST(repeated_headline_with_a_date_is_no_date_line)
{
    ck_assert_int_eq(read_text("Operasi Zebra Digelar 4 Hingga 17 September 2023\n\n\xC3\x97\n\n"
                               "Operasi Zebra Digelar 4 Hingga 17 September 2023\n\nSebarkan artikel ini\n\n"
                               "TANJUNG BALAI \xE2\x80\x93 Operasi Zebra digelar mulai 4 hingga 17 September 2023 di "
                               "seluruh wilayah hukum Polres, kata Kapolres, Senin (4/9).\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Operasi Zebra Digelar 4 Hingga 17 September 2023");
    ck_assert_ptr_null(R.hints.published_visible);
    ck_assert_uint_eq(R.hints.date_lines.len, 0);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert_int_eq(kind(0), PARA_BODY);
}
END_TEST

/* A date line that goes on with when the page was changed: the date before
 * the update label is the page's (a Blogger theme's "Last Updated" stamp in
 * UTC, a "Diperbarui" date a day later). */
START_TEST(date_line_before_an_update_label)
{
    static const char *const LINES[][2] = {
        {"Kamis, 12 Maret 2020, 20:35 WIB Last Updated 2020-03-12T13:36:48Z", "Kamis, 12 Maret 2020, 20:35 WIB"},
        {"Senin, 5 Mei 2025 09:30 WIB Diperbarui: Selasa, 6 Mei 2025 10:00 WIB", "Senin, 5 Mei 2025 09:30 WIB"},
    };
    for (size_t i = 0; i < sizeof LINES / sizeof *LINES; i++) {
        stage_run_reset(&R);
        char page[512];
        snprintf(page, sizeof page, "Peringatan Hari Jadi Kota Resmi Dibuka\n\n%s\n\nSEMARANG \xE2\x80\x93 " LEAD "\n",
                 LINES[i][0]);
        ck_assert_int_eq(read_text(page), ST_OK);
        ck_assert_ptr_nonnull(R.hints.published_visible);
        ck_assert_int_eq(strncmp(R.hints.published_visible, LINES[i][1], strlen(LINES[i][1])), 0);
    }
}
END_TEST

/* A login name in small letters before a date line with its clock is the
 * author ("suharni 22 Juni 2024 14:18:29 WIB"); a word a list knows ("oleh",
 * "admin") or a line without a clock gives none. */
START_TEST(login_name_before_the_date_line)
{
    static const struct {
        const char *line, *author;
    } CASES[] = {
        {"suharni 22 Juni 2024 14:18:29 WIB", "suharni"},
        {"admin 22 Juni 2024 14:18:29 WIB", NULL},
        {"oleh 22 Juni 2024 14:18:29 WIB", NULL},
        {"suharni 22 Juni 2024", NULL},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        stage_run_reset(&R);
        char page[512];
        snprintf(page, sizeof page, "AWAL KEGIATAN BERSIH DUSUN DI KALURAHAN SEMANU\n%s\nSemanu (SIDA) \xE2\x80\x93 " LEAD
                 "\n", CASES[i].line);
        ck_assert_int_eq(read_text(page), ST_OK);
        ck_assert_ptr_nonnull(R.hints.published_visible);
        if (CASES[i].author) {
            ck_assert_uint_eq(R.rec.credits.len, 1);
            ck_assert_str_eq(R.rec.credits.items[0].name, CASES[i].author);
            ck_assert_int_eq(R.rec.credits.items[0].role, CREDIT_AUTHOR);
            ck_assert_str_eq(R.hints.published_visible, "22 Juni 2024 14:18:29 WIB");
        } else {
            ck_assert_uint_eq(R.rec.credits.len, 0);
        }
    }
}
END_TEST

/* A labelled byline before the date on one line ("Oleh X - Jumat, 17
 * Oktober 2025, 14:05", the label in small letters too): the credit and
 * the date line both. */
START_TEST(labelled_byline_before_the_date)
{
    static const char *const LINES[] = {"Oleh Yohana Lubantobing - Jumat, 17 Oktober 2025, 14:05",
                                        "oleh Yohana Lubantobing - Jumat, 17 Oktober 2025, 14:05"};
    for (size_t i = 0; i < sizeof LINES / sizeof *LINES; i++) {
        stage_run_reset(&R);
        char page[512];
        snprintf(page, sizeof page, "Siswa SMKN 2 Tarakan Pamerkan Hasil Projek P5\n\n%s\n\nTarakan \xE2\x80\x93 " LEAD
                 "\n", LINES[i]);
        ck_assert_int_eq(read_text(page), ST_OK);
        ck_assert_ptr_nonnull(R.hints.published_visible);
        ck_assert_str_eq(R.hints.published_visible, "Jumat, 17 Oktober 2025, 14:05");
        ck_assert_uint_eq(R.rec.credits.len, 1);
        ck_assert_str_eq(R.rec.credits.items[0].name, "Yohana Lubantobing");
    }
}
END_TEST

/* A post's entry-meta line under the headline ("Diposting pada 5 Desember
 * 2024 oleh Instalasi PKRS"): never the headline; the date line and the
 * byline. */
START_TEST(posting_line_under_the_headline)
{
    ck_assert_int_eq(read_text("RSUD Sultan Imanuddin Resmikan Poli Tumbuh Kembang Anak\n"
                               "Diposting pada 5 Desember 2024 oleh Instalasi PKRS\n\n"
                               "Pangkalan Bun \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "RSUD Sultan Imanuddin Resmikan Poli Tumbuh Kembang Anak");
    ck_assert_ptr_nonnull(R.hints.published_visible);
    ck_assert(strstr(R.hints.published_visible, "5 Desember 2024") != NULL);
    ck_assert_uint_eq(R.hints.credit_lines.len, 1);
    ck_assert_str_eq(R.hints.credit_lines.items[0], "oleh Instalasi PKRS");
    stage_run_reset(&R); /* WordPress's English "Posted on <date> by X" */
    ck_assert_int_eq(read_text("Geopark Merangin Buka Jalur Baru\n"
                               "Posted on 16/05/2026 by Sekretariat BP Geopark Merangin\n\n"
                               "BANGKO \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Geopark Merangin Buka Jalur Baru");
    ck_assert_uint_eq(R.hints.credit_lines.len, 1);
    ck_assert_str_eq(R.hints.credit_lines.items[0], "by Sekretariat BP Geopark Merangin");
}
END_TEST

/* A byline with a credit label and no colon, then its furniture after a
 * separator ("Penulis Dewi Anggraeni Sastrowardoyo · 3 menit baca"): no
 * headline; the author's credit. */
START_TEST(labelled_byline_with_furniture)
{
    ck_assert_int_eq(read_text("Fahutan Unmul Latih 40 Petani Madu Kelulut\n"
                               "Penulis Dewi Anggraeni Sastrowardoyo \xC2\xB7 3 menit baca\n13 Maret 2025\n\n"
                               "TENGGARONG \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Fahutan Unmul Latih 40 Petani Madu Kelulut");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Dewi Anggraeni Sastrowardoyo");
    ck_assert_int_eq(R.rec.credits.items[0].role, CREDIT_AUTHOR);
}
END_TEST

/* Credits by their labels with no colons, parted by a bar ("Penulis
 * Kontributor Kompas.com, Bungo, X | Editor Y", Kompas's byline box copied):
 * a credit line, the contributor's for the metadata stage to read. */
START_TEST(labelled_credits_without_colons)
{
    ck_assert_int_eq(read_text("Harga Karet Anjlok, Petani Bungo Beralih ke Sawit\n"
                               "Penulis Kontributor Kompas.com, Bungo, Fahrul Anwar Siregar | Editor Dita Angelina "
                               "Purba\n\nBUNGO, KOMPAS.com \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Harga Karet Anjlok, Petani Bungo Beralih ke Sawit");
    ck_assert_uint_eq(R.hints.credit_lines.len, 1);
    ck_assert_str_eq(R.hints.credit_lines.items[0], "Penulis: Kontributor Kompas.com, Bungo, Fahrul Anwar Siregar");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Dita Angelina Purba");
    ck_assert_int_eq(R.rec.credits.items[0].role, CREDIT_EDITOR);
}
END_TEST

/* ... and with nothing after the name ("Reporter Theresia Yikwa", Jubi's
 * byline): the credit of the label's role, the label no part of the name. */
START_TEST(labelled_byline_alone)
{
    ck_assert_int_eq(read_text("Mama-Mama Pedagang Pasar Jibama Minta Los Beratap\nReporter Theresia Yikwa\n"
                               "Editor: Dominggus Mabel\n13 Maret 2025\n\nWAMENA \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Mama-Mama Pedagang Pasar Jibama Minta Los Beratap");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Theresia Yikwa");
    ck_assert_int_eq(R.rec.credits.items[0].role, CREDIT_REPORTER);
}
END_TEST

/* A press release copied from its PDF, hard-wrapped: a headline wrapped at
 * its comma is one headline, and an acronym glued to a name's word opening
 * it ("BBVet") is no category badge. */
START_TEST(headline_wrapped_at_its_comma)
{
    ck_assert_int_eq(read_text("SIARAN PERS\nMaros, 9 September 2026\n"
                               "BBVet Maros Temukan 19 Sampel Positif Rabies,\nWarga Diimbau Vaksinasi Anjing\n\n"
                               "MAROS \xE2\x80\x93 Balai Besar Veteriner (BBVet) Maros menemukan 19 sampel otak"
                               " anjing\n"
                               "positif rabies dari 312 sampel yang diperiksa sepanjang Januari hingga Agustus\n"
                               "2026. Sampel berasal dari kabupaten dan kota di Sulawesi Selatan, Sulawesi Barat\n"
                               "dan Sulawesi Tenggara yang dikirim oleh dinas peternakan setiap bulan sekali.\n"
                               "Kepala BBVet Maros mengatakan sebagian besar sampel positif berasal dari anjing\n"
                               "liar dan anjing peliharaan yang tidak pernah divaksin oleh pemiliknya selama ini.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "BBVet Maros Temukan 19 Sampel Positif Rabies, Warga Diimbau Vaksinasi Anjing");
    ck_assert_uint_eq(R.rec.labels.len, 0);
}
END_TEST

/* Lines broken inside a sentence join into one paragraph. */
START_TEST(hard_wrapped_lines_join)
{
    ck_assert_int_eq(read_text("Minggu (30/03/2025), Kabupaten\nBuleleng memperingati hari jadi kota yang ke-421,\n"
                               "dan upacara digelar secara khidmat di lapangan\nkota bersama jajaran pemerintah daerah.\n"
                               "Dalam sambutannya, Bupati\nmenyampaikan rasa syukur atas keselamatan yang\n"
                               "diberikan kepada masyarakat.\n"),
                     ST_OK);
    ck_assert_ptr_null(R.rec.title);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(para(1), "Dalam sambutannya, Bupati menyampaikan rasa syukur atas keselamatan yang diberikan "
                              "kepada masyarakat.");
}
END_TEST

/* A dateline alone on its line, its dash closing it, opens the lead after
 * it ("Jakarta, CNN Indonesia --" / "" / "Badan Pusat Statistik ..."): no
 * headline, the headline stays the one above. */
START_TEST(lone_dateline_joins_its_lead)
{
    ck_assert_int_eq(read_text("CNN Indonesia\n\nBPS: Inflasi November 2026 Capai 0,41 Persen\n\nCNN Indonesia\n"
                               "Selasa, 01 Des 2026 13:45 WIB\n\nJakarta, CNN Indonesia --\n\n"
                               "Badan Pusat Statistik (BPS) mencatat inflasi bulanan November 2026 sebesar 0,41 "
                               "persen, tertinggi sejak Maret 2026.\n\nSecara tahunan, inflasi mencapai 2,87 persen "
                               "menurut data yang dirilis di kantor pusat BPS di Jakarta.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "BPS: Inflasi November 2026 Capai 0,41 Persen");
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(para(0), "Jakarta, CNN Indonesia -- Badan Pusat Statistik (BPS) mencatat inflasi bulanan "
                              "November 2026 sebesar 0,41 persen, tertinggi sejak Maret 2026.");
}
END_TEST

/* The headline over a summary line the lead repeats (a dek), and over a
 * shorter form of itself nearer the lead (an image's alt text). */
START_TEST(headline_over_dek_and_short_form)
{
    ck_assert_int_eq(read_text("Kalapas Narkotika Pimpin 1013 Warga Binaan Senam Maumere\n"
                               "Sebanyak 1.013 warga binaan Lapas Narkotika Kelas IIA Pematangsiantar Kanwil "
                               "Kemenkumham Sumut melaksanakan senam Maumere\n"
                               "TRIBUN-MEDAN.com, SIANTAR - Sebanyak 1.013 warga binaan Lapas Narkotika Kelas IIA "
                               "Pematangsiantar Kanwil Kemenkumham Sumut melaksanakan senam Maumere yang dipimpin "
                               "langsung oleh Kalapas, Jumat (24/06/2022).\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Kalapas Narkotika Pimpin 1013 Warga Binaan Senam Maumere");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Gubernur H Sutarmidji Bahas Persiapan MTQ Ke-XXX Bersama LPTQ Kalbar\n\n"
                               "Editor: Redaksi\n\nBahas Persiapan MTQ Bersama LPTQ Kalbar\n\n"
                               "PONTIANAK - Ketua Umum LPTQ Provinsi Kalbar berkunjung ke Pendopo Gubernur untuk "
                               "membahas persiapan MTQ tingkat provinsi tahun ini.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Gubernur H Sutarmidji Bahas Persiapan MTQ Ke-XXX Bersama LPTQ Kalbar");
}
END_TEST

/* A label line above the headline is the article's ("Categories: Pontianak"). */
START_TEST(label_line_above_the_headline)
{
    ck_assert_int_eq(read_text("Categories: Pontianak\n\nPembangunan Asrama Haji Kalbar Ditargetkan Rampung\n\n"
                               "Pontianak - " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Pembangunan Asrama Haji Kalbar Ditargetkan Rampung");
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "Pontianak");
}
END_TEST

/* A summary the lead repeats after its dateline is no lead, even with a
 * chrome line between them: the body opens with the dateline. */
START_TEST(teaser_the_lead_repeats)
{
    ck_assert_int_eq(read_text("Sawahlunto Menjadi Kota Terakhir Miliki Dinas Kominfo\n\n"
                               "Kota Sawahlunto tahun 2021 ini akan menjadi kota terakhir di Sumatera Barat yang "
                               "memiliki Dinas Kominfo. Hal ini disampaikan Wali Kota Sawahlunto saat membuka rapat.\n"
                               "IKLAN GUBERNUR\n\n"
                               "SAWAHLUNTO, binews.id - Kota Sawahlunto tahun 2021 ini akan menjadi kota terakhir di "
                               "Sumatera Barat yang memiliki Dinas Kominfo.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_int_eq(kind(0), PARA_CAPTION);
    ck_assert_int_eq(kind(1), PARA_BODY);
    ck_assert(strncmp(para(1), "SAWAHLUNTO, binews.id", 21) == 0);
}
END_TEST

/* In a text wrapped nowhere else, a prose line broken inside its sentence
 * joins the next; a lead's first line is never a heading; a headline in
 * capitals over a poster's login stays apart. */
START_TEST(one_broken_line_joins)
{
    ck_assert_int_eq(read_text("Judul Berita Peresmian Gedung\n\n"
                               "Pesawaran, BuanaInformasi.com - Dalam rangka peresmian penggunaan gedung Pengadilan "
                               "Agama yang diresmikan\nlangsung oleh Direktur Pembinaan Teknis didampingi Bupati.\n"
                               "Sebanyak 66 pasangan suami istri mengikuti sidang isbat terpadu.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_int_eq(kind(0), PARA_BODY);
    ck_assert_str_eq(para(0), "Pesawaran, BuanaInformasi.com - Dalam rangka peresmian penggunaan gedung Pengadilan "
                              "Agama yang diresmikan langsung oleh Direktur Pembinaan Teknis didampingi Bupati.");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("AWAL KEGIATAN BERSIH DUSUN ENAM PADUKUHAN DI KALURAHAN SEMANU\nsuharni 22 Juni 2024 "
                               "14:18:29 WIB\nSemanu (SIDA) - Pada Jumat malam padukuhan melaksanakan pengajian.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "AWAL KEGIATAN BERSIH DUSUN ENAM PADUKUHAN DI KALURAHAN SEMANU");
    /* a parenthesis the line leaves open, in title case */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Kakanwil Buka Media Gathering\n\nMedan, MPOL - Kepala Kanwil Kementerian Agama Provinsi "
                               "Sumatera Utara (Kakanwil\nKemenagsu) H. Ahmad Qosbi membuka kegiatan media gathering "
                               "bersama wartawan di Medan.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert(strstr(para(0), "(Kakanwil Kemenagsu) H. Ahmad Qosbi") != NULL);
}
END_TEST

/* Share bars, counters, phone numbers, image placeholders are never
 * paragraphs; a comment form ends the article; a hashtag line is labels. */
START_TEST(chrome_lines_are_never_paragraphs)
{
    ck_assert_int_eq(read_text("Bupati Buka Rapat Koordinasi Daerah\n\n" LEAD "\nFacebook\nTwitter\nWhatsApp\n"
                               "Responsive image\n1623 views\n(0271) 2931667\nfoto-rapat.jpg\n"
                               "Paragraf kedua.\n#rapat #bupati\nFormulir Penulisan Komentar\nNama\nParagraf lain.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(para(1), "Paragraf kedua.");
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert_str_eq(R.rec.labels.items[1], "#bupati");
}
END_TEST

/* "Place, date" on a line of its own gives the dateline and the date;
 * a byline glued to its date gives the writer. */
START_TEST(place_date_line_and_byline_before_a_date)
{
    ck_assert_int_eq(read_text("APEL PAGI BERSAMA DI DESA MARGO MULYO\nDesa Margo Mulyo, 15 Januari 2024\n" LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.dateline, "Desa Margo Mulyo");
    ck_assert_str_eq(R.hints.published_visible, "15 Januari 2024");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Apel Rutin Senin Bahas Kesiapan Acara\nDwi Wardani 29 September 2025 09:18:28 WIB\n"
                               LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Apel Rutin Senin Bahas Kesiapan Acara");
    ck_assert_str_eq(R.hints.published_visible, "29 September 2025 09:18:28 WIB");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Dwi Wardani");
    ck_assert_int_eq(R.rec.credits.items[0].role, CREDIT_AUTHOR);
    /* a credit label after the name's comma gives the role */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Siaga Hadapi Banjir BNPB Anggarkan Dana\nSarah Hutagaol, Jurnalis \xC2\xB7 Kamis 31 "
                               "Oktober 2019 17:50 WIB\n" LEAD "\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Sarah Hutagaol");
    ck_assert_int_eq(R.rec.credits.items[0].role, CREDIT_REPORTER);
    /* ... and on a line of its own, the date under it (Okezone's byline) */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Siaga Hadapi Banjir BNPB Anggarkan Dana\n\nFaisal Rizki Maulana, Jurnalis\n"
                               "Jum'at, 04 Desember 2026 - 13:40 WIB\n\n" LEAD "\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Faisal Rizki Maulana");
    ck_assert_int_eq(R.rec.credits.items[0].role, CREDIT_REPORTER);
    ck_assert_str_eq(R.rec.title, "Siaga Hadapi Banjir BNPB Anggarkan Dana");
}
END_TEST

/* A date line with its clock, views and category is no headline; a sentence
 * with "/" or a gap in it is no menu; a line opening with a dateline that a
 * line break cut short opens the body. */
START_TEST(date_view_line_and_slashed_prose)
{
    ck_assert_int_eq(read_text("Lintas Berita\nKamis, 18 Nov 2021, 23:12:47 WIB, 390 View HMSSBY, Kategori : Humas\n"
                               "Hadir Ketua, Wakil Ketua / Hakim Senior, Panitera dan Sekretaris dalam rapat kerja daerah di aula "
                               "kantor pengadilan.\n"),
                     ST_OK);
    ck_assert_ptr_null(R.rec.title);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Medan, MPOL - Kepala Kanwil Kementerian Agama Provinsi Sumatera Utara (Kakanwil\n"
                               "Kemenagsu) membuka rapat kerja bersama seluruh kepala kantor kabupaten dan kota di aula.\n"),
                     ST_OK);
    ck_assert_ptr_null(R.rec.title);
    ck_assert(strncmp(para(0), "Medan, MPOL", 11) == 0);
    /* a section's name over a text with no headline is none */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Beranda   Profil   Akademik   Penelitian   Berita   Pengumuman   Kontak\n\nBerita\n\n"
                               "Humas UHO | Senin, 4 Mei 2026\n\nKendari, Humas UHO \xE2\x80\x93 Tim peneliti FPIK UHO "
                               "menyerahkan 20.000 bibit rumput laut kepada pembudidaya di Desa Bungin Permai.\n"),
                     ST_OK);
    ck_assert_ptr_null(R.rec.title);
}
END_TEST

/* An index page of teasers, each a headline with its date and a summary
 * cut short, is a listing: no title, no body, no date of its own. An
 * article's related list after "Berita Terkait" makes no listing. */
START_TEST(index_page_is_a_listing)
{
    ck_assert_int_eq(read_text("Beranda | Berita | Kategori\nKategori: Pemerintahan\n\n"
                               "Bupati Buka Rapat Koordinasi Daerah\n12 Juni 2025\nBupati membuka rapat koordinasi ...\n\n"
                               "Wakil Bupati Tinjau Pasar Rakyat Baru\n11 Juni 2025\nWakil bupati meninjau pasar ...\n\n"
                               "Sekda Lantik Pejabat Administrator Daerah\n10 Juni 2025\nSekda melantik pejabat ...\n"),
                     ST_OK);
    ck_assert_int_eq(R.rec.page_type, PAGE_TYPE_LISTING);
    ck_assert_ptr_null(R.rec.title);
    ck_assert_ptr_null(R.hints.published_visible);
    ck_assert_uint_eq(R.rec.paragraphs.len, 6);
    ck_assert_int_eq(kind(0), PARA_HEADING);
    ck_assert_int_eq(kind(1), PARA_CAPTION);
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Bupati Buka Rapat Koordinasi Daerah\n12 Juni 2025\n\n" LEAD "\n\nBerita Terkait\n"
                               "Wakil Bupati Tinjau Pasar Rakyat Baru\n11 Juni 2025\n"
                               "Sekda Lantik Pejabat Administrator Daerah\n10 Juni 2025\n"
                               "Camat Resmikan Balai Warga Kelurahan\n9 Juni 2025\n"),
                     ST_OK);
    ck_assert_int_eq(R.rec.page_type, PAGE_TYPE_ARTICLE);
    ck_assert_str_eq(R.rec.title, "Bupati Buka Rapat Koordinasi Daerah");
    stage_run_reset(&R); /* teasers after an article, under a heading that is no end label */
    ck_assert_int_eq(read_text("Bupati Buka Rapat Koordinasi Daerah\n12 Juni 2025\n\n" LEAD "\n\n"
                               "Rapat membahas kesiapan daerah menghadapi musim kemarau yang panjang tahun ini.\n\n"
                               "Kabar Sepekan\nWakil Bupati Tinjau Pasar Rakyat Baru\n11 Juni 2025\n"
                               "Sekda Lantik Pejabat Administrator Daerah\n10 Juni 2025\n"
                               "Camat Resmikan Balai Warga Kelurahan\n9 Juni 2025\n"),
                     ST_OK);
    ck_assert_int_eq(R.rec.page_type, PAGE_TYPE_ARTICLE);
    stage_run_reset(&R); /* a search's results, each teaser with its category and read-more link */
    ck_assert_int_eq(read_text("Hasil Pencarian: \"jagung\"\nDitemukan 23 hasil\n"
                               "Panen Raya Jagung di Gantarangkeke\nKamis, 26 November 2026\nPertanian\n"
                               "BANTAENG \xE2\x80\x93 Pemerintah menggelar panen raya jagung ...\nBaca selengkapnya\n"
                               "Harga Jagung Pipil Kering Turun\nSenin, 12 Oktober 2026\nEkonomi\n"
                               "Petani diminta menunda penjualan jagung ...\nBaca selengkapnya\n"
                               "Bantaeng Salurkan 40 Ton Benih Jagung\nJumat, 25 September 2026\nPertanian\n"
                               "Benih jagung disalurkan kepada 96 kelompok tani ...\nBaca selengkapnya\n"),
                     ST_OK);
    ck_assert_int_eq(R.rec.page_type, PAGE_TYPE_LISTING);
    stage_run_reset(&R); /* a monthly archive, each teaser's date first on a meta line */
    ck_assert_int_eq(read_text("Arsip Bulanan: November 2026\n"
                               "Sanggar Tuah Laut Wakili Bengkalis di Festival Zapin Riau\n"
                               "28 November 2026 \xC2\xB7 oleh Admin DKB \xC2\xB7 Tari\n"
                               "BENGKALIS \xE2\x80\x93 Sanggar Tuah Laut terpilih mewakili Kabupaten Bengkalis ...\n"
                               "Baca selengkapnya\n"
                               "Lomba Baca Syair dan Gurindam Tingkat Pelajar\n"
                               "19 November 2026 \xC2\xB7 oleh Admin DKB \xC2\xB7 Sastra\n"
                               "Sebanyak 64 pelajar mengikuti lomba baca syair ...\nBaca selengkapnya\n"
                               "Guru Seni Budaya Ikuti Lokakarya Musik Gambus\n"
                               "10 November 2026 \xC2\xB7 oleh Admin DKB \xC2\xB7 Musik\n"
                               "Sebanyak 30 guru seni budaya mengikuti lokakarya ...\nBaca selengkapnya\n"),
                     ST_OK);
    ck_assert_int_eq(R.rec.page_type, PAGE_TYPE_LISTING);
}
END_TEST

/* A long headline ending in a quoted name is no lead; a "Ket [Foto]:"
 * caption is no lead either. */
START_TEST(quoted_headline_and_bracketed_caption)
{
    ck_assert_int_eq(read_text("Pembinaan Ketua Muda Agama dalam Rangka \xE2\x80\x9CPeningkatan Integritas, Kinerja, dan "
                               "Kualitas Sumber Daya Manusia Peradilan\"\n.jpeg)\n" LEAD "\n"),
                     ST_OK);
    ck_assert(strncmp(R.rec.title, "Pembinaan Ketua Muda", 20) == 0);
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Ket [Foto]: Resepsi hari jadi kabupaten digelar secara luring dan daring di gedung "
                               "serbaguna kabupaten pada malam hari.\nMalam Resepsi Tutup Rangkaian Hari Jadi Kabupaten\n"
                               "Temanggung, Media Center \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Malam Resepsi Tutup Rangkaian Hari Jadi Kabupaten");
    ck_assert_int_eq(kind(0), PARA_CAPTION);
}
END_TEST

/* Header parts that are categories: "Politik" beside a date, "DAERAH 0 44"
 * beside counters; a region after the date is a tag, not a byline. */
START_TEST(header_categories_beside_dates_and_counters)
{
    ck_assert_int_eq(read_text("Bupati Buka Rapat Koordinasi Daerah\nRabu, 17 Maret 2021, 17:36 WIB | Politik | Kota Contoh\n"
                               LEAD "\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 0);
    ck_assert_uint_eq(R.rec.labels.len, 2);
    ck_assert_str_eq(R.rec.labels.items[0], "Politik");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Bupati Buka Rapat Koordinasi Daerah\nRedaksi\n12 Okt 2025 14:37\nDAERAH 0 44\n2 menit membaca\n"
                               LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Buka Rapat Koordinasi Daerah");
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "DAERAH");
    ck_assert_uint_eq(R.rec.credits.len, 0);
}
END_TEST

/* A caption opening with a pronoun, a date in English order and a
 * subscription prompt are no headline; a site's name above it is no badge. */
START_TEST(captions_dates_and_prompts_are_no_headline)
{
    ck_assert_int_eq(read_text("KANTOR KEMENTERIAN AGAMA\nKABUPATEN CONTOH\nBupati Salurkan Paket Bantuan bagi Warga\n"
                               "Ia didampingi Wakil Bupati dan Sekretaris Daerah beserta perwakilan donatur\n"
                               "September 21, 2018 22:00\n"
                               "Daftarkan email Anda untuk Berlangganan berita dikirim langsung ke mailbox Anda\n" LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Salurkan Paket Bantuan bagi Warga");
    ck_assert_uint_eq(R.rec.labels.len, 0);
    /* ... but a region's section written as one is ("Kabupaten Kupang", "Polres Jajaran") */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("POS-KUPANG.COM\nKabupaten Kupang\nPetambak Garam di Kabupaten Kupang Panen Lebih Banyak\n"
                               LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Petambak Garam di Kabupaten Kupang Panen Lebih Banyak");
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "Kabupaten Kupang");
}
END_TEST

/* A site's name after the headline is not the headline's. */
START_TEST(site_name_after_the_headline_is_dropped)
{
    ck_assert_int_eq(read_text("APEL PAGI BERSAMA DI DESA MARGO RAHAYU - DESA MARGO RAHAYU\n" LEAD "\n"), ST_OK);
    ck_assert_str_eq(R.rec.title, "APEL PAGI BERSAMA DI DESA MARGO RAHAYU");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Bupati Buka Rapat Koordinasi Daerah - Pemerintah Kabupaten Contoh\n" LEAD "\n"), ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Buka Rapat Koordinasi Daerah");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Tol Trans Jawa - Jalur Mudik Dibuka\n" LEAD "\n"), ST_OK);
    ck_assert_str_eq(R.rec.title, "Tol Trans Jawa - Jalur Mudik Dibuka");
}
END_TEST

/* A short opening sentence right above the long lead is body text; above a
 * lead opening with a dateline it is a caption. */
START_TEST(short_opening_sentence_joins_the_body)
{
    ck_assert_int_eq(read_text("Bupati Buka Rapat Koordinasi Daerah\nHai sahabat pembaca semua.\n" LEAD "\n"), ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_int_eq(kind(0), PARA_BODY);
    ck_assert_str_eq(para(0), "Hai sahabat pembaca semua.");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Bupati Buka Rapat Koordinasi Daerah\nHardi/KORAN CONTOH - Kepala dinas kesehatan.\n"
                               "PALANGKA RAYA \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_int_eq(kind(0), PARA_CAPTION);
    ck_assert(strncmp(para(1), "PALANGKA RAYA", 13) == 0);
}
END_TEST

/* A press release's "Untuk segera diterbitkan", an address and a phone
 * line are never the headline; a headline with a year and a count is. */
START_TEST(release_address_and_phone_are_no_headline)
{
    ck_assert_int_eq(read_text("SIARAN PERS\nUntuk segera diterbitkan\nJl. Merdeka Barat No. 9, Jakarta Pusat\n"
                               "Telp. (021) 3452841 Faks. (021) 3867600\nKementerian Gelar Rapat Koordinasi Nasional\n"
                               "Jakarta, 12 Juni 2025 \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Kementerian Gelar Rapat Koordinasi Nasional");
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Untuk segera diterbitkan\nJl. Merdeka Barat No. 9, Jakarta Pusat\n"
                               "Jakarta, 12 Juni 2025 \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_ptr_null(R.rec.title);
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Untuk segera diterbitkan\nTelp. (021) 3452841 Faks. (021) 3867600\n"
                               "Jakarta, 12 Juni 2025 \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_ptr_null(R.rec.title);
    stage_run_reset(&R);
    /* a headline's year and count are no phone number */
    ck_assert_int_eq(read_text("Hubungi Kami\nSelama Operasi Zebra 2024, Polres Tindak 412 Pelanggar\n"
                               "Humas Polres Sikka\nSenin, 28 Oktober 2024 - 09:30 WITA\n"
                               "Selama Operasi Zebra 2024, Polres Tindak 412 Pelanggar\n"
                               "Maumere \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Selama Operasi Zebra 2024, Polres Tindak 412 Pelanggar");
}
END_TEST

/* A release's number ends the headline with a month and a year in it:
 * a document's number, no byline's date. */
START_TEST(release_number_is_no_date)
{
    ck_assert_int_eq(read_text("Siaran Pers No. 22/PIH/KOMINFO/2/2010\n\n" LEAD "\n"), ST_OK);
    ck_assert_str_eq(R.rec.title, "Siaran Pers No. 22/PIH/KOMINFO/2/2010");
    ck_assert_ptr_null(R.hints.published_visible);
}
END_TEST

/* A meta line whose parts a middle dot parts, under the headline: its date
 * is the date line, the line no headline; a byline's role after its comma
 * holds when a dot parts it from its date. */
START_TEST(middle_dot_parts_a_meta_line)
{
    ck_assert_int_eq(read_text("Pemerintahan\nBupati Buka Rapat Koordinasi Daerah, Kepala OPD Diminta Hadir\n"
                               "09/06/2025 14:32 \xC2\xB7 Admin Diskominfo \xC2\xB7 Dibaca: 245 kali\n\n"
                               "SEKAYU \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Buka Rapat Koordinasi Daerah, Kepala OPD Diminta Hadir");
    ck_assert_ptr_nonnull(R.hints.published_visible);
    ck_assert(strncmp(R.hints.published_visible, "09/06/2025 14:32", 16) == 0);
    ck_assert_uint_eq(R.rec.credits.len, 0); /* a CMS login */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Bupati Buka Rapat Koordinasi Daerah\n"
                               "Sarah Hutagaol, Jurnalis \xC2\xB7 Kamis 31 Oktober 2019 17:50 WIB\n" LEAD "\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Sarah Hutagaol");
    ck_assert_int_eq(R.rec.credits.items[0].role, CREDIT_REPORTER);
}
END_TEST

/* An entry's meta line of a byline, a category and a comment counter: the
 * office's author credit and the label. */
START_TEST(byline_category_and_counter_line)
{
    ck_assert_int_eq(read_text("Bupati Buka Rapat Koordinasi Daerah\n"
                               "Humas Rutan Tanjung Pandan | Kegiatan | 0 Komentar\n\n"
                               "TANJUNGPANDAN \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Humas Rutan Tanjung Pandan");
    ck_assert_int_eq(R.rec.credits.items[0].role, CREDIT_AUTHOR);
    ck_assert_uint_eq(R.rec.labels.len, 1);
    ck_assert_str_eq(R.rec.labels.items[0], "Kegiatan");
    stage_run_reset(&R);
    /* a date, then "oleh" and the byline */
    ck_assert_int_eq(read_text("Bupati Buka Rapat Koordinasi Daerah\n"
                               "23/01/2025 16:40 WIT oleh Humas Basarnas Sorong\n\n"
                               "SORONG \xE2\x80\x93 " LEAD "\n"),
                     ST_OK);
    ck_assert_uint_eq(R.hints.credit_lines.len, 1); /* read by the metadata stage */
    ck_assert(strncmp(R.hints.credit_lines.items[0], "oleh Humas Basarnas Sorong", 26) == 0);
    ck_assert_ptr_nonnull(R.hints.published_visible);
}
END_TEST

/* A hard-wrapped text: its menu items and its headline stay lines of their
 * own (short lines, a headline over its date or entry meta line), while a
 * paragraph's first words set apart and a label broken from its colon go
 * on in the next line; a menu's bar-parted items go on in none. */
START_TEST(wrapped_text_keeps_its_header_lines)
{
    ck_assert_int_eq(read_text("PENGADILAN TINGGI AGAMA JAMBI\nBeranda\nTentang Kami\nLayanan\n"
                               "PTA Jambi Monev Pembangunan Zona Integritas di PA Muara Bulian\n"
                               "Dipublikasikan pada Jumat, 14 Juni 2024 | Ditulis oleh Humas PTA Jambi\n\n"
                               "Jambi \xE2\x80\x93 Pengadilan Tinggi Agama Jambi melaksanakan monitoring\n"
                               "dan evaluasi pembangunan Zona Integritas di Pengadilan Agama Muara Bulian,\n"
                               "Kamis (13/6/2024). Tim dipimpin langsung Ketua PTA Jambi, Drs. H. Masrizal\n"
                               "Thaher, didampingi hakim tinggi pengawas daerah dari pengadilan tinggi\n"
                               "agama tersebut bersama panitera dan sekretaris pengadilan itu.\n\n"
                               "Pemeriksaan\n"
                               "dokumen dilakukan di ruang rapat dan dilanjutkan dengan peninjauan ruang\n"
                               "pelayanan terpadu satu pintu yang baru saja selesai direnovasi tahun ini.\n\n"
                               "Jurnalis\n: Dedi Iskandar\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "PTA Jambi Monev Pembangunan Zona Integritas di PA Muara Bulian");
    ck_assert_uint_eq(R.rec.paragraphs.len, 3);
    ck_assert(strncmp(para(1), "Pemeriksaan dokumen dilakukan", 29) == 0);
    ck_assert_str_eq(para(2), "Jurnalis : Dedi Iskandar");
    /* a menu of items parted by bars, however long, runs on into no line */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Pemerintah Kota Cimahi\nBeranda | Profil | Layanan | Informasi Lowongan | Pelatihan | "
                               "Berita | Kontak\nCari...\n"
                               "Ribuan Pencari Kerja Serbu Cimahi Job Fair 2026, 1.460 Lowongan Dibuka\n"
                               "Diposting pada 9 September 2026 oleh Bidang Penempatan Tenaga Kerja\n\n"
                               "CIMAHI \xE2\x80\x93 Dinas Ketenagakerjaan Kota Cimahi menggelar Cimahi Job Fair\n"
                               "2026 di Gedung Technopark, Jalan Baros. Sebanyak 38 perusahaan membuka\n"
                               "lowongan kerja, mulai dari operator produksi hingga tenaga administrasi\n"
                               "dan programmer. Kepala Disnaker Kota Cimahi mengatakan hingga hari\n"
                               "pertama sudah 4.200 pencari kerja yang mendaftar secara daring melalui\n"
                               "aplikasi Cimahi Kerja.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Ribuan Pencari Kerja Serbu Cimahi Job Fair 2026, 1.460 Lowongan Dibuka");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    /* nor does a headline run on into a meta line parted by bars */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Dialog Kebangsaan di Taman Renungan Bung Karno, Pemuda Lintas Iman Ende Ikrarkan Jaga "
                               "Toleransi\nDiposting pada: 10 November 2026 | Oleh: Sekretariat Kesbangpol | Kategori: "
                               "Wawasan Kebangsaan\n\n"
                               "ENDE \xE2\x80\x93 Badan Kesatuan Bangsa dan Politik Kabupaten Ende\n"
                               "menggelar dialog kebangsaan bersama 150 pemuda lintas agama di Taman\n"
                               "Renungan Bung Karno, Senin (9/11/2026). Kegiatan itu menjadi bagian dari\n"
                               "peringatan Hari Pahlawan yang diikuti para tokoh agama dan tokoh adat\n"
                               "setempat bersama jajaran pemerintah kabupaten.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title,
                     "Dialog Kebangsaan di Taman Renungan Bung Karno, Pemuda Lintas Iman Ende Ikrarkan Jaga Toleransi");
}
END_TEST

/* The body opens with its dateline: a summary, a byline, a date line and
 * a caption with no credit above it are no lead. */
START_TEST(body_opens_at_its_dateline)
{
    ck_assert_int_eq(read_text("Titik Panas Bermunculan, Petani Diminta Tak Bakar Lahan\n"
                               "Status siaga darurat karhutla diberlakukan di Kalimantan Tengah. Petani yang terbiasa "
                               "membuka lahan dengan api kini diminta beralih ke cara lain.\nOleh GALIH RAKASIWI\n"
                               "9 Agustus 2024 \xC2\xB7 14:32 WIB\n\n"
                               "Petugas Manggala Agni memadamkan api yang membakar lahan gambut di Desa Garantung, "
                               "Kabupaten Pulang Pisau, Kalimantan Tengah, Kamis (8/8/2024).\n\n"
                               "PALANGKARAYA, KOMPAS \xE2\x80\x94 " LEAD "\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Titik Panas Bermunculan, Petani Diminta Tak Bakar Lahan");
    ck_assert_uint_eq(R.rec.paragraphs.len, 3);
    ck_assert_int_eq(kind(0), PARA_CAPTION); /* the summary */
    ck_assert_int_eq(kind(1), PARA_CAPTION);
    ck_assert(strncmp(para(2), "PALANGKARAYA", 12) == 0);
}
END_TEST

/* A long lead typed with a few double spaces and no final stop is no menu;
 * a "Label: value" line under the headline is no headline. */
START_TEST(gapped_lead_and_label_line)
{
    ck_assert_int_eq(read_text("Musdesus Penetapan Penerima Bantuan Desa Tahun 2022\nPublish: Indragiri pos ----\n"
                               "Pesawaran Lampung,  -  Musyawarah desa khusus penerima bantuan langsung tunai dana desa "
                               "tahun anggaran 2022 digelar di aula desa bersama  seluruh perangkat dan warga, Senin "
                               "(24/1/2022)\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Musdesus Penetapan Penerima Bantuan Desa Tahun 2022");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert(strncmp(para(0), "Pesawaran Lampung", 17) == 0);
}
END_TEST

/* A caption whose photo label names no one ("Foto: Istimewa") is still a
 * caption: no headline, and the header above it keeps its own. */
START_TEST(caption_crediting_no_one_is_no_headline)
{
    ck_assert_int_eq(read_text("Beranda  Profil  Layanan  Berita  Login\n"
                               "MPP Tulungagung Kini Buka Layanan Akhir Pekan\n"
                               "Diunggah: Kamis, 05 Maret 2026\n"
                               "Penulis: Budi Santoso | Editor: Ratri Anjarsari\n\n"
                               "Suasana antrean di loket MPP Tulungagung. Foto: Istimewa\n\n"
                               "TULUNGAGUNG \xE2\x80\x93 Mal Pelayanan Publik membuka layanan akhir pekan mulai "
                               "Sabtu (7/3/2026).\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "MPP Tulungagung Kini Buka Layanan Akhir Pekan");
    ck_assert_int_eq(kind(0), PARA_CAPTION);
    ck_assert_int_eq(kind(1), PARA_BODY);
}
END_TEST

/* A bare "Baca Juga" over a list of headlines and their dates drops the
 * whole list, up to a page label ("Komentar") or a blank line; a writer's
 * code "(S-16)" is no counter line. */
START_TEST(related_list_under_a_bare_label)
{
    ck_assert_int_eq(read_text("Kapal Puskesmas Keliling Mulai Layani Pulau Haruku\n\n"
                               "MASOHI \xE2\x80\x93 Dinas Kesehatan meluncurkan kapal puskesmas keliling.\n\n"
                               "\xE2\x80\x9CJangan sampai kapal hanya ramai di awal,\xE2\x80\x9D tandasnya.\n\n"
                               "(S-16)\n\n"
                               "Baca Juga\nHarga Cengkih di Seram Utara Anjlok\n26 Januari 2026\n"
                               "DPRD Malteng Minta Perbaikan Jalan Trans Seram Dipercepat\n25 Januari 2026\n"
                               "Komentar\nTulis komentar Anda...\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 3);
    ck_assert_str_eq(para(2), "(S-16)");
}
END_TEST

/* A page's download button ("Unduh PDF") under the headline is no byline. */
START_TEST(download_button_is_no_byline)
{
    ck_assert_int_eq(read_text("OJK Tegal Edukasi 250 Nelayan soal Bahaya Pinjol Ilegal\n15 Oktober 2026\nBagikan\n"
                               "Unduh PDF\n\nTEGAL \xE2\x80\x93 Otoritas Jasa Keuangan Tegal menggelar edukasi "
                               "keuangan bagi nelayan.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 0);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

/* Blogger's footer in its Indonesian interface: the comment count ends the
 * article, its share links are no body, and the sign-off above them is
 * read. */
START_TEST(blogger_footer_in_indonesian)
{
    ck_assert_int_eq(read_text("Warisan Tepak Sirih Diajarkan di Sekolah\n\n"
                               "SELATPANJANG \xE2\x80\x93 Lembaga Adat Melayu mengajarkan makna tepak sirih.\n\n"
                               "\xE2\x80\x9CIni akan saya ajarkan ke murid,\xE2\x80\x9D katanya. (lamr/mrt)\n\n"
                               "Diposting oleh LAMR Meranti di 10.15\nTidak ada komentar:\nKirimkan Ini lewat Email\n"
                               "BlogThis!\nBerbagi ke X\nBerbagi ke Facebook\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 3); /* the credit line, which the metadata stage reads */
    ck_assert(strncmp(para(2), "Diposting oleh", 14) == 0);
}
END_TEST

/* A share bar of "Share on X" buttons, above the body, is chrome, not the
 * headline the lines above it give. */
START_TEST(share_on_buttons_are_chrome)
{
    ck_assert_int_eq(read_text("SUMUTPOS.CO\nSumut\n"
                               "Petani Kopi Taput Keluhkan Pupuk Subsidi Terlambat, DPRD Minta Distribusi Diawasi\n"
                               "Oleh: Jekson Simanungkalit\nJumat, 20 November 2026 | 14:05 WIB\nBagikan:\n"
                               "Share on Facebook Share on Twitter Share on WhatsApp\n\n"
                               "TARUTUNG, SUMUTPOS.CO \xE2\x80\x93 Petani kopi di Kabupaten Tapanuli Utara mengeluhkan "
                               "pupuk bersubsidi yang tak kunjung tiba di kios resmi.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Petani Kopi Taput Keluhkan Pupuk Subsidi Terlambat, DPRD Minta Distribusi Diawasi");
    /* ... and so is a bar of one button a line, "Copy Link" last: no byline's name */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Sindikat Pencuri Jati di Blora Dibongkar, 9 Orang Jadi Tersangka\n\n"
                               "Agus Pramudya Setiaji - detikJateng\nJumat, 20 Nov 2026 14:12 WIB\n\n"
                               "Share\nFacebook\nTwitter\nWhatsApp\nCopy Link\n\n"
                               "Blora - Polda Jawa Tengah membongkar sindikat pencurian kayu jati di kawasan hutan.\n"),
                     ST_OK);
    for (size_t i = 0; i < R.rec.credits.len; i++)
        ck_assert_str_ne(R.rec.credits.items[i].name, "Copy Link");
    ck_assert_str_eq(para(0), "Blora - Polda Jawa Tengah membongkar sindikat pencurian kayu jati di kawasan hutan.");
    /* ... and Kompas.com's "Lihat Foto" over its picture */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("Sidang Korupsi Jalan Kutai Timur Kembali Digelar\n\n"
                               "Penulis Kontributor Kompas.com, Samarinda, Gusti Ayu Prameswari | Editor Robertus Danu\n"
                               "Bagikan:\nKomentar\nLihat Foto\n"
                               "Suasana sidang di Pengadilan Tipikor Samarinda. (KOMPAS.COM/GUSTI AYU PRAMESWARI)\n\n"
                               "SAMARINDA, KOMPAS.com - Sidang perkara dugaan korupsi proyek jalan kembali digelar.\n"),
                     ST_OK);
    for (size_t i = 0; i < R.rec.credits.len; i++)
        ck_assert_str_ne(R.rec.credits.items[i].name, "Lihat Foto");
}
END_TEST

/* Serambinews' byline under the date line, "Laporan X | <place>", credits
 * the reporter, as "Laporan: X" does. */
START_TEST(laporan_byline_under_the_date_line)
{
    ck_assert_int_eq(read_text("Baitul Mal Aceh Barat Salurkan Zakat Produktif untuk 120 Pedagang Ikan\n\n"
                               "Selasa, 23 Juni 2026 17:05 WIB\n\nLaporan Teuku Fadhlan Peudada | Aceh Barat\n\n"
                               "MEULABOH, SERAMBINEWS.COM - Baitul Mal menyalurkan zakat produktif kepada pedagang.\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Teuku Fadhlan Peudada");
    ck_assert_int_eq(R.rec.credits.items[0].role, CREDIT_REPORTER);
}
END_TEST

/* A breadcrumb from the home page that ends in the headline ("Beranda /
 * Berita / <headline>") is no fuller form of the headline under it. */
START_TEST(breadcrumb_ending_in_the_headline)
{
    ck_assert_int_eq(read_text("Beranda / Berita / Gerakan Pangan Murah Keliling Empat Kecamatan, Wako Pastikan Stok\n"
                               "Gerakan Pangan Murah Keliling Empat Kecamatan, Wako Pastikan Stok\n"
                               "Rabu, 2 Desember 2026\n\n"
                               "TANJUNGPINANG \xE2\x80\x93 Pemerintah Kota Tanjungpinang menggelar Gerakan Pangan Murah "
                               "di halaman Kantor Camat Tanjungpinang Timur.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Gerakan Pangan Murah Keliling Empat Kecamatan, Wako Pastikan Stok");
    /* ... nor is Joomla's, labelled "You are here:" */
    stage_run_reset(&R);
    ck_assert_int_eq(read_text("You are here: Home Berita Bupati Bantaeng Panen Rumput Laut di Pajukukang, Minta\n"
                               "Bupati Bantaeng Panen Rumput Laut di Pajukukang, Minta\n"
                               "Details\nWritten by Humas Bantaeng\n\n"
                               "BANTAENG \xE2\x80\x93 Bupati Bantaeng memanen rumput laut bersama kelompok nelayan di "
                               "Kecamatan Pajukukang.\n"),
                     ST_OK);
    ck_assert_str_eq(R.rec.title, "Bupati Bantaeng Panen Rumput Laut di Pajukukang, Minta");
}
END_TEST

/* Under Jetpack's "Like this:" the theme's "Posted in X, Y" and "Tagged A,
 * B" lines, no colon, are the article's labels. */
START_TEST(posted_in_and_tagged_under_like_this)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini Untuk Label\n\n"
                               "KUPANG - Paragraf pertama berita ini cukup panjang untuk menjadi badan berita.\n\n"
                               "Share this:\nFacebook\nWhatsApp\nLike this:\nLike Loading...\n"
                               "Posted in Polres Banggai Kepulauan, Polairud\n"
                               "Tagged destructive fishing, bom ikan, Satpolairud\nPost navigation\n"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.labels.len, 5);
    ck_assert_str_eq(R.rec.labels.items[0], "Polres Banggai Kepulauan");
    ck_assert_str_eq(R.rec.labels.items[4], "Satpolairud");
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("text");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, lines_are_paragraphs);
    tcase_add_test(tc, share_on_buttons_are_chrome);
    tcase_add_test(tc, laporan_byline_under_the_date_line);
    tcase_add_test(tc, breadcrumb_ending_in_the_headline);
    tcase_add_test(tc, posted_in_and_tagged_under_like_this);
    tcase_add_test(tc, cr_only_line_ends);
    tcase_add_test(tc, prose_after_a_page_label_is_body);
    tcase_add_test(tc, comment_count_ends_the_article);
    tcase_add_test(tc, single_newlines_separate_paragraphs_too);
    tcase_add_test(tc, headline_skips_image_caption_line);
    tcase_add_test(tc, headline_skips_site_name_menu_and_breadcrumb);
    tcase_add_test(tc, headline_in_capitals_when_nothing_else);
    tcase_add_test(tc, date_line_under_headline_is_a_hint);
    tcase_add_test(tc, second_header_date_is_a_date_line);
    tcase_add_test(tc, header_today_above_chrome_gives_way);
    tcase_add_test(tc, article_furniture_keeps_the_first_date_line);
    tcase_add_test(tc, header_line_gaps_split_date_and_byline);
    tcase_add_test(tc, byline_under_date_line_is_a_credit_line);
    tcase_add_test(tc, date_opening_the_lead_stays_in_it);
    tcase_add_test(tc, byline_above_headline_is_a_credit_line);
    tcase_add_test(tc, date_line_just_above_headline_counts);
    tcase_add_test(tc, site_header_date_far_above_headline_does_not);
    tcase_add_test(tc, short_title_with_a_date_is_still_the_title);
    tcase_add_test(tc, numeric_date_line);
    tcase_add_test(tc, short_dated_lead_is_no_date_line);
    tcase_add_test(tc, worded_date_line_and_login_byline);
    tcase_add_test(tc, label_block_on_the_next_line);
    tcase_add_test(tc, tag_and_category_lines);
    tcase_add_test(tc, tags_parted_by_gaps);
    tcase_add_test(tc, related_topics_are_labels);
    tcase_add_test(tc, tags_under_the_copyright_notice);
    tcase_add_test(tc, hashtags_without_commas);
    tcase_add_test(tc, posted_in_and_tagged_glued);
    tcase_add_test(tc, posted_in_and_tagged_after_a_full_stop);
    tcase_add_test(tc, prose_opening_with_a_label_word_stays);
    tcase_add_test(tc, bullets_are_dropped);
    tcase_add_test(tc, short_line_before_body_text_is_a_heading);
    tcase_add_test(tc, short_prose_without_a_full_stop_is_no_heading);
    tcase_add_test(tc, captions_are_kept_as_captions);
    tcase_add_test(tc, credit_lines_stay_for_metadata);
    tcase_add_test(tc, share_and_related_lines_are_dropped);
    tcase_add_test(tc, related_list_and_comments_end_the_article);
    tcase_add_test(tc, press_contact_block_is_dropped);
    tcase_add_test(tc, text_without_body_is_no_article);
    tcase_add_test(tc, hostile_lines_stay_linear);
    tcase_add_test(tc, a_long_line_is_never_the_headline);
    tcase_add_test(tc, header_date_line_keeps_its_time);
    tcase_add_test(tc, text_opening_with_the_body_has_no_title);
    tcase_add_test(tc, site_name_over_its_menu_is_no_headline);
    tcase_add_test(tc, blogger_pager_ends_the_article);
    tcase_add_test(tc, site_name_over_a_gapped_menu);
    tcase_add_test(tc, press_release_badge_over_the_headline);
    tcase_add_test(tc, menu_ticker_badge_and_bulleted_byline);
    tcase_add_test(tc, glued_badges_above_the_headline);
    tcase_add_test(tc, repeated_headline_and_caption);
    tcase_add_test(tc, repeated_headline_with_a_date_is_no_date_line);
    tcase_add_test(tc, date_line_before_an_update_label);
    tcase_add_test(tc, login_name_before_the_date_line);
    tcase_add_test(tc, labelled_byline_before_the_date);
    tcase_add_test(tc, posting_line_under_the_headline);
    tcase_add_test(tc, labelled_byline_with_furniture);
    tcase_add_test(tc, labelled_credits_without_colons);
    tcase_add_test(tc, labelled_byline_alone);
    tcase_add_test(tc, headline_wrapped_at_its_comma);
    tcase_add_test(tc, hard_wrapped_lines_join);
    tcase_add_test(tc, lone_dateline_joins_its_lead);
    tcase_add_test(tc, one_broken_line_joins);
    tcase_add_test(tc, headline_over_dek_and_short_form);
    tcase_add_test(tc, teaser_the_lead_repeats);
    tcase_add_test(tc, label_line_above_the_headline);
    tcase_add_test(tc, chrome_lines_are_never_paragraphs);
    tcase_add_test(tc, place_date_line_and_byline_before_a_date);
    tcase_add_test(tc, date_view_line_and_slashed_prose);
    tcase_add_test(tc, index_page_is_a_listing);
    tcase_add_test(tc, quoted_headline_and_bracketed_caption);
    tcase_add_test(tc, header_categories_beside_dates_and_counters);
    tcase_add_test(tc, captions_dates_and_prompts_are_no_headline);
    tcase_add_test(tc, site_name_after_the_headline_is_dropped);
    tcase_add_test(tc, short_opening_sentence_joins_the_body);
    tcase_add_test(tc, release_address_and_phone_are_no_headline);
    tcase_add_test(tc, release_number_is_no_date);
    tcase_add_test(tc, middle_dot_parts_a_meta_line);
    tcase_add_test(tc, byline_category_and_counter_line);
    tcase_add_test(tc, wrapped_text_keeps_its_header_lines);
    tcase_add_test(tc, body_opens_at_its_dateline);
    tcase_add_test(tc, gapped_lead_and_label_line);
    tcase_add_test(tc, caption_crediting_no_one_is_no_headline);
    tcase_add_test(tc, related_list_under_a_bare_label);
    tcase_add_test(tc, download_button_is_no_byline);
    tcase_add_test(tc, blogger_footer_in_indonesian);
    tcase_add_test(tc, repeated_opening_ends_the_article);
    tcase_add_test(tc, byline_linked_to_its_date);
    tcase_add_test(tc, flat_menu_and_agency_caption);
    tcase_add_test(tc, tagar_line_labels);
    tcase_add_test(tc, section_name_in_a_header_line);
    tcase_add_test(tc, teaser_list_ends_the_article);
    tcase_add_test(tc, date_line_above_headline_past_its_counters);
    tcase_add_test(tc, date_line_above_headline_past_its_badge);
    tcase_add_test(tc, player_button_is_no_byline);
    tcase_add_test(tc, outlet_byline_under_the_headline);
    tcase_add_test(tc, site_name_over_a_headline_opening_with_it);
    tcase_add_test(tc, meta_line_with_a_labelled_part);
    tcase_add_test(tc, english_meta_line_with_listed_categories);
    tcase_add_test(tc, slash_parted_meta_line);
    tcase_add_test(tc, office_byline_in_a_meta_line);
    tcase_add_test(tc, route_dash_in_a_headline_is_no_dateline);
    tcase_add_test(tc, address_of_places_is_no_lead);
    tcase_add_test(tc, badge_glued_to_the_headline);
    tcase_add_test(tc, labelled_part_of_a_header_meta_line);
    tcase_add_test(tc, jetpack_blocks_end_the_article_before_its_tags);
    tcase_add_test(tc, ticker_line_of_any_length_is_chrome);
    suite_add_tcase(s, tc);
    return s;
}
