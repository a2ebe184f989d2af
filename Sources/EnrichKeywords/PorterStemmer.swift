/// Porter's (1980) suffix-stripping stemmer on lower-case ASCII bytes, in place.
///
/// Used to merge variants of a word ("elections", "election", "elected" -> "elect") so that a
/// keyword is counted once whatever its inflection. Works on a caller's scratch buffer, so
/// stemming a token allocates nothing.
enum PorterStemmer {
    /// Stems `word[0..<count]` in place and returns the new length. Words of one or two letters
    /// and words with bytes other than `a`...`z` are left as they are.
    static func stem(_ word: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
        guard count > 2, word[0..<count].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return count }
        var state = State(word: word, end: count - 1)
        state.step1ab()
        if state.end > 0 {
            state.step1c()
            state.step2()
            state.step3()
            state.step4()
            state.step5()
        }
        return state.end + 1
    }

    /// The word being stemmed: `word[0...end]`, and `stemEnd`, the end of the stem before the
    /// suffix last matched by `ends`.
    private struct State {
        let word: UnsafeMutableBufferPointer<UInt8>
        var end: Int
        var stemEnd = 0

        init(word: UnsafeMutableBufferPointer<UInt8>, end: Int) {
            self.word = word
            self.end = end
        }

        func isConsonant(_ i: Int) -> Bool {
            switch word[i] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
                return false
            case UInt8(ascii: "y"):
                return i == 0 ? true : !isConsonant(i - 1)
            default:
                return true
            }
        }

        /// The number of vowel-consonant sequences in `word[0...stemEnd]`.
        func measure() -> Int {
            var n = 0
            var i = 0
            while true {
                if i > stemEnd { return n }
                if !isConsonant(i) { break }
                i += 1
            }
            i += 1
            while true {
                while true {
                    if i > stemEnd { return n }
                    if isConsonant(i) { break }
                    i += 1
                }
                i += 1
                n += 1
                while true {
                    if i > stemEnd { return n }
                    if !isConsonant(i) { break }
                    i += 1
                }
                i += 1
            }
        }

        func vowelInStem() -> Bool {
            stemEnd >= 0 && (0...stemEnd).contains { !isConsonant($0) }
        }

        func doubleConsonant(_ j: Int) -> Bool {
            j >= 1 && word[j] == word[j - 1] && isConsonant(j)
        }

        /// Consonant-vowel-consonant ending at `i`, the last consonant not w, x or y ("hop").
        func consonantVowelConsonant(_ i: Int) -> Bool {
            guard i >= 2, isConsonant(i), !isConsonant(i - 1), isConsonant(i - 2) else { return false }
            let last = word[i]
            return last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
        }

        mutating func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard length <= end + 1 else { return false }
            let start = end + 1 - length
            let bytes = suffix.utf8Start
            for offset in 0..<length where word[start + offset] != bytes[offset] { return false }
            stemEnd = end - length
            return true
        }

        mutating func setTo(_ replacement: StaticString) {
            let bytes = replacement.utf8Start
            for offset in 0..<replacement.utf8CodeUnitCount { word[stemEnd + 1 + offset] = bytes[offset] }
            end = stemEnd + replacement.utf8CodeUnitCount
        }

        mutating func replaceIfMeasured(_ replacement: StaticString) {
            if measure() > 0 { setTo(replacement) }
        }

        /// Plurals and -ed / -ing.
        mutating func step1ab() {
            if word[end] == UInt8(ascii: "s") {
                if ends("sses") {
                    end -= 2
                } else if ends("ies") {
                    setTo("i")
                } else if end >= 1 && word[end - 1] != UInt8(ascii: "s") {
                    end -= 1
                }
            }
            if ends("eed") {
                if measure() > 0 { end -= 1 }
            } else if (ends("ed") || ends("ing")) && vowelInStem() {
                end = stemEnd
                if ends("at") {
                    setTo("ate")
                } else if ends("bl") {
                    setTo("ble")
                } else if ends("iz") {
                    setTo("ize")
                } else if doubleConsonant(end) {
                    let last = word[end]
                    if last != UInt8(ascii: "l") && last != UInt8(ascii: "s") && last != UInt8(ascii: "z") { end -= 1 }
                } else {
                    stemEnd = end
                    if measure() == 1 && consonantVowelConsonant(end) { setTo("e") }
                }
            }
        }

        /// Terminal y to i when there is another vowel in the stem.
        mutating func step1c() {
            if ends("y") && vowelInStem() { word[end] = UInt8(ascii: "i") }
        }

        /// Double suffixes to single ones ("-ization" -> "-ize").
        mutating func step2() {
            guard end >= 1 else { return }
            switch word[end - 1] {
            case UInt8(ascii: "a"):
                if ends("ational") { replaceIfMeasured("ate") } else if ends("tional") { replaceIfMeasured("tion") }
            case UInt8(ascii: "c"):
                if ends("enci") { replaceIfMeasured("ence") } else if ends("anci") { replaceIfMeasured("ance") }
            case UInt8(ascii: "e"):
                if ends("izer") { replaceIfMeasured("ize") }
            case UInt8(ascii: "l"):
                if ends("bli") {
                    replaceIfMeasured("ble")
                } else if ends("alli") {
                    replaceIfMeasured("al")
                } else if ends("entli") {
                    replaceIfMeasured("ent")
                } else if ends("eli") {
                    replaceIfMeasured("e")
                } else if ends("ousli") {
                    replaceIfMeasured("ous")
                }
            case UInt8(ascii: "o"):
                if ends("ization") {
                    replaceIfMeasured("ize")
                } else if ends("ation") {
                    replaceIfMeasured("ate")
                } else if ends("ator") {
                    replaceIfMeasured("ate")
                }
            case UInt8(ascii: "s"):
                if ends("alism") {
                    replaceIfMeasured("al")
                } else if ends("iveness") {
                    replaceIfMeasured("ive")
                } else if ends("fulness") {
                    replaceIfMeasured("ful")
                } else if ends("ousness") {
                    replaceIfMeasured("ous")
                }
            case UInt8(ascii: "t"):
                if ends("aliti") {
                    replaceIfMeasured("al")
                } else if ends("iviti") {
                    replaceIfMeasured("ive")
                } else if ends("biliti") {
                    replaceIfMeasured("ble")
                }
            case UInt8(ascii: "g"):
                if ends("logi") { replaceIfMeasured("log") }
            default:
                break
            }
        }

        /// -ic-, -full, -ness and the like.
        mutating func step3() {
            switch word[end] {
            case UInt8(ascii: "e"):
                if ends("icate") {
                    replaceIfMeasured("ic")
                } else if ends("ative") {
                    replaceIfMeasured("")
                } else if ends("alize") {
                    replaceIfMeasured("al")
                }
            case UInt8(ascii: "i"):
                if ends("iciti") { replaceIfMeasured("ic") }
            case UInt8(ascii: "l"):
                if ends("ical") { replaceIfMeasured("ic") } else if ends("ful") { replaceIfMeasured("") }
            case UInt8(ascii: "s"):
                if ends("ness") { replaceIfMeasured("") }
            default:
                break
            }
        }

        /// -ant, -ence and the like, in a stem of measure above one.
        mutating func step4() {
            guard end >= 1 else { return }
            let matched: Bool
            switch word[end - 1] {
            case UInt8(ascii: "a"): matched = ends("al")
            case UInt8(ascii: "c"): matched = ends("ance") || ends("ence")
            case UInt8(ascii: "e"): matched = ends("er")
            case UInt8(ascii: "i"): matched = ends("ic")
            case UInt8(ascii: "l"): matched = ends("able") || ends("ible")
            case UInt8(ascii: "n"): matched = ends("ant") || ends("ement") || ends("ment") || ends("ent")
            case UInt8(ascii: "o"):
                if ends("ion") && stemEnd >= 0
                    && (word[stemEnd] == UInt8(ascii: "s") || word[stemEnd] == UInt8(ascii: "t")) {
                    matched = true
                } else {
                    matched = ends("ou")
                }
            case UInt8(ascii: "s"): matched = ends("ism")
            case UInt8(ascii: "t"): matched = ends("ate") || ends("iti")
            case UInt8(ascii: "u"): matched = ends("ous")
            case UInt8(ascii: "v"): matched = ends("ive")
            case UInt8(ascii: "z"): matched = ends("ize")
            default: matched = false
            }
            if matched && measure() > 1 { end = stemEnd }
        }

        /// A final -e, and -ll to -l, in long stems.
        mutating func step5() {
            stemEnd = end
            if word[end] == UInt8(ascii: "e") {
                let m = measure()
                if m > 1 || (m == 1 && !consonantVowelConsonant(end - 1)) { end -= 1 }
            }
            stemEnd = end
            if word[end] == UInt8(ascii: "l") && doubleConsonant(end) && measure() > 1 { end -= 1 }
        }
    }
}
