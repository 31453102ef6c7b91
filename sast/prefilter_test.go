package sast

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPrefilterFold: literals marked (?i) are searched for in the
// case-folded text; the others exactly.
func TestPrefilterFold(t *testing.T) {
	lt := newLiteralTable()
	pfs := []prefilter{
		lt.add([][]string{{"(?i)secret"}}),
		lt.add([][]string{{"secret"}}),
		lt.add([][]string{{"(?i)token", "(?i)api_key"}, {"log"}}),
		lt.add([][]string{{"(?i)kelvin"}}),
	}
	cases := []struct {
		content string
		want    []bool
	}{
		{"x = SECRET", []bool{true, false, false, false}},
		{"x = secret", []bool{true, true, false, false}},
		{"log(API_KEY)", []bool{false, false, true, false}},
		{"LOG(api_key)", []bool{false, false, false, false}},
		{"\u017fecret \u212aelvin", []bool{true, false, false, true}},
		{"nothing here", []bool{false, false, false, false}},
	}
	for _, c := range cases {
		p := lt.scan([]byte(c.content))
		var got []bool
		for _, pf := range pfs {
			got = append(got, p.pass(pf))
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.content, diff)
		}
	}
}
