/// Names no list holds, found by their shape:
///
/// - title: a title or role word, then capitalized words → PERSON ("CTO Jane Doe", "analyst John Roe");
/// - first name: a listed given name, then capitalized words → PERSON ("Priya Okafor");
/// - organization head: capitalized words ending in a head word, or a head word, "of" and
///   capitalized words → ORG ("Acme Users Alliance", "Ministry of Fisheries", "Acme Inc.").
///
/// None of them fire in a line of capitals, where casing says nothing; in a title-case headline
/// an organization name does not reach back over ordinary words ("Members of Nine Threat Group").
struct NamePatterns {
    /// Words of a person's name after the first, at most.
    let maximumNameWords = 3

    /// The pattern names starting at the `ruleStarts` of `tokens` (`MatchTokenList`).
    func candidates(in tokens: [MatchToken], ruleStarts: [Int32], text: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var found: [Candidate] = []
        found.reserveCapacity(tokens.count / 16 + 4)
        // Every pattern starts at a capitalized word but the title one, which may start at a
        // small-letter title ("analyst"): one test of the shape and word classes skips the rest.
        let patternStarts: MatchToken.Shape = [.word, .capitalized]
        for ruleStart in ruleStarts {
            let index = Int(ruleStart)
            let token = tokens[index]
            guard token.shape.intersection([.word, .capitalized, .allCapsContext]) == patternStarts
                || (token.shape.intersection([.word, .allCapsContext]) == .word && token.wordClass.contains(.title))
            else { continue }
            if token.wordClass.contains(.title), let name = personAfterTitle(tokens, title: index) {
                found.append(person(tokens, name.first, name.last, text: text))
            }
            if token.wordClass.contains(.firstName), let last = personFromFirstName(tokens, first: index) {
                found.append(person(tokens, index, last, text: text))
            }
            if token.shape.contains(.initial), let last = personFromInitials(tokens, first: index) {
                found.append(person(tokens, index, last, text: text))
            }
            if token.isName, let last = personBeforeCountry(tokens, first: index, text: text) {
                found.append(person(tokens, index, last, text: text))
            }
            if token.wordClass.contains(.organizationHead), token.isName,
                let organization = organization(tokens, head: index) {
                found.append(Candidate(
                    first: organization.first, last: organization.last, start: tokens[organization.first].start,
                    end: tokens[organization.last].end, label: .org, entry: nil,
                    localID: .tokens(first: organization.first, last: organization.last), origin: .pattern))
            }
        }
        return found
    }

    /// A name word: capitalized, not a title or organization head.
    private func isNameWord(_ token: MatchToken) -> Bool {
        token.isName && !token.shape.contains(.allCapsContext)
            && token.wordClass.isDisjoint(with: [.title, .organizationHead])
    }

    private func personAfterTitle(_ tokens: [MatchToken], title: Int) -> (first: Int, last: Int)? {
        var first = title + 1
        if first < tokens.count, tokens[first].shape.contains(.period), !tokens[first].shape.contains(.spaceBefore) {
            first += 1
        }
        guard first < tokens.count, tokens[first].shape.contains(.spaceBefore), isNameWord(tokens[first]) else {
            return nil
        }
        let firstClass = tokens[first].wordClass
        guard !firstClass.contains(.commonWord) || firstClass.contains(.firstName) else { return nil }
        return (first, extendName(tokens, from: first))
    }

    private func personFromFirstName(_ tokens: [MatchToken], first: Int) -> Int? {
        let token = tokens[first]
        guard token.isName, !token.shape.contains(.allCaps), !token.wordClass.contains(.title) else { return nil }
        if token.wordClass.contains(.commonWord), token.shape.contains(.sentenceInitial) { return nil }
        let next = first + 1
        guard next < tokens.count, tokens[next].shape.contains(.spaceBefore),
            isNameWord(tokens[next]) || tokens[next].shape.contains(.initial)
        else { return nil }
        if token.wordClass.contains(.commonWord), tokens[next].wordClass.contains(.commonWord) { return nil }
        let last = extendName(tokens, from: first)
        return last > first ? last : nil
    }

    /// Two to four capitalized words, none of them ordinary words, then a bracketed capitalized
    /// name, in results lists: "Dana Brightwater (Norway)" → the last name word.
    private func personBeforeCountry(_ tokens: [MatchToken], first: Int, text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard first == 0 || !tokens[first - 1].isName || tokens[first].shape.contains(.lineBreakBefore) else { return nil }
        var last = first
        while last < tokens.count, last - first < 4, isNameWord(tokens[last]), !tokens[last].shape.contains(.allCaps),
            !tokens[last].wordClass.contains(.commonWord),
            last == first || (tokens[last].shape.contains(.spaceBefore) && !tokens[last].shape.contains(.lineBreakBefore)) {
            last += 1
        }
        last -= 1
        let open = last + 1
        guard last > first, open + 2 < tokens.count, text[tokens[open].start] == UInt8(ascii: "("),
            tokens[open + 1].isName
        else { return nil }
        var close = open + 2
        while close < tokens.count, close - open <= 4, text[tokens[close].start] != UInt8(ascii: ")") {
            guard tokens[close].isName || tokens[close].shape.contains(.period) else { return nil }
            close += 1
        }
        return close < tokens.count && text[tokens[close].start] == UInt8(ascii: ")") ? last : nil
    }

    /// Initials, then a capitalized word: "J. Doe", "J.R. Roe", "A.de Vries" → the last token.
    private func personFromInitials(_ tokens: [MatchToken], first: Int) -> Int? {
        if first > 0, tokens[first - 1].shape.contains(.initial), !tokens[first].shape.contains(.lineBreakBefore) {
            return nil
        }
        var index = first
        while index + 1 < tokens.count, tokens[index + 1].shape.contains(.initial),
            !tokens[index + 1].shape.contains(.lineBreakBefore) {
            index += 1
        }
        guard index + 1 < tokens.count, !tokens[index + 1].shape.contains(.lineBreakBefore) else { return nil }
        var next = index + 1
        if tokens[next].shape.contains(.connector), !tokens[next].shape.contains(.spaceBefore), next + 1 < tokens.count {
            next += 1
        }
        guard isNameWord(tokens[next]) else { return nil }
        return extendName(tokens, from: next)
    }

    /// The last token of a name starting at `from`: further capitalized words or initials on the line.
    private func extendName(_ tokens: [MatchToken], from: Int) -> Int {
        var last = from
        while last + 1 < tokens.count, last - from < maximumNameWords {
            if isHyphenJoin(tokens, after: last) {
                last += 2
                continue
            }
            let next = tokens[last + 1]
            guard next.shape.contains(.spaceBefore), !next.shape.contains(.lineBreakBefore),
                isNameWord(next) || next.shape.contains(.initial)
            else { break }
            last += 1
        }
        while last > from, tokens[last].shape.contains(.initial) { last -= 1 }
        return last
    }

    /// A hyphen and a capitalized word written tight after `index` ("Okafor-Reyes").
    private func isHyphenJoin(_ tokens: [MatchToken], after index: Int) -> Bool {
        guard index + 2 < tokens.count else { return false }
        let hyphen = tokens[index + 1], word = tokens[index + 2]
        return !hyphen.shape.contains(.spaceBefore) && !word.shape.contains(.spaceBefore)
            && hyphen.end - hyphen.start == 1 && hyphen.hash == NamePatterns.hyphenHash && isNameWord(word)
    }

    private static let hyphenHash: NameHash = {
        var hash = NameHash()
        hash.append(UInt8(ascii: "-"))
        return hash
    }()

    private func organization(_ tokens: [MatchToken], head: Int) -> (first: Int, last: Int)? {
        var last = head
        if head + 1 < tokens.count, tokens[head + 1].shape.contains(.period),
            !tokens[head + 1].shape.contains(.spaceBefore), tokens[head].end - tokens[head].start <= 4,
            !tokens[head].wordClass.contains(.commonWord) {
            last = head + 1
        }
        var first = head
        var index = head - 1
        while index >= 0 {
            let token = tokens[index]
            let after = tokens[index + 1]
            guard after.shape.contains(.spaceBefore), !after.shape.contains(.lineBreakBefore) else { break }
            if token.isName, !token.shape.contains(.allCapsContext), !token.wordClass.contains(.title),
                !(token.shape.contains(.titleCaseLine) && token.wordClass.contains(.commonWord)) {
                first = index
            } else if !isAnd(token) {
                break
            }
            index -= 1
        }
        while first < head, tokens[first].shape.contains(.sentenceInitial) || tokens[first].shape.contains(.the),
            tokens[first].wordClass.contains(.commonWord) || tokens[first].shape.contains(.the) {
            first += 1
            while first < head, isAnd(tokens[first]) { first += 1 }
        }
        var hasOfTail = false
        if head + 2 < tokens.count, last == head, isOf(tokens[head + 1]), tokens[head + 2].isName,
            tokens[head + 1].shape.contains(.spaceBefore) {
            last = head + 2
            hasOfTail = true
            while last + 1 < tokens.count, !tokens[last + 1].shape.contains(.lineBreakBefore),
                tokens[last + 1].shape.contains(.spaceBefore),
                tokens[last + 1].isName || (tokens[last + 1].shape.contains(.connector) && last + 2 < tokens.count
                    && tokens[last + 2].isName && !isOf(tokens[last + 1])) {
                last += 1
            }
        }
        return first < head || hasOfTail ? (first, last) : nil
    }

    /// "and" or "&", the only connectors before a head word ("Smith & Wesson Group").
    private func isAnd(_ token: MatchToken) -> Bool {
        token.shape.contains(.connector) && (token.end - token.start == 1 || token.end - token.start == 3)
            && !token.shape.contains(.the)
    }

    private func isOf(_ token: MatchToken) -> Bool {
        token.shape.contains(.connector) && token.end - token.start == 2
    }

    private func person(_ tokens: [MatchToken], _ first: Int, _ last: Int, text: UnsafeBufferPointer<UInt8>) -> Candidate {
        Candidate(first: first, last: last, start: tokens[first].start, end: tokens[last].stemEnd, label: .person,
                  entry: nil, localID: .tokens(first: first, last: last), origin: .pattern)
    }

    /// "local:" and the mention's letters and digits in lower case, words joined by "-".
    func localID(_ tokens: [MatchToken], _ first: Int, _ last: Int, text: UnsafeBufferPointer<UInt8>) -> String {
        let start = tokens[first].start, end = tokens[last].stemEnd
        let prefix: StaticString = "local:"
        let prefixCount = prefix.utf8CodeUnitCount
        // A dash stands for a run of at least one other byte, so the id is never longer than this.
        return String(unsafeUninitializedCapacity: prefixCount + end - start) { id in
            let out = id.baseAddress!
            out.initialize(from: prefix.utf8Start, count: prefixCount)
            var count = prefixCount
            var pendingDash = false
            let bytes = text.baseAddress!
            var offset = start
            while offset < end {
                let byte = bytes[offset]
                offset &+= 1
                let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
                if lowered &- 0x61 < 26 || lowered &- 0x30 < 10 || lowered >= 0x80 {
                    if pendingDash {
                        out[count] = UInt8(ascii: "-")
                        count &+= 1
                    }
                    pendingDash = false
                    out[count] = lowered
                    count &+= 1
                } else if count > prefixCount {
                    pendingDash = true
                }
            }
            return count
        }
    }
}
