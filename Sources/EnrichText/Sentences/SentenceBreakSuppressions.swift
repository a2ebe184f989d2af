import EnrichCore

/// What ICU's `@ss=standard` sentence iterator does on top of the sentence rules: it drops a break
/// that follows one of the locale's abbreviations ("Mr. Smith"), exactly as ICU decides it.
///
/// ICU keeps two tries. The backward one holds every abbreviation reversed, except that those
/// with a period inside ("U.S.") and those sharing their first part ("U.") are stored only as
/// that first part up to its period, marked partial. At a break, ICU steps back over one space,
/// takes the longest stored string that ends there, and suppresses the break if it is a whole
/// abbreviation. For a partial one it reads forward from where it starts through the forward trie
/// (the abbreviations of the partial groups, whole), and suppresses the break only if that walk
/// ends on an abbreviation: where no abbreviation goes on, or at the end of the text. So "Mr."
/// suppresses its break but "Lt." does not (the forward walk fails at the space after it, as the
/// list also has "Lt.Cdr.").
struct SentenceBreakSuppressions: Sendable {
    private let backward: ByteTrie
    private let forward: ByteTrie

    private enum Mark {
        static let partial: UInt8 = 1
        static let whole: UInt8 = 2
    }

    /// The suppressions for `abbreviations`, ICU's list for the locale.
    init(abbreviations: [String]) {
        let entries = Set(abbreviations.map { Array($0.utf8) })
        func firstPart(_ entry: [UInt8]) -> ArraySlice<UInt8>? {
            guard let period = entry.firstIndex(of: UInt8(ascii: ".")) else { return nil }
            return entry[...period]
        }
        let partialGroups = Set(entries.compactMap { entry in
            firstPart(entry).flatMap { part in part.count < entry.count ? Array(part) : nil }
        })
        var backwardEntries: [([UInt8], UInt8)] = partialGroups.map { ($0.reversed(), Mark.partial) }
        var forwardEntries: [([UInt8], UInt8)] = []
        for entry in entries {
            if let part = firstPart(entry), partialGroups.contains(Array(part)) {
                forwardEntries.append((entry, Mark.whole))
            } else {
                backwardEntries.append((entry.reversed(), Mark.whole))
            }
        }
        backward = ByteTrie(backwardEntries)
        forward = ByteTrie(forwardEntries)
    }

    /// Whether ICU suppresses its sentence break at `offset` (after the text's start, before its end).
    func suppressesBreak(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = text[offset - 1] == UInt8(ascii: " ") ? offset - 1 : offset
        var node = ByteTrie.root
        var best: (start: Int, mark: UInt8)?
        while position > 0, let child = backward.child(of: node, text[position - 1]) {
            node = child
            position -= 1
            let mark = backward.mark(node)
            if mark != 0 { best = (position, mark) }
            if !backward.hasChildren(node) { break }
        }
        guard let best else { return false }
        if best.mark == Mark.whole { return true }
        node = ByteTrie.root
        position = best.start
        while position < text.count {
            guard let child = forward.child(of: node, text[position]) else { return false }
            node = child
            position += 1
            if !forward.hasChildren(node) { return true }
        }
        return forward.mark(node) != 0
    }
}

/// A small trie over bytes with a mark on the nodes that end a string: a dense transition table
/// over the few byte values its strings use.
private struct ByteTrie: Sendable {
    static let root = 0
    /// The column of each byte value in `transitions`, or -1 for a byte no string has.
    private let columns: [Int16]
    private let width: Int
    /// Row per node, column per byte value in use: the child node, or 0 for none.
    private let transitions: [Int32]
    private let marks: [UInt8]
    private let branching: [Bool]

    init(_ entries: [([UInt8], UInt8)]) {
        var columns = [Int16](repeating: -1, count: 256)
        var width = 0
        for (bytes, _) in entries {
            for byte in bytes where columns[Int(byte)] < 0 {
                columns[Int(byte)] = Int16(width)
                width += 1
            }
        }
        var transitions = [Int32](repeating: 0, count: max(width, 1))
        var marks: [UInt8] = [0]
        var branching = [false]
        for (bytes, mark) in entries {
            var node = 0
            for byte in bytes {
                let slot = node * width + Int(columns[Int(byte)])
                if transitions[slot] == 0 {
                    transitions[slot] = Int32(marks.count)
                    branching[node] = true
                    marks.append(0)
                    branching.append(false)
                    transitions.append(contentsOf: repeatElement(0, count: width))
                }
                node = Int(transitions[slot])
            }
            marks[node] = mark
        }
        self.columns = columns
        self.width = width
        self.transitions = transitions
        self.marks = marks
        self.branching = branching
    }

    @inline(__always)
    func child(of node: Int, _ byte: UInt8) -> Int? {
        let column = columns[Int(byte)]
        guard column >= 0 else { return nil }
        let child = transitions[node * width + Int(column)]
        return child == 0 ? nil : Int(child)
    }

    @inline(__always)
    func mark(_ node: Int) -> UInt8 { marks[node] }

    @inline(__always)
    func hasChildren(_ node: Int) -> Bool { branching[node] }
}
