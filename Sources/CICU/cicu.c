/* The only file of the project that includes ICU's headers; see include/cicu.h. */
#include "cicu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucasemap.h>
#include <unicode/uclean.h>
#include <unicode/unorm2.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

/* The text is handed to ICU as UTF-16: ICU's UTF-8 UText converts the bytes chunk by chunk on
 * every access, which costs about as much as the break rules themselves, while one conversion up
 * front is a single fast pass. Boundaries come back in UTF-16 units and are mapped to UTF-8 byte
 * offsets by walking the bytes once, in step with the ascending boundaries. */
struct cicu_breaker {
    UBreakIterator *iterator;
    UChar *utf16;
    int32_t utf16_capacity;
    const uint8_t *utf8;
    int32_t utf8_length;
    /* Where the last boundary was, in both units; equal units mean the text is ASCII. */
    int32_t utf16_position;
    int32_t utf8_position;
    int is_ascii;
};

/* Buffers above this many UTF-16 units are freed when the text is released, so that one huge
 * document does not pin its copy for the rest of the run. */
#define CICU_KEPT_CAPACITY (1 << 20)

static void copy_error(UErrorCode status, char *error, size_t capacity) {
    if (error != NULL && capacity > 0) {
        snprintf(error, capacity, "%s", u_errorName(status));
    }
}

cicu_breaker *cicu_breaker_open(cicu_break_kind kind, const char *locale, char *error, size_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        copy_error(status, error, error_capacity);
        return NULL;
    }
    cicu_breaker *breaker = calloc(1, sizeof(cicu_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        copy_error(U_MEMORY_ALLOCATION_ERROR, error, error_capacity);
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

cicu_breaker *cicu_breaker_clone(const cicu_breaker *breaker) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(breaker->iterator, &status);
    if (U_FAILURE(status)) {
        return NULL;
    }
    cicu_breaker *copy = calloc(1, sizeof(cicu_breaker));
    if (copy == NULL) {
        ubrk_close(iterator);
        return NULL;
    }
    copy->iterator = iterator;
    return copy;
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (breaker == NULL) {
        return;
    }
    ubrk_close(breaker->iterator);
    free(breaker->utf16);
    free(breaker);
}

/* Converts `length` bytes of valid UTF-8 to UTF-16 in `out` (room for `length` units) and returns
 * the number of units. Runs of ASCII, most of news text, are widened 8 bytes at a step; a
 * sequence cut off by the end of the bytes becomes U+FFFD. */
static int32_t utf8_to_utf16(const uint8_t *in, int32_t length, UChar *out) {
    int32_t i = 0;
    int32_t n = 0;
    while (i < length) {
        if (i + 8 <= length) {
            uint64_t word;
            memcpy(&word, in + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                for (int k = 0; k < 8; k++) {
                    out[n + k] = in[i + k];
                }
                i += 8;
                n += 8;
                continue;
            }
        }
        uint8_t lead = in[i];
        int32_t width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (i + width > length) {
            out[n++] = 0xFFFD;
            break;
        }
        switch (width) {
        case 1:
            out[n++] = lead;
            break;
        case 2:
            out[n++] = (UChar)(((lead & 0x1F) << 6) | (in[i + 1] & 0x3F));
            break;
        case 3:
            out[n++] = (UChar)(((lead & 0x0F) << 12) | ((in[i + 1] & 0x3F) << 6) | (in[i + 2] & 0x3F));
            break;
        default: {
            uint32_t scalar = ((uint32_t)(lead & 0x07) << 18) | ((uint32_t)(in[i + 1] & 0x3F) << 12)
                | ((uint32_t)(in[i + 2] & 0x3F) << 6) | (in[i + 3] & 0x3F);
            scalar -= 0x10000;
            out[n++] = (UChar)(0xD800 | (scalar >> 10));
            out[n++] = (UChar)(0xDC00 | (scalar & 0x3FF));
            break;
        }
        }
        i += width;
    }
    return n;
}

int cicu_breaker_set_text(cicu_breaker *breaker, const char *utf8, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    if (length > INT32_MAX - 1) {
        return (int)U_INDEX_OUTOFBOUNDS_ERROR;
    }
    /* UTF-16 never needs more units than UTF-8 has bytes. */
    int32_t needed = (int32_t)length + 1;
    if (length == 0 && breaker->utf16_capacity > CICU_KEPT_CAPACITY) {
        free(breaker->utf16);
        breaker->utf16 = NULL;
        breaker->utf16_capacity = 0;
    }
    if (needed > breaker->utf16_capacity) {
        UChar *grown = realloc(breaker->utf16, sizeof(UChar) * (size_t)needed);
        if (grown == NULL) {
            return (int)U_MEMORY_ALLOCATION_ERROR;
        }
        breaker->utf16 = grown;
        breaker->utf16_capacity = needed;
    }
    int32_t utf16_length = utf8_to_utf16((const uint8_t *)utf8, (int32_t)length, breaker->utf16);
    ubrk_setText(breaker->iterator, breaker->utf16, utf16_length, &status);
    if (U_FAILURE(status)) {
        return (int)status;
    }
    breaker->utf8 = (const uint8_t *)utf8;
    breaker->utf8_length = (int32_t)length;
    breaker->utf16_position = 0;
    breaker->utf8_position = 0;
    breaker->is_ascii = utf16_length == (int32_t)length;
    ubrk_first(breaker->iterator);
    return 0;
}

/* The UTF-8 offset of UTF-16 boundary `boundary`, at or after the previous one. */
static int32_t utf8_offset(cicu_breaker *breaker, int32_t boundary) {
    if (breaker->is_ascii) {
        return boundary;
    }
    const uint8_t *utf8 = breaker->utf8;
    int32_t units = breaker->utf16_position;
    int32_t bytes = breaker->utf8_position;
    while (units < boundary && bytes < breaker->utf8_length) {
        uint8_t lead = utf8[bytes];
        if (lead < 0x80) {
            bytes += 1;
            units += 1;
        } else if (lead < 0xE0) {
            bytes += 2;
            units += 1;
        } else if (lead < 0xF0) {
            bytes += 3;
            units += 1;
        } else {
            bytes += 4;
            units += 2;
        }
    }
    breaker->utf16_position = units;
    breaker->utf8_position = bytes;
    return bytes;
}

int32_t cicu_breaker_next(cicu_breaker *breaker) {
    int32_t boundary = ubrk_next(breaker->iterator);
    return boundary == UBRK_DONE ? CICU_DONE : utf8_offset(breaker, boundary);
}

int32_t cicu_breaker_rule_status(const cicu_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

int64_t cicu_breaker_fill(cicu_breaker *breaker, int32_t *out, int32_t *statuses, int64_t capacity) {
    int64_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(breaker->iterator);
        if (boundary == UBRK_DONE) {
            break;
        }
        out[count] = utf8_offset(breaker, boundary);
        if (statuses != NULL) {
            statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        }
        count++;
    }
    return count;
}

void cicu_sentence_break_classes(uint32_t first, uint32_t count, uint8_t *out) {
    for (uint32_t i = 0; i < count; i++) {
        out[i] = (uint8_t)u_getIntPropertyValue((UChar32)(first + i), UCHAR_SENTENCE_BREAK);
    }
}

/* The list is read the way ICU's filtered break iterator builder reads it: the "brkitr" tree's
 * bundle for the locale, key "exceptions", then "SentenceBreak". A bundle that exists only by
 * falling back to another locale counts as missing, as it does for ICU. */
int64_t cicu_sentence_break_suppressions(const char *locale, char *dst, int64_t dst_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(U_ICUDATA_NAME "-brkitr", locale, &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) {
        ures_close(bundle);
        return -1;
    }
    UResourceBundle *exceptions = ures_getByKey(bundle, "exceptions", NULL, &status);
    UResourceBundle *list = ures_getByKey(exceptions, "SentenceBreak", NULL, &status);
    int64_t needed = -1;
    if (U_SUCCESS(status)) {
        needed = 0;
        int32_t size = ures_getSize(list);
        for (int32_t i = 0; i < size && needed >= 0; i++) {
            int32_t length = 0;
            const UChar *string = ures_getStringByIndex(list, i, &length, &status);
            int32_t utf8_length = 0;
            UErrorCode conversion = U_ZERO_ERROR;
            char *out = dst != NULL && needed < dst_capacity ? dst + needed : NULL;
            int32_t room = out != NULL ? (int32_t)(dst_capacity - needed > INT32_MAX ? INT32_MAX : dst_capacity - needed) : 0;
            u_strToUTF8(out, room, &utf8_length, string, length, &conversion);
            if (U_FAILURE(status) || (U_FAILURE(conversion) && conversion != U_BUFFER_OVERFLOW_ERROR)) {
                needed = -1;
                break;
            }
            needed += utf8_length;
            if (dst != NULL && needed < dst_capacity) {
                dst[needed] = 0;
            }
            needed += 1;
        }
    }
    ures_close(list);
    ures_close(exceptions);
    ures_close(bundle);
    return needed;
}

/* Compares the compiled rules of the locale's sentence iterator with the root locale's. */
int cicu_sentence_rules_are_root(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *local = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    UBreakIterator *root = ubrk_open(UBRK_SENTENCE, "root", NULL, 0, &status);
    int same = 0;
    if (U_SUCCESS(status)) {
        int32_t local_length = ubrk_getBinaryRules(local, NULL, 0, &status);
        int32_t root_length = ubrk_getBinaryRules(root, NULL, 0, &status);
        if (U_SUCCESS(status) && local_length == root_length && local_length > 0) {
            uint8_t *local_rules = malloc((size_t)local_length);
            uint8_t *root_rules = malloc((size_t)root_length);
            if (local_rules != NULL && root_rules != NULL) {
                ubrk_getBinaryRules(local, local_rules, local_length, &status);
                ubrk_getBinaryRules(root, root_rules, root_length, &status);
                same = U_SUCCESS(status) && memcmp(local_rules, root_rules, (size_t)local_length) == 0;
            }
            free(local_rules);
            free(root_rules);
        }
    }
    ubrk_close(local);
    ubrk_close(root);
    return same;
}

static const UNormalizer2 *normalizer(cicu_normal_form form, UErrorCode *status) {
    switch (form) {
    case CICU_NFC: return unorm2_getNFCInstance(status);
    case CICU_NFD: return unorm2_getNFDInstance(status);
    case CICU_NFKC: return unorm2_getNFKCInstance(status);
    case CICU_NFKD: return unorm2_getNFKDInstance(status);
    case CICU_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(status);
    }
    *status = U_ILLEGAL_ARGUMENT_ERROR;
    return NULL;
}

/* UTF-8 -> UTF-16 -> normalize -> UTF-8: ICU's C API normalizes UTF-16 only. */
int64_t cicu_normalize(cicu_normal_form form, const char *src, int64_t src_length, char *dst, int64_t dst_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *norm = normalizer(form, &status);
    if (U_FAILURE(status) || src_length > INT32_MAX / 4) {
        return -1;
    }
    int32_t utf16_length = 0;
    u_strFromUTF8(NULL, 0, &utf16_length, src, (int32_t)src_length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
        return -1;
    }
    status = U_ZERO_ERROR;
    UChar *utf16 = malloc(sizeof(UChar) * (size_t)(utf16_length + 1));
    int32_t normalized_capacity = utf16_length * 3 + 16;
    UChar *normalized = malloc(sizeof(UChar) * (size_t)normalized_capacity);
    int64_t result = -1;
    if (utf16 != NULL && normalized != NULL) {
        u_strFromUTF8(utf16, utf16_length + 1, NULL, src, (int32_t)src_length, &status);
        int32_t normalized_length = unorm2_normalize(norm, utf16, utf16_length, normalized, normalized_capacity, &status);
        if (U_SUCCESS(status)) {
            int32_t needed = 0;
            u_strToUTF8(dst, (int32_t)(dst_capacity > INT32_MAX ? INT32_MAX : dst_capacity), &needed,
                        normalized, normalized_length, &status);
            if (U_SUCCESS(status) || status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) {
                result = needed;
            }
        }
    }
    free(utf16);
    free(normalized);
    return result;
}

int64_t cicu_fold_case(const char *src, int64_t src_length, char *dst, int64_t dst_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCaseMap *map = ucasemap_open("", U_FOLD_CASE_DEFAULT, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    int32_t needed = ucasemap_utf8FoldCase(map, dst, (int32_t)(dst_capacity > INT32_MAX ? INT32_MAX : dst_capacity),
                                           src, (int32_t)src_length, &status);
    ucasemap_close(map);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) {
        return -1;
    }
    return needed;
}

const char *cicu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH];
    if (version[0] == 0) {
        UVersionInfo info;
        u_getVersion(info);
        u_versionToString(info, version);
    }
    return version;
}
