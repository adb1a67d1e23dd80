//go:build !unix

package index

// lockBuild does nothing where flock is missing: two builds of one index
// path at once are not supported there.
func lockBuild(parent, base string) (func(), error) {
	return func() {}, nil
}
