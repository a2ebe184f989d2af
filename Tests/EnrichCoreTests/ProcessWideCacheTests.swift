import Testing

@testable import EnrichCore

/// Shared values are built once per key, and a failed build is not remembered.
@Suite struct ProcessWideCacheTests {
    private struct BuildFailed: Error {}

    @Test func buildsEachKeyOnce() {
        let cache = ProcessWideCache<String, Int>()
        var builds = 0
        let first = cache.value(for: "en") { builds += 1; return 7 }
        let second = cache.value(for: "en") { builds += 1; return 8 }
        #expect(first == 7 && second == 7)
        #expect(builds == 1)
    }

    @Test func keepsKeysApart() {
        let cache = ProcessWideCache<String, Int>()
        _ = cache.value(for: "en") { 1 }
        #expect(cache.value(for: "de") { 2 } == 2)
    }

    @Test func aFailedBuildIsTriedAgain() throws {
        let cache = ProcessWideCache<String, Int>()
        #expect(throws: BuildFailed.self) { try cache.value(for: "en") { () throws(BuildFailed) -> Int in throw BuildFailed() } }
        #expect(cache.value(for: "en") { 3 } == 3)
    }
}
