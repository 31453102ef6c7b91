package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/vouchsec/vouch/finding"
	"github.com/vouchsec/vouch/sast/ruletest"
)

func newRulesCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List built-in rules or test rules against annotated files",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return usageError("rules needs a subcommand: list or test (see 'vouch rules --help')")
		},
	}
	cmd.AddCommand(newRulesListCmd(a), newRulesTestCmd(a))
	return cmd
}

func newRulesListCmd(a *app) *cobra.Command {
	var (
		format    string
		paths     []string
		noBuiltin bool
		language  string
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List rules with severity, confidence, CWE and OWASP category",
		Example: `  vouch rules list
  vouch rules list --language python --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			as, err := a.loadAnalyzers(cmd.Context(), paths, noBuiltin)
			if err != nil {
				return err
			}
			var list []finding.Rule
			for _, an := range as {
				for _, r := range an.Rules {
					if language == "" || hasLanguage(r, language) {
						list = append(list, r)
					}
				}
			}
			sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
			return writeRuleList(a.stdio, format, list)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	cmd.Flags().StringArrayVar(&paths, "rules", nil, "also list the rules of FILE or DIR (repeatable)")
	cmd.Flags().BoolVar(&noBuiltin, "no-builtin-rules", false, "list only the rules given with --rules")
	cmd.Flags().StringVar(&language, "language", "", "only rules for this language")
	return cmd
}

func hasLanguage(r finding.Rule, name string) bool {
	for _, l := range r.Languages {
		if strings.EqualFold(l, name) {
			return true
		}
	}
	return false
}

func writeRuleList(stdio Stdio, format string, list []finding.Rule) error {
	switch format {
	case "json":
		enc := json.NewEncoder(stdio.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	case "text":
		tw := tabwriter.NewWriter(stdio.Out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tLANGUAGES\tSEVERITY\tCONFIDENCE\tCWE\tOWASP")
		for _, r := range list {
			owasp := make([]string, len(r.OWASP))
			for i, o := range r.OWASP {
				owasp[i], _, _ = strings.Cut(o, " ")
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, strings.Join(r.Languages, ","), r.Severity, r.Confidence,
				strings.Join(r.CWE, ","), strings.Join(owasp, ","))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(stdio.Out, "\n%d rules\n", len(list))
		return nil
	}
	return usageError("--format must be text or json, not %q", format)
}

func newRulesTestCmd(a *app) *cobra.Command {
	var verbose, requireMeta bool
	cmd := &cobra.Command{
		Use:   "test DIR",
		Short: "Run rules against their annotated test files (ruleid: / ok: comments)",
		Long: `For every rule file X.yaml under DIR, run the rule over the test files X.<ext>
beside it and compare the findings with the annotations in comments:

  # ruleid: RULE-ID      the next line must be reported
  # ok: RULE-ID          the next line must not be reported
  # todoruleid / todook  known gaps: reported, not failed

Exit status: 0 when every rule passes, 1 when one fails, 2 on errors.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := args[0]
			if st, err := os.Stat(dir); err != nil || !st.IsDir() {
				return usageError("%s is not a directory of rules and test files", dir)
			}
			rep, err := ruletest.Run(cmd.Context(), a.languages(), os.DirFS(dir), ".", ruletest.Options{RequireMetadata: requireMeta})
			if err != nil {
				return &exitError{code: ExitError, err: err}
			}
			rep.Write(a.stdio.Out, verbose)
			if rep.Failed() {
				return &exitError{code: ExitFindings}
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "also list passing rules")
	cmd.Flags().BoolVar(&requireMeta, "require-metadata", false, "fail rules without CWE, OWASP, confidence and explanation (as built-in rules must)")
	return cmd
}
