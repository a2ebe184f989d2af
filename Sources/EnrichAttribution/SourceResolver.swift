import EnrichCore

/// Turns mentions into sources: names through the gazetteer, the entities of an earlier stage and
/// the shape of the name; pronouns and definite descriptions through the sources named before
/// them; unnamed sources and documents through their description.
struct SourceResolver {
    let view: DocumentView
    let lexicon: Lexicon
    let gazetteer: SourceGazetteer
    /// Every source named in the document, in text order.
    private var referents: [Referent] = []
    /// Documents and unnamed sources met at cues, in text order.
    private var described: [Referent] = []
    /// The resolved sources that referents point to.
    private var sources: [ResolvedSource] = []
    /// How many referents a pronoun or description looks back over at most.
    private static let lookback = 400
    /// Full names of persons by their last word, so "Brinkley" becomes "Jason Brinkley"; spelled
    /// out only when a mention resolves to one.
    private var fullNames = WordMap<Spelling>()
    /// The first description of an unnamed source by head noun, so that "the sources" later on
    /// keeps the name "sources familiar with the matter".
    private var unnamedByHead = WordMap<String>()

    init(view: DocumentView, lexicon: Lexicon, gazetteer: SourceGazetteer) {
        self.view = view
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    /// Whether `collectNames` has run: it runs at the first cue, so documents without one cost nothing.
    private var namesCollected = false

    private mutating func collectNamesOnce() {
        guard !namesCollected else { return }
        namesCollected = true
        collectNames()
    }

    // MARK: - Resolving mentions

    /// The source a mention stands for, or nil when a pronoun or description has no antecedent
    /// that fits.
    mutating func resolve(_ mention: Mention) -> ResolvedSource? {
        collectNamesOnce()
        switch mention.form {
        case .pronoun:
            return resolvePronoun(at: mention.tokens.lowerBound)
        case .name:
            return classifyName(widened(mention.tokens))
        case .description(let head):
            return resolveDescription(mention.tokens, head: head)
        }
    }

    /// Records a document that a later "the filing" can refer to ("Justice Department filing").
    mutating func noteDocument(_ source: String, head: PackedWord?, at index: Int) {
        collectNamesOnce()
        let resolved = ResolvedSource(mention: index..<(index + 1), source: source, kind: .document)
        insert(referent(index..<(index + 1), resolved, head: head))
    }

    /// A referent for `resolved`, named at `tokens`.
    private mutating func referent(_ tokens: Range<Int>, _ resolved: ResolvedSource, head: PackedWord?,
                                   lastWord: PackedWord? = nil) -> Referent {
        sources.append(resolved)
        return Referent(tokens: tokens, kind: resolved.kind, outletClass: resolved.outletClass, head: head,
                        lastWord: lastWord ?? head ?? view.keys[tokens.upperBound - 1], source: sources.count - 1)
    }

    /// A referent for a name, spelled out only when a reference resolves to it.
    private func nameReferent(_ tokens: Range<Int>, kind: Attribution.Kind, outletClass: OutletClass?,
                              lastWord: PackedWord?) -> Referent {
        Referent(tokens: tokens, kind: kind, outletClass: outletClass, head: nil,
                 lastWord: lastWord ?? view.keys[tokens.upperBound - 1], source: nil)
    }

    private mutating func insert(_ referent: Referent) {
        var position = described.count
        while position > 0 && described[position - 1].tokens.lowerBound > referent.tokens.lowerBound {
            position -= 1
        }
        described.insert(referent, at: position)
    }

    private func resolvePronoun(at index: Int) -> ResolvedSource? {
        let wordClass = view.classes[index]
        let fits: (Referent) -> Bool
        if wordClass.contains(.personPronoun) {
            fits = { $0.kind == .person && $0.head == nil }
        } else if wordClass.contains(.thingPronoun) {
            fits = { $0.kind == .organization || $0.kind == .media }
        } else {
            fits = { $0.kind == .organization || ($0.head != nil && $0.kind != .document) }
        }
        guard var found = nearest(before: index, where: fits) else { return nil }
        found.mention = index..<(index + 1)
        return found
    }

    /// The nearest referent named before token `index` that satisfies `fits`.
    private func nearest(before index: Int, where fits: (Referent) -> Bool) -> ResolvedSource? {
        let named = Self.nearest(in: referents, before: index, where: fits)
        let other = Self.nearest(in: described, before: index, where: fits)
        guard let named else {
            guard let other else { return nil }
            return resolved(other)
        }
        guard let other else { return resolved(named) }
        return resolved(other.tokens.lowerBound > named.tokens.lowerBound ? other : named)
    }

    /// The source a referent stands for; a name is classified again from its tokens (cheaper
    /// than spelling out every name of the document in advance).
    private func resolved(_ referent: Referent) -> ResolvedSource {
        guard let index = referent.source else { return classifyName(referent.tokens) }
        return sources[index]
    }

    private static func nearest(in list: [Referent], before index: Int, where fits: (Referent) -> Bool) -> Referent? {
        var position = firstPosition(in: list, atOrAfter: index) - 1
        let stop = max(-1, position - lookback)
        while position > stop {
            if list[position].tokens.upperBound <= index && fits(list[position]) { return list[position] }
            position -= 1
        }
        return nil
    }

    /// The position of the first referent of `list` that starts at or after token `index`.
    private static func firstPosition(in list: [Referent], atOrAfter index: Int) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].tokens.lowerBound < index { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: - Names

    /// How a capitalized name reads, decided before anything is spelled out, so that collecting
    /// the names of a document builds no strings.
    private enum NameReading {
        /// A name of the gazetteer.
        case known(SourceGazetteer.Entry)
        /// A person: the words of the name past any title, and the position of its entity.
        case person(Range<Int>, entity: Int?)
        /// A person named by the fuller name the document uses elsewhere.
        case fullNamed(Spelling)
        /// Anything else, spelled as the words `name`.
        case named(Range<Int>, Attribution.Kind, entity: Int?)

        var kind: Attribution.Kind {
            switch self {
            case .known(let entry): entry.kind
            case .person, .fullNamed: .person
            case .named(_, let kind, _): kind
            }
        }

        var outletClass: OutletClass? {
            if case .known(let entry) = self { return entry.outletClass }
            return nil
        }
    }

    /// A capitalized name: gazetteer entry, entity label, title before a person's name, words
    /// that make it an organization or an outlet, or its shape.
    func classifyName(_ tokens: Range<Int>) -> ResolvedSource {
        spelled(reading(of: tokens), mention: tokens)
    }

    private func spelled(_ reading: NameReading, mention tokens: Range<Int>) -> ResolvedSource {
        switch reading {
        case .known(let entry):
            ResolvedSource(mention: tokens, source: entry.canonical, kind: entry.kind, outletClass: entry.outletClass)
        case .person(let person, let entity):
            ResolvedSource(mention: tokens, source: fullName(person), kind: .person, id: entity.flatMap { view.entities[$0].id })
        case .fullNamed(let full):
            ResolvedSource(mention: tokens, source: text(of: full), kind: .person)
        case .named(let name, let kind, let entity):
            ResolvedSource(mention: tokens, source: view.text(name), kind: kind, id: entity.flatMap { view.entities[$0].id })
        }
    }

    private func reading(of tokens: Range<Int>) -> NameReading {
        var searchFrom = 0
        return reading(of: tokens, entitiesFrom: &searchFrom)
    }

    /// `reading(of:)` for names read in text order, which search the entities from where the
    /// previous name's search ended (`DocumentView.entityIndex(overlapping:searchFrom:)`).
    private func reading(of tokens: Range<Int>, entitiesFrom searchFrom: inout Int) -> NameReading {
        var name = tokens
        if view.keys[name.lowerBound] == SourceGazetteer.the && name.count > 1 { name = (name.lowerBound + 1)..<name.upperBound }
        if let first = view.keys[name.lowerBound], first == SourceGazetteer.the || gazetteer.startsAlias(first),
           let entry = gazetteer.entry(exactly: view.keys[name]) {
            return .known(entry)
        }
        let entity = view.entityIndex(overlapping: name, searchFrom: &searchFrom)
        if let entity {
            if view.entities[entity].label == "PERSON" {
                return .person(personName(in: name) ?? name, entity: entity)
            }
            if Self.isInstitutionLabel(view.entities[entity].label) {
                return .named(name, hasWord(name, .mediaWord) && !hasWord(name, .organizationWord) ? .media : .organization,
                              entity: entity)
            }
        }
        if let person = personName(in: name) { return .person(person, entity: nil) }
        if view.classes[name.upperBound - 1].contains(.mediaWord) && !hasWord(name, .organizationWord) {
            return .named(name, .media, entity: nil)
        }
        if hasWord(name, .organizationWord) || hasWord(name, .mediaWord) { return .named(name, .organization, entity: nil) }
        if wordCount(name) == 1, let key = view.keys[name.lowerBound], let full = fullNames[key] { return .fullNamed(full) }
        if entity == nil && name == tokens && looksLikePersonName(name) { return .named(name, .person, entity: nil) }
        return .named(name, .organization, entity: nil)
    }

    /// True for the entity labels of organizations and places, which speak as organizations.
    private static func isInstitutionLabel(_ label: String) -> Bool {
        switch label {
        case "ORG", "GPE", "NORP", "FAC", "LOC": true
        default: false
        }
    }

    /// A name cut short at a word that cannot join names in general ("and") but does in a
    /// gazetteer name ("Securities and Exchange Commission"), widened to the gazetteer name.
    private func widened(_ name: Range<Int>) -> Range<Int> {
        var start = name.lowerBound
        while start >= max(0, name.lowerBound - 4) {
            // The longest alias from `start` ends with the name exactly when the words from
            // `start` to the name's end are an alias.
            if let key = view.keys[start], gazetteer.startsAlias(key), key != SourceGazetteer.the,
               gazetteer.entry(exactly: view.keys[start..<name.upperBound]) != nil {
                if start > 0 && start < name.lowerBound && view.keys[start - 1] == SourceGazetteer.the { return (start - 1)..<name.upperBound }
                return start..<name.upperBound
            }
            start -= 1
        }
        return name
    }

    /// The person's name after a title ("Commerce Secretary Wilbur Ross" → "Wilbur Ross").
    private func personName(in name: Range<Int>) -> Range<Int>? {
        var lastTitle: Int?
        for index in name where view.classes[index].contains(.title) { lastTitle = index }
        guard let lastTitle, lastTitle + 1 < name.upperBound else { return nil }
        let rest = (lastTitle + 1)..<name.upperBound
        guard !hasWord(rest, .organizationWord), !hasWord(rest, .mediaWord), view.isNameWord(rest.lowerBound) else {
            return nil
        }
        for index in rest where view.shapes[index] == .upper && view.tokens[index].range.count > 2 { return nil }
        return rest
    }

    /// Two to four capitalized words, none an acronym, outside a headline: a person's name.
    private func looksLikePersonName(_ name: Range<Int>) -> Bool {
        let words = wordCount(name)
        guard words >= 2 && words <= 4, !view.isHeadline(name.lowerBound) else { return false }
        for index in name where view.tokens[index].kind == .word {
            if view.shapes[index] == .upper && view.tokens[index].range.count > 2 { return false }
            if view.classes[index].contains(.nameConnector) { return false }
        }
        return true
    }

    /// The fullest form of a person's name used in the document.
    private func fullName(_ person: Range<Int>) -> String {
        if wordCount(person) == 1, let key = view.keys[person.lowerBound], let full = fullNames[key] { return text(of: full) }
        return view.text(person)
    }

    /// How a name is spelled, before it is spelled out.
    private enum Spelling {
        /// As the words of these tokens are written (`DocumentView.text`).
        case words(Range<Int>)
        /// A gazetteer's canonical name.
        case canonical(String)
    }

    private func text(of spelling: Spelling) -> String {
        switch spelling {
        case .words(let tokens): view.text(tokens)
        case .canonical(let name): name
        }
    }

    /// The spelling of the source a reading names: what `spelled` spells out.
    private func spelling(of reading: NameReading) -> Spelling {
        switch reading {
        case .known(let entry):
            return .canonical(entry.canonical)
        case .person(let person, _):
            if wordCount(person) == 1, let key = view.keys[person.lowerBound], let full = fullNames[key] { return full }
            return .words(person)
        case .fullNamed(let full):
            return full
        case .named(let name, _, _):
            return .words(name)
        }
    }

    private func wordCount(_ range: Range<Int>) -> Int {
        var words = 0
        for index in range where view.tokens[index].kind == .word { words += 1 }
        return words
    }

    private func hasWord(_ range: Range<Int>, _ wordClass: WordClass) -> Bool {
        for index in range where view.classes[index].contains(wordClass) { return true }
        return false
    }

    /// Collects the sources named in the document: gazetteer names and capitalized names, outside
    /// headline-style lines (where every word is capitalized) unless the gazetteer knows them.
    private mutating func collectNames() {
        var index = 0
        let count = view.count
        referents.reserveCapacity(count / 8)
        var sentence = -1
        var sentenceEnd = 0
        var entitySearch = 0
        for nameWord in view.nameWords {
            guard Int(nameWord) >= index else { continue }
            index = Int(nameWord)
            if view.sentenceOf[index] != sentence {
                sentence = view.sentenceOf[index]
                sentenceEnd = view.sentenceEnd(index)
            }
            if let key = view.keys[index], gazetteer.startsAlias(key),
               let match = gazetteer.longestMatch(view.keys, from: index, limit: sentenceEnd) {
                var tokens = index..<(index + match.length)
                if index > 0 && view.keys[index - 1] == SourceGazetteer.the { tokens = (index - 1)..<tokens.upperBound }
                referents.append(nameReferent(tokens, kind: match.entry.kind, outletClass: match.entry.outletClass,
                                              lastWord: match.entry.lastWord))
                index += match.length
                continue
            }
            let name = view.nameStarting(at: index, before: sentenceEnd)
            defer { index = name.upperBound }
            if view.isHeadline(index) { continue }
            if name.count == 1 && view.startsClause(index) && !view.classes[index].isEmpty { continue }
            let withArticle = index > 0 && view.keys[index - 1] == SourceGazetteer.the ? (index - 1)..<name.upperBound : name
            let reading = reading(of: withArticle, entitiesFrom: &entitySearch)
            var tokens = withArticle
            if reading.kind == .organization, name.upperBound < count, view.shapes[name.upperBound] == .lower,
               let next = view.keys[name.upperBound], Self.institutionNouns.contains(next) {
                tokens = name.lowerBound..<(name.upperBound + 1)
            }
            if reading.kind == .person, wordCount(name) >= 2, let last = view.keys[lastWord(of: name)],
               fullNames[last] == nil {
                fullNames[last] = spelling(of: reading)
            }
            referents.append(nameReferent(tokens, kind: reading.kind, outletClass: reading.outletClass, lastWord: nil))
        }
        for position in referents.indices where referents[position].tokens.count == 1 {
            if let key = view.keys[referents[position].tokens.lowerBound], fullNames[key] != nil,
               referents[position].kind == .organization {
                referents[position].kind = .person
            }
        }
    }

    private func lastWord(of name: Range<Int>) -> Int {
        var index = name.upperBound - 1
        while index > name.lowerBound && (view.tokens[index].kind != .word || view.classes[index].contains(.title)
                                          || view.keys[index] == Self.junior) {
            index -= 1
        }
        return index
    }

    // MARK: - Descriptions

    private mutating func resolveDescription(_ tokens: Range<Int>, head: Int) -> ResolvedSource? {
        let headKey = view.keys[head]
        let headClass = view.classes[head]
        if headClass.contains(.documentNoun), let outlet = outletInside(tokens.lowerBound..<head) {
            return outlet
        }
        var body = tokens.lowerBound
        while body < head && (view.classes[body].contains(.determiner) || view.keys[body] == DocumentView.of
                              || (view.classes[body].contains(.possessive) && !view.isCapitalized(body))) {
            body += 1
        }
        let first = tokens.lowerBound
        let definite = view.keys[first] == SourceGazetteer.the || view.keys[first] == Self.this
            || (view.classes[first].contains(.possessive) && !view.isCapitalized(first))
        if headClass.contains(.unnamedSource) {
            return unnamed(tokens, body: body, head: head)
        }
        if !headClass.contains(.referringNoun) {
            return document(tokens, body: body, head: head, definite: definite)
        }
        if hasName(body..<head) {
            let source = fullestName(of: body..<(head + 1)) ?? modifierText(body..<(head + 1))
            let resolved = ResolvedSource(mention: tokens, source: source, kind: .organization)
            insert(referent(tokens, resolved, head: nil, lastWord: view.keys[head]))
            return resolved
        }
        guard let headKey else { return nil }
        let kind = lexicon.nounKind(headKey) ?? .organization
        let outletClass = Self.outletClass(of: headKey)
        let view = view
        if let byName = nearest(before: tokens.lowerBound, where: { referent in
            referent.head == nil && referent.kind != .person
                && (referent.lastWord == headKey || referent.tokens.contains { view.keys[$0] == headKey && view.isCapitalized($0) })
        }) ?? nearest(before: tokens.lowerBound, where: { referent in
            referent.head == nil && referent.kind == kind && (outletClass == nil || referent.outletClass == outletClass)
                && Self.fitsByKind(referent, near: tokens.lowerBound, head: headKey, in: view)
        }) ?? nearest(before: tokens.lowerBound, where: { referent in
            referent.head == nil && referent.kind == kind && (outletClass == nil || referent.outletClass == nil)
                && Self.fitsByKind(referent, near: tokens.lowerBound, head: headKey, in: view)
        }) {
            var resolved = byName
            resolved.mention = tokens
            return resolved
        }
        return ResolvedSource(mention: tokens, source: view.text(body..<(head + 1)), kind: kind)
    }

    /// The longest organization name named nearby with the same first and last word as the
    /// words `name` ("Cobb County government" for "Cobb government").
    private func fullestName(of name: Range<Int>) -> String? {
        guard name.count >= 2, let first = view.keys[name.lowerBound], let last = view.keys[name.upperBound - 1] else {
            return nil
        }
        var best: String?
        var bestLength = name.count
        let center = Self.firstPosition(in: referents, atOrAfter: name.lowerBound)
        for referent in referents[max(0, center - Self.lookback)..<min(referents.count, center + Self.lookback)] {
            var start = referent.tokens.lowerBound
            if view.keys[start] == SourceGazetteer.the { start += 1 }
            let length = referent.tokens.upperBound - start
            if length > bestLength, referent.kind == .organization, view.keys[start] == first,
               view.keys[referent.tokens.upperBound - 1] == last {
                best = resolved(referent).source
                bestLength = length
            }
        }
        return best
    }

    /// A source that a description can take by kind alone ("the company" → the nearest
    /// organization): named at most a few sentences before, and not a government unless the noun
    /// is one ("the government", "the administration").
    private static func fitsByKind(_ referent: Referent, near index: Int, head: PackedWord, in view: DocumentView) -> Bool {
        guard view.sentenceOf[index] - view.sentenceOf[referent.tokens.lowerBound] <= kindReach else { return false }
        return referent.lastWord != government || institutionNouns.contains(head)
    }

    /// An outlet named inside a description ("a previous Register report").
    private func outletInside(_ range: Range<Int>) -> ResolvedSource? {
        var index = range.lowerBound
        while index < range.upperBound {
            if view.isNameWord(index), let match = gazetteer.longestMatch(view.keys, from: index, limit: range.upperBound),
               match.entry.kind == .media {
                return ResolvedSource(mention: index..<(index + match.length), source: match.entry.canonical,
                                      kind: .media, outletClass: match.entry.outletClass)
            }
            index += 1
        }
        return nil
    }

    private mutating func unnamed(_ tokens: Range<Int>, body: Int, head: Int) -> ResolvedSource {
        let kind = lexicon.nounKind(view.keys[head]) ?? .person
        var source = modifierText(body..<tokens.upperBound)
        let link = head + 1
        if link + 1 < tokens.upperBound, let linkKey = view.keys[link], DocumentView.representativeLinks.contains(linkKey),
           let employer = view.nounPhrase(startingAt: link + 1, before: tokens.upperBound),
           employer.tokens.upperBound == tokens.upperBound, employer.form != .pronoun,
           let resolved = resolve(employer), resolved.kind == .organization || resolved.kind == .media {
            source = resolved.source + " " + modifierText(body..<(head + 1))
        } else if let key = view.keys[head] {
            if body == head && tokens.upperBound == head + 1, let earlier = unnamedByHead[key] {
                source = earlier
            } else if unnamedByHead[key] == nil {
                unnamedByHead[key] = source
            }
        }
        let resolved = ResolvedSource(mention: tokens, source: source, kind: kind)
        insert(referent(tokens, resolved, head: view.keys[head]))
        return resolved
    }

    private mutating func document(_ tokens: Range<Int>, body: Int, head: Int, definite: Bool) -> ResolvedSource? {
        let headKey = view.keys[head]
        let headText = view.text(head..<(head + 1))
        var source: String?
        if let owner = possessor(in: tokens.lowerBound..<head) {
            source = owner + " " + headText
        } else if let issuer = issuer(after: head) {
            source = issuer + " " + headText
        } else if definite && !hasName(body..<head) {
            source = nearest(before: tokens.lowerBound, where: { $0.kind == .document && $0.head == headKey })?.source
        }
        let resolved = ResolvedSource(mention: tokens, source: source ?? modifierText(body..<(head + 1)), kind: .document)
        insert(referent(tokens, resolved, head: headKey))
        return resolved
    }

    /// The source named by a possessive in a description ("The Justice Department’s filing",
    /// "its filing").
    private func possessor(in range: Range<Int>) -> String? {
        for index in range {
            if view.possessive[index] {
                let owner = view.nameEnding(at: index, from: range.lowerBound) ?? index..<(index + 1)
                return classifyName(owner).source
            }
            if view.classes[index].contains(.possessive) && !view.isCapitalized(index) || view.keys[index] == Self.its {
                return resolvePronoun(at: index)?.source
            }
        }
        return nil
    }

    /// The issuer named after a document ("a filing with the SEC", "a survey by Venafi").
    private func issuer(after head: Int) -> String? {
        let link = head + 1
        guard link + 1 < view.count, let key = view.keys[link], Self.issuerLinks.contains(key) else { return nil }
        var start = link + 1
        if view.keys[start] == SourceGazetteer.the && start + 1 < view.count { start += 1 }
        guard view.isNameWord(start) else { return nil }
        let end = view.sentenceEnd(start)
        if let match = gazetteer.longestMatch(view.keys, from: start, limit: end) { return match.entry.canonical }
        return classifyName(view.nameStarting(at: start, before: end)).source
    }

    private func hasName(_ range: Range<Int>) -> Bool {
        for index in range where view.isNameWord(index) { return true }
        return false
    }

    /// The words of a description without its determiner, with the short forms of known names
    /// spelled out ("Fed spokesperson" → "Federal Reserve spokesperson").
    private func modifierText(_ range: Range<Int>) -> String {
        var parts: [String] = []
        var index = range.lowerBound
        var partStart = index
        while index < range.upperBound {
            if view.isNameWord(index), let match = gazetteer.longestMatch(view.keys, from: index, limit: range.upperBound),
               match.entry.kind == .organization,
               view.span(index..<(index + match.length)).count < match.entry.canonical.utf8.count {
                if partStart < index { parts.append(view.text(partStart..<index)) }
                parts.append(match.entry.canonical)
                index += match.length
                partStart = index
                continue
            }
            index += 1
        }
        if partStart < range.upperBound { parts.append(view.text(partStart..<range.upperBound)) }
        return parts.joined(separator: " ")
    }

    private static func outletClass(of noun: PackedWord) -> OutletClass? {
        for (word, outletClass) in outletNouns where word == noun { return outletClass }
        return nil
    }

    /// Nouns that name a class of outlet ("the magazine"), keyed once rather than at every call.
    private static let outletNouns: [(PackedWord?, OutletClass)] = {
        let nouns: [(String, OutletClass)] = [
            ("magazine", .magazine), ("newspaper", .newspaper), ("paper", .newspaper), ("website", .site),
            ("site", .site), ("blog", .site), ("broadcaster", .broadcaster), ("network", .broadcaster),
            ("newswire", .agency),
        ]
        return nouns.map { (PackedWord($0.0), $0.1) }
    }()

    private static let this = PackedWord("this")!
    private static let government = PackedWord("government")!
    /// How many sentences back a description may find a source by its kind alone.
    private static let kindReach = 6
    /// Nouns that complete an institution's name ("Cobb County government", "Trump administration").
    private static let institutionNouns = ["government", "administration"].compactMap { PackedWord($0) }
    private static let issuerLinks = ["by", "from", "with"].compactMap { PackedWord($0) }
    private static let its = PackedWord("its")!
    private static let junior = PackedWord("jr")!
}
