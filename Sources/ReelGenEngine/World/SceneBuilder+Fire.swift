import Foundation

/// Fire, smoke, candles and fireworks. With no subject, the fire (or the candles) is the
/// subject: placed ahead and framed by the camera. With one, the fire burns beside it, or
/// at its front when the subject itself burns. Their own generator keeps every other
/// choice of the scene unchanged.
extension SceneBuilder {
    /// What the plan asks to burn, and the fuel the flames stand on.
    struct Fires {
        var sources: [FireSource] = []
        /// Logs under a camp fire, candle bodies and the table they stand on.
        var props = Mesh()
    }

    /// Where a fire or candles stand when no subject does.
    struct FireSite {
        var ground: SIMD3<Float>
        /// Height of the flames (or of the candles), metres: what the camera frames.
        var height: Float
        var candles: Bool
        var focus: SIMD3<Float> { ground + SIMD3(0, height * 0.6, 0) }
    }

    var wantsFire: Bool {
        (plan.features.contains(.fire) || plan.beats.contains { $0.actions.contains { $0.action == .burn } })
            && !plan.removes("fire") && !plan.removes("flame")
    }

    /// The site straight ahead at the distance the first shot's framing asks for (never
    /// wider than a wide shot, so a camp fire reads), on dry ground; nil without fire.
    func fireSite(terrain: Terrain, anchor: SIMD3<Float>, forward: SIMD3<Float>, side: SIMD3<Float>, fieldOfView: Float) -> FireSite? {
        let candles = plan.features.contains(.candles) && !plan.removes("candle") && !plan.removes("fire")
        let smoke = plan.features.contains(.smoke) && !plan.removes("smoke")
        guard candles || wantsFire || smoke else { return nil }
        let shot = plan.beats.first?.camera
        // Seen from the air it is a blaze, not a camp fire.
        let height: Float = candles ? 0.3 : (shot?.motion == .aerial ? 7 : 1.8)
        let fraction = min(max(Self.frameFraction(shot?.framing ?? .wide), 0.22), 0.6)
        let distance = height * 1.4 / (fraction * 2 * tanf(fieldOfView / 2))
        for step in 0..<24 {
            // Straight ahead first, then further and to either side until the ground is dry.
            let ahead = distance * (1 + Float(step / 3) * 0.25)
            let point = anchor + forward * ahead + side * (Float(step % 3 == 2 ? -1 : step % 3) * ahead * 0.3)
            let level = terrain.height(point.x, point.z)
            if terrain.waterLevel.map({ level > $0 + 0.3 }) ?? true {
                return FireSite(ground: SIMD3(point.x, level, point.z), height: height, candles: candles)
            }
        }
        let fallback = anchor + forward * distance
        return FireSite(ground: SIMD3(fallback.x, terrain.height(fallback.x, fallback.z), fallback.z), height: height, candles: candles)
    }

    func makeFires(terrain: Terrain, site: FireSite?, camera path: CameraPath, actors: [Actor], duration: Float, composition: Float) -> Fires {
        var fires = Fires()
        guard let site else { return fires }
        var random = SeededGenerator(seed: UInt64(plan.seed) &* 0x9E37_79B9_7F4A_7C15 &+ 0xF12E)
        if site.candles {
            addCandles(on: site, random: &random, to: &fires)
            return fires
        }
        let wantsFire = self.wantsFire
        let camera = path.camera(at: duration * 0.5)
        let wind = SIMD3<Float>(random.value(-1, 1), 0, random.value(-1, 1)).normalized
            * (plan.weather.contains(.wind) ? 2.5 : random.value(0.3, 0.9))
        let sparks = plan.features.contains(.sparks) ? 2 : 1
        let smoke: Float = plan.features.contains(.smoke) && !plan.removes("smoke") ? 1 : (plan.removes("smoke") ? 0 : 0.45)
        let burning = plan.beats.flatMap(\.actions).filter { $0.action == .burn }.map(\.subject)
        let burningActor = burning.lazy.compactMap { index in
            actors.first { plan.subjects.indices.contains(index) && $0.concept == plan.subjects[index].concept }
        }.first
        if let subject = burningActor ?? (wantsFire ? nil : actors.first { $0.kind == .building }) {
            // A burning subject: a wall of flame across its front; smoke alone rises from behind its roof.
            let pose = subject.track.pose(at: duration * 0.5)
            let toCamera = SIMD3(camera.position.x - pose.position.x, 0, camera.position.z - pose.position.z).normalized
            let across = SIMD3(toCamera.z, 0, -toCamera.x)
            let front = wantsFire ? subject.length * (subject.kind == .building ? 0.42 : 0.2) : 0
            let tongues = subject.kind == .building && wantsFire ? 3 : 1
            for k in 0..<tongues {
                let offset = tongues == 1 ? 0 : (Float(k) / Float(tongues - 1) - 0.5) * subject.length * 0.7
                var base = pose.position + toCamera * front + across * offset
                base.y = terrain.height(base.x, base.z)
                let height = subject.length * (subject.kind == .building ? random.value(0.55, 0.8) : 0.6)
                fires.sources.append(FireSource(
                    base: base, radius: wantsFire ? height * 0.38 : 0, height: height, smoke: k == tongues / 2 ? max(smoke, 0.8) : 0,
                    sparks: wantsFire ? 60 * sparks : 0, wind: wind, phase: Float(k) * 7.3 + random.value(0, 100)))
            }
            return fires
        }
        var spot = site.ground, height = site.height
        if let subject = actors.first(where: { !$0.kind.flies }) {
            // In front of the subject, a little toward the middle of the frame, lighting it.
            let pose = subject.track.pose(at: duration * 0.5)
            let toCamera = SIMD3(camera.position.x - pose.position.x, 0, camera.position.z - pose.position.z).normalized
            let across = SIMD3(toCamera.z, 0, -toCamera.x)
            spot = pose.position + toCamera * (subject.length * 0.75) + across * (composition * subject.length * 0.3)
            spot.y = terrain.height(spot.x, spot.z)
            height = min(max(subject.length * 0.4, 1.2), 6)
        }
        // Seen from the air, a blaze of several fires side by side.
        let count = height > 3 && actors.isEmpty ? 5 : 1
        let across = SIMD3(camera.right.x, 0, camera.right.z).normalized
        for k in 0..<count {
            var base = spot
            if count > 1 {
                base += across * ((Float(k) - 2) * height * 0.6) + SIMD3(camera.forward.x, 0, camera.forward.z) * random.value(-0.5, 0.5) * height
                base.y = terrain.height(base.x, base.z)
            }
            let tall = height * (k == count / 2 ? 1 : random.value(0.5, 0.85))
            fires.sources.append(FireSource(
                base: base, radius: wantsFire ? tall * 0.4 : 0, height: tall, smoke: k == count / 2 ? smoke : smoke * 0.5,
                sparks: wantsFire ? 50 * sparks : 0, wind: wind, phase: Float(k) * 5.1 + random.value(0, 100)))
        }
        if wantsFire && count == 1 {
            addLogs(under: spot, size: height * 0.32, random: &random, to: &fires.props)
        }
        return fires
    }

    /// Three candles of different heights on a wooden table.
    private func addCandles(on site: FireSite, random: inout SeededGenerator, to fires: inout Fires) {
        let tableTop = site.ground.y + DishModel.tableHeight
        fires.props.append(DishModel.table(under: SIMD3(site.ground.x, tableTop, site.ground.z), forward: SIMD3(0, 0, 1), length: 0.2))
        let wax = SIMD3<Float>(0.78, 0.72, 0.6)
        for (k, (x, z, tall)) in [(Float(-0.12), Float(0.05), Float(0.2)), (0, -0.05, 0.28), (0.11, 0.08, 0.14)].enumerated() {
            let foot = SIMD3(site.ground.x + x, tableTop, site.ground.z + z)
            let radius: Float = 0.026 + 0.006 * Float(k % 2)
            fires.props.addTube(Tube(points: [foot, foot + SIMD3(0, tall, 0)], radii: [radius, radius], color: wax,
                                     material: .bone, subdivisions: 1, sides: 10))
            fires.sources.append(FireSource(
                base: foot + SIMD3(0, tall + 0.008, 0), radius: 0.012, height: 0.07, smoke: 0, sparks: 0,
                wind: .zero, phase: Float(k) * 3.7 + random.value(0, 50)))
        }
    }

    /// A small ring of split logs under a camp fire, leaning into its middle.
    private func addLogs(under center: SIMD3<Float>, size: Float, random: inout SeededGenerator, to mesh: inout Mesh) {
        let wood = SIMD3<Float>(0.07, 0.04, 0.022)
        let count = 6
        for k in 0..<count {
            let angle = Float(k) / Float(count) * 2 * .pi + random.value(-0.2, 0.2)
            let out = SIMD3(sinf(angle), 0, cosf(angle))
            let foot = center + out * (size * 1.3)
            mesh.addTube(Tube(points: [foot, center + SIMD3(0, size * 0.9, 0) + out * (size * 0.15)], radii: [size * 0.13, size * 0.09],
                              color: wood * random.value(0.7, 1.2), material: .bark, subdivisions: 1, sides: 6))
        }
        // Charred stones around the fire pit.
        for k in 0..<9 {
            let angle = Float(k) / 9 * 2 * .pi
            let stone = center + SIMD3(sinf(angle), 0, cosf(angle)) * (size * 1.9)
            mesh.addTube(Tube(points: [stone - SIMD3(0, size * 0.1, 0), stone + SIMD3(0, size * 0.15, 0)], radii: [size * 0.22, size * 0.16],
                              color: SIMD3(0.09, 0.085, 0.08), material: .stone, squash: SIMD2(1.2, 0.9), subdivisions: 1, sides: 6))
        }
    }

    /// Shells staggered over the clip, bursting in the upper part of the frame at a few
    /// hundred metres; the first is already bursting when the clip starts.
    func makeFireworks(camera path: CameraPath, terrain: Terrain, duration: Float) -> [FireworkShell] {
        guard plan.features.contains(.fireworks) && !plan.removes("firework") else { return [] }
        var random = SeededGenerator(seed: UInt64(plan.seed) &* 0xD6E8_FEB8_6659_FD93 &+ 0xF1BE)
        let palette: [SIMD3<Float>] = [SIMD3(1, 0.12, 0.08), SIMD3(0.15, 1, 0.25), SIMD3(0.25, 0.45, 1), SIMD3(1, 0.7, 0.2),
                                       SIMD3(0.85, 0.25, 1), SIMD3(1, 0.95, 0.85), SIMD3(0.2, 0.9, 1)]
        let count = max(3, Int(duration * 1.8))
        let spacing = duration / Float(count)
        var shells: [FireworkShell] = []
        for index in 0..<count {
            let rise = random.value(1.3, 1.9)
            let burstTime = Float(index) * spacing + random.value(-0.2, 0.3) * spacing
            let camera = path.camera(at: min(max(burstTime, 0), duration))
            let halfHeight = camera.verticalFieldOfView / 2
            let halfWidth = atanf(tanf(halfHeight) * Float(frameSize.width) / Float(frameSize.height))
            let azimuth = atan2f(camera.forward.x, camera.forward.z) + random.value(-0.75, 0.75) * halfWidth
            let elevation = max(asinf(camera.forward.y) + random.value(0.25, 0.7) * halfHeight, 0.15)
            let distance = random.value(220, 320)
            let aim = SIMD3(sinf(azimuth) * cosf(elevation), sinf(elevation), cosf(azimuth) * cosf(elevation))
            let burst = camera.position + aim * distance
            let color = palette[Int(random.unit() * Float(palette.count)) % palette.count]
            let accent = random.unit() < 0.4 ? palette[Int(random.unit() * Float(palette.count)) % palette.count] : SIMD3<Float>.zero
            shells.append(FireworkShell(
                launch: SIMD3(burst.x + random.value(-8, 8), max(terrain.height(burst.x, burst.z), burst.y - 160), burst.z),
                burst: burst, launchTime: burstTime - rise, burstTime: burstTime, speed: random.value(20, 30),
                color: color, accent: accent, stars: Int(random.value(70, 110)), seed: Int32(index * 131 + 7)))
        }
        return shells
    }
}
