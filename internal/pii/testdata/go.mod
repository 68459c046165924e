module example.com/pii

go 1.26.0

require (
	github.com/cespare/xxhash/v2 v2.3.0
	github.com/spaolacci/murmur3 v1.1.0
	golang.org/x/crypto v0.45.0
)

require golang.org/x/sys v0.38.0 // indirect
