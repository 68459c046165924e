// Package tagged holds its request in a file behind a build tag: it is
// checked only when the tag is given.
package tagged
