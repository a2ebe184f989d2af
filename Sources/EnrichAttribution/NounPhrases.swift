/// Finding the noun phrase that names a source on either side of a cue, on tokens only: names are
/// runs of capitalized words, descriptions end in a source noun of the lexicon.
extension DocumentView {
    /// The mention that ends at token `end` and starts no earlier than `lowerBound`.
    func nounPhrase(endingAt end: Int, from lowerBound: Int) -> Mention? {
        guard end >= lowerBound, end < count else { return nil }
        if isAbbreviationPeriod(end), let name = nameEnding(at: end - 1, from: lowerBound) {
            return Mention(tokens: name.lowerBound..<(end + 1), form: .name)
        }
        guard tokens[end].kind == .word else { return nil }
        let wordClass = classes[end]
        let acronym = shapes[end] == .upper && tokens[end].range.count > 1
        if wordClass.contains(.speakerPronoun) && !acronym { return nil }
        if !wordClass.isDisjoint(with: .sourcePronoun) && !possessive[end] && !acronym {
            return Mention(tokens: end..<(end + 1), form: .pronoun)
        }
        if isCapitalized(end) {
            guard let name = nameEnding(at: end, from: lowerBound) else { return nil }
            if name.count == 1 || (name.count == 2 && keys[name.lowerBound] == SourceGazetteer.the),
               !wordClass.isDisjoint(with: .sourceNoun) {
                return descriptionEnding(at: end, from: lowerBound)
            }
            return Mention(tokens: name, form: .name)
        }
        if shapes[end] == .lower && !wordClass.isDisjoint(with: .sourceNoun) && !possessive[end] {
            return descriptionEnding(at: end, from: lowerBound)
        }
        if shapes[end] == .lower && isModifier(end) && end - 1 >= lowerBound && shapes[end - 1] == .lower
            && isSourceNoun(end - 1) && !classes[end - 1].contains(.unnamedSource) {
            let base = descriptionEnding(at: end - 1, from: lowerBound)
            return Mention(tokens: base.tokens.lowerBound..<(end + 1), form: base.form)
        }
        return postModifiedDescription(endingAt: end, from: lowerBound)
    }

    /// "a spokesperson for the bank", "an official at Acme": an unnamed source of the
    /// organization `mention` names, or `mention` itself.
    func withRepresentative(_ mention: Mention?, from lowerBound: Int) -> Mention? {
        guard let mention, mention.form != .pronoun else { return mention }
        let link = mention.tokens.lowerBound - 1
        guard link - 1 >= lowerBound, let key = keys[link], Self.representativeLinks.contains(key),
              classes[link - 1].contains(.unnamedSource), !possessive[link - 1] else { return mention }
        let representative = descriptionEnding(at: link - 1, from: lowerBound)
        return Mention(tokens: representative.tokens.lowerBound..<mention.tokens.upperBound,
                       form: .description(head: link - 1))
    }

    /// The subject of the cue verb at `verb`: the mention before it, past adverbs ("also",
    /// "has"), an appositive (", an Australian news site,") or a relative clause (", who asked
    /// not to be named,").
    func subject(of verb: Int) -> Mention? {
        let first = sentenceStart[sentenceOf[verb]]
        var end = verb - 1
        while end >= first && classes[end].contains(.adverb) { end -= 1 }
        guard end >= first, !classes[end].contains(.negation) else { return nil }
        if let mention = nounPhrase(endingAt: end, from: first) { return withRepresentative(mention, from: first) }
        if isByte(end, 0x2C), let mention = beforeAppositive(endingAt: end, from: first) { return mention }
        return beforeRelativeClause(endingAt: end, from: first)
    }

    /// True when the token before `verb` (past adverbs) closes a quotation or a clause, so the
    /// subject may follow the verb ("…,” said Smith).
    func mayHaveInvertedSubject(_ verb: Int) -> Bool {
        var before = verb - 1
        while before >= 0 && classes[before].contains(.adverb) { before -= 1 }
        guard before >= 0, sentenceOf[before] == sentenceOf[verb] || closesQuote(before) else {
            return true
        }
        return isByte(before, 0x2C) || closesQuote(before) || isByte(before, 0x3A)
    }

    /// The mention that starts at `start` and ends before `limit`: a name, a pronoun or a
    /// description, with its determiner. A name followed by a noun ("EU privacy rules") modifies
    /// that noun and is no mention, unless the phrase is a clause's subject (a verb follows it).
    func nounPhrase(startingAt start: Int, before limit: Int, isSubject: Bool = false) -> Mention? {
        var index = start
        guard index < limit, tokens[index].kind == .word else { return nil }
        let acronym = shapes[index] == .upper && tokens[index].range.count > 1
        if classes[index].contains(.speakerPronoun) && !acronym { return nil }
        if !classes[index].isDisjoint(with: .sourcePronoun) && classes[index].isDisjoint(with: .determiner) && !acronym {
            return possessive[index] ? nil : Mention(tokens: index..<(index + 1), form: .pronoun)
        }
        if classes[index].contains(.determiner) || (classes[index].contains(.possessive) && !isCapitalized(index)) {
            index += 1
            if index + 1 < limit && keys[index] == Self.of && classes[index + 1].contains(.determiner) {
                index += 2
            }
        }
        var adjectives = 0
        while index < limit && shapes[index] == .lower && isModifier(index) && !isSourceNoun(index) && adjectives < 3 {
            index += 1
            adjectives += 1
        }
        guard index < limit, tokens[index].kind == .word else { return nil }
        if isCapitalized(index) && !classes[index].contains(.functionWord) {
            let name = nameStarting(at: index, before: limit)
            var head = name.upperBound - 1
            if possessive[head] || (head + 1 < limit && shapes[head + 1] == .lower && isSourceNoun(head + 1)) {
                var next = head + 1
                while next < limit && shapes[next] == .lower && isModifier(next) && !isSourceNoun(next)
                    && next - head < 3 {
                    next += 1
                }
                guard next < limit && isSourceNoun(next) else {
                    return possessive[head] ? nil : Mention(tokens: start..<name.upperBound, form: .name)
                }
                head = next
                while head + 1 < limit && shapes[head + 1] == .lower && isSourceNoun(head + 1) { head += 1 }
                return Mention(tokens: start..<postModifierEnd(after: head, before: limit), form: .description(head: head))
            }
            if adjectives > 0 { return nil }
            if !isSubject && name.upperBound < limit && shapes[name.upperBound] == .lower && isModifier(name.upperBound) {
                return nil
            }
            return Mention(tokens: start..<name.upperBound, form: .name)
        }
        guard shapes[index] == .lower && isSourceNoun(index) else { return nil }
        var head = index
        while head + 1 < limit && shapes[head + 1] == .lower && isSourceNoun(head + 1) { head += 1 }
        return Mention(tokens: start..<postModifierEnd(after: head, before: limit), form: .description(head: head))
    }

    // MARK: - Names

    /// The capitalized name that ends at `end`: capitalized words joined by connectors ("of"),
    /// hyphens and abbreviation periods, with a leading "the"; nil when `end` cannot end a name.
    func nameEnding(at end: Int, from lowerBound: Int) -> Range<Int>? {
        guard end >= lowerBound, isNameWord(end) else { return nil }
        var start = end
        while start - 1 >= lowerBound {
            let previous = start - 1
            if isNameWord(previous) && !possessive[previous] && !startsQuotation(at: start) {
                start = previous
            } else if previous - 1 >= lowerBound && isNameWord(previous - 1) && !possessive[previous - 1]
                        && (classes[previous].contains(.nameConnector) || isAttachedJoiner(previous)) {
                start = previous - 1
            } else {
                break
            }
        }
        if start - 1 >= lowerBound && keys[start - 1] == SourceGazetteer.the { start -= 1 }
        return start..<(end + 1)
    }

    /// The capitalized name that starts at `start` (see `nameEnding`).
    func nameStarting(at start: Int, before limit: Int) -> Range<Int> {
        var end = start
        while end + 1 < limit && !possessive[end] {
            let next = end + 1
            if isNameWord(next) && !lineBreakBefore[next] {
                end = next
            } else if next + 1 < limit && isNameWord(next + 1)
                        && (classes[next].contains(.nameConnector) || isAttachedJoiner(next)) {
                end = next + 1
            } else if isAbbreviationPeriod(next) && (next + 1 == limit || !isNameWord(next + 1)) {
                end = next
                break
            } else {
                break
            }
        }
        return start..<(end + 1)
    }

    /// A capitalized word that can be part of a name (not a capitalized function word).
    func isNameWord(_ index: Int) -> Bool {
        guard tokens[index].kind == .word || tokens[index].kind == .number else { return false }
        if tokens[index].kind == .number { return false }
        guard isCapitalized(index), !classes[index].contains(.calendarName) else { return false }
        return classes[index].isDisjoint(with: [.functionWord, .determiner])
            || (shapes[index] == .upper && tokens[index].range.count > 1)
    }

    /// A period glued to an abbreviation ("U.S.", "Jr.", "Inc.").
    func isAbbreviationPeriod(_ index: Int) -> Bool {
        guard index > 0, isByte(index, 0x2E), tokens[index].range.start == tokens[index - 1].range.end,
              isCapitalized(index - 1) else { return false }
        let word = tokens[index - 1].range
        if word.count <= 3 { return true }
        for offset in word.start..<word.end where utf8[offset] == 0x2E { return true }
        return false
    }

    /// A hyphen or period glued to the words on both sides ("Journal-Constitution", "U.S. News").
    private func isAttachedJoiner(_ index: Int) -> Bool {
        guard index > 0 && index + 1 < count else { return false }
        if isAbbreviationPeriod(index) { return true }
        return isByte(index, 0x2D) && tokens[index].range.start == tokens[index - 1].range.end
            && tokens[index].range.end == tokens[index + 1].range.start
    }

    private func startsQuotation(at index: Int) -> Bool {
        index > 0 && opensQuote(index - 1)
    }

    // MARK: - Descriptions

    private func isSourceNoun(_ index: Int) -> Bool {
        !classes[index].isDisjoint(with: .sourceNoun) && !possessive[index]
    }

    /// A lower-case word that may modify a noun: not a function word, a cue or a time word.
    private func isModifier(_ index: Int) -> Bool {
        tokens[index].kind == .word && classes[index].isDisjoint(with: [.functionWord, .time, .postModifier])
            && !possessive[index]
    }

    /// The description whose head noun is `head`, with its modifiers and determiner.
    private func descriptionEnding(at head: Int, from lowerBound: Int) -> Mention {
        var start = head
        while start - 1 >= lowerBound {
            let previous = start - 1
            if classes[previous].contains(.determiner) || classes[previous].contains(.possessive) {
                start = previous
                if previous - 2 >= lowerBound && keys[previous - 1] == Self.of
                    && classes[previous - 2].contains(.determiner) {
                    start = previous - 2
                }
                break
            }
            if possessive[previous] || isNameWord(previous) || isAbbreviationPeriod(previous) {
                start = previous
            } else if shapes[previous] == .lower && isModifier(previous) && head - previous <= 3 {
                start = previous
            } else {
                break
            }
        }
        return Mention(tokens: start..<(head + 1), form: .description(head: head))
    }

    /// "two sources familiar with the matter", "people close to the case", found from its last word.
    private func postModifiedDescription(endingAt end: Int, from lowerBound: Int) -> Mention? {
        var index = end - 1
        while index >= max(lowerBound, end - 7) {
            if tokens[index].kind != .word { return nil }
            if classes[index].contains(.unnamedSource) && !possessive[index] && startsPostModifier(index + 1) {
                let base = descriptionEnding(at: index, from: lowerBound)
                return Mention(tokens: base.tokens.lowerBound..<(end + 1), form: .description(head: index))
            }
            index -= 1
        }
        return nil
    }

    /// True when a post-modifier ("familiar with", "close to", "with knowledge of") starts at `index`.
    private func startsPostModifier(_ index: Int) -> Bool {
        guard index < count else { return false }
        if classes[index].contains(.postModifier) { return true }
        return keys[index] == Self.with && index + 1 < count && classes[index + 1].contains(.postModifier)
    }

    /// Where the post-modifier after `head` ends ("… familiar with the matter"), or just after `head`.
    private func postModifierEnd(after head: Int, before limit: Int) -> Int {
        guard classes[head].contains(.unnamedSource), startsPostModifier(head + 1) else { return head + 1 }
        var end = head + 1
        while end < limit && end - head <= 6 && tokens[end].kind == .word && !classes[end].contains(.relative)
                && keys[end] != Self.that {
            end += 1
        }
        return end
    }

    /// The mention before an appositive that ends at the comma `comma` ("ITWire, an Australian
    /// news website, reported").
    private func beforeAppositive(endingAt comma: Int, from lowerBound: Int) -> Mention? {
        var index = comma - 1
        while index > lowerBound && comma - index <= 16 {
            if isByte(index, 0x2C) {
                let opening = index + 1
                if opening < comma, isNameWord(opening), let name = nounPhrase(endingAt: comma - 1, from: opening),
                   name.form == .name, name.tokens.lowerBound == opening {
                    return name
                }
                guard opening < comma, classes[opening].contains(.determiner) || classes[opening].contains(.relative)
                        || shapes[opening] == .lower else { return nil }
                return nounPhrase(endingAt: index - 1, from: lowerBound)
            }
            if closesQuote(index) || opensQuote(index) { return nil }
            index -= 1
        }
        return nil
    }

    /// The mention before a relative clause ending at `end` ("an official who asked not to be named").
    private func beforeRelativeClause(endingAt end: Int, from lowerBound: Int) -> Mention? {
        var index = end
        while index > lowerBound && end - index <= 15 {
            if classes[index].contains(.relative) {
                var before = index - 1
                if isByte(before, 0x2C) { before -= 1 }
                return withRepresentative(nounPhrase(endingAt: before, from: lowerBound), from: lowerBound)
            }
            if closesQuote(index) || opensQuote(index) || isByte(index, 0x3B) { return nil }
            index -= 1
        }
        return nil
    }

    static let representativeLinks = ["for", "of", "at", "with"].compactMap { PackedWord($0) }
    static let of = PackedWord("of")!
    static let with = PackedWord("with")!
    static let that = PackedWord("that")!
}
