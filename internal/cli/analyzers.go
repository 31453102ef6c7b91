package cli

import (
	"context"
	"fmt"

	"github.com/vouchsec/vouch/analysis"
	"github.com/vouchsec/vouch/rules"
	"github.com/vouchsec/vouch/sast/rule"
	"github.com/vouchsec/vouch/scan"
)

// loadRules returns the built-in rules (unless noBuiltin) followed by the
// rules of every path, or an error naming each file that failed to load.
func loadRules(ctx context.Context, paths []string, noBuiltin bool) ([]*rule.Rule, error) {
	var all []*rule.Rule
	if !noBuiltin {
		rs, err := rule.LoadFS(ctx, rules.FS(), ".")
		if err != nil {
			return nil, fmt.Errorf("built-in rules: %w", err)
		}
		all = append(all, rs...)
	}
	for _, p := range paths {
		rs, err := rule.LoadPath(ctx, p)
		if err != nil {
			return nil, usageError("loading rules from %s: %v", p, err)
		}
		all = append(all, rs...)
	}
	if len(all) == 0 {
		return nil, usageError("no rules to run: drop --no-builtin-rules or give --rules PATH")
	}
	return all, nil
}

func (a *app) loadAnalyzers(ctx context.Context, paths []string, noBuiltin bool) ([]*analysis.Analyzer, error) {
	rs, err := loadRules(ctx, paths, noBuiltin)
	if err != nil {
		return nil, err
	}
	as, err := scan.Analyzers(a.languages(), rs)
	if err != nil {
		return nil, usageError("%v", err)
	}
	return as, nil
}
