/// Where an article record came from when a digest was split: the digest's own metadata and the
/// article's place in it. Written as the record's `digest` object.
public struct DigestInfo: Hashable, Sendable {
    /// The digest's title line ("Daily Digest (9/18)").
    public var title: String?
    /// The digest's date as written ("9/18").
    public var date: String?
    /// 1-based position of this article in the digest.
    public var article: Int
    /// How many articles the digest has.
    public var articles: Int
    /// Further metadata (byline, source lines, links, outlet, category...), written after the
    /// fields above in this order.
    public var fields: [(key: String, value: JSONValue)]

    public init(title: String? = nil, date: String? = nil, article: Int, articles: Int,
                fields: [(key: String, value: JSONValue)] = []) {
        self.title = title
        self.date = date
        self.article = article
        self.articles = articles
        self.fields = fields
    }

    /// Sets `key` to `value`, replacing an earlier value of the same key in place.
    public mutating func set(_ key: String, _ value: JSONValue) {
        if let index = fields.firstIndex(where: { $0.key == key }) {
            fields[index].value = value
        } else {
            fields.append((key, value))
        }
    }

    public subscript(key: String) -> JSONValue? {
        fields.first { $0.key == key }?.value
    }

    public static func == (lhs: DigestInfo, rhs: DigestInfo) -> Bool {
        lhs.title == rhs.title && lhs.date == rhs.date && lhs.article == rhs.article
            && lhs.articles == rhs.articles && JSONValue.object(lhs.fields) == JSONValue.object(rhs.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(date)
        hasher.combine(article)
        hasher.combine(articles)
        hasher.combine(JSONValue.object(fields))
    }
}
