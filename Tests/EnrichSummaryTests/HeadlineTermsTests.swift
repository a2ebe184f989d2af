import EnrichCore
@testable import EnrichSummary
import Testing

@Suite struct HeadlineTermsTests {
    /// The headline's terms found both ways, as (key, weight) pairs: from the lexicon word by
    /// word (nil when some word is not plain), and from a full analysis.
    static func bothWays(_ headline: String) -> (plain: [HeadlineTerm]?, analyzed: [HeadlineTerm]) {
        var headline = headline
        return headline.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: Token.self, capacity: (utf8.count + 1) / 2) { wordBuffer in
                let words = UnsafeBufferPointer(rebasing: wordBuffer[0..<HeadlineVector.words(utf8, into: wordBuffer)])
                return withUnsafeTemporaryAllocation(of: HeadlineVector.Term.self, capacity: words.count) { terms in
                    let plain = HeadlineVector.plainTerms(utf8, words: words, lexicon: Fixtures.lexicon, into: terms)
                        .map { count in terms[0..<count].map { HeadlineTerm(key: $0.key, weight: $0.weight) } }
                    let count = HeadlineVector.analyzedTerms(utf8, words: words, lexicon: Fixtures.lexicon, into: terms)
                    return (plain, terms[0..<count].map { HeadlineTerm(key: $0.key, weight: $0.weight) })
                }
            }
        }
    }

    struct HeadlineTerm: Equatable {
        var key: UInt64
        var weight: Double
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
        #expect(terms == analyzed)
    }

    @Test func headlinesWithApostrophesOrAccentsNeedTheFullAnalysis() {
        #expect(Self.bothWays("Harborview's managers quit").plain == nil)
        #expect(Self.bothWays("Café owners protest new rules").plain == nil)
    }
}
