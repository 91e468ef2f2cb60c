/*
 * External scanner: the contents of "..." and ''...'' strings.
 *
 * A fragment is the raw text between the delimiters and `${`, escapes
 * included, following Nix's lexer (lexer.l): in "...", `\` escapes the next
 * byte and `$` is literal unless followed by `{` (`$$` is consumed as a pair,
 * so `$${` is literal); in ''...'', `''` ends the string unless followed by
 * `'`, `$` or `\`, and `$` is literal unless followed by `{`.  Whitespace and
 * `#` inside a string belong to the fragment, which is why this cannot be a
 * regular token.  The scanner is stateless.
 */
#include <tree_sitter/parser.h>
#include <stdbool.h>

enum TokenType { STRING_FRAGMENT, INDENTED_STRING_FRAGMENT };

void *tree_sitter_vmc_external_scanner_create(void) { return NULL; }
void tree_sitter_vmc_external_scanner_destroy(void *p) { (void)p; }
unsigned tree_sitter_vmc_external_scanner_serialize(void *p, char *b) { (void)p; (void)b; return 0; }
void tree_sitter_vmc_external_scanner_deserialize(void *p, const char *b, unsigned n) { (void)p; (void)b; (void)n; }

static void adv(TSLexer *lx) { lx->advance(lx, false); }

/* "..." contents: stop before `"` or `${`. */
static bool scan_string(TSLexer *lx) {
  bool any = false;
  lx->result_symbol = STRING_FRAGMENT;
  for (;;) {
    if (lx->eof(lx)) return false;          /* unterminated: let the parser report it */
    int32_t c = lx->lookahead;
    if (c == '"') break;
    if (c == '\\') {
      adv(lx);
      if (lx->eof(lx)) return false;
      adv(lx);
    } else if (c == '$') {
      adv(lx);
      if (lx->lookahead == '{') break;       /* interpolation: end before the `$` */
      if (lx->lookahead != '"' && lx->lookahead != '\\' && !lx->eof(lx)) adv(lx);
    } else {
      adv(lx);
    }
    any = true;
    lx->mark_end(lx);
  }
  return any;
}

/* ''...'' contents: stop before the closing `''` or `${`. */
static bool scan_indented(TSLexer *lx) {
  bool any = false;
  lx->result_symbol = INDENTED_STRING_FRAGMENT;
  for (;;) {
    if (lx->eof(lx)) return false;
    int32_t c = lx->lookahead;
    if (c == '\'') {
      adv(lx);
      if (lx->lookahead == '\'') {
        adv(lx);
        if (lx->lookahead == '\'' || lx->lookahead == '$') {
          adv(lx);                           /* ''' and ''$ */
        } else if (lx->lookahead == '\\') {
          adv(lx);                           /* ''\x */
          if (lx->eof(lx)) return false;
          adv(lx);
        } else {
          break;                             /* closing '' */
        }
      }
    } else if (c == '$') {
      adv(lx);
      if (lx->lookahead == '{') break;
      if (lx->lookahead != '\'' && !lx->eof(lx)) adv(lx);
    } else {
      adv(lx);
    }
    any = true;
    lx->mark_end(lx);
  }
  return any;
}

bool tree_sitter_vmc_external_scanner_scan(void *p, TSLexer *lx, const bool *valid) {
  (void)p;
  /* During error recovery every symbol is valid; fragments only make sense
   * inside a string, so refuse to guess. */
  if (valid[STRING_FRAGMENT] && valid[INDENTED_STRING_FRAGMENT]) return false;
  if (valid[STRING_FRAGMENT]) return scan_string(lx);
  if (valid[INDENTED_STRING_FRAGMENT]) return scan_indented(lx);
  return false;
}
