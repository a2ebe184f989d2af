import Foundation

/// Each term's importance in its document, from its statistics (see `KeywordWeights`).
/// Stopwords score 0. Public because the summary stage weighs sentences by the same scores.
public struct TermScores {
    public private(set) var scores: [Double]

    public init(text: AnalyzedText, weights: KeywordWeights) {
        let termCount = text.termCount
        var firstSentence = [Int32](repeating: -1, count: termCount)
        var lastSentence = [Int32](repeating: -1, count: termCount)
        var sentences = [Int32](repeating: 0, count: termCount)
        var capitalized = [Int32](repeating: 0, count: termCount)
        var neighbourPairs = KeyTable(minimumCapacity: text.tokens.count)
        var neighbours = [Int32](repeating: 0, count: termCount)
        let tokens = text.tokens
        for index in tokens.indices {
            let info = tokens[index]
            let term = Int(info.term)
            guard term >= 0, !info.isStopword else { continue }
            if firstSentence[term] < 0 { firstSentence[term] = info.sentence }
            if lastSentence[term] != info.sentence {
                sentences[term] += 1
                lastSentence[term] = info.sentence
            }
            if info.isCapitalizedInside || info.isAcronym { capitalized[term] += 1 }
            for side in stride(from: index - 1, through: index + 1, by: 2) where side >= 0 && side < tokens.count {
                let neighbour = tokens[side]
                guard neighbour.sentence == info.sentence else { continue }
                let code = UInt64(UInt32(bitPattern: neighbour.term &+ 1)) | UInt64(UInt32(term)) << 32
                let tagged = side < index ? code : code | 0x8000_0000
                if neighbourPairs.valueOrInsert(tagged, 0) == nil { neighbours[term] += 1 }
            }
        }
        let sentenceCount = Double(max(1, text.sentenceCount))
        let maxCount = Double(text.termCounts.enumerated().lazy
            .filter { !text.termIsStopword[$0.offset] }.map(\.element).max() ?? 1)
        scores = (0..<termCount).map { term in
            guard !text.termIsStopword[term] else { return 0 }
            let count = Double(text.termCounts[term])
            let frequency = log2(1 + count)
            let rarity = weights.rarity == 1 ? Double(text.termRarity[term]) : pow(Double(text.termRarity[term]), weights.rarity)
            let casing = Double(capitalized[term]) / count
            let position = 1 / log2(2 + Double(firstSentence[term]))
            let spread = Double(sentences[term]) / sentenceCount
            let diversity = Double(neighbours[term]) / (2 * count) * (count / maxCount)
            return frequency * rarity
                * (1 + weights.casing * casing)
                * (1 + weights.position * position)
                * (1 + weights.spread * spread)
                / (1 + weights.diversity * diversity)
        }
    }
}
