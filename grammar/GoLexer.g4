// GoLexer.g4 — the lexical grammar of Go, written from the section
// "Lexical elements" of the Go specification.
//
// Design notes:
//  - Semicolons are NOT inserted here. Newlines and comments are emitted on
//    the hidden channel and frontend/syntax/SemicolonFilter inserts SEMI
//    tokens exactly as the spec's two rules say. Keeping that out of the
//    grammar keeps both readable and lets unit tests pin the rule.
//  - Number, rune and string literals are lexed leniently (the shape of the
//    token, not the validity of every digit or escape), the way go/scanner
//    does; frontend/syntax/Literals validates them afterwards and reports
//    gc's messages ("invalid digit '8' in octal literal", "unknown escape
//    sequence", ...) at the right column instead of a generic syntax error.
//  - Every character that starts no token becomes INVALID_CHAR, so the lexer
//    never fails on its own; the AST builder reports it as gc does.
lexer grammar GoLexer;

// ---------------------------------------------------------------- keywords

BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

// ------------------------------------------------------------ identifiers

// identifier = letter { letter | unicode_digit } .
// letter     = unicode_letter | "_" .   (Lu, Ll, Lt, Lm, Lo = \p{L})
IDENTIFIER : LETTER (LETTER | UNICODE_DIGIT)*;

// ------------------------------------------------- operators, punctuation

ELLIPSIS       : '...';
DOT            : '.';
COMMA          : ',';
SEMI           : ';';
COLON          : ':';
DEFINE         : ':=';
ASSIGN         : '=';
L_PAREN        : '(';
R_PAREN        : ')';
L_BRACKET      : '[';
R_BRACKET      : ']';
L_BRACE        : '{';
R_BRACE        : '}';

LOGICAL_OR     : '||';
LOGICAL_AND    : '&&';
EQUALS         : '==';
NOT_EQUALS     : '!=';
LESS           : '<';
LESS_OR_EQUALS : '<=';
GREATER        : '>';
GREATER_OR_EQUALS : '>=';
PLUS           : '+';
MINUS          : '-';
OR             : '|';
CARET          : '^';
STAR           : '*';
DIV            : '/';
MOD            : '%';
LSHIFT         : '<<';
RSHIFT         : '>>';
AMPERSAND      : '&';
BIT_CLEAR      : '&^';
EXCLAMATION    : '!';
TILDE          : '~';
RECEIVE        : '<-';
PLUS_PLUS      : '++';
MINUS_MINUS    : '--';

PLUS_ASSIGN      : '+=';
MINUS_ASSIGN     : '-=';
OR_ASSIGN        : '|=';
CARET_ASSIGN     : '^=';
STAR_ASSIGN      : '*=';
DIV_ASSIGN       : '/=';
MOD_ASSIGN       : '%=';
LSHIFT_ASSIGN    : '<<=';
RSHIFT_ASSIGN    : '>>=';
AMPERSAND_ASSIGN : '&=';
BIT_CLEAR_ASSIGN : '&^=';

// --------------------------------------------------------------- literals

// One token for every numeric literal: int_lit, float_lit and imaginary_lit
// (the suffix 'i'). The shape follows the spec's productions with two
// relaxations that go/scanner also makes: any decimal digit is accepted in
// binary and octal literals, and '_' may appear anywhere among the digits.
// Literals.cpp rejects what the spec does not allow.
// As gc's scanner does, a radix point or an exponent letter of the wrong
// kind stays part of the literal (`0b1.0`, `0o7p1`, `1p5`), so that the
// error names the literal ("invalid radix point in binary literal").
NUMBER
    : '0' [xX] HEX_DIGIT_OR_SEP* ('.' HEX_DIGIT_OR_SEP*)? ([pP] [+-]? DIGIT_OR_SEP*)? 'i'?
    | '0' [bBoO] DIGIT_OR_SEP* ('.' DIGIT_OR_SEP*)? ([eEpP] [+-]? DIGIT_OR_SEP*)? 'i'?
    | DECIMAL_DIGIT DIGIT_OR_SEP* ('.' DIGIT_OR_SEP*)? ([eEpP] [+-]? DIGIT_OR_SEP*)? 'i'?
    | '.' DECIMAL_DIGIT DIGIT_OR_SEP* ([eEpP] [+-]? DIGIT_OR_SEP*)? 'i'?
    ;

// rune_lit = "'" ( unicode_value | byte_value ) "'" . Any content up to the
// closing quote; Literals.cpp checks there is exactly one character.
RUNE : '\'' (~['\\\n] | '\\' ~[\n])* '\'';

// raw_string_lit = "`" { unicode_char | newline } "`" .
RAW_STRING : '`' ~'`'* '`';

// interpreted_string_lit = `"` { unicode_value | byte_value } `"` .
INTERPRETED_STRING : '"' (~["\\\n] | '\\' ~[\n])* '"';

// ----------------------------------------------------- unterminated forms
// Reported by the AST builder with gc's wording ("string literal not
// terminated", "rune literal not terminated", "comment not terminated").

UNTERMINATED_RAW_STRING    : '`' ~'`'* EOF;
UNTERMINATED_STRING        : '"' (~["\\\n] | '\\' ~[\n])* ('\\')?;
UNTERMINATED_RUNE          : '\'' (~['\\\n] | '\\' ~[\n])* ('\\')?;
UNTERMINATED_BLOCK_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;

// -------------------------------------------- whitespace, newlines, comments

// The semicolon filter reads newlines and general comments from the hidden
// channel (a general comment containing a newline acts like one). Spaces
// and line comments (always followed by a newline or the end of the file)
// never matter to it and are skipped without making a token at all.
NEWLINE       : '\n' -> channel(HIDDEN);
WHITESPACE    : [ \t\r]+ -> skip;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
LINE_COMMENT  : '//' ~[\n]* -> skip;

// A byte order mark is allowed as the first character of a file; the AST
// builder rejects one anywhere else, as gc does.
BOM : [\uFEFF];

// Anything else: reported as "invalid character U+XXXX".
INVALID_CHAR : .;

// ---------------------------------------------------------------- fragments

fragment LETTER           : [\p{L}_];
fragment UNICODE_DIGIT    : [\p{Nd}];
fragment DECIMAL_DIGIT    : [0-9];
fragment DIGIT_OR_SEP     : [0-9_];
fragment HEX_DIGIT_OR_SEP : [0-9a-fA-F_];
