/* Runs a command and writes its peak RSS and CPU time to a file, for bench.py.
   usage: child_usage OUT_FILE COMMAND [ARGS...]   (stdin, stdout and stderr are the command's)
   writes: exit_status peak_rss_kb user_seconds system_seconds
   Why not wait4 from Python: Linux keeps the RSS high-water mark of the process that forks
   across exec, so a child forked from the benchmark's Python process would report at least the
   Python process's RSS. This helper is small, so the command's own peak is what shows. */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: %s OUT_FILE COMMAND [ARGS...]\n", argv[0]); return 2; }
  pid_t child = fork();
  if (child < 0) { perror("fork"); return 2; }
  if (child == 0) {
    execvp(argv[2], argv + 2);
    perror(argv[2]);
    _exit(127);
  }
  int status;
  struct rusage usage;
  if (wait4(child, &status, 0, &usage) < 0) { perror("wait4"); return 2; }
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  FILE *out = fopen(argv[1], "w");
  if (!out) { perror(argv[1]); return 2; }
  fprintf(out, "%d %ld %.6f %.6f\n", code, usage.ru_maxrss,
          usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6,
          usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6);
  fclose(out);
  return code;
}
