package rule

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// maxRuleFileSize bounds one rule file.
const maxRuleFileSize = 8 << 20

// IsRuleFile reports whether a file name is a rule file: *.yaml or *.yml,
// but not a Semgrep YAML test target (*.test.yaml / *.test.yml).
func IsRuleFile(name string) bool {
	base := strings.ToLower(path.Base(filepath.ToSlash(name)))
	if strings.HasSuffix(base, ".test.yaml") || strings.HasSuffix(base, ".test.yml") {
		return false
	}
	return strings.HasSuffix(base, ".yaml") || strings.HasSuffix(base, ".yml")
}

// LoadPath loads a rule file, or every rule file under a directory
// (recursively, skipping hidden directories). Rule IDs must be unique
// across all files. Errors of all files are reported together.
func LoadPath(ctx context.Context, p string) ([]*Rule, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("loading rules: %w", err)
	}
	if !info.IsDir() {
		data, err := readLimited(os.DirFS(filepath.Dir(p)), filepath.Base(p))
		if err != nil {
			return nil, fmt.Errorf("loading rules: %w", err)
		}
		rules, err := Parse(data, p)
		if err != nil {
			return nil, err
		}
		return rules, checkUnique(rules)
	}
	return load(ctx, os.DirFS(p), ".", func(name string) string { return filepath.Join(p, filepath.FromSlash(name)) })
}

// LoadFS loads every rule file under root in fsys (recursively, skipping
// hidden directories). File names in errors and Rule.File are fsys paths.
func LoadFS(ctx context.Context, fsys fs.FS, root string) ([]*Rule, error) {
	return load(ctx, fsys, root, func(name string) string { return name })
}

func load(ctx context.Context, fsys fs.FS, root string, display func(string) string) ([]*Rule, error) {
	var files []string
	err := fs.WalkDir(fsys, root, func(name string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if e.IsDir() {
			if name != root && strings.HasPrefix(e.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if e.Type().IsRegular() && IsRuleFile(name) {
			files = append(files, name)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("loading rules from %s: %w", display(root), err)
	}
	sort.Strings(files)
	var all []*Rule
	var errs []error
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		data, err := readLimited(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("loading rules: %w", err))
			continue
		}
		rules, err := Parse(data, display(name))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		all = append(all, rules...)
	}
	if err := checkUnique(all); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return all, nil
}

func readLimited(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if info.Size() > maxRuleFileSize {
		return nil, fmt.Errorf("%s: rule file larger than %d bytes", name, maxRuleFileSize)
	}
	return fs.ReadFile(fsys, name)
}

// checkUnique reports rule IDs defined more than once, naming both places.
func checkUnique(rules []*Rule) error {
	first := map[string]*Rule{}
	var errs []error
	for _, r := range rules {
		if prev, ok := first[r.ID]; ok {
			errs = append(errs, fmt.Errorf("%s:%d: rule %q: duplicate id, already defined in %s:%d", r.File, r.Line, r.ID, prev.File, prev.Line))
			continue
		}
		first[r.ID] = r
	}
	return errors.Join(errs...)
}

// CheckUnique reports rule IDs defined more than once across rule sets
// loaded separately (e.g. built-ins and --rules).
func CheckUnique(rules []*Rule) error { return checkUnique(rules) }
