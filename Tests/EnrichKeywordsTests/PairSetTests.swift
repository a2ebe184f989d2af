@testable import EnrichKeywords
import Testing

/// The set of neighbour pairs behind `TermScores`' diversity: a bit per pair for small
/// documents, a hash table for large ones, the same answers either way.
@Suite struct PairSetTests {
    /// Inserts `pairs` into a set emptied for codes below `side`; returns which were new.
    private static func newness(side: Int, _ pairs: [(Int, Int)]) -> [Bool] {
        var set = PairSet()
        set.removeAll(side: side, expectedCount: pairs.count)
        return pairs.map { set.insert($0.0, $0.1) }
    }

    @Test func aPairIsNewOnlyTheFirstTime() {
        #expect(Self.newness(side: 40, [(3, 7), (3, 7), (3, 8)]) == [true, false, true])
    }

    @Test func aPairAndItsReverseAreDifferentPairs() {
        #expect(Self.newness(side: 40, [(3, 7), (7, 3)]) == [true, true])
    }

    @Test func aLargeDocumentsPairsAreTrackedTheSameWayInATable() {
        let side = 4_000
        #expect(side * side > PairSet.bitLimit)
        #expect(Self.newness(side: side, [(3_999, 0), (0, 3_999), (3_999, 0)]) == [true, true, false])
    }

    @Test func emptyingTheSetForgetsEveryPair() {
        var set = PairSet()
        set.removeAll(side: 10, expectedCount: 4)
        _ = set.insert(2, 5)
        set.removeAll(side: 10, expectedCount: 4)
        let isNew = set.insert(2, 5)
        #expect(isNew)
    }
}
