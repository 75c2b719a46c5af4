#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "quotes.h"
#include "segment.h"
#include "runner.h"
#include "stage_helpers.h"

/* Quotation marks, as UTF-8. */
#define LDQ "\xE2\x80\x9C"
#define RDQ "\xE2\x80\x9D"
#define LSQ "\xE2\x80\x98"
#define RSQ "\xE2\x80\x99"
#define LOWQ "\xE2\x80\x9E"
#define LGQ "\xC2\xAB"
#define RGQ "\xC2\xBB"

static stage_run R;
static speech_events EV;
static arena *WORK; /* the events' */
static void setup(void)
{
    stage_run_reset(&R);
    WORK = arena_new();
}
static void teardown(void)
{
    stage_run_free(&R);
    arena_free(WORK);
}

static void extract(const char *const *paras, size_t n)
{
    stage_run_paragraphs(&R, paras, n);
    EV = quotes_extract(&R.rec, 100, R.a, WORK);
}

static const rec_quote *quote(size_t i)
{
    ck_assert_uint_gt(R.rec.quotes.len, i);
    return &R.rec.quotes.items[i];
}

/* The mention quote i names its source by, or NULL. */
static const char *mention_of(size_t i)
{
    for (size_t e = 0; e < EV.len; e++)
        if (EV.items[e].quote == (long)i)
            return EV.items[e].mention;
    return NULL;
}

static source_kind source_of_quote(size_t i)
{
    for (size_t e = 0; e < EV.len; e++)
        if (EV.items[e].quote == (long)i)
            return EV.items[e].source;
    return SOURCE_NONE;
}

/* The mention of the n-th sentence-subject event (no quote), or NULL. */
static const char *subject_mention(size_t n)
{
    for (size_t e = 0; e < EV.len; e++)
        if (EV.items[e].quote < 0 && n-- == 0)
            return EV.items[e].mention;
    return NULL;
}

START_TEST(curly_quote_with_cue_after)
{
    static const char *const P[] = {LDQ "Kami siap membantu warga," RDQ " ujar Budi Santoso."};
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_int_eq(quote(0)->kind, QUOTE_DIRECT);
    ck_assert_str_eq(quote(0)->text, "Kami siap membantu warga");
    ck_assert_str_eq(quote(0)->cue, "ujar");
    ck_assert_str_eq(mention_of(0), "Budi Santoso");
    ck_assert_str_eq(P[0] + quote(0)->start, "Kami siap membantu warga," RDQ " ujar Budi Santoso.");
}
END_TEST

START_TEST(closing_mark_used_to_open)
{
    static const char *const P[] = {RDQ "Kami siap membantu warga," RDQ " katanya."};
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "Kami siap membantu warga");
    ck_assert_int_eq(source_of_quote(0), SOURCE_PRONOUN);
}
END_TEST

START_TEST(straight_low_and_guillemet_marks)
{
    static const char *const P[] = {
        "\"Harga beras masih stabil,\" kata Ani.",
        LOWQ "Stok kami cukup sampai Lebaran," LDQ " ucap Ani.",
        LGQ "Kami akan terus memantau pasar" RGQ ", tutur Ani.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(quote(0)->text, "Harga beras masih stabil");
    ck_assert_str_eq(quote(1)->text, "Stok kami cukup sampai Lebaran");
    ck_assert_str_eq(quote(2)->text, "Kami akan terus memantau pasar");
}
END_TEST

/* A term quoted with the same marks inside a quote stays inside it; a
 * fresh opening mark whose text runs on to its own tag is no term. */
START_TEST(inner_term_in_same_marks)
{
    static const char *const P[] = {
        LDQ "Kalau tindakan itu tidak " LDQ "kebangatan" RDQ ", dia tidak akan saya tegur," RDQ " ujar Rusli.",
        LDQ "Kami siap bekerja untuk rakyat. " LDQ "Program berikutnya dimulai besok," RDQ " kata Rusli.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "Kalau tindakan itu tidak " LDQ "kebangatan" RDQ ", dia tidak akan saya tegur");
    ck_assert_str_eq(quote(1)->text, "Kami siap bekerja untuk rakyat. " LDQ "Program berikutnya dimulai besok");
}
END_TEST

/* A quote that ends on a comma is followed by its tag: a verb no list
 * holds (misspelt "ungap", or "-nya" on one) and a name that ends the
 * sentence still cue it; a function word there ("yang") does not. */
START_TEST(tag_with_unlisted_verb)
{
    static const char *const P[] = {
        LDQ "Kini Pengadilan Agama tidak hanya melayani masalah perceraian," RDQ " ungap Sofia Nur.",
        LDQ "Kami akan memperluas kerja sama ini ke bidang lain," RDQ " semburnya.",
        LDQ "Bersih Desa," RDQ " yang digelar di aula itu diikuti seratus warga.",
        LDQ "Harga cabai naik karena hujan terus turun sejak bulan lalu," RDQ " ungap Wartini saat ditemui.",
        /* the stems news writes that the cue list now holds too */
        LDQ "Harga cabai naik lagi." RDQ " keluh Wartini.",
        LDQ "Saya hanya bercanda soal itu," RDQ " kelakar Wartini saat ditemui.",
    };
    extract(P, 6);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(quote(0)->cue, "ungap");
    ck_assert_str_eq(mention_of(0), "Sofia Nur");
    ck_assert_str_eq(quote(1)->cue, "semburnya");
    ck_assert_int_eq(source_of_quote(1), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(2)->cue, "keluh");
    ck_assert_str_eq(quote(3)->cue, "kelakar");
    ck_assert_str_eq(mention_of(3), "Wartini");
}
END_TEST

/* A quantifier before a figure opens the reported clause as an adverb
 * does: its subject and predicate follow. */
START_TEST(quantifier_opens_the_clause)
{
    static const char *const P[] = {
        "Dia menyebut sedikitnya 46 kabupaten dan kota belum menyampaikan usulan ke kementerian.",
        "Ridwan mengungkapkan sedikitnya delapan lini produksi di Sulawesi Tengah berhenti beroperasi.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "sedikitnya 46 kabupaten dan kota belum menyampaikan usulan ke kementerian");
    ck_assert_int_eq(quote(1)->kind, QUOTE_INDIRECT);
}
END_TEST

/* An epithet a demonstrative closes as a cue's source inside the sentence
 * ("Keduanya, kata perwira menengah Polri itu, mengaku ...") is read whole
 * and points back, a longer one too ("kata legislator asal daerah
 * pemilihan Pohuwato-Boalemo itu"), one opened by a word for a person
 * ("pria yang akrab disapa Afong itu", "perempuan berusia 38 tahun itu");
 * a comma further than a name's aside without one ends no mention. */
START_TEST(inside_cue_epithet)
{
    static const char *const P[] = {
        "Keduanya, kata perwira menengah Polri itu, mengaku hanya diupah Rp 25 juta untuk membawa truk.",
        "Pemprov, kata legislator asal daerah pemilihan Pohuwato-Boalemo itu, perlu menggandeng BUMD.",
        "Usulan itu, lanjut Hasanudin baru akan dibahas pekan depan, sehingga warga diminta bersabar.",
        "Sebagian anggota kelompoknya, kata pria yang akrab disapa Afong itu, sudah dua kali menyulam padi.",
        "Saat ini, menurut perempuan berusia 38 tahun itu, kader hanya menerima Rp 150 ribu per bulan.",
    };
    extract(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 5);
    ck_assert_str_eq(mention_of(2), "Hasanudin");
    ck_assert_str_eq(mention_of(3), "pria"); /* its relative clause closed by "itu": the event's nickname */
    ck_assert_str_eq(mention_of(4), "perempuan berusia 38 tahun");
    ck_assert_str_eq(mention_of(0), "perwira menengah Polri");
    ck_assert_str_eq(mention_of(1), "legislator asal daerah pemilihan Pohuwato-Boalemo");
    size_t demonstrative = 0;
    for (size_t e = 0; e < EV.len; e++)
        demonstrative += EV.items[e].quote >= 0 && EV.items[e].demonstrative;
    ck_assert_uint_eq(demonstrative, 4);
}
END_TEST

/* An aside between long dashes after the subject ("Yusuf — yang juga
 * meneliti rantai pasok pangan — menilai ...") leaves the subject its own. */
START_TEST(dash_aside_before_the_cue)
{
    static const char *const P[] = {
        "Ekonom CORE Indonesia, Yusuf Mertodipuro \xE2\x80\x94 yang juga meneliti rantai pasok pangan \xE2\x80\x94 "
        "menilai pemerintah terlambat membaca pola musiman harga beras.",
    };
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(mention_of(0), "Ekonom CORE Indonesia, Yusuf Mertodipuro");
}
END_TEST

START_TEST(single_marks_alone_and_nested)
{
    static const char *const P[] = {
        LSQ "Terima kasih atas bantuan kapalnya," RSQ " ucap Yusuf.",
        LDQ "Warga jangan hanya hafal istilah " LSQ "zona merah" RSQ " saja," RDQ " ujar Yusuf.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "Terima kasih atas bantuan kapalnya");
    ck_assert_str_eq(quote(1)->text, "Warga jangan hanya hafal istilah " LSQ "zona merah" RSQ " saja");
}
END_TEST

START_TEST(slips_around_the_cue)
{
    static const char *const P[] = {
        LDQ "Anak-anak sangat antusias menyambut Ramadan," RDQ "ujar Syarkawi.",
        LDQ "Jadwal penyuluh sudah kami bagi ke setiap KUA" RDQ ". tegasnya.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(mention_of(0), "Syarkawi");
    ck_assert_str_eq(quote(1)->text, "Jadwal penyuluh sudah kami bagi ke setiap KUA");
    ck_assert_str_eq(quote(1)->cue, "tegasnya");
}
END_TEST

START_TEST(long_quote_continues_in_next_paragraph)
{
    static const char *const P[] = {
        LDQ "Kami sudah memetakan semua desa lokus.",
        LDQ "Tahun ini ada 25 desa baru yang akan didampingi," RDQ " kata Maria.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text,
                     "Kami sudah memetakan semua desa lokus. Tahun ini ada 25 desa baru yang akan didampingi");
    ck_assert_uint_eq(quote(0)->paragraph, 0);
    ck_assert_uint_eq(quote(0)->start, strlen(LDQ));
    /* It ends in the second paragraph, before its comma. */
    ck_assert_uint_eq(quote(0)->end_paragraph, 1);
    ck_assert_uint_eq(quote(0)->end, strlen(LDQ "Tahun ini ada 25 desa baru yang akan didampingi"));
    ck_assert_str_eq(mention_of(0), "Maria");
}
END_TEST

START_TEST(line_break_inside_a_quote)
{
    static const char *const P[] = {
        LDQ "Kami sudah sepakat dengan banjar soal ternak.",
        "Jadi warga tidak bolak-balik ke zona bahaya," RDQ " ujarnya.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text,
                     "Kami sudah sepakat dengan banjar soal ternak. Jadi warga tidak bolak-balik ke zona bahaya");
}
END_TEST

START_TEST(missing_closing_mark_ends_at_paragraph)
{
    static const char *const P[] = {
        LDQ "Kita sudah menandai anggaran di 14 OPD agar bisa dilacak.",
        "Rapat itu dihadiri 40 peserta dari seluruh kecamatan.",
        LDQ "Semua desa wajib melapor," RDQ " kata Reflinaldi.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "Kita sudah menandai anggaran di 14 OPD agar bisa dilacak");
    ck_assert_str_eq(quote(1)->text, "Semua desa wajib melapor");
}
END_TEST

START_TEST(scare_quotes_are_not_speech)
{
    static const char *const P[] = {
        "Program " LDQ "Smart Digital Leadership" RDQ " dirancang untuk pejabat tinggi pratama.",
        "Poster berisi ajakan " LDQ "Ramadan Damai, Banjar Berkah" RDQ " dipasang di masjid.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 0);
}
END_TEST

START_TEST(uncued_sentence_quote_is_speech)
{
    static const char *const P[] = {LDQ "Kami ingin wisatawan menikmati budaya Manggarai." RDQ};
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_int_eq(source_of_quote(0), SOURCE_NONE);
}
END_TEST

START_TEST(cue_before_the_quote)
{
    static const char *const P[] = {
        "Kepala Bappeda, Ir. Reflinaldi Piliang, M.T., mengatakan, \"Kita sudah menandai anggaran di 14 OPD.\"",
        "Menurutnya, " LDQ "Semua desa wajib melapor tepat waktu." RDQ,
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->cue, "mengatakan");
    ck_assert_str_eq(mention_of(0), "Kepala Bappeda, Ir. Reflinaldi Piliang, M.T.");
    ck_assert_int_eq(source_of_quote(1), SOURCE_PRONOUN);
}
END_TEST

START_TEST(indirect_after_verbs)
{
    static const char *const P[] = {
        "Bupati Sikka mengatakan bahwa penurunan stunting menjadi tanggung jawab bersama.",
        "Kepala Dinas Kesehatan, dr. Maria Lalu, menjelaskan, hasil penimbangan menunjukkan penurunan.",
        "Ia berharap agar semua desa mengalokasikan dana untuk gizi.",
        "Wiratama mengatakan simulasi ini akan digelar setiap tahun.",
        "Gubernur menegaskan pentingnya kekuatan digital untuk menjawab tantangan.",
    };
    extract(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_int_eq(quote(0)->kind, QUOTE_INDIRECT);
    ck_assert_str_eq(quote(0)->text, "penurunan stunting menjadi tanggung jawab bersama");
    ck_assert_str_eq(mention_of(0), "Bupati Sikka");
    ck_assert_str_eq(quote(1)->text, "hasil penimbangan menunjukkan penurunan");
    ck_assert_str_eq(mention_of(1), "Kepala Dinas Kesehatan, dr. Maria Lalu");
    ck_assert_str_eq(quote(2)->text, "semua desa mengalokasikan dana untuk gizi");
    ck_assert_int_eq(source_of_quote(2), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(3)->text, "simulasi ini akan digelar setiap tahun");
    /* informal "bilang" reports as "mengatakan" does */
    stage_run_reset(&R);
    static const char *const B[] = {
        "Ia bilang, pembeli mulai mengurangi jumlah belanja.",
        "Pak RT itu juga bilang, bulan lalu seorang ibu hamil harus ditandu sejauh satu kilometer.",
    };
    extract(B, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "pembeli mulai mengurangi jumlah belanja");
    ck_assert_int_eq(source_of_quote(0), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(1)->text, "bulan lalu seorang ibu hamil harus ditandu sejauh satu kilometer");
}
END_TEST

START_TEST(indirect_according_to_and_trailing_cue)
{
    static const char *const P[] = {
        "Menurut Suarjaya, pengalaman itu membuat warga lebih cepat merespons.",
        "Menurutnya, kapal baru itu akan langsung dipakai melaut.",
        "Patroli bersama akan digelar setiap pekan, kata Kapolres.",
        "Angka itu jauh di atas rata-rata tahun lalu, tambahnya.",
        "Dalam sambutannya, Yeremias Ndoen mengatakan bahwa kerja sama ini lahir dari kebutuhan kota.",
        /* a trailing tag's source with its apposition; not a clause after an inside cue */
        "Penyaluran triwulan kedua dijadwalkan pada Juni, kata Kaur Keuangan Desa Watukarung, Didik Wahyu.",
        "Setiap kali terjadi kebakaran, kata dia, warga terpaksa menutup pintu rumah.",
    };
    extract(P, 7);
    ck_assert_uint_eq(R.rec.quotes.len, 7);
    ck_assert_str_eq(quote(5)->text, "Penyaluran triwulan kedua dijadwalkan pada Juni");
    ck_assert_str_eq(mention_of(5), "Kaur Keuangan Desa Watukarung, Didik Wahyu");
    ck_assert_str_eq(quote(6)->text, "Setiap kali terjadi kebakaran, kata dia, warga terpaksa menutup pintu rumah");
    ck_assert_str_eq(mention_of(0), "Suarjaya");
    ck_assert_str_eq(quote(0)->text, "pengalaman itu membuat warga lebih cepat merespons");
    ck_assert_int_eq(source_of_quote(1), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(2)->text, "Patroli bersama akan digelar setiap pekan");
    ck_assert_str_eq(mention_of(2), "Kapolres");
    ck_assert_int_eq(source_of_quote(3), SOURCE_PRONOUN);
    ck_assert_str_eq(mention_of(4), "Yeremias Ndoen");
    /* a description in small letters opens the mention, after "Menurut" or a connective */
    stage_run_reset(&R);
    static const char *const D[] = {
        "Menurut ekonom INDEF Deon Arinaldo, target itu sulit dicapai karena anggaran terbatas.",
        "Namun peneliti Institute for Essential Services Reform (IESR) Rina Wulandari menilai target itu realistis.",
    };
    extract(D, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(mention_of(0), "ekonom INDEF Deon Arinaldo");
    ck_assert_str_eq(mention_of(1), "peneliti Institute for Essential Services Reform (IESR) Rina Wulandari");
}
END_TEST

/* A quote standing alone, a lead's dateline before it or not (RRI's
 * "KBRN, Place:" too), then "Hal itu disampaikan X", "Kalimat itu
 * disampaikan X" or "Ungkapan itu disampaikan X": X's direct quote. */
START_TEST(said_by_after_the_paragraph)
{
    static const char *const P[] = {
        LDQ "Semua sektor harus bergerak dalam satu komando." RDQ,
        "Hal itu disampaikan Wakil Bupati Manggarai Barat saat rapat koordinasi.",
        "BANGLI \xE2\x80\x93 " LDQ "Rumah yang layak adalah kebutuhan dasar bagi setiap keluarga." RDQ,
        "Hal itu disampaikan Bupati Bangli saat menyerahkan bantuan.",
        LDQ "Kami kalah di lini tengah, dan itu tanggung jawab saya." RDQ,
        "Kalimat itu disampaikan pelatih kepala Persik Kediri, Rodrigo Almeida Fonseca, dalam konferensi pers.",
        "KBRN, Merangin: " LDQ "Anak kami mau sekolah, tapi kami orang rimba." RDQ,
        "Ungkapan itu disampaikan Tumenggung Nyenong melalui pendamping.",
    };
    extract(P, 8);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_int_eq(quote(3)->kind, QUOTE_DIRECT);
    ck_assert_str_eq(quote(3)->text, "Anak kami mau sekolah, tapi kami orang rimba");
    ck_assert_str_eq(mention_of(3), "Tumenggung Nyenong");
    /* a speech noun before the demonstrative points back as "Hal" does */
    ck_assert_str_eq(mention_of(2), "pelatih kepala Persik Kediri, Rodrigo Almeida Fonseca");
    ck_assert_str_eq(mention_of(0), "Wakil Bupati Manggarai Barat");
    ck_assert_int_eq(quote(1)->kind, QUOTE_DIRECT);
    ck_assert_str_eq(quote(1)->text, "Rumah yang layak adalah kebutuhan dasar bagi setiap keluarga");
    ck_assert_str_eq(mention_of(1), "Bupati Bangli");
}
END_TEST

/* Runs of the words the clause and mention readers skip (a -nya adverb
 * after a cue, a naming link's words) are read a few at a time: no
 * recursion or scan per word that a long run turns deep or quadratic. */
START_TEST(hostile_runs_of_skipped_words)
{
    enum { REPEAT = 200000 };
    static const char ADVERB[] = "awalnya ", LINK[] = "lengkap ";
    static const char CUE[] = "Ia mengaku ", QUOTE[] = LDQ "Air naik cepat sekali," RDQ " kata warga bernama ";
    char *adverbs = malloc(sizeof CUE + REPEAT * (sizeof ADVERB - 1) + sizeof "panik.");
    char *links = malloc(sizeof QUOTE + REPEAT * (sizeof LINK - 1) + sizeof "Siti.");
    ck_assert_ptr_nonnull(adverbs);
    ck_assert_ptr_nonnull(links);
    char *p = stpcpy(adverbs, CUE);
    for (int i = 0; i < REPEAT; i++)
        p = stpcpy(p, ADVERB);
    strcpy(p, "panik.");
    p = stpcpy(links, QUOTE);
    for (int i = 0; i < REPEAT; i++)
        p = stpcpy(p, LINK);
    strcpy(p, "Siti.");
    const char *P[] = {adverbs, links};
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "Air naik cepat sekali");
    free(adverbs);
    free(links);
}
END_TEST

START_TEST(hostile_marks_stay_linear)
{
    enum { N = 1 << 20 };
    char *marks = malloc(N + 1), *open = malloc(N + 1), *unbroken = malloc(N + 1);
    ck_assert_ptr_nonnull(marks);
    ck_assert_ptr_nonnull(open);
    ck_assert_ptr_nonnull(unbroken);
    for (size_t i = 0; i < N; i++)
        marks[i] = (i % 3 == 2) ? ' ' : '"';
    marks[N] = '\0';
    /* one word of marks: half a million empty quotes, each followed by the rest of the word */
    memset(unbroken, '"', N);
    unbroken[N] = '\0';
    memcpy(open, LDQ, 3);
    for (size_t i = 3; i < N; i++)
        open[i] = (i % 7 == 0) ? ' ' : 'a';
    open[N] = '\0';
    const char *P[] = {marks, open, unbroken, "Paragraf biasa."};
    extract(P, 4);
    ck_assert_uint_le(R.rec.quotes.len, 100);
    free(marks);
    free(open);
    free(unbroken);
}
END_TEST

/* A quote over many paragraphs, each opening it again and none closing it
 * before the last (lines that end on a word, as a hard-wrapped page's do): one
 * quote, its parts joined by one space; built without copying it per part
 * (../shared/robustness/continued-quote-4000.html ran 0.7 s and 685 MB). */
START_TEST(quote_opened_again_over_paragraphs_is_one)
{
    static const char *const P[] = {"\xE2\x80\x9CKami akan terus bekerja keras untuk daerah ini",
                                    "\xE2\x80\x9CKami akan terus bekerja keras untuk daerah ini",
                                    "\xE2\x80\x9CKami akan terus bekerja keras untuk daerah ini",
                                    "Selesai.\xE2\x80\x9D kata Gubernur Budi."};
    stage_run_paragraphs(&R, P, 4);
    EV = quotes_extract(&R.rec, 100, R.a, WORK);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(R.rec.quotes.items[0].text, "Kami akan terus bekerja keras untuk daerah ini Kami akan terus bekerja "
                                                 "keras untuk daerah ini Kami akan terus bekerja keras untuk daerah "
                                                 "ini Selesai");
    ck_assert_uint_eq(R.rec.quotes.items[0].end_paragraph, 3);
}
END_TEST

/* The headlines of other articles a page lists inside its body are no
 * sentences: no quote or subject is read from them. */
START_TEST(headline_lines_in_the_body_are_no_sentences)
{
    ck_assert(seg_is_headline_line("Legalisasi Nikah: PA Sorong Serahkan Salinan Isbat kepada DUKCAPIL", 66));
    ck_assert(!seg_is_headline_line("Pimpin Apel Jumat Sore, KPA Tekankan Disiplin.", 46));
    ck_assert(!seg_is_headline_line("\xE2\x80\x9CKami Siap Membangun Daerah Bersama\xE2\x80\x9D", 40));
    ck_assert(!seg_is_headline_line("Bupati meresmikan pasar baru di pusat kota kemarin", 50));
    static const char *const P[] = {"Tuntas Dua Bulan PPL, Ketua PA Sorong Melepas Para Mahasiswa IAIN Sorong",
                                    "Panitera PA Sorong, Baida Makasar, mengatakan bahwa layanan itu diperluas."};
    stage_run_paragraphs(&R, P, 2);
    EV = quotes_extract(&R.rec, 100, R.a, WORK);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_uint_eq(R.rec.quotes.items[0].paragraph, 1);
    for (size_t i = 0; i < EV.len; i++)
        ck_assert_ptr_null(EV.items[i].mention ? strstr(EV.items[i].mention, "Tuntas") : NULL);
}
END_TEST

START_TEST(max_quotes_is_kept)
{
    static const char *const P[] = {"\"Satu dua tiga empat,\" kata A. \"Lima enam tujuh delapan,\" kata B."};
    stage_run_paragraphs(&R, P, 1);
    EV = quotes_extract(&R.rec, 1, R.a, WORK);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
}
END_TEST

/* A description cut by a stop word ("di") goes on to the name apposed
 * right before the verb; a weekday, an acronym or a place after a name is
 * no name. */
START_TEST(subject_goes_on_to_the_apposed_name)
{
    static const char *const P[] = {
        "Sementara itu, petugas Pos PGA Agung di Rendang, Dewa Made Sutapa, menyampaikan, aktivitas kegempaan "
        "masih rendah.",
        "Bupati dalam kunjungannya di Aula Desa, Senin, mengatakan bahwa bantuan sudah disalurkan.",
        "Budi di Kupang, Nusa Tenggara Timur, mengatakan bahwa stok beras aman.",
        "Petugas di posko, BPBD, mengatakan bahwa stok beras aman.",
    };
    extract(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(mention_of(2), "Budi");
    ck_assert_str_eq(mention_of(3), "Petugas");
    ck_assert_str_eq(mention_of(0), "petugas Pos PGA Agung di Rendang, Dewa Made Sutapa");
    ck_assert_str_eq(mention_of(1), "Bupati");
}
END_TEST

/* "X berharap/mengatakan" + a clause whose predicate is a verb, not only an
 * auxiliary; a verb inside a relative clause ("yang dijalankan") or an
 * adverbial ("saat membuka") is none. */
START_TEST(clause_with_a_verb_predicate)
{
    static const char *const P[] = {
        "Ramli berharap pemerintah membantu pemasaran gabah saat panen.",
        "Wiratama mengatakan simulasi ini digelar untuk menguji rencana kontinjensi.",
        "Budi menyebutkan sejumlah program yang dijalankan pemerintah.",
        "Budi mengatakan hal itu saat membuka rapat kerja daerah.",
    };
    extract(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "pemerintah membantu pemasaran gabah saat panen");
    ck_assert_str_eq(quote(1)->text, "simulasi ini digelar untuk menguji rencana kontinjensi");
}
END_TEST

/* A comma aside that "khususnya" (or "terutama", "termasuk"...) opens sits
 * between a clause's subject and its predicate; a comma without one ends
 * the noun phrase, and so does an aside with no predicate after it. */
START_TEST(clause_around_a_comma_aside)
{
    static const char *const P[] = {
        "Rizky berharap kerja sama antardaerah, khususnya dengan Kabupaten Sambas dan Kabupaten Kubu Raya "
        "sebagai sentra beras, terus diperkuat hingga Idulfitri.",
        "Budi menyebutkan program kerja, rencana anggaran, dan jadwal pelaksanaan.",
        "Budi menyebutkan sejumlah komoditas, terutama beras dan cabai, di pasar tradisional.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "kerja sama antardaerah, khususnya dengan Kabupaten Sambas dan Kabupaten Kubu "
                                     "Raya sebagai sentra beras, terus diperkuat hingga Idulfitri");
}
END_TEST

/* ",” demikian sambutan Menteri", ",” demikian jawaban Bupati", ",” begitu kata Budi": a closer before
 * the source; "demikian pula" after a term is no cue. "Dalam sambutannya,"
 * before a quote points to the current speaker. */
START_TEST(closer_before_the_source)
{
    static const char *const P[] = {
        LDQ "Instansi pemerintah harus memberi contoh," RDQ " demikian sambutan Menteri.",
        LDQ "Kami siap membantu warga," RDQ " begitu kata Budi.",
        LDQ "Kampung Sehat" RDQ " demikian pula program lain berjalan baik.",
        LDQ "Semua posko buka dua puluh empat jam," RDQ " demikian disampaikannya.",
        "\"Kurangi aktivitas di luar rumah,\" imbau Aminah.",
        "Dalam sambutannya, " LDQ "Kita harus bekerja lebih keras tahun ini." RDQ,
        LDQ "Tarif untuk rumah tangga berpenghasilan rendah tidak memberatkan," RDQ " demikian jawaban Bupati.",
    };
    extract(P, 7);
    ck_assert_uint_eq(R.rec.quotes.len, 6);
    ck_assert_str_eq(quote(5)->cue, "jawaban");
    ck_assert_str_eq(mention_of(5), "Bupati");
    ck_assert_int_eq(source_of_quote(4), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(0)->cue, "sambutan");
    ck_assert_str_eq(mention_of(0), "Menteri");
    ck_assert_str_eq(mention_of(1), "Budi");
    ck_assert_str_eq(quote(2)->text, "Semua posko buka dua puluh empat jam");
    ck_assert_int_eq(source_of_quote(2), SOURCE_PRONOUN);
    ck_assert_str_eq(mention_of(3), "Aminah");
}
END_TEST

/* "ujar orang nomor satu di Boalemo itu": a description closed by a
 * demonstrative points back; one without it, or with a time adverbial
 * ("saat itu"), names its own source. */
START_TEST(epithet_points_back)
{
    static const char *const P[] = {
        LDQ "Tahun depan kita evaluasi desa mana yang serius," RDQ " ujar orang nomor satu di Boalemo itu.",
        LDQ "Stok bahan makanan cukup untuk sepekan," RDQ " ujar petugas dapur umum dari Tagana.",
        LDQ "Airnya naik cepat sekali," RDQ " ujar petugas saat itu.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(mention_of(2), "petugas");
    ck_assert_int_eq(source_of_quote(0), SOURCE_PRONOUN);
    ck_assert_int_eq(source_of_quote(1), SOURCE_MENTION);
    ck_assert_str_eq(mention_of(1), "petugas dapur umum dari Tagana");
}
END_TEST

/* A long introductory adverbial and the weekday-date aside after it come
 * before the subject. */
START_TEST(long_intro_and_date_aside_before_the_subject)
{
    static const char *const P[] = {
        "Dalam sambutan tertulis yang dibacakan Sekretaris Jenderal pada acara puncak di Jakarta, Jumat (1/8/2025), "
        "Menteri Kesehatan menegaskan bahwa pemberian ASI merupakan investasi pertama.",
    };
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(mention_of(0), "Menteri Kesehatan");
}
END_TEST

/* Sentence subjects: a dateline before a dash goes; a name apposed after a
 * description ends at the predicate; a person written with an age (two
 * digits, not "Ayat (2)") anywhere in the sentence is introduced. */
START_TEST(subjects_dateline_apposition_and_age)
{
    static const char *const P[] = {
        "Sumbawa Besar, Diskominfotik \xE2\x80\x93 Wakil Gubernur NTB, Lalu Arya, melakukan panen raya jagung.",
        "Salah seorang warga Desa Tolai Barat, I Wayan Sudarsana, kehilangan seluruh perabot rumahnya.",
        "Kunci diserahkan Gubernur kepada sepuluh keluarga, salah satunya Rosmiati (52), penyintas likuefaksi "
        "Petobo yang kehilangan rumahnya.",
        "Pelaporan diatur dalam Pasal 5 Ayat (2) undang-undang tersebut.",
        /* "mohon" starts the predicate as an auxiliary does */
        "Oleh karena itu Bupati Tiwi mohon untuk mendoakan kabupaten ini.",
        /* a name its titles are glued to goes on the apposition */
        "Bupati Kulon Progo, dr.H.Hasto Wardoyo, merasa bangga kepada semua pihak.",
        /* the people the report is about are no source of what follows */
        "Pelaku kemudian membawa kabur telepon genggam milik korban.",
    };
    extract(P, 7);
    ck_assert_uint_eq(R.rec.quotes.len, 0);
    ck_assert_str_eq(subject_mention(0), "Wakil Gubernur NTB, Lalu Arya");
    ck_assert_str_eq(subject_mention(1), "Salah seorang warga Desa Tolai Barat, I Wayan Sudarsana");
    ck_assert_str_eq(subject_mention(2), "Rosmiati (52), penyintas likuefaksi Petobo");
    ck_assert_str_eq(subject_mention(3), "Bupati Tiwi"); /* the article sentence gave none */
    ck_assert_str_eq(subject_mention(4), "Bupati Kulon Progo, dr.H.Hasto Wardoyo");
    ck_assert_ptr_null(subject_mention(5));
}
END_TEST

/* A speech verb in a restrictive clause speaks for the noun before "yang",
 * a message and no person: a quote with no source (dev-041's gold); after an
 * apposed person's comma it is theirs. */
START_TEST(speech_verb_after_yang)
{
    static const char *const P[] = {
        "Beredar pesan berantai yang menyebutkan pemerintah membuka rekrutmen tenaga honorer.",
        "Laporan disampaikan oleh Bapak Noor Iza, Kepala BPSDM, yang menekankan bahwa pelatihan ini hasil "
        "kolaborasi.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "pemerintah membuka rekrutmen tenaga honorer");
    ck_assert_int_eq(source_of_quote(0), SOURCE_NONE);
    ck_assert_str_eq(mention_of(1), "Bapak Noor Iza, Kepala BPSDM");
}
END_TEST

/* Real typography: a mark padded by spaces, a mark glued to the full stop
 * before it, two single marks for a double one, a closing mark after a
 * space (after the quote's comma, or its last word when a tag follows), a
 * capitalised tag, a sign-off glued to the tag, and a quote never closed
 * that ends before ",katanya.". */
START_TEST(real_page_typography)
{
    static const char *const P[] = {
        LDQ " perlu diketahui bahwa pleno masih berjalan," RDQ " ungkapnya.",
        RDQ " Tentu banyak pekerjaan ke depan," RDQ " katanya.",
        "Tema ini relevan dengan upaya pemerintah.\xE2\x80\x9DKita harus bersatu padu," RDQ "ucapnya.",
        LSQ RSQ "Kita sambut dengan riang gembira," RSQ RSQ " harap Bupati.",
        LDQ "Destinasi dibuka dengan tetap disiplin prokes, " RDQ " tutur Ipuk.",
        LDQ "Infrastruktur itu harus dimanfaatkan," RDQ " Jelas Menteri Johnny.",
        LDQ "Benar-benar meriah perayaan tahun ini," RDQ " harapnya.(Red)",
        "\" Tugas wali nagari memang berat di dalam mengayomi,katanya.",
        "Kemudian ditegaskan,\" Wali nagari bukan untuk dilayani,\"tutupnya.",
        LDQ "Kami siap membantu," LDQ " kata Budi.",
        LDQ "Kami akan terus bekerja untuk warga desa ini " RDQ " ujar Budi Santoso.",
    };
    extract(P, 11);
    ck_assert_uint_eq(R.rec.quotes.len, 11);
    ck_assert_str_eq(quote(10)->text, "Kami akan terus bekerja untuk warga desa ini");
    ck_assert_str_eq(quote(10)->cue, "ujar");
    ck_assert_str_eq(mention_of(10), "Budi Santoso");
    ck_assert_str_eq(quote(0)->text, "perlu diketahui bahwa pleno masih berjalan");
    ck_assert_str_eq(quote(1)->text, "Tentu banyak pekerjaan ke depan");
    ck_assert_str_eq(quote(2)->text, "Kita harus bersatu padu");
    ck_assert_str_eq(quote(2)->cue, "ucapnya");
    ck_assert_str_eq(quote(3)->text, "Kita sambut dengan riang gembira");
    ck_assert_str_eq(mention_of(3), "Bupati");
    ck_assert_str_eq(quote(4)->text, "Destinasi dibuka dengan tetap disiplin prokes");
    ck_assert_str_eq(mention_of(4), "Ipuk");
    ck_assert_str_eq(quote(5)->cue, "Jelas");
    ck_assert_str_eq(mention_of(5), "Menteri Johnny");
    ck_assert_int_eq(source_of_quote(6), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(6)->cue, "harapnya");
    ck_assert_str_eq(quote(7)->text, "Tugas wali nagari memang berat di dalam mengayomi");
    ck_assert_int_eq(source_of_quote(7), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(8)->text, "Wali nagari bukan untuk dilayani");
    ck_assert_str_eq(quote(9)->text, "Kami siap membantu");
    for (size_t i = 0; i < 11; i++)
        ck_assert_int_eq(quote(i)->kind, QUOTE_DIRECT);
}
END_TEST

/* A full stop after "s.d.", "Rp.", "No.", "Mr." or initials ends no sentence; one
 * glued to the next sentence ("bagus.Ditunjang") or quote ("ini.”Kita"),
 * after a degree ("Budi, S.H. Ia ...") or after a Roman numeral that
 * numbers a noun ("kelas X. Jebolan ...") does. */
START_TEST(sentences_past_abbreviations)
{
    static const char *const P[] = {
        "Budi mengatakan, bimtek dijadwalkan pada tanggal 1 s.d. 3 Agustus 2024 di Piru.",
        "Ani menjelaskan, bantuan sebesar Rp. 300 ribu disalurkan kepada H.M. Rasjidi dan H. Abd. Hamid di Jalan "
        "Mr. Iskandar.",
        "Ani menjelaskan, kota itu terlihat sangat bagus.Ditunjang transportasi yang lancar.",
        "Ani menjelaskan, tema ini sangat relevan dengan upaya pemerintah." RDQ "Kita harus bersatu," RDQ "ucapnya.",
        "Acara dibuka Kepala Dinas Budi, S.H. Ia mengatakan, bantuan akan disalurkan pekan depan.",
        "Hamid menjelaskan bahwa Jelly sudah menonjol sejak kelas X. Jebolan Fisika Universitas Diponegoro "
        "tersebut menyebut ketekunan lebih menentukan daripada bakat.",
    };
    extract(P, 6);
    ck_assert_uint_eq(R.rec.quotes.len, 8);
    ck_assert_str_eq(quote(6)->text, "Jelly sudah menonjol sejak kelas X");
    ck_assert_str_eq(quote(7)->text, "ketekunan lebih menentukan daripada bakat");
    ck_assert_str_eq(quote(5)->text, "bantuan akan disalurkan pekan depan");
    ck_assert_int_eq(source_of_quote(5), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(3)->text, "tema ini sangat relevan dengan upaya pemerintah");
    ck_assert_int_eq(quote(4)->kind, QUOTE_DIRECT);
    ck_assert_str_eq(quote(0)->text, "bimtek dijadwalkan pada tanggal 1 s.d. 3 Agustus 2024 di Piru");
    ck_assert_str_eq(quote(1)->text, "bantuan sebesar Rp. 300 ribu disalurkan kepada H.M. Rasjidi dan H. Abd. "
                                     "Hamid di Jalan Mr. Iskandar");
    ck_assert_str_eq(quote(2)->text, "kota itu terlihat sangat bagus");
}
END_TEST

/* A title or honorific that is also a word ends a sentence in small
 * letters ("rumput laut.", the navy's "Laut"; "bersama ibu."); "dr." before
 * a name still does not. */
START_TEST(sentences_end_at_words_that_are_titles)
{
    static const char *const P[] = {
        "Sitti mengatakan, anggota PKK selama ini hanya membantu suami menjemur rumput laut. Menurutnya, kelompok "
        "PKK akan mulai memproduksi dodol.",
        "Rina mengatakan, warga yang sakit sudah dirujuk bersama ibu. Menurutnya, kondisi mereka kini membaik.",
        "Budi mengatakan, hasil pemeriksaan dr. Rina Astuti sudah keluar.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 5);
    ck_assert_str_eq(quote(4)->text, "hasil pemeriksaan dr. Rina Astuti sudah keluar");
    ck_assert_str_eq(quote(0)->text, "anggota PKK selama ini hanya membantu suami menjemur rumput laut");
    ck_assert_str_eq(quote(1)->text, "kelompok PKK akan mulai memproduksi dodol");
    ck_assert_str_eq(quote(2)->text, "warga yang sakit sudah dirujuk bersama ibu");
    ck_assert_str_eq(quote(3)->text, "kondisi mereka kini membaik");
}
END_TEST

/* A cue inside the sentence whose source is a description in small
 * letters (", kata jaksa,", ", menurut pengamat,") gives the sentence, as
 * one with a name does. */
START_TEST(inside_cue_with_a_description)
{
    static const char *const P[] = {
        "Sebagian dana BOS, menurut jaksa, juga digunakan untuk kepentingan pribadi terdakwa.",
        "Kenaikan harga itu, kata pengamat, dipicu cuaca buruk di daerah penghasil cabai.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "Sebagian dana BOS, menurut jaksa, juga digunakan untuk kepentingan pribadi terdakwa");
    ck_assert_str_eq(mention_of(0), "jaksa");
    ck_assert_str_eq(quote(1)->text, "Kenaikan harga itu, kata pengamat, dipicu cuaca buruk di daerah penghasil cabai");
}
END_TEST

/* A clause of two words is one when its subject is surely one
 * ("mengatakan pihaknya kewalahan"); two other words are not ("X
 * menyampaikan persoalan berbeda"). */
START_TEST(two_word_clause_with_a_sure_subject)
{
    static const char *const P[] = {
        "Kepala Puskesmas Bade, Leonardus Ndiwaen, mengakui pihaknya kewalahan.",
        "Budi menyampaikan persoalan berbeda.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "pihaknya kewalahan");
}
END_TEST

/* A cue inside the sentence after an introductory adverbial ("Selama ini,
 * kata Zulkarnain, pengunjung ...") gives the whole sentence, as one after
 * a subject does; the adverbial alone is no trailing tag's clause. */
START_TEST(inside_cue_after_an_adverbial)
{
    static const char *const P[] = {
        "Selama ini, kata Zulkarnain, pengunjung datang dan pergi tanpa singgah di desa.",
        "Di setiap KUA juga sudah ada layanan, sebutnya.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "Selama ini, kata Zulkarnain, pengunjung datang dan pergi tanpa singgah di desa");
    ck_assert_str_eq(mention_of(0), "Zulkarnain");
    ck_assert_str_eq(quote(1)->text, "Di setiap KUA juga sudah ada layanan");
}
END_TEST

/* ... and a description with its name apposed: ", kata juru bicara Fraksi
 * PAN, Desi Ratnasari Tanjung, S.E., ..." ("juru bicara" an office, though
 * "bicara" is a verb of speech). */
START_TEST(inside_cue_description_and_apposed_name)
{
    static const char *const P[] = {
        "Belanja pegawai, kata juru bicara Fraksi PAN, Desi Ratnasari Tanjung, S.E., sudah mendekati batas 30 "
        "persen.",
        "Belanja modal, kata juru bicara Kemenlu, tidak berubah.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(mention_of(0), "juru bicara Fraksi PAN, Desi Ratnasari Tanjung");
    ck_assert_str_eq(mention_of(1), "juru bicara Kemenlu");
}
END_TEST

/* A measure word and its figure ending the clause are its predicate
 * ("jumlah penduduk miskin sebanyak 301,2 ribu orang"); a figure of what is
 * handed over to someone is the verb's object. */
START_TEST(figures_as_predicates)
{
    static const char *const P[] = {
        "Ferdinand menyampaikan jumlah penduduk miskin pada Maret 2025 sebanyak 301,2 ribu orang, berkurang dari "
        "tahun lalu.",
        "Ferdinand menyebutkan nilai ekspor Maluku pada Agustus 2025 sebesar 12 juta dolar AS.",
        "Budi menyampaikan bantuan sebanyak 300 paket kepada warga terdampak banjir.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text,
                     "jumlah penduduk miskin pada Maret 2025 sebanyak 301,2 ribu orang, berkurang dari tahun lalu");
    ck_assert_str_eq(quote(1)->text, "nilai ekspor Maluku pada Agustus 2025 sebesar 12 juta dolar AS");
}
END_TEST

/* After a verb of judging a relative clause lengthens the subject as an
 * adverbial does: the auxiliary after it is the clause's predicate, after
 * its verb or a few words past "yang" ("... hutan yang jauh dari permukiman
 * masih lemah"); an object with a relative clause and no predicate stays no
 * clause, and so does a feeling ("mengaku penasaran dengan atraksi yang
 * selama ini hanya ia lihat ..."). */
START_TEST(judging_past_a_relative_clause)
{
    static const char *const P[] = {
        "Sri memastikan sekitar 1,2 juta tenaga non-ASN yang tidak lolos seleksi PPPK tahap I dan II bakal diangkat "
        "menjadi PPPK paruh waktu.",
        "Budi menilai peserta yang mengikuti lomba kebersihan kampung tahun ini dari seluruh kecamatan di Sleman.",
        "Ia mengakui pengawasan di petak-petak hutan yang jauh dari permukiman masih lemah karena polisi hutan "
        "terbatas.",
        "Pieter mengaku penasaran dengan atraksi perang-perangan yang selama ini hanya ia lihat di film.",
        "Ia menilai para pemain penerima servis timnya tampak gugup pada poin-poin krusial.",
    };
    extract(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(quote(2)->text, "para pemain penerima servis timnya tampak gugup pada poin-poin krusial");
    ck_assert_str_eq(quote(1)->text, "pengawasan di petak-petak hutan yang jauh dari permukiman masih lemah karena "
                                     "polisi hutan terbatas");
    ck_assert_str_eq(quote(0)->text, "sekitar 1,2 juta tenaga non-ASN yang tidak lolos seleksi PPPK tahap I dan II "
                                     "bakal diangkat menjadi PPPK paruh waktu");
}
END_TEST

/* Growing, being late, stagnating are states a subject's predicate names
 * ("kredit perseroan tumbuh 9%-10%", "timnya terlambat panas"); what
 * befalls the speaker is a predicate with the speaker as its unsaid
 * subject ("mengaku kehilangan sepeda motornya"), a feeling is not
 * ("mengaku senang"). */
START_TEST(growth_lateness_and_loss_as_predicates)
{
    static const char *const P[] = {
        "Harjanto memproyeksikan kredit perseroan tumbuh 9%-10% pada 2026.",
        "Eko mengakui timnya terlambat panas.",
        "Raihan mengaku kehilangan sepeda motornya di parkiran fakultas.",
        "Raihan mengaku senang dengan bantuan tersebut.",
        "Sarjiman mengaku awalnya ragu meninggalkan cara lama.", /* a doubt is a feeling too */
    };
    extract(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(quote(0)->text, "kredit perseroan tumbuh 9%-10% pada 2026");
    ck_assert_str_eq(quote(1)->text, "timnya terlambat panas");
    ck_assert_str_eq(quote(2)->text, "kehilangan sepeda motornya di parkiran fakultas");
}
END_TEST

/* After "mengatakan", which takes only a clause, a long subject may come
 * before the predicate (thirteen words before "berkisar"); after a verb
 * that also takes an object the window stays short. */
START_TEST(long_subject_after_a_verb_of_saying)
{
    static const char *const P[] = {
        "Ketua Shrimp Club Indonesia (SCI) Wilayah Lampung Budiarto Sanjaya Oey mengatakan harga udang vaname "
        "ukuran 50 ekor per kilogram di tingkat tambak kini hanya berkisar Rp58.000, turun dari Rp72.000.",
        "Budiarto menyampaikan laporan hasil panen udang vaname ukuran 50 ekor per kilogram di tingkat tambak yang "
        "kini berkembang.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "harga udang vaname ukuran 50 ekor per kilogram di tingkat tambak kini hanya "
                                     "berkisar Rp58.000, turun dari Rp72.000");
}
END_TEST

/* A word of manner between a speech verb and its colon ("menjawab
 * singkat: “...”", "berkata tegas, “...”") leaves the verb the cue; a
 * passive opening the sentence ("Ditanya kapan Yosa akan dipanggil, ...")
 * heads an adverbial, and the subject follows its comma. */
START_TEST(manner_word_and_passive_opener)
{
    static const char *const P[] = {
        "Ditanya kapan Yosa akan dipanggil, Ferdinandus menjawab singkat: " LDQ "Secepatnya, setelah hasil tes "
        "keluar." RDQ,
        "Ditemui di kantornya, Budi Santoso mengatakan anggaran sudah cair.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "Secepatnya, setelah hasil tes keluar");
    ck_assert_str_eq(quote(0)->cue, "menjawab");
    ck_assert_str_eq(mention_of(0), "Ferdinandus");
    ck_assert_str_eq(mention_of(1), "Budi Santoso");
}
END_TEST

/* A courtesy a speech verb conveys is its whole object, whatever relative
 * clause follows ("menyampaikan terima kasih kepada para petani yang
 * bergotong royong membangun ..."), and a speech verb joined to it by "dan"
 * reports ("menyampaikan apresiasi dan berharap ..."); an award as a
 * clause's subject still opens one ("mengatakan penghargaan ini
 * menunjukkan ...", "mengatakan permintaan KUR meningkat ..."). "Ucapan",
 * "permohonan" and "permintaan" are courtesies only before one ("permintaan
 * maaf"): alone they head a subject whatever follows ("menyebutkan
 * permohonan perpanjangan izin masih dalam tahap evaluasi"). */
START_TEST(courtesies_are_no_clauses)
{
    static const char *const P[] = {
        "Dandim juga menyampaikan terima kasih kepada para petani yang bergotong royong membangun rumah pompa.",
        "Kepala sekolah menyampaikan duka mendalam atas meninggalnya salah satu guru pendamping.",
        "Wakil Bupati menyampaikan apresiasi kepada warga yang telah membantu petugas.",
        "Bupati mengatakan penghargaan ini menunjukkan kesungguhan seluruh jajaran pemerintah daerah.",
        "Wakil Bupati menyampaikan apresiasi dan berharap PN Wonosari terus menjadi mitra pemerintah daerah.",
        "Febrian mengatakan permintaan KUR meningkat sejak harga kopi naik.",
        "Febrian mengatakan permintaan maaf kepada warga yang terdampak.",
        "Dirjen menyebutkan permohonan perpanjangan izin masih dalam tahap evaluasi dan belum diputuskan.",
        "Febrian mengatakan permintaan dari pembeli di Jawa dan Singapura turun sejak awal tahun.",
        "Camat menyampaikan ucapan selamat kepada para pemenang lomba yang telah berjuang keras.",
    };
    extract(P, 10);
    ck_assert_uint_eq(R.rec.quotes.len, 5);
    ck_assert_str_eq(quote(3)->text, "permohonan perpanjangan izin masih dalam tahap evaluasi dan belum diputuskan");
    ck_assert_str_eq(quote(4)->text, "permintaan dari pembeli di Jawa dan Singapura turun sejak awal tahun");
    ck_assert_str_eq(quote(0)->text, "penghargaan ini menunjukkan kesungguhan seluruh jajaran pemerintah daerah");
    ck_assert_str_eq(quote(1)->text, "PN Wonosari terus menjadi mitra pemerintah daerah");
    ck_assert_str_eq(quote(1)->cue, "berharap");
    ck_assert_str_eq(quote(2)->text, "permintaan KUR meningkat sejak harga kopi naik");
}
END_TEST

/* After a verb of speech that takes a clause, an adverbial clause of time
 * and its comma open the clause it frames ("mengatakan sejak harimau muncul,
 * sebagian besar warga ...", "menyampaikan selama tiga hari, bantuan ...");
 * without the comma the phrase is no frame. */
START_TEST(adverbial_clause_before_the_reported_one)
{
    static const char *const P[] = {
        "Erizal mengatakan sejak harimau muncul, sebagian besar warga tidak berani menyadap karet pada pagi hari.",
        "Erizal menyampaikan selama tiga hari, bantuan terus disalurkan kepada warga.",
        "Erizal menyampaikan selama tiga hari kegiatan di balai desa.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text,
                     "sejak harimau muncul, sebagian besar warga tidak berani menyadap karet pada pagi hari");
    ck_assert_str_eq(quote(1)->text, "selama tiga hari, bantuan terus disalurkan kepada warga");
}
END_TEST

/* A clause with no comma or "bahwa" after menyatakan, menyampaikan,
 * menjelaskan, menegaskan, mengaku...: a predicate with the speaker as its
 * unsaid subject, a subordinate clause; not a noun phrase, a feeling, a
 * relative clause or a predicate joined to the verb's own object. */
START_TEST(clause_without_comma_after_more_verbs)
{
    static const char *const P[] = {
        "Anton menyampaikan kegiatan ini bertujuan untuk memperingati hari jadi.",
        "Wamen juga menegaskan kebijakan ini sengaja diambil untuk menghindari keributan.",
        "BNPB mengaku sudah menghadapi datangnya banjir pada musim penghujan.",
        "Teguh menambahkan jika para orangtua belum menghendaki anaknya kuliah.",
        "Budi menegaskan pentingnya menjaga keharmonisan alam dan budaya.",
        "Ani mengaku sangat senang dengan bantuan yang telah diberikan.",
        "Faisal menyampaikan terima kasih dan akan membawa ilmu itu ke daerahnya.",
        "Ani menyampaikan apresiasi kepada warga yang telah membantu pembangunan.",
        "Bupati berharap dapat diterima dengan lapang dada.",
        "Presiden mengatakan BMKG yang menjadi acuan terkait prakiraan cuaca.",
        "Imanuele menilai masukan yang diperoleh dapat memberikan manfaat bagi Papua Barat.(amin/priyanto)",
        "Wali Kota menyatakan terlihat cantik Kota Lama karena APBD yang bagus.",
        "Sebelumnya, salah satu peneliti lembaga riset menyebut hujan ekstrem terjadi pada akhir bulan.",
        "Helmi berharap sinergi antara pemerintah provinsi, wakil gubernur, Forkopimda, dan masyarakat semakin kuat.",
        "Budi menyampaikan salam, hormat, dan terima kasih.",
    };
    extract(P, 15);
    ck_assert_uint_eq(R.rec.quotes.len, 10);
    ck_assert_str_eq(quote(9)->text,
                     "sinergi antara pemerintah provinsi, wakil gubernur, Forkopimda, dan masyarakat semakin kuat");
    ck_assert_str_eq(quote(8)->text, "hujan ekstrem terjadi pada akhir bulan");
    ck_assert_str_eq(mention_of(8), "salah satu peneliti lembaga riset");
    ck_assert_str_eq(quote(5)->text, "BMKG yang menjadi acuan terkait prakiraan cuaca");
    ck_assert_str_eq(quote(6)->text, "masukan yang diperoleh dapat memberikan manfaat bagi Papua Barat");
    ck_assert_str_eq(quote(7)->text, "terlihat cantik Kota Lama karena APBD yang bagus");
    ck_assert_str_eq(quote(0)->text, "kegiatan ini bertujuan untuk memperingati hari jadi");
    ck_assert_str_eq(quote(1)->text, "kebijakan ini sengaja diambil untuk menghindari keributan");
    ck_assert_str_eq(quote(2)->text, "sudah menghadapi datangnya banjir pada musim penghujan");
    ck_assert_str_eq(quote(3)->text, "jika para orangtua belum menghendaki anaknya kuliah");
    ck_assert_str_eq(quote(4)->text, "dapat diterima dengan lapang dada");
}
END_TEST

/* Cues read where real pages put them: "Menurutnya" and "Menurut X" with no
 * comma, a cue inside the sentence (whole sentence; after a connective the
 * clause after it), passive cues with and without their agent. */
START_TEST(cues_inside_and_passive)
{
    static const char *const P[] = {
        "Menurutnya Aceh Besar menjadi kabupaten dengan nominasi terbanyak.",
        "Menurut Mantan Kapolda NTB itu media harus dirangkul dan dijadikan tim.",
        "Menurut Kepala Bagian Humas dan Protokol Riswidodo, Bupati menggelar open house.",
        "Dukungan tersebut, ungkap Wagubri, tentunya menjadi sangat penting.",
        "Itu sebabnya, lanjut Wagubri, jika tidak didukung tentu pemerintah akan kesulitan.",
        "Kemudian lagi katanya, diminta kepada wali nagari untuk bekerja dengan baik.",
        "Dijelaskan Agus, dana tersebut bisa digunakan untuk memberi logistik.",
        "Dijelaskan, ada berbagai persoalan yang sedang dihadapi provinsi.",
        "Lebih lanjut dikatakan oleh Bupati Buleleng yang akrab disapa PAS ini, bahwasannya tema ini sangat relevan.",
        "Ditambahkan, serapan anggaran tahun ini sudah mencapai 90 persen.",
        "Soal siapa yang terpilih, doktor lulusan Universitas Padjadjaran ini berharap dapat diterima dengan "
        "lapang dada.",
        "Pencapaian kabupaten saat ini diakuinya sudah sangat luar biasa.",
        "Hal itu disampaikannya saat membuka acara.",
    };
    extract(P, 13);
    ck_assert_uint_eq(R.rec.quotes.len, 12);
    ck_assert_str_eq(quote(10)->text, "dapat diterima dengan lapang dada");
    ck_assert_int_eq(source_of_quote(10), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(11)->text, "Pencapaian kabupaten saat ini diakuinya sudah sangat luar biasa");
    ck_assert_int_eq(source_of_quote(11), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(9)->text, "serapan anggaran tahun ini sudah mencapai 90 persen");
    ck_assert_str_eq(quote(0)->text, "Aceh Besar menjadi kabupaten dengan nominasi terbanyak");
    ck_assert_int_eq(source_of_quote(0), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(1)->text, "media harus dirangkul dan dijadikan tim");
    ck_assert_str_eq(mention_of(1), "Mantan Kapolda NTB itu");
    ck_assert_str_eq(mention_of(2), "Kepala Bagian Humas dan Protokol Riswidodo");
    ck_assert_str_eq(quote(2)->text, "Bupati menggelar open house");
    ck_assert_str_eq(quote(3)->text, "Dukungan tersebut, ungkap Wagubri, tentunya menjadi sangat penting");
    ck_assert_str_eq(mention_of(3), "Wagubri");
    ck_assert_str_eq(quote(4)->text, "jika tidak didukung tentu pemerintah akan kesulitan");
    ck_assert_str_eq(quote(5)->text, "diminta kepada wali nagari untuk bekerja dengan baik");
    ck_assert_int_eq(source_of_quote(5), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(6)->text, "dana tersebut bisa digunakan untuk memberi logistik");
    ck_assert_str_eq(mention_of(6), "Agus");
    ck_assert_str_eq(quote(7)->text, "ada berbagai persoalan yang sedang dihadapi provinsi");
    ck_assert_int_eq(source_of_quote(7), SOURCE_NONE);
    ck_assert_str_eq(quote(8)->text, "tema ini sangat relevan");
    ck_assert_str_eq(mention_of(8), "Bupati Buleleng");
}
END_TEST

/* The auxiliaries of national news open a predicate with the speaker as its
 * unsaid subject, or the predicate of a clause's subject ("sempat",
 * "pernah", "bakal", "hendak", "mesti", "boleh", "ikut", "mau"); a feeling after
 * one is still no clause. */
START_TEST(clause_after_more_auxiliaries)
{
    static const char *const P[] = {
        "Muhtar mengaku sempat terjebak di lantai dua selama dua hari.",
        "Ia mengatakan pemerintah bakal menaikkan harga eceran tertinggi.",
        "Rina mengaku pernah melihat kapal itu berlayar tanpa izin.",
        "Rina mengaku sempat kecewa dengan hasil pertandingan.",
        "Ia menilai Kantor Pertanahan ikut lalai karena tetap menerbitkan sertifikat.",
        "Novi mengaku ikut arisan tersebut karena tergiur cerita teman kantornya.",
        "Agustina berharap tamu mau tinggal lebih lama di desa itu.",
    };
    extract(P, 7);
    ck_assert_uint_eq(R.rec.quotes.len, 6);
    ck_assert_str_eq(quote(5)->text, "tamu mau tinggal lebih lama di desa itu");
    ck_assert_str_eq(quote(0)->text, "sempat terjebak di lantai dua selama dua hari");
    ck_assert_str_eq(quote(1)->text, "pemerintah bakal menaikkan harga eceran tertinggi");
    ck_assert_str_eq(quote(2)->text, "pernah melihat kapal itu berlayar tanpa izin");
    ck_assert_str_eq(quote(3)->text, "Kantor Pertanahan ikut lalai karena tetap menerbitkan sertifikat");
    ck_assert_str_eq(quote(4)->text, "ikut arisan tersebut karena tergiur cerita teman kantornya");
}
END_TEST

/* After a verb of judging (menilai, menyebut), a clause's subject may be a
 * nominalised adjective whose verb comes after its noun phrase, and
 * prepositional phrases lengthen the subject; not after a verb that also
 * takes an object, nor a verb right after a preposition. */
START_TEST(judging_clause_subjects)
{
    static const char *const P[] = {
        "Dedi menilai minimnya angkutan dari kota-kota di sekitar Kediri membuat penumpang memilih Juanda.",
        "Dia menyebut stok minyak sawit di dalam negeri pada akhir Agustus turun menjadi 2,3 juta ton.",
        "Budi menilai pentingnya peran guru dalam membangun karakter siswa.",
        "Jemmy menilai target pendapatan asli daerah (PAD) sebesar Rp186 miliar dalam Ranperda APBD 2026 "
        "terlalu rendah.",
        "Rudi menyampaikan rasa syukur atas berkah dan keselamatan yang diberikan oleh Hyang Widhi Wasa "
        "sehingga masyarakat dapat berkumpul dalam keadaan sehat.",
    };
    extract(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(quote(2)->text,
                     "target pendapatan asli daerah (PAD) sebesar Rp186 miliar dalam Ranperda APBD 2026 terlalu rendah");
    ck_assert_str_eq(quote(0)->text, "minimnya angkutan dari kota-kota di sekitar Kediri membuat penumpang memilih Juanda");
    ck_assert_str_eq(quote(1)->text, "stok minyak sawit di dalam negeri pada akhir Agustus turun menjadi 2,3 juta ton");
}
END_TEST

/* "mengingatkan" takes a clause whose predicate an auxiliary marks; a verb
 * after its object, or a purpose, is what the people addressed are told to
 * do (GOLD.md: "meminta X mempercepat ..." is no quote); "mengusulkan agar"
 * is a cue, "mengusulkan" + a noun phrase none. */
START_TEST(addressing_cues)
{
    static const char *const P[] = {
        "Bagus mengingatkan potensi hujan lebat masih akan terjadi hingga akhir November.",
        "Ia mengingatkan kebijakan pembatasan ekspor tidak boleh merugikan petani.",
        "Camat mengingatkan larangan menyewakan atau memperjualbelikan rumah bantuan tersebut.",
        "Bupati mengingatkan warga untuk selalu mengikuti informasi resmi serta tidak mudah percaya kabar bohong.",
        "Gubernur mengingatkan kepada seluruh jajaran untuk tetap bekerja keras demi warga.",
        "Ronny mengusulkan agar pemerintah memberlakukan pungutan ekspor atas kelapa bulat.",
        "Ronny mengusulkan pembangunan revetmen sepanjang 800 meter.",
    };
    extract(P, 7);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(quote(0)->text, "potensi hujan lebat masih akan terjadi hingga akhir November");
    ck_assert_str_eq(quote(1)->text, "kebijakan pembatasan ekspor tidak boleh merugikan petani");
    ck_assert_str_eq(quote(2)->text, "pemerintah memberlakukan pungutan ekspor atas kelapa bulat");
    ck_assert_str_eq(mention_of(2), "Ronny");
}
END_TEST

/* Verbs of supposing and forecasting are cues of judging (menduga,
 * memproyeksikan, memprediksi, meyakini; "mengeklaim" as KBBI spells
 * mengklaim); a group ("Mereka", "Sejumlah warga", "Ratusan mahasiswa")
 * is no person (GOLD.md). */
START_TEST(supposing_cues_and_groups)
{
    static const char *const P[] = {
        "Ia menduga saksi sengaja menyudutkan terdakwa.",
        "Ia memproyeksikan BI baru akan kembali memangkas suku bunga pada kuartal pertama.",
        "Menteri Darmawan mengeklaim kenaikan harga tersebut hanya bersifat musiman.",
        "Ia meyakini bahwa penerima penghargaan adalah pegawai yang penuh dedikasi.",
        "Mereka menduga ada calon murid yang menggunakan alamat titipan.",
        "Sejumlah warga korban banjir mengaku bahwa mereka merasa lega.",
        "Ratusan mahasiswa menyatakan bahwa kenaikan UKT memberatkan.",
    };
    extract(P, 7);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(quote(0)->text, "saksi sengaja menyudutkan terdakwa");
    ck_assert_str_eq(quote(1)->text, "BI baru akan kembali memangkas suku bunga pada kuartal pertama");
    ck_assert_str_eq(quote(2)->text, "kenaikan harga tersebut hanya bersifat musiman");
    ck_assert_str_eq(quote(3)->text, "penerima penghargaan adalah pegawai yang penuh dedikasi");
}
END_TEST

/* A noun's -nya word opens a clause whose verb comes after its phrase
 * ("mengaku warganya kini lebih rajin memeriksakan ..."), not an adverb's
 * ("mengaku awalnya panik saat sirene berbunyi": a feeling) nor one whose
 * verb follows a preposition. */
START_TEST(possessed_noun_subjects)
{
    static const char *const P[] = {
        "Ia mengaku warganya kini lebih rajin memeriksakan diri ke puskesmas.",
        "Ia bercerita adiknya terakhir kali menelepon keluarga di Ambon.",
        "Annisa mengaku awalnya panik saat sirene berbunyi.",
        "Budi menyampaikan programnya kepada warga untuk membangun desa.",
    };
    extract(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "warganya kini lebih rajin memeriksakan diri ke puskesmas");
    ck_assert_str_eq(quote(1)->text, "adiknya terakhir kali menelepon keluarga di Ambon");
}
END_TEST

/* A ter- verb after a noun phrase is its predicate ("para pemain
 * termotivasi", "akses jalan darat menuju tiga desa terputus"); a
 * superlative, a ter- noun or adjective is not. After a verb of judging a
 * passive is the speaker's predicate ("mengaku dijanjikan ..."); telling,
 * suggesting and instructing are cues (menceritakan, menyarankan agar,
 * menginstruksikan agar). */
START_TEST(ter_verb_predicates)
{
    static const char *const P[] = {
        "Pelatih itu menyebut para pemain termotivasi tampil di depan publik sendiri.",
        "Warga menuturkan dentuman keras terdengar sejak subuh.",
        "Bupati menyampaikan bantuan kepada warga terdampak banjir.",
        "Ia menyampaikan keterangan tertulis kepada wartawan.",
        "Ia menyebut angka tertinggi tahun ini.",
        "Ia menambahkan akses jalan darat menuju tiga desa terputus sejak Senin.",
        "Lalu Munawar mengaku dijanjikan pekerjaan di perkebunan sawit di Johor.",
        "Siti menceritakan bahwa pertengkaran itu dipicu sengketa batas tanah.",
        "Ia menyarankan agar pengambilan air tanah dibatasi secara ketat.",
        "Pj Bupati menginstruksikan agar Dinas PUPR segera menyusun perencanaan jembatan.",
    };
    extract(P, 10);
    ck_assert_uint_eq(R.rec.quotes.len, 7);
    ck_assert_str_eq(quote(2)->text, "akses jalan darat menuju tiga desa terputus sejak Senin");
    ck_assert_str_eq(quote(3)->text, "dijanjikan pekerjaan di perkebunan sawit di Johor");
    ck_assert_str_eq(quote(4)->text, "pertengkaran itu dipicu sengketa batas tanah");
    ck_assert_str_eq(quote(5)->text, "pengambilan air tanah dibatasi secara ketat");
    ck_assert_str_eq(quote(6)->text, "Dinas PUPR segera menyusun perencanaan jembatan");
    ck_assert_str_eq(quote(0)->text, "para pemain termotivasi tampil di depan publik sendiri");
    ck_assert_str_eq(quote(1)->text, "dentuman keras terdengar sejak subuh");
}
END_TEST

/* A cue verb after "untuk" is a purpose, no speech: "... mengkaji skema
 * baru untuk memastikan subsidi tepat sasaran", "... dilakukan untuk
 * memastikan tidak ada bara yang tersisa"; the subject's own cue after it
 * still reports. */
START_TEST(purpose_verbs_report_nothing)
{
    static const char *const P[] = {
        "JAKARTA - Pemerintah tengah mengkaji skema baru penyaluran subsidi listrik untuk memastikan subsidi aman.",
        "Pendinginan dilakukan untuk memastikan tidak ada bara yang tersisa di bawah permukaan gambut.",
        "Kepala dinas itu datang untuk memastikan stok aman dan mengatakan harga beras masih stabil.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "harga beras masih stabil");
}
END_TEST

/* After a verb that takes a clause more than a noun phrase (memastikan,
 * mengaku, menyebut), a state after the subject is its predicate ("stok
 * beras nasional aman", "omzetnya turun drastis"); not after one that takes
 * objects ("menyampaikan beberapa poin penting") nor after a verb. */
START_TEST(state_predicates)
{
    static const char *const P[] = {
        "Direktur Utama Perum Bulog Indra Kusnadi memastikan stok beras nasional aman.",
        "Ia mengaku ongkos ojek naik dua kali lipat sejak jalan rusak.",
        "Siti mengaku omzetnya turun drastis.",
        "Ia berpendapat partisipasi pemilih pada PSU biasanya turun.",
        "Kakankemenag menyampaikan beberapa poin penting hasil rapat.",
        "Putu mengaku mendapat banyak pemahaman baru, terutama soal metadata.",
        "Kadis menilai layanan jemput bola efektif karena siswa tidak perlu ke kantor.",
        "Kapolres memastikan situasi kamtibmas kondusif selama libur panjang.",
        "Kakankemenag menyampaikan laporan lengkap kepada bupati.",
    };
    extract(P, 9);
    ck_assert_uint_eq(R.rec.quotes.len, 6);
    ck_assert_str_eq(quote(4)->text, "layanan jemput bola efektif karena siswa tidak perlu ke kantor");
    ck_assert_str_eq(quote(5)->text, "situasi kamtibmas kondusif selama libur panjang");
    ck_assert_str_eq(quote(3)->text, "partisipasi pemilih pada PSU biasanya turun");
    ck_assert_str_eq(quote(0)->text, "stok beras nasional aman");
    ck_assert_str_eq(quote(1)->text, "ongkos ojek naik dua kali lipat sejak jalan rusak");
    ck_assert_str_eq(quote(2)->text, "omzetnya turun drastis");
}
END_TEST

/* The states the press writes most after a judged subject: finished,
 * receding, tidy and sturdy, enough ("genangan baru surut", "seluruh panen
 * rampung", "hasil pengerjaan rapi dan kokoh", "ambang batas ... cukup 1
 * persen"); a feeling after "mengaku" stays none ("lebih tenang"). */
START_TEST(more_state_predicates)
{
    static const char *const P[] = {
        "Kepala BPBD, Anjar Setyo, memperkirakan genangan baru surut dalam tiga hari.",
        "Ia memperkirakan seluruh panen rampung pada awal April.",
        "Kepala sekolah itu menilai hasil pengerjaan rapi dan kokoh.",
        "Sekjen partai itu menilai ambang batas parlemen cukup 1 persen.",
        "Warga mengaku lebih tenang setelah mengikuti simulasi.",
    };
    extract(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(quote(0)->text, "genangan baru surut dalam tiga hari");
    ck_assert_str_eq(quote(1)->text, "seluruh panen rampung pada awal April");
    ck_assert_str_eq(quote(2)->text, "hasil pengerjaan rapi dan kokoh");
    ck_assert_str_eq(quote(3)->text, "ambang batas parlemen cukup 1 persen");
}
END_TEST

/* Winning, losing and the adversative ke-...-an verbs are states too
 * ("timnya kalah", "timnya kehilangan konsentrasi"); "kehilangan" opening
 * the clause stays its subject. */
START_TEST(losing_and_lacking_are_predicates)
{
    static const char *const P[] = {
        "Pelatih Persita, Rui Vieira, mengakui timnya kehilangan konsentrasi di menit akhir pertandingan.",
        "Pelatih Sriwijaya FC, Marwan Sayuti, menilai timnya kalah dalam duel lini tengah.",
        "Kepala Dinas Sosial Budi Santoso menilai kehilangan pekerjaan menjadi penyebab utama kemiskinan.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(quote(0)->text, "timnya kehilangan konsentrasi di menit akhir pertandingan");
    ck_assert_str_eq(quote(1)->text, "timnya kalah dalam duel lini tengah");
    ck_assert_str_eq(quote(2)->text, "kehilangan pekerjaan menjadi penyebab utama kemiskinan");
}
END_TEST

/* A connective or an adverbial with no comma before the subject is no part
 * of the mention, also of a sentence's subject, nor are a dateline and the
 * adverbials after it; "Pihaknya" points back to the current speaker; a
 * lower-case honorific opens a person; "sambutan dari X" names who speaks
 * next; a stance ("X tidak sepakat", "X mendesak agar") makes X the subject. */
START_TEST(subject_past_connectives)
{
    static const char *const P[] = {
        "Lebih lanjut Wagubri menjelaskan, tingkat pengetahuan masyarakat bermacam-macam.",
        "Pada kesempatan tersebut Kepala Kantor Budi mengatakan, pelayanan akan ditingkatkan.",
        "Pihaknya mengaku selalu mengupayakan warga binaan lebih produktif.",
        "Dalam penjelasannya, bapak Ketua PTA menyampaikan, semua satuan kerja akan diusulkan.",
        "Sedangkan Kepala Bagian Tata Usaha mengingatkan para kepala madrasah terkait buta huruf.",
        "Semarang \xE2\x80\x93 Pada apel pagi jajaran Kantor Kementerian Agama, Kamis (18/10) di halaman kantor, "
        "Kepala Kantor Muh Habib menyampaikan beberapa hasil rakor.",
        "Acara dimulai pukul 09.30 dengan sambutan dari Bapak Camat Dongko, Hari Handoko.",
        "Rapat ini membahas kesiapan logistik pilkada.",
        "Ketua DPRD Budi Santoso tidak sepakat dengan usulan itu.",
        "Ketua Komisi Ani mendesak agar anggaran segera dicairkan.",
    };
    extract(P, 10);
    ck_assert_uint_eq(R.rec.quotes.len, 5);
    ck_assert_str_eq(mention_of(0), "Wagubri");
    ck_assert_str_eq(mention_of(1), "Kepala Kantor Budi");
    ck_assert_int_eq(source_of_quote(2), SOURCE_PRONOUN);
    ck_assert_str_eq(mention_of(3), "bapak Ketua PTA");
    ck_assert_str_eq(subject_mention(0), "Kepala Bagian Tata Usaha");
    ck_assert_str_eq(subject_mention(1), "Kepala Kantor Muh Habib");
    ck_assert_str_eq(subject_mention(2), "Bapak Camat Dongko, Hari Handoko");
    ck_assert_str_eq(subject_mention(3), "Ketua DPRD Budi Santoso"); /* "Rapat ini": a thing, none */
    ck_assert_ptr_null(subject_mention(4));
    ck_assert_str_eq(mention_of(4), "Ketua Komisi Ani");
    ck_assert_str_eq(quote(4)->text, "anggaran segera dicairkan");
}
END_TEST

/* "Demikian disampaikan X" / "Hal ini diungkapkan X" after a sentence with
 * no quote and no speech verb of its own: that sentence is X's indirect
 * quote, also across a paragraph break and without a dateline; not after
 * "X menyampaikan apresiasi ...", but after "Petani diminta melaporkan ...". */
START_TEST(said_by_points_back_to_the_sentence)
{
    static const char *const P[] = {
        "KENDARI, Mediakendari.com \xE2\x80\x93 Pemprov mengangkat tema bergerak maju pada perayaan HUT ke-60.",
        "Hal ini diungkapkan Sekda Asrun Lio saat dikonfirmasi.",
        "SAWAHLUNTO, binews.id - Kota ini akan menjadi kota terakhir yang memiliki Dinas Kominfo.",
        "Hal ini disampaikan Wali Kota Deri Asta saat membuka rakor.",
        "Momentum ini hendaknya dapat digunakan oleh seluruh masyarakat. Demikian disampaikan Bupati Putu Agus.",
        "Gubernur menyampaikan apresiasi kepada seluruh elemen masyarakat. Hal itu disampaikan Gubernur Dominggus.",
        "Disampaikan, H Rahmi, curah hujan yang tinggi menyebabkan genangan.",
        "Petani diminta melaporkan bibit yang mati agar dapat diganti. Demikian disampaikan Kabid Nurlela Dano.",
    };
    extract(P, 8);
    ck_assert_uint_eq(R.rec.quotes.len, 5);
    /* a speech verb that is what someone is asked to do is no speech of the sentence */
    ck_assert_str_eq(quote(4)->text, "Petani diminta melaporkan bibit yang mati agar dapat diganti");
    ck_assert_str_eq(mention_of(4), "Kabid Nurlela Dano");
    ck_assert_str_eq(quote(0)->text, "Pemprov mengangkat tema bergerak maju pada perayaan HUT ke-60");
    ck_assert_uint_eq(quote(0)->paragraph, 0);
    ck_assert_str_eq(mention_of(0), "Sekda Asrun Lio");
    ck_assert_str_eq(quote(1)->text, "Kota ini akan menjadi kota terakhir yang memiliki Dinas Kominfo");
    ck_assert_str_eq(quote(2)->text, "Momentum ini hendaknya dapat digunakan oleh seluruh masyarakat");
    ck_assert_str_eq(mention_of(2), "Bupati Putu Agus");
    ck_assert_str_eq(quote(3)->text, "curah hujan yang tinggi menyebabkan genangan");
    ck_assert_str_eq(mention_of(3), "H Rahmi");
}
END_TEST

/* "meminta/mengimbau X agar ...": the people addressed, then the clause; not
 * "meminta X untuk ...", nor a noun phrase's purpose ("menegaskan pentingnya
 * data agar ..."). A run of hyphens ends a dateline. */
START_TEST(clause_after_the_addressee)
{
    static const char *const P[] = {
        "Jakarta (Humas) --- Kepala Kanwil, Cecep Anwar meminta pada seluruh kepala madrasah agar menginformasikan "
        "seluruh program.",
        "Budi mengingatkan kepada seluruh ASN bahwa disiplin harus dijaga.",
        "Budi meminta warga untuk menjaga kebersihan lingkungan.",
        "Nong Deo juga menegaskan pentingnya ketepatan data agar setiap intervensi tidak salah sasaran.",
    };
    extract(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "menginformasikan seluruh program");
    ck_assert_str_eq(mention_of(0), "Kepala Kanwil, Cecep Anwar");
    ck_assert_str_eq(quote(1)->text, "disiplin harus dijaga");
}
END_TEST

/* Hard-wrapped lines inside a quote: the quote goes on through lines with no
 * mark when a line stops mid-sentence, and is one quote. */
START_TEST(quote_across_hard_wrapped_lines)
{
    static const char *const W[] = {
        "\"Usia 421 tahun",
        "menunjukkan kedewasaan dan kematangan Kabupaten Buleleng dalam menghadapi",
        "berbagai tantangan,\" ujar Bupati Sutjidra. Beliau",
        LDQ "Sedangkan,",
        "penyaluran bulan Juni akan diserahkan nanti" RDQ " kata Mukti.",
    };
    extract(W, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "Usia 421 tahun menunjukkan kedewasaan dan kematangan Kabupaten Buleleng dalam "
                                     "menghadapi berbagai tantangan");
    ck_assert_str_eq(mention_of(0), "Bupati Sutjidra");
    ck_assert_uint_eq(quote(0)->end_paragraph, 2);
    ck_assert_str_eq(quote(1)->text, "Sedangkan, penyaluran bulan Juni akan diserahkan nanti");
}
END_TEST

/* The mention ends before a weekday apposition ("X, Rabu, 21 Februari
 * 2024") and goes on past an abbreviation ("Kemenag Prov. Jateng"); an
 * opening adverbial ("Pasca libur Idulfitri,", "Menghadapi agenda itu,") is
 * no part of the subject. */
START_TEST(mention_bounds_on_real_pages)
{
    static const char *const P[] = {
        LDQ "Bapak Gubernur akan mendampingi Presiden," RDQ " kata Kepala Dinas Kominfo, Andi Winarno, Rabu, 21 "
            "Februari 2024.",
        LDQ "Kami terus bergerak melakukan perbaikan," RDQ " kata Kakanwil Kemenag Prov. Jateng Musta'in Ahmad.",
        "Pasca libur Idulfitri, Pj Gubri SF Hariyanto mengatakan, semua pegawai harus kembali bekerja.",
        "Menghadapi agenda demokrasi itu, Bupati Musyafirin meminta masyarakat agar menyambut pilkada dengan "
        "gembira.",
    };
    extract(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(mention_of(0), "Kepala Dinas Kominfo, Andi Winarno");
    ck_assert_str_eq(mention_of(1), "Kakanwil Kemenag Prov. Jateng Musta'in Ahmad");
    ck_assert_str_eq(mention_of(2), "Pj Gubri SF Hariyanto");
    ck_assert_str_eq(mention_of(3), "Bupati Musyafirin");
}
END_TEST

/* Bounds from the wild pages: "Pj." ends no sentence, "M.H.)." does; a
 * connective before a name is no adverbial, one before a preposition heads
 * one; a verb, an auxiliary or "seperti" ends a mention; a tag whose source
 * runs on into a clause is no trailing tag but a cue inside the sentence; a
 * clause joined after a comma has its own subject. */
START_TEST(bounds_from_wild_pages)
{
    static const char *const P[] = {
        "Menteri Agama, Prof. Dr. Nasaruddin Umar dalam amanat yang disampaikan Pj. Gubernur Sadali menyampaikan, "
        "hari itu merupakan refleksi sikap rendah hati.",
        "Upacara dipimpin Ketua PTA (Dr. H. Abdul Hamid, S.H., M.H.). Dalam amanatnya Ketua PTA menyampaikan, "
        "semua hakim akan dibina.",
        "Sedangkan Abdullah, S.Sos mengatakan waktu yang mepet membuat pemerintah bergerak cepat.",
        "Sedangkan untuk kegiatan resmi lainnya, Gubernur Muhidin menekankan agar kepala daerah hadir.",
        LDQ "Kami siap membantu warga," RDQ " ucap Pj. Sekda didampingi oleh Kepala BPBD Bayu.",
        "Meski dibiayai dari APBN, program tersebut, lanjut Hasanudin baru akan berjalan tahun depan.",
        LDQ "Kota ini telah berhasil menorehkan prestasi," RDQ " ucap dia, seperti dalam keterangan tertulisnya.",
        "Mulai 1 Juli, Ketua PTA dan beberapa hakim akan turun ke daerah, dan saya berharap, kantor tetap berjalan.",
        "Namun dirinya mengatakan, pelayanan tidak boleh berhenti.",
    };
    extract(P, 9);
    ck_assert_uint_eq(R.rec.quotes.len, 8);
    ck_assert_str_eq(mention_of(5), "Hasanudin");
    ck_assert_str_eq(quote(5)->text, "Meski dibiayai dari APBN, program tersebut, lanjut Hasanudin baru akan berjalan "
                                     "tahun depan");
    ck_assert_int_eq(source_of_quote(6), SOURCE_PRONOUN);
    ck_assert_int_eq(source_of_quote(7), SOURCE_PRONOUN);
    ck_assert_str_eq(mention_of(0), "Menteri Agama, Prof. Dr. Nasaruddin Umar");
    ck_assert_str_eq(quote(1)->text, "semua hakim akan dibina");
    ck_assert_str_eq(mention_of(1), "Ketua PTA");
    ck_assert_str_eq(mention_of(2), "Abdullah, S.Sos");
    ck_assert_str_eq(mention_of(3), "Gubernur Muhidin");
    ck_assert_str_eq(mention_of(4), "Pj. Sekda");
}
END_TEST

/* A title's or an initial's full stop inside the source of "Menurut",
 * of a passive cue or of "Dikatakan oleh" ends no sentence; degrees after
 * the name's comma are the source's. */
START_TEST(dotted_titles_inside_a_source)
{
    static const char *const P[] = {
        "Menurut Kepala Desa H. Muhidin, kegiatan ini akan digelar setiap tahun.",
        "Diungkapkan Kepala Desa Drs. Muhidin, warga dapat mengetahui program desa.",
        "Dikatakan oleh Kepala Dinas Ir. H. Budi Santoso, jalan itu segera diperbaiki.",
        "Menurut Kepala Dinas Kesehatan dr. Budi Santoso, M.Kes, vaksinasi terus berjalan.",
    };
    extract(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(quote(0)->text, "kegiatan ini akan digelar setiap tahun");
    ck_assert_str_eq(mention_of(0), "Kepala Desa H. Muhidin");
    ck_assert_str_eq(quote(1)->text, "warga dapat mengetahui program desa");
    ck_assert_str_eq(quote(2)->text, "jalan itu segera diperbaiki");
    ck_assert_str_eq(quote(3)->text, "vaksinasi terus berjalan");
    ck_assert_str_eq(mention_of(3), "Kepala Dinas Kesehatan dr. Budi Santoso, M.Kes");
}
END_TEST

/* A comma between two letters, a closing mark after it or not, is a comma
 * and a left-out space: the words part there, read forwards and backwards,
 * and the cue before it takes its clause; a decimal comma does not part. */
START_TEST(comma_glued_to_the_next_word)
{
    const char *t = "menyampaikan,hari BPBD,\xE2\x80\x9Ducap 2,5 kg";
    size_t pos = 0, back = strlen(t);
    seg_span w;
    static const char *const FORWARD[] = {"menyampaikan,", "hari", "BPBD,\xE2\x80\x9D", "ucap", "2,5", "kg"};
    for (size_t k = 0; k < 6; k++) {
        ck_assert(seg_next_word(t, strlen(t), &pos, &w));
        ck_assert_int_eq((int)(w.end - w.start), (int)strlen(FORWARD[k]));
        ck_assert(strncmp(t + w.start, FORWARD[k], w.end - w.start) == 0);
    }
    for (size_t k = 6; k-- > 0;) {
        ck_assert(seg_prev_word(t, 0, &back, &w));
        ck_assert(strncmp(t + w.start, FORWARD[k], w.end - w.start) == 0 && w.end - w.start == strlen(FORWARD[k]));
    }
    static const char *const P[] = {"Camat Budi Santoso menyampaikan,hari ini bantuan beras disalurkan."};
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "hari ini bantuan beras disalurkan");
}
END_TEST

/* "mengatakan menyambut baik ...": after "mengatakan" (a verb that takes
 * only a clause) a predicate right after it is the speaker's own clause;
 * after "menegaskan" a noun phrase is no clause ("menegaskan pentingnya"),
 * but a -nya word an auxiliary follows is a subject ("kotanya segera"), and
 * after "mengatakan" any -nya word is; an adjective predicate with "terlalu"
 * is one. */
START_TEST(predicate_right_after_mengatakan)
{
    static const char *const P[] = {
        "Ketua Pengadilan Agama Khoirudin mengatakan menyambut baik atas usulan kerja sama itu.",
        "Bupati Budi Santoso menegaskan pentingnya menjaga kebersihan lingkungan.",
        "Wali Kota Deri Asta menegaskan kotanya segera memiliki dinas komunikasi sendiri.",
        "Ekonom Faisal Basri menilai target pertumbuhan ekonomi terlalu optimistis.",
        "Ketua DPP Maria Situmorang mengatakan partainya membuka diri untuk membahas revisi.",
    };
    extract(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(quote(3)->text, "partainya membuka diri untuk membahas revisi"); /* no noun phrase after it */
    ck_assert_str_eq(quote(0)->text, "menyambut baik atas usulan kerja sama itu");
    ck_assert_str_eq(quote(1)->text, "kotanya segera memiliki dinas komunikasi sendiri"); /* -nya with an auxiliary */
    ck_assert_str_eq(quote(2)->text, "target pertumbuhan ekonomi terlalu optimistis");
}
END_TEST

/* "mengungkapkan" reports what is so, as "menyatakan" does: a subject its
 * demonstrative closes and a state after it are a clause ("serangan tikus
 * musim ini paling parah ..."); its object stays none ("mengungkapkan rasa
 * syukur atas bantuan itu"). */
START_TEST(mengungkapkan_judges_a_clause)
{
    static const char *const P[] = {
        "Ketua kelompok tani, Liu Kian Fong, mengungkapkan serangan tikus musim ini paling parah dalam lima tahun.",
        "Kepala Dinas Pertanian, Sumarni Lestari, mengungkapkan luas kebun teh rakyat saat ini sekitar 1.200 hektare.",
        "Ketua kelompok tani, Liu Kian Fong, mengungkapkan rasa syukur atas bantuan burung hantu itu.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "serangan tikus musim ini paling parah dalam lima tahun");
    ck_assert_str_eq(quote(1)->text, "luas kebun teh rakyat saat ini sekitar 1.200 hektare");
}
END_TEST

/* "membenarkan" confirms the clause after "bahwa"; its noun phrase ("membenarkan kerusakan tersebut")
 * is no quote. */
START_TEST(membenarkan_confirms_a_clause)
{
    static const char *const P[] = {
        "Kepala Desa Gasol, Ade Supriatna, membenarkan bahwa masih ada 46 kepala keluarga di huntara.",
        "Kepala Dinas PUPR, Budi Santoso, membenarkan kerusakan tersebut.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "masih ada 46 kepala keluarga di huntara");
}
END_TEST

/* A pe- agent noun's -nya word a verb follows is a clause's subject
 * ("menerangkan petugasnya membawa ...", "menjelaskan pegawainya memungut
 * ..."); a pe-...-an nominalisation's is the cue's object ("menceritakan
 * pengalamannya merujuk pasien"). */
START_TEST(pe_agent_nya_subjects)
{
    static const char *const P[] = {
        "Kepala Bidang Meutia Ulfiana menerangkan petugasnya membawa perangkat perekaman keliling.",
        "Kepala Disdukcapil Irfandi Lawata menjelaskan pegawainya memungut biaya pencetakan KTP-el.",
        "Suhartini Lewa, bidan di Pustu Bonerate, menceritakan pengalamannya merujuk pasien pada malam hari.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "petugasnya membawa perangkat perekaman keliling");
    ck_assert_str_eq(quote(1)->text, "pegawainya memungut biaya pencetakan KTP-el");
}
END_TEST

/* A verb with no prefix is a clause's predicate ("para pengepul datang",
 * "ide kelas itu muncul", "kasus malaria ... naik", "ia belajar ... karena
 * ..."), inside a relative clause too ("temuan yang paling sering muncul
 * adalah ...", "penumpang yang hilang diperluas ..."). */
START_TEST(bare_verb_predicates)
{
    static const char *const P[] = {
        "Ia bercerita para pengepul datang dari Dobo dan membawa pesanan dari Surabaya.",
        "Guru Dadan Rukmana menceritakan ide kelas itu muncul dari keluhan petani.",
        "Bagas Adi Prasetyono mengatakan ia belajar lengger karena ingin tampil di festival.",
        "Ia menyebutkan temuan yang paling sering muncul adalah belanja tanpa bukti.",
        "Ia menjelaskan kasus malaria di wilayah kerjanya naik sejak awal musim hujan.",
        "Ia menjelaskan pencarian dua penumpang yang hilang diperluas hingga radius 10 mil laut.",
        "Ia menilai banyak sekolah di daerah pegunungan luput dari perhatian.",
        "Ia mengatakan atap ruang kelas VIII A dan VIII B runtuh pada Senin malam.",
        "Ia menyebutkan ketiga korban tewas di lokasi kejadian.",
        "Ia mengaku kebun kelapanya seluas dua hektare kini tinggal separuh.",
    };
    extract(P, 10);
    ck_assert_uint_eq(R.rec.quotes.len, 10);
    ck_assert_str_eq(quote(9)->text, "kebun kelapanya seluas dua hektare kini tinggal separuh");
    ck_assert_str_eq(quote(6)->text, "banyak sekolah di daerah pegunungan luput dari perhatian");
    ck_assert_str_eq(quote(7)->text, "atap ruang kelas VIII A dan VIII B runtuh pada Senin malam");
    ck_assert_str_eq(quote(4)->text, "kasus malaria di wilayah kerjanya naik sejak awal musim hujan");
    ck_assert_str_eq(quote(5)->text, "pencarian dua penumpang yang hilang diperluas hingga radius 10 mil laut");
    ck_assert_str_eq(quote(0)->text, "para pengepul datang dari Dobo dan membawa pesanan dari Surabaya");
    ck_assert_str_eq(quote(1)->text, "ide kelas itu muncul dari keluhan petani");
    ck_assert_str_eq(quote(2)->text, "ia belajar lengger karena ingin tampil di festival");
    ck_assert_str_eq(quote(3)->text, "temuan yang paling sering muncul adalah belanja tanpa bukti");
}
END_TEST

/* After "mengaku" (a verb of judging) an active predicate right after it is
 * the speaker's own clause ("mengaku menerima uang ..."), a benefit gained
 * is reported as a feeling is ("mengaku mendapat banyak pemahaman baru"). */
START_TEST(mengaku_with_an_active_predicate)
{
    static const char *const P[] = {
        "Saksi Yohanes Simanjuntak mengaku menerima uang Rp 2 miliar dari terdakwa.",
        "Salah satu peserta, I Putu Arimbawa, mengaku mendapat banyak pemahaman baru soal metadata.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "menerima uang Rp 2 miliar dari terdakwa");
}
END_TEST

/* "Menurut" before an epithet of several words closed by a demonstrative and
 * a comma; "mudah-mudahan" opens a clause as "semoga" does; a time adverb
 * in -nya ("kedepannya") after "berharap" opens no noun phrase; a feeling
 * after an auxiliary is no clause ("mengaku masih trauma"). */
START_TEST(epithet_source_and_clause_openers)
{
    static const char *const P[] = {
        "Menurut politikus Partai NasDem itu, sanksi etik saja tidak cukup.",
        "Menurut data yang dihimpun dari dinas itu, jumlah warga miskin turun.",
        "Kepala Sub Bagian Tata Usaha Ma'ruf mengatakan mudah-mudahan apel ini menambah semangat kerja.",
        "Bupati Hendra Saputra berharap kedepannya pembangunan di desa semakin berkembang.",
        "Bupati Hendra Saputra berharap kebersamaannya dengan warga desa.",
        "Pemilik rumah, Yusnidar, mengaku masih trauma atas kejadian tersebut.",
    };
    extract(P, 6);
    ck_assert_uint_eq(R.rec.quotes.len, 3); /* "mengaku masih trauma": a feeling */
    ck_assert_str_eq(quote(0)->text, "sanksi etik saja tidak cukup");
    ck_assert_str_eq(mention_of(0), "politikus Partai NasDem itu");
    ck_assert_str_eq(quote(1)->text, "apel ini menambah semangat kerja");
    ck_assert_str_eq(quote(2)->text, "kedepannya pembangunan di desa semakin berkembang");
}
END_TEST

/* The subject of the cue speaks, not the reader an adverbial after it names
 * with "oleh" (GOLD.md: "Menteri, dalam sambutan yang dibacakan Gubernur,
 * mengatakan" is the minister's), also with no comma before the adverbial;
 * an agent phrase still names its speaker. */
START_TEST(reader_inside_an_adverbial_is_no_subject)
{
    static const char *const P[] = {
        "Kepala Kanwil Kemenag NTT, Yohanes Lelan, dalam sambutan yang dibacakan oleh Kepala Bagian Tata Usaha, "
        "Abdul Karim, mengatakan bahwa penyuluh agama adalah ujung tombak.",
        "Pembinaan disampaikan oleh Kepala Kanwil Yohanes Lelan, yang menekankan bahwa penyuluh harus hadir.",
        "Wali Kota Dumai dalam sambutan yang dibacakan oleh Sekretaris Daerah Kota Dumai, Drs. H. Rizalman "
        "Tambusai, M.Si., menyampaikan bahwa pajak kembali kepada masyarakat.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(mention_of(0), "Kepala Kanwil Kemenag NTT, Yohanes Lelan");
    ck_assert_str_eq(mention_of(1), "Kepala Kanwil Yohanes Lelan");
    ck_assert_str_eq(mention_of(2), "Wali Kota Dumai");
}
END_TEST

/* A document after "menurut" is no source ("menurut Undang-Undang Nomor 16"
 * inside a reported clause); an adverb before an agentless passive's comma
 * ("Ditegaskan pula, ..."); "menanggapi," and "mengakui" + clause are cues. */
START_TEST(documents_adverbs_and_response_cues)
{
    static const char *const P[] = {
        "Ia mengingatkan bahwa batas usia perkawinan menurut Undang-Undang Nomor 16 Tahun 2019 adalah 19 tahun.",
        "Ditegaskan pula, kendaraan pribadi tidak diizinkan masuk ke kawasan pantai.",
        "Hartono menanggapi, asesmen akan dilakukan setelah siswa diterima.",
        "Soeparno mengakui keterbatasan lahan menjadi kendala utama.",
        "Soeparno mengakui kesalahan tersebut.",
    };
    extract(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(quote(0)->text, "batas usia perkawinan menurut Undang-Undang Nomor 16 Tahun 2019 adalah 19 tahun");
    ck_assert_int_eq(source_of_quote(0), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(1)->text, "kendaraan pribadi tidak diizinkan masuk ke kawasan pantai");
    ck_assert_int_eq(source_of_quote(1), SOURCE_NONE);
    ck_assert_str_eq(mention_of(2), "Hartono");
    ck_assert_str_eq(quote(3)->text, "keterbatasan lahan menjadi kendala utama");
}
END_TEST

/* A subject that is surely one opens a clause whatever its predicate
 * ("mengatakan dirinya hadir untuk ..."); a -nya phrase is a subject when
 * an auxiliary follows it ("menilai masuknya investor asing ke sektor itu
 * merupakan ..."), not when a verb or a relative clause does, unless the
 * -nya is a noun's and a verb follows it ("partainya menolak", not
 * "pentingnya menjaga" nor "terpenuhinya hak"). */
START_TEST(clause_subjects_and_nya_phrases)
{
    static const char *const P[] = {
        "Mantan Kapolda ini hanya mengatakan dirinya hadir untuk memenuhi panggilan penyidik.",
        "Ekonom Retno Kusumastuti menilai masuknya investor asing ke sektor agritech merupakan sinyal positif.",
        "Bupati Budi Santoso menegaskan pentingnya menjaga kebersihan lingkungan agar tetap sehat.",
        "Bupati Budi Santoso menegaskan pentingnya peran guru yang harus terus ditingkatkan.",
        "Ia menegaskan partainya menolak pilkada lewat DPRD.",
        "Bupati menekankan terpenuhinya hak anak untuk bersekolah.",
    };
    extract(P, 6);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(quote(2)->text, "partainya menolak pilkada lewat DPRD"); /* a noun's -nya, then a verb */
    ck_assert_str_eq(quote(0)->text, "dirinya hadir untuk memenuhi panggilan penyidik");
    ck_assert_str_eq(quote(1)->text, "masuknya investor asing ke sektor agritech merupakan sinyal positif");
}
END_TEST

/* A verb after a preposition's noun phrase is the clause's predicate
 * ("sejumlah rumah di Desa Gamtala dilaporkan mengalami ..."), a verb right
 * after the preposition is the adverbial's ("apresiasi atas pencapaian itu
 * dalam membangun kerukunan umat beragama"), and a subordinate clause after
 * the complement's first words is no part of it ("terima kasih karena ...
 * berkenan hadir"); "hal itu" keeps pointing back ("hal itu di kantor
 * dilanjutkan"). The word after a demonstrative that closes the subject is
 * its predicate after a verb of judging ("menilai bantuan tersebut tepat
 * sasaran"; not after one that takes a noun phrase: "menyampaikan bantuan
 * tersebut langsung kepada warga"), but "hal" is no demonstrative and an
 * aside word no predicate; a preposition made like a verb ("melalui") is
 * none either. */
START_TEST(predicate_after_a_prepositional_phrase)
{
    static const char *const P[] = {
        "Kepala BPBD Jufri Hamisi menyampaikan sejumlah rumah di Desa Gamtala dilaporkan mengalami retak dinding.",
        "Ia berharap sosialisasi kepada sekolah di daerah dilakukan lebih awal.",
        "Bupati Dico menyampaikan apresiasi atas pencapaian kementerian agama dalam membangun kerukunan umat "
        "beragama.",
        "Ketua PTA menyampaikan terima kasih karena disela-sela kesibukan beliau sebagai Dirjen berkenan hadir.",
        "Bupati Dico menyampaikan hal itu di kantor bupati dihadiri para camat.",
        "Ketua HNSI Hendri Kurniadi menilai bantuan tersebut tepat sasaran.",
        "Ia menilai pendampingan seperti ini lebih efektif daripada sosialisasi di hotel.",
        "Ia mengatakan hal ini lebih lanjut kepada warga.",
        "Ia menilai program ini lebih dari sekadar bantuan.",
        "Ia menilai layanan di pasar lebih praktis karena ia tidak perlu menutup bengkel.",
        "Mereka menegaskan komitmen untuk meningkatkan pelayanan dalam hal informasi perceraian.",
        "Darwis mengatakan dalam melaksanakan musyawarah ini khususnya kepada warga.",
        "Warga menyampaikan gangguan layanan pada titik internet BAKTI melalui layanan pengaduan 24 jam.",
        "Bupati menyampaikan bantuan tersebut ke warga desa.",
        "Bupati menjelaskan program tersebut akibat banyaknya keluhan warga.",
        "Bupati menyampaikan bantuan tersebut langsung kepada warga.",
        "Kepala Dinas menyampaikan rencana kerja dinas selama satu tahun.", /* "dinas" is no passive */
        "Menteri Perdagangan mengatakan stok beras nasional aman.",
        "Ia mengatakan hal itu.",
        "Kepala Dinas mengatakan stok vaksin anti-rabies (VAR) untuk manusia di 20 puskesmas dalam kondisi aman "
        "hingga akhir tahun.",
        "Kepala Dinas Kebudayaan menilai kesepakatan krama subak itu sejalan dengan Perda Tata Ruang.",
    };
    extract(P, 21);
    ck_assert_uint_eq(R.rec.quotes.len, 8);
    /* ... a state that also opens adverbials ("Sejalan dengan itu, ...") too */
    ck_assert_str_eq(quote(7)->text, "kesepakatan krama subak itu sejalan dengan Perda Tata Ruang");
    ck_assert_str_eq(quote(4)->text, "layanan di pasar lebih praktis karena ia tidak perlu menutup bengkel");
    ck_assert_str_eq(quote(6)->text, "stok vaksin anti-rabies (VAR) untuk manusia di 20 puskesmas dalam kondisi "
                                     "aman hingga akhir tahun"); /* past the window */
    ck_assert_str_eq(quote(5)->text, "stok beras nasional aman"); /* "mengatakan" takes only a clause */
    ck_assert_str_eq(quote(2)->text, "bantuan tersebut tepat sasaran"); /* a demonstrative closes the subject */
    /* ... and so does a comparative's state after it or after the subject's
     * words (not "lebih lanjut", "lebih dari") */
    ck_assert_str_eq(quote(3)->text, "pendampingan seperti ini lebih efektif daripada sosialisasi di hotel");
    ck_assert_str_eq(quote(0)->text, "sejumlah rumah di Desa Gamtala dilaporkan mengalami retak dinding");
    ck_assert_str_eq(quote(1)->text, "sosialisasi kepada sekolah di daerah dilakukan lebih awal");
}
END_TEST

/* A comparative's state is the predicate of the clause after any verb
 * that takes one, a comma after the state too ("berharap perayaan tahun ini
 * lebih sederhana, tanpa ..."); not after one that addresses people
 * ("meminta warga lebih waspada": what they are told to be). */
START_TEST(comparative_state_after_a_clause_verb)
{
    static const char *const P[] = {
        "Ketua PGGP berharap perayaan tahun ini lebih sederhana, tanpa pesta miras di permukiman.",
        "Bupati meminta warga lebih waspada terhadap banjir.",
        "Deputi mengatakan gaji PPPK paling sedikit setara dengan upah minimum.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "perayaan tahun ini lebih sederhana, tanpa pesta miras di permukiman");
    ck_assert_str_eq(quote(1)->text, "gaji PPPK paling sedikit setara dengan upah minimum");
}
END_TEST

/* "lalu" after a month or a period is its direction ("September lalu"),
 * not the connective that opens an adverbial: the ter- predicate after
 * the adverbial's noun phrase still makes a clause. */
START_TEST(month_direction_is_no_connective)
{
    static const char *const P[] = {
        "Kepala Dinas Kesehatan menyebut sepanjang September lalu tercatat 412 kasus gigitan hewan penular rabies.",
        "Ia mengaku baru dua bulan lalu mengambil kredit rumah.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "sepanjang September lalu tercatat 412 kasus gigitan hewan penular rabies");
    ck_assert_str_eq(quote(1)->text, "baru dua bulan lalu mengambil kredit rumah");
}
END_TEST

/* A passive cue doubled by an active one ("Disampaikan Ketua X, Burhan,
 * SAg.MH menyampaikan, ..."): the clause starts after the second cue, the
 * degrees go with the agent. */
START_TEST(doubled_cue_after_a_passive)
{
    static const char *const P[] = {
        "Disampaikan Ketua Pengadilan Agama Kajen, Burhan Sholihin, SAg.MH menyampaikan, 28 perkara disidangkan "
        "hari ini.",
    };
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "28 perkara disidangkan hari ini");
    ck_assert_str_eq(mention_of(0), "Ketua Pengadilan Agama Kajen, Burhan Sholihin, SAg.MH");
}
END_TEST

/* A quote interrupted by its tag ("“A,” kata X, “B.”"): the tag, closed by
 * its comma, cues both parts; terms in marks with no tag stay no quotes;
 * "petikan" and "kutipan" (an excerpt) are speech nouns. */
START_TEST(quote_interrupted_by_its_tag)
{
    static const char *const P[] = {
        LDQ "Saya sempat menanyakan untuk apa," RDQ " kata Lusiana, " LDQ "tapi Pak Kepala Dinas bilang itu "
        "urusan pimpinan." RDQ,
        "Ia menyebut program " LDQ "Desa Cerdas" RDQ " dan " LDQ "Kampung Tangguh" RDQ " sebagai andalan.",
        LDQ "Ukuran keberhasilan kita bukan lagi serapan anggaran," RDQ " demikian petikan sambutan Menteri.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(mention_of(2), "sambutan Menteri"); /* an excerpt of a speech: the speakers stage reads the noun */
    ck_assert_str_eq(quote(1)->text, "tapi Pak Kepala Dinas bilang itu urusan pimpinan");
    ck_assert_str_eq(mention_of(1), "Lusiana");
}
END_TEST

/* Cues of denial, estimate and account (membantah, memperkirakan and BMKG's memprakirakan,
 * bercerita, memaparkan, menjawab + clause); a date aside closing an
 * unquoted tag ("..., ujar Dwi saat dikonfirmasi, Rabu (19/11/2025).");
 * prepositions made like verbs (menjelang) and adverbials inside a relative
 * clause ("yang hingga kini telah ...") make no predicate; a passive after
 * the relative clause's verb does ("jenis bibit yang ditanam dipilih ..."). */
START_TEST(denials_estimates_and_relative_clauses)
{
    static const char *const P[] = {
        "Kuasa hukum Maruli Hutapea membantah kliennya meminta uang kepada bawahannya.",
        "Analis Felicia Wongso memperkirakan IHSG masih berpotensi menguji level support 7.000.",
        "Tidak ada korban jiwa dan semua warga sudah dirawat, ujar Dwi saat dikonfirmasi, Rabu (19/11/2025).",
        "Kepala Kanwil memaparkan sejumlah regulasi, berikut persiapan dan kesiapan asrama menjelang pemberangkatan "
        "kloter pertama.",
        "Kepala Dinas memaparkan capaian program Bapak Asuh yang hingga kini telah menjangkau 3.400 anak.",
        "Kepala Dinas Budi Santoso menjelaskan jenis bibit yang ditanam dipilih yang tahan terhadap tanah berpasir.",
        "PT ASDP mengklaim seluruh penumpang yang tertahan telah mendapat makanan gratis.",
        "Ketua Umum PKR, Rusmanto, belum menyatakan akan kembali mencalonkan diri.", /* a negated cue */
        "Stasiun Meteorologi Tardamu Sabu memprakirakan awal musim hujan di Pulau Sabu baru terjadi pekan depan.",
    };
    extract(P, 9);
    ck_assert_uint_eq(R.rec.quotes.len, 6);
    ck_assert_str_eq(quote(5)->text, "awal musim hujan di Pulau Sabu baru terjadi pekan depan"); /* BMKG's verb */
    ck_assert_str_eq(quote(4)->text, "seluruh penumpang yang tertahan telah mendapat makanan gratis"); /* ter- verb */
    ck_assert_str_eq(quote(0)->text, "kliennya meminta uang kepada bawahannya");
    ck_assert_str_eq(quote(1)->text, "IHSG masih berpotensi menguji level support 7.000");
    ck_assert_str_eq(quote(2)->text, "Tidak ada korban jiwa dan semua warga sudah dirawat");
    ck_assert_str_eq(mention_of(2), "Dwi");
    ck_assert_str_eq(quote(3)->text, "jenis bibit yang ditanam dipilih yang tahan terhadap tanah berpasir");
}
END_TEST

/* Tags government copy writes after a quote: "minta X", "perintah X", and
 * a closer with a pronoun (",” demikian beliau mengakhiri sambutannya."). */
START_TEST(request_order_and_closer_pronoun_tags)
{
    static const char *const P[] = {
        LDQ "Saya minta madrasah terus aktif membina peserta didik" RDQ " minta H. Mahyudin.",
        LDQ "Berkas yang sudah komplit segera dibawa ke kantor," RDQ " perintah Kakankemenag.",
        LDQ "Semoga program ini bermanfaat bagi masyarakat." RDQ ", demikian beliau mengakhiri sambutannya.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(mention_of(0), "H. Mahyudin");
    ck_assert_str_eq(mention_of(1), "Kakankemenag");
    ck_assert_int_eq(source_of_quote(2), SOURCE_PRONOUN);
}
END_TEST

/* After a quote, a pronoun then the verb: ",” dia berujar." */
START_TEST(pronoun_before_the_verb_after_a_quote)
{
    static const char *const P[] = {LDQ "Masyarakat adat yang paling dirugikan," RDQ " dia berujar."};
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->cue, "berujar");
    ck_assert_int_eq(source_of_quote(0), SOURCE_PRONOUN);
}
END_TEST

/* Cues inside a sentence as real copy writes them: the comma after the name
 * left out ("..., lanjut Hasanudin baru akan ..."), an aside after the name
 * ("lanjut Sinaga sapaan akrabnya, ..."), "Masih kata dia," and "Pasalnya,
 * kata dia," (connectives: the clause after the cue), "menurutnya" with no
 * comma before it (after "karena", the clause after it; else the sentence). */
START_TEST(cues_inside_sentences_as_written)
{
    static const char *const P[] = {
        "Namun program tersebut, lanjut Hasanudin baru akan dilaksanakan di satu tempat.",
        "Maka itu lanjut Sinaga sapaan akrabnya, penyaluran bantuan terus dilakukan.",
        "Masih kata dia, sesuai peraturan vaksin wajib bagi semua warga.",
        "Pasalnya, kata dia, ini bisa mempermudah warga.",
        "Hal itu penting karena menurutnya vaksin adalah upaya pencegahan.",
        "Salah satu wujud rasa syukur menurutnya ASN harus meningkatkan disiplin.",
        "Lebih lanjut Kepala Bagian Tata Usaha memaparkan, program wakaf terus berjalan.",
    };
    extract(P, 7);
    ck_assert_uint_eq(R.rec.quotes.len, 7);
    ck_assert_str_eq(quote(0)->text, "Namun program tersebut, lanjut Hasanudin baru akan dilaksanakan di satu tempat");
    ck_assert_str_eq(mention_of(0), "Hasanudin");
    ck_assert_str_eq(quote(1)->text, "penyaluran bantuan terus dilakukan");
    ck_assert_str_eq(quote(2)->text, "sesuai peraturan vaksin wajib bagi semua warga");
    ck_assert_str_eq(quote(3)->text, "ini bisa mempermudah warga");
    ck_assert_str_eq(quote(4)->text, "vaksin adalah upaya pencegahan");
    ck_assert_str_eq(quote(5)->text, "Salah satu wujud rasa syukur menurutnya ASN harus meningkatkan disiplin");
    ck_assert_str_eq(quote(6)->text, "program wakaf terus berjalan");
    ck_assert_str_eq(quote(6)->cue, "memaparkan");
}
END_TEST

/* Passives with no agent report the passage's speaker ("Dijelaskan bahwa",
 * "disampaikan pula bahwa", after an adverbial), not after a name or a
 * document; "dikatakan olehnya," and "Ditambahnya" point back; a tag after
 * an adverbial the whole sentence is reported under ("Di setiap KUA ...,
 * sebutnya."). */
START_TEST(passives_with_no_agent_and_tags_after_adverbials)
{
    static const char *const P[] = {
        "Dijelaskan bahwa pemerintah kota saat ini membuka program beasiswa.",
        "Selain itu, disampaikan pula bahwa promosi jabatan harus berbasis kapabilitas.",
        "Pada kegiatan tersebut juga disampaikan bahwa survei harus dilakukan secara berkala.",
        "Sebab, dikatakan olehnya, polisi tidak bisa bekerja sendiri.",
        "Ditambahnya lagi, warga binaan bisa menunjukkan hasil karya mereka.",
        "Di setiap KUA juga sudah ada layanan pernikahan, sebutnya.",
        "Berdasarkan PMA Nomor 20 Tahun 2019, disampaikan bahwa KUA wajib melayani.",
        "Dalam sambutannya, Bupati Sleman Sri Purnomo yang dibacakan oleh Camat disampaikan bahwa budaya dijaga.",
    };
    extract(P, 8);
    ck_assert_uint_eq(R.rec.quotes.len, 6);
    ck_assert_str_eq(quote(0)->text, "pemerintah kota saat ini membuka program beasiswa");
    ck_assert_int_eq(source_of_quote(0), SOURCE_NONE);
    ck_assert_str_eq(quote(1)->text, "promosi jabatan harus berbasis kapabilitas");
    ck_assert_str_eq(quote(2)->text, "survei harus dilakukan secara berkala");
    ck_assert_str_eq(quote(3)->text, "polisi tidak bisa bekerja sendiri");
    ck_assert_int_eq(source_of_quote(3), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(4)->text, "warga binaan bisa menunjukkan hasil karya mereka");
    ck_assert_int_eq(source_of_quote(4), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(5)->text, "Di setiap KUA juga sudah ada layanan pernikahan");
}
END_TEST

/* A passive cue's agent with a name apposed after its comma: the clause
 * starts after the name ("Disampaikan Plt Kalak BPBD Balangan, H Rahmi, ..."). */
START_TEST(passive_agent_with_an_apposed_name)
{
    static const char *const P[] = {
        "Disampaikan Plt Kalak BPBD Balangan, H Rahmi, sehubungan dengan tingginya curah hujan warga diminta waspada.",
    };
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "sehubungan dengan tingginya curah hujan warga diminta waspada");
    ck_assert_str_eq(mention_of(0), "Plt Kalak BPBD Balangan, H Rahmi");
}
END_TEST

/* A relative clause's cue speaks for the office or titled person it
 * follows ("amanat Kapolri yang menegaskan bahwa"), not for a thing
 * ("pesan berantai melalui WhatsApp dan Facebook yang menyebutkan"). */
START_TEST(relative_cue_speaks_for_the_office_before_it)
{
    static const char *const P[] = {
        "Wakapolres membacakan amanat Kapolri yang menegaskan bahwa apel merupakan bentuk kesiapan personel.",
        "Beredar pesan berantai melalui WhatsApp dan Facebook yang menyebutkan pemerintah membuka rekrutmen.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(mention_of(0), "Kapolri");
    ck_assert_int_eq(source_of_quote(1), SOURCE_NONE);
}
END_TEST

/* "untuk" after a cue verb opens a purpose, no clause (GOLD.md). */
START_TEST(untuk_after_a_cue_is_no_clause)
{
    static const char *const P[] = {"Ia berharap untuk menjadi teladan bagi pegawai lain di lingkungan dinas."};
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 0);
}
END_TEST

/* A person's or an office's noun a demonstrative closes is the cue's
 * subject as an epithet is ("Pria itu mengatakan", "Balai itu juga
 * menyatakan"); a thing's is not ("Kebijakan itu", "Kolaborasi ini"). */
START_TEST(one_word_epithet_with_a_demonstrative)
{
    static const char *const P[] = {
        "Pria itu mengatakan tim survei akan turun ke lokasi.",
        "Balai itu juga menyatakan tim survei akan turun ke lokasi pada 12 Oktober.",
        "Kebijakan itu menyebutkan bahwa warga mendapat bantuan.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "tim survei akan turun ke lokasi");
    ck_assert_str_eq(quote(1)->text, "tim survei akan turun ke lokasi pada 12 Oktober");
}
END_TEST

/* "memastikan" takes a clause with no "bahwa" (GOLD.md's cue list); a
 * thing a demonstrative closes ("Kolaborasi ini") reports no speech. */
START_TEST(memastikan_takes_a_clause)
{
    static const char *const P[] = {
        "Direktur Utama Bulog Indra Kusnadi memastikan stok beras nasional tetap tersedia hingga Maret.",
        "Kolaborasi ini mencerminkan semangat bersama serta memastikan pelayanan umat dapat berjalan harmonis.",
        "Acara ini bertujuan memastikan bahwa semua satuan kerja memenuhi kriteria.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "stok beras nasional tetap tersedia hingga Maret");
    ck_assert_str_eq(mention_of(0), "Direktur Utama Bulog Indra Kusnadi");
}
END_TEST

/* A reporter's sign-off at the paragraph's end is no part of the quote:
 * after the full stop, spaced or glued; glued to the last word with a slash
 * or a dash; an acronym in brackets after a word stays. */
START_TEST(signoff_after_the_last_sentence)
{
    static const char *const P[] = {
        "Karutan berharap para warga binaan tetap semangat dalam pembinaan. (Benny MS)",
        "Bupati berharap daerah ini akan selalu rukun dan damai(adv-red)",
        "Kepala desa mengatakan bantuan berasal dari dana desa (DD)",
        "Camat menegaskan pelantikan digelar tahun depan. (ASY)",
    };
    extract(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(quote(0)->text, "para warga binaan tetap semangat dalam pembinaan");
    ck_assert_str_eq(quote(1)->text, "daerah ini akan selalu rukun dan damai");
    ck_assert_str_eq(quote(2)->text, "bantuan berasal dari dana desa (DD)");
    ck_assert_str_eq(quote(3)->text, "pelantikan digelar tahun depan");
}
END_TEST

/* The passives of GOLD.md's saying verbs with their agent ("Disebutkan
 * X, ...", "Dikemukakan X, ...", "Ditekankan X, ..."), after "Seperti" or
 * "Sebagaimana" too ("Seperti disampaikan X, ..."). */
START_TEST(passives_of_saying_verbs)
{
    static const char *const P[] = {
        "Disebutkan Rudi, remisi diberikan kepada narapidana yang berkelakuan baik.",
        "Dikemukakan Camat Budi, bantuan akan disalurkan pekan depan.",
        "Ditekankan Bupati Sleman Sri Purnomo, semua pegawai wajib hadir.",
        "Seperti disampaikan Kepala Dinas Pariwisata Budi Hariyono, pentas itu dibuka bagi semua grup reog.",
        "Sebagaimana dikatakan Budi Hariyono, pentas itu akan dibuka untuk umum.",
    };
    extract(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 5);
    ck_assert_str_eq(mention_of(0), "Rudi");
    ck_assert_str_eq(quote(1)->text, "bantuan akan disalurkan pekan depan");
    ck_assert_str_eq(quote(2)->cue, "Ditekankan");
    ck_assert_str_eq(quote(3)->text, "pentas itu dibuka bagi semua grup reog");
    ck_assert_str_eq(mention_of(3), "Kepala Dinas Pariwisata Budi Hariyono");
    ck_assert_str_eq(mention_of(4), "Budi Hariyono");
}
END_TEST

/* A tag written as a sentence of its own after a quote that ended one
 * ("...masyarakat.” Kata Darwis.", "...” Ucapnya.", "Kata dia."); not a
 * sentence that goes on past its source ("Kata Darwis, program ..."). */
START_TEST(tag_as_a_sentence_of_its_own)
{
    static const char *const P[] = {
        LDQ "Kami akan terus meningkatkan pelayanan kepada masyarakat." RDQ " Kata Darwis.",
        LDQ "Semua pegawai wajib hadir tepat waktu." RDQ " Ucapnya.",
        LDQ "Bantuan segera kami salurkan kepada warga." RDQ " Kata dia. Program berjalan baik.",
        LDQ "Jalan desa sudah kami perbaiki semuanya." RDQ " Kata Darwis, program ini sudah berjalan.",
    };
    extract(P, 4);
    ck_assert_str_eq(quote(0)->cue, "Kata");
    ck_assert_str_eq(mention_of(0), "Darwis");
    ck_assert_str_eq(quote(1)->cue, "Ucapnya");
    ck_assert_int_eq(source_of_quote(1), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(2)->cue, "Kata");
    ck_assert_int_eq(source_of_quote(2), SOURCE_PRONOUN);
    ck_assert_str_eq(quote(3)->text, "Jalan desa sudah kami perbaiki semuanya");
    ck_assert_ptr_null(quote(3)->cue);
}
END_TEST

/* A tag opening the sentence: "Imbuh X, ...", "Lanjutnya, ..." (not "Jelas,
 * kita harus ...", an adverb). */
START_TEST(tag_opening_the_sentence)
{
    static const char *const P[] = {
        "Imbuh Budi, program ini akan dilanjutkan tahun depan.",
        "Lanjutnya, semua warga akan mendapat bantuan.",
        "Jelas, kita harus bekerja lebih keras tahun ini.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "program ini akan dilanjutkan tahun depan");
    ck_assert_str_eq(mention_of(0), "Budi");
    ck_assert_str_eq(quote(1)->text, "semua warga akan mendapat bantuan");
    ck_assert_int_eq(source_of_quote(1), SOURCE_PRONOUN);
}
END_TEST

/* Press releases write the bare stem for the me- verb: "Sekdaprov juga
 * katakan, ...", "RZ sampaikan bahwa ..."; the stem alone with its object
 * reports nothing ("saat sampaikan arahan"). */
START_TEST(bare_stem_verbs_report_speech)
{
    static const char *const P[] = {
        "Sekdaprov juga katakan, pengelolaan informasi akan menjadi bagian laporan.",
        "Kepada wartawan, RZ sampaikan bahwa HUT Riau mesti dimaknai dengan semangat besar.",
        "Hal itu terungkap saat Bupati sampaikan arahan kepada camat.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "pengelolaan informasi akan menjadi bagian laporan");
    ck_assert_str_eq(mention_of(0), "Sekdaprov");
    ck_assert_str_eq(quote(1)->text, "HUT Riau mesti dimaknai dengan semangat besar");
    ck_assert_str_eq(mention_of(1), "RZ");
}
END_TEST

/* "mendorong agar" (urges that) reports what the speaker urges, as
 * "mendesak agar" does; pushing someone to act or driving growth does not. */
START_TEST(urging_that_reports_speech)
{
    static const char *const P[] = {
        "Rakha juga mendorong agar PLN membuka data kapasitas jaringan secara berkala.",
        "Ia mendorong seluruh ASN untuk terus berpikir progresif.",
        "Program ini mendorong pertumbuhan ekonomi desa.",
    };
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "PLN membuka data kapasitas jaringan secara berkala");
    ck_assert_str_eq(mention_of(0), "Rakha");
}
END_TEST

/* After a verb of speech that takes a clause, a phrase of time or source
 * and its comma frame the clause ("menyebut dari 27 ODGJ yang dibebaskan,
 * 19 orang ...", "mengatakan berdasarkan data verifikasi, masih ada ...",
 * "menjelaskan dari 23 IUP yang diperiksa, tujuh perusahaan ..."). */
START_TEST(framing_phrase_before_the_clause)
{
    static const char *const P[] = {
        "Kepala dinas menyebut dari 27 ODGJ yang dibebaskan, 19 orang kini menjalani rawat jalan.",
        "Ia mengatakan berdasarkan data verifikasi lapangan, masih ada 1.146 anak yang tidak sekolah.",
        "Ia menyebut hingga akhir Mei, sekitar 2.300 rumah sakit telah memenuhi kriteria.",
        "Kepala Dinas ESDM, Ir. Kasim Taufan, M.T., menjelaskan dari 23 IUP yang diperiksa, tujuh perusahaan belum "
        "menanam kembali lahan bekas galian.",
        "Ketua BPD Ngadas, Ngatiman Wiyono, mengungkapkan dari hasil musyawarah dusun bulan lalu, usulan terbanyak "
        "adalah perbaikan jalan.",
    };
    extract(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 5);
    ck_assert_str_eq(quote(0)->text, "dari 27 ODGJ yang dibebaskan, 19 orang kini menjalani rawat jalan");
    ck_assert_str_eq(quote(3)->text,
                     "dari 23 IUP yang diperiksa, tujuh perusahaan belum menanam kembali lahan bekas galian");
    ck_assert_str_eq(quote(4)->text, "dari hasil musyawarah dusun bulan lalu, usulan terbanyak adalah perbaikan jalan");
}
END_TEST

/* "menyebut" reports a clause as "mengatakan" does, whatever its predicate
 * (a nominal one, one past a relative clause); a refusal before it ("menolak
 * menyebutkan siapa ...") reports nothing, as a negation does. */
START_TEST(menyebut_reports_a_clause)
{
    static const char *const P[] = {
        "Pengepul rempah Liston Tinendung menyebut pasokan andaliman dari Dairi tinggal sepertiga dari biasanya.",
        "Pedagang itu, Warsono, menyebut pasokan yang masuk ke pasar mencapai 400 ton per hari.",
        "Kuasa hukum HSW, Efraim Hutajulu, menyebut kliennya kooperatif dan siap membuka seluruh informasi.",
        "Irwansyah menolak menyebutkan siapa yang memberi kabar itu.",
    };
    extract(P, 4);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(quote(0)->text, "pasokan andaliman dari Dairi tinggal sepertiga dari biasanya");
    ck_assert_str_eq(quote(1)->text, "pasokan yang masuk ke pasar mencapai 400 ton per hari");
    ck_assert_str_eq(quote(2)->text, "kliennya kooperatif dan siap membuka seluruh informasi");
}
END_TEST

/* "menyatakan" judges what its clause says: a predicate after a noun phrase
 * a demonstrative closes, or one of the speaker's own ("menyatakan menghormati
 * proses hukum"); support is its object ("menyatakan dukungan penuh"), and a
 * group is no speaker ("Seluruh fraksi menyatakan menerima ...", "Lima fraksi
 * lainnya"). */
START_TEST(menyatakan_judges_its_clause)
{
    static const char *const P[] = {
        "Kepala seksi, Ferdy Alexander Mooy, menyatakan sertifikat hak milik atas lahan tersebut terbit pada 2021.",
        "Pemerintah provinsi menyatakan menghormati proses hukum yang berjalan.",
        "Wakil Bupati Kupang, Semuel Kase Benu, menyatakan dukungan penuh terhadap program tersebut.",
        "Seluruh fraksi dalam pendapat akhirnya menyatakan menerima raperda tersebut untuk ditetapkan menjadi perda.",
        /* a number of them is a group too */
        "Lima fraksi lainnya pada prinsipnya menyatakan menerima ranperda tersebut untuk dibahas pada tahap "
        "selanjutnya.",
    };
    extract(P, 5);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "sertifikat hak milik atas lahan tersebut terbit pada 2021");
    ck_assert_str_eq(quote(1)->text, "menghormati proses hukum yang berjalan");
}
END_TEST

/* "mengaku anaknya yang berusia 14 bulan sulit makan": a relative clause
 * after the clause's subject; its own predicate is no noun phrase's end. */
START_TEST(relative_clause_after_the_subject)
{
    static const char *const P[] = {
        "Salah seorang ibu penerima, Hasriani (28), mengaku anaknya yang berusia 14 bulan sulit makan sejak terserang "
        "diare.",
        "Ia menyebut anaknya yang berusia dua tahun kini rutin ditimbang di posyandu setiap tanggal 10.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(0)->text, "anaknya yang berusia 14 bulan sulit makan sejak terserang diare");
    ck_assert_str_eq(quote(1)->text,
                     "anaknya yang berusia dua tahun kini rutin ditimbang di posyandu setiap tanggal 10");
}
END_TEST

/* A guillemet never closed points the way to another post ("« Rekoleksi
 * Katekis se-Dekenat Kodi"): no quote; one closed is one. */
/* A comma aside "yang meminta namanya tidak disebut" holds a speech verb
 * of its own; the sentence's cue comes after it, its subject the head
 * before the aside. */
START_TEST(verb_of_a_relative_aside_is_no_cue)
{
    static const char *const P[] = {
        "Seorang pekerja yang selamat dari ledakan, yang meminta namanya tidak disebut, mengatakan ledakan terjadi "
        "saat pergantian sif."};
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "ledakan terjadi saat pergantian sif");
    ck_assert_ptr_nonnull(mention_of(0));
    ck_assert_ptr_nonnull(strstr(mention_of(0), "pekerja"));
}
END_TEST

/* A sign-off with a desk code's or an office's number closing the
 * paragraph is no part of the last sentence's quote; a date in brackets is. */
START_TEST(sign_off_with_a_number_ends_the_quote)
{
    static const char *const P[] = {
        "Sahrun menyebut Koramil Wolo akan menambah dua Babinsa pengajar. (Pendim 1412/Kla)",
        "Paulus mengatakan pemkab sudah menyurati BBPJN agar perbaikan dipercepat. (ndy/k16)",
        "Andi mengatakan rapat lanjutan digelar pekan depan. (2/11)"};
    extract(P, 3);
    ck_assert_uint_eq(R.rec.quotes.len, 3);
    ck_assert_str_eq(quote(0)->text, "Koramil Wolo akan menambah dua Babinsa pengajar");
    ck_assert_str_eq(quote(1)->text, "pemkab sudah menyurati BBPJN agar perbaikan dipercepat");
    ck_assert_str_eq(quote(2)->text, "rapat lanjutan digelar pekan depan. (2/11)");
}
END_TEST

/* A title's dot inside a cue aside is no sentence's end: "Kriteria
 * tersebut, kata Tgk. Yusri, antara lain ...". */
START_TEST(titled_source_of_an_inside_cue)
{
    static const char *const P[] = {
        "Kriteria tersebut, kata Tgk. Yusri, antara lain kehilangan mata pencaharian dan belum menerima bantuan."};
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text,
                     "Kriteria tersebut, kata Tgk. Yusri, antara lain kehilangan mata pencaharian dan belum menerima "
                     "bantuan");
    ck_assert_str_eq(mention_of(0), "Tgk. Yusri");
}
END_TEST

/* A body's side in small letters before its name, after an opener's comma:
 * the body is the subject ("manajemen PT X membantah"). */
START_TEST(body_side_before_its_name)
{
    static const char *const P[] = {"Dikonfirmasi terpisah, manajemen PT Kuaro Bara Lestari dalam keterangan tertulis "
                                    "membantah truk angkutan batu bara perusahaan melintasi jalan poros."};
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(mention_of(0), "PT Kuaro Bara Lestari");
}
END_TEST

/* "Disampaikan pula oleh X, ...": an adverb between the passive cue and
 * its agent's "oleh". */
START_TEST(adverb_before_a_passive_agent)
{
    static const char *const P[] = {"Disampaikan pula oleh Nurlela, hasil kajian tersebut akan diserahkan kepada "
                                    "pemerintah negeri pekan depan."};
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "hasil kajian tersebut akan diserahkan kepada pemerintah negeri pekan depan");
    ck_assert_str_eq(mention_of(0), "Nurlela");
}
END_TEST

START_TEST(unclosed_guillemet_is_no_quote)
{
    static const char *const P[] = {
        "\xC2\xAB Rekoleksi Katekis se-Dekenat Kodi",
        "\xC2\xABKami akan terus bekerja untuk warga desa ini,\xC2\xBB kata Kepala Desa Budi Santoso.",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(quote(0)->text, "Kami akan terus bekerja untuk warga desa ini");
}
END_TEST

/* "“A,” katanya, “B.”": the pronoun tag before the second part is its cue,
 * with no mention to read (it was read from unset memory, and crashed). */
START_TEST(pronoun_tag_between_two_parts)
{
    static const char *const P[] = {
        "Kepala Basarnas Banten Budi Santoso meninjau posko pencarian.",
        "\u201cTim sudah di lokasi sejak pagi,\u201d katanya, \u201ctetapi gelombang tinggi membuat pencarian "
        "terhambat.\u201d",
    };
    extract(P, 2);
    ck_assert_uint_eq(R.rec.quotes.len, 2);
    ck_assert_str_eq(quote(1)->text, "tetapi gelombang tinggi membuat pencarian terhambat");
    ck_assert_int_eq(source_of_quote(0), SOURCE_PRONOUN);
    ck_assert_int_eq(source_of_quote(1), SOURCE_PRONOUN);
    ck_assert_ptr_null(mention_of(1));
}
END_TEST

/* A text's words read once: each word's span, core, trailing mark and
 * capital, its lexicon lists looked up on first use. */
START_TEST(words_read_once)
{
    const char *text = "Menurut Kepala Dinas, \"program itu jalan.\"  kata";
    seg_words ws;
    ck_assert(seg_words_read(R.a, text, strlen(text), &ws));
    ck_assert_uint_eq(ws.n, 7);
    seg_word *w = &ws.items[2];
    ck_assert_uint_eq(w->start, 15);
    ck_assert_uint_eq(w->end, 21);
    ck_assert_uint_eq(w->core_end, 20);
    ck_assert_int_eq(w->punct, ',');
    ck_assert(w->capitalized);
    ck_assert(!w->listed);
    ck_assert(seg_word_in(&ws, &ws.items[1], SPEECH_POSITIONS));
    ck_assert(ws.items[1].listed);
    w = &ws.items[3];
    ck_assert_uint_eq(w->core_start, w->start + 1); /* the opening mark */
    ck_assert(!w->capitalized);
    ck_assert_int_eq(ws.items[5].punct, '.');
    ck_assert(seg_word_in(&ws, &ws.items[6], SPEECH_CUES));
    ck_assert(!seg_word_in(&ws, &ws.items[4], SPEECH_CUES));
    seg_words none;
    ck_assert(seg_words_read(R.a, "   ", 3, &none));
    ck_assert_uint_eq(none.n, 0);
    /* one lookup for several lists, on the word's core */
    ck_assert(seg_in_any("(Ia,", (seg_span){0, 4}, 1u << SPEECH_CUES | 1u << SPEECH_PRONOUNS));
    ck_assert(!seg_in_any("(Ia,", (seg_span){0, 4}, 1u << SPEECH_CUES | 1u << SPEECH_POSITIONS));
    ck_assert(!seg_in_any("\"\"", (seg_span){0, 2}, ~0u));
}
END_TEST

/* A body's words are kept up to SEG_DOC_KEPT_WORDS; each pass reads the
 * paragraphs after them again into its own room, word for word as they
 * would have been kept. */
START_TEST(long_body_words_read_per_pass)
{
    static const char *const P = "Kepala Dinas, \"program (itu) jalan.\" kata Budi Santoso di Kupang, Senin.";
    size_t n = SEG_DOC_KEPT_WORDS / 10 + 50;
    for (size_t i = 0; i < n; i++)
        VEC_PUSH(R.a, &R.rec.paragraphs, ((rec_paragraph){PARA_BODY, P, strlen(P)}));
    R.rec.title = "Judul Berita";
    seg_doc doc;
    ck_assert(seg_doc_read(R.a, &R.rec, &doc));
    ck_assert_uint_eq(doc.title.n, 2);
    ck_assert_uint_gt(doc.kept, 0);
    ck_assert_uint_lt(doc.kept, n);
    ck_assert_uint_ge(doc.kept * doc.paragraphs[0].n, SEG_DOC_KEPT_WORDS);
    seg_pass pass = {0};
    ck_assert_ptr_eq(seg_doc_paragraph(&doc, 0, &pass, R.a), &doc.paragraphs[0]);
    for (size_t p = doc.kept; p < n; p += 7) {
        seg_words *ws = seg_doc_paragraph(&doc, p, &pass, R.a);
        ck_assert_ptr_nonnull(ws);
        ck_assert_ptr_eq(ws->s, P);
        ck_assert_uint_eq(ws->n, doc.paragraphs[0].n);
        for (size_t k = 0; k < ws->n; k++) {
            const seg_word *w = &ws->items[k], *kept = &doc.paragraphs[0].items[k];
            ck_assert(w->start == kept->start && w->end == kept->end && w->core_start == kept->core_start &&
                      w->core_end == kept->core_end && w->punct == kept->punct &&
                      w->capitalized == kept->capitalized);
        }
        ck_assert(seg_word_in(ws, &ws->items[0], SPEECH_POSITIONS));
    }
    seg_pass_done(&pass, R.a);
    ck_assert_ptr_null(pass.words.items);
}
END_TEST

/* "untuk sementara" is a time, no purpose ("... untuk sementara dipegang
 * BUMD"); after "mengatakan", which takes only a clause, a subordinate
 * clause is the clause's own ("warga antusias bila perekaman dilakukan ...");
 * after "mengaku" a ter- verb is what befell the speaker, unless a feeling. */
START_TEST(for_the_time_being_and_subordinate_after_saying)
{
    static const char *const P[] = {
        "Bupati Supiori, Yan Imbab, menjelaskan pengelolaan cold storage untuk sementara dipegang BUMD Supiori.",
        "Kepala Distrik Sausapor, Markus Ayamiseba, mengatakan warga antusias bila perekaman dilakukan di kampung.",
        "Kepala Dinas menyampaikan terima kasih karena warga berkenan hadir.",
        "Sopir truk itu, Juanda Saputra (45), mengaku terjebak hampir tujuh jam di lokasi longsor.",
        "Warga lain, Siti Rahma, mengaku terharu melihat bantuan itu datang.", /* a feeling: none */
        "Yeheskiel Ntjaku menuturkan sekitar 46 hektare kebun cengkeh dan kakao milik 23 kepala keluarga masuk dalam "
        "peta wilayah izin usaha pertambangan.", /* "menuturkan" takes a clause, as "mengatakan" does */
    };
    extract(P, 6);
    ck_assert_uint_eq(R.rec.quotes.len, 4);
    ck_assert_str_eq(quote(3)->text, "sekitar 46 hektare kebun cengkeh dan kakao milik 23 kepala keluarga masuk dalam "
                                     "peta wilayah izin usaha pertambangan");
    ck_assert_str_eq(quote(2)->text, "terjebak hampir tujuh jam di lokasi longsor"); /* what befell the speaker */
    ck_assert_str_eq(quote(0)->text, "pengelolaan cold storage untuk sementara dipegang BUMD Supiori");
    ck_assert_str_eq(quote(1)->text, "warga antusias bila perekaman dilakukan di kampung");
}
END_TEST

/* A closer's speech noun may carry a modifier before its giver ("demikian
 * pendapat akhir Bupati yang dibacakan Wabup"): the giver is the Bupati,
 * the reader no one. */
START_TEST(closer_noun_with_a_modifier)
{
    static const char *const P[] = {
        LDQ "Belanja infrastruktur kita naikkan 18 persen," RDQ " demikian pendapat akhir Bupati yang dibacakan Wabup.",
    };
    extract(P, 1);
    ck_assert_uint_eq(R.rec.quotes.len, 1);
    ck_assert_str_eq(mention_of(0), "Bupati");
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("quotes");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, curly_quote_with_cue_after);
    tcase_add_test(tc, closing_mark_used_to_open);
    tcase_add_test(tc, straight_low_and_guillemet_marks);
    tcase_add_test(tc, single_marks_alone_and_nested);
    tcase_add_test(tc, dash_aside_before_the_cue);
    tcase_add_test(tc, inside_cue_epithet);
    tcase_add_test(tc, quantifier_opens_the_clause);
    tcase_add_test(tc, tag_with_unlisted_verb);
    tcase_add_test(tc, inner_term_in_same_marks);
    tcase_add_test(tc, slips_around_the_cue);
    tcase_add_test(tc, long_quote_continues_in_next_paragraph);
    tcase_add_test(tc, line_break_inside_a_quote);
    tcase_add_test(tc, missing_closing_mark_ends_at_paragraph);
    tcase_add_test(tc, scare_quotes_are_not_speech);
    tcase_add_test(tc, uncued_sentence_quote_is_speech);
    tcase_add_test(tc, cue_before_the_quote);
    tcase_add_test(tc, indirect_after_verbs);
    tcase_add_test(tc, indirect_according_to_and_trailing_cue);
    tcase_add_test(tc, said_by_after_the_paragraph);
    tcase_add_test(tc, hostile_marks_stay_linear);
    tcase_add_test(tc, hostile_runs_of_skipped_words);
    tcase_add_test(tc, quote_opened_again_over_paragraphs_is_one);
    tcase_add_test(tc, headline_lines_in_the_body_are_no_sentences);
    tcase_add_test(tc, max_quotes_is_kept);
    tcase_add_test(tc, words_read_once);
    tcase_add_test(tc, subject_goes_on_to_the_apposed_name);
    tcase_add_test(tc, clause_with_a_verb_predicate);
    tcase_add_test(tc, clause_around_a_comma_aside);
    tcase_add_test(tc, closer_before_the_source);
    tcase_add_test(tc, epithet_points_back);
    tcase_add_test(tc, long_intro_and_date_aside_before_the_subject);
    tcase_add_test(tc, subjects_dateline_apposition_and_age);
    tcase_add_test(tc, speech_verb_after_yang);
    tcase_add_test(tc, real_page_typography);
    tcase_add_test(tc, sentences_past_abbreviations);
    tcase_add_test(tc, sentences_end_at_words_that_are_titles);
    tcase_add_test(tc, inside_cue_with_a_description);
    tcase_add_test(tc, inside_cue_description_and_apposed_name);
    tcase_add_test(tc, two_word_clause_with_a_sure_subject);
    tcase_add_test(tc, inside_cue_after_an_adverbial);
    tcase_add_test(tc, figures_as_predicates);
    tcase_add_test(tc, judging_past_a_relative_clause);
    tcase_add_test(tc, growth_lateness_and_loss_as_predicates);
    tcase_add_test(tc, adverbial_clause_before_the_reported_one);
    tcase_add_test(tc, clause_without_comma_after_more_verbs);
    tcase_add_test(tc, clause_after_more_auxiliaries);
    tcase_add_test(tc, judging_clause_subjects);
    tcase_add_test(tc, addressing_cues);
    tcase_add_test(tc, supposing_cues_and_groups);
    tcase_add_test(tc, possessed_noun_subjects);
    tcase_add_test(tc, ter_verb_predicates);
    tcase_add_test(tc, purpose_verbs_report_nothing);
    tcase_add_test(tc, state_predicates);
    tcase_add_test(tc, more_state_predicates);
    tcase_add_test(tc, losing_and_lacking_are_predicates);
    tcase_add_test(tc, cues_inside_and_passive);
    tcase_add_test(tc, subject_past_connectives);
    tcase_add_test(tc, said_by_points_back_to_the_sentence);
    tcase_add_test(tc, clause_after_the_addressee);
    tcase_add_test(tc, quote_across_hard_wrapped_lines);
    tcase_add_test(tc, mention_bounds_on_real_pages);
    tcase_add_test(tc, bounds_from_wild_pages);
    tcase_add_test(tc, tag_opening_the_sentence);
    tcase_add_test(tc, tag_as_a_sentence_of_its_own);
    tcase_add_test(tc, passives_of_saying_verbs);
    tcase_add_test(tc, signoff_after_the_last_sentence);
    tcase_add_test(tc, predicate_right_after_mengatakan);
    tcase_add_test(tc, pe_agent_nya_subjects);
    tcase_add_test(tc, membenarkan_confirms_a_clause);
    tcase_add_test(tc, mengungkapkan_judges_a_clause);
    tcase_add_test(tc, bare_verb_predicates);
    tcase_add_test(tc, mengaku_with_an_active_predicate);
    tcase_add_test(tc, memastikan_takes_a_clause);
    tcase_add_test(tc, one_word_epithet_with_a_demonstrative);
    tcase_add_test(tc, untuk_after_a_cue_is_no_clause);
    tcase_add_test(tc, passive_agent_with_an_apposed_name);
    tcase_add_test(tc, relative_cue_speaks_for_the_office_before_it);
    tcase_add_test(tc, passives_with_no_agent_and_tags_after_adverbials);
    tcase_add_test(tc, cues_inside_sentences_as_written);
    tcase_add_test(tc, pronoun_before_the_verb_after_a_quote);
    tcase_add_test(tc, epithet_source_and_clause_openers);
    tcase_add_test(tc, reader_inside_an_adverbial_is_no_subject);
    tcase_add_test(tc, documents_adverbs_and_response_cues);
    tcase_add_test(tc, clause_subjects_and_nya_phrases);
    tcase_add_test(tc, predicate_after_a_prepositional_phrase);
    tcase_add_test(tc, doubled_cue_after_a_passive);
    tcase_add_test(tc, comparative_state_after_a_clause_verb);
    tcase_add_test(tc, month_direction_is_no_connective);
    tcase_add_test(tc, quote_interrupted_by_its_tag);
    tcase_add_test(tc, denials_estimates_and_relative_clauses);
    tcase_add_test(tc, for_the_time_being_and_subordinate_after_saying);
    tcase_add_test(tc, closer_noun_with_a_modifier);
    tcase_add_test(tc, request_order_and_closer_pronoun_tags);
    tcase_add_test(tc, comma_glued_to_the_next_word);
    tcase_add_test(tc, dotted_titles_inside_a_source);
    tcase_add_test(tc, long_body_words_read_per_pass);
    tcase_add_test(tc, courtesies_are_no_clauses);
    tcase_add_test(tc, long_subject_after_a_verb_of_saying);
    tcase_add_test(tc, manner_word_and_passive_opener);
    tcase_add_test(tc, bare_stem_verbs_report_speech);
    tcase_add_test(tc, urging_that_reports_speech);
    tcase_add_test(tc, framing_phrase_before_the_clause);
    tcase_add_test(tc, pronoun_tag_between_two_parts);
    tcase_add_test(tc, relative_clause_after_the_subject);
    tcase_add_test(tc, menyebut_reports_a_clause);
    tcase_add_test(tc, menyatakan_judges_its_clause);
    tcase_add_test(tc, unclosed_guillemet_is_no_quote);
    tcase_add_test(tc, verb_of_a_relative_aside_is_no_cue);
    tcase_add_test(tc, sign_off_with_a_number_ends_the_quote);
    tcase_add_test(tc, titled_source_of_an_inside_cue);
    tcase_add_test(tc, body_side_before_its_name);
    tcase_add_test(tc, adverb_before_a_passive_agent);
    suite_add_tcase(s, tc);
    return s;
}
