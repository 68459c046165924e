module example.com/pii

go 1.26.0
