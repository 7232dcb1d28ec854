import Foundation

/// Standard normal draws by the ziggurat method (Marsaglia and Tsang, in Doornik's form with 128
/// layers): most draws cost one 64-bit random number and a comparison, where Box–Muller needs a
/// logarithm, a square root and a cosine. The Monte Carlo engine draws millions of answer times, so
/// this is where its time goes.
///
/// The layers are stacked under the density f(x) = exp(-x²/2): layer 0 is the bottom block with the
/// tail beyond ``tailStart``, and layer i spans [0, x[i]) fully below the curve up to x[i + 1].
struct ZigguratNormal: Sendable {
    static let layerCount = 128
    /// Where the tail begins.
    static let tailStart = 3.442619855899
    /// The area of each layer.
    static let layerArea = 9.91256303526217e-3

    /// The tables, computed once.
    static let shared = ZigguratNormal()

    /// The right edge x[i] of each layer, with x[128] = 0.
    let edges: [Double]
    /// x[i + 1] / x[i]: a draw below this fraction of the layer's width lies under the curve for sure.
    let ratios: [Double]

    private init() {
        edges = Self.layerEdges()
        ratios = (0..<Self.layerCount).map { [edges] in edges[$0 + 1] / edges[$0] }
    }

    private static func layerEdges() -> [Double] {
        var x = [Double](repeating: 0, count: layerCount + 1)
        var f = exp(-0.5 * tailStart * tailStart)
        x[0] = layerArea / f
        x[1] = tailStart
        for i in 2..<layerCount {
            x[i] = (-2 * log(layerArea / x[i - 1] + f)).squareRoot()
            f = exp(-0.5 * x[i] * x[i])
        }
        x[layerCount] = 0
        return x
    }

    /// One standard normal value.
    @inline(__always)
    func sample<R: RandomSource>(using random: inout R) -> Double {
        while true {
            let bits = random.next()
            // The top 53 bits give u in [-1, 1); the low 7 bits, independent of them, pick the layer.
            let u = 2 * (Double(bits >> 11) * 0x1.0p-53) - 1
            let layer = Int(bits & 0x7F)
            if abs(u) < ratios[layer] { return u * edges[layer] }
            if layer == 0 { return Self.tail(negative: u < 0, using: &random) }
            let x = u * edges[layer]
            let f0 = exp(-0.5 * (edges[layer] * edges[layer] - x * x))
            let f1 = exp(-0.5 * (edges[layer + 1] * edges[layer + 1] - x * x))
            if f1 + random.nextUnit() * (f0 - f1) < 1 { return x }
        }
    }

    /// A draw from the normal tail beyond ``tailStart`` (Marsaglia's method).
    static func tail<R: RandomSource>(negative: Bool, using random: inout R) -> Double {
        while true {
            // 1 - u lies in (0, 1], so the logarithms are finite.
            let x = log(1 - random.nextUnit()) / tailStart
            let y = log(1 - random.nextUnit())
            if -2 * y >= x * x { return negative ? x - tailStart : tailStart - x }
        }
    }
}
