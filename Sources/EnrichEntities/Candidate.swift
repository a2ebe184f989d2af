/// A possible entity mention before overlaps are resolved: tokens `first...last`, bytes
/// `start..<end`, and where it came from.
struct Candidate {
    /// Why a candidate was proposed, in priority order for equal spans (lower wins).
    enum Origin: Int, Comparable {
        case gazetteer = 0
        case pattern = 1
        case numeric = 2

        static func < (lhs: Origin, rhs: Origin) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var first: Int
    var last: Int
    var start: Int
    var end: Int
    var label: EntityLabel
    /// The gazetteer entity, when there is one.
    var entry: Int?
    /// An id for a mention no list holds ("local:jane-doe"), so short mentions can link to it.
    var localID: String?
    var origin: Origin

    var tokenCount: Int { last - first + 1 }
}
