import EnrichCore

/// Finds the attributions of one document: cue verbs with their subject (before or after the
/// verb) and, for "told", the outlet that heard it; "according to X"; "citing X"; and the digest
/// frames "X: “…”" and "From a Reuters article: …".
struct AttributionFinder {
    private let view: DocumentView
    private let quotedSentences: AttributionStage.QuotedSentences
    private let lexicon: Lexicon
    private var resolver: SourceResolver
    private var found: [Attribution] = []

    init(view: DocumentView, lexicon: Lexicon, gazetteer: SourceGazetteer, quotedSentences: AttributionStage.QuotedSentences) {
        self.view = view
        self.quotedSentences = quotedSentences
        self.lexicon = lexicon
        resolver = SourceResolver(view: view, lexicon: lexicon, gazetteer: gazetteer)
    }

    /// Every attribution in the document, by the position of its mention.
    mutating func attributions() -> [Attribution] {
        found.reserveCapacity(view.count / 16)
        for start in view.ruleStarts {
            let index = Int(start)
            // Only words have classes: a rule start without a cue or frame class is a colon.
            let wordClass = view.classes[index]
            if wordClass.isDisjoint(with: [.cue, .frameWord]) {
                speakerFrame(colon: index)
                continue
            }
            let key = view.keys[index]
            if wordClass.contains(.cue), let cue = lexicon.cue(key) {
                cueVerb(at: index, cue)
            } else if key == Self.according && index + 1 < view.count && view.keys[index + 1] == Self.to {
                named(after: index + 2, cue: index..<(index + 2), text: "according to", accept: { _ in true })
            } else if key == Self.citing {
                let view = view
                named(after: index + 1, cue: index..<(index + 1), text: "citing", accept: { mention in
                    if case .description(let head) = mention.form {
                        return !view.classes[head].isDisjoint(with: [.unnamedSource, .documentNoun])
                    }
                    return mention.form == .name
                })
            } else if key == Self.from {
                outletFrame(from: index)
            }
        }
        let inOrder: (Attribution, Attribution) -> Bool = { ($0.range.start, $0.sentence) < ($1.range.start, $1.sentence) }
        for position in found.indices.dropFirst() where inOrder(found[position], found[position - 1]) {
            return found.sorted(by: inOrder)
        }
        return found
    }

    // MARK: - Cue verbs

    private mutating func cueVerb(at verb: Int, _ cue: CueVerb) {
        if view.isCapitalized(verb) && !view.isHeadline(verb) { return }
        if view.quoted[verb] { return }
        let end = view.sentenceEnd(verb)
        let next = verb + 1
        if next + 1 < end && view.keys[next] == Self.by && cue.form == .finite && cue.family != .evidence
            && verb > 0 && !view.classes[verb - 1].isDisjoint(with: [.passive, .adverb, .phraseBoundary]) {
            agent(of: verb, after: next + 1, before: end)
            return
        }
        if verb > 0 && view.classes[verb - 1].contains(.passive) { return }
        let toOutlet = recipientOutlet(after: verb, before: end)
        if toOutlet == nil && next < end && view.keys[next] == Self.to && cue.needsOutletAfterTo {
            return
        }
        if cue.ambiguousNoun && next < end && (Self.nounFollowers.contains(view.keys[next])
                                               || lexicon.cue(view.keys[next]) != nil) { return }
        let mention: Mention?
        switch cue.form {
        case .participle:
            mention = participleSubject(verb)
        case .finite:
            mention = view.subject(of: verb)
                ?? (cue.family != .tell && view.mayHaveInvertedSubject(verb) ? view.nounPhrase(startingAt: next, before: end) : nil)
        }
        guard let mention else { return }
        let inverted = mention.tokens.lowerBound > verb
        let medium = cueMedium(after: inverted ? mention.tokens.upperBound - 1 : verb, before: end)
        switch cue.family {
        case .assertion:
            guard inverted || hasComplement(verb, cue, after: medium?.end ?? toOutlet?.mention.upperBound ?? next,
                                            before: end) else { return }
        case .evidence:
            guard isEvidence(mention, after: next, before: end) else { return }
        case .speech, .tell:
            break
        }
        var outlet = toOutlet
        if cue.family == .tell && !inverted {
            if isDirective(after: next, before: end) { return }
            if let object = view.nounPhrase(startingAt: next, before: end), let resolved = resolver.resolve(object),
               resolved.kind == .media || (object.form == .name && isOutletShaped(object, resolved)) {
                outlet = resolved
                outlet?.kind = .media
            }
        }
        if cue.namesOutletAfterFor && next + 1 < end && view.keys[next] == Self.for,
           let object = view.nounPhrase(startingAt: next + 1, before: end),
           let resolved = resolver.resolve(object), resolved.kind == .media {
            outlet = resolved
        }
        guard let source = resolver.resolve(mention) else { return }
        var cueText = cue.word
        var cueTokens = verb..<(verb + 1)
        if let medium {
            cueText += " " + view.text(medium.tokens).lowercased()
            if !inverted { cueTokens = verb..<medium.tokens.upperBound }
            if view.classes[medium.noun].contains(.documentNoun) && source.kind == .organization {
                resolver.noteDocument(source.source + " " + view.text(medium.noun..<(medium.noun + 1)),
                                      head: view.keys[medium.noun], at: medium.noun)
            }
        }
        let lastCueToken = max((medium?.end ?? next) - 1, outlet.map { $0.mention.upperBound - 1 } ?? 0)
        let sentence = statementSentence(afterCue: lastCueToken)
        let around = min(mention.tokens.lowerBound, verb)..<max(mention.tokens.upperBound, lastCueToken + 1)
        let sentences = statementSentences(sentence, around: around)
        emit(source, cue: cueText, cueTokens: cueTokens, sentences: sentences)
        if let outlet { emit(outlet, cue: cueText, cueTokens: cueTokens, sentences: sentences) }
        if mention.form == .name, source.kind == .person {
            if let partner = coordinatedPerson(before: mention.tokens.lowerBound) {
                emit(partner, cue: cueText, cueTokens: cueTokens, sentences: sentences)
            }
            if let employer = outletOwning(mention.tokens.lowerBound) {
                emit(employer, cue: cueText, cueTokens: cueTokens, sentences: sentences)
            }
        }
    }

    /// "as first reported by Bloomberg": the agent of a passive cue is the source.
    private mutating func agent(of verb: Int, after start: Int, before end: Int) {
        guard let mention = view.nounPhrase(startingAt: start, before: end), mention.form != .pronoun,
              let source = resolver.resolve(mention) else { return }
        emit(source, cue: view.text(verb..<(verb + 1)).lowercased() + " by", cueTokens: verb..<start,
             sentence: view.sentenceOf[verb])
    }

    /// "confirmed to The Record that …", "said to Reuters": the outlet a statement was made to.
    private func recipientOutlet(after verb: Int, before end: Int) -> ResolvedSource? {
        let to = verb + 1
        guard to + 1 < end, view.keys[to] == Self.to, view.isNameWord(to + 1) || view.keys[to + 1] == SourceGazetteer.the,
              let object = view.nounPhrase(startingAt: to + 1, before: end), object.form == .name else { return nil }
        let resolved = resolver.classifyName(object.tokens)
        guard resolved.kind == .media || isOutletShaped(object, resolved) else { return nil }
        var outlet = resolved
        outlet.kind = .media
        return outlet
    }

    /// "told the company to expect": a directive, not a statement.
    private func isDirective(after start: Int, before end: Int) -> Bool {
        var index = start
        while index + 1 < end && index < start + 7 && view.tokens[index].kind == .word {
            if view.keys[index] == DocumentView.that { return false }
            if view.keys[index] == Self.to && view.shapes[index + 1] == .lower { return true }
            index += 1
        }
        return false
    }

    /// An unknown name told something, introduced by "The" ("told The Columbus Dispatch") or
    /// ending in a press word: an outlet.
    private func isOutletShaped(_ object: Mention, _ resolved: ResolvedSource) -> Bool {
        guard resolved.kind == .organization else { return false }
        return view.keys[object.tokens.lowerBound] == SourceGazetteer.the
            || view.classes[object.tokens.upperBound - 1].contains(.mediaWord)
    }

    /// The subject of "…, claiming …": the subject of the main clause, after an opening
    /// adverbial ("In a notice issued Friday, …"), or the name in apposition to it.
    private func participleSubject(_ verb: Int) -> Mention? {
        var before = verb - 1
        while before >= 0 && view.classes[before].contains(.adverb) { before -= 1 }
        guard before >= 0, view.isByte(before, 0x2C) else { return nil }
        let first = view.sentenceStart[view.sentenceOf[verb]]
        var start = first
        while start < verb && view.tokens[start].kind == .punctuation { start += 1 }
        guard start < verb else { return nil }
        if view.classes[start].contains(.phraseBoundary) {
            while start < verb && !view.isByte(start, 0x2C) { start += 1 }
            start += 1
        }
        guard start < before, let subject = view.nounPhrase(startingAt: start, before: before, isSubject: true) else { return nil }
        let after = subject.tokens.upperBound
        if case .description = subject.form, view.isByte(after, 0x2C), after + 1 < before, view.isNameWord(after + 1) {
            let name = view.nameStarting(at: after + 1, before: before)
            if view.isByte(name.upperBound, 0x2C) { return Mention(tokens: name, form: .name) }
        }
        return subject
    }

    /// "in a statement", "in its filing" after a cue (past time words): part of the cue.
    private func cueMedium(after index: Int, before end: Int) -> (tokens: Range<Int>, noun: Int, end: Int)? {
        var start = skipTime(from: index + 1, before: end)
        guard start + 2 < end, view.keys[start] == Self.in,
              !view.classes[start + 1].isDisjoint(with: [.determiner, .possessive]) else { return nil }
        var noun = start + 2
        while noun < end && noun <= start + 4 && !view.classes[noun].contains(.cueMedium) {
            guard view.tokens[noun].kind == .word || view.isByte(noun, 0x2D) else { return nil }
            noun += 1
        }
        guard noun < end && view.classes[noun].contains(.cueMedium) else { return nil }
        while noun + 1 < end && view.classes[noun + 1].contains(.cueMedium) { noun += 1 }
        let mediumEnd = noun + 1
        let after = skipTime(from: mediumEnd, before: end)
        start = min(start, mediumEnd)
        return (start..<mediumEnd, noun, after)
    }

    /// An assertion verb ("added", "warned", "announced") attributes only when a statement
    /// follows it ("that", a colon, a quotation) or when it closes one (", the filing added,").
    private func hasComplement(_ verb: Int, _ cue: CueVerb, after start: Int, before end: Int) -> Bool {
        let index = skipTime(from: start, before: end)
        if index >= end { return true }
        if view.keys[index] == DocumentView.that || view.isByte(index, 0x3A) || view.opensQuote(index) { return true }
        if view.isByte(index, 0x2C) || view.isByte(index, 0x2E) || view.isByte(index, 0x3B) { return true }
        if cue.takesDelayedComplement {
            var look = index
            while look < min(end, index + 6) && view.tokens[look].kind == .word {
                if view.keys[look] == DocumentView.that || view.keys[look] == Self.to { return true }
                look += 1
            }
        }
        return false
    }

    /// "found", "showed", "suggests" attribute only with a document as subject ("the study
    /// found"), or "they"/"it" before a statement ("what they found: …").
    private func isEvidence(_ mention: Mention, after start: Int, before end: Int) -> Bool {
        switch mention.form {
        case .description(let head):
            return view.classes[head].contains(.documentNoun)
        case .pronoun:
            let index = skipTime(from: start, before: end)
            return index < end && (view.isByte(index, 0x3A) || view.keys[index] == DocumentView.that)
        case .name:
            return false
        }
    }

    /// "Ars Technica’s Dan Goodin writes": the outlet a journalist writes for.
    private func outletOwning(_ start: Int) -> ResolvedSource? {
        let owner = start - 1
        guard owner >= 0, view.possessive[owner],
              let name = view.nameEnding(at: owner, from: view.sentenceStart[view.sentenceOf[owner]]) else { return nil }
        let resolved = resolver.classifyName(name)
        return resolved.kind == .media ? resolved : nil
    }

    /// "Alice Smith and Bob Jones report": the first person of a pair of names.
    private mutating func coordinatedPerson(before start: Int) -> ResolvedSource? {
        guard start >= 2, view.keys[start - 1] == Self.and,
              let name = view.nameEnding(at: start - 2, from: view.sentenceStart[view.sentenceOf[start]]),
              let resolved = resolver.resolve(Mention(tokens: name, form: .name)), resolved.kind == .person
        else { return nil }
        return resolved
    }

    // MARK: - Frames

    /// "according to X", "citing X": the mention after the cue.
    private mutating func named(after start: Int, cue: Range<Int>, text: String, accept: (Mention) -> Bool) {
        let end = view.sentenceEnd(cue.lowerBound)
        guard start < end, let mention = view.nounPhrase(startingAt: start, before: end), accept(mention),
              let source = resolver.resolve(mention) else { return }
        emit(source, cue: text, cueTokens: cue, sentence: view.sentenceOf[cue.lowerBound])
    }

    /// "From a Reuters article: …", "… quotes a report from The Hill: …": an outlet before a colon
    /// that introduces the excerpt.
    private mutating func outletFrame(from index: Int) {
        let end = view.sentenceEnd(index)
        var colon = index + 1
        while colon < end && colon <= index + 8 && !view.isByte(colon, 0x3A) {
            if view.tokens[colon].kind == .punctuation && !view.isAbbreviationPeriod(colon) { return }
            colon += 1
        }
        guard colon < end || (colon == end && colon < view.count && view.isByte(colon, 0x3A)),
              colon < view.count, view.isByte(colon, 0x3A),
              let mention = view.nounPhrase(startingAt: index + 1, before: colon),
              let source = resolver.resolve(mention), source.kind == .media else { return }
        emit(source, cue: view.text(index..<(index + 1)).lowercased(), cueTokens: index..<(index + 1),
             sentence: statementSentence(afterCue: colon))
    }

    /// "Smith: “…”": a name opening a line or sentence, a colon, then a quotation.
    private mutating func speakerFrame(colon: Int) {
        guard colon > 0, view.opensQuote(colon + 1) else { return }
        let first = view.sentenceStart[view.sentenceOf[colon]]
        guard let mention = view.nounPhrase(endingAt: colon - 1, from: first), mention.form == .name,
              view.startsClause(mention.tokens.lowerBound) || view.keys[mention.tokens.lowerBound] == SourceGazetteer.the,
              let source = resolver.resolve(mention) else { return }
        emit(source, cue: ":", cueTokens: colon..<(colon + 1),
             sentences: statementSentences(view.sentenceOf[colon + 1], around: mention.tokens.lowerBound..<(colon + 1)))
    }

    // MARK: - Statements

    /// The sentence a cue attributes: its own, or the next one when the cue ends its sentence
    /// with a colon ("X reports:" on a line of its own).
    private func statementSentence(afterCue last: Int) -> Int {
        let sentence = view.sentenceOf[min(last, view.count - 1)]
        let next = last + 1
        let colon = next < view.count && view.isByte(next, 0x3A) ? next : (view.isByte(last, 0x3A) ? last : nil)
        guard let colon else { return sentence }
        let after = colon + 1
        if after >= view.count { return sentence }
        if view.sentenceOf[after] != view.sentenceOf[colon] || view.lineBreakBefore[after] {
            return view.sentenceOf[after]
        }
        return sentence
    }

    /// The sentences of the statement a cue at `around` attributes in sentence `sentence`: with
    /// `each-sentence`, also every sentence of a quotation that closes just before the cue, opens
    /// just after it, or follows it as a continuation at the start of the next sentence.
    private func statementSentences(_ sentence: Int, around cue: Range<Int>) -> ClosedRange<Int> {
        guard quotedSentences == .each else { return sentence...sentence }
        var first = sentence
        var last = sentence
        for quotation in view.quotations(near: cue) {
            let close = quotation.upperBound - 1
            if close < cue.lowerBound && close >= cue.lowerBound - 3 && view.sentenceOf[close] == sentence {
                first = min(first, view.sentenceOf[quotation.lowerBound])
            }
            if quotation.lowerBound >= cue.upperBound && quotation.lowerBound <= cue.upperBound + 2 {
                last = max(last, view.sentenceOf[close])
            }
        }
        while last + 1 < view.sentenceStart.count {
            let start = view.sentenceStart[last + 1]
            guard start < view.count, view.opensQuote(start), !view.isParagraphBreak(before: start),
                  let quotation = view.quotations(near: start..<(start + 1)).first(where: { $0.lowerBound == start })
            else { break }
            last = max(last + 1, view.sentenceOf[quotation.upperBound - 1])
        }
        return first...last
    }

    private mutating func emit(_ source: ResolvedSource, cue: String, cueTokens: Range<Int>, sentences: ClosedRange<Int>) {
        for sentence in sentences { emit(source, cue: cue, cueTokens: cueTokens, sentence: sentence) }
    }

    private mutating func emit(_ source: ResolvedSource, cue: String, cueTokens: Range<Int>, sentence: Int) {
        let range = view.span(source.mention)
        for position in max(0, found.count - 16)..<found.count
        where found[position].sentence == sentence && found[position].range.overlaps(range) {
            return
        }
        found.append(Attribution(range: range, source: source.source, cue: cue, kind: source.kind,
                                 sentence: sentence, sourceID: source.id, cueRange: view.span(cueTokens)))
    }

    private func skipTime(from start: Int, before end: Int) -> Int {
        var index = start
        while index < end && index < start + 5 {
            let wordClass = view.classes[index]
            if wordClass.contains(.time) || view.tokens[index].kind == .number || Self.timeLinks.contains(view.keys[index])
                || (wordClass.contains(.adverb) && !view.isCapitalized(index)) {
                index += 1
            } else if view.isByte(index, 0x2C) && index + 1 < end && view.tokens[index + 1].kind == .number {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    private static let according = PackedWord("according")!
    private static let to = PackedWord("to")!
    private static let citing = PackedWord("citing")!
    private static let from = PackedWord("from")!
    private static let `for` = PackedWord("for")!
    private static let by = PackedWord("by")!
    private static let and = PackedWord("and")!
    private static let `in` = PackedWord("in")!
    /// Words that follow "reports" or "claims" used as nouns ("reports or cases", "claims of").
    private static let nounFollowers: [PackedWord?] =
        ["or", "and", "of", "from", "about", "by", "were", "are", "was", "is", "have", "had", "with", "to"]
            .map { PackedWord($0) }
    /// Words that join a cue to a time ("said on Friday", "reported this week").
    private static let timeLinks: [PackedWord?] = ["on", "this", "early", "late", "last"].map { PackedWord($0) }
}
