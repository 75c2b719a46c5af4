/* Near-duplicate detection for syndicated releases. One release is posted by
 * a province, its regencies and a dozen outlets, each with its own dateline,
 * byline and footer: an exact hash of the text tells none of them apart from
 * a new article, a SimHash (Charikar 2002) over word 3-grams keeps the copies
 * within a few bits of each other. Words are read byte-wise: ASCII letters
 * and digits lowered, any byte of a multi-byte character kept, the rest a
 * separator; so the hash needs no Unicode tables and is linear in the text. */
#include "fingerprint.h"

#include <stdio.h>
#include <string.h>

enum { SHINGLE = 3 };

/* FNV-1a over a word, then a 64-bit finaliser (splitmix64's) so that the
 * shingle hashes' bits are independent enough for SimHash. */
static uint64_t mix(uint64_t h)
{
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    return h ^ (h >> 31);
}

static bool word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* The 8 bits of v spread over the 8 bytes of a word, one bit a byte (bit i
 * in byte 7 - i): adding such words counts 8 bits at once in 8 byte lanes. */
static uint64_t spread(uint64_t v) { return ((v * 0x8040201008040201ull) & 0x8080808080808080ull) >> 7; }

/* How many of the shingle hashes had each of the 64 bits set, counted in
 * byte lanes (8 adds a shingle, not 64) and emptied into `ones` before a
 * lane can overflow. */
typedef struct {
    uint64_t lanes[8];
    unsigned in_lanes;
    uint32_t ones[64];
    uint32_t shingles;
} bit_counts;

static void empty_lanes(bit_counts *c)
{
    for (int k = 0; k < 8; k++) {
        for (int j = 0; j < 8; j++)
            c->ones[8 * k + j] += (uint32_t)(c->lanes[k] >> (8 * j) & 0xff);
        c->lanes[k] = 0;
    }
    c->in_lanes = 0;
}

static void count_bits(bit_counts *c, uint64_t h)
{
    for (int k = 0; k < 8; k++)
        c->lanes[k] += spread(h >> (8 * k) & 0xff);
    c->shingles++;
    if (++c->in_lanes == 255)
        empty_lanes(c);
}

void fingerprint_record(record *rec)
{
    bit_counts counts = {{0}, 0, {0}, 0};
    uint64_t window[SHINGLE] = {0};
    size_t words = 0;
    for (size_t p = 0; p < rec->paragraphs.len; p++) {
        const rec_paragraph *para = &rec->paragraphs.items[p];
        if (para->kind != PARA_BODY)
            continue; /* captions and headings differ most between copies */
        const unsigned char *s = (const unsigned char *)para->text;
        for (size_t i = 0; i < para->len;) {
            if (!word_byte(s[i])) {
                i++;
                continue;
            }
            uint64_t h = 0xcbf29ce484222325ull;
            for (; i < para->len && word_byte(s[i]); i++) {
                unsigned char c = s[i] < 0x80 ? (unsigned char)(s[i] | 0x20) : s[i];
                h = (h ^ c) * 0x100000001b3ull;
            }
            window[words % SHINGLE] = h;
            if (++words < SHINGLE)
                continue;
            /* the last three words in reading order, whatever slots they are in */
            count_bits(&counts, mix(window[(words - 3) % SHINGLE] ^
                                    mix(window[(words - 2) % SHINGLE] ^ mix(window[(words - 1) % SHINGLE]))));
        }
    }
    if (words == 0) {
        rec->fingerprint[0] = '\0';
        return;
    }
    if (words < SHINGLE) /* a body of one or two words: their shingle alone */
        count_bits(&counts, mix(window[0] ^ mix(window[1])));
    empty_lanes(&counts);
    uint64_t fp = 0;
    for (int b = 0; b < 64; b++) /* a bit set in most shingles is set */
        if (2 * counts.ones[b] > counts.shingles)
            fp |= 1ull << (8 * (b / 8) + 7 - b % 8);
    snprintf(rec->fingerprint, sizeof rec->fingerprint, "%016llx", (unsigned long long)fp);
}

static bool parse_hex64(const char *s, uint64_t *out)
{
    if (!s || strlen(s) != 16)
        return false;
    uint64_t v = 0;
    for (int i = 0; i < 16; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0)
            return false;
        v = v << 4 | (uint64_t)d;
    }
    *out = v;
    return true;
}

int fingerprint_distance(const char *a, const char *b)
{
    uint64_t x, y;
    if (!parse_hex64(a, &x) || !parse_hex64(b, &y))
        return -1;
    uint64_t d = x ^ y;
    int bits = 0;
    for (; d; d &= d - 1)
        bits++;
    return bits;
}
