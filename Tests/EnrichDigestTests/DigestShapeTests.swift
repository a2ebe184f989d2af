import EnrichCore
import Testing
@testable import EnrichDigest

/// Digest and roundup shapes other than the reference format, each from its own fixture.
@Suite struct DigestShapeTests {
    @Test func outletHeadersGiveTheOutletAndDateOfEachItem() {
        let records = Fixture.split(fixture: "outlet-headers")
        #expect(records.map { $0.digestField(.outlet) } == ["The Daily Ledger", "Metro Signal", "Harbor Times"])
        #expect(records.map { $0.digestField(.published) } == ["Tue 04/15", "Tue 04/15", "Wed 04/16"])
    }

    @Test func headlineOnTheOutletHeaderLineIsTheTitle() {
        let records = Fixture.split(fixture: "outlet-headers")
        #expect(records[1].title == "Rail Operator Orders 40 New Cars")
        #expect(records[1].text.hasPrefix("The regional rail operator"))
    }

    @Test func linkLinesGoToLinksAndOutOfTheBody() {
        let records = Fixture.split(fixture: "outlet-headers")
        #expect(records[0].digestField(.links) == "https://example.com/ledger/bus-lanes")
        #expect(records.allSatisfy { !$0.text.contains("Full Story") && !$0.text.contains("Continue reading") })
        #expect(records[2].text.hasSuffix("ask the board to reconsider."))
    }

    @Test func capitalLabelsFileTheFollowingArticlesUnderACategory() {
        let records = Fixture.split(fixture: "categories")
        #expect(records.map { $0.digestField(.category) }
            == ["DATA PROTECTION—U.S.", "DATA PROTECTION—U.S.", "DATA BREACHES"])
        #expect(records[0].digest?.title == "PRIVACY WATCH")
    }

    @Test func dateAndByLinesUnderAHeadlineArePublishedAndAuthor() {
        let record = Fixture.split(fixture: "categories")[1]
        #expect(record.title == "Hospital Group Settles Records Case")
        #expect(record.digestField(.published) == "April 14, 2014")
        #expect(record.digestField(.author) == "Daniel Brandt")
        #expect(record.text.hasPrefix("A hospital group agreed"))
    }

    @Test func linkCueEndingAParagraphStaysOutOfTheBody() {
        let records = Fixture.split(fixture: "dashboard")
        #expect(records.count == 3)
        #expect(records[0].text.hasSuffix("the laptop was password protected."))
        #expect(records[2].text.hasSuffix("according to Tech Sentinel."))
        #expect(records[2].digestField(.links) == "https://example.com/sentinel/extension")
        #expect(records.map { $0.digestField(.category) } == ["HEALTH PRIVACY", "HEALTH PRIVACY", "ONLINE PRIVACY"])
    }

    @Test func numberedItemsAreArticlesWithTheirNumber() {
        let records = Fixture.split(fixture: "numbered")
        #expect(records.map(\.title) == [
            "Port Strike Ends After Two Weeks", "Drought Forces Water Limits in Three Counties",
            "Museum Returns Bronze Figures to Owners",
        ])
        #expect(records.map { $0.digestField(.item) } == ["1.", "2.", "3."])
        #expect(records[0].digest?.title == "Evening Briefing: five things to know")
    }

    @Test func bulletedParagraphsAreUntitledArticlesWithTheirSourceNote() {
        let records = Fixture.split(fixture: "bullets")
        #expect(records.count == 3)
        #expect(records.allSatisfy { $0.title == nil })
        #expect(records[1].text.hasPrefix("A cargo plane made an emergency landing"))
        #expect(records[1].text.hasSuffix("no one was hurt."))
        #expect(records[1].digestField(.sources) == "Air Traffic Weekly")
    }

    @Test func markdownHeadingsTitleTheDigestAndItsArticles() {
        let records = Fixture.split(fixture: "markdown")
        #expect(records.map(\.title) == ["Ransomware Gang Hits Regional Hospital Chain", "Browser Maker Patches Zero-Day Flaw"])
        #expect(records[0].digest?.title == "Security Weekly — 2024-03-08")
        #expect(records[0].digest?.date == "2024-03-08")
        #expect(records[0].digestField(.links) == "https://example.com/threat-ledger/hospital")
        #expect(records[0].text.hasSuffix("**Threat Ledger** reports."))
    }

    @Test func concatenatedDigestsEachNumberTheirOwnArticles() {
        let records = Fixture.split(fixture: "archive")
        #expect(records.map(\.id.description) == ["doc#1", "doc#2", "doc#3", "doc#4"])
        #expect(records.map { $0.digest?.date } == ["3/5", "3/5", "3/6", "3/6"])
        #expect(records.map { $0.digest?.article } == [1, 2, 1, 2])
        #expect(records.map(\.title) == [
            "Bridge Repairs Close Two Lanes", "Library Extends Weekend Hours", "Airport Adds Night Flights",
            "Farmers Market Moves Indoors",
        ])
    }

    @Test func bylineClosingADigestInAnArchiveStaysOutOfItsLastArticle() {
        let records = Fixture.split(fixture: "archive")
        #expect(records[1].text.hasSuffix("a donation from a local foundation."))
        #expect(records[1].digestField(.byline) == "Wire Desk Staff")
    }

    @Test func headlinesWithoutBlankLinesBetweenParagraphsStillSplit() {
        let text = """
            Lighthouse Reopens After Restoration
            The old lighthouse on Gull Point reopened to visitors on Saturday after two years of work.
            Source: Island Gazette
            Ferry Timetable Changes in May
            Two early ferries will be dropped from the timetable in May, the operator said.
            Source: Island Gazette
            """
        let records = Fixture.split(text)
        #expect(records.map(\.title) == ["Lighthouse Reopens After Restoration", "Ferry Timetable Changes in May"])
        #expect(records.map { $0.digestField(.sources) } == ["Island Gazette", "Island Gazette"])
    }
}

/// Links listed under a "Source" line are the article's sources.
@Suite struct SourceListTests {
    @Test func linksUnderASourceLineAreSources() {
        let text = """
            Night Market Opens on Pier 3

            A night market with 60 stalls opened on Pier 3 on Friday, the harbor trust said.

            Source (all external links):
            https://example.com/harbor-trust/market
            https://example.com/pier-news/market

            Pier 3 Parking Fees Rise

            Parking on Pier 3 will cost $2 more from June, the trust said.

            Read more: https://example.com/pier-news/parking
            """
        let records = Fixture.split(text)
        #expect(records[0].digestField(.sources)
            == "https://example.com/harbor-trust/market | https://example.com/pier-news/market")
        #expect(records[0].digestField(.links) == nil)
        #expect(records[1].digestField(.links) == "https://example.com/pier-news/parking")
    }
}
