/// Links a later mention of a person by one of their names ("Doe" after "Jane Doe") to the full
/// mention's id, within one document: the surname (last word) of every PERSON of two or more
/// words is remembered, and a later capitalized word with the same normalized form that is not
/// already part of a longer entity becomes a PERSON with that id. A one-word list match there
/// ("Lincoln" the city after "Abraham Lincoln") gives way to the person.
///
/// `known` carries the people of earlier articles of the same input document (a digest), so a
/// surname alone in a later article links too; with `remember` (a later article follows), it
/// gains this document's people.
struct ShortMentionLinker {
    /// `entities` with the short mentions among the `ruleStarts` of `tokens` (`MatchTokenList`) linked.
    func link(_ entities: [Candidate], tokens: [MatchToken], ruleStarts: [Int32], text: UnsafeBufferPointer<UInt8>,
              known: inout KnownPeople, remember: Bool) -> [Candidate] {
        // This document's people by surname key, the first of each: a few at most, so a list.
        var local: [(key: UInt64, candidate: Candidate, after: Int)] = []
        for entity in entities where entity.label == .person && entity.tokenCount >= 2 {
            let key = tokens[entity.last].wordKey
            if known[key] == nil, !local.contains(where: { $0.key == key }) {
                if local.isEmpty { local.reserveCapacity(8) }
                local.append((key, entity, entity.end))
            }
        }
        if remember {
            for person in local { known.rememberIfAbsent(person.key, person.candidate, tokens: tokens, text: text) }
        }
        guard !known.isEmpty || !local.isEmpty else { return entities }
        // A token inside an entity of two or more tokens stays as it is.
        var coverage = CoverageCursor(entities, minimumTokens: 2)
        var result = entities
        for ruleStart in ruleStarts where tokens[Int(ruleStart)].isName && !coverage.covers(Int(ruleStart)) {
            let index = Int(ruleStart)
            let token = tokens[index]
            let key = token.wordKey
            // `local` holds only surnames `known` does not.
            let full: Candidate
            if let person = local.first(where: { $0.key == key }) {
                guard token.start >= person.after else { continue }
                full = person.candidate
            } else if let remembered = known[key] {
                full = remembered
            } else {
                continue
            }
            let linked = Candidate(first: index, last: index, start: token.start, end: token.stemEnd,
                                   label: .person, entry: full.entry, localID: full.localID, origin: .pattern)
            let existing = coverage.startingHere
            if existing >= 0 {
                if result[existing].origin != .numeric, result[existing].label != .person {
                    result[existing] = linked
                }
            } else {
                result.append(linked)
            }
        }
        // `entities` come sorted by start (and never overlap): only appended ones need placing.
        return result.count == entities.count ? result : result.sorted { $0.start < $1.start }
    }
}
