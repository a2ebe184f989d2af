import EnrichCore

/// The structure found in one input text: its digests, their articles, and the metadata and
/// boilerplate around them, all as byte ranges of the input. The stage turns it into records;
/// tests check that it accounts for every character of the input.
public struct DigestLayout: Sendable {
    /// One metadata value found in the text.
    public struct Field: Sendable, Equatable {
        public var key: DigestField
        public var value: Range<Int>
    }

    /// One article: its headline, its body paragraphs (contiguous runs of the input) and its
    /// own metadata.
    public struct Article: Sendable {
        public var title: Range<Int>?
        public var body: [Range<Int>] = []
        public var fields: [Field] = []
    }

    /// One digest: its title line, its date, its digest-wide metadata and its articles.
    public struct Digest: Sendable {
        public var title: Range<Int>?
        /// The date as written, inside `title` or on a line of its own.
        public var date: Range<Int>?
        public var fields: [Field] = []
        public var articles: [Article] = []
    }

    public var digests: [Digest] = []
    /// Recognised markup and cues left out of every record ("#", "1.", "Source:", "Read more").
    public var boilerplate: [Range<Int>] = []
    /// Features only digests have (a teaser, "Source:" lines, outlet headers...) were seen.
    public var hasDigestSignals = false

    public var articleCount: Int { digests.reduce(0) { $0 + $1.articles.count } }
}

/// The metadata a digest carries besides titles and bodies, by the key it has in the record's
/// `digest` object. Digest-wide fields are the same on every article of a digest.
public enum DigestField: String, Sendable, CaseIterable {
    /// Who wrote the digest ("DPN Staff" from "— By DPN Staff").
    case byline
    /// The headlines the digest lists before its articles.
    case teaser
    /// Text before the first article that is neither title, date, byline nor teaser.
    case preamble
    /// The section label above the article ("DATA PROTECTION—U.S.").
    case category
    /// The outlet named in an "Outlet, Day MM/DD:" header.
    case outlet
    /// The article's own date line, or the date of its outlet header.
    case published
    /// "By Jane Doe" under the headline.
    case author
    /// The number of a numbered item ("3.").
    case item
    /// What follows "Source:" lines.
    case sources
    /// Links and link text ("Read full article here: URL").
    case links

    /// Whether the field describes the digest rather than one article.
    public var isDigestWide: Bool {
        switch self {
        case .byline, .teaser, .preamble: true
        default: false
        }
    }

    /// Whether the field may occur several times, written as a JSON array.
    public var isList: Bool {
        switch self {
        case .teaser, .preamble, .sources, .links: true
        default: false
        }
    }
}
