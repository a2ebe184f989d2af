/// Dates as news digests write them: "April 15, 2014", "Tue., Apr. 15", "15 April 2014",
/// "9/18", "2014-04-15", optionally with a weekday, a time and a "Published:" cue.
struct DatePattern {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The words of the text, without surrounding brackets and trailing commas or periods.
    private let tokens: [Range<Int>]

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        self.bytes = bytes
        var tokens: [Range<Int>] = []
        // Date lines and titles have a few words: one allocation, not one per doubling.
        tokens.reserveCapacity(16)
        var offset = range.lowerBound
        var wordStart = -1
        while offset < range.upperBound {
            if let width = bytes.spaceWidth(at: offset) {
                if wordStart >= 0, let token = Self.token(bytes, wordStart..<offset) { tokens.append(token) }
                wordStart = -1
                offset += width
            } else {
                if wordStart < 0 { wordStart = offset }
                offset += bytes.scalarWidth(at: offset)
            }
        }
        if wordStart >= 0, let token = Self.token(bytes, wordStart..<range.upperBound) { tokens.append(token) }
        self.tokens = tokens
    }

    /// `word` without opening brackets and without closing brackets and punctuation; nil when
    /// nothing is left.
    private static func token(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Range<Int>? {
        var start = word.lowerBound
        var end = word.upperBound
        while start < end, isOpening(bytes[start]) { start += 1 }
        while end > start, isTrailing(bytes[end - 1]) { end -= 1 }
        return start < end ? start..<end : nil
    }

    /// ( [ {
    private static func isOpening(_ byte: UInt8) -> Bool { byte == 0x28 || byte == 0x5B || byte == 0x7B }

    /// , . ; : ) ] }
    private static func isTrailing(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2C, 0x2E, 0x3B, 0x3A, 0x29, 0x5D, 0x7D: true
        default: false
        }
    }

    /// The whole text is a date line (cue words, weekday, date, time, separators; "April 15,
    /// 2014 Tuesday" too).
    var isWholeLine: Bool {
        var index = 0
        while index < tokens.count, isCue(tokens[index]) || isSeparator(tokens[index]) { index += 1 }
        guard let end = dateEnd(from: index) else { return false }
        index = end
        while index < tokens.count, isTimePart(tokens[index]) || isSeparator(tokens[index]) || isWeekday(tokens[index]) {
            index += 1
        }
        return index == tokens.count
    }

    /// The first date inside the text, as written ("9/18" in "Daily Digest (9/18)").
    var firstDate: Range<Int>? {
        for start in tokens.indices {
            if let end = dateEnd(from: start) {
                return tokens[start].lowerBound..<tokens[end - 1].upperBound
            }
        }
        return nil
    }

    /// The token index after a date starting at `start` (weekday optional), or nil.
    private func dateEnd(from start: Int) -> Int? {
        var index = start
        if index < tokens.count, isWeekday(tokens[index]) { index += 1 }
        guard index < tokens.count else { return index > start ? index : nil }
        let token = tokens[index]
        if isNumericDate(token) { return index + 1 }
        if isMonth(token) {
            index += 1
            if index < tokens.count, isDay(tokens[index]) { index += 1 } else if index < tokens.count, isYear(tokens[index]) {
                return index + 1
            } else {
                return nil
            }
            if index < tokens.count, isYear(tokens[index]) { index += 1 }
            return index
        }
        if isDay(token), index + 1 < tokens.count, isMonth(tokens[index + 1]) {
            index += 2
            if index < tokens.count, isYear(tokens[index]) { index += 1 }
            return index
        }
        return nil
    }

    /// A month name, full or cut to three letters or more ("Apr", "Sept").
    private func isMonth(_ token: Range<Int>) -> Bool { isAbbreviation(token, of: Self.months, initials: Self.monthInitials) }

    private func isWeekday(_ token: Range<Int>) -> Bool {
        isAbbreviation(token, of: Self.weekdays, initials: Self.weekdayInitials)
    }

    private func isCue(_ token: Range<Int>) -> Bool { bytes.isOne(of: Self.cues, token) }

    /// `token` is the first three letters or more of one of `names`, whose first letters are
    /// the bits of `initials` (which pass over most words with one test).
    private func isAbbreviation(_ token: Range<Int>, of names: [[UInt8]], initials: UInt32) -> Bool {
        guard token.count >= 3, token.count <= 9 else { return false }
        let letter = bytes[token.lowerBound].asciiLowercased &- 0x61
        guard letter < 26, initials >> UInt32(letter) & 1 != 0 else { return false }
        return names.contains { name in bytes.isPrefix(token, of: name) }
    }

    /// "|", "-", "–", "—", "·" or "•" between the parts of a date line.
    private func isSeparator(_ token: Range<Int>) -> Bool {
        var offset = token.lowerBound
        while offset < token.upperBound {
            let (value, width) = bytes.scalar(at: offset)
            guard Punctuation.isDash(value) || value == 0x7C || value == 0xB7 || value == 0x2022 else { return false }
            offset += width
        }
        return true
    }

    private func digits(_ token: Range<Int>) -> Int { token.prefix { bytes[$0].isASCIIDigit }.count }

    /// 1–31, optionally with an ordinal suffix ("15th").
    private func isDay(_ token: Range<Int>) -> Bool {
        let count = digits(token)
        guard (1...2).contains(count) else { return false }
        let suffix = token.lowerBound + count..<token.upperBound
        return suffix.isEmpty || bytes.isOne(of: Self.ordinalSuffixes, suffix)
    }

    private func isYear(_ token: Range<Int>) -> Bool {
        token.count == 4 && digits(token) == 4 && (bytes[token.lowerBound] == 0x31 || bytes[token.lowerBound] == 0x32)
    }

    /// "9/18", "09/18/2020", "2014-04-15", "15.04.2014".
    private func isNumericDate(_ token: Range<Int>) -> Bool {
        // The digit counts of the first three groups; a fourth group fails every pattern.
        var groups = (0, 0, 0)
        var groupCount = 0
        var separator: UInt8?
        var run = 0
        for offset in token {
            let byte = bytes[offset]
            if byte.isASCIIDigit {
                run += 1
            } else if byte == 0x2F || byte == 0x2D || byte == 0x2E, run > 0, separator == nil || separator == byte {
                separator = byte
                guard Self.append(run, to: &groups, count: &groupCount) else { return false }
                run = 0
            } else {
                return false
            }
        }
        guard Self.append(run, to: &groups, count: &groupCount) else { return false }
        let dayOrMonth = 1...2
        switch separator {
        case 0x2F:
            return dayOrMonth.contains(groups.0) && dayOrMonth.contains(groups.1)
                && (groupCount == 2 || groupCount == 3 && (groups.2 == 2 || groups.2 == 4))
        case 0x2D: return groupCount == 3 && groups == (4, 2, 2)
        case 0x2E: return groupCount == 3 && dayOrMonth.contains(groups.0) && dayOrMonth.contains(groups.1) && groups.2 == 4
        default: return false
        }
    }

    /// Records the digit count of one more group; false past three groups.
    private static func append(_ run: Int, to groups: inout (Int, Int, Int), count: inout Int) -> Bool {
        switch count {
        case 0: groups.0 = run
        case 1: groups.1 = run
        case 2: groups.2 = run
        default: return false
        }
        count += 1
        return true
    }

    /// "10:30", "10:30am", "a.m.", "pm", "ET", "UTC".
    private func isTimePart(_ token: Range<Int>) -> Bool {
        if bytes.isOne(of: Self.timeWords, token) { return true }
        let leading = digits(token)
        guard (1...2).contains(leading), token.count > leading, bytes[token.lowerBound + leading] == 0x3A else {
            return false
        }
        let rest = token.lowerBound + leading + 1..<token.upperBound
        let minutes = rest.prefix { bytes[$0].isASCIIDigit }.count
        return minutes == 2 && (rest.count == 2 || bytes.isOne(of: Self.timeWords, rest.dropFirst(2)))
    }

    private static func list(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    private static let months = list([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ])
    private static let weekdays = list(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
    private static let monthInitials = initials(months)
    private static let weekdayInitials = initials(weekdays)
    /// One bit per letter a–z that starts one of `names`.
    private static func initials(_ names: [[UInt8]]) -> UInt32 { names.reduce(0) { $0 | 1 << UInt32($1[0] &- 0x61) } }
    private static let ordinalSuffixes = list(["st", "nd", "rd", "th"])
    private static let cues = list(["published", "updated", "posted", "date", "dated", "on", "last", "as", "of"])
    private static let timeWords = list(["am", "pm", "a.m", "p.m", "et", "est", "edt", "pt", "pst", "pdt", "utc", "gmt", "bst", "cet"])
}
