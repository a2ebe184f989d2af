extension Array where Element == Document {
    /// The index ranges of the digests these records were split from, in order: each a run of
    /// consecutive article records numbered 1, 2, 3... Records without `digest` belong to none.
    ///
    /// One input text can hold several digests (an archive, day after day), so digest-level
    /// metadata (the digest's keywords, its summary) is computed per run, never over all records.
    public var digestRuns: [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        var previousArticle = 0
        for index in indices {
            guard let article = self[index].digest?.article else {
                if let open = start { runs.append(open..<index) }
                start = nil
                continue
            }
            if start == nil || article != previousArticle + 1 {
                if let open = start { runs.append(open..<index) }
                start = index
            }
            previousArticle = article
        }
        if let open = start { runs.append(open..<endIndex) }
        return runs
    }
}
