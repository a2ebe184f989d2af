import EnrichCore

/// Tokens written to raw storage as the tokenizer makes them, then copied once into an array:
/// `Array.append` checks that its storage is not shared on every call, a cost the tokenizer,
/// which appends about one token in seven bytes, need not pay.
struct TokenBuffer: ~Copyable {
    private var storage: UnsafeMutablePointer<Token>
    private var capacity: Int
    private(set) var count = 0

    /// An empty buffer with room for `capacity` tokens (it grows when they do not fit).
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (storage + count).initialize(to: token)
        count &+= 1
    }

    @inline(__always)
    subscript(index: Int) -> Token {
        storage[index]
    }

    /// Drops the tokens from `index` on.
    mutating func removeSuffix(from index: Int) {
        count = index
    }

    /// The tokens, as an array of exactly their number.
    consuming func array() -> [Token] {
        Array(UnsafeBufferPointer(start: storage, count: count))
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
