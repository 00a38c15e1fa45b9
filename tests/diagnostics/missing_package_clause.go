// go: rejects at line 2
func f() {}
