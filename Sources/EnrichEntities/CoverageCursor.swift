/// Which tokens a document's entities cover, asked in increasing token order: a cursor over the
/// entities (sorted by first token, as every rule keeps them) instead of a flag per token, so a
/// rule pass allocates and fills nothing per document.
struct CoverageCursor {
    private let entities: [Candidate]
    private let count: Int
    /// Only entities of at least this many tokens cover.
    private let minimumTokens: Int
    private var next = 0
    /// The last token of the covering entities passed so far.
    private var reach = -1
    /// The entity starting at the token last asked about (the last one, if several), or -1.
    private(set) var startingHere = -1

    /// The first `count` of `entities` (all by default); those of fewer than `minimumTokens`
    /// tokens cover nothing but still count for `startingHere`.
    init(_ entities: [Candidate], count: Int? = nil, minimumTokens: Int = 1) {
        self.entities = entities
        self.count = count ?? entities.count
        self.minimumTokens = minimumTokens
    }

    /// Whether token `index` lies inside an entity; `index` never less than the last one asked.
    @inline(__always)
    mutating func covers(_ index: Int) -> Bool {
        startingHere = -1
        while next < count, entities[next].first <= index {
            let entity = entities[next]
            if entity.first == index { startingHere = next }
            if entity.last - entity.first + 1 >= minimumTokens, entity.last > reach { reach = entity.last }
            next += 1
        }
        return reach >= index
    }
}
