/// Keeping land-bound things out of the water, and boats on it.
extension Terrain {
    /// Whether the ground is dry half a metre above the water or more at `point` and
    /// `radius` metres around it (the four compass points), so a footprint fits.
    func isDry(_ point: SIMD3<Float>, radius: Float = 0) -> Bool {
        guard let waterLevel else { return true }
        return footprint(point, radius: radius).allSatisfy { height($0.x, $0.y) > waterLevel + 0.5 }
    }

    /// Whether there is water a little deep at `point` and `radius` metres around it.
    func isAfloat(_ point: SIMD3<Float>, radius: Float = 0) -> Bool {
        guard let waterLevel else { return false }
        return footprint(point, radius: radius).allSatisfy { height($0.x, $0.y) < waterLevel - 0.3 }
    }

    /// The dry spot nearest `point` on the straight way from it to `toward`, or `point` when
    /// it is dry already or the whole way is wet.
    func dryLand(at point: SIMD3<Float>, toward: SIMD3<Float>, radius: Float) -> SIMD3<Float> {
        firstSpot(from: point, to: toward) { isDry($0, radius: radius) }
    }

    /// The spot afloat nearest `point` straight on away from `camera` (up to 400 m), or
    /// `point` when it is afloat already or no water lies that way.
    func openWater(at point: SIMD3<Float>, awayFrom camera: SIMD3<Float>, radius: Float) -> SIMD3<Float> {
        var away = point - camera
        away.y = 0
        guard away.length > 0.01 else { return point }
        return firstSpot(from: point, to: point + away.normalized * 400) { isAfloat($0, radius: radius) }
    }

    private func firstSpot(from point: SIMD3<Float>, to end: SIMD3<Float>, where fits: (SIMD3<Float>) -> Bool) -> SIMD3<Float> {
        let way = end - point
        let steps = max(Int(way.length / 2), 1)
        for step in 0...steps {
            let candidate = point + way * (Float(step) / Float(steps))
            if fits(candidate) { return candidate }
        }
        return point
    }

    private func footprint(_ point: SIMD3<Float>, radius: Float) -> [SIMD2<Float>] {
        let center = SIMD2(point.x, point.z)
        guard radius > 0 else { return [center] }
        return [center, center + SIMD2(radius, 0), center - SIMD2(radius, 0), center + SIMD2(0, radius), center - SIMD2(0, radius)]
    }
}
