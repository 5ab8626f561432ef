package strategy

// A Section is one passage of the policy document, or one idea within a
// passage, identified by a stable id. Its Summary is in our own words; its
// KeyPhrases are short verbatim quotations that tie it to the text, so that
// anyone, and the package's tests, can find it in the document.
type Section struct {
	ID         string   // stable id such as "objectives/2/soft-power"
	Title      string   // the section's heading or a short label, our words
	Location   string   // where the passage is: paragraph, numbered item or bullet
	KeyPhrases []string // a few words each, verbatim from the document
	Summary    string   // one sentence in our own words: what the passage says
	// ContextOnly marks a passage that frames the document but that no
	// criterion, alternative, judgment, rating or stated preference rests on.
	ContextOnly bool
	// Modeller marks an entry that is not a passage of the document: the
	// modeller's own frame, such as the cost criterion. It has no key
	// phrases; every judgment and rating anchored to it is neutral.
	Modeller bool
}

// sections lists the document's passages in reading order, then the
// modeller's frame.
var sections = []Section{
	{
		ID:          "title",
		Title:       "Title",
		Location:    "title and subtitle",
		KeyPhrases:  []string{"The Russian Policy Towards China"},
		Summary:     "The document is about Russia's policy towards China inside the Shanghai Cooperation Organization.",
		ContextOnly: true,
	},
	{
		ID:         "intro",
		Title:      "Introduction",
		Location:   "opening paragraph",
		KeyPhrases: []string{"balancing China’s growing power", "preserving Moscow’s regional leadership", "a delicate balance of cooperation and competition"},
		Summary:    "Since 2001 the SCO has grown into a broad regional forum that looks united, but underneath Russia cooperates with China against the West while quietly working to offset Beijing's rise and keep its own lead in Central Asia.",
	},
	{
		ID:         "objectives/1/strategic-balance",
		Title:      "Objective 1: maintaining strategic balance with China",
		Location:   "objectives, item 1",
		KeyPhrases: []string{"Maintaining Strategic Balance with China", "avoid becoming a junior partner to Beijing"},
		Summary:    "Russia accepts that China is growing stronger, above all in Central Asia, and uses the SCO to keep cooperating with it without sliding into the role of Beijing's junior partner.",
	},
	{
		ID:         "objectives/2/central-asia",
		Title:      "Objective 2: preserving influence in Central Asia",
		Location:   "objectives, item 2",
		KeyPhrases: []string{"Preserving Influence in Central Asia", "being overtaken by China’s economic power"},
		Summary:    "Central Asia matters to both powers, and Russia wants to stop China's economic weight from displacing its long-standing position there.",
	},
	{
		ID:         "objectives/2/csto-security-leadership",
		Title:      "Tactic: security leadership through the CSTO",
		Location:   "objectives, item 2, bullet 1",
		KeyPhrases: []string{"main security guarantor in Central Asia", "hard security issues largely under Russian leadership"},
		Summary:    "Moscow presents the Russian-led CSTO, not the SCO, as Central Asia's chief security guarantor, so that hard security stays under its control.",
	},
	{
		ID:         "objectives/2/soft-power",
		Title:      "Tactic: soft power",
		Location:   "objectives, item 2, bullet 2",
		KeyPhrases: []string{"Russian-language media, education, financial support", "Soft-Power influence"},
		Summary:    "Russian-language media, schooling, financial aid and labour migration are used to sustain Moscow's attraction in Central Asia.",
	},
	{
		ID:         "objectives/2/economic-rivalry",
		Title:      "Tactic: economic rivalry",
		Location:   "objectives, item 2, bullet 3",
		KeyPhrases: []string{"has outpaced Russian-led projects", "a seat at the table for regional economic integration"},
		Summary:    "With the Chinese Belt and Road Initiative ahead of the Russian-led Eurasian Economic Union, Russia relies on the SCO to stay present in regional economic integration even where China leads.",
	},
	{
		ID:         "objectives/3/counterbalancing-west",
		Title:      "Objective 3: counterbalancing the West",
		Location:   "objectives, item 3",
		KeyPhrases: []string{"Counterbalancing the West", "what they view as Western interference"},
		Summary:    "Russia and China alike treat the SCO as an instrument against what they regard as Western meddling in their domestic and regional affairs.",
	},
	{
		ID:         "objectives/4/security-counterterrorism",
		Title:      "Objective 4: security and counter-terrorism cooperation",
		Location:   "objectives, item 4",
		KeyPhrases: []string{`combating the "three evils"`, "terrorism, separatism, and extremism"},
		Summary:    "Both powers highlight the SCO's work against terrorism, separatism and extremism.",
	},
	{
		ID:         "objectives/4/joint-military-drills",
		Title:      "Tactic: joint military drills",
		Location:   "objectives, item 4, bullet 1",
		KeyPhrases: []string{"promote interoperability and display strength"},
		Summary:    "Russia takes part in SCO exercises alongside China to build interoperability and show force.",
	},
	{
		ID:         "objectives/4/rats-regional-security",
		Title:      "Tactic: regional security through RATS",
		Location:   "objectives, item 4, bullet 2",
		KeyPhrases: []string{"Regional Anti-Terrorist Structure (RATS)", "avoiding China’s full dominance in this sphere"},
		Summary:    "Through the SCO's anti-terrorist body in Tashkent, Russia stays relevant in security cooperation and keeps China from dominating it outright.",
	},
	{
		ID:         "objectives/5/india-pakistan",
		Title:      "Objective 5: managing India and Pakistan",
		Location:   "objectives, item 5",
		KeyPhrases: []string{"diversify its membership and dilute China’s influence"},
		Summary:    "Russia backed India's and Pakistan's accession to widen the membership and thin out China's influence.",
	},
	{
		ID:         "objectives/5/multipolar-balancing",
		Title:      "Tactic: multipolar balancing",
		Location:   "objectives, item 5, bullet 1",
		KeyPhrases: []string{"introduced a counterweight to China"},
		Summary:    "India's membership gives the organisation a counterweight to China, in line with Russia's balancing aim.",
	},
	{
		ID:         "objectives/5/mediator-role",
		Title:      "Tactic: mediator role",
		Location:   "objectives, item 5, bullet 2",
		KeyPhrases: []string{"act as a broker between rivals", "enhancing its diplomatic relevance"},
		Summary:    "Russia can position itself as a go-between for rival pairs such as China and India or Pakistan and India, raising its diplomatic weight.",
	},
	{
		ID:         "objectives/6/limiting-institutional-power",
		Title:      "Objective 6: limiting the SCO's institutional power",
		Location:   "objectives, item 6",
		KeyPhrases: []string{"cautious about deepening institutional integration"},
		Summary:    "Russia is wary of giving the SCO deeper, more binding institutions.",
	},
	{
		ID:         "objectives/6/no-nato-like-structure",
		Title:      "Tactic: no NATO-like structure",
		Location:   "objectives, item 6, bullet 1",
		KeyPhrases: []string{"resists making the SCO a military alliance", "could give China more leverage"},
		Summary:    "Moscow opposes turning the SCO into a military alliance, which could hand China leverage or drag Russia into conflicts it does not want.",
	},
	{
		ID:         "objectives/6/informal-cooperation",
		Title:      "Tactic: informal cooperation",
		Location:   "objectives, item 6, bullet 2",
		KeyPhrases: []string{"flexible, issue-based cooperation", "limit its freedom of action"},
		Summary:    "Russia favours flexible cooperation case by case over binding legal commitments that would constrain it.",
	},
	{
		ID:         "objectives/6/cultural-ties",
		Title:      "Tactic: historical, linguistic and cultural ties",
		Location:   "objectives, item 6, bullet 3",
		KeyPhrases: []string{"historical, linguistic, and cultural ties", "not easily measurable in economic terms"},
		Summary:    "Shared history, language and culture with Central Asia give Russia an informal influence that economic figures do not capture.",
	},
	{
		ID:         "objectives/6/long-term-strategy",
		Title:      "Russia's long-term strategy",
		Location:   "objectives, item 6, bullet 4",
		KeyPhrases: []string{"carving out autonomous influence", "avoiding entrapment in Chinese-led regional designs", "power is balanced and cooperation is pragmatic"},
		Summary:    "In the long run Russia seeks its own sphere of influence and to avoid being locked into Chinese-led plans rather than a permanent alignment, ideally in an SCO of balanced power and practical cooperation.",
	},
	{
		ID:          "future/outlook",
		Title:       "The future of the SCO: cooperative but cautious",
		Location:    "paragraph after the objectives",
		KeyPhrases:  []string{"grow in influence - But not in unity"},
		Summary:     "The SCO is expected to gain influence without gaining cohesion.",
		ContextOnly: true,
	},
	{
		ID:         "future/broker",
		Title:      "Russia as a broker, not a follower",
		Location:   "paragraph after the objectives",
		KeyPhrases: []string{"promote its role as a broker, not a follower"},
		Summary:    "Russia will present itself as a broker rather than a follower, so the organisation does not become an instrument of Chinese ambition.",
	},
	{
		ID:          "futures/intro",
		Title:       "The path forward: strategic adaptation",
		Location:    "paragraph introducing the futures",
		KeyPhrases:  []string{"Three potential futures emerge"},
		Summary:     "The document announces three possible futures for Russia in the SCO.",
		ContextOnly: true,
	},
	{
		ID:         "futures/1/strategic-balancer",
		Title:      "Future 1: the Strategic Balancer, broker role",
		Location:   "futures, item 1",
		KeyPhrases: []string{"maintains its broker role", "mediate tensions"},
		Summary:    "Russia keeps its brokering role and uses its diplomatic experience to calm disputes.",
	},
	{
		ID:         "futures/1/regional-ties",
		Title:      "Future 1: ties with Central Asia, India and Iran",
		Location:   "futures, item 1",
		KeyPhrases: []string{"deepening ties with Central Asia, India, and Iran"},
		Summary:    "The balancer builds closer ties with the Central Asian states, India and Iran.",
	},
	{
		ID:         "futures/1/security-clout",
		Title:      "Future 1: security clout",
		Location:   "futures, item 1",
		KeyPhrases: []string{"using its security clout"},
		Summary:    "The balancer relies on Russia's weight in security.",
	},
	{
		ID:         "futures/1/resist-overreach",
		Title:      "Future 1: resisting Chinese overreach",
		Location:   "futures, item 1",
		KeyPhrases: []string{"resist Chinese overreach"},
		Summary:    "The balancer checks China where it goes too far.",
	},
	{
		ID:         "futures/2/co-leader",
		Title:      "Future 2: Co-leader with China, junior position",
		Location:   "futures, item 2",
		KeyPhrases: []string{"accepts a junior position", "risky given long-term sovereignty costs"},
		Summary:    "Russia takes a subordinate place beside China, which the document calls risky for the lasting price in sovereignty.",
	},
	{
		ID:         "futures/2/support",
		Title:      "Future 2: what the co-leader gains",
		Location:   "futures, item 2",
		KeyPhrases: []string{"in exchange for economic and political support"},
		Summary:    "In return for the junior place Russia receives China's economic and political backing.",
	},
	{
		ID:         "futures/2/likelihood",
		Title:      "Future 2: less likely",
		Location:   "futures, item 2",
		KeyPhrases: []string{"A less likely but possible scenario"},
		Summary:    "The document judges the co-leader future less probable than the others, though possible.",
	},
	{
		ID:         "futures/3/marginalized-bystander",
		Title:      "Future 3: the Marginalized Bystander, retreat",
		Location:   "futures, item 3",
		KeyPhrases: []string{"If geopolitical challenges overwhelm its Foreign Policy", "retreat from multilateral leadership"},
		Summary:    "Overstretched by geopolitical pressures, Russia withdraws from multilateral leadership.",
	},
	{
		ID:         "futures/3/china-direction",
		Title:      "Future 3: the SCO under China's direction",
		Location:   "futures, item 3",
		KeyPhrases: []string{"watch the SCO evolve under China’s direction"},
		Summary:    "The bystander lets China shape the SCO.",
	},
	{
		ID:         "futures/verdict",
		Title:      "The likeliest future",
		Location:   "paragraph after the futures",
		KeyPhrases: []string{"The likeliest future", "between balancer and tactical cooperator"},
		Summary:    "The most probable outcome sits between the balancer and tactical cooperation with China, and it calls for agile diplomacy, regional outreach and domestic reform.",
	},
	{
		ID:         "recommendations/intro",
		Title:      "Strategic recommendations",
		Location:   "paragraph introducing the recommendations",
		KeyPhrases: []string{"To avoid the trap of marginalization", "pursue strategic adaptation"},
		Summary:    "To escape marginalisation Russia has to adapt its strategy, in the ways listed next.",
	},
	{
		ID:         "recommendations/1/eurasian-vision",
		Title:      "Recommendation 1: a Eurasian vision beyond security",
		Location:   "recommendations, bullet 1",
		KeyPhrases: []string{"Eurasian vision beyond security", "tech, energy transition, and trade corridors"},
		Summary:    "Renew Russia's Eurasian agenda in areas other than security, notably technology, the energy transition and transport and trade corridors.",
	},
	{
		ID:         "recommendations/2/multilateral-diplomacy",
		Title:      "Recommendation 2: multilateral diplomacy with Central Asia",
		Location:   "recommendations, bullet 2",
		KeyPhrases: []string{"multilateral diplomacy with SCO partners", "still value balanced engagement"},
		Summary:    "Work multilaterally with fellow members, above all the smaller Central Asian states that still want balanced relations.",
	},
	{
		ID:         "recommendations/2/investing",
		Title:      "Recommendation 2: investing",
		Location:   "recommendations, bullet 2",
		KeyPhrases: []string{"Investing in multilateral diplomacy"},
		Summary:    "The recommendation asks Russia to invest in this diplomacy.",
	},
	{
		ID:         "recommendations/3/dialogue-partnerships",
		Title:      "Recommendation 3: partnerships beyond the SCO's core",
		Location:   "recommendations, bullet 3",
		KeyPhrases: []string{"Deepen trade and security partnerships", "Turkey, Gulf states, and Southeast Asia"},
		Summary:    "Deepen commercial and security ties with India, Turkey, the Gulf and Southeast Asia.",
	},
	{
		ID:         "recommendations/3/entry-points",
		Title:      "Recommendation 3: dialogue partnerships as entry points",
		Location:   "recommendations, bullet 3",
		KeyPhrases: []string{"using SCO dialogue partnerships as entry points"},
		Summary:    "The SCO's dialogue-partner status serves as the way in.",
	},
	{
		ID:         "recommendations/4/india-pakistan-iran",
		Title:      "Recommendation 4: engage India, Pakistan and Iran",
		Location:   "recommendations, bullet 4",
		KeyPhrases: []string{"Engaging India, Pakistan and Iran more deliberately", "shape a multipolar consensus"},
		Summary:    "Work more purposefully with Iran, India and Pakistan to steer the SCO toward a multipolar consensus.",
	},
	{
		ID:         "recommendations/5/ideological-counterpoint",
		Title:      "Recommendation 5: an ideological counterpoint to the West",
		Location:   "recommendations, bullet 5",
		KeyPhrases: []string{"ideological counterpoint to Western liberalism"},
		Summary:    "Promote the organisation as an alternative to Western liberalism in culture and ideology.",
	},
	{
		ID:         "recommendations/5/eurasian-traditions",
		Title:      "Recommendation 5: Eurasian traditions",
		Location:   "recommendations, bullet 5",
		KeyPhrases: []string{"sovereignty, conservatism, and Eurasian traditions"},
		Summary:    "The counterpoint rests on sovereignty, conservative values and Eurasian heritage.",
	},
	{
		ID:         "recommendations/6/youth-academic-cultural",
		Title:      "Recommendation 6: youth, academic and cultural exchanges",
		Location:   "recommendations, bullet 6",
		KeyPhrases: []string{"youth forums, academic networks, and cultural exchanges"},
		Summary:    "SCO-wide youth events, university networks and cultural programmes.",
	},
	{
		ID:         "recommendations/6/fund",
		Title:      "Recommendation 6: funded by Russia",
		Location:   "recommendations, bullet 6",
		KeyPhrases: []string{"Fund SCO youth forums", "through Russian institutions"},
		Summary:    "Russian institutions are to pay for them.",
	},
	{
		ID:         "recommendations/7/media-platforms",
		Title:      "Recommendation 7: SCO media platforms in Russia",
		Location:   "recommendations, bullet 7",
		KeyPhrases: []string{"SCO-wide media collaboration platforms", "with a base in Moscow"},
		Summary:    "Take the lead in building shared SCO media platforms with their headquarters in Moscow or elsewhere in Russia.",
	},
	{
		ID:       "modeller/cost",
		Title:    "Cost: the modeller's frame",
		Location: "not in the document",
		Summary:  "The document names no cost criterion; the modeller adds one, neutral wherever the document does not itself say that Russia pays.",
		Modeller: true,
	},
}
