import EnrichCore
import EnrichKeywords
import Foundation
import Testing

@Suite struct KeywordExtractorTests {
    static let portStory = """
        Dockworkers strike at Harborview port

        Dockworkers at the Harborview port walked out on Monday, the union said. The strike halted \
        cargo ships at every berth. Harborview's managers said the strike would cost millions. \
        Striking dockworkers want a new pay deal, and the port's cranes stood idle. \
        Shipping companies diverted cargo to other ports.
        """

    @Test func variantsOfAWordAreOneKeyword() throws {
        let keywords = try Fixtures.keywords(Self.portStory, limit: 20)
        let dockworkerForms = keywords.filter { ["dockworkers", "dockworker"].contains($0.text.lowercased()) }
        let portForms = keywords.filter { ["port", "ports", "port's"].contains($0.text.lowercased()) }
        #expect(dockworkerForms.count == 1)
        #expect(portForms.count == 1)
    }

    @Test func possessiveIsDroppedFromTheKeyword() throws {
        let keywords = try Fixtures.keywords(Self.portStory, limit: 20).map(\.text)
        #expect(keywords.contains("Harborview") || keywords.contains { $0.hasPrefix("Harborview ") })
        #expect(!keywords.contains { $0.hasSuffix("'s") })
    }

    @Test func aWordSeenOnlyInsideAPhraseGivesWayToThePhrase() throws {
        let text = """
            Quorvane Systems unveils drone

            Quorvane Systems showed a delivery drone in Oslo on Tuesday. Investors cheered as \
            Quorvane Systems shares rose. Analysts expect Quorvane Systems to sell the drone next year.
            """
        let keywords = try Fixtures.keywords(text).map(\.text)
        #expect(keywords.contains("Quorvane Systems"))
        #expect(!keywords.contains("Quorvane"))
        #expect(!keywords.contains("Systems"))
    }

    @Test func scoresLieInTheUnitRangeBestFirst() throws {
        let keywords = try Fixtures.keywords(Self.portStory)
        #expect(!keywords.isEmpty)
        #expect(keywords.allSatisfy { (0...1).contains($0.score) })
        #expect(keywords.map(\.score) == keywords.map(\.score).sorted(by: >))
        #expect(keywords.first?.score == 1)
    }

    @Test func aRareWordOutranksACommonWordOfTheSameFrequency() throws {
        let text = """
            The people and the desalination plant

            The people of the town voted on the desalination plant. Many people backed the \
            desalination plan. Some people feared the desalination costs.
            """
        let keywords = try Fixtures.keywords(text, limit: 20).map { $0.text.lowercased() }
        let rare = try #require(keywords.firstIndex(of: "desalination"))
        let common = keywords.firstIndex(of: "people") ?? keywords.count
        #expect(rare < common)
    }

    @Test func stopwordsAndContractionsAreNeverKeywords() throws {
        let text = """
            "We don't know what they're doing," the mayor said of the council. "They've said \
            nothing about the budget." The council's budget vote is due on Friday.
            """
        let keywords = try Fixtures.keywords(text, limit: 30).map { $0.text.lowercased() }
        for word in ["don't", "they're", "they've", "said", "the", "what", "nothing"] {
            #expect(!keywords.contains(word))
        }
    }

    @Test func namedEntitiesFromAnEarlierStageAreBoosted() throws {
        let text = """
            Talks resume in the capital

            Stevedores met negotiators for Veltria Freight on Monday. Stevedores want higher pay, \
            the stevedores' union said. Stevedores in other ports backed the stevedores here. \
            Veltria Freight said the talks would go on.
            """
        let extractor = KeywordExtractor(lexicon: Fixtures.lexicon)
        var document = try Fixtures.document(text)
        let plain = extractor.keywords(of: document, limit: 10).map(\.keyword)
        let name = try #require(text.range(of: "Veltria Freight"))
        let start = text.utf8.distance(from: text.startIndex, to: name.lowerBound)
        document.entities = [Entity(range: TextRange(start: start, end: start + "Veltria Freight".utf8.count), label: "ORG")]
        let boosted = extractor.keywords(of: document, limit: 10).map(\.keyword)
        let before = try #require(plain.first { $0.text == "Veltria Freight" })
        let after = try #require(boosted.first { $0.text == "Veltria Freight" })
        #expect(after.score > before.score)
    }
}
