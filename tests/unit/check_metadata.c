#include <string.h>

#include "lexicon.h"
#include "metadata.h"
#include "runner.h"
#include "stage_helpers.h"

static stage_run R;
static void setup(void) { stage_run_reset(&R); }
static void teardown(void) { stage_run_free(&R); }

/* metadata_finish over one body paragraph per argument. */
static void finish(const char *const *paras, size_t n)
{
    stage_run_paragraphs(&R, paras, n);
    metadata_finish(&R.rec, &R.hints, R.a);
}
#define FINISH(...)                                                                                        \
    do {                                                                                                   \
        const char *const P_[] = {__VA_ARGS__};                                                    \
        finish(P_, sizeof P_ / sizeof *P_);                                                                \
    } while (0)

static const char *dateline_of(const char *lead)
{
    stage_run_reset(&R);
    FINISH(lead);
    return R.rec.dateline;
}

static void assert_credit(size_t i, credit_role role, const char *name)
{
    ck_assert_uint_gt(R.rec.credits.len, i);
    ck_assert_int_eq(R.rec.credits.items[i].role, role);
    ck_assert_str_eq(R.rec.credits.items[i].name, name);
}

START_TEST(paragraphs_are_kept)
{
    FINISH("Satu paragraf tanpa apa-apa.");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, "Satu paragraf tanpa apa-apa.");
    ck_assert_ptr_null(R.rec.dateline);
    ck_assert_uint_eq(R.rec.credits.len, 0);
}
END_TEST

/* The site's own name before the place ("Suara Animha, Merauke -"), as the
 * page's og:site_name gives it, is the outlet; without the hint it stays
 * the place the lead names. */
START_TEST(dateline_after_the_site_name)
{
    static const char *const LEAD[] = {
        "Suara Animha, Merauke \xE2\x80\x93 Petani di Distrik Tanah Miring memasuki panen."};
    stage_run_reset(&R);
    VEC_PUSH(R.a, &R.hints.site_names, "Suara Animha");
    finish(LEAD, 1);
    ck_assert_str_eq(R.rec.dateline, "Merauke");
    stage_run_reset(&R);
    finish(LEAD, 1);
    ck_assert_str_eq(R.rec.dateline, "Suara Animha");
}
END_TEST

START_TEST(dateline_shapes)
{
    ck_assert_str_eq(dateline_of("KUPANG \xE2\x80\x93 Pemerintah Kota Kupang menggelar rapat."), "KUPANG");
    ck_assert_str_eq(dateline_of("Jakarta, Humas \xE2\x80\x93 Kementerian menggelar rapat."), "Jakarta");
    ck_assert_str_eq(dateline_of("Kota Kupang, 25 Juli 2025 \xE2\x80\x94 Pemerintah menggelar rapat."), "Kota Kupang");
    ck_assert_str_eq(dateline_of("LABUAN BAJO, (Humas) - Pemerintah menggelar rapat."), "LABUAN BAJO");
    ck_assert_str_eq(dateline_of("Ambon, 12/6 (Humas) - Pemerintah menggelar rapat."), "Ambon");
    ck_assert_str_eq(dateline_of("KUPANG, humas.kupangkota.go.id \xE2\x80\x93 Pemerintah menggelar rapat."), "KUPANG");
    ck_assert_str_eq(dateline_of("PADANG --Pemerintah Provinsi menggelar rapat."), "PADANG");
    ck_assert_str_eq(dateline_of("JAKARTA: Pemerintah menggelar rapat."), "JAKARTA");
    /* a headline's speaker before the colon, a body's acronym or an office, is no place */
    ck_assert_ptr_null(dateline_of("BPS: Inflasi November 2026 Capai 0,48 Persen"));
    ck_assert_ptr_null(dateline_of("Gubernur: Program Ini Harus Tuntas Tahun Depan"));
    /* the agency's word glued to a long dash (Padang Ekspres: "Painan, Padek—Pengelola"); a road's is none */
    ck_assert_str_eq(dateline_of("Painan, Padek\xE2\x80\x94Pengelola wisata bahari bersiap."), "Painan");
    ck_assert_ptr_null(dateline_of("Jalan Lantora\xE2\x80\x93Kunyi rusak berat sejak banjir."));
    /* a release's "Place, date." closed by a full stop (OJK, Bank Indonesia); a sentence's date is none */
    ck_assert_str_eq(dateline_of("Tegal, 15 Oktober 2026. Otoritas Jasa Keuangan menggelar edukasi."), "Tegal");
    ck_assert_ptr_null(dateline_of("Rapat digelar Senin, 15 Oktober 2026. Warga hadir."));
}
END_TEST

/* Dash shapes copied pages use: "-Word", "PLACE- ", "PLACE-,", "-----",
 * "||", a date with no comma, an abbreviated "Kab.", an outlet's web name
 * before the place or after it. */
START_TEST(dateline_dash_and_outlet_shapes)
{
    ck_assert_str_eq(dateline_of("AMBON -Penjabat Gubernur Maluku memimpin upacara."), "AMBON");
    ck_assert_str_eq(dateline_of("MANOKWARI- Rabu (6/10/2021) Menteri berkunjung."), "MANOKWARI");
    ck_assert_str_eq(dateline_of("MARTAPURA-, Komisi Pemilihan Umum menggelar pleno."), "MARTAPURA");
    ck_assert_str_eq(dateline_of("BANDARLAMPUNG ----- Sekretaris Daerah memimpin upacara."), "BANDARLAMPUNG");
    ck_assert_str_eq(dateline_of("MEDAN || Kepala Kanwil membuka rapat."), "MEDAN");
    ck_assert_str_eq(dateline_of("Kuala Kapuas 13 Januari 2026\xE2\x80\x93 Seluruh hakim hadir."), "Kuala Kapuas");
    ck_assert_str_eq(dateline_of("Kab. Tuban (Humas)\xE2\x80\x94Sebanyak 846 ASN hadir."), "Kab. Tuban");
    ck_assert_str_eq(dateline_of("RAKYATKU.COM, MAKASSAR - Penjabat Gubernur hadir."), "MAKASSAR");
    /* a station's call sign before the regency; not a town before a word that names one elsewhere */
    ck_assert_str_eq(dateline_of("JTV, Trenggalek \xE2\x80\x93 Ratusan petani cengkih panen raya."), "Trenggalek");
    ck_assert_str_eq(dateline_of("WATES, Puncak peringatan Hari Jadi ditutup dengan wayang."), "WATES");
    /* a regency or city and an agency in brackets, no dash; an acronym's
     * definition is none */
    ck_assert_str_eq(dateline_of("Kota Surabaya (Inmas), Rabu (17/11), bertempat di halaman kantor."),
                     "Kota Surabaya");
    ck_assert_str_eq(dateline_of("Kab.Kediri (Inmas) Kepala Kantor Kementerian Agama menjadi inspektur."),
                     "Kab.Kediri");
    ck_assert_ptr_null(dateline_of("Sekretaris Kabupaten (Sekkab) Slamet Kariyono membuka acara."));
    /* an outlet's name with no domain before the place */
    ck_assert_str_eq(dateline_of("BALANGANEWS, BUNTOK \xE2\x80\x93 Polres menggelar apel."), "BUNTOK");
    ck_assert_str_eq(dateline_of("KalbarOnline, Pontianak \xE2\x80\x93 Kakanwil membuka acara."), "Pontianak");
    /* ... of two or three words, an outlet's word first or last; not a place before an agency */
    ck_assert_str_eq(dateline_of("KENDARI POS, WANGGUDU \xE2\x80\x93 Warga pesisir mengeluhkan air sungai."), "WANGGUDU");
    ck_assert_str_eq(dateline_of("RADAR BOGOR, CIBINONG \xE2\x80\x93 Bupati membuka acara."), "CIBINONG");
    ck_assert_str_eq(dateline_of("Labuan Bajo, Humas \xE2\x80\x93 Bupati membuka acara."), "Labuan Bajo");
    ck_assert_str_eq(dateline_of("Surabaya \xE2\x80\x93 Humas, Pengadilan Tinggi Agama mengundang ketua."), "Surabaya");
    ck_assert_str_eq(dateline_of("benuanta.co.id, BULUNGAN \xE2\x80\x93 Dinas Pendidikan menetapkan zonasi."), "BULUNGAN");
    ck_assert_str_eq(dateline_of("www.contohnews.com - Pekanbaru, Hal ini dikatakan Kapolda."), "Pekanbaru");
    /* the outlet's name stands for the place: the lead's words before a comma are none */
    ck_assert_ptr_null(dateline_of("ContohSulsel.id - Sedikitnya 340 warga Kelurahan Tamangapa, Kecamatan Manggala, "
                                   "mengungsi."));
    ck_assert_str_eq(dateline_of("MURATARA MSM.COM \xE2\x80\x93 Pemerintah Desa menyalurkan bantuan."), "MURATARA");
    ck_assert_str_eq(dateline_of("KENDARI-Gubernur Sulawesi Tenggara melantik tiga bupati."), "KENDARI");
    ck_assert_str_eq(dateline_of("TANJUNG SELOR. Pemerintah provinsi menggelar rapat."), "TANJUNG SELOR");
    /* a place in capitals and a comma before the lead in sentence case; a
     * regency or city the gazetteer knows before a full stop */
    ck_assert_str_eq(dateline_of("WATES, Puncak peringatan hari jadi kabupaten ditutup dengan wayang."), "WATES");
    ck_assert_str_eq(dateline_of("contohnews.id \xE2\x80\x93 Batam. Polda menggelar bakti kesehatan."), "Batam");
    ck_assert_ptr_null(dateline_of("LANTIK DUA KETUA PTA, KETUA MAHKAMAH AGUNG INGATKAN PENTINGNYA AMANAH"));
    /* RRI's stations: "KBRN, Place:" */
    ck_assert_str_eq(dateline_of("KBRN, Sumenep: Dinas Kelautan dan Perikanan menyerahkan radio."), "Sumenep");
    ck_assert_str_eq(dateline_of("PROKOPIM KUBU RAYA \xE2\x80\x93 Bupati membuka rapat koordinasi."), "KUBU RAYA");
    ck_assert_str_eq(dateline_of("Contohinfo.com,Makassar--Balai Litbang Agama menggelar peluncuran."), "Makassar");
    ck_assert_str_eq(dateline_of("CONTOHNEWS.CO.ID (PONTIANAK) - Kunjungan ketua umum berlangsung."), "PONTIANAK");
}
END_TEST

/* A site or outlet name where the place would stand is no place; nor is a
 * province's short form with more words ("JABAR MEMAMGGIL"). */
START_TEST(outlet_names_are_no_dateline)
{
    ck_assert_ptr_null(dateline_of("Jatim Newsroom \xE2\x80\x93 Dinas Kominfo menerima kunjungan."));
    ck_assert_ptr_null(dateline_of("KabarKalimantan \xE2\x80\x93 Bupati membuka acara."));
    ck_assert_ptr_null(dateline_of("BALANGANEWS \xE2\x80\x93 Bupati membuka acara."));
    ck_assert_ptr_null(dateline_of("Tubankab \xE2\x80\x93 Bupati membuka acara."));
    ck_assert_ptr_null(dateline_of("GIRISEKARSIDA \xE2\x80\x93 Senin (29/09/2025) Pemerintah Kalurahan menggelar apel."));
    ck_assert_ptr_null(dateline_of("KALBAR SATU ID \xE2\x80\x93 Bupati membuka acara."));
    ck_assert_ptr_null(dateline_of("JABAR MEMAMGGIL- Desa Cibeureum Kulon menjadi tuan rumah peringatan."));
    ck_assert_ptr_null(dateline_of("LUMAJANG TERKINI \xE2\x80\x93 Harga pisang mas kirana melonjak."));
    ck_assert_ptr_null(dateline_of("Jambi Ekspres \xE2\x80\x93 Bupati membuka acara."));
    ck_assert_str_eq(dateline_of("SUMEDANG \xE2\x80\x93 Desa Cibeureum Kulon menjadi tuan rumah."), "SUMEDANG");
    ck_assert_ptr_null(dateline_of("KOMPAS.com \xE2\x80\x93 Wali Kota membuka acara."));
    ck_assert_ptr_null(dateline_of("RAGAM NARASI. ID - , Bupati membuka acara."));
    ck_assert_ptr_null(dateline_of("Ia pergi. Kemudian - ia kembali."));
    ck_assert_ptr_null(dateline_of("pa-contoh.go.id \xE2\x80\x93 Pada Rabu, 13 Desember 2023, Pengadilan Agama menjalin kerja sama."));
    ck_assert_ptr_null(dateline_of("Pelatihan Digital Dibuka, Seminar 1\xE2\x80\x93" "2 September 2025 di aula."));
}
END_TEST

START_TEST(dateline_paragraph_is_kept_as_written)
{
    FINISH("AMBON \xE2\x80\x93 Pemerintah Provinsi Maluku meluncurkan skrining.");
    ck_assert_str_eq(R.rec.dateline, "AMBON");
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, "AMBON \xE2\x80\x93 Pemerintah Provinsi Maluku meluncurkan skrining.");
}
END_TEST

START_TEST(no_dateline_without_a_place)
{
    ck_assert_ptr_null(dateline_of("Jumat, 25 Juli 2025 \xE2\x80\x94 Program pelatihan resmi dibuka."));
    ck_assert_ptr_null(dateline_of("Pemerintah Provinsi Gorontalo resmi meluncurkan program pemutihan."));
    ck_assert_ptr_null(dateline_of("\xE2\x80\x9CKami siap,\xE2\x80\x9D kata Bupati \xE2\x80\x93 yang hadir."));
    ck_assert_ptr_null(dateline_of("Rapat koordinasi: semua OPD hadir."));
    ck_assert_ptr_null(dateline_of("Gubernur Provinsi Nusa Tenggara Timur Baru, kemarin \xE2\x80\x93 resmi dilantik."));
    ck_assert_ptr_null(dateline_of("Kota-kota di NTT mulai berbenah."));
}
END_TEST

START_TEST(dateline_after_a_stray_date_line)
{
    FINISH("Senin, 25 November 2024 - 10:05 WITA", "Lombok Barat \xE2\x80\x93 Distribusi logistik Pilkada berjalan.");
    ck_assert_str_eq(R.rec.dateline, "Lombok Barat");
}
END_TEST

START_TEST(dateline_after_meta_lines_and_the_headline)
{
    /* a CMS's date, tags and poster lines, then the headline repeated,
     * stand before the lead inside the body container */
    R.rec.title = "Disdukcapil Pasaman Barat Jemput Bola Perekaman KTP-el Pemilih Pemula di 12 SMA";
    FINISH("Home Profil Daerah Berita Agenda Download Hubungi Kami", "Selasa, 18 Maret 2025 - 09:15 WIB",
           "Mitigasi Bencana Kesiswaan Spab",
           "Disdukcapil Pasaman Barat Jemput Bola Perekaman KTP-el Pemilih Pemula di 12 SMA",
           "SIMPANG EMPAT \xE2\x80\x93 Dinas Kependudukan dan Pencatatan Sipil Pasaman Barat menggelar perekaman.");
    ck_assert_str_eq(R.rec.dateline, "SIMPANG EMPAT");
}
END_TEST

START_TEST(credit_lines_at_the_end_are_read_and_removed)
{
    FINISH("AMBON \xE2\x80\x93 Paragraf pertama.", "Pewarta: Sarah Latuheru", "Editor : Ronald Pattiasina - Humasprov",
           "(Humas Pemprov Maluku)");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert_uint_eq(R.rec.credits.len, 3);
    assert_credit(0, CREDIT_REPORTER, "Sarah Latuheru");
    assert_credit(1, CREDIT_EDITOR, "Ronald Pattiasina");
    assert_credit(2, CREDIT_AUTHOR, "Humas Pemprov Maluku");
    /* a person's name or an office before the slash: the writer, one credit */
    stage_run_reset(&R);
    FINISH("SAMPIT \xE2\x80\x93 Paragraf pertama.", "(Hardi/beritasampit.co.id)");
    assert_credit(0, CREDIT_AUTHOR, "Hardi/beritasampit.co.id");
    stage_run_reset(&R);
    FINISH("DENPASAR \xE2\x80\x93 Paragraf pertama.", "(Humas/Denpasar)");
    assert_credit(0, CREDIT_AUTHOR, "Humas/Denpasar");
    /* Tribun's "Laporan Wartawan <outlet>, <name>": the reporter, the outlet left out */
    stage_run_reset(&R);
    FINISH("Laporan Wartawan Tribun-Medan.com, Danu Kridolaksono", "LANGKAT \xE2\x80\x93 Paragraf pertama.");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_REPORTER, "Danu Kridolaksono");
    /* a post-meta row's part in an element of its own keeps its separator: " | Editor: X" */
    stage_run_reset(&R);
    FINISH("| Editor: Desy Marlina", "MUARA SABAK \xE2\x80\x93 Paragraf pertama.");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_EDITOR, "Desy Marlina");
    /* "Laporan: X | Editor: Y": the reporter */
    stage_run_reset(&R);
    FINISH("Laporan: Hotman Sipayung | Editor: Rudolf Sitanggang", "HARANGGAOL \xE2\x80\x93 Paragraf pertama.");
    ck_assert_uint_eq(R.rec.credits.len, 2);
    assert_credit(0, CREDIT_REPORTER, "Hotman Sipayung");
    assert_credit(1, CREDIT_EDITOR, "Rudolf Sitanggang");
    /* ... not a report's name in a sentence */
    stage_run_reset(&R);
    FINISH("Laporan Keuangan Pemerintah Daerah disampaikan kepada DPRD pekan lalu.", "Paragraf kedua.");
    ck_assert_uint_eq(R.rec.credits.len, 0);
    /* ... and its contributors': "Laporan Kontributor <outlet>, <name>" */
    stage_run_reset(&R);
    FINISH("Laporan Kontributor POS-KUPANG.COM, Kanisius Jehaut Ngamal", "RUTENG \xE2\x80\x93 Paragraf pertama.");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_REPORTER, "Kanisius Jehaut Ngamal");
}
END_TEST

/* An office's sign-off with a writer's name or initials, a place or a
 * province's acronym after its slash is one author credit, kept whole
 * ("Diskominfo Humbahas/Ranto", "Inmas Sangihe/ST", a Kodim's "Pendim
 * 1609/Bll" with its unit's number, "Humas/NTT"). */
START_TEST(sign_off_writer_after_the_office)
{
    static const struct {
        const char *sign_off, *name;
        credit_role role;
    } CASES[] = {
        {"(Humas/Asriadi)", "Humas/Asriadi", CREDIT_AUTHOR},
        {"(Diskominfo Humbahas/Ranto)", "Diskominfo Humbahas/Ranto", CREDIT_AUTHOR},
        {"(Biro Adpim Kaltara/Sabinus)", "Biro Adpim Kaltara/Sabinus", CREDIT_AUTHOR},
        {"(Inmas Sangihe/ST)", "Inmas Sangihe/ST", CREDIT_AUTHOR},
        {"(DLH Kota Cirebon/Hilda)", "DLH Kota Cirebon/Hilda", CREDIT_AUTHOR},
        {"(Kasi PMD/Lina)", "Kasi PMD/Lina", CREDIT_AUTHOR},
        {"(Humas SMPN 3/Nurul)", "Humas SMPN 3/Nurul", CREDIT_AUTHOR},
        {"(Pendim 1609/Bll)", "Pendim 1609/Bll", CREDIT_AUTHOR},
        {"(Penrem 043/Gatam)", "Penrem 043/Gatam", CREDIT_AUTHOR},
        {"(Humas/NTT)", "Humas/NTT", CREDIT_AUTHOR},
        {"(Diskominfo Touna/ar)", "Diskominfo Touna/ar", CREDIT_AUTHOR},
        {"(Humas Polsek Kaliwungu/ard)", "Humas Polsek Kaliwungu/ard", CREDIT_AUTHOR},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        stage_run_reset(&R);
        FINISH("KUPANG \xE2\x80\x93 Paragraf pertama.", CASES[i].sign_off);
        ck_assert_uint_eq(R.rec.credits.len, 1);
        assert_credit(0, CASES[i].role, CASES[i].name);
    }
}
END_TEST

START_TEST(sign_off_before_other_articles_headlines)
{
    /* the headlines of related articles listed under the body (no label
     * line above them) are passed over to the sign-off */
    FINISH("SIMPANG EMPAT \xE2\x80\x93 Paragraf pertama.",
           "Jadwal perekaman dapat dilihat di akun resmi Disdukcapil. (Kominfo Pasbar/Doni)",
           "Bupati Pasaman Barat Buka Musrenbang RKPD 2026", "Disdukcapil Buka Layanan Adminduk Hari Sabtu selama Ramadan",
           "1.840 Warga Pasaman Barat Aktivasi Identitas Kependudukan Digital");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_AUTHOR, "Kominfo Pasbar/Doni");
}
END_TEST

START_TEST(several_credits_on_one_line)
{
    FINISH("Paragraf pertama.", "Penulis: Aditya Nugraha | Foto: Rini Astuti | Editor: Bambang Sugiarto");
    ck_assert_uint_eq(R.rec.credits.len, 3);
    assert_credit(0, CREDIT_AUTHOR, "Aditya Nugraha");
    assert_credit(1, CREDIT_PHOTOGRAPHER, "Rini Astuti");
    assert_credit(2, CREDIT_EDITOR, "Bambang Sugiarto");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Penulis: Yulia Kristanti Editor: Bagus Wicaksono");
    ck_assert_uint_eq(R.rec.credits.len, 2);
    assert_credit(1, CREDIT_EDITOR, "Bagus Wicaksono");
    /* Republika's reporter and editor */
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Rep: La Ode Muhammad Rustam/ Red: Nur Aini Safitri");
    ck_assert_uint_eq(R.rec.credits.len, 2);
    assert_credit(0, CREDIT_REPORTER, "La Ode Muhammad Rustam");
    assert_credit(1, CREDIT_EDITOR, "Nur Aini Safitri");
    /* Kompas's contributor: label and outlet, the place, then the name */
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Penulis: Kontributor Kompas.com, Gayo Lues, Iwan Setiadi Linge | Editor: Dita Ayu");
    ck_assert_uint_eq(R.rec.credits.len, 2);
    assert_credit(0, CREDIT_AUTHOR, "Iwan Setiadi Linge");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Penulis: Kontributor Kompas.com,Gayo Lues");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    /* ... or the label and the place only */
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Penulis: Kontributor Padang, Fadhilah Rahmadani | Editor: Robertus Wijanarko");
    ck_assert_uint_eq(R.rec.credits.len, 2);
    assert_credit(0, CREDIT_AUTHOR, "Fadhilah Rahmadani");
}
END_TEST

/* A sign-off closing the last paragraph's last sentence, or the one before
 * a stray line; "(Red)", "(ADV)" and a parenthesis inside a sentence are none. */
START_TEST(trailing_sign_offs)
{
    FINISH("Paragraf pertama.", "\"Kita berharap kota makin rapi,\" ujarnya. (JS)");
    assert_credit(0, CREDIT_AUTHOR, "JS");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Gedung diresmikan gubernur. (*/Faqih)", "Dprd");
    assert_credit(0, CREDIT_AUTHOR, "Faqih");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Kebangkitan daerah menuju cemerlang. (Burhan-Tim Redaksi Humas)");
    assert_credit(0, CREDIT_AUTHOR, "Burhan");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Rombongan belajar ke Komisi D.(amin/priyanto)");
    assert_credit(0, CREDIT_AUTHOR, "amin/priyanto");
    stage_run_reset(&R);
    /* an office's sign-off on a line of its own, without brackets */
    FINISH("Paragraf pertama.", "Curah hujan diprakirakan masih tinggi.", "Diskominfo Buol/ifn");
    assert_credit(0, CREDIT_AUTHOR, "Diskominfo Buol/ifn");
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Jalan sudah bisa dilalui.", "Pendim 0912/Kbr");
    assert_credit(0, CREDIT_AUTHOR, "Pendim 0912/Kbr");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Humas Pemkab mengundang warga hadir di alun-alun/lapangan kota.");
    ck_assert_uint_eq(R.rec.credits.len, 0); /* prose with a slash is none */
    stage_run_reset(&R);
    /* initials in lower case before their office's name of more words */
    FINISH("Paragraf pertama.", "Festival ditutup pada November mendatang. (rzk/Diskominfo TD)");
    assert_credit(0, CREDIT_AUTHOR, "rzk/Diskominfo TD");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Tim PA Bantul hadir di sekolah itu. (red/PA Bantul)");
    ck_assert_uint_eq(R.rec.credits.len, 0); /* the newsroom's word */
    stage_run_reset(&R);
    /* an office and its writer's code, kept as written */
    FINISH("Paragraf pertama.", "Muskal menyepakati pembukaan kantong parkir timur. (Pangripta Sambirejo/Wdy)");
    assert_credit(0, CREDIT_AUTHOR, "Pangripta Sambirejo/Wdy");
    stage_run_reset(&R);
    /* initials or a first name in lower case */
    FINISH("Paragraf pertama.", "Operasi berjalan aman dan lancar. (zal)");
    assert_credit(0, CREDIT_AUTHOR, "zal");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Tujuan akan tercapai, ujar Edy. (nurcholis)");
    assert_credit(0, CREDIT_AUTHOR, "nurcholis");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Anggaran segera ditindaklanjuti. (Dinas Kominfo Kota Sorong).");
    assert_credit(0, CREDIT_AUTHOR, "Dinas Kominfo Kota Sorong");
    stage_run_reset(&R);
    /* an office with its place may take more words than a writer's name */
    FINISH("Paragraf pertama.", "Kegiatan turut dihadiri Ketua BPD. (Tim Informasi Desa Lembur Barat)");
    assert_credit(0, CREDIT_AUTHOR, "Tim Informasi Desa Lembur Barat");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Demikian disampaikan Bernadus kepada wartawan. (Kepada Para Warga Desa Sukamaju)");
    ck_assert_uint_eq(R.rec.credits.len, 0);
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "\xE2\x80\x9C" "Benar-benar meriah,\xE2\x80\x9D" " harapnya.(Red)");
    ck_assert_uint_eq(R.rec.credits.len, 0);
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Kegiatan berlangsung tertib di tempat pemungutan suara (TPS).");
    ck_assert_uint_eq(R.rec.credits.len, 0);
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Dana dibagi menjadi dua bagian (empat).");
    ck_assert_uint_eq(R.rec.credits.len, 0);
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Acara ditutup dengan doa bersama. (red)");
    ck_assert_uint_eq(R.rec.credits.len, 0);
}
END_TEST

/* A credit line's later label after a dash: "06:01 WIB - Redaktur: X". */
START_TEST(credit_label_after_a_dash)
{
    FINISH("Paragraf pertama.", "Oleh MC KAB CONTOH, Jumat, 24 Mei 2019 | 06:01 WIB - Redaktur: Eka Yonavita - 999");
    assert_credit(0, CREDIT_AUTHOR, "MC KAB CONTOH");
    assert_credit(1, CREDIT_EDITOR, "Eka Yonavita");
}
END_TEST

/* A photo credit after an agency's mark names the photographer; a
 * "Jurnalis :" byline; a capitalised name ends where prose goes on. */
START_TEST(photographer_after_agency_and_name_before_prose)
{
    FINISH("Paragraf pertama.", "Foto: ANTARA FOTO/Muhammad Bagus Santoso");
    assert_credit(0, CREDIT_PHOTOGRAPHER, "Muhammad Bagus Santoso");
    stage_run_reset(&R);
    FINISH("Nelayan memancing di teluk, Selasa (27/12/2022). (foto: Contohnews.com./Sarah)");
    assert_credit(0, CREDIT_PHOTOGRAPHER, "Sarah");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Jurnalis : Dedi Iskandar baca berita lainnya di google news");
    assert_credit(0, CREDIT_REPORTER, "Dedi Iskandar");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Sumber: Biro Humas Kementerian Komunikasi dan Digital");
    assert_credit(0, CREDIT_SOURCE, "Biro Humas Kementerian Komunikasi dan Digital");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "oleh Hyang Widhi Wasa sehingga masyarakat dapat berkumpul dalam keadaan sehat");
    ck_assert_uint_eq(R.rec.credits.len, 0); /* a wrapped sentence going on, no byline */
}
END_TEST

/* A caption's photo credit with no "Foto:" label, as GOLD.md writes them
 * (an agency's mark after the last sentence, as Antara's pages print it);
 * a date in parentheses is none. */
START_TEST(caption_marks_credit_the_photographer)
{
    static const char *const CAPTIONS[] = {
        "Bupati menyerahkan bantuan kepada warga. (F.AKP/Diskominfo)",
        "Gubernur meninjau lokasi banjir. (ANTARA/HO-Diskominfotik NTB)",
        "Petugas membagikan logistik. (dok. BNPB)",
        "Wali kota memimpin rapat, Rabu (20/11/2024)/Pemkot Contoh",
        "Hardi/KORAN CONTOH - Kepala Dinas Kesehatan Provinsi Contoh.",
        "Suasana rapat dewan pengupahan, Senin (9/12/2024). (TRIBUNJATENG.COM/BAGUS SETYONUGROHO)",
        "Warga menunjukkan sertipikat tanah di balai desa. (F: Humas Kantah Kudus)",
        "Petani menerima bantuan benih dari pemerintah kabupaten. ANTARA/HO-Distanbun Aceh Barat",
        "Warga mengambil air dari sungai yang kian surut. (Liputan6.com/Dimas Ardi Legowo)",
        "Nelayan menerima bantuan mesin tempel di dermaga desa. Waspada.id/Zuhelmi",
        "Petugas memuat obat-obatan ke pesawat di Bandara Nabire. (suarameepago.id/Marthinus Douw Tebai)",
        "Petani menjemur pinang di Lambur Luar. (Jambisatu.id)",
        "Warga mengikuti upacara, Rabu (20/11/2024).",
    };
    /* as written, the agency too (a web address before the name included), and a "dok." mark (GOLD.md:
     * less a leading "Foto:", "F." or "*\/" only) */
    static const char *const NAMES[] = {"AKP/Diskominfo", "ANTARA/HO-Diskominfotik NTB", "dok. BNPB",
                                        "Pemkot Contoh", "Hardi/KORAN CONTOH", "TRIBUNJATENG.COM/BAGUS SETYONUGROHO",
                                        "Humas Kantah Kudus", "ANTARA/HO-Distanbun Aceh Barat",
                                        "Liputan6.com/Dimas Ardi Legowo", /* a digit in a web address */
                                        "Waspada.id/Zuhelmi", /* an outlet's web name as its mark */
                                        "suarameepago.id/Marthinus Douw Tebai", /* in small letters too */
                                        "Jambisatu.id"};                        /* or alone */
    for (size_t i = 0; i < sizeof CAPTIONS / sizeof *CAPTIONS; i++) {
        stage_run_reset(&R);
        VEC_PUSH(R.a, &R.rec.paragraphs, ((rec_paragraph){PARA_CAPTION, CAPTIONS[i], strlen(CAPTIONS[i])}));
        metadata_finish(&R.rec, &R.hints, R.a);
        if (i < sizeof NAMES / sizeof *NAMES)
            assert_credit(0, CREDIT_PHOTOGRAPHER, NAMES[i]);
        else
            ck_assert_uint_eq(R.rec.credits.len, 0);
    }
}
END_TEST

/* "Foto: <caption> (X/detikJabar)": the label heads the photo's caption,
 * whose bracketed mark credits the photographer as written; a name after
 * the label is still the photographer's. */
START_TEST(labelled_caption_credits_its_mark)
{
    FINISH("Paragraf pertama.", "Foto: Kondisi jembatan gantung yang putus di Desa Sirnarasa, Cikakak. (Deden "
                                "Rustandi Suhendrik/detikJabar)");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_PHOTOGRAPHER, "Deden Rustandi Suhendrik/detikJabar");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "Foto: Yohanes Bria");
    assert_credit(0, CREDIT_PHOTOGRAPHER, "Yohanes Bria");
}
END_TEST

START_TEST(sign_offs)
{
    FINISH("Paragraf pertama.", "(Hmsprov : Rahmat Labolo)", "Sumber: Biro Administrasi Pimpinan Setdaprov Sulteng");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert_uint_eq(R.rec.credits.len, 2);
    assert_credit(0, CREDIT_SOURCE, "Biro Administrasi Pimpinan Setdaprov Sulteng");
    assert_credit(1, CREDIT_AUTHOR, "Rahmat Labolo");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "(Humas/Denpasar)");
    assert_credit(0, CREDIT_AUTHOR, "Humas/Denpasar");
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "(Humas Tubaba/Yn)");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_AUTHOR, "Humas Tubaba/Yn");
}
END_TEST

/* A sign-off of initials or a writer's code is the writer's ("(dns)",
 * "(ryn/mtr)", "(JS)", "(S-16)", less a leading "*\/"); one that names an
 * office and no writer is the office's byline, an author too. */
START_TEST(sign_off_codes_are_the_writers)
{
    static const struct {
        const char *sign_off, *name;
        credit_role role;
    } CASES[] = {
        {"(dns)", "dns", CREDIT_AUTHOR},
        {"(ryn/mtr)", "ryn/mtr", CREDIT_AUTHOR},
        {"(JS)", "JS", CREDIT_AUTHOR},
        {"(*/mls)", "mls", CREDIT_AUTHOR},
        {"(S-16)", "S-16", CREDIT_AUTHOR},
        {"(tr-02/GP)", "tr-02/GP", CREDIT_AUTHOR},
        {"(Humas Setda SBB)", "Humas Setda SBB", CREDIT_AUTHOR},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        stage_run_reset(&R);
        FINISH("KUPANG \xE2\x80\x93 Paragraf pertama.", CASES[i].sign_off);
        ck_assert_uint_eq(R.rec.credits.len, 1);
        assert_credit(0, CASES[i].role, CASES[i].name);
    }
    /* closing the last paragraph; a date in brackets is none */
    stage_run_reset(&R);
    FINISH("KUPANG \xE2\x80\x93 Paragraf pertama.", "\xE2\x80\x9CKami siap,\xE2\x80\x9D tandasnya. (S-16)");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_AUTHOR, "S-16");
    /* ... and so do Jawa Pos's codes of interns and desks, a digit after small letters */
    stage_run_reset(&R);
    FINISH("MADIUN \xE2\x80\x93 Paragraf pertama.", "Audiensi lanjutan digelar Kamis. (mg2/her/c1)");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_AUTHOR, "mg2/her/c1");
    /* ... or two digits (Kaltim Post's desks) */
    stage_run_reset(&R);
    FINISH("SENDAWAR \xE2\x80\x93 Paragraf pertama.", "Pemkab sudah menyurati BBPJN agar perbaikan dipercepat. (ndy/k16)");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_AUTHOR, "ndy/k16");
    /* ... and an office's number before the slash */
    stage_run_reset(&R);
    FINISH("KOLAKA \xE2\x80\x93 Paragraf pertama.", "Koramil Wolo akan menambah dua Babinsa. (Pendim 1412/Kla)");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_AUTHOR, "Pendim 1412/Kla");
    stage_run_reset(&R);
    FINISH("KUPANG \xE2\x80\x93 Paragraf pertama.", "Rapat digelar kemarin. (2/11)");
    ck_assert_uint_eq(R.rec.credits.len, 0);
}
END_TEST

/* A summary the page shows above the lead is passed over for the lead's
 * dateline; a paragraph of the body's length is not. */
START_TEST(dateline_under_a_summary)
{
    FINISH("Ratusan kendaraan tertahan di kedua sisi genangan. BPBD meminta pengendara menunda perjalanan.",
           "WANGGUDU \xE2\x80\x93 Banjir luapan Sungai Lasolo kembali memutus akses jalan nasional.");
    ck_assert_str_eq(R.rec.dateline, "WANGGUDU");
    stage_run_reset(&R);
    FINISH("Pemerintah kabupaten menggelar rapat koordinasi penanganan banjir bersama seluruh camat, kepala desa, "
           "relawan, dan unsur TNI serta Polri di aula kantor bupati untuk membahas langkah darurat selama musim hujan "
           "tahun ini.",
           "KUPANG \xE2\x80\x93 Paragraf kedua.");
    ck_assert_ptr_null(R.rec.dateline);
}
END_TEST

/* "Reporter - X": a spaced dash after a credit's label stands for its
 * colon. */
START_TEST(credit_label_with_a_dash)
{
    FINISH("Reporter - Robertus Sengkuang", "SAJINGAN BESAR \xE2\x80\x93 Paragraf pertama.",
           "Penulis \xE2\x80\x93 Budi Santoso");
    ck_assert_uint_eq(R.rec.credits.len, 2);
    assert_credit(0, CREDIT_REPORTER, "Robertus Sengkuang");
    assert_credit(1, CREDIT_AUTHOR, "Budi Santoso");
}
END_TEST

/* A newsroom's word alone credits no one ("(Red)"); with a name it is that
 * newsroom's credit ("Editor: Tim Redaksi", "Oleh Redaksi FKUB"), and a
 * writer before it after a hyphen is the credit ("(Burhan-Tim Redaksi
 * Humas)"). */
START_TEST(newsroom_named_or_alone)
{
    FINISH("Paragraf pertama.", "Editor: Tim Redaksi", "(Red)");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_EDITOR, "Tim Redaksi");
    stage_run_reset(&R);
    FINISH("Paragraf pertama berakhir di sini. (Burhan-Tim Redaksi Humas)");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "Burhan");
    /* an office's code in small letters with its hyphen is one sign-off */
    stage_run_reset(&R);
    FINISH("Paragraf pertama berakhir di sini. (ppn-tual)");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "ppn-tual");
}
END_TEST

/* A headline's trailing emoji is decoration ("... Lewat Ferizy 🚢"); one
 * inside it stays. */
START_TEST(trailing_emoji_leaves_the_title)
{
    R.rec.title = "Jelang Nataru, Tiket Hanya Lewat Ferizy \xF0\x9F\x9A\xA2\xEF\xB8\x8F";
    FINISH("Paragraf pertama.");
    ck_assert_str_eq(R.rec.title, "Jelang Nataru, Tiket Hanya Lewat Ferizy");
    stage_run_reset(&R);
    R.rec.title = "Festival \xE2\x98\x95 Kopi Gayo Dibuka";
    FINISH("Paragraf pertama.");
    ck_assert_str_eq(R.rec.title, "Festival \xE2\x98\x95 Kopi Gayo Dibuka");
}
END_TEST

/* One label for the words and the photos ("Teks & Foto: X", "Naskah dan
 * Foto: X"): an author's and a photographer's credit. */
START_TEST(words_and_photos_label)
{
    FINISH("Paragraf pertama.", "Teks & Foto: Tim Dokumentasi TBY");
    ck_assert_uint_eq(R.rec.credits.len, 2);
    assert_credit(0, CREDIT_AUTHOR, "Tim Dokumentasi TBY");
    assert_credit(1, CREDIT_PHOTOGRAPHER, "Tim Dokumentasi TBY");
}
END_TEST

/* A site's own CMS account (a login word glued to the site's name,
 * "adminnagekeo", "admin_dinkop") credits no one; a sign-off in small
 * letters still does. */
START_TEST(site_account_credits_no_one)
{
    FINISH("Paragraf pertama.", "Penulis: adminnagekeo", "(ags/bumdes)");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    ck_assert_str_eq(R.rec.credits.items[0].name, "ags/bumdes");
}
END_TEST

START_TEST(parenthesised_paragraph_inside_the_body_stays)
{
    FINISH("Paragraf pertama.", "(Bersambung ke halaman dua)", "Paragraf terakhir.");
    ck_assert_uint_eq(R.rec.paragraphs.len, 3);
    ck_assert_uint_eq(R.rec.credits.len, 0);
}
END_TEST

START_TEST(label_alone_takes_the_next_line)
{
    FINISH("Paragraf pertama.", "Penulis:", "Biro Humas Kementerian Komunikasi dan Digital");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    assert_credit(0, CREDIT_AUTHOR, "Biro Humas Kementerian Komunikasi dan Digital");
}
END_TEST

START_TEST(bylines_written_out)
{
    FINISH("Paragraf pertama.", "Ditulis oleh Komang Ayu Lestari", "oleh Yoga Pratama",
           "oleh Yohana Lubantobing - Jumat, 17 Oktober 2025, 14:05");
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    assert_credit(0, CREDIT_AUTHOR, "Komang Ayu Lestari");
    assert_credit(1, CREDIT_AUTHOR, "Yoga Pratama");
    assert_credit(2, CREDIT_AUTHOR, "Yohana Lubantobing"); /* Moodle's byline and date */
}
END_TEST

START_TEST(prose_opening_like_a_byline_stays)
{
    FINISH("Oleh karena itu, warga diminta waspada.", "Sumber: data BPS 2024 menunjukkan kenaikan harga beras di "
                                                      "seluruh pasar tradisional kabupaten.");
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_uint_eq(R.rec.credits.len, 0);
}
END_TEST

/* A caption's "Foto:" credit is written as it stands, the outlet or office
 * and the photographer either side of its slash (GOLD.md; "Foto: Kabar
 * Bengkalis/Dedi"), less an agency's photo mark ("ANTARA FOTO/X"). */
START_TEST(photo_credit_in_captions)
{
    static const char *const PARAS[] = {"Gubernur meninjau samsat. (Foto: Ikbal Mohamad \xE2\x80\x93 Humas Pemprov)",
                                        "Suasana rapat di aula. Foto: Agus Wahyuni/Humas",
                                        "Warga memasang karung pasir. (Foto: Kabar Bengkalis/Dedi)",
                                        "Petani menjemur padi. Foto: ANTARA FOTO/Muhammad Bagus",
                                        "Petugas memeriksa emisi, Senin (2/11/2026) (Foto: Humas DLH/Rendra).",
                                        "Paragraf pertama."};
    stage_run_paragraphs(&R, PARAS, 6);
    R.rec.paragraphs.items[0].kind = PARA_CAPTION;
    R.rec.paragraphs.items[4].kind = PARA_CAPTION;
    metadata_finish(&R.rec, &R.hints, R.a);
    ck_assert_uint_eq(R.rec.paragraphs.len, 6);
    ck_assert_uint_eq(R.rec.credits.len, 5);
    assert_credit(4, CREDIT_PHOTOGRAPHER, "Humas DLH/Rendra"); /* a full stop after its bracket */
    assert_credit(0, CREDIT_PHOTOGRAPHER, "Ikbal Mohamad");
    assert_credit(1, CREDIT_PHOTOGRAPHER, "Agus Wahyuni/Humas");
    assert_credit(2, CREDIT_PHOTOGRAPHER, "Kabar Bengkalis/Dedi");
    assert_credit(3, CREDIT_PHOTOGRAPHER, "Muhammad Bagus");
}
END_TEST

START_TEST(image_file_names_are_no_photographer)
{
    FINISH("Foto: WhatsApp Image 2025-06-12 at 10.15.32", "Paragraf pertama.");
    ck_assert_uint_eq(R.rec.credits.len, 0);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
}
END_TEST

/* A television newsroom's camera credit is a photographer's; a video
 * player's button after the credit line is no one's byline. */
START_TEST(camera_credit_and_player_button)
{
    FINISH("Reporter: Putu Gede Arya Wibawa | Kamerawan: Komang Juliarta Yasa", "\xE2\x96\xB6 Putar Video",
           "Paragraf pertama.");
    ck_assert_uint_eq(R.rec.credits.len, 2);
    assert_credit(0, CREDIT_REPORTER, "Putu Gede Arya Wibawa");
    assert_credit(1, CREDIT_PHOTOGRAPHER, "Komang Juliarta Yasa");
}
END_TEST

/* A link's arrow after the name ("... Humas DPRD Maluku →") is no part of it. */
START_TEST(arrow_after_a_credit)
{
    FINISH("Penulis: Humas DPRD Maluku \xE2\x86\x92", "Paragraf pertama.");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_AUTHOR, "Humas DPRD Maluku");
}
END_TEST

START_TEST(cms_logins_and_press_contacts_are_no_credits)
{
    FINISH("Paragraf pertama.", "Penulis: Admin Diskominfo", "Oleh: Super Admin", "Narahubung: Yuliana Kartikasari",
           "Kontak Media: Budi", "Foto: Istimewa", "Oleh Admin", "Ditulis oleh Super User");
    ck_assert_uint_eq(R.rec.credits.len, 0);
    ck_assert_uint_eq(R.rec.paragraphs.len, 3); /* the contacts stay as written */
    /* a poster's login in small letters, no colon ("by humas ·", Drupal's "Submitted by humas on"); a
     * labelled code stays a credit */
    stage_run_reset(&R);
    FINISH("Paragraf pertama.", "by humas \xC2\xB7 November 18, 2026", "Submitted by humas on Tue, 12/01/2026 - 10:24",
           "Oleh mc", "Editor: rey");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_EDITOR, "rey");
}
END_TEST

START_TEST(hint_credit_lines)
{
    static const char *const LINES[] = {"Oleh: Ahmad Rifani", "Editor", "Safrina Yusuf",
                                        "Dikirim oleh Fitri Ramadhani pada Sen, 05/06/2023 - 16:20",
                                        "Baiq Yuliana Safitri \xC2\xB7 Senin",
                                        "Oleh: Rudi Hartono Jumat, 14 Maret 2025 3 menit baca",
                                        "Ditulis oleh Humas Bawaslu OKI dalam Berita",
                                        /* an office's "di" and city are its own; a category after "di" is not */
                                        "Penulis: Tim Infokom Balai POM di Palangka Raya",
                                        "Ditulis oleh Diskominfo Kapuas di Berita Daerah"};
    for (size_t i = 0; i < 9; i++)
        VEC_PUSH(R.a, &R.hints.credit_lines, LINES[i]);
    FINISH("Paragraf pertama.");
    ck_assert_uint_eq(R.rec.credits.len, 7);
    assert_credit(0, CREDIT_AUTHOR, "Ahmad Rifani");
    assert_credit(1, CREDIT_EDITOR, "Safrina Yusuf");
    assert_credit(2, CREDIT_AUTHOR, "Fitri Ramadhani");
    assert_credit(3, CREDIT_AUTHOR, "Rudi Hartono");
    assert_credit(4, CREDIT_AUTHOR, "Humas Bawaslu OKI");
    assert_credit(5, CREDIT_AUTHOR, "Tim Infokom Balai POM di Palangka Raya");
    assert_credit(6, CREDIT_AUTHOR, "Diskominfo Kapuas");
}
END_TEST

/* A byline that is the outlet the lead's dateline names is no one's credit;
 * an office there is the byline's author. */
START_TEST(outlet_byline_is_no_credit)
{
    VEC_PUSH(R.a, &R.hints.credit_lines, "Oleh: CNN Indonesia");
    FINISH("Barabai, CNN Indonesia -- Sebanyak 87 siswa diduga keracunan.", "(kid/sfr)");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_AUTHOR, "kid/sfr");
    stage_run_reset(&R);
    VEC_PUSH(R.a, &R.hints.credit_lines, "Oleh: Diskominfo Wajo");
    FINISH("Sengkang, Diskominfo Wajo \xE2\x80\x93 Dekranasda menggelar pameran tenun.");
    ck_assert_uint_eq(R.rec.credits.len, 1);
    assert_credit(0, CREDIT_AUTHOR, "Diskominfo Wajo");
}
END_TEST

START_TEST(reader_credits_are_tidied_and_deduplicated)
{
    VEC_PUSH(R.a, &R.rec.credits, ((rec_credit){.role = CREDIT_AUTHOR, .name = "Paskalis Tabuni \xC2\xB7"}));
    VEC_PUSH(R.a, &R.rec.credits, ((rec_credit){.role = CREDIT_AUTHOR, .name = "Admin Diskominfo"}));
    FINISH("Paragraf pertama.", "Penulis: Paskalis Tabuni", "Editor: Paskalis Tabuni");
    ck_assert_uint_eq(R.rec.credits.len, 2);
    assert_credit(0, CREDIT_AUTHOR, "Paskalis Tabuni");
    assert_credit(1, CREDIT_EDITOR, "Paskalis Tabuni");
}
END_TEST

START_TEST(labels_are_normalised)
{
    /* (a year's archive link among the tags is none: "2025"; nor a category
     * widget's entry with its count: "Berita (84)"; nor a CMS's default
     * category or section: "Uncategorized", "Posts") */
    /* (and a tag's slug beside its name is that tag: "smart-city", "smart city") */
    static const char *const LABELS[] = {" #Kesehatan ", "kesehatan", "Provinsi NTT", "#", "",
                                         "\xC3\x89KONOMI", " 2025 ", "Berita (84)", "Uncategorized", "Posts",
                                         "smart-city", "Smart City", "covid-19"};
    for (size_t i = 0; i < 13; i++)
        VEC_PUSH(R.a, &R.rec.labels, LABELS[i]);
    FINISH("Paragraf pertama.");
    ck_assert_uint_eq(R.rec.labels.len, 5);
    ck_assert_str_eq(R.rec.labels.items[0], "kesehatan");
    ck_assert_str_eq(R.rec.labels.items[1], "provinsi ntt");
    ck_assert_str_eq(R.rec.labels.items[2], "\xC3\xA9konomi");
    ck_assert_str_eq(R.rec.labels.items[3], "smart city");
    ck_assert_str_eq(R.rec.labels.items[4], "covid-19");
}
END_TEST

START_TEST(page_labels)
{
    page_label lab;
    /* Jetpack's related posts, whose teasers' dates are theirs */
    ck_assert(page_label_read("Related", 7, &lab));
    ck_assert_int_eq(lab.kind, PAGE_END);
    ck_assert(page_label_read("Keterangan foto: X", 18, &lab));
    ck_assert_int_eq(lab.kind, PAGE_CAPTION);
    ck_assert_uint_eq(lab.value, 17);
    ck_assert(page_label_read("Penulis : X", 11, &lab));
    ck_assert_int_eq(lab.kind, PAGE_AUTHOR);
    ck_assert(lab.colon);
    ck_assert(page_label_read("Berita Terkait", 14, &lab));
    ck_assert_int_eq(lab.kind, PAGE_END);
    ck_assert(!page_label_read("Penulis buku itu hadir", 22, &lab)); /* needs its colon */
    ck_assert(!page_label_read("Tagihan listrik naik", 20, &lab));
}
END_TEST

/* A label line's value ends where its other fields begin. */
START_TEST(label_value_ends_at_other_fields)
{
    static const struct {
        const char *value;
        size_t labels;
    } CASES[] = {
        {"Pemerintahan - Dibaca: 347 kali", 13},
        {"Pemerintahan Minggu, 15 Desember 2019 - Oleh mc", 13},
        {"Ekonomi, Pemerintahan | 12 Views", 22},
        {"Kesehatan, Covid-19", 19},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++)
        ck_assert_uint_eq(page_labels_end(CASES[i].value, strlen(CASES[i].value)), CASES[i].labels);
}
END_TEST

/* Many label-like and parenthesised paragraphs stay linear. */
START_TEST(hostile_paragraphs_stay_linear)
{
    enum { N = 100000 };
    static const char *const KINDS[] = {"(Humas)", "Editor", "Foto: (", "Penulis: A | B | C | D", "x. Foto: Y"};
    for (size_t i = 0; i < N; i++) {
        const char *p = KINDS[i % 5];
        VEC_PUSH(R.a, &R.rec.paragraphs, ((rec_paragraph){PARA_BODY, p, strlen(p)}));
        VEC_PUSH(R.a, &R.rec.labels, p);
        VEC_PUSH(R.a, &R.hints.credit_lines, p);
    }
    metadata_finish(&R.rec, &R.hints, R.a);
    ck_assert_uint_le(R.rec.credits.len, 64);
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("metadata");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, paragraphs_are_kept);
    tcase_add_test(tc, dateline_shapes);
    tcase_add_test(tc, dateline_after_the_site_name);
    tcase_add_test(tc, trailing_sign_offs);
    tcase_add_test(tc, caption_marks_credit_the_photographer);
    tcase_add_test(tc, photographer_after_agency_and_name_before_prose);
    tcase_add_test(tc, credit_label_after_a_dash);
    tcase_add_test(tc, dateline_dash_and_outlet_shapes);
    tcase_add_test(tc, outlet_names_are_no_dateline);
    tcase_add_test(tc, dateline_paragraph_is_kept_as_written);
    tcase_add_test(tc, no_dateline_without_a_place);
    tcase_add_test(tc, dateline_after_a_stray_date_line);
    tcase_add_test(tc, dateline_after_meta_lines_and_the_headline);
    tcase_add_test(tc, credit_lines_at_the_end_are_read_and_removed);
    tcase_add_test(tc, sign_off_writer_after_the_office);
    tcase_add_test(tc, sign_off_before_other_articles_headlines);
    tcase_add_test(tc, several_credits_on_one_line);
    tcase_add_test(tc, sign_offs);
    tcase_add_test(tc, sign_off_codes_are_the_writers);
    tcase_add_test(tc, dateline_under_a_summary);
    tcase_add_test(tc, credit_label_with_a_dash);
    tcase_add_test(tc, site_account_credits_no_one);
    tcase_add_test(tc, words_and_photos_label);
    tcase_add_test(tc, trailing_emoji_leaves_the_title);
    tcase_add_test(tc, newsroom_named_or_alone);
    tcase_add_test(tc, labelled_caption_credits_its_mark);
    tcase_add_test(tc, parenthesised_paragraph_inside_the_body_stays);
    tcase_add_test(tc, label_alone_takes_the_next_line);
    tcase_add_test(tc, bylines_written_out);
    tcase_add_test(tc, prose_opening_like_a_byline_stays);
    tcase_add_test(tc, photo_credit_in_captions);
    tcase_add_test(tc, image_file_names_are_no_photographer);
    tcase_add_test(tc, cms_logins_and_press_contacts_are_no_credits);
    tcase_add_test(tc, camera_credit_and_player_button);
    tcase_add_test(tc, arrow_after_a_credit);
    tcase_add_test(tc, hint_credit_lines);
    tcase_add_test(tc, outlet_byline_is_no_credit);
    tcase_add_test(tc, reader_credits_are_tidied_and_deduplicated);
    tcase_add_test(tc, labels_are_normalised);
    tcase_add_test(tc, page_labels);
    tcase_add_test(tc, label_value_ends_at_other_fields);
    tcase_add_test(tc, hostile_paragraphs_stay_linear);
    suite_add_tcase(s, tc);
    return s;
}
