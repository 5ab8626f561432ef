package mcda_test

import (
	"encoding"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

// TestEnumText checks that every value of every enumeration marshals to
// its String word and reads back, and that an invalid value does not
// marshal.
func TestEnumText(t *testing.T) {
	type enum interface {
		encoding.TextMarshaler
		String() string
	}
	check := func(v enum, back encoding.TextUnmarshaler, get func() any) {
		t.Helper()
		text, err := v.MarshalText()
		if err != nil || string(text) != v.String() {
			t.Errorf("%v: MarshalText = %q, %v", v, text, err)
			return
		}
		if err := back.UnmarshalText(text); err != nil || get() != any(v) {
			t.Errorf("%v: UnmarshalText(%q) = %v, %v", v, text, get(), err)
		}
	}
	for _, v := range []mcda.Objective{mcda.ObjectiveBenefit, mcda.ObjectiveCost} {
		var b mcda.Objective
		check(v, &b, func() any { return b })
	}
	for v := mcda.NormalizationDefault; v <= mcda.NormalizationNone; v++ {
		var b mcda.Normalization
		check(v, &b, func() any { return b })
	}
	for v := mcda.PreferenceUsual; v <= mcda.PreferenceGaussian; v++ {
		var b mcda.PreferenceFunction
		check(v, &b, func() any { return b })
	}
	for _, v := range []mcda.DiscordanceIndex{mcda.DiscordanceRoy, mcda.DiscordanceHwangYoon} {
		var b mcda.DiscordanceIndex
		check(v, &b, func() any { return b })
	}
	for v := mcda.PROMETHEEIncomparable; v <= mcda.PROMETHEEIndifferent; v++ {
		var b mcda.PROMETHEERelation
		check(v, &b, func() any { return b })
	}
	for _, bad := range []encoding.TextMarshaler{mcda.Objective(0), mcda.Normalization(99), mcda.PreferenceFunction(-1), mcda.DiscordanceIndex(5), mcda.PROMETHEERelation(9)} {
		if text, err := bad.MarshalText(); err == nil {
			t.Errorf("%v: MarshalText = %q, want an error", bad, text)
		}
	}
}
