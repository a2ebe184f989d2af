/// Dates, money, percentages and plain numbers, found by rules over tokens:
///
/// - DATE: a month name with an optional day and year ("March 3, 2024", "3 March"), a weekday,
///   "today"/"yesterday"/"tomorrow", or a year 1900–2099 standing alone;
/// - MONEY: a currency sign before a number ("$4.5 million"), or a number before a currency word;
/// - PERCENT: a number before "%" or "percent";
/// - CARDINAL: any other number, with a following "million"/"billion".
struct NumericEntities {
    private static let months = NameKeyTable(words: ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
    private static let dayWords = NameKeyTable(words: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday", "today", "yesterday", "tomorrow"])
    private static let scales = NameKeyTable(words: ["million", "billion", "trillion", "thousand", "hundred", "mln", "bln", "m", "bn"])
    private static let currencyWords = NameKeyTable(words: ["dollars", "dollar", "euros", "euro", "pounds", "yen", "yuan", "rupees",
                                             "francs", "marks", "cents", "usd", "eur", "gbp"])
    private static let percentWords = NameKeyTable(words: ["percent", "pct"])

    func candidates(in tokens: [MatchToken], text: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var found: [Candidate] = []
        var index = 0
        while index < tokens.count {
            if Self.mayStartEntity(tokens[index]), let candidate = match(at: index, tokens: tokens, text: text) {
                found.append(candidate)
                index = candidate.last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// A number, or a word that may be a month or day name: capitalized, or in no word list.
    @inline(__always)
    private static func mayStartEntity(_ token: MatchToken) -> Bool {
        token.shape.contains(.word) ? token.shape.contains(.capitalized) || token.wordClass.isEmpty
            : token.shape.contains(.number)
    }

    private func match(at index: Int, tokens: [MatchToken], text: UnsafeBufferPointer<UInt8>) -> Candidate? {
        let token = tokens[index]
        func make(_ last: Int, _ label: EntityLabel, first: Int = index) -> Candidate {
            Candidate(first: first, last: last, start: tokens[first].start, end: tokens[last].end, label: label,
                      entry: nil, localID: .none, origin: .numeric)
        }
        func isNumber(_ at: Int) -> Bool { at < tokens.count && tokens[at].shape.contains(.number) && !tokens[at].shape.contains(.word) }
        func key(_ at: Int) -> UInt64 { tokens[at].key }
        func adjacent(_ at: Int) -> Bool { at < tokens.count && !tokens[at].shape.contains(.spaceBefore) }
        func spaced(_ at: Int) -> Bool { at < tokens.count && tokens[at].shape.contains(.spaceBefore) && !tokens[at].shape.contains(.lineBreakBefore) }

        if token.shape.contains(.word), token.shape.contains(.capitalized) || token.wordClass.isEmpty {
            if Self.months.contains(key(index)), token.shape.contains(.capitalized) {
                var last = index
                if adjacent(last + 1), tokens[last + 1].shape.contains(.period) { last += 1 }
                if spaced(last + 1), isNumber(last + 1), tokens[last + 1].end - tokens[last + 1].start <= 2 {
                    last += 1
                    if last + 2 < tokens.count, text[tokens[last + 1].start] == UInt8(ascii: ","),
                        spaced(last + 2), isYear(tokens[last + 2], text) {
                        last += 2
                    }
                } else if spaced(last + 1), isYear(tokens[last + 1], text) {
                    last += 1
                } else if token.shape.contains(.sentenceInitial) {
                    return nil
                }
                return make(last, .date)
            }
            if Self.dayWords.contains(key(index)) { return make(index, .date) }
            return nil
        }
        if token.shape.contains(.number) && !token.shape.contains(.word) {
            var last = index
            if spaced(last + 1), Self.months.contains(key(last + 1)), tokens[last + 1].shape.contains(.capitalized),
                token.end - token.start <= 2 {
                last += 1
                if spaced(last + 1), isYear(tokens[last + 1], text) { last += 1 }
                return make(last, .date)
            }
            if index > 0, adjacent(index), isCurrencySign(tokens[index - 1], text) {
                if spaced(last + 1), Self.scales.contains(key(last + 1)) { last += 1 }
                return make(last, .money, first: index - 1)
            }
            if adjacent(last + 1), text[tokens[last + 1].start] == UInt8(ascii: "%") { return make(last + 1, .percent) }
            if spaced(last + 1), Self.percentWords.contains(key(last + 1)) { return make(last + 1, .percent) }
            if spaced(last + 1), Self.scales.contains(key(last + 1)) { last += 1 }
            if spaced(last + 1), Self.currencyWords.contains(key(last + 1)) { return make(last + 1, .money) }
            if last == index, isYear(token, text) { return make(index, .date) }
            return make(last, .cardinal)
        }
        return nil
    }

    private func isYear(_ token: MatchToken, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.end - token.start == 4 else { return false }
        let first = text[token.start], second = text[token.start + 1]
        return (first == UInt8(ascii: "1") && second == UInt8(ascii: "9")) || (first == UInt8(ascii: "2") && second == UInt8(ascii: "0"))
    }

    private func isCurrencySign(_ token: MatchToken, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = text[token.start]
        if byte == UInt8(ascii: "$") { return true }
        return token.end - token.start >= 2 && (byte == 0xC2 && text[token.start + 1] == 0xA3  // £
            || byte == 0xE2 && token.end - token.start >= 3 && text[token.start + 1] == 0x82 && text[token.start + 2] == 0xAC)  // €
    }
}
