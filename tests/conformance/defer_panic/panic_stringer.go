// panic with a fmt.Stringer value (not an error) prints its String() result.
package main

type State int

func (s State) String() string { return [...]string{"idle", "busy", "broken"}[s] }

func main() {
	panic(State(2))
}
