/// A possible entity mention before overlaps are resolved: tokens `first...last`, bytes
/// `start..<end`, and where it came from. A plain value (no references), so sorting and copying
/// candidates costs no reference counting.
struct Candidate {
    /// Why a candidate was proposed, in priority order for equal spans (lower wins).
    enum Origin: Int, Comparable {
        case gazetteer = 0
        case pattern = 1
        case numeric = 2

        static func < (lhs: Origin, rhs: Origin) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// An id for a mention no list holds ("local:jane-doe"), so short mentions can link to it.
    /// Spelled out only for the mentions that are output (see `LocalNames`).
    enum LocalID: Equatable {
        case none
        /// Made from the letters of tokens `first...last` of the document being tagged.
        case tokens(first: Int, last: Int)
        /// Spelled out earlier, kept in `LocalNames` (a person of an earlier article).
        case stored(Int)
    }

    var first: Int
    var last: Int
    var start: Int
    var end: Int
    var label: EntityLabel
    /// The gazetteer entity, when there is one.
    var entry: Int?
    var localID: LocalID
    var origin: Origin

    var tokenCount: Int { last - first + 1 }
}
