module example.com/directive

go 1.26.0
