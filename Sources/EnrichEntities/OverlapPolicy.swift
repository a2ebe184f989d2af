/// "Leftmost-longest, lists first": how candidates become the document's entities.
///
/// Candidates are taken by start (earliest first), then by length in tokens (longest first), then
/// by origin (a gazetteer entry before a pattern before a numeric rule); a candidate that overlaps
/// one already taken is dropped. So "Acme Users Alliance" (pattern) beats "Acme" (list) inside it,
/// and a listed name beats a pattern over the very same words, because it carries an id.
enum OverlapPolicy {
    /// The resolved `listed` (gazetteer) and `patterns` candidates together. The listed ones come
    /// in order already (one per token, from the first token on): only the few pattern ones are
    /// sorted, and the two merged as sorting them all would order them.
    static func resolve(listed: [Candidate], patterns: [Candidate]) -> [Candidate] {
        guard isInPriorityOrder(listed) else { return resolve(listed + patterns) }
        let patterns = patterns.sorted(by: precedes)
        var taken: [Candidate] = []
        taken.reserveCapacity(listed.count + patterns.count)
        var takenEnd = 0
        var nextListed = 0, nextPattern = 0
        while nextListed < listed.count || nextPattern < patterns.count {
            let candidate: Candidate
            if nextPattern == patterns.count
                || (nextListed < listed.count && !precedes(patterns[nextPattern], listed[nextListed])) {
                candidate = listed[nextListed]
                nextListed += 1
            } else {
                candidate = patterns[nextPattern]
                nextPattern += 1
            }
            if candidate.start >= takenEnd {
                taken.append(candidate)
                takenEnd = candidate.end
            }
        }
        return taken
    }

    /// Earliest start first, then the longest, then by origin.
    private static func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end > b.end }
        return a.origin < b.origin
    }

    private static func isInPriorityOrder(_ candidates: [Candidate]) -> Bool {
        for index in candidates.indices.dropFirst() where precedes(candidates[index], candidates[index - 1]) {
            return false
        }
        return true
    }

    private static func resolve(_ candidates: [Candidate]) -> [Candidate] {
        let ordered = candidates.sorted(by: precedes)
        var taken: [Candidate] = []
        taken.reserveCapacity(ordered.count)
        var takenEnd = 0
        for candidate in ordered where candidate.start >= takenEnd {
            taken.append(candidate)
            takenEnd = candidate.end
        }
        return taken
    }

    /// Adds `extra` candidates that overlap nothing in `taken` (nor an earlier-starting extra one
    /// added before them); keeps the result sorted.
    static func fill(_ taken: [Candidate], with extra: [Candidate]) -> [Candidate] {
        guard !extra.isEmpty else { return taken }
        // `taken` is nearly always sorted and free of overlaps (resolved entities): then the first
        // taken span ending after a candidate's start is the only one it may overlap, and a cursor
        // moving forward finds it. Otherwise a `SpanIndex` answers by binary search.
        let disjoint = isDisjointInOrder(taken)
        let takenInOrder = disjoint || isSortedByStart(taken)
        let spans = disjoint ? nil : SpanIndex(takenInOrder ? taken : taken.sorted { $0.start < $1.start })
        var cursor = 0
        // The extras added are in order and never overlap: the last one ends furthest.
        var addedEnd = Int.min
        var fillers: [Candidate] = []
        fillers.reserveCapacity(extra.count)
        for candidate in isSortedByStart(extra) ? extra : extra.sorted(by: { $0.start < $1.start })
        where candidate.start >= addedEnd {
            if let spans {
                if spans.overlaps(candidate) { continue }
            } else {
                while cursor < taken.count, taken[cursor].end <= candidate.start { cursor += 1 }
                if cursor < taken.count, taken[cursor].start < candidate.end { continue }
            }
            addedEnd = candidate.end
            fillers.append(candidate)
        }
        guard takenInOrder else { return (taken + fillers).sorted { $0.start < $1.start } }
        // Both in order, and no filler starts where a taken candidate does (they would overlap):
        // merging gives what sorting the two together would.
        var result: [Candidate] = []
        result.reserveCapacity(taken.count + fillers.count)
        var next = 0
        for candidate in taken {
            while next < fillers.count, fillers[next].start < candidate.start {
                result.append(fillers[next])
                next += 1
            }
            result.append(candidate)
        }
        result += fillers[next...]
        return result
    }

    /// Sorted by start, each ending at or before the next one starts.
    private static func isDisjointInOrder(_ candidates: [Candidate]) -> Bool {
        var previousEnd = Int.min
        for candidate in candidates {
            if candidate.start < previousEnd { return false }
            previousEnd = candidate.end
        }
        return true
    }

    private static func isSortedByStart(_ candidates: [Candidate]) -> Bool {
        var previous = Int.min
        for candidate in candidates {
            if candidate.start < previous { return false }
            previous = candidate.start
        }
        return true
    }

    /// Spans sorted by start, with the greatest end of each prefix: whether a span overlaps any of
    /// them is one binary search, not a scan.
    private struct SpanIndex {
        private var starts: [Int] = []
        private var greatestEnds: [Int] = []

        init(_ sorted: [Candidate]) {
            starts.reserveCapacity(sorted.count)
            greatestEnds.reserveCapacity(sorted.count)
            for candidate in sorted { append(candidate) }
        }

        /// Adds a span that starts at or after every span so far.
        mutating func append(_ candidate: Candidate) {
            starts.append(candidate.start)
            greatestEnds.append(max(greatestEnds.last ?? Int.min, candidate.end))
        }

        func overlaps(_ candidate: Candidate) -> Bool {
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] < candidate.end { low = middle + 1 } else { high = middle }
            }
            return low > 0 && greatestEnds[low - 1] > candidate.start
        }
    }
}
