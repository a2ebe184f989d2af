/// A verb that attributes a statement to its subject ("said", "reports", "told"), with the rules
/// its family follows. A class, so that handing one to the rules copies no strings.
final class CueVerb: Sendable {
    /// Verbs that behave alike in attribution rules.
    enum Family: Sendable {
        /// say, tell, report, write, claim, allege, state, accuse: a cue wherever it has a subject.
        case speech
        /// tell: a speech verb whose object may be the outlet that heard it ("told Threatpost").
        case tell
        /// add, note, warn, announce, confirm...: a cue only when a statement follows ("that",
        /// a colon, a quotation) or when it closes the statement (", the filing added").
        case assertion
        /// find, show, suggest, indicate: a cue only with a document as subject ("the study found").
        case evidence
    }

    /// How the verb is inflected: "-ing" forms attach to the subject of the main clause
    /// ("..., claiming the ban violated ...").
    enum Form: Sendable {
        case finite, participle
    }

    let family: Family
    /// The form as written, lower case ("said"): the cue of the attribution.
    let word: String
    /// The base form ("say" for "said"), for rules that single out one verb.
    let lemma: String
    let form: Form
    /// True for "reports", "claims", "notes", "states": plural nouns as often as verbs.
    let ambiguousNoun: Bool
    /// True for say and report: followed by "to", a cue only when an outlet heard it ("said to
    /// Reuters"), not in "said to be".
    let needsOutletAfterTo: Bool
    /// True for report and write: "reported for The Guardian" names the outlet.
    let namesOutletAfterFor: Bool
    /// True for warn, claim and argue: a "that" or "to" a few words on is their statement.
    let takesDelayedComplement: Bool

    private init(family: Family, word: String, lemma: String, form: Form, ambiguousNoun: Bool) {
        self.family = family
        self.word = word
        self.lemma = lemma
        self.form = form
        self.ambiguousNoun = ambiguousNoun
        needsOutletAfterTo = lemma == "say" || lemma == "report"
        namesOutletAfterFor = lemma == "report" || lemma == "write"
        takesDelayedComplement = lemma == "warn" || lemma == "claim" || lemma == "argue"
    }

    /// Every cue verb form, lower case.
    static let all: [(word: String, verb: CueVerb)] = {
        var table: [(String, CueVerb)] = []
        func add(_ family: Family, _ finite: [String], _ participles: [String], nouns: Set<String> = []) {
            let lemma = finite[0]
            for word in finite {
                table.append((word, CueVerb(family: family, word: word, lemma: lemma, form: .finite,
                                            ambiguousNoun: nouns.contains(word))))
            }
            for word in participles {
                table.append((word, CueVerb(family: family, word: word, lemma: lemma, form: .participle,
                                            ambiguousNoun: false)))
            }
        }
        add(.speech, ["say", "says", "said"], ["saying"])
        add(.tell, ["tell", "tells", "told"], ["telling"])
        add(.speech, ["report", "reports", "reported"], ["reporting"], nouns: ["reports", "report"])
        add(.speech, ["write", "writes", "wrote"], ["writing"])
        add(.speech, ["claim", "claims", "claimed"], ["claiming"], nouns: ["claims", "claim"])
        add(.speech, ["allege", "alleges", "alleged"], ["alleging"])
        add(.speech, ["state", "states", "stated"], ["stating"], nouns: ["states", "state"])
        add(.speech, ["accuse", "accuses", "accused"], ["accusing"])
        add(.speech, ["contend", "contends", "contended"], ["contending"])
        add(.speech, ["assert", "asserts", "asserted"], ["asserting"])
        add(.assertion, ["add", "adds", "added"], ["adding"])
        add(.assertion, ["note", "notes", "noted"], ["noting"], nouns: ["notes", "note"])
        add(.assertion, ["warn", "warns", "warned"], ["warning"])
        add(.assertion, ["announce", "announces", "announced"], ["announcing"])
        add(.assertion, ["confirm", "confirms", "confirmed"], ["confirming"])
        add(.assertion, ["acknowledge", "acknowledges", "acknowledged"], ["acknowledging"])
        add(.assertion, ["admit", "admits", "admitted"], ["admitting"])
        add(.assertion, ["reveal", "reveals", "revealed"], ["revealing"])
        add(.assertion, ["disclose", "discloses", "disclosed"], ["disclosing"])
        add(.assertion, ["argue", "argues", "argued"], ["arguing"])
        add(.assertion, ["explain", "explains", "explained"], ["explaining"])
        add(.assertion, ["insist", "insists", "insisted"], ["insisting"])
        add(.evidence, ["find", "finds", "found"], [])
        add(.evidence, ["show", "shows", "showed", "shown"], [])
        add(.evidence, ["suggest", "suggests", "suggested"], [])
        add(.evidence, ["indicate", "indicates", "indicated"], [])
        return table
    }()
}
