import EnrichCore

/// The `keywords` stage: each article's `k` best key phrases (see `KeywordExtractor`), and, when
/// a digest was split into several articles, the digest's own keywords in each article's
/// `digest` metadata (`"keywords": [{"text", "score"}]`).
///
/// Uses `document.entities` when an earlier stage provided them, without requiring them.
public struct KeywordStage: Stage {
    public let requires: Set<Layer> = [.sentences, .tokens]
    public let provides: Set<Layer> = [.keywords]
    public let extractor: KeywordExtractor
    /// How many keywords each article gets (and the digest).
    public let limit: Int

    public init(extractor: KeywordExtractor, limit: Int = 10) {
        self.extractor = extractor
        self.limit = limit
    }

    public func process(_ documents: inout [Document]) {
        var perArticle: [[RankedKeyword]] = []
        perArticle.reserveCapacity(documents.count)
        // Through a buffer, so that the extractor borrows each record instead of copying it.
        documents.withUnsafeMutableBufferPointer { documents in
            for index in documents.indices {
                let ranked = extractor.keywords(of: documents[index], limit: limit)
                documents[index].keywords = ranked.map(\.keyword)
                perArticle.append(ranked)
            }
        }
        for run in documents.digestRuns where run.count > 1 {
            let digestKeywords = JSONValue.array(Self.pooled(Array(perArticle[run]), limit: limit).map { keyword in
                .object([("text", .string(keyword.text)), ("score", .double(keyword.score))])
            })
            for index in run { documents[index].digest?.set("keywords", digestKeywords) }
        }
    }

    /// A digest's keywords: each phrase's scores summed over the articles (so a phrase several
    /// articles share rises), rescaled so that the best scores 1.
    static func pooled(_ articles: [[RankedKeyword]], limit: Int) -> [Keyword] {
        // Each phrase in order of first appearance, which breaks ties between equal totals.
        let keywordCount = articles.reduce(0) { $0 + $1.count }
        var pooled: [(keyword: Keyword, total: Double)] = []
        pooled.reserveCapacity(keywordCount)
        var indexOfKey = KeyTable(minimumCapacity: keywordCount)
        for ranked in articles {
            for entry in ranked {
                if let known = indexOfKey.valueOrInsert(entry.key, UInt32(pooled.count)) {
                    let index = Int(known)
                    pooled[index].total += entry.keyword.score
                    if entry.keyword.score > pooled[index].keyword.score { pooled[index].keyword = entry.keyword }
                } else {
                    pooled.append((entry.keyword, entry.keyword.score))
                }
            }
        }
        // Totals sorted with their indices beside them, so that comparing two reads neither the
        // keywords nor the array's bounds.
        var totals = [(total: Double, index: Int)](unsafeUninitializedCapacity: pooled.count) { totals, initialized in
            for index in pooled.indices { (totals.baseAddress! + index).initialize(to: (pooled[index].total, index)) }
            initialized = pooled.count
        }
        totals.sort { $0.total != $1.total ? $0.total > $1.total : $0.index < $1.index }
        let best = totals.prefix(limit)
        let top = best.first?.total ?? 1
        return best.map { Keyword(text: pooled[$0.index].keyword.text, score: KeywordExtractor.rounded($0.total / top)) }
    }
}
