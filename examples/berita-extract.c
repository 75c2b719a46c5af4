/* berita-extract: articles in, "berita/1" records out.
 *
 * Exit status: 0 when every input was read, 1 when some failed (each failure
 * is reported on stderr with its file and the batch goes on), 2 for usage
 * errors. */
#include <berita.h>
#include <errno.h>
#include <getopt.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef enum { OUT_JSON, OUT_JSONL } output_format;

static void usage(FILE *to, const char *prog)
{
    fprintf(to,
            "usage: %s [OPTIONS] FILE...\n"
            "Extract title, publication date, credits, labels, speakers, quotes and dates from\n"
            "Indonesian government news articles (saved HTML or copied text). FILE '-' is stdin.\n"
            "\n"
            "  -f, --format FMT          json (one pretty record per file, the default for one\n"
            "                            file) or jsonl (one record a line, the default for more)\n"
            "  -k, --kind KIND           auto (default), html or text\n"
            "  -u, --url URL             the page's URL, when the page does not name it\n"
            "  -r, --reference-date D    YYYY-MM-DD for relative and yearless dates when the\n"
            "                            article shows no publication date\n"
            "  -c, --charset NAME        force the input encoding (utf-8, windows-1252, ...)\n"
            "  -q, --quiet               do not report failed files on stderr\n"
            "  -V, --version             print the versions and exit\n"
            "  -h, --help                print this help and exit\n"
            "\n"
            "Exit status: 0 all inputs extracted, 1 some input failed, 2 usage error.\n",
            prog);
}

static char *read_stream(FILE *f, size_t *len_out)
{
    char *data = NULL;
    size_t len = 0, cap = 0, n;
    do {
        if (len == cap) {
            cap = cap ? cap * 2 : 1 << 16;
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

static int extract_one(const char *path, berita_options *opts, output_format fmt, int quiet)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        if (!quiet)
            fprintf(stderr, "berita-extract: %s: %s\n", path, strerror(errno));
        return 1;
    }
    size_t len = 0;
    char *data = read_stream(f, &len);
    int read_errno = errno;
    if (f != stdin)
        fclose(f);
    if (!data) {
        if (!quiet)
            fprintf(stderr, "berita-extract: %s: %s\n", path, strerror(read_errno));
        return 1;
    }
    berita_options_set_source_name(opts, path);
    berita_doc *doc = NULL;
    berita_error err;
    berita_status st = berita_parse(data, len, opts, &doc, &err);
    free(data);
    if (st != BERITA_OK) {
        if (!quiet)
            fprintf(stderr, "berita-extract: %s: %s\n", path, err.message);
        return 1;
    }
    char *json = NULL;
    size_t json_len = 0;
    st = berita_doc_to_json(doc, fmt == OUT_JSON ? BERITA_JSON_PRETTY : 0, &json, &json_len);
    berita_doc_free(doc);
    if (st != BERITA_OK) {
        if (!quiet)
            fprintf(stderr, "berita-extract: %s: %s\n", path, berita_strerror(st));
        return 1;
    }
    fwrite(json, 1, json_len, stdout);
    fputc('\n', stdout);
    berita_free(json);
    return 0;
}

int main(int argc, char **argv)
{
    static const struct option LONG[] = {
        {"format", required_argument, NULL, 'f'}, {"kind", required_argument, NULL, 'k'},
        {"url", required_argument, NULL, 'u'},    {"reference-date", required_argument, NULL, 'r'},
        {"charset", required_argument, NULL, 'c'}, {"quiet", no_argument, NULL, 'q'},
        {"version", no_argument, NULL, 'V'},      {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    berita_options *opts = berita_options_new();
    if (!opts) {
        fprintf(stderr, "berita-extract: out of memory\n");
        return 1;
    }
    int fmt = -1, quiet = 0, c, status = 0;
    while ((c = getopt_long(argc, argv, "f:k:u:r:c:qVh", LONG, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (strcmp(optarg, "json") == 0)
                fmt = OUT_JSON;
            else if (strcmp(optarg, "jsonl") == 0)
                fmt = OUT_JSONL;
            else {
                fprintf(stderr, "berita-extract: unknown format '%s' (json, jsonl)\n", optarg);
                status = 2;
            }
            break;
        case 'k': {
            berita_input_kind k = strcmp(optarg, "html") == 0   ? BERITA_INPUT_HTML
                                  : strcmp(optarg, "text") == 0 ? BERITA_INPUT_TEXT
                                  : strcmp(optarg, "auto") == 0 ? BERITA_INPUT_AUTO
                                                                : (berita_input_kind)-1;
            if (berita_options_set_kind(opts, k) != BERITA_OK) {
                fprintf(stderr, "berita-extract: unknown kind '%s' (auto, html, text)\n", optarg);
                status = 2;
            }
            break;
        }
        case 'u':
            berita_options_set_url(opts, optarg);
            break;
        case 'r':
            if (berita_options_set_reference_date(opts, optarg) != BERITA_OK) {
                fprintf(stderr, "berita-extract: --reference-date wants a real date as YYYY-MM-DD, not '%s'\n",
                        optarg);
                status = 2;
            }
            break;
        case 'c':
            if (berita_options_set_charset(opts, optarg) != BERITA_OK) {
                fprintf(stderr, "berita-extract: unsupported charset '%s'\n", optarg);
                status = 2;
            }
            break;
        case 'q':
            quiet = 1;
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
    if (status == 0 && optind >= argc) {
        fprintf(stderr, "berita-extract: no input files\n");
        status = 2;
    }
    if (status == 2) {
        usage(stderr, argv[0]);
        berita_options_free(opts);
        return 2;
    }
    if (fmt < 0)
        fmt = argc - optind == 1 ? OUT_JSON : OUT_JSONL;
    for (int i = optind; i < argc; i++)
        if (extract_one(argv[i], opts, (output_format)fmt, quiet))
            status = 1;
    berita_options_free(opts);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "berita-extract: write error: %s\n", strerror(errno));
        return 1;
    }
    return status;
}
