// go: rejects at line 4
package p

// ÿ
var x = 1
