import EnrichCore
import EnrichEntities
import EnrichText
import Foundation
import Testing

@Suite struct EntityTaggingTests {
    @Test func theLongestListedNameWins() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        let found = try gazetteer.tag("Customers of Acme Cloud Services lost data on Tuesday.", options: .listsOnly)
        #expect(found == [Mention("Acme Cloud Services", "PRODUCT", "product:acme-cloud")])
    }

    @Test func aListedNameMustBeCapitalized() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Engineers at acme cloud services said nothing.", options: .listsOnly) == [])
        #expect(try gazetteer.tag("ACME CLOUD SERVICES DOWN FOR HOURS", options: .listsOnly)
            == [Mention("ACME CLOUD SERVICES", "PRODUCT", "product:acme-cloud")])
    }

    @Test func anAcronymCountsOnlyInCapitals() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("The story ran in DL first.", options: .listsOnly)
            == [Mention("DL", "ORG", "news:daily-ledger")])
        #expect(try gazetteer.tag("The story ran in Dl first.", options: .listsOnly) == [])
    }

    @Test func aNameListedInSmallLettersMatchesAsWritten() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Readers moved to eLedger last year.", options: .listsOnly)
            == [Mention("eLedger", "PRODUCT", "product:eledger")])
    }

    @Test func aCommonWordNameNeedsCapitalsOutsideTheSentenceStart() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Target stores closed early. Hackers hit a target.", options: .listsOnly) == [])
        #expect(try gazetteer.tag("Shoppers at Target saw the breach notice.", options: .listsOnly)
            == [Mention("Target", "ORG", "org:target")])
    }

    @Test func aCommonWordNameAtTheSentenceStartCountsWithEvidenceElsewhere() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Target confirmed it. Shoppers at Target were told.", options: .listsOnly)
            == [Mention("Target", "ORG", "org:target"), Mention("Target", "ORG", "org:target")])
    }

    @Test func curlyAndStraightApostrophesMatchAlike() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("A report by the O’Malley Institute came out.", options: .listsOnly)
            == [Mention("O’Malley Institute", "ORG", "org:omalley")])
    }

    @Test func aPossessiveEndsTheMentionBeforeTheApostrophe() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Investors read Acme’s filing and Acme's letter.", options: .listsOnly)
            == [Mention("Acme", "ORG", "org:acme"), Mention("Acme", "ORG", "org:acme")])
    }

    @Test func initialsWithAndWithoutPeriodsAreOneName() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Officials in the U.S. and the US agreed.", options: .listsOnly)
            == [Mention("U.S.", "GPE", "geo:us"), Mention("US", "GPE", "geo:us")])
    }

    @Test func aLeadingTheIsKeptOnlyWhenItIsPartOfTheName() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("As The Associated Press and The Morning Courier reported.", options: .listsOnly)
            == [Mention("Associated Press", "ORG", "news:ap"), Mention("The Morning Courier", "ORG", "news:morning-courier")])
    }

    @Test func aLongerPatternMatchBeatsAListedNameInsideIt() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Members of the Acme Users Alliance complained.")
            == [Mention("Acme Users Alliance", "ORG", "local:acme-users-alliance")])
    }

    @Test func aListedNameBeatsAPatternOverTheSameWords() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Fans of Quillon Rovers Group cheered.")
            == [Mention("Quillon Rovers Group", "ORG", "org:quillon-rovers")])
    }

    @Test func aTitleBeforeCapitalizedWordsMakesAPerson() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("The breach was found by security analyst Dorran Vell on Friday.")
            == [Mention("Dorran Vell", "PERSON", "local:dorran-vell"), Mention("Friday", "DATE")])
    }

    @Test func aListedFirstNameBeforeACapitalizedWordMakesAPerson() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("The app was built by Priya Okonkwo-Laird in a weekend.")
            .contains(Mention("Priya Okonkwo-Laird", "PERSON", "local:priya-okonkwo-laird")))
    }

    @Test func aLaterSurnameLinksToTheFullMention() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        let found = try gazetteer.tag("CTO Marta Quillfeather resigned. Quillfeather declined to comment.")
        #expect(found == [Mention("Marta Quillfeather", "PERSON", "local:marta-quillfeather"),
                          Mention("Quillfeather", "PERSON", "local:marta-quillfeather")])
    }

    @Test func moneyPercentAndDatesAreNumericEntities() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        let found = try gazetteer.tag("Fines rose 12% to $4.5 million on March 3, 2024.")
        #expect(found == [Mention("12%", "PERCENT"), Mention("$4.5 million", "MONEY"), Mention("March 3, 2024", "DATE")])
    }

    @Test func todayTomorrowAndWeekdaysInSmallLettersAreDates() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        let found = try gazetteer.tag("Patches ship today for the holiday rush, tomorrow for the rest and on sunday for laggards.")
        #expect(found == [Mention("today", "DATE"), Mention("tomorrow", "DATE"), Mention("sunday", "DATE")])
    }

    @Test func onlyTheRequestedLabelsAreEmitted() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        var options = EntityStage.Options()
        options.labels = [.gpe]
        #expect(try gazetteer.tag("Acme opened offices in the United States in 2023.", options: options)
            == [Mention("United States", "GPE", "geo:us")])
    }
}

@Suite struct NameRuleTests {
    @Test func initialsBeforeACapitalizedWordMakeAPerson() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("The patch was written by R. Tamsworth and reviewed later.")
            == [Mention("R. Tamsworth", "PERSON", "local:r-tamsworth")])
    }

    @Test func aPlaceFollowedByAScoreIsATeam() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Results:\nQuillon 3 Brackwater 1\n").first
            == Mention("Quillon", "ORG", "local:quillon"))
    }

    @Test func aPlaceBeforeADateStaysAPlace() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Quillon 2024-05-01\nThe council met.").first
            == Mention("Quillon", "GPE", "geo:quillon"))
    }

    @Test func aCommonWordNameInATitleCaseHeadlineNeedsEvidence() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("New Rules Will Target Users Of Payment Apps\nRegulators spoke.", options: .listsOnly) == [])
    }

    @Test func anOrganizationInATitleCaseHeadlineDoesNotReachBackOverOrdinaryWords() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Police Charge Four Members Of Acme Shop Group Over Fraud\nMore soon.")
            .contains { $0.text.hasSuffix("Shop Group") } == false)
    }
}

@Suite struct ResultsListTests {
    @Test func capitalizedWordsBeforeABracketedCountryAreAPerson() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("3. Dorla Venkatesh (Quillon) 51.98\n").contains(
            Mention("Dorla Venkatesh", "PERSON", "local:dorla-venkatesh")))
    }

    @Test func aPlaceFoundAsATeamIsTheTeamElsewhereInTheDocument() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        let found = try gazetteer.tag("Quillon 3 Brackwater 1\nFans of Quillon celebrated late.\n")
        #expect(found.filter { $0.text == "Quillon" }.map(\.label) == ["ORG", "ORG"])
    }
}

@Suite struct AcronymTests {
    @Test func aBracketedAcronymIsTheNameBeforeIt() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        let found = try gazetteer.tag("The Westbrook Rowing Alliance (WRA) met. Later the WRA voted.")
        #expect(found.filter { $0.text == "WRA" }
            == [Mention("WRA", "ORG", "local:westbrook-rowing-alliance"), Mention("WRA", "ORG", "local:westbrook-rowing-alliance")])
    }

    @Test func anUnlistedAcronymIsAnOrganization() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("Officials of the KVR declined to comment on 100K records.").filter { $0.label == "ORG" }
            == [Mention("KVR", "ORG", "local:kvr")])
    }
}

@Suite struct DocumentScopeTests {
    @Test func aNameInsideAHyphenatedWordIsFound() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        #expect(try gazetteer.tag("The Quillon-based startup raised money.", options: .listsOnly)
            == [Mention("Quillon", "GPE", "geo:quillon")])
    }

    @Test func namesAreFoundInTextMadeMostlyOfHyphenatedWords() throws {
        let gazetteer = try TestGazetteer()
        defer { gazetteer.remove() }
        let text = "Quillon-based, low-cost, long-haul, all-new, state-run, tax-free, fast-growing, much-needed, "
            + "so-called, well-run carriers flew to Quillon."
        #expect(try gazetteer.tag(text, options: .listsOnly)
            == [Mention("Quillon", "GPE", "geo:quillon"), Mention("Quillon", "GPE", "geo:quillon")])
    }

    @Test func aSurnameInALaterArticleOfTheSameDigestLinksToTheFullName() throws {
        let gazetteer = try TestGazetteer()
        var articles = [Document(id: "digest#1", text: "CTO Marta Quillfeather resigned on Monday."),
                        Document(id: "digest#2", text: "Shares fell after the Quillfeather exit.")]
        defer { gazetteer.remove() }
        let models = try ModelStore.locate()
        try SentenceStage(models: models).process(&articles)
        try TokenStage(models: models).process(&articles)
        try gazetteer.stage().process(&articles)
        let later = try #require(articles[1].entities?.first)
        #expect(articles[1].substring(later.range) == "Quillfeather")
        #expect(later.id == "local:marta-quillfeather")
    }
}
