extension Float {
    /// e^`x`, within 1e-5 relative for `x` in -87...88 (clamped outside): fog and contact
    /// shadows take it for every pixel, where libm's `expf` is a call each time. Inline,
    /// it is six fused multiply-adds, and the same bits on every platform.
    @inline(__always) static func exponential(_ x: Float) -> Float {
        // e^x = 2^n · 2^f with n whole and |f| ≤ ½; 2^f from its Taylor series to f⁵.
        let t = Swift.min(Swift.max(x, -87), 88) * 1.442_695_04
        let n = t.rounded(.toNearestOrEven)
        let f = t - n
        var p: Float = 1.333_355_8e-3
        p = Float(9.618_129e-3).addingProduct(p, f)
        p = Float(5.550_411e-2).addingProduct(p, f)
        p = Float(0.240_226_5).addingProduct(p, f)
        p = Float(0.693_147_2).addingProduct(p, f)
        p = Float(1).addingProduct(p, f)
        return p * Float(bitPattern: UInt32(Int32(n) + 127) << 23)
    }
}
