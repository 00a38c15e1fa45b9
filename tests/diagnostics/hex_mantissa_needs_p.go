// go: rejects at line 4
package p

var x = 0x1.5
