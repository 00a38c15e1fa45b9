module apicheck

go 1.19
