import Foundation

import Testing

/// Checks every layer of an output record against CONTRACT.md: spans inside `text` in code
/// points, sentences and entities sorted and non-overlapping, sentences trimmed, entity text equal
/// to `text[start:end]`, attribution sentence indices valid, summary ascending, keyword scores in
/// [0, 1] and best first. Run on every record the CLI tests see.
public enum SpanInvariants {
    public static func check(_ record: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) {
        guard record["error"] == nil else { return }
        guard let text = record["text"] as? String else {
            Issue.record("record without text: \(record)", sourceLocation: sourceLocation)
            return
        }
        let scalars = Array(text.unicodeScalars)
        func slice(_ span: [String: Any]) -> String? {
            guard let start = span["start"] as? Int, let end = span["end"] as? Int,
                0 <= start, start < end, end <= scalars.count
            else { return nil }
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        func checkSorted(_ key: String, _ spans: [[String: Any]]) {
            var previousEnd = 0
            for span in spans {
                guard let piece = slice(span) else {
                    Issue.record("\(key) span out of range: \(span)", sourceLocation: sourceLocation)
                    continue
                }
                let start = span["start"] as! Int
                #expect(start >= previousEnd, "\(key) overlap or unsorted at \(span)", sourceLocation: sourceLocation)
                previousEnd = span["end"] as! Int
                if key == "sentences" {
                    #expect(piece.first?.isWhitespace == false && piece.last?.isWhitespace == false,
                            "sentence not trimmed: \(piece.debugDescription)", sourceLocation: sourceLocation)
                }
                if key == "entities" {
                    #expect(span["text"] as? String == piece, "entity text mismatch at \(span)", sourceLocation: sourceLocation)
                }
            }
        }
        let sentences = record["sentences"] as? [[String: Any]]
        if let sentences { checkSorted("sentences", sentences) }
        if let entities = record["entities"] as? [[String: Any]] { checkSorted("entities", entities) }
        if let tokens = record["tokens"] as? [[String: Any]] { checkSorted("tokens", tokens) }
        for attribution in record["attributions"] as? [[String: Any]] ?? [] {
            #expect(slice(attribution) != nil, "attribution span out of range: \(attribution)", sourceLocation: sourceLocation)
            let sentence = attribution["sentence"] as? Int ?? -1
            #expect(0 <= sentence && sentence < (sentences?.count ?? 0), "attribution sentence index \(sentence)",
                    sourceLocation: sourceLocation)
        }
        if let summary = record["summary"] as? [Int] {
            #expect(summary == summary.sorted() && Set(summary).count == summary.count, "summary not ascending",
                    sourceLocation: sourceLocation)
            #expect(summary.allSatisfy { 0 <= $0 && $0 < (sentences?.count ?? 0) }, "summary index out of range",
                    sourceLocation: sourceLocation)
        }
        if let keywords = record["keywords"] as? [[String: Any]] {
            let scores = keywords.compactMap { $0["score"] as? Double }
            #expect(scores.count == keywords.count && scores.allSatisfy { 0 <= $0 && $0 <= 1 },
                    "keyword scores outside [0, 1]", sourceLocation: sourceLocation)
            #expect(scores == scores.sorted(by: >), "keywords not best first", sourceLocation: sourceLocation)
        }
    }

    public static func checkAll(_ records: [[String: Any]], sourceLocation: SourceLocation = #_sourceLocation) {
        for record in records { check(record, sourceLocation: sourceLocation) }
    }
}
