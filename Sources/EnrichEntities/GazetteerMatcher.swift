/// Finds gazetteer names in a document: at every token, the longest run of tokens whose
/// normalized bytes (one space for any whitespace) are a stored name and whose surface passes
/// `CasePolicy`. Extension stops as soon as the run is not a prefix of any stored name.
struct GazetteerMatcher {
    let gazetteer: CompiledGazetteer
    /// Names longer than this many tokens are not looked for.
    let maximumTokens = 12

    /// Adds the longest accepted match at each token to `accepted`, and to `guarded` a longer
    /// match the common-word guard refused only for where it stands (sentence start, line of
    /// capitals): it counts when the same entity is found elsewhere in the document. Only tokens
    /// marked `startsListedName` are tried (their first lookup is made with the word lists'), found
    /// among the `ruleStarts` (`MatchTokenList`).
    func candidates(in tokens: [MatchToken], ruleStarts: [Int32], accepted: inout [Candidate],
                    guarded: inout [Candidate]) {
        let spaceHash: NameHash = {
            var hash = NameHash()
            hash.append(UInt8(ascii: " "))
            return hash
        }()
        for ruleStart in ruleStarts where tokens[Int(ruleStart)].shape.contains(.startsListedName) {
            let first = Int(ruleStart)
            var running = NameHash()
            var best: Candidate?
            var bestGuarded: Candidate?
            var last = first
            while last < tokens.count, last - first < maximumTokens {
                let token = tokens[last]
                if last > first {
                    if token.shape.contains(.lineBreakBefore) { break }
                    if token.shape.contains(.spaceBefore) { running.append(spaceHash) }
                }
                if let stem = token.stemHash {
                    var possessive = running
                    possessive.append(stem)
                    if let hit = gazetteer.name(possessive.key), let entry = hit.entry {
                        consider(first: first, last: last, end: token.stemEnd, entry: entry, flags: hit.flags,
                                 tokens: tokens, best: &best, guarded: &bestGuarded)
                    }
                }
                running.append(token.hash)
                guard let hit = gazetteer.name(running.key) else { break }
                if let entry = hit.entry {
                    consider(first: first, last: last, end: token.end, entry: entry, flags: hit.flags,
                             tokens: tokens, best: &best, guarded: &bestGuarded)
                }
                last += 1
            }
            if let best { accepted.append(best) }
            if let bestGuarded, best.map({ $0.last < bestGuarded.last }) ?? true { guarded.append(bestGuarded) }
        }
    }

    /// Names start with a capital or a digit, or with a small letter the list writes so ("eBay").
    @inline(__always)
    static func mayStartName(_ token: MatchToken) -> Bool {
        token.shape.contains(.capitalized) || token.shape.contains(.number)
            || (token.shape.contains(.word) && token.wordClass.contains(.lowerNameStart))
    }

    private func consider(
        first: Int, last: Int, end: Int, entry: Int, flags: NameFlags, tokens: [MatchToken],
        best: inout Candidate?, guarded: inout Candidate?
    ) {
        let stored = gazetteer.entry(entry)
        var start = tokens[first].start
        var firstToken = first
        if stored.flags.contains(.includesThe), first > 0, tokens[first - 1].shape.contains(.the),
            tokens[first].shape.contains(.spaceBefore) {
            start = tokens[first - 1].start
            firstToken = first - 1
        }
        let candidate = Candidate(first: firstToken, last: last, start: start, end: end, label: stored.label,
                                  entry: entry, localID: .none, origin: .gazetteer)
        switch CasePolicy.judge(tokens: tokens, first: first, last: last, flags: flags) {
        case .accept: best = candidate
        case .guarded: guarded = candidate
        case .reject: break
        }
    }
}
