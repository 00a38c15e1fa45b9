module goparse

go 1.19
