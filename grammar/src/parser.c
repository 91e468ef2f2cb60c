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
#define STATE_COUNT 484
#define LARGE_STATE_COUNT 2
#define SYMBOL_COUNT 88
#define ALIAS_COUNT 0
#define TOKEN_COUNT 53
#define EXTERNAL_TOKEN_COUNT 2
#define FIELD_COUNT 22
#define MAX_ALIAS_SEQUENCE_LENGTH 6
#define PRODUCTION_ID_COUNT 40

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
  anon_sym_DOLLAR_LBRACE = 47,
  anon_sym_EQ = 48,
  anon_sym_inherit = 49,
  sym_comment = 50,
  sym_string_fragment = 51,
  sym_indented_string_fragment = 52,
  sym_source_code = 53,
  sym__expression = 54,
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
  [anon_sym_DOLLAR_LBRACE] = "${",
  [anon_sym_EQ] = "=",
  [anon_sym_inherit] = "inherit",
  [sym_comment] = "comment",
  [sym_string_fragment] = "string_fragment",
  [sym_indented_string_fragment] = "indented_string_fragment",
  [sym_source_code] = "source_code",
  [sym__expression] = "_expression",
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
  [anon_sym_DOLLAR_LBRACE] = anon_sym_DOLLAR_LBRACE,
  [anon_sym_EQ] = anon_sym_EQ,
  [anon_sym_inherit] = anon_sym_inherit,
  [sym_comment] = sym_comment,
  [sym_string_fragment] = sym_string_fragment,
  [sym_indented_string_fragment] = sym_indented_string_fragment,
  [sym_source_code] = sym_source_code,
  [sym__expression] = sym__expression,
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
  [sym__expression] = {
    .visible = false,
    .named = true,
    .supertype = true,
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
  [6] = {.index = 6, .length = 1},
  [7] = {.index = 7, .length = 2},
  [8] = {.index = 9, .length = 1},
  [9] = {.index = 10, .length = 2},
  [10] = {.index = 12, .length = 2},
  [11] = {.index = 14, .length = 3},
  [12] = {.index = 17, .length = 2},
  [13] = {.index = 19, .length = 1},
  [14] = {.index = 20, .length = 1},
  [15] = {.index = 21, .length = 1},
  [16] = {.index = 22, .length = 2},
  [17] = {.index = 24, .length = 1},
  [18] = {.index = 25, .length = 1},
  [19] = {.index = 26, .length = 1},
  [20] = {.index = 27, .length = 2},
  [21] = {.index = 29, .length = 2},
  [22] = {.index = 31, .length = 2},
  [23] = {.index = 33, .length = 1},
  [24] = {.index = 34, .length = 2},
  [25] = {.index = 36, .length = 1},
  [26] = {.index = 37, .length = 2},
  [27] = {.index = 39, .length = 2},
  [28] = {.index = 41, .length = 2},
  [29] = {.index = 43, .length = 2},
  [30] = {.index = 45, .length = 1},
  [31] = {.index = 46, .length = 3},
  [32] = {.index = 49, .length = 3},
  [33] = {.index = 52, .length = 2},
  [34] = {.index = 54, .length = 2},
  [35] = {.index = 56, .length = 3},
  [36] = {.index = 59, .length = 1},
  [37] = {.index = 60, .length = 3},
  [38] = {.index = 63, .length = 3},
  [39] = {.index = 66, .length = 2},
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
    {field_binding, 0, .inherited = true},
  [7] =
    {field_argument, 1},
    {field_operator, 0},
  [9] =
    {field_element, 0},
  [10] =
    {field_body, 2},
    {field_universal, 0},
  [12] =
    {field_attrpath, 2},
    {field_expression, 0},
  [14] =
    {field_left, 0},
    {field_operator, 1},
    {field_right, 2},
  [17] =
    {field_attr, 0},
    {field_attr, 1, .inherited = true},
  [19] =
    {field_ellipses, 1},
  [20] =
    {field_attr, 0, .inherited = true},
  [21] =
    {field_formal, 1},
  [22] =
    {field_binding, 0, .inherited = true},
    {field_binding, 1, .inherited = true},
  [24] =
    {field_body, 2},
  [25] =
    {field_expression, 1},
  [26] =
    {field_element, 1, .inherited = true},
  [27] =
    {field_element, 0, .inherited = true},
    {field_element, 1, .inherited = true},
  [29] =
    {field_body, 2},
    {field_formals, 0},
  [31] =
    {field_default, 2},
    {field_name, 0},
  [33] =
    {field_attr, 1},
  [34] =
    {field_attr, 0, .inherited = true},
    {field_attr, 1, .inherited = true},
  [36] =
    {field_attrs, 1},
  [37] =
    {field_formal, 1},
    {field_formal, 2, .inherited = true},
  [39] =
    {field_formal, 0, .inherited = true},
    {field_formal, 1, .inherited = true},
  [41] =
    {field_body, 3},
    {field_condition, 1},
  [43] =
    {field_body, 3},
    {field_environment, 1},
  [45] =
    {field_body, 3},
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
    {field_attrpath, 0},
    {field_expression, 2},
  [56] =
    {field_body, 4},
    {field_formals, 0},
    {field_universal, 2},
  [59] =
    {field_expression, 2},
  [60] =
    {field_ellipses, 4},
    {field_formal, 1},
    {field_formal, 2, .inherited = true},
  [63] =
    {field_alternative, 5},
    {field_condition, 1},
    {field_consequence, 3},
  [66] =
    {field_attrs, 4},
    {field_expression, 2},
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
  [43] = 3,
  [44] = 5,
  [45] = 6,
  [46] = 7,
  [47] = 8,
  [48] = 9,
  [49] = 10,
  [50] = 11,
  [51] = 12,
  [52] = 13,
  [53] = 14,
  [54] = 21,
  [55] = 15,
  [56] = 16,
  [57] = 2,
  [58] = 18,
  [59] = 19,
  [60] = 20,
  [61] = 4,
  [62] = 41,
  [63] = 29,
  [64] = 22,
  [65] = 3,
  [66] = 31,
  [67] = 32,
  [68] = 4,
  [69] = 33,
  [70] = 34,
  [71] = 5,
  [72] = 35,
  [73] = 36,
  [74] = 6,
  [75] = 37,
  [76] = 7,
  [77] = 38,
  [78] = 39,
  [79] = 8,
  [80] = 40,
  [81] = 9,
  [82] = 2,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 10,
  [87] = 11,
  [88] = 12,
  [89] = 13,
  [90] = 14,
  [91] = 15,
  [92] = 16,
  [93] = 17,
  [94] = 18,
  [95] = 19,
  [96] = 20,
  [97] = 30,
  [98] = 24,
  [99] = 25,
  [100] = 26,
  [101] = 27,
  [102] = 21,
  [103] = 28,
  [104] = 23,
  [105] = 105,
  [106] = 34,
  [107] = 105,
  [108] = 35,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 27,
  [113] = 36,
  [114] = 114,
  [115] = 25,
  [116] = 37,
  [117] = 29,
  [118] = 38,
  [119] = 119,
  [120] = 120,
  [121] = 121,
  [122] = 122,
  [123] = 123,
  [124] = 39,
  [125] = 24,
  [126] = 40,
  [127] = 127,
  [128] = 41,
  [129] = 129,
  [130] = 130,
  [131] = 23,
  [132] = 121,
  [133] = 28,
  [134] = 129,
  [135] = 135,
  [136] = 122,
  [137] = 114,
  [138] = 31,
  [139] = 30,
  [140] = 26,
  [141] = 120,
  [142] = 32,
  [143] = 22,
  [144] = 123,
  [145] = 123,
  [146] = 123,
  [147] = 123,
  [148] = 123,
  [149] = 33,
  [150] = 120,
  [151] = 121,
  [152] = 129,
  [153] = 114,
  [154] = 105,
  [155] = 155,
  [156] = 156,
  [157] = 119,
  [158] = 158,
  [159] = 159,
  [160] = 160,
  [161] = 161,
  [162] = 162,
  [163] = 161,
  [164] = 162,
  [165] = 155,
  [166] = 166,
  [167] = 160,
  [168] = 158,
  [169] = 166,
  [170] = 156,
  [171] = 161,
  [172] = 162,
  [173] = 160,
  [174] = 155,
  [175] = 166,
  [176] = 156,
  [177] = 159,
  [178] = 159,
  [179] = 158,
  [180] = 127,
  [181] = 181,
  [182] = 182,
  [183] = 183,
  [184] = 184,
  [185] = 185,
  [186] = 186,
  [187] = 187,
  [188] = 188,
  [189] = 189,
  [190] = 190,
  [191] = 191,
  [192] = 192,
  [193] = 193,
  [194] = 194,
  [195] = 195,
  [196] = 196,
  [197] = 183,
  [198] = 198,
  [199] = 181,
  [200] = 83,
  [201] = 85,
  [202] = 84,
  [203] = 183,
  [204] = 182,
  [205] = 188,
  [206] = 184,
  [207] = 190,
  [208] = 186,
  [209] = 130,
  [210] = 192,
  [211] = 191,
  [212] = 187,
  [213] = 189,
  [214] = 194,
  [215] = 195,
  [216] = 185,
  [217] = 196,
  [218] = 135,
  [219] = 194,
  [220] = 198,
  [221] = 193,
  [222] = 196,
  [223] = 195,
  [224] = 224,
  [225] = 225,
  [226] = 226,
  [227] = 119,
  [228] = 127,
  [229] = 135,
  [230] = 230,
  [231] = 231,
  [232] = 230,
  [233] = 231,
  [234] = 230,
  [235] = 231,
  [236] = 224,
  [237] = 237,
  [238] = 238,
  [239] = 239,
  [240] = 240,
  [241] = 241,
  [242] = 242,
  [243] = 225,
  [244] = 226,
  [245] = 237,
  [246] = 238,
  [247] = 224,
  [248] = 237,
  [249] = 238,
  [250] = 239,
  [251] = 240,
  [252] = 241,
  [253] = 242,
  [254] = 225,
  [255] = 226,
  [256] = 239,
  [257] = 240,
  [258] = 241,
  [259] = 242,
  [260] = 84,
  [261] = 85,
  [262] = 83,
  [263] = 130,
  [264] = 264,
  [265] = 265,
  [266] = 264,
  [267] = 265,
  [268] = 268,
  [269] = 269,
  [270] = 270,
  [271] = 271,
  [272] = 83,
  [273] = 273,
  [274] = 274,
  [275] = 275,
  [276] = 276,
  [277] = 84,
  [278] = 278,
  [279] = 279,
  [280] = 280,
  [281] = 281,
  [282] = 282,
  [283] = 283,
  [284] = 284,
  [285] = 285,
  [286] = 286,
  [287] = 287,
  [288] = 288,
  [289] = 286,
  [290] = 290,
  [291] = 291,
  [292] = 85,
  [293] = 293,
  [294] = 286,
  [295] = 295,
  [296] = 130,
  [297] = 127,
  [298] = 135,
  [299] = 119,
  [300] = 271,
  [301] = 295,
  [302] = 269,
  [303] = 281,
  [304] = 273,
  [305] = 282,
  [306] = 283,
  [307] = 284,
  [308] = 287,
  [309] = 270,
  [310] = 285,
  [311] = 288,
  [312] = 290,
  [313] = 291,
  [314] = 293,
  [315] = 279,
  [316] = 274,
  [317] = 278,
  [318] = 275,
  [319] = 276,
  [320] = 280,
  [321] = 275,
  [322] = 271,
  [323] = 280,
  [324] = 287,
  [325] = 288,
  [326] = 290,
  [327] = 281,
  [328] = 282,
  [329] = 284,
  [330] = 274,
  [331] = 273,
  [332] = 293,
  [333] = 283,
  [334] = 295,
  [335] = 276,
  [336] = 285,
  [337] = 278,
  [338] = 279,
  [339] = 291,
  [340] = 340,
  [341] = 340,
  [342] = 342,
  [343] = 343,
  [344] = 344,
  [345] = 345,
  [346] = 346,
  [347] = 347,
  [348] = 348,
  [349] = 348,
  [350] = 345,
  [351] = 343,
  [352] = 345,
  [353] = 353,
  [354] = 354,
  [355] = 355,
  [356] = 356,
  [357] = 357,
  [358] = 357,
  [359] = 359,
  [360] = 360,
  [361] = 361,
  [362] = 362,
  [363] = 363,
  [364] = 364,
  [365] = 361,
  [366] = 357,
  [367] = 367,
  [368] = 368,
  [369] = 369,
  [370] = 370,
  [371] = 371,
  [372] = 372,
  [373] = 371,
  [374] = 374,
  [375] = 375,
  [376] = 376,
  [377] = 374,
  [378] = 376,
  [379] = 376,
  [380] = 380,
  [381] = 381,
  [382] = 382,
  [383] = 376,
  [384] = 384,
  [385] = 385,
  [386] = 386,
  [387] = 387,
  [388] = 374,
  [389] = 389,
  [390] = 390,
  [391] = 391,
  [392] = 380,
  [393] = 387,
  [394] = 374,
  [395] = 371,
  [396] = 371,
  [397] = 397,
  [398] = 398,
  [399] = 399,
  [400] = 400,
  [401] = 401,
  [402] = 83,
  [403] = 403,
  [404] = 135,
  [405] = 135,
  [406] = 406,
  [407] = 407,
  [408] = 408,
  [409] = 409,
  [410] = 410,
  [411] = 411,
  [412] = 412,
  [413] = 413,
  [414] = 414,
  [415] = 415,
  [416] = 416,
  [417] = 410,
  [418] = 418,
  [419] = 391,
  [420] = 420,
  [421] = 372,
  [422] = 370,
  [423] = 375,
  [424] = 386,
  [425] = 390,
  [426] = 382,
  [427] = 427,
  [428] = 411,
  [429] = 369,
  [430] = 381,
  [431] = 410,
  [432] = 389,
  [433] = 411,
  [434] = 434,
  [435] = 435,
  [436] = 436,
  [437] = 437,
  [438] = 438,
  [439] = 439,
  [440] = 438,
  [441] = 438,
  [442] = 442,
  [443] = 443,
  [444] = 444,
  [445] = 445,
  [446] = 446,
  [447] = 447,
  [448] = 448,
  [449] = 449,
  [450] = 445,
  [451] = 451,
  [452] = 446,
  [453] = 453,
  [454] = 442,
  [455] = 455,
  [456] = 456,
  [457] = 457,
  [458] = 458,
  [459] = 451,
  [460] = 444,
  [461] = 448,
  [462] = 462,
  [463] = 463,
  [464] = 464,
  [465] = 438,
  [466] = 453,
  [467] = 435,
  [468] = 451,
  [469] = 448,
  [470] = 453,
  [471] = 437,
  [472] = 446,
  [473] = 458,
  [474] = 444,
  [475] = 475,
  [476] = 438,
  [477] = 477,
  [478] = 475,
  [479] = 445,
  [480] = 458,
  [481] = 437,
  [482] = 447,
  [483] = 438,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(245);
      ADVANCE_MAP(
        '!', 613,
        '"', 642,
        '#', 648,
        '$', 233,
        '&', 3,
        '\'', 4,
        '(', 638,
        ')', 639,
        '*', 628,
        '+', 626,
        ',', 608,
        '-', 616,
        '.', 636,
        '/', 629,
        '0', 345,
        ':', 604,
        ';', 611,
        '<', 620,
        '=', 646,
        '>', 622,
        '?', 609,
        '@', 605,
        '[', 640,
        ']', 641,
        '{', 606,
        '|', 234,
        '}', 607,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(0);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(344);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(342);
      END_STATE();
    case 1:
      if (lookahead == '"') ADVANCE(642);
      if (lookahead == '#') ADVANCE(648);
      if (lookahead == '$') ADVANCE(233);
      if (lookahead == '.') ADVANCE(9);
      if (lookahead == '/') ADVANCE(5);
      if (lookahead == '}') ADVANCE(607);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(1);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(342);
      END_STATE();
    case 2:
      if (lookahead == '#') ADVANCE(648);
      if (lookahead == ',') ADVANCE(608);
      if (lookahead == '.') ADVANCE(635);
      if (lookahead == '/') ADVANCE(5);
      if (lookahead == '=') ADVANCE(645);
      if (lookahead == '?') ADVANCE(609);
      if (lookahead == '}') ADVANCE(607);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(2);
      END_STATE();
    case 3:
      if (lookahead == '&') ADVANCE(624);
      END_STATE();
    case 4:
      if (lookahead == '\'') ADVANCE(643);
      END_STATE();
    case 5:
      if (lookahead == '*') ADVANCE(8);
      END_STATE();
    case 6:
      if (lookahead == '*') ADVANCE(8);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(600);
      END_STATE();
    case 7:
      if (lookahead == '*') ADVANCE(7);
      if (lookahead == '/') ADVANCE(647);
      if (lookahead != 0) ADVANCE(8);
      END_STATE();
    case 8:
      if (lookahead == '*') ADVANCE(7);
      if (lookahead != 0) ADVANCE(8);
      END_STATE();
    case 9:
      if (lookahead == '.') ADVANCE(10);
      END_STATE();
    case 10:
      if (lookahead == '.') ADVANCE(610);
      END_STATE();
    case 11:
      if (lookahead == '/') ADVANCE(238);
      if (lookahead == '>') ADVANCE(602);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(11);
      END_STATE();
    case 12:
      if (lookahead == '/') ADVANCE(239);
      END_STATE();
    case 13:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(199);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(43);
      END_STATE();
    case 14:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(200);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(13);
      END_STATE();
    case 15:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(201);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(14);
      END_STATE();
    case 16:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(202);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(15);
      END_STATE();
    case 17:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(203);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(16);
      END_STATE();
    case 18:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(204);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(17);
      END_STATE();
    case 19:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(205);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(18);
      END_STATE();
    case 20:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(206);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(19);
      END_STATE();
    case 21:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(207);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(20);
      END_STATE();
    case 22:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(208);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(21);
      END_STATE();
    case 23:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(209);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(22);
      END_STATE();
    case 24:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(210);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(23);
      END_STATE();
    case 25:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(211);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(24);
      END_STATE();
    case 26:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(212);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(25);
      END_STATE();
    case 27:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(213);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(26);
      END_STATE();
    case 28:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(214);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(27);
      END_STATE();
    case 29:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(215);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(28);
      END_STATE();
    case 30:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(216);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(29);
      END_STATE();
    case 31:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(217);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(30);
      END_STATE();
    case 32:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(218);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(31);
      END_STATE();
    case 33:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(219);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(32);
      END_STATE();
    case 34:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(220);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(33);
      END_STATE();
    case 35:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(221);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(34);
      END_STATE();
    case 36:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(222);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(35);
      END_STATE();
    case 37:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(223);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(36);
      END_STATE();
    case 38:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(224);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(37);
      END_STATE();
    case 39:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(225);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(38);
      END_STATE();
    case 40:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(226);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(39);
      END_STATE();
    case 41:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(227);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(40);
      END_STATE();
    case 42:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(228);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 43:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      END_STATE();
    case 44:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(106);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(537);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(12);
      END_STATE();
    case 45:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(237);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(599);
      END_STATE();
    case 46:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(166);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(597);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(227);
      END_STATE();
    case 47:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(108);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(539);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 48:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(109);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(540);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 49:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(107);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(538);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(168);
      END_STATE();
    case 50:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(110);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(541);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 51:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(111);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(542);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(172);
      END_STATE();
    case 52:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(112);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(543);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 53:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(113);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(544);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(174);
      END_STATE();
    case 54:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(114);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(545);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(175);
      END_STATE();
    case 55:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(115);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(546);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(176);
      END_STATE();
    case 56:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(116);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(547);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(177);
      END_STATE();
    case 57:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(117);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(548);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 58:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(118);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(549);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 59:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(119);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(550);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(180);
      END_STATE();
    case 60:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(120);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(551);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(181);
      END_STATE();
    case 61:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(121);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(552);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(182);
      END_STATE();
    case 62:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(122);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(553);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(183);
      END_STATE();
    case 63:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(123);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(554);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(184);
      END_STATE();
    case 64:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(124);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(555);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(185);
      END_STATE();
    case 65:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(125);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(556);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(186);
      END_STATE();
    case 66:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(126);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(557);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(187);
      END_STATE();
    case 67:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(127);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(558);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(188);
      END_STATE();
    case 68:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(128);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(559);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(189);
      END_STATE();
    case 69:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(129);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(560);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(190);
      END_STATE();
    case 70:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(130);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(561);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(191);
      END_STATE();
    case 71:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(131);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(562);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(192);
      END_STATE();
    case 72:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(132);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(563);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(193);
      END_STATE();
    case 73:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(133);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(564);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(194);
      END_STATE();
    case 74:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(134);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(565);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(195);
      END_STATE();
    case 75:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(135);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(566);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(196);
      END_STATE();
    case 76:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(136);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(567);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(197);
      END_STATE();
    case 77:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(137);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(568);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      END_STATE();
    case 78:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(138);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(569);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(199);
      END_STATE();
    case 79:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(139);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(570);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(200);
      END_STATE();
    case 80:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(140);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(571);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(201);
      END_STATE();
    case 81:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(141);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(572);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(202);
      END_STATE();
    case 82:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(142);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(573);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 83:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(143);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(574);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      END_STATE();
    case 84:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(144);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(575);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(205);
      END_STATE();
    case 85:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(145);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(576);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(206);
      END_STATE();
    case 86:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(146);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(577);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(207);
      END_STATE();
    case 87:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(147);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(578);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(208);
      END_STATE();
    case 88:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(148);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(579);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 89:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(149);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(580);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 90:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(150);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(581);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 91:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(151);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(582);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(212);
      END_STATE();
    case 92:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(152);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(583);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(213);
      END_STATE();
    case 93:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(153);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(584);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      END_STATE();
    case 94:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(154);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(585);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(215);
      END_STATE();
    case 95:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(155);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(586);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(216);
      END_STATE();
    case 96:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(156);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(587);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 97:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(157);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(588);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(218);
      END_STATE();
    case 98:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(158);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(589);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(219);
      END_STATE();
    case 99:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(159);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(590);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(220);
      END_STATE();
    case 100:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(160);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(591);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(221);
      END_STATE();
    case 101:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(161);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(592);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(222);
      END_STATE();
    case 102:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(162);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(593);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(223);
      END_STATE();
    case 103:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(163);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(594);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(224);
      END_STATE();
    case 104:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(164);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(595);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(225);
      END_STATE();
    case 105:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(165);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(596);
      if (lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(226);
      END_STATE();
    case 106:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(599);
      END_STATE();
    case 107:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(537);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(12);
      END_STATE();
    case 108:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(540);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 109:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(538);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(168);
      END_STATE();
    case 110:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(539);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 111:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(541);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 112:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(542);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(172);
      END_STATE();
    case 113:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(543);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 114:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(544);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(174);
      END_STATE();
    case 115:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(545);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(175);
      END_STATE();
    case 116:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(546);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(176);
      END_STATE();
    case 117:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(547);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(177);
      END_STATE();
    case 118:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(548);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 119:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(549);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 120:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(550);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(180);
      END_STATE();
    case 121:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(551);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(181);
      END_STATE();
    case 122:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(552);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(182);
      END_STATE();
    case 123:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(553);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(183);
      END_STATE();
    case 124:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(554);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(184);
      END_STATE();
    case 125:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(555);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(185);
      END_STATE();
    case 126:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(556);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(186);
      END_STATE();
    case 127:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(557);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(187);
      END_STATE();
    case 128:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(558);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(188);
      END_STATE();
    case 129:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(559);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(189);
      END_STATE();
    case 130:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(560);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(190);
      END_STATE();
    case 131:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(561);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(191);
      END_STATE();
    case 132:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(562);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(192);
      END_STATE();
    case 133:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(563);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(193);
      END_STATE();
    case 134:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(564);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(194);
      END_STATE();
    case 135:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(565);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(195);
      END_STATE();
    case 136:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(566);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(196);
      END_STATE();
    case 137:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(567);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(197);
      END_STATE();
    case 138:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(568);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      END_STATE();
    case 139:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(569);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(199);
      END_STATE();
    case 140:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(570);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(200);
      END_STATE();
    case 141:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(571);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(201);
      END_STATE();
    case 142:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(572);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(202);
      END_STATE();
    case 143:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(573);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 144:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(574);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      END_STATE();
    case 145:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(575);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(205);
      END_STATE();
    case 146:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(576);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(206);
      END_STATE();
    case 147:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(577);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(207);
      END_STATE();
    case 148:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(578);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(208);
      END_STATE();
    case 149:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(579);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 150:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(580);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 151:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(581);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 152:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(582);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(212);
      END_STATE();
    case 153:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(583);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(213);
      END_STATE();
    case 154:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(584);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      END_STATE();
    case 155:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(585);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(215);
      END_STATE();
    case 156:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(586);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(216);
      END_STATE();
    case 157:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(587);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 158:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(588);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(218);
      END_STATE();
    case 159:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(589);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(219);
      END_STATE();
    case 160:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(590);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(220);
      END_STATE();
    case 161:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(591);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(221);
      END_STATE();
    case 162:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(592);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(222);
      END_STATE();
    case 163:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(593);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(223);
      END_STATE();
    case 164:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(594);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(224);
      END_STATE();
    case 165:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(595);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(225);
      END_STATE();
    case 166:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(596);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(226);
      END_STATE();
    case 167:
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(536);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(228);
      END_STATE();
    case 168:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(12);
      END_STATE();
    case 169:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(168);
      END_STATE();
    case 170:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 171:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 172:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 173:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(172);
      END_STATE();
    case 174:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 175:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(174);
      END_STATE();
    case 176:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(175);
      END_STATE();
    case 177:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(176);
      END_STATE();
    case 178:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(177);
      END_STATE();
    case 179:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(178);
      END_STATE();
    case 180:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(179);
      END_STATE();
    case 181:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(180);
      END_STATE();
    case 182:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(181);
      END_STATE();
    case 183:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(182);
      END_STATE();
    case 184:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(183);
      END_STATE();
    case 185:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(184);
      END_STATE();
    case 186:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(185);
      END_STATE();
    case 187:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(186);
      END_STATE();
    case 188:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(187);
      END_STATE();
    case 189:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(188);
      END_STATE();
    case 190:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(189);
      END_STATE();
    case 191:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(190);
      END_STATE();
    case 192:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(191);
      END_STATE();
    case 193:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(192);
      END_STATE();
    case 194:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(193);
      END_STATE();
    case 195:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(194);
      END_STATE();
    case 196:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(195);
      END_STATE();
    case 197:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(196);
      END_STATE();
    case 198:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(197);
      END_STATE();
    case 199:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(198);
      END_STATE();
    case 200:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(199);
      END_STATE();
    case 201:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(200);
      END_STATE();
    case 202:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(201);
      END_STATE();
    case 203:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(202);
      END_STATE();
    case 204:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 205:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      END_STATE();
    case 206:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(205);
      END_STATE();
    case 207:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(206);
      END_STATE();
    case 208:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(207);
      END_STATE();
    case 209:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(208);
      END_STATE();
    case 210:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 211:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(210);
      END_STATE();
    case 212:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 213:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(212);
      END_STATE();
    case 214:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(213);
      END_STATE();
    case 215:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(214);
      END_STATE();
    case 216:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(215);
      END_STATE();
    case 217:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(216);
      END_STATE();
    case 218:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 219:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(218);
      END_STATE();
    case 220:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(219);
      END_STATE();
    case 221:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(220);
      END_STATE();
    case 222:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(221);
      END_STATE();
    case 223:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(222);
      END_STATE();
    case 224:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(223);
      END_STATE();
    case 225:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(224);
      END_STATE();
    case 226:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(225);
      END_STATE();
    case 227:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(226);
      END_STATE();
    case 228:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(227);
      END_STATE();
    case 229:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(228);
      END_STATE();
    case 230:
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 231:
      if (lookahead == '=') ADVANCE(618);
      END_STATE();
    case 232:
      if (lookahead == '=') ADVANCE(617);
      END_STATE();
    case 233:
      if (lookahead == '{') ADVANCE(644);
      END_STATE();
    case 234:
      if (lookahead == '|') ADVANCE(625);
      END_STATE();
    case 235:
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(237);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(599);
      END_STATE();
    case 236:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(598);
      END_STATE();
    case 237:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(599);
      END_STATE();
    case 238:
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(11);
      END_STATE();
    case 239:
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(600);
      END_STATE();
    case 240:
      if (lookahead == '!' ||
          ('$' <= lookahead && lookahead <= '\'') ||
          ('*' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('?' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z') ||
          lookahead == '~') ADVANCE(603);
      END_STATE();
    case 241:
      if (eof) ADVANCE(245);
      ADVANCE_MAP(
        '!', 612,
        '"', 642,
        '#', 648,
        '\'', 4,
        '(', 638,
        '+', 230,
        '-', 615,
        '.', 637,
        '/', 6,
        '0', 347,
        '<', 238,
        '=', 645,
        '[', 640,
        ']', 641,
        '_', 340,
        '{', 606,
        '~', 12,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(241);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(346);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(276);
      END_STATE();
    case 242:
      if (eof) ADVANCE(245);
      ADVANCE_MAP(
        '!', 231,
        '"', 642,
        '#', 648,
        '$', 233,
        '&', 3,
        ')', 639,
        '*', 628,
        '+', 626,
        ',', 608,
        '-', 616,
        '.', 635,
        '/', 629,
        ';', 611,
        '<', 619,
        '=', 646,
        '>', 622,
        '?', 609,
        '|', 234,
        '}', 607,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(242);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(342);
      END_STATE();
    case 243:
      if (eof) ADVANCE(245);
      ADVANCE_MAP(
        '!', 231,
        '"', 642,
        '#', 648,
        '&', 3,
        '\'', 4,
        '(', 638,
        ')', 639,
        '*', 628,
        '+', 627,
        ',', 608,
        '-', 614,
        '.', 637,
        '/', 630,
        '0', 347,
        ':', 604,
        ';', 611,
        '<', 620,
        '=', 232,
        '>', 622,
        '?', 609,
        '@', 605,
        '[', 640,
        ']', 641,
        '_', 340,
        '{', 606,
        '|', 234,
        '}', 607,
        '~', 12,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(243);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(346);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(276);
      END_STATE();
    case 244:
      if (eof) ADVANCE(245);
      ADVANCE_MAP(
        '!', 231,
        '#', 648,
        '&', 3,
        ')', 639,
        '*', 628,
        '+', 626,
        ',', 608,
        '-', 616,
        '.', 635,
        '/', 629,
        ';', 611,
        '<', 619,
        '=', 232,
        '>', 622,
        '?', 609,
        '|', 234,
        '}', 607,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(244);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(342);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(309);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(43);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(277);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(310);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(13);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(246);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(311);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(14);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(247);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(312);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(15);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(248);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(313);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(16);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(249);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(314);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(17);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(250);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(315);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(18);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(251);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(316);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(19);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(252);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(317);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(20);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(253);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(318);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(21);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(254);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(319);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(22);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(255);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(320);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(23);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(256);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(321);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(24);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(257);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(322);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(25);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(323);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(26);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(259);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(324);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(27);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(260);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(325);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(28);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(261);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(326);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(29);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(262);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(327);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(30);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(263);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(328);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(31);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(264);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(329);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(32);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(265);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(330);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(33);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(266);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(331);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(34);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(267);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(332);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(35);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(268);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(333);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(36);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(269);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(334);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(37);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(270);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(335);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(38);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(271);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(336);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(39);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(272);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(337);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(40);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(273);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(338);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(41);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(274);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '_') ADVANCE(339);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(42);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(275);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == ':') ADVANCE(240);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(198);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(308);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(12);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(341);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(168);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(278);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(169);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(279);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(170);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(280);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(171);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(281);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(172);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(282);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(173);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(283);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(174);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(284);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(175);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(285);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(176);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(286);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(177);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(287);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(178);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(288);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(179);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(289);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(180);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(290);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(181);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(291);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(182);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(292);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(183);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(293);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(184);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(294);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(185);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(295);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(186);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(296);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(187);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(297);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(188);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(298);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(189);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(299);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(190);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(300);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(191);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(301);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(192);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(302);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(193);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(303);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(194);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(304);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(195);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(305);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(196);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(306);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(197);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(307);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(198);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(308);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(199);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(309);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(200);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(310);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(201);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(311);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(202);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(312);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(203);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(313);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(204);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(314);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(205);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(315);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(206);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(316);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(207);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(317);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(208);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(318);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(209);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(319);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(210);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(320);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(211);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(321);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(212);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(322);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(213);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(323);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(214);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(324);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(215);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(325);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(216);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(326);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(217);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(327);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(218);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(328);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(219);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(329);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(220);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(330);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(221);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(331);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(222);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(332);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(223);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(333);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(224);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(334);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(225);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(335);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(226);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(336);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(227);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(337);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(228);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(338);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'') ADVANCE(342);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          lookahead == '.') ADVANCE(229);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(339);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '\'' ||
          lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(342);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '\'' ||
          lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(342);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(598);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(344);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(598);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(344);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(236);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(473);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(475);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(409);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(167);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(472);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(474);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(343);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(12);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(478);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(350);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(476);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(348);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(168);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(477);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(349);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(479);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(353);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(172);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(480);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(351);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(481);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(352);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(482);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(354);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(174);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '.') ADVANCE(483);
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(408);
      if (lookahead == '+' ||
          lookahead == '-' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(228);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(473);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(410);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(12);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(413);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(411);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(168);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(412);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(414);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(sym_integer_expression);
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(473);
      END_STATE();
    case 474:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(235);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(598);
      END_STATE();
    case 475:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(46);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(536);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(228);
      END_STATE();
    case 476:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(45);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(474);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(12);
      END_STATE();
    case 477:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(49);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(478);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 478:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(44);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(476);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(168);
      END_STATE();
    case 479:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(47);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 480:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(48);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(477);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 481:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(50);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(479);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(172);
      END_STATE();
    case 482:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(481);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 483:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(599);
      END_STATE();
    case 538:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(537);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(12);
      END_STATE();
    case 539:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(540);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      END_STATE();
    case 540:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(538);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(168);
      END_STATE();
    case 541:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(539);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(170);
      END_STATE();
    case 542:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(541);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(171);
      END_STATE();
    case 543:
      ACCEPT_TOKEN(sym_float_expression);
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == '/') ADVANCE(239);
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
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(235);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(598);
      END_STATE();
    case 599:
      ACCEPT_TOKEN(sym_float_expression);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(599);
      END_STATE();
    case 600:
      ACCEPT_TOKEN(sym_path_expression);
      if (lookahead == '/') ADVANCE(601);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(600);
      END_STATE();
    case 601:
      ACCEPT_TOKEN(sym_path_expression);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(600);
      END_STATE();
    case 602:
      ACCEPT_TOKEN(sym_spath_expression);
      END_STATE();
    case 603:
      ACCEPT_TOKEN(sym_uri_expression);
      if (lookahead == '!' ||
          ('$' <= lookahead && lookahead <= '\'') ||
          ('*' <= lookahead && lookahead <= ':') ||
          lookahead == '=' ||
          ('?' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z') ||
          lookahead == '~') ADVANCE(603);
      END_STATE();
    case 604:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 605:
      ACCEPT_TOKEN(anon_sym_AT);
      END_STATE();
    case 606:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 607:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 608:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 609:
      ACCEPT_TOKEN(anon_sym_QMARK);
      END_STATE();
    case 610:
      ACCEPT_TOKEN(sym_ellipses);
      END_STATE();
    case 611:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 612:
      ACCEPT_TOKEN(anon_sym_BANG);
      END_STATE();
    case 613:
      ACCEPT_TOKEN(anon_sym_BANG);
      if (lookahead == '=') ADVANCE(618);
      END_STATE();
    case 614:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '>') ADVANCE(631);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 615:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 616:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '>') ADVANCE(631);
      END_STATE();
    case 617:
      ACCEPT_TOKEN(anon_sym_EQ_EQ);
      END_STATE();
    case 618:
      ACCEPT_TOKEN(anon_sym_BANG_EQ);
      END_STATE();
    case 619:
      ACCEPT_TOKEN(anon_sym_LT);
      if (lookahead == '=') ADVANCE(621);
      END_STATE();
    case 620:
      ACCEPT_TOKEN(anon_sym_LT);
      if (lookahead == '=') ADVANCE(621);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(11);
      END_STATE();
    case 621:
      ACCEPT_TOKEN(anon_sym_LT_EQ);
      END_STATE();
    case 622:
      ACCEPT_TOKEN(anon_sym_GT);
      if (lookahead == '=') ADVANCE(623);
      END_STATE();
    case 623:
      ACCEPT_TOKEN(anon_sym_GT_EQ);
      END_STATE();
    case 624:
      ACCEPT_TOKEN(anon_sym_AMP_AMP);
      END_STATE();
    case 625:
      ACCEPT_TOKEN(anon_sym_PIPE_PIPE);
      END_STATE();
    case 626:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '+') ADVANCE(633);
      END_STATE();
    case 627:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '+') ADVANCE(634);
      if (lookahead == '/') ADVANCE(239);
      if (('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 628:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 629:
      ACCEPT_TOKEN(anon_sym_SLASH);
      if (lookahead == '*') ADVANCE(8);
      if (lookahead == '/') ADVANCE(632);
      END_STATE();
    case 630:
      ACCEPT_TOKEN(anon_sym_SLASH);
      if (lookahead == '*') ADVANCE(8);
      if (lookahead == '/') ADVANCE(632);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(600);
      END_STATE();
    case 631:
      ACCEPT_TOKEN(anon_sym_DASH_GT);
      END_STATE();
    case 632:
      ACCEPT_TOKEN(anon_sym_SLASH_SLASH);
      END_STATE();
    case 633:
      ACCEPT_TOKEN(anon_sym_PLUS_PLUS);
      END_STATE();
    case 634:
      ACCEPT_TOKEN(anon_sym_PLUS_PLUS);
      if (lookahead == '/') ADVANCE(239);
      if (lookahead == '+' ||
          ('-' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(228);
      END_STATE();
    case 635:
      ACCEPT_TOKEN(anon_sym_DOT);
      END_STATE();
    case 636:
      ACCEPT_TOKEN(anon_sym_DOT);
      if (lookahead == '.') ADVANCE(10);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(598);
      END_STATE();
    case 637:
      ACCEPT_TOKEN(anon_sym_DOT);
      if (lookahead == '/') ADVANCE(239);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(475);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(229);
      END_STATE();
    case 638:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 639:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 640:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 641:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 642:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 643:
      ACCEPT_TOKEN(anon_sym_SQUOTE_SQUOTE);
      END_STATE();
    case 644:
      ACCEPT_TOKEN(anon_sym_DOLLAR_LBRACE);
      END_STATE();
    case 645:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 646:
      ACCEPT_TOKEN(anon_sym_EQ);
      if (lookahead == '=') ADVANCE(617);
      END_STATE();
    case 647:
      ACCEPT_TOKEN(sym_comment);
      END_STATE();
    case 648:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(648);
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
  [1] = {.lex_state = 241},
  [2] = {.lex_state = 243},
  [3] = {.lex_state = 243},
  [4] = {.lex_state = 243},
  [5] = {.lex_state = 243},
  [6] = {.lex_state = 243},
  [7] = {.lex_state = 243},
  [8] = {.lex_state = 243},
  [9] = {.lex_state = 243},
  [10] = {.lex_state = 243},
  [11] = {.lex_state = 243},
  [12] = {.lex_state = 243},
  [13] = {.lex_state = 243},
  [14] = {.lex_state = 243},
  [15] = {.lex_state = 243},
  [16] = {.lex_state = 243},
  [17] = {.lex_state = 243},
  [18] = {.lex_state = 243},
  [19] = {.lex_state = 243},
  [20] = {.lex_state = 243},
  [21] = {.lex_state = 243},
  [22] = {.lex_state = 243},
  [23] = {.lex_state = 243},
  [24] = {.lex_state = 243},
  [25] = {.lex_state = 243},
  [26] = {.lex_state = 243},
  [27] = {.lex_state = 243},
  [28] = {.lex_state = 243},
  [29] = {.lex_state = 243},
  [30] = {.lex_state = 243},
  [31] = {.lex_state = 243},
  [32] = {.lex_state = 243},
  [33] = {.lex_state = 243},
  [34] = {.lex_state = 243},
  [35] = {.lex_state = 243},
  [36] = {.lex_state = 243},
  [37] = {.lex_state = 243},
  [38] = {.lex_state = 243},
  [39] = {.lex_state = 243},
  [40] = {.lex_state = 243},
  [41] = {.lex_state = 243},
  [42] = {.lex_state = 243},
  [43] = {.lex_state = 243},
  [44] = {.lex_state = 243},
  [45] = {.lex_state = 243},
  [46] = {.lex_state = 243},
  [47] = {.lex_state = 243},
  [48] = {.lex_state = 243},
  [49] = {.lex_state = 243},
  [50] = {.lex_state = 243},
  [51] = {.lex_state = 243},
  [52] = {.lex_state = 243},
  [53] = {.lex_state = 243},
  [54] = {.lex_state = 243},
  [55] = {.lex_state = 243},
  [56] = {.lex_state = 243},
  [57] = {.lex_state = 243},
  [58] = {.lex_state = 243},
  [59] = {.lex_state = 243},
  [60] = {.lex_state = 243},
  [61] = {.lex_state = 243},
  [62] = {.lex_state = 243},
  [63] = {.lex_state = 243},
  [64] = {.lex_state = 243},
  [65] = {.lex_state = 243},
  [66] = {.lex_state = 243},
  [67] = {.lex_state = 243},
  [68] = {.lex_state = 243},
  [69] = {.lex_state = 243},
  [70] = {.lex_state = 243},
  [71] = {.lex_state = 243},
  [72] = {.lex_state = 243},
  [73] = {.lex_state = 243},
  [74] = {.lex_state = 243},
  [75] = {.lex_state = 243},
  [76] = {.lex_state = 243},
  [77] = {.lex_state = 243},
  [78] = {.lex_state = 243},
  [79] = {.lex_state = 243},
  [80] = {.lex_state = 243},
  [81] = {.lex_state = 243},
  [82] = {.lex_state = 243},
  [83] = {.lex_state = 243},
  [84] = {.lex_state = 243},
  [85] = {.lex_state = 243},
  [86] = {.lex_state = 243},
  [87] = {.lex_state = 243},
  [88] = {.lex_state = 243},
  [89] = {.lex_state = 243},
  [90] = {.lex_state = 243},
  [91] = {.lex_state = 243},
  [92] = {.lex_state = 243},
  [93] = {.lex_state = 243},
  [94] = {.lex_state = 243},
  [95] = {.lex_state = 243},
  [96] = {.lex_state = 243},
  [97] = {.lex_state = 243},
  [98] = {.lex_state = 243},
  [99] = {.lex_state = 243},
  [100] = {.lex_state = 243},
  [101] = {.lex_state = 243},
  [102] = {.lex_state = 243},
  [103] = {.lex_state = 243},
  [104] = {.lex_state = 243},
  [105] = {.lex_state = 241},
  [106] = {.lex_state = 243},
  [107] = {.lex_state = 241},
  [108] = {.lex_state = 243},
  [109] = {.lex_state = 241},
  [110] = {.lex_state = 241},
  [111] = {.lex_state = 241},
  [112] = {.lex_state = 243},
  [113] = {.lex_state = 243},
  [114] = {.lex_state = 241},
  [115] = {.lex_state = 243},
  [116] = {.lex_state = 243},
  [117] = {.lex_state = 243},
  [118] = {.lex_state = 243},
  [119] = {.lex_state = 243},
  [120] = {.lex_state = 241},
  [121] = {.lex_state = 241},
  [122] = {.lex_state = 241},
  [123] = {.lex_state = 241},
  [124] = {.lex_state = 243},
  [125] = {.lex_state = 243},
  [126] = {.lex_state = 243},
  [127] = {.lex_state = 243},
  [128] = {.lex_state = 243},
  [129] = {.lex_state = 241},
  [130] = {.lex_state = 243},
  [131] = {.lex_state = 243},
  [132] = {.lex_state = 241},
  [133] = {.lex_state = 243},
  [134] = {.lex_state = 241},
  [135] = {.lex_state = 243},
  [136] = {.lex_state = 241},
  [137] = {.lex_state = 241},
  [138] = {.lex_state = 243},
  [139] = {.lex_state = 243},
  [140] = {.lex_state = 243},
  [141] = {.lex_state = 241},
  [142] = {.lex_state = 243},
  [143] = {.lex_state = 243},
  [144] = {.lex_state = 241},
  [145] = {.lex_state = 241},
  [146] = {.lex_state = 241},
  [147] = {.lex_state = 241},
  [148] = {.lex_state = 241},
  [149] = {.lex_state = 243},
  [150] = {.lex_state = 241},
  [151] = {.lex_state = 241},
  [152] = {.lex_state = 241},
  [153] = {.lex_state = 241},
  [154] = {.lex_state = 241},
  [155] = {.lex_state = 241},
  [156] = {.lex_state = 241},
  [157] = {.lex_state = 243},
  [158] = {.lex_state = 241},
  [159] = {.lex_state = 241},
  [160] = {.lex_state = 241},
  [161] = {.lex_state = 241},
  [162] = {.lex_state = 241},
  [163] = {.lex_state = 241},
  [164] = {.lex_state = 241},
  [165] = {.lex_state = 241},
  [166] = {.lex_state = 241},
  [167] = {.lex_state = 241},
  [168] = {.lex_state = 241},
  [169] = {.lex_state = 241},
  [170] = {.lex_state = 241},
  [171] = {.lex_state = 241},
  [172] = {.lex_state = 241},
  [173] = {.lex_state = 241},
  [174] = {.lex_state = 241},
  [175] = {.lex_state = 241},
  [176] = {.lex_state = 241},
  [177] = {.lex_state = 241},
  [178] = {.lex_state = 241},
  [179] = {.lex_state = 241},
  [180] = {.lex_state = 243},
  [181] = {.lex_state = 243},
  [182] = {.lex_state = 243},
  [183] = {.lex_state = 243},
  [184] = {.lex_state = 243},
  [185] = {.lex_state = 243},
  [186] = {.lex_state = 243},
  [187] = {.lex_state = 243},
  [188] = {.lex_state = 243},
  [189] = {.lex_state = 243},
  [190] = {.lex_state = 243},
  [191] = {.lex_state = 243},
  [192] = {.lex_state = 243},
  [193] = {.lex_state = 243},
  [194] = {.lex_state = 243},
  [195] = {.lex_state = 243},
  [196] = {.lex_state = 243},
  [197] = {.lex_state = 243},
  [198] = {.lex_state = 243},
  [199] = {.lex_state = 243},
  [200] = {.lex_state = 243},
  [201] = {.lex_state = 243},
  [202] = {.lex_state = 243},
  [203] = {.lex_state = 243},
  [204] = {.lex_state = 243},
  [205] = {.lex_state = 243},
  [206] = {.lex_state = 243},
  [207] = {.lex_state = 243},
  [208] = {.lex_state = 243},
  [209] = {.lex_state = 243},
  [210] = {.lex_state = 243},
  [211] = {.lex_state = 243},
  [212] = {.lex_state = 243},
  [213] = {.lex_state = 243},
  [214] = {.lex_state = 243},
  [215] = {.lex_state = 243},
  [216] = {.lex_state = 243},
  [217] = {.lex_state = 243},
  [218] = {.lex_state = 243},
  [219] = {.lex_state = 243},
  [220] = {.lex_state = 243},
  [221] = {.lex_state = 243},
  [222] = {.lex_state = 243},
  [223] = {.lex_state = 243},
  [224] = {.lex_state = 241},
  [225] = {.lex_state = 241},
  [226] = {.lex_state = 241},
  [227] = {.lex_state = 242},
  [228] = {.lex_state = 242},
  [229] = {.lex_state = 242},
  [230] = {.lex_state = 241},
  [231] = {.lex_state = 241},
  [232] = {.lex_state = 241},
  [233] = {.lex_state = 241},
  [234] = {.lex_state = 241},
  [235] = {.lex_state = 241},
  [236] = {.lex_state = 241},
  [237] = {.lex_state = 241},
  [238] = {.lex_state = 241},
  [239] = {.lex_state = 241},
  [240] = {.lex_state = 241},
  [241] = {.lex_state = 241},
  [242] = {.lex_state = 241},
  [243] = {.lex_state = 241},
  [244] = {.lex_state = 241},
  [245] = {.lex_state = 241},
  [246] = {.lex_state = 241},
  [247] = {.lex_state = 241},
  [248] = {.lex_state = 241},
  [249] = {.lex_state = 241},
  [250] = {.lex_state = 241},
  [251] = {.lex_state = 241},
  [252] = {.lex_state = 241},
  [253] = {.lex_state = 241},
  [254] = {.lex_state = 241},
  [255] = {.lex_state = 241},
  [256] = {.lex_state = 241},
  [257] = {.lex_state = 241},
  [258] = {.lex_state = 241},
  [259] = {.lex_state = 241},
  [260] = {.lex_state = 242},
  [261] = {.lex_state = 242},
  [262] = {.lex_state = 244},
  [263] = {.lex_state = 242},
  [264] = {.lex_state = 241},
  [265] = {.lex_state = 241},
  [266] = {.lex_state = 241},
  [267] = {.lex_state = 241},
  [268] = {.lex_state = 241},
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
  [286] = {.lex_state = 241},
  [287] = {.lex_state = 244},
  [288] = {.lex_state = 244},
  [289] = {.lex_state = 241},
  [290] = {.lex_state = 244},
  [291] = {.lex_state = 244},
  [292] = {.lex_state = 244},
  [293] = {.lex_state = 244},
  [294] = {.lex_state = 241},
  [295] = {.lex_state = 244},
  [296] = {.lex_state = 244},
  [297] = {.lex_state = 244},
  [298] = {.lex_state = 244},
  [299] = {.lex_state = 244},
  [300] = {.lex_state = 244},
  [301] = {.lex_state = 244},
  [302] = {.lex_state = 244},
  [303] = {.lex_state = 244},
  [304] = {.lex_state = 244},
  [305] = {.lex_state = 244},
  [306] = {.lex_state = 244},
  [307] = {.lex_state = 244},
  [308] = {.lex_state = 244},
  [309] = {.lex_state = 244},
  [310] = {.lex_state = 244},
  [311] = {.lex_state = 244},
  [312] = {.lex_state = 244},
  [313] = {.lex_state = 244},
  [314] = {.lex_state = 244},
  [315] = {.lex_state = 244},
  [316] = {.lex_state = 244},
  [317] = {.lex_state = 244},
  [318] = {.lex_state = 244},
  [319] = {.lex_state = 244},
  [320] = {.lex_state = 244},
  [321] = {.lex_state = 244},
  [322] = {.lex_state = 244},
  [323] = {.lex_state = 244},
  [324] = {.lex_state = 244},
  [325] = {.lex_state = 244},
  [326] = {.lex_state = 244},
  [327] = {.lex_state = 244},
  [328] = {.lex_state = 244},
  [329] = {.lex_state = 244},
  [330] = {.lex_state = 244},
  [331] = {.lex_state = 244},
  [332] = {.lex_state = 244},
  [333] = {.lex_state = 244},
  [334] = {.lex_state = 244},
  [335] = {.lex_state = 244},
  [336] = {.lex_state = 244},
  [337] = {.lex_state = 244},
  [338] = {.lex_state = 244},
  [339] = {.lex_state = 244},
  [340] = {.lex_state = 1},
  [341] = {.lex_state = 1},
  [342] = {.lex_state = 241},
  [343] = {.lex_state = 0},
  [344] = {.lex_state = 0},
  [345] = {.lex_state = 0},
  [346] = {.lex_state = 241},
  [347] = {.lex_state = 0},
  [348] = {.lex_state = 0},
  [349] = {.lex_state = 0},
  [350] = {.lex_state = 0},
  [351] = {.lex_state = 0},
  [352] = {.lex_state = 0},
  [353] = {.lex_state = 0},
  [354] = {.lex_state = 0},
  [355] = {.lex_state = 0},
  [356] = {.lex_state = 0},
  [357] = {.lex_state = 0},
  [358] = {.lex_state = 0},
  [359] = {.lex_state = 0},
  [360] = {.lex_state = 0},
  [361] = {.lex_state = 0},
  [362] = {.lex_state = 0},
  [363] = {.lex_state = 0},
  [364] = {.lex_state = 2},
  [365] = {.lex_state = 0},
  [366] = {.lex_state = 0},
  [367] = {.lex_state = 0},
  [368] = {.lex_state = 0},
  [369] = {.lex_state = 0},
  [370] = {.lex_state = 0},
  [371] = {.lex_state = 0},
  [372] = {.lex_state = 0},
  [373] = {.lex_state = 0},
  [374] = {.lex_state = 0, .external_lex_state = 2},
  [375] = {.lex_state = 0},
  [376] = {.lex_state = 0, .external_lex_state = 2},
  [377] = {.lex_state = 0, .external_lex_state = 2},
  [378] = {.lex_state = 0, .external_lex_state = 2},
  [379] = {.lex_state = 0, .external_lex_state = 2},
  [380] = {.lex_state = 0, .external_lex_state = 3},
  [381] = {.lex_state = 0},
  [382] = {.lex_state = 0},
  [383] = {.lex_state = 0, .external_lex_state = 2},
  [384] = {.lex_state = 0, .external_lex_state = 2},
  [385] = {.lex_state = 0, .external_lex_state = 3},
  [386] = {.lex_state = 0},
  [387] = {.lex_state = 0, .external_lex_state = 3},
  [388] = {.lex_state = 0, .external_lex_state = 2},
  [389] = {.lex_state = 0},
  [390] = {.lex_state = 0},
  [391] = {.lex_state = 0},
  [392] = {.lex_state = 0, .external_lex_state = 3},
  [393] = {.lex_state = 0, .external_lex_state = 3},
  [394] = {.lex_state = 0, .external_lex_state = 2},
  [395] = {.lex_state = 0},
  [396] = {.lex_state = 0},
  [397] = {.lex_state = 0},
  [398] = {.lex_state = 1},
  [399] = {.lex_state = 1},
  [400] = {.lex_state = 1},
  [401] = {.lex_state = 0},
  [402] = {.lex_state = 2},
  [403] = {.lex_state = 0},
  [404] = {.lex_state = 0, .external_lex_state = 3},
  [405] = {.lex_state = 0, .external_lex_state = 2},
  [406] = {.lex_state = 2},
  [407] = {.lex_state = 0},
  [408] = {.lex_state = 0},
  [409] = {.lex_state = 0},
  [410] = {.lex_state = 0},
  [411] = {.lex_state = 0},
  [412] = {.lex_state = 0},
  [413] = {.lex_state = 0},
  [414] = {.lex_state = 0},
  [415] = {.lex_state = 0},
  [416] = {.lex_state = 0},
  [417] = {.lex_state = 0},
  [418] = {.lex_state = 0},
  [419] = {.lex_state = 0},
  [420] = {.lex_state = 0},
  [421] = {.lex_state = 0},
  [422] = {.lex_state = 0},
  [423] = {.lex_state = 0},
  [424] = {.lex_state = 0},
  [425] = {.lex_state = 0},
  [426] = {.lex_state = 0},
  [427] = {.lex_state = 0},
  [428] = {.lex_state = 0},
  [429] = {.lex_state = 0},
  [430] = {.lex_state = 0},
  [431] = {.lex_state = 0},
  [432] = {.lex_state = 0},
  [433] = {.lex_state = 0},
  [434] = {.lex_state = 0},
  [435] = {.lex_state = 0},
  [436] = {.lex_state = 0},
  [437] = {.lex_state = 0},
  [438] = {.lex_state = 0},
  [439] = {.lex_state = 241},
  [440] = {.lex_state = 0},
  [441] = {.lex_state = 0},
  [442] = {.lex_state = 0},
  [443] = {.lex_state = 0},
  [444] = {.lex_state = 0},
  [445] = {.lex_state = 0},
  [446] = {.lex_state = 0},
  [447] = {.lex_state = 0},
  [448] = {.lex_state = 0},
  [449] = {.lex_state = 0},
  [450] = {.lex_state = 0},
  [451] = {.lex_state = 0},
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
    [anon_sym_DOLLAR_LBRACE] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [anon_sym_inherit] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym_string_fragment] = ACTIONS(1),
    [sym_indented_string_fragment] = ACTIONS(1),
  },
  [1] = {
    [sym_source_code] = STATE(464),
    [sym__expression] = STATE(455),
    [sym_variable_expression] = STATE(102),
    [sym_function_expression] = STATE(375),
    [sym_formals] = STATE(417),
    [sym_assert_expression] = STATE(375),
    [sym_with_expression] = STATE(375),
    [sym_let_expression] = STATE(375),
    [sym_if_expression] = STATE(375),
    [sym_has_attr_expression] = STATE(334),
    [sym_unary_expression] = STATE(334),
    [sym_binary_expression] = STATE(334),
    [sym_apply_expression] = STATE(139),
    [sym_select_expression] = STATE(139),
    [sym_parenthesized_expression] = STATE(102),
    [sym_attrset_expression] = STATE(102),
    [sym_rec_attrset_expression] = STATE(102),
    [sym_list_expression] = STATE(102),
    [sym_string_expression] = STATE(102),
    [sym_indented_string_expression] = STATE(102),
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(196), 7,
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
  [83] = 15,
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
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(51), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
    STATE(196), 7,
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
  [156] = 26,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(61), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [251] = 19,
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
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 4,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    STATE(196), 7,
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
  [332] = 22,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(196), 7,
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
  [419] = 21,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(196), 7,
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
  [504] = 23,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(77), 7,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [593] = 24,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(77), 6,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [684] = 17,
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
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(196), 7,
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
  [761] = 26,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(77), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [856] = 21,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(196), 7,
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
  [941] = 17,
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
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(196), 7,
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
  [1018] = 26,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(81), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1113] = 26,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(83), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1208] = 26,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(85), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1303] = 26,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(87), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1398] = 26,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(89), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1493] = 26,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(91), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1588] = 26,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(93), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1683] = 26,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(95), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1778] = 22,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(77), 7,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1864] = 25,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(93), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [1956] = 19,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(196), 7,
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
  [2036] = 14,
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
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(51), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
    STATE(196), 7,
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
  [2106] = 25,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(61), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [2198] = 18,
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
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 4,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    STATE(196), 7,
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
  [2276] = 21,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(196), 7,
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
  [2360] = 20,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(196), 7,
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
  [2442] = 25,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(95), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [2534] = 23,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(77), 6,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [2622] = 16,
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
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(196), 7,
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
  [2696] = 25,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(77), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [2788] = 20,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(196), 7,
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
  [2870] = 16,
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
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(39), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(196), 7,
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
  [2944] = 25,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(81), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3036] = 25,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(83), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3128] = 25,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(85), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3220] = 25,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(87), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3312] = 25,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(89), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3404] = 25,
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
    STATE(198), 1,
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
    ACTIONS(41), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(91), 4,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
    STATE(196), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3496] = 26,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3589] = 15,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
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
  [3660] = 19,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 6,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    STATE(217), 7,
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
  [3739] = 23,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(77), 5,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3826] = 21,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(77), 7,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3909] = 24,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [3998] = 25,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4089] = 17,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 7,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(217), 7,
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
  [4164] = 26,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4257] = 21,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(77), 7,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4340] = 17,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 7,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(217), 7,
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
  [4415] = 26,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4601] = 26,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4694] = 26,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4787] = 20,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(51), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_LT,
      anon_sym_GT,
    STATE(217), 7,
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
  [4868] = 26,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [4961] = 26,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5054] = 26,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5147] = 26,
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
    STATE(220), 1,
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
    ACTIONS(157), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5240] = 25,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5330] = 20,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(77), 7,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5410] = 23,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5496] = 15,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(51), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
    STATE(222), 7,
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
  [5566] = 24,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5654] = 16,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 7,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(217), 7,
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
  [5726] = 26,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5818] = 25,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5908] = 20,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(77), 7,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [5988] = 19,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 4,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    STATE(222), 7,
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
  [6066] = 16,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 7,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(217), 7,
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
  [6138] = 25,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6228] = 22,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(77), 6,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6312] = 25,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6402] = 21,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
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
  [6484] = 25,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6574] = 25,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6664] = 23,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(77), 4,
      ts_builtin_sym_end,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6750] = 25,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6840] = 24,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 3,
      ts_builtin_sym_end,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [6928] = 20,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(51), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
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
  [7008] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(191), 1,
      anon_sym_DOT,
    STATE(84), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(187), 13,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [7058] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(191), 1,
      anon_sym_DOT,
    STATE(85), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(193), 13,
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
    ACTIONS(195), 23,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [7108] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(201), 1,
      anon_sym_DOT,
    STATE(85), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(197), 13,
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
    ACTIONS(199), 23,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [7158] = 17,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(222), 7,
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
  [7232] = 26,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7324] = 21,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
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
  [7406] = 17,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(222), 7,
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
  [7480] = 26,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7572] = 26,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7664] = 26,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7756] = 26,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7848] = 26,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [7940] = 26,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8032] = 26,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8124] = 25,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8214] = 19,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(109), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(51), 4,
      anon_sym_then,
      anon_sym_else,
      anon_sym_LT,
      anon_sym_GT,
    STATE(217), 7,
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
  [8292] = 14,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
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
  [8360] = 25,
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
    STATE(220), 1,
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
    ACTIONS(157), 2,
      anon_sym_then,
      anon_sym_else,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8450] = 18,
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
    STATE(220), 1,
      sym_select_expression,
    ACTIONS(99), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 6,
      anon_sym_then,
      anon_sym_else,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    STATE(217), 7,
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
  [8526] = 26,
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
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8618] = 22,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(77), 5,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8702] = 25,
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
    STATE(220), 1,
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
    ACTIONS(101), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(217), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [8792] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(381), 1,
      sym__expression,
    STATE(431), 1,
      sym_formals,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [8875] = 20,
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
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
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
  [8954] = 22,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    STATE(430), 1,
      sym__expression,
    ACTIONS(224), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(97), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(226), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(301), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(423), 5,
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
  [9037] = 16,
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
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(222), 7,
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
  [9108] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(409), 1,
      sym__expression,
    STATE(431), 1,
      sym_formals,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [9191] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(449), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [9274] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(477), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [9357] = 18,
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
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 4,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
    STATE(222), 7,
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
  [9432] = 25,
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
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9521] = 22,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    STATE(444), 1,
      sym__expression,
    ACTIONS(224), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(97), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(226), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(301), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(423), 5,
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
  [9604] = 14,
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
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(51), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_PLUS_PLUS,
    STATE(222), 7,
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
  [9671] = 25,
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
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9760] = 20,
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
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(79), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
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
  [9839] = 25,
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
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [9928] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(242), 14,
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
    ACTIONS(244), 23,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [9973] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(459), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [10056] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(448), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [10139] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(467), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [10222] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(483), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [10305] = 25,
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
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10394] = 19,
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
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(51), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
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
  [10471] = 25,
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
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10560] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(246), 14,
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
    ACTIONS(248), 23,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [10605] = 25,
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
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10694] = 22,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    STATE(481), 1,
      sym__expression,
    ACTIONS(224), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(97), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(226), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(301), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(423), 5,
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
  [10777] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(250), 14,
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
    ACTIONS(252), 23,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [10822] = 25,
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
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [10911] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(461), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [10994] = 21,
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
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(77), 6,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11075] = 22,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    STATE(437), 1,
      sym__expression,
    ACTIONS(224), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(97), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(226), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(301), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(423), 5,
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
  [11158] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(254), 14,
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
    ACTIONS(256), 23,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [11203] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(435), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [11286] = 22,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    STATE(460), 1,
      sym__expression,
    ACTIONS(224), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(97), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(226), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(301), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(423), 5,
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
  [11369] = 23,
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
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 3,
      ts_builtin_sym_end,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11454] = 25,
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
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11543] = 25,
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
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11632] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(451), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [11715] = 16,
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
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(79), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    STATE(222), 7,
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
  [11786] = 22,
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
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    ACTIONS(77), 4,
      ts_builtin_sym_end,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [11869] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(476), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [11952] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(465), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [12035] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(438), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [12118] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(440), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [12201] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(441), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [12284] = 25,
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
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(185), 1,
      anon_sym_PLUS_PLUS,
    STATE(198), 1,
      sym_select_expression,
    ACTIONS(159), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(161), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(222), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [12373] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(468), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [12456] = 22,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    STATE(469), 1,
      sym__expression,
    ACTIONS(206), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(30), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(208), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(295), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [12539] = 22,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    STATE(471), 1,
      sym__expression,
    ACTIONS(224), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(97), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(226), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(301), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(423), 5,
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
  [12622] = 22,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    STATE(474), 1,
      sym__expression,
    ACTIONS(224), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(97), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(226), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(301), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(423), 5,
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
  [12705] = 22,
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
    STATE(381), 1,
      sym__expression,
    STATE(417), 1,
      sym_formals,
    ACTIONS(9), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(139), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(11), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(334), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(375), 5,
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
  [12788] = 21,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    ACTIONS(258), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(80), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(260), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(312), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(424), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(58), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [12868] = 21,
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
    STATE(417), 1,
      sym_formals,
    ACTIONS(262), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(128), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(264), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(339), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(382), 5,
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
  [12948] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(242), 12,
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
    ACTIONS(244), 24,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [12992] = 21,
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
    STATE(417), 1,
      sym_formals,
    ACTIONS(266), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(116), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(268), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(336), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(389), 5,
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
  [13072] = 21,
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
    STATE(417), 1,
      sym_formals,
    ACTIONS(270), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(131), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(272), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(332), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(369), 5,
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
  [13152] = 21,
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
    STATE(417), 1,
      sym_formals,
    ACTIONS(274), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(113), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(276), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(329), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(370), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(90), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13232] = 21,
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
    STATE(417), 1,
      sym_formals,
    ACTIONS(278), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(118), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(280), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(324), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(391), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(92), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13312] = 21,
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
    STATE(417), 1,
      sym_formals,
    ACTIONS(282), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(124), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(284), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(325), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(372), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(93), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13392] = 21,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    ACTIONS(286), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(77), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(288), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(308), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(419), 5,
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
  [13472] = 21,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    ACTIONS(290), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(78), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(292), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(311), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(421), 5,
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
  [13552] = 21,
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
    STATE(417), 1,
      sym_formals,
    ACTIONS(294), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(126), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(296), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(326), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(386), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(94), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13632] = 21,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    ACTIONS(298), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(26), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(300), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(274), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(390), 5,
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
  [13712] = 21,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    ACTIONS(302), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(36), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(304), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(284), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(370), 5,
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
  [13792] = 21,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    ACTIONS(306), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(37), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(308), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(285), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(389), 5,
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
  [13872] = 21,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    ACTIONS(310), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(100), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(312), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(316), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(425), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(61), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [13952] = 21,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    ACTIONS(314), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(62), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(316), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(313), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(426), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(59), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14032] = 21,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    ACTIONS(318), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(38), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(320), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(287), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(391), 5,
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
  [14112] = 21,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    ACTIONS(322), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(39), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(324), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(288), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(372), 5,
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
  [14192] = 21,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    ACTIONS(326), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(73), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(328), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(307), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(422), 5,
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
  [14272] = 21,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    ACTIONS(330), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(40), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(332), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(290), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(386), 5,
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
  [14352] = 21,
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
    STATE(417), 1,
      sym_formals,
    ACTIONS(334), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(140), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(336), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(330), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(390), 5,
      sym_function_expression,
      sym_assert_expression,
      sym_with_expression,
      sym_let_expression,
      sym_if_expression,
    STATE(68), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [14432] = 21,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    ACTIONS(338), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(41), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(340), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(291), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(382), 5,
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
  [14512] = 21,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    ACTIONS(342), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(104), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(344), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(314), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(429), 5,
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
  [14592] = 21,
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
    ACTIONS(204), 1,
      sym_identifier,
    ACTIONS(210), 1,
      anon_sym_assert,
    ACTIONS(212), 1,
      anon_sym_with,
    ACTIONS(214), 1,
      anon_sym_let,
    ACTIONS(216), 1,
      anon_sym_if,
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    STATE(431), 1,
      sym_formals,
    ACTIONS(346), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(23), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(348), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(293), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(369), 5,
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
  [14672] = 21,
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
    ACTIONS(222), 1,
      sym_identifier,
    ACTIONS(228), 1,
      anon_sym_LBRACE,
    ACTIONS(230), 1,
      anon_sym_assert,
    ACTIONS(232), 1,
      anon_sym_with,
    ACTIONS(234), 1,
      anon_sym_let,
    ACTIONS(236), 1,
      anon_sym_if,
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    STATE(410), 1,
      sym_formals,
    ACTIONS(350), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(75), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(352), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(310), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(432), 5,
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
  [14752] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(246), 12,
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
    ACTIONS(248), 24,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [14796] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(358), 2,
      anon_sym_COLON,
      anon_sym_AT,
    ACTIONS(356), 11,
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
    ACTIONS(354), 23,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [14842] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(362), 11,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [14885] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(368), 1,
      anon_sym_COLON,
    ACTIONS(370), 1,
      anon_sym_AT,
    ACTIONS(364), 11,
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
    ACTIONS(366), 22,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [14932] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(374), 11,
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
    ACTIONS(372), 24,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [14975] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(378), 11,
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
    ACTIONS(376), 24,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15018] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(364), 11,
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
    ACTIONS(366), 24,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15061] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(356), 11,
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
    ACTIONS(354), 24,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15104] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(382), 11,
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
    ACTIONS(380), 24,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15147] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(386), 11,
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
    ACTIONS(384), 24,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15190] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(390), 11,
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
    ACTIONS(388), 24,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15233] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(394), 11,
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
    ACTIONS(392), 24,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15276] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(398), 11,
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
    ACTIONS(396), 24,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15319] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(402), 10,
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
    ACTIONS(400), 24,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15361] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(402), 10,
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
    ACTIONS(400), 23,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15405] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(408), 1,
      anon_sym_or,
    ACTIONS(404), 10,
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
    ACTIONS(406), 23,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15449] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(410), 10,
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
    ACTIONS(412), 22,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15492] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(414), 1,
      anon_sym_COLON,
    ACTIONS(416), 1,
      anon_sym_AT,
    ACTIONS(364), 13,
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
    ACTIONS(366), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15537] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(410), 10,
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
    ACTIONS(412), 23,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15578] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(358), 2,
      anon_sym_COLON,
      anon_sym_AT,
    ACTIONS(356), 13,
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
    ACTIONS(354), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15621] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(418), 1,
      anon_sym_DOT,
    STATE(202), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(187), 11,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15665] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(420), 1,
      anon_sym_DOT,
    STATE(201), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(197), 11,
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
    ACTIONS(199), 19,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15709] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(418), 1,
      anon_sym_DOT,
    STATE(201), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(193), 11,
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
    ACTIONS(195), 19,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15753] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(423), 1,
      anon_sym_COLON,
    ACTIONS(425), 1,
      anon_sym_AT,
    ACTIONS(364), 11,
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
    ACTIONS(366), 19,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15797] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(362), 13,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15836] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(382), 13,
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
    ACTIONS(380), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15875] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(374), 13,
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
    ACTIONS(372), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15914] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(390), 13,
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
    ACTIONS(388), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15953] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(364), 13,
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
    ACTIONS(366), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [15992] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(250), 12,
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
    ACTIONS(252), 19,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16031] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(398), 13,
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
    ACTIONS(396), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16070] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(394), 13,
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
    ACTIONS(392), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16109] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(356), 13,
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
    ACTIONS(354), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16148] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(386), 13,
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
    ACTIONS(384), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16187] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(402), 12,
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
    ACTIONS(400), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16228] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(427), 1,
      anon_sym_or,
    ACTIONS(404), 12,
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
    ACTIONS(406), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16269] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(378), 13,
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
    ACTIONS(376), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16308] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(131), 1,
      anon_sym_DOT,
    ACTIONS(410), 12,
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
    ACTIONS(412), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16349] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(254), 12,
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
    ACTIONS(256), 19,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16388] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(402), 10,
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
    ACTIONS(400), 19,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16428] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(410), 12,
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
    ACTIONS(412), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16466] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(402), 12,
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
    ACTIONS(400), 18,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16504] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(163), 1,
      anon_sym_DOT,
    ACTIONS(410), 10,
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
    ACTIONS(412), 19,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16544] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(429), 1,
      anon_sym_or,
    ACTIONS(404), 10,
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
    ACTIONS(406), 19,
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
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [16584] = 15,
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
    ACTIONS(431), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(112), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(433), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(321), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(71), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16642] = 15,
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
    ACTIONS(435), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(106), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(437), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(328), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(88), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16700] = 15,
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
    ACTIONS(439), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(108), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(441), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(333), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(89), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16758] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(242), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(244), 20,
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
      anon_sym_DQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [16792] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(246), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(248), 20,
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
      anon_sym_DQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [16826] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(254), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(256), 20,
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
      anon_sym_DQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [16860] = 15,
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
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    ACTIONS(443), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(98), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(445), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(304), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(57), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16918] = 15,
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
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    ACTIONS(447), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(99), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(449), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(309), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(43), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [16976] = 15,
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
    ACTIONS(451), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(125), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(453), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(331), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(82), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17034] = 15,
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
    ACTIONS(455), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(115), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(457), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(270), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(65), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17092] = 15,
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
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    ACTIONS(459), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(24), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(461), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(273), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(2), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17150] = 15,
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
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    ACTIONS(463), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(25), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(465), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(270), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(3), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17208] = 15,
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
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    ACTIONS(467), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(27), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(469), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(275), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(5), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17266] = 15,
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
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    ACTIONS(471), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(28), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(473), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(276), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(6), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17324] = 15,
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
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    ACTIONS(475), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(29), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(477), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(271), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(7), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17382] = 15,
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
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    ACTIONS(479), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(22), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(481), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(278), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(8), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17440] = 15,
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
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    ACTIONS(483), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(31), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(485), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(279), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(9), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17498] = 15,
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
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    ACTIONS(487), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(32), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(489), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(280), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(10), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17556] = 15,
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
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    ACTIONS(491), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(33), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(493), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(281), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(11), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17614] = 15,
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
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    ACTIONS(495), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(34), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(497), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(282), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(12), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17672] = 15,
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
    ACTIONS(218), 1,
      anon_sym_BANG,
    ACTIONS(220), 1,
      anon_sym_DASH,
    ACTIONS(499), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(35), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(501), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(283), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(13), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17730] = 15,
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
    ACTIONS(503), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(133), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(505), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(335), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(74), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17788] = 15,
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
    ACTIONS(507), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(117), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(509), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(322), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(76), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17846] = 15,
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
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    ACTIONS(511), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(101), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(513), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(318), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(44), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17904] = 15,
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
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    ACTIONS(515), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(103), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(517), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(319), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(45), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [17962] = 15,
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
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    ACTIONS(519), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(63), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(521), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(300), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(46), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18020] = 15,
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
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    ACTIONS(523), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(64), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(525), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(317), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(47), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18078] = 15,
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
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    ACTIONS(527), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(66), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(529), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(315), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(48), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18136] = 15,
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
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    ACTIONS(531), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(67), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(533), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(320), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(49), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18194] = 15,
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
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    ACTIONS(535), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(69), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(537), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(303), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(50), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18252] = 15,
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
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    ACTIONS(539), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(70), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(541), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(305), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(51), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18310] = 15,
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
    ACTIONS(238), 1,
      anon_sym_BANG,
    ACTIONS(240), 1,
      anon_sym_DASH,
    ACTIONS(543), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(72), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(545), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(306), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(52), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18368] = 15,
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
    ACTIONS(547), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(143), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(549), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(337), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(79), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18426] = 15,
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
    ACTIONS(551), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(138), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(553), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(338), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(81), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18484] = 15,
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
    ACTIONS(555), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(142), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(557), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(323), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(86), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18542] = 15,
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
    ACTIONS(559), 2,
      sym_integer_expression,
      sym_float_expression,
    STATE(149), 2,
      sym_apply_expression,
      sym_select_expression,
    ACTIONS(561), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(327), 3,
      sym_has_attr_expression,
      sym_unary_expression,
      sym_binary_expression,
    STATE(87), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18600] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(563), 1,
      anon_sym_DOT,
    STATE(261), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(193), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(195), 16,
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
  [18636] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(565), 1,
      anon_sym_DOT,
    STATE(261), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(197), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(199), 16,
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
  [18672] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(563), 1,
      anon_sym_DOT,
    STATE(260), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(187), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
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
  [18707] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(250), 6,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
      anon_sym_EQ,
    ACTIONS(252), 17,
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
  [18738] = 14,
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
    ACTIONS(572), 1,
      anon_sym_RBRACK,
    STATE(267), 1,
      aux_sym_list_expression_repeat1,
    STATE(346), 1,
      sym_select_expression,
    ACTIONS(568), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(570), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(342), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18790] = 14,
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
    ACTIONS(574), 1,
      anon_sym_RBRACK,
    STATE(268), 1,
      aux_sym_list_expression_repeat1,
    STATE(346), 1,
      sym_select_expression,
    ACTIONS(568), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(570), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(342), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18842] = 14,
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
    ACTIONS(576), 1,
      anon_sym_RBRACK,
    STATE(265), 1,
      aux_sym_list_expression_repeat1,
    STATE(346), 1,
      sym_select_expression,
    ACTIONS(568), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(570), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(342), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18894] = 14,
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
    ACTIONS(578), 1,
      anon_sym_RBRACK,
    STATE(268), 1,
      aux_sym_list_expression_repeat1,
    STATE(346), 1,
      sym_select_expression,
    ACTIONS(568), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(570), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(342), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18946] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(580), 1,
      sym_identifier,
    ACTIONS(589), 1,
      anon_sym_LBRACE,
    ACTIONS(592), 1,
      anon_sym_LPAREN,
    ACTIONS(595), 1,
      anon_sym_rec,
    ACTIONS(598), 1,
      anon_sym_LBRACK,
    ACTIONS(601), 1,
      anon_sym_RBRACK,
    ACTIONS(603), 1,
      anon_sym_DQUOTE,
    ACTIONS(606), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(268), 1,
      aux_sym_list_expression_repeat1,
    STATE(346), 1,
      sym_select_expression,
    ACTIONS(583), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(586), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(342), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [18998] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(611), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(609), 16,
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
  [19027] = 3,
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
  [19056] = 9,
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
    ACTIONS(613), 1,
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
  [19096] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(615), 1,
      anon_sym_DOT,
    STATE(277), 1,
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
  [19128] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(613), 1,
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
  [19166] = 14,
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
    ACTIONS(613), 1,
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
  [19216] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(53), 1,
      anon_sym_STAR,
    ACTIONS(55), 1,
      anon_sym_SLASH,
    ACTIONS(613), 1,
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
  [19252] = 10,
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
    ACTIONS(613), 1,
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
  [19294] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(615), 1,
      anon_sym_DOT,
    STATE(292), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(193), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(195), 13,
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
  [19326] = 11,
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
    ACTIONS(613), 1,
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
  [19370] = 12,
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
    ACTIONS(613), 1,
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
  [19416] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(613), 1,
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
  [19448] = 14,
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
    ACTIONS(613), 1,
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
  [19498] = 9,
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
    ACTIONS(613), 1,
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
  [19538] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(613), 1,
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
  [19570] = 14,
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
    ACTIONS(613), 1,
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
  [19620] = 14,
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
    ACTIONS(613), 1,
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
  [19670] = 12,
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
    STATE(193), 1,
      sym_select_expression,
    ACTIONS(617), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(619), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(194), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [19716] = 14,
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
    ACTIONS(613), 1,
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
  [19766] = 14,
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
    ACTIONS(613), 1,
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
  [19816] = 12,
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
    STATE(221), 1,
      sym_select_expression,
    ACTIONS(621), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(623), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(214), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [19862] = 14,
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
    ACTIONS(613), 1,
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
  [19912] = 14,
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
    ACTIONS(613), 1,
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
  [19962] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(625), 1,
      anon_sym_DOT,
    STATE(292), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(197), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(199), 13,
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
  [19994] = 14,
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
    ACTIONS(613), 1,
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
  [20044] = 12,
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
    STATE(193), 1,
      sym_select_expression,
    ACTIONS(628), 2,
      sym_integer_expression,
      sym_float_expression,
    ACTIONS(630), 3,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
    STATE(219), 7,
      sym_variable_expression,
      sym_parenthesized_expression,
      sym_attrset_expression,
      sym_rec_attrset_expression,
      sym_list_expression,
      sym_string_expression,
      sym_indented_string_expression,
  [20090] = 14,
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
    ACTIONS(613), 1,
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
  [20140] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(250), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(252), 14,
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
  [20167] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(246), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(248), 14,
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
  [20194] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(254), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(256), 14,
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
  [20221] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(242), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(244), 14,
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
  [20248] = 9,
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
    ACTIONS(632), 1,
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
  [20286] = 14,
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
    ACTIONS(632), 1,
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
  [20334] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(611), 5,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_PLUS,
      anon_sym_SLASH,
    ACTIONS(609), 13,
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
  [20360] = 14,
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
    ACTIONS(632), 1,
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
  [20408] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(632), 1,
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
  [20444] = 9,
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
    ACTIONS(632), 1,
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
  [20482] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(632), 1,
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
  [20512] = 14,
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
    ACTIONS(632), 1,
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
  [20560] = 14,
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
    ACTIONS(632), 1,
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
  [20608] = 3,
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
  [20634] = 14,
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
    ACTIONS(632), 1,
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
  [20682] = 14,
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
    ACTIONS(632), 1,
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
  [20730] = 14,
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
    ACTIONS(632), 1,
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
  [20778] = 14,
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
    ACTIONS(632), 1,
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
  [20826] = 14,
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
    ACTIONS(632), 1,
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
  [20874] = 12,
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
    ACTIONS(632), 1,
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
  [20918] = 14,
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
    ACTIONS(632), 1,
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
  [20966] = 11,
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
    ACTIONS(632), 1,
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
  [21008] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(121), 1,
      anon_sym_STAR,
    ACTIONS(123), 1,
      anon_sym_SLASH,
    ACTIONS(632), 1,
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
  [21042] = 10,
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
    ACTIONS(632), 1,
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
  [21082] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(105), 1,
      anon_sym_QMARK,
    ACTIONS(632), 1,
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
  [21112] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(634), 1,
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
  [21145] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
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
  [21182] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(634), 1,
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
  [21211] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(85), 1,
      ts_builtin_sym_end,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [21258] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(87), 1,
      ts_builtin_sym_end,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [21305] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(89), 1,
      ts_builtin_sym_end,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [21352] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(77), 1,
      ts_builtin_sym_end,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [21399] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
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
  [21436] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(81), 1,
      ts_builtin_sym_end,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [21483] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(61), 1,
      ts_builtin_sym_end,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [21530] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(634), 1,
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
  [21565] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(93), 1,
      ts_builtin_sym_end,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [21612] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(634), 1,
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
  [21641] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(95), 1,
      ts_builtin_sym_end,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [21688] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 6,
      ts_builtin_sym_end,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [21727] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(83), 1,
      ts_builtin_sym_end,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [21774] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 4,
      ts_builtin_sym_end,
      anon_sym_AMP_AMP,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [21815] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
    ACTIONS(77), 3,
      ts_builtin_sym_end,
      anon_sym_PIPE_PIPE,
      anon_sym_DASH_GT,
  [21858] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(47), 1,
      anon_sym_QMARK,
    ACTIONS(91), 1,
      ts_builtin_sym_end,
    ACTIONS(173), 1,
      anon_sym_AMP_AMP,
    ACTIONS(175), 1,
      anon_sym_PIPE_PIPE,
    ACTIONS(177), 1,
      anon_sym_STAR,
    ACTIONS(179), 1,
      anon_sym_SLASH,
    ACTIONS(181), 1,
      anon_sym_DASH_GT,
    ACTIONS(183), 1,
      anon_sym_SLASH_SLASH,
    ACTIONS(634), 1,
      anon_sym_PLUS_PLUS,
    ACTIONS(165), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(167), 2,
      anon_sym_EQ_EQ,
      anon_sym_BANG_EQ,
    ACTIONS(169), 2,
      anon_sym_LT,
      anon_sym_GT,
    ACTIONS(171), 2,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
  [21905] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(636), 1,
      sym_identifier,
    ACTIONS(638), 1,
      anon_sym_RBRACE,
    ACTIONS(640), 1,
      sym_ellipses,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(646), 1,
      anon_sym_inherit,
    STATE(344), 1,
      aux_sym_binding_set_repeat1,
    STATE(401), 1,
      sym_formal,
    STATE(439), 1,
      sym_attrpath,
    STATE(482), 1,
      sym_binding_set,
    STATE(402), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(368), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [21948] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(636), 1,
      sym_identifier,
    ACTIONS(640), 1,
      sym_ellipses,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(646), 1,
      anon_sym_inherit,
    ACTIONS(648), 1,
      anon_sym_RBRACE,
    STATE(344), 1,
      aux_sym_binding_set_repeat1,
    STATE(401), 1,
      sym_formal,
    STATE(439), 1,
      sym_attrpath,
    STATE(447), 1,
      sym_binding_set,
    STATE(402), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(368), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [21991] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(59), 1,
      anon_sym_DOT,
    ACTIONS(650), 4,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_rec,
    ACTIONS(652), 9,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [22015] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(646), 1,
      anon_sym_inherit,
    ACTIONS(654), 1,
      sym_identifier,
    ACTIONS(656), 1,
      anon_sym_RBRACE,
    STATE(344), 1,
      aux_sym_binding_set_repeat1,
    STATE(439), 1,
      sym_attrpath,
    STATE(475), 1,
      sym_binding_set,
    STATE(402), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(368), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [22052] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(646), 1,
      anon_sym_inherit,
    ACTIONS(654), 1,
      sym_identifier,
    ACTIONS(658), 1,
      anon_sym_RBRACE,
    ACTIONS(660), 1,
      anon_sym_in,
    STATE(347), 1,
      aux_sym_binding_set_repeat1,
    STATE(439), 1,
      sym_attrpath,
    STATE(402), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(368), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [22089] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(646), 1,
      anon_sym_inherit,
    ACTIONS(654), 1,
      sym_identifier,
    ACTIONS(662), 1,
      anon_sym_in,
    STATE(344), 1,
      aux_sym_binding_set_repeat1,
    STATE(439), 1,
      sym_attrpath,
    STATE(466), 1,
      sym_binding_set,
    STATE(402), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(368), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [22126] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(650), 4,
      sym_identifier,
      sym_integer_expression,
      sym_float_expression,
      anon_sym_rec,
    ACTIONS(652), 9,
      sym_path_expression,
      sym_spath_expression,
      sym_uri_expression,
      anon_sym_LBRACE,
      anon_sym_LPAREN,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE_SQUOTE,
  [22147] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(664), 1,
      sym_identifier,
    ACTIONS(667), 1,
      anon_sym_RBRACE,
    ACTIONS(669), 1,
      anon_sym_in,
    ACTIONS(671), 1,
      anon_sym_DQUOTE,
    ACTIONS(674), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(677), 1,
      anon_sym_inherit,
    STATE(347), 1,
      aux_sym_binding_set_repeat1,
    STATE(439), 1,
      sym_attrpath,
    STATE(402), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(368), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [22184] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(646), 1,
      anon_sym_inherit,
    ACTIONS(654), 1,
      sym_identifier,
    ACTIONS(680), 1,
      anon_sym_RBRACE,
    STATE(344), 1,
      aux_sym_binding_set_repeat1,
    STATE(439), 1,
      sym_attrpath,
    STATE(482), 1,
      sym_binding_set,
    STATE(402), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(368), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [22221] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(646), 1,
      anon_sym_inherit,
    ACTIONS(654), 1,
      sym_identifier,
    ACTIONS(682), 1,
      anon_sym_RBRACE,
    STATE(344), 1,
      aux_sym_binding_set_repeat1,
    STATE(439), 1,
      sym_attrpath,
    STATE(447), 1,
      sym_binding_set,
    STATE(402), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(368), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [22258] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(646), 1,
      anon_sym_inherit,
    ACTIONS(654), 1,
      sym_identifier,
    ACTIONS(684), 1,
      anon_sym_in,
    STATE(344), 1,
      aux_sym_binding_set_repeat1,
    STATE(439), 1,
      sym_attrpath,
    STATE(453), 1,
      sym_binding_set,
    STATE(402), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(368), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [22295] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(646), 1,
      anon_sym_inherit,
    ACTIONS(654), 1,
      sym_identifier,
    ACTIONS(686), 1,
      anon_sym_RBRACE,
    STATE(344), 1,
      aux_sym_binding_set_repeat1,
    STATE(439), 1,
      sym_attrpath,
    STATE(478), 1,
      sym_binding_set,
    STATE(402), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(368), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [22332] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(646), 1,
      anon_sym_inherit,
    ACTIONS(654), 1,
      sym_identifier,
    ACTIONS(688), 1,
      anon_sym_in,
    STATE(344), 1,
      aux_sym_binding_set_repeat1,
    STATE(439), 1,
      sym_attrpath,
    STATE(470), 1,
      sym_binding_set,
    STATE(402), 2,
      sym_string_expression,
      sym_interpolation,
    STATE(368), 3,
      sym_binding,
      sym_inherit,
      sym_inherit_from,
  [22369] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(690), 1,
      sym_identifier,
    ACTIONS(692), 1,
      anon_sym_SEMI,
    ACTIONS(694), 1,
      anon_sym_LPAREN,
    STATE(356), 1,
      aux_sym_inherited_attrs_repeat1,
    STATE(443), 1,
      sym_inherited_attrs,
    STATE(397), 2,
      sym_string_expression,
      sym_interpolation,
  [22398] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(690), 1,
      sym_identifier,
    ACTIONS(696), 1,
      anon_sym_SEMI,
    STATE(356), 1,
      aux_sym_inherited_attrs_repeat1,
    STATE(436), 1,
      sym_inherited_attrs,
    STATE(397), 2,
      sym_string_expression,
      sym_interpolation,
  [22424] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(698), 1,
      sym_identifier,
    ACTIONS(701), 1,
      anon_sym_SEMI,
    ACTIONS(703), 1,
      anon_sym_DQUOTE,
    ACTIONS(706), 1,
      anon_sym_DOLLAR_LBRACE,
    STATE(355), 1,
      aux_sym_inherited_attrs_repeat1,
    STATE(397), 2,
      sym_string_expression,
      sym_interpolation,
  [22447] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(690), 1,
      sym_identifier,
    ACTIONS(709), 1,
      anon_sym_SEMI,
    STATE(355), 1,
      aux_sym_inherited_attrs_repeat1,
    STATE(397), 2,
      sym_string_expression,
      sym_interpolation,
  [22470] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(711), 1,
      sym_identifier,
    ACTIONS(713), 1,
      anon_sym_DOLLAR_LBRACE,
    STATE(223), 1,
      sym_attrpath,
    STATE(200), 2,
      sym_string_expression,
      sym_interpolation,
  [22490] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(715), 1,
      sym_identifier,
    ACTIONS(717), 1,
      anon_sym_DOLLAR_LBRACE,
    STATE(215), 1,
      sym_attrpath,
    STATE(83), 2,
      sym_string_expression,
      sym_interpolation,
  [22510] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(719), 3,
      sym_identifier,
      anon_sym_in,
      anon_sym_inherit,
    ACTIONS(721), 3,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [22524] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(723), 3,
      sym_identifier,
      anon_sym_in,
      anon_sym_inherit,
    ACTIONS(725), 3,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [22538] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(727), 1,
      sym_identifier,
    STATE(269), 1,
      sym_attrpath,
    STATE(262), 2,
      sym_string_expression,
      sym_interpolation,
  [22558] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(729), 3,
      sym_identifier,
      anon_sym_in,
      anon_sym_inherit,
    ACTIONS(731), 3,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [22572] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(733), 3,
      sym_identifier,
      anon_sym_in,
      anon_sym_inherit,
    ACTIONS(735), 3,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [22586] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(189), 1,
      anon_sym_EQ,
    ACTIONS(563), 1,
      anon_sym_DOT,
    ACTIONS(739), 1,
      anon_sym_QMARK,
    STATE(260), 1,
      aux_sym_attrpath_repeat1,
    ACTIONS(737), 2,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [22606] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(741), 1,
      sym_identifier,
    ACTIONS(743), 1,
      anon_sym_DQUOTE,
    ACTIONS(745), 1,
      anon_sym_DOLLAR_LBRACE,
    STATE(302), 1,
      sym_attrpath,
    STATE(272), 2,
      sym_string_expression,
      sym_interpolation,
  [22626] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(715), 1,
      sym_identifier,
    ACTIONS(717), 1,
      anon_sym_DOLLAR_LBRACE,
    STATE(195), 1,
      sym_attrpath,
    STATE(83), 2,
      sym_string_expression,
      sym_interpolation,
  [22646] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(747), 3,
      sym_identifier,
      anon_sym_in,
      anon_sym_inherit,
    ACTIONS(749), 3,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [22660] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(751), 3,
      sym_identifier,
      anon_sym_in,
      anon_sym_inherit,
    ACTIONS(753), 3,
      anon_sym_RBRACE,
      anon_sym_DQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [22674] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(93), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [22685] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(81), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [22696] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(33), 1,
      anon_sym_DQUOTE,
    ACTIONS(713), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(755), 1,
      sym_identifier,
    STATE(209), 2,
      sym_string_expression,
      sym_interpolation,
  [22713] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(87), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [22724] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(717), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(757), 1,
      sym_identifier,
    STATE(130), 2,
      sym_string_expression,
      sym_interpolation,
  [22741] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(759), 1,
      anon_sym_DQUOTE,
    ACTIONS(761), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(763), 1,
      sym_string_fragment,
    STATE(378), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [22758] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [22769] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(761), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(765), 1,
      anon_sym_DQUOTE,
    ACTIONS(767), 1,
      sym_string_fragment,
    STATE(384), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [22786] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(761), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(769), 1,
      anon_sym_DQUOTE,
    ACTIONS(771), 1,
      sym_string_fragment,
    STATE(376), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [22803] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(761), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(767), 1,
      sym_string_fragment,
    ACTIONS(773), 1,
      anon_sym_DQUOTE,
    STATE(384), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [22820] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(761), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(767), 1,
      sym_string_fragment,
    ACTIONS(775), 1,
      anon_sym_DQUOTE,
    STATE(384), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [22837] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(777), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(779), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(781), 1,
      sym_indented_string_fragment,
    STATE(387), 2,
      sym_interpolation,
      aux_sym_indented_string_expression_repeat1,
  [22854] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(783), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [22865] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(91), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [22876] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(761), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(767), 1,
      sym_string_fragment,
    ACTIONS(785), 1,
      anon_sym_DQUOTE,
    STATE(384), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [22893] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(787), 1,
      anon_sym_DQUOTE,
    ACTIONS(789), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(792), 1,
      sym_string_fragment,
    STATE(384), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [22910] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(795), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(797), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(800), 1,
      sym_indented_string_fragment,
    STATE(385), 2,
      sym_interpolation,
      aux_sym_indented_string_expression_repeat1,
  [22927] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(89), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [22938] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(779), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(803), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(805), 1,
      sym_indented_string_fragment,
    STATE(385), 2,
      sym_interpolation,
      aux_sym_indented_string_expression_repeat1,
  [22955] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(761), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(807), 1,
      anon_sym_DQUOTE,
    ACTIONS(809), 1,
      sym_string_fragment,
    STATE(383), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [22972] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(83), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [22983] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(61), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [22994] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(85), 5,
      ts_builtin_sym_end,
      anon_sym_RBRACE,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_RPAREN,
  [23005] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(779), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(811), 1,
      anon_sym_SQUOTE_SQUOTE,
    ACTIONS(813), 1,
      sym_indented_string_fragment,
    STATE(393), 2,
      sym_interpolation,
      aux_sym_indented_string_expression_repeat1,
  [23022] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(779), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(805), 1,
      sym_indented_string_fragment,
    ACTIONS(815), 1,
      anon_sym_SQUOTE_SQUOTE,
    STATE(385), 2,
      sym_interpolation,
      aux_sym_indented_string_expression_repeat1,
  [23039] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(761), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(817), 1,
      anon_sym_DQUOTE,
    ACTIONS(819), 1,
      sym_string_fragment,
    STATE(379), 2,
      sym_interpolation,
      aux_sym_string_expression_repeat1,
  [23056] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(642), 1,
      anon_sym_DQUOTE,
    ACTIONS(644), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(821), 1,
      sym_identifier,
    STATE(263), 2,
      sym_string_expression,
      sym_interpolation,
  [23073] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(743), 1,
      anon_sym_DQUOTE,
    ACTIONS(745), 1,
      anon_sym_DOLLAR_LBRACE,
    ACTIONS(823), 1,
      sym_identifier,
    STATE(296), 2,
      sym_string_expression,
      sym_interpolation,
  [23090] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(825), 4,
      sym_identifier,
      anon_sym_SEMI,
      anon_sym_DQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [23100] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(827), 1,
      sym_identifier,
    ACTIONS(829), 1,
      anon_sym_RBRACE,
    ACTIONS(831), 1,
      sym_ellipses,
    STATE(415), 1,
      sym_formal,
  [23116] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(640), 1,
      sym_ellipses,
    ACTIONS(827), 1,
      sym_identifier,
    ACTIONS(833), 1,
      anon_sym_RBRACE,
    STATE(401), 1,
      sym_formal,
  [23132] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(827), 1,
      sym_identifier,
    ACTIONS(835), 1,
      anon_sym_RBRACE,
    ACTIONS(837), 1,
      sym_ellipses,
    STATE(415), 1,
      sym_formal,
  [23148] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(839), 1,
      anon_sym_RBRACE,
    ACTIONS(841), 1,
      anon_sym_COMMA,
    STATE(408), 1,
      aux_sym_formals_repeat1,
  [23161] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(189), 1,
      anon_sym_EQ,
    ACTIONS(563), 1,
      anon_sym_DOT,
    STATE(406), 1,
      aux_sym_attrpath_repeat1,
  [23174] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(739), 1,
      anon_sym_QMARK,
    ACTIONS(737), 2,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [23185] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(256), 3,
      sym_indented_string_fragment,
      anon_sym_SQUOTE_SQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [23194] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(256), 3,
      sym_string_fragment,
      anon_sym_DQUOTE,
      anon_sym_DOLLAR_LBRACE,
  [23203] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(195), 1,
      anon_sym_EQ,
    ACTIONS(563), 1,
      anon_sym_DOT,
    STATE(261), 1,
      aux_sym_attrpath_repeat1,
  [23216] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(843), 1,
      anon_sym_RBRACE,
    ACTIONS(845), 1,
      anon_sym_COMMA,
    STATE(407), 1,
      aux_sym_formals_repeat1,
  [23229] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(848), 1,
      anon_sym_RBRACE,
    ACTIONS(850), 1,
      anon_sym_COMMA,
    STATE(407), 1,
      aux_sym_formals_repeat1,
  [23242] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(852), 2,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [23250] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(854), 1,
      anon_sym_COLON,
    ACTIONS(856), 1,
      anon_sym_AT,
  [23260] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(858), 1,
      anon_sym_LBRACE,
    STATE(452), 1,
      sym_formals,
  [23270] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(860), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [23278] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(862), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [23286] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(827), 1,
      sym_identifier,
    STATE(415), 1,
      sym_formal,
  [23296] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(864), 2,
      anon_sym_RBRACE,
      anon_sym_COMMA,
  [23304] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(866), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [23312] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(868), 1,
      anon_sym_COLON,
    ACTIONS(870), 1,
      anon_sym_AT,
  [23322] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(872), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [23330] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(85), 2,
      anon_sym_then,
      anon_sym_else,
  [23338] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(874), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [23346] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(87), 2,
      anon_sym_then,
      anon_sym_else,
  [23354] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(81), 2,
      anon_sym_then,
      anon_sym_else,
  [23362] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 2,
      anon_sym_then,
      anon_sym_else,
  [23370] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(89), 2,
      anon_sym_then,
      anon_sym_else,
  [23378] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(61), 2,
      anon_sym_then,
      anon_sym_else,
  [23386] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(91), 2,
      anon_sym_then,
      anon_sym_else,
  [23394] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(876), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [23402] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(858), 1,
      anon_sym_LBRACE,
    STATE(446), 1,
      sym_formals,
  [23412] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(93), 2,
      anon_sym_then,
      anon_sym_else,
  [23420] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(783), 2,
      anon_sym_then,
      anon_sym_else,
  [23428] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(878), 1,
      anon_sym_COLON,
    ACTIONS(880), 1,
      anon_sym_AT,
  [23438] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(83), 2,
      anon_sym_then,
      anon_sym_else,
  [23446] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(858), 1,
      anon_sym_LBRACE,
    STATE(472), 1,
      sym_formals,
  [23456] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(882), 2,
      anon_sym_COLON,
      anon_sym_AT,
  [23464] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(884), 1,
      anon_sym_RPAREN,
  [23471] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(886), 1,
      anon_sym_SEMI,
  [23478] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(888), 1,
      anon_sym_then,
  [23485] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(890), 1,
      anon_sym_RBRACE,
  [23492] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(892), 1,
      anon_sym_EQ,
  [23499] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(894), 1,
      anon_sym_RBRACE,
  [23506] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(896), 1,
      anon_sym_RBRACE,
  [23513] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(898), 1,
      anon_sym_LBRACE,
  [23520] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(900), 1,
      anon_sym_SEMI,
  [23527] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(902), 1,
      anon_sym_else,
  [23534] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(904), 1,
      sym_identifier,
  [23541] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(906), 1,
      anon_sym_COLON,
  [23548] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(908), 1,
      anon_sym_RBRACE,
  [23555] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(910), 1,
      anon_sym_SEMI,
  [23562] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(912), 1,
      anon_sym_RPAREN,
  [23569] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(914), 1,
      sym_identifier,
  [23576] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(916), 1,
      anon_sym_SEMI,
  [23583] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(918), 1,
      anon_sym_COLON,
  [23590] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(920), 1,
      anon_sym_in,
  [23597] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(922), 1,
      anon_sym_LBRACE,
  [23604] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(924), 1,
      ts_builtin_sym_end,
  [23611] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(926), 1,
      anon_sym_RBRACE,
  [23618] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(928), 1,
      anon_sym_RBRACE,
  [23625] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(930), 1,
      anon_sym_COLON,
  [23632] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(932), 1,
      anon_sym_SEMI,
  [23639] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(934), 1,
      anon_sym_else,
  [23646] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(936), 1,
      anon_sym_SEMI,
  [23653] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(358), 1,
      anon_sym_COLON,
  [23660] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(938), 1,
      anon_sym_RBRACE,
  [23667] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(940), 1,
      ts_builtin_sym_end,
  [23674] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(942), 1,
      anon_sym_RBRACE,
  [23681] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(944), 1,
      anon_sym_in,
  [23688] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(946), 1,
      anon_sym_RPAREN,
  [23695] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(948), 1,
      anon_sym_SEMI,
  [23702] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(950), 1,
      anon_sym_SEMI,
  [23709] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(952), 1,
      anon_sym_in,
  [23716] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(954), 1,
      anon_sym_then,
  [23723] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(956), 1,
      anon_sym_COLON,
  [23730] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(958), 1,
      anon_sym_COLON,
  [23737] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(960), 1,
      anon_sym_else,
  [23744] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(962), 1,
      anon_sym_RBRACE,
  [23751] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(964), 1,
      anon_sym_RBRACE,
  [23758] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(966), 1,
      anon_sym_SEMI,
  [23765] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(968), 1,
      anon_sym_RBRACE,
  [23772] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(970), 1,
      sym_identifier,
  [23779] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(972), 1,
      anon_sym_COLON,
  [23786] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(974), 1,
      anon_sym_then,
  [23793] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(976), 1,
      anon_sym_RBRACE,
  [23800] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(978), 1,
      anon_sym_RBRACE,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(2)] = 0,
  [SMALL_STATE(3)] = 83,
  [SMALL_STATE(4)] = 156,
  [SMALL_STATE(5)] = 251,
  [SMALL_STATE(6)] = 332,
  [SMALL_STATE(7)] = 419,
  [SMALL_STATE(8)] = 504,
  [SMALL_STATE(9)] = 593,
  [SMALL_STATE(10)] = 684,
  [SMALL_STATE(11)] = 761,
  [SMALL_STATE(12)] = 856,
  [SMALL_STATE(13)] = 941,
  [SMALL_STATE(14)] = 1018,
  [SMALL_STATE(15)] = 1113,
  [SMALL_STATE(16)] = 1208,
  [SMALL_STATE(17)] = 1303,
  [SMALL_STATE(18)] = 1398,
  [SMALL_STATE(19)] = 1493,
  [SMALL_STATE(20)] = 1588,
  [SMALL_STATE(21)] = 1683,
  [SMALL_STATE(22)] = 1778,
  [SMALL_STATE(23)] = 1864,
  [SMALL_STATE(24)] = 1956,
  [SMALL_STATE(25)] = 2036,
  [SMALL_STATE(26)] = 2106,
  [SMALL_STATE(27)] = 2198,
  [SMALL_STATE(28)] = 2276,
  [SMALL_STATE(29)] = 2360,
  [SMALL_STATE(30)] = 2442,
  [SMALL_STATE(31)] = 2534,
  [SMALL_STATE(32)] = 2622,
  [SMALL_STATE(33)] = 2696,
  [SMALL_STATE(34)] = 2788,
  [SMALL_STATE(35)] = 2870,
  [SMALL_STATE(36)] = 2944,
  [SMALL_STATE(37)] = 3036,
  [SMALL_STATE(38)] = 3128,
  [SMALL_STATE(39)] = 3220,
  [SMALL_STATE(40)] = 3312,
  [SMALL_STATE(41)] = 3404,
  [SMALL_STATE(42)] = 3496,
  [SMALL_STATE(43)] = 3589,
  [SMALL_STATE(44)] = 3660,
  [SMALL_STATE(45)] = 3739,
  [SMALL_STATE(46)] = 3826,
  [SMALL_STATE(47)] = 3909,
  [SMALL_STATE(48)] = 3998,
  [SMALL_STATE(49)] = 4089,
  [SMALL_STATE(50)] = 4164,
  [SMALL_STATE(51)] = 4257,
  [SMALL_STATE(52)] = 4340,
  [SMALL_STATE(53)] = 4415,
  [SMALL_STATE(54)] = 4508,
  [SMALL_STATE(55)] = 4601,
  [SMALL_STATE(56)] = 4694,
  [SMALL_STATE(57)] = 4787,
  [SMALL_STATE(58)] = 4868,
  [SMALL_STATE(59)] = 4961,
  [SMALL_STATE(60)] = 5054,
  [SMALL_STATE(61)] = 5147,
  [SMALL_STATE(62)] = 5240,
  [SMALL_STATE(63)] = 5330,
  [SMALL_STATE(64)] = 5410,
  [SMALL_STATE(65)] = 5496,
  [SMALL_STATE(66)] = 5566,
  [SMALL_STATE(67)] = 5654,
  [SMALL_STATE(68)] = 5726,
  [SMALL_STATE(69)] = 5818,
  [SMALL_STATE(70)] = 5908,
  [SMALL_STATE(71)] = 5988,
  [SMALL_STATE(72)] = 6066,
  [SMALL_STATE(73)] = 6138,
  [SMALL_STATE(74)] = 6228,
  [SMALL_STATE(75)] = 6312,
  [SMALL_STATE(76)] = 6402,
  [SMALL_STATE(77)] = 6484,
  [SMALL_STATE(78)] = 6574,
  [SMALL_STATE(79)] = 6664,
  [SMALL_STATE(80)] = 6750,
  [SMALL_STATE(81)] = 6840,
  [SMALL_STATE(82)] = 6928,
  [SMALL_STATE(83)] = 7008,
  [SMALL_STATE(84)] = 7058,
  [SMALL_STATE(85)] = 7108,
  [SMALL_STATE(86)] = 7158,
  [SMALL_STATE(87)] = 7232,
  [SMALL_STATE(88)] = 7324,
  [SMALL_STATE(89)] = 7406,
  [SMALL_STATE(90)] = 7480,
  [SMALL_STATE(91)] = 7572,
  [SMALL_STATE(92)] = 7664,
  [SMALL_STATE(93)] = 7756,
  [SMALL_STATE(94)] = 7848,
  [SMALL_STATE(95)] = 7940,
  [SMALL_STATE(96)] = 8032,
  [SMALL_STATE(97)] = 8124,
  [SMALL_STATE(98)] = 8214,
  [SMALL_STATE(99)] = 8292,
  [SMALL_STATE(100)] = 8360,
  [SMALL_STATE(101)] = 8450,
  [SMALL_STATE(102)] = 8526,
  [SMALL_STATE(103)] = 8618,
  [SMALL_STATE(104)] = 8702,
  [SMALL_STATE(105)] = 8792,
  [SMALL_STATE(106)] = 8875,
  [SMALL_STATE(107)] = 8954,
  [SMALL_STATE(108)] = 9037,
  [SMALL_STATE(109)] = 9108,
  [SMALL_STATE(110)] = 9191,
  [SMALL_STATE(111)] = 9274,
  [SMALL_STATE(112)] = 9357,
  [SMALL_STATE(113)] = 9432,
  [SMALL_STATE(114)] = 9521,
  [SMALL_STATE(115)] = 9604,
  [SMALL_STATE(116)] = 9671,
  [SMALL_STATE(117)] = 9760,
  [SMALL_STATE(118)] = 9839,
  [SMALL_STATE(119)] = 9928,
  [SMALL_STATE(120)] = 9973,
  [SMALL_STATE(121)] = 10056,
  [SMALL_STATE(122)] = 10139,
  [SMALL_STATE(123)] = 10222,
  [SMALL_STATE(124)] = 10305,
  [SMALL_STATE(125)] = 10394,
  [SMALL_STATE(126)] = 10471,
  [SMALL_STATE(127)] = 10560,
  [SMALL_STATE(128)] = 10605,
  [SMALL_STATE(129)] = 10694,
  [SMALL_STATE(130)] = 10777,
  [SMALL_STATE(131)] = 10822,
  [SMALL_STATE(132)] = 10911,
  [SMALL_STATE(133)] = 10994,
  [SMALL_STATE(134)] = 11075,
  [SMALL_STATE(135)] = 11158,
  [SMALL_STATE(136)] = 11203,
  [SMALL_STATE(137)] = 11286,
  [SMALL_STATE(138)] = 11369,
  [SMALL_STATE(139)] = 11454,
  [SMALL_STATE(140)] = 11543,
  [SMALL_STATE(141)] = 11632,
  [SMALL_STATE(142)] = 11715,
  [SMALL_STATE(143)] = 11786,
  [SMALL_STATE(144)] = 11869,
  [SMALL_STATE(145)] = 11952,
  [SMALL_STATE(146)] = 12035,
  [SMALL_STATE(147)] = 12118,
  [SMALL_STATE(148)] = 12201,
  [SMALL_STATE(149)] = 12284,
  [SMALL_STATE(150)] = 12373,
  [SMALL_STATE(151)] = 12456,
  [SMALL_STATE(152)] = 12539,
  [SMALL_STATE(153)] = 12622,
  [SMALL_STATE(154)] = 12705,
  [SMALL_STATE(155)] = 12788,
  [SMALL_STATE(156)] = 12868,
  [SMALL_STATE(157)] = 12948,
  [SMALL_STATE(158)] = 12992,
  [SMALL_STATE(159)] = 13072,
  [SMALL_STATE(160)] = 13152,
  [SMALL_STATE(161)] = 13232,
  [SMALL_STATE(162)] = 13312,
  [SMALL_STATE(163)] = 13392,
  [SMALL_STATE(164)] = 13472,
  [SMALL_STATE(165)] = 13552,
  [SMALL_STATE(166)] = 13632,
  [SMALL_STATE(167)] = 13712,
  [SMALL_STATE(168)] = 13792,
  [SMALL_STATE(169)] = 13872,
  [SMALL_STATE(170)] = 13952,
  [SMALL_STATE(171)] = 14032,
  [SMALL_STATE(172)] = 14112,
  [SMALL_STATE(173)] = 14192,
  [SMALL_STATE(174)] = 14272,
  [SMALL_STATE(175)] = 14352,
  [SMALL_STATE(176)] = 14432,
  [SMALL_STATE(177)] = 14512,
  [SMALL_STATE(178)] = 14592,
  [SMALL_STATE(179)] = 14672,
  [SMALL_STATE(180)] = 14752,
  [SMALL_STATE(181)] = 14796,
  [SMALL_STATE(182)] = 14842,
  [SMALL_STATE(183)] = 14885,
  [SMALL_STATE(184)] = 14932,
  [SMALL_STATE(185)] = 14975,
  [SMALL_STATE(186)] = 15018,
  [SMALL_STATE(187)] = 15061,
  [SMALL_STATE(188)] = 15104,
  [SMALL_STATE(189)] = 15147,
  [SMALL_STATE(190)] = 15190,
  [SMALL_STATE(191)] = 15233,
  [SMALL_STATE(192)] = 15276,
  [SMALL_STATE(193)] = 15319,
  [SMALL_STATE(194)] = 15361,
  [SMALL_STATE(195)] = 15405,
  [SMALL_STATE(196)] = 15449,
  [SMALL_STATE(197)] = 15492,
  [SMALL_STATE(198)] = 15537,
  [SMALL_STATE(199)] = 15578,
  [SMALL_STATE(200)] = 15621,
  [SMALL_STATE(201)] = 15665,
  [SMALL_STATE(202)] = 15709,
  [SMALL_STATE(203)] = 15753,
  [SMALL_STATE(204)] = 15797,
  [SMALL_STATE(205)] = 15836,
  [SMALL_STATE(206)] = 15875,
  [SMALL_STATE(207)] = 15914,
  [SMALL_STATE(208)] = 15953,
  [SMALL_STATE(209)] = 15992,
  [SMALL_STATE(210)] = 16031,
  [SMALL_STATE(211)] = 16070,
  [SMALL_STATE(212)] = 16109,
  [SMALL_STATE(213)] = 16148,
  [SMALL_STATE(214)] = 16187,
  [SMALL_STATE(215)] = 16228,
  [SMALL_STATE(216)] = 16269,
  [SMALL_STATE(217)] = 16308,
  [SMALL_STATE(218)] = 16349,
  [SMALL_STATE(219)] = 16388,
  [SMALL_STATE(220)] = 16428,
  [SMALL_STATE(221)] = 16466,
  [SMALL_STATE(222)] = 16504,
  [SMALL_STATE(223)] = 16544,
  [SMALL_STATE(224)] = 16584,
  [SMALL_STATE(225)] = 16642,
  [SMALL_STATE(226)] = 16700,
  [SMALL_STATE(227)] = 16758,
  [SMALL_STATE(228)] = 16792,
  [SMALL_STATE(229)] = 16826,
  [SMALL_STATE(230)] = 16860,
  [SMALL_STATE(231)] = 16918,
  [SMALL_STATE(232)] = 16976,
  [SMALL_STATE(233)] = 17034,
  [SMALL_STATE(234)] = 17092,
  [SMALL_STATE(235)] = 17150,
  [SMALL_STATE(236)] = 17208,
  [SMALL_STATE(237)] = 17266,
  [SMALL_STATE(238)] = 17324,
  [SMALL_STATE(239)] = 17382,
  [SMALL_STATE(240)] = 17440,
  [SMALL_STATE(241)] = 17498,
  [SMALL_STATE(242)] = 17556,
  [SMALL_STATE(243)] = 17614,
  [SMALL_STATE(244)] = 17672,
  [SMALL_STATE(245)] = 17730,
  [SMALL_STATE(246)] = 17788,
  [SMALL_STATE(247)] = 17846,
  [SMALL_STATE(248)] = 17904,
  [SMALL_STATE(249)] = 17962,
  [SMALL_STATE(250)] = 18020,
  [SMALL_STATE(251)] = 18078,
  [SMALL_STATE(252)] = 18136,
  [SMALL_STATE(253)] = 18194,
  [SMALL_STATE(254)] = 18252,
  [SMALL_STATE(255)] = 18310,
  [SMALL_STATE(256)] = 18368,
  [SMALL_STATE(257)] = 18426,
  [SMALL_STATE(258)] = 18484,
  [SMALL_STATE(259)] = 18542,
  [SMALL_STATE(260)] = 18600,
  [SMALL_STATE(261)] = 18636,
  [SMALL_STATE(262)] = 18672,
  [SMALL_STATE(263)] = 18707,
  [SMALL_STATE(264)] = 18738,
  [SMALL_STATE(265)] = 18790,
  [SMALL_STATE(266)] = 18842,
  [SMALL_STATE(267)] = 18894,
  [SMALL_STATE(268)] = 18946,
  [SMALL_STATE(269)] = 18998,
  [SMALL_STATE(270)] = 19027,
  [SMALL_STATE(271)] = 19056,
  [SMALL_STATE(272)] = 19096,
  [SMALL_STATE(273)] = 19128,
  [SMALL_STATE(274)] = 19166,
  [SMALL_STATE(275)] = 19216,
  [SMALL_STATE(276)] = 19252,
  [SMALL_STATE(277)] = 19294,
  [SMALL_STATE(278)] = 19326,
  [SMALL_STATE(279)] = 19370,
  [SMALL_STATE(280)] = 19416,
  [SMALL_STATE(281)] = 19448,
  [SMALL_STATE(282)] = 19498,
  [SMALL_STATE(283)] = 19538,
  [SMALL_STATE(284)] = 19570,
  [SMALL_STATE(285)] = 19620,
  [SMALL_STATE(286)] = 19670,
  [SMALL_STATE(287)] = 19716,
  [SMALL_STATE(288)] = 19766,
  [SMALL_STATE(289)] = 19816,
  [SMALL_STATE(290)] = 19862,
  [SMALL_STATE(291)] = 19912,
  [SMALL_STATE(292)] = 19962,
  [SMALL_STATE(293)] = 19994,
  [SMALL_STATE(294)] = 20044,
  [SMALL_STATE(295)] = 20090,
  [SMALL_STATE(296)] = 20140,
  [SMALL_STATE(297)] = 20167,
  [SMALL_STATE(298)] = 20194,
  [SMALL_STATE(299)] = 20221,
  [SMALL_STATE(300)] = 20248,
  [SMALL_STATE(301)] = 20286,
  [SMALL_STATE(302)] = 20334,
  [SMALL_STATE(303)] = 20360,
  [SMALL_STATE(304)] = 20408,
  [SMALL_STATE(305)] = 20444,
  [SMALL_STATE(306)] = 20482,
  [SMALL_STATE(307)] = 20512,
  [SMALL_STATE(308)] = 20560,
  [SMALL_STATE(309)] = 20608,
  [SMALL_STATE(310)] = 20634,
  [SMALL_STATE(311)] = 20682,
  [SMALL_STATE(312)] = 20730,
  [SMALL_STATE(313)] = 20778,
  [SMALL_STATE(314)] = 20826,
  [SMALL_STATE(315)] = 20874,
  [SMALL_STATE(316)] = 20918,
  [SMALL_STATE(317)] = 20966,
  [SMALL_STATE(318)] = 21008,
  [SMALL_STATE(319)] = 21042,
  [SMALL_STATE(320)] = 21082,
  [SMALL_STATE(321)] = 21112,
  [SMALL_STATE(322)] = 21145,
  [SMALL_STATE(323)] = 21182,
  [SMALL_STATE(324)] = 21211,
  [SMALL_STATE(325)] = 21258,
  [SMALL_STATE(326)] = 21305,
  [SMALL_STATE(327)] = 21352,
  [SMALL_STATE(328)] = 21399,
  [SMALL_STATE(329)] = 21436,
  [SMALL_STATE(330)] = 21483,
  [SMALL_STATE(331)] = 21530,
  [SMALL_STATE(332)] = 21565,
  [SMALL_STATE(333)] = 21612,
  [SMALL_STATE(334)] = 21641,
  [SMALL_STATE(335)] = 21688,
  [SMALL_STATE(336)] = 21727,
  [SMALL_STATE(337)] = 21774,
  [SMALL_STATE(338)] = 21815,
  [SMALL_STATE(339)] = 21858,
  [SMALL_STATE(340)] = 21905,
  [SMALL_STATE(341)] = 21948,
  [SMALL_STATE(342)] = 21991,
  [SMALL_STATE(343)] = 22015,
  [SMALL_STATE(344)] = 22052,
  [SMALL_STATE(345)] = 22089,
  [SMALL_STATE(346)] = 22126,
  [SMALL_STATE(347)] = 22147,
  [SMALL_STATE(348)] = 22184,
  [SMALL_STATE(349)] = 22221,
  [SMALL_STATE(350)] = 22258,
  [SMALL_STATE(351)] = 22295,
  [SMALL_STATE(352)] = 22332,
  [SMALL_STATE(353)] = 22369,
  [SMALL_STATE(354)] = 22398,
  [SMALL_STATE(355)] = 22424,
  [SMALL_STATE(356)] = 22447,
  [SMALL_STATE(357)] = 22470,
  [SMALL_STATE(358)] = 22490,
  [SMALL_STATE(359)] = 22510,
  [SMALL_STATE(360)] = 22524,
  [SMALL_STATE(361)] = 22538,
  [SMALL_STATE(362)] = 22558,
  [SMALL_STATE(363)] = 22572,
  [SMALL_STATE(364)] = 22586,
  [SMALL_STATE(365)] = 22606,
  [SMALL_STATE(366)] = 22626,
  [SMALL_STATE(367)] = 22646,
  [SMALL_STATE(368)] = 22660,
  [SMALL_STATE(369)] = 22674,
  [SMALL_STATE(370)] = 22685,
  [SMALL_STATE(371)] = 22696,
  [SMALL_STATE(372)] = 22713,
  [SMALL_STATE(373)] = 22724,
  [SMALL_STATE(374)] = 22741,
  [SMALL_STATE(375)] = 22758,
  [SMALL_STATE(376)] = 22769,
  [SMALL_STATE(377)] = 22786,
  [SMALL_STATE(378)] = 22803,
  [SMALL_STATE(379)] = 22820,
  [SMALL_STATE(380)] = 22837,
  [SMALL_STATE(381)] = 22854,
  [SMALL_STATE(382)] = 22865,
  [SMALL_STATE(383)] = 22876,
  [SMALL_STATE(384)] = 22893,
  [SMALL_STATE(385)] = 22910,
  [SMALL_STATE(386)] = 22927,
  [SMALL_STATE(387)] = 22938,
  [SMALL_STATE(388)] = 22955,
  [SMALL_STATE(389)] = 22972,
  [SMALL_STATE(390)] = 22983,
  [SMALL_STATE(391)] = 22994,
  [SMALL_STATE(392)] = 23005,
  [SMALL_STATE(393)] = 23022,
  [SMALL_STATE(394)] = 23039,
  [SMALL_STATE(395)] = 23056,
  [SMALL_STATE(396)] = 23073,
  [SMALL_STATE(397)] = 23090,
  [SMALL_STATE(398)] = 23100,
  [SMALL_STATE(399)] = 23116,
  [SMALL_STATE(400)] = 23132,
  [SMALL_STATE(401)] = 23148,
  [SMALL_STATE(402)] = 23161,
  [SMALL_STATE(403)] = 23174,
  [SMALL_STATE(404)] = 23185,
  [SMALL_STATE(405)] = 23194,
  [SMALL_STATE(406)] = 23203,
  [SMALL_STATE(407)] = 23216,
  [SMALL_STATE(408)] = 23229,
  [SMALL_STATE(409)] = 23242,
  [SMALL_STATE(410)] = 23250,
  [SMALL_STATE(411)] = 23260,
  [SMALL_STATE(412)] = 23270,
  [SMALL_STATE(413)] = 23278,
  [SMALL_STATE(414)] = 23286,
  [SMALL_STATE(415)] = 23296,
  [SMALL_STATE(416)] = 23304,
  [SMALL_STATE(417)] = 23312,
  [SMALL_STATE(418)] = 23322,
  [SMALL_STATE(419)] = 23330,
  [SMALL_STATE(420)] = 23338,
  [SMALL_STATE(421)] = 23346,
  [SMALL_STATE(422)] = 23354,
  [SMALL_STATE(423)] = 23362,
  [SMALL_STATE(424)] = 23370,
  [SMALL_STATE(425)] = 23378,
  [SMALL_STATE(426)] = 23386,
  [SMALL_STATE(427)] = 23394,
  [SMALL_STATE(428)] = 23402,
  [SMALL_STATE(429)] = 23412,
  [SMALL_STATE(430)] = 23420,
  [SMALL_STATE(431)] = 23428,
  [SMALL_STATE(432)] = 23438,
  [SMALL_STATE(433)] = 23446,
  [SMALL_STATE(434)] = 23456,
  [SMALL_STATE(435)] = 23464,
  [SMALL_STATE(436)] = 23471,
  [SMALL_STATE(437)] = 23478,
  [SMALL_STATE(438)] = 23485,
  [SMALL_STATE(439)] = 23492,
  [SMALL_STATE(440)] = 23499,
  [SMALL_STATE(441)] = 23506,
  [SMALL_STATE(442)] = 23513,
  [SMALL_STATE(443)] = 23520,
  [SMALL_STATE(444)] = 23527,
  [SMALL_STATE(445)] = 23534,
  [SMALL_STATE(446)] = 23541,
  [SMALL_STATE(447)] = 23548,
  [SMALL_STATE(448)] = 23555,
  [SMALL_STATE(449)] = 23562,
  [SMALL_STATE(450)] = 23569,
  [SMALL_STATE(451)] = 23576,
  [SMALL_STATE(452)] = 23583,
  [SMALL_STATE(453)] = 23590,
  [SMALL_STATE(454)] = 23597,
  [SMALL_STATE(455)] = 23604,
  [SMALL_STATE(456)] = 23611,
  [SMALL_STATE(457)] = 23618,
  [SMALL_STATE(458)] = 23625,
  [SMALL_STATE(459)] = 23632,
  [SMALL_STATE(460)] = 23639,
  [SMALL_STATE(461)] = 23646,
  [SMALL_STATE(462)] = 23653,
  [SMALL_STATE(463)] = 23660,
  [SMALL_STATE(464)] = 23667,
  [SMALL_STATE(465)] = 23674,
  [SMALL_STATE(466)] = 23681,
  [SMALL_STATE(467)] = 23688,
  [SMALL_STATE(468)] = 23695,
  [SMALL_STATE(469)] = 23702,
  [SMALL_STATE(470)] = 23709,
  [SMALL_STATE(471)] = 23716,
  [SMALL_STATE(472)] = 23723,
  [SMALL_STATE(473)] = 23730,
  [SMALL_STATE(474)] = 23737,
  [SMALL_STATE(475)] = 23744,
  [SMALL_STATE(476)] = 23751,
  [SMALL_STATE(477)] = 23758,
  [SMALL_STATE(478)] = 23765,
  [SMALL_STATE(479)] = 23772,
  [SMALL_STATE(480)] = 23779,
  [SMALL_STATE(481)] = 23786,
  [SMALL_STATE(482)] = 23793,
  [SMALL_STATE(483)] = 23800,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_code, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = false}}, SHIFT(203),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(102),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(141),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(132),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(345),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(134),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(233),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(442),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(388),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [37] = {.entry = {.count = 1, .reusable = false}}, SHIFT(186),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(196),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [43] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [45] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, 0, 7),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [49] = {.entry = {.count = 1, .reusable = false}}, SHIFT(236),
  [51] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, 0, 7),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(241),
  [57] = {.entry = {.count = 1, .reusable = false}}, SHIFT(244),
  [59] = {.entry = {.count = 1, .reusable = false}}, SHIFT(366),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_expression, 3, 0, 9),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(238),
  [67] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [69] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [71] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [75] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [77] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, 0, 11),
  [79] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, 0, 11),
  [81] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let_expression, 3, 0, 17),
  [83] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_expression, 3, 0, 21),
  [85] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assert_expression, 4, 0, 28),
  [87] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_with_expression, 4, 0, 29),
  [89] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_let_expression, 4, 0, 30),
  [91] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_expression, 5, 0, 31),
  [93] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_expression, 5, 0, 35),
  [95] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__expression, 1, 0, 0),
  [97] = {.entry = {.count = 1, .reusable = false}}, SHIFT(208),
  [99] = {.entry = {.count = 1, .reusable = false}}, SHIFT(217),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(217),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [107] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_with_expression, 4, 0, 29),
  [109] = {.entry = {.count = 1, .reusable = false}}, SHIFT(247),
  [111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [113] = {.entry = {.count = 1, .reusable = false}}, SHIFT(249),
  [115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [117] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [123] = {.entry = {.count = 1, .reusable = false}}, SHIFT(252),
  [125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [129] = {.entry = {.count = 1, .reusable = false}}, SHIFT(255),
  [131] = {.entry = {.count = 1, .reusable = false}}, SHIFT(358),
  [133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [135] = {.entry = {.count = 1, .reusable = false}}, SHIFT(454),
  [137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [141] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [143] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let_expression, 3, 0, 17),
  [145] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__expression, 1, 0, 0),
  [147] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_expression, 3, 0, 21),
  [149] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_assert_expression, 4, 0, 28),
  [151] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_let_expression, 4, 0, 30),
  [153] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_expression, 5, 0, 31),
  [155] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_expression, 5, 0, 35),
  [157] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_expression, 3, 0, 9),
  [159] = {.entry = {.count = 1, .reusable = false}}, SHIFT(222),
  [161] = {.entry = {.count = 1, .reusable = true}}, SHIFT(222),
  [163] = {.entry = {.count = 1, .reusable = false}}, SHIFT(357),
  [165] = {.entry = {.count = 1, .reusable = false}}, SHIFT(224),
  [167] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [169] = {.entry = {.count = 1, .reusable = false}}, SHIFT(246),
  [171] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [173] = {.entry = {.count = 1, .reusable = true}}, SHIFT(256),
  [175] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [177] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [179] = {.entry = {.count = 1, .reusable = false}}, SHIFT(258),
  [181] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [183] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [185] = {.entry = {.count = 1, .reusable = false}}, SHIFT(226),
  [187] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attrpath, 1, 0, 4),
  [189] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attrpath, 1, 0, 4),
  [191] = {.entry = {.count = 1, .reusable = false}}, SHIFT(373),
  [193] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attrpath, 2, 0, 12),
  [195] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attrpath, 2, 0, 12),
  [197] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 24),
  [199] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 24),
  [201] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 24), SHIFT_REPEAT(373),
  [204] = {.entry = {.count = 1, .reusable = false}}, SHIFT(183),
  [206] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [210] = {.entry = {.count = 1, .reusable = false}}, SHIFT(150),
  [212] = {.entry = {.count = 1, .reusable = false}}, SHIFT(151),
  [214] = {.entry = {.count = 1, .reusable = false}}, SHIFT(352),
  [216] = {.entry = {.count = 1, .reusable = false}}, SHIFT(129),
  [218] = {.entry = {.count = 1, .reusable = true}}, SHIFT(234),
  [220] = {.entry = {.count = 1, .reusable = false}}, SHIFT(235),
  [222] = {.entry = {.count = 1, .reusable = false}}, SHIFT(197),
  [224] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [230] = {.entry = {.count = 1, .reusable = false}}, SHIFT(120),
  [232] = {.entry = {.count = 1, .reusable = false}}, SHIFT(121),
  [234] = {.entry = {.count = 1, .reusable = false}}, SHIFT(350),
  [236] = {.entry = {.count = 1, .reusable = false}}, SHIFT(152),
  [238] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [240] = {.entry = {.count = 1, .reusable = false}}, SHIFT(231),
  [242] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string_expression, 2, 0, 0),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string_expression, 2, 0, 0),
  [246] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string_expression, 3, 0, 0),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string_expression, 3, 0, 0),
  [250] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 23),
  [252] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 23),
  [254] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_interpolation, 3, 0, 18),
  [256] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_interpolation, 3, 0, 18),
  [258] = {.entry = {.count = 1, .reusable = false}}, SHIFT(58),
  [260] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [262] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [264] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [266] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [268] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [270] = {.entry = {.count = 1, .reusable = false}}, SHIFT(96),
  [272] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [274] = {.entry = {.count = 1, .reusable = false}}, SHIFT(90),
  [276] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [278] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [280] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [282] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [284] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [286] = {.entry = {.count = 1, .reusable = false}}, SHIFT(56),
  [288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [290] = {.entry = {.count = 1, .reusable = false}}, SHIFT(42),
  [292] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [294] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [298] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [300] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [302] = {.entry = {.count = 1, .reusable = false}}, SHIFT(14),
  [304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [306] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [310] = {.entry = {.count = 1, .reusable = false}}, SHIFT(61),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [314] = {.entry = {.count = 1, .reusable = false}}, SHIFT(59),
  [316] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [318] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [320] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [322] = {.entry = {.count = 1, .reusable = false}}, SHIFT(17),
  [324] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [326] = {.entry = {.count = 1, .reusable = false}}, SHIFT(53),
  [328] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [330] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [332] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [334] = {.entry = {.count = 1, .reusable = false}}, SHIFT(68),
  [336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [338] = {.entry = {.count = 1, .reusable = false}}, SHIFT(19),
  [340] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [342] = {.entry = {.count = 1, .reusable = false}}, SHIFT(60),
  [344] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [346] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [350] = {.entry = {.count = 1, .reusable = false}}, SHIFT(55),
  [352] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [354] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attrset_expression, 2, 0, 0),
  [356] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attrset_expression, 2, 0, 0),
  [358] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 2, 0, 0),
  [360] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indented_string_expression, 3, 0, 0),
  [362] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indented_string_expression, 3, 0, 0),
  [364] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_variable_expression, 1, 0, 1),
  [366] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_variable_expression, 1, 0, 1),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [370] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [372] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rec_attrset_expression, 3, 0, 0),
  [374] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_rec_attrset_expression, 3, 0, 0),
  [376] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list_expression, 2, 0, 0),
  [378] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_list_expression, 2, 0, 0),
  [380] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_list_expression, 3, 0, 19),
  [382] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_list_expression, 3, 0, 19),
  [384] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indented_string_expression, 2, 0, 0),
  [386] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indented_string_expression, 2, 0, 0),
  [388] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rec_attrset_expression, 4, 0, 0),
  [390] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_rec_attrset_expression, 4, 0, 0),
  [392] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_attrset_expression, 3, 0, 0),
  [394] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_attrset_expression, 3, 0, 0),
  [396] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parenthesized_expression, 3, 0, 18),
  [398] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parenthesized_expression, 3, 0, 18),
  [400] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_select_expression, 5, 0, 32),
  [402] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_select_expression, 5, 0, 32),
  [404] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_select_expression, 3, 0, 10),
  [406] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_select_expression, 3, 0, 10),
  [408] = {.entry = {.count = 1, .reusable = false}}, SHIFT(286),
  [410] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_apply_expression, 2, 0, 3),
  [412] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_apply_expression, 2, 0, 3),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [416] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [418] = {.entry = {.count = 1, .reusable = false}}, SHIFT(371),
  [420] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 24), SHIFT_REPEAT(371),
  [423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [427] = {.entry = {.count = 1, .reusable = false}}, SHIFT(289),
  [429] = {.entry = {.count = 1, .reusable = false}}, SHIFT(294),
  [431] = {.entry = {.count = 1, .reusable = false}}, SHIFT(71),
  [433] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [435] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [437] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [439] = {.entry = {.count = 1, .reusable = false}}, SHIFT(89),
  [441] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [443] = {.entry = {.count = 1, .reusable = false}}, SHIFT(57),
  [445] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [447] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [449] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [451] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [453] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [455] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [459] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [463] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [465] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [467] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [469] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [471] = {.entry = {.count = 1, .reusable = false}}, SHIFT(6),
  [473] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [475] = {.entry = {.count = 1, .reusable = false}}, SHIFT(7),
  [477] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [479] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [481] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [483] = {.entry = {.count = 1, .reusable = false}}, SHIFT(9),
  [485] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [487] = {.entry = {.count = 1, .reusable = false}}, SHIFT(10),
  [489] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [491] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [495] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [497] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [499] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [501] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [503] = {.entry = {.count = 1, .reusable = false}}, SHIFT(74),
  [505] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [507] = {.entry = {.count = 1, .reusable = false}}, SHIFT(76),
  [509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [511] = {.entry = {.count = 1, .reusable = false}}, SHIFT(44),
  [513] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [515] = {.entry = {.count = 1, .reusable = false}}, SHIFT(45),
  [517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [519] = {.entry = {.count = 1, .reusable = false}}, SHIFT(46),
  [521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [523] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [525] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [527] = {.entry = {.count = 1, .reusable = false}}, SHIFT(48),
  [529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [531] = {.entry = {.count = 1, .reusable = false}}, SHIFT(49),
  [533] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [535] = {.entry = {.count = 1, .reusable = false}}, SHIFT(50),
  [537] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [539] = {.entry = {.count = 1, .reusable = false}}, SHIFT(51),
  [541] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [543] = {.entry = {.count = 1, .reusable = false}}, SHIFT(52),
  [545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [547] = {.entry = {.count = 1, .reusable = false}}, SHIFT(79),
  [549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [551] = {.entry = {.count = 1, .reusable = false}}, SHIFT(81),
  [553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [555] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [559] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [561] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [563] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [565] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 24), SHIFT_REPEAT(395),
  [568] = {.entry = {.count = 1, .reusable = false}}, SHIFT(342),
  [570] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [572] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [574] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [576] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [578] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [580] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 20), SHIFT_REPEAT(186),
  [583] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 20), SHIFT_REPEAT(342),
  [586] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 20), SHIFT_REPEAT(342),
  [589] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 20), SHIFT_REPEAT(349),
  [592] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 20), SHIFT_REPEAT(136),
  [595] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 20), SHIFT_REPEAT(442),
  [598] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 20), SHIFT_REPEAT(264),
  [601] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 20),
  [603] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 20), SHIFT_REPEAT(388),
  [606] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 2, 0, 20), SHIFT_REPEAT(392),
  [609] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_has_attr_expression, 3, 0, 10),
  [611] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_has_attr_expression, 3, 0, 10),
  [613] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [615] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [617] = {.entry = {.count = 1, .reusable = false}}, SHIFT(194),
  [619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [621] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [625] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_attrpath_repeat1, 2, 0, 24), SHIFT_REPEAT(396),
  [628] = {.entry = {.count = 1, .reusable = false}}, SHIFT(219),
  [630] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [632] = {.entry = {.count = 1, .reusable = true}}, SHIFT(255),
  [634] = {.entry = {.count = 1, .reusable = true}}, SHIFT(226),
  [636] = {.entry = {.count = 1, .reusable = false}}, SHIFT(364),
  [638] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [640] = {.entry = {.count = 1, .reusable = true}}, SHIFT(463),
  [642] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [644] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [646] = {.entry = {.count = 1, .reusable = false}}, SHIFT(353),
  [648] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [650] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_list_expression_repeat1, 1, 0, 8),
  [652] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_list_expression_repeat1, 1, 0, 8),
  [654] = {.entry = {.count = 1, .reusable = false}}, SHIFT(402),
  [656] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [658] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binding_set, 1, 0, 6),
  [660] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binding_set, 1, 0, 6),
  [662] = {.entry = {.count = 1, .reusable = false}}, SHIFT(160),
  [664] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 16), SHIFT_REPEAT(402),
  [667] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 16),
  [669] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 16),
  [671] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 16), SHIFT_REPEAT(377),
  [674] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 16), SHIFT_REPEAT(144),
  [677] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_binding_set_repeat1, 2, 0, 16), SHIFT_REPEAT(353),
  [680] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [682] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [684] = {.entry = {.count = 1, .reusable = false}}, SHIFT(173),
  [686] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [688] = {.entry = {.count = 1, .reusable = false}}, SHIFT(167),
  [690] = {.entry = {.count = 1, .reusable = true}}, SHIFT(397),
  [692] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [694] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [696] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [698] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_inherited_attrs_repeat1, 2, 0, 24), SHIFT_REPEAT(397),
  [701] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_inherited_attrs_repeat1, 2, 0, 24),
  [703] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_inherited_attrs_repeat1, 2, 0, 24), SHIFT_REPEAT(377),
  [706] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_inherited_attrs_repeat1, 2, 0, 24), SHIFT_REPEAT(144),
  [709] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inherited_attrs, 1, 0, 14),
  [711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [713] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [715] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [717] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [719] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_inherit, 2, 0, 0),
  [721] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inherit, 2, 0, 0),
  [723] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binding, 4, 0, 34),
  [725] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binding, 4, 0, 34),
  [727] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [729] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_inherit_from, 5, 0, 36),
  [731] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inherit_from, 5, 0, 36),
  [733] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_inherit_from, 6, 0, 39),
  [735] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inherit_from, 6, 0, 39),
  [737] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formal, 1, 0, 1),
  [739] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [741] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [743] = {.entry = {.count = 1, .reusable = true}}, SHIFT(374),
  [745] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [747] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_inherit, 3, 0, 25),
  [749] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_inherit, 3, 0, 25),
  [751] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_binding_set_repeat1, 1, 0, 5),
  [753] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_binding_set_repeat1, 1, 0, 5),
  [755] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [757] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [759] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [761] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [763] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
  [765] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [767] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [769] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [771] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [773] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [775] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [777] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [779] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [781] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [783] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_expression, 6, 0, 38),
  [785] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [787] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_expression_repeat1, 2, 0, 0),
  [789] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_expression_repeat1, 2, 0, 0), SHIFT_REPEAT(123),
  [792] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_expression_repeat1, 2, 0, 0), SHIFT_REPEAT(384),
  [795] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_indented_string_expression_repeat1, 2, 0, 0),
  [797] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_indented_string_expression_repeat1, 2, 0, 0), SHIFT_REPEAT(145),
  [800] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_indented_string_expression_repeat1, 2, 0, 0), SHIFT_REPEAT(385),
  [803] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [805] = {.entry = {.count = 1, .reusable = true}}, SHIFT(385),
  [807] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [809] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [811] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [813] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [815] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [817] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [819] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [821] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [823] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
  [825] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_inherited_attrs_repeat1, 1, 0, 4),
  [827] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [829] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
  [831] = {.entry = {.count = 1, .reusable = true}}, SHIFT(456),
  [833] = {.entry = {.count = 1, .reusable = true}}, SHIFT(462),
  [835] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [837] = {.entry = {.count = 1, .reusable = true}}, SHIFT(457),
  [839] = {.entry = {.count = 1, .reusable = true}}, SHIFT(418),
  [841] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [843] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_formals_repeat1, 2, 0, 27),
  [845] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_formals_repeat1, 2, 0, 27), SHIFT_REPEAT(414),
  [848] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [850] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [852] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formal, 3, 0, 22),
  [854] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [856] = {.entry = {.count = 1, .reusable = true}}, SHIFT(450),
  [858] = {.entry = {.count = 1, .reusable = true}}, SHIFT(399),
  [860] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 5, 0, 33),
  [862] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 5, 0, 26),
  [864] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_formals_repeat1, 2, 0, 15),
  [866] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 4, 0, 26),
  [868] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [870] = {.entry = {.count = 1, .reusable = true}}, SHIFT(445),
  [872] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 3, 0, 15),
  [874] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 6, 0, 37),
  [876] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 4, 0, 15),
  [878] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [880] = {.entry = {.count = 1, .reusable = true}}, SHIFT(479),
  [882] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formals, 3, 0, 13),
  [884] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [886] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [888] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [890] = {.entry = {.count = 1, .reusable = true}}, SHIFT(218),
  [892] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [894] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [896] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [898] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [900] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [902] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [904] = {.entry = {.count = 1, .reusable = true}}, SHIFT(458),
  [906] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [908] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [910] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [912] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [914] = {.entry = {.count = 1, .reusable = true}}, SHIFT(480),
  [916] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [918] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [920] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [922] = {.entry = {.count = 1, .reusable = true}}, SHIFT(343),
  [924] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_code, 1, 0, 2),
  [926] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [928] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [930] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [932] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [934] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [936] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [938] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [940] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [942] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [944] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [946] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [948] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [950] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [952] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [954] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [956] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [958] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [960] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [962] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [964] = {.entry = {.count = 1, .reusable = true}}, SHIFT(229),
  [966] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [968] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [970] = {.entry = {.count = 1, .reusable = true}}, SHIFT(473),
  [972] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [974] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [976] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [978] = {.entry = {.count = 1, .reusable = true}}, SHIFT(405),
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
    [ts_external_token_string_fragment] = true,
  },
  [3] = {
    [ts_external_token_indented_string_fragment] = true,
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
