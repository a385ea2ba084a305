import Foundation

/// A parametric dragon built from smooth tubes: long neck and tail, horned head with a
/// hinged jaw full of fangs, bat wings with finger bones and a scalloped membrane.
/// Designed 20 m long in local space; `pose` drives wings, jaw, neck and tail.
struct DragonModel: Sendable {
    var palette: CreaturePalette

    func mesh(for pose: ActorPose, length: Float) -> Mesh {
        let frame = BodyFrame(origin: pose.position, forward: pose.forward, bank: pose.bank, scale: length / 20)
        var mesh = Mesh()
        let t = pose.time
        let flap = pose.flapAmplitude
        let breath = sinf(t * 1.3)

        // Body, neck and tail as one spine so the silhouette flows without seams.
        let sway = { (z: Float) -> Float in sinf(t * 1.7 - z * 0.32) * 0.06 * max(0, -z - 1.5) }
        let lift = { (z: Float) -> Float in sinf(pose.flapPhase - 1.2 + z * 0.25) * 0.05 * flap * max(0, -z - 2) }
        let tailZ: [Float] = [-14, -11, -8.5, -6, -4, -2.4]
        var spine = tailZ.map { SIMD3<Float>(sway($0), 0.35 + lift($0) - ($0 + 14) * 0.02, $0) }
        spine += [SIMD3(0, 0, -0.4), SIMD3(0, 0.15 + breath * 0.04, 1.6)]

        let headDirection = self.headDirection(pose: pose, frame: frame)
        let headBase = SIMD3<Float>(0, 2.1 + breath * 0.05, 6.1) + SIMD3(headDirection.x, 0, 0) * 1.2
        let neck = [SIMD3<Float>(0, 0.55, 3.1), SIMD3(headDirection.x * 0.4, 1.35, 4.7), headBase - headDirection * 0.35]
        spine += neck
        let radii: [Float] = [0.05, 0.28, 0.5, 0.8, 1.15, 1.4, 1.6, 1.45, 0.95, 0.7, 0.6]
        mesh.addTube(Tube(points: spine, radii: radii, color: palette.skin, undersideColor: palette.belly,
                          squash: SIMD2(1.05, 0.92), subdivisions: 4, sides: 16))
        addDorsalSpikes(along: spine, radii: radii, to: &mesh)

        addHead(base: headBase, direction: headDirection, jaw: pose.jawOpen, to: &mesh)
        for side: Float in [-1, 1] {
            addWing(side: side, pose: pose, to: &mesh)
            addLegs(side: side, pose: pose, to: &mesh)
        }
        mesh.place(in: frame)
        return mesh
    }

    /// Where the head points in local space: ahead, or at what it looks at.
    private func headDirection(pose: ActorPose, frame: BodyFrame) -> SIMD3<Float> {
        let ahead = SIMD3<Float>(0, -0.05, 1).normalized
        guard let target = pose.lookAt else { return ahead }
        let local = (frame.toLocal(target) - SIMD3(0, 2.1, 6.1)).normalized
        let limited = SIMD3(local.x * 0.7, max(min(local.y, 0.6), -0.7), max(local.z, 0.35)).normalized
        return ahead.mixed(with: limited, 0.6).normalized
    }

    private func addHead(base: SIMD3<Float>, direction: SIMD3<Float>, jaw: Float, to mesh: inout Mesh) {
        let opening = max(jaw, 0) * 0.8
        // The skull tips up a little as the jaw drops, like a snarl.
        let skullDirection = (direction + SIMD3(0, opening * 0.25, 0)).normalized
        var up = SIMD3<Float>(0, 1, 0) - skullDirection * skullDirection.y
        up = up.normalized
        let right = up.cross(skullDirection)
        let skullProfile: [(Float, Float)] = [(-0.35, 0.62), (0.5, 0.66), (1.4, 0.52), (2.2, 0.4), (2.85, 0.24)]
        let skull = skullProfile.map { base + skullDirection * $0.0 }
        mesh.addTube(Tube(points: skull, radii: skullProfile.map(\.1), color: palette.skin, undersideColor: palette.belly,
                          up: up, squash: SIMD2(1.0, 0.72), subdivisions: 3, sides: 14))

        let hinge = base + skullDirection * 0.15 - up * 0.3
        let jawDirection = (skullDirection * cosf(opening) - up * sinf(opening)).normalized
        let jawUp = jawDirection.cross(right) * -1
        let jawProfile: [(Float, Float)] = [(0, 0.4), (0.9, 0.36), (1.8, 0.28), (2.55, 0.14)]
        mesh.addTube(Tube(points: jawProfile.map { hinge + jawDirection * $0.0 }, radii: jawProfile.map(\.1),
                          color: palette.skin, undersideColor: palette.belly, up: jawUp, squash: SIMD2(0.95, 0.55), sides: 12))

        // The inside of the mouth, seen between the jaws: throat and tongue.
        let gums = (skullDirection + jawDirection).normalized
        let mouthColor = SIMD3<Float>(0.32, 0.02, 0.025)
        mesh.addTube(Tube(points: [hinge - gums * 0.1 + up * 0.1, hinge + gums * 1.3 + up * 0.05, hinge + gums * 2.2],
                          radii: [0.42, 0.3, 0.12], color: mouthColor, material: .mouth, up: up, squash: SIMD2(0.85, 0.5), sides: 10))
        mesh.addTube(Tube(points: [hinge + jawUp * 0.2, hinge + jawDirection * 1.2 + jawUp * 0.25, hinge + jawDirection * 2.0 + jawUp * 0.2],
                          radii: [0.16, 0.15, 0.05], color: SIMD3(0.45, 0.05, 0.06), material: .mouth, up: jawUp, squash: SIMD2(1, 0.4), sides: 8))

        // Fangs: long canines near the front, rows behind; lower ones follow the jaw.
        let upperFangs: [(Float, Float)] = [(2.7, 0.32), (2.35, 0.62), (2.0, 0.34), (1.65, 0.3), (1.3, 0.24), (0.95, 0.2)]
        for (distance, length) in upperFangs {
            let halfWidth = 0.48 - distance * 0.09
            for side: Float in [-1, 1] {
                let root = base + skullDirection * distance + right * (halfWidth * side) - up * 0.2
                let tip = root - up * length + skullDirection * 0.05 - right * (0.04 * side)
                addSpike(from: root, to: tip, radius: 0.085, color: palette.horn * 1.6, material: .bone, to: &mesh)
            }
        }
        let lowerFangs: [(Float, Float)] = [(2.3, 0.42), (1.9, 0.26), (1.5, 0.24), (1.1, 0.2)]
        for (distance, length) in lowerFangs {
            let halfWidth = 0.36 - distance * 0.07
            for side: Float in [-1, 1] {
                let root = hinge + jawDirection * distance + right * (halfWidth * side) + jawUp * 0.1
                addSpike(from: root, to: root + jawUp * length, radius: 0.07, color: palette.horn * 1.6, material: .bone, to: &mesh)
            }
        }

        for side: Float in [-1, 1] {
            // Swept-back horns and a brow ridge: the silhouette that says "dragon".
            let root = base + skullDirection * 0.1 + up * 0.4 + right * (0.32 * side)
            let horn = [root,
                        root - skullDirection * 0.9 + up * 0.55 + right * (0.25 * side),
                        root - skullDirection * 1.9 + up * 0.7 + right * (0.45 * side),
                        root - skullDirection * 2.7 + up * 0.45 + right * (0.55 * side)]
            mesh.addTube(Tube(points: horn, radii: [0.2, 0.14, 0.08, 0.01], color: palette.horn, material: .bone, sides: 8))
            let cheek = base - up * 0.1 + right * (0.55 * side)
            addSpike(from: cheek, to: cheek - skullDirection * 0.8 + right * (0.35 * side), radius: 0.1, color: palette.horn, material: .bone, to: &mesh)
            let eye = base + skullDirection * 0.95 + up * 0.3 + right * (0.4 * side)
            mesh.addTube(Tube(points: [eye - skullDirection * 0.08, eye + skullDirection * 0.08], radii: [0.1, 0.1],
                              color: palette.eye, material: .eye, subdivisions: 1, sides: 8))
        }
    }

    private func addDorsalSpikes(along spine: [SIMD3<Float>], radii: [Float], to mesh: inout Mesh) {
        for i in 1..<(spine.count - 1) {
            let height = min(0.25 + radii[i] * 0.45, 0.85)
            let root = spine[i] + SIMD3(0, radii[i] * 0.85, 0)
            addSpike(from: root, to: root + SIMD3(0, height, -height * 0.6), radius: 0.1 + radii[i] * 0.1,
                     color: palette.horn * 0.5, material: .bone, to: &mesh)
        }
    }

    /// A bat wing: arm and finger bones with a scalloped membrane between them. The outer
    /// joints lag the shoulder so the beat ripples outward (follow-through).
    private func addWing(side: Float, pose: ActorPose, to mesh: inout Mesh) {
        let amplitude = pose.flapAmplitude
        let phase = pose.flapPhase + 0.35 * sinf(pose.flapPhase)
        func outward(_ lag: Float, _ gain: Float) -> SIMD3<Float> {
            let angle = 0.15 + amplitude * gain * sinf(phase - lag)
            return SIMD3(side * cosf(angle), sinf(angle), 0)
        }
        let back = SIMD3<Float>(0, 0, -1)
        let shoulder = SIMD3<Float>(side * 1.0, 0.9, 1.4)
        let elbow = shoulder + outward(0, 0.75) * 3.8 - back * 0.9
        let wrist = elbow + outward(0.5, 0.9) * 4.2 + back * 1.0
        let tipDirection = outward(1.0, 1.0)
        let spread: [(Float, Float)] = [(-0.3, 7.2), (0.3, 6.6), (0.8, 5.6), (1.25, 4.6)]
        let tips = spread.map { wrist + (tipDirection * cosf($0.0) + back * sinf($0.0)) * $0.1 }
        let hip = SIMD3<Float>(side * 0.8, 0.45, -3.6)

        mesh.addTube(Tube(points: [shoulder, elbow, wrist], radii: [0.38, 0.26, 0.2], color: palette.skin, sides: 8))
        for tip in tips {
            mesh.addTube(Tube(points: [wrist, wrist.mixed(with: tip, 0.5), tip], radii: [0.14, 0.09, 0.02],
                              color: palette.skin, subdivisions: 2, sides: 6))
        }
        addSpike(from: wrist, to: wrist + outward(0.5, 0.9) * 0.2 - back * 0.9 + SIMD3(0, 0.3, 0), radius: 0.12,
                 color: palette.horn, material: .bone, to: &mesh)

        var rim: [SIMD3<Float>] = tips
        rim.append(hip)
        // Fan from the wrist over the finger tips, with the trailing edge pulled in between them.
        for i in 0..<(rim.count - 1) {
            let a = rim[i], b = rim[i + 1]
            let pivot = i == rim.count - 2 ? shoulder.mixed(with: wrist, 0.35) : wrist
            let scallop = a.mixed(with: b, 0.5) + (pivot - a.mixed(with: b, 0.5)) * 0.16
            addMembrane(pivot, a, scallop, to: &mesh)
            addMembrane(pivot, scallop, b, to: &mesh)
        }
        addMembrane(shoulder, elbow, wrist, to: &mesh)
        addMembrane(shoulder, wrist, shoulder.mixed(with: wrist, 0.35), to: &mesh)
        addMembrane(shoulder.mixed(with: wrist, 0.35), wrist, rim[rim.count - 2], to: &mesh)
        addMembrane(shoulder, shoulder.mixed(with: wrist, 0.35), hip, to: &mesh)
    }

    private func addMembrane(_ a: SIMD3<Float>, _ b: SIMD3<Float>, _ c: SIMD3<Float>, to mesh: inout Mesh) {
        let normal = (b - a).cross(c - a).normalized
        let i = mesh.addVertex(a, normal: normal, color: palette.membrane * 0.8)
        let j = mesh.addVertex(b, normal: normal, color: palette.membrane)
        let k = mesh.addVertex(c, normal: normal, color: palette.membrane * 1.1)
        mesh.addTriangle(i, j, k, material: .membrane)
    }

    private func addLegs(side: Float, pose: ActorPose, to mesh: inout Mesh) {
        let tuck = pose.flapAmplitude > 0 ? Float(1) : 0
        let hip = SIMD3<Float>(side * 1.0, -0.5, -2.4)
        let knee = hip + SIMD3(side * 0.3, -1.3, 0.4 - tuck * 0.8)
        let ankle = knee + SIMD3(0, -0.6 - (1 - tuck) * 0.6, -1.2 * tuck)
        let foot = ankle + SIMD3(0, -0.3, 0.6)
        mesh.addTube(Tube(points: [hip, knee, ankle, foot], radii: [0.62, 0.4, 0.24, 0.2], color: palette.skin,
                          undersideColor: palette.belly, sides: 10))
        let shoulder = SIMD3<Float>(side * 0.85, -0.6, 1.7)
        let elbow = shoulder + SIMD3(side * 0.2, -0.9, -0.2)
        let paw = elbow + SIMD3(0, -0.5, 0.7)
        mesh.addTube(Tube(points: [shoulder, elbow, paw], radii: [0.38, 0.26, 0.18], color: palette.skin, sides: 8))
        for toe: Float in [-0.15, 0, 0.15] {
            addSpike(from: foot + SIMD3(toe, 0, 0.1), to: foot + SIMD3(toe * 2, -0.35, 0.45), radius: 0.06,
                     color: palette.horn, material: .bone, to: &mesh)
            addSpike(from: paw + SIMD3(toe, 0, 0.05), to: paw + SIMD3(toe * 1.6, -0.25, 0.35), radius: 0.05,
                     color: palette.horn, material: .bone, to: &mesh)
        }
    }

    /// A tapering cone: fangs, claws, horns and spines.
    private func addSpike(from root: SIMD3<Float>, to tip: SIMD3<Float>, radius: Float, color: SIMD3<Float>, material: MaterialID, to mesh: inout Mesh) {
        mesh.addTube(Tube(points: [root, root.mixed(with: tip, 0.55), tip], radii: [radius, radius * 0.55, 0.004],
                          color: color, material: material, subdivisions: 1, sides: 6))
    }
}
