// go: rejects at line 4
package p

var _ = "\q1"
var _ = "\q2"
var _ = "\q3"
var _ = "\q4"
var _ = "\q5"
var _ = "\q6"
var _ = "\q7"
var _ = "\q8"
var _ = "\q9"
var _ = "\q10"
var _ = "\q11"
var _ = "\q12"
