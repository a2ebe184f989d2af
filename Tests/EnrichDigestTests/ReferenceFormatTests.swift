import EnrichCore
import Testing
@testable import EnrichDigest

/// The reference digest format: a dated title line, a teaser of headlines separated by ";",
/// headline and body paragraphs per article, "Source…" lines, and a closing byline.
@Suite struct ReferenceFormatTests {
    let records = Fixture.split(fixture: "daily-digest")

    @Test func everyArticleBecomesOneRecord() {
        #expect(records.map(\.title) == [
            "Harbor Authority Fines Shipping Firm Over Spill",
            "Lakeside Schools Adopt Four-Day Week",
            "Regional Bank Reports Outage at ATMs",
        ])
    }

    @Test func articleIdsNumberTheArticlesOfTheInput() {
        #expect(records.map(\.id.description) == ["doc#1", "doc#2", "doc#3"])
    }

    @Test func textIsTheBodyFromFirstToLastParagraph() {
        let text = records[0].text
        #expect(text.hasPrefix("The Harbor Authority said Tuesday"))
        #expect(text.hasSuffix("harbor director Lena Osei said in a statement."))
    }

    @Test func sourceLinesStayOutOfTheBody() {
        #expect(records.allSatisfy { !$0.text.contains("Source") })
        #expect(records[1].text.hasSuffix("mostly on buses and heating."))
    }

    @Test func closingBylineStaysOutOfTheLastBodyAndNamesTheDigestAuthor() {
        #expect(records[2].text.hasSuffix("Metro Business Journal reports."))
        #expect(records.allSatisfy { $0.digestField(.byline) == "Wire Desk Staff" })
    }

    @Test func digestTitleAndDateAreOnEveryArticle() {
        for (index, record) in records.enumerated() {
            #expect(record.digest?.title == "Morning Wire Digest (3/4)")
            #expect(record.digest?.date == "3/4")
            #expect(record.digest?.article == index + 1)
            #expect(record.digest?.articles == 3)
        }
    }

    @Test func teaserListsTheHeadlinesWithoutTheContinueReadingCue() {
        #expect(records[0].digestField(.teaser)
            == "Harbor Authority Fines Shipping Firm Over Spill | Lakeside Schools Adopt Four-Day Week | Regional Bank Reports Outage at ATMs")
    }

    @Test func passthroughFieldsAreCopiedToEveryArticle() {
        var passthrough = PassthroughFields()
        passthrough.append(key: "feed", rawJSON: Array("\"wire\"".utf8))
        var documents = [Document(id: .number("7"), text: Fixture.text("daily-digest"), passthrough: passthrough)]
        DigestStage().process(&documents)
        #expect(documents.count == 3)
        #expect(documents.allSatisfy { $0.passthrough == passthrough })
        #expect(documents.last?.id.description == "7#3")
    }

    @Test func windowsLineEndsGiveTheSameArticles() {
        let crlf = Fixture.split(Fixture.text("daily-digest").replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(crlf.map(\.title) == records.map(\.title))
        #expect(crlf.map { $0.text.replacingOccurrences(of: "\r\n", with: "\n") } == records.map(\.text))
    }

    @Test func noBreakSpacesCountAsBlankAndAsSpaces() {
        let text = Fixture.text("daily-digest")
            .replacingOccurrences(of: "\n\n", with: "\n\u{00A0}\n")
            .replacingOccurrences(of: "Source :", with: "Source\u{00A0}:")
        let split = Fixture.split(text)
        #expect(split.map(\.title) == records.map(\.title))
        #expect(split.allSatisfy { !$0.text.contains("Source") })
    }
}
