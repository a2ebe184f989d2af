import EnrichAttribution
import Testing

/// One behaviour per test: each family of cues attributes the statement of its sentence.
@Suite struct CueTests {
    let fixture: AttributionFixture

    init() throws { fixture = try AttributionFixture() }

    @Test func reportsAfterTheStatementAttributesToTheOutlet() throws {
        let found = try fixture.attributions(
            "The county paid a $40,000 ransom to restore its email system, The Associated Press reports.")
        #expect(found == [.init(mention: "The Associated Press", source: "Associated Press", cue: "reports", kind: .media,
                                sentence: "The county paid a $40,000 ransom to restore its email system, The Associated Press reports.")])
    }

    @Test func saidInAStatementNamesThePersonWithoutTheTitle() throws {
        let found = try fixture.attributions(
            "Health Secretary Maren Holt said in a statement that no patient records were lost.")
        #expect(found.map(\.source) == ["Maren Holt"])
        #expect(found.first?.cue == "said in a statement")
        #expect(found.first?.kind == .person)
    }

    @Test func nameDoesNotRunOnAcrossALineBreak() throws {
        let found = try fixture.attributions(
            "Regulators met with Tidewater Bank\nBrenna Castillo said the merger would be delayed.")
        #expect(found.map(\.mention) == ["Brenna Castillo"])
        #expect(found.first?.kind == .person)
    }

    @Test func invertedOrderFindsTheSpeakerAfterTheVerb() throws {
        let found = try fixture.attributions("“The patch was ready in days,” said Owen Castell, a developer at Brightwater.")
        #expect(found.map(\.source) == ["Owen Castell"])
        #expect(found.first?.cue == "said")
    }

    @Test func accordingToADocumentIsADocumentSource() throws {
        let found = try fixture.attributions(
            "The hackers stayed in the network for months, according to a court filing by the Justice Department.")
        #expect(found.map(\.mention) == ["a court filing"])
        #expect(found.first?.kind == .document)
        #expect(found.first?.source == "Justice Department filing")
        #expect(found.first?.cue == "according to")
    }

    @Test func writesFrameWithColonAttributesTheExcerptToTheJournalist() throws {
        let found = try fixture.attributions(
            "Dana Whitlock reports: A ransomware gang leaked files stolen from a dental chain in Oregon.")
        #expect(found.map(\.source) == ["Dana Whitlock"])
        #expect(found.first?.kind == .person)
    }

    @Test func fromAnOutletArticleFrameAttributesTheExcerptOnTheNextLine() throws {
        let found = try fixture.attributions(
            "From a Reuters article:\n“The breach affected roughly 3 million customers of the retailer.”")
        #expect(found.map(\.source) == ["Reuters"])
        #expect(found.first?.sentence == "“The breach affected roughly 3 million customers of the retailer.”")
    }

    @Test func speakerColonQuotationFrameAttributesTheQuotation() throws {
        let found = try fixture.attributions("Lena Brandt: “Nobody should be storing passwords in plain text.”")
        #expect(found.map(\.source) == ["Lena Brandt"])
    }

    @Test func assertionVerbNeedsAStatementAfterIt() throws {
        let found = try fixture.attributions(
            "Glenmoor Bank announced a new fraud team. Glenmoor Bank announced on Monday that card data was exposed.")
        #expect(found.map(\.sentence) == ["Glenmoor Bank announced on Monday that card data was exposed."])
    }

    @Test func participleAfterACommaAttributesToTheSubjectOfTheClause() throws {
        let found = try fixture.attributions(
            "The Riverside Tenants Union sued the landlord on Friday, claiming the smart locks leaked entry logs.")
        #expect(found.map(\.source) == ["Riverside Tenants Union"])
        #expect(found.first?.cue == "claiming")
    }

    @Test func headlineCueIsAttributed() throws {
        let found = try fixture.attributions("Mobile App Ban Will Not Target Existing Users, US Says")
        #expect(found.map(\.source) == ["U.S. government"])
    }

    @Test func passiveAgentIsTheSource() throws {
        let found = try fixture.attributions("The leak was first reported by BleepingComputer on Tuesday.")
        #expect(found.map(\.source) == ["BleepingComputer"])
    }

    @Test func nameInAppositionBeforeTheVerbIsTheSpeaker() throws {
        let found = try fixture.attributions("The agency’s director, Karen Ellis, told lawmakers that the system was outdated.")
        #expect(found.map(\.source) == ["Karen Ellis"])
    }

    @Test func directivesAndPassivesAreNotAttributions() throws {
        let found = try fixture.attributions(
            "The FBI told the clinic to expect a second wave. The files were said to be encrypted.")
        #expect(found.isEmpty)
    }
}
