#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#ifdef _MSC_VER
#pragma optimize("", off)
#elif defined(__clang__)
#pragma clang optimize off
#elif defined(__GNUC__)
#pragma GCC optimize ("O0")
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 602
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 88
#define ALIAS_COUNT 0
#define TOKEN_COUNT 54
#define EXTERNAL_TOKEN_COUNT 2
#define FIELD_COUNT 22
#define MAX_ALIAS_SEQUENCE_LENGTH 8
#define PRODUCTION_ID_COUNT 49

enum ts_symbol_identifiers {
  sym_identifier = 1,
  sym_integer_expression = 2,
  sym_float_expression = 3,
  sym_path_expression = 4,
  sym_spath_expression = 5,
  sym_uri_expression = 6,
  anon_sym_COLON = 7,
  anon_sym_AT = 8,
  anon_sym_LBRACE = 9,
  anon_sym_RBRACE = 10,
  anon_sym_COMMA = 11,
  anon_sym_QMARK = 12,
  sym_ellipses = 13,
  anon_sym_assert = 14,
  anon_sym_SEMI = 15,
  anon_sym_with = 16,
  anon_sym_let = 17,
  anon_sym_in = 18,
  anon_sym_if = 19,
  anon_sym_then = 20,
  anon_sym_else = 21,
  anon_sym_BANG = 22,
  anon_sym_DASH = 23,
  anon_sym_EQ_EQ = 24,
  anon_sym_BANG_EQ = 25,
  anon_sym_LT = 26,
  anon_sym_LT_EQ = 27,
  anon_sym_GT = 28,
  anon_sym_GT_EQ = 29,
  anon_sym_AMP_AMP = 30,
  anon_sym_PIPE_PIPE = 31,
  anon_sym_PLUS = 32,
  anon_sym_STAR = 33,
  anon_sym_SLASH = 34,
  anon_sym_DASH_GT = 35,
  anon_sym_SLASH_SLASH = 36,
  anon_sym_PLUS_PLUS = 37,
  anon_sym_DOT = 38,
  anon_sym_or = 39,
  anon_sym_LPAREN = 40,
  anon_sym_RPAREN = 41,
  anon_sym_rec = 42,
  anon_sym_LBRACK = 43,
  anon_sym_RBRACK = 44,
  anon_sym_DQUOTE = 45,
  anon_sym_SQUOTE_SQUOTE = 46,
  sym__plain_string = 47,
  anon_sym_DOLLAR_LBRACE = 48,
  anon_sym_EQ = 49,
  anon_sym_inherit = 50,
  sym_comment = 51,
  sym_string_fragment = 52,
  sym_indented_string_fragment = 53,
  sym_source_code = 54,
  sym_variable_expression = 55,
  sym_function_expression = 56,
  sym_formals = 57,
  sym_formal = 58,
  sym_assert_expression = 59,
  sym_with_expression = 60,
  sym_let_expression = 61,
  sym_if_expression = 62,
  sym_has_attr_expression = 63,
  sym_unary_expression = 64,
  sym_binary_expression = 65,
  sym_apply_expression = 66,
  sym_select_expression = 67,
  sym_parenthesized_expression = 68,
  sym_attrset_expression = 69,
  sym_rec_attrset_expression = 70,
  sym_list_expression = 71,
  sym_string_expression = 72,
  sym_indented_string_expression = 73,
  sym_interpolation = 74,
  sym_binding_set = 75,
  sym_binding = 76,
  sym_inherit = 77,
  sym_inherit_from = 78,
  sym_attrpath = 79,
  sym_inherited_attrs = 80,
  aux_sym_formals_repeat1 = 81,
  aux_sym_list_expression_repeat1 = 82,
  aux_sym_string_expression_repeat1 = 83,
  aux_sym_indented_string_expression_repeat1 = 84,
  aux_sym_binding_set_repeat1 = 85,
  aux_sym_attrpath_repeat1 = 86,
  aux_sym_inherited_attrs_repeat1 = 87,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym_identifier] = "identifier",
  [sym_integer_expression] = "integer_expression",
  [sym_float_expression] = "float_expression",
  [sym_path_expression] = "path_expression",
  [sym_spath_expression] = "spath_expression",
  [sym_uri_expression] = "uri_expression",
  [anon_sym_COLON] = ":",
  [anon_sym_AT] = "@",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [anon_sym_COMMA] = ",",
  [anon_sym_QMARK] = "\?",
  [sym_ellipses] = "ellipses",
  [anon_sym_assert] = "assert",
  [anon_sym_SEMI] = ";",
  [anon_sym_with] = "with",
  [anon_sym_let] = "let",
  [anon_sym_in] = "in",
  [anon_sym_if] = "if",
  [anon_sym_then] = "then",
  [anon_sym_else] = "else",
  [anon_sym_BANG] = "!",
  [anon_sym_DASH] = "-",
  [anon_sym_EQ_EQ] = "==",
  [anon_sym_BANG_EQ] = "!=",
  [anon_sym_LT] = "<",
  [anon_sym_LT_EQ] = "<=",
  [anon_sym_GT] = ">",
  [anon_sym_GT_EQ] = ">=",
  [anon_sym_AMP_AMP] = "&&",
  [anon_sym_PIPE_PIPE] = "||",
  [anon_sym_PLUS] = "+",
  [anon_sym_STAR] = "*",
  [anon_sym_SLASH] = "/",
  [anon_sym_DASH_GT] = "->",
  [anon_sym_SLASH_SLASH] = "//",
  [anon_sym_PLUS_PLUS] = "++",
  [anon_sym_DOT] = ".",
  [anon_sym_or] = "or",
  [anon_sym_LPAREN] = "(",
  [anon_sym_RPAREN] = ")",
  [anon_sym_rec] = "rec",
  [anon_sym_LBRACK] = "[",
  [anon_sym_RBRACK] = "]",
  [anon_sym_DQUOTE] = "\"",
  [anon_sym_SQUOTE_SQUOTE] = "''",
  [sym__plain_string] = "string_expression",
  [anon_sym_DOLLAR_LBRACE] = "${",
  [anon_sym_EQ] = "=",
  [anon_sym_inherit] = "inherit",
  [sym_comment] = "comment",
  [sym_string_fragment] = "string_fragment",
  [sym_indented_string_fragment] = "indented_string_fragment",
  [sym_source_code] = "source_code",
  [sym_variable_expression] = "variable_expression",
  [sym_function_expression] = "function_expression",
  [sym_formals] = "formals",
  [sym_formal] = "formal",
  [sym_assert_expression] = "assert_expression",
  [sym_with_expression] = "with_expression",
  [sym_let_expression] = "let_expression",
  [sym_if_expression] = "if_expression",
  [sym_has_attr_expression] = "has_attr_expression",
  [sym_unary_expression] = "unary_expression",
  [sym_binary_expression] = "binary_expression",
  [sym_apply_expression] = "apply_expression",
  [sym_select_expression] = "select_expression",
  [sym_parenthesized_expression] = "parenthesized_expression",
  [sym_attrset_expression] = "attrset_expression",
  [sym_rec_attrset_expression] = "rec_attrset_expression",
  [sym_list_expression] = "list_expression",
  [sym_string_expression] = "string_expression",
  [sym_indented_string_expression] = "indented_string_expression",
  [sym_interpolation] = "interpolation",
  [sym_binding_set] = "binding_set",
  [sym_binding] = "binding",
  [sym_inherit] = "inherit",
  [sym_inherit_from] = "inherit_from",
  [sym_attrpath] = "attrpath",
  [sym_inherited_attrs] = "inherited_attrs",
  [aux_sym_formals_repeat1] = "formals_repeat1",
  [aux_sym_list_expression_repeat1] = "list_expression_repeat1",
  [aux_sym_string_expression_repeat1] = "string_expression_repeat1",
  [aux_sym_indented_string_expression_repeat1] = "indented_string_expression_repeat1",
  [aux_sym_binding_set_repeat1] = "binding_set_repeat1",
  [aux_sym_attrpath_repeat1] = "attrpath_repeat1",
  [aux_sym_inherited_attrs_repeat1] = "inherited_attrs_repeat1",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym_identifier] = sym_identifier,
  [sym_integer_expression] = sym_integer_expression,
  [sym_float_expression] = sym_float_expression,
  [sym_path_expression] = sym_path_expression,
  [sym_spath_expression] = sym_spath_expression,
  [sym_uri_expression] = sym_uri_expression,
  [anon_sym_COLON] = anon_sym_COLON,
  [anon_sym_AT] = anon_sym_AT,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [anon_sym_COMMA] = anon_sym_COMMA,
  [anon_sym_QMARK] = anon_sym_QMARK,
  [sym_ellipses] = sym_ellipses,
  [anon_sym_assert] = anon_sym_assert,
  [anon_sym_SEMI] = anon_sym_SEMI,
  [anon_sym_with] = anon_sym_with,
  [anon_sym_let] = anon_sym_let,
  [anon_sym_in] = anon_sym_in,
  [anon_sym_if] = anon_sym_if,
  [anon_sym_then] = anon_sym_then,
  [anon_sym_else] = anon_sym_else,
  [anon_sym_BANG] = anon_sym_BANG,
  [anon_sym_DASH] = anon_sym_DASH,
  [anon_sym_EQ_EQ] = anon_sym_EQ_EQ,
  [anon_sym_BANG_EQ] = anon_sym_BANG_EQ,
  [anon_sym_LT] = anon_sym_LT,
  [anon_sym_LT_EQ] = anon_sym_LT_EQ,
  [anon_sym_GT] = anon_sym_GT,
  [anon_sym_GT_EQ] = anon_sym_GT_EQ,
  [anon_sym_AMP_AMP] = anon_sym_AMP_AMP,
  [anon_sym_PIPE_PIPE] = anon_sym_PIPE_PIPE,
  [anon_sym_PLUS] = anon_sym_PLUS,
  [anon_sym_STAR] = anon_sym_STAR,
  [anon_sym_SLASH] = anon_sym_SLASH,
  [anon_sym_DASH_GT] = anon_sym_DASH_GT,
  [anon_sym_SLASH_SLASH] = anon_sym_SLASH_SLASH,
  [anon_sym_PLUS_PLUS] = anon_sym_PLUS_PLUS,
  [anon_sym_DOT] = anon_sym_DOT,
  [anon_sym_or] = anon_sym_or,
  [anon_sym_LPAREN] = anon_sym_LPAREN,
  [anon_sym_RPAREN] = anon_sym_RPAREN,
  [anon_sym_rec] = anon_sym_rec,
  [anon_sym_LBRACK] = anon_sym_LBRACK,
  [anon_sym_RBRACK] = anon_sym_RBRACK,
  [anon_sym_DQUOTE] = anon_sym_DQUOTE,
  [anon_sym_SQUOTE_SQUOTE] = anon_sym_SQUOTE_SQUOTE,
  [sym__plain_string] = sym_string_expression,
  [anon_sym_DOLLAR_LBRACE] = anon_sym_DOLLAR_LBRACE,
  [anon_sym_EQ] = anon_sym_EQ,
  [anon_sym_inherit] = anon_sym_inherit,
  [sym_comment] = sym_comment,
  [sym_string_fragment] = sym_string_fragment,
  [sym_indented_string_fragment] = sym_indented_string_fragment,
  [sym_source_code] = sym_source_code,
  [sym_variable_expression] = sym_variable_expression,
  [sym_function_expression] = sym_function_expression,
  [sym_formals] = sym_formals,
  [sym_formal] = sym_formal,
  [sym_assert_expression] = sym_assert_expression,
  [sym_with_expression] = sym_with_expression,
  [sym_let_expression] = sym_let_expression,
  [sym_if_expression] = sym_if_expression,
  [sym_has_attr_expression] = sym_has_attr_expression,
  [sym_unary_expression] = sym_unary_expression,
  [sym_binary_expression] = sym_binary_expression,
  [sym_apply_expression] = sym_apply_expression,
  [sym_select_expression] = sym_select_expression,
  [sym_parenthesized_expression] = sym_parenthesized_expression,
  [sym_attrset_expression] = sym_attrset_expression,
  [sym_rec_attrset_expression] = sym_rec_attrset_expression,
  [sym_list_expression] = sym_list_expression,
  [sym_string_expression] = sym_string_expression,
  [sym_indented_string_expression] = sym_indented_string_expression,
  [sym_interpolation] = sym_interpolation,
  [sym_binding_set] = sym_binding_set,
  [sym_binding] = sym_binding,
  [sym_inherit] = sym_inherit,
  [sym_inherit_from] = sym_inherit_from,
  [sym_attrpath] = sym_attrpath,
  [sym_inherited_attrs] = sym_inherited_attrs,
  [aux_sym_formals_repeat1] = aux_sym_formals_repeat1,
  [aux_sym_list_expression_repeat1] = aux_sym_list_expression_repeat1,
  [aux_sym_string_expression_repeat1] = aux_sym_string_expression_repeat1,
  [aux_sym_indented_string_expression_repeat1] = aux_sym_indented_string_expression_repeat1,
  [aux_sym_binding_set_repeat1] = aux_sym_binding_set_repeat1,
  [aux_sym_attrpath_repeat1] = aux_sym_attrpath_repeat1,
  [aux_sym_inherited_attrs_repeat1] = aux_sym_inherited_attrs_repeat1,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym_identifier] = {
    .visible = true,
    .named = true,
  },
  [sym_integer_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_float_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_path_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_spath_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_uri_expression] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_COLON] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_AT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_COMMA] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_QMARK] = {
    .visible = true,
    .named = false,
  },
  [sym_ellipses] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_assert] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SEMI] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_with] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_let] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_in] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_if] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_then] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_else] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_BANG] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASH] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_EQ_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_BANG_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LT_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_GT_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_AMP_AMP] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PIPE_PIPE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PLUS] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_STAR] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SLASH] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASH_GT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SLASH_SLASH] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PLUS_PLUS] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DOT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_or] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_rec] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DQUOTE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SQUOTE_SQUOTE] = {
    .visible = true,
    .named = false,
  },
  [sym__plain_string] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DOLLAR_LBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_inherit] = {
    .visible = true,
    .named = false,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_string_fragment] = {
    .visible = true,
    .named = true,
  },
  [sym_indented_string_fragment] = {
    .visible = true,
    .named = true,
  },
  [sym_source_code] = {
    .visible = true,
    .named = true,
  },
  [sym_variable_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_function_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_formals] = {
    .visible = true,
    .named = true,
  },
  [sym_formal] = {
    .visible = true,
    .named = true,
  },
  [sym_assert_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_with_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_let_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_if_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_has_attr_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_unary_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_binary_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_apply_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_select_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_parenthesized_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_attrset_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_rec_attrset_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_list_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_string_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_indented_string_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_interpolation] = {
    .visible = true,
    .named = true,
  },
  [sym_binding_set] = {
    .visible = true,
    .named = true,
  },
  [sym_binding] = {
    .visible = true,
    .named = true,
  },
  [sym_inherit] = {
    .visible = true,
    .named = true,
  },
  [sym_inherit_from] = {
    .visible = true,
    .named = true,
  },
  [sym_attrpath] = {
    .visible = true,
    .named = true,
  },
  [sym_inherited_attrs] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_formals_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_list_expression_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_string_expression_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_indented_string_expression_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_binding_set_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_attrpath_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_inherited_attrs_repeat1] = {
    .visible = false,
    .named = false,
  },
};

enum ts_field_identifiers {
  field_alternative = 1,
  field_argument = 2,
  field_attr = 3,
  field_attrpath = 4,
  field_attrs = 5,
  field_binding = 6,
  field_body = 7,
  field_condition = 8,
  field_consequence = 9,
  field_default = 10,
  field_element = 11,
  field_ellipses = 12,
  field_environment = 13,
  field_expression = 14,
  field_formal = 15,
  field_formals = 16,
  field_function = 17,
  field_left = 18,
  field_name = 19,
  field_operator = 20,
  field_right = 21,
  field_universal = 22,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_alternative] = "alternative",
  [field_argument] = "argument",
  [field_attr] = "attr",
  [field_attrpath] = "attrpath",
  [field_attrs] = "attrs",
  [field_binding] = "binding",
  [field_body] = "body",
  [field_condition] = "condition",
  [field_consequence] = "consequence",
  [field_default] = "default",
  [field_element] = "element",
  [field_ellipses] = "ellipses",
  [field_environment] = "environment",
  [field_expression] = "expression",
  [field_formal] = "formal",
  [field_formals] = "formals",
  [field_function] = "function",
  [field_left] = "left",
  [field_name] = "name",
  [field_operator] = "operator",
  [field_right] = "right",
  [field_universal] = "universal",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 1},
  [3] = {.index = 2, .length = 2},
  [4] = {.index = 4, .length = 1},
  [5] = {.index = 5, .length = 1},
  [6] = {.index = 6, .length = 2},
  [7] = {.index = 8, .length = 2},
  [8] = {.index = 10, .length = 2},
  [9] = {.index = 12, .length = 3},
  [10] = {.index = 15, .length = 1},
  [11] = {.index = 16, .length = 1},
  [12] = {.index = 17, .length = 1},
  [13] = {.index = 18, .length = 2},
  [14] = {.index = 20, .length = 1},
  [15] = {.index = 21, .length = 1},
  [16] = {.index = 22, .length = 1},
  [17] = {.index = 23, .length = 2},
  [18] = {.index = 25, .length = 2},
  [19] = {.index = 27, .length = 2},
  [20] = {.index = 29, .length = 1},
  [21] = {.index = 30, .length = 2},
  [22] = {.index = 32, .length = 2},
  [23] = {.index = 34, .length = 2},
  [24] = {.index = 36, .length = 3},
  [25] = {.index = 39, .length = 2},
  [26] = {.index = 41, .length = 2},
  [27] = {.index = 43, .length = 1},
  [28] = {.index = 44, .length = 2},
  [29] = {.index = 46, .length = 3},
  [30] = {.index = 49, .length = 3},
  [31] = {.index = 52, .length = 2},
  [32] = {.index = 54, .length = 4},
  [33] = {.index = 58, .length = 2},
  [34] = {.index = 60, .length = 1},
  [35] = {.index = 61, .length = 3},
  [36] = {.index = 64, .length = 3},
  [37] = {.index = 67, .length = 3},
  [38] = {.index = 70, .length = 1},
  [39] = {.index = 71, .length = 3},
  [40] = {.index = 74, .length = 5},
  [41] = {.index = 79, .length = 3},
  [42] = {.index = 82, .length = 4},
  [43] = {.index = 86, .length = 2},
  [44] = {.index = 88, .length = 2},
  [45] = {.index = 90, .length = 2},
  [46] = {.index = 92, .length = 4},
  [47] = {.index = 96, .length = 5},
  [48] = {.index = 101, .length = 1},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_name, 0},
  [1] =
    {field_expression, 0},
  [2] =
    {field_argument, 1},
    {field_function, 0},
  [4] =
    {field_attr, 0},
  [5] =
    {field_binding, 0},
  [6] =
    {field_argument, 1},
    {field_operator, 0},
  [8] =
    {field_body, 2},
    {field_universal, 0},
  [10] =
    {field_attrpath, 2},
    {field_expression, 0},
  [12] =
    {field_left, 0},
    {field_operator, 1},
    {field_right, 2},
  [15] =
    {field_ellipses, 1},
  [16] =
    {field_attr, 0, .inherited = true},
  [17] =
    {field_formal, 1},
  [18] =
    {field_binding, 0},
    {field_binding, 1},
  [20] =
    {field_body, 2},
  [21] =
    {field_expression, 1},
  [22] =
    {field_element, 1},
  [23] =
    {field_body, 2},
    {field_formals, 0},
  [25] =
    {field_default, 2},
    {field_name, 0},
  [27] =
    {field_attr, 0},
    {field_attr, 2},
  [29] =
    {field_attrs, 1},
  [30] =
    {field_attr, 0, .inherited = true},
    {field_attr, 1, .inherited = true},
  [32] =
    {field_formal, 1},
    {field_formal, 2, .inherited = true},
  [34] =
    {field_formal, 0, .inherited = true},
    {field_formal, 1, .inherited = true},
  [36] =
    {field_binding, 0},
    {field_binding, 1},
    {field_binding, 2},
  [39] =
    {field_body, 3},
    {field_condition, 1},
  [41] =
    {field_body, 3},
    {field_environment, 1},
  [43] =
    {field_body, 3},
  [44] =
    {field_element, 1},
    {field_element, 2},
  [46] =
    {field_body, 4},
    {field_formals, 2},
    {field_universal, 0},
  [49] =
    {field_attrpath, 2},
    {field_default, 4},
    {field_expression, 0},
  [52] =
    {field_ellipses, 3},
    {field_formal, 1},
  [54] =
    {field_binding, 0},
    {field_binding, 1},
    {field_binding, 2},
    {field_binding, 3},
  [58] =
    {field_attrpath, 0},
    {field_expression, 2},
  [60] =
    {field_element, 0},
  [61] =
    {field_element, 1},
    {field_element, 2},
    {field_element, 3},
  [64] =
    {field_body, 4},
    {field_formals, 0},
    {field_universal, 2},
  [67] =
    {field_attr, 0},
    {field_attr, 2},
    {field_attr, 4},
  [70] =
    {field_expression, 2},
  [71] =
    {field_ellipses, 4},
    {field_formal, 1},
    {field_formal, 2, .inherited = true},
  [74] =
    {field_binding, 0},
    {field_binding, 1},
    {field_binding, 2},
    {field_binding, 3},
    {field_binding, 4, .inherited = true},
  [79] =
    {field_alternative, 5},
    {field_condition, 1},
    {field_consequence, 3},
  [82] =
    {field_element, 1},
    {field_element, 2},
    {field_element, 3},
    {field_element, 4, .inherited = true},
  [86] =
    {field_element, 0, .inherited = true},
    {field_element, 1, .inherited = true},
  [88] =
    {field_attrs, 4},
    {field_expression, 2},
  [90] =
    {field_binding, 0, .inherited = true},
    {field_binding, 1, .inherited = true},
  [92] =
    {field_attr, 0},
    {field_attr, 2},
    {field_attr, 4},
    {field_attr, 6},
  [96] =
    {field_attr, 0},
    {field_attr, 2},
    {field_attr, 4},
    {field_attr, 6},
    {field_attr, 7, .inherited = true},
  [101] =
    {field_attr, 1},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 17,
  [43] = 7,
  [44] = 8,
  [45] = 9,
  [46] = 10,
  [47] = 11,
  [48] = 12,
  [49] = 13,
  [50] = 14,
  [51] = 15,
  [52] = 16,
  [53] = 18,
  [54] = 19,
  [55] = 20,
  [56] = 21,
  [57] = 57,
  [58] = 2,
  [59] = 3,
  [60] = 4,
  [61] = 5,
  [62] = 6,
  [63] = 6,
  [64] = 38,
  [65] = 33,
  [66] = 39,
  [67] = 31,
  [68] = 40,
  [69] = 34,
  [70] = 41,
  [71] = 30,
  [72] = 35,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 2,
  [80] = 80,
  [81] = 76,
  [82] = 3,
  [83] = 80,
  [84] = 4,
  [85] = 5,
  [86] = 86,
  [87] = 7,
  [88] = 8,
  [89] = 9,
  [90] = 10,
  [91] = 91,
  [92] = 11,
  [93] = 12,
  [94] = 13,
  [95] = 91,
  [96] = 14,
  [97] = 97,
  [98] = 15,
  [99] = 28,
  [100] = 100,
  [101] = 91,
  [102] = 91,
  [103] = 91,
  [104] = 91,
  [105] = 105,
  [106] = 106,
  [107] = 16,
  [108] = 17,
  [109] = 18,
  [110] = 97,
  [111] = 19,
  [112] = 20,
  [113] = 21,
  [114] = 32,
  [115] = 23,
  [116] = 36,
  [117] = 24,
  [118] = 29,
  [119] = 25,
  [120] = 77,
  [121] = 26,
  [122] = 37,
  [123] = 27,
  [124] = 78,
  [125] = 76,
  [126] = 77,
  [127] = 78,
  [128] = 97,
  [129] = 22,
  [130] = 23,
  [131] = 24,
  [132] = 132,
  [133] = 133,
  [134] = 25,
  [135] = 26,
  [136] = 27,
  [137] = 28,
  [138] = 29,
  [139] = 30,
  [140] = 31,
  [141] = 32,
  [142] = 33,
  [143] = 34,
  [144] = 144,
  [145] = 145,
  [146] = 146,
  [147] = 147,
  [148] = 148,
  [149] = 149,
  [150] = 150,
  [151] = 151,
  [152] = 152,
  [153] = 22,
  [154] = 154,
  [155] = 132,
  [156] = 36,
  [157] = 144,
  [158] = 158,
  [159] = 159,
  [160] = 160,
  [161] = 37,
  [162] = 152,
  [163] = 144,
  [164] = 38,
  [165] = 144,
  [166] = 144,
  [167] = 39,
  [168] = 144,
  [169] = 169,
  [170] = 159,
  [171] = 40,
  [172] = 41,
  [173] = 154,
  [174] = 35,
  [175] = 152,
  [176] = 169,
  [177] = 154,
  [178] = 159,
  [179] = 169,
  [180] = 180,
  [181] = 181,
  [182] = 182,
  [183] = 146,
  [184] = 184,
  [185] = 185,
  [186] = 186,
  [187] = 187,
  [188] = 188,
  [189] = 189,
  [190] = 190,
  [191] = 147,
  [192] = 192,
  [193] = 193,
  [194] = 194,
  [195] = 195,
  [196] = 196,
  [197] = 186,
  [198] = 187,
  [199] = 189,
  [200] = 200,
  [201] = 196,
  [202] = 200,
  [203] = 203,
  [204] = 188,
  [205] = 205,
  [206] = 194,
  [207] = 203,
  [208] = 180,
  [209] = 184,
  [210] = 210,
  [211] = 194,
  [212] = 181,
  [213] = 186,
  [214] = 187,
  [215] = 189,
  [216] = 190,
  [217] = 180,
  [218] = 192,
  [219] = 210,
  [220] = 181,
  [221] = 184,
  [222] = 195,
  [223] = 195,
  [224] = 195,
  [225] = 195,
  [226] = 188,
  [227] = 210,
  [228] = 196,
  [229] = 200,
  [230] = 192,
  [231] = 190,
  [232] = 195,
  [233] = 233,
  [234] = 234,
  [235] = 235,
  [236] = 236,
  [237] = 237,
  [238] = 238,
  [239] = 239,
  [240] = 240,
  [241] = 241,
  [242] = 242,
  [243] = 243,
  [244] = 244,
  [245] = 245,
  [246] = 246,
  [247] = 247,
  [248] = 248,
  [249] = 249,
  [250] = 250,
  [251] = 240,
  [252] = 252,
  [253] = 193,
  [254] = 254,
  [255] = 73,
  [256] = 74,
  [257] = 240,
  [258] = 75,
  [259] = 244,
  [260] = 243,
  [261] = 151,
  [262] = 242,
  [263] = 150,
  [264] = 247,
  [265] = 245,
  [266] = 254,
  [267] = 235,
  [268] = 239,
  [269] = 233,
  [270] = 246,
  [271] = 234,
  [272] = 250,
  [273] = 236,
  [274] = 148,
  [275] = 149,
  [276] = 237,
  [277] = 241,
  [278] = 238,
  [279] = 145,
  [280] = 248,
  [281] = 252,
  [282] = 248,
  [283] = 254,
  [284] = 249,
  [285] = 250,
  [286] = 286,
  [287] = 287,
  [288] = 286,
  [289] = 289,
  [290] = 290,
  [291] = 291,
  [292] = 289,
  [293] = 293,
  [294] = 294,
  [295] = 295,
  [296] = 296,
  [297] = 297,
  [298] = 298,
  [299] = 287,
  [300] = 286,
  [301] = 297,
  [302] = 291,
  [303] = 287,
  [304] = 293,
  [305] = 296,
  [306] = 294,
  [307] = 147,
  [308] = 295,
  [309] = 289,
  [310] = 146,
  [311] = 298,
  [312] = 296,
  [313] = 297,
  [314] = 293,
  [315] = 298,
  [316] = 151,
  [317] = 294,
  [318] = 295,
  [319] = 290,
  [320] = 290,
  [321] = 291,
  [322] = 73,
  [323] = 75,
  [324] = 324,
  [325] = 74,
  [326] = 324,
  [327] = 327,
  [328] = 327,
  [329] = 329,
  [330] = 150,
  [331] = 331,
  [332] = 332,
  [333] = 149,
  [334] = 334,
  [335] = 334,
  [336] = 331,
  [337] = 329,
  [338] = 148,
  [339] = 145,
  [340] = 340,
  [341] = 332,
  [342] = 342,
  [343] = 343,
  [344] = 344,
  [345] = 342,
  [346] = 343,
  [347] = 344,
  [348] = 348,
  [349] = 349,
  [350] = 350,
  [351] = 350,
  [352] = 350,
  [353] = 353,
  [354] = 354,
  [355] = 355,
  [356] = 356,
  [357] = 357,
  [358] = 358,
  [359] = 359,
  [360] = 360,
  [361] = 361,
  [362] = 362,
  [363] = 363,
  [364] = 364,
  [365] = 75,
  [366] = 73,
  [367] = 367,
  [368] = 74,
  [369] = 369,
  [370] = 370,
  [371] = 371,
  [372] = 372,
  [373] = 373,
  [374] = 374,
  [375] = 145,
  [376] = 148,
  [377] = 147,
  [378] = 151,
  [379] = 149,
  [380] = 146,
  [381] = 150,
  [382] = 364,
  [383] = 358,
  [384] = 371,
  [385] = 349,
  [386] = 360,
  [387] = 348,
  [388] = 363,
  [389] = 389,
  [390] = 367,
  [391] = 370,
  [392] = 373,
  [393] = 372,
  [394] = 357,
  [395] = 362,
  [396] = 356,
  [397] = 359,
  [398] = 374,
  [399] = 361,
  [400] = 369,
  [401] = 353,
  [402] = 355,
  [403] = 354,
  [404] = 404,
  [405] = 405,
  [406] = 406,
  [407] = 370,
  [408] = 406,
  [409] = 406,
  [410] = 406,
  [411] = 411,
  [412] = 412,
  [413] = 361,
  [414] = 363,
  [415] = 415,
  [416] = 416,
  [417] = 373,
  [418] = 418,
  [419] = 416,
  [420] = 404,
  [421] = 364,
  [422] = 372,
  [423] = 358,
  [424] = 424,
  [425] = 357,
  [426] = 353,
  [427] = 371,
  [428] = 415,
  [429] = 362,
  [430] = 367,
  [431] = 374,
  [432] = 356,
  [433] = 359,
  [434] = 360,
  [435] = 355,
  [436] = 424,
  [437] = 412,
  [438] = 406,
  [439] = 412,
  [440] = 416,
  [441] = 404,
  [442] = 406,
  [443] = 415,
  [444] = 354,
  [445] = 369,
  [446] = 446,
  [447] = 447,
  [448] = 447,
  [449] = 449,
  [450] = 450,
  [451] = 451,
  [452] = 452,
  [453] = 453,
  [454] = 454,
  [455] = 455,
  [456] = 454,
  [457] = 457,
  [458] = 453,
  [459] = 453,
  [460] = 460,
  [461] = 461,
  [462] = 461,
  [463] = 463,
  [464] = 464,
  [465] = 465,
  [466] = 466,
  [467] = 467,
  [468] = 468,
  [469] = 469,
  [470] = 470,
  [471] = 471,
  [472] = 468,
  [473] = 473,
  [474] = 468,
  [475] = 475,
  [476] = 476,
  [477] = 470,
  [478] = 478,
  [479] = 479,
  [480] = 480,
  [481] = 479,
  [482] = 482,
  [483] = 482,
  [484] = 480,
  [485] = 479,
  [486] = 479,
  [487] = 478,
  [488] = 482,
  [489] = 482,
  [490] = 480,
  [491] = 478,
  [492] = 478,
  [493] = 480,
  [494] = 494,
  [495] = 495,
  [496] = 496,
  [497] = 497,
  [498] = 498,
  [499] = 499,
  [500] = 500,
  [501] = 494,
  [502] = 502,
  [503] = 503,
  [504] = 504,
  [505] = 505,
  [506] = 497,
  [507] = 507,
  [508] = 497,
  [509] = 499,
  [510] = 510,
  [511] = 499,
  [512] = 502,
  [513] = 513,
  [514] = 497,
  [515] = 499,
  [516] = 516,
  [517] = 517,
  [518] = 518,
  [519] = 519,
  [520] = 520,
  [521] = 521,
  [522] = 151,
  [523] = 523,
  [524] = 151,
  [525] = 525,
  [526] = 526,
  [527] = 527,
  [528] = 498,
  [529] = 529,
  [530] = 503,
  [531] = 513,
  [532] = 532,
  [533] = 529,
  [534] = 510,
  [535] = 535,
  [536] = 496,
  [537] = 537,
  [538] = 517,
  [539] = 539,
  [540] = 540,
  [541] = 541,
  [542] = 505,
  [543] = 504,
  [544] = 544,
  [545] = 539,
  [546] = 546,
  [547] = 539,
  [548] = 500,
  [549] = 529,
  [550] = 550,
  [551] = 551,
  [552] = 552,
  [553] = 553,
  [554] = 554,
  [555] = 555,
  [556] = 556,
  [557] = 557,
  [558] = 554,
  [559] = 559,
  [560] = 560,
  [561] = 561,
  [562] = 559,
  [563] = 563,
  [564] = 564,
  [565] = 565,
  [566] = 564,
  [567] = 567,
  [568] = 555,
  [569] = 569,
  [570] = 570,
  [571] = 553,
  [572] = 569,
  [573] = 561,
  [574] = 557,
  [575] = 567,
  [576] = 567,
  [577] = 577,
  [578] = 578,
  [579] = 578,
  [580] = 580,
  [581] = 581,
  [582] = 582,
  [583] = 553,
  [584] = 557,
  [585] = 561,
  [586] = 553,
  [587] = 559,
  [588] = 569,
  [589] = 589,
  [590] = 578,
  [591] = 591,
  [592] = 553,
  [593] = 560,
  [594] = 560,
  [595] = 595,
  [596] = 553,
  [597] = 581,
  [598] = 598,
  [599] = 599,
  [600] = 581,
  [601] = 570,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(246);
      ADVANCE_MAP(
        '!', 614,
        '"', 644,
        '#', 651,
        '$', 234,
        '&', 4,
        '\'', 5,
        '(', 639,
        ')', 640,
        '*', 629,
        '+', 627,
        ',', 609,
        '-', 617,
        '.', 637,
        '/', 630,
        '0', 346,
        ':', 605,
        ';', 612,
        '<', 621,
        '=', 649,
        '>', 623,
        '?', 610,
        '@', 606,
        '[', 641,
        ']', 642,
        '{', 607,
        '|', 235,
        '}', 608,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(0);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(345);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(343);
      END_STATE();
    case 1:
      if (lookahead == '"') ADVANCE(644);
      if (lookahead == '#') ADVANCE(651);
      if (lookahead == '$') ADVANCE(234);
      if (lookahead == '.') ADVANCE(10);
      if (lookahead == '/') ADVANCE(6);
      if (lookahead == '}') ADVANCE(608);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(1);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(343);
      END_STATE();
    case 2:
      if (lookahead == '"') ADVANCE(646);
      if (lookahead != 0 &&
          lookahead != '$' &&
          lookahead != '\\') ADVANCE(2);
      END_STATE();
    case 3:
      if (lookahead == '#') ADVANCE(651);
      if (lookahead == ',') ADVANCE(609);
      if (lookahead == '.') ADVANCE(636);
      if (lookahead == '/') ADVANCE(6);
      if (lookahead == '=') ADVANCE(648);
      if (lookahead == '?') ADVANCE(610);
      if (lookahead == '}') ADVANCE(608);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(3);
      END_STATE();
    case 4:
      if (lookahead == '&') ADVANCE(625);
      END_STATE();
    case 5:
      if (lookahead == '\'') ADVANCE(645);
      END_STATE();
    case 6:
      if (lookahead == '*') ADVANCE(9);
      END_STATE();
    case 7:
      if (lookahead == '*') ADVANCE(9);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(601);
      END_STATE();
    case 8:
      if (lookahead == '*') ADVANCE(8);
      if (lookahead == '/') ADVANCE(650);
      if (lookahead != 0) ADVANCE(9);
      END_STATE();
    case 9:
      if (lookahead == '*') ADVANCE(8);
      if (lookahead != 0) ADVANCE(9);
      END_STATE();
    case 10:
      if (lookahead == '.') ADVANCE(11);
      END_STATE();
    case 11:
      if (lookahead == '.') ADVANCE(611);
      END_STATE();
    case 12:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '>') ADVANCE(603);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(12);
      END_STATE();
    case 13:
      if (lookahead == '/') ADVANCE(240);
      END_STATE();
    case 14:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(200);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(44);
      END_STATE();
    case 15:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(201);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(14);
      END_STATE();
    case 16:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(202);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(15);
      END_STATE();
    case 17:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(203);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(16);
      END_STATE();
    case 18:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(204);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(17);
      END_STATE();
    case 19:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(205);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(18);
      END_STATE();
    case 20:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(206);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(19);
      END_STATE();
    case 21:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(207);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(20);
      END_STATE();
    case 22:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(208);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(21);
      END_STATE();
    case 23:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(209);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(22);
      END_STATE();
    case 24:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(210);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(23);
      END_STATE();
    case 25:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(211);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(24);
      END_STATE();
    case 26:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(212);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(25);
      END_STATE();
    case 27:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(213);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(26);
      END_STATE();
    case 28:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(214);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(27);
      END_STATE();
    case 29:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(215);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(28);
      END_STATE();
    case 30:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(216);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(29);
      END_STATE();
    case 31:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(217);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(30);
      END_STATE();
    case 32:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(218);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(31);
      END_STATE();
    case 33:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(219);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(32);
      END_STATE();
    case 34:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(220);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(33);
      END_STATE();
    case 35:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(221);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(34);
      END_STATE();
    case 36:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(222);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(35);
      END_STATE();
    case 37:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(223);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(36);
      END_STATE();
    case 38:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(224);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(37);
      END_STATE();
    case 39:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(225);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(38);
      END_STATE();
    case 40:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(226);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(39);
      END_STATE();
    case 41:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(227);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(40);
      END_STATE();
    case 42:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(228);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 43:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(229);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(42);
      END_STATE();
    case 44:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(199);
      END_STATE();
    case 45:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(107);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(538);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(13);
      END_STATE();
    case 46:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(238);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(600);
      END_STATE();
    case 47:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(167);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(598);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(228);
      END_STATE();
    case 48:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(109);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(540);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 49:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(110);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(541);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 50:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(108);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(539);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 51:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(111);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(542);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(172);
      END_STATE();
    case 52:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(112);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(543);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 53:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(113);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(544);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(174);
      END_STATE();
    case 54:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(114);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(545);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(175);
      END_STATE();
    case 55:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(115);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(546);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(176);
      END_STATE();
    case 56:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(116);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(547);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(177);
      END_STATE();
    case 57:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(117);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(548);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 58:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(118);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(549);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 59:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(119);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(550);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(180);
      END_STATE();
    case 60:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(120);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(551);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(181);
      END_STATE();
    case 61:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(121);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(552);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(182);
      END_STATE();
    case 62:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(122);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(553);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(183);
      END_STATE();
    case 63:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(123);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(554);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(184);
      END_STATE();
    case 64:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(124);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(555);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(185);
      END_STATE();
    case 65:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(125);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(556);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(186);
      END_STATE();
    case 66:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(126);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(557);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(187);
      END_STATE();
    case 67:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(127);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(558);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(188);
      END_STATE();
    case 68:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(128);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(559);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(189);
      END_STATE();
    case 69:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(129);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(560);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(190);
      END_STATE();
    case 70:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(130);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(561);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(191);
      END_STATE();
    case 71:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(131);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(562);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(192);
      END_STATE();
    case 72:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(132);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(563);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(193);
      END_STATE();
    case 73:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(133);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(564);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(194);
      END_STATE();
    case 74:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(134);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(565);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(195);
      END_STATE();
    case 75:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(135);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(566);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(196);
      END_STATE();
    case 76:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(136);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(567);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(197);
      END_STATE();
    case 77:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(137);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(568);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      END_STATE();
    case 78:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(138);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(569);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(199);
      END_STATE();
    case 79:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(139);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(570);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(200);
      END_STATE();
    case 80:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(140);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(571);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(201);
      END_STATE();
    case 81:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(141);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(572);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(202);
      END_STATE();
    case 82:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(142);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(573);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 83:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(143);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(574);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      END_STATE();
    case 84:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(144);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(575);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(205);
      END_STATE();
    case 85:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(145);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(576);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(206);
      END_STATE();
    case 86:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(146);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(577);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(207);
      END_STATE();
    case 87:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(147);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(578);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(208);
      END_STATE();
    case 88:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(148);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(579);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 89:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(149);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(580);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 90:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(150);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(581);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 91:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(151);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(582);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(212);
      END_STATE();
    case 92:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(152);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(583);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(213);
      END_STATE();
    case 93:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(153);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(584);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      END_STATE();
    case 94:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(154);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(585);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(215);
      END_STATE();
    case 95:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(155);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(586);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(216);
      END_STATE();
    case 96:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(156);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(587);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 97:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(157);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(588);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(218);
      END_STATE();
    case 98:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(158);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(589);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(219);
      END_STATE();
    case 99:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(159);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(590);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(220);
      END_STATE();
    case 100:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(160);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(591);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(221);
      END_STATE();
    case 101:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(161);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(592);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(222);
      END_STATE();
    case 102:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(162);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(593);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(223);
      END_STATE();
    case 103:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(163);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(594);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(224);
      END_STATE();
    case 104:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(164);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(595);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(225);
      END_STATE();
    case 105:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(165);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(596);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(226);
      END_STATE();
    case 106:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(166);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(597);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(227);
      END_STATE();
    case 107:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(600);
      END_STATE();
    case 108:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(538);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(13);
      END_STATE();
    case 109:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(541);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 110:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(539);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 111:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(540);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 112:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(542);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(172);
      END_STATE();
    case 113:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(543);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 114:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(544);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(174);
      END_STATE();
    case 115:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(545);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(175);
      END_STATE();
    case 116:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(546);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(176);
      END_STATE();
    case 117:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(547);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(177);
      END_STATE();
    case 118:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(548);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 119:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(549);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 120:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(550);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(180);
      END_STATE();
    case 121:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(551);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(181);
      END_STATE();
    case 122:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(552);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(182);
      END_STATE();
    case 123:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(553);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(183);
      END_STATE();
    case 124:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(554);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(184);
      END_STATE();
    case 125:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(555);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(185);
      END_STATE();
    case 126:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(556);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(186);
      END_STATE();
    case 127:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(557);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(187);
      END_STATE();
    case 128:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(558);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(188);
      END_STATE();
    case 129:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(559);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(189);
      END_STATE();
    case 130:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(560);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(190);
      END_STATE();
    case 131:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(561);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(191);
      END_STATE();
    case 132:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(562);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(192);
      END_STATE();
    case 133:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(563);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(193);
      END_STATE();
    case 134:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(564);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(194);
      END_STATE();
    case 135:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(565);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(195);
      END_STATE();
    case 136:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(566);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(196);
      END_STATE();
    case 137:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(567);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(197);
      END_STATE();
    case 138:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(568);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      END_STATE();
    case 139:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(569);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(199);
      END_STATE();
    case 140:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(570);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(200);
      END_STATE();
    case 141:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(571);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(201);
      END_STATE();
    case 142:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(572);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(202);
      END_STATE();
    case 143:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(573);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 144:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(574);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      END_STATE();
    case 145:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(575);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(205);
      END_STATE();
    case 146:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(576);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(206);
      END_STATE();
    case 147:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(577);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(207);
      END_STATE();
    case 148:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(578);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(208);
      END_STATE();
    case 149:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(579);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 150:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(580);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 151:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(581);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 152:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(582);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(212);
      END_STATE();
    case 153:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(583);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(213);
      END_STATE();
    case 154:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(584);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      END_STATE();
    case 155:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(585);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(215);
      END_STATE();
    case 156:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(586);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(216);
      END_STATE();
    case 157:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(587);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 158:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(588);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(218);
      END_STATE();
    case 159:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(589);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(219);
      END_STATE();
    case 160:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(590);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(220);
      END_STATE();
    case 161:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(591);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(221);
      END_STATE();
    case 162:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(592);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(222);
      END_STATE();
    case 163:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(593);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(223);
      END_STATE();
    case 164:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(594);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(224);
      END_STATE();
    case 165:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(595);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(225);
      END_STATE();
    case 166:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(596);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(226);
      END_STATE();
    case 167:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(597);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(227);
      END_STATE();
    case 168:
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(537);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 169:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(13);
      END_STATE();
    case 170:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 171:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 172:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 173:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(172);
      END_STATE();
    case 174:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 175:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(174);
      END_STATE();
    case 176:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(175);
      END_STATE();
    case 177:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(176);
      END_STATE();
    case 178:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(177);
      END_STATE();
    case 179:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 180:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 181:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(180);
      END_STATE();
    case 182:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(181);
      END_STATE();
    case 183:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(182);
      END_STATE();
    case 184:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(183);
      END_STATE();
    case 185:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(184);
      END_STATE();
    case 186:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(185);
      END_STATE();
    case 187:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(186);
      END_STATE();
    case 188:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(187);
      END_STATE();
    case 189:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(188);
      END_STATE();
    case 190:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(189);
      END_STATE();
    case 191:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(190);
      END_STATE();
    case 192:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(191);
      END_STATE();
    case 193:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(192);
      END_STATE();
    case 194:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(193);
      END_STATE();
    case 195:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(194);
      END_STATE();
    case 196:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(195);
      END_STATE();
    case 197:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(196);
      END_STATE();
    case 198:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(197);
      END_STATE();
    case 199:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      END_STATE();
    case 200:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(199);
      END_STATE();
    case 201:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(200);
      END_STATE();
    case 202:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(201);
      END_STATE();
    case 203:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(202);
      END_STATE();
    case 204:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 205:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      END_STATE();
    case 206:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(205);
      END_STATE();
    case 207:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(206);
      END_STATE();
    case 208:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(207);
      END_STATE();
    case 209:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(208);
      END_STATE();
    case 210:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 211:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 212:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 213:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(212);
      END_STATE();
    case 214:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(213);
      END_STATE();
    case 215:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      END_STATE();
    case 216:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(215);
      END_STATE();
    case 217:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(216);
      END_STATE();
    case 218:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 219:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(218);
      END_STATE();
    case 220:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(219);
      END_STATE();
    case 221:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(220);
      END_STATE();
    case 222:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(221);
      END_STATE();
    case 223:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(222);
      END_STATE();
    case 224:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(223);
      END_STATE();
    case 225:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(224);
      END_STATE();
    case 226:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(225);
      END_STATE();
    case 227:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(226);
      END_STATE();
    case 228:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(227);
      END_STATE();
    case 229:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(228);
      END_STATE();
    case 230:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 231:
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(230);
      END_STATE();
    case 232:
      if (lookahead == '=') ADVANCE(619);
      END_STATE();
    case 233:
      if (lookahead == '=') ADVANCE(618);
      END_STATE();
    case 234:
      if (lookahead == '{') ADVANCE(647);
      END_STATE();
    case 235:
      if (lookahead == '|') ADVANCE(626);
      END_STATE();
    case 236:
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(238);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(600);
      END_STATE();
    case 237:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(599);
      END_STATE();
    case 238:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(600);
      END_STATE();
    case 239:
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(12);
      END_STATE();
    case 240:
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(601);
      END_STATE();
    case 241:
      if (lookahead == '!' ||
          ('$' <= lookahead && lookahead <= '\'') ||
          ('*' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('?' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z') ||
          lookahead == '~') ADVANCE(604);
      END_STATE();
    case 242:
      if (eof) ADVANCE(246);
      ADVANCE_MAP(
        '!', 613,
        '"', 644,
        '#', 651,
        '\'', 5,
        '(', 639,
        '+', 231,
        '-', 616,
        '.', 638,
        '/', 7,
        '0', 348,
        '<', 239,
        '=', 648,
        '[', 641,
        ']', 642,
        '_', 341,
        '{', 607,
        '~', 13,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(242);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(347);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(277);
      END_STATE();
    case 243:
      if (eof) ADVANCE(246);
      ADVANCE_MAP(
        '!', 232,
        '"', 644,
        '#', 651,
        '$', 234,
        '&', 4,
        ')', 640,
        '*', 629,
        '+', 627,
        ',', 609,
        '-', 617,
        '.', 636,
        '/', 630,
        ';', 612,
        '<', 620,
        '=', 649,
        '>', 623,
        '?', 610,
        '|', 235,
        '}', 608,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(243);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(343);
      END_STATE();
    case 244:
      if (eof) ADVANCE(246);
      ADVANCE_MAP(
        '!', 232,
        '"', 644,
        '#', 651,
        '&', 4,
        '\'', 5,
        '(', 639,
        ')', 640,
        '*', 629,
        '+', 628,
        ',', 609,
        '-', 615,
        '.', 638,
        '/', 631,
        '0', 348,
        ':', 605,
        ';', 612,
        '<', 621,
        '=', 233,
        '>', 623,
        '?', 610,
        '@', 606,
        '[', 641,
        ']', 642,
        '_', 341,
        '{', 607,
        '|', 235,
        '}', 608,
        '~', 13,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(244);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(347);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(277);
      END_STATE();
    case 245:
      if (eof) ADVANCE(246);
      ADVANCE_MAP(
        '!', 232,
        '"', 643,
        '#', 651,
        '$', 234,
        '&', 4,
        ')', 640,
        '*', 629,
        '+', 627,
        ',', 609,
        '-', 617,
        '.', 636,
        '/', 630,
        ';', 612,
        '<', 620,
        '=', 233,
        '>', 623,
        '?', 610,
        '|', 235,
        '}', 608,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(245);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(343);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(310);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(44);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(278);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(311);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(14);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(247);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(312);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(15);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(248);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(313);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(16);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(249);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(314);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(17);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(250);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(315);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(18);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(251);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(316);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(19);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(252);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(317);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(20);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(253);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(318);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(21);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(254);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(319);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(22);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(255);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(320);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(23);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(256);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(321);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(24);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(257);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(322);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(25);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(323);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(26);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(259);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(324);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(27);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(325);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(28);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(261);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(326);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(29);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(327);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(30);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(263);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(328);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(31);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(264);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(329);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(32);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(265);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(330);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(33);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(266);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(331);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(34);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(267);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(332);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(35);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(268);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(333);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(36);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(269);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(334);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(37);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(270);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(335);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(38);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(271);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(336);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(39);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(337);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(40);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(273);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(338);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(41);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(274);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(339);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(42);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(275);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '_') ADVANCE(340);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(43);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(276);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == ':') ADVANCE(241);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(199);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(309);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(13);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(342);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(169);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(279);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(170);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(280);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(171);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(281);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(172);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(282);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(173);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(283);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(174);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(284);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(175);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(285);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(176);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(286);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(177);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(287);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(178);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(288);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(179);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(289);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(180);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(181);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(291);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(182);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(292);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(183);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(293);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(184);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(294);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(185);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(295);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(186);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(296);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(187);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(297);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(188);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(189);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(299);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(190);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(300);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(191);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(301);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(192);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(302);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(193);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(303);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(194);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(304);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(195);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(305);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(196);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(306);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(197);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(307);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(198);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(308);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(199);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(309);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(200);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(201);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(202);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(312);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(203);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(313);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(204);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(314);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(205);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(315);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(206);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(316);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(207);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(317);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(208);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(318);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(209);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(319);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(210);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(320);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(211);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(321);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(212);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(322);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(213);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(323);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(214);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(324);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(215);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(325);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(216);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(326);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(217);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(327);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(218);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(328);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(219);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(329);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(220);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(330);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(221);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(331);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(222);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(332);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(223);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(333);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(224);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(334);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(225);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(335);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(226);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(336);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(227);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(337);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(228);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(338);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(229);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(339);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(343);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(230);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(340);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '\'' ||
          lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(343);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'' ||
          lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(343);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(599);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(345);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(599);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(345);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(237);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(474);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(476);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(410);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(230);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(168);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(473);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(230);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(475);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(344);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(13);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(479);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(351);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(477);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(349);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(478);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(350);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(480);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(354);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(481);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(352);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(172);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(482);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(353);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(174);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(483);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(355);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(175);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(484);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(356);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(176);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(485);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(357);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(177);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(486);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(358);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(487);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(359);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(488);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(360);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(180);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(489);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(361);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(181);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(490);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(362);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(182);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(491);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(363);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(183);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(492);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(364);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(184);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(493);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(365);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(185);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(494);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(366);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(186);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(495);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(367);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(187);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(496);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(368);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(188);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(497);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(369);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(189);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(498);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(370);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(190);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(499);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(371);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(191);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(500);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(372);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(192);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(501);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(373);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(193);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(502);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(374);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(194);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(503);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(375);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(195);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(504);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(376);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(196);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(505);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(377);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(197);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(506);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(378);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(507);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(379);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(199);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(508);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(380);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(200);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(509);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(381);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(201);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(510);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(382);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(202);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(511);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(383);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(512);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(384);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(513);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(385);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(205);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(514);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(386);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(206);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(515);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(387);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(207);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(516);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(388);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(208);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(517);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(389);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(518);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(390);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(519);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(391);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(520);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(392);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(212);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(521);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(393);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(213);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(522);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(394);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(523);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(395);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(215);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(524);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(396);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(216);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(525);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(397);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(526);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(398);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(218);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(527);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(399);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(219);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(528);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(400);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(220);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(529);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(401);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(221);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(530);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(402);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(222);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(531);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(403);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(223);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(532);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(404);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(224);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(533);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(405);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(225);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(534);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(406);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(226);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(535);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(407);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(227);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(536);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(408);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(228);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(537);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(409);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(474);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(411);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(13);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(414);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(412);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(413);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(415);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(172);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(416);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(417);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(174);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(418);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(175);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(419);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(176);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(420);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(177);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(421);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(422);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(423);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(180);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(424);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(181);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(425);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(182);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(426);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(183);
      END_STATE();
    case 428:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(427);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(184);
      END_STATE();
    case 429:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(428);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(185);
      END_STATE();
    case 430:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(429);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(186);
      END_STATE();
    case 431:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(430);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(187);
      END_STATE();
    case 432:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(431);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(188);
      END_STATE();
    case 433:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(432);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(189);
      END_STATE();
    case 434:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(433);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(190);
      END_STATE();
    case 435:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(434);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(191);
      END_STATE();
    case 436:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(435);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(192);
      END_STATE();
    case 437:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(436);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(193);
      END_STATE();
    case 438:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(437);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(194);
      END_STATE();
    case 439:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(438);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(195);
      END_STATE();
    case 440:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(439);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(196);
      END_STATE();
    case 441:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(440);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(197);
      END_STATE();
    case 442:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(441);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      END_STATE();
    case 443:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(442);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(199);
      END_STATE();
    case 444:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(443);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(200);
      END_STATE();
    case 445:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(444);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(201);
      END_STATE();
    case 446:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(445);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(202);
      END_STATE();
    case 447:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(446);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 448:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(447);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      END_STATE();
    case 449:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(448);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(205);
      END_STATE();
    case 450:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(449);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(206);
      END_STATE();
    case 451:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(450);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(207);
      END_STATE();
    case 452:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(451);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(208);
      END_STATE();
    case 453:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(452);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 454:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(453);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 455:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(454);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 456:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(455);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(212);
      END_STATE();
    case 457:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(456);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(213);
      END_STATE();
    case 458:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(457);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      END_STATE();
    case 459:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(458);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(215);
      END_STATE();
    case 460:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(459);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(216);
      END_STATE();
    case 461:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(460);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 462:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(461);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(218);
      END_STATE();
    case 463:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(462);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(219);
      END_STATE();
    case 464:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(463);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(220);
      END_STATE();
    case 465:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(464);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(221);
      END_STATE();
    case 466:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(465);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(222);
      END_STATE();
    case 467:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(466);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(223);
      END_STATE();
    case 468:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(467);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(224);
      END_STATE();
    case 469:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(468);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(225);
      END_STATE();
    case 470:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(469);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(226);
      END_STATE();
    case 471:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(470);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(227);
      END_STATE();
    case 472:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(471);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(228);
      END_STATE();
    case 473:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(472);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 474:
      ACCEPT_TOKEN(sym_integer_expression);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(474);
      END_STATE();
    case 475:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(236);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(599);
      END_STATE();
    case 476:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(47);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(537);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 477:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(46);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(475);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(13);
      END_STATE();
    case 478:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(50);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(479);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 479:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(45);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(477);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 480:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(48);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(481);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(172);
      END_STATE();
    case 481:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(478);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 482:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 483:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(52);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(482);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(174);
      END_STATE();
    case 484:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(53);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(483);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(175);
      END_STATE();
    case 485:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(54);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(484);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(176);
      END_STATE();
    case 486:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(55);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(485);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(177);
      END_STATE();
    case 487:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(56);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 488:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(57);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(487);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 489:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(488);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(180);
      END_STATE();
    case 490:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(59);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(489);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(181);
      END_STATE();
    case 491:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(60);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(490);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(182);
      END_STATE();
    case 492:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(61);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(491);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(183);
      END_STATE();
    case 493:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(62);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(492);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(184);
      END_STATE();
    case 494:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(493);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(185);
      END_STATE();
    case 495:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(64);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(494);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(186);
      END_STATE();
    case 496:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(65);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(495);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(187);
      END_STATE();
    case 497:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(66);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(496);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(188);
      END_STATE();
    case 498:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(67);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(497);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(189);
      END_STATE();
    case 499:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(68);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(190);
      END_STATE();
    case 500:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(69);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(499);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(191);
      END_STATE();
    case 501:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(70);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(500);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(192);
      END_STATE();
    case 502:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(71);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(501);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(193);
      END_STATE();
    case 503:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(72);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(502);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(194);
      END_STATE();
    case 504:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(73);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(503);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(195);
      END_STATE();
    case 505:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(74);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(504);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(196);
      END_STATE();
    case 506:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(505);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(197);
      END_STATE();
    case 507:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(76);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(506);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      END_STATE();
    case 508:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(77);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(507);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(199);
      END_STATE();
    case 509:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(78);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(508);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(200);
      END_STATE();
    case 510:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(79);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(201);
      END_STATE();
    case 511:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(80);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(510);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(202);
      END_STATE();
    case 512:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(81);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(511);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 513:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(82);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(512);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      END_STATE();
    case 514:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(513);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(205);
      END_STATE();
    case 515:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(84);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(514);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(206);
      END_STATE();
    case 516:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(515);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(207);
      END_STATE();
    case 517:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(86);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(516);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(208);
      END_STATE();
    case 518:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(87);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(517);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 519:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(88);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(518);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 520:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(89);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(519);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 521:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(90);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(520);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(212);
      END_STATE();
    case 522:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(91);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(521);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(213);
      END_STATE();
    case 523:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(92);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(522);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      END_STATE();
    case 524:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(93);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(523);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(215);
      END_STATE();
    case 525:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(94);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(524);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(216);
      END_STATE();
    case 526:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(95);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(525);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 527:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(96);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(526);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(218);
      END_STATE();
    case 528:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(97);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(527);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(219);
      END_STATE();
    case 529:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(98);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(528);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(220);
      END_STATE();
    case 530:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(99);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(529);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(221);
      END_STATE();
    case 531:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(100);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(530);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(222);
      END_STATE();
    case 532:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(101);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(531);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(223);
      END_STATE();
    case 533:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(102);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(532);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(224);
      END_STATE();
    case 534:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(103);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(533);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(225);
      END_STATE();
    case 535:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(104);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(534);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(226);
      END_STATE();
    case 536:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(105);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(535);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(227);
      END_STATE();
    case 537:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(106);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(536);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(228);
      END_STATE();
    case 538:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(600);
      END_STATE();
    case 539:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(538);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(13);
      END_STATE();
    case 540:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(541);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 541:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(539);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 542:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(540);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 543:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(542);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(172);
      END_STATE();
    case 544:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(543);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 545:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(544);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(174);
      END_STATE();
    case 546:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(545);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(175);
      END_STATE();
    case 547:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(546);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(176);
      END_STATE();
    case 548:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(547);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(177);
      END_STATE();
    case 549:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(548);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 550:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(549);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 551:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(550);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(180);
      END_STATE();
    case 552:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(551);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(181);
      END_STATE();
    case 553:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(552);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(182);
      END_STATE();
    case 554:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(553);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(183);
      END_STATE();
    case 555:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(554);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(184);
      END_STATE();
    case 556:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(555);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(185);
      END_STATE();
    case 557:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(556);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(186);
      END_STATE();
    case 558:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(557);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(187);
      END_STATE();
    case 559:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(558);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(188);
      END_STATE();
    case 560:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(559);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(189);
      END_STATE();
    case 561:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(560);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(190);
      END_STATE();
    case 562:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(561);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(191);
      END_STATE();
    case 563:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(562);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(192);
      END_STATE();
    case 564:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(563);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(193);
      END_STATE();
    case 565:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(564);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(194);
      END_STATE();
    case 566:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(565);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(195);
      END_STATE();
    case 567:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(566);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(196);
      END_STATE();
    case 568:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(567);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(197);
      END_STATE();
    case 569:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(568);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      END_STATE();
    case 570:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(569);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(199);
      END_STATE();
    case 571:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(570);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(200);
      END_STATE();
    case 572:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(571);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(201);
      END_STATE();
    case 573:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(572);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(202);
      END_STATE();
    case 574:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(573);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 575:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(574);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      END_STATE();
    case 576:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(575);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(205);
      END_STATE();
    case 577:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(576);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(206);
      END_STATE();
    case 578:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(577);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(207);
      END_STATE();
    case 579:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(578);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(208);
      END_STATE();
    case 580:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(579);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 581:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(580);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 582:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(581);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 583:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(582);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(212);
      END_STATE();
    case 584:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(583);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(213);
      END_STATE();
    case 585:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(584);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      END_STATE();
    case 586:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(585);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(215);
      END_STATE();
    case 587:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(586);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(216);
      END_STATE();
    case 588:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(587);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 589:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(588);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(218);
      END_STATE();
    case 590:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(589);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(219);
      END_STATE();
    case 591:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(590);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(220);
      END_STATE();
    case 592:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(591);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(221);
      END_STATE();
    case 593:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(592);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(222);
      END_STATE();
    case 594:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(593);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(223);
      END_STATE();
    case 595:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(594);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(224);
      END_STATE();
    case 596:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(595);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(225);
      END_STATE();
    case 597:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(596);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(226);
      END_STATE();
    case 598:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(597);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(227);
      END_STATE();
    case 599:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(236);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(599);
      END_STATE();
    case 600:
      ACCEPT_TOKEN(sym_float_expression);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(600);
      END_STATE();
    case 601:
      ACCEPT_TOKEN(sym_path_expression);
      if (lookahead == '/') ADVANCE(602);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(601);
      END_STATE();
    case 602:
      ACCEPT_TOKEN(sym_path_expression);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(601);
      END_STATE();
    case 603:
      ACCEPT_TOKEN(sym_spath_expression);
      END_STATE();
    case 604:
      ACCEPT_TOKEN(sym_uri_expression);
      if (lookahead == '!' ||
          ('$' <= lookahead && lookahead <= '\'') ||
          ('*' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('?' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z') ||
          lookahead == '~') ADVANCE(604);
      END_STATE();
    case 605:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 606:
      ACCEPT_TOKEN(anon_sym_AT);
      END_STATE();
    case 607:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 608:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 609:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 610:
      ACCEPT_TOKEN(anon_sym_QMARK);
      END_STATE();
    case 611:
      ACCEPT_TOKEN(sym_ellipses);
      END_STATE();
    case 612:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 613:
      ACCEPT_TOKEN(anon_sym_BANG);
      END_STATE();
    case 614:
      ACCEPT_TOKEN(anon_sym_BANG);
      if (lookahead == '=') ADVANCE(619);
      END_STATE();
    case 615:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '>') ADVANCE(632);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(230);
      END_STATE();
    case 616:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(230);
      END_STATE();
    case 617:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '>') ADVANCE(632);
      END_STATE();
    case 618:
      ACCEPT_TOKEN(anon_sym_EQ_EQ);
      END_STATE();
    case 619:
      ACCEPT_TOKEN(anon_sym_BANG_EQ);
      END_STATE();
    case 620:
      ACCEPT_TOKEN(anon_sym_LT);
      if (lookahead == '=') ADVANCE(622);
      END_STATE();
    case 621:
      ACCEPT_TOKEN(anon_sym_LT);
      if (lookahead == '=') ADVANCE(622);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(12);
      END_STATE();
    case 622:
      ACCEPT_TOKEN(anon_sym_LT_EQ);
      END_STATE();
    case 623:
      ACCEPT_TOKEN(anon_sym_GT);
      if (lookahead == '=') ADVANCE(624);
      END_STATE();
    case 624:
      ACCEPT_TOKEN(anon_sym_GT_EQ);
      END_STATE();
    case 625:
      ACCEPT_TOKEN(anon_sym_AMP_AMP);
      END_STATE();
    case 626:
      ACCEPT_TOKEN(anon_sym_PIPE_PIPE);
      END_STATE();
    case 627:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '+') ADVANCE(634);
      END_STATE();
    case 628:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '+') ADVANCE(635);
      if (lookahead == '/') ADVANCE(240);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(230);
      END_STATE();
    case 629:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 630:
      ACCEPT_TOKEN(anon_sym_SLASH);
      if (lookahead == '*') ADVANCE(9);
      if (lookahead == '/') ADVANCE(633);
      END_STATE();
    case 631:
      ACCEPT_TOKEN(anon_sym_SLASH);
      if (lookahead == '*') ADVANCE(9);
      if (lookahead == '/') ADVANCE(633);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(601);
      END_STATE();
    case 632:
      ACCEPT_TOKEN(anon_sym_DASH_GT);
      END_STATE();
    case 633:
      ACCEPT_TOKEN(anon_sym_SLASH_SLASH);
      END_STATE();
    case 634:
      ACCEPT_TOKEN(anon_sym_PLUS_PLUS);
      END_STATE();
    case 635:
      ACCEPT_TOKEN(anon_sym_PLUS_PLUS);
      if (lookahead == '/') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 636:
      ACCEPT_TOKEN(anon_sym_DOT);
      END_STATE();
    case 637:
      ACCEPT_TOKEN(anon_sym_DOT);
      if (lookahead == '.') ADVANCE(11);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(599);
      END_STATE();
    case 638:
      ACCEPT_TOKEN(anon_sym_DOT);
      if (lookahead == '/') ADVANCE(240);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(476);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(230);
      END_STATE();
    case 639:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 640:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 641:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 642:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 643:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 644:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      if (lookahead == '"') ADVANCE(646);
      if (lookahead != 0 &&
          lookahead != '$' &&
          lookahead != '\\') ADVANCE(2);
      END_STATE();
    case 645:
      ACCEPT_TOKEN(anon_sym_SQUOTE_SQUOTE);
      END_STATE();
    case 646:
      ACCEPT_TOKEN(sym__plain_string);
      END_STATE();
    case 647:
      ACCEPT_TOKEN(anon_sym_DOLLAR_LBRACE);
      END_STATE();
    case 648:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 649:
      ACCEPT_TOKEN(anon_sym_EQ);
      if (lookahead == '=') ADVANCE(618);
      END_STATE();
    case 650:
      ACCEPT_TOKEN(sym_comment);
      END_STATE();
    case 651:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(651);
      END_STATE();
    default:
      return false;
  }
}

static bool ts_lex_keywords(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      ADVANCE_MAP(
        'a', 1,
        'e', 2,
        'i', 3,
        'l', 4,
        'o', 5,
        'r', 6,
        't', 7,
        'w', 8,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(0);
      END_STATE();
    case 1:
      if (lookahead == 's') ADVANCE(9);
      END_STATE();
    case 2:
      if (lookahead == 'l') ADVANCE(10);
      END_STATE();
    case 3:
      if (lookahead == 'f') ADVANCE(11);
      if (lookahead == 'n') ADVANCE(12);
      END_STATE();
    case 4:
      if (lookahead == 'e') ADVANCE(13);
      END_STATE();
    case 5:
      if (lookahead == 'r') ADVANCE(14);
      END_STATE();
    case 6:
      if (lookahead == 'e') ADVANCE(15);
      END_STATE();
    case 7:
      if (lookahead == 'h') ADVANCE(16);
      END_STATE();
    case 8:
      if (lookahead == 'i') ADVANCE(17);
      END_STATE();
    case 9:
      if (lookahead == 's') ADVANCE(18);
      END_STATE();
    case 10:
      if (lookahead == 's') ADVANCE(19);
      END_STATE();
    case 11:
      ACCEPT_TOKEN(anon_sym_if);
      END_STATE();
    case 12:
      ACCEPT_TOKEN(anon_sym_in);
      if (lookahead == 'h') ADVANCE(20);
      END_STATE();
    case 13:
      if (lookahead == 't') ADVANCE(21);
      END_STATE();
    case 14:
      ACCEPT_TOKEN(anon_sym_or);
      END_STATE();
    case 15:
      if (lookahead == 'c') ADVANCE(22);
      END_STATE();
    case 16:
      if (lookahead == 'e') ADVANCE(23);
      END_STATE();
    case 17:
      if (lookahead == 't') ADVANCE(24);
      END_STATE();
    case 18:
      if (lookahead == 'e') ADVANCE(25);
      END_STATE();
    case 19:
      if (lookahead == 'e') ADVANCE(26);
      END_STATE();
    case 20:
      if (lookahead == 'e') ADVANCE(27);
      END_STATE();
    case 21:
      ACCEPT_TOKEN(anon_sym_let);
      END_STATE();
    case 22:
      ACCEPT_TOKEN(anon_sym_rec);
      END_STATE();
    case 23:
      if (lookahead == 'n') ADVANCE(28);
      END_STATE();
    case 24:
      if (lookahead == 'h') ADVANCE(29);
      END_STATE();
    case 25:
      if (lookahead == 'r') ADVANCE(30);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(anon_sym_else);
      END_STATE();
    case 27:
      if (lookahead == 'r') ADVANCE(31);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(anon_sym_then);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(anon_sym_with);
      END_STATE();
    case 30:
      if (lookahead == 't') ADVANCE(32);
      END_STATE();
    case 31:
      if (lookahead == 'i') ADVANCE(33);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(anon_sym_assert);
      END_STATE();
    case 33:
      if (lookahead == 't') ADVANCE(34);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(anon_sym_inherit);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 242},
  [2] = {.lex_state = 244},
  [3] = {.lex_state = 244},
  [4] = {.lex_state = 244},
  [5] = {.lex_state = 244},
  [6] = {.lex_state = 244},
  [7] = {.lex_state = 244},
  [8] = {.lex_state = 244},
  [9] = {.lex_state = 244},
  [10] = {.lex_state = 244},
  [11] = {.lex_state = 244},
  [12] = {.lex_state = 244},
  [13] = {.lex_state = 244},
  [14] = {.lex_state = 244},
  [15] = {.lex_state = 244},
  [16] = {.lex_state = 244},
  [17] = {.lex_state = 244},
  [18] = {.lex_state = 244},
  [19] = {.lex_state = 244},
  [20] = {.lex_state = 244},
  [21] = {.lex_state = 244},
  [22] = {.lex_state = 244},
  [23] = {.lex_state = 244},
  [24] = {.lex_state = 244},
  [25] = {.lex_state = 244},
  [26] = {.lex_state = 244},
  [27] = {.lex_state = 244},
  [28] = {.lex_state = 244},
  [29] = {.lex_state = 244},
  [30] = {.lex_state = 244},
  [31] = {.lex_state = 244},
  [32] = {.lex_state = 244},
  [33] = {.lex_state = 244},
  [34] = {.lex_state = 244},
  [35] = {.lex_state = 244},
  [36] = {.lex_state = 244},
  [37] = {.lex_state = 244},
  [38] = {.lex_state = 244},
  [39] = {.lex_state = 244},
  [40] = {.lex_state = 244},
  [41] = {.lex_state = 244},
  [42] = {.lex_state = 244},
  [43] = {.lex_state = 244},
  [44] = {.lex_state = 244},
  [45] = {.lex_state = 244},
  [46] = {.lex_state = 244},
  [47] = {.lex_state = 244},
  [48] = {.lex_state = 244},
  [49] = {.lex_state = 244},
  [50] = {.lex_state = 244},
  [51] = {.lex_state = 244},
  [52] = {.lex_state = 244},
  [53] = {.lex_state = 244},
  [54] = {.lex_state = 244},
  [55] = {.lex_state = 244},
  [56] = {.lex_state = 244},
  [57] = {.lex_state = 244},
  [58] = {.lex_state = 244},
  [59] = {.lex_state = 244},
  [60] = {.lex_state = 244},
  [61] = {.lex_state = 244},
  [62] = {.lex_state = 244},
  [63] = {.lex_state = 244},
  [64] = {.lex_state = 244},
  [65] = {.lex_state = 244},
  [66] = {.lex_state = 244},
  [67] = {.lex_state = 244},
  [68] = {.lex_state = 244},
  [69] = {.lex_state = 244},
  [70] = {.lex_state = 244},
  [71] = {.lex_state = 244},
  [72] = {.lex_state = 244},
  [73] = {.lex_state = 244},
  [74] = {.lex_state = 244},
  [75] = {.lex_state = 244},
  [76] = {.lex_state = 244},
  [77] = {.lex_state = 244},
  [78] = {.lex_state = 244},
  [79] = {.lex_state = 244},
  [80] = {.lex_state = 244},
  [81] = {.lex_state = 244},
  [82] = {.lex_state = 244},
  [83] = {.lex_state = 244},
  [84] = {.lex_state = 244},
  [85] = {.lex_state = 244},
  [86] = {.lex_state = 244},
  [87] = {.lex_state = 244},
  [88] = {.lex_state = 244},
  [89] = {.lex_state = 244},
  [90] = {.lex_state = 244},
  [91] = {.lex_state = 244},
  [92] = {.lex_state = 244},
  [93] = {.lex_state = 244},
  [94] = {.lex_state = 244},
  [95] = {.lex_state = 244},
  [96] = {.lex_state = 244},
  [97] = {.lex_state = 244},
  [98] = {.lex_state = 244},
  [99] = {.lex_state = 244},
  [100] = {.lex_state = 244},
  [101] = {.lex_state = 244},
  [102] = {.lex_state = 244},
  [103] = {.lex_state = 244},
  [104] = {.lex_state = 244},
  [105] = {.lex_state = 244},
  [106] = {.lex_state = 244},
  [107] = {.lex_state = 244},
  [108] = {.lex_state = 244},
  [109] = {.lex_state = 244},
  [110] = {.lex_state = 244},
  [111] = {.lex_state = 244},
  [112] = {.lex_state = 244},
  [113] = {.lex_state = 244},
  [114] = {.lex_state = 244},
  [115] = {.lex_state = 244},
  [116] = {.lex_state = 244},
  [117] = {.lex_state = 244},
  [118] = {.lex_state = 244},
  [119] = {.lex_state = 244},
  [120] = {.lex_state = 244},
  [121] = {.lex_state = 244},
  [122] = {.lex_state = 244},
  [123] = {.lex_state = 244},
  [124] = {.lex_state = 244},
  [125] = {.lex_state = 244},
  [126] = {.lex_state = 244},
  [127] = {.lex_state = 244},
  [128] = {.lex_state = 244},
  [129] = {.lex_state = 244},
  [130] = {.lex_state = 244},
  [131] = {.lex_state = 244},
  [132] = {.lex_state = 244},
  [133] = {.lex_state = 244},
  [134] = {.lex_state = 244},
  [135] = {.lex_state = 244},
  [136] = {.lex_state = 244},
  [137] = {.lex_state = 244},
  [138] = {.lex_state = 244},
  [139] = {.lex_state = 244},
  [140] = {.lex_state = 244},
  [141] = {.lex_state = 244},
  [142] = {.lex_state = 244},
  [143] = {.lex_state = 244},
  [144] = {.lex_state = 244},
  [145] = {.lex_state = 244},
  [146] = {.lex_state = 244},
  [147] = {.lex_state = 244},
  [148] = {.lex_state = 244},
  [149] = {.lex_state = 244},
  [150] = {.lex_state = 244},
  [151] = {.lex_state = 244},
  [152] = {.lex_state = 244},
  [153] = {.lex_state = 244},
  [154] = {.lex_state = 244},
  [155] = {.lex_state = 244},
  [156] = {.lex_state = 244},
  [157] = {.lex_state = 244},
  [158] = {.lex_state = 244},
  [159] = {.lex_state = 244},
  [160] = {.lex_state = 244},
  [161] = {.lex_state = 244},
  [162] = {.lex_state = 244},
  [163] = {.lex_state = 244},
  [164] = {.lex_state = 244},
  [165] = {.lex_state = 244},
  [166] = {.lex_state = 244},
  [167] = {.lex_state = 244},
  [168] = {.lex_state = 244},
  [169] = {.lex_state = 244},
  [170] = {.lex_state = 244},
  [171] = {.lex_state = 244},
  [172] = {.lex_state = 244},
  [173] = {.lex_state = 244},
  [174] = {.lex_state = 244},
  [175] = {.lex_state = 244},
  [176] = {.lex_state = 244},
  [177] = {.lex_state = 244},
  [178] = {.lex_state = 244},
  [179] = {.lex_state = 244},
  [180] = {.lex_state = 242},
  [181] = {.lex_state = 242},
  [182] = {.lex_state = 242},
  [183] = {.lex_state = 244},
  [184] = {.lex_state = 242},
  [185] = {.lex_state = 242},
  [186] = {.lex_state = 242},
  [187] = {.lex_state = 242},
  [188] = {.lex_state = 242},
  [189] = {.lex_state = 242},
  [190] = {.lex_state = 242},
  [191] = {.lex_state = 244},
  [192] = {.lex_state = 242},
  [193] = {.lex_state = 244},
  [194] = {.lex_state = 242},
  [195] = {.lex_state = 242},
  [196] = {.lex_state = 242},
  [197] = {.lex_state = 242},
  [198] = {.lex_state = 242},
  [199] = {.lex_state = 242},
  [200] = {.lex_state = 242},
  [201] = {.lex_state = 242},
  [202] = {.lex_state = 242},
  [203] = {.lex_state = 242},
  [204] = {.lex_state = 242},
  [205] = {.lex_state = 242},
  [206] = {.lex_state = 242},
  [207] = {.lex_state = 242},
  [208] = {.lex_state = 242},
  [209] = {.lex_state = 242},
  [210] = {.lex_state = 242},
  [211] = {.lex_state = 242},
  [212] = {.lex_state = 242},
  [213] = {.lex_state = 242},
  [214] = {.lex_state = 242},
  [215] = {.lex_state = 242},
  [216] = {.lex_state = 242},
  [217] = {.lex_state = 242},
  [218] = {.lex_state = 242},
  [219] = {.lex_state = 242},
  [220] = {.lex_state = 242},
  [221] = {.lex_state = 242},
  [222] = {.lex_state = 242},
  [223] = {.lex_state = 242},
  [224] = {.lex_state = 242},
  [225] = {.lex_state = 242},
  [226] = {.lex_state = 242},
  [227] = {.lex_state = 242},
  [228] = {.lex_state = 242},
  [229] = {.lex_state = 242},
  [230] = {.lex_state = 242},
  [231] = {.lex_state = 242},
  [232] = {.lex_state = 242},
  [233] = {.lex_state = 244},
  [234] = {.lex_state = 244},
  [235] = {.lex_state = 244},
  [236] = {.lex_state = 244},
  [237] = {.lex_state = 244},
  [238] = {.lex_state = 244},
  [239] = {.lex_state = 244},
  [240] = {.lex_state = 244},
  [241] = {.lex_state = 244},
  [242] = {.lex_state = 244},
  [243] = {.lex_state = 244},
  [244] = {.lex_state = 244},
  [245] = {.lex_state = 244},
  [246] = {.lex_state = 244},
  [247] = {.lex_state = 244},
  [248] = {.lex_state = 244},
  [249] = {.lex_state = 244},
  [250] = {.lex_state = 244},
  [251] = {.lex_state = 244},
  [252] = {.lex_state = 244},
  [253] = {.lex_state = 244},
  [254] = {.lex_state = 244},
  [255] = {.lex_state = 244},
  [256] = {.lex_state = 244},
  [257] = {.lex_state = 244},
  [258] = {.lex_state = 244},
  [259] = {.lex_state = 244},
  [260] = {.lex_state = 244},
  [261] = {.lex_state = 244},
  [262] = {.lex_state = 244},
  [263] = {.lex_state = 244},
  [264] = {.lex_state = 244},
  [265] = {.lex_state = 244},
  [266] = {.lex_state = 244},
  [267] = {.lex_state = 244},
  [268] = {.lex_state = 244},
  [269] = {.lex_state = 244},
  [270] = {.lex_state = 244},
  [271] = {.lex_state = 244},
  [272] = {.lex_state = 244},
  [273] = {.lex_state = 244},
  [274] = {.lex_state = 244},
  [275] = {.lex_state = 244},
  [276] = {.lex_state = 244},
  [277] = {.lex_state = 244},
  [278] = {.lex_state = 244},
  [279] = {.lex_state = 244},
  [280] = {.lex_state = 244},
  [281] = {.lex_state = 244},
  [282] = {.lex_state = 244},
  [283] = {.lex_state = 244},
  [284] = {.lex_state = 244},
  [285] = {.lex_state = 244},
  [286] = {.lex_state = 242},
  [287] = {.lex_state = 242},
  [288] = {.lex_state = 242},
  [289] = {.lex_state = 242},
  [290] = {.lex_state = 242},
  [291] = {.lex_state = 242},
  [292] = {.lex_state = 242},
  [293] = {.lex_state = 242},
  [294] = {.lex_state = 242},
  [295] = {.lex_state = 242},
  [296] = {.lex_state = 242},
  [297] = {.lex_state = 242},
  [298] = {.lex_state = 242},
  [299] = {.lex_state = 242},
  [300] = {.lex_state = 242},
  [301] = {.lex_state = 242},
  [302] = {.lex_state = 242},
  [303] = {.lex_state = 242},
  [304] = {.lex_state = 242},
  [305] = {.lex_state = 242},
  [306] = {.lex_state = 242},
  [307] = {.lex_state = 243},
  [308] = {.lex_state = 242},
  [309] = {.lex_state = 242},
  [310] = {.lex_state = 243},
  [311] = {.lex_state = 242},
  [312] = {.lex_state = 242},
  [313] = {.lex_state = 242},
  [314] = {.lex_state = 242},
  [315] = {.lex_state = 242},
  [316] = {.lex_state = 243},
  [317] = {.lex_state = 242},
  [318] = {.lex_state = 242},
  [319] = {.lex_state = 242},
  [320] = {.lex_state = 242},
  [321] = {.lex_state = 242},
  [322] = {.lex_state = 243},
  [323] = {.lex_state = 243},
  [324] = {.lex_state = 242},
  [325] = {.lex_state = 243},
  [326] = {.lex_state = 242},
  [327] = {.lex_state = 242},
  [328] = {.lex_state = 242},
  [329] = {.lex_state = 242},
  [330] = {.lex_state = 243},
  [331] = {.lex_state = 242},
  [332] = {.lex_state = 242},
  [333] = {.lex_state = 243},
  [334] = {.lex_state = 242},
  [335] = {.lex_state = 242},
  [336] = {.lex_state = 242},
  [337] = {.lex_state = 242},
  [338] = {.lex_state = 243},
  [339] = {.lex_state = 243},
  [340] = {.lex_state = 242},
  [341] = {.lex_state = 242},
  [342] = {.lex_state = 242},
  [343] = {.lex_state = 242},
  [344] = {.lex_state = 242},
  [345] = {.lex_state = 242},
  [346] = {.lex_state = 242},
  [347] = {.lex_state = 242},
  [348] = {.lex_state = 245},
  [349] = {.lex_state = 245},
  [350] = {.lex_state = 242},
  [351] = {.lex_state = 242},
  [352] = {.lex_state = 242},
  [353] = {.lex_state = 245},
  [354] = {.lex_state = 245},
  [355] = {.lex_state = 245},
  [356] = {.lex_state = 245},
  [357] = {.lex_state = 245},
  [358] = {.lex_state = 245},
  [359] = {.lex_state = 245},
  [360] = {.lex_state = 245},
  [361] = {.lex_state = 245},
  [362] = {.lex_state = 245},
  [363] = {.lex_state = 245},
  [364] = {.lex_state = 245},
  [365] = {.lex_state = 245},
  [366] = {.lex_state = 245},
  [367] = {.lex_state = 245},
  [368] = {.lex_state = 245},
  [369] = {.lex_state = 245},
  [370] = {.lex_state = 245},
  [371] = {.lex_state = 245},
  [372] = {.lex_state = 245},
  [373] = {.lex_state = 245},
  [374] = {.lex_state = 245},
  [375] = {.lex_state = 245},
  [376] = {.lex_state = 245},
  [377] = {.lex_state = 245},
  [378] = {.lex_state = 245},
  [379] = {.lex_state = 245},
  [380] = {.lex_state = 245},
  [381] = {.lex_state = 245},
  [382] = {.lex_state = 245},
  [383] = {.lex_state = 245},
  [384] = {.lex_state = 245},
  [385] = {.lex_state = 245},
  [386] = {.lex_state = 245},
  [387] = {.lex_state = 245},
  [388] = {.lex_state = 245},
  [389] = {.lex_state = 245},
  [390] = {.lex_state = 245},
  [391] = {.lex_state = 245},
  [392] = {.lex_state = 245},
  [393] = {.lex_state = 245},
  [394] = {.lex_state = 245},
  [395] = {.lex_state = 245},
  [396] = {.lex_state = 245},
  [397] = {.lex_state = 245},
  [398] = {.lex_state = 245},
  [399] = {.lex_state = 245},
  [400] = {.lex_state = 245},
  [401] = {.lex_state = 245},
  [402] = {.lex_state = 245},
  [403] = {.lex_state = 245},
  [404] = {.lex_state = 245},
  [405] = {.lex_state = 245},
  [406] = {.lex_state = 245},
  [407] = {.lex_state = 245},
  [408] = {.lex_state = 245},
  [409] = {.lex_state = 245},
  [410] = {.lex_state = 245},
  [411] = {.lex_state = 245},
  [412] = {.lex_state = 245},
  [413] = {.lex_state = 245},
  [414] = {.lex_state = 245},
  [415] = {.lex_state = 245},
  [416] = {.lex_state = 245},
  [417] = {.lex_state = 245},
  [418] = {.lex_state = 245},
  [419] = {.lex_state = 245},
  [420] = {.lex_state = 245},
  [421] = {.lex_state = 245},
  [422] = {.lex_state = 245},
  [423] = {.lex_state = 245},
  [424] = {.lex_state = 245},
  [425] = {.lex_state = 245},
  [426] = {.lex_state = 245},
  [427] = {.lex_state = 245},
  [428] = {.lex_state = 245},
  [429] = {.lex_state = 245},
  [430] = {.lex_state = 245},
  [431] = {.lex_state = 245},
  [432] = {.lex_state = 245},
  [433] = {.lex_state = 245},
  [434] = {.lex_state = 245},
  [435] = {.lex_state = 245},
  [436] = {.lex_state = 245},
  [437] = {.lex_state = 245},
  [438] = {.lex_state = 245},
  [439] = {.lex_state = 245},
  [440] = {.lex_state = 245},
  [441] = {.lex_state = 245},
  [442] = {.lex_state = 245},
  [443] = {.lex_state = 245},
  [444] = {.lex_state = 245},
  [445] = {.lex_state = 245},
  [446] = {.lex_state = 242},
  [447] = {.lex_state = 1},
  [448] = {.lex_state = 1},
  [449] = {.lex_state = 0},
  [450] = {.lex_state = 0},
  [451] = {.lex_state = 242},
  [452] = {.lex_state = 0},
  [453] = {.lex_state = 0},
  [454] = {.lex_state = 0},
  [455] = {.lex_state = 0},
  [456] = {.lex_state = 0},
  [457] = {.lex_state = 0},
  [458] = {.lex_state = 0},
  [459] = {.lex_state = 0},
  [460] = {.lex_state = 0},
  [461] = {.lex_state = 0},
  [462] = {.lex_state = 0},
  [463] = {.lex_state = 0},
  [464] = {.lex_state = 0},
  [465] = {.lex_state = 0},
  [466] = {.lex_state = 0},
  [467] = {.lex_state = 0},
  [468] = {.lex_state = 0},
  [469] = {.lex_state = 0},
  [470] = {.lex_state = 0},
  [471] = {.lex_state = 0},
  [472] = {.lex_state = 0},
  [473] = {.lex_state = 0},
  [474] = {.lex_state = 0},
  [475] = {.lex_state = 0},
  [476] = {.lex_state = 0},
  [477] = {.lex_state = 0},
  [478] = {.lex_state = 0},
  [479] = {.lex_state = 0},
  [480] = {.lex_state = 0},
  [481] = {.lex_state = 0},
  [482] = {.lex_state = 0},
  [483] = {.lex_state = 0},
  [484] = {.lex_state = 0},
  [485] = {.lex_state = 0},
  [486] = {.lex_state = 0},
  [487] = {.lex_state = 0},
  [488] = {.lex_state = 0},
  [489] = {.lex_state = 0},
  [490] = {.lex_state = 0},
  [491] = {.lex_state = 0},
  [492] = {.lex_state = 0},
  [493] = {.lex_state = 0},
  [494] = {.lex_state = 0, .external_lex_state = 2},
  [495] = {.lex_state = 0},
  [496] = {.lex_state = 0},
  [497] = {.lex_state = 245, .external_lex_state = 3},
  [498] = {.lex_state = 0},
  [499] = {.lex_state = 245, .external_lex_state = 3},
  [500] = {.lex_state = 0},
  [501] = {.lex_state = 0, .external_lex_state = 2},
  [502] = {.lex_state = 0, .external_lex_state = 2},
  [503] = {.lex_state = 0},
  [504] = {.lex_state = 0},
  [505] = {.lex_state = 0},
  [506] = {.lex_state = 245, .external_lex_state = 3},
  [507] = {.lex_state = 3},
  [508] = {.lex_state = 245, .external_lex_state = 3},
  [509] = {.lex_state = 245, .external_lex_state = 3},
  [510] = {.lex_state = 0},
  [511] = {.lex_state = 245, .external_lex_state = 3},
  [512] = {.lex_state = 0, .external_lex_state = 2},
  [513] = {.lex_state = 0},
  [514] = {.lex_state = 245, .external_lex_state = 3},
  [515] = {.lex_state = 245, .external_lex_state = 3},
  [516] = {.lex_state = 245, .external_lex_state = 3},
  [517] = {.lex_state = 0},
  [518] = {.lex_state = 0, .external_lex_state = 2},
  [519] = {.lex_state = 1},
  [520] = {.lex_state = 1},
  [521] = {.lex_state = 1},
  [522] = {.lex_state = 245, .external_lex_state = 3},
  [523] = {.lex_state = 0},
  [524] = {.lex_state = 0, .external_lex_state = 2},
  [525] = {.lex_state = 0},
  [526] = {.lex_state = 0},
  [527] = {.lex_state = 0},
  [528] = {.lex_state = 0},
  [529] = {.lex_state = 0},
  [530] = {.lex_state = 0},
  [531] = {.lex_state = 0},
  [532] = {.lex_state = 0},
  [533] = {.lex_state = 0},
  [534] = {.lex_state = 0},
  [535] = {.lex_state = 0},
  [536] = {.lex_state = 0},
  [537] = {.lex_state = 0},
  [538] = {.lex_state = 0},
  [539] = {.lex_state = 0},
  [540] = {.lex_state = 0},
  [541] = {.lex_state = 0},
  [542] = {.lex_state = 0},
  [543] = {.lex_state = 0},
  [544] = {.lex_state = 0},
  [545] = {.lex_state = 0},
  [546] = {.lex_state = 0},
  [547] = {.lex_state = 0},
  [548] = {.lex_state = 0},
  [549] = {.lex_state = 0},
  [550] = {.lex_state = 0},
  [551] = {.lex_state = 0},
  [552] = {.lex_state = 0},
  [553] = {.lex_state = 0},
  [554] = {.lex_state = 0},
  [555] = {.lex_state = 0},
  [556] = {.lex_state = 0},
  [557] = {.lex_state = 0},
  [558] = {.lex_state = 0},
  [559] = {.lex_state = 0},
  [560] = {.lex_state = 0},
  [561] = {.lex_state = 0},
  [562] = {.lex_state = 0},
  [563] = {.lex_state = 0},
  [564] = {.lex_state = 0},
  [565] = {.lex_state = 0},
  [566] = {.lex_state = 0},
  [567] = {.lex_state = 0},
  [568] = {.lex_state = 0},
  [569] = {.lex_state = 0},
  [570] = {.lex_state = 0},
  [571] = {.lex_state = 0},
  [572] = {.lex_state = 0},
  [573] = {.lex_state = 0},
  [574] = {.lex_state = 0},
  [575] = {.lex_state = 0},
  [576] = {.lex_state = 0},
  [577] = {.lex_state = 0},
  [578] = {.lex_state = 0},
  [579] = {.lex_state = 0},
  [580] = {.lex_state = 0},
  [581] = {.lex_state = 0},
  [582] = {.lex_state = 242},
  [583] = {.lex_state = 0},
  [584] = {.lex_state = 0},
  [585] = {.lex_state = 0},
  [586] = {.lex_state = 0},
  [587] = {.lex_state = 0},
  [588] = {.lex_state = 0},
  [589] = {.lex_state = 0},
  [590] = {.lex_state = 0},
  [591] = {.lex_state = 0},
  [592] = {.lex_state = 0},
  [593] = {.lex_state = 0},
  [594] = {.lex_state = 0},
  [595] = {.lex_state = 0},
  [596] = {.lex_state = 0},
  [597] = {.lex_state = 0},
  [598] = {.lex_state = 0},
  [599] = {.lex_state = 0},
  [600] = {.lex_state = 0},
  [601] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym_identifier] = ACTIONS(1),
    [sym_integer_expression] = ACTIONS(1),
    [sym_float_expression] = ACTIONS(1),
    [sym_spath_expression] = ACTIONS(1),
    [anon_sym_COLON] = ACTIONS(1),
    [anon_sym_AT] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [anon_sym_COMMA] = ACTIONS(1),
    [anon_sym_QMARK] = ACTIONS(1),
    [sym_ellipses] = ACTIONS(1),
    [anon_sym_assert] = ACTIONS(1),
    [anon_sym_SEMI] = ACTIONS(1),
    [anon_sym_with] = ACTIONS(1),
    [anon_sym_let] = ACTIONS(1),
    [anon_sym_in] = ACTIONS(1),
    [anon_sym_if] = ACTIONS(1),
    [anon_sym_then] = ACTIONS(1),
    [anon_sym_else] = ACTIONS(1),
    [anon_sym_BANG] = ACTIONS(1),
    [anon_sym_DASH] = ACTIONS(1),
    [anon_sym_EQ_EQ] = ACTIONS(1),
    [anon_sym_BANG_EQ] = ACTIONS(1),
    [anon_sym_LT] = ACTIONS(1),
    [anon_sym_LT_EQ] = ACTIONS(1),
    [anon_sym_GT] = ACTIONS(1),
    [anon_sym_GT_EQ] = ACTIONS(1),
    [anon_sym_AMP_AMP] = ACTIONS(1),
    [anon_sym_PIPE_PIPE] = ACTIONS(1),
    [anon_sym_PLUS] = ACTIONS(1),
    [anon_sym_STAR] = ACTIONS(1),
    [anon_sym_SLASH] = ACTIONS(1),
    [anon_sym_DASH_GT] = ACTIONS(1),
    [anon_sym_SLASH_SLASH] = ACTIONS(1),
    [anon_sym_PLUS_PLUS] = ACTIONS(1),
    [anon_sym_DOT] = ACTIONS(1),
    [anon_sym_or] = ACTIONS(1),
    [anon_sym_LPAREN] = ACTIONS(1),
    [anon_sym_RPAREN] = ACTIONS(1),
    [anon_sym_rec] = ACTIONS(1),
    [anon_sym_LBRACK] = ACTIONS(1),
    [anon_sym_RBRACK] = ACTIONS(1),
    [anon_sym_DQUOTE] = ACTIONS(1),
    [anon_sym_SQUOTE_SQUOTE] = ACTIONS(1),
    [sym__plain_string] = ACTIONS(1),
    [anon_sym_DOLLAR_LBRACE] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [anon_sym_inherit] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym_string_fragment] = ACTIONS(1),
    [sym_indented_string_fragment] = ACTIONS(1),
  },
  [1] = {
    [sym_source_code] = STATE(556),
    [sym_variable_expression] = STATE(86),
    [sym_function_expression] = STATE(580),
    [sym_formals] = STATE(547),
    [sym_assert_expression] = STATE(580),
    [sym_with_expression] = STATE(580),
    [sym_let_expression] = STATE(580),
    [sym_if_expression] = STATE(580),
    [sym_has_attr_expression] = STATE(405),
    [sym_unary_expression] = STATE(405),
    [sym_binary_expression] = STATE(405),
    [sym_apply_expression] = STATE(133),
    [sym_select_expression] = STATE(133),
    [sym_parenthesized_expression] = STATE(86),
    [sym_attrset_expression] = STATE(86),
    [sym_rec_attrset_expression] = STATE(86),
    [sym_list_expression] = STATE(86),
    [sym_string_expression] = STATE(86),
    [sym_indented_string_expression] = STATE(86),
    [ts_builtin_sym_end] = ACTIONS(5),
    [sym_identifier] = ACTIONS(7),
    [sym_integer_expression] = ACTIONS(9),
    [sym_float_expression] = ACTIONS(9),
    [sym_path_expression] = ACTIONS(11),
    [sym_spath_expression] = ACTIONS(11),
    [sym_uri_expression] = ACTIONS(11),
    [anon_sym_LBRACE] = ACTIONS(13),
    [anon_sym_assert] = ACTIONS(15),
    [anon_sym_with] = ACTIONS(17),
    [anon_sym_let] = ACTIONS(19),
    [anon_sym_if] = ACTIONS(21),
    [anon_sym_BANG] = ACTIONS(23),
    [anon_sym_DASH] = ACTIONS(25),
    [anon_sym_LPAREN] = ACTIONS(27),
    [anon_sym_rec] = ACTIONS(29),
    [anon_sym_LBRACK] = ACTIONS(31),
    [anon_sym_DQUOTE] = ACTIONS(33),
    [anon_sym_SQUOTE_SQUOTE] = ACTIONS(35),
    [sym__plain_string] = ACTIONS(11),
    [sym_comment] = ACTIONS(3),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(51), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(45), 12,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [84] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(59), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(51), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(45), 14,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [158] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(61), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [254] = 19,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 4,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 12,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [336] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 9,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
  [424] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 11,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
  [510] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 7,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [600] = 24,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 6,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [692] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 13,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [770] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [866] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 11,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
  [952] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 13,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [1030] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(81), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1126] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(83), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1222] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(85), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1318] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(87), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1414] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(89), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1510] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(91), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1606] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(93), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1702] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(95), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1798] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(81), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1891] = 19,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(51), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(45), 12,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [1972] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(51), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(45), 14,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [2043] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(61), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [2136] = 18,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 4,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 12,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [2215] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 9,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
  [2300] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 11,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
  [2383] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 7,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [2470] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 6,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [2559] = 16,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 13,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [2634] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [2727] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 11,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
  [2810] = 16,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 13,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [2885] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(95), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [2978] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(83), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3071] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(85), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3164] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(87), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3257] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(89), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3350] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(91), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3443] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(93), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3536] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(107), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3630] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(79), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 7,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3714] = 24,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 3,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3804] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(77), 2,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    ACTIONS(79), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3896] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 7,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 9,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [3972] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4066] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(79), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 7,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4150] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 7,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 9,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [4226] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(143), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4320] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(145), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4414] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(147), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4508] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(149), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4602] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(151), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4696] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(153), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4790] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(155), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4884] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(157), 2,
      anon_sym_RBRACE,
      anon_sym_COMMA,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4978] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(51), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(45), 8,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [5060] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(51), 8,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
    ACTIONS(45), 10,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [5132] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(159), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5226] = 19,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 6,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 8,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [5306] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 5,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5394] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 6,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5479] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(107), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5570] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(79), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 7,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5651] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(149), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5742] = 16,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 7,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 9,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [5815] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(151), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5906] = 16,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 7,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 9,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [5979] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(153), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6070] = 24,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(77), 2,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    ACTIONS(79), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6159] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(155), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6250] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(185), 1,
      anon_sym_DOT,
    STATE(74), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(181), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(183), 23,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [6301] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(185), 1,
      anon_sym_DOT,
    STATE(75), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(187), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(189), 23,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [6352] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(195), 1,
      anon_sym_DOT,
    STATE(75), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(191), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(193), 23,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [6403] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(198), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6496] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(200), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6589] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(202), 1,
      anon_sym_then,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6682] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(51), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(45), 9,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [6763] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(204), 1,
      anon_sym_RPAREN,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6856] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(206), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6949] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(179), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(51), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(45), 11,
      ts_builtin_sym_end,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [7020] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(208), 1,
      anon_sym_RPAREN,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7113] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(61), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7206] = 19,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(79), 4,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 9,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [7285] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(218), 1,
      ts_builtin_sym_end,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7378] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 8,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [7461] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(77), 4,
      ts_builtin_sym_end,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7548] = 24,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(77), 3,
      ts_builtin_sym_end,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7637] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 10,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [7712] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(220), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7805] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(77), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7898] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 8,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [7981] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 10,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [8056] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(222), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8149] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(81), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8242] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(224), 1,
      anon_sym_else,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8335] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(83), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8428] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(79), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 7,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8509] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(157), 2,
      anon_sym_RBRACE,
      anon_sym_COMMA,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8600] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(226), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8693] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(228), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8786] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(230), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8879] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(232), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8972] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(234), 1,
      anon_sym_RPAREN,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9065] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(236), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9158] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(85), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9251] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(87), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9344] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(89), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9437] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(238), 1,
      anon_sym_else,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9530] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(91), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9623] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(93), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9716] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(95), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9809] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9900] = 19,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(51), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(45), 8,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [9979] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(145), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10070] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(51), 8,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
    ACTIONS(45), 10,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [10139] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 3,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10226] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(159), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10317] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(240), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10410] = 18,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 6,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 8,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [10487] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(147), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10578] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 5,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10663] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(242), 1,
      anon_sym_then,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10756] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(244), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10849] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(246), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10942] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(248), 1,
      anon_sym_then,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11035] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(250), 1,
      anon_sym_else,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11128] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(143), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11219] = 19,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(51), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(45), 9,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [11297] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(51), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(45), 11,
      ts_builtin_sym_end,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [11365] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(208), 1,
      anon_sym_RPAREN,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11455] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(218), 1,
      ts_builtin_sym_end,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11545] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(61), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11635] = 18,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(79), 4,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 9,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [11711] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(77), 6,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11793] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 8,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [11873] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(77), 4,
      ts_builtin_sym_end,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11957] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(77), 3,
      ts_builtin_sym_end,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [12043] = 16,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 10,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [12115] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(77), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [12205] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 8,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [12285] = 16,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
    ACTIONS(77), 10,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [12357] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(222), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [12447] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(256), 1,
      anon_sym_DOT,
    ACTIONS(252), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(254), 23,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [12495] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(258), 15,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(260), 23,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [12541] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(262), 15,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(264), 23,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [12587] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(270), 1,
      anon_sym_DOT,
    ACTIONS(266), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(268), 23,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [12635] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(276), 1,
      anon_sym_DOT,
    ACTIONS(272), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(274), 23,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [12683] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 15,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(280), 23,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [12729] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(282), 15,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(284), 23,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [12775] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(198), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [12865] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(81), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [12955] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(242), 1,
      anon_sym_then,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13045] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(204), 1,
      anon_sym_RPAREN,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13135] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(83), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13225] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(220), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13315] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(234), 1,
      anon_sym_RPAREN,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13405] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(224), 1,
      anon_sym_else,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13495] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(236), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13585] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(85), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13675] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(206), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13765] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(226), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13855] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(87), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13945] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(228), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14035] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(230), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14125] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(89), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14215] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(232), 1,
      anon_sym_RBRACE,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14305] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(240), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14395] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(238), 1,
      anon_sym_else,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14485] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(91), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14575] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(93), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14665] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(202), 1,
      anon_sym_then,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14755] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(95), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(177), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(161), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(163), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(283), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14845] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(244), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14935] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(246), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [15025] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(248), 1,
      anon_sym_then,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [15115] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(129), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(250), 1,
      anon_sym_else,
    STATE(281), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(101), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(266), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [15205] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(57), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(200), 1,
      anon_sym_SEMI,
    STATE(252), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(41), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(254), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [15295] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      sym_identifier,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(15), 1,
      anon_sym_assert,
    ACTIONS(17), 1,
      anon_sym_with,
    ACTIONS(19), 1,
      anon_sym_let,
    ACTIONS(21), 1,
      anon_sym_if,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(547), 1,
      sym_formals,
    ACTIONS(286), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(171), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(435), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(288), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(510), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(111), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [15376] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(292), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(72), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(383), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(294), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(542), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(56), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [15457] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(312), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(158), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(411), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(314), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(577), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(105), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [15538] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(258), 13,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(260), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [15583] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      sym_identifier,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(15), 1,
      anon_sym_assert,
    ACTIONS(17), 1,
      anon_sym_with,
    ACTIONS(19), 1,
      anon_sym_let,
    ACTIONS(21), 1,
      anon_sym_if,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(547), 1,
      sym_formals,
    ACTIONS(328), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(156), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(413), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(330), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(496), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(98), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [15664] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(332), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(160), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(418), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(334), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(595), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(106), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [15745] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      sym_identifier,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(15), 1,
      anon_sym_assert,
    ACTIONS(17), 1,
      anon_sym_with,
    ACTIONS(19), 1,
      anon_sym_let,
    ACTIONS(21), 1,
      anon_sym_if,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(547), 1,
      sym_formals,
    ACTIONS(336), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(161), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(421), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(338), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(498), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(107), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [15826] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      sym_identifier,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(15), 1,
      anon_sym_assert,
    ACTIONS(17), 1,
      anon_sym_with,
    ACTIONS(19), 1,
      anon_sym_let,
    ACTIONS(21), 1,
      anon_sym_if,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(547), 1,
      sym_formals,
    ACTIONS(340), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(164), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(445), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(342), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(500), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(108), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [15907] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      sym_identifier,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(15), 1,
      anon_sym_assert,
    ACTIONS(17), 1,
      anon_sym_with,
    ACTIONS(19), 1,
      anon_sym_let,
    ACTIONS(21), 1,
      anon_sym_if,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(547), 1,
      sym_formals,
    ACTIONS(344), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(134), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(434), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(346), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(513), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(84), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [15988] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      sym_identifier,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(15), 1,
      anon_sym_assert,
    ACTIONS(17), 1,
      anon_sym_with,
    ACTIONS(19), 1,
      anon_sym_let,
    ACTIONS(21), 1,
      anon_sym_if,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(547), 1,
      sym_formals,
    ACTIONS(348), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(167), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(426), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(350), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(503), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(109), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16069] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(352), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(170), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(428), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(354), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(562), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(110), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16150] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(262), 13,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(264), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [16195] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(356), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(154), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(420), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(358), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(597), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(124), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16276] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(364), 2,
      anon_sym_COLON,
      anon_sym_AT,
    ACTIONS(362), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(360), 23,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [16323] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(366), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(129), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(398), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(368), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(543), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(50), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16404] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(370), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(144), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(442), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(372), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(583), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(95), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16485] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(374), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(162), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(437), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(376), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(569), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(81), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16566] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(378), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(122), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(382), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(380), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(528), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(52), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16647] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(382), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(64), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(400), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(384), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(548), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(42), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16728] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(386), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(66), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(401), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(388), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(530), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(53), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16809] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(390), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(169), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(419), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(392), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(575), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(120), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16890] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(394), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(152), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(412), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(396), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(588), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(76), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16971] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(398), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(179), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(416), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(400), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(567), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(77), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17052] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(402), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(155), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(424), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(404), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(558), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(80), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17133] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(406), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(25), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(360), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(408), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(513), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(4), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17214] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(410), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(100), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(389), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(412), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(550), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(57), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17295] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(414), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(22), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(374), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(416), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(504), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(14), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17376] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(418), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(132), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(436), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(420), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(554), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(83), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17457] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(422), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(68), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(402), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(424), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(534), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(54), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17538] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(426), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(36), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(361), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(428), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(496), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(15), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17619] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      sym_identifier,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(15), 1,
      anon_sym_assert,
    ACTIONS(17), 1,
      anon_sym_with,
    ACTIONS(19), 1,
      anon_sym_let,
    ACTIONS(21), 1,
      anon_sym_if,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(547), 1,
      sym_formals,
    ACTIONS(430), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(172), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(444), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(432), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(517), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(112), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17700] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      sym_identifier,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(15), 1,
      anon_sym_assert,
    ACTIONS(17), 1,
      anon_sym_with,
    ACTIONS(19), 1,
      anon_sym_let,
    ACTIONS(21), 1,
      anon_sym_if,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(547), 1,
      sym_formals,
    ACTIONS(434), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(153), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(431), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(436), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(504), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(96), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17781] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      sym_identifier,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(15), 1,
      anon_sym_assert,
    ACTIONS(17), 1,
      anon_sym_with,
    ACTIONS(19), 1,
      anon_sym_let,
    ACTIONS(21), 1,
      anon_sym_if,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(547), 1,
      sym_formals,
    ACTIONS(438), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(174), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(423), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(440), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(505), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(113), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17862] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(442), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(37), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(364), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(444), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(498), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(16), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17943] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(446), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(38), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(369), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(448), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(500), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(17), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18024] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(450), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(39), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(353), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(452), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(503), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(18), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18105] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(454), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(159), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(415), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(456), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(559), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(97), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18186] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(458), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(40), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(355), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(460), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(510), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(19), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18267] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(462), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(173), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(404), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(464), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(600), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(78), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18348] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(466), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(41), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(354), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(468), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(517), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(20), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18429] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(470), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(35), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(358), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(472), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(505), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(21), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18510] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(474), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(116), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(399), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(476), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(536), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(51), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18591] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(478), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(163), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(438), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(480), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(553), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(101), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18672] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(482), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(165), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(406), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(484), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(571), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(102), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18753] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(486), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(166), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(408), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(488), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(586), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(103), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18834] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(490), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(168), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(410), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(492), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(596), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(104), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18915] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(494), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(119), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(386), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(496), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(531), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(60), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18996] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(498), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(70), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(403), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(500), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(538), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(55), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [19077] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(502), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(175), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(439), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(504), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(572), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(125), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [19158] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(506), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(176), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(440), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(508), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(576), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(126), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [19239] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(510), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(177), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(441), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(512), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(581), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(127), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [19320] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(290), 1,
      sym_identifier,
    ACTIONS(296), 1,
      anon_sym_LBRACE,
    ACTIONS(298), 1,
      anon_sym_assert,
    ACTIONS(300), 1,
      anon_sym_with,
    ACTIONS(302), 1,
      anon_sym_let,
    ACTIONS(304), 1,
      anon_sym_if,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    STATE(539), 1,
      sym_formals,
    ACTIONS(514), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(178), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(443), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(516), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(587), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(128), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [19401] = 21,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(13), 1,
      anon_sym_LBRACE,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(310), 1,
      sym_identifier,
    ACTIONS(316), 1,
      anon_sym_assert,
    ACTIONS(318), 1,
      anon_sym_with,
    ACTIONS(320), 1,
      anon_sym_let,
    ACTIONS(322), 1,
      anon_sym_if,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    STATE(545), 1,
      sym_formals,
    ACTIONS(518), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(157), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(409), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(520), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(592), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(91), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [19482] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(524), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(522), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [19526] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(528), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(526), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [19570] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(532), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(530), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [19614] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(362), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(360), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [19658] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(536), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(534), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [19702] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(540), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(538), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [19746] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(544), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(542), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [19790] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(546), 1,
      anon_sym_COLON,
    ACTIONS(548), 1,
      anon_sym_AT,
    ACTIONS(528), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(526), 22,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [19838] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(552), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(550), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [19882] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(556), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(554), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [19926] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(552), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(550), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [19970] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(560), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(558), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20014] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(564), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(562), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20058] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(568), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(566), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20102] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(572), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(570), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20146] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(574), 11,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(576), 23,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20191] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(574), 11,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(576), 24,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20234] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(582), 1,
      anon_sym_or,
    ACTIONS(578), 11,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(580), 23,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20279] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(584), 1,
      anon_sym_COLON,
    ACTIONS(586), 1,
      anon_sym_AT,
    ACTIONS(528), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(526), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20325] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(590), 11,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(588), 23,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20367] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(364), 2,
      anon_sym_COLON,
      anon_sym_AT,
    ACTIONS(362), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(360), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20411] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(590), 11,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(588), 22,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_RPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20455] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(592), 1,
      anon_sym_DOT,
    STATE(256), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(181), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(183), 19,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20500] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(592), 1,
      anon_sym_DOT,
    STATE(258), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(187), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(189), 19,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20545] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(594), 1,
      anon_sym_COLON,
    ACTIONS(596), 1,
      anon_sym_AT,
    ACTIONS(528), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(526), 19,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20590] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(598), 1,
      anon_sym_DOT,
    STATE(258), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(191), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(193), 19,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20635] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(560), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(558), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20675] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(552), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(550), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20715] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(282), 13,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(284), 19,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20755] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(556), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(554), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20795] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 13,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(280), 19,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20835] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(572), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(570), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20875] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(564), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(562), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20915] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(590), 13,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(588), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20957] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(532), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(530), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [20997] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(544), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(542), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21037] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(524), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(522), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21077] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(568), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(566), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21117] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(528), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(526), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21157] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(601), 1,
      anon_sym_or,
    ACTIONS(578), 13,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(580), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21199] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(362), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(360), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21239] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(603), 1,
      anon_sym_DOT,
    ACTIONS(266), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(268), 19,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21281] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(605), 1,
      anon_sym_DOT,
    ACTIONS(272), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(274), 19,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21323] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(536), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(534), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21363] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(552), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(550), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21403] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(540), 14,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(538), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21443] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(607), 1,
      anon_sym_DOT,
    ACTIONS(252), 12,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_or,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(254), 19,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21485] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(574), 13,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(576), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21527] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(590), 13,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(588), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21566] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(574), 11,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(576), 19,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21607] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(179), 1,
      anon_sym_DOT,
    ACTIONS(590), 11,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(588), 19,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21648] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(574), 13,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(576), 18,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21687] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(609), 1,
      anon_sym_or,
    ACTIONS(578), 11,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(580), 19,
      ts_builtin_sym_end,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_QMARK,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [21728] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(611), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(131), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(349), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(613), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(82), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [21787] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    ACTIONS(615), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(23), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(371), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(617), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(2), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [21846] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    ACTIONS(619), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(24), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(349), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(621), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(3), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [21905] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    ACTIONS(623), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(99), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(391), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(625), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(43), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [21964] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    ACTIONS(627), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(26), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(363), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(629), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(5), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22023] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    ACTIONS(631), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(27), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(367), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(633), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(6), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22082] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    ACTIONS(635), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(28), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(370), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(637), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(7), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22141] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    ACTIONS(639), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(29), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(373), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(641), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(8), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22200] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    ACTIONS(643), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(372), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(645), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(9), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22259] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    ACTIONS(647), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(31), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(357), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(649), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(10), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22318] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    ACTIONS(651), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(32), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(362), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(653), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(11), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22377] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    ACTIONS(655), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(33), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(356), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(657), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(12), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22436] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(324), 1,
      anon_sym_BANG,
    ACTIONS(326), 1,
      anon_sym_DASH,
    ACTIONS(659), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(34), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(359), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(661), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(13), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22495] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    ACTIONS(663), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(115), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(384), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(665), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(58), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22554] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    ACTIONS(667), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(117), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(385), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(669), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(59), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22613] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(671), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(142), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(432), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(673), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(93), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22672] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(675), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(136), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(430), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(677), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(63), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22731] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(679), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(130), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(427), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(681), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(79), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22790] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    ACTIONS(683), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(118), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(392), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(685), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(44), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22849] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(687), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(141), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(429), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(689), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(92), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22908] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    ACTIONS(691), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(71), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(393), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(693), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(45), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [22967] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(262), 7,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_DQUOTE,
      anon_sym_EQ,
    ACTIONS(264), 20,
      ts_builtin_sym_end,
      sym_identifier,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_RPAREN,
      sym__plain_string,
      anon_sym_DOLLAR_LBRACE,
  [23002] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    ACTIONS(695), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(67), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(394), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(697), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(46), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23061] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(699), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(137), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(407), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(701), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(87), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23120] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(258), 7,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_DQUOTE,
      anon_sym_EQ,
    ACTIONS(260), 20,
      ts_builtin_sym_end,
      sym_identifier,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_RPAREN,
      sym__plain_string,
      anon_sym_DOLLAR_LBRACE,
  [23155] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(703), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(143), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(433), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(705), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(94), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23214] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    ACTIONS(707), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(114), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(395), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(709), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(47), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23273] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    ACTIONS(711), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(65), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(396), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(713), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(48), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23332] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(715), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(138), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(417), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(717), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(88), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23391] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    ACTIONS(719), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(69), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(397), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(721), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(49), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23450] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(282), 7,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_DQUOTE,
      anon_sym_EQ,
    ACTIONS(284), 20,
      ts_builtin_sym_end,
      sym_identifier,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_RPAREN,
      sym__plain_string,
      anon_sym_DOLLAR_LBRACE,
  [23485] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(723), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(139), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(422), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(725), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(89), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23544] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(727), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(140), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(425), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(729), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(90), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23603] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(23), 1,
      anon_sym_BANG,
    ACTIONS(25), 1,
      anon_sym_DASH,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(731), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(135), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(414), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(733), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(85), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23662] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    ACTIONS(735), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(121), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(388), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(737), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(61), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23721] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(306), 1,
      anon_sym_BANG,
    ACTIONS(308), 1,
      anon_sym_DASH,
    ACTIONS(739), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(123), 2,
      sym_apply_expression,
      sym_select_expression,
    STATE(390), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    ACTIONS(741), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(62), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23780] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(743), 1,
      anon_sym_DOT,
    STATE(325), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(181), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(183), 16,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_RPAREN,
  [23816] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(745), 1,
      anon_sym_DOT,
    STATE(323), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(191), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(193), 16,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_RPAREN,
  [23852] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(752), 1,
      anon_sym_RBRACK,
    STATE(329), 1,
      aux_sym_list_expression_repeat1,
    STATE(451), 1,
      sym_select_expression,
    ACTIONS(748), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(750), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(446), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [23908] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(743), 1,
      anon_sym_DOT,
    STATE(323), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(187), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(189), 16,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_RPAREN,
  [23944] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(754), 1,
      anon_sym_RBRACK,
    STATE(337), 1,
      aux_sym_list_expression_repeat1,
    STATE(451), 1,
      sym_select_expression,
    ACTIONS(748), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(750), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(446), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24000] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(760), 1,
      anon_sym_RBRACK,
    STATE(346), 1,
      sym_select_expression,
    ACTIONS(756), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(758), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(336), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24053] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(766), 1,
      anon_sym_RBRACK,
    STATE(343), 1,
      sym_select_expression,
    ACTIONS(762), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(764), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(331), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24106] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(768), 1,
      anon_sym_RBRACK,
    STATE(340), 1,
      aux_sym_list_expression_repeat1,
    STATE(451), 1,
      sym_select_expression,
    ACTIONS(748), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(750), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(446), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24159] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(280), 17,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
      anon_sym_RPAREN,
  [24190] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(774), 1,
      anon_sym_RBRACK,
    STATE(334), 1,
      sym_select_expression,
    ACTIONS(770), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(772), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(324), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24243] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(776), 1,
      anon_sym_RBRACK,
    STATE(340), 1,
      aux_sym_list_expression_repeat1,
    STATE(451), 1,
      sym_select_expression,
    ACTIONS(748), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(750), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(446), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24296] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(778), 1,
      anon_sym_DOT,
    ACTIONS(272), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(274), 16,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_RPAREN,
  [24329] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(752), 1,
      anon_sym_RBRACK,
    STATE(332), 1,
      aux_sym_list_expression_repeat1,
    STATE(451), 1,
      sym_select_expression,
    ACTIONS(748), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(750), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(446), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24382] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(754), 1,
      anon_sym_RBRACK,
    STATE(341), 1,
      aux_sym_list_expression_repeat1,
    STATE(451), 1,
      sym_select_expression,
    ACTIONS(748), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(750), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(446), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24435] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(784), 1,
      anon_sym_RBRACK,
    STATE(335), 1,
      sym_select_expression,
    ACTIONS(780), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(782), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(326), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24488] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(786), 1,
      anon_sym_RBRACK,
    STATE(340), 1,
      aux_sym_list_expression_repeat1,
    STATE(451), 1,
      sym_select_expression,
    ACTIONS(748), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(750), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(446), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24541] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(788), 1,
      anon_sym_DOT,
    ACTIONS(266), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(268), 16,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_RPAREN,
  [24574] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(790), 1,
      anon_sym_DOT,
    ACTIONS(252), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(254), 16,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_RPAREN,
  [24607] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(801), 1,
      anon_sym_LBRACE,
    ACTIONS(804), 1,
      anon_sym_LPAREN,
    ACTIONS(807), 1,
      anon_sym_rec,
    ACTIONS(810), 1,
      anon_sym_LBRACK,
    ACTIONS(813), 1,
      anon_sym_RBRACK,
    ACTIONS(815), 1,
      anon_sym_DQUOTE,
    ACTIONS(818), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(340), 1,
      aux_sym_list_expression_repeat1,
    STATE(451), 1,
      sym_select_expression,
    ACTIONS(795), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(798), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(446), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24660] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(821), 1,
      anon_sym_RBRACK,
    STATE(340), 1,
      aux_sym_list_expression_repeat1,
    STATE(451), 1,
      sym_select_expression,
    ACTIONS(748), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(750), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(446), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24713] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(760), 1,
      anon_sym_RBRACK,
    STATE(346), 1,
      sym_select_expression,
    ACTIONS(756), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(758), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(336), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24763] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(774), 1,
      anon_sym_RBRACK,
    STATE(334), 1,
      sym_select_expression,
    ACTIONS(770), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(772), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(324), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24813] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(827), 1,
      anon_sym_RBRACK,
    STATE(342), 1,
      sym_select_expression,
    ACTIONS(823), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(825), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(327), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24863] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(766), 1,
      anon_sym_RBRACK,
    STATE(343), 1,
      sym_select_expression,
    ACTIONS(762), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(764), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(331), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24913] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(784), 1,
      anon_sym_RBRACK,
    STATE(335), 1,
      sym_select_expression,
    ACTIONS(780), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(782), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(326), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [24963] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    ACTIONS(833), 1,
      anon_sym_RBRACK,
    STATE(345), 1,
      sym_select_expression,
    ACTIONS(829), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(831), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(328), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [25013] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(837), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(835), 16,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_RPAREN,
  [25042] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(51), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(45), 16,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_QMARK,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_RPAREN,
  [25071] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    STATE(249), 1,
      sym_select_expression,
    ACTIONS(839), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(841), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(248), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [25118] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym_identifier,
    ACTIONS(103), 1,
      anon_sym_LBRACE,
    ACTIONS(133), 1,
      anon_sym_LPAREN,
    ACTIONS(135), 1,
      anon_sym_rec,
    ACTIONS(137), 1,
      anon_sym_LBRACK,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(141), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(284), 1,
      sym_select_expression,
    ACTIONS(843), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(845), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(280), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [25165] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      anon_sym_LPAREN,
    ACTIONS(29), 1,
      anon_sym_rec,
    ACTIONS(31), 1,
      anon_sym_LBRACK,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(35), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(37), 1,
      sym_identifier,
    ACTIONS(43), 1,
      anon_sym_LBRACE,
    STATE(249), 1,
      sym_select_expression,
    ACTIONS(847), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(849), 4,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      sym__plain_string,
    STATE(282), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [25212] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(89), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [25262] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(93), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [25312] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(91), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [25362] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(77), 11,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
  [25402] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(77), 13,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [25434] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(95), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [25484] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(77), 13,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [25516] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(61), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [25566] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(83), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [25616] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [25666] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 4,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    ACTIONS(77), 12,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [25702] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(85), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [25752] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(853), 1,
      anon_sym_DOT,
    STATE(365), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(191), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(193), 13,
      anon_sym_QMARK,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
  [25784] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(856), 1,
      anon_sym_DOT,
    STATE(368), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(181), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(183), 13,
      anon_sym_QMARK,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
  [25816] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 9,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
  [25858] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(856), 1,
      anon_sym_DOT,
    STATE(365), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(187), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(189), 13,
      anon_sym_QMARK,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
  [25890] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(87), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [25940] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(77), 11,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
  [25980] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(51), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(45), 12,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_RPAREN,
  [26018] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 6,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
  [26064] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 7,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
  [26108] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(81), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [26158] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(858), 1,
      anon_sym_DOT,
    ACTIONS(252), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(254), 13,
      anon_sym_QMARK,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
  [26187] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(860), 1,
      anon_sym_DOT,
    ACTIONS(266), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(268), 13,
      anon_sym_QMARK,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
  [26216] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(262), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(264), 14,
      anon_sym_QMARK,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
  [26243] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(282), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(284), 14,
      anon_sym_QMARK,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
  [26270] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(862), 1,
      anon_sym_DOT,
    ACTIONS(272), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(274), 13,
      anon_sym_QMARK,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
  [26299] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(258), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(260), 14,
      anon_sym_QMARK,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
  [26326] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(280), 14,
      anon_sym_QMARK,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
      anon_sym_DOT,
  [26353] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(85), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [26401] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(95), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [26449] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(51), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(45), 10,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [26485] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(51), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(45), 13,
      anon_sym_QMARK,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
  [26511] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(61), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [26559] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(837), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(835), 13,
      anon_sym_QMARK,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
      anon_sym_PLUS_PLUS,
  [26585] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 4,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    ACTIONS(77), 10,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [26619] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(157), 2,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [26667] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 7,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [26707] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(77), 9,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [26745] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 5,
      anon_sym_then,
      anon_sym_else,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [26787] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [26831] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(77), 11,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [26861] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(77), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [26909] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(77), 9,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [26947] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(77), 11,
      anon_sym_then,
      anon_sym_else,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [26977] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(81), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27025] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(83), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27073] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(87), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27121] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(89), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27169] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(91), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27217] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(93), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27265] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(866), 1,
      anon_sym_then,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27312] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(218), 1,
      ts_builtin_sym_end,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
  [27359] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(228), 1,
      anon_sym_RBRACE,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27406] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(77), 8,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [27443] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(230), 1,
      anon_sym_RBRACE,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27490] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(220), 1,
      anon_sym_RBRACE,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27537] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(232), 1,
      anon_sym_RBRACE,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27584] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(234), 1,
      anon_sym_RPAREN,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27631] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(198), 1,
      anon_sym_SEMI,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27678] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(83), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
  [27725] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 4,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    ACTIONS(77), 9,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [27758] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(870), 1,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27805] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(200), 1,
      anon_sym_SEMI,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27852] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(77), 4,
      ts_builtin_sym_end,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [27893] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(236), 1,
      anon_sym_SEMI,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27940] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(240), 1,
      anon_sym_SEMI,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [27987] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(872), 1,
      anon_sym_then,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [28034] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(85), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
  [28081] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(77), 3,
      ts_builtin_sym_end,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [28124] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(95), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
  [28171] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(204), 1,
      anon_sym_RPAREN,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [28218] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(77), 10,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [28247] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(89), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
  [28294] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(51), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(45), 9,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [28329] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(874), 1,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [28376] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(77), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
  [28423] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 6,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [28462] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(81), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
  [28509] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(77), 8,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [28546] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(77), 10,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_STAR,
      anon_sym_DASH_GT,
      anon_sym_SLASH_SLASH,
  [28575] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(61), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
  [28622] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(91), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
  [28669] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(208), 1,
      anon_sym_RPAREN,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [28716] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(206), 1,
      anon_sym_SEMI,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [28763] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(226), 1,
      anon_sym_RBRACE,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [28810] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(244), 1,
      anon_sym_SEMI,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [28857] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(246), 1,
      anon_sym_SEMI,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [28904] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(876), 1,
      anon_sym_then,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [28951] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(69), 1,
      anon_sym_AMP_AMP,
    ACTIONS(71), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(73), 1,
      anon_sym_DASH_GT,
    ACTIONS(75), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(222), 1,
      anon_sym_RBRACE,
    ACTIONS(851), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(49), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(63), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(65), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(67), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [28998] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(117), 1,
      anon_sym_AMP_AMP,
    ACTIONS(119), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(125), 1,
      anon_sym_DASH_GT,
    ACTIONS(127), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(864), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(878), 1,
      anon_sym_else,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(111), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(113), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(115), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [29045] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(93), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
  [29092] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(87), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      anon_sym_STAR,
    ACTIONS(173), 1,
      anon_sym_SLASH,
    ACTIONS(175), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(212), 1,
      anon_sym_AMP_AMP,
    ACTIONS(214), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(216), 1,
      anon_sym_DASH_GT,
    ACTIONS(868), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(169), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(210), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
  [29139] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(880), 5,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(882), 9,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [29164] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(886), 1,
      anon_sym_RBRACE,
    ACTIONS(888), 1,
      sym_ellipses,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    STATE(525), 1,
      sym_formal,
    STATE(582), 1,
      sym_attrpath,
    STATE(601), 1,
      sym_binding_set,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(457), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29207] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(888), 1,
      sym_ellipses,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(898), 1,
      anon_sym_RBRACE,
    STATE(525), 1,
      sym_formal,
    STATE(570), 1,
      sym_binding_set,
    STATE(582), 1,
      sym_attrpath,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(457), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29250] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(900), 1,
      sym_identifier,
    ACTIONS(902), 1,
      anon_sym_RBRACE,
    ACTIONS(904), 1,
      anon_sym_in,
    STATE(450), 1,
      aux_sym_binding_set_repeat1,
    STATE(582), 1,
      sym_attrpath,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(476), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29290] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(906), 1,
      sym_identifier,
    ACTIONS(909), 1,
      anon_sym_RBRACE,
    ACTIONS(911), 1,
      anon_sym_in,
    ACTIONS(913), 1,
      anon_sym_DQUOTE,
    ACTIONS(916), 1,
      sym__plain_string,
    ACTIONS(919), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(922), 1,
      anon_sym_inherit,
    STATE(450), 1,
      aux_sym_binding_set_repeat1,
    STATE(582), 1,
      sym_attrpath,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(476), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29330] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(880), 5,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_rec,
      anon_sym_DQUOTE,
    ACTIONS(882), 9,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_SQUOTE_SQUOTE,
      sym__plain_string,
  [29352] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(900), 1,
      sym_identifier,
    ACTIONS(925), 1,
      anon_sym_RBRACE,
    ACTIONS(927), 1,
      anon_sym_in,
    STATE(449), 1,
      aux_sym_binding_set_repeat1,
    STATE(582), 1,
      sym_attrpath,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(476), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29392] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(900), 1,
      sym_identifier,
    ACTIONS(929), 1,
      anon_sym_in,
    STATE(582), 1,
      sym_attrpath,
    STATE(590), 1,
      sym_binding_set,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(457), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29429] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(900), 1,
      sym_identifier,
    ACTIONS(931), 1,
      anon_sym_RBRACE,
    STATE(570), 1,
      sym_binding_set,
    STATE(582), 1,
      sym_attrpath,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(457), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29466] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(900), 1,
      sym_identifier,
    ACTIONS(933), 1,
      anon_sym_RBRACE,
    ACTIONS(935), 1,
      anon_sym_in,
    STATE(582), 1,
      sym_attrpath,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(460), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29503] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(900), 1,
      sym_identifier,
    ACTIONS(937), 1,
      anon_sym_RBRACE,
    STATE(582), 1,
      sym_attrpath,
    STATE(601), 1,
      sym_binding_set,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(457), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29540] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(900), 1,
      sym_identifier,
    ACTIONS(939), 1,
      anon_sym_RBRACE,
    ACTIONS(941), 1,
      anon_sym_in,
    STATE(582), 1,
      sym_attrpath,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(455), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29577] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(900), 1,
      sym_identifier,
    ACTIONS(943), 1,
      anon_sym_in,
    STATE(578), 1,
      sym_binding_set,
    STATE(582), 1,
      sym_attrpath,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(457), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29614] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(900), 1,
      sym_identifier,
    ACTIONS(945), 1,
      anon_sym_in,
    STATE(579), 1,
      sym_binding_set,
    STATE(582), 1,
      sym_attrpath,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(457), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29651] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(900), 1,
      sym_identifier,
    ACTIONS(947), 1,
      anon_sym_RBRACE,
    ACTIONS(949), 1,
      anon_sym_in,
    STATE(582), 1,
      sym_attrpath,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(452), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29688] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(900), 1,
      sym_identifier,
    ACTIONS(951), 1,
      anon_sym_RBRACE,
    STATE(568), 1,
      sym_binding_set,
    STATE(582), 1,
      sym_attrpath,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(457), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29725] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(892), 1,
      sym__plain_string,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(896), 1,
      anon_sym_inherit,
    ACTIONS(900), 1,
      sym_identifier,
    ACTIONS(953), 1,
      anon_sym_RBRACE,
    STATE(555), 1,
      sym_binding_set,
    STATE(582), 1,
      sym_attrpath,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(457), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [29762] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(957), 1,
      anon_sym_SEMI,
    ACTIONS(959), 1,
      anon_sym_LPAREN,
    STATE(465), 1,
      aux_sym_inherited_attrs_repeat1,
    STATE(565), 1,
      sym_inherited_attrs,
    ACTIONS(955), 2,
      sym_identifier,
      sym__plain_string,
    STATE(495), 2,
      sym_string_expression,
      sym_interpolation,
  [29792] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(961), 1,
      anon_sym_SEMI,
    STATE(465), 1,
      aux_sym_inherited_attrs_repeat1,
    STATE(599), 1,
      sym_inherited_attrs,
    ACTIONS(955), 2,
      sym_identifier,
      sym__plain_string,
    STATE(495), 2,
      sym_string_expression,
      sym_interpolation,
  [29819] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(963), 1,
      anon_sym_SEMI,
    STATE(466), 1,
      aux_sym_inherited_attrs_repeat1,
    ACTIONS(955), 2,
      sym_identifier,
      sym__plain_string,
    STATE(495), 2,
      sym_string_expression,
      sym_interpolation,
  [29843] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(968), 1,
      anon_sym_SEMI,
    ACTIONS(970), 1,
      anon_sym_DQUOTE,
    ACTIONS(973), 1,
      anon_sym_DOLLAR_LBRACE,
    STATE(466), 1,
      aux_sym_inherited_attrs_repeat1,
    ACTIONS(965), 2,
      sym_identifier,
      sym__plain_string,
    STATE(495), 2,
      sym_string_expression,
      sym_interpolation,
  [29867] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(978), 3,
      anon_sym_RBRACE,
      sym__plain_string,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(976), 4,
      sym_identifier,
      anon_sym_in,
      anon_sym_DQUOTE,
      anon_sym_inherit,
  [29882] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(982), 1,
      anon_sym_DOLLAR_LBRACE,
    STATE(250), 1,
      sym_attrpath,
    ACTIONS(980), 2,
      sym_identifier,
      sym__plain_string,
    STATE(145), 2,
      sym_string_expression,
      sym_interpolation,
  [29903] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(986), 3,
      anon_sym_RBRACE,
      sym__plain_string,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(984), 4,
      sym_identifier,
      anon_sym_in,
      anon_sym_DQUOTE,
      anon_sym_inherit,
  [29918] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    STATE(348), 1,
      sym_attrpath,
    ACTIONS(892), 2,
      sym_identifier,
      sym__plain_string,
    STATE(339), 2,
      sym_string_expression,
      sym_interpolation,
  [29939] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(990), 3,
      anon_sym_RBRACE,
      sym__plain_string,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(988), 4,
      sym_identifier,
      anon_sym_in,
      anon_sym_DQUOTE,
      anon_sym_inherit,
  [29954] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(994), 1,
      anon_sym_DOLLAR_LBRACE,
    STATE(285), 1,
      sym_attrpath,
    ACTIONS(992), 2,
      sym_identifier,
      sym__plain_string,
    STATE(279), 2,
      sym_string_expression,
      sym_interpolation,
  [29975] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(998), 3,
      anon_sym_RBRACE,
      sym__plain_string,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(996), 4,
      sym_identifier,
      anon_sym_in,
      anon_sym_DQUOTE,
      anon_sym_inherit,
  [29990] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(982), 1,
      anon_sym_DOLLAR_LBRACE,
    STATE(272), 1,
      sym_attrpath,
    ACTIONS(980), 2,
      sym_identifier,
      sym__plain_string,
    STATE(145), 2,
      sym_string_expression,
      sym_interpolation,
  [30011] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1002), 3,
      anon_sym_RBRACE,
      sym__plain_string,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1000), 4,
      sym_identifier,
      anon_sym_in,
      anon_sym_DQUOTE,
      anon_sym_inherit,
  [30026] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1006), 3,
      anon_sym_RBRACE,
      sym__plain_string,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1004), 4,
      sym_identifier,
      anon_sym_in,
      anon_sym_DQUOTE,
      anon_sym_inherit,
  [30041] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1010), 1,
      anon_sym_DQUOTE,
    ACTIONS(1012), 1,
      anon_sym_DOLLAR_LBRACE,
    STATE(387), 1,
      sym_attrpath,
    ACTIONS(1008), 2,
      sym_identifier,
      sym__plain_string,
    STATE(375), 2,
      sym_string_expression,
      sym_interpolation,
  [30062] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(994), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1014), 2,
      sym_identifier,
      sym__plain_string,
    STATE(274), 2,
      sym_string_expression,
      sym_interpolation,
  [30080] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1010), 1,
      anon_sym_DQUOTE,
    ACTIONS(1012), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1016), 2,
      sym_identifier,
      sym__plain_string,
    STATE(381), 2,
      sym_string_expression,
      sym_interpolation,
  [30098] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1018), 2,
      sym_identifier,
      sym__plain_string,
    STATE(322), 2,
      sym_string_expression,
      sym_interpolation,
  [30116] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(994), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1020), 2,
      sym_identifier,
      sym__plain_string,
    STATE(263), 2,
      sym_string_expression,
      sym_interpolation,
  [30134] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1022), 2,
      sym_identifier,
      sym__plain_string,
    STATE(333), 2,
      sym_string_expression,
      sym_interpolation,
  [30152] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(982), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1024), 2,
      sym_identifier,
      sym__plain_string,
    STATE(149), 2,
      sym_string_expression,
      sym_interpolation,
  [30170] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(982), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1026), 2,
      sym_identifier,
      sym__plain_string,
    STATE(73), 2,
      sym_string_expression,
      sym_interpolation,
  [30188] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1028), 2,
      sym_identifier,
      sym__plain_string,
    STATE(330), 2,
      sym_string_expression,
      sym_interpolation,
  [30206] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(982), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1030), 2,
      sym_identifier,
      sym__plain_string,
    STATE(150), 2,
      sym_string_expression,
      sym_interpolation,
  [30224] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_DQUOTE,
    ACTIONS(894), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1032), 2,
      sym_identifier,
      sym__plain_string,
    STATE(338), 2,
      sym_string_expression,
      sym_interpolation,
  [30242] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(994), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1034), 2,
      sym_identifier,
      sym__plain_string,
    STATE(275), 2,
      sym_string_expression,
      sym_interpolation,
  [30260] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1010), 1,
      anon_sym_DQUOTE,
    ACTIONS(1012), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1036), 2,
      sym_identifier,
      sym__plain_string,
    STATE(379), 2,
      sym_string_expression,
      sym_interpolation,
  [30278] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1010), 1,
      anon_sym_DQUOTE,
    ACTIONS(1012), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1038), 2,
      sym_identifier,
      sym__plain_string,
    STATE(366), 2,
      sym_string_expression,
      sym_interpolation,
  [30296] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(982), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1040), 2,
      sym_identifier,
      sym__plain_string,
    STATE(148), 2,
      sym_string_expression,
      sym_interpolation,
  [30314] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1010), 1,
      anon_sym_DQUOTE,
    ACTIONS(1012), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1042), 2,
      sym_identifier,
      sym__plain_string,
    STATE(376), 2,
      sym_string_expression,
      sym_interpolation,
  [30332] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(994), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1044), 2,
      sym_identifier,
      sym__plain_string,
    STATE(255), 2,
      sym_string_expression,
      sym_interpolation,
  [30350] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1046), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(1048), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1050), 1,
      sym_indented_string_fragment,
    STATE(502), 2,
      sym_interpolation,
      aux_sym_indented_string_expression_repeat1,
  [30367] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1054), 1,
      anon_sym_DQUOTE,
    ACTIONS(1052), 4,
      sym_identifier,
      anon_sym_SEMI,
      sym__plain_string,
      anon_sym_DOLLAR_LBRACE,
  [30380] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(83), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [30391] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1056), 1,
      anon_sym_DQUOTE,
    ACTIONS(1058), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1060), 1,
      sym_string_fragment,
    STATE(511), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [30408] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(85), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [30419] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1058), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1062), 1,
      anon_sym_DQUOTE,
    ACTIONS(1064), 1,
      sym_string_fragment,
    STATE(516), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [30436] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(87), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [30447] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1048), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1066), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(1068), 1,
      sym_indented_string_fragment,
    STATE(512), 2,
      sym_interpolation,
      aux_sym_indented_string_expression_repeat1,
  [30464] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1048), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1070), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(1072), 1,
      sym_indented_string_fragment,
    STATE(518), 2,
      sym_interpolation,
      aux_sym_indented_string_expression_repeat1,
  [30481] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(89), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [30492] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(81), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [30503] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [30514] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1058), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1074), 1,
      anon_sym_DQUOTE,
    ACTIONS(1076), 1,
      sym_string_fragment,
    STATE(499), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [30531] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(254), 1,
      anon_sym_EQ,
    ACTIONS(790), 1,
      anon_sym_DOT,
    ACTIONS(1080), 1,
      anon_sym_QMARK,
    ACTIONS(1078), 2,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [30548] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1058), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1082), 1,
      anon_sym_DQUOTE,
    ACTIONS(1084), 1,
      sym_string_fragment,
    STATE(509), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [30565] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1058), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1064), 1,
      sym_string_fragment,
    ACTIONS(1086), 1,
      anon_sym_DQUOTE,
    STATE(516), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [30582] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(91), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [30593] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1058), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1064), 1,
      sym_string_fragment,
    ACTIONS(1088), 1,
      anon_sym_DQUOTE,
    STATE(516), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [30610] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1048), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1072), 1,
      sym_indented_string_fragment,
    ACTIONS(1090), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(518), 2,
      sym_interpolation,
      aux_sym_indented_string_expression_repeat1,
  [30627] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(61), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [30638] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1058), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1092), 1,
      anon_sym_DQUOTE,
    ACTIONS(1094), 1,
      sym_string_fragment,
    STATE(515), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [30655] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1058), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1064), 1,
      sym_string_fragment,
    ACTIONS(1096), 1,
      anon_sym_DQUOTE,
    STATE(516), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [30672] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1098), 1,
      anon_sym_DQUOTE,
    ACTIONS(1100), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1103), 1,
      sym_string_fragment,
    STATE(516), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [30689] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(93), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [30700] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1106), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(1108), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(1111), 1,
      sym_indented_string_fragment,
    STATE(518), 2,
      sym_interpolation,
      aux_sym_indented_string_expression_repeat1,
  [30717] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(888), 1,
      sym_ellipses,
    ACTIONS(1114), 1,
      sym_identifier,
    ACTIONS(1116), 1,
      anon_sym_RBRACE,
    STATE(525), 1,
      sym_formal,
  [30733] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1114), 1,
      sym_identifier,
    ACTIONS(1118), 1,
      anon_sym_RBRACE,
    ACTIONS(1120), 1,
      sym_ellipses,
    STATE(535), 1,
      sym_formal,
  [30749] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1114), 1,
      sym_identifier,
    ACTIONS(1122), 1,
      anon_sym_RBRACE,
    ACTIONS(1124), 1,
      sym_ellipses,
    STATE(535), 1,
      sym_formal,
  [30765] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(284), 3,
      sym_string_fragment,
      anon_sym_DQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [30774] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1126), 1,
      anon_sym_RBRACE,
    ACTIONS(1128), 1,
      anon_sym_COMMA,
    STATE(526), 1,
      aux_sym_formals_repeat1,
  [30787] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(284), 3,
      sym_indented_string_fragment,
      anon_sym_SQUOTE_SQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [30796] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1130), 1,
      anon_sym_RBRACE,
    ACTIONS(1132), 1,
      anon_sym_COMMA,
    STATE(523), 1,
      aux_sym_formals_repeat1,
  [30809] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1134), 1,
      anon_sym_RBRACE,
    ACTIONS(1136), 1,
      anon_sym_COMMA,
    STATE(526), 1,
      aux_sym_formals_repeat1,
  [30822] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1080), 1,
      anon_sym_QMARK,
    ACTIONS(1078), 2,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [30833] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(85), 2,
      anon_sym_then,
      anon_sym_else,
  [30841] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1139), 1,
      anon_sym_LBRACE,
    STATE(557), 1,
      sym_formals,
  [30851] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(89), 2,
      anon_sym_then,
      anon_sym_else,
  [30859] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(61), 2,
      anon_sym_then,
      anon_sym_else,
  [30867] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1141), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [30875] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1139), 1,
      anon_sym_LBRACE,
    STATE(574), 1,
      sym_formals,
  [30885] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(91), 2,
      anon_sym_then,
      anon_sym_else,
  [30893] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1143), 2,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [30901] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(83), 2,
      anon_sym_then,
      anon_sym_else,
  [30909] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1145), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [30917] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(93), 2,
      anon_sym_then,
      anon_sym_else,
  [30925] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1147), 1,
      anon_sym_COLON,
    ACTIONS(1149), 1,
      anon_sym_AT,
  [30935] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1151), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [30943] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1153), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [30951] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 2,
      anon_sym_then,
      anon_sym_else,
  [30959] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(81), 2,
      anon_sym_then,
      anon_sym_else,
  [30967] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1114), 1,
      sym_identifier,
    STATE(535), 1,
      sym_formal,
  [30977] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1155), 1,
      anon_sym_COLON,
    ACTIONS(1157), 1,
      anon_sym_AT,
  [30987] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1159), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [30995] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1161), 1,
      anon_sym_COLON,
    ACTIONS(1163), 1,
      anon_sym_AT,
  [31005] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(87), 2,
      anon_sym_then,
      anon_sym_else,
  [31013] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1139), 1,
      anon_sym_LBRACE,
    STATE(584), 1,
      sym_formals,
  [31023] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(157), 2,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [31031] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1165), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [31039] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1167), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [31047] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(226), 1,
      anon_sym_RBRACE,
  [31054] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(208), 1,
      anon_sym_RPAREN,
  [31061] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1169), 1,
      anon_sym_RBRACE,
  [31068] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1171), 1,
      ts_builtin_sym_end,
  [31075] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1173), 1,
      anon_sym_COLON,
  [31082] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(204), 1,
      anon_sym_RPAREN,
  [31089] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(870), 1,
      anon_sym_else,
  [31096] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1175), 1,
      sym_identifier,
  [31103] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1177), 1,
      anon_sym_COLON,
  [31110] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(874), 1,
      anon_sym_else,
  [31117] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1179), 1,
      anon_sym_RBRACE,
  [31124] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1181), 1,
      anon_sym_LBRACE,
  [31131] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1183), 1,
      anon_sym_SEMI,
  [31138] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1185), 1,
      anon_sym_LBRACE,
  [31145] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(200), 1,
      anon_sym_SEMI,
  [31152] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1187), 1,
      anon_sym_RBRACE,
  [31159] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(206), 1,
      anon_sym_SEMI,
  [31166] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1189), 1,
      anon_sym_RBRACE,
  [31173] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(228), 1,
      anon_sym_RBRACE,
  [31180] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(244), 1,
      anon_sym_SEMI,
  [31187] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1191), 1,
      anon_sym_COLON,
  [31194] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1193), 1,
      anon_sym_COLON,
  [31201] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(240), 1,
      anon_sym_SEMI,
  [31208] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(246), 1,
      anon_sym_SEMI,
  [31215] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(234), 1,
      anon_sym_RPAREN,
  [31222] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1195), 1,
      anon_sym_in,
  [31229] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1197), 1,
      anon_sym_in,
  [31236] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(218), 1,
      ts_builtin_sym_end,
  [31243] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(876), 1,
      anon_sym_then,
  [31250] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1199), 1,
      anon_sym_EQ,
  [31257] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(222), 1,
      anon_sym_RBRACE,
  [31264] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1201), 1,
      anon_sym_COLON,
  [31271] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1203), 1,
      anon_sym_COLON,
  [31278] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(230), 1,
      anon_sym_RBRACE,
  [31285] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(878), 1,
      anon_sym_else,
  [31292] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(198), 1,
      anon_sym_SEMI,
  [31299] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1205), 1,
      anon_sym_RBRACE,
  [31306] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1207), 1,
      anon_sym_in,
  [31313] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1209), 1,
      anon_sym_RBRACE,
  [31320] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(220), 1,
      anon_sym_RBRACE,
  [31327] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1211), 1,
      sym_identifier,
  [31334] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1213), 1,
      sym_identifier,
  [31341] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(236), 1,
      anon_sym_SEMI,
  [31348] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(232), 1,
      anon_sym_RBRACE,
  [31355] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(872), 1,
      anon_sym_then,
  [31362] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(364), 1,
      anon_sym_COLON,
  [31369] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1215), 1,
      anon_sym_SEMI,
  [31376] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(866), 1,
      anon_sym_then,
  [31383] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1217), 1,
      anon_sym_RBRACE,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 84,
  [SMALL_STATE(4)] = 158,
  [SMALL_STATE(5)] = 254,
  [SMALL_STATE(6)] = 336,
  [SMALL_STATE(7)] = 424,
  [SMALL_STATE(8)] = 510,
  [SMALL_STATE(9)] = 600,
  [SMALL_STATE(10)] = 692,
  [SMALL_STATE(11)] = 770,
  [SMALL_STATE(12)] = 866,
  [SMALL_STATE(13)] = 952,
  [SMALL_STATE(14)] = 1030,
  [SMALL_STATE(15)] = 1126,
  [SMALL_STATE(16)] = 1222,
  [SMALL_STATE(17)] = 1318,
  [SMALL_STATE(18)] = 1414,
  [SMALL_STATE(19)] = 1510,
  [SMALL_STATE(20)] = 1606,
  [SMALL_STATE(21)] = 1702,
  [SMALL_STATE(22)] = 1798,
  [SMALL_STATE(23)] = 1891,
  [SMALL_STATE(24)] = 1972,
  [SMALL_STATE(25)] = 2043,
  [SMALL_STATE(26)] = 2136,
  [SMALL_STATE(27)] = 2215,
  [SMALL_STATE(28)] = 2300,
  [SMALL_STATE(29)] = 2383,
  [SMALL_STATE(30)] = 2470,
  [SMALL_STATE(31)] = 2559,
  [SMALL_STATE(32)] = 2634,
  [SMALL_STATE(33)] = 2727,
  [SMALL_STATE(34)] = 2810,
  [SMALL_STATE(35)] = 2885,
  [SMALL_STATE(36)] = 2978,
  [SMALL_STATE(37)] = 3071,
  [SMALL_STATE(38)] = 3164,
  [SMALL_STATE(39)] = 3257,
  [SMALL_STATE(40)] = 3350,
  [SMALL_STATE(41)] = 3443,
  [SMALL_STATE(42)] = 3536,
  [SMALL_STATE(43)] = 3630,
  [SMALL_STATE(44)] = 3714,
  [SMALL_STATE(45)] = 3804,
  [SMALL_STATE(46)] = 3896,
  [SMALL_STATE(47)] = 3972,
  [SMALL_STATE(48)] = 4066,
  [SMALL_STATE(49)] = 4150,
  [SMALL_STATE(50)] = 4226,
  [SMALL_STATE(51)] = 4320,
  [SMALL_STATE(52)] = 4414,
  [SMALL_STATE(53)] = 4508,
  [SMALL_STATE(54)] = 4602,
  [SMALL_STATE(55)] = 4696,
  [SMALL_STATE(56)] = 4790,
  [SMALL_STATE(57)] = 4884,
  [SMALL_STATE(58)] = 4978,
  [SMALL_STATE(59)] = 5060,
  [SMALL_STATE(60)] = 5132,
  [SMALL_STATE(61)] = 5226,
  [SMALL_STATE(62)] = 5306,
  [SMALL_STATE(63)] = 5394,
  [SMALL_STATE(64)] = 5479,
  [SMALL_STATE(65)] = 5570,
  [SMALL_STATE(66)] = 5651,
  [SMALL_STATE(67)] = 5742,
  [SMALL_STATE(68)] = 5815,
  [SMALL_STATE(69)] = 5906,
  [SMALL_STATE(70)] = 5979,
  [SMALL_STATE(71)] = 6070,
  [SMALL_STATE(72)] = 6159,
  [SMALL_STATE(73)] = 6250,
  [SMALL_STATE(74)] = 6301,
  [SMALL_STATE(75)] = 6352,
  [SMALL_STATE(76)] = 6403,
  [SMALL_STATE(77)] = 6496,
  [SMALL_STATE(78)] = 6589,
  [SMALL_STATE(79)] = 6682,
  [SMALL_STATE(80)] = 6763,
  [SMALL_STATE(81)] = 6856,
  [SMALL_STATE(82)] = 6949,
  [SMALL_STATE(83)] = 7020,
  [SMALL_STATE(84)] = 7113,
  [SMALL_STATE(85)] = 7206,
  [SMALL_STATE(86)] = 7285,
  [SMALL_STATE(87)] = 7378,
  [SMALL_STATE(88)] = 7461,
  [SMALL_STATE(89)] = 7548,
  [SMALL_STATE(90)] = 7637,
  [SMALL_STATE(91)] = 7712,
  [SMALL_STATE(92)] = 7805,
  [SMALL_STATE(93)] = 7898,
  [SMALL_STATE(94)] = 7981,
  [SMALL_STATE(95)] = 8056,
  [SMALL_STATE(96)] = 8149,
  [SMALL_STATE(97)] = 8242,
  [SMALL_STATE(98)] = 8335,
  [SMALL_STATE(99)] = 8428,
  [SMALL_STATE(100)] = 8509,
  [SMALL_STATE(101)] = 8600,
  [SMALL_STATE(102)] = 8693,
  [SMALL_STATE(103)] = 8786,
  [SMALL_STATE(104)] = 8879,
  [SMALL_STATE(105)] = 8972,
  [SMALL_STATE(106)] = 9065,
  [SMALL_STATE(107)] = 9158,
  [SMALL_STATE(108)] = 9251,
  [SMALL_STATE(109)] = 9344,
  [SMALL_STATE(110)] = 9437,
  [SMALL_STATE(111)] = 9530,
  [SMALL_STATE(112)] = 9623,
  [SMALL_STATE(113)] = 9716,
  [SMALL_STATE(114)] = 9809,
  [SMALL_STATE(115)] = 9900,
  [SMALL_STATE(116)] = 9979,
  [SMALL_STATE(117)] = 10070,
  [SMALL_STATE(118)] = 10139,
  [SMALL_STATE(119)] = 10226,
  [SMALL_STATE(120)] = 10317,
  [SMALL_STATE(121)] = 10410,
  [SMALL_STATE(122)] = 10487,
  [SMALL_STATE(123)] = 10578,
  [SMALL_STATE(124)] = 10663,
  [SMALL_STATE(125)] = 10756,
  [SMALL_STATE(126)] = 10849,
  [SMALL_STATE(127)] = 10942,
  [SMALL_STATE(128)] = 11035,
  [SMALL_STATE(129)] = 11128,
  [SMALL_STATE(130)] = 11219,
  [SMALL_STATE(131)] = 11297,
  [SMALL_STATE(132)] = 11365,
  [SMALL_STATE(133)] = 11455,
  [SMALL_STATE(134)] = 11545,
  [SMALL_STATE(135)] = 11635,
  [SMALL_STATE(136)] = 11711,
  [SMALL_STATE(137)] = 11793,
  [SMALL_STATE(138)] = 11873,
  [SMALL_STATE(139)] = 11957,
  [SMALL_STATE(140)] = 12043,
  [SMALL_STATE(141)] = 12115,
  [SMALL_STATE(142)] = 12205,
  [SMALL_STATE(143)] = 12285,
  [SMALL_STATE(144)] = 12357,
  [SMALL_STATE(145)] = 12447,
  [SMALL_STATE(146)] = 12495,
  [SMALL_STATE(147)] = 12541,
  [SMALL_STATE(148)] = 12587,
  [SMALL_STATE(149)] = 12635,
  [SMALL_STATE(150)] = 12683,
  [SMALL_STATE(151)] = 12729,
  [SMALL_STATE(152)] = 12775,
  [SMALL_STATE(153)] = 12865,
  [SMALL_STATE(154)] = 12955,
  [SMALL_STATE(155)] = 13045,
  [SMALL_STATE(156)] = 13135,
  [SMALL_STATE(157)] = 13225,
  [SMALL_STATE(158)] = 13315,
  [SMALL_STATE(159)] = 13405,
  [SMALL_STATE(160)] = 13495,
  [SMALL_STATE(161)] = 13585,
  [SMALL_STATE(162)] = 13675,
  [SMALL_STATE(163)] = 13765,
  [SMALL_STATE(164)] = 13855,
  [SMALL_STATE(165)] = 13945,
  [SMALL_STATE(166)] = 14035,
  [SMALL_STATE(167)] = 14125,
  [SMALL_STATE(168)] = 14215,
  [SMALL_STATE(169)] = 14305,
  [SMALL_STATE(170)] = 14395,
  [SMALL_STATE(171)] = 14485,
  [SMALL_STATE(172)] = 14575,
  [SMALL_STATE(173)] = 14665,
  [SMALL_STATE(174)] = 14755,
  [SMALL_STATE(175)] = 14845,
  [SMALL_STATE(176)] = 14935,
  [SMALL_STATE(177)] = 15025,
  [SMALL_STATE(178)] = 15115,
  [SMALL_STATE(179)] = 15205,
  [SMALL_STATE(180)] = 15295,
  [SMALL_STATE(181)] = 15376,
  [SMALL_STATE(182)] = 15457,
  [SMALL_STATE(183)] = 15538,
  [SMALL_STATE(184)] = 15583,
  [SMALL_STATE(185)] = 15664,
  [SMALL_STATE(186)] = 15745,
  [SMALL_STATE(187)] = 15826,
  [SMALL_STATE(188)] = 15907,
  [SMALL_STATE(189)] = 15988,
  [SMALL_STATE(190)] = 16069,
  [SMALL_STATE(191)] = 16150,
  [SMALL_STATE(192)] = 16195,
  [SMALL_STATE(193)] = 16276,
  [SMALL_STATE(194)] = 16323,
  [SMALL_STATE(195)] = 16404,
  [SMALL_STATE(196)] = 16485,
  [SMALL_STATE(197)] = 16566,
  [SMALL_STATE(198)] = 16647,
  [SMALL_STATE(199)] = 16728,
  [SMALL_STATE(200)] = 16809,
  [SMALL_STATE(201)] = 16890,
  [SMALL_STATE(202)] = 16971,
  [SMALL_STATE(203)] = 17052,
  [SMALL_STATE(204)] = 17133,
  [SMALL_STATE(205)] = 17214,
  [SMALL_STATE(206)] = 17295,
  [SMALL_STATE(207)] = 17376,
  [SMALL_STATE(208)] = 17457,
  [SMALL_STATE(209)] = 17538,
  [SMALL_STATE(210)] = 17619,
  [SMALL_STATE(211)] = 17700,
  [SMALL_STATE(212)] = 17781,
  [SMALL_STATE(213)] = 17862,
  [SMALL_STATE(214)] = 17943,
  [SMALL_STATE(215)] = 18024,
  [SMALL_STATE(216)] = 18105,
  [SMALL_STATE(217)] = 18186,
  [SMALL_STATE(218)] = 18267,
  [SMALL_STATE(219)] = 18348,
  [SMALL_STATE(220)] = 18429,
  [SMALL_STATE(221)] = 18510,
  [SMALL_STATE(222)] = 18591,
  [SMALL_STATE(223)] = 18672,
  [SMALL_STATE(224)] = 18753,
  [SMALL_STATE(225)] = 18834,
  [SMALL_STATE(226)] = 18915,
  [SMALL_STATE(227)] = 18996,
  [SMALL_STATE(228)] = 19077,
  [SMALL_STATE(229)] = 19158,
  [SMALL_STATE(230)] = 19239,
  [SMALL_STATE(231)] = 19320,
  [SMALL_STATE(232)] = 19401,
  [SMALL_STATE(233)] = 19482,
  [SMALL_STATE(234)] = 19526,
  [SMALL_STATE(235)] = 19570,
  [SMALL_STATE(236)] = 19614,
  [SMALL_STATE(237)] = 19658,
  [SMALL_STATE(238)] = 19702,
  [SMALL_STATE(239)] = 19746,
  [SMALL_STATE(240)] = 19790,
  [SMALL_STATE(241)] = 19838,
  [SMALL_STATE(242)] = 19882,
  [SMALL_STATE(243)] = 19926,
  [SMALL_STATE(244)] = 19970,
  [SMALL_STATE(245)] = 20014,
  [SMALL_STATE(246)] = 20058,
  [SMALL_STATE(247)] = 20102,
  [SMALL_STATE(248)] = 20146,
  [SMALL_STATE(249)] = 20191,
  [SMALL_STATE(250)] = 20234,
  [SMALL_STATE(251)] = 20279,
  [SMALL_STATE(252)] = 20325,
  [SMALL_STATE(253)] = 20367,
  [SMALL_STATE(254)] = 20411,
  [SMALL_STATE(255)] = 20455,
  [SMALL_STATE(256)] = 20500,
  [SMALL_STATE(257)] = 20545,
  [SMALL_STATE(258)] = 20590,
  [SMALL_STATE(259)] = 20635,
  [SMALL_STATE(260)] = 20675,
  [SMALL_STATE(261)] = 20715,
  [SMALL_STATE(262)] = 20755,
  [SMALL_STATE(263)] = 20795,
  [SMALL_STATE(264)] = 20835,
  [SMALL_STATE(265)] = 20875,
  [SMALL_STATE(266)] = 20915,
  [SMALL_STATE(267)] = 20957,
  [SMALL_STATE(268)] = 20997,
  [SMALL_STATE(269)] = 21037,
  [SMALL_STATE(270)] = 21077,
  [SMALL_STATE(271)] = 21117,
  [SMALL_STATE(272)] = 21157,
  [SMALL_STATE(273)] = 21199,
  [SMALL_STATE(274)] = 21239,
  [SMALL_STATE(275)] = 21281,
  [SMALL_STATE(276)] = 21323,
  [SMALL_STATE(277)] = 21363,
  [SMALL_STATE(278)] = 21403,
  [SMALL_STATE(279)] = 21443,
  [SMALL_STATE(280)] = 21485,
  [SMALL_STATE(281)] = 21527,
  [SMALL_STATE(282)] = 21566,
  [SMALL_STATE(283)] = 21607,
  [SMALL_STATE(284)] = 21648,
  [SMALL_STATE(285)] = 21687,
  [SMALL_STATE(286)] = 21728,
  [SMALL_STATE(287)] = 21787,
  [SMALL_STATE(288)] = 21846,
  [SMALL_STATE(289)] = 21905,
  [SMALL_STATE(290)] = 21964,
  [SMALL_STATE(291)] = 22023,
  [SMALL_STATE(292)] = 22082,
  [SMALL_STATE(293)] = 22141,
  [SMALL_STATE(294)] = 22200,
  [SMALL_STATE(295)] = 22259,
  [SMALL_STATE(296)] = 22318,
  [SMALL_STATE(297)] = 22377,
  [SMALL_STATE(298)] = 22436,
  [SMALL_STATE(299)] = 22495,
  [SMALL_STATE(300)] = 22554,
  [SMALL_STATE(301)] = 22613,
  [SMALL_STATE(302)] = 22672,
  [SMALL_STATE(303)] = 22731,
  [SMALL_STATE(304)] = 22790,
  [SMALL_STATE(305)] = 22849,
  [SMALL_STATE(306)] = 22908,
  [SMALL_STATE(307)] = 22967,
  [SMALL_STATE(308)] = 23002,
  [SMALL_STATE(309)] = 23061,
  [SMALL_STATE(310)] = 23120,
  [SMALL_STATE(311)] = 23155,
  [SMALL_STATE(312)] = 23214,
  [SMALL_STATE(313)] = 23273,
  [SMALL_STATE(314)] = 23332,
  [SMALL_STATE(315)] = 23391,
  [SMALL_STATE(316)] = 23450,
  [SMALL_STATE(317)] = 23485,
  [SMALL_STATE(318)] = 23544,
  [SMALL_STATE(319)] = 23603,
  [SMALL_STATE(320)] = 23662,
  [SMALL_STATE(321)] = 23721,
  [SMALL_STATE(322)] = 23780,
  [SMALL_STATE(323)] = 23816,
  [SMALL_STATE(324)] = 23852,
  [SMALL_STATE(325)] = 23908,
  [SMALL_STATE(326)] = 23944,
  [SMALL_STATE(327)] = 24000,
  [SMALL_STATE(328)] = 24053,
  [SMALL_STATE(329)] = 24106,
  [SMALL_STATE(330)] = 24159,
  [SMALL_STATE(331)] = 24190,
  [SMALL_STATE(332)] = 24243,
  [SMALL_STATE(333)] = 24296,
  [SMALL_STATE(334)] = 24329,
  [SMALL_STATE(335)] = 24382,
  [SMALL_STATE(336)] = 24435,
  [SMALL_STATE(337)] = 24488,
  [SMALL_STATE(338)] = 24541,
  [SMALL_STATE(339)] = 24574,
  [SMALL_STATE(340)] = 24607,
  [SMALL_STATE(341)] = 24660,
  [SMALL_STATE(342)] = 24713,
  [SMALL_STATE(343)] = 24763,
  [SMALL_STATE(344)] = 24813,
  [SMALL_STATE(345)] = 24863,
  [SMALL_STATE(346)] = 24913,
  [SMALL_STATE(347)] = 24963,
  [SMALL_STATE(348)] = 25013,
  [SMALL_STATE(349)] = 25042,
  [SMALL_STATE(350)] = 25071,
  [SMALL_STATE(351)] = 25118,
  [SMALL_STATE(352)] = 25165,
  [SMALL_STATE(353)] = 25212,
  [SMALL_STATE(354)] = 25262,
  [SMALL_STATE(355)] = 25312,
  [SMALL_STATE(356)] = 25362,
  [SMALL_STATE(357)] = 25402,
  [SMALL_STATE(358)] = 25434,
  [SMALL_STATE(359)] = 25484,
  [SMALL_STATE(360)] = 25516,
  [SMALL_STATE(361)] = 25566,
  [SMALL_STATE(362)] = 25616,
  [SMALL_STATE(363)] = 25666,
  [SMALL_STATE(364)] = 25702,
  [SMALL_STATE(365)] = 25752,
  [SMALL_STATE(366)] = 25784,
  [SMALL_STATE(367)] = 25816,
  [SMALL_STATE(368)] = 25858,
  [SMALL_STATE(369)] = 25890,
  [SMALL_STATE(370)] = 25940,
  [SMALL_STATE(371)] = 25980,
  [SMALL_STATE(372)] = 26018,
  [SMALL_STATE(373)] = 26064,
  [SMALL_STATE(374)] = 26108,
  [SMALL_STATE(375)] = 26158,
  [SMALL_STATE(376)] = 26187,
  [SMALL_STATE(377)] = 26216,
  [SMALL_STATE(378)] = 26243,
  [SMALL_STATE(379)] = 26270,
  [SMALL_STATE(380)] = 26299,
  [SMALL_STATE(381)] = 26326,
  [SMALL_STATE(382)] = 26353,
  [SMALL_STATE(383)] = 26401,
  [SMALL_STATE(384)] = 26449,
  [SMALL_STATE(385)] = 26485,
  [SMALL_STATE(386)] = 26511,
  [SMALL_STATE(387)] = 26559,
  [SMALL_STATE(388)] = 26585,
  [SMALL_STATE(389)] = 26619,
  [SMALL_STATE(390)] = 26667,
  [SMALL_STATE(391)] = 26707,
  [SMALL_STATE(392)] = 26745,
  [SMALL_STATE(393)] = 26787,
  [SMALL_STATE(394)] = 26831,
  [SMALL_STATE(395)] = 26861,
  [SMALL_STATE(396)] = 26909,
  [SMALL_STATE(397)] = 26947,
  [SMALL_STATE(398)] = 26977,
  [SMALL_STATE(399)] = 27025,
  [SMALL_STATE(400)] = 27073,
  [SMALL_STATE(401)] = 27121,
  [SMALL_STATE(402)] = 27169,
  [SMALL_STATE(403)] = 27217,
  [SMALL_STATE(404)] = 27265,
  [SMALL_STATE(405)] = 27312,
  [SMALL_STATE(406)] = 27359,
  [SMALL_STATE(407)] = 27406,
  [SMALL_STATE(408)] = 27443,
  [SMALL_STATE(409)] = 27490,
  [SMALL_STATE(410)] = 27537,
  [SMALL_STATE(411)] = 27584,
  [SMALL_STATE(412)] = 27631,
  [SMALL_STATE(413)] = 27678,
  [SMALL_STATE(414)] = 27725,
  [SMALL_STATE(415)] = 27758,
  [SMALL_STATE(416)] = 27805,
  [SMALL_STATE(417)] = 27852,
  [SMALL_STATE(418)] = 27893,
  [SMALL_STATE(419)] = 27940,
  [SMALL_STATE(420)] = 27987,
  [SMALL_STATE(421)] = 28034,
  [SMALL_STATE(422)] = 28081,
  [SMALL_STATE(423)] = 28124,
  [SMALL_STATE(424)] = 28171,
  [SMALL_STATE(425)] = 28218,
  [SMALL_STATE(426)] = 28247,
  [SMALL_STATE(427)] = 28294,
  [SMALL_STATE(428)] = 28329,
  [SMALL_STATE(429)] = 28376,
  [SMALL_STATE(430)] = 28423,
  [SMALL_STATE(431)] = 28462,
  [SMALL_STATE(432)] = 28509,
  [SMALL_STATE(433)] = 28546,
  [SMALL_STATE(434)] = 28575,
  [SMALL_STATE(435)] = 28622,
  [SMALL_STATE(436)] = 28669,
  [SMALL_STATE(437)] = 28716,
  [SMALL_STATE(438)] = 28763,
  [SMALL_STATE(439)] = 28810,
  [SMALL_STATE(440)] = 28857,
  [SMALL_STATE(441)] = 28904,
  [SMALL_STATE(442)] = 28951,
  [SMALL_STATE(443)] = 28998,
  [SMALL_STATE(444)] = 29045,
  [SMALL_STATE(445)] = 29092,
  [SMALL_STATE(446)] = 29139,
  [SMALL_STATE(447)] = 29164,
  [SMALL_STATE(448)] = 29207,
  [SMALL_STATE(449)] = 29250,
  [SMALL_STATE(450)] = 29290,
  [SMALL_STATE(451)] = 29330,
  [SMALL_STATE(452)] = 29352,
  [SMALL_STATE(453)] = 29392,
  [SMALL_STATE(454)] = 29429,
  [SMALL_STATE(455)] = 29466,
  [SMALL_STATE(456)] = 29503,
  [SMALL_STATE(457)] = 29540,
  [SMALL_STATE(458)] = 29577,
  [SMALL_STATE(459)] = 29614,
  [SMALL_STATE(460)] = 29651,
  [SMALL_STATE(461)] = 29688,
  [SMALL_STATE(462)] = 29725,
  [SMALL_STATE(463)] = 29762,
  [SMALL_STATE(464)] = 29792,
  [SMALL_STATE(465)] = 29819,
  [SMALL_STATE(466)] = 29843,
  [SMALL_STATE(467)] = 29867,
  [SMALL_STATE(468)] = 29882,
  [SMALL_STATE(469)] = 29903,
  [SMALL_STATE(470)] = 29918,
  [SMALL_STATE(471)] = 29939,
  [SMALL_STATE(472)] = 29954,
  [SMALL_STATE(473)] = 29975,
  [SMALL_STATE(474)] = 29990,
  [SMALL_STATE(475)] = 30011,
  [SMALL_STATE(476)] = 30026,
  [SMALL_STATE(477)] = 30041,
  [SMALL_STATE(478)] = 30062,
  [SMALL_STATE(479)] = 30080,
  [SMALL_STATE(480)] = 30098,
  [SMALL_STATE(481)] = 30116,
  [SMALL_STATE(482)] = 30134,
  [SMALL_STATE(483)] = 30152,
  [SMALL_STATE(484)] = 30170,
  [SMALL_STATE(485)] = 30188,
  [SMALL_STATE(486)] = 30206,
  [SMALL_STATE(487)] = 30224,
  [SMALL_STATE(488)] = 30242,
  [SMALL_STATE(489)] = 30260,
  [SMALL_STATE(490)] = 30278,
  [SMALL_STATE(491)] = 30296,
  [SMALL_STATE(492)] = 30314,
  [SMALL_STATE(493)] = 30332,
  [SMALL_STATE(494)] = 30350,
  [SMALL_STATE(495)] = 30367,
  [SMALL_STATE(496)] = 30380,
  [SMALL_STATE(497)] = 30391,
  [SMALL_STATE(498)] = 30408,
  [SMALL_STATE(499)] = 30419,
  [SMALL_STATE(500)] = 30436,
  [SMALL_STATE(501)] = 30447,
  [SMALL_STATE(502)] = 30464,
  [SMALL_STATE(503)] = 30481,
  [SMALL_STATE(504)] = 30492,
  [SMALL_STATE(505)] = 30503,
  [SMALL_STATE(506)] = 30514,
  [SMALL_STATE(507)] = 30531,
  [SMALL_STATE(508)] = 30548,
  [SMALL_STATE(509)] = 30565,
  [SMALL_STATE(510)] = 30582,
  [SMALL_STATE(511)] = 30593,
  [SMALL_STATE(512)] = 30610,
  [SMALL_STATE(513)] = 30627,
  [SMALL_STATE(514)] = 30638,
  [SMALL_STATE(515)] = 30655,
  [SMALL_STATE(516)] = 30672,
  [SMALL_STATE(517)] = 30689,
  [SMALL_STATE(518)] = 30700,
  [SMALL_STATE(519)] = 30717,
  [SMALL_STATE(520)] = 30733,
  [SMALL_STATE(521)] = 30749,
  [SMALL_STATE(522)] = 30765,
  [SMALL_STATE(523)] = 30774,
  [SMALL_STATE(524)] = 30787,
  [SMALL_STATE(525)] = 30796,
  [SMALL_STATE(526)] = 30809,
  [SMALL_STATE(527)] = 30822,
  [SMALL_STATE(528)] = 30833,
  [SMALL_STATE(529)] = 30841,
  [SMALL_STATE(530)] = 30851,
  [SMALL_STATE(531)] = 30859,
  [SMALL_STATE(532)] = 30867,
  [SMALL_STATE(533)] = 30875,
  [SMALL_STATE(534)] = 30885,
  [SMALL_STATE(535)] = 30893,
  [SMALL_STATE(536)] = 30901,
  [SMALL_STATE(537)] = 30909,
  [SMALL_STATE(538)] = 30917,
  [SMALL_STATE(539)] = 30925,
  [SMALL_STATE(540)] = 30935,
  [SMALL_STATE(541)] = 30943,
  [SMALL_STATE(542)] = 30951,
  [SMALL_STATE(543)] = 30959,
  [SMALL_STATE(544)] = 30967,
  [SMALL_STATE(545)] = 30977,
  [SMALL_STATE(546)] = 30987,
  [SMALL_STATE(547)] = 30995,
  [SMALL_STATE(548)] = 31005,
  [SMALL_STATE(549)] = 31013,
  [SMALL_STATE(550)] = 31023,
  [SMALL_STATE(551)] = 31031,
  [SMALL_STATE(552)] = 31039,
  [SMALL_STATE(553)] = 31047,
  [SMALL_STATE(554)] = 31054,
  [SMALL_STATE(555)] = 31061,
  [SMALL_STATE(556)] = 31068,
  [SMALL_STATE(557)] = 31075,
  [SMALL_STATE(558)] = 31082,
  [SMALL_STATE(559)] = 31089,
  [SMALL_STATE(560)] = 31096,
  [SMALL_STATE(561)] = 31103,
  [SMALL_STATE(562)] = 31110,
  [SMALL_STATE(563)] = 31117,
  [SMALL_STATE(564)] = 31124,
  [SMALL_STATE(565)] = 31131,
  [SMALL_STATE(566)] = 31138,
  [SMALL_STATE(567)] = 31145,
  [SMALL_STATE(568)] = 31152,
  [SMALL_STATE(569)] = 31159,
  [SMALL_STATE(570)] = 31166,
  [SMALL_STATE(571)] = 31173,
  [SMALL_STATE(572)] = 31180,
  [SMALL_STATE(573)] = 31187,
  [SMALL_STATE(574)] = 31194,
  [SMALL_STATE(575)] = 31201,
  [SMALL_STATE(576)] = 31208,
  [SMALL_STATE(577)] = 31215,
  [SMALL_STATE(578)] = 31222,
  [SMALL_STATE(579)] = 31229,
  [SMALL_STATE(580)] = 31236,
  [SMALL_STATE(581)] = 31243,
  [SMALL_STATE(582)] = 31250,
  [SMALL_STATE(583)] = 31257,
  [SMALL_STATE(584)] = 31264,
  [SMALL_STATE(585)] = 31271,
  [SMALL_STATE(586)] = 31278,
  [SMALL_STATE(587)] = 31285,
  [SMALL_STATE(588)] = 31292,
  [SMALL_STATE(589)] = 31299,
  [SMALL_STATE(590)] = 31306,
  [SMALL_STATE(591)] = 31313,
  [SMALL_STATE(592)] = 31320,
  [SMALL_STATE(593)] = 31327,
  [SMALL_STATE(594)] = 31334,
  [SMALL_STATE(595)] = 31341,
  [SMALL_STATE(596)] = 31348,
  [SMALL_STATE(597)] = 31355,
  [SMALL_STATE(598)] = 31362,
  [SMALL_STATE(599)] = 31369,
  [SMALL_STATE(600)] = 31376,
  [SMALL_STATE(601)] = 31383,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_code, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(257),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(448),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(196),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(200),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(453),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(218),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(286),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(564),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(347),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(506),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(494),
  [37] = {.entry = {.count = 1, .reusable = false}}, SHIFT(234),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(254),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [43] = {.entry = {.count = 1, .reusable = true}}, SHIFT(454),
  [45] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, 0, 6),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(470),
  [49] = {.entry = {.count = 1, .reusable = false}}, SHIFT(290),
  [51] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, 0, 6),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(295),
  [57] = {.entry = {.count = 1, .reusable = false}}, SHIFT(298),
  [59] = {.entry = {.count = 1, .reusable = false}}, SHIFT(468),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_expression, 3, 0, 7),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(292),
  [67] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [69] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [71] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
  [75] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [77] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, 0, 9),
  [79] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, 0, 9),
  [81] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let_expression, 3, 0, 14),
  [83] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_expression, 3, 0, 17),
  [85] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert_expression, 4, 0, 25),
  [87] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_with_expression, 4, 0, 26),
  [89] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let_expression, 4, 0, 27),
  [91] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_expression, 5, 0, 29),
  [93] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_expression, 5, 0, 36),
  [95] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_expression, 6, 0, 41),
  [97] = {.entry = {.count = 1, .reusable = false}}, SHIFT(271),
  [99] = {.entry = {.count = 1, .reusable = false}}, SHIFT(266),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(456),
  [105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(477),
  [107] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_with_expression, 4, 0, 26),
  [109] = {.entry = {.count = 1, .reusable = false}}, SHIFT(320),
  [111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(321),
  [113] = {.entry = {.count = 1, .reusable = false}}, SHIFT(289),
  [115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [117] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [123] = {.entry = {.count = 1, .reusable = false}}, SHIFT(308),
  [125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [129] = {.entry = {.count = 1, .reusable = false}}, SHIFT(315),
  [131] = {.entry = {.count = 1, .reusable = false}}, SHIFT(474),
  [133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [135] = {.entry = {.count = 1, .reusable = false}}, SHIFT(566),
  [137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [139] = {.entry = {.count = 1, .reusable = false}}, SHIFT(508),
  [141] = {.entry = {.count = 1, .reusable = true}}, SHIFT(501),
  [143] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let_expression, 3, 0, 14),
  [145] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_expression, 3, 0, 17),
  [147] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_assert_expression, 4, 0, 25),
  [149] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let_expression, 4, 0, 27),
  [151] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_expression, 5, 0, 29),
  [153] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_expression, 5, 0, 36),
  [155] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_expression, 6, 0, 41),
  [157] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formal, 3, 0, 18),
  [159] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_expression, 3, 0, 7),
  [161] = {.entry = {.count = 1, .reusable = false}}, SHIFT(283),
  [163] = {.entry = {.count = 1, .reusable = true}}, SHIFT(283),
  [165] = {.entry = {.count = 1, .reusable = false}}, SHIFT(319),
  [167] = {.entry = {.count = 1, .reusable = false}}, SHIFT(309),
  [169] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [171] = {.entry = {.count = 1, .reusable = true}}, SHIFT(318),
  [173] = {.entry = {.count = 1, .reusable = false}}, SHIFT(318),
  [175] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [177] = {.entry = {.count = 1, .reusable = false}}, SHIFT(311),
  [179] = {.entry = {.count = 1, .reusable = false}}, SHIFT(472),
  [181] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attrpath, 7, 0, 46),
  [183] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attrpath, 7, 0, 46),
  [185] = {.entry = {.count = 1, .reusable = false}}, SHIFT(486),
  [187] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attrpath, 8, 0, 47),
  [189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attrpath, 8, 0, 47),
  [191] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 21),
  [193] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 21),
  [195] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 21), SHIFT_REPEAT(486),
  [198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [200] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [202] = {.entry = {.count = 1, .reusable = false}}, SHIFT(190),
  [204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [206] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [212] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [214] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [216] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_code, 1, 0, 2),
  [220] = {.entry = {.count = 1, .reusable = true}}, SHIFT(522),
  [222] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [224] = {.entry = {.count = 1, .reusable = false}}, SHIFT(181),
  [226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(524),
  [228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [232] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
  [234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(464),
  [236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(471),
  [238] = {.entry = {.count = 1, .reusable = false}}, SHIFT(212),
  [240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [242] = {.entry = {.count = 1, .reusable = false}}, SHIFT(231),
  [244] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [246] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [248] = {.entry = {.count = 1, .reusable = false}}, SHIFT(216),
  [250] = {.entry = {.count = 1, .reusable = false}}, SHIFT(220),
  [252] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attrpath, 1, 0, 4),
  [254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attrpath, 1, 0, 4),
  [256] = {.entry = {.count = 1, .reusable = false}}, SHIFT(491),
  [258] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string_expression, 2, 0, 0),
  [260] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string_expression, 2, 0, 0),
  [262] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string_expression, 3, 0, 0),
  [264] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string_expression, 3, 0, 0),
  [266] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attrpath, 3, 0, 19),
  [268] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attrpath, 3, 0, 19),
  [270] = {.entry = {.count = 1, .reusable = false}}, SHIFT(483),
  [272] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attrpath, 5, 0, 37),
  [274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attrpath, 5, 0, 37),
  [276] = {.entry = {.count = 1, .reusable = false}}, SHIFT(484),
  [278] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 48),
  [280] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 48),
  [282] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_interpolation, 3, 0, 15),
  [284] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_interpolation, 3, 0, 15),
  [286] = {.entry = {.count = 1, .reusable = false}}, SHIFT(111),
  [288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [290] = {.entry = {.count = 1, .reusable = false}}, SHIFT(251),
  [292] = {.entry = {.count = 1, .reusable = false}}, SHIFT(56),
  [294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [298] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [300] = {.entry = {.count = 1, .reusable = false}}, SHIFT(202),
  [302] = {.entry = {.count = 1, .reusable = false}}, SHIFT(458),
  [304] = {.entry = {.count = 1, .reusable = false}}, SHIFT(230),
  [306] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [308] = {.entry = {.count = 1, .reusable = false}}, SHIFT(300),
  [310] = {.entry = {.count = 1, .reusable = false}}, SHIFT(240),
  [312] = {.entry = {.count = 1, .reusable = false}}, SHIFT(105),
  [314] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [316] = {.entry = {.count = 1, .reusable = false}}, SHIFT(228),
  [318] = {.entry = {.count = 1, .reusable = false}}, SHIFT(229),
  [320] = {.entry = {.count = 1, .reusable = false}}, SHIFT(459),
  [322] = {.entry = {.count = 1, .reusable = false}}, SHIFT(192),
  [324] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [326] = {.entry = {.count = 1, .reusable = false}}, SHIFT(288),
  [328] = {.entry = {.count = 1, .reusable = false}}, SHIFT(98),
  [330] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [332] = {.entry = {.count = 1, .reusable = false}}, SHIFT(106),
  [334] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [336] = {.entry = {.count = 1, .reusable = false}}, SHIFT(107),
  [338] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [340] = {.entry = {.count = 1, .reusable = false}}, SHIFT(108),
  [342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [344] = {.entry = {.count = 1, .reusable = false}}, SHIFT(84),
  [346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [348] = {.entry = {.count = 1, .reusable = false}}, SHIFT(109),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [352] = {.entry = {.count = 1, .reusable = false}}, SHIFT(110),
  [354] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [356] = {.entry = {.count = 1, .reusable = false}}, SHIFT(124),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [360] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attrset_expression, 2, 0, 0),
  [362] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attrset_expression, 2, 0, 0),
  [364] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 2, 0, 0),
  [366] = {.entry = {.count = 1, .reusable = false}}, SHIFT(50),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [370] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [374] = {.entry = {.count = 1, .reusable = false}}, SHIFT(81),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [378] = {.entry = {.count = 1, .reusable = false}}, SHIFT(52),
  [380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [382] = {.entry = {.count = 1, .reusable = false}}, SHIFT(42),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [386] = {.entry = {.count = 1, .reusable = false}}, SHIFT(53),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [390] = {.entry = {.count = 1, .reusable = false}}, SHIFT(120),
  [392] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [394] = {.entry = {.count = 1, .reusable = false}}, SHIFT(76),
  [396] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [398] = {.entry = {.count = 1, .reusable = false}}, SHIFT(77),
  [400] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [402] = {.entry = {.count = 1, .reusable = false}}, SHIFT(80),
  [404] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [406] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [410] = {.entry = {.count = 1, .reusable = false}}, SHIFT(57),
  [412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [414] = {.entry = {.count = 1, .reusable = false}}, SHIFT(14),
  [416] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [418] = {.entry = {.count = 1, .reusable = false}}, SHIFT(83),
  [420] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [422] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [426] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [430] = {.entry = {.count = 1, .reusable = false}}, SHIFT(112),
  [432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [434] = {.entry = {.count = 1, .reusable = false}}, SHIFT(96),
  [436] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [438] = {.entry = {.count = 1, .reusable = false}}, SHIFT(113),
  [440] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [442] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [446] = {.entry = {.count = 1, .reusable = false}}, SHIFT(17),
  [448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [450] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [454] = {.entry = {.count = 1, .reusable = false}}, SHIFT(97),
  [456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [458] = {.entry = {.count = 1, .reusable = false}}, SHIFT(19),
  [460] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [462] = {.entry = {.count = 1, .reusable = false}}, SHIFT(78),
  [464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [466] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [468] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [470] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [474] = {.entry = {.count = 1, .reusable = false}}, SHIFT(51),
  [476] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [478] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [482] = {.entry = {.count = 1, .reusable = false}}, SHIFT(102),
  [484] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [486] = {.entry = {.count = 1, .reusable = false}}, SHIFT(103),
  [488] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [490] = {.entry = {.count = 1, .reusable = false}}, SHIFT(104),
  [492] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [494] = {.entry = {.count = 1, .reusable = false}}, SHIFT(60),
  [496] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [498] = {.entry = {.count = 1, .reusable = false}}, SHIFT(55),
  [500] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [502] = {.entry = {.count = 1, .reusable = false}}, SHIFT(125),
  [504] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [506] = {.entry = {.count = 1, .reusable = false}}, SHIFT(126),
  [508] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [510] = {.entry = {.count = 1, .reusable = false}}, SHIFT(127),
  [512] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [514] = {.entry = {.count = 1, .reusable = false}}, SHIFT(128),
  [516] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [518] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [520] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [522] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list_expression, 3, 0, 16),
  [524] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_list_expression, 3, 0, 16),
  [526] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variable_expression, 1, 0, 1),
  [528] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_variable_expression, 1, 0, 1),
  [530] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rec_attrset_expression, 3, 0, 0),
  [532] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_rec_attrset_expression, 3, 0, 0),
  [534] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rec_attrset_expression, 4, 0, 0),
  [536] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_rec_attrset_expression, 4, 0, 0),
  [538] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list_expression, 4, 0, 28),
  [540] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_list_expression, 4, 0, 28),
  [542] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indented_string_expression, 3, 0, 0),
  [544] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indented_string_expression, 3, 0, 0),
  [546] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [548] = {.entry = {.count = 1, .reusable = true}}, SHIFT(549),
  [550] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list_expression, 6, 0, 42),
  [552] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_list_expression, 6, 0, 42),
  [554] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attrset_expression, 3, 0, 0),
  [556] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attrset_expression, 3, 0, 0),
  [558] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indented_string_expression, 2, 0, 0),
  [560] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indented_string_expression, 2, 0, 0),
  [562] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list_expression, 2, 0, 0),
  [564] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_list_expression, 2, 0, 0),
  [566] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list_expression, 5, 0, 35),
  [568] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_list_expression, 5, 0, 35),
  [570] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parenthesized_expression, 3, 0, 15),
  [572] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parenthesized_expression, 3, 0, 15),
  [574] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_select_expression, 5, 0, 30),
  [576] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_select_expression, 5, 0, 30),
  [578] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_select_expression, 3, 0, 8),
  [580] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_select_expression, 3, 0, 8),
  [582] = {.entry = {.count = 1, .reusable = false}}, SHIFT(350),
  [584] = {.entry = {.count = 1, .reusable = true}}, SHIFT(226),
  [586] = {.entry = {.count = 1, .reusable = true}}, SHIFT(529),
  [588] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_apply_expression, 2, 0, 3),
  [590] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_apply_expression, 2, 0, 3),
  [592] = {.entry = {.count = 1, .reusable = false}}, SHIFT(481),
  [594] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [596] = {.entry = {.count = 1, .reusable = true}}, SHIFT(533),
  [598] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 21), SHIFT_REPEAT(481),
  [601] = {.entry = {.count = 1, .reusable = false}}, SHIFT(351),
  [603] = {.entry = {.count = 1, .reusable = false}}, SHIFT(488),
  [605] = {.entry = {.count = 1, .reusable = false}}, SHIFT(493),
  [607] = {.entry = {.count = 1, .reusable = false}}, SHIFT(478),
  [609] = {.entry = {.count = 1, .reusable = false}}, SHIFT(352),
  [611] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [613] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [615] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [617] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [619] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [623] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [627] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [629] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [631] = {.entry = {.count = 1, .reusable = false}}, SHIFT(6),
  [633] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [635] = {.entry = {.count = 1, .reusable = false}}, SHIFT(7),
  [637] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [639] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [641] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [643] = {.entry = {.count = 1, .reusable = false}}, SHIFT(9),
  [645] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [647] = {.entry = {.count = 1, .reusable = false}}, SHIFT(10),
  [649] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [651] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [653] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [655] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [657] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [659] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [661] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [663] = {.entry = {.count = 1, .reusable = false}}, SHIFT(58),
  [665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [667] = {.entry = {.count = 1, .reusable = false}}, SHIFT(59),
  [669] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [671] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [673] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [675] = {.entry = {.count = 1, .reusable = false}}, SHIFT(63),
  [677] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [679] = {.entry = {.count = 1, .reusable = false}}, SHIFT(79),
  [681] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [683] = {.entry = {.count = 1, .reusable = false}}, SHIFT(44),
  [685] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [687] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [689] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [691] = {.entry = {.count = 1, .reusable = false}}, SHIFT(45),
  [693] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [695] = {.entry = {.count = 1, .reusable = false}}, SHIFT(46),
  [697] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [699] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [703] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [705] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [707] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [709] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [711] = {.entry = {.count = 1, .reusable = false}}, SHIFT(48),
  [713] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [715] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [717] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [719] = {.entry = {.count = 1, .reusable = false}}, SHIFT(49),
  [721] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [723] = {.entry = {.count = 1, .reusable = false}}, SHIFT(89),
  [725] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [727] = {.entry = {.count = 1, .reusable = false}}, SHIFT(90),
  [729] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [731] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [733] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [735] = {.entry = {.count = 1, .reusable = false}}, SHIFT(61),
  [737] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [739] = {.entry = {.count = 1, .reusable = false}}, SHIFT(62),
  [741] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [743] = {.entry = {.count = 1, .reusable = true}}, SHIFT(485),
  [745] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 21), SHIFT_REPEAT(485),
  [748] = {.entry = {.count = 1, .reusable = false}}, SHIFT(446),
  [750] = {.entry = {.count = 1, .reusable = true}}, SHIFT(446),
  [752] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [754] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [756] = {.entry = {.count = 1, .reusable = false}}, SHIFT(336),
  [758] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [760] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [762] = {.entry = {.count = 1, .reusable = false}}, SHIFT(331),
  [764] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [766] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [768] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [770] = {.entry = {.count = 1, .reusable = false}}, SHIFT(324),
  [772] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [774] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [776] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [778] = {.entry = {.count = 1, .reusable = true}}, SHIFT(480),
  [780] = {.entry = {.count = 1, .reusable = false}}, SHIFT(326),
  [782] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [784] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [786] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [788] = {.entry = {.count = 1, .reusable = true}}, SHIFT(482),
  [790] = {.entry = {.count = 1, .reusable = true}}, SHIFT(487),
  [792] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 43), SHIFT_REPEAT(234),
  [795] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 43), SHIFT_REPEAT(446),
  [798] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 43), SHIFT_REPEAT(446),
  [801] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 43), SHIFT_REPEAT(454),
  [804] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 43), SHIFT_REPEAT(207),
  [807] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 43), SHIFT_REPEAT(564),
  [810] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 43), SHIFT_REPEAT(347),
  [813] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 43),
  [815] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 43), SHIFT_REPEAT(506),
  [818] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 43), SHIFT_REPEAT(494),
  [821] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [823] = {.entry = {.count = 1, .reusable = false}}, SHIFT(327),
  [825] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [827] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [829] = {.entry = {.count = 1, .reusable = false}}, SHIFT(328),
  [831] = {.entry = {.count = 1, .reusable = true}}, SHIFT(328),
  [833] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [835] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_has_attr_expression, 3, 0, 8),
  [837] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_has_attr_expression, 3, 0, 8),
  [839] = {.entry = {.count = 1, .reusable = false}}, SHIFT(248),
  [841] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [843] = {.entry = {.count = 1, .reusable = false}}, SHIFT(280),
  [845] = {.entry = {.count = 1, .reusable = true}}, SHIFT(280),
  [847] = {.entry = {.count = 1, .reusable = false}}, SHIFT(282),
  [849] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [851] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [853] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 21), SHIFT_REPEAT(479),
  [856] = {.entry = {.count = 1, .reusable = true}}, SHIFT(479),
  [858] = {.entry = {.count = 1, .reusable = true}}, SHIFT(492),
  [860] = {.entry = {.count = 1, .reusable = true}}, SHIFT(489),
  [862] = {.entry = {.count = 1, .reusable = true}}, SHIFT(490),
  [864] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [866] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [868] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [870] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [872] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [874] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [876] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [878] = {.entry = {.count = 1, .reusable = true}}, SHIFT(220),
  [880] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_list_expression_repeat1, 1, 0, 34),
  [882] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 1, 0, 34),
  [884] = {.entry = {.count = 1, .reusable = false}}, SHIFT(507),
  [886] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [888] = {.entry = {.count = 1, .reusable = true}}, SHIFT(591),
  [890] = {.entry = {.count = 1, .reusable = false}}, SHIFT(497),
  [892] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [894] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [896] = {.entry = {.count = 1, .reusable = false}}, SHIFT(463),
  [898] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [900] = {.entry = {.count = 1, .reusable = false}}, SHIFT(339),
  [902] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binding_set, 5, 0, 40),
  [904] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binding_set, 5, 0, 40),
  [906] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 45), SHIFT_REPEAT(339),
  [909] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 45),
  [911] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 45),
  [913] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 45), SHIFT_REPEAT(497),
  [916] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 45), SHIFT_REPEAT(339),
  [919] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 45), SHIFT_REPEAT(195),
  [922] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 45), SHIFT_REPEAT(463),
  [925] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binding_set, 4, 0, 32),
  [927] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binding_set, 4, 0, 32),
  [929] = {.entry = {.count = 1, .reusable = false}}, SHIFT(211),
  [931] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [933] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binding_set, 2, 0, 13),
  [935] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binding_set, 2, 0, 13),
  [937] = {.entry = {.count = 1, .reusable = true}}, SHIFT(273),
  [939] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binding_set, 1, 0, 5),
  [941] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binding_set, 1, 0, 5),
  [943] = {.entry = {.count = 1, .reusable = false}}, SHIFT(194),
  [945] = {.entry = {.count = 1, .reusable = false}}, SHIFT(206),
  [947] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binding_set, 3, 0, 24),
  [949] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binding_set, 3, 0, 24),
  [951] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [953] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [955] = {.entry = {.count = 1, .reusable = true}}, SHIFT(495),
  [957] = {.entry = {.count = 1, .reusable = true}}, SHIFT(467),
  [959] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [961] = {.entry = {.count = 1, .reusable = true}}, SHIFT(475),
  [963] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inherited_attrs, 1, 0, 11),
  [965] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_inherited_attrs_repeat1, 2, 0, 21), SHIFT_REPEAT(495),
  [968] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_inherited_attrs_repeat1, 2, 0, 21),
  [970] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_inherited_attrs_repeat1, 2, 0, 21), SHIFT_REPEAT(497),
  [973] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_inherited_attrs_repeat1, 2, 0, 21), SHIFT_REPEAT(195),
  [976] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_inherit, 2, 0, 0),
  [978] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inherit, 2, 0, 0),
  [980] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [982] = {.entry = {.count = 1, .reusable = true}}, SHIFT(224),
  [984] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_inherit_from, 6, 0, 44),
  [986] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inherit_from, 6, 0, 44),
  [988] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binding, 4, 0, 33),
  [990] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binding, 4, 0, 33),
  [992] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [994] = {.entry = {.count = 1, .reusable = true}}, SHIFT(223),
  [996] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_inherit, 3, 0, 20),
  [998] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inherit, 3, 0, 20),
  [1000] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_inherit_from, 5, 0, 38),
  [1002] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inherit_from, 5, 0, 38),
  [1004] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_binding_set_repeat1, 1, 0, 5),
  [1006] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_binding_set_repeat1, 1, 0, 5),
  [1008] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [1010] = {.entry = {.count = 1, .reusable = false}}, SHIFT(514),
  [1012] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [1014] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [1016] = {.entry = {.count = 1, .reusable = true}}, SHIFT(381),
  [1018] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [1020] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [1022] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [1024] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [1026] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [1028] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [1030] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [1032] = {.entry = {.count = 1, .reusable = true}}, SHIFT(338),
  [1034] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [1036] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [1038] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [1040] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [1042] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [1044] = {.entry = {.count = 1, .reusable = true}}, SHIFT(255),
  [1046] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [1048] = {.entry = {.count = 1, .reusable = true}}, SHIFT(222),
  [1050] = {.entry = {.count = 1, .reusable = true}}, SHIFT(502),
  [1052] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_inherited_attrs_repeat1, 1, 0, 4),
  [1054] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_inherited_attrs_repeat1, 1, 0, 4),
  [1056] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [1058] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [1060] = {.entry = {.count = 1, .reusable = true}}, SHIFT(511),
  [1062] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [1064] = {.entry = {.count = 1, .reusable = true}}, SHIFT(516),
  [1066] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [1068] = {.entry = {.count = 1, .reusable = true}}, SHIFT(512),
  [1070] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [1072] = {.entry = {.count = 1, .reusable = true}}, SHIFT(518),
  [1074] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [1076] = {.entry = {.count = 1, .reusable = true}}, SHIFT(499),
  [1078] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formal, 1, 0, 1),
  [1080] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [1082] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [1084] = {.entry = {.count = 1, .reusable = true}}, SHIFT(509),
  [1086] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [1088] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [1090] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [1092] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [1094] = {.entry = {.count = 1, .reusable = true}}, SHIFT(515),
  [1096] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [1098] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_expression_repeat1, 2, 0, 0),
  [1100] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_expression_repeat1, 2, 0, 0), SHIFT_REPEAT(232),
  [1103] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_expression_repeat1, 2, 0, 0), SHIFT_REPEAT(516),
  [1106] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_indented_string_expression_repeat1, 2, 0, 0),
  [1108] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_indented_string_expression_repeat1, 2, 0, 0), SHIFT_REPEAT(222),
  [1111] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_indented_string_expression_repeat1, 2, 0, 0), SHIFT_REPEAT(518),
  [1114] = {.entry = {.count = 1, .reusable = true}}, SHIFT(527),
  [1116] = {.entry = {.count = 1, .reusable = true}}, SHIFT(598),
  [1118] = {.entry = {.count = 1, .reusable = true}}, SHIFT(532),
  [1120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(589),
  [1122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(541),
  [1124] = {.entry = {.count = 1, .reusable = true}}, SHIFT(563),
  [1126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(537),
  [1128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(521),
  [1130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(551),
  [1132] = {.entry = {.count = 1, .reusable = true}}, SHIFT(520),
  [1134] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_formals_repeat1, 2, 0, 23),
  [1136] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_formals_repeat1, 2, 0, 23), SHIFT_REPEAT(544),
  [1139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(519),
  [1141] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 4, 0, 12),
  [1143] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_formals_repeat1, 2, 0, 12),
  [1145] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 4, 0, 22),
  [1147] = {.entry = {.count = 1, .reusable = true}}, SHIFT(221),
  [1149] = {.entry = {.count = 1, .reusable = true}}, SHIFT(560),
  [1151] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 5, 0, 31),
  [1153] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 5, 0, 22),
  [1155] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [1157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(594),
  [1159] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 3, 0, 10),
  [1161] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [1163] = {.entry = {.count = 1, .reusable = true}}, SHIFT(593),
  [1165] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 3, 0, 12),
  [1167] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 6, 0, 39),
  [1169] = {.entry = {.count = 1, .reusable = true}}, SHIFT(276),
  [1171] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1173] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [1175] = {.entry = {.count = 1, .reusable = true}}, SHIFT(561),
  [1177] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [1179] = {.entry = {.count = 1, .reusable = true}}, SHIFT(552),
  [1181] = {.entry = {.count = 1, .reusable = true}}, SHIFT(461),
  [1183] = {.entry = {.count = 1, .reusable = true}}, SHIFT(473),
  [1185] = {.entry = {.count = 1, .reusable = true}}, SHIFT(462),
  [1187] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [1189] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [1191] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [1193] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [1195] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [1197] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [1199] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [1201] = {.entry = {.count = 1, .reusable = true}}, SHIFT(217),
  [1203] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [1205] = {.entry = {.count = 1, .reusable = true}}, SHIFT(540),
  [1207] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [1209] = {.entry = {.count = 1, .reusable = true}}, SHIFT(546),
  [1211] = {.entry = {.count = 1, .reusable = true}}, SHIFT(573),
  [1213] = {.entry = {.count = 1, .reusable = true}}, SHIFT(585),
  [1215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(469),
  [1217] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token_string_fragment = 0,
  ts_external_token_indented_string_fragment = 1,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token_string_fragment] = sym_string_fragment,
  [ts_external_token_indented_string_fragment] = sym_indented_string_fragment,
};

static const bool ts_external_scanner_states[4][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token_string_fragment] = true,
    [ts_external_token_indented_string_fragment] = true,
  },
  [2] = {
    [ts_external_token_indented_string_fragment] = true,
  },
  [3] = {
    [ts_external_token_string_fragment] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_vmc_external_scanner_create(void);
void tree_sitter_vmc_external_scanner_destroy(void *);
bool tree_sitter_vmc_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_vmc_external_scanner_serialize(void *, char *);
void tree_sitter_vmc_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_vmc(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .keyword_lex_fn = ts_lex_keywords,
    .keyword_capture_token = sym_identifier,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_vmc_external_scanner_create,
      tree_sitter_vmc_external_scanner_destroy,
      tree_sitter_vmc_external_scanner_scan,
      tree_sitter_vmc_external_scanner_serialize,
      tree_sitter_vmc_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
