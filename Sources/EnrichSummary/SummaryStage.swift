import EnrichCore

/// The `summary` stage: each article's extractive summary (see `Summarizer`), and, when a
/// digest was split into several articles, a digest summary in each article's `digest`
/// metadata: the best sentence of every article,
/// `"summary": [{"article": 1, "sentence": 0, "text": "..."}]`.
public struct SummaryStage: Stage {
    public let requires: Set<Layer> = [.sentences, .tokens]
    public let provides: Set<Layer> = [.summary]
    public let summarizer: Summarizer

    public init(summarizer: Summarizer) {
        self.summarizer = summarizer
    }

    public func process(_ documents: inout [Document]) {
        var digestSummary: [JSONValue] = []
        digestSummary.reserveCapacity(documents.count)
        var isDigest = false
        for index in documents.indices {
            // One copy of the record for all the reads (each `documents[index].x` read copies it).
            let document = documents[index]
            let result = summarizer.summarize(document)
            let digestArticle = document.digest?.article
            isDigest = isDigest || digestArticle != nil
            if let best = result.best, let sentences = document.sentences {
                digestSummary.append(.object([
                    ("article", .int(digestArticle ?? index + 1)),
                    ("sentence", .int(best)),
                    ("text", .string(document.substring(sentences[best]))),
                ]))
            }
            documents[index].summary = result.sentences
        }
        guard documents.count > 1, isDigest else { return }
        let summary = JSONValue.array(digestSummary)
        for index in documents.indices where documents[index].digest != nil {
            documents[index].digest?.set("summary", summary)
        }
    }
}
