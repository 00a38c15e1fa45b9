// errorcheck

// Imports that are not used, with and without a package name; a blank
// import and a used import are fine.

package main

import (
	"os"           // ERROR "\"os\" imported and not used|imported and not used: \"os\""
	str "strings"  // ERROR "\"strings\" imported as str and not used|imported and not used: \"strings\" as str"
	_ "unicode"
	"errors"       // ERROR "\"errors\" imported and not used|imported and not used: \"errors\""
	"fmt"
)

func main() {
	fmt.Println()
}
