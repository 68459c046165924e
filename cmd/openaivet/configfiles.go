package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/openaivet/openaivet/internal/config"
)

// configFiles finds the configuration files a run from dir can use: those
// in dir and its parents, and those below it. Every check reads the one
// nearest its package; the command reads them all first, so that a
// mistake in one is a single clear error rather than one per package, and
// so that the result cache is keyed on what they say.
func configFiles(dir string) []string {
	var files []string
	for d := dir; ; d = filepath.Dir(d) {
		if path := filepath.Join(d, config.FileName); isFile(path) {
			files = append(files, path)
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil // unreadable: the go command will say so if it matters
		case e.IsDir() && path != dir && skipDir(e.Name()):
			return filepath.SkipDir
		case !e.IsDir() && e.Name() == config.FileName && filepath.Dir(path) != dir:
			files = append(files, path)
		}
		return nil
	})
	return files
}

// skipDir reports directories the go command ignores, and version
// control's.
func skipDir(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "node_modules"
}

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
		data, _ := os.ReadFile(path)
		io.WriteString(h, path+"\x00")
		h.Write(data)
		io.WriteString(h, "\x00")
	}
	return first
}
