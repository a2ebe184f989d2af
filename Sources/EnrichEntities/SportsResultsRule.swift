/// Teams named after places, in sports results: a place followed on its line by a score or a
/// table of numbers ("Hillford 3 Lowmere 1", "Hillford 4 2 1 1 6 3 7"), or standing either side
/// of "v"/"vs" ("Hillford v Lowmere") or of a result verb ("Hillford beat Lowmere"), is the team,
/// an ORG. A capitalized name no list holds that
/// starts such a line of numbers, or stands between two scores ("... 1 Brackwater 0"), is a team too; so is the place before a capital "AT" in a
/// fixture list (the venue after it stays a place). Once a place is a team in a document, its other
/// mentions there are the team too, except in a dateline. Countries stay places: national teams are
/// named by their country, as in CoNLL-2003. Dates ("Hillford 2024-05-01", a dateline) are not scores.
struct SportsResultsRule {
    /// Whether gazetteer entity `entry` is a country (stays a place).
    let isCountry: (Int) -> Bool

    /// `entities` with places that are teams relabelled, and the unlisted teams starting at the
    /// `ruleStarts` of `tokens` (`MatchTokenList`) added.
    func apply(_ entities: [Candidate], tokens: [MatchToken], ruleStarts: [Int32],
               text: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var result = entities
        var teams = Set<Int>()
        for index in result.indices where isPlace(result[index]) {
            let entity = result[index]
            if isFollowedByScore(entity.last, tokens: tokens, text: text) || isVersus(entity, tokens: tokens, text: text)
                || isScheduled(index, in: result, tokens: tokens, text: text) || isBesideResultVerb(entity, tokens: tokens) {
                if let entry = entity.entry, !isCountry(entry) { teams.insert(entry) }
            }
        }
        for index in result.indices where isPlace(result[index]) {
            let entity = result[index]
            guard let entry = entity.entry, teams.contains(entry), !isDateline(entity, tokens: tokens, text: text) else { continue }
            result[index].label = .org
            result[index].entry = nil
            result[index].localID = .tokens(first: entity.first, last: entity.last)
        }
        // Asked in token order, about the entities found so far (the teams added below come after).
        var coverage = CoverageCursor(result)
        // Where the search resumes after a run of name words.
        var resume = 0
        for ruleStart in ruleStarts {
            let index = Int(ruleStart)
            guard index >= resume, tokens[index].isName, !tokens[index].wordClass.contains(.commonWord) else { continue }
            let startsLine = index == 0 || tokens[index].shape.contains(.lineBreakBefore)
            let afterScore = index > 0 && !startsLine && isBareNumber(tokens[index - 1])
                && tokens[index].shape.contains(.spaceBefore)
            guard startsLine || afterScore, !coverage.covers(index) else { continue }
            var last = index
            while last + 1 < tokens.count, !coverage.covers(last + 1), tokens[last + 1].isName,
                !tokens[last + 1].shape.contains(.lineBreakBefore) {
                last += 1
            }
            let scoreFollows = last + 1 < tokens.count && isBareNumber(tokens[last + 1])
                && tokens[last + 1].shape.contains(.spaceBefore) && !tokens[last + 1].shape.contains(.lineBreakBefore)
            if startsLine ? numbersFollowing(last, tokens: tokens) >= 3 : scoreFollows {
                result.append(Candidate(first: index, last: last, start: tokens[index].start, end: tokens[last].end,
                                        label: .org, entry: nil,
                                        localID: .tokens(first: index, last: last), origin: .pattern))
            }
            resume = last + 1
        }
        // `entities` come sorted by start (and never overlap): only appended ones need placing.
        return result.count == entities.count ? result : result.sorted { $0.start < $1.start }
    }

    private func isFollowedByScore(_ last: Int, tokens: [MatchToken], text: UnsafeBufferPointer<UInt8>) -> Bool {
        let next = last + 1
        guard next < tokens.count, tokens[next].shape.contains(.number), !tokens[next].shape.contains(.word),
            tokens[next].shape.contains(.spaceBefore), !tokens[next].shape.contains(.lineBreakBefore)
        else { return false }
        if next + 1 < tokens.count, !tokens[next + 1].shape.contains(.spaceBefore),
            text[tokens[next + 1].start] == UInt8(ascii: "-") || text[tokens[next + 1].start] == UInt8(ascii: "/") {
            return tokens[next].end - tokens[next].start < 4 && numbersFollowing(last, tokens: tokens) >= 2
        }
        return true
    }

    private func isBareNumber(_ token: MatchToken) -> Bool {
        token.shape.contains(.number) && !token.shape.contains(.word)
    }

    /// How many number tokens follow `last` on its line before any word.
    private func numbersFollowing(_ last: Int, tokens: [MatchToken]) -> Int {
        var count = 0
        var index = last + 1
        while index < tokens.count, !tokens[index].shape.contains(.lineBreakBefore), !tokens[index].shape.contains(.word) {
            if tokens[index].shape.contains(.number) { count += 1 }
            index += 1
        }
        return count
    }

    private func isVersus(_ entity: Candidate, tokens: [MatchToken], text: UnsafeBufferPointer<UInt8>) -> Bool {
        func isV(_ index: Int) -> Bool {
            guard index >= 0, index < tokens.count else { return false }
            let token = tokens[index]
            let length = token.end - token.start
            guard length == 1 || length == 2, text[token.start] | 0x20 == UInt8(ascii: "v") else { return false }
            return length == 1 || text[token.start + 1] | 0x20 == UInt8(ascii: "s")
        }
        let after = entity.last + 1 < tokens.count && tokens[entity.last + 1].shape.contains(.period) ? entity.last + 2 : entity.last + 1
        if isV(after), after + 1 < tokens.count, tokens[after + 1].isName { return true }
        var before = entity.first - 1
        if before >= 0, tokens[before].shape.contains(.period) { before -= 1 }
        return isV(before) && tokens[before].shape.contains(.spaceBefore) || isV(before) && before == 0
    }

    private static let resultVerbs = NameKeyTable(words: ["beat", "beats", "defeated", "thrashed", "routed",
                                                          "edged", "drew", "overcame", "outclassed"])

    /// "Hillford beat Lowmere": a place right before or after a verb of a match result.
    private func isBesideResultVerb(_ entity: Candidate, tokens: [MatchToken]) -> Bool {
        func isVerb(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && !tokens[index].shape.contains(.capitalized)
                && SportsResultsRule.resultVerbs.contains(tokens[index].key)
        }
        return isVerb(entity.last + 1) || isVerb(entity.first - 1)
    }

    private func isPlace(_ entity: Candidate) -> Bool {
        entity.origin == .gazetteer && (entity.label == .gpe || entity.label == .loc)
    }

    /// "HILLFORD AT LOWMERE": the visiting team before a capital "AT" and the venue (a fixture list).
    private func isScheduled(_ index: Int, in entities: [Candidate], tokens: [MatchToken],
                             text: UnsafeBufferPointer<UInt8>) -> Bool {
        func isAt(_ token: Int) -> Bool {
            token >= 0 && token < tokens.count && tokens[token].end - tokens[token].start == 2
                && text[tokens[token].start] == UInt8(ascii: "A") && text[tokens[token].start + 1] == UInt8(ascii: "T")
        }
        let entity = entities[index]
        if index + 1 < entities.count, isAt(entity.last + 1), entities[index + 1].first == entity.last + 2,
            isPlace(entities[index + 1]) {
            return true
        }
        return false
    }

    /// A place that starts its line and is followed by a comma or a date: "HILLFORD, Westshire 2024-05-01".
    private func isDateline(_ entity: Candidate, tokens: [MatchToken], text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard entity.first == 0 || tokens[entity.first].shape.contains(.lineBreakBefore) else { return false }
        let next = entity.last + 1
        guard next < tokens.count, !tokens[next].shape.contains(.lineBreakBefore) else { return false }
        return text[tokens[next].start] == UInt8(ascii: ",")
            || (tokens[next].shape.contains(.number) && !isFollowedByScore(entity.last, tokens: tokens, text: text))
    }
}
