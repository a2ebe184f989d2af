/// Links a later mention of a person by one of their names ("Doe" after "Jane Doe") to the full
/// mention's id, within one document: the surname (last word) of every PERSON of two or more
/// words is remembered, and a later capitalized word with the same normalized form that is not
/// already part of a longer entity becomes a PERSON with that id. A one-word list match there
/// ("Lincoln" the city after "Abraham Lincoln") gives way to the person.
///
/// `known` carries the people of earlier articles of the same input document (a digest), so a
/// surname alone in a later article links too; it gains this document's people.
struct ShortMentionLinker {
    func link(_ entities: [Candidate], tokens: [MatchToken], known: inout [UInt64: Candidate]) -> [Candidate] {
        var surnames: [UInt64: (candidate: Candidate, after: Int)] = known.mapValues { ($0, 0) }
        for entity in entities where entity.label == .person && entity.tokenCount >= 2 {
            let key = (tokens[entity.last].stemHash ?? tokens[entity.last].hash).key
            if surnames[key] == nil { surnames[key] = (entity, entity.end) }
            if known[key] == nil { known[key] = entity }
        }
        guard !surnames.isEmpty else { return entities }
        var byStart: [Int: Int] = [:]
        for (index, entity) in entities.enumerated() { byStart[entity.first] = index }
        var result = entities
        var covered = [Bool](repeating: false, count: tokens.count)
        for entity in entities where entity.tokenCount > 1 {
            for index in entity.first...entity.last { covered[index] = true }
        }
        for index in tokens.indices where !covered[index] && tokens[index].isName {
            let token = tokens[index]
            guard let (full, after) = surnames[(token.stemHash ?? token.hash).key], token.start >= after else { continue }
            let linked = Candidate(first: index, last: index, start: token.start, end: token.stemEnd,
                                   label: .person, entry: full.entry, localID: full.localID, origin: .pattern)
            if let existing = byStart[index] {
                if result[existing].origin != .numeric, result[existing].label != .person {
                    result[existing] = linked
                }
            } else {
                result.append(linked)
            }
        }
        return result.sorted { $0.start < $1.start }
    }
}
