/* A plain-C border over the system ICU (libicu).
 *
 * Swift cannot import ICU's own headers on Linux (Foundation's _FoundationICU module clashes
 * with them, and urename.h hides every function behind a versioned macro), so this header
 * uses plain C types only and cicu.c is the one file that includes <unicode/...>.
 *
 * Offsets are UTF-8 byte offsets into the text handed to the breaker. (The breaker hands ICU a
 * UTF-16 copy, which ICU iterates faster than UTF-8, and maps the boundaries back.)
 */
#ifndef ENRICH_CICU_H
#define ENRICH_CICU_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Which ICU break iterator to open. */
typedef enum {
    CICU_BREAK_CHARACTER = 0,
    CICU_BREAK_WORD = 1,
    CICU_BREAK_LINE = 2,
    CICU_BREAK_SENTENCE = 3
} cicu_break_kind;

/** Returned by cicu_breaker_next when the text has no more boundaries. */
#define CICU_DONE (-1)

/** An ICU break iterator bound to one UTF-8 text at a time. Not thread-safe. */
typedef struct cicu_breaker cicu_breaker;

/** Opens a break iterator for `locale` (e.g. "en@ss=standard"). Returns NULL on failure and
 *  writes ICU's error name into `error` (at most `error_capacity` bytes, NUL-terminated). */
cicu_breaker *cicu_breaker_open(cicu_break_kind kind, const char *locale, char *error, size_t error_capacity);

/** A new iterator with the same rules, cheaper than opening one; NULL on failure. */
cicu_breaker *cicu_breaker_clone(const cicu_breaker *breaker);

void cicu_breaker_close(cicu_breaker *breaker);

/** Points the iterator at `length` bytes of valid UTF-8 (at most INT32_MAX - 1). The bytes must
 *  outlive their use; 0 on success. */
int cicu_breaker_set_text(cicu_breaker *breaker, const char *utf8, int64_t length);

/** The next boundary after the current position, or CICU_DONE. The first call after
 *  cicu_breaker_set_text returns the first boundary after the start of the text. */
int32_t cicu_breaker_next(cicu_breaker *breaker);

/** The rule status of the boundary last returned (for words: 0-99 none, 100-199 number,
 *  200-299 letter, 300-399 kana, 400-499 ideographic). */
int32_t cicu_breaker_rule_status(const cicu_breaker *breaker);

/** Fills `out` with up to `capacity` boundaries after the current position, and, when `statuses`
 *  is not NULL, their rule statuses. Returns how many were written; fewer than `capacity` means
 *  the end of the text was reached. */
int64_t cicu_breaker_fill(cicu_breaker *breaker, int32_t *out, int32_t *statuses, int64_t capacity);

/** Writes to `out` the Unicode Sentence_Break value (ICU's USentenceBreak: 0 Other, 1 ATerm,
 *  2 Close, 3 Format, 4 Lower, 5 Numeric, 6 OLetter, 7 Sep, 8 Sp, 9 STerm, 10 Upper, 11 CR,
 *  12 Extend, 13 LF, 14 SContinue) of each of the `count` code points from `first` on. */
void cicu_sentence_break_classes(uint32_t first, uint32_t count, uint8_t *out);

/** The strings after which `<locale>@ss=standard` suppresses sentence breaks (ICU's brkitr
 *  "exceptions/SentenceBreak" list for the locale), written to `dst` as UTF-8, each followed by a
 *  NUL. Returns the length the list needs (call again with a larger buffer when it exceeds
 *  `dst_capacity`), or -1 when the locale has no list of its own. */
int64_t cicu_sentence_break_suppressions(const char *locale, char *dst, int64_t dst_capacity);

/** 1 when the sentence break rules ICU uses for `locale` are its root rules, else 0. */
int cicu_sentence_rules_are_root(const char *locale);

/** Unicode normalization forms. */
typedef enum { CICU_NFC = 0, CICU_NFD = 1, CICU_NFKC = 2, CICU_NFKD = 3, CICU_NFKC_CASEFOLD = 4 } cicu_normal_form;

/** Normalizes UTF-8 `src` into `dst`. Returns the length the result needs (which may exceed
 *  `dst_capacity`, in which case call again with a larger buffer), or -1 on error. */
int64_t cicu_normalize(cicu_normal_form form, const char *src, int64_t src_length, char *dst, int64_t dst_capacity);

/** Full Unicode case folding of UTF-8 `src` into `dst` (language-independent).
 *  Returns the needed length as cicu_normalize does, or -1 on error. */
int64_t cicu_fold_case(const char *src, int64_t src_length, char *dst, int64_t dst_capacity);

/** The ICU version string, e.g. "72.1". */
const char *cicu_version(void);

#ifdef __cplusplus
}
#endif

#endif
