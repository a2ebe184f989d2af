import EnrichCore
import EnrichSummary
import Testing

@Suite struct TitleMethodTests {
    static let councilStory = """
        Councillors in Marlow Vale argued for three hours on Monday night. \
        The meeting ran late because members disputed the minutes of the last session. \
        In the end the council voted to close the Eastgate library in March. \
        Members also agreed to repaint the bandstand in the park.
        """

    static func summary(title: String?, weight: Double) throws -> Summarizer.Result {
        var document = try Fixtures.document(Self.councilStory)
        document.title = title
        var weights = SummaryWeights()
        weights.title = weight
        return Summarizer(lexicon: Fixtures.lexicon, weights: weights, length: .sentences(1)).summarize(document)
    }

    @Test func withATitleWeightTheSentenceClosestToTheHeadlineLeads() throws {
        let headline = "Marlow Vale council votes to close Eastgate library"
        #expect(try Self.summary(title: headline, weight: 0).sentences != [2])
        #expect(try Self.summary(title: headline, weight: 2).sentences == [2])
    }

    @Test func withoutAHeadlineTheTitleWeightChangesNothing() throws {
        #expect(try Self.summary(title: nil, weight: 2) == Self.summary(title: nil, weight: 0))
        #expect(try Self.summary(title: "", weight: 2) == Self.summary(title: nil, weight: 0))
    }

    @Test func headlineWordsMatchTheTextThroughTheirStems() throws {
        let headline = "Councils closing libraries"
        #expect(try Self.summary(title: headline, weight: 2).sentences == [2])
    }

    @Test func aHeadlineWithPossessivesAndAccentsStillMatchesTheText() throws {
        let headline = "Marlow Vale council’s vote: Eastgate library to close, café too"
        #expect(try Self.summary(title: headline, weight: 0).sentences != [2])
        #expect(try Self.summary(title: headline, weight: 2).sentences == [2])
    }
}
