; Syntax highlighting for vmc (Nix expressions).
;
; Specific patterns come first and fallbacks last.  Highlighters disagree on
; which pattern wins when two capture the same node (tree-sitter-highlight
; 0.22 takes the last one, older versions and some editors the first), so
; the patterns below never capture the same node twice: overlapping cases are
; split with #match?/#not-match? or by the parent's field, and the
; fallbacks capture an enclosing node (`variable_expression`, `attrpath`,
; but for a leaf) so that the more specific capture on
; the inner identifier is the innermost highlight whatever the order.

; ---------------------------------------------------------------------------
; Comments
; ---------------------------------------------------------------------------

(comment) @comment

; ---------------------------------------------------------------------------
; Keywords
; ---------------------------------------------------------------------------

[
  "if"
  "then"
  "else"
  "let"
  "in"
  "rec"
  "inherit"
  "with"
  "assert"
  "or"
] @keyword

; ---------------------------------------------------------------------------
; Variables with a fixed meaning (they are plain variables in the grammar)
; ---------------------------------------------------------------------------

((variable_expression) @constant.builtin
  (#match? @constant.builtin "^(true|false|null)$"))

((variable_expression) @function.builtin
  (#match? @function.builtin "^(builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$"))

; ---------------------------------------------------------------------------
; Functions
; ---------------------------------------------------------------------------

(function_expression
  universal: (identifier) @variable.parameter)

(formal
  name: (identifier) @variable.parameter)

(ellipses) @punctuation.special

; `f x`: the called variable (builtins and constants are captured above).
((apply_expression
  function: (variable_expression) @function.call)
  (#not-match? @function.call "^(true|false|null|builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$"))

; `lib.strings.concatMap f xs`: the last attribute of a called select.
(apply_expression
  function: (select_expression
    attrpath: (attrpath
      attr: (identifier) @function.call .)))

; `lib.concatMap f xs`: a path of one name is a leaf (the identifier token,
; aliased), told from other paths by its text, a name: patterns on the
; children of a path (`attr:`, `!attr`) are not reliable for a leaf when
; a highlighter iterates captures (tree-sitter 0.22 then returns a capture
; of `(attrpath attr: (_)) @x` on a leaf).  So is a path of names joined by
; dots (`lib.strings.concatMap f xs`): one token, captured whole.
((apply_expression
  function: (select_expression
    attrpath: (attrpath) @function.call))
  (#match? @function.call "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))

; `lib.mkIf c x`: a variable and the names after it, joined by dots without
; blanks, is one token (a select's expression, aliased to a variable),
; captured whole; a builtin when it starts with `builtins.`.
((apply_expression
  function: (select_expression
    expression: (variable_expression) @function.call))
  (#match? @function.call "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$")
  (#not-match? @function.call "^builtins[.]"))
((apply_expression
  function: (select_expression
    expression: (variable_expression) @function.builtin))
  (#match? @function.builtin "^builtins([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$"))

; ---------------------------------------------------------------------------
; Literals
; ---------------------------------------------------------------------------

(interpolation
  "${" @punctuation.special
  "}" @punctuation.special)

[
  (string_expression)
  (indented_string_expression)
] @string

[
  (path_expression)
  (spath_expression)
] @string.special

(uri_expression) @string.special.url

[
  (integer_expression)
  (float_expression)
] @number

; ---------------------------------------------------------------------------
; Operators and punctuation
; ---------------------------------------------------------------------------

[
  "!"
  "!="
  "&&"
  "*"
  "+"
  "++"
  "-"
  "->"
  "/"
  "//"
  "<"
  "<="
  "=="
  ">"
  ">="
  "?"
  "||"
  "="
] @operator

"@" @punctuation.special

; Brackets by parent, so that the `}` closing an interpolation is not
; captured twice.
(attrset_expression ["{" "}"] @punctuation.bracket)
(rec_attrset_expression ["{" "}"] @punctuation.bracket)
(formals ["{" "}"] @punctuation.bracket)
(list_expression ["[" "]"] @punctuation.bracket)
(parenthesized_expression ["(" ")"] @punctuation.bracket)
(inherit_from ["(" ")"] @punctuation.bracket)

[
  "."
  ","
  ":"
  ";"
] @punctuation.delimiter

; ---------------------------------------------------------------------------
; Fallbacks: attribute names and variables
; ---------------------------------------------------------------------------

; Attribute names: the whole attribute path, so that an identifier captured
; above (a called attribute) or a string/interpolation inside it keeps its
; own, inner highlight.
(binding
  attrpath: (attrpath) @property)

(inherit
  attrs: (inherited_attrs) @property)

(inherit_from
  attrs: (inherited_attrs) @property)

; A select's path that is a leaf (one name, or names joined by dots without
; blanks: one token) is captured by the field of the select in its parent:
; every field that holds an expression but `function`, where it is a called
; attribute (captured above).  Any other path (with a string, an
; interpolation, blanks or comments) is not such a leaf.
((select_expression
  attrpath: (attrpath) @property)
  (#not-match? @property "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))
((_ expression: (select_expression
  attrpath: (attrpath) @property))
  (#match? @property "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))
((_ body: (select_expression
  attrpath: (attrpath) @property))
  (#match? @property "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))
((_ default: (select_expression
  attrpath: (attrpath) @property))
  (#match? @property "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))
((_ condition: (select_expression
  attrpath: (attrpath) @property))
  (#match? @property "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))
((_ environment: (select_expression
  attrpath: (attrpath) @property))
  (#match? @property "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))
((_ consequence: (select_expression
  attrpath: (attrpath) @property))
  (#match? @property "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))
((_ alternative: (select_expression
  attrpath: (attrpath) @property))
  (#match? @property "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))
((_ argument: (select_expression
  attrpath: (attrpath) @property))
  (#match? @property "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))
((_ left: (select_expression
  attrpath: (attrpath) @property))
  (#match? @property "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))
((_ right: (select_expression
  attrpath: (attrpath) @property))
  (#match? @property "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))
((_ element: (select_expression
  attrpath: (attrpath) @property))
  (#match? @property "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)*$"))

(has_attr_expression
  attrpath: (attrpath) @property)

; Any other variable.  variable_expression is a leaf (the identifier
; token, aliased), so this fallback names the variable's field in its
; parent: every field that holds an expression but `function`, which is
; captured above (a called variable).  Builtins and constants are left out
; rather than captured twice.
((_ expression: (variable_expression) @variable)
  (#not-match? @variable "^(true|false|null|builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$")
  (#not-match? @variable "[.]"))
((_ body: (variable_expression) @variable)
  (#not-match? @variable "^(true|false|null|builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$"))
((_ default: (variable_expression) @variable)
  (#not-match? @variable "^(true|false|null|builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$"))
((_ condition: (variable_expression) @variable)
  (#not-match? @variable "^(true|false|null|builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$"))
((_ environment: (variable_expression) @variable)
  (#not-match? @variable "^(true|false|null|builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$"))
((_ consequence: (variable_expression) @variable)
  (#not-match? @variable "^(true|false|null|builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$"))
((_ alternative: (variable_expression) @variable)
  (#not-match? @variable "^(true|false|null|builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$"))
((_ argument: (variable_expression) @variable)
  (#not-match? @variable "^(true|false|null|builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$"))
((_ left: (variable_expression) @variable)
  (#not-match? @variable "^(true|false|null|builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$"))
((_ right: (variable_expression) @variable)
  (#not-match? @variable "^(true|false|null|builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$"))
((_ element: (variable_expression) @variable)
  (#not-match? @variable "^(true|false|null|builtins|import|map|throw|abort|baseNameOf|dirOf|isNull|removeAttrs|toString|scopedImport|fromTOML|derivation|placeholder|fetchTarball|break)$"))

; A variable and the names after it, one token (`cfg.port`), is captured
; whole, as a variable, where its select is not called.
((_ expression: (select_expression
  expression: (variable_expression) @variable))
  (#match? @variable "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$"))
((_ body: (select_expression
  expression: (variable_expression) @variable))
  (#match? @variable "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$"))
((_ default: (select_expression
  expression: (variable_expression) @variable))
  (#match? @variable "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$"))
((_ condition: (select_expression
  expression: (variable_expression) @variable))
  (#match? @variable "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$"))
((_ environment: (select_expression
  expression: (variable_expression) @variable))
  (#match? @variable "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$"))
((_ consequence: (select_expression
  expression: (variable_expression) @variable))
  (#match? @variable "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$"))
((_ alternative: (select_expression
  expression: (variable_expression) @variable))
  (#match? @variable "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$"))
((_ argument: (select_expression
  expression: (variable_expression) @variable))
  (#match? @variable "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$"))
((_ left: (select_expression
  expression: (variable_expression) @variable))
  (#match? @variable "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$"))
((_ right: (select_expression
  expression: (variable_expression) @variable))
  (#match? @variable "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$"))
((_ element: (select_expression
  expression: (variable_expression) @variable))
  (#match? @variable "^[a-zA-Z_][a-zA-Z0-9_'-]*([.][a-zA-Z_][a-zA-Z0-9_'-]*)+$"))
