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

/// What comes around the articles: a closing byline and a footer, sources above the body,
/// teasers with other separators, headlines starting with a lowercase brand.
@Suite struct DigestEdgeTests {
    @Test func textAfterTheClosingBylineIsTheFooter() {
        let text = """
            Harbor Digest (6/2)

            Dock Workers Ratify Contract

            Dock workers approved a four-year contract on Monday, the union said.

            Source: Harbor Times

            Ferry Adds Evening Sailing

            The island ferry will add an evening sailing from June 10, the operator said.

            — Compiled by Harbor Desk

            Copyright 2021 Harbor Desk. All rights reserved.
            """
        let records = Fixture.split(text)
        #expect(records.count == 2)
        #expect(records[1].text.hasSuffix("the operator said."))
        #expect(records[1].digestField(.byline) == "Harbor Desk")
        #expect(records[1].digestField(.footer) == "Copyright 2021 Harbor Desk. All rights reserved.")
    }

    @Test func sourceLineBetweenHeadlineAndBodyBelongsToTheArticle() {
        let text = """
            Harbor Digest (6/3)

            Toll Bridge Raises Fares
            Source: Harbor Times
            Tolls on the harbor bridge will rise by 50 cents in July, the bridge authority said.

            Marina Expansion Approved
            Source: Coastal Ledger
            The city approved 120 new berths at the east marina on Tuesday.
            """
        let records = Fixture.split(text)
        #expect(records.map(\.title) == ["Toll Bridge Raises Fares", "Marina Expansion Approved"])
        #expect(records.map { $0.digestField(.sources) } == ["Harbor Times", "Coastal Ledger"])
        #expect(records[0].text == "Tolls on the harbor bridge will rise by 50 cents in July, the bridge authority said.")
    }

    @Test func teaserHeadlinesMayBeSeparatedByBars() {
        let text = """
            Harbor Digest (6/4)

            Toll Bridge Raises Fares | iPhone Repair Shops Win Permit Fight

            Toll Bridge Raises Fares

            Tolls on the harbor bridge will rise by 50 cents in July, the bridge authority said.

            iPhone Repair Shops Win Permit Fight

            Two repair shops won the right to stay open after a permit dispute, the county said.
            """
        let records = Fixture.split(text)
        #expect(records.map(\.title) == ["Toll Bridge Raises Fares", "iPhone Repair Shops Win Permit Fight"])
        #expect(records[0].digestField(.teaser) == "Toll Bridge Raises Fares | iPhone Repair Shops Win Permit Fight")
    }

    @Test func outletHeaderDateMayHoldAComma() {
        let records = Fixture.split("""
            Harbor Times, Wednesday, June 5: Pier Lights Replaced
            The port replaced 300 pier lights with LED lamps, cutting its power bill by a third.

            Coastal Ledger, Wednesday, June 5: Beach Cleanup Draws Hundreds
            More than 400 volunteers collected litter along the north beach on Saturday.
            """)
        #expect(records.map { $0.digestField(.outlet) } == ["Harbor Times", "Coastal Ledger"])
        #expect(records.map { $0.digestField(.published) } == ["Wednesday, June 5", "Wednesday, June 5"])
        #expect(records[1].title == "Beach Cleanup Draws Hundreds")
    }
}

/// A digest title without a digest word or date is still recognised by the teaser under it.
@Suite struct UnmarkedTitleTests {
    @Test func lineAboveATeaserIsTheDigestTitle() {
        let text = """
            Harbor Pulse

            Toll Bridge Raises Fares; Marina Expansion Approved. Continue reading

            Toll Bridge Raises Fares

            Tolls on the harbor bridge will rise by 50 cents in July, the bridge authority said.

            Marina Expansion Approved

            The city approved 120 new berths at the east marina on Tuesday.
            """
        let records = Fixture.split(text)
        #expect(records.map(\.title) == ["Toll Bridge Raises Fares", "Marina Expansion Approved"])
        #expect(records[0].digest?.title == "Harbor Pulse")
    }
}
