// go: rejects at line 4
package p

var r = ''
