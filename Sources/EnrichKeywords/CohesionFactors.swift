import Foundation

/// A phrase's cohesion factor, `pow(count / largest, exponent)` for a phrase seen `count` times
/// whose most frequent word is seen `largest` times (`count < largest`), from a table for
/// counts below `side`: the table holds the very `pow` results, so scores are the same to the bit.
struct CohesionFactors: Sendable {
    static let side = 64

    let exponent: Double
    private let table: [Double]

    init(exponent: Double) {
        self.exponent = exponent
        let side = Self.side
        table = (0..<(side * side)).map { cell in
            let count = cell / side
            let largest = cell % side
            return count < largest ? pow(Double(count) / Double(largest), exponent) : 1
        }
    }

    /// The factor for `count` occurrences of a phrase whose largest word count is `largest`
    /// (`0 < count < largest`).
    @inline(__always)
    func factor(_ count: Int32, of largest: Int32) -> Double {
        if largest < Self.side {
            return table.withUnsafeBufferPointer { $0[Int(count) &* Self.side &+ Int(largest)] }
        }
        return pow(Double(count) / Double(largest), exponent)
    }
}
