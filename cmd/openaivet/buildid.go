package main

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"io"
	"os"
)

// executableID returns what identifies this executable's content: the Go
// build ID the linker writes into it, whose last part hashes the rest of
// the file, read in a few kilobytes; or, for a binary built without one,
// the hash of the whole file, which costs a read of it on every go vet.
func executableID() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if id := goBuildID(f); id != "" {
		return id, nil
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// goBuildID reads the Go build ID of an executable, or "": in ELF, from
// the note the linker writes; elsewhere (Mach-O, PE), from the quoted
// string it puts at the start of the text, in the file's first 32 KiB.
func goBuildID(f *os.File) string {
	if file, err := elf.NewFile(f); err == nil {
		if s := file.Section(".note.go.buildid"); s != nil {
			note, err := s.Data()
			if err != nil || len(note) < 16 {
				return ""
			}
			order := file.ByteOrder
			nameSize, descSize, kind := order.Uint32(note), order.Uint32(note[4:]), order.Uint32(note[8:])
			if nameSize != 4 || kind != 4 || string(note[12:16]) != "Go\x00\x00" || uint32(len(note)-16) < descSize {
				return ""
			}
			return string(note[16 : 16+descSize])
		}
		return ""
	}
	head := make([]byte, 32<<10)
	n, _ := f.ReadAt(head, 0)
	const prefix, suffix = "\xff Go build ID: \"", "\"\n \xff"
	_, rest, ok := bytes.Cut(head[:n], []byte(prefix))
	if !ok {
		return ""
	}
	id, _, ok := bytes.Cut(rest, []byte(suffix))
	if !ok {
		return ""
	}
	return string(id)
}
