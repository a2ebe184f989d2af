/// A few values by word, searched linearly: cheaper than hashing for the handful of entries a
/// document holds (full names of persons, descriptions of unnamed sources).
struct WordMap<Value> {
    /// One word and its value (a struct rather than a tuple, so that its copies and its
    /// destruction are specialized instead of going through type metadata).
    private struct Entry {
        let key: PackedWord
        var value: Value
    }

    private var entries: [Entry] = []

    subscript(key: PackedWord) -> Value? {
        get {
            for entry in entries where entry.key == key { return entry.value }
            return nil
        }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                if entries.capacity == 0 { entries.reserveCapacity(8) }
                entries.append(Entry(key: key, value: newValue))
            }
        }
    }
}
