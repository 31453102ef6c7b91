package main

import (
	"sort"
	"strconv"
)

// Finding is one tool's finding reduced to what the scoring needs.
type Finding struct {
	Tool string
	Rule string
	Path string // slash-separated, relative to the corpus root
	Line int
	CWEs []int
}

// equivalentCWEs lists the CWE pairs accepted as the same weakness class
// (parent/child or near-duplicate entries used interchangeably by tools). The
// relation is symmetric and deliberately not transitive.
var equivalentCWEs = [][2]int{
	{327, 328},  // broken/risky crypto vs weak hash
	{327, 326},  // inadequate encryption strength
	{330, 338},  // insufficient randomness vs weak PRNG
	{94, 95},    // code injection vs eval injection
	{94, 1336},  // code injection vs template injection
	{94, 917},   // code injection vs expression language injection
	{78, 77},    // OS command vs command injection
	{22, 23},    // path traversal vs relative path traversal
	{22, 73},    // external control of file name or path
	{79, 80},    // XSS vs basic XSS
	{89, 943},   // SQL injection is a child of data query injection
	{89, 564},   // SQL injection: Hibernate (JPQL/HQL) is a child of 89
	{328, 916},  // weak hash used for passwords (insufficient computational effort)
	{611, 776},  // XML external entities vs entity expansion (same parser settings)
	{798, 259},  // hard-coded credentials vs hard-coded password
	{798, 321},  // hard-coded cryptographic key
	{732, 276},  // incorrect permission assignment vs incorrect default permissions
	{377, 378},  // insecure temp file variants
	{377, 379},  // temp file in directory with insecure permissions
	{489, 215},  // active debug code vs debug information
	{347, 345},  // JWT signature vs insufficient verification of authenticity
	{295, 297},  // certificate validation vs host mismatch
	{915, 1321}, // mass assignment vs prototype pollution (a child of 915)
}

// Equivalent reports whether CWE a found by a tool counts for label CWE b.
func Equivalent(a, b int) bool {
	if a == b {
		return true
	}
	for _, p := range equivalentCWEs {
		if (p[0] == a && p[1] == b) || (p[0] == b && p[1] == a) {
			return true
		}
	}
	return false
}

func anyEquivalent(cwes []int, label int) bool {
	for _, c := range cwes {
		if Equivalent(c, label) {
			return true
		}
	}
	return false
}

// FPWhere classifies a false positive.
type FPWhere int

const (
	// FPSafe: the finding is on a line labelled `safe:` with a matching CWE.
	FPSafe FPWhere = iota
	// FPOther: anywhere else (unlabelled lines, or labelled with another CWE).
	FPOther
)

// FalsePositive is a finding that matches no `vuln:` label.
type FalsePositive struct {
	Finding Finding
	Where   FPWhere
	CWE     int    // the CWE bucket it is counted under
	Near    *Label // a vuln label of a matching CWE within nearLines, if any
	// OtherClass: none of the finding's CWEs is (equivalent to) a CWE used by
	// any label, i.e. the finding is about a weakness class the corpus does
	// not target (e.g. binding to all interfaces).
	OtherClass bool
}

// FalseNegative is a `vuln:` label that no finding matches.
type FalseNegative struct {
	Label  Label
	AnyCWE []Finding // findings on the same line with other CWEs
	Near   []Finding // findings of a matching CWE within nearLines of the label
}

// Result is the outcome of scoring one tool against the labels in its scope.
type Result struct {
	Tool    string
	TP      []Label
	FN      []FalseNegative
	FP      []FalsePositive
	Matched int // findings that matched a vuln label (duplicates included)
}

const nearLines = 3

type lineKey struct {
	path string
	line int
}

// Score matches findings to labels. Only labels for which inScope returns true
// are counted (a peer that scans only Go is scored only on the Go labels), and
// only findings in scope are considered.
func Score(tool string, labels []Label, findings []Finding, inScope func(path string) bool) Result {
	res := Result{Tool: tool}
	byLine := map[lineKey][]Finding{}
	byPath := map[string][]Finding{}
	var scoped []Finding
	seen := map[string]bool{}
	for _, f := range findings {
		if !inScope(f.Path) {
			continue
		}
		k := f.Rule + "\x00" + f.Path + "\x00" + strconv.Itoa(f.Line)
		if seen[k] {
			continue
		}
		seen[k] = true
		scoped = append(scoped, f)
		byLine[lineKey{f.Path, f.Line}] = append(byLine[lineKey{f.Path, f.Line}], f)
		byPath[f.Path] = append(byPath[f.Path], f)
	}
	labelsAt := map[lineKey][]Label{}
	for _, l := range labels {
		if !inScope(l.Path) {
			continue
		}
		labelsAt[lineKey{l.Path, l.Line}] = append(labelsAt[lineKey{l.Path, l.Line}], l)
	}

	for _, l := range labels {
		if l.Kind != Vuln || !inScope(l.Path) {
			continue
		}
		hit := false
		var other []Finding
		for _, f := range byLine[lineKey{l.Path, l.Line}] {
			if anyEquivalent(f.CWEs, l.CWE) {
				hit = true
			} else {
				other = append(other, f)
			}
		}
		if hit {
			res.TP = append(res.TP, l)
			continue
		}
		fn := FalseNegative{Label: l, AnyCWE: other}
		for _, f := range byPath[l.Path] {
			if f.Line != l.Line && abs(f.Line-l.Line) <= nearLines && anyEquivalent(f.CWEs, l.CWE) {
				fn.Near = append(fn.Near, f)
			}
		}
		res.FN = append(res.FN, fn)
	}

	for _, f := range scoped {
		here := labelsAt[lineKey{f.Path, f.Line}]
		matched := false
		for _, l := range here {
			if l.Kind == Vuln && anyEquivalent(f.CWEs, l.CWE) {
				matched = true
				break
			}
		}
		if matched {
			res.Matched++
			continue
		}
		cwe, known := primaryCWE(f.CWEs, labels)
		fp := FalsePositive{Finding: f, Where: FPOther, CWE: cwe, OtherClass: !known}
		for _, l := range here {
			if l.Kind == Safe && anyEquivalent(f.CWEs, l.CWE) {
				fp.Where = FPSafe
				fp.CWE = l.CWE
				break
			}
		}
		if fp.Where == FPOther {
			for i := range labels {
				l := &labels[i]
				if l.Kind == Vuln && l.Path == f.Path && abs(l.Line-f.Line) <= nearLines && anyEquivalent(f.CWEs, l.CWE) {
					fp.Near = l
					fp.CWE = l.CWE
					break
				}
			}
		}
		res.FP = append(res.FP, fp)
	}
	sort.SliceStable(res.FP, func(i, j int) bool {
		a, b := res.FP[i].Finding, res.FP[j].Finding
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Line < b.Line
	})
	return res
}

// primaryCWE picks the CWE bucket of a finding: the first of its CWEs that is
// (equivalent to) a CWE used by some label, else its first CWE, else 0.
func primaryCWE(cwes []int, labels []Label) (cwe int, labelled bool) {
	for _, c := range cwes {
		for _, l := range labels {
			if Equivalent(c, l.CWE) {
				return l.CWE, true
			}
		}
	}
	if len(cwes) > 0 {
		return cwes[0], false
	}
	return 0, false
}

// Counts are the aggregate numbers of one row of a table.
type Counts struct {
	TP, FPSafe, FPOther, FN int
	// FPOtherClass counts the FPOther findings about CWE classes no label uses.
	FPOtherClass int
	// NearFN counts false negatives with a finding of a matching CWE within
	// nearLines (a location mismatch); NearFP counts those findings.
	NearFN, NearFP int
}

// Lenient is the same count when a finding within nearLines of a label with a
// matching CWE counts as a hit (the tool reported the statement next to the
// labelled sink: a factory, a multi-line call's first line, a query string).
func (c Counts) Lenient() Counts {
	return Counts{TP: c.TP + c.NearFN, FPSafe: c.FPSafe, FPOther: c.FPOther - c.NearFP, FN: c.FN - c.NearFN, FPOtherClass: c.FPOtherClass}
}

// Precision is TP / (TP + FP); -1 when there is nothing to divide.
func (c Counts) Precision() float64 {
	d := c.TP + c.FPSafe + c.FPOther
	if d == 0 {
		return -1
	}
	return float64(c.TP) / float64(d)
}

// Recall is TP / (TP + FN); -1 when there is nothing to divide.
func (c Counts) Recall() float64 {
	d := c.TP + c.FN
	if d == 0 {
		return -1
	}
	return float64(c.TP) / float64(d)
}

// Group aggregates a result by a key derived from the label or finding path
// and CWE (e.g. per CWE, per language).
func Group(r Result, key func(path string, cwe int) string) map[string]*Counts {
	out := map[string]*Counts{}
	get := func(k string) *Counts {
		if out[k] == nil {
			out[k] = &Counts{}
		}
		return out[k]
	}
	for _, l := range r.TP {
		get(key(l.Path, l.CWE)).TP++
	}
	for _, fn := range r.FN {
		c := get(key(fn.Label.Path, fn.Label.CWE))
		c.FN++
		if len(fn.Near) > 0 {
			c.NearFN++
		}
	}
	for _, fp := range r.FP {
		addFP(get(key(fp.Finding.Path, fp.CWE)), fp)
	}
	return out
}

// Total sums a result.
func Total(r Result) Counts {
	c := Counts{TP: len(r.TP), FN: len(r.FN)}
	for _, fn := range r.FN {
		if len(fn.Near) > 0 {
			c.NearFN++
		}
	}
	for _, fp := range r.FP {
		addFP(&c, fp)
	}
	return c
}

func addFP(c *Counts, fp FalsePositive) {
	if fp.Where == FPSafe {
		c.FPSafe++
		return
	}
	c.FPOther++
	if fp.OtherClass {
		c.FPOtherClass++
	}
	if fp.Near != nil {
		c.NearFP++
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
