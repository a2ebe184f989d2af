/* The speed floor: raw ICU breaking of a UTF-8 file, with nothing else around it.
   usage: icu_floor FILE [sentence|word] [LOCALE]
   prints: bytes boundaries seconds MB/s cpu_seconds   (the file is read before the clocks start;
   the first four fields are those of ../shared/bench/icu_sentences.c)
   Sentence mode uses the locale en@ss=standard, as enrich's sentences stage does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: %s FILE [sentence|word] [LOCALE]\n", argv[0]); return 2; }
  int words = argc > 2 && strcmp(argv[2], "word") == 0;
  const char *locale = argc > 3 ? argv[3] : (words ? "en" : "en@ss=standard");
  FILE *file = fopen(argv[1], "rb");
  if (!file) { perror(argv[1]); return 2; }
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  fseek(file, 0, SEEK_SET);
  char *text = malloc(size ? size : 1);
  if (fread(text, 1, size, file) != (size_t)size) { perror("read"); return 2; }
  fclose(file);

  struct timespec start, end, cpu_start, cpu_end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu_start);
  UErrorCode status = U_ZERO_ERROR;
  UText *utext = utext_openUTF8(NULL, text, size, &status);
  UBreakIterator *breaker = ubrk_open(words ? UBRK_WORD : UBRK_SENTENCE, locale, NULL, 0, &status);
  ubrk_setUText(breaker, utext, &status);
  if (U_FAILURE(status)) { fprintf(stderr, "icu: %s\n", u_errorName(status)); return 1; }
  long boundaries = 0;
  while (ubrk_next(breaker) != UBRK_DONE) boundaries++;
  clock_gettime(CLOCK_MONOTONIC, &end);
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu_end);

  double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
  double cpu_seconds = (cpu_end.tv_sec - cpu_start.tv_sec) + (cpu_end.tv_nsec - cpu_start.tv_nsec) / 1e9;
  printf("%ld %ld %.4f %.2f %.4f\n", size, boundaries, seconds, size / seconds / 1e6, cpu_seconds);
  ubrk_close(breaker);
  utext_close(utext);
  free(text);
  return 0;
}
