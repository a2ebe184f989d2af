/// What a word can be in an attribution rule. A word may be several things ("report" is a cue
/// and a document noun; "that" a determiner and a complementizer).
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    /// "he", "she": a person already named.
    static let personPronoun = WordClass(rawValue: 1 << 0)
    /// "it": an organization, outlet or document already named.
    static let thingPronoun = WordClass(rawValue: 1 << 1)
    /// "they": an organization or a group already named.
    static let pluralPronoun = WordClass(rawValue: 1 << 2)
    /// "I", "we", "you": the speaker inside a quotation, never a source of the text itself.
    static let speakerPronoun = WordClass(rawValue: 1 << 3)
    /// Articles, numerals and quantifiers that open a noun phrase ("the", "a", "two", "several").
    static let determiner = WordClass(rawValue: 1 << 4)
    /// Possessive determiners ("its", "his", "their").
    static let possessive = WordClass(rawValue: 1 << 5)
    /// Words that may stand between a subject and its verb ("also", "has", "previously").
    static let adverb = WordClass(rawValue: 1 << 6)
    /// Forms of "be": a cue after one is passive ("were said to be"), not an attribution.
    static let passive = WordClass(rawValue: 1 << 7)
    /// "not", "never": a negated cue attributes nothing.
    static let negation = WordClass(rawValue: 1 << 8)
    /// Words that join the parts of a capitalized name ("of", "for", "&").
    static let nameConnector = WordClass(rawValue: 1 << 9)
    /// Prepositions, conjunctions and other words that end a noun phrase.
    static let phraseBoundary = WordClass(rawValue: 1 << 10)
    /// Days, months and time nouns: not names, and skipped between a cue and its complement.
    static let time = WordClass(rawValue: 1 << 11)
    /// "who", "which": a relative clause between a subject and its verb.
    static let relative = WordClass(rawValue: 1 << 12)
    /// Words after an unnamed source that belong to it ("familiar with", "close to", "briefed on").
    static let postModifier = WordClass(rawValue: 1 << 13)
    /// Nouns that make "in a statement", "in its filing" part of the cue.
    static let cueMedium = WordClass(rawValue: 1 << 14)
    /// A definite description that refers back to a named source ("the company").
    static let referringNoun = WordClass(rawValue: 1 << 15)
    /// A document that can speak ("the filing", "a report").
    static let documentNoun = WordClass(rawValue: 1 << 16)
    /// An unnamed source ("experts", "officials", "a spokesperson").
    static let unnamedSource = WordClass(rawValue: 1 << 17)
    /// Inside a name: makes it an organization ("Department", "Inc.").
    static let organizationWord = WordClass(rawValue: 1 << 18)
    /// Inside a name: makes it an outlet ("News", "Times", "Journal").
    static let mediaWord = WordClass(rawValue: 1 << 19)
    /// Inside a name: a role or honorific before a person's name ("Secretary", "CEO", "Judge").
    static let title = WordClass(rawValue: 1 << 20)
    /// Names of days and months: never part of a source's name ("told USA Today Sunday").
    static let calendarName = WordClass(rawValue: 1 << 22)
    /// A cue verb form ("said", "reports"); `Lexicon.cue` tells which.
    static let cue = WordClass(rawValue: 1 << 23)
    /// "according", "citing", "from": words that open a frame ("according to X", "From X: …").
    static let frameWord = WordClass(rawValue: 1 << 24)
    /// Function words that are never a name, even capitalized at the start of a sentence.
    static let functionWord = WordClass(rawValue: 1 << 21)

    /// Any pronoun that can be a source.
    static let sourcePronoun: WordClass = [.personPronoun, .thingPronoun, .pluralPronoun]
    /// Any common noun that can head a source mention.
    static let sourceNoun: WordClass = [.referringNoun, .documentNoun, .unnamedSource]
}
