/* berita-extract: articles in, "berita/1" records out.
 *
 * Inputs are files, directories (searched recursively for *.html, *.htm,
 * *.txt, *.warc and *.warc.gz), WARC archives (every HTML response record is
 * one article) and '-' for stdin. Workers parse in parallel; records come out
 * in input order.
 *
 * Exit status: 0 when every input was read, 1 when some failed (each failure
 * is reported on stderr with its file and the batch goes on), 2 for usage
 * errors. */
#include <berita.h>
#include <errno.h>
#include <fts.h>
#include <getopt.h>
#include <libxml/parser.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utf8proc.h>


typedef enum { OUT_JSON, OUT_JSONL, OUT_CSV, OUT_CSV_ARTICLES, OUT_TEXT } output_format;

static const char *const FORMAT_NAMES[] = {"json", "jsonl", "csv", "csv-articles", "text"};
enum { FORMAT_COUNT = sizeof FORMAT_NAMES / sizeof *FORMAT_NAMES };

static void usage(FILE *to, const char *prog)
{
    fprintf(to,
            "usage: %s [OPTIONS] INPUT...\n"
            "Extract title, publication date, credits, labels, speakers, quotes and dates from\n"
            "Indonesian government news articles. An INPUT is a saved HTML page, a page's copied\n"
            "text, a directory (searched recursively for *.html *.htm *.txt *.warc *.warc.gz), a\n"
            "WARC archive (.warc, .warc.gz: each HTML response record is an article), or '-' for\n"
            "standard input.\n"
            "\n"
            "  -f, --format FMT          json (one pretty record, the default for one article; a\n"
            "                            JSON array of them for more), jsonl (one record a line,\n"
            "                            the default for more), csv (one row per quote),\n"
            "                            csv-articles (one row per article) or text (a summary)\n"
            "  -k, --kind KIND           auto (default), html, text or warc (an archive is told\n"
            "                            by its content; warc reads every input as one)\n"
            "  -u, --url URL             the page's URL, when the page does not name it\n"
            "  -r, --reference-date D    YYYY-MM-DD for relative and yearless dates when the\n"
            "                            article shows no publication date (a WARC record's\n"
            "                            own date otherwise)\n"
            "  -c, --charset NAME        force the input encoding (utf-8, windows-1252, ...)\n"
            "  -j, --jobs N              worker threads (default: the number of cores)\n"
            "  -o, --output-dir DIR      one output file per input in DIR (FILE.json, .jsonl,\n"
            "                            .csv, .txt), named as under the folder it was found\n"
            "                            in; an input whose file exists is skipped (resume)\n"
            "      --input-file FILE     read the inputs from FILE, one a line, besides any named\n"
            "      --failures FILE       write each failed input and why to FILE, one a line\n"
            "      --dedupe              leave out a record whose body is a copy of one already\n"
            "                            written (the same release posted by several sites)\n"
            "      --bom                 start CSV output with a UTF-8 byte order mark, so\n"
            "                            spreadsheets read it as UTF-8\n"
            "  -q, --quiet               no progress bar (failures are still reported)\n"
            "  -V, --version             print the versions and exit\n"
            "  -h, --help                print this help and exit\n"
            "\n"
            "Exit status: 0 all inputs extracted, 1 some input failed, 2 usage error.\n",
            prog);
}

/* ---- inputs ------------------------------------------------------------ */

typedef struct {
    char **paths;
    size_t len, cap;
    size_t *name_at; /* inputs only: where a path's name under --output-dir starts */
} path_list;

static int push_path(path_list *l, const char *path)
{
    if (l->len == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **grown = realloc(l->paths, cap * sizeof *grown);
        if (!grown)
            return -1;
        l->paths = grown;
        l->cap = cap;
    }
    if (!(l->paths[l->len] = strdup(path)))
        return -1;
    l->len++;
    return 0;
}

/* An input and where its --output-dir name starts: past the folder it was
 * found under, or at its base name when it was named itself. */
static int push_input(path_list *l, const char *path, size_t name_at)
{
    size_t cap = l->cap;
    if (push_path(l, path))
        return -1;
    if (l->cap != cap || !l->name_at) {
        size_t *grown = realloc(l->name_at, l->cap * sizeof *grown);
        if (!grown)
            return -1;
        l->name_at = grown;
    }
    if (!name_at) {
        const char *slash = strrchr(path, '/');
        name_at = slash ? (size_t)(slash - path) + 1 : 0;
    }
    l->name_at[l->len - 1] = name_at;
    return 0;
}

static void free_paths(path_list *l)
{
    for (size_t i = 0; i < l->len; i++)
        free(l->paths[i]);
    free(l->paths);
    free(l->name_at);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

/* The names a folder walk takes; a file named on the command line is read
 * whatever its name, and a WARC is told by its content. */
static bool is_article_file(const char *name)
{
    return ends_with(name, ".html") || ends_with(name, ".htm") || ends_with(name, ".txt") ||
           ends_with(name, ".warc") || ends_with(name, ".warc.gz");
}

static int compare_entries(const FTSENT **a, const FTSENT **b) { return strcmp((*a)->fts_name, (*b)->fts_name); }

static char *error_text(const char *name, const char *message);

/* A problem met on the walk, kept to be reported as a failure. */
static void walk_problem(const char *path, const char *message, path_list *problems)
{
    char *error = error_text(path, message);
    if (error) {
        push_path(problems, error);
        free(error);
    }
}

/* Adds the article files under dir, in name order, recursively, following
 * symbolic links. A folder that cannot be read, a link that leads back to a
 * folder above it (followed once, never again) and a dangling link to an
 * article file are added to *problems, as failures to report: the batch goes
 * on and exits 1. Hidden files and folders are skipped. -1 when out of
 * memory. */
static int walk_directory(path_list *out, const char *dir, path_list *problems)
{
    char *roots[] = {(char *)dir, NULL};
    FTS *fts = fts_open(roots, FTS_LOGICAL | FTS_NOCHDIR, compare_entries);
    if (!fts)
        return -1;
    int rc = 0;
    for (FTSENT *e; rc == 0 && (e = fts_read(fts));) {
        bool hidden = e->fts_level > 0 && e->fts_name[0] == '.';
        switch (e->fts_info) {
        case FTS_D:
            if (hidden)
                fts_set(fts, e, FTS_SKIP);
            break;
        case FTS_F:
            if (!hidden && is_article_file(e->fts_name))
                rc = push_input(out, e->fts_path, strlen(dir) + (dir[strlen(dir) - 1] != '/'));
            break;
        case FTS_DC:
            walk_problem(e->fts_path, "a link back to a folder above it, not followed", problems);
            break;
        case FTS_DNR:
        case FTS_ERR:
            if (!hidden)
                walk_problem(e->fts_path, strerror(e->fts_errno), problems);
            break;
        case FTS_SLNONE:
        case FTS_NS:
            if (!hidden && is_article_file(e->fts_name))
                walk_problem(e->fts_path, e->fts_errno ? strerror(e->fts_errno) : "a dangling link", problems);
            break;
        default:
            break;
        }
    }
    fts_close(fts);
    return rc;
}

/* The library's default input limit (berita_options_set_max_input_size): no
 * input, stdin or a WARC record, is buffered beyond it. */
#define INPUT_LIMIT ((size_t)64 << 20)

/* The first bytes of an input, read to tell a WARC archive from an article
 * (berita_is_warc) before the rest is read. */
typedef struct {
    unsigned char bytes[512];
    size_t len, pos; /* pos: how many of them a reader has taken back */
} peeked;

static void peek(FILE *f, peeked *p)
{
    p->len = fread(p->bytes, 1, sizeof p->bytes, f);
    p->pos = 0;
}

/* Reads f whole after the peeked bytes, or fails with EFBIG as soon as it
 * holds more than INPUT_LIMIT bytes: stdin is never buffered past the limit. */
static char *read_stream(FILE *f, const peeked *head, size_t *len_out)
{
    /* a file's size is known: one read into a buffer one byte larger sees the end */
    struct stat st;
    size_t first = fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1
                                                                                          : 1 << 16;
    if (first > INPUT_LIMIT + 1)
        first = INPUT_LIMIT + 1;
    if (first <= head->len)
        first = head->len + 1;
    char *data = malloc(first);
    if (!data) {
        errno = ENOMEM;
        return NULL;
    }
    memcpy(data, head->bytes, head->len);
    size_t len = head->len, cap = first, n;
    do {
        if (len > INPUT_LIMIT) {
            free(data);
            errno = EFBIG;
            return NULL;
        }
        if (len == cap) {
            cap = cap > INPUT_LIMIT / 2 ? INPUT_LIMIT + 1 : cap * 2;
            char *grown = realloc(data, cap);
            if (!grown) {
                free(data);
                errno = ENOMEM;
                return NULL;
            }
            data = grown;
        }
        n = fread(data + len, 1, cap - len, f);
        len += n;
    } while (n > 0);
    if (ferror(f)) {
        free(data);
        return NULL;
    }
    *len_out = len;
    return data;
}

/* ---- one unit of work: an article's bytes in, its output text out ------ */

typedef struct {
    char *name;      /* the file, or "archive.warc.gz#3" */
    char *url;       /* a WARC record's target URI, or NULL */
    char *warc_id;   /* a WARC record's id, date and offset, for source.warc */
    char *warc_date;
    uint64_t warc_offset;
    char reference_date[11]; /* a WARC record's day, for relative dates when no -r was given */
    char *data;      /* the article, or NULL when `error` says why there is none */
    size_t len;
    char *output;    /* what to print */
    size_t output_len;
    berita_doc *doc; /* or, for json and jsonl, the record, written out as JSON when its turn comes: a
                      * record of thousands of quotes is megabytes of JSON, never held whole */
    char *error;     /* a failure to report */
    char fingerprint[17]; /* the record's content fingerprint, for --dedupe */
    size_t input;         /* its input's index, for --output-dir */
    bool from_warc;
    bool done;
} unit;

/* What the command line asked for; every unit builds its own berita_options
 * from it, since each has its own source name and perhaps its own URL. */
typedef struct {
    output_format format;
    berita_input_kind kind;
    const char *url, *reference_date, *charset;
    bool bom;        /* a UTF-8 byte order mark before CSV output */
    bool force_warc; /* --kind warc: every input is an archive */
} settings;

static berita_options *unit_options(const settings *cfg, const unit *u)
{
    berita_options *o = berita_options_new();
    const char *reference = cfg->reference_date ? cfg->reference_date
                            : u->reference_date[0] ? u->reference_date
                                                   : NULL;
    if (o && (berita_options_set_kind(o, cfg->kind) || berita_options_set_url(o, u->url ? u->url : cfg->url) ||
              berita_options_set_reference_date(o, reference) || berita_options_set_charset(o, cfg->charset) ||
              berita_options_set_source_name(o, u->name) ||
              ((u->warc_id || u->warc_date) &&
               berita_options_set_warc_record(o, u->warc_id, u->warc_date, u->warc_offset)))) {
        berita_options_free(o);
        o = NULL;
    }
    return o;
}

/* A growable output string. */
typedef struct {
    char *s;
    size_t len, cap;
    bool failed;
} strbuf;

static void sb_put(strbuf *b, const char *s, size_t n)
{
    if (b->failed || n > SIZE_MAX / 4 - b->len) {
        b->failed = true;
        return;
    }
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 4096;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *grown = realloc(b->s, cap);
        if (!grown) {
            b->failed = true;
            return;
        }
        b->s = grown;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void sb_str(strbuf *b, const char *s) { sb_put(b, s ? s : "", s ? strlen(s) : 0); }

/* One RFC 4180 field: quoted when it holds a comma, quote or line break. A
 * cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first:
 * OWASP's list) gets a leading apostrophe, which the spreadsheet shows as
 * text and never evaluates. */
static void sb_csv(strbuf *b, const char *s)
{
    if (!s)
        return;
    bool formula = s[0] && strchr("=+-@\t\r", s[0]);
    bool quoted = strpbrk(s, ",\"\r\n") != NULL;
    if (quoted)
        sb_put(b, "\"", 1);
    if (formula)
        sb_put(b, "'", 1);
    if (!quoted) {
        sb_str(b, s);
        return;
    }
    for (const char *q; (q = strchr(s, '"')); s = q + 1) {
        sb_put(b, s, (size_t)(q - s) + 1);
        sb_put(b, "\"", 1); /* a quote is doubled */
    }
    sb_str(b, s);
    sb_put(b, "\"", 1);
}

static void sb_csv_row(strbuf *b, const char *const *fields, size_t n)
{
    for (size_t f = 0; f < n; f++) {
        if (f)
            sb_put(b, ",", 1);
        sb_csv(b, fields[f]);
    }
    sb_put(b, "\r\n", 2);
}

static const char CSV_HEADER[] = "source,url,title,published,speaker,role,organisation,kind,cue,paragraph,quote\r\n";

static void csv_rows(strbuf *b, const berita_doc *doc, const char *source)
{
    for (size_t i = 0; i < berita_doc_quote_count(doc); i++) {
        long s = berita_doc_quote_speaker(doc, i);
        char paragraph[24];
        snprintf(paragraph, sizeof paragraph, "%zu", berita_doc_quote_paragraph(doc, i));
        const char *fields[] = {
            source,
            berita_doc_url(doc),
            berita_doc_title(doc),
            berita_doc_published_date(doc),
            s >= 0 ? berita_doc_speaker_name(doc, (size_t)s) : NULL,
            s >= 0 ? berita_doc_speaker_role(doc, (size_t)s) : NULL,
            s >= 0 ? berita_doc_speaker_organization(doc, (size_t)s) : NULL,
            berita_quote_kind_name((berita_quote_kind)berita_doc_quote_kind(doc, i)),
            berita_doc_quote_cue(doc, i),
            paragraph,
            berita_doc_quote_text(doc, i),
        };
        sb_csv_row(b, fields, sizeof fields / sizeof *fields);
    }
}

static const char CSV_ARTICLES_HEADER[] =
    "source,url,title,published,dateline,credits,labels,speakers,quotes\r\n";

/* One row per article, with or without quotes: lists joined by "; ",
 * credits as "role: name", speakers as "name (role)". */
static void csv_article_row(strbuf *b, const berita_doc *doc, const char *source)
{
    strbuf credits = {0}, labels = {0}, speakers = {0};
    for (size_t i = 0; i < berita_doc_credit_count(doc); i++) {
        sb_str(&credits, i ? "; " : "");
        sb_str(&credits, berita_credit_role_name((berita_credit_role)berita_doc_credit_role(doc, i)));
        sb_str(&credits, ": ");
        sb_str(&credits, berita_doc_credit_name(doc, i));
    }
    for (size_t i = 0; i < berita_doc_label_count(doc); i++) {
        sb_str(&labels, i ? "; " : "");
        sb_str(&labels, berita_doc_label(doc, i));
    }
    for (size_t i = 0; i < berita_doc_speaker_count(doc); i++) {
        const char *name = berita_doc_speaker_name(doc, i), *role = berita_doc_speaker_role(doc, i);
        sb_str(&speakers, i ? "; " : "");
        sb_str(&speakers, name ? name : role);
        if (name && role) {
            sb_str(&speakers, " (");
            sb_str(&speakers, role);
            sb_str(&speakers, ")");
        }
    }
    char quotes[24];
    snprintf(quotes, sizeof quotes, "%zu", berita_doc_quote_count(doc));
    const char *fields[] = {source, berita_doc_url(doc), berita_doc_title(doc), berita_doc_published_date(doc),
                            berita_doc_dateline(doc), credits.s, labels.s, speakers.s, quotes};
    b->failed |= credits.failed || labels.failed || speakers.failed;
    sb_csv_row(b, fields, sizeof fields / sizeof *fields);
    free(credits.s);
    free(labels.s);
    free(speakers.s);
}

static void text_summary(strbuf *b, const berita_doc *doc, const char *source)
{
    sb_str(b, "== ");
    sb_str(b, source);
    sb_str(b, "\n");
    sb_str(b, berita_doc_title(doc) ? berita_doc_title(doc) : "(no title)");
    sb_str(b, "\n");
    if (berita_doc_published_date(doc)) {
        sb_str(b, berita_doc_published_date(doc));
        if (berita_doc_published_time(doc)) {
            sb_str(b, " ");
            sb_str(b, berita_doc_published_time(doc));
        }
        sb_str(b, "\n");
    }
    if (berita_doc_url(doc)) {
        sb_str(b, "url: ");
        sb_str(b, berita_doc_url(doc));
        sb_str(b, "\n");
    }
    if (berita_doc_dateline(doc)) {
        sb_str(b, "dateline: ");
        sb_str(b, berita_doc_dateline(doc));
        sb_str(b, "\n");
    }
    for (size_t i = 0; i < berita_doc_credit_count(doc); i++) {
        sb_str(b, i ? ", " : "credits: ");
        sb_str(b, berita_credit_role_name((berita_credit_role)berita_doc_credit_role(doc, i)));
        sb_str(b, " ");
        sb_str(b, berita_doc_credit_name(doc, i));
        if (i + 1 == berita_doc_credit_count(doc))
            sb_str(b, "\n");
    }
    for (size_t i = 0; i < berita_doc_label_count(doc); i++) {
        sb_str(b, i ? ", " : "labels: ");
        sb_str(b, berita_doc_label(doc, i));
        if (i + 1 == berita_doc_label_count(doc))
            sb_str(b, "\n");
    }
    for (size_t i = 0; i < berita_doc_quote_count(doc); i++) {
        long s = berita_doc_quote_speaker(doc, i);
        const char *name = s >= 0 ? berita_doc_speaker_name(doc, (size_t)s) : NULL;
        const char *role = s >= 0 ? berita_doc_speaker_role(doc, (size_t)s) : NULL;
        sb_str(b, "  ");
        sb_str(b, name ? name : role ? role : "?");
        if (name && role) {
            sb_str(b, " (");
            sb_str(b, role);
            sb_str(b, ")");
        }
        bool direct = berita_doc_quote_kind(doc, i) == BERITA_QUOTE_DIRECT;
        sb_str(b, direct ? ": \xE2\x80\x9C" : ": ");
        sb_str(b, berita_doc_quote_text(doc, i));
        sb_str(b, direct ? "\xE2\x80\x9D\n" : "\n");
    }
    sb_str(b, "\n");
}

/* A failure as stderr shows it. A file name or URL may hold any byte: control
 * characters (a terminal's escape sequences) and bytes outside ASCII that are
 * not valid UTF-8 are written as \xNN, never raw. */
static char *error_text(const char *name, const char *message)
{
    size_t name_len = strlen(name), n = name_len * 4 + strlen(message) + 32, len = 0;
    char *s = malloc(n);
    if (!s)
        return NULL;
    len += (size_t)snprintf(s, n, "berita-extract: ");
    const unsigned char *end = (const unsigned char *)name + name_len;
    for (const unsigned char *c = (const unsigned char *)name; c < end; c++) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t run = utf8proc_iterate(c, end - c, &cp); /* < 0: no valid character here */
        if (run > 1) {
            memcpy(s + len, c, (size_t)run);
            len += (size_t)run;
            c += run - 1;
        } else if (*c < 0x20 || *c == 0x7f || *c >= 0x80) {
            len += (size_t)snprintf(s + len, n - len, "\\x%02x", *c);
        } else {
            s[len++] = (char)*c;
        }
    }
    snprintf(s + len, n - len, ": %s", message);
    return s;
}

/* Parses the unit and renders its output; frees its data. Thread-safe: touches only the unit. */
static void process(unit *u, const settings *cfg)
{
    if (!u->data)
        return;
    berita_options *opts = unit_options(cfg, u);
    if (!opts) {
        u->error = error_text(u->name, "out of memory");
        goto done;
    }
    berita_doc *doc = NULL;
    berita_error err;
    if (berita_parse(u->data, u->len, opts, &doc, &err) != BERITA_OK) {
        u->error = error_text(u->name, err.message);
        goto done;
    }
    strbuf b = {0};
    if (cfg->format == OUT_CSV) {
        csv_rows(&b, doc, berita_doc_source_name(doc)); /* the library's copy is valid UTF-8 */
    } else if (cfg->format == OUT_CSV_ARTICLES) {
        csv_article_row(&b, doc, berita_doc_source_name(doc));
    } else if (cfg->format == OUT_TEXT) {
        text_summary(&b, doc, berita_doc_source_name(doc));
    }
    if (berita_doc_fingerprint(doc))
        memcpy(u->fingerprint, berita_doc_fingerprint(doc), sizeof u->fingerprint);
    if (cfg->format == OUT_JSON || cfg->format == OUT_JSONL)
        u->doc = doc;
    else
        berita_doc_free(doc);
    if (b.failed) {
        free(b.s);
        u->error = error_text(u->name, "out of memory");
    } else {
        u->output = b.s;
        u->output_len = b.len;
    }
done:
    berita_options_free(opts);
    free(u->data);
    u->data = NULL;
}

/* ---- the pipeline: producer (main thread), workers, in-order writer ---- */

typedef struct {
    pthread_mutex_t lock;
    pthread_cond_t work_ready, unit_done;
    unit *ring;            /* window slots, indexed by sequence % window */
    size_t window;
    size_t next_to_take;   /* the next sequence number a worker takes */
    size_t produced;       /* sequence numbers handed out so far */
    bool closed;           /* no more units will be produced */
    const settings *cfg;
} pipeline;

static void *worker(void *arg)
{
    pipeline *p = arg;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (p->next_to_take == p->produced && !p->closed)
            pthread_cond_wait(&p->work_ready, &p->lock);
        if (p->next_to_take == p->produced && p->closed)
            break;
        unit *u = &p->ring[p->next_to_take++ % p->window];
        pthread_mutex_unlock(&p->lock);
        process(u, p->cfg);
        pthread_mutex_lock(&p->lock);
        u->done = true;
        pthread_cond_broadcast(&p->unit_done);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

/* --dedupe: the fingerprints of the records written so far, indexed by each
 * of their four 16-bit quarters. Two copies of one release differ in a few
 * bits: within DUPLICATE_BITS, and sharing a quarter (certain up to 3 bits
 * apart), they are found without comparing every pair. */
enum { DUPLICATE_BITS = 8, QUARTERS = 4, NO_ENTRY = SIZE_MAX };

typedef struct {
    size_t head[QUARTERS][1 << 16]; /* the newest entry with that quarter, or NO_ENTRY */
    struct seen_entry {
        char fingerprint[17];
        char *name;
        size_t next[QUARTERS];
    } *entries;
    size_t len, cap;
} seen_index;

static seen_index *seen_new(void)
{
    seen_index *x = calloc(1, sizeof *x);
    if (x)
        memset(x->head, 0xff, sizeof x->head); /* every byte 0xff: SIZE_MAX, no entry */
    return x;
}

static void seen_free(seen_index *x)
{
    if (!x)
        return;
    for (size_t i = 0; i < x->len; i++)
        free(x->entries[i].name);
    free(x->entries);
    free(x);
}

/* The q-th four hex digits of a fingerprint (the library writes them lower-case). */
static unsigned quarter(const char *fingerprint, int q)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = fingerprint[4 * q + i];
        v = v << 4 | (unsigned)(c <= '9' ? c - '0' : c - 'a' + 10);
    }
    return v;
}

/* The name of an earlier record within DUPLICATE_BITS of `fingerprint`, or
 * NULL after adding it as `name`'s. *bits: how far apart. */
static const char *seen_check(seen_index *x, const char *fingerprint, const char *name, int *bits)
{
    for (int q = 0; q < QUARTERS; q++)
        for (size_t i = x->head[q][quarter(fingerprint, q)]; i != NO_ENTRY; i = x->entries[i].next[q])
            if ((*bits = berita_fingerprint_distance(fingerprint, x->entries[i].fingerprint)) >= 0 &&
                *bits <= DUPLICATE_BITS)
                return x->entries[i].name;
    if (x->len == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 256;
        struct seen_entry *grown = realloc(x->entries, cap * sizeof *grown);
        if (!grown)
            return NULL; /* out of memory: it is written, not remembered */
        x->entries = grown;
        x->cap = cap;
    }
    struct seen_entry *e = &x->entries[x->len];
    memcpy(e->fingerprint, fingerprint, sizeof e->fingerprint);
    e->name = strdup(name);
    for (int q = 0; q < QUARTERS; q++) {
        unsigned v = quarter(fingerprint, q);
        e->next[q] = x->head[q][v];
        x->head[q][v] = x->len;
    }
    x->len++;
    return NULL;
}

typedef struct {
    size_t written, failed, total_inputs, inputs_done;
    bool progress, write_error;
    bool json_array; /* -f json over several articles: one JSON array */
    size_t skipped[BERITA_WARC_MALFORMED + 1]; /* WARC records that are no page, by kind */
    FILE *failures;  /* --failures: one line per failed input */
    /* Where records go: stdout, or with --output-dir one file per input,
     * written as NAME.part and renamed once the input is done. */
    output_format format;
    bool bom;
    const char *output_dir;
    const path_list *inputs;
    FILE *out;
    size_t out_input, out_records, resumed;
    bool out_array;
    char *out_path;
    seen_index *seen; /* --dedupe: the fingerprints written so far */
    size_t duplicates;
    struct timespec started;
} writer_state;

static double seconds_since(const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

static void show_progress(const writer_state *w, bool final)
{
    double secs = seconds_since(&w->started);
    double rate = secs > 0 ? (double)w->written / secs : 0;
    double per_input = w->inputs_done ? secs / (double)w->inputs_done : 0;
    double eta = per_input * (double)(w->total_inputs - w->inputs_done);
    fprintf(stderr, "\r%zu/%zu inputs, %zu articles, %.1f/s, %zu failed, ETA %.0fs   %s", w->inputs_done,
            w->total_inputs, w->written, rate, w->failed, final ? 0.0 : eta, final ? "\n" : "");
}

/* A failure on stderr and, with --failures, in its file (without the
 * program's name). */
static void report_failure(writer_state *w, const char *error)
{
    w->failed++;
    fprintf(stderr, "%s%s\n", w->progress ? "\r\033[K" : "", error ? error : "berita-extract: out of memory");
    static const char PREFIX[] = "berita-extract: ";
    if (w->failures && error)
        fprintf(w->failures, "%s\n", strncmp(error, PREFIX, sizeof PREFIX - 1) ? error : error + sizeof PREFIX - 1);
}

static const char *const EXTENSIONS[] = {".json", ".jsonl", ".csv", ".csv", ".txt"};

/* Starts a stream of records: the BOM and CSV header, or a JSON array's
 * opening when `array`. */
static void sink_begin(writer_state *w, FILE *f, bool array)
{
    w->out = f;
    w->out_records = 0;
    w->out_array = array;
    bool csv = w->format == OUT_CSV || w->format == OUT_CSV_ARTICLES;
    if (csv && w->bom && fputs("\xEF\xBB\xBF", f) == EOF)
        w->write_error = true;
    if (csv && fputs(w->format == OUT_CSV ? CSV_HEADER : CSV_ARTICLES_HEADER, f) == EOF)
        w->write_error = true;
}

static void sink_end(writer_state *w)
{
    if (w->out_array && fputs(w->out_records ? "\n]\n" : "[]\n", w->out) == EOF)
        w->write_error = true;
}

/* The file an input's records go to under --output-dir: its name there
 * (past the folder it was found under, or its base name) and the format's
 * extension. malloc'd. */
static char *output_path(const writer_state *w, size_t input)
{
    const char *path = w->inputs->paths[input];
    const char *name = strcmp(path, "-") == 0 ? "stdin" : path + w->inputs->name_at[input];
    size_t n = strlen(w->output_dir) + strlen(name) + 16;
    char *out = malloc(n);
    if (out)
        snprintf(out, n, "%s/%s%s", w->output_dir, name, EXTENSIONS[w->format]);
    return out;
}

/* mkdir -p of the folders above `path`. */
static int make_parents(char *path)
{
    for (char *slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        int rc = mkdir(path, 0777);
        *slash = '/';
        if (rc != 0 && errno != EEXIST)
            return -1;
    }
    return 0;
}

/* Ends the open output file: its records complete, NAME.part becomes NAME. */
static void finish_output_file(writer_state *w)
{
    if (!w->out_path)
        return;
    sink_end(w);
    size_t n = strlen(w->out_path);
    char *part = malloc(n + 6);
    if (fclose(w->out) != 0 || !part)
        w->write_error = true;
    else {
        snprintf(part, n + 6, "%s.part", w->out_path);
        if (rename(part, w->out_path) != 0)
            w->write_error = true;
    }
    free(part);
    free(w->out_path);
    w->out_path = NULL;
    w->out = NULL;
}

/* The stream a record of `u` is written to: stdout, or its input's file. */
static FILE *sink_for(writer_state *w, const unit *u)
{
    if (!w->output_dir)
        return w->out;
    if (w->out_path && w->out_input == u->input)
        return w->out;
    finish_output_file(w);
    char *path = output_path(w, u->input);
    size_t n = path ? strlen(path) : 0;
    char *part = path ? malloc(n + 6) : NULL;
    FILE *f = NULL;
    if (part) {
        snprintf(part, n + 6, "%s.part", path);
        f = make_parents(part) == 0 ? fopen(part, "w") : NULL;
    }
    if (!f) {
        char *error = error_text(part ? part : u->name, strerror(errno));
        report_failure(w, error);
        free(error);
        free(path);
        free(part);
        return NULL;
    }
    free(part);
    w->out_path = path;
    w->out_input = u->input;
    sink_begin(w, f, w->format == OUT_JSON && u->from_warc);
    return f;
}

static int write_to_file(void *file, const char *bytes, size_t len)
{
    return fwrite(bytes, 1, len, file) == len ? 0 : -1;
}

/* Writes out the finished units at the head of the window, in order. Called with the lock held. */
static void drain(pipeline *p, size_t *next_to_write, writer_state *w, bool wait_for_all)
{
    while (*next_to_write < p->produced) {
        unit *u = &p->ring[*next_to_write % p->window];
        if (!u->done) {
            if (!wait_for_all && p->produced - *next_to_write < p->window)
                return;
            pthread_cond_wait(&p->unit_done, &p->lock);
            continue;
        }
        pthread_mutex_unlock(&p->lock);
        const char *copy_of = NULL;
        int bits = 0;
        if (!u->error && w->seen && u->fingerprint[0])
            copy_of = seen_check(w->seen, u->fingerprint, u->name, &bits);
        if (u->error) {
            report_failure(w, u->error);
        } else if (copy_of) {
            w->duplicates++;
            fprintf(stderr, "%sberita-extract: %s: a copy of %s (%d bits apart), not written\n",
                    w->progress ? "\r\033[K" : "", u->name, copy_of, bits);
        } else { /* a record, or an article with no CSV rows: its file exists all the same */
            FILE *out = sink_for(w, u);
            if (out && u->doc) {
                if (w->out_array && fputs(w->out_records ? ",\n" : "[\n", out) == EOF)
                    w->write_error = true;
                if (berita_doc_write_json(u->doc, w->format == OUT_JSON ? BERITA_JSON_PRETTY : 0, write_to_file, out) !=
                        BERITA_OK ||
                    (!w->out_array && fputc('\n', out) == EOF))
                    w->write_error = true;
            } else if (out && u->output_len && fwrite(u->output, 1, u->output_len, out) != u->output_len) {
                w->write_error = true;
            }
            w->out_records += out != NULL;
            w->written += out != NULL;
        }
        free(u->name);
        free(u->url);
        free(u->warc_id);
        free(u->warc_date);
        free(u->output);
        berita_doc_free(u->doc);
        free(u->error);
        memset(u, 0, sizeof *u);
        pthread_mutex_lock(&p->lock);
        (*next_to_write)++;
    }
}

/* Hands one unit to the workers, first waiting for a free slot. */
static void submit(pipeline *p, unit u, size_t *next_to_write, writer_state *w)
{
    pthread_mutex_lock(&p->lock);
    drain(p, next_to_write, w, false);
    p->ring[p->produced % p->window] = u;
    p->produced++; /* a unit without data (it failed to read) passes through a worker untouched */
    pthread_cond_signal(&p->work_ready);
    pthread_mutex_unlock(&p->lock);
}

typedef struct {
    FILE *f;
    peeked *head; /* served before the rest of f */
} file_source;

static long read_file_source(void *ctx, void *buf, size_t n)
{
    file_source *s = ctx;
    if (s->head->pos < s->head->len) {
        size_t k = s->head->len - s->head->pos < n ? s->head->len - s->head->pos : n;
        memcpy(buf, s->head->bytes + s->head->pos, k);
        s->head->pos += k;
        return (long)k;
    }
    size_t got = fread(buf, 1, n, s->f);
    return ferror(s->f) ? -1 : (long)got;
}

/* "2025-07-25T03:04:05Z" -> "2025-07-25" when it starts with a date. */
static void warc_day(const char *date, char out[11])
{
    out[0] = '\0';
    if (date && strlen(date) >= 10 && date[4] == '-' && date[7] == '-') {
        memcpy(out, date, 10);
        out[10] = '\0';
    }
}

static char *strdup_or_null(const char *s) { return s ? strdup(s) : NULL; }

/* Submits every HTML page of a WARC archive as a unit: its target URI is the
 * URL, its WARC-Date the reference date (unless -r), its id, date and offset
 * the record's source. Records that are no page (requests, images, 404s,
 * revisits) are skipped and counted; a record over the limit is a failure;
 * an archive error ends the archive and is a failure. */
static void submit_warc(pipeline *p, FILE *f, peeked *head, size_t input, const char *path, size_t *next_to_write,
                        writer_state *w)
{
    file_source src = {f, head};
    berita_warc *r = berita_warc_open(read_file_source, &src, INPUT_LIMIT);
    berita_warc_record rec;
    int rc = -1;
    size_t record = 0;
    while (r && (rc = berita_warc_next(r, &rec)) == 1) {
        record++;
        if (rec.kind != BERITA_WARC_PAGE && rec.kind != BERITA_WARC_TOO_LARGE) {
            w->skipped[rec.kind]++;
            continue;
        }
        size_t nl = strlen(path) + 24;
        char *name = malloc(nl);
        if (name)
            snprintf(name, nl, "%s#%zu", path, record);
        unit u = {.name = name, .input = input, .from_warc = true};
        if (rec.kind == BERITA_WARC_TOO_LARGE) { /* reported, never buffered whole */
            u.error = error_text(name ? name : path, "the record, as stored or decoded, is over the 64 MiB input limit");
        } else {
            u.url = strdup_or_null(rec.target_uri);
            u.warc_id = strdup_or_null(rec.record_id);
            u.warc_date = strdup_or_null(rec.date);
            u.warc_offset = rec.offset;
            warc_day(rec.date, u.reference_date);
            u.data = malloc(rec.body_len + 1);
            if (u.data)
                memcpy(u.data, rec.body, rec.body_len + 1);
            else
                u.error = error_text(name ? name : path, "out of memory");
            u.len = rec.body_len;
        }
        submit(p, u, next_to_write, w);
    }
    if (rc != 0) {
        const char *why = r ? berita_warc_error(r) : "out of memory";
        submit(p, (unit){.name = strdup(path), .error = error_text(path, why), .input = input}, next_to_write, w);
    }
    berita_warc_free(r);
}

/* Submits one input: a WARC archive's pages (told by content, or all with
 * --kind warc), else the article it holds. */
static void submit_input(pipeline *p, size_t input, const char *path, peeked *stdin_head, size_t *next_to_write,
                         writer_state *w)
{
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        submit(p, (unit){.name = strdup(path), .error = error_text(path, strerror(errno)), .input = input},
               next_to_write, w);
        return;
    }
    peeked own, *head = is_stdin ? stdin_head : &own;
    if (!is_stdin)
        peek(f, &own);
    if (p->cfg->force_warc || berita_is_warc(head->bytes, head->len)) {
        submit_warc(p, f, head, input, path, next_to_write, w);
    } else {
        unit u = {.name = strdup(path), .input = input};
        u.data = read_stream(f, head, &u.len);
        if (!u.data)
            u.error = error_text(path, errno == EFBIG ? "the input is over the 64 MiB input limit" : strerror(errno));
        submit(p, u, next_to_write, w);
    }
    if (!is_stdin)
        fclose(f);
}

static int run(path_list *inputs, const settings *cfg, peeked *stdin_head, size_t jobs, writer_state *w)
{
    pipeline p = {.window = jobs * 4, .cfg = cfg};
    p.ring = calloc(p.window, sizeof *p.ring);
    pthread_t *threads = calloc(jobs, sizeof *threads);
    if (!p.ring || !threads) {
        free(p.ring);
        free(threads);
        fprintf(stderr, "berita-extract: out of memory\n");
        return 1;
    }
    pthread_mutex_init(&p.lock, NULL);
    pthread_cond_init(&p.work_ready, NULL);
    pthread_cond_init(&p.unit_done, NULL);
    size_t started = 0;
    for (; started < jobs; started++)
        if (pthread_create(&threads[started], NULL, worker, &p) != 0)
            break;
    if (started == 0) {
        fprintf(stderr, "berita-extract: cannot start a worker thread\n");
        return 1;
    }
    size_t next_to_write = 0;
    w->format = cfg->format;
    w->bom = cfg->bom;
    w->inputs = inputs;
    if (!w->output_dir)
        sink_begin(w, stdout, w->json_array);
    for (size_t i = 0; i < inputs->len; i++) {
        const char *path = inputs->paths[i];
        if (w->output_dir) { /* resume: an input whose file is complete was done by an earlier run */
            char *done = output_path(w, i);
            bool exists = done && access(done, F_OK) == 0;
            free(done);
            if (exists) {
                w->resumed++;
                continue;
            }
        }
        submit_input(&p, i, path, stdin_head, &next_to_write, w);
        w->inputs_done = i + 1;
        if (w->progress)
            show_progress(w, false);
    }
    pthread_mutex_lock(&p.lock);
    p.closed = true;
    pthread_cond_broadcast(&p.work_ready);
    drain(&p, &next_to_write, w, true);
    pthread_mutex_unlock(&p.lock);
    if (w->output_dir)
        finish_output_file(w);
    else
        sink_end(w);
    for (size_t t = 0; t < started; t++)
        pthread_join(threads[t], NULL);
    if (w->progress)
        show_progress(w, true);
    pthread_mutex_destroy(&p.lock);
    pthread_cond_destroy(&p.work_ready);
    pthread_cond_destroy(&p.unit_done);
    free(p.ring);
    free(threads);
    return w->failed ? 1 : 0;
}

/* --input-file: the inputs named one a line, blank lines and a trailing CR
 * ignored; "-" reads the list from standard input. */
static int read_input_list(const char *path, path_list *out)
{
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "r");
    if (!f)
        return -1;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    while (rc == 0 && (n = getline(&line, &cap, f)) >= 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n > 0)
            rc = push_path(out, line);
    }
    if (ferror(f))
        rc = -1;
    free(line);
    if (!is_stdin)
        fclose(f);
    return rc;
}

/* Whether the one input is a WARC archive, by its first bytes. */
static bool input_is_warc(const char *path, const peeked *stdin_head)
{
    if (strcmp(path, "-") == 0)
        return berita_is_warc(stdin_head->bytes, stdin_head->len);
    FILE *f = fopen(path, "rb");
    if (!f)
        return false; /* its failure is reported when it is read */
    peeked head;
    peek(f, &head);
    fclose(f);
    return berita_is_warc(head.bytes, head.len);
}

/* One line on stderr for the WARC records that held no page. */
static void report_skipped(const writer_state *w)
{
    static const char *const WHY[] = {[BERITA_WARC_NOT_HTML] = "not HTML", [BERITA_WARC_NOT_OK] = "HTTP status not 2xx",
                                      [BERITA_WARC_REVISIT] = "revisits", [BERITA_WARC_OTHER] = "requests and metadata",
                                      [BERITA_WARC_MALFORMED] = "unreadable HTTP"};
    size_t total = 0;
    for (size_t k = 0; k < sizeof WHY / sizeof *WHY; k++)
        total += w->skipped[k];
    if (!total)
        return;
    fprintf(stderr, "berita-extract: %zu WARC records skipped (", total);
    const char *sep = "";
    for (size_t k = 0; k < sizeof WHY / sizeof *WHY; k++)
        if (WHY[k] && w->skipped[k]) {
            fprintf(stderr, "%s%zu %s", sep, w->skipped[k], WHY[k]);
            sep = ", ";
        }
    fprintf(stderr, ")\n");
}

/* Each page allocates and frees the same few hundred kilobytes. By default
 * glibc hands freed memory at the top of a heap back to the kernel and then
 * faults it in again for the next page; on two workers that costs a fifth
 * of the CPU time, most of it waiting on the other core to flush its TLB.
 * A batch tool keeps what it has freed for the next page. */
static void tune_allocator(void)
{
#ifdef __GLIBC__
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 16 << 20);
#endif
}

int main(int argc, char **argv)
{
    tune_allocator();
    static const struct option LONG[] = {
        {"format", required_argument, NULL, 'f'}, {"kind", required_argument, NULL, 'k'},
        {"url", required_argument, NULL, 'u'},    {"reference-date", required_argument, NULL, 'r'},
        {"charset", required_argument, NULL, 'c'}, {"jobs", required_argument, NULL, 'j'},
        {"quiet", no_argument, NULL, 'q'},        {"version", no_argument, NULL, 'V'},
        {"help", no_argument, NULL, 'h'},         {"bom", no_argument, NULL, 'B'},
        {"dedupe", no_argument, NULL, 'D'},       {"failures", required_argument, NULL, 'F'},
        {"input-file", required_argument, NULL, 'I'}, {"output-dir", required_argument, NULL, 'o'},
        {NULL, 0, NULL, 0},
    };
    /* Options are checked here, once, on a scratch object; units build their own. */
    berita_options *opts = berita_options_new();
    if (!opts) {
        fprintf(stderr, "berita-extract: out of memory\n");
        return 1;
    }
    settings cfg = {.kind = BERITA_INPUT_AUTO};
    int fmt = -1, c, status = 0;
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    bool quiet = false, dedupe = false;
    const char *failures_path = NULL, *input_list = NULL, *output_dir = NULL;
    while ((c = getopt_long(argc, argv, "f:k:u:r:c:j:o:qVh", LONG, NULL)) != -1) {
        switch (c) {
        case 'f':
            fmt = -1;
            for (int i = 0; i < FORMAT_COUNT; i++)
                if (strcmp(optarg, FORMAT_NAMES[i]) == 0)
                    fmt = i;
            if (fmt < 0) {
                fprintf(stderr, "berita-extract: unknown format '%s' (json, jsonl, csv, csv-articles, text)\n",
                        optarg);
                status = 2;
            }
            break;
        case 'k': {
            cfg.force_warc = strcmp(optarg, "warc") == 0;
            berita_input_kind k = strcmp(optarg, "html") == 0                            ? BERITA_INPUT_HTML
                                  : strcmp(optarg, "text") == 0                          ? BERITA_INPUT_TEXT
                                  : strcmp(optarg, "auto") == 0 || cfg.force_warc ? BERITA_INPUT_AUTO
                                                                                         : (berita_input_kind)-1;
            if (berita_options_set_kind(opts, k) != BERITA_OK) {
                fprintf(stderr, "berita-extract: unknown kind '%s' (auto, html, text, warc)\n", optarg);
                status = 2;
            }
            cfg.kind = k;
            break;
        }
        case 'u':
            cfg.url = optarg;
            break;
        case 'r':
            if (berita_options_set_reference_date(opts, optarg) != BERITA_OK) {
                fprintf(stderr, "berita-extract: --reference-date wants a real date as YYYY-MM-DD, not '%s'\n",
                        optarg);
                status = 2;
            }
            cfg.reference_date = optarg;
            break;
        case 'c':
            if (berita_options_set_charset(opts, optarg) != BERITA_OK) {
                fprintf(stderr, "berita-extract: unsupported charset '%s'\n", optarg);
                status = 2;
            }
            cfg.charset = optarg;
            break;
        case 'j': {
            char *end;
            jobs = strtol(optarg, &end, 10);
            if (*end || jobs < 1 || jobs > 1024) {
                fprintf(stderr, "berita-extract: --jobs wants a number from 1 to 1024, not '%s'\n", optarg);
                status = 2;
            }
            break;
        }
        case 'q':
            quiet = true;
            break;
        case 'B':
            cfg.bom = true;
            break;
        case 'D':
            dedupe = true;
            break;
        case 'F':
            failures_path = optarg;
            break;
        case 'I':
            input_list = optarg;
            break;
        case 'o':
            output_dir = optarg;
            break;
        case 'V':
            printf("berita-extract %s (libberita %s, libxml2 %s, utf8proc %s)\n", BERITA_VERSION_STRING,
                   berita_version(), xmlParserVersion, utf8proc_version());
            berita_options_free(opts);
            return 0;
        case 'h':
            usage(stdout, argv[0]);
            berita_options_free(opts);
            return 0;
        default:
            status = 2;
        }
    }
    if (status == 0 && optind >= argc && !input_list) {
        fprintf(stderr, "berita-extract: no input files\n");
        status = 2;
    }
    if (status == 2) {
        usage(stderr, argv[0]);
        berita_options_free(opts);
        return 2;
    }

    writer_state w = {0};
    if (failures_path && !(w.failures = fopen(failures_path, "w"))) {
        fprintf(stderr, "berita-extract: cannot write the failures file: %s\n", strerror(errno));
        berita_options_free(opts);
        return 2;
    }
    if (dedupe && !(w.seen = seen_new())) {
        fprintf(stderr, "berita-extract: out of memory\n");
        berita_options_free(opts);
        return 1;
    }
    path_list named = {0}, inputs = {0}, problems = {0};
    for (int i = optind; i < argc; i++)
        if (push_path(&named, argv[i]))
            walk_problem(argv[i], strerror(errno), &problems);
    if (input_list && read_input_list(input_list, &named))
        walk_problem(input_list, strerror(errno), &problems);
    for (size_t i = 0; i < named.len; i++) {
        struct stat st;
        const char *name = named.paths[i];
        int rc = (strcmp(name, "-") != 0 && stat(name, &st) == 0 && S_ISDIR(st.st_mode))
                     ? walk_directory(&inputs, name, &problems)
                     : push_input(&inputs, name, 0);
        if (rc)
            walk_problem(name, strerror(errno), &problems);
    }
    for (size_t i = 0; i < problems.len; i++)
        report_failure(&w, problems.paths[i]);
    /* stdin is peeked once, here, whether it is one input of many or the only one */
    peeked stdin_head = {0};
    for (size_t i = 0; i < inputs.len; i++)
        if (strcmp(inputs.paths[i], "-") == 0) {
            peek(stdin, &stdin_head);
            break;
        }
    bool one_article = inputs.len == 1 && !cfg.force_warc && !input_is_warc(inputs.paths[0], &stdin_head);
    if (fmt < 0)
        fmt = one_article || output_dir ? OUT_JSON : OUT_JSONL;
    cfg.format = (output_format)fmt;
    w.output_dir = output_dir;
    w.json_array = cfg.format == OUT_JSON && !one_article && !output_dir;
    w.total_inputs = inputs.len;
    w.progress = !quiet && inputs.len > 1 && isatty(STDERR_FILENO);
    clock_gettime(CLOCK_MONOTONIC, &w.started);
    if (jobs < 1)
        jobs = 1;
    size_t failed_before = w.failed;
    status = run(&inputs, &cfg, &stdin_head, (size_t)jobs, &w);
    report_skipped(&w);
    if (failed_before)
        status = 1;
    if (w.resumed)
        fprintf(stderr, "berita-extract: %zu inputs already in %s were left as they are\n", w.resumed, output_dir);
    if (w.duplicates)
        fprintf(stderr, "berita-extract: %zu copies of articles already written were left out\n", w.duplicates);
    free_paths(&named);
    free_paths(&inputs);
    free_paths(&problems);
    seen_free(w.seen);
    if (w.failures && fclose(w.failures) != 0) {
        fprintf(stderr, "berita-extract: cannot write the failures file: %s\n", strerror(errno));
        status = 1;
    }
    berita_options_free(opts);
    if (fflush(stdout) != 0 || ferror(stdout) || w.write_error) {
        fprintf(stderr, "berita-extract: write error: %s\n", strerror(errno));
        return 1;
    }
    return status;
}
