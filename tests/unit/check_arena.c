#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "arena.h"
#include "runner.h"

static arena *A;
static void setup(void) { A = arena_new(); }
static void teardown(void) { arena_free(A); }

START_TEST(allocations_are_zeroed_aligned_and_apart)
{
    char *prev = NULL;
    for (size_t i = 1; i < 5000; i += 37) {
        char *p = arena_alloc(A, i);
        ck_assert_ptr_nonnull(p);
        ck_assert_uint_eq((uintptr_t)p % _Alignof(max_align_t), 0);
        size_t nonzero = 0;
        for (size_t k = 0; k < i; k++)
            nonzero += p[k] != 0;
        ck_assert_uint_eq(nonzero, 0);
        memset(p, 0xAB, i); /* overwriting one must not reach another */
        if (prev)
            ck_assert_int_eq((unsigned char)prev[0], 0xAB);
        prev = p;
    }
    ck_assert(!arena_failed(A));
}
END_TEST

START_TEST(strings_are_copied)
{
    char *s = arena_strndup(A, "kabupaten", 5);
    ck_assert_str_eq(s, "kabup");
    ck_assert_ptr_null(arena_strdup(A, NULL));
    ck_assert_str_eq(arena_strdup(A, "kota"), "kota");
}
END_TEST

/* Strings are packed end to end; whatever comes after one is aligned again. */
START_TEST(strings_are_packed_and_alignment_kept)
{
    char *a = arena_strndup(A, "ab", 2), *b = arena_strndup(A, "cde", 3);
    ck_assert_ptr_eq(b, a + 3);
    for (size_t i = 0; i < 100; i++) {
        ck_assert_ptr_nonnull(arena_strndup(A, "ganjil", i % 7));
        void *p = arena_alloc(A, 24);
        ck_assert_uint_eq((uintptr_t)p % _Alignof(max_align_t), 0);
    }
    ck_assert_str_eq(a, "ab");
    ck_assert_str_eq(b, "cde");
}
END_TEST

/* An array far larger than a block keeps its contents as it grows, both
 * while it shares blocks and once it has blocks of its own (grown in place
 * by realloc), with other allocations made between the steps. */
START_TEST(growing_arrays_keep_their_items)
{
    VEC(uint32_t) v = {0};
    size_t failed_pushes = 0, wrong = 0;
    for (uint32_t i = 0; i < 2000000; i++) {
        failed_pushes += VEC_PUSH(A, &v, i) != 0;
        if (i % 100000 == 0)
            ck_assert_ptr_nonnull(arena_strdup(A, "sela"));
    }
    for (uint32_t i = 0; i < v.len; i++)
        wrong += v.items[i] != i;
    ck_assert_uint_eq(failed_pushes, 0);
    ck_assert_uint_eq(v.len, 2000000);
    ck_assert_uint_eq(wrong, 0);
    ck_assert(!arena_failed(A));
}
END_TEST

/* A big request has a block of its own, freed when given back (a table
 * replaced by a bigger one); a small one stays in its shared block until the
 * arena is freed, and the arena goes on serving requests. */
START_TEST(big_requests_are_given_back_at_once)
{
    char *small = arena_strdup(A, "kecil");
    size_t held = arena_held(A);
    char *big = arena_alloc(A, 8u << 20);
    ck_assert_ptr_nonnull(big);
    ck_assert_uint_ge(arena_held(A), held + (8u << 20));
    big[(8u << 20) - 1] = 'x';
    arena_give_back(A, big);
    ck_assert_uint_eq(arena_held(A), held);
    arena_give_back(A, small);
    arena_give_back(A, NULL);
    ck_assert_uint_eq(arena_held(A), held);
    ck_assert_str_eq(small, "kecil");
    ck_assert_str_eq(arena_strdup(A, "lagi"), "lagi");
    ck_assert(!arena_failed(A));
}
END_TEST

/* A growing array leaves none of its copies behind once it is past a few
 * kilobytes, while strings fill the shared blocks between its steps (as a
 * record's quotes and texts do): the arena holds the array's last copy and
 * blocks for the strings, which double in size, and little more. */
START_TEST(growing_arrays_leave_no_copies_behind)
{
    VEC(uint64_t) v = {0};
    size_t strings = 0;
    for (uint64_t i = 0; i < 100000; i++) {
        ck_assert_int_eq(VEC_PUSH(A, &v, i), 0);
        ck_assert_ptr_nonnull(arena_strndup(A, "abcdefghi", 9));
        strings += 10;
    }
    ck_assert_uint_eq(v.items[99999], 99999);
    ck_assert_uint_le(arena_held(A), v.cap * sizeof *v.items + 2 * strings + 128 * 1024);
}
END_TEST

/* A block of its own of a huge page or more starts on a huge page (after
 * its header): no huge page of it is shared with memory it does not use. */
START_TEST(big_blocks_start_on_a_huge_page)
{
#ifdef MADV_HUGEPAGE
    const uintptr_t huge = 2u << 20;
    for (size_t mb = 2; mb <= 5; mb++) {
        char *big = arena_alloc(A, mb << 20);
        ck_assert_ptr_nonnull(big);
        ck_assert_uint_lt((uintptr_t)big % huge, 64);
        big[(mb << 20) - 1] = 'x';
    }
#endif
}
END_TEST

/* Shared blocks double from 64 KiB; the first of a huge page or more fills
 * one huge page exactly with its header (64 bytes at most), as a block in
 * huge pages is resident whole from its first byte touched. */
START_TEST(shared_blocks_fill_whole_huge_pages)
{
    const size_t doubled = (64u + 128 + 256 + 512 + 1024) << 10;
    while (arena_held(A) <= doubled)
        ck_assert_ptr_nonnull(arena_strndup(A, "kabupaten", 9));
    ck_assert_uint_eq(arena_held(A), doubled + (2u << 20) - 64);
}
END_TEST

START_TEST(impossible_sizes_fail_once_and_stick)
{
    ck_assert_ptr_null(arena_alloc(A, SIZE_MAX - 4));
    ck_assert(arena_failed(A));
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("arena");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, allocations_are_zeroed_aligned_and_apart);
    tcase_add_test(tc, strings_are_copied);
    tcase_add_test(tc, strings_are_packed_and_alignment_kept);
    tcase_add_test(tc, growing_arrays_keep_their_items);
    tcase_add_test(tc, big_requests_are_given_back_at_once);
    tcase_add_test(tc, growing_arrays_leave_no_copies_behind);
    tcase_add_test(tc, big_blocks_start_on_a_huge_page);
    tcase_add_test(tc, shared_blocks_fill_whole_huge_pages);
    tcase_add_test(tc, impossible_sizes_fail_once_and_stick);
    suite_add_tcase(s, tc);
    return s;
}
