package openaiapi

import "strings"

// splitFormat splits a constant fmt format into its literal texts and its
// verbs, each with its flags ("%s", "%-5d"): texts[i] comes before
// verbs[i], and texts has one more element, the text after the last verb.
// "%%" is a literal '%'. ok is false, and the parts end where the format
// stops being read, for a verb that takes its argument out of order
// (%[1]s) or its width from one (%*d), or a format that ends in a verb's
// flags.
func splitFormat(format string) (texts, verbs []string, ok bool) {
	var text strings.Builder
	for {
		before, after, found := strings.Cut(format, "%")
		text.WriteString(before)
		if !found {
			return append(texts, text.String()), verbs, true
		}
		if strings.HasPrefix(after, "%") {
			text.WriteByte('%')
			format = after[1:]
			continue
		}
		flags := len(after) - len(strings.TrimLeft(after, "+-# 0123456789."))
		if flags == len(after) || strings.ContainsAny(after[flags:flags+1], "[*") {
			return append(texts, text.String()), verbs, false
		}
		texts, verbs = append(texts, text.String()), append(verbs, "%"+after[:flags+1])
		text.Reset()
		format = after[flags+1:]
	}
}
