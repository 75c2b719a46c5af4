#include <string.h>
#include <time.h>

#include "dates.h"
#include "runner.h"
#include "stage_helpers.h"

static stage_run R;
static void setup(void) { stage_run_reset(&R); }
static void teardown(void) { stage_run_free(&R); }

/* One paragraph, dates resolved against `reference` (may be NULL). */
static void run1(const char *para, const char *reference)
{
    const char *paras[] = {para};
    stage_run_paragraphs(&R, paras, 1);
    dates_extract(&R.rec, &R.hints, reference, R.a);
}

static void expect_date(size_t i, const char *text, const char *start, const char *end)
{
    ck_assert_uint_gt(R.rec.dates.len, i);
    const rec_date *d = &R.rec.dates.items[i];
    ck_assert_str_eq(d->text, text);
    ck_assert_str_eq(d->start, start);
    ck_assert_str_eq(d->end, end);
}

/* The paragraph holds exactly one date, this one. */
static void expect_one(const char *para, const char *reference, const char *text, const char *start,
                       const char *end)
{
    stage_run_reset(&R);
    run1(para, reference);
    ck_assert_msg(R.rec.dates.len == 1, "%s: %zu dates", para, R.rec.dates.len);
    expect_date(0, text, start, end);
}

static void expect_none(const char *para)
{
    stage_run_reset(&R);
    run1(para, "2025-07-25");
    ck_assert_msg(R.rec.dates.len == 0, "%s: found %s", para, R.rec.dates.len ? R.rec.dates.items[0].text : "");
}

/* ---- words the scan passes over ---- */

/* Words in no date list are skipped eight letters at a time: a word of any
 * length ends where its letters do, a month glued to a word is no month, and
 * a skipped word stands between a code cue and what follows it (a period
 * noun reaches over one word that names the period: "libur panjang"). */
START_TEST(words_in_no_list_are_passed_over)
{
    expect_one("Pemerintahan 25 Juli 2025 ditutup.", NULL, "25 Juli 2025", "2025-07-25", "2025-07-25");
    expect_one("abcdefgh 1 Mei 2025", NULL, "1 Mei 2025", "2025-05-01", "2025-05-01");
    expect_one("abcdefghijklmnop 2 Mei 2025", NULL, "2 Mei 2025", "2025-05-02", "2025-05-02");
    expect_one("Keanekaragamannya Agustus 2025", NULL, "Agustus 2025", "2025-08-01", "2025-08-31");
    expect_one("Kemerdekaan\u00f6 25 Juli 2025 x", NULL, "25 Juli 2025", "2025-07-25", "2025-07-25");
    ck_assert_uint_eq(R.rec.dates.items[0].offset, strlen("Kemerdekaan\u00f6 "));
    expect_none("PengumumanJuli 2025 batal.");
    expect_none("Nomor 12/3/2025 ini");
    expect_none("Nomor: 12/3/2025 ini");
    /* a letter number's code ends in what reads as a date */
    expect_none("surat B-242/Kw.21.1/BA.02/02/2026 tentang");
    expect_none("surat 22664/SJ/DT.I.V/HM.01/10/2017 tentang");
    expect_one("Nomor surat 12/3/2025 ini", NULL, "12/3/2025", "2025-03-12", "2025-03-12");
    expect_none("selama libur kemarin");
    expect_none("selama libur panjang kemarin"); /* the period's noun, then a word that names it */
    expect_one("selama rapat panjang kemarin", "2025-07-25", "kemarin", "2025-07-24", "2025-07-24");
}
END_TEST

/* ---- days ---- */

START_TEST(days_with_month_names)
{
    expect_one("Acara dibuka pada Jumat, 25 Juli 2025 melalui Zoom.", NULL, "Jumat, 25 Juli 2025", "2025-07-25",
               "2025-07-25");
    ck_assert_int_eq(R.rec.dates.items[0].kind, DATE_DAY);
    ck_assert_int_eq(R.rec.dates.items[0].paragraph, 0);
    ck_assert_uint_eq(R.rec.dates.items[0].offset, 18);
    ck_assert_uint_eq(R.rec.dates.items[0].length, strlen("Jumat, 25 Juli 2025"));
    expect_one("Rapat digelar 25 Juli 2025 di Kupang.", NULL, "25 Juli 2025", "2025-07-25", "2025-07-25");
    expect_one("Rapat digelar 25 Jul 2025 di Kupang.", NULL, "25 Jul 2025", "2025-07-25", "2025-07-25");
    expect_one("Rapat digelar Jum'at, 25 Juli 2025.", NULL, "Jum'at, 25 Juli 2025", "2025-07-25", "2025-07-25");
    expect_one("Rapat digelar Ahad, 27 Juli 2025.", NULL, "Ahad, 27 Juli 2025", "2025-07-27", "2025-07-27");
    expect_one("Batas akhir 5 Sept. 2025 pukul 12.00.", NULL, "5 Sept. 2025", "2025-09-05", "2025-09-05");
    expect_one("Batas akhir 17 Agt 2025.", NULL, "17 Agt 2025", "2025-08-17", "2025-08-17");
    expect_one("Batas akhir 17 Ags 2025.", NULL, "17 Ags 2025", "2025-08-17", "2025-08-17");
    expect_one("Batas akhir 1 Des 2024.", NULL, "1 Des 2024", "2024-12-01", "2024-12-01");
    expect_one("Published July 25, 2025 by staff.", NULL, "July 25, 2025", "2025-07-25", "2025-07-25");
    expect_one("Published on 25 July 2025.", NULL, "25 July 2025", "2025-07-25", "2025-07-25");
    expect_one("Proklamasi 17 Agustus 1945 dikenang.", NULL, "17 Agustus 1945", "1945-08-17", "1945-08-17");
    expect_one("Hingga 05 Maret 2024 tercatat.", NULL, "05 Maret 2024", "2024-03-05", "2024-03-05");
}
END_TEST

START_TEST(days_in_numbers)
{
    expect_one("Surat tertanggal 25/07/2025 diterima.", NULL, "25/07/2025", "2025-07-25", "2025-07-25");
    expect_one("Surat tertanggal 25-07-2025 diterima.", NULL, "25-07-2025", "2025-07-25", "2025-07-25");
    expect_one("Diunggah 2025-07-25 oleh admin.", NULL, "2025-07-25", "2025-07-25", "2025-07-25");
    expect_one("Diunggah 2025-07-25T09:30:00+07:00 oleh admin.", NULL, "2025-07-25T09:30:00+07:00", "2025-07-25",
               "2025-07-25");
    expect_one("Rapat di Kupang, Senin (28/7/2025), berjalan lancar.", NULL, "Senin (28/7/2025)", "2025-07-28",
               "2025-07-28");
    expect_one("Rapat di Kupang, Senin (28/7), berjalan lancar.", "2025-07-25", "Senin (28/7)", "2025-07-28",
               "2025-07-28");
    expect_one("SINGARAJA, (20/5) - Pemerintah menggelar rapat.", "2024-05-21", "20/5", "2024-05-20",
               "2024-05-20");
    expect_one("Jum, 21/02/2025 - 09:30", NULL, "Jum, 21/02/2025", "2025-02-21", "2025-02-21");
    /* a CMS's "d.m.Y", with its four-digit year only: no clock, amount or version */
    expect_one("Diunggah 21.06.2026 oleh admin.", NULL, "21.06.2026", "2026-06-21", "2026-06-21");
    expect_none("Rapat dimulai pukul 21.06 WIB.");
    expect_none("Bantuan Rp1.000.000 dan versi 2.10.25 diserahkan.");
}
END_TEST

START_TEST(yearless_days_take_the_nearest_year)
{
    expect_one("Acara puncak pada 2 Agustus di Kupang.", "2025-07-25", "2 Agustus", "2025-08-02", "2025-08-02");
    expect_one("Pasar dibuka 2 Januari mendatang.", "2024-12-28", "2 Januari", "2025-01-02", "2025-01-02");
    expect_one("Banjir terjadi 30 Desember lalu.", "2025-01-03", "30 Desember", "2024-12-30", "2024-12-30");
    /* without a publication or reference date they cannot be placed */
    stage_run_reset(&R);
    run1("Acara puncak pada 2 Agustus di Kupang.", NULL);
    ck_assert_uint_eq(R.rec.dates.len, 0);
}
END_TEST

START_TEST(real_world_spellings)
{
    expect_one("Harga stabil sejak 12 Nopember 2024.", NULL, "12 Nopember 2024", "2024-11-12", "2024-11-12");
    expect_one("Harga stabil sejak 3 Pebruari 2024.", NULL, "3 Pebruari 2024", "2024-02-03", "2024-02-03");
    expect_one("Rapat di kantor bupati, Kamis (27/2/25). Rapat dimulai.", NULL, "Kamis (27/2/25)", "2025-02-27",
               "2025-02-27");
    expect_one("Gerai beroperasi sejak Minggu, (8/9/2019) di Batulicin.", NULL, "Minggu, (8/9/2019)",
               "2019-09-08", "2019-09-08");
    expect_one("Rabu, Mei 19, 2021", NULL, "Rabu, Mei 19, 2021", "2021-05-19", "2021-05-19");
    expect_one("Dirilis Maret 11, 2025 oleh redaksi.", NULL, "Maret 11, 2025", "2025-03-11", "2025-03-11");
    expect_one("Oleh admin, 7 Juni, 2024", NULL, "7 Juni, 2024", "2024-06-07", "2024-06-07");
    /* Drupal's default "m/d/Y", month first where no day-first reading exists */
    expect_one("pada Sel, 10/17/2023 - 06:20", NULL, "Sel, 10/17/2023", "2023-10-17", "2023-10-17");
    /* ... and where the weekday fits the month-first reading only (10 February 2026 is a Tuesday, 2 October a
     * Friday); day first where it fits that one */
    expect_one("pada Sel, 02/10/2026 - 08:15", NULL, "Sel, 02/10/2026", "2026-02-10", "2026-02-10");
    expect_one("pada Jum, 02/10/2026 - 08:15", NULL, "Jum, 02/10/2026", "2026-10-02", "2026-10-02");
    /* ... and month first where the abbreviated weekday fits both (3 December and 12 March 2026 are Thursdays);
     * a full weekday keeps the Indonesian day first */
    expect_one("Submitted by admin on Thu, 12/03/2026 - 10:24", NULL, "Thu, 12/03/2026", "2026-12-03", "2026-12-03");
    expect_one("Kamis, 12/03/2026 pukul 10.24", NULL, "Kamis, 12/03/2026", "2026-03-12", "2026-03-12");
}
END_TEST

START_TEST(weekday_mismatch_is_flagged)
{
    expect_one("Pasar murah mulai Selasa (3/3/2025) di 12 kecamatan.", NULL, "Selasa (3/3/2025)", "2025-03-03",
               "2025-03-03");
    ck_assert(R.rec.dates.items[0].weekday_mismatch);
    expect_one("Pasar murah mulai Senin (3/3/2025) di 12 kecamatan.", NULL, "Senin (3/3/2025)", "2025-03-03",
               "2025-03-03");
    ck_assert(!R.rec.dates.items[0].weekday_mismatch);
}
END_TEST

/* ---- ranges and months ---- */

START_TEST(ranges)
{
    expect_one("Pelatihan daring (25 Juli–1 Agustus 2025) dengan materi.", NULL, "25 Juli–1 Agustus 2025",
               "2025-07-25", "2025-08-01");
    ck_assert_int_eq(R.rec.dates.items[0].kind, DATE_RANGE);
    expect_one("Pembelajaran mandiri (2–31 Agustus 2025).", NULL, "2–31 Agustus 2025", "2025-08-02", "2025-08-31");
    /* the hyphen written without spaces, as most sites do (wild corpus: four sites) */
    expect_one("Rakor digelar 22-24 November 2019 di Makassar.", NULL, "22-24 November 2019", "2019-11-22",
               "2019-11-24");
    expect_one("Ujian tanggal 5-6 September 2024.", NULL, "tanggal 5-6 September 2024", "2024-09-05", "2024-09-06");
    expect_one("Inspeksi pada 1 s.d. 3 Maret 2025 ke gudang.", NULL, "1 s.d. 3 Maret 2025", "2025-03-01",
               "2025-03-03");
    expect_one("Inspeksi pada 1 s/d 3 Maret 2025 ke gudang.", NULL, "1 s/d 3 Maret 2025", "2025-03-01",
               "2025-03-03");
    /* a month's part before the second month is no end of the range ("pertengahan Maret"), the year shared */
    expect_one("Kasus naik sejak Januari hingga pertengahan Maret 2025 di kota itu.", NULL,
               "Januari hingga pertengahan Maret 2025", "2025-01-01", "2025-03-31");
    /* two days of one month in brackets, after their weekdays or alone, yearless too */
    expect_one("Kejuaraan di GOR Wilis, Kamis\xE2\x80\x93Sabtu (26\xE2\x80\x93" "28/11), berakhir.", "2026-12-01",
               "Kamis\xE2\x80\x93Sabtu (26\xE2\x80\x93" "28/11)", "2026-11-26", "2026-11-28");
    expect_one("Kegiatan Sabtu-Minggu (28-29/11/2026) di balai desa.", NULL, "Sabtu-Minggu (28-29/11/2026)",
               "2026-11-28", "2026-11-29");
    expect_one("Pelatihan Selasa hingga Rabu (24-25/11/2026).", NULL, "Selasa hingga Rabu (24-25/11/2026)",
               "2026-11-24", "2026-11-25");
    expect_one("Pelatihan digelar (24-25/11/2026) di aula.", NULL, "24-25/11/2026", "2026-11-24", "2026-11-25");
    /* "sd" without its dots (wild corpus), never a grade's "kelas 1 sd 6" */
    expect_one("Pendaftaran 22 april sd 3 Mei 2024 di kantor.", NULL, "22 april sd 3 Mei 2024", "2024-04-22",
               "2024-05-03");
    expect_one("Siswa kelas 1 sd 6 hadir pada 3 Mei 2025.", NULL, "3 Mei 2025", "2025-05-03", "2025-05-03");
    expect_one("Inspeksi pada 1 sampai dengan 3 Maret 2025.", NULL, "1 sampai dengan 3 Maret 2025", "2025-03-01",
               "2025-03-03");
    expect_one("Inspeksi pada 1 sampai 3 Maret 2025.", NULL, "1 sampai 3 Maret 2025", "2025-03-01", "2025-03-03");
    expect_one("Pendaftaran 26 Mei hingga 5 Juni 2025 di kantor.", NULL, "26 Mei hingga 5 Juni 2025",
               "2025-05-26", "2025-06-05");
    expect_one("Masa tenang tanggal 5 hingga 7 Mei.", "2025-04-20", "tanggal 5 hingga 7 Mei", "2025-05-05",
               "2025-05-07");
    expect_one("Libur 30 Desember 2024–2 Januari 2025 ditetapkan.", NULL, "30 Desember 2024–2 Januari 2025",
               "2024-12-30", "2025-01-02");
    expect_one("Libur 30 Desember–2 Januari 2025 ditetapkan.", NULL, "30 Desember–2 Januari 2025", "2024-12-30",
               "2025-01-02");
    expect_one("Posko buka Sabtu (30/12/2023) hingga Senin (1/1/2024).", NULL,
               "Sabtu (30/12/2023) hingga Senin (1/1/2024)", "2023-12-30", "2024-01-01");
    expect_one("Diskon 24–26 Desember di mal.", "2024-12-19", "24–26 Desember", "2024-12-24", "2024-12-26");
    /* two days in a row joined by "dan" are one span; two days apart are not */
    expect_one("Gotong royong pada 18 dan 19 April.", "2026-04-10", "18 dan 19 April", "2026-04-18", "2026-04-19");
    expect_one("Lomba pada 5 dan 12 Mei 2026.", NULL, "12 Mei 2026", "2026-05-12", "2026-05-12");
}
END_TEST

START_TEST(months)
{
    expect_one("Inflasi pada Agustus 2025 terkendali.", NULL, "Agustus 2025", "2025-08-01", "2025-08-31");
    ck_assert_int_eq(R.rec.dates.items[0].kind, DATE_MONTH);
    expect_one("Data Februari 2024 dirilis.", NULL, "Februari 2024", "2024-02-01", "2024-02-29");
    expect_one("Musim tanam Juni–Agustus 2025 dimulai.", NULL, "Juni–Agustus 2025", "2025-06-01", "2025-08-31");
    expect_one("Musim hujan Desember 2023 hingga Februari 2024.", NULL, "Desember 2023 hingga Februari 2024",
               "2023-12-01", "2024-02-29");
    expect_one("Musim tanam September hingga Desember 2020.", NULL, "September hingga Desember 2020",
               "2020-09-01", "2020-12-31");
    /* yearless, one range in the year nearest the reference, the end in the
     * next year when it wraps */
    expect_one("Kemarau antara Juni hingga September adalah waktu terbaik.", "2026-11-02", "Juni hingga September",
               "2026-06-01", "2026-09-30");
    expect_one("Musim hujan November hingga Februari.", "2026-11-02", "November hingga Februari", "2026-11-01",
               "2027-02-28");
    /* "tahun lalu", "tahun depan", "tahun ini" after a yearless month: its year, the words no part of it */
    expect_one("Penerimaan naik dibanding Januari tahun lalu.", "2026-11-02", "Januari", "2025-01-01", "2025-01-31");
    expect_one("Kegiatan digelar pada Maret tahun depan.", "2026-11-02", "Maret", "2027-03-01", "2027-03-31");
    expect_one("Pembangunan selesai Desember tahun ini.", "2026-03-02", "Desember", "2026-12-01", "2026-12-31");
    /* after a preposition of time, as before a year */
    expect_one("Pengiriman ke luar daerah mulai Agustus.", "2026-07-06", "Agustus", "2026-08-01", "2026-08-31");
    expect_one("Ia berharap peralatan tiba sebelum Juni.", "2026-04-24", "Juni", "2026-06-01", "2026-06-30");
    expect_one("Dinkes mencatat 214 kasus sepanjang Januari.", "2026-02-09", "Januari", "2026-01-01", "2026-01-31");
    /* a deadline's month, the nearest ahead; a comparison's, the nearest behind */
    expect_one("Kalender event harus terbit paling lambat Maret.", "2026-12-02", "Maret", "2027-03-01", "2027-03-31");
    expect_one("Jumlah kasus naik dibanding Oktober.", "2026-11-27", "Oktober", "2026-10-01", "2026-10-31");
    expect_one("Produksi turun dibandingkan Agustus.", "2026-09-09", "Agustus", "2026-08-01", "2026-08-31");
    expect_one("Kami sudah usulkan sejak musrenbang desa bulan Januari.", "2026-08-19", "bulan Januari", "2026-01-01",
               "2026-01-31");
}
END_TEST

START_TEST(relative_days)
{
    stage_run_reset(&R);
    run1("Hari ini pasar dibuka, kemarin ditutup, besok ramai, lusa sepi.", "2025-07-25");
    ck_assert_uint_eq(R.rec.dates.len, 4);
    expect_date(0, "Hari ini", "2025-07-25", "2025-07-25");
    expect_date(1, "kemarin", "2025-07-24", "2025-07-24");
    expect_date(2, "besok", "2025-07-26", "2025-07-26");
    expect_date(3, "lusa", "2025-07-27", "2025-07-27");
    ck_assert_int_eq(R.rec.dates.items[0].kind, DATE_RELATIVE);
    /* "kemarin" after a period or a holiday is "the last one" */
    expect_none("Saat libur Lebaran kemarin, sampah mencapai dua ton.");
    /* ... a period's noun before the word that names it, and a feast's day */
    expect_none("Menurut dia, musim barat kemarin hampir seluruh bentangan rusak.");
    expect_none("Saat Galungan kemarin, volume sampah plastik melonjak.");
    expect_none("Seperti tahun kemarin, panen melimpah.");
    /* a count of days; the present as the start of a span of years */
    expect_none("Kegiatan berlangsung selama tiga hari ini di balai desa.");
    expect_none("Hari ini dan 10 tahun ke depan humas harus terdepan.");
    /* after an opening mark or a comma typed without its space */
    expect_one("\xE2\x80\x9CHari ini, kami ada pengukuhan,\xE2\x80\x9D katanya.", "2024-09-25", "Hari ini",
               "2024-09-25", "2024-09-25");
    expect_one("Bupati menyampaikan,hari ini warga mendapat bantuan.", "2023-04-04", "hari ini", "2023-04-04",
               "2023-04-04");
    /* right after a written date it says the date is past; it names no day */
    expect_one("Rapat pada Jumat 28 Maret 2025 kemarin berjalan lancar.", "2025-04-02", "Jumat 28 Maret 2025",
               "2025-03-28", "2025-03-28");
    expect_one("Sejak Selasa, (13/10/2020) kemarin warga antre.", "2020-10-20", "Selasa, (13/10/2020)",
               "2020-10-13", "2020-10-13");
    /* nothing to resolve against */
    stage_run_reset(&R);
    run1("Pasar dibuka hari ini.", NULL);
    ck_assert_uint_eq(R.rec.dates.len, 0);
}
END_TEST

/* ---- never a date ---- */

START_TEST(never_a_date)
{
    expect_none("Program ini berjalan sejak tahun 2025.");
    expect_none("Menuju Indonesia Emas 2045 bersama.");
    expect_none("Dibiayai APBD 2025 dan Tahun Anggaran 2025.");
    expect_none("Sesuai surat Nomor 800/123/2025 tentang pelaksanaan.");
    expect_none("Sesuai surat Nomor: 12/3/2025 tentang pelaksanaan.");
    expect_none("Kode kegiatan 07/25 dicatat.");
    expect_none("Rapat dimulai pukul 09.00 dan selesai 11:30.");
    expect_none("Pelatihan berlangsung tiga hari.");
    expect_none("Gambar: Screenshot 2025 07 25 085601");
    expect_none("Foto: WhatsApp Image 2025-06-12 at 10.15.32");
    expect_none("Tidak ada tanggal 31 Juni 2025 maupun 30 Februari 2024.");
    expect_none("Harga naik 2 hingga 5 persen dan 12 kecamatan ikut.");
    expect_none("Nomor 123/HM/KOMDIGI/07/2025 diterbitkan.");
    expect_none("Telepon 0811-7690-1234 dibuka.");
    expect_none("Rp13.500 per kilogram dan 1.2025 ton.");
    expect_none("Berkas IMG_2025-07-25_0931.jpg diunggah.");
}
END_TEST

/* ---- the title, the date line and the publication date ---- */

START_TEST(title_date_line_then_body)
{
    static const char *const PARAS[] = {"KUPANG – Rapat digelar Kamis (24/7/2025) di aula."};
    R.rec.title = "Agenda 28 Juli 2025 Dibahas";
    R.hints.published_visible = "Jumat, 25 Juli 2025 | 09:30 WITA";
    stage_run_paragraphs(&R, PARAS, 1);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_uint_eq(R.rec.dates.len, 3);
    expect_date(0, "28 Juli 2025", "2025-07-28", "2025-07-28");
    ck_assert_int_eq(R.rec.dates.items[0].paragraph, WHERE_TITLE);
    expect_date(1, "Jumat, 25 Juli 2025", "2025-07-25", "2025-07-25");
    ck_assert_int_eq(R.rec.dates.items[1].paragraph, WHERE_DATE_LINE);
    expect_date(2, "Kamis (24/7/2025)", "2025-07-24", "2025-07-24");
    ck_assert_str_eq(R.rec.published.date, "2025-07-25");
    ck_assert_str_eq(R.rec.published.time, "09:30");
    ck_assert_str_eq(R.rec.published.utc_offset, "+08:00");
    ck_assert_str_eq(R.rec.published.text, "Jumat, 25 Juli 2025 | 09:30 WITA");
}
END_TEST

/* A listing's teasers are other articles': their dates are no dates of the
 * page's, as their quotes are none. */
START_TEST(listing_teasers_have_no_dates_of_the_page)
{
    static const char *const PARAS[] = {"Pendamping Desa Ikuti Bimtek Penyusunan RKP Desa 2027",
                                        "SELONG - Pendamping desa mengikuti bimtek, Senin (30/11/2026)..."};
    R.rec.page_type = PAGE_TYPE_LISTING;
    stage_run_paragraphs(&R, PARAS, 2);
    dates_extract(&R.rec, &R.hints, "2026-12-07", R.a);
    ck_assert_uint_eq(R.rec.dates.len, 0);
}
END_TEST

/* A date line in "d.m.Y" ("21.06.2026 · Penulis: ...") dates the page, and
 * its day and month are no clock time. */
START_TEST(dotted_date_line_has_no_time)
{
    static const char *const PARAS[] = {"TENGGARONG – Museum membuka pameran, Sabtu (20/6/2026)."};
    R.hints.published_visible = "21.06.2026 \xC2\xB7 Penulis: Seksi Koleksi \xC2\xB7 Agenda Museum";
    stage_run_paragraphs(&R, PARAS, 1);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2026-06-21");
    ck_assert(!R.rec.published.time || !*R.rec.published.time); /* no time */
}
END_TEST

/* The date line and a lead that opens with the same date are two
 * expressions of it, both listed (GOLD.md: the date line and the body). */
START_TEST(date_line_and_lead_both_count)
{
    static const char *const PARAS[] = {"Jakarta, 4 Agustus 2025 – Program dibuka pada Jumat, 25 Juli 2025 di Zoom."};
    R.hints.published_visible = "4 Agustus 2025";
    stage_run_paragraphs(&R, PARAS, 1);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_uint_eq(R.rec.dates.len, 3);
    ck_assert_int_eq(R.rec.dates.items[0].paragraph, WHERE_DATE_LINE);
    expect_date(1, "4 Agustus 2025", "2025-08-04", "2025-08-04");
    ck_assert_int_eq(R.rec.dates.items[1].paragraph, 0);
}
END_TEST

/* A press release's "Tanggal:" field is a date of the date line; with no
 * date line it also gives the publication date. */
START_TEST(release_date_lines)
{
    static const char *const PARAS[] = {"Rapat digelar di aula kantor bupati dan dihadiri camat."};
    stage_run_paragraphs(&R, PARAS, 1);
    R.hints.published_visible = "Kamis, 17 Juli 2025";
    VEC_PUSH(R.a, &R.hints.date_lines, "17 Juli 2025");
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_uint_eq(R.rec.dates.len, 2);
    expect_date(1, "17 Juli 2025", "2025-07-17", "2025-07-17");
    ck_assert_int_eq(R.rec.dates.items[1].paragraph, WHERE_DATE_LINE);

    stage_run_reset(&R);
    stage_run_paragraphs(&R, PARAS, 1);
    VEC_PUSH(R.a, &R.hints.date_lines, "21 Mei 2024");
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2024-05-21");
    ck_assert_uint_eq(R.rec.dates.len, 1);

    /* the visible date line read again as a field's line is one expression */
    stage_run_reset(&R);
    stage_run_paragraphs(&R, PARAS, 1);
    R.hints.published_visible = "Selasa, 17-11-2026";
    VEC_PUSH(R.a, &R.hints.date_lines, "Selasa, 17-11-2026");
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_uint_eq(R.rec.dates.len, 1);
}
END_TEST

/* The publication date, time and offset of a page whose only date is a
 * machine stamp (`shown`: the stamp is its visible date line). */
static void expect_stamp(const char *stamp, bool shown, const char *date, const char *time, const char *offset)
{
    static const char *const PARAS[] = {"Rapat digelar di aula kantor bupati dan dihadiri camat."};
    stage_run_reset(&R);
    stage_run_paragraphs(&R, PARAS, 1);
    *(shown ? &R.hints.published_visible : &R.hints.published_machine) = stamp;
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_msg(strcmp(R.rec.published.date, date) == 0, "%s: %s", stamp, R.rec.published.date);
    ck_assert_str_eq(R.rec.published.time, time);
    ck_assert_str_eq(R.rec.published.utc_offset, offset);
}

START_TEST(machine_time_moves_to_the_local_zone)
{
    static const struct {
        const char *machine, *date, *time, *offset;
    } CASES[] = {
        {"2024-05-19T23:30:00+00:00", "2024-05-20", "06:30", "+07:00"},
        {"2023-10-12T02:20:00-07:00", "2023-10-12", "16:20", "+07:00"},
        {"Tue, 21 May 2024 01:15:00 GMT", "2024-05-21", "08:15", "+07:00"},
        {"2024-10-16T14:05:00+0700", "2024-10-16", "14:05", "+07:00"},
        {"2024-12-12T03:00:00.000Z", "2024-12-12", "10:00", "+07:00"},
        {"2025-02-18T14:30:00+09:00", "2025-02-18", "14:30", "+09:00"},
        {"2024-11-25 10:05:31", "2024-11-25", "10:05", ""},
        {"08/03/2020 09:30", "2020-08-03", "09:30", ""},
        {"2025-07-25", "2025-07-25", "", ""},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++)
        expect_stamp(CASES[i].machine, false, CASES[i].date, CASES[i].time, CASES[i].offset);
}
END_TEST

/* A stamp shown on the page as its date line, its zone said: its time is
 * moved to the site's zone as a machine stamp's is (the day with it); one
 * whose zone is local, or unsaid, stays as written. */
START_TEST(visible_stamp_moves_to_the_local_zone)
{
    expect_stamp("2020-03-12T13:36:48Z", true, "2020-03-12", "20:36", "+07:00");
    expect_stamp("2020-03-12T20:36:48Z", true, "2020-03-13", "03:36", "+07:00");
    expect_stamp("2020-03-12T13:36:48+08:00", true, "2020-03-12", "13:36", "+08:00");
    expect_stamp("2020-03-12 13:36", true, "2020-03-12", "13:36", "");
}
END_TEST

START_TEST(machine_time_takes_the_zone_the_text_names)
{
    static const char *const PARAS[] = {"MATARAM – Rapat dimulai pukul 09.00 wita di aula kantor gubernur NTB."};
    stage_run_paragraphs(&R, PARAS, 1);
    R.hints.published_machine = "2024-08-14T23:10:00+00:00";
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2024-08-15");
    ck_assert_str_eq(R.rec.published.time, "07:10");
    ck_assert_str_eq(R.rec.published.utc_offset, "+08:00");
}
END_TEST

START_TEST(visible_date_wins_over_machine)
{
    static const char *const PARAS[] = {"Rapat digelar di aula kantor bupati dan dihadiri camat."};
    stage_run_paragraphs(&R, PARAS, 1);
    R.hints.published_machine = "2024-03-13T17:30:00+00:00";
    R.hints.published_visible = "3 Agustus 2020 | 09:30 WITA";
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2020-08-03");
    ck_assert_str_eq(R.rec.published.time, "09:30");
    ck_assert_str_eq(R.rec.published.utc_offset, "+08:00");
}
END_TEST

START_TEST(published_from_the_dateline)
{
    static const char *const PARAS[] = {
        "Kota Kupang, 25 Juli 2025 – Pemerintah Provinsi NTT menggelar rapat pada 2 Agustus mendatang."};
    stage_run_paragraphs(&R, PARAS, 1);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2025-07-25");
    ck_assert_uint_eq(R.rec.dates.len, 2);
    expect_date(1, "2 Agustus", "2025-08-02", "2025-08-02");
}
END_TEST

START_TEST(published_from_the_lead_sentence)
{
    static const char *const PARAS[] = {
        "PALU – Pemerintah Provinsi menyerahkan kunci hunian tetap kepada penyintas, Rabu (15/9/2021). Besok "
        "pendataan dimulai.",
        "Hunian dibangun sejak Jumat, 28 September 2018."};
    stage_run_paragraphs(&R, PARAS, 2);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2021-09-15");
    ck_assert_uint_eq(R.rec.dates.len, 3);
    expect_date(1, "Besok", "2021-09-16", "2021-09-16");
}
END_TEST

START_TEST(published_from_reference_when_nothing_else)
{
    stage_run_reset(&R);
    run1("Rapat digelar Senin (17/2) di aula kantor bupati bersama para camat se-kabupaten.", "2025-02-20");
    ck_assert_str_eq(R.rec.published.date, "2025-02-17");
    expect_date(0, "Senin (17/2)", "2025-02-17", "2025-02-17");
}
END_TEST


/* ---- forms of real pages (corpus/real, corpus/wild) ---- */

/* "Selasa 18-11-2025,11:43 WIB": the time glued on with a comma. */
START_TEST(date_line_with_a_glued_time)
{
    static const char *const PARAS[] = {"Rapat digelar di aula kantor gubernur bersama seluruh kepala dinas."};
    stage_run_paragraphs(&R, PARAS, 1);
    R.hints.published_visible = "Selasa 18-11-2025,11:43 WIB";
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2025-11-18");
    ck_assert_str_eq(R.rec.published.time, "11:43");
    ck_assert_int_eq(R.rec.published.source, PUB_DATE_LINE);
    expect_date(0, "Selasa 18-11-2025", "2025-11-18", "2025-11-18");
}
END_TEST

/* A part of the day or "tanggal" between the weekday and its date, and a
 * yearless "d/m" after a weekday. */
START_TEST(weekday_then_part_of_day)
{
    expect_one("hadiri deklarasi pada Jum\u2019at sore (24/9) di halaman hotel.", "2021-09-25",
               "Jum\u2019at sore (24/9)", "2021-09-24", "2021-09-24");
    expect_one("Rapat digelar Senin malam (19/03/2024) di pendopo.", NULL, "Senin malam (19/03/2024)",
               "2024-03-19", "2024-03-19");
    expect_one("Pengajian pada Jumat malam tanggal 21 Juni 2024 berlangsung khidmat.", NULL,
               "Jumat malam tanggal 21 Juni 2024", "2024-06-21", "2024-06-21");
    expect_one("kata Saifulloh, Kamis, 4/8, di ruang tamu.", "2022-08-05", "Kamis, 4/8", "2022-08-04", "2022-08-04");
    expect_none("Kode kegiatan 4/8 dicatat.");
}
END_TEST

/* A relative day followed by the date it names is one date; the parts of
 * the day with "ini" are today; "100 hari ini" is no day. */
START_TEST(relative_days_of_real_pages)
{
    expect_one("Enam padukuhan Besok hari Senin tanggal 23 Juni 2024 mengadakan bersih dusun.", "2024-06-22",
               "Besok hari Senin tanggal 23 Juni 2024", "2024-06-23", "2024-06-23");
    expect_one("Sedangkan Nanti malam, Sabtu tanggal 22 Juni 2024 digelar pengajian.", "2024-06-22",
               "Nanti malam, Sabtu tanggal 22 Juni 2024", "2024-06-22", "2024-06-22");
    expect_one("Plt Sekda menjadi pembina dalam apel pagi ini.", "2025-09-29", "pagi ini", "2025-09-29",
               "2025-09-29");
    expect_one("Acara nanti malam dihadiri bupati.", "2024-06-22", "nanti malam", "2024-06-22", "2024-06-22");
    expect_one("Rapat tadi sore membahas banjir.", "2024-06-22", "tadi sore", "2024-06-22", "2024-06-22");
    expect_one("Pasar dibuka besok pagi.", "2024-06-22", "besok pagi", "2024-06-23", "2024-06-23");
    expect_none("Program 100 hari ini berjalan baik.");
    expect_none("Dari pemantauan dua hari kemarin, nikah meningkat.");
    /* a weekday before "kemarin" is the last such day before the publication date */
    expect_one("Pengecatan dimulai dari Jumat kemarin agar lokasi berwarna.", "2024-11-29", "Jumat kemarin",
               "2024-11-22", "2024-11-22");
    expect_one("Rabu—Sabtu kemarin, 8—11 Maret 2023, dinas menggelar rapat.", "2023-03-12", "kemarin, 8—11 Maret 2023",
               "2023-03-08", "2023-03-11");
    /* ... and before "lalu" ("Senin lalu"), but for "Minggu lalu", last week as often as last Sunday */
    expect_one("Senin lalu kami turun ke Desa Praibakul.", "2026-09-24", "Senin", "2026-09-21", "2026-09-21");
    expect_one("Kamis lalu tim turun ke desa.", "2026-09-24", "Kamis", "2026-09-17", "2026-09-17");
    expect_none("Minggu lalu ada pasien yang datang membawa pisang.");
    /* a relative day opens no second one: no recursion however many follow */
    stage_run_reset(&R);
    run1("kemarin, kemarin, kemarin, besok, hari ini", "2023-03-12");
    ck_assert_uint_eq(R.rec.dates.len, 5);
    expect_one("Warga kemarin (18/12) berkumpul di balai desa.", "2015-12-19", "kemarin (18/12)", "2015-12-18",
               "2015-12-18");
    /* a range opened by a relative day is one range, to the day written */
    expect_one("Operasi pasar digelar besok hingga 23 Desember.", "2026-12-16", "besok hingga 23 Desember",
               "2026-12-17", "2026-12-23");
    ck_assert_int_eq(R.rec.dates.items[0].kind, DATE_RANGE);
    expect_one("Gelombang tinggi berlaku hari ini hingga Sabtu (26/9).", "2026-09-22", "hari ini hingga Sabtu (26/9)",
               "2026-09-22", "2026-09-26");
    ck_assert(!R.rec.dates.items[0].weekday_mismatch);
}
END_TEST

/* A yearless month counts after "bulan" (nearest year), or when its
 * sentence says it lies ahead ("akan", "mendatang", "nanti"; in its own month, that
 * month), behind ("lalu") or up to now ("sejak"). */
START_TEST(yearless_months)
{
    expect_one("Pada bulan Agustus warga berkumpul.", "2025-07-25", "bulan Agustus", "2025-08-01", "2025-08-31");
    expect_one("Menurut menteri proyek akan selesai pada bulan Desember.", "2018-01-08", "bulan Desember",
               "2018-12-01", "2018-12-31");
    expect_one("Pesta demokrasi itu akan dilaksanakan November mendatang.", "2024-03-19", "November mendatang",
               "2024-11-01", "2024-11-30");
    expect_one("Banjir melanda pada Maret lalu.", "2024-03-19", "Maret lalu", "2023-03-01", "2023-03-31");
    /* "nanti" after it says so too, the word no part of the date (as GOLD.md's readers write it) */
    expect_one("Kalau cuaca bersahabat, April nanti warga sudah bisa pindah.", "2026-05-02", "April", "2027-04-01",
               "2027-04-30");
    /* a target or a plan says which one ("ditargetkan rampung Desember") */
    expect_one("Gudang itu ditargetkan rampung Desember.", "2026-11-25", "Desember", "2026-12-01", "2026-12-31");
    expect_one("Jembatan direncanakan dibuka Februari.", "2026-11-25", "Februari", "2027-02-01", "2027-02-28");
    /* after "sejak": the last one or this one, however far back */
    expect_one("Pembangunan ruang kelas dikerjakan sejak Januari dengan dana APBD.", "2026-09-11", "Januari",
               "2026-01-01", "2026-01-31");
    expect_one("Harga cabai naik sejak awal bulan Agustus di pasar itu.", "2026-08-26", "bulan Agustus", "2026-08-01",
               "2026-08-31");
    /* ahead in its own month: that month, still running */
    expect_one("Pupuk akan tiba di kios sebelum akhir Agustus.", "2026-08-24", "Agustus", "2026-08-01",
               "2026-08-31");
    expect_one("Realisasi bulan April hingga Mei 2025 dicairkan.", NULL, "bulan April hingga Mei 2025", "2025-04-01",
               "2025-05-31");
    stage_run_reset(&R);
    run1("Hujan diprediksi mulai terjadi pada November dan Desember 2019.", NULL);
    ck_assert_uint_eq(R.rec.dates.len, 2);
    expect_date(0, "November", "2019-11-01", "2019-11-30");
    expect_date(1, "Desember 2019", "2019-12-01", "2019-12-31");
    expect_none("Warga Agustus berkumpul.");
    /* after a time word: "hingga Desember", "akhir januari" */
    expect_one("Pendaftaran terbuka hingga Desember bagi warga.", "2025-11-17", "Desember", "2025-12-01",
               "2025-12-31");
    expect_one("Hujan turun hingga akhir januari di wilayah itu.", "2021-01-11", "januari", "2021-01-01",
               "2021-01-31");
}
END_TEST

/* Wire copy dates its event with a weekday alone: the last such day up to
 * the publication date, closing the sentence or between commas before the
 * verb. A list of weekdays is no date. */
START_TEST(bare_weekday_of_wire_copy)
{
    static const char *const PARAS[] = {
        "\"BMKG jadi acuan,\" kata Presiden Jokowi, di Istana Negara Jakarta, Rabu.",
        "Pasar buka setiap Senin, Kamis.",
        "Kepala Dinkes Bangkalan di Bangkalan, Selasa, mengatakan kasus terbanyak ditemukan di Klampis.",
        "Posyandu buka Senin, Rabu, dan Jumat, Kamis, Sabtu, atau Minggu."};
    stage_run_paragraphs(&R, PARAS, 4);
    R.hints.published_visible = "Kamis, 29 Desember 2022";
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_uint_eq(R.rec.dates.len, 3);
    expect_date(1, "Rabu", "2022-12-28", "2022-12-28");
    ck_assert_int_eq(R.rec.dates.items[1].kind, DATE_DAY);
    expect_date(2, "Selasa", "2022-12-27", "2022-12-27");
}
END_TEST

/* A weekday with the part of the day in small letters dates the event
 * too ("sejak Rabu malam", "Hingga Minggu pagi"); not a habit ("setiap Senin
 * dan Kamis pagi"), a thing named by it ("Apel Senin pagi"), a weekday in
 * small letters, nor one before a relative day ("Senin pagi ini" is "pagi
 * ini"). */
START_TEST(bare_weekday_with_part_of_day)
{
    static const char *const PARAS[] = {
        "Warga mengungsi sejak Rabu malam. Hingga Minggu pagi, air belum surut.",
        "Ia berobat setiap Senin dan Kamis pagi. Apel Senin pagi digelar di halaman kantor.",
        "Petugas datang senin pagi. Apel digelar hari Senin pagi ini."};
    stage_run_paragraphs(&R, PARAS, 3);
    R.hints.published_visible = "Kamis, 13 Februari 2025";
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_uint_eq(R.rec.dates.len, 4);
    expect_date(1, "Rabu", "2025-02-12", "2025-02-12");
    expect_date(2, "Minggu", "2025-02-09", "2025-02-09");
    expect_date(3, "pagi ini", "2025-02-13", "2025-02-13");
}
END_TEST

/* A weekday that "sejak" or "pada" names at the end of its clause dates
 * the event ("omzetnya naik sejak Jumat."); not after "hingga", "mulai"
 * (a day ahead as often), nor a habit's ("setiap Jumat"). */
START_TEST(bare_weekday_after_sejak_or_pada)
{
    static const char *const PARAS[] = {
        "Penjual rujak mengaku omzetnya naik tiga kali lipat sejak Jumat.",
        "Rapat digelar pada Selasa, dihadiri para camat.",
        "Layanan dibuka hingga Sabtu. Pengajian digelar setiap Jumat."};
    stage_run_paragraphs(&R, PARAS, 3);
    R.hints.published_visible = "Minggu, 11 Oktober 2026";
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_uint_eq(R.rec.dates.len, 3);
    expect_date(1, "Jumat", "2026-10-09", "2026-10-09");
    expect_date(2, "Selasa", "2026-10-06", "2026-10-06");
}
END_TEST

/* English ordinals as themes print them: "14th Jan 2026", "January 21st,
 * 2026", "9th Juli 2025"; a count with a suffix is no date. */
START_TEST(english_ordinal_days)
{
    expect_one("Acara digelar 14th Jan 2026 di aula.", "2026-01-01", "14th Jan 2026", "2026-01-14", "2026-01-14");
    stage_run_reset(&R);
    expect_one("Rapat digelar January 21st, 2026 di gedung.", "2026-01-01", "January 21st, 2026", "2026-01-21",
               "2026-01-21");
    stage_run_reset(&R);
    expect_one("by redaksi 9th Juli 2025", "2025-07-01", "9th Juli 2025", "2025-07-09", "2025-07-09");
}
END_TEST

/* ---- where the publication date comes from ---- */

START_TEST(published_from_a_date_line_left_in_the_text)
{
    /* the title the reader took is a byline and the date line */
    static const char *const LEAD[] = {"Semanu – Pada Jumat malam tanggal 21 Juni 2024, warga melaksanakan pengajian."};
    R.rec.title = "suharni 22 Juni 2024 14:18:29 WIB";
    stage_run_paragraphs(&R, LEAD, 1);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2024-06-22");
    ck_assert_int_eq(R.rec.published.source, PUB_DATE_LINE);

    /* a headline that ends with a date is no date line: the lead dates the article */
    stage_run_reset(&R);
    R.rec.title = "Upacara Peringatan HUT RI Digelar Meriah, 17 Agustus 2024";
    stage_run_paragraphs(&R, LEAD, 1);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2024-06-21");
    ck_assert_int_eq(R.rec.published.source, PUB_LEAD);

    /* a short line among the header lines above the lead */
    static const char *const HEADER[] = {"Pj Gubernur Pimpin Rapat", "PPID UTAMA", "16 April 2024", "65 View",
                                         "Pekanbaru - Pj Gubernur memimpin rapat koordinasi pada hari pertama kerja."};
    stage_run_reset(&R);
    stage_run_paragraphs(&R, HEADER, 5);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2024-04-16");
    ck_assert_int_eq(R.rec.published.source, PUB_DATE_LINE);
}
END_TEST

START_TEST(published_from_the_lead_or_the_body_event)
{
    /* a lead the reader took for the title */
    R.rec.title = "Weda, Senin 6 Oktober 2025 — Pemerintah Kabupaten melaksanakan apel pagi yang dipimpin bupati.";
    static const char *const BODY[] = {"Dalam arahannya, Bupati mengingatkan seluruh ASN untuk menjaga kedisiplinan."};
    stage_run_paragraphs(&R, BODY, 1);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2025-10-06");
    ck_assert_int_eq(R.rec.published.source, PUB_LEAD);

    /* a lead that tells the days of an activity: the last of them */
    R.rec.title = NULL;
    static const char *const DAYS[] = {
        "Peringatan berlangsung dua hari. Kegiatan dimulai pada Sabtu (31/8/2024) dengan flashmob dan dilanjutkan "
        "pada Minggu (1/9/2024) dengan pameran UMKM.",
        "Pameran UMKM pernah digelar pada Senin (2/9/2019)."};
    stage_run_reset(&R);
    stage_run_paragraphs(&R, DAYS, 2);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2024-09-01");
    ck_assert_int_eq(R.rec.published.source, PUB_LEAD);

    /* the dateline's date wins over a later day the lead names */
    stage_run_reset(&R);
    run1("Kupang, 25 Juli 2025 – Pemerintah provinsi menjadwalkan rapat evaluasi pada 30 Juli 2025.", NULL);
    ck_assert_str_eq(R.rec.published.date, "2025-07-25");

    /* the lead gives no date: the body's first date of the activity */
    static const char *const EVENT[] = {
        "Dinas Pendidikan menetapkan zonasi penerimaan siswa baru bersama para kepala sekolah.",
        "\"Zonasi sudah kita tetapkan,\" ucap Kepala Dinas kepada wartawan, Senin 6 Juni 2022."};
    stage_run_reset(&R);
    stage_run_paragraphs(&R, EVENT, 2);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2022-06-06");
    ck_assert_int_eq(R.rec.published.source, PUB_BODY_EVENT);

    /* a span of months in the lead is the period a report covers, no day of it */
    static const char *const SPAN[] = {
        "Sepanjang Januari hingga Oktober 2025 tercatat 412 kasus gigitan hewan penular rabies.",
        "Data itu disampaikan Kepala Dinas Kesehatan kepada wartawan, Jumat (17/10/2025)."};
    stage_run_reset(&R);
    stage_run_paragraphs(&R, SPAN, 2);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2025-10-17");
    ck_assert_int_eq(R.rec.published.source, PUB_BODY_EVENT);
}
END_TEST

/* A regulation's date, an event ahead and a date long past never date the
 * article. */
START_TEST(published_is_never_a_decree_or_an_event_ahead)
{
    static const char *const PARAS[] = {
        "Sebagai tindak lanjut Keputusan Sekretaris Jenderal Nomor 4 Tahun 2026 tanggal 2 Januari 2026 tentang "
        "Pedoman Desa Sadar Kerukunan, kantor kementerian membentuk tim.",
        "Festival budaya akan digelar pada 5 Mei 2026 di alun-alun kota.",
        "Kabupaten ini dibentuk pada 20 November 2003 silam oleh para tokoh.",
        "Tim dibentuk dalam rapat di aula kantor, Rabu (21/1/2026)."};
    stage_run_paragraphs(&R, PARAS, 4);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2026-01-21");
    ck_assert_uint_eq(R.rec.dates.len, 4);

    /* a schedule's cue a long verb phrase before the date: the lead's last date is ahead */
    stage_run_reset(&R);
    run1("Pemerintah Kabupaten Tanah Bumbu menggelar pasar murah di Batulicin, Selasa (3/3/2026). Pasar murah serupa "
         "dijadwalkan digelar bergiliran di empat kecamatan lain hingga 13 Maret 2026.",
         NULL);
    ck_assert_str_eq(R.rec.published.date, "2026-03-03");

    /* "akan" in another clause says nothing of the date */
    stage_run_reset(&R);
    run1("Kegiatan yang akan berlangsung tiga hari itu, dibuka Senin (5/5/2025) oleh bupati.", NULL);
    ck_assert_str_eq(R.rec.published.date, "2025-05-05");

    /* a meeting "tentang" a subject is no regulation */
    stage_run_reset(&R);
    run1("Rapat koordinasi tentang penanganan stunting digelar pada tanggal 5 Mei 2025 di aula.", NULL);
    ck_assert_str_eq(R.rec.published.date, "2025-05-05");

    /* nor a date after the day the article is read */
    static const char *const AHEAD[] = {"Pendaftaran peserta dibuka 5 Juli 2025 melalui laman resmi dinas pendidikan.",
                                        "Sosialisasi digelar di aula dinas, Senin (24/2/2025)."};
    stage_run_reset(&R);
    stage_run_paragraphs(&R, AHEAD, 2);
    dates_extract(&R.rec, &R.hints, "2025-03-01", R.a);
    ck_assert_str_eq(R.rec.published.date, "2025-02-24");
}
END_TEST

/* With no reference date a yearless lead date takes the latest year in
 * which it falls on its weekday; with nothing at all, the reference date. */
START_TEST(published_year_from_the_weekday)
{
    stage_run_reset(&R);
    run1("Rapat pleno penetapan bupati terpilih digelar di aula hotel, Kamis (29/2) pagi.", NULL);
    ck_assert_str_eq(R.rec.published.date, "2024-02-29");
    ck_assert_int_eq(R.rec.published.source, PUB_LEAD);
    expect_date(0, "Kamis (29/2)", "2024-02-29", "2024-02-29");

    /* among the years the weekday allows, the one nearest the years the text writes */
    static const char *const YEARS[] = {
        "Pengadilan Agama menggelar sidang isbat nikah di balai desa, Selasa (16/6).",
        "Rencananya, pada 2016 mendatang, sidang serupa digelar di kecamatan lain."};
    stage_run_reset(&R);
    stage_run_paragraphs(&R, YEARS, 2);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2015-06-16");

    /* a count is no year ("sekitar 2000 orang"): the latest year the weekday allows */
    stage_run_reset(&R);
    run1("Lomba diikuti sekitar 2000 orang peserta di lapangan kota, Kamis (29/2).", NULL);
    ck_assert_str_eq(R.rec.published.date, "2024-02-29");

    stage_run_reset(&R);
    run1("Rapat pleno penetapan bupati terpilih digelar di aula hotel kabupaten.", "2025-03-01");
    ck_assert_str_eq(R.rec.published.date, "2025-03-01");
    ck_assert_int_eq(R.rec.published.source, PUB_REFERENCE);
    ck_assert_ptr_null(R.rec.published.text);

    stage_run_reset(&R);
    run1("Rapat pleno penetapan bupati terpilih digelar di aula hotel kabupaten.", NULL);
    ck_assert_int_eq(R.rec.published.source, PUB_NONE);
    ck_assert_str_eq(R.rec.published.date, "");
}
END_TEST


/* A date line of its own after a slogan the reader kept as a paragraph
 * wins over the lead's date; "akan" inside a quotation says nothing of the
 * date after it; "16 s. d. 17 Maret 2023" is one range. */
START_TEST(published_from_a_date_line_below_a_slogan)
{
    static const char *const PARAS[] = {
        "BE SMART CITY : Based on E-gov, Semarang More Accountable, Realistic and the Transparent City.",
        "08-01-2018 21:45 WIB    by Admin    Dilihat: 378 kali Berita Kota",
        "Wali Kota memenuhi janjinya kepada masyarakat, Minggu (7/1/2018), di kawasan Kota Lama."};
    stage_run_paragraphs(&R, PARAS, 3);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2018-01-08");
    ck_assert_str_eq(R.rec.published.time, "21:45");
    ck_assert_int_eq(R.rec.published.source, PUB_DATE_LINE);

    static const char *const QUOTE[] = {
        "Pilkada serentak tinggal menunggu hitungan bulan di seluruh kabupaten dan kota.",
        "\u2018\u2019Pilkada akan segera digelar,\u2019\u2019 harap Bupati, Senin malam (19/03/2024)."};
    stage_run_reset(&R);
    stage_run_paragraphs(&R, QUOTE, 2);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_str_eq(R.rec.published.date, "2024-03-19");
    ck_assert_int_eq(R.rec.published.source, PUB_BODY_EVENT);

    /* a heading after the lead that ends with a date is the body's, not a date line */
    static const char *const HEADING[] = {
        "Pemerintah kabupaten menyiapkan vaksinasi lanjutan bagi seluruh warga lanjut usia.",
        "Jadwal Vaksinasi Tahap Kedua Dimulai 5 Mei 2025"};
    stage_run_reset(&R);
    stage_run_paragraphs(&R, HEADING, 2);
    dates_extract(&R.rec, &R.hints, NULL, R.a);
    ck_assert_int_eq(R.rec.published.source, PUB_BODY_EVENT);

    expect_one("Rakor berlangsung dari tanggal 16 s. d. 17 Maret 2023 di Sukoharjo.", NULL, "tanggal 16 s. d. 17 Maret 2023",
               "2023-03-16", "2023-03-17");
}
END_TEST

/* ---- hostile input ---- */

START_TEST(many_dates_stay_bounded)
{
    const char unit[] = "1 Januari 2025 ";
    size_t n = 100000, len = n * (sizeof unit - 1);
    char *big = arena_alloc(R.a, len + 1);
    for (size_t i = 0; i < n; i++)
        memcpy(big + i * (sizeof unit - 1), unit, sizeof unit - 1);
    big[len] = '\0';
    clock_t t0 = clock();
    run1(big, NULL);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    ck_assert_uint_gt(R.rec.dates.len, 1000);
    ck_assert_uint_le(R.rec.dates.len, 10000);
    ck_assert_msg(secs < 5.0, "took %.2f s", secs);
}
END_TEST

static char *repeat(const char *unit, size_t n)
{
    size_t ulen = strlen(unit);
    char *big = arena_alloc(R.a, n * ulen + 1);
    for (size_t i = 0; i < n; i++)
        memcpy(big + i * ulen, unit, ulen);
    big[n * ulen] = '\0';
    return big;
}

START_TEST(dates_in_date_line_and_lead_stay_linear)
{
    const char *paras[] = {repeat("(1/2) ", 200000), repeat("1 Januari 2025 ", 100000)};
    R.hints.published_visible = repeat("(1/2) ", 200000);
    stage_run_paragraphs(&R, paras, 2);
    clock_t t0 = clock();
    dates_extract(&R.rec, &R.hints, "2025-07-25", R.a);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    ck_assert_uint_le(R.rec.dates.len, 10000);
    ck_assert_msg(secs < 5.0, "took %.2f s", secs);
}
END_TEST

START_TEST(hostile_punctuation_and_numbers)
{
    static const char *const UNITS[] = {"(", "/", "1/", "((1/", "12345678901234567890", "Senin, ", "- ", "s.d. "};
    for (size_t u = 0; u < sizeof UNITS / sizeof *UNITS; u++) {
        stage_run_reset(&R);
        size_t ulen = strlen(UNITS[u]), n = (1u << 20) / ulen;
        char *big = arena_alloc(R.a, n * ulen + 1);
        for (size_t i = 0; i < n; i++)
            memcpy(big + i * ulen, UNITS[u], ulen);
        big[n * ulen] = '\0';
        clock_t t0 = clock();
        run1(big, "2025-07-25");
        double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
        ck_assert_msg(secs < 5.0, "%s took %.2f s", UNITS[u], secs);
    }
}
END_TEST

/* A Hijri (or Javanese) date is a date when its paragraph equates it with a
 * day of ours that the tabular calendar puts within two days of it, and
 * takes that day; a weekday before it goes with it; alone, it is none. */
START_TEST(hijri_date_equated_with_a_day)
{
    stage_run_reset(&R);
    run1("MTsN 1 diresmikan Selasa (1/12/2026) bertepatan dengan 20 Jumadil Akhir 1448 H.", NULL);
    ck_assert_uint_eq(R.rec.dates.len, 2);
    expect_date(1, "20 Jumadil Akhir 1448 H", "2026-12-01", "2026-12-01");
    stage_run_reset(&R);
    run1("Jum\u2019at, 1 Sya\u2019ban 1443 H bertepatan dengan tanggal 4 Maret 2022, PA Kabanjahe ikut sosialisasi.",
         NULL);
    expect_date(0, "Jum\u2019at, 1 Sya\u2019ban 1443 H", "2022-03-04", "2022-03-04");
    stage_run_reset(&R);
    run1("Sedekah sendang digelar sesudah 1 Sura, yang tahun ini jatuh pada Selasa (16/6/2026).", NULL);
    expect_date(0, "1 Sura", "2026-06-16", "2026-06-16");
    /* a day of ours far from it: another event's date, not this one */
    stage_run_reset(&R);
    run1("Peringatan 12 Rabiul Awal di tempat lain, sedangkan di Cikoang pada Jumat (11/9/2026).", NULL);
    ck_assert_uint_eq(R.rec.dates.len, 1);
    expect_date(0, "Jumat (11/9/2026)", "2026-09-11", "2026-09-11");
    expect_none("Pasar murah digelar menjelang 1 Ramadan 1447 Hijriah di enam kecamatan.");
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("dates");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, days_with_month_names);
    tcase_add_test(tc, days_in_numbers);
    tcase_add_test(tc, yearless_days_take_the_nearest_year);
    tcase_add_test(tc, real_world_spellings);
    tcase_add_test(tc, weekday_mismatch_is_flagged);
    tcase_add_test(tc, ranges);
    tcase_add_test(tc, months);
    tcase_add_test(tc, relative_days);
    tcase_add_test(tc, never_a_date);
    tcase_add_test(tc, title_date_line_then_body);
    tcase_add_test(tc, dotted_date_line_has_no_time);
    tcase_add_test(tc, listing_teasers_have_no_dates_of_the_page);
    tcase_add_test(tc, date_line_and_lead_both_count);
    tcase_add_test(tc, release_date_lines);
    tcase_add_test(tc, machine_time_moves_to_the_local_zone);
    tcase_add_test(tc, machine_time_takes_the_zone_the_text_names);
    tcase_add_test(tc, visible_stamp_moves_to_the_local_zone);
    tcase_add_test(tc, visible_date_wins_over_machine);
    tcase_add_test(tc, published_from_the_dateline);
    tcase_add_test(tc, published_from_the_lead_sentence);
    tcase_add_test(tc, published_from_reference_when_nothing_else);
    tcase_add_test(tc, many_dates_stay_bounded);
    tcase_add_test(tc, dates_in_date_line_and_lead_stay_linear);
    tcase_add_test(tc, hostile_punctuation_and_numbers);
    tcase_add_test(tc, words_in_no_list_are_passed_over);
    tcase_add_test(tc, date_line_with_a_glued_time);
    tcase_add_test(tc, weekday_then_part_of_day);
    tcase_add_test(tc, relative_days_of_real_pages);
    tcase_add_test(tc, yearless_months);
    tcase_add_test(tc, bare_weekday_of_wire_copy);
    tcase_add_test(tc, bare_weekday_with_part_of_day);
    tcase_add_test(tc, bare_weekday_after_sejak_or_pada);
    tcase_add_test(tc, english_ordinal_days);
    tcase_add_test(tc, published_from_a_date_line_left_in_the_text);
    tcase_add_test(tc, published_from_the_lead_or_the_body_event);
    tcase_add_test(tc, published_is_never_a_decree_or_an_event_ahead);
    tcase_add_test(tc, published_year_from_the_weekday);
    tcase_add_test(tc, published_from_a_date_line_below_a_slogan);
    tcase_add_test(tc, hijri_date_equated_with_a_day);
    suite_add_tcase(s, tc);
    return s;
}
