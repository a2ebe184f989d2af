/// Dates, money, percentages and plain numbers, found by rules over tokens:
///
/// - DATE: a month name with an optional day and year ("March 3, 2024", "3 March"), a weekday,
///   "today"/"yesterday"/"tomorrow", or a year 1900–2099 standing alone;
/// - MONEY: a currency sign before a number ("$4.5 million"), or a number before a currency word;
/// - PERCENT: a number before "%" or "percent";
/// - CARDINAL: any other number, with a following "million"/"billion".
struct NumericEntities: Sendable {
    private enum CalendarWord: Sendable { case month, day }
    private enum UnitWord: Sendable { case scale, currency, percent }

    private let calendarWords: NameKeyTable<CalendarWord>
    private let unitWords: NameKeyTable<UnitWord>

    init() {
        var calendar = NameKeyTable<CalendarWord>(capacity: 40)
        for month in ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                      "sept", "oct", "nov", "dec"] {
            calendar.insertIfAbsent(NameHash(normalized: month).key, .month)
        }
        for day in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                    "yesterday", "tomorrow"] {
            calendar.insertIfAbsent(NameHash(normalized: day).key, .day)
        }
        var units = NameKeyTable<UnitWord>(capacity: 30)
        for scale in ["million", "billion", "trillion", "thousand", "hundred", "mln", "bln", "m", "bn"] {
            units.insertIfAbsent(NameHash(normalized: scale).key, .scale)
        }
        for currency in ["dollars", "dollar", "euros", "euro", "pounds", "yen", "yuan", "rupees", "francs", "marks",
                         "cents", "usd", "eur", "gbp"] {
            units.insertIfAbsent(NameHash(normalized: currency).key, .currency)
        }
        for percent in ["percent", "pct"] {
            units.insertIfAbsent(NameHash(normalized: percent).key, .percent)
        }
        calendarWords = calendar
        unitWords = units
    }

    /// The numeric entities starting at the `ruleStarts` of `tokens` (`MatchTokenList`): numbers,
    /// capitalized words and the small-letter words that may be a weekday or "today".
    func candidates(in tokens: [MatchToken], ruleStarts: [Int32], text: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var found: [Candidate] = []
        found.reserveCapacity(ruleStarts.count / 4 + 4)
        tokens.withUnsafeBufferPointer { tokens in
            // Where the search resumes after an entity.
            var resume = 0
            for ruleStart in ruleStarts where Int(ruleStart) >= resume {
                if let candidate = match(at: Int(ruleStart), tokens: tokens, text: text) {
                    found.append(candidate)
                    resume = candidate.last + 1
                }
            }
        }
        return found
    }

    @inline(__always)
    private func match(at index: Int, tokens: UnsafeBufferPointer<MatchToken>, text: UnsafeBufferPointer<UInt8>) -> Candidate? {
        let shape = tokens[index].shape
        if shape.contains(.word) {
            guard shape.contains(.capitalized) || tokens[index].wordClass.isEmpty,
                let word = calendarWords[tokens[index].key]
            else { return nil }
            switch word {
            case .month: return shape.contains(.capitalized) ? month(at: index, tokens: tokens, text: text) : nil
            case .day: return Self.make(index, index, .date, tokens)
            }
        }
        return shape.contains(.number) ? number(at: index, tokens: tokens, text: text) : nil
    }

    /// A month name, with a day ("March 3", "March 3, 2024") or a year ("March 2024") after it.
    private func month(at index: Int, tokens: UnsafeBufferPointer<MatchToken>, text: UnsafeBufferPointer<UInt8>) -> Candidate? {
        var last = index
        if Self.adjacent(last + 1, tokens), tokens[last + 1].shape.contains(.period) { last += 1 }
        if Self.spaced(last + 1, tokens), Self.isNumber(last + 1, tokens), tokens[last + 1].end - tokens[last + 1].start <= 2 {
            last += 1
            if last + 2 < tokens.count, text[tokens[last + 1].start] == UInt8(ascii: ","),
                Self.spaced(last + 2, tokens), isYear(tokens[last + 2], text) {
                last += 2
            }
        } else if Self.spaced(last + 1, tokens), isYear(tokens[last + 1], text) {
            last += 1
        } else if tokens[index].shape.contains(.sentenceInitial) {
            return nil
        }
        return Self.make(index, last, .date, tokens)
    }

    private func number(at index: Int, tokens: UnsafeBufferPointer<MatchToken>, text: UnsafeBufferPointer<UInt8>) -> Candidate {
        let token = tokens[index]
        var last = index
        if Self.spaced(last + 1, tokens), calendarWords[tokens[last + 1].key] == .month,
            tokens[last + 1].shape.contains(.capitalized), token.end - token.start <= 2 {
            last += 1
            if Self.spaced(last + 1, tokens), isYear(tokens[last + 1], text) { last += 1 }
            return Self.make(index, last, .date, tokens)
        }
        if index > 0, Self.adjacent(index, tokens), isCurrencySign(tokens[index - 1], text) {
            if unit(after: last, tokens) == .scale { last += 1 }
            return Self.make(index - 1, last, .money, tokens)
        }
        if Self.adjacent(last + 1, tokens), text[tokens[last + 1].start] == UInt8(ascii: "%") {
            return Self.make(index, last + 1, .percent, tokens)
        }
        if unit(after: last, tokens) == .percent { return Self.make(index, last + 1, .percent, tokens) }
        if unit(after: last, tokens) == .scale { last += 1 }
        if unit(after: last, tokens) == .currency { return Self.make(index, last + 1, .money, tokens) }
        if last == index, isYear(token, text) { return Self.make(index, index, .date, tokens) }
        return Self.make(index, last, .cardinal, tokens)
    }

    /// The unit word ("million", "dollars", "percent") after token `index` on its line, if any.
    @inline(__always)
    private func unit(after index: Int, _ tokens: UnsafeBufferPointer<MatchToken>) -> UnitWord? {
        Self.spaced(index + 1, tokens) ? unitWords[tokens[index + 1].key] : nil
    }

    @inline(__always)
    private static func make(_ first: Int, _ last: Int, _ label: EntityLabel, _ tokens: UnsafeBufferPointer<MatchToken>) -> Candidate {
        Candidate(first: first, last: last, start: tokens[first].start, end: tokens[last].end, label: label,
                  entry: nil, localID: .none, origin: .numeric)
    }

    @inline(__always)
    private static func isNumber(_ at: Int, _ tokens: UnsafeBufferPointer<MatchToken>) -> Bool {
        at < tokens.count && tokens[at].shape.contains(.number) && !tokens[at].shape.contains(.word)
    }

    @inline(__always)
    private static func adjacent(_ at: Int, _ tokens: UnsafeBufferPointer<MatchToken>) -> Bool {
        at < tokens.count && !tokens[at].shape.contains(.spaceBefore)
    }

    @inline(__always)
    private static func spaced(_ at: Int, _ tokens: UnsafeBufferPointer<MatchToken>) -> Bool {
        at < tokens.count && tokens[at].shape.contains(.spaceBefore) && !tokens[at].shape.contains(.lineBreakBefore)
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
