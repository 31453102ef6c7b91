package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// cweNames are short names for the CWEs used in the corpus.
var cweNames = map[int]string{
	22: "path traversal", 78: "OS command injection", 79: "XSS", 89: "SQL injection",
	94: "code injection", 95: "eval injection", 209: "error message exposure",
	295: "TLS verification disabled", 327: "weak cipher / protocol", 328: "weak hash",
	338: "weak PRNG for secrets", 347: "JWT not verified", 377: "insecure temp file",
	489: "debug mode", 502: "unsafe deserialization", 532: "secret in log",
	601: "open redirect", 611: "XXE", 614: "cookie without Secure", 732: "weak file permissions",
	798: "hard-coded credentials", 915: "mass assignment", 917: "expression language injection",
	918: "SSRF", 942: "permissive CORS", 943: "NoSQL injection", 1004: "cookie without HttpOnly",
	1275: "cookie without SameSite", 1321: "prototype pollution", 1336: "template injection",
	117: "log injection", 329: "static IV", 346: "origin not checked", 400: "resource exhaustion", 564: "Hibernate injection",
	776: "XML entity expansion", 916: "weak password hash", 1327: "binds all interfaces",
}

func cweTitle(n int) string {
	if n == 0 {
		return "(no CWE)"
	}
	if name, ok := cweNames[n]; ok {
		return fmt.Sprintf("CWE-%d %s", n, name)
	}
	return fmt.Sprintf("CWE-%d", n)
}

func pct(x float64) string {
	if x < 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f%%", 100*x)
}

func row(w io.Writer, name string, c Counts) {
	fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %s | %s |\n", name, c.TP, c.FPSafe, c.FPOther, c.FN, pct(c.Precision()), pct(c.Recall()))
}

const countsHeader = "| TP | FP on `safe:` lines | FP elsewhere | FN | precision | recall |"
const countsRule = "|---:|---:|---:|---:|---:|---:|"

func sortedKeys(m map[string]*Counts) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func byCWE(path string, cwe int) string  { return fmt.Sprintf("%05d", cwe) }
func byLang(path string, cwe int) string { return LanguageOf(path) }
func cweKeyTitle(k string) string        { var n int; fmt.Sscanf(k, "%d", &n); return cweTitle(n) }

// WriteMarkdown prints the tables.
func WriteMarkdown(w io.Writer, labels []Label, sizes map[string][2]int, results []Result, scopes map[string]string) {
	nv, ns := 0, 0
	for _, l := range labels {
		if l.Kind == Vuln {
			nv++
		} else {
			ns++
		}
	}
	fmt.Fprintf(w, "### Corpus\n\n| language | files | lines | `vuln:` labels | `safe:` labels |\n|---|---:|---:|---:|---:|\n")
	langs := []string{"python", "javascript", "typescript", "java", "go"}
	tf, tl := 0, 0
	for _, lang := range langs {
		v, s := 0, 0
		for _, l := range labels {
			if LanguageOf(l.Path) != lang {
				continue
			}
			if l.Kind == Vuln {
				v++
			} else {
				s++
			}
		}
		sz := sizes[lang]
		tf += sz[0]
		tl += sz[1]
		fmt.Fprintf(w, "| %s | %d | %d | %d | %d |\n", lang, sz[0], sz[1], v, s)
	}
	fmt.Fprintf(w, "| **all** | %d | %d | %d | %d |\n\n", tf, tl, nv, ns)

	fmt.Fprintf(w, "### Summary\n\n| tool | scope | TP | FP on `safe:` lines | FP elsewhere (of which other CWE classes) | FN | precision | recall | precision, ±%d lines | recall, ±%d lines |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n", nearLines, nearLines)
	for _, r := range results {
		c := Total(r)
		l := c.Lenient()
		fmt.Fprintf(w, "| %s | %s | %d | %d | %d (%d) | %d | %s | %s | %s | %s |\n", r.Tool, scopes[r.Tool], c.TP, c.FPSafe, c.FPOther, c.FPOtherClass, c.FN, pct(c.Precision()), pct(c.Recall()), pct(l.Precision()), pct(l.Recall()))
	}
	fmt.Fprintln(w)

	for _, r := range results {
		if r.Tool != "vouch" {
			continue
		}
		fmt.Fprintf(w, "### Vouch per language\n\n| language %s\n|---%s\n", countsHeader, countsRule)
		g := Group(r, byLang)
		for _, lang := range langs {
			if c, ok := g[lang]; ok {
				row(w, lang, *c)
			}
		}
		fmt.Fprintf(w, "\n### Vouch per CWE\n\n| CWE %s\n|---%s\n", countsHeader, countsRule)
		g = Group(r, byCWE)
		for _, k := range sortedKeys(g) {
			row(w, cweKeyTitle(k), *g[k])
		}
		fmt.Fprintln(w)
	}

	// Side by side with each peer, on the peer's language only.
	var vouch *Result
	for i := range results {
		if results[i].Tool == "vouch" {
			vouch = &results[i]
		}
	}
	for _, peer := range results {
		if peer.Tool == "vouch" || vouch == nil {
			continue
		}
		lang := scopes[peer.Tool]
		restricted := restrict(*vouch, lang)
		fmt.Fprintf(w, "### %s part: Vouch vs %s per CWE (TP / FP / FN)\n\n| CWE | Vouch | %s |\n|---|---|---|\n", lang, peer.Tool, peer.Tool)
		gv, gp := Group(restricted, byCWE), Group(peer, byCWE)
		keys := map[string]bool{}
		for k := range gv {
			keys[k] = true
		}
		for k := range gp {
			keys[k] = true
		}
		var ks []string
		for k := range keys {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		cell := func(c *Counts) string {
			if c == nil {
				return "0 / 0 / 0"
			}
			return fmt.Sprintf("%d / %d / %d", c.TP, c.FPSafe+c.FPOther, c.FN)
		}
		for _, k := range ks {
			fmt.Fprintf(w, "| %s | %s | %s |\n", cweKeyTitle(k), cell(gv[k]), cell(gp[k]))
		}
		cv, cp := Total(restricted), Total(peer)
		fmt.Fprintf(w, "| **total** (precision, recall) | %s (%s, %s) | %s (%s, %s) |\n\n", cell(&cv), pct(cv.Precision()), pct(cv.Recall()), cell(&cp), pct(cp.Precision()), pct(cp.Recall()))
	}
}

// restrict keeps the part of a result in one language.
func restrict(r Result, lang string) Result {
	out := Result{Tool: r.Tool}
	for _, l := range r.TP {
		if LanguageOf(l.Path) == lang {
			out.TP = append(out.TP, l)
		}
	}
	for _, fn := range r.FN {
		if LanguageOf(fn.Label.Path) == lang {
			out.FN = append(out.FN, fn)
		}
	}
	for _, fp := range r.FP {
		if LanguageOf(fp.Finding.Path) == lang {
			out.FP = append(out.FP, fp)
		}
	}
	return out
}

// WriteDetails lists every false negative and false positive of a result.
func WriteDetails(w io.Writer, r Result, code func(path string, line int) string) {
	fmt.Fprintf(w, "### %s: false negatives (%d)\n\n", r.Tool, len(r.FN))
	for _, fn := range r.FN {
		l := fn.Label
		fmt.Fprintf(w, "- FN %s:%d %s `%s`", l.Path, l.Line, cweTitle(l.CWE), l.Code)
		for _, f := range fn.AnyCWE {
			fmt.Fprintf(w, " [same line, other CWE: %s %v]", f.Rule, f.CWEs)
		}
		for _, f := range fn.Near {
			fmt.Fprintf(w, " [location mismatch: %s at line %d]", f.Rule, f.Line)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "\n### %s: false positives (%d)\n\n", r.Tool, len(r.FP))
	for _, fp := range r.FP {
		f := fp.Finding
		where := "elsewhere"
		if fp.Where == FPSafe {
			where = "on safe line"
		}
		fmt.Fprintf(w, "- FP (%s) %s:%d %s %v `%s`", where, f.Path, f.Line, f.Rule, f.CWEs, strings.TrimSpace(code(f.Path, f.Line)))
		if fp.Near != nil {
			fmt.Fprintf(w, " [location mismatch: label at line %d]", fp.Near.Line)
		}
		if fp.OtherClass {
			fmt.Fprint(w, " [CWE class not in corpus]")
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
}
