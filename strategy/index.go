package strategy

// A Section is one passage of the policy document, identified by a stable id.
type Section struct {
	ID      string // stable id such as "objectives/2/soft-power"
	Title   string // the section's heading or a short label, our words
	Summary string // one sentence in our own words: what the passage says
}

// sections lists the document's passages in reading order.
var sections = []Section{
	{
		ID:      "intro",
		Title:   "Introduction",
		Summary: "Since 2001 the SCO has grown into a broad regional forum that looks united, but underneath Russia cooperates with China against the West while quietly working to offset Beijing's rise and keep its own lead in Central Asia.",
	},
	{
		ID:      "objectives/1/strategic-balance",
		Title:   "Objective 1: strategic balance with China",
		Summary: "Russia accepts that China is growing stronger, above all in Central Asia, and uses the SCO to keep cooperating with it without sliding into the role of Beijing's junior partner.",
	},
	{
		ID:      "objectives/2/central-asia",
		Title:   "Objective 2: influence in Central Asia",
		Summary: "Central Asia matters to both powers, and Russia wants to stop China's economic weight from displacing its long-standing position there.",
	},
	{
		ID:      "objectives/2/csto-security-leadership",
		Title:   "Tactic: security leadership through the CSTO",
		Summary: "Moscow presents the Russian-led CSTO, not the SCO, as Central Asia's chief security guarantor, so that hard security stays under its control.",
	},
	{
		ID:      "objectives/2/soft-power",
		Title:   "Tactic: soft power",
		Summary: "Russian-language media, schooling, financial aid and labour migration are used to sustain Moscow's attraction in Central Asia.",
	},
	{
		ID:      "objectives/2/economic-rivalry",
		Title:   "Tactic: economic rivalry",
		Summary: "With the Chinese Belt and Road Initiative ahead of the Russian-led Eurasian Economic Union, Russia relies on the SCO to stay present in regional economic integration even where China leads.",
	},
	{
		ID:      "objectives/3/counterbalancing-west",
		Title:   "Objective 3: counterbalancing the West",
		Summary: "Russia and China alike treat the SCO as an instrument against what they regard as Western meddling in their domestic and regional affairs.",
	},
	{
		ID:      "objectives/4/security-counterterrorism",
		Title:   "Objective 4: security and counter-terrorism cooperation",
		Summary: "Both powers highlight the SCO's work against terrorism, separatism and extremism.",
	},
	{
		ID:      "objectives/4/joint-military-drills",
		Title:   "Tactic: joint military drills",
		Summary: "Russia takes part in SCO exercises alongside China to build interoperability and show force.",
	},
	{
		ID:      "objectives/4/rats-regional-security",
		Title:   "Tactic: regional security through RATS",
		Summary: "Through the SCO's anti-terrorist body in Tashkent, Russia stays relevant in security cooperation and keeps China from dominating it outright.",
	},
	{
		ID:      "objectives/5/india-pakistan",
		Title:   "Objective 5: managing India and Pakistan",
		Summary: "Russia backed India's and Pakistan's accession to widen the membership and thin out China's influence.",
	},
	{
		ID:      "objectives/5/multipolar-balancing",
		Title:   "Tactic: multipolar balancing",
		Summary: "India's membership gives the organisation a counterweight to China, in line with Russia's balancing aim.",
	},
	{
		ID:      "objectives/5/mediator-role",
		Title:   "Tactic: mediator role",
		Summary: "Russia can position itself as a go-between for rival pairs such as China and India or Pakistan and India, raising its diplomatic weight.",
	},
	{
		ID:      "objectives/6/limiting-institutional-power",
		Title:   "Objective 6: limiting the SCO's institutional power",
		Summary: "Russia is wary of giving the SCO deeper, more binding institutions.",
	},
	{
		ID:      "objectives/6/no-nato-like-structure",
		Title:   "Tactic: no NATO-like structure",
		Summary: "Moscow opposes turning the SCO into a military alliance, which could hand China leverage or drag Russia into conflicts it does not want.",
	},
	{
		ID:      "objectives/6/informal-cooperation",
		Title:   "Tactic: informal cooperation",
		Summary: "Russia favours flexible cooperation case by case over binding legal commitments that would constrain it.",
	},
	{
		ID:      "objectives/6/cultural-ties",
		Title:   "Tactic: historical, linguistic and cultural ties",
		Summary: "Shared history, language and culture with Central Asia give Russia an informal influence that economic figures do not capture.",
	},
	{
		ID:      "objectives/6/long-term-strategy",
		Title:   "Russia's long-term strategy",
		Summary: "In the long run Russia seeks its own sphere of influence and to avoid being locked into Chinese-led plans rather than a permanent alignment, ideally in an SCO of balanced power and practical cooperation.",
	},
	{
		ID:      "future/outlook",
		Title:   "The future of the SCO: cooperative but cautious",
		Summary: "The SCO is expected to gain influence without gaining cohesion, and Russia to present itself as a broker rather than a follower so the organisation does not become an instrument of Chinese ambition.",
	},
	{
		ID:      "futures/1/strategic-balancer",
		Title:   "Future 1: the Strategic Balancer",
		Summary: "Russia keeps its brokering role by building closer ties with the Central Asian states, Iran and India and uses its security weight and diplomatic skill to calm disputes and check Chinese overreach.",
	},
	{
		ID:      "futures/2/co-leader",
		Title:   "Future 2: Co-leader with China",
		Summary: "A less probable path in which Russia takes a subordinate place beside China for economic and political backing, at a lasting price in sovereignty.",
	},
	{
		ID:      "futures/3/marginalized-bystander",
		Title:   "Future 3: the Marginalized Bystander",
		Summary: "Overstretched by geopolitical pressures, Russia withdraws from multilateral leadership and lets China shape the SCO.",
	},
	{
		ID:      "futures/verdict",
		Title:   "The likeliest future",
		Summary: "The most probable outcome sits between the balancer and tactical cooperation with China, and it calls for agile diplomacy, regional outreach and domestic reform.",
	},
	{
		ID:      "recommendations/intro",
		Title:   "Strategic recommendations",
		Summary: "To escape marginalisation Russia has to adapt its strategy, in the ways listed next.",
	},
	{
		ID:      "recommendations/1/eurasian-vision",
		Title:   "Recommendation 1: a Eurasian vision beyond security",
		Summary: "Renew Russia's Eurasian agenda in areas other than security, notably technology, the energy transition and transport and trade corridors.",
	},
	{
		ID:      "recommendations/2/multilateral-diplomacy",
		Title:   "Recommendation 2: multilateral diplomacy with Central Asia",
		Summary: "Spend diplomatic effort on working multilaterally with fellow members, above all the smaller Central Asian states that still want balanced relations.",
	},
	{
		ID:      "recommendations/3/dialogue-partnerships",
		Title:   "Recommendation 3: partnerships via dialogue partners",
		Summary: "Deepen commercial and security ties with India, Turkey, the Gulf and Southeast Asia, using the SCO's dialogue-partner status as a way in.",
	},
	{
		ID:      "recommendations/4/india-pakistan-iran",
		Title:   "Recommendation 4: engage India, Pakistan and Iran",
		Summary: "Work more purposefully with Iran, India and Pakistan to steer the SCO toward a multipolar consensus.",
	},
	{
		ID:      "recommendations/5/ideological-counterpoint",
		Title:   "Recommendation 5: an ideological counterpoint to the West",
		Summary: "Promote the organisation as an alternative to Western liberalism in culture and ideology, resting on sovereignty, conservative values and Eurasian heritage.",
	},
	{
		ID:      "recommendations/6/youth-academic-cultural",
		Title:   "Recommendation 6: youth, academic and cultural exchanges",
		Summary: "Have Russian institutions finance SCO-wide youth events, university networks and cultural programmes.",
	},
	{
		ID:      "recommendations/7/media-platforms",
		Title:   "Recommendation 7: SCO media platforms in Russia",
		Summary: "Take the lead in building shared SCO media platforms with their headquarters in Moscow or elsewhere in Russia.",
	},
}
