import Foundation

/// Draws fireworks over the shaded frame: each shell climbs as a dim gold streak, bursts
/// with a flash into a sphere of coloured stars whose trails spread, sag under gravity
/// and burn out. Every star's place is a closed-form function of the time since its burst.
struct FireworksPass: Sendable {
    var shells: [FireworkShell]
    var noise: ValueNoise

    /// Air drag on a star (per second) and the gravity it falls with, metres per second squared.
    private static let drag: Float = 1.4, gravity: Float = 6

    func draw(into image: inout HDRImage, visibility: VisibilityBuffer, camera: Camera, time: Float) {
        guard !shells.isEmpty else { return }
        let screen = ScreenProjection(camera: camera, width: image.width, height: image.height)
        let radius = max(0.6, Float(image.height) / 900)
        for shell in shells where time > shell.launchTime && time < shell.burstTime + FireworkShell.starLife {
            if time < shell.burstTime {
                climb(shell, into: &image, visibility: visibility, screen: screen, time: time, radius: radius)
            } else {
                burst(shell, into: &image, visibility: visibility, screen: screen, age: time - shell.burstTime, radius: radius)
            }
        }
    }

    private func climb(_ shell: FireworkShell, into image: inout HDRImage, visibility: VisibilityBuffer, screen: ScreenProjection, time: Float, radius: Float) {
        // Decelerating climb: fast off the tube, slowing to the burst.
        func position(_ t: Float) -> SIMD3<Float> {
            let u = Easing.clamp01((t - shell.launchTime) / (shell.burstTime - shell.launchTime))
            return shell.launch.mixed(with: shell.burst, 1 - (1 - u) * (1 - u))
        }
        guard let head = screen.project(position(time)), let tail = screen.project(position(time - 0.12)) else { return }
        image.streak(from: head, to: tail, radius: radius, color: SIMD3(1, 0.7, 0.35) * 1.2, visibility: visibility)
    }

    private func burst(_ shell: FireworkShell, into image: inout HDRImage, visibility: VisibilityBuffer, screen: ScreenProjection, age: Float, radius: Float) {
        let life = FireworkShell.starLife
        if age < 0.3, let center = screen.project(shell.burst) {
            let size = min(screen.focal * 5 / center.z, Float(screen.height) / 12)
            image.splat(x: center.x, y: center.y, depth: center.z, radius: size,
                        color: (shell.color * 0.5 + SIMD3(repeating: 0.5)) * (3 * (1 - age / 0.3)), visibility: visibility)
        }
        let fade = powf(1 - age / life, 1.6)
        // Stars on a jittered Fibonacci sphere: even coverage, a different scatter per shell.
        let golden: Float = 2.399_963
        for index in 0..<shell.stars {
            let i = Int32(index)
            let jitter = SIMD3(noise.hash(i, shell.seed), noise.hash(i, shell.seed &+ 1), noise.hash(i, shell.seed &+ 2))
            let z = 1 - 2 * (Float(index) + jitter.x * 0.8) / Float(shell.stars)
            let ring = max(1 - z * z, 0).squareRoot()
            let theta = Float(index) * golden + jitter.y * 0.4
            let direction = SIMD3(ring * cosf(theta), z, ring * sinf(theta))
            let speed = shell.speed * (0.88 + 0.14 * jitter.z)
            func position(_ t: Float) -> SIMD3<Float> {
                let flown = (1 - expf(-Self.drag * t)) / Self.drag
                return shell.burst + direction * (speed * flown) - SIMD3(0, 0.5 * Self.gravity * t * t, 0)
            }
            let color = shell.accent != .zero && index % 3 == 0 ? shell.accent : shell.color
            // Stars crackle as they burn out.
            let crackle = age > life * 0.6 ? 0.6 + 0.4 * sinf(age * 37 + jitter.x * 50) : 1
            let bright = color * (7 * fade * crackle)
            guard let head = screen.project(position(age)) else { continue }
            if let middle = screen.project(position(max(age - 0.1, 0))) {
                image.streak(from: head, to: middle, radius: radius, color: bright, visibility: visibility)
                if let tail = screen.project(position(max(age - 0.35, 0))) {
                    image.streak(from: middle, to: tail, radius: radius * 0.8, color: bright * 0.18, visibility: visibility)
                }
            }
        }
    }
}
