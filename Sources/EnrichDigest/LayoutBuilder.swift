/// The `DigestParser`'s running state: the digest and article being filled, and what the lines
/// read so far imply for the next ones (a section label, an outlet header awaiting its headline).
struct LayoutBuilder {
    let bytes: UnsafeBufferPointer<UInt8>
    var layout = DigestLayout()
    var digest = DigestLayout.Digest()
    var article: DigestLayout.Article?
    /// The section label that applies to the articles that follow.
    private(set) var category: Range<Int>?
    /// Whether an article has been filed under `category`.
    private var categoryUsed = false
    /// Dates and bylines written above a headline, for the article it starts.
    var pending: [DigestLayout.Field] = []
    /// Comparison keys of every line of the text that could be a headline, once a teaser needs them.
    var headlineKeys: Set<UInt64>?
    /// Comparison keys of the current digest's teaser headlines.
    var teaserKeys: Set<UInt64> = []
    /// An outlet header opened an article whose headline is on the next line.
    var awaitingTitle = false
    /// The last line closed something: a "Source:" or link line, a rule.
    var afterClosingLine = false {
        didSet { if !afterClosingLine { closingField = nil } }
    }
    /// The field the last "Source:" or link line went to: bare links after "Source:" are sources.
    var closingField: DigestField?
    /// The digest's closing byline has been read: what follows, until another article or
    /// digest, is its footer.
    var isClosed = false
    /// The current article is a paragraph-long numbered or bulleted item.
    var articleIsProseItem = false
    var headingArticles = 0
    var itemArticles = 0
    /// The line index of the current article's last body line.
    private var lastBodyLine = -2

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Nothing of the current digest has been read yet.
    var isAtDigestStart: Bool {
        article == nil && digest.title == nil && digest.date == nil && digest.fields.isEmpty && digest.articles.isEmpty
    }

    /// The current article has a headline (or outlet header) and no body yet.
    var isUnderHeadline: Bool {
        guard let article else { return false }
        return article.body.isEmpty && (article.title != nil || awaitingTitle)
    }

    mutating func startDigest(title: Range<Int>, keyword: Bool) {
        closeArticle()
        keepUnusedCategory()
        let carried = digest.articles.isEmpty ? Self.contents(of: digest, as: .preamble) : []
        if !digest.articles.isEmpty { layout.digests.append(digest) }
        digest = DigestLayout.Digest(title: title, date: DatePattern(bytes, title).firstDate)
        digest.fields = carried
        category = nil
        categoryUsed = false
        isClosed = false
        teaserKeys = []
        afterClosingLine = false
        if keyword { layout.hasDigestSignals = true }
    }

    mutating func startArticle(title: Range<Int>?) {
        closeArticle()
        article = DigestLayout.Article(title: title)
        if let category {
            article?.fields.append(.init(key: .category, value: category))
            categoryUsed = true
        }
        article?.fields.append(contentsOf: pending)
        pending = []
        awaitingTitle = false
        afterClosingLine = false
        articleIsProseItem = false
        isClosed = false
    }

    /// Files the articles that follow under `label`; a label no article was filed under is kept
    /// as preamble.
    mutating func setCategory(_ label: Range<Int>) {
        keepUnusedCategory()
        category = label
        categoryUsed = false
        layout.hasDigestSignals = true
    }

    private mutating func keepUnusedCategory() {
        if let category, !categoryUsed { addDigestField(.preamble, category) }
    }

    /// Adds line `line`'s `range` to the article body, joining it to the previous body line
    /// when only blank lines lie between them.
    mutating func addBody(_ range: Range<Int>, line: Int) {
        if article == nil { startArticle(title: nil) }
        if line == lastBodyLine + 1, let last = article?.body.popLast() {
            article?.body.append(last.lowerBound..<range.upperBound)
        } else {
            article?.body.append(range)
        }
        lastBodyLine = line
        awaitingTitle = false
    }

    /// Makes the next body line start a new run: the text between (a note) is not body.
    mutating func endBodyRun() { lastBodyLine = -2 }

    /// Adds an article field; before the first article, `orPreamble` keeps it as digest preamble.
    mutating func addField(_ key: DigestField, _ value: Range<Int>, orPreamble: Bool = false) {
        guard !value.isEmpty else { return }
        if article != nil {
            article?.fields.append(.init(key: key, value: value))
        } else if orPreamble {
            addDigestField(.preamble, value)
        } else {
            pending.append(.init(key: key, value: value))
        }
    }

    mutating func addDigestField(_ key: DigestField, _ value: Range<Int>) {
        guard !value.isEmpty else { return }
        digest.fields.append(.init(key: key, value: value))
    }

    /// Records the parts of `content` outside `keeping` as boilerplate.
    mutating func boilerplate(_ content: Range<Int>, keeping kept: [Range<Int>] = []) {
        var start = content.lowerBound
        let ordered = kept.count < 2 ? kept : kept.sorted { $0.lowerBound < $1.lowerBound }
        for range in ordered where !range.isEmpty {
            addBoilerplate(start..<max(start, range.lowerBound))
            start = max(start, range.upperBound)
        }
        addBoilerplate(start..<content.upperBound)
    }

    /// Records the parts of `content` before and after `kept` as boilerplate (one kept range,
    /// without an array).
    mutating func boilerplate(_ content: Range<Int>, keeping kept: Range<Int>) {
        guard !kept.isEmpty else { return addBoilerplate(content) }
        addBoilerplate(content.lowerBound..<max(content.lowerBound, kept.lowerBound))
        addBoilerplate(max(content.lowerBound, kept.upperBound)..<content.upperBound)
    }

    private mutating func addBoilerplate(_ range: Range<Int>) {
        let trimmed = bytes.trimmedRange(range)
        if !trimmed.isEmpty { layout.boilerplate.append(trimmed) }
    }

    /// Ends the current digest's articles at its closing byline.
    mutating func closeDigest(byline: Range<Int>) {
        closeArticle()
        addDigestField(.byline, byline)
        isClosed = true
    }

    private mutating func closeArticle() {
        if let article { digest.articles.append(article) }
        article = nil
        lastBodyLine = -2
    }

    /// Everything a digest without articles holds (title, date line, fields), as `key` fields
    /// of another digest, so that nothing is lost.
    private static func contents(of digest: DigestLayout.Digest, as key: DigestField) -> [DigestLayout.Field] {
        var values: [Range<Int>] = []
        if let title = digest.title { values.append(title) }
        if let date = digest.date, !(digest.title.map { $0.contains(date.lowerBound) } ?? false) { values.append(date) }
        values += digest.fields.map(\.value)
        return values.map { DigestLayout.Field(key: key, value: $0) }
    }

    /// The finished layout, with pending fields kept as preamble and a last digest without
    /// articles kept as the footer of the one before, so that nothing is lost.
    mutating func finish() -> DigestLayout {
        for field in pending { addDigestField(.preamble, field.value) }
        pending = []
        closeArticle()
        keepUnusedCategory()
        if digest.articles.isEmpty, !layout.digests.isEmpty {
            layout.digests[layout.digests.count - 1].fields += Self.contents(of: digest, as: .footer)
        } else if !isAtDigestStart {
            layout.digests.append(digest)
        }
        if headingArticles >= 2 || itemArticles >= 2 { layout.hasDigestSignals = true }
        return layout
    }
}
