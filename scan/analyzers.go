package scan

import (
	"fmt"

	"github.com/vouchsec/vouch/analysis"
	"github.com/vouchsec/vouch/sast"
	"github.com/vouchsec/vouch/sast/lang"
	"github.com/vouchsec/vouch/sast/rule"
)

// Analyzers returns the explicit list of static analyzers `vouch scan`
// runs, configured with the given rules. Later analyzers (dependencies,
// secrets, agent risks, IaC) are appended here.
func Analyzers(reg *lang.Registry, rules []*rule.Rule) ([]*analysis.Analyzer, error) {
	code, err := sast.New(reg, rules)
	if err != nil {
		return nil, fmt.Errorf("compiling rules: %w", err)
	}
	return []*analysis.Analyzer{code}, nil
}
