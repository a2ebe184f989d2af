import EnrichCore

/// Everything the attribution rules know about single words: cue verbs, the closed-class words of
/// English grammar (in code, they are the grammar), and the nouns and name words of the sources
/// model (`models/sources/descriptions.tsv`, `name-words.tsv`). A class, so that every document's
/// view and resolver share its tables without retaining each of them.
final class Lexicon: Sendable {
    /// The classes of every word the lexicon knows.
    private let classTable: WordTable<WordClass>
    /// Every cue verb form (`CueVerb.all`); `cueTable` gives the position of a word's form here.
    private let cues: [CueVerb]
    private let cueTable: WordTable<Int>
    /// What a source noun refers to or is ("company" → organization, "experts" → person).
    private let nounKinds: WordTable<Attribution.Kind>

    /// Builds the lexicon from the grammar tables and the sources model.
    init(descriptions: [Substring], nameWords: [Substring], file: (String) -> String) throws(PipelineError) {
        var classes: [PackedWord: WordClass] = [:]
        func insert(_ word: some StringProtocol, _ wordClass: WordClass) {
            guard let key = PackedWord(word) else { return }
            classes[key, default: []].insert(wordClass)
        }
        for (words, wordClass) in Self.grammar {
            for word in words.split(separator: " ") { insert(word, wordClass) }
        }
        var cuePositions: [PackedWord: Int] = [:]
        for (position, (word, _)) in CueVerb.all.enumerated() {
            if let key = PackedWord(word) {
                cuePositions[key] = position
                classes[key, default: []].insert(.cue)
            }
        }
        cues = CueVerb.all.map { $0.verb }
        cueTable = WordTable(cuePositions, filler: 0)
        var nounKinds: [PackedWord: Attribution.Kind] = [:]
        for line in descriptions {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 3, let kind = Attribution.Kind(rawValue: String(columns[2])) else {
                throw PipelineError("model file \(file("sources/descriptions.tsv")): bad line '\(line)' "
                    + "(expected noun, role, kind separated by tabs)")
            }
            let role: WordClass
            switch columns[1] {
            case "refers": role = .referringNoun
            case "document": role = .documentNoun
            case "unnamed": role = .unnamedSource
            default:
                throw PipelineError("model file \(file("sources/descriptions.tsv")): unknown role '\(columns[1])'")
            }
            insert(columns[0], role)
            if let key = PackedWord(columns[0]), nounKinds[key] == nil || role != .documentNoun {
                nounKinds[key] = kind
            }
        }
        self.nounKinds = WordTable(nounKinds, filler: .organization)
        for line in nameWords {
            let columns = line.split(separator: "\t")
            let wordClass: WordClass
            switch columns.count == 2 ? columns[1] : "" {
            case "organization": wordClass = .organizationWord
            case "media": wordClass = .mediaWord
            case "title": wordClass = .title
            default:
                throw PipelineError("model file \(file("sources/name-words.tsv")): bad line '\(line)' "
                    + "(expected word, organization|media|title separated by a tab)")
            }
            insert(columns[0], wordClass)
        }
        classTable = WordTable(classes, filler: [])
    }

    /// Writes the lexicon's tables for `init(decoding:)`.
    func encode(into image: inout ImageWriter) {
        classTable.encode(into: &image) { UInt64($0.rawValue) }
        cueTable.encode(into: &image) { UInt64($0) }
        nounKinds.encode(into: &image) { UInt64(Attribution.Kind.allCases.firstIndex(of: $0)!) }
    }

    /// Reads the tables that `encode(into:)` wrote, without hashing a word.
    init(decoding image: inout ImageReader) throws(PipelineError) {
        classTable = try WordTable(decoding: &image, filler: []) { WordClass(rawValue: UInt32(truncatingIfNeeded: $0)) }
        let cueCount = CueVerb.all.count
        cueTable = try WordTable(decoding: &image, filler: 0) { $0 < UInt64(cueCount) ? Int($0) : nil }
        cues = CueVerb.all.map { $0.verb }
        let kinds = Attribution.Kind.allCases
        nounKinds = try WordTable(decoding: &image, filler: .organization) { $0 < UInt64(kinds.count) ? kinds[Int($0)] : nil }
    }

    /// The classes of a word (case-insensitive).
    func wordClass(_ key: PackedWord?) -> WordClass {
        guard let key else { return [] }
        return wordClass(key)
    }

    /// The classes of a word (case-insensitive).
    @inline(__always)
    func wordClass(_ key: PackedWord) -> WordClass { classTable[key] ?? [] }

    /// Calls `body` with a probe of the word classes, for loops that classify every token.
    func withWordClasses<Result>(_ body: (WordTable<WordClass>.Probe) -> Result) -> Result {
        classTable.withProbe(body)
    }

    /// The cue verb a word is, if any.
    func cue(_ key: PackedWord?) -> CueVerb? {
        guard let key, let position = cueTable[key] else { return nil }
        return cues[position]
    }

    /// What a source noun refers to or is.
    func nounKind(_ key: PackedWord?) -> Attribution.Kind? {
        guard let key else { return nil }
        return nounKinds[key]
    }

    /// Closed-class words of English, by what they do in the rules.
    static let grammar: [(String, WordClass)] = [
        ("he she", [.personPronoun, .functionWord]),
        ("it", [.thingPronoun, .functionWord]),
        ("they", [.pluralPronoun, .functionWord]),
        ("i we you me us", [.speakerPronoun, .functionWord]),
        ("the a an this these those another each every both any no", [.determiner, .functionWord]),
        ("two three four five six seven eight nine ten several some many multiple few numerous one",
         .determiner),
        ("other various more most", .determiner),
        ("its his her their our your whose", [.possessive, .functionWord]),
        ("also has have had would will could may might can did does do then already previously later "
            + "recently earlier further separately publicly privately initially first subsequently "
            + "repeatedly reportedly again once originally similarly likewise additionally now still "
            + "since long officially",
         [.adverb, .functionWord]),
        ("is was were are be been being", [.passive, .functionWord]),
        ("not never n't", [.negation, .functionWord]),
        ("of for & de del la le von van der", .nameConnector),
        ("in on at by with from to into onto over under about after before during against between "
            + "through without within across among and or but nor so yet as while when whereas "
            + "because although though if unless than that where what how why whether whom here "
            + "there this meanwhile however instead",
         [.phraseBoundary, .functionWord]),
        ("who which", [.relative, .functionWord]),
        ("according citing from", .frameWord),
        ("today yesterday tonight tomorrow morning afternoon evening night week weekend month year last "
            + "next earlier later",
         .time),
        ("monday tuesday wednesday thursday friday saturday sunday january february march april may "
            + "june july august september october november december jan feb mar apr jun jul aug sep "
            + "sept oct nov dec",
         [.time, .calendarName]),
        ("familiar close knowledgeable briefed involved knowledge aware", .postModifier),
        ("statement filing tweet post blog email e-mail interview letter release notice complaint "
            + "memo video message call conference testimony hearing report lawsuit",
         .cueMedium),
    ]
}
