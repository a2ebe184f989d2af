/// Acronyms no list holds. A name followed by a bracketed acronym defines it ("Westshire Rowing
/// Union (WRU)"): that acronym, there and anywhere else in the document, is the same entity with
/// the same label and id. Any other unlisted all-capital word of 2 to 6 letters outside a line of
/// capitals, not a title ("CEO") or a common word, is taken for an organization ("the WRU said").
struct AcronymRule {
    /// `entities` with the acronyms among the `ruleStarts` of `tokens` (`MatchTokenList`) added.
    func apply(_ entities: [Candidate], tokens: [MatchToken], ruleStarts: [Int32],
               text: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var defined: [UInt64: Candidate] = [:]
        for entity in entities where entity.tokenCount >= 2 && entity.origin != .numeric {
            let open = entity.last + 1, acronym = entity.last + 2, close = entity.last + 3
            guard close < tokens.count, text[tokens[open].start] == UInt8(ascii: "("),
                text[tokens[close].start] == UInt8(ascii: ")"), isAcronym(tokens[acronym], text),
                !entities.contains(where: { $0.first <= acronym && acronym <= $0.last })
            else { continue }
            defined[tokens[acronym].key] = entity
        }
        var result = entities
        var coverage = CoverageCursor(entities)
        for ruleStart in ruleStarts where isAcronym(tokens[Int(ruleStart)], text) && !coverage.covers(Int(ruleStart)) {
            let index = Int(ruleStart)
            let token = tokens[index]
            if let definition = defined[token.key] {
                result.append(Candidate(first: index, last: index, start: token.start, end: token.end,
                                        label: definition.label, entry: definition.entry,
                                        localID: definition.localID, origin: .pattern))
            } else if !token.shape.contains(.allCapsContext), token.wordClass.isDisjoint(with: [.title, .commonWord]) {
                result.append(Candidate(first: index, last: index, start: token.start, end: token.end, label: .org,
                                        entry: nil, localID: .tokens(first: index, last: index),
                                        origin: .pattern))
            }
        }
        // `entities` come sorted by start (and never overlap): only appended ones need placing.
        return result.count == entities.count ? result : result.sorted { $0.start < $1.start }
    }

    private func isAcronym(_ token: MatchToken, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.shape.intersection([.word, .allCaps, .initial]) == [.word, .allCaps] else { return false }
        let length = token.end - token.start
        let first = text[token.start]
        return length >= 2 && length <= 6 && first >= 0x41 && first <= 0x5A && token.stemHash == nil
    }
}
