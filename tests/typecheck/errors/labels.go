// errorcheck

// Labels: defined and not used, defined twice, and not defined.

package main

func f() {
L1: // ERROR "label L1 defined and not used"
	for {
	}
}

func g() {
L2:
	for {
		break L2
	}
L2: // ERROR "label L2 already defined at"
	_ = 0
}

func h() {
	goto Missing // ERROR "label Missing not defined"
}

func k() {
	for {
		break Nowhere // ERROR "break label not defined: Nowhere"
	}
}

func main() {
Unused: // ERROR "label Unused defined and not used"
	_ = 0
}
