#include <stdio.h>
#include <string.h>

#include "quotes.h"
#include "runner.h"
#include "segment.h"
#include "speakers.h"
#include "stage_helpers.h"

/* Quotation marks, as UTF-8. */
#define LDQ "\xE2\x80\x9C"
#define RDQ "\xE2\x80\x9D"

static stage_run R;
static void setup(void) { stage_run_reset(&R); }
static void teardown(void) { stage_run_free(&R); }

static void resolve(const char *const *paras, size_t n)
{
    stage_run_paragraphs(&R, paras, n);
    /* the stages' work is freed at once: the record must not point into it */
    arena *work = arena_new();
    speech_events ev = quotes_extract(&R.rec, 100, R.a, work);
    speakers_resolve(&R.rec, &ev, R.a, work);
    arena_free(work);
}

static const rec_speaker *speaker_of(size_t quote)
{
    ck_assert_uint_gt(R.rec.quotes.len, quote);
    long i = R.rec.quotes.items[quote].speaker;
    ck_assert_int_ge(i, 0);
    ck_assert_uint_lt((size_t)i, R.rec.speakers.len);
    return &R.rec.speakers.items[i];
}

/* The speaker of the quote whose text starts with `start`. */
static const rec_speaker *speaker_of_text(const char *start)
{
    for (size_t q = 0; q < R.rec.quotes.len; q++)
        if (strncmp(R.rec.quotes.items[q].text, start, strlen(start)) == 0)
            return speaker_of(q);
    ck_abort_msg("no quote starts with \"%s\"", start);
    return NULL;
}

START_TEST(role_then_titled_name_with_degrees)
{
    static const char *const P[] = {
        "Kepala Dinas Kesehatan NTT, dr. Maria Lalu, M.Kes., mengatakan bahwa stunting turun tajam tahun ini."};
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    const rec_speaker *s = speaker_of(0);
    ck_assert_str_eq(s->name, "Maria Lalu");
    ck_assert_str_eq(s->titles, "dr.");
    ck_assert_str_eq(s->degrees, "M.Kes.");
    ck_assert_str_eq(s->role, "Kepala Dinas Kesehatan NTT");
    ck_assert_str_eq(s->organization, "Dinas Kesehatan NTT");
}
END_TEST

/* An office of two words keeps both out of the organisation. */
START_TEST(organization_after_a_two_word_office)
{
    static const char *const P[] = {
        "Sekretaris Jenderal Kementerian Contoh, Hendra Wijaya, mengatakan program ini akan diperluas.",
        "Kepala Pelaksana BPBD Kabupaten Karangasem, Gede Putra, mengatakan warga sudah dievakuasi.",
        "Sekretaris Daerah Kabupaten Sikka, Adrianus Parera, mengatakan anggaran telah disiapkan.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 3);
    ck_assert_str_eq(speaker_of(0)->organization, "Kementerian Contoh");
    ck_assert_str_eq(speaker_of(1)->organization, "BPBD Kabupaten Karangasem");
    ck_assert_str_eq(speaker_of(2)->organization, "Kabupaten Sikka");
}
END_TEST

START_TEST(name_then_role_with_honorific)
{
    static const char *const P[] = {
        "Bapak Noor Iza, Kepala BPSDM Komdigi, menjelaskan, pelatihan ini sejalan dengan visi daerah."};
    resolve(P, 1);
    const rec_speaker *s = speaker_of(0);
    ck_assert_str_eq(s->name, "Noor Iza");
    ck_assert_str_eq(s->honorific, "Bapak");
    ck_assert_str_eq(s->role, "Kepala BPSDM Komdigi");
    /* ... and its short form, after the office */
    stage_run_reset(&R);
    static const char *const B[] = {LDQ "Tim ini menjangkau desa terpencil," RDQ " kata Kepala Dinas Kesehatan "
                                    "Kabupaten Nias Barat Bpk. Yamonaso Daeli, SKM, M.Kes saat melepas tim."};
    resolve(B, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Yamonaso Daeli");
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Dinas Kesehatan Kabupaten Nias Barat");
}
END_TEST

START_TEST(role_split_by_commas_keeps_the_last_name)
{
    static const char *const P[] = {
        "Kepala Dinas Perumahan, Kawasan Permukiman dan Pertanahan Sulteng, Ir. Yohanes Tanalangi, M.T., "
        "menjelaskan bahwa huntap yang terbangun sudah mencapai 8.788 unit."};
    resolve(P, 1);
    const rec_speaker *s = speaker_of(0);
    ck_assert_str_eq(s->name, "Yohanes Tanalangi");
    ck_assert_str_eq(s->role, "Kepala Dinas Perumahan, Kawasan Permukiman dan Pertanahan Sulteng");
}
END_TEST

START_TEST(surname_role_and_pronoun_merge)
{
    static const char *const P[] = {
        "Rapat dipimpin Wakil Bupati Manggarai Barat, Dr. Kanisius Ndoang, S.Fil.",
        "Wabup Kanisius mengatakan, kunjungan wisatawan diprediksi meningkat 20 persen.",
        LDQ "Kita tidak mau ada wisatawan terlantar di pelabuhan," RDQ " tegasnya.",
        "Menurut Kanisius, posko terpadu akan dijaga selama 24 jam oleh petugas gabungan.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    const rec_speaker *s = speaker_of(1);
    ck_assert_str_eq(s->name, "Kanisius Ndoang");
    ck_assert_str_eq(s->role, "Wakil Bupati Manggarai Barat");
    ck_assert_uint_eq(s->mentions, 4); /* "Rapat dipimpin ...", the cue, the pronoun, "Menurut Kanisius" */
    ck_assert_ptr_eq(speaker_of(0), speaker_of(2));
}
END_TEST

START_TEST(role_alone_then_role_with_region)
{
    static const char *const P[] = {
        "Kapolres Manggarai Barat menyampaikan bahwa operasi akan melibatkan 285 personel gabungan.",
        "Menurut Kapolres, titik rawan berada di kawasan Kampung Ujung.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_ptr_null(speaker_of(1)->name);
    ck_assert_str_eq(speaker_of(1)->role, "Kapolres Manggarai Barat");
}
END_TEST

START_TEST(pronoun_keeps_the_speaker_not_a_name_inside_the_quote)
{
    static const char *const P[] = {
        LDQ "Distribusi kami lakukan setiap hari," RDQ " kata Kepala Pelaksana BPBD, I Gede Wiratama Putra.",
        LDQ "Pak Suarjaya dan Bupati Karangasem sudah setuju dengan jalur ini," RDQ " ujarnya.",
        LDQ "Kami tidak ingin warga bingung saat harus mengungsi lagi." RDQ,
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(1)->name, "I Gede Wiratama Putra");
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
    ck_assert_ptr_eq(speaker_of(2), speaker_of(0));
}
END_TEST

START_TEST(subject_of_a_sentence_becomes_the_speaker)
{
    static const char *const P[] = {
        LDQ "Simulasi ini menguji rencana kontinjensi desa," RDQ " kata Bupati Karangasem.",
        "Salah satu peserta, Ni Ketut Sriasih (52), warga Banjar Dinas Lebih, mengaku lebih tenang.",
        LDQ "Sekarang saya tahu titik kumpulnya di mana," RDQ " tuturnya.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(1)->name, "Ni Ketut Sriasih");
    ck_assert_str_eq(speaker_of(1)->role, "peserta, warga Banjar Dinas Lebih");
}
END_TEST

START_TEST(people_only_mentioned_are_not_speakers)
{
    static const char *const P[] = {
        "Acara dihadiri Kepala BPSDM Komdigi, Gubernur NTT, dan perwakilan AWS.",
        LDQ "Pelatihan ini investasi bagi SDM daerah," RDQ " ujar La Ode Muhammad Ali.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "La Ode Muhammad Ali");
}
END_TEST

START_TEST(full_name_found_in_the_body)
{
    static const char *const P[] = {
        "Kegiatan dibuka Penjabat Bupati Seram Bagian Barat, Dr. Yusuf Rumakey, M.Si., di Piru.",
        "Dalam sambutannya, Rumakey menegaskan bahwa dana desa adalah uang rakyat.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Yusuf Rumakey");
    ck_assert_str_eq(speaker_of(0)->role, "Penjabat Bupati Seram Bagian Barat");
}
END_TEST

START_TEST(rank_in_an_office_and_raja_in_a_name)
{
    static const char *const P[] = {
        "Direktur Jenderal Bina Keuangan Daerah, Dr. Drs. Hendrikus Bambang Suryadi, menjelaskan bahwa daerah "
        "otonom baru wajib menyusun APBD sendiri.",
        "Kepala Dinas Komunikasi, Informatika dan Statistik Kota Pekanbaru, Raja Hendra Saputra, mengatakan bahwa "
        "semua data pemohon disimpan di pusat data.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Hendrikus Bambang Suryadi");
    ck_assert_str_eq(speaker_of(0)->titles, "Dr. Drs.");
    ck_assert_str_eq(speaker_of(0)->role, "Direktur Jenderal Bina Keuangan Daerah");
    ck_assert_str_eq(speaker_of(1)->name, "Raja Hendra Saputra");
}
END_TEST

START_TEST(office_with_region_is_not_a_name)
{
    static const char *const P[] = {
        "Kegiatan dibuka Kepala Pusat Pengembangan Aparatur Komdigi di Kupang.",
        "Menteri Komdigi menyampaikan bahwa transformasi digital adalah keniscayaan bagi daerah.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "Menteri Komdigi");
}
END_TEST

START_TEST(no_speaker_before_anyone_spoke)
{
    static const char *const P[] = {LDQ "Harga cabai naik sejak pekan lalu di semua pasar." RDQ};
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_int_eq(R.rec.quotes.items[0].speaker, -1);
    ck_assert_uint_eq(R.rec.speakers.len, 0);
}
END_TEST

/* "kata Iis.": a short name closing the sentence is a name, not a degree
 * like "S.T." (those have two dotted groups). */
START_TEST(short_name_before_the_full_stop)
{
    static const char *const P[] = {
        "Salah seorang warga Kelurahan Sukamaju, Iis Rosita (47), mengaku terbantu dengan harga pasar murah.",
        LDQ "Beras lima kilo di sini lebih murah dari warung dekat rumah," RDQ " kata Iis.",
        "Kepala Bidang Perdagangan, Ir. Ade Sutisna, S.T., M.Si., menjelaskan, stok beras cukup sampai akhir tahun.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Iis Rosita");
    ck_assert_str_eq(speaker_of(1)->name, "Ade Sutisna");
    ck_assert_str_eq(speaker_of(1)->degrees, "S.T. M.Si.");
    /* degrees a comma glues with no space after the name */
    stage_run_reset(&R);
    static const char *const G[] = {
        "Kepala Dinas Perikanan Kabupaten Bengkalis, Jonaidi Saputra S.Pi.,M.Si mengatakan, stok ikan cukup."};
    resolve(G, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Jonaidi Saputra");
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Dinas Perikanan Kabupaten Bengkalis");
}
END_TEST

/* "Ibu" before a lower-case word is part of the office, not an honorific. */
START_TEST(honorific_inside_an_office)
{
    static const char *const P[] = {
        "Direktur Gizi dan Kesehatan Ibu dan Anak Kemenkes, dr. Lucia Ratna Widyaningsih, MPH, mengatakan bahwa "
        "cakupan ASI eksklusif masih rendah."};
    resolve(P, 1);
    const rec_speaker *s = speaker_of(0);
    ck_assert_str_eq(s->name, "Lucia Ratna Widyaningsih");
    ck_assert_str_eq(s->role, "Direktur Gizi dan Kesehatan Ibu dan Anak Kemenkes");
}
END_TEST

/* A person written with an age is surely a person: "ia" and "katanya" then
 * point to them, whether they are the subject or apposed mid-sentence. */
START_TEST(person_introduced_with_an_age)
{
    static const char *const P[] = {
        LDQ "Huntap ini dibangun dengan standar tahan gempa," RDQ " kata Kepala Satker, Ahmad Fauzan.",
        "Kunci diserahkan Gubernur kepada sepuluh keluarga, salah satunya Rosmiati (52), penyintas likuefaksi "
        "Petobo yang kehilangan rumahnya. Dengan mata berkaca-kaca, ia mengatakan, " LDQ "Terima kasih kepada "
        "pemerintah." RDQ,
        "Salah seorang wajib pajak, Hasan Ilahude (47), menjadi satu dari sepuluh warga yang dilayani.",
        LDQ "Saya dengar dari radio ada pemutihan," RDQ " katanya.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 3);
    ck_assert_str_eq(speaker_of(1)->name, "Rosmiati");
    ck_assert_str_eq(speaker_of(1)->role, "penyintas likuefaksi Petobo");
    ck_assert_str_eq(speaker_of(2)->name, "Hasan Ilahude");
    ck_assert_str_eq(speaker_of(2)->role, "wajib pajak");
}
END_TEST

/* The dateline is a place: "Bupati Sumbawa" does not end in the name
 * "Sumbawa Besar". */
START_TEST(dateline_is_no_name_in_an_office)
{
    static const char *const P[] = {
        "Sumbawa Besar \xE2\x80\x93 Panen raya jagung digelar di Kabupaten Sumbawa.",
        "Bupati Sumbawa menyampaikan bahwa luas tanam jagung mencapai 68.000 hektare.",
    };
    R.rec.dateline = "Sumbawa Besar";
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "Bupati Sumbawa");
}
END_TEST

/* A person first quoted by surname takes the office the body gives them
 * right away, so an abbreviated office later ("Sekda", "Kesra") finds them. */
START_TEST(abbreviated_office_finds_the_named_person)
{
    static const char *const P[] = {
        "Rapat dipimpin Sekretaris Daerah Kabupaten Banyumas, Dr. Ir. Heru Prasetyo Wibowo, M.T.",
        "Heru mengatakan bahwa integrasi layanan harus selesai tahun ini.",
        "Menutup rapat, Sekda meminta seluruh kepala perangkat daerah hadir.",
        LDQ "Saya akan cek langsung progresnya setiap dua minggu," RDQ " pungkasnya.",
        "Asisten Pemerintahan dan Kesejahteraan Rakyat Setda Jawa Tengah, Agus Triyono, menekankan bahwa masa "
        "kampanye paling rawan.",
        "Di akhir rapat, Asisten Pemerintahan dan Kesra itu kembali menegaskan bahwa masyarakat dapat melapor.",
    };
    resolve(P, 6);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(1)->name, "Heru Prasetyo Wibowo");
    ck_assert_str_eq(speaker_of(1)->role, "Sekretaris Daerah Kabupaten Banyumas");
    ck_assert_str_eq(speaker_of(3)->name, "Agus Triyono");
}
END_TEST

/* "Divisi Pencegahan, Partisipasi Masyarakat, dan Hubungan Masyarakat": the
 * items of a list the conjunction closes belong to the role. */
START_TEST(list_inside_a_role)
{
    static const char *const P[] = {
        "Anggota Bawaslu Koordinator Divisi Pencegahan, Partisipasi Masyarakat, dan Hubungan Masyarakat, Dwi "
        "Lestari Handayani, mengungkapkan bahwa pihaknya menerima 47 laporan."};
    resolve(P, 1);
    const rec_speaker *s = speaker_of(0);
    ck_assert_str_eq(s->name, "Dwi Lestari Handayani");
    ck_assert_str_eq(s->role,
                     "Anggota Bawaslu Koordinator Divisi Pencegahan, Partisipasi Masyarakat, dan Hubungan Masyarakat");
    /* ... a dinas's fields too ("Kepemudaan" is one, no name) */
    stage_run_reset(&R);
    static const char *const D[] = {
        "Kepala Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata Kota Banjarmasin menyebutkan, tingkat hunian "
        "hotel mencapai 91 persen."};
    resolve(D, 1);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Dinas Kebudayaan, Kepemudaan, Olahraga dan Pariwisata Kota Banjarmasin");
}
END_TEST

/* The dateline before the dash is no part of the first subject's office,
 * so "Wagub" later is the same person; "orang nomor satu di X itu" points
 * back to the speaker. */
START_TEST(dateline_dash_and_epithet_keep_the_speaker)
{
    static const char *const P[] = {
        "Sumbawa Besar, Diskominfotik \xE2\x80\x93 Wakil Gubernur NTB, H. Lalu Arya Wiraguna, S.H., melakukan "
        "panen raya jagung.",
        "Wagub Lalu Arya mengatakan, jagung merupakan komoditas andalan NTB.",
        LDQ "Petani harus menikmati nilai tambahnya," RDQ " kata Ketua Kelompok Tani, Syamsul Bahri.",
        LDQ "Kita tidak boleh hanya bangga dengan angka produksi," RDQ " tegas Wagub menutup sambutannya.",
        LDQ "Tahun depan kita evaluasi," RDQ " ujar orang nomor satu di NTB itu.",
    };
    resolve(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(0)->role, "Wakil Gubernur NTB");
    ck_assert_ptr_eq(speaker_of(2), speaker_of(0));
    ck_assert_ptr_eq(speaker_of(3), speaker_of(0));
}
END_TEST

/* No comma between office and name: the name starts at the word the article
 * later uses alone for the speaker. */
START_TEST(name_in_role_starts_at_the_word_used_alone)
{
    static const char *const P[] = {
        "Ketua KPU Kabupaten Banjar Muhaimin mengatakan, hari ini menjadi hari yang bersejarah.",
        LDQ "Tentu banyak pekerjaan ke depan," RDQ " ujar Muhaimin.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Muhaimin");
    ck_assert_str_eq(speaker_of(0)->role, "Ketua KPU Kabupaten Banjar");
}
END_TEST

/* A place (a province, a region the body names with Kabupaten) ends the
 * office; two name words after it are the name. */
START_TEST(place_ends_the_office_before_the_name)
{
    static const char *const P[] = {
        "Gubernur Jawa Tengah Ganjar Pranowo mengatakan, vaksinasi akan dipercepat.",
        "Peringatan itu digelar di Kabupaten Bantul.",
        "Bupati Bantul Abdul Halim Muslih menegaskan, pelayanan tetap berjalan.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Ganjar Pranowo");
    ck_assert_str_eq(speaker_of(0)->role, "Gubernur Jawa Tengah");
    ck_assert_str_eq(speaker_of(1)->name, "Abdul Halim Muslih");
    ck_assert_str_eq(speaker_of(1)->role, "Bupati Bantul");
}
END_TEST

/* An opening adverbial is no name; a parenthesised short form ends the
 * office and initials stay in the name. */
START_TEST(opener_is_no_name_and_parenthesis_ends_the_office)
{
    static const char *const P[] = {
        "Pasca libur Idulfitri, Pj Gubernur Riau (Gubri) SF Hariyanto mengatakan, rapat sudah selesai."};
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "SF Hariyanto");
    ck_assert_str_eq(speaker_of(0)->role, "Pj Gubernur Riau (Gubri)");
}
END_TEST

/* A weekday and a date after the name are no part of the name or role; a
 * title glued to the name is split from it. */
START_TEST(date_apposition_and_glued_title)
{
    static const char *const P[] = {
        LDQ "Gubernur akan mendampingi Presiden," RDQ " kata Kepala Dinas Kominfo Sulsel, Andi Winarno, Rabu, "
            "21 Februari 2024.",
        "Kepala Kantor Kemenag, Drs.Sumarno, mengatakan, pendaftaran dibuka pekan depan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Andi Winarno");
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Dinas Kominfo Sulsel");
    ck_assert_str_eq(speaker_of(1)->name, "Sumarno");
    ck_assert_str_eq(speaker_of(1)->titles, "Drs.");
}
END_TEST

/* A speaker quoted by office alone is the person the article introduces in
 * that office, by name, in a sentence that quotes no one. */
START_TEST(office_alone_named_by_the_introduction)
{
    static const char *const P[] = {
        "Apel dipimpin langsung oleh Bupati Halmahera Tengah, Dr. Ir. Ikram Malan Sangadji, M.Si, di halaman "
        "kantor. Apel turut dihadiri Wakil Bupati Ahlan Djumadil.",
        "Dalam arahannya, Bupati menegaskan bahwa seluruh belanja daerah harus rasional.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Ikram Malan Sangadji");
    ck_assert_str_eq(speaker_of(0)->role, "Bupati Halmahera Tengah");
}
END_TEST

/* A customary office heads a role like any office: its holder named after
 * it, the office alone later his ("kata Ondoafi"). */
START_TEST(customary_office_heads_a_role)
{
    static const char *const P[] = {
        "Ondoafi Kampung Yoboi, Nikolaus Puhili Yoku, mengatakan bahwa ikan pelangi kini sulit ditemukan.",
        LDQ "Sekarang cari satu ekor saja susah," RDQ " kata Ondoafi saat ditemui.",
        LDQ "Sekarang tinggal belasan orang," RDQ " kata tetua adat Desa Bawomataluo Fatolosa Buulolo."};
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of_text("Sekarang cari")->name, "Nikolaus Puhili Yoku");
    ck_assert_str_eq(speaker_of_text("Sekarang cari")->role, "Ondoafi Kampung Yoboi");
    ck_assert_str_eq(speaker_of_text("Sekarang tinggal")->name, "Fatolosa Buulolo");
    ck_assert_str_eq(speaker_of_text("Sekarang tinggal")->role, "tetua adat Desa Bawomataluo");
}
END_TEST

/* Introduced by office, named later: one speaker. */
START_TEST(office_first_then_name_is_one_speaker)
{
    static const char *const P[] = {
        "Bupati Bangka Tengah menyampaikan bahwa momen ini menjadi kebanggaan masyarakat.",
        "Menurut Bupati Bangka Tengah, Algafry Rahman, air bersih masih menjadi persoalan.",
        LDQ "Luasnya kawasan hutan menjadi tantangan bagi kami," RDQ " ungkap Algafry.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Algafry Rahman");
    ck_assert_str_eq(speaker_of(0)->role, "Bupati Bangka Tengah");
    ck_assert_ptr_eq(speaker_of(0), speaker_of(2));
}
END_TEST

/* An opener before a name in the body is no part of the fullest name; a
 * name ends at its first lower-case word, where a lower-case office word
 * starts the role. */
START_TEST(opener_in_the_body_and_lower_case_office_after_a_name)
{
    static const char *const P[] = {
        "Menurut Khoirudin, program itu akan dilanjutkan tahun depan.",
        LDQ "Kami siap melayani," RDQ " ujar Khoirudin.",
        "Rabinah (75) warga Desa Alasdowo mengatakan, bantuan itu sangat membantu keluarganya.",
    };
    resolve(P, 3);
    ck_assert_uint_ge(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(1)->name, "Khoirudin");
    const rec_speaker *r = speaker_of(R.rec.quotes.len - 1);
    ck_assert_str_eq(r->name, "Rabinah");
    ck_assert_str_eq(r->role, "warga Desa Alasdowo");
}
END_TEST

/* The region the body names after a unit ends the office: one name word
 * after it is a name ("Pati Haryanto": "Kabupaten Pati" is also followed by
 * other words), a second word that always follows it is the region's
 * ("Aceh Besar"). */
START_TEST(region_named_after_a_unit_ends_the_office)
{
    static const char *const P[] = {
        "Bantuan dikirim ke Kabupaten Pati, lalu dibagikan di Kabupaten Pati bagian utara.",
        "Ketua PMI Pati Haryanto mengatakan, bantuan akan terus disalurkan.",
        "Kabupaten Aceh Besar meraih dua penghargaan di Kabupaten Aceh Besar.",
        "Bupati Aceh Besar mengatakan, waktu yang mepet membuat pemerintah bergerak cepat.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Haryanto");
    ck_assert_str_eq(speaker_of(0)->role, "Ketua PMI Pati");
    ck_assert_ptr_null(speaker_of(1)->name);
    ck_assert_str_eq(speaker_of(1)->role, "Bupati Aceh Besar");
}
END_TEST

/* Quotes cued by a pronoun before anyone is named are the person named next;
 * a former office without a name is an epithet of the current speaker; a
 * short form in parentheses is the office it stands for. */
START_TEST(pronoun_before_a_name_epithet_and_short_form)
{
    static const char *const P[] = {
        LDQ "HUT Riau harus dimaknai dengan semangat membangun," RDQ " ujarnya.",
        "Wakil Gubernur Riau (Wagubri) Edy Natar Nasution mengatakan, dukungan itu penting.",
        LDQ "Kita harus tetap waspada," RDQ " lanjut Wagubri.",
        "Menurut Mantan Kapolda NTB itu, kerja sama media sangat penting.",
        LDQ "Ingat, media bisa menentukan informasi," RDQ " katanya.",
    };
    resolve(P, 5);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Edy Natar Nasution");
    for (size_t q = 1; q < R.rec.quotes.len; q++)
        ck_assert_ptr_eq(speaker_of(q), speaker_of(0));
}
END_TEST

/* Two offices joined by "dan" are two people, no speaker; a plain name as a
 * sentence's subject becomes the current speaker. */
START_TEST(two_offices_are_no_speaker_and_a_plain_name_is)
{
    static const char *const P[] = {
        "Bupati dan Wakil Bupati Kepulauan Tanimbar telah hadir di acara itu.",
        "Erwin Dharmawan mengucapkan terima kasih kepada semua peserta rapat.",
        LDQ "Rapat ini penting bagi kita semua," RDQ " ujarnya.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(R.rec.quotes.len - 1)->name, "Erwin Dharmawan");
}
END_TEST

/* A headline In Title Case introduces no one: no capital tells where a name
 * ends ("Kalapas Narkotika Pematang Siantar Pimpin Apel"); an abbreviated
 * organisation opens a role, not a name. */
START_TEST(title_case_headline_and_organisation_abbreviation)
{
    static const char *const P[] = {
        LDQ "Kita harus bersih dari narkoba," RDQ " kata Kalapas.",
        LDQ "Putusan itu sudah sesuai aturan," RDQ " ujar Humas PTA Semarang.",
    };
    R.rec.title = "Kalapas Narkotika Pematang Siantar Pimpin Apel Pagi Bersama Pegawai";
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "Kalapas");
    ck_assert_ptr_null(speaker_of(1)->name);
}
END_TEST

/* A dateline's dash ends what came before it in a mention; a short form in
 * parentheses after a name stays out of it, and the office written with the
 * short form alone is the same person. */
START_TEST(dateline_dash_and_nickname_in_parentheses)
{
    static const char *const P[] = {
        "REPUBLIKA.CO.ID, JAKARTA -- Presiden Joko Widodo (Jokowi) meminta masyarakat mengikuti informasi BMKG.",
        LDQ "Ikuti semua informasi," RDQ " kata Presiden Jokowi.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(R.rec.quotes.len - 1)->name, "Joko Widodo");
}
END_TEST

/* Quotes cued by a pronoun that no one named before or after are the person
 * the article introduces first. */
START_TEST(pronoun_with_no_antecedent_is_the_lead_person)
{
    static const char *const P[] = {
        "Pada apel pagi, Kepala Kantor Kementerian Agama Kota Semarang Muh Habib selaku pembina apel menyampaikan "
        "beberapa hasil rakor.",
        LDQ "Bekerjalah dengan baik dan tingkatkan kinerja," RDQ " pesannya.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(R.rec.quotes.len - 1)->name, "Muh Habib");
}
END_TEST

/* A role ends at a verb, an opener or a dangling "dan". */
START_TEST(role_ends_at_a_verb)
{
    static const char *const P[] = {
        LDQ "Kami siap," RDQ " kata Kakankemenag membacakan sambutan menteri agama.",
        LDQ "Semua harus hadir," RDQ " ujar Plt Kalak BPBD Balangan, sehubungan banjir.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of(0)->role, "Kakankemenag");
    ck_assert_str_eq(speaker_of(1)->role, "Plt Kalak BPBD Balangan");
}
END_TEST

/* A verb ends the mention, not only its segment; an acronym after a name is
 * its degree; "selaku" opens the role after it; a sign-off glued to the name
 * is no part of it. */
START_TEST(verb_ends_the_mention_and_acronym_degree)
{
    static const char *const P[] = {
        LDQ "Kami siap," RDQ " kata Sekretaris Kecamatan (Sekcam), Emil Yudianto mewakili Camat Bontoala, Arman "
            "Nurdin.",
        LDQ "Acara berjalan lancar," RDQ " ujar Drs. Kunto Riyadi, MPPM, selaku ketua panitia.",
        LDQ "Pembangunan terus berjalan," RDQ " kata Musta\xE2\x80\x99in Ahmad.(Sua/Rf)",
    };
    resolve(P, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Emil Yudianto");
    ck_assert_str_eq(speaker_of(0)->role, "Sekretaris Kecamatan (Sekcam)");
    ck_assert_str_eq(speaker_of(1)->name, "Kunto Riyadi");
    ck_assert_str_eq(speaker_of(1)->degrees, "MPPM");
    ck_assert_str_eq(speaker_of(1)->role, "ketua panitia");
    ck_assert_str_eq(speaker_of(2)->name, "Musta\xE2\x80\x99in Ahmad");
}
END_TEST

/* Degrees glued by a dot; a capitalised preposition or a web address ends a
 * name; an adverbial segment before the person is dropped; a court is an
 * organisation, not a name. */
START_TEST(glued_degrees_preposition_and_adverbial)
{
    static const char *const P[] = {
        LDQ "Sidang berjalan lancar," RDQ " kata Ketua PA Kajen, Burhan Sholihin, SAg.MH, 28 Maret 2024.",
        LDQ "Semua warga binaan sehat," RDQ " ujar Kepala Rutan Rengat, Ridra Ginting Kepada Neracanews.com.",
        "Bertindak sebagai pembina upacara, Bupati Kendal mengatakan bahwa disiplin harus dijaga.",
        LDQ "Integritas adalah kunci," RDQ " kata Ketua Mahkamah Agung.",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of(0)->name, "Burhan Sholihin");
    ck_assert_str_eq(speaker_of(0)->degrees, "SAg.MH");
    ck_assert_str_eq(speaker_of(1)->name, "Ridra Ginting");
    ck_assert_str_eq(speaker_of(2)->role, "Bupati Kendal");
    ck_assert_ptr_null(speaker_of(3)->name);
    ck_assert_str_eq(speaker_of(3)->role, "Ketua Mahkamah Agung");
}
END_TEST

/* A village is a place: "Kepala Desa Sukamaju Budi Santoso". Many heads of
 * villages, each quoted once, stay apart however many there are. */
START_TEST(village_heads_stay_apart)
{
    static const char *const P[] = {
        LDQ "Program ini kami lanjutkan," RDQ " ujar Kepala Desa Sukamaju Budi Santoso.",
        LDQ "Warga sangat antusias," RDQ " ujar Kepala Desa Sukarame Rina Wulandari.",
        LDQ "Jalan desa sudah diperbaiki," RDQ " ujar Kepala Desa Sukasari Dedi Kurnia.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Budi Santoso");
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Desa Sukamaju");
    ck_assert_str_eq(speaker_of(2)->name, "Dedi Kurnia");
}
END_TEST

/* "Petani juga diminta mengumpulkan ...": the subject of a passive after an
 * auxiliary is acted upon, no one the next "tegasnya" points to. */
START_TEST(subject_of_a_passive_after_an_auxiliary)
{
    static const char *const P[] = {
        "Salah seorang petani, Syahrial Munaf (52), mengatakan serangan mulai terasa sejak Desember lalu.",
        "Kepala Bidang Hortikultura, Desrita Wulandari, menjelaskan lalat buah berkembang pesat.",
        "Desrita menambahkan, dinas telah membagikan 1.200 perangkap. Petani juga diminta mengumpulkan buah yang "
        "rontok lalu menguburnya.",
        LDQ "Harus serentak satu hamparan," RDQ " tegasnya.",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of_text("Harus serentak")->name, "Desrita Wulandari");
}
END_TEST

/* "Ismail Hi. Salim": North Maluku's "Hi." inside a name is the name's in
 * the body's index too, so that "Ismail" finds him, not "Fikri Ismail". */
START_TEST(hi_inside_a_name_in_the_body)
{
    static const char *const P[] = {
        "Ketiga korban masing-masing Ismail Hi. Salim (47), Arman Talib (35), dan Fikri Ismail (19), anak sulung "
        "Ismail.",
        "Ismail, nakhoda perahu, mengaku sempat memancing ikan dan menampung air hujan untuk bertahan hidup.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Ismail Hi. Salim");
}
END_TEST

/* A Roman numeral at a role's end numbers the unit before it ("daerah
 * pemilihan Lebak V", "kelas IV dan V"), no one's name, even where the body
 * writes it alone; after a name's word it is the name's ("Hamengku Buwono X"). */
START_TEST(roman_numeral_is_no_name)
{
    static const char *const P[] = {
        "LEBAK - Sebanyak 64 siswa kelas IV dan V di Kabupaten Lebak belajar di teras masjid.",
        "Anggota Komisi IV DPRD Lebak, Hj. Euis Rohaeti Maemunah, meminta agar dinas mendata ulang sekolah rusak.",
        "Legislator asal daerah pemilihan Lebak V itu menilai banyak sekolah di daerah pegunungan luput dari perhatian.",
        LDQ "Keistimewaan harus dirasakan warga," RDQ " kata Gubernur DIY Sri Sultan Hamengku Buwono X.",
        "Kepala Lapas Kelas IIA Ambon Budi Santoso mengatakan blok hunian baru segera dipakai.",
    };
    resolve(P, 5);
    ck_assert_uint_eq(R.rec.speakers.len, 3);
    ck_assert_str_eq(speaker_of_text("blok hunian")->name, "Budi Santoso");
    ck_assert_str_eq(speaker_of_text("banyak sekolah")->name, "Euis Rohaeti Maemunah");
    ck_assert_str_eq(speaker_of_text("Keistimewaan")->name, "Sri Sultan Hamengku Buwono X");
}
END_TEST

/* "ujar Raja." after "Raja Negeri Luhu, Hasan Wakano": the office's first
 * word alone names its holder, as "ujar Bupati" does. */
START_TEST(raja_alone_is_the_raja_negeri)
{
    static const char *const P[] = {
        "Raja Negeri Luhu, Hasan Wakano, mengatakan sasi merupakan aturan adat yang diwariskan turun-temurun.",
        "Kepala Kewang Negeri Luhu, Yusuf Sangadji, mengatakan petugas kewang berjaga setiap malam.",
        LDQ "Yang melanggar kena denda adat," RDQ " ujar Raja.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_ptr_eq(speaker_of(2), speaker_of(0));
}
END_TEST

/* Maluku's village head is an office, the "Raja Negeri", and the negeri a
 * place: "Raja Negeri Haruku Zeth Hendrik Lawalata" is the Raja of Haruku;
 * introduced as a sentence's subject with no quote of his, he is the one a
 * later "Ia" points to, as any office-holder is. "Raja" before a name stays the name's.
 * (And an office's field word is no name: "Kepala SD Inpres Bakalang".) */
START_TEST(raja_negeri_is_an_office)
{
    static const char *const P[] = {
        LDQ "Sasi ini bukan sekadar larangan," RDQ " kata Raja Negeri Haruku Zeth Hendrik Lawalata.",
        "Kepala Dinas Pertanian Budi Santoso mengatakan bibit sudah tiba di gudang.",
        "Raja Negeri Kwaos, Abdul Gani Rumadan, yang hadir mewakili para penerima, menyampaikan terima kasih "
        "kepada pemerintah daerah. Ia mengaku sebagian warganya sudah menyiapkan lubang tanam sejak Mei lalu.",
        LDQ "Kami mendukung program ini," RDQ " kata Raja Juli Antoni.",
        LDQ "Anak-anak belajar di tenda," RDQ " kata Kepala SD Inpres Bakalang.",
    };
    resolve(P, 5);
    ck_assert_uint_eq(R.rec.speakers.len, 5);
    ck_assert_str_eq(speaker_of(0)->name, "Zeth Hendrik Lawalata");
    ck_assert_str_eq(speaker_of(0)->role, "Raja Negeri Haruku");
    ck_assert_str_eq(speaker_of(2)->name, "Abdul Gani Rumadan");
    ck_assert_str_eq(speaker_of(2)->role, "Raja Negeri Kwaos");
    ck_assert_str_eq(speaker_of(3)->name, "Raja Juli Antoni");
    /* the "Inpres" of a school built under a presidential instruction is no name */
    ck_assert_ptr_null(speaker_of(4)->name);
    ck_assert_str_eq(speaker_of(4)->role, "Kepala SD Inpres Bakalang");
}
END_TEST

/* The "Agung" of the Attorney General and the Supreme Court ends the office
 * ("Jaksa Agung Wisnu Tri Hartono", "... Kejaksaan Agung Lukito Bramantyo");
 * elsewhere it is a given name ("Wakil Ketua DPR Agung Laksono"). */
START_TEST(agung_of_the_attorney_general)
{
    static const char *const P[] = {
        LDQ "Ini memang pekerjaan rumah kami," RDQ " kata Jaksa Agung Wisnu Tri Hartono.",
        LDQ "Berkas sudah lengkap," RDQ " kata Kepala Pusat Penerangan Hukum Kejaksaan Agung Lukito Bramantyo.",
        LDQ "Kami mendukung," RDQ " kata Wakil Ketua DPR Agung Laksono.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Wisnu Tri Hartono");
    ck_assert_str_eq(speaker_of(0)->role, "Jaksa Agung");
    ck_assert_str_eq(speaker_of(1)->name, "Lukito Bramantyo");
    ck_assert_str_eq(speaker_of(1)->role, "Kepala Pusat Penerangan Hukum Kejaksaan Agung");
    ck_assert_str_eq(speaker_of(2)->name, "Agung Laksono");
}
END_TEST

/* "Menjawab hal itu, X memastikan ...": the participle opens an adverbial
 * as "Menanggapi" does; X, not the anaphora after it, is the subject. */
START_TEST(answering_opener_before_the_subject)
{
    static const char *const P[] = {
        "Anggota DPRD, Jeffry Wowor, mengatakan stok vaksin sempat kosong pada Maret lalu.",
        "Menjawab hal itu, Stevanus memastikan stok vaksin saat ini aman hingga Juli.",
        "Menjawab pertanyaan wartawan, Kapolsek Limboto AKP Ridwan Duengo mengakui patroli belum menjangkau ruas itu.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(speaker_of(1)->name, "Stevanus");
    ck_assert_str_eq(speaker_of(2)->name, "Ridwan Duengo");
    ck_assert_str_eq(speaker_of(2)->role, "Kapolsek Limboto");
}
END_TEST

/* A company named by the word after its legal form is the company met
 * before: "Perum Bulog ... menyebutkan", then "Bulog juga menyatakan";
 * "PT ASDP Indonesia Ferry ... menyatakan", then "tulis ASDP". */
START_TEST(company_named_by_its_name_word)
{
    static const char *const P[] = {
        "Perum Bulog dalam keterangan tertulisnya menyebutkan bahwa penyaluran beras SPHP telah mencapai 118 ribu ton.",
        "Bulog juga menyatakan siap menambah titik penjualan di pasar tradisional.",
        "PT ASDP Indonesia Ferry (Persero) Cabang Singkil menyatakan bahwa tiket dapat dijadwalkan ulang.",
        LDQ "Pengguna jasa dapat mengajukan pengembalian dana melalui loket," RDQ " tulis ASDP.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
    ck_assert_str_eq(speaker_of(0)->role, "Perum Bulog");
    ck_assert_ptr_eq(speaker_of(3), speaker_of(2));
}
END_TEST

/* Sulawesi's "Dj." inside a name ends no sentence and stays in the name:
 * "Camat Momunu, Hj. Nurmala Dj. Abdullah,SE, menuturkan ...". */
START_TEST(dj_inside_a_name)
{
    static const char *const P[] = {
        "Camat Momunu, Hj. Nurmala Dj. Abdullah, SE, menuturkan dapur umum dibuka di halaman kantor camat.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Nurmala Dj. Abdullah");
    ck_assert_str_eq(speaker_of(0)->role, "Camat Momunu");
}
END_TEST

/* An epithet closed by a demonstrative after a "dengan" phrase points
 * back, as one after a relative clause does: "Perwira dengan tiga balok di
 * pundaknya itu menambahkan". */
START_TEST(epithet_with_a_dengan_phrase)
{
    static const char *const P[] = {
        "Kasat Resnarkoba AKP Irfan Maulana Tanjung mengatakan, tiga orang ditangkap dalam penggerebekan tersebut.",
        "Perwira dengan tiga balok di pundaknya itu menambahkan, pihaknya masih memburu seorang pengendali.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
}
END_TEST

/* "Hal itu ditegaskan <description> itu": the backward cue's epithet,
 * closed by its demonstrative before an adverbial, points back for the
 * sentence it attributes too. */
START_TEST(backward_cue_with_an_epithet)
{
    static const char *const P[] = {
        "Kepala KPPN Wamena, Aloysius Kurnia Wijaya, mengatakan penyaluran dana desa baru 41 persen.",
        "Dana desa yang tidak tersalur tidak dapat dialihkan ke tahun berikutnya. Hal itu ditegaskan pejabat "
        "eselon III itu dalam rapat koordinasi bersama pemerintah kabupaten.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
}
END_TEST

/* The degrees written after a name stand between it and its nickname's
 * relative clause: "Ns. Rahma Djafar, S.Kep., yang akrab disapa Ibu Ama". */
START_TEST(nickname_after_the_degrees)
{
    static const char *const P[] = {
        "Kepala Puskesmas Buli, Ns. Rahma Djafar, S.Kep., M.Kes., yang akrab disapa Ibu Ama, menyebutkan ada 58 "
        "penderita yang terdata di wilayah kerjanya.",
        LDQ "Yang paling berat itu memastikan pasien minum obat enam bulan," RDQ " ujar Ibu Ama.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(1)->name, "Rahma Djafar");
}
END_TEST

/* A name's lower-case particle ("br", Batak's boru; "bin") stays in the
 * agent of a passive cue and the mention after "Menurut". */
START_TEST(name_particle_in_a_passive_agent)
{
    static const char *const P[] = {
        "Dijelaskan oleh Kepala Bidang Pembinaan Sekolah Dasar, Marlina br Tumangger, S.Pd., bahwa modul "
        "pembelajaran disusun bersama para tetua adat.",
        "Menurut Ahmad bin Umar, pelatihan guru akan digelar pada bulan depan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Marlina br Tumangger");
    ck_assert_str_eq(speaker_of(1)->name, "Ahmad bin Umar");
}
END_TEST

/* "Orang nomor satu di <place> itu", the stock epithet of a place's head,
 * points back whatever place its "di" phrase gives, and an auxiliary may
 * stand between the demonstrative and the verb ("itu juga berpesan"). */
START_TEST(head_epithet_with_a_di_phrase)
{
    static const char *const P[] = {
        "Dandim 1506/Namlea Letkol Inf Ferdinandus Rahanra mengatakan, sumur bor dibangun di tiga desa.",
        "Orang nomor satu di jajaran Kodim 1506/Namlea itu juga berpesan agar masyarakat merawat sumur bor itu.",
        "Orang nomor satu di Bumi Bupolo itu berharap warga menjaga pompa air bersama-sama.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
    ck_assert_ptr_eq(speaker_of(2), speaker_of(0));
}
END_TEST

/* A one-word name that begins like a word of the name the article
 * introduces in the same office is that person's nickname. */
START_TEST(nickname_of_the_person_in_the_office)
{
    static const char *const P[] = {
        "Wali Kota Semarang Hendrar Prihadi memenuhi janjinya kepada masyarakat.",
        LDQ "Kami telah menyelesaikan 485 program kerja," RDQ " kata Wali Kota Hendi.",
        LDQ "Kota Lama kini cantik," RDQ " ujar Hendi.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(R.rec.quotes.len - 1)->name, "Hendrar Prihadi");
}
END_TEST

/* After a name, a second office starts the next person of a list; a lone
 * "dan" is no part of a role. */
START_TEST(list_of_people_ends_at_the_next_office)
{
    static const char *const P[] = {
        LDQ "Madrasah harus terus berbenah," RDQ " kata Kepala Bidang Pendidikan Madrasah, Jamun, Kepala "
            "Kankemenag Kota Semarang, Muh Habib.",
        LDQ "Warga siap," RDQ " ujar Lurah Girisekar, dan.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Jamun");
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Bidang Pendidikan Madrasah");
    ck_assert_str_eq(speaker_of(1)->role, "Lurah Girisekar");
}
END_TEST

/* An organisation quoted by its acronym is named as the article defines it. */
START_TEST(acronym_source_by_its_definition)
{
    static const char *const P[] = {
        "Masyarakat diminta mengikuti informasi dari Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) soal "
        "cuaca ekstrem.",
        "Menurut BMKG, hujan ekstrem masih akan terjadi hingga akhir pekan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_ptr_null(speaker_of(R.rec.quotes.len - 1)->name);
    ck_assert_str_eq(speaker_of(R.rec.quotes.len - 1)->role, "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)");
}
END_TEST

/* Reported speech whose cue has no person for a subject (a chain message
 * that "menyebutkan ...") before anyone is named is no one's: it does not wait
 * for the next person named, as a pronoun does (GOLD.md: null). */
START_TEST(unpersoned_cue_before_anyone_is_no_ones)
{
    static const char *const P[] = {
        "Beredar pesan berantai melalui aplikasi WhatsApp yang menyebutkan Pemerintah Provinsi membuka rekrutmen "
        "2.500 tenaga honorer.",
        "Kepala BKD Papua, Nicolaus Wenda, mengatakan bahwa informasi itu tidak benar.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_int_eq(R.rec.quotes.items[0].speaker, -1);
    ck_assert_str_eq(speaker_of(1)->name, "Nicolaus Wenda");
}
END_TEST

/* An honorific before an office addresses its holder: the office is the
 * role, and no name is given. */
START_TEST(honorific_before_office_names_no_one)
{
    static const char *const P[] = {
        "Dalam penjelasannya, bapak Ketua Pengadilan Tinggi menyampaikan bahwa seluruh satuan kerja akan diusulkan.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "Ketua Pengadilan Tinggi");
}
END_TEST

/* "AP" (Ahli Pemerintahan, the civil-service college's degree) after a name
 * is a degree, so the name before it is the name. */
START_TEST(civil_service_degree_after_name)
{
    static const char *const P[] = {
        "Bapak Camat Kecamatan Dongko, Hari Handoko, AP mengatakan bahwa kegiatan itu digelar setiap tahun.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Hari Handoko");
    ck_assert_str_eq(speaker_of(0)->role, "Camat Kecamatan Dongko");
    ck_assert_str_eq(speaker_of(0)->degrees, "AP");
}
END_TEST

/* A middle initial in the words after an office marks them as a name. */
START_TEST(middle_initial_marks_the_name_in_a_role)
{
    static const char *const P[] = {
        "\xE2\x80\x9CPelayanan publik terus membaik dari tahun ke tahun,\xE2\x80\x9D kata Bupati Dico M. Ganinduto.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Dico M. Ganinduto");
    ck_assert_str_eq(speaker_of(0)->role, "Bupati");
}
END_TEST

/* "dan" before a lower-case word that is no office ends the role: a clause
 * goes on ("... dan dipimpin langsung oleh ..."). */
START_TEST(dan_before_a_clause_ends_the_role)
{
    static const char *const P[] = {
        "Rapat digelar di Ruang Kepala Kantor Kementerian Agama Kota Makassar dan dipimpin langsung oleh Kepala "
        "Kantor Kementerian Agama Kota Makassar, H. Muhammad Ishak, yang mengatakan bahwa layanan terus dibenahi.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Kantor Kementerian Agama Kota Makassar");
    ck_assert_ptr_null(strstr(speaker_of(0)->role, "dipimpin"));
}
END_TEST

/* Inside a mention, "berdasarkan penilaian X" names X as the source. */
START_TEST(source_after_according_to)
{
    static const char *const P[] = {
        "Dari sisi kemandirian daerah Kabupaten Bone Bolango berdasarkan penilaian Kementrian Keuangan menyatakan "
        "bahwa Kabupaten Bone Bolango bukan lagi kabupaten tertinggal.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->role, "Kementrian Keuangan");
}
END_TEST

/* "Direktorat Jenderal" is an organisation, not a rank before a name; a
 * mention that names no one ("Juga") is the current speaker's; a mention
 * that starts inside a parenthesis starts after it. */
START_TEST(organisation_rank_empty_mention_and_parenthesis)
{
    static const char *const P[] = {
        "Acara dibuka oleh Sekretaris Direktorat Jenderal Badan Peradilan Agama, Drs. Arief Hidayat, S.H., M.H.. "
        "Dalam sambutannya menyampaikan pentingnya transparansi.",
        "Arief Hidayat mengatakan, semua satuan kerja harus berbenah.",
        LDQ "Layanan harus cepat," RDQ " ujar beliau.",
        "Kepala Seksi Pendidikan Diniyah dan Pondok Pesantren (Kasi PD. Pontren) H. Ahmad Shidqi, S.Psi., M.Eng. "
        "sebagai Pembina upacara membacakan sambutan Menteri Agama RI.",
        LDQ "Mari kita mendoakan para pahlawan," RDQ " kata Ahmad Shidqi.",
    };
    resolve(P, 5);
    ck_assert_str_eq(speaker_of(0)->name, "Arief Hidayat");
    ck_assert_str_eq(speaker_of(0)->role, "Sekretaris Direktorat Jenderal Badan Peradilan Agama");
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
    const rec_speaker *last = speaker_of(R.rec.quotes.len - 1);
    ck_assert_str_eq(last->name, "Ahmad Shidqi");
    ck_assert_ptr_null(strstr(last->role ? last->role : "", "Pontren)"));
}
END_TEST

/* Given names before the word used alone stay in the name; degrees without
 * dots end a role-and-name; a rank after a region starts the name; no word of
 * the role grows the name. */
START_TEST(given_names_degrees_and_rank_after_a_region)
{
    static const char *const P[] = {
        "Bupati Bantul Abdul Halim Muslih mengatakan, peringatan ini digelar sederhana.",
        LDQ "Mari kita jaga bersama," RDQ " ujar Halim.",
        "Acara digelar di Pendapa Kabupaten Purbalingga.",
        LDQ "Kami siap," RDQ " kata Bupati Purbalingga Dyah Hayuning Pratiwi SE BEcon MM.",
        LDQ "Situasi kondusif," RDQ " kata Kapolres Tasikmalaya Kota AKBP SY Zainal Abidin.",
        "Bupati Pati Haryanto meninjau lokasi banjir.",
        LDQ "Bantuan sudah dikirim," RDQ " ujar Haryanto.",
    };
    resolve(P, 7);
    ck_assert_str_eq(speaker_of_text("Mari")->name, "Abdul Halim Muslih");
    ck_assert_str_eq(speaker_of_text("Mari")->role, "Bupati Bantul");
    ck_assert_str_eq(speaker_of_text("Kami")->name, "Dyah Hayuning Pratiwi");
    ck_assert_str_eq(speaker_of_text("Kami")->degrees, "SE BEcon MM");
    ck_assert_str_eq(speaker_of_text("Situasi")->name, "SY Zainal Abidin");
    ck_assert_str_eq(speaker_of_text("Situasi")->role, "Kapolres Tasikmalaya Kota");
    ck_assert_str_eq(speaker_of_text("Bantuan")->name, "Haryanto");
}
END_TEST

/* Short forms of offices are spelt out to match the full office
 * ("Kakanwil": "Kepala Kantor Wilayah ..."), but a field the longer office
 * inserts makes another one (Kakankemenag is not Kakanwil). */
START_TEST(office_short_forms_match_their_office_only)
{
    static const char *const P[] = {
        "Kepala Kantor Wilayah Kementerian Agama Provinsi Aceh, Azhari, membuka rapat kerja.",
        LDQ "Kita harus melayani umat dengan baik," RDQ " kata Kakanwil.",
        "Kakankemenag Kota Banda Aceh, Ridwan Qadri, mengatakan bahwa layanan nikah sudah digital.",
        LDQ "Kami siap mendukung," RDQ " ujar Kakankemenag.",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of_text("Kita")->name, "Azhari");
    ck_assert_str_eq(speaker_of_text("Kami")->name, "Ridwan Qadri");
}
END_TEST

/* A post ("Pos Pengamatan") is an organisation, not a name; "selaku" after a
 * name and a role keeps the second office as written; a clause after the
 * name ("bahwa ...") is no role. */
START_TEST(roles_as_written_around_the_name)
{
    static const char *const P[] = {
        LDQ "Status gunung masih waspada," RDQ " kata petugas Pos Pengamatan Gunung Api (PGA) Agung di Rendang, Dewa "
            "Made Sutapa.",
        LDQ "Harga beras stabil," RDQ " ujar Sekretaris Daerah Kabupaten Lombok Timur, Lalu Wirajaya Sukmana, selaku "
            "Ketua Harian TPID.",
        "Menurut Kepala Rutan Rudi Kristiawan, bahwa remisi diberikan kepada 120 warga binaan.",
    };
    resolve(P, 3);
    ck_assert_ptr_null(strstr(speaker_of_text("Status")->name ? speaker_of_text("Status")->name : "", "Pos"));
    ck_assert_str_eq(speaker_of_text("Harga")->role,
                     "Sekretaris Daerah Kabupaten Lombok Timur, selaku Ketua Harian TPID");
}
END_TEST

/* An office before the name stays the role when "selaku" gives the
 * capacity of the day right after the name; a title (the Javanese
 * nobility's "RM." too) starts the name after the office. */
START_TEST(office_before_name_and_selaku)
{
    static const char *const P[] = {
        "Bupati Pati, Haryanto selaku Ketua Gugus Tugas Percepatan Penanganan Covid-19 mengatakan bahwa pasar "
        "tetap buka.",
        "Sekda Kulon Progo Ir. RM. Astungkoro selaku ketua penyelenggara, menjelaskan bahwa semua acara telah "
        "dilaksanakan.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of_text("pasar")->name, "Haryanto");
    ck_assert_str_eq(speaker_of_text("pasar")->role, "Bupati Pati");
    ck_assert_str_eq(speaker_of_text("semua acara")->name, "Astungkoro");
    ck_assert_str_eq(speaker_of_text("semua acara")->role, "Sekda Kulon Progo");
    ck_assert_str_eq(speaker_of_text("semua acara")->titles, "Ir. RM.");
}
END_TEST

/* A headline In Title Case names the office's holder as far as the body
 * writes the name. */
START_TEST(title_case_headline_named_as_far_as_the_body_confirms)
{
    static const char *const P[] = {
        LDQ "Program ini harus kita awasi bersama," RDQ " tambah Gubernur.",
        "Sebelumnya, Helmi Hasan meninjau pasar.",
    };
    R.rec.title = "Peringati HUT Provinsi Bengkulu, Gubernur Helmi Hasan Terus Komitmen Bantu Rakyat";
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Helmi Hasan");
    ck_assert_str_eq(speaker_of(0)->role, "Gubernur");
}
END_TEST

/* A body that writes the headline's name shorter ("Helmi mengatakan")
 * leaves the headline's name up to its verb whole; a sentence's opening
 * adverb ("Ternyata") is never the name a headline gives. */
START_TEST(title_case_headline_name_longer_than_the_bodys)
{
    static const char *const P[] = {
        LDQ "Program ini harus kita awasi bersama," RDQ " tambah Gubernur.",
        "Helmi mengatakan pasar murah digelar di sepuluh kecamatan.",
    };
    R.rec.title = "Peringati HUT Provinsi Bengkulu, Gubernur Helmi Hasan Terus Komitmen Bantu Rakyat";
    resolve(P, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Helmi Hasan");
}
END_TEST

/* "Kadis Perikanan Sibolga Marojahan Sibuea: Stok Ikan Aman ...": a colon
 * after the headline's name stands where its verb would; the body that
 * writes the office only ("Kepala Dinas Perikanan Kota Sibolga") has it. */
START_TEST(headline_name_before_a_colon)
{
    static const char *const P[] = {
        "Kepala Dinas Perikanan Kota Sibolga mengatakan pasokan ikan segar dalam kondisi aman.",
    };
    R.rec.title = "Kadis Perikanan Sibolga Marojahan Sibuea: Stok Ikan Aman Jelang Lebaran";
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Marojahan Sibuea");
}
END_TEST

/* The police's Resor and Sektor spelled out are the unit's words, no name:
 * "Kepala Kepolisian Resor Mimika". */
START_TEST(police_units_spelled_out)
{
    static const char *const P[] = {
        "Kepala Kepolisian Resor Mimika menegaskan polisi tidak akan kompromi dengan pengedar.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Kepolisian Resor Mimika");
}
END_TEST

START_TEST(sentence_adverb_is_no_headline_name)
{
    static const char *const P[] = {
        LDQ "Dulu sudah kami ingatkan. Ternyata kejadiannya begini," RDQ " ucap Dedi.",
        LDQ "Kami minta keadilan," RDQ " kata Pelaku.",
    };
    R.rec.title = "Polisi Tangkap Pembunuh di Bekasi, Pelaku Ternyata Mantan Pacar";
    resolve(P, 2);
    ck_assert_ptr_null(speaker_of(1)->name);
}
END_TEST

/* An honorific before a description in lower case is kin, part of the
 * role: "Ibu korban" is the victim's mother. */
START_TEST(honorific_before_a_description_is_kin)
{
    static const char *const P[] = {
        "Ibu korban, Anis Fuadah (40), mengatakan anaknya pamit berangkat sekolah pagi itu.",
        "Paman korban, Dedi Suriadilaga, meminta agar pelaku dihukum seberat-beratnya.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of(0)->role, "Ibu korban");
    ck_assert_ptr_null(speaker_of(0)->honorific);
    ck_assert_str_eq(speaker_of(1)->role, "Paman korban");
}
END_TEST

/* A speech noun's passive verb names its giver ("Pandangan berbeda
 * disampaikan X."), whom the next epithet points back to. */
START_TEST(speech_noun_given_by_passive_agent)
{
    static const char *const P[] = {
        "Pandangan berbeda disampaikan Ketua DPP Partai NasDem Bidang Pemenangan Pemilu, Reza Adhitya Sahetapy. "
        "Politikus itu berpendapat ambang batas terlalu rendah justru akan membuat parlemen terfragmentasi.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Reza Adhitya Sahetapy");
}
END_TEST

/* So does any passive verb after a view's noun ("Sikap berbeda
 * ditunjukkan X."): the next "Ia menilai" is X's. */
START_TEST(view_shown_by_passive_agent)
{
    static const char *const P[] = {
        "Haryo Sasongko menegaskan belum ada keputusan apa pun soal model pilkada ke depan.",
        "Sikap berbeda ditunjukkan anggota Komisi II dari Fraksi PDI Perjuangan, Markus Dimpu Togatorop. Ia menilai "
        "pemilihan kepala daerah oleh DPRD merupakan kemunduran demokrasi.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of(1)->name, "Markus Dimpu Togatorop");
}
END_TEST

/* After a term of address a three-letter nickname of a name word's first
 * syllables is its holder ("Bang Yus" for Yusransyah); without one it is
 * too short to tell. */
START_TEST(addressed_short_nickname)
{
    static const char *const P[] = {
        "Ketua Umum FKHN, Yusransyah Darmawel, mengatakan banyak pemerintah daerah belum mengusulkan formasi.",
        "Jika hingga Juni belum ada kejelasan, lanjut Bang Yus, forum honorer akan kembali menggelar aksi.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_int_eq(R.rec.quotes.items[1].speaker, 0);
}
END_TEST

/* An event's capitalised name is no person ("Sidang Isbath Nikah Terpadu"). */
START_TEST(event_name_is_no_person)
{
    static const char *const P[] = {
        "Ketua Pengadilan Agama Trenggalek, Ahmad Fauzi, membuka kegiatan.",
        "Sidang Isbath Nikah Terpadu digelar dua hari di gedung serbaguna.",
        LDQ "Sidang ini membantu warga mendapat buku nikah," RDQ " ucap beliau.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(R.rec.quotes.len - 1)->name, "Ahmad Fauzi");
}
END_TEST

/* A source named by its degrees alone ("Abdullah, S.Sos mengatakan"): the
 * capitalised words before them in the paragraph name it. */
START_TEST(name_before_degrees_in_the_paragraph)
{
    static const char *const P[] = {
        "Bupati Aceh Besar Ir. Mawardi Ali mengatakan, penghargaan ini milik masyarakat.",
        "Sedangkan Abdullah, S.Sos mengatakan waktu yang mepet membuat pemerintah bergerak cepat. " LDQ
        "Singkatnya waktu membuat kami harus gerak cepat," RDQ " pungkasnya.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of_text("Singkatnya")->name, "Abdullah");
}
END_TEST

/* "ujar Bupati Sutjidra": the office and a word of the name the article
 * introduced in it are that person, with the introduction's fuller office;
 * an introduction that says no more than the office leaves the role. */
START_TEST(office_and_surname_name_the_introduced_person)
{
    static const char *const P[] = {
        "Kabupaten Buleleng memperingati hari jadi kota, Bupati Buleleng I Nyoman Sutjidra bertindak sebagai "
        "pembina upacara.",
        LDQ "Kita harus bekerja sama membangun daerah," RDQ " ujar Bupati Sutjidra.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "I Nyoman Sutjidra");
    ck_assert_str_eq(speaker_of(0)->role, "Bupati Buleleng");
}
END_TEST

/* "Bupati KSB dua periode ini": a description pointed back at with a
 * demonstrative, that fits no one met, is the current speaker; "Kapolres
 * itu" that fits someone met is them; "Camat hari ini" is a day, not an
 * epithet: a new speaker. */
START_TEST(demonstrative_epithet_points_back)
{
    static const char *const P[] = {
        "Bupati Sumbawa Barat, Musyafirin, meminta warga menyambut pilkada dengan gembira.",
        "Bupati KSB dua periode ini menginginkan pilkada berjalan aman dan lancar.",
        "Kapolres Sumbawa Barat, Budi Hartono, menyatakan polisi siap mengamankan pilkada.",
        "Bupati itu berharap semua pihak menjaga ketertiban.",
        "Camat Taliwang hari ini menjelaskan bahwa tempat pemungutan suara sudah siap.",
    };
    resolve(P, 5);
    ck_assert_str_eq(speaker_of_text("pilkada berjalan")->name, "Musyafirin");
    ck_assert_str_eq(speaker_of_text("semua pihak")->name, "Musyafirin");
    ck_assert_ptr_null(speaker_of_text("tempat pemungutan")->name);
    ck_assert_str_eq(speaker_of_text("tempat pemungutan")->role, "Camat Taliwang");
}
END_TEST

/* A sentence that gives two ages lists people (those who received aid), it
 * introduces none: "pungkasnya" stays with the speaker of the passage. */
START_TEST(list_of_aged_people_introduces_no_speaker)
{
    static const char *const P[] = {
        "Bantuan diserahkan Ketua PMI Kabupaten Pati, Haryanto, kepada kepala desa.",
        "Penerimanya adalah rumah milik Ibu Karmilah (69) warga Desa Dukuhseti, rumah milik Ibu Rabinah (75) "
        "warga Desa Alasdowo.",
        LDQ "Mudah-mudahan bantuan ini bermanfaat bagi warga," RDQ " pungkasnya.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Haryanto");
}
END_TEST

/* An office after a comma introduces someone else: the source of "Menurut
 * Kepala Bagian Humas dan Protokol Riswidodo, Bupati Bantul Suharsono ..."
 * is not the regent quoted before. */
START_TEST(office_after_a_comma_introduces_another_person)
{
    static const char *const P[] = {
        LDQ "Lebaran waktu yang tepat untuk bersilaturahmi dengan warga Kabupaten Bantul," RDQ
        " kata Bupati Bantul Suharsono.",
        "Menurut Kepala Bagian Humas dan Protokol Riswidodo, Bupati Bantul Drs. H. Suharsono dan Wakil Bupati "
        "Bantul H. Abdul Halim Muslih menggelar open house bagi warga.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Suharsono");
    ck_assert_str_eq(speaker_of(0)->role, "Bupati Bantul");
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_ptr_ne(strstr(speaker_of(1)->role, "Humas"), NULL);
}
END_TEST

/* "dan" after a name and before an office introduces someone else: the
 * head of office quoted by his short office is the first person, not a
 * reading of both. */
START_TEST(office_after_dan_introduces_another_person)
{
    static const char *const P[] = {
        "Bertindak sebagai inspektur upacara, Kepala Kantor, H. Taufiqur Rahman dan Kasi Pakis, H. Qomarul "
        "Aziz sebagai perwira.",
        LDQ "Kita patut bersyukur atas perhatian pemerintah kepada santri," RDQ " kata Kakankemenag.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Taufiqur Rahman");
}
END_TEST

/* "Bupati Gunungkidul Sunaryanta": a regency or city right after the
 * office (REGION_NAMES, whatever its spelling and spaces) ends the role and
 * is never part of the name, even a one-word one; an office with its
 * region alone names no one. */
START_TEST(regency_after_the_office_ends_the_role)
{
    static const char *const P[] = {
        LDQ "Kami siap membantu warga," RDQ " kata Bupati Gunungkidul Sunaryanta.",
        LDQ "Kami mendukung penuh," RDQ " ujar Bupati Kulon Progo Hasto Wardoyo.",
        LDQ "Kami bangga," RDQ " kata Bupati Tojo Una-Una Mohammad Lahay.",
        LDQ "Anggaran kami tambah," RDQ " kata Bupati Bima Indah Dhamayanti Putri.",
        LDQ "Semua berjalan lancar," RDQ " kata Ketua DPRD Kudus Masan.",
        LDQ "Sudah kami siapkan," RDQ " kata Bupati Sleman.",
    };
    resolve(P, 6);
    ck_assert_str_eq(speaker_of_text("Kami siap")->name, "Sunaryanta");
    ck_assert_str_eq(speaker_of_text("Kami siap")->role, "Bupati Gunungkidul");
    ck_assert_str_eq(speaker_of_text("Kami mendukung")->name, "Hasto Wardoyo");
    ck_assert_str_eq(speaker_of_text("Kami mendukung")->role, "Bupati Kulon Progo");
    ck_assert_str_eq(speaker_of_text("Kami bangga")->name, "Mohammad Lahay");
    ck_assert_str_eq(speaker_of_text("Anggaran kami")->name, "Indah Dhamayanti Putri");
    ck_assert_str_eq(speaker_of_text("Semua berjalan")->name, "Masan");
    ck_assert_ptr_null(speaker_of_text("Sudah kami")->name);
    ck_assert_str_eq(speaker_of_text("Sudah kami")->role, "Bupati Sleman");
}
END_TEST

/* National news's foreign offices: a country after the office ends the role
 * as a regency does (COUNTRY_NAMES), after "untuk" too; "Perdana Menteri",
 * "PM", "Kanselir" and "Konsul Jenderal" are offices. */
START_TEST(country_after_the_office_ends_the_role)
{
    static const char *const P[] = {
        LDQ "Kami mendukung perdamaian," RDQ " kata Presiden Amerika Serikat Joe Biden.",
        "Konsul Jenderal RI di Davao, Reza Faisal Arifin, memastikan tidak ada korban WNI dalam gempa itu.",
        LDQ "Kami siap berunding," RDQ " kata Perdana Menteri Jepang Fumio Kishida.",
        LDQ "Hubungan kedua negara kuat," RDQ " kata Duta Besar Indonesia untuk Jepang Heri Akhmadi.",
        LDQ "Kami menolak sanksi itu," RDQ " kata Menteri Luar Negeri Tiongkok Wang Yi.",
    };
    resolve(P, 5);
    ck_assert_str_eq(speaker_of_text("tidak ada korban")->name, "Reza Faisal Arifin");
    ck_assert_str_eq(speaker_of_text("tidak ada korban")->role, "Konsul Jenderal RI di Davao");
    ck_assert_str_eq(speaker_of_text("Kami mendukung")->name, "Joe Biden");
    ck_assert_str_eq(speaker_of_text("Kami mendukung")->role, "Presiden Amerika Serikat");
    ck_assert_str_eq(speaker_of_text("Kami siap")->name, "Fumio Kishida");
    ck_assert_str_eq(speaker_of_text("Kami siap")->role, "Perdana Menteri Jepang");
    ck_assert_str_eq(speaker_of_text("Hubungan kedua")->name, "Heri Akhmadi");
    ck_assert_str_eq(speaker_of_text("Hubungan kedua")->role, "Duta Besar Indonesia untuk Jepang");
    ck_assert_str_eq(speaker_of_text("Kami menolak")->name, "Wang Yi");
}
END_TEST

/* Central government offices: a directorate's field ends the role ("Direktur
 * Jenderal Pajak", "Satuan Polisi Pamong Praja"); a rank before a corps
 * marker is no part of the role ("Kapolri Jenderal Polisi X"); "Perdana" is
 * an office before "Menteri" only. */
START_TEST(central_offices_ranks_and_perdana)
{
    static const char *const P[] = {
        LDQ "Penerimaan naik," RDQ " kata Direktur Jenderal Pajak Suryo Utomo.",
        LDQ "Kami siap mengamankan," RDQ " kata Kapolri Jenderal Polisi Listyo Sigit Prabowo.",
        LDQ "Penertiban berjalan," RDQ " kata Kepala Satuan Polisi Pamong Praja Agus Ridallah.",
        LDQ "Jalan desa diperbaiki," RDQ " kata Bupati Bogor Rizky Perdana.",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of_text("Penerimaan naik")->name, "Suryo Utomo");
    ck_assert_str_eq(speaker_of_text("Penerimaan naik")->role, "Direktur Jenderal Pajak");
    ck_assert_str_eq(speaker_of_text("Kami siap")->name, "Listyo Sigit Prabowo");
    ck_assert_str_eq(speaker_of_text("Kami siap")->role, "Kapolri");
    ck_assert_str_eq(speaker_of_text("Penertiban berjalan")->name, "Agus Ridallah");
    ck_assert_str_eq(speaker_of_text("Jalan desa")->name, "Rizky Perdana");
    ck_assert_str_eq(speaker_of_text("Jalan desa")->role, "Bupati Bogor");
}
END_TEST

/* A short form of an office met after the person was named by the full one
 * is that person: the cabinet's ("Mendag") and a regional office's, inside
 * the role too ("Kadinsos" ~ "Kepala Dinsos P2PA Kabupaten Sumedang"). */
START_TEST(short_forms_of_cabinet_and_regional_offices)
{
    static const char *const P[] = {
        "Menteri Perdagangan Rahmi Kartikasari meninjau Pasar Johar.",
        LDQ "Harga beras stabil," RDQ " ujar Mendag kepada wartawan.",
        "Kepala Dinsos P2PA Kabupaten Sumedang, Yeni Mulyani Kartika, menuturkan bantuan diberikan dua kali sehari.",
        LDQ "Sasaran kami lansia," RDQ " ujar Kadinsos.",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of_text("Harga beras")->name, "Rahmi Kartikasari");
    ck_assert_str_eq(speaker_of_text("Sasaran kami")->name, "Yeni Mulyani Kartika");
}
END_TEST

/* ... and a military command's ("Danrindam" ~ "Komandan Rindam
 * IV/Diponegoro"), as the commands' own sites shorten them. */
START_TEST(short_forms_of_military_commands)
{
    static const char *const P[] = {
        "Komandan Rindam IV/Diponegoro, Kolonel Inf Gatot Harimurti, menutup pendidikan bintara di Magelang.",
        "Dalam amanatnya, Danrindam menegaskan bahwa pangkat sersan adalah amanah yang harus dibuktikan.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of_text("pangkat sersan")->name, "Gatot Harimurti");
}
END_TEST

/* A nickname the article gives a named person stands for that person
 * ("yang akrab disapa Koh Anton", "dikenal dengan nama panggung Rinoa");
 * a regional term of address before a name is an honorific ("Gung Mayun"
 * is "Anak Agung Gde Mayun Wiranatha"). */
START_TEST(nicknames_and_terms_of_address)
{
    static const char *const P[] = {
        "Pelatih ganda putra PBSI, Antonius Wibisono yang akrab disapa Koh Anton, mengaku bangga.",
        LDQ "Fokus kami juara dunia," RDQ " kata Koh Anton usai pertandingan.",
        "Penyanyi Rina Oktaviani atau yang lebih dikenal dengan nama panggung Rinoa mengumumkan konser.",
        LDQ "Sepuluh tahun itu tidak sebentar," RDQ " kata Rinoa saat jumpa pers.",
        "Wakil Bupati Gianyar, Anak Agung Gde Mayun Wiranatha, menyerahkan bantuan kepada para pekaseh.",
        LDQ "Petani harus kita bantu," RDQ " tutur Gung Mayun.",
    };
    resolve(P, 6);
    ck_assert_str_eq(speaker_of_text("Fokus kami")->name, "Antonius Wibisono");
    ck_assert_str_eq(speaker_of_text("Sepuluh tahun")->name, "Rina Oktaviani");
    ck_assert_str_eq(speaker_of_text("Sepuluh tahun")->role, "Penyanyi");
    ck_assert_str_eq(speaker_of_text("Petani harus")->name, "Anak Agung Gde Mayun Wiranatha");
}
END_TEST

/* A nickname given to an office ("Wali Kota yang akrab disapa Kang Fadlu
 * itu") stands for the office's holder the article named. */
START_TEST(nickname_of_an_office)
{
    static const char *const P[] = {
        "Wali Kota Serang, H. Ahmad Fadlullah Marzuki, S.E., M.M., menggunting pita peluncuran bus sekolah.",
        "Wali Kota yang akrab disapa Kang Fadlu itu mengatakan bus sekolah merupakan program prioritasnya.",
        LDQ "Tahun depan armadanya kita tambah," RDQ " tutur Kang Fadlu.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Tahun depan")->name, "Ahmad Fadlullah Marzuki");
    ck_assert_str_eq(speaker_of_text("Tahun depan")->role, "Wali Kota Serang");
}
END_TEST

/* A nickname's relative clause after the subject ("atau yang akrab disapa
 * Bang Tumpal") is no passive predicate: the subject acts, and "Ia" next
 * points to them. */
START_TEST(nickname_aside_keeps_the_subject)
{
    static const char *const P[] = {
        "Gubernur Jawa Barat Ahmad Fauzi membuka rapat pengupahan.",
        "Presiden Konfederasi Serikat Pekerja Nusantara (KSPN) Tumpal Hasiholan Lumbanraja atau yang akrab "
        "disapa Bang Tumpal menuntut kenaikan UMP.",
        "Ia mengatakan, upah harus naik.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Tumpal Hasiholan Lumbanraja");
    ck_assert_str_eq(speaker_of(0)->role, "Presiden Konfederasi Serikat Pekerja Nusantara (KSPN)");
}
END_TEST

/* A nickname stands for its person also as one word of it ("kata Rani"
 * after "yang akrab disapa Rani Jani") and inside an epithet with a role
 * ("Pemilik nama panggung Rani Jani itu"). */
START_TEST(nickname_word_and_epithet)
{
    static const char *const P[] = {
        "Penyanyi Maharani Prastiwi Anjarsih atau yang akrab disapa Rani Jani resmi melaporkan manajernya.",
        "Pemilik nama panggung Rani Jani itu menyebut honornya tidak dibayar.",
        LDQ "Saya sudah memberi kesempatan," RDQ " kata Rani.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Maharani Prastiwi Anjarsih");
    ck_assert_str_eq(speaker_of(0)->role, "Penyanyi");
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
}
END_TEST

/* A description in sentence case apposed before a name is the role and
 * makes its holder a person ("Promotor konser, Hendra Wijaya Kusuma, ...",
 * whom the next "ujarnya" points to); a list of lower-case fields before
 * "dan" stays in the role ("dermatologi, venereologi, dan estetika"); a
 * consultant's degree "Sp.A(K)" is a degree. */
START_TEST(descriptions_lists_and_consultant_degrees)
{
    static const char *const P[] = {
        "Promotor konser, Hendra Wijaya Kusuma, menyebut tiket presale yang dibuka sejak pagi habis terjual.",
        LDQ "Kami sedang berdiskusi," RDQ " ujarnya.",
        "Dokter spesialis dermatologi, venereologi, dan estetika dari RSUPN, dr. Maharani Putri Lestari, mengatakan "
        "pasien terus berdatangan ke kliniknya.",
        "Ketua Unit Kerja Koordinasi Respirologi IDAI, Prof. Dr. dr. Ahmad Tarmizi Lubis, Sp.A(K), mengatakan "
        "sebagian besar anak akan tertular dari orang dewasa.",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of_text("Kami sedang")->name, "Hendra Wijaya Kusuma");
    ck_assert_str_eq(speaker_of_text("Kami sedang")->role, "Promotor konser");
    ck_assert_str_eq(speaker_of_text("pasien terus")->name, "Maharani Putri Lestari");
    ck_assert_str_eq(speaker_of_text("pasien terus")->role,
                     "Dokter spesialis dermatologi, venereologi, dan estetika dari RSUPN");
    ck_assert_str_eq(speaker_of_text("sebagian besar")->role, "Ketua Unit Kerja Koordinasi Respirologi IDAI");
    ck_assert_str_eq(speaker_of_text("sebagian besar")->degrees, "Sp.A(K)");
}
END_TEST

/* A candidate ("Calon bupati nomor urut 2, X") and Bali's traditional
 * offices ("Pekaseh Subak Cebok, I Wayan Sudarsana") head a role. */
START_TEST(candidates_and_traditional_offices)
{
    static const char *const P[] = {
        "Calon bupati nomor urut 2, Darwin Sahputra Ritonga, menegaskan pihaknya menghormati putusan MK.",
        "Pekaseh Subak Cebok, I Wayan Sudarsana, mengaku bersyukur atas bantuan tersebut.",
        LDQ "Musim tanam ini kami lebih hemat," RDQ " ujarnya.",
    };
    resolve(P, 3);
    ck_assert_str_eq(speaker_of_text("pihaknya menghormati")->name, "Darwin Sahputra Ritonga");
    ck_assert_str_eq(speaker_of_text("pihaknya menghormati")->role, "Calon bupati nomor urut 2");
    ck_assert_str_eq(speaker_of_text("Musim tanam")->name, "I Wayan Sudarsana");
    ck_assert_str_eq(speaker_of_text("Musim tanam")->role, "Pekaseh Subak Cebok");
}
END_TEST

/* A subject acted upon is no speaker: after a stop word ("di Pasar Anyar,")
 * the predicate still to come is a passive ("kemudian dihubungi polisi"),
 * so the next "ujarnya" still points to the speaker before; a passive in a
 * relative clause ("yang didampingi") is not the sentence's predicate. */
START_TEST(subject_of_a_passive_is_no_speaker)
{
    static const char *const P[] = {
        LDQ "Langsung saya bawa ke Polsek," RDQ " kata Ujang Saprudin.",
        "Pemilik tas, Hj. Rosmalawati (58), seorang pedagang kain di Pasar Anyar, kemudian dihubungi polisi.",
        LDQ "Ibunya nangis waktu ketemu saya," RDQ " ujarnya.",
        "Bupati Tapin M Arifin Arpan yang didampingi Ketua TP PKK di lokasi sangat mendukung pembangunan.",
        LDQ "Pemkab Tapin sangat mendukung," RDQ " jelasnya.",
    };
    resolve(P, 5);
    ck_assert_str_eq(speaker_of_text("Ibunya nangis")->name, "Ujang Saprudin");
    ck_assert_str_eq(speaker_of_text("Pemkab Tapin")->name, "M Arifin Arpan");
}
END_TEST

/* Ranks spelled out before a name are titles, with "(Purn.)" after them
 * ("Inspektur Jenderal Imam Sugianto", "Komisaris Besar Dirmanto"), while
 * "Inspektur Jenderal Kementerian Agama" stays an office. */
START_TEST(spelled_out_ranks)
{
    static const char *const P[] = {
        LDQ "Pengamanan sudah siap," RDQ " kata Kapolda Jatim Inspektur Jenderal Imam Sugianto.",
        LDQ "Arus mudik lancar," RDQ " kata Kabid Humas Polda Jatim Komisaris Besar Dirmanto.",
        LDQ "Latihan berjalan baik," RDQ " kata Dandim 0501 Letnan Kolonel Andry Setiawan.",
        LDQ "Audit sudah selesai," RDQ " kata Inspektur Jenderal Kementerian Agama Faisal Ali.",
        LDQ "Saya hadir sebagai warga," RDQ " ujar Irjen Pol (Purn.) Bonaventura Ruslan Manurung.",
    };
    resolve(P, 5);
    ck_assert_str_eq(speaker_of_text("Pengamanan sudah")->name, "Imam Sugianto");
    ck_assert_str_eq(speaker_of_text("Pengamanan sudah")->role, "Kapolda Jatim");
    ck_assert_str_eq(speaker_of_text("Arus mudik")->name, "Dirmanto");
    ck_assert_str_eq(speaker_of_text("Latihan berjalan")->name, "Andry Setiawan");
    ck_assert_str_eq(speaker_of_text("Latihan berjalan")->role, "Dandim 0501");
    ck_assert_str_eq(speaker_of_text("Audit sudah")->name, "Faisal Ali");
    ck_assert_str_eq(speaker_of_text("Audit sudah")->role, "Inspektur Jenderal Kementerian Agama");
    ck_assert_str_eq(speaker_of_text("Saya hadir")->name, "Bonaventura Ruslan Manurung");
}
END_TEST

/* An epithet of a former office ("Mantan Kapolda ini") names the person the
 * article introduced in it ("memeriksa mantan Kepala Kepolisian Daerah
 * Sulawesi Tenggara, Inspektur Jenderal (Purn.) X"), not the speaker before,
 * who holds another office. */
START_TEST(former_office_epithet_names_the_introduced_person)
{
    static const char *const P[] = {
        "KPK memeriksa mantan Kepala Kepolisian Daerah Sulawesi Tenggara, Inspektur Jenderal (Purn.) Bonaventura "
        "Ruslan Manurung, sebagai saksi.",
        LDQ "Penyidik mendalami aliran dana," RDQ " kata Juru bicara KPK Galih Prasetyo Nugroho.",
        "Mantan Kapolda ini hanya mengatakan dirinya hadir untuk memenuhi panggilan.",
    };
    resolve(P, 3);
    ck_assert_str_eq(speaker_of_text("Penyidik mendalami")->name, "Galih Prasetyo Nugroho");
    ck_assert_str_eq(speaker_of_text("dirinya hadir")->name, "Bonaventura Ruslan Manurung");
}
END_TEST

/* An epithet of an office ("Kepala Negara") is its holder. */
START_TEST(office_epithet_is_its_holder)
{
    static const char *const P[] = {
        "Presiden Surya Adinegara meminta para menteri tidak ragu mengambil keputusan.",
        LDQ "Jangan takut," RDQ " kata Surya di Istana Negara.",
        LDQ "Kerja, kerja, kerja," RDQ " tegas Kepala Negara.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Kerja, kerja")->name, "Surya Adinegara");
}
END_TEST

/* A title inside a segment may name a hospital ("RSUD dr. Adjidarmo", "RSUD
 * dr. H. Jusuf SK": each title of the run after RSUD): the
 * segment a title opens holds the name; a role's short form in brackets
 * names its holder ("kata MenPAN-RB"); Wawako and the provinces' short forms
 * are spelt out ("Polda Sulsel" is "Polda Sulawesi Selatan"); an epithet's
 * description does not replace the role ("Gubernur perempuan pertama Jatim"). */
START_TEST(namesakes_short_forms_and_epithet_roles)
{
    static const char *const P[] = {
        "Dokter spesialis anak RSUD dr. Adjidarmo, dr. Fitriani Nasution, mengatakan gejala campak kerap disangka "
        "demam biasa.",
        "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (MenPAN-RB) Rahmawati Soedjatmiko meninjau "
        "pendataan.",
        LDQ "Tidak ada yang kami tinggalkan," RDQ " kata MenPAN-RB.",
        "Wakil Wali Kota Singkawang Lie Sun Tjhong meninjau lokasi festival.",
        LDQ "Cap Go Meh sudah masuk agenda nasional," RDQ " kata Wawako.",
        "Polda Sulawesi Selatan menyebut kerugian korban mencapai Rp3 miliar.",
        LDQ "Kami masih memburu pelaku," RDQ " kata Polda Sulsel.",
        "Gubernur Jawa Timur Khofifah Indar Parawansa meresmikan jembatan itu.",
        LDQ "Jembatan ini untuk warga," RDQ " kata Gubernur perempuan pertama Jatim itu.",
        "Kepala Bagian Humas RSUD dr. H. Jusuf SK, Sulastri Tampemawa, mengatakan pendaftaran dibuka di loket.",
    };
    resolve(P, 10);
    ck_assert_str_eq(speaker_of_text("pendaftaran dibuka")->name, "Sulastri Tampemawa");
    ck_assert_str_eq(speaker_of_text("pendaftaran dibuka")->role, "Kepala Bagian Humas RSUD dr. H. Jusuf SK");
    ck_assert_str_eq(speaker_of_text("gejala campak")->name, "Fitriani Nasution");
    ck_assert_str_eq(speaker_of_text("gejala campak")->role, "Dokter spesialis anak RSUD dr. Adjidarmo");
    ck_assert_str_eq(speaker_of_text("Tidak ada")->name, "Rahmawati Soedjatmiko");
    ck_assert_str_eq(speaker_of_text("Cap Go Meh")->name, "Lie Sun Tjhong");
    ck_assert_str_eq(speaker_of_text("Kami masih")->role, "Polda Sulawesi Selatan");
    ck_assert_str_eq(speaker_of_text("Jembatan ini")->name, "Khofifah Indar Parawansa");
    ck_assert_str_eq(speaker_of_text("Jembatan ini")->role, "Gubernur Jawa Timur");
}
END_TEST

/* A description with a relative clause apposed before a titled name
 * ("Alumni PBSB yang kini bertugas sebagai dokter di Puskesmas Waingapu, dr.
 * Nabila Zahra, mengatakan"): the clause's verb ends neither the mention nor
 * the role, and its "sebagai" opens no role of its own. */
START_TEST(relative_clause_inside_a_description)
{
    static const char *const P[] = {
        "Alumni PBSB angkatan 2015 yang kini bertugas sebagai dokter di Puskesmas Waingapu, dr. Nabila Zahra, "
        "mengatakan masa pengabdian justru menjadi pengalaman paling berharga.",
    };
    resolve(P, 1);
    ck_assert_str_eq(speaker_of_text("masa pengabdian")->name, "Nabila Zahra");
    ck_assert_str_eq(speaker_of_text("masa pengabdian")->role,
                     "Alumni PBSB angkatan 2015 yang kini bertugas sebagai dokter di Puskesmas Waingapu");
}
END_TEST

/* A description opened by a filler and cut by a preposition goes on to the
 * name apposed before the verb ("Salah seorang peserta mandiri kelas II di
 * Depok, Wahyuni Sartika (38), berharap ..."). */
START_TEST(filler_description_with_a_place_then_the_name)
{
    static const char *const P[] = {
        "Salah seorang peserta mandiri kelas II di Depok, Wahyuni Sartika (38), berharap pemerintah tidak "
        "menaikkan iuran.",
    };
    resolve(P, 1);
    ck_assert_str_eq(speaker_of_text("pemerintah tidak")->name, "Wahyuni Sartika");
    ck_assert_str_eq(speaker_of_text("pemerintah tidak")->role, "peserta mandiri kelas II di Depok");
}
END_TEST

/* Business news: "Chief Executive Officer" is an office, and a word
 * capitalised inside ("PayLokal") is a company's, never a name's. */
START_TEST(chief_officers_and_company_names)
{
    static const char *const P[] = {
        "Chief Executive Officer (CEO) PayLokal Kevin Hartanto mengatakan dana segar itu akan dipakai untuk ekspansi.",
        "CEO TaniMaju Rizky Ananda mengatakan petani mitra terus bertambah.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of_text("dana segar")->name, "Kevin Hartanto");
    ck_assert_str_eq(speaker_of_text("dana segar")->role, "Chief Executive Officer (CEO) PayLokal");
    ck_assert_str_eq(speaker_of_text("petani mitra")->name, "Rizky Ananda");
    ck_assert_str_eq(speaker_of_text("petani mitra")->role, "CEO TaniMaju");
}
END_TEST

/* A title's initials after a comma ("Wakil Bupati Pamekasan, K.H. Abd.
 * Mu'iz Baidowi, mengapresiasi ...") end no sentence, as a degree's would. */
START_TEST(title_initials_after_a_comma_end_no_sentence)
{
    static const char *const P[] = {
        "Wakil Bupati Pamekasan, K.H. Abd. Mu'iz Baidowi, mengapresiasi inovasi tersebut.",
        LDQ "Kami siap," RDQ " ujarnya.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of_text("Kami siap")->name, "Abd. Mu'iz Baidowi");
    ck_assert_str_eq(speaker_of_text("Kami siap")->role, "Wakil Bupati Pamekasan");
}
END_TEST

/* "perempuan berhijab itu", like "pria kelahiran Medan itu", points back to
 * the person the passage quotes. */
START_TEST(woman_epithet_points_back)
{
    static const char *const P[] = {
        "Kepala Dinas Kesehatan Demak, Hanifah Mardliyah, mengatakan kasus leptospirosis naik.",
        LDQ "Bakteri leptospira menular lewat air," RDQ " kata perempuan berhijab itu.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Bakteri leptospira")->name, "Hanifah Mardliyah");
    /* so does a grandparent's ("Kakek yang rumahnya ... itu"); before a name, the word is the name's */
    stage_run_reset(&R);
    static const char *const K[] = {
        "Salah satu warga, Ne' Tandilino (74), mengaku mendengar suara gemuruh sebelum tanah meluncur.",
        "Kakek yang rumahnya hanya berjarak 50 meter dari lokasi longsor itu bercerita, ia langsung berlari.",
        "Kakek Sarmin (70) mengatakan rumahnya terendam sejak pagi.",
    };
    resolve(K, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of_text("ia langsung")->name, "Tandilino");
    ck_assert_str_eq(speaker_of_text("rumahnya terendam")->name, "Sarmin");
}
END_TEST

/* Nouns made like a me- verb are no verb that ends a mention: "Hakim
 * mediator PA Wates, X, ..." is the hakim X. */
START_TEST(me_nouns_are_no_verbs)
{
    static const char *const P[] = {
        "Hakim mediator PA Wates, Muhammad Arif Budiman Lubis, S.Ag., M.H., mengatakan tingkat keberhasilan mediasi "
        "tergolong rendah.",
    };
    resolve(P, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Muhammad Arif Budiman Lubis");
    ck_assert_str_eq(speaker_of(0)->role, "Hakim mediator PA Wates");
}
END_TEST

/* An officer's epithet ("perwira menengah Polri itu": "menengah" is no
 * verb) and a man's ("pria kelahiran Medan ini") after "Menurut" or as a
 * subject point back to the person the passage quotes. */
START_TEST(officer_epithets_point_back)
{
    static const char *const P[] = {
        "Kapolres Kuantan Singingi AKBP Rahmat Hidayat memimpin razia tambang emas ilegal.",
        "Perwira menengah Polri itu menegaskan penambang liar telah mencemari sungai.",
        "Menurut perwira menengah Polri itu, merkuri membahayakan warga di hilir.",
        "Menurut pria kelahiran Medan ini, razia akan terus dilakukan.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    for (size_t i = 0; i < 3; i++)
        ck_assert_str_eq(speaker_of(i)->name, "Rahmat Hidayat");
}
END_TEST

/* One capitalised word its lower-case description and a demonstrative
 * follow ("Jenderal bintang dua itu", "Diplomat karier itu", a police rank's
 * "Perwira tiga melati itu", "Penyidik kelahiran Kendal itu") is an epithet
 * of the person the passage quotes, no name; a rank heads one after
 * "Menurut" too. */
START_TEST(described_word_epithets_point_back)
{
    static const char *const P[] = {
        "Kapolda Riau Irjen Aditya Wirabhumi memimpin olah tempat kejadian kebakaran lahan.",
        "Jenderal bintang dua itu menegaskan penyidik tengah menyelidiki tiga perusahaan.",
        "Diplomat karier itu menyebut jumlah titik api terus meningkat.",
        "Menurut jenderal bintang dua itu, lahan yang terbakar akan disegel.",
        "Perwira tiga melati itu menyebutkan, tersangka mulai membakar lahan sejak Januari 2024.",
        "Penyidik kelahiran Kendal itu menyebut pemadaman kini lebih cepat.",
    };
    resolve(P, 6);
    ck_assert_uint_eq(R.rec.quotes.len, 5);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Aditya Wirabhumi");
    ck_assert_str_eq(speaker_of(1)->name, "Aditya Wirabhumi");
    ck_assert_str_eq(speaker_of(2)->name, "Aditya Wirabhumi");
    ck_assert_str_eq(speaker_of(3)->name, "Aditya Wirabhumi");
    ck_assert_str_eq(speaker_of(4)->name, "Aditya Wirabhumi"); /* a place of origin in the description */
}
END_TEST

/* The Minangkabau "Dt." (Datuk) inside a name ends no sentence and stays
 * in the name. */
START_TEST(datuk_inside_a_name)
{
    static const char *const P[] = {
        "Bupati Tanah Datar, Syafruddin Dt. Rajo Mangkuto, S.H., M.M., mengatakan angka itu tidak boleh dianggap kecil.",
        LDQ "Kita harus bergerak," RDQ " kata Syafruddin Dt. Rajo Mangkuto.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Syafruddin Dt. Rajo Mangkuto");
    ck_assert_str_eq(speaker_of(0)->role, "Bupati Tanah Datar");
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
    /* ... and so does North Maluku's "Hi." (Haji) */
    stage_run_reset(&R);
    static const char *const Q[] = {
        "Kepala Bidang Perikanan Tangkap DKP Kota Tidore Kepulauan, Jafar Hi. Gamsungi, S.Pi, mengatakan dinas akan "
        "membuka layanan keliling.",
    };
    resolve(Q, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Jafar Hi. Gamsungi");
    /* opening the name, after the office's place, it is a title as "H." is */
    stage_run_reset(&R);
    static const char *const T[] = {
        "Kepala Disdukcapil Kota Tidore Kepulauan Hi. Rustam Taher Sibualamo, S.Sos. mengatakan kegiatan jemput "
        "bola dijadwalkan setiap bulan.",
    };
    resolve(T, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Rustam Taher Sibualamo");
    ck_assert_str_eq(speaker_of(0)->titles, "Hi.");
}
END_TEST

/* Kin ("Kakak korban") and the trades of people in the news ("Pemulung
 * yang pertama kali menemukan koper tersebut") head a description apposed
 * before a name; "Paman" before a name is a term of address. */
START_TEST(kin_and_trades_describe_a_person)
{
    static const char *const P[] = {
        "Pemulung yang pertama kali menemukan koper tersebut, Karta Suharja (51), mengaku awalnya mengira "
        "koper itu berisi barang bekas.",
        "Kakak korban, Johana Tamaela, berharap pelaku dihukum seberat-beratnya.",
        LDQ "Kalsel harus mandiri pangan," RDQ " kata Paman Birin.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Karta Suharja");
    ck_assert_str_eq(speaker_of(0)->role, "Pemulung yang pertama kali menemukan koper tersebut");
    ck_assert_str_eq(speaker_of(1)->name, "Johana Tamaela");
    ck_assert_str_eq(speaker_of(1)->role, "Kakak korban");
    ck_assert_str_eq(speaker_of(2)->name, "Birin");
    ck_assert_str_eq(speaker_of(2)->honorific, "Paman");
}
END_TEST

/* The regional terms of address before a name are honorifics: Banjar
 * "Acil", Malay "Wak", Toraja "Ne'", eastern Indonesia's "Oma". */
START_TEST(regional_terms_of_address)
{
    static const char *const P[] = {
        "Salah seorang pedagang ikan, Oma Yuliana Tatuh (67), mengaku baru kali ini mengurus KTP tanpa menutup lapak.",
        LDQ "Sekarang pembeli sepi," RDQ " kata Acil Masrawiyah.",
        LDQ "Air pasang makin tinggi," RDQ " ujar Wak Dolah.",
        LDQ "Tongkonan ini dibangun kakek kami," RDQ " kata Ne' Sampe Pakondongan.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(speaker_of(0)->name, "Yuliana Tatuh");
    ck_assert_str_eq(speaker_of(0)->honorific, "Oma");
    ck_assert_str_eq(speaker_of(1)->name, "Masrawiyah");
    ck_assert_str_eq(speaker_of(2)->name, "Dolah");
    ck_assert_str_eq(speaker_of(3)->name, "Sampe Pakondongan");
}
END_TEST

/* Religious titles before a name are titles: "Ustazah" (KBBI's spelling
 * beside "Ustadzah"), the Minangkabau "Buya", the Javanese Catholics' "Romo". */
START_TEST(religious_titles)
{
    static const char *const P[] = {
        LDQ "Santri belajar langsung dari sampah," RDQ " kata Ustazah Baiq Nurul Sakinah.",
        LDQ "Surau harus ramai lagi," RDQ " ujar Buya Mahyuddin Datuak Rajo.",
        LDQ "Umat diajak menanam pohon," RDQ " tutur Romo Yohanes Suparno.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Baiq Nurul Sakinah");
    ck_assert_str_eq(speaker_of(0)->titles, "Ustazah");
    ck_assert_str_eq(speaker_of(1)->name, "Mahyuddin Datuak Rajo");
    ck_assert_str_eq(speaker_of(2)->name, "Yohanes Suparno");
}
END_TEST

/* An opening adverbial's place takes its city after the comma with it
 * ("Di Pasar Kramat Jati, Jakarta Timur, pedagang ..."): the city is no
 * name. */
START_TEST(adverbial_place_and_city)
{
    static const char *const P[] = {
        "Di Pasar Kramat Jati, Jakarta Timur, pedagang beras bernama Saodah Marpaung (48) mengatakan penjualannya "
        "turun hampir separuh.",
        "Di Pasar Niten, Bantul, pedagang sayur, Warsini, mengatakan harga cabai naik.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Saodah Marpaung");
    ck_assert_str_eq(speaker_of(0)->role, "pedagang beras");
    ck_assert_str_eq(speaker_of(1)->name, "Warsini");
    ck_assert_str_eq(speaker_of(1)->role, "pedagang sayur");
    /* ... and so does the province after the regency */
    stage_run_reset(&R);
    static const char *const V[] = {
        "Di Klaten, Jawa Tengah, calon jemaah Suparmi Wiryosentono (63) mengaku sudah menyiapkan dana pelunasan.",
    };
    resolve(V, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Suparmi Wiryosentono");
    ck_assert_str_eq(speaker_of(0)->role, "calon jemaah");
}
END_TEST

/* An age after a name ends it, even where no comma parts it from the
 * description before: "pedagang cabai Sarmini (48)" is Sarmini, a trader
 * of chillies; one word is enough once the age follows it. */
START_TEST(age_ends_a_name_after_its_description)
{
    static const char *const P[] = {
        "Di Pasar Induk Kramat Jati, pedagang cabai Sarmini (48) mengatakan harga cabai naik sejak pekan lalu.",
        "Petani Joko (52) mengatakan hasil panen tahun ini turun karena hama wereng.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Sarmini");
    ck_assert_str_eq(speaker_of(0)->role, "pedagang cabai");
    ck_assert_str_eq(speaker_of(1)->name, "Joko");
    ck_assert_str_eq(speaker_of(1)->role, "Petani");
}
END_TEST

/* "Ketua RT 05 Slamet Riyadi": a neighbourhood's number is its unit's,
 * neither a name word nor initials ("SF Hariyanto"). */
START_TEST(neighbourhood_number_stays_in_the_role)
{
    static const char *const P[] = {
        "Ketua RT 05 Slamet Riyadi mengatakan jalan itu masih layak dilalui kendaraan roda empat.",
        "Ketua RW 012 Budi Hartono mengatakan warga akan bergotong royong memperbaiki saluran air.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Slamet Riyadi");
    ck_assert_str_eq(speaker_of(0)->role, "Ketua RT 05");
    ck_assert_str_eq(speaker_of(1)->name, "Budi Hartono");
    ck_assert_str_eq(speaker_of(1)->role, "Ketua RW 012");
}
END_TEST

/* "Lia, sapaan akrabnya, mengatakan ...": the nickname the article gives
 * the person it is speaking of names no one new. */
START_TEST(nickname_aside_names_the_current_speaker)
{
    static const char *const P[] = {
        "Atlet panjat tebing Jawa Barat, Aurelia Putri Maharani, meraih medali emas nomor speed putri.",
        LDQ "Jujur saya tidak menyangka bisa secepat itu," RDQ " kata Aurelia seusai pengalungan medali.",
        "Lia, sapaan akrabnya, mengatakan dirinya sempat cedera jari pada pertengahan tahun.",
        /* a nickname of two words */
        LDQ "Saya akan terus berlatih," RDQ " kata Ummi Lia, sapaan akrabnya.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("dirinya sempat")->name, "Aurelia Putri Maharani");
    ck_assert_str_eq(speaker_of_text("Saya akan terus")->name, "Aurelia Putri Maharani");
}
END_TEST

/* "Berbeda dengan X, ...", "Sejalan dengan itu, ...": a comparison that
 * opens the sentence names no one; the office after it speaks. A
 * representative ("Perwakilan") is a description: the body is the
 * organisation. */
START_TEST(comparison_openers_and_representatives)
{
    static const char *const P[] = {
        "Berbeda dengan camat, Ketua RW 03 Slamet Riyadi menilai pasar itu terlalu jauh dari permukiman warga.",
        "Sejalan dengan itu, Kepala Dinas Perdagangan Budi Santoso mengatakan pasar buka setiap hari.",
        "Perwakilan Bawaslu Jawa Barat, Yohana Meliani, mengatakan pengawasan pasar dilakukan setiap hari.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Slamet Riyadi");
    ck_assert_str_eq(speaker_of(1)->name, "Budi Santoso");
    ck_assert_str_eq(speaker_of(2)->name, "Yohana Meliani");
    ck_assert_str_eq(speaker_of(2)->organization, "Bawaslu Jawa Barat");
}
END_TEST

/* A headline In Title Case that names an office and its city ("...
 * Pengadilan Tinggi Agama Makassar"): the city is no name, even when the
 * body writes it alone; the body's introduction names the speaker. */
START_TEST(city_after_office_in_headline_is_no_name)
{
    static const char *const P[] = {
        "Para hakim dilantik langsung oleh Ketua Pengadilan Tinggi Agama Makassar Dr. H. Khaeril R, M.H. di aula.",
        "Makassar menjadi tuan rumah pelantikan tahun ini.",
        "Dalam sambutannya Ketua Pengadilan Tinggi Agama Makassar, menekankan " LDQ
        "Pelantikan ini adalah acara yang sakral bagi kita semua" RDQ ".",
    };
    R.rec.title = "Pelantikan 4 Hakim Tinggi Perempuan Pengadilan Tinggi Agama Makassar";
    resolve(P, 3);
    ck_assert_str_eq(speaker_of_text("Pelantikan ini")->name, "Khaeril R");
    ck_assert_str_eq(speaker_of_text("Pelantikan ini")->role, "Ketua Pengadilan Tinggi Agama Makassar");
}
END_TEST

/* A regency's government or a court named by its short form and its
 * place ("Pemkab Sorong", "PA Sorong": two capitals read like initials)
 * speaks as a body, with no name. */
START_TEST(government_and_court_short_forms_are_bodies)
{
    static const char *const P[] = {
        "Dengan sidang keliling, PA Sorong berharap dapat mengurangi waktu dan biaya masyarakat.",
        "Melalui program ini, Pemkab Sorong berharap angka putus sekolah dapat ditekan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "PA Sorong");
    ck_assert_ptr_null(speaker_of(1)->name);
    ck_assert_str_eq(speaker_of(1)->role, "Pemkab Sorong");
}
END_TEST

/* A consultant's "(K)" written apart from the specialist degree is the
 * degree's ("Sp.A (K)"), never a segment of the role. */
START_TEST(consultant_mark_apart_is_a_degree)
{
    static const char *const P[] = {
        "Dokter spesialis anak RSUD Sleman, dr. Rina Astuti, Sp.A (K), mengatakan kasus demam berdarah meningkat.",
    };
    resolve(P, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Rina Astuti");
    ck_assert_str_eq(speaker_of(0)->degrees, "Sp.A (K)");
    ck_assert_str_eq(speaker_of(0)->role, "Dokter spesialis anak RSUD Sleman");
}
END_TEST

/* Titles glued to a name in the body ("dr.H.Hasto Wardoyo") stay out of
 * the name the body writes: a later "Bupati Hasto" finds it. */
START_TEST(glued_titles_in_the_body_name)
{
    static const char *const P[] = {
        "Bupati Kulon Progo, dr.H.Hasto Wardoyo Sp.OG (K), dalam sambutannya merasa bangga.",
        "Bupati Hasto menekankan, agar semua potensi yang ada di Kabupaten Kulon Progo dapat dikembangkan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Hasto Wardoyo");
    ck_assert_str_eq(speaker_of(0)->role, "Bupati Kulon Progo");
}
END_TEST

/* "Paman Birin" for "Sahbirin Noor", "Cak Imin" for "Muhaimin Iskandar":
 * a nickname made of a name word's last syllables is that person, and so
 * is one made of the first syllables of a long word ("Taufiq" for
 * "Taufiqurrahman"), not a short name inside another ("Budi", "Budiman"). */
START_TEST(nickname_from_a_names_last_syllables)
{
    static const char *const P[] = {
        "Gubernur Kalimantan Selatan H Sahbirin Noor mengatakan pembangunan jalan desa terus berjalan.",
        "Selain itu, Paman Birin juga mengajak seluruh elemen masyarakat membangun Kalsel.",
        LDQ "Mari kita bersama-sama membangun semua sektor," RDQ " jelasnya.",
        "Ketua Umum PKB Muhaimin Iskandar hadir dalam acara itu.",
        LDQ "Kami mendukung program ini," RDQ " kata Cak Imin.",
        "Kepala Dinas TPH Dompu, Taufiqurrahman Sahidu, membantah terjadi kelangkaan pupuk di Dompu.",
        "Persoalannya, kata Taufiq, ada pada jadwal penebusan yang bersamaan.",
        "Warga Budi mengatakan pupuk sulit didapat. Ketua kelompok tani Budiman Sulaiman mengatakan stok pupuk di "
        "gudang masih cukup untuk sebulan.",
        LDQ "Kami sudah menebus," RDQ " kata Budi.",
    };
    resolve(P, 9);
    ck_assert_str_eq(speaker_of_text("Persoalannya")->name, "Taufiqurrahman Sahidu");
    ck_assert_str_eq(speaker_of_text("Kami sudah")->name, "Budi");
    ck_assert_uint_eq(R.rec.speakers.len, 5);
    ck_assert_str_eq(speaker_of_text("Mari kita")->name, "Sahbirin Noor");
    ck_assert_str_eq(speaker_of_text("Kami mendukung")->name, "Muhaimin Iskandar");
}
END_TEST

/* A name whose words are the person's but one, that word a nickname of one
 * of theirs ("Tengku Fadlan" for "Tengku Muhammad Fadlansyah"); an
 * honorific before the first word of someone's office that is no one's
 * name addresses them ("tanya Pak Imam" after "Imam Masjid X, H. Y"). */
START_TEST(shortened_names_and_offices_addressed)
{
    static const char *const P[] = {
        "Kepala Bidang Perindustrian Disperindag Kabupaten Siak Tengku Muhammad Fadlansyah memperkirakan transaksi "
        "songket naik.",
        LDQ "Kami sudah buka kelas menenun gratis," RDQ " ujar Tengku Fadlan.",
        "Imam Masjid Baiturrahman, H. Kasim Talib, mengatakan suara knalpot terdengar hingga menjelang Subuh.",
        LDQ "Kapan ini bisa berhenti, Pak Kapolsek?" RDQ " tanya Pak Imam.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of_text("Kami sudah")->name, "Tengku Muhammad Fadlansyah");
    ck_assert_str_eq(speaker_of_text("Kapan ini")->name, "Kasim Talib");
}
END_TEST

/* An office first written out with its body's acronym in brackets and
 * named later by the acronym is one office ("Kepala Badan Pusat Statistik
 * (BPS) Provinsi Riau" ~ "Kepala BPS Riau"), and so is a regency the press
 * shortens from the starts of its words ("Pesisir Selatan" ~ "Pessel"). */
START_TEST(acronyms_and_short_regencies_name_one_office)
{
    static const char *const P[] = {
        "Kepala Badan Pusat Statistik (BPS) Provinsi Riau mengatakan inflasi bulan ini mencapai 2,1 persen.",
        LDQ "Ini masih terkendali," RDQ " ujar Kepala BPS Riau, Dodi Firmansyah.",
        "Kepala Pelaksana BPBD Pesisir Selatan mengatakan pihaknya telah memasang karung pasir sepanjang 120 meter.",
        LDQ "Ini hanya penanganan sementara," RDQ " ujar Kalaksa BPBD Pessel, Rudi Hartawan.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of_text("inflasi bulan")->name, "Dodi Firmansyah");
    ck_assert_str_eq(speaker_of_text("pihaknya telah")->name, "Rudi Hartawan");
}
END_TEST

/* The army's branch after a rank is the rank's ("Kapten Ckm dr. Hana
 * Pertiwi Manik", "Mayor Chk Bagus"), never a name. */
START_TEST(army_branches_follow_ranks)
{
    static const char *const P[] = {
        "Dokter Kesdim 0910/Malinau, Kapten Ckm dr. Hana Pertiwi Manik, menjelaskan, keluhan terbanyak adalah hipertensi.",
        "Kepala Hukum Kodam, Mayor Chk Bagus Wiranto, mengatakan proses hukum terhadap prajurit itu terus berjalan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Hana Pertiwi Manik");
    ck_assert_str_eq(speaker_of(0)->titles, "Kapten Ckm dr.");
    ck_assert_str_eq(speaker_of(1)->name, "Bagus Wiranto");
}
END_TEST

/* "Kristo, sapaan akrab Kristoforus": the nickname given before the name
 * it stands for; "Menurut Kristo" later is the same person. Regional
 * honorifics ("Mama", "Nek") stay out of the name. */
START_TEST(nickname_before_the_name_it_stands_for)
{
    static const char *const P[] = {
        "Kepala Pelaksana BPBD Kabupaten Sikka, Drs. Kristoforus Lado Parera, M.Si., mengatakan distribusi air "
        "dilakukan setiap hari.",
        LDQ "Setiap desa kami datangi dua kali seminggu," RDQ " ujar Kristo, sapaan akrab Kristoforus.",
        "Menurut Kristo, jumlah desa yang meminta bantuan air bersih kemungkinan bertambah.",
        "Warga Dusun Wairbou, Mama Katarina Wea, mengatakan air bersih sangat membantu keluarganya.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of_text("Setiap desa")->name, "Kristoforus Lado Parera");
    ck_assert_str_eq(speaker_of_text("jumlah desa")->name, "Kristoforus Lado Parera");
    ck_assert_str_eq(speaker_of_text("air bersih")->name, "Katarina Wea");
    ck_assert_str_eq(speaker_of_text("air bersih")->honorific, "Mama");
}
END_TEST

/* A nickname given after an age ("Wijaya Tanuwidjaja (52), yang akrab
 * disapa Ahua") is the person's; one after a place ("warga Dusun II yang
 * akrab disapa Nek Salmah") is no place's. */
START_TEST(nickname_after_an_age_or_a_place)
{
    static const char *const P[] = {
        "Ketua Kelompok Tani Hutan Bakau Lestari, Wijaya Tanuwidjaja (52), yang akrab disapa Ahua, menuturkan "
        "kelompoknya menyemai mangrove sejak 2018.",
        LDQ "Awalnya orang kampung bilang kami kerja sia-sia," RDQ " kata Ahua.",
        "Salah satu penerima, Salmah (74), warga Dusun II yang akrab disapa Nek Salmah, datang ke balai desa.",
        LDQ "Alhamdulillah, uangnya untuk bayar listrik," RDQ " kata Nek Salmah.",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of_text("Awalnya orang")->name, "Wijaya Tanuwidjaja");
    ck_assert_str_eq(speaker_of_text("Alhamdulillah")->name, "Salmah");
    /* ... nor a place after its unit's number ("warga RT 24 Sidodamai") */
    stage_run_reset(&R);
    static const char *const N[] = {
        "Masrukah (57), warga RT 24 Sidodamai yang akrab disapa Acil Masrukah, mengatakan air tidak lagi masuk ke "
        "rumahnya sejak turap dipasang.",
    };
    resolve(N, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Masrukah");
    ck_assert_str_eq(speaker_of(0)->role, "warga RT 24 Sidodamai");
    /* ... nor a place after "di" */
    stage_run_reset(&R);
    static const char *const D[] = {
        "Salah seorang peserta, Rosmawati br Sembiring (52), pedagang jeruk di Pasar Buah Berastagi yang akrab "
        "disapa Nande Rina, mengungkapkan bahwa dirinya pernah merugi.",
        LDQ "Sudah kutagih berkali-kali," RDQ " kata Nande Rina.",
    };
    resolve(D, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Sudah kutagih")->name, "Rosmawati br Sembiring");
    /* ... nor one after "di" and a noun of place ("di tepi Pantai Iboih") */
    stage_run_reset(&R);
    static const char *const T[] = {
        "Salah seorang peserta, Cut Rahmawati (47), pemilik homestay di tepi Pantai Iboih yang akrab disapa Kak "
        "Cut, mengaku selama ini ia belum pernah mengikuti pelatihan resmi.",
        LDQ "Selama ini kami belajar sendiri dari tamu," RDQ " kata Kak Cut.",
    };
    resolve(T, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Selama ini kami")->name, "Cut Rahmawati");
}
END_TEST

/* "Bupati Kepulauan Meranti dalam sambutan yang dibacakan X": the region
 * opens with a place word and is no name, and the preposition before the
 * speech noun is no part of the role. */
START_TEST(region_opening_with_a_place_word)
{
    static const char *const P[] = {
        "Bupati Kepulauan Meranti dalam sambutan yang dibacakan Asisten Perekonomian Setdakab, Drs. Azmi Rusydi, "
        "M.Si., menyampaikan bahwa abrasi di pesisir utara mencapai sepuluh meter per tahun.",
        "Bupati Kepulauan Tanimbar Petrus Fatlolon mengatakan jalan lingkar pulau selesai tahun depan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "Bupati Kepulauan Meranti");
    ck_assert_str_eq(speaker_of(1)->name, "Petrus Fatlolon");
    ck_assert_str_eq(speaker_of(1)->role, "Bupati Kepulauan Tanimbar");
}
END_TEST

/* "Kapolda Sultra melalui Kabid Humas ... Bagas Kuntadi mengatakan": the
 * office speaks through its spokesman, who is met there: "ujar Bagas"
 * later is the spokesman, not the office. */
START_TEST(office_speaking_through_a_spokesman)
{
    static const char *const P[] = {
        "Kapolda Sultra melalui Kabid Humas Kombes Pol Bagas Kuntadi mengatakan, pengungkapan kasus berawal dari "
        "keluhan para sopir.",
        LDQ "Setelah kami selidiki, ternyata ada penimbun," RDQ " ujar Bagas.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_ptr_null(speaker_of_text("pengungkapan kasus")->name);
    ck_assert_str_eq(speaker_of_text("pengungkapan kasus")->role, "Kapolda Sultra");
    ck_assert_str_eq(speaker_of_text("Setelah kami")->name, "Bagas Kuntadi");
    ck_assert_str_eq(speaker_of_text("Setelah kami")->role, "Kabid Humas");
}
END_TEST

/* A description's coordination goes on to the name after it ("Dokter
 * spesialis jantung dan pembuluh darah, dr. X"), a fellowship after the
 * degrees is a degree ("Sp.JP, FIHA"), the items of an office's name are
 * no name ("Kepala Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan
 * Kawasan Permukiman (DPUPR-Perkim) Kaltara, Eka Dewi Lumbaa"), and a
 * short given name with the same last name is the same person ("Frans
 * Mbete" for "Fransiskus Xaverius Mbete"). */
START_TEST(descriptions_fellowships_office_items_short_names)
{
    static const char *const P[] = {
        "Dokter spesialis jantung dan pembuluh darah, dr. Faisal Rahmat Marasabessy, Sp.JP, FIHA, menjelaskan "
        "bahwa kondisi pasien stabil.",
        "Kepala Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman (DPUPR-Perkim) Kaltara, "
        "Eka Dewi Lumbaa, mengatakan jembatan dibangun dengan anggaran daerah.",
        "Kepala Dinas Kesehatan Kabupaten Sikka, Fransiskus Xaverius Mbete, mengatakan imunisasi kejar digelar.",
        LDQ "Anak-anak yang tertinggal imunisasi ini rentan terkena campak," RDQ " kata Frans Mbete.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 3);
    ck_assert_str_eq(speaker_of_text("kondisi pasien")->name, "Faisal Rahmat Marasabessy");
    ck_assert_str_eq(speaker_of_text("kondisi pasien")->degrees, "Sp.JP FIHA");
    ck_assert_str_eq(speaker_of_text("kondisi pasien")->role, "Dokter spesialis jantung dan pembuluh darah");
    ck_assert_str_eq(speaker_of_text("jembatan dibangun")->name, "Eka Dewi Lumbaa");
    ck_assert_str_eq(speaker_of_text("Anak-anak")->name, "Fransiskus Xaverius Mbete");
}
END_TEST

/* An acronym spells the initials of the written-out name ("Kementerian
 * ESDM" of "Kementerian Energi dan Sumber Daya Mineral", "dan" left out):
 * one body. */
START_TEST(acronym_of_a_written_out_name)
{
    static const char *const P[] = {
        "Adapun Kementerian Energi dan Sumber Daya Mineral menyatakan akan menurunkan inspektur tambang ke lokasi.",
        LDQ "Apabila ditemukan pelanggaran, sanksi dapat dijatuhkan," RDQ " kata Kementerian ESDM dalam keterangan "
            "tertulis.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Apabila")->role, "Kementerian Energi dan Sumber Daya Mineral");
}
END_TEST

/* "Pelatihan dibuka oleh X. Dalam arahannya, ia menyampaikan ...": the
 * speech a sentence opens with is the one who opened the event, the
 * passive's agent before it (with "oleh" or without: "Ibadah dipimpin X"),
 * not the speaker before. */
START_TEST(speech_of_who_opened_the_event)
{
    static const char *const P[] = {
        "Kepala Dinas Pertanian, Rosmeri Sinamo, mengatakan pelatihan diikuti 40 petani.",
        "Pelatihan dibuka secara resmi oleh Asisten Perekonomian Setda Pakpak Bharat, Martahan Solin, S.E. Dalam "
        "arahannya, ia menyampaikan bahwa kopi merupakan salah satu komoditas unggulan daerah.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of_text("pelatihan diikuti")->name, "Rosmeri Sinamo");
    ck_assert_str_eq(speaker_of_text("kopi merupakan")->name, "Martahan Solin");
    /* the agent right after the passive, and a sermon */
    stage_run_reset(&R);
    static const char *const Q[] = {
        "Kepala Lapas Pangkalpinang, Agustinus Rumahorbo, mengatakan 212 warga binaan menerima remisi.",
        "Ibadah Natal dipimpin Pendeta GPIB Jemaat Maranatha, Pdt. Eliezer Manuhutu, S.Th. Dalam khotbahnya, ia "
        "berpesan agar warga binaan menjadikan Natal sebagai momentum memulai hidup yang baru.",
    };
    resolve(Q, 2);
    ck_assert_str_eq(speaker_of_text("warga binaan menjadikan")->name, "Eliezer Manuhutu");
    /* ... and so is who received a delegation ("diterima", "disambut") */
    stage_run_reset(&R);
    static const char *const D[] = {
        "Koordinator lapangan aksi, Syamsul Bahri, mengatakan para pengemudi menuntut potongan diturunkan.",
        "Perwakilan massa kemudian diterima Ketua Komisi E DPRD Sulsel, Andi Rahmawati Mappasessu Tenri. Ia "
        "memastikan DPRD akan memanggil perwakilan perusahaan aplikasi.",
    };
    resolve(D, 2);
    ck_assert_str_eq(speaker_of_text("DPRD akan memanggil")->name, "Andi Rahmawati Mappasessu Tenri");
}
END_TEST

/* Someone who comes with the subject, introduced with an age after
 * "bersama", is not whom the next "Ia" points at; an aged person the
 * sentence introduces after a thing is ("..., salah satunya milik
 * Rosmiati (52), ... Ia mengatakan"). */
START_TEST(companion_with_an_age_is_not_the_next_ia)
{
    static const char *const P[] = {
        "Salah satu peserta, Wiryo Sudarto (71), warga Desa Tunjungmuli, datang bersama istrinya, Kasmiati (66). Ia "
        "mengaku baru mengetahui pernikahannya tidak tercatat ketika hendak mengurus kartu keluarga.",
        "Banjir merendam puluhan rumah, salah satunya milik Rosmiati (52), penyintas banjir tahun lalu. Ia mengatakan "
        "air naik sejak tengah malam.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of_text("baru mengetahui")->name, "Wiryo Sudarto");
    ck_assert_str_eq(speaker_of_text("air naik")->name, "Rosmiati");
}
END_TEST

/* Callings before an apposed name are descriptions, never the name
 * ("Pengajar ekonomi regional di Universitas Mulawarman, Sekar Ayu
 * Wulanjani, menilai ..."; Pegiat, Pemerhati, Prakirawan, Pendeta ...). */
START_TEST(callings_are_descriptions)
{
    static const char *const P[] = {
        "Pengajar ekonomi regional di Universitas Mulawarman, Sekar Ayu Wulanjani, menilai program itu tidak "
        "akan efektif.",
        "Prakirawan Stasiun Meteorologi Beringin, Dodi Kurniawan, mengatakan hujan lebat masih berpotensi turun.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Sekar Ayu Wulanjani");
    ck_assert_str_eq(speaker_of(0)->role, "Pengajar ekonomi regional di Universitas Mulawarman");
    ck_assert_str_eq(speaker_of(1)->name, "Dodi Kurniawan");
}
END_TEST

/* A regency of two words the tail stopped inside ("Perikanan Tanah Bumbu
 * Rusmiati Raudah"), one after a place word ("Perairan Kepulauan Raja
 * Ampat Yosias Arempeley") and the end of a short form in brackets
 * ("(Kasi Pidsus) Agung") are no name words. */
START_TEST(regions_and_bracketed_short_forms_end_the_office)
{
    static const char *const P[] = {
        "Kepala Dinas Perikanan Tanah Bumbu Rusmiati Raudah mengatakan serangan penyakit tercatat di Angsana.",
        "Kepala UPTD Konservasi Perairan Kepulauan Raja Ampat Yosias Arempeley mengatakan tarif sudah dibahas.",
        "Kepala Seksi Tindak Pidana Khusus (Kasi Pidsus) Agung Pramudya Lukito mengatakan penyidik memeriksa saksi.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Rusmiati Raudah");
    ck_assert_str_eq(speaker_of(1)->name, "Yosias Arempeley");
    ck_assert_str_eq(speaker_of(2)->name, "Agung Pramudya Lukito");
}
END_TEST

/* A title after a hospital's name names the hospital ("RSUP Dr Sardjito",
 * "RSUD dr. Soetomo"); a club's "FC" is no initials; Palembang's "Kiagus"
 * is part of the name. */
START_TEST(hospitals_clubs_and_noble_titles)
{
    static const char *const P[] = {
        "Psikolog klinis RSUP Dr Sardjito, Ratri Kusumaningsih, mengatakan dampak perundungan tidak berhenti.",
        "Pelatih Sriwijaya FC Kiagus Rahmatullah mengatakan timnya siap menghadapi laga tandang pekan depan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Ratri Kusumaningsih");
    ck_assert_str_eq(speaker_of(0)->role, "Psikolog klinis RSUP Dr Sardjito");
    ck_assert_str_eq(speaker_of(1)->name, "Kiagus Rahmatullah");
    ck_assert_str_eq(speaker_of(1)->role, "Pelatih Sriwijaya FC");
}
END_TEST

/* The police's units are fields of the office ("Kasat Lantas": "lantas"
 * is also a connective), never a new sentence. */
START_TEST(police_units_in_the_office)
{
    static const char *const P[] = {
        "Kasat Lantas Polres Singkawang Iptu Rendy Wijaya Hadinata menambahkan, sejumlah ruas jalan akan ditutup.",
        "Kasat Reskrim Polres Singkawang AKP Budi Santoso menambahkan, pelaku sudah ditahan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Rendy Wijaya Hadinata");
    ck_assert_str_eq(speaker_of(0)->role, "Kasat Lantas Polres Singkawang");
    ck_assert_str_eq(speaker_of(1)->name, "Budi Santoso");
}
END_TEST

/* A cue's bare stem in capitals inside an office's or a group's name is one
 * of its words ("Batik Tulis", "Penanggung Jawab"), no new sentence. */
START_TEST(cue_stem_inside_an_office)
{
    static const char *const P[] = {
        "Ketua Paguyuban Perajin Batik Tulis Lasem, Santoso Tjiptohadi, mengatakan pihaknya tengah mendampingi 23 "
        "rumah batik.",
        "\"Pendaftaran dibuka pekan depan,\" kata Ketua Umum Tim Penanggung Jawab SNPMB, Iskandar Zulkarnaen Hadi.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Santoso Tjiptohadi");
    ck_assert_str_eq(speaker_of(0)->role, "Ketua Paguyuban Perajin Batik Tulis Lasem");
    ck_assert_str_eq(speaker_of(1)->name, "Iskandar Zulkarnaen Hadi");
    ck_assert_str_eq(speaker_of(1)->role, "Ketua Umum Tim Penanggung Jawab SNPMB");
}
END_TEST

/* An acronym the article defines as a person's name is that person, not an
 * organisation ("Rusli Zainal (RZ)"; "Bank Indonesia (BI)" stays one). */
START_TEST(acronym_of_a_person_is_the_person)
{
    static const char *const P[] = {
        "\"Kita harus membangun Riau,\" ujar mantan Gubernur Riau, Rusli Zainal.",
        "Hal itu seperti yang disampaikan Gubernur Riau pada masanya, Rusli Zainal (RZ).",
        "Kepada wartawan, RZ mengatakan bahwa HUT Riau mesti dimaknai dengan semangat besar.",
        "Menurut Bank Indonesia (BI), inflasi masih terkendali.",
        "\"Harga pangan stabil,\" tulis BI dalam keterangannya.",
    };
    resolve(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(speaker_of(1)->name, "Rusli Zainal");
    ck_assert_uint_eq(R.rec.quotes.items[1].speaker, R.rec.quotes.items[0].speaker);
    ck_assert_uint_ne(R.rec.quotes.items[3].speaker, R.rec.quotes.items[0].speaker);
    ck_assert_str_eq(speaker_of(3)->role, "Bank Indonesia (BI)");
}
END_TEST

/* "penanggung jawab": the cue's stem in small letters ends the office's
 * noun, whether the office opens the sentence or follows the cue. */
START_TEST(cue_stem_ends_an_office_noun)
{
    static const char *const P[] = {
        "Penanggung jawab klinik, Ni Luh Putu Ayu Swandewi, mengatakan setiap peserta akan diperiksa.",
        "\"Pendaftaran lewat aplikasi,\" kata penanggung jawab program, Made Wirawan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Ni Luh Putu Ayu Swandewi");
    ck_assert_str_eq(speaker_of(0)->role, "Penanggung jawab klinik");
    ck_assert_str_eq(speaker_of(1)->name, "Made Wirawan");
    ck_assert_str_eq(speaker_of(1)->role, "penanggung jawab program");
}
END_TEST

/* A description cut at a preposition goes on to the name apposed before
 * the verb also past a nickname aside ("..., Lim Siok Hwa (57) atau yang
 * akrab disapa Cik Siok, menjelaskan"). */
START_TEST(apposed_name_before_a_nickname_aside)
{
    static const char *const P[] = {
        "Pengepul ubur-ubur di Teluk Penyu, Lim Siok Hwa (57) atau yang akrab disapa Cik Siok, menjelaskan ubur-ubur "
        "diolah dengan cara direndam garam.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Lim Siok Hwa");
    ck_assert_str_eq(speaker_of(0)->role, "Pengepul ubur-ubur di Teluk Penyu");
    /* a comma before "atau yang akrab disapa" opens no clause of its own, however long the name before it */
    static const char *const Q[] = {
        "Ketua HNSI Pangandaran, H. Oman Sasmita, atau yang akrab disapa Mang Oman, menyebut sebagian nelayan sudah "
        "dua pekan tidak mendapat penghasilan.",
    };
    stage_run_reset(&R);
    resolve(Q, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Oman Sasmita");
}
END_TEST

/* A verb with no prefix ends a mention's words as a prefixed one does:
 * "pasien khawatir pengurangan tempat tidur ..." describes patients as
 * "pasien", and no role is made of the clause after it. */
START_TEST(bare_verb_ends_a_mention)
{
    static const char *const P[] = {
        "Di sisi lain, pasien khawatir pengurangan jumlah tempat tidur membuat antrean rawat inap semakin panjang.",
        "Siti Maryamah, pasien gagal ginjal asal Kabupaten Kubu Raya, mengatakan antrean cuci darah sudah panjang.",
        "\"Kami takut tidak kebagian tempat tidur,\" ujarnya.",
    };
    resolve(P, 3);
    ck_assert_uint_ge(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(R.rec.quotes.len - 1)->name, "Siti Maryamah");
    ck_assert_str_eq(speaker_of(R.rec.quotes.len - 1)->role, "pasien gagal ginjal asal Kabupaten Kubu Raya");
    /* the sentence's subject ends there too, and "Ia" is the person it names */
    static const char *const Q[] = {
        "\"Bantuan disalurkan tepat waktu,\" kata Kepala Desa Cikadu, Asep Hilmansyah.",
        "Salah satu penerima, Eneng Rosmayanti (63), datang ke balai desa. Ia mengaku uang bantuan akan dipakai "
        "untuk membeli obat.",
    };
    stage_run_reset(&R);
    resolve(Q, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(1)->name, "Eneng Rosmayanti");
    ck_assert_str_eq(speaker_of(1)->role, "penerima");
}
END_TEST

/* A name part the press writes short and long in one article is one
 * person's: "Dg" and "Daeng" (Makassar), "Dt." and "Datuak" (Minangkabau). */
START_TEST(short_and_long_name_parts)
{
    static const char *const P[] = {
        "Panrita lopi, Muhammad Idrus Dg Nassa, mengatakan pesanan kapal kini datang dari pengusaha wisata.",
        "\"Anak saya tidak mau jadi tukang,\" kata Daeng Nassa.",
        "Ketua Kerapatan Adat Nagari Pariangan, Syamsurizal Dt. Bandaro Kayo, mengatakan adat tetap dijaga.",
        "\"Adat kita basandi syarak,\" ujar Datuak Bandaro.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(1)->name, "Muhammad Idrus Dg Nassa");
    ck_assert_str_eq(speaker_of(3)->name, "Syamsurizal Dt. Bandaro Kayo");
}
END_TEST

/* Regional terms of address and religious titles before a nickname
 * (Sundanese Aki and Ajengan, Banjar Julak, Bugis Puang) and a hamlet's
 * head (Dukuh) are read as the lexicon's others are. */
START_TEST(regional_address_and_titles)
{
    static const char *const P[] = {
        "Pemilik pabrik tahu, Oman Sutisna Kartawiguna, mengatakan harga kedelai naik.",
        "\"Pembeli protes,\" ujar Aki Oman, sapaan akrabnya, kepada wartawan.",
        "Pengasuh Pondok Pesantren Miftahul Falah, KH Dadang Mukhtaromi, mengatakan santri dilatih berwirausaha.",
        "\"Santri harus mandiri,\" ujar Ajengan Dadang, sapaan akrabnya.",
        "Dukuh Jonge, Sukirno Wiryosudarmo, mengatakan permukaan air telaga turun.",
        "\"Dasarnya sudah kelihatan,\" ujar Pak Dukuh.",
    };
    resolve(P, 6);
    ck_assert_uint_eq(R.rec.quotes.len, 6);
    ck_assert_uint_eq(R.rec.speakers.len, 3);
    ck_assert_str_eq(speaker_of(1)->name, "Oman Sutisna Kartawiguna");
    ck_assert_str_eq(speaker_of(3)->name, "Dadang Mukhtaromi");
    ck_assert_str_eq(speaker_of(5)->name, "Sukirno Wiryosudarmo");
}
END_TEST

/* "ujar Pak Kiai", "kata Bu Nyai": a title after an honorific is no name;
 * the mention points to the titled person spoken of. */
START_TEST(title_after_an_honorific_names_no_one)
{
    static const char *const P[] = {
        "Pengasuh Pondok Pesantren Nurul Huda, Nyai Hj. Siti Qomariyah Zubaidi, mengatakan menu pondok akan "
        "ditambah telur.",
        "\"Anak-anak kadang mengantuk di kelas,\" ujar Bu Nyai.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(1)->name, "Siti Qomariyah Zubaidi");
}
END_TEST

/* An epithet opening a sentence with a nickname ("Petani yang akrab disapa
 * Puang Baso itu") stands for the name in the sentence before that holds
 * the nickname's word, not for a later run of capitals there (a group's
 * name). */
START_TEST(epithet_nickname_finds_its_name)
{
    static const char *const P[] = {
        "Biji kakao tersusun di kolong rumah milik Andi Baso Pallawarukka, Ketua Kelompok Tani Sipakainge. Petani "
        "yang akrab disapa Puang Baso itu mengatakan kelompoknya sudah memfermentasi kakao.",
        "\"Dulu kami jual basah saja,\" kata Puang Baso.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(1)->name, "Andi Baso Pallawarukka");
}
END_TEST

/* The Portuguese-descended particles of eastern Indonesia's names stay in
 * them ("Antonius da Cunha"), and the short later mention finds him. */
START_TEST(portuguese_name_particles)
{
    static const char *const P[] = {
        "Salah satu korban selamat, Antonius da Cunha (47), menuturkan bahwa gelombang datang tiba-tiba.",
        "\"Beta hampir tidak kuat lagi,\" kata Antonius.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(1)->name, "Antonius da Cunha");
}
END_TEST

/* A corps marker is a title after a rank only: "Polisi" in a unit's name
 * ("Satuan Polisi Air dan Udara", "Polisi Militer") starts no name. */
START_TEST(corps_word_in_a_unit_name)
{
    static const char *const P[] = {
        "Kepala Satuan Polisi Air dan Udara Polres Biak Numfor AKP Zakharias Kafiar menjelaskan bahwa pihaknya "
        "telah menambah jadwal patroli.",
        "\"Patroli kami tambah,\" kata Komandan Polisi Militer Kodam XVIII/Kasuari Kolonel Cpm Yonas Rumere.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Zakharias Kafiar");
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Satuan Polisi Air dan Udara Polres Biak Numfor");
    ck_assert_str_eq(speaker_of(1)->name, "Yonas Rumere");
}
END_TEST

/* "ujar Kiai Fathur, sapaan akrabnya": a nickname aside after the name's
 * titles points back to the person spoken of, as after a bare name. */
START_TEST(titled_nickname_aside_points_back)
{
    static const char *const P[] = {
        "Pengasuh Pondok Pesantren Al-Mubarok, KH Fathurrahman Syarqawi, mengatakan tanah itu diwakafkan warga.",
        "\"Wakaf itu amanah,\" ujar Kiai Fathur, sapaan akrabnya, kepada wartawan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(1)->name, "Fathurrahman Syarqawi");
}
END_TEST

/* A trade of the market chain heads a description ("Pengepul gula di Baa,
 * X"), and a customary office a role that "ucap Damang" points back to. */
START_TEST(trades_and_customary_offices)
{
    static const char *const P[] = {
        "Pengepul gula di Baa, Hengki Dethan Mesakh, menilai kenaikan harga tidak akan bertahan lama.",
        "Damang Kepala Adat Kecamatan Arut Selatan, Yohanes Sangkalang, mengatakan warga tidak boleh memburu buaya.",
        "\"Biar petugas yang menangkap,\" ucap Damang.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Hengki Dethan Mesakh");
    ck_assert_str_eq(speaker_of(0)->role, "Pengepul gula di Baa");
    ck_assert_str_eq(speaker_of(2)->name, "Yohanes Sangkalang");
    ck_assert_uint_eq(R.rec.speakers.len, 2);
}
END_TEST

/* A customary title given as a nickname ("yang bergelar adat Batin
 * Pemuka") stands for its bearer; Bali's "Jero" is an honorific before an
 * office ("ujar Jero Pekaseh"). */
START_TEST(customary_title_and_balinese_honorific)
{
    static const char *const P[] = {
        "Ketua Kelompok Tani Sinar Harapan, Rasyid Syahbandar, yang bergelar adat Batin Pemuka, mengatakan anggota "
        "kelompok kini hanya memetik buah merah.",
        "\"Dulu kami petik asalan,\" kata Batin Pemuka kepada wartawan.",
        "Pekaseh Subak Jatiluwih, I Nyoman Sukerta Pangkung, mengatakan debit air turun.",
        "\"Kami sepakat bergiliran,\" ujar Jero Pekaseh.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(1)->name, "Rasyid Syahbandar");
    ck_assert_str_eq(speaker_of(3)->name, "I Nyoman Sukerta Pangkung");
}
END_TEST

/* "Kapolres X, S.I.K. melalui Kasi Humas Y, S.H. mengatakan": the degree
 * after a comma apposes no one (the subject is the Kapolres, with his
 * degree); "kata Sutrisno" later grows into the full name that follows
 * the office's field ("Kasi Humas AKP Sutrisno Wahyu Adiwibowo"), which
 * starts with it. */
START_TEST(through_an_office_to_its_spokesman)
{
    static const char *const P[] = {
        "Kapolres Singkawang AKBP Hadrian Kusumadewa, S.I.K. melalui Kasi Humas AKP Sutrisno Wahyu Adiwibowo, S.H. "
        "mengatakan pengamanan difokuskan pada rute pawai.",
        LDQ "Kami sudah memetakan titik rawan," RDQ " kata Sutrisno.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Hadrian Kusumadewa");
    ck_assert_str_eq(speaker_of(0)->role, "Kapolres Singkawang");
    ck_assert_str_eq(speaker_of(1)->name, "Sutrisno Wahyu Adiwibowo");
}
END_TEST

/* The 2024 cabinet's short forms name their minister ("kata Menkum" after
 * "Menteri Hukum X"), a bracketed short form before titles leaves them the
 * name's, and "JPU" is a prosecutor's office before the name. */
START_TEST(cabinet_short_forms_and_prosecutors)
{
    static const char *const P[] = {
        "Menteri Pendidikan Dasar dan Menengah (Mendikdasmen) Prof. Dr. Bambang Hariyadi Soetomo, M.Pd. mengatakan "
        "kuota jalur domisili diturunkan.",
        "Menteri Hukum Ahmad Zainuddin Hakim menegaskan mekanisme itu penting.",
        LDQ "Tanpa mekanisme ini, negara tidak bisa apa-apa," RDQ " kata Menkum.",
        "Usai persidangan, JPU KPK Meiliana Kartikasari menyatakan pihaknya belum memutuskan akan banding.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 3);
    ck_assert_str_eq(speaker_of_text("kuota jalur")->name, "Bambang Hariyadi Soetomo");
    ck_assert_str_eq(speaker_of_text("kuota jalur")->titles, "Prof. Dr.");
    ck_assert_str_eq(speaker_of_text("Tanpa mekanisme")->name, "Ahmad Zainuddin Hakim");
    ck_assert_str_eq(speaker_of_text("pihaknya belum")->name, "Meiliana Kartikasari");
    ck_assert_str_eq(speaker_of_text("pihaknya belum")->role, "JPU KPK");
}
END_TEST

/* An acronym the article defines ("Bank Indonesia (BI)") quoted alone is
 * the organisation, an unnamed speaker; before a name after an office it
 * is the office's body, no word of the name. */
START_TEST(defined_acronym_is_an_organisation)
{
    static const char *const P[] = {
        "Bank Indonesia (BI) mempertahankan suku bunga acuan.",
        LDQ "Kami meyakini inflasi tetap terjaga," RDQ " tulis BI dalam keterangan resminya.",
        "Deputi Gubernur BI Hendarmin Subagyo menambahkan, kredit perbankan tumbuh 7,4 persen.",
        "Menurut Hendarmin, permintaan kredit masih tertahan.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "Bank Indonesia (BI)");
    ck_assert_str_eq(speaker_of(1)->name, "Hendarmin Subagyo");
    ck_assert_str_eq(speaker_of(1)->role, "Deputi Gubernur BI");
    ck_assert_ptr_eq(speaker_of(2), speaker_of(1));
    /* ... and so is a body's abbreviation in small letters ("Kementerian Kesehatan (Kemenkes)") */
    stage_run_reset(&R);
    static const char *const K[] = {
        "Kementerian Kesehatan (Kemenkes) mencatat 41.380 kasus demam berdarah sepanjang November.",
        LDQ "Kelima provinsi ini diminta siaga," RDQ " tulis Kemenkes dalam keterangan resminya.",
    };
    resolve(K, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "Kementerian Kesehatan (Kemenkes)");
}
END_TEST

/* A work's title in marks after a description ("Pelantun "Rindu di Ujung
 * Senja" itu") is part of the epithet, which points back to the singer. */
START_TEST(title_in_marks_inside_an_epithet)
{
    static const char *const P[] = {
        "Penyanyi Maharani Prastiwi Anjarsih resmi melaporkan mantan manajernya.",
        "Pelantun \"Rindu di Ujung Senja\" itu mengaku baru menyadari ada kejanggalan pada honornya.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Maharani Prastiwi Anjarsih");
}
END_TEST

/* "berusia" (aged) describes, it does not act: "Pemain berusia 22 tahun
 * itu" is one epithet, which points back to the player the passage quotes. */
START_TEST(age_inside_an_epithet)
{
    static const char *const P[] = {
        "Tunggal putra Indonesia, Kevin Wiratama Tanujaya, melaju ke final.",
        "Kevin mengaku sempat kehilangan fokus pada gim kedua.",
        "Pemain berusia 22 tahun itu menyebut dukungan penonton membuatnya kembali bersemangat.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(1)->name, "Kevin Wiratama Tanujaya");
}
END_TEST

/* "Hal tersebut dibenarkan oleh X." attributes nothing to X (the quote
 * before stays its speaker's) but makes X the one the next "Ia" points to. */
START_TEST(confirming_passive_agent_speaks_next)
{
    static const char *const P[] = {
        "Kepala Kanwil Bea Cukai Aceh, Teuku Rizal Haikal, mengatakan kapal itu terdeteksi radar.",
        LDQ "Mereka dijanjikan upah Rp 50 juta," RDQ " kata Kepala BNN Aceh Azhari Jamaluddin.",
        "Hal tersebut dibenarkan oleh Teuku Rizal. Ia menilai modus pemindahan muatan semakin sering digunakan.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(speaker_of(1)->name, "Azhari Jamaluddin");
    ck_assert_str_eq(speaker_of(2)->name, "Teuku Rizal Haikal");
}
END_TEST

/* A doubles pair written with a slash names two people: each first name
 * grows into its own full name, and the pair as a subject is its first
 * person. */
START_TEST(slash_pair_names_two_people)
{
    static const char *const P[] = {
        "Ganda putri Indonesia, Tasya Amelia Rahmadani/Kezia Natalia Sembiring, keluar sebagai juara.",
        "Tasya mengatakan kunci kemenangan terletak pada kesabaran di gim ketiga.",
        "Kezia menambahkan gelar ini menjadi yang pertama bagi mereka.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Tasya Amelia Rahmadani");
    ck_assert_str_eq(speaker_of(1)->name, "Kezia Natalia Sembiring");
}
END_TEST

/* The forms of regional releases: "Tb." inside a name ends no sentence;
 * "Ditempat terpisah," and "Ditempat yang sama," open a sentence's
 * adverbial; degrees before "selaku" are the name's; a prison's "Kasi Kegiatan Kerja"
 * is an office ("Kegiatan" a field, not a new sentence); "Danlanal" is the
 * "Komandan Lanal" the article introduced; "Janda ... itu" points back;
 * "teriak" tags a quote. */
START_TEST(regional_release_forms)
{
    static const char *const P[] = {
        "Kepala Disdukcapil Kabupaten Pandeglang, Tb. Asep Mulyadi Sastrawijaya, mengatakan layanan akan digilir.",
        "Ditempat terpisah, Kepala Desa Binalawan Sulaiman Abubakar mengatakan warganya membeli air.",
        "Kasi Kegiatan Kerja Lapas Lamongan, Erlina Susanti, menambahkan bahwa premi diberikan setiap bulan.",
        "Komandan Lanal Tanjung Balai Karimun, Letkol Laut (P) Rangga Adiwangsa, memimpin penyekatan.",
        LDQ "Tim langsung melakukan penyekatan," RDQ " ungkap Danlanal.",
        "Salah satu penerima bantuan, Ni Nengah Suwiti (62), menerima kunci rumah.",
        "Janda yang tinggal bersama dua cucunya itu mengaku rumahnya selalu bocor.",
        LDQ "Jangan sampai kami dibuang," RDQ " teriak Arfan dalam orasinya.",
        "Sementara itu Kasi Bimas Islam, Siti Muflihatun Nisa, S.Ag., M.S.I. selaku ketua panitia dalam "
        "laporannya menyampaikan, kegiatan tahun ini dilaksanakan di tiga titik.",
        "Ditempat yang sama, Kepala Desa Sebatik, Sulaiman Hamid mengatakan warganya harus membeli air.",
    };
    resolve(P, 10);
    ck_assert_uint_eq(R.rec.quotes.len, 8);
    ck_assert_str_eq(speaker_of(6)->name, "Siti Muflihatun Nisa");
    ck_assert_str_eq(speaker_of(6)->degrees, "S.Ag. M.S.I.");
    ck_assert_str_eq(speaker_of(7)->name, "Sulaiman Hamid");
    ck_assert_str_eq(speaker_of(0)->name, "Tb. Asep Mulyadi Sastrawijaya");
    ck_assert_str_eq(speaker_of(1)->name, "Sulaiman Abubakar");
    ck_assert_str_eq(speaker_of(2)->name, "Erlina Susanti");
    ck_assert_str_eq(speaker_of(2)->role, "Kasi Kegiatan Kerja Lapas Lamongan");
    ck_assert_str_eq(speaker_of(3)->name, "Rangga Adiwangsa");
    ck_assert_str_eq(speaker_of(4)->name, "Ni Nengah Suwiti");
    ck_assert_str_eq(speaker_of(5)->name, "Arfan");
}
END_TEST

/* A relative clause's demonstrative after a description points back to the
 * passage's speaker ("Janda yang tinggal bersama dua cucunya itu"); after an
 * office named in full it is the clause's own, and the office is someone
 * of its own. */
START_TEST(named_office_with_a_relative_clause)
{
    static const char *const P[] = {
        "Kepala Rutan Kelas IIB Tanjung Pandan, Arman Syafei Ramba, mengatakan tes urine digelar mendadak.",
        "Kepala BNN Kabupaten Belitung yang hadir langsung dalam kegiatan itu menyampaikan bahwa seluruh sampel "
        "yang diperiksa menunjukkan hasil negatif.",
        "Janda yang tinggal bersama dua cucunya itu mengaku rumahnya selalu bocor.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_ptr_null(speaker_of(1)->name);
    ck_assert_str_eq(speaker_of(1)->role, "Kepala BNN Kabupaten Belitung");
    ck_assert_ptr_eq(speaker_of(2), speaker_of(1)); /* the passage's speaker */
}
END_TEST

/* A name particle right before the name in a role is the name's ("...
 * Pandeglang Tb. Asep Mulyadi"); a sentence's subject goes on through a
 * second office ("Plh. Bupati X yang juga Sekretaris Daerah, Drs. Y,
 * meninjau"); a Kejaksaan's "Seksi Intelijen" is a field a name follows. */
START_TEST(particles_offices_and_sections)
{
    static const char *const P[] = {
        "Kepala Disdukcapil Kabupaten Pandeglang Tb. Asep Mulyadi Sastrawijaya, S.Sos., M.Si. mengatakan layanan "
        "ini gratis.",
        LDQ "Mereka ini punya hak yang sama," RDQ " kata Tb. Asep.",
        "Plh. Bupati Kotawaringin Timur yang juga Sekretaris Daerah, Drs. Fahrurazi, M.AP. meninjau lokasi banjir.",
        LDQ "Penetapan status ini supaya penanganan lebih cepat," RDQ " ujar Plh. Bupati.",
        "Kajari Kaur melalui Kepala Seksi Intelijen Bagus Trihatmoko, S.H. mengatakan penahanan dilakukan setelah "
        "penyidik memperoleh bukti.",
        LDQ "Tersangka kami titipkan di rutan," RDQ " kata Bagus.",
    };
    resolve(P, 6);
    ck_assert_str_eq(speaker_of(0)->name, "Tb. Asep Mulyadi Sastrawijaya");
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Disdukcapil Kabupaten Pandeglang");
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
    ck_assert_str_eq(speaker_of(2)->name, "Fahrurazi");
    ck_assert_str_eq(speaker_of(4)->name, "Bagus Trihatmoko");
}
END_TEST

/* "amanat" is a speech noun ("“...,” demikian amanat Kasad yang dibacakan
 * Bupati": the chief of staff's, an unnamed office); "Dandim" is the
 * "Komandan Kodim" the article introduced. */
START_TEST(mandate_and_district_commander)
{
    static const char *const P[] = {
        "Komandan Kodim 1627/Rote Ndao Letkol Inf Daniel Kornelis Manafe memimpin upacara pembukaan TMMD.",
        LDQ "TMMD bukan sekadar membangun jalan dan jembatan," RDQ " demikian amanat Kasad yang dibacakan Bupati.",
        LDQ "Kegiatan berlangsung selama 30 hari," RDQ " kata Dandim.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "Kasad");
    ck_assert_str_eq(speaker_of(1)->name, "Daniel Kornelis Manafe");
}
END_TEST

/* A naming link ("bernama", "yang bernama lengkap") gives the described
 * person's name: the description is the role, the link neither; and a
 * demonstrative after the name makes no epithet of it. */
START_TEST(naming_link_gives_the_name)
{
    static const char *const P[] = {
        "Gubernur Jawa Barat Ahmad Fauzi meninjau lokasi banjir.",
        LDQ "Ini sudah lampu merah bagi kami," RDQ " ujar Lurah yang bernama lengkap Mangapul Damanik, S.STP. itu.",
        "Seorang warga bernama Budi Hartono (45) mengatakan banjir datang pada tengah malam.",
        LDQ "Air naik cepat sekali," RDQ " kata warga bernama Siti Aminah itu.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Mangapul Damanik");
    ck_assert_str_eq(speaker_of(0)->role, "Lurah");
    ck_assert_str_eq(speaker_of(0)->degrees, "S.STP.");
    ck_assert_str_eq(speaker_of(1)->name, "Budi Hartono");
    ck_assert_str_eq(speaker_of(1)->role, "warga");
    ck_assert_str_eq(speaker_of(2)->name, "Siti Aminah");
    ck_assert_str_eq(speaker_of(2)->role, "warga");
}
END_TEST

/* A name apposed after a description a preposition cut short keeps the
 * description when a nickname aside follows the name's comma ("Ketua KUD X
 * di Desa Y, Jonaidi Alimin, yang akrab disapa Ocu Jon, mengaku"). */
START_TEST(apposed_name_before_nickname_aside)
{
    static const char *const P[] = {
        "Ketua KUD Tunas Mekar di Desa Kuok, Jonaidi Alimin, yang akrab disapa Ocu Jon, mengaku 140 anggota "
        "koperasinya sudah tiga tahun menunggu kepastian.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Jonaidi Alimin");
    ck_assert_str_eq(speaker_of(0)->role, "Ketua KUD Tunas Mekar di Desa Kuok");
}
END_TEST

/* A capitalised noun and a lower-case word open a description, also with
 * the place "di" names after them, when a name with its age is apposed
 * ("Kusir bendi di kawasan Jam Gadang, Syahril Mardjohan (58), mengaku");
 * a name and a preposition do not ("Budi di Kupang, NTT, mengatakan"); the
 * description's place goes on over commas ("Rasimin (58), petambak garam
 * di Desa Dresi Wetan, Kecamatan Kaliori, mengatakan"). */
START_TEST(description_before_an_apposed_name)
{
    static const char *const P[] = {
        "Kusir bendi di kawasan Jam Gadang, Syahril Mardjohan (58), mengaku pendapatannya selama libur panjang naik "
        "dua kali lipat.",
        "Budi di Kupang, NTT, mengatakan harga beras naik sejak awal bulan puasa.",
        "Rasimin (58), petambak garam di Desa Dresi Wetan, Kecamatan Kaliori, mengatakan tengkulak hanya berani "
        "membeli garam kualitas dua.",
        /* a port's harbour master is an office */
        "Syahbandar di Pelabuhan Perikanan Nusantara Tual, Matheus Ohoiwirin, menjelaskan bahwa seluruh kapal "
        "wajib mengaktifkan sistem pemantauan.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(speaker_of(3)->name, "Matheus Ohoiwirin");
    ck_assert_str_eq(speaker_of(3)->role, "Syahbandar di Pelabuhan Perikanan Nusantara Tual");
    ck_assert_str_eq(speaker_of(0)->name, "Syahril Mardjohan");
    ck_assert_str_eq(speaker_of(0)->role, "Kusir bendi di kawasan Jam Gadang");
    ck_assert_str_eq(speaker_of(1)->name, "Budi");
    ck_assert_str_eq(speaker_of(2)->name, "Rasimin");
    ck_assert_str_eq(speaker_of(2)->role, "petambak garam di Desa Dresi Wetan, Kecamatan Kaliori");
}
END_TEST

/* A date in brackets is no age: "Kemarin (10/3), pria yang akrab disapa
 * Cak Met itu" gives the nickname of the person named before, not of
 * "Kemarin". */
START_TEST(bracketed_date_is_no_age)
{
    static const char *const P[] = {
        "Salah satunya Slamet Sukamtohadi, petani apel di Desa Tulungrejo. Kemarin (10/3), pria yang akrab "
        "disapa Cak Met itu tampak membersihkan batang apel.",
        LDQ "Buat kenang-kenangan, Mas," RDQ " ujar Cak Met.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Slamet Sukamtohadi");
}
END_TEST

/* An age spelled out between commas ("Karsono, 61 tahun, petani ...") is
 * an aside, as "(61)" is: no word of the role. */
START_TEST(spelled_age_is_no_role)
{
    static const char *const P[] = {
        "Irwansyah Kampai, 34 tahun, warga Desa Koto Kari, mengatakan harga emas naik sejak awal bulan puasa.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Irwansyah Kampai");
    ck_assert_str_eq(speaker_of(0)->role, "warga Desa Koto Kari");
}
END_TEST

/* The prosecution service's short forms: "Kajari" is the "Kepala Kejari"
 * the article named. */
START_TEST(prosecutor_short_form)
{
    static const char *const P[] = {
        "Kepala Kejari Kepulauan Selayar, Andi Arfan Mangkulangi, mengatakan kerugian negara mencapai Rp780 juta.",
        LDQ "Modusnya membuat laporan pertanggungjawaban fiktif," RDQ " kata Kajari di Benteng.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Andi Arfan Mangkulangi");
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
}
END_TEST

/* "ujar remaja yang akrab disapa Jelly itu sambil tertawa": a description
 * whose relative clause a demonstrative closes points back to the person
 * just quoted, and the nickname it gives names them after; not to someone
 * quoted paragraphs before, whom the article left for another person. */
START_TEST(nickname_in_a_pointing_description)
{
    static const char *const P[] = {
        "Disambut teman-temannya, Angelica Kusnohadi mengaku tidak menyangka namanya dipanggil sebagai juara.",
        LDQ "Alatnya sempat error di tengah waktu," RDQ " ujar remaja yang akrab disapa Jelly itu sambil tertawa.",
        "Jelly meminta agar adik kelasnya tidak takut gagal pada seleksi tingkat kota.",
        "Pelatih PSMS Medan, Arjuna Pakpahan, mengaku puas dengan reaksi anak asuhnya di babak kedua.",
        "Arjuna menilai kemenangan ini penting untuk menjaga jarak dengan pesaing di papan atas klasemen.",
        "Sorotan tertuju pada Nataniel Krey yang mencetak dua gol.",
        LDQ "Gol kedua itu memang saya latih terus," RDQ " ujar pemain yang akrab disapa Niel itu.",
        "Niel mengatakan gol-golnya ia persembahkan untuk ibunya di Jayapura yang tengah sakit.",
        /* the description naming the person's role as the article gave it */
        "Aman Tarungan Sabulukkungan (67), salah satu sikerei tertua di Matotonan, mengatakan hutan kini jauh.",
        LDQ "Obat-obatan kami ikut hilang," RDQ " kata sikerei yang akrab disapa Teu Tarungan itu dalam bahasa "
        "Mentawai.",
        "Teu Tarungan berharap anak-anak muda Matotonan mau belajar menjadi sikerei.",
    };
    resolve(P, 11);
    ck_assert_uint_eq(R.rec.quotes.len, 9);
    ck_assert_str_eq(speaker_of(6)->name, "Aman Tarungan Sabulukkungan");
    ck_assert_ptr_eq(speaker_of(7), speaker_of(6));
    ck_assert_ptr_eq(speaker_of(8), speaker_of(6));
    ck_assert_str_eq(speaker_of(0)->name, "Angelica Kusnohadi");
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
    ck_assert_ptr_eq(speaker_of(2), speaker_of(0));
    ck_assert_str_eq(speaker_of(3)->name, "Arjuna Pakpahan");
    ck_assert_ptr_ne(speaker_of(5), speaker_of(3));
}
END_TEST

/* A passive participle opening the sentence ("Ditemui wartawan ...",
 * "Didampingi Kepala Dinas X", "Disambut guru ...") heads an adverbial: its
 * agent is no role nor name of the speaker after the comma. */
START_TEST(participle_clause_before_the_speaker)
{
    static const char *const P[] = {
        "Ditemui wartawan usai rapat paripurna, Kustini Purnomo mengatakan harga beras naik sejak awal bulan.",
        "Didampingi Kepala Dinas Pertanian Budi Santoso, Bupati Sleman Harda Kiswaya mengatakan stok pupuk aman.",
        "Disambut guru dan teman-temannya di halaman sekolah, Senin (16/3/2026), Angelica Kusnohadi mengaku tidak "
        "menyangka namanya dipanggil sebagai peraih emas.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Kustini Purnomo");
    ck_assert_ptr_null(speaker_of(0)->role);
    ck_assert_str_eq(speaker_of(1)->name, "Harda Kiswaya");
    ck_assert_str_eq(speaker_of(1)->role, "Bupati Sleman");
    ck_assert_str_eq(speaker_of(2)->name, "Angelica Kusnohadi");
    ck_assert_ptr_null(speaker_of(2)->role);
}
END_TEST

/* A company is a body, no person ("PT X menyatakan"); a release names its
 * body again by its kind ("Perusahaan juga menyebutkan", "Pihak rumah
 * sakit juga memastikan"): the body speaking, or the one a sentence opened
 * with before. */
START_TEST(body_named_again_by_its_kind)
{
    static const char *const P[] = {
        "PT Sultra Nikel Persada menyatakan bahwa perusahaan telah membangun tiga kolam pengendapan. Perusahaan "
        "juga menyebutkan bahwa kadar padatan tersuspensi masih di bawah baku mutu.",
        "Manajemen PT Sinar Bahodopi Nikelindo dalam keterangan tertulis menyampaikan duka mendalam. Perusahaan "
        "menyatakan bahwa seluruh biaya pengobatan korban luka ditanggung penuh.",
        "RSJ Provinsi Bali menyebutkan seluruh pasien kini menjalani perawatan di ruang rehabilitasi. Pihak rumah "
        "sakit juga memastikan biaya perawatan ditanggung BPJS Kesehatan.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 5);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "PT Sultra Nikel Persada");
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
    ck_assert_str_eq(speaker_of(2)->role, "Manajemen PT Sinar Bahodopi Nikelindo");
    ck_assert_str_eq(speaker_of(3)->role, "RSJ Provinsi Bali");
    ck_assert_ptr_eq(speaker_of(4), speaker_of(3));
}
END_TEST

/* A title with no name after it is an epithet ("Kiai yang akrab disapa
 * Lora Rofiq itu menilai"): the person just named, whose nickname it
 * gives, no speaker "Kiai". */
START_TEST(title_as_epithet_with_nickname)
{
    static const char *const P[] = {
        "Ketua APTI Pamekasan, KH. Moh. Rofiqi Maimun, meminta agar gudang pabrikan mengumumkan kuota. Kiai yang "
        "akrab disapa Lora Rofiq itu menilai petani selama ini selalu berada di posisi paling lemah.",
        LDQ "Petani menanam dengan utang," RDQ " kata Lora Rofiq.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Moh. Rofiqi Maimun");
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
    ck_assert_ptr_eq(speaker_of(2), speaker_of(0));
}
END_TEST

/* A feature story calls someone by a nickname and then gives the full name
 * ("Pemilik nama X ini", "Perempuan bernama asli X ini", "Pria bernama
 * lengkap X itu"): the person called so gets it, and the nickname names
 * them after; a named person with no word of it is someone else. */
START_TEST(full_name_after_nickname)
{
    static const char *const P[] = {
        "Koh Ahong, begitu ia dikenal pelanggannya, mengaku bisa menjual 900 butir pempek setiap sore. Pemilik "
        "nama Liem Kwet Hong ini sudah berjualan di kawasan Ampera sejak 1998.",
        LDQ "Kadang jam lima sudah habis," RDQ " kata Koh Ahong.",
        "Mama Ona, pedagang pala, menuturkan dirinya sudah dua kali hampir terjatuh dari rakit. Perempuan "
        "bernama asli Yohana Tehupuring ini meminta agar pemerintah segera memasang jembatan darurat.",
        LDQ "Modal satu bentangan sudah Rp. 250.000," RDQ " kata Daeng Sikki, pembudidaya rumput laut. Pria "
        "bernama lengkap Muhammad Sikki Dg. Tojeng itu mengatakan harga rumput laut turun sejak Januari.",
        "Jasman Rizal mengatakan rapat itu penting bagi warga desa. Pria bernama lengkap Budi Santoso itu "
        "mengatakan harga ikan naik sejak awal bulan puasa.",
    };
    resolve(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 8);
    ck_assert_str_eq(speaker_of(0)->name, "Liem Kwet Hong");
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
    ck_assert_str_eq(speaker_of(2)->name, "Yohana Tehupuring");
    ck_assert_ptr_eq(speaker_of(3), speaker_of(2));
    ck_assert_str_eq(speaker_of(4)->name, "Muhammad Sikki Dg. Tojeng");
    ck_assert_ptr_eq(speaker_of(5), speaker_of(4));
    ck_assert_str_eq(speaker_of(6)->name, "Jasman Rizal");
    ck_assert_str_ne(speaker_of(7)->name, "Budi Santoso");
}
END_TEST

/* An office-holder quoted by office is named by "pejabat yang bernama
 * lengkap X, S.E., M.M. itu" (the degrees' full stop closes no mention
 * before the demonstrative), titles and degrees kept; "Kakanwil yang bernama
 * lengkap X itu" names no minister whose speech he read. */
START_TEST(full_name_of_an_office_holder)
{
    static const char *const P[] = {
        "Kepala Bidang UKM Dinas Koperasi Jepara mengatakan, pelatihan ini menyasar perajin yang menjual lewat "
        "perantara.",
        LDQ "Kami ingin perajin paham sendiri dokumen ekspor," RDQ " ujar pejabat yang bernama lengkap Ayu "
        "Kusumastuti Prameswari, S.E., M.M. itu.",
        "Menteri Agama, dalam sambutan tertulis yang dibacakan Kepala Kanwil Kemenag Riau, menyampaikan bahwa "
        "kementerian tengah menata ulang program prioritas.",
        "Usai membacakan sambutan tersebut, Kakanwil yang bernama lengkap Dr. H. Azwir Khairuddin, M.Ag. itu "
        "menegaskan seluruh satuan kerja wajib menuntaskan laporan kinerja.",
        "Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Landak menjelaskan, pagu indikatif tahun "
        "2027 sebesar Rp 9,4 miliar.",
        "Kepala Bappeda yang bernama lengkap Dr. Ir. Stefanus Lukas Ngadan, M.T. itu menyebutkan, usulan yang tidak "
        "tertampung akan diteruskan ke DPRD.",
    };
    resolve(P, 6);
    ck_assert_uint_eq(R.rec.quotes.len, 6);
    /* the same head, "Kepala", short form or not: the office named */
    ck_assert_str_eq(speaker_of(4)->name, "Stefanus Lukas Ngadan");
    ck_assert_ptr_eq(speaker_of(5), speaker_of(4));
    ck_assert_str_eq(speaker_of(0)->name, "Ayu Kusumastuti Prameswari");
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Bidang UKM Dinas Koperasi Jepara");
    ck_assert_str_eq(speaker_of(0)->degrees, "S.E. M.M.");
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
    ck_assert_ptr_null(speaker_of(2)->name);
    ck_assert_str_eq(speaker_of(3)->name, "Azwir Khairuddin");
    ck_assert_ptr_ne(speaker_of(3), speaker_of(2));
}
END_TEST

/* "kata dr. X, nama kepala bidang tersebut": an apposition that gives the
 * name of the office-holder the article quoted unnamed; the person is that
 * office's, not a speaker whose role is "nama kepala bidang tersebut". */
START_TEST(name_of_the_office_holder_met_unnamed)
{
    static const char *const P[] = {
        "Kepala Bidang Perlindungan Perempuan dan Anak Dinsos PPPA Kulon Progo menyampaikan pihaknya siap menerima "
        "rujukan untuk pendampingan psikologis.",
        LDQ "Anak-anak ini yang paling terdampak," RDQ " kata Theresia Dwi Astuti Nugraheni, S.Psi., nama kepala "
        "bidang tersebut.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Theresia Dwi Astuti Nugraheni");
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Bidang Perlindungan Perempuan dan Anak Dinsos PPPA Kulon Progo");
    ck_assert_ptr_eq(speaker_of(1), speaker_of(0));
}
END_TEST

/* "yang juga" or "yang sekaligus" joins a person's second office: after an
 * office it stays in the role as written, after a name it opens the role. */
START_TEST(second_office_after_yang_juga)
{
    static const char *const P[] = {
        "Ketua Delegasi RI yang juga Direktur Jenderal Bina Administrasi Kewilayahan Kementerian Dalam Negeri "
        "Hendrawarman Saragi mengatakan pasar perbatasan akan beroperasi dua kali sepekan.",
        "Kustini Purnomo yang juga Ketua DPD Partai Golkar DIY mengatakan partainya siap bekerja sama.",
        LDQ "Kami siap bekerja sama," RDQ " ujar Wakil Bupati Sleman yang sekaligus Ketua PMI Sleman, Danang Maharsa.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Hendrawarman Saragi");
    ck_assert_str_eq(speaker_of(0)->role, "Ketua Delegasi RI yang juga Direktur Jenderal Bina Administrasi "
                                          "Kewilayahan Kementerian Dalam Negeri");
    ck_assert_str_eq(speaker_of(1)->name, "Kustini Purnomo");
    ck_assert_str_eq(speaker_of(1)->role, "Ketua DPD Partai Golkar DIY");
    ck_assert_str_eq(speaker_of(2)->name, "Danang Maharsa");
    ck_assert_str_eq(speaker_of(2)->role, "Wakil Bupati Sleman yang sekaligus Ketua PMI Sleman");
}
END_TEST

/* An envoy's post ("RI di Kota Bharu", "RI di Tokyo") is part of the
 * office; the name comes after it, past one word of a foreign city at
 * least; "Bupati di Kupang" is no post; a place that ends the office
 * ("untuk Indonesia") leaves all the words after it to the name, also when
 * the article later uses only the surname ("kata Tanaka"). */
START_TEST(envoy_post_in_the_office)
{
    static const char *const P[] = {
        "Konsul Jenderal RI di Kota Bharu Ahmad Syaiful Bahri mengatakan pihaknya telah menyalurkan bantuan.",
        LDQ "Kami terus memantau," RDQ " kata Duta Besar RI di Tokyo Heri Akhmadi.",
        LDQ "Jalan ini dibuka pekan depan," RDQ " kata Bupati Kupang Yosef Lede di Kupang.",
        "Duta Besar Jepang untuk Indonesia Kenji Tanaka mengatakan kerja sama terus meningkat.",
        LDQ "Kami senang," RDQ " kata Tanaka.",
    };
    resolve(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 5);
    ck_assert_str_eq(speaker_of(3)->name, "Kenji Tanaka");
    ck_assert_str_eq(speaker_of(3)->role, "Duta Besar Jepang untuk Indonesia");
    ck_assert_ptr_eq(speaker_of(4), speaker_of(3));
    ck_assert_str_eq(speaker_of(0)->name, "Ahmad Syaiful Bahri");
    ck_assert_str_eq(speaker_of(0)->role, "Konsul Jenderal RI di Kota Bharu");
    ck_assert_str_eq(speaker_of(1)->name, "Heri Akhmadi");
    ck_assert_str_eq(speaker_of(1)->role, "Duta Besar RI di Tokyo");
    ck_assert_str_eq(speaker_of(2)->name, "Yosef Lede");
    ck_assert_str_eq(speaker_of(2)->role, "Bupati Kupang");
}
END_TEST

/* "Sikap berbeda datang dari X": an opinion noun's giver speaks next, as
 * "sambutan dari X" does. */
START_TEST(opinion_coming_from_a_person)
{
    static const char *const P[] = {
        LDQ "Pilkada langsung mahal," RDQ " kata Wakil Ketua Komisi II Irfan Siswoyo.",
        "Sikap berbeda datang dari Anggota Komisi II dari Fraksi PDI Perjuangan, Theresia Ambarwati.",
        LDQ "Yang dibenahi sistem pengawasannya," RDQ " ujarnya.",
    };
    resolve(P, 3);
    ck_assert_str_eq(speaker_of_text("Yang dibenahi")->name, "Theresia Ambarwati");
    ck_assert_str_eq(speaker_of_text("Yang dibenahi")->role, "Anggota Komisi II dari Fraksi PDI Perjuangan");
}
END_TEST

/* A name the body never writes is read from a headline In Title Case up to
 * the headline's verb ("Mendag Rahmi Kartikasari Cek Harga ..."), not when
 * a region stands there ("Kalapas Narkotika Pematang Siantar Pimpin ..."). */
START_TEST(headline_name_up_to_its_verb)
{
    static const char *const P[] = {
        "Menteri Perdagangan meninjau Pasar Johar, Semarang.",
        LDQ "Minyakita masih di atas HET," RDQ " ujar Mendag kepada wartawan.",
    };
    R.rec.title = "Tinjau Pasar Johar, Mendag Rahmi Kartikasari Cek Harga Beras dan Minyak Goreng";
    resolve(P, 2);
    ck_assert_str_eq(speaker_of_text("Minyakita masih")->name, "Rahmi Kartikasari");
    ck_assert_str_eq(speaker_of_text("Minyakita masih")->role, "Menteri Perdagangan");
}
END_TEST

/* "Hal senada disampaikan X" says the same again: the agentless passive
 * before it stays the earlier speaker's ("Dijelaskan, ..."), and X speaks
 * next ("Menurutnya, ..."). */
START_TEST(likeness_keeps_the_words_before)
{
    static const char *const P[] = {
        "Kepala Dinas Pariwisata Desi Marlina Yusra menjelaskan festival diikuti 164 pasang jawi. Dijelaskan, "
        "rangkaian festival berlangsung selama empat pekan.",
        "Hal senada disampaikan Wali Nagari Sungai Tarab, Effendi Chaniago. Menurutnya, pacu jawi memberi dampak "
        "ekonomi bagi warga.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of_text("rangkaian festival")->name, "Desi Marlina Yusra");
    ck_assert_str_eq(speaker_of_text("pacu jawi")->name, "Effendi Chaniago");
}
END_TEST

/* A lower-case title after an apposed organisation opens the name, not the
 * predicate ("..., Rumah Sakit Harapan Bunda, dr. Kartika Sari, Sp.A,
 * mengingatkan ..."); a lower-case description before the name is the
 * role's ("Dokter spesialis anak Kartika Sari": "anak" is no particle there,
 * as "bin" is inside "Ahmad bin Umar"). */
START_TEST(lower_case_title_and_description_before_a_name)
{
    static const char *const P[] = {
        "Dokter spesialis anak dari Rumah Sakit Harapan Bunda, dr. Kartika Sari, Sp.A, mengingatkan orangtua "
        "untuk mewaspadai demam.",
        LDQ "Segera bawa ke fasilitas kesehatan," RDQ " ujarnya.",
        "Dokter spesialis anak Budi Hartono mengimbau warga untuk memakai tabir surya.",
        LDQ "Jangan keluar siang hari," RDQ " ujarnya.",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of_text("Segera bawa")->name, "Kartika Sari");
    ck_assert_str_eq(speaker_of_text("Segera bawa")->role, "Dokter spesialis anak dari Rumah Sakit Harapan Bunda");
    ck_assert_str_eq(speaker_of_text("Jangan keluar")->name, "Budi Hartono");
    ck_assert_str_eq(speaker_of_text("Jangan keluar")->role, "Dokter spesialis anak");
}
END_TEST

/* "Dirjen Badilag", "Kepala Bappeda": a government body the press names by
 * a word of capitals and small letters is the role's, never a name. */
START_TEST(body_named_in_mixed_case_is_no_name)
{
    static const char *const P[] = {
        LDQ "Pelayanan harus terus ditingkatkan," RDQ " papar Dirjen Badilag.",
        LDQ "Anggaran sudah kami susun," RDQ " kata Kepala Bappeda.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_ptr_null(speaker_of(0)->name);
    ck_assert_str_eq(speaker_of(0)->role, "Dirjen Badilag");
    ck_assert_ptr_null(speaker_of(1)->name);
}
END_TEST

/* "HM." (Haji Muhammad) is a title: it ends no sentence and leaves the
 * role before the name's comma in place. */
START_TEST(hm_is_a_title)
{
    static const char *const P[] = {
        "Bupati Temanggung, HM. Al Khadziq dalam sambutannya mengatakan, bahwa hari jadi kabupaten adalah milik "
        "warga.",
    };
    resolve(P, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Al Khadziq");
    ck_assert_str_eq(speaker_of(0)->role, "Bupati Temanggung");
    ck_assert_str_eq(speaker_of(0)->titles, "HM.");
}
END_TEST

/* The descriptions and short forms national news gives its sources head a
 * role: "Ekonom senior Indef, Faisal Basri", "Jubir Kemenkes Budi". */
START_TEST(national_news_descriptions_head_a_role)
{
    static const char *const P[] = {
        "Ekonom senior Indef, Faisal Basri, mengatakan, target pertumbuhan itu sulit dicapai.",
        LDQ "Vaksin tersedia cukup," RDQ " kata Jubir Kemenkes Siti Nadia Tarmizi.",
        LDQ "Penyaluran terus dipercepat," RDQ " kata Juru Bicara Kementerian Sosial Hasyim Asari.",
    };
    resolve(P, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Faisal Basri");
    ck_assert_str_eq(speaker_of(0)->role, "Ekonom senior Indef");
    ck_assert_str_eq(speaker_of(1)->name, "Siti Nadia Tarmizi");
    ck_assert_str_eq(speaker_of(1)->role, "Jubir Kemenkes");
    ck_assert_str_eq(speaker_of(2)->organization, "Kementerian Sosial"); /* "Juru Bicara" is the office */
}
END_TEST

/* The people national news quotes by what they are in the story: a witness,
 * a lawyer, a singer, a coach, an ambassador ("Saksi Yohanes", "Kuasa hukum
 * HS, Robertus Sinaga,", "Duta Besar Jepang untuk Indonesia"); and what they
 * wrote or asked ("tulis Nadia", "bertanya,"). */
START_TEST(national_news_people_and_their_verbs)
{
    static const char *const P[] = {
        LDQ "Benar," RDQ " kata Saksi Yohanes Simanjuntak.",
        "Kuasa hukum HS, Robertus Sinaga, mengatakan kliennya akan kooperatif.",
        LDQ "Mohon doanya," RDQ " tulis Penyanyi Nadia Kirana.",
        "Ketua Majelis Hakim Ratna Dewi Sitorus bertanya, " LDQ "Untuk apa uang itu?" RDQ,
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(speaker_of(0)->name, "Yohanes Simanjuntak");
    ck_assert_str_eq(speaker_of(0)->role, "Saksi");
    ck_assert_str_eq(speaker_of(1)->name, "Robertus Sinaga");
    ck_assert_str_eq(speaker_of(1)->role, "Kuasa hukum HS");
    ck_assert_str_eq(speaker_of(2)->name, "Nadia Kirana");
    ck_assert_str_eq(speaker_of_text("Untuk apa")->name, "Ratna Dewi Sitorus");
}
END_TEST

/* National bodies and parties by the short names the press uses end the
 * role, whatever the name after them looks like: "Perum Bulog", "Kemlu",
 * "PDI Perjuangan", "Sekretaris Negara". */
START_TEST(national_bodies_end_the_role)
{
    static const char *const P[] = {
        LDQ "Stok aman," RDQ " kata Direktur Utama Perum Bulog Indra Kusnadi.",
        LDQ "Kami terbuka," RDQ " kata Ketua DPP PDI Perjuangan Maria Goreti Situmorang.",
        LDQ "Harus dipercepat," RDQ " kata Menteri Sekretaris Negara Arya Dwipangga.",
        LDQ "WNI aman," RDQ " ujar Juru Bicara Kemlu Yudistira Pramana.",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of(0)->name, "Indra Kusnadi");
    ck_assert_str_eq(speaker_of(0)->role, "Direktur Utama Perum Bulog");
    ck_assert_str_eq(speaker_of(1)->name, "Maria Goreti Situmorang");
    ck_assert_str_eq(speaker_of(2)->name, "Arya Dwipangga");
    ck_assert_str_eq(speaker_of(3)->name, "Yudistira Pramana");
}
END_TEST

/* One person the article gives by office first and by name after: a full
 * name with no role met right after the office's speaker; an office the
 * body introduces with a name before "selaku"; a two-word field named by
 * its last word ("Kepala Bagian Usaha" for "... Tata Usaha"). */
START_TEST(office_then_name_is_one_person)
{
    static const char *const P[] = {
        "Sedangkan Kepala Bagian Tata Usaha mengingatkan bahwa buta huruf Al Quran masih tinggi.",
        LDQ "Sehingga diperlukan gerakan bersama," RDQ " ungkap Nur Pawaidudin.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(1)->name, "Nur Pawaidudin");
    ck_assert_str_eq(speaker_of(1)->role, "Kepala Bagian Tata Usaha");
    /* ... not a name the article introduces in another office */
    stage_run_reset(&R);
    static const char *const O[] = {
        "Rapat dipimpin Ketua DPRD didampingi Wakil Ketua I Andi Murniati Sangkala dan dihadiri Sekretaris Daerah.",
        "Bupati Mamuju Tengah dalam sambutan yang dibacakan Wakil Bupati mengatakan, catatan fraksi ditindaklanjuti.",
        "Usai paripurna, Andi Murniati kepada wartawan menjelaskan DPRD akan mengawal pelaksanaan anggaran.",
    };
    resolve(O, 3);
    ck_assert_ptr_null(speaker_of_text("catatan fraksi")->name);
    ck_assert_ptr_ne(speaker_of_text("catatan fraksi"), speaker_of_text("DPRD akan"));
    /* ... with titles and degrees, a comma gluing the degrees ("S.Ag.,M.Pd.I"), which the office keeps */
    stage_run_reset(&R);
    static const char *const D[] = {
        "Kepala Kantor Kementerian Agama Kabupaten Kolaka Timur dalam sambutannya mengatakan, banyak pasangan "
        "belum tercatat.",
        LDQ "Dampaknya ke anak," RDQ " ujar H. Muh. Arsyad Lapalulu, S.Ag.,M.Pd.I.",
    };
    resolve(D, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(1)->name, "Muh. Arsyad Lapalulu");
    ck_assert_str_eq(speaker_of(1)->role, "Kepala Kantor Kementerian Agama Kabupaten Kolaka Timur");
    ck_assert_str_eq(speaker_of(1)->titles, "H.");
    ck_assert_ptr_nonnull(strstr(speaker_of(1)->degrees, "M.Pd.I"));
    stage_run_reset(&R);
    static const char *const Q[] = {
        "Lapas yang dinahkodai oleh Wahyu Indarto selaku Kepala Lapas Pemuda Kelas IIA Tangerang terus berbenah.",
        LDQ "Di sini semua tertata," RDQ " kata Kepala Lapas Pemuda Tangerang.",
    };
    resolve(Q, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Wahyu Indarto");
    stage_run_reset(&R);
    static const char *const T[] = {
        "Kepala Bagian Usaha dalam sambutannya mengatakan bahwa program prioritas harus dituntaskan.",
        "Kepala Bagian Tata Usaha Muhammad Yunus menyampaikan bahwa sertifikat halal terus bertambah.",
    };
    resolve(T, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Muhammad Yunus");
}
END_TEST

/* "Hal senada disampaikan X." names the speaker a following "Ia" or
 * "Menurutnya" points to (a passive with an agent makes its agent current). */
START_TEST(likeness_passive_makes_its_agent_current)
{
    static const char *const P[] = {
        "Ketua MUI Ahmad Fauzan Hamid mengatakan umat harus bersatu.",
        "Hal senada disampaikan Sekretaris Jenderal PBNU Hamdan Zakaria. Ia menilai masjid harus steril.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(1)->name, "Hamdan Zakaria");
}
END_TEST

/* The full name the body gives a person quoted later by one word: across
 * "Ibu Kota" in the role (a capital city, not the honorific "Ibu") and with a
 * surname that is also a description ("Rahman Hakim"). */
START_TEST(full_name_across_ibu_kota_and_descriptive_surnames)
{
    static const char *const P[] = {
        "Kepala Otorita Ibu Kota Nusantara (OIKN) Bambang Hartawan menerima wartawan di kantornya.",
        LDQ "Kami ingin kota yang hidup," RDQ " kata Bambang.",
        "Kepala Pusat Data BNPB Abdul Rahman Hakim meminta warga waspada.",
        LDQ "Hujan masih tinggi," RDQ " kata Abdul.",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of(0)->name, "Bambang Hartawan");
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Otorita Ibu Kota Nusantara (OIKN)");
    ck_assert_str_eq(speaker_of(1)->name, "Abdul Rahman Hakim");
}
END_TEST

/* An office introduced with its short form in brackets, named later under
 * that short form: one person. */
START_TEST(short_form_of_an_office_names_it)
{
    static const char *const P[] = {
        "Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejaksaan Agung mengatakan penetapan tersangka sudah sesuai "
        "prosedur.",
        LDQ "Kami profesional," RDQ " ujar Kapuspenkum Kejagung, Hari Wibisono.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Hari Wibisono");
}
END_TEST

/* Dutch-descended names keep their particles ("Marco van der Berg"); a
 * rank word before a team's name is its captain, not a title ("Kapten
 * Timnas, Rizky Pratama,"). */
START_TEST(name_particles_and_a_team_captain)
{
    static const char *const P[] = {
        "Pelatih Timnas Indonesia Marco van der Berg mengatakan timnya siap bertanding.",
        LDQ "Kami siap," RDQ " kata Marco.",
        "Kapten Timnas, Rizky Pratama, mengatakan para pemain siap tampil.",
    };
    resolve(P, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Marco van der Berg");
    ck_assert_str_eq(speaker_of(0)->role, "Pelatih Timnas Indonesia");
    ck_assert_str_eq(speaker_of_text("para pemain")->name, "Rizky Pratama");
}
END_TEST

/* "X juga menambahkan “...,” tandasnya.": the pronoun after the quote is
 * the person the sentence names before it, not the previous speaker; a
 * degree written without a comma after the name ends it ("Makmun S.H.,"). */
START_TEST(named_cue_before_beats_pronoun_after)
{
    static const char *const P[] = {
        "Ketua PTA Surabaya Drs. H. Bahruddin mengatakan pembinaan berjalan lancar.",
        "Wakil Ketua PTA Surabaya Drs. H. Makmun S.H., M.H. juga menambahkan " LDQ "Kalau ada kendala, segera "
        "laporkan," RDQ " tandasnya.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(1)->name, "Makmun");
    ck_assert_str_eq(speaker_of(1)->degrees, "S.H. M.H.");
    ck_assert_str_eq(speaker_of(0)->name, "Bahruddin");
}
END_TEST

/* A regency or city standing alone as a subject ("Ketua PTA. Palu
 * menyampaikan," after an abbreviation's full stop) is no person. */
START_TEST(region_alone_is_no_person)
{
    static const char *const P[] = {
        "Ketua Pengadilan Tinggi Agama Palu Dr. H. Yusuf Buchori melantik pejabat baru.",
        "Selanjutnya sambutan Ketua PTA. Palu menyampaikan, semua pegawai harus semangat bekerja.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Yusuf Buchori");
}
END_TEST

/* Words that name no person: an event heading the subject ("Peringatan Hari
 * Amal Bakti ... menegaskan bahwa"), a ke-...-an noun before the name
 * ("Kedatangan Fajar Lase"), a degree glued to the name ("Affandi.Sik"). */
START_TEST(events_nominalizations_and_glued_degrees)
{
    static const char *const P[] = {
        "Peringatan Hari Amal Bakti ke-80 di Kalimantan Barat kembali menegaskan bahwa pembangunan lahir dari "
        "kolaborasi.",
        "Kedatangan Fajar Lase beserta rombongan disambut langsung Kepala Lapas.",
        LDQ "Warga binaan sangat kreatif," RDQ " ujar Fajar Lase.",
        "Kapolres Tanjung Balai AKBP Ahmad Yusuf Affandi.Sik. MM menegaskan apel digelar sebagai kesiapan operasi.",
    };
    resolve(P, 4);
    for (size_t i = 0; i < R.rec.speakers.len; i++)
        ck_assert_ptr_null(strstr(R.rec.speakers.items[i].name ? R.rec.speakers.items[i].name : "", "Peringatan"));
    ck_assert_str_eq(speaker_of_text("Warga binaan")->name, "Fajar Lase");
    ck_assert_str_eq(speaker_of_text("apel digelar")->name, "Ahmad Yusuf Affandi");
}
END_TEST

/* An office's internal division names no place after its fields: one word
 * there is the name ("Kepala Bagian Humas dan Protokol Riswidodo"), while a
 * court's field may be followed by its seat ("Pengadilan Agama Kajen"). */
START_TEST(name_after_a_division)
{
    static const char *const P[] = {
        "Menurut Kepala Bagian Humas dan Protokol Riswidodo, open house digelar di rumah dinas.",
        LDQ "Sidang berjalan lancar," RDQ " kata Ketua Pengadilan Agama Kajen.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Riswidodo");
    ck_assert_str_eq(speaker_of(0)->role, "Kepala Bagian Humas dan Protokol");
    ck_assert_ptr_null(speaker_of(1)->name);
    ck_assert_str_eq(speaker_of(1)->role, "Ketua Pengadilan Agama Kajen");
}
END_TEST

/* The person a passage turns to without a saying verb of theirs: "sambutan
 * oleh X" after a capitalised passive, "Pembinaan disampaikan oleh X." (a
 * speech passive's agent); the next "beliau" is theirs. A trailing tag
 * before a sign-off is read too ("..., ujar Edy. (nurcholis)"). */
START_TEST(speech_passives_and_nouns_hand_over_the_passage)
{
    static const char *const P[] = {
        "Camat Kota Lama Hari Handoko mengatakan kegiatan berjalan lancar bersama warga.",
        "Dilanjutkan dengan sambutan oleh Ketua Pengadilan Agama Trenggalek, Drs. Samsul Amri. " LDQ
        "Semoga program ini bermanfaat." RDQ ", demikian beliau mengakhiri sambutannya.",
        "Pembinaan pertama disampaikan oleh Ketua Kamar Agama Mahkamah Agung RI, YM. Dr. H. Yasardin. Beliau "
        "menyampaikan bahwa seluruh aparatur harus berintegritas.",
        "Program ini diharapkan mampu memberdayakan ibu-ibu sehingga tujuan akan tercapai, ujar Edy. (nurcholis)",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of_text("Semoga program")->name, "Samsul Amri");
    ck_assert_str_eq(speaker_of_text("seluruh aparatur")->name, "Yasardin");
    ck_assert_str_eq(speaker_of_text("Program ini")->name, "Edy");
}
END_TEST

/* A dash between an office and a titled name parts them; it is no
 * dateline's ("Wakil Ketua PTA Surabaya - Drs. H. Makmun"). */
START_TEST(dash_between_office_and_titled_name)
{
    static const char *const P[] = {
        "Wakil Ketua PTA Surabaya - Drs. H. Makmun S.H., M.H. juga menambahkan " LDQ "Kalau ada kendala, segera "
        "laporkan," RDQ " tandasnya.",
    };
    resolve(P, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Makmun");
    ck_assert_str_eq(speaker_of(0)->role, "Wakil Ketua PTA Surabaya");
}
END_TEST

/* A court's noble title is a title, not the name ("Kanjeng Yudanegara",
 * "KPH. H. Yudanegara"). */
START_TEST(court_titles_are_titles)
{
    static const char *const P[] = {LDQ "Binwas terus berjalan," RDQ " kata Kanjeng Yudanegara."};
    resolve(P, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Yudanegara");
    ck_assert_str_eq(speaker_of(0)->titles, "Kanjeng");
}
END_TEST

/* Quotes cued by a pronoun that no one named go to the person the article
 * introduces first: "..., Ahmad Farid, Kakankemenag Kota Semarang"; a name
 * in a list of offices ("Sekda Ani, Kepala Dinas ...") introduces no one. */
START_TEST(name_before_an_office_after_a_comma)
{
    static const char *const P[] = {
        "Pada Kamis (6/6/2024), Ahmad Farid, Kakankemenag Kota Semarang bersama jajaran mengunjungi KUA.",
        LDQ "KUA merupakan garda terdepan," RDQ " tuturnya.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Ahmad Farid");
    ck_assert_str_eq(speaker_of(0)->role, "Kakankemenag Kota Semarang");
    stage_run_reset(&R);
    static const char *const Q[] = {
        "Hadir Sekda Ani Lestari, Kepala Dinas Kesehatan Citra Dewi dan tamu undangan.",
        LDQ "Kami siap," RDQ " kata Kepala Dinas Kesehatan.",
    };
    resolve(Q, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Citra Dewi");
}
END_TEST

/* "Hasannudin" then "Hasanudin": one person whose name the article spells
 * with and without a doubled letter; "Ana" and "Anna" stay two. */
START_TEST(doubled_letter_spellings_are_one_person)
{
    static const char *const P[] = {
        LDQ "Pelayanan harus terus ditingkatkan," RDQ " kata Ketua Pengadilan Agama, Hasannudin.",
        LDQ "Kami siap melayani masyarakat," RDQ " ujar Hasanudin.",
        LDQ "Semua berkas sudah lengkap," RDQ " kata Ana.",
        LDQ "Kami juga sudah siap," RDQ " kata Anna.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 3);
    ck_assert_ptr_eq(speaker_of_text("Pelayanan harus"), speaker_of_text("Kami siap"));
}
END_TEST

/* A party's hyphen ("PDI-P") inside a role is no dateline's dash, "RI"
 * after an office is no initial of the name, "Fraksi" opens an
 * organisation; "KENDARI-Gubernur" still ends a dateline. */
START_TEST(party_and_state_inside_a_role)
{
    static const char *const P[] = {
        LDQ "Bantuan harus cepat," RDQ " kata Anggota Komisi VIII DPR RI Fraksi PDI-P Selly Andriany Gantina.",
        LDQ "Kami mendukung," RDQ " kata Anggota Fraksi PDI-Perjuangan Budi Santoso.",
        "KENDARI-Gubernur Sultra Ali Mazi mengatakan, bantuan harus cepat disalurkan.",
        LDQ "Pelaku sudah kami amankan," RDQ " kata Kapolrestabes Medan Kombes Pol Valentino Alfa Tatareda.",
        LDQ "Nelayan diminta tidak melaut dulu," RDQ " kata Deputi Bidang Meteorologi BMKG Guswanto.",
    };
    resolve(P, 5);
    ck_assert_str_eq(speaker_of_text("Nelayan diminta")->name, "Guswanto"); /* one word after an acronym */
    ck_assert_str_eq(speaker_of_text("Pelaku sudah")->role, "Kapolrestabes Medan");
    ck_assert_str_eq(speaker_of_text("Bantuan harus")->name, "Selly Andriany Gantina");
    ck_assert_str_eq(speaker_of_text("Bantuan harus")->role, "Anggota Komisi VIII DPR RI Fraksi PDI-P");
    ck_assert_str_eq(speaker_of_text("Kami mendukung")->name, "Budi Santoso");
    ck_assert_str_eq(speaker_of_text("bantuan harus")->name, "Ali Mazi");
}
END_TEST

/* "Presiden Joko Widodo (Jokowi) sebelumnya meminta ...", then "kata
 * Jokowi": the short form the article gives in brackets names the same
 * person; the adverb after the name is the clause's. */
START_TEST(bracketed_short_form_names_the_person)
{
    static const char *const P[] = {
        "Presiden Joko Widodo (Jokowi) sebelumnya meminta agar bantuan disalurkan tepat sasaran.",
        LDQ "Saya minta semua tepat sasaran," RDQ " kata Jokowi di Istana Merdeka.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Joko Widodo");
    ck_assert_str_eq(speaker_of(0)->role, "Presiden");
    ck_assert_ptr_null(speaker_of(0)->degrees); /* the adverb is no degree either */
}
END_TEST

/* "Bupati PAS": the initials of the name of the person met in that office
 * (as the press shortens regents' names) are that person. */
START_TEST(initials_name_the_person)
{
    static const char *const P[] = {
        LDQ "Kita harus bersatu padu," RDQ " kata Bupati Buleleng Putu Agus Suradnyana.",
        "Bupati PAS menegaskan, pembangunan kota merupakan bagian dari pembangunan daerah.",
        LDQ "Anggaran sudah disetujui," RDQ " kata Rudi Irawan.",
        LDQ "Kami akan mengawasi," RDQ " kata Wakil Ketua DPR RI.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 3); /* "RI" spells no initials: Rudi Irawan stays alone */
    ck_assert_str_eq(speaker_of(0)->name, "Putu Agus Suradnyana");
    ck_assert_str_eq(speaker_of(0)->role, "Bupati Buleleng");
    ck_assert_ptr_null(speaker_of_text("Kami akan")->name);
}
END_TEST

/* A sentence glued to the one before it after a share or a short word
 * ("40.7%.Ahmad Qosbi melanjutkan", "pendidikan.Ia menjelaskan"): the
 * subject starts after the full stop. */
START_TEST(subject_after_a_glued_full_stop)
{
    static const char *const P[] = {
        "Realisasi anggaran mencapai 40.7%.Ahmad Qosbi melanjutkan, pada triwulan kedua kantor wilayah meraih "
        "predikat terbaik.",
        "Program berjalan pada seluruh satuan pendidikan.Ia menjelaskan, program itu mendukung zona integritas."};
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Ahmad Qosbi");
    ck_assert_ptr_null(speaker_of(0)->role);
    ck_assert_str_eq(speaker_of(1)->name, "Ahmad Qosbi");
}
END_TEST

/* A neighbourhood unit ("warga RW 05") between a name and its nickname is
 * a place, not the one the nickname stands for: "kata Ceu Imas" is Imas
 * Masitoh (Ceu an honorific). */
START_TEST(nickname_after_a_neighbourhood_unit)
{
    static const char *const P[] = {
        "Imas Masitoh (45), warga RW 05 yang akrab disapa Ceu Imas, mengatakan ia kini harus membeli air galon.",
        LDQ "Sehari bisa habis Rp 20 ribu cuma buat air," RDQ " kata Ceu Imas, Jumat (28/11/2025)."};
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(1)->name, "Imas Masitoh");
}
END_TEST

/* A question the press asks in an interview ("tanya wartawan", "tanya
 * kumparan", "tanya Kompas.com", the outlet of the dateline) is no one's, and
 * "jawabnya" after it is the interviewee's; a named asker is a speaker. */
START_TEST(press_questions_are_no_ones)
{
    static const char *const ASKERS[] = {"wartawan", "kumparan", "Kompas.com"};
    for (size_t i = 0; i < sizeof ASKERS / sizeof *ASKERS; i++) {
        stage_run_reset(&R);
        char question[128];
        snprintf(question, sizeof question, LDQ "Kalau nanti capek sekolah, bagaimana?" RDQ " tanya %s.", ASKERS[i]);
        const char *P[] = {LDQ "Awalnya malu, tapi sekarang sudah biasa," RDQ " kata Nur Aini Ramadani, Kamis (13/11).",
                           question, LDQ "Tidak apa-apa, yang penting saya tamat dulu," RDQ " jawabnya."};
        resolve(P, 3);
        ck_assert_uint_eq(R.rec.quotes.len, 3);
        ck_assert_uint_eq(R.rec.speakers.len, 1);
        ck_assert_int_eq(R.rec.quotes.items[1].speaker, -1);
        ck_assert_str_eq(speaker_of(2)->name, "Nur Aini Ramadani");
    }
    /* the outlet that datelines the article asks too */
    stage_run_reset(&R);
    static const char *const P[] = {
        "BOJONEGORO, Radar Bojonegoro \xE2\x80\x93 Sebanyak 86 penambang mengikuti pelatihan keselamatan kerja.",
        LDQ "Awalnya malu, tapi sekarang sudah biasa," RDQ " kata Nur Aini Ramadani, Kamis (13/11).",
        LDQ "Apakah penambang muda mau ikut aturan?" RDQ " tanya Radar Bojonegoro.",
        LDQ "Yang muda-muda ini kadang bandel," RDQ " jawabnya."};
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_int_eq(R.rec.quotes.items[1].speaker, -1);
    ck_assert_str_eq(speaker_of_text("Yang muda")->name, "Nur Aini Ramadani");
}
END_TEST

/* A description with a relative clause ("Seorang advokat yang ditemui usai
 * peluncuran menilai ...") is a new, unnamed speaker: the demonstrative of
 * the clause the verb reports ("layanan itu memangkas") closes no epithet. */
START_TEST(described_speaker_before_a_clause_with_a_demonstrative)
{
    static const char *const P[] = {
        "Panitera PN Lubuk Pakam, Rosdiana Br Sibero, mengatakan layanan dibuka setiap hari kerja.",
        "Seorang advokat yang ditemui usai peluncuran menilai layanan itu memangkas waktu pendaftaran perkara.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_ptr_null(speaker_of(1)->name);
    ck_assert_str_eq(speaker_of(1)->role, "advokat");
}
END_TEST

/* A pronoun cue inside a sentence whose subject is a named person is that
 * person's ("Luthfi ... menyoroti kantor SAR yang menurutnya masih ..."),
 * who is then the passage's speaker; a relative clause's verb names no
 * subject ("lahan warga yang berada di wilayah sengketa, lanjutnya, ..."). */
START_TEST(pronoun_inside_a_named_subjects_sentence)
{
    static const char *const P[] = {
        "Wakil Ketua Komisi V DPR Rizal Maulana mengatakan anggaran Basarnas dipotong.",
        "Anggota Komisi V dari Fraksi PKB, Luthfi Hakim Basyaiban, menyoroti kantor SAR di wilayah timur yang "
        "menurutnya masih kekurangan personel.",
        LDQ "Jangan sampai pemotongan ini memperlebar kesenjangan," RDQ " ujar legislator asal Jawa Timur itu.",
        "Rizal menjelaskan, kedua komisi sepakat. Adapun lahan warga yang berada di wilayah sengketa, lanjutnya, "
        "akan diatur khusus.",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of_text("Jangan sampai")->name, "Luthfi Hakim Basyaiban");
    ck_assert_str_eq(speaker_of_text("Adapun lahan")->name, "Rizal Maulana");
    ck_assert_uint_eq(R.rec.speakers.len, 2);
}
END_TEST

/* Aceh's "Tgk." (Teungku) is a title before the name; a graduate's or a
 * senator's description with a demonstrative ("Jebolan Akpol 2003 itu")
 * is an epithet of the passage's speaker, no name. */
START_TEST(teungku_and_descriptions_of_graduates)
{
    static const char *const P[] = {
        "Kapolres Tulungagung AKBP Dimas Arya Pratikelo mengatakan pil itu diedarkan di sekolah.",
        "Jebolan Akpol 2003 itu menyebut sasaran peredaran pil tersebut sebagian besar adalah pelajar.",
        "Tgk. Zulfikar Meuraxa (47), pedagang daging di Peunayong, mengatakan harga naik karena pasokan sapi "
        "lokal berkurang.",
        LDQ "Tahun lalu masih Rp 180.000," RDQ " ujar Tgk. Zulfikar kepada wartawan.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(1)->name, "Dimas Arya Pratikelo");
    ck_assert_str_eq(speaker_of(3)->name, "Zulfikar Meuraxa");
    ck_assert_str_eq(speaker_of(3)->titles, "Tgk.");
}
END_TEST

/* Companies' English offices head a role as Direktur does ("Head of Public
 * Affairs", "Corporate Secretary"), and a state company's "(Persero) Tbk."
 * is part of its name, no person's. */
START_TEST(company_offices_and_suffixes)
{
    static const char *const P[] = {
        "Corporate Secretary PT Semen Indonesia (Persero) Tbk. Ratri Anindya Gandakusuma menyampaikan bahwa "
        "perseroan mengalihkan sebagian produksi untuk pasar ekspor.",
        "Head of Public Affairs Jalanku, Melissa Tan, mengatakan tarif tidak naik tahun ini.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Ratri Anindya Gandakusuma");
    ck_assert_str_eq(speaker_of(0)->role, "Corporate Secretary PT Semen Indonesia (Persero) Tbk");
    ck_assert_str_eq(speaker_of(1)->name, "Melissa Tan");
    ck_assert_str_eq(speaker_of(1)->role, "Head of Public Affairs Jalanku");
}
END_TEST

/* "Perempuan yang akrab disapa Cik Ana itu", "Dokter yang akrab disapa
 * dokter Ferdi itu": a nickname an epithet opening the sentence is given
 * stands for the person the sentence before names (a name of two words or
 * more, or one with an age), so that "kata Cik Ana" is that person. */
/* A nickname's referent is the whole mention before it, a long office and
 * its place included ("Ketua Pengcab IPSI Kota Madiun Agus Widodo Prasetyo
 * Utomo, yang akrab disapa Cak Pras"): cut at six words it was an office's
 * tail, and "ungkap Cak Pras" went to no one's name. */
START_TEST(nickname_of_a_long_mention)
{
    static const char *const P[] = {
        "Ketua Pengcab IPSI Kota Madiun Agus Widodo Prasetyo Utomo, yang akrab disapa Cak Pras, menyebut total 612 "
        "pesilat ikut ambil bagian.",
        LDQ "Jumlah ini terbanyak sejak kejuaraan pertama digelar," RDQ " ungkap Cak Pras.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Jumlah ini")->name, "Agus Widodo Prasetyo Utomo");
}
END_TEST

/* A nickname given with the passive's agent before its cue ("yang oleh
 * warga disapa Bapa Guru Daniel,") is an aside of the subject: "oleh" there
 * opens no agent of the sentence, and the apposed name goes on past it. */
START_TEST(nickname_given_by_an_agent)
{
    static const char *const P[] = {
        "Kepala SD Inpres Wuroba, Daniel Lokobal, S.Pd., yang oleh warga disapa Bapa Guru Daniel, berharap "
        "pemerintah juga membangun rumah dinas guru.",
        "Ketua kelompok nelayan Bajo di Desa Kabalutan, Jafar Lapaloi (66), yang oleh warga dipanggil Papu Jafar, "
        "menuturkan ikan karang di sekitar kampungnya mulai berkurang.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Daniel Lokobal");
    ck_assert_str_eq(speaker_of(0)->role, "Kepala SD Inpres Wuroba");
    ck_assert_str_eq(speaker_of(1)->name, "Jafar Lapaloi");
    ck_assert_str_eq(speaker_of(1)->role, "Ketua kelompok nelayan Bajo di Desa Kabalutan");
}
END_TEST

START_TEST(nickname_of_an_epithet_names_the_person_before)
{
    static const char *const P[] = {
        "Rumah itu milik Yohana Sutanto Oei (56), generasi ketiga perajin batik tulis Lasem. Perempuan yang akrab "
        "disapa Cik Ana itu meneruskan usaha kakeknya.",
        LDQ "Dulu ada ratusan rumah batik," RDQ " kata Cik Ana.",
        "Konseling ditangani dokter spesialis paru, dr. Ferdinandus Pangkerego, Sp.P. Dokter yang akrab disapa "
        "dokter Ferdi itu memeriksa peserta.",
        LDQ "Angka itu kami catat," RDQ " ujar Ferdi.",
        "Ketua Kugar Segoro Makmur, Sudarmo (67), juga merasakan hal serupa. Pria yang akrab disapa Mbah Darmo itu "
        "menuturkan, stok garam kini mencapai 180 ton.",
        LDQ "Gudang sudah penuh," RDQ " kata Mbah Darmo.",
        /* (a place after "di" is no one: "pedagang sembako di Pasar Entikong") */
        "Sumiati Lintang (44), pedagang sembako di Pasar Entikong, mengatakan omzetnya turun. Perempuan yang akrab "
        "disapa Mak Sum itu biasa membeli gula dari Tebedu.",
        LDQ "Sekarang kuota sudah habis," RDQ " kata Mak Sum.",
    };
    resolve(P, 8);
    ck_assert_str_eq(speaker_of_text("Dulu ada")->name, "Yohana Sutanto Oei");
    ck_assert_str_eq(speaker_of_text("Angka itu")->name, "Ferdinandus Pangkerego");
    ck_assert_str_eq(speaker_of_text("Gudang sudah")->name, "Sudarmo");
    ck_assert_str_eq(speaker_of_text("Sekarang kuota")->name, "Sumiati Lintang");
}
END_TEST

/* A group or kind of people acting ("Warga pun kini bergiliran berjaga"),
 * one description word and no name, is no one the next pronoun points to:
 * "ujarnya" stays the village head's. */
START_TEST(acting_group_is_no_speaker)
{
    static const char *const P[] = {
        "Kepala Desa Braja Asri, Tugiman Hadi Sumarto, menyebut gajah sudah empat kali masuk ke permukiman. Warga "
        "pun kini bergiliran berjaga setiap malam di tepi kanal.",
        LDQ "Kalau gajah masuk sampai ke rumah, bisa ada korban jiwa," RDQ " ujarnya.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Kalau gajah")->name, "Tugiman Hadi Sumarto");
}
END_TEST

/* "dan" inside a named person's role joins the words of one body ("Ketua
 * Perkumpulan Porter dan Pemandu Rinjani, Mastur Hadiwinata"): one person,
 * unlike two offices with no name ("Bupati dan Wakil Bupati ..."). */
START_TEST(named_role_with_dan_is_one_person)
{
    static const char *const P[] = {
        "Ketua Perkumpulan Porter dan Pemandu Rinjani, Mastur Hadiwinata, mengatakan sebagian besar anggotanya akan "
        "kembali bekerja sebagai buruh tani.",
        "Bupati dan Wakil Bupati Kepulauan Tanimbar mengatakan jalan itu akan diperbaiki tahun depan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Mastur Hadiwinata");
    ck_assert_int_eq(R.rec.quotes.items[1].speaker, -1);
}
END_TEST

/* A body far longer than the words kept for it: the passes that read the
 * paragraphs after them again find the introduction there as in a short one
 * ("kata Kepala Dinas Kesehatan NTT": "dr. Maria Lalu"). */
START_TEST(introduction_past_the_kept_words)
{
    static const char *const FILLER = "Warga desa bekerja sama membangun jalan baru di kampung itu.";
    static const char *const P[] = {
        "Kepala Dinas Kesehatan NTT, dr. Maria Lalu, M.Kes., meresmikan puskesmas baru di Kupang.",
        "\"Puskesmas ini untuk semua warga,\" kata Kepala Dinas Kesehatan NTT."};
    for (int long_body = 0; long_body < 2; long_body++) {
        stage_run_reset(&R);
        for (size_t i = 0; long_body && i < SEG_DOC_KEPT_WORDS / 10 + 10; i++)
            VEC_PUSH(R.a, &R.rec.paragraphs, ((rec_paragraph){PARA_BODY, FILLER, strlen(FILLER)}));
        resolve(P, 2);
        ck_assert_uint_eq(R.rec.speakers.len, 1);
        ck_assert_str_eq(speaker_of(0)->name, "Maria Lalu");
        ck_assert_str_eq(speaker_of(0)->role, "Kepala Dinas Kesehatan NTT");
    }
}
END_TEST

/* A verb or speech word that ends a description or an office before the
 * name's segment is part of it ("peserta kelas menenun, Dinda ...",
 * "Kapolsek Sambutan, Kompol X": an activity, a place), no end of the
 * mention; a verb inside a segment still ends it. */
START_TEST(activity_word_ends_the_description)
{
    static const char *const P[] = {
        "Salah seorang peserta kelas menenun, Dinda Aulia Khairani (19), mengaku mulai belajar menenun sejak SMP.",
        "Kapolsek Sambutan, Kompol Hasbullah Palewai, mengatakan korban sempat berteriak minta tolong.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "Dinda Aulia Khairani");
    ck_assert_str_eq(speaker_of(0)->role, "peserta kelas menenun");
    ck_assert_str_eq(speaker_of(1)->name, "Hasbullah Palewai");
    ck_assert_str_eq(speaker_of(1)->role, "Kapolsek Sambutan");
}
END_TEST

/* Before a demonstrative, capitalised words after a role that name no one
 * met and that the article writes nowhere else (or only after the role's
 * last word, "Batu Benawa") are the role's place: an
 * epithet of the current speaker ("Mantan Camat Tanjung Bunga itu"), no
 * person named "Tanjung Bunga"; a name the article writes again is one. */
START_TEST(place_after_a_role_before_a_demonstrative)
{
    static const char *const P[] = {
        "Kepala Dinas PMD Flores Timur, Antonius Carvallo, memastikan seluruh desa wajib memasang baliho APBDes.",
        "Mantan Camat Tanjung Bunga itu juga meminta agar bendahara desa tidak menyimpan uang tunai.",
        LDQ "Dana desa harus terbuka," RDQ " kata Wakil Ketua DPRD Rudi Hartono.",
        "Wakil Ketua DPRD Rudi Hartono itu menilai pengawasan masih lemah.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of_text("bendahara desa")->name, "Antonius Carvallo");
    ck_assert_str_eq(speaker_of_text("pengawasan masih")->name, "Rudi Hartono");
    /* a place the article writes again, each time after the same word: "Batu Benawa" */
    static const char *const Q[] = {
        "Kepala Pelaksana BPBD HST, Muhammad Rifani Ardiansyah, mengatakan 1.260 rumah di Kecamatan Barabai, "
        "Batu Benawa dan Pandawan terendam.",
        "Mantan Camat Batu Benawa itu menyebutkan, tim gabungan sudah mengevakuasi warga menggunakan perahu karet.",
        "Jalan Barabai-Batu Benawa lumpuh sejak pagi.",
    };
    stage_run_reset(&R);
    resolve(Q, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("tim gabungan")->name, "Muhammad Rifani Ardiansyah");
}
END_TEST

/* Regional terms of address before a nickname ("Ci Khim" for "Lie Sui Khim",
 * Madurese "Lora Fauzan" for "Moh. Fauzan Hariri", Toraja "Indo\xE2\x80\x99" with
 * a curly apostrophe) leave the name word that finds the person. */
START_TEST(more_terms_of_address)
{
    static const char *const P[] = {
        "Ketua KPU Kota Singkawang, Lie Sui Khim, mengatakan data pemilih terus bergerak.",
        LDQ "Kami terbuka," RDQ " ujar Ci Khim.",
        "Salah satu pembeli, Moh. Fauzan Hariri, mengaku sengaja membeli dua ekor sapi.",
        LDQ "Sudah tradisi kami," RDQ " kata Lora Fauzan.",
        "Warga Mengkendek, Ribka Rian Palimbong, mengaku sempat diminta bersiap dirujuk ke Makassar.",
        LDQ "Siapa yang jaga anak saya?" RDQ " ujar Indo\xE2\x80\x99 Rian.",
    };
    resolve(P, 6);
    ck_assert_uint_eq(R.rec.speakers.len, 3);
    ck_assert_str_eq(speaker_of_text("Kami terbuka")->name, "Lie Sui Khim");
    ck_assert_str_eq(speaker_of_text("Sudah tradisi")->name, "Moh. Fauzan Hariri");
    ck_assert_str_eq(speaker_of_text("Siapa yang")->name, "Ribka Rian Palimbong");
}
END_TEST

/* A nickname given after a place ("warga Kecamatan Mengkendek yang akrab
 * disapa Nek Rian", "di Kecamatan Rumbia, Lampung Tengah, yang akrab disapa
 * Mang Udin") is the nickname of the person the sentence names before it,
 * the place no one. */
START_TEST(nickname_after_a_place_names_the_person_before)
{
    static const char *const P[] = {
        "Salah seorang ibu, Ribka Palimbong (29), warga Kecamatan Mengkendek yang akrab disapa Nek Rian, mengaku "
        "sempat diminta bersiap dirujuk ke Makassar.",
        LDQ "Siapa yang jaga dua anak saya di rumah?" RDQ " ujar Nek Rian.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Siapa yang")->name, "Ribka Palimbong");
    stage_run_reset(&R); /* the place a regency's name after the kecamatan's: "Kecamatan Rumbia, Lampung Tengah" */
    static const char *const Q[] = {
        "Udin Saripudin (48), petani di Kecamatan Rumbia, Lampung Tengah, yang akrab disapa Mang Udin, mengaku "
        "baru saja memanen singkong.",
        LDQ "Modal tanam saja sudah Rp9 juta," RDQ " kata Mang Udin.",
    };
    resolve(Q, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Modal tanam")->name, "Udin Saripudin");
}
END_TEST

/* A church's Gembala (a congregation's pastor) heads a role as Pendeta
 * does: "Gembala jemaat GKI di kampung itu, Pdt. X" names X. */
START_TEST(church_and_pesantren_offices_head_roles)
{
    static const char *const P[] = {
        "Gembala jemaat GKI di kampung itu, Pdt. Kornelia Imbiri, S.Th, menilai air bersih akan menekan penyakit "
        "kulit.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Kornelia Imbiri");
}
END_TEST

/* A sentence's subject whose description holds a preposition before the
 * apposed name ("pengepul rumput laut di Saumlaki, Frans Kelbulan,
 * membenarkan ...") is that person, whom the next "Ia" points to. */
START_TEST(subject_with_a_place_before_the_apposed_name)
{
    static const char *const P[] = {
        "Kepala Dinas Perikanan, Petrus Fenanlampir, mengatakan harga rumput laut turun.",
        "Ketika dikonfirmasi, pengepul rumput laut di Saumlaki, Frans Kelbulan, membenarkan bahwa gudangnya masih "
        "penuh.",
        "Ia menilai pembudi daya sebaiknya menahan panen.",
    };
    resolve(P, 3);
    ck_assert_str_eq(speaker_of_text("pembudi daya")->name, "Frans Kelbulan");
    ck_assert_str_eq(speaker_of_text("pembudi daya")->role, "pengepul rumput laut di Saumlaki");
}
END_TEST

/* Kudus' village head, the Petinggi, is an office; an army branch spelled
 * out after a rank spelled out is a title's word; Batak's Amang an
 * honorific: none of them a name's word. */
START_TEST(regional_offices_branches_and_terms_of_address)
{
    static const char *const P[] = {
        "Petinggi Karangrowo, Sukarmin Jayusman, mengatakan sebagian warga memilih bertahan di rumah.",
        "Komandan Pos Silawan, Letnan Satu Infanteri Gilang Pramudita Halawa, mengatakan truk itu dihentikan.",
        "Di atas sadelnya, Amang Bonifasius Aruan mengatakan motor itu dirakit pada 1952.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 3);
    ck_assert_str_eq(speaker_of(0)->name, "Sukarmin Jayusman");
    ck_assert_str_eq(speaker_of(0)->role, "Petinggi Karangrowo");
    ck_assert_str_eq(speaker_of(1)->name, "Gilang Pramudita Halawa");
    ck_assert_str_eq(speaker_of(2)->name, "Bonifasius Aruan");
}
END_TEST

/* The giver of a talk the article names ("Materi desain disampaikan X,
 * <description>") is the one the next "Ia" points to, whatever the
 * description; and "mebel" (furniture) is no verb that ends it. */
START_TEST(giver_of_a_named_talk)
{
    static const char *const P[] = {
        "Kepala Disperindag Jepara, Hadi Purnomo, menegaskan perajin harus membaca selera pasar.",
        "Materi desain disampaikan Tan Hwie Tjwan, eksportir mebel yang sudah 30 tahun mengirim produk ke Eropa.",
        "Ia menilai perajin Mantingan memiliki keterampilan tangan yang sulit ditiru mesin.",
    };
    resolve(P, 3);
    ck_assert_str_eq(speaker_of_text("perajin Mantingan")->name, "Tan Hwie Tjwan");
    ck_assert_str_eq(speaker_of_text("perajin Mantingan")->role, "eksportir mebel");
}
END_TEST

/* "X alias Y": the nickname after "alias" stands for the name before it,
 * and is no part of the mention's name or role. */
START_TEST(alias_gives_a_nickname)
{
    static const char *const P[] = {
        "Ketua Umum Persikmania, Slamet Widodo Sutarmanto alias Mbah Met, menilai suporter tetap akan mendukung tim.",
        LDQ "Suporter Kediri ora gampang nyerah," RDQ " kata Mbah Met.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of(0)->name, "Slamet Widodo Sutarmanto");
    ck_assert_str_eq(speaker_of(0)->role, "Ketua Umum Persikmania");
    ck_assert_str_eq(speaker_of_text("Suporter Kediri")->name, "Slamet Widodo Sutarmanto");
}
END_TEST

/* "ujar Raja Abdullah" after "Raja Negeri Kwaos, Abdullah Rumonin": the
 * office's first words before a word of the name of its holder name no one
 * new, and the holder keeps the name. */
START_TEST(office_word_before_a_short_name)
{
    static const char *const P[] = {
        "Raja Negeri Kwaos, Abdullah Rumonin, menyebut batas yang diklaim Negeri Englas masuk hingga ke kebun warga.",
        LDQ "Katong datang ke sini dengan hati baik. Katong mau damai," RDQ " ujar Raja Abdullah.",
        "Timanggong Binua Talaga, Markus Anyeng, mengatakan warga sudah dua kali menambal jembatan tersebut.",
        LDQ "Kami bukan tidak mau bergotong royong," RDQ " ujar Timanggong Markus.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of_text("Katong datang")->name, "Abdullah Rumonin");
    ck_assert_str_eq(speaker_of_text("Kami bukan")->name, "Markus Anyeng");
    ck_assert_str_eq(speaker_of_text("Kami bukan")->role, "Timanggong Binua Talaga");
}
END_TEST

/* The Malay world's Datuk (and Datuk Seri) before a name is a title:
 * "Datuk Rio Kamsori" is the Rio Dusun Lubuk Mayan, Kamsori Jujuhan. */
START_TEST(datuk_is_a_title)
{
    static const char *const P[] = {
        "Rio Dusun Lubuk Mayan, Kamsori Jujuhan, mengatakan lubuk larangan dibuka setahun sekali.",
        LDQ "Lubuk larangan ini bukan sekadar tempat ikan," RDQ " kata Datuk Rio Kamsori.",
        "Ketua Umum LAMR Kepulauan Meranti Datuk Seri Tengku Syahrul Azmi Lasmana mengatakan adat harus dijaga.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of_text("Lubuk larangan")->name, "Kamsori Jujuhan");
    ck_assert_str_eq(speaker_of_text("adat harus")->name, "Tengku Syahrul Azmi Lasmana");
    ck_assert_str_eq(speaker_of_text("adat harus")->titles, "Datuk Seri");
}
END_TEST

/* "yang lebih dikenal sebagai Koh Asiong" gives a nickname as "dikenal
 * dengan sebutan" does. */
START_TEST(known_as_gives_a_nickname)
{
    static const char *const P[] = {
        "Hendra Tanuwijaya (54), pemilik kilang sagu di Desa Banglas yang lebih dikenal sebagai Koh Asiong, mengaku "
        "gudangnya masih menyimpan tepung basah.",
        LDQ "Kalau dipaksa giling terus, tepungnya asam," RDQ " kata Koh Asiong saat ditemui di kilangnya.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Kalau dipaksa")->name, "Hendra Tanuwijaya");
    stage_run_reset(&R); /* the passive's agent between: "dikenal warga sebagai" */
    static const char *const Q[] = {
        "Kepala Dusun Muara, Kristoforus Saleleubaja, yang lebih dikenal warga sebagai Aman Taikeru, mengatakan "
        "garis pantai mundur hampir 15 meter.",
        LDQ "Dulu masih ada pohon kelapa dua baris," RDQ " kata Aman Taikeru saat ditemui di rumahnya.",
    };
    resolve(Q, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Dulu masih")->name, "Kristoforus Saleleubaja");
    stage_run_reset(&R); /* given in an inside cue's epithet: "kata pria yang akrab disapa Afong itu," */
    static const char *const N[] = {
        "Ketua kelompok tani, Liu Kian Fong, mengungkapkan serangan tikus musim ini paling parah. Sebagian "
        "anggota kelompoknya, kata pria yang akrab disapa Afong itu, sudah dua kali menyulam padi.",
        LDQ "Malam kami jaga pakai senter," RDQ " ujar Afong.",
    };
    resolve(N, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Malam kami")->name, "Liu Kian Fong");
}
END_TEST

/* The armed forces' bases and units are organisations, no name words:
 * "Babinsa Koramil 1401-01/Banggae" is the role; "Personel Lanal Ranai
 * membantu ..." names no one the office "Danlanal Ranai" could be. */
START_TEST(military_units_are_organisations)
{
    static const char *const P[] = {
        "Babinsa Koramil 1401-01/Banggae, Serka Anwar Mustari, menuturkan para nelayan ikut menyisir perairan.",
        "Personel Lanal Ranai membantu warga menurunkan perahu di dermaga.",
        "Danlanal Ranai mengimbau nelayan agar selalu membawa radio komunikasi.",
    };
    resolve(P, 3);
    ck_assert_str_eq(speaker_of_text("para nelayan")->role, "Babinsa Koramil 1401-01/Banggae");
    ck_assert_ptr_null(speaker_of_text("selalu membawa")->name);
}
END_TEST

/* A role's tail the article writes as a place ("Kecamatan Batang Natal",
 * "di Batang Natal") is the role's place, no name, though a regency's name
 * ("Batang") opens it; the person named later is the one. */
START_TEST(role_tail_the_article_writes_as_a_place)
{
    static const char *const P[] = {
        "Pelajar di Kecamatan Batang Natal terpaksa menyeberangi sungai dengan rakit.",
        "Camat Batang Natal yang meninjau lokasi mengatakan rakit dikemudikan warga secara bergantian.",
        LDQ "Kami tidak bisa melarang anak-anak ke sekolah," RDQ " ujar Irwansyah Daulay, camat yang bertugas di "
        "Batang Natal itu.",
    };
    resolve(P, 3);
    ck_assert_str_eq(speaker_of_text("rakit dikemudikan")->role, "Camat Batang Natal");
}
END_TEST

/* The one who leads the event ("Rapat dipimpin Ketua DPRD X, ...") is the
 * one the next sentence's pronoun cue points to. */
START_TEST(leader_of_the_event_is_the_pronouns)
{
    static const char *const P[] = {
        "Rapat dipimpin Ketua DPRD Konkep, La Ode Rahim Sabara, S.E., didampingi dua wakil ketua. Ia mengatakan "
        "pembahasan anggaran tahun ini berjalan lebih cepat.",
        "Fraksi Partai Demokrat melalui juru bicaranya, Sahrun Lamba, menyatakan menerima dengan catatan.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(speaker_of(0)->name, "La Ode Rahim Sabara");
}
END_TEST

/* "Sambil menunggu hasil itu, Noorlaila mengimbau ...": a conjunction of
 * a simultaneous act opens an adverbial, no name. */
START_TEST(while_clause_before_the_subject)
{
    static const char *const P[] = {
        "Kepala Bidang Kesehatan Hewan, Noorlaila Rahmah Banjang, mengatakan sampel sudah dikirim ke laboratorium.",
        "Sambil menunggu hasil itu, Noorlaila mengimbau agar peternak tidak menjual itik yang sakit.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("peternak tidak")->name, "Noorlaila Rahmah Banjang");
}
END_TEST

/* "X menyampaikan persoalan berbeda.": a speech verb with too short a
 * clause reports nothing, but its subject is who "Ia" names next. */
START_TEST(speech_verb_without_a_clause_names_the_next_pronoun)
{
    static const char *const P[] = {
        "Kepala Desa Mangkupadi, Bahtiar Lappa, menyebut masih ada 47 bidang kebun warga yang belum disepakati.",
        "Kepala Desa Tanah Kuning, Nurhalisa Bikeru, menyampaikan persoalan berbeda. Ia mengatakan sebagian lahan "
        "warganya belum bersertifikat.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of_text("sebagian lahan")->name, "Nurhalisa Bikeru");
}
END_TEST

/* "Warga yang biasa disapa Tante Nela itu mengaku ...": the nickname in
 * the words' relative clause names the person met, though "Warga" also
 * fits the residents the lead spoke of. */
START_TEST(nickname_in_a_description_names_the_person)
{
    static const char *const P[] = {
        "Warga Pulau Miangas, Kabupaten Kepulauan Talaud, Sulawesi Utara, kehabisan beras setelah kapal terlambat.",
        "Di Miangas, Nela Manarangsang (46), pemilik kios sembako di dekat dermaga, menceritakan stok beras di "
        "kiosnya sudah habis sejak sepekan. Warga yang biasa disapa Tante Nela itu mengaku terpaksa membagi sisa "
        "beras per liter.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("terpaksa membagi")->name, "Nela Manarangsang");
}
END_TEST

/* "Kini, Nur Aini ...", "X (19), kini ikut belajar ...": an adverb of time
 * before or after the person is no office or name. */
START_TEST(time_adverb_is_no_role)
{
    static const char *const P[] = {
        "Cucunya, La Ode Muhammad Raufan (19), kini ikut belajar membuat kaghati sepulang kuliah. "
        LDQ "Kalau bukan kami yang belajar, siapa lagi?" RDQ " ujarnya.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Kalau bukan")->name, "La Ode Muhammad Raufan");
    ck_assert_ptr_null(speaker_of_text("Kalau bukan")->role);
}
END_TEST

/* "Ibu korban yang selamat, Euis Karangnini (41), masih tampak syok saat
 * ditemui di Puskesmas": a passive in an adverbial clause is no predicate
 * the person is acted on by; she is who "Ibu dua anak itu" names next. */
START_TEST(passive_in_an_adverbial_clause)
{
    static const char *const P[] = {
        "Kapolsek Pangandaran AKP Ujang Sidamulih menyebut pencarian melibatkan tim SAR gabungan dan nelayan.",
        "Ibu korban yang selamat, Euis Karangnini (41), masih tampak syok saat ditemui di Puskesmas Pangandaran. "
        "Ibu dua anak itu mengaku sempat melihat anaknya melambaikan tangan dari tengah ombak.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of_text("sempat melihat")->name, "Euis Karangnini");
}
END_TEST

/* A priest's post-nominal (his institute's "SVD", "CSsR", the diocesan
 * "Pr") stands where a degree does, never as the name. */
START_TEST(priest_post_nominal_is_a_degree)
{
    static const char *const P[] = {
        "Pastor Paroki setempat, Kornelis Lede Wunda, CSsR, menuturkan, sebelum ada pompa, anak-anak sering "
        "terlambat ke sekolah.",
        "Pastor Paroki Temanggung, Romo Yohanes Kristiadi Candiroto, Pr, menyampaikan bahwa gotong royong harus "
        "dijaga.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of_text("sebelum ada")->name, "Kornelis Lede Wunda");
    ck_assert_str_eq(speaker_of_text("sebelum ada")->degrees, "CSsR");
    ck_assert_str_eq(speaker_of_text("gotong royong")->name, "Yohanes Kristiadi Candiroto");
    ck_assert_str_eq(speaker_of_text("gotong royong")->role, "Pastor Paroki Temanggung");
}
END_TEST

/* A customary council or an association named by its own words is a body,
 * no person ("Kerapatan Adat Nagari (KAN) Sijunjung ... menyatakan"). */
START_TEST(council_opens_a_body)
{
    static const char *const P[] = {
        "Kerapatan Adat Nagari (KAN) Sijunjung, dalam musyawarah niniak mamak di Balai Adat, Sabtu, menyatakan "
        "sebagian besar kaum pemilik rumah gadang tidak lagi sanggup menanggung biaya perbaikan sendiri.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_ptr_null(R.rec.speakers.items[0].name);
    ck_assert_str_eq(R.rec.speakers.items[0].role, "Kerapatan Adat Nagari (KAN) Sijunjung");
}
END_TEST

/* "Administratur Perhutani KPH Kebumen, X,": the forest district's head is
 * an office, and KPH before a regency's name (of one word or more) is its unit, not the title
 * KPH (Kanjeng Pangeran Harya) before a name. */
START_TEST(forest_district_head)
{
    static const char *const P[] = {
        "Administratur Perhutani KPH Kebumen, Wahyu Suryo Kuncoroadi, menyampaikan bahwa aren dipilih karena "
        "akarnya kuat mengikat tanah.",
        "Kepala Dinas KPH Madiun, Bambang Widodo, mengatakan bahwa bibit sudah disiapkan sejak Oktober.",
        /* a regency of two words after it */
        "Kepala UPTD KPH Pesisir Selatan Dinas Kehutanan Provinsi Sumatera Barat, Yulianti Rahmadona, S.Hut., "
        "mengatakan kawasan yang dirambah merupakan daerah tangkapan air.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 3);
    ck_assert_str_eq(speaker_of_text("kawasan yang")->name, "Yulianti Rahmadona");
    ck_assert_str_eq(speaker_of_text("kawasan yang")->role,
                     "Kepala UPTD KPH Pesisir Selatan Dinas Kehutanan Provinsi Sumatera Barat");
    ck_assert_str_eq(speaker_of_text("aren dipilih")->name, "Wahyu Suryo Kuncoroadi");
    ck_assert_str_eq(speaker_of_text("aren dipilih")->role, "Administratur Perhutani KPH Kebumen");
    ck_assert_str_eq(speaker_of_text("bibit sudah")->name, "Bambang Widodo");
}
END_TEST

/* Initials after the word for the one a report is about, or apposed to a
 * description, are the name ("Korban YS", "warga binaan, JPR (38)"); an
 * acronym after a description is no one's ("guru SMA"). */
START_TEST(initials_are_a_name)
{
    static const char *const P[] = {
        "Korban YS mengaku telah memaafkan tersangka karena keduanya sudah lama bekerja bersama.",
        "Salah seorang warga binaan, JPR (38), yang sudah dua tahun bekerja di bengkel kayu, mengaku baru "
        "belajar memegang mesin serut.",
        "Seorang guru SMA mengatakan siswa kini lebih rajin datang ke perpustakaan.",
    };
    resolve(P, 3);
    ck_assert_str_eq(speaker_of_text("telah memaafkan")->name, "YS");
    ck_assert_str_eq(speaker_of_text("telah memaafkan")->role, "Korban");
    ck_assert_str_eq(speaker_of_text("baru belajar")->name, "JPR");
    ck_assert_str_eq(speaker_of_text("baru belajar")->role, "warga binaan");
    ck_assert_ptr_null(speaker_of_text("siswa kini")->name);
}
END_TEST

/* ... and the words of a second office the role names ("Ketua UPPB yang
 * juga Temenggung Adat Dayak Mualang, Markus Ilir Sengkuang" is
 * "Temenggung Markus"). */
START_TEST(second_office_word_before_a_short_name)
{
    static const char *const P[] = {
        "Ketua UPPB yang juga Temenggung Adat Dayak Mualang, Markus Ilir Sengkuang, mengatakan harga karet naik.",
        LDQ "Dulu karet kami ditimbang orang lain," RDQ " ujar Temenggung Markus.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Dulu karet")->name, "Markus Ilir Sengkuang");
}
END_TEST

/* The Dayak Ngaju's customary Mantir is an office and their Bue
 * ("grandfather") a term of address: "Mantir Adat Sabran Pandih" is
 * "Bue Sabran". */
START_TEST(mantir_and_bue)
{
    static const char *const P[] = {
        "Di Desa Garantung, Mantir Adat Sabran Pandih bersama puluhan warga ikut memadamkan api. Bue Sabran, begitu "
        "warga memanggilnya, mengingatkan bahwa sebagian lahan yang terbakar adalah kebun rotan milik warga.",
        LDQ "Kami tidak membakar. Api datang dari arah seberang kanal," RDQ " kata Bue Sabran.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Kami tidak")->name, "Sabran Pandih");
    ck_assert_str_eq(speaker_of_text("Kami tidak")->role, "Mantir Adat");
}
END_TEST

/* The people of a training or a contest are described by their part in it
 * ("Narasumber dari X", "Tutor kelas yang juga guru ..."): a role, no name. */
START_TEST(training_roles)
{
    static const char *const P[] = {
        "Narasumber dari Dinas Kelautan dan Perikanan, Anik Prihastuti, mengatakan pengolahan ikan harus higienis.",
        "Tutor kelas yang juga guru SD Inpres Balingga menuturkan bahwa pembelajaran memakai bahasa Lani.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of_text("pengolahan ikan")->name, "Anik Prihastuti");
    ck_assert_str_eq(speaker_of_text("pengolahan ikan")->role, "Narasumber dari Dinas Kelautan dan Perikanan");
    ck_assert_ptr_null(speaker_of_text("pembelajaran memakai")->name);
}
END_TEST

/* A pseudonym a report gives ("sebut saja Kenzo") is the name it gives. */
START_TEST(pseudonym_is_the_name)
{
    static const char *const P[] = {
        "Salah satu teman korban, sebut saja Kenzo (10), mengatakan Rafa melompat dari gundukan pasir lalu tidak "
        "muncul lagi.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(R.rec.speakers.items[0].name, "Kenzo");
    ck_assert_str_eq(R.rec.speakers.items[0].role, "teman korban");
}
END_TEST

/* "Keluarga Berencana" is an office's field, one item of its list of
 * fields, never a name. */
START_TEST(family_planning_office)
{
    static const char *const P[] = {
        "Kepala Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak "
        "(DP3AKB) Grobogan Endang Sulistyowati Toroh mengatakan angka itu bukan semata persoalan hukum.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(R.rec.speakers.items[0].name, "Endang Sulistyowati Toroh");
}
END_TEST

/* A diocesan priest's "RD." before his name is a title, no name. */
START_TEST(diocesan_priest_title)
{
    static const char *const P[] = {
        "Pastor paroki, RD. Gregorius Bria Fatuketi, Pr, mengatakan Natal tahun ini dirayakan dengan sederhana.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(R.rec.speakers.items[0].name, "Gregorius Bria Fatuketi");
    ck_assert_str_eq(R.rec.speakers.items[0].titles, "RD.");
}
END_TEST

/* "Bupati X melalui Sekretaris Daerah, Drs. Y, M.Si, menyampaikan": the
 * office speaks, through Y, whom the article may quote later by name; an
 * apposition after Y does not give Y's name to the office. */
START_TEST(office_speaking_through_an_apposed_official)
{
    static const char *const P[] = {
        "Bupati Dharmasraya melalui Sekretaris Daerah, Drs. Afrizal Datuak Rajo Malano, M.Si, menyampaikan bahwa "
        "festival ini bukan sekadar tontonan.",
        "Usai pembukaan, Afrizal kepada wartawan menambahkan bahwa pemerintah kabupaten tengah mengusulkan kawasan "
        "candi menjadi cagar budaya.",
    };
    resolve(P, 2);
    ck_assert_ptr_null(speaker_of_text("festival ini")->name);
    ck_assert_str_eq(speaker_of_text("festival ini")->role, "Bupati Dharmasraya");
    ck_assert_str_eq(speaker_of_text("pemerintah kabupaten")->name, "Afrizal Datuak Rajo Malano");
    ck_assert_str_eq(speaker_of_text("pemerintah kabupaten")->role, "Sekretaris Daerah");
}
END_TEST

/* A headline's region is whole wherever it starts: "Bupati Selayar Serahkan"
 * names no "Selayar" (the press's short form of Kepulauan Selayar), so the
 * body's introduction names the Bupati quoted by office alone; an office
 * read with a word of the introduced name after it takes the introduction's
 * office. */
START_TEST(headline_region_short_form_is_no_name)
{
    static const char *const P[] = {
        "Penyerahan dilakukan langsung oleh Bupati Kepulauan Selayar Drs. H. Andi Mappasessu Pabottingi M.Si "
        "didampingi Kepala Dinas Perikanan Ir. Hj. Hasnawiah Daeng Ngai, M.P.",
        "Dalam sambutannya Bupati mengatakan bantuan mesin tempel tersebut bersumber dari Dana Alokasi Khusus.",
        "Sementara itu Kadis Perikanan Hasnawiah dalam laporannya menjelaskan, penerima bantuan sudah melalui "
        "verifikasi lapangan.",
    };
    static const char *const TITLES[] = {
        "Bupati Selayar Serahkan 40 Unit Mesin Tempel untuk Nelayan",
        "Bupati Kepulauan Selayar Serahkan 40 Unit Mesin Tempel untuk Nelayan",
    };
    for (size_t t = 0; t < 2; t++) {
        teardown();
        setup();
        R.rec.title = TITLES[t];
        resolve(P, 3);
        ck_assert_str_eq(speaker_of_text("bantuan mesin")->name, "Andi Mappasessu Pabottingi");
        ck_assert_str_eq(speaker_of_text("bantuan mesin")->role, "Bupati Kepulauan Selayar");
        ck_assert_str_eq(speaker_of_text("penerima bantuan")->name, "Hasnawiah Daeng Ngai");
        ck_assert_str_eq(speaker_of_text("penerima bantuan")->role, "Kepala Dinas Perikanan");
    }
}
END_TEST

/* An acronym spells its office's fields over "dan" ("Pekerjaan Umum dan
 * Penataan Ruang" is PUPR), so the office introduced unnamed and the short
 * form quoted with a name are one person. */
START_TEST(acronym_spells_fields_over_dan)
{
    static const char *const P[] = {
        "Dikonfirmasi terpisah, Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Paser membenarkan "
        "jalan tersebut masuk prioritas. Ia mengatakan perbaikan sudah dianggarkan dalam APBD Perubahan.",
        "\"Untuk sekarang kami lakukan penanganan darurat,\" jelas Kadis PUPR Paser, Ir. Andi Tenri Sompa, M.T.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("perbaikan sudah")->name, "Andi Tenri Sompa");
}
END_TEST

/* A unit's number goes on the office that introduces its holder ("Dandim
 * 0828/Sampang Letkol Inf X"), so "kata Dandim" is X; Madura's village head,
 * the Klebun, is an office ("ujar Pak Klebun"); the press's "Pulpis" (Pulang
 * Pisau) is a region, no name. */
START_TEST(unit_number_and_regional_offices)
{
    static const char *const P[] = {
        "Peletakan batu pertama dilakukan Dandim 0828/Sampang Letkol Inf Bagus Wicaksono Adiwinoto, S.I.P., Kamis "
        "(12/11/2026).",
        "\"Kami tidak ingin ada anak yang hanyut,\" kata Dandim.",
        "Klebun Desa Tamberu Agung, Moh. Hasyim Rofi'ie, menyampaikan terima kasih atas kepedulian TNI.",
        "\"Dulu orang sakit harus ditandu menyeberang sungai,\" ujar Pak Klebun.",
        "Kepala Pelaksana BPBD Pulpis mengatakan sebanyak 1.274 rumah tergenang.",
    };
    resolve(P, 5);
    ck_assert_str_eq(speaker_of_text("Kami tidak ingin")->name, "Bagus Wicaksono Adiwinoto");
    ck_assert_str_eq(speaker_of_text("Dulu orang sakit")->name, "Moh. Hasyim Rofi'ie");
    ck_assert_str_eq(speaker_of_text("Dulu orang sakit")->role, "Klebun Desa Tamberu Agung");
    ck_assert_ptr_null(speaker_of_text("sebanyak 1.274")->name);
    ck_assert_str_eq(speaker_of_text("sebanyak 1.274")->role, "Kepala Pelaksana BPBD Pulpis");
}
END_TEST

/* A degree written without dots or comma ("MSi") ends the name as a dotted
 * one does: the body's run of capitalised words stops before it. */
START_TEST(undotted_degree_ends_the_name)
{
    static const char *const P[] = {
        "Dikonfirmasi terpisah, Kepala Dinas Pertanian Taput Ir Tumpal Hasiholan Simatupang MSi menyebut tidak ada "
        "kelangkaan pupuk di Taput.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(R.rec.speakers.items[0].name, "Tumpal Hasiholan Simatupang");
    ck_assert_str_eq(R.rec.speakers.items[0].degrees, "MSi");
}
END_TEST

/* A nickname's referent is never a word before a cue: in "“..., turun ke
 * Bantar,” kata politisi yang akrab disapa Bang Darman itu" the epithet is
 * the speaker's, and "Imbuh Darman" is his, not a person named Bantar. */
START_TEST(nickname_after_a_cue_names_no_quoted_word)
{
    static const char *const P[] = {
        "Ketua Komisi III DPRD Kepulauan Meranti, H. Darmansyah Effendi Nasution SE MM, menilai penanganan abrasi "
        "lambat.",
        LDQ "Kami ini sudah tiga kali turun ke Bantar," RDQ " kata politisi yang akrab disapa Bang Darman itu, " LDQ
        "dan tiga kali pula kami lihat rumah warga." RDQ,
        "Imbuh Darman, DPRD siap mengawal usulan anggaran.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("DPRD siap")->name, "Darmansyah Effendi Nasution");
}
END_TEST

/* "Sumber Daya Air" is a field: "Air" is no word of the name after it. */
START_TEST(water_resources_field_ends_the_role)
{
    static const char *const P[] = {
        "Kabid Sumber Daya Air Hendri Wiranata Saragih ST menjelaskan kajian teknis sudah rampung.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(R.rec.speakers.items[0].name, "Hendri Wiranata Saragih");
    ck_assert_str_eq(R.rec.speakers.items[0].role, "Kabid Sumber Daya Air");
}
END_TEST

/* An epithet a term of address heads ("Ibu dua anak yang biasa dipanggil
 * Ina Dewi itu") gives its nickname to the person the sentence before names,
 * not to the village after "Desa" there. */
START_TEST(nickname_of_an_epithet_headed_by_a_term_of_address)
{
    static const char *const P[] = {
        "Salah seorang korban, Yuliana Bu'ulolo (34), warga Desa Hilinawalo Fau, mengaku menyetor Rp42 juta. Ibu dua "
        "anak yang biasa dipanggil Ina Dewi itu kini harus mencicil pinjaman koperasi.",
        LDQ "Saya pinjam uang di koperasi supaya bisa ikut," RDQ " tutur Ina Dewi.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Saya pinjam")->name, "Yuliana Bu'ulolo");
}
END_TEST

/* An office quoted alone and never named takes the fullest description the
 * article gives it outside the quotes ("membacakan amanat Menteri Pendidikan
 * Dasar dan Menengah. ... Menteri menyampaikan bahwa ..."); one written inside
 * a quote is someone's words, not the article's description. */
START_TEST(unnamed_office_takes_its_fullest_description)
{
    static const char *const P[] = {
        "Wakil Bupati Buru Selatan membacakan amanat Menteri Pendidikan Dasar dan Menengah. Dalam amanat tersebut "
        "Menteri menyampaikan bahwa guru adalah kunci utama pemulihan kualitas pembelajaran.",
    };
    resolve(P, 1);
    ck_assert_ptr_null(speaker_of_text("guru adalah")->name);
    ck_assert_str_eq(speaker_of_text("guru adalah")->role, "Menteri Pendidikan Dasar dan Menengah");
    teardown();
    setup();
    static const char *const Q[] = {
        LDQ "Surat itu meminta Kepala Kantor Kemenag Kab/Kota melaksanakan upacara," RDQ " katanya.",
        "Lebih lanjut Kakankemenag mengatakan seluruh madrasah wajib ikut upacara.",
    };
    resolve(Q, 2);
    ck_assert_str_eq(speaker_of_text("seluruh madrasah")->role, "Kakankemenag");
}
END_TEST

/* A nickname with its noun after it and no name ("ucap Ti Nene, panggilan
 * warga kepadanya", "Ama Lukas, sapaan dia, berharap") points back to the
 * person the article last introduced with an age. */
START_TEST(nickname_aside_points_back_to_the_aged_person)
{
    static const char *const P[] = {
        "Salah satu warga penerima bedah rumah, Hamidah Lagarusu (63) tak kuasa menahan air mata.",
        LDQ "Torang so tidak takut lagi kalau hujan malam," RDQ " ucap Ti Nene, panggilan warga kepadanya.",
        "Lukas Malo (49), peternak di Wee Rame, mengaku sudah melapor ke polisi.",
        "Ama Lukas, sapaan dia, berharap pencuri segera ditangkap.",
    };
    resolve(P, 4);
    ck_assert_str_eq(speaker_of_text("Torang so")->name, "Hamidah Lagarusu");
    ck_assert_str_eq(speaker_of_text("pencuri segera")->name, "Lukas Malo");
}
END_TEST

/* A speech read for an office holder ("Gubernur X dalam sambutan yang
 * dibacakan Asisten ..., Y, menyampaikan"): Y's office is the reader's, so
 * Y, quoted later by name, is not the governor. */
START_TEST(reader_of_a_speech_keeps_his_own_office)
{
    static const char *const P[] = {
        "Gubernur Sulawesi Tenggara dalam sambutan yang dibacakan Asisten Perekonomian dan Pembangunan Setda Sultra, "
        "Ir. La Ode Muhammad Sjamsul Bahri, M.T., menyampaikan bahwa inflasi tahunan Sultra tercatat 2,71 persen.",
        "Usai rapat, La Ode Sjamsul Bahri mengatakan pemprov akan menerbitkan surat edaran.",
    };
    resolve(P, 2);
    ck_assert_ptr_null(speaker_of_text("inflasi tahunan")->name);
    ck_assert_str_eq(speaker_of_text("pemprov akan")->name, "La Ode Muhammad Sjamsul Bahri");
    ck_assert_str_eq(speaker_of_text("pemprov akan")->role, "Asisten Perekonomian dan Pembangunan Setda Sultra");
}
END_TEST

/* A full name with no role after a body that speaks (a fraction, an
 * agency) is someone else, not the body's name: only an office quoted
 * alone is named so ("Kepala Bagian Tata Usaha ..." then "ungkap X"). */
START_TEST(name_after_a_speaking_body_is_someone_else)
{
    static const char *const P[] = {
        "Fraksi Golkar melalui juru bicaranya Hj. Yusnidar Tambusai, S.Sos menilai alokasi belanja pengendalian "
        "banjir masih jauh dari kebutuhan.",
        "Doni Firmansyah mengatakan, kebocoran retribusi parkir sudah menjadi rahasia umum.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_ptr_null(speaker_of_text("alokasi belanja")->name);
    ck_assert_str_eq(speaker_of_text("kebocoran retribusi")->name, "Doni Firmansyah");
}
END_TEST

/* Bali's "Jro", the short form of "Jero", is a term of address: "ujar Jro
 * Bendesa" points to the Bendesa the article introduced. */
START_TEST(balinese_jro_is_a_term_of_address)
{
    static const char *const P[] = {
        "Bendesa Adat Bugbug, I Gusti Ngurah Made Arimbawa Jaya menjelaskan ngaben massal digelar lima tahun sekali.",
        LDQ "Kalau ngaben sendiri-sendiri, satu keluarga bisa habis ratusan juta," RDQ " ujar Jro Bendesa.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("Kalau ngaben")->name, "I Gusti Ngurah Made Arimbawa Jaya");
}
END_TEST

/* A one-word short form of a quoted person's first name ("Mama Yuli" after
 * "Mama Yuliana Mambrasar") is that person, when it opens no other quoted
 * person's name. */
START_TEST(short_first_name_is_the_same_person)
{
    static const char *const P[] = {
        "Mama Yuliana Mambrasar, pedagang pinang asal Biak, mengaku awalnya menolak pindah. Mama Yuli mengatakan "
        "pembeli sempat bingung mencari lapaknya di hari pertama.",
    };
    resolve(P, 1);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("pembeli sempat")->name, "Yuliana Mambrasar");
}
END_TEST

/* The time of a day before the subject ("Sore harinya,", "Keesokan
 * harinya,") is an adverbial, no part of the role. */
START_TEST(time_of_day_opener_is_no_role)
{
    static const char *const P[] = {
        "Sore harinya, Kepala Dinas Kesehatan Sikka, Petrus Da Cunha, menyebut seluruh siswa dalam kondisi stabil.",
        "Keesokan harinya, Kepala Sekolah Maria Goreti mengatakan kegiatan belajar berjalan kembali.",
    };
    resolve(P, 2);
    ck_assert_str_eq(speaker_of_text("seluruh siswa")->role, "Kepala Dinas Kesehatan Sikka");
    ck_assert_str_eq(speaker_of_text("kegiatan belajar")->role, "Kepala Sekolah");
}
END_TEST

/* "Supardiono atau Mbah Pardi": a name, "atau", a term of address and the
 * nickname the later cues use. */
START_TEST(nickname_given_with_atau)
{
    static const char *const P[] = {
        "Koordinator Balawista Pantai Srau, Supardiono atau Mbah Pardi, menuturkan sepanjang 2026 pihaknya sudah "
        "menolong 11 wisatawan.",
        "Mbah Pardi menambahkan, menara pantau itu akan dijaga bergantian.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("menara pantau")->name, "Supardiono");
    /* ... or a nickname of capitalised words the apposition's comma closes, no term of address before it */
    stage_run_reset(&R);
    static const char *const D[] = {
        "Pedagang telur di Pasar Terong, Kasmirah atau Daeng Nurung, mengatakan pasokan dari peternak berkurang.",
        LDQ "Peternak lebih senang jual ke sana," RDQ " kata Daeng Nurung kepada wartawan.",
    };
    resolve(D, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_str_eq(speaker_of_text("pasokan")->name, "Kasmirah");
    ck_assert_str_eq(speaker_of_text("pasokan")->role, "Pedagang telur di Pasar Terong");
    ck_assert_str_eq(speaker_of_text("Peternak lebih")->name, "Kasmirah");
}
END_TEST

/* A short form in brackets that spells the office's words with the words
 * after them: one body or office, no person's name in it; a person's
 * initials in brackets spell the name only. */
START_TEST(short_form_spelling_the_office_leaves_no_name)
{
    static const char *const P[] = {
        "Badan Pengelola Dana Perkebunan (BPDP) dalam keterangan resminya menyebutkan dana PSR disalurkan langsung "
        "ke rekening kelompok tani.",
        "Dalam amanatnya, Kepala Staf Angkatan Darat (Kasad) menyampaikan bahwa TMMD merupakan program lintas sektoral.",
        "Kasat Reskrim Polres Morowali Wahyudin Lapatandau (WL) mengatakan tujuh saksi sudah diperiksa.",
    };
    resolve(P, 3);
    const rec_speaker *body = speaker_of_text("dana PSR");
    ck_assert_ptr_null(body->name);
    ck_assert_str_eq(body->role, "Badan Pengelola Dana Perkebunan (BPDP)");
    const rec_speaker *office = speaker_of_text("TMMD");
    ck_assert_ptr_null(office->name);
    ck_assert_str_eq(office->role, "Kepala Staf Angkatan Darat (Kasad)");
    ck_assert_str_eq(speaker_of_text("tujuh saksi")->name, "Wahyudin Lapatandau");
}
END_TEST

/* The words that open the names of village groups, cooperatives and the
 * armed forces' branches are a body's: no name is read among them. */
START_TEST(group_and_branch_names_are_no_person)
{
    static const char *const P[] = {
        "Kelompok Peternak Kerbau Pulau Moa menyatakan pemerintah pusat menyediakan kapal ternak yang singgah.",
        "Kepala Staf Angkatan Darat dalam amanat yang dibacakan Danrem menyampaikan bahwa program TMMD adalah bukti "
        "kemanunggalan TNI dan rakyat.",
        "Jaringan Advokasi Tambang (Jatam) Kalimantan Timur menyebut lubang bekas tambang itu tidak pernah direklamasi.",
    };
    resolve(P, 3);
    const rec_speaker *group = speaker_of_text("pemerintah pusat");
    ck_assert_ptr_null(group->name);
    ck_assert_str_eq(group->role, "Kelompok Peternak Kerbau Pulau Moa");
    const rec_speaker *branch = speaker_of_text("program TMMD");
    ck_assert_ptr_null(branch->name);
    ck_assert_str_eq(branch->role, "Kepala Staf Angkatan Darat");
    ck_assert_ptr_null(speaker_of_text("lubang bekas")->name);
}
END_TEST

/* "Polisi" opening a sentence is the police, as "Petugas" or "Jaksa" is a
 * description: no one's name. */
START_TEST(police_as_subject_is_no_name)
{
    static const char *const P[] = {
        "Kapolres Gorontalo Utara AKBP Teguh Santoso mengatakan penangkapan dilakukan pada Rabu malam.",
        "Polisi juga menduga FA tidak bekerja sendiri.",
    };
    resolve(P, 2);
    const rec_speaker *police = speaker_of_text("FA tidak");
    ck_assert_ptr_null(police->name);
    ck_assert_str_eq(police->role, "Polisi");
}
END_TEST

/* The diploma's "Amd" with its field glued by a dot ("Amd.Keb") is a
 * degree, as the dotted "A.Md.Keb." is: never the name. */
START_TEST(diploma_degree_with_its_field_is_no_name)
{
    static const char *const P[] = {
        "Narasumber dari Puskesmas Ereke, bidan Sitti Hadijah Lamusu, Amd.Keb memaparkan risiko kehamilan di usia "
        "remaja. " LDQ "Panggul anak umur 15 tahun belum siap," RDQ " jelasnya.",
    };
    resolve(P, 1);
    const rec_speaker *s = speaker_of_text("Panggul");
    ck_assert_str_eq(s->name, "Sitti Hadijah Lamusu");
    ck_assert_str_eq(s->degrees, "Amd.Keb");
}
END_TEST

/* A province after a regency in a comma list of places is the place going
 * on, not a name apposed to the role. */
START_TEST(province_after_a_regency_is_no_name)
{
    static const char *const P[] = {
        "Pejabat Pembuat Komitmen (PPK) proyek jembatan gantung di Kecamatan Laeya, Kabupaten Konawe Selatan, "
        "Sulawesi Tenggara, mengaku menandatangani berita acara serah terima pekerjaan meski jembatan belum rampung.",
    };
    resolve(P, 1);
    const rec_speaker *s = speaker_of_text("menandatangani");
    ck_assert_ptr_null(s->name);
    ck_assert_str_eq(s->role, "Pejabat Pembuat Komitmen (PPK) proyek jembatan gantung di Kecamatan Laeya, Kabupaten "
                              "Konawe Selatan, Sulawesi Tenggara");
}
END_TEST

/* Aceh's Keujruen Blang is an office, named later by its holder's cue; a
 * village-owned enterprise (BUMPekon, BUMDes) is a body, no one's name. */
START_TEST(keujruen_office_and_village_enterprise)
{
    static const char *const P[] = {
        "Petani di Kecamatan Babahrot mulai turun ke sawah pekan ini.",
        "Keujruen Blang Babahrot menyebut pembagian air dari saluran irigasi Krueng Baru akan diatur bergilir.",
        LDQ "Yang di hulu jangan menahan air," RDQ " ujar Teuku Sabarullah, keujruen blang yang sudah 18 tahun "
            "mengurus irigasi di kawasan itu.",
        "BUMPekon Pahmungan menyatakan siap menampung getah damar hasil repong warga.",
    };
    resolve(P, 4);
    const rec_speaker *office = speaker_of_text("pembagian air");
    ck_assert_str_eq(office->name, "Teuku Sabarullah");
    ck_assert_str_eq(office->role, "Keujruen Blang Babahrot");
    ck_assert_ptr_eq(speaker_of_text("Yang di hulu"), office);
    const rec_speaker *body = speaker_of_text("siap menampung");
    ck_assert_ptr_null(body->name);
    ck_assert_str_eq(body->role, "BUMPekon Pahmungan");
}
END_TEST

/* Muhammad and Abdul written short with a dot ("Muh.", "Moh.", "Abd.") stay
 * in the name they open: "Kepala ... Moh. Farid Hanafi" has no "Moh" in its
 * role, and "Andi Faisal" later is "Andi Muh. Faisal Yunus". */
START_TEST(short_muhammad_inside_a_name)
{
    static const char *const P[] = {
        "Rapat dipimpin Wakil Ketua DPRD Sidrap, Andi Muh. Faisal Yunus, S.E., dan dihadiri para kepala perangkat "
        "daerah.",
        "Usai rapat, Andi Faisal mengatakan, jawaban Bupati akan disampaikan pada rapat berikutnya.",
        "Kepala Pelaksana BPBD Kota Palu Moh. Rizal Lamakampali mengatakan sirene berbunyi tepat waktu.",
    };
    resolve(P, 3);
    const rec_speaker *chair = speaker_of_text("jawaban Bupati");
    ck_assert_str_eq(chair->name, "Andi Muh. Faisal Yunus");
    ck_assert_str_eq(chair->role, "Wakil Ketua DPRD Sidrap");
    const rec_speaker *head = speaker_of_text("sirene");
    ck_assert_str_eq(head->name, "Moh. Rizal Lamakampali");
    ck_assert_str_eq(head->role, "Kepala Pelaksana BPBD Kota Palu");
}
END_TEST

/* The Banjar's village head, the Pambakal, is an office; Minangkabau's Uwo
 * is a term of address, and "Uwo Nida" the woman named Rosnida before. */
START_TEST(pambakal_office_and_uwo_address)
{
    static const char *const P[] = {
        "Pambakal Desa Sungai Durait Tengah, Muhammad Sahriani, mengakui pendataan di desanya selalu terlambat.",
        LDQ "Satu operator paling banyak bisa memverifikasi sepuluh rumah sehari," RDQ " kata Pambakal.",
        "Rosnida Syamsir (67), bundo kanduang Nagari Koto Baru, akan memimpin malamang basamo.",
        LDQ "Lamang ko indak bisa dibali," RDQ " ujar Uwo Nida dalam bahasa Minang.",
    };
    resolve(P, 4);
    ck_assert_uint_eq(R.rec.speakers.len, 2);
    ck_assert_str_eq(speaker_of_text("Satu operator")->name, "Muhammad Sahriani");
    ck_assert_str_eq(speaker_of_text("Lamang ko")->name, "Rosnida Syamsir");
}
END_TEST

/* Lombok's Tuan Guru Haji, "TGH.", is a title: the office before it and the
 * name after it (its "Lalu" kept) are the speaker's, and "Lalu Sirajul" and
 * "Tuan Guru Sirajul" the same man. */
START_TEST(tuan_guru_haji_title)
{
    static const char *const P[] = {
        "Ketua Baznas NTB, Dr. TGH. Lalu Muhammad Sirajul Hadi, M.Pd.I., mengatakan, setiap santri menerima Rp3 juta.",
        LDQ "Beasiswa ini supaya mereka tidak berhenti di tengah jalan," RDQ " kata Lalu Sirajul.",
        "Tuan Guru Sirajul berharap pemerintah daerah membantu pesantren dengan pelatihan.",
    };
    resolve(P, 3);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    ck_assert_ptr_eq(speaker_of_text("pemerintah daerah membantu"), speaker_of_text("Beasiswa ini"));
    const rec_speaker *s = speaker_of_text("Beasiswa ini");
    ck_assert_str_eq(s->name, "Lalu Muhammad Sirajul Hadi");
    ck_assert_str_eq(s->titles, "Dr. TGH.");
    ck_assert_str_eq(s->role, "Ketua Baznas NTB");
}
END_TEST

/* A role that ends with a regency's whole name has no name in it, whatever
 * word stands before the regency ("Hortikultura Boven Digoel", "Perairan Raja
 * Ampat"): the one the article names later holds it. */
START_TEST(regency_ending_a_role_is_no_name)
{
    static const char *const P[] = {
        "Seorang penyuluh dari Dinas Tanaman Pangan dan Hortikultura Boven Digoel yang mendampingi warga menjelaskan, "
        "varietas yang ditanam adalah Inpari 32.",
        LDQ "Panen kami perkirakan awal Juli," RDQ " kata penyuluh bernama Yosina Maturbongs, S.P. itu.",
    };
    resolve(P, 2);
    ck_assert_uint_eq(R.rec.speakers.len, 1);
    const rec_speaker *s = speaker_of_text("varietas");
    ck_assert_str_eq(s->name, "Yosina Maturbongs");
    ck_assert_str_eq(s->role, "penyuluh dari Dinas Tanaman Pangan dan Hortikultura Boven Digoel");
}
END_TEST

/* An acronym the article defines, with its place, is that body ("BP Batam"
 * after "Badan Pengusahaan (BP) Batam"); a dateline's "BATAM (BP)" (the
 * newspaper) defines nothing. */
START_TEST(defined_acronym_with_its_place)
{
    static const char *const P[] = {
        "BATAM (BP) \xE2\x80\x93 Antrean pemohon paspor mengular di kantor imigrasi sejak subuh.",
        "Badan Pengusahaan (BP) Batam mencatat jumlah penumpang internasional naik sepanjang Oktober.",
        "BP Batam menyatakan akan menambah armada bus pengumpan selama musim libur.",
    };
    resolve(P, 3);
    const rec_speaker *s = speaker_of_text("akan menambah");
    ck_assert_ptr_null(s->name);
    ck_assert_str_eq(s->role, "Badan Pengusahaan (BP) Batam");
}
END_TEST

/* A company's "General Manager" is an office, as "Vice", "Chief" and
 * "Manager" are: the name after it and its unit is the person's. */
START_TEST(general_manager_office)
{
    static const char *const P[] = {
        "General Manager PLN UIW MMU Stefanus Kristianto Wuisan mengatakan selama ini desa hanya mendapat listrik "
        "12 jam.",
    };
    resolve(P, 1);
    const rec_speaker *s = speaker_of_text("selama ini");
    ck_assert_str_eq(s->name, "Stefanus Kristianto Wuisan");
    ck_assert_str_eq(s->role, "General Manager PLN UIW MMU");
}
END_TEST

/* A second office in small letters after "yang juga" goes on the role when
 * it follows the first with no comma; after a name's comma it is an aside. */
START_TEST(second_office_in_small_letters)
{
    static const char *const P[] = {
        "Pamong Budaya Ahli Muda BPK Wilayah VII yang juga ketua tim kajian, Nelly Oktaviana Putri, S.S., "
        "menjelaskan pengujian akan membandingkan komposisi mortar asli.",
        "Kolektor batik pesisir, Tan Swie Hian, yang juga pengurus Paguyuban Pecinta Batik Cirebon, menilai "
        "kembalinya pewarna alam menghidupkan motif lama.",
    };
    resolve(P, 2);
    const rec_speaker *s = speaker_of_text("pengujian");
    ck_assert_str_eq(s->name, "Nelly Oktaviana Putri");
    ck_assert_str_eq(s->role, "Pamong Budaya Ahli Muda BPK Wilayah VII yang juga ketua tim kajian");
    ck_assert_str_eq(speaker_of_text("kembalinya")->name, "Tan Swie Hian");
    ck_assert_str_eq(speaker_of_text("kembalinya")->role, "Kolektor batik pesisir");
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("speakers");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, role_then_titled_name_with_degrees);
    tcase_add_test(tc, customary_office_heads_a_role);
    tcase_add_test(tc, organization_after_a_two_word_office);
    tcase_add_test(tc, name_then_role_with_honorific);
    tcase_add_test(tc, role_split_by_commas_keeps_the_last_name);
    tcase_add_test(tc, surname_role_and_pronoun_merge);
    tcase_add_test(tc, role_alone_then_role_with_region);
    tcase_add_test(tc, pronoun_keeps_the_speaker_not_a_name_inside_the_quote);
    tcase_add_test(tc, subject_of_a_sentence_becomes_the_speaker);
    tcase_add_test(tc, people_only_mentioned_are_not_speakers);
    tcase_add_test(tc, full_name_found_in_the_body);
    tcase_add_test(tc, rank_in_an_office_and_raja_in_a_name);
    tcase_add_test(tc, office_with_region_is_not_a_name);
    tcase_add_test(tc, no_speaker_before_anyone_spoke);
    tcase_add_test(tc, short_name_before_the_full_stop);
    tcase_add_test(tc, honorific_inside_an_office);
    tcase_add_test(tc, person_introduced_with_an_age);
    tcase_add_test(tc, dateline_is_no_name_in_an_office);
    tcase_add_test(tc, abbreviated_office_finds_the_named_person);
    tcase_add_test(tc, list_inside_a_role);
    tcase_add_test(tc, dateline_dash_and_epithet_keep_the_speaker);
    tcase_add_test(tc, name_in_role_starts_at_the_word_used_alone);
    tcase_add_test(tc, place_ends_the_office_before_the_name);
    tcase_add_test(tc, opener_is_no_name_and_parenthesis_ends_the_office);
    tcase_add_test(tc, date_apposition_and_glued_title);
    tcase_add_test(tc, office_alone_named_by_the_introduction);
    tcase_add_test(tc, office_first_then_name_is_one_speaker);
    tcase_add_test(tc, opener_in_the_body_and_lower_case_office_after_a_name);
    tcase_add_test(tc, region_named_after_a_unit_ends_the_office);
    tcase_add_test(tc, pronoun_before_a_name_epithet_and_short_form);
    tcase_add_test(tc, two_offices_are_no_speaker_and_a_plain_name_is);
    tcase_add_test(tc, title_case_headline_and_organisation_abbreviation);
    tcase_add_test(tc, dateline_dash_and_nickname_in_parentheses);
    tcase_add_test(tc, pronoun_with_no_antecedent_is_the_lead_person);
    tcase_add_test(tc, role_ends_at_a_verb);
    tcase_add_test(tc, verb_ends_the_mention_and_acronym_degree);
    tcase_add_test(tc, glued_degrees_preposition_and_adverbial);
    tcase_add_test(tc, village_heads_stay_apart);
    tcase_add_test(tc, raja_negeri_is_an_office);
    tcase_add_test(tc, raja_alone_is_the_raja_negeri);
    tcase_add_test(tc, roman_numeral_is_no_name);
    tcase_add_test(tc, hi_inside_a_name_in_the_body);
    tcase_add_test(tc, subject_of_a_passive_after_an_auxiliary);
    tcase_add_test(tc, agung_of_the_attorney_general);
    tcase_add_test(tc, answering_opener_before_the_subject);
    tcase_add_test(tc, full_name_of_an_office_holder);
    tcase_add_test(tc, name_of_the_office_holder_met_unnamed);
    tcase_add_test(tc, company_named_by_its_name_word);
    tcase_add_test(tc, epithet_with_a_dengan_phrase);
    tcase_add_test(tc, head_epithet_with_a_di_phrase);
    tcase_add_test(tc, name_particle_in_a_passive_agent);
    tcase_add_test(tc, nickname_after_the_degrees);
    tcase_add_test(tc, backward_cue_with_an_epithet);
    tcase_add_test(tc, dj_inside_a_name);
    tcase_add_test(tc, nickname_of_the_person_in_the_office);
    tcase_add_test(tc, list_of_people_ends_at_the_next_office);
    tcase_add_test(tc, acronym_source_by_its_definition);
    tcase_add_test(tc, unpersoned_cue_before_anyone_is_no_ones);
    tcase_add_test(tc, honorific_before_office_names_no_one);
    tcase_add_test(tc, civil_service_degree_after_name);
    tcase_add_test(tc, middle_initial_marks_the_name_in_a_role);
    tcase_add_test(tc, dan_before_a_clause_ends_the_role);
    tcase_add_test(tc, source_after_according_to);
    tcase_add_test(tc, organisation_rank_empty_mention_and_parenthesis);
    tcase_add_test(tc, given_names_degrees_and_rank_after_a_region);
    tcase_add_test(tc, office_short_forms_match_their_office_only);
    tcase_add_test(tc, roles_as_written_around_the_name);
    tcase_add_test(tc, office_before_name_and_selaku);
    tcase_add_test(tc, office_and_surname_name_the_introduced_person);
    tcase_add_test(tc, demonstrative_epithet_points_back);
    tcase_add_test(tc, list_of_aged_people_introduces_no_speaker);
    tcase_add_test(tc, office_after_a_comma_introduces_another_person);
    tcase_add_test(tc, office_after_dan_introduces_another_person);
    tcase_add_test(tc, regency_after_the_office_ends_the_role);
    tcase_add_test(tc, country_after_the_office_ends_the_role);
    tcase_add_test(tc, lower_case_title_and_description_before_a_name);
    tcase_add_test(tc, central_offices_ranks_and_perdana);
    tcase_add_test(tc, short_forms_of_cabinet_and_regional_offices);
    tcase_add_test(tc, short_forms_of_military_commands);
    tcase_add_test(tc, nicknames_and_terms_of_address);
    tcase_add_test(tc, nickname_of_an_office);
    tcase_add_test(tc, nickname_aside_keeps_the_subject);
    tcase_add_test(tc, nickname_word_and_epithet);
    tcase_add_test(tc, descriptions_lists_and_consultant_degrees);
    tcase_add_test(tc, candidates_and_traditional_offices);
    tcase_add_test(tc, subject_of_a_passive_is_no_speaker);
    tcase_add_test(tc, spelled_out_ranks);
    tcase_add_test(tc, former_office_epithet_names_the_introduced_person);
    tcase_add_test(tc, office_epithet_is_its_holder);
    tcase_add_test(tc, namesakes_short_forms_and_epithet_roles);
    tcase_add_test(tc, relative_clause_inside_a_description);
    tcase_add_test(tc, likeness_keeps_the_words_before);
    tcase_add_test(tc, filler_description_with_a_place_then_the_name);
    tcase_add_test(tc, chief_officers_and_company_names);
    tcase_add_test(tc, title_initials_after_a_comma_end_no_sentence);
    tcase_add_test(tc, woman_epithet_points_back);
    tcase_add_test(tc, officer_epithets_point_back);
    tcase_add_test(tc, me_nouns_are_no_verbs);
    tcase_add_test(tc, described_word_epithets_point_back);
    tcase_add_test(tc, datuk_inside_a_name);
    tcase_add_test(tc, kin_and_trades_describe_a_person);
    tcase_add_test(tc, regional_terms_of_address);
    tcase_add_test(tc, religious_titles);
    tcase_add_test(tc, adverbial_place_and_city);
    tcase_add_test(tc, police_units_in_the_office);
    tcase_add_test(tc, cue_stem_inside_an_office);
    tcase_add_test(tc, acronym_of_a_person_is_the_person);
    tcase_add_test(tc, corps_word_in_a_unit_name);
    tcase_add_test(tc, titled_nickname_aside_points_back);
    tcase_add_test(tc, trades_and_customary_offices);
    tcase_add_test(tc, customary_title_and_balinese_honorific);
    tcase_add_test(tc, cue_stem_ends_an_office_noun);
    tcase_add_test(tc, apposed_name_before_a_nickname_aside);
    tcase_add_test(tc, bare_verb_ends_a_mention);
    tcase_add_test(tc, short_and_long_name_parts);
    tcase_add_test(tc, regional_address_and_titles);
    tcase_add_test(tc, title_after_an_honorific_names_no_one);
    tcase_add_test(tc, epithet_nickname_finds_its_name);
    tcase_add_test(tc, portuguese_name_particles);
    tcase_add_test(tc, through_an_office_to_its_spokesman);
    tcase_add_test(tc, defined_acronym_is_an_organisation);
    tcase_add_test(tc, cabinet_short_forms_and_prosecutors);
    tcase_add_test(tc, title_in_marks_inside_an_epithet);
    tcase_add_test(tc, age_inside_an_epithet);
    tcase_add_test(tc, confirming_passive_agent_speaks_next);
    tcase_add_test(tc, slash_pair_names_two_people);
    tcase_add_test(tc, regional_release_forms);
    tcase_add_test(tc, named_office_with_a_relative_clause);
    tcase_add_test(tc, particles_offices_and_sections);
    tcase_add_test(tc, mandate_and_district_commander);
    tcase_add_test(tc, naming_link_gives_the_name);
    tcase_add_test(tc, full_name_after_nickname);
    tcase_add_test(tc, title_as_epithet_with_nickname);
    tcase_add_test(tc, body_named_again_by_its_kind);
    tcase_add_test(tc, participle_clause_before_the_speaker);
    tcase_add_test(tc, nickname_in_a_pointing_description);
    tcase_add_test(tc, prosecutor_short_form);
    tcase_add_test(tc, apposed_name_before_nickname_aside);
    tcase_add_test(tc, description_before_an_apposed_name);
    tcase_add_test(tc, spelled_age_is_no_role);
    tcase_add_test(tc, bracketed_date_is_no_age);
    tcase_add_test(tc, second_office_after_yang_juga);
    tcase_add_test(tc, envoy_post_in_the_office);
    tcase_add_test(tc, opinion_coming_from_a_person);
    tcase_add_test(tc, headline_name_up_to_its_verb);
    tcase_add_test(tc, initials_name_the_person);
    tcase_add_test(tc, bracketed_short_form_names_the_person);
    tcase_add_test(tc, party_and_state_inside_a_role);
    tcase_add_test(tc, doubled_letter_spellings_are_one_person);
    tcase_add_test(tc, national_news_descriptions_head_a_role);
    tcase_add_test(tc, hm_is_a_title);
    tcase_add_test(tc, body_named_in_mixed_case_is_no_name);
    tcase_add_test(tc, title_case_headline_named_as_far_as_the_body_confirms);
    tcase_add_test(tc, title_case_headline_name_longer_than_the_bodys);
    tcase_add_test(tc, sentence_adverb_is_no_headline_name);
    tcase_add_test(tc, honorific_before_a_description_is_kin);
    tcase_add_test(tc, speech_noun_given_by_passive_agent);
    tcase_add_test(tc, view_shown_by_passive_agent);
    tcase_add_test(tc, addressed_short_nickname);
    tcase_add_test(tc, event_name_is_no_person);
    tcase_add_test(tc, name_before_degrees_in_the_paragraph);
    tcase_add_test(tc, national_news_people_and_their_verbs);
    tcase_add_test(tc, national_bodies_end_the_role);
    tcase_add_test(tc, office_then_name_is_one_person);
    tcase_add_test(tc, name_before_an_office_after_a_comma);
    tcase_add_test(tc, likeness_passive_makes_its_agent_current);
    tcase_add_test(tc, full_name_across_ibu_kota_and_descriptive_surnames);
    tcase_add_test(tc, short_form_of_an_office_names_it);
    tcase_add_test(tc, name_particles_and_a_team_captain);
    tcase_add_test(tc, named_cue_before_beats_pronoun_after);
    tcase_add_test(tc, region_alone_is_no_person);
    tcase_add_test(tc, events_nominalizations_and_glued_degrees);
    tcase_add_test(tc, name_after_a_division);
    tcase_add_test(tc, speech_passives_and_nouns_hand_over_the_passage);
    tcase_add_test(tc, court_titles_are_titles);
    tcase_add_test(tc, dash_between_office_and_titled_name);
    tcase_add_test(tc, age_ends_a_name_after_its_description);
    tcase_add_test(tc, neighbourhood_number_stays_in_the_role);
    tcase_add_test(tc, nickname_aside_names_the_current_speaker);
    tcase_add_test(tc, comparison_openers_and_representatives);
    tcase_add_test(tc, city_after_office_in_headline_is_no_name);
    tcase_add_test(tc, government_and_court_short_forms_are_bodies);
    tcase_add_test(tc, consultant_mark_apart_is_a_degree);
    tcase_add_test(tc, glued_titles_in_the_body_name);
    tcase_add_test(tc, nickname_from_a_names_last_syllables);
    tcase_add_test(tc, shortened_names_and_offices_addressed);
    tcase_add_test(tc, acronyms_and_short_regencies_name_one_office);
    tcase_add_test(tc, army_branches_follow_ranks);
    tcase_add_test(tc, nickname_before_the_name_it_stands_for);
    tcase_add_test(tc, nickname_after_an_age_or_a_place);
    tcase_add_test(tc, region_opening_with_a_place_word);
    tcase_add_test(tc, office_speaking_through_a_spokesman);
    tcase_add_test(tc, descriptions_fellowships_office_items_short_names);
    tcase_add_test(tc, acronym_of_a_written_out_name);
    tcase_add_test(tc, speech_of_who_opened_the_event);
    tcase_add_test(tc, companion_with_an_age_is_not_the_next_ia);
    tcase_add_test(tc, callings_are_descriptions);
    tcase_add_test(tc, regions_and_bracketed_short_forms_end_the_office);
    tcase_add_test(tc, hospitals_clubs_and_noble_titles);
    tcase_add_test(tc, introduction_past_the_kept_words);
    tcase_add_test(tc, activity_word_ends_the_description);
    tcase_add_test(tc, place_after_a_role_before_a_demonstrative);
    tcase_add_test(tc, more_terms_of_address);
    tcase_add_test(tc, nickname_after_a_place_names_the_person_before);
    tcase_add_test(tc, church_and_pesantren_offices_head_roles);
    tcase_add_test(tc, subject_with_a_place_before_the_apposed_name);
    tcase_add_test(tc, regional_offices_branches_and_terms_of_address);
    tcase_add_test(tc, giver_of_a_named_talk);
    tcase_add_test(tc, alias_gives_a_nickname);
    tcase_add_test(tc, office_word_before_a_short_name);
    tcase_add_test(tc, datuk_is_a_title);
    tcase_add_test(tc, known_as_gives_a_nickname);
    tcase_add_test(tc, military_units_are_organisations);
    tcase_add_test(tc, role_tail_the_article_writes_as_a_place);
    tcase_add_test(tc, leader_of_the_event_is_the_pronouns);
    tcase_add_test(tc, while_clause_before_the_subject);
    tcase_add_test(tc, speech_verb_without_a_clause_names_the_next_pronoun);
    tcase_add_test(tc, nickname_in_a_description_names_the_person);
    tcase_add_test(tc, time_adverb_is_no_role);
    tcase_add_test(tc, passive_in_an_adverbial_clause);
    tcase_add_test(tc, priest_post_nominal_is_a_degree);
    tcase_add_test(tc, council_opens_a_body);
    tcase_add_test(tc, forest_district_head);
    tcase_add_test(tc, initials_are_a_name);
    tcase_add_test(tc, second_office_word_before_a_short_name);
    tcase_add_test(tc, mantir_and_bue);
    tcase_add_test(tc, training_roles);
    tcase_add_test(tc, pseudonym_is_the_name);
    tcase_add_test(tc, family_planning_office);
    tcase_add_test(tc, diocesan_priest_title);
    tcase_add_test(tc, office_speaking_through_an_apposed_official);
    tcase_add_test(tc, headline_region_short_form_is_no_name);
    tcase_add_test(tc, acronym_spells_fields_over_dan);
    tcase_add_test(tc, unit_number_and_regional_offices);
    tcase_add_test(tc, undotted_degree_ends_the_name);
    tcase_add_test(tc, nickname_after_a_cue_names_no_quoted_word);
    tcase_add_test(tc, water_resources_field_ends_the_role);
    tcase_add_test(tc, nickname_of_an_epithet_headed_by_a_term_of_address);
    tcase_add_test(tc, unnamed_office_takes_its_fullest_description);
    tcase_add_test(tc, nickname_aside_points_back_to_the_aged_person);
    tcase_add_test(tc, reader_of_a_speech_keeps_his_own_office);
    tcase_add_test(tc, name_after_a_speaking_body_is_someone_else);
    tcase_add_test(tc, balinese_jro_is_a_term_of_address);
    tcase_add_test(tc, short_first_name_is_the_same_person);
    tcase_add_test(tc, time_of_day_opener_is_no_role);
    tcase_add_test(tc, nickname_given_with_atau);
    tcase_add_test(tc, short_form_spelling_the_office_leaves_no_name);
    tcase_add_test(tc, group_and_branch_names_are_no_person);
    tcase_add_test(tc, police_as_subject_is_no_name);
    tcase_add_test(tc, diploma_degree_with_its_field_is_no_name);
    tcase_add_test(tc, province_after_a_regency_is_no_name);
    tcase_add_test(tc, keujruen_office_and_village_enterprise);
    tcase_add_test(tc, short_muhammad_inside_a_name);
    tcase_add_test(tc, pambakal_office_and_uwo_address);
    tcase_add_test(tc, tuan_guru_haji_title);
    tcase_add_test(tc, regency_ending_a_role_is_no_name);
    tcase_add_test(tc, defined_acronym_with_its_place);
    tcase_add_test(tc, general_manager_office);
    tcase_add_test(tc, second_office_in_small_letters);
    tcase_add_test(tc, headline_name_before_a_colon);
    tcase_add_test(tc, police_units_spelled_out);
    tcase_add_test(tc, subject_after_a_glued_full_stop);
    tcase_add_test(tc, nickname_after_a_neighbourhood_unit);
    tcase_add_test(tc, press_questions_are_no_ones);
    tcase_add_test(tc, described_speaker_before_a_clause_with_a_demonstrative);
    tcase_add_test(tc, pronoun_inside_a_named_subjects_sentence);
    tcase_add_test(tc, teungku_and_descriptions_of_graduates);
    tcase_add_test(tc, company_offices_and_suffixes);
    tcase_add_test(tc, nickname_of_an_epithet_names_the_person_before);
    tcase_add_test(tc, nickname_of_a_long_mention);
    tcase_add_test(tc, nickname_given_by_an_agent);
    tcase_add_test(tc, acting_group_is_no_speaker);
    tcase_add_test(tc, named_role_with_dan_is_one_person);
    suite_add_tcase(s, tc);
    return s;
}
