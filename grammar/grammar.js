/**
 * Tree-sitter grammar for the vmc configuration language: the Nix expression
 * language without derivations and a store.
 *
 * The layering of hidden `_expr_*` rules encodes Nix's precedence (parser.y of
 * Nix): function/let/with/assert < if < operators < application < selection <
 * simple expressions.  Binary operators get the precedences of PREC below.
 * String contents are lexed by src/scanner.c, because Nix's rules for `$`,
 * `''` and whitespace inside strings cannot be expressed with the regular
 * lexer (comments and whitespace would otherwise be skipped inside strings).
 */

const PREC = {
  impl: 1,
  or: 2,
  and: 3,
  eq: 4,
  cmp: 5,
  update: 6,
  not: 7,
  add: 8,
  mul: 9,
  concat: 10,
  has: 11,
  negate: 12,
};

const PATH_CHAR = /[a-zA-Z0-9._\-+]/;

// The words that cannot start names joined by dots.
const KEYWORDS = ['if', 'then', 'else', 'assert', 'with', 'let', 'in', 'rec', 'inherit', 'or'];

// A regular expression (source text) for a name, [a-zA-Z_][a-zA-Z0-9_'-]*,
// that is none of `words`: along a trie of the words, a name either leaves
// it by a character no word has there, or goes past the end of a word, or
// stops where no word ends.
function nameExcept(words) {
  const first = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_'];
  const rest = [...first, ...'0123456789', "'", '-'];
  const esc = c => (c === '-' ? '\\-' : c);
  // A character class, runs of three or more written as ranges.
  const cls = cs => {
    const codes = [...new Set(cs.map(c => c.charCodeAt(0)))].sort((a, b) => a - b);
    let out = '';
    for (let i = 0; i < codes.length;) {
      let j = i;
      while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
      const a = String.fromCharCode(codes[i]), b = String.fromCharCode(codes[j]);
      out += j - i >= 2 ? esc(a) + '-' + esc(b) : codes.slice(i, j + 1).map(c => esc(String.fromCharCode(c))).join('');
      i = j + 1;
    }
    return '[' + out + ']';
  };
  const tail = cls(rest) + '*';
  const trie = {};
  for (const w of words) {
    let n = trie;
    for (const c of w) n = n[c] = n[c] || {};
    n.$ = true;
  }
  // The rest of a name whose start led to node n of the trie: optional
  // unless that start is a word (or nothing yet, at the root).
  const after = (n, chars, required) => {
    const kids = Object.keys(n).filter(k => k !== '$');
    const alts = [];
    const others = chars.filter(c => !kids.includes(c));
    if (others.length) alts.push(cls(others) + tail);
    for (const k of kids) alts.push(k + after(n[k], rest, n[k].$));
    const body = '(' + alts.join('|') + ')';
    return required ? body : body + '?';
  };
  return after(trie, first, true);
}

module.exports = grammar({
  name: 'vmc',

  extras: $ => [/\s/, $.comment],

  externals: $ => [
    $.string_fragment,
    $.indented_string_fragment,
  ],

  // No `word` token: keywords are lexed by the main lexer, which prefers a
  // keyword to an identifier of the same length where both are valid, and
  // lexes an identifier where the keyword is not (as the word token did).
  // The word token made every identifier a second lex, by the keyword lexer.

  // Unit choices inlined: fewer reductions per token when parsing.  So is
  // binding_set: the bindings are children of the set or let.  That
  // includes _expression, so it is no supertype: a supertype is a hidden
  // node of its own in every expression position.
  inline: $ => [$.binding_set, $._attrpath, $._expression, $._expr_function, $._expr_if, $._expr_op, $._expr_apply, $._expr_select, $._expr_simple, $._attr],

  conflicts: $ => [],

  rules: {
    source_code: $ => optional(field('expression', $._expression)),

    _expression: $ => $._expr_function,

    identifier: _ => /[a-zA-Z_][a-zA-Z0-9_'\-]*/,

    integer_expression: _ => /[0-9]+/,
    float_expression: _ => /(([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][+-]?[0-9]+)?/,
    // `a/b`, `./x`, `../x`, `/x`, `~/x`: Nix's PATH and HPATH tokens.
    // The part before the first '/' is bounded: the lexer tries a path at
    // every token start, and an unbounded prefix made `1-1-1-...` quadratic.
    path_expression: _ => token(choice(
      seq(/[a-zA-Z0-9._\-+]{0,64}/, repeat1(seq('/', repeat1(PATH_CHAR))), optional('/')),
      seq('~', repeat1(seq('/', repeat1(PATH_CHAR))), optional('/')),
    )),
    spath_expression: _ => /<[a-zA-Z0-9._\-+]+(\/[a-zA-Z0-9._\-+]+)*>/,
    uri_expression: _ => /[a-zA-Z][a-zA-Z0-9+\-.]{0,31}:[a-zA-Z0-9%/?:@&=+$,\-_.!~*']+/,

    _expr_function: $ => choice(
      $.function_expression,
      $.assert_expression,
      $.with_expression,
      $.let_expression,
      $._expr_if,
    ),

    // function -> ID ':' body | formals ':' body | formals '@' ID ':' body | ID '@' formals ':' body
    function_expression: $ => choice(
      seq(field('universal', $.identifier), ':', field('body', $._expr_function)),
      seq(field('formals', $.formals), ':', field('body', $._expr_function)),
      seq(field('formals', $.formals), '@', field('universal', $.identifier), ':', field('body', $._expr_function)),
      seq(field('universal', $.identifier), '@', field('formals', $.formals), ':', field('body', $._expr_function)),
    ),

    formals: $ => choice(
      seq('{', '}'),
      seq('{', commaSep1(field('formal', $.formal)), optional(','), '}'),
      seq('{', commaSep1(field('formal', $.formal)), ',', field('ellipses', $.ellipses), '}'),
      seq('{', field('ellipses', $.ellipses), '}'),
    ),
    formal: $ => seq(field('name', $.identifier), optional(seq('?', field('default', $._expression)))),
    ellipses: _ => '...',

    assert_expression: $ => seq('assert', field('condition', $._expression), ';', field('body', $._expr_function)),
    with_expression: $ => seq('with', field('environment', $._expression), ';', field('body', $._expr_function)),
    let_expression: $ => seq('let', optional($.binding_set), 'in', field('body', $._expr_function)),

    _expr_if: $ => choice($.if_expression, $._expr_op),
    if_expression: $ => seq(
      'if', field('condition', $._expression),
      'then', field('consequence', $._expression),
      'else', field('alternative', $._expression),
    ),

    _expr_op: $ => choice(
      $.has_attr_expression,
      $.unary_expression,
      $.binary_expression,
      $._expr_apply,
    ),

    has_attr_expression: $ => prec(PREC.has, seq(
      field('expression', $._expr_op), '?', field('attrpath', $._attrpath),
    )),

    unary_expression: $ => choice(
      prec(PREC.not, seq(field('operator', '!'), field('argument', $._expr_op))),
      prec(PREC.negate, seq(field('operator', '-'), field('argument', $._expr_op))),
    ),

    binary_expression: $ => choice(
      ...[
        ['==', PREC.eq], ['!=', PREC.eq],
        ['<', PREC.cmp], ['<=', PREC.cmp], ['>', PREC.cmp], ['>=', PREC.cmp],
        ['&&', PREC.and], ['||', PREC.or],
        ['+', PREC.add], ['-', PREC.add],
        ['*', PREC.mul], ['/', PREC.mul],
      ].map(([op, p]) => prec.left(p, seq(
        field('left', $._expr_op), field('operator', op), field('right', $._expr_op)))),
      ...[
        ['->', PREC.impl], ['//', PREC.update], ['++', PREC.concat],
      ].map(([op, p]) => prec.right(p, seq(
        field('left', $._expr_op), field('operator', op), field('right', $._expr_op)))),
    ),

    _expr_apply: $ => choice($.apply_expression, $._expr_select),
    apply_expression: $ => seq(field('function', $._expr_apply), field('argument', $._expr_select)),

    // A variable and names after it, joined by dots without blanks
    // (`lib.mkIf`, `config.services.foo.enable`), is one token: the
    // expression of a select_expression, aliased to a variable, which
    // lower.c splits at the dots; `or` or more of a path (`a.b."c"`,
    // `a.b.${x}`) may follow.  (As a leaf select of its own, the token
    // cost 1,000 parse states more: the choice between the leaf and the
    // head of a longer select was made in every context.)
    _expr_select: $ => choice($.select_expression, $._expr_simple),
    select_expression: $ => {
      const head = field('expression', alias($._dotted_names, $.variable_expression));
      return choice(
        seq(field('expression', $._expr_simple), '.', field('attrpath', $._attrpath)),
        seq(field('expression', $._expr_simple), '.', field('attrpath', $._attrpath),
          'or', field('default', $._expr_select)),
        head,
        seq(head, 'or', field('default', $._expr_select)),
        seq(head, '.', field('attrpath', $._attrpath)),
        seq(head, '.', field('attrpath', $._attrpath), 'or', field('default', $._expr_select)),
      );
    },

    // A variable is its identifier token, aliased: a leaf, so no reduction
    // and no node of its own above the identifier (1 in 8 reductions at K=1000).
    _expr_simple: $ => choice(
      alias($.identifier, $.variable_expression),
      $.integer_expression,
      $.float_expression,
      alias($._plain_string, $.string_expression),
      $.string_expression,
      $.indented_string_expression,
      $.path_expression,
      $.spath_expression,
      $.uri_expression,
      $.parenthesized_expression,
      $.attrset_expression,
      $.rec_attrset_expression,
      $.list_expression,
    ),

    parenthesized_expression: $ => seq('(', field('expression', $._expression), ')'),
    attrset_expression: $ => seq('{', optional($.binding_set), '}'),
    rec_attrset_expression: $ => seq('rec', '{', optional($.binding_set), '}'),
    // Unrolled like attrpath: most lists are short.
    list_expression: $ => {
      const e = field('element', $._expr_select);
      return choice(seq('[', ']'), seq('[', e, ']'), seq('[', e, e, ']'), seq('[', e, e, e, repeat(e), ']'));
    },

    // The fragments hold raw source text, escapes included; lower.c decodes
    // them, so the tree stays small.
    string_expression: $ => seq(
      '"', repeat(choice($.string_fragment, $.interpolation)), '"',
    ),
    indented_string_expression: $ => seq(
      "''", repeat(choice($.indented_string_fragment, $.interpolation)), "''",
    ),
    // A string without a backslash or `$` (so without `${`) is one token,
    // aliased to string_expression (a leaf): three tokens and a node fewer.
    // Any other string is the string_expression below.
    _plain_string: _ => /"[^"\\$]*"/,
    interpolation: $ => seq('${', field('expression', $._expression), '}'),

    // Unrolled like attrpath: most sets hold few bindings.  Inlined: the
    // bindings are children of the attrset or let (no node of its own).
    binding_set: $ => {
      const b = field('binding', choice($.binding, $.inherit, $.inherit_from));
      return choice(b, seq(b, b), seq(b, b, b), seq(b, b, b, b, repeat(b)));
    },
    binding: $ => seq(field('attrpath', $._attrpath), '=', field('expression', $._expression), ';'),
    inherit: $ => seq('inherit', optional(field('attrs', $.inherited_attrs)), ';'),
    inherit_from: $ => seq(
      'inherit', '(', field('expression', $._expression), ')', optional(field('attrs', $.inherited_attrs)), ';',
    ),
    // A path of one name is that name's identifier token, aliased: a leaf,
    // so no reduction and no node above the identifier (about half of all
    // attribute paths).  An attrpath node with children is any other path:
    // one string or interpolation, or two names or more.
    // Names joined by dots without blanks or comments (`services.foo.enable`,
    // as most paths are written) are one token too, aliased to a leaf
    // attrpath: for a path of n names, 2n - 2 tokens and a node fewer.
    // lower.c splits it at the dots.
    _attrpath: $ => choice(alias($.identifier, $.attrpath), alias($._dotted_names, $.attrpath), $.attrpath),
    // The first name is never a keyword nor `or`: Nix reads `if.x` as the
    // keyword and then a dot, and `x.f or.b` as a select with a default.
    _dotted_names: _ => new RegExp(nameExcept(KEYWORDS) + "(\\.[a-zA-Z_][a-zA-Z0-9_'\\-]*)+"),
    // Unrolled for up to four names: one node per path instead of a hidden
    // repetition node per name.  A path that goes on after dotted names
    // (`a.b."c"`, `a.b.${x}`) starts with them, aliased to an identifier.
    attrpath: $ => {
      const a = field('attr', $._attr);
      return choice(
        field('attr', choice(alias($._plain_string, $.string_expression), $.string_expression, $.interpolation)),
        seq(a, '.', a),
        seq(a, '.', a, '.', a),
        seq(a, '.', a, '.', a, '.', a, repeat(seq('.', a))),
        seq(field('attr', alias($._dotted_names, $.identifier)), repeat1(seq('.', a))),
      );
    },
    inherited_attrs: $ => repeat1(field('attr', $._attr)),
    _attr: $ => choice($.identifier, alias($._plain_string, $.string_expression), $.string_expression, $.interpolation),

    comment: _ => token(choice(
      seq('#', /.*/),
      seq('/*', /[^*]*\*+([^/*][^*]*\*+)*/, '/'),
    )),
  },
});

function sep1(rule, separator) {
  return seq(rule, repeat(seq(separator, rule)));
}

function commaSep1(rule) {
  return sep1(rule, ',');
}
