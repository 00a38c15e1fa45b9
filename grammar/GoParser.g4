// GoParser.g4 — the syntax of Go, written from the Go specification
// (sections "Types", "Declarations and scope", "Expressions", "Statements",
// "Packages"), including generics.
//
// Semicolons arrive as SEMI tokens, inserted by the token filter
// (frontend/syntax/SemicolonFilter) where the spec's rules say, so rules
// here use SEMI exactly where the spec writes ";".
//
// Three places where Go's syntax is not context free are resolved here:
//
//  1. Composite literals in statement headers. In `if`, `for` and `switch`
//     headers a composite literal whose type is a plain (possibly qualified
//     or instantiated) type name must be parenthesized, since `if x == T {`
//     opens the block. The *NoLit rules are the expression rules without
//     that alternative; inside parentheses, brackets and braces the full
//     rules apply again, as in gc's parser (its exprLev).
//  2. `type T[P *C] …` is both an array type declaration and a generic one.
//     The array reading is listed first and wins, as in gc; the AST builder
//     re-reads it when the length expression can only be a constraint.
//  3. Parameter lists: each parameterDecl is `[name] type`; the AST builder
//     groups `a, b int` the way gc does (names distribute to the next type).
//
// Type literals are operands, so conversions (`[]byte(s)`), builtins taking
// types (`make(map[K]V)`) and generic instantiations (`F[[]int]`) need no
// separate rules. `<-chan T` in an expression parses as a receive from
// `chan T`, and the AST builder turns it into a channel type, as gc does.
parser grammar GoParser;

options {
    tokenVocab = GoLexer;
}

// ------------------------------------------------------------------ files

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause
    : PACKAGE IDENTIFIER
    ;

importDecl
    : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN)
    ;

// Any literal parses as the path; the builder says a path must be a
// string, as gc does.
importSpec
    : (DOT | IDENTIFIER)? (string_ | NUMBER | RUNE)
    ;

topLevelDecl
    : declaration
    | functionDecl
    ;

// ----------------------------------------------------------- declarations

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN)
    ;

// The builder reports a missing value ("missing constant value").
constSpec
    : identifierList type_? (ASSIGN expressionList)?
    ;

varDecl
    : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

typeDecl
    : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN)
    ;

// AliasDecl = identifier [ TypeParameters ] "=" Type .
// TypeDef   = identifier [ TypeParameters ] Type .
// The alternatives without type parameters come first (see note 2 above).
typeSpec
    : IDENTIFIER ASSIGN? type_
    | IDENTIFIER typeParameters ASSIGN? type_
    ;

// FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
// Type parameters on a method are accepted here and rejected by the AST
// builder with gc's message.
functionDecl
    : FUNC receiver=parameters? IDENTIFIER typeParameters? signature block?
    ;

typeParameters
    : L_BRACKET typeParameterDecl (COMMA typeParameterDecl)* COMMA? R_BRACKET
    ;

typeParameterDecl
    : identifierList typeElem
    ;

// TypeElem = TypeTerm { "|" TypeTerm } .   TypeTerm = Type | "~" Type .
typeElem
    : typeTerm (OR typeTerm)*
    ;

typeTerm
    : TILDE? type_
    ;

identifierList
    : IDENTIFIER (COMMA IDENTIFIER)*
    ;

expressionList
    : expression (COMMA expression)*
    ;

// ------------------------------------------------------------------ types

type_
    : typeName typeArgs?                                  # namedType
    | typeLit                                             # literalType_
    | L_PAREN type_ R_PAREN                               # parenType
    ;

typeName
    : IDENTIFIER (DOT IDENTIFIER)?
    ;

typeArgs
    : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET
    ;

typeLit
    : arrayType
    | sliceType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | channelType
    ;

// `[...]T` is accepted wherever an array type is; the builder rejects it
// in an expression that is not a composite literal's type, as gc does.
arrayType
    : L_BRACKET (expression | ELLIPSIS) R_BRACKET type_
    ;

sliceType
    : L_BRACKET R_BRACKET type_
    ;

structType
    : STRUCT L_BRACE (fieldDecl (SEMI fieldDecl)* SEMI?)? R_BRACE
    ;

// FieldDecl     = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
fieldDecl
    : (identifierList type_ | embeddedField) tag=string_?
    ;

embeddedField
    : STAR? typeName typeArgs?
    ;

pointerType
    : STAR type_
    ;

functionType
    : FUNC signature
    ;

signature
    : parameters result?
    ;

// A result list in parentheses is always a parameter list, as in gc.
result
    : parameters
    | typeName typeArgs?
    | typeLit
    ;

parameters
    : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN
    ;

// One name at most: the AST builder groups names (see note 3 above).
parameterDecl
    : IDENTIFIER? ELLIPSIS? type_
    ;

interfaceType
    : INTERFACE L_BRACE (interfaceElem (SEMI interfaceElem)* SEMI?)? R_BRACE
    ;

interfaceElem
    : methodSpec
    | typeElem
    ;

// Type parameters parse and the builder rejects them, with gc's message.
methodSpec
    : IDENTIFIER typeParameters? parameters result?
    ;

mapType
    : MAP L_BRACKET type_ R_BRACKET type_
    ;

// "The <- operator associates with the leftmost chan possible": the
// send-only form is listed first, so `chan<- chan int` is chan<- (chan int).
channelType
    : CHAN RECEIVE type_                                  # sendChanType
    | CHAN type_                                          # bidiChanType
    | RECEIVE CHAN type_                                  # recvChanType
    ;

// ------------------------------------------------------------- statements

block
    : L_BRACE statementList R_BRACE
    ;

// StatementList = { Statement ";" } ; the last ";" may be omitted before "}"
// and empty statements are allowed anywhere. Written as statements between
// semicolons, so that each step is decided by one token (the form
// `(statement? SEMI)* statement?` made ANTLR scan a whole statement ahead to
// see whether a ";" follows it).
statementList
    : statement? (SEMI statement?)*
    ;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

labeledStmt
    : IDENTIFIER COLON statement?
    ;

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
//              Assignment | ShortVarDecl .
// Left-factored as gc parses it: the expression list first, then the token
// that says which statement it is. The AST builder checks that sends and
// inc/dec statements have one expression on the left, and that the left
// side of := is identifiers.
simpleStmt
    : expressionList (assignOp expressionList | DEFINE expressionList | RECEIVE expression | PLUS_PLUS | MINUS_MINUS)?
    ;

assignOp
    : ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | OR_ASSIGN | CARET_ASSIGN
    | STAR_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | LSHIFT_ASSIGN | RSHIFT_ASSIGN
    | AMPERSAND_ASSIGN | BIT_CLEAR_ASSIGN
    ;

goStmt
    : GO expression
    ;

deferStmt
    : DEFER expression
    ;

returnStmt
    : RETURN expressionList?
    ;

breakStmt
    : BREAK IDENTIFIER?
    ;

continueStmt
    : CONTINUE IDENTIFIER?
    ;

gotoStmt
    : GOTO IDENTIFIER
    ;

fallthroughStmt
    : FALLTHROUGH
    ;

// Statement headers are left-factored the way gc parses them: a simple
// statement first, and only a following ";" makes it the init statement.
// The AST builder sorts the parts out and reports a missing condition.
// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
// The header may be empty here (`if {`): the builder reports gc's
// "missing condition in if statement" and the parse goes on.
ifStmt
    : IF (SEMI cond=simpleStmtNoLit? | init=simpleStmtNoLit (SEMI cond=simpleStmtNoLit?)?)? block (ELSE (ifStmt | block))?
    ;

// ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
// TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" .
// A type switch guard `[x :=] y.(type)` parses as a simple statement (the
// header rules accept `.(type)`); case lists of types parse as expressions,
// since type literals are operands.
switchStmt
    : SWITCH (SEMI tag=simpleStmtNoLit? | init=simpleStmtNoLit (SEMI tag=simpleStmtNoLit?)?)? L_BRACE caseClause* R_BRACE
    ;

caseClause
    : (CASE expressionList | DEFAULT) COLON statementList
    ;

selectStmt
    : SELECT L_BRACE commClause* R_BRACE
    ;

// CommCase = "case" ( SendStmt | RecvStmt ) | "default" . The builder
// checks the simple statement's shape.
commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;

// ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
forStmt
    : FOR forHeader? block
    ;

forHeader
    : RANGE expressionNoLit                                                        # rangeNoVars
    | expressionListNoLit (ASSIGN | DEFINE) RANGE expressionNoLit                  # rangeWithVars
    | SEMI cond=expressionNoLit? SEMI post=simpleStmtNoLit?                        # forClauseNoInit
    | init=simpleStmtNoLit (SEMI cond=expressionNoLit? SEMI post=simpleStmtNoLit?)? # forClauseOrCond
    ;

// ------------------------------------------------------------ expressions

// Binary operators by precedence, highest first (spec "Operator precedence"):
//   5  *  /  %  <<  >>  &  &^
//   4  +  -  |  ^
//   3  ==  !=  <  <=  >  >=
//   2  &&
//   1  ||
// All binary operators associate to the left.
// Unary operators bind tighter than every binary one: the prefix
// alternative is listed first. Operands are alternatives of primaryExpr
// itself rather than rules of their own: each rule level costs a context
// object and a prediction per operand (measured with callgrind).
expression
    : primaryExpr                                                      # primaryExpression
    | unaryOp expression                                               # unaryExpression
    | expression mulOp expression                                      # binaryExpression
    | expression addOp expression                                      # binaryExpression
    | expression relOp expression                                      # binaryExpression
    | expression LOGICAL_AND expression                                # binaryExpression
    | expression LOGICAL_OR expression                                 # binaryExpression
    ;

mulOp : STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR;
addOp : PLUS | MINUS | OR | CARET;
relOp : EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS;
// `~x` parses (the type checker rejects it outside constraints), as in gc.
unaryOp : PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE | TILDE;

// Postfix forms are left-factored so that no decision needs more than a
// token or two of lookahead (measured: scanning ahead over whole
// expressions made the parse 50x slower):
//  - `[` ... `]` is one alternative for index, instantiation and slices;
//    the builder tells them apart by the colons.
//  - A composite literal's `{...}` is a postfix of any primary expression;
//    the builder checks that the primary is a literal type, as gc does
//    (a type name, pkg.T, T[args], or an array, slice, map or struct type).
primaryExpr
    : (NUMBER | RUNE | RAW_STRING | INTERPRETED_STRING)                # literalOperand
    | IDENTIFIER                                                       # nameOperand
    | L_PAREN expression R_PAREN                                       # parenOperand
    | FUNC signature block                                             # funcLitOperand
    | typeOperand                                                      # typeLitOperand
    | primaryExpr DOT IDENTIFIER                                       # selectorExpr
    | primaryExpr DOT L_PAREN type_ R_PAREN                            # typeAssertionExpr
    | primaryExpr DOT L_PAREN TYPE R_PAREN                             # typeSwitchGuardExpr
    | primaryExpr index                                                # indexExpr
    | primaryExpr arguments                                            # callExpr
    | primaryExpr literalValue                                         # compositeLitExpr
    ;

index
    : L_BRACKET (expression ((COMMA expression)* COMMA? | COLON expression? (COLON expression?)?)
                | COLON expression? (COLON expression?)?) R_BRACKET
    ;

arguments
    : L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN
    ;

// Type literals that may stand where an expression is expected. Pointer
// types are the unary `*`; receive-only channel types are the unary `<-`.
typeOperand
    : arrayType
    | sliceType
    | structType
    | functionType
    | interfaceType
    | mapType
    | CHAN RECEIVE type_
    | CHAN type_
    ;

string_
    : RAW_STRING
    | INTERPRETED_STRING
    ;

literalValue
    : L_BRACE (keyedElement (COMMA keyedElement)* COMMA?)? R_BRACE
    ;

// KeyedElement = [ Key ":" ] Element . Left-factored: one element, then
// a ":" makes it the key.
keyedElement
    : element (COLON element)?
    ;

element
    : expression
    | literalValue
    ;

// ------------------------------------- header forms (see note 1 at the top)
// The same rules without composite literals of named types. Everything
// nested inside brackets, parentheses, braces or a call uses the full rules.

simpleStmtNoLit
    : expressionListNoLit (assignOp expressionListNoLit | DEFINE expressionListNoLit
                          | RECEIVE expressionNoLit | PLUS_PLUS | MINUS_MINUS)?
    ;

expressionListNoLit
    : expressionNoLit (COMMA expressionNoLit)*
    ;

expressionNoLit
    : primaryExprNoLit                                                 # primaryExpressionNoLit
    | unaryOp expressionNoLit                                          # unaryExpressionNoLit
    | expressionNoLit mulOp expressionNoLit                            # binaryExpressionNoLit
    | expressionNoLit addOp expressionNoLit                            # binaryExpressionNoLit
    | expressionNoLit relOp expressionNoLit                            # binaryExpressionNoLit
    | expressionNoLit LOGICAL_AND expressionNoLit                      # binaryExpressionNoLit
    | expressionNoLit LOGICAL_OR expressionNoLit                       # binaryExpressionNoLit
    ;

// In headers a literal value may follow only a type literal operand
// (`[]int{1, 2}`), never a name; and `.(type)` is allowed, for the guard
// of a type switch (the builder rejects it anywhere else).
primaryExprNoLit
    : (NUMBER | RUNE | RAW_STRING | INTERPRETED_STRING)                # literalOperandNoLit
    | IDENTIFIER                                                       # nameOperandNoLit
    | L_PAREN expression R_PAREN                                       # parenOperandNoLit
    | FUNC signature block                                             # funcLitOperandNoLit
    | typeOperand                                                      # typeLitOperandNoLit
    | typeOperand literalValue                                         # compositeLitExprNoLit
    | primaryExprNoLit DOT IDENTIFIER                                  # selectorExprNoLit
    | primaryExprNoLit DOT L_PAREN type_ R_PAREN                       # typeAssertionExprNoLit
    | primaryExprNoLit DOT L_PAREN TYPE R_PAREN                        # typeSwitchGuardNoLit
    | primaryExprNoLit index                                           # indexExprNoLit
    | primaryExprNoLit arguments                                       # callExprNoLit
    ;
