import EnrichAttribution
import Testing

/// One behaviour per test: "told" frames, pronouns, definite descriptions, unnamed sources and
/// canonical names.
@Suite struct ReferenceTests {
    let fixture: AttributionFixture

    init() throws { fixture = try AttributionFixture() }

    @Test func toldAnOutletGivesTheSpeakerAndTheOutletTheSameStatement() throws {
        let found = try fixture.attributions(
            "“Most of these gangs reuse the same tools,” threat analyst Kira Solberg told Threatpost.")
        #expect(found.map(\.source) == ["Kira Solberg", "Threatpost"])
        #expect(found.map(\.kind) == [.person, .media])
        #expect(found.map(\.cue) == ["told", "told"])
        #expect(Set(found.map(\.sentence)).count == 1)
    }

    @Test func confirmedToAnOutletGivesTheOutletTheStatementToo() throws {
        let found = try fixture.attributions("Harbor Freight Lines confirmed to The Record that the attack began in May.")
        #expect(found.map(\.source) == ["Harbor Freight Lines", "The Record"])
        #expect(found.last?.kind == .media)
    }

    @Test func pronounRefersToTheNearestPersonBeforeIt() throws {
        let found = try fixture.attributions(
            "Ransomware payments fell last year, Chainwatch researcher Tomas Adler told Reuters. "
                + "“Victims are finally refusing to pay,” he said.")
        let pronoun = try #require(found.first { $0.mention == "he" })
        #expect(pronoun.source == "Tomas Adler")
        #expect(pronoun.kind == .person)
    }

    @Test func theMagazineRefersToTheNearestMagazine() throws {
        let found = try fixture.attributions(
            "The leak exposed 80,000 records, CPO Magazine reports. "
                + "Harlow CTO Ines Marek told the magazine that the bucket had been public for a year.")
        let description = try #require(found.first { $0.mention == "the magazine" })
        #expect(description.source == "CPO Magazine")
        #expect(description.kind == .media)
    }

    @Test func theAllianceRefersToTheNamedAlliance() throws {
        let found = try fixture.attributions(
            "The Open Routers Alliance filed a complaint on Monday. The alliance said the rules were unlawful.")
        #expect(found.first { $0.mention == "The alliance" }?.source == "Open Routers Alliance")
    }

    @Test func theFilingRefersToTheFilingNamedBefore() throws {
        let found = try fixture.attributions(
            "The Justice Department said in its filing that the app posed no risk. "
                + "Users, the filing added, would not face penalties.")
        #expect(found.map(\.source) == ["Justice Department", "Justice Department filing"])
        #expect(found.last?.kind == .document)
    }

    @Test func surnameTakesTheFullestNameInTheDocument() throws {
        let found = try fixture.attributions(
            "County Judge Elena Vasquez said letters went out on Monday. Vasquez said the county would pay for monitoring.")
        #expect(found.map(\.source) == ["Elena Vasquez", "Elena Vasquez"])
    }

    @Test func unnamedSourcesKeepOneNameWithinADocument() throws {
        let found = try fixture.attributions(
            "Two sources familiar with the matter said the deal was close. One of the sources said talks would end Friday.")
        #expect(found.map(\.source) == ["sources familiar with the matter", "sources familiar with the matter"])
        #expect(found.map(\.mention) == ["Two sources familiar with the matter", "One of the sources"])
    }

    @Test func expertsAreAnUnnamedSource() throws {
        let found = try fixture.attributions("Experts warned that the flaw would be exploited within days.")
        #expect(found.map(\.source) == ["Experts"])
    }

    @Test func aliasesMapToTheCanonicalOutletName() throws {
        let found = try fixture.attributions(
            "The ban starts Sunday, AP reports. The store fixed the flaw last month, CPO reports.")
        #expect(found.map(\.source) == ["Associated Press", "CPO Magazine"])
    }

    @Test func shortFormOfAnOrganizationIsSpelledOut() throws {
        let found = try fixture.attributions(
            "A Fed spokesperson, who asked not to be named, told The Columbus Dispatch that the review had begun.")
        #expect(found.map(\.source) == ["Federal Reserve spokesperson", "Columbus Dispatch"])
    }

    @Test func entityLabelFromAnEarlierStageDecidesTheKind() throws {
        let text = "Blue Heron said the outage was over."
        let withoutEntities = try fixture.attributions(text)
        let withEntities = try fixture.attributions(text, entities: [("Blue Heron", "ORG")])
        #expect(withoutEntities.first?.kind == .person)
        #expect(withEntities.first?.kind == .organization)
    }

    @Test func personEntityAfterManyOthersLetsAPronounReferToTheName() throws {
        let text = "Brackwater Mills, Ferrovale Bank, Tidemark Foods, Glenhollow Press and Quillon Energy signed "
            + "the pact on Monday. Later, Okonkwo met reporters. She said the pact would hold."
        let organizations = ["Brackwater Mills", "Ferrovale Bank", "Tidemark Foods", "Glenhollow Press", "Quillon Energy"]
        let found = try fixture.attributions(text, entities: organizations.map { ($0, "ORG") } + [("Okonkwo", "PERSON")])
        #expect(found.map(\.mention) == ["She"])
        #expect(found.map(\.source) == ["Okonkwo"])
        #expect(found.first?.kind == .person)
    }
}
