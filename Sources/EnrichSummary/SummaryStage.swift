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
        var best: [JSONValue?] = []
        best.reserveCapacity(documents.count)
        for index in documents.indices {
            // One copy of the record for all the reads (each `documents[index].x` read copies it).
            let document = documents[index]
            let result = summarizer.summarize(document)
            if let sentence = result.best, let sentences = document.sentences {
                best.append(.object([
                    ("article", .int(document.digest?.article ?? index + 1)),
                    ("sentence", .int(sentence)),
                    ("text", .string(document.substring(sentences[sentence]))),
                ]))
            } else {
                best.append(nil)
            }
            documents[index].summary = result.sentences
        }
        for run in documents.digestRuns where run.count > 1 {
            let summary = JSONValue.array(best[run].compactMap { $0 })
            for index in run { documents[index].digest?.set("summary", summary) }
        }
    }
}
