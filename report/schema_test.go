package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/vouchsec/vouch/scan"
)

// compileSchema loads a JSON Schema file, asserting formats (uri, date-time).
func compileSchema(t *testing.T, path string) *jsonschema.Schema {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	url := "file:///" + filepath.Base(path)
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compiling %s: %v", path, err)
	}
	return sch
}

func validate(sch *jsonschema.Schema, doc []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}

// mutate decodes doc, applies f and re-encodes it.
func mutate(t *testing.T, doc []byte, f func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(doc, &m); err != nil {
		t.Fatal(err)
	}
	f(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func first(v any) map[string]any { return v.([]any)[0].(map[string]any) }

func TestJSONMatchesSchema(t *testing.T) {
	sch := compileSchema(t, "../docs/report.schema.json")
	good := render(t, "json", Options{}, sampleResult())
	for name, res := range map[string]*scan.Result{"sample": sampleResult(), "empty": emptyResult()} {
		if err := validate(sch, render(t, "json", Options{}, res)); err != nil {
			t.Errorf("%s: json report does not match docs/report.schema.json: %v", name, err)
		}
	}
	// The schema must reject what the format does not allow.
	bad := map[string]func(m map[string]any){
		"unknown top-level field": func(m map[string]any) { m["extra"] = 1 },
		"bad severity":            func(m map[string]any) { first(m["findings"])["severity"] = "severe" },
		"unknown finding field":   func(m map[string]any) { first(m["findings"])["line"] = 3 },
		"missing stats":           func(m map[string]any) { delete(m, "stats") },
		"schema version 2":        func(m map[string]any) { m["schema_version"] = "2.0.0" },
		"bad started_at":          func(m map[string]any) { m["started_at"] = "yesterday" },
		"negative count":          func(m map[string]any) { m["stats"].(map[string]any)["files"] = -1 },
		"findings null":           func(m map[string]any) { m["findings"] = nil },
	}
	for name, f := range bad {
		if err := validate(sch, mutate(t, good, f)); err == nil {
			t.Errorf("%s: schema accepted an invalid report", name)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	want := sampleResult()
	data := render(t, "json", Options{}, want)
	var got scan.Result
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("decoding json report: %v", err)
	}
	if diff := cmp.Diff(want, &got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}

	// A field the types do not know is rejected, at any depth.
	for _, extra := range []func(m map[string]any){
		func(m map[string]any) { m["surprise"] = true },
		func(m map[string]any) { first(m["findings"])["range"].(map[string]any)["surprise"] = true },
	} {
		dec := json.NewDecoder(bytes.NewReader(mutate(t, data, extra)))
		dec.DisallowUnknownFields()
		var r scan.Result
		if err := dec.Decode(&r); err == nil || !strings.Contains(err.Error(), "surprise") {
			t.Errorf("unknown field accepted: %v", err)
		}
	}
}

func TestJSONEmptyUsesArrays(t *testing.T) {
	out := string(render(t, "json", Options{}, emptyResult()))
	for _, want := range []string{`"findings": []`, `"rules": []`, `"errors": []`, `"languages": {}`, `"skipped": []`, `"skip_counts": {}`} {
		if !strings.Contains(out, want) {
			t.Errorf("empty report lacks %s:\n%s", want, out)
		}
	}
}

func TestSARIFMatchesOfficialSchema(t *testing.T) {
	sch := compileSchema(t, "testdata/sarif-schema-2.1.0.json")
	good := render(t, "sarif", Options{}, sampleResult())
	for name, res := range map[string]*scan.Result{"sample": sampleResult(), "empty": emptyResult()} {
		if err := validate(sch, render(t, "sarif", Options{}, res)); err != nil {
			t.Errorf("%s: sarif output does not validate: %v", name, err)
		}
	}
	// Controls: the schema catches a broken log, so the check above can fail.
	run := func(m map[string]any) map[string]any { return first(m["runs"]) }
	bad := map[string]func(m map[string]any){
		"result without message": func(m map[string]any) { delete(first(run(m)["results"]), "message") },
		"bad level":              func(m map[string]any) { first(run(m)["results"])["level"] = "critical" },
		"column 0":               func(m map[string]any) { setRegion(first(run(m)["results"]), "startColumn", 0) },
		"wrong version":          func(m map[string]any) { m["version"] = "2.0.0" },
	}
	for name, f := range bad {
		if err := validate(sch, mutate(t, good, f)); err == nil {
			t.Errorf("%s: official schema accepted an invalid log", name)
		}
	}
}

func setRegion(result map[string]any, key string, v any) {
	first(result["locations"])["physicalLocation"].(map[string]any)["region"].(map[string]any)[key] = v
}

// TestDocExampleMatchesSchema keeps the example in docs/json-schema.md valid.
func TestDocExampleMatchesSchema(t *testing.T) {
	md, err := os.ReadFile("../docs/json-schema.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(md), "```json\n")
	example, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("no json example in docs/json-schema.md")
	}
	if err := validate(compileSchema(t, "../docs/report.schema.json"), []byte(example)); err != nil {
		t.Errorf("docs example does not match the schema: %v", err)
	}
}
