/// "Leftmost-longest, lists first": how candidates become the document's entities.
///
/// Candidates are taken by start (earliest first), then by length in tokens (longest first), then
/// by origin (a gazetteer entry before a pattern before a numeric rule); a candidate that overlaps
/// one already taken is dropped. So "Acme Users Alliance" (pattern) beats "Acme" (list) inside it,
/// and a listed name beats a pattern over the very same words, because it carries an id.
enum OverlapPolicy {
    static func resolve(_ candidates: [Candidate]) -> [Candidate] {
        let ordered = candidates.sorted { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            return a.origin < b.origin
        }
        var taken: [Candidate] = []
        taken.reserveCapacity(ordered.count)
        var takenEnd = 0
        for candidate in ordered where candidate.start >= takenEnd {
            taken.append(candidate)
            takenEnd = candidate.end
        }
        return taken
    }

    /// Adds `extra` candidates that overlap nothing in `taken`; keeps the result sorted.
    static func fill(_ taken: [Candidate], with extra: [Candidate]) -> [Candidate] {
        guard !extra.isEmpty else { return taken }
        var result = taken
        for candidate in extra.sorted(by: { $0.start < $1.start }) {
            let overlaps = result.contains { $0.start < candidate.end && candidate.start < $0.end }
            if !overlaps { result.append(candidate) }
        }
        return result.sorted { $0.start < $1.start }
    }
}
