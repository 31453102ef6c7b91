package source

import (
	"bytes"
	"path"
	"strings"
)

// DetectLanguage returns the Vouch language name of a file from its name
// (extension or well-known file name), else from a shebang on the first
// line of head, else "". head may be nil.
//
// SAST languages (the sast/lang names): python (.py .pyi .pyw), javascript
// (.js .jsx .mjs .cjs), typescript (.ts .mts .cts, and .d.ts: declaration
// files are valid TypeScript, so they are reported truthfully; whether they
// are worth analyzing is the analyzers' call), tsx (.tsx), java, go. Other
// names for later analyzers: dockerfile, yaml, json, terraform, shell,
// markdown, toml. Extensions are matched case-insensitively.
func DetectLanguage(p string, head []byte) string {
	base := path.Base(strings.ReplaceAll(p, `\`, "/"))
	if l := languageByName(base); l != "" {
		return l
	}
	return languageByShebang(head)
}

func languageByName(base string) string {
	lower := strings.ToLower(base)
	switch lower {
	case "dockerfile", "containerfile":
		return "dockerfile"
	case ".bashrc", ".bash_profile", ".bash_login", ".bash_logout", ".profile", ".zshrc", ".zprofile", ".zshenv":
		return "shell"
	case "pipfile":
		return "toml"
	}
	if strings.HasPrefix(lower, "dockerfile.") || strings.HasPrefix(lower, "containerfile.") {
		return "dockerfile"
	}
	dot := strings.LastIndexByte(lower, '.')
	if dot < 0 {
		return ""
	}
	switch lower[dot:] {
	case ".py", ".pyi", ".pyw":
		return "python"
	case ".js", ".jsx", ".mjs", ".cjs":
		return "javascript"
	case ".ts", ".mts", ".cts":
		return "typescript"
	case ".tsx":
		return "tsx"
	case ".java":
		return "java"
	case ".go":
		return "go"
	case ".dockerfile":
		return "dockerfile"
	case ".yaml", ".yml":
		return "yaml"
	case ".json":
		return "json"
	case ".tf", ".tfvars":
		return "terraform"
	case ".sh", ".bash", ".zsh", ".ksh":
		return "shell"
	case ".md", ".markdown":
		return "markdown"
	case ".toml":
		return "toml"
	}
	return ""
}

// maxShebang bounds the first line looked at.
const maxShebang = 256

// languageByShebang reads "#!/usr/bin/env [-S] [VAR=x] interp args" or
// "#!/path/to/interp args".
func languageByShebang(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if !bytes.HasPrefix(head, []byte("#!")) {
		return ""
	}
	line := head[2:]
	if len(line) > maxShebang {
		line = line[:maxShebang]
	}
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	fields := strings.Fields(string(line))
	if len(fields) == 0 {
		return ""
	}
	interp := path.Base(fields[0])
	if interp == "env" {
		interp = ""
		for _, f := range fields[1:] {
			if strings.HasPrefix(f, "-") || strings.Contains(f, "=") {
				continue // env options (-S, -i, --) and VAR=value
			}
			interp = path.Base(f)
			break
		}
	}
	return languageByInterpreter(interp)
}

// languageByInterpreter maps "python3.12", "node", "bash" ... to a language.
func languageByInterpreter(interp string) string {
	name := strings.TrimRight(interp, "0123456789.")
	switch name {
	case "python", "pypy":
		return "python"
	case "node", "nodejs", "deno", "bun":
		return "javascript"
	case "ts-node", "tsx":
		return "typescript"
	case "sh", "bash", "zsh", "dash", "ksh", "ash", "mksh":
		return "shell"
	}
	return ""
}
