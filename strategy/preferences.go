package strategy

// Measures says what the model measures, for every report of it.
const Measures = "how good each alternative is for Russia (its desirability against the document's objectives), " +
	"not how likely it is to happen"

// Kinds of [Preference].
const (
	// Desirability: the document says or clearly implies that Better is
	// a better course for Russia than Worse. The model should reproduce it.
	Desirability = "desirability"
	// Likelihood: the document says Better is likelier to happen than
	// Worse. The model measures desirability, so it answers another
	// question and is not checked against the model.
	Likelihood = "likelihood"
	// Emphasis: the document puts more weight on criterion Better than on
	// criterion Worse; the model's local weights should reproduce it.
	Emphasis = "emphasis"
)

// A Preference is an ordering between two alternatives of one set, or two
// criteria under one parent, that the document states or clearly implies.
type Preference struct {
	Kind          string // Desirability, Likelihood or Emphasis
	Set           string // "futures", "recommendations" or "criteria"
	Better, Worse string // alternative or criterion names
	Statement     string // what the document says, in our words
	Anchor        string // the id of the passage in the index
}

// preferences are the orderings the document states or clearly implies.
// The document states none between its seven recommendations: it lists
// them, without ranking, as what strategic adaptation means.
var preferences = []Preference{
	{
		Kind: Desirability, Set: "futures", Better: "Strategic Balancer", Worse: "Co-leader with China",
		Statement: "The co-leader path is called risky because of its long-term sovereignty costs.",
		Anchor:    "futures/2/co-leader",
	},
	{
		Kind: Desirability, Set: "futures", Better: "Strategic Balancer", Worse: "Marginalized Bystander",
		Statement: "Marginalization is a trap Russia must avoid, by the strategic adaptation the balancer embodies.",
		Anchor:    "recommendations/intro",
	},
	{
		Kind: Desirability, Set: "futures", Better: "Strategic Balancer", Worse: "Co-leader with China",
		Statement: "Russia will promote its role as a broker, not a follower: the balancer keeps the broker role, the co-leader follows China.",
		Anchor:    "future/broker",
	},
	{
		Kind: Likelihood, Set: "futures", Better: "Strategic Balancer", Worse: "Co-leader with China",
		Statement: "The co-leader future is less likely, though possible.",
		Anchor:    "futures/2/likelihood",
	},
	{
		Kind: Emphasis, Set: "criteria", Better: "Seat in regional economic integration", Worse: "CSTO security leadership",
		Statement: "The threat to Russia's influence in Central Asia is China's economic power, and the first recommendation looks beyond security.",
		Anchor:    "objectives/2/central-asia",
	},
	{
		Kind: Emphasis, Set: "criteria", Better: "Mediator role", Worse: "Multipolar balancing",
		Statement: "Russia will promote its role as a broker, not a follower.",
		Anchor:    "future/broker",
	},
}

// Preferences returns the orderings the document states or clearly
// implies, with their anchors.
func Preferences() []Preference { return append([]Preference(nil), preferences...) }

// A Reuse is a deliberate exception to the rule that one passage anchors
// the non-neutral ratings of one alternative on one leaf criterion only:
// the passage bears on several distinct objectives, and the reason says
// why counting it under each is not counting one idea twice.
type Reuse struct {
	Alternative string
	Anchor      string
	Criteria    []string
	Reason      string
}

var reuses = []Reuse{
	{
		Alternative: "Marginalized Bystander",
		Anchor:      "futures/3/marginalized-bystander",
		Criteria:    []string{"CSTO security leadership", "Mediator role"},
		Reason: "Retreating from multilateral leadership abandons two distinct leading roles the document gives Russia: " +
			"hard-security leadership in Central Asia through the CSTO (objective 2) and the broker role (objective 5 and the outlook).",
	},
}

// Reuses returns the deliberate exceptions to the one-passage, one-criterion
// rule, each with its reason.
func Reuses() []Reuse {
	out := append([]Reuse(nil), reuses...)
	for k := range out {
		out[k].Criteria = append([]string(nil), out[k].Criteria...)
	}
	return out
}
