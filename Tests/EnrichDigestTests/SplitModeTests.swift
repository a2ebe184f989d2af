import EnrichCore
import Testing
@testable import EnrichDigest

/// `split`: `none` never splits, `digest` always does, `auto` splits only what looks like a digest.
@Suite struct SplitModeTests {
    @Test func noneLeavesOneRecordWithTheInputUnchanged() {
        let text = Fixture.text("daily-digest")
        let records = Fixture.split(text, mode: .none)
        #expect(records.count == 1)
        #expect(records[0].text == text)
        #expect(records[0].id == "doc")
        #expect(records[0].title == nil && records[0].digest == nil)
    }

    @Test func autoKeepsAPlainArticleAsOneRecordTitledByItsHeadline() {
        let records = Fixture.split(fixture: "plain-article")
        #expect(records.count == 1)
        #expect(records[0].id == "doc")
        #expect(records[0].title == "Harbor City Council Approves New Ferry Route")
        #expect(records[0].text.hasPrefix("The Harbor City Council voted"))
        #expect(records[0].digest == nil)
    }

    @Test func autoLeavesAnArticleWithoutHeadlineUntouched() {
        let text = Fixture.text("plain-untitled")
        let records = Fixture.split(text)
        #expect(records.count == 1)
        #expect(records[0].text == text)
        #expect(records[0].title == nil)
    }

    @Test func autoDoesNotSplitAnArticleAtASubheading() {
        let text = """
            Council Backs Longer Library Hours

            The city council voted on Monday to keep the central library open until 9 p.m. on weekdays.

            What Changes for Readers

            The reading rooms will stay open later, and the children's floor will add a Saturday story hour.
            """
        let records = Fixture.split(text)
        #expect(records.count == 1)
        #expect(records[0].title == "Council Backs Longer Library Hours")
        #expect(records[0].text.contains("What Changes for Readers"))
    }

    @Test func digestSplitsEvenWithoutDigestFeatures() {
        let text = """
            Council Backs Longer Library Hours

            The city council voted on Monday to keep the central library open until 9 p.m. on weekdays.

            Bakery Wins Regional Prize

            A family bakery on Mill Road won the regional bread prize for its rye loaf.
            """
        let records = Fixture.split(text, mode: .digest)
        #expect(records.map(\.title) == ["Council Backs Longer Library Hours", "Bakery Wins Regional Prize"])
        #expect(records.map(\.id.description) == ["doc#1", "doc#2"])
    }

    @Test func digestMakesOneArticleOfATextWithoutHeadlines() {
        let text = Fixture.text("plain-untitled")
        let records = Fixture.split(text, mode: .digest)
        #expect(records.count == 1)
        #expect(records[0].id.description == "doc#1")
        #expect(records[0].text == text)
        #expect(records[0].digest?.articles == 1)
    }

    @Test func splitRecordsCarryNoAnnotationsOfTheInput() {
        var document = Document(id: "doc", text: Fixture.text("daily-digest"))
        document.sentences = [TextRange(start: 0, end: 5)]
        var documents = [document]
        DigestStage().process(&documents)
        #expect(documents.allSatisfy { $0.sentences == nil })
    }
}
