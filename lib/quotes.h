/* Stage 5: direct and indirect quotes with their cues and speaker mentions. */
#ifndef BERITA_QUOTES_H
#define BERITA_QUOTES_H

#include <stddef.h>

#include "record.h"

typedef enum { SOURCE_NONE, SOURCE_MENTION, SOURCE_PRONOUN } source_kind;

/* One step of the passage as a reader follows who is speaking, in reading
 * order: a quote and the words that name its source, or a sentence whose
 * subject may become the current speaker. */
typedef struct {
    long quote;          /* index into rec->quotes, or -1 for a sentence subject */
    const char *mention; /* SOURCE_MENTION: the words naming the person, as written */
    source_kind source;
    bool demonstrative; /* a demonstrative follows them: "Bupati KSB dua periode ini" */
    bool speaks;        /* they give a speech the article names ("Materi desain disampaikan X"): a
                           later pronoun's person, as a quote's source is */
    const char *nickname; /* the nickname a relative clause after the words gives: "remaja yang akrab disapa
                             Jelly itu" */
} speech_event;

typedef VEC(speech_event) speech_events;

/* Fills rec->quotes (speaker -1, made in `a`) and returns the events
 * speakers_resolve reads, made in `work`: they need not outlive the two
 * stages. */
speech_events quotes_extract(record *rec, size_t max_quotes, arena *a, arena *work);

#endif
