import EnrichCore
@testable import EnrichSummary
import Testing

@Suite struct HeadlineTermsTests {
    static func bothWays(_ headline: String) -> (plain: (keys: [UInt64], weights: [Double])?,
                                                  analyzed: (keys: [UInt64], weights: [Double])) {
        var headline = headline
        return headline.withUTF8 { utf8 in
            let words = HeadlineVector.words(utf8)
            return (HeadlineVector.plainTerms(utf8, words: words, lexicon: Fixtures.lexicon),
                    HeadlineVector.analyzedTerms(utf8, words: words, lexicon: Fixtures.lexicon))
        }
    }

    @Test(arguments: [
        "Harbor Authority raises port fees for the third time this year",
        "Tariffs on steel: talks stall as U.S. and EU trade offers",
        "Ransomware gang hits 3 hospitals, state-backed hackers suspected",
        "Voters elect a new mayor after elections marred by delays",
        "A storm, a flood and an outage",
    ])
    func plainHeadlineTermsAreThoseOfAFullAnalysis(headline: String) throws {
        let (plain, analyzed) = Self.bothWays(headline)
        let terms = try #require(plain)
        #expect(terms.keys == analyzed.keys)
        #expect(terms.weights == analyzed.weights)
    }

    @Test func headlinesWithApostrophesOrAccentsNeedTheFullAnalysis() {
        #expect(Self.bothWays("Harborview's managers quit").plain == nil)
        #expect(Self.bothWays("Café owners protest new rules").plain == nil)
    }
}
