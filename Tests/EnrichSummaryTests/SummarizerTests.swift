import EnrichCore
import EnrichSummary
import Testing

@Suite struct SummarizerTests {
    static let reservoirStory = """
        Engineers drained the Kellmoor reservoir on Tuesday after cracks appeared in its dam. \
        The water board said the cracks posed no immediate danger to nearby villages. \
        Residents were nonetheless told to keep their emergency kits ready. \
        Engineers found that the dam cracks had widened after a week of heavy rain. \
        The board plans to repair the dam before the autumn storms. \
        A local bakery offered free coffee to the engineers. \
        Repairs to the Kellmoor dam are expected to cost four million pounds, the water board said.
        """

    @Test func theSummaryIsInReadingOrder() throws {
        let document = try Fixtures.document(Self.reservoirStory)
        let result = Summarizer(lexicon: Fixtures.lexicon).summarize(document)
        #expect(result.sentences.count == 3)
        #expect(result.sentences == result.sentences.sorted())
    }

    @Test func theLeadWinsOverALaterSentenceThatSaysTheSame() throws {
        let text = """
            Flooding closed the Brantwell bridge on Friday morning. \
            Commuters queued for hours at the ferry terminal. \
            Council crews piled sandbags along the river wall. \
            Flooding closed the Brantwell bridge on Friday morning, officials confirmed.
            """
        let summary = try Fixtures.summary(text, length: .sentences(1))
        #expect(summary == ["Flooding closed the Brantwell bridge on Friday morning."])
    }

    @Test func withPositionAloneTheSummaryIsTheLead() throws {
        var weights = SummaryWeights()
        weights.position = 1
        weights.centrality = 0
        weights.directedCentrality = 0
        weights.coverage = 0
        weights.entities = 0
        let document = try Fixtures.document(Self.reservoirStory)
        let result = Summarizer(lexicon: Fixtures.lexicon, weights: weights, length: .sentences(2)).summarize(document)
        #expect(result.sentences == [0, 1])
    }

    @Test func aSentenceRepeatingOneAlreadyChosenIsLeftOut() throws {
        let text = """
            Storm Idris cut power to forty thousand homes in the north on Sunday. \
            Storm Idris cut power to forty thousand homes in the north, the grid operator said. \
            Crews expect to restore most supplies by Tuesday evening. \
            Schools in three counties will stay shut on Monday.
            """
        let summary = try Fixtures.summary(text, length: .sentences(2))
        #expect(summary.count == 2)
        #expect(summary.filter { $0.hasPrefix("Storm Idris cut power") }.count == 1)
    }

    @Test func aShareOfTheTextSetsTheLength() throws {
        let document = try Fixtures.document(Self.reservoirStory)
        let short = Summarizer(lexicon: Fixtures.lexicon, length: .share(0.1)).summarize(document)
        let long = Summarizer(lexicon: Fixtures.lexicon, length: .share(0.6)).summarize(document)
        let bytes = { (indices: [Int]) in indices.reduce(0) { $0 + document.sentences![$1].count } }
        #expect(short.sentences.count == 1)
        #expect(long.sentences.count > short.sentences.count)
        #expect(Double(bytes(long.sentences)) >= 0.6 * Double(document.text.utf8.count))
    }

    @Test func aBylineIsNotSummaryMaterial() throws {
        let text = """
            By Jane Morrow. \
            Farmers in the Dunmere valley lost most of their wheat harvest to hail on Thursday. \
            The hailstorm flattened crops across twelve farms in under an hour. \
            Insurers said wheat farmers could claim for the damaged harvest.
            """
        let summary = try Fixtures.summary(text, length: .sentences(2))
        #expect(!summary.contains("By Jane Morrow."))
    }
}

@Suite struct CentralityLengthTests {
    static let harbourStory = """
        Tollbridge council approved the harbour budget. \
        The harbour budget pays for dredging the channel, two new cranes, a longer ferry pier and \
        repairs to the crumbling harbour wall, council members said after the vote. \
        Fishermen welcomed the harbour budget. \
        The ferry company praised the council.
        """

    static func bestSentence(centralityLength: Double) throws -> String {
        var weights = SummaryWeights()
        weights.centrality = 1
        weights.directedCentrality = 0
        weights.entities = 0
        weights.relevance = 1
        weights.centralityLength = centralityLength
        return try #require(Fixtures.summary(harbourStory, length: .sentences(1), weights: weights).first)
    }

    @Test func aPositiveExponentPrefersTheLongerOfTwoCentralSentences() throws {
        #expect(try Self.bestSentence(centralityLength: 0).hasPrefix("Tollbridge council approved"))
        #expect(try Self.bestSentence(centralityLength: 1).hasPrefix("The harbour budget pays"))
    }
}

@Suite struct EntityMentionTests {
    @Test func withAnEntityWeightTheSentenceNamingMostEntitiesLeads() throws {
        var document = try Fixtures.document("""
            The talks ended without a deal on Tuesday. \
            Negotiators said they would meet again next month. \
            Veltria Freight and the Harborview Port Authority blamed Quorvane Systems for the delay.
            """)
        let names = ["Veltria Freight", "Harborview Port Authority", "Quorvane Systems"]
        document.entities = try names.map { name in
            let found = try #require(document.text.range(of: name))
            let start = document.text.utf8.distance(from: document.text.startIndex, to: found.lowerBound)
            return Entity(range: TextRange(start: start, end: start + name.utf8.count), label: "ORG")
        }
        let withoutEntities = Summarizer(lexicon: Fixtures.lexicon, length: .sentences(1)).summarize(document)
        var weights = SummaryWeights()
        weights.entities = 5
        let withEntities = Summarizer(lexicon: Fixtures.lexicon, weights: weights, length: .sentences(1)).summarize(document)
        #expect(withoutEntities.sentences != [2])
        #expect(withEntities.sentences == [2])
    }
}

@Suite struct CentralityTests {
    @Test func withCentralityAloneTheSentenceSharingMostWithTheOthersLeads() throws {
        let text = """
            A local choir sang carols outside the town hall. \
            Dock workers walked out over pay. \
            The port strike stopped grain exports and fuel deliveries at Harborview. \
            Grain traders warned that exports would fall. \
            Fuel deliveries to Harborview petrol stations were rationed.
            """
        var weights = SummaryWeights()
        weights.centrality = 1
        weights.directedCentrality = 0
        weights.relevance = 1
        let summary = try Fixtures.summary(text, length: .sentences(1), weights: weights)
        #expect(summary == ["The port strike stopped grain exports and fuel deliveries at Harborview."])
    }

    @Test func pastTheGraphLimitTheSentenceClosestToTheWholeDocumentLeads() throws {
        let themes = [
            "Dock workers at Harborview extended the port strike on day %d.",
            "Grain exports from Harborview stalled as the port strike entered day %d.",
            "Fuel deliveries to Harborview were rationed on day %d of the port strike.",
        ]
        var sentences = (1...520).map { day in
            themes[day % themes.count].replacingOccurrences(of: "%d", with: String(day))
        }
        sentences[260] = "Dock workers extended the Harborview port strike on day 260 as grain exports stalled "
            + "and fuel deliveries were rationed."
        sentences[261] = "A local choir sang carols outside the town hall."
        var weights = SummaryWeights()
        weights.centrality = 1
        weights.directedCentrality = 0
        weights.relevance = 1
        let summary = try Fixtures.summary(sentences.joined(separator: " "), length: .sentences(1), weights: weights)
        #expect(summary == [sentences[260]])
    }
}
