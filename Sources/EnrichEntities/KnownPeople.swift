/// The people named in full so far in the articles of one input document (a digest), by the key
/// of their surname, with their local ids spelled out: an article links a surname alone to a
/// person of an earlier one (see `ShortMentionLinker`).
struct KnownPeople {
    private var bySurname = NameKeyTable<Candidate>()
    /// The local ids of remembered people, which `Candidate.LocalID.stored` indexes.
    private var localIDs: [String] = []

    var isEmpty: Bool { bySurname.isEmpty }

    /// The first person remembered with this surname key.
    @inline(__always)
    subscript(surname: UInt64) -> Candidate? { bySurname[surname] }

    /// Remembers `person` under `surname` unless someone already is; a local id made from the
    /// current document's tokens is spelled out, since those tokens are gone by the next article.
    mutating func rememberIfAbsent(_ surname: UInt64, _ person: Candidate, tokens: [MatchToken],
                                   text: UnsafeBufferPointer<UInt8>) {
        guard bySurname[surname] == nil else { return }
        var remembered = person
        if case .tokens(let first, let last) = person.localID {
            if localIDs.isEmpty { localIDs.reserveCapacity(16) }
            localIDs.append(NamePatterns().localID(tokens, first, last, text: text))
            remembered.localID = .stored(localIDs.count - 1)
        }
        bySurname.insertIfAbsent(surname, remembered)
    }

    /// The local id of a candidate of the current document, spelled out.
    func localID(_ localID: Candidate.LocalID, tokens: [MatchToken], text: UnsafeBufferPointer<UInt8>) -> String? {
        switch localID {
        case .none: nil
        case .tokens(let first, let last): NamePatterns().localID(tokens, first, last, text: text)
        case .stored(let index): localIDs[index]
        }
    }
}
