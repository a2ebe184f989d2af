import EnrichCore

/// Splits a document into tokens with ICU's word break iterator; whitespace is dropped and every
/// token gets a kind from ICU's rule status and its first character.
public struct TokenStage: DocumentStage {
    public let provides: Set<Layer> = [.tokens]
    private let breakers: ICU.BreakIteratorPool

    public init(language: String = "en") throws {
        breakers = try ICU.BreakIteratorPool(.word, locale: language)
    }

    public func process(_ document: inout Document) {
        document.tokens = document.withUTF8 { utf8 in
            var tokens: [Token] = []
            tokens.reserveCapacity(utf8.count / 5)
            var start = 0
            breakers.withIterator { iterator in
                iterator.forEachBoundary(in: utf8) { boundary, status in
                    defer { start = boundary }
                    if utf8.whitespaceWidth(at: start) != nil { return }
                    tokens.append(Token(range: TextRange(start: start, end: boundary),
                                        kind: kind(status: status, first: utf8.scalar(at: start).value)))
                }
            }
            return tokens
        }
    }

    private func kind(status: Int32, first: UInt32) -> Token.Kind {
        switch status {
        case 100..<200: return .number
        case 200..<500: return .word
        default:
            guard let scalar = Unicode.Scalar(first) else { return .symbol }
            return scalar.properties.generalCategory.isPunctuation ? .punctuation : .symbol
        }
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}
