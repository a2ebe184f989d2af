import EnrichAttribution
import Testing

/// Quotations that run over several sentences: one statement by default, every sentence on request.
@Suite struct QuotationTests {
    let text = "“We found the flaw in March. We told the vendor at once,” said Ana Ruiz, a researcher at Fieldstone. "
        + "“They shipped a fix within a week.”"

    @Test func quotationOverSeveralSentencesIsOneStatementByDefault() throws {
        let found = try AttributionFixture().attributions(text)
        #expect(found.map(\.source) == ["Ana Ruiz"])
    }

    @Test func eachSentenceModeAttributesEverySentenceOfTheQuotation() throws {
        let found = try AttributionFixture(quotedSentences: .each).attributions(text)
        #expect(found.map(\.sentence) == [
            "“We found the flaw in March.",
            "We told the vendor at once,” said Ana Ruiz, a researcher at Fieldstone.",
            "“They shipped a fix within a week.”",
        ])
        #expect(Set(found.map(\.source)) == ["Ana Ruiz"])
    }

    @Test func straightQuotesWorkLikeCurlyQuotes() throws {
        let found = try AttributionFixture().attributions("\"The data was never encrypted,\" said Priya Raman.")
        #expect(found.map(\.source) == ["Priya Raman"])
    }
}
