import EnrichCore

/// The refinement layer over ICU's sentence breaks: decides, for every break ICU proposes,
/// whether a sentence really ends there, and adds the sentence starts ICU cannot see
/// (`SentenceEvidence`). Guides/Sentences.md lists every rule with an example.
struct SentenceBoundaryRules: Sendable {
    let lexicon: SentenceLexicon

    /// How far ahead, in bytes, a ")" may close a parenthesis that shelters a sentence end.
    static let parenthesisReach = 250
    /// How far ahead, in bytes, the line after a line break is read to see whether it ends a sentence.
    static let lineReach = 1_000

    /// What becomes of one break that ICU proposes.
    private enum Decision {
        case keep
        case drop
        /// The sentence starts at this offset instead of at the break.
        case startAt(Int)
    }

    /// The offsets where sentences start (ascending, never 0, each at a non-whitespace character),
    /// from ICU's breaks `candidates` (ascending UTF-8 offsets) and the `evidence` of `text`.
    func sentenceStarts(
        candidates: [Int], evidence: SentenceEvidence, in text: UnsafeBufferPointer<UInt8>
    ) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(candidates.count + evidence.periodBreaks.count + evidence.forcedStarts.count)
        var sentenceStart = text.skippingWhitespace(from: 0)
        func accept(_ start: Int) {
            guard start > sentenceStart, start < text.count else { return }
            starts.append(start)
            sentenceStart = start
        }
        var forced = evidence.forcedStarts[...]
        // ICU's breaks and the period breaks, in one ascending walk without repeats.
        let periodBreaks = evidence.periodBreaks
        var candidateIndex = 0
        var periodBreakIndex = 0
        var previous = -1
        while candidateIndex < candidates.count || periodBreakIndex < periodBreaks.count {
            let candidate: Int
            if periodBreakIndex == periodBreaks.count || (candidateIndex < candidates.count && candidates[candidateIndex] <= periodBreaks[periodBreakIndex]) {
                candidate = candidates[candidateIndex]
                candidateIndex += 1
            } else {
                candidate = periodBreaks[periodBreakIndex]
                periodBreakIndex += 1
            }
            if candidate == previous { continue }
            previous = candidate
            let next = text.skippingWhitespace(from: candidate)
            while let start = forced.first, start <= next {
                accept(start)
                forced = forced.dropFirst()
            }
            guard next > sentenceStart, next < text.count else { continue }
            switch decide(next: next, sentenceStart: sentenceStart, evidence: evidence, in: text) {
            case .keep: accept(next)
            case .drop: continue
            case .startAt(let start): accept(start)
            }
        }
        for start in forced { accept(start) }
        return starts
    }

    /// Whether the sentence that began at `sentenceStart` ends before `next`, the first
    /// non-whitespace character after an ICU break.
    private func decide(
        next: Int, sentenceStart: Int, evidence: SentenceEvidence, in text: UnsafeBufferPointer<UInt8>
    ) -> Decision {
        let end = text.trimmingWhitespace(backFrom: next, floor: sentenceStart)
        guard end > sentenceStart else { return .drop }
        if ListMarker.isBare(sentenceStart..<end, in: text) { return .drop }
        let lineBreak = text.containsLineBreak(end..<next)
        var markEnd = end
        while let width = text.closerWidth(endingAt: markEnd), markEnd - width > sentenceStart { markEnd -= width }
        let mark = text[markEnd - 1]
        switch mark {
        case UInt8(ascii: "."):
            if lineBreak { return afterFootnotes(next, in: text) }
            let decision = periodDecision(at: markEnd - 1, next: next, sentenceStart: sentenceStart, in: text)
            guard case .keep = decision else { return decision }
        case UInt8(ascii: "!"), UInt8(ascii: "?"):
            if lineBreak { return afterFootnotes(next, in: text) }
            if text.isLowercaseLetter(at: next) { return .drop }
            if mark == UInt8(ascii: "!"), lexicon.isExclamationWord(text, wordBefore(markEnd - 1, floor: sentenceStart, in: text)),
               !startsSentence(at: next, in: text) {
                return .drop
            }
        case 0xA6 where markEnd >= 3 && text[markEnd - 2] == 0x80 && text[markEnd - 3] == 0xE2:
            if lineBreak { return afterFootnotes(next, in: text) }
            if isBracketed(markEnd - 3..<markEnd, in: text), !text.isUppercaseLetter(at: next) { return .drop }
        default:
            return lineBreak && continuesOnNextLine(lastCharacterEnd: end, next: next, in: text) ? .drop : .keep
        }
        if isInsideParentheses(sentenceStart..<end, evidence: evidence, in: text) { return .drop }
        return afterFootnotes(next, in: text)
    }

    /// The rules for a sentence that seems to end with the period at `period`: ellipses,
    /// abbreviations, initials.
    private func periodDecision(
        at period: Int, next: Int, sentenceStart: Int, in text: UnsafeBufferPointer<UInt8>
    ) -> Decision {
        var first = period
        var dots = 1
        var spaced = false
        while first > sentenceStart {
            if text[first - 1] == UInt8(ascii: ".") {
                first -= 1
            } else if first >= sentenceStart + 2, text[first - 1] == UInt8(ascii: " "), text[first - 2] == UInt8(ascii: ".") {
                first -= 2
                spaced = true
            } else {
                break
            }
            dots += 1
        }
        if dots > 1 { return ellipsisDecision(first: first, period: period, dots: dots, spaced: spaced, next: next, in: text) }

        let word = wordBefore(period, floor: sentenceStart, in: text)
        guard !word.isEmpty else { return .keep }
        var kind = lexicon.abbreviationKind(text, word)
        if kind == nil, isInitialOrDottedLetters(word, in: text) { kind = .mayEnd }
        switch kind {
        case nil:
            return .keep
        case .title?, .inline?:
            return .drop
        case .beforeNumber?, .mayEnd?:
            if kind == .beforeNumber, text[next].isASCIIDigit { return .drop }
            return startsSentence(at: next, in: text) && !isFrontedPhrase(sentenceStart..<word.lowerBound, in: text)
                && lineEndsSentence(from: next, in: text) ? .keep : .drop
        }
    }

    /// Ellipses: "[...]" ends a sentence only before a capitalized word; a spaced ". . ." never does; four spaced dots do; after a word
    /// with its own period ("compounds. . . . The") the sentence ends at that period and the next
    /// one opens with the ellipsis; "..." and "...." end a sentence before a capital, as ICU says.
    private func ellipsisDecision(
        first: Int, period: Int, dots: Int, spaced: Bool, next: Int, in text: UnsafeBufferPointer<UInt8>
    ) -> Decision {
        if isBracketed(first..<(period + 1), in: text) { return text.isUppercaseLetter(at: next) ? .keep : .drop }
        guard spaced else { return .keep }
        let attached = first > 0 && text.whitespaceWidth(endingAt: first) == nil
        guard dots >= 4 else { return .drop }
        return attached ? .startAt(text.skippingWhitespace(from: first + 1)) : .keep
    }

    /// Whether `range` sits right inside "[...]" or "(...)".
    private func isBracketed(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.lowerBound > 0, range.upperBound < text.count else { return false }
        let before = text[range.lowerBound - 1]
        let after = text[range.upperBound]
        return (before == UInt8(ascii: "[") && after == UInt8(ascii: "]"))
            || (before == UInt8(ascii: "(") && after == UInt8(ascii: ")"))
    }

    /// The word that ends at `end`: back to whitespace or an opening quote or bracket.
    private func wordBefore(_ end: Int, floor: Int, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = end
        while start > floor {
            let last = text[start - 1]
            if last < 0x80 {
                // Whitespace, or an opening quote or bracket.
                if last.isASCIISpace || last == 0x22 || last == 0x27 || last == 0x28 || last == 0x5B || last == 0x7B { break }
                start -= 1
                continue
            }
            let previous = text.scalarStart(endingAt: start)
            if text.whitespaceWidth(at: previous) != nil || text.isOpener(at: previous) { break }
            start = previous
        }
        return start..<end
    }

    /// A single letter ("J", "I") or letters joined by periods ("U.S", "K.C"): initials and
    /// dotted abbreviations that are not listed.
    private func isInitialOrDottedLetters(_ word: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = word.lowerBound
        while position < word.upperBound {
            guard text.isLetter(at: position) else { return false }
            position += text.scalar(at: position).width
            if position == word.upperBound { return true }
            guard text[position] == UInt8(ascii: ".") else { return false }
            position += 1
        }
        return false
    }

    /// Whether the word at `offset` (after any opening quotes) commonly opens a sentence, or is a
    /// title ("Mr."), which after a closing abbreviation starts the next sentence.
    private func startsSentence(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = offset
        while start < text.count, text.isOpener(at: start) { start += text.scalar(at: start).width }
        guard start < text.count, text.isUppercaseLetter(at: start) else { return false }
        let word = start..<text.letterRunEnd(from: start)
        if lexicon.isStarter(text, word) { return true }
        return word.upperBound < text.count && text[word.upperBound] == UInt8(ascii: ".")
            && lexicon.abbreviationKind(text, word) == .title
    }

    /// Whether `range` (the sentence before an abbreviation) is a short phrase opened by a
    /// preposition, as "At 5" in "At 5 a.m. Mr. Smith left.": at most two words.
    private func isFrontedPhrase(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let firstWord = range.lowerBound..<text.letterRunEnd(from: range.lowerBound)
        guard lexicon.isFragmentOpener(text, firstWord) else { return false }
        var words = 0
        var inWord = false
        for offset in range {
            let isSpace = text[offset].isASCIISpace
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        return words <= 2
    }

    /// Whether a "(" opened in `sentence` is still open at its end and closes soon after on the
    /// same line: the sentence end is inside a parenthesis ("(He left. She stayed.) at noon").
    private func isInsideParentheses(
        _ sentence: Range<Int>, evidence: SentenceEvidence, in text: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard let firstOpening = evidence.openingParentheses.first(atOrAfter: sentence.lowerBound),
              firstOpening < sentence.upperBound,
              evidence.openingParentheses.count(in: sentence) > evidence.closingParentheses.count(in: sentence)
        else { return false }
        guard let closing = evidence.closingParentheses.first(atOrAfter: sentence.upperBound),
              closing - sentence.upperBound <= Self.parenthesisReach
        else { return false }
        return !text.containsLineBreak(sentence.upperBound..<closing)
    }

    /// A break kept at `next`, moved past footnote marks that belong to the sentence before
    /// ("... in 1805. [6] His ..."): "[6]", "[12]", "[...]", "[…]".
    private func afterFootnotes(_ next: Int, in text: UnsafeBufferPointer<UInt8>) -> Decision {
        var start = next
        while start < text.count, text[start] == UInt8(ascii: "["), let end = footnoteEnd(from: start, in: text) {
            start = text.skippingWhitespace(from: end)
        }
        if start == next { return .keep }
        return start < text.count ? .startAt(start) : .drop
    }

    /// The end of the footnote mark that opens at `open` ("[", 1–3 digits or an ellipsis, "]"), or nil.
    private func footnoteEnd(from open: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = open + 1
        while position < text.count, position - open <= 4, text[position] != UInt8(ascii: "]") { position += 1 }
        guard position < text.count, text[position] == UInt8(ascii: "]"), position > open + 1 else { return nil }
        let inside = text[(open + 1)..<position]
        let isNumber = inside.allSatisfy(\.isASCIIDigit)
        let isEllipsis = inside.elementsEqual("...".utf8) || inside.elementsEqual("…".utf8)
        return isNumber || isEllipsis ? position + 1 : nil
    }

    /// Whether the line break after `lastCharacterEnd` only wraps a sentence: the line ends in a
    /// lowercase letter or a comma, the next line starts lowercase and ends the sentence
    /// ("It was a cold\nnight in the city."). A line that stops without punctuation before a line
    /// that does not finish a sentence stays a sentence of its own (a headline, a list entry).
    private func continuesOnNextLine(lastCharacterEnd: Int, next: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let last = text[lastCharacterEnd - 1]
        guard last.isASCIILower || last == UInt8(ascii: ","), text[next].isASCIILower else { return false }
        return lineEndsSentence(from: next, in: text)
    }

    /// Whether the line that goes on at `offset` ends with `.`, `!` or `?` (closing quotes and
    /// brackets aside). A line that does not is a headline, a dateline or a list entry, where an
    /// abbreviation before a capitalized word ends nothing ("Regulators Fine Acme Corp. Over Leak").
    private func lineEndsSentence(from offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var lineEnd = offset
        let limit = min(text.count, offset + Self.lineReach)
        while lineEnd < limit, !text.containsLineBreak(lineEnd..<(lineEnd + 1)) { lineEnd += 1 }
        guard lineEnd < limit || limit == text.count else { return true }
        var markEnd = text.trimmingWhitespace(backFrom: lineEnd, floor: offset)
        while let width = text.closerWidth(endingAt: markEnd), markEnd - width > offset { markEnd -= width }
        guard markEnd > offset else { return false }
        switch text[markEnd - 1] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
        case 0xA6: return markEnd >= 3 && text[markEnd - 2] == 0x80 && text[markEnd - 3] == 0xE2
        default: return false
        }
    }
}

extension Array where Element == Int {
    /// How many elements (ascending) lie in `range`.
    fileprivate func count(in range: Range<Int>) -> Int {
        firstIndex(atOrAfter: range.upperBound) - firstIndex(atOrAfter: range.lowerBound)
    }

    /// The first element (ascending) at or after `value`, or nil.
    fileprivate func first(atOrAfter value: Int) -> Int? {
        let index = firstIndex(atOrAfter: value)
        return index < count ? self[index] : nil
    }

    private func firstIndex(atOrAfter value: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
