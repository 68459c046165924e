package main

import (
	"errors"
	"io"
	"io/fs"
	"os"

	"github.com/openaivet/openaivet/internal/config"
)

func isFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// checkConfigFiles reads every configuration file and writes their names
// and contents to h. It returns the first mistake, after hashing them all.
func checkConfigFiles(files []string, h io.Writer) error {
	var first error
	for _, path := range files {
		_, err := config.Load(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue // removed since it was found
		}
		if err != nil && first == nil {
			first = err
		}
	}
	config.Fingerprint(files, h)
	return first
}
