/*
 * parser_fast.c: grammar/src/parser.c, compiled with a faster ADVANCE_MAP.
 *
 * The generated lexer (tree-sitter 0.22's generator) dispatches a lex state
 * with many single-character transitions through ADVANCE_MAP, a linear scan
 * of (character, state) pairs; the start states of expressions have 17 to 28
 * of them, scanned in full for every letter and blank.  The generator writes
 * the pairs in increasing character order, so a range check and a binary
 * search find the same pair: K=1000 tree-sitter 929M -> 878M instructions.
 * parser.h has an include guard, so the generated file's own #include of it
 * is a no-op and this definition stands.  Nothing generated is edited.
 */
#include "tree_sitter/parser.h"

#undef ADVANCE_MAP
#define ADVANCE_MAP(...)                                                     \
  {                                                                          \
    static const uint16_t map[] = {__VA_ARGS__};                             \
    enum { N_ = sizeof(map) / sizeof(map[0]) / 2 };                          \
    if (lookahead >= map[0] && lookahead <= map[2 * (N_ - 1)]) {             \
      uint32_t lo_ = 0, hi_ = N_;                                            \
      while (lo_ < hi_) {                                                    \
        uint32_t mid_ = (lo_ + hi_) / 2;                                     \
        if (map[2 * mid_] < lookahead) lo_ = mid_ + 1; else hi_ = mid_;      \
      }                                                                      \
      if (lo_ < N_ && map[2 * lo_] == lookahead) {                           \
        state = map[2 * lo_ + 1];                                            \
        goto next_state;                                                     \
      }                                                                      \
    }                                                                        \
  }

#include "src/parser.c"
