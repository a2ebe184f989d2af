import EnrichCore
import EnrichKeywords
import Foundation

/// Extractive summaries: scores every sentence from its position, centrality, key-term coverage,
/// entity mentions and similarity to the headline, then picks sentences by maximal marginal relevance (MMR) so that no two
/// say the same, and returns them in reading order.
public struct Summarizer: Sendable {
    public let lexicon: Lexicon
    public let weights: SummaryWeights
    public let length: SummaryLength

    public init(lexicon: Lexicon, weights: SummaryWeights = SummaryWeights(), length: SummaryLength = .sentences(3)) {
        self.lexicon = lexicon
        self.weights = weights
        self.length = length
    }

    /// A document's summary (indices into its sentences, ascending) and its best sentence.
    public struct Result: Sendable, Equatable {
        public var sentences: [Int]
        public var best: Int?
    }

    public func summarize(_ document: Document) -> Result {
        guard let tokens = document.tokens, let sentences = document.sentences, !sentences.isEmpty else {
            return Result(sentences: [], best: nil)
        }
        let (vectors, scores) = document.withUTF8 { utf8 in
            let text = AnalyzedText(utf8: utf8, tokens: tokens, sentences: sentences, lexicon: lexicon)
            let vectors = SentenceVectors(text: text)
            return (vectors, sentenceScores(text: text, vectors: vectors, document: document))
        }
        var chosen = select(scores: scores, vectors: vectors, sentences: sentences, textBytes: document.text.utf8.count)
        chosen.sort()
        let best = scores.indices.max { scores[$0] < scores[$1] }
        return Result(sentences: chosen, best: best)
    }

    func sentenceScores(text: AnalyzedText, vectors: SentenceVectors, document: Document) -> [Double] {
        let count = vectors.count
        // Empty when coverage has no weight: it would add 0 to every score.
        var coverage: [Double] = []
        if weights.coverage > 0 {
            coverage = [Double](repeating: 0, count: count)
            let termScores = TermScores(text: text, weights: KeywordWeights()).scores
            for sentence in 0..<count {
                for entry in vectors.sentences[sentence].entries {
                    coverage[sentence] += termScores[Int(vectors.entries[entry].term)]
                }
            }
        }
        // Centrality (undirected, then directed) and the headline similarities in one scratch block.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * count) { block in
            let undirected = UnsafeMutableBufferPointer(rebasing: block[0..<count])
            let directed = UnsafeMutableBufferPointer(rebasing: block[count..<(2 * count)])
            let headline = UnsafeMutableBufferPointer(rebasing: block[(2 * count)...])
            Centrality.scores(
                vectors, undirected: weights.centrality != 0, directed: weights.directedCentrality != 0,
                backwardPenalty: weights.backwardPenalty, into: undirected, directed)
            if weights.centralityLength != 0 {
                for sentence in 0..<count {
                    undirected[sentence] *= pow(Double(max(vectors.sentences[sentence].wordCount, 1)), weights.centralityLength)
                }
            }
            let mentions = weights.entities != 0 ? entityMentions(document, sentenceCount: count) : []
            let hasHeadline = weights.title != 0
                && HeadlineVector.similarities(of: document.title, text: text, lexicon: lexicon, vectors: vectors, into: headline)
            let headlineTop = max((hasHeadline ? headline.max() : nil) ?? 0, .leastNonzeroMagnitude)
            let coverageTop = max(coverage.max() ?? 0, .leastNonzeroMagnitude)
            let centralityTop = max(undirected.max() ?? 0, .leastNonzeroMagnitude)
            let directedTop = max(directed.lazy.map(abs).max() ?? 0, .leastNonzeroMagnitude)
            let mentionsTop = max(mentions.max() ?? 0, 1)
            let positionDecay = weights.positionDecay
            let shortPenalty = weights.position + weights.centrality + weights.directedCentrality
                + weights.coverage + weights.entities + (hasHeadline ? weights.title : 0)
            return (0..<count).map { sentence in
                var score = weights.centrality * undirected[sentence] / centralityTop
                    + weights.directedCentrality * directed[sentence] / directedTop
                if !coverage.isEmpty { score += weights.coverage * coverage[sentence] / coverageTop }
                if weights.position != 0 { score += weights.position / pow(1 + Double(sentence), positionDecay) }
                if !mentions.isEmpty { score += weights.entities * mentions[sentence] / mentionsTop }
                if hasHeadline { score += weights.title * headline[sentence] / headlineTop }
                if Int(vectors.sentences[sentence].wordCount) < weights.minimumWords { score -= shortPenalty }
                return score
            }
        }
    }

    /// Named-entity mentions per sentence, when an earlier stage found entities.
    private func entityMentions(_ document: Document, sentenceCount: Int) -> [Double] {
        var mentions = [Double](repeating: 0, count: sentenceCount)
        guard let entities = document.entities, let sentences = document.sentences else { return mentions }
        let inOrder = zip(entities, entities.dropFirst()).allSatisfy { !($1.range < $0.range) }
        var sentence = 0
        for entity in inOrder ? entities : entities.sorted(by: { $0.range < $1.range }) {
            while sentence + 1 < sentences.count && sentences[sentence].end <= entity.range.start { sentence += 1 }
            mentions[sentence] += 1
        }
        return mentions
    }

    /// MMR: repeatedly takes the sentence whose score, less its similarity to the sentences
    /// already taken, is highest; near-duplicates of a chosen sentence come last.
    func select(scores: [Double], vectors: SentenceVectors, sentences: [TextRange], textBytes: Int) -> [Int] {
        let top = max(scores.lazy.map(abs).max() ?? 0, .leastNonzeroMagnitude)
        let count = scores.count
        var chosen: [Int] = []
        chosen.reserveCapacity(count)
        var chosenBytes = 0
        // Scratch blocks: each sentence's redundancy and a dense vector over the terms, then the
        // sentences still available, in order.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: count + vectors.termCount) { doubles in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { available in
                doubles.initialize(repeating: 0)
                let redundancy = UnsafeMutableBufferPointer(rebasing: doubles[0..<count])
                let dense = UnsafeMutableBufferPointer(rebasing: doubles[count...])
                for sentence in 0..<count { available[sentence] = sentence }
                var availableCount = count
                while availableCount > 0 && !isLongEnough(sentences: chosen.count, bytes: chosenBytes, of: textBytes) {
                    var bestPosition = 0
                    var bestValue = -Double.infinity
                    for position in 0..<availableCount {
                        let sentence = available[position]
                        var value = weights.relevance * scores[sentence] / top - (1 - weights.relevance) * redundancy[sentence]
                        if redundancy[sentence] >= weights.duplicate { value -= 2 }
                        if value > bestValue {
                            bestValue = value
                            bestPosition = position
                        }
                    }
                    let picked = available[bestPosition]
                    for position in bestPosition..<(availableCount - 1) { available[position] = available[position + 1] }
                    availableCount -= 1
                    chosen.append(picked)
                    chosenBytes += sentences[picked].count
                    // The last pick needs no redundancies: nothing is picked after it.
                    if availableCount == 0 || isLongEnough(sentences: chosen.count, bytes: chosenBytes, of: textBytes) { break }
                    vectors.scatter(picked, into: dense)
                    for position in 0..<availableCount {
                        let sentence = available[position]
                        let similarity = vectors.cosine(sentence, dense: UnsafeBufferPointer(dense), norm: vectors.sentences[picked].norm)
                        redundancy[sentence] = max(redundancy[sentence], similarity)
                    }
                    vectors.clear(picked, in: dense)
                }
            }
        }
        return chosen
    }

    /// Whether a summary of `sentences` sentences and `bytes` bytes, of a text of `textBytes`
    /// bytes, has the summary's length.
    private func isLongEnough(sentences: Int, bytes: Int, of textBytes: Int) -> Bool {
        switch length {
        case .sentences(let limit): sentences >= limit
        case .share(let share): Double(bytes) >= share * Double(textBytes)
        }
    }
}
